// generated — do not edit. Written by scripts/gen-kernel.ts from src/kernel/net/ipv4/tcp.ts
// @ts-nocheck
// net/ipv4/tcp.c: TCP's socket-level operations — init, the single state setter tcp_set_state
// (where sock:inet_sock_set_state fires for TCP), close, shutdown, disconnect, done, and the
// user-facing send and receive.

import { Sim } from '../../../core/engine';
import { at, enter, leave } from '../../../core/engine';
import { defineFn } from '../../../core/anchors';
import { wait_event, cpu_busy } from '../../../world/current';
import { TimerList } from '../../../core/timer';
import { Sock, sock_flag, sock_set_flag, SOCK_DEAD, SOCK_DONE, SOCK_LINGER } from '../../../include/net/sock';
import { inet_csk, inet_csk_in_pingpong_mode, ICSK_ACK_SCHED, ICSK_ACK_PUSHED, ICSK_ACK_PUSHED2 } from '../../../include/net/inet_connection_sock';
import { inet_sk } from '../../../include/net/inet_sock';
import { TcpSock, tcp_sk, tcp_receive_window, after } from '../../../include/linux/tcp';
import { type SkBuff, MAX_TCP_HEADER } from '../../../include/linux/skbuff';
import { MIB, NET_INC_STATS } from '../../../include/net/net_namespace';
import {
  TCP_CLOSE, TCP_CLOSE_WAIT, TCP_CLOSING, TCP_ESTABLISHED, TCP_FIN_WAIT1, TCP_FIN_WAIT2,
  TCP_LAST_ACK, TCP_LISTEN, TCP_NEW_SYN_RECV, TCP_SYN_RECV, TCP_SYN_SENT, TCP_TIME_WAIT,
  SEND_SHUTDOWN, RCV_SHUTDOWN, SHUTDOWN_MASK, SOCK_BINDPORT_LOCK,
} from '../../../include/net/tcp_states';
import { ERRNO, MSG_DONTWAIT, MSG_MORE, MSG_OOB, MSG_WAITALL, SOL_TCP, TCP_CORK, TCP_NODELAY, TCP_SYNCNT } from '../../../include/uapi';
import type { File, Msghdr, PollTable, Socket } from '../../../include/linux/net';
import { sock_poll_wait } from '../../../include/linux/net';
import { EPOLLERR, EPOLLHUP, EPOLLIN, EPOLLOUT, EPOLLRDHUP, EPOLLRDNORM, EPOLLWRNORM } from '../../../include/linux/eventpoll';
import { inet_sk_state_store, release_sock, sk_wait_event, __sk_flush_backlog } from './af_inet';
import { inet_put_port } from './inet_hashtables';
import { inet_csk_listen_stop, inet_csk_destroy_sock } from './inet_connection_sock';
import {
  tcp_send_fin, tcp_send_active_reset, tcp_send_ack, tcp_clear_xmit_timers, TCP_TIMEOUT_INIT, __tcp_push_pending_frames,
  tcp_push_one, tcp_current_mss, tcpQueueSkb, __tcp_select_window, TCP_NAGLE_OFF, TCP_NAGLE_CORK, TCP_NAGLE_PUSH, TCP_SKB_TRUESIZE,
  tcp_bound_to_half_wnd,
} from './tcp_output';
import { sk_stream_memory_free, sk_stream_wait_memory, SOCK_NOSPACE } from '../core/stream';
import { tcp_time_wait } from './tcp_minisocks';
import { tcp_write_timer_handler, tcp_delack_timer_handler } from './tcp_timer';
import { sock_def_error_report, sock_def_wakeup } from '../core/sock';

const { EPIPE, ENOTCONN, EAGAIN } = ERRNO;

/** tcp_init_xmit_timers(): the retransmit (and delayed-ACK) timers of this sock. */
export function tcp_init_xmit_timers(sk: Sock): void {
  const icsk = inet_csk(sk);
  icsk.icsk_retransmit_timer = new TimerList('tcp_write_timer', sk.skc_net.host, tcp_write_timer_handler, sk);
  icsk.icsk_delack_timer = new TimerList('tcp_delack_timer', sk.skc_net.host, tcp_delack_timer_handler, sk);
}
const A$tcp_init_sock = defineFn('net/ipv4/tcp.c', 'tcp_init_sock', [25, 28, 31, 34, 36, 39, 46, 51]);

/** tcp_init_sock(): TCP's defaults. sk_state = TCP_CLOSE is a direct store: no tracepoint. */
export function* tcp_init_sock(sk: Sock): Sim<void> {
  const tp = tcp_sk(sk);
  const icsk = inet_csk(sk);
  const $f = enter(A$tcp_init_sock, { sk, tp, icsk });
  try {

  if (at(A$tcp_init_sock.L25)) yield;
  tp.out_of_order_queue = [];
  if (at(A$tcp_init_sock.L28)) yield;
  tcp_init_xmit_timers(sk);
  if (at(A$tcp_init_sock.L31)) yield;
  icsk.icsk_rto = TCP_TIMEOUT_INIT;
  if (at(A$tcp_init_sock.L34)) yield;
  tp.snd_cwnd = 10;
  if (at(A$tcp_init_sock.L36)) yield;
  tp.snd_ssthresh = 0x7fffffff;
  if (at(A$tcp_init_sock.L39)) yield;
  tp.mss_cache = 536;
  if (at(A$tcp_init_sock.L46)) yield;
  sk.sk_state = TCP_CLOSE;
  if (at(A$tcp_init_sock.L51)) yield;
  sk.sk_sndbuf = 16384;
  sk.sk_rcvbuf = 131072;
  } finally {
    leave($f);
  }
}
const A$tcp_set_state = defineFn('net/ipv4/tcp.c', 'tcp_set_state', [655, 659, 662, 667, 671, 673, 678, 683]);

/** tcp_set_state(): TCP's one state setter; on CLOSE it unhashes and releases the port first. */
export function* tcp_set_state(sk: Sock, state: number): Sim<void> { let $t: any;
  const $f = enter(A$tcp_set_state, { sk, state });
  try {
  if (at(A$tcp_set_state.L655)) yield;
  const oldstate = sk.sk_state;
  $f.vars.oldstate = oldstate;
  const net = sk.skc_net;
  if (at(A$tcp_set_state.L659)) yield;
  if (state === TCP_ESTABLISHED) {
    if (at(A$tcp_set_state.L662)) yield;
    if (oldstate !== TCP_ESTABLISHED) NET_INC_STATS(net, MIB.CurrEstab);
  } else {
    if (state === TCP_CLOSE) {
      if (at(A$tcp_set_state.L667)) yield;
      if (oldstate === TCP_CLOSE_WAIT || oldstate === TCP_ESTABLISHED) NET_INC_STATS(net, MIB.EstabResets);
      if (at(A$tcp_set_state.L671)) yield;
      (($t = sk.sk_prot.unhash).fast !== undefined && ($E.fast || $E.twinOk[$t.k] === 1) ? $t.fast(sk) : yield* sk.sk_prot.unhash(sk));
      if (at(A$tcp_set_state.L673)) yield;
      if (inet_csk(sk).icsk_bind_hash && !(sk.sk_userlocks & SOCK_BINDPORT_LOCK)) ($E.fast || $E.twinOk[inet_put_port.k] === 1 ? inet_put_port$fast(sk) : yield* inet_put_port(sk));
    }
    if (at(A$tcp_set_state.L678)) yield;
    if (oldstate === TCP_ESTABLISHED) NET_INC_STATS(net, MIB.CurrEstab, -1);
  }
  if (at(A$tcp_set_state.L683)) yield;
  ($E.fast || $E.twinOk[inet_sk_state_store.k] === 1 ? inet_sk_state_store$fast(sk, state) : yield* inet_sk_state_store(sk, state));
  } finally {
    leave($f);
  }
}

const TCP_ACTION_FIN = 1 << 7;
const new_state: number[] = [];
new_state[0] = TCP_CLOSE;
new_state[TCP_ESTABLISHED] = TCP_FIN_WAIT1 | TCP_ACTION_FIN;
new_state[TCP_SYN_SENT] = TCP_CLOSE;
new_state[TCP_SYN_RECV] = TCP_FIN_WAIT1 | TCP_ACTION_FIN;
new_state[TCP_FIN_WAIT1] = TCP_FIN_WAIT1;
new_state[TCP_FIN_WAIT2] = TCP_FIN_WAIT2;
new_state[TCP_TIME_WAIT] = TCP_CLOSE;
new_state[TCP_CLOSE] = TCP_CLOSE;
new_state[TCP_CLOSE_WAIT] = TCP_LAST_ACK | TCP_ACTION_FIN;
new_state[TCP_LAST_ACK] = TCP_LAST_ACK;
new_state[TCP_LISTEN] = TCP_CLOSE;
new_state[TCP_CLOSING] = TCP_CLOSING;
new_state[TCP_NEW_SYN_RECV] = TCP_CLOSE;
const A$tcp_close_state = defineFn('net/ipv4/tcp.c', 'tcp_close_state', [721, 725, 727]);

/** tcp_close_state(): where close()/shutdown() go from each state, and whether a FIN must be sent. */
export function* tcp_close_state(sk: Sock): Sim<boolean> {
  const $f = enter(A$tcp_close_state, { sk });
  try {
  if (at(A$tcp_close_state.L721)) yield;
  const next = new_state[sk.sk_state];
  const ns = next & 0x0f;
  $f.vars.next = next;
  $f.vars.ns = ns;
  if (at(A$tcp_close_state.L725)) yield;
  ($E.fast || $E.twinOk[tcp_set_state.k] === 1 ? tcp_set_state$fast(sk, ns) : yield* tcp_set_state(sk, ns));
  if (at(A$tcp_close_state.L727)) yield;
  return !!(next & TCP_ACTION_FIN);
  } finally {
    leave($f);
  }
}
const A$tcp_shutdown = defineFn('net/ipv4/tcp.c', 'tcp_shutdown', [738, 742, 746, 747]);

/** tcp_shutdown(): SHUT_WR sends our FIN (ESTABLISHED→FIN_WAIT1, CLOSE_WAIT→LAST_ACK). */
export function* tcp_shutdown(sk: Sock, how: number): Sim<void> {
  const $f = enter(A$tcp_shutdown, { sk, how });
  try {
  if (at(A$tcp_shutdown.L738)) yield;
  if (!(how & SEND_SHUTDOWN)) return;
  if (at(A$tcp_shutdown.L742)) yield;
  const st = sk.sk_state;
  if (st === TCP_ESTABLISHED || st === TCP_SYN_SENT || st === TCP_SYN_RECV || st === TCP_CLOSE_WAIT) {
    if (at(A$tcp_shutdown.L746)) yield;
    if (($E.fast || $E.twinOk[tcp_close_state.k] === 1 ? tcp_close_state$fast(sk) : yield* tcp_close_state(sk))) {
      if (at(A$tcp_shutdown.L747)) yield;
      ($E.fast || $E.twinOk[tcp_send_fin.k] === 1 ? tcp_send_fin$fast(sk) : yield* tcp_send_fin(sk));
    }
  }
  } finally {
    leave($f);
  }
}
const A$tcp_close = defineFn('net/ipv4/tcp.c', 'tcp_close', [762, 764, 765, 767, 770, 774, 783, 787, 790, 791, 792, 794, 796, 798, 802, 806, 808, 810, 824, 831, 835, 839]);

/** tcp_close() = tcp_prot.close: send FIN (or RST), orphan the sock; it lives on until the FIN exchange ends. */
export function* tcp_close(sk: Sock, timeout: number): Sim<void> {
  const $f = enter(A$tcp_close, { sk, timeout });
  try {
  if (at(A$tcp_close.L762)) yield;
  sk.sk_lock_owned = true;
  if (at(A$tcp_close.L764)) yield;
  sk.sk_shutdown = SHUTDOWN_MASK;
  if (at(A$tcp_close.L765)) yield;
  if (sk.sk_state === TCP_LISTEN) {
    if (at(A$tcp_close.L767)) yield;
    ($E.fast || $E.twinOk[tcp_set_state.k] === 1 ? tcp_set_state$fast(sk, TCP_CLOSE) : yield* tcp_set_state(sk, TCP_CLOSE));
    if (at(A$tcp_close.L770)) yield;
    ($E.fast || $E.twinOk[inet_csk_listen_stop.k] === 1 ? inet_csk_listen_stop$fast(sk) : yield* inet_csk_listen_stop(sk));
  } else {
    if (at(A$tcp_close.L774)) yield;
    let data_was_unread = 0;
    for (const skb of sk.sk_receive_queue) data_was_unread += skb.len;
    sk.sk_receive_queue = [];
    $f.vars.data_was_unread = data_was_unread;
    if (at(A$tcp_close.L783)) yield;
    if (sk.sk_state !== TCP_CLOSE) {
      if (at(A$tcp_close.L787)) yield;
      if (data_was_unread) {
        NET_INC_STATS(sk.skc_net, MIB.TCPAbortOnClose);
        if (at(A$tcp_close.L790)) yield;
        ($E.fast || $E.twinOk[tcp_set_state.k] === 1 ? tcp_set_state$fast(sk, TCP_CLOSE) : yield* tcp_set_state(sk, TCP_CLOSE));
        if (at(A$tcp_close.L791)) yield;
        ($E.fast || $E.twinOk[tcp_send_active_reset.k] === 1 ? tcp_send_active_reset$fast(sk) : yield* tcp_send_active_reset(sk));
      } else {
        if (at(A$tcp_close.L792)) yield;
        if (sock_flag(sk, SOCK_LINGER) && !sk.sk_lingertime) {
          if (at(A$tcp_close.L794)) yield;
          ($E.fast || $E.twinOk[tcp_disconnect.k] === 1 ? tcp_disconnect$fast(sk, 0) : yield* tcp_disconnect(sk, 0));
          NET_INC_STATS(sk.skc_net, MIB.TCPAbortOnData);
        } else {
          if (at(A$tcp_close.L796)) yield;
          if (($E.fast || $E.twinOk[tcp_close_state.k] === 1 ? tcp_close_state$fast(sk) : yield* tcp_close_state(sk))) {
            if (at(A$tcp_close.L798)) yield;
            ($E.fast || $E.twinOk[tcp_send_fin.k] === 1 ? tcp_send_fin$fast(sk) : yield* tcp_send_fin(sk));
          }
        }
      }
    }
  }
  if (at(A$tcp_close.L802)) yield;
  // the state now, after the FIN or RST above: a softirq may still change it before we look again
  const state = sk.sk_state;
  $f.vars.state = state;
  if (at(A$tcp_close.L806)) yield;
  // sock_orphan(): SOCK_DEAD, and no struct socket any more
  sock_set_flag(sk, SOCK_DEAD);
  sk.sk_socket = null;
  sk.sk_wq = null;
  if (at(A$tcp_close.L808)) yield;
  NET_INC_STATS(sk.skc_net, MIB.TCPOrphans);
  if (!(state !== TCP_CLOSE && sk.sk_state === TCP_CLOSE)) {
    if (at(A$tcp_close.L810)) yield;
    if (sk.sk_state === TCP_FIN_WAIT2) {
      const tmo = sk.skc_net.sysctl['net.ipv4.tcp_fin_timeout'] * 1_000_000;
      if (at(A$tcp_close.L824)) yield;
      ($E.fast || $E.twinOk[tcp_time_wait.k] === 1 ? tcp_time_wait$fast(sk, TCP_FIN_WAIT2, tmo) : yield* tcp_time_wait(sk, TCP_FIN_WAIT2, tmo));
    } else {
      if (at(A$tcp_close.L831)) yield;
      if (sk.sk_state === TCP_CLOSE) {
        if (at(A$tcp_close.L835)) yield;
        ($E.fast || $E.twinOk[inet_csk_destroy_sock.k] === 1 ? inet_csk_destroy_sock$fast(sk) : yield* inet_csk_destroy_sock(sk));
      }
    }
  }
  if (at(A$tcp_close.L839)) yield;
  sk.sk_lock_owned = false;
  } finally {
    leave($f);
  }
}
const A$tcp_disconnect = defineFn('net/ipv4/tcp.c', 'tcp_disconnect', [854, 859, 865, 869, 870, 871, 872, 878, 882, 900]);

/** tcp_disconnect(): abort to CLOSE; a synchronized connection is reset (SO_LINGER {1,0}, listener children). */
export function* tcp_disconnect(sk: Sock, flags: number): Sim<number> {
  const $f = enter(A$tcp_disconnect, { sk, flags });
  try {
  if (at(A$tcp_disconnect.L854)) yield;
  const old_state = sk.sk_state;
  $f.vars.old_state = old_state;
  if (old_state !== TCP_CLOSE) {
    if (at(A$tcp_disconnect.L859)) yield;
    ($E.fast || $E.twinOk[tcp_set_state.k] === 1 ? tcp_set_state$fast(sk, TCP_CLOSE) : yield* tcp_set_state(sk, TCP_CLOSE));
  }
  if (at(A$tcp_disconnect.L865)) yield;
  const need = [TCP_ESTABLISHED, TCP_CLOSE_WAIT, TCP_FIN_WAIT1, TCP_FIN_WAIT2, TCP_SYN_RECV, TCP_CLOSING, TCP_LAST_ACK].includes(old_state);
  if (need) {
    if (at(A$tcp_disconnect.L869)) yield;
    ($E.fast || $E.twinOk[tcp_send_active_reset.k] === 1 ? tcp_send_active_reset$fast(sk) : yield* tcp_send_active_reset(sk));
    if (at(A$tcp_disconnect.L870)) yield;
    sk.sk_err = ERRNO.ECONNRESET;
  } else if (old_state === TCP_SYN_SENT) {
    if (at(A$tcp_disconnect.L871)) yield;
    if (at(A$tcp_disconnect.L872)) yield;
    sk.sk_err = ERRNO.ECONNRESET;
  }
  if (at(A$tcp_disconnect.L878)) yield;
  tcp_clear_xmit_timers(sk);
  tcp_sk(sk).tcp_rtx_queue = [];
  sk.sk_receive_queue = [];
  if (at(A$tcp_disconnect.L882)) yield;
  inet_sk(sk).inet_dport = 0;
  sk.sk_shutdown = 0;
  if (at(A$tcp_disconnect.L900)) yield;
  ($E.fast || $E.twinOk[sock_def_error_report.k] === 1 ? sock_def_error_report$fast(sk) : yield* sock_def_error_report(sk));
  return 0;
  } finally {
    leave($f);
  }
}
const A$tcp_done = defineFn('net/ipv4/tcp.c', 'tcp_done', [916, 919, 920, 923, 924, 926, 929]);

/** tcp_done(): the connection is over — CLOSE; an orphan is destroyed, an owned sock wakes its owner. */
export function* tcp_done(sk: Sock): Sim<void> {
  const $f = enter(A$tcp_done, { sk });
  try {
  if (at(A$tcp_done.L916)) yield;
  if (sk.sk_state === TCP_SYN_SENT || sk.sk_state === TCP_SYN_RECV) NET_INC_STATS(sk.skc_net, MIB.AttemptFails);
  if (at(A$tcp_done.L919)) yield;
  ($E.fast || $E.twinOk[tcp_set_state.k] === 1 ? tcp_set_state$fast(sk, TCP_CLOSE) : yield* tcp_set_state(sk, TCP_CLOSE));
  if (at(A$tcp_done.L920)) yield;
  tcp_clear_xmit_timers(sk);
  if (at(A$tcp_done.L923)) yield;
  sk.sk_shutdown = SHUTDOWN_MASK;
  if (at(A$tcp_done.L924)) yield;
  if (!sock_flag(sk, SOCK_DEAD)) {
    if (at(A$tcp_done.L926)) yield;
    ($E.fast || $E.twinOk[sock_def_wakeup.k] === 1 ? sock_def_wakeup$fast(sk) : yield* sock_def_wakeup(sk));
  } else {
    if (at(A$tcp_done.L929)) yield;
    ($E.fast || $E.twinOk[inet_csk_destroy_sock.k] === 1 ? inet_csk_destroy_sock$fast(sk) : yield* inet_csk_destroy_sock(sk));
  }
  } finally {
    leave($f);
  }
}
const A$tcp_sendmsg = defineFn('net/ipv4/tcp.c', 'tcp_sendmsg', [331, 332, 334, 337]);

/** tcp_sendmsg() = tcp_prot.sendmsg: queue the bytes as segments of at most one MSS and push them out. */
export function* tcp_sendmsg(sk: Sock, msg: Msghdr, size: number): Sim<number> {
  const $f = enter(A$tcp_sendmsg, { sk, size });
  try {
  if (at(A$tcp_sendmsg.L331)) yield;
  sk.sk_lock_owned = true;
  if (at(A$tcp_sendmsg.L332)) yield;
  const ret = yield* tcp_sendmsg_locked(sk, msg, size);
  $f.vars.ret = ret;
  if (at(A$tcp_sendmsg.L334)) yield;
  ($E.fast || $E.twinOk[release_sock.k] === 1 ? release_sock$fast(sk) : yield* release_sock(sk));
  if (at(A$tcp_sendmsg.L337)) yield;
  return ret;
  } finally {
    leave($f);
  }
}
const A$tcp_xmit_size_goal = defineFn('net/ipv4/tcp.c', 'tcp_xmit_size_goal', [71, 72, 75, 76, 79, 80, 82, 84, 87]);

/**
 * tcp_xmit_size_goal(): the bytes one skb of the write queue may hold — whole MSS up to a GSO
 * packet (the route's gso_max_size less MAX_TCP_HEADER), at most half the peer's largest window.
 */
function* tcp_xmit_size_goal(sk: Sock, mss_now: number, large_allowed: boolean): Sim<number> {
  const tp = tcp_sk(sk);
  const $f = enter(A$tcp_xmit_size_goal, { sk, mss_now, large_allowed, tp });
  try {
  if (at(A$tcp_xmit_size_goal.L71)) yield;
  if (!large_allowed) {
    if (at(A$tcp_xmit_size_goal.L72)) yield;
    return mss_now;
  }
  if (at(A$tcp_xmit_size_goal.L75)) yield;
  let new_size_goal = sk.sk_gso_max_size - 1 - MAX_TCP_HEADER;
  if (at(A$tcp_xmit_size_goal.L76)) yield;
  new_size_goal = tcp_bound_to_half_wnd(tp, new_size_goal);
  $f.vars.new_size_goal = new_size_goal;
  if (at(A$tcp_xmit_size_goal.L79)) yield;
  let size_goal = tp.gso_segs * mss_now;
  $f.vars.size_goal = size_goal;
  if (at(A$tcp_xmit_size_goal.L80)) yield;
  if (new_size_goal < size_goal || new_size_goal >= size_goal + mss_now) {
    if (at(A$tcp_xmit_size_goal.L82)) yield;
    tp.gso_segs = Math.min(Math.floor(new_size_goal / mss_now), sk.sk_gso_max_segs, 0xffff);
    if (at(A$tcp_xmit_size_goal.L84)) yield;
    size_goal = tp.gso_segs * mss_now;
    $f.vars.size_goal = size_goal;
  }
  if (at(A$tcp_xmit_size_goal.L87)) yield;
  return Math.max(size_goal, mss_now);
  } finally {
    leave($f);
  }
}
const A$tcp_send_mss = defineFn('net/ipv4/tcp.c', 'tcp_send_mss', [99, 100, 102]);

/** tcp_send_mss(): the MSS to send with now; out.size_goal the bytes an skb may hold. */
function* tcp_send_mss(sk: Sock, flags: number, out: { size_goal: number }): Sim<number> {
  const $f = enter(A$tcp_send_mss, { sk, flags });
  try {
  if (at(A$tcp_send_mss.L99)) yield;
  const mss_now = tcp_current_mss(sk);
  $f.vars.mss_now = mss_now;
  if (at(A$tcp_send_mss.L100)) yield;
  out.size_goal = ($E.fast || $E.twinOk[tcp_xmit_size_goal.k] === 1 ? tcp_xmit_size_goal$fast(sk, mss_now, !(flags & MSG_OOB)) : yield* tcp_xmit_size_goal(sk, mss_now, !(flags & MSG_OOB)));
  if (at(A$tcp_send_mss.L102)) yield;
  return mss_now;
  } finally {
    leave($f);
  }
}

/** forced_push(): more than half the peer's largest window written since the last PSH. */
function forced_push(tp: TcpSock): boolean {
  return after(tp.write_seq, (tp.pushed_seq + (tp.max_window >>> 1)) >>> 0);
}

/** tcp_mark_push(): this skb goes out with PSH; pushed_seq catches up with write_seq. */
function tcp_mark_push(tp: TcpSock, skb: SkBuff): void {
  skb.th!.psh = 1;
  tp.pushed_seq = tp.write_seq;
}
const A$skb_entail = defineFn('net/ipv4/tcp.c', 'skb_entail', [1004, 1005, 1008, 1009, 1011, 1012]);

/** skb_entail(): a new, empty skb at the write queue's tail — seq = end_seq = write_seq, flags ACK. */
function* skb_entail(sk: Sock, skb: SkBuff): Sim<void> {
  const tp = tcp_sk(sk);
  const $f = enter(A$skb_entail, { sk, skb, tp });
  try {
  if (at(A$skb_entail.L1004)) yield;
  if (at(A$skb_entail.L1005)) yield;
  if (at(A$skb_entail.L1008)) yield;
  sk.sk_write_queue.push(skb);
  if (at(A$skb_entail.L1009)) yield;
  sk.sk_wmem_queued += TCP_SKB_TRUESIZE;
  if (at(A$skb_entail.L1011)) yield;
  if (tp.nonagle & TCP_NAGLE_PUSH) {
    if (at(A$skb_entail.L1012)) yield;
    tp.nonagle &= ~TCP_NAGLE_PUSH;
  }
  } finally {
    leave($f);
  }
}
const A$tcp_push = defineFn('net/ipv4/tcp.c', 'tcp_push', [1029, 1030, 1032, 1033, 1037, 1047, 1048, 1050]);

/** tcp_push(): mark the last skb PSH (unless MSG_MORE) and push the write queue out. */
function* tcp_push(sk: Sock, flags: number, mss_now: number, nonagle: number, size_goal: number): Sim<void> {
  const tp = tcp_sk(sk);
  const q = sk.sk_write_queue;
  const $f = enter(A$tcp_push, { sk, flags, mss_now, nonagle, size_goal });
  try {
  if (at(A$tcp_push.L1029)) yield;
  const skb = q.length ? q[q.length - 1] : null;
  $f.vars.skb = skb;
  if (at(A$tcp_push.L1030)) yield;
  if (skb === null) return;
  if (at(A$tcp_push.L1032)) yield;
  if (!(flags & MSG_MORE) || forced_push(tp)) {
    if (at(A$tcp_push.L1033)) yield;
    tcp_mark_push(tp, skb);
  }
  if (at(A$tcp_push.L1037)) yield;
  // (not taken: sent skbs are freed as the device takes them — sk_wmem_alloc holds none of ours)
  if (at(A$tcp_push.L1047)) yield;
  if (flags & MSG_MORE) {
    if (at(A$tcp_push.L1048)) yield;
    nonagle = TCP_NAGLE_CORK;
  }
  if (at(A$tcp_push.L1050)) yield;
  ($E.fast || $E.twinOk[__tcp_push_pending_frames.k] === 1 ? __tcp_push_pending_frames$fast(sk, mss_now, nonagle) : yield* __tcp_push_pending_frames(sk, mss_now, nonagle));
  } finally {
    leave($f);
  }
}
const A$tcp_sendmsg_locked = defineFn('net/ipv4/tcp.c', 'tcp_sendmsg_locked', [119, 125, 130, 136, 138, 140, 151, 154, 155, 156, 158, 162, 163, 164, 166, 170, 171, 175, 176, 177, 178, 182, 187, 191, 192, 198, 199, 229, 248, 249, 252, 253, 256, 257, 260, 264, 268, 269, 270, 271, 272, 276, 278, 279, 283, 284, 285, 287, 293, 295, 299, 312]);

/**
 * tcp_sendmsg_locked(): copy the user's bytes into MSS-sized skbs on the write queue, sending full
 * ones as they fill (tcp_push_one) and the rest at the end (tcp_push); sleeps while the send buffer
 * is full. Errors as sk_stream_error() gives them; bytes already taken are returned instead.
 */
function* tcp_sendmsg_locked(sk: Sock, msg: Msghdr, size: number): Sim<number> {
  const tp = tcp_sk(sk);
  const data = msg.data;
  const flags = msg.msg_flags;
  const $f = enter(A$tcp_sendmsg_locked, { sk, size, tp });
  try {

  if (at(A$tcp_sendmsg_locked.L119)) yield;
  let copied = 0;
  if (at(A$tcp_sendmsg_locked.L125)) yield;
  if (at(A$tcp_sendmsg_locked.L130)) yield;
  const timeo = { left: flags & MSG_DONTWAIT ? 0 : sk.sk_sndtimeo };
  $f.vars.timeo = timeo.left;
  let err = 0;
  if (at(A$tcp_sendmsg_locked.L136)) yield;
  const st = sk.sk_state;
  if (st !== TCP_ESTABLISHED && st !== TCP_CLOSE_WAIT) {
    if (at(A$tcp_sendmsg_locked.L138)) yield;
    // sk_stream_wait_connect(): a socket that never connected gets EPIPE; a handshake in progress is waited for
    if (st === TCP_SYN_SENT || st === TCP_SYN_RECV) {
      if (!timeo.left) return -EAGAIN;
      yield* wait_event(sk.sk_wq!, false, 'sk_stream_wait_connect', () => sk.sk_state !== TCP_SYN_SENT && sk.sk_state !== TCP_SYN_RECV);
    }
    if (sk.sk_state !== TCP_ESTABLISHED && sk.sk_state !== TCP_CLOSE_WAIT) {
      if (at(A$tcp_sendmsg_locked.L140)) yield;
      return sk_stream_error(sk, -EPIPE);
    }
  }
  let process_backlog = 0;
  const q = sk.sk_write_queue;
  let mss_now = 0;
  let size_goal = 0;
  const sg = { size_goal: 0 };
  restart: for (;;) {
  if (at(A$tcp_sendmsg_locked.L151)) yield;
  mss_now = ($E.fast || $E.twinOk[tcp_send_mss.k] === 1 ? tcp_send_mss$fast(sk, flags, sg) : yield* tcp_send_mss(sk, flags, sg));
  size_goal = sg.size_goal;
  $f.vars.mss_now = mss_now;
  if (at(A$tcp_sendmsg_locked.L154)) yield;
  if (at(A$tcp_sendmsg_locked.L155)) yield;
  if (sk.sk_err || sk.sk_shutdown & SEND_SHUTDOWN) {
    if (at(A$tcp_sendmsg_locked.L156)) yield;
    if (copied) break restart;
    return sk_stream_error(sk, -EPIPE);
  }
  if (at(A$tcp_sendmsg_locked.L158)) yield;
  while (copied < data.length) {
    let copy = 0;
    if (at(A$tcp_sendmsg_locked.L162)) yield;
    let skb: SkBuff | null = q.length ? q[q.length - 1] : null;
    if (at(A$tcp_sendmsg_locked.L163)) yield;
    if (skb !== null) {
      if (at(A$tcp_sendmsg_locked.L164)) yield;
      copy = size_goal - skb.len;
    }
    if (at(A$tcp_sendmsg_locked.L166)) yield;
    if (copy <= 0 || skb === null || skb.th!.fin) {
      if (at(A$tcp_sendmsg_locked.L170)) yield;
      if (!sk_stream_memory_free(sk)) {
        if (at(A$tcp_sendmsg_locked.L171)) yield;
        if (at(A$tcp_sendmsg_locked.L276)) yield;
        sk.sk_socket!.flags |= SOCK_NOSPACE;
        if (at(A$tcp_sendmsg_locked.L278)) yield;
        if (copied) {
          if (at(A$tcp_sendmsg_locked.L279)) yield;
          ($E.fast || $E.twinOk[tcp_push.k] === 1 ? tcp_push$fast(sk, flags & ~MSG_MORE, mss_now, TCP_NAGLE_PUSH, size_goal) : yield* tcp_push(sk, flags & ~MSG_MORE, mss_now, TCP_NAGLE_PUSH, size_goal));
        }
        if (at(A$tcp_sendmsg_locked.L283)) yield;
        err = yield* sk_stream_wait_memory(sk, timeo);
        $f.vars.timeo = timeo.left;
        if (at(A$tcp_sendmsg_locked.L284)) yield;
        if (err !== 0) {
          if (at(A$tcp_sendmsg_locked.L285)) yield;
          break;
        }
        if (at(A$tcp_sendmsg_locked.L287)) yield;
        mss_now = ($E.fast || $E.twinOk[tcp_send_mss.k] === 1 ? tcp_send_mss$fast(sk, flags, sg) : yield* tcp_send_mss(sk, flags, sg));
        size_goal = sg.size_goal;
        continue;
      }
      if (at(A$tcp_sendmsg_locked.L175)) yield;
      if (process_backlog >= 16) {
        if (at(A$tcp_sendmsg_locked.L176)) yield;
        process_backlog = 0;
        if (at(A$tcp_sendmsg_locked.L177)) yield;
        if (sk.sk_backlog.length) {
          ($E.fast || $E.twinOk[__sk_flush_backlog.k] === 1 ? __sk_flush_backlog$fast(sk) : yield* __sk_flush_backlog(sk));
          if (at(A$tcp_sendmsg_locked.L178)) yield;
          continue restart;
        }
      }
      if (at(A$tcp_sendmsg_locked.L182)) yield;
      skb = tcpQueueSkb(sk, tp.write_seq);
      $f.vars.skb = skb;
      if (at(A$tcp_sendmsg_locked.L187)) yield;
      process_backlog++;
      if (at(A$tcp_sendmsg_locked.L191)) yield;
      ($E.fast || $E.twinOk[skb_entail.k] === 1 ? skb_entail$fast(sk, skb) : yield* skb_entail(sk, skb));
      if (at(A$tcp_sendmsg_locked.L192)) yield;
      copy = size_goal;
    }
    if (at(A$tcp_sendmsg_locked.L198)) yield;
    if (copy > data.length - copied) {
      if (at(A$tcp_sendmsg_locked.L199)) yield;
      copy = data.length - copied;
    }
    if (at(A$tcp_sendmsg_locked.L229)) yield;
    // (into page fragments: sk_stream_alloc_skb left no room in the head)
    skb.payload = skb.len ? skb.payload + data.slice(copied, copied + copy) : data.slice(copied, copied + copy);
    sk.sk_wmem_queued += copy;
    // (this copy costs no simulated time, unlike tcp_recvmsg's: the sender's ACK clock stays that of the
    // link, and nothing reaches sk_backlog while it copies — sk_flush_backlog finds it empty)
    if (at(A$tcp_sendmsg_locked.L248)) yield;
    if (!copied) {
      if (at(A$tcp_sendmsg_locked.L249)) yield;
      skb.th!.psh = 0;
    }
    if (at(A$tcp_sendmsg_locked.L252)) yield;
    tp.write_seq = (tp.write_seq + copy) >>> 0;
    if (at(A$tcp_sendmsg_locked.L253)) yield;
    if (at(A$tcp_sendmsg_locked.L256)) yield;
    copied += copy;
    if (at(A$tcp_sendmsg_locked.L257)) yield;
    if (copied >= data.length) {
      if (at(A$tcp_sendmsg_locked.L260)) yield;
      break;
    }
    if (at(A$tcp_sendmsg_locked.L264)) yield;
    if (skb.len < size_goal) continue;
    if (at(A$tcp_sendmsg_locked.L268)) yield;
    if (forced_push(tp)) {
      if (at(A$tcp_sendmsg_locked.L269)) yield;
      tcp_mark_push(tp, skb);
      if (at(A$tcp_sendmsg_locked.L270)) yield;
      ($E.fast || $E.twinOk[__tcp_push_pending_frames.k] === 1 ? __tcp_push_pending_frames$fast(sk, mss_now, TCP_NAGLE_PUSH) : yield* __tcp_push_pending_frames(sk, mss_now, TCP_NAGLE_PUSH));
    } else if (q[0] === skb) {
      if (at(A$tcp_sendmsg_locked.L271)) yield;
      if (at(A$tcp_sendmsg_locked.L272)) yield;
      ($E.fast || $E.twinOk[tcp_push_one.k] === 1 ? tcp_push_one$fast(sk, mss_now) : yield* tcp_push_one(sk, mss_now));
    }
  }
  break;
  }
  // out: (or do_error with bytes taken)
  if (at(A$tcp_sendmsg_locked.L293)) yield;
  if (copied) {
    if (at(A$tcp_sendmsg_locked.L295)) yield;
    ($E.fast || $E.twinOk[tcp_push.k] === 1 ? tcp_push$fast(sk, flags, mss_now, tp.nonagle, size_goal) : yield* tcp_push(sk, flags, mss_now, tp.nonagle, size_goal));
    if (at(A$tcp_sendmsg_locked.L299)) yield;
    return copied;
  }
  if (at(A$tcp_sendmsg_locked.L312)) yield;
  return sk_stream_error(sk, err);
  } finally {
    leave($f);
  }
}

/** sk_stream_error(): a pending socket error wins (and is cleared); EPIPE otherwise (SIGPIPE is not simulated). */
function sk_stream_error(sk: Sock, err: number): number {
  if (sk.sk_err && err === -EPIPE) {
    const e = sk.sk_err;
    sk.sk_err = 0;
    return -e;
  }
  return err;
}
const A$tcp_cleanup_rbuf = defineFn('net/ipv4/tcp.c', 'tcp_cleanup_rbuf', [357, 360, 367, 370, 371, 373, 374, 376, 377, 381]);

/** tcp_cleanup_rbuf(): after a read, send an ACK the delayed-ACK engine was holding for a small pushed segment. */
function* tcp_cleanup_rbuf(sk: Sock, copied: number): Sim<void> {
  const tp = tcp_sk(sk);
  const icsk = inet_csk(sk);
  const $f = enter(A$tcp_cleanup_rbuf, { sk, copied, tp });
  try {

  const a = icsk.icsk_ack;
  let time_to_ack = false;
  if (at(A$tcp_cleanup_rbuf.L357)) yield;
  if (a.pending & ICSK_ACK_SCHED) {
    if (at(A$tcp_cleanup_rbuf.L360)) yield;
    const drained = sk.sk_receive_queue.length === 0;
    if (((tp.rcv_nxt - tp.rcv_wup) >>> 0) > a.rcv_mss ||
        (copied > 0 && (a.pending & ICSK_ACK_PUSHED2 || (a.pending & ICSK_ACK_PUSHED && !inet_csk_in_pingpong_mode(sk))) && drained)) {
      if (at(A$tcp_cleanup_rbuf.L367)) yield;
      time_to_ack = true;
    }
  }
  if (at(A$tcp_cleanup_rbuf.L370)) yield;
  if (copied > 0 && !time_to_ack && !(sk.sk_shutdown & RCV_SHUTDOWN)) {
    if (at(A$tcp_cleanup_rbuf.L371)) yield;
    const rcv_window_now = tcp_receive_window(tp);
    $f.vars.rcv_window_now = rcv_window_now;
    if (at(A$tcp_cleanup_rbuf.L373)) yield;
    if (2 * rcv_window_now <= tp.window_clamp) {
      if (at(A$tcp_cleanup_rbuf.L374)) yield;
      const new_window = __tcp_select_window(sk);
      $f.vars.new_window = new_window;
      if (at(A$tcp_cleanup_rbuf.L376)) yield;
      if (new_window && new_window >= 2 * rcv_window_now) {
        if (at(A$tcp_cleanup_rbuf.L377)) yield;
        time_to_ack = true;
      }
    }
  }
  $f.vars.time_to_ack = time_to_ack;
  if (time_to_ack) {
    if (at(A$tcp_cleanup_rbuf.L381)) yield;
    ($E.fast || $E.twinOk[tcp_send_ack.k] === 1 ? tcp_send_ack$fast(sk) : yield* tcp_send_ack(sk));
  }
  } finally {
    leave($f);
  }
}
const A$tcp_recvmsg = defineFn('net/ipv4/tcp.c', 'tcp_recvmsg', [395, 415, 418, 419, 420, 424, 444, 451, 453, 466, 467, 475, 480, 491, 492, 494, 495, 500, 503, 504, 507, 508, 513, 514, 516, 517, 522, 523, 533, 541, 554, 555, 577, 585, 586, 587, 597, 617, 620, 622, 633, 636]);
/**
 * tcp_recvmsg() = tcp_prot.recvmsg: copy what is queued, in order, into msg — at least `target`
 * bytes (1, or all `len` with MSG_WAITALL), sleeping in sk_wait_data until they come; 0 once the
 * peer's FIN is in and nothing is left; the error or EAGAIN when nothing was copied.
 */
export function* tcp_recvmsg(sk: Sock, msg: Msghdr, len: number, nonblock: number, flags: number): Sim<number> {
  const tp = tcp_sk(sk);
  const q = sk.sk_receive_queue;
  const $f = enter(A$tcp_recvmsg, { sk, len, nonblock, flags });
  try {

  if (at(A$tcp_recvmsg.L395)) yield;
  let copied = 0;
  const parts: string[] = [];
  if (at(A$tcp_recvmsg.L415)) yield;
  sk.sk_lock_owned = true;
  if (at(A$tcp_recvmsg.L418)) yield;
  if (at(A$tcp_recvmsg.L419)) yield;
  if (sk.sk_state === TCP_LISTEN) {
    if (at(A$tcp_recvmsg.L420)) yield;
    if (at(A$tcp_recvmsg.L636)) yield;
    ($E.fast || $E.twinOk[release_sock.k] === 1 ? release_sock$fast(sk) : yield* release_sock(sk));
    return -ENOTCONN;
  }
  if (at(A$tcp_recvmsg.L424)) yield;
  let timeo = nonblock ? 0 : sk.sk_rcvtimeo;
  $f.vars.timeo = timeo;
  if (at(A$tcp_recvmsg.L444)) yield;
  if (at(A$tcp_recvmsg.L451)) yield;
  // (SO_RCVLOWAT is 1: the first byte will do, unless MSG_WAITALL asks for all of len)
  const target = flags & MSG_WAITALL ? len : 1;
  $f.vars.target = target;
  if (at(A$tcp_recvmsg.L453)) yield;
  do {
    if (at(A$tcp_recvmsg.L466)) yield;
    if (at(A$tcp_recvmsg.L467)) yield;
    // (consumed skbs leave the queue: its head is the one copied_seq points into)
    const skb = q.length ? q[0] : null;
    let offset = 0;
    if (skb !== null) {
      $f.vars.skb = skb;
      if (at(A$tcp_recvmsg.L475)) yield;
      offset = (tp.copied_seq - skb.th!.seq) >>> 0;
      if (at(A$tcp_recvmsg.L480)) yield;
    }
    if (skb === null || offset >= skb.len) {
      if (at(A$tcp_recvmsg.L491)) yield;
      if (copied >= target) {
        if (at(A$tcp_recvmsg.L492)) yield;
        break;
      }
      if (at(A$tcp_recvmsg.L494)) yield;
      if (copied) {
        if (at(A$tcp_recvmsg.L495)) yield;
        if (sk.sk_err || sk.sk_state === TCP_CLOSE || sk.sk_shutdown & RCV_SHUTDOWN || !timeo) {
          if (at(A$tcp_recvmsg.L500)) yield;
          break;
        }
      } else {
        if (at(A$tcp_recvmsg.L503)) yield;
        if (sock_flag(sk, SOCK_DONE)) {
          if (at(A$tcp_recvmsg.L504)) yield;
          break;
        }
        if (at(A$tcp_recvmsg.L507)) yield;
        if (sk.sk_err) {
          if (at(A$tcp_recvmsg.L508)) yield;
          copied = -sk.sk_err;
          sk.sk_err = 0;
          break;
        }
        if (at(A$tcp_recvmsg.L513)) yield;
        if (sk.sk_shutdown & RCV_SHUTDOWN) {
          if (at(A$tcp_recvmsg.L514)) yield;
          break;
        }
        if (at(A$tcp_recvmsg.L516)) yield;
        if (sk.sk_state === TCP_CLOSE) {
          if (at(A$tcp_recvmsg.L517)) yield;
          copied = -ENOTCONN;
          break;
        }
        if (at(A$tcp_recvmsg.L522)) yield;
        if (!timeo) {
          if (at(A$tcp_recvmsg.L523)) yield;
          copied = -EAGAIN;
          break;
        }
      }
      if (at(A$tcp_recvmsg.L533)) yield;
      ($E.fast || $E.twinOk[tcp_cleanup_rbuf.k] === 1 ? tcp_cleanup_rbuf$fast(sk, copied) : yield* tcp_cleanup_rbuf(sk, copied));
      if (at(A$tcp_recvmsg.L541)) yield;
      // (sk_wait_event: the backlog may bring data before any sleep — skb_peek_tail(&sk->sk_receive_queue) != last)
      const last = q.length ? q[q.length - 1] : null;
      timeo = yield* sk_wait_event(sk, timeo, 'sk_wait_data', () => (q.length ? q[q.length - 1] : null) !== last);
      $f.vars.timeo = timeo;
      continue;
    }
    if (at(A$tcp_recvmsg.L554)) yield;
    let used = skb.len - offset;
    if (at(A$tcp_recvmsg.L555)) yield;
    if (len < used) used = len;
    $f.vars.used = used;
    if (at(A$tcp_recvmsg.L577)) yield;
    parts.push(offset === 0 && used === skb.len ? skb.payload : skb.payload.slice(offset, offset + used));
    // (the copy takes time — 1 ns a byte — with the socket still owned: segments arriving meanwhile go to sk_backlog)
    yield* cpu_busy(Math.floor(used / 1000), 'skb_copy_datagram_msg');
    if (at(A$tcp_recvmsg.L585)) yield;
    tp.copied_seq = (tp.copied_seq + used) >>> 0;
    if (at(A$tcp_recvmsg.L586)) yield;
    copied += used;
    if (at(A$tcp_recvmsg.L587)) yield;
    len -= used;
    $f.vars.copied = copied;
    if (at(A$tcp_recvmsg.L597)) yield;
    if (used + offset < skb.len) continue;
    // (the skb is used up: sk_eat_skb)
    q.shift();
    if (at(A$tcp_recvmsg.L617)) yield;
  } while (len > 0);
  if (at(A$tcp_recvmsg.L620)) yield;
  ($E.fast || $E.twinOk[tcp_cleanup_rbuf.k] === 1 ? tcp_cleanup_rbuf$fast(sk, copied) : yield* tcp_cleanup_rbuf(sk, copied));
  if (at(A$tcp_recvmsg.L622)) yield;
  ($E.fast || $E.twinOk[release_sock.k] === 1 ? release_sock$fast(sk) : yield* release_sock(sk));
  if (copied > 0) msg.data = parts.length === 1 ? parts[0] : parts.join('');
  if (at(A$tcp_recvmsg.L633)) yield;
  return copied;
  } finally {
    leave($f);
  }
}

/** tcp_setsockopt() = tcp_prot.setsockopt: SOL_TCP to do_tcp_setsockopt (other levels are IP's, not simulated: ENOPROTOOPT). */
export function tcp_setsockopt(sk: Sock, level: number, optname: number, optval: number): number {
  if (level !== SOL_TCP) return -ERRNO.ENOPROTOOPT;
  return do_tcp_setsockopt(sk, optname, optval);
}

/** do_tcp_setsockopt(): the TCP options scenarios use. */
function do_tcp_setsockopt(sk: Sock, optname: number, val: number): number {
  const tp = tcp_sk(sk);
  switch (optname) {
    // TCP_NODELAY: Nagle off (and what it held back may go — the push comes with the next send or ACK
    // here: this call does not step); TCP_CORK: hold partial segments until uncorked
    case TCP_NODELAY:
      if (val) tp.nonagle |= TCP_NAGLE_OFF | TCP_NAGLE_PUSH;
      else tp.nonagle &= ~TCP_NAGLE_OFF;
      return 0;
    case TCP_CORK:
      if (val) tp.nonagle |= TCP_NAGLE_CORK;
      else {
        tp.nonagle &= ~TCP_NAGLE_CORK;
        if (tp.nonagle & TCP_NAGLE_OFF) tp.nonagle |= TCP_NAGLE_PUSH;
      }
      return 0;
    case TCP_SYNCNT:
      if (val < 1 || val > 127) return -ERRNO.EINVAL;
      inet_csk(sk).icsk_syn_retries = val;
      return 0;
  }
  return -ERRNO.ENOPROTOOPT;
}
const A$tcp_poll = defineFn('net/ipv4/tcp.c', 'tcp_poll', [948, 950, 952, 953, 955, 957, 958, 960, 961, 964, 966, 969, 970, 972, 973, 974, 986, 987, 989]);

// ---- poll -------------------------------------------------------------------------------------------

/** tcp_poll() = inet_stream_ops.poll: the events a TCP socket has now; hooks the poller on the socket's wait queue. */
export function* tcp_poll(file: File, sock: Socket, wait: PollTable | null): Sim<number> {
  const sk = sock.sk!;
  const tp = tcp_sk(sk);
  const $f = enter(A$tcp_poll, { file, sock, wait, sk, tp });
  try {
  if (at(A$tcp_poll.L948)) yield;
  sock_poll_wait(file, sock, wait);
  if (at(A$tcp_poll.L950)) yield;
  const state = sk.sk_state;
  $f.vars.state = state;
  if (at(A$tcp_poll.L952)) yield;
  if (state === TCP_LISTEN) {
    // inet_csk_listen_poll(): readable while the accept queue holds a child
    if (at(A$tcp_poll.L953)) yield;
    return inet_csk(sk).icsk_accept_queue.rskq_accept_head ? EPOLLIN | EPOLLRDNORM : 0;
  }
  if (at(A$tcp_poll.L955)) yield;
  let mask = 0;
  if (at(A$tcp_poll.L957)) yield;
  if (sk.sk_shutdown === SHUTDOWN_MASK || state === TCP_CLOSE) {
    if (at(A$tcp_poll.L958)) yield;
    mask |= EPOLLHUP;
  }
  if (at(A$tcp_poll.L960)) yield;
  if (sk.sk_shutdown & RCV_SHUTDOWN) {
    if (at(A$tcp_poll.L961)) yield;
    mask |= EPOLLIN | EPOLLRDNORM | EPOLLRDHUP;
  }
  if (at(A$tcp_poll.L964)) yield;
  if (state !== TCP_SYN_SENT && state !== TCP_SYN_RECV) {
    if (at(A$tcp_poll.L966)) yield;
    const target = 1;
    if (at(A$tcp_poll.L969)) yield;
    if (((tp.rcv_nxt - tp.copied_seq) >>> 0) >= target) {
      if (at(A$tcp_poll.L970)) yield;
      mask |= EPOLLIN | EPOLLRDNORM;
    }
    if (at(A$tcp_poll.L972)) yield;
    // sk_stream_is_writeable: the simulated send buffer never fills
    if (at(A$tcp_poll.L973)) yield;
    if (at(A$tcp_poll.L974)) yield;
    mask |= EPOLLOUT | EPOLLWRNORM;
  }
  $f.vars.mask = mask;
  if (at(A$tcp_poll.L986)) yield;
  if (sk.sk_err) {
    if (at(A$tcp_poll.L987)) yield;
    mask |= EPOLLERR;
  }
  $f.vars.mask = mask;
  if (at(A$tcp_poll.L989)) yield;
  return mask;
  } finally {
    leave($f);
  }
}


// ---- fast-path twins (scripts/twins.cjs) ----
import { E as $E, FAST_FRAME as $FF, driveToEnd as $drive, registerTwin as $kreg } from '../../../core/engine';
import { inet_put_port$fast as inet_put_port$fast } from './inet_hashtables';
import { inet_sk_state_store$fast as inet_sk_state_store$fast, release_sock$fast as release_sock$fast, __sk_flush_backlog$fast as __sk_flush_backlog$fast } from './af_inet';
import { tcp_send_fin$fast as tcp_send_fin$fast, tcp_send_active_reset$fast as tcp_send_active_reset$fast, __tcp_push_pending_frames$fast as __tcp_push_pending_frames$fast, tcp_push_one$fast as tcp_push_one$fast, tcp_send_ack$fast as tcp_send_ack$fast } from './tcp_output';
import { inet_csk_listen_stop$fast as inet_csk_listen_stop$fast, inet_csk_destroy_sock$fast as inet_csk_destroy_sock$fast } from './inet_connection_sock';
import { tcp_time_wait$fast as tcp_time_wait$fast } from './tcp_minisocks';
import { sock_def_error_report$fast as sock_def_error_report$fast, sock_def_wakeup$fast as sock_def_wakeup$fast } from '../core/sock';
export function tcp_init_sock$fast(sk: Sock): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $s = 0;
  const tp = tcp_sk(sk);
  const icsk = inet_csk(sk);
  const $f = ($tb !== null && ($o = (A$tcp_init_sock.L25 | 270532608), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {

  $s += 2;
  tp.out_of_order_queue = [];
  
  tcp_init_xmit_timers(sk);
  $s += 6; if ($tb !== null) ($o = (A$tcp_init_sock.L31 | 5242880), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  icsk.icsk_rto = TCP_TIMEOUT_INIT;
  
  tp.snd_cwnd = 10;
  
  tp.snd_ssthresh = 0x7fffffff;
  
  tp.mss_cache = 536;
  
  sk.sk_state = TCP_CLOSE;
  
  sk.sk_sndbuf = 16384;
  sk.sk_rcvbuf = 131072;
  } ($e.steps += $s, $tb !== null && ($o = (A$tcp_init_sock.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
}
export function tcp_set_state$fast(sk: Sock, state: number): any { const $e = $E; const $tb: any = $e.lineSink; let $t: any; let $o: number; let $s = 0;
  const $f = ($tb !== null && ($o = (A$tcp_set_state.L655 | 270532608), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  $s += 2;
  const oldstate = sk.sk_state;
  
  const net = sk.skc_net;
  
  if (state === TCP_ESTABLISHED) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_set_state.L662) : $tb.op($e.now, A$tcp_set_state.L662));
    if (oldstate !== TCP_ESTABLISHED) NET_INC_STATS(net, MIB.CurrEstab);
  } else {
    if (state === TCP_CLOSE) {
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_set_state.L667) : $tb.op($e.now, A$tcp_set_state.L667));
      if (oldstate === TCP_CLOSE_WAIT || oldstate === TCP_ESTABLISHED) NET_INC_STATS(net, MIB.EstabResets);
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_set_state.L671) : $tb.op($e.now, A$tcp_set_state.L671));
      (($t = sk.sk_prot.unhash).fast !== undefined ? $t.fast(sk) : $drive($t(sk)));
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_set_state.L673) : $tb.op($e.now, A$tcp_set_state.L673));
      if (inet_csk(sk).icsk_bind_hash && !(sk.sk_userlocks & SOCK_BINDPORT_LOCK)) inet_put_port$fast(sk);
    }
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_set_state.L678) : $tb.op($e.now, A$tcp_set_state.L678));
    if (oldstate === TCP_ESTABLISHED) NET_INC_STATS(net, MIB.CurrEstab, -1);
  }
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_set_state.L683) : $tb.op($e.now, A$tcp_set_state.L683));
  inet_sk_state_store$fast(sk, state);
  } ($e.steps += $s, $tb !== null && ($o = (A$tcp_set_state.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
}
export function tcp_close_state$fast(sk: Sock): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0; let $x = -1;
  const $f = ($tb !== null && ($o = (A$tcp_close_state.L721 | 270532608), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  $s += 2;
  const next = new_state[sk.sk_state];
  const ns = next & 0x0f;
  
  
  
  tcp_set_state$fast(sk, ns);
  ++$s; $x = A$tcp_close_state.L727 | 1048576;
  return ($r = (!!(next & TCP_ACTION_FIN)), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_close_state.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
export function tcp_shutdown$fast(sk: Sock, how: number): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $s = 0;
  const $f = ($tb !== null && ($o = (A$tcp_shutdown.L738 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  ++$s;
  if (!(how & SEND_SHUTDOWN)) { ($e.steps += $s, $tb !== null && ($o = (A$tcp_shutdown.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))); return; }
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_shutdown.L742) : $tb.op($e.now, A$tcp_shutdown.L742));
  const st = sk.sk_state;
  if (st === TCP_ESTABLISHED || st === TCP_SYN_SENT || st === TCP_SYN_RECV || st === TCP_CLOSE_WAIT) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_shutdown.L746) : $tb.op($e.now, A$tcp_shutdown.L746));
    if (tcp_close_state$fast(sk)) {
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_shutdown.L747) : $tb.op($e.now, A$tcp_shutdown.L747));
      tcp_send_fin$fast(sk);
    }
  }
  } ($e.steps += $s, $tb !== null && ($o = (A$tcp_shutdown.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
}
export function tcp_close$fast(sk: Sock, timeout: number): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $s = 0;
  const $f = ($tb !== null && ($o = (A$tcp_close.L762 | 271581184), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  $s += 3;
  sk.sk_lock_owned = true;
  
  sk.sk_shutdown = SHUTDOWN_MASK;
  
  if (sk.sk_state === TCP_LISTEN) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_close.L767) : $tb.op($e.now, A$tcp_close.L767));
    tcp_set_state$fast(sk, TCP_CLOSE);
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_close.L770) : $tb.op($e.now, A$tcp_close.L770));
    inet_csk_listen_stop$fast(sk);
  } else {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_close.L774) : $tb.op($e.now, A$tcp_close.L774));
    let data_was_unread = 0;
    for (const skb of sk.sk_receive_queue) data_was_unread += skb.len;
    sk.sk_receive_queue = [];
    
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_close.L783) : $tb.op($e.now, A$tcp_close.L783));
    if (sk.sk_state !== TCP_CLOSE) {
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_close.L787) : $tb.op($e.now, A$tcp_close.L787));
      if (data_was_unread) {
        NET_INC_STATS(sk.skc_net, MIB.TCPAbortOnClose);
        ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_close.L790) : $tb.op($e.now, A$tcp_close.L790));
        tcp_set_state$fast(sk, TCP_CLOSE);
        ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_close.L791) : $tb.op($e.now, A$tcp_close.L791));
        tcp_send_active_reset$fast(sk);
      } else {
        ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_close.L792) : $tb.op($e.now, A$tcp_close.L792));
        if (sock_flag(sk, SOCK_LINGER) && !sk.sk_lingertime) {
          ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_close.L794) : $tb.op($e.now, A$tcp_close.L794));
          tcp_disconnect$fast(sk, 0);
          NET_INC_STATS(sk.skc_net, MIB.TCPAbortOnData);
        } else {
          ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_close.L796) : $tb.op($e.now, A$tcp_close.L796));
          if (tcp_close_state$fast(sk)) {
            ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_close.L798) : $tb.op($e.now, A$tcp_close.L798));
            tcp_send_fin$fast(sk);
          }
        }
      }
    }
  }
  $s += 2; if ($tb !== null) ($o = (A$tcp_close.L802 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  // the state now, after the FIN or RST above: a softirq may still change it before we look again
  const state = sk.sk_state;
  
  
  // sock_orphan(): SOCK_DEAD, and no struct socket any more
  sock_set_flag(sk, SOCK_DEAD);
  sk.sk_socket = null;
  sk.sk_wq = null;
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_close.L808) : $tb.op($e.now, A$tcp_close.L808));
  NET_INC_STATS(sk.skc_net, MIB.TCPOrphans);
  if (!(state !== TCP_CLOSE && sk.sk_state === TCP_CLOSE)) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_close.L810) : $tb.op($e.now, A$tcp_close.L810));
    if (sk.sk_state === TCP_FIN_WAIT2) {
      const tmo = sk.skc_net.sysctl['net.ipv4.tcp_fin_timeout'] * 1_000_000;
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_close.L824) : $tb.op($e.now, A$tcp_close.L824));
      tcp_time_wait$fast(sk, TCP_FIN_WAIT2, tmo);
    } else {
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_close.L831) : $tb.op($e.now, A$tcp_close.L831));
      if (sk.sk_state === TCP_CLOSE) {
        ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_close.L835) : $tb.op($e.now, A$tcp_close.L835));
        inet_csk_destroy_sock$fast(sk);
      }
    }
  }
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_close.L839) : $tb.op($e.now, A$tcp_close.L839));
  sk.sk_lock_owned = false;
  } ($e.steps += $s, $tb !== null && ($o = (A$tcp_close.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
}
export function tcp_disconnect$fast(sk: Sock, flags: number): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0;
  const $f = ($tb !== null && ($o = (A$tcp_disconnect.L854 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  ++$s;
  const old_state = sk.sk_state;
  
  if (old_state !== TCP_CLOSE) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_disconnect.L859) : $tb.op($e.now, A$tcp_disconnect.L859));
    tcp_set_state$fast(sk, TCP_CLOSE);
  }
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_disconnect.L865) : $tb.op($e.now, A$tcp_disconnect.L865));
  const need = [TCP_ESTABLISHED, TCP_CLOSE_WAIT, TCP_FIN_WAIT1, TCP_FIN_WAIT2, TCP_SYN_RECV, TCP_CLOSING, TCP_LAST_ACK].includes(old_state);
  if (need) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_disconnect.L869) : $tb.op($e.now, A$tcp_disconnect.L869));
    tcp_send_active_reset$fast(sk);
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_disconnect.L870) : $tb.op($e.now, A$tcp_disconnect.L870));
    sk.sk_err = ERRNO.ECONNRESET;
  } else if (old_state === TCP_SYN_SENT) {
    $s += 2; if ($tb !== null) ($o = (A$tcp_disconnect.L871 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
    
    sk.sk_err = ERRNO.ECONNRESET;
  }
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_disconnect.L878) : $tb.op($e.now, A$tcp_disconnect.L878));
  tcp_clear_xmit_timers(sk);
  tcp_sk(sk).tcp_rtx_queue = [];
  sk.sk_receive_queue = [];
  $s += 2; if ($tb !== null) ($o = (A$tcp_disconnect.L882 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  inet_sk(sk).inet_dport = 0;
  sk.sk_shutdown = 0;
  
  sock_def_error_report$fast(sk);
  return ($r = (0), ($e.steps += $s, $tb !== null && ($o = (A$tcp_disconnect.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
export function tcp_done$fast(sk: Sock): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $s = 0;
  const $f = ($tb !== null && ($o = (A$tcp_done.L916 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  ++$s;
  if (sk.sk_state === TCP_SYN_SENT || sk.sk_state === TCP_SYN_RECV) NET_INC_STATS(sk.skc_net, MIB.AttemptFails);
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_done.L919) : $tb.op($e.now, A$tcp_done.L919));
  tcp_set_state$fast(sk, TCP_CLOSE);
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_done.L920) : $tb.op($e.now, A$tcp_done.L920));
  tcp_clear_xmit_timers(sk);
  $s += 2; if ($tb !== null) ($o = (A$tcp_done.L923 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  sk.sk_shutdown = SHUTDOWN_MASK;
  
  if (!sock_flag(sk, SOCK_DEAD)) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_done.L926) : $tb.op($e.now, A$tcp_done.L926));
    sock_def_wakeup$fast(sk);
  } else {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_done.L929) : $tb.op($e.now, A$tcp_done.L929));
    inet_csk_destroy_sock$fast(sk);
  }
  } ($e.steps += $s, $tb !== null && ($o = (A$tcp_done.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
}
function tcp_xmit_size_goal$fast(sk: Sock, mss_now: number, large_allowed: boolean): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0; let $x = -1;
  const tp = tcp_sk(sk);
  const $f = ($tb !== null && ($o = (A$tcp_xmit_size_goal.L71 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  ++$s;
  if (!large_allowed) {
    ++$s; $x = A$tcp_xmit_size_goal.L72 | 1048576;
    return ($r = (mss_now), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_xmit_size_goal.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
  $s += 2; if ($tb !== null) ($o = (A$tcp_xmit_size_goal.L75 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  let new_size_goal = sk.sk_gso_max_size - 1 - MAX_TCP_HEADER;
  
  new_size_goal = tcp_bound_to_half_wnd(tp, new_size_goal);
  
  $s += 2; if ($tb !== null) ($o = (A$tcp_xmit_size_goal.L79 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  let size_goal = tp.gso_segs * mss_now;
  
  
  if (new_size_goal < size_goal || new_size_goal >= size_goal + mss_now) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_xmit_size_goal.L82) : $tb.op($e.now, A$tcp_xmit_size_goal.L82));
    tp.gso_segs = Math.min(Math.floor(new_size_goal / mss_now), sk.sk_gso_max_segs, 0xffff);
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_xmit_size_goal.L84) : $tb.op($e.now, A$tcp_xmit_size_goal.L84));
    size_goal = tp.gso_segs * mss_now;
    
  }
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_xmit_size_goal.L87) : $tb.op($e.now, A$tcp_xmit_size_goal.L87));
  return ($r = (Math.max(size_goal, mss_now)), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_xmit_size_goal.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
function tcp_send_mss$fast(sk: Sock, flags: number, out: { size_goal: number }): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0; let $x = -1;
  const $f = ($tb !== null && ($o = (A$tcp_send_mss.L99 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  ++$s;
  const mss_now = tcp_current_mss(sk);
  
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_send_mss.L100) : $tb.op($e.now, A$tcp_send_mss.L100));
  out.size_goal = tcp_xmit_size_goal$fast(sk, mss_now, !(flags & MSG_OOB));
  ++$s; $x = A$tcp_send_mss.L102 | 1048576;
  return ($r = (mss_now), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_send_mss.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
function skb_entail$fast(sk: Sock, skb: SkBuff): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $s = 0;
  const tp = tcp_sk(sk);
  const $f = ($tb !== null && ($o = (A$skb_entail.L1004 | 271581184), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  $s += 3;
  
  
  sk.sk_write_queue.push(skb);
  $s += 2; if ($tb !== null) ($o = (A$skb_entail.L1009 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  sk.sk_wmem_queued += TCP_SKB_TRUESIZE;
  
  if (tp.nonagle & TCP_NAGLE_PUSH) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$skb_entail.L1012) : $tb.op($e.now, A$skb_entail.L1012));
    tp.nonagle &= ~TCP_NAGLE_PUSH;
  }
  } ($e.steps += $s, $tb !== null && ($o = (A$skb_entail.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
}
function tcp_push$fast(sk: Sock, flags: number, mss_now: number, nonagle: number, size_goal: number): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $s = 0;
  const tp = tcp_sk(sk);
  const q = sk.sk_write_queue;
  const $f = ($tb !== null && ($o = (A$tcp_push.L1029 | 270532608), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  $s += 2;
  const skb = q.length ? q[q.length - 1] : null;
  
  
  if (skb === null) { ($e.steps += $s, $tb !== null && ($o = (A$tcp_push.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))); return; }
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_push.L1032) : $tb.op($e.now, A$tcp_push.L1032));
  if (!(flags & MSG_MORE) || forced_push(tp)) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_push.L1033) : $tb.op($e.now, A$tcp_push.L1033));
    tcp_mark_push(tp, skb);
  }
  $s += 2; if ($tb !== null) ($o = (A$tcp_push.L1037 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  // (not taken: sent skbs are freed as the device takes them — sk_wmem_alloc holds none of ours)
  
  if (flags & MSG_MORE) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_push.L1048) : $tb.op($e.now, A$tcp_push.L1048));
    nonagle = TCP_NAGLE_CORK;
  }
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_push.L1050) : $tb.op($e.now, A$tcp_push.L1050));
  __tcp_push_pending_frames$fast(sk, mss_now, nonagle);
  } ($e.steps += $s, $tb !== null && ($o = (A$tcp_push.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
}
function tcp_cleanup_rbuf$fast(sk: Sock, copied: number): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $s = 0;
  const tp = tcp_sk(sk);
  const icsk = inet_csk(sk);
  const $f = ($tb !== null && ($o = (A$tcp_cleanup_rbuf.L357 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {

  const a = icsk.icsk_ack;
  let time_to_ack = false;
  ++$s;
  if (a.pending & ICSK_ACK_SCHED) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_cleanup_rbuf.L360) : $tb.op($e.now, A$tcp_cleanup_rbuf.L360));
    const drained = sk.sk_receive_queue.length === 0;
    if (((tp.rcv_nxt - tp.rcv_wup) >>> 0) > a.rcv_mss ||
        (copied > 0 && (a.pending & ICSK_ACK_PUSHED2 || (a.pending & ICSK_ACK_PUSHED && !inet_csk_in_pingpong_mode(sk))) && drained)) {
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_cleanup_rbuf.L367) : $tb.op($e.now, A$tcp_cleanup_rbuf.L367));
      time_to_ack = true;
    }
  }
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_cleanup_rbuf.L370) : $tb.op($e.now, A$tcp_cleanup_rbuf.L370));
  if (copied > 0 && !time_to_ack && !(sk.sk_shutdown & RCV_SHUTDOWN)) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_cleanup_rbuf.L371) : $tb.op($e.now, A$tcp_cleanup_rbuf.L371));
    const rcv_window_now = tcp_receive_window(tp);
    
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_cleanup_rbuf.L373) : $tb.op($e.now, A$tcp_cleanup_rbuf.L373));
    if (2 * rcv_window_now <= tp.window_clamp) {
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_cleanup_rbuf.L374) : $tb.op($e.now, A$tcp_cleanup_rbuf.L374));
      const new_window = __tcp_select_window(sk);
      
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_cleanup_rbuf.L376) : $tb.op($e.now, A$tcp_cleanup_rbuf.L376));
      if (new_window && new_window >= 2 * rcv_window_now) {
        ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_cleanup_rbuf.L377) : $tb.op($e.now, A$tcp_cleanup_rbuf.L377));
        time_to_ack = true;
      }
    }
  }
  
  if (time_to_ack) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_cleanup_rbuf.L381) : $tb.op($e.now, A$tcp_cleanup_rbuf.L381));
    tcp_send_ack$fast(sk);
  }
  } ($e.steps += $s, $tb !== null && ($o = (A$tcp_cleanup_rbuf.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
}
export function tcp_poll$fast(file: File, sock: Socket, wait: PollTable | null): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0; let $x = -1;
  const sk = sock.sk!;
  const tp = tcp_sk(sk);
  const $f = ($tb !== null && ($o = (A$tcp_poll.L948 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  ++$s;
  sock_poll_wait(file, sock, wait);
  $s += 2; if ($tb !== null) ($o = (A$tcp_poll.L950 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  const state = sk.sk_state;
  
  
  if (state === TCP_LISTEN) {
    // inet_csk_listen_poll(): readable while the accept queue holds a child
    ++$s; $x = A$tcp_poll.L953 | 1048576;
    return ($r = (inet_csk(sk).icsk_accept_queue.rskq_accept_head ? EPOLLIN | EPOLLRDNORM : 0), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_poll.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
  $s += 2; if ($tb !== null) ($o = (A$tcp_poll.L955 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  let mask = 0;
  
  if (sk.sk_shutdown === SHUTDOWN_MASK || state === TCP_CLOSE) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_poll.L958) : $tb.op($e.now, A$tcp_poll.L958));
    mask |= EPOLLHUP;
  }
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_poll.L960) : $tb.op($e.now, A$tcp_poll.L960));
  if (sk.sk_shutdown & RCV_SHUTDOWN) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_poll.L961) : $tb.op($e.now, A$tcp_poll.L961));
    mask |= EPOLLIN | EPOLLRDNORM | EPOLLRDHUP;
  }
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_poll.L964) : $tb.op($e.now, A$tcp_poll.L964));
  if (state !== TCP_SYN_SENT && state !== TCP_SYN_RECV) {
    $s += 2; if ($tb !== null) ($o = (A$tcp_poll.L966 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
    const target = 1;
    
    if (((tp.rcv_nxt - tp.copied_seq) >>> 0) >= target) {
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_poll.L970) : $tb.op($e.now, A$tcp_poll.L970));
      mask |= EPOLLIN | EPOLLRDNORM;
    }
    $s += 3; if ($tb !== null) ($o = (A$tcp_poll.L972 | 2097152), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
    // sk_stream_is_writeable: the simulated send buffer never fills
    
    
    mask |= EPOLLOUT | EPOLLWRNORM;
  }
  
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_poll.L986) : $tb.op($e.now, A$tcp_poll.L986));
  if (sk.sk_err) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_poll.L987) : $tb.op($e.now, A$tcp_poll.L987));
    mask |= EPOLLERR;
  }
  
  ++$s; $x = A$tcp_poll.L989 | 1048576;
  return ($r = (mask), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_poll.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
$kreg(tcp_init_sock, tcp_init_sock$fast, 'tcp_init_sock', () => []);
$kreg(tcp_set_state, tcp_set_state$fast, 'tcp_set_state', () => ['inet_unhash', 'udp_lib_unhash', inet_put_port, inet_sk_state_store]);
$kreg(tcp_close_state, tcp_close_state$fast, 'tcp_close_state', () => [tcp_set_state]);
$kreg(tcp_shutdown, tcp_shutdown$fast, 'tcp_shutdown', () => [tcp_close_state, tcp_send_fin]);
$kreg(tcp_close, tcp_close$fast, 'tcp_close', () => [inet_csk_destroy_sock, inet_csk_listen_stop, tcp_close_state, tcp_disconnect, tcp_send_active_reset, tcp_send_fin, tcp_set_state, tcp_time_wait]);
$kreg(tcp_disconnect, tcp_disconnect$fast, 'tcp_disconnect', () => [sock_def_error_report, tcp_send_active_reset, tcp_set_state]);
$kreg(tcp_done, tcp_done$fast, 'tcp_done', () => [inet_csk_destroy_sock, sock_def_wakeup, tcp_set_state]);
$kreg(tcp_xmit_size_goal, tcp_xmit_size_goal$fast, 'tcp_xmit_size_goal', () => []);
$kreg(tcp_send_mss, tcp_send_mss$fast, 'tcp_send_mss', () => [tcp_xmit_size_goal]);
$kreg(skb_entail, skb_entail$fast, 'skb_entail', () => []);
$kreg(tcp_push, tcp_push$fast, 'tcp_push', () => [__tcp_push_pending_frames]);
$kreg(tcp_cleanup_rbuf, tcp_cleanup_rbuf$fast, 'tcp_cleanup_rbuf', () => [tcp_send_ack]);
$kreg(tcp_poll, tcp_poll$fast, 'tcp_poll', () => []);

// ---- kernel names ----
(tcp_shutdown as any).kname = 'tcp_shutdown';
(tcp_close as any).kname = 'tcp_close';
(tcp_disconnect as any).kname = 'tcp_disconnect';
(tcp_sendmsg as any).kname = 'tcp_sendmsg';
(tcp_recvmsg as any).kname = 'tcp_recvmsg';
(tcp_setsockopt as any).kname = 'tcp_setsockopt';
(tcp_poll as any).kname = 'tcp_poll';
