/* SPDX-License-Identifier: GPL-2.0 */
/*
 * include/linux/netfilter.h -- the hook points: a packet passes nf_hook at
 * each of IPv4's five places (PRE_ROUTING, LOCAL_IN, FORWARD, LOCAL_OUT,
 * POST_ROUTING), where iptables' chains and conntrack hang their functions.
 *
 * Abridged rendition for sockwalk, Linux v5.4; annotations are ours.
 * Upstream: include/linux/netfilter.h (Linux v5.4). "......" marks omitted code.
 */

/*
 * nf_hook_entry_hookfn -- call one registered function with its private data
 * upstream: include/linux/netfilter.h:132
 * https://elixir.bootlin.com/linux/v5.4/source/include/linux/netfilter.h#L132
 */
static inline int
nf_hook_entry_hookfn(const struct nf_hook_entry *entry, struct sk_buff *skb,
		     struct nf_hook_state *state)
{
	/* the filter table's iptable_filter_hook, with its table as priv */
	return entry->hook(entry->priv, skb, state);
}

/*
 * nf_hook -- run the functions registered at this hook; 1: the packet may
 * go on (the caller calls okfn)
 * upstream: include/linux/netfilter.h:209
 * https://elixir.bootlin.com/linux/v5.4/source/include/linux/netfilter.h#L209
 */
static inline int nf_hook(u_int8_t pf, unsigned int hook, struct net *net,
			  struct sock *sk, struct sk_buff *skb,
			  struct net_device *indev, struct net_device *outdev,
			  int (*okfn)(struct net *, struct sock *, struct sk_buff *))
{
	struct nf_hook_entries *hook_head = NULL;
	int ret = 1;

#ifdef CONFIG_JUMP_LABEL
	/* no rule, no conntrack anywhere on this hook: a static key, patched
	 * into the code, says so -- 1 at once */
	if (__builtin_constant_p(pf) &&
	    __builtin_constant_p(hook) &&
	    !static_key_false(&nf_hooks_needed[pf][hook]))
		return 1;
#endif

	rcu_read_lock();
	switch (pf) {
	case NFPROTO_IPV4:
		hook_head = rcu_dereference(net->nf.hooks_ipv4[hook]);
		break;
	......
	}

	if (hook_head) {
		struct nf_hook_state state;

		nf_hook_state_init(&state, hook, pf, indev, outdev,
				   sk, net, okfn);

		ret = nf_hook_slow(skb, &state, hook_head, 0);
	}
	rcu_read_unlock();

	return ret;
}

/*
 * NF_HOOK_COND -- NF_HOOK when cond holds; okfn at once otherwise
 * upstream: include/linux/netfilter.h:285
 * https://elixir.bootlin.com/linux/v5.4/source/include/linux/netfilter.h#L285
 */
static inline int
NF_HOOK_COND(uint8_t pf, unsigned int hook, struct net *net, struct sock *sk,
	     struct sk_buff *skb, struct net_device *in, struct net_device *out,
	     int (*okfn)(struct net *, struct sock *, struct sk_buff *),
	     bool cond)
{
	int ret;

	if (!cond ||
	    ((ret = nf_hook(pf, hook, net, sk, skb, in, out, okfn)) == 1))
		ret = okfn(net, sk, skb);
	return ret;
}

/*
 * NF_HOOK -- the hook, then okfn if the packet may go on
 * upstream: include/linux/netfilter.h:299
 * https://elixir.bootlin.com/linux/v5.4/source/include/linux/netfilter.h#L299
 */
static inline int
NF_HOOK(uint8_t pf, unsigned int hook, struct net *net, struct sock *sk, struct sk_buff *skb,
	struct net_device *in, struct net_device *out,
	int (*okfn)(struct net *, struct sock *, struct sk_buff *))
{
	int ret = nf_hook(pf, hook, net, sk, skb, in, out, okfn);
	if (ret == 1)
		ret = okfn(net, sk, skb);
	return ret;
}
