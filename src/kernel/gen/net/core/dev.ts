// generated — do not edit. Written by scripts/gen-kernel.ts from src/kernel/net/core/dev.ts
// @ts-nocheck
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

import type { Sim } from '../../../core/engine';
import { at, enter, leave } from '../../../core/engine';
import { defineFn } from '../../../core/anchors';
import type { Net } from '../../../include/net/net_namespace';
import type { SkBuff } from '../../../include/linux/skbuff';
import { skb_len, skb_reset_mac_header, skb_reset_network_header, skb_reset_transport_header, skb_is_gso } from '../../../include/linux/skbuff';
import { skb_gso_segment } from '../ipv4/tcp_offload';
import type { NapiStruct, NetDevice, SoftnetData } from '../../../include/linux/netdevice';
import {
  DEV_RX_WEIGHT, ETH_P_ARP, ETH_P_IP, IFF_UP, NET_TX_SOFTIRQ, IFF_XMIT_DST_RELEASE, NAPI_STATE_SCHED, NET_RX_DROP, NET_RX_SOFTIRQ,
  NET_RX_SUCCESS, NET_XMIT_SUCCESS, NETDEV_BUDGET, NETDEV_MAX_BACKLOG, NETDEV_TX_OK, IFF_LOOPBACK,
} from '../../../include/linux/netdevice';
import { ip_rcv } from '../ipv4/ip_input';
import { arp_rcv, arp_init } from '../ipv4/arp';
import { simnic_interrupt, netdevs_init } from '../../drivers/net/simnic';
import { ip_rt_init } from '../ipv4/route';
import { TimerBatch } from '../../../core/timer';
import type { TimerList } from '../../../core/timer';
import type { NetdevQueue, Qdisc } from '../../../include/net/sch_generic';
import { NET_XMIT_MASK, QUEUE_STATE_DRV_XOFF, TCQ_F_CAN_BYPASS, NETDEV_TX_BUSY, dev_xmit_complete, qdisc_run_begin, qdisc_run_end } from '../../../include/net/sch_generic';
import { __qdisc_run, dev_activate, qdisc_run, sch_direct_xmit } from '../sched/sch_generic';

/** What a host's softirq context runs (the world's softirqHandler): see the header. */
export function* run_softirq_work(host: { readonly work: unknown[]; readonly net: Net }): Sim<void> { let $t: any;
  const work = host.work;
  while (work.length) {
    const w = work.shift()!;
    if (w instanceof TimerBatch) {
      // run_timer_softirq: the expired timers of a tick, in the wheel's order (core/timer.ts)
      let t: TimerList | null;
      while ((t = w.next()) !== null) (($t = t.fn).fast !== undefined && ($E.fast || $E.twinOk[$t.k] === 1) ? $t.fast(t.arg) : yield* t.fn(t.arg));
    } else if (w === NET_RX_SOFTIRQ) {
      host.net.softnet.rx_pending = false;
      ($E.fast || $E.twinOk[net_rx_action.k] === 1 ? net_rx_action$fast(host.net.softnet) : yield* net_rx_action(host.net.softnet));
    } else if (w === NET_TX_SOFTIRQ) {
      host.net.softnet.tx_pending = false;
      ($E.fast || $E.twinOk[net_tx_action.k] === 1 ? net_tx_action$fast(host.net.softnet) : yield* net_tx_action(host.net.softnet));
    } else if ((w as NetDevice).structName === 'net_device') {
      // a device's interrupt line, for a received frame: its handler (the simulated NIC's)
      ($E.fast || $E.twinOk[simnic_interrupt.k] === 1 ? simnic_interrupt$fast(w as NetDevice) : yield* simnic_interrupt(w as NetDevice));
    } else {
      // the NIC's interrupt for a sent frame (simnic_tx_interrupt)
      const irq = w as { fn: (arg: unknown) => Sim<void>; arg: unknown };
      (($t = irq.fn).fast !== undefined && ($E.fast || $E.twinOk[$t.k] === 1) ? $t.fast(irq.arg) : yield* irq.fn(irq.arg));
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
const A$__netif_reschedule = defineFn('net/core/dev.c', '__netif_reschedule', [26, 27, 28, 29, 30, 32, 33]);

// ---- down --------------------------------------------------------------------------------------

export function* __netif_reschedule(q: Qdisc): Sim<void> {
  const net = q.dev_queue.dev.net;
  const sd = net.softnet;
  const $f = enter(A$__netif_reschedule, { q, sd });
  try {
  if (at(A$__netif_reschedule.L26)) yield;
  if (at(A$__netif_reschedule.L27)) yield;
  if (at(A$__netif_reschedule.L28)) yield;
  if (at(A$__netif_reschedule.L29)) yield;
  sd.output_queue.push(q);
  if (at(A$__netif_reschedule.L30)) yield;
  if (at(A$__netif_reschedule.L32)) yield;
  if (!sd.tx_pending) {
    sd.tx_pending = true;
    net.host.raiseNetTx();
  }
  if (at(A$__netif_reschedule.L33)) yield;
  } finally {
    leave($f);
  }
}
const A$__netif_schedule = defineFn('net/core/dev.c', '__netif_schedule', [44, 45]);

export function* __netif_schedule(q: Qdisc): Sim<void> {
  const $f = enter(A$__netif_schedule, { q });
  try {
  if (at(A$__netif_schedule.L44)) yield;
  if (!q.sched) {
    q.sched = true;
    if (at(A$__netif_schedule.L45)) yield;
    ($E.fast || $E.twinOk[__netif_reschedule.k] === 1 ? __netif_reschedule$fast(q) : yield* __netif_reschedule(q));
  }
  } finally {
    leave($f);
  }
}
const A$netif_tx_wake_queue = defineFn('net/core/dev.c', 'netif_tx_wake_queue', [57, 60, 61, 62, 63]);

export function* netif_tx_wake_queue(dev_queue: NetdevQueue): Sim<void> {
  const $f = enter(A$netif_tx_wake_queue, { dev_queue });
  try {
  if (at(A$netif_tx_wake_queue.L57)) yield;
  if (dev_queue.state & QUEUE_STATE_DRV_XOFF) {
    dev_queue.state &= ~QUEUE_STATE_DRV_XOFF;
    if (at(A$netif_tx_wake_queue.L60)) yield;
    if (at(A$netif_tx_wake_queue.L61)) yield;
    const q = dev_queue.qdisc;
    $f.vars.q = q;
    if (at(A$netif_tx_wake_queue.L62)) yield;
    ($E.fast || $E.twinOk[__netif_schedule.k] === 1 ? __netif_schedule$fast(q) : yield* __netif_schedule(q));
    if (at(A$netif_tx_wake_queue.L63)) yield;
  }
  } finally {
    leave($f);
  }
}
const A$net_tx_action = defineFn('net/core/dev.c', 'net_tx_action', [430, 434, 437, 438, 439, 440, 441, 443, 447, 449, 453, 454, 456, 457, 462]);

export function* net_tx_action(sd: SoftnetData): Sim<void> {
  const $f = enter(A$net_tx_action, { sd });
  try {
  if (at(A$net_tx_action.L430)) yield;
  if (at(A$net_tx_action.L434)) yield;
  if (sd.output_queue.length) {
    if (at(A$net_tx_action.L437)) yield;
    if (at(A$net_tx_action.L438)) yield;
    const head = sd.output_queue.splice(0);
    if (at(A$net_tx_action.L439)) yield;
    if (at(A$net_tx_action.L440)) yield;
    if (at(A$net_tx_action.L441)) yield;
    for (;;) {
      if (at(A$net_tx_action.L443)) yield;
      const q = head.shift();
      if (!q) break;
      $f.vars.q = q;
      if (at(A$net_tx_action.L447)) yield;
      if (at(A$net_tx_action.L449)) yield;
      if (at(A$net_tx_action.L453)) yield;
      if (at(A$net_tx_action.L454)) yield;
      q.sched = false;
      if (at(A$net_tx_action.L456)) yield;
      ($E.fast || $E.twinOk[qdisc_run.k] === 1 ? qdisc_run$fast(q) : yield* qdisc_run(q));
      if (at(A$net_tx_action.L457)) yield;
    }
  }
  if (at(A$net_tx_action.L462)) yield;
  } finally {
    leave($f);
  }
}
const A$xmit_one = defineFn('net/core/dev.c', 'xmit_one', [78, 81, 82, 85, 86, 88]);

export function* xmit_one(skb: SkBuff, dev: NetDevice, more: boolean): Sim<number> { let $t: any;
  const $f = enter(A$xmit_one, { skb, dev, more });
  try {
  if (at(A$xmit_one.L78)) yield;
  if (at(A$xmit_one.L81)) yield;
  const len = skb_len(skb);
  $f.vars.len = len;
  if (at(A$xmit_one.L82)) yield;
  if (at(A$xmit_one.L85)) yield;
  const rc = (($t = dev.netdev_ops.ndo_start_xmit).fast !== undefined && ($E.fast || $E.twinOk[$t.k] === 1) ? $t.fast(skb, dev) : yield* dev.netdev_ops.ndo_start_xmit(skb, dev));
  $f.vars.rc = rc;
  if (at(A$xmit_one.L86)) yield;
  if (at(A$xmit_one.L88)) yield;
  return rc;
  } finally {
    leave($f);
  }
}

/** What dev_hard_start_xmit returns besides *ret: the frames of the list it did not send (NULL: all went). */
export interface XmitRest {
  skb: SkBuff | null;
}
const A$dev_hard_start_xmit = defineFn('net/core/dev.c', 'dev_hard_start_xmit', [101, 103, 104, 106, 107, 108, 109, 110, 113, 115, 116, 117, 122, 123]);

/**
 * dev_hard_start_xmit(): each frame of the list (the segments of a GSO packet, or one frame) to
 * xmit_one; the driver having stopped its queue with frames left, those are returned (rest.skb) for
 * the qdisc to requeue.
 */
export function* dev_hard_start_xmit(first: SkBuff, dev: NetDevice, rest: XmitRest | null): Sim<number> {
  let skb: SkBuff | null = first;
  const $f = enter(A$dev_hard_start_xmit, { first, dev, skb });
  try {
  if (at(A$dev_hard_start_xmit.L101)) yield;
  let rc = NETDEV_TX_OK;
  for (;;) {
    if (at(A$dev_hard_start_xmit.L103)) yield;
    if (!skb) break;
    if (at(A$dev_hard_start_xmit.L104)) yield;
    const next: SkBuff | null = skb.next;
    if (at(A$dev_hard_start_xmit.L106)) yield;
    skb.next = null;
    if (at(A$dev_hard_start_xmit.L107)) yield;
    rc = ($E.fast || $E.twinOk[xmit_one.k] === 1 ? xmit_one$fast(skb, dev, next !== null) : yield* xmit_one(skb, dev, next !== null));
    $f.vars.rc = rc;
    if (at(A$dev_hard_start_xmit.L108)) yield;
    if (!dev_xmit_complete(rc)) {
      if (at(A$dev_hard_start_xmit.L109)) yield;
      skb.next = next;
      if (at(A$dev_hard_start_xmit.L110)) yield;
      break;
    }
    if (at(A$dev_hard_start_xmit.L113)) yield;
    skb = next;
    $f.vars.skb = skb;
    if (at(A$dev_hard_start_xmit.L115)) yield;
    if (dev.txq.state & QUEUE_STATE_DRV_XOFF && skb) {
      if (at(A$dev_hard_start_xmit.L116)) yield;
      rc = NETDEV_TX_BUSY;
      if (at(A$dev_hard_start_xmit.L117)) yield;
      break;
    }
  }
  if (at(A$dev_hard_start_xmit.L122)) yield;
  if (rest !== null) rest.skb = skb;
  if (at(A$dev_hard_start_xmit.L123)) yield;
  return rc;
  } finally {
    leave($f);
  }
}

/**
 * netif_needs_gso(): a GSO packet the device cannot cut itself — lo can (its features include
 * NETIF_F_GSO_SOFTWARE: the packet loops whole), our NIC cannot (no offloads, like a TAP device
 * without TUNSETOFFLOAD): validate_xmit_skb cuts it.
 */
function netif_needs_gso(skb: SkBuff, dev: NetDevice): boolean {
  return skb_is_gso(skb) && !(dev.flags & IFF_LOOPBACK);
}
const A$validate_xmit_skb = defineFn('net/core/dev.c', 'validate_xmit_skb', [136, 140, 144, 147, 148, 149, 155, 157]);

/** validate_xmit_skb(): last checks before the driver — a GSO packet the device cannot take is cut into its segments (a list). */
export function* validate_xmit_skb(skb: SkBuff, dev: NetDevice): Sim<SkBuff> {
  const $f = enter(A$validate_xmit_skb, { skb, dev });
  try {
  if (at(A$validate_xmit_skb.L136)) yield;
  if (at(A$validate_xmit_skb.L140)) yield;
  if (netif_needs_gso(skb, dev)) {
    if (at(A$validate_xmit_skb.L144)) yield;
    const segs = ($E.fast || $E.twinOk[skb_gso_segment.k] === 1 ? skb_gso_segment$fast(skb) : yield* skb_gso_segment(skb));
    $f.vars.segs = segs;
    if (at(A$validate_xmit_skb.L147)) yield;
    if (at(A$validate_xmit_skb.L148)) yield;
    if (at(A$validate_xmit_skb.L149)) yield;
    skb = segs;
    $f.vars.skb = skb;
  }
  if (at(A$validate_xmit_skb.L155)) yield;
  if (at(A$validate_xmit_skb.L157)) yield;
  return skb;
  } finally {
    leave($f);
  }
}
const A$__dev_xmit_skb = defineFn('net/core/dev.c', '__dev_xmit_skb', [182, 185, 189, 191, 198, 200, 201, 202, 205, 209, 210, 214, 215, 216]);

export function* __dev_xmit_skb(skb: SkBuff, q: Qdisc, dev: NetDevice, txq: NetdevQueue): Sim<number> { let $t: any;
  const to_free: SkBuff[] = [];
  const $f = enter(A$__dev_xmit_skb, { skb, q, dev, txq });
  try {
  let rc: number;
  if (at(A$__dev_xmit_skb.L182)) yield;
  // (every qdisc here with an enqueue is pfifo_fast, TCQ_F_NOLOCK: the locked branch is not written)
  if (at(A$__dev_xmit_skb.L185)) yield;
  if (at(A$__dev_xmit_skb.L189)) yield;
  if (q.flags & TCQ_F_CAN_BYPASS && q.empty && qdisc_run_begin(q)) {
    if (at(A$__dev_xmit_skb.L191)) yield;
    if (at(A$__dev_xmit_skb.L198)) yield;
    q.bstats.bytes += skb_len(skb);
    q.bstats.packets++;
    if (at(A$__dev_xmit_skb.L200)) yield;
    rc = NET_XMIT_SUCCESS;
    if (at(A$__dev_xmit_skb.L201)) yield;
    if (($E.fast || $E.twinOk[sch_direct_xmit.k] === 1 ? sch_direct_xmit$fast(skb, q, dev, txq, null, true) : yield* sch_direct_xmit(skb, q, dev, txq, null, true))) {
      if (at(A$__dev_xmit_skb.L202)) yield;
      ($E.fast || $E.twinOk[__qdisc_run.k] === 1 ? __qdisc_run$fast(q) : yield* __qdisc_run(q));
    }
    if (at(A$__dev_xmit_skb.L205)) yield;
    qdisc_run_end(q);
  } else {
    if (at(A$__dev_xmit_skb.L209)) yield;
    rc = ((($t = q.enqueue!).fast !== undefined && ($E.fast || $E.twinOk[$t.k] === 1) ? $t.fast(skb, q, to_free) : yield* q.enqueue!(skb, q, to_free))) & NET_XMIT_MASK;
    $f.vars.rc = rc;
    if (at(A$__dev_xmit_skb.L210)) yield;
    ($E.fast || $E.twinOk[qdisc_run.k] === 1 ? qdisc_run$fast(q) : yield* qdisc_run(q));
  }
  if (at(A$__dev_xmit_skb.L214)) yield;
  if (to_free.length) {
    if (at(A$__dev_xmit_skb.L215)) yield;
  }
  if (at(A$__dev_xmit_skb.L216)) yield;
  return rc;
  } finally {
    leave($f);
  }
}
const A$__dev_queue_xmit = defineFn('net/core/dev.c', '__dev_queue_xmit', [233, 237, 242, 247, 248, 250, 252, 253, 255, 257, 258, 259, 262, 265, 266, 269, 270, 273, 275, 276, 277, 278, 279, 280, 281, 290, 291, 293, 294, 295, 297, 298]);

export function* __dev_queue_xmit(skb: SkBuff, sb_dev: NetDevice | null): Sim<number> {
  const dev = skb.dev!;
  const $f = enter(A$__dev_queue_xmit, { skb, sb_dev, dev });
  try {
  if (at(A$__dev_queue_xmit.L233)) yield;
  let rc = -12;
  if (at(A$__dev_queue_xmit.L237)) yield;
  skb_reset_mac_header(skb);
  if (at(A$__dev_queue_xmit.L242)) yield;
  if (at(A$__dev_queue_xmit.L247)) yield;
  if (dev.priv_flags & IFF_XMIT_DST_RELEASE) {
    if (at(A$__dev_queue_xmit.L248)) yield;
    skb._skb_refdst = null;
  } else {
    if (at(A$__dev_queue_xmit.L250)) yield;
  }
  if (at(A$__dev_queue_xmit.L252)) yield;
  const txq = dev.txq;
  if (at(A$__dev_queue_xmit.L253)) yield;
  const q = txq.qdisc;
  if (at(A$__dev_queue_xmit.L255)) yield;
  if (at(A$__dev_queue_xmit.L257)) yield;
  if (q.enqueue) {
    if (at(A$__dev_queue_xmit.L258)) yield;
    rc = ($E.fast || $E.twinOk[__dev_xmit_skb.k] === 1 ? __dev_xmit_skb$fast(skb, q, dev, txq) : yield* __dev_xmit_skb(skb, q, dev, txq));
    $f.vars.rc = rc;
    if (at(A$__dev_queue_xmit.L259)) yield;
    if (at(A$__dev_queue_xmit.L297)) yield;
    if (at(A$__dev_queue_xmit.L298)) yield;
    return rc;
  }
  // noqueue (lo): straight to the driver
  if (at(A$__dev_queue_xmit.L262)) yield;
  if (dev.flags & IFF_UP) {
    if (at(A$__dev_queue_xmit.L265)) yield;
    if (at(A$__dev_queue_xmit.L266)) yield;
    if (at(A$__dev_queue_xmit.L269)) yield;
    skb = ($E.fast || $E.twinOk[validate_xmit_skb.k] === 1 ? validate_xmit_skb$fast(skb, dev) : yield* validate_xmit_skb(skb, dev));
    if (at(A$__dev_queue_xmit.L270)) yield;
    if (at(A$__dev_queue_xmit.L273)) yield;
    if (at(A$__dev_queue_xmit.L275)) yield;
    if (at(A$__dev_queue_xmit.L276)) yield;
    if (at(A$__dev_queue_xmit.L277)) yield;
    rc = ($E.fast || $E.twinOk[dev_hard_start_xmit.k] === 1 ? dev_hard_start_xmit$fast(skb, dev, null) : yield* dev_hard_start_xmit(skb, dev, null));
    $f.vars.rc = rc;
    if (at(A$__dev_queue_xmit.L278)) yield;
    if (at(A$__dev_queue_xmit.L279)) yield;
    if (at(A$__dev_queue_xmit.L280)) yield;
    if (at(A$__dev_queue_xmit.L281)) yield;
    if (at(A$__dev_queue_xmit.L297)) yield;
    if (at(A$__dev_queue_xmit.L298)) yield;
    return rc;
  }
  if (at(A$__dev_queue_xmit.L290)) yield;
  rc = -100;
  if (at(A$__dev_queue_xmit.L291)) yield;
  if (at(A$__dev_queue_xmit.L293)) yield;
  dev.stats.tx_dropped++;
  if (at(A$__dev_queue_xmit.L294)) yield;
  if (at(A$__dev_queue_xmit.L295)) yield;
  return rc;
  } finally {
    leave($f);
  }
}
const A$dev_queue_xmit = defineFn('net/core/dev.c', 'dev_queue_xmit', [308]);

export function* dev_queue_xmit(skb: SkBuff): Sim<number> {
  const $f = enter(A$dev_queue_xmit, { skb });
  try {
  if (at(A$dev_queue_xmit.L308)) yield;
  return ($E.fast || $E.twinOk[__dev_queue_xmit.k] === 1 ? __dev_queue_xmit$fast(skb, null) : yield* __dev_queue_xmit(skb, null));
  } finally {
    leave($f);
  }
}
const A$____napi_schedule = defineFn('net/core/dev.c', '____napi_schedule', [320, 323]);

// ---- up: scheduling --------------------------------------------------------------------------

export function* ____napi_schedule(sd: SoftnetData, napi: NapiStruct, net: Net): Sim<void> {
  const $f = enter(A$____napi_schedule, { sd, napi });
  try {
  if (at(A$____napi_schedule.L320)) yield;
  sd.poll_list.push(napi);
  napi.onList = true;
  if (at(A$____napi_schedule.L323)) yield;
  raise_net_rx(net);
  } finally {
    leave($f);
  }
}
const A$__napi_schedule = defineFn('net/core/dev.c', '__napi_schedule', [660, 661, 662]);

export function* __napi_schedule(n: NapiStruct): Sim<void> {
  const net = n.dev!.net;
  const $f = enter(A$__napi_schedule, { n });
  try {
  if (at(A$__napi_schedule.L660)) yield;
  if (at(A$__napi_schedule.L661)) yield;
  ($E.fast || $E.twinOk[____napi_schedule.k] === 1 ? ____napi_schedule$fast(net.softnet, n, net) : yield* ____napi_schedule(net.softnet, n, net));
  if (at(A$__napi_schedule.L662)) yield;
  } finally {
    leave($f);
  }
}
const A$napi_schedule = defineFn('include/linux/netdevice.h', 'napi_schedule', [18, 19]);

/** include/linux/netdevice.h: a driver's interrupt handler asks for its poll. */
export function* napi_schedule(n: NapiStruct): Sim<void> {
  const $f = enter(A$napi_schedule, { n });
  try {
  if (at(A$napi_schedule.L18)) yield;
  // napi_schedule_prep: NAPI_STATE_SCHED set now, unless it was set already
  if (n.state & NAPI_STATE_SCHED) return;
  n.state |= NAPI_STATE_SCHED;
  if (at(A$napi_schedule.L19)) yield;
  ($E.fast || $E.twinOk[__napi_schedule.k] === 1 ? __napi_schedule$fast(n) : yield* __napi_schedule(n));
  } finally {
    leave($f);
  }
}
const A$enqueue_to_backlog = defineFn('net/core/dev.c', 'enqueue_to_backlog', [339, 341, 343, 344, 346, 348, 349, 351, 352, 353, 354, 355, 361, 362, 363, 365, 369, 374, 375, 376]);

export function* enqueue_to_backlog(skb: SkBuff, net: Net): Sim<number> {
  const sd = net.softnet;
  const $f = enter(A$enqueue_to_backlog, { skb, sd });
  try {
  if (at(A$enqueue_to_backlog.L339)) yield;
  if (at(A$enqueue_to_backlog.L341)) yield;
  if (at(A$enqueue_to_backlog.L343)) yield;
  if (at(A$enqueue_to_backlog.L344)) yield;
  if (at(A$enqueue_to_backlog.L346)) yield;
  const qlen = sd.input_pkt_queue.length;
  $f.vars.qlen = qlen;
  if (at(A$enqueue_to_backlog.L348)) yield;
  if (qlen <= NETDEV_MAX_BACKLOG) {
    if (at(A$enqueue_to_backlog.L349)) yield;
    if (!qlen) {
      if (at(A$enqueue_to_backlog.L361)) yield;
      if (!(sd.backlog.state & NAPI_STATE_SCHED)) {
        sd.backlog.state |= NAPI_STATE_SCHED;
        if (at(A$enqueue_to_backlog.L362)) yield;
        if (at(A$enqueue_to_backlog.L363)) yield;
        ($E.fast || $E.twinOk[____napi_schedule.k] === 1 ? ____napi_schedule$fast(sd, sd.backlog, net) : yield* ____napi_schedule(sd, sd.backlog, net));
      }
      if (at(A$enqueue_to_backlog.L365)) yield;
    }
    if (at(A$enqueue_to_backlog.L351)) yield;
    sd.input_pkt_queue.push(skb);
    if (at(A$enqueue_to_backlog.L352)) yield;
    if (at(A$enqueue_to_backlog.L353)) yield;
    if (at(A$enqueue_to_backlog.L354)) yield;
    if (at(A$enqueue_to_backlog.L355)) yield;
    return NET_RX_SUCCESS;
  }
  if (at(A$enqueue_to_backlog.L369)) yield;
  sd.dropped++;
  if (at(A$enqueue_to_backlog.L374)) yield;
  skb.dev!.stats.rx_dropped++;
  if (at(A$enqueue_to_backlog.L375)) yield;
  if (at(A$enqueue_to_backlog.L376)) yield;
  return NET_RX_DROP;
  } finally {
    leave($f);
  }
}
const A$netif_rx_internal = defineFn('net/core/dev.c', 'netif_rx_internal', [388, 390, 395, 396, 398]);

export function* netif_rx_internal(skb: SkBuff): Sim<number> {
  const $f = enter(A$netif_rx_internal, { skb });
  try {
  if (at(A$netif_rx_internal.L388)) yield;
  if (at(A$netif_rx_internal.L390)) yield;
  if (at(A$netif_rx_internal.L395)) yield;
  const ret = ($E.fast || $E.twinOk[enqueue_to_backlog.k] === 1 ? enqueue_to_backlog$fast(skb, skb.dev!.net) : yield* enqueue_to_backlog(skb, skb.dev!.net));
  $f.vars.ret = ret;
  if (at(A$netif_rx_internal.L396)) yield;
  if (at(A$netif_rx_internal.L398)) yield;
  return ret;
  } finally {
    leave($f);
  }
}
const A$netif_rx = defineFn('net/core/dev.c', 'netif_rx', [410, 412, 413, 415]);

export function* netif_rx(skb: SkBuff): Sim<number> {
  const $f = enter(A$netif_rx, { skb });
  try {
  if (at(A$netif_rx.L410)) yield;
  if (at(A$netif_rx.L412)) yield;
  const ret = ($E.fast || $E.twinOk[netif_rx_internal.k] === 1 ? netif_rx_internal$fast(skb) : yield* netif_rx_internal(skb));
  $f.vars.ret = ret;
  if (at(A$netif_rx.L413)) yield;
  if (at(A$netif_rx.L415)) yield;
  return ret;
  } finally {
    leave($f);
  }
}
const A$__netif_receive_skb_core = defineFn('net/core/dev.c', '__netif_receive_skb_core', [481, 483, 485, 488, 489, 490, 491, 493, 496, 498, 500, 506, 507, 511, 514, 516, 521, 522, 524, 530]);

// ---- up: to the protocol ---------------------------------------------------------------------

export function* __netif_receive_skb_core(skb: SkBuff, pfmemalloc: boolean): Sim<PacketType | null> {
  const $f = enter(A$__netif_receive_skb_core, { skb, pfmemalloc });
  try {
  if (at(A$__netif_receive_skb_core.L481)) yield;
  if (at(A$__netif_receive_skb_core.L483)) yield;
  if (at(A$__netif_receive_skb_core.L485)) yield;
  const orig_dev = skb.dev!;
  $f.vars.orig_dev = orig_dev;
  if (at(A$__netif_receive_skb_core.L488)) yield;
  skb_reset_network_header(skb);
  if (at(A$__netif_receive_skb_core.L489)) yield;
  if (skb.transport_header === 0xffff) {
    if (at(A$__netif_receive_skb_core.L490)) yield;
    skb_reset_transport_header(skb);
  }
  if (at(A$__netif_receive_skb_core.L491)) yield;
  if (at(A$__netif_receive_skb_core.L493)) yield;
  if (at(A$__netif_receive_skb_core.L496)) yield;
  skb.skb_iif = orig_dev.ifindex;
  if (at(A$__netif_receive_skb_core.L498)) yield;
  orig_dev.net.softnet.processed++;
  // ptype_all: the taps (a packet capture's AF_PACKET socket); none is open in the simulator
  if (at(A$__netif_receive_skb_core.L500)) yield;
  if (at(A$__netif_receive_skb_core.L506)) yield;
  if (at(A$__netif_receive_skb_core.L507)) yield;
  if (at(A$__netif_receive_skb_core.L511)) yield;
  const type = skb.protocol;
  $f.vars.type = type;
  if (at(A$__netif_receive_skb_core.L514)) yield;
  if (at(A$__netif_receive_skb_core.L516)) yield;
  const pt_prev = type === ETH_P_IP ? ip_packet_type : type === ETH_P_ARP ? arp_packet_type : null;
  $f.vars.pt_prev = pt_prev;
  if (at(A$__netif_receive_skb_core.L521)) yield;
  if (pt_prev) {
    if (at(A$__netif_receive_skb_core.L522)) yield;
    if (at(A$__netif_receive_skb_core.L524)) yield;
  }
  if (at(A$__netif_receive_skb_core.L530)) yield;
  return pt_prev;
  } finally {
    leave($f);
  }
}
const A$__netif_receive_skb_one_core = defineFn('net/core/dev.c', '__netif_receive_skb_one_core', [544, 545, 546, 548]);

export function* __netif_receive_skb_one_core(skb: SkBuff, pfmemalloc: boolean): Sim<number> { let $t: any;
  const orig_dev = skb.dev!;
  const $f = enter(A$__netif_receive_skb_one_core, { skb, pfmemalloc, orig_dev });
  try {
  if (at(A$__netif_receive_skb_one_core.L544)) yield;
  const pt_prev = ($E.fast || $E.twinOk[__netif_receive_skb_core.k] === 1 ? __netif_receive_skb_core$fast(skb, pfmemalloc) : yield* __netif_receive_skb_core(skb, pfmemalloc));
  $f.vars.pt_prev = pt_prev;
  let ret = NET_RX_DROP;
  if (at(A$__netif_receive_skb_one_core.L545)) yield;
  if (pt_prev) {
    if (at(A$__netif_receive_skb_one_core.L546)) yield;
    ret = (($t = pt_prev.func).fast !== undefined && ($E.fast || $E.twinOk[$t.k] === 1) ? $t.fast(skb, skb.dev!) : yield* pt_prev.func(skb, skb.dev!));
  }
  if (at(A$__netif_receive_skb_one_core.L548)) yield;
  return ret;
  } finally {
    leave($f);
  }
}
const A$__netif_receive_skb = defineFn('net/core/dev.c', '__netif_receive_skb', [560, 563, 565]);

export function* __netif_receive_skb(skb: SkBuff): Sim<number> {
  const $f = enter(A$__netif_receive_skb, { skb });
  try {
  if (at(A$__netif_receive_skb.L560)) yield;
  if (at(A$__netif_receive_skb.L563)) yield;
  const ret = ($E.fast || $E.twinOk[__netif_receive_skb_one_core.k] === 1 ? __netif_receive_skb_one_core$fast(skb, false) : yield* __netif_receive_skb_one_core(skb, false));
  $f.vars.ret = ret;
  if (at(A$__netif_receive_skb.L565)) yield;
  return ret;
  } finally {
    leave($f);
  }
}
const A$netif_receive_skb_internal = defineFn('net/core/dev.c', 'netif_receive_skb_internal', [577, 579, 582, 584, 585, 586]);

export function* netif_receive_skb_internal(skb: SkBuff): Sim<number> {
  const $f = enter(A$netif_receive_skb_internal, { skb });
  try {
  if (at(A$netif_receive_skb_internal.L577)) yield;
  if (at(A$netif_receive_skb_internal.L579)) yield;
  if (at(A$netif_receive_skb_internal.L582)) yield;
  if (at(A$netif_receive_skb_internal.L584)) yield;
  const ret = ($E.fast || $E.twinOk[__netif_receive_skb.k] === 1 ? __netif_receive_skb$fast(skb) : yield* __netif_receive_skb(skb));
  $f.vars.ret = ret;
  if (at(A$netif_receive_skb_internal.L585)) yield;
  if (at(A$netif_receive_skb_internal.L586)) yield;
  return ret;
  } finally {
    leave($f);
  }
}
const A$netif_receive_skb = defineFn('net/core/dev.c', 'netif_receive_skb', [598, 600, 601, 603]);

export function* netif_receive_skb(skb: SkBuff): Sim<number> {
  const $f = enter(A$netif_receive_skb, { skb });
  try {
  if (at(A$netif_receive_skb.L598)) yield;
  if (at(A$netif_receive_skb.L600)) yield;
  const ret = ($E.fast || $E.twinOk[netif_receive_skb_internal.k] === 1 ? netif_receive_skb_internal$fast(skb) : yield* netif_receive_skb_internal(skb));
  $f.vars.ret = ret;
  if (at(A$netif_receive_skb.L601)) yield;
  if (at(A$netif_receive_skb.L603)) yield;
  return ret;
  } finally {
    leave($f);
  }
}
const A$process_backlog = defineFn('net/core/dev.c', 'process_backlog', [618, 619, 622, 623, 624, 625, 626, 627, 628, 632, 633, 634, 637, 638, 641, 644, 645, 648]);

// ---- up: the softirq -------------------------------------------------------------------------

export function* process_backlog(napi: NapiStruct, quota: number): Sim<number> {
  const sd = napi.sd;
  const $f = enter(A$process_backlog, { napi, quota, sd });
  try {
  let again = true;
  let work = 0;
  if (at(A$process_backlog.L618)) yield;
  napi.weight = DEV_RX_WEIGHT;
  for (;;) {
    if (at(A$process_backlog.L619)) yield;
    if (!again) break;
    for (;;) {
      if (at(A$process_backlog.L622)) yield;
      const skb = sd!.process_queue.shift();
      if (!skb) break;
      $f.vars.skb = skb;
      if (at(A$process_backlog.L623)) yield;
      if (at(A$process_backlog.L624)) yield;
      ($E.fast || $E.twinOk[__netif_receive_skb.k] === 1 ? __netif_receive_skb$fast(skb) : yield* __netif_receive_skb(skb));
      if (at(A$process_backlog.L625)) yield;
      if (at(A$process_backlog.L626)) yield;
      if (at(A$process_backlog.L627)) yield;
      $f.vars.work = ++work;
      if (work >= quota) {
        if (at(A$process_backlog.L628)) yield;
        return work;
      }
    }
    if (at(A$process_backlog.L632)) yield;
    if (at(A$process_backlog.L633)) yield;
    if (at(A$process_backlog.L634)) yield;
    if (!sd!.input_pkt_queue.length) {
      if (at(A$process_backlog.L637)) yield;
      napi.state = 0;
      if (at(A$process_backlog.L638)) yield;
      again = false;
    } else {
      if (at(A$process_backlog.L641)) yield;
      const q = sd!.input_pkt_queue;
      while (q.length) sd!.process_queue.push(q.shift()!);
    }
    if (at(A$process_backlog.L644)) yield;
    if (at(A$process_backlog.L645)) yield;
  }
  if (at(A$process_backlog.L648)) yield;
  return work;
  } finally {
    leave($f);
  }
}
const A$napi_poll = defineFn('net/core/dev.c', 'napi_poll', [675, 677, 679, 681, 682, 684, 685, 688, 691, 695, 698, 700]);


export function* napi_poll(n: NapiStruct, repoll: NapiStruct[]): Sim<number> { let $t: any;
  const $f = enter(A$napi_poll, { n });
  try {
  if (at(A$napi_poll.L675)) yield;
  n.onList = false;
  if (at(A$napi_poll.L677)) yield;
  if (at(A$napi_poll.L679)) yield;
  const weight = n.weight;
  $f.vars.weight = weight;
  if (at(A$napi_poll.L681)) yield;
  let work = 0;
  if (at(A$napi_poll.L682)) yield;
  if (n.state & NAPI_STATE_SCHED) {
    if (at(A$napi_poll.L684)) yield;
    work = (($t = n.poll).fast !== undefined && ($E.fast || $E.twinOk[$t.k] === 1) ? $t.fast(n, weight) : yield* n.poll(n, weight));
    $f.vars.work = work;
    if (at(A$napi_poll.L685)) yield;
  }
  if (at(A$napi_poll.L688)) yield;
  if (at(A$napi_poll.L691)) yield;
  if (work >= weight) {
    if (at(A$napi_poll.L695)) yield;
    repoll.push(n);
    n.onList = true;
  }
  if (at(A$napi_poll.L698)) yield;
  if (at(A$napi_poll.L700)) yield;
  return work;
  } finally {
    leave($f);
  }
}
const A$net_rx_action = defineFn('net/core/dev.c', 'net_rx_action', [714, 719, 725, 726, 727, 728, 731, 732, 738, 740, 747, 748, 749, 751, 752, 754, 756]);

export function* net_rx_action(sd: SoftnetData): Sim<void> {
  const $f = enter(A$net_rx_action, { sd });
  try {
  if (at(A$net_rx_action.L714)) yield;
  let budget = NETDEV_BUDGET;
  $f.vars.budget = budget;
  if (at(A$net_rx_action.L719)) yield;
  const list = sd.poll_list.splice(0);
  const repoll: NapiStruct[] = [];
  for (;;) {
    if (at(A$net_rx_action.L725)) yield;
    if (!list.length) {
      if (at(A$net_rx_action.L726)) yield;
      if (!repoll.length) {
        if (at(A$net_rx_action.L727)) yield;
        if (at(A$net_rx_action.L756)) yield;
        return;
      }
      if (at(A$net_rx_action.L728)) yield;
      break;
    }
    if (at(A$net_rx_action.L731)) yield;
    const n = list.shift()!;
    $f.vars.n = n;
    if (at(A$net_rx_action.L732)) yield;
    budget -= ($E.fast || $E.twinOk[napi_poll.k] === 1 ? napi_poll$fast(n, repoll) : yield* napi_poll(n, repoll));
    $f.vars.budget = budget;
    if (at(A$net_rx_action.L738)) yield;
    if (budget <= 0) {
      if (at(A$net_rx_action.L740)) yield;
      sd.time_squeeze++;
      break;
    }
  }
  if (at(A$net_rx_action.L747)) yield;
  if (at(A$net_rx_action.L748)) yield;
  if (at(A$net_rx_action.L749)) yield;
  const all = [...list, ...sd.poll_list, ...repoll];
  sd.poll_list.length = 0;
  for (const x of all) sd.poll_list.push(x);
  if (at(A$net_rx_action.L751)) yield;
  if (sd.poll_list.length) {
    if (at(A$net_rx_action.L752)) yield;
    raise_net_rx(sd.net);
  }
  if (at(A$net_rx_action.L754)) yield;
  if (at(A$net_rx_action.L756)) yield;
  } finally {
    leave($f);
  }
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


// ---- fast-path twins (scripts/twins.cjs) ----
import { E as $E, FAST_FRAME as $FF, driveToEnd as $drive, registerTwin as $kreg } from '../../../core/engine';
import { simnic_interrupt$fast as simnic_interrupt$fast } from '../../drivers/net/simnic';
import { qdisc_run$fast as qdisc_run$fast, sch_direct_xmit$fast as sch_direct_xmit$fast, __qdisc_run$fast as __qdisc_run$fast } from '../sched/sch_generic';
import { skb_gso_segment$fast as skb_gso_segment$fast } from '../ipv4/tcp_offload';
export function run_softirq_work$fast(host: { readonly work: unknown[]; readonly net: Net }): any { const $e = $E; let $t: any;
  const work = host.work;
  while (work.length) {
    const w = work.shift()!;
    if (w instanceof TimerBatch) {
      // run_timer_softirq: the expired timers of a tick, in the wheel's order (core/timer.ts)
      let t: TimerList | null;
      while ((t = w.next()) !== null) (($t = t.fn).fast !== undefined ? $t.fast(t.arg) : $drive($t(t.arg)));
    } else if (w === NET_RX_SOFTIRQ) {
      host.net.softnet.rx_pending = false;
      net_rx_action$fast(host.net.softnet);
    } else if (w === NET_TX_SOFTIRQ) {
      host.net.softnet.tx_pending = false;
      net_tx_action$fast(host.net.softnet);
    } else if ((w as NetDevice).structName === 'net_device') {
      // a device's interrupt line, for a received frame: its handler (the simulated NIC's)
      simnic_interrupt$fast(w as NetDevice);
    } else {
      // the NIC's interrupt for a sent frame (simnic_tx_interrupt)
      const irq = w as { fn: (arg: unknown) => Sim<void>; arg: unknown };
      (($t = irq.fn).fast !== undefined ? $t.fast(irq.arg) : $drive($t(irq.arg)));
    }
  }
}
export function __netif_reschedule$fast(q: Qdisc): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $s = 0;
  const net = q.dev_queue.dev.net;
  const sd = net.softnet;
  const $f = ($tb !== null && ($o = (A$__netif_reschedule.L26 | 272629760), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  $s += 4;
  
  
  
  sd.output_queue.push(q);
  $s += 2; if ($tb !== null) ($o = (A$__netif_reschedule.L30 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  
  if (!sd.tx_pending) {
    sd.tx_pending = true;
    net.host.raiseNetTx();
  }
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__netif_reschedule.L33) : $tb.op($e.now, A$__netif_reschedule.L33));
  } ($e.steps += $s, $tb !== null && ($o = (A$__netif_reschedule.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
}
export function __netif_schedule$fast(q: Qdisc): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $s = 0;
  const $f = ($tb !== null && ($o = (A$__netif_schedule.L44 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  ++$s;
  if (!q.sched) {
    q.sched = true;
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__netif_schedule.L45) : $tb.op($e.now, A$__netif_schedule.L45));
    __netif_reschedule$fast(q);
  }
  } ($e.steps += $s, $tb !== null && ($o = (A$__netif_schedule.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
}
export function netif_tx_wake_queue$fast(dev_queue: NetdevQueue): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $s = 0;
  const $f = ($tb !== null && ($o = (A$netif_tx_wake_queue.L57 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  ++$s;
  if (dev_queue.state & QUEUE_STATE_DRV_XOFF) {
    dev_queue.state &= ~QUEUE_STATE_DRV_XOFF;
    $s += 3; if ($tb !== null) ($o = (A$netif_tx_wake_queue.L60 | 2097152), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
    
    const q = dev_queue.qdisc;
    
    
    __netif_schedule$fast(q);
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$netif_tx_wake_queue.L63) : $tb.op($e.now, A$netif_tx_wake_queue.L63));
  }
  } ($e.steps += $s, $tb !== null && ($o = (A$netif_tx_wake_queue.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
}
export function net_tx_action$fast(sd: SoftnetData): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $s = 0;
  const $f = ($tb !== null && ($o = (A$net_tx_action.L430 | 270532608), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  $s += 2;
  
  if (sd.output_queue.length) {
    $s += 2; if ($tb !== null) ($o = (A$net_tx_action.L437 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
    
    const head = sd.output_queue.splice(0);
    $s += 3; if ($tb !== null) ($o = (A$net_tx_action.L439 | 2097152), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
    
    
    for (;;) {
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$net_tx_action.L443) : $tb.op($e.now, A$net_tx_action.L443));
      const q = head.shift();
      if (!q) break;
      
      $s += 5; if ($tb !== null) ($o = (A$net_tx_action.L447 | 4194304), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
      
      
      
      q.sched = false;
      
      qdisc_run$fast(q);
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$net_tx_action.L457) : $tb.op($e.now, A$net_tx_action.L457));
    }
  }
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$net_tx_action.L462) : $tb.op($e.now, A$net_tx_action.L462));
  } ($e.steps += $s, $tb !== null && ($o = (A$net_tx_action.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
}
export function xmit_one$fast(skb: SkBuff, dev: NetDevice, more: boolean): any { const $e = $E; const $tb: any = $e.lineSink; let $t: any; let $o: number; let $r: any; let $s = 0; let $x = -1;
  const $f = ($tb !== null && ($o = (A$xmit_one.L78 | 272629760), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  $s += 4;
  
  const len = skb_len(skb);
  
  
  
  const rc = (($t = dev.netdev_ops.ndo_start_xmit).fast !== undefined ? $t.fast(skb, dev) : $drive($t(skb, dev)));
  
  $s += 2; $x = A$xmit_one.L86 | 2097152;
  
  return ($r = (rc), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$xmit_one.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
export function dev_hard_start_xmit$fast(first: SkBuff, dev: NetDevice, rest: XmitRest | null): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0; let $x = -1;
  let skb: SkBuff | null = first;
  const $f = ($tb !== null && ($o = (A$dev_hard_start_xmit.L101 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  ++$s;
  let rc = NETDEV_TX_OK;
  for (;;) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$dev_hard_start_xmit.L103) : $tb.op($e.now, A$dev_hard_start_xmit.L103));
    if (!skb) break;
    $s += 3; if ($tb !== null) ($o = (A$dev_hard_start_xmit.L104 | 2097152), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
    const next: SkBuff | null = skb.next;
    
    skb.next = null;
    
    rc = xmit_one$fast(skb, dev, next !== null);
    
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$dev_hard_start_xmit.L108) : $tb.op($e.now, A$dev_hard_start_xmit.L108));
    if (!dev_xmit_complete(rc)) {
      $s += 2; if ($tb !== null) ($o = (A$dev_hard_start_xmit.L109 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
      skb.next = next;
      
      break;
    }
    $s += 2; if ($tb !== null) ($o = (A$dev_hard_start_xmit.L113 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
    skb = next;
    
    
    if (dev.txq.state & QUEUE_STATE_DRV_XOFF && skb) {
      $s += 2; if ($tb !== null) ($o = (A$dev_hard_start_xmit.L116 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
      rc = NETDEV_TX_BUSY;
      
      break;
    }
  }
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$dev_hard_start_xmit.L122) : $tb.op($e.now, A$dev_hard_start_xmit.L122));
  if (rest !== null) rest.skb = skb;
  ++$s; $x = A$dev_hard_start_xmit.L123 | 1048576;
  return ($r = (rc), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$dev_hard_start_xmit.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
export function validate_xmit_skb$fast(skb: SkBuff, dev: NetDevice): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0; let $x = -1;
  const $f = ($tb !== null && ($o = (A$validate_xmit_skb.L136 | 270532608), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  $s += 2;
  
  if (netif_needs_gso(skb, dev)) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$validate_xmit_skb.L144) : $tb.op($e.now, A$validate_xmit_skb.L144));
    const segs = skb_gso_segment$fast(skb);
    
    $s += 3; if ($tb !== null) ($o = (A$validate_xmit_skb.L147 | 2097152), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
    
    
    skb = segs;
    
  }
  $s += 2; $x = A$validate_xmit_skb.L155 | 2097152;
  
  return ($r = (skb), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$validate_xmit_skb.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
export function __dev_xmit_skb$fast(skb: SkBuff, q: Qdisc, dev: NetDevice, txq: NetdevQueue): any { const $e = $E; const $tb: any = $e.lineSink; let $t: any; let $o: number; let $r: any; let $s = 0; let $x = -1;
  const to_free: SkBuff[] = [];
  const $f = ($tb !== null && ($o = (A$__dev_xmit_skb.L182 | 271581184), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  let rc: number;
  $s += 3;
  // (every qdisc here with an enqueue is pfifo_fast, TCQ_F_NOLOCK: the locked branch is not written)
  
  
  if (q.flags & TCQ_F_CAN_BYPASS && q.empty && qdisc_run_begin(q)) {
    $s += 4; if ($tb !== null) ($o = (A$__dev_xmit_skb.L191 | 3145728), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
    
    q.bstats.bytes += skb_len(skb);
    q.bstats.packets++;
    
    rc = NET_XMIT_SUCCESS;
    
    if (sch_direct_xmit$fast(skb, q, dev, txq, null, true)) {
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__dev_xmit_skb.L202) : $tb.op($e.now, A$__dev_xmit_skb.L202));
      __qdisc_run$fast(q);
    }
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__dev_xmit_skb.L205) : $tb.op($e.now, A$__dev_xmit_skb.L205));
    qdisc_run_end(q);
  } else {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__dev_xmit_skb.L209) : $tb.op($e.now, A$__dev_xmit_skb.L209));
    rc = ((($t = q.enqueue!).fast !== undefined ? $t.fast(skb, q, to_free) : $drive($t(skb, q, to_free)))) & NET_XMIT_MASK;
    
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__dev_xmit_skb.L210) : $tb.op($e.now, A$__dev_xmit_skb.L210));
    qdisc_run$fast(q);
  }
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__dev_xmit_skb.L214) : $tb.op($e.now, A$__dev_xmit_skb.L214));
  if (to_free.length) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__dev_xmit_skb.L215) : $tb.op($e.now, A$__dev_xmit_skb.L215));
  }
  ++$s; $x = A$__dev_xmit_skb.L216 | 1048576;
  return ($r = (rc), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$__dev_xmit_skb.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
export function __dev_queue_xmit$fast(skb: SkBuff, sb_dev: NetDevice | null): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0; let $x = -1;
  const dev = skb.dev!;
  const $f = ($tb !== null && ($o = (A$__dev_queue_xmit.L233 | 272629760), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  $s += 4;
  let rc = -12;
  
  skb_reset_mac_header(skb);
  
  
  if (dev.priv_flags & IFF_XMIT_DST_RELEASE) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__dev_queue_xmit.L248) : $tb.op($e.now, A$__dev_queue_xmit.L248));
    skb._skb_refdst = null;
  } else {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__dev_queue_xmit.L250) : $tb.op($e.now, A$__dev_queue_xmit.L250));
  }
  $s += 4; if ($tb !== null) ($o = (A$__dev_queue_xmit.L252 | 3145728), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  const txq = dev.txq;
  
  const q = txq.qdisc;
  
  
  if (q.enqueue) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__dev_queue_xmit.L258) : $tb.op($e.now, A$__dev_queue_xmit.L258));
    rc = __dev_xmit_skb$fast(skb, q, dev, txq);
    
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__dev_queue_xmit.L259) : $tb.op($e.now, A$__dev_queue_xmit.L259));
    $s += 2; $x = A$__dev_queue_xmit.L297 | 2097152;
    
    return ($r = (rc), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$__dev_queue_xmit.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
  // noqueue (lo): straight to the driver
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__dev_queue_xmit.L262) : $tb.op($e.now, A$__dev_queue_xmit.L262));
  if (dev.flags & IFF_UP) {
    $s += 3; if ($tb !== null) ($o = (A$__dev_queue_xmit.L265 | 2097152), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
    
    
    skb = validate_xmit_skb$fast(skb, dev);
    $s += 5; if ($tb !== null) ($o = (A$__dev_queue_xmit.L270 | 4194304), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
    
    
    
    
    rc = dev_hard_start_xmit$fast(skb, dev, null);
    
    $s += 4; if ($tb !== null) ($o = (A$__dev_queue_xmit.L278 | 3145728), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
    
    
    
    $s += 2; $x = A$__dev_queue_xmit.L297 | 2097152;
    
    return ($r = (rc), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$__dev_queue_xmit.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
  $s += 5; $x = A$__dev_queue_xmit.L290 | 5242880;
  rc = -100;
  
  
  dev.stats.tx_dropped++;
  
  
  return ($r = (rc), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$__dev_queue_xmit.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
export function dev_queue_xmit$fast(skb: SkBuff): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0;
  const $f = ($tb !== null && ($o = (A$dev_queue_xmit.L308 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  ++$s;
  return ($r = (__dev_queue_xmit$fast(skb, null)), ($e.steps += $s, $tb !== null && ($o = (A$dev_queue_xmit.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
export function ____napi_schedule$fast(sd: SoftnetData, napi: NapiStruct, net: Net): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $s = 0;
  const $f = ($tb !== null && ($o = (A$____napi_schedule.L320 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  ++$s;
  sd.poll_list.push(napi);
  napi.onList = true;
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$____napi_schedule.L323) : $tb.op($e.now, A$____napi_schedule.L323));
  raise_net_rx(net);
  } ($e.steps += $s, $tb !== null && ($o = (A$____napi_schedule.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
}
export function __napi_schedule$fast(n: NapiStruct): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $s = 0;
  const net = n.dev!.net;
  const $f = ($tb !== null && ($o = (A$__napi_schedule.L660 | 270532608), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  $s += 2;
  
  ____napi_schedule$fast(net.softnet, n, net);
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__napi_schedule.L662) : $tb.op($e.now, A$__napi_schedule.L662));
  } ($e.steps += $s, $tb !== null && ($o = (A$__napi_schedule.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
}
export function napi_schedule$fast(n: NapiStruct): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $s = 0;
  const $f = ($tb !== null && ($o = (A$napi_schedule.L18 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  ++$s;
  // napi_schedule_prep: NAPI_STATE_SCHED set now, unless it was set already
  if (n.state & NAPI_STATE_SCHED) { ($e.steps += $s, $tb !== null && ($o = (A$napi_schedule.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))); return; }
  n.state |= NAPI_STATE_SCHED;
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$napi_schedule.L19) : $tb.op($e.now, A$napi_schedule.L19));
  __napi_schedule$fast(n);
  } ($e.steps += $s, $tb !== null && ($o = (A$napi_schedule.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
}
export function enqueue_to_backlog$fast(skb: SkBuff, net: Net): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0; let $x = -1;
  const sd = net.softnet;
  const $f = ($tb !== null && ($o = (A$enqueue_to_backlog.L339 | 274726912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  $s += 6;
  
  
  
  
  const qlen = sd.input_pkt_queue.length;
  
  
  if (qlen <= NETDEV_MAX_BACKLOG) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$enqueue_to_backlog.L349) : $tb.op($e.now, A$enqueue_to_backlog.L349));
    if (!qlen) {
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$enqueue_to_backlog.L361) : $tb.op($e.now, A$enqueue_to_backlog.L361));
      if (!(sd.backlog.state & NAPI_STATE_SCHED)) {
        sd.backlog.state |= NAPI_STATE_SCHED;
        $s += 2; if ($tb !== null) ($o = (A$enqueue_to_backlog.L362 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
        
        ____napi_schedule$fast(sd, sd.backlog, net);
      }
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$enqueue_to_backlog.L365) : $tb.op($e.now, A$enqueue_to_backlog.L365));
    }
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$enqueue_to_backlog.L351) : $tb.op($e.now, A$enqueue_to_backlog.L351));
    sd.input_pkt_queue.push(skb);
    $s += 4; $x = A$enqueue_to_backlog.L352 | 4194304;
    
    
    
    return ($r = (NET_RX_SUCCESS), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$enqueue_to_backlog.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
  $s += 4; $x = A$enqueue_to_backlog.L369 | 4194304;
  sd.dropped++;
  
  skb.dev!.stats.rx_dropped++;
  
  
  return ($r = (NET_RX_DROP), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$enqueue_to_backlog.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
export function netif_rx_internal$fast(skb: SkBuff): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0; let $x = -1;
  const $f = ($tb !== null && ($o = (A$netif_rx_internal.L388 | 271581184), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  $s += 3;
  
  
  const ret = enqueue_to_backlog$fast(skb, skb.dev!.net);
  
  $s += 2; $x = A$netif_rx_internal.L396 | 2097152;
  
  return ($r = (ret), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$netif_rx_internal.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
export function netif_rx$fast(skb: SkBuff): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0; let $x = -1;
  const $f = ($tb !== null && ($o = (A$netif_rx.L410 | 270532608), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  $s += 2;
  
  const ret = netif_rx_internal$fast(skb);
  
  $s += 2; $x = A$netif_rx.L413 | 2097152;
  
  return ($r = (ret), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$netif_rx.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
export function __netif_receive_skb_core$fast(skb: SkBuff, pfmemalloc: boolean): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0; let $x = -1;
  const $f = ($tb !== null && ($o = (A$__netif_receive_skb_core.L481 | 273678336), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  $s += 5;
  
  
  const orig_dev = skb.dev!;
  
  
  skb_reset_network_header(skb);
  
  if (skb.transport_header === 0xffff) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__netif_receive_skb_core.L490) : $tb.op($e.now, A$__netif_receive_skb_core.L490));
    skb_reset_transport_header(skb);
  }
  $s += 11; if ($tb !== null) ($o = (A$__netif_receive_skb_core.L491 | 10485760), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  
  
  skb.skb_iif = orig_dev.ifindex;
  
  orig_dev.net.softnet.processed++;
  // ptype_all: the taps (a packet capture's AF_PACKET socket); none is open in the simulator
  
  
  
  
  const type = skb.protocol;
  
  
  
  const pt_prev = type === ETH_P_IP ? ip_packet_type : type === ETH_P_ARP ? arp_packet_type : null;
  
  
  if (pt_prev) {
    $s += 2; if ($tb !== null) ($o = (A$__netif_receive_skb_core.L522 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
    
  }
  ++$s; $x = A$__netif_receive_skb_core.L530 | 1048576;
  return ($r = (pt_prev), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$__netif_receive_skb_core.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
export function __netif_receive_skb_one_core$fast(skb: SkBuff, pfmemalloc: boolean): any { const $e = $E; const $tb: any = $e.lineSink; let $t: any; let $o: number; let $r: any; let $s = 0; let $x = -1;
  const orig_dev = skb.dev!;
  const $f = ($tb !== null && ($o = (A$__netif_receive_skb_one_core.L544 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  ++$s;
  const pt_prev = __netif_receive_skb_core$fast(skb, pfmemalloc);
  
  let ret = NET_RX_DROP;
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__netif_receive_skb_one_core.L545) : $tb.op($e.now, A$__netif_receive_skb_one_core.L545));
  if (pt_prev) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__netif_receive_skb_one_core.L546) : $tb.op($e.now, A$__netif_receive_skb_one_core.L546));
    ret = (($t = pt_prev.func).fast !== undefined ? $t.fast(skb, skb.dev!) : $drive($t(skb, skb.dev!)));
  }
  ++$s; $x = A$__netif_receive_skb_one_core.L548 | 1048576;
  return ($r = (ret), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$__netif_receive_skb_one_core.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
export function __netif_receive_skb$fast(skb: SkBuff): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0; let $x = -1;
  const $f = ($tb !== null && ($o = (A$__netif_receive_skb.L560 | 270532608), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  $s += 2;
  
  const ret = __netif_receive_skb_one_core$fast(skb, false);
  
  ++$s; $x = A$__netif_receive_skb.L565 | 1048576;
  return ($r = (ret), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$__netif_receive_skb.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
export function netif_receive_skb_internal$fast(skb: SkBuff): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0; let $x = -1;
  const $f = ($tb !== null && ($o = (A$netif_receive_skb_internal.L577 | 272629760), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  $s += 4;
  
  
  
  const ret = __netif_receive_skb$fast(skb);
  
  $s += 2; $x = A$netif_receive_skb_internal.L585 | 2097152;
  
  return ($r = (ret), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$netif_receive_skb_internal.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
export function netif_receive_skb$fast(skb: SkBuff): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0; let $x = -1;
  const $f = ($tb !== null && ($o = (A$netif_receive_skb.L598 | 270532608), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  $s += 2;
  
  const ret = netif_receive_skb_internal$fast(skb);
  
  $s += 2; $x = A$netif_receive_skb.L601 | 2097152;
  
  return ($r = (ret), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$netif_receive_skb.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
export function process_backlog$fast(napi: NapiStruct, quota: number): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0; let $x = -1;
  const sd = napi.sd;
  const $f = ($tb !== null && ($o = (A$process_backlog.L618 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  let again = true;
  let work = 0;
  ++$s;
  napi.weight = DEV_RX_WEIGHT;
  for (;;) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$process_backlog.L619) : $tb.op($e.now, A$process_backlog.L619));
    if (!again) break;
    for (;;) {
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$process_backlog.L622) : $tb.op($e.now, A$process_backlog.L622));
      const skb = sd!.process_queue.shift();
      if (!skb) break;
      
      $s += 2; if ($tb !== null) ($o = (A$process_backlog.L623 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
      
      __netif_receive_skb$fast(skb);
      $s += 3; if ($tb !== null) ($o = (A$process_backlog.L625 | 2097152), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
      
      
      ++work;
      if (work >= quota) {
        ++$s; $x = A$process_backlog.L628 | 1048576;
        return ($r = (work), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$process_backlog.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
      }
    }
    $s += 3; if ($tb !== null) ($o = (A$process_backlog.L632 | 2097152), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
    
    
    if (!sd!.input_pkt_queue.length) {
      $s += 2; if ($tb !== null) ($o = (A$process_backlog.L637 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
      napi.state = 0;
      
      again = false;
    } else {
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$process_backlog.L641) : $tb.op($e.now, A$process_backlog.L641));
      const q = sd!.input_pkt_queue;
      while (q.length) sd!.process_queue.push(q.shift()!);
    }
    $s += 2; if ($tb !== null) ($o = (A$process_backlog.L644 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
    
  }
  ++$s; $x = A$process_backlog.L648 | 1048576;
  return ($r = (work), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$process_backlog.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
export function napi_poll$fast(n: NapiStruct, repoll: NapiStruct[]): any { const $e = $E; const $tb: any = $e.lineSink; let $t: any; let $o: number; let $r: any; let $s = 0; let $x = -1;
  const $f = ($tb !== null && ($o = (A$napi_poll.L675 | 273678336), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  $s += 5;
  n.onList = false;
  
  
  const weight = n.weight;
  
  
  let work = 0;
  
  if (n.state & NAPI_STATE_SCHED) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$napi_poll.L684) : $tb.op($e.now, A$napi_poll.L684));
    work = (($t = n.poll).fast !== undefined ? $t.fast(n, weight) : $drive($t(n, weight)));
    
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$napi_poll.L685) : $tb.op($e.now, A$napi_poll.L685));
  }
  $s += 2; if ($tb !== null) ($o = (A$napi_poll.L688 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  
  if (work >= weight) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$napi_poll.L695) : $tb.op($e.now, A$napi_poll.L695));
    repoll.push(n);
    n.onList = true;
  }
  $s += 2; $x = A$napi_poll.L698 | 2097152;
  
  return ($r = (work), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$napi_poll.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
export function net_rx_action$fast(sd: SoftnetData): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $s = 0; let $x = -1;
  const $f = ($tb !== null && ($o = (A$net_rx_action.L714 | 270532608), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  $s += 2;
  let budget = NETDEV_BUDGET;
  
  
  const list = sd.poll_list.splice(0);
  const repoll: NapiStruct[] = [];
  for (;;) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$net_rx_action.L725) : $tb.op($e.now, A$net_rx_action.L725));
    if (!list.length) {
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$net_rx_action.L726) : $tb.op($e.now, A$net_rx_action.L726));
      if (!repoll.length) {
        ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$net_rx_action.L727) : $tb.op($e.now, A$net_rx_action.L727));
        ++$s; $x = A$net_rx_action.L756 | 1048576;
        { ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$net_rx_action.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))); return; }
      }
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$net_rx_action.L728) : $tb.op($e.now, A$net_rx_action.L728));
      break;
    }
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$net_rx_action.L731) : $tb.op($e.now, A$net_rx_action.L731));
    const n = list.shift()!;
    
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$net_rx_action.L732) : $tb.op($e.now, A$net_rx_action.L732));
    budget -= napi_poll$fast(n, repoll);
    
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$net_rx_action.L738) : $tb.op($e.now, A$net_rx_action.L738));
    if (budget <= 0) {
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$net_rx_action.L740) : $tb.op($e.now, A$net_rx_action.L740));
      sd.time_squeeze++;
      break;
    }
  }
  $s += 3; if ($tb !== null) ($o = (A$net_rx_action.L747 | 2097152), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  
  
  const all = [...list, ...sd.poll_list, ...repoll];
  sd.poll_list.length = 0;
  for (const x of all) sd.poll_list.push(x);
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$net_rx_action.L751) : $tb.op($e.now, A$net_rx_action.L751));
  if (sd.poll_list.length) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$net_rx_action.L752) : $tb.op($e.now, A$net_rx_action.L752));
    raise_net_rx(sd.net);
  }
  $s += 2; if ($tb !== null) ($o = (A$net_rx_action.L754 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  
  } ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$net_rx_action.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
}
$kreg(run_softirq_work, run_softirq_work$fast, 'run_softirq_work', () => ['ip_expire', 'neigh_timer_handler', 'reqsk_timer_handler', 'simnic_tx_interrupt', 'tcp_delack_timer_handler', 'tcp_write_timer_handler', 'tw_timer_handler', net_rx_action, net_tx_action, simnic_interrupt]);
$kreg(__netif_reschedule, __netif_reschedule$fast, '__netif_reschedule', () => []);
$kreg(__netif_schedule, __netif_schedule$fast, '__netif_schedule', () => [__netif_reschedule]);
$kreg(netif_tx_wake_queue, netif_tx_wake_queue$fast, 'netif_tx_wake_queue', () => [__netif_schedule]);
$kreg(net_tx_action, net_tx_action$fast, 'net_tx_action', () => [qdisc_run]);
$kreg(xmit_one, xmit_one$fast, 'xmit_one', () => ['loopback_xmit', 'simnic_xmit']);
$kreg(dev_hard_start_xmit, dev_hard_start_xmit$fast, 'dev_hard_start_xmit', () => [xmit_one]);
$kreg(validate_xmit_skb, validate_xmit_skb$fast, 'validate_xmit_skb', () => [skb_gso_segment]);
$kreg(__dev_xmit_skb, __dev_xmit_skb$fast, '__dev_xmit_skb', () => ['pfifo_fast_enqueue', __qdisc_run, qdisc_run, sch_direct_xmit]);
$kreg(__dev_queue_xmit, __dev_queue_xmit$fast, '__dev_queue_xmit', () => [__dev_xmit_skb, dev_hard_start_xmit, validate_xmit_skb]);
$kreg(dev_queue_xmit, dev_queue_xmit$fast, 'dev_queue_xmit', () => [__dev_queue_xmit]);
$kreg(____napi_schedule, ____napi_schedule$fast, '____napi_schedule', () => []);
$kreg(__napi_schedule, __napi_schedule$fast, '__napi_schedule', () => [____napi_schedule]);
$kreg(napi_schedule, napi_schedule$fast, 'napi_schedule', () => [__napi_schedule]);
$kreg(enqueue_to_backlog, enqueue_to_backlog$fast, 'enqueue_to_backlog', () => [____napi_schedule]);
$kreg(netif_rx_internal, netif_rx_internal$fast, 'netif_rx_internal', () => [enqueue_to_backlog]);
$kreg(netif_rx, netif_rx$fast, 'netif_rx', () => [netif_rx_internal]);
$kreg(__netif_receive_skb_core, __netif_receive_skb_core$fast, '__netif_receive_skb_core', () => []);
$kreg(__netif_receive_skb_one_core, __netif_receive_skb_one_core$fast, '__netif_receive_skb_one_core', () => [__netif_receive_skb_core, arp_rcv, ip_rcv]);
$kreg(__netif_receive_skb, __netif_receive_skb$fast, '__netif_receive_skb', () => [__netif_receive_skb_one_core]);
$kreg(netif_receive_skb_internal, netif_receive_skb_internal$fast, 'netif_receive_skb_internal', () => [__netif_receive_skb]);
$kreg(netif_receive_skb, netif_receive_skb$fast, 'netif_receive_skb', () => [netif_receive_skb_internal]);
$kreg(process_backlog, process_backlog$fast, 'process_backlog', () => [__netif_receive_skb]);
$kreg(napi_poll, napi_poll$fast, 'napi_poll', () => ['datagram_poll', 'simnic_poll', 'tcp_poll', 'udp_poll', process_backlog]);
$kreg(net_rx_action, net_rx_action$fast, 'net_rx_action', () => [napi_poll]);

// ---- kernel names ----
(process_backlog as any).kname = 'process_backlog';
