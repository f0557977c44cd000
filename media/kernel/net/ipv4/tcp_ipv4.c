// SPDX-License-Identifier: GPL-2.0
/*
 * net/ipv4/tcp_ipv4.c -- the IPv4 side of TCP: connect(), the receive
 * entry point tcp_v4_rcv, SYN and final-ACK handling for listeners, RSTs
 * for unknown segments, and the tables that wire TCP into the socket layer.
 *
 * Abridged rendition for sockwalk, Linux v5.4; annotations are ours.
 * Upstream: net/ipv4/tcp_ipv4.c (Linux v5.4). "......" marks omitted code.
 */

/*
 * tcp_v4_connect -- proto->connect, called by __inet_stream_connect
 * upstream: net/ipv4/tcp_ipv4.c:199
 * https://elixir.bootlin.com/linux/v5.4/source/net/ipv4/tcp_ipv4.c#L199
 */
int tcp_v4_connect(struct sock *sk, struct sockaddr *uaddr, int addr_len)
{
	struct sockaddr_in *usin = (struct sockaddr_in *)uaddr;
	struct inet_sock *inet = inet_sk(sk);
	struct tcp_sock *tp = tcp_sk(sk);
	__be16 orig_sport, orig_dport;
	__be32 daddr, nexthop;
	struct flowi4 *fl4;
	struct rtable *rt;
	int err;
	......
	struct inet_timewait_death_row *tcp_death_row = &sock_net(sk)->ipv4.tcp_death_row;

	if (addr_len < sizeof(struct sockaddr_in))
		return -EINVAL;
	if (usin->sin_family != AF_INET)
		return -EAFNOSUPPORT;
	nexthop = daddr = usin->sin_addr.s_addr;
	......
	/* inet_sport is still 0 unless bind() chose a port */
	orig_sport = inet->inet_sport;
	orig_dport = usin->sin_port;
	fl4 = &inet->cork.fl.u.ip4;
	/* route lookup; it also picks the source address when bind() did not */
	rt = ip_route_connect(fl4, nexthop, inet->inet_saddr,
			      RT_CONN_FLAGS(sk), sk->sk_bound_dev_if,
			      IPPROTO_TCP,
			      orig_sport, orig_dport, sk);
	/* no route: ENETUNREACH and friends go straight back (a route-miss counter is bumped too) */
	if (IS_ERR(rt)) {
		err = PTR_ERR(rt);
		if (err == -ENETUNREACH)
			IP_INC_STATS(sock_net(sk), IPSTATS_MIB_OUTNOROUTES);
		return err;
	}

	if (rt->rt_flags & (RTCF_MULTICAST | RTCF_BROADCAST)) {
		ip_rt_put(rt);
		return -ENETUNREACH;
	}
	......
	/* local address of the 4-tuple */
	if (!inet->inet_saddr)
		inet->inet_saddr = fl4->saddr;
	sk_rcv_saddr_set(sk, inet->inet_saddr);
	......
	/* remote address and port of the 4-tuple */
	inet->inet_dport = usin->sin_port;
	sk_daddr_set(sk, daddr);
	......
	tp->rx_opt.mss_clamp = TCP_MSS_DEFAULT;
	/* CLOSE -> SYN_SENT *before* the source port is chosen: the
	 * sock:inet_sock_set_state event shows sport=0 for an unbound socket */
	tcp_set_state(sk, TCP_SYN_SENT);
	/* pick an ephemeral port unless bound (4-tuple must be unique),
	 * then hash the socket into ehash so the SYN-ACK will find it */
	err = inet_hash_connect(tcp_death_row, sk);
	if (err)
		goto failure;
	......
	/* redo the route with the final ports; ...... on error: failure */
	rt = ip_route_newports(fl4, rt, orig_sport, orig_dport,
			       inet->inet_sport, inet->inet_dport, sk);
	......
	sk->sk_gso_type = SKB_GSO_TCPV4;
	sk_setup_caps(sk, &rt->dst);
	rt = NULL;
	if (likely(!tp->repair)) {
		/* our ISN: a keyed hash of the 4-tuple plus a clock */
		if (!tp->write_seq)
			WRITE_ONCE(tp->write_seq,
				   secure_tcp_seq(inet->inet_saddr,
						  inet->inet_daddr,
						  inet->inet_sport,
						  usin->sin_port));
		/* per-connection offset for TCP timestamps */
		tp->tsoffset = secure_tcp_ts_off(sock_net(sk),
						 inet->inet_saddr,
						 inet->inet_daddr);
	}
	inet->inet_id = prandom_u32();
	......
	/* build the SYN, send it, arm the retransmit timer */
	err = tcp_connect(sk);
	if (err)
		goto failure;
	/* __inet_stream_connect now sets SS_CONNECTING and waits (or returns EINPROGRESS) */
	return 0;
failure:
	/* undo: SYN_SENT -> CLOSE unhashes and frees an automatically chosen port */
	tcp_set_state(sk, TCP_CLOSE);
	ip_rt_put(rt);
	sk->sk_route_caps = 0;
	inet->inet_dport = 0;
	return err;
}

/*
 * tcp_v4_send_reset -- answer a segment with a RST built from that
 * segment alone (sk may be NULL: no socket matched at all)
 * upstream: net/ipv4/tcp_ipv4.c:651
 * https://elixir.bootlin.com/linux/v5.4/source/net/ipv4/tcp_ipv4.c#L651
 */
static void tcp_v4_send_reset(const struct sock *sk, struct sk_buff *skb)
{
	const struct tcphdr *th = tcp_hdr(skb);
	struct {
		struct tcphdr th;
		......
	} rep;
	struct ip_reply_arg arg;
	......
	u64 transmit_time = 0;
	struct sock *ctl_sk;
	struct net *net;

	/* never answer a RST with a RST */
	if (th->rst)
		return;
	/* no socket: only answer packets really addressed to this host */
	if (!sk && skb_rtable(skb)->rt_type != RTN_LOCAL)
		return;
	/* the reply header: ports swapped, RST bit set */
	memset(&rep, 0, sizeof(rep));
	rep.th.dest   = th->source;
	rep.th.source = th->dest;
	rep.th.doff   = sizeof(struct tcphdr) / 4;
	rep.th.rst    = 1;
	if (th->ack) {
		/* the segment had an ACK: our RST takes that number as its seq */
		rep.th.seq = th->ack_seq;
	} else {
		/* no ACK (e.g. a SYN to a closed port): RST+ACK covering the whole segment */
		rep.th.ack = 1;
		rep.th.ack_seq = htonl(ntohl(th->seq) + th->syn + th->fin +
				       skb->len - (th->doff << 2));
	}
	memset(&arg, 0, sizeof(arg));
	arg.iov[0].iov_base = (unsigned char *)&rep;
	arg.iov[0].iov_len = sizeof(rep.th);
	net = sk ? sock_net(sk) : dev_net(skb_dst(skb)->dev);
	......
	arg.csum = csum_tcpudp_nofold(ip_hdr(skb)->daddr,
				      ip_hdr(skb)->saddr, /* XXX */
				      arg.iov[0].iov_len, IPPROTO_TCP, 0);
	arg.csumoffset = offsetof(struct tcphdr, check) / 2;
	......
	if (sk) {
		arg.bound_dev_if = sk->sk_bound_dev_if;
		/* tcp:tcp_send_reset fires only with a full socket; the RST for a
		 * port with no listener (sk == NULL) is not traced in 5.4 */
		if (sk_fullsock(sk))
			trace_tcp_send_reset(sk, skb);
	}
	......
	local_bh_disable();
	/* sent from this CPU's control socket, not from any user socket */
	ctl_sk = this_cpu_read(*net->ipv4.tcp_sk);
	......
	ip_send_unicast_reply(ctl_sk,
			      skb, &TCP_SKB_CB(skb)->header.h4.opt,
			      ip_hdr(skb)->saddr, ip_hdr(skb)->daddr,
			      &arg, arg.iov[0].iov_len,
			      transmit_time);
	ctl_sk->sk_mark = 0;
	__TCP_INC_STATS(net, TCP_MIB_OUTSEGS);
	/* OutRsts */
	__TCP_INC_STATS(net, TCP_MIB_OUTRSTS);
	local_bh_enable();
	......
}

/*
 * tcp_v4_send_synack -- af_ops->send_synack: send (or resend) the SYN-ACK
 * for a request sock
 * upstream: net/ipv4/tcp_ipv4.c:938
 * https://elixir.bootlin.com/linux/v5.4/source/net/ipv4/tcp_ipv4.c#L938
 */
static int tcp_v4_send_synack(const struct sock *sk, struct dst_entry *dst,
			      struct flowi *fl,
			      struct request_sock *req,
			      struct tcp_fastopen_cookie *foc,
			      enum tcp_synack_type synack_type)
{
	const struct inet_request_sock *ireq = inet_rsk(req);
	struct flowi4 fl4;
	int err = -1;
	struct sk_buff *skb;

	/* a route back to the client (the listener may be bound to INADDR_ANY) */
	if (!dst && (dst = inet_csk_route_req(sk, &fl4, req)) == NULL)
		return -1;
	/* the SYN-ACK is built from the request sock: there is no full socket yet */
	skb = tcp_make_synack(sk, dst, req, foc, synack_type);
	if (skb) {
		__tcp_v4_send_check(skb, ireq->ir_loc_addr, ireq->ir_rmt_addr);
		rcu_read_lock();
		/* straight to IP: not tcp_transmit_skb, no write queue; a lost
		 * SYN-ACK is rebuilt by the request sock's timer (tcp_rtx_synack) */
		err = ip_build_and_send_pkt(skb, sk, ireq->ir_loc_addr,
					    ireq->ir_rmt_addr,
					    rcu_dereference(ireq->ireq_opt));
		rcu_read_unlock();
		err = net_xmit_eval(err);
	}
	return err;
}

/*
 * tcp_request_sock_ipv4_ops -- the IPv4 hooks tcp_conn_request calls as af_ops
 * upstream: net/ipv4/tcp_ipv4.c:1377
 * https://elixir.bootlin.com/linux/v5.4/source/net/ipv4/tcp_ipv4.c#L1377
 */
static const struct tcp_request_sock_ops tcp_request_sock_ipv4_ops = {
	.mss_clamp      =   TCP_MSS_DEFAULT,
	......
	/* copies the local and remote address from the SYN's IP header into the request sock */
	.init_req       =   tcp_v4_init_req,
	......
	.route_req      =   tcp_v4_route_req,
	/* our ISN for this connection */
	.init_seq       =   tcp_v4_init_seq,
	.init_ts_off    =   tcp_v4_init_ts_off,
	.send_synack    =   tcp_v4_send_synack,
};

/*
 * tcp_v4_conn_request -- icsk_af_ops->conn_request: a SYN reached a listener
 * upstream: net/ipv4/tcp_ipv4.c:1393
 * https://elixir.bootlin.com/linux/v5.4/source/net/ipv4/tcp_ipv4.c#L1393
 */
int tcp_v4_conn_request(struct sock *sk, struct sk_buff *skb)
{
	/* never answer SYNs sent to a broadcast or multicast address */
	if (skb_rtable(skb)->rt_flags & (RTCF_BROADCAST | RTCF_MULTICAST))
		goto drop;
	/* the generic part: queue limits, request sock, SYN-ACK */
	return tcp_conn_request(&tcp_request_sock_ops,
				&tcp_request_sock_ipv4_ops, sk, skb);
drop:
	/* ListenDrops; the SYN gets no answer */
	tcp_listendrop(sk);
	return 0;
}

/*
 * tcp_v4_syn_recv_sock -- icsk_af_ops->syn_recv_sock: the final ACK of the
 * handshake was valid, create the child socket
 * upstream: net/ipv4/tcp_ipv4.c:1413
 * https://elixir.bootlin.com/linux/v5.4/source/net/ipv4/tcp_ipv4.c#L1413
 */
struct sock *tcp_v4_syn_recv_sock(const struct sock *sk, struct sk_buff *skb,
				  struct request_sock *req,
				  struct dst_entry *dst,
				  struct request_sock *req_unhash,
				  bool *own_req)
{
	struct inet_request_sock *ireq;
	struct inet_sock *newinet;
	struct tcp_sock *newtp;
	struct sock *newsk;
	......
	struct ip_options_rcu *inet_opt;

	/* accept queue already full (sk_ack_backlog > sk_max_ack_backlog): no child */
	if (sk_acceptq_is_full(sk))
		goto exit_overflow;
	/* the child full socket is born only now, at the final ACK: a clone of
	 * the listener, in SYN_RECV, locked */
	newsk = tcp_create_openreq_child(sk, req, skb);
	if (!newsk)
		goto exit_nonewsk;
	newsk->sk_gso_type = SKB_GSO_TCPV4;
	inet_sk_rx_dst_set(newsk, skb);
	newtp = tcp_sk(newsk);
	newinet = inet_sk(newsk);
	ireq = inet_rsk(req);
	/* the 4-tuple comes from the request sock */
	sk_daddr_set(newsk, ireq->ir_rmt_addr);
	sk_rcv_saddr_set(newsk, ireq->ir_loc_addr);
	newsk->sk_bound_dev_if = ireq->ir_iif;
	newinet->inet_saddr = ireq->ir_loc_addr;
	inet_opt = rcu_dereference(ireq->ireq_opt);
	......
	if (!dst) {
		dst = inet_csk_route_child_sock(sk, newsk, req);
		if (!dst)
			goto put_and_exit;
		......
	}
	sk_setup_caps(newsk, dst);
	tcp_ca_openreq_child(newsk, dst);
	tcp_sync_mss(newsk, dst_mtu(dst));
	newtp->advmss = tcp_mss_clamp(tcp_sk(sk), dst_metric_advmss(dst));
	tcp_initialize_rcv_mss(newsk);
	......
	/* the child joins the listener's bind bucket: the accepted fd and the
	 * listening fd share the local port -- two sockets, one port */
	if (__inet_inherit_port(sk, newsk) < 0)
		goto put_and_exit;
	/* swap the request sock for the child in ehash, same 4-tuple: from now
	 * on lookups find the child, long before they would try the listener */
	*own_req = inet_ehash_nolisten(newsk, req_to_sk(req_unhash));
	if (likely(*own_req)) {
		tcp_move_syn(newtp, req);
		ireq->ireq_opt = NULL;
	} else {
		/* another CPU already created the child for this request */
		newinet->inet_opt = NULL;
	}
	return newsk;
exit_overflow:
	/* ListenOverflows (and ListenDrops below) */
	NET_INC_STATS(sock_net(sk), LINUX_MIB_LISTENOVERFLOWS);
exit_nonewsk:
	dst_release(dst);
exit:
	tcp_listendrop(sk);
	return NULL;
put_and_exit:
	......
	inet_csk_prepare_forced_close(newsk);
	tcp_done(newsk);
	goto exit;
}

/*
 * tcp_v4_cookie_check -- a non-SYN segment reached a listener: maybe the
 * final ACK of a handshake answered with a syncookie, with no request sock
 * upstream: net/ipv4/tcp_ipv4.c:1514
 * https://elixir.bootlin.com/linux/v5.4/source/net/ipv4/tcp_ipv4.c#L1514
 */
static struct sock *tcp_v4_cookie_check(struct sock *sk, struct sk_buff *skb)
{
#ifdef CONFIG_SYN_COOKIES
	const struct tcphdr *th = tcp_hdr(skb);

	/* a SYN starts a handshake; anything else may carry a cookie back */
	if (!th->syn)
		sk = cookie_v4_check(sk, skb);
#endif
	/* the listener (no cookie in play), a new child, or NULL (drop it) */
	return sk;
}

/*
 * tcp_v4_do_rcv -- process one segment for a socket (also proto->backlog_rcv,
 * run by release_sock for segments queued while a process held the lock)
 * upstream: net/ipv4/tcp_ipv4.c:1548
 * https://elixir.bootlin.com/linux/v5.4/source/net/ipv4/tcp_ipv4.c#L1548
 */
int tcp_v4_do_rcv(struct sock *sk, struct sk_buff *skb)
{
	struct sock *rsk;

	/* fast path for an established connection */
	if (sk->sk_state == TCP_ESTABLISHED) {
		struct dst_entry *dst = sk->sk_rx_dst;

		......
		tcp_rcv_established(sk, skb);
		return 0;
	}
	if (tcp_checksum_complete(skb))
		goto csum_err;
	if (sk->sk_state == TCP_LISTEN) {
		/* syncookie check: for a SYN (or with no cookie) nsk is the listener itself */
		struct sock *nsk = tcp_v4_cookie_check(sk, skb);

		if (!nsk)
			goto discard;
		if (nsk != sk) {
			/* a child rebuilt from a valid syncookie ACK */
			if (tcp_child_process(sk, nsk, skb)) {
				rsk = nsk;
				goto reset;
			}
			return 0;
		}
	} else
		sock_rps_save_rxhash(sk, skb);
	/* every other state, and the listener: the RFC 793 state machine */
	if (tcp_rcv_state_process(sk, skb)) {
		rsk = sk;
		goto reset;
	}
	return 0;
reset:
	/* non-zero from tcp_rcv_state_process: answer with a RST
	 * (an ACK reaching a listener, an unacceptable ACK in SYN_SENT) */
	tcp_v4_send_reset(rsk, skb);
discard:
	kfree_skb(skb);
	/* ...... the segment is consumed either way: 0 again */
	......
csum_err:
	......
	goto discard;
}

/*
 * tcp_v4_err -- an ICMP error about a segment we sent: find its socket; a
 * hard error (port unreachable: ECONNREFUSED) ends a connection still
 * being made
 * upstream: net/ipv4/tcp_ipv4.c:424
 * https://elixir.bootlin.com/linux/v5.4/source/net/ipv4/tcp_ipv4.c#L424
 */
int tcp_v4_err(struct sk_buff *icmp_skb, u32 info)
{
	/* the quoted IP header and the first 8 bytes of our TCP header */
	const struct iphdr *iph = (const struct iphdr *)icmp_skb->data;
	struct tcphdr *th = (struct tcphdr *)(icmp_skb->data + (iph->ihl << 2));
	......
	const int type = icmp_hdr(icmp_skb)->type;
	const int code = icmp_hdr(icmp_skb)->code;
	......
	/* the connection the segment belonged to: its addresses reversed */
	sk = __inet_lookup_established(net, &tcp_hashinfo, iph->daddr,
				       th->dest, iph->saddr, ntohs(th->source),
				       inet_iif(icmp_skb), 0);
	if (!sk) {
		__ICMP_INC_STATS(net, ICMP_MIB_INERRORS);
		return -ENOENT;
	}
	......
	seq = ntohl(th->seq);
	......
	bh_lock_sock(sk);
	......
	if (sk->sk_state == TCP_CLOSE)
		goto out;
	......
	icsk = inet_csk(sk);
	tp = tcp_sk(sk);
	......
	snd_una = fastopen ? tcp_rsk(fastopen)->snt_isn : tp->snd_una;
	/* only about a sequence number still unacknowledged */
	if (sk->sk_state != TCP_LISTEN &&
	    !between(seq, snd_una, tp->snd_nxt)) {
		__NET_INC_STATS(net, LINUX_MIB_OUTOFWINDOWICMPS);
		goto out;
	}

	switch (type) {
	......
	case ICMP_DEST_UNREACH:
		if (code > NR_ICMP_UNREACH)
			goto out;
		......
		/* port unreachable: ECONNREFUSED, a hard error */
		err = icmp_err_convert[code].errno;
		......
		if (code != ICMP_NET_UNREACH && code != ICMP_HOST_UNREACH)
			break;
		......
	}

	switch (sk->sk_state) {
	case TCP_SYN_SENT:
	case TCP_SYN_RECV:
		......
		/* connect() still waits: the error ends it */
		if (!sock_owned_by_user(sk)) {
			sk->sk_err = err;

			sk->sk_error_report(sk);

			tcp_done(sk);
		} else {
			sk->sk_err_soft = err;
		}
		goto out;
	}
	......
out:
	bh_unlock_sock(sk);
	sock_put(sk);
	return 0;
}

/*
 * tcp_v4_rcv -- every TCP segment for this host starts here
 * (tcp_protocol.handler, called by ip_protocol_deliver_rcu)
 * upstream: net/ipv4/tcp_ipv4.c:1808
 * https://elixir.bootlin.com/linux/v5.4/source/net/ipv4/tcp_ipv4.c#L1808
 */
int tcp_v4_rcv(struct sk_buff *skb)
{
	struct net *net = dev_net(skb->dev);
	......
	int sdif = inet_sdif(skb);
	const struct iphdr *iph;
	const struct tcphdr *th;
	bool refcounted;
	struct sock *sk;
	int ret;

	/* ...... not for this host: drop; InSegs++; header length and checksum setup */
	......
	/* the TCP header: ports, seq, ack_seq, and one-bit flags syn/ack/fin/rst/psh/urg */
	th = (const struct tcphdr *)skb->data;
	iph = ip_hdr(skb);
lookup:
	/* ehash first, by the exact 4-tuple (full socks, request socks, timewait
	 * socks), then the listeners; an accepted child matches here before its
	 * listener is ever tried, although both use the same local port */
	sk = __inet_lookup_skb(&tcp_hashinfo, skb, __tcp_hdrlen(th), th->source,
			       th->dest, sdif, &refcounted);
	if (!sk)
		goto no_tcp_socket;
process:
	if (sk->sk_state == TCP_TIME_WAIT)
		goto do_time_wait;
	/* a request sock: the half-open connection lives in ehash, the listener only counts it */
	if (sk->sk_state == TCP_NEW_SYN_RECV) {
		struct request_sock *req = inet_reqsk(sk);
		bool req_stolen = false;
		struct sock *nsk;

		/* from here on, work on behalf of the listener that owns the request */
		sk = req->rsk_listener;
		......
		if (unlikely(sk->sk_state != TCP_LISTEN)) {
			/* the listener was closed meanwhile: drop the request, look up again */
			inet_csk_reqsk_queue_drop_and_put(sk, req);
			goto lookup;
		}
		sock_hold(sk);
		refcounted = true;
		nsk = NULL;
		if (!tcp_filter(sk, skb)) {
			......
			/* the final ACK of the handshake? then nsk is the new child socket */
			nsk = tcp_check_req(sk, skb, req, false, &req_stolen);
		}
		if (!nsk) {
			reqsk_put(req);
			......
			goto discard_and_relse;
		}
		if (nsk == sk) {
			/* the ACK did not fit: continue as the listener, which answers it with a RST */
			......
			tcp_v4_restore_cb(skb);
		} else if (tcp_child_process(sk, nsk, skb)) {
			tcp_v4_send_reset(nsk, skb);
			/* ...... then discard_and_relse */
			......
		} else {
			/* the child took the ACK: SYN_RECV -> ESTABLISHED, accept() woken */
			sock_put(sk);
			return 0;
		}
	}
	/* ...... IP_MINTTL, xfrm policy, TCP-MD5, socket filter; th and iph reloaded */
	......
	/* the seq/ack numbers and flags move into the skb control block */
	tcp_v4_fill_cb(skb, iph, th);
	skb->dev = NULL;
	/* a listener is handled without the socket lock */
	if (sk->sk_state == TCP_LISTEN) {
		ret = tcp_v4_do_rcv(sk, skb);
		goto put_and_return;
	}
	sk_incoming_cpu_update(sk);
	/* any other socket: take the bottom-half socket lock */
	bh_lock_sock_nested(sk);
	tcp_segs_in(tcp_sk(sk), skb);
	ret = 0;
	if (!sock_owned_by_user(sk)) {
		/* no process holds the socket: process the segment right now */
		......
		ret = tcp_v4_do_rcv(sk, skb);
	} else {
		/* a process holds it (inside sendmsg, recvmsg...): park the segment
		 * on sk_backlog; release_sock() will feed it to tcp_v4_do_rcv */
		if (tcp_add_backlog(sk, skb))
			goto discard_and_relse;
		......
	}
	bh_unlock_sock(sk);
	......
put_and_return:
	if (refcounted)
		sock_put(sk);
	return ret;
no_tcp_socket:
	......
	if (tcp_checksum_complete(skb)) {
csum_error:
		......
bad_packet:
		__TCP_INC_STATS(net, TCP_MIB_INERRS);
	} else {
		/* nobody has this port: answer with a RST (sk == NULL, not traced in 5.4) */
		tcp_v4_send_reset(NULL, skb);
	}
discard_it:
	kfree_skb(skb);
	/* ...... and 0: the segment is consumed */
	......
discard_and_relse:
	sk_drops_add(sk, skb);
	/* ...... drop the socket reference, then discard_it */
	......
do_time_wait:
	/* ...... xfrm policy, checksum, control block */
	......
	/* a timewait sock answers for a closed connection: ACK, RST, drop, or accept a new SYN */
	switch (tcp_timewait_state_process(inet_twsk(sk), skb, th)) {
	case TCP_TW_SYN: {
		/* an acceptable new SYN: find a current listener for it */
		struct sock *sk2 = inet_lookup_listener(dev_net(skb->dev),
							&tcp_hashinfo, skb,
							__tcp_hdrlen(th),
							iph->saddr, th->source,
							iph->daddr, th->dest,
							inet_iif(skb),
							sdif);

		if (sk2) {
			/* ...... the timewait sock is killed */
			......
			sk = sk2;
			......
			refcounted = false;
			/* and the SYN is processed by the listener like any other */
			goto process;
		}
	}
		/* to ACK */
		/* fall through */
	case TCP_TW_ACK:
		tcp_v4_timewait_ack(sk, skb);
		break;
	case TCP_TW_RST:
		tcp_v4_send_reset(sk, skb);
		inet_twsk_deschedule_put(inet_twsk(sk));
		goto discard_it;
	case TCP_TW_SUCCESS:;
	}
	......
}

/*
 * ipv4_specific -- icsk->icsk_af_ops for IPv4 TCP sockets
 * upstream: net/ipv4/tcp_ipv4.c:2047
 * https://elixir.bootlin.com/linux/v5.4/source/net/ipv4/tcp_ipv4.c#L2047
 */
const struct inet_connection_sock_af_ops ipv4_specific = {
	/* how a finished TCP segment goes down: IP output on the socket's route */
	.queue_xmit        = ip_queue_xmit,
	.send_check        = tcp_v4_send_check,
	.rebuild_header    = inet_sk_rebuild_header,
	.sk_rx_dst_set     = inet_sk_rx_dst_set,
	/* a SYN reached a listener */
	.conn_request      = tcp_v4_conn_request,
	/* the final ACK: build the child socket */
	.syn_recv_sock     = tcp_v4_syn_recv_sock,
	.net_header_len    = sizeof(struct iphdr),
	......
};

/*
 * tcp_v4_init_sock -- proto->init, called by inet_create after sk_alloc
 * upstream: net/ipv4/tcp_ipv4.c:2078
 * https://elixir.bootlin.com/linux/v5.4/source/net/ipv4/tcp_ipv4.c#L2078
 */
static int tcp_v4_init_sock(struct sock *sk)
{
	struct inet_connection_sock *icsk = inet_csk(sk);

	/* the family-independent defaults: queues, timers, cwnd, buffer sizes */
	tcp_init_sock(sk);
	/* plug in the IPv4 operations (conn_request, syn_recv_sock, queue_xmit...) */
	icsk->icsk_af_ops = &ipv4_specific;
	......
	return 0;
}

/*
 * tcp_v4_destroy_sock -- proto->destroy, the last TCP cleanup of a socket
 * (from inet_csk_destroy_sock or sk_common_release)
 * upstream: net/ipv4/tcp_ipv4.c:2093
 * https://elixir.bootlin.com/linux/v5.4/source/net/ipv4/tcp_ipv4.c#L2093
 */
void tcp_v4_destroy_sock(struct sock *sk)
{
	struct tcp_sock *tp = tcp_sk(sk);

	/* tracepoint tcp:tcp_destroy_sock */
	trace_tcp_destroy_sock(sk);
	tcp_clear_xmit_timers(sk);
	tcp_cleanup_congestion_control(sk);
	tcp_cleanup_ulp(sk);
	/* free unsent and unacknowledged data */
	tcp_write_queue_purge(sk);
	tcp_fastopen_active_disable_ofo_check(sk);
	skb_rbtree_purge(&tp->out_of_order_queue);
	......
	/* still owns its port (bind() chose it, so tcp_set_state(CLOSE) kept
	 * it, or a child that never closed): release it now */
	if (inet_csk(sk)->icsk_bind_hash)
		inet_put_port(sk);
	......
	sk_sockets_allocated_dec(sk);
}

/*
 * tcp_prot -- struct proto for TCP over IPv4: what sk->sk_prot points to
 * (inetsw_array pairs it with inet_stream_ops for SOCK_STREAM)
 * upstream: net/ipv4/tcp_ipv4.c:2571
 * https://elixir.bootlin.com/linux/v5.4/source/net/ipv4/tcp_ipv4.c#L2571
 */
struct proto tcp_prot = {
	.name           = "TCP",
	.owner          = THIS_MODULE,
	/* close(): inet_release -> sk->sk_prot->close */
	.close          = tcp_close,
	.pre_connect    = tcp_v4_pre_connect,
	/* connect(): __inet_stream_connect -> sk->sk_prot->connect */
	.connect        = tcp_v4_connect,
	.disconnect     = tcp_disconnect,
	/* accept(): inet_accept -> sk->sk_prot->accept */
	.accept         = inet_csk_accept,
	.ioctl          = tcp_ioctl,
	/* socket(): inet_create calls this right after sk_alloc */
	.init           = tcp_v4_init_sock,
	.destroy        = tcp_v4_destroy_sock,
	.shutdown       = tcp_shutdown,
	......
	.recvmsg        = tcp_recvmsg,
	.sendmsg        = tcp_sendmsg,
	......
	/* runs the segments parked on sk_backlog, from release_sock() */
	.backlog_rcv    = tcp_v4_do_rcv,
	......
	/* listen(): inet_csk_listen_start -> inet_hash (listening hash) */
	.hash           = inet_hash,
	.unhash         = inet_unhash,
	/* bind() and listen(): the bind hash (port ownership) */
	.get_port       = inet_csk_get_port,
	......
	/* sk_alloc allocates this many bytes: a whole tcp_sock, with struct sock at its start */
	.obj_size       = sizeof(struct tcp_sock),
	......
	.twsk_prot      = &tcp_timewait_sock_ops,
	/* request socks (half-open connections) come from this slab */
	.rsk_prot       = &tcp_request_sock_ops,
	/* bhash, ehash and the listening hashes */
	.h.hashinfo     = &tcp_hashinfo,
	/* TCP never autobinds in sendmsg; connect() picks its port itself */
	.no_autobind    = true,
	......
};
