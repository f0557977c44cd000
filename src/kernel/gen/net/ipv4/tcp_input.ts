// generated — do not edit. Written by scripts/gen-kernel.ts from src/kernel/net/ipv4/tcp_input.ts
// @ts-nocheck
// net/ipv4/tcp_input.c: what TCP does with an arriving segment — the state machine
// (tcp_rcv_state_process), the listener's SYN (tcp_conn_request), the client's SYN-ACK
// (tcp_rcv_synsent_state_process), ACK processing, data, FIN and RST.

import { E, Sim } from '../../../core/engine';
import { at, enter, leave } from '../../../core/engine';
import { defineFn } from '../../../core/anchors';
import type { SkBuff } from '../../../include/linux/skbuff';
import { end_seq } from '../../../include/linux/skbuff';
import { Sock, sock_flag, sock_set_flag, SOCK_DEAD, SOCK_DONE } from '../../../include/net/sock';
import {
  inet_csk, inet_csk_ack_scheduled, inet_csk_schedule_ack, tcp_in_quickack_mode, ICSK_ACK_NOW,
  ICSK_ACK_PUSHED, ICSK_ACK_PUSHED2, TCP_ATO_MIN, TCP_MAX_QUICKACKS, TCP_PINGPONG_THRESH,
} from '../../../include/net/inet_connection_sock';
import { tcp_sk } from '../../../include/linux/tcp';
import { TcpRequestSock, inet_rsk } from '../../../include/net/request_sock';
import { MIB, NET_INC_STATS } from '../../../include/net/net_namespace';
import {
  TCP_CLOSE, TCP_CLOSE_WAIT, TCP_CLOSING, TCP_ESTABLISHED, TCP_FIN_WAIT1, TCP_FIN_WAIT2,
  TCP_LAST_ACK, TCP_LISTEN, TCP_SYN_RECV, TCP_SYN_SENT, TCP_TIME_WAIT, RCV_SHUTDOWN, SEND_SHUTDOWN,
} from '../../../include/net/tcp_states';
import { ERRNO } from '../../../include/uapi';
import { tcp_set_state, tcp_done } from './tcp';
import { __tcp_transmit_skb, SYN_ACK, tcp_send_ack, tcp_send_delayed_ack, tcp_select_window, inet_csk_clear_xmit_timer, inet_csk_reset_xmit_timer, traceReset, TCP_TIMEOUT_INIT, TCP_MSS_DEFAULT } from './tcp_output';
import { tcp_time_wait, TCP_TIMEWAIT_LEN } from './tcp_minisocks';
import { inet_csk_reqsk_queue_hash_add } from './inet_connection_sock';
import { tcp_v4_send_synack, secure_tcp_seq, tcp_listendrop } from './tcp_ipv4';
import { sk_acceptq_is_full, sock_def_error_report, sock_def_readable, sock_def_wakeup } from '../core/sock';
import { cookie_v4_init_sequence } from './syncookies';

const { ECONNREFUSED, ECONNRESET, EPIPE } = ERRNO;

function before(a: number, b: number): boolean {
  return ((a - b) | 0) < 0;
}
function after(a: number, b: number): boolean {
  return before(b, a);
}
const A$tcp_ack = defineFn('net/ipv4/tcp_input.c', 'tcp_ack', [23, 35, 40, 41, 55, 61, 74, 78, 86, 94]);

/** tcp_ack(): an ACK moves snd_una; acknowledged segments leave the retransmit queue. */
export function* tcp_ack(sk: Sock, skb: SkBuff): Sim<number> {
  const tp = tcp_sk(sk);
  const th = skb.th!;
  const ack = th.ack_seq;
  const $f = enter(A$tcp_ack, { sk, skb, ack });
  try {

  if (at(A$tcp_ack.L23)) yield;
  const prior_snd_una = tp.snd_una;
  $f.vars.prior_snd_una = prior_snd_una;
  if (at(A$tcp_ack.L35)) yield;
  if (before(ack, prior_snd_una)) {
    if (at(A$tcp_ack.L94)) yield;
    return 0;
  }
  if (at(A$tcp_ack.L40)) yield;
  if (after(ack, tp.snd_nxt)) {
    if (at(A$tcp_ack.L41)) yield;
    return -1;
  }
  if (at(A$tcp_ack.L61)) yield;
  tp.snd_wnd = th.window;
  tp.snd_wl1 = th.seq;
  if (at(A$tcp_ack.L55)) yield;
  tp.snd_una = ack;
  if (at(A$tcp_ack.L74)) yield;
  // (in place: the segments this ACK covers leave the queue, the others keep their order)
  const rtx = tp.tcp_rtx_queue;
  let kept = 0;
  for (let i = 0; i < rtx.length; i++) if (after(end_seq(rtx[i]), ack)) rtx[kept++] = rtx[i];
  rtx.length = kept;
  tp.packets_out = kept;
  if (ack !== prior_snd_una) {
    inet_csk(sk).icsk_retransmits = 0;
    inet_csk(sk).icsk_backoff = 0;
  }
  if (at(A$tcp_ack.L78)) yield;
  if (!tp.packets_out) inet_csk_clear_xmit_timer(sk);
  else if (ack !== prior_snd_una) inet_csk_reset_xmit_timer(sk, inet_csk(sk).icsk_rto);
  // senders blocked on a full send buffer could write again
  // (tcp_check_space → sk_stream_write_space, EPOLLOUT, would wake a writer that found the send
  // buffer full, SOCK_NOSPACE: the simulated send buffer never fills, so an ACK wakes no one)
  if (at(A$tcp_ack.L86)) yield;
  return 1;
  } finally {
    leave($f);
  }
}
const A$tcp_reset = defineFn('net/ipv4/tcp_input.c', 'tcp_reset', [106, 108, 111, 115, 120, 124, 126, 129]);

/** tcp_reset(): the peer reset us — the error a blocked or later call will see depends on the state. */
export function* tcp_reset(sk: Sock): Sim<void> {
  const $f = enter(A$tcp_reset, { sk });
  try {
  if (at(A$tcp_reset.L106)) yield;
  traceReset('tcp_receive_reset', sk);
  if (at(A$tcp_reset.L108)) yield;
  switch (sk.sk_state) {
    case TCP_SYN_SENT:
      if (at(A$tcp_reset.L111)) yield;
      sk.sk_err = ECONNREFUSED;
      break;
    case TCP_CLOSE_WAIT:
      if (at(A$tcp_reset.L115)) yield;
      sk.sk_err = EPIPE;
      break;
    case TCP_CLOSE:
      return;
    default:
      if (at(A$tcp_reset.L120)) yield;
      sk.sk_err = ECONNRESET;
  }
  if (at(A$tcp_reset.L124)) yield;
  tcp_sk(sk).tcp_rtx_queue = [];
  tcp_sk(sk).packets_out = 0;
  if (at(A$tcp_reset.L126)) yield;
  ($E.fast || $E.twinOk[tcp_done.k] === 1 ? tcp_done$fast(sk) : yield* tcp_done(sk));
  if (!sock_flag(sk, SOCK_DEAD)) {
    if (at(A$tcp_reset.L129)) yield;
    ($E.fast || $E.twinOk[sock_def_error_report.k] === 1 ? sock_def_error_report$fast(sk) : yield* sock_def_error_report(sk));
  }
  } finally {
    leave($f);
  }
}
const A$tcp_fin = defineFn('net/ipv4/tcp_input.c', 'tcp_fin', [184, 186, 187, 188, 192, 193, 204, 205, 209, 211, 223]);

/** tcp_fin(): the peer will send no more — ESTABLISHED→CLOSE_WAIT, FIN_WAIT1→CLOSING, FIN_WAIT2→TIME_WAIT. */
export function* tcp_fin(sk: Sock): Sim<void> {
  const $f = enter(A$tcp_fin, { sk });
  try {
  if (at(A$tcp_fin.L184)) yield;
  inet_csk_schedule_ack(sk);
  if (at(A$tcp_fin.L186)) yield;
  sk.sk_shutdown |= RCV_SHUTDOWN;
  if (at(A$tcp_fin.L187)) yield;
  sock_set_flag(sk, SOCK_DONE);
  if (at(A$tcp_fin.L188)) yield;
  switch (sk.sk_state) {
    case TCP_SYN_RECV:
    case TCP_ESTABLISHED:
      if (at(A$tcp_fin.L192)) yield;
      ($E.fast || $E.twinOk[tcp_set_state.k] === 1 ? tcp_set_state$fast(sk, TCP_CLOSE_WAIT) : yield* tcp_set_state(sk, TCP_CLOSE_WAIT));
      if (at(A$tcp_fin.L193)) yield;
      inet_csk(sk).icsk_ack.pingpong = TCP_PINGPONG_THRESH;
      break;
    case TCP_FIN_WAIT1:
      if (at(A$tcp_fin.L204)) yield;
      ($E.fast || $E.twinOk[tcp_send_ack.k] === 1 ? tcp_send_ack$fast(sk) : yield* tcp_send_ack(sk));
      if (at(A$tcp_fin.L205)) yield;
      ($E.fast || $E.twinOk[tcp_set_state.k] === 1 ? tcp_set_state$fast(sk, TCP_CLOSING) : yield* tcp_set_state(sk, TCP_CLOSING));
      break;
    case TCP_FIN_WAIT2:
      if (at(A$tcp_fin.L209)) yield;
      ($E.fast || $E.twinOk[tcp_send_ack.k] === 1 ? tcp_send_ack$fast(sk) : yield* tcp_send_ack(sk));
      if (at(A$tcp_fin.L211)) yield;
      ($E.fast || $E.twinOk[tcp_time_wait.k] === 1 ? tcp_time_wait$fast(sk, TCP_TIME_WAIT, 0) : yield* tcp_time_wait(sk, TCP_TIME_WAIT, 0));
      break;
    default:
      break;
  }
  if (!sock_flag(sk, SOCK_DEAD)) {
    if (at(A$tcp_fin.L223)) yield;
    ($E.fast || $E.twinOk[sock_def_wakeup.k] === 1 ? sock_def_wakeup$fast(sk) : yield* sock_def_wakeup(sk));
  }
  } finally {
    leave($f);
  }
}
const A$tcp_data_queue = defineFn('net/ipv4/tcp_input.c', 'tcp_data_queue', [241, 251, 259, 261, 264, 277, 281, 286]);

/** tcp_data_queue(): in-order data goes to sk_receive_queue and rcv_nxt moves; a FIN is processed in order too. */
export function* tcp_data_queue(sk: Sock, skb: SkBuff): Sim<void> {
  const tp = tcp_sk(sk);
  const th = skb.th!;
  const $f = enter(A$tcp_data_queue, { sk, skb, tp });
  try {

  if (at(A$tcp_data_queue.L241)) yield;
  if (!skb.len && !th.fin) return;
  if (at(A$tcp_data_queue.L251)) yield;
  if (th.seq === tp.rcv_nxt) {
    // tcp_queue_rcv(): append to sk_receive_queue and advance rcv_nxt
    if (at(A$tcp_data_queue.L259)) yield;
    if (skb.len && !(sk.sk_shutdown & RCV_SHUTDOWN)) sk.sk_receive_queue.push(skb);
    tp.rcv_nxt = (tp.rcv_nxt + skb.len) >>> 0;
    if (skb.len) {
      if (at(A$tcp_data_queue.L261)) yield;
      ($E.fast || $E.twinOk[tcp_event_data_recv.k] === 1 ? tcp_event_data_recv$fast(sk, skb) : yield* tcp_event_data_recv(sk, skb));
    }
    if (at(A$tcp_data_queue.L264)) yield;
    if (th.fin) {
      tp.rcv_nxt = (tp.rcv_nxt + 1) >>> 0;
      ($E.fast || $E.twinOk[tcp_fin.k] === 1 ? tcp_fin$fast(sk) : yield* tcp_fin(sk));
    }
    if (!sock_flag(sk, SOCK_DEAD)) {
      if (at(A$tcp_data_queue.L277)) yield;
      ($E.fast || $E.twinOk[sock_def_readable.k] === 1 ? sock_def_readable$fast(sk) : yield* sock_def_readable(sk));
    }
    return;
  }
  if (at(A$tcp_data_queue.L281)) yield;
  if (!after(end_seq(skb), tp.rcv_nxt)) {
    // a retransmission of what we already have: ACK it again at once
    if (at(A$tcp_data_queue.L286)) yield;
    tcp_incr_quickack(sk, TCP_MAX_QUICKACKS);
    inet_csk_schedule_ack(sk);
  }
  // out-of-order segments are not kept in this model (the link never reorders)
  } finally {
    leave($f);
  }
}

/** tcp_incr_quickack(): allow up to `max` immediate ACKs (about half a receive window's worth). */
function tcp_incr_quickack(sk: Sock, max: number): void {
  const icsk = inet_csk(sk);
  let quickacks = Math.floor(tcp_sk(sk).rcv_wnd / (2 * icsk.icsk_ack.rcv_mss));
  if (quickacks === 0) quickacks = 2;
  quickacks = Math.min(quickacks, max);
  if (quickacks > icsk.icsk_ack.quick) icsk.icsk_ack.quick = quickacks;
}

/** tcp_measure_rcv_mss(): a segment smaller than the MSS is "pushed" — its ACK is wanted soon. */
function tcp_measure_rcv_mss(sk: Sock, skb: SkBuff): void {
  const a = inet_csk(sk).icsk_ack;
  const len = skb.len;
  if (len >= a.rcv_mss) {
    a.rcv_mss = Math.min(len, tcp_sk(sk).advmss);
  } else {
    if (a.pending & ICSK_ACK_PUSHED) a.pending |= ICSK_ACK_PUSHED2;
    a.pending |= ICSK_ACK_PUSHED;
  }
}
const A$tcp_event_data_recv = defineFn('net/ipv4/tcp_input.c', 'tcp_event_data_recv', [146, 148, 151, 154, 155, 160, 171]);

/** tcp_event_data_recv(): new in-order data — an ACK is owed, and the delayed-ACK engine learns. */
function* tcp_event_data_recv(sk: Sock, skb: SkBuff): Sim<void> {
  const icsk = inet_csk(sk);
  const a = icsk.icsk_ack;
  const $f = enter(A$tcp_event_data_recv, { sk, skb, icsk });
  try {

  if (at(A$tcp_event_data_recv.L146)) yield;
  inet_csk_schedule_ack(sk);
  if (at(A$tcp_event_data_recv.L148)) yield;
  tcp_measure_rcv_mss(sk, skb);
  const now = E.now;
  if (at(A$tcp_event_data_recv.L151)) yield;
  if (!a.ato) {
    if (at(A$tcp_event_data_recv.L154)) yield;
    tcp_incr_quickack(sk, TCP_MAX_QUICKACKS);
    if (at(A$tcp_event_data_recv.L155)) yield;
    a.ato = TCP_ATO_MIN;
  } else {
    const m = now - a.lrcvtime;
    if (at(A$tcp_event_data_recv.L160)) yield;
    if (m <= TCP_ATO_MIN / 2) {
      a.ato = Math.floor(a.ato / 2) + TCP_ATO_MIN / 2;
    } else if (m < a.ato) {
      a.ato = Math.min(Math.floor(a.ato / 2) + m, icsk.icsk_rto);
    } else if (m > icsk.icsk_rto) {
      tcp_incr_quickack(sk, TCP_MAX_QUICKACKS);
    }
  }
  if (at(A$tcp_event_data_recv.L171)) yield;
  a.lrcvtime = now;
  } finally {
    leave($f);
  }
}
const A$__tcp_ack_snd_check = defineFn('net/ipv4/tcp_input.c', '__tcp_ack_snd_check', [310, 314, 318, 323]);

/** __tcp_ack_snd_check(): the owed ACK goes now (quick mode, a second full segment) or is delayed. */
function* __tcp_ack_snd_check(sk: Sock, ofo_possible: number): Sim<void> {
  const tp = tcp_sk(sk);
  const $f = enter(A$__tcp_ack_snd_check, { sk, ofo_possible, tp });
  try {

  const a = inet_csk(sk).icsk_ack;
  if (at(A$__tcp_ack_snd_check.L310)) yield;
  const twoSegments = ((tp.rcv_nxt - tp.rcv_wup) >>> 0) > a.rcv_mss && tcp_select_window(sk) >= tp.rcv_wnd;
  if (at(A$__tcp_ack_snd_check.L314)) yield;
  if (twoSegments || tcp_in_quickack_mode(sk) || a.pending & ICSK_ACK_NOW) {
    if (at(A$__tcp_ack_snd_check.L318)) yield;
    ($E.fast || $E.twinOk[tcp_send_ack.k] === 1 ? tcp_send_ack$fast(sk) : yield* tcp_send_ack(sk));
    return;
  }
  if (at(A$__tcp_ack_snd_check.L323)) yield;
  ($E.fast || $E.twinOk[tcp_send_delayed_ack.k] === 1 ? tcp_send_delayed_ack$fast(sk) : yield* tcp_send_delayed_ack(sk));
  } finally {
    leave($f);
  }
}

/** tcp_ack_snd_check(): if this segment left an ACK owed, decide when to send it. */
function* tcp_ack_snd_check(sk: Sock): Sim<void> {
  if (!inet_csk_ack_scheduled(sk)) return;
  ($E.fast || $E.twinOk[__tcp_ack_snd_check.k] === 1 ? __tcp_ack_snd_check$fast(sk, 1) : yield* __tcp_ack_snd_check(sk, 1));
}
const A$tcp_rcv_established = defineFn('net/ipv4/tcp_input.c', 'tcp_rcv_established', [347, 385, 393, 397, 402, 405]);

/** tcp_rcv_established(): the ESTABLISHED receive path (this model always takes the slow path). */
export function* tcp_rcv_established(sk: Sock, skb: SkBuff): Sim<void> {
  const $f = enter(A$tcp_rcv_established, { sk, skb });
  try {
  if (at(A$tcp_rcv_established.L347)) yield;
  if (at(A$tcp_rcv_established.L385)) yield;
  if (at(A$tcp_rcv_established.L393)) yield;
  if (!(($E.fast || $E.twinOk[tcp_validate_incoming.k] === 1 ? tcp_validate_incoming$fast(sk, skb) : yield* tcp_validate_incoming(sk, skb)))) return;
  if (at(A$tcp_rcv_established.L397)) yield;
  if (skb.th!.ack && (($E.fast || $E.twinOk[tcp_ack.k] === 1 ? tcp_ack$fast(sk, skb) : yield* tcp_ack(sk, skb))) < 0) return;
  if (at(A$tcp_rcv_established.L402)) yield;
  ($E.fast || $E.twinOk[tcp_data_queue.k] === 1 ? tcp_data_queue$fast(sk, skb) : yield* tcp_data_queue(sk, skb));
  if (at(A$tcp_rcv_established.L405)) yield;
  ($E.fast || $E.twinOk[tcp_ack_snd_check.k] === 1 ? tcp_ack_snd_check$fast(sk) : yield* tcp_ack_snd_check(sk));
  } finally {
    leave($f);
  }
}

/** tcp_validate_incoming(), reduced: sequence check and RST handling (RFC 5961's exact-match rule). */
function* tcp_validate_incoming(sk: Sock, skb: SkBuff): Sim<boolean> {
  const tp = tcp_sk(sk);
  const th = skb.th!;
  if (th.rst) {
    if (th.seq === tp.rcv_nxt) ($E.fast || $E.twinOk[tcp_reset.k] === 1 ? tcp_reset$fast(sk) : yield* tcp_reset(sk));
    // other in-window RSTs get a challenge ACK in Linux; out-of-window ones are dropped
    else if (after(th.seq, tp.rcv_nxt) && before(th.seq, tp.rcv_nxt + 65535)) ($E.fast || $E.twinOk[tcp_send_ack.k] === 1 ? tcp_send_ack$fast(sk) : yield* tcp_send_ack(sk));
    return false;
  }
  if (th.syn) {
    // RFC 5961 4.2: a SYN on a synchronized connection gets a challenge ACK, nothing more
    NET_INC_STATS(sk.skc_net, MIB.TCPSYNChallenge);
    ($E.fast || $E.twinOk[tcp_send_ack.k] === 1 ? tcp_send_ack$fast(sk) : yield* tcp_send_ack(sk));
    return false;
  }
  if (!th.ack) return false;
  return true;
}
const A$tcp_finish_connect = defineFn('net/ipv4/tcp_input.c', 'tcp_finish_connect', [424, 428, 433, 434]);

export function* tcp_finish_connect(sk: Sock, skb: SkBuff): Sim<void> {
  const $f = enter(A$tcp_finish_connect, { sk, skb });
  try {
  if (at(A$tcp_finish_connect.L424)) yield;
  ($E.fast || $E.twinOk[tcp_set_state.k] === 1 ? tcp_set_state$fast(sk, TCP_ESTABLISHED) : yield* tcp_set_state(sk, TCP_ESTABLISHED));
  if (at(A$tcp_finish_connect.L428)) yield;
  if (at(A$tcp_finish_connect.L433)) yield;
  if (at(A$tcp_finish_connect.L434)) yield;
  } finally {
    leave($f);
  }
}
const A$tcp_rcv_synsent_state_process = defineFn('net/ipv4/tcp_input.c', 'tcp_rcv_synsent_state_process', [462, 464, 469, 470, 474, 478, 481, 483, 486, 488, 491, 494, 498, 502, 513, 516, 519, 520, 523, 525, 527, 538]);

/** tcp_rcv_synsent_state_process(): the client's SYN-ACK (or RST, or a crossing SYN). */
export function* tcp_rcv_synsent_state_process(sk: Sock, skb: SkBuff): Sim<number> {
  const tp = tcp_sk(sk);
  const th = skb.th!;
  const $f = enter(A$tcp_rcv_synsent_state_process, { sk, skb, th, tp });
  try {

  if (at(A$tcp_rcv_synsent_state_process.L462)) yield;
  if (th.ack) {
    if (at(A$tcp_rcv_synsent_state_process.L464)) yield;
    if (!after(th.ack_seq, tp.snd_una) || after(th.ack_seq, tp.snd_nxt)) {
      // an ACK for something we never sent: answer with a RST
      if (at(A$tcp_rcv_synsent_state_process.L538)) yield;
      return 1;
    }
    if (at(A$tcp_rcv_synsent_state_process.L469)) yield;
    if (th.rst) {
      if (at(A$tcp_rcv_synsent_state_process.L470)) yield;
      ($E.fast || $E.twinOk[tcp_reset.k] === 1 ? tcp_reset$fast(sk) : yield* tcp_reset(sk));
      return 0;
    }
    if (at(A$tcp_rcv_synsent_state_process.L474)) yield;
    if (!th.syn) return 0;
    if (at(A$tcp_rcv_synsent_state_process.L478)) yield;
    tp.snd_wl1 = th.seq;
    if (at(A$tcp_rcv_synsent_state_process.L481)) yield;
    ($E.fast || $E.twinOk[tcp_ack.k] === 1 ? tcp_ack$fast(sk, skb) : yield* tcp_ack(sk, skb));
    if (at(A$tcp_rcv_synsent_state_process.L483)) yield;
    tp.rcv_nxt = tp.rcv_wup = (th.seq + 1) >>> 0;
    if (at(A$tcp_rcv_synsent_state_process.L486)) yield;
    tp.snd_wnd = th.window;
    if (at(A$tcp_rcv_synsent_state_process.L488)) yield;
    tp.mss_cache = Math.min(th.options.mss ?? TCP_MSS_DEFAULT, tp.advmss);
    if (at(A$tcp_rcv_synsent_state_process.L491)) yield;
    tp.copied_seq = tp.rcv_nxt;
    if (at(A$tcp_rcv_synsent_state_process.L494)) yield;
    ($E.fast || $E.twinOk[tcp_finish_connect.k] === 1 ? tcp_finish_connect$fast(sk, skb) : yield* tcp_finish_connect(sk, skb));
    if (!sock_flag(sk, SOCK_DEAD)) {
      // wakes the connect() sleeping in inet_wait_for_connect
      if (at(A$tcp_rcv_synsent_state_process.L498)) yield;
      ($E.fast || $E.twinOk[sock_def_wakeup.k] === 1 ? sock_def_wakeup$fast(sk) : yield* sock_def_wakeup(sk));
    }
    if (at(A$tcp_rcv_synsent_state_process.L502)) yield;
    if (at(A$tcp_rcv_synsent_state_process.L513)) yield;
    ($E.fast || $E.twinOk[tcp_send_ack.k] === 1 ? tcp_send_ack$fast(sk) : yield* tcp_send_ack(sk));
    if (at(A$tcp_rcv_synsent_state_process.L516)) yield;
    return -1;
  }
  if (at(A$tcp_rcv_synsent_state_process.L519)) yield;
  if (th.rst) {
    if (at(A$tcp_rcv_synsent_state_process.L520)) yield;
    return 0;
  }
  if (at(A$tcp_rcv_synsent_state_process.L523)) yield;
  if (th.syn) {
    // crossing SYNs (simultaneous open)
    if (at(A$tcp_rcv_synsent_state_process.L525)) yield;
    ($E.fast || $E.twinOk[tcp_set_state.k] === 1 ? tcp_set_state$fast(sk, TCP_SYN_RECV) : yield* tcp_set_state(sk, TCP_SYN_RECV));
    tp.rcv_nxt = tp.rcv_wup = (th.seq + 1) >>> 0;
    tp.snd_wnd = th.window;
    if (at(A$tcp_rcv_synsent_state_process.L527)) yield;
    ($E.fast || $E.twinOk[__tcp_transmit_skb.k] === 1 ? __tcp_transmit_skb$fast(sk, tp.snd_una, SYN_ACK) : yield* __tcp_transmit_skb(sk, tp.snd_una, SYN_ACK));
    return -1;
  }
  return 0;
  } finally {
    leave($f);
  }
}
const A$tcp_rcv_state_process = defineFn('net/ipv4/tcp_input.c', 'tcp_rcv_state_process', [556, 557, 560, 562, 565, 567, 568, 573, 581, 585, 586, 593, 596, 599, 602, 609, 610, 614, 617, 618, 620, 621, 626, 631, 634, 635, 637, 643, 650, 655, 658, 662, 667, 675, 691, 697, 704, 710]);

/** tcp_rcv_state_process(): the TCP state machine for every state but ESTABLISHED (and TIME_WAIT). 1 = send a RST. */
export function* tcp_rcv_state_process(sk: Sock, skb: SkBuff): Sim<number> { let $t: any;
  const tp = tcp_sk(sk);
  const icsk = inet_csk(sk);
  const th = skb.th!;
  const $f = enter(A$tcp_rcv_state_process, { sk, skb, th, tp, icsk });
  try {

  if (at(A$tcp_rcv_state_process.L556)) yield;
  switch (sk.sk_state) {
    case TCP_CLOSE:
      if (at(A$tcp_rcv_state_process.L557)) yield;
      return 0;
    case TCP_LISTEN:
      if (at(A$tcp_rcv_state_process.L560)) yield;
      if (at(A$tcp_rcv_state_process.L562)) yield;
      if (th.ack) return 1;
      if (at(A$tcp_rcv_state_process.L565)) yield;
      if (th.rst) return 0;
      if (at(A$tcp_rcv_state_process.L567)) yield;
      if (th.syn) {
        if (at(A$tcp_rcv_state_process.L568)) yield;
        if (th.fin) return 0;
        if (at(A$tcp_rcv_state_process.L573)) yield;
        const acceptable = ((($t = inet_csk(sk).icsk_af_ops!.conn_request).fast !== undefined && ($E.fast || $E.twinOk[$t.k] === 1) ? $t.fast(sk, skb) : yield* inet_csk(sk).icsk_af_ops!.conn_request(sk, skb))) >= 0;
        $f.vars.acceptable = acceptable;
        return acceptable ? 0 : 1;
      }
      return 0;
    case TCP_SYN_SENT: {
      if (at(A$tcp_rcv_state_process.L581)) yield;
      if (at(A$tcp_rcv_state_process.L585)) yield;
      const queued = ($E.fast || $E.twinOk[tcp_rcv_synsent_state_process.k] === 1 ? tcp_rcv_synsent_state_process$fast(sk, skb) : yield* tcp_rcv_synsent_state_process(sk, skb));
      $f.vars.queued = queued;
      if (at(A$tcp_rcv_state_process.L586)) yield;
      if (queued >= 0) return queued;
      return 0;
    }
  }
  if (at(A$tcp_rcv_state_process.L593)) yield;
  if (!th.ack && !th.rst && !th.syn) return 0;
  if (at(A$tcp_rcv_state_process.L596)) yield;
  if (!(($E.fast || $E.twinOk[tcp_validate_incoming.k] === 1 ? tcp_validate_incoming$fast(sk, skb) : yield* tcp_validate_incoming(sk, skb)))) return 0;
  if (at(A$tcp_rcv_state_process.L599)) yield;
  const acceptable = (($E.fast || $E.twinOk[tcp_ack.k] === 1 ? tcp_ack$fast(sk, skb) : yield* tcp_ack(sk, skb))) > 0;
  $f.vars.acceptable = acceptable;
  if (at(A$tcp_rcv_state_process.L602)) yield;
  if (!acceptable) {
    if (sk.sk_state === TCP_SYN_RECV) return 1;
    ($E.fast || $E.twinOk[tcp_send_ack.k] === 1 ? tcp_send_ack$fast(sk) : yield* tcp_send_ack(sk)); // challenge ACK
    return 0;
  }
  if (at(A$tcp_rcv_state_process.L609)) yield;
  switch (sk.sk_state) {
    case TCP_SYN_RECV:
      if (at(A$tcp_rcv_state_process.L610)) yield;
      if (at(A$tcp_rcv_state_process.L614)) yield;
      tp.copied_seq = tp.rcv_nxt;
      if (at(A$tcp_rcv_state_process.L617)) yield;
      ($E.fast || $E.twinOk[tcp_set_state.k] === 1 ? tcp_set_state$fast(sk, TCP_ESTABLISHED) : yield* tcp_set_state(sk, TCP_ESTABLISHED));
      if (at(A$tcp_rcv_state_process.L618)) yield;
      ($E.fast || $E.twinOk[sock_def_wakeup.k] === 1 ? sock_def_wakeup$fast(sk) : yield* sock_def_wakeup(sk));
      if (at(A$tcp_rcv_state_process.L620)) yield;
      tp.snd_una = th.ack_seq;
      if (at(A$tcp_rcv_state_process.L621)) yield;
      tp.snd_wnd = th.window;
      break;
    case TCP_FIN_WAIT1: {
      if (at(A$tcp_rcv_state_process.L626)) yield;
      if (at(A$tcp_rcv_state_process.L631)) yield;
      if (tp.snd_una !== tp.write_seq) break;
      if (at(A$tcp_rcv_state_process.L634)) yield;
      ($E.fast || $E.twinOk[tcp_set_state.k] === 1 ? tcp_set_state$fast(sk, TCP_FIN_WAIT2) : yield* tcp_set_state(sk, TCP_FIN_WAIT2));
      if (at(A$tcp_rcv_state_process.L635)) yield;
      sk.sk_shutdown |= SEND_SHUTDOWN;
      if (at(A$tcp_rcv_state_process.L637)) yield;
      if (!sock_flag(sk, SOCK_DEAD)) {
        ($E.fast || $E.twinOk[sock_def_wakeup.k] === 1 ? sock_def_wakeup$fast(sk) : yield* sock_def_wakeup(sk));
        break;
      }
      if (at(A$tcp_rcv_state_process.L643)) yield;
      const tmo = sk.skc_net.sysctl['net.ipv4.tcp_fin_timeout'] * 1_000_000;
      $f.vars.tmo = tmo;
      if (!th.fin && tmo <= TCP_TIMEWAIT_LEN) {
        // an orphan (close() already returned): a timewait sock in substate FIN_WAIT2 takes over
        if (at(A$tcp_rcv_state_process.L650)) yield;
        ($E.fast || $E.twinOk[tcp_time_wait.k] === 1 ? tcp_time_wait$fast(sk, TCP_FIN_WAIT2, tmo) : yield* tcp_time_wait(sk, TCP_FIN_WAIT2, tmo));
        return 0;
      }
      break;
    }
    case TCP_CLOSING:
      if (at(A$tcp_rcv_state_process.L655)) yield;
      if (tp.snd_una === tp.write_seq) {
        if (at(A$tcp_rcv_state_process.L658)) yield;
        ($E.fast || $E.twinOk[tcp_time_wait.k] === 1 ? tcp_time_wait$fast(sk, TCP_TIME_WAIT, 0) : yield* tcp_time_wait(sk, TCP_TIME_WAIT, 0));
        return 0;
      }
      break;
    case TCP_LAST_ACK:
      if (at(A$tcp_rcv_state_process.L662)) yield;
      if (tp.snd_una === tp.write_seq) {
        if (at(A$tcp_rcv_state_process.L667)) yield;
        ($E.fast || $E.twinOk[tcp_done.k] === 1 ? tcp_done$fast(sk) : yield* tcp_done(sk));
        return 0;
      }
      break;
  }
  if (at(A$tcp_rcv_state_process.L675)) yield;
  const st = sk.sk_state as number;
  let process = false;
  if (st === TCP_CLOSE_WAIT || st === TCP_CLOSING || st === TCP_LAST_ACK) {
    process = before(th.seq, tp.rcv_nxt);
  } else if (st === TCP_FIN_WAIT1 || st === TCP_FIN_WAIT2 || st === TCP_ESTABLISHED) {
    process = true;
  }
  if (process && (st === TCP_FIN_WAIT1 || st === TCP_FIN_WAIT2 || st === TCP_CLOSE_WAIT || st === TCP_CLOSING || st === TCP_LAST_ACK)) {
    // data after we stopped reading draws a reset (RFC 1122)
    if (sk.sk_shutdown & RCV_SHUTDOWN && skb.len && after(end_seq(skb) - th.fin, tp.rcv_nxt)) {
      NET_INC_STATS(sk.skc_net, MIB.TCPAbortOnData);
      if (at(A$tcp_rcv_state_process.L691)) yield;
      ($E.fast || $E.twinOk[tcp_reset.k] === 1 ? tcp_reset$fast(sk) : yield* tcp_reset(sk));
      return 1;
    }
  }
  if (process) {
    if (at(A$tcp_rcv_state_process.L697)) yield;
    ($E.fast || $E.twinOk[tcp_data_queue.k] === 1 ? tcp_data_queue$fast(sk, skb) : yield* tcp_data_queue(sk, skb));
  }
  if ((sk.sk_state as number) !== TCP_CLOSE) {
    if (at(A$tcp_rcv_state_process.L704)) yield;
    ($E.fast || $E.twinOk[tcp_ack_snd_check.k] === 1 ? tcp_ack_snd_check$fast(sk) : yield* tcp_ack_snd_check(sk));
  }
  if (at(A$tcp_rcv_state_process.L710)) yield;
  return 0;
  } finally {
    leave($f);
  }
}

/** inet_reqsk_alloc(): a request sock for `sk`; ireq_state = TCP_NEW_SYN_RECV is a plain write — no tracepoint. */
export function inet_reqsk_alloc(sk: Sock): TcpRequestSock {
  const req = new TcpRequestSock();
  req.skc_net = sk.skc_net;
  req.skc_family = sk.skc_family;
  req.skc_prot = sk.skc_prot;
  req.rsk_listener = sk;
  return req;
}
const A$tcp_conn_request = defineFn('net/ipv4/tcp_input.c', 'tcp_conn_request', [737, 738, 744, 745, 750, 764, 767, 769, 776, 781, 785, 801, 804, 809, 810, 814, 821]);

/**
 * tcp_conn_request(): a SYN to a listener. No socket is made: a request sock in TCP_NEW_SYN_RECV
 * goes into the *established* hash (the "half-open queue" is only a count, qlen), and a SYN-ACK goes out.
 */
export function* tcp_conn_request(sk: Sock, skb: SkBuff): Sim<number> {
  const net = sk.skc_net;
  const th = skb.th!;
  const icsk = inet_csk(sk);
  const $f = enter(A$tcp_conn_request, { sk, skb });
  try {

  let want_cookie = false;
  $f.vars.want_cookie = want_cookie;
  if (at(A$tcp_conn_request.L737)) yield;
  // inet_csk_reqsk_queue_is_full(): qlen >= sk_max_ack_backlog in 5.4
  if (net.sysctl['net.ipv4.tcp_syncookies'] === 2 || icsk.icsk_accept_queue.qlen >= sk.sk_max_ack_backlog) {
    if (at(A$tcp_conn_request.L738)) yield;
    want_cookie = net.sysctl['net.ipv4.tcp_syncookies'] > 0;
    $f.vars.want_cookie = want_cookie;
    NET_INC_STATS(net, want_cookie ? MIB.TCPReqQFullDoCookies : MIB.TCPReqQFullDrop);
    if (!want_cookie) {
      if (at(A$tcp_conn_request.L821)) yield;
      tcp_listendrop(sk);
      return 0;
    }
  }
  if (at(A$tcp_conn_request.L744)) yield;
  if (($E.fast || $E.twinOk[sk_acceptq_is_full.k] === 1 ? sk_acceptq_is_full$fast(sk) : yield* sk_acceptq_is_full(sk))) {
    if (at(A$tcp_conn_request.L745)) yield;
    NET_INC_STATS(net, MIB.ListenOverflows);
    if (at(A$tcp_conn_request.L821)) yield;
    tcp_listendrop(sk);
    return 0;
  }
  if (at(A$tcp_conn_request.L750)) yield;
  const req = inet_reqsk_alloc(sk);
  $f.vars.req = req;
  if (at(A$tcp_conn_request.L764)) yield;
  req.rcv_isn = th.seq;
  req.rcv_nxt = (th.seq + 1) >>> 0;
  req.mss = th.options.mss ?? TCP_MSS_DEFAULT;
  req.rsk_rcv_wnd = 65535;
  inet_rsk(req).ir_rmt_port = th.source;
  inet_rsk(req).ir_num = th.dest;
  if (at(A$tcp_conn_request.L767)) yield;
  inet_rsk(req).ir_loc_addr = skb.iph.daddr;
  inet_rsk(req).ir_rmt_addr = skb.iph.saddr;
  if (at(A$tcp_conn_request.L769)) yield;
  let isn: number;
  if (!want_cookie) {
    if (at(A$tcp_conn_request.L776)) yield;
    isn = secure_tcp_seq(net, skb.iph.daddr, skb.iph.saddr, th.dest, th.source);
  } else {
    if (at(A$tcp_conn_request.L781)) yield;
    // cookie_init_sequence(): tcp_synq_overflow() stamps the listener (cookie ACKs are checked
    // for two minutes from now), then the cookie encodes the 4-tuple, the minute and the MSS
    const last = tcp_sk(sk).rx_opt.ts_recent_stamp;
    if (last < 0 || E.now > last + 1_000_000) tcp_sk(sk).rx_opt.ts_recent_stamp = E.now;
    NET_INC_STATS(net, MIB.SyncookiesSent);
    const c = ($E.fast || $E.twinOk[cookie_v4_init_sequence.k] === 1 ? cookie_v4_init_sequence$fast(sk, skb) : yield* cookie_v4_init_sequence(sk, skb));
    isn = c.isn;
    req.mss = c.mss;
  }
  $f.vars.isn = isn;
  if (at(A$tcp_conn_request.L785)) yield;
  req.snt_isn = isn;
  if (!want_cookie) {
    if (at(A$tcp_conn_request.L801)) yield;
    ($E.fast || $E.twinOk[inet_csk_reqsk_queue_hash_add.k] === 1 ? inet_csk_reqsk_queue_hash_add$fast(sk, req, TCP_TIMEOUT_INIT) : yield* inet_csk_reqsk_queue_hash_add(sk, req, TCP_TIMEOUT_INIT));
  }
  if (at(A$tcp_conn_request.L804)) yield;
  ($E.fast || $E.twinOk[tcp_v4_send_synack.k] === 1 ? tcp_v4_send_synack$fast(sk, req) : yield* tcp_v4_send_synack(sk, req));
  if (want_cookie) {
    if (at(A$tcp_conn_request.L809)) yield;
    req.freed = true;
    if (at(A$tcp_conn_request.L810)) yield;
    return 0;
  }
  if (at(A$tcp_conn_request.L814)) yield;
  return 0;
  } finally {
    leave($f);
  }
}



// ---- fast-path twins (scripts/twins.cjs) ----
import { E as $E, FAST_FRAME as $FF, driveToEnd as $drive, registerTwin as $kreg } from '../../../core/engine';
import { tcp_done$fast as tcp_done$fast, tcp_set_state$fast as tcp_set_state$fast } from './tcp';
import { sock_def_error_report$fast as sock_def_error_report$fast, sock_def_wakeup$fast as sock_def_wakeup$fast, sock_def_readable$fast as sock_def_readable$fast, sk_acceptq_is_full$fast as sk_acceptq_is_full$fast } from '../core/sock';
import { tcp_send_ack$fast as tcp_send_ack$fast, tcp_send_delayed_ack$fast as tcp_send_delayed_ack$fast, __tcp_transmit_skb$fast as __tcp_transmit_skb$fast } from './tcp_output';
import { tcp_time_wait$fast as tcp_time_wait$fast } from './tcp_minisocks';
import { cookie_v4_init_sequence$fast as cookie_v4_init_sequence$fast } from './syncookies';
import { inet_csk_reqsk_queue_hash_add$fast as inet_csk_reqsk_queue_hash_add$fast } from './inet_connection_sock';
import { tcp_v4_send_synack$fast as tcp_v4_send_synack$fast } from './tcp_ipv4';
export function tcp_ack$fast(sk: Sock, skb: SkBuff): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0; let $x = -1;
  const tp = tcp_sk(sk);
  const th = skb.th!;
  const ack = th.ack_seq;
  const $f = ($tb !== null && ($o = (A$tcp_ack.L23 | 270532608), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {

  $s += 2;
  const prior_snd_una = tp.snd_una;
  
  
  if (before(ack, prior_snd_una)) {
    ++$s; $x = A$tcp_ack.L94 | 1048576;
    return ($r = (0), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_ack.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_ack.L40) : $tb.op($e.now, A$tcp_ack.L40));
  if (after(ack, tp.snd_nxt)) {
    ++$s; $x = A$tcp_ack.L41 | 1048576;
    return ($r = (-1), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_ack.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_ack.L61) : $tb.op($e.now, A$tcp_ack.L61));
  tp.snd_wnd = th.window;
  tp.snd_wl1 = th.seq;
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_ack.L55) : $tb.op($e.now, A$tcp_ack.L55));
  tp.snd_una = ack;
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_ack.L74) : $tb.op($e.now, A$tcp_ack.L74));
  // (in place: the segments this ACK covers leave the queue, the others keep their order)
  const rtx = tp.tcp_rtx_queue;
  let kept = 0;
  for (let i = 0; i < rtx.length; i++) if (after(end_seq(rtx[i]), ack)) rtx[kept++] = rtx[i];
  rtx.length = kept;
  tp.packets_out = kept;
  if (ack !== prior_snd_una) {
    inet_csk(sk).icsk_retransmits = 0;
    inet_csk(sk).icsk_backoff = 0;
  }
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_ack.L78) : $tb.op($e.now, A$tcp_ack.L78));
  if (!tp.packets_out) inet_csk_clear_xmit_timer(sk);
  else if (ack !== prior_snd_una) inet_csk_reset_xmit_timer(sk, inet_csk(sk).icsk_rto);
  // senders blocked on a full send buffer could write again
  // (tcp_check_space → sk_stream_write_space, EPOLLOUT, would wake a writer that found the send
  // buffer full, SOCK_NOSPACE: the simulated send buffer never fills, so an ACK wakes no one)
  ++$s; $x = A$tcp_ack.L86 | 1048576;
  return ($r = (1), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_ack.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
export function tcp_reset$fast(sk: Sock): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $s = 0;
  const $f = ($tb !== null && ($o = (A$tcp_reset.L106 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  ++$s;
  traceReset('tcp_receive_reset', sk);
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_reset.L108) : $tb.op($e.now, A$tcp_reset.L108));
  switch (sk.sk_state) {
    case TCP_SYN_SENT:
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_reset.L111) : $tb.op($e.now, A$tcp_reset.L111));
      sk.sk_err = ECONNREFUSED;
      break;
    case TCP_CLOSE_WAIT:
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_reset.L115) : $tb.op($e.now, A$tcp_reset.L115));
      sk.sk_err = EPIPE;
      break;
    case TCP_CLOSE:
      { ($e.steps += $s, $tb !== null && ($o = (A$tcp_reset.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))); return; }
    default:
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_reset.L120) : $tb.op($e.now, A$tcp_reset.L120));
      sk.sk_err = ECONNRESET;
  }
  $s += 2; if ($tb !== null) ($o = (A$tcp_reset.L124 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  tcp_sk(sk).tcp_rtx_queue = [];
  tcp_sk(sk).packets_out = 0;
  
  tcp_done$fast(sk);
  if (!sock_flag(sk, SOCK_DEAD)) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_reset.L129) : $tb.op($e.now, A$tcp_reset.L129));
    sock_def_error_report$fast(sk);
  }
  } ($e.steps += $s, $tb !== null && ($o = (A$tcp_reset.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
}
export function tcp_fin$fast(sk: Sock): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $s = 0;
  const $f = ($tb !== null && ($o = (A$tcp_fin.L184 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  ++$s;
  inet_csk_schedule_ack(sk);
  $s += 2; if ($tb !== null) ($o = (A$tcp_fin.L186 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  sk.sk_shutdown |= RCV_SHUTDOWN;
  
  sock_set_flag(sk, SOCK_DONE);
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_fin.L188) : $tb.op($e.now, A$tcp_fin.L188));
  switch (sk.sk_state) {
    case TCP_SYN_RECV:
    case TCP_ESTABLISHED:
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_fin.L192) : $tb.op($e.now, A$tcp_fin.L192));
      tcp_set_state$fast(sk, TCP_CLOSE_WAIT);
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_fin.L193) : $tb.op($e.now, A$tcp_fin.L193));
      inet_csk(sk).icsk_ack.pingpong = TCP_PINGPONG_THRESH;
      break;
    case TCP_FIN_WAIT1:
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_fin.L204) : $tb.op($e.now, A$tcp_fin.L204));
      tcp_send_ack$fast(sk);
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_fin.L205) : $tb.op($e.now, A$tcp_fin.L205));
      tcp_set_state$fast(sk, TCP_CLOSING);
      break;
    case TCP_FIN_WAIT2:
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_fin.L209) : $tb.op($e.now, A$tcp_fin.L209));
      tcp_send_ack$fast(sk);
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_fin.L211) : $tb.op($e.now, A$tcp_fin.L211));
      tcp_time_wait$fast(sk, TCP_TIME_WAIT, 0);
      break;
    default:
      break;
  }
  if (!sock_flag(sk, SOCK_DEAD)) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_fin.L223) : $tb.op($e.now, A$tcp_fin.L223));
    sock_def_wakeup$fast(sk);
  }
  } ($e.steps += $s, $tb !== null && ($o = (A$tcp_fin.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
}
export function tcp_data_queue$fast(sk: Sock, skb: SkBuff): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $s = 0;
  const tp = tcp_sk(sk);
  const th = skb.th!;
  const $f = ($tb !== null && ($o = (A$tcp_data_queue.L241 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {

  ++$s;
  if (!skb.len && !th.fin) { ($e.steps += $s, $tb !== null && ($o = (A$tcp_data_queue.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))); return; }
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_data_queue.L251) : $tb.op($e.now, A$tcp_data_queue.L251));
  if (th.seq === tp.rcv_nxt) {
    // tcp_queue_rcv(): append to sk_receive_queue and advance rcv_nxt
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_data_queue.L259) : $tb.op($e.now, A$tcp_data_queue.L259));
    if (skb.len && !(sk.sk_shutdown & RCV_SHUTDOWN)) sk.sk_receive_queue.push(skb);
    tp.rcv_nxt = (tp.rcv_nxt + skb.len) >>> 0;
    if (skb.len) {
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_data_queue.L261) : $tb.op($e.now, A$tcp_data_queue.L261));
      tcp_event_data_recv$fast(sk, skb);
    }
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_data_queue.L264) : $tb.op($e.now, A$tcp_data_queue.L264));
    if (th.fin) {
      tp.rcv_nxt = (tp.rcv_nxt + 1) >>> 0;
      tcp_fin$fast(sk);
    }
    if (!sock_flag(sk, SOCK_DEAD)) {
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_data_queue.L277) : $tb.op($e.now, A$tcp_data_queue.L277));
      sock_def_readable$fast(sk);
    }
    { ($e.steps += $s, $tb !== null && ($o = (A$tcp_data_queue.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))); return; }
  }
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_data_queue.L281) : $tb.op($e.now, A$tcp_data_queue.L281));
  if (!after(end_seq(skb), tp.rcv_nxt)) {
    // a retransmission of what we already have: ACK it again at once
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_data_queue.L286) : $tb.op($e.now, A$tcp_data_queue.L286));
    tcp_incr_quickack(sk, TCP_MAX_QUICKACKS);
    inet_csk_schedule_ack(sk);
  }
  // out-of-order segments are not kept in this model (the link never reorders)
  } ($e.steps += $s, $tb !== null && ($o = (A$tcp_data_queue.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
}
function tcp_event_data_recv$fast(sk: Sock, skb: SkBuff): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $s = 0;
  const icsk = inet_csk(sk);
  const a = icsk.icsk_ack;
  const $f = ($tb !== null && ($o = (A$tcp_event_data_recv.L146 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {

  ++$s;
  inet_csk_schedule_ack(sk);
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_event_data_recv.L148) : $tb.op($e.now, A$tcp_event_data_recv.L148));
  tcp_measure_rcv_mss(sk, skb);
  const now = E.now;
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_event_data_recv.L151) : $tb.op($e.now, A$tcp_event_data_recv.L151));
  if (!a.ato) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_event_data_recv.L154) : $tb.op($e.now, A$tcp_event_data_recv.L154));
    tcp_incr_quickack(sk, TCP_MAX_QUICKACKS);
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_event_data_recv.L155) : $tb.op($e.now, A$tcp_event_data_recv.L155));
    a.ato = TCP_ATO_MIN;
  } else {
    const m = now - a.lrcvtime;
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_event_data_recv.L160) : $tb.op($e.now, A$tcp_event_data_recv.L160));
    if (m <= TCP_ATO_MIN / 2) {
      a.ato = Math.floor(a.ato / 2) + TCP_ATO_MIN / 2;
    } else if (m < a.ato) {
      a.ato = Math.min(Math.floor(a.ato / 2) + m, icsk.icsk_rto);
    } else if (m > icsk.icsk_rto) {
      tcp_incr_quickack(sk, TCP_MAX_QUICKACKS);
    }
  }
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_event_data_recv.L171) : $tb.op($e.now, A$tcp_event_data_recv.L171));
  a.lrcvtime = now;
  } ($e.steps += $s, $tb !== null && ($o = (A$tcp_event_data_recv.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
}
function __tcp_ack_snd_check$fast(sk: Sock, ofo_possible: number): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $s = 0;
  const tp = tcp_sk(sk);
  const $f = ($tb !== null && ($o = (A$__tcp_ack_snd_check.L310 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {

  const a = inet_csk(sk).icsk_ack;
  ++$s;
  const twoSegments = ((tp.rcv_nxt - tp.rcv_wup) >>> 0) > a.rcv_mss && tcp_select_window(sk) >= tp.rcv_wnd;
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__tcp_ack_snd_check.L314) : $tb.op($e.now, A$__tcp_ack_snd_check.L314));
  if (twoSegments || tcp_in_quickack_mode(sk) || a.pending & ICSK_ACK_NOW) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__tcp_ack_snd_check.L318) : $tb.op($e.now, A$__tcp_ack_snd_check.L318));
    tcp_send_ack$fast(sk);
    { ($e.steps += $s, $tb !== null && ($o = (A$__tcp_ack_snd_check.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))); return; }
  }
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__tcp_ack_snd_check.L323) : $tb.op($e.now, A$__tcp_ack_snd_check.L323));
  tcp_send_delayed_ack$fast(sk);
  } ($e.steps += $s, $tb !== null && ($o = (A$__tcp_ack_snd_check.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
}
function tcp_ack_snd_check$fast(sk: Sock): any { const $e = $E;
  if (!inet_csk_ack_scheduled(sk)) return;
  __tcp_ack_snd_check$fast(sk, 1);
}
export function tcp_rcv_established$fast(sk: Sock, skb: SkBuff): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $s = 0;
  const $f = ($tb !== null && ($o = (A$tcp_rcv_established.L347 | 271581184), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  $s += 3;
  
  
  if (!(tcp_validate_incoming$fast(sk, skb))) { ($e.steps += $s, $tb !== null && ($o = (A$tcp_rcv_established.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))); return; }
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_rcv_established.L397) : $tb.op($e.now, A$tcp_rcv_established.L397));
  if (skb.th!.ack && (tcp_ack$fast(sk, skb)) < 0) { ($e.steps += $s, $tb !== null && ($o = (A$tcp_rcv_established.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))); return; }
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_rcv_established.L402) : $tb.op($e.now, A$tcp_rcv_established.L402));
  tcp_data_queue$fast(sk, skb);
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_rcv_established.L405) : $tb.op($e.now, A$tcp_rcv_established.L405));
  tcp_ack_snd_check$fast(sk);
  } ($e.steps += $s, $tb !== null && ($o = (A$tcp_rcv_established.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
}
function tcp_validate_incoming$fast(sk: Sock, skb: SkBuff): any { const $e = $E;
  const tp = tcp_sk(sk);
  const th = skb.th!;
  if (th.rst) {
    if (th.seq === tp.rcv_nxt) tcp_reset$fast(sk);
    // other in-window RSTs get a challenge ACK in Linux; out-of-window ones are dropped
    else if (after(th.seq, tp.rcv_nxt) && before(th.seq, tp.rcv_nxt + 65535)) tcp_send_ack$fast(sk);
    return false;
  }
  if (th.syn) {
    // RFC 5961 4.2: a SYN on a synchronized connection gets a challenge ACK, nothing more
    NET_INC_STATS(sk.skc_net, MIB.TCPSYNChallenge);
    tcp_send_ack$fast(sk);
    return false;
  }
  if (!th.ack) return false;
  return true;
}
export function tcp_finish_connect$fast(sk: Sock, skb: SkBuff): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $s = 0;
  const $f = ($tb !== null && ($o = (A$tcp_finish_connect.L424 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  ++$s;
  tcp_set_state$fast(sk, TCP_ESTABLISHED);
  $s += 3; if ($tb !== null) ($o = (A$tcp_finish_connect.L428 | 2097152), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  
  
  } ($e.steps += $s, $tb !== null && ($o = (A$tcp_finish_connect.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
}
export function tcp_rcv_synsent_state_process$fast(sk: Sock, skb: SkBuff): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0; let $x = -1;
  const tp = tcp_sk(sk);
  const th = skb.th!;
  const $f = ($tb !== null && ($o = (A$tcp_rcv_synsent_state_process.L462 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {

  ++$s;
  if (th.ack) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_rcv_synsent_state_process.L464) : $tb.op($e.now, A$tcp_rcv_synsent_state_process.L464));
    if (!after(th.ack_seq, tp.snd_una) || after(th.ack_seq, tp.snd_nxt)) {
      // an ACK for something we never sent: answer with a RST
      ++$s; $x = A$tcp_rcv_synsent_state_process.L538 | 1048576;
      return ($r = (1), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_rcv_synsent_state_process.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
    }
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_rcv_synsent_state_process.L469) : $tb.op($e.now, A$tcp_rcv_synsent_state_process.L469));
    if (th.rst) {
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_rcv_synsent_state_process.L470) : $tb.op($e.now, A$tcp_rcv_synsent_state_process.L470));
      tcp_reset$fast(sk);
      return ($r = (0), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_rcv_synsent_state_process.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
    }
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_rcv_synsent_state_process.L474) : $tb.op($e.now, A$tcp_rcv_synsent_state_process.L474));
    if (!th.syn) return ($r = (0), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_rcv_synsent_state_process.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
    $s += 2; if ($tb !== null) ($o = (A$tcp_rcv_synsent_state_process.L478 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
    tp.snd_wl1 = th.seq;
    
    tcp_ack$fast(sk, skb);
    $s += 3; if ($tb !== null) ($o = (A$tcp_rcv_synsent_state_process.L483 | 2097152), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
    tp.rcv_nxt = tp.rcv_wup = (th.seq + 1) >>> 0;
    
    tp.snd_wnd = th.window;
    
    tp.mss_cache = Math.min(th.options.mss ?? TCP_MSS_DEFAULT, tp.advmss);
    $s += 2; if ($tb !== null) ($o = (A$tcp_rcv_synsent_state_process.L491 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
    tp.copied_seq = tp.rcv_nxt;
    
    tcp_finish_connect$fast(sk, skb);
    if (!sock_flag(sk, SOCK_DEAD)) {
      // wakes the connect() sleeping in inet_wait_for_connect
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_rcv_synsent_state_process.L498) : $tb.op($e.now, A$tcp_rcv_synsent_state_process.L498));
      sock_def_wakeup$fast(sk);
    }
    $s += 2; if ($tb !== null) ($o = (A$tcp_rcv_synsent_state_process.L502 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
    
    tcp_send_ack$fast(sk);
    ++$s; $x = A$tcp_rcv_synsent_state_process.L516 | 1048576;
    return ($r = (-1), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_rcv_synsent_state_process.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_rcv_synsent_state_process.L519) : $tb.op($e.now, A$tcp_rcv_synsent_state_process.L519));
  if (th.rst) {
    ++$s; $x = A$tcp_rcv_synsent_state_process.L520 | 1048576;
    return ($r = (0), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_rcv_synsent_state_process.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_rcv_synsent_state_process.L523) : $tb.op($e.now, A$tcp_rcv_synsent_state_process.L523));
  if (th.syn) {
    // crossing SYNs (simultaneous open)
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_rcv_synsent_state_process.L525) : $tb.op($e.now, A$tcp_rcv_synsent_state_process.L525));
    tcp_set_state$fast(sk, TCP_SYN_RECV);
    tp.rcv_nxt = tp.rcv_wup = (th.seq + 1) >>> 0;
    tp.snd_wnd = th.window;
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_rcv_synsent_state_process.L527) : $tb.op($e.now, A$tcp_rcv_synsent_state_process.L527));
    __tcp_transmit_skb$fast(sk, tp.snd_una, SYN_ACK);
    return ($r = (-1), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_rcv_synsent_state_process.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
  return ($r = (0), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_rcv_synsent_state_process.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
export function tcp_rcv_state_process$fast(sk: Sock, skb: SkBuff): any { const $e = $E; const $tb: any = $e.lineSink; let $t: any; let $o: number; let $r: any; let $s = 0; let $x = -1;
  const tp = tcp_sk(sk);
  const icsk = inet_csk(sk);
  const th = skb.th!;
  const $f = ($tb !== null && ($o = (A$tcp_rcv_state_process.L556 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {

  ++$s;
  switch (sk.sk_state) {
    case TCP_CLOSE:
      ++$s; $x = A$tcp_rcv_state_process.L557 | 1048576;
      return ($r = (0), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_rcv_state_process.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
    case TCP_LISTEN:
      $s += 2; if ($tb !== null) ($o = (A$tcp_rcv_state_process.L560 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
      
      if (th.ack) return ($r = (1), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_rcv_state_process.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_rcv_state_process.L565) : $tb.op($e.now, A$tcp_rcv_state_process.L565));
      if (th.rst) return ($r = (0), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_rcv_state_process.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_rcv_state_process.L567) : $tb.op($e.now, A$tcp_rcv_state_process.L567));
      if (th.syn) {
        ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_rcv_state_process.L568) : $tb.op($e.now, A$tcp_rcv_state_process.L568));
        if (th.fin) return ($r = (0), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_rcv_state_process.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
        ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_rcv_state_process.L573) : $tb.op($e.now, A$tcp_rcv_state_process.L573));
        const acceptable = ((($t = inet_csk(sk).icsk_af_ops!.conn_request).fast !== undefined ? $t.fast(sk, skb) : $drive($t(sk, skb)))) >= 0;
        
        return ($r = (acceptable ? 0 : 1), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_rcv_state_process.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
      }
      return ($r = (0), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_rcv_state_process.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
    case TCP_SYN_SENT: {
      $s += 2; if ($tb !== null) ($o = (A$tcp_rcv_state_process.L581 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
      
      const queued = tcp_rcv_synsent_state_process$fast(sk, skb);
      
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_rcv_state_process.L586) : $tb.op($e.now, A$tcp_rcv_state_process.L586));
      if (queued >= 0) return ($r = (queued), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_rcv_state_process.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
      return ($r = (0), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_rcv_state_process.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
    }
  }
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_rcv_state_process.L593) : $tb.op($e.now, A$tcp_rcv_state_process.L593));
  if (!th.ack && !th.rst && !th.syn) return ($r = (0), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_rcv_state_process.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_rcv_state_process.L596) : $tb.op($e.now, A$tcp_rcv_state_process.L596));
  if (!(tcp_validate_incoming$fast(sk, skb))) return ($r = (0), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_rcv_state_process.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_rcv_state_process.L599) : $tb.op($e.now, A$tcp_rcv_state_process.L599));
  const acceptable = (tcp_ack$fast(sk, skb)) > 0;
  
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_rcv_state_process.L602) : $tb.op($e.now, A$tcp_rcv_state_process.L602));
  if (!acceptable) {
    if (sk.sk_state === TCP_SYN_RECV) return ($r = (1), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_rcv_state_process.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
    tcp_send_ack$fast(sk); // challenge ACK
    return ($r = (0), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_rcv_state_process.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_rcv_state_process.L609) : $tb.op($e.now, A$tcp_rcv_state_process.L609));
  switch (sk.sk_state) {
    case TCP_SYN_RECV:
      $s += 3; if ($tb !== null) ($o = (A$tcp_rcv_state_process.L610 | 2097152), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
      
      tp.copied_seq = tp.rcv_nxt;
      
      tcp_set_state$fast(sk, TCP_ESTABLISHED);
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_rcv_state_process.L618) : $tb.op($e.now, A$tcp_rcv_state_process.L618));
      sock_def_wakeup$fast(sk);
      $s += 2; if ($tb !== null) ($o = (A$tcp_rcv_state_process.L620 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
      tp.snd_una = th.ack_seq;
      
      tp.snd_wnd = th.window;
      break;
    case TCP_FIN_WAIT1: {
      $s += 2; if ($tb !== null) ($o = (A$tcp_rcv_state_process.L626 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
      
      if (tp.snd_una !== tp.write_seq) break;
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_rcv_state_process.L634) : $tb.op($e.now, A$tcp_rcv_state_process.L634));
      tcp_set_state$fast(sk, TCP_FIN_WAIT2);
      $s += 2; if ($tb !== null) ($o = (A$tcp_rcv_state_process.L635 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
      sk.sk_shutdown |= SEND_SHUTDOWN;
      
      if (!sock_flag(sk, SOCK_DEAD)) {
        sock_def_wakeup$fast(sk);
        break;
      }
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_rcv_state_process.L643) : $tb.op($e.now, A$tcp_rcv_state_process.L643));
      const tmo = sk.skc_net.sysctl['net.ipv4.tcp_fin_timeout'] * 1_000_000;
      
      if (!th.fin && tmo <= TCP_TIMEWAIT_LEN) {
        // an orphan (close() already returned): a timewait sock in substate FIN_WAIT2 takes over
        ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_rcv_state_process.L650) : $tb.op($e.now, A$tcp_rcv_state_process.L650));
        tcp_time_wait$fast(sk, TCP_FIN_WAIT2, tmo);
        return ($r = (0), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_rcv_state_process.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
      }
      break;
    }
    case TCP_CLOSING:
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_rcv_state_process.L655) : $tb.op($e.now, A$tcp_rcv_state_process.L655));
      if (tp.snd_una === tp.write_seq) {
        ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_rcv_state_process.L658) : $tb.op($e.now, A$tcp_rcv_state_process.L658));
        tcp_time_wait$fast(sk, TCP_TIME_WAIT, 0);
        return ($r = (0), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_rcv_state_process.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
      }
      break;
    case TCP_LAST_ACK:
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_rcv_state_process.L662) : $tb.op($e.now, A$tcp_rcv_state_process.L662));
      if (tp.snd_una === tp.write_seq) {
        ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_rcv_state_process.L667) : $tb.op($e.now, A$tcp_rcv_state_process.L667));
        tcp_done$fast(sk);
        return ($r = (0), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_rcv_state_process.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
      }
      break;
  }
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_rcv_state_process.L675) : $tb.op($e.now, A$tcp_rcv_state_process.L675));
  const st = sk.sk_state as number;
  let process = false;
  if (st === TCP_CLOSE_WAIT || st === TCP_CLOSING || st === TCP_LAST_ACK) {
    process = before(th.seq, tp.rcv_nxt);
  } else if (st === TCP_FIN_WAIT1 || st === TCP_FIN_WAIT2 || st === TCP_ESTABLISHED) {
    process = true;
  }
  if (process && (st === TCP_FIN_WAIT1 || st === TCP_FIN_WAIT2 || st === TCP_CLOSE_WAIT || st === TCP_CLOSING || st === TCP_LAST_ACK)) {
    // data after we stopped reading draws a reset (RFC 1122)
    if (sk.sk_shutdown & RCV_SHUTDOWN && skb.len && after(end_seq(skb) - th.fin, tp.rcv_nxt)) {
      NET_INC_STATS(sk.skc_net, MIB.TCPAbortOnData);
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_rcv_state_process.L691) : $tb.op($e.now, A$tcp_rcv_state_process.L691));
      tcp_reset$fast(sk);
      return ($r = (1), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_rcv_state_process.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
    }
  }
  if (process) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_rcv_state_process.L697) : $tb.op($e.now, A$tcp_rcv_state_process.L697));
    tcp_data_queue$fast(sk, skb);
  }
  if ((sk.sk_state as number) !== TCP_CLOSE) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_rcv_state_process.L704) : $tb.op($e.now, A$tcp_rcv_state_process.L704));
    tcp_ack_snd_check$fast(sk);
  }
  ++$s; $x = A$tcp_rcv_state_process.L710 | 1048576;
  return ($r = (0), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_rcv_state_process.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
export function tcp_conn_request$fast(sk: Sock, skb: SkBuff): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0; let $x = -1;
  const net = sk.skc_net;
  const th = skb.th!;
  const icsk = inet_csk(sk);
  const $f = ($tb !== null && ($o = (A$tcp_conn_request.L737 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {

  let want_cookie = false;
  
  ++$s;
  // inet_csk_reqsk_queue_is_full(): qlen >= sk_max_ack_backlog in 5.4
  if (net.sysctl['net.ipv4.tcp_syncookies'] === 2 || icsk.icsk_accept_queue.qlen >= sk.sk_max_ack_backlog) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_conn_request.L738) : $tb.op($e.now, A$tcp_conn_request.L738));
    want_cookie = net.sysctl['net.ipv4.tcp_syncookies'] > 0;
    
    NET_INC_STATS(net, want_cookie ? MIB.TCPReqQFullDoCookies : MIB.TCPReqQFullDrop);
    if (!want_cookie) {
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_conn_request.L821) : $tb.op($e.now, A$tcp_conn_request.L821));
      tcp_listendrop(sk);
      return ($r = (0), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_conn_request.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
    }
  }
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_conn_request.L744) : $tb.op($e.now, A$tcp_conn_request.L744));
  if (sk_acceptq_is_full$fast(sk)) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_conn_request.L745) : $tb.op($e.now, A$tcp_conn_request.L745));
    NET_INC_STATS(net, MIB.ListenOverflows);
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_conn_request.L821) : $tb.op($e.now, A$tcp_conn_request.L821));
    tcp_listendrop(sk);
    return ($r = (0), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_conn_request.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_conn_request.L750) : $tb.op($e.now, A$tcp_conn_request.L750));
  const req = inet_reqsk_alloc(sk);
  
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_conn_request.L764) : $tb.op($e.now, A$tcp_conn_request.L764));
  req.rcv_isn = th.seq;
  req.rcv_nxt = (th.seq + 1) >>> 0;
  req.mss = th.options.mss ?? TCP_MSS_DEFAULT;
  req.rsk_rcv_wnd = 65535;
  inet_rsk(req).ir_rmt_port = th.source;
  inet_rsk(req).ir_num = th.dest;
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_conn_request.L767) : $tb.op($e.now, A$tcp_conn_request.L767));
  inet_rsk(req).ir_loc_addr = skb.iph.daddr;
  inet_rsk(req).ir_rmt_addr = skb.iph.saddr;
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_conn_request.L769) : $tb.op($e.now, A$tcp_conn_request.L769));
  let isn: number;
  if (!want_cookie) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_conn_request.L776) : $tb.op($e.now, A$tcp_conn_request.L776));
    isn = secure_tcp_seq(net, skb.iph.daddr, skb.iph.saddr, th.dest, th.source);
  } else {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_conn_request.L781) : $tb.op($e.now, A$tcp_conn_request.L781));
    // cookie_init_sequence(): tcp_synq_overflow() stamps the listener (cookie ACKs are checked
    // for two minutes from now), then the cookie encodes the 4-tuple, the minute and the MSS
    const last = tcp_sk(sk).rx_opt.ts_recent_stamp;
    if (last < 0 || E.now > last + 1_000_000) tcp_sk(sk).rx_opt.ts_recent_stamp = E.now;
    NET_INC_STATS(net, MIB.SyncookiesSent);
    const c = cookie_v4_init_sequence$fast(sk, skb);
    isn = c.isn;
    req.mss = c.mss;
  }
  
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_conn_request.L785) : $tb.op($e.now, A$tcp_conn_request.L785));
  req.snt_isn = isn;
  if (!want_cookie) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_conn_request.L801) : $tb.op($e.now, A$tcp_conn_request.L801));
    inet_csk_reqsk_queue_hash_add$fast(sk, req, TCP_TIMEOUT_INIT);
  }
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_conn_request.L804) : $tb.op($e.now, A$tcp_conn_request.L804));
  tcp_v4_send_synack$fast(sk, req);
  if (want_cookie) {
    $s += 2; $x = A$tcp_conn_request.L809 | 2097152;
    req.freed = true;
    
    return ($r = (0), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_conn_request.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
  ++$s; $x = A$tcp_conn_request.L814 | 1048576;
  return ($r = (0), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_conn_request.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
$kreg(tcp_ack, tcp_ack$fast, 'tcp_ack', () => []);
$kreg(tcp_reset, tcp_reset$fast, 'tcp_reset', () => [sock_def_error_report, tcp_done]);
$kreg(tcp_fin, tcp_fin$fast, 'tcp_fin', () => [sock_def_wakeup, tcp_send_ack, tcp_set_state, tcp_time_wait]);
$kreg(tcp_data_queue, tcp_data_queue$fast, 'tcp_data_queue', () => [sock_def_readable, tcp_event_data_recv, tcp_fin]);
$kreg(tcp_event_data_recv, tcp_event_data_recv$fast, 'tcp_event_data_recv', () => []);
$kreg(__tcp_ack_snd_check, __tcp_ack_snd_check$fast, '__tcp_ack_snd_check', () => [tcp_send_ack, tcp_send_delayed_ack]);
$kreg(tcp_ack_snd_check, tcp_ack_snd_check$fast, 'tcp_ack_snd_check', () => [__tcp_ack_snd_check]);
$kreg(tcp_rcv_established, tcp_rcv_established$fast, 'tcp_rcv_established', () => [tcp_ack, tcp_ack_snd_check, tcp_data_queue, tcp_validate_incoming]);
$kreg(tcp_validate_incoming, tcp_validate_incoming$fast, 'tcp_validate_incoming', () => [tcp_reset, tcp_send_ack]);
$kreg(tcp_finish_connect, tcp_finish_connect$fast, 'tcp_finish_connect', () => [tcp_set_state]);
$kreg(tcp_rcv_synsent_state_process, tcp_rcv_synsent_state_process$fast, 'tcp_rcv_synsent_state_process', () => [__tcp_transmit_skb, sock_def_wakeup, tcp_ack, tcp_finish_connect, tcp_reset, tcp_send_ack, tcp_set_state]);
$kreg(tcp_rcv_state_process, tcp_rcv_state_process$fast, 'tcp_rcv_state_process', () => ['tcp_v4_conn_request', sock_def_wakeup, tcp_ack, tcp_ack_snd_check, tcp_data_queue, tcp_done, tcp_rcv_synsent_state_process, tcp_reset, tcp_send_ack, tcp_set_state, tcp_time_wait, tcp_validate_incoming]);
$kreg(tcp_conn_request, tcp_conn_request$fast, 'tcp_conn_request', () => [cookie_v4_init_sequence, inet_csk_reqsk_queue_hash_add, sk_acceptq_is_full, tcp_v4_send_synack]);
