// SPDX-License-Identifier: GPL-2.0-only
/*
 * net/netfilter/xt_tcpudp.c -- the tcp and udp matches: --sport, --dport
 * (a port or a range) and TCP's --tcp-flags, read from the transport header
 * behind the IP header.
 *
 * Abridged rendition for sockwalk, Linux v5.4; annotations are ours.
 * Upstream: net/netfilter/xt_tcpudp.c (Linux v5.4). "......" marks omitted code.
 */

/*
 * port_match -- is port within min..max (a single port: min == max)?
 * upstream: net/netfilter/xt_tcpudp.c:26
 * https://elixir.bootlin.com/linux/v5.4/source/net/netfilter/xt_tcpudp.c#L26
 */
static inline bool
port_match(u_int16_t min, u_int16_t max, u_int16_t port, bool invert)
{
	return (port >= min && port <= max) ^ invert;
}

/*
 * tcp_mt -- the tcp match: ports and flags of the TCP header
 * upstream: net/netfilter/xt_tcpudp.c:66
 * https://elixir.bootlin.com/linux/v5.4/source/net/netfilter/xt_tcpudp.c#L66
 */
static bool tcp_mt(const struct sk_buff *skb, struct xt_action_param *par)
{
	const struct tcphdr *th;
	struct tcphdr _tcph;
	/* what the rule asked: ports 0..65535 when not given */
	const struct xt_tcp *tcpinfo = par->matchinfo;

	if (par->fragoff != 0) {
		......
		return false;
	}

	/* the TCP header, thoff bytes after the IP header */
	th = skb_header_pointer(skb, par->thoff, sizeof(_tcph), &_tcph);
	......
	if (!port_match(tcpinfo->spts[0], tcpinfo->spts[1],
			ntohs(th->source),
			!!(tcpinfo->invflags & XT_TCP_INV_SRCPT)))
		return false;
	if (!port_match(tcpinfo->dpts[0], tcpinfo->dpts[1],
			ntohs(th->dest),
			!!(tcpinfo->invflags & XT_TCP_INV_DSTPT)))
		return false;
	/* --tcp-flags MASK COMP (--syn: SYN,RST,ACK,FIN SYN); byte 13
	 * holds the flags */
	if (!NF_INVF(tcpinfo, XT_TCP_INV_FLAGS,
		     (((unsigned char *)th)[13] & tcpinfo->flg_mask) == tcpinfo->flg_cmp))
		return false;
	......
	return true;
}

/*
 * udp_mt -- the udp match: ports of the UDP header
 * upstream: net/netfilter/xt_tcpudp.c:129
 * https://elixir.bootlin.com/linux/v5.4/source/net/netfilter/xt_tcpudp.c#L129
 */
static bool udp_mt(const struct sk_buff *skb, struct xt_action_param *par)
{
	const struct udphdr *uh;
	struct udphdr _udph;
	const struct xt_udp *udpinfo = par->matchinfo;

	if (par->fragoff != 0)
		return false;

	uh = skb_header_pointer(skb, par->thoff, sizeof(_udph), &_udph);
	......
	return port_match(udpinfo->spts[0], udpinfo->spts[1],
			  ntohs(uh->source),
			  !!(udpinfo->invflags & XT_UDP_INV_SRCPT))
		&& port_match(udpinfo->dpts[0], udpinfo->dpts[1],
			      ntohs(uh->dest),
			      !!(udpinfo->invflags & XT_UDP_INV_DSTPT));
}
