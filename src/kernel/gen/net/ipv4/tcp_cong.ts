// generated — do not edit. Written by scripts/gen-kernel.ts from src/kernel/net/ipv4/tcp_cong.ts
// @ts-nocheck
// net/ipv4/tcp_cong.c: the congestion window — Reno's slow start and congestion avoidance, the
// congestion control this simulator implements (v5.4's default is CUBIC, whose window grows by a
// cubic function of the time since the last loss; Reno's +1 per ACKed segment below ssthresh and
// +1 per window above it is what the lesson's plot can show segment by segment, and what the
// conformance suite's real side is set to: net.ipv4.tcp_congestion_control=reno).

import { Sim } from '../../../core/engine';
import { at, enter, leave } from '../../../core/engine';
import { defineFn } from '../../../core/anchors';
import type { Sock } from '../../../include/net/sock';
import { TcpSock, tcp_sk } from '../../../include/linux/tcp';

/** tcp_in_slow_start(): cwnd below ssthresh. */
export function tcp_in_slow_start(tp: TcpSock): boolean {
  return tp.snd_cwnd < tp.snd_ssthresh;
}

/** tcp_is_cwnd_limited(): was cwnd what limited sending (in slow start: is cwnd under twice what was in flight)? */
export function tcp_is_cwnd_limited(sk: Sock): boolean {
  const tp = tcp_sk(sk);
  if (tcp_in_slow_start(tp)) return tp.snd_cwnd < 2 * tp.max_packets_out;
  return tp.is_cwnd_limited;
}
const A$tcp_slow_start = defineFn('net/ipv4/tcp_cong.c', 'tcp_slow_start', [19, 21, 22, 24]);

/** tcp_slow_start(): cwnd grows by the segments ACKed, up to ssthresh; returns what is left over. */
export function* tcp_slow_start(tp: TcpSock, acked: number): Sim<number> {
  const $f = enter(A$tcp_slow_start, { tp, acked });
  try {
  if (at(A$tcp_slow_start.L19)) yield;
  const cwnd = Math.min(tp.snd_cwnd + acked, tp.snd_ssthresh);
  $f.vars.cwnd = cwnd;
  if (at(A$tcp_slow_start.L21)) yield;
  acked -= cwnd - tp.snd_cwnd;
  if (at(A$tcp_slow_start.L22)) yield;
  tp.snd_cwnd = Math.min(cwnd, tp.snd_cwnd_clamp);
  if (at(A$tcp_slow_start.L24)) yield;
  return acked;
  } finally {
    leave($f);
  }
}
const A$tcp_cong_avoid_ai = defineFn('net/ipv4/tcp_cong.c', 'tcp_cong_avoid_ai', [35, 36, 37, 40, 41, 42, 44, 45, 47]);

/** tcp_cong_avoid_ai(): additive increase — one more segment of cwnd per w segments ACKed. */
export function* tcp_cong_avoid_ai(tp: TcpSock, w: number, acked: number): Sim<void> {
  const $f = enter(A$tcp_cong_avoid_ai, { tp, w, acked });
  try {
  if (at(A$tcp_cong_avoid_ai.L35)) yield;
  if (tp.snd_cwnd_cnt >= w) {
    if (at(A$tcp_cong_avoid_ai.L36)) yield;
    tp.snd_cwnd_cnt = 0;
    if (at(A$tcp_cong_avoid_ai.L37)) yield;
    tp.snd_cwnd++;
  }
  if (at(A$tcp_cong_avoid_ai.L40)) yield;
  tp.snd_cwnd_cnt += acked;
  if (at(A$tcp_cong_avoid_ai.L41)) yield;
  if (tp.snd_cwnd_cnt >= w) {
    if (at(A$tcp_cong_avoid_ai.L42)) yield;
    const delta = Math.floor(tp.snd_cwnd_cnt / w);
    if (at(A$tcp_cong_avoid_ai.L44)) yield;
    tp.snd_cwnd_cnt -= delta * w;
    if (at(A$tcp_cong_avoid_ai.L45)) yield;
    tp.snd_cwnd += delta;
  }
  if (at(A$tcp_cong_avoid_ai.L47)) yield;
  tp.snd_cwnd = Math.min(tp.snd_cwnd, tp.snd_cwnd_clamp);
  } finally {
    leave($f);
  }
}
const A$tcp_reno_cong_avoid = defineFn('net/ipv4/tcp_cong.c', 'tcp_reno_cong_avoid', [60, 61, 63, 64, 65, 66, 68]);

/** tcp_reno_cong_avoid() (tcp_reno's cong_avoid): slow start below ssthresh, then congestion avoidance. */
export function* tcp_reno_cong_avoid(sk: Sock, ack: number, acked: number): Sim<void> {
  const tp = tcp_sk(sk);
  const $f = enter(A$tcp_reno_cong_avoid, { sk, ack, acked, tp });
  try {
  if (at(A$tcp_reno_cong_avoid.L60)) yield;
  if (!tcp_is_cwnd_limited(sk)) {
    if (at(A$tcp_reno_cong_avoid.L61)) yield;
    return;
  }
  if (at(A$tcp_reno_cong_avoid.L63)) yield;
  if (tcp_in_slow_start(tp)) {
    if (at(A$tcp_reno_cong_avoid.L64)) yield;
    acked = ($E.fast || $E.twinOk[tcp_slow_start.k] === 1 ? tcp_slow_start$fast(tp, acked) : yield* tcp_slow_start(tp, acked));
    $f.vars.acked = acked;
    if (at(A$tcp_reno_cong_avoid.L65)) yield;
    if (!acked) {
      if (at(A$tcp_reno_cong_avoid.L66)) yield;
      return;
    }
  }
  if (at(A$tcp_reno_cong_avoid.L68)) yield;
  ($E.fast || $E.twinOk[tcp_cong_avoid_ai.k] === 1 ? tcp_cong_avoid_ai$fast(tp, tp.snd_cwnd, acked) : yield* tcp_cong_avoid_ai(tp, tp.snd_cwnd, acked));
  } finally {
    leave($f);
  }
}

/** tcp_reno_ssthresh(): after a loss, half the window (at least 2). */
export function tcp_reno_ssthresh(sk: Sock): number {
  return Math.max(tcp_sk(sk).snd_cwnd >>> 1, 2);
}


// ---- fast-path twins (scripts/twins.cjs) ----
import { E as $E, FAST_FRAME as $FF, driveToEnd as $drive, registerTwin as $kreg } from '../../../core/engine';
export function tcp_slow_start$fast(tp: TcpSock, acked: number): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0; let $x = -1;
  const $f = ($tb !== null && ($o = (A$tcp_slow_start.L19 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  ++$s;
  const cwnd = Math.min(tp.snd_cwnd + acked, tp.snd_ssthresh);
  
  $s += 2; if ($tb !== null) ($o = (A$tcp_slow_start.L21 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  acked -= cwnd - tp.snd_cwnd;
  
  tp.snd_cwnd = Math.min(cwnd, tp.snd_cwnd_clamp);
  ++$s; $x = A$tcp_slow_start.L24 | 1048576;
  return ($r = (acked), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_slow_start.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
export function tcp_cong_avoid_ai$fast(tp: TcpSock, w: number, acked: number): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $s = 0;
  const $f = ($tb !== null && ($o = (A$tcp_cong_avoid_ai.L35 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  ++$s;
  if (tp.snd_cwnd_cnt >= w) {
    $s += 2; if ($tb !== null) ($o = (A$tcp_cong_avoid_ai.L36 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
    tp.snd_cwnd_cnt = 0;
    
    tp.snd_cwnd++;
  }
  $s += 2; if ($tb !== null) ($o = (A$tcp_cong_avoid_ai.L40 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  tp.snd_cwnd_cnt += acked;
  
  if (tp.snd_cwnd_cnt >= w) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_cong_avoid_ai.L42) : $tb.op($e.now, A$tcp_cong_avoid_ai.L42));
    const delta = Math.floor(tp.snd_cwnd_cnt / w);
    $s += 2; if ($tb !== null) ($o = (A$tcp_cong_avoid_ai.L44 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
    tp.snd_cwnd_cnt -= delta * w;
    
    tp.snd_cwnd += delta;
  }
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_cong_avoid_ai.L47) : $tb.op($e.now, A$tcp_cong_avoid_ai.L47));
  tp.snd_cwnd = Math.min(tp.snd_cwnd, tp.snd_cwnd_clamp);
  } ($e.steps += $s, $tb !== null && ($o = (A$tcp_cong_avoid_ai.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
}
export function tcp_reno_cong_avoid$fast(sk: Sock, ack: number, acked: number): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $s = 0; let $x = -1;
  const tp = tcp_sk(sk);
  const $f = ($tb !== null && ($o = (A$tcp_reno_cong_avoid.L60 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  ++$s;
  if (!tcp_is_cwnd_limited(sk)) {
    ++$s; $x = A$tcp_reno_cong_avoid.L61 | 1048576;
    { ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_reno_cong_avoid.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))); return; }
  }
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_reno_cong_avoid.L63) : $tb.op($e.now, A$tcp_reno_cong_avoid.L63));
  if (tcp_in_slow_start(tp)) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_reno_cong_avoid.L64) : $tb.op($e.now, A$tcp_reno_cong_avoid.L64));
    acked = tcp_slow_start$fast(tp, acked);
    
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_reno_cong_avoid.L65) : $tb.op($e.now, A$tcp_reno_cong_avoid.L65));
    if (!acked) {
      ++$s; $x = A$tcp_reno_cong_avoid.L66 | 1048576;
      { ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_reno_cong_avoid.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))); return; }
    }
  }
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_reno_cong_avoid.L68) : $tb.op($e.now, A$tcp_reno_cong_avoid.L68));
  tcp_cong_avoid_ai$fast(tp, tp.snd_cwnd, acked);
  } ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_reno_cong_avoid.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
}
$kreg(tcp_slow_start, tcp_slow_start$fast, 'tcp_slow_start', () => []);
$kreg(tcp_cong_avoid_ai, tcp_cong_avoid_ai$fast, 'tcp_cong_avoid_ai', () => []);
$kreg(tcp_reno_cong_avoid, tcp_reno_cong_avoid$fast, 'tcp_reno_cong_avoid', () => [tcp_cong_avoid_ai, tcp_slow_start]);
