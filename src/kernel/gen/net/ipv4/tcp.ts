// generated — do not edit. Written by scripts/gen-kernel.ts from src/kernel/net/ipv4/tcp.ts
// @ts-nocheck
// net/ipv4/tcp.c: TCP's socket-level operations — init, the single state setter tcp_set_state
// (where sock:inet_sock_set_state fires for TCP), close, shutdown, disconnect, done, and the
// user-facing send and receive.

import { Sim, SLEEP } from '../../../core/engine';
import { at, enter, leave } from '../../../core/engine';
import { defineFn } from '../../../core/anchors';
import { wait_event, prepare_to_wait, finish_wait, schedule_timeout } from '../../../world/current';
import { TimerList } from '../../../core/timer';
import { Sock, sock_flag, sock_set_flag, SOCK_DEAD, SOCK_DONE, SOCK_LINGER } from '../../../include/net/sock';
import { inet_csk, inet_csk_in_pingpong_mode, ICSK_ACK_SCHED, ICSK_ACK_PUSHED, ICSK_ACK_PUSHED2 } from '../../../include/net/inet_connection_sock';
import { inet_sk } from '../../../include/net/inet_sock';
import { tcp_sk } from '../../../include/linux/tcp';
import { MIB, NET_INC_STATS } from '../../../include/net/net_namespace';
import {
  TCP_CLOSE, TCP_CLOSE_WAIT, TCP_CLOSING, TCP_ESTABLISHED, TCP_FIN_WAIT1, TCP_FIN_WAIT2,
  TCP_LAST_ACK, TCP_LISTEN, TCP_NEW_SYN_RECV, TCP_SYN_RECV, TCP_SYN_SENT, TCP_TIME_WAIT,
  SEND_SHUTDOWN, RCV_SHUTDOWN, SHUTDOWN_MASK, SOCK_BINDPORT_LOCK,
} from '../../../include/net/tcp_states';
import { ERRNO, MSG_DONTWAIT, SOL_TCP, TCP_SYNCNT } from '../../../include/uapi';
import type { File, Msghdr, PollTable, Socket } from '../../../include/linux/net';
import { sock_poll_wait } from '../../../include/linux/net';
import { EPOLLERR, EPOLLHUP, EPOLLIN, EPOLLOUT, EPOLLRDHUP, EPOLLRDNORM, EPOLLWRNORM } from '../../../include/linux/eventpoll';
import { inet_sk_state_store } from './af_inet';
import { inet_put_port } from './inet_hashtables';
import { inet_csk_listen_stop, inet_csk_destroy_sock } from './inet_connection_sock';
import { tcp_send_fin, tcp_send_active_reset, tcp_push, tcp_send_ack, tcp_clear_xmit_timers, TCP_TIMEOUT_INIT } from './tcp_output';
import { tcp_time_wait } from './tcp_minisocks';
import { tcp_retransmit_timer, tcp_delack_timer_handler } from './tcp_timer';
import { sock_def_error_report, sock_def_wakeup } from '../core/sock';

const { EPIPE, ENOTCONN, EAGAIN } = ERRNO;

/** tcp_init_xmit_timers(): the retransmit (and delayed-ACK) timers of this sock. */
export function tcp_init_xmit_timers(sk: Sock): void {
  const icsk = inet_csk(sk);
  icsk.icsk_retransmit_timer = new TimerList('tcp_write_timer', sk.skc_net.host, tcp_retransmit_timer, sk);
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
const A$tcp_set_state = defineFn('net/ipv4/tcp.c', 'tcp_set_state', [393, 397, 400, 405, 409, 411, 416, 421]);

/** tcp_set_state(): TCP's one state setter; on CLOSE it unhashes and releases the port first. */
export function* tcp_set_state(sk: Sock, state: number): Sim<void> { let $t: any;
  const $f = enter(A$tcp_set_state, { sk, state });
  try {
  if (at(A$tcp_set_state.L393)) yield;
  const oldstate = sk.sk_state;
  $f.vars.oldstate = oldstate;
  const net = sk.skc_net;
  if (at(A$tcp_set_state.L397)) yield;
  if (state === TCP_ESTABLISHED) {
    if (at(A$tcp_set_state.L400)) yield;
    if (oldstate !== TCP_ESTABLISHED) NET_INC_STATS(net, MIB.CurrEstab);
  } else {
    if (state === TCP_CLOSE) {
      if (at(A$tcp_set_state.L405)) yield;
      if (oldstate === TCP_CLOSE_WAIT || oldstate === TCP_ESTABLISHED) NET_INC_STATS(net, MIB.EstabResets);
      if (at(A$tcp_set_state.L409)) yield;
      (($t = sk.sk_prot.unhash).fast !== undefined && ($E.fast || $E.twinOk[$t.k] === 1) ? $t.fast(sk) : yield* sk.sk_prot.unhash(sk));
      if (at(A$tcp_set_state.L411)) yield;
      if (inet_csk(sk).icsk_bind_hash && !(sk.sk_userlocks & SOCK_BINDPORT_LOCK)) ($E.fast || $E.twinOk[inet_put_port.k] === 1 ? inet_put_port$fast(sk) : yield* inet_put_port(sk));
    }
    if (at(A$tcp_set_state.L416)) yield;
    if (oldstate === TCP_ESTABLISHED) NET_INC_STATS(net, MIB.CurrEstab, -1);
  }
  if (at(A$tcp_set_state.L421)) yield;
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
const A$tcp_close_state = defineFn('net/ipv4/tcp.c', 'tcp_close_state', [459, 463, 465]);

/** tcp_close_state(): where close()/shutdown() go from each state, and whether a FIN must be sent. */
export function* tcp_close_state(sk: Sock): Sim<boolean> {
  const $f = enter(A$tcp_close_state, { sk });
  try {
  if (at(A$tcp_close_state.L459)) yield;
  const next = new_state[sk.sk_state];
  const ns = next & 0x0f;
  $f.vars.next = next;
  $f.vars.ns = ns;
  if (at(A$tcp_close_state.L463)) yield;
  ($E.fast || $E.twinOk[tcp_set_state.k] === 1 ? tcp_set_state$fast(sk, ns) : yield* tcp_set_state(sk, ns));
  if (at(A$tcp_close_state.L465)) yield;
  return !!(next & TCP_ACTION_FIN);
  } finally {
    leave($f);
  }
}
const A$tcp_shutdown = defineFn('net/ipv4/tcp.c', 'tcp_shutdown', [476, 480, 484, 485]);

/** tcp_shutdown(): SHUT_WR sends our FIN (ESTABLISHED→FIN_WAIT1, CLOSE_WAIT→LAST_ACK). */
export function* tcp_shutdown(sk: Sock, how: number): Sim<void> {
  const $f = enter(A$tcp_shutdown, { sk, how });
  try {
  if (at(A$tcp_shutdown.L476)) yield;
  if (!(how & SEND_SHUTDOWN)) return;
  if (at(A$tcp_shutdown.L480)) yield;
  const st = sk.sk_state;
  if (st === TCP_ESTABLISHED || st === TCP_SYN_SENT || st === TCP_SYN_RECV || st === TCP_CLOSE_WAIT) {
    if (at(A$tcp_shutdown.L484)) yield;
    if (($E.fast || $E.twinOk[tcp_close_state.k] === 1 ? tcp_close_state$fast(sk) : yield* tcp_close_state(sk))) {
      if (at(A$tcp_shutdown.L485)) yield;
      ($E.fast || $E.twinOk[tcp_send_fin.k] === 1 ? tcp_send_fin$fast(sk) : yield* tcp_send_fin(sk));
    }
  }
  } finally {
    leave($f);
  }
}
const A$tcp_close = defineFn('net/ipv4/tcp.c', 'tcp_close', [500, 502, 503, 505, 508, 512, 521, 525, 528, 529, 530, 532, 534, 536, 540, 544, 546, 548, 562, 569, 573, 577]);

/** tcp_close() = tcp_prot.close: send FIN (or RST), orphan the sock; it lives on until the FIN exchange ends. */
export function* tcp_close(sk: Sock, timeout: number): Sim<void> {
  const $f = enter(A$tcp_close, { sk, timeout });
  try {
  if (at(A$tcp_close.L500)) yield;
  sk.sk_lock_owned = true;
  if (at(A$tcp_close.L502)) yield;
  sk.sk_shutdown = SHUTDOWN_MASK;
  if (at(A$tcp_close.L503)) yield;
  if (sk.sk_state === TCP_LISTEN) {
    if (at(A$tcp_close.L505)) yield;
    ($E.fast || $E.twinOk[tcp_set_state.k] === 1 ? tcp_set_state$fast(sk, TCP_CLOSE) : yield* tcp_set_state(sk, TCP_CLOSE));
    if (at(A$tcp_close.L508)) yield;
    ($E.fast || $E.twinOk[inet_csk_listen_stop.k] === 1 ? inet_csk_listen_stop$fast(sk) : yield* inet_csk_listen_stop(sk));
  } else {
    if (at(A$tcp_close.L512)) yield;
    let data_was_unread = 0;
    for (const skb of sk.sk_receive_queue) data_was_unread += skb.len;
    sk.sk_receive_queue = [];
    $f.vars.data_was_unread = data_was_unread;
    if (at(A$tcp_close.L521)) yield;
    if (sk.sk_state !== TCP_CLOSE) {
      if (at(A$tcp_close.L525)) yield;
      if (data_was_unread) {
        NET_INC_STATS(sk.skc_net, MIB.TCPAbortOnClose);
        if (at(A$tcp_close.L528)) yield;
        ($E.fast || $E.twinOk[tcp_set_state.k] === 1 ? tcp_set_state$fast(sk, TCP_CLOSE) : yield* tcp_set_state(sk, TCP_CLOSE));
        if (at(A$tcp_close.L529)) yield;
        ($E.fast || $E.twinOk[tcp_send_active_reset.k] === 1 ? tcp_send_active_reset$fast(sk) : yield* tcp_send_active_reset(sk));
      } else {
        if (at(A$tcp_close.L530)) yield;
        if (sock_flag(sk, SOCK_LINGER) && !sk.sk_lingertime) {
          if (at(A$tcp_close.L532)) yield;
          ($E.fast || $E.twinOk[tcp_disconnect.k] === 1 ? tcp_disconnect$fast(sk, 0) : yield* tcp_disconnect(sk, 0));
          NET_INC_STATS(sk.skc_net, MIB.TCPAbortOnData);
        } else {
          if (at(A$tcp_close.L534)) yield;
          if (($E.fast || $E.twinOk[tcp_close_state.k] === 1 ? tcp_close_state$fast(sk) : yield* tcp_close_state(sk))) {
            if (at(A$tcp_close.L536)) yield;
            ($E.fast || $E.twinOk[tcp_send_fin.k] === 1 ? tcp_send_fin$fast(sk) : yield* tcp_send_fin(sk));
          }
        }
      }
    }
  }
  if (at(A$tcp_close.L540)) yield;
  // the state now, after the FIN or RST above: a softirq may still change it before we look again
  const state = sk.sk_state;
  $f.vars.state = state;
  if (at(A$tcp_close.L544)) yield;
  // sock_orphan(): SOCK_DEAD, and no struct socket any more
  sock_set_flag(sk, SOCK_DEAD);
  sk.sk_socket = null;
  sk.sk_wq = null;
  if (at(A$tcp_close.L546)) yield;
  NET_INC_STATS(sk.skc_net, MIB.TCPOrphans);
  if (!(state !== TCP_CLOSE && sk.sk_state === TCP_CLOSE)) {
    if (at(A$tcp_close.L548)) yield;
    if (sk.sk_state === TCP_FIN_WAIT2) {
      const tmo = sk.skc_net.sysctl['net.ipv4.tcp_fin_timeout'] * 1_000_000;
      if (at(A$tcp_close.L562)) yield;
      ($E.fast || $E.twinOk[tcp_time_wait.k] === 1 ? tcp_time_wait$fast(sk, TCP_FIN_WAIT2, tmo) : yield* tcp_time_wait(sk, TCP_FIN_WAIT2, tmo));
    } else {
      if (at(A$tcp_close.L569)) yield;
      if (sk.sk_state === TCP_CLOSE) {
        if (at(A$tcp_close.L573)) yield;
        ($E.fast || $E.twinOk[inet_csk_destroy_sock.k] === 1 ? inet_csk_destroy_sock$fast(sk) : yield* inet_csk_destroy_sock(sk));
      }
    }
  }
  if (at(A$tcp_close.L577)) yield;
  sk.sk_lock_owned = false;
  } finally {
    leave($f);
  }
}
const A$tcp_disconnect = defineFn('net/ipv4/tcp.c', 'tcp_disconnect', [592, 597, 603, 607, 608, 609, 610, 616, 620, 638]);

/** tcp_disconnect(): abort to CLOSE; a synchronized connection is reset (SO_LINGER {1,0}, listener children). */
export function* tcp_disconnect(sk: Sock, flags: number): Sim<number> {
  const $f = enter(A$tcp_disconnect, { sk, flags });
  try {
  if (at(A$tcp_disconnect.L592)) yield;
  const old_state = sk.sk_state;
  $f.vars.old_state = old_state;
  if (old_state !== TCP_CLOSE) {
    if (at(A$tcp_disconnect.L597)) yield;
    ($E.fast || $E.twinOk[tcp_set_state.k] === 1 ? tcp_set_state$fast(sk, TCP_CLOSE) : yield* tcp_set_state(sk, TCP_CLOSE));
  }
  if (at(A$tcp_disconnect.L603)) yield;
  const need = [TCP_ESTABLISHED, TCP_CLOSE_WAIT, TCP_FIN_WAIT1, TCP_FIN_WAIT2, TCP_SYN_RECV, TCP_CLOSING, TCP_LAST_ACK].includes(old_state);
  if (need) {
    if (at(A$tcp_disconnect.L607)) yield;
    ($E.fast || $E.twinOk[tcp_send_active_reset.k] === 1 ? tcp_send_active_reset$fast(sk) : yield* tcp_send_active_reset(sk));
    if (at(A$tcp_disconnect.L608)) yield;
    sk.sk_err = ERRNO.ECONNRESET;
  } else if (old_state === TCP_SYN_SENT) {
    if (at(A$tcp_disconnect.L609)) yield;
    if (at(A$tcp_disconnect.L610)) yield;
    sk.sk_err = ERRNO.ECONNRESET;
  }
  if (at(A$tcp_disconnect.L616)) yield;
  tcp_clear_xmit_timers(sk);
  tcp_sk(sk).tcp_rtx_queue = [];
  sk.sk_receive_queue = [];
  if (at(A$tcp_disconnect.L620)) yield;
  inet_sk(sk).inet_dport = 0;
  sk.sk_shutdown = 0;
  if (at(A$tcp_disconnect.L638)) yield;
  ($E.fast || $E.twinOk[sock_def_error_report.k] === 1 ? sock_def_error_report$fast(sk) : yield* sock_def_error_report(sk));
  return 0;
  } finally {
    leave($f);
  }
}
const A$tcp_done = defineFn('net/ipv4/tcp.c', 'tcp_done', [654, 657, 658, 661, 662, 664, 667]);

/** tcp_done(): the connection is over — CLOSE; an orphan is destroyed, an owned sock wakes its owner. */
export function* tcp_done(sk: Sock): Sim<void> {
  const $f = enter(A$tcp_done, { sk });
  try {
  if (at(A$tcp_done.L654)) yield;
  if (sk.sk_state === TCP_SYN_SENT || sk.sk_state === TCP_SYN_RECV) NET_INC_STATS(sk.skc_net, MIB.AttemptFails);
  if (at(A$tcp_done.L657)) yield;
  ($E.fast || $E.twinOk[tcp_set_state.k] === 1 ? tcp_set_state$fast(sk, TCP_CLOSE) : yield* tcp_set_state(sk, TCP_CLOSE));
  if (at(A$tcp_done.L658)) yield;
  tcp_clear_xmit_timers(sk);
  if (at(A$tcp_done.L661)) yield;
  sk.sk_shutdown = SHUTDOWN_MASK;
  if (at(A$tcp_done.L662)) yield;
  if (!sock_flag(sk, SOCK_DEAD)) {
    if (at(A$tcp_done.L664)) yield;
    ($E.fast || $E.twinOk[sock_def_wakeup.k] === 1 ? sock_def_wakeup$fast(sk) : yield* sock_def_wakeup(sk));
  } else {
    if (at(A$tcp_done.L667)) yield;
    ($E.fast || $E.twinOk[inet_csk_destroy_sock.k] === 1 ? inet_csk_destroy_sock$fast(sk) : yield* inet_csk_destroy_sock(sk));
  }
  } finally {
    leave($f);
  }
}
const A$tcp_sendmsg = defineFn('net/ipv4/tcp.c', 'tcp_sendmsg', [215, 216, 218, 221]);

/** tcp_sendmsg() = tcp_prot.sendmsg: queue the bytes as segments of at most one MSS and push them out. */
export function* tcp_sendmsg(sk: Sock, msg: Msghdr, size: number): Sim<number> {
  const $f = enter(A$tcp_sendmsg, { sk, size });
  try {
  if (at(A$tcp_sendmsg.L215)) yield;
  if (at(A$tcp_sendmsg.L216)) yield;
  const ret = yield* tcp_sendmsg_locked(sk, msg, size);
  $f.vars.ret = ret;
  if (at(A$tcp_sendmsg.L218)) yield;
  if (at(A$tcp_sendmsg.L221)) yield;
  return ret;
  } finally {
    leave($f);
  }
}
const A$tcp_sendmsg_locked = defineFn('net/ipv4/tcp.c', 'tcp_sendmsg_locked', [83, 85, 87, 94, 97, 98, 99, 107, 183, 187, 200]);

/** tcp_sendmsg_locked(): queue the user's bytes (one skb here) and push them out; errors as sk_stream_error() gives them. */
function* tcp_sendmsg_locked(sk: Sock, msg: Msghdr, size: number): Sim<number> {
  const data = msg.data;
  const nonblock = (msg.msg_flags & MSG_DONTWAIT) !== 0;
  const $f = enter(A$tcp_sendmsg_locked, { sk, size });
  try {

  if (at(A$tcp_sendmsg_locked.L83)) yield;
  const st = sk.sk_state;
  if (st !== TCP_ESTABLISHED && st !== TCP_CLOSE_WAIT) {
    if (at(A$tcp_sendmsg_locked.L85)) yield;
    // sk_stream_wait_connect(): a socket that never connected gets EPIPE; a handshake in progress is waited for
    if (st === TCP_SYN_SENT || st === TCP_SYN_RECV) {
      if (nonblock) return -EAGAIN;
      yield* wait_event(sk.sk_wq!, false, 'sk_stream_wait_connect', () => sk.sk_state !== TCP_SYN_SENT && sk.sk_state !== TCP_SYN_RECV);
    }
    if (sk.sk_state !== TCP_ESTABLISHED && sk.sk_state !== TCP_CLOSE_WAIT) {
      if (at(A$tcp_sendmsg_locked.L87)) yield;
      if (at(A$tcp_sendmsg_locked.L200)) yield;
      if (sk.sk_err) {
        const e = sk.sk_err;
        sk.sk_err = 0;
        return -e;
      }
      return -EPIPE;
    }
  }
  if (at(A$tcp_sendmsg_locked.L94)) yield;
  if (at(A$tcp_sendmsg_locked.L97)) yield;
  if (at(A$tcp_sendmsg_locked.L98)) yield;
  if (sk.sk_err || sk.sk_shutdown & SEND_SHUTDOWN) {
    if (at(A$tcp_sendmsg_locked.L99)) yield;
    if (at(A$tcp_sendmsg_locked.L200)) yield;
    if (sk.sk_err) {
      const e = sk.sk_err;
      sk.sk_err = 0;
      return -e;
    }
    return -EPIPE;
  }
  if (at(A$tcp_sendmsg_locked.L107)) yield;
  const tp = tcp_sk(sk);
  tp.write_seq = (tp.write_seq + data.length) >>> 0;
  if (at(A$tcp_sendmsg_locked.L183)) yield;
  ($E.fast || $E.twinOk[tcp_push.k] === 1 ? tcp_push$fast(sk, data) : yield* tcp_push(sk, data));
  if (at(A$tcp_sendmsg_locked.L187)) yield;
  return data.length;
  } finally {
    leave($f);
  }
}
const A$tcp_cleanup_rbuf = defineFn('net/ipv4/tcp.c', 'tcp_cleanup_rbuf', [236, 240, 247, 252]);

/** tcp_cleanup_rbuf(): after a read, send an ACK the delayed-ACK engine was holding for a small pushed segment. */
function* tcp_cleanup_rbuf(sk: Sock, copied: number): Sim<void> {
  const tp = tcp_sk(sk);
  const icsk = inet_csk(sk);
  const $f = enter(A$tcp_cleanup_rbuf, { sk, copied, tp });
  try {

  const a = icsk.icsk_ack;
  let time_to_ack = false;
  if (at(A$tcp_cleanup_rbuf.L236)) yield;
  if (a.pending & ICSK_ACK_SCHED) {
    if (at(A$tcp_cleanup_rbuf.L240)) yield;
    const drained = sk.sk_receive_queue.length === 0;
    if (((tp.rcv_nxt - tp.rcv_wup) >>> 0) > a.rcv_mss ||
        (copied > 0 && (a.pending & ICSK_ACK_PUSHED2 || (a.pending & ICSK_ACK_PUSHED && !inet_csk_in_pingpong_mode(sk))) && drained)) {
      if (at(A$tcp_cleanup_rbuf.L247)) yield;
      time_to_ack = true;
    }
  }
  $f.vars.time_to_ack = time_to_ack;
  if (time_to_ack) {
    if (at(A$tcp_cleanup_rbuf.L252)) yield;
    ($E.fast || $E.twinOk[tcp_send_ack.k] === 1 ? tcp_send_ack$fast(sk) : yield* tcp_send_ack(sk));
  }
  } finally {
    leave($f);
  }
}
const A$tcp_recvmsg = defineFn('net/ipv4/tcp.c', 'tcp_recvmsg', [275, 278, 283, 296, 320, 324, 328, 333, 346, 356, 375, 378]);
/** tcp_recvmsg() = tcp_prot.recvmsg: copy what is queued, in order, into msg; wait while empty; 0 once the peer's FIN is in. */
export function* tcp_recvmsg(sk: Sock, msg: Msghdr, len: number, nonblock: number, flags: number): Sim<number> {
  const tp = tcp_sk(sk);
  const $f = enter(A$tcp_recvmsg, { sk, len, nonblock });
  try {

  if (at(A$tcp_recvmsg.L275)) yield;
  if (at(A$tcp_recvmsg.L278)) yield;
  if (sk.sk_state === TCP_LISTEN) return -ENOTCONN;
  if (at(A$tcp_recvmsg.L283)) yield;
  let timeo = nonblock ? 0 : sk.sk_rcvtimeo;
  $f.vars.timeo = timeo;
  for (;;) {
    if (at(A$tcp_recvmsg.L296)) yield;
    if (sk.sk_receive_queue.length) {
      let out = '';
      while (out.length < len && sk.sk_receive_queue.length) {
        const skb = sk.sk_receive_queue[0];
        const off = (tp.copied_seq - skb.th!.seq) >>> 0;
        const take = Math.min(len - out.length, skb.len - off);
        if (at(A$tcp_recvmsg.L356)) yield;
        out += skb.payload.slice(off, off + take);
        tp.copied_seq = (tp.copied_seq + take) >>> 0;
        if (off + take >= skb.len) sk.sk_receive_queue.shift();
      }
      if (at(A$tcp_recvmsg.L375)) yield;
      ($E.fast || $E.twinOk[tcp_cleanup_rbuf.k] === 1 ? tcp_cleanup_rbuf$fast(sk, out.length) : yield* tcp_cleanup_rbuf(sk, out.length));
      if (at(A$tcp_recvmsg.L378)) yield;
      msg.data = out;
      return out.length;
    }
    if (at(A$tcp_recvmsg.L320)) yield;
    if (sock_flag(sk, SOCK_DONE)) return 0;
    if (sk.sk_err) {
      if (at(A$tcp_recvmsg.L324)) yield;
      const e = sk.sk_err;
      sk.sk_err = 0;
      return -e;
    }
    if (at(A$tcp_recvmsg.L328)) yield;
    if (sk.sk_shutdown & RCV_SHUTDOWN) return 0;
    if (sk.sk_state === TCP_CLOSE) return -ENOTCONN;
    if (at(A$tcp_recvmsg.L333)) yield;
    if (!timeo) return -EAGAIN;
    if (at(A$tcp_recvmsg.L346)) yield;
    // (sk_wait_event: sleep until sk_data_ready or another wake-up, or until SO_RCVTIMEO's time is up)
    const task = prepare_to_wait(sk.sk_wq!, false, 'sk_wait_data');
    const left = schedule_timeout(task, timeo);
    yield SLEEP;
    timeo = left();
    $f.vars.timeo = timeo;
    finish_wait(sk.sk_wq!, task);
  }
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
  switch (optname) {
    case TCP_SYNCNT:
      if (val < 1 || val > 127) return -ERRNO.EINVAL;
      inet_csk(sk).icsk_syn_retries = val;
      return 0;
  }
  return -ERRNO.ENOPROTOOPT;
}
const A$tcp_poll = defineFn('net/ipv4/tcp.c', 'tcp_poll', [686, 688, 690, 691, 693, 695, 696, 698, 699, 702, 704, 707, 708, 710, 711, 712, 724, 725, 727]);

// ---- poll -------------------------------------------------------------------------------------------

/** tcp_poll() = inet_stream_ops.poll: the events a TCP socket has now; hooks the poller on the socket's wait queue. */
export function* tcp_poll(file: File, sock: Socket, wait: PollTable | null): Sim<number> {
  const sk = sock.sk!;
  const tp = tcp_sk(sk);
  const $f = enter(A$tcp_poll, { file, sock, wait, sk, tp });
  try {
  if (at(A$tcp_poll.L686)) yield;
  sock_poll_wait(file, sock, wait);
  if (at(A$tcp_poll.L688)) yield;
  const state = sk.sk_state;
  $f.vars.state = state;
  if (at(A$tcp_poll.L690)) yield;
  if (state === TCP_LISTEN) {
    // inet_csk_listen_poll(): readable while the accept queue holds a child
    if (at(A$tcp_poll.L691)) yield;
    return inet_csk(sk).icsk_accept_queue.rskq_accept_head ? EPOLLIN | EPOLLRDNORM : 0;
  }
  if (at(A$tcp_poll.L693)) yield;
  let mask = 0;
  if (at(A$tcp_poll.L695)) yield;
  if (sk.sk_shutdown === SHUTDOWN_MASK || state === TCP_CLOSE) {
    if (at(A$tcp_poll.L696)) yield;
    mask |= EPOLLHUP;
  }
  if (at(A$tcp_poll.L698)) yield;
  if (sk.sk_shutdown & RCV_SHUTDOWN) {
    if (at(A$tcp_poll.L699)) yield;
    mask |= EPOLLIN | EPOLLRDNORM | EPOLLRDHUP;
  }
  if (at(A$tcp_poll.L702)) yield;
  if (state !== TCP_SYN_SENT && state !== TCP_SYN_RECV) {
    if (at(A$tcp_poll.L704)) yield;
    const target = 1;
    if (at(A$tcp_poll.L707)) yield;
    if (((tp.rcv_nxt - tp.copied_seq) >>> 0) >= target) {
      if (at(A$tcp_poll.L708)) yield;
      mask |= EPOLLIN | EPOLLRDNORM;
    }
    if (at(A$tcp_poll.L710)) yield;
    // sk_stream_is_writeable: the simulated send buffer never fills
    if (at(A$tcp_poll.L711)) yield;
    if (at(A$tcp_poll.L712)) yield;
    mask |= EPOLLOUT | EPOLLWRNORM;
  }
  $f.vars.mask = mask;
  if (at(A$tcp_poll.L724)) yield;
  if (sk.sk_err) {
    if (at(A$tcp_poll.L725)) yield;
    mask |= EPOLLERR;
  }
  $f.vars.mask = mask;
  if (at(A$tcp_poll.L727)) yield;
  return mask;
  } finally {
    leave($f);
  }
}


// ---- fast-path twins (scripts/twins.cjs) ----
import { E as $E, FAST_FRAME as $FF, driveToEnd as $drive, registerTwin as $kreg } from '../../../core/engine';
import { inet_put_port$fast as inet_put_port$fast } from './inet_hashtables';
import { inet_sk_state_store$fast as inet_sk_state_store$fast } from './af_inet';
import { tcp_send_fin$fast as tcp_send_fin$fast, tcp_send_active_reset$fast as tcp_send_active_reset$fast, tcp_push$fast as tcp_push$fast, tcp_send_ack$fast as tcp_send_ack$fast } from './tcp_output';
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
  const $f = ($tb !== null && ($o = (A$tcp_set_state.L393 | 270532608), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  $s += 2;
  const oldstate = sk.sk_state;
  
  const net = sk.skc_net;
  
  if (state === TCP_ESTABLISHED) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_set_state.L400) : $tb.op($e.now, A$tcp_set_state.L400));
    if (oldstate !== TCP_ESTABLISHED) NET_INC_STATS(net, MIB.CurrEstab);
  } else {
    if (state === TCP_CLOSE) {
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_set_state.L405) : $tb.op($e.now, A$tcp_set_state.L405));
      if (oldstate === TCP_CLOSE_WAIT || oldstate === TCP_ESTABLISHED) NET_INC_STATS(net, MIB.EstabResets);
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_set_state.L409) : $tb.op($e.now, A$tcp_set_state.L409));
      (($t = sk.sk_prot.unhash).fast !== undefined ? $t.fast(sk) : $drive($t(sk)));
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_set_state.L411) : $tb.op($e.now, A$tcp_set_state.L411));
      if (inet_csk(sk).icsk_bind_hash && !(sk.sk_userlocks & SOCK_BINDPORT_LOCK)) inet_put_port$fast(sk);
    }
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_set_state.L416) : $tb.op($e.now, A$tcp_set_state.L416));
    if (oldstate === TCP_ESTABLISHED) NET_INC_STATS(net, MIB.CurrEstab, -1);
  }
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_set_state.L421) : $tb.op($e.now, A$tcp_set_state.L421));
  inet_sk_state_store$fast(sk, state);
  } ($e.steps += $s, $tb !== null && ($o = (A$tcp_set_state.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
}
export function tcp_close_state$fast(sk: Sock): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0; let $x = -1;
  const $f = ($tb !== null && ($o = (A$tcp_close_state.L459 | 270532608), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  $s += 2;
  const next = new_state[sk.sk_state];
  const ns = next & 0x0f;
  
  
  
  tcp_set_state$fast(sk, ns);
  ++$s; $x = A$tcp_close_state.L465 | 1048576;
  return ($r = (!!(next & TCP_ACTION_FIN)), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_close_state.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
export function tcp_shutdown$fast(sk: Sock, how: number): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $s = 0;
  const $f = ($tb !== null && ($o = (A$tcp_shutdown.L476 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  ++$s;
  if (!(how & SEND_SHUTDOWN)) { ($e.steps += $s, $tb !== null && ($o = (A$tcp_shutdown.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))); return; }
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_shutdown.L480) : $tb.op($e.now, A$tcp_shutdown.L480));
  const st = sk.sk_state;
  if (st === TCP_ESTABLISHED || st === TCP_SYN_SENT || st === TCP_SYN_RECV || st === TCP_CLOSE_WAIT) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_shutdown.L484) : $tb.op($e.now, A$tcp_shutdown.L484));
    if (tcp_close_state$fast(sk)) {
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_shutdown.L485) : $tb.op($e.now, A$tcp_shutdown.L485));
      tcp_send_fin$fast(sk);
    }
  }
  } ($e.steps += $s, $tb !== null && ($o = (A$tcp_shutdown.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
}
export function tcp_close$fast(sk: Sock, timeout: number): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $s = 0;
  const $f = ($tb !== null && ($o = (A$tcp_close.L500 | 271581184), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  $s += 3;
  sk.sk_lock_owned = true;
  
  sk.sk_shutdown = SHUTDOWN_MASK;
  
  if (sk.sk_state === TCP_LISTEN) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_close.L505) : $tb.op($e.now, A$tcp_close.L505));
    tcp_set_state$fast(sk, TCP_CLOSE);
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_close.L508) : $tb.op($e.now, A$tcp_close.L508));
    inet_csk_listen_stop$fast(sk);
  } else {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_close.L512) : $tb.op($e.now, A$tcp_close.L512));
    let data_was_unread = 0;
    for (const skb of sk.sk_receive_queue) data_was_unread += skb.len;
    sk.sk_receive_queue = [];
    
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_close.L521) : $tb.op($e.now, A$tcp_close.L521));
    if (sk.sk_state !== TCP_CLOSE) {
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_close.L525) : $tb.op($e.now, A$tcp_close.L525));
      if (data_was_unread) {
        NET_INC_STATS(sk.skc_net, MIB.TCPAbortOnClose);
        ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_close.L528) : $tb.op($e.now, A$tcp_close.L528));
        tcp_set_state$fast(sk, TCP_CLOSE);
        ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_close.L529) : $tb.op($e.now, A$tcp_close.L529));
        tcp_send_active_reset$fast(sk);
      } else {
        ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_close.L530) : $tb.op($e.now, A$tcp_close.L530));
        if (sock_flag(sk, SOCK_LINGER) && !sk.sk_lingertime) {
          ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_close.L532) : $tb.op($e.now, A$tcp_close.L532));
          tcp_disconnect$fast(sk, 0);
          NET_INC_STATS(sk.skc_net, MIB.TCPAbortOnData);
        } else {
          ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_close.L534) : $tb.op($e.now, A$tcp_close.L534));
          if (tcp_close_state$fast(sk)) {
            ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_close.L536) : $tb.op($e.now, A$tcp_close.L536));
            tcp_send_fin$fast(sk);
          }
        }
      }
    }
  }
  $s += 2; if ($tb !== null) ($o = (A$tcp_close.L540 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  // the state now, after the FIN or RST above: a softirq may still change it before we look again
  const state = sk.sk_state;
  
  
  // sock_orphan(): SOCK_DEAD, and no struct socket any more
  sock_set_flag(sk, SOCK_DEAD);
  sk.sk_socket = null;
  sk.sk_wq = null;
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_close.L546) : $tb.op($e.now, A$tcp_close.L546));
  NET_INC_STATS(sk.skc_net, MIB.TCPOrphans);
  if (!(state !== TCP_CLOSE && sk.sk_state === TCP_CLOSE)) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_close.L548) : $tb.op($e.now, A$tcp_close.L548));
    if (sk.sk_state === TCP_FIN_WAIT2) {
      const tmo = sk.skc_net.sysctl['net.ipv4.tcp_fin_timeout'] * 1_000_000;
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_close.L562) : $tb.op($e.now, A$tcp_close.L562));
      tcp_time_wait$fast(sk, TCP_FIN_WAIT2, tmo);
    } else {
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_close.L569) : $tb.op($e.now, A$tcp_close.L569));
      if (sk.sk_state === TCP_CLOSE) {
        ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_close.L573) : $tb.op($e.now, A$tcp_close.L573));
        inet_csk_destroy_sock$fast(sk);
      }
    }
  }
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_close.L577) : $tb.op($e.now, A$tcp_close.L577));
  sk.sk_lock_owned = false;
  } ($e.steps += $s, $tb !== null && ($o = (A$tcp_close.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
}
export function tcp_disconnect$fast(sk: Sock, flags: number): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0;
  const $f = ($tb !== null && ($o = (A$tcp_disconnect.L592 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  ++$s;
  const old_state = sk.sk_state;
  
  if (old_state !== TCP_CLOSE) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_disconnect.L597) : $tb.op($e.now, A$tcp_disconnect.L597));
    tcp_set_state$fast(sk, TCP_CLOSE);
  }
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_disconnect.L603) : $tb.op($e.now, A$tcp_disconnect.L603));
  const need = [TCP_ESTABLISHED, TCP_CLOSE_WAIT, TCP_FIN_WAIT1, TCP_FIN_WAIT2, TCP_SYN_RECV, TCP_CLOSING, TCP_LAST_ACK].includes(old_state);
  if (need) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_disconnect.L607) : $tb.op($e.now, A$tcp_disconnect.L607));
    tcp_send_active_reset$fast(sk);
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_disconnect.L608) : $tb.op($e.now, A$tcp_disconnect.L608));
    sk.sk_err = ERRNO.ECONNRESET;
  } else if (old_state === TCP_SYN_SENT) {
    $s += 2; if ($tb !== null) ($o = (A$tcp_disconnect.L609 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
    
    sk.sk_err = ERRNO.ECONNRESET;
  }
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_disconnect.L616) : $tb.op($e.now, A$tcp_disconnect.L616));
  tcp_clear_xmit_timers(sk);
  tcp_sk(sk).tcp_rtx_queue = [];
  sk.sk_receive_queue = [];
  $s += 2; if ($tb !== null) ($o = (A$tcp_disconnect.L620 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  inet_sk(sk).inet_dport = 0;
  sk.sk_shutdown = 0;
  
  sock_def_error_report$fast(sk);
  return ($r = (0), ($e.steps += $s, $tb !== null && ($o = (A$tcp_disconnect.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
export function tcp_done$fast(sk: Sock): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $s = 0;
  const $f = ($tb !== null && ($o = (A$tcp_done.L654 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  ++$s;
  if (sk.sk_state === TCP_SYN_SENT || sk.sk_state === TCP_SYN_RECV) NET_INC_STATS(sk.skc_net, MIB.AttemptFails);
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_done.L657) : $tb.op($e.now, A$tcp_done.L657));
  tcp_set_state$fast(sk, TCP_CLOSE);
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_done.L658) : $tb.op($e.now, A$tcp_done.L658));
  tcp_clear_xmit_timers(sk);
  $s += 2; if ($tb !== null) ($o = (A$tcp_done.L661 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  sk.sk_shutdown = SHUTDOWN_MASK;
  
  if (!sock_flag(sk, SOCK_DEAD)) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_done.L664) : $tb.op($e.now, A$tcp_done.L664));
    sock_def_wakeup$fast(sk);
  } else {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_done.L667) : $tb.op($e.now, A$tcp_done.L667));
    inet_csk_destroy_sock$fast(sk);
  }
  } ($e.steps += $s, $tb !== null && ($o = (A$tcp_done.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
}
function tcp_cleanup_rbuf$fast(sk: Sock, copied: number): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $s = 0;
  const tp = tcp_sk(sk);
  const icsk = inet_csk(sk);
  const $f = ($tb !== null && ($o = (A$tcp_cleanup_rbuf.L236 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {

  const a = icsk.icsk_ack;
  let time_to_ack = false;
  ++$s;
  if (a.pending & ICSK_ACK_SCHED) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_cleanup_rbuf.L240) : $tb.op($e.now, A$tcp_cleanup_rbuf.L240));
    const drained = sk.sk_receive_queue.length === 0;
    if (((tp.rcv_nxt - tp.rcv_wup) >>> 0) > a.rcv_mss ||
        (copied > 0 && (a.pending & ICSK_ACK_PUSHED2 || (a.pending & ICSK_ACK_PUSHED && !inet_csk_in_pingpong_mode(sk))) && drained)) {
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_cleanup_rbuf.L247) : $tb.op($e.now, A$tcp_cleanup_rbuf.L247));
      time_to_ack = true;
    }
  }
  
  if (time_to_ack) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_cleanup_rbuf.L252) : $tb.op($e.now, A$tcp_cleanup_rbuf.L252));
    tcp_send_ack$fast(sk);
  }
  } ($e.steps += $s, $tb !== null && ($o = (A$tcp_cleanup_rbuf.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
}
export function tcp_poll$fast(file: File, sock: Socket, wait: PollTable | null): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0; let $x = -1;
  const sk = sock.sk!;
  const tp = tcp_sk(sk);
  const $f = ($tb !== null && ($o = (A$tcp_poll.L686 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  ++$s;
  sock_poll_wait(file, sock, wait);
  $s += 2; if ($tb !== null) ($o = (A$tcp_poll.L688 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  const state = sk.sk_state;
  
  
  if (state === TCP_LISTEN) {
    // inet_csk_listen_poll(): readable while the accept queue holds a child
    ++$s; $x = A$tcp_poll.L691 | 1048576;
    return ($r = (inet_csk(sk).icsk_accept_queue.rskq_accept_head ? EPOLLIN | EPOLLRDNORM : 0), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_poll.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
  $s += 2; if ($tb !== null) ($o = (A$tcp_poll.L693 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  let mask = 0;
  
  if (sk.sk_shutdown === SHUTDOWN_MASK || state === TCP_CLOSE) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_poll.L696) : $tb.op($e.now, A$tcp_poll.L696));
    mask |= EPOLLHUP;
  }
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_poll.L698) : $tb.op($e.now, A$tcp_poll.L698));
  if (sk.sk_shutdown & RCV_SHUTDOWN) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_poll.L699) : $tb.op($e.now, A$tcp_poll.L699));
    mask |= EPOLLIN | EPOLLRDNORM | EPOLLRDHUP;
  }
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_poll.L702) : $tb.op($e.now, A$tcp_poll.L702));
  if (state !== TCP_SYN_SENT && state !== TCP_SYN_RECV) {
    $s += 2; if ($tb !== null) ($o = (A$tcp_poll.L704 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
    const target = 1;
    
    if (((tp.rcv_nxt - tp.copied_seq) >>> 0) >= target) {
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_poll.L708) : $tb.op($e.now, A$tcp_poll.L708));
      mask |= EPOLLIN | EPOLLRDNORM;
    }
    $s += 3; if ($tb !== null) ($o = (A$tcp_poll.L710 | 2097152), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
    // sk_stream_is_writeable: the simulated send buffer never fills
    
    
    mask |= EPOLLOUT | EPOLLWRNORM;
  }
  
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_poll.L724) : $tb.op($e.now, A$tcp_poll.L724));
  if (sk.sk_err) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_poll.L725) : $tb.op($e.now, A$tcp_poll.L725));
    mask |= EPOLLERR;
  }
  
  ++$s; $x = A$tcp_poll.L727 | 1048576;
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
