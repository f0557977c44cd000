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

import { E } from '../../core/engine';
import type { Sim } from '../../core/engine';
import { frame, line } from '../../core/mark';
import { TimerList } from '../../core/timer';
import type { SkBuff } from '../../include/linux/skbuff';
import { skb_headroom, skb_push, skb_pull } from '../../include/linux/skbuff';
import type { Neighbour, NeighOps, NetDevice } from '../../include/linux/netdevice';
import {
  ETH_HLEN, HZ, IFF_LOOPBACK, NEIGH_PARMS, NEIGH_UPDATE_F_ADMIN, NEIGH_UPDATE_F_OVERRIDE, NUD_CONNECTED, NUD_DELAY, NUD_FAILED, NUD_INCOMPLETE,
  NUD_IN_TIMER, NUD_NOARP, NUD_NONE, NUD_PERMANENT, NUD_PROBE, NUD_REACHABLE, NUD_STALE, NUD_VALID,
} from '../../include/linux/netdevice';
import type { Net } from '../../include/net/net_namespace';
import { dev_queue_xmit } from './dev';

const HH_DATA_MOD = 16;

export function* neigh_hh_output(hh: Neighbour['hh'], skb: SkBuff): Sim<number> {
  frame({ hh, skb });
  line`seq = read_seqbegin(&hh->hh_lock);`;
  line`hh_len = hh->hh_len;`;
  const hh_len = hh.hh_len;
  frame.hh_len = hh_len;
  line`if (likely(hh_len <= HH_DATA_MOD)) {`;
  line`hh_alen = HH_DATA_MOD;`;
  line`if (likely(skb_headroom(skb) >= HH_DATA_MOD)) {`;
  line`memcpy(skb->data - HH_DATA_MOD, hh->hh_data,`;
  line`} while (read_seqretry(&hh->hh_lock, seq));`;
  line`if (WARN_ON_ONCE(skb_headroom(skb) < hh_alen)) {`;
  if (skb_headroom(skb) < HH_DATA_MOD) throw new Error('neigh_hh_output: no headroom');
  line`__skb_push(skb, hh_len);`;
  skb_push(skb, hh_len);
  line`return dev_queue_xmit(skb);`;
  return yield* dev_queue_xmit(skb);
}

export function* neigh_output(n: Neighbour, skb: SkBuff, skip_cache: boolean): Sim<number> {
  const hh = n.hh;
  frame({ n, skb, skip_cache, hh });
  line`if ((n->nud_state & NUD_CONNECTED) && hh->hh_len && !skip_cache)`;
  if (n.nud_state & NUD_CONNECTED && hh.hh_len && !skip_cache) {
    line`return neigh_hh_output(hh, skb);`;
    return yield* neigh_hh_output(hh, skb);
  }
  line`return n->output(n, skb);`;
  return yield* n.output(n, skb);
}

export function* neigh_event_send(neigh: Neighbour, skb: SkBuff | null): Sim<number> {
  frame({ neigh, skb });
  line`unsigned long now = jiffies;`;
  const now = E.now;
  frame.now = now;
  line`if (READ_ONCE(neigh->used) != now)`;
  if (neigh.used !== now) {
    line`WRITE_ONCE(neigh->used, now);`;
    neigh.used = now;
  }
  line`if (!(neigh->nud_state&(NUD_CONNECTED|NUD_DELAY|NUD_PROBE)))`;
  if (!(neigh.nud_state & (NUD_CONNECTED | NUD_DELAY | NUD_PROBE))) {
    line`return __neigh_event_send(neigh, skb);`;
    return yield* __neigh_event_send(neigh, skb);
  }
  line`return 0;`;
  return 0;
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

// ---- state ---------------------------------------------------------------------------------------

export function* neigh_suspect(neigh: Neighbour): Sim<void> {
  frame({ neigh });
  line`neigh->output = neigh->ops->output;`;
  neigh.output = neigh.ops.output;
}

export function* neigh_connect(neigh: Neighbour): Sim<void> {
  frame({ neigh });
  line`neigh->output = neigh->ops->connected_output;`;
  neigh.output = neigh.ops.connected_output;
}

export function* neigh_invalidate(neigh: Neighbour): Sim<void> {
  frame({ neigh });
  line`neigh->updated = jiffies;`;
  neigh.updated = E.now;
  for (;;) {
    line`while (neigh->nud_state == NUD_FAILED &&`;
    if (neigh.nud_state !== NUD_FAILED || !neigh.arp_queue.length) break;
    const skb = neigh.arp_queue.shift()!;
    neigh.arp_queue_len_bytes -= truesize(skb);
    frame.skb = skb;
    line`neigh->ops->error_report(neigh, skb);`;
    yield* neigh.ops.error_report(neigh, skb);
  }
  line`__skb_queue_purge(&neigh->arp_queue);`;
  neigh.arp_queue.length = 0;
  line`neigh->arp_queue_len_bytes = 0;`;
  neigh.arp_queue_len_bytes = 0;
}

export function* neigh_probe(neigh: Neighbour): Sim<void> {
  // (the clone keeps the parked packet's headers: arp_solicit reads its source address)
  const skb = neigh.arp_queue.length ? neigh.arp_queue[neigh.arp_queue.length - 1] : null;
  frame({ neigh, skb });
  line`struct sk_buff *skb = skb_peek_tail(&neigh->arp_queue);`;
  line`if (skb)`;
  if (skb) {
    line`skb = skb_clone(skb, GFP_ATOMIC);`;
  }
  line`if (neigh->ops->solicit)`;
  line`neigh->ops->solicit(neigh, skb);`;
  yield* neigh.ops.solicit(neigh, skb);
  line`atomic_inc(&neigh->probes);`;
  neigh.probes++;
  line`consume_skb(skb);`;
}

export function* neigh_timer_handler(neigh: Neighbour): Sim<void> {
  frame({ neigh });
  let notify = 0;
  line`state = neigh->nud_state;`;
  const state = neigh.nud_state;
  frame.state = state;
  line`now = jiffies;`;
  const now = E.now;
  line`next = now + HZ;`;
  let next = now + HZ;
  frame.now = now;
  frame.next = next;
  line`if (!(state & NUD_IN_TIMER))`;
  if (state & NUD_IN_TIMER) {
    line`if (state & NUD_REACHABLE) {`;
    if (state & NUD_REACHABLE) {
      line`if (time_before_eq(now,#1`;
      if (now <= neigh.confirmed + neigh.reachable_time) {
        line`next = neigh->confirmed + neigh->parms->reachable_time;#1`;
        next = neigh.confirmed + neigh.reachable_time;
      } else {
        line`} else if (time_before_eq(now,`;
        if (now <= neigh.used + NEIGH_PARMS.DELAY_PROBE_TIME) {
          line`neigh->nud_state = NUD_DELAY;`;
          neigh.nud_state = NUD_DELAY;
          line`neigh->updated = jiffies;#1`;
          neigh.updated = now;
          line`neigh_suspect(neigh);#1`;
          yield* neigh_suspect(neigh);
          line`next = now + NEIGH_VAR(neigh->parms, DELAY_PROBE_TIME);`;
          next = now + NEIGH_PARMS.DELAY_PROBE_TIME;
        } else {
          line`neigh->nud_state = NUD_STALE;`;
          neigh.nud_state = NUD_STALE;
          line`neigh->updated = jiffies;#2`;
          neigh.updated = now;
          line`neigh_suspect(neigh);#2`;
          yield* neigh_suspect(neigh);
          notify = 1;
        }
      }
    } else {
      line`} else if (state & NUD_DELAY) {`;
      if (state & NUD_DELAY) {
        line`if (time_before_eq(now,#3`;
        if (now <= neigh.confirmed + NEIGH_PARMS.DELAY_PROBE_TIME) {
          line`neigh->nud_state = NUD_REACHABLE;`;
          neigh.nud_state = NUD_REACHABLE;
          line`neigh->updated = jiffies;#3`;
          neigh.updated = now;
          line`neigh_connect(neigh);`;
          yield* neigh_connect(neigh);
          notify = 1;
          line`next = neigh->confirmed + neigh->parms->reachable_time;#2`;
          next = neigh.confirmed + neigh.reachable_time;
        } else {
          line`neigh->nud_state = NUD_PROBE;`;
          neigh.nud_state = NUD_PROBE;
          line`neigh->updated = jiffies;#4`;
          neigh.updated = now;
          line`atomic_set(&neigh->probes, 0);`;
          neigh.probes = 0;
          notify = 1;
          line`next = now + NEIGH_VAR(neigh->parms, RETRANS_TIME);#1`;
          next = now + NEIGH_PARMS.RETRANS_TIME;
        }
      } else {
        line`next = now + NEIGH_VAR(neigh->parms, RETRANS_TIME);#2`;
        next = now + NEIGH_PARMS.RETRANS_TIME;
      }
    }
    frame.next = next;
    line`if ((neigh->nud_state & (NUD_INCOMPLETE | NUD_PROBE)) &&`;
    if (neigh.nud_state & (NUD_INCOMPLETE | NUD_PROBE) && neigh.probes >= neigh_max_probes(neigh)) {
      line`neigh->nud_state = NUD_FAILED;`;
      neigh.nud_state = NUD_FAILED;
      notify = 1;
      line`neigh_invalidate(neigh);`;
      yield* neigh_invalidate(neigh);
      line`goto out;#2`;
    } else {
      line`if (neigh->nud_state & NUD_IN_TIMER) {`;
      if (neigh.nud_state & NUD_IN_TIMER) {
        line`if (time_before(next, jiffies + HZ/2))`;
        if (next < now + HZ / 2) {
          line`next = jiffies + HZ/2;`;
          next = now + HZ / 2;
        }
        line`if (!mod_timer(&neigh->timer, next))`;
        neigh_add_timer(neigh, next);
      }
      line`if (neigh->nud_state & (NUD_INCOMPLETE | NUD_PROBE)) {`;
      if (neigh.nud_state & (NUD_INCOMPLETE | NUD_PROBE)) {
        line`neigh_probe(neigh);`;
        yield* neigh_probe(neigh);
      }
    }
  }
  frame.notify = notify;
  line`if (notify)`;
  line`neigh_release(neigh);`;
}

export function* __neigh_event_send(neigh: Neighbour, skb: SkBuff | null): Sim<number> {
  frame({ neigh, skb });
  let immediate_probe = false;
  line`rc = 0;`;
  let rc = 0;
  line`if (neigh->nud_state & (NUD_CONNECTED | NUD_DELAY | NUD_PROBE))`;
  if (!(neigh.nud_state & (NUD_CONNECTED | NUD_DELAY | NUD_PROBE))) {
    line`if (neigh->dead)`;
    line`if (!(neigh->nud_state & (NUD_STALE | NUD_INCOMPLETE))) {`;
    if (!(neigh.nud_state & (NUD_STALE | NUD_INCOMPLETE))) {
      line`if (NEIGH_VAR(neigh->parms, MCAST_PROBES) +`;
      const now = E.now;
      line`atomic_set(&neigh->probes,`;
      neigh.probes = NEIGH_PARMS.UCAST_PROBES;
      line`neigh_del_timer(neigh);#1`;
      neigh_del_timer(neigh);
      line`neigh->nud_state     = NUD_INCOMPLETE;`;
      neigh.nud_state = NUD_INCOMPLETE;
      line`neigh->updated = now;`;
      neigh.updated = now;
      line`next = now + max(NEIGH_VAR(neigh->parms, RETRANS_TIME),`;
      const next = now + Math.max(NEIGH_PARMS.RETRANS_TIME, HZ / 2);
      frame.next = next;
      line`neigh_add_timer(neigh, next);`;
      neigh_add_timer(neigh, next);
      line`immediate_probe = true;`;
      immediate_probe = true;
    } else {
      line`} else if (neigh->nud_state & NUD_STALE) {`;
      if (neigh.nud_state & NUD_STALE) {
        line`neigh_del_timer(neigh);#2`;
        neigh_del_timer(neigh);
        line`neigh->nud_state = NUD_DELAY;`;
        neigh.nud_state = NUD_DELAY;
        line`neigh->updated = jiffies;`;
        neigh.updated = E.now;
        line`neigh_add_timer(neigh, jiffies +`;
        neigh_add_timer(neigh, E.now + NEIGH_PARMS.DELAY_PROBE_TIME);
      }
    }
    line`if (neigh->nud_state == NUD_INCOMPLETE) {`;
    if (neigh.nud_state === NUD_INCOMPLETE) {
      line`if (skb) {`;
      if (skb) {
        for (;;) {
          line`while (neigh->arp_queue_len_bytes + skb->truesize >`;
          if (neigh.arp_queue_len_bytes + truesize(skb) <= NEIGH_PARMS.QUEUE_LEN_BYTES || !neigh.arp_queue.length) break;
          // (the oldest parked packet is freed: unres_discards)
          const buff = neigh.arp_queue.shift()!;
          neigh.arp_queue_len_bytes -= truesize(buff);
        }
        line`skb_dst_force(skb);`;
        line`__skb_queue_tail(&neigh->arp_queue, skb);`;
        neigh.arp_queue.push(skb);
        line`neigh->arp_queue_len_bytes += skb->truesize;`;
        neigh.arp_queue_len_bytes += truesize(skb);
      }
      line`rc = 1;`;
      rc = 1;
    }
  }
  frame.rc = rc;
  line`if (immediate_probe)`;
  if (immediate_probe) {
    line`neigh_probe(neigh);`;
    yield* neigh_probe(neigh);
  } else {
    line`write_unlock(&neigh->lock);`;
  }
  line`trace_neigh_event_send_done(neigh, rc);`;
  line`return rc;`;
  return rc;
}

export function* __neigh_update(neigh: Neighbour, lladdr: string | null, new_: number, flags: number): Sim<number> {
  const dev = neigh.dev;
  frame({ neigh, lladdr, new: new_, flags });
  line`trace_neigh_update(neigh, lladdr, new, flags, nlmsg_pid);`;
  line`dev    = neigh->dev;`;
  frame.dev = dev;
  line`old    = neigh->nud_state;`;
  const old = neigh.nud_state;
  frame.old = old;
  line`err    = -EPERM;`;
  let err = -1;
  let ha = lladdr ?? neigh.ha;
  line`if (!(flags & NEIGH_UPDATE_F_ADMIN) &&`;
  if (!(flags & NEIGH_UPDATE_F_ADMIN) && old & (NUD_NOARP | NUD_PERMANENT)) {
    line`goto out;#1`;
  } else if (!(new_ & NUD_VALID)) {
    // (a new state that is not valid — only an administrator's `ip neigh` sets one — is not simulated)
    throw new Error('neigh_update to an invalid state is not simulated');
  } else {
    line`} else if (lladdr) {`;
    line`if ((old & NUD_VALID) &&`;
    // (the same address as cached: `lladdr = neigh->ha`, so the tests below see no change)
    const same = !!(old & NUD_VALID) && ha === neigh.ha;
    line`if (new & NUD_CONNECTED)#1`;
    if (new_ & NUD_CONNECTED) {
      line`neigh->confirmed = jiffies;`;
      neigh.confirmed = E.now;
    }
    line`err = 0;`;
    err = 0;
    line`if (old & NUD_VALID) {`;
    let out = false;
    if (old & NUD_VALID) {
      line`if (lladdr != neigh->ha && !(flags & NEIGH_UPDATE_F_OVERRIDE)) {`;
      if (!same && !(flags & NEIGH_UPDATE_F_OVERRIDE)) {
        // (another address without OVERRIDE, within locktime: the first answer stays)
        out = true;
      } else {
        line`if (lladdr == neigh->ha && new == NUD_STALE &&`;
        if (same && new_ === NUD_STALE && !(flags & NEIGH_UPDATE_F_ADMIN)) {
          line`new = old;`;
          new_ = old;
          frame.new = new_;
        }
      }
    }
    if (!out) {
      line`if (new != old || lladdr != neigh->ha)`;
      if (new_ !== old || !same) {
        line`neigh->updated = jiffies;`;
        neigh.updated = E.now;
      }
      line`if (new != old) {`;
      if (new_ !== old) {
        line`neigh_del_timer(neigh);`;
        if (old & NUD_IN_TIMER) neigh.timer?.del();
        line`if (new & NUD_PROBE)`;
        if (new_ & NUD_PROBE) neigh.probes = 0;
        line`if (new & NUD_IN_TIMER)`;
        if (new_ & NUD_IN_TIMER) {
          line`neigh_add_timer(neigh, (jiffies +`;
          neigh_add_timer(neigh, E.now + (new_ & NUD_REACHABLE ? neigh.reachable_time : 0));
        }
        line`neigh->nud_state = new;`;
        neigh.nud_state = new_;
      }
      line`if (lladdr != neigh->ha) {`;
      if (!same) {
        line`memcpy(&neigh->ha, lladdr, dev->addr_len);`;
        neigh.ha = ha;
        line`neigh_update_hhs(neigh);`;
        if (neigh.hh.hh_len) eth_header_cache(neigh);
        line`if (!(new & NUD_CONNECTED))`;
        if (!(new_ & NUD_CONNECTED)) {
          line`neigh->confirmed = jiffies -`;
          neigh.confirmed = E.now - (NEIGH_PARMS.BASE_REACHABLE_TIME << 1);
        }
      }
      line`if (new == old)`;
      if (new_ !== old) {
        line`if (new & NUD_CONNECTED)#2`;
        if (new_ & NUD_CONNECTED) {
          line`neigh_connect(neigh);`;
          yield* neigh_connect(neigh);
        } else {
          line`neigh_suspect(neigh);`;
          yield* neigh_suspect(neigh);
        }
        line`if (!(old & NUD_VALID)) {`;
        if (!(old & NUD_VALID)) {
          for (;;) {
            line`while (neigh->nud_state & NUD_VALID &&`;
            if (!(neigh.nud_state & NUD_VALID) || !neigh.arp_queue.length) break;
            const skb = neigh.arp_queue.shift()!;
            neigh.arp_queue_len_bytes -= truesize(skb);
            frame.skb = skb;
            line`struct dst_entry *dst = skb_dst(skb);`;
            line`n2 = NULL;`;
            line`if (dst) {`;
            line`n2 = dst_neigh_lookup_skb(dst, skb);`;
            // (the route's neighbour for this packet is this entry: n1 = n2 = neigh)
            line`n1->output(n1, skb);`;
            yield* neigh.output(neigh, skb);
          }
          line`__skb_queue_purge(&neigh->arp_queue);`;
          neigh.arp_queue.length = 0;
          line`neigh->arp_queue_len_bytes = 0;`;
          neigh.arp_queue_len_bytes = 0;
        }
      }
    }
  }
  ha = neigh.ha;
  frame.err = err;
  line`write_unlock_bh(&neigh->lock);#2`;
  line`trace_neigh_update_done(neigh, err);`;
  line`return err;`;
  return err;
}

export function* neigh_update(neigh: Neighbour, lladdr: string | null, new_: number, flags: number, nlmsg_pid: number): Sim<number> {
  frame({ neigh, lladdr, new: new_, flags, nlmsg_pid });
  line`return __neigh_update(neigh, lladdr, new, flags, nlmsg_pid, NULL);`;
  return yield* __neigh_update(neigh, lladdr, new_, flags);
}

export function* neigh_event_ns(net: Net, lladdr: string, saddr: string, dev: NetDevice, constructor: (n: Neighbour) => void, ops: NeighOps): Sim<Neighbour | null> {
  frame({ tbl: 'arp_tbl', lladdr, saddr, dev });
  line`struct neighbour *neigh = __neigh_lookup(tbl, saddr, dev,`;
  const neigh = __neigh_lookup(net, saddr, dev, true, constructor, ops);
  frame.neigh = neigh;
  line`if (neigh)`;
  if (neigh) {
    line`neigh_update(neigh, lladdr, NUD_STALE,`;
    yield* neigh_update(neigh, lladdr, NUD_STALE, NEIGH_UPDATE_F_OVERRIDE, 0);
  }
  line`return neigh;`;
  return neigh;
}

export function* neigh_hh_init(n: Neighbour): Sim<void> {
  const dev = n.dev;
  const hh = n.hh;
  frame({ n, dev, prot: 'ETH_P_IP', hh });
  line`if (!hh->hh_len)`;
  if (!hh.hh_len) {
    line`dev->header_ops->cache(n, hh, prot);`;
    eth_header_cache(n);
  }
  line`write_unlock_bh(&n->lock);`;
}

export function* neigh_resolve_output(neigh: Neighbour, skb: SkBuff): Sim<number> {
  frame({ neigh, skb });
  line`int rc = 0;`;
  let rc = 0;
  line`if (!neigh_event_send(neigh, skb)) {`;
  if (!(yield* neigh_event_send(neigh, skb))) {
    const dev = neigh.dev;
    frame.dev = dev;
    line`if (dev->header_ops->cache && !neigh->hh.hh_len)`;
    if (!neigh.hh.hh_len) {
      line`neigh_hh_init(neigh);`;
      yield* neigh_hh_init(neigh);
    }
    line`__skb_pull(skb, skb_network_offset(skb));`;
    skb_pull(skb, skb.network_header - skb.data);
    line`err = dev_hard_header(skb, dev, ntohs(skb->protocol),`;
    // eth_header: the 14 bytes in front (destination neigh->ha, source dev->dev_addr, the type)
    skb_push(skb, ETH_HLEN);
    line`if (err >= 0)`;
    line`rc = dev_queue_xmit(skb);`;
    rc = yield* dev_queue_xmit(skb);
    frame.rc = rc;
  }
  line`return rc;`;
  return rc;
}
