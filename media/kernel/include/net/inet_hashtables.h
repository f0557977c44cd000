/* SPDX-License-Identifier: GPL-2.0 */
/*
 * include/net/inet_hashtables.h -- the TCP socket tables (bind hash,
 * established hash, listening hash) and the inline lookup that decides
 * which sock an incoming segment belongs to.
 *
 * Abridged rendition for sockwalk, Linux v5.4; annotations are ours.
 * Upstream: include/net/inet_hashtables.h (Linux v5.4)
 */

/*
 * __inet_lookup -- exact 4-tuple first, then a listener
 * upstream: include/net/inet_hashtables.h:329
 * https://elixir.bootlin.com/linux/v5.4/source/include/net/inet_hashtables.h#L329
 */
static inline struct sock *__inet_lookup(struct net *net,
					 struct inet_hashinfo *hashinfo,
					 struct sk_buff *skb, int doff,
					 const __be32 saddr, const __be16 sport,
					 const __be32 daddr, const __be16 dport,
					 const int dif, const int sdif,
					 bool *refcounted)
{
	u16 hnum = ntohs(dport);
	struct sock *sk;

	/* Exact 4-tuple in ehash first: an accepted child shares the listener's
	 * local port but matches here, so it wins over the listener */
	sk = __inet_lookup_established(net, hashinfo, saddr, sport,
				       daddr, hnum, dif, sdif);
	*refcounted = true;
	if (sk)
		return sk;
	/* No connection: a listener on (daddr, port) or (ANY, port), via
	 * lhash2; listeners are returned without taking a reference */
	*refcounted = false;
	return __inet_lookup_listener(net, hashinfo, skb, doff, saddr,
				      sport, daddr, hnum, dif, sdif);
}

/*
 * __inet_lookup_skb -- find the sock for a received TCP segment
 * upstream: include/net/inet_hashtables.h:368
 * https://elixir.bootlin.com/linux/v5.4/source/include/net/inet_hashtables.h#L368
 */
static inline struct sock *__inet_lookup_skb(struct inet_hashinfo *hashinfo,
					     struct sk_buff *skb,
					     int doff,
					     const __be16 sport,
					     const __be16 dport,
					     const int sdif,
					     bool *refcounted)
{
	/* Early demux may already have attached an established sock */
	struct sock *sk = skb_steal_sock(skb);
	const struct iphdr *iph = ip_hdr(skb);

	*refcounted = true;
	if (sk)
		return sk;

	/* Only addresses and ports are used here; flags such as SYN (one bit
	 * in the TCP header) matter later, in the state machine */
	return __inet_lookup(dev_net(skb_dst(skb)->dev), hashinfo, skb,
			     doff, iph->saddr, sport,
			     iph->daddr, dport, inet_iif(skb), sdif,
			     refcounted);
}
