// generated — do not edit. Written by scripts/gen-kernel.ts from src/kernel/net/ipv4/ip_input.ts
// @ts-nocheck
// net/ipv4/ip_input.c (and include/net/dst.h's dst_input): IP on the way up. ip_rcv (ETH_P_IP's
// handler) checks the header, NF_INET_PRE_ROUTING, ip_rcv_finish routes it (ip_route_input_noref:
// local) and dst_input calls the route's input, ip_local_deliver: a fragment to ip_defrag
// (ip_fragment.ts) until its datagram is whole, then NF_INET_LOCAL_IN, then
// ip_local_deliver_finish pulls the IP header and inet_protos[protocol]->handler takes it.

import type { Sim } from '../../../core/engine';
import { at, enter, leave } from '../../../core/engine';
import { defineFn } from '../../../core/anchors';
import type { SkBuff } from '../../../include/linux/skbuff';
import { skb_len, skb_network_header_len, skb_pull, ip_is_fragment } from '../../../include/linux/skbuff';
import { IP_DEFRAG_LOCAL_DELIVER } from '../../../include/net/inet_frag';
import { ip_defrag } from './ip_fragment';
import type { Sock } from '../../../include/net/sock';
import type { Net } from '../../../include/net/net_namespace';
import { MIB, NET_INC_STATS } from '../../../include/net/net_namespace';
import type { NetDevice } from '../../../include/linux/netdevice';
import { NET_RX_DROP, NET_RX_SUCCESS, PACKET_OTHERHOST } from '../../../include/linux/netdevice';
import { IPPROTO_ICMP, IPPROTO_TCP, IPPROTO_UDP } from '../../../include/uapi';
import { NF_HOOK, NFPROTO_IPV4, NF_INET_PRE_ROUTING, NF_INET_LOCAL_IN } from '../netfilter/core';
import { ip_route_input_noref } from './route';
import { tcp_v4_rcv } from './tcp_ipv4';
import { udp_rcv } from './udp';
import { icmp_rcv } from './icmp';

/** struct net_protocol: what inet_init adds to inet_protos (af_inet.c's tcp_protocol, udp_protocol, icmp_protocol). */
export interface NetProtocol {
  readonly name: string;
  handler(skb: SkBuff, net: Net): Sim<number>;
}
const tcp_protocol: NetProtocol = { name: 'tcp_protocol', handler: tcp_v4_rcv };
const udp_protocol: NetProtocol = { name: 'udp_protocol', handler: udp_rcv };
const icmp_protocol: NetProtocol = { name: 'icmp_protocol', handler: icmp_rcv };

/** inet_protos[], by IP protocol number. */
export function inet_protos(protocol: number): NetProtocol | null {
  return protocol === IPPROTO_TCP ? tcp_protocol : protocol === IPPROTO_UDP ? udp_protocol : protocol === IPPROTO_ICMP ? icmp_protocol : null;
}

const ip_rcv_finish_okfn = { okfn: ip_rcv_finish };
const ip_local_deliver_finish_okfn = { okfn: ip_local_deliver_finish };
const A$ip_protocol_deliver_rcu = defineFn('net/ipv4/ip_input.c', 'ip_protocol_deliver_rcu', [24, 27, 28, 30, 33]);

export function* ip_protocol_deliver_rcu(net: Net, skb: SkBuff, protocol: number): Sim<void> { let $t: any;
  const $f = enter(A$ip_protocol_deliver_rcu, { net, skb, protocol });
  try {
  if (at(A$ip_protocol_deliver_rcu.L24)) yield;
  if (at(A$ip_protocol_deliver_rcu.L27)) yield;
  const ipprot = inet_protos(protocol);
  $f.vars.ipprot = ipprot;
  if (at(A$ip_protocol_deliver_rcu.L28)) yield;
  if (ipprot) {
    if (at(A$ip_protocol_deliver_rcu.L30)) yield;
    (($t = ipprot.handler).fast !== undefined && ($E.fast || $E.twinOk[$t.k] === 1) ? $t.fast(skb, net) : yield* ipprot.handler(skb, net));
    if (at(A$ip_protocol_deliver_rcu.L33)) yield;
    NET_INC_STATS(net, MIB.InDelivers);
  }
  } finally {
    leave($f);
  }
}
const A$ip_local_deliver_finish = defineFn('net/ipv4/ip_input.c', 'ip_local_deliver_finish', [47, 49, 50, 51, 53]);

export function* ip_local_deliver_finish(net: Net, sk: Sock | null, skb: SkBuff): Sim<number> {
  const $f = enter(A$ip_local_deliver_finish, { net, sk, skb });
  try {
  if (at(A$ip_local_deliver_finish.L47)) yield;
  skb_pull(skb, skb_network_header_len(skb));
  if (at(A$ip_local_deliver_finish.L49)) yield;
  if (at(A$ip_local_deliver_finish.L50)) yield;
  ($E.fast || $E.twinOk[ip_protocol_deliver_rcu.k] === 1 ? ip_protocol_deliver_rcu$fast(net, skb, skb.iph.protocol) : yield* ip_protocol_deliver_rcu(net, skb, skb.iph.protocol));
  if (at(A$ip_local_deliver_finish.L51)) yield;
  if (at(A$ip_local_deliver_finish.L53)) yield;
  return 0;
  } finally {
    leave($f);
  }
}
const A$ip_local_deliver = defineFn('net/ipv4/ip_input.c', 'ip_local_deliver', [69, 70, 71, 74]);

/** The local route's dst->input. */
export function* ip_local_deliver(skb: SkBuff): Sim<number> {
  const net = skb.dev!.net;
  const $f = enter(A$ip_local_deliver, { skb, net });
  try {
  if (at(A$ip_local_deliver.L69)) yield;
  if (ip_is_fragment(skb.iph)) {
    if (at(A$ip_local_deliver.L70)) yield;
    if (($E.fast || $E.twinOk[ip_defrag.k] === 1 ? ip_defrag$fast(net, skb, IP_DEFRAG_LOCAL_DELIVER) : yield* ip_defrag(net, skb, IP_DEFRAG_LOCAL_DELIVER))) {
      if (at(A$ip_local_deliver.L71)) yield;
      return 0;
    }
  }
  if (at(A$ip_local_deliver.L74)) yield;
  return ($E.fast || $E.twinOk[NF_HOOK.k] === 1 ? NF_HOOK$fast(NFPROTO_IPV4, NF_INET_LOCAL_IN, net, null, skb, skb.dev, null, ip_local_deliver_finish_okfn) : yield* NF_HOOK(NFPROTO_IPV4, NF_INET_LOCAL_IN, net, null, skb, skb.dev, null, ip_local_deliver_finish_okfn));
  } finally {
    leave($f);
  }
}
const A$dst_input = defineFn('include/net/dst.h', 'dst_input', [27]);

/** include/net/dst.h: the input route's function — ip_local_deliver. */
export function* dst_input(skb: SkBuff): Sim<number> { let $t: any;
  const $f = enter(A$dst_input, { skb, dst: skb._skb_refdst });
  try {
  if (at(A$dst_input.L27)) yield;
  return (($t = skb._skb_refdst!.dst.input).fast !== undefined && ($E.fast || $E.twinOk[$t.k] === 1) ? $t.fast(skb) : yield* skb._skb_refdst!.dst.input(skb));
  } finally {
    leave($f);
  }
}
const A$ip_rcv_finish_core = defineFn('net/ipv4/ip_input.c', 'ip_rcv_finish_core', [95, 106, 109, 111, 115, 116, 118, 120, 125]);

export function* ip_rcv_finish_core(net: Net, sk: Sock | null, skb: SkBuff, dev: NetDevice): Sim<number> {
  const iph = skb.iph;
  const $f = enter(A$ip_rcv_finish_core, { net, sk, skb, dev, iph });
  try {
  if (at(A$ip_rcv_finish_core.L95)) yield;
  if (at(A$ip_rcv_finish_core.L106)) yield;
  if (!skb._skb_refdst) {
    if (at(A$ip_rcv_finish_core.L109)) yield;
    const err = ip_route_input_noref(skb, iph.daddr, net);
    $f.vars.err = err;
    if (at(A$ip_rcv_finish_core.L111)) yield;
    if (err) {
      NET_INC_STATS(net, MIB.InAddrErrors);
      return NET_RX_DROP;
    }
  }
  if (at(A$ip_rcv_finish_core.L115)) yield;
  $f.vars.rt = skb._skb_refdst;
  if (at(A$ip_rcv_finish_core.L116)) yield;
  if (at(A$ip_rcv_finish_core.L118)) yield;
  if (at(A$ip_rcv_finish_core.L120)) yield;
  if (at(A$ip_rcv_finish_core.L125)) yield;
  return NET_RX_SUCCESS;
  } finally {
    leave($f);
  }
}
const A$ip_rcv_finish = defineFn('net/ipv4/ip_input.c', 'ip_rcv_finish', [139, 140, 141, 142]);

export function* ip_rcv_finish(net: Net, sk: Sock | null, skb: SkBuff): Sim<number> {
  const dev = skb.dev!;
  const $f = enter(A$ip_rcv_finish, { net, sk, skb, dev });
  try {
  if (at(A$ip_rcv_finish.L139)) yield;
  let ret = ($E.fast || $E.twinOk[ip_rcv_finish_core.k] === 1 ? ip_rcv_finish_core$fast(net, sk, skb, dev) : yield* ip_rcv_finish_core(net, sk, skb, dev));
  $f.vars.ret = ret;
  if (at(A$ip_rcv_finish.L140)) yield;
  if (ret !== NET_RX_DROP) {
    if (at(A$ip_rcv_finish.L141)) yield;
    ret = ($E.fast || $E.twinOk[dst_input.k] === 1 ? dst_input$fast(skb) : yield* dst_input(skb));
  }
  if (at(A$ip_rcv_finish.L142)) yield;
  return ret;
  } finally {
    leave($f);
  }
}
const A$ip_rcv_core = defineFn('net/ipv4/ip_input.c', 'ip_rcv_core', [158, 161, 163, 166, 168, 171, 174, 176, 179, 180, 181, 183, 186, 188, 190]);

export function* ip_rcv_core(skb: SkBuff, net: Net): Sim<SkBuff | null> {
  const $f = enter(A$ip_rcv_core, { skb, net });
  try {
  if (at(A$ip_rcv_core.L158)) yield;
  if (skb.pkt_type === PACKET_OTHERHOST) return null;
  if (at(A$ip_rcv_core.L161)) yield;
  NET_INC_STATS(net, MIB.InReceives);
  if (at(A$ip_rcv_core.L163)) yield;
  if (at(A$ip_rcv_core.L166)) yield;
  const iph = skb.iph;
  $f.vars.iph = iph;
  if (at(A$ip_rcv_core.L168)) yield;
  if (at(A$ip_rcv_core.L171)) yield;
  if (at(A$ip_rcv_core.L174)) yield;
  if (at(A$ip_rcv_core.L176)) yield;
  if (at(A$ip_rcv_core.L179)) yield;
  const len = iph.tot_len;
  $f.vars.len = len;
  if (at(A$ip_rcv_core.L180)) yield;
  if (skb_len(skb) < len) {
    if (at(A$ip_rcv_core.L181)) yield;
    NET_INC_STATS(net, MIB.InTruncatedPkts);
    return null;
  }
  if (at(A$ip_rcv_core.L183)) yield;
  if (at(A$ip_rcv_core.L186)) yield;
  if (at(A$ip_rcv_core.L188)) yield;
  skb.transport_header = skb.network_header + 20;
  if (at(A$ip_rcv_core.L190)) yield;
  // (skb_orphan: it belongs to no socket on this side)
  skb.sk = null;
  return skb;
  } finally {
    leave($f);
  }
}
const A$ip_rcv = defineFn('net/ipv4/ip_input.c', 'ip_rcv', [204, 205, 206, 209]);

/** ip_packet_type.func: ETH_P_IP's handler. */
export function* ip_rcv(skb: SkBuff, dev: NetDevice): Sim<number> {
  const net = dev.net;
  const $f = enter(A$ip_rcv, { skb, dev, net });
  try {
  if (at(A$ip_rcv.L204)) yield;
  const s = ($E.fast || $E.twinOk[ip_rcv_core.k] === 1 ? ip_rcv_core$fast(skb, net) : yield* ip_rcv_core(skb, net));
  if (at(A$ip_rcv.L205)) yield;
  if (s === null) {
    if (at(A$ip_rcv.L206)) yield;
    return NET_RX_DROP;
  }
  if (at(A$ip_rcv.L209)) yield;
  return ($E.fast || $E.twinOk[NF_HOOK.k] === 1 ? NF_HOOK$fast(NFPROTO_IPV4, NF_INET_PRE_ROUTING, net, null, skb, dev, null, ip_rcv_finish_okfn) : yield* NF_HOOK(NFPROTO_IPV4, NF_INET_PRE_ROUTING, net, null, skb, dev, null, ip_rcv_finish_okfn));
  } finally {
    leave($f);
  }
}


// ---- fast-path twins (scripts/twins.cjs) ----
import { E as $E, FAST_FRAME as $FF, driveToEnd as $drive, registerTwin as $kreg } from '../../../core/engine';
import { ip_defrag$fast as ip_defrag$fast } from './ip_fragment';
import { NF_HOOK$fast as NF_HOOK$fast } from '../netfilter/core';
export function ip_protocol_deliver_rcu$fast(net: Net, skb: SkBuff, protocol: number): any { const $e = $E; const $tb: any = $e.lineSink; let $t: any; let $o: number; let $s = 0;
  const $f = ($tb !== null && ($o = (A$ip_protocol_deliver_rcu.L24 | 270532608), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  $s += 2;
  
  const ipprot = inet_protos(protocol);
  
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$ip_protocol_deliver_rcu.L28) : $tb.op($e.now, A$ip_protocol_deliver_rcu.L28));
  if (ipprot) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$ip_protocol_deliver_rcu.L30) : $tb.op($e.now, A$ip_protocol_deliver_rcu.L30));
    (($t = ipprot.handler).fast !== undefined ? $t.fast(skb, net) : $drive($t(skb, net)));
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$ip_protocol_deliver_rcu.L33) : $tb.op($e.now, A$ip_protocol_deliver_rcu.L33));
    NET_INC_STATS(net, MIB.InDelivers);
  }
  } ($e.steps += $s, $tb !== null && ($o = (A$ip_protocol_deliver_rcu.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
}
export function ip_local_deliver_finish$fast(net: Net, sk: Sock | null, skb: SkBuff): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0; let $x = -1;
  const $f = ($tb !== null && ($o = (A$ip_local_deliver_finish.L47 | 271581184), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  $s += 3;
  skb_pull(skb, skb_network_header_len(skb));
  
  
  ip_protocol_deliver_rcu$fast(net, skb, skb.iph.protocol);
  $s += 2; $x = A$ip_local_deliver_finish.L51 | 2097152;
  
  return ($r = (0), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$ip_local_deliver_finish.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
export function ip_local_deliver$fast(skb: SkBuff): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0; let $x = -1;
  const net = skb.dev!.net;
  const $f = ($tb !== null && ($o = (A$ip_local_deliver.L69 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  ++$s;
  if (ip_is_fragment(skb.iph)) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$ip_local_deliver.L70) : $tb.op($e.now, A$ip_local_deliver.L70));
    if (ip_defrag$fast(net, skb, IP_DEFRAG_LOCAL_DELIVER)) {
      ++$s; $x = A$ip_local_deliver.L71 | 1048576;
      return ($r = (0), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$ip_local_deliver.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
    }
  }
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$ip_local_deliver.L74) : $tb.op($e.now, A$ip_local_deliver.L74));
  return ($r = (NF_HOOK$fast(NFPROTO_IPV4, NF_INET_LOCAL_IN, net, null, skb, skb.dev, null, ip_local_deliver_finish_okfn)), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$ip_local_deliver.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
export function dst_input$fast(skb: SkBuff): any { const $e = $E; const $tb: any = $e.lineSink; let $t: any; let $o: number; let $r: any; let $s = 0;
  const $f = ($tb !== null && ($o = (A$dst_input.L27 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  ++$s;
  return ($r = ((($t = skb._skb_refdst!.dst.input).fast !== undefined ? $t.fast(skb) : $drive($t(skb)))), ($e.steps += $s, $tb !== null && ($o = (A$dst_input.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
export function ip_rcv_finish_core$fast(net: Net, sk: Sock | null, skb: SkBuff, dev: NetDevice): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0; let $x = -1;
  const iph = skb.iph;
  const $f = ($tb !== null && ($o = (A$ip_rcv_finish_core.L95 | 270532608), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  $s += 2;
  
  if (!skb._skb_refdst) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$ip_rcv_finish_core.L109) : $tb.op($e.now, A$ip_rcv_finish_core.L109));
    const err = ip_route_input_noref(skb, iph.daddr, net);
    
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$ip_rcv_finish_core.L111) : $tb.op($e.now, A$ip_rcv_finish_core.L111));
    if (err) {
      NET_INC_STATS(net, MIB.InAddrErrors);
      return ($r = (NET_RX_DROP), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$ip_rcv_finish_core.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
    }
  }
  $s += 5; $x = A$ip_rcv_finish_core.L115 | 5242880;
  
  
  
  
  
  return ($r = (NET_RX_SUCCESS), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$ip_rcv_finish_core.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
export function ip_rcv_finish$fast(net: Net, sk: Sock | null, skb: SkBuff): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0; let $x = -1;
  const dev = skb.dev!;
  const $f = ($tb !== null && ($o = (A$ip_rcv_finish.L139 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  ++$s;
  let ret = ip_rcv_finish_core$fast(net, sk, skb, dev);
  
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$ip_rcv_finish.L140) : $tb.op($e.now, A$ip_rcv_finish.L140));
  if (ret !== NET_RX_DROP) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$ip_rcv_finish.L141) : $tb.op($e.now, A$ip_rcv_finish.L141));
    ret = dst_input$fast(skb);
  }
  ++$s; $x = A$ip_rcv_finish.L142 | 1048576;
  return ($r = (ret), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$ip_rcv_finish.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
export function ip_rcv_core$fast(skb: SkBuff, net: Net): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0; let $x = -1;
  const $f = ($tb !== null && ($o = (A$ip_rcv_core.L158 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  ++$s;
  if (skb.pkt_type === PACKET_OTHERHOST) return ($r = (null), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$ip_rcv_core.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  $s += 9; if ($tb !== null) ($o = (A$ip_rcv_core.L161 | 8388608), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  NET_INC_STATS(net, MIB.InReceives);
  
  
  const iph = skb.iph;
  
  
  
  
  
  
  const len = iph.tot_len;
  
  
  if (skb_len(skb) < len) {
    ++$s; $x = A$ip_rcv_core.L181 | 1048576;
    NET_INC_STATS(net, MIB.InTruncatedPkts);
    return ($r = (null), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$ip_rcv_core.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
  $s += 4; $x = A$ip_rcv_core.L183 | 4194304;
  
  
  skb.transport_header = skb.network_header + 20;
  
  // (skb_orphan: it belongs to no socket on this side)
  skb.sk = null;
  return ($r = (skb), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$ip_rcv_core.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
export function ip_rcv$fast(skb: SkBuff, dev: NetDevice): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0; let $x = -1;
  const net = dev.net;
  const $f = ($tb !== null && ($o = (A$ip_rcv.L204 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  ++$s;
  const s = ip_rcv_core$fast(skb, net);
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$ip_rcv.L205) : $tb.op($e.now, A$ip_rcv.L205));
  if (s === null) {
    ++$s; $x = A$ip_rcv.L206 | 1048576;
    return ($r = (NET_RX_DROP), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$ip_rcv.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$ip_rcv.L209) : $tb.op($e.now, A$ip_rcv.L209));
  return ($r = (NF_HOOK$fast(NFPROTO_IPV4, NF_INET_PRE_ROUTING, net, null, skb, dev, null, ip_rcv_finish_okfn)), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$ip_rcv.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
$kreg(ip_protocol_deliver_rcu, ip_protocol_deliver_rcu$fast, 'ip_protocol_deliver_rcu', () => [icmp_rcv, tcp_v4_rcv, udp_rcv]);
$kreg(ip_local_deliver_finish, ip_local_deliver_finish$fast, 'ip_local_deliver_finish', () => [ip_protocol_deliver_rcu]);
$kreg(ip_local_deliver, ip_local_deliver$fast, 'ip_local_deliver', () => [NF_HOOK, ip_defrag]);
$kreg(dst_input, dst_input$fast, 'dst_input', () => [ip_local_deliver]);
$kreg(ip_rcv_finish_core, ip_rcv_finish_core$fast, 'ip_rcv_finish_core', () => []);
$kreg(ip_rcv_finish, ip_rcv_finish$fast, 'ip_rcv_finish', () => [dst_input, ip_rcv_finish_core]);
$kreg(ip_rcv_core, ip_rcv_core$fast, 'ip_rcv_core', () => []);
$kreg(ip_rcv, ip_rcv$fast, 'ip_rcv', () => [NF_HOOK, ip_rcv_core]);

// ---- kernel names ----
(ip_local_deliver_finish as any).kname = 'ip_local_deliver_finish';
(ip_local_deliver as any).kname = 'ip_local_deliver';
(ip_rcv_finish as any).kname = 'ip_rcv_finish';
(ip_rcv as any).kname = 'ip_rcv';
