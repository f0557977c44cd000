// generated — do not edit. Written by scripts/gen-kernel.ts from src/kernel/net/ipv4/netfilter/nf_reject_ipv4.ts
// @ts-nocheck
// net/ipv4/netfilter/nf_reject_ipv4.c: what REJECT sends. nf_send_reset builds a RST from the
// offending segment (ports and addresses swapped; for a SYN: seq 0, ACK of its sequence + 1 — "R.")
// in a new skb and sends it as a local packet, ip_local_out; nf_send_unreach answers with an ICMP
// destination unreachable through icmp_send. (Checksums are not computed: every packet here is valid.)

import type { Sim } from '../../../../core/engine';
import { at, enter, leave } from '../../../../core/engine';
import { defineFn } from '../../../../core/anchors';
import { SkBuff, type TcpHdr, alloc_skb_layout, skb_reserve, skb_put, skb_reset_network_header, skb_reset_transport_header, skb_len, ICMP_DEST_UNREACH } from '../../../../include/linux/skbuff';
import type { Net } from '../../../../include/net/net_namespace';
import { ETH_P_IP } from '../../../../include/linux/netdevice';
import { IPPROTO_TCP } from '../../../../include/uapi';
import { ip_local_out } from '../ip_output';
import { ip_route_output_ports } from '../route';
import { __icmp_send } from '../icmp';
import { makeTcpSkb } from '../tcp_output';

const IP_DF = 0x4000;
/** LL_MAX_HEADER on x86-64 as distributions build it (CONFIG_WLAN and friends): 128. */
const LL_MAX_HEADER = 128;
const A$nf_reject_ip_tcphdr_get = defineFn('net/ipv4/netfilter/nf_reject_ipv4.c', 'nf_reject_ip_tcphdr_get', [22, 23, 25, 28, 29, 31]);

export function* nf_reject_ip_tcphdr_get(oldskb: SkBuff, hook: number): Sim<TcpHdr | null> {
  const $f = enter(A$nf_reject_ip_tcphdr_get, { oldskb, hook });
  try {
  if (at(A$nf_reject_ip_tcphdr_get.L22)) yield;
  if (oldskb.iph.protocol !== IPPROTO_TCP || !oldskb.th) {
    if (at(A$nf_reject_ip_tcphdr_get.L23)) yield;
    return null;
  }
  if (at(A$nf_reject_ip_tcphdr_get.L25)) yield;
  const oth = oldskb.th;
  $f.vars.oth = oth;
  if (at(A$nf_reject_ip_tcphdr_get.L28)) yield;
  if (oth.rst) {
    if (at(A$nf_reject_ip_tcphdr_get.L29)) yield;
    return null;
  }
  if (at(A$nf_reject_ip_tcphdr_get.L31)) yield;
  return oth;
  } finally {
    leave($f);
  }
}
const A$nf_reject_iphdr_put = defineFn('net/ipv4/netfilter/nf_reject_ipv4.c', 'nf_reject_iphdr_put', [45, 46, 48, 49, 50, 52, 53, 54, 56, 58]);

export function* nf_reject_iphdr_put(nskb: SkBuff, oldskb: SkBuff, protocol: number, ttl: number): Sim<SkBuff['iph']> {
  const oiph = oldskb.iph;
  const $f = enter(A$nf_reject_iphdr_put, { nskb, oldskb, protocol, ttl, oiph });
  try {
  if (at(A$nf_reject_iphdr_put.L45)) yield;
  skb_reset_network_header(nskb);
  if (at(A$nf_reject_iphdr_put.L46)) yield;
  skb_put(nskb, 20);
  const niph = nskb.iph;
  $f.vars.niph = niph;
  if (at(A$nf_reject_iphdr_put.L48)) yield;
  niph.id = 0;
  if (at(A$nf_reject_iphdr_put.L49)) yield;
  niph.frag_off = IP_DF;
  if (at(A$nf_reject_iphdr_put.L50)) yield;
  niph.protocol = protocol;
  if (at(A$nf_reject_iphdr_put.L52)) yield;
  niph.saddr = oiph.daddr;
  if (at(A$nf_reject_iphdr_put.L53)) yield;
  niph.daddr = oiph.saddr;
  if (at(A$nf_reject_iphdr_put.L54)) yield;
  niph.ttl = ttl;
  if (at(A$nf_reject_iphdr_put.L56)) yield;
  nskb.protocol = ETH_P_IP;
  if (at(A$nf_reject_iphdr_put.L58)) yield;
  return niph;
  } finally {
    leave($f);
  }
}
const A$nf_reject_ip_tcphdr_put = defineFn('net/ipv4/netfilter/nf_reject_ipv4.c', 'nf_reject_ip_tcphdr_put', [73, 74, 75, 76, 77, 79, 80, 83, 86, 89]);

export function* nf_reject_ip_tcphdr_put(nskb: SkBuff, oldskb: SkBuff, oth: TcpHdr): Sim<void> {
  const $f = enter(A$nf_reject_ip_tcphdr_put, { nskb, oldskb, oth });
  try {
  if (at(A$nf_reject_ip_tcphdr_put.L73)) yield;
  skb_reset_transport_header(nskb);
  if (at(A$nf_reject_ip_tcphdr_put.L74)) yield;
  skb_put(nskb, 20);
  const tcph = nskb.th!;
  $f.vars.tcph = tcph;
  if (at(A$nf_reject_ip_tcphdr_put.L75)) yield;
  tcph.source = oth.dest;
  if (at(A$nf_reject_ip_tcphdr_put.L76)) yield;
  tcph.dest = oth.source;
  if (at(A$nf_reject_ip_tcphdr_put.L77)) yield;
  tcph.doff = 5;
  if (at(A$nf_reject_ip_tcphdr_put.L79)) yield;
  if (oth.ack) {
    if (at(A$nf_reject_ip_tcphdr_put.L80)) yield;
    tcph.seq = oth.ack_seq;
  } else {
    if (at(A$nf_reject_ip_tcphdr_put.L83)) yield;
    // oldskb->len − the IP header − the TCP header: the payload
    tcph.ack_seq = (oth.seq + oth.syn + oth.fin + oldskb.len) >>> 0;
    if (at(A$nf_reject_ip_tcphdr_put.L86)) yield;
    tcph.ack = 1;
  }
  if (at(A$nf_reject_ip_tcphdr_put.L89)) yield;
  tcph.rst = 1;
  } finally {
    leave($f);
  }
}
const A$nf_send_reset = defineFn('net/ipv4/netfilter/nf_reject_ipv4.c', 'nf_send_reset', [102, 103, 104, 107, 110, 111, 113, 116, 120, 122]);

export function* nf_send_reset(net: Net, oldskb: SkBuff, hook: number): Sim<void> {
  const $f = enter(A$nf_send_reset, { net, oldskb, hook });
  try {
  if (at(A$nf_send_reset.L102)) yield;
  const oth = ($E.fast || $E.twinOk[nf_reject_ip_tcphdr_get.k] === 1 ? nf_reject_ip_tcphdr_get$fast(oldskb, hook) : yield* nf_reject_ip_tcphdr_get(oldskb, hook));
  $f.vars.oth = oth;
  if (at(A$nf_send_reset.L103)) yield;
  if (!oth) {
    if (at(A$nf_send_reset.L104)) yield;
    return;
  }
  if (at(A$nf_send_reset.L107)) yield;
  // (a zeroed TCP header and an IP header to fill: the shape every segment has here)
  const nskb = makeTcpSkb('0.0.0.0', '0.0.0.0', { source: 0, dest: 0 });
  alloc_skb_layout(nskb, 20 + 20 + LL_MAX_HEADER);
  $f.vars.nskb = nskb;
  if (at(A$nf_send_reset.L110)) yield;
  skb_reserve(nskb, LL_MAX_HEADER);
  if (at(A$nf_send_reset.L111)) yield;
  const niph = ($E.fast || $E.twinOk[nf_reject_iphdr_put.k] === 1 ? nf_reject_iphdr_put$fast(nskb, oldskb, IPPROTO_TCP, 64) : yield* nf_reject_iphdr_put(nskb, oldskb, IPPROTO_TCP, 64));
  $f.vars.niph = niph;
  if (at(A$nf_send_reset.L113)) yield;
  ($E.fast || $E.twinOk[nf_reject_ip_tcphdr_put.k] === 1 ? nf_reject_ip_tcphdr_put$fast(nskb, oldskb, oth) : yield* nf_reject_ip_tcphdr_put(nskb, oldskb, oth));
  if (at(A$nf_send_reset.L116)) yield;
  nskb._skb_refdst = ip_route_output_ports(net, niph.daddr);
  niph.tot_len = skb_len(nskb);
  if (at(A$nf_send_reset.L120)) yield;
  ($E.fast || $E.twinOk[ip_local_out.k] === 1 ? ip_local_out$fast(net, null, nskb) : yield* ip_local_out(net, null, nskb));
  if (at(A$nf_send_reset.L122)) yield;
  } finally {
    leave($f);
  }
}
const A$nf_send_unreach = defineFn('net/ipv4/netfilter/nf_reject_ipv4.c', 'nf_send_unreach', [134, 135, 137, 141, 142, 143]);

export function* nf_send_unreach(skb_in: SkBuff, code: number, hook: number): Sim<void> {
  const iph = skb_in.iph;
  const $f = enter(A$nf_send_unreach, { skb_in, code, hook, iph });
  try {
  if (at(A$nf_send_unreach.L134)) yield;
  if (at(A$nf_send_unreach.L135)) yield;
  if (at(A$nf_send_unreach.L137)) yield;
  if (at(A$nf_send_unreach.L141)) yield;
  if (at(A$nf_send_unreach.L142)) yield;
  const net = (skb_in.dev ?? skb_in._skb_refdst!.dst.dev).net;
  ($E.fast || $E.twinOk[__icmp_send.k] === 1 ? __icmp_send$fast(skb_in, ICMP_DEST_UNREACH, code, 0, net) : yield* __icmp_send(skb_in, ICMP_DEST_UNREACH, code, 0, net));
  if (at(A$nf_send_unreach.L143)) yield;
  } finally {
    leave($f);
  }
}


// ---- fast-path twins (scripts/twins.cjs) ----
import { E as $E, FAST_FRAME as $FF, driveToEnd as $drive, registerTwin as $kreg } from '../../../../core/engine';
import { ip_local_out$fast as ip_local_out$fast } from '../ip_output';
import { __icmp_send$fast as __icmp_send$fast } from '../icmp';
export function nf_reject_ip_tcphdr_get$fast(oldskb: SkBuff, hook: number): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0; let $x = -1;
  const $f = ($tb !== null && ($o = (A$nf_reject_ip_tcphdr_get.L22 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  ++$s;
  if (oldskb.iph.protocol !== IPPROTO_TCP || !oldskb.th) {
    ++$s; $x = A$nf_reject_ip_tcphdr_get.L23 | 1048576;
    return ($r = (null), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$nf_reject_ip_tcphdr_get.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
  $s += 2; if ($tb !== null) ($o = (A$nf_reject_ip_tcphdr_get.L25 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  const oth = oldskb.th;
  
  
  if (oth.rst) {
    ++$s; $x = A$nf_reject_ip_tcphdr_get.L29 | 1048576;
    return ($r = (null), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$nf_reject_ip_tcphdr_get.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
  ++$s; $x = A$nf_reject_ip_tcphdr_get.L31 | 1048576;
  return ($r = (oth), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$nf_reject_ip_tcphdr_get.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
export function nf_reject_iphdr_put$fast(nskb: SkBuff, oldskb: SkBuff, protocol: number, ttl: number): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0; let $x = -1;
  const oiph = oldskb.iph;
  const $f = ($tb !== null && ($o = (A$nf_reject_iphdr_put.L45 | 270532608), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  $s += 2;
  skb_reset_network_header(nskb);
  
  skb_put(nskb, 20);
  const niph = nskb.iph;
  
  $s += 8; $x = A$nf_reject_iphdr_put.L48 | 8388608;
  niph.id = 0;
  
  niph.frag_off = IP_DF;
  
  niph.protocol = protocol;
  
  niph.saddr = oiph.daddr;
  
  niph.daddr = oiph.saddr;
  
  niph.ttl = ttl;
  
  nskb.protocol = ETH_P_IP;
  
  return ($r = (niph), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$nf_reject_iphdr_put.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
export function nf_reject_ip_tcphdr_put$fast(nskb: SkBuff, oldskb: SkBuff, oth: TcpHdr): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $s = 0;
  const $f = ($tb !== null && ($o = (A$nf_reject_ip_tcphdr_put.L73 | 270532608), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  $s += 2;
  skb_reset_transport_header(nskb);
  
  skb_put(nskb, 20);
  const tcph = nskb.th!;
  
  $s += 4; if ($tb !== null) ($o = (A$nf_reject_ip_tcphdr_put.L75 | 3145728), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  tcph.source = oth.dest;
  
  tcph.dest = oth.source;
  
  tcph.doff = 5;
  
  if (oth.ack) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$nf_reject_ip_tcphdr_put.L80) : $tb.op($e.now, A$nf_reject_ip_tcphdr_put.L80));
    tcph.seq = oth.ack_seq;
  } else {
    $s += 2; if ($tb !== null) ($o = (A$nf_reject_ip_tcphdr_put.L83 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
    // oldskb->len − the IP header − the TCP header: the payload
    tcph.ack_seq = (oth.seq + oth.syn + oth.fin + oldskb.len) >>> 0;
    
    tcph.ack = 1;
  }
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$nf_reject_ip_tcphdr_put.L89) : $tb.op($e.now, A$nf_reject_ip_tcphdr_put.L89));
  tcph.rst = 1;
  } ($e.steps += $s, $tb !== null && ($o = (A$nf_reject_ip_tcphdr_put.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
}
export function nf_send_reset$fast(net: Net, oldskb: SkBuff, hook: number): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $s = 0; let $x = -1;
  const $f = ($tb !== null && ($o = (A$nf_send_reset.L102 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  ++$s;
  const oth = nf_reject_ip_tcphdr_get$fast(oldskb, hook);
  
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$nf_send_reset.L103) : $tb.op($e.now, A$nf_send_reset.L103));
  if (!oth) {
    ++$s; $x = A$nf_send_reset.L104 | 1048576;
    { ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$nf_send_reset.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))); return; }
  }
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$nf_send_reset.L107) : $tb.op($e.now, A$nf_send_reset.L107));
  // (a zeroed TCP header and an IP header to fill: the shape every segment has here)
  const nskb = makeTcpSkb('0.0.0.0', '0.0.0.0', { source: 0, dest: 0 });
  alloc_skb_layout(nskb, 20 + 20 + LL_MAX_HEADER);
  
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$nf_send_reset.L110) : $tb.op($e.now, A$nf_send_reset.L110));
  skb_reserve(nskb, LL_MAX_HEADER);
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$nf_send_reset.L111) : $tb.op($e.now, A$nf_send_reset.L111));
  const niph = nf_reject_iphdr_put$fast(nskb, oldskb, IPPROTO_TCP, 64);
  
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$nf_send_reset.L113) : $tb.op($e.now, A$nf_send_reset.L113));
  nf_reject_ip_tcphdr_put$fast(nskb, oldskb, oth);
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$nf_send_reset.L116) : $tb.op($e.now, A$nf_send_reset.L116));
  nskb._skb_refdst = ip_route_output_ports(net, niph.daddr);
  niph.tot_len = skb_len(nskb);
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$nf_send_reset.L120) : $tb.op($e.now, A$nf_send_reset.L120));
  ip_local_out$fast(net, null, nskb);
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$nf_send_reset.L122) : $tb.op($e.now, A$nf_send_reset.L122));
  } ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$nf_send_reset.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
}
export function nf_send_unreach$fast(skb_in: SkBuff, code: number, hook: number): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $s = 0;
  const iph = skb_in.iph;
  const $f = ($tb !== null && ($o = (A$nf_send_unreach.L134 | 273678336), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  $s += 5;
  
  
  
  
  const net = (skb_in.dev ?? skb_in._skb_refdst!.dst.dev).net;
  __icmp_send$fast(skb_in, ICMP_DEST_UNREACH, code, 0, net);
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$nf_send_unreach.L143) : $tb.op($e.now, A$nf_send_unreach.L143));
  } ($e.steps += $s, $tb !== null && ($o = (A$nf_send_unreach.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
}
$kreg(nf_reject_ip_tcphdr_get, nf_reject_ip_tcphdr_get$fast, 'nf_reject_ip_tcphdr_get', () => []);
$kreg(nf_reject_iphdr_put, nf_reject_iphdr_put$fast, 'nf_reject_iphdr_put', () => []);
$kreg(nf_reject_ip_tcphdr_put, nf_reject_ip_tcphdr_put$fast, 'nf_reject_ip_tcphdr_put', () => []);
$kreg(nf_send_reset, nf_send_reset$fast, 'nf_send_reset', () => [ip_local_out, nf_reject_ip_tcphdr_get, nf_reject_ip_tcphdr_put, nf_reject_iphdr_put]);
$kreg(nf_send_unreach, nf_send_unreach$fast, 'nf_send_unreach', () => [__icmp_send]);
