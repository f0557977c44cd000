// generated — do not edit. Written by scripts/gen-kernel.ts from src/kernel/net/core/dev.ts
// @ts-nocheck
// net/core/dev.c: between the protocols and the devices. Down: dev_queue_xmit → __dev_queue_xmit →
// (no qdisc yet: lo and the simulated NIC are noqueue devices) dev_hard_start_xmit → xmit_one → the
// driver's ndo_start_xmit. Up: loopback_xmit → netif_rx → enqueue_to_backlog (the per-CPU backlog,
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
  NET_RX_SUCCESS, NETDEV_BUDGET, NETDEV_MAX_BACKLOG, NETDEV_TX_OK,
} from '../../../include/linux/netdevice';
import { ip_rcv } from '../ipv4/ip_input';
import { arp_rcv, arp_init } from '../ipv4/arp';
import { simnic_interrupt, netdevs_init } from '../../drivers/net/simnic';
import { ip_rt_init } from '../ipv4/route';
import { TimerList } from '../../../core/timer';

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
const A$__dev_queue_xmit = defineFn('net/core/dev.c', '__dev_queue_xmit', [78, 82, 87, 92, 93, 95, 97, 98, 100, 102, 107, 110, 111, 114, 115, 118, 120, 121, 122, 123, 124, 125, 126, 135, 136, 138, 139, 140, 142, 143]);

export function* __dev_queue_xmit(skb: SkBuff, sb_dev: NetDevice | null): Sim<number> {
  const dev = skb.dev!;
  const $f = enter(A$__dev_queue_xmit, { skb, sb_dev, dev });
  try {
  if (at(A$__dev_queue_xmit.L78)) yield;
  let rc = -12;
  if (at(A$__dev_queue_xmit.L82)) yield;
  skb_reset_mac_header(skb);
  if (at(A$__dev_queue_xmit.L87)) yield;
  if (at(A$__dev_queue_xmit.L92)) yield;
  if (dev.priv_flags & IFF_XMIT_DST_RELEASE) {
    if (at(A$__dev_queue_xmit.L93)) yield;
    skb._skb_refdst = null;
  } else {
    if (at(A$__dev_queue_xmit.L95)) yield;
  }
  if (at(A$__dev_queue_xmit.L97)) yield;
  if (at(A$__dev_queue_xmit.L98)) yield;
  if (at(A$__dev_queue_xmit.L100)) yield;
  if (at(A$__dev_queue_xmit.L102)) yield;
  if (at(A$__dev_queue_xmit.L107)) yield;
  if (dev.flags & IFF_UP) {
    if (at(A$__dev_queue_xmit.L110)) yield;
    if (at(A$__dev_queue_xmit.L111)) yield;
    if (at(A$__dev_queue_xmit.L114)) yield;
    if (at(A$__dev_queue_xmit.L115)) yield;
    if (at(A$__dev_queue_xmit.L118)) yield;
    if (at(A$__dev_queue_xmit.L120)) yield;
    if (at(A$__dev_queue_xmit.L121)) yield;
    if (at(A$__dev_queue_xmit.L122)) yield;
    rc = ($E.fast || $E.twinOk[dev_hard_start_xmit.k] === 1 ? dev_hard_start_xmit$fast(skb, dev) : yield* dev_hard_start_xmit(skb, dev));
    $f.vars.rc = rc;
    if (at(A$__dev_queue_xmit.L123)) yield;
    if (at(A$__dev_queue_xmit.L124)) yield;
    if (at(A$__dev_queue_xmit.L125)) yield;
    if (at(A$__dev_queue_xmit.L126)) yield;
    if (at(A$__dev_queue_xmit.L142)) yield;
    if (at(A$__dev_queue_xmit.L143)) yield;
    return rc;
  }
  if (at(A$__dev_queue_xmit.L135)) yield;
  rc = -100;
  if (at(A$__dev_queue_xmit.L136)) yield;
  if (at(A$__dev_queue_xmit.L138)) yield;
  dev.stats.tx_dropped++;
  if (at(A$__dev_queue_xmit.L139)) yield;
  if (at(A$__dev_queue_xmit.L140)) yield;
  return rc;
  } finally {
    leave($f);
  }
}
const A$dev_queue_xmit = defineFn('net/core/dev.c', 'dev_queue_xmit', [153]);

export function* dev_queue_xmit(skb: SkBuff): Sim<number> {
  const $f = enter(A$dev_queue_xmit, { skb });
  try {
  if (at(A$dev_queue_xmit.L153)) yield;
  return ($E.fast || $E.twinOk[__dev_queue_xmit.k] === 1 ? __dev_queue_xmit$fast(skb, null) : yield* __dev_queue_xmit(skb, null));
  } finally {
    leave($f);
  }
}
const A$____napi_schedule = defineFn('net/core/dev.c', '____napi_schedule', [165, 168]);

// ---- up: scheduling --------------------------------------------------------------------------

export function* ____napi_schedule(sd: SoftnetData, napi: NapiStruct, net: Net): Sim<void> {
  const $f = enter(A$____napi_schedule, { sd, napi });
  try {
  if (at(A$____napi_schedule.L165)) yield;
  sd.poll_list.push(napi);
  napi.onList = true;
  if (at(A$____napi_schedule.L168)) yield;
  raise_net_rx(net);
  } finally {
    leave($f);
  }
}
const A$__napi_schedule = defineFn('net/core/dev.c', '__napi_schedule', [458, 459, 460]);

export function* __napi_schedule(n: NapiStruct): Sim<void> {
  const net = n.dev!.net;
  const $f = enter(A$__napi_schedule, { n });
  try {
  if (at(A$__napi_schedule.L458)) yield;
  if (at(A$__napi_schedule.L459)) yield;
  ($E.fast || $E.twinOk[____napi_schedule.k] === 1 ? ____napi_schedule$fast(net.softnet, n, net) : yield* ____napi_schedule(net.softnet, n, net));
  if (at(A$__napi_schedule.L460)) yield;
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
const A$enqueue_to_backlog = defineFn('net/core/dev.c', 'enqueue_to_backlog', [184, 186, 188, 189, 191, 193, 194, 196, 197, 198, 199, 200, 206, 207, 208, 210, 214, 219, 220, 221]);

export function* enqueue_to_backlog(skb: SkBuff, net: Net): Sim<number> {
  const sd = net.softnet;
  const $f = enter(A$enqueue_to_backlog, { skb, sd });
  try {
  if (at(A$enqueue_to_backlog.L184)) yield;
  if (at(A$enqueue_to_backlog.L186)) yield;
  if (at(A$enqueue_to_backlog.L188)) yield;
  if (at(A$enqueue_to_backlog.L189)) yield;
  if (at(A$enqueue_to_backlog.L191)) yield;
  const qlen = sd.input_pkt_queue.length;
  $f.vars.qlen = qlen;
  if (at(A$enqueue_to_backlog.L193)) yield;
  if (qlen <= NETDEV_MAX_BACKLOG) {
    if (at(A$enqueue_to_backlog.L194)) yield;
    if (!qlen) {
      if (at(A$enqueue_to_backlog.L206)) yield;
      if (!(sd.backlog.state & NAPI_STATE_SCHED)) {
        sd.backlog.state |= NAPI_STATE_SCHED;
        if (at(A$enqueue_to_backlog.L207)) yield;
        if (at(A$enqueue_to_backlog.L208)) yield;
        ($E.fast || $E.twinOk[____napi_schedule.k] === 1 ? ____napi_schedule$fast(sd, sd.backlog, net) : yield* ____napi_schedule(sd, sd.backlog, net));
      }
      if (at(A$enqueue_to_backlog.L210)) yield;
    }
    if (at(A$enqueue_to_backlog.L196)) yield;
    sd.input_pkt_queue.push(skb);
    if (at(A$enqueue_to_backlog.L197)) yield;
    if (at(A$enqueue_to_backlog.L198)) yield;
    if (at(A$enqueue_to_backlog.L199)) yield;
    if (at(A$enqueue_to_backlog.L200)) yield;
    return NET_RX_SUCCESS;
  }
  if (at(A$enqueue_to_backlog.L214)) yield;
  sd.dropped++;
  if (at(A$enqueue_to_backlog.L219)) yield;
  skb.dev!.stats.rx_dropped++;
  if (at(A$enqueue_to_backlog.L220)) yield;
  if (at(A$enqueue_to_backlog.L221)) yield;
  return NET_RX_DROP;
  } finally {
    leave($f);
  }
}
const A$netif_rx_internal = defineFn('net/core/dev.c', 'netif_rx_internal', [233, 235, 240, 241, 243]);

export function* netif_rx_internal(skb: SkBuff): Sim<number> {
  const $f = enter(A$netif_rx_internal, { skb });
  try {
  if (at(A$netif_rx_internal.L233)) yield;
  if (at(A$netif_rx_internal.L235)) yield;
  if (at(A$netif_rx_internal.L240)) yield;
  const ret = ($E.fast || $E.twinOk[enqueue_to_backlog.k] === 1 ? enqueue_to_backlog$fast(skb, skb.dev!.net) : yield* enqueue_to_backlog(skb, skb.dev!.net));
  $f.vars.ret = ret;
  if (at(A$netif_rx_internal.L241)) yield;
  if (at(A$netif_rx_internal.L243)) yield;
  return ret;
  } finally {
    leave($f);
  }
}
const A$netif_rx = defineFn('net/core/dev.c', 'netif_rx', [255, 257, 258, 260]);

export function* netif_rx(skb: SkBuff): Sim<number> {
  const $f = enter(A$netif_rx, { skb });
  try {
  if (at(A$netif_rx.L255)) yield;
  if (at(A$netif_rx.L257)) yield;
  const ret = ($E.fast || $E.twinOk[netif_rx_internal.k] === 1 ? netif_rx_internal$fast(skb) : yield* netif_rx_internal(skb));
  $f.vars.ret = ret;
  if (at(A$netif_rx.L258)) yield;
  if (at(A$netif_rx.L260)) yield;
  return ret;
  } finally {
    leave($f);
  }
}
const A$__netif_receive_skb_core = defineFn('net/core/dev.c', '__netif_receive_skb_core', [279, 281, 283, 286, 287, 288, 289, 291, 294, 296, 298, 304, 305, 309, 312, 314, 319, 320, 322, 328]);

// ---- up: to the protocol ---------------------------------------------------------------------

export function* __netif_receive_skb_core(skb: SkBuff, pfmemalloc: boolean): Sim<PacketType | null> {
  const $f = enter(A$__netif_receive_skb_core, { skb, pfmemalloc });
  try {
  if (at(A$__netif_receive_skb_core.L279)) yield;
  if (at(A$__netif_receive_skb_core.L281)) yield;
  if (at(A$__netif_receive_skb_core.L283)) yield;
  const orig_dev = skb.dev!;
  $f.vars.orig_dev = orig_dev;
  if (at(A$__netif_receive_skb_core.L286)) yield;
  skb_reset_network_header(skb);
  if (at(A$__netif_receive_skb_core.L287)) yield;
  if (skb.transport_header === 0xffff) {
    if (at(A$__netif_receive_skb_core.L288)) yield;
    skb_reset_transport_header(skb);
  }
  if (at(A$__netif_receive_skb_core.L289)) yield;
  if (at(A$__netif_receive_skb_core.L291)) yield;
  if (at(A$__netif_receive_skb_core.L294)) yield;
  skb.skb_iif = orig_dev.ifindex;
  if (at(A$__netif_receive_skb_core.L296)) yield;
  orig_dev.net.softnet.processed++;
  // ptype_all: the taps (a packet capture's AF_PACKET socket); none is open in the simulator
  if (at(A$__netif_receive_skb_core.L298)) yield;
  if (at(A$__netif_receive_skb_core.L304)) yield;
  if (at(A$__netif_receive_skb_core.L305)) yield;
  if (at(A$__netif_receive_skb_core.L309)) yield;
  const type = skb.protocol;
  $f.vars.type = type;
  if (at(A$__netif_receive_skb_core.L312)) yield;
  if (at(A$__netif_receive_skb_core.L314)) yield;
  const pt_prev = type === ETH_P_IP ? ip_packet_type : type === ETH_P_ARP ? arp_packet_type : null;
  $f.vars.pt_prev = pt_prev;
  if (at(A$__netif_receive_skb_core.L319)) yield;
  if (pt_prev) {
    if (at(A$__netif_receive_skb_core.L320)) yield;
    if (at(A$__netif_receive_skb_core.L322)) yield;
  }
  if (at(A$__netif_receive_skb_core.L328)) yield;
  return pt_prev;
  } finally {
    leave($f);
  }
}
const A$__netif_receive_skb_one_core = defineFn('net/core/dev.c', '__netif_receive_skb_one_core', [342, 343, 344, 346]);

export function* __netif_receive_skb_one_core(skb: SkBuff, pfmemalloc: boolean): Sim<number> { let $t: any;
  const orig_dev = skb.dev!;
  const $f = enter(A$__netif_receive_skb_one_core, { skb, pfmemalloc, orig_dev });
  try {
  if (at(A$__netif_receive_skb_one_core.L342)) yield;
  const pt_prev = ($E.fast || $E.twinOk[__netif_receive_skb_core.k] === 1 ? __netif_receive_skb_core$fast(skb, pfmemalloc) : yield* __netif_receive_skb_core(skb, pfmemalloc));
  $f.vars.pt_prev = pt_prev;
  let ret = NET_RX_DROP;
  if (at(A$__netif_receive_skb_one_core.L343)) yield;
  if (pt_prev) {
    if (at(A$__netif_receive_skb_one_core.L344)) yield;
    ret = (($t = pt_prev.func).fast !== undefined && ($E.fast || $E.twinOk[$t.k] === 1) ? $t.fast(skb, skb.dev!) : yield* pt_prev.func(skb, skb.dev!));
  }
  if (at(A$__netif_receive_skb_one_core.L346)) yield;
  return ret;
  } finally {
    leave($f);
  }
}
const A$__netif_receive_skb = defineFn('net/core/dev.c', '__netif_receive_skb', [358, 361, 363]);

export function* __netif_receive_skb(skb: SkBuff): Sim<number> {
  const $f = enter(A$__netif_receive_skb, { skb });
  try {
  if (at(A$__netif_receive_skb.L358)) yield;
  if (at(A$__netif_receive_skb.L361)) yield;
  const ret = ($E.fast || $E.twinOk[__netif_receive_skb_one_core.k] === 1 ? __netif_receive_skb_one_core$fast(skb, false) : yield* __netif_receive_skb_one_core(skb, false));
  $f.vars.ret = ret;
  if (at(A$__netif_receive_skb.L363)) yield;
  return ret;
  } finally {
    leave($f);
  }
}
const A$netif_receive_skb_internal = defineFn('net/core/dev.c', 'netif_receive_skb_internal', [375, 377, 380, 382, 383, 384]);

export function* netif_receive_skb_internal(skb: SkBuff): Sim<number> {
  const $f = enter(A$netif_receive_skb_internal, { skb });
  try {
  if (at(A$netif_receive_skb_internal.L375)) yield;
  if (at(A$netif_receive_skb_internal.L377)) yield;
  if (at(A$netif_receive_skb_internal.L380)) yield;
  if (at(A$netif_receive_skb_internal.L382)) yield;
  const ret = ($E.fast || $E.twinOk[__netif_receive_skb.k] === 1 ? __netif_receive_skb$fast(skb) : yield* __netif_receive_skb(skb));
  $f.vars.ret = ret;
  if (at(A$netif_receive_skb_internal.L383)) yield;
  if (at(A$netif_receive_skb_internal.L384)) yield;
  return ret;
  } finally {
    leave($f);
  }
}
const A$netif_receive_skb = defineFn('net/core/dev.c', 'netif_receive_skb', [396, 398, 399, 401]);

export function* netif_receive_skb(skb: SkBuff): Sim<number> {
  const $f = enter(A$netif_receive_skb, { skb });
  try {
  if (at(A$netif_receive_skb.L396)) yield;
  if (at(A$netif_receive_skb.L398)) yield;
  const ret = ($E.fast || $E.twinOk[netif_receive_skb_internal.k] === 1 ? netif_receive_skb_internal$fast(skb) : yield* netif_receive_skb_internal(skb));
  $f.vars.ret = ret;
  if (at(A$netif_receive_skb.L399)) yield;
  if (at(A$netif_receive_skb.L401)) yield;
  return ret;
  } finally {
    leave($f);
  }
}
const A$process_backlog = defineFn('net/core/dev.c', 'process_backlog', [416, 417, 420, 421, 422, 423, 424, 425, 426, 430, 431, 432, 435, 436, 439, 442, 443, 446]);

// ---- up: the softirq -------------------------------------------------------------------------

export function* process_backlog(napi: NapiStruct, quota: number): Sim<number> {
  const sd = napi.sd;
  const $f = enter(A$process_backlog, { napi, quota, sd });
  try {
  let again = true;
  let work = 0;
  if (at(A$process_backlog.L416)) yield;
  napi.weight = DEV_RX_WEIGHT;
  for (;;) {
    if (at(A$process_backlog.L417)) yield;
    if (!again) break;
    for (;;) {
      if (at(A$process_backlog.L420)) yield;
      const skb = sd!.process_queue.shift();
      if (!skb) break;
      $f.vars.skb = skb;
      if (at(A$process_backlog.L421)) yield;
      if (at(A$process_backlog.L422)) yield;
      ($E.fast || $E.twinOk[__netif_receive_skb.k] === 1 ? __netif_receive_skb$fast(skb) : yield* __netif_receive_skb(skb));
      if (at(A$process_backlog.L423)) yield;
      if (at(A$process_backlog.L424)) yield;
      if (at(A$process_backlog.L425)) yield;
      $f.vars.work = ++work;
      if (work >= quota) {
        if (at(A$process_backlog.L426)) yield;
        return work;
      }
    }
    if (at(A$process_backlog.L430)) yield;
    if (at(A$process_backlog.L431)) yield;
    if (at(A$process_backlog.L432)) yield;
    if (!sd!.input_pkt_queue.length) {
      if (at(A$process_backlog.L435)) yield;
      napi.state = 0;
      if (at(A$process_backlog.L436)) yield;
      again = false;
    } else {
      if (at(A$process_backlog.L439)) yield;
      const q = sd!.input_pkt_queue;
      while (q.length) sd!.process_queue.push(q.shift()!);
    }
    if (at(A$process_backlog.L442)) yield;
    if (at(A$process_backlog.L443)) yield;
  }
  if (at(A$process_backlog.L446)) yield;
  return work;
  } finally {
    leave($f);
  }
}
const A$napi_poll = defineFn('net/core/dev.c', 'napi_poll', [473, 475, 477, 479, 480, 482, 483, 486, 489, 493, 496, 498]);


export function* napi_poll(n: NapiStruct, repoll: NapiStruct[]): Sim<number> { let $t: any;
  const $f = enter(A$napi_poll, { n });
  try {
  if (at(A$napi_poll.L473)) yield;
  n.onList = false;
  if (at(A$napi_poll.L475)) yield;
  if (at(A$napi_poll.L477)) yield;
  const weight = n.weight;
  $f.vars.weight = weight;
  if (at(A$napi_poll.L479)) yield;
  let work = 0;
  if (at(A$napi_poll.L480)) yield;
  if (n.state & NAPI_STATE_SCHED) {
    if (at(A$napi_poll.L482)) yield;
    work = (($t = n.poll).fast !== undefined && ($E.fast || $E.twinOk[$t.k] === 1) ? $t.fast(n, weight) : yield* n.poll(n, weight));
    $f.vars.work = work;
    if (at(A$napi_poll.L483)) yield;
  }
  if (at(A$napi_poll.L486)) yield;
  if (at(A$napi_poll.L489)) yield;
  if (work >= weight) {
    if (at(A$napi_poll.L493)) yield;
    repoll.push(n);
    n.onList = true;
  }
  if (at(A$napi_poll.L496)) yield;
  if (at(A$napi_poll.L498)) yield;
  return work;
  } finally {
    leave($f);
  }
}
const A$net_rx_action = defineFn('net/core/dev.c', 'net_rx_action', [512, 517, 523, 524, 525, 526, 529, 530, 536, 538, 545, 546, 547, 549, 550, 552, 554]);

export function* net_rx_action(sd: SoftnetData): Sim<void> {
  const $f = enter(A$net_rx_action, { sd });
  try {
  if (at(A$net_rx_action.L512)) yield;
  let budget = NETDEV_BUDGET;
  $f.vars.budget = budget;
  if (at(A$net_rx_action.L517)) yield;
  const list = sd.poll_list.splice(0);
  const repoll: NapiStruct[] = [];
  for (;;) {
    if (at(A$net_rx_action.L523)) yield;
    if (!list.length) {
      if (at(A$net_rx_action.L524)) yield;
      if (!repoll.length) {
        if (at(A$net_rx_action.L525)) yield;
        if (at(A$net_rx_action.L554)) yield;
        return;
      }
      if (at(A$net_rx_action.L526)) yield;
      break;
    }
    if (at(A$net_rx_action.L529)) yield;
    const n = list.shift()!;
    $f.vars.n = n;
    if (at(A$net_rx_action.L530)) yield;
    budget -= ($E.fast || $E.twinOk[napi_poll.k] === 1 ? napi_poll$fast(n, repoll) : yield* napi_poll(n, repoll));
    $f.vars.budget = budget;
    if (at(A$net_rx_action.L536)) yield;
    if (budget <= 0) {
      if (at(A$net_rx_action.L538)) yield;
      sd.time_squeeze++;
      break;
    }
  }
  if (at(A$net_rx_action.L545)) yield;
  if (at(A$net_rx_action.L546)) yield;
  if (at(A$net_rx_action.L547)) yield;
  const all = [...list, ...sd.poll_list, ...repoll];
  sd.poll_list.length = 0;
  for (const x of all) sd.poll_list.push(x);
  if (at(A$net_rx_action.L549)) yield;
  if (sd.poll_list.length) {
    if (at(A$net_rx_action.L550)) yield;
    raise_net_rx(sd.net);
  }
  if (at(A$net_rx_action.L552)) yield;
  if (at(A$net_rx_action.L554)) yield;
  } finally {
    leave($f);
  }
}

/** net_dev_init and the devices' probes, for one host: softnet_data, lo, eth0, the routes. */
export function net_dev_init(net: Net): void {
  net.softnet = softnet_init(net);
  netdevs_init(net);
  ip_rt_init(net);
  arp_init(net);
}


// ---- fast-path twins (scripts/twins.cjs) ----
import { E as $E, FAST_FRAME as $FF, driveToEnd as $drive, registerTwin as $kreg } from '../../../core/engine';
import { simnic_interrupt$fast as simnic_interrupt$fast } from '../../drivers/net/simnic';
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
export function __dev_queue_xmit$fast(skb: SkBuff, sb_dev: NetDevice | null): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0; let $x = -1;
  const dev = skb.dev!;
  const $f = ($tb !== null && ($o = (A$__dev_queue_xmit.L78 | 272629760), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  $s += 4;
  let rc = -12;
  
  skb_reset_mac_header(skb);
  
  
  if (dev.priv_flags & IFF_XMIT_DST_RELEASE) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__dev_queue_xmit.L93) : $tb.op($e.now, A$__dev_queue_xmit.L93));
    skb._skb_refdst = null;
  } else {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__dev_queue_xmit.L95) : $tb.op($e.now, A$__dev_queue_xmit.L95));
  }
  $s += 5; if ($tb !== null) ($o = (A$__dev_queue_xmit.L97 | 4194304), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  
  
  
  
  if (dev.flags & IFF_UP) {
    $s += 8; if ($tb !== null) ($o = (A$__dev_queue_xmit.L110 | 7340032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
    
    
    
    
    
    
    
    rc = dev_hard_start_xmit$fast(skb, dev);
    
    $s += 4; if ($tb !== null) ($o = (A$__dev_queue_xmit.L123 | 3145728), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
    
    
    
    $s += 2; $x = A$__dev_queue_xmit.L142 | 2097152;
    
    return ($r = (rc), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$__dev_queue_xmit.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
  $s += 5; $x = A$__dev_queue_xmit.L135 | 5242880;
  rc = -100;
  
  
  dev.stats.tx_dropped++;
  
  
  return ($r = (rc), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$__dev_queue_xmit.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
export function dev_queue_xmit$fast(skb: SkBuff): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0;
  const $f = ($tb !== null && ($o = (A$dev_queue_xmit.L153 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  ++$s;
  return ($r = (__dev_queue_xmit$fast(skb, null)), ($e.steps += $s, $tb !== null && ($o = (A$dev_queue_xmit.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
export function ____napi_schedule$fast(sd: SoftnetData, napi: NapiStruct, net: Net): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $s = 0;
  const $f = ($tb !== null && ($o = (A$____napi_schedule.L165 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  ++$s;
  sd.poll_list.push(napi);
  napi.onList = true;
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$____napi_schedule.L168) : $tb.op($e.now, A$____napi_schedule.L168));
  raise_net_rx(net);
  } ($e.steps += $s, $tb !== null && ($o = (A$____napi_schedule.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
}
export function __napi_schedule$fast(n: NapiStruct): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $s = 0;
  const net = n.dev!.net;
  const $f = ($tb !== null && ($o = (A$__napi_schedule.L458 | 270532608), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  $s += 2;
  
  ____napi_schedule$fast(net.softnet, n, net);
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__napi_schedule.L460) : $tb.op($e.now, A$__napi_schedule.L460));
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
  const $f = ($tb !== null && ($o = (A$enqueue_to_backlog.L184 | 274726912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  $s += 6;
  
  
  
  
  const qlen = sd.input_pkt_queue.length;
  
  
  if (qlen <= NETDEV_MAX_BACKLOG) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$enqueue_to_backlog.L194) : $tb.op($e.now, A$enqueue_to_backlog.L194));
    if (!qlen) {
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$enqueue_to_backlog.L206) : $tb.op($e.now, A$enqueue_to_backlog.L206));
      if (!(sd.backlog.state & NAPI_STATE_SCHED)) {
        sd.backlog.state |= NAPI_STATE_SCHED;
        $s += 2; if ($tb !== null) ($o = (A$enqueue_to_backlog.L207 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
        
        ____napi_schedule$fast(sd, sd.backlog, net);
      }
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$enqueue_to_backlog.L210) : $tb.op($e.now, A$enqueue_to_backlog.L210));
    }
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$enqueue_to_backlog.L196) : $tb.op($e.now, A$enqueue_to_backlog.L196));
    sd.input_pkt_queue.push(skb);
    $s += 4; $x = A$enqueue_to_backlog.L197 | 4194304;
    
    
    
    return ($r = (NET_RX_SUCCESS), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$enqueue_to_backlog.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
  $s += 4; $x = A$enqueue_to_backlog.L214 | 4194304;
  sd.dropped++;
  
  skb.dev!.stats.rx_dropped++;
  
  
  return ($r = (NET_RX_DROP), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$enqueue_to_backlog.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
export function netif_rx_internal$fast(skb: SkBuff): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0; let $x = -1;
  const $f = ($tb !== null && ($o = (A$netif_rx_internal.L233 | 271581184), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  $s += 3;
  
  
  const ret = enqueue_to_backlog$fast(skb, skb.dev!.net);
  
  $s += 2; $x = A$netif_rx_internal.L241 | 2097152;
  
  return ($r = (ret), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$netif_rx_internal.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
export function netif_rx$fast(skb: SkBuff): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0; let $x = -1;
  const $f = ($tb !== null && ($o = (A$netif_rx.L255 | 270532608), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  $s += 2;
  
  const ret = netif_rx_internal$fast(skb);
  
  $s += 2; $x = A$netif_rx.L258 | 2097152;
  
  return ($r = (ret), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$netif_rx.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
export function __netif_receive_skb_core$fast(skb: SkBuff, pfmemalloc: boolean): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0; let $x = -1;
  const $f = ($tb !== null && ($o = (A$__netif_receive_skb_core.L279 | 273678336), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  $s += 5;
  
  
  const orig_dev = skb.dev!;
  
  
  skb_reset_network_header(skb);
  
  if (skb.transport_header === 0xffff) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__netif_receive_skb_core.L288) : $tb.op($e.now, A$__netif_receive_skb_core.L288));
    skb_reset_transport_header(skb);
  }
  $s += 11; if ($tb !== null) ($o = (A$__netif_receive_skb_core.L289 | 10485760), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  
  
  skb.skb_iif = orig_dev.ifindex;
  
  orig_dev.net.softnet.processed++;
  // ptype_all: the taps (a packet capture's AF_PACKET socket); none is open in the simulator
  
  
  
  
  const type = skb.protocol;
  
  
  
  const pt_prev = type === ETH_P_IP ? ip_packet_type : type === ETH_P_ARP ? arp_packet_type : null;
  
  
  if (pt_prev) {
    $s += 2; if ($tb !== null) ($o = (A$__netif_receive_skb_core.L320 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
    
  }
  ++$s; $x = A$__netif_receive_skb_core.L328 | 1048576;
  return ($r = (pt_prev), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$__netif_receive_skb_core.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
export function __netif_receive_skb_one_core$fast(skb: SkBuff, pfmemalloc: boolean): any { const $e = $E; const $tb: any = $e.lineSink; let $t: any; let $o: number; let $r: any; let $s = 0; let $x = -1;
  const orig_dev = skb.dev!;
  const $f = ($tb !== null && ($o = (A$__netif_receive_skb_one_core.L342 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  ++$s;
  const pt_prev = __netif_receive_skb_core$fast(skb, pfmemalloc);
  
  let ret = NET_RX_DROP;
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__netif_receive_skb_one_core.L343) : $tb.op($e.now, A$__netif_receive_skb_one_core.L343));
  if (pt_prev) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__netif_receive_skb_one_core.L344) : $tb.op($e.now, A$__netif_receive_skb_one_core.L344));
    ret = (($t = pt_prev.func).fast !== undefined ? $t.fast(skb, skb.dev!) : $drive($t(skb, skb.dev!)));
  }
  ++$s; $x = A$__netif_receive_skb_one_core.L346 | 1048576;
  return ($r = (ret), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$__netif_receive_skb_one_core.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
export function __netif_receive_skb$fast(skb: SkBuff): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0; let $x = -1;
  const $f = ($tb !== null && ($o = (A$__netif_receive_skb.L358 | 270532608), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  $s += 2;
  
  const ret = __netif_receive_skb_one_core$fast(skb, false);
  
  ++$s; $x = A$__netif_receive_skb.L363 | 1048576;
  return ($r = (ret), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$__netif_receive_skb.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
export function netif_receive_skb_internal$fast(skb: SkBuff): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0; let $x = -1;
  const $f = ($tb !== null && ($o = (A$netif_receive_skb_internal.L375 | 272629760), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  $s += 4;
  
  
  
  const ret = __netif_receive_skb$fast(skb);
  
  $s += 2; $x = A$netif_receive_skb_internal.L383 | 2097152;
  
  return ($r = (ret), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$netif_receive_skb_internal.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
export function netif_receive_skb$fast(skb: SkBuff): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0; let $x = -1;
  const $f = ($tb !== null && ($o = (A$netif_receive_skb.L396 | 270532608), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  $s += 2;
  
  const ret = netif_receive_skb_internal$fast(skb);
  
  $s += 2; $x = A$netif_receive_skb.L399 | 2097152;
  
  return ($r = (ret), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$netif_receive_skb.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
export function process_backlog$fast(napi: NapiStruct, quota: number): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0; let $x = -1;
  const sd = napi.sd;
  const $f = ($tb !== null && ($o = (A$process_backlog.L416 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  let again = true;
  let work = 0;
  ++$s;
  napi.weight = DEV_RX_WEIGHT;
  for (;;) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$process_backlog.L417) : $tb.op($e.now, A$process_backlog.L417));
    if (!again) break;
    for (;;) {
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$process_backlog.L420) : $tb.op($e.now, A$process_backlog.L420));
      const skb = sd!.process_queue.shift();
      if (!skb) break;
      
      $s += 2; if ($tb !== null) ($o = (A$process_backlog.L421 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
      
      __netif_receive_skb$fast(skb);
      $s += 3; if ($tb !== null) ($o = (A$process_backlog.L423 | 2097152), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
      
      
      ++work;
      if (work >= quota) {
        ++$s; $x = A$process_backlog.L426 | 1048576;
        return ($r = (work), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$process_backlog.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
      }
    }
    $s += 3; if ($tb !== null) ($o = (A$process_backlog.L430 | 2097152), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
    
    
    if (!sd!.input_pkt_queue.length) {
      $s += 2; if ($tb !== null) ($o = (A$process_backlog.L435 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
      napi.state = 0;
      
      again = false;
    } else {
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$process_backlog.L439) : $tb.op($e.now, A$process_backlog.L439));
      const q = sd!.input_pkt_queue;
      while (q.length) sd!.process_queue.push(q.shift()!);
    }
    $s += 2; if ($tb !== null) ($o = (A$process_backlog.L442 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
    
  }
  ++$s; $x = A$process_backlog.L446 | 1048576;
  return ($r = (work), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$process_backlog.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
export function napi_poll$fast(n: NapiStruct, repoll: NapiStruct[]): any { const $e = $E; const $tb: any = $e.lineSink; let $t: any; let $o: number; let $r: any; let $s = 0; let $x = -1;
  const $f = ($tb !== null && ($o = (A$napi_poll.L473 | 273678336), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  $s += 5;
  n.onList = false;
  
  
  const weight = n.weight;
  
  
  let work = 0;
  
  if (n.state & NAPI_STATE_SCHED) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$napi_poll.L482) : $tb.op($e.now, A$napi_poll.L482));
    work = (($t = n.poll).fast !== undefined ? $t.fast(n, weight) : $drive($t(n, weight)));
    
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$napi_poll.L483) : $tb.op($e.now, A$napi_poll.L483));
  }
  $s += 2; if ($tb !== null) ($o = (A$napi_poll.L486 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  
  if (work >= weight) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$napi_poll.L493) : $tb.op($e.now, A$napi_poll.L493));
    repoll.push(n);
    n.onList = true;
  }
  $s += 2; $x = A$napi_poll.L496 | 2097152;
  
  return ($r = (work), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$napi_poll.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
export function net_rx_action$fast(sd: SoftnetData): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $s = 0; let $x = -1;
  const $f = ($tb !== null && ($o = (A$net_rx_action.L512 | 270532608), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  $s += 2;
  let budget = NETDEV_BUDGET;
  
  
  const list = sd.poll_list.splice(0);
  const repoll: NapiStruct[] = [];
  for (;;) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$net_rx_action.L523) : $tb.op($e.now, A$net_rx_action.L523));
    if (!list.length) {
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$net_rx_action.L524) : $tb.op($e.now, A$net_rx_action.L524));
      if (!repoll.length) {
        ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$net_rx_action.L525) : $tb.op($e.now, A$net_rx_action.L525));
        ++$s; $x = A$net_rx_action.L554 | 1048576;
        { ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$net_rx_action.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))); return; }
      }
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$net_rx_action.L526) : $tb.op($e.now, A$net_rx_action.L526));
      break;
    }
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$net_rx_action.L529) : $tb.op($e.now, A$net_rx_action.L529));
    const n = list.shift()!;
    
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$net_rx_action.L530) : $tb.op($e.now, A$net_rx_action.L530));
    budget -= napi_poll$fast(n, repoll);
    
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$net_rx_action.L536) : $tb.op($e.now, A$net_rx_action.L536));
    if (budget <= 0) {
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$net_rx_action.L538) : $tb.op($e.now, A$net_rx_action.L538));
      sd.time_squeeze++;
      break;
    }
  }
  $s += 3; if ($tb !== null) ($o = (A$net_rx_action.L545 | 2097152), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  
  
  const all = [...list, ...sd.poll_list, ...repoll];
  sd.poll_list.length = 0;
  for (const x of all) sd.poll_list.push(x);
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$net_rx_action.L549) : $tb.op($e.now, A$net_rx_action.L549));
  if (sd.poll_list.length) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$net_rx_action.L550) : $tb.op($e.now, A$net_rx_action.L550));
    raise_net_rx(sd.net);
  }
  $s += 2; if ($tb !== null) ($o = (A$net_rx_action.L552 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  
  } ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$net_rx_action.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
}
$kreg(run_softirq_work, run_softirq_work$fast, 'run_softirq_work', () => ['ip_expire', 'neigh_timer_handler', 'reqsk_timer_handler', 'tcp_delack_timer_handler', 'tcp_write_timer_handler', 'tw_timer_handler', net_rx_action, simnic_interrupt]);
$kreg(xmit_one, xmit_one$fast, 'xmit_one', () => ['loopback_xmit', 'simnic_xmit']);
$kreg(dev_hard_start_xmit, dev_hard_start_xmit$fast, 'dev_hard_start_xmit', () => [xmit_one]);
$kreg(__dev_queue_xmit, __dev_queue_xmit$fast, '__dev_queue_xmit', () => [dev_hard_start_xmit]);
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
