// generated — do not edit. Written by scripts/gen-kernel.ts from src/kernel/net/ipv4/tcp_timer.ts
// @ts-nocheck
// net/ipv4/tcp_timer.c: the retransmit timer — resend the oldest unacknowledged segment with
// exponential backoff, until tcp_write_timeout gives up (ETIMEDOUT).

import { E, Sim } from '../../../core/engine';
import { at, enter, leave } from '../../../core/engine';
import { defineFn } from '../../../core/anchors';
import { Sock } from '../../../include/net/sock';
import {
  inet_csk, inet_csk_in_pingpong_mode, ICSK_ACK_SCHED, ICSK_ACK_TIMER, TCP_ATO_MIN, ICSK_TIME_RETRANS, ICSK_TIME_PROBE0
} from '../../../include/net/inet_connection_sock';
import { MIB, NET_INC_STATS } from '../../../include/net/net_namespace';
import { tcp_sk } from '../../../include/linux/tcp';
import { TCP_CLOSE, TCP_LISTEN, TCP_SYN_RECV, TCP_SYN_SENT } from '../../../include/net/tcp_states';
import { ERRNO } from '../../../include/uapi';
import { tcp_done } from './tcp';
import { tcp_retransmit_skb, tcp_send_ack, inet_csk_reset_xmit_timer, tcp_send_probe0, TCP_RTO_MAX } from './tcp_output';
import { tcp_enter_loss } from './tcp_input';
import { sock_def_error_report } from '../core/sock';
const A$tcp_write_err = defineFn('net/ipv4/tcp_timer.c', 'tcp_write_err', [18, 20, 23]);

export function* tcp_write_err(sk: Sock): Sim<void> {
  const $f = enter(A$tcp_write_err, { sk });
  try {
  if (at(A$tcp_write_err.L18)) yield;
  sk.sk_err = sk.sk_err_soft || ERRNO.ETIMEDOUT;
  if (at(A$tcp_write_err.L20)) yield;
  ($E.fast || $E.twinOk[sock_def_error_report.k] === 1 ? sock_def_error_report$fast(sk) : yield* sock_def_error_report(sk));
  if (at(A$tcp_write_err.L23)) yield;
  ($E.fast || $E.twinOk[tcp_done.k] === 1 ? tcp_done$fast(sk) : yield* tcp_done(sk));
  } finally {
    leave($f);
  }
}
const A$tcp_write_timeout = defineFn('net/ipv4/tcp_timer.c', 'tcp_write_timeout', [40, 47, 52, 60, 62, 65]);

/** tcp_write_timeout(): have we retransmitted enough? 1 when the connection was given up. */
export function* tcp_write_timeout(sk: Sock): Sim<number> {
  const icsk = inet_csk(sk);
  const net = sk.skc_net;
  const $f = enter(A$tcp_write_timeout, { sk, icsk });
  try {

  let retry_until: number;
  if (at(A$tcp_write_timeout.L40)) yield;
  if (sk.sk_state === TCP_SYN_SENT || sk.sk_state === TCP_SYN_RECV) {
    if (at(A$tcp_write_timeout.L47)) yield;
    retry_until = icsk.icsk_syn_retries || net.sysctl['net.ipv4.tcp_syn_retries'];
  } else {
    if (at(A$tcp_write_timeout.L52)) yield;
    retry_until = 15;
  }
  $f.vars.retry_until = retry_until;
  const expired = icsk.icsk_retransmits >= retry_until;
  $f.vars.expired = expired;
  if (at(A$tcp_write_timeout.L60)) yield;
  if (expired) {
    if (at(A$tcp_write_timeout.L62)) yield;
    ($E.fast || $E.twinOk[tcp_write_err.k] === 1 ? tcp_write_err$fast(sk) : yield* tcp_write_err(sk));
    return 1;
  }
  if (at(A$tcp_write_timeout.L65)) yield;
  return 0;
  } finally {
    leave($f);
  }
}
const A$tcp_delack_timer_handler = defineFn('net/ipv4/tcp_timer.c', 'tcp_delack_timer_handler', [80, 87, 88, 91, 94, 98]);

/** tcp_delack_timer_handler(): the delayed ACK is due (unless a segment already carried it). */
export function* tcp_delack_timer_handler(sk: Sock): Sim<void> {
  const icsk = inet_csk(sk);
  const a = icsk.icsk_ack;
  const $f = enter(A$tcp_delack_timer_handler, { sk, icsk });
  try {

  if (at(A$tcp_delack_timer_handler.L80)) yield;
  if (sk.sk_state === TCP_CLOSE || sk.sk_state === TCP_LISTEN || !(a.pending & ICSK_ACK_TIMER)) return;
  if (at(A$tcp_delack_timer_handler.L87)) yield;
  a.pending &= ~ICSK_ACK_TIMER;
  if (at(A$tcp_delack_timer_handler.L88)) yield;
  if (a.pending & ICSK_ACK_SCHED) {
    if (!inet_csk_in_pingpong_mode(sk)) {
      if (at(A$tcp_delack_timer_handler.L91)) yield;
      a.ato = Math.min(a.ato * 2, icsk.icsk_rto);
    } else {
      if (at(A$tcp_delack_timer_handler.L94)) yield;
      a.pingpong = 0;
      a.ato = TCP_ATO_MIN;
    }
    if (at(A$tcp_delack_timer_handler.L98)) yield;
    ($E.fast || $E.twinOk[tcp_send_ack.k] === 1 ? tcp_send_ack$fast(sk) : yield* tcp_send_ack(sk));
    NET_INC_STATS(sk.skc_net, MIB.DelayedACKs);
  }
  } finally {
    leave($f);
  }
}
const A$tcp_retransmit_timer = defineFn('net/ipv4/tcp_timer.c', 'tcp_retransmit_timer', [127, 163, 188, 190, 192, 201, 212, 215]);

/** tcp_retransmit_timer(): the RTO fired — everything in flight is lost (tcp_enter_loss), resend the head, double the RTO. */
export function* tcp_retransmit_timer(sk: Sock): Sim<void> {
  const tp = tcp_sk(sk);
  const icsk = inet_csk(sk);
  const $f = enter(A$tcp_retransmit_timer, { sk, tp, icsk });
  try {

  if (sk.sk_state === TCP_CLOSE) return;
  if (at(A$tcp_retransmit_timer.L127)) yield;
  if (!tp.packets_out || !tp.tcp_rtx_queue.length) return;
  if (at(A$tcp_retransmit_timer.L163)) yield;
  if (($E.fast || $E.twinOk[tcp_write_timeout.k] === 1 ? tcp_write_timeout$fast(sk) : yield* tcp_write_timeout(sk))) return;
  if (at(A$tcp_retransmit_timer.L188)) yield;
  ($E.fast || $E.twinOk[tcp_enter_loss.k] === 1 ? tcp_enter_loss$fast(sk) : yield* tcp_enter_loss(sk));
  if (E.history !== null) E.history.cwnd(E.now, tp, 'rto'); // (the view's cwnd plot: history.ts)
  if (at(A$tcp_retransmit_timer.L192)) yield;
  ($E.fast || $E.twinOk[tcp_retransmit_skb.k] === 1 ? tcp_retransmit_skb$fast(sk, tp.tcp_rtx_queue[0], 1) : yield* tcp_retransmit_skb(sk, tp.tcp_rtx_queue[0], 1));
  if (at(A$tcp_retransmit_timer.L201)) yield;
  icsk.icsk_backoff++;
  if (at(A$tcp_retransmit_timer.L190)) yield;
  icsk.icsk_retransmits++;
  if (at(A$tcp_retransmit_timer.L212)) yield;
  icsk.icsk_rto = Math.min(icsk.icsk_rto * 2, TCP_RTO_MAX);
  if (at(A$tcp_retransmit_timer.L215)) yield;
  inet_csk_reset_xmit_timer(sk, icsk.icsk_rto);
  } finally {
    leave($f);
  }
}
const A$tcp_probe_timer = defineFn('net/ipv4/tcp_timer.c', 'tcp_probe_timer', [237, 238, 239, 250, 261, 262, 264]);

/** tcp_probe_timer(): the zero-window probe timer — give up after tcp_retries2 unanswered probes, else probe again. */
export function* tcp_probe_timer(sk: Sock): Sim<void> {
  const tp = tcp_sk(sk);
  const icsk = inet_csk(sk);
  const skb = sk.sk_write_queue[0];
  const $f = enter(A$tcp_probe_timer, { sk, icsk, tp, skb });
  try {
  if (at(A$tcp_probe_timer.L237)) yield;
  if (tp.packets_out || skb === undefined) {
    if (at(A$tcp_probe_timer.L238)) yield;
    icsk.icsk_probes_out = 0;
    if (at(A$tcp_probe_timer.L239)) yield;
    return;
  }
  if (at(A$tcp_probe_timer.L250)) yield;
  const max_probes = 15;
  $f.vars.max_probes = max_probes;
  if (at(A$tcp_probe_timer.L261)) yield;
  if (icsk.icsk_probes_out >= max_probes) {
    if (at(A$tcp_probe_timer.L262)) yield;
    ($E.fast || $E.twinOk[tcp_write_err.k] === 1 ? tcp_write_err$fast(sk) : yield* tcp_write_err(sk));
  } else {
    if (at(A$tcp_probe_timer.L264)) yield;
    ($E.fast || $E.twinOk[tcp_send_probe0.k] === 1 ? tcp_send_probe0$fast(sk) : yield* tcp_send_probe0(sk));
  }
  } finally {
    leave($f);
  }
}
const A$tcp_write_timer_handler = defineFn('net/ipv4/tcp_timer.c', 'tcp_write_timer_handler', [279, 289, 291, 298, 299, 300, 302, 303, 304]);

/** tcp_write_timer_handler(): the write timer fired — the RTO (ICSK_TIME_RETRANS) or a zero-window probe (ICSK_TIME_PROBE0). */
export function* tcp_write_timer_handler(sk: Sock): Sim<void> {
  const icsk = inet_csk(sk);
  const $f = enter(A$tcp_write_timer_handler, { sk, icsk });
  try {
  if (at(A$tcp_write_timer_handler.L279)) yield;
  if (sk.sk_state === TCP_CLOSE || sk.sk_state === TCP_LISTEN || !icsk.icsk_pending) return;
  if (at(A$tcp_write_timer_handler.L289)) yield;
  const event = icsk.icsk_pending;
  $f.vars.event = event;
  if (at(A$tcp_write_timer_handler.L291)) yield;
  if (event === ICSK_TIME_RETRANS) {
    if (at(A$tcp_write_timer_handler.L298)) yield;
    if (at(A$tcp_write_timer_handler.L299)) yield;
    icsk.icsk_pending = 0;
    if (at(A$tcp_write_timer_handler.L300)) yield;
    ($E.fast || $E.twinOk[tcp_retransmit_timer.k] === 1 ? tcp_retransmit_timer$fast(sk) : yield* tcp_retransmit_timer(sk));
  } else if (event === ICSK_TIME_PROBE0) {
    if (at(A$tcp_write_timer_handler.L302)) yield;
    if (at(A$tcp_write_timer_handler.L303)) yield;
    icsk.icsk_pending = 0;
    if (at(A$tcp_write_timer_handler.L304)) yield;
    ($E.fast || $E.twinOk[tcp_probe_timer.k] === 1 ? tcp_probe_timer$fast(sk) : yield* tcp_probe_timer(sk));
  }
  } finally {
    leave($f);
  }
}


// ---- fast-path twins (scripts/twins.cjs) ----
import { E as $E, FAST_FRAME as $FF, driveToEnd as $drive, registerTwin as $kreg } from '../../../core/engine';
import { sock_def_error_report$fast as sock_def_error_report$fast } from '../core/sock';
import { tcp_done$fast as tcp_done$fast } from './tcp';
import { tcp_send_ack$fast as tcp_send_ack$fast, tcp_retransmit_skb$fast as tcp_retransmit_skb$fast, tcp_send_probe0$fast as tcp_send_probe0$fast } from './tcp_output';
import { tcp_enter_loss$fast as tcp_enter_loss$fast } from './tcp_input';
export function tcp_write_err$fast(sk: Sock): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $s = 0;
  const $f = ($tb !== null && ($o = (A$tcp_write_err.L18 | 270532608), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  $s += 2;
  sk.sk_err = sk.sk_err_soft || ERRNO.ETIMEDOUT;
  
  sock_def_error_report$fast(sk);
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_write_err.L23) : $tb.op($e.now, A$tcp_write_err.L23));
  tcp_done$fast(sk);
  } ($e.steps += $s, $tb !== null && ($o = (A$tcp_write_err.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
}
export function tcp_write_timeout$fast(sk: Sock): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0; let $x = -1;
  const icsk = inet_csk(sk);
  const net = sk.skc_net;
  const $f = ($tb !== null && ($o = (A$tcp_write_timeout.L40 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {

  let retry_until: number;
  ++$s;
  if (sk.sk_state === TCP_SYN_SENT || sk.sk_state === TCP_SYN_RECV) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_write_timeout.L47) : $tb.op($e.now, A$tcp_write_timeout.L47));
    retry_until = icsk.icsk_syn_retries || net.sysctl['net.ipv4.tcp_syn_retries'];
  } else {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_write_timeout.L52) : $tb.op($e.now, A$tcp_write_timeout.L52));
    retry_until = 15;
  }
  
  const expired = icsk.icsk_retransmits >= retry_until;
  
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_write_timeout.L60) : $tb.op($e.now, A$tcp_write_timeout.L60));
  if (expired) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_write_timeout.L62) : $tb.op($e.now, A$tcp_write_timeout.L62));
    tcp_write_err$fast(sk);
    return ($r = (1), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_write_timeout.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
  ++$s; $x = A$tcp_write_timeout.L65 | 1048576;
  return ($r = (0), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_write_timeout.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
export function tcp_delack_timer_handler$fast(sk: Sock): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $s = 0;
  const icsk = inet_csk(sk);
  const a = icsk.icsk_ack;
  const $f = ($tb !== null && ($o = (A$tcp_delack_timer_handler.L80 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {

  ++$s;
  if (sk.sk_state === TCP_CLOSE || sk.sk_state === TCP_LISTEN || !(a.pending & ICSK_ACK_TIMER)) { ($e.steps += $s, $tb !== null && ($o = (A$tcp_delack_timer_handler.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))); return; }
  $s += 2; if ($tb !== null) ($o = (A$tcp_delack_timer_handler.L87 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  a.pending &= ~ICSK_ACK_TIMER;
  
  if (a.pending & ICSK_ACK_SCHED) {
    if (!inet_csk_in_pingpong_mode(sk)) {
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_delack_timer_handler.L91) : $tb.op($e.now, A$tcp_delack_timer_handler.L91));
      a.ato = Math.min(a.ato * 2, icsk.icsk_rto);
    } else {
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_delack_timer_handler.L94) : $tb.op($e.now, A$tcp_delack_timer_handler.L94));
      a.pingpong = 0;
      a.ato = TCP_ATO_MIN;
    }
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_delack_timer_handler.L98) : $tb.op($e.now, A$tcp_delack_timer_handler.L98));
    tcp_send_ack$fast(sk);
    NET_INC_STATS(sk.skc_net, MIB.DelayedACKs);
  }
  } ($e.steps += $s, $tb !== null && ($o = (A$tcp_delack_timer_handler.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
}
export function tcp_retransmit_timer$fast(sk: Sock): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $s = 0;
  const tp = tcp_sk(sk);
  const icsk = inet_csk(sk);
  const $f = ($tb !== null && ($o = (A$tcp_retransmit_timer.fn.id | 268435456), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {

  if (sk.sk_state === TCP_CLOSE) { ($e.steps += $s, $tb !== null && ($o = (A$tcp_retransmit_timer.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))); return; }
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_retransmit_timer.L127) : $tb.op($e.now, A$tcp_retransmit_timer.L127));
  if (!tp.packets_out || !tp.tcp_rtx_queue.length) { ($e.steps += $s, $tb !== null && ($o = (A$tcp_retransmit_timer.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))); return; }
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_retransmit_timer.L163) : $tb.op($e.now, A$tcp_retransmit_timer.L163));
  if (tcp_write_timeout$fast(sk)) { ($e.steps += $s, $tb !== null && ($o = (A$tcp_retransmit_timer.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))); return; }
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_retransmit_timer.L188) : $tb.op($e.now, A$tcp_retransmit_timer.L188));
  tcp_enter_loss$fast(sk);
  if (E.history !== null) E.history.cwnd(E.now, tp, 'rto'); // (the view's cwnd plot: history.ts)
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_retransmit_timer.L192) : $tb.op($e.now, A$tcp_retransmit_timer.L192));
  tcp_retransmit_skb$fast(sk, tp.tcp_rtx_queue[0], 1);
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_retransmit_timer.L201) : $tb.op($e.now, A$tcp_retransmit_timer.L201));
  icsk.icsk_backoff++;
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_retransmit_timer.L190) : $tb.op($e.now, A$tcp_retransmit_timer.L190));
  icsk.icsk_retransmits++;
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_retransmit_timer.L212) : $tb.op($e.now, A$tcp_retransmit_timer.L212));
  icsk.icsk_rto = Math.min(icsk.icsk_rto * 2, TCP_RTO_MAX);
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_retransmit_timer.L215) : $tb.op($e.now, A$tcp_retransmit_timer.L215));
  inet_csk_reset_xmit_timer(sk, icsk.icsk_rto);
  } ($e.steps += $s, $tb !== null && ($o = (A$tcp_retransmit_timer.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
}
export function tcp_probe_timer$fast(sk: Sock): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $s = 0; let $x = -1;
  const tp = tcp_sk(sk);
  const icsk = inet_csk(sk);
  const skb = sk.sk_write_queue[0];
  const $f = ($tb !== null && ($o = (A$tcp_probe_timer.L237 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  ++$s;
  if (tp.packets_out || skb === undefined) {
    $s += 2; $x = A$tcp_probe_timer.L238 | 2097152;
    icsk.icsk_probes_out = 0;
    
    { ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_probe_timer.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))); return; }
  }
  $s += 2; if ($tb !== null) ($o = (A$tcp_probe_timer.L250 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  const max_probes = 15;
  
  
  if (icsk.icsk_probes_out >= max_probes) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_probe_timer.L262) : $tb.op($e.now, A$tcp_probe_timer.L262));
    tcp_write_err$fast(sk);
  } else {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_probe_timer.L264) : $tb.op($e.now, A$tcp_probe_timer.L264));
    tcp_send_probe0$fast(sk);
  }
  } ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_probe_timer.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
}
export function tcp_write_timer_handler$fast(sk: Sock): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $s = 0;
  const icsk = inet_csk(sk);
  const $f = ($tb !== null && ($o = (A$tcp_write_timer_handler.L279 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  ++$s;
  if (sk.sk_state === TCP_CLOSE || sk.sk_state === TCP_LISTEN || !icsk.icsk_pending) { ($e.steps += $s, $tb !== null && ($o = (A$tcp_write_timer_handler.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))); return; }
  $s += 2; if ($tb !== null) ($o = (A$tcp_write_timer_handler.L289 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  const event = icsk.icsk_pending;
  
  
  if (event === ICSK_TIME_RETRANS) {
    $s += 3; if ($tb !== null) ($o = (A$tcp_write_timer_handler.L298 | 2097152), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
    
    icsk.icsk_pending = 0;
    
    tcp_retransmit_timer$fast(sk);
  } else if (event === ICSK_TIME_PROBE0) {
    $s += 3; if ($tb !== null) ($o = (A$tcp_write_timer_handler.L302 | 2097152), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
    
    icsk.icsk_pending = 0;
    
    tcp_probe_timer$fast(sk);
  }
  } ($e.steps += $s, $tb !== null && ($o = (A$tcp_write_timer_handler.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
}
$kreg(tcp_write_err, tcp_write_err$fast, 'tcp_write_err', () => [sock_def_error_report, tcp_done]);
$kreg(tcp_write_timeout, tcp_write_timeout$fast, 'tcp_write_timeout', () => [tcp_write_err]);
$kreg(tcp_delack_timer_handler, tcp_delack_timer_handler$fast, 'tcp_delack_timer_handler', () => [tcp_send_ack]);
$kreg(tcp_retransmit_timer, tcp_retransmit_timer$fast, 'tcp_retransmit_timer', () => [tcp_enter_loss, tcp_retransmit_skb, tcp_write_timeout]);
$kreg(tcp_probe_timer, tcp_probe_timer$fast, 'tcp_probe_timer', () => [tcp_send_probe0, tcp_write_err]);
$kreg(tcp_write_timer_handler, tcp_write_timer_handler$fast, 'tcp_write_timer_handler', () => [tcp_probe_timer, tcp_retransmit_timer]);
