// net/ipv4/tcp_offload.c: TCP's part of GSO — tcp_gso_segment, reached from validate_xmit_skb when
// a device cannot cut a GSO packet itself (skb_gso_segment → __skb_gso_segment → skb_mac_gso_segment
// → inet_gso_segment → tcp4_gso_segment, not annotated). skb_segment makes the segments, each a
// copy of the headers with gso_size bytes of the payload; tcp_gso_segment gives each its sequence
// number and leaves PSH and FIN to the last; inet_gso_segment gives each its IP id and length.

import { Sim } from '../../core/engine';
import { frame, line } from '../../core/mark';
import { SkBuff, skb_len } from '../../include/linux/skbuff';

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

/** tcp_gso_segment(): cut a TCP GSO packet — each segment its own sequence number; PSH and FIN only on the last. */
export function* tcp_gso_segment(skb: SkBuff): Sim<SkBuff> {
  frame({ skb });
  line`th = tcp_hdr(skb);#1`;
  line`thlen = th->doff * 4;`;
  line`oldlen = (u16)~skb->len;`;
  line`__skb_pull(skb, thlen);`;
  line`mss = skb_shinfo(skb)->gso_size;`;
  const mss = skb.gso_size;
  frame.mss = mss;
  line`if (unlikely(skb->len <= mss))`;
  line`if (skb_gso_ok(skb, features | NETIF_F_GSO_ROBUST)) {`;
  line`copy_destructor = gso_skb->destructor == tcp_wfree;`;
  line`segs = skb_segment(skb, features);`;
  const segs = skb_segment(skb);
  frame.segs = segs;
  line`skb = segs;`;
  let seg = segs;
  frame.skb = seg;
  line`th = tcp_hdr(skb);#2`;
  line`seq = ntohl(th->seq);`;
  let seq = seg.th!.seq;
  frame.seq = seq;
  for (;;) {
    line`while (skb->next) {`;
    if (seg.next === null) break;
    line`th->fin = th->psh = 0;`;
    seg.th!.fin = 0;
    seg.th!.psh = 0;
    line`seq += mss;`;
    seq = (seq + mss) >>> 0;
    frame.seq = seq;
    line`skb = skb->next;`;
    seg = seg.next;
    frame.skb = seg;
    line`th = tcp_hdr(skb);#3`;
    line`th->seq = htonl(seq);`;
    seg.th!.seq = seq;
    line`th->cwr = 0;`;
    seg.th!.cwr = 0;
  }
  line`return segs;`;
  return segs;
}

/**
 * skb_gso_segment() (include/linux/netdevice.h) down to tcp_gso_segment, and inet_gso_segment's
 * work on the way back: each segment's IP header gets its own id (the packet's, counting up: ip_
 * select_ident_segs reserved them) and total length.
 */
export function* skb_gso_segment(skb: SkBuff): Sim<SkBuff> {
  const segs = yield* tcp_gso_segment(skb);
  let id = skb.iph.id ?? 0;
  for (let s: SkBuff | null = segs; s !== null; s = s.next) {
    s.iph.id = id;
    id = (id + 1) & 0xffff;
  }
  return segs;
}
