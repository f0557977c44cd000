// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * net/ipv4/inet_fragment.c -- the reassembly queues shared by IPv4 and
 * IPv6: a hash table of queues per namespace (fqdir), and each queue's
 * fragments in runs of contiguous ones, ordered by offset.
 *
 * Abridged rendition for sockwalk, Linux v5.4; annotations are ours.
 * Upstream: net/ipv4/inet_fragment.c (Linux v5.4). "......" marks omitted code.
 */

/*
 * inet_frag_find -- look the datagram's queue up; create it (and start its
 * ipfrag_time timer) if this is its first fragment
 * upstream: net/ipv4/inet_fragment.c:322
 * https://elixir.bootlin.com/linux/v5.4/source/net/ipv4/inet_fragment.c#L322
 */
struct inet_frag_queue *inet_frag_find(struct fqdir *fqdir, void *key)
{
	struct inet_frag_queue *fq = NULL, *prev;

	/* over ipfrag_high_thresh (4 MiB of queued fragments): refuse */
	if (!fqdir->high_thresh || frag_mem_limit(fqdir) > fqdir->high_thresh)
		return NULL;

	rcu_read_lock();

	prev = rhashtable_lookup(&fqdir->rhashtable, key, fqdir->f->rhash_params);
	/* inet_frag_create: mod_timer(&q->timer, jiffies + fqdir->timeout) */
	if (!prev)
		fq = inet_frag_create(fqdir, key, &prev);
	if (!IS_ERR_OR_NULL(prev)) {
		fq = prev;
		if (!refcount_inc_not_zero(&fq->refcnt))
			fq = NULL;
	}
	rcu_read_unlock();
	return fq;
}

/*
 * inet_frag_queue_insert -- place a fragment by its offset: after the last
 * (joining its run when contiguous, else a new run), or, arriving out of
 * order, into the tree of runs; an overlap discards the whole datagram
 * upstream: net/ipv4/inet_fragment.c:344
 * https://elixir.bootlin.com/linux/v5.4/source/net/ipv4/inet_fragment.c#L344
 */
int inet_frag_queue_insert(struct inet_frag_queue *q, struct sk_buff *skb,
			   int offset, int end)
{
	struct sk_buff *last = q->fragments_tail;
	......
	if (!last)
		fragrun_create(q, skb);  /* First fragment. */
	else if (last->ip_defrag_offset + last->len < end) {
		/* This is the common case: skb goes to the end. */
		/* Detect and discard overlaps. */
		if (offset < last->ip_defrag_offset + last->len)
			return IPFRAG_OVERLAP;
		if (offset == last->ip_defrag_offset + last->len)
			fragrun_append_to_last(q, skb);
		else
			fragrun_create(q, skb);
	} else {
		/* Binary search. Note that skb can become the first fragment,
		 * but not the last (covered above).
		 */
		struct rb_node **rbn, *parent;

		rbn = &q->rb_fragments.rb_node;
		do {
			struct sk_buff *curr;
			int curr_run_end;

			parent = *rbn;
			curr = rb_to_skb(parent);
			curr_run_end = curr->ip_defrag_offset +
					FRAG_CB(curr)->frag_run_len;
			if (end <= curr->ip_defrag_offset)
				rbn = &parent->rb_left;
			else if (offset >= curr_run_end)
				rbn = &parent->rb_right;
			else if (offset >= curr->ip_defrag_offset &&
				 end <= curr_run_end)
				return IPFRAG_DUP;
			else
				return IPFRAG_OVERLAP;
		} while (*rbn);
		/* Here we have parent properly set, and rbn pointing to
		 * one of its NULL left/right children. Insert skb.
		 */
		fragcb_clear(skb);
		rb_link_node(&skb->rbnode, parent, rbn);
		rb_insert_color(&skb->rbnode, &q->rb_fragments);
	}

	skb->ip_defrag_offset = offset;

	return IPFRAG_OK;
}
