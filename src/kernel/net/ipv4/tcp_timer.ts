// net/ipv4/tcp_timer.c: the retransmit timer — resend the oldest unacknowledged segment with
// exponential backoff, until tcp_write_timeout gives up (ETIMEDOUT).

import { defineFn } from '../../sim/anchors';
import { at, enter, leave, Sim } from '../../sim/engine';
import { wake_up_interruptible } from '../../include/linux/net';
import { Sock } from '../../include/net/sock';
import { inet_csk, inet_csk_in_pingpong_mode, ICSK_ACK_SCHED, ICSK_ACK_TIMER, TCP_ATO_MIN } from '../../include/net/inet_connection_sock';
import { NET_INC_STATS } from '../../include/net/net_namespace';
import { tcp_sk } from '../../include/linux/tcp';
import { TCP_CLOSE, TCP_LISTEN, TCP_SYN_RECV, TCP_SYN_SENT } from '../../include/net/tcp_states';
import { ERRNO } from '../../include/uapi';
import { tcp_done } from './tcp';
import { tcp_retransmit_skb, tcp_send_ack, inet_csk_reset_xmit_timer, TCP_RTO_MAX } from './tcp_output';

const ERR = defineFn('net/ipv4/tcp_timer.c', 'tcp_write_err', {
  err: 'sk->sk_err = sk->sk_err_soft ? : ETIMEDOUT;',
  report: 'sk->sk_error_report(sk);',
  done: 'tcp_done(sk);',
});
export function* tcp_write_err(sk: Sock): Sim<void> {
  const f = enter(ERR, { sk });
  try {
    if (at(ERR.err)) yield;
    sk.sk_err = sk.sk_err_soft || ERRNO.ETIMEDOUT;
    if (at(ERR.report)) yield;
    wake_up_interruptible(sk.sk_wq);
    if (at(ERR.done)) yield;
    yield* tcp_done(sk);
  } finally {
    leave(f);
  }
}

const TIMEOUT = defineFn('net/ipv4/tcp_timer.c', 'tcp_write_timeout', {
  syn: 'if ((1 << sk->sk_state) & (TCPF_SYN_SENT | TCPF_SYN_RECV)) {',
  retries: 'retry_until = icsk->icsk_syn_retries ? : net->ipv4.sysctl_tcp_syn_retries;',
  other: 'retry_until = net->ipv4.sysctl_tcp_retries2;',
  expired: 'if (expired) {',
  err: 'tcp_write_err(sk);',
  ret: 'return 0;',
});
/** tcp_write_timeout(): have we retransmitted enough? 1 when the connection was given up. */
export function* tcp_write_timeout(sk: Sock): Sim<number> {
  const icsk = inet_csk(sk);
  const net = sk.skc_net;
  const f = enter(TIMEOUT, { sk, icsk });
  try {
    let retry_until: number;
    if (at(TIMEOUT.syn)) yield;
    if (sk.sk_state === TCP_SYN_SENT || sk.sk_state === TCP_SYN_RECV) {
      if (at(TIMEOUT.retries)) yield;
      retry_until = icsk.icsk_syn_retries || net.sysctl['net.ipv4.tcp_syn_retries'];
    } else {
      if (at(TIMEOUT.other)) yield;
      retry_until = 15;
    }
    f.vars.retry_until = retry_until;
    const expired = icsk.icsk_retransmits >= retry_until;
    f.vars.expired = expired;
    if (at(TIMEOUT.expired)) yield;
    if (expired) {
      if (at(TIMEOUT.err)) yield;
      yield* tcp_write_err(sk);
      return 1;
    }
    if (at(TIMEOUT.ret)) yield;
    return 0;
  } finally {
    leave(f);
  }
}

const DELACK = defineFn('net/ipv4/tcp_timer.c', 'tcp_delack_timer_handler', {
  check: 'if (((1 << sk->sk_state) & (TCPF_CLOSE | TCPF_LISTEN)) || !(icsk->icsk_ack.pending & ICSK_ACK_TIMER)) goto out;',
  clear: 'icsk->icsk_ack.pending &= ~ICSK_ACK_TIMER;',
  scheduled: 'if (inet_csk_ack_scheduled(sk)) {',
  inflate: 'icsk->icsk_ack.ato = min(icsk->icsk_ack.ato << 1, icsk->icsk_rto);',
  exitpp: 'inet_csk_exit_pingpong_mode(sk);',
  send: 'tcp_send_ack(sk);',
});
/** tcp_delack_timer_handler(): the delayed ACK is due (unless a segment already carried it). */
export function* tcp_delack_timer_handler(sk: Sock): Sim<void> {
  const icsk = inet_csk(sk);
  const a = icsk.icsk_ack;
  const f = enter(DELACK, { sk, icsk });
  try {
    if (at(DELACK.check)) yield;
    if (sk.sk_state === TCP_CLOSE || sk.sk_state === TCP_LISTEN || !(a.pending & ICSK_ACK_TIMER)) return;
    if (at(DELACK.clear)) yield;
    a.pending &= ~ICSK_ACK_TIMER;
    if (at(DELACK.scheduled)) yield;
    if (a.pending & ICSK_ACK_SCHED) {
      if (!inet_csk_in_pingpong_mode(sk)) {
        if (at(DELACK.inflate)) yield;
        a.ato = Math.min(a.ato * 2, icsk.icsk_rto);
      } else {
        if (at(DELACK.exitpp)) yield;
        a.pingpong = 0;
        a.ato = TCP_ATO_MIN;
      }
      if (at(DELACK.send)) yield;
      yield* tcp_send_ack(sk);
      NET_INC_STATS(sk.skc_net, 'DelayedACKs');
    }
  } finally {
    leave(f);
  }
}

const RTX = defineFn('net/ipv4/tcp_timer.c', 'tcp_retransmit_timer', {
  empty: 'if (!tp->packets_out ||',
  timeout: 'if (tcp_write_timeout(sk))',
  rtx: 'if (tcp_retransmit_skb(sk, tcp_rtx_queue_head(sk), 1) > 0) {',
  backoff: 'icsk->icsk_backoff++;',
  retrans: 'icsk->icsk_retransmits++;',
  rto: 'icsk->icsk_rto = min(icsk->icsk_rto << 1, TCP_RTO_MAX);',
  rearm: 'inet_csk_reset_xmit_timer(sk, ICSK_TIME_RETRANS,#2',
});
/** tcp_retransmit_timer(): the RTO fired — resend the head of the retransmit queue, double the RTO. */
export function* tcp_retransmit_timer(sk: Sock): Sim<void> {
  const tp = tcp_sk(sk);
  const icsk = inet_csk(sk);
  const f = enter(RTX, { sk, tp, icsk });
  try {
    if (sk.sk_state === TCP_CLOSE) return;
    if (at(RTX.empty)) yield;
    if (!tp.packets_out || !tp.tcp_rtx_queue.length) return;
    if (at(RTX.timeout)) yield;
    if (yield* tcp_write_timeout(sk)) return;
    if (at(RTX.rtx)) yield;
    yield* tcp_retransmit_skb(sk, tp.tcp_rtx_queue[0]);
    if (at(RTX.backoff)) yield;
    icsk.icsk_backoff++;
    if (at(RTX.retrans)) yield;
    icsk.icsk_retransmits++;
    if (at(RTX.rto)) yield;
    icsk.icsk_rto = Math.min(icsk.icsk_rto * 2, TCP_RTO_MAX);
    if (at(RTX.rearm)) yield;
    inet_csk_reset_xmit_timer(sk, icsk.icsk_rto);
  } finally {
    leave(f);
  }
}
