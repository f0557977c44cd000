// SPDX-License-Identifier: GPL-2.0
/*
 * net/ipv4/tcp_minisocks.c -- the small sockets of TCP: timewait socks
 * (TIME_WAIT and orphaned FIN_WAIT2) and request socks (half-open
 * connections), and the step from a request sock to a full child socket.
 *
 * Abridged rendition for sockwalk, Linux v5.4; annotations are ours.
 * Upstream: net/ipv4/tcp_minisocks.c (Linux v5.4). "......" marks omitted code.
 */

/*
 * tcp_timewait_state_process -- a segment arrived for a timewait sock;
 * the verdict tells tcp_v4_rcv what to do. Abridged: PAWS and timestamps.
 * upstream: net/ipv4/tcp_minisocks.c:92
 * https://elixir.bootlin.com/linux/v5.4/source/net/ipv4/tcp_minisocks.c#L92
 */
enum tcp_tw_status
tcp_timewait_state_process(struct inet_timewait_sock *tw, struct sk_buff *skb,
			   const struct tcphdr *th)
{
	struct tcp_options_received tmp_opt;
	struct tcp_timewait_sock *tcptw = tcp_twsk((struct sock *)tw);
	bool paws_reject = false;

	tmp_opt.saw_tstamp = 0;
	......
	/* substate FIN_WAIT2: we closed (orphan), the peer's FIN has not come yet */
	if (tw->tw_substate == TCP_FIN_WAIT2) {
		/* the checks tcp_rcv_state_process would make; out of window: an ACK */
		if (paws_reject ||
		    !tcp_in_window(TCP_SKB_CB(skb)->seq, TCP_SKB_CB(skb)->end_seq,
				   tcptw->tw_rcv_nxt,
				   tcptw->tw_rcv_nxt + tcptw->tw_rcv_wnd))
			return tcp_timewait_check_oow_rate_limit(
				tw, skb, LINUX_MIB_TCPACKSKIPPEDFINWAIT2);
		/* the peer aborted: forget the connection now */
		if (th->rst)
			goto kill;
		/* a SYN inside the old connection's sequence space is answered with a RST */
		if (th->syn && !before(TCP_SKB_CB(skb)->seq, tcptw->tw_rcv_nxt))
			return TCP_TW_RST;
		/* nothing new (a duplicate ACK, no ACK at all): ignore it */
		if (!th->ack ||
		    !after(TCP_SKB_CB(skb)->end_seq, tcptw->tw_rcv_nxt) ||
		    TCP_SKB_CB(skb)->end_seq == TCP_SKB_CB(skb)->seq) {
			inet_twsk_put(tw);
			return TCP_TW_SUCCESS;
		}
		/* new data after our close, or not exactly the FIN: nobody will read it, so
		 * answer with a RST -- the peer's next call fails (EPIPE in CLOSE_WAIT) */
		if (!th->fin ||
		    TCP_SKB_CB(skb)->end_seq != tcptw->tw_rcv_nxt + 1)
			return TCP_TW_RST;
		/* the peer's FIN: now a true TIME_WAIT (a plain field write, no tracepoint) */
		tw->tw_substate = TCP_TIME_WAIT;
		tcptw->tw_rcv_nxt = TCP_SKB_CB(skb)->end_seq;
		......
		/* stay for TCP_TIMEWAIT_LEN, 60 seconds */
		inet_twsk_reschedule(tw, TCP_TIMEWAIT_LEN);
		/* tcp_v4_rcv ACKs the FIN (tcp_v4_timewait_ack) */
		return TCP_TW_ACK;
	}
	/* real TIME_WAIT: an in-window segment can only be a RST or a bare ACK */
	if (!paws_reject &&
	    (TCP_SKB_CB(skb)->seq == tcptw->tw_rcv_nxt &&
	     (TCP_SKB_CB(skb)->seq == TCP_SKB_CB(skb)->end_seq || th->rst))) {
		if (th->rst) {
			/* "TIME_WAIT assassination": by default a RST kills the timewait sock */
			if (twsk_net(tw)->ipv4.sysctl_tcp_rfc1337 == 0) {
kill:
				inet_twsk_deschedule_put(tw);
				return TCP_TW_SUCCESS;
			}
		} else {
			/* ...... a bare ACK: restart the 60 s timer */
			......
		}
		/* ...... remember the timestamp, drop our reference: TCP_TW_SUCCESS */
		......
	}
	/* a new SYN above the old sequence space may reopen the connection (RFC 1122) */
	if (th->syn && !th->rst && !th->ack && !paws_reject &&
	    (after(TCP_SKB_CB(skb)->seq, tcptw->tw_rcv_nxt) ||
	     (tmp_opt.saw_tstamp &&
	      (s32)(tcptw->tw_ts_recent - tmp_opt.rcv_tsval) < 0))) {
		/* the new connection's ISN will start above everything we sent before */
		u32 isn = tcptw->tw_snd_nxt + 65535 + 2;
		if (isn == 0)
			isn++;
		TCP_SKB_CB(skb)->tcp_tw_isn = isn;
		/* tcp_v4_rcv hands the SYN to a current listener */
		return TCP_TW_SYN;
	}
	......
	if (!th->rst) {
		/* anything else: answer with an ACK (rate limited); ...... an ACK or a
		 * PAWS failure also restarts the timer */
		......
		return tcp_timewait_check_oow_rate_limit(
			tw, skb, LINUX_MIB_TCPACKSKIPPEDTIMEWAIT);
	}
	/* ...... an out-of-window RST is ignored: drop the reference, TCP_TW_SUCCESS */
	......
}

/*
 * tcp_time_wait -- replace a closing full socket by a timewait sock
 * (state TCP_TIME_WAIT after FIN_WAIT2/CLOSING, or TCP_FIN_WAIT2 for an orphan)
 * upstream: net/ipv4/tcp_minisocks.c:253
 * https://elixir.bootlin.com/linux/v5.4/source/net/ipv4/tcp_minisocks.c#L253
 */
void tcp_time_wait(struct sock *sk, int state, int timeo)
{
	const struct inet_connection_sock *icsk = inet_csk(sk);
	const struct tcp_sock *tp = tcp_sk(sk);
	struct inet_timewait_sock *tw;
	struct inet_timewait_death_row *tcp_death_row = &sock_net(sk)->ipv4.tcp_death_row;

	/* a small tcp_timewait_sock: tw_state = TCP_TIME_WAIT, tw_substate = state;
	 * plain stores, no sock:inet_sock_set_state event */
	tw = inet_twsk_alloc(sk, tcp_death_row, state);
	if (tw) {
		struct tcp_timewait_sock *tcptw = tcp_twsk((struct sock *)tw);
		const int rto = (icsk->icsk_rto << 2) - (icsk->icsk_rto >> 1);

		......
		/* keep only what is needed to answer late segments */
		tcptw->tw_rcv_nxt	= tp->rcv_nxt;
		tcptw->tw_snd_nxt	= tp->snd_nxt;
		tcptw->tw_rcv_wnd	= tcp_receive_window(tp);
		tcptw->tw_ts_recent	= tp->rx_opt.ts_recent;
		tcptw->tw_ts_recent_stamp = tp->rx_opt.ts_recent_stamp;
		tcptw->tw_ts_offset	= tp->tsoffset;
		......
		/* at least 3.5 x RTO; a real TIME_WAIT always lasts TCP_TIMEWAIT_LEN (60 s) */
		if (timeo < rto)
			timeo = rto;
		if (state == TCP_TIME_WAIT)
			timeo = TCP_TIMEWAIT_LEN;
		local_bh_disable();
		inet_twsk_schedule(tw, timeo);
		/* the hashdance: tw joins the bind bucket and ehash (same 4-tuple),
		 * and the full socket leaves ehash */
		inet_twsk_hashdance(tw, sk, &tcp_hashinfo);
		local_bh_enable();
	} else {
		/* over net.ipv4.tcp_max_tw_buckets: no timewait sock, just close */
		NET_INC_STATS(sock_net(sk), LINUX_MIB_TCPTIMEWAITOVERFLOW);
	}
	tcp_update_metrics(sk);
	/* the full socket goes to CLOSE (tracepoint FIN_WAIT2->CLOSE or
	 * CLOSING->CLOSE, never ->TIME_WAIT) and, as an orphan, is destroyed */
	tcp_done(sk);
}

/*
 * tcp_create_openreq_child -- the child full socket, cloned from the
 * listener and filled from the request sock
 * upstream: net/ipv4/tcp_minisocks.c:456
 * https://elixir.bootlin.com/linux/v5.4/source/net/ipv4/tcp_minisocks.c#L456
 */
struct sock *tcp_create_openreq_child(const struct sock *sk,
				      struct request_sock *req,
				      struct sk_buff *skb)
{
	/* sk_clone_lock copies the listener byte for byte (state LISTEN); then the
	 * state becomes SYN_RECV (event LISTEN->SYN_RECV), the ports come from the
	 * req, icsk_accept_queue is emptied; the child is returned locked */
	struct sock *newsk = inet_csk_clone_lock(sk, req, GFP_ATOMIC);
	const struct inet_request_sock *ireq = inet_rsk(req);
	struct tcp_request_sock *treq = tcp_rsk(req);
	struct inet_connection_sock *newicsk;
	struct tcp_sock *oldtp, *newtp;
	u32 seq;

	if (!newsk)
		return NULL;
	newicsk = inet_csk(newsk);
	newtp = tcp_sk(newsk);
	oldtp = tcp_sk(sk);
	......
	newtp->pred_flags = 0;
	/* receiving starts after the client's ISN */
	seq = treq->rcv_isn + 1;
	newtp->rcv_wup = seq;
	WRITE_ONCE(newtp->copied_seq, seq);
	WRITE_ONCE(newtp->rcv_nxt, seq);
	......
	/* sending starts after our ISN (the SYN-ACK used snt_isn) */
	seq = treq->snt_isn + 1;
	newtp->snd_sml = newtp->snd_una = seq;
	WRITE_ONCE(newtp->snd_nxt, seq);
	newtp->snd_up = seq;
	......
	tcp_init_wl(newtp, treq->rcv_isn);
	......
	/* its own retransmit, delayed-ACK and keepalive timers */
	tcp_init_xmit_timers(newsk);
	WRITE_ONCE(newtp->write_seq, newtp->pushed_seq = treq->snt_isn + 1);
	......
	/* what the SYN exchange negotiated */
	newtp->rx_opt.tstamp_ok = ireq->tstamp_ok;
	newtp->rx_opt.sack_ok = ireq->sack_ok;
	newtp->window_clamp = req->rsk_window_clamp;
	newtp->rcv_ssthresh = req->rsk_rcv_wnd;
	newtp->rcv_wnd = req->rsk_rcv_wnd;
	newtp->rx_opt.wscale_ok = ireq->wscale_ok;
	......
	/* the client's window, from this ACK */
	newtp->snd_wnd = ntohs(tcp_hdr(skb)->window) << newtp->rx_opt.snd_wscale;
	newtp->max_window = newtp->snd_wnd;
	......
	/* the MSS the client announced in its SYN */
	newtp->rx_opt.mss_clamp = req->mss;
	......
	/* PassiveOpens */
	__TCP_INC_STATS(sock_net(sk), TCP_MIB_PASSIVEOPENS);
	return newsk;
}

/*
 * tcp_check_req -- a segment for a request sock (NEW_SYN_RECV), processed
 * on behalf of the listener; returns the new child, the listener, or NULL
 * upstream: net/ipv4/tcp_minisocks.c:568
 * https://elixir.bootlin.com/linux/v5.4/source/net/ipv4/tcp_minisocks.c#L568
 */
struct sock *tcp_check_req(struct sock *sk, struct sk_buff *skb,
			   struct request_sock *req,
			   bool fastopen, bool *req_stolen)
{
	struct tcp_options_received tmp_opt;
	struct sock *child;
	const struct tcphdr *th = tcp_hdr(skb);
	/* just the RST, SYN and ACK bits of this segment's header */
	__be32 flg = tcp_flag_word(th) & (TCP_FLAG_RST|TCP_FLAG_SYN|TCP_FLAG_ACK);
	bool paws_reject = false;
	bool own_req;

	tmp_opt.saw_tstamp = 0;
	......
	/* the client sent its SYN again: resend our SYN-ACK (tcp_rtx_synack) */
	if (TCP_SKB_CB(skb)->seq == tcp_rsk(req)->rcv_isn &&
	    flg == TCP_FLAG_SYN &&
	    !paws_reject) {
		/* rate limited; inet_rtx_syn_ack returns 0 when it was sent */
		if (!tcp_oow_rate_limited(sock_net(sk), skb,
					  LINUX_MIB_TCPACKSKIPPEDSYNRECV,
					  &tcp_rsk(req)->last_oow_ack_time) &&
			!inet_rtx_syn_ack(sk, req)) {
			/* ...... and the SYN-ACK timer starts over */
			......
		}
		return NULL;
	}
	/* the ACK must acknowledge our SYN-ACK (snt_isn + 1); if not, return the
	 * listener: its tcp_rcv_state_process sees an ACK and asks for a RST */
	if ((flg & TCP_FLAG_ACK) && !fastopen &&
	    (TCP_SKB_CB(skb)->ack_seq !=
	     tcp_rsk(req)->snt_isn + 1))
		return sk;
	/* outside the window we offered: answer with an ACK (rate limited) and drop */
	if (paws_reject || !tcp_in_window(TCP_SKB_CB(skb)->seq, TCP_SKB_CB(skb)->end_seq,
					  tcp_rsk(req)->rcv_nxt, tcp_rsk(req)->rcv_nxt + req->rsk_rcv_wnd)) {
		......
		return NULL;
	}
	......
	/* RST or SYN here: abort the half-open connection */
	if (flg & (TCP_FLAG_RST|TCP_FLAG_SYN)) {
		__TCP_INC_STATS(sock_net(sk), TCP_MIB_ATTEMPTFAILS);
		goto embryonic_reset;
	}
	/* no ACK bit: drop silently */
	if (!(flg & TCP_FLAG_ACK))
		return NULL;
	......
	/* TCP_DEFER_ACCEPT: a bare ACK is dropped, the request waits for data */
	if (req->num_timeout < inet_csk(sk)->icsk_accept_queue.rskq_defer_accept &&
		TCP_SKB_CB(skb)->end_seq == tcp_rsk(req)->rcv_isn + 1) {
		/* ...... acked = 1, TCPDeferAcceptDrop */
		......
		return NULL;
	}
	/* a valid final ACK: icsk_af_ops->syn_recv_sock = tcp_v4_syn_recv_sock creates the child */
	child = inet_csk(sk)->icsk_af_ops->syn_recv_sock(sk, skb, req, NULL,
							 req, &own_req);
	if (!child)
		goto listen_overflow;
	sock_rps_save_rxhash(child, skb);
	tcp_synack_rtt_meas(child, req);
	*req_stolen = !own_req;
	/* stop the req's timer, qlen--, then queue the req with req->sk = child at
	 * rskq_accept_tail: sk_ack_backlog++, and accept() can take it */
	return inet_csk_complete_hashdance(sk, child, req, own_req);
listen_overflow:
	/* accept queue full: by default remember the ACK, drop it, and let the
	 * SYN-ACK timer retry; with tcp_abort_on_overflow answer with a RST */
	if (!sock_net(sk)->ipv4.sysctl_tcp_abort_on_overflow) {
		inet_rsk(req)->acked = 1;
		/* ...... and return NULL: the request sock stays in ehash */
		......
	}
embryonic_reset:
	/* answer with a RST, unless the segment was itself a RST */
	if (!(flg & TCP_FLAG_RST)) {
		req->rsk_ops->send_reset(sk, skb);
	} else if (fastopen) {
		......
	}
	if (!fastopen) {
		/* unhash the request sock and stop its timer; EmbryonicRsts */
		inet_csk_reqsk_queue_drop(sk, req);
		__NET_INC_STATS(sock_net(sk), LINUX_MIB_EMBRYONICRSTS);
	}
	return NULL;
}

/*
 * tcp_child_process -- feed the final ACK to the new child (still locked)
 * upstream: net/ipv4/tcp_minisocks.c:818
 * https://elixir.bootlin.com/linux/v5.4/source/net/ipv4/tcp_minisocks.c#L818
 */
int tcp_child_process(struct sock *parent, struct sock *child,
		      struct sk_buff *skb)
{
	int ret = 0;
	int state = child->sk_state;

	......
	tcp_segs_in(tcp_sk(child), skb);
	if (!sock_owned_by_user(child)) {
		/* SYN_RECV -> ESTABLISHED happens in here, on the child */
		ret = tcp_rcv_state_process(child, skb);
		/* the child left SYN_RECV: wake accept() sleeping on the listener */
		if (state == TCP_SYN_RECV && child->sk_state != state)
			parent->sk_data_ready(parent);
	} else {
		/* rare: a process already holds the child, queue on its backlog */
		__sk_add_backlog(child, skb);
	}
	/* unlock what inet_csk_clone_lock locked */
	bh_unlock_sock(child);
	sock_put(child);
	/* non-zero: the caller answers with a RST */
	return ret;
}
