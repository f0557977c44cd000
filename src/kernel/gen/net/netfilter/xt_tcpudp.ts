// generated — do not edit. Written by scripts/gen-kernel.ts from src/kernel/net/netfilter/xt_tcpudp.ts
// @ts-nocheck
// net/netfilter/xt_tcpudp.c: the tcp and udp matches — a rule's --sport and --dport (a port or a
// range; 0..65535 when not given) and TCP's --tcp-flags, read from the transport header after the
// IP header (skb->data is at the IP header at every filter hook).

import type { Sim } from '../../../core/engine';
import { at, enter, leave } from '../../../core/engine';
import { defineFn } from '../../../core/anchors';
import type { SkBuff } from '../../../include/linux/skbuff';
import type { XtActionParam, XtMatch } from '../../../include/net/netfilter';

/** The TCP header's byte 13: CWR ECE URG ACK PSH RST SYN FIN. */
function flagsByte(th: NonNullable<SkBuff['th']>): number {
  return th.fin | (th.syn << 1) | (th.rst << 2) | (th.psh << 3) | (th.ack << 4) | (th.urg << 5) | (th.ece << 6) | (th.cwr << 7);
}
const A$port_match = defineFn('net/netfilter/xt_tcpudp.c', 'port_match', [19]);

export function* port_match(min: number, max: number, port: number, invert: boolean): Sim<boolean> {
  const $f = enter(A$port_match, { min, max, port, invert });
  try {
  if (at(A$port_match.L19)) yield;
  return (port >= min && port <= max) !== invert;
  } finally {
    leave($f);
  }
}
const A$tcp_mt = defineFn('net/netfilter/xt_tcpudp.c', 'tcp_mt', [34, 36, 40, 42, 45, 46, 49, 52, 54, 56]);

export function* tcp_mt(skb: SkBuff, par: XtActionParam): Sim<boolean> {
  const tcpinfo = par.matchinfo!;
  const $f = enter(A$tcp_mt, { skb, par, tcpinfo });
  try {
  if (at(A$tcp_mt.L34)) yield;
  if (par.fragoff !== 0) {
    if (at(A$tcp_mt.L36)) yield;
    return false;
  }
  if (at(A$tcp_mt.L40)) yield;
  const th = skb.th!;
  $f.vars.th = th;
  if (at(A$tcp_mt.L42)) yield;
  if (!(($E.fast || $E.twinOk[port_match.k] === 1 ? port_match$fast(tcpinfo.spts[0], tcpinfo.spts[1], th.source, false) : yield* port_match(tcpinfo.spts[0], tcpinfo.spts[1], th.source, false)))) {
    if (at(A$tcp_mt.L45)) yield;
    return false;
  }
  if (at(A$tcp_mt.L46)) yield;
  if (!(($E.fast || $E.twinOk[port_match.k] === 1 ? port_match$fast(tcpinfo.dpts[0], tcpinfo.dpts[1], th.dest, false) : yield* port_match(tcpinfo.dpts[0], tcpinfo.dpts[1], th.dest, false)))) {
    if (at(A$tcp_mt.L49)) yield;
    return false;
  }
  if (at(A$tcp_mt.L52)) yield;
  if ((flagsByte(th) & tcpinfo.flg_mask) !== tcpinfo.flg_cmp) {
    if (at(A$tcp_mt.L54)) yield;
    return false;
  }
  if (at(A$tcp_mt.L56)) yield;
  return true;
  } finally {
    leave($f);
  }
}
const A$udp_mt = defineFn('net/netfilter/xt_tcpudp.c', 'udp_mt', [70, 71, 73, 75]);

export function* udp_mt(skb: SkBuff, par: XtActionParam): Sim<boolean> {
  const udpinfo = par.matchinfo!;
  const $f = enter(A$udp_mt, { skb, par, udpinfo });
  try {
  if (at(A$udp_mt.L70)) yield;
  if (par.fragoff !== 0) {
    if (at(A$udp_mt.L71)) yield;
    return false;
  }
  if (at(A$udp_mt.L73)) yield;
  const uh = skb.uh!;
  $f.vars.uh = uh;
  if (at(A$udp_mt.L75)) yield;
  return (($E.fast || $E.twinOk[port_match.k] === 1 ? port_match$fast(udpinfo.spts[0], udpinfo.spts[1], uh.source, false) : yield* port_match(udpinfo.spts[0], udpinfo.spts[1], uh.source, false))) && (($E.fast || $E.twinOk[port_match.k] === 1 ? port_match$fast(udpinfo.dpts[0], udpinfo.dpts[1], uh.dest, false) : yield* port_match(udpinfo.dpts[0], udpinfo.dpts[1], uh.dest, false)));
  } finally {
    leave($f);
  }
}

/** The registered matches (tcpudp_mt_reg): what `-p tcp`, `-p udp` bring into a rule. */
export const xt_tcp_match: XtMatch = { name: 'tcp', match: tcp_mt };
export const xt_udp_match: XtMatch = { name: 'udp', match: udp_mt };


// ---- fast-path twins (scripts/twins.cjs) ----
import { E as $E, FAST_FRAME as $FF, driveToEnd as $drive, registerTwin as $kreg } from '../../../core/engine';
export function port_match$fast(min: number, max: number, port: number, invert: boolean): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0;
  const $f = ($tb !== null && ($o = (A$port_match.L19 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  ++$s;
  return ($r = ((port >= min && port <= max) !== invert), ($e.steps += $s, $tb !== null && ($o = (A$port_match.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
export function tcp_mt$fast(skb: SkBuff, par: XtActionParam): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0; let $x = -1;
  const tcpinfo = par.matchinfo!;
  const $f = ($tb !== null && ($o = (A$tcp_mt.L34 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  ++$s;
  if (par.fragoff !== 0) {
    ++$s; $x = A$tcp_mt.L36 | 1048576;
    return ($r = (false), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_mt.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
  $s += 2; if ($tb !== null) ($o = (A$tcp_mt.L40 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  const th = skb.th!;
  
  
  if (!(port_match$fast(tcpinfo.spts[0], tcpinfo.spts[1], th.source, false))) {
    ++$s; $x = A$tcp_mt.L45 | 1048576;
    return ($r = (false), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_mt.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_mt.L46) : $tb.op($e.now, A$tcp_mt.L46));
  if (!(port_match$fast(tcpinfo.dpts[0], tcpinfo.dpts[1], th.dest, false))) {
    ++$s; $x = A$tcp_mt.L49 | 1048576;
    return ($r = (false), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_mt.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_mt.L52) : $tb.op($e.now, A$tcp_mt.L52));
  if ((flagsByte(th) & tcpinfo.flg_mask) !== tcpinfo.flg_cmp) {
    ++$s; $x = A$tcp_mt.L54 | 1048576;
    return ($r = (false), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_mt.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
  ++$s; $x = A$tcp_mt.L56 | 1048576;
  return ($r = (true), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_mt.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
export function udp_mt$fast(skb: SkBuff, par: XtActionParam): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0; let $x = -1;
  const udpinfo = par.matchinfo!;
  const $f = ($tb !== null && ($o = (A$udp_mt.L70 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  ++$s;
  if (par.fragoff !== 0) {
    ++$s; $x = A$udp_mt.L71 | 1048576;
    return ($r = (false), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$udp_mt.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
  $s += 2; if ($tb !== null) ($o = (A$udp_mt.L73 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  const uh = skb.uh!;
  
  
  return ($r = ((port_match$fast(udpinfo.spts[0], udpinfo.spts[1], uh.source, false)) && (port_match$fast(udpinfo.dpts[0], udpinfo.dpts[1], uh.dest, false))), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$udp_mt.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
$kreg(port_match, port_match$fast, 'port_match', () => []);
$kreg(tcp_mt, tcp_mt$fast, 'tcp_mt', () => [port_match]);
$kreg(udp_mt, udp_mt$fast, 'udp_mt', () => [port_match]);

// ---- kernel names ----
(tcp_mt as any).kname = 'tcp_mt';
(udp_mt as any).kname = 'udp_mt';
