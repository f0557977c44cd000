// SPDX-License-Identifier: GPL-2.0
/*
 * net/ipv4/icmp.c -- ICMP for IPv4: sending an error about a packet we
 * could not deliver (port unreachable for UDP), and receiving one about a
 * packet we sent, which goes back to the protocol that sent it.
 *
 * Abridged rendition for sockwalk, Linux v5.4; annotations are ours.
 * Upstream: net/ipv4/icmp.c (Linux v5.4). "......" marks omitted code.
 */

/*
 * __icmp_send -- send an ICMP error about skb_in (icmp_send() calls it)
 * upstream: net/ipv4/icmp.c:568
 * https://elixir.bootlin.com/linux/v5.4/source/net/ipv4/icmp.c#L568
 */
void __icmp_send(struct sk_buff *skb_in, int type, int code, __be32 info,
		 const struct ip_options *opt)
{
	struct iphdr *iph;
	int room;
	struct icmp_bxm icmp_param;
	struct rtable *rt = skb_rtable(skb_in);
	struct ipcm_cookie ipc;
	struct flowi4 fl4;
	__be32 saddr;
	......
	struct net *net;
	struct sock *sk;
	......
	/* the header of the datagram we could not deliver */
	iph = ip_hdr(skb_in);
	......
	/* never about broadcasts, fragments after the first, or ICMP errors */
	if (rt->rt_flags & (RTCF_BROADCAST | RTCF_MULTICAST))
		goto out;
	......
	/* rate limits: net.ipv4.icmp_msgs_per_sec, then per peer (icmp_ratelimit) */
	if (!(skb_in->dev && (skb_in->dev->flags&IFF_LOOPBACK)) &&
	      !icmpv4_global_allow(net, type, code))
		goto out_bh_enable;

	/* sent from a per-CPU kernel socket, not from any user socket */
	sk = icmp_xmit_lock(net);
	......
	/* from the address the datagram was sent to */
	saddr = iph->daddr;
	/* not one of ours (a packet that never left: ARP failed): the
	 * route chooses the source */
	if (!(rt->rt_flags & RTCF_LOCAL)) {
		struct net_device *dev = NULL;

		rcu_read_lock();
		if (rt_is_input_route(rt) &&
		    net->ipv4.sysctl_icmp_errors_use_inbound_ifaddr)
			dev = dev_get_by_index_rcu(net, inet_iif(skb_in));

		if (dev)
			saddr = inet_select_addr(dev, 0, RT_SCOPE_LINK);
		else
			saddr = 0;
		rcu_read_unlock();
	}
	......
	icmp_param.data.icmph.type	 = type;
	icmp_param.data.icmph.code	 = code;
	icmp_param.data.icmph.un.gateway = info;
	......
	icmp_param.skb	  = skb_in;
	icmp_param.offset = skb_network_offset(skb_in);
	......
	/* back to whoever sent it */
	ipc.addr = iph->saddr;
	......
	rt = icmp_route_lookup(net, &fl4, skb_in, iph, saddr, tos, mark,
			       type, code, &icmp_param);
	......
	/* RFC 1812: quote as much of the datagram as fits in 576 bytes --
	 * at least its IP header and the 8 bytes with the UDP ports */
	room = dst_mtu(&rt->dst);
	if (room > 576)
		room = 576;
	room -= sizeof(struct iphdr) + icmp_param.replyopts.opt.opt.optlen;
	room -= sizeof(struct icmphdr);

	icmp_param.data_len = skb_in->len - icmp_param.offset;
	if (icmp_param.data_len > room)
		icmp_param.data_len = room;
	icmp_param.head_len = sizeof(struct icmphdr);

	icmp_push_reply(&icmp_param, &fl4, &ipc, &rt);
	......
out:;
}

/*
 * icmp_socket_deliver -- hand an ICMP error to the protocol it is about
 * upstream: net/ipv4/icmp.c:750
 * https://elixir.bootlin.com/linux/v5.4/source/net/ipv4/icmp.c#L750
 */
static void icmp_socket_deliver(struct sk_buff *skb, u32 info)
{
	/* the quoted IP header of our own datagram */
	const struct iphdr *iph = (const struct iphdr *) skb->data;
	const struct net_protocol *ipprot;
	int protocol = iph->protocol;

	/* the quote must hold the IP header plus 8 bytes (the UDP header) */
	if (!pskb_may_pull(skb, iph->ihl * 4 + 8)) {
		__ICMP_INC_STATS(dev_net(skb->dev), ICMP_MIB_INERRORS);
		return;
	}

	raw_icmp_error(skb, protocol, info);

	/* inet_protos[IPPROTO_UDP] is udp_protocol: its err_handler is udp_err */
	ipprot = rcu_dereference(inet_protos[protocol]);
	if (ipprot && ipprot->err_handler)
		ipprot->err_handler(skb, info);
}

/*
 * icmp_unreach -- the handler for ICMP_DEST_UNREACH (and a few others)
 * upstream: net/ipv4/icmp.c:786
 * https://elixir.bootlin.com/linux/v5.4/source/net/ipv4/icmp.c#L786
 */
static bool icmp_unreach(struct sk_buff *skb)
{
	const struct iphdr *iph;
	struct icmphdr *icmph;
	struct net *net;
	u32 info = 0;

	net = dev_net(skb_dst(skb)->dev);
	......
	icmph = icmp_hdr(skb);
	iph   = (const struct iphdr *)skb->data;

	if (iph->ihl < 5) /* Mangled header, drop. */
		goto out_err;

	switch (icmph->type) {
	case ICMP_DEST_UNREACH:
		switch (icmph->code & 15) {
		case ICMP_NET_UNREACH:
		case ICMP_HOST_UNREACH:
		case ICMP_PROT_UNREACH:
		case ICMP_PORT_UNREACH:
			/* nothing to do here: the protocol decides */
			break;
		......
		}
		if (icmph->code > NR_ICMP_UNREACH)
			goto out;
		break;
	......
	}
	......
	icmp_socket_deliver(skb, info);

out:
	return true;
out_err:
	__ICMP_INC_STATS(net, ICMP_MIB_INERRORS);
	return false;
}

/*
 * icmp_rcv -- icmp_protocol.handler: an ICMP message arrived
 * upstream: net/ipv4/icmp.c:995
 * https://elixir.bootlin.com/linux/v5.4/source/net/ipv4/icmp.c#L995
 */
int icmp_rcv(struct sk_buff *skb)
{
	struct icmphdr *icmph;
	struct rtable *rt = skb_rtable(skb);
	struct net *net = dev_net(rt->dst.dev);
	bool success;
	......
	__ICMP_INC_STATS(net, ICMP_MIB_INMSGS);

	if (skb_checksum_simple_validate(skb))
		goto csum_error;

	if (!pskb_pull(skb, sizeof(*icmph)))
		goto error;

	icmph = icmp_hdr(skb);

	ICMPMSGIN_INC_STATS(net, icmph->type);
	/* 18 is the highest 'known' ICMP type */
	if (icmph->type > NR_ICMP_TYPES)
		goto error;
	......
	/* icmp_pointers[ICMP_DEST_UNREACH].handler is icmp_unreach */
	success = icmp_pointers[icmph->type].handler(skb);

	if (success)  {
		consume_skb(skb);
		return NET_RX_SUCCESS;
	}

drop:
	kfree_skb(skb);
	return NET_RX_DROP;
csum_error:
	__ICMP_INC_STATS(net, ICMP_MIB_CSUMERRORS);
error:
	__ICMP_INC_STATS(net, ICMP_MIB_INERRORS);
	goto drop;
}
