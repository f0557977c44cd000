// net/ipv4/tcp_input.c: what TCP does with an arriving segment — the state machine
// (tcp_rcv_state_process), the listener's SYN (tcp_conn_request), the client's SYN-ACK
// (tcp_rcv_synsent_state_process), ACK processing, data, FIN and RST.

import { E, Sim } from '../../core/engine';
import { frame, line } from '../../core/mark';
import type { SkBuff } from '../../include/linux/skbuff';
import { end_seq } from '../../include/linux/skbuff';
import { Sock, sock_flag, sock_set_flag, SOCK_DEAD, SOCK_DONE } from '../../include/net/sock';
import {
  inet_csk, inet_csk_ack_scheduled, inet_csk_schedule_ack, tcp_in_quickack_mode, ICSK_ACK_NOW,
  ICSK_ACK_PUSHED, ICSK_ACK_PUSHED2, TCP_ATO_MIN, TCP_MAX_QUICKACKS, TCP_PINGPONG_THRESH,
} from '../../include/net/inet_connection_sock';
import { tcp_sk } from '../../include/linux/tcp';
import { TcpRequestSock, inet_rsk } from '../../include/net/request_sock';
import { MIB, NET_INC_STATS } from '../../include/net/net_namespace';
import {
  TCP_CLOSE, TCP_CLOSE_WAIT, TCP_CLOSING, TCP_ESTABLISHED, TCP_FIN_WAIT1, TCP_FIN_WAIT2,
  TCP_LAST_ACK, TCP_LISTEN, TCP_SYN_RECV, TCP_SYN_SENT, TCP_TIME_WAIT, RCV_SHUTDOWN, SEND_SHUTDOWN,
} from '../../include/net/tcp_states';
import { ERRNO } from '../../include/uapi';
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

/** tcp_ack(): an ACK moves snd_una; acknowledged segments leave the retransmit queue. */
export function* tcp_ack(sk: Sock, skb: SkBuff): Sim<number> {
  const tp = tcp_sk(sk);
  const th = skb.th!;
  const ack = th.ack_seq;
  frame({ sk, skb, ack });

  line`u32 prior_snd_una = tp->snd_una;`;
  const prior_snd_una = tp.snd_una;
  frame.prior_snd_una = prior_snd_una;
  line`if (before(ack, prior_snd_una)) {`;
  if (before(ack, prior_snd_una)) {
    line`return 0;`;
    return 0;
  }
  line`if (after(ack, tp->snd_nxt))`;
  if (after(ack, tp.snd_nxt)) {
    line`return -1;`;
    return -1;
  }
  line`flag |= tcp_ack_update_window(sk, skb, ack, ack_seq);`;
  tp.snd_wnd = th.window;
  tp.snd_wl1 = th.seq;
  line`tcp_snd_una_update(tp, ack);`;
  tp.snd_una = ack;
  line`flag |= tcp_clean_rtx_queue(sk, prior_fack, prior_snd_una, &sack_state);`;
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
  line`if (flag & FLAG_SET_XMIT_TIMER)`;
  if (!tp.packets_out) inet_csk_clear_xmit_timer(sk);
  else if (ack !== prior_snd_una) inet_csk_reset_xmit_timer(sk, inet_csk(sk).icsk_rto);
  // senders blocked on a full send buffer could write again
  // (tcp_check_space → sk_stream_write_space, EPOLLOUT, would wake a writer that found the send
  // buffer full, SOCK_NOSPACE: the simulated send buffer never fills, so an ACK wakes no one)
  line`return 1;`;
  return 1;
}

/** tcp_reset(): the peer reset us — the error a blocked or later call will see depends on the state. */
export function* tcp_reset(sk: Sock): Sim<void> {
  line`trace_tcp_receive_reset(sk);`;
  traceReset('tcp_receive_reset', sk);
  line`switch (sk->sk_state) {`;
  switch (sk.sk_state) {
    case TCP_SYN_SENT:
      line`sk->sk_err = ECONNREFUSED;`;
      sk.sk_err = ECONNREFUSED;
      break;
    case TCP_CLOSE_WAIT:
      line`sk->sk_err = EPIPE;`;
      sk.sk_err = EPIPE;
      break;
    case TCP_CLOSE:
      return;
    default:
      line`sk->sk_err = ECONNRESET;`;
      sk.sk_err = ECONNRESET;
  }
  line`tcp_write_queue_purge(sk);`;
  tcp_sk(sk).tcp_rtx_queue = [];
  tcp_sk(sk).packets_out = 0;
  line`tcp_done(sk);`;
  yield* tcp_done(sk);
  if (!sock_flag(sk, SOCK_DEAD)) {
    line`sk->sk_error_report(sk);`;
    yield* sock_def_error_report(sk);
  }
}

/** tcp_fin(): the peer will send no more — ESTABLISHED→CLOSE_WAIT, FIN_WAIT1→CLOSING, FIN_WAIT2→TIME_WAIT. */
export function* tcp_fin(sk: Sock): Sim<void> {
  line`inet_csk_schedule_ack(sk);`;
  inet_csk_schedule_ack(sk);
  line`sk->sk_shutdown |= RCV_SHUTDOWN;`;
  sk.sk_shutdown |= RCV_SHUTDOWN;
  line`sock_set_flag(sk, SOCK_DONE);`;
  sock_set_flag(sk, SOCK_DONE);
  line`switch (sk->sk_state) {`;
  switch (sk.sk_state) {
    case TCP_SYN_RECV:
    case TCP_ESTABLISHED:
      line`tcp_set_state(sk, TCP_CLOSE_WAIT);`;
      yield* tcp_set_state(sk, TCP_CLOSE_WAIT);
      line`inet_csk_enter_pingpong_mode(sk);`;
      inet_csk(sk).icsk_ack.pingpong = TCP_PINGPONG_THRESH;
      break;
    case TCP_FIN_WAIT1:
      line`tcp_send_ack(sk);#1`;
      yield* tcp_send_ack(sk);
      line`tcp_set_state(sk, TCP_CLOSING);`;
      yield* tcp_set_state(sk, TCP_CLOSING);
      break;
    case TCP_FIN_WAIT2:
      line`tcp_send_ack(sk);#2`;
      yield* tcp_send_ack(sk);
      line`tcp_time_wait(sk, TCP_TIME_WAIT, 0);`;
      yield* tcp_time_wait(sk, TCP_TIME_WAIT, 0);
      break;
    default:
      break;
  }
  if (!sock_flag(sk, SOCK_DEAD)) {
    line`sk->sk_state_change(sk);`;
    yield* sock_def_wakeup(sk);
  }
}

/** tcp_data_queue(): in-order data goes to sk_receive_queue and rcv_nxt moves; a FIN is processed in order too. */
export function* tcp_data_queue(sk: Sock, skb: SkBuff): Sim<void> {
  const tp = tcp_sk(sk);
  const th = skb.th!;
  frame({ sk, skb, tp });

  line`if (TCP_SKB_CB(skb)->seq == TCP_SKB_CB(skb)->end_seq) {`;
  if (!skb.len && !th.fin) return;
  line`if (TCP_SKB_CB(skb)->seq == tp->rcv_nxt) {`;
  if (th.seq === tp.rcv_nxt) {
    // tcp_queue_rcv(): append to sk_receive_queue and advance rcv_nxt
    line`eaten = tcp_queue_rcv(sk, skb, &fragstolen);`;
    if (skb.len && !(sk.sk_shutdown & RCV_SHUTDOWN)) sk.sk_receive_queue.push(skb);
    tp.rcv_nxt = (tp.rcv_nxt + skb.len) >>> 0;
    if (skb.len) {
      line`if (skb->len)`;
      yield* tcp_event_data_recv(sk, skb);
    }
    line`if (TCP_SKB_CB(skb)->tcp_flags & TCPHDR_FIN)`;
    if (th.fin) {
      tp.rcv_nxt = (tp.rcv_nxt + 1) >>> 0;
      yield* tcp_fin(sk);
    }
    if (!sock_flag(sk, SOCK_DEAD)) {
      line`tcp_data_ready(sk);`;
      yield* sock_def_readable(sk);
    }
    return;
  }
  line`if (!after(TCP_SKB_CB(skb)->end_seq, tp->rcv_nxt)) {`;
  if (!after(end_seq(skb), tp.rcv_nxt)) {
    // a retransmission of what we already have: ACK it again at once
    line`tcp_enter_quickack_mode(sk, TCP_MAX_QUICKACKS);`;
    tcp_incr_quickack(sk, TCP_MAX_QUICKACKS);
    inet_csk_schedule_ack(sk);
  }
  // out-of-order segments are not kept in this model (the link never reorders)
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

/** tcp_event_data_recv(): new in-order data — an ACK is owed, and the delayed-ACK engine learns. */
function* tcp_event_data_recv(sk: Sock, skb: SkBuff): Sim<void> {
  const icsk = inet_csk(sk);
  const a = icsk.icsk_ack;
  frame({ sk, skb, icsk });

  line`inet_csk_schedule_ack(sk);`;
  inet_csk_schedule_ack(sk);
  line`tcp_measure_rcv_mss(sk, skb);`;
  tcp_measure_rcv_mss(sk, skb);
  const now = E.now;
  line`if (!icsk->icsk_ack.ato) {`;
  if (!a.ato) {
    line`tcp_incr_quickack(sk, TCP_MAX_QUICKACKS);#1`;
    tcp_incr_quickack(sk, TCP_MAX_QUICKACKS);
    line`icsk->icsk_ack.ato = TCP_ATO_MIN;`;
    a.ato = TCP_ATO_MIN;
  } else {
    const m = now - a.lrcvtime;
    line`if (m <= TCP_ATO_MIN / 2) {`;
    if (m <= TCP_ATO_MIN / 2) {
      a.ato = Math.floor(a.ato / 2) + TCP_ATO_MIN / 2;
    } else if (m < a.ato) {
      a.ato = Math.min(Math.floor(a.ato / 2) + m, icsk.icsk_rto);
    } else if (m > icsk.icsk_rto) {
      tcp_incr_quickack(sk, TCP_MAX_QUICKACKS);
    }
  }
  line`icsk->icsk_ack.lrcvtime = now;`;
  a.lrcvtime = now;
}

/** __tcp_ack_snd_check(): the owed ACK goes now (quick mode, a second full segment) or is delayed. */
function* __tcp_ack_snd_check(sk: Sock, ofo_possible: number): Sim<void> {
  const tp = tcp_sk(sk);
  frame({ sk, ofo_possible, tp });

  const a = inet_csk(sk).icsk_ack;
  line`if (((tp->rcv_nxt - tp->rcv_wup) > inet_csk(sk)->icsk_ack.rcv_mss &&`;
  const twoSegments = ((tp.rcv_nxt - tp.rcv_wup) >>> 0) > a.rcv_mss && tcp_select_window(sk) >= tp.rcv_wnd;
  line`tcp_in_quickack_mode(sk) ||`;
  if (twoSegments || tcp_in_quickack_mode(sk) || a.pending & ICSK_ACK_NOW) {
    line`tcp_send_ack(sk);`;
    yield* tcp_send_ack(sk);
    return;
  }
  line`tcp_send_delayed_ack(sk);`;
  yield* tcp_send_delayed_ack(sk);
}

/** tcp_ack_snd_check(): if this segment left an ACK owed, decide when to send it. */
function* tcp_ack_snd_check(sk: Sock): Sim<void> {
  if (!inet_csk_ack_scheduled(sk)) return;
  yield* __tcp_ack_snd_check(sk, 1);
}

/** tcp_rcv_established(): the ESTABLISHED receive path (this model always takes the slow path). */
export function* tcp_rcv_established(sk: Sock, skb: SkBuff): Sim<void> {
  line`if ((tcp_flag_word(th) & TCP_HP_BITS) == tp->pred_flags &&`;
  line`slow_path:`;
  line`if (!tcp_validate_incoming(sk, skb, th, 1))`;
  if (!(yield* tcp_validate_incoming(sk, skb))) return;
  line`if (tcp_ack(sk, skb, FLAG_SLOWPATH | FLAG_UPDATE_TS_RECENT) < 0)`;
  if (skb.th!.ack && (yield* tcp_ack(sk, skb)) < 0) return;
  line`tcp_data_queue(sk, skb);`;
  yield* tcp_data_queue(sk, skb);
  line`tcp_ack_snd_check(sk);`;
  yield* tcp_ack_snd_check(sk);
}

/** tcp_validate_incoming(), reduced: sequence check and RST handling (RFC 5961's exact-match rule). */
function* tcp_validate_incoming(sk: Sock, skb: SkBuff): Sim<boolean> {
  const tp = tcp_sk(sk);
  const th = skb.th!;
  if (th.rst) {
    if (th.seq === tp.rcv_nxt) yield* tcp_reset(sk);
    // other in-window RSTs get a challenge ACK in Linux; out-of-window ones are dropped
    else if (after(th.seq, tp.rcv_nxt) && before(th.seq, tp.rcv_nxt + 65535)) yield* tcp_send_ack(sk);
    return false;
  }
  if (th.syn) {
    // RFC 5961 4.2: a SYN on a synchronized connection gets a challenge ACK, nothing more
    NET_INC_STATS(sk.skc_net, MIB.TCPSYNChallenge);
    yield* tcp_send_ack(sk);
    return false;
  }
  if (!th.ack) return false;
  return true;
}

export function* tcp_finish_connect(sk: Sock, skb: SkBuff): Sim<void> {
  line`tcp_set_state(sk, TCP_ESTABLISHED);`;
  yield* tcp_set_state(sk, TCP_ESTABLISHED);
  line`icsk->icsk_af_ops->sk_rx_dst_set(sk, skb);`;
  line`tcp_init_transfer(sk, BPF_SOCK_OPS_ACTIVE_ESTABLISHED_CB);`;
  line`tp->lsndtime = tcp_jiffies32;`;
}

/** tcp_rcv_synsent_state_process(): the client's SYN-ACK (or RST, or a crossing SYN). */
export function* tcp_rcv_synsent_state_process(sk: Sock, skb: SkBuff): Sim<number> {
  const tp = tcp_sk(sk);
  const th = skb.th!;
  frame({ sk, skb, th, tp });

  line`if (th->ack) {`;
  if (th.ack) {
    line`if (!after(TCP_SKB_CB(skb)->ack_seq, tp->snd_una) ||`;
    if (!after(th.ack_seq, tp.snd_una) || after(th.ack_seq, tp.snd_nxt)) {
      // an ACK for something we never sent: answer with a RST
      line`return 1;`;
      return 1;
    }
    line`if (th->rst) {#1`;
    if (th.rst) {
      line`tcp_reset(sk);`;
      yield* tcp_reset(sk);
      return 0;
    }
    line`if (!th->syn)`;
    if (!th.syn) return 0;
    line`tcp_init_wl(tp, TCP_SKB_CB(skb)->seq);`;
    tp.snd_wl1 = th.seq;
    line`tcp_ack(sk, skb, FLAG_SLOWPATH);`;
    yield* tcp_ack(sk, skb);
    line`WRITE_ONCE(tp->rcv_nxt, TCP_SKB_CB(skb)->seq + 1);`;
    tp.rcv_nxt = tp.rcv_wup = (th.seq + 1) >>> 0;
    line`tp->snd_wnd = ntohs(th->window);`;
    tp.snd_wnd = th.window;
    line`tcp_sync_mss(sk, icsk->icsk_pmtu_cookie);`;
    tp.mss_cache = Math.min(th.options.mss ?? TCP_MSS_DEFAULT, tp.advmss);
    line`WRITE_ONCE(tp->copied_seq, tp->rcv_nxt);`;
    tp.copied_seq = tp.rcv_nxt;
    line`tcp_finish_connect(sk, skb);`;
    yield* tcp_finish_connect(sk, skb);
    if (!sock_flag(sk, SOCK_DEAD)) {
      // wakes the connect() sleeping in inet_wait_for_connect
      line`sk->sk_state_change(sk);`;
      yield* sock_def_wakeup(sk);
    }
    line`if (sk->sk_write_pending ||`;
    line`tcp_send_ack(sk);`;
    yield* tcp_send_ack(sk);
    line`return -1;`;
    return -1;
  }
  line`if (th->rst) {#2`;
  if (th.rst) {
    line`goto discard_and_undo;#2`;
    return 0;
  }
  line`if (th->syn) {`;
  if (th.syn) {
    // crossing SYNs (simultaneous open)
    line`tcp_set_state(sk, TCP_SYN_RECV);`;
    yield* tcp_set_state(sk, TCP_SYN_RECV);
    tp.rcv_nxt = tp.rcv_wup = (th.seq + 1) >>> 0;
    tp.snd_wnd = th.window;
    line`tcp_send_synack(sk);`;
    yield* __tcp_transmit_skb(sk, tp.snd_una, SYN_ACK);
    return -1;
  }
  return 0;
}

/** tcp_rcv_state_process(): the TCP state machine for every state but ESTABLISHED (and TIME_WAIT). 1 = send a RST. */
export function* tcp_rcv_state_process(sk: Sock, skb: SkBuff): Sim<number> {
  const tp = tcp_sk(sk);
  const icsk = inet_csk(sk);
  const th = skb.th!;
  frame({ sk, skb, th, tp, icsk });

  line`switch (sk->sk_state) {#1`;
  switch (sk.sk_state) {
    case TCP_CLOSE:
      line`case TCP_CLOSE:`;
      return 0;
    case TCP_LISTEN:
      line`case TCP_LISTEN:`;
      line`if (th->ack)`;
      if (th.ack) return 1;
      line`if (th->rst)`;
      if (th.rst) return 0;
      line`if (th->syn) {`;
      if (th.syn) {
        line`if (th->fin)`;
        if (th.fin) return 0;
        line`acceptable = icsk->icsk_af_ops->conn_request(sk, skb) >= 0;`;
        const acceptable = (yield* inet_csk(sk).icsk_af_ops!.conn_request(sk, skb)) >= 0;
        frame.acceptable = acceptable;
        return acceptable ? 0 : 1;
      }
      return 0;
    case TCP_SYN_SENT: {
      line`case TCP_SYN_SENT:`;
      line`queued = tcp_rcv_synsent_state_process(sk, skb, th);`;
      const queued = yield* tcp_rcv_synsent_state_process(sk, skb);
      frame.queued = queued;
      line`if (queued >= 0)`;
      if (queued >= 0) return queued;
      return 0;
    }
  }
  line`if (!th->ack && !th->rst && !th->syn)`;
  if (!th.ack && !th.rst && !th.syn) return 0;
  line`if (!tcp_validate_incoming(sk, skb, th, 0))`;
  if (!(yield* tcp_validate_incoming(sk, skb))) return 0;
  line`acceptable = tcp_ack(sk, skb, FLAG_SLOWPATH |`;
  const acceptable = (yield* tcp_ack(sk, skb)) > 0;
  frame.acceptable = acceptable;
  line`if (!acceptable) {`;
  if (!acceptable) {
    if (sk.sk_state === TCP_SYN_RECV) return 1;
    yield* tcp_send_ack(sk); // challenge ACK
    return 0;
  }
  line`switch (sk->sk_state) {#2`;
  switch (sk.sk_state) {
    case TCP_SYN_RECV:
      line`case TCP_SYN_RECV:`;
      line`WRITE_ONCE(tp->copied_seq, tp->rcv_nxt);`;
      tp.copied_seq = tp.rcv_nxt;
      line`tcp_set_state(sk, TCP_ESTABLISHED);`;
      yield* tcp_set_state(sk, TCP_ESTABLISHED);
      line`sk->sk_state_change(sk);`;
      yield* sock_def_wakeup(sk);
      line`tp->snd_una = TCP_SKB_CB(skb)->ack_seq;`;
      tp.snd_una = th.ack_seq;
      line`tp->snd_wnd = ntohs(th->window) << tp->rx_opt.snd_wscale;`;
      tp.snd_wnd = th.window;
      break;
    case TCP_FIN_WAIT1: {
      line`case TCP_FIN_WAIT1: {`;
      line`if (tp->snd_una != tp->write_seq)`;
      if (tp.snd_una !== tp.write_seq) break;
      line`tcp_set_state(sk, TCP_FIN_WAIT2);`;
      yield* tcp_set_state(sk, TCP_FIN_WAIT2);
      line`sk->sk_shutdown |= SEND_SHUTDOWN;`;
      sk.sk_shutdown |= SEND_SHUTDOWN;
      line`if (!sock_flag(sk, SOCK_DEAD)) {`;
      if (!sock_flag(sk, SOCK_DEAD)) {
        yield* sock_def_wakeup(sk);
        break;
      }
      line`tmo = tcp_fin_time(sk);`;
      const tmo = sk.skc_net.sysctl['net.ipv4.tcp_fin_timeout'] * 1_000_000;
      frame.tmo = tmo;
      if (!th.fin && tmo <= TCP_TIMEWAIT_LEN) {
        // an orphan (close() already returned): a timewait sock in substate FIN_WAIT2 takes over
        line`tcp_time_wait(sk, TCP_FIN_WAIT2, tmo);`;
        yield* tcp_time_wait(sk, TCP_FIN_WAIT2, tmo);
        return 0;
      }
      break;
    }
    case TCP_CLOSING:
      line`case TCP_CLOSING:#1`;
      if (tp.snd_una === tp.write_seq) {
        line`tcp_time_wait(sk, TCP_TIME_WAIT, 0);`;
        yield* tcp_time_wait(sk, TCP_TIME_WAIT, 0);
        return 0;
      }
      break;
    case TCP_LAST_ACK:
      line`case TCP_LAST_ACK:#1`;
      if (tp.snd_una === tp.write_seq) {
        line`tcp_done(sk);`;
        yield* tcp_done(sk);
        return 0;
      }
      break;
  }
  line`switch (sk->sk_state) {#3`;
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
      line`tcp_reset(sk);`;
      yield* tcp_reset(sk);
      return 1;
    }
  }
  if (process) {
    line`tcp_data_queue(sk, skb);`;
    yield* tcp_data_queue(sk, skb);
  }
  if ((sk.sk_state as number) !== TCP_CLOSE) {
    line`tcp_ack_snd_check(sk);`;
    yield* tcp_ack_snd_check(sk);
  }
  line`return 0;#3`;
  return 0;
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

/**
 * tcp_conn_request(): a SYN to a listener. No socket is made: a request sock in TCP_NEW_SYN_RECV
 * goes into the *established* hash (the "half-open queue" is only a count, qlen), and a SYN-ACK goes out.
 */
export function* tcp_conn_request(sk: Sock, skb: SkBuff): Sim<number> {
  const net = sk.skc_net;
  const th = skb.th!;
  const icsk = inet_csk(sk);
  frame({ sk, skb });

  let want_cookie = false;
  frame.want_cookie = want_cookie;
  line`inet_csk_reqsk_queue_is_full(sk)) && !isn) {`;
  // inet_csk_reqsk_queue_is_full(): qlen >= sk_max_ack_backlog in 5.4
  if (net.sysctl['net.ipv4.tcp_syncookies'] === 2 || icsk.icsk_accept_queue.qlen >= sk.sk_max_ack_backlog) {
    line`want_cookie = tcp_syn_flood_action(sk, rsk_ops->slab_name);`;
    want_cookie = net.sysctl['net.ipv4.tcp_syncookies'] > 0;
    frame.want_cookie = want_cookie;
    NET_INC_STATS(net, want_cookie ? MIB.TCPReqQFullDoCookies : MIB.TCPReqQFullDrop);
    if (!want_cookie) {
      line`tcp_listendrop(sk);`;
      tcp_listendrop(sk);
      return 0;
    }
  }
  line`if (sk_acceptq_is_full(sk)) {`;
  if (yield* sk_acceptq_is_full(sk)) {
    line`NET_INC_STATS(sock_net(sk), LINUX_MIB_LISTENOVERFLOWS);`;
    NET_INC_STATS(net, MIB.ListenOverflows);
    line`tcp_listendrop(sk);`;
    tcp_listendrop(sk);
    return 0;
  }
  line`req = inet_reqsk_alloc(rsk_ops, sk, !want_cookie);`;
  const req = inet_reqsk_alloc(sk);
  frame.req = req;
  line`tcp_openreq_init(req, &tmp_opt, skb, sk);`;
  req.rcv_isn = th.seq;
  req.rcv_nxt = (th.seq + 1) >>> 0;
  req.mss = th.options.mss ?? TCP_MSS_DEFAULT;
  req.rsk_rcv_wnd = 65535;
  inet_rsk(req).ir_rmt_port = th.source;
  inet_rsk(req).ir_num = th.dest;
  line`af_ops->init_req(req, sk, skb);`;
  inet_rsk(req).ir_loc_addr = skb.iph.daddr;
  inet_rsk(req).ir_rmt_addr = skb.iph.saddr;
  line`dst = af_ops->route_req(sk, &fl, req);`;
  let isn: number;
  if (!want_cookie) {
    line`isn = af_ops->init_seq(skb);`;
    isn = secure_tcp_seq(net, skb.iph.daddr, skb.iph.saddr, th.dest, th.source);
  } else {
    line`isn = cookie_init_sequence(af_ops, sk, skb, &req->mss);`;
    // cookie_init_sequence(): tcp_synq_overflow() stamps the listener (cookie ACKs are checked
    // for two minutes from now), then the cookie encodes the 4-tuple, the minute and the MSS
    const last = tcp_sk(sk).rx_opt.ts_recent_stamp;
    if (last < 0 || E.now > last + 1_000_000) tcp_sk(sk).rx_opt.ts_recent_stamp = E.now;
    NET_INC_STATS(net, MIB.SyncookiesSent);
    const c = yield* cookie_v4_init_sequence(sk, skb);
    isn = c.isn;
    req.mss = c.mss;
  }
  frame.isn = isn;
  line`tcp_rsk(req)->snt_isn = isn;`;
  req.snt_isn = isn;
  if (!want_cookie) {
    line`inet_csk_reqsk_queue_hash_add(sk, req,`;
    yield* inet_csk_reqsk_queue_hash_add(sk, req, TCP_TIMEOUT_INIT);
  }
  line`af_ops->send_synack(sk, dst, &fl, req, &foc,`;
  yield* tcp_v4_send_synack(sk, req);
  if (want_cookie) {
    line`reqsk_free(req);#1`;
    req.freed = true;
    line`return 0;#1`;
    return 0;
  }
  line`return 0;#2`;
  return 0;
}

