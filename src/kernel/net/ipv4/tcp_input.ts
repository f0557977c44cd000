// net/ipv4/tcp_input.c: what TCP does with an arriving segment — the state machine
// (tcp_rcv_state_process), the listener's SYN (tcp_conn_request), the client's SYN-ACK
// (tcp_rcv_synsent_state_process), ACK processing, data, FIN and RST.

import { E, Sim } from '../../core/engine';
import { frame, line } from '../../core/mark';
import type { SkBuff } from '../../include/linux/skbuff';
import { end_seq, TCPCB_LOST, TCPCB_SACKED_RETRANS, TCPCB_EVER_RETRANS, tcp_skb_pcount, tcp_skb_mss } from '../../include/linux/skbuff';
import { Sock, sock_flag, sock_set_flag, sock_reset_flag, SOCK_DEAD, SOCK_DONE, SOCK_QUEUE_SHRUNK, SK_PACING_UNLIMITED } from '../../include/net/sock';
import {
  inet_csk, inet_csk_ack_scheduled, inet_csk_schedule_ack, tcp_in_quickack_mode, ICSK_ACK_NOW,
  ICSK_ACK_PUSHED, ICSK_ACK_PUSHED2, TCP_ATO_MIN, TCP_MAX_QUICKACKS, TCP_PINGPONG_THRESH, ICSK_TIME_PROBE0,
  TCP_CA_Open, TCP_CA_Disorder, TCP_CA_Recovery, TCP_CA_Loss, JIFFY, tcp_in_cwnd_reduction,
} from '../../include/net/inet_connection_sock';
import { tcp_sk, tcp_receive_window, before, after } from '../../include/linux/tcp';
import { TcpRequestSock, inet_rsk } from '../../include/net/request_sock';
import { MIB, NET_INC_STATS } from '../../include/net/net_namespace';
import {
  TCP_CLOSE, TCP_CLOSE_WAIT, TCP_CLOSING, TCP_ESTABLISHED, TCP_FIN_WAIT1, TCP_FIN_WAIT2,
  TCP_LAST_ACK, TCP_LISTEN, TCP_SYN_RECV, TCP_SYN_SENT, TCP_TIME_WAIT, RCV_SHUTDOWN, SEND_SHUTDOWN,
} from '../../include/net/tcp_states';
import { ERRNO } from '../../include/uapi';
import { tcp_set_state, tcp_done } from './tcp';
import {
  __tcp_transmit_skb, SYN_ACK, tcp_send_ack, tcp_send_delayed_ack, __tcp_select_window, inet_csk_clear_xmit_timer, inet_csk_reset_xmit_timer,
  traceTcpEvent, TCP_TIMEOUT_INIT, TCP_MSS_DEFAULT, TCP_RTO_MAX, TCP_RTO_MIN, TCP_SKB_TRUESIZE, tcp_packets_in_flight, tcp_xmit_retransmit_queue,
  tcp_reset_xmit_timer, tcp_probe0_when, tcp_push_pending_frames, tcp_select_initial_window, tcp_full_space, tcp_sync_mss, dst_metric_advmss, tcp_initialize_rcv_mss,
  tcp_fragment, tcp_trim_head, TCP_FRAG_IN_RTX_QUEUE,
} from './tcp_output';
import { ip_route_output_ports } from './route';
import { tcp_reno_cong_avoid, tcp_reno_ssthresh } from './tcp_cong';
import { sk_stream_write_space, SOCK_NOSPACE } from '../core/stream';
import { tcp_time_wait, TCP_TIMEWAIT_LEN } from './tcp_minisocks';
import { inet_csk_reqsk_queue_hash_add } from './inet_connection_sock';
import { tcp_v4_send_synack, secure_tcp_seq, tcp_listendrop } from './tcp_ipv4';
import { sk_acceptq_is_full, sock_def_error_report, sock_def_readable, sock_def_wakeup } from '../core/sock';
import { cookie_v4_init_sequence } from './syncookies';

const { ECONNREFUSED, ECONNRESET, EPIPE } = ERRNO;


// tcp_ack()'s flags (net/ipv4/tcp_input.c)
const FLAG_DATA = 0x01;
const FLAG_WIN_UPDATE = 0x02;
const FLAG_DATA_ACKED = 0x04;
const FLAG_RETRANS_DATA_ACKED = 0x08;
const FLAG_SYN_ACKED = 0x10;
const FLAG_SND_UNA_ADVANCED = 0x400;
const FLAG_SET_XMIT_TIMER = 0x1000;
const FLAG_ACKED = FLAG_DATA_ACKED | FLAG_SYN_ACKED;
const FLAG_NOT_DUP = FLAG_DATA | FLAG_WIN_UPDATE | FLAG_ACKED;
// tcp_fastretrans_alert()'s verdict: what tcp_xmit_recovery sends
const REXMIT_NONE = 0;
const REXMIT_LOST = 1;
/** tcp_ack()'s `rexmit`, which tcp_fastretrans_alert sets (one ACK is processed at a time: no object per ACK). */
let rexmit = REXMIT_NONE;

/**
 * tcp_ack(): process the acknowledgment of an incoming segment — take the window, free what it
 * covers from the retransmit queue, count duplicate ACKs towards fast retransmit, grow cwnd.
 */
export function* tcp_ack(sk: Sock, skb: SkBuff): Sim<number> {
  const tp = tcp_sk(sk);
  const icsk = inet_csk(sk);
  const th = skb.th!;
  const ack = th.ack_seq;
  const ack_seq = th.seq;
  frame({ sk, skb, ack });

  line`u32 prior_snd_una = tp->snd_una;`;
  const prior_snd_una = tp.snd_una;
  frame.prior_snd_una = prior_snd_una;
  const prior_packets = tp.packets_out;
  const prior_delivered = tp.delivered;
  let flag = 0;
  rexmit = REXMIT_NONE;
  line`if (before(ack, prior_snd_una)) {`;
  if (before(ack, prior_snd_una)) {
    line`goto old_ack;`;
    line`return 0;`;
    return 0;
  }
  line`if (after(ack, tp->snd_nxt))`;
  if (after(ack, tp.snd_nxt)) {
    line`return -1;#2`;
    return -1;
  }
  line`if (after(ack, prior_snd_una)) {`;
  if (after(ack, prior_snd_una)) {
    line`flag |= FLAG_SND_UNA_ADVANCED;`;
    flag |= FLAG_SND_UNA_ADVANCED;
    line`icsk->icsk_retransmits = 0;`;
    icsk.icsk_retransmits = 0;
  }
  line`flag |= tcp_ack_update_window(sk, skb, ack, ack_seq);`;
  // (the slow path: this model takes it for every segment)
  if (ack_seq !== end_seq(skb)) flag |= FLAG_DATA;
  flag |= tcp_ack_update_window(sk, skb, ack, ack_seq);
  icsk.icsk_probes_out = 0;
  line`if (!prior_packets)`;
  if (!prior_packets) {
    line`goto no_queue;`;
    line`tcp_ack_probe(sk);`;
    yield* tcp_ack_probe(sk);
    line`return 1;#2`;
    return 1;
  }
  line`flag |= tcp_clean_rtx_queue(sk, prior_fack, prior_snd_una, &sack_state);`;
  flag |= yield* tcp_clean_rtx_queue(sk, prior_snd_una);
  frame.flag = flag;
  line`if (flag & FLAG_SET_XMIT_TIMER)`;
  if (flag & FLAG_SET_XMIT_TIMER) {
    line`tcp_set_xmit_timer(sk);`;
    // tcp_rearm_rto(): nothing left in flight stops the timer, else it runs an RTO from now
    if (!tp.packets_out) inet_csk_clear_xmit_timer(sk);
    else inet_csk_reset_xmit_timer(sk, icsk.icsk_rto);
  }
  line`if (tcp_ack_is_dubious(sk, flag)) {`;
  if (!(flag & FLAG_NOT_DUP) || icsk.icsk_ca_state !== TCP_CA_Open) {
    // a duplicate ACK (nothing new ACKed, no data, the same window), or we are already in disorder or recovery
    let num_dupack = 0;
    line`if (!(flag & (FLAG_SND_UNA_ADVANCED | FLAG_NOT_DUP))) {`;
    if (!(flag & (FLAG_SND_UNA_ADVANCED | FLAG_NOT_DUP))) {
      line`num_dupack = 1;`;
      num_dupack = 1;
    }
    frame.num_dupack = num_dupack;
    line`tcp_fastretrans_alert(sk, prior_snd_una, num_dupack, &flag,#1`;
    flag = yield* tcp_fastretrans_alert(sk, prior_snd_una, num_dupack, flag);
  }
  line`delivered = tcp_newly_delivered(sk, delivered, flag);`;
  const delivered = tp.delivered - prior_delivered;
  frame.delivered = delivered;
  line`tcp_cong_control(sk, ack, delivered, flag, sack_state.rate);`;
  yield* tcp_cong_control(sk, ack, delivered, flag);
  line`tcp_xmit_recovery(sk, rexmit);#1`;
  if (rexmit !== REXMIT_NONE && sk.sk_state !== TCP_SYN_SENT) yield* tcp_xmit_retransmit_queue(sk);
  if (E.history !== null) E.history.cwnd(E.now, tp, 'ack'); // (the view's cwnd plot: history.ts)
  line`return 1;#1`;
  return 1;
}

/** tcp_ack_update_window(): take the peer's window when this segment is newer than the one it came from last. */
function tcp_ack_update_window(sk: Sock, skb: SkBuff, ack: number, ack_seq: number): number {
  const tp = tcp_sk(sk);
  const nwin = skb.th!.window;
  let flag = 0;
  // tcp_may_update_window(): new data ACKed, a newer segment, or the same one with a larger window
  if (after(ack, tp.snd_una) || after(ack_seq, tp.snd_wl1) || (ack_seq === tp.snd_wl1 && nwin > tp.snd_wnd)) {
    flag |= FLAG_WIN_UPDATE;
    tp.snd_wl1 = ack_seq;
    if (tp.snd_wnd !== nwin) {
      tp.snd_wnd = nwin;
      if (nwin > tp.max_window) {
        tp.max_window = nwin;
        // (a larger window may allow a larger segment: tcp_bound_to_half_wnd)
        tcp_sync_mss(sk, inet_csk(sk).icsk_pmtu_cookie);
      }
    }
  }
  // tcp_snd_una_update()
  tp.snd_una = ack;
  return flag;
}

/** tcp_ack_probe(): an ACK while nothing is in flight — if the window now takes the next segment, stop probing. */
function* tcp_ack_probe(sk: Sock): Sim<void> {
  const tp = tcp_sk(sk);
  const icsk = inet_csk(sk);
  const head = sk.sk_write_queue[0];
  frame({ sk, head });
  line`if (!head)`;
  if (head === undefined) return;
  line`if (!after(TCP_SKB_CB(head)->end_seq, tcp_wnd_end(tp))) {`;
  if (!after(end_seq(head), (tp.snd_una + tp.snd_wnd) >>> 0)) {
    line`icsk->icsk_backoff = 0;`;
    icsk.icsk_backoff = 0;
    line`inet_csk_clear_xmit_timer(sk, ICSK_TIME_PROBE0);`;
    inet_csk_clear_xmit_timer(sk);
  } else {
    line`} else {`;
    // still shut: the next probe after the backed-off interval
    line`unsigned long when = tcp_probe0_when(sk, TCP_RTO_MAX);`;
    line`tcp_reset_xmit_timer(sk, ICSK_TIME_PROBE0,`;
    tcp_reset_xmit_timer(sk, ICSK_TIME_PROBE0, tcp_probe0_when(sk, TCP_RTO_MAX));
  }
}

/** tcp_tso_acked(): the ACK covers the front of a GSO skb — trim it off; the segments that went. */
function* tcp_tso_acked(sk: Sock, skb: SkBuff): Sim<number> {
  const tp = tcp_sk(sk);
  frame({ sk, skb, tp });
  line`packets_acked = tcp_skb_pcount(skb);`;
  let packets_acked = tcp_skb_pcount(skb);
  line`if (tcp_trim_head(sk, skb, tp->snd_una - TCP_SKB_CB(skb)->seq))`;
  yield* tcp_trim_head(sk, skb, (tp.snd_una - skb.th!.seq) >>> 0);
  line`packets_acked -= tcp_skb_pcount(skb);`;
  packets_acked -= tcp_skb_pcount(skb);
  frame.packets_acked = packets_acked;
  line`return packets_acked;`;
  return packets_acked;
}

/**
 * tcp_clean_rtx_queue(): free the segments this ACK covers; count them (packets_out, delivered —
 * for Reno, less the duplicate ACKs they already counted) and say what was ACKed.
 */
function* tcp_clean_rtx_queue(sk: Sock, prior_snd_una: number): Sim<number> {
  const tp = tcp_sk(sk);
  frame({ sk, prior_snd_una, tp });
  let flag = 0;
  let pkts_acked = 0;
  let first_ackt = -1;
  const rtx = tp.tcp_rtx_queue;
  let i = 0;
  line`for (skb = skb_rb_first(&sk->tcp_rtx_queue); skb; skb = next) {`;
  for (; i < rtx.length; i++) {
    const skb = rtx[i];
    const th = skb.th!;
    let acked_pcount: number;
    let fully_acked = true;
    line`if (after(scb->end_seq, tp->snd_una)) {`;
    if (after(end_seq(skb), tp.snd_una)) {
      line`if (tcp_skb_pcount(skb) == 1 ||`;
      if (tcp_skb_pcount(skb) === 1 || !after(tp.snd_una, th.seq)) {
        line`break;#1`;
        break;
      }
      // a GSO skb ACKed in part: its front goes, the skb stays
      line`acked_pcount = tcp_tso_acked(sk, skb);`;
      acked_pcount = yield* tcp_tso_acked(sk, skb);
      line`if (!acked_pcount)`;
      if (!acked_pcount) {
        line`break;#2`;
        break;
      }
      line`fully_acked = false;`;
      fully_acked = false;
    } else {
      line`acked_pcount = tcp_skb_pcount(skb);`;
      acked_pcount = tcp_skb_pcount(skb);
    }
    if (skb.tcp_sacked & (TCPCB_SACKED_RETRANS | TCPCB_EVER_RETRANS)) {
      // (stepped only when the segment was retransmitted: the common case skips these checks)
      line`if (unlikely(sacked & TCPCB_RETRANS)) {`;
      line`if (sacked & TCPCB_SACKED_RETRANS)`;
      if (skb.tcp_sacked & TCPCB_SACKED_RETRANS) {
        line`tp->retrans_out -= acked_pcount;`;
        tp.retrans_out -= acked_pcount;
      }
      line`flag |= FLAG_RETRANS_DATA_ACKED;`;
      flag |= FLAG_RETRANS_DATA_ACKED;
    } else if (first_ackt < 0) {
      // (sent once: when it left times this ACK's round trip — Karn's rule skips retransmitted ones)
      first_ackt = skb.skb_mstamp;
    }
    if (skb.tcp_sacked & TCPCB_LOST) {
      line`if (sacked & TCPCB_LOST)`;
      line`tp->lost_out -= acked_pcount;`;
      tp.lost_out -= acked_pcount;
    }
    line`tp->packets_out -= acked_pcount;`;
    tp.packets_out -= acked_pcount;
    line`pkts_acked += acked_pcount;`;
    pkts_acked += acked_pcount;
    line`if (likely(!(scb->tcp_flags & TCPHDR_SYN))) {`;
    if (!th.syn) {
      line`flag |= FLAG_DATA_ACKED;`;
      flag |= FLAG_DATA_ACKED;
    } else {
      line`flag |= FLAG_SYN_ACKED;`;
      flag |= FLAG_SYN_ACKED;
      line`tp->retrans_stamp = 0;`;
      tp.retrans_stamp = 0;
    }
    line`if (!fully_acked)`;
    if (!fully_acked) {
      line`break;#3`;
      break;
    }
    line`tcp_rtx_queue_unlink_and_free(skb, sk);`;
    // (sk_wmem_free_skb: the send buffer shrank — tcp_check_space may wake a writer)
    if (!th.syn) sk.sk_wmem_queued -= TCP_SKB_TRUESIZE + skb.len;
    sock_set_flag(sk, SOCK_QUEUE_SHRUNK);
  }
  // (in place: the freed segments leave the front of the queue — no array made for them)
  if (i === rtx.length) rtx.length = 0;
  else if (i) {
    rtx.copyWithin(0, i);
    rtx.length -= i;
  }
  frame.pkts_acked = pkts_acked;
  line`rtt_update = tcp_ack_update_rtt(sk, flag, seq_rtt_us, sack_rtt_us,`;
  if (first_ackt >= 0 && !(flag & FLAG_RETRANS_DATA_ACKED)) tcp_ack_update_rtt(sk, E.now - first_ackt);
  line`if (flag & FLAG_ACKED) {`;
  if (flag & FLAG_ACKED) {
    flag |= FLAG_SET_XMIT_TIMER;
    line`tcp_remove_reno_sacks(sk, pkts_acked);`;
    // one ACK filled the hole; the rest of what it covers had been counted by duplicate ACKs
    tp.delivered += Math.max(pkts_acked - tp.sacked_out, 1);
    if (pkts_acked - 1 >= tp.sacked_out) tp.sacked_out = 0;
    else tp.sacked_out -= pkts_acked - 1;
  }
  if (!tp.packets_out) {
    tp.sacked_out = 0;
    tp.lost_out = 0;
    tp.retrans_out = 0;
  }
  line`return flag;`;
  return flag;
}

/** tcp_ack_update_rtt(): an RTT sample (µs) updates srtt and rttvar (tcp_rtt_estimator), then the RTO (tcp_set_rto). */
export function tcp_ack_update_rtt(sk: Sock, seq_rtt_us: number): void {
  if (seq_rtt_us < 0) return;
  tcp_rtt_estimator(sk, seq_rtt_us);
  // tcp_set_rto(): srtt + 4·mdev (rttvar at least TCP_RTO_MIN), in whole jiffies, at most TCP_RTO_MAX
  const tp = tcp_sk(sk);
  const rto = Math.ceil(((tp.srtt_us >> 3) + tp.rttvar_us) / JIFFY) * JIFFY;
  inet_csk(sk).icsk_rto = Math.min(rto, TCP_RTO_MAX);
  inet_csk(sk).icsk_backoff = 0;
}

/** tcp_rtt_estimator(): Jacobson/Karels — srtt = 7/8 srtt + 1/8 m, mdev = 3/4 mdev + 1/4 |err|; rttvar keeps the window's largest mdev, at least TCP_RTO_MIN. */
function tcp_rtt_estimator(sk: Sock, mrtt_us: number): void {
  const tp = tcp_sk(sk);
  let m = mrtt_us;
  let srtt = tp.srtt_us;
  if (srtt !== 0) {
    m -= srtt >> 3;
    srtt += m;
    if (m < 0) {
      m = -m;
      m -= tp.mdev_us >> 2;
      if (m > 0) m >>= 3;
    } else {
      m -= tp.mdev_us >> 2;
    }
    tp.mdev_us += m;
    if (tp.mdev_us > tp.mdev_max_us) {
      tp.mdev_max_us = tp.mdev_us;
      if (tp.mdev_max_us > tp.rttvar_us) tp.rttvar_us = tp.mdev_max_us;
    }
    if (after(tp.snd_una, tp.rtt_seq)) {
      if (tp.mdev_max_us < tp.rttvar_us) tp.rttvar_us -= (tp.rttvar_us - tp.mdev_max_us) >> 2;
      tp.rtt_seq = tp.snd_nxt;
      tp.mdev_max_us = TCP_RTO_MIN;
    }
  } else {
    srtt = m << 3;
    tp.mdev_us = m << 1;
    tp.rttvar_us = Math.max(tp.mdev_us, TCP_RTO_MIN);
    tp.mdev_max_us = tp.rttvar_us;
    tp.rtt_seq = tp.snd_nxt;
  }
  tp.srtt_us = Math.max(1, srtt);
}

/**
 * tcp_fastretrans_alert(): the loss-recovery state machine for one dubious ACK (Reno: no SACK) —
 * count the duplicate, leave recovery when high_seq is ACKed, mark the head lost after
 * tp->reordering (3) duplicates and enter Recovery; the caller then retransmits what is marked.
 */
function* tcp_fastretrans_alert(sk: Sock, prior_snd_una: number, num_dupack: number, flag: number): Sim<number> {
  const tp = tcp_sk(sk);
  const icsk = inet_csk(sk);
  frame({ sk, num_dupack, tp, icsk });

  line`if (!tp->packets_out && tp->sacked_out)`;
  if (!tp.packets_out && tp.sacked_out) tp.sacked_out = 0;
  line`if (icsk->icsk_ca_state == TCP_CA_Open) {`;
  if (icsk.icsk_ca_state === TCP_CA_Open) {
    line`tp->retrans_stamp = 0;`;
    tp.retrans_stamp = 0;
  } else if (!before(tp.snd_una, tp.high_seq)) {
    line`} else if (!before(tp->snd_una, tp->high_seq)) {`;
    line`switch (icsk->icsk_ca_state) {#1`;
    if (icsk.icsk_ca_state === TCP_CA_Recovery) {
      line`case TCP_CA_Recovery:#1`;
      line`tcp_reset_reno_sack(tp);#1`;
      tp.sacked_out = 0;
      line`if (tcp_try_undo_recovery(sk))`;
      // (no undo without timestamps or D-SACK; Reno holds Recovery until something above high_seq is ACKed)
      if (tp.snd_una === tp.high_seq) {
        line`return;#2`;
        return flag;
      }
      icsk.icsk_ca_state = TCP_CA_Open;
      line`tcp_end_cwnd_reduction(sk);#2`;
      tcp_end_cwnd_reduction(sk);
    }
  }
  line`switch (icsk->icsk_ca_state) {#2`;
  switch (icsk.icsk_ca_state) {
    case TCP_CA_Recovery:
      line`case TCP_CA_Recovery:#2`;
      line`if (!(flag & FLAG_SND_UNA_ADVANCED)) {`;
      if (!(flag & FLAG_SND_UNA_ADVANCED)) {
        line`tcp_add_reno_sack(sk, num_dupack);#1`;
        tcp_add_reno_sack(sk, num_dupack);
      }
      // a partial ACK (NewReno) marks the new head lost: tcp_identify_packet_loss → tcp_newreno_mark_lost
      line`tcp_identify_packet_loss(sk, ack_flag);#1`;
      yield* tcp_newreno_mark_lost(sk, !!(flag & FLAG_SND_UNA_ADVANCED));
      break;
    case TCP_CA_Loss:
      line`case TCP_CA_Loss:`;
      line`tcp_process_loss(sk, flag, num_dupack, rexmit);`;
      // (F-RTO off): leave Loss once everything sent before the timeout is ACKed
      if (!before(tp.snd_una, tp.high_seq)) {
        icsk.icsk_ca_state = TCP_CA_Open;
        return flag;
      }
      rexmit = REXMIT_LOST;
      return flag;
    default:
      line`if (tcp_is_reno(tp)) {`;
      line`if (flag & FLAG_SND_UNA_ADVANCED)`;
      if (flag & FLAG_SND_UNA_ADVANCED) tp.sacked_out = 0;
      line`tcp_add_reno_sack(sk, num_dupack);#2`;
      tcp_add_reno_sack(sk, num_dupack);
      frame.sacked_out = tp.sacked_out;
      line`tcp_identify_packet_loss(sk, ack_flag);#3`;
      yield* tcp_newreno_mark_lost(sk, !!(flag & FLAG_SND_UNA_ADVANCED));
      line`if (!tcp_time_to_recover(sk, flag)) {`;
      if (!tp.lost_out) {
        line`tcp_try_to_open(sk, flag);`;
        // tcp_try_keep_open(): Disorder while duplicate ACKs are counted, Open otherwise
        const state = tp.sacked_out || tp.lost_out || tp.retrans_out ? TCP_CA_Disorder : TCP_CA_Open;
        if (icsk.icsk_ca_state !== state) {
          icsk.icsk_ca_state = state;
          tp.high_seq = tp.snd_nxt;
        }
        line`return;#3`;
        return flag;
      }
      line`tcp_enter_recovery(sk, (flag & FLAG_ECE));`;
      yield* tcp_enter_recovery(sk);
  }
  line`*rexmit = REXMIT_LOST;`;
  rexmit = REXMIT_LOST;
  return flag;
}

/** tcp_add_reno_sack(): Reno counts each duplicate ACK as one segment that got through (sacked_out). */
function tcp_add_reno_sack(sk: Sock, num_dupack: number): void {
  const tp = tcp_sk(sk);
  if (!num_dupack) return;
  const prior = tp.sacked_out;
  tp.sacked_out = Math.min(tp.sacked_out + num_dupack, Math.max(tp.packets_out - 1, 0));
  if (tp.sacked_out > prior) tp.delivered += tp.sacked_out - prior;
}

/** tcp_newreno_mark_lost() (tcp_recovery.c): after `reordering` duplicates (or a partial ACK in Recovery) the head is lost. */
function* tcp_newreno_mark_lost(sk: Sock, snd_una_advanced: boolean): Sim<void> {
  const tp = tcp_sk(sk);
  const state = inet_csk(sk).icsk_ca_state;
  if ((state < TCP_CA_Recovery && tp.sacked_out >= tp.reordering) || (state === TCP_CA_Recovery && snd_una_advanced)) {
    const head = tp.tcp_rtx_queue[0];
    if (head === undefined || head.tcp_sacked & TCPCB_LOST) return;
    // only the head's first segment is lost: a GSO skb is cut after one MSS (tcp_fragment)
    const mss = tcp_skb_mss(head);
    if (tcp_skb_pcount(head) > 1 && head.len > mss) yield* tcp_fragment(sk, TCP_FRAG_IN_RTX_QUEUE, head, mss, mss);
    // tcp_skb_mark_lost_uncond_verify(): lost, and no longer counted as retransmitted
    head.tcp_sacked |= TCPCB_LOST;
    tp.lost_out += tcp_skb_pcount(head);
    if (head.tcp_sacked & TCPCB_SACKED_RETRANS) {
      head.tcp_sacked &= ~TCPCB_SACKED_RETRANS;
      tp.retrans_out -= tcp_skb_pcount(head);
    }
  }
}

/** tcp_enter_recovery(): fast retransmit — ssthresh halves (Reno), PRR will bring cwnd down to it. */
function* tcp_enter_recovery(sk: Sock): Sim<void> {
  const tp = tcp_sk(sk);
  const icsk = inet_csk(sk);
  frame({ sk, tp });
  line`NET_INC_STATS(sock_net(sk), mib_idx);`;
  NET_INC_STATS(sk.skc_net, MIB.TCPRenoRecovery);
  line`if (!tcp_in_cwnd_reduction(sk)) {`;
  if (!tcp_in_cwnd_reduction(sk)) {
    line`tcp_init_cwnd_reduction(sk);`;
    // tcp_init_cwnd_reduction(): high_seq = snd_nxt, ssthresh from the congestion control, PRR's counters zeroed
    tp.high_seq = tp.snd_nxt;
    tp.prior_cwnd = tp.snd_cwnd;
    tp.prr_delivered = 0;
    tp.prr_out = 0;
    tp.snd_ssthresh = tcp_reno_ssthresh(sk);
  }
  line`tcp_set_ca_state(sk, TCP_CA_Recovery);`;
  icsk.icsk_ca_state = TCP_CA_Recovery;
}

/** tcp_end_cwnd_reduction(): recovery is over — cwnd is ssthresh. */
function tcp_end_cwnd_reduction(sk: Sock): void {
  const tp = tcp_sk(sk);
  if (tp.snd_ssthresh < 0x7fffffff) {
    tp.snd_cwnd = tp.snd_ssthresh;
    tp.snd_cwnd_stamp = E.now;
  }
}

/**
 * tcp_cwnd_reduction(): proportional rate reduction (RFC 6937) in Recovery — cwnd comes down
 * towards ssthresh in step with what is delivered, so ACKs keep clocking segments out.
 */
function tcp_cwnd_reduction(sk: Sock, newly_acked_sacked: number, flag: number): void {
  const tp = tcp_sk(sk);
  let sndcnt = 0;
  const delta = tp.snd_ssthresh - tcp_packets_in_flight(tp);
  if (newly_acked_sacked <= 0 || !tp.prior_cwnd) return;
  tp.prr_delivered += newly_acked_sacked;
  if (delta < 0) {
    sndcnt = Math.floor((tp.snd_ssthresh * tp.prr_delivered + tp.prior_cwnd - 1) / tp.prior_cwnd) - tp.prr_out;
  } else if (flag & FLAG_RETRANS_DATA_ACKED) {
    sndcnt = Math.min(delta, Math.max(tp.prr_delivered - tp.prr_out, newly_acked_sacked) + 1);
  } else {
    sndcnt = Math.min(delta, newly_acked_sacked);
  }
  sndcnt = Math.max(sndcnt, tp.prr_out ? 0 : 1);
  tp.snd_cwnd = tcp_packets_in_flight(tp) + sndcnt;
}

/** tcp_enter_loss(): the RTO fired — every segment in flight is lost, ssthresh halves, cwnd is one more than what is in flight (1). */
export function* tcp_enter_loss(sk: Sock): Sim<void> {
  const tp = tcp_sk(sk);
  const icsk = inet_csk(sk);
  frame({ sk, tp, icsk });
  line`tcp_timeout_mark_lost(sk);`;
  // every segment of the retransmit queue is lost now; none counts as retransmitted or duplicate-ACKed
  tp.retrans_out = 0;
  tp.sacked_out = 0;
  tp.lost_out = 0;
  for (const skb of tp.tcp_rtx_queue) {
    skb.tcp_sacked = (skb.tcp_sacked & ~TCPCB_SACKED_RETRANS) | TCPCB_LOST;
    tp.lost_out += tcp_skb_pcount(skb);
  }
  line`if (icsk->icsk_ca_state <= TCP_CA_Disorder ||`;
  if (icsk.icsk_ca_state <= TCP_CA_Disorder || !after(tp.high_seq, tp.snd_una) || (icsk.icsk_ca_state === TCP_CA_Loss && !icsk.icsk_retransmits)) {
    line`tp->prior_cwnd = tp->snd_cwnd;`;
    tp.prior_cwnd = tp.snd_cwnd;
    line`tp->snd_ssthresh = icsk->icsk_ca_ops->ssthresh(sk);`;
    tp.snd_ssthresh = tcp_reno_ssthresh(sk);
  }
  line`tp->snd_cwnd	   = tcp_packets_in_flight(tp) + 1;`;
  tp.snd_cwnd = tcp_packets_in_flight(tp) + 1;
  line`tp->snd_cwnd_cnt   = 0;`;
  tp.snd_cwnd_cnt = 0;
  line`tcp_set_ca_state(sk, TCP_CA_Loss);`;
  icsk.icsk_ca_state = TCP_CA_Loss;
  line`tp->high_seq = tp->snd_nxt;`;
  tp.high_seq = tp.snd_nxt;
}

/** tcp_cong_control(): in Recovery cwnd shrinks by PRR; otherwise, if data was ACKed in order, congestion avoidance grows it. */
function* tcp_cong_control(sk: Sock, ack: number, acked_sacked: number, flag: number): Sim<void> {
  if (tcp_in_cwnd_reduction(sk)) {
    tcp_cwnd_reduction(sk, acked_sacked, flag);
  } else if (flag & FLAG_DATA_ACKED) {
    // tcp_may_raise_cwnd() → tcp_cong_avoid() → icsk_ca_ops->cong_avoid = tcp_reno_cong_avoid
    yield* tcp_reno_cong_avoid(sk, ack, acked_sacked);
    tcp_sk(sk).snd_cwnd_stamp = E.now;
  }
  tcp_update_pacing_rate(sk);
}

/** net.ipv4.tcp_pacing_ss_ratio and tcp_pacing_ca_ratio (v5.4's defaults, percent). */
const TCP_PACING_SS_RATIO = 200;
const TCP_PACING_CA_RATIO = 120;

/**
 * tcp_update_pacing_rate(): sk_pacing_rate = mss·cwnd/srtt, doubled in slow start (below half
 * ssthresh), 1.2× after — what tcp_tso_autosize sizes GSO packets by (nothing paces here: no fq).
 */
export function tcp_update_pacing_rate(sk: Sock): void {
  const tp = tcp_sk(sk);
  let rate = tp.mss_cache * ((1_000_000 / 100) * 8);
  rate *= tp.snd_cwnd < tp.snd_ssthresh / 2 ? TCP_PACING_SS_RATIO : TCP_PACING_CA_RATIO;
  rate *= Math.max(tp.snd_cwnd, tp.packets_out);
  if (tp.srtt_us) rate = Math.floor(rate / tp.srtt_us);
  sk.sk_pacing_rate = Math.min(rate, SK_PACING_UNLIMITED);
}

/** tcp_reset(): the peer reset us — the error a blocked or later call will see depends on the state. */
export function* tcp_reset(sk: Sock): Sim<void> {
  line`trace_tcp_receive_reset(sk);`;
  traceTcpEvent('tcp_receive_reset', sk);
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
    line`if (tcp_receive_window(tp) == 0) {`;
    if (skb.len && tcp_receive_window(tp) === 0) {
      // the window we advertised is shut: this is a probe's byte or an overrun — drop it, ACK at once
      line`goto out_of_window;#1`;
      line`tcp_enter_quickack_mode(sk, TCP_MAX_QUICKACKS);`;
      tcp_incr_quickack(sk, TCP_MAX_QUICKACKS);
      inet_csk_schedule_ack(sk);
      return;
    }
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
    line`if (!RB_EMPTY_ROOT(&tp->out_of_order_queue)) {`;
    if (tp.out_of_order_queue.length) {
      line`tcp_ofo_queue(sk);`;
      yield* tcp_ofo_queue(sk);
      // (RFC 5681 4.2: the hole is filled — ACK at once)
      line`if (RB_EMPTY_ROOT(&tp->out_of_order_queue))`;
      if (!tp.out_of_order_queue.length) {
        line`inet_csk(sk)->icsk_ack.pending |= ICSK_ACK_NOW;`;
        inet_csk(sk).icsk_ack.pending |= ICSK_ACK_NOW;
      }
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
    return;
  }
  // (beyond the window, or overlapping rcv_nxt: not produced by this model's senders)
  line`tcp_data_queue_ofo(sk, skb);`;
  yield* tcp_data_queue_ofo(sk, skb);
}

/** tcp_data_queue_ofo(): a segment after a hole — keep it, in sequence order, until the hole is filled; ACK at once. */
function* tcp_data_queue_ofo(sk: Sock, skb: SkBuff): Sim<void> {
  const tp = tcp_sk(sk);
  const q = tp.out_of_order_queue;
  frame({ sk, skb, tp });
  line`inet_csk_schedule_ack(sk);`;
  inet_csk_schedule_ack(sk);
  line`NET_INC_STATS(sock_net(sk), LINUX_MIB_TCPOFOQUEUE);`;
  NET_INC_STATS(sk.skc_net, MIB.TCPOFOQueue);
  const seq = skb.th!.seq;
  const end = end_seq(skb);
  line`seq = TCP_SKB_CB(skb)->seq;`;
  line`end_seq = TCP_SKB_CB(skb)->end_seq;`;
  frame.seq = seq;
  frame.end_seq = end;
  line`if (RB_EMPTY_ROOT(&tp->out_of_order_queue)) {`;
  if (!q.length) {
    line`rb_insert_color(&skb->rbnode, &tp->out_of_order_queue);#1`;
    q.push(skb);
    line`goto end;`;
    return;
  }
  // (the rbtree walk: insert in sequence order; a segment we already hold is dropped)
  line`if (!before(seq, TCP_SKB_CB(tp->ooo_last_skb)->end_seq)) {`;
  let i = q.length;
  while (i > 0 && after(q[i - 1].th!.seq, seq)) i--;
  if (i > 0 && !after(end, end_seq(q[i - 1])) && !before(seq, q[i - 1].th!.seq)) {
    line`tcp_drop(sk, skb);#2`;
    return;
  }
  line`insert:`;
  q.splice(i, 0, skb);
}

/** tcp_ofo_queue(): after rcv_nxt moved, the out-of-order segments now in order go to the receive queue. */
function* tcp_ofo_queue(sk: Sock): Sim<void> {
  const tp = tcp_sk(sk);
  const q = tp.out_of_order_queue;
  frame({ sk, tp });
  line`p = rb_first(&tp->out_of_order_queue);`;
  line`while (p) {`;
  while (q.length) {
    const skb = q[0];
    frame.skb = skb;
    line`if (after(TCP_SKB_CB(skb)->seq, tp->rcv_nxt))`;
    if (after(skb.th!.seq, tp.rcv_nxt)) {
      line`break;#1`;
      break;
    }
    line`rb_erase(&skb->rbnode, &tp->out_of_order_queue);`;
    q.shift();
    line`if (unlikely(!after(TCP_SKB_CB(skb)->end_seq, tp->rcv_nxt))) {`;
    if (!after(end_seq(skb), tp.rcv_nxt)) {
      line`tcp_drop(sk, skb);`;
      continue;
    }
    // (a segment overlapping rcv_nxt keeps only its new bytes in view: copied_seq/rcv_nxt do the arithmetic)
    line`tcp_rcv_nxt_update(tp, TCP_SKB_CB(skb)->end_seq);`;
    const fin = skb.th!.fin;
    tp.rcv_nxt = end_seq(skb);
    line`__skb_queue_tail(&sk->sk_receive_queue, skb);`;
    if (skb.len) sk.sk_receive_queue.push(skb);
    line`if (unlikely(fin)) {`;
    if (fin) {
      line`tcp_fin(sk);`;
      yield* tcp_fin(sk);
      line`break;#2`;
      break;
    }
  }
}

/** tcp_check_space(): ACKs freed send buffer — if a writer found it full, tcp_new_space wakes it. */
function* tcp_check_space(sk: Sock): Sim<void> {
  frame({ sk });
  line`if (sock_flag(sk, SOCK_QUEUE_SHRUNK)) {`;
  if (sock_flag(sk, SOCK_QUEUE_SHRUNK)) {
    line`sock_reset_flag(sk, SOCK_QUEUE_SHRUNK);`;
    sock_reset_flag(sk, SOCK_QUEUE_SHRUNK);
    line`test_bit(SOCK_NOSPACE, &sk->sk_socket->flags)) {`;
    if (sk.sk_socket !== null && sk.sk_socket.flags & SOCK_NOSPACE) {
      line`tcp_new_space(sk);`;
      // tcp_new_space(): grow sk_sndbuf with cwnd (tcp_sndbuf_expand) while cwnd is not full, then sk->sk_write_space
      if (tcp_packets_in_flight(tcp_sk(sk)) < tcp_sk(sk).snd_cwnd) tcp_sndbuf_expand(sk);
      yield* sk_stream_write_space(sk);
    }
  }
}

/**
 * tcp_sndbuf_expand(): room for two windows of cwnd (at least 10) segments, each costing a
 * power-of-two buffer of MSS + MAX_TCP_HEADER + skb_shared_info plus the sk_buff (4096 + 256 for
 * MSS 1460), up to tcp_wmem[2] (4 MB).
 */
export function tcp_sndbuf_expand(sk: Sock): void {
  const tp = tcp_sk(sk);
  let per_mss = Math.max(tp.rx_opt.mss_clamp, tp.mss_cache) + 320 + 320;
  // (roundup_pow_of_two in integers: 2 ** Math.ceil(Math.log2(n)) was two calls into the math
  // library per connection end, and a double where sk_sndbuf keeps small integers)
  per_mss = (1 << (32 - Math.clz32(per_mss - 1))) + 256;
  const nr_segs = Math.max(10, tp.snd_cwnd, tp.reordering + 1);
  const sndmem = 2 * nr_segs * per_mss;
  if (sk.sk_sndbuf < sndmem) sk.sk_sndbuf = Math.min(sndmem, 4194304);
}

/** tcp_data_snd_check(): an ACK came in — send what the queue holds now that the windows moved, and wake a writer. */
function* tcp_data_snd_check(sk: Sock): Sim<void> {
  line`tcp_push_pending_frames(sk);`;
  yield* tcp_push_pending_frames(sk);
  line`tcp_check_space(sk);`;
  yield* tcp_check_space(sk);
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
  // (a GSO packet — over lo, which never cuts one — counts by its segments' size)
  const len = skb.gso_size || skb.len;
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
  const twoSegments = ((tp.rcv_nxt - tp.rcv_wup) >>> 0) > a.rcv_mss && (tp.rcv_nxt === tp.copied_seq || __tcp_select_window(sk) >= tp.rcv_wnd);
  line`tcp_in_quickack_mode(sk) ||`;
  if (twoSegments || tcp_in_quickack_mode(sk) || a.pending & ICSK_ACK_NOW) {
    line`tcp_send_ack(sk);`;
    yield* tcp_send_ack(sk);
    return;
  }
  line`if (!ofo_possible || RB_EMPTY_ROOT(&tp->out_of_order_queue)) {`;
  if (!ofo_possible || !tp.out_of_order_queue.length) {
    line`tcp_send_delayed_ack(sk);`;
    yield* tcp_send_delayed_ack(sk);
    return;
  }
  // a hole in the sequence: without SACK, ACK every out-of-order segment at once (a duplicate ACK)
  line`if (!tcp_is_sack(tp) ||`;
  line`goto send_now;`;
  line`tcp_send_ack(sk);`;
  yield* tcp_send_ack(sk);
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
  line`tcp_data_snd_check(sk);`;
  yield* tcp_data_snd_check(sk);
  line`tcp_ack_snd_check(sk);`;
  yield* tcp_ack_snd_check(sk);
}

/** tcp_validate_incoming(), reduced: sequence check and RST handling (RFC 5961's exact-match rule). */
function* tcp_validate_incoming(sk: Sock, skb: SkBuff): Sim<boolean> {
  const tp = tcp_sk(sk);
  const th = skb.th!;
  // tcp_sequence(): not wholly before what we last advertised, not beyond the window's right edge
  const in_window = !before(end_seq(skb), tp.rcv_wup) && !after(th.seq, (tp.rcv_nxt + tcp_receive_window(tp)) >>> 0);
  if (!in_window && !th.rst && !th.syn) {
    // out of window (an old duplicate, a zero-window probe): a duplicate ACK tells the peer where we are —
    // for a bare ACK at most one per sysctl_tcp_invalid_ratelimit (500 ms, tcp_oow_rate_limited)
    const pure = th.seq === end_seq(skb);
    if (!pure || tp.last_oow_ack_time < 0 || E.now - tp.last_oow_ack_time >= 500_000) {
      if (pure) tp.last_oow_ack_time = E.now;
      // tcp_send_dupack(): data we already have asks for a quick ACK as well
      if (!pure && before(th.seq, tp.rcv_nxt)) tcp_incr_quickack(sk, TCP_MAX_QUICKACKS);
      yield* tcp_send_ack(sk);
    }
    return false;
  }
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
  tcp_init_transfer(sk);
  line`tp->lsndtime = tcp_jiffies32;`;
}

/**
 * tcp_init_transfer(): the connection is established — congestion control starts afresh (no
 * cached metrics: ssthresh infinite; cwnd 10, or 1 if the handshake needed more than one
 * retransmission — RFC 5681 4.1) and the send buffer is sized for it (tcp_sndbuf_expand).
 */
function tcp_init_transfer(sk: Sock): void {
  const tp = tcp_sk(sk);
  const icsk = inet_csk(sk);
  tp.snd_ssthresh = 0x7fffffff;
  tp.snd_cwnd = tp.total_retrans > 1 ? 1 : 10;
  tp.snd_cwnd_stamp = E.now;
  icsk.icsk_ca_state = TCP_CA_Open;
  tp.lost_out = 0;
  tp.retrans_out = 0;
  tp.sacked_out = 0;
  tcp_sndbuf_expand(sk);
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
    // (tcp_parse_options, at the top: the peer's MSS option is the most we may send)
    tp.rx_opt.mss_clamp = th.options.mss ?? TCP_MSS_DEFAULT;
    line`tcp_init_wl(tp, TCP_SKB_CB(skb)->seq);`;
    tp.snd_wl1 = th.seq;
    line`tcp_ack(sk, skb, FLAG_SLOWPATH);`;
    yield* tcp_ack(sk, skb);
    line`WRITE_ONCE(tp->rcv_nxt, TCP_SKB_CB(skb)->seq + 1);`;
    tp.rcv_nxt = tp.rcv_wup = (th.seq + 1) >>> 0;
    line`tp->snd_wnd = ntohs(th->window);`;
    tp.snd_wnd = th.window;
    line`tcp_sync_mss(sk, icsk->icsk_pmtu_cookie);`;
    tcp_sync_mss(sk, inet_csk(sk).icsk_pmtu_cookie);
    line`tcp_initialize_rcv_mss(sk);`;
    tcp_initialize_rcv_mss(sk);
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
      // (tcp_init_transfer: the initial congestion window and send buffer; tcp_initialize_rcv_mss)
      tcp_init_transfer(sk);
      tcp_initialize_rcv_mss(sk);
      line`tcp_set_state(sk, TCP_ESTABLISHED);`;
      yield* tcp_set_state(sk, TCP_ESTABLISHED);
      line`sk->sk_state_change(sk);`;
      yield* sock_def_wakeup(sk);
      line`tp->snd_una = TCP_SKB_CB(skb)->ack_seq;`;
      tp.snd_una = th.ack_seq;
      line`tp->snd_wnd = ntohs(th->window) << tp->rx_opt.snd_wscale;`;
      tp.snd_wnd = th.window;
      line`if (!inet_csk(sk)->icsk_ca_ops->cong_control)`;
      line`tcp_update_pacing_rate(sk);`;
      tcp_update_pacing_rate(sk);
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
    line`tcp_data_snd_check(sk);`;
    yield* tcp_data_snd_check(sk);
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
  // (tcp_openreq_init_rwin, after the route: tcp_select_initial_window on the listener's buffer and
  // the route's MSS — the SYN-ACK's window)
  const rwin = tcp_select_initial_window(tcp_full_space(sk), dst_metric_advmss(ip_route_output_ports(net, skb.iph.saddr)), tcp_sk(sk).window_clamp);
  req.rsk_rcv_wnd = rwin.rcv_wnd;
  req.rsk_window_clamp = rwin.window_clamp;
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

