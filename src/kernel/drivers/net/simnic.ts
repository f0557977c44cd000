// sockwalk's simulated NIC (eth0): not Linux code — a small driver of our own, as a real Ethernet
// driver is shaped, for the hardware on the world's link. Transmit: the frame goes onto the wire
// (World.transmit: the link's delay, the scenario's faults, link down). Receive: the hardware writes
// an arriving frame into the receive ring and raises its interrupt (world.ts, Arrival); the
// interrupt handler calls napi_schedule; in the NET_RX softirq, napi_poll calls the driver's poll,
// which takes frames off the ring (eth_type_trans) to netif_receive_skb, up to the budget, and
// completes when the ring is empty. One transmit queue (pfifo_fast, dev_activate). On a link without
// a rate the wire takes each frame at once and the queue never stops; with a rate (`link rate`) the
// frames go onto a transmit ring of TX_RING_SIZE descriptors, sent one after another, the queue
// stopped while the ring is full and woken by the completion interrupt. No GRO. Its functions are
// not kernel code: they have no annotated source and are not stepped — the stack shows the kernel
// functions they call.

import { E, type Sim, type TimedEvent } from '../../core/engine';
import type { Net } from '../../include/net/net_namespace';
import type { SkBuff } from '../../include/linux/skbuff';
import { skb_len, skb_pull, skb_reset_mac_header } from '../../include/linux/skbuff';
import type { NapiStruct, NetDevice } from '../../include/linux/netdevice';
import { DEV_RX_WEIGHT, ETH_BROADCAST, ETH_HLEN, ETH_P_ARP, ETH_P_IP, PACKET_BROADCAST, PACKET_OTHERHOST, IFF_UP, IFF_LOOPBACK, IFF_NO_QUEUE, IFF_XMIT_DST_RELEASE, NAPI_STATE_SCHED, NETDEV_TX_OK, PACKET_HOST } from '../../include/linux/netdevice';
import { napi_schedule, netif_receive_skb, netif_tx_wake_queue } from '../../net/core/dev';
import { loopback_ops } from './loopback';
import { macOf } from '../../net/ipv4/route';
import { DEFAULT_TX_QUEUE_LEN, QUEUE_STATE_DRV_XOFF, type NetdevQueue } from '../../include/net/sch_generic';

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

/** Our NIC's transmit descriptors: a real NIC has hundreds; a few let one watch the ring fill. */
export const TX_RING_SIZE = 8;
/** The driver wakes its queue when this many descriptors are free again (as drivers' TX_WAKE_THRESHOLD). */
export const TX_WAKE_THRESHOLD = 4;

/** How long a frame of len bytes takes on a wire of rateBps (its bytes only: preamble, FCS and gap left out), in whole µs. */
export function wireTimeUs(len: number, rateBps: number): number {
  return Math.ceil((len * 8 * 1_000_000) / rateBps);
}

/**
 * ndo_start_xmit. On a link without a rate: the frame onto the wire at once. With one: onto the
 * transmit ring, where the hardware sends the frames one after another at the link's rate; the ring
 * full, the driver stops the queue (netif_stop_queue) — the qdisc holds what comes next.
 */
export function* simnic_xmit(skb: SkBuff, dev: NetDevice): Sim<number> {
  dev.stats.tx_packets++;
  dev.stats.tx_bytes += skb_len(skb);
  const world = dev.net.host.world;
  if (!world.rateBps) {
    world.transmit(dev.net.host, skb);
    return NETDEV_TX_OK;
  }
  const ring = dev.tx_ring;
  const start = ring.length ? ring[ring.length - 1].done : E.now;
  const done = start + wireTimeUs(skb_len(skb), world.rateBps);
  ring.push({ skb, done });
  E.scheduleEvent(new TxDone(dev, skb), done - E.now);
  if (ring.length >= TX_RING_SIZE) dev.txq.state |= QUEUE_STATE_DRV_XOFF;
  return NETDEV_TX_OK;
}

/** A frame's last bit leaves the NIC: it is on the link (World.transmit), and the NIC interrupts for its descriptor. */
class TxDone implements TimedEvent {
  t = 0;
  seq = 0;
  cancelled = false;
  constructor(
    private readonly dev: NetDevice,
    private readonly skb: SkBuff,
  ) {}
  fire(): void {
    const host = this.dev.net.host;
    host.world.transmit(host, this.skb);
    host.raiseSoftirq({ fn: simnic_tx_interrupt, arg: this.dev });
  }
}

/**
 * The interrupt for sent frames: their descriptors back (the skbs consumed), and a queue the driver
 * stopped woken once TX_WAKE_THRESHOLD descriptors are free — netif_wake_queue → netif_tx_wake_queue.
 */
export function* simnic_tx_interrupt(dev: NetDevice): Sim<void> {
  const ring = dev.tx_ring;
  while (ring.length && ring[0].done <= E.now) ring.shift();
  if (dev.txq.state & QUEUE_STATE_DRV_XOFF && TX_RING_SIZE - ring.length >= TX_WAKE_THRESHOLD) yield* netif_tx_wake_queue(dev.txq);
}

/** The interrupt handler: the receive ring has frames — schedule the poll. */
export function* simnic_interrupt(dev: NetDevice): Sim<void> {
  if (dev.napi) yield* napi_schedule(dev.napi);
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
    yield* netif_receive_skb(skb);
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
    netdev_ops: loopback_ops, net, dev_addr: '00:00:00:00:00:00', rx_ring: [], tx_ring: [], napi: null, stats: noStats(), tx_queue_len: DEFAULT_TX_QUEUE_LEN, txq: noTxq,
  };
  const eth0: NetDevice = {
    structName: 'net_device', name: 'eth0', ifindex: 2, flags: IFF_UP, priv_flags: IFF_XMIT_DST_RELEASE, mtu: 1500, hard_header_len: ETH_HLEN,
    netdev_ops: simnic_ops, net, dev_addr: macOf(net.host.addrs.find((a) => a !== '127.0.0.1') ?? '0.0.0.0'), rx_ring: [], tx_ring: [], napi: null, stats: noStats(),
    tx_queue_len: DEFAULT_TX_QUEUE_LEN, txq: noTxq,
  };
  eth0.napi = { structName: 'napi_struct', state: 0, weight: DEV_RX_WEIGHT, poll: simnic_poll, dev: eth0, onList: false, sd: null };
  net.eth0 = eth0;
}
