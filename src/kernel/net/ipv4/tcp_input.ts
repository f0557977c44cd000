// net/ipv4/tcp_input.c: what TCP does with an arriving segment — the state machine
// (tcp_rcv_state_process), the listener's SYN (tcp_conn_request), the client's SYN-ACK
// (tcp_rcv_synsent_state_process), ACK processing, data, FIN and RST.

import { defineFn } from '../../sim/anchors';
import { at, E, enter, leave, Sim } from '../../sim/engine';
import type { SkBuff } from '../../include/linux/skbuff';
import { end_seq } from '../../include/linux/skbuff';
import { wake_up_interruptible } from '../../include/linux/net';
import { Sock, sock_flag, sock_set_flag, SOCK_DEAD, SOCK_DONE } from '../../include/net/sock';
import {
  inet_csk, inet_csk_ack_scheduled, inet_csk_schedule_ack, tcp_in_quickack_mode, ICSK_ACK_NOW,
  ICSK_ACK_PUSHED, ICSK_ACK_PUSHED2, TCP_ATO_MIN, TCP_MAX_QUICKACKS, TCP_PINGPONG_THRESH,
} from '../../include/net/inet_connection_sock';
import { tcp_sk } from '../../include/linux/tcp';
import { TcpRequestSock, inet_rsk } from '../../include/net/request_sock';
import { NET_INC_STATS } from '../../include/net/net_namespace';
import {
  TCP_CLOSE, TCP_CLOSE_WAIT, TCP_CLOSING, TCP_ESTABLISHED, TCP_FIN_WAIT1, TCP_FIN_WAIT2,
  TCP_LAST_ACK, TCP_LISTEN, TCP_SYN_RECV, TCP_SYN_SENT, TCP_TIME_WAIT, RCV_SHUTDOWN, SEND_SHUTDOWN,
} from '../../include/net/tcp_states';
import { ERRNO } from '../../include/uapi';
import { tcp_set_state, tcp_done } from './tcp';
import { __tcp_transmit_skb, SYN_ACK, tcp_send_ack, tcp_send_delayed_ack, tcp_select_window, inet_csk_clear_xmit_timer, inet_csk_reset_xmit_timer, traceReset, TCP_TIMEOUT_INIT, TCP_MSS_DEFAULT } from './tcp_output';
import { tcp_time_wait, TCP_TIMEWAIT_LEN } from './tcp_minisocks';
import { inet_csk_reqsk_queue_hash_add } from './inet_connection_sock';
import { tcp_v4_conn_request, tcp_v4_send_synack, secure_tcp_seq, tcp_listendrop } from './tcp_ipv4';
import { sk_acceptq_is_full } from '../core/sock';
import { cookie_v4_init_sequence } from './syncookies';

const { ECONNREFUSED, ECONNRESET, EPIPE } = ERRNO;

function before(a: number, b: number): boolean {
  return ((a - b) | 0) < 0;
}
function after(a: number, b: number): boolean {
  return before(b, a);
}

const ACK = defineFn('net/ipv4/tcp_input.c', 'tcp_ack', {
  prior: 'u32 prior_snd_una = tp->snd_una;',
  old: 'if (before(ack, prior_snd_una)) {',
  invalid: 'if (after(ack, tp->snd_nxt))',
  window: 'flag |= tcp_ack_update_window(sk, skb, ack, ack_seq);',
  una: 'tcp_snd_una_update(tp, ack);',
  clean: 'flag |= tcp_clean_rtx_queue(sk, prior_fack, prior_snd_una, &sack_state);',
  timer: 'if (flag & FLAG_SET_XMIT_TIMER) tcp_set_xmit_timer(sk);',
  ret: 'return 1;',
  oldret: 'return 0;',
  invret: 'return -1;',
});
/** tcp_ack(): an ACK moves snd_una; acknowledged segments leave the retransmit queue. */
export function* tcp_ack(sk: Sock, skb: SkBuff): Sim<number> {
  const tp = tcp_sk(sk);
  const th = skb.th!;
  const ack = th.ack_seq;
  const f = enter(ACK, { sk, skb, ack });
  try {
    if (at(ACK.prior)) yield;
    const prior_snd_una = tp.snd_una;
    f.vars.prior_snd_una = prior_snd_una;
    if (at(ACK.old)) yield;
    if (before(ack, prior_snd_una)) {
      if (at(ACK.oldret)) yield;
      return 0;
    }
    if (at(ACK.invalid)) yield;
    if (after(ack, tp.snd_nxt)) {
      if (at(ACK.invret)) yield;
      return -1;
    }
    if (at(ACK.window)) yield;
    tp.snd_wnd = th.window;
    tp.snd_wl1 = th.seq;
    if (at(ACK.una)) yield;
    tp.snd_una = ack;
    if (at(ACK.clean)) yield;
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
    if (at(ACK.timer)) yield;
    if (!tp.packets_out) inet_csk_clear_xmit_timer(sk);
    else if (ack !== prior_snd_una) inet_csk_reset_xmit_timer(sk, inet_csk(sk).icsk_rto);
    // senders blocked on a full send buffer could write again
    wake_up_interruptible(sk.sk_wq);
    if (at(ACK.ret)) yield;
    return 1;
  } finally {
    leave(f);
  }
}

const RESET = defineFn('net/ipv4/tcp_input.c', 'tcp_reset', {
  trace: 'trace_tcp_receive_reset(sk);',
  sw: 'switch (sk->sk_state) {',
  refused: 'sk->sk_err = ECONNREFUSED;',
  epipe: 'sk->sk_err = EPIPE;',
  reset: 'sk->sk_err = ECONNRESET;',
  purge: 'tcp_write_queue_purge(sk);',
  done: 'tcp_done(sk);',
  report: 'sk->sk_error_report(sk);',
});
/** tcp_reset(): the peer reset us — the error a blocked or later call will see depends on the state. */
export function* tcp_reset(sk: Sock): Sim<void> {
  const f = enter(RESET, { sk });
  try {
    if (at(RESET.trace)) yield;
    traceReset('tcp_receive_reset', sk);
    if (at(RESET.sw)) yield;
    switch (sk.sk_state) {
      case TCP_SYN_SENT:
        if (at(RESET.refused)) yield;
        sk.sk_err = ECONNREFUSED;
        break;
      case TCP_CLOSE_WAIT:
        if (at(RESET.epipe)) yield;
        sk.sk_err = EPIPE;
        break;
      case TCP_CLOSE:
        return;
      default:
        if (at(RESET.reset)) yield;
        sk.sk_err = ECONNRESET;
    }
    if (at(RESET.purge)) yield;
    tcp_sk(sk).tcp_rtx_queue = [];
    tcp_sk(sk).packets_out = 0;
    if (at(RESET.done)) yield;
    yield* tcp_done(sk);
    if (!sock_flag(sk, SOCK_DEAD)) {
      if (at(RESET.report)) yield;
      wake_up_interruptible(sk.sk_wq);
    }
  } finally {
    leave(f);
  }
}

const FIN = defineFn('net/ipv4/tcp_input.c', 'tcp_fin', {
  schedule: 'inet_csk_schedule_ack(sk);',
  shutdown: 'sk->sk_shutdown |= RCV_SHUTDOWN;',
  done: 'sock_set_flag(sk, SOCK_DONE);',
  sw: 'switch (sk->sk_state) {',
  closewait: 'tcp_set_state(sk, TCP_CLOSE_WAIT);',
  pingpong: 'inet_csk_enter_pingpong_mode(sk);',
  fw1ack: 'tcp_send_ack(sk);#1',
  closing: 'tcp_set_state(sk, TCP_CLOSING);',
  fw2ack: 'tcp_send_ack(sk);#2',
  timewait: 'tcp_time_wait(sk, TCP_TIME_WAIT, 0);',
  wake: 'sk->sk_state_change(sk);',
});
/** tcp_fin(): the peer will send no more — ESTABLISHED→CLOSE_WAIT, FIN_WAIT1→CLOSING, FIN_WAIT2→TIME_WAIT. */
export function* tcp_fin(sk: Sock): Sim<void> {
  const f = enter(FIN, { sk });
  try {
    if (at(FIN.schedule)) yield;
    inet_csk_schedule_ack(sk);
    if (at(FIN.shutdown)) yield;
    sk.sk_shutdown |= RCV_SHUTDOWN;
    if (at(FIN.done)) yield;
    sock_set_flag(sk, SOCK_DONE);
    if (at(FIN.sw)) yield;
    switch (sk.sk_state) {
      case TCP_SYN_RECV:
      case TCP_ESTABLISHED:
        if (at(FIN.closewait)) yield;
        yield* tcp_set_state(sk, TCP_CLOSE_WAIT);
        if (at(FIN.pingpong)) yield;
        inet_csk(sk).icsk_ack.pingpong = TCP_PINGPONG_THRESH;
        break;
      case TCP_FIN_WAIT1:
        if (at(FIN.fw1ack)) yield;
        yield* tcp_send_ack(sk);
        if (at(FIN.closing)) yield;
        yield* tcp_set_state(sk, TCP_CLOSING);
        break;
      case TCP_FIN_WAIT2:
        if (at(FIN.fw2ack)) yield;
        yield* tcp_send_ack(sk);
        if (at(FIN.timewait)) yield;
        yield* tcp_time_wait(sk, TCP_TIME_WAIT, 0);
        break;
      default:
        break;
    }
    if (!sock_flag(sk, SOCK_DEAD)) {
      if (at(FIN.wake)) yield;
      wake_up_interruptible(sk.sk_wq);
    }
  } finally {
    leave(f);
  }
}

const DATAQ = defineFn('net/ipv4/tcp_input.c', 'tcp_data_queue', {
  empty: 'if (TCP_SKB_CB(skb)->seq == TCP_SKB_CB(skb)->end_seq) {',
  inseq: 'if (TCP_SKB_CB(skb)->seq == tp->rcv_nxt) {',
  queue: 'eaten = tcp_queue_rcv(sk, skb, &fragstolen);',
  datarecv: 'if (skb->len) tcp_event_data_recv(sk, skb);',
  fin: 'if (TCP_SKB_CB(skb)->tcp_flags & TCPHDR_FIN) tcp_fin(sk);',
  ready: 'tcp_data_ready(sk);',
  old: 'if (!after(TCP_SKB_CB(skb)->end_seq, tp->rcv_nxt)) {',
  dupack: 'tcp_enter_quickack_mode(sk, TCP_MAX_QUICKACKS);',
});
/** tcp_data_queue(): in-order data goes to sk_receive_queue and rcv_nxt moves; a FIN is processed in order too. */
export function* tcp_data_queue(sk: Sock, skb: SkBuff): Sim<void> {
  const tp = tcp_sk(sk);
  const th = skb.th!;
  const f = enter(DATAQ, { sk, skb, tp });
  try {
    if (at(DATAQ.empty)) yield;
    if (!skb.len && !th.fin) return;
    if (at(DATAQ.inseq)) yield;
    if (th.seq === tp.rcv_nxt) {
      // tcp_queue_rcv(): append to sk_receive_queue and advance rcv_nxt
      if (at(DATAQ.queue)) yield;
      if (skb.len && !(sk.sk_shutdown & RCV_SHUTDOWN)) sk.sk_receive_queue.push(skb);
      tp.rcv_nxt = (tp.rcv_nxt + skb.len) >>> 0;
      if (skb.len) {
        if (at(DATAQ.datarecv)) yield;
        yield* tcp_event_data_recv(sk, skb);
      }
      if (at(DATAQ.fin)) yield;
      if (th.fin) {
        tp.rcv_nxt = (tp.rcv_nxt + 1) >>> 0;
        yield* tcp_fin(sk);
      }
      if (!sock_flag(sk, SOCK_DEAD)) {
        if (at(DATAQ.ready)) yield;
        wake_up_interruptible(sk.sk_wq);
      }
      return;
    }
    if (at(DATAQ.old)) yield;
    if (!after(end_seq(skb), tp.rcv_nxt)) {
      // a retransmission of what we already have: ACK it again at once
      if (at(DATAQ.dupack)) yield;
      tcp_incr_quickack(sk, TCP_MAX_QUICKACKS);
      inet_csk_schedule_ack(sk);
    }
    // out-of-order segments are not kept in this model (the link never reorders)
  } finally {
    leave(f);
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

const DATARECV = defineFn('net/ipv4/tcp_input.c', 'tcp_event_data_recv', {
  schedule: 'inet_csk_schedule_ack(sk);',
  measure: 'tcp_measure_rcv_mss(sk, skb);',
  first: 'if (!icsk->icsk_ack.ato) {',
  quick: 'tcp_incr_quickack(sk, TCP_MAX_QUICKACKS);#1',
  atomin: 'icsk->icsk_ack.ato = TCP_ATO_MIN;',
  fast: 'if (m <= TCP_ATO_MIN / 2) {',
  lrcv: 'icsk->icsk_ack.lrcvtime = now;',
});
/** tcp_event_data_recv(): new in-order data — an ACK is owed, and the delayed-ACK engine learns. */
function* tcp_event_data_recv(sk: Sock, skb: SkBuff): Sim<void> {
  const icsk = inet_csk(sk);
  const a = icsk.icsk_ack;
  const f = enter(DATARECV, { sk, skb, icsk });
  try {
    if (at(DATARECV.schedule)) yield;
    inet_csk_schedule_ack(sk);
    if (at(DATARECV.measure)) yield;
    tcp_measure_rcv_mss(sk, skb);
    const now = E.now;
    if (at(DATARECV.first)) yield;
    if (!a.ato) {
      if (at(DATARECV.quick)) yield;
      tcp_incr_quickack(sk, TCP_MAX_QUICKACKS);
      if (at(DATARECV.atomin)) yield;
      a.ato = TCP_ATO_MIN;
    } else {
      const m = now - a.lrcvtime;
      if (at(DATARECV.fast)) yield;
      if (m <= TCP_ATO_MIN / 2) {
        a.ato = Math.floor(a.ato / 2) + TCP_ATO_MIN / 2;
      } else if (m < a.ato) {
        a.ato = Math.min(Math.floor(a.ato / 2) + m, icsk.icsk_rto);
      } else if (m > icsk.icsk_rto) {
        tcp_incr_quickack(sk, TCP_MAX_QUICKACKS);
      }
    }
    if (at(DATARECV.lrcv)) yield;
    a.lrcvtime = now;
  } finally {
    leave(f);
  }
}

const ACKSND = defineFn('net/ipv4/tcp_input.c', '__tcp_ack_snd_check', {
  full: 'if (((tp->rcv_nxt - tp->rcv_wup) > inet_csk(sk)->icsk_ack.rcv_mss &&',
  quick: 'tcp_in_quickack_mode(sk) ||',
  now: 'tcp_send_ack(sk);',
  delayed: 'tcp_send_delayed_ack(sk);',
});
/** __tcp_ack_snd_check(): the owed ACK goes now (quick mode, a second full segment) or is delayed. */
function* __tcp_ack_snd_check(sk: Sock, ofo_possible: number): Sim<void> {
  const tp = tcp_sk(sk);
  const f = enter(ACKSND, { sk, ofo_possible, tp });
  try {
    const a = inet_csk(sk).icsk_ack;
    if (at(ACKSND.full)) yield;
    const twoSegments = ((tp.rcv_nxt - tp.rcv_wup) >>> 0) > a.rcv_mss && tcp_select_window(sk) >= tp.rcv_wnd;
    if (at(ACKSND.quick)) yield;
    if (twoSegments || tcp_in_quickack_mode(sk) || a.pending & ICSK_ACK_NOW) {
      if (at(ACKSND.now)) yield;
      yield* tcp_send_ack(sk);
      return;
    }
    if (at(ACKSND.delayed)) yield;
    yield* tcp_send_delayed_ack(sk);
  } finally {
    leave(f);
  }
}

/** tcp_ack_snd_check(): if this segment left an ACK owed, decide when to send it. */
function* tcp_ack_snd_check(sk: Sock): Sim<void> {
  if (!inet_csk_ack_scheduled(sk)) return;
  yield* __tcp_ack_snd_check(sk, 1);
}

const ESTAB = defineFn('net/ipv4/tcp_input.c', 'tcp_rcv_established', {
  fast: 'if ((tcp_flag_word(th) & TCP_HP_BITS) == tp->pred_flags &&',
  slow: 'slow_path:',
  validate: 'if (!tcp_validate_incoming(sk, skb, th, 1))',
  ack: 'if (tcp_ack(sk, skb, FLAG_SLOWPATH | FLAG_UPDATE_TS_RECENT) < 0)',
  data: 'tcp_data_queue(sk, skb);',
  acksnd: 'tcp_ack_snd_check(sk);',
});
/** tcp_rcv_established(): the ESTABLISHED receive path (this model always takes the slow path). */
export function* tcp_rcv_established(sk: Sock, skb: SkBuff): Sim<void> {
  const f = enter(ESTAB, { sk, skb });
  try {
    if (at(ESTAB.fast)) yield;
    if (at(ESTAB.slow)) yield;
    if (at(ESTAB.validate)) yield;
    if (!(yield* tcp_validate_incoming(sk, skb))) return;
    if (at(ESTAB.ack)) yield;
    if (skb.th!.ack && (yield* tcp_ack(sk, skb)) < 0) return;
    if (at(ESTAB.data)) yield;
    yield* tcp_data_queue(sk, skb);
    if (at(ESTAB.acksnd)) yield;
    yield* tcp_ack_snd_check(sk);
  } finally {
    leave(f);
  }
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
    NET_INC_STATS(sk.skc_net, 'TCPSYNChallenge');
    yield* tcp_send_ack(sk);
    return false;
  }
  if (!th.ack) return false;
  return true;
}

const FINISH = defineFn('net/ipv4/tcp_input.c', 'tcp_finish_connect', {
  state: 'tcp_set_state(sk, TCP_ESTABLISHED);',
  rxdst: 'icsk->icsk_af_ops->sk_rx_dst_set(sk, skb);',
  transfer: 'tcp_init_transfer(sk, BPF_SOCK_OPS_ACTIVE_ESTABLISHED_CB);',
  lsnd: 'tp->lsndtime = tcp_jiffies32;',
});
export function* tcp_finish_connect(sk: Sock, skb: SkBuff): Sim<void> {
  const f = enter(FINISH, { sk, skb });
  try {
    if (at(FINISH.state)) yield;
    yield* tcp_set_state(sk, TCP_ESTABLISHED);
    if (at(FINISH.rxdst)) yield;
    if (at(FINISH.transfer)) yield;
    if (at(FINISH.lsnd)) yield;
  } finally {
    leave(f);
  }
}

const SYNSENT = defineFn('net/ipv4/tcp_input.c', 'tcp_rcv_synsent_state_process', {
  ackbit: 'if (th->ack) {',
  range: 'if (!after(TCP_SKB_CB(skb)->ack_seq, tp->snd_una) ||',
  rst: 'if (th->rst) {',
  reset: 'tcp_reset(sk);',
  nosyn: 'if (!th->syn) goto discard_and_undo;',
  wl: 'tcp_init_wl(tp, TCP_SKB_CB(skb)->seq);',
  ack: 'tcp_ack(sk, skb, FLAG_SLOWPATH);',
  rcv_nxt: 'WRITE_ONCE(tp->rcv_nxt, TCP_SKB_CB(skb)->seq + 1);',
  snd_wnd: 'tp->snd_wnd = ntohs(th->window);',
  mss: 'tcp_sync_mss(sk, icsk->icsk_pmtu_cookie);',
  copied: 'WRITE_ONCE(tp->copied_seq, tp->rcv_nxt);',
  finish: 'tcp_finish_connect(sk, skb);',
  wake: 'sk->sk_state_change(sk);',
  delayed: 'if (sk->sk_write_pending ||',
  sendack: 'tcp_send_ack(sk);',
  ret: 'return -1;',
  simul: 'if (th->syn) {',
  synrecv: 'tcp_set_state(sk, TCP_SYN_RECV);',
  synack: 'tcp_send_synack(sk);',
  discard2: 'if (th->rst) goto discard_and_undo;',
  reset_and_undo: 'return 1;',
});
/** tcp_rcv_synsent_state_process(): the client's SYN-ACK (or RST, or a crossing SYN). */
export function* tcp_rcv_synsent_state_process(sk: Sock, skb: SkBuff): Sim<number> {
  const tp = tcp_sk(sk);
  const th = skb.th!;
  const f = enter(SYNSENT, { sk, skb, th, tp });
  try {
    if (at(SYNSENT.ackbit)) yield;
    if (th.ack) {
      if (at(SYNSENT.range)) yield;
      if (!after(th.ack_seq, tp.snd_una) || after(th.ack_seq, tp.snd_nxt)) {
        // an ACK for something we never sent: answer with a RST
        if (at(SYNSENT.reset_and_undo)) yield;
        return 1;
      }
      if (at(SYNSENT.rst)) yield;
      if (th.rst) {
        if (at(SYNSENT.reset)) yield;
        yield* tcp_reset(sk);
        return 0;
      }
      if (at(SYNSENT.nosyn)) yield;
      if (!th.syn) return 0;
      if (at(SYNSENT.wl)) yield;
      tp.snd_wl1 = th.seq;
      if (at(SYNSENT.ack)) yield;
      yield* tcp_ack(sk, skb);
      if (at(SYNSENT.rcv_nxt)) yield;
      tp.rcv_nxt = tp.rcv_wup = (th.seq + 1) >>> 0;
      if (at(SYNSENT.snd_wnd)) yield;
      tp.snd_wnd = th.window;
      if (at(SYNSENT.mss)) yield;
      tp.mss_cache = Math.min(th.options.mss ?? TCP_MSS_DEFAULT, tp.advmss);
      if (at(SYNSENT.copied)) yield;
      tp.copied_seq = tp.rcv_nxt;
      if (at(SYNSENT.finish)) yield;
      yield* tcp_finish_connect(sk, skb);
      if (!sock_flag(sk, SOCK_DEAD)) {
        // wakes the connect() sleeping in inet_wait_for_connect
        if (at(SYNSENT.wake)) yield;
        wake_up_interruptible(sk.sk_wq);
      }
      if (at(SYNSENT.delayed)) yield;
      if (at(SYNSENT.sendack)) yield;
      yield* tcp_send_ack(sk);
      if (at(SYNSENT.ret)) yield;
      return -1;
    }
    if (at(SYNSENT.discard2)) yield;
    if (th.rst) return 0;
    if (at(SYNSENT.simul)) yield;
    if (th.syn) {
      // crossing SYNs (simultaneous open)
      if (at(SYNSENT.synrecv)) yield;
      yield* tcp_set_state(sk, TCP_SYN_RECV);
      tp.rcv_nxt = tp.rcv_wup = (th.seq + 1) >>> 0;
      tp.snd_wnd = th.window;
      if (at(SYNSENT.synack)) yield;
      yield* __tcp_transmit_skb(sk, tp.snd_una, SYN_ACK);
      return -1;
    }
    return 0;
  } finally {
    leave(f);
  }
}

const RSP = defineFn('net/ipv4/tcp_input.c', 'tcp_rcv_state_process', {
  sw: 'switch (sk->sk_state) {#1',
  close: 'case TCP_CLOSE:',
  listen: 'case TCP_LISTEN:',
  lack: 'if (th->ack)',
  lrst: 'if (th->rst)',
  lsyn: 'if (th->syn) {',
  lfin: 'if (th->fin)',
  conn_request: 'acceptable = icsk->icsk_af_ops->conn_request(sk, skb) >= 0;',
  synsent: 'case TCP_SYN_SENT:',
  synsentproc: 'queued = tcp_rcv_synsent_state_process(sk, skb, th);',
  queued: 'if (queued >= 0)',
  flags: 'if (!th->ack && !th->rst && !th->syn)',
  validate: 'if (!tcp_validate_incoming(sk, skb, th, 0))',
  ack: 'acceptable = tcp_ack(sk, skb, FLAG_SLOWPATH |',
  notacceptable: 'if (!acceptable) {',
  sw2: 'switch (sk->sk_state) {#2',
  synrecv: 'case TCP_SYN_RECV:',
  copied: 'WRITE_ONCE(tp->copied_seq, tp->rcv_nxt);',
  established: 'tcp_set_state(sk, TCP_ESTABLISHED);',
  statechange: 'sk->sk_state_change(sk);',
  una: 'tp->snd_una = TCP_SKB_CB(skb)->ack_seq;',
  wnd: 'tp->snd_wnd = ntohs(th->window) << tp->rx_opt.snd_wscale;',
  fw1: 'case TCP_FIN_WAIT1: {',
  fw1check: 'if (tp->snd_una != tp->write_seq)',
  fw2: 'tcp_set_state(sk, TCP_FIN_WAIT2);',
  fw2shut: 'sk->sk_shutdown |= SEND_SHUTDOWN;',
  dead: 'if (!sock_flag(sk, SOCK_DEAD)) {',
  tmo: 'tmo = tcp_fin_time(sk);',
  fw2tw: 'tcp_time_wait(sk, TCP_FIN_WAIT2, tmo);',
  closing: 'case TCP_CLOSING:#1',
  closingtw: 'tcp_time_wait(sk, TCP_TIME_WAIT, 0);',
  lastack: 'case TCP_LAST_ACK:#1',
  lastackdone: 'tcp_done(sk);',
  sw3: 'switch (sk->sk_state) {#3',
  abortdata: 'tcp_reset(sk);',
  data: 'tcp_data_queue(sk, skb);',
  acksnd: 'tcp_ack_snd_check(sk);',
  ret: 'return 0;#3',
});
/** tcp_rcv_state_process(): the TCP state machine for every state but ESTABLISHED (and TIME_WAIT). 1 = send a RST. */
export function* tcp_rcv_state_process(sk: Sock, skb: SkBuff): Sim<number> {
  const tp = tcp_sk(sk);
  const icsk = inet_csk(sk);
  const th = skb.th!;
  const f = enter(RSP, { sk, skb, th, tp, icsk });
  try {
    if (at(RSP.sw)) yield;
    switch (sk.sk_state) {
      case TCP_CLOSE:
        if (at(RSP.close)) yield;
        return 0;
      case TCP_LISTEN:
        if (at(RSP.listen)) yield;
        if (at(RSP.lack)) yield;
        if (th.ack) return 1;
        if (at(RSP.lrst)) yield;
        if (th.rst) return 0;
        if (at(RSP.lsyn)) yield;
        if (th.syn) {
          if (at(RSP.lfin)) yield;
          if (th.fin) return 0;
          if (at(RSP.conn_request)) yield;
          const acceptable = (yield* tcp_v4_conn_request(sk, skb)) >= 0;
          f.vars.acceptable = acceptable;
          return acceptable ? 0 : 1;
        }
        return 0;
      case TCP_SYN_SENT: {
        if (at(RSP.synsent)) yield;
        if (at(RSP.synsentproc)) yield;
        const queued = yield* tcp_rcv_synsent_state_process(sk, skb);
        f.vars.queued = queued;
        if (at(RSP.queued)) yield;
        if (queued >= 0) return queued;
        return 0;
      }
    }
    if (at(RSP.flags)) yield;
    if (!th.ack && !th.rst && !th.syn) return 0;
    if (at(RSP.validate)) yield;
    if (!(yield* tcp_validate_incoming(sk, skb))) return 0;
    if (at(RSP.ack)) yield;
    const acceptable = (yield* tcp_ack(sk, skb)) > 0;
    f.vars.acceptable = acceptable;
    if (at(RSP.notacceptable)) yield;
    if (!acceptable) {
      if (sk.sk_state === TCP_SYN_RECV) return 1;
      yield* tcp_send_ack(sk); // challenge ACK
      return 0;
    }
    if (at(RSP.sw2)) yield;
    switch (sk.sk_state) {
      case TCP_SYN_RECV:
        if (at(RSP.synrecv)) yield;
        if (at(RSP.copied)) yield;
        tp.copied_seq = tp.rcv_nxt;
        if (at(RSP.established)) yield;
        yield* tcp_set_state(sk, TCP_ESTABLISHED);
        if (at(RSP.statechange)) yield;
        wake_up_interruptible(sk.sk_wq);
        if (at(RSP.una)) yield;
        tp.snd_una = th.ack_seq;
        if (at(RSP.wnd)) yield;
        tp.snd_wnd = th.window;
        break;
      case TCP_FIN_WAIT1: {
        if (at(RSP.fw1)) yield;
        if (at(RSP.fw1check)) yield;
        if (tp.snd_una !== tp.write_seq) break;
        if (at(RSP.fw2)) yield;
        yield* tcp_set_state(sk, TCP_FIN_WAIT2);
        if (at(RSP.fw2shut)) yield;
        sk.sk_shutdown |= SEND_SHUTDOWN;
        if (at(RSP.dead)) yield;
        if (!sock_flag(sk, SOCK_DEAD)) {
          wake_up_interruptible(sk.sk_wq);
          break;
        }
        if (at(RSP.tmo)) yield;
        const tmo = sk.skc_net.sysctl['net.ipv4.tcp_fin_timeout'] * 1_000_000;
        f.vars.tmo = tmo;
        if (!th.fin && tmo <= TCP_TIMEWAIT_LEN) {
          // an orphan (close() already returned): a timewait sock in substate FIN_WAIT2 takes over
          if (at(RSP.fw2tw)) yield;
          yield* tcp_time_wait(sk, TCP_FIN_WAIT2, tmo);
          return 0;
        }
        break;
      }
      case TCP_CLOSING:
        if (at(RSP.closing)) yield;
        if (tp.snd_una === tp.write_seq) {
          if (at(RSP.closingtw)) yield;
          yield* tcp_time_wait(sk, TCP_TIME_WAIT, 0);
          return 0;
        }
        break;
      case TCP_LAST_ACK:
        if (at(RSP.lastack)) yield;
        if (tp.snd_una === tp.write_seq) {
          if (at(RSP.lastackdone)) yield;
          yield* tcp_done(sk);
          return 0;
        }
        break;
    }
    if (at(RSP.sw3)) yield;
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
        NET_INC_STATS(sk.skc_net, 'TCPAbortOnData');
        if (at(RSP.abortdata)) yield;
        yield* tcp_reset(sk);
        return 1;
      }
    }
    if (process) {
      if (at(RSP.data)) yield;
      yield* tcp_data_queue(sk, skb);
    }
    if ((sk.sk_state as number) !== TCP_CLOSE) {
      if (at(RSP.acksnd)) yield;
      yield* tcp_ack_snd_check(sk);
    }
    if (at(RSP.ret)) yield;
    return 0;
  } finally {
    leave(f);
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

const CONNREQ = defineFn('net/ipv4/tcp_input.c', 'tcp_conn_request', {
  full: 'inet_csk_reqsk_queue_is_full(sk)) && !isn) {',
  flood: 'want_cookie = tcp_syn_flood_action(sk, rsk_ops->slab_name);',
  acceptq: 'if (sk_acceptq_is_full(sk)) {',
  overflow: 'NET_INC_STATS(sock_net(sk), LINUX_MIB_LISTENOVERFLOWS);',
  alloc: 'req = inet_reqsk_alloc(rsk_ops, sk, !want_cookie);',
  openreq: 'tcp_openreq_init(req, &tmp_opt, skb, sk);',
  initreq: 'af_ops->init_req(req, sk, skb);',
  route: 'dst = af_ops->route_req(sk, &fl, req);',
  isn: 'isn = af_ops->init_seq(skb);',
  cookie: 'isn = cookie_init_sequence(af_ops, sk, skb, &req->mss);',
  snt_isn: 'tcp_rsk(req)->snt_isn = isn;',
  hashadd: 'inet_csk_reqsk_queue_hash_add(sk, req,',
  synack: 'af_ops->send_synack(sk, dst, &fl, req, &foc,',
  cookiefree: 'reqsk_free(req);#1',
  cookieok: 'return 0;#1',
  ok: 'return 0;#2',
  drop: 'tcp_listendrop(sk);',
});
/**
 * tcp_conn_request(): a SYN to a listener. No socket is made: a request sock in TCP_NEW_SYN_RECV
 * goes into the *established* hash (the "half-open queue" is only a count, qlen), and a SYN-ACK goes out.
 */
export function* tcp_conn_request(sk: Sock, skb: SkBuff): Sim<number> {
  const net = sk.skc_net;
  const th = skb.th!;
  const icsk = inet_csk(sk);
  const f = enter(CONNREQ, { sk, skb });
  try {
    let want_cookie = false;
    f.vars.want_cookie = want_cookie;
    if (at(CONNREQ.full)) yield;
    // inet_csk_reqsk_queue_is_full(): qlen >= sk_max_ack_backlog in 5.4
    if (net.sysctl['net.ipv4.tcp_syncookies'] === 2 || icsk.icsk_accept_queue.qlen >= sk.sk_max_ack_backlog) {
      if (at(CONNREQ.flood)) yield;
      want_cookie = net.sysctl['net.ipv4.tcp_syncookies'] > 0;
      f.vars.want_cookie = want_cookie;
      NET_INC_STATS(net, want_cookie ? 'TCPReqQFullDoCookies' : 'TCPReqQFullDrop');
      if (!want_cookie) {
        if (at(CONNREQ.drop)) yield;
        tcp_listendrop(sk);
        return 0;
      }
    }
    if (at(CONNREQ.acceptq)) yield;
    if (yield* sk_acceptq_is_full(sk)) {
      if (at(CONNREQ.overflow)) yield;
      NET_INC_STATS(net, 'ListenOverflows');
      if (at(CONNREQ.drop)) yield;
      tcp_listendrop(sk);
      return 0;
    }
    if (at(CONNREQ.alloc)) yield;
    const req = inet_reqsk_alloc(sk);
    f.vars.req = req;
    if (at(CONNREQ.openreq)) yield;
    req.rcv_isn = th.seq;
    req.rcv_nxt = (th.seq + 1) >>> 0;
    req.mss = th.options.mss ?? TCP_MSS_DEFAULT;
    req.rsk_rcv_wnd = 65535;
    inet_rsk(req).ir_rmt_port = th.source;
    inet_rsk(req).ir_num = th.dest;
    if (at(CONNREQ.initreq)) yield;
    inet_rsk(req).ir_loc_addr = skb.iph.daddr;
    inet_rsk(req).ir_rmt_addr = skb.iph.saddr;
    if (at(CONNREQ.route)) yield;
    let isn: number;
    if (!want_cookie) {
      if (at(CONNREQ.isn)) yield;
      isn = secure_tcp_seq(net, skb.iph.daddr, skb.iph.saddr, th.dest, th.source);
    } else {
      if (at(CONNREQ.cookie)) yield;
      // cookie_init_sequence(): tcp_synq_overflow() stamps the listener (cookie ACKs are checked
      // for two minutes from now), then the cookie encodes the 4-tuple, the minute and the MSS
      const last = tcp_sk(sk).rx_opt.ts_recent_stamp;
      if (last < 0 || E.now > last + 1_000_000) tcp_sk(sk).rx_opt.ts_recent_stamp = E.now;
      NET_INC_STATS(net, 'SyncookiesSent');
      const c = yield* cookie_v4_init_sequence(sk, skb);
      isn = c.isn;
      req.mss = c.mss;
    }
    f.vars.isn = isn;
    if (at(CONNREQ.snt_isn)) yield;
    req.snt_isn = isn;
    if (!want_cookie) {
      if (at(CONNREQ.hashadd)) yield;
      yield* inet_csk_reqsk_queue_hash_add(sk, req, TCP_TIMEOUT_INIT);
    }
    if (at(CONNREQ.synack)) yield;
    yield* tcp_v4_send_synack(sk, req);
    if (want_cookie) {
      if (at(CONNREQ.cookiefree)) yield;
      req.freed = true;
      if (at(CONNREQ.cookieok)) yield;
      return 0;
    }
    if (at(CONNREQ.ok)) yield;
    return 0;
  } finally {
    leave(f);
  }
}

