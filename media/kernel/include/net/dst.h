/* SPDX-License-Identifier: GPL-2.0 */
/*
 * include/net/dst.h -- a route's two functions: output (ip_output for a
 * route out of the host) and input (ip_local_deliver for a packet to it).
 *
 * Abridged rendition for sockwalk, Linux v5.4; annotations are ours.
 * Upstream: include/net/dst.h (Linux v5.4).
 */

/*
 * dst_output -- the route's output function
 * upstream: include/net/dst.h:434
 * https://elixir.bootlin.com/linux/v5.4/source/include/net/dst.h#L434
 */
static inline int dst_output(struct net *net, struct sock *sk, struct sk_buff *skb)
{
	return skb_dst(skb)->output(net, sk, skb);
}

/*
 * dst_input -- the input route's function
 * upstream: include/net/dst.h:440
 * https://elixir.bootlin.com/linux/v5.4/source/include/net/dst.h#L440
 */
static inline int dst_input(struct sk_buff *skb)
{
	return skb_dst(skb)->input(skb);
}
