// SPDX-License-Identifier: GPL-2.0-only
/*
 * net/ipv4/netfilter/ipt_REJECT.c -- the REJECT target: answer the packet
 * (an ICMP error, or a TCP reset), then drop it.
 *
 * Abridged rendition for sockwalk, Linux v5.4; annotations are ours.
 * Upstream: net/ipv4/netfilter/ipt_REJECT.c (Linux v5.4). "......" marks omitted code.
 */

/*
 * reject_tg -- the target function of -j REJECT [--reject-with ...]
 * upstream: net/ipv4/netfilter/ipt_REJECT.c:31
 * https://elixir.bootlin.com/linux/v5.4/source/net/ipv4/netfilter/ipt_REJECT.c#L31
 */
static unsigned int
reject_tg(struct sk_buff *skb, const struct xt_action_param *par)
{
	/* --reject-with, as iptables wrote it into the rule */
	const struct ipt_reject_info *reject = par->targinfo;
	int hook = xt_hooknum(par);

	switch (reject->with) {
	......
	/* the default: ICMP port unreachable back to the sender */
	case IPT_ICMP_PORT_UNREACHABLE:
		nf_send_unreach(skb, ICMP_PORT_UNREACH, hook);
		break;
	......
	/* --reject-with tcp-reset: a RST as if no socket listened */
	case IPT_TCP_RESET:
		nf_send_reset(xt_net(par), skb, hook);
	case IPT_ICMP_ECHOREPLY:
		break;
	}

	/* the packet itself never goes on */
	return NF_DROP;
}
