// generated — do not edit. Written by scripts/gen-kernel.ts from src/kernel/net/ipv4/tcp_offload.ts
// @ts-nocheck
// net/ipv4/tcp_offload.c: TCP's part of GSO — tcp_gso_segment, reached from validate_xmit_skb when
// a device cannot cut a GSO packet itself (skb_gso_segment → __skb_gso_segment → skb_mac_gso_segment
// → inet_gso_segment → tcp4_gso_segment, not annotated). skb_segment makes the segments, each a
// copy of the headers with gso_size bytes of the payload; tcp_gso_segment gives each its sequence
// number and leaves PSH and FIN to the last; inet_gso_segment gives each its IP id and length.

import { Sim } from '../../../core/engine';
import { at, enter, leave } from '../../../core/engine';
import { defineFn } from '../../../core/anchors';
import { SkBuff, skb_len } from '../../../include/linux/skbuff';

/**
 * skb_segment() (net/core/skbuff.c), as tcp_gso_segment calls it: the GSO packet cut into
 * gso_size-byte segments, a list (skb->next), each with a copy of the packet's headers — the
 * same sequence number and flags, until tcp_gso_segment sets them — and of its place in the host.
 */
function skb_segment(gso: SkBuff): SkBuff {
  const mss = gso.gso_size;
  const hlen = skb_len(gso) - gso.payload.length;
  let first: SkBuff | null = null;
  let prev: SkBuff | null = null;
  for (let off = 0; off < gso.payload.length; off += mss) {
    const payload = gso.payload.slice(off, off + mss);
    const seg = new SkBuff({ ...gso.iph, tot_len: 40 + payload.length });
    seg.th = { ...gso.th!, options: {} };
    seg.payload = payload;
    seg.sk = gso.sk;
    seg.dev = gso.dev;
    seg.protocol = gso.protocol;
    seg.priority = gso.priority;
    seg._skb_refdst = gso._skb_refdst;
    seg.head = gso.head;
    seg.data = gso.data;
    seg.tail = gso.data + hlen + payload.length;
    seg.end = seg.tail;
    seg.mac_header = gso.mac_header;
    seg.network_header = gso.network_header;
    seg.transport_header = gso.transport_header;
    seg.gso_segs = 1;
    if (prev) prev.next = seg;
    else first = seg;
    prev = seg;
  }
  return first!;
}
const A$tcp_gso_segment = defineFn('net/ipv4/tcp_offload.c', 'tcp_gso_segment', [31, 32, 35, 36, 39, 40, 44, 52, 56, 62, 63, 64, 69, 70, 74, 76, 77, 79, 80, 85]);

/** tcp_gso_segment(): cut a TCP GSO packet — each segment its own sequence number; PSH and FIN only on the last. */
export function* tcp_gso_segment(skb: SkBuff): Sim<SkBuff> {
  const $f = enter(A$tcp_gso_segment, { skb });
  try {
  if (at(A$tcp_gso_segment.L31)) yield;
  if (at(A$tcp_gso_segment.L32)) yield;
  if (at(A$tcp_gso_segment.L35)) yield;
  if (at(A$tcp_gso_segment.L36)) yield;
  if (at(A$tcp_gso_segment.L39)) yield;
  const mss = skb.gso_size;
  $f.vars.mss = mss;
  if (at(A$tcp_gso_segment.L40)) yield;
  if (at(A$tcp_gso_segment.L44)) yield;
  if (at(A$tcp_gso_segment.L52)) yield;
  if (at(A$tcp_gso_segment.L56)) yield;
  const segs = skb_segment(skb);
  $f.vars.segs = segs;
  if (at(A$tcp_gso_segment.L62)) yield;
  let seg = segs;
  $f.vars.skb = seg;
  if (at(A$tcp_gso_segment.L63)) yield;
  if (at(A$tcp_gso_segment.L64)) yield;
  let seq = seg.th!.seq;
  $f.vars.seq = seq;
  for (;;) {
    if (at(A$tcp_gso_segment.L69)) yield;
    if (seg.next === null) break;
    if (at(A$tcp_gso_segment.L70)) yield;
    seg.th!.fin = 0;
    seg.th!.psh = 0;
    if (at(A$tcp_gso_segment.L74)) yield;
    seq = (seq + mss) >>> 0;
    $f.vars.seq = seq;
    if (at(A$tcp_gso_segment.L76)) yield;
    seg = seg.next;
    $f.vars.skb = seg;
    if (at(A$tcp_gso_segment.L77)) yield;
    if (at(A$tcp_gso_segment.L79)) yield;
    seg.th!.seq = seq;
    if (at(A$tcp_gso_segment.L80)) yield;
    seg.th!.cwr = 0;
  }
  if (at(A$tcp_gso_segment.L85)) yield;
  return segs;
  } finally {
    leave($f);
  }
}

/**
 * skb_gso_segment() (include/linux/netdevice.h) down to tcp_gso_segment, and inet_gso_segment's
 * work on the way back: each segment's IP header gets its own id (the packet's, counting up: ip_
 * select_ident_segs reserved them) and total length.
 */
export function* skb_gso_segment(skb: SkBuff): Sim<SkBuff> {
  const segs = ($E.fast || $E.twinOk[tcp_gso_segment.k] === 1 ? tcp_gso_segment$fast(skb) : yield* tcp_gso_segment(skb));
  let id = skb.iph.id ?? 0;
  for (let s: SkBuff | null = segs; s !== null; s = s.next) {
    s.iph.id = id;
    id = (id + 1) & 0xffff;
  }
  return segs;
}


// ---- fast-path twins (scripts/twins.cjs) ----
import { E as $E, FAST_FRAME as $FF, driveToEnd as $drive, registerTwin as $kreg } from '../../../core/engine';
export function tcp_gso_segment$fast(skb: SkBuff): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0; let $x = -1;
  const $f = ($tb !== null && ($o = (A$tcp_gso_segment.L31 | 277872640), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  $s += 9;
  
  
  
  
  const mss = skb.gso_size;
  
  
  
  
  
  const segs = skb_segment(skb);
  
  $s += 3; if ($tb !== null) ($o = (A$tcp_gso_segment.L62 | 2097152), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  let seg = segs;
  
  
  
  let seq = seg.th!.seq;
  
  for (;;) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_gso_segment.L69) : $tb.op($e.now, A$tcp_gso_segment.L69));
    if (seg.next === null) break;
    $s += 6; if ($tb !== null) ($o = (A$tcp_gso_segment.L70 | 5242880), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
    seg.th!.fin = 0;
    seg.th!.psh = 0;
    
    seq = (seq + mss) >>> 0;
    
    
    seg = seg.next;
    
    
    
    seg.th!.seq = seq;
    
    seg.th!.cwr = 0;
  }
  ++$s; $x = A$tcp_gso_segment.L85 | 1048576;
  return ($r = (segs), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_gso_segment.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
export function skb_gso_segment$fast(skb: SkBuff): any { const $e = $E;
  const segs = tcp_gso_segment$fast(skb);
  let id = skb.iph.id ?? 0;
  for (let s: SkBuff | null = segs; s !== null; s = s.next) {
    s.iph.id = id;
    id = (id + 1) & 0xffff;
  }
  return segs;
}
$kreg(tcp_gso_segment, tcp_gso_segment$fast, 'tcp_gso_segment', () => []);
$kreg(skb_gso_segment, skb_gso_segment$fast, 'skb_gso_segment', () => [tcp_gso_segment]);
