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
