// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * net/sched/sch_generic.c -- the queueing discipline between
 * __dev_queue_xmit and the driver: __qdisc_run takes frames off the
 * qdisc (dequeue_skb) and hands them to the driver (sch_direct_xmit),
 * and pfifo_fast, the default qdisc of a device with a queue: three
 * bands (FIFOs) chosen by skb->priority, band 0 sent first.
 *
 * Abridged rendition for sockwalk, Linux v5.4; annotations are ours.
 * Upstream: net/sched/sch_generic.c (Linux v5.4). "......" marks omitted code.
 */

/*
 * dequeue_skb -- the next frame to send: a requeued one first, then the
 * qdisc's own dequeue
 * upstream: net/sched/sch_generic.c:202
 * https://elixir.bootlin.com/linux/v5.4/source/net/sched/sch_generic.c#L202
 */
static struct sk_buff *dequeue_skb(struct Qdisc *q, bool *validate,
				   int *packets)
{
	const struct netdev_queue *txq = q->dev_queue;
	struct sk_buff *skb = NULL;

	*packets = 1;
	/* gso_skb: a frame the driver refused (NETDEV_TX_BUSY) or that found
	 * the queue stopped, put back by dev_requeue_skb */
	if (unlikely(!skb_queue_empty(&q->gso_skb))) {
		......
		if (!netif_xmit_frozen_or_stopped(txq)) {
			skb = __skb_dequeue(&q->gso_skb);
		......
		} else {
			skb = NULL;
		}
		......
		goto trace;
	}
validate:
	*validate = true;

	/* a stopped queue (the driver's netif_stop_queue): nothing now */
	if ((q->flags & TCQ_F_ONETXQUEUE) &&
	    netif_xmit_frozen_or_stopped(txq))
		return skb;

	skb = qdisc_dequeue_skb_bad_txq(q);
	if (unlikely(skb)) {
		......
	}
	/* pfifo_fast_dequeue */
	skb = q->dequeue(q);
	if (skb) {
bulk:
		/* bulk dequeue takes more frames only while the device's BQL
		 * limit has room (qdisc_avail_bulklimit); a driver without BQL,
		 * as sockwalk's NIC, has 0: one frame at a time */
		if (qdisc_may_bulk(q))
			try_bulk_dequeue_skb(q, skb, txq, packets);
		else
			try_bulk_dequeue_skb_slow(q, skb, packets);
	}
trace:
	trace_qdisc_dequeue(q, txq, *packets, skb);
	return skb;
}

/*
 * sch_direct_xmit -- one frame (or a list) to the driver, unless its
 * queue is stopped; a frame the driver cannot take goes back (requeue)
 * upstream: net/sched/sch_generic.c:285
 * https://elixir.bootlin.com/linux/v5.4/source/net/sched/sch_generic.c#L285
 */
bool sch_direct_xmit(struct sk_buff *skb, struct Qdisc *q,
		     struct net_device *dev, struct netdev_queue *txq,
		     spinlock_t *root_lock, bool validate)
{
	int ret = NETDEV_TX_BUSY;
	bool again = false;

	/* And release qdisc */
	/* (pfifo_fast is TCQ_F_NOLOCK: no root lock) */
	if (root_lock)
		spin_unlock(root_lock);

	/* Note that we validate skb (GSO, checksum, ...) outside of locks */
	if (validate)
		skb = validate_xmit_skb_list(skb, dev, &again);

	......
	if (likely(skb)) {
		HARD_TX_LOCK(dev, txq, smp_processor_id());
		/* sockwalk's NIC stops its queue when its transmit ring is full
		 * (only on a link with a rate: else the wire takes a frame at once) */
		if (!netif_xmit_frozen_or_stopped(txq))
			skb = dev_hard_start_xmit(skb, dev, txq, &ret);

		HARD_TX_UNLOCK(dev, txq);
	} else {
		if (root_lock)
			spin_lock(root_lock);
		return true;
	}

	if (root_lock)
		spin_lock(root_lock);

	if (!dev_xmit_complete(ret)) {
		/* Driver returned NETDEV_TX_BUSY - requeue skb */
		if (unlikely(ret != NETDEV_TX_BUSY))
			net_warn_ratelimited("BUG %s code %d qlen %d\n",
					     dev->name, ret, q->q.qlen);

		/* onto q->gso_skb, and __netif_schedule (sockwalk's NIC never
		 * answers NETDEV_TX_BUSY: not reached) */
		dev_requeue_skb(skb, q);
		return false;
	}

	/* true: the caller may send more */
	return true;
}

/*
 * qdisc_restart -- one dequeue, one transmit: false when the qdisc had
 * nothing (or the queue is stopped)
 * upstream: net/sched/sch_generic.c:357
 * https://elixir.bootlin.com/linux/v5.4/source/net/sched/sch_generic.c#L357
 */
static inline bool qdisc_restart(struct Qdisc *q, int *packets)
{
	spinlock_t *root_lock = NULL;
	struct netdev_queue *txq;
	struct net_device *dev;
	struct sk_buff *skb;
	bool validate;

	/* Dequeue packet */
	skb = dequeue_skb(q, &validate, packets);
	if (unlikely(!skb))
		return false;

	if (!(q->flags & TCQ_F_NOLOCK))
		root_lock = qdisc_lock(q);

	dev = qdisc_dev(q);
	txq = skb_get_tx_queue(dev, skb);

	return sch_direct_xmit(skb, q, dev, txq, root_lock, validate);
}

/*
 * __qdisc_run -- send what the qdisc holds, up to dev_tx_weight (64)
 * frames (the rest later, from NET_TX_SOFTIRQ), or until the driver's
 * queue stops
 * upstream: net/sched/sch_generic.c:379
 * https://elixir.bootlin.com/linux/v5.4/source/net/sched/sch_generic.c#L379
 */
void __qdisc_run(struct Qdisc *q)
{
	int quota = dev_tx_weight;
	int packets;

	/* after a bypass, the first qdisc_restart finds the queue empty */
	while (qdisc_restart(q, &packets)) {
		/*
		 * Ordered by possible occurrence: Postpone processing if
		 * 1. we've exceeded packet quota
		 * 2. another process needs the CPU;
		 */
		quota -= packets;
		if (quota <= 0 || need_resched()) {
			__netif_schedule(q);
			break;
		}
	}
}

/*
 * pfifo_fast_enqueue -- onto the band skb->priority chooses; a full band
 * (tx_queue_len frames) drops
 * upstream: net/sched/sch_generic.c:621
 * https://elixir.bootlin.com/linux/v5.4/source/net/sched/sch_generic.c#L621
 */
static int pfifo_fast_enqueue(struct sk_buff *skb, struct Qdisc *qdisc,
			      struct sk_buff **to_free)
{
	/* prio2band: TC_PRIO_BESTEFFORT (0, every socket's default) -> band 1,
	 * TC_PRIO_INTERACTIVE (6) -> band 0, TC_PRIO_BULK (2) -> band 2 */
	int band = prio2band[skb->priority & TC_PRIO_MAX];
	struct pfifo_fast_priv *priv = qdisc_priv(qdisc);
	struct skb_array *q = band2list(priv, band);
	unsigned int pkt_len = qdisc_pkt_len(skb);
	int err;

	/* each band is a ring of tx_queue_len (1000) entries: -ENOSPC when full */
	err = skb_array_produce(q, skb);

	if (unlikely(err)) {
		/* pfifo_fast keeps per-CPU stats (TCQ_F_CPUSTATS): qstats.drops++ */
		if (qdisc_is_percpu_stats(qdisc))
			return qdisc_drop_cpu(skb, qdisc, to_free);
		else
			return qdisc_drop(skb, qdisc, to_free);
	}

	/* qlen++, backlog += pkt_len */
	qdisc_update_stats_at_enqueue(qdisc, pkt_len);
	return NET_XMIT_SUCCESS;
}

/*
 * pfifo_fast_dequeue -- the first frame of the first band that has one;
 * none: the qdisc is empty again
 * upstream: net/sched/sch_generic.c:643
 * https://elixir.bootlin.com/linux/v5.4/source/net/sched/sch_generic.c#L643
 */
static struct sk_buff *pfifo_fast_dequeue(struct Qdisc *qdisc)
{
	struct pfifo_fast_priv *priv = qdisc_priv(qdisc);
	struct sk_buff *skb = NULL;
	int band;

	for (band = 0; band < PFIFO_FAST_BANDS && !skb; band++) {
		struct skb_array *q = band2list(priv, band);

		if (__skb_array_empty(q))
			continue;

		skb = __skb_array_consume(q);
	}
	if (likely(skb)) {
		/* qlen--, backlog -= len, and the bytes and packets sent */
		qdisc_update_stats_at_dequeue(qdisc, skb);
	} else {
		/* what lets the next __dev_xmit_skb bypass the queue */
		qdisc->empty = true;
	}

	return skb;
}
