// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * drivers/net/loopback.c -- lo: what a host sends itself (127.0.0.1, or
 * any of its own addresses) is "transmitted" by handing it straight back
 * to the receive side, netif_rx.
 *
 * Abridged rendition for sockwalk, Linux v5.4; annotations are ours.
 * Upstream: drivers/net/loopback.c (Linux v5.4).
 */

/*
 * loopback_xmit -- lo's ndo_start_xmit: the frame turns round
 * upstream: drivers/net/loopback.c:68
 * https://elixir.bootlin.com/linux/v5.4/source/drivers/net/loopback.c#L68
 */
static netdev_tx_t loopback_xmit(struct sk_buff *skb,
				 struct net_device *dev)
{
	struct pcpu_lstats *lb_stats;
	int len;

	skb_tx_timestamp(skb);

	/* do not fool net_timestamp_check() with various clock bases */
	skb->tstamp = 0;

	/* the sending socket lets go of it: it is the receiver's now */
	skb_orphan(skb);

	/* Before queueing this packet to netif_rx(),
	 * make sure dst is refcounted.
	 */
	skb_dst_force(skb);

	/* reads the Ethernet type (ETH_P_IP) and pulls the Ethernet header */
	skb->protocol = eth_type_trans(skb, dev);

	/* it's OK to use per_cpu_ptr() because BHs are off */
	lb_stats = this_cpu_ptr(dev->lstats);

	len = skb->len;
	if (likely(netif_rx(skb) == NET_RX_SUCCESS)) {
		u64_stats_update_begin(&lb_stats->syncp);
		lb_stats->bytes += len;
		lb_stats->packets++;
		u64_stats_update_end(&lb_stats->syncp);
	}

	return NETDEV_TX_OK;
}
