// SPDX-License-Identifier: GPL-2.0
/*
 * net/ipv4/tcp_cong.c -- the congestion window: Reno's slow start and congestion
 * avoidance (the congestion control sockwalk simulates; v5.4's default is CUBIC).
 *
 * Abridged rendition for sockwalk, Linux v5.4; annotations are ours.
 * Upstream: net/ipv4/tcp_cong.c (Linux v5.4). "......" marks omitted code.
 */

/*
 * tcp_slow_start -- slow start: cwnd grows by one segment per segment ACKed
 * (doubling each round trip), up to ssthresh
 * upstream: net/ipv4/tcp_cong.c:394
 * https://elixir.bootlin.com/linux/v5.4/source/net/ipv4/tcp_cong.c#L394
 */
u32 tcp_slow_start(struct tcp_sock *tp, u32 acked)
{
	/* one more segment of window for each segment ACKed */
	u32 cwnd = min(tp->snd_cwnd + acked, tp->snd_ssthresh);

	acked -= cwnd - tp->snd_cwnd;
	tp->snd_cwnd = min(cwnd, tp->snd_cwnd_clamp);

	return acked;
}

/*
 * tcp_cong_avoid_ai -- congestion avoidance: cwnd grows by one segment per
 * window ACKed (snd_cwnd_cnt counts towards it)
 * upstream: net/ipv4/tcp_cong.c:408
 * https://elixir.bootlin.com/linux/v5.4/source/net/ipv4/tcp_cong.c#L408
 */
void tcp_cong_avoid_ai(struct tcp_sock *tp, u32 w, u32 acked)
{
	if (tp->snd_cwnd_cnt >= w) {
		tp->snd_cwnd_cnt = 0;
		tp->snd_cwnd++;
	}

	tp->snd_cwnd_cnt += acked;
	if (tp->snd_cwnd_cnt >= w) {
		u32 delta = tp->snd_cwnd_cnt / w;

		tp->snd_cwnd_cnt -= delta * w;
		tp->snd_cwnd += delta;
	}
	tp->snd_cwnd = min(tp->snd_cwnd, tp->snd_cwnd_clamp);
}

/*
 * tcp_reno_cong_avoid -- Reno's cong_avoid: only when cwnd was the limit; slow
 * start below ssthresh, additive increase above it
 * upstream: net/ipv4/tcp_cong.c:434
 * https://elixir.bootlin.com/linux/v5.4/source/net/ipv4/tcp_cong.c#L434
 */
void tcp_reno_cong_avoid(struct sock *sk, u32 ack, u32 acked)
{
	struct tcp_sock *tp = tcp_sk(sk);

	if (!tcp_is_cwnd_limited(sk))
		return;

	if (tcp_in_slow_start(tp)) {
		acked = tcp_slow_start(tp, acked);
		if (!acked)
			return;
	}
	tcp_cong_avoid_ai(tp, tp->snd_cwnd, acked);
}
