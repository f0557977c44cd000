// SPDX-License-Identifier: GPL-2.0-only
/*
 * net/netfilter/core.c -- the hooks' engine: nf_hook_slow runs, one after
 * the other, the functions registered at a hook of a namespace (iptables'
 * tables, conntrack) and acts on their verdict: accept (the next one, then
 * the caller's okfn), drop (the skb freed here), queue, stolen.
 *
 * Abridged rendition for sockwalk, Linux v5.4; annotations are ours.
 * Upstream: net/netfilter/core.c (Linux v5.4). "......" marks omitted code.
 */

/*
 * nf_hook_slow -- the registered functions in priority order, each one's
 * verdict deciding whether the packet goes on
 * upstream: net/netfilter/core.c:505
 * https://elixir.bootlin.com/linux/v5.4/source/net/netfilter/core.c#L505
 */
int nf_hook_slow(struct sk_buff *skb, struct nf_hook_state *state,
		 const struct nf_hook_entries *e, unsigned int s)
{
	unsigned int verdict;
	int ret;

	/* e: what is registered at this hook, by priority (the filter
	 * table's iptable_filter_hook here) */
	for (; s < e->num_hook_entries; s++) {
		verdict = nf_hook_entry_hookfn(&e->hooks[s], skb, state);
		switch (verdict & NF_VERDICT_MASK) {
		case NF_ACCEPT:
			break;
		case NF_DROP:
			/* the packet ends here: its skb is freed, and the caller
			 * gets an error instead of 1 (no okfn) */
			kfree_skb(skb);
			ret = NF_DROP_GETERR(verdict);
			if (ret == 0)
				ret = -EPERM;
			return ret;
		......
		}
	}

	/* every function accepted: the caller calls okfn */
	return 1;
}
