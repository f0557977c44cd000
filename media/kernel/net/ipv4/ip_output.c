// SPDX-License-Identifier: GPL-2.0-only
/*
 * net/ipv4/ip_output.c -- IP on the way down: the IP header in front of
 * TCP's segment (__ip_queue_xmit) or of a built datagram (ip_send_skb),
 * the LOCAL_OUT and POST_ROUTING hooks, the MTU test, and the neighbour
 * that takes the packet to the device.
 *
 * Abridged rendition for sockwalk, Linux v5.4; annotations are ours.
 * Upstream: net/ipv4/ip_output.c (Linux v5.4). "......" marks omitted code.
 */

/*
 * __ip_local_out -- finish the header (length, checksum) and run the
 * NF_INET_LOCAL_OUT hook
 * upstream: net/ipv4/ip_output.c:98
 * https://elixir.bootlin.com/linux/v5.4/source/net/ipv4/ip_output.c#L98
 */
int __ip_local_out(struct net *net, struct sock *sk, struct sk_buff *skb)
{
	struct iphdr *iph = ip_hdr(skb);

	/* the whole packet's length, now that nothing is added any more */
	iph->tot_len = htons(skb->len);
	ip_send_check(iph);
	......
	skb->protocol = htons(ETH_P_IP);

	/* the first netfilter hook: iptables' OUTPUT chain. 1 means "go on":
	 * ip_local_out then calls dst_output itself */
	return nf_hook(NFPROTO_IPV4, NF_INET_LOCAL_OUT,
		       net, sk, skb, NULL, skb_dst(skb)->dev,
		       dst_output);
}

/*
 * ip_local_out -- every locally made IPv4 packet passes here: TCP's,
 * UDP's, ICMP's, the resets and ACKs the kernel answers with
 * upstream: net/ipv4/ip_output.c:119
 * https://elixir.bootlin.com/linux/v5.4/source/net/ipv4/ip_output.c#L119
 */
int ip_local_out(struct net *net, struct sock *sk, struct sk_buff *skb)
{
	int err;

	err = __ip_local_out(net, sk, skb);
	if (likely(err == 1))
		err = dst_output(net, sk, skb);

	return err;
}

/*
 * ip_build_and_send_pkt -- the SYN-ACK's IP header: a request sock has no
 * route cached in a socket, so the header is built here
 * upstream: net/ipv4/ip_output.c:144
 * https://elixir.bootlin.com/linux/v5.4/source/net/ipv4/ip_output.c#L144
 */
int ip_build_and_send_pkt(struct sk_buff *skb, const struct sock *sk,
			  __be32 saddr, __be32 daddr, struct ip_options_rcu *opt)
{
	struct inet_sock *inet = inet_sk(sk);
	struct rtable *rt = skb_rtable(skb);
	struct net *net = sock_net(sk);
	struct iphdr *iph;

	/* Build the IP header. */
	skb_push(skb, sizeof(struct iphdr) + (opt ? opt->opt.optlen : 0));
	skb_reset_network_header(skb);
	iph = ip_hdr(skb);
	iph->version  = 4;
	iph->ihl      = 5;
	iph->tos      = inet->tos;
	iph->ttl      = ip_select_ttl(inet, &rt->dst);
	iph->daddr    = (opt && opt->opt.srr ? opt->opt.faddr : daddr);
	iph->saddr    = saddr;
	iph->protocol = sk->sk_protocol;
	/* path MTU discovery is on: Don't Fragment, and the id stays 0 */
	if (ip_dont_fragment(sk, &rt->dst)) {
		iph->frag_off = htons(IP_DF);
		iph->id = 0;
	} else {
		......
	}
	......
	/* Send it out. */
	return ip_local_out(net, skb->sk, skb);
}

/*
 * ip_finish_output2 -- find the neighbour (the next hop's link-layer
 * address) and hand the packet to it
 * upstream: net/ipv4/ip_output.c:185
 * https://elixir.bootlin.com/linux/v5.4/source/net/ipv4/ip_output.c#L185
 */
static int ip_finish_output2(struct net *net, struct sock *sk, struct sk_buff *skb)
{
	struct dst_entry *dst = skb_dst(skb);
	struct rtable *rt = (struct rtable *)dst;
	struct net_device *dev = dst->dev;
	unsigned int hh_len = LL_RESERVED_SPACE(dev);
	struct neighbour *neigh;
	bool is_v6gw = false;
	......
	/* Be paranoid, rather than too clever. */
	if (unlikely(skb_headroom(skb) < hh_len && dev->header_ops)) {
		......
	}
	......
	rcu_read_lock_bh();
	/* the neighbour of the next hop: the gateway's, or (on the same
	 * link) the destination's own -- found, or created */
	neigh = ip_neigh_for_gw(rt, skb, &is_v6gw);
	if (!IS_ERR(neigh)) {
		int res;

		sock_confirm_neigh(skb, neigh);
		/* if crossing protocols, can not use the cached header */
		res = neigh_output(neigh, skb, is_v6gw);
		rcu_read_unlock_bh();
		return res;
	}
	......
}

/*
 * __ip_finish_output -- larger than the route's MTU: fragment first
 * upstream: net/ipv4/ip_output.c:290
 * https://elixir.bootlin.com/linux/v5.4/source/net/ipv4/ip_output.c#L290
 */
static int __ip_finish_output(struct net *net, struct sock *sk, struct sk_buff *skb)
{
	unsigned int mtu;
	......
	mtu = ip_skb_dst_mtu(sk, skb);
	if (skb_is_gso(skb))
		return ip_finish_output_gso(net, sk, skb, mtu);

	if (skb->len > mtu || (IPCB(skb)->flags & IPSKB_FRAG_PMTU))
		return ip_fragment(net, sk, skb, mtu, ip_finish_output2);

	return ip_finish_output2(net, sk, skb);
}

/*
 * ip_finish_output -- after POST_ROUTING: a cgroup's BPF egress program
 * may still drop it (none here)
 * upstream: net/ipv4/ip_output.c:311
 * https://elixir.bootlin.com/linux/v5.4/source/net/ipv4/ip_output.c#L311
 */
static int ip_finish_output(struct net *net, struct sock *sk, struct sk_buff *skb)
{
	int ret;

	ret = BPF_CGROUP_RUN_PROG_INET_EGRESS(sk, skb);
	switch (ret) {
	case NET_XMIT_SUCCESS:
		return __ip_finish_output(net, sk, skb);
	......
	}
}

/*
 * ip_output -- dst->output of a unicast route: the device is the route's,
 * then the NF_INET_POST_ROUTING hook
 * upstream: net/ipv4/ip_output.c:423
 * https://elixir.bootlin.com/linux/v5.4/source/net/ipv4/ip_output.c#L423
 */
int ip_output(struct net *net, struct sock *sk, struct sk_buff *skb)
{
	struct net_device *dev = skb_dst(skb)->dev;

	IP_UPD_PO_STATS(net, IPSTATS_MIB_OUT, skb->len);

	skb->dev = dev;
	skb->protocol = htons(ETH_P_IP);

	/* iptables' POSTROUTING chain (NAT's SNAT lives here) */
	return NF_HOOK_COND(NFPROTO_IPV4, NF_INET_POST_ROUTING,
			    net, sk, skb, NULL, dev,
			    ip_finish_output,
			    !(IPCB(skb)->flags & IPSKB_REROUTED));
}

/*
 * __ip_queue_xmit -- tcp's icsk_af_ops->queue_xmit (ipv4_specific): the
 * route, then the IP header in front of the TCP header
 * upstream: net/ipv4/ip_output.c:453
 * https://elixir.bootlin.com/linux/v5.4/source/net/ipv4/ip_output.c#L453
 */
int __ip_queue_xmit(struct sock *sk, struct sk_buff *skb, struct flowi *fl,
		    __u8 tos)
{
	struct inet_sock *inet = inet_sk(sk);
	struct net *net = sock_net(sk);
	struct ip_options_rcu *inet_opt;
	struct flowi4 *fl4;
	struct rtable *rt;
	struct iphdr *iph;
	int res;
	......
	rcu_read_lock();
	inet_opt = rcu_dereference(inet->inet_opt);
	fl4 = &fl->u.ip4;
	rt = skb_rtable(skb);
	if (rt)
		goto packet_routed;

	/* Make sure we can route this packet. */
	/* the route the socket keeps (sk->sk_dst_cache), still valid? */
	rt = (struct rtable *)__sk_dst_check(sk, 0);
	if (!rt) {
		__be32 daddr;

		/* Use correct destination address if we have options. */
		daddr = inet->inet_daddr;
		......
		/* none cached (the first segment): look the route up, and
		 * cache it in the socket for the next ones */
		rt = ip_route_output_ports(net, fl4, sk,
					   daddr, inet->inet_saddr,
					   inet->inet_dport,
					   inet->inet_sport,
					   sk->sk_protocol,
					   RT_CONN_FLAGS_TOS(sk, tos),
					   sk->sk_bound_dev_if);
		if (IS_ERR(rt))
			goto no_route;
		sk_setup_caps(sk, &rt->dst);
	}
	skb_dst_set_noref(skb, &rt->dst);

packet_routed:
	......
	/* OK, we know where to send it, allocate and build IP header. */
	skb_push(skb, sizeof(struct iphdr) + (inet_opt ? inet_opt->opt.optlen : 0));
	skb_reset_network_header(skb);
	iph = ip_hdr(skb);
	/* version 4, a header of 5 words (no options), the TOS */
	*((__be16 *)iph) = htons((4 << 12) | (5 << 8) | (tos & 0xff));
	if (ip_dont_fragment(sk, &rt->dst) && !skb->ignore_df)
		iph->frag_off = htons(IP_DF);
	else
		iph->frag_off = 0;
	iph->ttl      = ip_select_ttl(inet, &rt->dst);
	iph->protocol = sk->sk_protocol;
	ip_copy_addrs(iph, fl4);
	......
	/* the IP id: with DF set, a per-socket counter (inet->inet_id) */
	ip_select_ident_segs(net, skb, sk,
			     skb_shinfo(skb)->gso_segs ?: 1);
	......
	res = ip_local_out(net, sk, skb);
	rcu_read_unlock();
	return res;

no_route:
	rcu_read_unlock();
	IP_INC_STATS(net, IPSTATS_MIB_OUTNOROUTES);
	kfree_skb(skb);
	return -EHOSTUNREACH;
}

/*
 * ip_fragment -- a packet over the MTU: DF clear (a UDP datagram over the
 * MTU), or DF with ignore_df (a local datagram), may be cut in pieces
 * upstream: net/ipv4/ip_output.c:568
 * https://elixir.bootlin.com/linux/v5.4/source/net/ipv4/ip_output.c#L568
 */
static int ip_fragment(struct net *net, struct sock *sk, struct sk_buff *skb,
		       unsigned int mtu,
		       int (*output)(struct net *, struct sock *, struct sk_buff *))
{
	struct iphdr *iph = ip_hdr(skb);

	/* __ip_make_skb set DF only on a datagram that fits: this one has none */
	if ((iph->frag_off & htons(IP_DF)) == 0)
		return ip_do_fragment(net, sk, skb, output);

	/* DF and not a local datagram (ignore_df 0): "fragmentation needed",
	 * the ICMP error path MTU discovery learns from */
	if (unlikely(!skb->ignore_df ||
		     (IPCB(skb)->frag_max_size &&
		      IPCB(skb)->frag_max_size > mtu))) {
		IP_INC_STATS(net, IPSTATS_MIB_FRAGFAILS);
		icmp_send(skb, ICMP_DEST_UNREACH, ICMP_FRAG_NEEDED,
			  htonl(mtu));
		kfree_skb(skb);
		return -EMSGSIZE;
	}

	return ip_do_fragment(net, sk, skb, output);
}

/*
 * ip_fraglist_init -- the first skb becomes the first fragment: its own
 * length, More Fragments set, offset 0
 * upstream: net/ipv4/ip_output.c:590
 * https://elixir.bootlin.com/linux/v5.4/source/net/ipv4/ip_output.c#L590
 */
void ip_fraglist_init(struct sk_buff *skb, struct iphdr *iph,
		      unsigned int hlen, struct ip_fraglist_iter *iter)
{
	unsigned int first_len = skb_pagelen(skb);

	/* take the chain off the first skb: the iterator walks it */
	iter->frag = skb_shinfo(skb)->frag_list;
	skb_frag_list_init(skb);

	iter->offset = 0;
	iter->iph = iph;
	iter->hlen = hlen;

	skb->data_len = first_len - skb_headlen(skb);
	skb->len = first_len;
	iph->tot_len = htons(first_len);
	iph->frag_off = htons(IP_MF);
	ip_send_check(iph);
}

/*
 * ip_fraglist_prepare -- the next skb on the chain becomes a fragment: a
 * copy of the IP header pushed in front, its length, its offset (in
 * 8-byte units) and MF unless it is the last
 * upstream: net/ipv4/ip_output.c:622
 * https://elixir.bootlin.com/linux/v5.4/source/net/ipv4/ip_output.c#L622
 */
void ip_fraglist_prepare(struct sk_buff *skb, struct ip_fraglist_iter *iter)
{
	unsigned int hlen = iter->hlen;
	struct iphdr *iph = iter->iph;
	struct sk_buff *frag;

	frag = iter->frag;
	frag->ip_summed = CHECKSUM_NONE;
	skb_reset_transport_header(frag);
	/* __ip_make_skb pulled the header room off: push it back */
	__skb_push(frag, hlen);
	skb_reset_network_header(frag);
	memcpy(skb_network_header(frag), iph, hlen);
	iter->iph = ip_hdr(frag);
	iph = iter->iph;
	iph->tot_len = htons(frag->len);
	ip_copy_metadata(frag, skb);
	/* this fragment starts where the one before it ended */
	iter->offset += skb->len - hlen;
	iph->frag_off = htons(iter->offset >> 3);
	if (frag->next)
		iph->frag_off |= htons(IP_MF);
	/* Ready, complete checksum */
	ip_send_check(iph);
}

/*
 * ip_do_fragment -- cut a datagram into fragments and send each; the fast
 * path walks the frag_list __ip_make_skb built (every piece already
 * fragment-sized), the slow path copies
 * upstream: net/ipv4/ip_output.c:766
 * https://elixir.bootlin.com/linux/v5.4/source/net/ipv4/ip_output.c#L766
 */
int ip_do_fragment(struct net *net, struct sock *sk, struct sk_buff *skb,
		   int (*output)(struct net *, struct sock *, struct sk_buff *))
{
	struct iphdr *iph;
	struct sk_buff *skb2;
	struct rtable *rt = skb_rtable(skb);
	unsigned int mtu, hlen, ll_rs;
	struct ip_fraglist_iter iter;
	ktime_t tstamp = skb->tstamp;
	struct ip_frag_state state;
	int err = 0;
	......
	iph = ip_hdr(skb);

	mtu = ip_skb_dst_mtu(sk, skb);
	if (IPCB(skb)->frag_max_size && IPCB(skb)->frag_max_size < mtu)
		mtu = IPCB(skb)->frag_max_size;

	/*
	 *	Setup starting values.
	 */

	hlen = iph->ihl * 4;
	/* the data each fragment can carry: 1500 - 20 = 1480 on Ethernet */
	mtu = mtu - hlen;	/* Size of data space */
	IPCB(skb)->flags |= IPSKB_FRAG_COMPLETE;
	ll_rs = LL_RESERVED_SPACE(rt->dst.dev);
	......
	if (skb_has_frag_list(skb)) {
		struct sk_buff *frag, *frag2;
		unsigned int first_len = skb_pagelen(skb);

		/* the geometry must be right: each piece at most mtu bytes
		 * and a multiple of 8 (all but the last), with room in front
		 * for the IP and link-layer headers */
		if (first_len - hlen > mtu ||
		    ((first_len - hlen) & 7) ||
		    ip_is_fragment(iph) ||
		    skb_cloned(skb) ||
		    skb_headroom(skb) < ll_rs)
			goto slow_path;

		skb_walk_frags(skb, frag) {
			/* Correct geometry. */
			if (frag->len > mtu ||
			    ((frag->len & 7) && frag->next) ||
			    skb_headroom(frag) < hlen + ll_rs)
				goto slow_path_clean;
			......
		}

		/* Everything is OK. Generate! */
		ip_fraglist_init(skb, iph, hlen, &iter);

		for (;;) {
			/* Prepare header of the next frame,
			 * before previous one went down. */
			if (iter.frag) {
				ip_fraglist_ipcb_prepare(skb, &iter);
				ip_fraglist_prepare(skb, &iter);
			}

			skb->tstamp = tstamp;
			/* output is ip_finish_output2: each fragment goes to
			 * the neighbour and the device as a packet of its own */
			err = output(net, sk, skb);

			if (!err)
				IP_INC_STATS(net, IPSTATS_MIB_FRAGCREATES);
			if (err || !iter.frag)
				break;

			skb = ip_fraglist_next(&iter);
		}

		if (err == 0) {
			IP_INC_STATS(net, IPSTATS_MIB_FRAGOKS);
			return 0;
		}
		......
	}

slow_path:
	......
	ip_frag_init(skb, hlen, ll_rs, mtu, IPCB(skb)->flags & IPSKB_FRAG_PMTU,
		     &state);
	......
}

/*
 * __ip_append_data -- copy the datagram into skbs on a queue, each one a
 * fragment-to-be: a datagram larger than the MTU becomes several skbs of
 * at most mtu bytes, all but the last a multiple of 8 in data
 * upstream: net/ipv4/ip_output.c:953
 * https://elixir.bootlin.com/linux/v5.4/source/net/ipv4/ip_output.c#L953
 */
static int __ip_append_data(struct sock *sk,
			    struct flowi4 *fl4,
			    struct sk_buff_head *queue,
			    struct inet_cork *cork,
			    struct page_frag *pfrag,
			    int getfrag(void *from, char *to, int offset,
					int len, int odd, struct sk_buff *skb),
			    void *from, int length, int transhdrlen,
			    unsigned int flags)
{
	struct inet_sock *inet = inet_sk(sk);
	struct ubuf_info *uarg = NULL;
	struct sk_buff *skb;

	struct ip_options *opt = cork->opt;
	int hh_len;
	int exthdrlen;
	int mtu;
	int copy;
	int err;
	int offset = 0;
	unsigned int maxfraglen, fragheaderlen, maxnonfragsize;
	int csummode = CHECKSUM_NONE;
	struct rtable *rt = (struct rtable *)cork->dst;
	unsigned int wmem_alloc_delta = 0;
	bool paged, extra_uref = false;
	u32 tskey = 0;

	/* an empty queue: this is the datagram's first skb */
	skb = skb_peek_tail(queue);

	exthdrlen = !skb ? rt->dst.header_len : 0;
	/* the route's MTU, as ip_setup_cork read it (cork->fragsize) */
	mtu = cork->gso_size ? IP_MAX_MTU : cork->fragsize;
	paged = !!cork->gso_size;
	......
	hh_len = LL_RESERVED_SPACE(rt->dst.dev);

	fragheaderlen = sizeof(struct iphdr) + (opt ? opt->optlen : 0);
	/* the largest fragment whose data is a multiple of 8: 1500 on
	 * Ethernet (20 + 1480) */
	maxfraglen = ((mtu - fragheaderlen) & ~7) + fragheaderlen;
	/* a plain UDP socket (IP_PMTUDISC_WANT) ignores DF here: only the
	 * 64 KiB of an IP packet limit it, not the MTU */
	maxnonfragsize = ip_sk_ignore_df(sk) ? 0xFFFF : mtu;

	if (cork->length + length > maxnonfragsize - fragheaderlen) {
		ip_local_error(sk, EMSGSIZE, fl4->daddr, inet->inet_dport,
			       mtu - (opt ? opt->optlen : 0));
		return -EMSGSIZE;
	}
	......
	cork->length += length;

	/* So, what's going on in the loop below?
	 *
	 * We use calculated fragment length to generate chained skb,
	 * each of segments is IP fragment ready for sending to network after
	 * adding appropriate IP header.
	 */

	if (!skb)
		goto alloc_new_skb;

	while (length > 0) {
		/* Check if the remaining data fits into current packet. */
		copy = mtu - skb->len;
		if (copy < length)
			copy = maxfraglen - skb->len;
		if (copy <= 0) {
			char *data;
			unsigned int datalen;
			unsigned int fraglen;
			unsigned int fraggap;
			unsigned int alloclen;
			unsigned int pagedlen;
			struct sk_buff *skb_prev;
alloc_new_skb:
			skb_prev = skb;
			if (skb_prev)
				fraggap = skb_prev->len - maxfraglen;
			else
				fraggap = 0;

			/*
			 * If remaining data exceeds the mtu,
			 * we know we need more fragment(s).
			 */
			datalen = length + fraggap;
			if (datalen > mtu - fragheaderlen)
				datalen = maxfraglen - fragheaderlen;
			fraglen = datalen + fragheaderlen;
			pagedlen = 0;
			......
			else if (!paged)
				alloclen = fraglen;
			......
			/* the first skb is charged to the socket (and reports a
			 * pending error); the others are plain allocations */
			if (transhdrlen) {
				skb = sock_alloc_send_skb(sk,
						alloclen + hh_len + 15,
						(flags & MSG_DONTWAIT), &err);
			} else {
				skb = NULL;
				if (refcount_read(&sk->sk_wmem_alloc) + wmem_alloc_delta <=
				    2 * sk->sk_sndbuf)
					skb = alloc_skb(alloclen + hh_len + 15,
							sk->sk_allocation);
				......
			}
			if (!skb)
				goto error;
			......
			/* room for the link-layer header in front */
			skb_reserve(skb, hh_len);

			/*
			 *	Find where to start putting bytes.
			 */
			data = skb_put(skb, fraglen + exthdrlen - pagedlen);
			skb_set_network_header(skb, exthdrlen);
			skb->transport_header = (skb->network_header +
						 fragheaderlen);
			data += fragheaderlen + exthdrlen;
			......
			/* the user's bytes (the first skb: after the 8 bytes
			 * of UDP header, written later by udp_send_skb) */
			copy = datalen - transhdrlen - fraggap - pagedlen;
			if (copy > 0 && getfrag(from, data + transhdrlen, offset, copy, fraggap, skb) < 0) {
				......
			}

			offset += copy;
			length -= copy + transhdrlen;
			transhdrlen = 0;
			exthdrlen = 0;
			csummode = CHECKSUM_NONE;
			......
			/*
			 * Put the packet on the pending queue.
			 */
			......
			__skb_queue_tail(queue, skb);
			continue;
		}
		......
	}
	......
	return 0;
	......
error:
	......
	return err;
}

/*
 * __ip_make_skb -- one skb out of the queue: the first carries the IP
 * header, the others hang on its frag_list; DF is set only if it fits
 * upstream: net/ipv4/ip_output.c:1462
 * https://elixir.bootlin.com/linux/v5.4/source/net/ipv4/ip_output.c#L1462
 */
struct sk_buff *__ip_make_skb(struct sock *sk,
			      struct flowi4 *fl4,
			      struct sk_buff_head *queue,
			      struct inet_cork *cork)
{
	struct sk_buff *skb, *tmp_skb;
	struct sk_buff **tail_skb;
	struct inet_sock *inet = inet_sk(sk);
	struct net *net = sock_net(sk);
	struct ip_options *opt = NULL;
	struct rtable *rt = (struct rtable *)cork->dst;
	struct iphdr *iph;
	__be16 df = 0;
	__u8 ttl;

	skb = __skb_dequeue(queue);
	if (!skb)
		goto out;
	tail_skb = &(skb_shinfo(skb)->frag_list);
	......
	/* the rest of the queue goes on the first skb's frag_list, each
	 * without its header room; their bytes count in skb->len */
	while ((tmp_skb = __skb_dequeue(queue)) != NULL) {
		__skb_pull(tmp_skb, skb_network_header_len(skb));
		*tail_skb = tmp_skb;
		tail_skb = &(tmp_skb->next);
		skb->len += tmp_skb->len;
		skb->data_len += tmp_skb->len;
		skb->truesize += tmp_skb->truesize;
		tmp_skb->destructor = NULL;
		tmp_skb->sk = NULL;
	}

	/* Unless user demanded real pmtu discovery (IP_PMTUDISC_DO), we allow
	 * to fragment the frame generated here. No matter, what transforms
	 * how transforms change size of the packet, it will come out.
	 */
	skb->ignore_df = ip_sk_ignore_df(sk);

	/* DF bit is set when we want to see DF on outgoing frames.
	 * If ignore_df is set too, we still allow to fragment this frame
	 * locally. */
	/* IP_PMTUDISC_WANT: DF only when the datagram fits the route's MTU */
	if (inet->pmtudisc == IP_PMTUDISC_DO ||
	    inet->pmtudisc == IP_PMTUDISC_PROBE ||
	    (skb->len <= dst_mtu(&rt->dst) &&
	     ip_dont_fragment(sk, &rt->dst)))
		df = htons(IP_DF);
	......
	else
		ttl = ip_select_ttl(inet, &rt->dst);

	iph = ip_hdr(skb);
	iph->version = 4;
	iph->ihl = 5;
	iph->tos = (cork->tos != -1) ? cork->tos : inet->tos;
	iph->frag_off = df;
	iph->ttl = ttl;
	iph->protocol = sk->sk_protocol;
	ip_copy_addrs(iph, fl4);
	/* without DF (or with ignore_df) the id comes from a hashed
	 * counter per destination: every fragment of this datagram shares it */
	ip_select_ident(net, skb, sk);
	......
	skb_dst_set(skb, &rt->dst);
	......
out:
	return skb;
}

/*
 * ip_send_skb -- a datagram ip_make_skb built whole (UDP), or the reply
 * ip_push_pending_frames finished (ICMP, TCP's resets and ACKs)
 * upstream: net/ipv4/ip_output.c:1555
 * https://elixir.bootlin.com/linux/v5.4/source/net/ipv4/ip_output.c#L1555
 */
int ip_send_skb(struct net *net, struct sk_buff *skb)
{
	int err;

	err = ip_local_out(net, skb->sk, skb);
	if (err) {
		if (err > 0)
			err = net_xmit_errno(err);
		if (err)
			IP_INC_STATS(net, IPSTATS_MIB_OUTDISCARDS);
	}

	return err;
}

/*
 * ip_make_skb -- UDP's uncorked send: the route into a cork, the data into
 * a private queue of skbs, then one skb out of them
 * upstream: net/ipv4/ip_output.c:1602
 * https://elixir.bootlin.com/linux/v5.4/source/net/ipv4/ip_output.c#L1602
 */
struct sk_buff *ip_make_skb(struct sock *sk,
			    struct flowi4 *fl4,
			    int getfrag(void *from, char *to, int offset,
					int len, int odd, struct sk_buff *skb),
			    void *from, int length, int transhdrlen,
			    struct ipcm_cookie *ipc, struct rtable **rtp,
			    struct inet_cork *cork, unsigned int flags)
{
	struct sk_buff_head queue;
	int err;

	if (flags & MSG_PROBE)
		return NULL;

	__skb_queue_head_init(&queue);

	cork->flags = 0;
	cork->addr = 0;
	cork->opt = NULL;
	/* cork->fragsize = the route's MTU (ip_sk_use_pmtu: dst_mtu) */
	err = ip_setup_cork(sk, cork, ipc, rtp);
	if (err)
		return ERR_PTR(err);

	err = __ip_append_data(sk, fl4, &queue, cork,
			       &current->task_frag, getfrag,
			       from, length, transhdrlen, flags);
	if (err) {
		__ip_flush_pending_frames(sk, &queue, cork);
		return ERR_PTR(err);
	}

	return __ip_make_skb(sk, fl4, &queue, cork);
}
