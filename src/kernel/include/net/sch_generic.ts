// struct Qdisc and struct netdev_queue (include/net/sch_generic.h, include/linux/netdevice.h): the
// queueing discipline a device's transmit queue has. eth0 gets pfifo_fast (three bands, each a ring
// of tx_queue_len entries: its skb_arrays), lo gets noqueue (no enqueue function: __dev_queue_xmit
// goes straight to the driver). One transmit queue per device, one CPU per host.

import type { Sim } from '../../core/engine';
import type { SkBuff } from '../linux/skbuff';
import type { NetDevice } from '../linux/netdevice';

/** q->flags (include/net/sch_generic.h) */
export const TCQ_F_BUILTIN = 1;
export const TCQ_F_CAN_BYPASS = 4;
export const TCQ_F_ONETXQUEUE = 0x10;
export const TCQ_F_CPUSTATS = 0x20;
export const TCQ_F_NOPARENT = 0x40;
export const TCQ_F_NOLOCK = 0x100;
/** The flags by name, as the views list them. */
export const TCQ_F_NAMES: ReadonlyArray<readonly [number, string]> = [
  [TCQ_F_BUILTIN, 'TCQ_F_BUILTIN'], [TCQ_F_CAN_BYPASS, 'TCQ_F_CAN_BYPASS'], [TCQ_F_ONETXQUEUE, 'TCQ_F_ONETXQUEUE'],
  [TCQ_F_CPUSTATS, 'TCQ_F_CPUSTATS'], [TCQ_F_NOPARENT, 'TCQ_F_NOPARENT'], [TCQ_F_NOLOCK, 'TCQ_F_NOLOCK'],
];

/** NET_XMIT_* (include/linux/netdevice.h) and NETDEV_TX_BUSY. */
export const NET_XMIT_DROP = 0x01;
export const NET_XMIT_CN = 0x02;
export const NET_XMIT_MASK = 0x0f;
export const NETDEV_TX_BUSY = 0x10;

/** txq->state: __QUEUE_STATE_DRV_XOFF (netif_stop_queue), _STACK_XOFF, _FROZEN. */
export const QUEUE_STATE_DRV_XOFF = 1 << 0;
export const QUEUE_STATE_STACK_XOFF = 1 << 1;
export const QUEUE_STATE_FROZEN = 1 << 2;
export const QUEUE_STATE_ANY_XOFF_OR_FROZEN = QUEUE_STATE_DRV_XOFF | QUEUE_STATE_STACK_XOFF | QUEUE_STATE_FROZEN;

/** dev_tx_weight (net/core/dev.c): __qdisc_run's quota of frames per run. */
export const DEV_TX_WEIGHT = 64;
/** DEFAULT_TX_QUEUE_LEN (include/uapi/linux/if_ether.h via ether_setup): an Ethernet device's tx_queue_len. */
export const DEFAULT_TX_QUEUE_LEN = 1000;
/** TC_PRIO_MAX, and pfifo_fast's prio2band (net/sched/sch_generic.c): skb->priority → band. */
export const TC_PRIO_MAX = 15;
export const PFIFO_FAST_BANDS = 3;
export const PRIO2BAND: readonly number[] = [1, 2, 2, 2, 1, 2, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1];

/** struct Qdisc_ops: the discipline's functions (the kernel copies enqueue and dequeue into the Qdisc). */
export interface QdiscOps {
  readonly id: string;
  readonly enqueue: ((skb: SkBuff, q: Qdisc, to_free: SkBuff[]) => Sim<number>) | null;
  readonly dequeue: ((q: Qdisc) => Sim<SkBuff | null>) | null;
  readonly static_flags: number;
}

/** struct netdev_queue: a device's transmit queue (one per device here). */
export interface NetdevQueue {
  readonly structName: 'netdev_queue';
  readonly dev: NetDevice;
  /** txq->qdisc: the root qdisc (dev_activate put it there). */
  qdisc: Qdisc;
  /** QUEUE_STATE_* bits: a driver's netif_stop_queue sets DRV_XOFF. */
  state: number;
}

export interface Qdisc {
  readonly structName: 'Qdisc';
  readonly ops: QdiscOps;
  /** q->enqueue: NULL for noqueue, which __dev_queue_xmit reads as "no queue". */
  readonly enqueue: QdiscOps['enqueue'];
  readonly dequeue: QdiscOps['dequeue'];
  flags: number;
  /** q->empty (TCQ_F_NOLOCK qdiscs): set by a dequeue that found nothing, cleared by qdisc_run_begin. */
  empty: boolean;
  /** q->seqlock held: some CPU is inside qdisc_run_begin … qdisc_run_end. */
  running: boolean;
  /** q->state's __QDISC_STATE_DEACTIVATED (dev_deactivate; never set here). */
  deactivated: boolean;
  /** q->state's __QDISC_STATE_SCHED: on the CPU's output_queue, waiting for net_tx_action. */
  sched: boolean;
  readonly dev_queue: NetdevQueue;
  /** pfifo_fast's private part: its three skb_arrays (rings of `limit` entries each), band 0 first. */
  readonly bands: SkBuff[][];
  /** Each band's ring size: the device's tx_queue_len (pfifo_fast_change_tx_queue_len follows a change). */
  limit: number;
  /** q->gso_skb: frames put back (dev_requeue_skb) to be sent before the bands. */
  readonly gso_skb: SkBuff[];
  /** q->qstats (summed over the per-CPU copies pfifo_fast keeps: one CPU here). */
  readonly qstats: { qlen: number; backlog: number; drops: number; requeues: number };
  /** q->bstats: what the qdisc sent (a bypassed frame counts too). */
  readonly bstats: { bytes: number; packets: number };
}

/** netif_xmit_frozen_or_stopped (include/linux/netdevice.h): the driver stopped the queue, or it is frozen. */
export function netif_xmit_frozen_or_stopped(txq: NetdevQueue): boolean {
  return (txq.state & QUEUE_STATE_ANY_XOFF_OR_FROZEN) !== 0;
}

/** dev_xmit_complete (include/linux/netdevice.h): the driver took the frame (or dropped it), not NETDEV_TX_BUSY. */
export function dev_xmit_complete(rc: number): boolean {
  return rc < NET_XMIT_MASK;
}

/**
 * qdisc_run_begin (include/net/sch_generic.h): a TCQ_F_NOLOCK qdisc's spin_trylock(&q->seqlock), and
 * q->empty cleared; false when another runs it (never here: one CPU per host, and no qdisc run sleeps).
 */
export function qdisc_run_begin(q: Qdisc): boolean {
  if (q.running) return false;
  q.running = true;
  if (q.flags & TCQ_F_NOLOCK) q.empty = false;
  return true;
}

/** qdisc_run_end: the seqlock released. */
export function qdisc_run_end(q: Qdisc): void {
  q.running = false;
}
