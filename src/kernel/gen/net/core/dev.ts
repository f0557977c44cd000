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
  DEV_RX_WEIGHT, ETH_P_ARP, ETH_P_IP, IFF_UP, IFF_XMIT_DST_RELEASE, NAPI_STATE_SCHED, NET_RX_DROP, NET_RX_SOFTIRQ,
  NET_RX_SUCCESS, NET_XMIT_SUCCESS, NETDEV_BUDGET, NETDEV_MAX_BACKLOG, NETDEV_TX_OK,
} from '../../../include/linux/netdevice';
import { ip_rcv } from '../ipv4/ip_input';
import { arp_rcv, arp_init } from '../ipv4/arp';
import { simnic_interrupt, netdevs_init } from '../../drivers/net/simnic';
import { ip_rt_init } from '../ipv4/route';
import { TimerList } from '../../../core/timer';
import type { NetdevQueue, Qdisc } from '../../../include/net/sch_generic';
import { NET_XMIT_MASK, TCQ_F_CAN_BYPASS, qdisc_run_begin, qdisc_run_end } from '../../../include/net/sch_generic';
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
    } else {
      // a device's interrupt line: its handler (the simulated NIC's)
      ($E.fast || $E.twinOk[simnic_interrupt.k] === 1 ? simnic_interrupt$fast(w as NetDevice) : yield* simnic_interrupt(w as NetDevice));
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
  const sd: SoftnetData = { structName: 'softnet_data', net, poll_list: [], input_pkt_queue: [], process_queue: [], backlog, processed: 0, dropped: 0, time_squeeze: 0, rx_pending: false };
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
const A$xmit_one = defineFn('net/core/dev.c', 'xmit_one', [24, 27, 28, 31, 32, 34]);

// ---- down --------------------------------------------------------------------------------------

export function* xmit_one(skb: SkBuff, dev: NetDevice, more: boolean): Sim<number> { let $t: any;
  const $f = enter(A$xmit_one, { skb, dev, more });
  try {
  if (at(A$xmit_one.L24)) yield;
  if (at(A$xmit_one.L27)) yield;
  const len = skb_len(skb);
  $f.vars.len = len;
  if (at(A$xmit_one.L28)) yield;
  if (at(A$xmit_one.L31)) yield;
  const rc = (($t = dev.netdev_ops.ndo_start_xmit).fast !== undefined && ($E.fast || $E.twinOk[$t.k] === 1) ? $t.fast(skb, dev) : yield* dev.netdev_ops.ndo_start_xmit(skb, dev));
  $f.vars.rc = rc;
  if (at(A$xmit_one.L32)) yield;
  if (at(A$xmit_one.L34)) yield;
  return rc;
  } finally {
    leave($f);
  }
}
const A$dev_hard_start_xmit = defineFn('net/core/dev.c', 'dev_hard_start_xmit', [46, 48, 49, 51, 52, 53, 57, 62, 63]);

export function* dev_hard_start_xmit(first: SkBuff, dev: NetDevice): Sim<number> {
  let skb: SkBuff | null = first;
  const $f = enter(A$dev_hard_start_xmit, { first, dev, skb });
  try {
  if (at(A$dev_hard_start_xmit.L46)) yield;
  let rc = NETDEV_TX_OK;
  for (;;) {
    if (at(A$dev_hard_start_xmit.L48)) yield;
    if (!skb) break;
    if (at(A$dev_hard_start_xmit.L49)) yield;
    if (at(A$dev_hard_start_xmit.L51)) yield;
    if (at(A$dev_hard_start_xmit.L52)) yield;
    rc = ($E.fast || $E.twinOk[xmit_one.k] === 1 ? xmit_one$fast(skb, dev, false) : yield* xmit_one(skb, dev, false));
    $f.vars.rc = rc;
    if (at(A$dev_hard_start_xmit.L53)) yield;
    if (at(A$dev_hard_start_xmit.L57)) yield;
    skb = null;
  }
  if (at(A$dev_hard_start_xmit.L62)) yield;
  if (at(A$dev_hard_start_xmit.L63)) yield;
  return rc;
  } finally {
    leave($f);
  }
}
const A$__dev_xmit_skb = defineFn('net/core/dev.c', '__dev_xmit_skb', [82, 85, 89, 91, 98, 100, 101, 102, 105, 109, 110, 114, 115, 116]);

export function* __dev_xmit_skb(skb: SkBuff, q: Qdisc, dev: NetDevice, txq: NetdevQueue): Sim<number> { let $t: any;
  const to_free: SkBuff[] = [];
  const $f = enter(A$__dev_xmit_skb, { skb, q, dev, txq });
  try {
  let rc: number;
  if (at(A$__dev_xmit_skb.L82)) yield;
  // (every qdisc here with an enqueue is pfifo_fast, TCQ_F_NOLOCK: the locked branch is not written)
  if (at(A$__dev_xmit_skb.L85)) yield;
  if (at(A$__dev_xmit_skb.L89)) yield;
  if (q.flags & TCQ_F_CAN_BYPASS && q.empty && qdisc_run_begin(q)) {
    if (at(A$__dev_xmit_skb.L91)) yield;
    if (at(A$__dev_xmit_skb.L98)) yield;
    q.bstats.bytes += skb_len(skb);
    q.bstats.packets++;
    if (at(A$__dev_xmit_skb.L100)) yield;
    rc = NET_XMIT_SUCCESS;
    if (at(A$__dev_xmit_skb.L101)) yield;
    if (($E.fast || $E.twinOk[sch_direct_xmit.k] === 1 ? sch_direct_xmit$fast(skb, q, dev, txq, null, true) : yield* sch_direct_xmit(skb, q, dev, txq, null, true))) {
      if (at(A$__dev_xmit_skb.L102)) yield;
      ($E.fast || $E.twinOk[__qdisc_run.k] === 1 ? __qdisc_run$fast(q) : yield* __qdisc_run(q));
    }
    if (at(A$__dev_xmit_skb.L105)) yield;
    qdisc_run_end(q);
  } else {
    if (at(A$__dev_xmit_skb.L109)) yield;
    rc = ((($t = q.enqueue!).fast !== undefined && ($E.fast || $E.twinOk[$t.k] === 1) ? $t.fast(skb, q, to_free) : yield* q.enqueue!(skb, q, to_free))) & NET_XMIT_MASK;
    $f.vars.rc = rc;
    if (at(A$__dev_xmit_skb.L110)) yield;
    ($E.fast || $E.twinOk[qdisc_run.k] === 1 ? qdisc_run$fast(q) : yield* qdisc_run(q));
  }
  if (at(A$__dev_xmit_skb.L114)) yield;
  if (to_free.length) {
    if (at(A$__dev_xmit_skb.L115)) yield;
  }
  if (at(A$__dev_xmit_skb.L116)) yield;
  return rc;
  } finally {
    leave($f);
  }
}
const A$__dev_queue_xmit = defineFn('net/core/dev.c', '__dev_queue_xmit', [133, 137, 142, 147, 148, 150, 152, 153, 155, 157, 158, 159, 162, 165, 166, 169, 170, 173, 175, 176, 177, 178, 179, 180, 181, 190, 191, 193, 194, 195, 197, 198]);

export function* __dev_queue_xmit(skb: SkBuff, sb_dev: NetDevice | null): Sim<number> {
  const dev = skb.dev!;
  const $f = enter(A$__dev_queue_xmit, { skb, sb_dev, dev });
  try {
  if (at(A$__dev_queue_xmit.L133)) yield;
  let rc = -12;
  if (at(A$__dev_queue_xmit.L137)) yield;
  skb_reset_mac_header(skb);
  if (at(A$__dev_queue_xmit.L142)) yield;
  if (at(A$__dev_queue_xmit.L147)) yield;
  if (dev.priv_flags & IFF_XMIT_DST_RELEASE) {
    if (at(A$__dev_queue_xmit.L148)) yield;
    skb._skb_refdst = null;
  } else {
    if (at(A$__dev_queue_xmit.L150)) yield;
  }
  if (at(A$__dev_queue_xmit.L152)) yield;
  const txq = dev.txq;
  if (at(A$__dev_queue_xmit.L153)) yield;
  const q = txq.qdisc;
  if (at(A$__dev_queue_xmit.L155)) yield;
  if (at(A$__dev_queue_xmit.L157)) yield;
  if (q.enqueue) {
    if (at(A$__dev_queue_xmit.L158)) yield;
    rc = ($E.fast || $E.twinOk[__dev_xmit_skb.k] === 1 ? __dev_xmit_skb$fast(skb, q, dev, txq) : yield* __dev_xmit_skb(skb, q, dev, txq));
    $f.vars.rc = rc;
    if (at(A$__dev_queue_xmit.L159)) yield;
    if (at(A$__dev_queue_xmit.L197)) yield;
    if (at(A$__dev_queue_xmit.L198)) yield;
    return rc;
  }
  // noqueue (lo): straight to the driver
  if (at(A$__dev_queue_xmit.L162)) yield;
  if (dev.flags & IFF_UP) {
    if (at(A$__dev_queue_xmit.L165)) yield;
    if (at(A$__dev_queue_xmit.L166)) yield;
    if (at(A$__dev_queue_xmit.L169)) yield;
    if (at(A$__dev_queue_xmit.L170)) yield;
    if (at(A$__dev_queue_xmit.L173)) yield;
    if (at(A$__dev_queue_xmit.L175)) yield;
    if (at(A$__dev_queue_xmit.L176)) yield;
    if (at(A$__dev_queue_xmit.L177)) yield;
    rc = ($E.fast || $E.twinOk[dev_hard_start_xmit.k] === 1 ? dev_hard_start_xmit$fast(skb, dev) : yield* dev_hard_start_xmit(skb, dev));
    $f.vars.rc = rc;
    if (at(A$__dev_queue_xmit.L178)) yield;
    if (at(A$__dev_queue_xmit.L179)) yield;
    if (at(A$__dev_queue_xmit.L180)) yield;
    if (at(A$__dev_queue_xmit.L181)) yield;
    if (at(A$__dev_queue_xmit.L197)) yield;
    if (at(A$__dev_queue_xmit.L198)) yield;
    return rc;
  }
  if (at(A$__dev_queue_xmit.L190)) yield;
  rc = -100;
  if (at(A$__dev_queue_xmit.L191)) yield;
  if (at(A$__dev_queue_xmit.L193)) yield;
  dev.stats.tx_dropped++;
  if (at(A$__dev_queue_xmit.L194)) yield;
  if (at(A$__dev_queue_xmit.L195)) yield;
  return rc;
  } finally {
    leave($f);
  }
}
const A$dev_queue_xmit = defineFn('net/core/dev.c', 'dev_queue_xmit', [208]);

export function* dev_queue_xmit(skb: SkBuff): Sim<number> {
  const $f = enter(A$dev_queue_xmit, { skb });
  try {
  if (at(A$dev_queue_xmit.L208)) yield;
  return ($E.fast || $E.twinOk[__dev_queue_xmit.k] === 1 ? __dev_queue_xmit$fast(skb, null) : yield* __dev_queue_xmit(skb, null));
  } finally {
    leave($f);
  }
}
const A$____napi_schedule = defineFn('net/core/dev.c', '____napi_schedule', [220, 223]);

// ---- up: scheduling --------------------------------------------------------------------------

export function* ____napi_schedule(sd: SoftnetData, napi: NapiStruct, net: Net): Sim<void> {
  const $f = enter(A$____napi_schedule, { sd, napi });
  try {
  if (at(A$____napi_schedule.L220)) yield;
  sd.poll_list.push(napi);
  napi.onList = true;
  if (at(A$____napi_schedule.L223)) yield;
  raise_net_rx(net);
  } finally {
    leave($f);
  }
}
const A$__napi_schedule = defineFn('net/core/dev.c', '__napi_schedule', [513, 514, 515]);

export function* __napi_schedule(n: NapiStruct): Sim<void> {
  const net = n.dev!.net;
  const $f = enter(A$__napi_schedule, { n });
  try {
  if (at(A$__napi_schedule.L513)) yield;
  if (at(A$__napi_schedule.L514)) yield;
  ($E.fast || $E.twinOk[____napi_schedule.k] === 1 ? ____napi_schedule$fast(net.softnet, n, net) : yield* ____napi_schedule(net.softnet, n, net));
  if (at(A$__napi_schedule.L515)) yield;
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
const A$enqueue_to_backlog = defineFn('net/core/dev.c', 'enqueue_to_backlog', [239, 241, 243, 244, 246, 248, 249, 251, 252, 253, 254, 255, 261, 262, 263, 265, 269, 274, 275, 276]);

export function* enqueue_to_backlog(skb: SkBuff, net: Net): Sim<number> {
  const sd = net.softnet;
  const $f = enter(A$enqueue_to_backlog, { skb, sd });
  try {
  if (at(A$enqueue_to_backlog.L239)) yield;
  if (at(A$enqueue_to_backlog.L241)) yield;
  if (at(A$enqueue_to_backlog.L243)) yield;
  if (at(A$enqueue_to_backlog.L244)) yield;
  if (at(A$enqueue_to_backlog.L246)) yield;
  const qlen = sd.input_pkt_queue.length;
  $f.vars.qlen = qlen;
  if (at(A$enqueue_to_backlog.L248)) yield;
  if (qlen <= NETDEV_MAX_BACKLOG) {
    if (at(A$enqueue_to_backlog.L249)) yield;
    if (!qlen) {
      if (at(A$enqueue_to_backlog.L261)) yield;
      if (!(sd.backlog.state & NAPI_STATE_SCHED)) {
        sd.backlog.state |= NAPI_STATE_SCHED;
        if (at(A$enqueue_to_backlog.L262)) yield;
        if (at(A$enqueue_to_backlog.L263)) yield;
        ($E.fast || $E.twinOk[____napi_schedule.k] === 1 ? ____napi_schedule$fast(sd, sd.backlog, net) : yield* ____napi_schedule(sd, sd.backlog, net));
      }
      if (at(A$enqueue_to_backlog.L265)) yield;
    }
    if (at(A$enqueue_to_backlog.L251)) yield;
    sd.input_pkt_queue.push(skb);
    if (at(A$enqueue_to_backlog.L252)) yield;
    if (at(A$enqueue_to_backlog.L253)) yield;
    if (at(A$enqueue_to_backlog.L254)) yield;
    if (at(A$enqueue_to_backlog.L255)) yield;
    return NET_RX_SUCCESS;
  }
  if (at(A$enqueue_to_backlog.L269)) yield;
  sd.dropped++;
  if (at(A$enqueue_to_backlog.L274)) yield;
  skb.dev!.stats.rx_dropped++;
  if (at(A$enqueue_to_backlog.L275)) yield;
  if (at(A$enqueue_to_backlog.L276)) yield;
  return NET_RX_DROP;
  } finally {
    leave($f);
  }
}
const A$netif_rx_internal = defineFn('net/core/dev.c', 'netif_rx_internal', [288, 290, 295, 296, 298]);

export function* netif_rx_internal(skb: SkBuff): Sim<number> {
  const $f = enter(A$netif_rx_internal, { skb });
  try {
  if (at(A$netif_rx_internal.L288)) yield;
  if (at(A$netif_rx_internal.L290)) yield;
  if (at(A$netif_rx_internal.L295)) yield;
  const ret = ($E.fast || $E.twinOk[enqueue_to_backlog.k] === 1 ? enqueue_to_backlog$fast(skb, skb.dev!.net) : yield* enqueue_to_backlog(skb, skb.dev!.net));
  $f.vars.ret = ret;
  if (at(A$netif_rx_internal.L296)) yield;
  if (at(A$netif_rx_internal.L298)) yield;
  return ret;
  } finally {
    leave($f);
  }
}
const A$netif_rx = defineFn('net/core/dev.c', 'netif_rx', [310, 312, 313, 315]);

export function* netif_rx(skb: SkBuff): Sim<number> {
  const $f = enter(A$netif_rx, { skb });
  try {
  if (at(A$netif_rx.L310)) yield;
  if (at(A$netif_rx.L312)) yield;
  const ret = ($E.fast || $E.twinOk[netif_rx_internal.k] === 1 ? netif_rx_internal$fast(skb) : yield* netif_rx_internal(skb));
  $f.vars.ret = ret;
  if (at(A$netif_rx.L313)) yield;
  if (at(A$netif_rx.L315)) yield;
  return ret;
  } finally {
    leave($f);
  }
}
const A$__netif_receive_skb_core = defineFn('net/core/dev.c', '__netif_receive_skb_core', [334, 336, 338, 341, 342, 343, 344, 346, 349, 351, 353, 359, 360, 364, 367, 369, 374, 375, 377, 383]);

// ---- up: to the protocol ---------------------------------------------------------------------

export function* __netif_receive_skb_core(skb: SkBuff, pfmemalloc: boolean): Sim<PacketType | null> {
  const $f = enter(A$__netif_receive_skb_core, { skb, pfmemalloc });
  try {
  if (at(A$__netif_receive_skb_core.L334)) yield;
  if (at(A$__netif_receive_skb_core.L336)) yield;
  if (at(A$__netif_receive_skb_core.L338)) yield;
  const orig_dev = skb.dev!;
  $f.vars.orig_dev = orig_dev;
  if (at(A$__netif_receive_skb_core.L341)) yield;
  skb_reset_network_header(skb);
  if (at(A$__netif_receive_skb_core.L342)) yield;
  if (skb.transport_header === 0xffff) {
    if (at(A$__netif_receive_skb_core.L343)) yield;
    skb_reset_transport_header(skb);
  }
  if (at(A$__netif_receive_skb_core.L344)) yield;
  if (at(A$__netif_receive_skb_core.L346)) yield;
  if (at(A$__netif_receive_skb_core.L349)) yield;
  skb.skb_iif = orig_dev.ifindex;
  if (at(A$__netif_receive_skb_core.L351)) yield;
  orig_dev.net.softnet.processed++;
  // ptype_all: the taps (a packet capture's AF_PACKET socket); none is open in the simulator
  if (at(A$__netif_receive_skb_core.L353)) yield;
  if (at(A$__netif_receive_skb_core.L359)) yield;
  if (at(A$__netif_receive_skb_core.L360)) yield;
  if (at(A$__netif_receive_skb_core.L364)) yield;
  const type = skb.protocol;
  $f.vars.type = type;
  if (at(A$__netif_receive_skb_core.L367)) yield;
  if (at(A$__netif_receive_skb_core.L369)) yield;
  const pt_prev = type === ETH_P_IP ? ip_packet_type : type === ETH_P_ARP ? arp_packet_type : null;
  $f.vars.pt_prev = pt_prev;
  if (at(A$__netif_receive_skb_core.L374)) yield;
  if (pt_prev) {
    if (at(A$__netif_receive_skb_core.L375)) yield;
    if (at(A$__netif_receive_skb_core.L377)) yield;
  }
  if (at(A$__netif_receive_skb_core.L383)) yield;
  return pt_prev;
  } finally {
    leave($f);
  }
}
const A$__netif_receive_skb_one_core = defineFn('net/core/dev.c', '__netif_receive_skb_one_core', [397, 398, 399, 401]);

export function* __netif_receive_skb_one_core(skb: SkBuff, pfmemalloc: boolean): Sim<number> { let $t: any;
  const orig_dev = skb.dev!;
  const $f = enter(A$__netif_receive_skb_one_core, { skb, pfmemalloc, orig_dev });
  try {
  if (at(A$__netif_receive_skb_one_core.L397)) yield;
  const pt_prev = ($E.fast || $E.twinOk[__netif_receive_skb_core.k] === 1 ? __netif_receive_skb_core$fast(skb, pfmemalloc) : yield* __netif_receive_skb_core(skb, pfmemalloc));
  $f.vars.pt_prev = pt_prev;
  let ret = NET_RX_DROP;
  if (at(A$__netif_receive_skb_one_core.L398)) yield;
  if (pt_prev) {
    if (at(A$__netif_receive_skb_one_core.L399)) yield;
    ret = (($t = pt_prev.func).fast !== undefined && ($E.fast || $E.twinOk[$t.k] === 1) ? $t.fast(skb, skb.dev!) : yield* pt_prev.func(skb, skb.dev!));
  }
  if (at(A$__netif_receive_skb_one_core.L401)) yield;
  return ret;
  } finally {
    leave($f);
  }
}
const A$__netif_receive_skb = defineFn('net/core/dev.c', '__netif_receive_skb', [413, 416, 418]);

export function* __netif_receive_skb(skb: SkBuff): Sim<number> {
  const $f = enter(A$__netif_receive_skb, { skb });
  try {
  if (at(A$__netif_receive_skb.L413)) yield;
  if (at(A$__netif_receive_skb.L416)) yield;
  const ret = ($E.fast || $E.twinOk[__netif_receive_skb_one_core.k] === 1 ? __netif_receive_skb_one_core$fast(skb, false) : yield* __netif_receive_skb_one_core(skb, false));
  $f.vars.ret = ret;
  if (at(A$__netif_receive_skb.L418)) yield;
  return ret;
  } finally {
    leave($f);
  }
}
const A$netif_receive_skb_internal = defineFn('net/core/dev.c', 'netif_receive_skb_internal', [430, 432, 435, 437, 438, 439]);

export function* netif_receive_skb_internal(skb: SkBuff): Sim<number> {
  const $f = enter(A$netif_receive_skb_internal, { skb });
  try {
  if (at(A$netif_receive_skb_internal.L430)) yield;
  if (at(A$netif_receive_skb_internal.L432)) yield;
  if (at(A$netif_receive_skb_internal.L435)) yield;
  if (at(A$netif_receive_skb_internal.L437)) yield;
  const ret = ($E.fast || $E.twinOk[__netif_receive_skb.k] === 1 ? __netif_receive_skb$fast(skb) : yield* __netif_receive_skb(skb));
  $f.vars.ret = ret;
  if (at(A$netif_receive_skb_internal.L438)) yield;
  if (at(A$netif_receive_skb_internal.L439)) yield;
  return ret;
  } finally {
    leave($f);
  }
}
const A$netif_receive_skb = defineFn('net/core/dev.c', 'netif_receive_skb', [451, 453, 454, 456]);

export function* netif_receive_skb(skb: SkBuff): Sim<number> {
  const $f = enter(A$netif_receive_skb, { skb });
  try {
  if (at(A$netif_receive_skb.L451)) yield;
  if (at(A$netif_receive_skb.L453)) yield;
  const ret = ($E.fast || $E.twinOk[netif_receive_skb_internal.k] === 1 ? netif_receive_skb_internal$fast(skb) : yield* netif_receive_skb_internal(skb));
  $f.vars.ret = ret;
  if (at(A$netif_receive_skb.L454)) yield;
  if (at(A$netif_receive_skb.L456)) yield;
  return ret;
  } finally {
    leave($f);
  }
}
const A$process_backlog = defineFn('net/core/dev.c', 'process_backlog', [471, 472, 475, 476, 477, 478, 479, 480, 481, 485, 486, 487, 490, 491, 494, 497, 498, 501]);

// ---- up: the softirq -------------------------------------------------------------------------

export function* process_backlog(napi: NapiStruct, quota: number): Sim<number> {
  const sd = napi.sd;
  const $f = enter(A$process_backlog, { napi, quota, sd });
  try {
  let again = true;
  let work = 0;
  if (at(A$process_backlog.L471)) yield;
  napi.weight = DEV_RX_WEIGHT;
  for (;;) {
    if (at(A$process_backlog.L472)) yield;
    if (!again) break;
    for (;;) {
      if (at(A$process_backlog.L475)) yield;
      const skb = sd!.process_queue.shift();
      if (!skb) break;
      $f.vars.skb = skb;
      if (at(A$process_backlog.L476)) yield;
      if (at(A$process_backlog.L477)) yield;
      ($E.fast || $E.twinOk[__netif_receive_skb.k] === 1 ? __netif_receive_skb$fast(skb) : yield* __netif_receive_skb(skb));
      if (at(A$process_backlog.L478)) yield;
      if (at(A$process_backlog.L479)) yield;
      if (at(A$process_backlog.L480)) yield;
      $f.vars.work = ++work;
      if (work >= quota) {
        if (at(A$process_backlog.L481)) yield;
        return work;
      }
    }
    if (at(A$process_backlog.L485)) yield;
    if (at(A$process_backlog.L486)) yield;
    if (at(A$process_backlog.L487)) yield;
    if (!sd!.input_pkt_queue.length) {
      if (at(A$process_backlog.L490)) yield;
      napi.state = 0;
      if (at(A$process_backlog.L491)) yield;
      again = false;
    } else {
      if (at(A$process_backlog.L494)) yield;
      const q = sd!.input_pkt_queue;
      while (q.length) sd!.process_queue.push(q.shift()!);
    }
    if (at(A$process_backlog.L497)) yield;
    if (at(A$process_backlog.L498)) yield;
  }
  if (at(A$process_backlog.L501)) yield;
  return work;
  } finally {
    leave($f);
  }
}
const A$napi_poll = defineFn('net/core/dev.c', 'napi_poll', [528, 530, 532, 534, 535, 537, 538, 541, 544, 548, 551, 553]);


export function* napi_poll(n: NapiStruct, repoll: NapiStruct[]): Sim<number> { let $t: any;
  const $f = enter(A$napi_poll, { n });
  try {
  if (at(A$napi_poll.L528)) yield;
  n.onList = false;
  if (at(A$napi_poll.L530)) yield;
  if (at(A$napi_poll.L532)) yield;
  const weight = n.weight;
  $f.vars.weight = weight;
  if (at(A$napi_poll.L534)) yield;
  let work = 0;
  if (at(A$napi_poll.L535)) yield;
  if (n.state & NAPI_STATE_SCHED) {
    if (at(A$napi_poll.L537)) yield;
    work = (($t = n.poll).fast !== undefined && ($E.fast || $E.twinOk[$t.k] === 1) ? $t.fast(n, weight) : yield* n.poll(n, weight));
    $f.vars.work = work;
    if (at(A$napi_poll.L538)) yield;
  }
  if (at(A$napi_poll.L541)) yield;
  if (at(A$napi_poll.L544)) yield;
  if (work >= weight) {
    if (at(A$napi_poll.L548)) yield;
    repoll.push(n);
    n.onList = true;
  }
  if (at(A$napi_poll.L551)) yield;
  if (at(A$napi_poll.L553)) yield;
  return work;
  } finally {
    leave($f);
  }
}
const A$net_rx_action = defineFn('net/core/dev.c', 'net_rx_action', [567, 572, 578, 579, 580, 581, 584, 585, 591, 593, 600, 601, 602, 604, 605, 607, 609]);

export function* net_rx_action(sd: SoftnetData): Sim<void> {
  const $f = enter(A$net_rx_action, { sd });
  try {
  if (at(A$net_rx_action.L567)) yield;
  let budget = NETDEV_BUDGET;
  $f.vars.budget = budget;
  if (at(A$net_rx_action.L572)) yield;
  const list = sd.poll_list.splice(0);
  const repoll: NapiStruct[] = [];
  for (;;) {
    if (at(A$net_rx_action.L578)) yield;
    if (!list.length) {
      if (at(A$net_rx_action.L579)) yield;
      if (!repoll.length) {
        if (at(A$net_rx_action.L580)) yield;
        if (at(A$net_rx_action.L609)) yield;
        return;
      }
      if (at(A$net_rx_action.L581)) yield;
      break;
    }
    if (at(A$net_rx_action.L584)) yield;
    const n = list.shift()!;
    $f.vars.n = n;
    if (at(A$net_rx_action.L585)) yield;
    budget -= ($E.fast || $E.twinOk[napi_poll.k] === 1 ? napi_poll$fast(n, repoll) : yield* napi_poll(n, repoll));
    $f.vars.budget = budget;
    if (at(A$net_rx_action.L591)) yield;
    if (budget <= 0) {
      if (at(A$net_rx_action.L593)) yield;
      sd.time_squeeze++;
      break;
    }
  }
  if (at(A$net_rx_action.L600)) yield;
  if (at(A$net_rx_action.L601)) yield;
  if (at(A$net_rx_action.L602)) yield;
  const all = [...list, ...sd.poll_list, ...repoll];
  sd.poll_list.length = 0;
  for (const x of all) sd.poll_list.push(x);
  if (at(A$net_rx_action.L604)) yield;
  if (sd.poll_list.length) {
    if (at(A$net_rx_action.L605)) yield;
    raise_net_rx(sd.net);
  }
  if (at(A$net_rx_action.L607)) yield;
  if (at(A$net_rx_action.L609)) yield;
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
import { sch_direct_xmit$fast as sch_direct_xmit$fast, __qdisc_run$fast as __qdisc_run$fast, qdisc_run$fast as qdisc_run$fast } from '../sched/sch_generic';
export function run_softirq_work$fast(host: { readonly work: unknown[]; readonly net: Net }): any { const $e = $E; let $t: any;
  const work = host.work;
  while (work.length) {
    const w = work.shift()!;
    if (w instanceof TimerList) {
      (($t = w.fn).fast !== undefined ? $t.fast(w.arg) : $drive($t(w.arg)));
    } else if (w === NET_RX_SOFTIRQ) {
      host.net.softnet.rx_pending = false;
      net_rx_action$fast(host.net.softnet);
    } else {
      // a device's interrupt line: its handler (the simulated NIC's)
      simnic_interrupt$fast(w as NetDevice);
    }
  }
}
export function xmit_one$fast(skb: SkBuff, dev: NetDevice, more: boolean): any { const $e = $E; const $tb: any = $e.lineSink; let $t: any; let $o: number; let $r: any; let $s = 0; let $x = -1;
  const $f = ($tb !== null && ($o = (A$xmit_one.L24 | 272629760), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  $s += 4;
  
  const len = skb_len(skb);
  
  
  
  const rc = (($t = dev.netdev_ops.ndo_start_xmit).fast !== undefined ? $t.fast(skb, dev) : $drive($t(skb, dev)));
  
  $s += 2; $x = A$xmit_one.L32 | 2097152;
  
  return ($r = (rc), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$xmit_one.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
export function dev_hard_start_xmit$fast(first: SkBuff, dev: NetDevice): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0; let $x = -1;
  let skb: SkBuff | null = first;
  const $f = ($tb !== null && ($o = (A$dev_hard_start_xmit.L46 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  ++$s;
  let rc = NETDEV_TX_OK;
  for (;;) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$dev_hard_start_xmit.L48) : $tb.op($e.now, A$dev_hard_start_xmit.L48));
    if (!skb) break;
    $s += 3; if ($tb !== null) ($o = (A$dev_hard_start_xmit.L49 | 2097152), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
    
    
    rc = xmit_one$fast(skb, dev, false);
    
    $s += 2; if ($tb !== null) ($o = (A$dev_hard_start_xmit.L53 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
    
    skb = null;
  }
  $s += 2; $x = A$dev_hard_start_xmit.L62 | 2097152;
  
  return ($r = (rc), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$dev_hard_start_xmit.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
export function __dev_xmit_skb$fast(skb: SkBuff, q: Qdisc, dev: NetDevice, txq: NetdevQueue): any { const $e = $E; const $tb: any = $e.lineSink; let $t: any; let $o: number; let $r: any; let $s = 0; let $x = -1;
  const to_free: SkBuff[] = [];
  const $f = ($tb !== null && ($o = (A$__dev_xmit_skb.L82 | 271581184), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  let rc: number;
  $s += 3;
  // (every qdisc here with an enqueue is pfifo_fast, TCQ_F_NOLOCK: the locked branch is not written)
  
  
  if (q.flags & TCQ_F_CAN_BYPASS && q.empty && qdisc_run_begin(q)) {
    $s += 4; if ($tb !== null) ($o = (A$__dev_xmit_skb.L91 | 3145728), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
    
    q.bstats.bytes += skb_len(skb);
    q.bstats.packets++;
    
    rc = NET_XMIT_SUCCESS;
    
    if (sch_direct_xmit$fast(skb, q, dev, txq, null, true)) {
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__dev_xmit_skb.L102) : $tb.op($e.now, A$__dev_xmit_skb.L102));
      __qdisc_run$fast(q);
    }
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__dev_xmit_skb.L105) : $tb.op($e.now, A$__dev_xmit_skb.L105));
    qdisc_run_end(q);
  } else {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__dev_xmit_skb.L109) : $tb.op($e.now, A$__dev_xmit_skb.L109));
    rc = ((($t = q.enqueue!).fast !== undefined ? $t.fast(skb, q, to_free) : $drive($t(skb, q, to_free)))) & NET_XMIT_MASK;
    
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__dev_xmit_skb.L110) : $tb.op($e.now, A$__dev_xmit_skb.L110));
    qdisc_run$fast(q);
  }
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__dev_xmit_skb.L114) : $tb.op($e.now, A$__dev_xmit_skb.L114));
  if (to_free.length) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__dev_xmit_skb.L115) : $tb.op($e.now, A$__dev_xmit_skb.L115));
  }
  ++$s; $x = A$__dev_xmit_skb.L116 | 1048576;
  return ($r = (rc), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$__dev_xmit_skb.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
export function __dev_queue_xmit$fast(skb: SkBuff, sb_dev: NetDevice | null): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0; let $x = -1;
  const dev = skb.dev!;
  const $f = ($tb !== null && ($o = (A$__dev_queue_xmit.L133 | 272629760), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  $s += 4;
  let rc = -12;
  
  skb_reset_mac_header(skb);
  
  
  if (dev.priv_flags & IFF_XMIT_DST_RELEASE) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__dev_queue_xmit.L148) : $tb.op($e.now, A$__dev_queue_xmit.L148));
    skb._skb_refdst = null;
  } else {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__dev_queue_xmit.L150) : $tb.op($e.now, A$__dev_queue_xmit.L150));
  }
  $s += 4; if ($tb !== null) ($o = (A$__dev_queue_xmit.L152 | 3145728), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  const txq = dev.txq;
  
  const q = txq.qdisc;
  
  
  if (q.enqueue) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__dev_queue_xmit.L158) : $tb.op($e.now, A$__dev_queue_xmit.L158));
    rc = __dev_xmit_skb$fast(skb, q, dev, txq);
    
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__dev_queue_xmit.L159) : $tb.op($e.now, A$__dev_queue_xmit.L159));
    $s += 2; $x = A$__dev_queue_xmit.L197 | 2097152;
    
    return ($r = (rc), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$__dev_queue_xmit.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
  // noqueue (lo): straight to the driver
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__dev_queue_xmit.L162) : $tb.op($e.now, A$__dev_queue_xmit.L162));
  if (dev.flags & IFF_UP) {
    $s += 8; if ($tb !== null) ($o = (A$__dev_queue_xmit.L165 | 7340032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
    
    
    
    
    
    
    
    rc = dev_hard_start_xmit$fast(skb, dev);
    
    $s += 4; if ($tb !== null) ($o = (A$__dev_queue_xmit.L178 | 3145728), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
    
    
    
    $s += 2; $x = A$__dev_queue_xmit.L197 | 2097152;
    
    return ($r = (rc), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$__dev_queue_xmit.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
  $s += 5; $x = A$__dev_queue_xmit.L190 | 5242880;
  rc = -100;
  
  
  dev.stats.tx_dropped++;
  
  
  return ($r = (rc), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$__dev_queue_xmit.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
export function dev_queue_xmit$fast(skb: SkBuff): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0;
  const $f = ($tb !== null && ($o = (A$dev_queue_xmit.L208 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  ++$s;
  return ($r = (__dev_queue_xmit$fast(skb, null)), ($e.steps += $s, $tb !== null && ($o = (A$dev_queue_xmit.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
export function ____napi_schedule$fast(sd: SoftnetData, napi: NapiStruct, net: Net): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $s = 0;
  const $f = ($tb !== null && ($o = (A$____napi_schedule.L220 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  ++$s;
  sd.poll_list.push(napi);
  napi.onList = true;
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$____napi_schedule.L223) : $tb.op($e.now, A$____napi_schedule.L223));
  raise_net_rx(net);
  } ($e.steps += $s, $tb !== null && ($o = (A$____napi_schedule.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
}
export function __napi_schedule$fast(n: NapiStruct): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $s = 0;
  const net = n.dev!.net;
  const $f = ($tb !== null && ($o = (A$__napi_schedule.L513 | 270532608), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  $s += 2;
  
  ____napi_schedule$fast(net.softnet, n, net);
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__napi_schedule.L515) : $tb.op($e.now, A$__napi_schedule.L515));
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
  const $f = ($tb !== null && ($o = (A$enqueue_to_backlog.L239 | 274726912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  $s += 6;
  
  
  
  
  const qlen = sd.input_pkt_queue.length;
  
  
  if (qlen <= NETDEV_MAX_BACKLOG) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$enqueue_to_backlog.L249) : $tb.op($e.now, A$enqueue_to_backlog.L249));
    if (!qlen) {
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$enqueue_to_backlog.L261) : $tb.op($e.now, A$enqueue_to_backlog.L261));
      if (!(sd.backlog.state & NAPI_STATE_SCHED)) {
        sd.backlog.state |= NAPI_STATE_SCHED;
        $s += 2; if ($tb !== null) ($o = (A$enqueue_to_backlog.L262 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
        
        ____napi_schedule$fast(sd, sd.backlog, net);
      }
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$enqueue_to_backlog.L265) : $tb.op($e.now, A$enqueue_to_backlog.L265));
    }
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$enqueue_to_backlog.L251) : $tb.op($e.now, A$enqueue_to_backlog.L251));
    sd.input_pkt_queue.push(skb);
    $s += 4; $x = A$enqueue_to_backlog.L252 | 4194304;
    
    
    
    return ($r = (NET_RX_SUCCESS), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$enqueue_to_backlog.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
  $s += 4; $x = A$enqueue_to_backlog.L269 | 4194304;
  sd.dropped++;
  
  skb.dev!.stats.rx_dropped++;
  
  
  return ($r = (NET_RX_DROP), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$enqueue_to_backlog.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
export function netif_rx_internal$fast(skb: SkBuff): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0; let $x = -1;
  const $f = ($tb !== null && ($o = (A$netif_rx_internal.L288 | 271581184), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  $s += 3;
  
  
  const ret = enqueue_to_backlog$fast(skb, skb.dev!.net);
  
  $s += 2; $x = A$netif_rx_internal.L296 | 2097152;
  
  return ($r = (ret), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$netif_rx_internal.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
export function netif_rx$fast(skb: SkBuff): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0; let $x = -1;
  const $f = ($tb !== null && ($o = (A$netif_rx.L310 | 270532608), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  $s += 2;
  
  const ret = netif_rx_internal$fast(skb);
  
  $s += 2; $x = A$netif_rx.L313 | 2097152;
  
  return ($r = (ret), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$netif_rx.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
export function __netif_receive_skb_core$fast(skb: SkBuff, pfmemalloc: boolean): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0; let $x = -1;
  const $f = ($tb !== null && ($o = (A$__netif_receive_skb_core.L334 | 273678336), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  $s += 5;
  
  
  const orig_dev = skb.dev!;
  
  
  skb_reset_network_header(skb);
  
  if (skb.transport_header === 0xffff) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__netif_receive_skb_core.L343) : $tb.op($e.now, A$__netif_receive_skb_core.L343));
    skb_reset_transport_header(skb);
  }
  $s += 11; if ($tb !== null) ($o = (A$__netif_receive_skb_core.L344 | 10485760), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  
  
  skb.skb_iif = orig_dev.ifindex;
  
  orig_dev.net.softnet.processed++;
  // ptype_all: the taps (a packet capture's AF_PACKET socket); none is open in the simulator
  
  
  
  
  const type = skb.protocol;
  
  
  
  const pt_prev = type === ETH_P_IP ? ip_packet_type : type === ETH_P_ARP ? arp_packet_type : null;
  
  
  if (pt_prev) {
    $s += 2; if ($tb !== null) ($o = (A$__netif_receive_skb_core.L375 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
    
  }
  ++$s; $x = A$__netif_receive_skb_core.L383 | 1048576;
  return ($r = (pt_prev), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$__netif_receive_skb_core.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
export function __netif_receive_skb_one_core$fast(skb: SkBuff, pfmemalloc: boolean): any { const $e = $E; const $tb: any = $e.lineSink; let $t: any; let $o: number; let $r: any; let $s = 0; let $x = -1;
  const orig_dev = skb.dev!;
  const $f = ($tb !== null && ($o = (A$__netif_receive_skb_one_core.L397 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  ++$s;
  const pt_prev = __netif_receive_skb_core$fast(skb, pfmemalloc);
  
  let ret = NET_RX_DROP;
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__netif_receive_skb_one_core.L398) : $tb.op($e.now, A$__netif_receive_skb_one_core.L398));
  if (pt_prev) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__netif_receive_skb_one_core.L399) : $tb.op($e.now, A$__netif_receive_skb_one_core.L399));
    ret = (($t = pt_prev.func).fast !== undefined ? $t.fast(skb, skb.dev!) : $drive($t(skb, skb.dev!)));
  }
  ++$s; $x = A$__netif_receive_skb_one_core.L401 | 1048576;
  return ($r = (ret), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$__netif_receive_skb_one_core.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
export function __netif_receive_skb$fast(skb: SkBuff): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0; let $x = -1;
  const $f = ($tb !== null && ($o = (A$__netif_receive_skb.L413 | 270532608), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  $s += 2;
  
  const ret = __netif_receive_skb_one_core$fast(skb, false);
  
  ++$s; $x = A$__netif_receive_skb.L418 | 1048576;
  return ($r = (ret), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$__netif_receive_skb.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
export function netif_receive_skb_internal$fast(skb: SkBuff): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0; let $x = -1;
  const $f = ($tb !== null && ($o = (A$netif_receive_skb_internal.L430 | 272629760), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  $s += 4;
  
  
  
  const ret = __netif_receive_skb$fast(skb);
  
  $s += 2; $x = A$netif_receive_skb_internal.L438 | 2097152;
  
  return ($r = (ret), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$netif_receive_skb_internal.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
export function netif_receive_skb$fast(skb: SkBuff): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0; let $x = -1;
  const $f = ($tb !== null && ($o = (A$netif_receive_skb.L451 | 270532608), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  $s += 2;
  
  const ret = netif_receive_skb_internal$fast(skb);
  
  $s += 2; $x = A$netif_receive_skb.L454 | 2097152;
  
  return ($r = (ret), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$netif_receive_skb.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
export function process_backlog$fast(napi: NapiStruct, quota: number): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0; let $x = -1;
  const sd = napi.sd;
  const $f = ($tb !== null && ($o = (A$process_backlog.L471 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  let again = true;
  let work = 0;
  ++$s;
  napi.weight = DEV_RX_WEIGHT;
  for (;;) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$process_backlog.L472) : $tb.op($e.now, A$process_backlog.L472));
    if (!again) break;
    for (;;) {
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$process_backlog.L475) : $tb.op($e.now, A$process_backlog.L475));
      const skb = sd!.process_queue.shift();
      if (!skb) break;
      
      $s += 2; if ($tb !== null) ($o = (A$process_backlog.L476 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
      
      __netif_receive_skb$fast(skb);
      $s += 3; if ($tb !== null) ($o = (A$process_backlog.L478 | 2097152), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
      
      
      ++work;
      if (work >= quota) {
        ++$s; $x = A$process_backlog.L481 | 1048576;
        return ($r = (work), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$process_backlog.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
      }
    }
    $s += 3; if ($tb !== null) ($o = (A$process_backlog.L485 | 2097152), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
    
    
    if (!sd!.input_pkt_queue.length) {
      $s += 2; if ($tb !== null) ($o = (A$process_backlog.L490 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
      napi.state = 0;
      
      again = false;
    } else {
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$process_backlog.L494) : $tb.op($e.now, A$process_backlog.L494));
      const q = sd!.input_pkt_queue;
      while (q.length) sd!.process_queue.push(q.shift()!);
    }
    $s += 2; if ($tb !== null) ($o = (A$process_backlog.L497 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
    
  }
  ++$s; $x = A$process_backlog.L501 | 1048576;
  return ($r = (work), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$process_backlog.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
export function napi_poll$fast(n: NapiStruct, repoll: NapiStruct[]): any { const $e = $E; const $tb: any = $e.lineSink; let $t: any; let $o: number; let $r: any; let $s = 0; let $x = -1;
  const $f = ($tb !== null && ($o = (A$napi_poll.L528 | 273678336), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  $s += 5;
  n.onList = false;
  
  
  const weight = n.weight;
  
  
  let work = 0;
  
  if (n.state & NAPI_STATE_SCHED) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$napi_poll.L537) : $tb.op($e.now, A$napi_poll.L537));
    work = (($t = n.poll).fast !== undefined ? $t.fast(n, weight) : $drive($t(n, weight)));
    
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$napi_poll.L538) : $tb.op($e.now, A$napi_poll.L538));
  }
  $s += 2; if ($tb !== null) ($o = (A$napi_poll.L541 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  
  if (work >= weight) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$napi_poll.L548) : $tb.op($e.now, A$napi_poll.L548));
    repoll.push(n);
    n.onList = true;
  }
  $s += 2; $x = A$napi_poll.L551 | 2097152;
  
  return ($r = (work), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$napi_poll.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
export function net_rx_action$fast(sd: SoftnetData): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $s = 0; let $x = -1;
  const $f = ($tb !== null && ($o = (A$net_rx_action.L567 | 270532608), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  $s += 2;
  let budget = NETDEV_BUDGET;
  
  
  const list = sd.poll_list.splice(0);
  const repoll: NapiStruct[] = [];
  for (;;) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$net_rx_action.L578) : $tb.op($e.now, A$net_rx_action.L578));
    if (!list.length) {
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$net_rx_action.L579) : $tb.op($e.now, A$net_rx_action.L579));
      if (!repoll.length) {
        ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$net_rx_action.L580) : $tb.op($e.now, A$net_rx_action.L580));
        ++$s; $x = A$net_rx_action.L609 | 1048576;
        { ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$net_rx_action.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))); return; }
      }
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$net_rx_action.L581) : $tb.op($e.now, A$net_rx_action.L581));
      break;
    }
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$net_rx_action.L584) : $tb.op($e.now, A$net_rx_action.L584));
    const n = list.shift()!;
    
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$net_rx_action.L585) : $tb.op($e.now, A$net_rx_action.L585));
    budget -= napi_poll$fast(n, repoll);
    
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$net_rx_action.L591) : $tb.op($e.now, A$net_rx_action.L591));
    if (budget <= 0) {
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$net_rx_action.L593) : $tb.op($e.now, A$net_rx_action.L593));
      sd.time_squeeze++;
      break;
    }
  }
  $s += 3; if ($tb !== null) ($o = (A$net_rx_action.L600 | 2097152), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  
  
  const all = [...list, ...sd.poll_list, ...repoll];
  sd.poll_list.length = 0;
  for (const x of all) sd.poll_list.push(x);
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$net_rx_action.L604) : $tb.op($e.now, A$net_rx_action.L604));
  if (sd.poll_list.length) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$net_rx_action.L605) : $tb.op($e.now, A$net_rx_action.L605));
    raise_net_rx(sd.net);
  }
  $s += 2; if ($tb !== null) ($o = (A$net_rx_action.L607 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  
  } ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$net_rx_action.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
}
$kreg(run_softirq_work, run_softirq_work$fast, 'run_softirq_work', () => ['ip_expire', 'neigh_timer_handler', 'reqsk_timer_handler', 'tcp_delack_timer_handler', 'tcp_retransmit_timer', 'tw_timer_handler', net_rx_action, simnic_interrupt]);
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
