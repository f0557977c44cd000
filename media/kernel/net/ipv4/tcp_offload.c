// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * net/ipv4/tcp_offload.c -- TCP's part of GSO: cutting a large TCP packet
 * into MSS-sized segments when the device cannot do it itself.
 *
 * Abridged rendition for sockwalk, Linux v5.4; annotations are ours.
 * Upstream: net/ipv4/tcp_offload.c (Linux v5.4). "......" marks omitted code.
 */

/*
 * tcp_gso_segment -- cut a TCP GSO packet into its segments: each gets its
 * sequence number; only the last keeps PSH and FIN
 * upstream: net/ipv4/tcp_offload.c:54
 * https://elixir.bootlin.com/linux/v5.4/source/net/ipv4/tcp_offload.c#L54
 */
struct sk_buff *tcp_gso_segment(struct sk_buff *skb,
				netdev_features_t features)
{
	struct sk_buff *segs = ERR_PTR(-EINVAL);
	unsigned int sum_truesize = 0;
	struct tcphdr *th;
	unsigned int thlen;
	unsigned int seq;
	__be32 delta;
	unsigned int oldlen;
	unsigned int mss;
	struct sk_buff *gso_skb = skb;
	__sum16 newcheck;
	bool ooo_okay, copy_destructor;

	th = tcp_hdr(skb);
	thlen = th->doff * 4;
	......

	oldlen = (u16)~skb->len;
	__skb_pull(skb, thlen);

	/* the MSS tcp_transmit_skb wrote into the packet (tcp_skb_mss) */
	mss = skb_shinfo(skb)->gso_size;
	if (unlikely(skb->len <= mss))
		goto out;

	/* a device that does TSO itself would get the packet whole; ours does not */
	if (skb_gso_ok(skb, features | NETIF_F_GSO_ROBUST)) {

		skb_shinfo(skb)->gso_segs = DIV_ROUND_UP(skb->len, mss);

		segs = NULL;
		goto out;
	}

	copy_destructor = gso_skb->destructor == tcp_wfree;
	......

	/* the list of segments: each a copy of the headers and gso_size bytes of the data */
	segs = skb_segment(skb, features);
	if (IS_ERR(segs))
		goto out;

	......

	skb = segs;
	th = tcp_hdr(skb);
	seq = ntohl(th->seq);

	......

	/* all but the last: no PSH, no FIN */
	while (skb->next) {
		th->fin = th->psh = 0;
	......

		/* the next segment starts mss bytes further */
		seq += mss;
	......
		skb = skb->next;
		th = tcp_hdr(skb);

		th->seq = htonl(seq);
		th->cwr = 0;
	}

	......
out:
	return segs;
}
