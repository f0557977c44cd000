// SPDX-License-Identifier: GPL-2.0
/*
 * net/ipv4/tcp_input.c -- the receive side of the TCP state machine:
 * ACK processing, in-order data, FIN and RST, the handshake steps of
 * connect() and of a listener, and request-sock creation on a SYN.
 *
 * Abridged rendition for sockwalk, Linux v5.4; annotations are ours.
 * Upstream: net/ipv4/tcp_input.c (Linux v5.4). "......" marks omitted code.
 */

/*
 * tcp_ack -- process the acknowledgment of an incoming segment: take the
 * window, free what it covers from the retransmit queue, count duplicate ACKs
 * towards fast retransmit (tcp_fastretrans_alert), grow cwnd (tcp_cong_control)
 * upstream: net/ipv4/tcp_input.c:3580
 * https://elixir.bootlin.com/linux/v5.4/source/net/ipv4/tcp_input.c#L3580
 */
static int tcp_ack(struct sock *sk, const struct sk_buff *skb, int flag)
{
	struct inet_connection_sock *icsk = inet_csk(sk);
	struct tcp_sock *tp = tcp_sk(sk);
	struct tcp_sacktag_state sack_state;
	struct rate_sample rs = { .prior_delivered = 0 };
	u32 prior_snd_una = tp->snd_una;
	bool is_sack_reneg = tp->is_sack_reneg;
	u32 ack_seq = TCP_SKB_CB(skb)->seq;
	u32 ack = TCP_SKB_CB(skb)->ack_seq;
	int num_dupack = 0;
	int prior_packets = tp->packets_out;
	u32 delivered = tp->delivered;
	u32 lost = tp->lost;
	int rexmit = REXMIT_NONE;
	u32 prior_fack;

	sack_state.first_sackt = 0;
	sack_state.rate = &rs;

	prefetch(sk->tcp_rtx_queue.rb_node);

	/* acknowledges less than before: an old duplicate (maybe a challenge ACK) */
	if (before(ack, prior_snd_una)) {
		if (before(ack, prior_snd_una - tp->max_window)) {
			if (!(flag & FLAG_NO_CHALLENGE_ACK))
				tcp_send_challenge_ack(sk, skb);
			return -1;
		}
		goto old_ack;
	}

	/* acknowledges something we never sent: ignore the segment */
	if (after(ack, tp->snd_nxt))
		return -1;

	if (after(ack, prior_snd_una)) {
		/* new data acknowledged: the retry count starts over */
		flag |= FLAG_SND_UNA_ADVANCED;
		icsk->icsk_retransmits = 0;

	......
	}

	prior_fack = tcp_is_sack(tp) ? tcp_highest_sack_seq(tp) : tp->snd_una;
	rs.prior_in_flight = tcp_packets_in_flight(tp);

	if (flag & FLAG_UPDATE_TS_RECENT)
		tcp_replace_ts_recent(tp, TCP_SKB_CB(skb)->seq);

	if ((flag & (FLAG_SLOWPATH | FLAG_SND_UNA_ADVANCED)) ==
	    FLAG_SND_UNA_ADVANCED) {
		/* fast path: a plain forward advance, window unchanged */
		tcp_update_wl(tp, ack_seq);
		/* snd_una, the oldest unacknowledged byte, moves up to ack */
		tcp_snd_una_update(tp, ack);
		flag |= FLAG_WIN_UPDATE;

		tcp_in_ack_event(sk, CA_ACK_WIN_UPDATE);

		NET_INC_STATS(sock_net(sk), LINUX_MIB_TCPHPACKS);
	} else {
		u32 ack_ev_flags = CA_ACK_SLOWPATH;

		if (ack_seq != TCP_SKB_CB(skb)->end_seq)
			flag |= FLAG_DATA;
		else
			NET_INC_STATS(sock_net(sk), LINUX_MIB_TCPPUREACKS);

		/* slow path: may also take a new send window (snd_wnd) from the header */
		flag |= tcp_ack_update_window(sk, skb, ack, ack_seq);

		if (TCP_SKB_CB(skb)->sacked)
			flag |= tcp_sacktag_write_queue(sk, skb, prior_snd_una,
							&sack_state);

		if (tcp_ecn_rcv_ecn_echo(tp, tcp_hdr(skb))) {
			flag |= FLAG_ECE;
			ack_ev_flags |= CA_ACK_ECE;
		}

		if (flag & FLAG_WIN_UPDATE)
			ack_ev_flags |= CA_ACK_WIN_UPDATE;

		tcp_in_ack_event(sk, ack_ev_flags);
	}

	/* something got through: forget soft errors and probe counts */
	sk->sk_err_soft = 0;
	icsk->icsk_probes_out = 0;
	tp->rcv_tstamp = tcp_jiffies32;
	/* nothing was in flight (a bare ACK on an idle connection) */
	if (!prior_packets)
		goto no_queue;

	/* free every skb of tcp_rtx_queue that is now fully acknowledged
	 * (the SYN, data, our FIN); packets_out goes down */
	flag |= tcp_clean_rtx_queue(sk, prior_fack, prior_snd_una, &sack_state);

	tcp_rack_update_reo_wnd(sk, &rs);

	if (tp->tlp_high_seq)
		tcp_process_tlp_ack(sk, ack, flag);
	/* re-arm the RTO timer -- tcp_set_xmit_timer -> tcp_rearm_rto clears
	 * ICSK_TIME_RETRANS once packets_out is 0 (nothing outstanding) */
	if (flag & FLAG_SET_XMIT_TIMER)
		tcp_set_xmit_timer(sk);

	if (tcp_ack_is_dubious(sk, flag)) {
		if (!(flag & (FLAG_SND_UNA_ADVANCED | FLAG_NOT_DUP))) {
			num_dupack = 1;
			if (!(flag & FLAG_DATA))
				num_dupack = max_t(u16, 1, skb_shinfo(skb)->gso_segs);
		}
		tcp_fastretrans_alert(sk, prior_snd_una, num_dupack, &flag,
				      &rexmit);
	}

	if ((flag & FLAG_FORWARD_PROGRESS) || !(flag & FLAG_NOT_DUP))
		sk_dst_confirm(sk);

	delivered = tcp_newly_delivered(sk, delivered, flag);
	lost = tp->lost - lost;
	rs.is_ack_delayed = !!(flag & FLAG_ACK_MAYBE_DELAYED);
	tcp_rate_gen(sk, delivered, lost, is_sack_reneg, sack_state.rate);
	/* congestion control: grow cwnd for what was delivered */
	tcp_cong_control(sk, ack, delivered, flag, sack_state.rate);
	tcp_xmit_recovery(sk, rexmit);
	return 1;

no_queue:
	if (flag & FLAG_DSACKING_ACK) {
		tcp_fastretrans_alert(sk, prior_snd_una, num_dupack, &flag,
				      &rexmit);
		tcp_newly_delivered(sk, delivered, flag);
	}
	/* the ACK may answer a zero-window probe */
	tcp_ack_probe(sk);

	if (tp->tlp_high_seq)
		tcp_process_tlp_ack(sk, ack, flag);
	return 1;

old_ack:
	if (TCP_SKB_CB(skb)->sacked) {
		flag |= tcp_sacktag_write_queue(sk, skb, prior_snd_una,
						&sack_state);
		tcp_fastretrans_alert(sk, prior_snd_una, num_dupack, &flag,
				      &rexmit);
		tcp_newly_delivered(sk, delivered, flag);
		tcp_xmit_recovery(sk, rexmit);
	}

	return 0;
}

/*
 * tcp_reset -- a RST was accepted for this socket (or data arrived after
 * we shut down receiving)
 * upstream: net/ipv4/tcp_input.c:4104
 * https://elixir.bootlin.com/linux/v5.4/source/net/ipv4/tcp_input.c#L4104
 */
void tcp_reset(struct sock *sk)
{
	/* tracepoint tcp:tcp_receive_reset */
	trace_tcp_receive_reset(sk);
	/* the errno the application will see depends on the state */
	switch (sk->sk_state) {
	case TCP_SYN_SENT:
		/* connect() to a port nobody listens on */
		sk->sk_err = ECONNREFUSED;
		break;
	case TCP_CLOSE_WAIT:
		/* the peer's FIN came first: it is writing that fails */
		sk->sk_err = EPIPE;
		break;
	case TCP_CLOSE:
		return;
	default:
		sk->sk_err = ECONNRESET;
	}
	......
	/* unsent and unacked data is useless now */
	tcp_write_queue_purge(sk);
	/* -> CLOSE, timers off, wake waiters (or destroy an orphan) */
	tcp_done(sk);
	/* report sk_err to connect(), read(), poll() */
	if (!sock_flag(sk, SOCK_DEAD))
		sk->sk_error_report(sk);
}

/*
 * tcp_event_data_recv -- new data arrived in order: schedule an ACK and run
 * the delayed-ACK engine (quick ACKs at first, then an ATO from the gaps
 * between segments)
 * upstream: net/ipv4/tcp_input.c:676
 * https://elixir.bootlin.com/linux/v5.4/source/net/ipv4/tcp_input.c#L676
 */
static void tcp_event_data_recv(struct sock *sk, struct sk_buff *skb)
{
	struct tcp_sock *tp = tcp_sk(sk);
	struct inet_connection_sock *icsk = inet_csk(sk);
	u32 now;

	/* an ACK is owed now; whether at once or later is decided after the segment */
	inet_csk_schedule_ack(sk);
	/* a segment smaller than the MSS marks the ACK "pushed" (ICSK_ACK_PUSHED) */
	tcp_measure_rcv_mss(sk, skb);
	......
	now = tcp_jiffies32;
	if (!icsk->icsk_ack.ato) {
		/* the first data of the connection: ACK the next segments at once
		 * (quick ACK mode), then start delaying with ato = TCP_ATO_MIN (40 ms) */
		tcp_incr_quickack(sk, TCP_MAX_QUICKACKS);
		icsk->icsk_ack.ato = TCP_ATO_MIN;
	} else {
		int m = now - icsk->icsk_ack.lrcvtime;

		/* segments close together shrink the ATO; a long silence brings quick ACKs back */
		if (m <= TCP_ATO_MIN / 2) {
			icsk->icsk_ack.ato = (icsk->icsk_ack.ato >> 1) + TCP_ATO_MIN / 2;
		} else if (m < icsk->icsk_ack.ato) {
			icsk->icsk_ack.ato = (icsk->icsk_ack.ato >> 1) + m;
			if (icsk->icsk_ack.ato > icsk->icsk_rto)
				icsk->icsk_ack.ato = icsk->icsk_rto;
		} else if (m > icsk->icsk_rto) {
			tcp_incr_quickack(sk, TCP_MAX_QUICKACKS);
			......
		}
	}
	icsk->icsk_ack.lrcvtime = now;
	......
}

/*
 * tcp_fin -- the peer's FIN has arrived in sequence
 * upstream: net/ipv4/tcp_input.c:4145
 * https://elixir.bootlin.com/linux/v5.4/source/net/ipv4/tcp_input.c#L4145
 */
void tcp_fin(struct sock *sk)
{
	struct tcp_sock *tp = tcp_sk(sk);

	inet_csk_schedule_ack(sk);
	/* the peer will send no more: once the queue is drained, read() returns 0 */
	sk->sk_shutdown |= RCV_SHUTDOWN;
	sock_set_flag(sk, SOCK_DONE);
	switch (sk->sk_state) {
	case TCP_SYN_RECV:
	case TCP_ESTABLISHED:
		/* passive close: ESTABLISHED -> CLOSE_WAIT; our close() sends the FIN later */
		tcp_set_state(sk, TCP_CLOSE_WAIT);
		inet_csk_enter_pingpong_mode(sk);
		break;
	case TCP_CLOSE_WAIT:
	case TCP_CLOSING:
		/* a retransmitted FIN: nothing new */
		break;
	case TCP_LAST_ACK:
		/* remain in LAST_ACK */
		break;
	case TCP_FIN_WAIT1:
		/* simultaneous close: ACK their FIN, then wait for the ACK of ours */
		tcp_send_ack(sk);
		tcp_set_state(sk, TCP_CLOSING);
		break;
	case TCP_FIN_WAIT2:
		/* the end of an active close: ACK the FIN ... */
		tcp_send_ack(sk);
		/* ... and hand the connection to a timewait sock (60 s) */
		tcp_time_wait(sk, TCP_TIME_WAIT, 0);
		break;
	default:
		/* LISTEN or CLOSE: cannot happen */
		......
		break;
	}
	/* data after the FIN cannot be valid: drop the out-of-order queue */
	skb_rbtree_purge(&tp->out_of_order_queue);
	......
	if (!sock_flag(sk, SOCK_DEAD)) {
		/* wake readers and poll(): the stream has ended */
		sk->sk_state_change(sk);
		......
	}
}

/*
 * tcp_data_queue -- put the payload of an accepted segment where it belongs: the
 * receive queue (in order), the out-of-order queue (after a hole), or nowhere
 * (a duplicate, or beyond a shut window: ACK at once)
 * upstream: net/ipv4/tcp_input.c:4755
 * https://elixir.bootlin.com/linux/v5.4/source/net/ipv4/tcp_input.c#L4755
 */
static void tcp_data_queue(struct sock *sk, struct sk_buff *skb)
{
	struct tcp_sock *tp = tcp_sk(sk);
	bool fragstolen;
	int eaten;

	/* no payload and no FIN (a pure ACK): nothing to queue */
	if (TCP_SKB_CB(skb)->seq == TCP_SKB_CB(skb)->end_seq) {
		__kfree_skb(skb);
		return;
	}
	skb_dst_drop(skb);
	/* strip the TCP header: the skb now holds payload only */
	__skb_pull(skb, tcp_hdr(skb)->doff * 4);

	tcp_ecn_accept_cwr(sk, skb);

	tp->rx_opt.dsack = 0;

	/* it starts exactly at rcv_nxt: in order */
	if (TCP_SKB_CB(skb)->seq == tp->rcv_nxt) {
		if (tcp_receive_window(tp) == 0) {
			NET_INC_STATS(sock_net(sk), LINUX_MIB_TCPZEROWINDOWDROP);
			goto out_of_window;
		}

queue_and_out:
		if (skb_queue_len(&sk->sk_receive_queue) == 0)
			sk_forced_mem_schedule(sk, skb->truesize);
		else if (tcp_try_rmem_schedule(sk, skb, skb->truesize)) {
			NET_INC_STATS(sock_net(sk), LINUX_MIB_TCPRCVQDROP);
			goto drop;
		}

		/* append to sk_receive_queue (or merge into its tail) and advance rcv_nxt to end_seq */
		eaten = tcp_queue_rcv(sk, skb, &fragstolen);
		/* new data: schedule an ACK (delayed-ACK timer or quick ACK) */
		if (skb->len)
			tcp_event_data_recv(sk, skb);
		/* a FIN in sequence: the peer has finished sending */
		if (TCP_SKB_CB(skb)->tcp_flags & TCPHDR_FIN)
			tcp_fin(sk);

		if (!RB_EMPTY_ROOT(&tp->out_of_order_queue)) {
			/* this segment may fill a gap: move what is now in order */
			tcp_ofo_queue(sk);

			if (RB_EMPTY_ROOT(&tp->out_of_order_queue))
				inet_csk(sk)->icsk_ack.pending |= ICSK_ACK_NOW;
		}

		if (tp->rx_opt.num_sacks)
			tcp_sack_remove(tp);

		tcp_fast_path_check(sk);

		if (eaten > 0)
			kfree_skb_partial(skb, fragstolen);
		/* wake a reader sleeping in tcp_recvmsg (sk->sk_data_ready) */
		if (!sock_flag(sk, SOCK_DEAD))
			tcp_data_ready(sk);
		return;
	}

	/* entirely before rcv_nxt: a retransmission of data we already have */
	if (!after(TCP_SKB_CB(skb)->end_seq, tp->rcv_nxt)) {
		tcp_rcv_spurious_retrans(sk, skb);
		NET_INC_STATS(sock_net(sk), LINUX_MIB_DELAYEDACKLOST);
		tcp_dsack_set(sk, TCP_SKB_CB(skb)->seq, TCP_SKB_CB(skb)->end_seq);

out_of_window:
		/* ACK immediately so the sender learns what we really have */
		tcp_enter_quickack_mode(sk, TCP_MAX_QUICKACKS);
		inet_csk_schedule_ack(sk);
drop:
		tcp_drop(sk, skb);
		return;
	}

	if (!before(TCP_SKB_CB(skb)->seq, tp->rcv_nxt + tcp_receive_window(tp)))
		goto out_of_window;

	if (before(TCP_SKB_CB(skb)->seq, tp->rcv_nxt)) {
		tcp_dsack_set(sk, TCP_SKB_CB(skb)->seq, tp->rcv_nxt);

		if (!tcp_receive_window(tp)) {
			NET_INC_STATS(sock_net(sk), LINUX_MIB_TCPZEROWINDOWDROP);
			goto out_of_window;
		}
		goto queue_and_out;
	}

	/* a hole before it: keep it in the out-of-order rbtree (and SACK it) */
	tcp_data_queue_ofo(sk, skb);
}

/*
 * __tcp_ack_snd_check -- an ACK is owed: send it now, or arm the delayed-ACK timer
 * upstream: net/ipv4/tcp_input.c:5224
 * https://elixir.bootlin.com/linux/v5.4/source/net/ipv4/tcp_input.c#L5224
 */
static void __tcp_ack_snd_check(struct sock *sk, int ofo_possible)
{
	struct tcp_sock *tp = tcp_sk(sk);

	......
	/* more than one full-sized segment not yet acknowledged ... */
	if (((tp->rcv_nxt - tp->rcv_wup) > inet_csk(sk)->icsk_ack.rcv_mss &&
	    (tp->rcv_nxt - tp->copied_seq < sk->sk_rcvlowat ||
	     __tcp_select_window(sk) >= tp->rcv_wnd)) ||
	    /* ... or quick ACK mode (quick > 0 and not in pingpong -- interactive -- mode) ... */
	    tcp_in_quickack_mode(sk) ||
	    /* ... or the protocol wants it now */
	    inet_csk(sk)->icsk_ack.pending & ICSK_ACK_NOW) {
send_now:
		tcp_send_ack(sk);
		return;
	}
	if (!ofo_possible || RB_EMPTY_ROOT(&tp->out_of_order_queue)) {
		/* otherwise wait: a reply of our own may carry the ACK (piggybacking) */
		tcp_send_delayed_ack(sk);
		return;
	}
	/* a hole in the sequence: without SACK every out-of-order segment is ACKed at once */
	if (!tcp_is_sack(tp) ||
	    tp->compressed_ack >= sock_net(sk)->ipv4.sysctl_tcp_comp_sack_nr)
		goto send_now;
	......
}

/*
 * tcp_rcv_established -- segment processing for an ESTABLISHED socket.
 * Abridged: the header-prediction fast path and the RFC 793 slow path.
 * upstream: net/ipv4/tcp_input.c:5544
 * https://elixir.bootlin.com/linux/v5.4/source/net/ipv4/tcp_input.c#L5544
 */
void tcp_rcv_established(struct sock *sk, struct sk_buff *skb)
{
	const struct tcphdr *th = (const struct tcphdr *)skb->data;
	struct tcp_sock *tp = tcp_sk(sk);
	unsigned int len = skb->len;

	/* tracepoint tcp:tcp_probe */
	trace_tcp_probe(sk, skb);
	tcp_mstamp_refresh(tp);
	......
	tp->rx_opt.saw_tstamp = 0;
	/* header prediction: expected flags and window, seq == rcv_nxt, ack not beyond snd_nxt */
	if ((tcp_flag_word(th) & TCP_HP_BITS) == tp->pred_flags &&
	    TCP_SKB_CB(skb)->seq == tp->rcv_nxt &&
	    !after(TCP_SKB_CB(skb)->ack_seq, tp->snd_nxt)) {
		int tcp_header_len = tp->tcp_header_len;

		......
		if (len <= tcp_header_len) {
			/* fast path without payload: a pure ACK for data we sent */
			......
			tcp_ack(sk, skb, 0);
			__kfree_skb(skb);
			/* ...... send what the window allows now, return */
			......
		} else {
			int eaten = 0;
			bool fragstolen = false;

			......
			/* fast path with payload: straight onto the receive queue */
			__skb_pull(skb, tcp_header_len);
			eaten = tcp_queue_rcv(sk, skb, &fragstolen);
			tcp_event_data_recv(sk, skb);
			if (TCP_SKB_CB(skb)->ack_seq != tp->snd_una) {
				/* it also acknowledges data of ours */
				tcp_ack(sk, skb, FLAG_DATA);
				......
			}
			......
			/* send the ACK now or arm the delayed-ACK timer */
			__tcp_ack_snd_check(sk, 0);
no_ack:
			if (eaten)
				kfree_skb_partial(skb, fragstolen);
			/* wake the reader */
			tcp_data_ready(sk);
			......
		}
	}
slow_path:
	if (len < (th->doff << 2) || tcp_checksum_complete(skb))
		goto csum_error;
	/* a segment with none of ACK, RST, SYN is invalid here */
	if (!th->ack && !th->rst && !th->syn)
		goto discard;
	......
	/* sequence window, PAWS, RST and SYN checks (RFC 793, RFC 5961) */
	if (!tcp_validate_incoming(sk, skb, th, 1))
		return;
step5:
	/* the acknowledgment field */
	if (tcp_ack(sk, skb, FLAG_SLOWPATH | FLAG_UPDATE_TS_RECENT) < 0)
		goto discard;
	tcp_rcv_rtt_measure_ts(sk, skb);
	tcp_urg(sk, skb, th);
	/* the payload, and a FIN if present */
	tcp_data_queue(sk, skb);
	/* send what the window now allows, then an ACK if one is due */
	tcp_data_snd_check(sk);
	tcp_ack_snd_check(sk);
	......
csum_error:
	......
discard:
	tcp_drop(sk, skb);
}

/*
 * tcp_finish_connect -- the client side reaches ESTABLISHED
 * upstream: net/ipv4/tcp_input.c:5748
 * https://elixir.bootlin.com/linux/v5.4/source/net/ipv4/tcp_input.c#L5748
 */
void tcp_finish_connect(struct sock *sk, struct sk_buff *skb)
{
	struct tcp_sock *tp = tcp_sk(sk);
	struct inet_connection_sock *icsk = inet_csk(sk);

	/* SYN_SENT -> ESTABLISHED: CurrEstab++, tracepoint */
	tcp_set_state(sk, TCP_ESTABLISHED);
	icsk->icsk_ack.lrcvtime = tcp_jiffies32;
	if (skb) {
		/* remember the input route for the fast path */
		icsk->icsk_af_ops->sk_rx_dst_set(sk, skb);
		security_inet_conn_established(sk, skb);
		......
	}
	/* initial cwnd, congestion control start, buffer sizes */
	tcp_init_transfer(sk, BPF_SOCK_OPS_ACTIVE_ESTABLISHED_CB);
	tp->lsndtime = tcp_jiffies32;
	if (sock_flag(sk, SOCK_KEEPOPEN))
		inet_csk_reset_keepalive_timer(sk, keepalive_time_when(tp));
	/* enable header prediction (the fast path) */
	if (!tp->rx_opt.snd_wscale)
		__tcp_fast_path_on(tp, tp->snd_wnd);
	else
		tp->pred_flags = 0;
}

/*
 * tcp_rcv_synsent_state_process -- a segment for a socket in SYN_SENT:
 * normally the SYN-ACK answering our connect(), or a RST
 * upstream: net/ipv4/tcp_input.c:5864
 * https://elixir.bootlin.com/linux/v5.4/source/net/ipv4/tcp_input.c#L5864
 */
static int tcp_rcv_synsent_state_process(struct sock *sk, struct sk_buff *skb,
					 const struct tcphdr *th)
{
	struct inet_connection_sock *icsk = inet_csk(sk);
	struct tcp_sock *tp = tcp_sk(sk);
	struct tcp_fastopen_cookie foc = { .len = -1 };
	int saved_clamp = tp->rx_opt.mss_clamp;
	......

	/* the options of the SYN-ACK: MSS, window scale, SACK, timestamps */
	tcp_parse_options(sock_net(sk), skb, &tp->rx_opt, 0, &foc);
	......
	if (th->ack) {
		/* the ACK must cover exactly our SYN: snd_una < ack_seq <= snd_nxt */
		if (!after(TCP_SKB_CB(skb)->ack_seq, tp->snd_una) ||
		    after(TCP_SKB_CB(skb)->ack_seq, tp->snd_nxt))
			goto reset_and_undo;
		......
		/* RST with an acceptable ACK: nobody listens there -- ECONNREFUSED */
		if (th->rst) {
			tcp_reset(sk);
			goto discard;
		}
		/* neither SYN nor RST: drop */
		if (!th->syn)
			goto discard_and_undo;
		/* a SYN-ACK for our SYN */
		tcp_ecn_rcv_synack(tp, th);
		tcp_init_wl(tp, TCP_SKB_CB(skb)->seq);
		......
		/* snd_una moves past our SYN; the SYN leaves tcp_rtx_queue */
		tcp_ack(sk, skb, FLAG_SLOWPATH);
		/* the server's ISN + 1 is the next byte we expect */
		WRITE_ONCE(tp->rcv_nxt, TCP_SKB_CB(skb)->seq + 1);
		tp->rcv_wup = TCP_SKB_CB(skb)->seq + 1;
		/* the window in a SYN is never scaled */
		tp->snd_wnd = ntohs(th->window);
		......
		tcp_sync_mss(sk, icsk->icsk_pmtu_cookie);
		tcp_initialize_rcv_mss(sk);
		/* nothing read yet */
		WRITE_ONCE(tp->copied_seq, tp->rcv_nxt);
		......
		/* -> ESTABLISHED */
		tcp_finish_connect(sk, skb);
		......
		if (!sock_flag(sk, SOCK_DEAD)) {
			/* wake connect() sleeping in inet_wait_for_connect */
			sk->sk_state_change(sk);
			sk_wake_async(sk, SOCK_WAKE_IO, POLL_OUT);
		}
		......
		if (sk->sk_write_pending ||
		    icsk->icsk_accept_queue.rskq_defer_accept ||
		    inet_csk_in_pingpong_mode(sk)) {
			/* data is about to follow: let it carry the ACK (delayed ACK) */
			inet_csk_schedule_ack(sk);
			......
discard:
			tcp_drop(sk, skb);
			return 0;
		} else {
			/* the third packet of the three-way handshake */
			tcp_send_ack(sk);
		}
		/* -1: the caller finishes the segment (urgent data, free, send check) */
		return -1;
	}
	/* no ACK: a RST alone is dropped */
	if (th->rst) {
		goto discard_and_undo;
	}
	......
	if (th->syn) {
		/* simultaneous open: both ends sent a SYN */
		tcp_set_state(sk, TCP_SYN_RECV);
		......
		tcp_send_synack(sk);
		/* ...... then discard */
		......
	}
discard_and_undo:
	/* ...... forget the options of this segment, then discard */
	......
reset_and_undo:
	tcp_clear_options(&tp->rx_opt);
	tp->rx_opt.mss_clamp = saved_clamp;
	/* 1: the caller (tcp_v4_do_rcv) answers with a RST */
	return 1;
}

/*
 * tcp_rcv_state_process -- the RFC 793 state machine for every state
 * except ESTABLISHED and TIME_WAIT
 * upstream: net/ipv4/tcp_input.c:6125
 * https://elixir.bootlin.com/linux/v5.4/source/net/ipv4/tcp_input.c#L6125
 */
int tcp_rcv_state_process(struct sock *sk, struct sk_buff *skb)
{
	struct tcp_sock *tp = tcp_sk(sk);
	struct inet_connection_sock *icsk = inet_csk(sk);
	const struct tcphdr *th = tcp_hdr(skb);
	struct request_sock *req;
	int queued = 0;
	bool acceptable;

	switch (sk->sk_state) {
	case TCP_CLOSE:
		/* a closed socket accepts nothing */
		goto discard;
	case TCP_LISTEN:
		/* an ACK that matched no request sock: 1 makes the caller send a RST */
		if (th->ack)
			return 1;
		/* a RST to a listener is ignored */
		if (th->rst)
			goto discard;
		if (th->syn) {
			if (th->fin)
				goto discard;
			......
			/* icsk_af_ops->conn_request = tcp_v4_conn_request: request sock + SYN-ACK;
			 * the listener itself stays in LISTEN */
			acceptable = icsk->icsk_af_ops->conn_request(sk, skb) >= 0;
			......
			if (!acceptable)
				return 1;
			consume_skb(skb);
			return 0;
		}
		goto discard;
	case TCP_SYN_SENT:
		tp->rx_opt.saw_tstamp = 0;
		tcp_mstamp_refresh(tp);
		/* our connect() is waiting for the SYN-ACK */
		queued = tcp_rcv_synsent_state_process(sk, skb, th);
		if (queued >= 0)
			return queued;
		/* ...... step 6 by hand: urgent data, free the skb, send check; 0 */
		......
	}
	......
	/* from here: SYN_RECV and the synchronized states */
	if (!th->ack && !th->rst && !th->syn)
		goto discard;
	/* sequence window, RST and SYN checks (challenge ACKs of RFC 5961) */
	if (!tcp_validate_incoming(sk, skb, th, 0))
		return 0;
	/* step 5: the ACK field */
	acceptable = tcp_ack(sk, skb, FLAG_SLOWPATH |
				      FLAG_UPDATE_TS_RECENT |
				      FLAG_NO_CHALLENGE_ACK) > 0;
	if (!acceptable) {
		/* a child in SYN_RECV with a bad ACK: 1 asks the caller for a RST */
		if (sk->sk_state == TCP_SYN_RECV)
			return 1;	/* send one RST */
		tcp_send_challenge_ack(sk, skb);
		goto discard;
	}
	switch (sk->sk_state) {
	case TCP_SYN_RECV:
		/* the final ACK of the handshake; this runs on the new child socket */
		......
		tcp_init_transfer(sk, BPF_SOCK_OPS_PASSIVE_ESTABLISHED_CB);
		WRITE_ONCE(tp->copied_seq, tp->rcv_nxt);
		......
		/* SYN_RECV -> ESTABLISHED (CurrEstab++, tracepoint); the listener never changes state */
		tcp_set_state(sk, TCP_ESTABLISHED);
		sk->sk_state_change(sk);
		......
		tp->snd_una = TCP_SKB_CB(skb)->ack_seq;
		tp->snd_wnd = ntohs(th->window) << tp->rx_opt.snd_wscale;
		tcp_init_wl(tp, TCP_SKB_CB(skb)->seq);
		......
		/* the first pacing rate, from the handshake's round trip: it sizes GSO packets */
		if (!inet_csk(sk)->icsk_ca_ops->cong_control)
			tcp_update_pacing_rate(sk);
		......
		tcp_fast_path_on(tp);
		break;
	case TCP_FIN_WAIT1: {
		int tmo;

		......
		/* wait until everything we sent, our FIN included, is acknowledged */
		if (tp->snd_una != tp->write_seq)
			break;
		/* our FIN is acked: FIN_WAIT1 -> FIN_WAIT2 */
		tcp_set_state(sk, TCP_FIN_WAIT2);
		sk->sk_shutdown |= SEND_SHUTDOWN;
		sk_dst_confirm(sk);
		if (!sock_flag(sk, SOCK_DEAD)) {
			/* still owned by a file (after shutdown(), or a lingering close): wake it */
			......
			break;
		}
		......
		tmo = tcp_fin_time(sk);
		if (tmo > TCP_TIMEWAIT_LEN) {
			inet_csk_reset_keepalive_timer(sk, tmo - TCP_TIMEWAIT_LEN);
		} else if (th->fin || sock_owned_by_user(sk)) {
			inet_csk_reset_keepalive_timer(sk, tmo);
		} else {
			/* an orphan: a timewait sock in substate FIN_WAIT2 takes over */
			tcp_time_wait(sk, TCP_FIN_WAIT2, tmo);
			goto discard;
		}
		break;
	}
	case TCP_CLOSING:
		/* simultaneous close, our FIN acked too: a timewait sock (60 s) takes over */
		if (tp->snd_una == tp->write_seq) {
			tcp_time_wait(sk, TCP_TIME_WAIT, 0);
			goto discard;
		}
		break;
	case TCP_LAST_ACK:
		/* passive close complete: this ACKs our FIN */
		if (tp->snd_una == tp->write_seq) {
			tcp_update_metrics(sk);
			/* -> CLOSE; an orphan is destroyed right away */
			tcp_done(sk);
			goto discard;
		}
		break;
	}
	/* step 6: urgent data */
	tcp_urg(sk, skb, th);
	/* step 7: the segment's data */
	switch (sk->sk_state) {
	case TCP_CLOSE_WAIT:
	case TCP_CLOSING:
	case TCP_LAST_ACK:
		/* the peer already sent its FIN: no new data can come */
		if (!before(TCP_SKB_CB(skb)->seq, tp->rcv_nxt))
			break;
		/* fall through */
	case TCP_FIN_WAIT1:
	case TCP_FIN_WAIT2:
		/* new data after our close()/shutdown(SHUT_RD): RFC 1122 says reset */
		if (sk->sk_shutdown & RCV_SHUTDOWN) {
		if (TCP_SKB_CB(skb)->end_seq != TCP_SKB_CB(skb)->seq &&
		    after(TCP_SKB_CB(skb)->end_seq - th->fin, tp->rcv_nxt)) {
				NET_INC_STATS(sock_net(sk), LINUX_MIB_TCPABORTONDATA);
				/* fires tcp:tcp_receive_reset although no RST arrived */
				tcp_reset(sk);
				return 1;
			}
		}
		/* fall through */
	case TCP_ESTABLISHED:
		tcp_data_queue(sk, skb);
		queued = 1;
		break;
	}
	/* tcp_data_queue may have moved the socket to TIME_WAIT or CLOSE */
	if (sk->sk_state != TCP_CLOSE) {
		tcp_data_snd_check(sk);
		tcp_ack_snd_check(sk);
	}
	if (!queued) {
discard:
		tcp_drop(sk, skb);
	}
	return 0;
}

/*
 * tcp_conn_request -- a listener got a SYN: limits, request sock, SYN-ACK
 * upstream: net/ipv4/tcp_input.c:6548
 * https://elixir.bootlin.com/linux/v5.4/source/net/ipv4/tcp_input.c#L6548
 */
int tcp_conn_request(struct request_sock_ops *rsk_ops,
		     const struct tcp_request_sock_ops *af_ops,
		     struct sock *sk, struct sk_buff *skb)
{
	struct tcp_fastopen_cookie foc = { .len = -1 };
	__u32 isn = TCP_SKB_CB(skb)->tcp_tw_isn;
	struct tcp_options_received tmp_opt;
	struct tcp_sock *tp = tcp_sk(sk);
	struct net *net = sock_net(sk);
	struct sock *fastopen_sk = NULL;
	struct request_sock *req;
	bool want_cookie = false;
	struct dst_entry *dst;
	struct flowi fl;

	/* SYN queue "full" (icsk_accept_queue.qlen >= sk_max_ack_backlog) or
	 * cookies forced: syncookies if enabled, else drop. isn != 0 means the
	 * SYN reuses a TIME_WAIT connection and is always let in */
	if ((net->ipv4.sysctl_tcp_syncookies == 2 ||
	     inet_csk_reqsk_queue_is_full(sk)) && !isn) {
		want_cookie = tcp_syn_flood_action(sk, rsk_ops->slab_name);
		if (!want_cookie)
			goto drop;
	}
	/* accept queue full: sk_ack_backlog (children not yet accepted) >
	 * sk_max_ack_backlog (the listen() backlog) -- drop, even with cookies */
	if (sk_acceptq_is_full(sk)) {
		NET_INC_STATS(sock_net(sk), LINUX_MIB_LISTENOVERFLOWS);
		goto drop;
	}
	/* the half-open connection: a request sock, ireq_state = TCP_NEW_SYN_RECV
	 * (a plain store, no tracepoint), rsk_listener = this listener */
	req = inet_reqsk_alloc(rsk_ops, sk, !want_cookie);
	if (!req)
		goto drop;
	tcp_rsk(req)->af_specific = af_ops;
	tcp_rsk(req)->ts_off = 0;
	tcp_clear_options(&tmp_opt);
	tmp_opt.mss_clamp = af_ops->mss_clamp;
	tmp_opt.user_mss  = tp->rx_opt.user_mss;
	/* the SYN's options: MSS, window scale, SACK-permitted, timestamps */
	tcp_parse_options(sock_net(sk), skb, &tmp_opt, 0,
			  want_cookie ? NULL : &foc);
	......
	tmp_opt.tstamp_ok = tmp_opt.saw_tstamp;
	/* rcv_isn = the client's ISN, rcv_nxt = ISN + 1, both ports, negotiated options */
	tcp_openreq_init(req, &tmp_opt, skb, sk);
	......
	/* tcp_v4_init_req: local and remote address from the IP header */
	af_ops->init_req(req, sk, skb);
	......
	dst = af_ops->route_req(sk, &fl, req);
	if (!dst)
		goto drop_and_free;
	if (!want_cookie && !isn) {
		/* ...... no syncookies and the SYN queue 3/4 full: only peers with known metrics */
		......
		/* our ISN: tcp_v4_init_seq, a keyed hash of the 4-tuple plus a clock */
		isn = af_ops->init_seq(skb);
	}
	......
	/* under a SYN flood the ISN itself encodes the connection: a syncookie */
	if (want_cookie) {
		isn = cookie_init_sequence(af_ops, sk, skb, &req->mss);
		......
	}
	......
	tcp_rsk(req)->snt_isn = isn;
	......
	tcp_openreq_init_rwin(req, sk, dst);
	......
	if (!want_cookie) {
		......
		fastopen_sk = tcp_try_fastopen(sk, skb, req, &foc, dst);
	}
	if (fastopen_sk) {
		/* ...... TCP Fast Open: the child exists already, straight onto the accept queue */
		......
	} else {
		tcp_rsk(req)->tfo_listener = false;
		/* into ehash with a SYN-ACK retransmit timer (1 s), and qlen++ on the
		 * listener: this is all the "SYN queue" there is */
		if (!want_cookie)
			inet_csk_reqsk_queue_hash_add(sk, req,
				tcp_timeout_init((struct sock *)req));
		/* tcp_v4_send_synack */
		af_ops->send_synack(sk, dst, &fl, req, &foc,
				    !want_cookie ? TCP_SYNACK_NORMAL :
						   TCP_SYNACK_COOKIE);
		if (want_cookie) {
			/* nothing is kept: the client's final ACK will carry the state back */
			reqsk_free(req);
			return 0;
		}
	}
	reqsk_put(req);
	return 0;
drop_and_release:
	dst_release(dst);
drop_and_free:
	__reqsk_free(req);
drop:
	/* sk_drops++ and ListenDrops; the SYN gets no answer */
	tcp_listendrop(sk);
	/* ...... return 0 here too: never non-zero, so the caller never sends a RST */
	......
}

/*
 * tcp_ack_probe -- an ACK while nothing is in flight: if the window now takes
 * the next segment, stop the zero-window probes; else probe again later
 * upstream: net/ipv4/tcp_input.c:3269
 * https://elixir.bootlin.com/linux/v5.4/source/net/ipv4/tcp_input.c#L3269
 */
static void tcp_ack_probe(struct sock *sk)
{
	struct inet_connection_sock *icsk = inet_csk(sk);
	struct sk_buff *head = tcp_send_head(sk);
	const struct tcp_sock *tp = tcp_sk(sk);

	if (!head)
		return;
	if (!after(TCP_SKB_CB(head)->end_seq, tcp_wnd_end(tp))) {
		icsk->icsk_backoff = 0;
		inet_csk_clear_xmit_timer(sk, ICSK_TIME_PROBE0);
	} else {
		unsigned long when = tcp_probe0_when(sk, TCP_RTO_MAX);

		tcp_reset_xmit_timer(sk, ICSK_TIME_PROBE0,
				     when, TCP_RTO_MAX, NULL);
	}
}

/*
 * tcp_tso_acked -- an ACK covers only the front of a GSO skb: trim what it
 * covers, count the segments that went
 * upstream: net/ipv4/tcp_input.c:3024
 * https://elixir.bootlin.com/linux/v5.4/source/net/ipv4/tcp_input.c#L3024
 */
static u32 tcp_tso_acked(struct sock *sk, struct sk_buff *skb)
{
	struct tcp_sock *tp = tcp_sk(sk);
	u32 packets_acked;

	BUG_ON(!after(TCP_SKB_CB(skb)->end_seq, tp->snd_una));

	/* segments before the trim, less those after it */
	packets_acked = tcp_skb_pcount(skb);
	if (tcp_trim_head(sk, skb, tp->snd_una - TCP_SKB_CB(skb)->seq))
		return 0;
	packets_acked -= tcp_skb_pcount(skb);

	if (packets_acked) {
		BUG_ON(tcp_skb_pcount(skb) == 0);
		BUG_ON(!before(TCP_SKB_CB(skb)->seq, TCP_SKB_CB(skb)->end_seq));
	}

	return packets_acked;
}

/*
 * tcp_clean_rtx_queue -- free the segments this ACK covers from the retransmit
 * queue; count them (packets_out, and for Reno the duplicate ACKs they cancel)
 * upstream: net/ipv4/tcp_input.c:3066
 * https://elixir.bootlin.com/linux/v5.4/source/net/ipv4/tcp_input.c#L3066
 */
static int tcp_clean_rtx_queue(struct sock *sk, u32 prior_fack,
			       u32 prior_snd_una,
			       struct tcp_sacktag_state *sack)
{
	const struct inet_connection_sock *icsk = inet_csk(sk);
	u64 first_ackt, last_ackt;
	struct tcp_sock *tp = tcp_sk(sk);
	u32 prior_sacked = tp->sacked_out;
	u32 reord = tp->snd_nxt;
	struct sk_buff *skb, *next;
	bool fully_acked = true;
	long sack_rtt_us = -1L;
	long seq_rtt_us = -1L;
	long ca_rtt_us = -1L;
	u32 pkts_acked = 0;
	u32 last_in_flight = 0;
	bool rtt_update;
	int flag = 0;

	first_ackt = 0;

	for (skb = skb_rb_first(&sk->tcp_rtx_queue); skb; skb = next) {
		struct tcp_skb_cb *scb = TCP_SKB_CB(skb);
		const u32 start_seq = scb->seq;
		u8 sacked = scb->sacked;
		u32 acked_pcount;

		tcp_ack_tstamp(sk, skb, prior_snd_una);

		/* not wholly ACKed: the rest of the queue stays */
		if (after(scb->end_seq, tp->snd_una)) {
			if (tcp_skb_pcount(skb) == 1 ||
			    !after(tp->snd_una, scb->seq))
				break;

			acked_pcount = tcp_tso_acked(sk, skb);
			if (!acked_pcount)
				break;
			fully_acked = false;
		} else {
			acked_pcount = tcp_skb_pcount(skb);
		}

		if (unlikely(sacked & TCPCB_RETRANS)) {
			if (sacked & TCPCB_SACKED_RETRANS)
				tp->retrans_out -= acked_pcount;
			flag |= FLAG_RETRANS_DATA_ACKED;
		} else if (!(sacked & TCPCB_SACKED_ACKED)) {
			last_ackt = tcp_skb_timestamp_us(skb);
			WARN_ON_ONCE(last_ackt == 0);
			if (!first_ackt)
				first_ackt = last_ackt;

			last_in_flight = TCP_SKB_CB(skb)->tx.in_flight;
			if (before(start_seq, reord))
				reord = start_seq;
			if (!after(scb->end_seq, tp->high_seq))
				flag |= FLAG_ORIG_SACK_ACKED;
		}

		if (sacked & TCPCB_SACKED_ACKED) {
			tp->sacked_out -= acked_pcount;
		} else if (tcp_is_sack(tp)) {
			tp->delivered += acked_pcount;
			if (!tcp_skb_spurious_retrans(tp, skb))
				tcp_rack_advance(tp, sacked, scb->end_seq,
						 tcp_skb_timestamp_us(skb));
		}
		if (sacked & TCPCB_LOST)
			tp->lost_out -= acked_pcount;

		tp->packets_out -= acked_pcount;
		pkts_acked += acked_pcount;
		tcp_rate_skb_delivered(sk, skb, sack->rate);

		if (likely(!(scb->tcp_flags & TCPHDR_SYN))) {
			flag |= FLAG_DATA_ACKED;
		} else {
			flag |= FLAG_SYN_ACKED;
			tp->retrans_stamp = 0;
		}

		if (!fully_acked)
			break;

		next = skb_rb_next(skb);
		if (unlikely(skb == tp->retransmit_skb_hint))
			tp->retransmit_skb_hint = NULL;
		if (unlikely(skb == tp->lost_skb_hint))
			tp->lost_skb_hint = NULL;
		tcp_rtx_queue_unlink_and_free(skb, sk);
	}

	if (!skb)
		tcp_chrono_stop(sk, TCP_CHRONO_BUSY);

	if (likely(between(tp->snd_up, prior_snd_una, tp->snd_una)))
		tp->snd_up = tp->snd_una;

	if (skb && (TCP_SKB_CB(skb)->sacked & TCPCB_SACKED_ACKED))
		flag |= FLAG_SACK_RENEGING;

	if (likely(first_ackt) && !(flag & FLAG_RETRANS_DATA_ACKED)) {
		seq_rtt_us = tcp_stamp_us_delta(tp->tcp_mstamp, first_ackt);
		ca_rtt_us = tcp_stamp_us_delta(tp->tcp_mstamp, last_ackt);

		if (pkts_acked == 1 && last_in_flight < tp->mss_cache &&
		    last_in_flight && !prior_sacked && fully_acked &&
		    sack->rate->prior_delivered + 1 == tp->delivered &&
		    !(flag & (FLAG_CA_ALERT | FLAG_SYN_ACKED))) {
			flag |= FLAG_ACK_MAYBE_DELAYED;
		}
	}
	if (sack->first_sackt) {
		sack_rtt_us = tcp_stamp_us_delta(tp->tcp_mstamp, sack->first_sackt);
		ca_rtt_us = tcp_stamp_us_delta(tp->tcp_mstamp, sack->last_sackt);
	}
	rtt_update = tcp_ack_update_rtt(sk, flag, seq_rtt_us, sack_rtt_us,
					ca_rtt_us, sack->rate);

	if (flag & FLAG_ACKED) {
		flag |= FLAG_SET_XMIT_TIMER;
		if (unlikely(icsk->icsk_mtup.probe_size &&
			     !after(tp->mtu_probe.probe_seq_end, tp->snd_una))) {
			tcp_mtup_probe_success(sk);
		}

		if (tcp_is_reno(tp)) {
			tcp_remove_reno_sacks(sk, pkts_acked);

			if (flag & FLAG_RETRANS_DATA_ACKED)
				flag &= ~FLAG_ORIG_SACK_ACKED;
		} else {
			int delta;

			if (before(reord, prior_fack))
				tcp_check_sack_reordering(sk, reord, 0);

			delta = prior_sacked - tp->sacked_out;
			tp->lost_cnt_hint -= min(tp->lost_cnt_hint, delta);
		}
	} else if (skb && rtt_update && sack_rtt_us >= 0 &&
		   sack_rtt_us > tcp_stamp_us_delta(tp->tcp_mstamp,
						    tcp_skb_timestamp_us(skb))) {
		flag |= FLAG_SET_XMIT_TIMER;
	}

	if (icsk->icsk_ca_ops->pkts_acked) {
		struct ack_sample sample = { .pkts_acked = pkts_acked,
					     .rtt_us = sack->rate->rtt_us,
					     .in_flight = last_in_flight };

		icsk->icsk_ca_ops->pkts_acked(sk, &sample);
	}

#if FASTRETRANS_DEBUG > 0
	WARN_ON((int)tp->sacked_out < 0);
	WARN_ON((int)tp->lost_out < 0);
	WARN_ON((int)tp->retrans_out < 0);
	if (!tp->packets_out && tcp_is_sack(tp)) {
		icsk = inet_csk(sk);
		if (tp->lost_out) {
			pr_debug("Leak l=%u %d\n",
				 tp->lost_out, icsk->icsk_ca_state);
			tp->lost_out = 0;
		}
		if (tp->sacked_out) {
			pr_debug("Leak s=%u %d\n",
				 tp->sacked_out, icsk->icsk_ca_state);
			tp->sacked_out = 0;
		}
		if (tp->retrans_out) {
			pr_debug("Leak r=%u %d\n",
				 tp->retrans_out, icsk->icsk_ca_state);
			tp->retrans_out = 0;
		}
	}
#endif
	return flag;
}

/*
 * tcp_fastretrans_alert -- the loss-recovery state machine, for an ACK that is a
 * duplicate or arrives in disorder/recovery: count the duplicate, mark the head
 * lost after three (tcp_newreno_mark_lost), enter Recovery
 * upstream: net/ipv4/tcp_input.c:2787
 * https://elixir.bootlin.com/linux/v5.4/source/net/ipv4/tcp_input.c#L2787
 */
static void tcp_fastretrans_alert(struct sock *sk, const u32 prior_snd_una,
				  int num_dupack, int *ack_flag, int *rexmit)
{
	struct inet_connection_sock *icsk = inet_csk(sk);
	struct tcp_sock *tp = tcp_sk(sk);
	int fast_rexmit = 0, flag = *ack_flag;
	bool do_lost = num_dupack || ((flag & FLAG_DATA_SACKED) &&
				      tcp_force_fast_retransmit(sk));

	if (!tp->packets_out && tp->sacked_out)
		tp->sacked_out = 0;

	if (flag & FLAG_ECE)
		tp->prior_ssthresh = 0;

	if (tcp_check_sack_reneging(sk, flag))
		return;

	tcp_verify_left_out(tp);

	if (icsk->icsk_ca_state == TCP_CA_Open) {
		WARN_ON(tp->retrans_out != 0);
		tp->retrans_stamp = 0;
	} else if (!before(tp->snd_una, tp->high_seq)) {
		switch (icsk->icsk_ca_state) {
		case TCP_CA_CWR:
			if (tp->snd_una != tp->high_seq) {
				tcp_end_cwnd_reduction(sk);
				tcp_set_ca_state(sk, TCP_CA_Open);
			}
			break;

		case TCP_CA_Recovery:
			if (tcp_is_reno(tp))
				tcp_reset_reno_sack(tp);
			if (tcp_try_undo_recovery(sk))
				return;
			tcp_end_cwnd_reduction(sk);
			break;
		}
	}

	switch (icsk->icsk_ca_state) {
	case TCP_CA_Recovery:
		if (!(flag & FLAG_SND_UNA_ADVANCED)) {
			if (tcp_is_reno(tp))
				tcp_add_reno_sack(sk, num_dupack);
		} else {
			if (tcp_try_undo_partial(sk, prior_snd_una))
				return;
			do_lost = tcp_is_reno(tp) ||
				  tcp_force_fast_retransmit(sk);
		}
		if (tcp_try_undo_dsack(sk)) {
			tcp_try_keep_open(sk);
			return;
		}
		tcp_identify_packet_loss(sk, ack_flag);
		break;
	case TCP_CA_Loss:
		tcp_process_loss(sk, flag, num_dupack, rexmit);
		tcp_identify_packet_loss(sk, ack_flag);
		if (!(icsk->icsk_ca_state == TCP_CA_Open ||
		      (*ack_flag & FLAG_LOST_RETRANS)))
			return;
	default:
		/* Reno (no SACK): each duplicate ACK counts as one segment that left the network (sacked_out) */
		if (tcp_is_reno(tp)) {
			if (flag & FLAG_SND_UNA_ADVANCED)
				tcp_reset_reno_sack(tp);
			tcp_add_reno_sack(sk, num_dupack);
		}

		if (icsk->icsk_ca_state <= TCP_CA_Disorder)
			tcp_try_undo_dsack(sk);

		tcp_identify_packet_loss(sk, ack_flag);
		/* fewer than three duplicates: stay (Disorder) and keep sending new data */
		if (!tcp_time_to_recover(sk, flag)) {
			tcp_try_to_open(sk, flag);
			return;
		}

		if (icsk->icsk_ca_state < TCP_CA_CWR &&
		    icsk->icsk_mtup.probe_size &&
		    tp->snd_una == tp->mtu_probe.probe_seq_start) {
			tcp_mtup_probe_failed(sk);
			tp->snd_cwnd++;
			tcp_simple_retransmit(sk);
			return;
		}

		/* the third duplicate marked the head lost: Recovery, and tcp_xmit_recovery retransmits it now */
		tcp_enter_recovery(sk, (flag & FLAG_ECE));
		fast_rexmit = 1;
	}

	if (!tcp_is_rack(sk) && do_lost)
		tcp_update_scoreboard(sk, fast_rexmit);
	*rexmit = REXMIT_LOST;
}

/*
 * tcp_enter_recovery -- fast retransmit starts: ssthresh = cwnd/2 (Reno), PRR
 * brings cwnd down to it as ACKs come back
 * upstream: net/ipv4/tcp_input.c:2639
 * https://elixir.bootlin.com/linux/v5.4/source/net/ipv4/tcp_input.c#L2639
 */
void tcp_enter_recovery(struct sock *sk, bool ece_ack)
{
	struct tcp_sock *tp = tcp_sk(sk);
	int mib_idx;

	if (tcp_is_reno(tp))
		mib_idx = LINUX_MIB_TCPRENORECOVERY;
	else
		mib_idx = LINUX_MIB_TCPSACKRECOVERY;

	NET_INC_STATS(sock_net(sk), mib_idx);

	tp->prior_ssthresh = 0;
	tcp_init_undo(tp);

	if (!tcp_in_cwnd_reduction(sk)) {
		if (!ece_ack)
			tp->prior_ssthresh = tcp_current_ssthresh(sk);
		tcp_init_cwnd_reduction(sk);
	}
	tcp_set_ca_state(sk, TCP_CA_Recovery);
}

/*
 * tcp_enter_loss -- the RTO fired: every segment in flight counts as lost,
 * ssthresh = cwnd/2, cwnd = 1 more than what is still in flight
 * upstream: net/ipv4/tcp_input.c:1985
 * https://elixir.bootlin.com/linux/v5.4/source/net/ipv4/tcp_input.c#L1985
 */
void tcp_enter_loss(struct sock *sk)
{
	const struct inet_connection_sock *icsk = inet_csk(sk);
	struct tcp_sock *tp = tcp_sk(sk);
	struct net *net = sock_net(sk);
	bool new_recovery = icsk->icsk_ca_state < TCP_CA_Recovery;

	tcp_timeout_mark_lost(sk);

	if (icsk->icsk_ca_state <= TCP_CA_Disorder ||
	    !after(tp->high_seq, tp->snd_una) ||
	    (icsk->icsk_ca_state == TCP_CA_Loss && !icsk->icsk_retransmits)) {
		tp->prior_ssthresh = tcp_current_ssthresh(sk);
		tp->prior_cwnd = tp->snd_cwnd;
		tp->snd_ssthresh = icsk->icsk_ca_ops->ssthresh(sk);
		tcp_ca_event(sk, CA_EVENT_LOSS);
		tcp_init_undo(tp);
	}
	/* everything is marked lost, so nothing counts as in flight: cwnd is 1 */
	tp->snd_cwnd	   = tcp_packets_in_flight(tp) + 1;
	tp->snd_cwnd_cnt   = 0;
	tp->snd_cwnd_stamp = tcp_jiffies32;

	if (icsk->icsk_ca_state <= TCP_CA_Disorder &&
	    tp->sacked_out >= net->ipv4.sysctl_tcp_reordering)
		tp->reordering = min_t(unsigned int, tp->reordering,
				       net->ipv4.sysctl_tcp_reordering);
	tcp_set_ca_state(sk, TCP_CA_Loss);
	tp->high_seq = tp->snd_nxt;
	tcp_ecn_queue_cwr(tp);

	tp->frto = net->ipv4.sysctl_tcp_frto &&
		   (new_recovery || icsk->icsk_retransmits) &&
		   !inet_csk(sk)->icsk_mtup.probe_size;
}

/*
 * tcp_data_queue_ofo -- a segment after a hole: keep it in the out-of-order
 * rbtree, in sequence order, and ACK at once (a duplicate ACK for the sender)
 * upstream: net/ipv4/tcp_input.c:4540
 * https://elixir.bootlin.com/linux/v5.4/source/net/ipv4/tcp_input.c#L4540
 */
static void tcp_data_queue_ofo(struct sock *sk, struct sk_buff *skb)
{
	struct tcp_sock *tp = tcp_sk(sk);
	struct rb_node **p, *parent;
	struct sk_buff *skb1;
	u32 seq, end_seq;
	bool fragstolen;

	tcp_ecn_check_ce(sk, skb);

	if (unlikely(tcp_try_rmem_schedule(sk, skb, skb->truesize))) {
		NET_INC_STATS(sock_net(sk), LINUX_MIB_TCPOFODROP);
		tcp_drop(sk, skb);
		return;
	}

	tp->pred_flags = 0;
	inet_csk_schedule_ack(sk);

	tp->rcv_ooopack += max_t(u16, 1, skb_shinfo(skb)->gso_segs);
	NET_INC_STATS(sock_net(sk), LINUX_MIB_TCPOFOQUEUE);
	seq = TCP_SKB_CB(skb)->seq;
	end_seq = TCP_SKB_CB(skb)->end_seq;

	p = &tp->out_of_order_queue.rb_node;
	/* the first segment after the hole starts the out-of-order queue */
	if (RB_EMPTY_ROOT(&tp->out_of_order_queue)) {
		if (tcp_is_sack(tp)) {
			tp->rx_opt.num_sacks = 1;
			tp->selective_acks[0].start_seq = seq;
			tp->selective_acks[0].end_seq = end_seq;
		}
		rb_link_node(&skb->rbnode, NULL, p);
		rb_insert_color(&skb->rbnode, &tp->out_of_order_queue);
		tp->ooo_last_skb = skb;
		goto end;
	}

	if (tcp_ooo_try_coalesce(sk, tp->ooo_last_skb,
				 skb, &fragstolen)) {
coalesce_done:
		tcp_grow_window(sk, skb);
		kfree_skb_partial(skb, fragstolen);
		skb = NULL;
		goto add_sack;
	}
	if (!before(seq, TCP_SKB_CB(tp->ooo_last_skb)->end_seq)) {
		parent = &tp->ooo_last_skb->rbnode;
		p = &parent->rb_right;
		goto insert;
	}

	parent = NULL;
	while (*p) {
		parent = *p;
		skb1 = rb_to_skb(parent);
		if (before(seq, TCP_SKB_CB(skb1)->seq)) {
			p = &parent->rb_left;
			continue;
		}
		if (before(seq, TCP_SKB_CB(skb1)->end_seq)) {
			if (!after(end_seq, TCP_SKB_CB(skb1)->end_seq)) {
				NET_INC_STATS(sock_net(sk),
					      LINUX_MIB_TCPOFOMERGE);
				tcp_drop(sk, skb);
				skb = NULL;
				tcp_dsack_set(sk, seq, end_seq);
				goto add_sack;
			}
			if (after(seq, TCP_SKB_CB(skb1)->seq)) {
				tcp_dsack_set(sk, seq, TCP_SKB_CB(skb1)->end_seq);
			} else {
				rb_replace_node(&skb1->rbnode, &skb->rbnode,
						&tp->out_of_order_queue);
				tcp_dsack_extend(sk,
						 TCP_SKB_CB(skb1)->seq,
						 TCP_SKB_CB(skb1)->end_seq);
				NET_INC_STATS(sock_net(sk),
					      LINUX_MIB_TCPOFOMERGE);
				tcp_drop(sk, skb1);
				goto merge_right;
			}
		} else if (tcp_ooo_try_coalesce(sk, skb1,
						skb, &fragstolen)) {
			goto coalesce_done;
		}
		p = &parent->rb_right;
	}
insert:
	rb_link_node(&skb->rbnode, parent, p);
	rb_insert_color(&skb->rbnode, &tp->out_of_order_queue);

merge_right:
	while ((skb1 = skb_rb_next(skb)) != NULL) {
		if (!after(end_seq, TCP_SKB_CB(skb1)->seq))
			break;
		if (before(end_seq, TCP_SKB_CB(skb1)->end_seq)) {
			tcp_dsack_extend(sk, TCP_SKB_CB(skb1)->seq,
					 end_seq);
			break;
		}
		rb_erase(&skb1->rbnode, &tp->out_of_order_queue);
		tcp_dsack_extend(sk, TCP_SKB_CB(skb1)->seq,
				 TCP_SKB_CB(skb1)->end_seq);
		NET_INC_STATS(sock_net(sk), LINUX_MIB_TCPOFOMERGE);
		tcp_drop(sk, skb1);
	}
	if (!skb1)
		tp->ooo_last_skb = skb;

add_sack:
	if (tcp_is_sack(tp))
		tcp_sack_new_ofo_skb(sk, seq, end_seq);
end:
	if (skb) {
		tcp_grow_window(sk, skb);
		skb_condense(skb);
		skb_set_owner_r(skb, sk);
	}
}

/*
 * tcp_ofo_queue -- rcv_nxt moved: out-of-order segments now in order go to the
 * receive queue
 * upstream: net/ipv4/tcp_input.c:4473
 * https://elixir.bootlin.com/linux/v5.4/source/net/ipv4/tcp_input.c#L4473
 */
static void tcp_ofo_queue(struct sock *sk)
{
	struct tcp_sock *tp = tcp_sk(sk);
	__u32 dsack_high = tp->rcv_nxt;
	bool fin, fragstolen, eaten;
	struct sk_buff *skb, *tail;
	struct rb_node *p;

	p = rb_first(&tp->out_of_order_queue);
	while (p) {
		skb = rb_to_skb(p);
		/* still a hole before this one: stop */
		if (after(TCP_SKB_CB(skb)->seq, tp->rcv_nxt))
			break;

		if (before(TCP_SKB_CB(skb)->seq, dsack_high)) {
			__u32 dsack = dsack_high;
			if (before(TCP_SKB_CB(skb)->end_seq, dsack_high))
				dsack_high = TCP_SKB_CB(skb)->end_seq;
			tcp_dsack_extend(sk, TCP_SKB_CB(skb)->seq, dsack);
		}
		p = rb_next(p);
		rb_erase(&skb->rbnode, &tp->out_of_order_queue);

		if (unlikely(!after(TCP_SKB_CB(skb)->end_seq, tp->rcv_nxt))) {
			tcp_drop(sk, skb);
			continue;
		}

		tail = skb_peek_tail(&sk->sk_receive_queue);
		eaten = tail && tcp_try_coalesce(sk, tail, skb, &fragstolen);
		tcp_rcv_nxt_update(tp, TCP_SKB_CB(skb)->end_seq);
		fin = TCP_SKB_CB(skb)->tcp_flags & TCPHDR_FIN;
		if (!eaten)
			__skb_queue_tail(&sk->sk_receive_queue, skb);
		else
			kfree_skb_partial(skb, fragstolen);

		if (unlikely(fin)) {
			tcp_fin(sk);
			break;
		}
	}
}

/*
 * tcp_check_space -- ACKs freed send buffer: if a writer found it full
 * (SOCK_NOSPACE), tcp_new_space wakes it
 * upstream: net/ipv4/tcp_input.c:5200
 * https://elixir.bootlin.com/linux/v5.4/source/net/ipv4/tcp_input.c#L5200
 */
static void tcp_check_space(struct sock *sk)
{
	if (sock_flag(sk, SOCK_QUEUE_SHRUNK)) {
		sock_reset_flag(sk, SOCK_QUEUE_SHRUNK);
		smp_mb();
		if (sk->sk_socket &&
		    test_bit(SOCK_NOSPACE, &sk->sk_socket->flags)) {
			tcp_new_space(sk);
			if (!test_bit(SOCK_NOSPACE, &sk->sk_socket->flags))
				tcp_chrono_stop(sk, TCP_CHRONO_SNDBUF_LIMITED);
		}
	}
}

/*
 * tcp_data_snd_check -- after an ACK: send what the windows now allow, and wake a writer
 * upstream: net/ipv4/tcp_input.c:5215
 * https://elixir.bootlin.com/linux/v5.4/source/net/ipv4/tcp_input.c#L5215
 */
static inline void tcp_data_snd_check(struct sock *sk)
{
	tcp_push_pending_frames(sk);
	tcp_check_space(sk);
}
