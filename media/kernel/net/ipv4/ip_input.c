// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * net/ipv4/ip_input.c -- IP on the way up: ip_rcv checks the header, the
 * PRE_ROUTING hook, the input route decides "this host", the LOCAL_IN
 * hook, and the protocol's handler (tcp_v4_rcv, udp_rcv, icmp_rcv) gets
 * the packet with the IP header pulled off.
 *
 * Abridged rendition for sockwalk, Linux v5.4; annotations are ours.
 * Upstream: net/ipv4/ip_input.c (Linux v5.4). "......" marks omitted code.
 */

/*
 * ip_protocol_deliver_rcu -- inet_protos[protocol]->handler
 * upstream: net/ipv4/ip_input.c:187
 * https://elixir.bootlin.com/linux/v5.4/source/net/ipv4/ip_input.c#L187
 */
void ip_protocol_deliver_rcu(struct net *net, struct sk_buff *skb, int protocol)
{
	const struct net_protocol *ipprot;
	int raw, ret;

resubmit:
	/* raw sockets get a copy first (none here) */
	raw = raw_local_deliver(skb, protocol);

	/* the table inet_init filled: tcp_protocol, udp_protocol, icmp_protocol */
	ipprot = rcu_dereference(inet_protos[protocol]);
	if (ipprot) {
		......
		ret = INDIRECT_CALL_2(ipprot->handler, tcp_v4_rcv, udp_rcv,
				      skb);
		......
		__IP_INC_STATS(net, IPSTATS_MIB_INDELIVERS);
	} else {
		......
	}
}

/*
 * ip_local_deliver_finish -- pull the IP header: the transport protocol
 * sees its own header at skb->data
 * upstream: net/ipv4/ip_input.c:226
 * https://elixir.bootlin.com/linux/v5.4/source/net/ipv4/ip_input.c#L226
 */
static int ip_local_deliver_finish(struct net *net, struct sock *sk, struct sk_buff *skb)
{
	__skb_pull(skb, skb_network_header_len(skb));

	rcu_read_lock();
	ip_protocol_deliver_rcu(net, skb, ip_hdr(skb)->protocol);
	rcu_read_unlock();

	return 0;
}

/*
 * ip_local_deliver -- dst->input of a local route: reassembly, then the
 * NF_INET_LOCAL_IN hook (iptables' INPUT chain)
 * upstream: net/ipv4/ip_input.c:240
 * https://elixir.bootlin.com/linux/v5.4/source/net/ipv4/ip_input.c#L240
 */
int ip_local_deliver(struct sk_buff *skb)
{
	/*
	 *	Reassemble IP fragments.
	 */
	struct net *net = dev_net(skb->dev);

	if (ip_is_fragment(ip_hdr(skb))) {
		if (ip_defrag(net, skb, IP_DEFRAG_LOCAL_DELIVER))
			return 0;
	}

	return NF_HOOK(NFPROTO_IPV4, NF_INET_LOCAL_IN,
		       net, NULL, skb, skb->dev, NULL,
		       ip_local_deliver_finish);
}

/*
 * ip_rcv_finish_core -- the input route: is the packet for this host?
 * upstream: net/ipv4/ip_input.c:307
 * https://elixir.bootlin.com/linux/v5.4/source/net/ipv4/ip_input.c#L307
 */
static int ip_rcv_finish_core(struct net *net, struct sock *sk,
			      struct sk_buff *skb, struct net_device *dev)
{
	const struct iphdr *iph = ip_hdr(skb);
	int (*edemux)(struct sk_buff *skb);
	struct rtable *rt;
	int err;

	/* early demux: v5.4 looks up an established TCP socket here and takes
	 * its cached input route; the simulator leaves it out and finds the
	 * route below, as for every other packet */
	if (net->ipv4.sysctl_ip_early_demux &&
	    !skb_dst(skb) &&
	    !skb->sk &&
	    !ip_is_fragment(iph)) {
		......
	}

	/*
	 *	Initialise the virtual path cache for the packet. It describes
	 *	how the packet travels inside Linux networking.
	 */
	if (!skb_valid_dst(skb)) {
		/* the routing table: a local address gives a route whose
		 * input is ip_local_deliver */
		err = ip_route_input_noref(skb, iph->daddr, iph->saddr,
					   iph->tos, dev);
		if (unlikely(err))
			goto drop_error;
	}
	......
	rt = skb_rtable(skb);
	if (rt->rt_type == RTN_MULTICAST) {
		......
	} else if (rt->rt_type == RTN_BROADCAST) {
		......
	} else if (skb->pkt_type == PACKET_BROADCAST ||
		   skb->pkt_type == PACKET_MULTICAST) {
		......
	}

	return NET_RX_SUCCESS;
	......
}

/*
 * ip_rcv_finish -- after PRE_ROUTING: route the packet, then dst_input
 * upstream: net/ipv4/ip_input.c:399
 * https://elixir.bootlin.com/linux/v5.4/source/net/ipv4/ip_input.c#L399
 */
static int ip_rcv_finish(struct net *net, struct sock *sk, struct sk_buff *skb)
{
	struct net_device *dev = skb->dev;
	int ret;
	......
	ret = ip_rcv_finish_core(net, sk, skb, dev);
	if (ret != NET_RX_DROP)
		ret = dst_input(skb);
	return ret;
}

/*
 * ip_rcv_core -- is it a sound IPv4 packet for this host?
 * upstream: net/ipv4/ip_input.c:420
 * https://elixir.bootlin.com/linux/v5.4/source/net/ipv4/ip_input.c#L420
 */
static struct sk_buff *ip_rcv_core(struct sk_buff *skb, struct net *net)
{
	const struct iphdr *iph;
	u32 len;

	/* When the interface is in promisc. mode, drop all the crap
	 * that it receives, do not try to analyse it.
	 */
	if (skb->pkt_type == PACKET_OTHERHOST)
		goto drop;

	__IP_UPD_PO_STATS(net, IPSTATS_MIB_IN, skb->len);
	......
	if (!pskb_may_pull(skb, sizeof(struct iphdr)))
		goto inhdr_error;

	iph = ip_hdr(skb);
	......
	if (iph->ihl < 5 || iph->version != 4)
		goto inhdr_error;
	......
	if (!pskb_may_pull(skb, iph->ihl*4))
		goto inhdr_error;

	iph = ip_hdr(skb);

	if (unlikely(ip_fast_csum((u8 *)iph, iph->ihl)))
		goto csum_error;

	len = ntohs(iph->tot_len);
	if (skb->len < len) {
		__IP_INC_STATS(net, IPSTATS_MIB_INTRUNCATEDPKTS);
		goto drop;
	} else if (len < (iph->ihl*4))
		goto inhdr_error;
	......
	iph = ip_hdr(skb);
	/* the transport header starts after the IP header */
	skb->transport_header = skb->network_header + iph->ihl*4;
	......
	return skb;
	......
}

/*
 * ip_rcv -- ETH_P_IP's packet_type handler (ip_packet_type.func)
 * upstream: net/ipv4/ip_input.c:514
 * https://elixir.bootlin.com/linux/v5.4/source/net/ipv4/ip_input.c#L514
 */
int ip_rcv(struct sk_buff *skb, struct net_device *dev, struct packet_type *pt,
	   struct net_device *orig_dev)
{
	struct net *net = dev_net(dev);

	skb = ip_rcv_core(skb, net);
	if (skb == NULL)
		return NET_RX_DROP;

	/* iptables' PREROUTING chain (DNAT lives here) */
	return NF_HOOK(NFPROTO_IPV4, NF_INET_PRE_ROUTING,
		       net, NULL, skb, dev, NULL,
		       ip_rcv_finish);
}
