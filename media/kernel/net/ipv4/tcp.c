// SPDX-License-Identifier: GPL-2.0
/*
 * net/ipv4/tcp.c -- the address-family independent half of TCP: setting up
 * a new tcp_sock, sendmsg/recvmsg from user space, the one TCP state setter,
 * and shutdown/close/disconnect.
 *
 * Abridged rendition for sockwalk, Linux v5.4; annotations are ours.
 * Upstream: net/ipv4/tcp.c (Linux v5.4). "......" marks omitted code.
 */

/*
 * tcp_init_sock -- defaults shared by IPv4 and IPv6 TCP sockets
 * upstream: net/ipv4/tcp.c:408
 * https://elixir.bootlin.com/linux/v5.4/source/net/ipv4/tcp.c#L408
 */
void tcp_init_sock(struct sock *sk)
{
	/* One object, three views: tcp_sock begins with inet_connection_sock,
	 * which begins with inet_sock, which begins with sock. The casts only
	 * change the type of the pointer, never its value. */
	struct inet_connection_sock *icsk = inet_csk(sk);
	struct tcp_sock *tp = tcp_sk(sk);

	/* out-of-order data and sent-but-unacked data live in red-black trees */
	tp->out_of_order_queue = RB_ROOT;
	sk->tcp_rtx_queue = RB_ROOT;
	/* retransmit, delayed-ACK and keepalive timers (not armed yet) */
	tcp_init_xmit_timers(sk);
	......
	/* the first retransmission timeout: TCP_TIMEOUT_INIT, one second */
	icsk->icsk_rto = TCP_TIMEOUT_INIT;
	......
	/* initial congestion window, no slow-start threshold yet */
	tp->snd_cwnd = TCP_INIT_CWND;
	......
	tp->snd_ssthresh = TCP_INFINITE_SSTHRESH;
	......
	/* 536 until the peer tells us its MSS */
	tp->mss_cache = TCP_MSS_DEFAULT;
	......
	/* net.ipv4.tcp_congestion_control (cubic by default) */
	tcp_assign_congestion_control(sk);
	tp->tsoffset = 0;
	......
	/* a plain store (already CLOSE since sock_init_data): no tracepoint fires */
	sk->sk_state = TCP_CLOSE;
	sk->sk_write_space = sk_stream_write_space;
	sock_set_flag(sk, SOCK_USE_WRITE_QUEUE);
	icsk->icsk_sync_mss = tcp_sync_mss;
	/* buffer sizes: the middle values of net.ipv4.tcp_wmem and tcp_rmem */
	WRITE_ONCE(sk->sk_sndbuf, sock_net(sk)->ipv4.sysctl_tcp_wmem[1]);
	WRITE_ONCE(sk->sk_rcvbuf, sock_net(sk)->ipv4.sysctl_tcp_rmem[1]);
	sk_sockets_allocated_inc(sk);
	......
}

/*
 * tcp_xmit_size_goal -- how many bytes one skb of the write queue may hold: as
 * many whole MSS as a GSO packet of the route's device takes, at most half the
 * peer's largest window
 * upstream: net/ipv4/tcp.c:905
 * https://elixir.bootlin.com/linux/v5.4/source/net/ipv4/tcp.c#L905
 */
static unsigned int tcp_xmit_size_goal(struct sock *sk, u32 mss_now,
				       int large_allowed)
{
	struct tcp_sock *tp = tcp_sk(sk);
	u32 new_size_goal, size_goal;

	/* urgent data (MSG_OOB) goes one MSS an skb */
	if (!large_allowed)
		return mss_now;

	/* 65536 - 1 - 320: a GSO packet's bytes, less the room for headers */
	new_size_goal = sk->sk_gso_max_size - 1 - MAX_TCP_HEADER;
	new_size_goal = tcp_bound_to_half_wnd(tp, new_size_goal);

	/* tp->gso_segs remembers the last goal in segments: no divide while it holds */
	size_goal = tp->gso_segs * mss_now;
	if (unlikely(new_size_goal < size_goal ||
		     new_size_goal >= size_goal + mss_now)) {
		tp->gso_segs = min_t(u16, new_size_goal / mss_now,
				     sk->sk_gso_max_segs);
		size_goal = tp->gso_segs * mss_now;
	}

	return max(size_goal, mss_now);
}

/*
 * tcp_send_mss -- the MSS to send with now, and the size goal of an skb
 * upstream: net/ipv4/tcp.c:930
 * https://elixir.bootlin.com/linux/v5.4/source/net/ipv4/tcp.c#L930
 */
static int tcp_send_mss(struct sock *sk, int *size_goal, int flags)
{
	int mss_now;

	mss_now = tcp_current_mss(sk);
	*size_goal = tcp_xmit_size_goal(sk, mss_now, !(flags & MSG_OOB));

	return mss_now;
}

/*
 * tcp_sendmsg_locked -- the work of write()/send() on a TCP socket, with the socket
 * lock held: copy the user's bytes into MSS-sized skbs on the write queue,
 * send each full one as it fills, push the rest at the end; sleep while the
 * send buffer is full
 * upstream: net/ipv4/tcp.c:1179
 * https://elixir.bootlin.com/linux/v5.4/source/net/ipv4/tcp.c#L1179
 */
int tcp_sendmsg_locked(struct sock *sk, struct msghdr *msg, size_t size)
{
	struct tcp_sock *tp = tcp_sk(sk);
	struct ubuf_info *uarg = NULL;
	struct sk_buff *skb;
	struct sockcm_cookie sockc;
	int flags, err, copied = 0;
	int mss_now = 0, size_goal, copied_syn = 0;
	int process_backlog = 0;
	bool zc = false;
	long timeo;

	flags = msg->msg_flags;

	......

	/* how long we may sleep: 0 with MSG_DONTWAIT or O_NONBLOCK */
	timeo = sock_sndtimeo(sk, flags & MSG_DONTWAIT);

	......

	/* not ESTABLISHED or CLOSE_WAIT yet: wait for the handshake to finish
	 * (a socket that never connected fails with EPIPE here) */
	if (((1 << sk->sk_state) & ~(TCPF_ESTABLISHED | TCPF_CLOSE_WAIT)) &&
	    !tcp_passive_fastopen(sk)) {
		err = sk_stream_wait_connect(sk, &timeo);
		if (err != 0)
			goto do_error;
	}

	......

	sk_clear_bit(SOCKWQ_ASYNC_NOSPACE, sk);

	copied = 0;

restart:
	/* size_goal: how many bytes one skb may carry (a multiple of the MSS) */
	mss_now = tcp_send_mss(sk, &size_goal, flags);

	/* after shutdown(SHUT_WR), close() or a reset, writing fails with EPIPE */
	err = -EPIPE;
	if (sk->sk_err || (sk->sk_shutdown & SEND_SHUTDOWN))
		goto do_error;

	while (msg_data_left(msg)) {
		int copy = 0;

		/* room left in the last queued (not yet sent) skb? */
		skb = tcp_write_queue_tail(sk);
		if (skb)
			copy = size_goal - skb->len;

		if (copy <= 0 || !tcp_skb_can_collapse_to(skb)) {
			bool first_skb;

new_segment:
			if (!sk_stream_memory_free(sk))
				goto wait_for_sndbuf;

			/* every 16 new skbs: segments that came while we owned the
			 * socket (on sk_backlog) are run now, then we start over */
			if (unlikely(process_backlog >= 16)) {
				process_backlog = 0;
				if (sk_flush_backlog(sk))
					goto restart;
			}
			first_skb = tcp_rtx_and_write_queues_empty(sk);
			/* a new skb, to be filled up to size_goal: many MSS, sent as GSO packets */
			skb = sk_stream_alloc_skb(sk, 0, sk->sk_allocation,
						  first_skb);
			if (!skb)
				goto wait_for_memory;

			process_backlog++;
			skb->ip_summed = CHECKSUM_PARTIAL;

			/* seq = end_seq = write_seq, flags = ACK, appended to sk_write_queue */
			skb_entail(sk, skb);
			copy = size_goal;

			if (tp->repair)
				TCP_SKB_CB(skb)->sacked |= TCPCB_REPAIRED;
		}

		if (copy > msg_data_left(msg))
			copy = msg_data_left(msg);

		/* copy the user's bytes into the skb */
		if (skb_availroom(skb) > 0 && !zc) {
			copy = min_t(int, copy, skb_availroom(skb));
			err = skb_add_data_nocache(sk, skb, &msg->msg_iter, copy);
			if (err)
				goto do_fault;
		} else if (!zc) {
			bool merge = true;
			int i = skb_shinfo(skb)->nr_frags;
			struct page_frag *pfrag = sk_page_frag(sk);

			if (!sk_page_frag_refill(sk, pfrag))
				goto wait_for_memory;

			if (!skb_can_coalesce(skb, i, pfrag->page,
					      pfrag->offset)) {
				if (i >= sysctl_max_skb_frags) {
					tcp_mark_push(tp, skb);
					goto new_segment;
				}
				merge = false;
			}

			copy = min_t(int, copy, pfrag->size - pfrag->offset);

			if (!sk_wmem_schedule(sk, copy))
				goto wait_for_memory;

			err = skb_copy_to_page_nocache(sk, &msg->msg_iter, skb,
						       pfrag->page,
						       pfrag->offset,
						       copy);
			if (err)
				goto do_error;

			if (merge) {
				skb_frag_size_add(&skb_shinfo(skb)->frags[i - 1], copy);
			} else {
				skb_fill_page_desc(skb, i, pfrag->page,
						   pfrag->offset, copy);
				page_ref_inc(pfrag->page);
			}
			pfrag->offset += copy;
		} else {
	......
		}

		if (!copied)
			TCP_SKB_CB(skb)->tcp_flags &= ~TCPHDR_PSH;

		/* write_seq: sequence number of the next byte the user hands us */
		WRITE_ONCE(tp->write_seq, tp->write_seq + copy);
		TCP_SKB_CB(skb)->end_seq += copy;
		tcp_skb_pcount_set(skb, 0);

		copied += copy;
		if (!msg_data_left(msg)) {
			if (unlikely(flags & MSG_EOR))
				TCP_SKB_CB(skb)->eor = 1;
			goto out;
		}

		/* this skb can take more: keep filling it */
		if (skb->len < size_goal || (flags & MSG_OOB) || unlikely(tp->repair))
			continue;

		/* a full skb: send now if we are far ahead of the last PSH */
		if (forced_push(tp)) {
			tcp_mark_push(tp, skb);
			__tcp_push_pending_frames(sk, mss_now, TCP_NAGLE_PUSH);
		} else if (skb == tcp_send_head(sk))
			tcp_push_one(sk, mss_now);
		continue;

wait_for_sndbuf:
		set_bit(SOCK_NOSPACE, &sk->sk_socket->flags);
wait_for_memory:
		if (copied)
			tcp_push(sk, flags & ~MSG_MORE, mss_now,
				 TCP_NAGLE_PUSH, size_goal);

		/* send buffer full: sleep until ACKs free space (EAGAIN if non-blocking) */
		err = sk_stream_wait_memory(sk, &timeo);
		if (err != 0)
			goto do_error;

		mss_now = tcp_send_mss(sk, &size_goal, flags);
	}

out:
	/* hand the queue to the output engine (Nagle and cork aware):
	 * tcp_push -> tcp_write_xmit -> tcp_transmit_skb */
	if (copied) {
		tcp_tx_timestamp(sk, sockc.tsflags);
		tcp_push(sk, flags, mss_now, tp->nonagle, size_goal);
	}
out_nopush:
	sock_zerocopy_put(uarg);
	return copied + copied_syn;

do_error:
	skb = tcp_write_queue_tail(sk);
do_fault:
	tcp_remove_empty_skb(sk, skb);

	if (copied + copied_syn)
		goto out;
out_err:
	sock_zerocopy_put_abort(uarg, true);
	/* nothing queued: the error goes back; EPIPE also raises SIGPIPE
	 * unless MSG_NOSIGNAL was given */
	err = sk_stream_error(sk, flags, err);
	if (unlikely(skb_queue_len(&sk->sk_write_queue) == 0 &&
		     err == -EAGAIN)) {
		sk->sk_write_space(sk);
		tcp_chrono_stop(sk, TCP_CHRONO_SNDBUF_LIMITED);
	}
	return err;
}

/*
 * tcp_sendmsg -- write()/send() on a TCP socket (proto->sendmsg)
 * upstream: net/ipv4/tcp.c:1431
 * https://elixir.bootlin.com/linux/v5.4/source/net/ipv4/tcp.c#L1431
 */
int tcp_sendmsg(struct sock *sk, struct msghdr *msg, size_t size)
{
	int ret;

	/* the socket lock: segments arriving meanwhile wait on sk_backlog */
	lock_sock(sk);
	ret = tcp_sendmsg_locked(sk, msg, size);
	/* runs the segments that waited on sk_backlog */
	release_sock(sk);

	/* the byte count (or an error) */
	return ret;
}

/*
 * tcp_cleanup_rbuf -- after a read: send the ACK the delayed-ACK engine held, or a
 * window update when the read freed enough of the receive buffer
 * upstream: net/ipv4/tcp.c:1523
 * https://elixir.bootlin.com/linux/v5.4/source/net/ipv4/tcp.c#L1523
 */
static void tcp_cleanup_rbuf(struct sock *sk, int copied)
{
	struct tcp_sock *tp = tcp_sk(sk);
	bool time_to_ack = false;

	struct sk_buff *skb = skb_peek(&sk->sk_receive_queue);

	WARN(skb && !before(tp->copied_seq, TCP_SKB_CB(skb)->end_seq),
	     "cleanup rbuf bug: copied %X seq %X rcvnxt %X\n",
	     tp->copied_seq, TCP_SKB_CB(skb)->end_seq, tp->rcv_nxt);

	if (inet_csk_ack_scheduled(sk)) {
		const struct inet_connection_sock *icsk = inet_csk(sk);
		/* a second full segment came in, or the reader drained a small pushed one */
		if (icsk->icsk_ack.blocked ||
		    tp->rcv_nxt - tp->rcv_wup > icsk->icsk_ack.rcv_mss ||
		    (copied > 0 &&
		     ((icsk->icsk_ack.pending & ICSK_ACK_PUSHED2) ||
		      ((icsk->icsk_ack.pending & ICSK_ACK_PUSHED) &&
		       !inet_csk_in_pingpong_mode(sk))) &&
		      !atomic_read(&sk->sk_rmem_alloc)))
			time_to_ack = true;
	}

	if (copied > 0 && !time_to_ack && !(sk->sk_shutdown & RCV_SHUTDOWN)) {
		__u32 rcv_window_now = tcp_receive_window(tp);

		if (2*rcv_window_now <= tp->window_clamp) {
			__u32 new_window = __tcp_select_window(sk);

			if (new_window && new_window >= 2 * rcv_window_now)
				time_to_ack = true;
		}
	}
	if (time_to_ack)
		tcp_send_ack(sk);
}

/*
 * tcp_recvmsg -- read()/recv() on a TCP socket (proto->recvmsg): copy what is
 * queued in order, at least target bytes (1, or all of len with MSG_WAITALL),
 * sleeping in sk_wait_data until they come
 * upstream: net/ipv4/tcp.c:1947
 * https://elixir.bootlin.com/linux/v5.4/source/net/ipv4/tcp.c#L1947
 */
int tcp_recvmsg(struct sock *sk, struct msghdr *msg, size_t len, int nonblock,
		int flags, int *addr_len)
{
	struct tcp_sock *tp = tcp_sk(sk);
	int copied = 0;
	u32 peek_seq;
	u32 *seq;
	unsigned long used;
	int err, inq;
	int target;
	long timeo;
	struct sk_buff *skb, *last;
	u32 urg_hole = 0;
	struct scm_timestamping_internal tss;
	bool has_tss = false;
	bool has_cmsg;

	if (unlikely(flags & MSG_ERRQUEUE))
		return inet_recv_error(sk, msg, len, addr_len);

	if (sk_can_busy_loop(sk) && skb_queue_empty_lockless(&sk->sk_receive_queue) &&
	    (sk->sk_state == TCP_ESTABLISHED))
		sk_busy_loop(sk, nonblock);

	lock_sock(sk);

	/* a listening socket has no byte stream to read */
	err = -ENOTCONN;
	if (sk->sk_state == TCP_LISTEN)
		goto out;

	has_cmsg = tp->recvmsg_inq;
	/* 0 for O_NONBLOCK or MSG_DONTWAIT: never sleep */
	timeo = sock_rcvtimeo(sk, nonblock);

	if (flags & MSG_OOB)
		goto recv_urg;

	if (unlikely(tp->repair)) {
		err = -EPERM;
		if (!(flags & MSG_PEEK))
			goto out;

		if (tp->repair_queue == TCP_SEND_QUEUE)
			goto recv_sndq;

		err = -EINVAL;
		if (tp->repair_queue == TCP_NO_QUEUE)
			goto out;

	}

	/* copied_seq: the next byte the application will read */
	seq = &tp->copied_seq;
	if (flags & MSG_PEEK) {
		peek_seq = tp->copied_seq;
		seq = &peek_seq;
	}

	/* SO_RCVLOWAT / MSG_WAITALL: how much to gather before returning */
	target = sock_rcvlowat(sk, flags & MSG_WAITALL, len);

	do {
		u32 offset;

		if (tp->urg_data && tp->urg_seq == *seq) {
			if (copied)
				break;
			if (signal_pending(current)) {
				copied = timeo ? sock_intr_errno(timeo) : -EAGAIN;
				break;
			}
		}

		/* find the skb holding byte *seq; tcp_data_queue keeps this queue in order */
		last = skb_peek_tail(&sk->sk_receive_queue);
		skb_queue_walk(&sk->sk_receive_queue, skb) {
			last = skb;
			if (WARN(before(*seq, TCP_SKB_CB(skb)->seq),
				 "TCP recvmsg seq # bug: copied %X, seq %X, rcvnxt %X, fl %X\n",
				 *seq, TCP_SKB_CB(skb)->seq, tp->rcv_nxt,
				 flags))
				break;

			offset = *seq - TCP_SKB_CB(skb)->seq;
			if (unlikely(TCP_SKB_CB(skb)->tcp_flags & TCPHDR_SYN)) {
				pr_err_once("%s: found a SYN, please report !\n", __func__);
				offset--;
			}
			if (offset < skb->len)
				goto found_ok_skb;
			/* the peer's FIN sits after its last data byte */
			if (TCP_SKB_CB(skb)->tcp_flags & TCPHDR_FIN)
				goto found_fin_ok;
			WARN(!(flags & MSG_PEEK),
			     "TCP recvmsg seq # bug 2: copied %X, seq %X, rcvnxt %X, fl %X\n",
			     *seq, TCP_SKB_CB(skb)->seq, tp->rcv_nxt, flags);
		}

		/* enough, and no segments waiting on the backlog: return */
		if (copied >= target && !sk->sk_backlog.tail)
			break;

		if (copied) {
			if (sk->sk_err ||
			    sk->sk_state == TCP_CLOSE ||
			    (sk->sk_shutdown & RCV_SHUTDOWN) ||
			    !timeo ||
			    signal_pending(current))
				break;
		} else {
			/* the peer's FIN has arrived (tcp_fin set SOCK_DONE), no data left: read() returns 0 */
			if (sock_flag(sk, SOCK_DONE))
				break;

			/* a pending error (e.g. ECONNRESET from tcp_reset) is reported once */
			if (sk->sk_err) {
				copied = sock_error(sk);
				break;
			}

			/* shutdown(SHUT_RD) or the peer's FIN: also 0 */
			if (sk->sk_shutdown & RCV_SHUTDOWN)
				break;

			if (sk->sk_state == TCP_CLOSE) {
				copied = -ENOTCONN;
				break;
			}

			/* O_NONBLOCK (or SO_RCVTIMEO used up) and nothing to read: EAGAIN */
			if (!timeo) {
				copied = -EAGAIN;
				break;
			}

			if (signal_pending(current)) {
				copied = sock_intr_errno(timeo);
				break;
			}
		}

		tcp_cleanup_rbuf(sk, copied);

		if (copied >= target) {
			release_sock(sk);
			lock_sock(sk);
		} else {
			/* nothing to read: sleep without the socket lock until
			 * sk_data_ready (tcp_data_queue) wakes us */
			sk_wait_data(sk, &timeo, last);
		}

		if ((flags & MSG_PEEK) &&
		    (peek_seq - copied - urg_hole != tp->copied_seq)) {
			net_dbg_ratelimited("TCP(%s:%d): Application bug, race in MSG_PEEK\n",
					    current->comm,
					    task_pid_nr(current));
			peek_seq = tp->copied_seq;
		}
		continue;

found_ok_skb:
		used = skb->len - offset;
		if (len < used)
			used = len;

		if (tp->urg_data) {
			u32 urg_offset = tp->urg_seq - *seq;
			if (urg_offset < used) {
				if (!urg_offset) {
					if (!sock_flag(sk, SOCK_URGINLINE)) {
						WRITE_ONCE(*seq, *seq + 1);
						urg_hole++;
						offset++;
						used--;
						if (!used)
							goto skip_copy;
					}
				} else
					used = urg_offset;
			}
		}

		if (!(flags & MSG_TRUNC)) {
		/* copy to the user's buffer */
			err = skb_copy_datagram_msg(skb, offset, msg, used);
			if (err) {
				if (!copied)
					copied = -EFAULT;
				break;
			}
		}

		WRITE_ONCE(*seq, *seq + used);
		copied += used;
		len -= used;

		/* receive-buffer autotuning */
		tcp_rcv_space_adjust(sk);

skip_copy:
		if (tp->urg_data && after(tp->copied_seq, tp->urg_seq)) {
			tp->urg_data = 0;
			tcp_fast_path_check(sk);
		}
		if (used + offset < skb->len)
			continue;

		if (TCP_SKB_CB(skb)->has_rxtstamp) {
			tcp_update_recv_tstamps(skb, &tss);
			has_tss = true;
			has_cmsg = true;
		}
		if (TCP_SKB_CB(skb)->tcp_flags & TCPHDR_FIN)
			goto found_fin_ok;
		if (!(flags & MSG_PEEK))
			sk_eat_skb(sk, skb);
		continue;

found_fin_ok:
		/* the FIN takes one sequence number; consuming it ends this read */
		WRITE_ONCE(*seq, *seq + 1);
		if (!(flags & MSG_PEEK))
			sk_eat_skb(sk, skb);
		break;
	} while (len > 0);

	/* freed buffer space may deserve a window-update ACK right now */
	tcp_cleanup_rbuf(sk, copied);

	release_sock(sk);

	if (has_cmsg) {
		if (has_tss)
			tcp_recv_timestamp(msg, sk, &tss);
		if (tp->recvmsg_inq) {
			inq = tcp_inq_hint(sk);
			put_cmsg(msg, SOL_TCP, TCP_CM_INQ, sizeof(inq), &inq);
		}
	}

	return copied;

out:
	release_sock(sk);
	return err;

recv_urg:
	err = tcp_recv_urg(sk, msg, len, flags);
	goto out;

recv_sndq:
	err = tcp_peek_sndq(sk, msg, len);
	goto out;
}

/*
 * tcp_set_state -- the single place where a TCP socket changes state
 * upstream: net/ipv4/tcp.c:2211
 * https://elixir.bootlin.com/linux/v5.4/source/net/ipv4/tcp.c#L2211
 */
void tcp_set_state(struct sock *sk, int state)
{
	int oldstate = sk->sk_state;

	/* ...... compile-time checks that TCP_* equal BPF_TCP_*, BPF state callback */
	......
	switch (state) {
	case TCP_ESTABLISHED:
		/* CurrEstab: connections currently ESTABLISHED (or CLOSE_WAIT) */
		if (oldstate != TCP_ESTABLISHED)
			TCP_INC_STATS(sock_net(sk), TCP_MIB_CURRESTAB);
		break;
	case TCP_CLOSE:
		/* EstabResets: a connection aborted from ESTABLISHED or CLOSE_WAIT */
		if (oldstate == TCP_CLOSE_WAIT || oldstate == TCP_ESTABLISHED)
			TCP_INC_STATS(sock_net(sk), TCP_MIB_ESTABRESETS);
		/* leave the lookup tables: inet_unhash drops the sock from ehash
		 * (or from the listening hash for a listener) */
		sk->sk_prot->unhash(sk);
		/* give the local port back, unless bind() chose it explicitly */
		if (inet_csk(sk)->icsk_bind_hash &&
		    !(sk->sk_userlocks & SOCK_BINDPORT_LOCK))
			inet_put_port(sk);
		/* fall through */
	default:
		if (oldstate == TCP_ESTABLISHED)
			TCP_DEC_STATS(sock_net(sk), TCP_MIB_CURRESTAB);
	}
	/* the new state is stored last, so a CLOSE socket never sits in a hash
	 * table; inet_sk_state_store fires sock:inet_sock_set_state */
	inet_sk_state_store(sk, state);
}

/*
 * new_state -- what close() or shutdown(SHUT_WR) does in each state:
 * the next state, plus TCP_ACTION_FIN when a FIN must be sent
 * upstream: net/ipv4/tcp.c:2273
 * https://elixir.bootlin.com/linux/v5.4/source/net/ipv4/tcp.c#L2273
 */
static const unsigned char new_state[16] = {
	/* index: current state      value: next state | action */
	[0 /* (Invalid) */]     = TCP_CLOSE,
	/* active close: send FIN, wait for its ACK */
	[TCP_ESTABLISHED]       = TCP_FIN_WAIT1 | TCP_ACTION_FIN,
	/* connect() still pending: just drop it, no FIN, no RST */
	[TCP_SYN_SENT]          = TCP_CLOSE,
	[TCP_SYN_RECV]          = TCP_FIN_WAIT1 | TCP_ACTION_FIN,
	[TCP_FIN_WAIT1]         = TCP_FIN_WAIT1,
	[TCP_FIN_WAIT2]         = TCP_FIN_WAIT2,
	[TCP_TIME_WAIT]         = TCP_CLOSE,
	[TCP_CLOSE]             = TCP_CLOSE,
	/* passive close: the peer already sent its FIN, now we send ours */
	[TCP_CLOSE_WAIT]        = TCP_LAST_ACK | TCP_ACTION_FIN,
	[TCP_LAST_ACK]          = TCP_LAST_ACK,
	[TCP_LISTEN]            = TCP_CLOSE,
	[TCP_CLOSING]           = TCP_CLOSING,
	/* request socks never reach this table */
	[TCP_NEW_SYN_RECV]      = TCP_CLOSE,
};

/*
 * tcp_close_state -- apply one row of new_state[]
 * upstream: net/ipv4/tcp.c:2290
 * https://elixir.bootlin.com/linux/v5.4/source/net/ipv4/tcp.c#L2290
 */
static int tcp_close_state(struct sock *sk)
{
	/* the row for the current state */
	int next = (int)new_state[sk->sk_state];
	int ns = next & TCP_STATE_MASK;

	/* e.g. ESTABLISHED -> FIN_WAIT1, CLOSE_WAIT -> LAST_ACK, SYN_SENT -> CLOSE */
	tcp_set_state(sk, ns);
	/* non-zero: the caller must now send a FIN */
	return next & TCP_ACTION_FIN;
}

/*
 * tcp_shutdown -- shutdown() after inet_shutdown has set sk_shutdown
 * upstream: net/ipv4/tcp.c:2305
 * https://elixir.bootlin.com/linux/v5.4/source/net/ipv4/tcp.c#L2305
 */
void tcp_shutdown(struct sock *sk, int how)
{
	/* only the sending half needs TCP work: SHUT_RD sends nothing */
	if (!(how & SEND_SHUTDOWN))
		return;
	/* states in which no FIN has been sent yet (SYN_SENT was already
	 * turned into a disconnect by inet_shutdown) */
	if ((1 << sk->sk_state) &
	    (TCPF_ESTABLISHED | TCPF_SYN_SENT |
	     TCPF_SYN_RECV | TCPF_CLOSE_WAIT)) {
		/* e.g. ESTABLISHED -> FIN_WAIT1, then the FIN goes out */
		if (tcp_close_state(sk))
			tcp_send_fin(sk);
	}
}

/*
 * tcp_close -- proto->close, reached from close(fd) via inet_release
 * upstream: net/ipv4/tcp.c:2339
 * https://elixir.bootlin.com/linux/v5.4/source/net/ipv4/tcp.c#L2339
 */
void tcp_close(struct sock *sk, long timeout)
{
	struct sk_buff *skb;
	int data_was_unread = 0;
	int state;

	lock_sock(sk);
	/* neither reading nor writing any more from this end */
	sk->sk_shutdown = SHUTDOWN_MASK;
	if (sk->sk_state == TCP_LISTEN) {
		/* LISTEN -> CLOSE: unhash the listener and release its port */
		tcp_set_state(sk, TCP_CLOSE);
		/* children still on the accept queue are reset and destroyed;
		 * request socks in ehash die later (their timer sees no listener) */
		inet_csk_listen_stop(sk);
		goto adjudge_to_death;
	}
	/* throw away what the application never read, counting the bytes */
	while ((skb = __skb_dequeue(&sk->sk_receive_queue)) != NULL) {
		u32 len = TCP_SKB_CB(skb)->end_seq - TCP_SKB_CB(skb)->seq;

		......
		data_was_unread += len;
		__kfree_skb(skb);
	}
	......
	/* already reset by the peer (tcp_reset): nothing to send */
	if (sk->sk_state == TCP_CLOSE)
		goto adjudge_to_death;
	if (unlikely(tcp_sk(sk)->repair)) {
		......
	} else if (data_was_unread) {
		/* unread data was lost: abort with a RST instead of a FIN (RFC 2525 2.17) */
		NET_INC_STATS(sock_net(sk), LINUX_MIB_TCPABORTONCLOSE);
		tcp_set_state(sk, TCP_CLOSE);
		tcp_send_active_reset(sk, sk->sk_allocation);
	} else if (sock_flag(sk, SOCK_LINGER) && !sk->sk_lingertime) {
		/* SO_LINGER with a zero timeout: abort through tcp_disconnect (RST) */
		sk->sk_prot->disconnect(sk, 0);
		......
	} else if (tcp_close_state(sk)) {
		/* the normal path: ESTABLISHED -> FIN_WAIT1 or CLOSE_WAIT -> LAST_ACK, then a FIN */
		tcp_send_fin(sk);
	}
	/* with SO_LINGER, sleep until our FIN is acked or the time runs out */
	sk_stream_wait_close(sk, timeout);
adjudge_to_death:
	state = sk->sk_state;
	sock_hold(sk);
	/* detach from the struct socket: SOCK_DEAD, sk_socket = NULL -- an orphan */
	sock_orphan(sk);
	......
	percpu_counter_inc(sk->sk_prot->orphan_count);
	......
	if (sk->sk_state == TCP_FIN_WAIT2) {
		struct tcp_sock *tp = tcp_sk(sk);

		if (tp->linger2 < 0) {
			/* ...... TCP_LINGER2 < 0: abort with a RST */
			......
		} else {
			const int tmo = tcp_fin_time(sk);

			if (tmo > TCP_TIMEWAIT_LEN) {
				inet_csk_reset_keepalive_timer(sk,
						tmo - TCP_TIMEWAIT_LEN);
			} else {
				/* a timewait sock in substate FIN_WAIT2 takes over; this sock ends */
				tcp_time_wait(sk, TCP_FIN_WAIT2, tmo);
				goto out;
			}
		}
	}
	/* ...... too many orphans or out of memory: RST and CLOSE */
	......
	if (sk->sk_state == TCP_CLOSE) {
		......
		/* nothing left to do (listener, SYN_SENT, reset...): free it now;
		 * tcp_v4_destroy_sock fires tcp:tcp_destroy_sock */
		inet_csk_destroy_sock(sk);
	}
out:
	......
	release_sock(sk);
	sock_put(sk);
}

/*
 * tcp_disconnect -- abort a connection and make the socket reusable
 * (proto->disconnect: connect(AF_UNSPEC), SO_LINGER 0, listener teardown)
 * upstream: net/ipv4/tcp.c:2561
 * https://elixir.bootlin.com/linux/v5.4/source/net/ipv4/tcp.c#L2561
 */
int tcp_disconnect(struct sock *sk, int flags)
{
	struct inet_sock *inet = inet_sk(sk);
	struct inet_connection_sock *icsk = inet_csk(sk);
	struct tcp_sock *tp = tcp_sk(sk);
	int old_state = sk->sk_state;
	u32 seq;

	/* straight to CLOSE: unhash, and release an automatically chosen port */
	if (old_state != TCP_CLOSE)
		tcp_set_state(sk, TCP_CLOSE);
	/* the ABORT call of RFC 793 */
	if (old_state == TCP_LISTEN) {
		inet_csk_listen_stop(sk);
	} else if (unlikely(tp->repair)) {
		sk->sk_err = ECONNABORTED;
	} else if (tcp_need_reset(old_state) ||
		   (tp->snd_nxt != tp->write_seq &&
		    (1 << old_state) & (TCPF_CLOSING | TCPF_LAST_ACK))) {
		/* the peer thinks the connection exists: tell it with a RST */
		tcp_send_active_reset(sk, gfp_any());
		sk->sk_err = ECONNRESET;
	} else if (old_state == TCP_SYN_SENT)
		sk->sk_err = ECONNRESET;

	/* stop all timers and drop every queue */
	tcp_clear_xmit_timers(sk);
	__skb_queue_purge(&sk->sk_receive_queue);
	......
	tcp_write_queue_purge(sk);
	......
	skb_rbtree_purge(&tp->out_of_order_queue);
	/* forget the peer: the socket may connect() again */
	inet->inet_dport = 0;
	if (!(sk->sk_userlocks & SOCK_BINDADDR_LOCK))
		inet_reset_saddr(sk);
	sk->sk_shutdown = 0;
	sock_reset_flag(sk, SOCK_DONE);
	......
	/* a fresh starting point, well past the old sequence space */
	seq = tp->write_seq + tp->max_window + 2;
	if (!seq)
		seq = 1;
	WRITE_ONCE(tp->write_seq, seq);
	icsk->icsk_backoff = 0;
	......
	icsk->icsk_rto = TCP_TIMEOUT_INIT;
	......
	WARN_ON(inet->inet_num && !icsk->icsk_bind_hash);
	......
	/* let poll()/read() waiters see sk_err */
	sk->sk_error_report(sk);
	return 0;
}

/*
 * tcp_done -- the connection is over: move to CLOSE and clean up
 * upstream: net/ipv4/tcp.c:3841
 * https://elixir.bootlin.com/linux/v5.4/source/net/ipv4/tcp.c#L3841
 */
void tcp_done(struct sock *sk)
{
	struct request_sock *req;

	......
	req = rcu_dereference_protected(tcp_sk(sk)->fastopen_rsk, 1);
	/* AttemptFails: a handshake that never completed */
	if (sk->sk_state == TCP_SYN_SENT || sk->sk_state == TCP_SYN_RECV)
		TCP_INC_STATS(sock_net(sk), TCP_MIB_ATTEMPTFAILS);
	/* -> CLOSE: unhash, maybe release the port, tracepoint */
	tcp_set_state(sk, TCP_CLOSE);
	tcp_clear_xmit_timers(sk);
	if (req)
		reqsk_fastopen_remove(sk, req, false);
	sk->sk_shutdown = SHUTDOWN_MASK;
	if (!sock_flag(sk, SOCK_DEAD))
		/* still owned by a file: wake connect(), read() and poll() sleepers */
		sk->sk_state_change(sk);
	else
		/* an orphan: nobody will call close() on it, free it now */
		inet_csk_destroy_sock(sk);
}

/*
 * tcp_poll -- inet_stream_ops.poll: which of EPOLLIN, EPOLLOUT, EPOLLHUP,
 * EPOLLERR a TCP socket has now
 * upstream: net/ipv4/tcp.c:492
 * https://elixir.bootlin.com/linux/v5.4/source/net/ipv4/tcp.c#L492
 */
__poll_t tcp_poll(struct file *file, struct socket *sock, poll_table *wait)
{
	__poll_t mask;
	struct sock *sk = sock->sk;
	const struct tcp_sock *tp = tcp_sk(sk);
	int state;

	/* the poller's entry on the socket's wait queue (poll: pollwake,
	 * epoll: ep_poll_callback), so sk_data_ready and sk_state_change
	 * wake it */
	sock_poll_wait(file, sock, wait);

	state = inet_sk_state_load(sk);
	/* a listener is readable when its accept queue holds a child */
	if (state == TCP_LISTEN)
		return inet_csk_listen_poll(sk);
	......
	mask = 0;
	......
	if (sk->sk_shutdown == SHUTDOWN_MASK || state == TCP_CLOSE)
		mask |= EPOLLHUP;
	/* the peer's FIN (or shutdown(SHUT_RD)): readable, read() gives 0 */
	if (sk->sk_shutdown & RCV_SHUTDOWN)
		mask |= EPOLLIN | EPOLLRDNORM | EPOLLRDHUP;

	/* Connected or passive Fast Open socket? */
	if (state != TCP_SYN_SENT &&
	    (state != TCP_SYN_RECV || rcu_access_pointer(tp->fastopen_rsk))) {
		int target = sock_rcvlowat(sk, 0, INT_MAX);
		......
		/* bytes the application has not read yet */
		if (tcp_stream_is_readable(tp, target, sk))
			mask |= EPOLLIN | EPOLLRDNORM;

		if (!(sk->sk_shutdown & SEND_SHUTDOWN)) {
			if (sk_stream_is_writeable(sk)) {
				mask |= EPOLLOUT | EPOLLWRNORM;
			} else {  /* send SIGIO later */
				......
			}
		} else
			mask |= EPOLLOUT | EPOLLWRNORM;
		......
	} else if (state == TCP_SYN_SENT && inet_sk(sk)->defer_connect) {
		......
	}
	......
	/* an error (ECONNREFUSED, ECONNRESET ...) waits in sk_err */
	if (sk->sk_err || !skb_queue_empty_lockless(&sk->sk_error_queue))
		mask |= EPOLLERR;

	return mask;
}

/*
 * skb_entail -- a new, empty skb at the write queue's tail: seq = end_seq =
 * write_seq, flags ACK; its truesize counts against sk_sndbuf
 * upstream: net/ipv4/tcp.c:651
 * https://elixir.bootlin.com/linux/v5.4/source/net/ipv4/tcp.c#L651
 */
static void skb_entail(struct sock *sk, struct sk_buff *skb)
{
	struct tcp_sock *tp = tcp_sk(sk);
	struct tcp_skb_cb *tcb = TCP_SKB_CB(skb);

	skb->csum    = 0;
	tcb->seq     = tcb->end_seq = tp->write_seq;
	tcb->tcp_flags = TCPHDR_ACK;
	tcb->sacked  = 0;
	__skb_header_release(skb);
	tcp_add_write_queue_tail(sk, skb);
	sk_wmem_queued_add(sk, skb->truesize);
	sk_mem_charge(sk, skb->truesize);
	if (tp->nonagle & TCP_NAGLE_PUSH)
		tp->nonagle &= ~TCP_NAGLE_PUSH;

	tcp_slow_start_after_idle_check(sk);
}

/*
 * tcp_push -- mark the last queued skb PSH (unless MSG_MORE) and push the
 * write queue out through tcp_write_xmit
 * upstream: net/ipv4/tcp.c:695
 * https://elixir.bootlin.com/linux/v5.4/source/net/ipv4/tcp.c#L695
 */
static void tcp_push(struct sock *sk, int flags, int mss_now,
		     int nonagle, int size_goal)
{
	struct tcp_sock *tp = tcp_sk(sk);
	struct sk_buff *skb;

	skb = tcp_write_queue_tail(sk);
	if (!skb)
		return;
	if (!(flags & MSG_MORE) || forced_push(tp))
		tcp_mark_push(tp, skb);

	tcp_mark_urg(tp, flags);

	if (tcp_should_autocork(sk, skb, size_goal)) {

		if (!test_bit(TSQ_THROTTLED, &sk->sk_tsq_flags)) {
			NET_INC_STATS(sock_net(sk), LINUX_MIB_TCPAUTOCORKING);
			set_bit(TSQ_THROTTLED, &sk->sk_tsq_flags);
		}
		if (refcount_read(&sk->sk_wmem_alloc) > skb->truesize)
			return;
	}

	if (flags & MSG_MORE)
		nonagle = TCP_NAGLE_CORK;

	__tcp_push_pending_frames(sk, mss_now, nonagle);
}
