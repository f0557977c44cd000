// SPDX-License-Identifier: GPL-2.0
/*
 * net/ipv4/udp.c -- UDP over IPv4: the functions udp_prot points at
 * (get_port, sendmsg, recvmsg, init, destroy, unhash), the receive entry
 * udp_rcv with its socket lookup in udp_table, and the ICMP error handler.
 *
 * Abridged rendition for sockwalk, Linux v5.4; annotations are ours.
 * Upstream: net/ipv4/udp.c (Linux v5.4). "......" marks omitted code.
 */

/*
 * udp_lib_get_port -- find or check a local port and hash the socket
 * upstream: net/ipv4/udp.c:226
 * https://elixir.bootlin.com/linux/v5.4/source/net/ipv4/udp.c#L226
 */
int udp_lib_get_port(struct sock *sk, unsigned short snum,
		     unsigned int hash2_nulladdr)
{
	struct udp_hslot *hslot, *hslot2;
	/* &udp_table: one table for the namespace's UDP sockets */
	struct udp_table *udptable = sk->sk_prot->h.udp_table;
	int error = 1;
	struct net *net = sock_net(sk);

	if (!snum) {
		int low, high, remaining;
		unsigned int rand;
		unsigned short first, last;
		DECLARE_BITMAP(bitmap, PORTS_PER_CHAIN);

		/* port 0 (bind to :0, or autobind): pick a free ephemeral port */
		inet_get_local_port_range(net, &low, &high);
		remaining = (high - low) + 1;
		/* start at a random port of the range ... */
		rand = prandom_u32();
		first = reciprocal_scale(rand, remaining) + low;
		......
		do {
			......
			/* ... mark the ports of this chain that are taken ... */
			udp_lib_lport_inuse(net, snum, hslot, bitmap, sk,
					    udptable->log);
			snum = first;
			do {
				/* ... and take the first one that is free */
				if (low <= snum && snum <= high &&
				    !test_bit(snum >> udptable->log, bitmap) &&
				    !inet_is_local_reserved_port(net, snum))
					goto found;
				snum += rand;
			} while (snum != first);
			......
		} while (++first != last);
		goto fail;
	} else {
		hslot = udp_hashslot(udptable, net, snum);
		spin_lock_bh(&hslot->lock);
		......
		/* a port given: someone with the same port and an overlapping
		 * address, without SO_REUSEADDR on both, is a conflict */
		if (udp_lib_lport_inuse(net, snum, hslot, NULL, sk, 0))
			goto fail_unlock;
	}
found:
	inet_sk(sk)->inet_num = snum;
	udp_sk(sk)->udp_port_hash = snum;
	/* the (rcv_saddr, port) hash for the secondary table */
	udp_sk(sk)->udp_portaddr_hash ^= snum;
	if (sk_unhashed(sk)) {
		......

		/* UDP is hashed now, at bind time: into hash (by port) ... */
		sk_add_node_rcu(sk, &hslot->head);
		hslot->count++;
		sock_prot_inuse_add(sock_net(sk), sk->sk_prot, 1);

		/* ... and into hash2 (by address and port), where receive looks */
		hslot2 = udp_hashslot2(udptable, udp_sk(sk)->udp_portaddr_hash);
			......
			hlist_add_head_rcu(&udp_sk(sk)->udp_portaddr_node,
					   &hslot2->head);
		hslot2->count++;
		......
	}
	sock_set_flag(sk, SOCK_RCU_FREE);
	error = 0;
fail_unlock:
	spin_unlock_bh(&hslot->lock);
fail:
	/* 1 means "in use": __inet_bind turns it into EADDRINUSE */
	return error;
}

/*
 * udp_v4_get_port -- udp_prot.get_port, called by __inet_bind and inet_autobind
 * upstream: net/ipv4/udp.c:341
 * https://elixir.bootlin.com/linux/v5.4/source/net/ipv4/udp.c#L341
 */
int udp_v4_get_port(struct sock *sk, unsigned short snum)
{
	/* the hash2 slot of (INADDR_ANY, port), for the conflict check */
	unsigned int hash2_nulladdr =
		ipv4_portaddr_hash(sock_net(sk), htonl(INADDR_ANY), snum);
	unsigned int hash2_partial =
		ipv4_portaddr_hash(sock_net(sk), inet_sk(sk)->inet_rcv_saddr, 0);

	/* precompute partial secondary hash: the address part, port added later */
	udp_sk(sk)->udp_portaddr_hash = hash2_partial;
	return udp_lib_get_port(sk, snum, hash2_nulladdr);
}

/*
 * compute_score -- how well a socket matches an arriving datagram
 * upstream: net/ipv4/udp.c:353
 * https://elixir.bootlin.com/linux/v5.4/source/net/ipv4/udp.c#L353
 */
static int compute_score(struct sock *sk, struct net *net,
			 __be32 saddr, __be16 sport,
			 __be32 daddr, unsigned short hnum,
			 int dif, int sdif)
{
	int score;
	struct inet_sock *inet;
	bool dev_match;

	/* -1: this socket cannot take the datagram at all */
	if (!net_eq(sock_net(sk), net) ||
	    udp_sk(sk)->udp_port_hash != hnum ||
	    ipv6_only_sock(sk))
		return -1;

	/* the slot already fixes the local address (or INADDR_ANY) */
	if (sk->sk_rcv_saddr != daddr)
		return -1;

	score = (sk->sk_family == PF_INET) ? 2 : 1;

	inet = inet_sk(sk);
	/* a connected socket takes datagrams from its peer only ... */
	if (inet->inet_daddr) {
		if (inet->inet_daddr != saddr)
			return -1;
		/* ... and scores higher than an unconnected one */
		score += 4;
	}

	if (inet->inet_dport) {
		if (inet->inet_dport != sport)
			return -1;
		score += 4;
	}

	dev_match = udp_sk_bound_dev_eq(net, sk->sk_bound_dev_if,
					dif, sdif);
	if (!dev_match)
		return -1;
	......
	return score;
}

/*
 * udp4_lib_lookup2 -- best-scoring socket in one hash2 slot
 * upstream: net/ipv4/udp.c:409
 * https://elixir.bootlin.com/linux/v5.4/source/net/ipv4/udp.c#L409
 */
static struct sock *udp4_lib_lookup2(struct net *net,
				     __be32 saddr, __be16 sport,
				     __be32 daddr, unsigned int hnum,
				     int dif, int sdif,
				     struct udp_hslot *hslot2,
				     struct sk_buff *skb)
{
	struct sock *sk, *result;
	int score, badness;

	......
	result = NULL;
	badness = 0;
	udp_portaddr_for_each_entry_rcu(sk, &hslot2->head) {
		score = compute_score(sk, net, saddr, sport,
				      daddr, hnum, dif, sdif);
		if (score > badness) {
			/* SO_REUSEPORT groups pick one member by hash here */
			......
			badness = score;
			result = sk;
		}
	}
	return result;
}

/*
 * __udp4_lib_lookup -- which socket gets a datagram for daddr:dport
 * upstream: net/ipv4/udp.c:445
 * https://elixir.bootlin.com/linux/v5.4/source/net/ipv4/udp.c#L445
 */
struct sock *__udp4_lib_lookup(struct net *net, __be32 saddr,
		__be16 sport, __be32 daddr, __be16 dport, int dif,
		int sdif, struct udp_table *udptable, struct sk_buff *skb)
{
	struct sock *result;
	unsigned short hnum = ntohs(dport);
	unsigned int hash2, slot2;
	struct udp_hslot *hslot2;

	/* first the slot of the exact local address: daddr:port */
	hash2 = ipv4_portaddr_hash(net, daddr, hnum);
	slot2 = hash2 & udptable->mask;
	hslot2 = &udptable->hash2[slot2];

	result = udp4_lib_lookup2(net, saddr, sport,
				  daddr, hnum, dif, sdif,
				  hslot2, skb);
	if (!result) {
		/* then the wildcard binds: 0.0.0.0:port */
		hash2 = ipv4_portaddr_hash(net, htonl(INADDR_ANY), hnum);
		slot2 = hash2 & udptable->mask;
		hslot2 = &udptable->hash2[slot2];

		result = udp4_lib_lookup2(net, saddr, sport,
					  htonl(INADDR_ANY), hnum, dif, sdif,
					  hslot2, skb);
	}
	if (IS_ERR(result))
		return NULL;
	return result;
}

/*
 * __udp4_lib_err -- an ICMP error about a datagram we sent
 * upstream: net/ipv4/udp.c:632
 * https://elixir.bootlin.com/linux/v5.4/source/net/ipv4/udp.c#L632
 */
int __udp4_lib_err(struct sk_buff *skb, u32 info, struct udp_table *udptable)
{
	struct inet_sock *inet;
	/* the IP and UDP headers of *our* datagram, quoted in the ICMP message */
	const struct iphdr *iph = (const struct iphdr *)skb->data;
	struct udphdr *uh = (struct udphdr *)(skb->data+(iph->ihl<<2));
	const int type = icmp_hdr(skb)->type;
	const int code = icmp_hdr(skb)->code;
	......
	struct sock *sk;
	int harderr;
	int err;
	struct net *net = dev_net(skb->dev);

	/* find the sender: addresses and ports swapped, as if it came from the peer */
	sk = __udp4_lib_lookup(net, iph->daddr, uh->dest,
			       iph->saddr, uh->source, skb->dev->ifindex,
			       inet_sdif(skb), udptable, NULL);
	if (!sk) {
		/* no socket (closed meanwhile): only tunnels might care */
		sk = ERR_PTR(-ENOENT);
		......
		if (IS_ERR(sk)) {
			__ICMP_INC_STATS(net, ICMP_MIB_INERRORS);
			return PTR_ERR(sk);
		}
		......
	}

	err = 0;
	harderr = 0;
	inet = inet_sk(sk);

	switch (type) {
	......
	case ICMP_DEST_UNREACH:
		......
		err = EHOSTUNREACH;
		if (code <= NR_ICMP_UNREACH) {
			/* ICMP_PORT_UNREACH: ECONNREFUSED, and "fatal" */
			harderr = icmp_err_convert[code].fatal;
			err = icmp_err_convert[code].errno;
		}
		break;
	......
	}

	/* Without IP_RECVERR only a *connected* socket hears about it:
	 * an unconnected one may be talking to many peers */
	if (!inet->recverr) {
		if (!harderr || sk->sk_state != TCP_ESTABLISHED)
			goto out;
	} else
		ip_icmp_error(sk, skb, err, uh->dest, info, (u8 *)(uh+1));

	/* the next send() or recv() returns it (and clears it) */
	sk->sk_err = err;
	/* sock_def_error_report: wake a reader blocked in recv() */
	sk->sk_error_report(sk);
out:
	return 0;
}

/*
 * udp_err -- udp_protocol.err_handler, called from icmp_socket_deliver
 * upstream: net/ipv4/udp.c:722
 * https://elixir.bootlin.com/linux/v5.4/source/net/ipv4/udp.c#L722
 */
int udp_err(struct sk_buff *skb, u32 info)
{
	return __udp4_lib_err(skb, info, &udp_table);
}

/*
 * udp_send_skb -- write the UDP header and hand the datagram to IP
 * upstream: net/ipv4/udp.c:814
 * https://elixir.bootlin.com/linux/v5.4/source/net/ipv4/udp.c#L814
 */
static int udp_send_skb(struct sk_buff *skb, struct flowi4 *fl4,
			struct inet_cork *cork)
{
	struct sock *sk = skb->sk;
	struct inet_sock *inet = inet_sk(sk);
	struct udphdr *uh;
	int err = 0;
	int is_udplite = IS_UDPLITE(sk);
	int offset = skb_transport_offset(skb);
	int len = skb->len - offset;
	......
	__wsum csum = 0;

	/* the whole UDP header: four 16-bit fields, no sequence numbers, no state */
	uh = udp_hdr(skb);
	uh->source = inet->inet_sport;
	uh->dest = fl4->fl4_dport;
	/* header (8 bytes) plus payload */
	uh->len = htons(len);
	uh->check = 0;
	......
	/* the checksum covers a pseudo-header with both IP addresses */
	uh->check = csum_tcpudp_magic(fl4->saddr, fl4->daddr, len,
				      sk->sk_protocol, csum);
	if (uh->check == 0)
		uh->check = CSUM_MANGLED_0;

send:
	/* ip_local_out: no queue, no retransmission -- it is on the wire or lost */
	err = ip_send_skb(sock_net(sk), skb);
	if (err) {
		/* the device's qdisc dropped it (ip_send_skb: NET_XMIT_DROP ->
		 * -ENOBUFS): a send without IP_RECVERR does not hear of it */
		if (err == -ENOBUFS && !inet->recverr) {
			UDP_INC_STATS(sock_net(sk),
				      UDP_MIB_SNDBUFERRORS, is_udplite);
			err = 0;
		}
	} else
		UDP_INC_STATS(sock_net(sk),
			      UDP_MIB_OUTDATAGRAMS, is_udplite);
	return err;
}

/*
 * udp_sendmsg -- udp_prot.sendmsg, called by inet_sendmsg
 * upstream: net/ipv4/udp.c:965
 * https://elixir.bootlin.com/linux/v5.4/source/net/ipv4/udp.c#L965
 */
int udp_sendmsg(struct sock *sk, struct msghdr *msg, size_t len)
{
	struct inet_sock *inet = inet_sk(sk);
	struct udp_sock *up = udp_sk(sk);
	DECLARE_SOCKADDR(struct sockaddr_in *, usin, msg->msg_name);
	struct flowi4 fl4_stack;
	struct flowi4 *fl4;
	int ulen = len;
	struct ipcm_cookie ipc;
	struct rtable *rt = NULL;
	......
	int connected = 0;
	__be32 daddr, faddr, saddr;
	__be16 dport;
	......
	int err, is_udplite = IS_UDPLITE(sk);
	int corkreq = up->corkflag || msg->msg_flags&MSG_MORE;
	......
	struct sk_buff *skb;

	......
	/* the UDP length field is 16 bits */
	if (len > 0xFFFF)
		return -EMSGSIZE;

	if (msg->msg_flags & MSG_OOB) /* Mirror BSD error message compatibility */
		return -EOPNOTSUPP;
	......
	ulen += sizeof(struct udphdr);

	/* sendto(): the address comes with the call */
	if (usin) {
		if (msg->msg_namelen < sizeof(*usin))
			return -EINVAL;
		if (usin->sin_family != AF_INET) {
			if (usin->sin_family != AF_UNSPEC)
				return -EAFNOSUPPORT;
		}

		daddr = usin->sin_addr.s_addr;
		dport = usin->sin_port;
		/* nobody can receive on port 0 */
		if (dport == 0)
			return -EINVAL;
	} else {
		/* send(): only a connected socket knows where to (not ENOTCONN) */
		if (sk->sk_state != TCP_ESTABLISHED)
			return -EDESTADDRREQ;
		daddr = inet->inet_daddr;
		dport = inet->inet_dport;
		/* Open fast path for connected socket */
		connected = 1;
	}
	......
	saddr = ipc.addr;
	ipc.addr = faddr = daddr;
	......
	/* connected: the route cached by connect() */
	if (connected)
		rt = (struct rtable *)sk_dst_check(sk, 0);

	if (!rt) {
		struct net *net = sock_net(sk);
		......
		fl4 = &fl4_stack;
		......
		/* a route per datagram: it also picks the source address */
		rt = ip_route_output_flow(net, fl4, sk);
		if (IS_ERR(rt)) {
			err = PTR_ERR(rt);
			rt = NULL;
			......
			goto out;
		}

		err = -EACCES;
		if ((rt->rt_flags & RTCF_BROADCAST) &&
		    !sock_flag(sk, SOCK_BROADCAST))
			goto out;
		......
	}
	......
	saddr = fl4->saddr;
	if (!ipc.addr)
		daddr = ipc.addr = fl4->daddr;

	/* Lockless fast path for the non-corking case. */
	if (!corkreq) {
		struct inet_cork cork;

		/* one datagram = one skb; ip_make_skb copies the data in, and
		 * fails with EMSGSIZE past 65507 bytes or with a pending sk_err */
		skb = ip_make_skb(sk, fl4, getfrag, msg, ulen,
				  sizeof(struct udphdr), &ipc, &rt,
				  &cork, msg->msg_flags);
		err = PTR_ERR(skb);
		if (!IS_ERR_OR_NULL(skb))
			err = udp_send_skb(skb, fl4, &cork);
		goto out;
	}
	......
out:
	ip_rt_put(rt);
	......
	/* success: the whole datagram was sent, never part of it */
	if (!err)
		return len;
	......
	return err;
	......
}

/*
 * __udp_enqueue_schedule_skb -- put a datagram on the socket's receive queue
 * upstream: net/ipv4/udp.c:1446
 * https://elixir.bootlin.com/linux/v5.4/source/net/ipv4/udp.c#L1446
 */
int __udp_enqueue_schedule_skb(struct sock *sk, struct sk_buff *skb)
{
	struct sk_buff_head *list = &sk->sk_receive_queue;
	int rmem, delta, amt, err = -ENOMEM;
	spinlock_t *busy = NULL;
	int size;

	/* receive buffer full: the datagram is dropped, nobody is told */
	rmem = atomic_read(&sk->sk_rmem_alloc);
	if (rmem > sk->sk_rcvbuf)
		goto drop;
	......
	size = skb->truesize;
	......
	rmem = atomic_add_return(size, &sk->sk_rmem_alloc);
	......
	/* whole datagrams are queued: the boundaries survive */
	__skb_queue_tail(list, skb);
	spin_unlock(&list->lock);

	/* sock_def_readable: wake a task sleeping in recv() */
	if (!sock_flag(sk, SOCK_DEAD))
		sk->sk_data_ready(sk);

	busylock_release(busy);
	return 0;
	......
drop:
	atomic_inc(&sk->sk_drops);
	busylock_release(busy);
	return err;
}

/*
 * udp_init_sock -- udp_prot.init, called by inet_create
 * upstream: net/ipv4/udp.c:1538
 * https://elixir.bootlin.com/linux/v5.4/source/net/ipv4/udp.c#L1538
 */
int udp_init_sock(struct sock *sk)
{
	/* UDP's second queue: recvmsg moves sk_receive_queue here in one go */
	skb_queue_head_init(&udp_sk(sk)->reader_queue);
	sk->sk_destruct = udp_destruct_sock;
	/* that is all: no timers, no state machine, nothing to negotiate */
	return 0;
}

/*
 * __skb_recv_udp -- take one datagram off the queues, or wait for one
 * upstream: net/ipv4/udp.c:1651
 * https://elixir.bootlin.com/linux/v5.4/source/net/ipv4/udp.c#L1651
 */
struct sk_buff *__skb_recv_udp(struct sock *sk, unsigned int flags,
			       int noblock, int *off, int *err)
{
	struct sk_buff_head *sk_queue = &sk->sk_receive_queue;
	struct sk_buff_head *queue;
	struct sk_buff *last;
	long timeo;
	int error;

	queue = &udp_sk(sk)->reader_queue;
	flags |= noblock ? MSG_DONTWAIT : 0;
	/* 0 for a non-blocking socket, else "forever" (or SO_RCVTIMEO) */
	timeo = sock_rcvtimeo(sk, flags & MSG_DONTWAIT);
	do {
		struct sk_buff *skb;

		/* a pending error (ICMP port unreachable ...) comes first, once */
		error = sock_error(sk);
		if (error)
			break;

		error = -EAGAIN;
		do {
			spin_lock_bh(&queue->lock);
			skb = __skb_try_recv_from_queue(sk, queue, flags,
							udp_skb_destructor,
							off, err, &last);
			if (skb) {
				spin_unlock_bh(&queue->lock);
				return skb;
			}

			if (skb_queue_empty_lockless(sk_queue)) {
				spin_unlock_bh(&queue->lock);
				goto busy_check;
			}

			/* refill the reader queue with everything received so far */
			spin_lock(&sk_queue->lock);
			skb_queue_splice_tail_init(sk_queue, queue);

			skb = __skb_try_recv_from_queue(sk, queue, flags,
							udp_skb_dtor_locked,
							off, err, &last);
			spin_unlock(&sk_queue->lock);
			spin_unlock_bh(&queue->lock);
			if (skb)
				return skb;

busy_check:
			if (!sk_can_busy_loop(sk))
				break;
			......
		} while (!skb_queue_empty_lockless(sk_queue));

		/* empty: sleep until sk_data_ready or sk_error_report wakes us */
	} while (timeo &&
		 !__skb_wait_for_more_packets(sk, &error, &timeo,
					      (struct sk_buff *)sk_queue));

	/* EAGAIN when non-blocking, else the error that ended the wait */
	*err = error;
	return NULL;
}

/*
 * udp_recvmsg -- udp_prot.recvmsg, called by inet_recvmsg
 * upstream: net/ipv4/udp.c:1724
 * https://elixir.bootlin.com/linux/v5.4/source/net/ipv4/udp.c#L1724
 */
int udp_recvmsg(struct sock *sk, struct msghdr *msg, size_t len, int noblock,
		int flags, int *addr_len)
{
	struct inet_sock *inet = inet_sk(sk);
	DECLARE_SOCKADDR(struct sockaddr_in *, sin, msg->msg_name);
	struct sk_buff *skb;
	unsigned int ulen, copied;
	int off, err, peeking = flags & MSG_PEEK;
	int is_udplite = IS_UDPLITE(sk);
	bool checksum_valid = false;

	if (flags & MSG_ERRQUEUE)
		return ip_recv_error(sk, msg, len, addr_len);

try_again:
	off = sk_peek_offset(sk, flags);
	/* exactly one datagram per call */
	skb = __skb_recv_udp(sk, flags, noblock, &off, &err);
	if (!skb)
		return err;

	ulen = udp_skb_len(skb);
	copied = len;
	if (copied > ulen - off)
		copied = ulen - off;
	/* a short buffer truncates: the rest of the datagram is lost */
	else if (copied < ulen)
		msg->msg_flags |= MSG_TRUNC;
	......
	err = skb_copy_datagram_msg(skb, off, msg, copied);
	......
	if (!peeking)
		UDP_INC_STATS(sock_net(sk),
			      UDP_MIB_INDATAGRAMS, is_udplite);
	......
	/* recvfrom(): who sent it, from the IP and UDP headers */
	if (sin) {
		sin->sin_family = AF_INET;
		sin->sin_port = udp_hdr(skb)->source;
		sin->sin_addr.s_addr = ip_hdr(skb)->saddr;
		memset(sin->sin_zero, 0, sizeof(sin->sin_zero));
		*addr_len = sizeof(*sin);
		......
	}
	......
	err = copied;
	if (flags & MSG_TRUNC)
		err = ulen;

	/* the datagram is consumed even if it did not fit */
	skb_consume_udp(sk, skb, peeking ? -err : err);
	return err;
	......
}

/*
 * __udp_disconnect -- connect(AF_UNSPEC): forget the peer
 * upstream: net/ipv4/udp.c:1846
 * https://elixir.bootlin.com/linux/v5.4/source/net/ipv4/udp.c#L1846
 */
int __udp_disconnect(struct sock *sk, int flags)
{
	struct inet_sock *inet = inet_sk(sk);

	/* 1003.1g - break association: again a plain store, no tracepoint */
	sk->sk_state = TCP_CLOSE;
	inet->inet_daddr = 0;
	inet->inet_dport = 0;
	sock_rps_reset_rxhash(sk);
	sk->sk_bound_dev_if = 0;
	/* a source address connect() chose is given back */
	if (!(sk->sk_userlocks & SOCK_BINDADDR_LOCK))
		inet_reset_saddr(sk);

	/* so is an autobound port: the socket leaves udp_table */
	if (!(sk->sk_userlocks & SOCK_BINDPORT_LOCK)) {
		sk->sk_prot->unhash(sk);
		inet->inet_sport = 0;
	}
	sk_dst_reset(sk);
	return 0;
}

/*
 * udp_disconnect -- udp_prot.disconnect, called by inet_dgram_connect
 * upstream: net/ipv4/udp.c:1870
 * https://elixir.bootlin.com/linux/v5.4/source/net/ipv4/udp.c#L1870
 */
int udp_disconnect(struct sock *sk, int flags)
{
	lock_sock(sk);
	__udp_disconnect(sk, flags);
	release_sock(sk);
	return 0;
}

/*
 * udp_lib_unhash -- udp_prot.unhash: take the socket out of udp_table
 * upstream: net/ipv4/udp.c:1879
 * https://elixir.bootlin.com/linux/v5.4/source/net/ipv4/udp.c#L1879
 */
void udp_lib_unhash(struct sock *sk)
{
	if (sk_hashed(sk)) {
		struct udp_table *udptable = sk->sk_prot->h.udp_table;
		struct udp_hslot *hslot, *hslot2;

		hslot  = udp_hashslot(udptable, sock_net(sk),
				      udp_sk(sk)->udp_port_hash);
		hslot2 = udp_hashslot2(udptable, udp_sk(sk)->udp_portaddr_hash);

		spin_lock_bh(&hslot->lock);
		......
		/* out of hash; the port is free again */
		if (sk_del_node_init_rcu(sk)) {
			hslot->count--;
			inet_sk(sk)->inet_num = 0;
			sock_prot_inuse_add(sock_net(sk), sk->sk_prot, -1);

			/* and out of hash2 */
			spin_lock(&hslot2->lock);
			hlist_del_init_rcu(&udp_sk(sk)->udp_portaddr_node);
			hslot2->count--;
			spin_unlock(&hslot2->lock);
		}
		spin_unlock_bh(&hslot->lock);
	}
}

/*
 * __udp_queue_rcv_skb -- account and enqueue
 * upstream: net/ipv4/udp.c:1956
 * https://elixir.bootlin.com/linux/v5.4/source/net/ipv4/udp.c#L1956
 */
static int __udp_queue_rcv_skb(struct sock *sk, struct sk_buff *skb)
{
	int rc;
	......
	rc = __udp_enqueue_schedule_skb(sk, skb);
	if (rc < 0) {
		int is_udplite = IS_UDPLITE(sk);

		/* Note that an ENOMEM error is charged twice */
		if (rc == -ENOMEM)
			UDP_INC_STATS(sock_net(sk), UDP_MIB_RCVBUFERRORS,
					is_udplite);
		UDP_INC_STATS(sock_net(sk), UDP_MIB_INERRORS, is_udplite);
		kfree_skb(skb);
		/* the one UDP tracepoint on this path */
		trace_udp_fail_queue_rcv_skb(rc, sk);
		return -1;
	}

	return 0;
}

/*
 * udp_queue_rcv_one_skb -- per-socket checks before queueing
 * upstream: net/ipv4/udp.c:1993
 * https://elixir.bootlin.com/linux/v5.4/source/net/ipv4/udp.c#L1993
 */
static int udp_queue_rcv_one_skb(struct sock *sk, struct sk_buff *skb)
{
	struct udp_sock *up = udp_sk(sk);
	int is_udplite = IS_UDPLITE(sk);

	/* IPsec policy, then encapsulation sockets (L2TP, VXLAN ...) */
	if (!xfrm4_policy_check(sk, XFRM_POLICY_IN, skb))
		goto drop;
	nf_reset_ct(skb);
	......
	/* a socket filter (SO_ATTACH_FILTER) may still say no */
	if (sk_filter_trim_cap(sk, skb, sizeof(struct udphdr)))
		goto drop;

	udp_csum_pull_header(skb);

	ipv4_pktinfo_prepare(sk, skb);
	return __udp_queue_rcv_skb(sk, skb);
	......
drop:
	__UDP_INC_STATS(sock_net(sk), UDP_MIB_INERRORS, is_udplite);
	atomic_inc(&sk->sk_drops);
	kfree_skb(skb);
	return -1;
}

/*
 * udp_queue_rcv_skb -- deliver to a found socket
 * upstream: net/ipv4/udp.c:2096
 * https://elixir.bootlin.com/linux/v5.4/source/net/ipv4/udp.c#L2096
 */
static int udp_queue_rcv_skb(struct sock *sk, struct sk_buff *skb)
{
	struct sk_buff *next, *segs;
	int ret;

	/* the usual case: one datagram (GRO may have merged several) */
	if (likely(!udp_unexpected_gso(sk, skb)))
		return udp_queue_rcv_one_skb(sk, skb);
	......
	return 0;
}

/*
 * udp_unicast_rcv_skb -- wrapper for udp_queue_rcv_skb
 * upstream: net/ipv4/udp.c:2253
 * https://elixir.bootlin.com/linux/v5.4/source/net/ipv4/udp.c#L2253
 */
static int udp_unicast_rcv_skb(struct sock *sk, struct sk_buff *skb,
			       struct udphdr *uh)
{
	int ret;

	if (inet_get_convert_csum(sk) && uh->check && !IS_UDPLITE(sk))
		skb_checksum_try_convert(skb, IPPROTO_UDP, inet_compute_pseudo);

	ret = udp_queue_rcv_skb(sk, skb);

	/* a return value > 0 means to resubmit the input */
	if (ret > 0)
		return -ret;
	return 0;
}

/*
 * __udp4_lib_rcv -- a datagram arrived: find its socket or answer ICMP
 * upstream: net/ipv4/udp.c:2275
 * https://elixir.bootlin.com/linux/v5.4/source/net/ipv4/udp.c#L2275
 */
int __udp4_lib_rcv(struct sk_buff *skb, struct udp_table *udptable,
		   int proto)
{
	struct sock *sk;
	struct udphdr *uh;
	unsigned short ulen;
	struct rtable *rt = skb_rtable(skb);
	__be32 saddr, daddr;
	struct net *net = dev_net(skb->dev);

	/*  Validate the packet. */
	if (!pskb_may_pull(skb, sizeof(struct udphdr)))
		goto drop;		/* No space for header. */

	uh   = udp_hdr(skb);
	ulen = ntohs(uh->len);
	saddr = ip_hdr(skb)->saddr;
	daddr = ip_hdr(skb)->daddr;

	/* uh->len must agree with what IP delivered */
	if (ulen > skb->len)
		goto short_packet;
	......
	if (udp4_csum_init(skb, uh, proto))
		goto csum_error;
	......
	/* broadcast and multicast go to every matching socket */
	if (rt->rt_flags & (RTCF_BROADCAST|RTCF_MULTICAST))
		return __udp4_lib_mcast_deliver(net, skb, uh,
						saddr, daddr, udptable, proto);

	/* unicast: one socket, by (daddr, dport), then (ANY, dport) */
	sk = __udp4_lib_lookup_skb(skb, uh->source, uh->dest, udptable);
	if (sk)
		return udp_unicast_rcv_skb(sk, skb, uh);

	if (!xfrm4_policy_check(NULL, XFRM_POLICY_IN, skb))
		goto drop;
	nf_reset_ct(skb);

	/* No socket. Drop packet silently, if checksum is wrong */
	if (udp_lib_checksum_complete(skb))
		goto csum_error;

	/* nobody bound this port: count it and tell the sender --
	 * UDP's counterpart of TCP's RST is an ICMP port unreachable */
	__UDP_INC_STATS(net, UDP_MIB_NOPORTS, proto == IPPROTO_UDPLITE);
	icmp_send(skb, ICMP_DEST_UNREACH, ICMP_PORT_UNREACH, 0);

	kfree_skb(skb);
	return 0;

short_packet:
	......
	goto drop;
csum_error:
	......
drop:
	__UDP_INC_STATS(net, UDP_MIB_INERRORS, proto == IPPROTO_UDPLITE);
	kfree_skb(skb);
	return 0;
}

/*
 * udp_rcv -- udp_protocol.handler, called by ip_local_deliver_finish
 * upstream: net/ipv4/udp.c:2496
 * https://elixir.bootlin.com/linux/v5.4/source/net/ipv4/udp.c#L2496
 */
int udp_rcv(struct sk_buff *skb)
{
	return __udp4_lib_rcv(skb, &udp_table, IPPROTO_UDP);
}

/*
 * udp_destroy_sock -- udp_prot.destroy, called by sk_common_release
 * upstream: net/ipv4/udp.c:2501
 * https://elixir.bootlin.com/linux/v5.4/source/net/ipv4/udp.c#L2501
 */
void udp_destroy_sock(struct sock *sk)
{
	struct udp_sock *up = udp_sk(sk);
	bool slow = lock_sock_fast(sk);

	/* drop a datagram still being corked (UDP_CORK / MSG_MORE) */
	udp_flush_pending_frames(sk);
	unlock_sock_fast(sk, slow);
	/* tunnel sockets (encap_type) have their own destructor */
	if (static_branch_unlikely(&udp_encap_needed_key)) {
		......
	}
}

/*
 * udp_poll -- inet_dgram_ops.poll: datagram_poll, and datagrams already
 * moved to the reader queue
 * upstream: net/ipv4/udp.c:2738
 * https://elixir.bootlin.com/linux/v5.4/source/net/ipv4/udp.c#L2738
 */
__poll_t udp_poll(struct file *file, struct socket *sock, poll_table *wait)
{
	__poll_t mask = datagram_poll(file, sock, wait);
	struct sock *sk = sock->sk;

	if (!skb_queue_empty_lockless(&udp_sk(sk)->reader_queue))
		mask |= EPOLLIN | EPOLLRDNORM;
	......
	return mask;

}
