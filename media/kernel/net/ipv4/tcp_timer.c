// SPDX-License-Identifier: GPL-2.0
/*
 * net/ipv4/tcp_timer.c -- TCP timers: retransmission (including the SYN of
 * connect()), and giving up when the retries run out.
 *
 * Abridged rendition for sockwalk, Linux v5.4; annotations are ours.
 * Upstream: net/ipv4/tcp_timer.c (Linux v5.4). "......" marks omitted code.
 */

/*
 * tcp_write_err -- retries exhausted: fail the connection
 * upstream: net/ipv4/tcp_timer.c:50
 * https://elixir.bootlin.com/linux/v5.4/source/net/ipv4/tcp_timer.c#L50
 */
static void tcp_write_err(struct sock *sk)
{
	/* a soft error recorded from ICMP (e.g. EHOSTUNREACH) wins over ETIMEDOUT */
	sk->sk_err = sk->sk_err_soft ? : ETIMEDOUT;
	/* wake connect() or poll() with that error */
	sk->sk_error_report(sk);
	tcp_write_queue_purge(sk);
	/* -> CLOSE (for a connect() that timed out: SYN_SENT -> CLOSE) */
	tcp_done(sk);
	__NET_INC_STATS(sock_net(sk), LINUX_MIB_TCPABORTONTIMEOUT);
}

/*
 * tcp_write_timeout -- have we retransmitted too often? (1 = socket closed)
 * upstream: net/ipv4/tcp_timer.c:213
 * https://elixir.bootlin.com/linux/v5.4/source/net/ipv4/tcp_timer.c#L213
 */
static int tcp_write_timeout(struct sock *sk)
{
	struct inet_connection_sock *icsk = inet_csk(sk);
	struct tcp_sock *tp = tcp_sk(sk);
	struct net *net = sock_net(sk);
	bool expired = false, do_reset;
	int retry_until;

	if ((1 << sk->sk_state) & (TCPF_SYN_SENT | TCPF_SYN_RECV)) {
		if (icsk->icsk_retransmits) {
			dst_negative_advice(sk);
		} else {
			......
		}
		/* the handshake: TCP_SYNCNT, else net.ipv4.tcp_syn_retries (6) */
		retry_until = icsk->icsk_syn_retries ? : net->ipv4.sysctl_tcp_syn_retries;
		expired = icsk->icsk_retransmits >= retry_until;
	} else {
		......
		/* data: net.ipv4.tcp_retries2 (15), fewer for orphans */
		retry_until = net->ipv4.sysctl_tcp_retries2;
		......
	}
	/* also measured in time, and against TCP_USER_TIMEOUT */
	if (!expired)
		expired = retransmits_timed_out(sk, retry_until,
						icsk->icsk_user_timeout);
	......
	if (expired) {
		/* give up: ETIMEDOUT */
		tcp_write_err(sk);
		return 1;
	}
	return 0;
}

/*
 * tcp_delack_timer_handler -- the delayed ACK is due: send it, and tune the
 * ATO (a missed delayed ACK in pingpong mode ends pingpong mode)
 * upstream: net/ipv4/tcp_timer.c:271
 * https://elixir.bootlin.com/linux/v5.4/source/net/ipv4/tcp_timer.c#L271
 */
void tcp_delack_timer_handler(struct sock *sk)
{
	struct inet_connection_sock *icsk = inet_csk(sk);

	sk_mem_reclaim_partial(sk);
	/* already sent (an outgoing segment carried it), or the socket is gone */
	if (((1 << sk->sk_state) & (TCPF_CLOSE | TCPF_LISTEN)) ||
	    !(icsk->icsk_ack.pending & ICSK_ACK_TIMER))
		goto out;
	if (time_after(icsk->icsk_ack.timeout, jiffies)) {
		sk_reset_timer(sk, &icsk->icsk_delack_timer, icsk->icsk_ack.timeout);
		goto out;
	}
	icsk->icsk_ack.pending &= ~ICSK_ACK_TIMER;
	if (inet_csk_ack_scheduled(sk)) {
		if (!inet_csk_in_pingpong_mode(sk)) {
			/* Delayed ACK missed: inflate ATO */
			icsk->icsk_ack.ato = min(icsk->icsk_ack.ato << 1, icsk->icsk_rto);
		} else {
			/* Delayed ACK missed: leave pingpong mode and deflate ATO */
			inet_csk_exit_pingpong_mode(sk);
			icsk->icsk_ack.ato = TCP_ATO_MIN;
		}
		tcp_mstamp_refresh(tcp_sk(sk));
		tcp_send_ack(sk);
		__NET_INC_STATS(sock_net(sk), LINUX_MIB_DELAYEDACKS);
	}
out:
	......
}

/*
 * tcp_retransmit_timer -- the retransmission timer (ICSK_TIME_RETRANS) fired.
 * Abridged: zero-window probing, Fast Open and statistics left out.
 * upstream: net/ipv4/tcp_timer.c:431
 * https://elixir.bootlin.com/linux/v5.4/source/net/ipv4/tcp_timer.c#L431
 */
void tcp_retransmit_timer(struct sock *sk)
{
	struct tcp_sock *tp = tcp_sk(sk);
	struct net *net = sock_net(sk);
	struct inet_connection_sock *icsk = inet_csk(sk);
	struct request_sock *req;

	req = rcu_dereference_protected(tp->fastopen_rsk,
					lockdep_sock_is_held(sk));
	if (req) {
		/* ...... a Fast Open child: resend the SYN-ACK instead */
		......
		return;
	}
	/* nothing outstanding: nothing to resend */
	if (!tp->packets_out || WARN_ON_ONCE(tcp_rtx_queue_empty(sk)))
		return;
	tp->tlp_high_seq = 0;
	/* ...... the peer shrank its window to 0: probe instead of timing out */
	......
	__NET_INC_STATS(sock_net(sk), LINUX_MIB_TCPTIMEOUTS);
	/* out of retries (tcp_syn_retries for SYN_SENT): ETIMEDOUT, socket closed */
	if (tcp_write_timeout(sk))
		goto out;
	......
	/* loss state: cwnd collapses to one segment */
	tcp_enter_loss(sk);
	icsk->icsk_retransmits++;
	/* resend the oldest unacknowledged skb -- in SYN_SENT, the SYN itself */
	if (tcp_retransmit_skb(sk, tcp_rtx_queue_head(sk), 1) > 0) {
		/* local congestion (qdisc full): try again soon, without backoff */
		inet_csk_reset_xmit_timer(sk, ICSK_TIME_RETRANS,
					  TCP_RESOURCE_PROBE_INTERVAL,
					  TCP_RTO_MAX);
		goto out;
	}
	/* exponential backoff: one more doubling */
	icsk->icsk_backoff++;
out_reset_timer:
	if (sk->sk_state == TCP_ESTABLISHED &&
	    (tp->thin_lto || net->ipv4.sysctl_tcp_thin_linear_timeouts) &&
	    tcp_stream_is_thin(tp) &&
	    icsk->icsk_retransmits <= TCP_THIN_LINEAR_RETRIES) {
		/* ...... thin streams: linear timeouts */
		......
	} else {
		/* double the RTO: 1 s, 2 s, 4 s ... capped at TCP_RTO_MAX (120 s) */
		icsk->icsk_rto = min(icsk->icsk_rto << 1, TCP_RTO_MAX);
	}
	/* re-arm the retransmit timer */
	inet_csk_reset_xmit_timer(sk, ICSK_TIME_RETRANS,
				  tcp_clamp_rto_to_user_timeout(sk), TCP_RTO_MAX);
	if (retransmits_timed_out(sk, net->ipv4.sysctl_tcp_retries1 + 1, 0))
		__sk_dst_reset(sk);
out:;
}
