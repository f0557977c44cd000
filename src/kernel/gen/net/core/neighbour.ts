// generated — do not edit. Written by scripts/gen-kernel.ts from src/kernel/net/core/neighbour.ts
// @ts-nocheck
// net/core/neighbour.c and include/net/neighbour.h: the neighbour cache, ARP's table for IPv4. An
// entry per next hop and device (net.neighbours), made by __neigh_create with ARP's constructor
// (arp.ts, arp_constructor): on eth0 it starts NUD_NONE with n->output = neigh_resolve_output, on lo
// NUD_NOARP. neigh_output takes the cached Ethernet header's short way (neigh_hh_output) while the
// state is NUD_CONNECTED; otherwise n->output → neigh_event_send → __neigh_event_send, which parks
// the packet on arp_queue, makes the entry NUD_INCOMPLETE, arms its timer (retrans_time) and
// solicits (neigh_probe → ops->solicit = arp_solicit). ARP's reply comes back through arp_process →
// neigh_update: NUD_REACHABLE, neigh_connect, and the parked packets go out through n->output. The
// timer (neigh_timer_handler) ages REACHABLE to STALE (or DELAY), turns DELAY into REACHABLE or PROBE,
// resolicits INCOMPLETE/PROBE every second and, after neigh_max_probes unanswered, makes the entry
// NUD_FAILED: neigh_invalidate hands each parked packet to ops->error_report (arp_error_report).
//
// Not simulated: the garbage collector (neigh_periodic_work, gc_thresh: entries are never freed),
// netlink notifications, reference counts, proxy ARP, the periodic re-randomisation of
// reachable_time (every 300 s), and TCP's confirmation of a neighbour (sk_dst_confirm →
// sock_confirm_neigh: `confirmed` moves only on an ARP reply), so a NUD_DELAY entry always ends in
// NUD_PROBE, where Linux may find it confirmed by TCP's forward progress.

import { E } from '../../../core/engine';
import type { Sim } from '../../../core/engine';
import { at, enter, leave } from '../../../core/engine';
import { defineFn } from '../../../core/anchors';
import { TimerList } from '../../../core/timer';
import type { SkBuff } from '../../../include/linux/skbuff';
import { skb_headroom, skb_push, skb_pull } from '../../../include/linux/skbuff';
import type { Neighbour, NeighOps, NetDevice } from '../../../include/linux/netdevice';
import {
  ETH_HLEN, HZ, IFF_LOOPBACK, NEIGH_PARMS, NEIGH_UPDATE_F_ADMIN, NEIGH_UPDATE_F_OVERRIDE, NUD_CONNECTED, NUD_DELAY, NUD_FAILED, NUD_INCOMPLETE,
  NUD_IN_TIMER, NUD_NOARP, NUD_NONE, NUD_PERMANENT, NUD_PROBE, NUD_REACHABLE, NUD_STALE, NUD_VALID,
} from '../../../include/linux/netdevice';
import type { Net } from '../../../include/net/net_namespace';
import { dev_queue_xmit } from './dev';

const HH_DATA_MOD = 16;
const A$neigh_hh_output = defineFn('include/net/neighbour.h', 'neigh_hh_output', [40, 41, 42, 43, 45, 47, 53, 55, 61, 62]);

export function* neigh_hh_output(hh: Neighbour['hh'], skb: SkBuff): Sim<number> {
  const $f = enter(A$neigh_hh_output, { hh, skb });
  try {
  if (at(A$neigh_hh_output.L40)) yield;
  if (at(A$neigh_hh_output.L41)) yield;
  const hh_len = hh.hh_len;
  $f.vars.hh_len = hh_len;
  if (at(A$neigh_hh_output.L42)) yield;
  if (at(A$neigh_hh_output.L43)) yield;
  if (at(A$neigh_hh_output.L45)) yield;
  if (at(A$neigh_hh_output.L47)) yield;
  if (at(A$neigh_hh_output.L53)) yield;
  if (at(A$neigh_hh_output.L55)) yield;
  if (skb_headroom(skb) < HH_DATA_MOD) throw new Error('neigh_hh_output: no headroom');
  if (at(A$neigh_hh_output.L61)) yield;
  skb_push(skb, hh_len);
  if (at(A$neigh_hh_output.L62)) yield;
  return ($E.fast || $E.twinOk[dev_queue_xmit.k] === 1 ? dev_queue_xmit$fast(skb) : yield* dev_queue_xmit(skb));
  } finally {
    leave($f);
  }
}
const A$neigh_output = defineFn('include/net/neighbour.h', 'neigh_output', [77, 78, 80]);

export function* neigh_output(n: Neighbour, skb: SkBuff, skip_cache: boolean): Sim<number> { let $t: any;
  const hh = n.hh;
  const $f = enter(A$neigh_output, { n, skb, skip_cache, hh });
  try {
  if (at(A$neigh_output.L77)) yield;
  if (n.nud_state & NUD_CONNECTED && hh.hh_len && !skip_cache) {
    if (at(A$neigh_output.L78)) yield;
    return ($E.fast || $E.twinOk[neigh_hh_output.k] === 1 ? neigh_hh_output$fast(hh, skb) : yield* neigh_hh_output(hh, skb));
  }
  if (at(A$neigh_output.L80)) yield;
  return (($t = n.output).fast !== undefined && ($E.fast || $E.twinOk[$t.k] === 1) ? $t.fast(n, skb) : yield* n.output(n, skb));
  } finally {
    leave($f);
  }
}
const A$neigh_event_send = defineFn('include/net/neighbour.h', 'neigh_event_send', [18, 20, 21, 22, 23, 24]);

export function* neigh_event_send(neigh: Neighbour, skb: SkBuff | null): Sim<number> {
  const $f = enter(A$neigh_event_send, { neigh, skb });
  try {
  if (at(A$neigh_event_send.L18)) yield;
  const now = E.now;
  $f.vars.now = now;
  if (at(A$neigh_event_send.L20)) yield;
  if (neigh.used !== now) {
    if (at(A$neigh_event_send.L21)) yield;
    neigh.used = now;
  }
  if (at(A$neigh_event_send.L22)) yield;
  if (!(neigh.nud_state & (NUD_CONNECTED | NUD_DELAY | NUD_PROBE))) {
    if (at(A$neigh_event_send.L23)) yield;
    return ($E.fast || $E.twinOk[__neigh_event_send.k] === 1 ? __neigh_event_send$fast(neigh, skb) : yield* __neigh_event_send(neigh, skb));
  }
  if (at(A$neigh_event_send.L24)) yield;
  return 0;
  } finally {
    leave($f);
  }
}

// ---- the table -----------------------------------------------------------------------------------

/** neigh_lookup (___neigh_lookup_noref): the entry for key on dev, or null. */
export function neigh_lookup(net: Net, key: string, dev: NetDevice): Neighbour | null {
  return net.neighbours.get(dev)?.get(key) ?? null;
}

/**
 * __neigh_create → neigh_alloc + the table's constructor (arp_constructor, passed in: ARP's): a new
 * entry, NUD_NONE, its timer set up to run neigh_timer_handler, hashed into the table.
 */
export function __neigh_create(net: Net, key: string, dev: NetDevice, constructor: (n: Neighbour) => void, ops: NeighOps): Neighbour {
  const n: Neighbour = {
    structName: 'neighbour',
    primary_key: key,
    dev,
    nud_state: NUD_NONE,
    ha: '00:00:00:00:00:00',
    hh: { hh_len: 0, hh_data: '' },
    output: ops.output,
    ops,
    arp_queue: [],
    arp_queue_len_bytes: 0,
    probes: 0,
    updated: E.now,
    used: E.now,
    // neigh_alloc: confirmed = jiffies - (BASE_REACHABLE_TIME << 1)
    confirmed: E.now - (NEIGH_PARMS.BASE_REACHABLE_TIME << 1),
    dead: 0,
    reachable_time: net.neigh_reachable_time,
    timer: null,
  };
  constructor(n);
  if (!(dev.flags & IFF_LOOPBACK)) n.timer = new TimerList('neigh_timer_handler', net.host, neigh_timer_handler, n);
  let byAddr = net.neighbours.get(dev);
  if (!byAddr) net.neighbours.set(dev, (byAddr = new Map<string, Neighbour>()));
  byAddr.set(n.primary_key, n);
  return n;
}

/** __neigh_lookup (include/net/neighbour.h): the entry, or with creat a new one. */
export function __neigh_lookup(net: Net, key: string, dev: NetDevice, creat: boolean, constructor: (n: Neighbour) => void, ops: NeighOps): Neighbour | null {
  const n = neigh_lookup(net, key, dev);
  if (n || !creat) return n;
  return __neigh_create(net, key, dev, constructor, ops);
}

/** neigh_add_timer / mod_timer: the entry's timer to fire at `when` (jiffies, µs). */
function neigh_add_timer(n: Neighbour, when: number): void {
  n.timer?.mod(Math.max(0, when - E.now));
}
/** neigh_del_timer: off, when the state had one. */
function neigh_del_timer(n: Neighbour): void {
  if (n.nud_state & NUD_IN_TIMER) n.timer?.del();
}
/** neigh_max_probes: ucast + app + (PROBE ? mcast_reprobes : mcast) probes. */
function neigh_max_probes(n: Neighbour): number {
  return NEIGH_PARMS.UCAST_PROBES + NEIGH_PARMS.APP_PROBES + (n.nud_state & NUD_PROBE ? NEIGH_PARMS.MCAST_REPROBES : NEIGH_PARMS.MCAST_PROBES);
}
/** skb->truesize: the buffer and the sk_buff with its shared info around it (SKB_TRUESIZE). */
function truesize(skb: SkBuff): number {
  return skb.end - skb.head + 576;
}
/** eth_header_cache (header_ops->cache): the 14 bytes the neighbour's frames start with. */
function eth_header_cache(n: Neighbour): void {
  n.hh.hh_data = `${n.ha} > ${n.dev.dev_addr}, ethertype IPv4 (0x0800)`;
  n.hh.hh_len = ETH_HLEN;
}
const A$neigh_suspect = defineFn('net/core/neighbour.c', 'neigh_suspect', [22]);

// ---- state ---------------------------------------------------------------------------------------

export function* neigh_suspect(neigh: Neighbour): Sim<void> {
  const $f = enter(A$neigh_suspect, { neigh });
  try {
  if (at(A$neigh_suspect.L22)) yield;
  neigh.output = neigh.ops.output;
  } finally {
    leave($f);
  }
}
const A$neigh_connect = defineFn('net/core/neighbour.c', 'neigh_connect', [36]);

export function* neigh_connect(neigh: Neighbour): Sim<void> {
  const $f = enter(A$neigh_connect, { neigh });
  try {
  if (at(A$neigh_connect.L36)) yield;
  neigh.output = neigh.ops.connected_output;
  } finally {
    leave($f);
  }
}
const A$neigh_invalidate = defineFn('net/core/neighbour.c', 'neigh_invalidate', [54, 56, 59, 62, 63]);

export function* neigh_invalidate(neigh: Neighbour): Sim<void> { let $t: any;
  const $f = enter(A$neigh_invalidate, { neigh });
  try {
  if (at(A$neigh_invalidate.L54)) yield;
  neigh.updated = E.now;
  for (;;) {
    if (at(A$neigh_invalidate.L56)) yield;
    if (neigh.nud_state !== NUD_FAILED || !neigh.arp_queue.length) break;
    const skb = neigh.arp_queue.shift()!;
    neigh.arp_queue_len_bytes -= truesize(skb);
    $f.vars.skb = skb;
    if (at(A$neigh_invalidate.L59)) yield;
    (($t = neigh.ops.error_report).fast !== undefined && ($E.fast || $E.twinOk[$t.k] === 1) ? $t.fast(neigh, skb) : yield* neigh.ops.error_report(neigh, skb));
  }
  if (at(A$neigh_invalidate.L62)) yield;
  neigh.arp_queue.length = 0;
  if (at(A$neigh_invalidate.L63)) yield;
  neigh.arp_queue_len_bytes = 0;
  } finally {
    leave($f);
  }
}
const A$neigh_probe = defineFn('net/core/neighbour.c', 'neigh_probe', [74, 76, 77, 79, 80, 81, 82]);

export function* neigh_probe(neigh: Neighbour): Sim<void> { let $t: any;
  // (the clone keeps the parked packet's headers: arp_solicit reads its source address)
  const skb = neigh.arp_queue.length ? neigh.arp_queue[neigh.arp_queue.length - 1] : null;
  const $f = enter(A$neigh_probe, { neigh, skb });
  try {
  if (at(A$neigh_probe.L74)) yield;
  if (at(A$neigh_probe.L76)) yield;
  if (skb) {
    if (at(A$neigh_probe.L77)) yield;
  }
  if (at(A$neigh_probe.L79)) yield;
  if (at(A$neigh_probe.L80)) yield;
  (($t = neigh.ops.solicit).fast !== undefined && ($E.fast || $E.twinOk[$t.k] === 1) ? $t.fast(neigh, skb) : yield* neigh.ops.solicit(neigh, skb));
  if (at(A$neigh_probe.L81)) yield;
  neigh.probes++;
  if (at(A$neigh_probe.L82)) yield;
  } finally {
    leave($f);
  }
}
const A$neigh_timer_handler = defineFn('net/core/neighbour.c', 'neigh_timer_handler', [102, 103, 104, 106, 109, 110, 113, 114, 118, 119, 120, 121, 124, 125, 126, 129, 130, 134, 135, 136, 138, 141, 142, 143, 145, 149, 153, 155, 157, 158, 161, 162, 163, 164, 167, 168, 174, 179]);

export function* neigh_timer_handler(neigh: Neighbour): Sim<void> {
  const $f = enter(A$neigh_timer_handler, { neigh });
  try {
  let notify = 0;
  if (at(A$neigh_timer_handler.L102)) yield;
  const state = neigh.nud_state;
  $f.vars.state = state;
  if (at(A$neigh_timer_handler.L103)) yield;
  const now = E.now;
  if (at(A$neigh_timer_handler.L104)) yield;
  let next = now + HZ;
  $f.vars.now = now;
  $f.vars.next = next;
  if (at(A$neigh_timer_handler.L106)) yield;
  if (state & NUD_IN_TIMER) {
    if (at(A$neigh_timer_handler.L109)) yield;
    if (state & NUD_REACHABLE) {
      if (at(A$neigh_timer_handler.L110)) yield;
      if (now <= neigh.confirmed + neigh.reachable_time) {
        if (at(A$neigh_timer_handler.L113)) yield;
        next = neigh.confirmed + neigh.reachable_time;
      } else {
        if (at(A$neigh_timer_handler.L114)) yield;
        if (now <= neigh.used + NEIGH_PARMS.DELAY_PROBE_TIME) {
          if (at(A$neigh_timer_handler.L118)) yield;
          neigh.nud_state = NUD_DELAY;
          if (at(A$neigh_timer_handler.L119)) yield;
          neigh.updated = now;
          if (at(A$neigh_timer_handler.L120)) yield;
          ($E.fast || $E.twinOk[neigh_suspect.k] === 1 ? neigh_suspect$fast(neigh) : yield* neigh_suspect(neigh));
          if (at(A$neigh_timer_handler.L121)) yield;
          next = now + NEIGH_PARMS.DELAY_PROBE_TIME;
        } else {
          if (at(A$neigh_timer_handler.L124)) yield;
          neigh.nud_state = NUD_STALE;
          if (at(A$neigh_timer_handler.L125)) yield;
          neigh.updated = now;
          if (at(A$neigh_timer_handler.L126)) yield;
          ($E.fast || $E.twinOk[neigh_suspect.k] === 1 ? neigh_suspect$fast(neigh) : yield* neigh_suspect(neigh));
          notify = 1;
        }
      }
    } else {
      if (at(A$neigh_timer_handler.L129)) yield;
      if (state & NUD_DELAY) {
        if (at(A$neigh_timer_handler.L130)) yield;
        if (now <= neigh.confirmed + NEIGH_PARMS.DELAY_PROBE_TIME) {
          if (at(A$neigh_timer_handler.L134)) yield;
          neigh.nud_state = NUD_REACHABLE;
          if (at(A$neigh_timer_handler.L135)) yield;
          neigh.updated = now;
          if (at(A$neigh_timer_handler.L136)) yield;
          ($E.fast || $E.twinOk[neigh_connect.k] === 1 ? neigh_connect$fast(neigh) : yield* neigh_connect(neigh));
          notify = 1;
          if (at(A$neigh_timer_handler.L138)) yield;
          next = neigh.confirmed + neigh.reachable_time;
        } else {
          if (at(A$neigh_timer_handler.L141)) yield;
          neigh.nud_state = NUD_PROBE;
          if (at(A$neigh_timer_handler.L142)) yield;
          neigh.updated = now;
          if (at(A$neigh_timer_handler.L143)) yield;
          neigh.probes = 0;
          notify = 1;
          if (at(A$neigh_timer_handler.L145)) yield;
          next = now + NEIGH_PARMS.RETRANS_TIME;
        }
      } else {
        if (at(A$neigh_timer_handler.L149)) yield;
        next = now + NEIGH_PARMS.RETRANS_TIME;
      }
    }
    $f.vars.next = next;
    if (at(A$neigh_timer_handler.L153)) yield;
    if (neigh.nud_state & (NUD_INCOMPLETE | NUD_PROBE) && neigh.probes >= neigh_max_probes(neigh)) {
      if (at(A$neigh_timer_handler.L155)) yield;
      neigh.nud_state = NUD_FAILED;
      notify = 1;
      if (at(A$neigh_timer_handler.L157)) yield;
      ($E.fast || $E.twinOk[neigh_invalidate.k] === 1 ? neigh_invalidate$fast(neigh) : yield* neigh_invalidate(neigh));
      if (at(A$neigh_timer_handler.L158)) yield;
    } else {
      if (at(A$neigh_timer_handler.L161)) yield;
      if (neigh.nud_state & NUD_IN_TIMER) {
        if (at(A$neigh_timer_handler.L162)) yield;
        if (next < now + HZ / 2) {
          if (at(A$neigh_timer_handler.L163)) yield;
          next = now + HZ / 2;
        }
        if (at(A$neigh_timer_handler.L164)) yield;
        neigh_add_timer(neigh, next);
      }
      if (at(A$neigh_timer_handler.L167)) yield;
      if (neigh.nud_state & (NUD_INCOMPLETE | NUD_PROBE)) {
        if (at(A$neigh_timer_handler.L168)) yield;
        ($E.fast || $E.twinOk[neigh_probe.k] === 1 ? neigh_probe$fast(neigh) : yield* neigh_probe(neigh));
      }
    }
  }
  $f.vars.notify = notify;
  if (at(A$neigh_timer_handler.L174)) yield;
  if (at(A$neigh_timer_handler.L179)) yield;
  } finally {
    leave($f);
  }
}
const A$__neigh_event_send = defineFn('net/core/neighbour.c', '__neigh_event_send', [198, 199, 201, 204, 205, 211, 213, 214, 215, 216, 218, 219, 223, 225, 226, 227, 228, 232, 233, 235, 240, 241, 242, 244, 247, 248, 250, 252, 253]);

export function* __neigh_event_send(neigh: Neighbour, skb: SkBuff | null): Sim<number> {
  const $f = enter(A$__neigh_event_send, { neigh, skb });
  try {
  let immediate_probe = false;
  if (at(A$__neigh_event_send.L198)) yield;
  let rc = 0;
  if (at(A$__neigh_event_send.L199)) yield;
  if (!(neigh.nud_state & (NUD_CONNECTED | NUD_DELAY | NUD_PROBE))) {
    if (at(A$__neigh_event_send.L201)) yield;
    if (at(A$__neigh_event_send.L204)) yield;
    if (!(neigh.nud_state & (NUD_STALE | NUD_INCOMPLETE))) {
      if (at(A$__neigh_event_send.L205)) yield;
      const now = E.now;
      if (at(A$__neigh_event_send.L211)) yield;
      neigh.probes = NEIGH_PARMS.UCAST_PROBES;
      if (at(A$__neigh_event_send.L213)) yield;
      neigh_del_timer(neigh);
      if (at(A$__neigh_event_send.L214)) yield;
      neigh.nud_state = NUD_INCOMPLETE;
      if (at(A$__neigh_event_send.L215)) yield;
      neigh.updated = now;
      if (at(A$__neigh_event_send.L216)) yield;
      const next = now + Math.max(NEIGH_PARMS.RETRANS_TIME, HZ / 2);
      $f.vars.next = next;
      if (at(A$__neigh_event_send.L218)) yield;
      neigh_add_timer(neigh, next);
      if (at(A$__neigh_event_send.L219)) yield;
      immediate_probe = true;
    } else {
      if (at(A$__neigh_event_send.L223)) yield;
      if (neigh.nud_state & NUD_STALE) {
        if (at(A$__neigh_event_send.L225)) yield;
        neigh_del_timer(neigh);
        if (at(A$__neigh_event_send.L226)) yield;
        neigh.nud_state = NUD_DELAY;
        if (at(A$__neigh_event_send.L227)) yield;
        neigh.updated = E.now;
        if (at(A$__neigh_event_send.L228)) yield;
        neigh_add_timer(neigh, E.now + NEIGH_PARMS.DELAY_PROBE_TIME);
      }
    }
    if (at(A$__neigh_event_send.L232)) yield;
    if (neigh.nud_state === NUD_INCOMPLETE) {
      if (at(A$__neigh_event_send.L233)) yield;
      if (skb) {
        for (;;) {
          if (at(A$__neigh_event_send.L235)) yield;
          if (neigh.arp_queue_len_bytes + truesize(skb) <= NEIGH_PARMS.QUEUE_LEN_BYTES || !neigh.arp_queue.length) break;
          // (the oldest parked packet is freed: unres_discards)
          const buff = neigh.arp_queue.shift()!;
          neigh.arp_queue_len_bytes -= truesize(buff);
        }
        if (at(A$__neigh_event_send.L240)) yield;
        if (at(A$__neigh_event_send.L241)) yield;
        neigh.arp_queue.push(skb);
        if (at(A$__neigh_event_send.L242)) yield;
        neigh.arp_queue_len_bytes += truesize(skb);
      }
      if (at(A$__neigh_event_send.L244)) yield;
      rc = 1;
    }
  }
  $f.vars.rc = rc;
  if (at(A$__neigh_event_send.L247)) yield;
  if (immediate_probe) {
    if (at(A$__neigh_event_send.L248)) yield;
    ($E.fast || $E.twinOk[neigh_probe.k] === 1 ? neigh_probe$fast(neigh) : yield* neigh_probe(neigh));
  } else {
    if (at(A$__neigh_event_send.L250)) yield;
  }
  if (at(A$__neigh_event_send.L252)) yield;
  if (at(A$__neigh_event_send.L253)) yield;
  return rc;
  } finally {
    leave($f);
  }
}
const A$__neigh_update = defineFn('net/core/neighbour.c', '__neigh_update', [277, 281, 282, 283, 285, 287, 303, 305, 315, 316, 321, 323, 324, 327, 329, 334, 335, 338, 339, 340, 342, 343, 347, 352, 354, 356, 357, 358, 362, 364, 365, 367, 369, 374, 376, 383, 384, 385, 389, 396, 397, 402, 410, 412]);

export function* __neigh_update(neigh: Neighbour, lladdr: string | null, new_: number, flags: number): Sim<number> { let $t: any;
  const dev = neigh.dev;
  const $f = enter(A$__neigh_update, { neigh, lladdr, new: new_, flags });
  try {
  if (at(A$__neigh_update.L277)) yield;
  if (at(A$__neigh_update.L281)) yield;
  $f.vars.dev = dev;
  if (at(A$__neigh_update.L282)) yield;
  const old = neigh.nud_state;
  $f.vars.old = old;
  if (at(A$__neigh_update.L283)) yield;
  let err = -1;
  let ha = lladdr ?? neigh.ha;
  if (at(A$__neigh_update.L285)) yield;
  if (!(flags & NEIGH_UPDATE_F_ADMIN) && old & (NUD_NOARP | NUD_PERMANENT)) {
    if (at(A$__neigh_update.L287)) yield;
  } else if (!(new_ & NUD_VALID)) {
    // (a new state that is not valid — only an administrator's `ip neigh` sets one — is not simulated)
    throw new Error('neigh_update to an invalid state is not simulated');
  } else {
    if (at(A$__neigh_update.L303)) yield;
    if (at(A$__neigh_update.L305)) yield;
    // (the same address as cached: `lladdr = neigh->ha`, so the tests below see no change)
    const same = !!(old & NUD_VALID) && ha === neigh.ha;
    if (at(A$__neigh_update.L315)) yield;
    if (new_ & NUD_CONNECTED) {
      if (at(A$__neigh_update.L316)) yield;
      neigh.confirmed = E.now;
    }
    if (at(A$__neigh_update.L321)) yield;
    err = 0;
    if (at(A$__neigh_update.L323)) yield;
    let out = false;
    if (old & NUD_VALID) {
      if (at(A$__neigh_update.L324)) yield;
      if (!same && !(flags & NEIGH_UPDATE_F_OVERRIDE)) {
        // (another address without OVERRIDE, within locktime: the first answer stays)
        out = true;
      } else {
        if (at(A$__neigh_update.L327)) yield;
        if (same && new_ === NUD_STALE && !(flags & NEIGH_UPDATE_F_ADMIN)) {
          if (at(A$__neigh_update.L329)) yield;
          new_ = old;
          $f.vars.new = new_;
        }
      }
    }
    if (!out) {
      if (at(A$__neigh_update.L334)) yield;
      if (new_ !== old || !same) {
        if (at(A$__neigh_update.L335)) yield;
        neigh.updated = E.now;
      }
      if (at(A$__neigh_update.L338)) yield;
      if (new_ !== old) {
        if (at(A$__neigh_update.L339)) yield;
        if (old & NUD_IN_TIMER) neigh.timer?.del();
        if (at(A$__neigh_update.L340)) yield;
        if (new_ & NUD_PROBE) neigh.probes = 0;
        if (at(A$__neigh_update.L342)) yield;
        if (new_ & NUD_IN_TIMER) {
          if (at(A$__neigh_update.L343)) yield;
          neigh_add_timer(neigh, E.now + (new_ & NUD_REACHABLE ? neigh.reachable_time : 0));
        }
        if (at(A$__neigh_update.L347)) yield;
        neigh.nud_state = new_;
      }
      if (at(A$__neigh_update.L352)) yield;
      if (!same) {
        if (at(A$__neigh_update.L354)) yield;
        neigh.ha = ha;
        if (at(A$__neigh_update.L356)) yield;
        if (neigh.hh.hh_len) eth_header_cache(neigh);
        if (at(A$__neigh_update.L357)) yield;
        if (!(new_ & NUD_CONNECTED)) {
          if (at(A$__neigh_update.L358)) yield;
          neigh.confirmed = E.now - (NEIGH_PARMS.BASE_REACHABLE_TIME << 1);
        }
      }
      if (at(A$__neigh_update.L362)) yield;
      if (new_ !== old) {
        if (at(A$__neigh_update.L364)) yield;
        if (new_ & NUD_CONNECTED) {
          if (at(A$__neigh_update.L365)) yield;
          ($E.fast || $E.twinOk[neigh_connect.k] === 1 ? neigh_connect$fast(neigh) : yield* neigh_connect(neigh));
        } else {
          if (at(A$__neigh_update.L367)) yield;
          ($E.fast || $E.twinOk[neigh_suspect.k] === 1 ? neigh_suspect$fast(neigh) : yield* neigh_suspect(neigh));
        }
        if (at(A$__neigh_update.L369)) yield;
        if (!(old & NUD_VALID)) {
          for (;;) {
            if (at(A$__neigh_update.L374)) yield;
            if (!(neigh.nud_state & NUD_VALID) || !neigh.arp_queue.length) break;
            const skb = neigh.arp_queue.shift()!;
            neigh.arp_queue_len_bytes -= truesize(skb);
            $f.vars.skb = skb;
            if (at(A$__neigh_update.L376)) yield;
            if (at(A$__neigh_update.L383)) yield;
            if (at(A$__neigh_update.L384)) yield;
            if (at(A$__neigh_update.L385)) yield;
            // (the route's neighbour for this packet is this entry: n1 = n2 = neigh)
            if (at(A$__neigh_update.L389)) yield;
            (($t = neigh.output).fast !== undefined && ($E.fast || $E.twinOk[$t.k] === 1) ? $t.fast(neigh, skb) : yield* neigh.output(neigh, skb));
          }
          if (at(A$__neigh_update.L396)) yield;
          neigh.arp_queue.length = 0;
          if (at(A$__neigh_update.L397)) yield;
          neigh.arp_queue_len_bytes = 0;
        }
      }
    }
  }
  ha = neigh.ha;
  $f.vars.err = err;
  if (at(A$__neigh_update.L402)) yield;
  if (at(A$__neigh_update.L410)) yield;
  if (at(A$__neigh_update.L412)) yield;
  return err;
  } finally {
    leave($f);
  }
}
const A$neigh_update = defineFn('net/core/neighbour.c', 'neigh_update', [423]);

export function* neigh_update(neigh: Neighbour, lladdr: string | null, new_: number, flags: number, nlmsg_pid: number): Sim<number> {
  const $f = enter(A$neigh_update, { neigh, lladdr, new: new_, flags, nlmsg_pid });
  try {
  if (at(A$neigh_update.L423)) yield;
  return ($E.fast || $E.twinOk[__neigh_update.k] === 1 ? __neigh_update$fast(neigh, lladdr, new_, flags) : yield* __neigh_update(neigh, lladdr, new_, flags));
  } finally {
    leave($f);
  }
}
const A$neigh_event_ns = defineFn('net/core/neighbour.c', 'neigh_event_ns', [436, 438, 439, 441]);

export function* neigh_event_ns(net: Net, lladdr: string, saddr: string, dev: NetDevice, constructor: (n: Neighbour) => void, ops: NeighOps): Sim<Neighbour | null> {
  const $f = enter(A$neigh_event_ns, { tbl: 'arp_tbl', lladdr, saddr, dev });
  try {
  if (at(A$neigh_event_ns.L436)) yield;
  const neigh = __neigh_lookup(net, saddr, dev, true, constructor, ops);
  $f.vars.neigh = neigh;
  if (at(A$neigh_event_ns.L438)) yield;
  if (neigh) {
    if (at(A$neigh_event_ns.L439)) yield;
    ($E.fast || $E.twinOk[neigh_update.k] === 1 ? neigh_update$fast(neigh, lladdr, NUD_STALE, NEIGH_UPDATE_F_OVERRIDE, 0) : yield* neigh_update(neigh, lladdr, NUD_STALE, NEIGH_UPDATE_F_OVERRIDE, 0));
  }
  if (at(A$neigh_event_ns.L441)) yield;
  return neigh;
  } finally {
    leave($f);
  }
}
const A$neigh_hh_init = defineFn('net/core/neighbour.c', 'neigh_hh_init', [461, 462, 464]);

export function* neigh_hh_init(n: Neighbour): Sim<void> {
  const dev = n.dev;
  const hh = n.hh;
  const $f = enter(A$neigh_hh_init, { n, dev, prot: 'ETH_P_IP', hh });
  try {
  if (at(A$neigh_hh_init.L461)) yield;
  if (!hh.hh_len) {
    if (at(A$neigh_hh_init.L462)) yield;
    eth_header_cache(n);
  }
  if (at(A$neigh_hh_init.L464)) yield;
  } finally {
    leave($f);
  }
}
const A$neigh_resolve_output = defineFn('net/core/neighbour.c', 'neigh_resolve_output', [476, 478, 483, 484, 487, 489, 493, 494, 499]);

export function* neigh_resolve_output(neigh: Neighbour, skb: SkBuff): Sim<number> {
  const $f = enter(A$neigh_resolve_output, { neigh, skb });
  try {
  if (at(A$neigh_resolve_output.L476)) yield;
  let rc = 0;
  if (at(A$neigh_resolve_output.L478)) yield;
  if (!(($E.fast || $E.twinOk[neigh_event_send.k] === 1 ? neigh_event_send$fast(neigh, skb) : yield* neigh_event_send(neigh, skb)))) {
    const dev = neigh.dev;
    $f.vars.dev = dev;
    if (at(A$neigh_resolve_output.L483)) yield;
    if (!neigh.hh.hh_len) {
      if (at(A$neigh_resolve_output.L484)) yield;
      ($E.fast || $E.twinOk[neigh_hh_init.k] === 1 ? neigh_hh_init$fast(neigh) : yield* neigh_hh_init(neigh));
    }
    if (at(A$neigh_resolve_output.L487)) yield;
    skb_pull(skb, skb.network_header - skb.data);
    if (at(A$neigh_resolve_output.L489)) yield;
    // eth_header: the 14 bytes in front (destination neigh->ha, source dev->dev_addr, the type)
    skb_push(skb, ETH_HLEN);
    if (at(A$neigh_resolve_output.L493)) yield;
    if (at(A$neigh_resolve_output.L494)) yield;
    rc = ($E.fast || $E.twinOk[dev_queue_xmit.k] === 1 ? dev_queue_xmit$fast(skb) : yield* dev_queue_xmit(skb));
    $f.vars.rc = rc;
  }
  if (at(A$neigh_resolve_output.L499)) yield;
  return rc;
  } finally {
    leave($f);
  }
}


// ---- fast-path twins (scripts/twins.cjs) ----
import { E as $E, FAST_FRAME as $FF, driveToEnd as $drive, registerTwin as $kreg } from '../../../core/engine';
import { dev_queue_xmit$fast as dev_queue_xmit$fast } from './dev';
export function neigh_hh_output$fast(hh: Neighbour['hh'], skb: SkBuff): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0;
  const $f = ($tb !== null && ($o = (A$neigh_hh_output.L40 | 276824064), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  $s += 8;
  
  const hh_len = hh.hh_len;
  
  
  
  
  
  
  
  if (skb_headroom(skb) < HH_DATA_MOD) throw new Error('neigh_hh_output: no headroom');
  $s += 2; if ($tb !== null) ($o = (A$neigh_hh_output.L61 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  skb_push(skb, hh_len);
  
  return ($r = (dev_queue_xmit$fast(skb)), ($e.steps += $s, $tb !== null && ($o = (A$neigh_hh_output.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
export function neigh_output$fast(n: Neighbour, skb: SkBuff, skip_cache: boolean): any { const $e = $E; const $tb: any = $e.lineSink; let $t: any; let $o: number; let $r: any; let $s = 0;
  const hh = n.hh;
  const $f = ($tb !== null && ($o = (A$neigh_output.L77 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  ++$s;
  if (n.nud_state & NUD_CONNECTED && hh.hh_len && !skip_cache) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$neigh_output.L78) : $tb.op($e.now, A$neigh_output.L78));
    return ($r = (neigh_hh_output$fast(hh, skb)), ($e.steps += $s, $tb !== null && ($o = (A$neigh_output.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$neigh_output.L80) : $tb.op($e.now, A$neigh_output.L80));
  return ($r = ((($t = n.output).fast !== undefined ? $t.fast(n, skb) : $drive($t(n, skb)))), ($e.steps += $s, $tb !== null && ($o = (A$neigh_output.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
export function neigh_event_send$fast(neigh: Neighbour, skb: SkBuff | null): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0; let $x = -1;
  const $f = ($tb !== null && ($o = (A$neigh_event_send.L18 | 270532608), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  $s += 2;
  const now = E.now;
  
  
  if (neigh.used !== now) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$neigh_event_send.L21) : $tb.op($e.now, A$neigh_event_send.L21));
    neigh.used = now;
  }
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$neigh_event_send.L22) : $tb.op($e.now, A$neigh_event_send.L22));
  if (!(neigh.nud_state & (NUD_CONNECTED | NUD_DELAY | NUD_PROBE))) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$neigh_event_send.L23) : $tb.op($e.now, A$neigh_event_send.L23));
    return ($r = (__neigh_event_send$fast(neigh, skb)), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$neigh_event_send.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
  ++$s; $x = A$neigh_event_send.L24 | 1048576;
  return ($r = (0), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$neigh_event_send.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
export function neigh_suspect$fast(neigh: Neighbour): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $s = 0;
  const $f = ($tb !== null && ($o = (A$neigh_suspect.L22 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  ++$s;
  neigh.output = neigh.ops.output;
  } ($e.steps += $s, $tb !== null && ($o = (A$neigh_suspect.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
}
export function neigh_connect$fast(neigh: Neighbour): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $s = 0;
  const $f = ($tb !== null && ($o = (A$neigh_connect.L36 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  ++$s;
  neigh.output = neigh.ops.connected_output;
  } ($e.steps += $s, $tb !== null && ($o = (A$neigh_connect.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
}
export function neigh_invalidate$fast(neigh: Neighbour): any { const $e = $E; const $tb: any = $e.lineSink; let $t: any; let $o: number; let $s = 0;
  const $f = ($tb !== null && ($o = (A$neigh_invalidate.L54 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  ++$s;
  neigh.updated = E.now;
  for (;;) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$neigh_invalidate.L56) : $tb.op($e.now, A$neigh_invalidate.L56));
    if (neigh.nud_state !== NUD_FAILED || !neigh.arp_queue.length) break;
    const skb = neigh.arp_queue.shift()!;
    neigh.arp_queue_len_bytes -= truesize(skb);
    
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$neigh_invalidate.L59) : $tb.op($e.now, A$neigh_invalidate.L59));
    (($t = neigh.ops.error_report).fast !== undefined ? $t.fast(neigh, skb) : $drive($t(neigh, skb)));
  }
  $s += 2; if ($tb !== null) ($o = (A$neigh_invalidate.L62 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  neigh.arp_queue.length = 0;
  
  neigh.arp_queue_len_bytes = 0;
  } ($e.steps += $s, $tb !== null && ($o = (A$neigh_invalidate.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
}
export function neigh_probe$fast(neigh: Neighbour): any { const $e = $E; const $tb: any = $e.lineSink; let $t: any; let $o: number; let $s = 0;
  // (the clone keeps the parked packet's headers: arp_solicit reads its source address)
  const skb = neigh.arp_queue.length ? neigh.arp_queue[neigh.arp_queue.length - 1] : null;
  const $f = ($tb !== null && ($o = (A$neigh_probe.L74 | 270532608), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  $s += 2;
  
  if (skb) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$neigh_probe.L77) : $tb.op($e.now, A$neigh_probe.L77));
  }
  $s += 2; if ($tb !== null) ($o = (A$neigh_probe.L79 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  
  (($t = neigh.ops.solicit).fast !== undefined ? $t.fast(neigh, skb) : $drive($t(neigh, skb)));
  $s += 2; if ($tb !== null) ($o = (A$neigh_probe.L81 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  neigh.probes++;
  
  } ($e.steps += $s, $tb !== null && ($o = (A$neigh_probe.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
}
export function neigh_timer_handler$fast(neigh: Neighbour): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $s = 0;
  const $f = ($tb !== null && ($o = (A$neigh_timer_handler.L102 | 272629760), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  let notify = 0;
  $s += 4;
  const state = neigh.nud_state;
  
  
  const now = E.now;
  
  let next = now + HZ;
  
  
  
  if (state & NUD_IN_TIMER) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$neigh_timer_handler.L109) : $tb.op($e.now, A$neigh_timer_handler.L109));
    if (state & NUD_REACHABLE) {
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$neigh_timer_handler.L110) : $tb.op($e.now, A$neigh_timer_handler.L110));
      if (now <= neigh.confirmed + neigh.reachable_time) {
        ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$neigh_timer_handler.L113) : $tb.op($e.now, A$neigh_timer_handler.L113));
        next = neigh.confirmed + neigh.reachable_time;
      } else {
        ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$neigh_timer_handler.L114) : $tb.op($e.now, A$neigh_timer_handler.L114));
        if (now <= neigh.used + NEIGH_PARMS.DELAY_PROBE_TIME) {
          $s += 3; if ($tb !== null) ($o = (A$neigh_timer_handler.L118 | 2097152), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
          neigh.nud_state = NUD_DELAY;
          
          neigh.updated = now;
          
          neigh_suspect$fast(neigh);
          ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$neigh_timer_handler.L121) : $tb.op($e.now, A$neigh_timer_handler.L121));
          next = now + NEIGH_PARMS.DELAY_PROBE_TIME;
        } else {
          $s += 3; if ($tb !== null) ($o = (A$neigh_timer_handler.L124 | 2097152), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
          neigh.nud_state = NUD_STALE;
          
          neigh.updated = now;
          
          neigh_suspect$fast(neigh);
          notify = 1;
        }
      }
    } else {
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$neigh_timer_handler.L129) : $tb.op($e.now, A$neigh_timer_handler.L129));
      if (state & NUD_DELAY) {
        ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$neigh_timer_handler.L130) : $tb.op($e.now, A$neigh_timer_handler.L130));
        if (now <= neigh.confirmed + NEIGH_PARMS.DELAY_PROBE_TIME) {
          $s += 3; if ($tb !== null) ($o = (A$neigh_timer_handler.L134 | 2097152), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
          neigh.nud_state = NUD_REACHABLE;
          
          neigh.updated = now;
          
          neigh_connect$fast(neigh);
          notify = 1;
          ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$neigh_timer_handler.L138) : $tb.op($e.now, A$neigh_timer_handler.L138));
          next = neigh.confirmed + neigh.reachable_time;
        } else {
          $s += 4; if ($tb !== null) ($o = (A$neigh_timer_handler.L141 | 3145728), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
          neigh.nud_state = NUD_PROBE;
          
          neigh.updated = now;
          
          neigh.probes = 0;
          notify = 1;
          
          next = now + NEIGH_PARMS.RETRANS_TIME;
        }
      } else {
        ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$neigh_timer_handler.L149) : $tb.op($e.now, A$neigh_timer_handler.L149));
        next = now + NEIGH_PARMS.RETRANS_TIME;
      }
    }
    
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$neigh_timer_handler.L153) : $tb.op($e.now, A$neigh_timer_handler.L153));
    if (neigh.nud_state & (NUD_INCOMPLETE | NUD_PROBE) && neigh.probes >= neigh_max_probes(neigh)) {
      $s += 2; if ($tb !== null) ($o = (A$neigh_timer_handler.L155 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
      neigh.nud_state = NUD_FAILED;
      notify = 1;
      
      neigh_invalidate$fast(neigh);
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$neigh_timer_handler.L158) : $tb.op($e.now, A$neigh_timer_handler.L158));
    } else {
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$neigh_timer_handler.L161) : $tb.op($e.now, A$neigh_timer_handler.L161));
      if (neigh.nud_state & NUD_IN_TIMER) {
        ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$neigh_timer_handler.L162) : $tb.op($e.now, A$neigh_timer_handler.L162));
        if (next < now + HZ / 2) {
          ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$neigh_timer_handler.L163) : $tb.op($e.now, A$neigh_timer_handler.L163));
          next = now + HZ / 2;
        }
        ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$neigh_timer_handler.L164) : $tb.op($e.now, A$neigh_timer_handler.L164));
        neigh_add_timer(neigh, next);
      }
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$neigh_timer_handler.L167) : $tb.op($e.now, A$neigh_timer_handler.L167));
      if (neigh.nud_state & (NUD_INCOMPLETE | NUD_PROBE)) {
        ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$neigh_timer_handler.L168) : $tb.op($e.now, A$neigh_timer_handler.L168));
        neigh_probe$fast(neigh);
      }
    }
  }
  
  $s += 2; if ($tb !== null) ($o = (A$neigh_timer_handler.L174 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  
  } ($e.steps += $s, $tb !== null && ($o = (A$neigh_timer_handler.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
}
export function __neigh_event_send$fast(neigh: Neighbour, skb: SkBuff | null): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0; let $x = -1;
  const $f = ($tb !== null && ($o = (A$__neigh_event_send.L198 | 270532608), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  let immediate_probe = false;
  $s += 2;
  let rc = 0;
  
  if (!(neigh.nud_state & (NUD_CONNECTED | NUD_DELAY | NUD_PROBE))) {
    $s += 2; if ($tb !== null) ($o = (A$__neigh_event_send.L201 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
    
    if (!(neigh.nud_state & (NUD_STALE | NUD_INCOMPLETE))) {
      $s += 3; if ($tb !== null) ($o = (A$__neigh_event_send.L205 | 2097152), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
      const now = E.now;
      
      neigh.probes = NEIGH_PARMS.UCAST_PROBES;
      
      neigh_del_timer(neigh);
      $s += 3; if ($tb !== null) ($o = (A$__neigh_event_send.L214 | 2097152), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
      neigh.nud_state = NUD_INCOMPLETE;
      
      neigh.updated = now;
      
      const next = now + Math.max(NEIGH_PARMS.RETRANS_TIME, HZ / 2);
      
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__neigh_event_send.L218) : $tb.op($e.now, A$__neigh_event_send.L218));
      neigh_add_timer(neigh, next);
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__neigh_event_send.L219) : $tb.op($e.now, A$__neigh_event_send.L219));
      immediate_probe = true;
    } else {
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__neigh_event_send.L223) : $tb.op($e.now, A$__neigh_event_send.L223));
      if (neigh.nud_state & NUD_STALE) {
        ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__neigh_event_send.L225) : $tb.op($e.now, A$__neigh_event_send.L225));
        neigh_del_timer(neigh);
        $s += 3; if ($tb !== null) ($o = (A$__neigh_event_send.L226 | 2097152), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
        neigh.nud_state = NUD_DELAY;
        
        neigh.updated = E.now;
        
        neigh_add_timer(neigh, E.now + NEIGH_PARMS.DELAY_PROBE_TIME);
      }
    }
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__neigh_event_send.L232) : $tb.op($e.now, A$__neigh_event_send.L232));
    if (neigh.nud_state === NUD_INCOMPLETE) {
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__neigh_event_send.L233) : $tb.op($e.now, A$__neigh_event_send.L233));
      if (skb) {
        for (;;) {
          ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__neigh_event_send.L235) : $tb.op($e.now, A$__neigh_event_send.L235));
          if (neigh.arp_queue_len_bytes + truesize(skb) <= NEIGH_PARMS.QUEUE_LEN_BYTES || !neigh.arp_queue.length) break;
          // (the oldest parked packet is freed: unres_discards)
          const buff = neigh.arp_queue.shift()!;
          neigh.arp_queue_len_bytes -= truesize(buff);
        }
        $s += 2; if ($tb !== null) ($o = (A$__neigh_event_send.L240 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
        
        neigh.arp_queue.push(skb);
        ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__neigh_event_send.L242) : $tb.op($e.now, A$__neigh_event_send.L242));
        neigh.arp_queue_len_bytes += truesize(skb);
      }
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__neigh_event_send.L244) : $tb.op($e.now, A$__neigh_event_send.L244));
      rc = 1;
    }
  }
  
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__neigh_event_send.L247) : $tb.op($e.now, A$__neigh_event_send.L247));
  if (immediate_probe) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__neigh_event_send.L248) : $tb.op($e.now, A$__neigh_event_send.L248));
    neigh_probe$fast(neigh);
  } else {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__neigh_event_send.L250) : $tb.op($e.now, A$__neigh_event_send.L250));
  }
  $s += 2; $x = A$__neigh_event_send.L252 | 2097152;
  
  return ($r = (rc), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$__neigh_event_send.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
export function __neigh_update$fast(neigh: Neighbour, lladdr: string | null, new_: number, flags: number): any { const $e = $E; const $tb: any = $e.lineSink; let $t: any; let $o: number; let $r: any; let $s = 0; let $x = -1;
  const dev = neigh.dev;
  const $f = ($tb !== null && ($o = (A$__neigh_update.L277 | 273678336), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  $s += 5;
  
  
  
  const old = neigh.nud_state;
  
  
  let err = -1;
  let ha = lladdr ?? neigh.ha;
  
  if (!(flags & NEIGH_UPDATE_F_ADMIN) && old & (NUD_NOARP | NUD_PERMANENT)) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__neigh_update.L287) : $tb.op($e.now, A$__neigh_update.L287));
  } else if (!(new_ & NUD_VALID)) {
    // (a new state that is not valid — only an administrator's `ip neigh` sets one — is not simulated)
    throw new Error('neigh_update to an invalid state is not simulated');
  } else {
    $s += 3; if ($tb !== null) ($o = (A$__neigh_update.L303 | 2097152), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
    
    // (the same address as cached: `lladdr = neigh->ha`, so the tests below see no change)
    const same = !!(old & NUD_VALID) && ha === neigh.ha;
    
    if (new_ & NUD_CONNECTED) {
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__neigh_update.L316) : $tb.op($e.now, A$__neigh_update.L316));
      neigh.confirmed = E.now;
    }
    $s += 2; if ($tb !== null) ($o = (A$__neigh_update.L321 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
    err = 0;
    
    let out = false;
    if (old & NUD_VALID) {
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__neigh_update.L324) : $tb.op($e.now, A$__neigh_update.L324));
      if (!same && !(flags & NEIGH_UPDATE_F_OVERRIDE)) {
        // (another address without OVERRIDE, within locktime: the first answer stays)
        out = true;
      } else {
        ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__neigh_update.L327) : $tb.op($e.now, A$__neigh_update.L327));
        if (same && new_ === NUD_STALE && !(flags & NEIGH_UPDATE_F_ADMIN)) {
          ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__neigh_update.L329) : $tb.op($e.now, A$__neigh_update.L329));
          new_ = old;
          
        }
      }
    }
    if (!out) {
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__neigh_update.L334) : $tb.op($e.now, A$__neigh_update.L334));
      if (new_ !== old || !same) {
        ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__neigh_update.L335) : $tb.op($e.now, A$__neigh_update.L335));
        neigh.updated = E.now;
      }
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__neigh_update.L338) : $tb.op($e.now, A$__neigh_update.L338));
      if (new_ !== old) {
        ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__neigh_update.L339) : $tb.op($e.now, A$__neigh_update.L339));
        if (old & NUD_IN_TIMER) neigh.timer?.del();
        ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__neigh_update.L340) : $tb.op($e.now, A$__neigh_update.L340));
        if (new_ & NUD_PROBE) neigh.probes = 0;
        ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__neigh_update.L342) : $tb.op($e.now, A$__neigh_update.L342));
        if (new_ & NUD_IN_TIMER) {
          ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__neigh_update.L343) : $tb.op($e.now, A$__neigh_update.L343));
          neigh_add_timer(neigh, E.now + (new_ & NUD_REACHABLE ? neigh.reachable_time : 0));
        }
        ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__neigh_update.L347) : $tb.op($e.now, A$__neigh_update.L347));
        neigh.nud_state = new_;
      }
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__neigh_update.L352) : $tb.op($e.now, A$__neigh_update.L352));
      if (!same) {
        $s += 2; if ($tb !== null) ($o = (A$__neigh_update.L354 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
        neigh.ha = ha;
        
        if (neigh.hh.hh_len) eth_header_cache(neigh);
        ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__neigh_update.L357) : $tb.op($e.now, A$__neigh_update.L357));
        if (!(new_ & NUD_CONNECTED)) {
          ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__neigh_update.L358) : $tb.op($e.now, A$__neigh_update.L358));
          neigh.confirmed = E.now - (NEIGH_PARMS.BASE_REACHABLE_TIME << 1);
        }
      }
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__neigh_update.L362) : $tb.op($e.now, A$__neigh_update.L362));
      if (new_ !== old) {
        ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__neigh_update.L364) : $tb.op($e.now, A$__neigh_update.L364));
        if (new_ & NUD_CONNECTED) {
          ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__neigh_update.L365) : $tb.op($e.now, A$__neigh_update.L365));
          neigh_connect$fast(neigh);
        } else {
          ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__neigh_update.L367) : $tb.op($e.now, A$__neigh_update.L367));
          neigh_suspect$fast(neigh);
        }
        ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__neigh_update.L369) : $tb.op($e.now, A$__neigh_update.L369));
        if (!(old & NUD_VALID)) {
          for (;;) {
            ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__neigh_update.L374) : $tb.op($e.now, A$__neigh_update.L374));
            if (!(neigh.nud_state & NUD_VALID) || !neigh.arp_queue.length) break;
            const skb = neigh.arp_queue.shift()!;
            neigh.arp_queue_len_bytes -= truesize(skb);
            
            $s += 5; if ($tb !== null) ($o = (A$__neigh_update.L376 | 4194304), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
            
            
            
            // (the route's neighbour for this packet is this entry: n1 = n2 = neigh)
            
            (($t = neigh.output).fast !== undefined ? $t.fast(neigh, skb) : $drive($t(neigh, skb)));
          }
          $s += 2; if ($tb !== null) ($o = (A$__neigh_update.L396 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
          neigh.arp_queue.length = 0;
          
          neigh.arp_queue_len_bytes = 0;
        }
      }
    }
  }
  ha = neigh.ha;
  
  $s += 3; $x = A$__neigh_update.L402 | 3145728;
  
  
  return ($r = (err), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$__neigh_update.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
export function neigh_update$fast(neigh: Neighbour, lladdr: string | null, new_: number, flags: number, nlmsg_pid: number): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0;
  const $f = ($tb !== null && ($o = (A$neigh_update.L423 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  ++$s;
  return ($r = (__neigh_update$fast(neigh, lladdr, new_, flags)), ($e.steps += $s, $tb !== null && ($o = (A$neigh_update.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
export function neigh_event_ns$fast(net: Net, lladdr: string, saddr: string, dev: NetDevice, constructor: (n: Neighbour) => void, ops: NeighOps): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0; let $x = -1;
  const $f = ($tb !== null && ($o = (A$neigh_event_ns.L436 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  ++$s;
  const neigh = __neigh_lookup(net, saddr, dev, true, constructor, ops);
  
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$neigh_event_ns.L438) : $tb.op($e.now, A$neigh_event_ns.L438));
  if (neigh) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$neigh_event_ns.L439) : $tb.op($e.now, A$neigh_event_ns.L439));
    neigh_update$fast(neigh, lladdr, NUD_STALE, NEIGH_UPDATE_F_OVERRIDE, 0);
  }
  ++$s; $x = A$neigh_event_ns.L441 | 1048576;
  return ($r = (neigh), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$neigh_event_ns.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
export function neigh_hh_init$fast(n: Neighbour): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $s = 0;
  const dev = n.dev;
  const hh = n.hh;
  const $f = ($tb !== null && ($o = (A$neigh_hh_init.L461 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  ++$s;
  if (!hh.hh_len) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$neigh_hh_init.L462) : $tb.op($e.now, A$neigh_hh_init.L462));
    eth_header_cache(n);
  }
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$neigh_hh_init.L464) : $tb.op($e.now, A$neigh_hh_init.L464));
  } ($e.steps += $s, $tb !== null && ($o = (A$neigh_hh_init.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
}
export function neigh_resolve_output$fast(neigh: Neighbour, skb: SkBuff): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0; let $x = -1;
  const $f = ($tb !== null && ($o = (A$neigh_resolve_output.L476 | 270532608), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  $s += 2;
  let rc = 0;
  
  if (!(neigh_event_send$fast(neigh, skb))) {
    const dev = neigh.dev;
    
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$neigh_resolve_output.L483) : $tb.op($e.now, A$neigh_resolve_output.L483));
    if (!neigh.hh.hh_len) {
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$neigh_resolve_output.L484) : $tb.op($e.now, A$neigh_resolve_output.L484));
      neigh_hh_init$fast(neigh);
    }
    $s += 4; if ($tb !== null) ($o = (A$neigh_resolve_output.L487 | 3145728), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
    skb_pull(skb, skb.network_header - skb.data);
    
    // eth_header: the 14 bytes in front (destination neigh->ha, source dev->dev_addr, the type)
    skb_push(skb, ETH_HLEN);
    
    
    rc = dev_queue_xmit$fast(skb);
    
  }
  ++$s; $x = A$neigh_resolve_output.L499 | 1048576;
  return ($r = (rc), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$neigh_resolve_output.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
$kreg(neigh_hh_output, neigh_hh_output$fast, 'neigh_hh_output', () => [dev_queue_xmit]);
$kreg(neigh_output, neigh_output$fast, 'neigh_output', () => ['ip_output', neigh_hh_output, neigh_resolve_output]);
$kreg(neigh_event_send, neigh_event_send$fast, 'neigh_event_send', () => [__neigh_event_send]);
$kreg(neigh_suspect, neigh_suspect$fast, 'neigh_suspect', () => []);
$kreg(neigh_connect, neigh_connect$fast, 'neigh_connect', () => []);
$kreg(neigh_invalidate, neigh_invalidate$fast, 'neigh_invalidate', () => ['arp_error_report']);
$kreg(neigh_probe, neigh_probe$fast, 'neigh_probe', () => ['arp_solicit']);
$kreg(neigh_timer_handler, neigh_timer_handler$fast, 'neigh_timer_handler', () => [neigh_connect, neigh_invalidate, neigh_probe, neigh_suspect]);
$kreg(__neigh_event_send, __neigh_event_send$fast, '__neigh_event_send', () => [neigh_probe]);
$kreg(__neigh_update, __neigh_update$fast, '__neigh_update', () => ['ip_output', neigh_connect, neigh_resolve_output, neigh_suspect]);
$kreg(neigh_update, neigh_update$fast, 'neigh_update', () => [__neigh_update]);
$kreg(neigh_event_ns, neigh_event_ns$fast, 'neigh_event_ns', () => [neigh_update]);
$kreg(neigh_hh_init, neigh_hh_init$fast, 'neigh_hh_init', () => []);
$kreg(neigh_resolve_output, neigh_resolve_output$fast, 'neigh_resolve_output', () => [dev_queue_xmit, neigh_event_send, neigh_hh_init]);

// ---- kernel names ----
(neigh_resolve_output as any).kname = 'neigh_resolve_output';
