// SPDX-License-Identifier: GPL-2.0
/*
 * net/ipv4/datagram.c -- connect() for datagram sockets (UDP, ping, raw):
 * no handshake, no packet -- it only records the peer in the socket.
 *
 * Abridged rendition for sockwalk, Linux v5.4; annotations are ours.
 * Upstream: net/ipv4/datagram.c (Linux v5.4). "......" marks omitted code.
 */

/*
 * __ip4_datagram_connect -- set the default peer of a datagram socket
 * upstream: net/ipv4/datagram.c:20
 * https://elixir.bootlin.com/linux/v5.4/source/net/ipv4/datagram.c#L20
 */
int __ip4_datagram_connect(struct sock *sk, struct sockaddr *uaddr, int addr_len)
{
	struct inet_sock *inet = inet_sk(sk);
	struct sockaddr_in *usin = (struct sockaddr_in *) uaddr;
	struct flowi4 *fl4;
	struct rtable *rt;
	__be32 saddr;
	int oif;
	int err;

	if (addr_len < sizeof(*usin))
		return -EINVAL;

	if (usin->sin_family != AF_INET)
		return -EAFNOSUPPORT;

	sk_dst_reset(sk);

	oif = sk->sk_bound_dev_if;
	saddr = inet->inet_saddr;
	......
	fl4 = &inet->cork.fl.u.ip4;
	/* the route to the peer; it also chooses our source address */
	rt = ip_route_connect(fl4, usin->sin_addr.s_addr, saddr,
			      RT_CONN_FLAGS(sk), oif,
			      sk->sk_protocol,
			      inet->inet_sport, usin->sin_port, sk);
	if (IS_ERR(rt)) {
		err = PTR_ERR(rt);
		if (err == -ENETUNREACH)
			IP_INC_STATS(sock_net(sk), IPSTATS_MIB_OUTNOROUTES);
		goto out;
	}

	/* broadcast needs SO_BROADCAST */
	if ((rt->rt_flags & RTCF_BROADCAST) && !sock_flag(sk, SOCK_BROADCAST)) {
		ip_rt_put(rt);
		err = -EACCES;
		goto out;
	}
	if (!inet->inet_saddr)
		inet->inet_saddr = fl4->saddr;	/* Update source address */
	if (!inet->inet_rcv_saddr) {
		/* bound to 0.0.0.0: now bound to the route's address, so the
		 * socket moves to that address's hash2 slot (udp_v4_rehash) */
		inet->inet_rcv_saddr = fl4->saddr;
		if (sk->sk_prot->rehash)
			sk->sk_prot->rehash(sk);
	}
	/* the peer: send() needs no address now, and only this peer's
	 * datagrams match the socket (compute_score) */
	inet->inet_daddr = fl4->daddr;
	inet->inet_dport = usin->sin_port;
	......
	/* "connected" is only this: a plain store -- no tracepoint, no packet,
	 * nothing is sent to the peer and the peer does not know */
	sk->sk_state = TCP_ESTABLISHED;
	sk_set_txhash(sk);
	inet->inet_id = prandom_u32();

	/* keep the route for send() */
	sk_dst_set(sk, &rt->dst);
	err = 0;
out:
	return err;
}

/*
 * ip4_datagram_connect -- udp_prot.connect, called by inet_dgram_connect
 * upstream: net/ipv4/datagram.c:85
 * https://elixir.bootlin.com/linux/v5.4/source/net/ipv4/datagram.c#L85
 */
int ip4_datagram_connect(struct sock *sk, struct sockaddr *uaddr, int addr_len)
{
	int res;

	lock_sock(sk);
	res = __ip4_datagram_connect(sk, uaddr, addr_len);
	release_sock(sk);
	return res;
}
