// net/ipv4/tcp_timer.c: the retransmit timer — resend the oldest unacknowledged segment with
// exponential backoff, until tcp_write_timeout gives up (ETIMEDOUT).

import { E, Sim } from '../../core/engine';
import { frame, line } from '../../core/mark';
import { Sock } from '../../include/net/sock';
import {
  inet_csk, inet_csk_in_pingpong_mode, ICSK_ACK_SCHED, ICSK_ACK_TIMER, TCP_ATO_MIN, ICSK_TIME_RETRANS, ICSK_TIME_PROBE0
} from '../../include/net/inet_connection_sock';
import { MIB, NET_INC_STATS } from '../../include/net/net_namespace';
import { tcp_sk } from '../../include/linux/tcp';
import { TCP_CLOSE, TCP_LISTEN, TCP_SYN_RECV, TCP_SYN_SENT } from '../../include/net/tcp_states';
import { ERRNO } from '../../include/uapi';
import { tcp_done } from './tcp';
import { tcp_retransmit_skb, tcp_send_ack, inet_csk_reset_xmit_timer, tcp_send_probe0, TCP_RTO_MAX } from './tcp_output';
import { tcp_enter_loss } from './tcp_input';
import { sock_def_error_report } from '../core/sock';

export function* tcp_write_err(sk: Sock): Sim<void> {
  line`sk->sk_err = sk->sk_err_soft ? : ETIMEDOUT;`;
  sk.sk_err = sk.sk_err_soft || ERRNO.ETIMEDOUT;
  line`sk->sk_error_report(sk);`;
  yield* sock_def_error_report(sk);
  line`tcp_done(sk);`;
  yield* tcp_done(sk);
}

/** tcp_write_timeout(): have we retransmitted enough? 1 when the connection was given up. */
export function* tcp_write_timeout(sk: Sock): Sim<number> {
  const icsk = inet_csk(sk);
  const net = sk.skc_net;
  frame({ sk, icsk });

  let retry_until: number;
  line`if ((1 << sk->sk_state) & (TCPF_SYN_SENT | TCPF_SYN_RECV)) {`;
  if (sk.sk_state === TCP_SYN_SENT || sk.sk_state === TCP_SYN_RECV) {
    line`retry_until = icsk->icsk_syn_retries ? : net->ipv4.sysctl_tcp_syn_retries;`;
    retry_until = icsk.icsk_syn_retries || net.sysctl['net.ipv4.tcp_syn_retries'];
  } else {
    line`retry_until = net->ipv4.sysctl_tcp_retries2;`;
    retry_until = 15;
  }
  frame.retry_until = retry_until;
  const expired = icsk.icsk_retransmits >= retry_until;
  frame.expired = expired;
  line`if (expired) {`;
  if (expired) {
    line`tcp_write_err(sk);`;
    yield* tcp_write_err(sk);
    return 1;
  }
  line`return 0;`;
  return 0;
}

/** tcp_delack_timer_handler(): the delayed ACK is due (unless a segment already carried it). */
export function* tcp_delack_timer_handler(sk: Sock): Sim<void> {
  const icsk = inet_csk(sk);
  const a = icsk.icsk_ack;
  frame({ sk, icsk });

  line`if (((1 << sk->sk_state) & (TCPF_CLOSE | TCPF_LISTEN)) ||`;
  if (sk.sk_state === TCP_CLOSE || sk.sk_state === TCP_LISTEN || !(a.pending & ICSK_ACK_TIMER)) return;
  line`icsk->icsk_ack.pending &= ~ICSK_ACK_TIMER;`;
  a.pending &= ~ICSK_ACK_TIMER;
  line`if (inet_csk_ack_scheduled(sk)) {`;
  if (a.pending & ICSK_ACK_SCHED) {
    if (!inet_csk_in_pingpong_mode(sk)) {
      line`icsk->icsk_ack.ato = min(icsk->icsk_ack.ato << 1, icsk->icsk_rto);`;
      a.ato = Math.min(a.ato * 2, icsk.icsk_rto);
    } else {
      line`inet_csk_exit_pingpong_mode(sk);`;
      a.pingpong = 0;
      a.ato = TCP_ATO_MIN;
    }
    line`tcp_send_ack(sk);`;
    yield* tcp_send_ack(sk);
    NET_INC_STATS(sk.skc_net, MIB.DelayedACKs);
  }
}

/** tcp_retransmit_timer(): the RTO fired — everything in flight is lost (tcp_enter_loss), resend the head, double the RTO. */
export function* tcp_retransmit_timer(sk: Sock): Sim<void> {
  const tp = tcp_sk(sk);
  const icsk = inet_csk(sk);
  frame({ sk, tp, icsk });

  if (sk.sk_state === TCP_CLOSE) return;
  line`if (!tp->packets_out ||`;
  if (!tp.packets_out || !tp.tcp_rtx_queue.length) return;
  line`if (tcp_write_timeout(sk))`;
  if (yield* tcp_write_timeout(sk)) return;
  line`tcp_enter_loss(sk);#2`;
  yield* tcp_enter_loss(sk);
  if (E.history !== null) E.history.cwnd(E.now, tp, 'rto'); // (the view's cwnd plot: history.ts)
  line`if (tcp_retransmit_skb(sk, tcp_rtx_queue_head(sk), 1) > 0) {`;
  yield* tcp_retransmit_skb(sk, tp.tcp_rtx_queue[0], 1);
  line`icsk->icsk_backoff++;`;
  icsk.icsk_backoff++;
  line`icsk->icsk_retransmits++;`;
  icsk.icsk_retransmits++;
  line`icsk->icsk_rto = min(icsk->icsk_rto << 1, TCP_RTO_MAX);`;
  icsk.icsk_rto = Math.min(icsk.icsk_rto * 2, TCP_RTO_MAX);
  line`inet_csk_reset_xmit_timer(sk, ICSK_TIME_RETRANS,#2`;
  inet_csk_reset_xmit_timer(sk, icsk.icsk_rto);
}

/** tcp_probe_timer(): the zero-window probe timer — give up after tcp_retries2 unanswered probes, else probe again. */
export function* tcp_probe_timer(sk: Sock): Sim<void> {
  const tp = tcp_sk(sk);
  const icsk = inet_csk(sk);
  const skb = sk.sk_write_queue[0];
  frame({ sk, icsk, tp, skb });
  line`if (tp->packets_out || !skb) {`;
  if (tp.packets_out || skb === undefined) {
    line`icsk->icsk_probes_out = 0;`;
    icsk.icsk_probes_out = 0;
    line`return;#1`;
    return;
  }
  line`max_probes = sock_net(sk)->ipv4.sysctl_tcp_retries2;`;
  const max_probes = 15;
  frame.max_probes = max_probes;
  line`if (icsk->icsk_probes_out >= max_probes) {`;
  if (icsk.icsk_probes_out >= max_probes) {
    line`abort:		tcp_write_err(sk);`;
    yield* tcp_write_err(sk);
  } else {
    line`tcp_send_probe0(sk);`;
    yield* tcp_send_probe0(sk);
  }
}

/** tcp_write_timer_handler(): the write timer fired — the RTO (ICSK_TIME_RETRANS) or a zero-window probe (ICSK_TIME_PROBE0). */
export function* tcp_write_timer_handler(sk: Sock): Sim<void> {
  const icsk = inet_csk(sk);
  frame({ sk, icsk });
  line`if (((1 << sk->sk_state) & (TCPF_CLOSE | TCPF_LISTEN)) ||`;
  if (sk.sk_state === TCP_CLOSE || sk.sk_state === TCP_LISTEN || !icsk.icsk_pending) return;
  line`event = icsk->icsk_pending;`;
  const event = icsk.icsk_pending;
  frame.event = event;
  line`switch (event) {`;
  if (event === ICSK_TIME_RETRANS) {
    line`case ICSK_TIME_RETRANS:`;
    line`icsk->icsk_pending = 0;#1`;
    icsk.icsk_pending = 0;
    line`tcp_retransmit_timer(sk);`;
    yield* tcp_retransmit_timer(sk);
  } else if (event === ICSK_TIME_PROBE0) {
    line`case ICSK_TIME_PROBE0:`;
    line`icsk->icsk_pending = 0;#2`;
    icsk.icsk_pending = 0;
    line`tcp_probe_timer(sk);`;
    yield* tcp_probe_timer(sk);
  }
}
