// generated — do not edit. Written by scripts/gen-kernel.ts from src/kernel/drivers/net/simnic.ts
// @ts-nocheck
// sockwalk's simulated NIC (eth0): not Linux code — a small driver of our own, as a real Ethernet
// driver is shaped, for the hardware on the world's link. Transmit: the frame goes onto the wire
// (World.transmit: the link's delay, the scenario's faults, link down). Receive: the hardware writes
// an arriving frame into the receive ring and raises its interrupt (world.ts, Arrival); the
// interrupt handler calls napi_schedule; in the NET_RX softirq, napi_poll calls the driver's poll,
// which takes frames off the ring (eth_type_trans) to netif_receive_skb, up to the budget, and
// completes when the ring is empty. One transmit queue (pfifo_fast, dev_activate), never stopped: the
// wire takes each frame at once (no transmit ring, no completion interrupt); no GRO. Its functions are
// not kernel code: they have no annotated source and are not stepped — the stack shows the kernel
// functions they call.

import type { Sim } from '../../../core/engine';
import type { Net } from '../../../include/net/net_namespace';
import type { SkBuff } from '../../../include/linux/skbuff';
import { skb_len, skb_pull, skb_reset_mac_header } from '../../../include/linux/skbuff';
import type { NapiStruct, NetDevice } from '../../../include/linux/netdevice';
import { DEV_RX_WEIGHT, ETH_BROADCAST, ETH_HLEN, ETH_P_ARP, ETH_P_IP, PACKET_BROADCAST, PACKET_OTHERHOST, IFF_UP, IFF_LOOPBACK, IFF_NO_QUEUE, IFF_XMIT_DST_RELEASE, NAPI_STATE_SCHED, NETDEV_TX_OK, PACKET_HOST } from '../../../include/linux/netdevice';
import { napi_schedule, netif_receive_skb } from '../../net/core/dev';
import { loopback_ops } from './loopback';
import { macOf } from '../../net/ipv4/route';
import { DEFAULT_TX_QUEUE_LEN, type NetdevQueue } from '../../../include/net/sch_generic';

/**
 * eth_type_trans (net/ethernet/eth.c): the frame's device, its type, the Ethernet header pulled;
 * pkt_type from the destination MAC (ours: PACKET_HOST, ff:…:ff: PACKET_BROADCAST, another's:
 * PACKET_OTHERHOST). An IP frame on this link is always to the receiver's MAC.
 */
export function eth_type_trans(skb: SkBuff, dev: NetDevice): number {
  skb.dev = dev;
  skb_reset_mac_header(skb);
  skb_pull(skb, ETH_HLEN);
  const arp = skb.arph;
  if (arp === null) {
    skb.pkt_type = PACKET_HOST;
    return ETH_P_IP;
  }
  const dest = arp.eth.h_dest;
  skb.pkt_type = dest === dev.dev_addr ? PACKET_HOST : dest === ETH_BROADCAST ? PACKET_BROADCAST : PACKET_OTHERHOST;
  return ETH_P_ARP;
}

/** ndo_start_xmit: the frame onto the wire. */
export function* simnic_xmit(skb: SkBuff, dev: NetDevice): Sim<number> {
  dev.stats.tx_packets++;
  dev.stats.tx_bytes += skb_len(skb);
  dev.net.host.world.transmit(dev.net.host, skb);
  return NETDEV_TX_OK;
}

/** The interrupt handler: the receive ring has frames — schedule the poll. */
export function* simnic_interrupt(dev: NetDevice): Sim<void> {
  if (dev.napi) ($E.fast || $E.twinOk[napi_schedule.k] === 1 ? napi_schedule$fast(dev.napi) : yield* napi_schedule(dev.napi));
}

/** The NAPI poll: frames off the receive ring, up to budget; done (napi_complete_done) when it is empty. */
export function* simnic_poll(napi: NapiStruct, budget: number): Sim<number> {
  const dev = napi.dev!;
  let work = 0;
  while (work < budget && dev.rx_ring.length) {
    const skb = dev.rx_ring.shift()!;
    skb.protocol = eth_type_trans(skb, dev);
    dev.stats.rx_packets++;
    dev.stats.rx_bytes += skb_len(skb);
    ($E.fast || $E.twinOk[netif_receive_skb.k] === 1 ? netif_receive_skb$fast(skb) : yield* netif_receive_skb(skb));
    work++;
  }
  if (work < budget) {
    // napi_complete_done: off the poll list; a frame arriving from now on interrupts again
    napi.state &= ~NAPI_STATE_SCHED;
  }
  return work;
}

export const simnic_ops = { ndo_start_xmit: simnic_xmit };

const noStats = () => ({ rx_packets: 0, tx_packets: 0, rx_bytes: 0, tx_bytes: 0, rx_dropped: 0, tx_dropped: 0 });

/** net_dev_init / the drivers' probe for one host: lo (ifindex 1, MTU 65536) and eth0 (ifindex 2, MTU 1500). */
export function netdevs_init(net: Net): void {
  // (txq: dev_activate's, in net_dev_init; lo is IFF_NO_QUEUE as loopback_setup makes it: noqueue)
  const noTxq = null as unknown as NetdevQueue;
  net.loopback_dev = {
    structName: 'net_device', name: 'lo', ifindex: 1, flags: IFF_UP | IFF_LOOPBACK, priv_flags: IFF_NO_QUEUE, mtu: 65536, hard_header_len: ETH_HLEN,
    netdev_ops: loopback_ops, net, dev_addr: '00:00:00:00:00:00', rx_ring: [], napi: null, stats: noStats(), tx_queue_len: DEFAULT_TX_QUEUE_LEN, txq: noTxq,
  };
  const eth0: NetDevice = {
    structName: 'net_device', name: 'eth0', ifindex: 2, flags: IFF_UP, priv_flags: IFF_XMIT_DST_RELEASE, mtu: 1500, hard_header_len: ETH_HLEN,
    netdev_ops: simnic_ops, net, dev_addr: macOf(net.host.addrs.find((a) => a !== '127.0.0.1') ?? '0.0.0.0'), rx_ring: [], napi: null, stats: noStats(),
    tx_queue_len: DEFAULT_TX_QUEUE_LEN, txq: noTxq,
  };
  eth0.napi = { structName: 'napi_struct', state: 0, weight: DEV_RX_WEIGHT, poll: simnic_poll, dev: eth0, onList: false, sd: null };
  net.eth0 = eth0;
}


// ---- fast-path twins (scripts/twins.cjs) ----
import { E as $E, FAST_FRAME as $FF, driveToEnd as $drive, registerTwin as $kreg } from '../../../core/engine';
import { napi_schedule$fast as napi_schedule$fast, netif_receive_skb$fast as netif_receive_skb$fast } from '../../net/core/dev';
export function simnic_xmit$fast(skb: SkBuff, dev: NetDevice): any { const $e = $E;
  dev.stats.tx_packets++;
  dev.stats.tx_bytes += skb_len(skb);
  dev.net.host.world.transmit(dev.net.host, skb);
  return NETDEV_TX_OK;
}
export function simnic_interrupt$fast(dev: NetDevice): any { const $e = $E;
  if (dev.napi) napi_schedule$fast(dev.napi);
}
export function simnic_poll$fast(napi: NapiStruct, budget: number): any { const $e = $E;
  const dev = napi.dev!;
  let work = 0;
  while (work < budget && dev.rx_ring.length) {
    const skb = dev.rx_ring.shift()!;
    skb.protocol = eth_type_trans(skb, dev);
    dev.stats.rx_packets++;
    dev.stats.rx_bytes += skb_len(skb);
    netif_receive_skb$fast(skb);
    work++;
  }
  if (work < budget) {
    // napi_complete_done: off the poll list; a frame arriving from now on interrupts again
    napi.state &= ~NAPI_STATE_SCHED;
  }
  return work;
}
$kreg(simnic_xmit, simnic_xmit$fast, 'simnic_xmit', () => []);
$kreg(simnic_interrupt, simnic_interrupt$fast, 'simnic_interrupt', () => [napi_schedule]);
$kreg(simnic_poll, simnic_poll$fast, 'simnic_poll', () => [netif_receive_skb]);

// ---- kernel names ----
(simnic_xmit as any).kname = 'simnic_xmit';
(simnic_poll as any).kname = 'simnic_poll';
