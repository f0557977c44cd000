// SPDX-License-Identifier: GPL-2.0-only
/*
 * net/ipv4/netfilter/ip_tables.c -- iptables' engine: a table is a blob of
 * rules (struct ipt_entry), each chain a run of them ending in its policy;
 * ipt_do_table walks the chain of the hook a packet is at, rule by rule,
 * until one matches and its target gives a verdict.
 *
 * Abridged rendition for sockwalk, Linux v5.4; annotations are ours.
 * Upstream: net/ipv4/netfilter/ip_tables.c (Linux v5.4). "......" marks omitted code.
 */

/*
 * ip_packet_match -- the rule's IP part: -s, -d, -i, -o, -p
 * upstream: net/ipv4/netfilter/ip_tables.c:45
 * https://elixir.bootlin.com/linux/v5.4/source/net/ipv4/netfilter/ip_tables.c#L45
 */
static inline bool
ip_packet_match(const struct iphdr *ip,
		const char *indev,
		const char *outdev,
		const struct ipt_ip *ipinfo,
		int isfrag)
{
	unsigned long ret;

	/* -s and -d: the addresses under their masks (0/0 when not given) */
	if (NF_INVF(ipinfo, IPT_INV_SRCIP,
		    (ip->saddr & ipinfo->smsk.s_addr) != ipinfo->src.s_addr) ||
	    NF_INVF(ipinfo, IPT_INV_DSTIP,
		    (ip->daddr & ipinfo->dmsk.s_addr) != ipinfo->dst.s_addr))
		return false;
	......
	/* -p: the protocol, when the rule names one */
	if (ipinfo->proto &&
	    NF_INVF(ipinfo, IPT_INV_PROTO, ip->protocol != ipinfo->proto))
		return false;
	......
	return true;
}

/*
 * ipt_do_table -- walk the chain of the hook the packet is at
 * upstream: net/ipv4/netfilter/ip_tables.c:225
 * https://elixir.bootlin.com/linux/v5.4/source/net/ipv4/netfilter/ip_tables.c#L225
 */
unsigned int
ipt_do_table(struct sk_buff *skb,
	     const struct nf_hook_state *state,
	     struct xt_table *table)
{
	unsigned int hook = state->hook;
	......
	unsigned int verdict = NF_DROP;
	......
	stackidx = 0;
	/* at these hooks skb->data is at the IP header */
	ip = ip_hdr(skb);
	indev = state->in ? state->in->name : nulldevname;
	outdev = state->out ? state->out->name : nulldevname;
	......
	acpar.fragoff = ntohs(ip->frag_off) & IP_OFFSET;
	acpar.thoff   = ip_hdrlen(skb);
	acpar.hotdrop = false;
	acpar.state   = state;
	......
	private = READ_ONCE(table->private); /* Address dependency. */
	......
	/* the chain's first rule: where this hook's rules start in the blob */
	e = get_entry(table_base, private->hook_entry[hook]);

	do {
		const struct xt_entry_target *t;
		const struct xt_entry_match *ematch;
		struct xt_counters *counter;

		WARN_ON(!e);
		if (!ip_packet_match(ip, indev, outdev,
		    &e->ip, acpar.fragoff)) {
 no_match:
			/* not this rule: the next one */
			e = ipt_next_entry(e);
			continue;
		}

		/* the rule's matches: -p tcp brings the tcp match (--sport,
		 * --dport, --tcp-flags), -p udp the udp match */
		xt_ematch_foreach(ematch, e) {
			acpar.match     = ematch->u.kernel.match;
			acpar.matchinfo = ematch->data;
			if (!acpar.match->match(skb, &acpar))
				goto no_match;
		}

		/* it matches: the rule's counters (iptables -L -v) */
		counter = xt_get_this_cpu_counter(&e->counters);
		ADD_COUNTER(*counter, skb->len, 1);

		t = ipt_get_target_c(e);
		......
		if (!t->u.kernel.target->target) {
			int v;

			/* ACCEPT and DROP (and the chain's policy) are verdicts
			 * stored as -verdict - 1 */
			v = ((struct xt_standard_target *)t)->verdict;
			if (v < 0) {
				if (v != XT_RETURN) {
					verdict = (unsigned int)(-v) - 1;
					break;
				}
				......
			}
			......
		}

		acpar.target   = t->u.kernel.target;
		acpar.targinfo = t->data;

		/* a target with a function: REJECT's reject_tg */
		verdict = t->u.kernel.target->target(skb, &acpar);
		if (verdict == XT_CONTINUE) {
			......
		} else {
			break;
		}
	} while (!acpar.hotdrop);
	......
	if (acpar.hotdrop)
		return NF_DROP;
	else return verdict;
}
