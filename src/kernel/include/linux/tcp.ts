// struct tcp_sock (include/linux/tcp.h): TCP's socket, the last link of the embedding chain
// sock ⊂ inet_sock ⊂ inet_connection_sock ⊂ tcp_sock. tcp_sk(sk) is a cast of the same object.

import { InetConnectionSock } from '../net/inet_connection_sock';
import type { Sock } from '../net/sock';
import type { SkBuff } from './skbuff';

export class TcpSock extends InetConnectionSock {
  override structName = 'tcp_sock';
  // receive side
  rcv_nxt = 0;
  copied_seq = 0;
  rcv_wup = 0;
  rcv_wnd = 0;
  /** The largest window we will offer (65535: no window scaling). */
  window_clamp = 65535;
  // send side
  snd_una = 0;
  snd_nxt = 0;
  write_seq = 0;
  pushed_seq = 0;
  snd_wnd = 0;
  snd_wl1 = 0;
  max_window = 0;
  snd_cwnd = 10;
  snd_ssthresh = 0x7fffffff;
  /** Congestion avoidance's count of ACKed segments towards the next +1 (tcp_cong_avoid_ai). */
  snd_cwnd_cnt = 0;
  snd_cwnd_clamp = 0xffffffff;
  snd_cwnd_stamp = 0;
  /** The most segments in flight in the current window, and whether cwnd limited them (tcp_cwnd_validate). */
  max_packets_out = 0;
  max_packets_seq = 0;
  is_cwnd_limited = false;
  packets_out = 0;
  /** Reno's duplicate ACKs counted as SACKed segments (tcp_add_reno_sack), segments marked lost, retransmitted. */
  sacked_out = 0;
  lost_out = 0;
  retrans_out = 0;
  /** snd_nxt when recovery (or loss) began: recovery ends when it is ACKed. */
  high_seq = 0;
  /** Duplicate ACKs before a segment counts as lost (sysctl_tcp_reordering, 3). */
  reordering = 3;
  /** Segments delivered (ACKed or, for Reno, duplicate-ACKed); what congestion control grows by. */
  delivered = 0;
  /** Proportional rate reduction in recovery (tcp_cwnd_reduction): cwnd then, delivered and sent since. */
  prior_cwnd = 0;
  prior_ssthresh = 0;
  prr_delivered = 0;
  prr_out = 0;
  /** The end of the last small segment sent (Minshall's Nagle). */
  snd_sml = 0;
  /** tp->gso_segs: tcp_xmit_size_goal's last goal, in segments (it avoids a divide each send). */
  gso_segs = 0;
  /** tp->tcp_wstamp_ns (µs here): when the last segment left (no pacing: the time it was sent). */
  tcp_wstamp = 0;
  /** TCP_NODELAY / TCP_CORK bits (TCP_NAGLE_OFF 1, CORK 2, PUSH 4). */
  nonagle = 0;
  /** The receive window may grow up to this (tcp_grow_window). */
  rcv_ssthresh = 65535;
  /** Smoothed RTT ×8, and the variation estimator (tcp_rtt_estimator), µs. */
  srtt_us = 0;
  mdev_us = 0;
  mdev_max_us = 0;
  rttvar_us = 0;
  rtt_seq = 0;
  /** When we last answered an out-of-window bare ACK (tcp_oow_rate_limited); -1: never. */
  last_oow_ack_time = -1;
  mss_cache = 536;
  advmss = 1460;
  rx_opt = { mss_clamp: 536, tstamp_ok: 0, sack_ok: 0, wscale_ok: 0, snd_wscale: 0, rcv_wscale: 0, ts_recent_stamp: -1 };
  tsoffset = 0;
  retrans_stamp = 0;
  total_retrans = 0;
  lsndtime = 0;
  linger2 = 0;
  /** tcp_rtx_queue: sent, not yet acknowledged segments (sk_write_queue holds the unsent ones). */
  tcp_rtx_queue: SkBuff[] = [];
  out_of_order_queue: SkBuff[] = [];
}

export function tcp_sk(sk: Sock): TcpSock {
  return sk as TcpSock;
}

/** tcp_receive_window(): what is left of the window we last advertised (rcv_wup + rcv_wnd − rcv_nxt, ≥ 0). */
export function tcp_receive_window(tp: TcpSock): number {
  const win = (tp.rcv_wup + tp.rcv_wnd - tp.rcv_nxt) | 0;
  return win < 0 ? 0 : win;
}

/** before(seq1, seq2): seq1 comes first, in sequence space (wraps at 2^32). */
export function before(a: number, b: number): boolean {
  return ((a - b) | 0) < 0;
}
/** after(seq2, seq1). */
export function after(a: number, b: number): boolean {
  return ((b - a) | 0) < 0;
}
