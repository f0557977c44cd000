// generated — do not edit. Written by scripts/gen-kernel.ts from src/kernel/net/ipv4/ip_output.ts
// @ts-nocheck
// net/ipv4/ip_output.c (and include/net/dst.h's dst_output): IP on the way down. TCP's segments come
// through icsk_af_ops->queue_xmit = __ip_queue_xmit (route, IP header), the SYN-ACK through
// ip_build_and_send_pkt, built datagrams and replies (UDP, ICMP, TCP's resets and ACKs) through
// ip_send_skb; all meet in ip_local_out → __ip_local_out (NF_INET_LOCAL_OUT) → dst_output →
// ip_output (NF_INET_POST_ROUTING) → ip_finish_output → __ip_finish_output (the MTU) →
// ip_finish_output2 → the neighbour → dev_queue_xmit.

import type { Sim } from '../../../core/engine';
import { at, enter, leave } from '../../../core/engine';
import { defineFn } from '../../../core/anchors';
import type { SkBuff } from '../../../include/linux/skbuff';
import { skb_push, skb_reset_network_header, skb_headroom, skb_len, LL_RESERVED_SPACE, ipAppendLayout } from '../../../include/linux/skbuff';
import type { Sock } from '../../../include/net/sock';
import type { Net } from '../../../include/net/net_namespace';
import { MIB, NET_INC_STATS } from '../../../include/net/net_namespace';
import { inet_sk } from '../../../include/net/inet_sock';
import { ETH_P_IP, NET_XMIT_SUCCESS } from '../../../include/linux/netdevice';
import { nf_hook, NF_HOOK_COND, NFPROTO_IPV4, NF_INET_LOCAL_OUT, NF_INET_POST_ROUTING } from '../netfilter/core';
import { ip_route_output_ports, ip_neigh_for_gw } from './route';
import { neigh_output } from '../core/neighbour';

const IP_DF = 0x4000;

/** The okfn the hooks go on with (struct nf_hook_state's okfn). */
const dst_output_okfn = { okfn: dst_output };
const ip_finish_output_okfn = { okfn: ip_finish_output };
const A$dst_output = defineFn('include/net/dst.h', 'dst_output', [17]);

/** include/net/dst.h: the route's output function — ip_output. */
export function* dst_output(net: Net, sk: Sock | null, skb: SkBuff): Sim<number> { let $t: any;
  const $f = enter(A$dst_output, { net, sk, skb, dst: skb._skb_refdst });
  try {
  if (at(A$dst_output.L17)) yield;
  return (($t = skb._skb_refdst!.dst.output).fast !== undefined && ($E.fast || $E.twinOk[$t.k] === 1) ? $t.fast(net, sk, skb) : yield* skb._skb_refdst!.dst.output(net, sk, skb));
  } finally {
    leave($f);
  }
}
const A$__ip_local_out = defineFn('net/ipv4/ip_output.c', '__ip_local_out', [23, 24, 26, 30]);

export function* __ip_local_out(net: Net, sk: Sock | null, skb: SkBuff): Sim<number> {
  const iph = skb.iph;
  const $f = enter(A$__ip_local_out, { net, sk, skb, iph });
  try {
  if (at(A$__ip_local_out.L23)) yield;
  iph.tot_len = skb_len(skb);
  if (at(A$__ip_local_out.L24)) yield;
  if (at(A$__ip_local_out.L26)) yield;
  skb.protocol = ETH_P_IP;
  if (at(A$__ip_local_out.L30)) yield;
  return ($E.fast || $E.twinOk[nf_hook.k] === 1 ? nf_hook$fast(NFPROTO_IPV4, NF_INET_LOCAL_OUT, net, sk, skb, null, skb._skb_refdst!.dst.dev, dst_output_okfn) : yield* nf_hook(NFPROTO_IPV4, NF_INET_LOCAL_OUT, net, sk, skb, null, skb._skb_refdst!.dst.dev, dst_output_okfn));
  } finally {
    leave($f);
  }
}
const A$ip_local_out = defineFn('net/ipv4/ip_output.c', 'ip_local_out', [45, 46, 47, 49]);

export function* ip_local_out(net: Net, sk: Sock | null, skb: SkBuff): Sim<number> {
  const $f = enter(A$ip_local_out, { net, sk, skb });
  try {
  if (at(A$ip_local_out.L45)) yield;
  let err = ($E.fast || $E.twinOk[__ip_local_out.k] === 1 ? __ip_local_out$fast(net, sk, skb) : yield* __ip_local_out(net, sk, skb));
  $f.vars.err = err;
  if (at(A$ip_local_out.L46)) yield;
  if (err === 1) {
    if (at(A$ip_local_out.L47)) yield;
    err = ($E.fast || $E.twinOk[dst_output.k] === 1 ? dst_output$fast(net, sk, skb) : yield* dst_output(net, sk, skb));
  }
  if (at(A$ip_local_out.L49)) yield;
  return err;
  } finally {
    leave($f);
  }
}
const A$ip_build_and_send_pkt = defineFn('net/ipv4/ip_output.c', 'ip_build_and_send_pkt', [67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 78, 79, 80, 86]);

/** The SYN-ACK (tcp_v4_send_synack): skb already carries the route inet_csk_route_req found. */
export function* ip_build_and_send_pkt(skb: SkBuff, sk: Sock, saddr: string, daddr: string): Sim<number> {
  const inet = inet_sk(sk);
  const net = sk.sk_net;
  const rt = skb._skb_refdst;
  const $f = enter(A$ip_build_and_send_pkt, { skb, sk, saddr, daddr, inet, rt, net });
  try {
  if (at(A$ip_build_and_send_pkt.L67)) yield;
  skb_push(skb, 20);
  if (at(A$ip_build_and_send_pkt.L68)) yield;
  skb_reset_network_header(skb);
  if (at(A$ip_build_and_send_pkt.L69)) yield;
  const iph = skb.iph;
  $f.vars.iph = iph;
  if (at(A$ip_build_and_send_pkt.L70)) yield;
  if (at(A$ip_build_and_send_pkt.L71)) yield;
  if (at(A$ip_build_and_send_pkt.L72)) yield;
  if (at(A$ip_build_and_send_pkt.L73)) yield;
  iph.ttl = inet.uc_ttl < 0 ? 64 : inet.uc_ttl;
  if (at(A$ip_build_and_send_pkt.L74)) yield;
  iph.daddr = daddr;
  if (at(A$ip_build_and_send_pkt.L75)) yield;
  iph.saddr = saddr;
  if (at(A$ip_build_and_send_pkt.L76)) yield;
  if (at(A$ip_build_and_send_pkt.L78)) yield;
  if (at(A$ip_build_and_send_pkt.L79)) yield;
  iph.frag_off = IP_DF;
  if (at(A$ip_build_and_send_pkt.L80)) yield;
  iph.id = 0;
  if (at(A$ip_build_and_send_pkt.L86)) yield;
  return ($E.fast || $E.twinOk[ip_local_out.k] === 1 ? ip_local_out$fast(net, skb.sk as Sock | null, skb) : yield* ip_local_out(net, skb.sk as Sock | null, skb));
  } finally {
    leave($f);
  }
}
const A$ip_finish_output2 = defineFn('net/ipv4/ip_output.c', 'ip_finish_output2', [100, 105, 109, 112, 113, 116, 118, 119, 120]);

export function* ip_finish_output2(net: Net, sk: Sock | null, skb: SkBuff): Sim<number> {
  const rt = skb._skb_refdst!;
  const dev = rt.dst.dev;
  const $f = enter(A$ip_finish_output2, { net, sk, skb, dst: rt, rt, dev });
  try {
  if (at(A$ip_finish_output2.L100)) yield;
  const hh_len = LL_RESERVED_SPACE;
  $f.vars.hh_len = hh_len;
  if (at(A$ip_finish_output2.L105)) yield;
  if (skb_headroom(skb) < hh_len) throw new Error('ip_finish_output2: no headroom for the link-layer header');
  if (at(A$ip_finish_output2.L109)) yield;
  if (at(A$ip_finish_output2.L112)) yield;
  const neigh = ip_neigh_for_gw(rt, skb, net);
  $f.vars.neigh = neigh;
  if (at(A$ip_finish_output2.L113)) yield;
  if (at(A$ip_finish_output2.L116)) yield;
  if (at(A$ip_finish_output2.L118)) yield;
  const res = ($E.fast || $E.twinOk[neigh_output.k] === 1 ? neigh_output$fast(neigh, skb, false) : yield* neigh_output(neigh, skb, false));
  $f.vars.res = res;
  if (at(A$ip_finish_output2.L119)) yield;
  if (at(A$ip_finish_output2.L120)) yield;
  return res;
  } finally {
    leave($f);
  }
}
const A$__ip_finish_output = defineFn('net/ipv4/ip_output.c', '__ip_finish_output', [134, 135, 138, 139, 141]);

export function* __ip_finish_output(net: Net, sk: Sock | null, skb: SkBuff): Sim<number> {
  const $f = enter(A$__ip_finish_output, { net, sk, skb });
  try {
  if (at(A$__ip_finish_output.L134)) yield;
  const mtu = skb._skb_refdst!.dst.dev.mtu;
  $f.vars.mtu = mtu;
  if (at(A$__ip_finish_output.L135)) yield;
  if (at(A$__ip_finish_output.L138)) yield;
  if (skb_len(skb) > mtu) {
    // ip_fragment is not simulated yet: the datagram crosses whole, as one packet (as before this
    // path existed; a datagram of up to 65507 bytes keeps working between hosts)
    if (at(A$__ip_finish_output.L139)) yield;
    return ($E.fast || $E.twinOk[ip_finish_output2.k] === 1 ? ip_finish_output2$fast(net, sk, skb) : yield* ip_finish_output2(net, sk, skb));
  }
  if (at(A$__ip_finish_output.L141)) yield;
  return ($E.fast || $E.twinOk[ip_finish_output2.k] === 1 ? ip_finish_output2$fast(net, sk, skb) : yield* ip_finish_output2(net, sk, skb));
  } finally {
    leave($f);
  }
}
const A$ip_finish_output = defineFn('net/ipv4/ip_output.c', 'ip_finish_output', [154, 155, 157]);

export function* ip_finish_output(net: Net, sk: Sock | null, skb: SkBuff): Sim<number> {
  const $f = enter(A$ip_finish_output, { net, sk, skb });
  try {
  if (at(A$ip_finish_output.L154)) yield;
  const ret = NET_XMIT_SUCCESS;
  $f.vars.ret = ret;
  if (at(A$ip_finish_output.L155)) yield;
  if (at(A$ip_finish_output.L157)) yield;
  return ($E.fast || $E.twinOk[__ip_finish_output.k] === 1 ? __ip_finish_output$fast(net, sk, skb) : yield* __ip_finish_output(net, sk, skb));
  } finally {
    leave($f);
  }
}
const A$ip_output = defineFn('net/ipv4/ip_output.c', 'ip_output', [172, 174, 175, 178]);

/** dst->output of every route here. */
export function* ip_output(net: Net, sk: Sock | null, skb: SkBuff): Sim<number> {
  const dev = skb._skb_refdst!.dst.dev;
  const $f = enter(A$ip_output, { net, sk, skb, dev });
  try {
  if (at(A$ip_output.L172)) yield;
  NET_INC_STATS(net, MIB.OutRequests);
  if (at(A$ip_output.L174)) yield;
  skb.dev = dev;
  if (at(A$ip_output.L175)) yield;
  skb.protocol = ETH_P_IP;
  if (at(A$ip_output.L178)) yield;
  return ($E.fast || $E.twinOk[NF_HOOK_COND.k] === 1 ? NF_HOOK_COND$fast(NFPROTO_IPV4, NF_INET_POST_ROUTING, net, sk, skb, null, dev, ip_finish_output_okfn, true) : yield* NF_HOOK_COND(NFPROTO_IPV4, NF_INET_POST_ROUTING, net, sk, skb, null, dev, ip_finish_output_okfn, true));
  } finally {
    leave($f);
  }
}
const A$__ip_queue_xmit = defineFn('net/ipv4/ip_output.c', '__ip_queue_xmit', [202, 204, 205, 210, 211, 215, 219, 226, 228, 230, 235, 236, 237, 239, 240, 241, 244, 245, 246, 249, 252, 253, 254]);

/** tcp's icsk_af_ops->queue_xmit (ipv4_specific.queue_xmit = ip_queue_xmit → __ip_queue_xmit). */
export function* __ip_queue_xmit(sk: Sock, skb: SkBuff, tos = 0): Sim<number> {
  const inet = inet_sk(sk);
  const net = sk.sk_net;
  const $f = enter(A$__ip_queue_xmit, { sk, skb, inet, net, tos });
  try {
  if (at(A$__ip_queue_xmit.L202)) yield;
  if (at(A$__ip_queue_xmit.L204)) yield;
  let rt = skb._skb_refdst;
  if (at(A$__ip_queue_xmit.L205)) yield;
  if (!rt) {
    if (at(A$__ip_queue_xmit.L210)) yield;
    rt = sk.sk_dst_cache;
    if (at(A$__ip_queue_xmit.L211)) yield;
    if (!rt) {
      if (at(A$__ip_queue_xmit.L215)) yield;
      const daddr = inet.inet_daddr;
      $f.vars.daddr = daddr;
      if (at(A$__ip_queue_xmit.L219)) yield;
      rt = ip_route_output_ports(net, daddr);
      if (at(A$__ip_queue_xmit.L226)) yield;
      if (at(A$__ip_queue_xmit.L228)) yield;
      sk.sk_dst_cache = rt;
    }
    $f.vars.rt = rt;
    if (at(A$__ip_queue_xmit.L230)) yield;
    skb._skb_refdst = rt;
  }
  if (at(A$__ip_queue_xmit.L235)) yield;
  skb_push(skb, 20);
  if (at(A$__ip_queue_xmit.L236)) yield;
  skb_reset_network_header(skb);
  if (at(A$__ip_queue_xmit.L237)) yield;
  const iph = skb.iph;
  $f.vars.iph = iph;
  if (at(A$__ip_queue_xmit.L239)) yield;
  if (at(A$__ip_queue_xmit.L240)) yield;
  if (at(A$__ip_queue_xmit.L241)) yield;
  iph.frag_off = IP_DF;
  if (at(A$__ip_queue_xmit.L244)) yield;
  iph.ttl = inet.uc_ttl < 0 ? 64 : inet.uc_ttl;
  if (at(A$__ip_queue_xmit.L245)) yield;
  if (at(A$__ip_queue_xmit.L246)) yield;
  iph.saddr = inet.inet_saddr;
  iph.daddr = inet.inet_daddr;
  if (at(A$__ip_queue_xmit.L249)) yield;
  iph.id = inet.inet_id & 0xffff;
  inet.inet_id = (inet.inet_id + 1) & 0xffff;
  if (at(A$__ip_queue_xmit.L252)) yield;
  const res = ($E.fast || $E.twinOk[ip_local_out.k] === 1 ? ip_local_out$fast(net, sk, skb) : yield* ip_local_out(net, sk, skb));
  $f.vars.res = res;
  if (at(A$__ip_queue_xmit.L253)) yield;
  if (at(A$__ip_queue_xmit.L254)) yield;
  return res;
  } finally {
    leave($f);
  }
}
const A$ip_send_skb = defineFn('net/ipv4/ip_output.c', 'ip_send_skb', [273, 274, 281]);

/** A datagram or reply built whole, its route on it (skb_dst). */
export function* ip_send_skb(net: Net, skb: SkBuff): Sim<number> {
  const $f = enter(A$ip_send_skb, { net, skb });
  try {
  if (at(A$ip_send_skb.L273)) yield;
  const err = ($E.fast || $E.twinOk[ip_local_out.k] === 1 ? ip_local_out$fast(net, skb.sk as Sock | null, skb) : yield* ip_local_out(net, skb.sk as Sock | null, skb));
  $f.vars.err = err;
  if (at(A$ip_send_skb.L274)) yield;
  if (at(A$ip_send_skb.L281)) yield;
  return err;
  } finally {
    leave($f);
  }
}

/**
 * ip_send_unicast_reply → ip_push_pending_frames → ip_send_skb, not stepped here: a reply built
 * from a received segment (TCP's resets and ACKs without a socket of their own), its IP header made
 * by ip_append_data, its route to the segment's sender.
 */
export function* ip_send_unicast_reply(net: Net, skb: SkBuff): Sim<number> {
  ipAppendLayout(skb);
  skb._skb_refdst = ip_route_output_ports(net, skb.iph.daddr);
  NET_INC_STATS(net, MIB.OutSegs);
  return ($E.fast || $E.twinOk[ip_send_skb.k] === 1 ? ip_send_skb$fast(net, skb) : yield* ip_send_skb(net, skb));
}


// ---- fast-path twins (scripts/twins.cjs) ----
import { E as $E, FAST_FRAME as $FF, driveToEnd as $drive, registerTwin as $kreg } from '../../../core/engine';
import { nf_hook$fast as nf_hook$fast, NF_HOOK_COND$fast as NF_HOOK_COND$fast } from '../netfilter/core';
import { neigh_output$fast as neigh_output$fast } from '../core/neighbour';
export function dst_output$fast(net: Net, sk: Sock | null, skb: SkBuff): any { const $e = $E; const $tb: any = $e.lineSink; let $t: any; let $o: number; let $s = 0;
  const $f = ($tb !== null && ($o = (A$dst_output.L17 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  try {
  ++$s;
  return (($t = skb._skb_refdst!.dst.output).fast !== undefined ? $t.fast(net, sk, skb) : $drive($t(net, sk, skb)));
  } finally {
    ($e.steps += $s, $tb !== null && ($o = (A$dst_output.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
  }
}
export function __ip_local_out$fast(net: Net, sk: Sock | null, skb: SkBuff): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $s = 0;
  const iph = skb.iph;
  const $f = ($tb !== null && ($o = (A$__ip_local_out.L23 | 272629760), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  try {
  $s += 4;
  iph.tot_len = skb_len(skb);
  
  
  skb.protocol = ETH_P_IP;
  
  return nf_hook$fast(NFPROTO_IPV4, NF_INET_LOCAL_OUT, net, sk, skb, null, skb._skb_refdst!.dst.dev, dst_output_okfn);
  } finally {
    ($e.steps += $s, $tb !== null && ($o = (A$__ip_local_out.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
  }
}
export function ip_local_out$fast(net: Net, sk: Sock | null, skb: SkBuff): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $s = 0; let $x = -1;
  const $f = ($tb !== null && ($o = (A$ip_local_out.L45 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  try {
  ++$s;
  let err = __ip_local_out$fast(net, sk, skb);
  
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$ip_local_out.L46) : $tb.op($e.now, A$ip_local_out.L46));
  if (err === 1) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$ip_local_out.L47) : $tb.op($e.now, A$ip_local_out.L47));
    err = dst_output$fast(net, sk, skb);
  }
  ++$s; $x = A$ip_local_out.L49 | 1048576;
  return err;
  } finally {
    ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$ip_local_out.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
  }
}
export function ip_build_and_send_pkt$fast(skb: SkBuff, sk: Sock, saddr: string, daddr: string): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $s = 0;
  const inet = inet_sk(sk);
  const net = sk.sk_net;
  const rt = skb._skb_refdst;
  const $f = ($tb !== null && ($o = (A$ip_build_and_send_pkt.L67 | 283115520), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  try {
  $s += 14;
  skb_push(skb, 20);
  
  skb_reset_network_header(skb);
  
  const iph = skb.iph;
  
  
  
  
  
  iph.ttl = inet.uc_ttl < 0 ? 64 : inet.uc_ttl;
  
  iph.daddr = daddr;
  
  iph.saddr = saddr;
  
  
  
  iph.frag_off = IP_DF;
  
  iph.id = 0;
  
  return ip_local_out$fast(net, skb.sk as Sock | null, skb);
  } finally {
    ($e.steps += $s, $tb !== null && ($o = (A$ip_build_and_send_pkt.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
  }
}
export function ip_finish_output2$fast(net: Net, sk: Sock | null, skb: SkBuff): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $s = 0; let $x = -1;
  const rt = skb._skb_refdst!;
  const dev = rt.dst.dev;
  const $f = ($tb !== null && ($o = (A$ip_finish_output2.L100 | 270532608), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  try {
  $s += 2;
  const hh_len = LL_RESERVED_SPACE;
  
  
  if (skb_headroom(skb) < hh_len) throw new Error('ip_finish_output2: no headroom for the link-layer header');
  $s += 2; if ($tb !== null) ($o = (A$ip_finish_output2.L109 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  
  const neigh = ip_neigh_for_gw(rt, skb, net);
  
  $s += 3; if ($tb !== null) ($o = (A$ip_finish_output2.L113 | 2097152), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  
  
  const res = neigh_output$fast(neigh, skb, false);
  
  $s += 2; $x = A$ip_finish_output2.L119 | 2097152;
  
  return res;
  } finally {
    ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$ip_finish_output2.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
  }
}
export function __ip_finish_output$fast(net: Net, sk: Sock | null, skb: SkBuff): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $s = 0;
  const $f = ($tb !== null && ($o = (A$__ip_finish_output.L134 | 271581184), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  try {
  $s += 3;
  const mtu = skb._skb_refdst!.dst.dev.mtu;
  
  
  
  if (skb_len(skb) > mtu) {
    // ip_fragment is not simulated yet: the datagram crosses whole, as one packet (as before this
    // path existed; a datagram of up to 65507 bytes keeps working between hosts)
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__ip_finish_output.L139) : $tb.op($e.now, A$__ip_finish_output.L139));
    return ip_finish_output2$fast(net, sk, skb);
  }
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__ip_finish_output.L141) : $tb.op($e.now, A$__ip_finish_output.L141));
  return ip_finish_output2$fast(net, sk, skb);
  } finally {
    ($e.steps += $s, $tb !== null && ($o = (A$__ip_finish_output.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
  }
}
export function ip_finish_output$fast(net: Net, sk: Sock | null, skb: SkBuff): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $s = 0;
  const $f = ($tb !== null && ($o = (A$ip_finish_output.L154 | 271581184), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  try {
  $s += 3;
  const ret = NET_XMIT_SUCCESS;
  
  
  
  return __ip_finish_output$fast(net, sk, skb);
  } finally {
    ($e.steps += $s, $tb !== null && ($o = (A$ip_finish_output.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
  }
}
export function ip_output$fast(net: Net, sk: Sock | null, skb: SkBuff): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $s = 0;
  const dev = skb._skb_refdst!.dst.dev;
  const $f = ($tb !== null && ($o = (A$ip_output.L172 | 272629760), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  try {
  $s += 4;
  NET_INC_STATS(net, MIB.OutRequests);
  
  skb.dev = dev;
  
  skb.protocol = ETH_P_IP;
  
  return NF_HOOK_COND$fast(NFPROTO_IPV4, NF_INET_POST_ROUTING, net, sk, skb, null, dev, ip_finish_output_okfn, true);
  } finally {
    ($e.steps += $s, $tb !== null && ($o = (A$ip_output.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
  }
}
export function __ip_queue_xmit$fast(sk: Sock, skb: SkBuff, tos = 0): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $s = 0; let $x = -1;
  const inet = inet_sk(sk);
  const net = sk.sk_net;
  const $f = ($tb !== null && ($o = (A$__ip_queue_xmit.L202 | 271581184), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  try {
  $s += 3;
  
  let rt = skb._skb_refdst;
  
  if (!rt) {
    $s += 2; if ($tb !== null) ($o = (A$__ip_queue_xmit.L210 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
    rt = sk.sk_dst_cache;
    
    if (!rt) {
      $s += 2; if ($tb !== null) ($o = (A$__ip_queue_xmit.L215 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
      const daddr = inet.inet_daddr;
      
      
      rt = ip_route_output_ports(net, daddr);
      $s += 2; if ($tb !== null) ($o = (A$__ip_queue_xmit.L226 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
      
      sk.sk_dst_cache = rt;
    }
    
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__ip_queue_xmit.L230) : $tb.op($e.now, A$__ip_queue_xmit.L230));
    skb._skb_refdst = rt;
  }
  $s += 11; if ($tb !== null) ($o = (A$__ip_queue_xmit.L235 | 10485760), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  skb_push(skb, 20);
  
  skb_reset_network_header(skb);
  
  const iph = skb.iph;
  
  
  
  
  iph.frag_off = IP_DF;
  
  iph.ttl = inet.uc_ttl < 0 ? 64 : inet.uc_ttl;
  
  
  iph.saddr = inet.inet_saddr;
  iph.daddr = inet.inet_daddr;
  
  iph.id = inet.inet_id & 0xffff;
  inet.inet_id = (inet.inet_id + 1) & 0xffff;
  
  const res = ip_local_out$fast(net, sk, skb);
  
  $s += 2; $x = A$__ip_queue_xmit.L253 | 2097152;
  
  return res;
  } finally {
    ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$__ip_queue_xmit.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
  }
}
export function ip_send_skb$fast(net: Net, skb: SkBuff): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $s = 0; let $x = -1;
  const $f = ($tb !== null && ($o = (A$ip_send_skb.L273 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  try {
  ++$s;
  const err = ip_local_out$fast(net, skb.sk as Sock | null, skb);
  
  $s += 2; $x = A$ip_send_skb.L274 | 2097152;
  
  return err;
  } finally {
    ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$ip_send_skb.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
  }
}
export function ip_send_unicast_reply$fast(net: Net, skb: SkBuff): any { const $e = $E;
  ipAppendLayout(skb);
  skb._skb_refdst = ip_route_output_ports(net, skb.iph.daddr);
  NET_INC_STATS(net, MIB.OutSegs);
  return ip_send_skb$fast(net, skb);
}
$kreg(dst_output, dst_output$fast, 'dst_output', () => ['neigh_resolve_output', ip_output]);
$kreg(__ip_local_out, __ip_local_out$fast, '__ip_local_out', () => [nf_hook]);
$kreg(ip_local_out, ip_local_out$fast, 'ip_local_out', () => [__ip_local_out, dst_output]);
$kreg(ip_build_and_send_pkt, ip_build_and_send_pkt$fast, 'ip_build_and_send_pkt', () => [ip_local_out]);
$kreg(ip_finish_output2, ip_finish_output2$fast, 'ip_finish_output2', () => [neigh_output]);
$kreg(__ip_finish_output, __ip_finish_output$fast, '__ip_finish_output', () => [ip_finish_output2]);
$kreg(ip_finish_output, ip_finish_output$fast, 'ip_finish_output', () => [__ip_finish_output]);
$kreg(ip_output, ip_output$fast, 'ip_output', () => [NF_HOOK_COND]);
$kreg(__ip_queue_xmit, __ip_queue_xmit$fast, '__ip_queue_xmit', () => [ip_local_out]);
$kreg(ip_send_skb, ip_send_skb$fast, 'ip_send_skb', () => [ip_local_out]);
$kreg(ip_send_unicast_reply, ip_send_unicast_reply$fast, 'ip_send_unicast_reply', () => [ip_send_skb]);

// ---- kernel names ----
(dst_output as any).kname = 'dst_output';
(ip_finish_output as any).kname = 'ip_finish_output';
(ip_output as any).kname = 'ip_output';
