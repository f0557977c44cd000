// net/ipv4/tcp_cong.c: the congestion window — Reno's slow start and congestion avoidance, the
// congestion control this simulator implements (v5.4's default is CUBIC, whose window grows by a
// cubic function of the time since the last loss; Reno's +1 per ACKed segment below ssthresh and
// +1 per window above it is what the lesson's plot can show segment by segment, and what the
// conformance suite's real side is set to: net.ipv4.tcp_congestion_control=reno).

import { Sim } from '../../core/engine';
import { frame, line } from '../../core/mark';
import type { Sock } from '../../include/net/sock';
import { TcpSock, tcp_sk } from '../../include/linux/tcp';

/** tcp_in_slow_start(): cwnd below ssthresh. */
export function tcp_in_slow_start(tp: TcpSock): boolean {
  return tp.snd_cwnd < tp.snd_ssthresh;
}

/** tcp_is_cwnd_limited(): was cwnd what limited sending (in slow start: is cwnd under twice what was in flight)? */
export function tcp_is_cwnd_limited(sk: Sock): boolean {
  const tp = tcp_sk(sk);
  if (tcp_in_slow_start(tp)) return tp.snd_cwnd < 2 * tp.max_packets_out;
  return tp.is_cwnd_limited;
}

/** tcp_slow_start(): cwnd grows by the segments ACKed, up to ssthresh; returns what is left over. */
export function* tcp_slow_start(tp: TcpSock, acked: number): Sim<number> {
  frame({ tp, acked });
  line`u32 cwnd = min(tp->snd_cwnd + acked, tp->snd_ssthresh);`;
  const cwnd = Math.min(tp.snd_cwnd + acked, tp.snd_ssthresh);
  frame.cwnd = cwnd;
  line`acked -= cwnd - tp->snd_cwnd;`;
  acked -= cwnd - tp.snd_cwnd;
  line`tp->snd_cwnd = min(cwnd, tp->snd_cwnd_clamp);`;
  tp.snd_cwnd = Math.min(cwnd, tp.snd_cwnd_clamp);
  line`return acked;`;
  return acked;
}

/** tcp_cong_avoid_ai(): additive increase — one more segment of cwnd per w segments ACKed. */
export function* tcp_cong_avoid_ai(tp: TcpSock, w: number, acked: number): Sim<void> {
  frame({ tp, w, acked });
  line`if (tp->snd_cwnd_cnt >= w) {#1`;
  if (tp.snd_cwnd_cnt >= w) {
    line`tp->snd_cwnd_cnt = 0;`;
    tp.snd_cwnd_cnt = 0;
    line`tp->snd_cwnd++;`;
    tp.snd_cwnd++;
  }
  line`tp->snd_cwnd_cnt += acked;`;
  tp.snd_cwnd_cnt += acked;
  line`if (tp->snd_cwnd_cnt >= w) {#2`;
  if (tp.snd_cwnd_cnt >= w) {
    line`u32 delta = tp->snd_cwnd_cnt / w;`;
    const delta = Math.floor(tp.snd_cwnd_cnt / w);
    line`tp->snd_cwnd_cnt -= delta * w;`;
    tp.snd_cwnd_cnt -= delta * w;
    line`tp->snd_cwnd += delta;`;
    tp.snd_cwnd += delta;
  }
  line`tp->snd_cwnd = min(tp->snd_cwnd, tp->snd_cwnd_clamp);`;
  tp.snd_cwnd = Math.min(tp.snd_cwnd, tp.snd_cwnd_clamp);
}

/** tcp_reno_cong_avoid() (tcp_reno's cong_avoid): slow start below ssthresh, then congestion avoidance. */
export function* tcp_reno_cong_avoid(sk: Sock, ack: number, acked: number): Sim<void> {
  const tp = tcp_sk(sk);
  frame({ sk, ack, acked, tp });
  line`if (!tcp_is_cwnd_limited(sk))`;
  if (!tcp_is_cwnd_limited(sk)) {
    line`return;#1`;
    return;
  }
  line`if (tcp_in_slow_start(tp)) {`;
  if (tcp_in_slow_start(tp)) {
    line`acked = tcp_slow_start(tp, acked);`;
    acked = yield* tcp_slow_start(tp, acked);
    frame.acked = acked;
    line`if (!acked)`;
    if (!acked) {
      line`return;#2`;
      return;
    }
  }
  line`tcp_cong_avoid_ai(tp, tp->snd_cwnd, acked);`;
  yield* tcp_cong_avoid_ai(tp, tp.snd_cwnd, acked);
}

/** tcp_reno_ssthresh(): after a loss, half the window (at least 2). */
export function tcp_reno_ssthresh(sk: Sock): number {
  return Math.max(tcp_sk(sk).snd_cwnd >>> 1, 2);
}
