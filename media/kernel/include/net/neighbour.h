/* SPDX-License-Identifier: GPL-2.0 */
/*
 * include/net/neighbour.h -- the neighbour of the next hop: its link-layer
 * address, and (once resolved) the Ethernet header ready to copy.
 *
 * Abridged rendition for sockwalk, Linux v5.4; annotations are ours.
 * Upstream: include/net/neighbour.h (Linux v5.4). "......" marks omitted code.
 */

/*
 * neigh_event_send -- note the use; a neighbour not NUD_CONNECTED, DELAY
 * or PROBE needs __neigh_event_send (0: send now, 1: parked or dropped)
 * upstream: include/net/neighbour.h:438
 * https://elixir.bootlin.com/linux/v5.4/source/include/net/neighbour.h#L438
 */
static inline int neigh_event_send(struct neighbour *neigh, struct sk_buff *skb)
{
	unsigned long now = jiffies;
	
	if (READ_ONCE(neigh->used) != now)
		WRITE_ONCE(neigh->used, now);
	if (!(neigh->nud_state&(NUD_CONNECTED|NUD_DELAY|NUD_PROBE)))
		return __neigh_event_send(neigh, skb);
	return 0;
}

/*
 * neigh_hh_output -- copy the cached Ethernet header in front of the IP
 * header and queue the frame on the device
 * upstream: include/net/neighbour.h:463
 * https://elixir.bootlin.com/linux/v5.4/source/include/net/neighbour.h#L463
 */
static inline int neigh_hh_output(const struct hh_cache *hh, struct sk_buff *skb)
{
	unsigned int hh_alen = 0;
	unsigned int seq;
	unsigned int hh_len;

	do {
		seq = read_seqbegin(&hh->hh_lock);
		hh_len = hh->hh_len;
		if (likely(hh_len <= HH_DATA_MOD)) {
			hh_alen = HH_DATA_MOD;
			......
			if (likely(skb_headroom(skb) >= HH_DATA_MOD)) {
				/* this is inlined by gcc */
				memcpy(skb->data - HH_DATA_MOD, hh->hh_data,
				       HH_DATA_MOD);
			}
		} else {
			......
		}
	} while (read_seqretry(&hh->hh_lock, seq));

	if (WARN_ON_ONCE(skb_headroom(skb) < hh_alen)) {
		kfree_skb(skb);
		return NET_XMIT_DROP;
	}

	/* the 14 bytes of destination MAC, source MAC, type 0x0800 */
	__skb_push(skb, hh_len);
	return dev_queue_xmit(skb);
}

/*
 * neigh_output -- a neighbour known to be reachable with its header cached
 * takes the short way; otherwise n->output (neigh_resolve_output, which
 * may have to ask ARP first)
 * upstream: include/net/neighbour.h:503
 * https://elixir.bootlin.com/linux/v5.4/source/include/net/neighbour.h#L503
 */
static inline int neigh_output(struct neighbour *n, struct sk_buff *skb,
			       bool skip_cache)
{
	const struct hh_cache *hh = &n->hh;

	if ((n->nud_state & NUD_CONNECTED) && hh->hh_len && !skip_cache)
		return neigh_hh_output(hh, skb);
	else
		return n->output(n, skb);
}
