// generated — do not edit. Written by scripts/gen-kernel.ts from src/kernel/net/ipv4/tcp_input.ts
// @ts-nocheck
// net/ipv4/tcp_input.c: what TCP does with an arriving segment — the state machine
// (tcp_rcv_state_process), the listener's SYN (tcp_conn_request), the client's SYN-ACK
// (tcp_rcv_synsent_state_process), ACK processing, data, FIN and RST.

import { E, Sim } from '../../../core/engine';
import { at, enter, leave } from '../../../core/engine';
import { defineFn } from '../../../core/anchors';
import type { SkBuff } from '../../../include/linux/skbuff';
import { end_seq, TCPCB_LOST, TCPCB_SACKED_RETRANS, TCPCB_EVER_RETRANS, tcp_skb_pcount, tcp_skb_mss } from '../../../include/linux/skbuff';
import { Sock, sock_flag, sock_set_flag, sock_reset_flag, SOCK_DEAD, SOCK_DONE, SOCK_QUEUE_SHRUNK, SK_PACING_UNLIMITED } from '../../../include/net/sock';
import {
  inet_csk, inet_csk_ack_scheduled, inet_csk_schedule_ack, tcp_in_quickack_mode, ICSK_ACK_NOW,
  ICSK_ACK_PUSHED, ICSK_ACK_PUSHED2, TCP_ATO_MIN, TCP_MAX_QUICKACKS, TCP_PINGPONG_THRESH, ICSK_TIME_PROBE0,
  TCP_CA_Open, TCP_CA_Disorder, TCP_CA_Recovery, TCP_CA_Loss, JIFFY, tcp_in_cwnd_reduction,
} from '../../../include/net/inet_connection_sock';
import { tcp_sk, tcp_receive_window, before, after } from '../../../include/linux/tcp';
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
const A$tcp_ack = defineFn('net/ipv4/tcp_input.c', 'tcp_ack', [24, 41, 47, 51, 52, 54, 56, 57, 88, 110, 111, 115, 123, 124, 126, 127, 128, 132, 139, 144, 145, 146, 155, 159, 171]);

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
  const prior_packets = tp.packets_out;
  const prior_delivered = tp.delivered;
  let flag = 0;
  rexmit = REXMIT_NONE;
  if (at(A$tcp_ack.L41)) yield;
  if (before(ack, prior_snd_una)) {
    if (at(A$tcp_ack.L47)) yield;
    if (at(A$tcp_ack.L171)) yield;
    return 0;
  }
  if (at(A$tcp_ack.L51)) yield;
  if (after(ack, tp.snd_nxt)) {
    if (at(A$tcp_ack.L52)) yield;
    return -1;
  }
  if (at(A$tcp_ack.L54)) yield;
  if (after(ack, prior_snd_una)) {
    if (at(A$tcp_ack.L56)) yield;
    flag |= FLAG_SND_UNA_ADVANCED;
    if (at(A$tcp_ack.L57)) yield;
    icsk.icsk_retransmits = 0;
  }
  if (at(A$tcp_ack.L88)) yield;
  // (the slow path: this model takes it for every segment)
  if (ack_seq !== end_seq(skb)) flag |= FLAG_DATA;
  flag |= tcp_ack_update_window(sk, skb, ack, ack_seq);
  icsk.icsk_probes_out = 0;
  if (at(A$tcp_ack.L110)) yield;
  if (!prior_packets) {
    if (at(A$tcp_ack.L111)) yield;
    if (at(A$tcp_ack.L155)) yield;
    ($E.fast || $E.twinOk[tcp_ack_probe.k] === 1 ? tcp_ack_probe$fast(sk) : yield* tcp_ack_probe(sk));
    if (at(A$tcp_ack.L159)) yield;
    return 1;
  }
  if (at(A$tcp_ack.L115)) yield;
  flag |= ($E.fast || $E.twinOk[tcp_clean_rtx_queue.k] === 1 ? tcp_clean_rtx_queue$fast(sk, prior_snd_una) : yield* tcp_clean_rtx_queue(sk, prior_snd_una));
  $f.vars.flag = flag;
  if (at(A$tcp_ack.L123)) yield;
  if (flag & FLAG_SET_XMIT_TIMER) {
    if (at(A$tcp_ack.L124)) yield;
    // tcp_rearm_rto(): nothing left in flight stops the timer, else it runs an RTO from now
    if (!tp.packets_out) inet_csk_clear_xmit_timer(sk);
    else inet_csk_reset_xmit_timer(sk, icsk.icsk_rto);
  }
  if (at(A$tcp_ack.L126)) yield;
  if (!(flag & FLAG_NOT_DUP) || icsk.icsk_ca_state !== TCP_CA_Open) {
    // a duplicate ACK (nothing new ACKed, no data, the same window), or we are already in disorder or recovery
    let num_dupack = 0;
    if (at(A$tcp_ack.L127)) yield;
    if (!(flag & (FLAG_SND_UNA_ADVANCED | FLAG_NOT_DUP))) {
      if (at(A$tcp_ack.L128)) yield;
      num_dupack = 1;
    }
    $f.vars.num_dupack = num_dupack;
    if (at(A$tcp_ack.L132)) yield;
    flag = ($E.fast || $E.twinOk[tcp_fastretrans_alert.k] === 1 ? tcp_fastretrans_alert$fast(sk, prior_snd_una, num_dupack, flag) : yield* tcp_fastretrans_alert(sk, prior_snd_una, num_dupack, flag));
  }
  if (at(A$tcp_ack.L139)) yield;
  const delivered = tp.delivered - prior_delivered;
  $f.vars.delivered = delivered;
  if (at(A$tcp_ack.L144)) yield;
  ($E.fast || $E.twinOk[tcp_cong_control.k] === 1 ? tcp_cong_control$fast(sk, ack, delivered, flag) : yield* tcp_cong_control(sk, ack, delivered, flag));
  if (at(A$tcp_ack.L145)) yield;
  if (rexmit !== REXMIT_NONE && sk.sk_state !== TCP_SYN_SENT) ($E.fast || $E.twinOk[tcp_xmit_retransmit_queue.k] === 1 ? tcp_xmit_retransmit_queue$fast(sk) : yield* tcp_xmit_retransmit_queue(sk));
  if (E.history !== null) E.history.cwnd(E.now, tp, 'ack'); // (the view's cwnd plot: history.ts)
  if (at(A$tcp_ack.L146)) yield;
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
const A$tcp_ack_probe = defineFn('net/ipv4/tcp_input.c', 'tcp_ack_probe', [955, 957, 958, 959, 960, 961, 963]);

/** tcp_ack_probe(): an ACK while nothing is in flight — if the window now takes the next segment, stop probing. */
function* tcp_ack_probe(sk: Sock): Sim<void> {
  const tp = tcp_sk(sk);
  const icsk = inet_csk(sk);
  const head = sk.sk_write_queue[0];
  const $f = enter(A$tcp_ack_probe, { sk, head });
  try {
  if (at(A$tcp_ack_probe.L955)) yield;
  if (head === undefined) return;
  if (at(A$tcp_ack_probe.L957)) yield;
  if (!after(end_seq(head), (tp.snd_una + tp.snd_wnd) >>> 0)) {
    if (at(A$tcp_ack_probe.L958)) yield;
    icsk.icsk_backoff = 0;
    if (at(A$tcp_ack_probe.L959)) yield;
    inet_csk_clear_xmit_timer(sk);
  } else {
    if (at(A$tcp_ack_probe.L960)) yield;
    // still shut: the next probe after the backed-off interval
    if (at(A$tcp_ack_probe.L961)) yield;
    if (at(A$tcp_ack_probe.L963)) yield;
    tcp_reset_xmit_timer(sk, ICSK_TIME_PROBE0, tcp_probe0_when(sk, TCP_RTO_MAX));
  }
  } finally {
    leave($f);
  }
}
const A$tcp_tso_acked = defineFn('net/ipv4/tcp_input.c', 'tcp_tso_acked', [982, 983, 985, 992]);

/** tcp_tso_acked(): the ACK covers the front of a GSO skb — trim it off; the segments that went. */
function* tcp_tso_acked(sk: Sock, skb: SkBuff): Sim<number> {
  const tp = tcp_sk(sk);
  const $f = enter(A$tcp_tso_acked, { sk, skb, tp });
  try {
  if (at(A$tcp_tso_acked.L982)) yield;
  let packets_acked = tcp_skb_pcount(skb);
  if (at(A$tcp_tso_acked.L983)) yield;
  ($E.fast || $E.twinOk[tcp_trim_head.k] === 1 ? tcp_trim_head$fast(sk, skb, (tp.snd_una - skb.th!.seq) >>> 0) : yield* tcp_trim_head(sk, skb, (tp.snd_una - skb.th!.seq) >>> 0));
  if (at(A$tcp_tso_acked.L985)) yield;
  packets_acked -= tcp_skb_pcount(skb);
  $f.vars.packets_acked = packets_acked;
  if (at(A$tcp_tso_acked.L992)) yield;
  return packets_acked;
  } finally {
    leave($f);
  }
}
const A$tcp_clean_rtx_queue = defineFn('net/ipv4/tcp_input.c', 'tcp_clean_rtx_queue', [1022, 1031, 1032, 1034, 1036, 1037, 1038, 1039, 1041, 1044, 1045, 1046, 1047, 1069, 1070, 1072, 1073, 1076, 1077, 1079, 1080, 1083, 1084, 1091, 1118, 1121, 1129, 1179]);

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
  if (at(A$tcp_clean_rtx_queue.L1022)) yield;
  for (; i < rtx.length; i++) {
    const skb = rtx[i];
    const th = skb.th!;
    let acked_pcount: number;
    let fully_acked = true;
    if (at(A$tcp_clean_rtx_queue.L1031)) yield;
    if (after(end_seq(skb), tp.snd_una)) {
      if (at(A$tcp_clean_rtx_queue.L1032)) yield;
      if (tcp_skb_pcount(skb) === 1 || !after(tp.snd_una, th.seq)) {
        if (at(A$tcp_clean_rtx_queue.L1034)) yield;
        break;
      }
      // a GSO skb ACKed in part: its front goes, the skb stays
      if (at(A$tcp_clean_rtx_queue.L1036)) yield;
      acked_pcount = ($E.fast || $E.twinOk[tcp_tso_acked.k] === 1 ? tcp_tso_acked$fast(sk, skb) : yield* tcp_tso_acked(sk, skb));
      if (at(A$tcp_clean_rtx_queue.L1037)) yield;
      if (!acked_pcount) {
        if (at(A$tcp_clean_rtx_queue.L1038)) yield;
        break;
      }
      if (at(A$tcp_clean_rtx_queue.L1039)) yield;
      fully_acked = false;
    } else {
      if (at(A$tcp_clean_rtx_queue.L1041)) yield;
      acked_pcount = tcp_skb_pcount(skb);
    }
    if (skb.tcp_sacked & (TCPCB_SACKED_RETRANS | TCPCB_EVER_RETRANS)) {
      // (stepped only when the segment was retransmitted: the common case skips these checks)
      if (at(A$tcp_clean_rtx_queue.L1044)) yield;
      if (at(A$tcp_clean_rtx_queue.L1045)) yield;
      if (skb.tcp_sacked & TCPCB_SACKED_RETRANS) {
        if (at(A$tcp_clean_rtx_queue.L1046)) yield;
        tp.retrans_out -= acked_pcount;
      }
      if (at(A$tcp_clean_rtx_queue.L1047)) yield;
      flag |= FLAG_RETRANS_DATA_ACKED;
    } else if (first_ackt < 0) {
      // (sent once: when it left times this ACK's round trip — Karn's rule skips retransmitted ones)
      first_ackt = skb.skb_mstamp;
    }
    if (skb.tcp_sacked & TCPCB_LOST) {
      if (at(A$tcp_clean_rtx_queue.L1069)) yield;
      if (at(A$tcp_clean_rtx_queue.L1070)) yield;
      tp.lost_out -= acked_pcount;
    }
    if (at(A$tcp_clean_rtx_queue.L1072)) yield;
    tp.packets_out -= acked_pcount;
    if (at(A$tcp_clean_rtx_queue.L1073)) yield;
    pkts_acked += acked_pcount;
    if (at(A$tcp_clean_rtx_queue.L1076)) yield;
    if (!th.syn) {
      if (at(A$tcp_clean_rtx_queue.L1077)) yield;
      flag |= FLAG_DATA_ACKED;
    } else {
      if (at(A$tcp_clean_rtx_queue.L1079)) yield;
      flag |= FLAG_SYN_ACKED;
      if (at(A$tcp_clean_rtx_queue.L1080)) yield;
      tp.retrans_stamp = 0;
    }
    if (at(A$tcp_clean_rtx_queue.L1083)) yield;
    if (!fully_acked) {
      if (at(A$tcp_clean_rtx_queue.L1084)) yield;
      break;
    }
    if (at(A$tcp_clean_rtx_queue.L1091)) yield;
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
  $f.vars.pkts_acked = pkts_acked;
  if (at(A$tcp_clean_rtx_queue.L1118)) yield;
  if (first_ackt >= 0 && !(flag & FLAG_RETRANS_DATA_ACKED)) tcp_ack_update_rtt(sk, E.now - first_ackt);
  if (at(A$tcp_clean_rtx_queue.L1121)) yield;
  if (flag & FLAG_ACKED) {
    flag |= FLAG_SET_XMIT_TIMER;
    if (at(A$tcp_clean_rtx_queue.L1129)) yield;
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
  if (at(A$tcp_clean_rtx_queue.L1179)) yield;
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
const A$tcp_fastretrans_alert = defineFn('net/ipv4/tcp_input.c', 'tcp_fastretrans_alert', [1198, 1209, 1211, 1212, 1213, 1221, 1223, 1224, 1225, 1226, 1231, 1232, 1233, 1235, 1238, 1246, 1248, 1249, 1256, 1257, 1259, 1265, 1267, 1268, 1282, 1288]);

/**
 * tcp_fastretrans_alert(): the loss-recovery state machine for one dubious ACK (Reno: no SACK) —
 * count the duplicate, leave recovery when high_seq is ACKed, mark the head lost after
 * tp->reordering (3) duplicates and enter Recovery; the caller then retransmits what is marked.
 */
function* tcp_fastretrans_alert(sk: Sock, prior_snd_una: number, num_dupack: number, flag: number): Sim<number> {
  const tp = tcp_sk(sk);
  const icsk = inet_csk(sk);
  const $f = enter(A$tcp_fastretrans_alert, { sk, num_dupack, tp, icsk });
  try {

  if (at(A$tcp_fastretrans_alert.L1198)) yield;
  if (!tp.packets_out && tp.sacked_out) tp.sacked_out = 0;
  if (at(A$tcp_fastretrans_alert.L1209)) yield;
  if (icsk.icsk_ca_state === TCP_CA_Open) {
    if (at(A$tcp_fastretrans_alert.L1211)) yield;
    tp.retrans_stamp = 0;
  } else if (!before(tp.snd_una, tp.high_seq)) {
    if (at(A$tcp_fastretrans_alert.L1212)) yield;
    if (at(A$tcp_fastretrans_alert.L1213)) yield;
    if (icsk.icsk_ca_state === TCP_CA_Recovery) {
      if (at(A$tcp_fastretrans_alert.L1221)) yield;
      if (at(A$tcp_fastretrans_alert.L1223)) yield;
      tp.sacked_out = 0;
      if (at(A$tcp_fastretrans_alert.L1224)) yield;
      // (no undo without timestamps or D-SACK; Reno holds Recovery until something above high_seq is ACKed)
      if (tp.snd_una === tp.high_seq) {
        if (at(A$tcp_fastretrans_alert.L1225)) yield;
        return flag;
      }
      icsk.icsk_ca_state = TCP_CA_Open;
      if (at(A$tcp_fastretrans_alert.L1226)) yield;
      tcp_end_cwnd_reduction(sk);
    }
  }
  if (at(A$tcp_fastretrans_alert.L1231)) yield;
  switch (icsk.icsk_ca_state) {
    case TCP_CA_Recovery:
      if (at(A$tcp_fastretrans_alert.L1232)) yield;
      if (at(A$tcp_fastretrans_alert.L1233)) yield;
      if (!(flag & FLAG_SND_UNA_ADVANCED)) {
        if (at(A$tcp_fastretrans_alert.L1235)) yield;
        tcp_add_reno_sack(sk, num_dupack);
      }
      // a partial ACK (NewReno) marks the new head lost: tcp_identify_packet_loss → tcp_newreno_mark_lost
      if (at(A$tcp_fastretrans_alert.L1246)) yield;
      ($E.fast || $E.twinOk[tcp_newreno_mark_lost.k] === 1 ? tcp_newreno_mark_lost$fast(sk, !!(flag & FLAG_SND_UNA_ADVANCED)) : yield* tcp_newreno_mark_lost(sk, !!(flag & FLAG_SND_UNA_ADVANCED)));
      break;
    case TCP_CA_Loss:
      if (at(A$tcp_fastretrans_alert.L1248)) yield;
      if (at(A$tcp_fastretrans_alert.L1249)) yield;
      // (F-RTO off): leave Loss once everything sent before the timeout is ACKed
      if (!before(tp.snd_una, tp.high_seq)) {
        icsk.icsk_ca_state = TCP_CA_Open;
        return flag;
      }
      rexmit = REXMIT_LOST;
      return flag;
    default:
      if (at(A$tcp_fastretrans_alert.L1256)) yield;
      if (at(A$tcp_fastretrans_alert.L1257)) yield;
      if (flag & FLAG_SND_UNA_ADVANCED) tp.sacked_out = 0;
      if (at(A$tcp_fastretrans_alert.L1259)) yield;
      tcp_add_reno_sack(sk, num_dupack);
      $f.vars.sacked_out = tp.sacked_out;
      if (at(A$tcp_fastretrans_alert.L1265)) yield;
      ($E.fast || $E.twinOk[tcp_newreno_mark_lost.k] === 1 ? tcp_newreno_mark_lost$fast(sk, !!(flag & FLAG_SND_UNA_ADVANCED)) : yield* tcp_newreno_mark_lost(sk, !!(flag & FLAG_SND_UNA_ADVANCED)));
      if (at(A$tcp_fastretrans_alert.L1267)) yield;
      if (!tp.lost_out) {
        if (at(A$tcp_fastretrans_alert.L1268)) yield;
        // tcp_try_keep_open(): Disorder while duplicate ACKs are counted, Open otherwise
        const state = tp.sacked_out || tp.lost_out || tp.retrans_out ? TCP_CA_Disorder : TCP_CA_Open;
        if (icsk.icsk_ca_state !== state) {
          icsk.icsk_ca_state = state;
          tp.high_seq = tp.snd_nxt;
        }
        if (at(A$tcp_fastretrans_alert.L1238)) yield;
        return flag;
      }
      if (at(A$tcp_fastretrans_alert.L1282)) yield;
      ($E.fast || $E.twinOk[tcp_enter_recovery.k] === 1 ? tcp_enter_recovery$fast(sk) : yield* tcp_enter_recovery(sk));
  }
  if (at(A$tcp_fastretrans_alert.L1288)) yield;
  rexmit = REXMIT_LOST;
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
function* tcp_newreno_mark_lost(sk: Sock, snd_una_advanced: boolean): Sim<void> {
  const tp = tcp_sk(sk);
  const state = inet_csk(sk).icsk_ca_state;
  if ((state < TCP_CA_Recovery && tp.sacked_out >= tp.reordering) || (state === TCP_CA_Recovery && snd_una_advanced)) {
    const head = tp.tcp_rtx_queue[0];
    if (head === undefined || head.tcp_sacked & TCPCB_LOST) return;
    // only the head's first segment is lost: a GSO skb is cut after one MSS (tcp_fragment)
    const mss = tcp_skb_mss(head);
    if (tcp_skb_pcount(head) > 1 && head.len > mss) ($E.fast || $E.twinOk[tcp_fragment.k] === 1 ? tcp_fragment$fast(sk, TCP_FRAG_IN_RTX_QUEUE, head, mss, mss) : yield* tcp_fragment(sk, TCP_FRAG_IN_RTX_QUEUE, head, mss, mss));
    // tcp_skb_mark_lost_uncond_verify(): lost, and no longer counted as retransmitted
    head.tcp_sacked |= TCPCB_LOST;
    tp.lost_out += tcp_skb_pcount(head);
    if (head.tcp_sacked & TCPCB_SACKED_RETRANS) {
      head.tcp_sacked &= ~TCPCB_SACKED_RETRANS;
      tp.retrans_out -= tcp_skb_pcount(head);
    }
  }
}
const A$tcp_enter_recovery = defineFn('net/ipv4/tcp_input.c', 'tcp_enter_recovery', [1307, 1312, 1315, 1317]);

/** tcp_enter_recovery(): fast retransmit — ssthresh halves (Reno), PRR will bring cwnd down to it. */
function* tcp_enter_recovery(sk: Sock): Sim<void> {
  const tp = tcp_sk(sk);
  const icsk = inet_csk(sk);
  const $f = enter(A$tcp_enter_recovery, { sk, tp });
  try {
  if (at(A$tcp_enter_recovery.L1307)) yield;
  NET_INC_STATS(sk.skc_net, MIB.TCPRenoRecovery);
  if (at(A$tcp_enter_recovery.L1312)) yield;
  if (!tcp_in_cwnd_reduction(sk)) {
    if (at(A$tcp_enter_recovery.L1315)) yield;
    // tcp_init_cwnd_reduction(): high_seq = snd_nxt, ssthresh from the congestion control, PRR's counters zeroed
    tp.high_seq = tp.snd_nxt;
    tp.prior_cwnd = tp.snd_cwnd;
    tp.prr_delivered = 0;
    tp.prr_out = 0;
    tp.snd_ssthresh = tcp_reno_ssthresh(sk);
  }
  if (at(A$tcp_enter_recovery.L1317)) yield;
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
const A$tcp_enter_loss = defineFn('net/ipv4/tcp_input.c', 'tcp_enter_loss', [1333, 1335, 1339, 1340, 1345, 1346, 1353, 1354]);

/** tcp_enter_loss(): the RTO fired — every segment in flight is lost, ssthresh halves, cwnd is one more than what is in flight (1). */
export function* tcp_enter_loss(sk: Sock): Sim<void> {
  const tp = tcp_sk(sk);
  const icsk = inet_csk(sk);
  const $f = enter(A$tcp_enter_loss, { sk, tp, icsk });
  try {
  if (at(A$tcp_enter_loss.L1333)) yield;
  // every segment of the retransmit queue is lost now; none counts as retransmitted or duplicate-ACKed
  tp.retrans_out = 0;
  tp.sacked_out = 0;
  tp.lost_out = 0;
  for (const skb of tp.tcp_rtx_queue) {
    skb.tcp_sacked = (skb.tcp_sacked & ~TCPCB_SACKED_RETRANS) | TCPCB_LOST;
    tp.lost_out += tcp_skb_pcount(skb);
  }
  if (at(A$tcp_enter_loss.L1335)) yield;
  if (icsk.icsk_ca_state <= TCP_CA_Disorder || !after(tp.high_seq, tp.snd_una) || (icsk.icsk_ca_state === TCP_CA_Loss && !icsk.icsk_retransmits)) {
    if (at(A$tcp_enter_loss.L1339)) yield;
    tp.prior_cwnd = tp.snd_cwnd;
    if (at(A$tcp_enter_loss.L1340)) yield;
    tp.snd_ssthresh = tcp_reno_ssthresh(sk);
  }
  if (at(A$tcp_enter_loss.L1345)) yield;
  tp.snd_cwnd = tcp_packets_in_flight(tp) + 1;
  if (at(A$tcp_enter_loss.L1346)) yield;
  tp.snd_cwnd_cnt = 0;
  if (at(A$tcp_enter_loss.L1353)) yield;
  icsk.icsk_ca_state = TCP_CA_Loss;
  if (at(A$tcp_enter_loss.L1354)) yield;
  tp.high_seq = tp.snd_nxt;
  } finally {
    leave($f);
  }
}

/** tcp_cong_control(): in Recovery cwnd shrinks by PRR; otherwise, if data was ACKed in order, congestion avoidance grows it. */
function* tcp_cong_control(sk: Sock, ack: number, acked_sacked: number, flag: number): Sim<void> {
  if (tcp_in_cwnd_reduction(sk)) {
    tcp_cwnd_reduction(sk, acked_sacked, flag);
  } else if (flag & FLAG_DATA_ACKED) {
    // tcp_may_raise_cwnd() → tcp_cong_avoid() → icsk_ca_ops->cong_avoid = tcp_reno_cong_avoid
    ($E.fast || $E.twinOk[tcp_reno_cong_avoid.k] === 1 ? tcp_reno_cong_avoid$fast(sk, ack, acked_sacked) : yield* tcp_reno_cong_avoid(sk, ack, acked_sacked));
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
const A$tcp_reset = defineFn('net/ipv4/tcp_input.c', 'tcp_reset', [183, 185, 188, 192, 197, 201, 203, 206]);

/** tcp_reset(): the peer reset us — the error a blocked or later call will see depends on the state. */
export function* tcp_reset(sk: Sock): Sim<void> {
  const $f = enter(A$tcp_reset, { sk });
  try {
  if (at(A$tcp_reset.L183)) yield;
  traceTcpEvent('tcp_receive_reset', sk);
  if (at(A$tcp_reset.L185)) yield;
  switch (sk.sk_state) {
    case TCP_SYN_SENT:
      if (at(A$tcp_reset.L188)) yield;
      sk.sk_err = ECONNREFUSED;
      break;
    case TCP_CLOSE_WAIT:
      if (at(A$tcp_reset.L192)) yield;
      sk.sk_err = EPIPE;
      break;
    case TCP_CLOSE:
      return;
    default:
      if (at(A$tcp_reset.L197)) yield;
      sk.sk_err = ECONNRESET;
  }
  if (at(A$tcp_reset.L201)) yield;
  tcp_sk(sk).tcp_rtx_queue = [];
  tcp_sk(sk).packets_out = 0;
  if (at(A$tcp_reset.L203)) yield;
  ($E.fast || $E.twinOk[tcp_done.k] === 1 ? tcp_done$fast(sk) : yield* tcp_done(sk));
  if (!sock_flag(sk, SOCK_DEAD)) {
    if (at(A$tcp_reset.L206)) yield;
    ($E.fast || $E.twinOk[sock_def_error_report.k] === 1 ? sock_def_error_report$fast(sk) : yield* sock_def_error_report(sk));
  }
  } finally {
    leave($f);
  }
}
const A$tcp_fin = defineFn('net/ipv4/tcp_input.c', 'tcp_fin', [261, 263, 264, 265, 269, 270, 281, 282, 286, 288, 300]);

/** tcp_fin(): the peer will send no more — ESTABLISHED→CLOSE_WAIT, FIN_WAIT1→CLOSING, FIN_WAIT2→TIME_WAIT. */
export function* tcp_fin(sk: Sock): Sim<void> {
  const $f = enter(A$tcp_fin, { sk });
  try {
  if (at(A$tcp_fin.L261)) yield;
  inet_csk_schedule_ack(sk);
  if (at(A$tcp_fin.L263)) yield;
  sk.sk_shutdown |= RCV_SHUTDOWN;
  if (at(A$tcp_fin.L264)) yield;
  sock_set_flag(sk, SOCK_DONE);
  if (at(A$tcp_fin.L265)) yield;
  switch (sk.sk_state) {
    case TCP_SYN_RECV:
    case TCP_ESTABLISHED:
      if (at(A$tcp_fin.L269)) yield;
      ($E.fast || $E.twinOk[tcp_set_state.k] === 1 ? tcp_set_state$fast(sk, TCP_CLOSE_WAIT) : yield* tcp_set_state(sk, TCP_CLOSE_WAIT));
      if (at(A$tcp_fin.L270)) yield;
      inet_csk(sk).icsk_ack.pingpong = TCP_PINGPONG_THRESH;
      break;
    case TCP_FIN_WAIT1:
      if (at(A$tcp_fin.L281)) yield;
      ($E.fast || $E.twinOk[tcp_send_ack.k] === 1 ? tcp_send_ack$fast(sk) : yield* tcp_send_ack(sk));
      if (at(A$tcp_fin.L282)) yield;
      ($E.fast || $E.twinOk[tcp_set_state.k] === 1 ? tcp_set_state$fast(sk, TCP_CLOSING) : yield* tcp_set_state(sk, TCP_CLOSING));
      break;
    case TCP_FIN_WAIT2:
      if (at(A$tcp_fin.L286)) yield;
      ($E.fast || $E.twinOk[tcp_send_ack.k] === 1 ? tcp_send_ack$fast(sk) : yield* tcp_send_ack(sk));
      if (at(A$tcp_fin.L288)) yield;
      ($E.fast || $E.twinOk[tcp_time_wait.k] === 1 ? tcp_time_wait$fast(sk, TCP_TIME_WAIT, 0) : yield* tcp_time_wait(sk, TCP_TIME_WAIT, 0));
      break;
    default:
      break;
  }
  if (!sock_flag(sk, SOCK_DEAD)) {
    if (at(A$tcp_fin.L300)) yield;
    ($E.fast || $E.twinOk[sock_def_wakeup.k] === 1 ? sock_def_wakeup$fast(sk) : yield* sock_def_wakeup(sk));
  }
  } finally {
    leave($f);
  }
}
const A$tcp_data_queue = defineFn('net/ipv4/tcp_input.c', 'tcp_data_queue', [319, 332, 333, 335, 347, 349, 352, 355, 357, 359, 360, 372, 377, 384, 405]);

/** tcp_data_queue(): in-order data goes to sk_receive_queue and rcv_nxt moves; a FIN is processed in order too. */
export function* tcp_data_queue(sk: Sock, skb: SkBuff): Sim<void> {
  const tp = tcp_sk(sk);
  const th = skb.th!;
  const $f = enter(A$tcp_data_queue, { sk, skb, tp });
  try {

  if (at(A$tcp_data_queue.L319)) yield;
  if (!skb.len && !th.fin) return;
  if (at(A$tcp_data_queue.L332)) yield;
  if (th.seq === tp.rcv_nxt) {
    if (at(A$tcp_data_queue.L333)) yield;
    if (skb.len && tcp_receive_window(tp) === 0) {
      // the window we advertised is shut: this is a probe's byte or an overrun — drop it, ACK at once
      if (at(A$tcp_data_queue.L335)) yield;
      if (at(A$tcp_data_queue.L384)) yield;
      tcp_incr_quickack(sk, TCP_MAX_QUICKACKS);
      inet_csk_schedule_ack(sk);
      return;
    }
    // tcp_queue_rcv(): append to sk_receive_queue and advance rcv_nxt
    if (at(A$tcp_data_queue.L347)) yield;
    if (skb.len && !(sk.sk_shutdown & RCV_SHUTDOWN)) sk.sk_receive_queue.push(skb);
    tp.rcv_nxt = (tp.rcv_nxt + skb.len) >>> 0;
    if (skb.len) {
      if (at(A$tcp_data_queue.L349)) yield;
      ($E.fast || $E.twinOk[tcp_event_data_recv.k] === 1 ? tcp_event_data_recv$fast(sk, skb) : yield* tcp_event_data_recv(sk, skb));
    }
    if (at(A$tcp_data_queue.L352)) yield;
    if (th.fin) {
      tp.rcv_nxt = (tp.rcv_nxt + 1) >>> 0;
      ($E.fast || $E.twinOk[tcp_fin.k] === 1 ? tcp_fin$fast(sk) : yield* tcp_fin(sk));
    }
    if (at(A$tcp_data_queue.L355)) yield;
    if (tp.out_of_order_queue.length) {
      if (at(A$tcp_data_queue.L357)) yield;
      ($E.fast || $E.twinOk[tcp_ofo_queue.k] === 1 ? tcp_ofo_queue$fast(sk) : yield* tcp_ofo_queue(sk));
      // (RFC 5681 4.2: the hole is filled — ACK at once)
      if (at(A$tcp_data_queue.L359)) yield;
      if (!tp.out_of_order_queue.length) {
        if (at(A$tcp_data_queue.L360)) yield;
        inet_csk(sk).icsk_ack.pending |= ICSK_ACK_NOW;
      }
    }
    if (!sock_flag(sk, SOCK_DEAD)) {
      if (at(A$tcp_data_queue.L372)) yield;
      ($E.fast || $E.twinOk[sock_def_readable.k] === 1 ? sock_def_readable$fast(sk) : yield* sock_def_readable(sk));
    }
    return;
  }
  if (at(A$tcp_data_queue.L377)) yield;
  if (!after(end_seq(skb), tp.rcv_nxt)) {
    // a retransmission of what we already have: ACK it again at once
    if (at(A$tcp_data_queue.L384)) yield;
    tcp_incr_quickack(sk, TCP_MAX_QUICKACKS);
    inet_csk_schedule_ack(sk);
    return;
  }
  // (beyond the window, or overlapping rcv_nxt: not produced by this model's senders)
  if (at(A$tcp_data_queue.L405)) yield;
  ($E.fast || $E.twinOk[tcp_data_queue_ofo.k] === 1 ? tcp_data_queue_ofo$fast(sk, skb) : yield* tcp_data_queue_ofo(sk, skb));
  } finally {
    leave($f);
  }
}
const A$tcp_data_queue_ofo = defineFn('net/ipv4/tcp_input.c', 'tcp_data_queue_ofo', [1385, 1388, 1389, 1390, 1394, 1401, 1403, 1414, 1432, 1456]);

/** tcp_data_queue_ofo(): a segment after a hole — keep it, in sequence order, until the hole is filled; ACK at once. */
function* tcp_data_queue_ofo(sk: Sock, skb: SkBuff): Sim<void> {
  const tp = tcp_sk(sk);
  const q = tp.out_of_order_queue;
  const $f = enter(A$tcp_data_queue_ofo, { sk, skb, tp });
  try {
  if (at(A$tcp_data_queue_ofo.L1385)) yield;
  inet_csk_schedule_ack(sk);
  if (at(A$tcp_data_queue_ofo.L1388)) yield;
  NET_INC_STATS(sk.skc_net, MIB.TCPOFOQueue);
  const seq = skb.th!.seq;
  const end = end_seq(skb);
  if (at(A$tcp_data_queue_ofo.L1389)) yield;
  if (at(A$tcp_data_queue_ofo.L1390)) yield;
  $f.vars.seq = seq;
  $f.vars.end_seq = end;
  if (at(A$tcp_data_queue_ofo.L1394)) yield;
  if (!q.length) {
    if (at(A$tcp_data_queue_ofo.L1401)) yield;
    q.push(skb);
    if (at(A$tcp_data_queue_ofo.L1403)) yield;
    return;
  }
  // (the rbtree walk: insert in sequence order; a segment we already hold is dropped)
  if (at(A$tcp_data_queue_ofo.L1414)) yield;
  let i = q.length;
  while (i > 0 && after(q[i - 1].th!.seq, seq)) i--;
  if (i > 0 && !after(end, end_seq(q[i - 1])) && !before(seq, q[i - 1].th!.seq)) {
    if (at(A$tcp_data_queue_ofo.L1432)) yield;
    return;
  }
  if (at(A$tcp_data_queue_ofo.L1456)) yield;
  q.splice(i, 0, skb);
  } finally {
    leave($f);
  }
}
const A$tcp_ofo_queue = defineFn('net/ipv4/tcp_input.c', 'tcp_ofo_queue', [1503, 1504, 1507, 1508, 1517, 1519, 1520, 1526, 1529, 1533, 1534, 1535]);

/** tcp_ofo_queue(): after rcv_nxt moved, the out-of-order segments now in order go to the receive queue. */
function* tcp_ofo_queue(sk: Sock): Sim<void> {
  const tp = tcp_sk(sk);
  const q = tp.out_of_order_queue;
  const $f = enter(A$tcp_ofo_queue, { sk, tp });
  try {
  if (at(A$tcp_ofo_queue.L1503)) yield;
  if (at(A$tcp_ofo_queue.L1504)) yield;
  while (q.length) {
    const skb = q[0];
    $f.vars.skb = skb;
    if (at(A$tcp_ofo_queue.L1507)) yield;
    if (after(skb.th!.seq, tp.rcv_nxt)) {
      if (at(A$tcp_ofo_queue.L1508)) yield;
      break;
    }
    if (at(A$tcp_ofo_queue.L1517)) yield;
    q.shift();
    if (at(A$tcp_ofo_queue.L1519)) yield;
    if (!after(end_seq(skb), tp.rcv_nxt)) {
      if (at(A$tcp_ofo_queue.L1520)) yield;
      continue;
    }
    // (a segment overlapping rcv_nxt keeps only its new bytes in view: copied_seq/rcv_nxt do the arithmetic)
    if (at(A$tcp_ofo_queue.L1526)) yield;
    const fin = skb.th!.fin;
    tp.rcv_nxt = end_seq(skb);
    if (at(A$tcp_ofo_queue.L1529)) yield;
    if (skb.len) sk.sk_receive_queue.push(skb);
    if (at(A$tcp_ofo_queue.L1533)) yield;
    if (fin) {
      if (at(A$tcp_ofo_queue.L1534)) yield;
      ($E.fast || $E.twinOk[tcp_fin.k] === 1 ? tcp_fin$fast(sk) : yield* tcp_fin(sk));
      if (at(A$tcp_ofo_queue.L1535)) yield;
      break;
    }
  }
  } finally {
    leave($f);
  }
}
const A$tcp_check_space = defineFn('net/ipv4/tcp_input.c', 'tcp_check_space', [1548, 1549, 1552, 1553]);

/** tcp_check_space(): ACKs freed send buffer — if a writer found it full, tcp_new_space wakes it. */
function* tcp_check_space(sk: Sock): Sim<void> {
  const $f = enter(A$tcp_check_space, { sk });
  try {
  if (at(A$tcp_check_space.L1548)) yield;
  if (sock_flag(sk, SOCK_QUEUE_SHRUNK)) {
    if (at(A$tcp_check_space.L1549)) yield;
    sock_reset_flag(sk, SOCK_QUEUE_SHRUNK);
    if (at(A$tcp_check_space.L1552)) yield;
    if (sk.sk_socket !== null && sk.sk_socket.flags & SOCK_NOSPACE) {
      if (at(A$tcp_check_space.L1553)) yield;
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
  // (roundup_pow_of_two in integers: 2 ** Math.ceil(Math.log2(n)) was two calls into the math
  // library per connection end, and a double where sk_sndbuf keeps small integers)
  per_mss = (1 << (32 - Math.clz32(per_mss - 1))) + 256;
  const nr_segs = Math.max(10, tp.snd_cwnd, tp.reordering + 1);
  const sndmem = 2 * nr_segs * per_mss;
  if (sk.sk_sndbuf < sndmem) sk.sk_sndbuf = Math.min(sndmem, 4194304);
}
const A$tcp_data_snd_check = defineFn('net/ipv4/tcp_input.c', 'tcp_data_snd_check', [1567, 1568]);

/** tcp_data_snd_check(): an ACK came in — send what the queue holds now that the windows moved, and wake a writer. */
function* tcp_data_snd_check(sk: Sock): Sim<void> {
  const $f = enter(A$tcp_data_snd_check, { sk });
  try {
  if (at(A$tcp_data_snd_check.L1567)) yield;
  ($E.fast || $E.twinOk[tcp_push_pending_frames.k] === 1 ? tcp_push_pending_frames$fast(sk) : yield* tcp_push_pending_frames(sk));
  if (at(A$tcp_data_snd_check.L1568)) yield;
  ($E.fast || $E.twinOk[tcp_check_space.k] === 1 ? tcp_check_space$fast(sk) : yield* tcp_check_space(sk));
  } finally {
    leave($f);
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
  // (a GSO packet — over lo, which never cuts one — counts by its segments' size)
  const len = skb.gso_size || skb.len;
  if (len >= a.rcv_mss) {
    a.rcv_mss = Math.min(len, tcp_sk(sk).advmss);
  } else {
    if (a.pending & ICSK_ACK_PUSHED) a.pending |= ICSK_ACK_PUSHED2;
    a.pending |= ICSK_ACK_PUSHED;
  }
}
const A$tcp_event_data_recv = defineFn('net/ipv4/tcp_input.c', 'tcp_event_data_recv', [223, 225, 228, 231, 232, 237, 248]);

/** tcp_event_data_recv(): new in-order data — an ACK is owed, and the delayed-ACK engine learns. */
function* tcp_event_data_recv(sk: Sock, skb: SkBuff): Sim<void> {
  const icsk = inet_csk(sk);
  const a = icsk.icsk_ack;
  const $f = enter(A$tcp_event_data_recv, { sk, skb, icsk });
  try {

  if (at(A$tcp_event_data_recv.L223)) yield;
  inet_csk_schedule_ack(sk);
  if (at(A$tcp_event_data_recv.L225)) yield;
  tcp_measure_rcv_mss(sk, skb);
  const now = E.now;
  if (at(A$tcp_event_data_recv.L228)) yield;
  if (!a.ato) {
    if (at(A$tcp_event_data_recv.L231)) yield;
    tcp_incr_quickack(sk, TCP_MAX_QUICKACKS);
    if (at(A$tcp_event_data_recv.L232)) yield;
    a.ato = TCP_ATO_MIN;
  } else {
    const m = now - a.lrcvtime;
    if (at(A$tcp_event_data_recv.L237)) yield;
    if (m <= TCP_ATO_MIN / 2) {
      a.ato = Math.floor(a.ato / 2) + TCP_ATO_MIN / 2;
    } else if (m < a.ato) {
      a.ato = Math.min(Math.floor(a.ato / 2) + m, icsk.icsk_rto);
    } else if (m > icsk.icsk_rto) {
      tcp_incr_quickack(sk, TCP_MAX_QUICKACKS);
    }
  }
  if (at(A$tcp_event_data_recv.L248)) yield;
  a.lrcvtime = now;
  } finally {
    leave($f);
  }
}
const A$__tcp_ack_snd_check = defineFn('net/ipv4/tcp_input.c', '__tcp_ack_snd_check', [419, 423, 427, 430, 432, 436, 438]);

/** __tcp_ack_snd_check(): the owed ACK goes now (quick mode, a second full segment) or is delayed. */
function* __tcp_ack_snd_check(sk: Sock, ofo_possible: number): Sim<void> {
  const tp = tcp_sk(sk);
  const $f = enter(A$__tcp_ack_snd_check, { sk, ofo_possible, tp });
  try {

  const a = inet_csk(sk).icsk_ack;
  if (at(A$__tcp_ack_snd_check.L419)) yield;
  const twoSegments = ((tp.rcv_nxt - tp.rcv_wup) >>> 0) > a.rcv_mss && (tp.rcv_nxt === tp.copied_seq || __tcp_select_window(sk) >= tp.rcv_wnd);
  if (at(A$__tcp_ack_snd_check.L423)) yield;
  if (twoSegments || tcp_in_quickack_mode(sk) || a.pending & ICSK_ACK_NOW) {
    if (at(A$__tcp_ack_snd_check.L427)) yield;
    ($E.fast || $E.twinOk[tcp_send_ack.k] === 1 ? tcp_send_ack$fast(sk) : yield* tcp_send_ack(sk));
    return;
  }
  if (at(A$__tcp_ack_snd_check.L430)) yield;
  if (!ofo_possible || !tp.out_of_order_queue.length) {
    if (at(A$__tcp_ack_snd_check.L432)) yield;
    ($E.fast || $E.twinOk[tcp_send_delayed_ack.k] === 1 ? tcp_send_delayed_ack$fast(sk) : yield* tcp_send_delayed_ack(sk));
    return;
  }
  // a hole in the sequence: without SACK, ACK every out-of-order segment at once (a duplicate ACK)
  if (at(A$__tcp_ack_snd_check.L436)) yield;
  if (at(A$__tcp_ack_snd_check.L438)) yield;
  if (at(A$__tcp_ack_snd_check.L427)) yield;
  ($E.fast || $E.twinOk[tcp_send_ack.k] === 1 ? tcp_send_ack$fast(sk) : yield* tcp_send_ack(sk));
  } finally {
    leave($f);
  }
}

/** tcp_ack_snd_check(): if this segment left an ACK owed, decide when to send it. */
function* tcp_ack_snd_check(sk: Sock): Sim<void> {
  if (!inet_csk_ack_scheduled(sk)) return;
  ($E.fast || $E.twinOk[__tcp_ack_snd_check.k] === 1 ? __tcp_ack_snd_check$fast(sk, 1) : yield* __tcp_ack_snd_check(sk, 1));
}
const A$tcp_rcv_established = defineFn('net/ipv4/tcp_input.c', 'tcp_rcv_established', [460, 498, 506, 510, 515, 517, 518]);

/** tcp_rcv_established(): the ESTABLISHED receive path (this model always takes the slow path). */
export function* tcp_rcv_established(sk: Sock, skb: SkBuff): Sim<void> {
  const $f = enter(A$tcp_rcv_established, { sk, skb });
  try {
  if (at(A$tcp_rcv_established.L460)) yield;
  if (at(A$tcp_rcv_established.L498)) yield;
  if (at(A$tcp_rcv_established.L506)) yield;
  if (!(($E.fast || $E.twinOk[tcp_validate_incoming.k] === 1 ? tcp_validate_incoming$fast(sk, skb) : yield* tcp_validate_incoming(sk, skb)))) return;
  if (at(A$tcp_rcv_established.L510)) yield;
  if (skb.th!.ack && (($E.fast || $E.twinOk[tcp_ack.k] === 1 ? tcp_ack$fast(sk, skb) : yield* tcp_ack(sk, skb))) < 0) return;
  if (at(A$tcp_rcv_established.L515)) yield;
  ($E.fast || $E.twinOk[tcp_data_queue.k] === 1 ? tcp_data_queue$fast(sk, skb) : yield* tcp_data_queue(sk, skb));
  if (at(A$tcp_rcv_established.L517)) yield;
  ($E.fast || $E.twinOk[tcp_data_snd_check.k] === 1 ? tcp_data_snd_check$fast(sk) : yield* tcp_data_snd_check(sk));
  if (at(A$tcp_rcv_established.L518)) yield;
  ($E.fast || $E.twinOk[tcp_ack_snd_check.k] === 1 ? tcp_ack_snd_check$fast(sk) : yield* tcp_ack_snd_check(sk));
  } finally {
    leave($f);
  }
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
      ($E.fast || $E.twinOk[tcp_send_ack.k] === 1 ? tcp_send_ack$fast(sk) : yield* tcp_send_ack(sk));
    }
    return false;
  }
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
const A$tcp_finish_connect = defineFn('net/ipv4/tcp_input.c', 'tcp_finish_connect', [537, 541, 546, 547]);

export function* tcp_finish_connect(sk: Sock, skb: SkBuff): Sim<void> {
  const $f = enter(A$tcp_finish_connect, { sk, skb });
  try {
  if (at(A$tcp_finish_connect.L537)) yield;
  ($E.fast || $E.twinOk[tcp_set_state.k] === 1 ? tcp_set_state$fast(sk, TCP_ESTABLISHED) : yield* tcp_set_state(sk, TCP_ESTABLISHED));
  if (at(A$tcp_finish_connect.L541)) yield;
  if (at(A$tcp_finish_connect.L546)) yield;
  tcp_init_transfer(sk);
  if (at(A$tcp_finish_connect.L547)) yield;
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
const A$tcp_rcv_synsent_state_process = defineFn('net/ipv4/tcp_input.c', 'tcp_rcv_synsent_state_process', [575, 577, 582, 583, 587, 591, 594, 596, 599, 601, 602, 604, 607, 611, 615, 626, 629, 632, 633, 636, 638, 640, 651]);

/** tcp_rcv_synsent_state_process(): the client's SYN-ACK (or RST, or a crossing SYN). */
export function* tcp_rcv_synsent_state_process(sk: Sock, skb: SkBuff): Sim<number> {
  const tp = tcp_sk(sk);
  const th = skb.th!;
  const $f = enter(A$tcp_rcv_synsent_state_process, { sk, skb, th, tp });
  try {

  if (at(A$tcp_rcv_synsent_state_process.L575)) yield;
  if (th.ack) {
    if (at(A$tcp_rcv_synsent_state_process.L577)) yield;
    if (!after(th.ack_seq, tp.snd_una) || after(th.ack_seq, tp.snd_nxt)) {
      // an ACK for something we never sent: answer with a RST
      if (at(A$tcp_rcv_synsent_state_process.L651)) yield;
      return 1;
    }
    if (at(A$tcp_rcv_synsent_state_process.L582)) yield;
    if (th.rst) {
      if (at(A$tcp_rcv_synsent_state_process.L583)) yield;
      ($E.fast || $E.twinOk[tcp_reset.k] === 1 ? tcp_reset$fast(sk) : yield* tcp_reset(sk));
      return 0;
    }
    if (at(A$tcp_rcv_synsent_state_process.L587)) yield;
    if (!th.syn) return 0;
    // (tcp_parse_options, at the top: the peer's MSS option is the most we may send)
    tp.rx_opt.mss_clamp = th.options.mss ?? TCP_MSS_DEFAULT;
    if (at(A$tcp_rcv_synsent_state_process.L591)) yield;
    tp.snd_wl1 = th.seq;
    if (at(A$tcp_rcv_synsent_state_process.L594)) yield;
    ($E.fast || $E.twinOk[tcp_ack.k] === 1 ? tcp_ack$fast(sk, skb) : yield* tcp_ack(sk, skb));
    if (at(A$tcp_rcv_synsent_state_process.L596)) yield;
    tp.rcv_nxt = tp.rcv_wup = (th.seq + 1) >>> 0;
    if (at(A$tcp_rcv_synsent_state_process.L599)) yield;
    tp.snd_wnd = th.window;
    if (at(A$tcp_rcv_synsent_state_process.L601)) yield;
    tcp_sync_mss(sk, inet_csk(sk).icsk_pmtu_cookie);
    if (at(A$tcp_rcv_synsent_state_process.L602)) yield;
    tcp_initialize_rcv_mss(sk);
    if (at(A$tcp_rcv_synsent_state_process.L604)) yield;
    tp.copied_seq = tp.rcv_nxt;
    if (at(A$tcp_rcv_synsent_state_process.L607)) yield;
    ($E.fast || $E.twinOk[tcp_finish_connect.k] === 1 ? tcp_finish_connect$fast(sk, skb) : yield* tcp_finish_connect(sk, skb));
    if (!sock_flag(sk, SOCK_DEAD)) {
      // wakes the connect() sleeping in inet_wait_for_connect
      if (at(A$tcp_rcv_synsent_state_process.L611)) yield;
      ($E.fast || $E.twinOk[sock_def_wakeup.k] === 1 ? sock_def_wakeup$fast(sk) : yield* sock_def_wakeup(sk));
    }
    if (at(A$tcp_rcv_synsent_state_process.L615)) yield;
    if (at(A$tcp_rcv_synsent_state_process.L626)) yield;
    ($E.fast || $E.twinOk[tcp_send_ack.k] === 1 ? tcp_send_ack$fast(sk) : yield* tcp_send_ack(sk));
    if (at(A$tcp_rcv_synsent_state_process.L629)) yield;
    return -1;
  }
  if (at(A$tcp_rcv_synsent_state_process.L632)) yield;
  if (th.rst) {
    if (at(A$tcp_rcv_synsent_state_process.L633)) yield;
    return 0;
  }
  if (at(A$tcp_rcv_synsent_state_process.L636)) yield;
  if (th.syn) {
    // crossing SYNs (simultaneous open)
    if (at(A$tcp_rcv_synsent_state_process.L638)) yield;
    ($E.fast || $E.twinOk[tcp_set_state.k] === 1 ? tcp_set_state$fast(sk, TCP_SYN_RECV) : yield* tcp_set_state(sk, TCP_SYN_RECV));
    tp.rcv_nxt = tp.rcv_wup = (th.seq + 1) >>> 0;
    tp.snd_wnd = th.window;
    if (at(A$tcp_rcv_synsent_state_process.L640)) yield;
    ($E.fast || $E.twinOk[__tcp_transmit_skb.k] === 1 ? __tcp_transmit_skb$fast(sk, tp.snd_una, SYN_ACK) : yield* __tcp_transmit_skb(sk, tp.snd_una, SYN_ACK));
    return -1;
  }
  return 0;
  } finally {
    leave($f);
  }
}
const A$tcp_rcv_state_process = defineFn('net/ipv4/tcp_input.c', 'tcp_rcv_state_process', [669, 670, 673, 675, 678, 680, 681, 686, 694, 698, 699, 706, 709, 712, 715, 722, 723, 727, 730, 731, 733, 734, 738, 739, 743, 748, 751, 752, 754, 760, 767, 772, 775, 779, 784, 792, 808, 814, 820, 821, 827]);

/** tcp_rcv_state_process(): the TCP state machine for every state but ESTABLISHED (and TIME_WAIT). 1 = send a RST. */
export function* tcp_rcv_state_process(sk: Sock, skb: SkBuff): Sim<number> { let $t: any;
  const tp = tcp_sk(sk);
  const icsk = inet_csk(sk);
  const th = skb.th!;
  const $f = enter(A$tcp_rcv_state_process, { sk, skb, th, tp, icsk });
  try {

  if (at(A$tcp_rcv_state_process.L669)) yield;
  switch (sk.sk_state) {
    case TCP_CLOSE:
      if (at(A$tcp_rcv_state_process.L670)) yield;
      return 0;
    case TCP_LISTEN:
      if (at(A$tcp_rcv_state_process.L673)) yield;
      if (at(A$tcp_rcv_state_process.L675)) yield;
      if (th.ack) return 1;
      if (at(A$tcp_rcv_state_process.L678)) yield;
      if (th.rst) return 0;
      if (at(A$tcp_rcv_state_process.L680)) yield;
      if (th.syn) {
        if (at(A$tcp_rcv_state_process.L681)) yield;
        if (th.fin) return 0;
        if (at(A$tcp_rcv_state_process.L686)) yield;
        const acceptable = ((($t = inet_csk(sk).icsk_af_ops!.conn_request).fast !== undefined && ($E.fast || $E.twinOk[$t.k] === 1) ? $t.fast(sk, skb) : yield* inet_csk(sk).icsk_af_ops!.conn_request(sk, skb))) >= 0;
        $f.vars.acceptable = acceptable;
        return acceptable ? 0 : 1;
      }
      return 0;
    case TCP_SYN_SENT: {
      if (at(A$tcp_rcv_state_process.L694)) yield;
      if (at(A$tcp_rcv_state_process.L698)) yield;
      const queued = ($E.fast || $E.twinOk[tcp_rcv_synsent_state_process.k] === 1 ? tcp_rcv_synsent_state_process$fast(sk, skb) : yield* tcp_rcv_synsent_state_process(sk, skb));
      $f.vars.queued = queued;
      if (at(A$tcp_rcv_state_process.L699)) yield;
      if (queued >= 0) return queued;
      return 0;
    }
  }
  if (at(A$tcp_rcv_state_process.L706)) yield;
  if (!th.ack && !th.rst && !th.syn) return 0;
  if (at(A$tcp_rcv_state_process.L709)) yield;
  if (!(($E.fast || $E.twinOk[tcp_validate_incoming.k] === 1 ? tcp_validate_incoming$fast(sk, skb) : yield* tcp_validate_incoming(sk, skb)))) return 0;
  if (at(A$tcp_rcv_state_process.L712)) yield;
  const acceptable = (($E.fast || $E.twinOk[tcp_ack.k] === 1 ? tcp_ack$fast(sk, skb) : yield* tcp_ack(sk, skb))) > 0;
  $f.vars.acceptable = acceptable;
  if (at(A$tcp_rcv_state_process.L715)) yield;
  if (!acceptable) {
    if (sk.sk_state === TCP_SYN_RECV) return 1;
    ($E.fast || $E.twinOk[tcp_send_ack.k] === 1 ? tcp_send_ack$fast(sk) : yield* tcp_send_ack(sk)); // challenge ACK
    return 0;
  }
  if (at(A$tcp_rcv_state_process.L722)) yield;
  switch (sk.sk_state) {
    case TCP_SYN_RECV:
      if (at(A$tcp_rcv_state_process.L723)) yield;
      if (at(A$tcp_rcv_state_process.L727)) yield;
      tp.copied_seq = tp.rcv_nxt;
      // (tcp_init_transfer: the initial congestion window and send buffer; tcp_initialize_rcv_mss)
      tcp_init_transfer(sk);
      tcp_initialize_rcv_mss(sk);
      if (at(A$tcp_rcv_state_process.L730)) yield;
      ($E.fast || $E.twinOk[tcp_set_state.k] === 1 ? tcp_set_state$fast(sk, TCP_ESTABLISHED) : yield* tcp_set_state(sk, TCP_ESTABLISHED));
      if (at(A$tcp_rcv_state_process.L731)) yield;
      ($E.fast || $E.twinOk[sock_def_wakeup.k] === 1 ? sock_def_wakeup$fast(sk) : yield* sock_def_wakeup(sk));
      if (at(A$tcp_rcv_state_process.L733)) yield;
      tp.snd_una = th.ack_seq;
      if (at(A$tcp_rcv_state_process.L734)) yield;
      tp.snd_wnd = th.window;
      if (at(A$tcp_rcv_state_process.L738)) yield;
      if (at(A$tcp_rcv_state_process.L739)) yield;
      tcp_update_pacing_rate(sk);
      break;
    case TCP_FIN_WAIT1: {
      if (at(A$tcp_rcv_state_process.L743)) yield;
      if (at(A$tcp_rcv_state_process.L748)) yield;
      if (tp.snd_una !== tp.write_seq) break;
      if (at(A$tcp_rcv_state_process.L751)) yield;
      ($E.fast || $E.twinOk[tcp_set_state.k] === 1 ? tcp_set_state$fast(sk, TCP_FIN_WAIT2) : yield* tcp_set_state(sk, TCP_FIN_WAIT2));
      if (at(A$tcp_rcv_state_process.L752)) yield;
      sk.sk_shutdown |= SEND_SHUTDOWN;
      if (at(A$tcp_rcv_state_process.L754)) yield;
      if (!sock_flag(sk, SOCK_DEAD)) {
        ($E.fast || $E.twinOk[sock_def_wakeup.k] === 1 ? sock_def_wakeup$fast(sk) : yield* sock_def_wakeup(sk));
        break;
      }
      if (at(A$tcp_rcv_state_process.L760)) yield;
      const tmo = sk.skc_net.sysctl['net.ipv4.tcp_fin_timeout'] * 1_000_000;
      $f.vars.tmo = tmo;
      if (!th.fin && tmo <= TCP_TIMEWAIT_LEN) {
        // an orphan (close() already returned): a timewait sock in substate FIN_WAIT2 takes over
        if (at(A$tcp_rcv_state_process.L767)) yield;
        ($E.fast || $E.twinOk[tcp_time_wait.k] === 1 ? tcp_time_wait$fast(sk, TCP_FIN_WAIT2, tmo) : yield* tcp_time_wait(sk, TCP_FIN_WAIT2, tmo));
        return 0;
      }
      break;
    }
    case TCP_CLOSING:
      if (at(A$tcp_rcv_state_process.L772)) yield;
      if (tp.snd_una === tp.write_seq) {
        if (at(A$tcp_rcv_state_process.L775)) yield;
        ($E.fast || $E.twinOk[tcp_time_wait.k] === 1 ? tcp_time_wait$fast(sk, TCP_TIME_WAIT, 0) : yield* tcp_time_wait(sk, TCP_TIME_WAIT, 0));
        return 0;
      }
      break;
    case TCP_LAST_ACK:
      if (at(A$tcp_rcv_state_process.L779)) yield;
      if (tp.snd_una === tp.write_seq) {
        if (at(A$tcp_rcv_state_process.L784)) yield;
        ($E.fast || $E.twinOk[tcp_done.k] === 1 ? tcp_done$fast(sk) : yield* tcp_done(sk));
        return 0;
      }
      break;
  }
  if (at(A$tcp_rcv_state_process.L792)) yield;
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
      if (at(A$tcp_rcv_state_process.L808)) yield;
      ($E.fast || $E.twinOk[tcp_reset.k] === 1 ? tcp_reset$fast(sk) : yield* tcp_reset(sk));
      return 1;
    }
  }
  if (process) {
    if (at(A$tcp_rcv_state_process.L814)) yield;
    ($E.fast || $E.twinOk[tcp_data_queue.k] === 1 ? tcp_data_queue$fast(sk, skb) : yield* tcp_data_queue(sk, skb));
  }
  if ((sk.sk_state as number) !== TCP_CLOSE) {
    if (at(A$tcp_rcv_state_process.L820)) yield;
    ($E.fast || $E.twinOk[tcp_data_snd_check.k] === 1 ? tcp_data_snd_check$fast(sk) : yield* tcp_data_snd_check(sk));
    if (at(A$tcp_rcv_state_process.L821)) yield;
    ($E.fast || $E.twinOk[tcp_ack_snd_check.k] === 1 ? tcp_ack_snd_check$fast(sk) : yield* tcp_ack_snd_check(sk));
  }
  if (at(A$tcp_rcv_state_process.L827)) yield;
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
const A$tcp_conn_request = defineFn('net/ipv4/tcp_input.c', 'tcp_conn_request', [854, 855, 861, 862, 867, 881, 884, 886, 893, 898, 902, 918, 921, 926, 927, 931, 938]);

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
  if (at(A$tcp_conn_request.L854)) yield;
  // inet_csk_reqsk_queue_is_full(): qlen >= sk_max_ack_backlog in 5.4
  if (net.sysctl['net.ipv4.tcp_syncookies'] === 2 || icsk.icsk_accept_queue.qlen >= sk.sk_max_ack_backlog) {
    if (at(A$tcp_conn_request.L855)) yield;
    want_cookie = net.sysctl['net.ipv4.tcp_syncookies'] > 0;
    $f.vars.want_cookie = want_cookie;
    NET_INC_STATS(net, want_cookie ? MIB.TCPReqQFullDoCookies : MIB.TCPReqQFullDrop);
    if (!want_cookie) {
      if (at(A$tcp_conn_request.L938)) yield;
      tcp_listendrop(sk);
      return 0;
    }
  }
  if (at(A$tcp_conn_request.L861)) yield;
  if (($E.fast || $E.twinOk[sk_acceptq_is_full.k] === 1 ? sk_acceptq_is_full$fast(sk) : yield* sk_acceptq_is_full(sk))) {
    if (at(A$tcp_conn_request.L862)) yield;
    NET_INC_STATS(net, MIB.ListenOverflows);
    if (at(A$tcp_conn_request.L938)) yield;
    tcp_listendrop(sk);
    return 0;
  }
  if (at(A$tcp_conn_request.L867)) yield;
  const req = inet_reqsk_alloc(sk);
  $f.vars.req = req;
  if (at(A$tcp_conn_request.L881)) yield;
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
  if (at(A$tcp_conn_request.L884)) yield;
  inet_rsk(req).ir_loc_addr = skb.iph.daddr;
  inet_rsk(req).ir_rmt_addr = skb.iph.saddr;
  if (at(A$tcp_conn_request.L886)) yield;
  let isn: number;
  if (!want_cookie) {
    if (at(A$tcp_conn_request.L893)) yield;
    isn = secure_tcp_seq(net, skb.iph.daddr, skb.iph.saddr, th.dest, th.source);
  } else {
    if (at(A$tcp_conn_request.L898)) yield;
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
  if (at(A$tcp_conn_request.L902)) yield;
  req.snt_isn = isn;
  if (!want_cookie) {
    if (at(A$tcp_conn_request.L918)) yield;
    ($E.fast || $E.twinOk[inet_csk_reqsk_queue_hash_add.k] === 1 ? inet_csk_reqsk_queue_hash_add$fast(sk, req, TCP_TIMEOUT_INIT) : yield* inet_csk_reqsk_queue_hash_add(sk, req, TCP_TIMEOUT_INIT));
  }
  if (at(A$tcp_conn_request.L921)) yield;
  ($E.fast || $E.twinOk[tcp_v4_send_synack.k] === 1 ? tcp_v4_send_synack$fast(sk, req) : yield* tcp_v4_send_synack(sk, req));
  if (want_cookie) {
    if (at(A$tcp_conn_request.L926)) yield;
    req.freed = true;
    if (at(A$tcp_conn_request.L927)) yield;
    return 0;
  }
  if (at(A$tcp_conn_request.L931)) yield;
  return 0;
  } finally {
    leave($f);
  }
}



// ---- fast-path twins (scripts/twins.cjs) ----
import { E as $E, FAST_FRAME as $FF, driveToEnd as $drive, registerTwin as $kreg } from '../../../core/engine';
import { tcp_xmit_retransmit_queue$fast as tcp_xmit_retransmit_queue$fast, tcp_trim_head$fast as tcp_trim_head$fast, tcp_fragment$fast as tcp_fragment$fast, tcp_send_ack$fast as tcp_send_ack$fast, tcp_push_pending_frames$fast as tcp_push_pending_frames$fast, tcp_send_delayed_ack$fast as tcp_send_delayed_ack$fast, __tcp_transmit_skb$fast as __tcp_transmit_skb$fast } from './tcp_output';
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
  const $f = ($tb !== null && ($o = (A$tcp_ack.L24 | 270532608), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {

  $s += 2;
  const prior_snd_una = tp.snd_una;
  
  const prior_packets = tp.packets_out;
  const prior_delivered = tp.delivered;
  let flag = 0;
  rexmit = REXMIT_NONE;
  
  if (before(ack, prior_snd_una)) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_ack.L47) : $tb.op($e.now, A$tcp_ack.L47));
    ++$s; $x = A$tcp_ack.L171 | 1048576;
    return ($r = (0), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_ack.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_ack.L51) : $tb.op($e.now, A$tcp_ack.L51));
  if (after(ack, tp.snd_nxt)) {
    ++$s; $x = A$tcp_ack.L52 | 1048576;
    return ($r = (-1), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_ack.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_ack.L54) : $tb.op($e.now, A$tcp_ack.L54));
  if (after(ack, prior_snd_una)) {
    $s += 2; if ($tb !== null) ($o = (A$tcp_ack.L56 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
    flag |= FLAG_SND_UNA_ADVANCED;
    
    icsk.icsk_retransmits = 0;
  }
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_ack.L88) : $tb.op($e.now, A$tcp_ack.L88));
  // (the slow path: this model takes it for every segment)
  if (ack_seq !== end_seq(skb)) flag |= FLAG_DATA;
  flag |= tcp_ack_update_window(sk, skb, ack, ack_seq);
  icsk.icsk_probes_out = 0;
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_ack.L110) : $tb.op($e.now, A$tcp_ack.L110));
  if (!prior_packets) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_ack.L111) : $tb.op($e.now, A$tcp_ack.L111));
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_ack.L155) : $tb.op($e.now, A$tcp_ack.L155));
    tcp_ack_probe$fast(sk);
    ++$s; $x = A$tcp_ack.L159 | 1048576;
    return ($r = (1), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_ack.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_ack.L115) : $tb.op($e.now, A$tcp_ack.L115));
  flag |= tcp_clean_rtx_queue$fast(sk, prior_snd_una);
  
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_ack.L123) : $tb.op($e.now, A$tcp_ack.L123));
  if (flag & FLAG_SET_XMIT_TIMER) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_ack.L124) : $tb.op($e.now, A$tcp_ack.L124));
    // tcp_rearm_rto(): nothing left in flight stops the timer, else it runs an RTO from now
    if (!tp.packets_out) inet_csk_clear_xmit_timer(sk);
    else inet_csk_reset_xmit_timer(sk, icsk.icsk_rto);
  }
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_ack.L126) : $tb.op($e.now, A$tcp_ack.L126));
  if (!(flag & FLAG_NOT_DUP) || icsk.icsk_ca_state !== TCP_CA_Open) {
    // a duplicate ACK (nothing new ACKed, no data, the same window), or we are already in disorder or recovery
    let num_dupack = 0;
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_ack.L127) : $tb.op($e.now, A$tcp_ack.L127));
    if (!(flag & (FLAG_SND_UNA_ADVANCED | FLAG_NOT_DUP))) {
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_ack.L128) : $tb.op($e.now, A$tcp_ack.L128));
      num_dupack = 1;
    }
    
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_ack.L132) : $tb.op($e.now, A$tcp_ack.L132));
    flag = tcp_fastretrans_alert$fast(sk, prior_snd_una, num_dupack, flag);
  }
  $s += 2; if ($tb !== null) ($o = (A$tcp_ack.L139 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  const delivered = tp.delivered - prior_delivered;
  
  
  tcp_cong_control$fast(sk, ack, delivered, flag);
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_ack.L145) : $tb.op($e.now, A$tcp_ack.L145));
  if (rexmit !== REXMIT_NONE && sk.sk_state !== TCP_SYN_SENT) tcp_xmit_retransmit_queue$fast(sk);
  if (E.history !== null) E.history.cwnd(E.now, tp, 'ack'); // (the view's cwnd plot: history.ts)
  ++$s; $x = A$tcp_ack.L146 | 1048576;
  return ($r = (1), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_ack.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
function tcp_ack_probe$fast(sk: Sock): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $s = 0;
  const tp = tcp_sk(sk);
  const icsk = inet_csk(sk);
  const head = sk.sk_write_queue[0];
  const $f = ($tb !== null && ($o = (A$tcp_ack_probe.L955 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  ++$s;
  if (head === undefined) { ($e.steps += $s, $tb !== null && ($o = (A$tcp_ack_probe.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))); return; }
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_ack_probe.L957) : $tb.op($e.now, A$tcp_ack_probe.L957));
  if (!after(end_seq(head), (tp.snd_una + tp.snd_wnd) >>> 0)) {
    $s += 2; if ($tb !== null) ($o = (A$tcp_ack_probe.L958 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
    icsk.icsk_backoff = 0;
    
    inet_csk_clear_xmit_timer(sk);
  } else {
    $s += 3; if ($tb !== null) ($o = (A$tcp_ack_probe.L960 | 2097152), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
    // still shut: the next probe after the backed-off interval
    
    
    tcp_reset_xmit_timer(sk, ICSK_TIME_PROBE0, tcp_probe0_when(sk, TCP_RTO_MAX));
  }
  } ($e.steps += $s, $tb !== null && ($o = (A$tcp_ack_probe.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
}
function tcp_tso_acked$fast(sk: Sock, skb: SkBuff): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0; let $x = -1;
  const tp = tcp_sk(sk);
  const $f = ($tb !== null && ($o = (A$tcp_tso_acked.L982 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  ++$s;
  let packets_acked = tcp_skb_pcount(skb);
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_tso_acked.L983) : $tb.op($e.now, A$tcp_tso_acked.L983));
  tcp_trim_head$fast(sk, skb, (tp.snd_una - skb.th!.seq) >>> 0);
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_tso_acked.L985) : $tb.op($e.now, A$tcp_tso_acked.L985));
  packets_acked -= tcp_skb_pcount(skb);
  
  ++$s; $x = A$tcp_tso_acked.L992 | 1048576;
  return ($r = (packets_acked), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_tso_acked.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
function tcp_clean_rtx_queue$fast(sk: Sock, prior_snd_una: number): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0; let $x = -1;
  const tp = tcp_sk(sk);
  const $f = ($tb !== null && ($o = (A$tcp_clean_rtx_queue.L1022 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
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
    let acked_pcount: number;
    let fully_acked = true;
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_clean_rtx_queue.L1031) : $tb.op($e.now, A$tcp_clean_rtx_queue.L1031));
    if (after(end_seq(skb), tp.snd_una)) {
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_clean_rtx_queue.L1032) : $tb.op($e.now, A$tcp_clean_rtx_queue.L1032));
      if (tcp_skb_pcount(skb) === 1 || !after(tp.snd_una, th.seq)) {
        ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_clean_rtx_queue.L1034) : $tb.op($e.now, A$tcp_clean_rtx_queue.L1034));
        break;
      }
      // a GSO skb ACKed in part: its front goes, the skb stays
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_clean_rtx_queue.L1036) : $tb.op($e.now, A$tcp_clean_rtx_queue.L1036));
      acked_pcount = tcp_tso_acked$fast(sk, skb);
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_clean_rtx_queue.L1037) : $tb.op($e.now, A$tcp_clean_rtx_queue.L1037));
      if (!acked_pcount) {
        ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_clean_rtx_queue.L1038) : $tb.op($e.now, A$tcp_clean_rtx_queue.L1038));
        break;
      }
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_clean_rtx_queue.L1039) : $tb.op($e.now, A$tcp_clean_rtx_queue.L1039));
      fully_acked = false;
    } else {
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_clean_rtx_queue.L1041) : $tb.op($e.now, A$tcp_clean_rtx_queue.L1041));
      acked_pcount = tcp_skb_pcount(skb);
    }
    if (skb.tcp_sacked & (TCPCB_SACKED_RETRANS | TCPCB_EVER_RETRANS)) {
      // (stepped only when the segment was retransmitted: the common case skips these checks)
      $s += 2; if ($tb !== null) ($o = (A$tcp_clean_rtx_queue.L1044 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
      
      if (skb.tcp_sacked & TCPCB_SACKED_RETRANS) {
        ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_clean_rtx_queue.L1046) : $tb.op($e.now, A$tcp_clean_rtx_queue.L1046));
        tp.retrans_out -= acked_pcount;
      }
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_clean_rtx_queue.L1047) : $tb.op($e.now, A$tcp_clean_rtx_queue.L1047));
      flag |= FLAG_RETRANS_DATA_ACKED;
    } else if (first_ackt < 0) {
      // (sent once: when it left times this ACK's round trip — Karn's rule skips retransmitted ones)
      first_ackt = skb.skb_mstamp;
    }
    if (skb.tcp_sacked & TCPCB_LOST) {
      $s += 2; if ($tb !== null) ($o = (A$tcp_clean_rtx_queue.L1069 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
      
      tp.lost_out -= acked_pcount;
    }
    $s += 3; if ($tb !== null) ($o = (A$tcp_clean_rtx_queue.L1072 | 2097152), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
    tp.packets_out -= acked_pcount;
    
    pkts_acked += acked_pcount;
    
    if (!th.syn) {
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_clean_rtx_queue.L1077) : $tb.op($e.now, A$tcp_clean_rtx_queue.L1077));
      flag |= FLAG_DATA_ACKED;
    } else {
      $s += 2; if ($tb !== null) ($o = (A$tcp_clean_rtx_queue.L1079 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
      flag |= FLAG_SYN_ACKED;
      
      tp.retrans_stamp = 0;
    }
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_clean_rtx_queue.L1083) : $tb.op($e.now, A$tcp_clean_rtx_queue.L1083));
    if (!fully_acked) {
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_clean_rtx_queue.L1084) : $tb.op($e.now, A$tcp_clean_rtx_queue.L1084));
      break;
    }
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_clean_rtx_queue.L1091) : $tb.op($e.now, A$tcp_clean_rtx_queue.L1091));
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
  
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_clean_rtx_queue.L1118) : $tb.op($e.now, A$tcp_clean_rtx_queue.L1118));
  if (first_ackt >= 0 && !(flag & FLAG_RETRANS_DATA_ACKED)) tcp_ack_update_rtt(sk, E.now - first_ackt);
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_clean_rtx_queue.L1121) : $tb.op($e.now, A$tcp_clean_rtx_queue.L1121));
  if (flag & FLAG_ACKED) {
    flag |= FLAG_SET_XMIT_TIMER;
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_clean_rtx_queue.L1129) : $tb.op($e.now, A$tcp_clean_rtx_queue.L1129));
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
  ++$s; $x = A$tcp_clean_rtx_queue.L1179 | 1048576;
  return ($r = (flag), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_clean_rtx_queue.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
function tcp_fastretrans_alert$fast(sk: Sock, prior_snd_una: number, num_dupack: number, flag: number): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0; let $x = -1;
  const tp = tcp_sk(sk);
  const icsk = inet_csk(sk);
  const $f = ($tb !== null && ($o = (A$tcp_fastretrans_alert.L1198 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {

  ++$s;
  if (!tp.packets_out && tp.sacked_out) tp.sacked_out = 0;
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_fastretrans_alert.L1209) : $tb.op($e.now, A$tcp_fastretrans_alert.L1209));
  if (icsk.icsk_ca_state === TCP_CA_Open) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_fastretrans_alert.L1211) : $tb.op($e.now, A$tcp_fastretrans_alert.L1211));
    tp.retrans_stamp = 0;
  } else if (!before(tp.snd_una, tp.high_seq)) {
    $s += 2; if ($tb !== null) ($o = (A$tcp_fastretrans_alert.L1212 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
    
    if (icsk.icsk_ca_state === TCP_CA_Recovery) {
      $s += 3; if ($tb !== null) ($o = (A$tcp_fastretrans_alert.L1221 | 2097152), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
      
      tp.sacked_out = 0;
      
      // (no undo without timestamps or D-SACK; Reno holds Recovery until something above high_seq is ACKed)
      if (tp.snd_una === tp.high_seq) {
        ++$s; $x = A$tcp_fastretrans_alert.L1225 | 1048576;
        return ($r = (flag), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_fastretrans_alert.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
      }
      icsk.icsk_ca_state = TCP_CA_Open;
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_fastretrans_alert.L1226) : $tb.op($e.now, A$tcp_fastretrans_alert.L1226));
      tcp_end_cwnd_reduction(sk);
    }
  }
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_fastretrans_alert.L1231) : $tb.op($e.now, A$tcp_fastretrans_alert.L1231));
  switch (icsk.icsk_ca_state) {
    case TCP_CA_Recovery:
      $s += 2; if ($tb !== null) ($o = (A$tcp_fastretrans_alert.L1232 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
      
      if (!(flag & FLAG_SND_UNA_ADVANCED)) {
        ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_fastretrans_alert.L1235) : $tb.op($e.now, A$tcp_fastretrans_alert.L1235));
        tcp_add_reno_sack(sk, num_dupack);
      }
      // a partial ACK (NewReno) marks the new head lost: tcp_identify_packet_loss → tcp_newreno_mark_lost
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_fastretrans_alert.L1246) : $tb.op($e.now, A$tcp_fastretrans_alert.L1246));
      tcp_newreno_mark_lost$fast(sk, !!(flag & FLAG_SND_UNA_ADVANCED));
      break;
    case TCP_CA_Loss:
      $s += 2; if ($tb !== null) ($o = (A$tcp_fastretrans_alert.L1248 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
      
      // (F-RTO off): leave Loss once everything sent before the timeout is ACKed
      if (!before(tp.snd_una, tp.high_seq)) {
        icsk.icsk_ca_state = TCP_CA_Open;
        return ($r = (flag), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_fastretrans_alert.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
      }
      rexmit = REXMIT_LOST;
      return ($r = (flag), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_fastretrans_alert.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
    default:
      $s += 2; if ($tb !== null) ($o = (A$tcp_fastretrans_alert.L1256 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
      
      if (flag & FLAG_SND_UNA_ADVANCED) tp.sacked_out = 0;
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_fastretrans_alert.L1259) : $tb.op($e.now, A$tcp_fastretrans_alert.L1259));
      tcp_add_reno_sack(sk, num_dupack);
      
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_fastretrans_alert.L1265) : $tb.op($e.now, A$tcp_fastretrans_alert.L1265));
      tcp_newreno_mark_lost$fast(sk, !!(flag & FLAG_SND_UNA_ADVANCED));
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_fastretrans_alert.L1267) : $tb.op($e.now, A$tcp_fastretrans_alert.L1267));
      if (!tp.lost_out) {
        ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_fastretrans_alert.L1268) : $tb.op($e.now, A$tcp_fastretrans_alert.L1268));
        // tcp_try_keep_open(): Disorder while duplicate ACKs are counted, Open otherwise
        const state = tp.sacked_out || tp.lost_out || tp.retrans_out ? TCP_CA_Disorder : TCP_CA_Open;
        if (icsk.icsk_ca_state !== state) {
          icsk.icsk_ca_state = state;
          tp.high_seq = tp.snd_nxt;
        }
        ++$s; $x = A$tcp_fastretrans_alert.L1238 | 1048576;
        return ($r = (flag), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_fastretrans_alert.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
      }
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_fastretrans_alert.L1282) : $tb.op($e.now, A$tcp_fastretrans_alert.L1282));
      tcp_enter_recovery$fast(sk);
  }
  ++$s; $x = A$tcp_fastretrans_alert.L1288 | 1048576;
  rexmit = REXMIT_LOST;
  return ($r = (flag), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_fastretrans_alert.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
function tcp_newreno_mark_lost$fast(sk: Sock, snd_una_advanced: boolean): any { const $e = $E;
  const tp = tcp_sk(sk);
  const state = inet_csk(sk).icsk_ca_state;
  if ((state < TCP_CA_Recovery && tp.sacked_out >= tp.reordering) || (state === TCP_CA_Recovery && snd_una_advanced)) {
    const head = tp.tcp_rtx_queue[0];
    if (head === undefined || head.tcp_sacked & TCPCB_LOST) return;
    // only the head's first segment is lost: a GSO skb is cut after one MSS (tcp_fragment)
    const mss = tcp_skb_mss(head);
    if (tcp_skb_pcount(head) > 1 && head.len > mss) tcp_fragment$fast(sk, TCP_FRAG_IN_RTX_QUEUE, head, mss, mss);
    // tcp_skb_mark_lost_uncond_verify(): lost, and no longer counted as retransmitted
    head.tcp_sacked |= TCPCB_LOST;
    tp.lost_out += tcp_skb_pcount(head);
    if (head.tcp_sacked & TCPCB_SACKED_RETRANS) {
      head.tcp_sacked &= ~TCPCB_SACKED_RETRANS;
      tp.retrans_out -= tcp_skb_pcount(head);
    }
  }
}
function tcp_enter_recovery$fast(sk: Sock): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $s = 0;
  const tp = tcp_sk(sk);
  const icsk = inet_csk(sk);
  const $f = ($tb !== null && ($o = (A$tcp_enter_recovery.L1307 | 270532608), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  $s += 2;
  NET_INC_STATS(sk.skc_net, MIB.TCPRenoRecovery);
  
  if (!tcp_in_cwnd_reduction(sk)) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_enter_recovery.L1315) : $tb.op($e.now, A$tcp_enter_recovery.L1315));
    // tcp_init_cwnd_reduction(): high_seq = snd_nxt, ssthresh from the congestion control, PRR's counters zeroed
    tp.high_seq = tp.snd_nxt;
    tp.prior_cwnd = tp.snd_cwnd;
    tp.prr_delivered = 0;
    tp.prr_out = 0;
    tp.snd_ssthresh = tcp_reno_ssthresh(sk);
  }
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_enter_recovery.L1317) : $tb.op($e.now, A$tcp_enter_recovery.L1317));
  icsk.icsk_ca_state = TCP_CA_Recovery;
  } ($e.steps += $s, $tb !== null && ($o = (A$tcp_enter_recovery.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
}
export function tcp_enter_loss$fast(sk: Sock): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $s = 0;
  const tp = tcp_sk(sk);
  const icsk = inet_csk(sk);
  const $f = ($tb !== null && ($o = (A$tcp_enter_loss.L1333 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  ++$s;
  // every segment of the retransmit queue is lost now; none counts as retransmitted or duplicate-ACKed
  tp.retrans_out = 0;
  tp.sacked_out = 0;
  tp.lost_out = 0;
  for (const skb of tp.tcp_rtx_queue) {
    skb.tcp_sacked = (skb.tcp_sacked & ~TCPCB_SACKED_RETRANS) | TCPCB_LOST;
    tp.lost_out += tcp_skb_pcount(skb);
  }
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_enter_loss.L1335) : $tb.op($e.now, A$tcp_enter_loss.L1335));
  if (icsk.icsk_ca_state <= TCP_CA_Disorder || !after(tp.high_seq, tp.snd_una) || (icsk.icsk_ca_state === TCP_CA_Loss && !icsk.icsk_retransmits)) {
    $s += 2; if ($tb !== null) ($o = (A$tcp_enter_loss.L1339 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
    tp.prior_cwnd = tp.snd_cwnd;
    
    tp.snd_ssthresh = tcp_reno_ssthresh(sk);
  }
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_enter_loss.L1345) : $tb.op($e.now, A$tcp_enter_loss.L1345));
  tp.snd_cwnd = tcp_packets_in_flight(tp) + 1;
  $s += 3; if ($tb !== null) ($o = (A$tcp_enter_loss.L1346 | 2097152), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  tp.snd_cwnd_cnt = 0;
  
  icsk.icsk_ca_state = TCP_CA_Loss;
  
  tp.high_seq = tp.snd_nxt;
  } ($e.steps += $s, $tb !== null && ($o = (A$tcp_enter_loss.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
}
function tcp_cong_control$fast(sk: Sock, ack: number, acked_sacked: number, flag: number): any { const $e = $E;
  if (tcp_in_cwnd_reduction(sk)) {
    tcp_cwnd_reduction(sk, acked_sacked, flag);
  } else if (flag & FLAG_DATA_ACKED) {
    // tcp_may_raise_cwnd() → tcp_cong_avoid() → icsk_ca_ops->cong_avoid = tcp_reno_cong_avoid
    tcp_reno_cong_avoid$fast(sk, ack, acked_sacked);
    tcp_sk(sk).snd_cwnd_stamp = E.now;
  }
  tcp_update_pacing_rate(sk);
}
export function tcp_reset$fast(sk: Sock): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $s = 0;
  const $f = ($tb !== null && ($o = (A$tcp_reset.L183 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  ++$s;
  traceTcpEvent('tcp_receive_reset', sk);
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_reset.L185) : $tb.op($e.now, A$tcp_reset.L185));
  switch (sk.sk_state) {
    case TCP_SYN_SENT:
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_reset.L188) : $tb.op($e.now, A$tcp_reset.L188));
      sk.sk_err = ECONNREFUSED;
      break;
    case TCP_CLOSE_WAIT:
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_reset.L192) : $tb.op($e.now, A$tcp_reset.L192));
      sk.sk_err = EPIPE;
      break;
    case TCP_CLOSE:
      { ($e.steps += $s, $tb !== null && ($o = (A$tcp_reset.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))); return; }
    default:
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_reset.L197) : $tb.op($e.now, A$tcp_reset.L197));
      sk.sk_err = ECONNRESET;
  }
  $s += 2; if ($tb !== null) ($o = (A$tcp_reset.L201 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  tcp_sk(sk).tcp_rtx_queue = [];
  tcp_sk(sk).packets_out = 0;
  
  tcp_done$fast(sk);
  if (!sock_flag(sk, SOCK_DEAD)) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_reset.L206) : $tb.op($e.now, A$tcp_reset.L206));
    sock_def_error_report$fast(sk);
  }
  } ($e.steps += $s, $tb !== null && ($o = (A$tcp_reset.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
}
export function tcp_fin$fast(sk: Sock): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $s = 0;
  const $f = ($tb !== null && ($o = (A$tcp_fin.L261 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  ++$s;
  inet_csk_schedule_ack(sk);
  $s += 2; if ($tb !== null) ($o = (A$tcp_fin.L263 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  sk.sk_shutdown |= RCV_SHUTDOWN;
  
  sock_set_flag(sk, SOCK_DONE);
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_fin.L265) : $tb.op($e.now, A$tcp_fin.L265));
  switch (sk.sk_state) {
    case TCP_SYN_RECV:
    case TCP_ESTABLISHED:
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_fin.L269) : $tb.op($e.now, A$tcp_fin.L269));
      tcp_set_state$fast(sk, TCP_CLOSE_WAIT);
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_fin.L270) : $tb.op($e.now, A$tcp_fin.L270));
      inet_csk(sk).icsk_ack.pingpong = TCP_PINGPONG_THRESH;
      break;
    case TCP_FIN_WAIT1:
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_fin.L281) : $tb.op($e.now, A$tcp_fin.L281));
      tcp_send_ack$fast(sk);
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_fin.L282) : $tb.op($e.now, A$tcp_fin.L282));
      tcp_set_state$fast(sk, TCP_CLOSING);
      break;
    case TCP_FIN_WAIT2:
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_fin.L286) : $tb.op($e.now, A$tcp_fin.L286));
      tcp_send_ack$fast(sk);
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_fin.L288) : $tb.op($e.now, A$tcp_fin.L288));
      tcp_time_wait$fast(sk, TCP_TIME_WAIT, 0);
      break;
    default:
      break;
  }
  if (!sock_flag(sk, SOCK_DEAD)) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_fin.L300) : $tb.op($e.now, A$tcp_fin.L300));
    sock_def_wakeup$fast(sk);
  }
  } ($e.steps += $s, $tb !== null && ($o = (A$tcp_fin.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
}
export function tcp_data_queue$fast(sk: Sock, skb: SkBuff): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $s = 0;
  const tp = tcp_sk(sk);
  const th = skb.th!;
  const $f = ($tb !== null && ($o = (A$tcp_data_queue.L319 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {

  ++$s;
  if (!skb.len && !th.fin) { ($e.steps += $s, $tb !== null && ($o = (A$tcp_data_queue.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))); return; }
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_data_queue.L332) : $tb.op($e.now, A$tcp_data_queue.L332));
  if (th.seq === tp.rcv_nxt) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_data_queue.L333) : $tb.op($e.now, A$tcp_data_queue.L333));
    if (skb.len && tcp_receive_window(tp) === 0) {
      // the window we advertised is shut: this is a probe's byte or an overrun — drop it, ACK at once
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_data_queue.L335) : $tb.op($e.now, A$tcp_data_queue.L335));
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_data_queue.L384) : $tb.op($e.now, A$tcp_data_queue.L384));
      tcp_incr_quickack(sk, TCP_MAX_QUICKACKS);
      inet_csk_schedule_ack(sk);
      { ($e.steps += $s, $tb !== null && ($o = (A$tcp_data_queue.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))); return; }
    }
    // tcp_queue_rcv(): append to sk_receive_queue and advance rcv_nxt
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_data_queue.L347) : $tb.op($e.now, A$tcp_data_queue.L347));
    if (skb.len && !(sk.sk_shutdown & RCV_SHUTDOWN)) sk.sk_receive_queue.push(skb);
    tp.rcv_nxt = (tp.rcv_nxt + skb.len) >>> 0;
    if (skb.len) {
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_data_queue.L349) : $tb.op($e.now, A$tcp_data_queue.L349));
      tcp_event_data_recv$fast(sk, skb);
    }
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_data_queue.L352) : $tb.op($e.now, A$tcp_data_queue.L352));
    if (th.fin) {
      tp.rcv_nxt = (tp.rcv_nxt + 1) >>> 0;
      tcp_fin$fast(sk);
    }
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_data_queue.L355) : $tb.op($e.now, A$tcp_data_queue.L355));
    if (tp.out_of_order_queue.length) {
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_data_queue.L357) : $tb.op($e.now, A$tcp_data_queue.L357));
      tcp_ofo_queue$fast(sk);
      // (RFC 5681 4.2: the hole is filled — ACK at once)
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_data_queue.L359) : $tb.op($e.now, A$tcp_data_queue.L359));
      if (!tp.out_of_order_queue.length) {
        ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_data_queue.L360) : $tb.op($e.now, A$tcp_data_queue.L360));
        inet_csk(sk).icsk_ack.pending |= ICSK_ACK_NOW;
      }
    }
    if (!sock_flag(sk, SOCK_DEAD)) {
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_data_queue.L372) : $tb.op($e.now, A$tcp_data_queue.L372));
      sock_def_readable$fast(sk);
    }
    { ($e.steps += $s, $tb !== null && ($o = (A$tcp_data_queue.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))); return; }
  }
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_data_queue.L377) : $tb.op($e.now, A$tcp_data_queue.L377));
  if (!after(end_seq(skb), tp.rcv_nxt)) {
    // a retransmission of what we already have: ACK it again at once
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_data_queue.L384) : $tb.op($e.now, A$tcp_data_queue.L384));
    tcp_incr_quickack(sk, TCP_MAX_QUICKACKS);
    inet_csk_schedule_ack(sk);
    { ($e.steps += $s, $tb !== null && ($o = (A$tcp_data_queue.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))); return; }
  }
  // (beyond the window, or overlapping rcv_nxt: not produced by this model's senders)
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_data_queue.L405) : $tb.op($e.now, A$tcp_data_queue.L405));
  tcp_data_queue_ofo$fast(sk, skb);
  } ($e.steps += $s, $tb !== null && ($o = (A$tcp_data_queue.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
}
function tcp_data_queue_ofo$fast(sk: Sock, skb: SkBuff): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $s = 0; let $x = -1;
  const tp = tcp_sk(sk);
  const q = tp.out_of_order_queue;
  const $f = ($tb !== null && ($o = (A$tcp_data_queue_ofo.L1385 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  ++$s;
  inet_csk_schedule_ack(sk);
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_data_queue_ofo.L1388) : $tb.op($e.now, A$tcp_data_queue_ofo.L1388));
  NET_INC_STATS(sk.skc_net, MIB.TCPOFOQueue);
  const seq = skb.th!.seq;
  const end = end_seq(skb);
  $s += 3; if ($tb !== null) ($o = (A$tcp_data_queue_ofo.L1389 | 2097152), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  
  
  
  
  if (!q.length) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_data_queue_ofo.L1401) : $tb.op($e.now, A$tcp_data_queue_ofo.L1401));
    q.push(skb);
    ++$s; $x = A$tcp_data_queue_ofo.L1403 | 1048576;
    { ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_data_queue_ofo.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))); return; }
  }
  // (the rbtree walk: insert in sequence order; a segment we already hold is dropped)
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_data_queue_ofo.L1414) : $tb.op($e.now, A$tcp_data_queue_ofo.L1414));
  let i = q.length;
  while (i > 0 && after(q[i - 1].th!.seq, seq)) i--;
  if (i > 0 && !after(end, end_seq(q[i - 1])) && !before(seq, q[i - 1].th!.seq)) {
    ++$s; $x = A$tcp_data_queue_ofo.L1432 | 1048576;
    { ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_data_queue_ofo.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))); return; }
  }
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_data_queue_ofo.L1456) : $tb.op($e.now, A$tcp_data_queue_ofo.L1456));
  q.splice(i, 0, skb);
  } ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_data_queue_ofo.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
}
function tcp_ofo_queue$fast(sk: Sock): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $s = 0;
  const tp = tcp_sk(sk);
  const q = tp.out_of_order_queue;
  const $f = ($tb !== null && ($o = (A$tcp_ofo_queue.L1503 | 270532608), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  $s += 2;
  
  while (q.length) {
    const skb = q[0];
    
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_ofo_queue.L1507) : $tb.op($e.now, A$tcp_ofo_queue.L1507));
    if (after(skb.th!.seq, tp.rcv_nxt)) {
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_ofo_queue.L1508) : $tb.op($e.now, A$tcp_ofo_queue.L1508));
      break;
    }
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_ofo_queue.L1517) : $tb.op($e.now, A$tcp_ofo_queue.L1517));
    q.shift();
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_ofo_queue.L1519) : $tb.op($e.now, A$tcp_ofo_queue.L1519));
    if (!after(end_seq(skb), tp.rcv_nxt)) {
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_ofo_queue.L1520) : $tb.op($e.now, A$tcp_ofo_queue.L1520));
      continue;
    }
    // (a segment overlapping rcv_nxt keeps only its new bytes in view: copied_seq/rcv_nxt do the arithmetic)
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_ofo_queue.L1526) : $tb.op($e.now, A$tcp_ofo_queue.L1526));
    const fin = skb.th!.fin;
    tp.rcv_nxt = end_seq(skb);
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_ofo_queue.L1529) : $tb.op($e.now, A$tcp_ofo_queue.L1529));
    if (skb.len) sk.sk_receive_queue.push(skb);
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_ofo_queue.L1533) : $tb.op($e.now, A$tcp_ofo_queue.L1533));
    if (fin) {
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_ofo_queue.L1534) : $tb.op($e.now, A$tcp_ofo_queue.L1534));
      tcp_fin$fast(sk);
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_ofo_queue.L1535) : $tb.op($e.now, A$tcp_ofo_queue.L1535));
      break;
    }
  }
  } ($e.steps += $s, $tb !== null && ($o = (A$tcp_ofo_queue.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
}
function tcp_check_space$fast(sk: Sock): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $s = 0;
  const $f = ($tb !== null && ($o = (A$tcp_check_space.L1548 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  ++$s;
  if (sock_flag(sk, SOCK_QUEUE_SHRUNK)) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_check_space.L1549) : $tb.op($e.now, A$tcp_check_space.L1549));
    sock_reset_flag(sk, SOCK_QUEUE_SHRUNK);
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_check_space.L1552) : $tb.op($e.now, A$tcp_check_space.L1552));
    if (sk.sk_socket !== null && sk.sk_socket.flags & SOCK_NOSPACE) {
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_check_space.L1553) : $tb.op($e.now, A$tcp_check_space.L1553));
      // tcp_new_space(): grow sk_sndbuf with cwnd (tcp_sndbuf_expand) while cwnd is not full, then sk->sk_write_space
      if (tcp_packets_in_flight(tcp_sk(sk)) < tcp_sk(sk).snd_cwnd) tcp_sndbuf_expand(sk);
      sk_stream_write_space$fast(sk);
    }
  }
  } ($e.steps += $s, $tb !== null && ($o = (A$tcp_check_space.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
}
function tcp_data_snd_check$fast(sk: Sock): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $s = 0;
  const $f = ($tb !== null && ($o = (A$tcp_data_snd_check.L1567 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  ++$s;
  tcp_push_pending_frames$fast(sk);
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_data_snd_check.L1568) : $tb.op($e.now, A$tcp_data_snd_check.L1568));
  tcp_check_space$fast(sk);
  } ($e.steps += $s, $tb !== null && ($o = (A$tcp_data_snd_check.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
}
function tcp_event_data_recv$fast(sk: Sock, skb: SkBuff): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $s = 0;
  const icsk = inet_csk(sk);
  const a = icsk.icsk_ack;
  const $f = ($tb !== null && ($o = (A$tcp_event_data_recv.L223 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {

  ++$s;
  inet_csk_schedule_ack(sk);
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_event_data_recv.L225) : $tb.op($e.now, A$tcp_event_data_recv.L225));
  tcp_measure_rcv_mss(sk, skb);
  const now = E.now;
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_event_data_recv.L228) : $tb.op($e.now, A$tcp_event_data_recv.L228));
  if (!a.ato) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_event_data_recv.L231) : $tb.op($e.now, A$tcp_event_data_recv.L231));
    tcp_incr_quickack(sk, TCP_MAX_QUICKACKS);
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_event_data_recv.L232) : $tb.op($e.now, A$tcp_event_data_recv.L232));
    a.ato = TCP_ATO_MIN;
  } else {
    const m = now - a.lrcvtime;
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_event_data_recv.L237) : $tb.op($e.now, A$tcp_event_data_recv.L237));
    if (m <= TCP_ATO_MIN / 2) {
      a.ato = Math.floor(a.ato / 2) + TCP_ATO_MIN / 2;
    } else if (m < a.ato) {
      a.ato = Math.min(Math.floor(a.ato / 2) + m, icsk.icsk_rto);
    } else if (m > icsk.icsk_rto) {
      tcp_incr_quickack(sk, TCP_MAX_QUICKACKS);
    }
  }
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_event_data_recv.L248) : $tb.op($e.now, A$tcp_event_data_recv.L248));
  a.lrcvtime = now;
  } ($e.steps += $s, $tb !== null && ($o = (A$tcp_event_data_recv.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
}
function __tcp_ack_snd_check$fast(sk: Sock, ofo_possible: number): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $s = 0;
  const tp = tcp_sk(sk);
  const $f = ($tb !== null && ($o = (A$__tcp_ack_snd_check.L419 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {

  const a = inet_csk(sk).icsk_ack;
  ++$s;
  const twoSegments = ((tp.rcv_nxt - tp.rcv_wup) >>> 0) > a.rcv_mss && (tp.rcv_nxt === tp.copied_seq || __tcp_select_window(sk) >= tp.rcv_wnd);
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__tcp_ack_snd_check.L423) : $tb.op($e.now, A$__tcp_ack_snd_check.L423));
  if (twoSegments || tcp_in_quickack_mode(sk) || a.pending & ICSK_ACK_NOW) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__tcp_ack_snd_check.L427) : $tb.op($e.now, A$__tcp_ack_snd_check.L427));
    tcp_send_ack$fast(sk);
    { ($e.steps += $s, $tb !== null && ($o = (A$__tcp_ack_snd_check.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))); return; }
  }
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__tcp_ack_snd_check.L430) : $tb.op($e.now, A$__tcp_ack_snd_check.L430));
  if (!ofo_possible || !tp.out_of_order_queue.length) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__tcp_ack_snd_check.L432) : $tb.op($e.now, A$__tcp_ack_snd_check.L432));
    tcp_send_delayed_ack$fast(sk);
    { ($e.steps += $s, $tb !== null && ($o = (A$__tcp_ack_snd_check.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))); return; }
  }
  // a hole in the sequence: without SACK, ACK every out-of-order segment at once (a duplicate ACK)
  $s += 2; if ($tb !== null) ($o = (A$__tcp_ack_snd_check.L436 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__tcp_ack_snd_check.L427) : $tb.op($e.now, A$__tcp_ack_snd_check.L427));
  tcp_send_ack$fast(sk);
  } ($e.steps += $s, $tb !== null && ($o = (A$__tcp_ack_snd_check.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
}
function tcp_ack_snd_check$fast(sk: Sock): any { const $e = $E;
  if (!inet_csk_ack_scheduled(sk)) return;
  __tcp_ack_snd_check$fast(sk, 1);
}
export function tcp_rcv_established$fast(sk: Sock, skb: SkBuff): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $s = 0;
  const $f = ($tb !== null && ($o = (A$tcp_rcv_established.L460 | 271581184), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  $s += 3;
  
  
  if (!(tcp_validate_incoming$fast(sk, skb))) { ($e.steps += $s, $tb !== null && ($o = (A$tcp_rcv_established.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))); return; }
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_rcv_established.L510) : $tb.op($e.now, A$tcp_rcv_established.L510));
  if (skb.th!.ack && (tcp_ack$fast(sk, skb)) < 0) { ($e.steps += $s, $tb !== null && ($o = (A$tcp_rcv_established.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))); return; }
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_rcv_established.L515) : $tb.op($e.now, A$tcp_rcv_established.L515));
  tcp_data_queue$fast(sk, skb);
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_rcv_established.L517) : $tb.op($e.now, A$tcp_rcv_established.L517));
  tcp_data_snd_check$fast(sk);
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_rcv_established.L518) : $tb.op($e.now, A$tcp_rcv_established.L518));
  tcp_ack_snd_check$fast(sk);
  } ($e.steps += $s, $tb !== null && ($o = (A$tcp_rcv_established.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
}
function tcp_validate_incoming$fast(sk: Sock, skb: SkBuff): any { const $e = $E;
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
      tcp_send_ack$fast(sk);
    }
    return false;
  }
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
  const $f = ($tb !== null && ($o = (A$tcp_finish_connect.L537 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  ++$s;
  tcp_set_state$fast(sk, TCP_ESTABLISHED);
  $s += 2; if ($tb !== null) ($o = (A$tcp_finish_connect.L541 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  
  tcp_init_transfer(sk);
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_finish_connect.L547) : $tb.op($e.now, A$tcp_finish_connect.L547));
  } ($e.steps += $s, $tb !== null && ($o = (A$tcp_finish_connect.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
}
export function tcp_rcv_synsent_state_process$fast(sk: Sock, skb: SkBuff): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0; let $x = -1;
  const tp = tcp_sk(sk);
  const th = skb.th!;
  const $f = ($tb !== null && ($o = (A$tcp_rcv_synsent_state_process.L575 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {

  ++$s;
  if (th.ack) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_rcv_synsent_state_process.L577) : $tb.op($e.now, A$tcp_rcv_synsent_state_process.L577));
    if (!after(th.ack_seq, tp.snd_una) || after(th.ack_seq, tp.snd_nxt)) {
      // an ACK for something we never sent: answer with a RST
      ++$s; $x = A$tcp_rcv_synsent_state_process.L651 | 1048576;
      return ($r = (1), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_rcv_synsent_state_process.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
    }
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_rcv_synsent_state_process.L582) : $tb.op($e.now, A$tcp_rcv_synsent_state_process.L582));
    if (th.rst) {
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_rcv_synsent_state_process.L583) : $tb.op($e.now, A$tcp_rcv_synsent_state_process.L583));
      tcp_reset$fast(sk);
      return ($r = (0), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_rcv_synsent_state_process.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
    }
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_rcv_synsent_state_process.L587) : $tb.op($e.now, A$tcp_rcv_synsent_state_process.L587));
    if (!th.syn) return ($r = (0), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_rcv_synsent_state_process.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
    // (tcp_parse_options, at the top: the peer's MSS option is the most we may send)
    tp.rx_opt.mss_clamp = th.options.mss ?? TCP_MSS_DEFAULT;
    $s += 2; if ($tb !== null) ($o = (A$tcp_rcv_synsent_state_process.L591 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
    tp.snd_wl1 = th.seq;
    
    tcp_ack$fast(sk, skb);
    $s += 3; if ($tb !== null) ($o = (A$tcp_rcv_synsent_state_process.L596 | 2097152), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
    tp.rcv_nxt = tp.rcv_wup = (th.seq + 1) >>> 0;
    
    tp.snd_wnd = th.window;
    
    tcp_sync_mss(sk, inet_csk(sk).icsk_pmtu_cookie);
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_rcv_synsent_state_process.L602) : $tb.op($e.now, A$tcp_rcv_synsent_state_process.L602));
    tcp_initialize_rcv_mss(sk);
    $s += 2; if ($tb !== null) ($o = (A$tcp_rcv_synsent_state_process.L604 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
    tp.copied_seq = tp.rcv_nxt;
    
    tcp_finish_connect$fast(sk, skb);
    if (!sock_flag(sk, SOCK_DEAD)) {
      // wakes the connect() sleeping in inet_wait_for_connect
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_rcv_synsent_state_process.L611) : $tb.op($e.now, A$tcp_rcv_synsent_state_process.L611));
      sock_def_wakeup$fast(sk);
    }
    $s += 2; if ($tb !== null) ($o = (A$tcp_rcv_synsent_state_process.L615 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
    
    tcp_send_ack$fast(sk);
    ++$s; $x = A$tcp_rcv_synsent_state_process.L629 | 1048576;
    return ($r = (-1), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_rcv_synsent_state_process.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_rcv_synsent_state_process.L632) : $tb.op($e.now, A$tcp_rcv_synsent_state_process.L632));
  if (th.rst) {
    ++$s; $x = A$tcp_rcv_synsent_state_process.L633 | 1048576;
    return ($r = (0), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_rcv_synsent_state_process.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_rcv_synsent_state_process.L636) : $tb.op($e.now, A$tcp_rcv_synsent_state_process.L636));
  if (th.syn) {
    // crossing SYNs (simultaneous open)
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_rcv_synsent_state_process.L638) : $tb.op($e.now, A$tcp_rcv_synsent_state_process.L638));
    tcp_set_state$fast(sk, TCP_SYN_RECV);
    tp.rcv_nxt = tp.rcv_wup = (th.seq + 1) >>> 0;
    tp.snd_wnd = th.window;
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_rcv_synsent_state_process.L640) : $tb.op($e.now, A$tcp_rcv_synsent_state_process.L640));
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
  const $f = ($tb !== null && ($o = (A$tcp_rcv_state_process.L669 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {

  ++$s;
  switch (sk.sk_state) {
    case TCP_CLOSE:
      ++$s; $x = A$tcp_rcv_state_process.L670 | 1048576;
      return ($r = (0), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_rcv_state_process.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
    case TCP_LISTEN:
      $s += 2; if ($tb !== null) ($o = (A$tcp_rcv_state_process.L673 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
      
      if (th.ack) return ($r = (1), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_rcv_state_process.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_rcv_state_process.L678) : $tb.op($e.now, A$tcp_rcv_state_process.L678));
      if (th.rst) return ($r = (0), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_rcv_state_process.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_rcv_state_process.L680) : $tb.op($e.now, A$tcp_rcv_state_process.L680));
      if (th.syn) {
        ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_rcv_state_process.L681) : $tb.op($e.now, A$tcp_rcv_state_process.L681));
        if (th.fin) return ($r = (0), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_rcv_state_process.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
        ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_rcv_state_process.L686) : $tb.op($e.now, A$tcp_rcv_state_process.L686));
        const acceptable = ((($t = inet_csk(sk).icsk_af_ops!.conn_request).fast !== undefined ? $t.fast(sk, skb) : $drive($t(sk, skb)))) >= 0;
        
        return ($r = (acceptable ? 0 : 1), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_rcv_state_process.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
      }
      return ($r = (0), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_rcv_state_process.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
    case TCP_SYN_SENT: {
      $s += 2; if ($tb !== null) ($o = (A$tcp_rcv_state_process.L694 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
      
      const queued = tcp_rcv_synsent_state_process$fast(sk, skb);
      
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_rcv_state_process.L699) : $tb.op($e.now, A$tcp_rcv_state_process.L699));
      if (queued >= 0) return ($r = (queued), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_rcv_state_process.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
      return ($r = (0), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_rcv_state_process.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
    }
  }
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_rcv_state_process.L706) : $tb.op($e.now, A$tcp_rcv_state_process.L706));
  if (!th.ack && !th.rst && !th.syn) return ($r = (0), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_rcv_state_process.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_rcv_state_process.L709) : $tb.op($e.now, A$tcp_rcv_state_process.L709));
  if (!(tcp_validate_incoming$fast(sk, skb))) return ($r = (0), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_rcv_state_process.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_rcv_state_process.L712) : $tb.op($e.now, A$tcp_rcv_state_process.L712));
  const acceptable = (tcp_ack$fast(sk, skb)) > 0;
  
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_rcv_state_process.L715) : $tb.op($e.now, A$tcp_rcv_state_process.L715));
  if (!acceptable) {
    if (sk.sk_state === TCP_SYN_RECV) return ($r = (1), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_rcv_state_process.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
    tcp_send_ack$fast(sk); // challenge ACK
    return ($r = (0), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_rcv_state_process.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_rcv_state_process.L722) : $tb.op($e.now, A$tcp_rcv_state_process.L722));
  switch (sk.sk_state) {
    case TCP_SYN_RECV:
      $s += 2; if ($tb !== null) ($o = (A$tcp_rcv_state_process.L723 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
      
      tp.copied_seq = tp.rcv_nxt;
      // (tcp_init_transfer: the initial congestion window and send buffer; tcp_initialize_rcv_mss)
      tcp_init_transfer(sk);
      tcp_initialize_rcv_mss(sk);
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_rcv_state_process.L730) : $tb.op($e.now, A$tcp_rcv_state_process.L730));
      tcp_set_state$fast(sk, TCP_ESTABLISHED);
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_rcv_state_process.L731) : $tb.op($e.now, A$tcp_rcv_state_process.L731));
      sock_def_wakeup$fast(sk);
      $s += 4; if ($tb !== null) ($o = (A$tcp_rcv_state_process.L733 | 3145728), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
      tp.snd_una = th.ack_seq;
      
      tp.snd_wnd = th.window;
      
      
      tcp_update_pacing_rate(sk);
      break;
    case TCP_FIN_WAIT1: {
      $s += 2; if ($tb !== null) ($o = (A$tcp_rcv_state_process.L743 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
      
      if (tp.snd_una !== tp.write_seq) break;
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_rcv_state_process.L751) : $tb.op($e.now, A$tcp_rcv_state_process.L751));
      tcp_set_state$fast(sk, TCP_FIN_WAIT2);
      $s += 2; if ($tb !== null) ($o = (A$tcp_rcv_state_process.L752 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
      sk.sk_shutdown |= SEND_SHUTDOWN;
      
      if (!sock_flag(sk, SOCK_DEAD)) {
        sock_def_wakeup$fast(sk);
        break;
      }
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_rcv_state_process.L760) : $tb.op($e.now, A$tcp_rcv_state_process.L760));
      const tmo = sk.skc_net.sysctl['net.ipv4.tcp_fin_timeout'] * 1_000_000;
      
      if (!th.fin && tmo <= TCP_TIMEWAIT_LEN) {
        // an orphan (close() already returned): a timewait sock in substate FIN_WAIT2 takes over
        ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_rcv_state_process.L767) : $tb.op($e.now, A$tcp_rcv_state_process.L767));
        tcp_time_wait$fast(sk, TCP_FIN_WAIT2, tmo);
        return ($r = (0), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_rcv_state_process.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
      }
      break;
    }
    case TCP_CLOSING:
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_rcv_state_process.L772) : $tb.op($e.now, A$tcp_rcv_state_process.L772));
      if (tp.snd_una === tp.write_seq) {
        ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_rcv_state_process.L775) : $tb.op($e.now, A$tcp_rcv_state_process.L775));
        tcp_time_wait$fast(sk, TCP_TIME_WAIT, 0);
        return ($r = (0), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_rcv_state_process.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
      }
      break;
    case TCP_LAST_ACK:
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_rcv_state_process.L779) : $tb.op($e.now, A$tcp_rcv_state_process.L779));
      if (tp.snd_una === tp.write_seq) {
        ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_rcv_state_process.L784) : $tb.op($e.now, A$tcp_rcv_state_process.L784));
        tcp_done$fast(sk);
        return ($r = (0), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_rcv_state_process.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
      }
      break;
  }
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_rcv_state_process.L792) : $tb.op($e.now, A$tcp_rcv_state_process.L792));
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
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_rcv_state_process.L808) : $tb.op($e.now, A$tcp_rcv_state_process.L808));
      tcp_reset$fast(sk);
      return ($r = (1), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_rcv_state_process.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
    }
  }
  if (process) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_rcv_state_process.L814) : $tb.op($e.now, A$tcp_rcv_state_process.L814));
    tcp_data_queue$fast(sk, skb);
  }
  if ((sk.sk_state as number) !== TCP_CLOSE) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_rcv_state_process.L820) : $tb.op($e.now, A$tcp_rcv_state_process.L820));
    tcp_data_snd_check$fast(sk);
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_rcv_state_process.L821) : $tb.op($e.now, A$tcp_rcv_state_process.L821));
    tcp_ack_snd_check$fast(sk);
  }
  ++$s; $x = A$tcp_rcv_state_process.L827 | 1048576;
  return ($r = (0), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_rcv_state_process.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
export function tcp_conn_request$fast(sk: Sock, skb: SkBuff): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0; let $x = -1;
  const net = sk.skc_net;
  const th = skb.th!;
  const icsk = inet_csk(sk);
  const $f = ($tb !== null && ($o = (A$tcp_conn_request.L854 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {

  let want_cookie = false;
  
  ++$s;
  // inet_csk_reqsk_queue_is_full(): qlen >= sk_max_ack_backlog in 5.4
  if (net.sysctl['net.ipv4.tcp_syncookies'] === 2 || icsk.icsk_accept_queue.qlen >= sk.sk_max_ack_backlog) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_conn_request.L855) : $tb.op($e.now, A$tcp_conn_request.L855));
    want_cookie = net.sysctl['net.ipv4.tcp_syncookies'] > 0;
    
    NET_INC_STATS(net, want_cookie ? MIB.TCPReqQFullDoCookies : MIB.TCPReqQFullDrop);
    if (!want_cookie) {
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_conn_request.L938) : $tb.op($e.now, A$tcp_conn_request.L938));
      tcp_listendrop(sk);
      return ($r = (0), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_conn_request.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
    }
  }
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_conn_request.L861) : $tb.op($e.now, A$tcp_conn_request.L861));
  if (sk_acceptq_is_full$fast(sk)) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_conn_request.L862) : $tb.op($e.now, A$tcp_conn_request.L862));
    NET_INC_STATS(net, MIB.ListenOverflows);
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_conn_request.L938) : $tb.op($e.now, A$tcp_conn_request.L938));
    tcp_listendrop(sk);
    return ($r = (0), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_conn_request.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_conn_request.L867) : $tb.op($e.now, A$tcp_conn_request.L867));
  const req = inet_reqsk_alloc(sk);
  
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_conn_request.L881) : $tb.op($e.now, A$tcp_conn_request.L881));
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
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_conn_request.L884) : $tb.op($e.now, A$tcp_conn_request.L884));
  inet_rsk(req).ir_loc_addr = skb.iph.daddr;
  inet_rsk(req).ir_rmt_addr = skb.iph.saddr;
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_conn_request.L886) : $tb.op($e.now, A$tcp_conn_request.L886));
  let isn: number;
  if (!want_cookie) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_conn_request.L893) : $tb.op($e.now, A$tcp_conn_request.L893));
    isn = secure_tcp_seq(net, skb.iph.daddr, skb.iph.saddr, th.dest, th.source);
  } else {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_conn_request.L898) : $tb.op($e.now, A$tcp_conn_request.L898));
    // cookie_init_sequence(): tcp_synq_overflow() stamps the listener (cookie ACKs are checked
    // for two minutes from now), then the cookie encodes the 4-tuple, the minute and the MSS
    const last = tcp_sk(sk).rx_opt.ts_recent_stamp;
    if (last < 0 || E.now > last + 1_000_000) tcp_sk(sk).rx_opt.ts_recent_stamp = E.now;
    NET_INC_STATS(net, MIB.SyncookiesSent);
    const c = cookie_v4_init_sequence$fast(sk, skb);
    isn = c.isn;
    req.mss = c.mss;
  }
  
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_conn_request.L902) : $tb.op($e.now, A$tcp_conn_request.L902));
  req.snt_isn = isn;
  if (!want_cookie) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_conn_request.L918) : $tb.op($e.now, A$tcp_conn_request.L918));
    inet_csk_reqsk_queue_hash_add$fast(sk, req, TCP_TIMEOUT_INIT);
  }
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_conn_request.L921) : $tb.op($e.now, A$tcp_conn_request.L921));
  tcp_v4_send_synack$fast(sk, req);
  if (want_cookie) {
    $s += 2; $x = A$tcp_conn_request.L926 | 2097152;
    req.freed = true;
    
    return ($r = (0), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_conn_request.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
  ++$s; $x = A$tcp_conn_request.L931 | 1048576;
  return ($r = (0), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_conn_request.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
$kreg(tcp_ack, tcp_ack$fast, 'tcp_ack', () => [tcp_ack_probe, tcp_clean_rtx_queue, tcp_cong_control, tcp_fastretrans_alert, tcp_xmit_retransmit_queue]);
$kreg(tcp_ack_probe, tcp_ack_probe$fast, 'tcp_ack_probe', () => []);
$kreg(tcp_tso_acked, tcp_tso_acked$fast, 'tcp_tso_acked', () => [tcp_trim_head]);
$kreg(tcp_clean_rtx_queue, tcp_clean_rtx_queue$fast, 'tcp_clean_rtx_queue', () => [tcp_tso_acked]);
$kreg(tcp_fastretrans_alert, tcp_fastretrans_alert$fast, 'tcp_fastretrans_alert', () => [tcp_enter_recovery, tcp_newreno_mark_lost]);
$kreg(tcp_newreno_mark_lost, tcp_newreno_mark_lost$fast, 'tcp_newreno_mark_lost', () => [tcp_fragment]);
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
