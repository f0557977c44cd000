// net/ipv4/tcp.c: TCP's socket-level operations — init, the single state setter tcp_set_state
// (where sock:inet_sock_set_state fires for TCP), close, shutdown, disconnect, done, and the
// user-facing send and receive.

import { defineFn } from '../../sim/anchors';
import { at, enter, leave, Sim } from '../../sim/engine';
import { wait_event } from '../../sim/current';
import { TimerList } from '../../sim/timer';
import { wake_up_interruptible } from '../../include/linux/net';
import { Sock, sock_flag, sock_set_flag, SOCK_DEAD, SOCK_DONE, SOCK_LINGER } from '../../include/net/sock';
import { inet_csk, inet_csk_in_pingpong_mode, ICSK_ACK_SCHED, ICSK_ACK_PUSHED, ICSK_ACK_PUSHED2 } from '../../include/net/inet_connection_sock';
import { inet_sk } from '../../include/net/inet_sock';
import { tcp_sk } from '../../include/linux/tcp';
import { NET_INC_STATS } from '../../include/net/net_namespace';
import {
  TCP_CLOSE, TCP_CLOSE_WAIT, TCP_CLOSING, TCP_ESTABLISHED, TCP_FIN_WAIT1, TCP_FIN_WAIT2,
  TCP_LAST_ACK, TCP_LISTEN, TCP_NEW_SYN_RECV, TCP_SYN_RECV, TCP_SYN_SENT, TCP_TIME_WAIT,
  SEND_SHUTDOWN, RCV_SHUTDOWN, SHUTDOWN_MASK, SOCK_BINDPORT_LOCK,
} from '../../include/net/tcp_states';
import { ERRNO } from '../../include/uapi';
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

const INIT = defineFn('net/ipv4/tcp.c', 'tcp_init_sock', {
  ooo: 'tp->out_of_order_queue = RB_ROOT;',
  timers: 'tcp_init_xmit_timers(sk);',
  rto: 'icsk->icsk_rto = TCP_TIMEOUT_INIT;',
  cwnd: 'tp->snd_cwnd = TCP_INIT_CWND;',
  ssthresh: 'tp->snd_ssthresh = TCP_INFINITE_SSTHRESH;',
  mss: 'tp->mss_cache = TCP_MSS_DEFAULT;',
  state: 'sk->sk_state = TCP_CLOSE;',
  bufs: 'WRITE_ONCE(sk->sk_sndbuf, sock_net(sk)->ipv4.sysctl_tcp_wmem[1]);',
});
/** tcp_init_sock(): TCP's defaults. sk_state = TCP_CLOSE is a direct store: no tracepoint. */
export function* tcp_init_sock(sk: Sock): Sim<void> {
  const tp = tcp_sk(sk);
  const icsk = inet_csk(sk);
  const f = enter(INIT, { sk, tp, icsk });
  try {
    if (at(INIT.ooo)) yield;
    tp.out_of_order_queue = [];
    if (at(INIT.timers)) yield;
    tcp_init_xmit_timers(sk);
    if (at(INIT.rto)) yield;
    icsk.icsk_rto = TCP_TIMEOUT_INIT;
    if (at(INIT.cwnd)) yield;
    tp.snd_cwnd = 10;
    if (at(INIT.ssthresh)) yield;
    tp.snd_ssthresh = 0x7fffffff;
    if (at(INIT.mss)) yield;
    tp.mss_cache = 536;
    if (at(INIT.state)) yield;
    sk.sk_state = TCP_CLOSE;
    if (at(INIT.bufs)) yield;
    sk.sk_sndbuf = 16384;
    sk.sk_rcvbuf = 131072;
  } finally {
    leave(f);
  }
}

const SETSTATE = defineFn('net/ipv4/tcp.c', 'tcp_set_state', {
  old: 'int oldstate = sk->sk_state;',
  sw: 'switch (state) {',
  estab: 'if (oldstate != TCP_ESTABLISHED)',
  resets: 'if (oldstate == TCP_CLOSE_WAIT || oldstate == TCP_ESTABLISHED)',
  unhash: 'sk->sk_prot->unhash(sk);',
  putport: 'if (inet_csk(sk)->icsk_bind_hash &&',
  dec: 'if (oldstate == TCP_ESTABLISHED)',
  store: 'inet_sk_state_store(sk, state);',
});
/** tcp_set_state(): TCP's one state setter; on CLOSE it unhashes and releases the port first. */
export function* tcp_set_state(sk: Sock, state: number): Sim<void> {
  const f = enter(SETSTATE, { sk, state });
  try {
    if (at(SETSTATE.old)) yield;
    const oldstate = sk.sk_state;
    f.vars.oldstate = oldstate;
    const net = sk.skc_net;
    if (at(SETSTATE.sw)) yield;
    if (state === TCP_ESTABLISHED) {
      if (at(SETSTATE.estab)) yield;
      if (oldstate !== TCP_ESTABLISHED) NET_INC_STATS(net, 'CurrEstab');
    } else {
      if (state === TCP_CLOSE) {
        if (at(SETSTATE.resets)) yield;
        if (oldstate === TCP_CLOSE_WAIT || oldstate === TCP_ESTABLISHED) NET_INC_STATS(net, 'EstabResets');
        if (at(SETSTATE.unhash)) yield;
        yield* sk.sk_prot.unhash(sk);
        if (at(SETSTATE.putport)) yield;
        if (inet_csk(sk).icsk_bind_hash && !(sk.sk_userlocks & SOCK_BINDPORT_LOCK)) yield* inet_put_port(sk);
      }
      if (at(SETSTATE.dec)) yield;
      if (oldstate === TCP_ESTABLISHED) NET_INC_STATS(net, 'CurrEstab', -1);
    }
    if (at(SETSTATE.store)) yield;
    yield* inet_sk_state_store(sk, state);
  } finally {
    leave(f);
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

const CLOSESTATE = defineFn('net/ipv4/tcp.c', 'tcp_close_state', {
  next: 'int next = (int)new_state[sk->sk_state];',
  set: 'tcp_set_state(sk, ns);',
  ret: 'return next & TCP_ACTION_FIN;',
});
/** tcp_close_state(): where close()/shutdown() go from each state, and whether a FIN must be sent. */
export function* tcp_close_state(sk: Sock): Sim<boolean> {
  const f = enter(CLOSESTATE, { sk });
  try {
    if (at(CLOSESTATE.next)) yield;
    const next = new_state[sk.sk_state];
    const ns = next & 0x0f;
    f.vars.next = next;
    f.vars.ns = ns;
    if (at(CLOSESTATE.set)) yield;
    yield* tcp_set_state(sk, ns);
    if (at(CLOSESTATE.ret)) yield;
    return !!(next & TCP_ACTION_FIN);
  } finally {
    leave(f);
  }
}

const SHUT = defineFn('net/ipv4/tcp.c', 'tcp_shutdown', {
  send: 'if (!(how & SEND_SHUTDOWN))',
  states: 'if ((1 << sk->sk_state) &',
  fin: 'if (tcp_close_state(sk))',
  sendfin: 'tcp_send_fin(sk);',
});
/** tcp_shutdown(): SHUT_WR sends our FIN (ESTABLISHED→FIN_WAIT1, CLOSE_WAIT→LAST_ACK). */
export function* tcp_shutdown(sk: Sock, how: number): Sim<void> {
  const f = enter(SHUT, { sk, how });
  try {
    if (at(SHUT.send)) yield;
    if (!(how & SEND_SHUTDOWN)) return;
    if (at(SHUT.states)) yield;
    const st = sk.sk_state;
    if (st === TCP_ESTABLISHED || st === TCP_SYN_SENT || st === TCP_SYN_RECV || st === TCP_CLOSE_WAIT) {
      if (at(SHUT.fin)) yield;
      if (yield* tcp_close_state(sk)) {
        if (at(SHUT.sendfin)) yield;
        yield* tcp_send_fin(sk);
      }
    }
  } finally {
    leave(f);
  }
}

const CLOSE = defineFn('net/ipv4/tcp.c', 'tcp_close', {
  lock: 'lock_sock(sk);',
  shutdown: 'sk->sk_shutdown = SHUTDOWN_MASK;',
  listen: 'if (sk->sk_state == TCP_LISTEN) {',
  lclose: 'tcp_set_state(sk, TCP_CLOSE);#1',
  stop: 'inet_csk_listen_stop(sk);',
  flush: 'while ((skb = __skb_dequeue(&sk->sk_receive_queue)) != NULL) {',
  alreadyclosed: 'if (sk->sk_state == TCP_CLOSE)#1',
  unread: '} else if (data_was_unread) {',
  unreadclose: 'tcp_set_state(sk, TCP_CLOSE);#2',
  unreadrst: 'tcp_send_active_reset(sk, sk->sk_allocation);',
  linger0: '} else if (sock_flag(sk, SOCK_LINGER) && !sk->sk_lingertime) {',
  disconnect: 'sk->sk_prot->disconnect(sk, 0);',
  closestate: '} else if (tcp_close_state(sk)) {',
  fin: 'tcp_send_fin(sk);',
  adjudge: 'adjudge_to_death:',
  orphan: 'sock_orphan(sk);',
  count: 'percpu_counter_inc(sk->sk_prot->orphan_count);',
  fw2: 'if (sk->sk_state == TCP_FIN_WAIT2) {',
  tw: 'tcp_time_wait(sk, TCP_FIN_WAIT2, tmo);',
  closed: 'if (sk->sk_state == TCP_CLOSE) {',
  destroy: 'inet_csk_destroy_sock(sk);',
  release: 'release_sock(sk);',
});
/** tcp_close() = tcp_prot.close: send FIN (or RST), orphan the sock; it lives on until the FIN exchange ends. */
export function* tcp_close(sk: Sock, timeout: number): Sim<void> {
  const f = enter(CLOSE, { sk, timeout });
  try {
    if (at(CLOSE.lock)) yield;
    sk.sk_lock_owned = true;
    if (at(CLOSE.shutdown)) yield;
    sk.sk_shutdown = SHUTDOWN_MASK;
    if (at(CLOSE.listen)) yield;
    if (sk.sk_state === TCP_LISTEN) {
      if (at(CLOSE.lclose)) yield;
      yield* tcp_set_state(sk, TCP_CLOSE);
      if (at(CLOSE.stop)) yield;
      yield* inet_csk_listen_stop(sk);
    } else {
      if (at(CLOSE.flush)) yield;
      let data_was_unread = 0;
      for (const skb of sk.sk_receive_queue) data_was_unread += skb.len;
      sk.sk_receive_queue = [];
      f.vars.data_was_unread = data_was_unread;
      if (at(CLOSE.alreadyclosed)) yield;
      if (sk.sk_state !== TCP_CLOSE) {
        if (at(CLOSE.unread)) yield;
        if (data_was_unread) {
          NET_INC_STATS(sk.skc_net, 'TCPAbortOnClose');
          if (at(CLOSE.unreadclose)) yield;
          yield* tcp_set_state(sk, TCP_CLOSE);
          if (at(CLOSE.unreadrst)) yield;
          yield* tcp_send_active_reset(sk);
        } else {
          if (at(CLOSE.linger0)) yield;
          if (sock_flag(sk, SOCK_LINGER) && !sk.sk_lingertime) {
            if (at(CLOSE.disconnect)) yield;
            yield* tcp_disconnect(sk, 0);
            NET_INC_STATS(sk.skc_net, 'TCPAbortOnData');
          } else {
            if (at(CLOSE.closestate)) yield;
            if (yield* tcp_close_state(sk)) {
              if (at(CLOSE.fin)) yield;
              yield* tcp_send_fin(sk);
            }
          }
        }
      }
    }
    if (at(CLOSE.adjudge)) yield;
    // the state now, after the FIN or RST above: a softirq may still change it before we look again
    const state = sk.sk_state;
    f.vars.state = state;
    if (at(CLOSE.orphan)) yield;
    // sock_orphan(): SOCK_DEAD, and no struct socket any more
    sock_set_flag(sk, SOCK_DEAD);
    sk.sk_socket = null;
    sk.sk_wq = null;
    if (at(CLOSE.count)) yield;
    NET_INC_STATS(sk.skc_net, 'TCPOrphans');
    if (!(state !== TCP_CLOSE && sk.sk_state === TCP_CLOSE)) {
      if (at(CLOSE.fw2)) yield;
      if (sk.sk_state === TCP_FIN_WAIT2) {
        const tmo = sk.skc_net.sysctl['net.ipv4.tcp_fin_timeout'] * 1_000_000;
        if (at(CLOSE.tw)) yield;
        yield* tcp_time_wait(sk, TCP_FIN_WAIT2, tmo);
      } else {
        if (at(CLOSE.closed)) yield;
        if (sk.sk_state === TCP_CLOSE) {
          if (at(CLOSE.destroy)) yield;
          yield* inet_csk_destroy_sock(sk);
        }
      }
    }
    if (at(CLOSE.release)) yield;
    sk.sk_lock_owned = false;
  } finally {
    leave(f);
  }
}

const DISC = defineFn('net/ipv4/tcp.c', 'tcp_disconnect', {
  old: 'int old_state = sk->sk_state;',
  close: 'tcp_set_state(sk, TCP_CLOSE);',
  needreset: '} else if (tcp_need_reset(old_state) ||',
  rst: 'tcp_send_active_reset(sk, gfp_any());',
  err: 'sk->sk_err = ECONNRESET;',
  purge: 'tcp_write_queue_purge(sk);',
  dport: 'inet->inet_dport = 0;',
  report: 'sk->sk_error_report(sk);',
});
/** tcp_disconnect(): abort to CLOSE; a synchronized connection is reset (SO_LINGER {1,0}, listener children). */
export function* tcp_disconnect(sk: Sock, flags: number): Sim<number> {
  const f = enter(DISC, { sk, flags });
  try {
    if (at(DISC.old)) yield;
    const old_state = sk.sk_state;
    f.vars.old_state = old_state;
    if (old_state !== TCP_CLOSE) {
      if (at(DISC.close)) yield;
      yield* tcp_set_state(sk, TCP_CLOSE);
    }
    if (at(DISC.needreset)) yield;
    const need = [TCP_ESTABLISHED, TCP_CLOSE_WAIT, TCP_FIN_WAIT1, TCP_FIN_WAIT2, TCP_SYN_RECV, TCP_CLOSING, TCP_LAST_ACK].includes(old_state);
    if (need) {
      if (at(DISC.rst)) yield;
      yield* tcp_send_active_reset(sk);
      if (at(DISC.err)) yield;
      sk.sk_err = ERRNO.ECONNRESET;
    }
    if (at(DISC.purge)) yield;
    tcp_clear_xmit_timers(sk);
    tcp_sk(sk).tcp_rtx_queue = [];
    sk.sk_receive_queue = [];
    if (at(DISC.dport)) yield;
    inet_sk(sk).inet_dport = 0;
    sk.sk_shutdown = 0;
    if (at(DISC.report)) yield;
    wake_up_interruptible(sk.sk_wq);
    return 0;
  } finally {
    leave(f);
  }
}

const DONE = defineFn('net/ipv4/tcp.c', 'tcp_done', {
  attempt: 'if (sk->sk_state == TCP_SYN_SENT || sk->sk_state == TCP_SYN_RECV)',
  close: 'tcp_set_state(sk, TCP_CLOSE);',
  timers: 'tcp_clear_xmit_timers(sk);',
  shutdown: 'sk->sk_shutdown = SHUTDOWN_MASK;',
  dead: 'if (!sock_flag(sk, SOCK_DEAD))',
  change: 'sk->sk_state_change(sk);',
  destroy: 'inet_csk_destroy_sock(sk);',
});
/** tcp_done(): the connection is over — CLOSE; an orphan is destroyed, an owned sock wakes its owner. */
export function* tcp_done(sk: Sock): Sim<void> {
  const f = enter(DONE, { sk });
  try {
    if (at(DONE.attempt)) yield;
    if (sk.sk_state === TCP_SYN_SENT || sk.sk_state === TCP_SYN_RECV) NET_INC_STATS(sk.skc_net, 'AttemptFails');
    if (at(DONE.close)) yield;
    yield* tcp_set_state(sk, TCP_CLOSE);
    if (at(DONE.timers)) yield;
    tcp_clear_xmit_timers(sk);
    if (at(DONE.shutdown)) yield;
    sk.sk_shutdown = SHUTDOWN_MASK;
    if (at(DONE.dead)) yield;
    if (!sock_flag(sk, SOCK_DEAD)) {
      if (at(DONE.change)) yield;
      wake_up_interruptible(sk.sk_wq);
    } else {
      if (at(DONE.destroy)) yield;
      yield* inet_csk_destroy_sock(sk);
    }
  } finally {
    leave(f);
  }
}

const SEND = defineFn('net/ipv4/tcp.c', 'tcp_sendmsg', {
  lock: 'lock_sock(sk);',
  connected: 'if (((1 << sk->sk_state) & ~(TCPF_ESTABLISHED | TCPF_CLOSE_WAIT)) &&',
  wait: 'err = sk_stream_wait_connect(sk, &timeo);',
  shutdown: 'if (sk->sk_err || (sk->sk_shutdown & SEND_SHUTDOWN))',
  copy: 'copy = size_goal - skb->len;',
  push: 'tcp_push(sk, flags, mss_now, tp->nonagle, size_goal);',
  ret: 'return copied;',
  pipe: 'err = -EPIPE;',
});
/** tcp_sendmsg(): queue the bytes as segments of at most one MSS and push them out. */
export function* tcp_sendmsg(sk: Sock, data: string, nonblock: boolean): Sim<number> {
  const f = enter(SEND, { sk, size: data.length });
  try {
    if (at(SEND.lock)) yield;
    if (at(SEND.connected)) yield;
    const st = sk.sk_state;
    if (st !== TCP_ESTABLISHED && st !== TCP_CLOSE_WAIT) {
      if (at(SEND.wait)) yield;
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
        if (at(SEND.pipe)) yield;
        return -EPIPE;
      }
    }
    if (at(SEND.shutdown)) yield;
    if (sk.sk_err) {
      const e = sk.sk_err;
      sk.sk_err = 0;
      return -e;
    }
    if (sk.sk_shutdown & SEND_SHUTDOWN) {
      if (at(SEND.pipe)) yield;
      return -EPIPE;
    }
    if (at(SEND.copy)) yield;
    const tp = tcp_sk(sk);
    tp.write_seq = (tp.write_seq + data.length) >>> 0;
    if (at(SEND.push)) yield;
    yield* tcp_push(sk, data);
    if (at(SEND.ret)) yield;
    return data.length;
  } finally {
    leave(f);
  }
}

const RECV = defineFn('net/ipv4/tcp.c', 'tcp_recvmsg', {
  lock: 'lock_sock(sk);',
  listen: 'if (sk->sk_state == TCP_LISTEN)',
  peek: 'skb_queue_walk(&sk->sk_receive_queue, skb) {',
  copy: 'err = skb_copy_datagram_msg(skb, offset, msg, used);',
  done: 'if (sock_flag(sk, SOCK_DONE))',
  err: 'copied = sock_error(sk);',
  shut: 'if (sk->sk_shutdown & RCV_SHUTDOWN)',
  nonblock: 'if (!timeo) {',
  wait: 'sk_wait_data(sk, &timeo, last);',
  cleanup: 'tcp_cleanup_rbuf(sk, copied);',
  ret: 'return copied;',
});

const CLEANUP = defineFn('net/ipv4/tcp.c', 'tcp_cleanup_rbuf', {
  scheduled: 'if (inet_csk_ack_scheduled(sk)) {',
  rule: 'if (icsk->icsk_ack.blocked || tp->rcv_nxt - tp->rcv_wup > icsk->icsk_ack.rcv_mss ||',
  time: 'time_to_ack = true;',
  send: 'tcp_send_ack(sk);',
});
/** tcp_cleanup_rbuf(): after a read, send an ACK the delayed-ACK engine was holding for a small pushed segment. */
function* tcp_cleanup_rbuf(sk: Sock, copied: number): Sim<void> {
  const tp = tcp_sk(sk);
  const icsk = inet_csk(sk);
  const f = enter(CLEANUP, { sk, copied, tp });
  try {
    const a = icsk.icsk_ack;
    let time_to_ack = false;
    if (at(CLEANUP.scheduled)) yield;
    if (a.pending & ICSK_ACK_SCHED) {
      if (at(CLEANUP.rule)) yield;
      const drained = sk.sk_receive_queue.length === 0;
      if (((tp.rcv_nxt - tp.rcv_wup) >>> 0) > a.rcv_mss ||
          (copied > 0 && (a.pending & ICSK_ACK_PUSHED2 || (a.pending & ICSK_ACK_PUSHED && !inet_csk_in_pingpong_mode(sk))) && drained)) {
        if (at(CLEANUP.time)) yield;
        time_to_ack = true;
      }
    }
    f.vars.time_to_ack = time_to_ack;
    if (time_to_ack) {
      if (at(CLEANUP.send)) yield;
      yield* tcp_send_ack(sk);
    }
  } finally {
    leave(f);
  }
}
/** tcp_recvmsg(): copy what is queued, in order; wait while empty; 0 once the peer's FIN is in. */
export function* tcp_recvmsg(sk: Sock, len: number, nonblock: boolean): Sim<number | string> {
  const tp = tcp_sk(sk);
  const f = enter(RECV, { sk, len, nonblock });
  try {
    if (at(RECV.lock)) yield;
    if (at(RECV.listen)) yield;
    if (sk.sk_state === TCP_LISTEN) return -ENOTCONN;
    for (;;) {
      if (at(RECV.peek)) yield;
      if (sk.sk_receive_queue.length) {
        let out = '';
        while (out.length < len && sk.sk_receive_queue.length) {
          const skb = sk.sk_receive_queue[0];
          const off = (tp.copied_seq - skb.th!.seq) >>> 0;
          const take = Math.min(len - out.length, skb.len - off);
          if (at(RECV.copy)) yield;
          out += skb.payload.slice(off, off + take);
          tp.copied_seq = (tp.copied_seq + take) >>> 0;
          if (off + take >= skb.len) sk.sk_receive_queue.shift();
        }
        if (at(RECV.cleanup)) yield;
        yield* tcp_cleanup_rbuf(sk, out.length);
        if (at(RECV.ret)) yield;
        return out;
      }
      if (at(RECV.done)) yield;
      if (sock_flag(sk, SOCK_DONE)) return '';
      if (sk.sk_err) {
        if (at(RECV.err)) yield;
        const e = sk.sk_err;
        sk.sk_err = 0;
        return -e;
      }
      if (at(RECV.shut)) yield;
      if (sk.sk_shutdown & RCV_SHUTDOWN) return '';
      if (sk.sk_state === TCP_CLOSE) return -ENOTCONN;
      if (at(RECV.nonblock)) yield;
      if (nonblock) return -EAGAIN;
      if (at(RECV.wait)) yield;
      yield* wait_event(sk.sk_wq!, false, 'sk_wait_data', () => sk.sk_receive_queue.length > 0 || sock_flag(sk, SOCK_DONE) || !!sk.sk_err || !!(sk.sk_shutdown & RCV_SHUTDOWN));
    }
  } finally {
    leave(f);
  }
}

