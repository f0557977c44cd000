// SPDX-License-Identifier: GPL-2.0
/*
 * net/ipv4/syncookies.c -- SYN cookies: when the listener's SYN queue is
 * full, the SYN-ACK's sequence number itself encodes the connection (a keyed
 * hash of the 4-tuple, a time counter and an MSS index), no request sock is
 * kept, and the client's final ACK is enough to rebuild it.
 *
 * Abridged rendition for sockwalk, Linux v5.4; annotations are ours.
 * Upstream: net/ipv4/syncookies.c (Linux v5.4). "......" marks omitted code.
 */

/*
 * cookie_v4_init_sequence -- the ISN of a cookie SYN-ACK (called from
 * tcp_conn_request when want_cookie is set)
 * upstream: net/ipv4/syncookies.c:178
 * https://elixir.bootlin.com/linux/v5.4/source/net/ipv4/syncookies.c#L178
 */
__u32 cookie_v4_init_sequence(const struct sk_buff *skb, __u16 *mssp)
{
	const struct iphdr *iph = ip_hdr(skb);
	const struct tcphdr *th = tcp_hdr(skb);

	/* pick the largest table MSS not above the client's, keep its index:
	 * secure_tcp_syn_cookie(saddr, daddr, sport, dport, seq, mssind) */
	return __cookie_v4_init_sequence(iph, th, mssp);
}

/*
 * tcp_get_cookie_sock -- build the child from a rebuilt request sock and
 * put it on the accept queue
 * upstream: net/ipv4/syncookies.c:201
 * https://elixir.bootlin.com/linux/v5.4/source/net/ipv4/syncookies.c#L201
 */
struct sock *tcp_get_cookie_sock(struct sock *sk, struct sk_buff *skb,
				 struct request_sock *req,
				 struct dst_entry *dst, u32 tsoff)
{
	struct inet_connection_sock *icsk = inet_csk(sk);
	struct sock *child;
	bool own_req;

	/* tcp_v4_syn_recv_sock: NULL if the accept queue is full */
	child = icsk->icsk_af_ops->syn_recv_sock(sk, skb, req, dst,
						 NULL, &own_req);
	if (child) {
		refcount_set(&req->rsk_refcnt, 1);
		tcp_sk(child)->tsoffset = tsoff;
		sock_rps_save_rxhash(child, skb);
		/* straight onto the accept queue: there was no half-open entry */
		if (inet_csk_reqsk_queue_add(sk, req, child))
			return child;
		bh_unlock_sock(child);
		sock_put(child);
	}
	/* no room: the ACK is simply dropped (the client will retransmit) */
	__reqsk_free(req);
	return NULL;
}

/*
 * cookie_v4_check -- is this ACK the answer to a cookie SYN-ACK? If so,
 * rebuild the request sock from the segment and make the child
 * upstream: net/ipv4/syncookies.c:283
 * https://elixir.bootlin.com/linux/v5.4/source/net/ipv4/syncookies.c#L283
 */
struct sock *cookie_v4_check(struct sock *sk, struct sk_buff *skb)
{
	......
	struct tcp_options_received tcp_opt;
	struct inet_request_sock *ireq;
	struct tcp_request_sock *treq;
	struct tcp_sock *tp = tcp_sk(sk);
	const struct tcphdr *th = tcp_hdr(skb);
	/* our cookie was the SYN-ACK's sequence number: the ACK acknowledges it + 1 */
	__u32 cookie = ntohl(th->ack_seq) - 1;
	struct sock *ret = sk;
	struct request_sock *req;
	int mss;
	......
	u32 tsoff = 0;

	if (!sock_net(sk)->ipv4.sysctl_tcp_syncookies || !th->ack || th->rst)
		goto out;

	/* cookies are only checked for a while after the SYN queue overflowed
	 * (tcp_synq_overflow stamped rx_opt.ts_recent_stamp) */
	if (tcp_synq_no_recent_overflow(sk))
		goto out;

	/* recompute the hash for this 4-tuple and ISN: 0 means forged or stale */
	mss = __cookie_v4_check(ip_hdr(skb), th, cookie);
	if (mss == 0) {
		__NET_INC_STATS(sock_net(sk), LINUX_MIB_SYNCOOKIESFAILED);
		goto out;
	}
	__NET_INC_STATS(sock_net(sk), LINUX_MIB_SYNCOOKIESRECV);
	......
	ret = NULL;
	/* a request sock again, made from the ACK alone -- never hashed */
	req = inet_reqsk_alloc(&tcp_request_sock_ops, sk, false);
	if (!req)
		goto out;

	ireq = inet_rsk(req);
	treq = tcp_rsk(req);
	treq->rcv_isn		= ntohl(th->seq) - 1;
	treq->snt_isn		= cookie;
	......
	req->mss		= mss;
	ireq->ir_num		= ntohs(th->dest);
	ireq->ir_rmt_port	= th->source;
	sk_rcv_saddr_set(req_to_sk(req), ip_hdr(skb)->daddr);
	sk_daddr_set(req_to_sk(req), ip_hdr(skb)->saddr);
	......
	/* route, then redo what tcp_v4_send_synack computed (window, wscale) */
	......
	ret = tcp_get_cookie_sock(sk, skb, req, &rt->dst, tsoff);
	......
out:	return ret;
}
