// generated — do not edit. Written by scripts/gen-kernel.ts from src/kernel/net/ipv4/ip_fragment.ts
// @ts-nocheck
// net/ipv4/ip_fragment.c and net/ipv4/inet_fragment.c: reassembly on the way up. ip_local_deliver
// hands each fragment to ip_defrag → ip_find (inet_frag_find: the queue of (saddr, daddr, id,
// protocol), created with its ip_expire timer at ipfrag_time) → ip_frag_queue (offset, end, MF;
// inet_frag_queue_insert places it by offset, so fragments may come in any order) → when the first
// and last are in and every byte between: ip_frag_reasm, and the whole datagram goes on up. A queue
// still incomplete when its timer fires is killed (ip_expire), and if its first fragment arrived the
// sender gets ICMP time exceeded (fragment reassembly time exceeded). inet_frag_kill,
// inet_frag_reasm_prepare/_finish and inet_frag_pull_head run inside their callers' lines.

import type { Sim } from '../../../core/engine';
import { at, enter, leave } from '../../../core/engine';
import { defineFn } from '../../../core/anchors';
import { TimerList } from '../../../core/timer';
import type { SkBuff } from '../../../include/linux/skbuff';
import { skb_len, skb_pull, skb_push, IP_DF, IP_MF, IP_OFFSET, ICMP_TIME_EXCEEDED, ICMP_EXC_FRAGTIME } from '../../../include/linux/skbuff';
import type { Net } from '../../../include/net/net_namespace';
import { MIB, NET_INC_STATS } from '../../../include/net/net_namespace';
import { newObjectId } from '../../../include/net/sock';
import { NotSimulated } from '../../../include/linux/ops';
import { RTN_LOCAL } from '../../../include/linux/netdevice';
import {
  Ipq, fragKey, INET_FRAG_COMPLETE, INET_FRAG_FIRST_IN, INET_FRAG_LAST_IN, IPFRAG_DUP, IPFRAG_OK, IPFRAG_OVERLAP, type Fqdir, type FragV4Key,
} from '../../../include/net/inet_frag';
import { ERRNO } from '../../../include/uapi';
import { ip_route_input_noref } from './route';
import { __icmp_send } from './icmp';

const EINPROGRESS = 115;
/** (a queue's own cost in frag_mem_limit: sizeof(struct ipq), as inet_frag_alloc adds f->qsize) */
const IPQ_SIZE = 200;

/** skb->truesize of a fragment: its bytes and the sk_buff around them. */
function truesize(skb: SkBuff): number {
  return skb_len(skb) + 768;
}

/** inet_frag_kill(): stop the timer, out of the hash table, COMPLETE. */
function inet_frag_kill(q: Ipq): void {
  if (q.timer.del()) q.refcnt--;
  if (!(q.flags & INET_FRAG_COMPLETE)) {
    q.flags |= INET_FRAG_COMPLETE;
    q.net.fqdir.rhashtable.delete(fragKey(q.key));
    q.refcnt--;
  }
}

/** The fragments in offset order (the runs, each run in order). */
function allFrags(q: Ipq): SkBuff[] {
  const out: SkBuff[] = [];
  for (const r of q.runs) out.push(...r);
  return out;
}
const A$ip_expire = defineFn('net/ipv4/ip_fragment.c', 'ip_expire', [29, 34, 39, 40, 42, 43, 44, 47, 48, 50, 53, 59, 60, 62, 68, 74, 75, 81, 82]);

/** The queue's timer: ipfrag_time passed with the datagram still incomplete. */
export function* ip_expire(qp: Ipq): Sim<void> {
  const net = qp.net;
  const $f = enter(A$ip_expire, { qp, net, flags: qp.flags });
  try {
  let head: SkBuff | null = null;
  if (at(A$ip_expire.L29)) yield;
  if (at(A$ip_expire.L34)) yield;
  if (net.fqdir.dead) return;
  if (at(A$ip_expire.L39)) yield;
  if (qp.flags & INET_FRAG_COMPLETE) {
    if (at(A$ip_expire.L40)) yield;
    if (at(A$ip_expire.L82)) yield;
    return;
  }
  if (at(A$ip_expire.L42)) yield;
  inet_frag_kill(qp);
  if (at(A$ip_expire.L43)) yield;
  NET_INC_STATS(net, MIB.ReasmFails);
  if (at(A$ip_expire.L44)) yield;
  NET_INC_STATS(net, MIB.ReasmTimeout);
  if (at(A$ip_expire.L47)) yield;
  if (!(qp.flags & INET_FRAG_FIRST_IN)) {
    if (at(A$ip_expire.L48)) yield;
    if (at(A$ip_expire.L81)) yield;
    qp.runs.length = 0;
    if (at(A$ip_expire.L82)) yield;
    return;
  }
  if (at(A$ip_expire.L50)) yield;
  // inet_frag_pull_head: the first fragment out of its run (the rest of the run keeps its place)
  head = qp.runs[0].shift()!;
  if (qp.runs[0].length === 0) qp.runs.shift();
  if (head === qp.fragments_tail) qp.fragments_tail = null;
  net.fqdir.mem -= truesize(head);
  $f.vars.head = head;
  if (at(A$ip_expire.L53)) yield;
  head.dev = qp.iif === net.loopback_dev.ifindex ? net.loopback_dev : net.eth0;
  if (at(A$ip_expire.L59)) yield;
  const iph = head.iph;
  $f.vars.iph = iph;
  if (at(A$ip_expire.L60)) yield;
  const err = ip_route_input_noref(head, iph.daddr, net);
  $f.vars.err = err;
  if (at(A$ip_expire.L62)) yield;
  if (err) return;
  if (at(A$ip_expire.L68)) yield;
  if (at(A$ip_expire.L74)) yield;
  ($E.fast || $E.twinOk[__icmp_send.k] === 1 ? __icmp_send$fast(head, ICMP_TIME_EXCEEDED, ICMP_EXC_FRAGTIME, 0, net) : yield* __icmp_send(head, ICMP_TIME_EXCEEDED, ICMP_EXC_FRAGTIME, 0, net));
  if (at(A$ip_expire.L75)) yield;
  if (at(A$ip_expire.L81)) yield;
  qp.runs.length = 0;
  if (at(A$ip_expire.L82)) yield;
  } finally {
    leave($f);
  }
}
const A$inet_frag_find = defineFn('net/ipv4/inet_fragment.c', 'inet_frag_find', [22, 23, 27, 29, 30, 32, 37]);

/** The queue of (saddr, daddr, id, protocol): found or created (its timer started). */
export function* inet_frag_find(fqdir: Fqdir, key: FragV4Key, net: Net): Sim<Ipq | null> {
  const $f = enter(A$inet_frag_find, { fqdir, key });
  try {
  if (at(A$inet_frag_find.L22)) yield;
  if (!fqdir.high_thresh || fqdir.mem > fqdir.high_thresh) {
    if (at(A$inet_frag_find.L23)) yield;
    return null;
  }
  if (at(A$inet_frag_find.L27)) yield;
  let fq = fqdir.rhashtable.get(fragKey(key)) ?? null;
  $f.vars.prev = fq;
  if (at(A$inet_frag_find.L29)) yield;
  if (!fq) {
    if (at(A$inet_frag_find.L30)) yield;
    // inet_frag_alloc (ip4_frag_init: the key) and mod_timer(&q->timer, jiffies + fqdir->timeout)
    fq = new Ipq(key, newObjectId(), net);
    fq.timer = new TimerList('ip_expire', net.host, ip_expire, fq);
    fqdir.mem += IPQ_SIZE;
    fq.timer.mod(fqdir.timeout);
    fqdir.rhashtable.set(fragKey(key), fq);
    $f.vars.fq = fq;
  } else {
    if (at(A$inet_frag_find.L32)) yield;
    $f.vars.fq = fq;
  }
  fq.refcnt++;
  if (at(A$inet_frag_find.L37)) yield;
  return fq;
  } finally {
    leave($f);
  }
}
const A$inet_frag_queue_insert = defineFn('net/ipv4/inet_fragment.c', 'inet_frag_queue_insert', [50, 52, 53, 54, 57, 58, 59, 60, 62, 69, 76, 78, 80, 82, 84, 86, 93, 96, 98]);

/** Place a fragment by offset among the queue's runs. */
export function* inet_frag_queue_insert(q: Ipq, skb: SkBuff, offset: number, end: number): Sim<number> {
  const $f = enter(A$inet_frag_queue_insert, { q, skb, offset, end });
  try {
  if (at(A$inet_frag_queue_insert.L50)) yield;
  const last = q.fragments_tail;
  $f.vars.last = last;
  if (at(A$inet_frag_queue_insert.L52)) yield;
  if (!last) {
    if (at(A$inet_frag_queue_insert.L53)) yield;
    q.runs.push([skb]);
  } else {
    const lastEnd = last.ip_defrag_offset + skb_len(last);
    if (at(A$inet_frag_queue_insert.L54)) yield;
    if (lastEnd < end) {
      if (at(A$inet_frag_queue_insert.L57)) yield;
      if (offset < lastEnd) {
        if (at(A$inet_frag_queue_insert.L58)) yield;
        return IPFRAG_OVERLAP;
      }
      if (at(A$inet_frag_queue_insert.L59)) yield;
      if (offset === lastEnd) {
        if (at(A$inet_frag_queue_insert.L60)) yield;
        q.runs[q.runs.length - 1].push(skb);
      } else {
        if (at(A$inet_frag_queue_insert.L62)) yield;
        q.runs.push([skb]);
      }
    } else {
      // out of order: before the last one — a binary search over the runs (the rb-tree's walk)
      if (at(A$inet_frag_queue_insert.L69)) yield;
      let at = 0;
      for (; at < q.runs.length; at++) {
        const run = q.runs[at];
        const curr = run[0];
        const curr_run_end = curr.ip_defrag_offset + run.reduce((n, f) => n + skb_len(f), 0);
        if (at(A$inet_frag_queue_insert.L76)) yield;
        if (at(A$inet_frag_queue_insert.L78)) yield;
        if (end <= curr.ip_defrag_offset) break;
        if (at(A$inet_frag_queue_insert.L80)) yield;
        if (offset >= curr_run_end) continue;
        if (at(A$inet_frag_queue_insert.L82)) yield;
        if (offset >= curr.ip_defrag_offset && end <= curr_run_end) {
          if (at(A$inet_frag_queue_insert.L84)) yield;
          return IPFRAG_DUP;
        }
        if (at(A$inet_frag_queue_insert.L86)) yield;
        return IPFRAG_OVERLAP;
      }
      if (at(A$inet_frag_queue_insert.L93)) yield;
      q.runs.splice(at, 0, [skb]);
    }
  }
  // (fragrun_create and fragrun_append_to_last make it the tail; an insertion before it does not)
  if (!last || last.ip_defrag_offset + skb_len(last) < end) q.fragments_tail = skb;
  if (at(A$inet_frag_queue_insert.L96)) yield;
  skb.ip_defrag_offset = offset;
  if (at(A$inet_frag_queue_insert.L98)) yield;
  return IPFRAG_OK;
  } finally {
    leave($f);
  }
}
const A$ip_frag_reasm = defineFn('net/ipv4/ip_fragment.c', 'ip_frag_reasm', [267, 269, 276, 280, 282, 286, 289, 292, 293, 304, 306, 308, 311, 313, 315, 317]);

/** One skb out of the queue's fragments: skb (the one that just came) becomes the head. */
export function* ip_frag_reasm(qp: Ipq, skb: SkBuff, prev_tail: SkBuff | null, dev: SkBuff['dev']): Sim<number> {
  const net = qp.net;
  const $f = enter(A$ip_frag_reasm, { qp, skb, prev_tail, dev });
  try {
  if (at(A$ip_frag_reasm.L267)) yield;
  inet_frag_kill(qp);
  if (at(A$ip_frag_reasm.L269)) yield;
  if (at(A$ip_frag_reasm.L276)) yield;
  // inet_frag_reasm_prepare: if the first fragment is another skb, skb takes its contents (skb_morph)
  // and its place; the first's own skb is freed
  const frags = allFrags(qp);
  const head = frags[0];
  if (head !== skb) {
    const i = frags.indexOf(skb);
    frags[i] = head;
    // (a stand-in takes skb's place in the list: the head's old object, now holding skb's fragment)
    morphSwap(skb, head);
    frags[0] = skb;
  }
  if (at(A$ip_frag_reasm.L280)) yield;
  const len = 20 + qp.len;
  $f.vars.len = len;
  if (at(A$ip_frag_reasm.L282)) yield;
  if (len > 65535) {
    NET_INC_STATS(net, MIB.ReasmFails);
    return -7; // -E2BIG
  }
  if (at(A$ip_frag_reasm.L286)) yield;
  // inet_frag_reasm_finish: the data back to the IP header, the others on the frag_list in order
  skb_push(skb, skb.data - skb.network_header);
  skb.frag_list = frags.slice(1);
  let payload = skb.payload;
  for (const fp of skb.frag_list) {
    fp.sk = null;
    skb.data_len += skb_len(fp);
    payload += fp.payload;
  }
  skb.payload = payload;
  for (const f of frags) net.fqdir.mem -= truesize(f);
  qp.runs.length = 0;
  if (at(A$ip_frag_reasm.L289)) yield;
  skb.dev = dev;
  if (at(A$ip_frag_reasm.L292)) yield;
  const iph = skb.iph;
  $f.vars.iph = iph;
  if (at(A$ip_frag_reasm.L293)) yield;
  iph.tot_len = len;
  if (at(A$ip_frag_reasm.L304)) yield;
  if (qp.max_df_size === qp.max_size) {
    if (at(A$ip_frag_reasm.L306)) yield;
    iph.frag_off = IP_DF;
  } else {
    if (at(A$ip_frag_reasm.L308)) yield;
    iph.frag_off = 0;
  }
  if (at(A$ip_frag_reasm.L311)) yield;
  if (at(A$ip_frag_reasm.L313)) yield;
  NET_INC_STATS(net, MIB.ReasmOKs);
  if (at(A$ip_frag_reasm.L315)) yield;
  qp.fragments_tail = null;
  if (at(A$ip_frag_reasm.L317)) yield;
  return 0;
  } finally {
    leave($f);
  }
}

/** skb_morph(skb, head) with head then holding what skb held: the two skbs' contents exchanged. */
function morphSwap(a: SkBuff, b: SkBuff): void {
  const keys = ['payload', 'iph', 'uh', 'th', 'icmph', 'head', 'data', 'tail', 'end', 'mac_header', 'network_header', 'transport_header', 'ip_defrag_offset', 'data_len'] as const;
  for (const k of keys) {
    const t = (a as any)[k];
    (a as any)[k] = (b as any)[k];
    (b as any)[k] = t;
  }
}
const A$ip_frag_queue = defineFn('net/ipv4/ip_fragment.c', 'ip_frag_queue', [128, 129, 133, 141, 142, 143, 144, 145, 148, 149, 152, 156, 160, 161, 163, 164, 168, 170, 172, 175, 180, 183, 188, 192, 194, 195, 198, 199, 203, 205, 206, 207, 209, 211, 214, 219, 224, 226, 228, 231, 233, 236, 238, 240, 241, 243, 244, 246, 247]);

/** Add one fragment to its queue; reassemble when it is complete. */
export function* ip_frag_queue(qp: Ipq, skb: SkBuff): Sim<number> {
  const net = qp.net;
  const $f = enter(A$ip_frag_queue, { qp, skb, net });
  try {
  let err = -ERRNO.ENOENT;
  if (at(A$ip_frag_queue.L128)) yield;
  if (qp.flags & INET_FRAG_COMPLETE) {
    if (at(A$ip_frag_queue.L129)) yield;
    if (at(A$ip_frag_queue.L247)) yield;
    return err;
  }
  if (at(A$ip_frag_queue.L133)) yield;
  // ip_frag_too_far: the source's fragment count (inet_peer's rid) since this queue's last fragment
  const rid = (net.fqdir.peerRid.get(qp.key.saddr) ?? 0) + 1;
  net.fqdir.peerRid.set(qp.key.saddr, rid);
  const tooFar = qp.fragments_tail !== null && rid - qp.rid > net.fqdir.max_dist;
  qp.rid = rid;
  if (tooFar) throw new NotSimulated('ip_frag_reinit (a queue whose source sent more than ipfrag_max_dist fragments since its last one)');
  if (at(A$ip_frag_queue.L141)) yield;
  let offset = skb.iph.frag_off ?? 0;
  if (at(A$ip_frag_queue.L142)) yield;
  const flags = offset & ~IP_OFFSET;
  if (at(A$ip_frag_queue.L143)) yield;
  offset &= IP_OFFSET;
  if (at(A$ip_frag_queue.L144)) yield;
  offset <<= 3;
  $f.vars.offset = offset;
  $f.vars.flags = flags;
  if (at(A$ip_frag_queue.L145)) yield;
  const ihl = 20;
  if (at(A$ip_frag_queue.L148)) yield;
  let end = offset + skb_len(skb) - (skb.network_header - skb.data) - ihl;
  $f.vars.end = end;
  if (at(A$ip_frag_queue.L149)) yield;
  err = -ERRNO.EINVAL;
  let discard = false;
  if (at(A$ip_frag_queue.L152)) yield;
  if ((flags & IP_MF) === 0) {
    if (at(A$ip_frag_queue.L156)) yield;
    if (end < qp.len || (qp.flags & INET_FRAG_LAST_IN && end !== qp.len)) discard = true;
    else {
      if (at(A$ip_frag_queue.L160)) yield;
      qp.flags |= INET_FRAG_LAST_IN;
      if (at(A$ip_frag_queue.L161)) yield;
      qp.len = end;
    }
  } else {
    if (at(A$ip_frag_queue.L163)) yield;
    if (end & 7) {
      if (at(A$ip_frag_queue.L164)) yield;
      end &= ~7;
    }
    if (at(A$ip_frag_queue.L168)) yield;
    if (end > qp.len) {
      if (at(A$ip_frag_queue.L170)) yield;
      if (qp.flags & INET_FRAG_LAST_IN) discard = true;
      else {
        if (at(A$ip_frag_queue.L172)) yield;
        qp.len = end;
      }
    }
  }
  if (!discard) {
    if (at(A$ip_frag_queue.L175)) yield;
    if (end === offset) discard = true;
  }
  let insertErr = IPFRAG_OK;
  let prev_tail: SkBuff | null = null;
  if (!discard) {
    if (at(A$ip_frag_queue.L180)) yield;
    skb_pull(skb, skb.network_header - skb.data + ihl);
    if (at(A$ip_frag_queue.L183)) yield;
    if (at(A$ip_frag_queue.L188)) yield;
    const dev = skb.dev;
    if (at(A$ip_frag_queue.L192)) yield;
    prev_tail = qp.fragments_tail;
    $f.vars.prev_tail = prev_tail;
    if (at(A$ip_frag_queue.L194)) yield;
    insertErr = ($E.fast || $E.twinOk[inet_frag_queue_insert.k] === 1 ? inet_frag_queue_insert$fast(qp, skb, offset, end) : yield* inet_frag_queue_insert(qp, skb, offset, end));
    $f.vars.err = insertErr;
    if (at(A$ip_frag_queue.L195)) yield;
    if (insertErr === IPFRAG_OK) {
      if (at(A$ip_frag_queue.L198)) yield;
      if (dev) {
        if (at(A$ip_frag_queue.L199)) yield;
        qp.iif = dev.ifindex;
      }
      if (at(A$ip_frag_queue.L203)) yield;
      qp.meat += skb_len(skb);
      $f.vars.meat = qp.meat;
      if (at(A$ip_frag_queue.L205)) yield;
      net.fqdir.mem += truesize(skb);
      if (at(A$ip_frag_queue.L206)) yield;
      if (offset === 0) {
        if (at(A$ip_frag_queue.L207)) yield;
        qp.flags |= INET_FRAG_FIRST_IN;
      }
      if (at(A$ip_frag_queue.L209)) yield;
      const fragsize = skb_len(skb) + ihl;
      if (at(A$ip_frag_queue.L211)) yield;
      if (fragsize > qp.max_size) qp.max_size = fragsize;
      if (at(A$ip_frag_queue.L214)) yield;
      if ((skb.iph.frag_off ?? 0) & IP_DF && fragsize > qp.max_df_size) qp.max_df_size = fragsize;
      if (at(A$ip_frag_queue.L219)) yield;
      if (qp.flags === (INET_FRAG_FIRST_IN | INET_FRAG_LAST_IN) && qp.meat === qp.len) {
        if (at(A$ip_frag_queue.L224)) yield;
        err = ($E.fast || $E.twinOk[ip_frag_reasm.k] === 1 ? ip_frag_reasm$fast(qp, skb, prev_tail, dev) : yield* ip_frag_reasm(qp, skb, prev_tail, dev));
        $f.vars.err = err;
        if (at(A$ip_frag_queue.L226)) yield;
        if (err) inet_frag_kill(qp);
        if (at(A$ip_frag_queue.L228)) yield;
        return err;
      }
      if (at(A$ip_frag_queue.L231)) yield;
      skb._skb_refdst = null;
      if (at(A$ip_frag_queue.L233)) yield;
      return -EINPROGRESS;
    }
    if (at(A$ip_frag_queue.L236)) yield;
    if (insertErr === IPFRAG_DUP) {
      if (at(A$ip_frag_queue.L238)) yield;
      return -ERRNO.EINVAL;
    }
    if (at(A$ip_frag_queue.L240)) yield;
    err = -ERRNO.EINVAL;
    if (at(A$ip_frag_queue.L241)) yield;
    NET_INC_STATS(net, MIB.ReasmOverlaps);
  }
  if (at(A$ip_frag_queue.L243)) yield;
  inet_frag_kill(qp);
  for (const f of allFrags(qp)) net.fqdir.mem -= truesize(f);
  qp.runs.length = 0;
  if (at(A$ip_frag_queue.L244)) yield;
  NET_INC_STATS(net, MIB.ReasmFails);
  if (at(A$ip_frag_queue.L246)) yield;
  if (at(A$ip_frag_queue.L247)) yield;
  return err;
  } finally {
    leave($f);
  }
}
const A$ip_find = defineFn('net/ipv4/ip_fragment.c', 'ip_find', [95, 105, 106, 107, 109]);

/** The queue of this fragment's datagram (ip_find → inet_frag_find). */
export function* ip_find(net: Net, skb: SkBuff, user: number, vif: number): Sim<Ipq | null> {
  const iph = skb.iph;
  const $f = enter(A$ip_find, { net, iph, user, vif });
  try {
  if (at(A$ip_find.L95)) yield;
  const key: FragV4Key = { saddr: iph.saddr, daddr: iph.daddr, user, vif, id: iph.id ?? 0, protocol: iph.protocol };
  $f.vars.key = key;
  if (at(A$ip_find.L105)) yield;
  const q = ($E.fast || $E.twinOk[inet_frag_find.k] === 1 ? inet_frag_find$fast(net.fqdir, key, net) : yield* inet_frag_find(net.fqdir, key, net));
  $f.vars.q = q;
  if (at(A$ip_find.L106)) yield;
  if (!q) {
    if (at(A$ip_find.L107)) yield;
    return null;
  }
  if (at(A$ip_find.L109)) yield;
  return q;
  } finally {
    leave($f);
  }
}
const A$ip_defrag = defineFn('net/ipv4/ip_fragment.c', 'ip_defrag', [330, 334, 335, 338, 339, 344, 347, 348, 351, 352, 353]);

/** A fragment for this host: 0 when its datagram is whole now (skb is the datagram), else an error. */
export function* ip_defrag(net: Net, skb: SkBuff, user: number): Sim<number> {
  const $f = enter(A$ip_defrag, { net, skb, user });
  try {
  if (at(A$ip_defrag.L330)) yield;
  if (at(A$ip_defrag.L334)) yield;
  NET_INC_STATS(net, MIB.ReasmReqds);
  if (at(A$ip_defrag.L335)) yield;
  skb.sk = null;
  if (at(A$ip_defrag.L338)) yield;
  const qp = ($E.fast || $E.twinOk[ip_find.k] === 1 ? ip_find$fast(net, skb, user, 0) : yield* ip_find(net, skb, user, 0));
  $f.vars.qp = qp;
  if (at(A$ip_defrag.L339)) yield;
  if (qp) {
    if (at(A$ip_defrag.L344)) yield;
    const ret = ($E.fast || $E.twinOk[ip_frag_queue.k] === 1 ? ip_frag_queue$fast(qp, skb) : yield* ip_frag_queue(qp, skb));
    $f.vars.ret = ret;
    if (at(A$ip_defrag.L347)) yield;
    qp.refcnt--;
    if (at(A$ip_defrag.L348)) yield;
    return ret;
  }
  if (at(A$ip_defrag.L351)) yield;
  NET_INC_STATS(net, MIB.ReasmFails);
  if (at(A$ip_defrag.L352)) yield;
  if (at(A$ip_defrag.L353)) yield;
  return -ERRNO.ENOMEM;
  } finally {
    leave($f);
  }
}

export { RTN_LOCAL, IP_MF };


// ---- fast-path twins (scripts/twins.cjs) ----
import { E as $E, FAST_FRAME as $FF, driveToEnd as $drive, registerTwin as $kreg } from '../../../core/engine';
import { __icmp_send$fast as __icmp_send$fast } from './icmp';
export function ip_expire$fast(qp: Ipq): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $s = 0; let $x = -1;
  const net = qp.net;
  const $f = ($tb !== null && ($o = (A$ip_expire.L29 | 270532608), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  let head: SkBuff | null = null;
  $s += 2;
  
  if (net.fqdir.dead) { ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$ip_expire.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))); return; }
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$ip_expire.L39) : $tb.op($e.now, A$ip_expire.L39));
  if (qp.flags & INET_FRAG_COMPLETE) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$ip_expire.L40) : $tb.op($e.now, A$ip_expire.L40));
    ++$s; $x = A$ip_expire.L82 | 1048576;
    { ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$ip_expire.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))); return; }
  }
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$ip_expire.L42) : $tb.op($e.now, A$ip_expire.L42));
  inet_frag_kill(qp);
  $s += 3; if ($tb !== null) ($o = (A$ip_expire.L43 | 2097152), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  NET_INC_STATS(net, MIB.ReasmFails);
  
  NET_INC_STATS(net, MIB.ReasmTimeout);
  
  if (!(qp.flags & INET_FRAG_FIRST_IN)) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$ip_expire.L48) : $tb.op($e.now, A$ip_expire.L48));
    $s += 2; $x = A$ip_expire.L81 | 2097152;
    qp.runs.length = 0;
    
    { ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$ip_expire.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))); return; }
  }
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$ip_expire.L50) : $tb.op($e.now, A$ip_expire.L50));
  // inet_frag_pull_head: the first fragment out of its run (the rest of the run keeps its place)
  head = qp.runs[0].shift()!;
  if (qp.runs[0].length === 0) qp.runs.shift();
  if (head === qp.fragments_tail) qp.fragments_tail = null;
  net.fqdir.mem -= truesize(head);
  
  $s += 3; if ($tb !== null) ($o = (A$ip_expire.L53 | 2097152), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  head.dev = qp.iif === net.loopback_dev.ifindex ? net.loopback_dev : net.eth0;
  
  const iph = head.iph;
  
  
  const err = ip_route_input_noref(head, iph.daddr, net);
  
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$ip_expire.L62) : $tb.op($e.now, A$ip_expire.L62));
  if (err) { ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$ip_expire.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))); return; }
  $s += 2; if ($tb !== null) ($o = (A$ip_expire.L68 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  
  __icmp_send$fast(head, ICMP_TIME_EXCEEDED, ICMP_EXC_FRAGTIME, 0, net);
  $s += 3; if ($tb !== null) ($o = (A$ip_expire.L75 | 2097152), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  
  qp.runs.length = 0;
  
  } ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$ip_expire.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
}
export function inet_frag_find$fast(fqdir: Fqdir, key: FragV4Key, net: Net): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0; let $x = -1;
  const $f = ($tb !== null && ($o = (A$inet_frag_find.L22 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  ++$s;
  if (!fqdir.high_thresh || fqdir.mem > fqdir.high_thresh) {
    ++$s; $x = A$inet_frag_find.L23 | 1048576;
    return ($r = (null), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$inet_frag_find.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$inet_frag_find.L27) : $tb.op($e.now, A$inet_frag_find.L27));
  let fq = fqdir.rhashtable.get(fragKey(key)) ?? null;
  
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$inet_frag_find.L29) : $tb.op($e.now, A$inet_frag_find.L29));
  if (!fq) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$inet_frag_find.L30) : $tb.op($e.now, A$inet_frag_find.L30));
    // inet_frag_alloc (ip4_frag_init: the key) and mod_timer(&q->timer, jiffies + fqdir->timeout)
    fq = new Ipq(key, newObjectId(), net);
    fq.timer = new TimerList('ip_expire', net.host, ip_expire, fq);
    fqdir.mem += IPQ_SIZE;
    fq.timer.mod(fqdir.timeout);
    fqdir.rhashtable.set(fragKey(key), fq);
    
  } else {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$inet_frag_find.L32) : $tb.op($e.now, A$inet_frag_find.L32));
    
  }
  fq.refcnt++;
  ++$s; $x = A$inet_frag_find.L37 | 1048576;
  return ($r = (fq), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$inet_frag_find.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
export function inet_frag_queue_insert$fast(q: Ipq, skb: SkBuff, offset: number, end: number): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0; let $x = -1;
  const $f = ($tb !== null && ($o = (A$inet_frag_queue_insert.L50 | 270532608), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  $s += 2;
  const last = q.fragments_tail;
  
  
  if (!last) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$inet_frag_queue_insert.L53) : $tb.op($e.now, A$inet_frag_queue_insert.L53));
    q.runs.push([skb]);
  } else {
    const lastEnd = last.ip_defrag_offset + skb_len(last);
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$inet_frag_queue_insert.L54) : $tb.op($e.now, A$inet_frag_queue_insert.L54));
    if (lastEnd < end) {
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$inet_frag_queue_insert.L57) : $tb.op($e.now, A$inet_frag_queue_insert.L57));
      if (offset < lastEnd) {
        ++$s; $x = A$inet_frag_queue_insert.L58 | 1048576;
        return ($r = (IPFRAG_OVERLAP), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$inet_frag_queue_insert.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
      }
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$inet_frag_queue_insert.L59) : $tb.op($e.now, A$inet_frag_queue_insert.L59));
      if (offset === lastEnd) {
        ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$inet_frag_queue_insert.L60) : $tb.op($e.now, A$inet_frag_queue_insert.L60));
        q.runs[q.runs.length - 1].push(skb);
      } else {
        ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$inet_frag_queue_insert.L62) : $tb.op($e.now, A$inet_frag_queue_insert.L62));
        q.runs.push([skb]);
      }
    } else {
      // out of order: before the last one — a binary search over the runs (the rb-tree's walk)
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$inet_frag_queue_insert.L69) : $tb.op($e.now, A$inet_frag_queue_insert.L69));
      let at = 0;
      for (; at < q.runs.length; at++) {
        const run = q.runs[at];
        const curr = run[0];
        const curr_run_end = curr.ip_defrag_offset + run.reduce((n, f) => n + skb_len(f), 0);
        $s += 2; if ($tb !== null) ($o = (A$inet_frag_queue_insert.L76 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
        
        if (end <= curr.ip_defrag_offset) break;
        ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$inet_frag_queue_insert.L80) : $tb.op($e.now, A$inet_frag_queue_insert.L80));
        if (offset >= curr_run_end) continue;
        ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$inet_frag_queue_insert.L82) : $tb.op($e.now, A$inet_frag_queue_insert.L82));
        if (offset >= curr.ip_defrag_offset && end <= curr_run_end) {
          ++$s; $x = A$inet_frag_queue_insert.L84 | 1048576;
          return ($r = (IPFRAG_DUP), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$inet_frag_queue_insert.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
        }
        ++$s; $x = A$inet_frag_queue_insert.L86 | 1048576;
        return ($r = (IPFRAG_OVERLAP), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$inet_frag_queue_insert.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
      }
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$inet_frag_queue_insert.L93) : $tb.op($e.now, A$inet_frag_queue_insert.L93));
      q.runs.splice(at, 0, [skb]);
    }
  }
  // (fragrun_create and fragrun_append_to_last make it the tail; an insertion before it does not)
  if (!last || last.ip_defrag_offset + skb_len(last) < end) q.fragments_tail = skb;
  $s += 2; $x = A$inet_frag_queue_insert.L96 | 2097152;
  skb.ip_defrag_offset = offset;
  
  return ($r = (IPFRAG_OK), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$inet_frag_queue_insert.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
export function ip_frag_reasm$fast(qp: Ipq, skb: SkBuff, prev_tail: SkBuff | null, dev: SkBuff['dev']): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0; let $x = -1;
  const net = qp.net;
  const $f = ($tb !== null && ($o = (A$ip_frag_reasm.L267 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  ++$s;
  inet_frag_kill(qp);
  $s += 2; if ($tb !== null) ($o = (A$ip_frag_reasm.L269 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  
  // inet_frag_reasm_prepare: if the first fragment is another skb, skb takes its contents (skb_morph)
  // and its place; the first's own skb is freed
  const frags = allFrags(qp);
  const head = frags[0];
  if (head !== skb) {
    const i = frags.indexOf(skb);
    frags[i] = head;
    // (a stand-in takes skb's place in the list: the head's old object, now holding skb's fragment)
    morphSwap(skb, head);
    frags[0] = skb;
  }
  $s += 2; if ($tb !== null) ($o = (A$ip_frag_reasm.L280 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  const len = 20 + qp.len;
  
  
  if (len > 65535) {
    NET_INC_STATS(net, MIB.ReasmFails);
    return ($r = (-7), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$ip_frag_reasm.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r); // -E2BIG
  }
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$ip_frag_reasm.L286) : $tb.op($e.now, A$ip_frag_reasm.L286));
  // inet_frag_reasm_finish: the data back to the IP header, the others on the frag_list in order
  skb_push(skb, skb.data - skb.network_header);
  skb.frag_list = frags.slice(1);
  let payload = skb.payload;
  for (const fp of skb.frag_list) {
    fp.sk = null;
    skb.data_len += skb_len(fp);
    payload += fp.payload;
  }
  skb.payload = payload;
  for (const f of frags) net.fqdir.mem -= truesize(f);
  qp.runs.length = 0;
  $s += 4; if ($tb !== null) ($o = (A$ip_frag_reasm.L289 | 3145728), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  skb.dev = dev;
  
  const iph = skb.iph;
  
  
  iph.tot_len = len;
  
  if (qp.max_df_size === qp.max_size) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$ip_frag_reasm.L306) : $tb.op($e.now, A$ip_frag_reasm.L306));
    iph.frag_off = IP_DF;
  } else {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$ip_frag_reasm.L308) : $tb.op($e.now, A$ip_frag_reasm.L308));
    iph.frag_off = 0;
  }
  $s += 4; $x = A$ip_frag_reasm.L311 | 4194304;
  
  NET_INC_STATS(net, MIB.ReasmOKs);
  
  qp.fragments_tail = null;
  
  return ($r = (0), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$ip_frag_reasm.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
export function ip_frag_queue$fast(qp: Ipq, skb: SkBuff): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0; let $x = -1;
  const net = qp.net;
  const $f = ($tb !== null && ($o = (A$ip_frag_queue.L128 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  let err = -ERRNO.ENOENT;
  ++$s;
  if (qp.flags & INET_FRAG_COMPLETE) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$ip_frag_queue.L129) : $tb.op($e.now, A$ip_frag_queue.L129));
    ++$s; $x = A$ip_frag_queue.L247 | 1048576;
    return ($r = (err), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$ip_frag_queue.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$ip_frag_queue.L133) : $tb.op($e.now, A$ip_frag_queue.L133));
  // ip_frag_too_far: the source's fragment count (inet_peer's rid) since this queue's last fragment
  const rid = (net.fqdir.peerRid.get(qp.key.saddr) ?? 0) + 1;
  net.fqdir.peerRid.set(qp.key.saddr, rid);
  const tooFar = qp.fragments_tail !== null && rid - qp.rid > net.fqdir.max_dist;
  qp.rid = rid;
  if (tooFar) throw new NotSimulated('ip_frag_reinit (a queue whose source sent more than ipfrag_max_dist fragments since its last one)');
  $s += 8; if ($tb !== null) ($o = (A$ip_frag_queue.L141 | 7340032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  let offset = skb.iph.frag_off ?? 0;
  
  const flags = offset & ~IP_OFFSET;
  
  offset &= IP_OFFSET;
  
  offset <<= 3;
  
  
  
  const ihl = 20;
  
  let end = offset + skb_len(skb) - (skb.network_header - skb.data) - ihl;
  
  
  err = -ERRNO.EINVAL;
  let discard = false;
  
  if ((flags & IP_MF) === 0) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$ip_frag_queue.L156) : $tb.op($e.now, A$ip_frag_queue.L156));
    if (end < qp.len || (qp.flags & INET_FRAG_LAST_IN && end !== qp.len)) discard = true;
    else {
      $s += 2; if ($tb !== null) ($o = (A$ip_frag_queue.L160 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
      qp.flags |= INET_FRAG_LAST_IN;
      
      qp.len = end;
    }
  } else {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$ip_frag_queue.L163) : $tb.op($e.now, A$ip_frag_queue.L163));
    if (end & 7) {
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$ip_frag_queue.L164) : $tb.op($e.now, A$ip_frag_queue.L164));
      end &= ~7;
    }
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$ip_frag_queue.L168) : $tb.op($e.now, A$ip_frag_queue.L168));
    if (end > qp.len) {
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$ip_frag_queue.L170) : $tb.op($e.now, A$ip_frag_queue.L170));
      if (qp.flags & INET_FRAG_LAST_IN) discard = true;
      else {
        ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$ip_frag_queue.L172) : $tb.op($e.now, A$ip_frag_queue.L172));
        qp.len = end;
      }
    }
  }
  if (!discard) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$ip_frag_queue.L175) : $tb.op($e.now, A$ip_frag_queue.L175));
    if (end === offset) discard = true;
  }
  let insertErr = IPFRAG_OK;
  let prev_tail: SkBuff | null = null;
  if (!discard) {
    $s += 5; if ($tb !== null) ($o = (A$ip_frag_queue.L180 | 4194304), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
    skb_pull(skb, skb.network_header - skb.data + ihl);
    
    
    const dev = skb.dev;
    
    prev_tail = qp.fragments_tail;
    
    
    insertErr = inet_frag_queue_insert$fast(qp, skb, offset, end);
    
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$ip_frag_queue.L195) : $tb.op($e.now, A$ip_frag_queue.L195));
    if (insertErr === IPFRAG_OK) {
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$ip_frag_queue.L198) : $tb.op($e.now, A$ip_frag_queue.L198));
      if (dev) {
        ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$ip_frag_queue.L199) : $tb.op($e.now, A$ip_frag_queue.L199));
        qp.iif = dev.ifindex;
      }
      $s += 2; if ($tb !== null) ($o = (A$ip_frag_queue.L203 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
      qp.meat += skb_len(skb);
      
      
      net.fqdir.mem += truesize(skb);
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$ip_frag_queue.L206) : $tb.op($e.now, A$ip_frag_queue.L206));
      if (offset === 0) {
        ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$ip_frag_queue.L207) : $tb.op($e.now, A$ip_frag_queue.L207));
        qp.flags |= INET_FRAG_FIRST_IN;
      }
      $s += 2; if ($tb !== null) ($o = (A$ip_frag_queue.L209 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
      const fragsize = skb_len(skb) + ihl;
      
      if (fragsize > qp.max_size) qp.max_size = fragsize;
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$ip_frag_queue.L214) : $tb.op($e.now, A$ip_frag_queue.L214));
      if ((skb.iph.frag_off ?? 0) & IP_DF && fragsize > qp.max_df_size) qp.max_df_size = fragsize;
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$ip_frag_queue.L219) : $tb.op($e.now, A$ip_frag_queue.L219));
      if (qp.flags === (INET_FRAG_FIRST_IN | INET_FRAG_LAST_IN) && qp.meat === qp.len) {
        ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$ip_frag_queue.L224) : $tb.op($e.now, A$ip_frag_queue.L224));
        err = ip_frag_reasm$fast(qp, skb, prev_tail, dev);
        
        ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$ip_frag_queue.L226) : $tb.op($e.now, A$ip_frag_queue.L226));
        if (err) inet_frag_kill(qp);
        ++$s; $x = A$ip_frag_queue.L228 | 1048576;
        return ($r = (err), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$ip_frag_queue.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
      }
      $s += 2; $x = A$ip_frag_queue.L231 | 2097152;
      skb._skb_refdst = null;
      
      return ($r = (-EINPROGRESS), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$ip_frag_queue.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
    }
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$ip_frag_queue.L236) : $tb.op($e.now, A$ip_frag_queue.L236));
    if (insertErr === IPFRAG_DUP) {
      ++$s; $x = A$ip_frag_queue.L238 | 1048576;
      return ($r = (-ERRNO.EINVAL), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$ip_frag_queue.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
    }
    $s += 2; if ($tb !== null) ($o = (A$ip_frag_queue.L240 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
    err = -ERRNO.EINVAL;
    
    NET_INC_STATS(net, MIB.ReasmOverlaps);
  }
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$ip_frag_queue.L243) : $tb.op($e.now, A$ip_frag_queue.L243));
  inet_frag_kill(qp);
  for (const f of allFrags(qp)) net.fqdir.mem -= truesize(f);
  qp.runs.length = 0;
  $s += 3; $x = A$ip_frag_queue.L244 | 3145728;
  NET_INC_STATS(net, MIB.ReasmFails);
  
  
  return ($r = (err), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$ip_frag_queue.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
export function ip_find$fast(net: Net, skb: SkBuff, user: number, vif: number): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0; let $x = -1;
  const iph = skb.iph;
  const $f = ($tb !== null && ($o = (A$ip_find.L95 | 270532608), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  $s += 2;
  const key: FragV4Key = { saddr: iph.saddr, daddr: iph.daddr, user, vif, id: iph.id ?? 0, protocol: iph.protocol };
  
  
  const q = inet_frag_find$fast(net.fqdir, key, net);
  
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$ip_find.L106) : $tb.op($e.now, A$ip_find.L106));
  if (!q) {
    ++$s; $x = A$ip_find.L107 | 1048576;
    return ($r = (null), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$ip_find.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
  ++$s; $x = A$ip_find.L109 | 1048576;
  return ($r = (q), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$ip_find.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
export function ip_defrag$fast(net: Net, skb: SkBuff, user: number): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0; let $x = -1;
  const $f = ($tb !== null && ($o = (A$ip_defrag.L330 | 272629760), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  $s += 4;
  
  NET_INC_STATS(net, MIB.ReasmReqds);
  
  skb.sk = null;
  
  const qp = ip_find$fast(net, skb, user, 0);
  
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$ip_defrag.L339) : $tb.op($e.now, A$ip_defrag.L339));
  if (qp) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$ip_defrag.L344) : $tb.op($e.now, A$ip_defrag.L344));
    const ret = ip_frag_queue$fast(qp, skb);
    
    $s += 2; $x = A$ip_defrag.L347 | 2097152;
    qp.refcnt--;
    
    return ($r = (ret), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$ip_defrag.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
  $s += 3; $x = A$ip_defrag.L351 | 3145728;
  NET_INC_STATS(net, MIB.ReasmFails);
  
  
  return ($r = (-ERRNO.ENOMEM), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$ip_defrag.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
$kreg(ip_expire, ip_expire$fast, 'ip_expire', () => [__icmp_send]);
$kreg(inet_frag_find, inet_frag_find$fast, 'inet_frag_find', () => []);
$kreg(inet_frag_queue_insert, inet_frag_queue_insert$fast, 'inet_frag_queue_insert', () => []);
$kreg(ip_frag_reasm, ip_frag_reasm$fast, 'ip_frag_reasm', () => []);
$kreg(ip_frag_queue, ip_frag_queue$fast, 'ip_frag_queue', () => [inet_frag_queue_insert, ip_frag_reasm]);
$kreg(ip_find, ip_find$fast, 'ip_find', () => [inet_frag_find]);
$kreg(ip_defrag, ip_defrag$fast, 'ip_defrag', () => [ip_find, ip_frag_queue]);
