// SPDX-License-Identifier: GPL-2.0
/*
 * net/ipv4/tcp_output.c -- the sending side of TCP: building TCP headers,
 * the SYN of connect(), SYN-ACKs from request socks, FINs, RSTs and ACKs,
 * and retransmissions.
 *
 * Abridged rendition for sockwalk, Linux v5.4; annotations are ours.
 * Upstream: net/ipv4/tcp_output.c (Linux v5.4). "......" marks omitted code.
 */

/*
 * __tcp_transmit_skb -- put a TCP header in front of a queued skb and pass
 * it to IP (tcp_transmit_skb is this with rcv_nxt = tp->rcv_nxt).
 * Abridged: pacing, TSQ, MD5, GSO bookkeeping left out.
 * upstream: net/ipv4/tcp_output.c:1013
 * https://elixir.bootlin.com/linux/v5.4/source/net/ipv4/tcp_output.c#L1013
 */
static int __tcp_transmit_skb(struct sock *sk, struct sk_buff *skb,
			      int clone_it, gfp_t gfp_mask, u32 rcv_nxt)
{
	const struct inet_connection_sock *icsk = inet_csk(sk);
	struct inet_sock *inet;
	struct tcp_sock *tp;
	struct tcp_skb_cb *tcb;
	struct tcp_out_options opts;
	unsigned int tcp_options_size, tcp_header_size;
	struct sk_buff *oskb = NULL;
	struct tcp_md5sig_key *md5;
	struct tcphdr *th;
	......
	int err;

	......
	tp = tcp_sk(sk);
	......
	if (clone_it) {
		......
		/* send a clone: the original stays in the queue until it is acknowledged */
		oskb = skb;
		......
		skb = skb_clone(oskb, gfp_mask);
		......
		if (unlikely(!skb))
			return -ENOBUFS;
		......
	}
	inet = inet_sk(sk);
	/* the control block holds seq, end_seq and flags chosen when the skb was queued */
	tcb = TCP_SKB_CB(skb);
	memset(&opts, 0, sizeof(opts));
	/* a SYN carries MSS, window scale, SACK-permitted and timestamp options */
	if (unlikely(tcb->tcp_flags & TCPHDR_SYN)) {
		tcp_options_size = tcp_syn_options(sk, skb, &opts, &md5);
	} else {
		tcp_options_size = tcp_established_options(sk, skb, &opts,
							   &md5);
		......
		/* a GSO packet always carries PSH (it lets the receiver's GRO flush) */
		if (tcp_skb_pcount(skb) > 1)
			tcb->tcp_flags |= TCPHDR_PSH;
	}
	tcp_header_size = tcp_options_size + sizeof(struct tcphdr);
	......
	/* room for the header in front of the payload */
	skb_push(skb, tcp_header_size);
	skb_reset_transport_header(skb);
	......
	/* build the TCP header from the socket */
	th = (struct tcphdr *)skb->data;
	th->source		= inet->inet_sport;
	th->dest		= inet->inet_dport;
	th->seq			= htonl(tcb->seq);
	/* we always acknowledge everything received in order so far */
	th->ack_seq		= htonl(rcv_nxt);
	/* one 16-bit store: the header length in 32-bit words (doff) and the
	 * flag bits -- syn, ack, fin, rst, psh are single bits of this word */
	*(((__be16 *)th) + 6)	= htons(((tcp_header_size >> 2) << 12) |
					tcb->tcp_flags);
	th->check		= 0;
	th->urg_ptr		= 0;
	......
	tcp_options_write((__be32 *)(th + 1), tp, &opts);
	......
	if (likely(!(tcb->tcp_flags & TCPHDR_SYN))) {
		/* advertise our receive window (scaled) */
		th->window	= htons(tcp_select_window(sk));
		tcp_ecn_send(sk, skb, th, tcp_header_size);
	} else {
		/* the window in a SYN is never scaled */
		th->window	= htons(min(tp->rcv_wnd, 65535U));
	}
	......
	/* tcp_v4_send_check: the checksum (normally finished by the NIC) */
	icsk->icsk_af_ops->send_check(sk, skb);
	/* this segment carries our ACK: a pending delayed ACK is not needed any more */
	if (likely(tcb->tcp_flags & TCPHDR_ACK))
		tcp_event_ack_sent(sk, tcp_skb_pcount(skb), rcv_nxt);
	/* it carries data: a reply sent within ato of the last segment received
	 * counts towards pingpong (interactive) mode, where ACKs wait for replies */
	if (skb->len != tcp_header_size) {
		tcp_event_data_sent(tp, sk);
		tp->data_segs_out += tcp_skb_pcount(skb);
		......
	}

	if (after(tcb->end_seq, tp->snd_nxt) || tcb->seq == tcb->end_seq)
		TCP_ADD_STATS(sock_net(sk), TCP_MIB_OUTSEGS,
			      tcp_skb_pcount(skb));

	tp->segs_out += tcp_skb_pcount(skb);
	/* a GSO packet: how many segments it makes, and their size (0: just one) */
	skb_shinfo(skb)->gso_segs = tcp_skb_pcount(skb);
	skb_shinfo(skb)->gso_size = tcp_skb_mss(skb);
	......
	/* down to IP: ipv4_specific.queue_xmit = ip_queue_xmit */
	err = icsk->icsk_af_ops->queue_xmit(sk, skb, &inet->cork.fl);
	......
	return err;
}

/*
 * tcp_retransmit_skb -- send a queued segment again; it stays queued, marked
 * retransmitted (retrans_out counts it until it is ACKed or lost again)
 * upstream: net/ipv4/tcp_output.c:2996
 * https://elixir.bootlin.com/linux/v5.4/source/net/ipv4/tcp_output.c#L2996
 */
int tcp_retransmit_skb(struct sock *sk, struct sk_buff *skb, int segs)
{
	struct tcp_sock *tp = tcp_sk(sk);
	/* __tcp_retransmit_skb trims already-acked bytes, sends a fresh clone
	 * through tcp_transmit_skb and fires tcp:tcp_retransmit_skb */
	int err = __tcp_retransmit_skb(sk, skb, segs);

	if (err == 0) {
	......
		TCP_SKB_CB(skb)->sacked |= TCPCB_RETRANS;
		tp->retrans_out += tcp_skb_pcount(skb);
	}

	/* when did the first retransmission happen (used for timeouts) */
	if (!tp->retrans_stamp)
		tp->retrans_stamp = tcp_skb_timestamp(skb);

	if (tp->undo_retrans < 0)
		tp->undo_retrans = 0;
	tp->undo_retrans += tcp_skb_pcount(skb);
	return err;
}

/*
 * tcp_send_fin -- queue our FIN (on the last unsent skb, or a new one) and push
 * it out (close() or shutdown(SHUT_WR))
 * upstream: net/ipv4/tcp_output.c:3121
 * https://elixir.bootlin.com/linux/v5.4/source/net/ipv4/tcp_output.c#L3121
 */
void tcp_send_fin(struct sock *sk)
{
	struct sk_buff *skb, *tskb = tcp_write_queue_tail(sk);
	struct tcp_sock *tp = tcp_sk(sk);

	if (!tskb && tcp_under_memory_pressure(sk))
		tskb = skb_rb_last(&sk->tcp_rtx_queue);

	if (tskb) {
		/* unsent data still queued: set FIN on its last skb; the FIN uses one sequence number */
		TCP_SKB_CB(tskb)->tcp_flags |= TCPHDR_FIN;
		TCP_SKB_CB(tskb)->end_seq++;
		tp->write_seq++;
		if (tcp_write_queue_empty(sk)) {
			WRITE_ONCE(tp->snd_nxt, tp->snd_nxt + 1);
			return;
		}
	} else {
		/* nothing queued: a new empty skb carrying FIN|ACK */
		skb = alloc_skb_fclone(MAX_TCP_HEADER, sk->sk_allocation);
		if (unlikely(!skb))
			return;

		INIT_LIST_HEAD(&skb->tcp_tsorted_anchor);
		skb_reserve(skb, MAX_TCP_HEADER);
		/* a FIN may exceed the memory limits: closing must not get stuck */
		sk_forced_mem_schedule(sk, skb->truesize);
		tcp_init_nondata_skb(skb, tp->write_seq,
				     TCPHDR_ACK | TCPHDR_FIN);
		/* onto sk_write_queue; write_seq advances by one for the FIN */
		tcp_queue_skb(sk, skb);
	}
	/* transmit now, Nagle off */
	__tcp_push_pending_frames(sk, tcp_current_mss(sk), TCP_NAGLE_OFF);
}

/*
 * tcp_send_active_reset -- send a RST from a socket (close with unread
 * data, SO_LINGER 0, disconnect, orphan limits)
 * upstream: net/ipv4/tcp_output.c:3169
 * https://elixir.bootlin.com/linux/v5.4/source/net/ipv4/tcp_output.c#L3169
 */
void tcp_send_active_reset(struct sock *sk, gfp_t priority)
{
	struct sk_buff *skb;

	/* OutRsts */
	TCP_INC_STATS(sock_net(sk), TCP_MIB_OUTRSTS);
	/* a bare RST: never queued, never retransmitted */
	skb = alloc_skb(MAX_TCP_HEADER, priority);
	if (!skb) {
		NET_INC_STATS(sock_net(sk), LINUX_MIB_TCPABORTFAILED);
		return;
	}
	skb_reserve(skb, MAX_TCP_HEADER);
	/* seq = snd_nxt (or the right window edge), flags RST|ACK */
	tcp_init_nondata_skb(skb, tcp_acceptable_seq(sk),
			     TCPHDR_ACK | TCPHDR_RST);
	tcp_mstamp_refresh(tcp_sk(sk));
	/* no clone: nothing to keep */
	if (tcp_transmit_skb(sk, skb, 0, priority))
		NET_INC_STATS(sock_net(sk), LINUX_MIB_TCPABORTFAILED);
	/* tracepoint tcp:tcp_send_reset, with no triggering skb */
	trace_tcp_send_reset(sk, NULL);
}

/*
 * tcp_make_synack -- build the SYN-ACK for a request sock
 * upstream: net/ipv4/tcp_output.c:3245
 * https://elixir.bootlin.com/linux/v5.4/source/net/ipv4/tcp_output.c#L3245
 */
struct sk_buff *tcp_make_synack(const struct sock *sk, struct dst_entry *dst,
				struct request_sock *req,
				struct tcp_fastopen_cookie *foc,
				enum tcp_synack_type synack_type)
{
	struct inet_request_sock *ireq = inet_rsk(req);
	const struct tcp_sock *tp = tcp_sk(sk);
	struct tcp_md5sig_key *md5 = NULL;
	struct tcp_out_options opts;
	struct sk_buff *skb;
	int tcp_header_size;
	struct tcphdr *th;
	int mss;
	u64 now;

	skb = alloc_skb(MAX_TCP_HEADER, GFP_ATOMIC);
	if (unlikely(!skb)) {
		dst_release(dst);
		return NULL;
	}
	skb_reserve(skb, MAX_TCP_HEADER);
	/* ...... memory charged to the request sock (not for cookies) */
	......
	skb_dst_set(skb, dst);
	/* our MSS from the route, clamped by TCP_MAXSEG on the listener */
	mss = tcp_mss_clamp(tp, dst_metric_advmss(dst));
	memset(&opts, 0, sizeof(opts));
	now = tcp_clock_ns();
	......
	/* options answer what the SYN offered: MSS, window scale, SACK, timestamps */
	tcp_header_size = tcp_synack_options(sk, req, mss, skb, &opts, md5,
					     foc) + sizeof(*th);
	skb_push(skb, tcp_header_size);
	skb_reset_transport_header(skb);
	th = (struct tcphdr *)skb->data;
	memset(th, 0, sizeof(struct tcphdr));
	/* syn and ack are one-bit fields of the TCP header */
	th->syn = 1;
	th->ack = 1;
	tcp_ecn_make_synack(req, th);
	/* everything comes from the request sock: our port, the client's port ... */
	th->source = htons(ireq->ir_num);
	th->dest = ireq->ir_rmt_port;
	skb->mark = ireq->ir_mark;
	skb->ip_summed = CHECKSUM_PARTIAL;
	/* ... our ISN ... */
	th->seq = htonl(tcp_rsk(req)->snt_isn);
	/* ... and the client's ISN + 1 */
	th->ack_seq = htonl(tcp_rsk(req)->rcv_nxt);
	/* the window in a SYN-ACK is never scaled */
	th->window = htons(min(req->rsk_rcv_wnd, 65535U));
	tcp_options_write((__be32 *)(th + 1), NULL, &opts);
	th->doff = (tcp_header_size >> 2);
	__TCP_INC_STATS(sock_net(sk), TCP_MIB_OUTSEGS);
	......
	skb->skb_mstamp_ns = now;
	......
	return skb;
}

/*
 * tcp_connect_init -- connect-time setup of MSS, window and sequence state
 * upstream: net/ipv4/tcp_output.c:3367
 * https://elixir.bootlin.com/linux/v5.4/source/net/ipv4/tcp_output.c#L3367
 */
static void tcp_connect_init(struct sock *sk)
{
	const struct dst_entry *dst = __sk_dst_get(sk);
	struct tcp_sock *tp = tcp_sk(sk);
	__u8 rcv_wscale;
	u32 rcv_wnd;

	/* header length, counting timestamps if net.ipv4.tcp_timestamps is on */
	tp->tcp_header_len = sizeof(struct tcphdr);
	if (sock_net(sk)->ipv4.sysctl_tcp_timestamps)
		tp->tcp_header_len += TCPOLEN_TSTAMP_ALIGNED;
	......
	/* MSS from the path MTU of the route */
	tcp_sync_mss(sk, dst_mtu(dst));
	......
	/* the MSS we will advertise in the SYN */
	tp->advmss = tcp_mss_clamp(tp, dst_metric_advmss(dst));
	......
	rcv_wnd = tcp_rwnd_init_bpf(sk);
	if (rcv_wnd == 0)
		rcv_wnd = dst_metric(dst, RTAX_INITRWND);
	/* initial receive window and our window-scale factor, offered in the SYN */
	tcp_select_initial_window(sk, tcp_full_space(sk),
				  tp->advmss - (tp->rx_opt.ts_recent_stamp ? tp->tcp_header_len - sizeof(struct tcphdr) : 0),
				  &tp->rcv_wnd,
				  &tp->window_clamp,
				  sock_net(sk)->ipv4.sysctl_tcp_window_scaling,
				  &rcv_wscale,
				  rcv_wnd);
	tp->rx_opt.rcv_wscale = rcv_wscale;
	......
	/* the send side starts at write_seq, the ISN chosen by tcp_v4_connect */
	tp->snd_una = tp->write_seq;
	tp->snd_sml = tp->write_seq;
	tp->snd_up = tp->write_seq;
	WRITE_ONCE(tp->snd_nxt, tp->write_seq);
	/* nothing received yet */
	if (likely(!tp->repair))
		tp->rcv_nxt = 0;
	......
	tp->rcv_wup = tp->rcv_nxt;
	WRITE_ONCE(tp->copied_seq, tp->rcv_nxt);
	/* the first SYN timeout: 1 s */
	inet_csk(sk)->icsk_rto = tcp_timeout_init(sk);
	inet_csk(sk)->icsk_retransmits = 0;
	tcp_clear_retrans(tp);
}

/*
 * tcp_connect -- build the SYN, send it, arm the retransmit timer
 * upstream: net/ipv4/tcp_output.c:3551
 * https://elixir.bootlin.com/linux/v5.4/source/net/ipv4/tcp_output.c#L3551
 */
int tcp_connect(struct sock *sk)
{
	struct tcp_sock *tp = tcp_sk(sk);
	struct sk_buff *buff;
	int err;

	tcp_call_bpf(sk, BPF_SOCK_OPS_TCP_CONNECT_CB, 0, NULL);
	if (inet_csk(sk)->icsk_af_ops->rebuild_header(sk))
		return -EHOSTUNREACH; /* Routing failure or similar. */
	tcp_connect_init(sk);
	......
	/* the SYN skb: it stays queued until the SYN-ACK acknowledges it */
	buff = sk_stream_alloc_skb(sk, 0, sk->sk_allocation, true);
	if (unlikely(!buff))
		return -ENOBUFS;
	/* the SYN carries sequence number write_seq (the ISN) and uses it up: write_seq++ */
	tcp_init_nondata_skb(buff, tp->write_seq++, TCPHDR_SYN);
	tcp_mstamp_refresh(tp);
	tp->retrans_stamp = tcp_time_stamp(tp);
	tcp_connect_queue_skb(sk, buff);
	tcp_ecn_send_syn(sk, buff);
	/* kept in tcp_rtx_queue (an rbtree) in case it must be sent again */
	tcp_rbtree_insert(&sk->tcp_rtx_queue, buff);
	/* send a clone of the SYN (with data, for TCP Fast Open) */
	err = tp->fastopen_req ? tcp_send_syn_data(sk, buff) :
	      tcp_transmit_skb(sk, buff, 1, sk->sk_allocation);
	if (err == -ECONNREFUSED)
		return err;
	/* snd_nxt moves past the SYN */
	WRITE_ONCE(tp->snd_nxt, tp->write_seq);
	tp->pushed_seq = tp->write_seq;
	......
	/* ActiveOpens */
	TCP_INC_STATS(sock_net(sk), TCP_MIB_ACTIVEOPENS);
	/* resend the SYN if nothing comes back within icsk_rto (1 s, then doubling) */
	inet_csk_reset_xmit_timer(sk, ICSK_TIME_RETRANS,
				  inet_csk(sk)->icsk_rto, TCP_RTO_MAX);
	return 0;
}

/*
 * tcp_send_delayed_ack -- arm the delayed-ACK timer, ato from now
 * upstream: net/ipv4/tcp_output.c:3609
 * https://elixir.bootlin.com/linux/v5.4/source/net/ipv4/tcp_output.c#L3609
 */
void tcp_send_delayed_ack(struct sock *sk)
{
	struct inet_connection_sock *icsk = inet_csk(sk);
	int ato = icsk->icsk_ack.ato;
	unsigned long timeout;

	/* bound a long ATO: by TCP_DELACK_MAX (200 ms) in pingpong mode, and by the RTT */
	if (ato > TCP_DELACK_MIN) {
		......
	}
	/* ato is 0 until the first data arrived: the timer fires at the next tick */
	timeout = jiffies + ato;
	/* an earlier deadline stays; one about to expire means: send it now */
	if (icsk->icsk_ack.pending & ICSK_ACK_TIMER) {
		if (icsk->icsk_ack.blocked ||
		    time_before_eq(icsk->icsk_ack.timeout, jiffies + (ato >> 2))) {
			tcp_send_ack(sk);
			return;
		}
		if (!time_before(timeout, icsk->icsk_ack.timeout))
			timeout = icsk->icsk_ack.timeout;
	}
	icsk->icsk_ack.pending |= ICSK_ACK_SCHED | ICSK_ACK_TIMER;
	icsk->icsk_ack.timeout = timeout;
	sk_reset_timer(sk, &icsk->icsk_delack_timer, timeout);
}

/*
 * __tcp_send_ack -- send a bare ACK acknowledging rcv_nxt
 * upstream: net/ipv4/tcp_output.c:3663
 * https://elixir.bootlin.com/linux/v5.4/source/net/ipv4/tcp_output.c#L3663
 */
void __tcp_send_ack(struct sock *sk, u32 rcv_nxt)
{
	struct sk_buff *buff;

	/* a reset connection sends nothing more */
	if (sk->sk_state == TCP_CLOSE)
		return;
	/* not queued anywhere: built, sent, forgotten */
	buff = alloc_skb(MAX_TCP_HEADER,
			 sk_gfp_mask(sk, GFP_ATOMIC | __GFP_NOWARN));
	if (unlikely(!buff)) {
		/* no memory: let the delayed-ACK timer try again */
		inet_csk_schedule_ack(sk);
		inet_csk(sk)->icsk_ack.ato = TCP_ATO_MIN;
		inet_csk_reset_xmit_timer(sk, ICSK_TIME_DACK,
					  TCP_DELACK_MAX, TCP_RTO_MAX);
		return;
	}
	skb_reserve(buff, MAX_TCP_HEADER);
	/* seq = snd_nxt, only the ACK flag */
	tcp_init_nondata_skb(buff, tcp_acceptable_seq(sk), TCPHDR_ACK);
	......
	skb_set_tcp_pure_ack(buff);
	/* no clone (nothing to retransmit); ack_seq = rcv_nxt; the delayed-ACK timer is cleared */
	__tcp_transmit_skb(sk, buff, 0, (__force gfp_t)0, rcv_nxt);
}

/*
 * tcp_send_ack -- send an ACK for everything received so far
 * upstream: net/ipv4/tcp_output.c:3700
 * https://elixir.bootlin.com/linux/v5.4/source/net/ipv4/tcp_output.c#L3700
 */
void tcp_send_ack(struct sock *sk)
{
	/* e.g. the third packet of the handshake, or the ACK of a FIN */
	__tcp_send_ack(sk, tcp_sk(sk)->rcv_nxt);
}

/*
 * tcp_rtx_synack -- rsk_ops->rtx_syn_ack: resend a SYN-ACK (request-sock
 * timer, or a retransmitted SYN seen by tcp_check_req)
 * upstream: net/ipv4/tcp_output.c:3826
 * https://elixir.bootlin.com/linux/v5.4/source/net/ipv4/tcp_output.c#L3826
 */
int tcp_rtx_synack(const struct sock *sk, struct request_sock *req)
{
	const struct tcp_request_sock_ops *af_ops = tcp_rsk(req)->af_specific;
	struct flowi fl;
	int res;

	tcp_rsk(req)->txhash = net_tx_rndhash();
	/* build and send the SYN-ACK again from the request sock (tcp_v4_send_synack) */
	res = af_ops->send_synack(sk, NULL, &fl, req, NULL, TCP_SYNACK_NORMAL);
	if (!res) {
		__TCP_INC_STATS(sock_net(sk), TCP_MIB_RETRANSSEGS);
		__NET_INC_STATS(sock_net(sk), LINUX_MIB_TCPSYNRETRANS);
		......
		/* tracepoint tcp:tcp_retransmit_synack (the first SYN-ACK is never traced) */
		trace_tcp_retransmit_synack(sk, req);
	}
	return res;
}

/*
 * tcp_cwnd_test -- how many segments the congestion window lets us send now:
 * 0 once packets in flight reach snd_cwnd
 * upstream: net/ipv4/tcp_output.c:1791
 * https://elixir.bootlin.com/linux/v5.4/source/net/ipv4/tcp_output.c#L1791
 */
static inline unsigned int tcp_cwnd_test(const struct tcp_sock *tp,
					 const struct sk_buff *skb)
{
	u32 in_flight, cwnd, halfcwnd;

	if ((TCP_SKB_CB(skb)->tcp_flags & TCPHDR_FIN) &&
	    tcp_skb_pcount(skb) == 1)
		return 1;

	/* in flight: sent and not ACKed, less what duplicate ACKs say left the network, plus retransmissions */
	in_flight = tcp_packets_in_flight(tp);
	cwnd = tp->snd_cwnd;
	if (in_flight >= cwnd)
		return 0;

	halfcwnd = max(cwnd >> 1, 1U);
	return min(halfcwnd, cwnd - in_flight);
}

/*
 * tcp_snd_wnd_test -- does the segment fit in the window the receiver offers
 * (snd_una + snd_wnd)?
 * upstream: net/ipv4/tcp_output.c:1855
 * https://elixir.bootlin.com/linux/v5.4/source/net/ipv4/tcp_output.c#L1855
 */
static bool tcp_snd_wnd_test(const struct tcp_sock *tp,
			     const struct sk_buff *skb,
			     unsigned int cur_mss)
{
	u32 end_seq = TCP_SKB_CB(skb)->end_seq;

	if (skb->len > cur_mss)
		end_seq = TCP_SKB_CB(skb)->seq + cur_mss;

	return !after(end_seq, tcp_wnd_end(tp));
}

/*
 * tcp_nagle_test -- Nagle: a small last segment waits while an earlier small one
 * is unacknowledged (TCP_NODELAY, a push or a FIN let it go)
 * upstream: net/ipv4/tcp_output.c:1832
 * https://elixir.bootlin.com/linux/v5.4/source/net/ipv4/tcp_output.c#L1832
 */
static inline bool tcp_nagle_test(const struct tcp_sock *tp, const struct sk_buff *skb,
				  unsigned int cur_mss, int nonagle)
{
	if (nonagle & TCP_NAGLE_PUSH)
		return true;

	if (tcp_urg_mode(tp) || (TCP_SKB_CB(skb)->tcp_flags & TCPHDR_FIN))
		return true;

	if (!tcp_nagle_check(skb->len < cur_mss, tp, nonagle))
		return true;

	return false;
}

/*
 * tcp_event_new_data_sent -- the segment is out: snd_nxt moves to its end, it leaves
 * the write queue for the retransmit queue, the RTO is armed if it is the first in flight
 * upstream: net/ipv4/tcp_output.c:64
 * https://elixir.bootlin.com/linux/v5.4/source/net/ipv4/tcp_output.c#L64
 */
static void tcp_event_new_data_sent(struct sock *sk, struct sk_buff *skb)
{
	struct inet_connection_sock *icsk = inet_csk(sk);
	struct tcp_sock *tp = tcp_sk(sk);
	unsigned int prior_packets = tp->packets_out;

	WRITE_ONCE(tp->snd_nxt, TCP_SKB_CB(skb)->end_seq);

	__skb_unlink(skb, &sk->sk_write_queue);
	tcp_rbtree_insert(&sk->tcp_rtx_queue, skb);

	tp->packets_out += tcp_skb_pcount(skb);
	if (!prior_packets || icsk->icsk_pending == ICSK_TIME_LOSS_PROBE)
		tcp_rearm_rto(sk);

	NET_ADD_STATS(sock_net(sk), LINUX_MIB_TCPORIGDATASENT,
		      tcp_skb_pcount(skb));
}

/*
 * tcp_cwnd_validate -- remember how many segments were in flight and whether
 * cwnd was the limit (only then may it grow)
 * upstream: net/ipv4/tcp_output.c:1638
 * https://elixir.bootlin.com/linux/v5.4/source/net/ipv4/tcp_output.c#L1638
 */
static void tcp_cwnd_validate(struct sock *sk, bool is_cwnd_limited)
{
	const struct tcp_congestion_ops *ca_ops = inet_csk(sk)->icsk_ca_ops;
	struct tcp_sock *tp = tcp_sk(sk);

	if (!before(tp->snd_una, tp->max_packets_seq) ||
	    tp->packets_out > tp->max_packets_out) {
		tp->max_packets_out = tp->packets_out;
		tp->max_packets_seq = tp->snd_nxt;
		tp->is_cwnd_limited = is_cwnd_limited;
	}

	if (tcp_is_cwnd_limited(sk)) {
		tp->snd_cwnd_used = 0;
		tp->snd_cwnd_stamp = tcp_jiffies32;
	} else {
		if (tp->packets_out > tp->snd_cwnd_used)
			tp->snd_cwnd_used = tp->packets_out;

		if (sock_net(sk)->ipv4.sysctl_tcp_slow_start_after_idle &&
		    (s32)(tcp_jiffies32 - tp->snd_cwnd_stamp) >= inet_csk(sk)->icsk_rto &&
		    !ca_ops->cong_control)
			tcp_cwnd_application_limited(sk);

		if (tcp_write_queue_empty(sk) && sk->sk_socket &&
		    test_bit(SOCK_NOSPACE, &sk->sk_socket->flags) &&
		    (1 << sk->sk_state) & (TCPF_ESTABLISHED | TCPF_CLOSE_WAIT))
			tcp_chrono_start(sk, TCP_CHRONO_SNDBUF_LIMITED);
	}
}

/*
 * tcp_mss_split_point -- where to cut the skb at the send head: as many whole MSS as cwnd
 * and the TSO budget allow, within the peer's window
 * upstream: net/ipv4/tcp_output.c:1757
 * https://elixir.bootlin.com/linux/v5.4/source/net/ipv4/tcp_output.c#L1757
 */
static unsigned int tcp_mss_split_point(const struct sock *sk,
					const struct sk_buff *skb,
					unsigned int mss_now,
					unsigned int max_segs,
					int nonagle)
{
	const struct tcp_sock *tp = tcp_sk(sk);
	u32 partial, needed, window, max_len;

	/* bytes the peer's window still takes from this skb's first byte on */
	window = tcp_wnd_end(tp) - TCP_SKB_CB(skb)->seq;
	max_len = mss_now * max_segs;

	/* not the last skb: it will get no more data, cut at the budget */
	if (likely(max_len <= window && skb != tcp_write_queue_tail(sk)))
		return max_len;

	needed = min(skb->len, window);

	if (max_len <= needed)
		return max_len;

	/* the last skb: a short tail segment goes only if Nagle lets it */
	partial = needed % mss_now;
	if (tcp_nagle_check(partial != 0, tp, nonagle))
		return needed - partial;

	return needed;
}

/*
 * tso_fragment -- cut an unsent skb at len: the tail becomes a new skb after it
 * on the write queue, with the PSH and FIN
 * upstream: net/ipv4/tcp_output.c:1874
 * https://elixir.bootlin.com/linux/v5.4/source/net/ipv4/tcp_output.c#L1874
 */
static int tso_fragment(struct sock *sk, struct sk_buff *skb, unsigned int len,
			unsigned int mss_now, gfp_t gfp)
{
	int nlen = skb->len - len;
	struct sk_buff *buff;
	u8 flags;

	/* tcp_sendmsg copies into page fragments: the data is all paged, the fast way */
	if (skb->len != skb->data_len)
		return tcp_fragment(sk, TCP_FRAG_IN_WRITE_QUEUE,
				    skb, len, mss_now, gfp);

	buff = sk_stream_alloc_skb(sk, 0, gfp, true);
	if (unlikely(!buff))
		return -ENOMEM;
	skb_copy_decrypted(buff, skb);

	sk_wmem_queued_add(sk, buff->truesize);
	sk_mem_charge(sk, buff->truesize);
	buff->truesize += nlen;
	skb->truesize -= nlen;

	/* the new skb starts where the first now ends */
	TCP_SKB_CB(buff)->seq = TCP_SKB_CB(skb)->seq + len;
	TCP_SKB_CB(buff)->end_seq = TCP_SKB_CB(skb)->end_seq;
	TCP_SKB_CB(skb)->end_seq = TCP_SKB_CB(buff)->seq;

	/* PSH and FIN belong to the last byte: they move to the tail */
	flags = TCP_SKB_CB(skb)->tcp_flags;
	TCP_SKB_CB(skb)->tcp_flags = flags & ~(TCPHDR_FIN | TCPHDR_PSH);
	TCP_SKB_CB(buff)->tcp_flags = flags;

	TCP_SKB_CB(buff)->sacked = 0;

	tcp_skb_fragment_eor(skb, buff);

	buff->ip_summed = CHECKSUM_PARTIAL;
	skb_split(skb, buff, len);
	tcp_fragment_tstamp(skb, buff);

	/* each part counts its segments again (tcp_skb_pcount) */
	tcp_set_skb_tso_segs(skb, mss_now);
	tcp_set_skb_tso_segs(buff, mss_now);

	__skb_header_release(buff);
	tcp_insert_write_queue_after(skb, buff, sk, TCP_FRAG_IN_WRITE_QUEUE);

	return 0;
}

/*
 * tcp_fragment -- cut a queued skb in two at len (an unsent one on the write
 * queue, or one already sent on the retransmit queue); the counters
 * follow when the pieces count differently
 * upstream: net/ipv4/tcp_output.c:1295
 * https://elixir.bootlin.com/linux/v5.4/source/net/ipv4/tcp_output.c#L1295
 */
int tcp_fragment(struct sock *sk, enum tcp_queue tcp_queue,
		 struct sk_buff *skb, u32 len,
		 unsigned int mss_now, gfp_t gfp)
{
	struct tcp_sock *tp = tcp_sk(sk);
	struct sk_buff *buff;
	int nsize, old_factor;
	long limit;
	int nlen;
	u8 flags;

	if (WARN_ON(len > skb->len))
		return -EINVAL;

	nsize = skb_headlen(skb) - len;
	if (nsize < 0)
		nsize = 0;

	/* only a send queue grown far past sk_sndbuf refuses to split */
	limit = sk->sk_sndbuf + 2 * SKB_TRUESIZE(GSO_MAX_SIZE);
	if (unlikely((sk->sk_wmem_queued >> 1) > limit &&
		     tcp_queue != TCP_FRAG_IN_WRITE_QUEUE &&
		     skb != tcp_rtx_queue_head(sk) &&
		     skb != tcp_rtx_queue_tail(sk))) {
		NET_INC_STATS(sock_net(sk), LINUX_MIB_TCPWQUEUETOOBIG);
		return -ENOMEM;
	}

	if (skb_unclone(skb, gfp))
		return -ENOMEM;

	buff = sk_stream_alloc_skb(sk, nsize, gfp, true);
	if (!buff)
		return -ENOMEM;
	skb_copy_decrypted(buff, skb);

	sk_wmem_queued_add(sk, buff->truesize);
	sk_mem_charge(sk, buff->truesize);
	nlen = skb->len - len - nsize;
	buff->truesize += nlen;
	skb->truesize -= nlen;

	/* the new skb takes the bytes from len on */
	TCP_SKB_CB(buff)->seq = TCP_SKB_CB(skb)->seq + len;
	TCP_SKB_CB(buff)->end_seq = TCP_SKB_CB(skb)->end_seq;
	TCP_SKB_CB(skb)->end_seq = TCP_SKB_CB(buff)->seq;

	/* PSH and FIN move to the second part; it inherits the retransmit marks */
	flags = TCP_SKB_CB(skb)->tcp_flags;
	TCP_SKB_CB(skb)->tcp_flags = flags & ~(TCPHDR_FIN | TCPHDR_PSH);
	TCP_SKB_CB(buff)->tcp_flags = flags;
	TCP_SKB_CB(buff)->sacked = TCP_SKB_CB(skb)->sacked;
	tcp_skb_fragment_eor(skb, buff);

	skb_split(skb, buff, len);

	buff->ip_summed = CHECKSUM_PARTIAL;

	buff->tstamp = skb->tstamp;
	tcp_fragment_tstamp(skb, buff);

	/* segments before the cut */
	old_factor = tcp_skb_pcount(skb);

	tcp_set_skb_tso_segs(skb, mss_now);
	tcp_set_skb_tso_segs(buff, mss_now);

	TCP_SKB_CB(buff)->tx = TCP_SKB_CB(skb)->tx;

	/* already sent: packets_out (and lost_out, retrans_out) follow any change of count */
	if (!before(tp->snd_nxt, TCP_SKB_CB(buff)->end_seq)) {
		int diff = old_factor - tcp_skb_pcount(skb) -
			tcp_skb_pcount(buff);

		if (diff)
			tcp_adjust_pcount(sk, skb, diff);
	}

	__skb_header_release(buff);
	tcp_insert_write_queue_after(skb, buff, sk, tcp_queue);
	if (tcp_queue == TCP_FRAG_IN_RTX_QUEUE)
		list_add(&buff->tcp_tsorted_anchor, &skb->tcp_tsorted_anchor);

	return 0;
}

/*
 * tcp_trim_head -- drop the acknowledged first len bytes of a sent GSO skb
 * upstream: net/ipv4/tcp_output.c:1432
 * https://elixir.bootlin.com/linux/v5.4/source/net/ipv4/tcp_output.c#L1432
 */
int tcp_trim_head(struct sock *sk, struct sk_buff *skb, u32 len)
{
	u32 delta_truesize;

	if (skb_unclone(skb, GFP_ATOMIC))
		return -ENOMEM;

	delta_truesize = __pskb_trim_head(skb, len);

	/* the skb now starts at snd_una */
	TCP_SKB_CB(skb)->seq += len;
	skb->ip_summed = CHECKSUM_PARTIAL;

	/* the send buffer shrank: a writer may be woken */
	if (delta_truesize) {
		skb->truesize	   -= delta_truesize;
		sk_wmem_queued_add(sk, -delta_truesize);
		sk_mem_uncharge(sk, delta_truesize);
		sock_set_flag(sk, SOCK_QUEUE_SHRUNK);
	}

	/* fewer segments left in it */
	if (tcp_skb_pcount(skb) > 1)
		tcp_set_skb_tso_segs(skb, tcp_skb_mss(skb));

	return 0;
}

/*
 * tcp_tso_should_defer -- hold a GSO skb back when only a small part of it may go now
 * and an ACK is due soon: send fewer, larger packets (the "TSO Nagle")
 * upstream: net/ipv4/tcp_output.c:1931
 * https://elixir.bootlin.com/linux/v5.4/source/net/ipv4/tcp_output.c#L1931
 */
static bool tcp_tso_should_defer(struct sock *sk, struct sk_buff *skb,
				 bool *is_cwnd_limited,
				 bool *is_rwnd_limited,
				 u32 max_segs)
{
	const struct inet_connection_sock *icsk = inet_csk(sk);
	u32 send_win, cong_win, limit, in_flight;
	struct tcp_sock *tp = tcp_sk(sk);
	struct sk_buff *head;
	int win_divisor;
	s64 delta;

	/* in recovery: no waiting */
	if (icsk->icsk_ca_state >= TCP_CA_Recovery)
		goto send_now;

	/* nothing sent for more than 1 ms: send now, not a burst later */
	delta = tp->tcp_clock_cache - tp->tcp_wstamp_ns - NSEC_PER_MSEC;
	if (delta > 0)
		goto send_now;

	in_flight = tcp_packets_in_flight(tp);

	BUG_ON(tcp_skb_pcount(skb) <= 1);
	BUG_ON(tp->snd_cwnd <= in_flight);

	send_win = tcp_wnd_end(tp) - TCP_SKB_CB(skb)->seq;

	/* bytes cwnd still allows */
	cong_win = (tp->snd_cwnd - in_flight) * tp->mss_cache;

	limit = min(send_win, cong_win);

	/* a full-sized GSO packet may go: send it */
	if (limit >= max_segs * tp->mss_cache)
		goto send_now;

	if ((skb != tcp_write_queue_tail(sk)) && (limit >= skb->len))
		goto send_now;

	win_divisor = READ_ONCE(sock_net(sk)->ipv4.sysctl_tcp_tso_win_divisor);
	/* net.ipv4.tcp_tso_win_divisor (3): a third of the window is enough to go */
	if (win_divisor) {
		u32 chunk = min(tp->snd_wnd, tp->snd_cwnd * tp->mss_cache);

		chunk /= win_divisor;
		if (limit >= chunk)
			goto send_now;
	} else {
		if (limit > tcp_max_tso_deferred_mss(tp) * tp->mss_cache)
			goto send_now;
	}

	/* the oldest unacked segment left less than half an RTT ago: its ACK is far off, do not wait */
	head = tcp_rtx_queue_head(sk);
	if (!head)
		goto send_now;
	delta = tp->tcp_clock_cache - head->tstamp;
	if ((s64)(delta - (u64)NSEC_PER_USEC * (tp->srtt_us >> 4)) < 0)
		goto send_now;

	/* defer: the next ACK opens more room */
	if (cong_win < send_win) {
		if (cong_win <= skb->len) {
			*is_cwnd_limited = true;
			return true;
		}
	} else {
		if (send_win <= skb->len) {
			*is_rwnd_limited = true;
			return true;
		}
	}

	if ((TCP_SKB_CB(skb)->tcp_flags & TCPHDR_FIN) ||
	    TCP_SKB_CB(skb)->eor)
		goto send_now;

	return true;

send_now:
	return false;
}

/*
 * tcp_write_xmit -- send from the write queue while congestion window,
 * receive window and Nagle allow, in GSO packets cut by tso_fragment
 * upstream: net/ipv4/tcp_output.c:2357
 * https://elixir.bootlin.com/linux/v5.4/source/net/ipv4/tcp_output.c#L2357
 */
static bool tcp_write_xmit(struct sock *sk, unsigned int mss_now, int nonagle,
			   int push_one, gfp_t gfp)
{
	struct tcp_sock *tp = tcp_sk(sk);
	struct sk_buff *skb;
	unsigned int tso_segs, sent_pkts;
	int cwnd_quota;
	int result;
	bool is_cwnd_limited = false, is_rwnd_limited = false;
	u32 max_segs;

	sent_pkts = 0;

	......

	/* segments per GSO packet: about 1 ms of the pacing rate (tcp_tso_autosize), at least 2 */
	max_segs = tcp_tso_segs(sk, mss_now);
	while ((skb = tcp_send_head(sk))) {
		unsigned int limit;
	......

		/* how many MSS-sized segments this skb makes (counted the first time it is looked at) */
		tso_segs = tcp_init_tso_segs(skb, mss_now);
		BUG_ON(!tso_segs);

		/* cwnd full (packets in flight >= snd_cwnd): stop until ACKs come back */
		cwnd_quota = tcp_cwnd_test(tp, skb);
		if (!cwnd_quota) {
			if (push_one == 2)
				cwnd_quota = 1;
			else
				break;
		}

		/* beyond the receiver's window: stop (with nothing in flight, the caller arms the zero-window probe) */
		if (unlikely(!tcp_snd_wnd_test(tp, skb, mss_now))) {
			is_rwnd_limited = true;
			break;
		}

		/* one segment: a small last one may wait for the ACK of an earlier one (Nagle);
		 * several: perhaps wait for room to send more of them at once */
		if (tso_segs == 1) {
			if (unlikely(!tcp_nagle_test(tp, skb, mss_now,
						     (tcp_skb_is_last(sk, skb) ?
						      nonagle : TCP_NAGLE_PUSH))))
				break;
		} else {
			if (!push_one &&
			    tcp_tso_should_defer(sk, skb, &is_cwnd_limited,
						 &is_rwnd_limited, max_segs))
				break;
		}

		/* how much of the skb goes now: whole MSS, as cwnd (half of it at most) and the window allow */
		limit = mss_now;
		if (tso_segs > 1 && !tcp_urg_mode(tp))
			limit = tcp_mss_split_point(sk, skb, mss_now,
						    min_t(unsigned int,
							  cwnd_quota,
							  max_segs),
						    nonagle);

		/* the rest stays queued as a new skb */
		if (skb->len > limit &&
		    unlikely(tso_fragment(sk, skb, limit, mss_now, gfp)))
			break;

	......

		/* a clone goes down the stack as one GSO packet; the skb itself stays for retransmission */
		if (unlikely(tcp_transmit_skb(sk, skb, 1, gfp)))
			break;

repair:
		tcp_event_new_data_sent(sk, skb);

		tcp_minshall_update(tp, mss_now, skb);
		/* counted in segments, not skbs */
		sent_pkts += tcp_skb_pcount(skb);

		if (push_one)
			break;
	}

	......

	if (likely(sent_pkts)) {
		if (tcp_in_cwnd_reduction(sk))
			tp->prr_out += sent_pkts;

	......
		is_cwnd_limited |= (tcp_packets_in_flight(tp) >= tp->snd_cwnd);
		tcp_cwnd_validate(sk, is_cwnd_limited);
		return false;
	}
	return !tp->packets_out && !tcp_write_queue_empty(sk);
}

/*
 * __tcp_push_pending_frames -- send what may go now; with nothing in flight and
 * data held back by a zero window, arm the probe timer
 * upstream: net/ipv4/tcp_output.c:2606
 * https://elixir.bootlin.com/linux/v5.4/source/net/ipv4/tcp_output.c#L2606
 */
void __tcp_push_pending_frames(struct sock *sk, unsigned int cur_mss,
			       int nonagle)
{
	if (unlikely(sk->sk_state == TCP_CLOSE))
		return;

	if (tcp_write_xmit(sk, cur_mss, nonagle, 0,
			   sk_gfp_mask(sk, GFP_ATOMIC)))
		tcp_check_probe_timer(sk);
}

/*
 * tcp_push_one -- send the one full skb at the send head
 * upstream: net/ipv4/tcp_output.c:2624
 * https://elixir.bootlin.com/linux/v5.4/source/net/ipv4/tcp_output.c#L2624
 */
void tcp_push_one(struct sock *sk, unsigned int mss_now)
{
	struct sk_buff *skb = tcp_send_head(sk);

	BUG_ON(!skb || skb->len < mss_now);

	tcp_write_xmit(sk, mss_now, TCP_NAGLE_PUSH, 1, sk->sk_allocation);
}

/*
 * tcp_write_wakeup -- a zero-window probe: new data if the window opened, else
 * a bare ACK with an old sequence number the receiver must answer
 * upstream: net/ipv4/tcp_output.c:3749
 * https://elixir.bootlin.com/linux/v5.4/source/net/ipv4/tcp_output.c#L3749
 */
int tcp_write_wakeup(struct sock *sk, int mib)
{
	struct tcp_sock *tp = tcp_sk(sk);
	struct sk_buff *skb;

	if (sk->sk_state == TCP_CLOSE)
		return -1;

	skb = tcp_send_head(sk);
	if (skb && before(TCP_SKB_CB(skb)->seq, tcp_wnd_end(tp))) {
		int err;
		unsigned int mss = tcp_current_mss(sk);
		unsigned int seg_size = tcp_wnd_end(tp) - TCP_SKB_CB(skb)->seq;

		if (before(tp->pushed_seq, TCP_SKB_CB(skb)->end_seq))
			tp->pushed_seq = TCP_SKB_CB(skb)->end_seq;

		if (seg_size < TCP_SKB_CB(skb)->end_seq - TCP_SKB_CB(skb)->seq ||
		    skb->len > mss) {
			seg_size = min(seg_size, mss);
			TCP_SKB_CB(skb)->tcp_flags |= TCPHDR_PSH;
			if (tcp_fragment(sk, TCP_FRAG_IN_WRITE_QUEUE,
					 skb, seg_size, mss, GFP_ATOMIC))
				return -1;
		} else if (!tcp_skb_pcount(skb))
			tcp_set_skb_tso_segs(skb, mss);

		TCP_SKB_CB(skb)->tcp_flags |= TCPHDR_PSH;
		err = tcp_transmit_skb(sk, skb, 1, GFP_ATOMIC);
		if (!err)
			tcp_event_new_data_sent(sk, skb);
		return err;
	} else {
		if (between(tp->snd_up, tp->snd_una + 1, tp->snd_una + 0xFFFF))
			tcp_xmit_probe_skb(sk, 1, mib);
		/* the window is still shut: a bare ACK with sequence snd_una - 1, which the receiver must answer with its window */
		return tcp_xmit_probe_skb(sk, 0, mib);
	}
}

/*
 * tcp_send_probe0 -- the probe timer fired: probe, and back the timer off while
 * the window stays shut
 * upstream: net/ipv4/tcp_output.c:3795
 * https://elixir.bootlin.com/linux/v5.4/source/net/ipv4/tcp_output.c#L3795
 */
void tcp_send_probe0(struct sock *sk)
{
	struct inet_connection_sock *icsk = inet_csk(sk);
	struct tcp_sock *tp = tcp_sk(sk);
	struct net *net = sock_net(sk);
	unsigned long timeout;
	int err;

	err = tcp_write_wakeup(sk, LINUX_MIB_TCPWINPROBE);

	if (tp->packets_out || tcp_write_queue_empty(sk)) {
		icsk->icsk_probes_out = 0;
		icsk->icsk_backoff = 0;
		return;
	}

	icsk->icsk_probes_out++;
	if (err <= 0) {
		if (icsk->icsk_backoff < net->ipv4.sysctl_tcp_retries2)
			icsk->icsk_backoff++;
		timeout = tcp_probe0_when(sk, TCP_RTO_MAX);
	} else {
		timeout = TCP_RESOURCE_PROBE_INTERVAL;
	}
	tcp_reset_xmit_timer(sk, ICSK_TIME_PROBE0, timeout, TCP_RTO_MAX, NULL);
}

/*
 * tcp_xmit_retransmit_queue -- retransmit the segments marked lost, as far as cwnd
 * allows (fast retransmit, and recovery after an RTO)
 * upstream: net/ipv4/tcp_output.c:3026
 * https://elixir.bootlin.com/linux/v5.4/source/net/ipv4/tcp_output.c#L3026
 */
void tcp_xmit_retransmit_queue(struct sock *sk)
{
	const struct inet_connection_sock *icsk = inet_csk(sk);
	struct sk_buff *skb, *rtx_head, *hole = NULL;
	struct tcp_sock *tp = tcp_sk(sk);
	u32 max_segs;
	int mib_idx;

	if (!tp->packets_out)
		return;

	rtx_head = tcp_rtx_queue_head(sk);
	skb = tp->retransmit_skb_hint ?: rtx_head;
	max_segs = tcp_tso_segs(sk, tcp_current_mss(sk));
	skb_rbtree_walk_from(skb) {
		__u8 sacked;
		int segs;

		if (tcp_pacing_check(sk))
			break;

		if (!hole)
			tp->retransmit_skb_hint = skb;

		segs = tp->snd_cwnd - tcp_packets_in_flight(tp);
		if (segs <= 0)
			return;
		sacked = TCP_SKB_CB(skb)->sacked;
		segs = min_t(int, segs, max_segs);

		if (tp->retrans_out >= tp->lost_out) {
			break;
		} else if (!(sacked & TCPCB_LOST)) {
			if (!hole && !(sacked & (TCPCB_SACKED_RETRANS|TCPCB_SACKED_ACKED)))
				hole = skb;
			continue;

		} else {
			if (icsk->icsk_ca_state != TCP_CA_Loss)
				mib_idx = LINUX_MIB_TCPFASTRETRANS;
			else
				mib_idx = LINUX_MIB_TCPSLOWSTARTRETRANS;
		}

		if (sacked & (TCPCB_SACKED_ACKED|TCPCB_SACKED_RETRANS))
			continue;

		if (tcp_small_queue_check(sk, skb, 1))
			return;

		if (tcp_retransmit_skb(sk, skb, segs))
			return;

		NET_ADD_STATS(sock_net(sk), mib_idx, tcp_skb_pcount(skb));

		if (tcp_in_cwnd_reduction(sk))
			tp->prr_out += tcp_skb_pcount(skb);

		if (skb == rtx_head &&
		    icsk->icsk_pending != ICSK_TIME_REO_TIMEOUT)
			tcp_reset_xmit_timer(sk, ICSK_TIME_RETRANS,
					     inet_csk(sk)->icsk_rto,
					     TCP_RTO_MAX,
					     skb);
	}
}

/*
 * skb_still_in_host_queue -- is the copy sent last time still inside this
 * host (on the neighbour's arp_queue, in the qdisc, on the NIC's ring)?
 * Then a retransmission would only queue a second copy behind it.
 * upstream: net/ipv4/tcp_output.c:2528
 * https://elixir.bootlin.com/linux/v5.4/source/net/ipv4/tcp_output.c#L2528
 */
static bool skb_still_in_host_queue(const struct sock *sk,
				    const struct sk_buff *skb)
{
	/* the queued skb came from alloc_skb_fclone: its clone shares a
	 * refcount with it, still > 1 while the clone is not freed, and the
	 * clone still belongs to this socket (loopback orphans it) */
	if (unlikely(skb_fclone_busy(sk, skb))) {
		NET_INC_STATS(sock_net(sk),
			      LINUX_MIB_TCPSPURIOUS_RTX_HOSTQUEUES);
		return true;
	}
	return false;
}

/*
 * __tcp_retransmit_skb -- resend a queued segment: unless its last copy is still
 * waiting in this host, cut it to what may go (segs MSS), count it and
 * send a fresh clone.
 * Abridged: the send-buffer check, re-routing and collapsing are left out.
 * upstream: net/ipv4/tcp_output.c:2881
 * https://elixir.bootlin.com/linux/v5.4/source/net/ipv4/tcp_output.c#L2881
 */
int __tcp_retransmit_skb(struct sock *sk, struct sk_buff *skb, int segs)
{
	......

	/* a SYN parked on an unresolved neighbour: the timer fires, nothing
	 * is sent (and the caller still backs the timer off) */
	if (skb_still_in_host_queue(sk, skb))
		return -EBUSY;
	......
	/* its front was ACKed meanwhile: only the rest goes again */
	if (before(TCP_SKB_CB(skb)->seq, tp->snd_una)) {
		if (unlikely(before(TCP_SKB_CB(skb)->end_seq, tp->snd_una))) {
			WARN_ON_ONCE(1);
			return -EINVAL;
		}
		if (tcp_trim_head(sk, skb, tp->snd_una - TCP_SKB_CB(skb)->seq))
			return -ENOMEM;
	}
	......
	cur_mss = tcp_current_mss(sk);
	......
	if (!before(TCP_SKB_CB(skb)->seq, tcp_wnd_end(tp)) &&
	    TCP_SKB_CB(skb)->seq != tp->snd_una)
		return -EAGAIN;

	/* an RTO resends one MSS (segs 1): a GSO skb is cut, the rest stays queued behind */
	len = cur_mss * segs;
	if (skb->len > len) {
		if (tcp_fragment(sk, TCP_FRAG_IN_RTX_QUEUE, skb, len,
				 cur_mss, GFP_ATOMIC))
			return -ENOMEM;
	} else {
		if (skb_unclone(skb, GFP_ATOMIC))
			return -ENOMEM;

		diff = tcp_skb_pcount(skb);
		tcp_set_skb_tso_segs(skb, cur_mss);
		diff -= tcp_skb_pcount(skb);
		if (diff)
			tcp_adjust_pcount(sk, skb, diff);
	......
	}
	......
	segs = tcp_skb_pcount(skb);
	TCP_ADD_STATS(sock_net(sk), TCP_MIB_RETRANSSEGS, segs);
	if (TCP_SKB_CB(skb)->tcp_flags & TCPHDR_SYN)
		__NET_INC_STATS(sock_net(sk), LINUX_MIB_TCPSYNRETRANS);
	tp->total_retrans += segs;
	tp->bytes_retrans += skb->len;
	......
	if (unlikely((NET_IP_ALIGN && ((unsigned long)skb->data & 3)) ||
		     skb_headroom(skb) >= 0xFFFF)) {
	......
	} else {
		/* 1: send a clone, the queued skb stays for the next time */
		err = tcp_transmit_skb(sk, skb, 1, GFP_ATOMIC);
	}
	......
	TCP_SKB_CB(skb)->sacked |= TCPCB_EVER_RETRANS;
	......
	if (likely(!err)) {
		trace_tcp_retransmit_skb(sk, skb);
	} else if (err != -EBUSY) {
		NET_ADD_STATS(sock_net(sk), LINUX_MIB_TCPRETRANSFAIL, segs);
	}
	return err;
}
