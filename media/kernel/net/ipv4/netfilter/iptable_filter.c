// SPDX-License-Identifier: GPL-2.0-only
/*
 * net/ipv4/netfilter/iptable_filter.c -- iptables' filter table: the INPUT,
 * FORWARD and OUTPUT chains, registered at NF_INET_LOCAL_IN, NF_INET_FORWARD
 * and NF_INET_LOCAL_OUT of a namespace the first time iptables touches the
 * table there (iptable_filter_table_init); its hook function walks the
 * chain of the hook it is called at.
 *
 * Abridged rendition for sockwalk, Linux v5.4; annotations are ours.
 * Upstream: net/ipv4/netfilter/iptable_filter.c (Linux v5.4). "......" marks omitted code.
 */

/*
 * iptable_filter_hook -- the filter table's function at each of its three
 * hooks: the rules of that hook's chain
 * upstream: net/ipv4/netfilter/iptable_filter.c:34
 * https://elixir.bootlin.com/linux/v5.4/source/net/ipv4/netfilter/iptable_filter.c#L34
 */
static unsigned int
iptable_filter_hook(void *priv, struct sk_buff *skb,
		    const struct nf_hook_state *state)
{
	/* this namespace's filter table: its rules, its counters */
	return ipt_do_table(skb, state, state->net->ipv4.iptable_filter);
}
