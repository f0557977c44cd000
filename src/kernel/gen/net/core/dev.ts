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
import { skb_len, skb_reset_mac_header, skb_reset_network_header, skb_reset_transport_header } from '../../../include/linux/skbuff';
import type { NapiStruct, NetDevice, SoftnetData } from '../../../include/linux/netdevice';
import {
  DEV_RX_WEIGHT, ETH_P_ARP, ETH_P_IP, IFF_UP, NET_TX_SOFTIRQ, IFF_XMIT_DST_RELEASE, NAPI_STATE_SCHED, NET_RX_DROP, NET_RX_SOFTIRQ,
  NET_RX_SUCCESS, NET_XMIT_SUCCESS, NETDEV_BUDGET, NETDEV_MAX_BACKLOG, NETDEV_TX_OK,
} from '../../../include/linux/netdevice';
import { ip_rcv } from '../ipv4/ip_input';
import { arp_rcv, arp_init } from '../ipv4/arp';
import { simnic_interrupt, netdevs_init } from '../../drivers/net/simnic';
import { ip_rt_init } from '../ipv4/route';
import { TimerList } from '../../../core/timer';
import type { NetdevQueue, Qdisc } from '../../../include/net/sch_generic';
import { NET_XMIT_MASK, QUEUE_STATE_DRV_XOFF, TCQ_F_CAN_BYPASS, qdisc_run_begin, qdisc_run_end } from '../../../include/net/sch_generic';
import { __qdisc_run, dev_activate, qdisc_run, sch_direct_xmit } from '../sched/sch_generic';

/** What a host's softirq context runs (the world's softirqHandler): see the header. */
export function* run_softirq_work(host: { readonly work: unknown[]; readonly net: Net }): Sim<void> { let $t: any;
  const work = host.work;
  while (work.length) {
    const w = work.shift()!;
    if (w instanceof TimerList) {
      (($t = w.fn).fast !== undefined && ($E.fast || $E.twinOk[$t.k] === 1) ? $t.fast(w.arg) : yield* w.fn(w.arg));
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
const A$net_tx_action = defineFn('net/core/dev.c', 'net_tx_action', [384, 388, 391, 392, 393, 394, 395, 397, 401, 403, 407, 408, 410, 411, 416]);

export function* net_tx_action(sd: SoftnetData): Sim<void> {
  const $f = enter(A$net_tx_action, { sd });
  try {
  if (at(A$net_tx_action.L384)) yield;
  if (at(A$net_tx_action.L388)) yield;
  if (sd.output_queue.length) {
    if (at(A$net_tx_action.L391)) yield;
    if (at(A$net_tx_action.L392)) yield;
    const head = sd.output_queue.splice(0);
    if (at(A$net_tx_action.L393)) yield;
    if (at(A$net_tx_action.L394)) yield;
    if (at(A$net_tx_action.L395)) yield;
    for (;;) {
      if (at(A$net_tx_action.L397)) yield;
      const q = head.shift();
      if (!q) break;
      $f.vars.q = q;
      if (at(A$net_tx_action.L401)) yield;
      if (at(A$net_tx_action.L403)) yield;
      if (at(A$net_tx_action.L407)) yield;
      if (at(A$net_tx_action.L408)) yield;
      q.sched = false;
      if (at(A$net_tx_action.L410)) yield;
      ($E.fast || $E.twinOk[qdisc_run.k] === 1 ? qdisc_run$fast(q) : yield* qdisc_run(q));
      if (at(A$net_tx_action.L411)) yield;
    }
  }
  if (at(A$net_tx_action.L416)) yield;
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
const A$dev_hard_start_xmit = defineFn('net/core/dev.c', 'dev_hard_start_xmit', [100, 102, 103, 105, 106, 107, 111, 116, 117]);

export function* dev_hard_start_xmit(first: SkBuff, dev: NetDevice): Sim<number> {
  let skb: SkBuff | null = first;
  const $f = enter(A$dev_hard_start_xmit, { first, dev, skb });
  try {
  if (at(A$dev_hard_start_xmit.L100)) yield;
  let rc = NETDEV_TX_OK;
  for (;;) {
    if (at(A$dev_hard_start_xmit.L102)) yield;
    if (!skb) break;
    if (at(A$dev_hard_start_xmit.L103)) yield;
    if (at(A$dev_hard_start_xmit.L105)) yield;
    if (at(A$dev_hard_start_xmit.L106)) yield;
    rc = ($E.fast || $E.twinOk[xmit_one.k] === 1 ? xmit_one$fast(skb, dev, false) : yield* xmit_one(skb, dev, false));
    $f.vars.rc = rc;
    if (at(A$dev_hard_start_xmit.L107)) yield;
    if (at(A$dev_hard_start_xmit.L111)) yield;
    skb = null;
  }
  if (at(A$dev_hard_start_xmit.L116)) yield;
  if (at(A$dev_hard_start_xmit.L117)) yield;
  return rc;
  } finally {
    leave($f);
  }
}
const A$__dev_xmit_skb = defineFn('net/core/dev.c', '__dev_xmit_skb', [136, 139, 143, 145, 152, 154, 155, 156, 159, 163, 164, 168, 169, 170]);

export function* __dev_xmit_skb(skb: SkBuff, q: Qdisc, dev: NetDevice, txq: NetdevQueue): Sim<number> { let $t: any;
  const to_free: SkBuff[] = [];
  const $f = enter(A$__dev_xmit_skb, { skb, q, dev, txq });
  try {
  let rc: number;
  if (at(A$__dev_xmit_skb.L136)) yield;
  // (every qdisc here with an enqueue is pfifo_fast, TCQ_F_NOLOCK: the locked branch is not written)
  if (at(A$__dev_xmit_skb.L139)) yield;
  if (at(A$__dev_xmit_skb.L143)) yield;
  if (q.flags & TCQ_F_CAN_BYPASS && q.empty && qdisc_run_begin(q)) {
    if (at(A$__dev_xmit_skb.L145)) yield;
    if (at(A$__dev_xmit_skb.L152)) yield;
    q.bstats.bytes += skb_len(skb);
    q.bstats.packets++;
    if (at(A$__dev_xmit_skb.L154)) yield;
    rc = NET_XMIT_SUCCESS;
    if (at(A$__dev_xmit_skb.L155)) yield;
    if (($E.fast || $E.twinOk[sch_direct_xmit.k] === 1 ? sch_direct_xmit$fast(skb, q, dev, txq, null, true) : yield* sch_direct_xmit(skb, q, dev, txq, null, true))) {
      if (at(A$__dev_xmit_skb.L156)) yield;
      ($E.fast || $E.twinOk[__qdisc_run.k] === 1 ? __qdisc_run$fast(q) : yield* __qdisc_run(q));
    }
    if (at(A$__dev_xmit_skb.L159)) yield;
    qdisc_run_end(q);
  } else {
    if (at(A$__dev_xmit_skb.L163)) yield;
    rc = ((($t = q.enqueue!).fast !== undefined && ($E.fast || $E.twinOk[$t.k] === 1) ? $t.fast(skb, q, to_free) : yield* q.enqueue!(skb, q, to_free))) & NET_XMIT_MASK;
    $f.vars.rc = rc;
    if (at(A$__dev_xmit_skb.L164)) yield;
    ($E.fast || $E.twinOk[qdisc_run.k] === 1 ? qdisc_run$fast(q) : yield* qdisc_run(q));
  }
  if (at(A$__dev_xmit_skb.L168)) yield;
  if (to_free.length) {
    if (at(A$__dev_xmit_skb.L169)) yield;
  }
  if (at(A$__dev_xmit_skb.L170)) yield;
  return rc;
  } finally {
    leave($f);
  }
}
const A$__dev_queue_xmit = defineFn('net/core/dev.c', '__dev_queue_xmit', [187, 191, 196, 201, 202, 204, 206, 207, 209, 211, 212, 213, 216, 219, 220, 223, 224, 227, 229, 230, 231, 232, 233, 234, 235, 244, 245, 247, 248, 249, 251, 252]);

export function* __dev_queue_xmit(skb: SkBuff, sb_dev: NetDevice | null): Sim<number> {
  const dev = skb.dev!;
  const $f = enter(A$__dev_queue_xmit, { skb, sb_dev, dev });
  try {
  if (at(A$__dev_queue_xmit.L187)) yield;
  let rc = -12;
  if (at(A$__dev_queue_xmit.L191)) yield;
  skb_reset_mac_header(skb);
  if (at(A$__dev_queue_xmit.L196)) yield;
  if (at(A$__dev_queue_xmit.L201)) yield;
  if (dev.priv_flags & IFF_XMIT_DST_RELEASE) {
    if (at(A$__dev_queue_xmit.L202)) yield;
    skb._skb_refdst = null;
  } else {
    if (at(A$__dev_queue_xmit.L204)) yield;
  }
  if (at(A$__dev_queue_xmit.L206)) yield;
  const txq = dev.txq;
  if (at(A$__dev_queue_xmit.L207)) yield;
  const q = txq.qdisc;
  if (at(A$__dev_queue_xmit.L209)) yield;
  if (at(A$__dev_queue_xmit.L211)) yield;
  if (q.enqueue) {
    if (at(A$__dev_queue_xmit.L212)) yield;
    rc = ($E.fast || $E.twinOk[__dev_xmit_skb.k] === 1 ? __dev_xmit_skb$fast(skb, q, dev, txq) : yield* __dev_xmit_skb(skb, q, dev, txq));
    $f.vars.rc = rc;
    if (at(A$__dev_queue_xmit.L213)) yield;
    if (at(A$__dev_queue_xmit.L251)) yield;
    if (at(A$__dev_queue_xmit.L252)) yield;
    return rc;
  }
  // noqueue (lo): straight to the driver
  if (at(A$__dev_queue_xmit.L216)) yield;
  if (dev.flags & IFF_UP) {
    if (at(A$__dev_queue_xmit.L219)) yield;
    if (at(A$__dev_queue_xmit.L220)) yield;
    if (at(A$__dev_queue_xmit.L223)) yield;
    if (at(A$__dev_queue_xmit.L224)) yield;
    if (at(A$__dev_queue_xmit.L227)) yield;
    if (at(A$__dev_queue_xmit.L229)) yield;
    if (at(A$__dev_queue_xmit.L230)) yield;
    if (at(A$__dev_queue_xmit.L231)) yield;
    rc = ($E.fast || $E.twinOk[dev_hard_start_xmit.k] === 1 ? dev_hard_start_xmit$fast(skb, dev) : yield* dev_hard_start_xmit(skb, dev));
    $f.vars.rc = rc;
    if (at(A$__dev_queue_xmit.L232)) yield;
    if (at(A$__dev_queue_xmit.L233)) yield;
    if (at(A$__dev_queue_xmit.L234)) yield;
    if (at(A$__dev_queue_xmit.L235)) yield;
    if (at(A$__dev_queue_xmit.L251)) yield;
    if (at(A$__dev_queue_xmit.L252)) yield;
    return rc;
  }
  if (at(A$__dev_queue_xmit.L244)) yield;
  rc = -100;
  if (at(A$__dev_queue_xmit.L245)) yield;
  if (at(A$__dev_queue_xmit.L247)) yield;
  dev.stats.tx_dropped++;
  if (at(A$__dev_queue_xmit.L248)) yield;
  if (at(A$__dev_queue_xmit.L249)) yield;
  return rc;
  } finally {
    leave($f);
  }
}
const A$dev_queue_xmit = defineFn('net/core/dev.c', 'dev_queue_xmit', [262]);

export function* dev_queue_xmit(skb: SkBuff): Sim<number> {
  const $f = enter(A$dev_queue_xmit, { skb });
  try {
  if (at(A$dev_queue_xmit.L262)) yield;
  return ($E.fast || $E.twinOk[__dev_queue_xmit.k] === 1 ? __dev_queue_xmit$fast(skb, null) : yield* __dev_queue_xmit(skb, null));
  } finally {
    leave($f);
  }
}
const A$____napi_schedule = defineFn('net/core/dev.c', '____napi_schedule', [274, 277]);

// ---- up: scheduling --------------------------------------------------------------------------

export function* ____napi_schedule(sd: SoftnetData, napi: NapiStruct, net: Net): Sim<void> {
  const $f = enter(A$____napi_schedule, { sd, napi });
  try {
  if (at(A$____napi_schedule.L274)) yield;
  sd.poll_list.push(napi);
  napi.onList = true;
  if (at(A$____napi_schedule.L277)) yield;
  raise_net_rx(net);
  } finally {
    leave($f);
  }
}
const A$__napi_schedule = defineFn('net/core/dev.c', '__napi_schedule', [614, 615, 616]);

export function* __napi_schedule(n: NapiStruct): Sim<void> {
  const net = n.dev!.net;
  const $f = enter(A$__napi_schedule, { n });
  try {
  if (at(A$__napi_schedule.L614)) yield;
  if (at(A$__napi_schedule.L615)) yield;
  ($E.fast || $E.twinOk[____napi_schedule.k] === 1 ? ____napi_schedule$fast(net.softnet, n, net) : yield* ____napi_schedule(net.softnet, n, net));
  if (at(A$__napi_schedule.L616)) yield;
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
const A$enqueue_to_backlog = defineFn('net/core/dev.c', 'enqueue_to_backlog', [293, 295, 297, 298, 300, 302, 303, 305, 306, 307, 308, 309, 315, 316, 317, 319, 323, 328, 329, 330]);

export function* enqueue_to_backlog(skb: SkBuff, net: Net): Sim<number> {
  const sd = net.softnet;
  const $f = enter(A$enqueue_to_backlog, { skb, sd });
  try {
  if (at(A$enqueue_to_backlog.L293)) yield;
  if (at(A$enqueue_to_backlog.L295)) yield;
  if (at(A$enqueue_to_backlog.L297)) yield;
  if (at(A$enqueue_to_backlog.L298)) yield;
  if (at(A$enqueue_to_backlog.L300)) yield;
  const qlen = sd.input_pkt_queue.length;
  $f.vars.qlen = qlen;
  if (at(A$enqueue_to_backlog.L302)) yield;
  if (qlen <= NETDEV_MAX_BACKLOG) {
    if (at(A$enqueue_to_backlog.L303)) yield;
    if (!qlen) {
      if (at(A$enqueue_to_backlog.L315)) yield;
      if (!(sd.backlog.state & NAPI_STATE_SCHED)) {
        sd.backlog.state |= NAPI_STATE_SCHED;
        if (at(A$enqueue_to_backlog.L316)) yield;
        if (at(A$enqueue_to_backlog.L317)) yield;
        ($E.fast || $E.twinOk[____napi_schedule.k] === 1 ? ____napi_schedule$fast(sd, sd.backlog, net) : yield* ____napi_schedule(sd, sd.backlog, net));
      }
      if (at(A$enqueue_to_backlog.L319)) yield;
    }
    if (at(A$enqueue_to_backlog.L305)) yield;
    sd.input_pkt_queue.push(skb);
    if (at(A$enqueue_to_backlog.L306)) yield;
    if (at(A$enqueue_to_backlog.L307)) yield;
    if (at(A$enqueue_to_backlog.L308)) yield;
    if (at(A$enqueue_to_backlog.L309)) yield;
    return NET_RX_SUCCESS;
  }
  if (at(A$enqueue_to_backlog.L323)) yield;
  sd.dropped++;
  if (at(A$enqueue_to_backlog.L328)) yield;
  skb.dev!.stats.rx_dropped++;
  if (at(A$enqueue_to_backlog.L329)) yield;
  if (at(A$enqueue_to_backlog.L330)) yield;
  return NET_RX_DROP;
  } finally {
    leave($f);
  }
}
const A$netif_rx_internal = defineFn('net/core/dev.c', 'netif_rx_internal', [342, 344, 349, 350, 352]);

export function* netif_rx_internal(skb: SkBuff): Sim<number> {
  const $f = enter(A$netif_rx_internal, { skb });
  try {
  if (at(A$netif_rx_internal.L342)) yield;
  if (at(A$netif_rx_internal.L344)) yield;
  if (at(A$netif_rx_internal.L349)) yield;
  const ret = ($E.fast || $E.twinOk[enqueue_to_backlog.k] === 1 ? enqueue_to_backlog$fast(skb, skb.dev!.net) : yield* enqueue_to_backlog(skb, skb.dev!.net));
  $f.vars.ret = ret;
  if (at(A$netif_rx_internal.L350)) yield;
  if (at(A$netif_rx_internal.L352)) yield;
  return ret;
  } finally {
    leave($f);
  }
}
const A$netif_rx = defineFn('net/core/dev.c', 'netif_rx', [364, 366, 367, 369]);

export function* netif_rx(skb: SkBuff): Sim<number> {
  const $f = enter(A$netif_rx, { skb });
  try {
  if (at(A$netif_rx.L364)) yield;
  if (at(A$netif_rx.L366)) yield;
  const ret = ($E.fast || $E.twinOk[netif_rx_internal.k] === 1 ? netif_rx_internal$fast(skb) : yield* netif_rx_internal(skb));
  $f.vars.ret = ret;
  if (at(A$netif_rx.L367)) yield;
  if (at(A$netif_rx.L369)) yield;
  return ret;
  } finally {
    leave($f);
  }
}
const A$__netif_receive_skb_core = defineFn('net/core/dev.c', '__netif_receive_skb_core', [435, 437, 439, 442, 443, 444, 445, 447, 450, 452, 454, 460, 461, 465, 468, 470, 475, 476, 478, 484]);

// ---- up: to the protocol ---------------------------------------------------------------------

export function* __netif_receive_skb_core(skb: SkBuff, pfmemalloc: boolean): Sim<PacketType | null> {
  const $f = enter(A$__netif_receive_skb_core, { skb, pfmemalloc });
  try {
  if (at(A$__netif_receive_skb_core.L435)) yield;
  if (at(A$__netif_receive_skb_core.L437)) yield;
  if (at(A$__netif_receive_skb_core.L439)) yield;
  const orig_dev = skb.dev!;
  $f.vars.orig_dev = orig_dev;
  if (at(A$__netif_receive_skb_core.L442)) yield;
  skb_reset_network_header(skb);
  if (at(A$__netif_receive_skb_core.L443)) yield;
  if (skb.transport_header === 0xffff) {
    if (at(A$__netif_receive_skb_core.L444)) yield;
    skb_reset_transport_header(skb);
  }
  if (at(A$__netif_receive_skb_core.L445)) yield;
  if (at(A$__netif_receive_skb_core.L447)) yield;
  if (at(A$__netif_receive_skb_core.L450)) yield;
  skb.skb_iif = orig_dev.ifindex;
  if (at(A$__netif_receive_skb_core.L452)) yield;
  orig_dev.net.softnet.processed++;
  // ptype_all: the taps (a packet capture's AF_PACKET socket); none is open in the simulator
  if (at(A$__netif_receive_skb_core.L454)) yield;
  if (at(A$__netif_receive_skb_core.L460)) yield;
  if (at(A$__netif_receive_skb_core.L461)) yield;
  if (at(A$__netif_receive_skb_core.L465)) yield;
  const type = skb.protocol;
  $f.vars.type = type;
  if (at(A$__netif_receive_skb_core.L468)) yield;
  if (at(A$__netif_receive_skb_core.L470)) yield;
  const pt_prev = type === ETH_P_IP ? ip_packet_type : type === ETH_P_ARP ? arp_packet_type : null;
  $f.vars.pt_prev = pt_prev;
  if (at(A$__netif_receive_skb_core.L475)) yield;
  if (pt_prev) {
    if (at(A$__netif_receive_skb_core.L476)) yield;
    if (at(A$__netif_receive_skb_core.L478)) yield;
  }
  if (at(A$__netif_receive_skb_core.L484)) yield;
  return pt_prev;
  } finally {
    leave($f);
  }
}
const A$__netif_receive_skb_one_core = defineFn('net/core/dev.c', '__netif_receive_skb_one_core', [498, 499, 500, 502]);

export function* __netif_receive_skb_one_core(skb: SkBuff, pfmemalloc: boolean): Sim<number> { let $t: any;
  const orig_dev = skb.dev!;
  const $f = enter(A$__netif_receive_skb_one_core, { skb, pfmemalloc, orig_dev });
  try {
  if (at(A$__netif_receive_skb_one_core.L498)) yield;
  const pt_prev = ($E.fast || $E.twinOk[__netif_receive_skb_core.k] === 1 ? __netif_receive_skb_core$fast(skb, pfmemalloc) : yield* __netif_receive_skb_core(skb, pfmemalloc));
  $f.vars.pt_prev = pt_prev;
  let ret = NET_RX_DROP;
  if (at(A$__netif_receive_skb_one_core.L499)) yield;
  if (pt_prev) {
    if (at(A$__netif_receive_skb_one_core.L500)) yield;
    ret = (($t = pt_prev.func).fast !== undefined && ($E.fast || $E.twinOk[$t.k] === 1) ? $t.fast(skb, skb.dev!) : yield* pt_prev.func(skb, skb.dev!));
  }
  if (at(A$__netif_receive_skb_one_core.L502)) yield;
  return ret;
  } finally {
    leave($f);
  }
}
const A$__netif_receive_skb = defineFn('net/core/dev.c', '__netif_receive_skb', [514, 517, 519]);

export function* __netif_receive_skb(skb: SkBuff): Sim<number> {
  const $f = enter(A$__netif_receive_skb, { skb });
  try {
  if (at(A$__netif_receive_skb.L514)) yield;
  if (at(A$__netif_receive_skb.L517)) yield;
  const ret = ($E.fast || $E.twinOk[__netif_receive_skb_one_core.k] === 1 ? __netif_receive_skb_one_core$fast(skb, false) : yield* __netif_receive_skb_one_core(skb, false));
  $f.vars.ret = ret;
  if (at(A$__netif_receive_skb.L519)) yield;
  return ret;
  } finally {
    leave($f);
  }
}
const A$netif_receive_skb_internal = defineFn('net/core/dev.c', 'netif_receive_skb_internal', [531, 533, 536, 538, 539, 540]);

export function* netif_receive_skb_internal(skb: SkBuff): Sim<number> {
  const $f = enter(A$netif_receive_skb_internal, { skb });
  try {
  if (at(A$netif_receive_skb_internal.L531)) yield;
  if (at(A$netif_receive_skb_internal.L533)) yield;
  if (at(A$netif_receive_skb_internal.L536)) yield;
  if (at(A$netif_receive_skb_internal.L538)) yield;
  const ret = ($E.fast || $E.twinOk[__netif_receive_skb.k] === 1 ? __netif_receive_skb$fast(skb) : yield* __netif_receive_skb(skb));
  $f.vars.ret = ret;
  if (at(A$netif_receive_skb_internal.L539)) yield;
  if (at(A$netif_receive_skb_internal.L540)) yield;
  return ret;
  } finally {
    leave($f);
  }
}
const A$netif_receive_skb = defineFn('net/core/dev.c', 'netif_receive_skb', [552, 554, 555, 557]);

export function* netif_receive_skb(skb: SkBuff): Sim<number> {
  const $f = enter(A$netif_receive_skb, { skb });
  try {
  if (at(A$netif_receive_skb.L552)) yield;
  if (at(A$netif_receive_skb.L554)) yield;
  const ret = ($E.fast || $E.twinOk[netif_receive_skb_internal.k] === 1 ? netif_receive_skb_internal$fast(skb) : yield* netif_receive_skb_internal(skb));
  $f.vars.ret = ret;
  if (at(A$netif_receive_skb.L555)) yield;
  if (at(A$netif_receive_skb.L557)) yield;
  return ret;
  } finally {
    leave($f);
  }
}
const A$process_backlog = defineFn('net/core/dev.c', 'process_backlog', [572, 573, 576, 577, 578, 579, 580, 581, 582, 586, 587, 588, 591, 592, 595, 598, 599, 602]);

// ---- up: the softirq -------------------------------------------------------------------------

export function* process_backlog(napi: NapiStruct, quota: number): Sim<number> {
  const sd = napi.sd;
  const $f = enter(A$process_backlog, { napi, quota, sd });
  try {
  let again = true;
  let work = 0;
  if (at(A$process_backlog.L572)) yield;
  napi.weight = DEV_RX_WEIGHT;
  for (;;) {
    if (at(A$process_backlog.L573)) yield;
    if (!again) break;
    for (;;) {
      if (at(A$process_backlog.L576)) yield;
      const skb = sd!.process_queue.shift();
      if (!skb) break;
      $f.vars.skb = skb;
      if (at(A$process_backlog.L577)) yield;
      if (at(A$process_backlog.L578)) yield;
      ($E.fast || $E.twinOk[__netif_receive_skb.k] === 1 ? __netif_receive_skb$fast(skb) : yield* __netif_receive_skb(skb));
      if (at(A$process_backlog.L579)) yield;
      if (at(A$process_backlog.L580)) yield;
      if (at(A$process_backlog.L581)) yield;
      $f.vars.work = ++work;
      if (work >= quota) {
        if (at(A$process_backlog.L582)) yield;
        return work;
      }
    }
    if (at(A$process_backlog.L586)) yield;
    if (at(A$process_backlog.L587)) yield;
    if (at(A$process_backlog.L588)) yield;
    if (!sd!.input_pkt_queue.length) {
      if (at(A$process_backlog.L591)) yield;
      napi.state = 0;
      if (at(A$process_backlog.L592)) yield;
      again = false;
    } else {
      if (at(A$process_backlog.L595)) yield;
      const q = sd!.input_pkt_queue;
      while (q.length) sd!.process_queue.push(q.shift()!);
    }
    if (at(A$process_backlog.L598)) yield;
    if (at(A$process_backlog.L599)) yield;
  }
  if (at(A$process_backlog.L602)) yield;
  return work;
  } finally {
    leave($f);
  }
}
const A$napi_poll = defineFn('net/core/dev.c', 'napi_poll', [629, 631, 633, 635, 636, 638, 639, 642, 645, 649, 652, 654]);


export function* napi_poll(n: NapiStruct, repoll: NapiStruct[]): Sim<number> { let $t: any;
  const $f = enter(A$napi_poll, { n });
  try {
  if (at(A$napi_poll.L629)) yield;
  n.onList = false;
  if (at(A$napi_poll.L631)) yield;
  if (at(A$napi_poll.L633)) yield;
  const weight = n.weight;
  $f.vars.weight = weight;
  if (at(A$napi_poll.L635)) yield;
  let work = 0;
  if (at(A$napi_poll.L636)) yield;
  if (n.state & NAPI_STATE_SCHED) {
    if (at(A$napi_poll.L638)) yield;
    work = (($t = n.poll).fast !== undefined && ($E.fast || $E.twinOk[$t.k] === 1) ? $t.fast(n, weight) : yield* n.poll(n, weight));
    $f.vars.work = work;
    if (at(A$napi_poll.L639)) yield;
  }
  if (at(A$napi_poll.L642)) yield;
  if (at(A$napi_poll.L645)) yield;
  if (work >= weight) {
    if (at(A$napi_poll.L649)) yield;
    repoll.push(n);
    n.onList = true;
  }
  if (at(A$napi_poll.L652)) yield;
  if (at(A$napi_poll.L654)) yield;
  return work;
  } finally {
    leave($f);
  }
}
const A$net_rx_action = defineFn('net/core/dev.c', 'net_rx_action', [668, 673, 679, 680, 681, 682, 685, 686, 692, 694, 701, 702, 703, 705, 706, 708, 710]);

export function* net_rx_action(sd: SoftnetData): Sim<void> {
  const $f = enter(A$net_rx_action, { sd });
  try {
  if (at(A$net_rx_action.L668)) yield;
  let budget = NETDEV_BUDGET;
  $f.vars.budget = budget;
  if (at(A$net_rx_action.L673)) yield;
  const list = sd.poll_list.splice(0);
  const repoll: NapiStruct[] = [];
  for (;;) {
    if (at(A$net_rx_action.L679)) yield;
    if (!list.length) {
      if (at(A$net_rx_action.L680)) yield;
      if (!repoll.length) {
        if (at(A$net_rx_action.L681)) yield;
        if (at(A$net_rx_action.L710)) yield;
        return;
      }
      if (at(A$net_rx_action.L682)) yield;
      break;
    }
    if (at(A$net_rx_action.L685)) yield;
    const n = list.shift()!;
    $f.vars.n = n;
    if (at(A$net_rx_action.L686)) yield;
    budget -= ($E.fast || $E.twinOk[napi_poll.k] === 1 ? napi_poll$fast(n, repoll) : yield* napi_poll(n, repoll));
    $f.vars.budget = budget;
    if (at(A$net_rx_action.L692)) yield;
    if (budget <= 0) {
      if (at(A$net_rx_action.L694)) yield;
      sd.time_squeeze++;
      break;
    }
  }
  if (at(A$net_rx_action.L701)) yield;
  if (at(A$net_rx_action.L702)) yield;
  if (at(A$net_rx_action.L703)) yield;
  const all = [...list, ...sd.poll_list, ...repoll];
  sd.poll_list.length = 0;
  for (const x of all) sd.poll_list.push(x);
  if (at(A$net_rx_action.L705)) yield;
  if (sd.poll_list.length) {
    if (at(A$net_rx_action.L706)) yield;
    raise_net_rx(sd.net);
  }
  if (at(A$net_rx_action.L708)) yield;
  if (at(A$net_rx_action.L710)) yield;
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
export function run_softirq_work$fast(host: { readonly work: unknown[]; readonly net: Net }): any { const $e = $E; let $t: any;
  const work = host.work;
  while (work.length) {
    const w = work.shift()!;
    if (w instanceof TimerList) {
      (($t = w.fn).fast !== undefined ? $t.fast(w.arg) : $drive($t(w.arg)));
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
  const $f = ($tb !== null && ($o = (A$net_tx_action.L384 | 270532608), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  $s += 2;
  
  if (sd.output_queue.length) {
    $s += 2; if ($tb !== null) ($o = (A$net_tx_action.L391 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
    
    const head = sd.output_queue.splice(0);
    $s += 3; if ($tb !== null) ($o = (A$net_tx_action.L393 | 2097152), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
    
    
    for (;;) {
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$net_tx_action.L397) : $tb.op($e.now, A$net_tx_action.L397));
      const q = head.shift();
      if (!q) break;
      
      $s += 5; if ($tb !== null) ($o = (A$net_tx_action.L401 | 4194304), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
      
      
      
      q.sched = false;
      
      qdisc_run$fast(q);
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$net_tx_action.L411) : $tb.op($e.now, A$net_tx_action.L411));
    }
  }
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$net_tx_action.L416) : $tb.op($e.now, A$net_tx_action.L416));
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
export function dev_hard_start_xmit$fast(first: SkBuff, dev: NetDevice): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0; let $x = -1;
  let skb: SkBuff | null = first;
  const $f = ($tb !== null && ($o = (A$dev_hard_start_xmit.L100 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  ++$s;
  let rc = NETDEV_TX_OK;
  for (;;) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$dev_hard_start_xmit.L102) : $tb.op($e.now, A$dev_hard_start_xmit.L102));
    if (!skb) break;
    $s += 3; if ($tb !== null) ($o = (A$dev_hard_start_xmit.L103 | 2097152), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
    
    
    rc = xmit_one$fast(skb, dev, false);
    
    $s += 2; if ($tb !== null) ($o = (A$dev_hard_start_xmit.L107 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
    
    skb = null;
  }
  $s += 2; $x = A$dev_hard_start_xmit.L116 | 2097152;
  
  return ($r = (rc), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$dev_hard_start_xmit.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
export function __dev_xmit_skb$fast(skb: SkBuff, q: Qdisc, dev: NetDevice, txq: NetdevQueue): any { const $e = $E; const $tb: any = $e.lineSink; let $t: any; let $o: number; let $r: any; let $s = 0; let $x = -1;
  const to_free: SkBuff[] = [];
  const $f = ($tb !== null && ($o = (A$__dev_xmit_skb.L136 | 271581184), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  let rc: number;
  $s += 3;
  // (every qdisc here with an enqueue is pfifo_fast, TCQ_F_NOLOCK: the locked branch is not written)
  
  
  if (q.flags & TCQ_F_CAN_BYPASS && q.empty && qdisc_run_begin(q)) {
    $s += 4; if ($tb !== null) ($o = (A$__dev_xmit_skb.L145 | 3145728), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
    
    q.bstats.bytes += skb_len(skb);
    q.bstats.packets++;
    
    rc = NET_XMIT_SUCCESS;
    
    if (sch_direct_xmit$fast(skb, q, dev, txq, null, true)) {
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__dev_xmit_skb.L156) : $tb.op($e.now, A$__dev_xmit_skb.L156));
      __qdisc_run$fast(q);
    }
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__dev_xmit_skb.L159) : $tb.op($e.now, A$__dev_xmit_skb.L159));
    qdisc_run_end(q);
  } else {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__dev_xmit_skb.L163) : $tb.op($e.now, A$__dev_xmit_skb.L163));
    rc = ((($t = q.enqueue!).fast !== undefined ? $t.fast(skb, q, to_free) : $drive($t(skb, q, to_free)))) & NET_XMIT_MASK;
    
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__dev_xmit_skb.L164) : $tb.op($e.now, A$__dev_xmit_skb.L164));
    qdisc_run$fast(q);
  }
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__dev_xmit_skb.L168) : $tb.op($e.now, A$__dev_xmit_skb.L168));
  if (to_free.length) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__dev_xmit_skb.L169) : $tb.op($e.now, A$__dev_xmit_skb.L169));
  }
  ++$s; $x = A$__dev_xmit_skb.L170 | 1048576;
  return ($r = (rc), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$__dev_xmit_skb.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
export function __dev_queue_xmit$fast(skb: SkBuff, sb_dev: NetDevice | null): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0; let $x = -1;
  const dev = skb.dev!;
  const $f = ($tb !== null && ($o = (A$__dev_queue_xmit.L187 | 272629760), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  $s += 4;
  let rc = -12;
  
  skb_reset_mac_header(skb);
  
  
  if (dev.priv_flags & IFF_XMIT_DST_RELEASE) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__dev_queue_xmit.L202) : $tb.op($e.now, A$__dev_queue_xmit.L202));
    skb._skb_refdst = null;
  } else {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__dev_queue_xmit.L204) : $tb.op($e.now, A$__dev_queue_xmit.L204));
  }
  $s += 4; if ($tb !== null) ($o = (A$__dev_queue_xmit.L206 | 3145728), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  const txq = dev.txq;
  
  const q = txq.qdisc;
  
  
  if (q.enqueue) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__dev_queue_xmit.L212) : $tb.op($e.now, A$__dev_queue_xmit.L212));
    rc = __dev_xmit_skb$fast(skb, q, dev, txq);
    
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__dev_queue_xmit.L213) : $tb.op($e.now, A$__dev_queue_xmit.L213));
    $s += 2; $x = A$__dev_queue_xmit.L251 | 2097152;
    
    return ($r = (rc), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$__dev_queue_xmit.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
  // noqueue (lo): straight to the driver
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__dev_queue_xmit.L216) : $tb.op($e.now, A$__dev_queue_xmit.L216));
  if (dev.flags & IFF_UP) {
    $s += 8; if ($tb !== null) ($o = (A$__dev_queue_xmit.L219 | 7340032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
    
    
    
    
    
    
    
    rc = dev_hard_start_xmit$fast(skb, dev);
    
    $s += 4; if ($tb !== null) ($o = (A$__dev_queue_xmit.L232 | 3145728), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
    
    
    
    $s += 2; $x = A$__dev_queue_xmit.L251 | 2097152;
    
    return ($r = (rc), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$__dev_queue_xmit.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
  $s += 5; $x = A$__dev_queue_xmit.L244 | 5242880;
  rc = -100;
  
  
  dev.stats.tx_dropped++;
  
  
  return ($r = (rc), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$__dev_queue_xmit.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
export function dev_queue_xmit$fast(skb: SkBuff): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0;
  const $f = ($tb !== null && ($o = (A$dev_queue_xmit.L262 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  ++$s;
  return ($r = (__dev_queue_xmit$fast(skb, null)), ($e.steps += $s, $tb !== null && ($o = (A$dev_queue_xmit.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
export function ____napi_schedule$fast(sd: SoftnetData, napi: NapiStruct, net: Net): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $s = 0;
  const $f = ($tb !== null && ($o = (A$____napi_schedule.L274 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  ++$s;
  sd.poll_list.push(napi);
  napi.onList = true;
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$____napi_schedule.L277) : $tb.op($e.now, A$____napi_schedule.L277));
  raise_net_rx(net);
  } ($e.steps += $s, $tb !== null && ($o = (A$____napi_schedule.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
}
export function __napi_schedule$fast(n: NapiStruct): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $s = 0;
  const net = n.dev!.net;
  const $f = ($tb !== null && ($o = (A$__napi_schedule.L614 | 270532608), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  $s += 2;
  
  ____napi_schedule$fast(net.softnet, n, net);
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__napi_schedule.L616) : $tb.op($e.now, A$__napi_schedule.L616));
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
  const $f = ($tb !== null && ($o = (A$enqueue_to_backlog.L293 | 274726912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  $s += 6;
  
  
  
  
  const qlen = sd.input_pkt_queue.length;
  
  
  if (qlen <= NETDEV_MAX_BACKLOG) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$enqueue_to_backlog.L303) : $tb.op($e.now, A$enqueue_to_backlog.L303));
    if (!qlen) {
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$enqueue_to_backlog.L315) : $tb.op($e.now, A$enqueue_to_backlog.L315));
      if (!(sd.backlog.state & NAPI_STATE_SCHED)) {
        sd.backlog.state |= NAPI_STATE_SCHED;
        $s += 2; if ($tb !== null) ($o = (A$enqueue_to_backlog.L316 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
        
        ____napi_schedule$fast(sd, sd.backlog, net);
      }
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$enqueue_to_backlog.L319) : $tb.op($e.now, A$enqueue_to_backlog.L319));
    }
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$enqueue_to_backlog.L305) : $tb.op($e.now, A$enqueue_to_backlog.L305));
    sd.input_pkt_queue.push(skb);
    $s += 4; $x = A$enqueue_to_backlog.L306 | 4194304;
    
    
    
    return ($r = (NET_RX_SUCCESS), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$enqueue_to_backlog.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
  $s += 4; $x = A$enqueue_to_backlog.L323 | 4194304;
  sd.dropped++;
  
  skb.dev!.stats.rx_dropped++;
  
  
  return ($r = (NET_RX_DROP), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$enqueue_to_backlog.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
export function netif_rx_internal$fast(skb: SkBuff): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0; let $x = -1;
  const $f = ($tb !== null && ($o = (A$netif_rx_internal.L342 | 271581184), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  $s += 3;
  
  
  const ret = enqueue_to_backlog$fast(skb, skb.dev!.net);
  
  $s += 2; $x = A$netif_rx_internal.L350 | 2097152;
  
  return ($r = (ret), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$netif_rx_internal.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
export function netif_rx$fast(skb: SkBuff): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0; let $x = -1;
  const $f = ($tb !== null && ($o = (A$netif_rx.L364 | 270532608), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  $s += 2;
  
  const ret = netif_rx_internal$fast(skb);
  
  $s += 2; $x = A$netif_rx.L367 | 2097152;
  
  return ($r = (ret), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$netif_rx.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
export function __netif_receive_skb_core$fast(skb: SkBuff, pfmemalloc: boolean): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0; let $x = -1;
  const $f = ($tb !== null && ($o = (A$__netif_receive_skb_core.L435 | 273678336), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  $s += 5;
  
  
  const orig_dev = skb.dev!;
  
  
  skb_reset_network_header(skb);
  
  if (skb.transport_header === 0xffff) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__netif_receive_skb_core.L444) : $tb.op($e.now, A$__netif_receive_skb_core.L444));
    skb_reset_transport_header(skb);
  }
  $s += 11; if ($tb !== null) ($o = (A$__netif_receive_skb_core.L445 | 10485760), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  
  
  skb.skb_iif = orig_dev.ifindex;
  
  orig_dev.net.softnet.processed++;
  // ptype_all: the taps (a packet capture's AF_PACKET socket); none is open in the simulator
  
  
  
  
  const type = skb.protocol;
  
  
  
  const pt_prev = type === ETH_P_IP ? ip_packet_type : type === ETH_P_ARP ? arp_packet_type : null;
  
  
  if (pt_prev) {
    $s += 2; if ($tb !== null) ($o = (A$__netif_receive_skb_core.L476 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
    
  }
  ++$s; $x = A$__netif_receive_skb_core.L484 | 1048576;
  return ($r = (pt_prev), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$__netif_receive_skb_core.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
export function __netif_receive_skb_one_core$fast(skb: SkBuff, pfmemalloc: boolean): any { const $e = $E; const $tb: any = $e.lineSink; let $t: any; let $o: number; let $r: any; let $s = 0; let $x = -1;
  const orig_dev = skb.dev!;
  const $f = ($tb !== null && ($o = (A$__netif_receive_skb_one_core.L498 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  ++$s;
  const pt_prev = __netif_receive_skb_core$fast(skb, pfmemalloc);
  
  let ret = NET_RX_DROP;
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__netif_receive_skb_one_core.L499) : $tb.op($e.now, A$__netif_receive_skb_one_core.L499));
  if (pt_prev) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__netif_receive_skb_one_core.L500) : $tb.op($e.now, A$__netif_receive_skb_one_core.L500));
    ret = (($t = pt_prev.func).fast !== undefined ? $t.fast(skb, skb.dev!) : $drive($t(skb, skb.dev!)));
  }
  ++$s; $x = A$__netif_receive_skb_one_core.L502 | 1048576;
  return ($r = (ret), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$__netif_receive_skb_one_core.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
export function __netif_receive_skb$fast(skb: SkBuff): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0; let $x = -1;
  const $f = ($tb !== null && ($o = (A$__netif_receive_skb.L514 | 270532608), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  $s += 2;
  
  const ret = __netif_receive_skb_one_core$fast(skb, false);
  
  ++$s; $x = A$__netif_receive_skb.L519 | 1048576;
  return ($r = (ret), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$__netif_receive_skb.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
export function netif_receive_skb_internal$fast(skb: SkBuff): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0; let $x = -1;
  const $f = ($tb !== null && ($o = (A$netif_receive_skb_internal.L531 | 272629760), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  $s += 4;
  
  
  
  const ret = __netif_receive_skb$fast(skb);
  
  $s += 2; $x = A$netif_receive_skb_internal.L539 | 2097152;
  
  return ($r = (ret), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$netif_receive_skb_internal.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
export function netif_receive_skb$fast(skb: SkBuff): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0; let $x = -1;
  const $f = ($tb !== null && ($o = (A$netif_receive_skb.L552 | 270532608), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  $s += 2;
  
  const ret = netif_receive_skb_internal$fast(skb);
  
  $s += 2; $x = A$netif_receive_skb.L555 | 2097152;
  
  return ($r = (ret), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$netif_receive_skb.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
export function process_backlog$fast(napi: NapiStruct, quota: number): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0; let $x = -1;
  const sd = napi.sd;
  const $f = ($tb !== null && ($o = (A$process_backlog.L572 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  let again = true;
  let work = 0;
  ++$s;
  napi.weight = DEV_RX_WEIGHT;
  for (;;) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$process_backlog.L573) : $tb.op($e.now, A$process_backlog.L573));
    if (!again) break;
    for (;;) {
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$process_backlog.L576) : $tb.op($e.now, A$process_backlog.L576));
      const skb = sd!.process_queue.shift();
      if (!skb) break;
      
      $s += 2; if ($tb !== null) ($o = (A$process_backlog.L577 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
      
      __netif_receive_skb$fast(skb);
      $s += 3; if ($tb !== null) ($o = (A$process_backlog.L579 | 2097152), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
      
      
      ++work;
      if (work >= quota) {
        ++$s; $x = A$process_backlog.L582 | 1048576;
        return ($r = (work), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$process_backlog.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
      }
    }
    $s += 3; if ($tb !== null) ($o = (A$process_backlog.L586 | 2097152), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
    
    
    if (!sd!.input_pkt_queue.length) {
      $s += 2; if ($tb !== null) ($o = (A$process_backlog.L591 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
      napi.state = 0;
      
      again = false;
    } else {
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$process_backlog.L595) : $tb.op($e.now, A$process_backlog.L595));
      const q = sd!.input_pkt_queue;
      while (q.length) sd!.process_queue.push(q.shift()!);
    }
    $s += 2; if ($tb !== null) ($o = (A$process_backlog.L598 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
    
  }
  ++$s; $x = A$process_backlog.L602 | 1048576;
  return ($r = (work), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$process_backlog.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
export function napi_poll$fast(n: NapiStruct, repoll: NapiStruct[]): any { const $e = $E; const $tb: any = $e.lineSink; let $t: any; let $o: number; let $r: any; let $s = 0; let $x = -1;
  const $f = ($tb !== null && ($o = (A$napi_poll.L629 | 273678336), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  $s += 5;
  n.onList = false;
  
  
  const weight = n.weight;
  
  
  let work = 0;
  
  if (n.state & NAPI_STATE_SCHED) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$napi_poll.L638) : $tb.op($e.now, A$napi_poll.L638));
    work = (($t = n.poll).fast !== undefined ? $t.fast(n, weight) : $drive($t(n, weight)));
    
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$napi_poll.L639) : $tb.op($e.now, A$napi_poll.L639));
  }
  $s += 2; if ($tb !== null) ($o = (A$napi_poll.L642 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  
  if (work >= weight) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$napi_poll.L649) : $tb.op($e.now, A$napi_poll.L649));
    repoll.push(n);
    n.onList = true;
  }
  $s += 2; $x = A$napi_poll.L652 | 2097152;
  
  return ($r = (work), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$napi_poll.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
export function net_rx_action$fast(sd: SoftnetData): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $s = 0; let $x = -1;
  const $f = ($tb !== null && ($o = (A$net_rx_action.L668 | 270532608), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  $s += 2;
  let budget = NETDEV_BUDGET;
  
  
  const list = sd.poll_list.splice(0);
  const repoll: NapiStruct[] = [];
  for (;;) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$net_rx_action.L679) : $tb.op($e.now, A$net_rx_action.L679));
    if (!list.length) {
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$net_rx_action.L680) : $tb.op($e.now, A$net_rx_action.L680));
      if (!repoll.length) {
        ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$net_rx_action.L681) : $tb.op($e.now, A$net_rx_action.L681));
        ++$s; $x = A$net_rx_action.L710 | 1048576;
        { ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$net_rx_action.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))); return; }
      }
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$net_rx_action.L682) : $tb.op($e.now, A$net_rx_action.L682));
      break;
    }
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$net_rx_action.L685) : $tb.op($e.now, A$net_rx_action.L685));
    const n = list.shift()!;
    
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$net_rx_action.L686) : $tb.op($e.now, A$net_rx_action.L686));
    budget -= napi_poll$fast(n, repoll);
    
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$net_rx_action.L692) : $tb.op($e.now, A$net_rx_action.L692));
    if (budget <= 0) {
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$net_rx_action.L694) : $tb.op($e.now, A$net_rx_action.L694));
      sd.time_squeeze++;
      break;
    }
  }
  $s += 3; if ($tb !== null) ($o = (A$net_rx_action.L701 | 2097152), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  
  
  const all = [...list, ...sd.poll_list, ...repoll];
  sd.poll_list.length = 0;
  for (const x of all) sd.poll_list.push(x);
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$net_rx_action.L705) : $tb.op($e.now, A$net_rx_action.L705));
  if (sd.poll_list.length) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$net_rx_action.L706) : $tb.op($e.now, A$net_rx_action.L706));
    raise_net_rx(sd.net);
  }
  $s += 2; if ($tb !== null) ($o = (A$net_rx_action.L708 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  
  } ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$net_rx_action.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
}
$kreg(run_softirq_work, run_softirq_work$fast, 'run_softirq_work', () => ['ip_expire', 'neigh_timer_handler', 'reqsk_timer_handler', 'simnic_tx_interrupt', 'tcp_delack_timer_handler', 'tcp_write_timer_handler', 'tw_timer_handler', net_rx_action, net_tx_action, simnic_interrupt]);
$kreg(__netif_reschedule, __netif_reschedule$fast, '__netif_reschedule', () => []);
$kreg(__netif_schedule, __netif_schedule$fast, '__netif_schedule', () => [__netif_reschedule]);
$kreg(netif_tx_wake_queue, netif_tx_wake_queue$fast, 'netif_tx_wake_queue', () => [__netif_schedule]);
$kreg(net_tx_action, net_tx_action$fast, 'net_tx_action', () => [qdisc_run]);
$kreg(xmit_one, xmit_one$fast, 'xmit_one', () => ['loopback_xmit', 'simnic_xmit']);
$kreg(dev_hard_start_xmit, dev_hard_start_xmit$fast, 'dev_hard_start_xmit', () => [xmit_one]);
$kreg(__dev_xmit_skb, __dev_xmit_skb$fast, '__dev_xmit_skb', () => ['pfifo_fast_enqueue', __qdisc_run, qdisc_run, sch_direct_xmit]);
$kreg(__dev_queue_xmit, __dev_queue_xmit$fast, '__dev_queue_xmit', () => [__dev_xmit_skb, dev_hard_start_xmit]);
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
