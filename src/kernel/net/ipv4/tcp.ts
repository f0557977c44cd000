// net/ipv4/tcp.c: TCP's socket-level operations — init, the single state setter tcp_set_state
// (where sock:inet_sock_set_state fires for TCP), close, shutdown, disconnect, done, and the
// user-facing send and receive.

import { Sim } from '../../core/engine';
import { frame, line } from '../../core/mark';
import { wait_event, cpu_busy } from '../../world/current';
import { TimerList } from '../../core/timer';
import { Sock, sock_flag, sock_set_flag, SOCK_DEAD, SOCK_DONE, SOCK_LINGER } from '../../include/net/sock';
import { inet_csk, inet_csk_in_pingpong_mode, ICSK_ACK_SCHED, ICSK_ACK_PUSHED, ICSK_ACK_PUSHED2 } from '../../include/net/inet_connection_sock';
import { inet_sk } from '../../include/net/inet_sock';
import { TcpSock, tcp_sk, tcp_receive_window, after } from '../../include/linux/tcp';
import { type SkBuff, MAX_TCP_HEADER } from '../../include/linux/skbuff';
import { MIB, NET_INC_STATS } from '../../include/net/net_namespace';
import {
  TCP_CLOSE, TCP_CLOSE_WAIT, TCP_CLOSING, TCP_ESTABLISHED, TCP_FIN_WAIT1, TCP_FIN_WAIT2,
  TCP_LAST_ACK, TCP_LISTEN, TCP_NEW_SYN_RECV, TCP_SYN_RECV, TCP_SYN_SENT, TCP_TIME_WAIT,
  SEND_SHUTDOWN, RCV_SHUTDOWN, SHUTDOWN_MASK, SOCK_BINDPORT_LOCK,
} from '../../include/net/tcp_states';
import { ERRNO, MSG_DONTWAIT, MSG_MORE, MSG_OOB, MSG_WAITALL, SOL_TCP, TCP_CORK, TCP_NODELAY, TCP_SYNCNT } from '../../include/uapi';
import type { File, Msghdr, PollTable, Socket } from '../../include/linux/net';
import { sock_poll_wait } from '../../include/linux/net';
import { EPOLLERR, EPOLLHUP, EPOLLIN, EPOLLOUT, EPOLLRDHUP, EPOLLRDNORM, EPOLLWRNORM } from '../../include/linux/eventpoll';
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

/** tcp_init_sock(): TCP's defaults. sk_state = TCP_CLOSE is a direct store: no tracepoint. */
export function* tcp_init_sock(sk: Sock): Sim<void> {
  const tp = tcp_sk(sk);
  const icsk = inet_csk(sk);
  frame({ sk, tp, icsk });

  line`tp->out_of_order_queue = RB_ROOT;`;
  tp.out_of_order_queue = [];
  line`tcp_init_xmit_timers(sk);`;
  tcp_init_xmit_timers(sk);
  line`icsk->icsk_rto = TCP_TIMEOUT_INIT;`;
  icsk.icsk_rto = TCP_TIMEOUT_INIT;
  line`tp->snd_cwnd = TCP_INIT_CWND;`;
  tp.snd_cwnd = 10;
  line`tp->snd_ssthresh = TCP_INFINITE_SSTHRESH;`;
  tp.snd_ssthresh = 0x7fffffff;
  line`tp->mss_cache = TCP_MSS_DEFAULT;`;
  tp.mss_cache = 536;
  line`sk->sk_state = TCP_CLOSE;`;
  sk.sk_state = TCP_CLOSE;
  line`WRITE_ONCE(sk->sk_sndbuf, sock_net(sk)->ipv4.sysctl_tcp_wmem[1]);`;
  sk.sk_sndbuf = 16384;
  sk.sk_rcvbuf = 131072;
}

/** tcp_set_state(): TCP's one state setter; on CLOSE it unhashes and releases the port first. */
export function* tcp_set_state(sk: Sock, state: number): Sim<void> {
  line`int oldstate = sk->sk_state;`;
  const oldstate = sk.sk_state;
  frame.oldstate = oldstate;
  const net = sk.skc_net;
  line`switch (state) {`;
  if (state === TCP_ESTABLISHED) {
    line`if (oldstate != TCP_ESTABLISHED)`;
    if (oldstate !== TCP_ESTABLISHED) NET_INC_STATS(net, MIB.CurrEstab);
  } else {
    if (state === TCP_CLOSE) {
      line`if (oldstate == TCP_CLOSE_WAIT || oldstate == TCP_ESTABLISHED)`;
      if (oldstate === TCP_CLOSE_WAIT || oldstate === TCP_ESTABLISHED) NET_INC_STATS(net, MIB.EstabResets);
      line`sk->sk_prot->unhash(sk);`;
      yield* sk.sk_prot.unhash(sk);
      line`if (inet_csk(sk)->icsk_bind_hash &&`;
      if (inet_csk(sk).icsk_bind_hash && !(sk.sk_userlocks & SOCK_BINDPORT_LOCK)) yield* inet_put_port(sk);
    }
    line`if (oldstate == TCP_ESTABLISHED)`;
    if (oldstate === TCP_ESTABLISHED) NET_INC_STATS(net, MIB.CurrEstab, -1);
  }
  line`inet_sk_state_store(sk, state);`;
  yield* inet_sk_state_store(sk, state);
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

/** tcp_close_state(): where close()/shutdown() go from each state, and whether a FIN must be sent. */
export function* tcp_close_state(sk: Sock): Sim<boolean> {
  line`int next = (int)new_state[sk->sk_state];`;
  const next = new_state[sk.sk_state];
  const ns = next & 0x0f;
  frame.next = next;
  frame.ns = ns;
  line`tcp_set_state(sk, ns);`;
  yield* tcp_set_state(sk, ns);
  line`return next & TCP_ACTION_FIN;`;
  return !!(next & TCP_ACTION_FIN);
}

/** tcp_shutdown(): SHUT_WR sends our FIN (ESTABLISHED→FIN_WAIT1, CLOSE_WAIT→LAST_ACK). */
export function* tcp_shutdown(sk: Sock, how: number): Sim<void> {
  line`if (!(how & SEND_SHUTDOWN))`;
  if (!(how & SEND_SHUTDOWN)) return;
  line`if ((1 << sk->sk_state) &`;
  const st = sk.sk_state;
  if (st === TCP_ESTABLISHED || st === TCP_SYN_SENT || st === TCP_SYN_RECV || st === TCP_CLOSE_WAIT) {
    line`if (tcp_close_state(sk))`;
    if (yield* tcp_close_state(sk)) {
      line`tcp_send_fin(sk);`;
      yield* tcp_send_fin(sk);
    }
  }
}

/** tcp_close() = tcp_prot.close: send FIN (or RST), orphan the sock; it lives on until the FIN exchange ends. */
export function* tcp_close(sk: Sock, timeout: number): Sim<void> {
  line`lock_sock(sk);`;
  sk.sk_lock_owned = true;
  line`sk->sk_shutdown = SHUTDOWN_MASK;`;
  sk.sk_shutdown = SHUTDOWN_MASK;
  line`if (sk->sk_state == TCP_LISTEN) {`;
  if (sk.sk_state === TCP_LISTEN) {
    line`tcp_set_state(sk, TCP_CLOSE);#1`;
    yield* tcp_set_state(sk, TCP_CLOSE);
    line`inet_csk_listen_stop(sk);`;
    yield* inet_csk_listen_stop(sk);
  } else {
    line`while ((skb = __skb_dequeue(&sk->sk_receive_queue)) != NULL) {`;
    let data_was_unread = 0;
    for (const skb of sk.sk_receive_queue) data_was_unread += skb.len;
    sk.sk_receive_queue = [];
    frame.data_was_unread = data_was_unread;
    line`if (sk->sk_state == TCP_CLOSE)#1`;
    if (sk.sk_state !== TCP_CLOSE) {
      line`} else if (data_was_unread) {`;
      if (data_was_unread) {
        NET_INC_STATS(sk.skc_net, MIB.TCPAbortOnClose);
        line`tcp_set_state(sk, TCP_CLOSE);#2`;
        yield* tcp_set_state(sk, TCP_CLOSE);
        line`tcp_send_active_reset(sk, sk->sk_allocation);`;
        yield* tcp_send_active_reset(sk);
      } else {
        line`} else if (sock_flag(sk, SOCK_LINGER) && !sk->sk_lingertime) {`;
        if (sock_flag(sk, SOCK_LINGER) && !sk.sk_lingertime) {
          line`sk->sk_prot->disconnect(sk, 0);`;
          yield* tcp_disconnect(sk, 0);
          NET_INC_STATS(sk.skc_net, MIB.TCPAbortOnData);
        } else {
          line`} else if (tcp_close_state(sk)) {`;
          if (yield* tcp_close_state(sk)) {
            line`tcp_send_fin(sk);`;
            yield* tcp_send_fin(sk);
          }
        }
      }
    }
  }
  line`adjudge_to_death:`;
  // the state now, after the FIN or RST above: a softirq may still change it before we look again
  const state = sk.sk_state;
  frame.state = state;
  line`sock_orphan(sk);`;
  // sock_orphan(): SOCK_DEAD, and no struct socket any more
  sock_set_flag(sk, SOCK_DEAD);
  sk.sk_socket = null;
  sk.sk_wq = null;
  line`percpu_counter_inc(sk->sk_prot->orphan_count);`;
  NET_INC_STATS(sk.skc_net, MIB.TCPOrphans);
  if (!(state !== TCP_CLOSE && sk.sk_state === TCP_CLOSE)) {
    line`if (sk->sk_state == TCP_FIN_WAIT2) {`;
    if (sk.sk_state === TCP_FIN_WAIT2) {
      const tmo = sk.skc_net.sysctl['net.ipv4.tcp_fin_timeout'] * 1_000_000;
      line`tcp_time_wait(sk, TCP_FIN_WAIT2, tmo);`;
      yield* tcp_time_wait(sk, TCP_FIN_WAIT2, tmo);
    } else {
      line`if (sk->sk_state == TCP_CLOSE) {`;
      if (sk.sk_state === TCP_CLOSE) {
        line`inet_csk_destroy_sock(sk);`;
        yield* inet_csk_destroy_sock(sk);
      }
    }
  }
  line`release_sock(sk);`;
  sk.sk_lock_owned = false;
}

/** tcp_disconnect(): abort to CLOSE; a synchronized connection is reset (SO_LINGER {1,0}, listener children). */
export function* tcp_disconnect(sk: Sock, flags: number): Sim<number> {
  line`int old_state = sk->sk_state;`;
  const old_state = sk.sk_state;
  frame.old_state = old_state;
  if (old_state !== TCP_CLOSE) {
    line`tcp_set_state(sk, TCP_CLOSE);`;
    yield* tcp_set_state(sk, TCP_CLOSE);
  }
  line`} else if (tcp_need_reset(old_state) ||`;
  const need = [TCP_ESTABLISHED, TCP_CLOSE_WAIT, TCP_FIN_WAIT1, TCP_FIN_WAIT2, TCP_SYN_RECV, TCP_CLOSING, TCP_LAST_ACK].includes(old_state);
  if (need) {
    line`tcp_send_active_reset(sk, gfp_any());`;
    yield* tcp_send_active_reset(sk);
    line`sk->sk_err = ECONNRESET;#1`;
    sk.sk_err = ERRNO.ECONNRESET;
  } else if (old_state === TCP_SYN_SENT) {
    line`} else if (old_state == TCP_SYN_SENT)`;
    line`sk->sk_err = ECONNRESET;#2`;
    sk.sk_err = ERRNO.ECONNRESET;
  }
  line`tcp_write_queue_purge(sk);`;
  tcp_clear_xmit_timers(sk);
  tcp_sk(sk).tcp_rtx_queue = [];
  sk.sk_receive_queue = [];
  line`inet->inet_dport = 0;`;
  inet_sk(sk).inet_dport = 0;
  sk.sk_shutdown = 0;
  line`sk->sk_error_report(sk);`;
  yield* sock_def_error_report(sk);
  return 0;
}

/** tcp_done(): the connection is over — CLOSE; an orphan is destroyed, an owned sock wakes its owner. */
export function* tcp_done(sk: Sock): Sim<void> {
  line`if (sk->sk_state == TCP_SYN_SENT || sk->sk_state == TCP_SYN_RECV)`;
  if (sk.sk_state === TCP_SYN_SENT || sk.sk_state === TCP_SYN_RECV) NET_INC_STATS(sk.skc_net, MIB.AttemptFails);
  line`tcp_set_state(sk, TCP_CLOSE);`;
  yield* tcp_set_state(sk, TCP_CLOSE);
  line`tcp_clear_xmit_timers(sk);`;
  tcp_clear_xmit_timers(sk);
  line`sk->sk_shutdown = SHUTDOWN_MASK;`;
  sk.sk_shutdown = SHUTDOWN_MASK;
  line`if (!sock_flag(sk, SOCK_DEAD))`;
  if (!sock_flag(sk, SOCK_DEAD)) {
    line`sk->sk_state_change(sk);`;
    yield* sock_def_wakeup(sk);
  } else {
    line`inet_csk_destroy_sock(sk);`;
    yield* inet_csk_destroy_sock(sk);
  }
}

/** tcp_sendmsg() = tcp_prot.sendmsg: queue the bytes as segments of at most one MSS and push them out. */
export function* tcp_sendmsg(sk: Sock, msg: Msghdr, size: number): Sim<number> {
  frame({ sk, size });
  line`lock_sock(sk);`;
  sk.sk_lock_owned = true;
  line`ret = tcp_sendmsg_locked(sk, msg, size);`;
  const ret = yield* tcp_sendmsg_locked(sk, msg, size);
  frame.ret = ret;
  line`release_sock(sk);`;
  yield* release_sock(sk);
  line`return ret;`;
  return ret;
}

/**
 * tcp_xmit_size_goal(): the bytes one skb of the write queue may hold — whole MSS up to a GSO
 * packet (the route's gso_max_size less MAX_TCP_HEADER), at most half the peer's largest window.
 */
function* tcp_xmit_size_goal(sk: Sock, mss_now: number, large_allowed: boolean): Sim<number> {
  const tp = tcp_sk(sk);
  frame({ sk, mss_now, large_allowed, tp });
  line`if (!large_allowed)`;
  if (!large_allowed) {
    line`return mss_now;`;
    return mss_now;
  }
  line`new_size_goal = sk->sk_gso_max_size - 1 - MAX_TCP_HEADER;`;
  let new_size_goal = sk.sk_gso_max_size - 1 - MAX_TCP_HEADER;
  line`new_size_goal = tcp_bound_to_half_wnd(tp, new_size_goal);`;
  new_size_goal = tcp_bound_to_half_wnd(tp, new_size_goal);
  frame.new_size_goal = new_size_goal;
  line`size_goal = tp->gso_segs * mss_now;#1`;
  let size_goal = tp.gso_segs * mss_now;
  frame.size_goal = size_goal;
  line`if (unlikely(new_size_goal < size_goal ||`;
  if (new_size_goal < size_goal || new_size_goal >= size_goal + mss_now) {
    line`tp->gso_segs = min_t(u16, new_size_goal / mss_now,`;
    tp.gso_segs = Math.min(Math.floor(new_size_goal / mss_now), sk.sk_gso_max_segs, 0xffff);
    line`size_goal = tp->gso_segs * mss_now;#2`;
    size_goal = tp.gso_segs * mss_now;
    frame.size_goal = size_goal;
  }
  line`return max(size_goal, mss_now);`;
  return Math.max(size_goal, mss_now);
}

/** tcp_send_mss(): the MSS to send with now; out.size_goal the bytes an skb may hold. */
function* tcp_send_mss(sk: Sock, flags: number, out: { size_goal: number }): Sim<number> {
  frame({ sk, flags });
  line`mss_now = tcp_current_mss(sk);`;
  const mss_now = tcp_current_mss(sk);
  frame.mss_now = mss_now;
  line`*size_goal = tcp_xmit_size_goal(sk, mss_now, !(flags & MSG_OOB));`;
  out.size_goal = yield* tcp_xmit_size_goal(sk, mss_now, !(flags & MSG_OOB));
  line`return mss_now;`;
  return mss_now;
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

/** skb_entail(): a new, empty skb at the write queue's tail — seq = end_seq = write_seq, flags ACK. */
function* skb_entail(sk: Sock, skb: SkBuff): Sim<void> {
  const tp = tcp_sk(sk);
  frame({ sk, skb, tp });
  line`tcb->seq     = tcb->end_seq = tp->write_seq;`;
  line`tcb->tcp_flags = TCPHDR_ACK;`;
  line`tcp_add_write_queue_tail(sk, skb);`;
  sk.sk_write_queue.push(skb);
  line`sk_wmem_queued_add(sk, skb->truesize);`;
  sk.sk_wmem_queued += TCP_SKB_TRUESIZE;
  line`if (tp->nonagle & TCP_NAGLE_PUSH)`;
  if (tp.nonagle & TCP_NAGLE_PUSH) {
    line`tp->nonagle &= ~TCP_NAGLE_PUSH;`;
    tp.nonagle &= ~TCP_NAGLE_PUSH;
  }
}

/** tcp_push(): mark the last skb PSH (unless MSG_MORE) and push the write queue out. */
function* tcp_push(sk: Sock, flags: number, mss_now: number, nonagle: number, size_goal: number): Sim<void> {
  const tp = tcp_sk(sk);
  const q = sk.sk_write_queue;
  frame({ sk, flags, mss_now, nonagle, size_goal });
  line`skb = tcp_write_queue_tail(sk);`;
  const skb = q.length ? q[q.length - 1] : null;
  frame.skb = skb;
  line`if (!skb)`;
  if (skb === null) return;
  line`if (!(flags & MSG_MORE) || forced_push(tp))`;
  if (!(flags & MSG_MORE) || forced_push(tp)) {
    line`tcp_mark_push(tp, skb);`;
    tcp_mark_push(tp, skb);
  }
  line`if (tcp_should_autocork(sk, skb, size_goal)) {`;
  // (not taken: sent skbs are freed as the device takes them — sk_wmem_alloc holds none of ours)
  line`if (flags & MSG_MORE)`;
  if (flags & MSG_MORE) {
    line`nonagle = TCP_NAGLE_CORK;`;
    nonagle = TCP_NAGLE_CORK;
  }
  line`__tcp_push_pending_frames(sk, mss_now, nonagle);`;
  yield* __tcp_push_pending_frames(sk, mss_now, nonagle);
}

/**
 * tcp_sendmsg_locked(): copy the user's bytes into MSS-sized skbs on the write queue, sending full
 * ones as they fill (tcp_push_one) and the rest at the end (tcp_push); sleeps while the send buffer
 * is full. Errors as sk_stream_error() gives them; bytes already taken are returned instead.
 */
function* tcp_sendmsg_locked(sk: Sock, msg: Msghdr, size: number): Sim<number> {
  const tp = tcp_sk(sk);
  const data = msg.data;
  const flags = msg.msg_flags;
  frame({ sk, size, tp });

  line`int flags, err, copied = 0;`;
  let copied = 0;
  line`flags = msg->msg_flags;`;
  line`timeo = sock_sndtimeo(sk, flags & MSG_DONTWAIT);`;
  const timeo = { left: flags & MSG_DONTWAIT ? 0 : sk.sk_sndtimeo };
  frame.timeo = timeo.left;
  let err = 0;
  line`if (((1 << sk->sk_state) & ~(TCPF_ESTABLISHED | TCPF_CLOSE_WAIT)) &&`;
  const st = sk.sk_state;
  if (st !== TCP_ESTABLISHED && st !== TCP_CLOSE_WAIT) {
    line`err = sk_stream_wait_connect(sk, &timeo);`;
    // sk_stream_wait_connect(): a socket that never connected gets EPIPE; a handshake in progress is waited for
    if (st === TCP_SYN_SENT || st === TCP_SYN_RECV) {
      if (!timeo.left) return -EAGAIN;
      yield* wait_event(sk.sk_wq!, false, 'sk_stream_wait_connect', () => sk.sk_state !== TCP_SYN_SENT && sk.sk_state !== TCP_SYN_RECV);
    }
    if (sk.sk_state !== TCP_ESTABLISHED && sk.sk_state !== TCP_CLOSE_WAIT) {
      line`goto do_error;#1`;
      return sk_stream_error(sk, -EPIPE);
    }
  }
  let process_backlog = 0;
  const q = sk.sk_write_queue;
  let mss_now = 0;
  let size_goal = 0;
  const sg = { size_goal: 0 };
  restart: for (;;) {
  line`mss_now = tcp_send_mss(sk, &size_goal, flags);#1`;
  mss_now = yield* tcp_send_mss(sk, flags, sg);
  size_goal = sg.size_goal;
  frame.mss_now = mss_now;
  line`err = -EPIPE;`;
  line`if (sk->sk_err || (sk->sk_shutdown & SEND_SHUTDOWN))`;
  if (sk.sk_err || sk.sk_shutdown & SEND_SHUTDOWN) {
    line`goto do_error;#2`;
    if (copied) break restart;
    return sk_stream_error(sk, -EPIPE);
  }
  line`while (msg_data_left(msg)) {`;
  while (copied < data.length) {
    let copy = 0;
    line`skb = tcp_write_queue_tail(sk);#1`;
    let skb: SkBuff | null = q.length ? q[q.length - 1] : null;
    line`if (skb)`;
    if (skb !== null) {
      line`copy = size_goal - skb->len;`;
      copy = size_goal - skb.len;
    }
    line`if (copy <= 0 || !tcp_skb_can_collapse_to(skb)) {`;
    if (copy <= 0 || skb === null || skb.th!.fin) {
      line`if (!sk_stream_memory_free(sk))`;
      if (!sk_stream_memory_free(sk)) {
        line`goto wait_for_sndbuf;`;
        line`set_bit(SOCK_NOSPACE, &sk->sk_socket->flags);`;
        sk.sk_socket!.flags |= SOCK_NOSPACE;
        line`if (copied)#1`;
        if (copied) {
          line`tcp_push(sk, flags & ~MSG_MORE, mss_now,`;
          yield* tcp_push(sk, flags & ~MSG_MORE, mss_now, TCP_NAGLE_PUSH, size_goal);
        }
        line`err = sk_stream_wait_memory(sk, &timeo);`;
        err = yield* sk_stream_wait_memory(sk, timeo);
        frame.timeo = timeo.left;
        line`if (err != 0)#2`;
        if (err !== 0) {
          line`goto do_error;#4`;
          break;
        }
        line`mss_now = tcp_send_mss(sk, &size_goal, flags);#2`;
        mss_now = yield* tcp_send_mss(sk, flags, sg);
        size_goal = sg.size_goal;
        continue;
      }
      line`if (unlikely(process_backlog >= 16)) {`;
      if (process_backlog >= 16) {
        line`process_backlog = 0;#2`;
        process_backlog = 0;
        line`if (sk_flush_backlog(sk))`;
        if (sk.sk_backlog.length) {
          yield* __sk_flush_backlog(sk);
          line`goto restart;`;
          continue restart;
        }
      }
      line`skb = sk_stream_alloc_skb(sk, 0, sk->sk_allocation,`;
      skb = tcpQueueSkb(sk, tp.write_seq);
      frame.skb = skb;
      line`process_backlog++;`;
      process_backlog++;
      line`skb_entail(sk, skb);`;
      yield* skb_entail(sk, skb);
      line`copy = size_goal;`;
      copy = size_goal;
    }
    line`if (copy > msg_data_left(msg))`;
    if (copy > data.length - copied) {
      line`copy = msg_data_left(msg);`;
      copy = data.length - copied;
    }
    line`err = skb_copy_to_page_nocache(sk, &msg->msg_iter, skb,`;
    // (into page fragments: sk_stream_alloc_skb left no room in the head)
    skb.payload = skb.len ? skb.payload + data.slice(copied, copied + copy) : data.slice(copied, copied + copy);
    sk.sk_wmem_queued += copy;
    // (this copy costs no simulated time, unlike tcp_recvmsg's: the sender's ACK clock stays that of the
    // link, and nothing reaches sk_backlog while it copies — sk_flush_backlog finds it empty)
    line`if (!copied)`;
    if (!copied) {
      line`TCP_SKB_CB(skb)->tcp_flags &= ~TCPHDR_PSH;`;
      skb.th!.psh = 0;
    }
    line`WRITE_ONCE(tp->write_seq, tp->write_seq + copy);`;
    tp.write_seq = (tp.write_seq + copy) >>> 0;
    line`TCP_SKB_CB(skb)->end_seq += copy;`;
    line`copied += copy;`;
    copied += copy;
    line`if (!msg_data_left(msg)) {`;
    if (copied >= data.length) {
      line`goto out;#1`;
      break;
    }
    line`if (skb->len < size_goal || (flags & MSG_OOB) || unlikely(tp->repair))`;
    if (skb.len < size_goal) continue;
    line`if (forced_push(tp)) {`;
    if (forced_push(tp)) {
      line`tcp_mark_push(tp, skb);#2`;
      tcp_mark_push(tp, skb);
      line`__tcp_push_pending_frames(sk, mss_now, TCP_NAGLE_PUSH);`;
      yield* __tcp_push_pending_frames(sk, mss_now, TCP_NAGLE_PUSH);
    } else if (q[0] === skb) {
      line`} else if (skb == tcp_send_head(sk))`;
      line`tcp_push_one(sk, mss_now);`;
      yield* tcp_push_one(sk, mss_now);
    }
  }
  break;
  }
  // out: (or do_error with bytes taken)
  line`if (copied) {`;
  if (copied) {
    line`tcp_push(sk, flags, mss_now, tp->nonagle, size_goal);`;
    yield* tcp_push(sk, flags, mss_now, tp.nonagle, size_goal);
    line`return copied + copied_syn;`;
    return copied;
  }
  line`err = sk_stream_error(sk, flags, err);`;
  return sk_stream_error(sk, err);
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

/** tcp_cleanup_rbuf(): after a read, send an ACK the delayed-ACK engine was holding for a small pushed segment. */
function* tcp_cleanup_rbuf(sk: Sock, copied: number): Sim<void> {
  const tp = tcp_sk(sk);
  const icsk = inet_csk(sk);
  frame({ sk, copied, tp });

  const a = icsk.icsk_ack;
  let time_to_ack = false;
  line`if (inet_csk_ack_scheduled(sk)) {`;
  if (a.pending & ICSK_ACK_SCHED) {
    line`if (icsk->icsk_ack.blocked ||`;
    const drained = sk.sk_receive_queue.length === 0;
    if (((tp.rcv_nxt - tp.rcv_wup) >>> 0) > a.rcv_mss ||
        (copied > 0 && (a.pending & ICSK_ACK_PUSHED2 || (a.pending & ICSK_ACK_PUSHED && !inet_csk_in_pingpong_mode(sk))) && drained)) {
      line`time_to_ack = true;#1`;
      time_to_ack = true;
    }
  }
  line`if (copied > 0 && !time_to_ack && !(sk->sk_shutdown & RCV_SHUTDOWN)) {`;
  if (copied > 0 && !time_to_ack && !(sk.sk_shutdown & RCV_SHUTDOWN)) {
    line`__u32 rcv_window_now = tcp_receive_window(tp);`;
    const rcv_window_now = tcp_receive_window(tp);
    frame.rcv_window_now = rcv_window_now;
    line`if (2*rcv_window_now <= tp->window_clamp) {`;
    if (2 * rcv_window_now <= tp.window_clamp) {
      line`__u32 new_window = __tcp_select_window(sk);`;
      const new_window = __tcp_select_window(sk);
      frame.new_window = new_window;
      line`if (new_window && new_window >= 2 * rcv_window_now)`;
      if (new_window && new_window >= 2 * rcv_window_now) {
        line`time_to_ack = true;#2`;
        time_to_ack = true;
      }
    }
  }
  frame.time_to_ack = time_to_ack;
  if (time_to_ack) {
    line`tcp_send_ack(sk);`;
    yield* tcp_send_ack(sk);
  }
}
/**
 * tcp_recvmsg() = tcp_prot.recvmsg: copy what is queued, in order, into msg — at least `target`
 * bytes (1, or all `len` with MSG_WAITALL), sleeping in sk_wait_data until they come; 0 once the
 * peer's FIN is in and nothing is left; the error or EAGAIN when nothing was copied.
 */
export function* tcp_recvmsg(sk: Sock, msg: Msghdr, len: number, nonblock: number, flags: number): Sim<number> {
  const tp = tcp_sk(sk);
  const q = sk.sk_receive_queue;
  frame({ sk, len, nonblock, flags });

  line`int copied = 0;`;
  let copied = 0;
  const parts: string[] = [];
  line`lock_sock(sk);#1`;
  sk.sk_lock_owned = true;
  line`err = -ENOTCONN;`;
  line`if (sk->sk_state == TCP_LISTEN)`;
  if (sk.sk_state === TCP_LISTEN) {
    line`goto out;#1`;
    line`release_sock(sk);#3`;
    yield* release_sock(sk);
    return -ENOTCONN;
  }
  line`timeo = sock_rcvtimeo(sk, nonblock);`;
  let timeo = nonblock ? 0 : sk.sk_rcvtimeo;
  frame.timeo = timeo;
  line`seq = &tp->copied_seq;#1`;
  line`target = sock_rcvlowat(sk, flags & MSG_WAITALL, len);`;
  // (SO_RCVLOWAT is 1: the first byte will do, unless MSG_WAITALL asks for all of len)
  const target = flags & MSG_WAITALL ? len : 1;
  frame.target = target;
  line`do {`;
  do {
    line`last = skb_peek_tail(&sk->sk_receive_queue);`;
    line`skb_queue_walk(&sk->sk_receive_queue, skb) {`;
    // (consumed skbs leave the queue: its head is the one copied_seq points into)
    const skb = q.length ? q[0] : null;
    let offset = 0;
    if (skb !== null) {
      frame.skb = skb;
      line`offset = *seq - TCP_SKB_CB(skb)->seq;`;
      offset = (tp.copied_seq - skb.th!.seq) >>> 0;
      line`if (offset < skb->len)`;
    }
    if (skb === null || offset >= skb.len) {
      line`if (copied >= target && !sk->sk_backlog.tail)`;
      if (copied >= target) {
        line`break;#4`;
        break;
      }
      line`if (copied) {`;
      if (copied) {
        line`if (sk->sk_err ||`;
        if (sk.sk_err || sk.sk_state === TCP_CLOSE || sk.sk_shutdown & RCV_SHUTDOWN || !timeo) {
          line`break;#5`;
          break;
        }
      } else {
        line`if (sock_flag(sk, SOCK_DONE))`;
        if (sock_flag(sk, SOCK_DONE)) {
          line`break;#6`;
          break;
        }
        line`if (sk->sk_err) {`;
        if (sk.sk_err) {
          line`copied = sock_error(sk);`;
          copied = -sk.sk_err;
          sk.sk_err = 0;
          break;
        }
        line`if (sk->sk_shutdown & RCV_SHUTDOWN)`;
        if (sk.sk_shutdown & RCV_SHUTDOWN) {
          line`break;#8`;
          break;
        }
        line`if (sk->sk_state == TCP_CLOSE) {`;
        if (sk.sk_state === TCP_CLOSE) {
          line`copied = -ENOTCONN;`;
          copied = -ENOTCONN;
          break;
        }
        line`if (!timeo) {`;
        if (!timeo) {
          line`copied = -EAGAIN;`;
          copied = -EAGAIN;
          break;
        }
      }
      line`tcp_cleanup_rbuf(sk, copied);#1`;
      yield* tcp_cleanup_rbuf(sk, copied);
      line`sk_wait_data(sk, &timeo, last);`;
      // (sk_wait_event: the backlog may bring data before any sleep — skb_peek_tail(&sk->sk_receive_queue) != last)
      const last = q.length ? q[q.length - 1] : null;
      timeo = yield* sk_wait_event(sk, timeo, 'sk_wait_data', () => (q.length ? q[q.length - 1] : null) !== last);
      frame.timeo = timeo;
      continue;
    }
    line`used = skb->len - offset;`;
    let used = skb.len - offset;
    line`if (len < used)`;
    if (len < used) used = len;
    frame.used = used;
    line`err = skb_copy_datagram_msg(skb, offset, msg, used);`;
    parts.push(offset === 0 && used === skb.len ? skb.payload : skb.payload.slice(offset, offset + used));
    // (the copy takes time — 1 ns a byte — with the socket still owned: segments arriving meanwhile go to sk_backlog)
    yield* cpu_busy(Math.floor(used / 1000), 'skb_copy_datagram_msg');
    line`WRITE_ONCE(*seq, *seq + used);`;
    tp.copied_seq = (tp.copied_seq + used) >>> 0;
    line`copied += used;`;
    copied += used;
    line`len -= used;`;
    len -= used;
    frame.copied = copied;
    line`if (used + offset < skb->len)`;
    if (used + offset < skb.len) continue;
    // (the skb is used up: sk_eat_skb)
    q.shift();
    line`} while (len > 0);`;
  } while (len > 0);
  line`tcp_cleanup_rbuf(sk, copied);#2`;
  yield* tcp_cleanup_rbuf(sk, copied);
  line`release_sock(sk);#2`;
  yield* release_sock(sk);
  if (copied > 0) msg.data = parts.length === 1 ? parts[0] : parts.join('');
  line`return copied;`;
  return copied;
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

// ---- poll -------------------------------------------------------------------------------------------

/** tcp_poll() = inet_stream_ops.poll: the events a TCP socket has now; hooks the poller on the socket's wait queue. */
export function* tcp_poll(file: File, sock: Socket, wait: PollTable | null): Sim<number> {
  const sk = sock.sk!;
  const tp = tcp_sk(sk);
  frame({ file, sock, wait, sk, tp });
  line`sock_poll_wait(file, sock, wait);`;
  sock_poll_wait(file, sock, wait);
  line`state = inet_sk_state_load(sk);`;
  const state = sk.sk_state;
  frame.state = state;
  line`if (state == TCP_LISTEN)`;
  if (state === TCP_LISTEN) {
    // inet_csk_listen_poll(): readable while the accept queue holds a child
    line`return inet_csk_listen_poll(sk);`;
    return inet_csk(sk).icsk_accept_queue.rskq_accept_head ? EPOLLIN | EPOLLRDNORM : 0;
  }
  line`mask = 0;`;
  let mask = 0;
  line`if (sk->sk_shutdown == SHUTDOWN_MASK || state == TCP_CLOSE)`;
  if (sk.sk_shutdown === SHUTDOWN_MASK || state === TCP_CLOSE) {
    line`mask |= EPOLLHUP;#1`;
    mask |= EPOLLHUP;
  }
  line`if (sk->sk_shutdown & RCV_SHUTDOWN)`;
  if (sk.sk_shutdown & RCV_SHUTDOWN) {
    line`mask |= EPOLLIN | EPOLLRDNORM | EPOLLRDHUP;`;
    mask |= EPOLLIN | EPOLLRDNORM | EPOLLRDHUP;
  }
  line`if (state != TCP_SYN_SENT &&`;
  if (state !== TCP_SYN_SENT && state !== TCP_SYN_RECV) {
    line`int target = sock_rcvlowat(sk, 0, INT_MAX);`;
    const target = 1;
    line`if (tcp_stream_is_readable(tp, target, sk))`;
    if (((tp.rcv_nxt - tp.copied_seq) >>> 0) >= target) {
      line`mask |= EPOLLIN | EPOLLRDNORM;`;
      mask |= EPOLLIN | EPOLLRDNORM;
    }
    line`if (!(sk->sk_shutdown & SEND_SHUTDOWN)) {`;
    // sk_stream_is_writeable: the simulated send buffer never fills
    line`if (sk_stream_is_writeable(sk)) {`;
    line`mask |= EPOLLOUT | EPOLLWRNORM;#1`;
    mask |= EPOLLOUT | EPOLLWRNORM;
  }
  frame.mask = mask;
  line`if (sk->sk_err || !skb_queue_empty_lockless(&sk->sk_error_queue))`;
  if (sk.sk_err) {
    line`mask |= EPOLLERR;`;
    mask |= EPOLLERR;
  }
  frame.mask = mask;
  line`return mask;`;
  return mask;
}
