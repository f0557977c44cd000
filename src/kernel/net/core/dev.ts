// net/core/dev.c: between the protocols and the devices. Down: dev_queue_xmit → __dev_queue_xmit →
// a device with a qdisc (eth0's pfifo_fast): __dev_xmit_skb (the bypass while the qdisc is empty:
// sch_direct_xmit, then __qdisc_run; else the enqueue and qdisc_run, net/sched/sch_generic.ts); one
// without (lo: noqueue) → dev_hard_start_xmit → xmit_one → the driver's ndo_start_xmit. Up: loopback_xmit → netif_rx → enqueue_to_backlog (the per-CPU backlog,
// whose NAPI poll is process_backlog), or a NIC's interrupt → napi_schedule; then the NET_RX
// softirq, net_rx_action → napi_poll → the poll → (__)netif_receive_skb → __netif_receive_skb_core
// → ip_rcv or arp_rcv (ETH_P_IP's or ETH_P_ARP's packet_type).
//
// A host's softirq context (run_softirq_work, the simulator's, not the kernel's code) runs what was
// raised in order: expired timers (TIMER_SOFTIRQ, the timer's function), a device's interrupt (its
// handler — hard-irq context — then NET_RX, as at the interrupt's end), NET_RX (net_rx_action).

import type { Sim } from '../../core/engine';
import { frame, line } from '../../core/mark';
import type { Net } from '../../include/net/net_namespace';
import type { SkBuff } from '../../include/linux/skbuff';
import { skb_len, skb_reset_mac_header, skb_reset_network_header, skb_reset_transport_header, skb_is_gso } from '../../include/linux/skbuff';
import { skb_gso_segment } from '../ipv4/tcp_offload';
import type { NapiStruct, NetDevice, SoftnetData } from '../../include/linux/netdevice';
import {
  DEV_RX_WEIGHT, ETH_P_ARP, ETH_P_IP, IFF_UP, NET_TX_SOFTIRQ, IFF_XMIT_DST_RELEASE, NAPI_STATE_SCHED, NET_RX_DROP, NET_RX_SOFTIRQ,
  NET_RX_SUCCESS, NET_XMIT_SUCCESS, NETDEV_BUDGET, NETDEV_MAX_BACKLOG, NETDEV_TX_OK, IFF_LOOPBACK,
} from '../../include/linux/netdevice';
import { ip_rcv } from '../ipv4/ip_input';
import { arp_rcv, arp_init } from '../ipv4/arp';
import { simnic_interrupt, netdevs_init } from '../../drivers/net/simnic';
import { ip_rt_init } from '../ipv4/route';
import { TimerBatch } from '../../core/timer';
import type { TimerList } from '../../core/timer';
import type { NetdevQueue, Qdisc } from '../../include/net/sch_generic';
import { NET_XMIT_MASK, QUEUE_STATE_DRV_XOFF, TCQ_F_CAN_BYPASS, NETDEV_TX_BUSY, dev_xmit_complete, qdisc_run_begin, qdisc_run_end } from '../../include/net/sch_generic';
import { __qdisc_run, dev_activate, qdisc_run, sch_direct_xmit } from '../sched/sch_generic';

/** What a host's softirq context runs (the world's softirqHandler): see the header. */
export function* run_softirq_work(host: { readonly work: unknown[]; readonly net: Net }): Sim<void> {
  const work = host.work;
  while (work.length) {
    const w = work.shift()!;
    if (w instanceof TimerBatch) {
      // run_timer_softirq: the expired timers of a tick, in the wheel's order (core/timer.ts)
      let t: TimerList | null;
      while ((t = w.next()) !== null) yield* t.fn(t.arg);
    } else if (w === NET_RX_SOFTIRQ) {
      host.net.softnet.rx_pending = false;
      yield* net_rx_action(host.net.softnet);
    } else if (w === NET_TX_SOFTIRQ) {
      host.net.softnet.tx_pending = false;
      yield* net_tx_action(host.net.softnet);
    } else if ((w as NetDevice).structName === 'net_device') {
      // a device's interrupt line, for a received frame: its handler (the simulated NIC's)
      yield* simnic_interrupt(w as NetDevice);
    } else {
      // the NIC's interrupt for a sent frame (simnic_tx_interrupt)
      const irq = w as { fn: (arg: unknown) => Sim<void>; arg: unknown };
      yield* irq.fn(irq.arg);
    }
  }
}

/** struct packet_type: ptype_base's entries here, ETH_P_IP's (ip_packet_type in af_inet.c) and ETH_P_ARP's (arp.c). */
interface PacketType {
  readonly type: number;
  func(skb: SkBuff, dev: NetDevice): Sim<number>;
}
const ip_packet_type: PacketType = { type: ETH_P_IP, func: ip_rcv };
const arp_packet_type: PacketType = { type: ETH_P_ARP, func: arp_rcv };

/** The NAPI context of the per-CPU backlog and the softnet_data that holds it (net_dev_init). */
export function softnet_init(net: Net): SoftnetData {
  const backlog: NapiStruct = { structName: 'napi_struct', state: 0, weight: DEV_RX_WEIGHT, poll: process_backlog, dev: null, onList: false, sd: null };
  const sd: SoftnetData = { structName: 'softnet_data', net, poll_list: [], input_pkt_queue: [], process_queue: [], backlog, processed: 0, dropped: 0, time_squeeze: 0, rx_pending: false, output_queue: [], tx_pending: false };
  backlog.sd = sd;
  return sd;
}

/** __raise_softirq_irqoff(NET_RX_SOFTIRQ): pending once until net_rx_action runs. */
function raise_net_rx(net: Net): void {
  const sd = net.softnet;
  if (sd.rx_pending) return;
  sd.rx_pending = true;
  net.host.raiseNetRx();
}

// ---- down --------------------------------------------------------------------------------------

export function* __netif_reschedule(q: Qdisc): Sim<void> {
  const net = q.dev_queue.dev.net;
  const sd = net.softnet;
  frame({ q, sd });
  line`local_irq_save(flags);`;
  line`sd = this_cpu_ptr(&softnet_data);`;
  line`q->next_sched = NULL;`;
  line`*sd->output_queue_tailp = q;`;
  sd.output_queue.push(q);
  line`sd->output_queue_tailp = &q->next_sched;`;
  line`raise_softirq_irqoff(NET_TX_SOFTIRQ);`;
  if (!sd.tx_pending) {
    sd.tx_pending = true;
    net.host.raiseNetTx();
  }
  line`local_irq_restore(flags);`;
}

export function* __netif_schedule(q: Qdisc): Sim<void> {
  frame({ q });
  line`if (!test_and_set_bit(__QDISC_STATE_SCHED, &q->state))`;
  if (!q.sched) {
    q.sched = true;
    line`__netif_reschedule(q);`;
    yield* __netif_reschedule(q);
  }
}

export function* netif_tx_wake_queue(dev_queue: NetdevQueue): Sim<void> {
  frame({ dev_queue });
  line`if (test_and_clear_bit(__QUEUE_STATE_DRV_XOFF, &dev_queue->state)) {`;
  if (dev_queue.state & QUEUE_STATE_DRV_XOFF) {
    dev_queue.state &= ~QUEUE_STATE_DRV_XOFF;
    line`rcu_read_lock();`;
    line`q = rcu_dereference(dev_queue->qdisc);`;
    const q = dev_queue.qdisc;
    frame.q = q;
    line`__netif_schedule(q);`;
    yield* __netif_schedule(q);
    line`rcu_read_unlock();`;
  }
}

export function* net_tx_action(sd: SoftnetData): Sim<void> {
  frame({ sd });
  line`if (sd->completion_queue) {`;
  line`if (sd->output_queue) {`;
  if (sd.output_queue.length) {
    line`local_irq_disable();`;
    line`head = sd->output_queue;`;
    const head = sd.output_queue.splice(0);
    line`sd->output_queue = NULL;`;
    line`sd->output_queue_tailp = &sd->output_queue;`;
    line`local_irq_enable();`;
    for (;;) {
      line`while (head) {`;
      const q = head.shift();
      if (!q) break;
      frame.q = q;
      line`head = head->next_sched;`;
      line`if (!(q->flags & TCQ_F_NOLOCK)) {`;
      line`smp_mb__before_atomic();`;
      line`clear_bit(__QDISC_STATE_SCHED, &q->state);`;
      q.sched = false;
      line`qdisc_run(q);`;
      yield* qdisc_run(q);
      line`if (root_lock)`;
    }
  }
  line`xfrm_dev_backlog(sd);`;
}

export function* xmit_one(skb: SkBuff, dev: NetDevice, more: boolean): Sim<number> {
  frame({ skb, dev, more });
  line`if (dev_nit_active(dev))`;
  line`len = skb->len;`;
  const len = skb_len(skb);
  frame.len = len;
  line`trace_net_dev_start_xmit(skb, dev);`;
  line`rc = netdev_start_xmit(skb, dev, txq, more);`;
  const rc = yield* dev.netdev_ops.ndo_start_xmit(skb, dev);
  frame.rc = rc;
  line`trace_net_dev_xmit(skb, rc, dev, len);`;
  line`return rc;`;
  return rc;
}

/** What dev_hard_start_xmit returns besides *ret: the frames of the list it did not send (NULL: all went). */
export interface XmitRest {
  skb: SkBuff | null;
}

/**
 * dev_hard_start_xmit(): each frame of the list (the segments of a GSO packet, or one frame) to
 * xmit_one; the driver having stopped its queue with frames left, those are returned (rest.skb) for
 * the qdisc to requeue.
 */
export function* dev_hard_start_xmit(first: SkBuff, dev: NetDevice, rest: XmitRest | null): Sim<number> {
  let skb: SkBuff | null = first;
  frame({ first, dev, skb });
  line`int rc = NETDEV_TX_OK;`;
  let rc = NETDEV_TX_OK;
  for (;;) {
    line`while (skb) {`;
    if (!skb) break;
    line`struct sk_buff *next = skb->next;`;
    const next: SkBuff | null = skb.next;
    line`skb_mark_not_on_list(skb);`;
    skb.next = null;
    line`rc = xmit_one(skb, dev, txq, next != NULL);`;
    rc = yield* xmit_one(skb, dev, next !== null);
    frame.rc = rc;
    line`if (unlikely(!dev_xmit_complete(rc))) {`;
    if (!dev_xmit_complete(rc)) {
      line`skb->next = next;`;
      skb.next = next;
      line`goto out;`;
      break;
    }
    line`skb = next;`;
    skb = next;
    frame.skb = skb;
    line`if (netif_tx_queue_stopped(txq) && skb) {`;
    if (dev.txq.state & QUEUE_STATE_DRV_XOFF && skb) {
      line`rc = NETDEV_TX_BUSY;`;
      rc = NETDEV_TX_BUSY;
      line`break;`;
      break;
    }
  }
  line`*ret = rc;`;
  if (rest !== null) rest.skb = skb;
  line`return skb;`;
  return rc;
}

/**
 * netif_needs_gso(): a GSO packet the device cannot cut itself — lo can (its features include
 * NETIF_F_GSO_SOFTWARE: the packet loops whole), our NIC cannot (no offloads, like a TAP device
 * without TUNSETOFFLOAD): validate_xmit_skb cuts it.
 */
function netif_needs_gso(skb: SkBuff, dev: NetDevice): boolean {
  return skb_is_gso(skb) && !(dev.flags & IFF_LOOPBACK);
}

/** validate_xmit_skb(): last checks before the driver — a GSO packet the device cannot take is cut into its segments (a list). */
export function* validate_xmit_skb(skb: SkBuff, dev: NetDevice): Sim<SkBuff> {
  frame({ skb, dev });
  line`features = netif_skb_features(skb);`;
  line`if (netif_needs_gso(skb, features)) {`;
  if (netif_needs_gso(skb, dev)) {
    line`segs = skb_gso_segment(skb, features);`;
    const segs = yield* skb_gso_segment(skb);
    frame.segs = segs;
    line`} else if (segs) {`;
    line`consume_skb(skb);`;
    line`skb = segs;`;
    skb = segs;
    frame.skb = skb;
  }
  line`skb = validate_xmit_xfrm(skb, features, again);`;
  line`return skb;`;
  return skb;
}

export function* __dev_xmit_skb(skb: SkBuff, q: Qdisc, dev: NetDevice, txq: NetdevQueue): Sim<number> {
  const to_free: SkBuff[] = [];
  frame({ skb, q, dev, txq });
  let rc: number;
  line`qdisc_calculate_pkt_len(skb, q);`;
  // (every qdisc here with an enqueue is pfifo_fast, TCQ_F_NOLOCK: the locked branch is not written)
  line`if (q->flags & TCQ_F_NOLOCK) {`;
  line`if ((q->flags & TCQ_F_CAN_BYPASS) && q->empty &&`;
  if (q.flags & TCQ_F_CAN_BYPASS && q.empty && qdisc_run_begin(q)) {
    line`if (unlikely(test_bit(__QDISC_STATE_DEACTIVATED,`;
    line`qdisc_bstats_cpu_update(q, skb);`;
    q.bstats.bytes += skb_len(skb);
    q.bstats.packets++;
    line`rc = NET_XMIT_SUCCESS;`;
    rc = NET_XMIT_SUCCESS;
    line`if (sch_direct_xmit(skb, q, dev, txq, NULL, true))`;
    if (yield* sch_direct_xmit(skb, q, dev, txq, null, true)) {
      line`__qdisc_run(q);`;
      yield* __qdisc_run(q);
    }
    line`qdisc_run_end(q);`;
    qdisc_run_end(q);
  } else {
    line`rc = q->enqueue(skb, q, &to_free) & NET_XMIT_MASK;`;
    rc = (yield* q.enqueue!(skb, q, to_free)) & NET_XMIT_MASK;
    frame.rc = rc;
    line`qdisc_run(q);#2`;
    yield* qdisc_run(q);
  }
  line`if (unlikely(to_free))`;
  if (to_free.length) {
    line`kfree_skb_list(to_free);`;
  }
  line`return rc;`;
  return rc;
}

export function* __dev_queue_xmit(skb: SkBuff, sb_dev: NetDevice | null): Sim<number> {
  const dev = skb.dev!;
  frame({ skb, sb_dev, dev });
  line`int rc = -ENOMEM;`;
  let rc = -12;
  line`skb_reset_mac_header(skb);`;
  skb_reset_mac_header(skb);
  line`rcu_read_lock_bh();`;
  line`if (dev->priv_flags & IFF_XMIT_DST_RELEASE)`;
  if (dev.priv_flags & IFF_XMIT_DST_RELEASE) {
    line`skb_dst_drop(skb);`;
    skb._skb_refdst = null;
  } else {
    line`skb_dst_force(skb);#1`;
  }
  line`txq = netdev_core_pick_tx(dev, skb, sb_dev);`;
  const txq = dev.txq;
  line`q = rcu_dereference_bh(txq->qdisc);`;
  const q = txq.qdisc;
  line`trace_net_dev_queue(skb);`;
  line`if (q->enqueue) {`;
  if (q.enqueue) {
    line`rc = __dev_xmit_skb(skb, q, dev, txq);`;
    rc = yield* __dev_xmit_skb(skb, q, dev, txq);
    frame.rc = rc;
    line`goto out;#1`;
    line`rcu_read_unlock_bh();#2`;
    line`return rc;#2`;
    return rc;
  }
  // noqueue (lo): straight to the driver
  line`if (dev->flags & IFF_UP) {`;
  if (dev.flags & IFF_UP) {
    line`if (txq->xmit_lock_owner != cpu) {`;
    line`if (dev_xmit_recursion())`;
    line`skb = validate_xmit_skb(skb, dev, &again);`;
    skb = yield* validate_xmit_skb(skb, dev);
    line`if (!skb)`;
    line`HARD_TX_LOCK(dev, txq, cpu);`;
    line`if (!netif_xmit_stopped(txq)) {`;
    line`dev_xmit_recursion_inc();`;
    line`skb = dev_hard_start_xmit(skb, dev, txq, &rc);`;
    rc = yield* dev_hard_start_xmit(skb, dev, null);
    frame.rc = rc;
    line`dev_xmit_recursion_dec();`;
    line`if (dev_xmit_complete(rc)) {`;
    line`HARD_TX_UNLOCK(dev, txq);`;
    line`goto out;#3`;
    line`rcu_read_unlock_bh();#2`;
    line`return rc;#2`;
    return rc;
  }
  line`rc = -ENETDOWN;`;
  rc = -100;
  line`rcu_read_unlock_bh();#1`;
  line`atomic_long_inc(&dev->tx_dropped);`;
  dev.stats.tx_dropped++;
  line`kfree_skb_list(skb);`;
  line`return rc;#1`;
  return rc;
}

export function* dev_queue_xmit(skb: SkBuff): Sim<number> {
  frame({ skb });
  line`return __dev_queue_xmit(skb, NULL);`;
  return yield* __dev_queue_xmit(skb, null);
}

// ---- up: scheduling --------------------------------------------------------------------------

export function* ____napi_schedule(sd: SoftnetData, napi: NapiStruct, net: Net): Sim<void> {
  frame({ sd, napi });
  line`list_add_tail(&napi->poll_list, &sd->poll_list);`;
  sd.poll_list.push(napi);
  napi.onList = true;
  line`__raise_softirq_irqoff(NET_RX_SOFTIRQ);`;
  raise_net_rx(net);
}

export function* __napi_schedule(n: NapiStruct): Sim<void> {
  const net = n.dev!.net;
  frame({ n });
  line`local_irq_save(flags);`;
  line`____napi_schedule(this_cpu_ptr(&softnet_data), n);`;
  yield* ____napi_schedule(net.softnet, n, net);
  line`local_irq_restore(flags);`;
}

/** include/linux/netdevice.h: a driver's interrupt handler asks for its poll. */
export function* napi_schedule(n: NapiStruct): Sim<void> {
  frame({ n });
  line`if (napi_schedule_prep(n))`;
  // napi_schedule_prep: NAPI_STATE_SCHED set now, unless it was set already
  if (n.state & NAPI_STATE_SCHED) return;
  n.state |= NAPI_STATE_SCHED;
  line`__napi_schedule(n);`;
  yield* __napi_schedule(n);
}

export function* enqueue_to_backlog(skb: SkBuff, net: Net): Sim<number> {
  const sd = net.softnet;
  frame({ skb, sd });
  line`sd = &per_cpu(softnet_data, cpu);`;
  line`local_irq_save(flags);#1`;
  line`rps_lock(sd);#1`;
  line`if (!netif_running(skb->dev))`;
  line`qlen = skb_queue_len(&sd->input_pkt_queue);`;
  const qlen = sd.input_pkt_queue.length;
  frame.qlen = qlen;
  line`if (qlen <= netdev_max_backlog && !skb_flow_limit(skb, qlen)) {`;
  if (qlen <= NETDEV_MAX_BACKLOG) {
    line`if (qlen) {`;
    if (!qlen) {
      line`if (!__test_and_set_bit(NAPI_STATE_SCHED, &sd->backlog.state)) {`;
      if (!(sd.backlog.state & NAPI_STATE_SCHED)) {
        sd.backlog.state |= NAPI_STATE_SCHED;
        line`if (!rps_ipi_queued(sd))`;
        line`____napi_schedule(sd, &sd->backlog);`;
        yield* ____napi_schedule(sd, sd.backlog, net);
      }
      line`goto enqueue;`;
    }
    line`__skb_queue_tail(&sd->input_pkt_queue, skb);`;
    sd.input_pkt_queue.push(skb);
    line`input_queue_tail_incr_save(sd, qtail);`;
    line`rps_unlock(sd);#1`;
    line`local_irq_restore(flags);#1`;
    line`return NET_RX_SUCCESS;`;
    return NET_RX_SUCCESS;
  }
  line`sd->dropped++;`;
  sd.dropped++;
  line`atomic_long_inc(&skb->dev->rx_dropped);`;
  skb.dev!.stats.rx_dropped++;
  line`kfree_skb(skb);`;
  line`return NET_RX_DROP;`;
  return NET_RX_DROP;
}

export function* netif_rx_internal(skb: SkBuff): Sim<number> {
  frame({ skb });
  line`net_timestamp_check(netdev_tstamp_prequeue, skb);`;
  line`trace_netif_rx(skb);`;
  line`ret = enqueue_to_backlog(skb, get_cpu(), &qtail);`;
  const ret = yield* enqueue_to_backlog(skb, skb.dev!.net);
  frame.ret = ret;
  line`put_cpu();`;
  line`return ret;`;
  return ret;
}

export function* netif_rx(skb: SkBuff): Sim<number> {
  frame({ skb });
  line`trace_netif_rx_entry(skb);`;
  line`ret = netif_rx_internal(skb);`;
  const ret = yield* netif_rx_internal(skb);
  frame.ret = ret;
  line`trace_netif_rx_exit(ret);`;
  line`return ret;`;
  return ret;
}

// ---- up: to the protocol ---------------------------------------------------------------------

export function* __netif_receive_skb_core(skb: SkBuff, pfmemalloc: boolean): Sim<PacketType | null> {
  frame({ skb, pfmemalloc });
  line`net_timestamp_check(!netdev_tstamp_prequeue, skb);`;
  line`trace_netif_receive_skb(skb);`;
  line`orig_dev = skb->dev;`;
  const orig_dev = skb.dev!;
  frame.orig_dev = orig_dev;
  line`skb_reset_network_header(skb);`;
  skb_reset_network_header(skb);
  line`if (!skb_transport_header_was_set(skb))`;
  if (skb.transport_header === 0xffff) {
    line`skb_reset_transport_header(skb);`;
    skb_reset_transport_header(skb);
  }
  line`skb_reset_mac_len(skb);`;
  line`pt_prev = NULL;`;
  line`skb->skb_iif = skb->dev->ifindex;`;
  skb.skb_iif = orig_dev.ifindex;
  line`__this_cpu_inc(softnet_data.processed);`;
  orig_dev.net.softnet.processed++;
  // ptype_all: the taps (a packet capture's AF_PACKET socket); none is open in the simulator
  line`list_for_each_entry_rcu(ptype, &ptype_all, list) {`;
  line`rx_handler = rcu_dereference(skb->dev->rx_handler);`;
  line`if (rx_handler) {`;
  line`type = skb->protocol;`;
  const type = skb.protocol;
  frame.type = type;
  line`if (likely(!deliver_exact)) {`;
  line`deliver_ptype_list_skb(skb, &pt_prev, orig_dev, type,#1`;
  const pt_prev = type === ETH_P_IP ? ip_packet_type : type === ETH_P_ARP ? arp_packet_type : null;
  frame.pt_prev = pt_prev;
  line`if (pt_prev) {`;
  if (pt_prev) {
    line`if (unlikely(skb_orphan_frags_rx(skb, GFP_ATOMIC)))`;
    line`*ppt_prev = pt_prev;`;
  }
  line`return ret;`;
  return pt_prev;
}

export function* __netif_receive_skb_one_core(skb: SkBuff, pfmemalloc: boolean): Sim<number> {
  const orig_dev = skb.dev!;
  frame({ skb, pfmemalloc, orig_dev });
  line`ret = __netif_receive_skb_core(skb, pfmemalloc, &pt_prev);`;
  const pt_prev = yield* __netif_receive_skb_core(skb, pfmemalloc);
  frame.pt_prev = pt_prev;
  let ret = NET_RX_DROP;
  line`if (pt_prev)`;
  if (pt_prev) {
    line`ret = INDIRECT_CALL_INET(pt_prev->func, ipv6_rcv, ip_rcv, skb,`;
    ret = yield* pt_prev.func(skb, skb.dev!);
  }
  line`return ret;`;
  return ret;
}

export function* __netif_receive_skb(skb: SkBuff): Sim<number> {
  frame({ skb });
  line`if (sk_memalloc_socks() && skb_pfmemalloc(skb)) {`;
  line`ret = __netif_receive_skb_one_core(skb, false);`;
  const ret = yield* __netif_receive_skb_one_core(skb, false);
  frame.ret = ret;
  line`return ret;`;
  return ret;
}

export function* netif_receive_skb_internal(skb: SkBuff): Sim<number> {
  frame({ skb });
  line`net_timestamp_check(netdev_tstamp_prequeue, skb);`;
  line`if (skb_defer_rx_timestamp(skb))`;
  line`rcu_read_lock();`;
  line`ret = __netif_receive_skb(skb);`;
  const ret = yield* __netif_receive_skb(skb);
  frame.ret = ret;
  line`rcu_read_unlock();`;
  line`return ret;`;
  return ret;
}

export function* netif_receive_skb(skb: SkBuff): Sim<number> {
  frame({ skb });
  line`trace_netif_receive_skb_entry(skb);`;
  line`ret = netif_receive_skb_internal(skb);`;
  const ret = yield* netif_receive_skb_internal(skb);
  frame.ret = ret;
  line`trace_netif_receive_skb_exit(ret);`;
  line`return ret;`;
  return ret;
}

// ---- up: the softirq -------------------------------------------------------------------------

export function* process_backlog(napi: NapiStruct, quota: number): Sim<number> {
  const sd = napi.sd;
  frame({ napi, quota, sd });
  let again = true;
  let work = 0;
  line`napi->weight = dev_rx_weight;`;
  napi.weight = DEV_RX_WEIGHT;
  for (;;) {
    line`while (again) {`;
    if (!again) break;
    for (;;) {
      line`while ((skb = __skb_dequeue(&sd->process_queue))) {`;
      const skb = sd!.process_queue.shift();
      if (!skb) break;
      frame.skb = skb;
      line`rcu_read_lock();`;
      line`__netif_receive_skb(skb);`;
      yield* __netif_receive_skb(skb);
      line`rcu_read_unlock();`;
      line`input_queue_head_incr(sd);`;
      line`if (++work >= quota)`;
      frame.work = ++work;
      if (work >= quota) {
        line`return work;#1`;
        return work;
      }
    }
    line`local_irq_disable();`;
    line`rps_lock(sd);`;
    line`if (skb_queue_empty(&sd->input_pkt_queue)) {`;
    if (!sd!.input_pkt_queue.length) {
      line`napi->state = 0;`;
      napi.state = 0;
      line`again = false;`;
      again = false;
    } else {
      line`skb_queue_splice_tail_init(&sd->input_pkt_queue,`;
      const q = sd!.input_pkt_queue;
      while (q.length) sd!.process_queue.push(q.shift()!);
    }
    line`rps_unlock(sd);`;
    line`local_irq_enable();`;
  }
  line`return work;#2`;
  return work;
}


export function* napi_poll(n: NapiStruct, repoll: NapiStruct[]): Sim<number> {
  frame({ n });
  line`list_del_init(&n->poll_list);`;
  n.onList = false;
  line`have = netpoll_poll_lock(n);`;
  line`weight = n->weight;`;
  const weight = n.weight;
  frame.weight = weight;
  line`work = 0;`;
  let work = 0;
  line`if (test_bit(NAPI_STATE_SCHED, &n->state)) {`;
  if (n.state & NAPI_STATE_SCHED) {
    line`work = n->poll(n, weight);`;
    work = yield* n.poll(n, weight);
    frame.work = work;
    line`trace_napi_poll(n, work, weight);`;
  }
  line`WARN_ON_ONCE(work > weight);`;
  line`if (likely(work < weight))`;
  if (work >= weight) {
    line`list_add_tail(&n->poll_list, repoll);`;
    repoll.push(n);
    n.onList = true;
  }
  line`netpoll_poll_unlock(have);`;
  line`return work;`;
  return work;
}

export function* net_rx_action(sd: SoftnetData): Sim<void> {
  frame({ sd });
  line`int budget = netdev_budget;`;
  let budget = NETDEV_BUDGET;
  frame.budget = budget;
  line`list_splice_init(&sd->poll_list, &list);`;
  const list = sd.poll_list.splice(0);
  const repoll: NapiStruct[] = [];
  for (;;) {
    line`if (list_empty(&list)) {`;
    if (!list.length) {
      line`if (!sd_has_rps_ipi_waiting(sd) && list_empty(&repoll))`;
      if (!repoll.length) {
        line`goto out;`;
        line`__kfree_skb_flush();`;
        return;
      }
      line`break;#1`;
      break;
    }
    line`n = list_first_entry(&list, struct napi_struct, poll_list);`;
    const n = list.shift()!;
    frame.n = n;
    line`budget -= napi_poll(n, &repoll);`;
    budget -= yield* napi_poll(n, repoll);
    frame.budget = budget;
    line`if (unlikely(budget <= 0 ||`;
    if (budget <= 0) {
      line`sd->time_squeeze++;`;
      sd.time_squeeze++;
      break;
    }
  }
  line`list_splice_tail_init(&sd->poll_list, &list);`;
  line`list_splice_tail(&repoll, &list);`;
  line`list_splice(&list, &sd->poll_list);`;
  const all = [...list, ...sd.poll_list, ...repoll];
  sd.poll_list.length = 0;
  for (const x of all) sd.poll_list.push(x);
  line`if (!list_empty(&sd->poll_list))`;
  if (sd.poll_list.length) {
    line`__raise_softirq_irqoff(NET_RX_SOFTIRQ);`;
    raise_net_rx(sd.net);
  }
  line`net_rps_action_and_irq_enable(sd);`;
  line`__kfree_skb_flush();`;
}

/** net_dev_init and the devices' probes, for one host: softnet_data, lo, eth0 (and their qdiscs), the routes. */
export function net_dev_init(net: Net): void {
  net.softnet = softnet_init(net);
  netdevs_init(net);
  // dev_open → dev_activate: lo's noqueue, eth0's pfifo_fast
  dev_activate(net.loopback_dev);
  dev_activate(net.eth0);
  ip_rt_init(net);
  arp_init(net);
}
