// net/sched/sch_generic.c (and include/net/pkt_sched.h's qdisc_run): running a device's qdisc —
// __qdisc_run → qdisc_restart → dequeue_skb (a requeued frame first, then the qdisc's dequeue) →
// sch_direct_xmit → dev_hard_start_xmit — and pfifo_fast, the default qdisc of a device with a
// queue: three bands by skb->priority (prio2band), each a ring of the device's tx_queue_len frames;
// a full band drops (qdisc_drop_cpu: qstats.drops). dev_activate gives each device its qdisc at boot
// (attach_one_default_qdisc: noqueue for an IFF_NO_QUEUE device — lo —, pfifo_fast otherwise).
//
// On a link without a rate the simulated NIC's wire takes each frame at once, its queue never stops,
// so eth0's pfifo_fast is always empty and every frame takes __dev_xmit_skb's bypass — as v5.4 does
// for an idle NIC. On a link with a rate (`link rate 1mbit`) the NIC's transmit ring fills, the
// driver stops the queue, frames wait in the bands (and past tx_queue_len are dropped), and the
// ring's completion interrupt wakes the queue: netif_tx_wake_queue → __netif_schedule → NET_TX_SOFTIRQ
// → net_tx_action → qdisc_run (net/core/dev.ts).

import type { Sim } from '../../core/engine';
import { frame, line } from '../../core/mark';
import type { SkBuff } from '../../include/linux/skbuff';
import { skb_len } from '../../include/linux/skbuff';
import type { NetDevice } from '../../include/linux/netdevice';
import { IFF_NO_QUEUE } from '../../include/linux/netdevice';
import type { NetdevQueue, Qdisc, QdiscOps } from '../../include/net/sch_generic';
import {
  DEV_TX_WEIGHT, NET_XMIT_DROP, NETDEV_TX_BUSY, PFIFO_FAST_BANDS, PRIO2BAND, TC_PRIO_MAX, TCQ_F_CAN_BYPASS, TCQ_F_CPUSTATS,
  TCQ_F_NOLOCK, TCQ_F_NOPARENT, TCQ_F_ONETXQUEUE, dev_xmit_complete, netif_xmit_frozen_or_stopped, qdisc_run_begin, qdisc_run_end,
} from '../../include/net/sch_generic';
import { NET_XMIT_SUCCESS } from '../../include/linux/netdevice';
import { __netif_schedule, dev_hard_start_xmit, validate_xmit_skb, type XmitRest } from '../core/dev';

const ENOSPC = 28;

/** dequeue_skb's out parameters: *validate and *packets. */
export interface DequeueOut {
  validate: boolean;
  packets: number;
}

/**
 * dev_requeue_skb (not annotated): the frames back onto q->gso_skb, each still counted in the
 * queue, and the qdisc scheduled to try again. What gets here: the rest of a GSO packet's segments
 * when the simulated NIC's ring filled (it stopped its queue) halfway through the list.
 */
function* dev_requeue_skb(first: SkBuff, q: Qdisc): Sim<void> {
  let skb: SkBuff | null = first;
  while (skb) {
    const next: SkBuff | null = skb.next;
    skb.next = null;
    q.gso_skb.push(skb);
    q.qstats.requeues++;
    q.qstats.backlog += skb_len(skb);
    q.qstats.qlen++;
    skb = next;
  }
  yield* __netif_schedule(q);
}

/** qdisc_drop_cpu (include/net/sch_generic.h): onto the caller's to_free list, qstats.drops++. */
function qdisc_drop_cpu(skb: SkBuff, sch: Qdisc, to_free: SkBuff[]): number {
  to_free.push(skb);
  sch.qstats.drops++;
  return NET_XMIT_DROP;
}

export function* dequeue_skb(q: Qdisc, out: DequeueOut): Sim<SkBuff | null> {
  const txq = q.dev_queue;
  let skb: SkBuff | null = null;
  frame({ q, txq, skb });
  line`*packets = 1;`;
  out.packets = 1;
  line`if (unlikely(!skb_queue_empty(&q->gso_skb))) {`;
  if (q.gso_skb.length) {
    // (q's lock, skb_peek; a requeued frame is validated already: *validate = false)
    out.validate = false;
    line`if (!netif_xmit_frozen_or_stopped(txq)) {`;
    if (!netif_xmit_frozen_or_stopped(txq)) {
      line`skb = __skb_dequeue(&q->gso_skb);`;
      skb = q.gso_skb.shift()!;
      q.qstats.backlog -= skb_len(skb);
      q.qstats.qlen--;
    } else {
      line`skb = NULL;#2`;
      skb = null;
    }
    frame.skb = skb;
    line`goto trace;`;
    line`trace_qdisc_dequeue(q, txq, *packets, skb);`;
    line`return skb;#2`;
    return skb;
  }
  line`*validate = true;`;
  out.validate = true;
  line`if ((q->flags & TCQ_F_ONETXQUEUE) &&`;
  if (q.flags & TCQ_F_ONETXQUEUE && netif_xmit_frozen_or_stopped(txq)) {
    line`return skb;#1`;
    return skb;
  }
  // (skb_bad_txq: frames for another transmit queue; one queue here, so none)
  line`skb = qdisc_dequeue_skb_bad_txq(q);`;
  line`if (unlikely(skb)) {`;
  line`skb = q->dequeue(q);`;
  skb = yield* q.dequeue!(q);
  frame.skb = skb;
  line`if (skb) {`;
  if (skb) {
    line`if (qdisc_may_bulk(q))`;
    if (q.flags & TCQ_F_ONETXQUEUE) {
      // qdisc_avail_bulklimit(txq) - skb->len < 0 without BQL: no second frame
      line`try_bulk_dequeue_skb(q, skb, txq, packets);`;
    } else {
      line`try_bulk_dequeue_skb_slow(q, skb, packets);`;
    }
  }
  line`trace_qdisc_dequeue(q, txq, *packets, skb);`;
  line`return skb;#2`;
  return skb;
}

export function* sch_direct_xmit(first: SkBuff, q: Qdisc, dev: NetDevice, txq: NetdevQueue, root_lock: null, validate: boolean): Sim<boolean> {
  let skb: SkBuff | null = first;
  frame({ skb, q, dev, txq, root_lock, validate });
  line`int ret = NETDEV_TX_BUSY;`;
  let ret = NETDEV_TX_BUSY;
  frame.ret = ret;
  line`bool again = false;`;
  line`if (root_lock)#1`;
  line`if (validate)`;
  if (validate) {
    // (validate_xmit_skb_list: validate_xmit_skb for the frame — a GSO packet becomes its segments)
    line`skb = validate_xmit_skb_list(skb, dev, &again);`;
    skb = yield* validate_xmit_skb(skb!, dev);
    frame.skb = skb;
  }
  line`if (likely(skb)) {`;
  line`HARD_TX_LOCK(dev, txq, smp_processor_id());`;
  line`if (!netif_xmit_frozen_or_stopped(txq))`;
  if (!netif_xmit_frozen_or_stopped(txq)) {
    line`skb = dev_hard_start_xmit(skb, dev, txq, &ret);`;
    const rest: XmitRest = { skb: null };
    ret = yield* dev_hard_start_xmit(skb!, dev, rest);
    skb = rest.skb;
    frame.ret = ret;
  }
  line`HARD_TX_UNLOCK(dev, txq);`;
  line`if (root_lock)#3`;
  line`if (!dev_xmit_complete(ret)) {`;
  if (!dev_xmit_complete(ret)) {
    line`if (unlikely(ret != NETDEV_TX_BUSY))`;
    line`dev_requeue_skb(skb, q);`;
    yield* dev_requeue_skb(skb!, q);
    line`return false;`;
    return false;
  }
  line`return true;#2`;
  return true;
}

export function* qdisc_restart(q: Qdisc, out: DequeueOut): Sim<boolean> {
  frame({ q });
  line`skb = dequeue_skb(q, &validate, packets);`;
  const skb = yield* dequeue_skb(q, out);
  frame.skb = skb;
  line`if (unlikely(!skb))`;
  if (!skb) {
    line`return false;`;
    return false;
  }
  line`if (!(q->flags & TCQ_F_NOLOCK))`;
  line`dev = qdisc_dev(q);`;
  const dev = q.dev_queue.dev;
  line`txq = skb_get_tx_queue(dev, skb);`;
  const txq = dev.txq;
  line`return sch_direct_xmit(skb, q, dev, txq, root_lock, validate);`;
  return yield* sch_direct_xmit(skb, q, dev, txq, null, out.validate);
}

export function* __qdisc_run(q: Qdisc): Sim<void> {
  frame({ q });
  line`int quota = dev_tx_weight;`;
  let quota = DEV_TX_WEIGHT;
  frame.quota = quota;
  const out: DequeueOut = { validate: false, packets: 0 };
  for (;;) {
    line`while (qdisc_restart(q, &packets)) {`;
    if (!(yield* qdisc_restart(q, out))) break;
    line`quota -= packets;`;
    quota -= out.packets;
    frame.quota = quota;
    line`if (quota <= 0 || need_resched()) {`;
    if (quota <= 0) {
      // the rest later, from net_tx_action
      line`__netif_schedule(q);`;
      yield* __netif_schedule(q);
      line`break;`;
      break;
    }
  }
}

/** include/net/pkt_sched.h */
export function* qdisc_run(q: Qdisc): Sim<void> {
  frame({ q });
  line`if (qdisc_run_begin(q)) {`;
  if (qdisc_run_begin(q)) {
    line`if (!(q->flags & TCQ_F_NOLOCK) ||`;
    if (!(q.flags & TCQ_F_NOLOCK) || !q.deactivated) {
      line`__qdisc_run(q);`;
      yield* __qdisc_run(q);
    }
    line`qdisc_run_end(q);`;
    qdisc_run_end(q);
  }
}

export function* pfifo_fast_enqueue(skb: SkBuff, qdisc: Qdisc, to_free: SkBuff[]): Sim<number> {
  frame({ skb, qdisc });
  line`int band = prio2band[skb->priority & TC_PRIO_MAX];`;
  const band = PRIO2BAND[skb.priority & TC_PRIO_MAX];
  frame.band = band;
  line`struct pfifo_fast_priv *priv = qdisc_priv(qdisc);`;
  line`struct skb_array *q = band2list(priv, band);`;
  const q = qdisc.bands[band];
  line`unsigned int pkt_len = qdisc_pkt_len(skb);`;
  const pkt_len = skb_len(skb);
  frame.pkt_len = pkt_len;
  line`err = skb_array_produce(q, skb);`;
  const err = q.length >= qdisc.limit ? -ENOSPC : 0;
  if (!err) q.push(skb);
  frame.err = err;
  line`if (unlikely(err)) {`;
  if (err) {
    line`if (qdisc_is_percpu_stats(qdisc))`;
    line`return qdisc_drop_cpu(skb, qdisc, to_free);`;
    return qdisc_drop_cpu(skb, qdisc, to_free);
  }
  line`qdisc_update_stats_at_enqueue(qdisc, pkt_len);`;
  qdisc.qstats.qlen++;
  qdisc.qstats.backlog += pkt_len;
  line`return NET_XMIT_SUCCESS;`;
  return NET_XMIT_SUCCESS;
}

export function* pfifo_fast_dequeue(qdisc: Qdisc): Sim<SkBuff | null> {
  let skb: SkBuff | null = null;
  frame({ qdisc, skb });
  line`struct sk_buff *skb = NULL;`;
  for (let band = 0; ; band++) {
    line`for (band = 0; band < PFIFO_FAST_BANDS && !skb; band++) {`;
    if (!(band < PFIFO_FAST_BANDS && !skb)) break;
    frame.band = band;
    line`struct skb_array *q = band2list(priv, band);`;
    const q = qdisc.bands[band];
    line`if (__skb_array_empty(q))`;
    if (!q.length) {
      line`continue;`;
      continue;
    }
    line`skb = __skb_array_consume(q);`;
    skb = q.shift()!;
    frame.skb = skb;
  }
  line`if (likely(skb)) {`;
  if (skb) {
    line`qdisc_update_stats_at_dequeue(qdisc, skb);`;
    const len = skb_len(skb);
    qdisc.qstats.qlen--;
    qdisc.qstats.backlog -= len;
    qdisc.bstats.bytes += len;
    qdisc.bstats.packets++;
  } else {
    line`qdisc->empty = true;`;
    qdisc.empty = true;
  }
  line`return skb;`;
  return skb;
}

/** struct Qdisc_ops of the two disciplines a device gets by default. */
export const pfifo_fast_ops: QdiscOps = { id: 'pfifo_fast', enqueue: pfifo_fast_enqueue, dequeue: pfifo_fast_dequeue, static_flags: TCQ_F_NOLOCK | TCQ_F_CPUSTATS };
/** noqueue: noqueue_init clears q->enqueue, which __dev_queue_xmit reads as a device without a queue. */
export const noqueue_qdisc_ops: QdiscOps = { id: 'noqueue', enqueue: null, dequeue: null, static_flags: 0 };

/**
 * dev_activate → attach_default_qdiscs → attach_one_default_qdisc (dev_open, at boot): the device's
 * transmit queue and its qdisc — noqueue for IFF_NO_QUEUE (lo), else pfifo_fast (qdisc_create_dflt →
 * qdisc_alloc, pfifo_fast_init: three bands of tx_queue_len, TCQ_F_CAN_BYPASS), one queue so
 * TCQ_F_ONETXQUEUE | TCQ_F_NOPARENT. Boot work: not stepped.
 */
export function dev_activate(dev: NetDevice): void {
  const ops = dev.priv_flags & IFF_NO_QUEUE ? noqueue_qdisc_ops : pfifo_fast_ops;
  const txq = { structName: 'netdev_queue', dev, qdisc: null as unknown as Qdisc, state: 0 } as NetdevQueue;
  const pfifo = ops === pfifo_fast_ops;
  const q: Qdisc = {
    structName: 'Qdisc', ops, enqueue: ops.enqueue, dequeue: ops.dequeue,
    flags: ops.static_flags | (pfifo ? TCQ_F_CAN_BYPASS : 0) | TCQ_F_ONETXQUEUE | TCQ_F_NOPARENT,
    empty: true, running: false, deactivated: false, sched: false, dev_queue: txq,
    bands: pfifo ? Array.from({ length: PFIFO_FAST_BANDS }, () => []) : [], limit: pfifo ? dev.tx_queue_len : 0,
    gso_skb: [], qstats: { qlen: 0, backlog: 0, drops: 0, requeues: 0 }, bstats: { bytes: 0, packets: 0 },
  };
  txq.qdisc = q;
  dev.txq = txq;
}

/**
 * dev_change_tx_queue_len (net/core/dev.c; `ip link set dev eth0 txqueuelen N`): the device's
 * tx_queue_len, and its qdisc's bands resized to it (dev_qdisc_change_tx_queue_len →
 * pfifo_fast_change_tx_queue_len). Administrative, before the scenario runs: not stepped.
 */
export function dev_change_tx_queue_len(dev: NetDevice, len: number): void {
  dev.tx_queue_len = len;
  const q = dev.txq.qdisc;
  if (q.ops === pfifo_fast_ops) q.limit = len;
}
