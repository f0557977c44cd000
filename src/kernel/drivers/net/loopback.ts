// drivers/net/loopback.c: lo. Its ndo_start_xmit turns the frame round: eth_type_trans pulls the
// Ethernet header the neighbour pushed, netif_rx queues it on this CPU's backlog.

import type { Sim } from '../../core/engine';
import { frame, line } from '../../core/mark';
import type { SkBuff } from '../../include/linux/skbuff';
import { skb_len } from '../../include/linux/skbuff';
import type { NetDevice } from '../../include/linux/netdevice';
import { NET_RX_SUCCESS, NETDEV_TX_OK } from '../../include/linux/netdevice';
import { netif_rx } from '../../net/core/dev';
import { eth_type_trans } from './simnic';

export function* loopback_xmit(skb: SkBuff, dev: NetDevice): Sim<number> {
  frame({ skb, dev });
  line`skb_tx_timestamp(skb);`;
  line`skb->tstamp = 0;`;
  line`skb_orphan(skb);`;
  skb.sk = null;
  line`skb_dst_force(skb);`;
  // (a capture on lo records the frame here, as dev_queue_xmit_nit hands it to the taps)
  dev.net.host.world.loopback(dev.net.host, skb);
  line`skb->protocol = eth_type_trans(skb, dev);`;
  skb.protocol = eth_type_trans(skb, dev);
  line`lb_stats = this_cpu_ptr(dev->lstats);`;
  line`len = skb->len;`;
  const len = skb_len(skb);
  frame.len = len;
  line`if (likely(netif_rx(skb) == NET_RX_SUCCESS)) {`;
  if ((yield* netif_rx(skb)) === NET_RX_SUCCESS) {
    line`lb_stats->bytes += len;`;
    dev.stats.rx_bytes += len;
    dev.stats.tx_bytes += len;
    line`lb_stats->packets++;`;
    dev.stats.rx_packets++;
    dev.stats.tx_packets++;
  }
  line`return NETDEV_TX_OK;`;
  return NETDEV_TX_OK;
}

/** lo's net_device_ops. */
export const loopback_ops = { ndo_start_xmit: loopback_xmit };
