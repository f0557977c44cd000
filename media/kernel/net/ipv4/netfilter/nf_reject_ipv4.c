// SPDX-License-Identifier: GPL-2.0-only
/*
 * net/ipv4/netfilter/nf_reject_ipv4.c -- what REJECT sends: a TCP reset
 * built from the offending segment and sent through ip_local_out, or an
 * ICMP destination unreachable through icmp_send.
 *
 * Abridged rendition for sockwalk, Linux v5.4; annotations are ours.
 * Upstream: net/ipv4/netfilter/nf_reject_ipv4.c (Linux v5.4). "......" marks omitted code.
 */

/*
 * nf_reject_ip_tcphdr_get -- the offending segment's TCP header, unless no
 * reset may answer it
 * upstream: net/ipv4/netfilter/nf_reject_ipv4.c:15
 * https://elixir.bootlin.com/linux/v5.4/source/net/ipv4/netfilter/nf_reject_ipv4.c#L15
 */
const struct tcphdr *nf_reject_ip_tcphdr_get(struct sk_buff *oldskb,
					     struct tcphdr *_oth, int hook)
{
	const struct tcphdr *oth;
	......
	if (ip_hdr(oldskb)->protocol != IPPROTO_TCP)
		return NULL;

	oth = skb_header_pointer(oldskb, ip_hdrlen(oldskb),
				 sizeof(struct tcphdr), _oth);
	......
	if (oth->rst)
		return NULL;
	......
	return oth;
}

/*
 * nf_reject_iphdr_put -- the reply's IP header: the addresses swapped
 * upstream: net/ipv4/netfilter/nf_reject_ipv4.c:44
 * https://elixir.bootlin.com/linux/v5.4/source/net/ipv4/netfilter/nf_reject_ipv4.c#L44
 */
struct iphdr *nf_reject_iphdr_put(struct sk_buff *nskb,
				  const struct sk_buff *oldskb,
				  __u8 protocol, int ttl)
{
	struct iphdr *niph, *oiph = ip_hdr(oldskb);

	skb_reset_network_header(nskb);
	niph = skb_put(nskb, sizeof(struct iphdr));
	......
	niph->id	= 0;
	niph->frag_off	= htons(IP_DF);
	niph->protocol	= protocol;
	niph->check	= 0;
	niph->saddr	= oiph->daddr;
	niph->daddr	= oiph->saddr;
	niph->ttl	= ttl;

	nskb->protocol = htons(ETH_P_IP);

	return niph;
}

/*
 * nf_reject_ip_tcphdr_put -- the RST: ports swapped; it acknowledges what
 * the segment carried, as tcp_v4_send_reset would
 * upstream: net/ipv4/netfilter/nf_reject_ipv4.c:69
 * https://elixir.bootlin.com/linux/v5.4/source/net/ipv4/netfilter/nf_reject_ipv4.c#L69
 */
void nf_reject_ip_tcphdr_put(struct sk_buff *nskb, const struct sk_buff *oldskb,
			  const struct tcphdr *oth)
{
	struct iphdr *niph = ip_hdr(nskb);
	struct tcphdr *tcph;

	skb_reset_transport_header(nskb);
	tcph = skb_put_zero(nskb, sizeof(struct tcphdr));
	tcph->source	= oth->dest;
	tcph->dest	= oth->source;
	tcph->doff	= sizeof(struct tcphdr) / 4;

	if (oth->ack) {
		tcph->seq = oth->ack_seq;
	} else {
		/* a SYN: seq 0, ACK of its sequence + 1 (tcpdump: R.) */
		tcph->ack_seq = htonl(ntohl(oth->seq) + oth->syn + oth->fin +
				      oldskb->len - ip_hdrlen(oldskb) -
				      (oth->doff << 2));
		tcph->ack = 1;
	}

	tcph->rst	= 1;
	......
}

/*
 * nf_send_reset -- REJECT --reject-with tcp-reset: answer a TCP segment
 * with a RST of our own making
 * upstream: net/ipv4/netfilter/nf_reject_ipv4.c:100
 * https://elixir.bootlin.com/linux/v5.4/source/net/ipv4/netfilter/nf_reject_ipv4.c#L100
 */
void nf_send_reset(struct net *net, struct sk_buff *oldskb, int hook)
{
	......
	oth = nf_reject_ip_tcphdr_get(oldskb, &_oth, hook);
	if (!oth)
		return;
	......
	/* a new skb: room for the link layer, an IP and a TCP header */
	nskb = alloc_skb(sizeof(struct iphdr) + sizeof(struct tcphdr) +
			 LL_MAX_HEADER, GFP_ATOMIC);
	......
	skb_reserve(nskb, LL_MAX_HEADER);
	niph = nf_reject_iphdr_put(nskb, oldskb, IPPROTO_TCP,
				   ip4_dst_hoplimit(skb_dst(nskb)));
	nf_reject_ip_tcphdr_put(nskb, oldskb, oth);

	/* its route: back to the sender */
	if (ip_route_me_harder(net, nskb, RTN_UNSPEC))
		goto free_nskb;
	......
	/* sent like any local packet: LOCAL_OUT, POST_ROUTING, the device */
		ip_local_out(net, nskb->sk, nskb);

	return;
	......
}

/*
 * nf_send_unreach -- REJECT's ICMP answers: a destination unreachable with
 * the given code (port unreachable by default)
 * upstream: net/ipv4/netfilter/nf_reject_ipv4.c:170
 * https://elixir.bootlin.com/linux/v5.4/source/net/ipv4/netfilter/nf_reject_ipv4.c#L170
 */
void nf_send_unreach(struct sk_buff *skb_in, int code, int hook)
{
	struct iphdr *iph = ip_hdr(skb_in);
	u8 proto = iph->protocol;

	if (iph->frag_off & htons(IP_OFFSET))
		return;

	/* the checksum was checked on the way in (or is ours): icmp_send */
	if (skb_csum_unnecessary(skb_in) || !nf_reject_verify_csum(proto)) {
		icmp_send(skb_in, ICMP_DEST_UNREACH, code, 0);
		return;
	}
	......
}
