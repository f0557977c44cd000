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
import { wake_up_interruptible } from '../../../include/linux/net';
import { Sock, sock_flag, sock_set_flag, SOCK_DEAD, SOCK_DONE, SOCK_LINGER } from '../../../include/net/sock';
import { inet_csk, inet_csk_in_pingpong_mode, ICSK_ACK_SCHED, ICSK_ACK_PUSHED, ICSK_ACK_PUSHED2 } from '../../../include/net/inet_connection_sock';
import { inet_sk } from '../../../include/net/inet_sock';
import { tcp_sk } from '../../../include/linux/tcp';
import { NET_INC_STATS } from '../../../include/net/net_namespace';
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

const { EPIPE, ENOTCONN, EAGAIN } = ERRNO;

/** tcp_init_xmit_timers(): the retransmit (and delayed-ACK) timers of this sock. */
export function tcp_init_xmit_timers(sk: Sock): void {
  const icsk = inet_csk(sk);
  icsk.icsk_retransmit_timer = new TimerList('tcp_write_timer', sk.skc_net.host, tcp_retransmit_timer, sk);
  icsk.icsk_delack_timer = new TimerList('tcp_delack_timer', sk.skc_net.host, tcp_delack_timer_handler, sk);
}
const A$tcp_init_sock = defineFn('net/ipv4/tcp.c', 'tcp_init_sock', {
  L24: 'tp->out_of_order_queue = RB_ROOT;',
  L27: 'tcp_init_xmit_timers(sk);',
  L30: 'icsk->icsk_rto = TCP_TIMEOUT_INIT;',
  L33: 'tp->snd_cwnd = TCP_INIT_CWND;',
  L35: 'tp->snd_ssthresh = TCP_INFINITE_SSTHRESH;',
  L37: 'tp->mss_cache = TCP_MSS_DEFAULT;',
  L44: 'sk->sk_state = TCP_CLOSE;',
  L49: 'WRITE_ONCE(sk->sk_sndbuf, sock_net(sk)->ipv4.sysctl_tcp_wmem[1]);',
});

/** tcp_init_sock(): TCP's defaults. sk_state = TCP_CLOSE is a direct store: no tracepoint. */
export function* tcp_init_sock(sk: Sock): Sim<void> {
  const tp = tcp_sk(sk);
  const icsk = inet_csk(sk);
  const $f = enter(A$tcp_init_sock, { sk, tp, icsk });
  try {

  if (at(A$tcp_init_sock.L24)) yield;
  tp.out_of_order_queue = [];
  if (at(A$tcp_init_sock.L27)) yield;
  tcp_init_xmit_timers(sk);
  if (at(A$tcp_init_sock.L30)) yield;
  icsk.icsk_rto = TCP_TIMEOUT_INIT;
  if (at(A$tcp_init_sock.L33)) yield;
  tp.snd_cwnd = 10;
  if (at(A$tcp_init_sock.L35)) yield;
  tp.snd_ssthresh = 0x7fffffff;
  if (at(A$tcp_init_sock.L37)) yield;
  tp.mss_cache = 536;
  if (at(A$tcp_init_sock.L44)) yield;
  sk.sk_state = TCP_CLOSE;
  if (at(A$tcp_init_sock.L49)) yield;
  sk.sk_sndbuf = 16384;
  sk.sk_rcvbuf = 131072;
  } finally {
    leave($f);
  }
}
const A$tcp_set_state = defineFn('net/ipv4/tcp.c', 'tcp_set_state', {
  L308: 'int oldstate = sk->sk_state;',
  L312: 'switch (state) {',
  L315: 'if (oldstate != TCP_ESTABLISHED)',
  L319: 'if (oldstate == TCP_CLOSE_WAIT || oldstate == TCP_ESTABLISHED)',
  L322: 'sk->sk_prot->unhash(sk);',
  L324: 'if (inet_csk(sk)->icsk_bind_hash &&',
  L327: 'if (oldstate == TCP_ESTABLISHED)',
  L331: 'inet_sk_state_store(sk, state);',
});

/** tcp_set_state(): TCP's one state setter; on CLOSE it unhashes and releases the port first. */
export function* tcp_set_state(sk: Sock, state: number): Sim<void> { let $t: any;
  const $f = enter(A$tcp_set_state, { sk, state });
  try {
  if (at(A$tcp_set_state.L308)) yield;
  const oldstate = sk.sk_state;
  $f.vars.oldstate = oldstate;
  const net = sk.skc_net;
  if (at(A$tcp_set_state.L312)) yield;
  if (state === TCP_ESTABLISHED) {
    if (at(A$tcp_set_state.L315)) yield;
    if (oldstate !== TCP_ESTABLISHED) NET_INC_STATS(net, 'CurrEstab');
  } else {
    if (state === TCP_CLOSE) {
      if (at(A$tcp_set_state.L319)) yield;
      if (oldstate === TCP_CLOSE_WAIT || oldstate === TCP_ESTABLISHED) NET_INC_STATS(net, 'EstabResets');
      if (at(A$tcp_set_state.L322)) yield;
      (($t = sk.sk_prot.unhash).fast !== undefined && ($E.fast || $E.twinOk[$t.k] === 1) ? $t.fast(sk) : yield* sk.sk_prot.unhash(sk));
      if (at(A$tcp_set_state.L324)) yield;
      if (inet_csk(sk).icsk_bind_hash && !(sk.sk_userlocks & SOCK_BINDPORT_LOCK)) ($E.fast || $E.twinOk[inet_put_port.k] === 1 ? inet_put_port$fast(sk) : yield* inet_put_port(sk));
    }
    if (at(A$tcp_set_state.L327)) yield;
    if (oldstate === TCP_ESTABLISHED) NET_INC_STATS(net, 'CurrEstab', -1);
  }
  if (at(A$tcp_set_state.L331)) yield;
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
const A$tcp_close_state = defineFn('net/ipv4/tcp.c', 'tcp_close_state', {
  L369: 'int next = (int)new_state[sk->sk_state];',
  L373: 'tcp_set_state(sk, ns);',
  L375: 'return next & TCP_ACTION_FIN;',
});

/** tcp_close_state(): where close()/shutdown() go from each state, and whether a FIN must be sent. */
export function* tcp_close_state(sk: Sock): Sim<boolean> {
  const $f = enter(A$tcp_close_state, { sk });
  try {
  if (at(A$tcp_close_state.L369)) yield;
  const next = new_state[sk.sk_state];
  const ns = next & 0x0f;
  $f.vars.next = next;
  $f.vars.ns = ns;
  if (at(A$tcp_close_state.L373)) yield;
  ($E.fast || $E.twinOk[tcp_set_state.k] === 1 ? tcp_set_state$fast(sk, ns) : yield* tcp_set_state(sk, ns));
  if (at(A$tcp_close_state.L375)) yield;
  return !!(next & TCP_ACTION_FIN);
  } finally {
    leave($f);
  }
}
const A$tcp_shutdown = defineFn('net/ipv4/tcp.c', 'tcp_shutdown', {
  L386: 'if (!(how & SEND_SHUTDOWN))',
  L389: 'if ((1 << sk->sk_state) &',
  L391: 'if (tcp_close_state(sk))',
  L391_2: 'tcp_send_fin(sk);',
});

/** tcp_shutdown(): SHUT_WR sends our FIN (ESTABLISHED→FIN_WAIT1, CLOSE_WAIT→LAST_ACK). */
export function* tcp_shutdown(sk: Sock, how: number): Sim<void> {
  const $f = enter(A$tcp_shutdown, { sk, how });
  try {
  if (at(A$tcp_shutdown.L386)) yield;
  if (!(how & SEND_SHUTDOWN)) return;
  if (at(A$tcp_shutdown.L389)) yield;
  const st = sk.sk_state;
  if (st === TCP_ESTABLISHED || st === TCP_SYN_SENT || st === TCP_SYN_RECV || st === TCP_CLOSE_WAIT) {
    if (at(A$tcp_shutdown.L391)) yield;
    if (($E.fast || $E.twinOk[tcp_close_state.k] === 1 ? tcp_close_state$fast(sk) : yield* tcp_close_state(sk))) {
      if (at(A$tcp_shutdown.L391_2)) yield;
      ($E.fast || $E.twinOk[tcp_send_fin.k] === 1 ? tcp_send_fin$fast(sk) : yield* tcp_send_fin(sk));
    }
  }
  } finally {
    leave($f);
  }
}
const A$tcp_close = defineFn('net/ipv4/tcp.c', 'tcp_close', {
  L406: 'lock_sock(sk);',
  L408: 'sk->sk_shutdown = SHUTDOWN_MASK;',
  L409: 'if (sk->sk_state == TCP_LISTEN) {',
  L411: 'tcp_set_state(sk, TCP_CLOSE);#1',
  L414: 'inet_csk_listen_stop(sk);',
  L418: 'while ((skb = __skb_dequeue(&sk->sk_receive_queue)) != NULL) {',
  L427: 'if (sk->sk_state == TCP_CLOSE)#1',
  L430: '} else if (data_was_unread) {',
  L433: 'tcp_set_state(sk, TCP_CLOSE);#2',
  L434: 'tcp_send_active_reset(sk, sk->sk_allocation);',
  L435: '} else if (sock_flag(sk, SOCK_LINGER) && !sk->sk_lingertime) {',
  L437: 'sk->sk_prot->disconnect(sk, 0);',
  L439: '} else if (tcp_close_state(sk)) {',
  L441: 'tcp_send_fin(sk);',
  L445: 'adjudge_to_death:',
  L449: 'sock_orphan(sk);',
  L451: 'percpu_counter_inc(sk->sk_prot->orphan_count);',
  L453: 'if (sk->sk_state == TCP_FIN_WAIT2) {',
  L466: 'tcp_time_wait(sk, TCP_FIN_WAIT2, tmo);',
  L473: 'if (sk->sk_state == TCP_CLOSE) {',
  L477: 'inet_csk_destroy_sock(sk);',
  L481: 'release_sock(sk);',
});

/** tcp_close() = tcp_prot.close: send FIN (or RST), orphan the sock; it lives on until the FIN exchange ends. */
export function* tcp_close(sk: Sock, timeout: number): Sim<void> {
  const $f = enter(A$tcp_close, { sk, timeout });
  try {
  if (at(A$tcp_close.L406)) yield;
  sk.sk_lock_owned = true;
  if (at(A$tcp_close.L408)) yield;
  sk.sk_shutdown = SHUTDOWN_MASK;
  if (at(A$tcp_close.L409)) yield;
  if (sk.sk_state === TCP_LISTEN) {
    if (at(A$tcp_close.L411)) yield;
    ($E.fast || $E.twinOk[tcp_set_state.k] === 1 ? tcp_set_state$fast(sk, TCP_CLOSE) : yield* tcp_set_state(sk, TCP_CLOSE));
    if (at(A$tcp_close.L414)) yield;
    ($E.fast || $E.twinOk[inet_csk_listen_stop.k] === 1 ? inet_csk_listen_stop$fast(sk) : yield* inet_csk_listen_stop(sk));
  } else {
    if (at(A$tcp_close.L418)) yield;
    let data_was_unread = 0;
    for (const skb of sk.sk_receive_queue) data_was_unread += skb.len;
    sk.sk_receive_queue = [];
    $f.vars.data_was_unread = data_was_unread;
    if (at(A$tcp_close.L427)) yield;
    if (sk.sk_state !== TCP_CLOSE) {
      if (at(A$tcp_close.L430)) yield;
      if (data_was_unread) {
        NET_INC_STATS(sk.skc_net, 'TCPAbortOnClose');
        if (at(A$tcp_close.L433)) yield;
        ($E.fast || $E.twinOk[tcp_set_state.k] === 1 ? tcp_set_state$fast(sk, TCP_CLOSE) : yield* tcp_set_state(sk, TCP_CLOSE));
        if (at(A$tcp_close.L434)) yield;
        ($E.fast || $E.twinOk[tcp_send_active_reset.k] === 1 ? tcp_send_active_reset$fast(sk) : yield* tcp_send_active_reset(sk));
      } else {
        if (at(A$tcp_close.L435)) yield;
        if (sock_flag(sk, SOCK_LINGER) && !sk.sk_lingertime) {
          if (at(A$tcp_close.L437)) yield;
          ($E.fast || $E.twinOk[tcp_disconnect.k] === 1 ? tcp_disconnect$fast(sk, 0) : yield* tcp_disconnect(sk, 0));
          NET_INC_STATS(sk.skc_net, 'TCPAbortOnData');
        } else {
          if (at(A$tcp_close.L439)) yield;
          if (($E.fast || $E.twinOk[tcp_close_state.k] === 1 ? tcp_close_state$fast(sk) : yield* tcp_close_state(sk))) {
            if (at(A$tcp_close.L441)) yield;
            ($E.fast || $E.twinOk[tcp_send_fin.k] === 1 ? tcp_send_fin$fast(sk) : yield* tcp_send_fin(sk));
          }
        }
      }
    }
  }
  if (at(A$tcp_close.L445)) yield;
  // the state now, after the FIN or RST above: a softirq may still change it before we look again
  const state = sk.sk_state;
  $f.vars.state = state;
  if (at(A$tcp_close.L449)) yield;
  // sock_orphan(): SOCK_DEAD, and no struct socket any more
  sock_set_flag(sk, SOCK_DEAD);
  sk.sk_socket = null;
  sk.sk_wq = null;
  if (at(A$tcp_close.L451)) yield;
  NET_INC_STATS(sk.skc_net, 'TCPOrphans');
  if (!(state !== TCP_CLOSE && sk.sk_state === TCP_CLOSE)) {
    if (at(A$tcp_close.L453)) yield;
    if (sk.sk_state === TCP_FIN_WAIT2) {
      const tmo = sk.skc_net.sysctl['net.ipv4.tcp_fin_timeout'] * 1_000_000;
      if (at(A$tcp_close.L466)) yield;
      ($E.fast || $E.twinOk[tcp_time_wait.k] === 1 ? tcp_time_wait$fast(sk, TCP_FIN_WAIT2, tmo) : yield* tcp_time_wait(sk, TCP_FIN_WAIT2, tmo));
    } else {
      if (at(A$tcp_close.L473)) yield;
      if (sk.sk_state === TCP_CLOSE) {
        if (at(A$tcp_close.L477)) yield;
        ($E.fast || $E.twinOk[inet_csk_destroy_sock.k] === 1 ? inet_csk_destroy_sock$fast(sk) : yield* inet_csk_destroy_sock(sk));
      }
    }
  }
  if (at(A$tcp_close.L481)) yield;
  sk.sk_lock_owned = false;
  } finally {
    leave($f);
  }
}
const A$tcp_disconnect = defineFn('net/ipv4/tcp.c', 'tcp_disconnect', {
  L496: 'int old_state = sk->sk_state;',
  L500: 'tcp_set_state(sk, TCP_CLOSE);',
  L506: '} else if (tcp_need_reset(old_state) ||',
  L508: 'tcp_send_active_reset(sk, gfp_any());',
  L509: 'sk->sk_err = ECONNRESET;',
  L515: 'tcp_write_queue_purge(sk);',
  L519: 'inet->inet_dport = 0;',
  L535: 'sk->sk_error_report(sk);',
});

/** tcp_disconnect(): abort to CLOSE; a synchronized connection is reset (SO_LINGER {1,0}, listener children). */
export function* tcp_disconnect(sk: Sock, flags: number): Sim<number> {
  const $f = enter(A$tcp_disconnect, { sk, flags });
  try {
  if (at(A$tcp_disconnect.L496)) yield;
  const old_state = sk.sk_state;
  $f.vars.old_state = old_state;
  if (old_state !== TCP_CLOSE) {
    if (at(A$tcp_disconnect.L500)) yield;
    ($E.fast || $E.twinOk[tcp_set_state.k] === 1 ? tcp_set_state$fast(sk, TCP_CLOSE) : yield* tcp_set_state(sk, TCP_CLOSE));
  }
  if (at(A$tcp_disconnect.L506)) yield;
  const need = [TCP_ESTABLISHED, TCP_CLOSE_WAIT, TCP_FIN_WAIT1, TCP_FIN_WAIT2, TCP_SYN_RECV, TCP_CLOSING, TCP_LAST_ACK].includes(old_state);
  if (need) {
    if (at(A$tcp_disconnect.L508)) yield;
    ($E.fast || $E.twinOk[tcp_send_active_reset.k] === 1 ? tcp_send_active_reset$fast(sk) : yield* tcp_send_active_reset(sk));
    if (at(A$tcp_disconnect.L509)) yield;
    sk.sk_err = ERRNO.ECONNRESET;
  }
  if (at(A$tcp_disconnect.L515)) yield;
  tcp_clear_xmit_timers(sk);
  tcp_sk(sk).tcp_rtx_queue = [];
  sk.sk_receive_queue = [];
  if (at(A$tcp_disconnect.L519)) yield;
  inet_sk(sk).inet_dport = 0;
  sk.sk_shutdown = 0;
  if (at(A$tcp_disconnect.L535)) yield;
  wake_up_interruptible(sk.sk_wq);
  return 0;
  } finally {
    leave($f);
  }
}
const A$tcp_done = defineFn('net/ipv4/tcp.c', 'tcp_done', {
  L551: 'if (sk->sk_state == TCP_SYN_SENT || sk->sk_state == TCP_SYN_RECV)',
  L553: 'tcp_set_state(sk, TCP_CLOSE);',
  L554: 'tcp_clear_xmit_timers(sk);',
  L556: 'sk->sk_shutdown = SHUTDOWN_MASK;',
  L557: 'if (!sock_flag(sk, SOCK_DEAD))',
  L559: 'sk->sk_state_change(sk);',
  L562: 'inet_csk_destroy_sock(sk);',
});

/** tcp_done(): the connection is over — CLOSE; an orphan is destroyed, an owned sock wakes its owner. */
export function* tcp_done(sk: Sock): Sim<void> {
  const $f = enter(A$tcp_done, { sk });
  try {
  if (at(A$tcp_done.L551)) yield;
  if (sk.sk_state === TCP_SYN_SENT || sk.sk_state === TCP_SYN_RECV) NET_INC_STATS(sk.skc_net, 'AttemptFails');
  if (at(A$tcp_done.L553)) yield;
  ($E.fast || $E.twinOk[tcp_set_state.k] === 1 ? tcp_set_state$fast(sk, TCP_CLOSE) : yield* tcp_set_state(sk, TCP_CLOSE));
  if (at(A$tcp_done.L554)) yield;
  tcp_clear_xmit_timers(sk);
  if (at(A$tcp_done.L556)) yield;
  sk.sk_shutdown = SHUTDOWN_MASK;
  if (at(A$tcp_done.L557)) yield;
  if (!sock_flag(sk, SOCK_DEAD)) {
    if (at(A$tcp_done.L559)) yield;
    wake_up_interruptible(sk.sk_wq);
  } else {
    if (at(A$tcp_done.L562)) yield;
    ($E.fast || $E.twinOk[inet_csk_destroy_sock.k] === 1 ? inet_csk_destroy_sock$fast(sk) : yield* inet_csk_destroy_sock(sk));
  }
  } finally {
    leave($f);
  }
}
const A$tcp_sendmsg = defineFn('net/ipv4/tcp.c', 'tcp_sendmsg', {
  L72: 'lock_sock(sk);',
  L80: 'if (((1 << sk->sk_state) & ~(TCPF_ESTABLISHED | TCPF_CLOSE_WAIT)) &&',
  L81: 'err = sk_stream_wait_connect(sk, &timeo);',
  L88: 'err = -EPIPE;',
  L89: 'if (sk->sk_err || (sk->sk_shutdown & SEND_SHUTDOWN))',
  L95: 'copy = size_goal - skb->len;',
  L147: 'tcp_push(sk, flags, mss_now, tp->nonagle, size_goal);',
  L150: 'return copied;',
});

/** tcp_sendmsg() = tcp_prot.sendmsg: queue the bytes as segments of at most one MSS and push them out. */
export function* tcp_sendmsg(sk: Sock, msg: Msghdr, size: number): Sim<number> {
  const data = msg.data;
  const nonblock = (msg.msg_flags & MSG_DONTWAIT) !== 0;
  const $f = enter(A$tcp_sendmsg, { sk, size });
  try {

  if (at(A$tcp_sendmsg.L72)) yield;
  if (at(A$tcp_sendmsg.L80)) yield;
  const st = sk.sk_state;
  if (st !== TCP_ESTABLISHED && st !== TCP_CLOSE_WAIT) {
    if (at(A$tcp_sendmsg.L81)) yield;
    // sk_stream_wait_connect(): a socket that never connected gets EPIPE; a handshake in progress is waited for
    if (st === TCP_SYN_SENT || st === TCP_SYN_RECV) {
      if (nonblock) return -EAGAIN;
      yield* wait_event(sk.sk_wq!, false, 'sk_stream_wait_connect', () => sk.sk_state !== TCP_SYN_SENT && sk.sk_state !== TCP_SYN_RECV);
    }
    if (sk.sk_state !== TCP_ESTABLISHED && sk.sk_state !== TCP_CLOSE_WAIT) {
      if (sk.sk_err) {
        const e = sk.sk_err;
        sk.sk_err = 0;
        return -e;
      }
      if (at(A$tcp_sendmsg.L88)) yield;
      return -EPIPE;
    }
  }
  if (at(A$tcp_sendmsg.L89)) yield;
  if (sk.sk_err) {
    const e = sk.sk_err;
    sk.sk_err = 0;
    return -e;
  }
  if (sk.sk_shutdown & SEND_SHUTDOWN) {
    if (at(A$tcp_sendmsg.L88)) yield;
    return -EPIPE;
  }
  if (at(A$tcp_sendmsg.L95)) yield;
  const tp = tcp_sk(sk);
  tp.write_seq = (tp.write_seq + data.length) >>> 0;
  if (at(A$tcp_sendmsg.L147)) yield;
  ($E.fast || $E.twinOk[tcp_push.k] === 1 ? tcp_push$fast(sk, data) : yield* tcp_push(sk, data));
  if (at(A$tcp_sendmsg.L150)) yield;
  return data.length;
  } finally {
    leave($f);
  }
}
const A$tcp_cleanup_rbuf = defineFn('net/ipv4/tcp.c', 'tcp_cleanup_rbuf', {
  L172: 'if (inet_csk_ack_scheduled(sk)) {',
  L176: 'if (icsk->icsk_ack.blocked || tp->rcv_nxt - tp->rcv_wup > icsk->icsk_ack.rcv_mss ||',
  L180: 'time_to_ack = true;',
  L185: 'tcp_send_ack(sk);',
});

/** tcp_cleanup_rbuf(): after a read, send an ACK the delayed-ACK engine was holding for a small pushed segment. */
function* tcp_cleanup_rbuf(sk: Sock, copied: number): Sim<void> {
  const tp = tcp_sk(sk);
  const icsk = inet_csk(sk);
  const $f = enter(A$tcp_cleanup_rbuf, { sk, copied, tp });
  try {

  const a = icsk.icsk_ack;
  let time_to_ack = false;
  if (at(A$tcp_cleanup_rbuf.L172)) yield;
  if (a.pending & ICSK_ACK_SCHED) {
    if (at(A$tcp_cleanup_rbuf.L176)) yield;
    const drained = sk.sk_receive_queue.length === 0;
    if (((tp.rcv_nxt - tp.rcv_wup) >>> 0) > a.rcv_mss ||
        (copied > 0 && (a.pending & ICSK_ACK_PUSHED2 || (a.pending & ICSK_ACK_PUSHED && !inet_csk_in_pingpong_mode(sk))) && drained)) {
      if (at(A$tcp_cleanup_rbuf.L180)) yield;
      time_to_ack = true;
    }
  }
  $f.vars.time_to_ack = time_to_ack;
  if (time_to_ack) {
    if (at(A$tcp_cleanup_rbuf.L185)) yield;
    ($E.fast || $E.twinOk[tcp_send_ack.k] === 1 ? tcp_send_ack$fast(sk) : yield* tcp_send_ack(sk));
  }
  } finally {
    leave($f);
  }
}
const A$tcp_recvmsg = defineFn('net/ipv4/tcp.c', 'tcp_recvmsg', {
  L206: 'lock_sock(sk);',
  L209: 'if (sk->sk_state == TCP_LISTEN)',
  L211: 'timeo = sock_rcvtimeo(sk, nonblock);',
  L224: 'skb_queue_walk(&sk->sk_receive_queue, skb) {',
  L240: 'if (sock_flag(sk, SOCK_DONE))',
  L243: 'copied = sock_error(sk);',
  L247: 'if (sk->sk_shutdown & RCV_SHUTDOWN)',
  L251: 'if (!timeo) {',
  L264: 'sk_wait_data(sk, &timeo, last);',
  L273: 'err = skb_copy_datagram_msg(skb, offset, msg, used);',
  L291: 'tcp_cleanup_rbuf(sk, copied);',
  L294: 'return copied;',
});
/** tcp_recvmsg() = tcp_prot.recvmsg: copy what is queued, in order, into msg; wait while empty; 0 once the peer's FIN is in. */
export function* tcp_recvmsg(sk: Sock, msg: Msghdr, len: number, nonblock: number, flags: number): Sim<number> {
  const tp = tcp_sk(sk);
  const $f = enter(A$tcp_recvmsg, { sk, len, nonblock });
  try {

  if (at(A$tcp_recvmsg.L206)) yield;
  if (at(A$tcp_recvmsg.L209)) yield;
  if (sk.sk_state === TCP_LISTEN) return -ENOTCONN;
  if (at(A$tcp_recvmsg.L211)) yield;
  let timeo = nonblock ? 0 : sk.sk_rcvtimeo;
  $f.vars.timeo = timeo;
  for (;;) {
    if (at(A$tcp_recvmsg.L224)) yield;
    if (sk.sk_receive_queue.length) {
      let out = '';
      while (out.length < len && sk.sk_receive_queue.length) {
        const skb = sk.sk_receive_queue[0];
        const off = (tp.copied_seq - skb.th!.seq) >>> 0;
        const take = Math.min(len - out.length, skb.len - off);
        if (at(A$tcp_recvmsg.L273)) yield;
        out += skb.payload.slice(off, off + take);
        tp.copied_seq = (tp.copied_seq + take) >>> 0;
        if (off + take >= skb.len) sk.sk_receive_queue.shift();
      }
      if (at(A$tcp_recvmsg.L291)) yield;
      ($E.fast || $E.twinOk[tcp_cleanup_rbuf.k] === 1 ? tcp_cleanup_rbuf$fast(sk, out.length) : yield* tcp_cleanup_rbuf(sk, out.length));
      if (at(A$tcp_recvmsg.L294)) yield;
      msg.data = out;
      return out.length;
    }
    if (at(A$tcp_recvmsg.L240)) yield;
    if (sock_flag(sk, SOCK_DONE)) return 0;
    if (sk.sk_err) {
      if (at(A$tcp_recvmsg.L243)) yield;
      const e = sk.sk_err;
      sk.sk_err = 0;
      return -e;
    }
    if (at(A$tcp_recvmsg.L247)) yield;
    if (sk.sk_shutdown & RCV_SHUTDOWN) return 0;
    if (sk.sk_state === TCP_CLOSE) return -ENOTCONN;
    if (at(A$tcp_recvmsg.L251)) yield;
    if (!timeo) return -EAGAIN;
    if (at(A$tcp_recvmsg.L264)) yield;
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
const A$tcp_poll = defineFn('net/ipv4/tcp.c', 'tcp_poll', {
  L581: 'sock_poll_wait(file, sock, wait);',
  L583: 'state = inet_sk_state_load(sk);',
  L585: 'if (state == TCP_LISTEN)',
  L586: 'return inet_csk_listen_poll(sk);',
  L588: 'mask = 0;',
  L590: 'if (sk->sk_shutdown == SHUTDOWN_MASK || state == TCP_CLOSE)',
  L591: 'mask |= EPOLLHUP;#1',
  L593: 'if (sk->sk_shutdown & RCV_SHUTDOWN)',
  L594: 'mask |= EPOLLIN | EPOLLRDNORM | EPOLLRDHUP;',
  L597: 'if (state != TCP_SYN_SENT &&',
  L599: 'int target = sock_rcvlowat(sk, 0, INT_MAX);',
  L602: 'if (tcp_stream_is_readable(tp, target, sk))',
  L603: 'mask |= EPOLLIN | EPOLLRDNORM;',
  L605: 'if (!(sk->sk_shutdown & SEND_SHUTDOWN)) {',
  L606: 'if (sk_stream_is_writeable(sk)) {',
  L607: 'mask |= EPOLLOUT | EPOLLWRNORM;#1',
  L619: 'if (sk->sk_err || !skb_queue_empty_lockless(&sk->sk_error_queue))',
  L620: 'mask |= EPOLLERR;',
  L622: 'return mask;',
});

// ---- poll -------------------------------------------------------------------------------------------

/** tcp_poll() = inet_stream_ops.poll: the events a TCP socket has now; hooks the poller on the socket's wait queue. */
export function* tcp_poll(file: File, sock: Socket, wait: PollTable | null): Sim<number> {
  const sk = sock.sk!;
  const tp = tcp_sk(sk);
  const $f = enter(A$tcp_poll, { file, sock, wait, sk, tp });
  try {
  if (at(A$tcp_poll.L581)) yield;
  sock_poll_wait(file, sock, wait);
  if (at(A$tcp_poll.L583)) yield;
  const state = sk.sk_state;
  $f.vars.state = state;
  if (at(A$tcp_poll.L585)) yield;
  if (state === TCP_LISTEN) {
    // inet_csk_listen_poll(): readable while the accept queue holds a child
    if (at(A$tcp_poll.L586)) yield;
    return inet_csk(sk).icsk_accept_queue.rskq_accept_head ? EPOLLIN | EPOLLRDNORM : 0;
  }
  if (at(A$tcp_poll.L588)) yield;
  let mask = 0;
  if (at(A$tcp_poll.L590)) yield;
  if (sk.sk_shutdown === SHUTDOWN_MASK || state === TCP_CLOSE) {
    if (at(A$tcp_poll.L591)) yield;
    mask |= EPOLLHUP;
  }
  if (at(A$tcp_poll.L593)) yield;
  if (sk.sk_shutdown & RCV_SHUTDOWN) {
    if (at(A$tcp_poll.L594)) yield;
    mask |= EPOLLIN | EPOLLRDNORM | EPOLLRDHUP;
  }
  if (at(A$tcp_poll.L597)) yield;
  if (state !== TCP_SYN_SENT && state !== TCP_SYN_RECV) {
    if (at(A$tcp_poll.L599)) yield;
    const target = 1;
    if (at(A$tcp_poll.L602)) yield;
    if (((tp.rcv_nxt - tp.copied_seq) >>> 0) >= target) {
      if (at(A$tcp_poll.L603)) yield;
      mask |= EPOLLIN | EPOLLRDNORM;
    }
    if (at(A$tcp_poll.L605)) yield;
    // sk_stream_is_writeable: the simulated send buffer never fills
    if (at(A$tcp_poll.L606)) yield;
    if (at(A$tcp_poll.L607)) yield;
    mask |= EPOLLOUT | EPOLLWRNORM;
  }
  $f.vars.mask = mask;
  if (at(A$tcp_poll.L619)) yield;
  if (sk.sk_err) {
    if (at(A$tcp_poll.L620)) yield;
    mask |= EPOLLERR;
  }
  $f.vars.mask = mask;
  if (at(A$tcp_poll.L622)) yield;
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
export function tcp_init_sock$fast(sk: Sock): any { const $e = $E; const $tb: any = $e.lineSink; const $st = $e.current!.stack; let $o: number;
  const tp = tcp_sk(sk);
  const icsk = inet_csk(sk);
  const $f = ($st.push($FF), $tb !== null && ($o = (A$tcp_init_sock.L24 | 270532608), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  try {

  $e.steps += 2;
  tp.out_of_order_queue = [];
  
  tcp_init_xmit_timers(sk);
  $e.steps += 6; if ($tb !== null) ($o = (A$tcp_init_sock.L30 | 5242880), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  icsk.icsk_rto = TCP_TIMEOUT_INIT;
  
  tp.snd_cwnd = 10;
  
  tp.snd_ssthresh = 0x7fffffff;
  
  tp.mss_cache = 536;
  
  sk.sk_state = TCP_CLOSE;
  
  sk.sk_sndbuf = 16384;
  sk.sk_rcvbuf = 131072;
  } finally {
    ($st.pop(), $tb !== null && ($o = (A$tcp_init_sock.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
  }
}
export function tcp_set_state$fast(sk: Sock, state: number): any { const $e = $E; const $tb: any = $e.lineSink; const $st = $e.current!.stack; let $t: any; let $o: number;
  const $f = ($st.push($FF), $tb !== null && ($o = (A$tcp_set_state.L308 | 270532608), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  try {
  $e.steps += 2;
  const oldstate = sk.sk_state;
  
  const net = sk.skc_net;
  
  if (state === TCP_ESTABLISHED) {
    ++$e.steps; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_set_state.L315) : $tb.op($e.now, A$tcp_set_state.L315));
    if (oldstate !== TCP_ESTABLISHED) NET_INC_STATS(net, 'CurrEstab');
  } else {
    if (state === TCP_CLOSE) {
      ++$e.steps; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_set_state.L319) : $tb.op($e.now, A$tcp_set_state.L319));
      if (oldstate === TCP_CLOSE_WAIT || oldstate === TCP_ESTABLISHED) NET_INC_STATS(net, 'EstabResets');
      ++$e.steps; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_set_state.L322) : $tb.op($e.now, A$tcp_set_state.L322));
      (($t = sk.sk_prot.unhash).fast !== undefined ? $t.fast(sk) : $drive($t(sk)));
      ++$e.steps; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_set_state.L324) : $tb.op($e.now, A$tcp_set_state.L324));
      if (inet_csk(sk).icsk_bind_hash && !(sk.sk_userlocks & SOCK_BINDPORT_LOCK)) inet_put_port$fast(sk);
    }
    ++$e.steps; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_set_state.L327) : $tb.op($e.now, A$tcp_set_state.L327));
    if (oldstate === TCP_ESTABLISHED) NET_INC_STATS(net, 'CurrEstab', -1);
  }
  ++$e.steps; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_set_state.L331) : $tb.op($e.now, A$tcp_set_state.L331));
  inet_sk_state_store$fast(sk, state);
  } finally {
    ($st.pop(), $tb !== null && ($o = (A$tcp_set_state.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
  }
}
export function tcp_close_state$fast(sk: Sock): any { const $e = $E; const $tb: any = $e.lineSink; const $st = $e.current!.stack; let $o: number; let $x = -1;
  const $f = ($st.push($FF), $tb !== null && ($o = (A$tcp_close_state.L369 | 270532608), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  try {
  $e.steps += 2;
  const next = new_state[sk.sk_state];
  const ns = next & 0x0f;
  
  
  
  tcp_set_state$fast(sk, ns);
  ++$e.steps; $x = A$tcp_close_state.L375 | 1048576;
  return !!(next & TCP_ACTION_FIN);
  } finally {
    ($st.pop(), $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_close_state.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
  }
}
export function tcp_shutdown$fast(sk: Sock, how: number): any { const $e = $E; const $tb: any = $e.lineSink; const $st = $e.current!.stack; let $o: number;
  const $f = ($st.push($FF), $tb !== null && ($o = (A$tcp_shutdown.L386 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  try {
  ++$e.steps;
  if (!(how & SEND_SHUTDOWN)) return;
  ++$e.steps; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_shutdown.L389) : $tb.op($e.now, A$tcp_shutdown.L389));
  const st = sk.sk_state;
  if (st === TCP_ESTABLISHED || st === TCP_SYN_SENT || st === TCP_SYN_RECV || st === TCP_CLOSE_WAIT) {
    ++$e.steps; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_shutdown.L391) : $tb.op($e.now, A$tcp_shutdown.L391));
    if (tcp_close_state$fast(sk)) {
      ++$e.steps; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_shutdown.L391_2) : $tb.op($e.now, A$tcp_shutdown.L391_2));
      tcp_send_fin$fast(sk);
    }
  }
  } finally {
    ($st.pop(), $tb !== null && ($o = (A$tcp_shutdown.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
  }
}
export function tcp_close$fast(sk: Sock, timeout: number): any { const $e = $E; const $tb: any = $e.lineSink; const $st = $e.current!.stack; let $o: number;
  const $f = ($st.push($FF), $tb !== null && ($o = (A$tcp_close.L406 | 271581184), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  try {
  $e.steps += 3;
  sk.sk_lock_owned = true;
  
  sk.sk_shutdown = SHUTDOWN_MASK;
  
  if (sk.sk_state === TCP_LISTEN) {
    ++$e.steps; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_close.L411) : $tb.op($e.now, A$tcp_close.L411));
    tcp_set_state$fast(sk, TCP_CLOSE);
    ++$e.steps; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_close.L414) : $tb.op($e.now, A$tcp_close.L414));
    inet_csk_listen_stop$fast(sk);
  } else {
    ++$e.steps; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_close.L418) : $tb.op($e.now, A$tcp_close.L418));
    let data_was_unread = 0;
    for (const skb of sk.sk_receive_queue) data_was_unread += skb.len;
    sk.sk_receive_queue = [];
    
    ++$e.steps; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_close.L427) : $tb.op($e.now, A$tcp_close.L427));
    if (sk.sk_state !== TCP_CLOSE) {
      ++$e.steps; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_close.L430) : $tb.op($e.now, A$tcp_close.L430));
      if (data_was_unread) {
        NET_INC_STATS(sk.skc_net, 'TCPAbortOnClose');
        ++$e.steps; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_close.L433) : $tb.op($e.now, A$tcp_close.L433));
        tcp_set_state$fast(sk, TCP_CLOSE);
        ++$e.steps; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_close.L434) : $tb.op($e.now, A$tcp_close.L434));
        tcp_send_active_reset$fast(sk);
      } else {
        ++$e.steps; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_close.L435) : $tb.op($e.now, A$tcp_close.L435));
        if (sock_flag(sk, SOCK_LINGER) && !sk.sk_lingertime) {
          ++$e.steps; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_close.L437) : $tb.op($e.now, A$tcp_close.L437));
          tcp_disconnect$fast(sk, 0);
          NET_INC_STATS(sk.skc_net, 'TCPAbortOnData');
        } else {
          ++$e.steps; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_close.L439) : $tb.op($e.now, A$tcp_close.L439));
          if (tcp_close_state$fast(sk)) {
            ++$e.steps; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_close.L441) : $tb.op($e.now, A$tcp_close.L441));
            tcp_send_fin$fast(sk);
          }
        }
      }
    }
  }
  $e.steps += 2; if ($tb !== null) ($o = (A$tcp_close.L445 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  // the state now, after the FIN or RST above: a softirq may still change it before we look again
  const state = sk.sk_state;
  
  
  // sock_orphan(): SOCK_DEAD, and no struct socket any more
  sock_set_flag(sk, SOCK_DEAD);
  sk.sk_socket = null;
  sk.sk_wq = null;
  ++$e.steps; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_close.L451) : $tb.op($e.now, A$tcp_close.L451));
  NET_INC_STATS(sk.skc_net, 'TCPOrphans');
  if (!(state !== TCP_CLOSE && sk.sk_state === TCP_CLOSE)) {
    ++$e.steps; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_close.L453) : $tb.op($e.now, A$tcp_close.L453));
    if (sk.sk_state === TCP_FIN_WAIT2) {
      const tmo = sk.skc_net.sysctl['net.ipv4.tcp_fin_timeout'] * 1_000_000;
      ++$e.steps; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_close.L466) : $tb.op($e.now, A$tcp_close.L466));
      tcp_time_wait$fast(sk, TCP_FIN_WAIT2, tmo);
    } else {
      ++$e.steps; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_close.L473) : $tb.op($e.now, A$tcp_close.L473));
      if (sk.sk_state === TCP_CLOSE) {
        ++$e.steps; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_close.L477) : $tb.op($e.now, A$tcp_close.L477));
        inet_csk_destroy_sock$fast(sk);
      }
    }
  }
  ++$e.steps; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_close.L481) : $tb.op($e.now, A$tcp_close.L481));
  sk.sk_lock_owned = false;
  } finally {
    ($st.pop(), $tb !== null && ($o = (A$tcp_close.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
  }
}
export function tcp_disconnect$fast(sk: Sock, flags: number): any { const $e = $E; const $tb: any = $e.lineSink; const $st = $e.current!.stack; let $o: number;
  const $f = ($st.push($FF), $tb !== null && ($o = (A$tcp_disconnect.L496 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  try {
  ++$e.steps;
  const old_state = sk.sk_state;
  
  if (old_state !== TCP_CLOSE) {
    ++$e.steps; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_disconnect.L500) : $tb.op($e.now, A$tcp_disconnect.L500));
    tcp_set_state$fast(sk, TCP_CLOSE);
  }
  ++$e.steps; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_disconnect.L506) : $tb.op($e.now, A$tcp_disconnect.L506));
  const need = [TCP_ESTABLISHED, TCP_CLOSE_WAIT, TCP_FIN_WAIT1, TCP_FIN_WAIT2, TCP_SYN_RECV, TCP_CLOSING, TCP_LAST_ACK].includes(old_state);
  if (need) {
    ++$e.steps; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_disconnect.L508) : $tb.op($e.now, A$tcp_disconnect.L508));
    tcp_send_active_reset$fast(sk);
    ++$e.steps; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_disconnect.L509) : $tb.op($e.now, A$tcp_disconnect.L509));
    sk.sk_err = ERRNO.ECONNRESET;
  }
  ++$e.steps; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_disconnect.L515) : $tb.op($e.now, A$tcp_disconnect.L515));
  tcp_clear_xmit_timers(sk);
  tcp_sk(sk).tcp_rtx_queue = [];
  sk.sk_receive_queue = [];
  $e.steps += 2; if ($tb !== null) ($o = (A$tcp_disconnect.L519 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  inet_sk(sk).inet_dport = 0;
  sk.sk_shutdown = 0;
  
  wake_up_interruptible(sk.sk_wq);
  return 0;
  } finally {
    ($st.pop(), $tb !== null && ($o = (A$tcp_disconnect.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
  }
}
export function tcp_done$fast(sk: Sock): any { const $e = $E; const $tb: any = $e.lineSink; const $st = $e.current!.stack; let $o: number;
  const $f = ($st.push($FF), $tb !== null && ($o = (A$tcp_done.L551 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  try {
  ++$e.steps;
  if (sk.sk_state === TCP_SYN_SENT || sk.sk_state === TCP_SYN_RECV) NET_INC_STATS(sk.skc_net, 'AttemptFails');
  ++$e.steps; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_done.L553) : $tb.op($e.now, A$tcp_done.L553));
  tcp_set_state$fast(sk, TCP_CLOSE);
  ++$e.steps; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_done.L554) : $tb.op($e.now, A$tcp_done.L554));
  tcp_clear_xmit_timers(sk);
  $e.steps += 2; if ($tb !== null) ($o = (A$tcp_done.L556 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  sk.sk_shutdown = SHUTDOWN_MASK;
  
  if (!sock_flag(sk, SOCK_DEAD)) {
    ++$e.steps; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_done.L559) : $tb.op($e.now, A$tcp_done.L559));
    wake_up_interruptible(sk.sk_wq);
  } else {
    ++$e.steps; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_done.L562) : $tb.op($e.now, A$tcp_done.L562));
    inet_csk_destroy_sock$fast(sk);
  }
  } finally {
    ($st.pop(), $tb !== null && ($o = (A$tcp_done.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
  }
}
function tcp_cleanup_rbuf$fast(sk: Sock, copied: number): any { const $e = $E; const $tb: any = $e.lineSink; const $st = $e.current!.stack; let $o: number;
  const tp = tcp_sk(sk);
  const icsk = inet_csk(sk);
  const $f = ($st.push($FF), $tb !== null && ($o = (A$tcp_cleanup_rbuf.L172 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  try {

  const a = icsk.icsk_ack;
  let time_to_ack = false;
  ++$e.steps;
  if (a.pending & ICSK_ACK_SCHED) {
    ++$e.steps; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_cleanup_rbuf.L176) : $tb.op($e.now, A$tcp_cleanup_rbuf.L176));
    const drained = sk.sk_receive_queue.length === 0;
    if (((tp.rcv_nxt - tp.rcv_wup) >>> 0) > a.rcv_mss ||
        (copied > 0 && (a.pending & ICSK_ACK_PUSHED2 || (a.pending & ICSK_ACK_PUSHED && !inet_csk_in_pingpong_mode(sk))) && drained)) {
      ++$e.steps; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_cleanup_rbuf.L180) : $tb.op($e.now, A$tcp_cleanup_rbuf.L180));
      time_to_ack = true;
    }
  }
  
  if (time_to_ack) {
    ++$e.steps; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_cleanup_rbuf.L185) : $tb.op($e.now, A$tcp_cleanup_rbuf.L185));
    tcp_send_ack$fast(sk);
  }
  } finally {
    ($st.pop(), $tb !== null && ($o = (A$tcp_cleanup_rbuf.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
  }
}
export function tcp_poll$fast(file: File, sock: Socket, wait: PollTable | null): any { const $e = $E; const $tb: any = $e.lineSink; const $st = $e.current!.stack; let $o: number; let $x = -1;
  const sk = sock.sk!;
  const tp = tcp_sk(sk);
  const $f = ($st.push($FF), $tb !== null && ($o = (A$tcp_poll.L581 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  try {
  ++$e.steps;
  sock_poll_wait(file, sock, wait);
  $e.steps += 2; if ($tb !== null) ($o = (A$tcp_poll.L583 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  const state = sk.sk_state;
  
  
  if (state === TCP_LISTEN) {
    // inet_csk_listen_poll(): readable while the accept queue holds a child
    ++$e.steps; $x = A$tcp_poll.L586 | 1048576;
    return inet_csk(sk).icsk_accept_queue.rskq_accept_head ? EPOLLIN | EPOLLRDNORM : 0;
  }
  $e.steps += 2; if ($tb !== null) ($o = (A$tcp_poll.L588 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  let mask = 0;
  
  if (sk.sk_shutdown === SHUTDOWN_MASK || state === TCP_CLOSE) {
    ++$e.steps; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_poll.L591) : $tb.op($e.now, A$tcp_poll.L591));
    mask |= EPOLLHUP;
  }
  ++$e.steps; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_poll.L593) : $tb.op($e.now, A$tcp_poll.L593));
  if (sk.sk_shutdown & RCV_SHUTDOWN) {
    ++$e.steps; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_poll.L594) : $tb.op($e.now, A$tcp_poll.L594));
    mask |= EPOLLIN | EPOLLRDNORM | EPOLLRDHUP;
  }
  ++$e.steps; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_poll.L597) : $tb.op($e.now, A$tcp_poll.L597));
  if (state !== TCP_SYN_SENT && state !== TCP_SYN_RECV) {
    $e.steps += 2; if ($tb !== null) ($o = (A$tcp_poll.L599 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
    const target = 1;
    
    if (((tp.rcv_nxt - tp.copied_seq) >>> 0) >= target) {
      ++$e.steps; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_poll.L603) : $tb.op($e.now, A$tcp_poll.L603));
      mask |= EPOLLIN | EPOLLRDNORM;
    }
    $e.steps += 3; if ($tb !== null) ($o = (A$tcp_poll.L605 | 2097152), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
    // sk_stream_is_writeable: the simulated send buffer never fills
    
    
    mask |= EPOLLOUT | EPOLLWRNORM;
  }
  
  ++$e.steps; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_poll.L619) : $tb.op($e.now, A$tcp_poll.L619));
  if (sk.sk_err) {
    ++$e.steps; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_poll.L620) : $tb.op($e.now, A$tcp_poll.L620));
    mask |= EPOLLERR;
  }
  
  ++$e.steps; $x = A$tcp_poll.L622 | 1048576;
  return mask;
  } finally {
    ($st.pop(), $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_poll.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
  }
}
$kreg(tcp_init_sock, tcp_init_sock$fast, 'tcp_init_sock', () => []);
$kreg(tcp_set_state, tcp_set_state$fast, 'tcp_set_state', () => ['inet_unhash', 'udp_lib_unhash', inet_put_port, inet_sk_state_store]);
$kreg(tcp_close_state, tcp_close_state$fast, 'tcp_close_state', () => [tcp_set_state]);
$kreg(tcp_shutdown, tcp_shutdown$fast, 'tcp_shutdown', () => [tcp_close_state, tcp_send_fin]);
$kreg(tcp_close, tcp_close$fast, 'tcp_close', () => [inet_csk_destroy_sock, inet_csk_listen_stop, tcp_close_state, tcp_disconnect, tcp_send_active_reset, tcp_send_fin, tcp_set_state, tcp_time_wait]);
$kreg(tcp_disconnect, tcp_disconnect$fast, 'tcp_disconnect', () => [tcp_send_active_reset, tcp_set_state]);
$kreg(tcp_done, tcp_done$fast, 'tcp_done', () => [inet_csk_destroy_sock, tcp_set_state]);
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
