// generated — do not edit. Written by scripts/gen-kernel.ts from src/kernel/net/sched/sch_generic.ts
// @ts-nocheck
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

import type { Sim } from '../../../core/engine';
import { at, enter, leave } from '../../../core/engine';
import { defineFn } from '../../../core/anchors';
import type { SkBuff } from '../../../include/linux/skbuff';
import { skb_len } from '../../../include/linux/skbuff';
import type { NetDevice } from '../../../include/linux/netdevice';
import { IFF_NO_QUEUE } from '../../../include/linux/netdevice';
import type { NetdevQueue, Qdisc, QdiscOps } from '../../../include/net/sch_generic';
import {
  DEV_TX_WEIGHT, NET_XMIT_DROP, NETDEV_TX_BUSY, PFIFO_FAST_BANDS, PRIO2BAND, TC_PRIO_MAX, TCQ_F_CAN_BYPASS, TCQ_F_CPUSTATS,
  TCQ_F_NOLOCK, TCQ_F_NOPARENT, TCQ_F_ONETXQUEUE, dev_xmit_complete, netif_xmit_frozen_or_stopped, qdisc_run_begin, qdisc_run_end,
} from '../../../include/net/sch_generic';
import { NET_XMIT_SUCCESS } from '../../../include/linux/netdevice';
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
  ($E.fast || $E.twinOk[__netif_schedule.k] === 1 ? __netif_schedule$fast(q) : yield* __netif_schedule(q));
}

/** qdisc_drop_cpu (include/net/sch_generic.h): onto the caller's to_free list, qstats.drops++. */
function qdisc_drop_cpu(skb: SkBuff, sch: Qdisc, to_free: SkBuff[]): number {
  to_free.push(skb);
  sch.qstats.drops++;
  return NET_XMIT_DROP;
}
const A$dequeue_skb = defineFn('net/sched/sch_generic.c', 'dequeue_skb', [25, 28, 30, 31, 34, 37, 40, 43, 45, 47, 48, 52, 53, 58, 59, 61, 64, 65]);

export function* dequeue_skb(q: Qdisc, out: DequeueOut): Sim<SkBuff | null> { let $t: any;
  const txq = q.dev_queue;
  let skb: SkBuff | null = null;
  const $f = enter(A$dequeue_skb, { q, txq, skb });
  try {
  if (at(A$dequeue_skb.L25)) yield;
  out.packets = 1;
  if (at(A$dequeue_skb.L28)) yield;
  if (q.gso_skb.length) {
    // (q's lock, skb_peek; a requeued frame is validated already: *validate = false)
    out.validate = false;
    if (at(A$dequeue_skb.L30)) yield;
    if (!netif_xmit_frozen_or_stopped(txq)) {
      if (at(A$dequeue_skb.L31)) yield;
      skb = q.gso_skb.shift()!;
      q.qstats.backlog -= skb_len(skb);
      q.qstats.qlen--;
    } else {
      if (at(A$dequeue_skb.L34)) yield;
      skb = null;
    }
    $f.vars.skb = skb;
    if (at(A$dequeue_skb.L37)) yield;
    if (at(A$dequeue_skb.L64)) yield;
    if (at(A$dequeue_skb.L65)) yield;
    return skb;
  }
  if (at(A$dequeue_skb.L40)) yield;
  out.validate = true;
  if (at(A$dequeue_skb.L43)) yield;
  if (q.flags & TCQ_F_ONETXQUEUE && netif_xmit_frozen_or_stopped(txq)) {
    if (at(A$dequeue_skb.L45)) yield;
    return skb;
  }
  // (skb_bad_txq: frames for another transmit queue; one queue here, so none)
  if (at(A$dequeue_skb.L47)) yield;
  if (at(A$dequeue_skb.L48)) yield;
  if (at(A$dequeue_skb.L52)) yield;
  skb = (($t = q.dequeue!).fast !== undefined && ($E.fast || $E.twinOk[$t.k] === 1) ? $t.fast(q) : yield* q.dequeue!(q));
  $f.vars.skb = skb;
  if (at(A$dequeue_skb.L53)) yield;
  if (skb) {
    if (at(A$dequeue_skb.L58)) yield;
    if (q.flags & TCQ_F_ONETXQUEUE) {
      // qdisc_avail_bulklimit(txq) - skb->len < 0 without BQL: no second frame
      if (at(A$dequeue_skb.L59)) yield;
    } else {
      if (at(A$dequeue_skb.L61)) yield;
    }
  }
  if (at(A$dequeue_skb.L64)) yield;
  if (at(A$dequeue_skb.L65)) yield;
  return skb;
  } finally {
    leave($f);
  }
}
const A$sch_direct_xmit = defineFn('net/sched/sch_generic.c', 'sch_direct_xmit', [78, 79, 83, 87, 88, 91, 92, 95, 96, 98, 105, 108, 110, 116, 117, 121]);

export function* sch_direct_xmit(first: SkBuff, q: Qdisc, dev: NetDevice, txq: NetdevQueue, root_lock: null, validate: boolean): Sim<boolean> {
  let skb: SkBuff | null = first;
  const $f = enter(A$sch_direct_xmit, { skb, q, dev, txq, root_lock, validate });
  try {
  if (at(A$sch_direct_xmit.L78)) yield;
  let ret = NETDEV_TX_BUSY;
  $f.vars.ret = ret;
  if (at(A$sch_direct_xmit.L79)) yield;
  if (at(A$sch_direct_xmit.L83)) yield;
  if (at(A$sch_direct_xmit.L87)) yield;
  if (validate) {
    // (validate_xmit_skb_list: validate_xmit_skb for the frame — a GSO packet becomes its segments)
    if (at(A$sch_direct_xmit.L88)) yield;
    skb = ($E.fast || $E.twinOk[validate_xmit_skb.k] === 1 ? validate_xmit_skb$fast(skb!, dev) : yield* validate_xmit_skb(skb!, dev));
    $f.vars.skb = skb;
  }
  if (at(A$sch_direct_xmit.L91)) yield;
  if (at(A$sch_direct_xmit.L92)) yield;
  if (at(A$sch_direct_xmit.L95)) yield;
  if (!netif_xmit_frozen_or_stopped(txq)) {
    if (at(A$sch_direct_xmit.L96)) yield;
    const rest: XmitRest = { skb: null };
    ret = ($E.fast || $E.twinOk[dev_hard_start_xmit.k] === 1 ? dev_hard_start_xmit$fast(skb!, dev, rest) : yield* dev_hard_start_xmit(skb!, dev, rest));
    skb = rest.skb;
    $f.vars.ret = ret;
  }
  if (at(A$sch_direct_xmit.L98)) yield;
  if (at(A$sch_direct_xmit.L105)) yield;
  if (at(A$sch_direct_xmit.L108)) yield;
  if (!dev_xmit_complete(ret)) {
    if (at(A$sch_direct_xmit.L110)) yield;
    if (at(A$sch_direct_xmit.L116)) yield;
    ($E.fast || $E.twinOk[dev_requeue_skb.k] === 1 ? dev_requeue_skb$fast(skb!, q) : yield* dev_requeue_skb(skb!, q));
    if (at(A$sch_direct_xmit.L117)) yield;
    return false;
  }
  if (at(A$sch_direct_xmit.L121)) yield;
  return true;
  } finally {
    leave($f);
  }
}
const A$qdisc_restart = defineFn('net/sched/sch_generic.c', 'qdisc_restart', [139, 140, 141, 143, 146, 147, 149]);

export function* qdisc_restart(q: Qdisc, out: DequeueOut): Sim<boolean> {
  const $f = enter(A$qdisc_restart, { q });
  try {
  if (at(A$qdisc_restart.L139)) yield;
  const skb = ($E.fast || $E.twinOk[dequeue_skb.k] === 1 ? dequeue_skb$fast(q, out) : yield* dequeue_skb(q, out));
  $f.vars.skb = skb;
  if (at(A$qdisc_restart.L140)) yield;
  if (!skb) {
    if (at(A$qdisc_restart.L141)) yield;
    return false;
  }
  if (at(A$qdisc_restart.L143)) yield;
  if (at(A$qdisc_restart.L146)) yield;
  const dev = q.dev_queue.dev;
  if (at(A$qdisc_restart.L147)) yield;
  const txq = dev.txq;
  if (at(A$qdisc_restart.L149)) yield;
  return ($E.fast || $E.twinOk[sch_direct_xmit.k] === 1 ? sch_direct_xmit$fast(skb, q, dev, txq, null, out.validate) : yield* sch_direct_xmit(skb, q, dev, txq, null, out.validate));
  } finally {
    leave($f);
  }
}
const A$__qdisc_run = defineFn('net/sched/sch_generic.c', '__qdisc_run', [161, 165, 171, 172, 173, 174]);

export function* __qdisc_run(q: Qdisc): Sim<void> {
  const $f = enter(A$__qdisc_run, { q });
  try {
  if (at(A$__qdisc_run.L161)) yield;
  let quota = DEV_TX_WEIGHT;
  $f.vars.quota = quota;
  const out: DequeueOut = { validate: false, packets: 0 };
  for (;;) {
    if (at(A$__qdisc_run.L165)) yield;
    if (!(($E.fast || $E.twinOk[qdisc_restart.k] === 1 ? qdisc_restart$fast(q, out) : yield* qdisc_restart(q, out)))) break;
    if (at(A$__qdisc_run.L171)) yield;
    quota -= out.packets;
    $f.vars.quota = quota;
    if (at(A$__qdisc_run.L172)) yield;
    if (quota <= 0) {
      // the rest later, from net_tx_action
      if (at(A$__qdisc_run.L173)) yield;
      ($E.fast || $E.twinOk[__netif_schedule.k] === 1 ? __netif_schedule$fast(q) : yield* __netif_schedule(q));
      if (at(A$__qdisc_run.L174)) yield;
      break;
    }
  }
  } finally {
    leave($f);
  }
}
const A$qdisc_run = defineFn('include/net/pkt_sched.h', 'qdisc_run', [19, 23, 25, 26]);

/** include/net/pkt_sched.h */
export function* qdisc_run(q: Qdisc): Sim<void> {
  const $f = enter(A$qdisc_run, { q });
  try {
  if (at(A$qdisc_run.L19)) yield;
  if (qdisc_run_begin(q)) {
    if (at(A$qdisc_run.L23)) yield;
    if (!(q.flags & TCQ_F_NOLOCK) || !q.deactivated) {
      if (at(A$qdisc_run.L25)) yield;
      ($E.fast || $E.twinOk[__qdisc_run.k] === 1 ? __qdisc_run$fast(q) : yield* __qdisc_run(q));
    }
    if (at(A$qdisc_run.L26)) yield;
    qdisc_run_end(q);
  }
  } finally {
    leave($f);
  }
}
const A$pfifo_fast_enqueue = defineFn('net/sched/sch_generic.c', 'pfifo_fast_enqueue', [190, 191, 192, 193, 197, 199, 201, 202, 208, 209]);

export function* pfifo_fast_enqueue(skb: SkBuff, qdisc: Qdisc, to_free: SkBuff[]): Sim<number> {
  const $f = enter(A$pfifo_fast_enqueue, { skb, qdisc });
  try {
  if (at(A$pfifo_fast_enqueue.L190)) yield;
  const band = PRIO2BAND[skb.priority & TC_PRIO_MAX];
  $f.vars.band = band;
  if (at(A$pfifo_fast_enqueue.L191)) yield;
  if (at(A$pfifo_fast_enqueue.L192)) yield;
  const q = qdisc.bands[band];
  if (at(A$pfifo_fast_enqueue.L193)) yield;
  const pkt_len = skb_len(skb);
  $f.vars.pkt_len = pkt_len;
  if (at(A$pfifo_fast_enqueue.L197)) yield;
  const err = q.length >= qdisc.limit ? -ENOSPC : 0;
  if (!err) q.push(skb);
  $f.vars.err = err;
  if (at(A$pfifo_fast_enqueue.L199)) yield;
  if (err) {
    if (at(A$pfifo_fast_enqueue.L201)) yield;
    if (at(A$pfifo_fast_enqueue.L202)) yield;
    return qdisc_drop_cpu(skb, qdisc, to_free);
  }
  if (at(A$pfifo_fast_enqueue.L208)) yield;
  qdisc.qstats.qlen++;
  qdisc.qstats.backlog += pkt_len;
  if (at(A$pfifo_fast_enqueue.L209)) yield;
  return NET_XMIT_SUCCESS;
  } finally {
    leave($f);
  }
}
const A$pfifo_fast_dequeue = defineFn('net/sched/sch_generic.c', 'pfifo_fast_dequeue', [221, 224, 225, 227, 228, 230, 232, 234, 237, 240]);

export function* pfifo_fast_dequeue(qdisc: Qdisc): Sim<SkBuff | null> {
  let skb: SkBuff | null = null;
  const $f = enter(A$pfifo_fast_dequeue, { qdisc, skb });
  try {
  if (at(A$pfifo_fast_dequeue.L221)) yield;
  for (let band = 0; ; band++) {
    if (at(A$pfifo_fast_dequeue.L224)) yield;
    if (!(band < PFIFO_FAST_BANDS && !skb)) break;
    $f.vars.band = band;
    if (at(A$pfifo_fast_dequeue.L225)) yield;
    const q = qdisc.bands[band];
    if (at(A$pfifo_fast_dequeue.L227)) yield;
    if (!q.length) {
      if (at(A$pfifo_fast_dequeue.L228)) yield;
      continue;
    }
    if (at(A$pfifo_fast_dequeue.L230)) yield;
    skb = q.shift()!;
    $f.vars.skb = skb;
  }
  if (at(A$pfifo_fast_dequeue.L232)) yield;
  if (skb) {
    if (at(A$pfifo_fast_dequeue.L234)) yield;
    const len = skb_len(skb);
    qdisc.qstats.qlen--;
    qdisc.qstats.backlog -= len;
    qdisc.bstats.bytes += len;
    qdisc.bstats.packets++;
  } else {
    if (at(A$pfifo_fast_dequeue.L237)) yield;
    qdisc.empty = true;
  }
  if (at(A$pfifo_fast_dequeue.L240)) yield;
  return skb;
  } finally {
    leave($f);
  }
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


// ---- fast-path twins (scripts/twins.cjs) ----
import { E as $E, FAST_FRAME as $FF, driveToEnd as $drive, registerTwin as $kreg } from '../../../core/engine';
import { __netif_schedule$fast as __netif_schedule$fast, validate_xmit_skb$fast as validate_xmit_skb$fast, dev_hard_start_xmit$fast as dev_hard_start_xmit$fast } from '../core/dev';
function dev_requeue_skb$fast(first: SkBuff, q: Qdisc): any { const $e = $E;
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
  __netif_schedule$fast(q);
}
export function dequeue_skb$fast(q: Qdisc, out: DequeueOut): any { const $e = $E; const $tb: any = $e.lineSink; let $t: any; let $o: number; let $r: any; let $s = 0; let $x = -1;
  const txq = q.dev_queue;
  let skb: SkBuff | null = null;
  const $f = ($tb !== null && ($o = (A$dequeue_skb.L25 | 270532608), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  $s += 2;
  out.packets = 1;
  
  if (q.gso_skb.length) {
    // (q's lock, skb_peek; a requeued frame is validated already: *validate = false)
    out.validate = false;
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$dequeue_skb.L30) : $tb.op($e.now, A$dequeue_skb.L30));
    if (!netif_xmit_frozen_or_stopped(txq)) {
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$dequeue_skb.L31) : $tb.op($e.now, A$dequeue_skb.L31));
      skb = q.gso_skb.shift()!;
      q.qstats.backlog -= skb_len(skb);
      q.qstats.qlen--;
    } else {
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$dequeue_skb.L34) : $tb.op($e.now, A$dequeue_skb.L34));
      skb = null;
    }
    
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$dequeue_skb.L37) : $tb.op($e.now, A$dequeue_skb.L37));
    $s += 2; $x = A$dequeue_skb.L64 | 2097152;
    
    return ($r = (skb), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$dequeue_skb.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
  $s += 2; if ($tb !== null) ($o = (A$dequeue_skb.L40 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  out.validate = true;
  
  if (q.flags & TCQ_F_ONETXQUEUE && netif_xmit_frozen_or_stopped(txq)) {
    ++$s; $x = A$dequeue_skb.L45 | 1048576;
    return ($r = (skb), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$dequeue_skb.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
  // (skb_bad_txq: frames for another transmit queue; one queue here, so none)
  $s += 3; if ($tb !== null) ($o = (A$dequeue_skb.L47 | 2097152), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  
  
  skb = (($t = q.dequeue!).fast !== undefined ? $t.fast(q) : $drive($t(q)));
  
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$dequeue_skb.L53) : $tb.op($e.now, A$dequeue_skb.L53));
  if (skb) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$dequeue_skb.L58) : $tb.op($e.now, A$dequeue_skb.L58));
    if (q.flags & TCQ_F_ONETXQUEUE) {
      // qdisc_avail_bulklimit(txq) - skb->len < 0 without BQL: no second frame
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$dequeue_skb.L59) : $tb.op($e.now, A$dequeue_skb.L59));
    } else {
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$dequeue_skb.L61) : $tb.op($e.now, A$dequeue_skb.L61));
    }
  }
  $s += 2; $x = A$dequeue_skb.L64 | 2097152;
  
  return ($r = (skb), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$dequeue_skb.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
export function sch_direct_xmit$fast(first: SkBuff, q: Qdisc, dev: NetDevice, txq: NetdevQueue, root_lock: null, validate: boolean): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0; let $x = -1;
  let skb: SkBuff | null = first;
  const $f = ($tb !== null && ($o = (A$sch_direct_xmit.L78 | 272629760), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  $s += 4;
  let ret = NETDEV_TX_BUSY;
  
  
  
  
  if (validate) {
    // (validate_xmit_skb_list: validate_xmit_skb for the frame — a GSO packet becomes its segments)
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$sch_direct_xmit.L88) : $tb.op($e.now, A$sch_direct_xmit.L88));
    skb = validate_xmit_skb$fast(skb!, dev);
    
  }
  $s += 3; if ($tb !== null) ($o = (A$sch_direct_xmit.L91 | 2097152), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  
  
  if (!netif_xmit_frozen_or_stopped(txq)) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$sch_direct_xmit.L96) : $tb.op($e.now, A$sch_direct_xmit.L96));
    const rest: XmitRest = { skb: null };
    ret = dev_hard_start_xmit$fast(skb!, dev, rest);
    skb = rest.skb;
    
  }
  $s += 3; if ($tb !== null) ($o = (A$sch_direct_xmit.L98 | 2097152), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  
  
  if (!dev_xmit_complete(ret)) {
    $s += 2; if ($tb !== null) ($o = (A$sch_direct_xmit.L110 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
    
    dev_requeue_skb$fast(skb!, q);
    ++$s; $x = A$sch_direct_xmit.L117 | 1048576;
    return ($r = (false), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$sch_direct_xmit.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
  ++$s; $x = A$sch_direct_xmit.L121 | 1048576;
  return ($r = (true), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$sch_direct_xmit.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
export function qdisc_restart$fast(q: Qdisc, out: DequeueOut): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0; let $x = -1;
  const $f = ($tb !== null && ($o = (A$qdisc_restart.L139 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  ++$s;
  const skb = dequeue_skb$fast(q, out);
  
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$qdisc_restart.L140) : $tb.op($e.now, A$qdisc_restart.L140));
  if (!skb) {
    ++$s; $x = A$qdisc_restart.L141 | 1048576;
    return ($r = (false), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$qdisc_restart.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
  $s += 4; if ($tb !== null) ($o = (A$qdisc_restart.L143 | 3145728), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  
  const dev = q.dev_queue.dev;
  
  const txq = dev.txq;
  
  return ($r = (sch_direct_xmit$fast(skb, q, dev, txq, null, out.validate)), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$qdisc_restart.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
export function __qdisc_run$fast(q: Qdisc): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $s = 0;
  const $f = ($tb !== null && ($o = (A$__qdisc_run.L161 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  ++$s;
  let quota = DEV_TX_WEIGHT;
  
  const out: DequeueOut = { validate: false, packets: 0 };
  for (;;) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__qdisc_run.L165) : $tb.op($e.now, A$__qdisc_run.L165));
    if (!(qdisc_restart$fast(q, out))) break;
    $s += 2; if ($tb !== null) ($o = (A$__qdisc_run.L171 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
    quota -= out.packets;
    
    
    if (quota <= 0) {
      // the rest later, from net_tx_action
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__qdisc_run.L173) : $tb.op($e.now, A$__qdisc_run.L173));
      __netif_schedule$fast(q);
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__qdisc_run.L174) : $tb.op($e.now, A$__qdisc_run.L174));
      break;
    }
  }
  } ($e.steps += $s, $tb !== null && ($o = (A$__qdisc_run.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
}
export function qdisc_run$fast(q: Qdisc): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $s = 0;
  const $f = ($tb !== null && ($o = (A$qdisc_run.L19 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  ++$s;
  if (qdisc_run_begin(q)) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$qdisc_run.L23) : $tb.op($e.now, A$qdisc_run.L23));
    if (!(q.flags & TCQ_F_NOLOCK) || !q.deactivated) {
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$qdisc_run.L25) : $tb.op($e.now, A$qdisc_run.L25));
      __qdisc_run$fast(q);
    }
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$qdisc_run.L26) : $tb.op($e.now, A$qdisc_run.L26));
    qdisc_run_end(q);
  }
  } ($e.steps += $s, $tb !== null && ($o = (A$qdisc_run.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
}
export function pfifo_fast_enqueue$fast(skb: SkBuff, qdisc: Qdisc, to_free: SkBuff[]): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0; let $x = -1;
  const $f = ($tb !== null && ($o = (A$pfifo_fast_enqueue.L190 | 273678336), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  $s += 5;
  const band = PRIO2BAND[skb.priority & TC_PRIO_MAX];
  
  
  
  const q = qdisc.bands[band];
  
  const pkt_len = skb_len(skb);
  
  
  const err = q.length >= qdisc.limit ? -ENOSPC : 0;
  if (!err) q.push(skb);
  
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$pfifo_fast_enqueue.L199) : $tb.op($e.now, A$pfifo_fast_enqueue.L199));
  if (err) {
    $s += 2; if ($tb !== null) ($o = (A$pfifo_fast_enqueue.L201 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
    
    return ($r = (qdisc_drop_cpu(skb, qdisc, to_free)), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$pfifo_fast_enqueue.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
  $s += 2; $x = A$pfifo_fast_enqueue.L208 | 2097152;
  qdisc.qstats.qlen++;
  qdisc.qstats.backlog += pkt_len;
  
  return ($r = (NET_XMIT_SUCCESS), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$pfifo_fast_enqueue.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
export function pfifo_fast_dequeue$fast(qdisc: Qdisc): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0; let $x = -1;
  let skb: SkBuff | null = null;
  const $f = ($tb !== null && ($o = (A$pfifo_fast_dequeue.L221 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  ++$s;
  for (let band = 0; ; band++) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$pfifo_fast_dequeue.L224) : $tb.op($e.now, A$pfifo_fast_dequeue.L224));
    if (!(band < PFIFO_FAST_BANDS && !skb)) break;
    
    $s += 2; if ($tb !== null) ($o = (A$pfifo_fast_dequeue.L225 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
    const q = qdisc.bands[band];
    
    if (!q.length) {
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$pfifo_fast_dequeue.L228) : $tb.op($e.now, A$pfifo_fast_dequeue.L228));
      continue;
    }
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$pfifo_fast_dequeue.L230) : $tb.op($e.now, A$pfifo_fast_dequeue.L230));
    skb = q.shift()!;
    
  }
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$pfifo_fast_dequeue.L232) : $tb.op($e.now, A$pfifo_fast_dequeue.L232));
  if (skb) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$pfifo_fast_dequeue.L234) : $tb.op($e.now, A$pfifo_fast_dequeue.L234));
    const len = skb_len(skb);
    qdisc.qstats.qlen--;
    qdisc.qstats.backlog -= len;
    qdisc.bstats.bytes += len;
    qdisc.bstats.packets++;
  } else {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$pfifo_fast_dequeue.L237) : $tb.op($e.now, A$pfifo_fast_dequeue.L237));
    qdisc.empty = true;
  }
  ++$s; $x = A$pfifo_fast_dequeue.L240 | 1048576;
  return ($r = (skb), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$pfifo_fast_dequeue.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
$kreg(dev_requeue_skb, dev_requeue_skb$fast, 'dev_requeue_skb', () => [__netif_schedule]);
$kreg(dequeue_skb, dequeue_skb$fast, 'dequeue_skb', () => [pfifo_fast_dequeue]);
$kreg(sch_direct_xmit, sch_direct_xmit$fast, 'sch_direct_xmit', () => [dev_hard_start_xmit, dev_requeue_skb, validate_xmit_skb]);
$kreg(qdisc_restart, qdisc_restart$fast, 'qdisc_restart', () => [dequeue_skb, sch_direct_xmit]);
$kreg(__qdisc_run, __qdisc_run$fast, '__qdisc_run', () => [__netif_schedule, qdisc_restart]);
$kreg(qdisc_run, qdisc_run$fast, 'qdisc_run', () => [__qdisc_run]);
$kreg(pfifo_fast_enqueue, pfifo_fast_enqueue$fast, 'pfifo_fast_enqueue', () => []);
$kreg(pfifo_fast_dequeue, pfifo_fast_dequeue$fast, 'pfifo_fast_dequeue', () => []);

// ---- kernel names ----
(pfifo_fast_enqueue as any).kname = 'pfifo_fast_enqueue';
(pfifo_fast_dequeue as any).kname = 'pfifo_fast_dequeue';
