// generated — do not edit. Written by scripts/gen-kernel.ts from src/kernel/net/ipv4/tcp_input.ts
// @ts-nocheck
// net/ipv4/tcp_input.c: what TCP does with an arriving segment — the state machine
// (tcp_rcv_state_process), the listener's SYN (tcp_conn_request), the client's SYN-ACK
// (tcp_rcv_synsent_state_process), ACK processing, data, FIN and RST.

import { E, Sim } from '../../../core/engine';
import { at, enter, leave } from '../../../core/engine';
import { defineFn } from '../../../core/anchors';
import type { SkBuff } from '../../../include/linux/skbuff';
import { end_seq, TCPCB_LOST, TCPCB_SACKED_RETRANS, TCPCB_EVER_RETRANS } from '../../../include/linux/skbuff';
import { Sock, sock_flag, sock_set_flag, sock_reset_flag, SOCK_DEAD, SOCK_DONE, SOCK_QUEUE_SHRUNK } from '../../../include/net/sock';
import {
  inet_csk, inet_csk_ack_scheduled, inet_csk_schedule_ack, tcp_in_quickack_mode, ICSK_ACK_NOW,
  ICSK_ACK_PUSHED, ICSK_ACK_PUSHED2, TCP_ATO_MIN, TCP_MAX_QUICKACKS, TCP_PINGPONG_THRESH, ICSK_TIME_PROBE0,
  TCP_CA_Open, TCP_CA_Disorder, TCP_CA_CWR, TCP_CA_Recovery, TCP_CA_Loss, JIFFY,
} from '../../../include/net/inet_connection_sock';
import { TcpSock, tcp_sk, before, after } from '../../../include/linux/tcp';
import { TcpRequestSock, inet_rsk } from '../../../include/net/request_sock';
import { MIB, NET_INC_STATS } from '../../../include/net/net_namespace';
import {
  TCP_CLOSE, TCP_CLOSE_WAIT, TCP_CLOSING, TCP_ESTABLISHED, TCP_FIN_WAIT1, TCP_FIN_WAIT2,
  TCP_LAST_ACK, TCP_LISTEN, TCP_SYN_RECV, TCP_SYN_SENT, TCP_TIME_WAIT, RCV_SHUTDOWN, SEND_SHUTDOWN,
} from '../../../include/net/tcp_states';
import { ERRNO } from '../../../include/uapi';
import { tcp_set_state, tcp_done } from './tcp';
import {
  __tcp_transmit_skb, SYN_ACK, tcp_send_ack, tcp_send_delayed_ack, __tcp_select_window, inet_csk_clear_xmit_timer, inet_csk_reset_xmit_timer,
  traceReset, TCP_TIMEOUT_INIT, TCP_MSS_DEFAULT, TCP_RTO_MAX, TCP_RTO_MIN, TCP_SKB_TRUESIZE, tcp_packets_in_flight, tcp_xmit_retransmit_queue,
  tcp_reset_xmit_timer, tcp_probe0_when, tcp_push_pending_frames,
} from './tcp_output';
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
const A$tcp_ack = defineFn('net/ipv4/tcp_input.c', 'tcp_ack', [24, 29, 30, 40, 46, 49, 50, 52, 53, 54, 82, 100, 102, 103, 105, 111, 112, 114, 115, 116, 120, 127, 131, 132, 133, 141, 145, 157]);

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
  const $f = enter(A$tcp_ack, { sk, skb, ack });
  try {

  if (at(A$tcp_ack.L24)) yield;
  const prior_snd_una = tp.snd_una;
  $f.vars.prior_snd_una = prior_snd_una;
  if (at(A$tcp_ack.L29)) yield;
  const prior_packets = tp.packets_out;
  if (at(A$tcp_ack.L30)) yield;
  const prior_delivered = tp.delivered;
  let flag = 0;
  const rexmit = { v: REXMIT_NONE };
  if (at(A$tcp_ack.L40)) yield;
  if (before(ack, prior_snd_una)) {
    if (at(A$tcp_ack.L46)) yield;
    if (at(A$tcp_ack.L157)) yield;
    return 0;
  }
  if (at(A$tcp_ack.L49)) yield;
  if (after(ack, tp.snd_nxt)) {
    if (at(A$tcp_ack.L50)) yield;
    return -1;
  }
  if (at(A$tcp_ack.L52)) yield;
  if (after(ack, prior_snd_una)) {
    if (at(A$tcp_ack.L53)) yield;
    flag |= FLAG_SND_UNA_ADVANCED;
    if (at(A$tcp_ack.L54)) yield;
    icsk.icsk_retransmits = 0;
  }
  if (at(A$tcp_ack.L82)) yield;
  // (the slow path: this model takes it for every segment)
  if (ack_seq !== end_seq(skb)) flag |= FLAG_DATA;
  flag |= tcp_ack_update_window(sk, skb, ack, ack_seq);
  if (at(A$tcp_ack.L100)) yield;
  icsk.icsk_probes_out = 0;
  if (at(A$tcp_ack.L102)) yield;
  if (!prior_packets) {
    if (at(A$tcp_ack.L103)) yield;
    if (at(A$tcp_ack.L141)) yield;
    ($E.fast || $E.twinOk[tcp_ack_probe.k] === 1 ? tcp_ack_probe$fast(sk) : yield* tcp_ack_probe(sk));
    if (at(A$tcp_ack.L145)) yield;
    return 1;
  }
  if (at(A$tcp_ack.L105)) yield;
  flag |= ($E.fast || $E.twinOk[tcp_clean_rtx_queue.k] === 1 ? tcp_clean_rtx_queue$fast(sk, prior_snd_una) : yield* tcp_clean_rtx_queue(sk, prior_snd_una));
  $f.vars.flag = flag;
  if (at(A$tcp_ack.L111)) yield;
  if (flag & FLAG_SET_XMIT_TIMER) {
    if (at(A$tcp_ack.L112)) yield;
    // tcp_rearm_rto(): nothing left in flight stops the timer, else it runs an RTO from now
    if (!tp.packets_out) inet_csk_clear_xmit_timer(sk);
    else inet_csk_reset_xmit_timer(sk, icsk.icsk_rto);
  }
  if (at(A$tcp_ack.L114)) yield;
  if (!(flag & FLAG_NOT_DUP) || icsk.icsk_ca_state !== TCP_CA_Open) {
    // a duplicate ACK (nothing new ACKed, no data, the same window), or we are already in disorder or recovery
    let num_dupack = 0;
    if (at(A$tcp_ack.L115)) yield;
    if (!(flag & (FLAG_SND_UNA_ADVANCED | FLAG_NOT_DUP))) {
      if (at(A$tcp_ack.L116)) yield;
      num_dupack = 1;
    }
    $f.vars.num_dupack = num_dupack;
    if (at(A$tcp_ack.L120)) yield;
    flag = ($E.fast || $E.twinOk[tcp_fastretrans_alert.k] === 1 ? tcp_fastretrans_alert$fast(sk, prior_snd_una, num_dupack, flag, rexmit) : yield* tcp_fastretrans_alert(sk, prior_snd_una, num_dupack, flag, rexmit));
  }
  if (at(A$tcp_ack.L127)) yield;
  const delivered = tp.delivered - prior_delivered;
  $f.vars.delivered = delivered;
  if (at(A$tcp_ack.L131)) yield;
  ($E.fast || $E.twinOk[tcp_cong_control.k] === 1 ? tcp_cong_control$fast(sk, ack, delivered, flag) : yield* tcp_cong_control(sk, ack, delivered, flag));
  if (at(A$tcp_ack.L132)) yield;
  if (rexmit.v !== REXMIT_NONE && sk.sk_state !== TCP_SYN_SENT) ($E.fast || $E.twinOk[tcp_xmit_retransmit_queue.k] === 1 ? tcp_xmit_retransmit_queue$fast(sk) : yield* tcp_xmit_retransmit_queue(sk));
  if (E.history !== null) E.history.cwnd(E.now, tp, 'ack'); // (the view's cwnd plot: history.ts)
  if (at(A$tcp_ack.L133)) yield;
  return 1;
  } finally {
    leave($f);
  }
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
      if (nwin > tp.max_window) tp.max_window = nwin;
    }
  }
  // tcp_snd_una_update()
  tp.snd_una = ack;
  return flag;
}
const A$tcp_ack_probe = defineFn('net/ipv4/tcp_input.c', 'tcp_ack_probe', [922, 924, 925, 926, 927, 928, 930]);

/** tcp_ack_probe(): an ACK while nothing is in flight — if the window now takes the next segment, stop probing. */
function* tcp_ack_probe(sk: Sock): Sim<void> {
  const tp = tcp_sk(sk);
  const icsk = inet_csk(sk);
  const head = sk.sk_write_queue[0];
  const $f = enter(A$tcp_ack_probe, { sk, head });
  try {
  if (at(A$tcp_ack_probe.L922)) yield;
  if (head === undefined) return;
  if (at(A$tcp_ack_probe.L924)) yield;
  if (!after(end_seq(head), (tp.snd_una + tp.snd_wnd) >>> 0)) {
    if (at(A$tcp_ack_probe.L925)) yield;
    icsk.icsk_backoff = 0;
    if (at(A$tcp_ack_probe.L926)) yield;
    inet_csk_clear_xmit_timer(sk);
  } else {
    if (at(A$tcp_ack_probe.L927)) yield;
    // still shut: the next probe after the backed-off interval
    if (at(A$tcp_ack_probe.L928)) yield;
    if (at(A$tcp_ack_probe.L930)) yield;
    tcp_reset_xmit_timer(sk, ICSK_TIME_PROBE0, tcp_probe0_when(sk, TCP_RTO_MAX));
  }
  } finally {
    leave($f);
  }
}
const A$tcp_clean_rtx_queue = defineFn('net/ipv4/tcp_input.c', 'tcp_clean_rtx_queue', [962, 970, 973, 983, 984, 985, 986, 1008, 1009, 1011, 1015, 1016, 1018, 1019, 1030, 1057, 1060, 1061, 1067, 1068, 1118]);

/**
 * tcp_clean_rtx_queue(): free the segments this ACK covers; count them (packets_out, delivered —
 * for Reno, less the duplicate ACKs they already counted) and say what was ACKed.
 */
function* tcp_clean_rtx_queue(sk: Sock, prior_snd_una: number): Sim<number> {
  const tp = tcp_sk(sk);
  const $f = enter(A$tcp_clean_rtx_queue, { sk, prior_snd_una, tp });
  try {
  let flag = 0;
  let pkts_acked = 0;
  let first_ackt = -1;
  const rtx = tp.tcp_rtx_queue;
  let i = 0;
  if (at(A$tcp_clean_rtx_queue.L962)) yield;
  for (; i < rtx.length; i++) {
    const skb = rtx[i];
    const th = skb.th!;
    if (at(A$tcp_clean_rtx_queue.L970)) yield;
    if (after(end_seq(skb), tp.snd_una)) {
      if (at(A$tcp_clean_rtx_queue.L973)) yield;
      break;
    }
    if (at(A$tcp_clean_rtx_queue.L983)) yield;
    if (skb.tcp_sacked & (TCPCB_SACKED_RETRANS | TCPCB_EVER_RETRANS)) {
      if (at(A$tcp_clean_rtx_queue.L984)) yield;
      if (skb.tcp_sacked & TCPCB_SACKED_RETRANS) {
        if (at(A$tcp_clean_rtx_queue.L985)) yield;
        tp.retrans_out--;
      }
      if (at(A$tcp_clean_rtx_queue.L986)) yield;
      flag |= FLAG_RETRANS_DATA_ACKED;
    } else if (first_ackt < 0) {
      // (sent once: when it left times this ACK's round trip — Karn's rule skips retransmitted ones)
      first_ackt = skb.skb_mstamp;
    }
    if (at(A$tcp_clean_rtx_queue.L1008)) yield;
    if (skb.tcp_sacked & TCPCB_LOST) {
      if (at(A$tcp_clean_rtx_queue.L1009)) yield;
      tp.lost_out--;
    }
    if (at(A$tcp_clean_rtx_queue.L1011)) yield;
    tp.packets_out--;
    pkts_acked++;
    if (at(A$tcp_clean_rtx_queue.L1015)) yield;
    if (!th.syn) {
      if (at(A$tcp_clean_rtx_queue.L1016)) yield;
      flag |= FLAG_DATA_ACKED;
      sk.sk_wmem_queued -= TCP_SKB_TRUESIZE + skb.len;
    } else {
      if (at(A$tcp_clean_rtx_queue.L1018)) yield;
      flag |= FLAG_SYN_ACKED;
      if (at(A$tcp_clean_rtx_queue.L1019)) yield;
      tp.retrans_stamp = 0;
    }
    if (at(A$tcp_clean_rtx_queue.L1030)) yield;
    // (sk_wmem_free_skb: the send buffer shrank — tcp_check_space may wake a writer)
    sock_set_flag(sk, SOCK_QUEUE_SHRUNK);
  }
  // (in place: the freed segments leave the front of the queue)
  if (i) rtx.splice(0, i);
  $f.vars.pkts_acked = pkts_acked;
  if (at(A$tcp_clean_rtx_queue.L1057)) yield;
  if (first_ackt >= 0 && !(flag & FLAG_RETRANS_DATA_ACKED)) tcp_ack_update_rtt(sk, E.now - first_ackt);
  if (at(A$tcp_clean_rtx_queue.L1060)) yield;
  if (flag & FLAG_ACKED) {
    if (at(A$tcp_clean_rtx_queue.L1061)) yield;
    flag |= FLAG_SET_XMIT_TIMER;
    if (at(A$tcp_clean_rtx_queue.L1067)) yield;
    if (at(A$tcp_clean_rtx_queue.L1068)) yield;
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
  if (at(A$tcp_clean_rtx_queue.L1118)) yield;
  return flag;
  } finally {
    leave($f);
  }
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
const A$tcp_fastretrans_alert = defineFn('net/ipv4/tcp_input.c', 'tcp_fastretrans_alert', [1137, 1148, 1150, 1151, 1152, 1160, 1162, 1163, 1164, 1165, 1170, 1171, 1172, 1174, 1177, 1185, 1187, 1188, 1194, 1195, 1197, 1203, 1204, 1205, 1218, 1224]);

/**
 * tcp_fastretrans_alert(): the loss-recovery state machine for one dubious ACK (Reno: no SACK) —
 * count the duplicate, leave recovery when high_seq is ACKed, mark the head lost after
 * tp->reordering (3) duplicates and enter Recovery; the caller then retransmits what is marked.
 */
function* tcp_fastretrans_alert(sk: Sock, prior_snd_una: number, num_dupack: number, flag: number, rexmit: { v: number }): Sim<number> {
  const tp = tcp_sk(sk);
  const icsk = inet_csk(sk);
  const $f = enter(A$tcp_fastretrans_alert, { sk, num_dupack, tp, icsk });
  try {

  if (at(A$tcp_fastretrans_alert.L1137)) yield;
  if (!tp.packets_out && tp.sacked_out) tp.sacked_out = 0;
  if (at(A$tcp_fastretrans_alert.L1148)) yield;
  if (icsk.icsk_ca_state === TCP_CA_Open) {
    if (at(A$tcp_fastretrans_alert.L1150)) yield;
    tp.retrans_stamp = 0;
  } else if (!before(tp.snd_una, tp.high_seq)) {
    if (at(A$tcp_fastretrans_alert.L1151)) yield;
    if (at(A$tcp_fastretrans_alert.L1152)) yield;
    if (icsk.icsk_ca_state === TCP_CA_Recovery) {
      if (at(A$tcp_fastretrans_alert.L1160)) yield;
      if (at(A$tcp_fastretrans_alert.L1162)) yield;
      tp.sacked_out = 0;
      if (at(A$tcp_fastretrans_alert.L1163)) yield;
      // (no undo without timestamps or D-SACK; Reno holds Recovery until something above high_seq is ACKed)
      if (tp.snd_una === tp.high_seq) {
        if (at(A$tcp_fastretrans_alert.L1164)) yield;
        return flag;
      }
      icsk.icsk_ca_state = TCP_CA_Open;
      if (at(A$tcp_fastretrans_alert.L1165)) yield;
      tcp_end_cwnd_reduction(sk);
    }
  }
  if (at(A$tcp_fastretrans_alert.L1170)) yield;
  switch (icsk.icsk_ca_state) {
    case TCP_CA_Recovery:
      if (at(A$tcp_fastretrans_alert.L1171)) yield;
      if (at(A$tcp_fastretrans_alert.L1172)) yield;
      if (!(flag & FLAG_SND_UNA_ADVANCED)) {
        if (at(A$tcp_fastretrans_alert.L1174)) yield;
        tcp_add_reno_sack(sk, num_dupack);
      }
      // a partial ACK (NewReno) marks the new head lost: tcp_identify_packet_loss → tcp_newreno_mark_lost
      if (at(A$tcp_fastretrans_alert.L1185)) yield;
      tcp_newreno_mark_lost(sk, !!(flag & FLAG_SND_UNA_ADVANCED));
      break;
    case TCP_CA_Loss:
      if (at(A$tcp_fastretrans_alert.L1187)) yield;
      if (at(A$tcp_fastretrans_alert.L1188)) yield;
      // (F-RTO off): leave Loss once everything sent before the timeout is ACKed
      if (!before(tp.snd_una, tp.high_seq)) {
        icsk.icsk_ca_state = TCP_CA_Open;
        return flag;
      }
      rexmit.v = REXMIT_LOST;
      return flag;
    default:
      if (at(A$tcp_fastretrans_alert.L1194)) yield;
      if (at(A$tcp_fastretrans_alert.L1195)) yield;
      if (flag & FLAG_SND_UNA_ADVANCED) tp.sacked_out = 0;
      if (at(A$tcp_fastretrans_alert.L1197)) yield;
      tcp_add_reno_sack(sk, num_dupack);
      $f.vars.sacked_out = tp.sacked_out;
      if (at(A$tcp_fastretrans_alert.L1203)) yield;
      tcp_newreno_mark_lost(sk, !!(flag & FLAG_SND_UNA_ADVANCED));
      if (at(A$tcp_fastretrans_alert.L1204)) yield;
      if (!tp.lost_out) {
        if (at(A$tcp_fastretrans_alert.L1205)) yield;
        // tcp_try_keep_open(): Disorder while duplicate ACKs are counted, Open otherwise
        const state = tp.sacked_out || tp.lost_out || tp.retrans_out ? TCP_CA_Disorder : TCP_CA_Open;
        if (icsk.icsk_ca_state !== state) {
          icsk.icsk_ca_state = state;
          tp.high_seq = tp.snd_nxt;
        }
        if (at(A$tcp_fastretrans_alert.L1177)) yield;
        return flag;
      }
      if (at(A$tcp_fastretrans_alert.L1218)) yield;
      ($E.fast || $E.twinOk[tcp_enter_recovery.k] === 1 ? tcp_enter_recovery$fast(sk) : yield* tcp_enter_recovery(sk));
  }
  if (at(A$tcp_fastretrans_alert.L1224)) yield;
  rexmit.v = REXMIT_LOST;
  return flag;
  } finally {
    leave($f);
  }
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
function tcp_newreno_mark_lost(sk: Sock, snd_una_advanced: boolean): void {
  const tp = tcp_sk(sk);
  const state = inet_csk(sk).icsk_ca_state;
  if ((state < TCP_CA_Recovery && tp.sacked_out >= tp.reordering) || (state === TCP_CA_Recovery && snd_una_advanced)) {
    const head = tp.tcp_rtx_queue[0];
    if (head === undefined || head.tcp_sacked & TCPCB_LOST) return;
    // tcp_skb_mark_lost_uncond_verify(): lost, and no longer counted as retransmitted
    head.tcp_sacked |= TCPCB_LOST;
    tp.lost_out++;
    if (head.tcp_sacked & TCPCB_SACKED_RETRANS) {
      head.tcp_sacked &= ~TCPCB_SACKED_RETRANS;
      tp.retrans_out--;
    }
  }
}
const A$tcp_enter_recovery = defineFn('net/ipv4/tcp_input.c', 'tcp_enter_recovery', [1243, 1248, 1251, 1253]);

/** tcp_enter_recovery(): fast retransmit — ssthresh halves (Reno), PRR will bring cwnd down to it. */
function* tcp_enter_recovery(sk: Sock): Sim<void> {
  const tp = tcp_sk(sk);
  const icsk = inet_csk(sk);
  const $f = enter(A$tcp_enter_recovery, { sk, tp });
  try {
  if (at(A$tcp_enter_recovery.L1243)) yield;
  NET_INC_STATS(sk.skc_net, MIB.TCPRenoRecovery);
  if (at(A$tcp_enter_recovery.L1248)) yield;
  if (icsk.icsk_ca_state !== TCP_CA_CWR && icsk.icsk_ca_state !== TCP_CA_Recovery) {
    if (at(A$tcp_enter_recovery.L1251)) yield;
    // tcp_init_cwnd_reduction(): high_seq = snd_nxt, ssthresh from the congestion control, PRR's counters zeroed
    tp.high_seq = tp.snd_nxt;
    tp.prior_cwnd = tp.snd_cwnd;
    tp.prr_delivered = 0;
    tp.prr_out = 0;
    tp.snd_ssthresh = tcp_reno_ssthresh(sk);
  }
  if (at(A$tcp_enter_recovery.L1253)) yield;
  icsk.icsk_ca_state = TCP_CA_Recovery;
  } finally {
    leave($f);
  }
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
const A$tcp_enter_loss = defineFn('net/ipv4/tcp_input.c', 'tcp_enter_loss', [1269, 1271, 1275, 1276, 1280, 1281, 1288, 1289]);

/** tcp_enter_loss(): the RTO fired — every segment in flight is lost, ssthresh halves, cwnd is one more than what is in flight (1). */
export function* tcp_enter_loss(sk: Sock): Sim<void> {
  const tp = tcp_sk(sk);
  const icsk = inet_csk(sk);
  const $f = enter(A$tcp_enter_loss, { sk, tp, icsk });
  try {
  if (at(A$tcp_enter_loss.L1269)) yield;
  // every segment of the retransmit queue is lost now; none counts as retransmitted or duplicate-ACKed
  tp.retrans_out = 0;
  tp.sacked_out = 0;
  tp.lost_out = 0;
  for (const skb of tp.tcp_rtx_queue) {
    skb.tcp_sacked = (skb.tcp_sacked & ~TCPCB_SACKED_RETRANS) | TCPCB_LOST;
    tp.lost_out++;
  }
  if (at(A$tcp_enter_loss.L1271)) yield;
  if (icsk.icsk_ca_state <= TCP_CA_Disorder || !after(tp.high_seq, tp.snd_una) || (icsk.icsk_ca_state === TCP_CA_Loss && !icsk.icsk_retransmits)) {
    if (at(A$tcp_enter_loss.L1275)) yield;
    tp.prior_cwnd = tp.snd_cwnd;
    if (at(A$tcp_enter_loss.L1276)) yield;
    tp.snd_ssthresh = tcp_reno_ssthresh(sk);
  }
  if (at(A$tcp_enter_loss.L1280)) yield;
  tp.snd_cwnd = tcp_packets_in_flight(tp) + 1;
  if (at(A$tcp_enter_loss.L1281)) yield;
  tp.snd_cwnd_cnt = 0;
  if (at(A$tcp_enter_loss.L1288)) yield;
  icsk.icsk_ca_state = TCP_CA_Loss;
  if (at(A$tcp_enter_loss.L1289)) yield;
  tp.high_seq = tp.snd_nxt;
  } finally {
    leave($f);
  }
}

/** tcp_cong_control(): in Recovery cwnd shrinks by PRR; otherwise, if data was ACKed in order, congestion avoidance grows it. */
function* tcp_cong_control(sk: Sock, ack: number, acked_sacked: number, flag: number): Sim<void> {
  const icsk = inet_csk(sk);
  if (icsk.icsk_ca_state === TCP_CA_Recovery || icsk.icsk_ca_state === TCP_CA_CWR) {
    tcp_cwnd_reduction(sk, acked_sacked, flag);
  } else if (flag & FLAG_DATA_ACKED) {
    // tcp_may_raise_cwnd() → tcp_cong_avoid() → icsk_ca_ops->cong_avoid = tcp_reno_cong_avoid
    ($E.fast || $E.twinOk[tcp_reno_cong_avoid.k] === 1 ? tcp_reno_cong_avoid$fast(sk, ack, acked_sacked) : yield* tcp_reno_cong_avoid(sk, ack, acked_sacked));
    tcp_sk(sk).snd_cwnd_stamp = E.now;
  }
}
const A$tcp_reset = defineFn('net/ipv4/tcp_input.c', 'tcp_reset', [169, 171, 174, 178, 183, 187, 189, 192]);

/** tcp_reset(): the peer reset us — the error a blocked or later call will see depends on the state. */
export function* tcp_reset(sk: Sock): Sim<void> {
  const $f = enter(A$tcp_reset, { sk });
  try {
  if (at(A$tcp_reset.L169)) yield;
  traceReset('tcp_receive_reset', sk);
  if (at(A$tcp_reset.L171)) yield;
  switch (sk.sk_state) {
    case TCP_SYN_SENT:
      if (at(A$tcp_reset.L174)) yield;
      sk.sk_err = ECONNREFUSED;
      break;
    case TCP_CLOSE_WAIT:
      if (at(A$tcp_reset.L178)) yield;
      sk.sk_err = EPIPE;
      break;
    case TCP_CLOSE:
      return;
    default:
      if (at(A$tcp_reset.L183)) yield;
      sk.sk_err = ECONNRESET;
  }
  if (at(A$tcp_reset.L187)) yield;
  tcp_sk(sk).tcp_rtx_queue = [];
  tcp_sk(sk).packets_out = 0;
  if (at(A$tcp_reset.L189)) yield;
  ($E.fast || $E.twinOk[tcp_done.k] === 1 ? tcp_done$fast(sk) : yield* tcp_done(sk));
  if (!sock_flag(sk, SOCK_DEAD)) {
    if (at(A$tcp_reset.L192)) yield;
    ($E.fast || $E.twinOk[sock_def_error_report.k] === 1 ? sock_def_error_report$fast(sk) : yield* sock_def_error_report(sk));
  }
  } finally {
    leave($f);
  }
}
const A$tcp_fin = defineFn('net/ipv4/tcp_input.c', 'tcp_fin', [247, 249, 250, 251, 255, 256, 267, 268, 272, 274, 286]);

/** tcp_fin(): the peer will send no more — ESTABLISHED→CLOSE_WAIT, FIN_WAIT1→CLOSING, FIN_WAIT2→TIME_WAIT. */
export function* tcp_fin(sk: Sock): Sim<void> {
  const $f = enter(A$tcp_fin, { sk });
  try {
  if (at(A$tcp_fin.L247)) yield;
  inet_csk_schedule_ack(sk);
  if (at(A$tcp_fin.L249)) yield;
  sk.sk_shutdown |= RCV_SHUTDOWN;
  if (at(A$tcp_fin.L250)) yield;
  sock_set_flag(sk, SOCK_DONE);
  if (at(A$tcp_fin.L251)) yield;
  switch (sk.sk_state) {
    case TCP_SYN_RECV:
    case TCP_ESTABLISHED:
      if (at(A$tcp_fin.L255)) yield;
      ($E.fast || $E.twinOk[tcp_set_state.k] === 1 ? tcp_set_state$fast(sk, TCP_CLOSE_WAIT) : yield* tcp_set_state(sk, TCP_CLOSE_WAIT));
      if (at(A$tcp_fin.L256)) yield;
      inet_csk(sk).icsk_ack.pingpong = TCP_PINGPONG_THRESH;
      break;
    case TCP_FIN_WAIT1:
      if (at(A$tcp_fin.L267)) yield;
      ($E.fast || $E.twinOk[tcp_send_ack.k] === 1 ? tcp_send_ack$fast(sk) : yield* tcp_send_ack(sk));
      if (at(A$tcp_fin.L268)) yield;
      ($E.fast || $E.twinOk[tcp_set_state.k] === 1 ? tcp_set_state$fast(sk, TCP_CLOSING) : yield* tcp_set_state(sk, TCP_CLOSING));
      break;
    case TCP_FIN_WAIT2:
      if (at(A$tcp_fin.L272)) yield;
      ($E.fast || $E.twinOk[tcp_send_ack.k] === 1 ? tcp_send_ack$fast(sk) : yield* tcp_send_ack(sk));
      if (at(A$tcp_fin.L274)) yield;
      ($E.fast || $E.twinOk[tcp_time_wait.k] === 1 ? tcp_time_wait$fast(sk, TCP_TIME_WAIT, 0) : yield* tcp_time_wait(sk, TCP_TIME_WAIT, 0));
      break;
    default:
      break;
  }
  if (!sock_flag(sk, SOCK_DEAD)) {
    if (at(A$tcp_fin.L286)) yield;
    ($E.fast || $E.twinOk[sock_def_wakeup.k] === 1 ? sock_def_wakeup$fast(sk) : yield* sock_def_wakeup(sk));
  }
  } finally {
    leave($f);
  }
}
const A$tcp_data_queue = defineFn('net/ipv4/tcp_input.c', 'tcp_data_queue', [304, 315, 316, 318, 329, 330, 332, 335, 336, 338, 339, 350, 354, 360, 380]);

/** tcp_data_queue(): in-order data goes to sk_receive_queue and rcv_nxt moves; a FIN is processed in order too. */
export function* tcp_data_queue(sk: Sock, skb: SkBuff): Sim<void> {
  const tp = tcp_sk(sk);
  const th = skb.th!;
  const $f = enter(A$tcp_data_queue, { sk, skb, tp });
  try {

  if (at(A$tcp_data_queue.L304)) yield;
  if (!skb.len && !th.fin) return;
  if (at(A$tcp_data_queue.L315)) yield;
  if (th.seq === tp.rcv_nxt) {
    if (at(A$tcp_data_queue.L316)) yield;
    if (skb.len && tcp_receive_window(tp) === 0) {
      // the window we advertised is shut: this is a probe's byte or an overrun — drop it, ACK at once
      if (at(A$tcp_data_queue.L318)) yield;
      if (at(A$tcp_data_queue.L360)) yield;
      tcp_incr_quickack(sk, TCP_MAX_QUICKACKS);
      inet_csk_schedule_ack(sk);
      return;
    }
    // tcp_queue_rcv(): append to sk_receive_queue and advance rcv_nxt
    if (at(A$tcp_data_queue.L329)) yield;
    if (skb.len && !(sk.sk_shutdown & RCV_SHUTDOWN)) sk.sk_receive_queue.push(skb);
    tp.rcv_nxt = (tp.rcv_nxt + skb.len) >>> 0;
    if (skb.len) {
      if (at(A$tcp_data_queue.L330)) yield;
      ($E.fast || $E.twinOk[tcp_event_data_recv.k] === 1 ? tcp_event_data_recv$fast(sk, skb) : yield* tcp_event_data_recv(sk, skb));
    }
    if (at(A$tcp_data_queue.L332)) yield;
    if (th.fin) {
      tp.rcv_nxt = (tp.rcv_nxt + 1) >>> 0;
      ($E.fast || $E.twinOk[tcp_fin.k] === 1 ? tcp_fin$fast(sk) : yield* tcp_fin(sk));
    }
    if (at(A$tcp_data_queue.L335)) yield;
    if (tp.out_of_order_queue.length) {
      if (at(A$tcp_data_queue.L336)) yield;
      ($E.fast || $E.twinOk[tcp_ofo_queue.k] === 1 ? tcp_ofo_queue$fast(sk) : yield* tcp_ofo_queue(sk));
      // (RFC 5681 4.2: the hole is filled — ACK at once)
      if (at(A$tcp_data_queue.L338)) yield;
      if (!tp.out_of_order_queue.length) {
        if (at(A$tcp_data_queue.L339)) yield;
        inet_csk(sk).icsk_ack.pending |= ICSK_ACK_NOW;
      }
    }
    if (!sock_flag(sk, SOCK_DEAD)) {
      if (at(A$tcp_data_queue.L350)) yield;
      ($E.fast || $E.twinOk[sock_def_readable.k] === 1 ? sock_def_readable$fast(sk) : yield* sock_def_readable(sk));
    }
    return;
  }
  if (at(A$tcp_data_queue.L354)) yield;
  if (!after(end_seq(skb), tp.rcv_nxt)) {
    // a retransmission of what we already have: ACK it again at once
    if (at(A$tcp_data_queue.L360)) yield;
    tcp_incr_quickack(sk, TCP_MAX_QUICKACKS);
    inet_csk_schedule_ack(sk);
    return;
  }
  // (beyond the window, or overlapping rcv_nxt: not produced by this model's senders)
  if (at(A$tcp_data_queue.L380)) yield;
  ($E.fast || $E.twinOk[tcp_data_queue_ofo.k] === 1 ? tcp_data_queue_ofo$fast(sk, skb) : yield* tcp_data_queue_ofo(sk, skb));
  } finally {
    leave($f);
  }
}
const A$tcp_data_queue_ofo = defineFn('net/ipv4/tcp_input.c', 'tcp_data_queue_ofo', [1320, 1323, 1324, 1325, 1328, 1335, 1337, 1348, 1366, 1390]);

/** tcp_data_queue_ofo(): a segment after a hole — keep it, in sequence order, until the hole is filled; ACK at once. */
function* tcp_data_queue_ofo(sk: Sock, skb: SkBuff): Sim<void> {
  const tp = tcp_sk(sk);
  const q = tp.out_of_order_queue;
  const $f = enter(A$tcp_data_queue_ofo, { sk, skb, tp });
  try {
  if (at(A$tcp_data_queue_ofo.L1320)) yield;
  inet_csk_schedule_ack(sk);
  if (at(A$tcp_data_queue_ofo.L1323)) yield;
  NET_INC_STATS(sk.skc_net, MIB.TCPOFOQueue);
  const seq = skb.th!.seq;
  const end = end_seq(skb);
  if (at(A$tcp_data_queue_ofo.L1324)) yield;
  if (at(A$tcp_data_queue_ofo.L1325)) yield;
  $f.vars.seq = seq;
  $f.vars.end_seq = end;
  if (at(A$tcp_data_queue_ofo.L1328)) yield;
  if (!q.length) {
    if (at(A$tcp_data_queue_ofo.L1335)) yield;
    q.push(skb);
    if (at(A$tcp_data_queue_ofo.L1337)) yield;
    return;
  }
  // (the rbtree walk: insert in sequence order; a segment we already hold is dropped)
  if (at(A$tcp_data_queue_ofo.L1348)) yield;
  let i = q.length;
  while (i > 0 && after(q[i - 1].th!.seq, seq)) i--;
  if (i > 0 && !after(end, end_seq(q[i - 1])) && !before(seq, q[i - 1].th!.seq)) {
    if (at(A$tcp_data_queue_ofo.L1366)) yield;
    return;
  }
  if (at(A$tcp_data_queue_ofo.L1390)) yield;
  q.splice(i, 0, skb);
  } finally {
    leave($f);
  }
}
const A$tcp_ofo_queue = defineFn('net/ipv4/tcp_input.c', 'tcp_ofo_queue', [1437, 1438, 1440, 1441, 1450, 1452, 1453, 1459, 1462, 1466, 1467, 1468]);

/** tcp_ofo_queue(): after rcv_nxt moved, the out-of-order segments now in order go to the receive queue. */
function* tcp_ofo_queue(sk: Sock): Sim<void> {
  const tp = tcp_sk(sk);
  const q = tp.out_of_order_queue;
  const $f = enter(A$tcp_ofo_queue, { sk, tp });
  try {
  if (at(A$tcp_ofo_queue.L1437)) yield;
  if (at(A$tcp_ofo_queue.L1438)) yield;
  while (q.length) {
    const skb = q[0];
    $f.vars.skb = skb;
    if (at(A$tcp_ofo_queue.L1440)) yield;
    if (after(skb.th!.seq, tp.rcv_nxt)) {
      if (at(A$tcp_ofo_queue.L1441)) yield;
      break;
    }
    if (at(A$tcp_ofo_queue.L1450)) yield;
    q.shift();
    if (at(A$tcp_ofo_queue.L1452)) yield;
    if (!after(end_seq(skb), tp.rcv_nxt)) {
      if (at(A$tcp_ofo_queue.L1453)) yield;
      continue;
    }
    // (a segment overlapping rcv_nxt keeps only its new bytes in view: copied_seq/rcv_nxt do the arithmetic)
    if (at(A$tcp_ofo_queue.L1459)) yield;
    const fin = skb.th!.fin;
    tp.rcv_nxt = end_seq(skb);
    if (at(A$tcp_ofo_queue.L1462)) yield;
    if (skb.len) sk.sk_receive_queue.push(skb);
    if (at(A$tcp_ofo_queue.L1466)) yield;
    if (fin) {
      if (at(A$tcp_ofo_queue.L1467)) yield;
      ($E.fast || $E.twinOk[tcp_fin.k] === 1 ? tcp_fin$fast(sk) : yield* tcp_fin(sk));
      if (at(A$tcp_ofo_queue.L1468)) yield;
      break;
    }
  }
  } finally {
    leave($f);
  }
}
const A$tcp_check_space = defineFn('net/ipv4/tcp_input.c', 'tcp_check_space', [1481, 1482, 1485, 1486]);

/** tcp_check_space(): ACKs freed send buffer — if a writer found it full, tcp_new_space wakes it. */
function* tcp_check_space(sk: Sock): Sim<void> {
  const $f = enter(A$tcp_check_space, { sk });
  try {
  if (at(A$tcp_check_space.L1481)) yield;
  if (sock_flag(sk, SOCK_QUEUE_SHRUNK)) {
    if (at(A$tcp_check_space.L1482)) yield;
    sock_reset_flag(sk, SOCK_QUEUE_SHRUNK);
    if (at(A$tcp_check_space.L1485)) yield;
    if (sk.sk_socket !== null && sk.sk_socket.flags & SOCK_NOSPACE) {
      if (at(A$tcp_check_space.L1486)) yield;
      // tcp_new_space(): grow sk_sndbuf with cwnd (tcp_sndbuf_expand) while cwnd is not full, then sk->sk_write_space
      if (tcp_packets_in_flight(tcp_sk(sk)) < tcp_sk(sk).snd_cwnd) tcp_sndbuf_expand(sk);
      ($E.fast || $E.twinOk[sk_stream_write_space.k] === 1 ? sk_stream_write_space$fast(sk) : yield* sk_stream_write_space(sk));
    }
  }
  } finally {
    leave($f);
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
  per_mss = 2 ** Math.ceil(Math.log2(per_mss)) + 256;
  const nr_segs = Math.max(10, tp.snd_cwnd, tp.reordering + 1);
  const sndmem = 2 * nr_segs * per_mss;
  if (sk.sk_sndbuf < sndmem) sk.sk_sndbuf = Math.min(sndmem, 4194304);
}
const A$tcp_data_snd_check = defineFn('net/ipv4/tcp_input.c', 'tcp_data_snd_check', [1500, 1501]);

/** tcp_data_snd_check(): an ACK came in — send what the queue holds now that the windows moved, and wake a writer. */
function* tcp_data_snd_check(sk: Sock): Sim<void> {
  const $f = enter(A$tcp_data_snd_check, { sk });
  try {
  if (at(A$tcp_data_snd_check.L1500)) yield;
  ($E.fast || $E.twinOk[tcp_push_pending_frames.k] === 1 ? tcp_push_pending_frames$fast(sk) : yield* tcp_push_pending_frames(sk));
  if (at(A$tcp_data_snd_check.L1501)) yield;
  ($E.fast || $E.twinOk[tcp_check_space.k] === 1 ? tcp_check_space$fast(sk) : yield* tcp_check_space(sk));
  } finally {
    leave($f);
  }
}

/** tcp_receive_window(): what is left of the window we last advertised (rcv_wup + rcv_wnd − rcv_nxt, ≥ 0). */
function tcp_receive_window(tp: TcpSock): number {
  const win = (tp.rcv_wup + tp.rcv_wnd - tp.rcv_nxt) | 0;
  return win < 0 ? 0 : win;
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
const A$tcp_event_data_recv = defineFn('net/ipv4/tcp_input.c', 'tcp_event_data_recv', [209, 211, 214, 217, 218, 223, 234]);

/** tcp_event_data_recv(): new in-order data — an ACK is owed, and the delayed-ACK engine learns. */
function* tcp_event_data_recv(sk: Sock, skb: SkBuff): Sim<void> {
  const icsk = inet_csk(sk);
  const a = icsk.icsk_ack;
  const $f = enter(A$tcp_event_data_recv, { sk, skb, icsk });
  try {

  if (at(A$tcp_event_data_recv.L209)) yield;
  inet_csk_schedule_ack(sk);
  if (at(A$tcp_event_data_recv.L211)) yield;
  tcp_measure_rcv_mss(sk, skb);
  const now = E.now;
  if (at(A$tcp_event_data_recv.L214)) yield;
  if (!a.ato) {
    if (at(A$tcp_event_data_recv.L217)) yield;
    tcp_incr_quickack(sk, TCP_MAX_QUICKACKS);
    if (at(A$tcp_event_data_recv.L218)) yield;
    a.ato = TCP_ATO_MIN;
  } else {
    const m = now - a.lrcvtime;
    if (at(A$tcp_event_data_recv.L223)) yield;
    if (m <= TCP_ATO_MIN / 2) {
      a.ato = Math.floor(a.ato / 2) + TCP_ATO_MIN / 2;
    } else if (m < a.ato) {
      a.ato = Math.min(Math.floor(a.ato / 2) + m, icsk.icsk_rto);
    } else if (m > icsk.icsk_rto) {
      tcp_incr_quickack(sk, TCP_MAX_QUICKACKS);
    }
  }
  if (at(A$tcp_event_data_recv.L234)) yield;
  a.lrcvtime = now;
  } finally {
    leave($f);
  }
}
const A$__tcp_ack_snd_check = defineFn('net/ipv4/tcp_input.c', '__tcp_ack_snd_check', [394, 398, 402, 407]);

/** __tcp_ack_snd_check(): the owed ACK goes now (quick mode, a second full segment) or is delayed. */
function* __tcp_ack_snd_check(sk: Sock, ofo_possible: number): Sim<void> {
  const tp = tcp_sk(sk);
  const $f = enter(A$__tcp_ack_snd_check, { sk, ofo_possible, tp });
  try {

  const a = inet_csk(sk).icsk_ack;
  if (at(A$__tcp_ack_snd_check.L394)) yield;
  const twoSegments = ((tp.rcv_nxt - tp.rcv_wup) >>> 0) > a.rcv_mss && __tcp_select_window(sk) >= tp.rcv_wnd;
  if (at(A$__tcp_ack_snd_check.L398)) yield;
  if (twoSegments || tcp_in_quickack_mode(sk) || a.pending & ICSK_ACK_NOW) {
    if (at(A$__tcp_ack_snd_check.L402)) yield;
    ($E.fast || $E.twinOk[tcp_send_ack.k] === 1 ? tcp_send_ack$fast(sk) : yield* tcp_send_ack(sk));
    return;
  }
  if (at(A$__tcp_ack_snd_check.L407)) yield;
  ($E.fast || $E.twinOk[tcp_send_delayed_ack.k] === 1 ? tcp_send_delayed_ack$fast(sk) : yield* tcp_send_delayed_ack(sk));
  } finally {
    leave($f);
  }
}

/** tcp_ack_snd_check(): if this segment left an ACK owed, decide when to send it. */
function* tcp_ack_snd_check(sk: Sock): Sim<void> {
  if (!inet_csk_ack_scheduled(sk)) return;
  ($E.fast || $E.twinOk[__tcp_ack_snd_check.k] === 1 ? __tcp_ack_snd_check$fast(sk, 1) : yield* __tcp_ack_snd_check(sk, 1));
}
const A$tcp_rcv_established = defineFn('net/ipv4/tcp_input.c', 'tcp_rcv_established', [431, 469, 477, 481, 486, 488, 489]);

/** tcp_rcv_established(): the ESTABLISHED receive path (this model always takes the slow path). */
export function* tcp_rcv_established(sk: Sock, skb: SkBuff): Sim<void> {
  const $f = enter(A$tcp_rcv_established, { sk, skb });
  try {
  if (at(A$tcp_rcv_established.L431)) yield;
  if (at(A$tcp_rcv_established.L469)) yield;
  if (at(A$tcp_rcv_established.L477)) yield;
  if (!(($E.fast || $E.twinOk[tcp_validate_incoming.k] === 1 ? tcp_validate_incoming$fast(sk, skb) : yield* tcp_validate_incoming(sk, skb)))) return;
  if (at(A$tcp_rcv_established.L481)) yield;
  if (skb.th!.ack && (($E.fast || $E.twinOk[tcp_ack.k] === 1 ? tcp_ack$fast(sk, skb) : yield* tcp_ack(sk, skb))) < 0) return;
  if (at(A$tcp_rcv_established.L486)) yield;
  ($E.fast || $E.twinOk[tcp_data_queue.k] === 1 ? tcp_data_queue$fast(sk, skb) : yield* tcp_data_queue(sk, skb));
  if (at(A$tcp_rcv_established.L488)) yield;
  ($E.fast || $E.twinOk[tcp_data_snd_check.k] === 1 ? tcp_data_snd_check$fast(sk) : yield* tcp_data_snd_check(sk));
  if (at(A$tcp_rcv_established.L489)) yield;
  ($E.fast || $E.twinOk[tcp_ack_snd_check.k] === 1 ? tcp_ack_snd_check$fast(sk) : yield* tcp_ack_snd_check(sk));
  } finally {
    leave($f);
  }
}

/** tcp_validate_incoming(), reduced: sequence check and RST handling (RFC 5961's exact-match rule). */
function* tcp_validate_incoming(sk: Sock, skb: SkBuff): Sim<boolean> {
  const tp = tcp_sk(sk);
  const th = skb.th!;
  if (th.rst) {
    if (th.seq === tp.rcv_nxt) ($E.fast || $E.twinOk[tcp_reset.k] === 1 ? tcp_reset$fast(sk) : yield* tcp_reset(sk));
    // other in-window RSTs get a challenge ACK in Linux; out-of-window ones are dropped
    else if (after(th.seq, tp.rcv_nxt) && before(th.seq, tp.rcv_nxt + 65535)) ($E.fast || $E.twinOk[tcp_send_ack.k] === 1 ? tcp_send_ack$fast(sk) : yield* tcp_send_ack(sk));
    return false;
  }
  if (th.syn) {
    // RFC 5961 4.2: a SYN on a synchronized connection gets a challenge ACK, nothing more
    NET_INC_STATS(sk.skc_net, MIB.TCPSYNChallenge);
    ($E.fast || $E.twinOk[tcp_send_ack.k] === 1 ? tcp_send_ack$fast(sk) : yield* tcp_send_ack(sk));
    return false;
  }
  if (!th.ack) return false;
  return true;
}
const A$tcp_finish_connect = defineFn('net/ipv4/tcp_input.c', 'tcp_finish_connect', [508, 512, 517, 518]);

export function* tcp_finish_connect(sk: Sock, skb: SkBuff): Sim<void> {
  const $f = enter(A$tcp_finish_connect, { sk, skb });
  try {
  if (at(A$tcp_finish_connect.L508)) yield;
  ($E.fast || $E.twinOk[tcp_set_state.k] === 1 ? tcp_set_state$fast(sk, TCP_ESTABLISHED) : yield* tcp_set_state(sk, TCP_ESTABLISHED));
  if (at(A$tcp_finish_connect.L512)) yield;
  if (at(A$tcp_finish_connect.L517)) yield;
  tcp_init_transfer(sk);
  if (at(A$tcp_finish_connect.L518)) yield;
  } finally {
    leave($f);
  }
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
const A$tcp_rcv_synsent_state_process = defineFn('net/ipv4/tcp_input.c', 'tcp_rcv_synsent_state_process', [546, 548, 553, 554, 558, 562, 565, 567, 570, 572, 575, 578, 582, 586, 597, 600, 603, 604, 607, 609, 611, 622]);

/** tcp_rcv_synsent_state_process(): the client's SYN-ACK (or RST, or a crossing SYN). */
export function* tcp_rcv_synsent_state_process(sk: Sock, skb: SkBuff): Sim<number> {
  const tp = tcp_sk(sk);
  const th = skb.th!;
  const $f = enter(A$tcp_rcv_synsent_state_process, { sk, skb, th, tp });
  try {

  if (at(A$tcp_rcv_synsent_state_process.L546)) yield;
  if (th.ack) {
    if (at(A$tcp_rcv_synsent_state_process.L548)) yield;
    if (!after(th.ack_seq, tp.snd_una) || after(th.ack_seq, tp.snd_nxt)) {
      // an ACK for something we never sent: answer with a RST
      if (at(A$tcp_rcv_synsent_state_process.L622)) yield;
      return 1;
    }
    if (at(A$tcp_rcv_synsent_state_process.L553)) yield;
    if (th.rst) {
      if (at(A$tcp_rcv_synsent_state_process.L554)) yield;
      ($E.fast || $E.twinOk[tcp_reset.k] === 1 ? tcp_reset$fast(sk) : yield* tcp_reset(sk));
      return 0;
    }
    if (at(A$tcp_rcv_synsent_state_process.L558)) yield;
    if (!th.syn) return 0;
    if (at(A$tcp_rcv_synsent_state_process.L562)) yield;
    tp.snd_wl1 = th.seq;
    if (at(A$tcp_rcv_synsent_state_process.L565)) yield;
    ($E.fast || $E.twinOk[tcp_ack.k] === 1 ? tcp_ack$fast(sk, skb) : yield* tcp_ack(sk, skb));
    if (at(A$tcp_rcv_synsent_state_process.L567)) yield;
    tp.rcv_nxt = tp.rcv_wup = (th.seq + 1) >>> 0;
    if (at(A$tcp_rcv_synsent_state_process.L570)) yield;
    tp.snd_wnd = th.window;
    if (at(A$tcp_rcv_synsent_state_process.L572)) yield;
    tp.mss_cache = Math.min(th.options.mss ?? TCP_MSS_DEFAULT, tp.advmss);
    if (at(A$tcp_rcv_synsent_state_process.L575)) yield;
    tp.copied_seq = tp.rcv_nxt;
    if (at(A$tcp_rcv_synsent_state_process.L578)) yield;
    ($E.fast || $E.twinOk[tcp_finish_connect.k] === 1 ? tcp_finish_connect$fast(sk, skb) : yield* tcp_finish_connect(sk, skb));
    if (!sock_flag(sk, SOCK_DEAD)) {
      // wakes the connect() sleeping in inet_wait_for_connect
      if (at(A$tcp_rcv_synsent_state_process.L582)) yield;
      ($E.fast || $E.twinOk[sock_def_wakeup.k] === 1 ? sock_def_wakeup$fast(sk) : yield* sock_def_wakeup(sk));
    }
    if (at(A$tcp_rcv_synsent_state_process.L586)) yield;
    if (at(A$tcp_rcv_synsent_state_process.L597)) yield;
    ($E.fast || $E.twinOk[tcp_send_ack.k] === 1 ? tcp_send_ack$fast(sk) : yield* tcp_send_ack(sk));
    if (at(A$tcp_rcv_synsent_state_process.L600)) yield;
    return -1;
  }
  if (at(A$tcp_rcv_synsent_state_process.L603)) yield;
  if (th.rst) {
    if (at(A$tcp_rcv_synsent_state_process.L604)) yield;
    return 0;
  }
  if (at(A$tcp_rcv_synsent_state_process.L607)) yield;
  if (th.syn) {
    // crossing SYNs (simultaneous open)
    if (at(A$tcp_rcv_synsent_state_process.L609)) yield;
    ($E.fast || $E.twinOk[tcp_set_state.k] === 1 ? tcp_set_state$fast(sk, TCP_SYN_RECV) : yield* tcp_set_state(sk, TCP_SYN_RECV));
    tp.rcv_nxt = tp.rcv_wup = (th.seq + 1) >>> 0;
    tp.snd_wnd = th.window;
    if (at(A$tcp_rcv_synsent_state_process.L611)) yield;
    ($E.fast || $E.twinOk[__tcp_transmit_skb.k] === 1 ? __tcp_transmit_skb$fast(sk, tp.snd_una, SYN_ACK) : yield* __tcp_transmit_skb(sk, tp.snd_una, SYN_ACK));
    return -1;
  }
  return 0;
  } finally {
    leave($f);
  }
}
const A$tcp_rcv_state_process = defineFn('net/ipv4/tcp_input.c', 'tcp_rcv_state_process', [640, 641, 644, 646, 649, 651, 652, 657, 665, 669, 670, 677, 680, 683, 686, 693, 694, 698, 701, 702, 704, 705, 710, 715, 718, 719, 721, 727, 734, 739, 742, 746, 751, 759, 775, 781, 787, 788, 794]);

/** tcp_rcv_state_process(): the TCP state machine for every state but ESTABLISHED (and TIME_WAIT). 1 = send a RST. */
export function* tcp_rcv_state_process(sk: Sock, skb: SkBuff): Sim<number> { let $t: any;
  const tp = tcp_sk(sk);
  const icsk = inet_csk(sk);
  const th = skb.th!;
  const $f = enter(A$tcp_rcv_state_process, { sk, skb, th, tp, icsk });
  try {

  if (at(A$tcp_rcv_state_process.L640)) yield;
  switch (sk.sk_state) {
    case TCP_CLOSE:
      if (at(A$tcp_rcv_state_process.L641)) yield;
      return 0;
    case TCP_LISTEN:
      if (at(A$tcp_rcv_state_process.L644)) yield;
      if (at(A$tcp_rcv_state_process.L646)) yield;
      if (th.ack) return 1;
      if (at(A$tcp_rcv_state_process.L649)) yield;
      if (th.rst) return 0;
      if (at(A$tcp_rcv_state_process.L651)) yield;
      if (th.syn) {
        if (at(A$tcp_rcv_state_process.L652)) yield;
        if (th.fin) return 0;
        if (at(A$tcp_rcv_state_process.L657)) yield;
        const acceptable = ((($t = inet_csk(sk).icsk_af_ops!.conn_request).fast !== undefined && ($E.fast || $E.twinOk[$t.k] === 1) ? $t.fast(sk, skb) : yield* inet_csk(sk).icsk_af_ops!.conn_request(sk, skb))) >= 0;
        $f.vars.acceptable = acceptable;
        return acceptable ? 0 : 1;
      }
      return 0;
    case TCP_SYN_SENT: {
      if (at(A$tcp_rcv_state_process.L665)) yield;
      if (at(A$tcp_rcv_state_process.L669)) yield;
      const queued = ($E.fast || $E.twinOk[tcp_rcv_synsent_state_process.k] === 1 ? tcp_rcv_synsent_state_process$fast(sk, skb) : yield* tcp_rcv_synsent_state_process(sk, skb));
      $f.vars.queued = queued;
      if (at(A$tcp_rcv_state_process.L670)) yield;
      if (queued >= 0) return queued;
      return 0;
    }
  }
  if (at(A$tcp_rcv_state_process.L677)) yield;
  if (!th.ack && !th.rst && !th.syn) return 0;
  if (at(A$tcp_rcv_state_process.L680)) yield;
  if (!(($E.fast || $E.twinOk[tcp_validate_incoming.k] === 1 ? tcp_validate_incoming$fast(sk, skb) : yield* tcp_validate_incoming(sk, skb)))) return 0;
  if (at(A$tcp_rcv_state_process.L683)) yield;
  const acceptable = (($E.fast || $E.twinOk[tcp_ack.k] === 1 ? tcp_ack$fast(sk, skb) : yield* tcp_ack(sk, skb))) > 0;
  $f.vars.acceptable = acceptable;
  if (at(A$tcp_rcv_state_process.L686)) yield;
  if (!acceptable) {
    if (sk.sk_state === TCP_SYN_RECV) return 1;
    ($E.fast || $E.twinOk[tcp_send_ack.k] === 1 ? tcp_send_ack$fast(sk) : yield* tcp_send_ack(sk)); // challenge ACK
    return 0;
  }
  if (at(A$tcp_rcv_state_process.L693)) yield;
  switch (sk.sk_state) {
    case TCP_SYN_RECV:
      if (at(A$tcp_rcv_state_process.L694)) yield;
      if (at(A$tcp_rcv_state_process.L698)) yield;
      tp.copied_seq = tp.rcv_nxt;
      // (tcp_init_transfer: the initial congestion window and send buffer)
      tcp_init_transfer(sk);
      if (at(A$tcp_rcv_state_process.L701)) yield;
      ($E.fast || $E.twinOk[tcp_set_state.k] === 1 ? tcp_set_state$fast(sk, TCP_ESTABLISHED) : yield* tcp_set_state(sk, TCP_ESTABLISHED));
      if (at(A$tcp_rcv_state_process.L702)) yield;
      ($E.fast || $E.twinOk[sock_def_wakeup.k] === 1 ? sock_def_wakeup$fast(sk) : yield* sock_def_wakeup(sk));
      if (at(A$tcp_rcv_state_process.L704)) yield;
      tp.snd_una = th.ack_seq;
      if (at(A$tcp_rcv_state_process.L705)) yield;
      tp.snd_wnd = th.window;
      break;
    case TCP_FIN_WAIT1: {
      if (at(A$tcp_rcv_state_process.L710)) yield;
      if (at(A$tcp_rcv_state_process.L715)) yield;
      if (tp.snd_una !== tp.write_seq) break;
      if (at(A$tcp_rcv_state_process.L718)) yield;
      ($E.fast || $E.twinOk[tcp_set_state.k] === 1 ? tcp_set_state$fast(sk, TCP_FIN_WAIT2) : yield* tcp_set_state(sk, TCP_FIN_WAIT2));
      if (at(A$tcp_rcv_state_process.L719)) yield;
      sk.sk_shutdown |= SEND_SHUTDOWN;
      if (at(A$tcp_rcv_state_process.L721)) yield;
      if (!sock_flag(sk, SOCK_DEAD)) {
        ($E.fast || $E.twinOk[sock_def_wakeup.k] === 1 ? sock_def_wakeup$fast(sk) : yield* sock_def_wakeup(sk));
        break;
      }
      if (at(A$tcp_rcv_state_process.L727)) yield;
      const tmo = sk.skc_net.sysctl['net.ipv4.tcp_fin_timeout'] * 1_000_000;
      $f.vars.tmo = tmo;
      if (!th.fin && tmo <= TCP_TIMEWAIT_LEN) {
        // an orphan (close() already returned): a timewait sock in substate FIN_WAIT2 takes over
        if (at(A$tcp_rcv_state_process.L734)) yield;
        ($E.fast || $E.twinOk[tcp_time_wait.k] === 1 ? tcp_time_wait$fast(sk, TCP_FIN_WAIT2, tmo) : yield* tcp_time_wait(sk, TCP_FIN_WAIT2, tmo));
        return 0;
      }
      break;
    }
    case TCP_CLOSING:
      if (at(A$tcp_rcv_state_process.L739)) yield;
      if (tp.snd_una === tp.write_seq) {
        if (at(A$tcp_rcv_state_process.L742)) yield;
        ($E.fast || $E.twinOk[tcp_time_wait.k] === 1 ? tcp_time_wait$fast(sk, TCP_TIME_WAIT, 0) : yield* tcp_time_wait(sk, TCP_TIME_WAIT, 0));
        return 0;
      }
      break;
    case TCP_LAST_ACK:
      if (at(A$tcp_rcv_state_process.L746)) yield;
      if (tp.snd_una === tp.write_seq) {
        if (at(A$tcp_rcv_state_process.L751)) yield;
        ($E.fast || $E.twinOk[tcp_done.k] === 1 ? tcp_done$fast(sk) : yield* tcp_done(sk));
        return 0;
      }
      break;
  }
  if (at(A$tcp_rcv_state_process.L759)) yield;
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
      if (at(A$tcp_rcv_state_process.L775)) yield;
      ($E.fast || $E.twinOk[tcp_reset.k] === 1 ? tcp_reset$fast(sk) : yield* tcp_reset(sk));
      return 1;
    }
  }
  if (process) {
    if (at(A$tcp_rcv_state_process.L781)) yield;
    ($E.fast || $E.twinOk[tcp_data_queue.k] === 1 ? tcp_data_queue$fast(sk, skb) : yield* tcp_data_queue(sk, skb));
  }
  if ((sk.sk_state as number) !== TCP_CLOSE) {
    if (at(A$tcp_rcv_state_process.L787)) yield;
    ($E.fast || $E.twinOk[tcp_data_snd_check.k] === 1 ? tcp_data_snd_check$fast(sk) : yield* tcp_data_snd_check(sk));
    if (at(A$tcp_rcv_state_process.L788)) yield;
    ($E.fast || $E.twinOk[tcp_ack_snd_check.k] === 1 ? tcp_ack_snd_check$fast(sk) : yield* tcp_ack_snd_check(sk));
  }
  if (at(A$tcp_rcv_state_process.L794)) yield;
  return 0;
  } finally {
    leave($f);
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
const A$tcp_conn_request = defineFn('net/ipv4/tcp_input.c', 'tcp_conn_request', [821, 822, 828, 829, 834, 848, 851, 853, 860, 865, 869, 885, 888, 893, 894, 898, 905]);

/**
 * tcp_conn_request(): a SYN to a listener. No socket is made: a request sock in TCP_NEW_SYN_RECV
 * goes into the *established* hash (the "half-open queue" is only a count, qlen), and a SYN-ACK goes out.
 */
export function* tcp_conn_request(sk: Sock, skb: SkBuff): Sim<number> {
  const net = sk.skc_net;
  const th = skb.th!;
  const icsk = inet_csk(sk);
  const $f = enter(A$tcp_conn_request, { sk, skb });
  try {

  let want_cookie = false;
  $f.vars.want_cookie = want_cookie;
  if (at(A$tcp_conn_request.L821)) yield;
  // inet_csk_reqsk_queue_is_full(): qlen >= sk_max_ack_backlog in 5.4
  if (net.sysctl['net.ipv4.tcp_syncookies'] === 2 || icsk.icsk_accept_queue.qlen >= sk.sk_max_ack_backlog) {
    if (at(A$tcp_conn_request.L822)) yield;
    want_cookie = net.sysctl['net.ipv4.tcp_syncookies'] > 0;
    $f.vars.want_cookie = want_cookie;
    NET_INC_STATS(net, want_cookie ? MIB.TCPReqQFullDoCookies : MIB.TCPReqQFullDrop);
    if (!want_cookie) {
      if (at(A$tcp_conn_request.L905)) yield;
      tcp_listendrop(sk);
      return 0;
    }
  }
  if (at(A$tcp_conn_request.L828)) yield;
  if (($E.fast || $E.twinOk[sk_acceptq_is_full.k] === 1 ? sk_acceptq_is_full$fast(sk) : yield* sk_acceptq_is_full(sk))) {
    if (at(A$tcp_conn_request.L829)) yield;
    NET_INC_STATS(net, MIB.ListenOverflows);
    if (at(A$tcp_conn_request.L905)) yield;
    tcp_listendrop(sk);
    return 0;
  }
  if (at(A$tcp_conn_request.L834)) yield;
  const req = inet_reqsk_alloc(sk);
  $f.vars.req = req;
  if (at(A$tcp_conn_request.L848)) yield;
  req.rcv_isn = th.seq;
  req.rcv_nxt = (th.seq + 1) >>> 0;
  req.mss = th.options.mss ?? TCP_MSS_DEFAULT;
  req.rsk_rcv_wnd = 65535;
  inet_rsk(req).ir_rmt_port = th.source;
  inet_rsk(req).ir_num = th.dest;
  if (at(A$tcp_conn_request.L851)) yield;
  inet_rsk(req).ir_loc_addr = skb.iph.daddr;
  inet_rsk(req).ir_rmt_addr = skb.iph.saddr;
  if (at(A$tcp_conn_request.L853)) yield;
  let isn: number;
  if (!want_cookie) {
    if (at(A$tcp_conn_request.L860)) yield;
    isn = secure_tcp_seq(net, skb.iph.daddr, skb.iph.saddr, th.dest, th.source);
  } else {
    if (at(A$tcp_conn_request.L865)) yield;
    // cookie_init_sequence(): tcp_synq_overflow() stamps the listener (cookie ACKs are checked
    // for two minutes from now), then the cookie encodes the 4-tuple, the minute and the MSS
    const last = tcp_sk(sk).rx_opt.ts_recent_stamp;
    if (last < 0 || E.now > last + 1_000_000) tcp_sk(sk).rx_opt.ts_recent_stamp = E.now;
    NET_INC_STATS(net, MIB.SyncookiesSent);
    const c = ($E.fast || $E.twinOk[cookie_v4_init_sequence.k] === 1 ? cookie_v4_init_sequence$fast(sk, skb) : yield* cookie_v4_init_sequence(sk, skb));
    isn = c.isn;
    req.mss = c.mss;
  }
  $f.vars.isn = isn;
  if (at(A$tcp_conn_request.L869)) yield;
  req.snt_isn = isn;
  if (!want_cookie) {
    if (at(A$tcp_conn_request.L885)) yield;
    ($E.fast || $E.twinOk[inet_csk_reqsk_queue_hash_add.k] === 1 ? inet_csk_reqsk_queue_hash_add$fast(sk, req, TCP_TIMEOUT_INIT) : yield* inet_csk_reqsk_queue_hash_add(sk, req, TCP_TIMEOUT_INIT));
  }
  if (at(A$tcp_conn_request.L888)) yield;
  ($E.fast || $E.twinOk[tcp_v4_send_synack.k] === 1 ? tcp_v4_send_synack$fast(sk, req) : yield* tcp_v4_send_synack(sk, req));
  if (want_cookie) {
    if (at(A$tcp_conn_request.L893)) yield;
    req.freed = true;
    if (at(A$tcp_conn_request.L894)) yield;
    return 0;
  }
  if (at(A$tcp_conn_request.L898)) yield;
  return 0;
  } finally {
    leave($f);
  }
}



// ---- fast-path twins (scripts/twins.cjs) ----
import { E as $E, FAST_FRAME as $FF, driveToEnd as $drive, registerTwin as $kreg } from '../../../core/engine';
import { tcp_xmit_retransmit_queue$fast as tcp_xmit_retransmit_queue$fast, tcp_send_ack$fast as tcp_send_ack$fast, tcp_push_pending_frames$fast as tcp_push_pending_frames$fast, tcp_send_delayed_ack$fast as tcp_send_delayed_ack$fast, __tcp_transmit_skb$fast as __tcp_transmit_skb$fast } from './tcp_output';
import { tcp_reno_cong_avoid$fast as tcp_reno_cong_avoid$fast } from './tcp_cong';
import { tcp_done$fast as tcp_done$fast, tcp_set_state$fast as tcp_set_state$fast } from './tcp';
import { sock_def_error_report$fast as sock_def_error_report$fast, sock_def_wakeup$fast as sock_def_wakeup$fast, sock_def_readable$fast as sock_def_readable$fast, sk_acceptq_is_full$fast as sk_acceptq_is_full$fast } from '../core/sock';
import { tcp_time_wait$fast as tcp_time_wait$fast } from './tcp_minisocks';
import { sk_stream_write_space$fast as sk_stream_write_space$fast } from '../core/stream';
import { cookie_v4_init_sequence$fast as cookie_v4_init_sequence$fast } from './syncookies';
import { inet_csk_reqsk_queue_hash_add$fast as inet_csk_reqsk_queue_hash_add$fast } from './inet_connection_sock';
import { tcp_v4_send_synack$fast as tcp_v4_send_synack$fast } from './tcp_ipv4';
export function tcp_ack$fast(sk: Sock, skb: SkBuff): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0; let $x = -1;
  const tp = tcp_sk(sk);
  const icsk = inet_csk(sk);
  const th = skb.th!;
  const ack = th.ack_seq;
  const ack_seq = th.seq;
  const $f = ($tb !== null && ($o = (A$tcp_ack.L24 | 272629760), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {

  $s += 4;
  const prior_snd_una = tp.snd_una;
  
  
  const prior_packets = tp.packets_out;
  
  const prior_delivered = tp.delivered;
  let flag = 0;
  const rexmit = { v: REXMIT_NONE };
  
  if (before(ack, prior_snd_una)) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_ack.L46) : $tb.op($e.now, A$tcp_ack.L46));
    ++$s; $x = A$tcp_ack.L157 | 1048576;
    return ($r = (0), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_ack.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_ack.L49) : $tb.op($e.now, A$tcp_ack.L49));
  if (after(ack, tp.snd_nxt)) {
    ++$s; $x = A$tcp_ack.L50 | 1048576;
    return ($r = (-1), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_ack.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_ack.L52) : $tb.op($e.now, A$tcp_ack.L52));
  if (after(ack, prior_snd_una)) {
    $s += 2; if ($tb !== null) ($o = (A$tcp_ack.L53 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
    flag |= FLAG_SND_UNA_ADVANCED;
    
    icsk.icsk_retransmits = 0;
  }
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_ack.L82) : $tb.op($e.now, A$tcp_ack.L82));
  // (the slow path: this model takes it for every segment)
  if (ack_seq !== end_seq(skb)) flag |= FLAG_DATA;
  flag |= tcp_ack_update_window(sk, skb, ack, ack_seq);
  $s += 2; if ($tb !== null) ($o = (A$tcp_ack.L100 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  icsk.icsk_probes_out = 0;
  
  if (!prior_packets) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_ack.L103) : $tb.op($e.now, A$tcp_ack.L103));
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_ack.L141) : $tb.op($e.now, A$tcp_ack.L141));
    tcp_ack_probe$fast(sk);
    ++$s; $x = A$tcp_ack.L145 | 1048576;
    return ($r = (1), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_ack.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_ack.L105) : $tb.op($e.now, A$tcp_ack.L105));
  flag |= tcp_clean_rtx_queue$fast(sk, prior_snd_una);
  
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_ack.L111) : $tb.op($e.now, A$tcp_ack.L111));
  if (flag & FLAG_SET_XMIT_TIMER) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_ack.L112) : $tb.op($e.now, A$tcp_ack.L112));
    // tcp_rearm_rto(): nothing left in flight stops the timer, else it runs an RTO from now
    if (!tp.packets_out) inet_csk_clear_xmit_timer(sk);
    else inet_csk_reset_xmit_timer(sk, icsk.icsk_rto);
  }
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_ack.L114) : $tb.op($e.now, A$tcp_ack.L114));
  if (!(flag & FLAG_NOT_DUP) || icsk.icsk_ca_state !== TCP_CA_Open) {
    // a duplicate ACK (nothing new ACKed, no data, the same window), or we are already in disorder or recovery
    let num_dupack = 0;
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_ack.L115) : $tb.op($e.now, A$tcp_ack.L115));
    if (!(flag & (FLAG_SND_UNA_ADVANCED | FLAG_NOT_DUP))) {
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_ack.L116) : $tb.op($e.now, A$tcp_ack.L116));
      num_dupack = 1;
    }
    
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_ack.L120) : $tb.op($e.now, A$tcp_ack.L120));
    flag = tcp_fastretrans_alert$fast(sk, prior_snd_una, num_dupack, flag, rexmit);
  }
  $s += 2; if ($tb !== null) ($o = (A$tcp_ack.L127 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  const delivered = tp.delivered - prior_delivered;
  
  
  tcp_cong_control$fast(sk, ack, delivered, flag);
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_ack.L132) : $tb.op($e.now, A$tcp_ack.L132));
  if (rexmit.v !== REXMIT_NONE && sk.sk_state !== TCP_SYN_SENT) tcp_xmit_retransmit_queue$fast(sk);
  if (E.history !== null) E.history.cwnd(E.now, tp, 'ack'); // (the view's cwnd plot: history.ts)
  ++$s; $x = A$tcp_ack.L133 | 1048576;
  return ($r = (1), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_ack.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
function tcp_ack_probe$fast(sk: Sock): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $s = 0;
  const tp = tcp_sk(sk);
  const icsk = inet_csk(sk);
  const head = sk.sk_write_queue[0];
  const $f = ($tb !== null && ($o = (A$tcp_ack_probe.L922 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  ++$s;
  if (head === undefined) { ($e.steps += $s, $tb !== null && ($o = (A$tcp_ack_probe.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))); return; }
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_ack_probe.L924) : $tb.op($e.now, A$tcp_ack_probe.L924));
  if (!after(end_seq(head), (tp.snd_una + tp.snd_wnd) >>> 0)) {
    $s += 2; if ($tb !== null) ($o = (A$tcp_ack_probe.L925 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
    icsk.icsk_backoff = 0;
    
    inet_csk_clear_xmit_timer(sk);
  } else {
    $s += 3; if ($tb !== null) ($o = (A$tcp_ack_probe.L927 | 2097152), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
    // still shut: the next probe after the backed-off interval
    
    
    tcp_reset_xmit_timer(sk, ICSK_TIME_PROBE0, tcp_probe0_when(sk, TCP_RTO_MAX));
  }
  } ($e.steps += $s, $tb !== null && ($o = (A$tcp_ack_probe.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
}
function tcp_clean_rtx_queue$fast(sk: Sock, prior_snd_una: number): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0; let $x = -1;
  const tp = tcp_sk(sk);
  const $f = ($tb !== null && ($o = (A$tcp_clean_rtx_queue.L962 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  let flag = 0;
  let pkts_acked = 0;
  let first_ackt = -1;
  const rtx = tp.tcp_rtx_queue;
  let i = 0;
  ++$s;
  for (; i < rtx.length; i++) {
    const skb = rtx[i];
    const th = skb.th!;
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_clean_rtx_queue.L970) : $tb.op($e.now, A$tcp_clean_rtx_queue.L970));
    if (after(end_seq(skb), tp.snd_una)) {
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_clean_rtx_queue.L973) : $tb.op($e.now, A$tcp_clean_rtx_queue.L973));
      break;
    }
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_clean_rtx_queue.L983) : $tb.op($e.now, A$tcp_clean_rtx_queue.L983));
    if (skb.tcp_sacked & (TCPCB_SACKED_RETRANS | TCPCB_EVER_RETRANS)) {
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_clean_rtx_queue.L984) : $tb.op($e.now, A$tcp_clean_rtx_queue.L984));
      if (skb.tcp_sacked & TCPCB_SACKED_RETRANS) {
        ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_clean_rtx_queue.L985) : $tb.op($e.now, A$tcp_clean_rtx_queue.L985));
        tp.retrans_out--;
      }
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_clean_rtx_queue.L986) : $tb.op($e.now, A$tcp_clean_rtx_queue.L986));
      flag |= FLAG_RETRANS_DATA_ACKED;
    } else if (first_ackt < 0) {
      // (sent once: when it left times this ACK's round trip — Karn's rule skips retransmitted ones)
      first_ackt = skb.skb_mstamp;
    }
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_clean_rtx_queue.L1008) : $tb.op($e.now, A$tcp_clean_rtx_queue.L1008));
    if (skb.tcp_sacked & TCPCB_LOST) {
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_clean_rtx_queue.L1009) : $tb.op($e.now, A$tcp_clean_rtx_queue.L1009));
      tp.lost_out--;
    }
    $s += 2; if ($tb !== null) ($o = (A$tcp_clean_rtx_queue.L1011 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
    tp.packets_out--;
    pkts_acked++;
    
    if (!th.syn) {
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_clean_rtx_queue.L1016) : $tb.op($e.now, A$tcp_clean_rtx_queue.L1016));
      flag |= FLAG_DATA_ACKED;
      sk.sk_wmem_queued -= TCP_SKB_TRUESIZE + skb.len;
    } else {
      $s += 2; if ($tb !== null) ($o = (A$tcp_clean_rtx_queue.L1018 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
      flag |= FLAG_SYN_ACKED;
      
      tp.retrans_stamp = 0;
    }
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_clean_rtx_queue.L1030) : $tb.op($e.now, A$tcp_clean_rtx_queue.L1030));
    // (sk_wmem_free_skb: the send buffer shrank — tcp_check_space may wake a writer)
    sock_set_flag(sk, SOCK_QUEUE_SHRUNK);
  }
  // (in place: the freed segments leave the front of the queue)
  if (i) rtx.splice(0, i);
  
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_clean_rtx_queue.L1057) : $tb.op($e.now, A$tcp_clean_rtx_queue.L1057));
  if (first_ackt >= 0 && !(flag & FLAG_RETRANS_DATA_ACKED)) tcp_ack_update_rtt(sk, E.now - first_ackt);
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_clean_rtx_queue.L1060) : $tb.op($e.now, A$tcp_clean_rtx_queue.L1060));
  if (flag & FLAG_ACKED) {
    $s += 3; if ($tb !== null) ($o = (A$tcp_clean_rtx_queue.L1061 | 2097152), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
    flag |= FLAG_SET_XMIT_TIMER;
    
    
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
  ++$s; $x = A$tcp_clean_rtx_queue.L1118 | 1048576;
  return ($r = (flag), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_clean_rtx_queue.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
function tcp_fastretrans_alert$fast(sk: Sock, prior_snd_una: number, num_dupack: number, flag: number, rexmit: { v: number }): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0; let $x = -1;
  const tp = tcp_sk(sk);
  const icsk = inet_csk(sk);
  const $f = ($tb !== null && ($o = (A$tcp_fastretrans_alert.L1137 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {

  ++$s;
  if (!tp.packets_out && tp.sacked_out) tp.sacked_out = 0;
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_fastretrans_alert.L1148) : $tb.op($e.now, A$tcp_fastretrans_alert.L1148));
  if (icsk.icsk_ca_state === TCP_CA_Open) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_fastretrans_alert.L1150) : $tb.op($e.now, A$tcp_fastretrans_alert.L1150));
    tp.retrans_stamp = 0;
  } else if (!before(tp.snd_una, tp.high_seq)) {
    $s += 2; if ($tb !== null) ($o = (A$tcp_fastretrans_alert.L1151 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
    
    if (icsk.icsk_ca_state === TCP_CA_Recovery) {
      $s += 3; if ($tb !== null) ($o = (A$tcp_fastretrans_alert.L1160 | 2097152), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
      
      tp.sacked_out = 0;
      
      // (no undo without timestamps or D-SACK; Reno holds Recovery until something above high_seq is ACKed)
      if (tp.snd_una === tp.high_seq) {
        ++$s; $x = A$tcp_fastretrans_alert.L1164 | 1048576;
        return ($r = (flag), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_fastretrans_alert.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
      }
      icsk.icsk_ca_state = TCP_CA_Open;
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_fastretrans_alert.L1165) : $tb.op($e.now, A$tcp_fastretrans_alert.L1165));
      tcp_end_cwnd_reduction(sk);
    }
  }
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_fastretrans_alert.L1170) : $tb.op($e.now, A$tcp_fastretrans_alert.L1170));
  switch (icsk.icsk_ca_state) {
    case TCP_CA_Recovery:
      $s += 2; if ($tb !== null) ($o = (A$tcp_fastretrans_alert.L1171 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
      
      if (!(flag & FLAG_SND_UNA_ADVANCED)) {
        ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_fastretrans_alert.L1174) : $tb.op($e.now, A$tcp_fastretrans_alert.L1174));
        tcp_add_reno_sack(sk, num_dupack);
      }
      // a partial ACK (NewReno) marks the new head lost: tcp_identify_packet_loss → tcp_newreno_mark_lost
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_fastretrans_alert.L1185) : $tb.op($e.now, A$tcp_fastretrans_alert.L1185));
      tcp_newreno_mark_lost(sk, !!(flag & FLAG_SND_UNA_ADVANCED));
      break;
    case TCP_CA_Loss:
      $s += 2; if ($tb !== null) ($o = (A$tcp_fastretrans_alert.L1187 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
      
      // (F-RTO off): leave Loss once everything sent before the timeout is ACKed
      if (!before(tp.snd_una, tp.high_seq)) {
        icsk.icsk_ca_state = TCP_CA_Open;
        return ($r = (flag), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_fastretrans_alert.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
      }
      rexmit.v = REXMIT_LOST;
      return ($r = (flag), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_fastretrans_alert.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
    default:
      $s += 2; if ($tb !== null) ($o = (A$tcp_fastretrans_alert.L1194 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
      
      if (flag & FLAG_SND_UNA_ADVANCED) tp.sacked_out = 0;
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_fastretrans_alert.L1197) : $tb.op($e.now, A$tcp_fastretrans_alert.L1197));
      tcp_add_reno_sack(sk, num_dupack);
      
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_fastretrans_alert.L1203) : $tb.op($e.now, A$tcp_fastretrans_alert.L1203));
      tcp_newreno_mark_lost(sk, !!(flag & FLAG_SND_UNA_ADVANCED));
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_fastretrans_alert.L1204) : $tb.op($e.now, A$tcp_fastretrans_alert.L1204));
      if (!tp.lost_out) {
        ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_fastretrans_alert.L1205) : $tb.op($e.now, A$tcp_fastretrans_alert.L1205));
        // tcp_try_keep_open(): Disorder while duplicate ACKs are counted, Open otherwise
        const state = tp.sacked_out || tp.lost_out || tp.retrans_out ? TCP_CA_Disorder : TCP_CA_Open;
        if (icsk.icsk_ca_state !== state) {
          icsk.icsk_ca_state = state;
          tp.high_seq = tp.snd_nxt;
        }
        ++$s; $x = A$tcp_fastretrans_alert.L1177 | 1048576;
        return ($r = (flag), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_fastretrans_alert.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
      }
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_fastretrans_alert.L1218) : $tb.op($e.now, A$tcp_fastretrans_alert.L1218));
      tcp_enter_recovery$fast(sk);
  }
  ++$s; $x = A$tcp_fastretrans_alert.L1224 | 1048576;
  rexmit.v = REXMIT_LOST;
  return ($r = (flag), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_fastretrans_alert.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
function tcp_enter_recovery$fast(sk: Sock): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $s = 0;
  const tp = tcp_sk(sk);
  const icsk = inet_csk(sk);
  const $f = ($tb !== null && ($o = (A$tcp_enter_recovery.L1243 | 270532608), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  $s += 2;
  NET_INC_STATS(sk.skc_net, MIB.TCPRenoRecovery);
  
  if (icsk.icsk_ca_state !== TCP_CA_CWR && icsk.icsk_ca_state !== TCP_CA_Recovery) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_enter_recovery.L1251) : $tb.op($e.now, A$tcp_enter_recovery.L1251));
    // tcp_init_cwnd_reduction(): high_seq = snd_nxt, ssthresh from the congestion control, PRR's counters zeroed
    tp.high_seq = tp.snd_nxt;
    tp.prior_cwnd = tp.snd_cwnd;
    tp.prr_delivered = 0;
    tp.prr_out = 0;
    tp.snd_ssthresh = tcp_reno_ssthresh(sk);
  }
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_enter_recovery.L1253) : $tb.op($e.now, A$tcp_enter_recovery.L1253));
  icsk.icsk_ca_state = TCP_CA_Recovery;
  } ($e.steps += $s, $tb !== null && ($o = (A$tcp_enter_recovery.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
}
export function tcp_enter_loss$fast(sk: Sock): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $s = 0;
  const tp = tcp_sk(sk);
  const icsk = inet_csk(sk);
  const $f = ($tb !== null && ($o = (A$tcp_enter_loss.L1269 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  ++$s;
  // every segment of the retransmit queue is lost now; none counts as retransmitted or duplicate-ACKed
  tp.retrans_out = 0;
  tp.sacked_out = 0;
  tp.lost_out = 0;
  for (const skb of tp.tcp_rtx_queue) {
    skb.tcp_sacked = (skb.tcp_sacked & ~TCPCB_SACKED_RETRANS) | TCPCB_LOST;
    tp.lost_out++;
  }
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_enter_loss.L1271) : $tb.op($e.now, A$tcp_enter_loss.L1271));
  if (icsk.icsk_ca_state <= TCP_CA_Disorder || !after(tp.high_seq, tp.snd_una) || (icsk.icsk_ca_state === TCP_CA_Loss && !icsk.icsk_retransmits)) {
    $s += 2; if ($tb !== null) ($o = (A$tcp_enter_loss.L1275 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
    tp.prior_cwnd = tp.snd_cwnd;
    
    tp.snd_ssthresh = tcp_reno_ssthresh(sk);
  }
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_enter_loss.L1280) : $tb.op($e.now, A$tcp_enter_loss.L1280));
  tp.snd_cwnd = tcp_packets_in_flight(tp) + 1;
  $s += 3; if ($tb !== null) ($o = (A$tcp_enter_loss.L1281 | 2097152), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  tp.snd_cwnd_cnt = 0;
  
  icsk.icsk_ca_state = TCP_CA_Loss;
  
  tp.high_seq = tp.snd_nxt;
  } ($e.steps += $s, $tb !== null && ($o = (A$tcp_enter_loss.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
}
function tcp_cong_control$fast(sk: Sock, ack: number, acked_sacked: number, flag: number): any { const $e = $E;
  const icsk = inet_csk(sk);
  if (icsk.icsk_ca_state === TCP_CA_Recovery || icsk.icsk_ca_state === TCP_CA_CWR) {
    tcp_cwnd_reduction(sk, acked_sacked, flag);
  } else if (flag & FLAG_DATA_ACKED) {
    // tcp_may_raise_cwnd() → tcp_cong_avoid() → icsk_ca_ops->cong_avoid = tcp_reno_cong_avoid
    tcp_reno_cong_avoid$fast(sk, ack, acked_sacked);
    tcp_sk(sk).snd_cwnd_stamp = E.now;
  }
}
export function tcp_reset$fast(sk: Sock): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $s = 0;
  const $f = ($tb !== null && ($o = (A$tcp_reset.L169 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  ++$s;
  traceReset('tcp_receive_reset', sk);
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_reset.L171) : $tb.op($e.now, A$tcp_reset.L171));
  switch (sk.sk_state) {
    case TCP_SYN_SENT:
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_reset.L174) : $tb.op($e.now, A$tcp_reset.L174));
      sk.sk_err = ECONNREFUSED;
      break;
    case TCP_CLOSE_WAIT:
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_reset.L178) : $tb.op($e.now, A$tcp_reset.L178));
      sk.sk_err = EPIPE;
      break;
    case TCP_CLOSE:
      { ($e.steps += $s, $tb !== null && ($o = (A$tcp_reset.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))); return; }
    default:
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_reset.L183) : $tb.op($e.now, A$tcp_reset.L183));
      sk.sk_err = ECONNRESET;
  }
  $s += 2; if ($tb !== null) ($o = (A$tcp_reset.L187 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  tcp_sk(sk).tcp_rtx_queue = [];
  tcp_sk(sk).packets_out = 0;
  
  tcp_done$fast(sk);
  if (!sock_flag(sk, SOCK_DEAD)) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_reset.L192) : $tb.op($e.now, A$tcp_reset.L192));
    sock_def_error_report$fast(sk);
  }
  } ($e.steps += $s, $tb !== null && ($o = (A$tcp_reset.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
}
export function tcp_fin$fast(sk: Sock): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $s = 0;
  const $f = ($tb !== null && ($o = (A$tcp_fin.L247 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  ++$s;
  inet_csk_schedule_ack(sk);
  $s += 2; if ($tb !== null) ($o = (A$tcp_fin.L249 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  sk.sk_shutdown |= RCV_SHUTDOWN;
  
  sock_set_flag(sk, SOCK_DONE);
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_fin.L251) : $tb.op($e.now, A$tcp_fin.L251));
  switch (sk.sk_state) {
    case TCP_SYN_RECV:
    case TCP_ESTABLISHED:
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_fin.L255) : $tb.op($e.now, A$tcp_fin.L255));
      tcp_set_state$fast(sk, TCP_CLOSE_WAIT);
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_fin.L256) : $tb.op($e.now, A$tcp_fin.L256));
      inet_csk(sk).icsk_ack.pingpong = TCP_PINGPONG_THRESH;
      break;
    case TCP_FIN_WAIT1:
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_fin.L267) : $tb.op($e.now, A$tcp_fin.L267));
      tcp_send_ack$fast(sk);
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_fin.L268) : $tb.op($e.now, A$tcp_fin.L268));
      tcp_set_state$fast(sk, TCP_CLOSING);
      break;
    case TCP_FIN_WAIT2:
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_fin.L272) : $tb.op($e.now, A$tcp_fin.L272));
      tcp_send_ack$fast(sk);
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_fin.L274) : $tb.op($e.now, A$tcp_fin.L274));
      tcp_time_wait$fast(sk, TCP_TIME_WAIT, 0);
      break;
    default:
      break;
  }
  if (!sock_flag(sk, SOCK_DEAD)) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_fin.L286) : $tb.op($e.now, A$tcp_fin.L286));
    sock_def_wakeup$fast(sk);
  }
  } ($e.steps += $s, $tb !== null && ($o = (A$tcp_fin.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
}
export function tcp_data_queue$fast(sk: Sock, skb: SkBuff): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $s = 0;
  const tp = tcp_sk(sk);
  const th = skb.th!;
  const $f = ($tb !== null && ($o = (A$tcp_data_queue.L304 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {

  ++$s;
  if (!skb.len && !th.fin) { ($e.steps += $s, $tb !== null && ($o = (A$tcp_data_queue.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))); return; }
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_data_queue.L315) : $tb.op($e.now, A$tcp_data_queue.L315));
  if (th.seq === tp.rcv_nxt) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_data_queue.L316) : $tb.op($e.now, A$tcp_data_queue.L316));
    if (skb.len && tcp_receive_window(tp) === 0) {
      // the window we advertised is shut: this is a probe's byte or an overrun — drop it, ACK at once
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_data_queue.L318) : $tb.op($e.now, A$tcp_data_queue.L318));
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_data_queue.L360) : $tb.op($e.now, A$tcp_data_queue.L360));
      tcp_incr_quickack(sk, TCP_MAX_QUICKACKS);
      inet_csk_schedule_ack(sk);
      { ($e.steps += $s, $tb !== null && ($o = (A$tcp_data_queue.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))); return; }
    }
    // tcp_queue_rcv(): append to sk_receive_queue and advance rcv_nxt
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_data_queue.L329) : $tb.op($e.now, A$tcp_data_queue.L329));
    if (skb.len && !(sk.sk_shutdown & RCV_SHUTDOWN)) sk.sk_receive_queue.push(skb);
    tp.rcv_nxt = (tp.rcv_nxt + skb.len) >>> 0;
    if (skb.len) {
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_data_queue.L330) : $tb.op($e.now, A$tcp_data_queue.L330));
      tcp_event_data_recv$fast(sk, skb);
    }
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_data_queue.L332) : $tb.op($e.now, A$tcp_data_queue.L332));
    if (th.fin) {
      tp.rcv_nxt = (tp.rcv_nxt + 1) >>> 0;
      tcp_fin$fast(sk);
    }
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_data_queue.L335) : $tb.op($e.now, A$tcp_data_queue.L335));
    if (tp.out_of_order_queue.length) {
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_data_queue.L336) : $tb.op($e.now, A$tcp_data_queue.L336));
      tcp_ofo_queue$fast(sk);
      // (RFC 5681 4.2: the hole is filled — ACK at once)
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_data_queue.L338) : $tb.op($e.now, A$tcp_data_queue.L338));
      if (!tp.out_of_order_queue.length) {
        ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_data_queue.L339) : $tb.op($e.now, A$tcp_data_queue.L339));
        inet_csk(sk).icsk_ack.pending |= ICSK_ACK_NOW;
      }
    }
    if (!sock_flag(sk, SOCK_DEAD)) {
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_data_queue.L350) : $tb.op($e.now, A$tcp_data_queue.L350));
      sock_def_readable$fast(sk);
    }
    { ($e.steps += $s, $tb !== null && ($o = (A$tcp_data_queue.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))); return; }
  }
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_data_queue.L354) : $tb.op($e.now, A$tcp_data_queue.L354));
  if (!after(end_seq(skb), tp.rcv_nxt)) {
    // a retransmission of what we already have: ACK it again at once
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_data_queue.L360) : $tb.op($e.now, A$tcp_data_queue.L360));
    tcp_incr_quickack(sk, TCP_MAX_QUICKACKS);
    inet_csk_schedule_ack(sk);
    { ($e.steps += $s, $tb !== null && ($o = (A$tcp_data_queue.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))); return; }
  }
  // (beyond the window, or overlapping rcv_nxt: not produced by this model's senders)
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_data_queue.L380) : $tb.op($e.now, A$tcp_data_queue.L380));
  tcp_data_queue_ofo$fast(sk, skb);
  } ($e.steps += $s, $tb !== null && ($o = (A$tcp_data_queue.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
}
function tcp_data_queue_ofo$fast(sk: Sock, skb: SkBuff): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $s = 0; let $x = -1;
  const tp = tcp_sk(sk);
  const q = tp.out_of_order_queue;
  const $f = ($tb !== null && ($o = (A$tcp_data_queue_ofo.L1320 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  ++$s;
  inet_csk_schedule_ack(sk);
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_data_queue_ofo.L1323) : $tb.op($e.now, A$tcp_data_queue_ofo.L1323));
  NET_INC_STATS(sk.skc_net, MIB.TCPOFOQueue);
  const seq = skb.th!.seq;
  const end = end_seq(skb);
  $s += 3; if ($tb !== null) ($o = (A$tcp_data_queue_ofo.L1324 | 2097152), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  
  
  
  
  if (!q.length) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_data_queue_ofo.L1335) : $tb.op($e.now, A$tcp_data_queue_ofo.L1335));
    q.push(skb);
    ++$s; $x = A$tcp_data_queue_ofo.L1337 | 1048576;
    { ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_data_queue_ofo.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))); return; }
  }
  // (the rbtree walk: insert in sequence order; a segment we already hold is dropped)
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_data_queue_ofo.L1348) : $tb.op($e.now, A$tcp_data_queue_ofo.L1348));
  let i = q.length;
  while (i > 0 && after(q[i - 1].th!.seq, seq)) i--;
  if (i > 0 && !after(end, end_seq(q[i - 1])) && !before(seq, q[i - 1].th!.seq)) {
    ++$s; $x = A$tcp_data_queue_ofo.L1366 | 1048576;
    { ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_data_queue_ofo.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))); return; }
  }
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_data_queue_ofo.L1390) : $tb.op($e.now, A$tcp_data_queue_ofo.L1390));
  q.splice(i, 0, skb);
  } ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_data_queue_ofo.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
}
function tcp_ofo_queue$fast(sk: Sock): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $s = 0;
  const tp = tcp_sk(sk);
  const q = tp.out_of_order_queue;
  const $f = ($tb !== null && ($o = (A$tcp_ofo_queue.L1437 | 270532608), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  $s += 2;
  
  while (q.length) {
    const skb = q[0];
    
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_ofo_queue.L1440) : $tb.op($e.now, A$tcp_ofo_queue.L1440));
    if (after(skb.th!.seq, tp.rcv_nxt)) {
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_ofo_queue.L1441) : $tb.op($e.now, A$tcp_ofo_queue.L1441));
      break;
    }
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_ofo_queue.L1450) : $tb.op($e.now, A$tcp_ofo_queue.L1450));
    q.shift();
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_ofo_queue.L1452) : $tb.op($e.now, A$tcp_ofo_queue.L1452));
    if (!after(end_seq(skb), tp.rcv_nxt)) {
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_ofo_queue.L1453) : $tb.op($e.now, A$tcp_ofo_queue.L1453));
      continue;
    }
    // (a segment overlapping rcv_nxt keeps only its new bytes in view: copied_seq/rcv_nxt do the arithmetic)
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_ofo_queue.L1459) : $tb.op($e.now, A$tcp_ofo_queue.L1459));
    const fin = skb.th!.fin;
    tp.rcv_nxt = end_seq(skb);
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_ofo_queue.L1462) : $tb.op($e.now, A$tcp_ofo_queue.L1462));
    if (skb.len) sk.sk_receive_queue.push(skb);
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_ofo_queue.L1466) : $tb.op($e.now, A$tcp_ofo_queue.L1466));
    if (fin) {
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_ofo_queue.L1467) : $tb.op($e.now, A$tcp_ofo_queue.L1467));
      tcp_fin$fast(sk);
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_ofo_queue.L1468) : $tb.op($e.now, A$tcp_ofo_queue.L1468));
      break;
    }
  }
  } ($e.steps += $s, $tb !== null && ($o = (A$tcp_ofo_queue.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
}
function tcp_check_space$fast(sk: Sock): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $s = 0;
  const $f = ($tb !== null && ($o = (A$tcp_check_space.L1481 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  ++$s;
  if (sock_flag(sk, SOCK_QUEUE_SHRUNK)) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_check_space.L1482) : $tb.op($e.now, A$tcp_check_space.L1482));
    sock_reset_flag(sk, SOCK_QUEUE_SHRUNK);
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_check_space.L1485) : $tb.op($e.now, A$tcp_check_space.L1485));
    if (sk.sk_socket !== null && sk.sk_socket.flags & SOCK_NOSPACE) {
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_check_space.L1486) : $tb.op($e.now, A$tcp_check_space.L1486));
      // tcp_new_space(): grow sk_sndbuf with cwnd (tcp_sndbuf_expand) while cwnd is not full, then sk->sk_write_space
      if (tcp_packets_in_flight(tcp_sk(sk)) < tcp_sk(sk).snd_cwnd) tcp_sndbuf_expand(sk);
      sk_stream_write_space$fast(sk);
    }
  }
  } ($e.steps += $s, $tb !== null && ($o = (A$tcp_check_space.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
}
function tcp_data_snd_check$fast(sk: Sock): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $s = 0;
  const $f = ($tb !== null && ($o = (A$tcp_data_snd_check.L1500 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  ++$s;
  tcp_push_pending_frames$fast(sk);
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_data_snd_check.L1501) : $tb.op($e.now, A$tcp_data_snd_check.L1501));
  tcp_check_space$fast(sk);
  } ($e.steps += $s, $tb !== null && ($o = (A$tcp_data_snd_check.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
}
function tcp_event_data_recv$fast(sk: Sock, skb: SkBuff): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $s = 0;
  const icsk = inet_csk(sk);
  const a = icsk.icsk_ack;
  const $f = ($tb !== null && ($o = (A$tcp_event_data_recv.L209 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {

  ++$s;
  inet_csk_schedule_ack(sk);
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_event_data_recv.L211) : $tb.op($e.now, A$tcp_event_data_recv.L211));
  tcp_measure_rcv_mss(sk, skb);
  const now = E.now;
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_event_data_recv.L214) : $tb.op($e.now, A$tcp_event_data_recv.L214));
  if (!a.ato) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_event_data_recv.L217) : $tb.op($e.now, A$tcp_event_data_recv.L217));
    tcp_incr_quickack(sk, TCP_MAX_QUICKACKS);
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_event_data_recv.L218) : $tb.op($e.now, A$tcp_event_data_recv.L218));
    a.ato = TCP_ATO_MIN;
  } else {
    const m = now - a.lrcvtime;
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_event_data_recv.L223) : $tb.op($e.now, A$tcp_event_data_recv.L223));
    if (m <= TCP_ATO_MIN / 2) {
      a.ato = Math.floor(a.ato / 2) + TCP_ATO_MIN / 2;
    } else if (m < a.ato) {
      a.ato = Math.min(Math.floor(a.ato / 2) + m, icsk.icsk_rto);
    } else if (m > icsk.icsk_rto) {
      tcp_incr_quickack(sk, TCP_MAX_QUICKACKS);
    }
  }
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_event_data_recv.L234) : $tb.op($e.now, A$tcp_event_data_recv.L234));
  a.lrcvtime = now;
  } ($e.steps += $s, $tb !== null && ($o = (A$tcp_event_data_recv.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
}
function __tcp_ack_snd_check$fast(sk: Sock, ofo_possible: number): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $s = 0;
  const tp = tcp_sk(sk);
  const $f = ($tb !== null && ($o = (A$__tcp_ack_snd_check.L394 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {

  const a = inet_csk(sk).icsk_ack;
  ++$s;
  const twoSegments = ((tp.rcv_nxt - tp.rcv_wup) >>> 0) > a.rcv_mss && __tcp_select_window(sk) >= tp.rcv_wnd;
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__tcp_ack_snd_check.L398) : $tb.op($e.now, A$__tcp_ack_snd_check.L398));
  if (twoSegments || tcp_in_quickack_mode(sk) || a.pending & ICSK_ACK_NOW) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__tcp_ack_snd_check.L402) : $tb.op($e.now, A$__tcp_ack_snd_check.L402));
    tcp_send_ack$fast(sk);
    { ($e.steps += $s, $tb !== null && ($o = (A$__tcp_ack_snd_check.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))); return; }
  }
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__tcp_ack_snd_check.L407) : $tb.op($e.now, A$__tcp_ack_snd_check.L407));
  tcp_send_delayed_ack$fast(sk);
  } ($e.steps += $s, $tb !== null && ($o = (A$__tcp_ack_snd_check.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
}
function tcp_ack_snd_check$fast(sk: Sock): any { const $e = $E;
  if (!inet_csk_ack_scheduled(sk)) return;
  __tcp_ack_snd_check$fast(sk, 1);
}
export function tcp_rcv_established$fast(sk: Sock, skb: SkBuff): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $s = 0;
  const $f = ($tb !== null && ($o = (A$tcp_rcv_established.L431 | 271581184), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  $s += 3;
  
  
  if (!(tcp_validate_incoming$fast(sk, skb))) { ($e.steps += $s, $tb !== null && ($o = (A$tcp_rcv_established.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))); return; }
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_rcv_established.L481) : $tb.op($e.now, A$tcp_rcv_established.L481));
  if (skb.th!.ack && (tcp_ack$fast(sk, skb)) < 0) { ($e.steps += $s, $tb !== null && ($o = (A$tcp_rcv_established.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))); return; }
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_rcv_established.L486) : $tb.op($e.now, A$tcp_rcv_established.L486));
  tcp_data_queue$fast(sk, skb);
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_rcv_established.L488) : $tb.op($e.now, A$tcp_rcv_established.L488));
  tcp_data_snd_check$fast(sk);
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_rcv_established.L489) : $tb.op($e.now, A$tcp_rcv_established.L489));
  tcp_ack_snd_check$fast(sk);
  } ($e.steps += $s, $tb !== null && ($o = (A$tcp_rcv_established.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
}
function tcp_validate_incoming$fast(sk: Sock, skb: SkBuff): any { const $e = $E;
  const tp = tcp_sk(sk);
  const th = skb.th!;
  if (th.rst) {
    if (th.seq === tp.rcv_nxt) tcp_reset$fast(sk);
    // other in-window RSTs get a challenge ACK in Linux; out-of-window ones are dropped
    else if (after(th.seq, tp.rcv_nxt) && before(th.seq, tp.rcv_nxt + 65535)) tcp_send_ack$fast(sk);
    return false;
  }
  if (th.syn) {
    // RFC 5961 4.2: a SYN on a synchronized connection gets a challenge ACK, nothing more
    NET_INC_STATS(sk.skc_net, MIB.TCPSYNChallenge);
    tcp_send_ack$fast(sk);
    return false;
  }
  if (!th.ack) return false;
  return true;
}
export function tcp_finish_connect$fast(sk: Sock, skb: SkBuff): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $s = 0;
  const $f = ($tb !== null && ($o = (A$tcp_finish_connect.L508 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  ++$s;
  tcp_set_state$fast(sk, TCP_ESTABLISHED);
  $s += 2; if ($tb !== null) ($o = (A$tcp_finish_connect.L512 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  
  tcp_init_transfer(sk);
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_finish_connect.L518) : $tb.op($e.now, A$tcp_finish_connect.L518));
  } ($e.steps += $s, $tb !== null && ($o = (A$tcp_finish_connect.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
}
export function tcp_rcv_synsent_state_process$fast(sk: Sock, skb: SkBuff): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0; let $x = -1;
  const tp = tcp_sk(sk);
  const th = skb.th!;
  const $f = ($tb !== null && ($o = (A$tcp_rcv_synsent_state_process.L546 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {

  ++$s;
  if (th.ack) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_rcv_synsent_state_process.L548) : $tb.op($e.now, A$tcp_rcv_synsent_state_process.L548));
    if (!after(th.ack_seq, tp.snd_una) || after(th.ack_seq, tp.snd_nxt)) {
      // an ACK for something we never sent: answer with a RST
      ++$s; $x = A$tcp_rcv_synsent_state_process.L622 | 1048576;
      return ($r = (1), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_rcv_synsent_state_process.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
    }
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_rcv_synsent_state_process.L553) : $tb.op($e.now, A$tcp_rcv_synsent_state_process.L553));
    if (th.rst) {
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_rcv_synsent_state_process.L554) : $tb.op($e.now, A$tcp_rcv_synsent_state_process.L554));
      tcp_reset$fast(sk);
      return ($r = (0), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_rcv_synsent_state_process.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
    }
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_rcv_synsent_state_process.L558) : $tb.op($e.now, A$tcp_rcv_synsent_state_process.L558));
    if (!th.syn) return ($r = (0), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_rcv_synsent_state_process.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
    $s += 2; if ($tb !== null) ($o = (A$tcp_rcv_synsent_state_process.L562 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
    tp.snd_wl1 = th.seq;
    
    tcp_ack$fast(sk, skb);
    $s += 3; if ($tb !== null) ($o = (A$tcp_rcv_synsent_state_process.L567 | 2097152), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
    tp.rcv_nxt = tp.rcv_wup = (th.seq + 1) >>> 0;
    
    tp.snd_wnd = th.window;
    
    tp.mss_cache = Math.min(th.options.mss ?? TCP_MSS_DEFAULT, tp.advmss);
    $s += 2; if ($tb !== null) ($o = (A$tcp_rcv_synsent_state_process.L575 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
    tp.copied_seq = tp.rcv_nxt;
    
    tcp_finish_connect$fast(sk, skb);
    if (!sock_flag(sk, SOCK_DEAD)) {
      // wakes the connect() sleeping in inet_wait_for_connect
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_rcv_synsent_state_process.L582) : $tb.op($e.now, A$tcp_rcv_synsent_state_process.L582));
      sock_def_wakeup$fast(sk);
    }
    $s += 2; if ($tb !== null) ($o = (A$tcp_rcv_synsent_state_process.L586 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
    
    tcp_send_ack$fast(sk);
    ++$s; $x = A$tcp_rcv_synsent_state_process.L600 | 1048576;
    return ($r = (-1), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_rcv_synsent_state_process.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_rcv_synsent_state_process.L603) : $tb.op($e.now, A$tcp_rcv_synsent_state_process.L603));
  if (th.rst) {
    ++$s; $x = A$tcp_rcv_synsent_state_process.L604 | 1048576;
    return ($r = (0), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_rcv_synsent_state_process.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_rcv_synsent_state_process.L607) : $tb.op($e.now, A$tcp_rcv_synsent_state_process.L607));
  if (th.syn) {
    // crossing SYNs (simultaneous open)
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_rcv_synsent_state_process.L609) : $tb.op($e.now, A$tcp_rcv_synsent_state_process.L609));
    tcp_set_state$fast(sk, TCP_SYN_RECV);
    tp.rcv_nxt = tp.rcv_wup = (th.seq + 1) >>> 0;
    tp.snd_wnd = th.window;
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_rcv_synsent_state_process.L611) : $tb.op($e.now, A$tcp_rcv_synsent_state_process.L611));
    __tcp_transmit_skb$fast(sk, tp.snd_una, SYN_ACK);
    return ($r = (-1), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_rcv_synsent_state_process.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
  return ($r = (0), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_rcv_synsent_state_process.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
export function tcp_rcv_state_process$fast(sk: Sock, skb: SkBuff): any { const $e = $E; const $tb: any = $e.lineSink; let $t: any; let $o: number; let $r: any; let $s = 0; let $x = -1;
  const tp = tcp_sk(sk);
  const icsk = inet_csk(sk);
  const th = skb.th!;
  const $f = ($tb !== null && ($o = (A$tcp_rcv_state_process.L640 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {

  ++$s;
  switch (sk.sk_state) {
    case TCP_CLOSE:
      ++$s; $x = A$tcp_rcv_state_process.L641 | 1048576;
      return ($r = (0), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_rcv_state_process.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
    case TCP_LISTEN:
      $s += 2; if ($tb !== null) ($o = (A$tcp_rcv_state_process.L644 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
      
      if (th.ack) return ($r = (1), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_rcv_state_process.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_rcv_state_process.L649) : $tb.op($e.now, A$tcp_rcv_state_process.L649));
      if (th.rst) return ($r = (0), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_rcv_state_process.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_rcv_state_process.L651) : $tb.op($e.now, A$tcp_rcv_state_process.L651));
      if (th.syn) {
        ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_rcv_state_process.L652) : $tb.op($e.now, A$tcp_rcv_state_process.L652));
        if (th.fin) return ($r = (0), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_rcv_state_process.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
        ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_rcv_state_process.L657) : $tb.op($e.now, A$tcp_rcv_state_process.L657));
        const acceptable = ((($t = inet_csk(sk).icsk_af_ops!.conn_request).fast !== undefined ? $t.fast(sk, skb) : $drive($t(sk, skb)))) >= 0;
        
        return ($r = (acceptable ? 0 : 1), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_rcv_state_process.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
      }
      return ($r = (0), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_rcv_state_process.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
    case TCP_SYN_SENT: {
      $s += 2; if ($tb !== null) ($o = (A$tcp_rcv_state_process.L665 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
      
      const queued = tcp_rcv_synsent_state_process$fast(sk, skb);
      
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_rcv_state_process.L670) : $tb.op($e.now, A$tcp_rcv_state_process.L670));
      if (queued >= 0) return ($r = (queued), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_rcv_state_process.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
      return ($r = (0), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_rcv_state_process.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
    }
  }
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_rcv_state_process.L677) : $tb.op($e.now, A$tcp_rcv_state_process.L677));
  if (!th.ack && !th.rst && !th.syn) return ($r = (0), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_rcv_state_process.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_rcv_state_process.L680) : $tb.op($e.now, A$tcp_rcv_state_process.L680));
  if (!(tcp_validate_incoming$fast(sk, skb))) return ($r = (0), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_rcv_state_process.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_rcv_state_process.L683) : $tb.op($e.now, A$tcp_rcv_state_process.L683));
  const acceptable = (tcp_ack$fast(sk, skb)) > 0;
  
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_rcv_state_process.L686) : $tb.op($e.now, A$tcp_rcv_state_process.L686));
  if (!acceptable) {
    if (sk.sk_state === TCP_SYN_RECV) return ($r = (1), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_rcv_state_process.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
    tcp_send_ack$fast(sk); // challenge ACK
    return ($r = (0), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_rcv_state_process.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_rcv_state_process.L693) : $tb.op($e.now, A$tcp_rcv_state_process.L693));
  switch (sk.sk_state) {
    case TCP_SYN_RECV:
      $s += 2; if ($tb !== null) ($o = (A$tcp_rcv_state_process.L694 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
      
      tp.copied_seq = tp.rcv_nxt;
      // (tcp_init_transfer: the initial congestion window and send buffer)
      tcp_init_transfer(sk);
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_rcv_state_process.L701) : $tb.op($e.now, A$tcp_rcv_state_process.L701));
      tcp_set_state$fast(sk, TCP_ESTABLISHED);
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_rcv_state_process.L702) : $tb.op($e.now, A$tcp_rcv_state_process.L702));
      sock_def_wakeup$fast(sk);
      $s += 2; if ($tb !== null) ($o = (A$tcp_rcv_state_process.L704 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
      tp.snd_una = th.ack_seq;
      
      tp.snd_wnd = th.window;
      break;
    case TCP_FIN_WAIT1: {
      $s += 2; if ($tb !== null) ($o = (A$tcp_rcv_state_process.L710 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
      
      if (tp.snd_una !== tp.write_seq) break;
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_rcv_state_process.L718) : $tb.op($e.now, A$tcp_rcv_state_process.L718));
      tcp_set_state$fast(sk, TCP_FIN_WAIT2);
      $s += 2; if ($tb !== null) ($o = (A$tcp_rcv_state_process.L719 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
      sk.sk_shutdown |= SEND_SHUTDOWN;
      
      if (!sock_flag(sk, SOCK_DEAD)) {
        sock_def_wakeup$fast(sk);
        break;
      }
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_rcv_state_process.L727) : $tb.op($e.now, A$tcp_rcv_state_process.L727));
      const tmo = sk.skc_net.sysctl['net.ipv4.tcp_fin_timeout'] * 1_000_000;
      
      if (!th.fin && tmo <= TCP_TIMEWAIT_LEN) {
        // an orphan (close() already returned): a timewait sock in substate FIN_WAIT2 takes over
        ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_rcv_state_process.L734) : $tb.op($e.now, A$tcp_rcv_state_process.L734));
        tcp_time_wait$fast(sk, TCP_FIN_WAIT2, tmo);
        return ($r = (0), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_rcv_state_process.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
      }
      break;
    }
    case TCP_CLOSING:
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_rcv_state_process.L739) : $tb.op($e.now, A$tcp_rcv_state_process.L739));
      if (tp.snd_una === tp.write_seq) {
        ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_rcv_state_process.L742) : $tb.op($e.now, A$tcp_rcv_state_process.L742));
        tcp_time_wait$fast(sk, TCP_TIME_WAIT, 0);
        return ($r = (0), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_rcv_state_process.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
      }
      break;
    case TCP_LAST_ACK:
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_rcv_state_process.L746) : $tb.op($e.now, A$tcp_rcv_state_process.L746));
      if (tp.snd_una === tp.write_seq) {
        ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_rcv_state_process.L751) : $tb.op($e.now, A$tcp_rcv_state_process.L751));
        tcp_done$fast(sk);
        return ($r = (0), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_rcv_state_process.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
      }
      break;
  }
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_rcv_state_process.L759) : $tb.op($e.now, A$tcp_rcv_state_process.L759));
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
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_rcv_state_process.L775) : $tb.op($e.now, A$tcp_rcv_state_process.L775));
      tcp_reset$fast(sk);
      return ($r = (1), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_rcv_state_process.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
    }
  }
  if (process) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_rcv_state_process.L781) : $tb.op($e.now, A$tcp_rcv_state_process.L781));
    tcp_data_queue$fast(sk, skb);
  }
  if ((sk.sk_state as number) !== TCP_CLOSE) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_rcv_state_process.L787) : $tb.op($e.now, A$tcp_rcv_state_process.L787));
    tcp_data_snd_check$fast(sk);
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_rcv_state_process.L788) : $tb.op($e.now, A$tcp_rcv_state_process.L788));
    tcp_ack_snd_check$fast(sk);
  }
  ++$s; $x = A$tcp_rcv_state_process.L794 | 1048576;
  return ($r = (0), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_rcv_state_process.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
export function tcp_conn_request$fast(sk: Sock, skb: SkBuff): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0; let $x = -1;
  const net = sk.skc_net;
  const th = skb.th!;
  const icsk = inet_csk(sk);
  const $f = ($tb !== null && ($o = (A$tcp_conn_request.L821 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {

  let want_cookie = false;
  
  ++$s;
  // inet_csk_reqsk_queue_is_full(): qlen >= sk_max_ack_backlog in 5.4
  if (net.sysctl['net.ipv4.tcp_syncookies'] === 2 || icsk.icsk_accept_queue.qlen >= sk.sk_max_ack_backlog) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_conn_request.L822) : $tb.op($e.now, A$tcp_conn_request.L822));
    want_cookie = net.sysctl['net.ipv4.tcp_syncookies'] > 0;
    
    NET_INC_STATS(net, want_cookie ? MIB.TCPReqQFullDoCookies : MIB.TCPReqQFullDrop);
    if (!want_cookie) {
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_conn_request.L905) : $tb.op($e.now, A$tcp_conn_request.L905));
      tcp_listendrop(sk);
      return ($r = (0), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_conn_request.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
    }
  }
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_conn_request.L828) : $tb.op($e.now, A$tcp_conn_request.L828));
  if (sk_acceptq_is_full$fast(sk)) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_conn_request.L829) : $tb.op($e.now, A$tcp_conn_request.L829));
    NET_INC_STATS(net, MIB.ListenOverflows);
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_conn_request.L905) : $tb.op($e.now, A$tcp_conn_request.L905));
    tcp_listendrop(sk);
    return ($r = (0), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_conn_request.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_conn_request.L834) : $tb.op($e.now, A$tcp_conn_request.L834));
  const req = inet_reqsk_alloc(sk);
  
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_conn_request.L848) : $tb.op($e.now, A$tcp_conn_request.L848));
  req.rcv_isn = th.seq;
  req.rcv_nxt = (th.seq + 1) >>> 0;
  req.mss = th.options.mss ?? TCP_MSS_DEFAULT;
  req.rsk_rcv_wnd = 65535;
  inet_rsk(req).ir_rmt_port = th.source;
  inet_rsk(req).ir_num = th.dest;
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_conn_request.L851) : $tb.op($e.now, A$tcp_conn_request.L851));
  inet_rsk(req).ir_loc_addr = skb.iph.daddr;
  inet_rsk(req).ir_rmt_addr = skb.iph.saddr;
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_conn_request.L853) : $tb.op($e.now, A$tcp_conn_request.L853));
  let isn: number;
  if (!want_cookie) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_conn_request.L860) : $tb.op($e.now, A$tcp_conn_request.L860));
    isn = secure_tcp_seq(net, skb.iph.daddr, skb.iph.saddr, th.dest, th.source);
  } else {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_conn_request.L865) : $tb.op($e.now, A$tcp_conn_request.L865));
    // cookie_init_sequence(): tcp_synq_overflow() stamps the listener (cookie ACKs are checked
    // for two minutes from now), then the cookie encodes the 4-tuple, the minute and the MSS
    const last = tcp_sk(sk).rx_opt.ts_recent_stamp;
    if (last < 0 || E.now > last + 1_000_000) tcp_sk(sk).rx_opt.ts_recent_stamp = E.now;
    NET_INC_STATS(net, MIB.SyncookiesSent);
    const c = cookie_v4_init_sequence$fast(sk, skb);
    isn = c.isn;
    req.mss = c.mss;
  }
  
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_conn_request.L869) : $tb.op($e.now, A$tcp_conn_request.L869));
  req.snt_isn = isn;
  if (!want_cookie) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_conn_request.L885) : $tb.op($e.now, A$tcp_conn_request.L885));
    inet_csk_reqsk_queue_hash_add$fast(sk, req, TCP_TIMEOUT_INIT);
  }
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_conn_request.L888) : $tb.op($e.now, A$tcp_conn_request.L888));
  tcp_v4_send_synack$fast(sk, req);
  if (want_cookie) {
    $s += 2; $x = A$tcp_conn_request.L893 | 2097152;
    req.freed = true;
    
    return ($r = (0), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_conn_request.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
  ++$s; $x = A$tcp_conn_request.L898 | 1048576;
  return ($r = (0), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_conn_request.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
$kreg(tcp_ack, tcp_ack$fast, 'tcp_ack', () => [tcp_ack_probe, tcp_clean_rtx_queue, tcp_cong_control, tcp_fastretrans_alert, tcp_xmit_retransmit_queue]);
$kreg(tcp_ack_probe, tcp_ack_probe$fast, 'tcp_ack_probe', () => []);
$kreg(tcp_clean_rtx_queue, tcp_clean_rtx_queue$fast, 'tcp_clean_rtx_queue', () => []);
$kreg(tcp_fastretrans_alert, tcp_fastretrans_alert$fast, 'tcp_fastretrans_alert', () => [tcp_enter_recovery]);
$kreg(tcp_enter_recovery, tcp_enter_recovery$fast, 'tcp_enter_recovery', () => []);
$kreg(tcp_enter_loss, tcp_enter_loss$fast, 'tcp_enter_loss', () => []);
$kreg(tcp_cong_control, tcp_cong_control$fast, 'tcp_cong_control', () => [tcp_reno_cong_avoid]);
$kreg(tcp_reset, tcp_reset$fast, 'tcp_reset', () => [sock_def_error_report, tcp_done]);
$kreg(tcp_fin, tcp_fin$fast, 'tcp_fin', () => [sock_def_wakeup, tcp_send_ack, tcp_set_state, tcp_time_wait]);
$kreg(tcp_data_queue, tcp_data_queue$fast, 'tcp_data_queue', () => [sock_def_readable, tcp_data_queue_ofo, tcp_event_data_recv, tcp_fin, tcp_ofo_queue]);
$kreg(tcp_data_queue_ofo, tcp_data_queue_ofo$fast, 'tcp_data_queue_ofo', () => []);
$kreg(tcp_ofo_queue, tcp_ofo_queue$fast, 'tcp_ofo_queue', () => [tcp_fin]);
$kreg(tcp_check_space, tcp_check_space$fast, 'tcp_check_space', () => [sk_stream_write_space]);
$kreg(tcp_data_snd_check, tcp_data_snd_check$fast, 'tcp_data_snd_check', () => [tcp_check_space, tcp_push_pending_frames]);
$kreg(tcp_event_data_recv, tcp_event_data_recv$fast, 'tcp_event_data_recv', () => []);
$kreg(__tcp_ack_snd_check, __tcp_ack_snd_check$fast, '__tcp_ack_snd_check', () => [tcp_send_ack, tcp_send_delayed_ack]);
$kreg(tcp_ack_snd_check, tcp_ack_snd_check$fast, 'tcp_ack_snd_check', () => [__tcp_ack_snd_check]);
$kreg(tcp_rcv_established, tcp_rcv_established$fast, 'tcp_rcv_established', () => [tcp_ack, tcp_ack_snd_check, tcp_data_queue, tcp_data_snd_check, tcp_validate_incoming]);
$kreg(tcp_validate_incoming, tcp_validate_incoming$fast, 'tcp_validate_incoming', () => [tcp_reset, tcp_send_ack]);
$kreg(tcp_finish_connect, tcp_finish_connect$fast, 'tcp_finish_connect', () => [tcp_set_state]);
$kreg(tcp_rcv_synsent_state_process, tcp_rcv_synsent_state_process$fast, 'tcp_rcv_synsent_state_process', () => [__tcp_transmit_skb, sock_def_wakeup, tcp_ack, tcp_finish_connect, tcp_reset, tcp_send_ack, tcp_set_state]);
$kreg(tcp_rcv_state_process, tcp_rcv_state_process$fast, 'tcp_rcv_state_process', () => ['tcp_v4_conn_request', sock_def_wakeup, tcp_ack, tcp_ack_snd_check, tcp_data_queue, tcp_data_snd_check, tcp_done, tcp_rcv_synsent_state_process, tcp_reset, tcp_send_ack, tcp_set_state, tcp_time_wait, tcp_validate_incoming]);
$kreg(tcp_conn_request, tcp_conn_request$fast, 'tcp_conn_request', () => [cookie_v4_init_sequence, inet_csk_reqsk_queue_hash_add, sk_acceptq_is_full, tcp_v4_send_synack]);
