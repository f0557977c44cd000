// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * net/core/dev.c -- between the protocols and the devices. Down:
 * dev_queue_xmit hands a frame to the device's qdisc, or (noqueue) to
 * its driver (ndo_start_xmit); the NET_TX softirq, net_tx_action, runs
 * a qdisc again when its driver has room.
 * Up: a driver hands frames in -- netif_rx onto the per-CPU backlog
 * (loopback), or its NAPI poll straight to netif_receive_skb (a NIC) --
 * and the NET_RX softirq, net_rx_action, polls them up to ip_rcv.
 *
 * Abridged rendition for sockwalk, Linux v5.4; annotations are ours.
 * Upstream: net/core/dev.c (Linux v5.4). "......" marks omitted code.
 */

/*
 * __netif_reschedule -- the qdisc onto this CPU's output_queue,
 * NET_TX_SOFTIRQ raised
 * upstream: net/core/dev.c:2660
 * https://elixir.bootlin.com/linux/v5.4/source/net/core/dev.c#L2660
 */
static void __netif_reschedule(struct Qdisc *q)
{
	struct softnet_data *sd;
	unsigned long flags;

	local_irq_save(flags);
	sd = this_cpu_ptr(&softnet_data);
	q->next_sched = NULL;
	*sd->output_queue_tailp = q;
	sd->output_queue_tailp = &q->next_sched;
	/* net_tx_action will run the qdisc */
	raise_softirq_irqoff(NET_TX_SOFTIRQ);
	local_irq_restore(flags);
}

/*
 * __netif_schedule -- run this qdisc later, from NET_TX_SOFTIRQ
 * (once: __QDISC_STATE_SCHED)
 * upstream: net/core/dev.c:2674
 * https://elixir.bootlin.com/linux/v5.4/source/net/core/dev.c#L2674
 */
void __netif_schedule(struct Qdisc *q)
{
	if (!test_and_set_bit(__QDISC_STATE_SCHED, &q->state))
		__netif_reschedule(q);
}

/*
 * netif_tx_wake_queue -- the driver has room again (netif_wake_queue):
 * the queue restarted and its qdisc scheduled
 * upstream: net/core/dev.c:2702
 * https://elixir.bootlin.com/linux/v5.4/source/net/core/dev.c#L2702
 */
void netif_tx_wake_queue(struct netdev_queue *dev_queue)
{
	/* only a queue the driver had stopped (netif_stop_queue) */
	if (test_and_clear_bit(__QUEUE_STATE_DRV_XOFF, &dev_queue->state)) {
		struct Qdisc *q;

		rcu_read_lock();
		q = rcu_dereference(dev_queue->qdisc);
		__netif_schedule(q);
		rcu_read_unlock();
	}
}

/*
 * xmit_one -- one frame to the driver; taps (a packet capture) see it first
 * upstream: net/core/dev.c:3188
 * https://elixir.bootlin.com/linux/v5.4/source/net/core/dev.c#L3188
 */
static int xmit_one(struct sk_buff *skb, struct net_device *dev,
		    struct netdev_queue *txq, bool more)
{
	unsigned int len;
	int rc;

	if (dev_nit_active(dev))
		dev_queue_xmit_nit(skb, dev);

	len = skb->len;
	trace_net_dev_start_xmit(skb, dev);
	/* netdev_start_xmit -> __netdev_start_xmit (inline):
	 * dev->netdev_ops->ndo_start_xmit(skb, dev), the driver */
	rc = netdev_start_xmit(skb, dev, txq, more);
	trace_net_dev_xmit(skb, rc, dev, len);

	return rc;
}

/*
 * dev_hard_start_xmit -- each frame of a list to xmit_one; if the driver stops its
 * queue with frames left, they go back to the caller
 * upstream: net/core/dev.c:3205
 * https://elixir.bootlin.com/linux/v5.4/source/net/core/dev.c#L3205
 */
struct sk_buff *dev_hard_start_xmit(struct sk_buff *first, struct net_device *dev,
				    struct netdev_queue *txq, int *ret)
{
	struct sk_buff *skb = first;
	int rc = NETDEV_TX_OK;

	while (skb) {
		struct sk_buff *next = skb->next;

		skb_mark_not_on_list(skb);
		rc = xmit_one(skb, dev, txq, next != NULL);
		if (unlikely(!dev_xmit_complete(rc))) {
			skb->next = next;
			goto out;
		}

		skb = next;
		/* the ring is full: the rest of a GSO packet's segments is requeued by the qdisc */
		if (netif_tx_queue_stopped(txq) && skb) {
			rc = NETDEV_TX_BUSY;
			break;
		}
	}

out:
	*ret = rc;
	return skb;
}

/*
 * validate_xmit_skb -- last checks before the driver: a GSO packet the device
 * cannot send whole is cut into its segments here
 * upstream: net/core/dev.c:3253
 * https://elixir.bootlin.com/linux/v5.4/source/net/core/dev.c#L3253
 */
static struct sk_buff *validate_xmit_skb(struct sk_buff *skb, struct net_device *dev, bool *again)
{
	netdev_features_t features;

	features = netif_skb_features(skb);
	skb = validate_xmit_vlan(skb, features);
	......
	/* lo takes GSO packets whole (NETIF_F_GSO_SOFTWARE); our NIC has no offloads */
	if (netif_needs_gso(skb, features)) {
		struct sk_buff *segs;

		/* down to tcp_gso_segment (through inet_gso_segment, which numbers the IP ids) */
		segs = skb_gso_segment(skb, features);
		if (IS_ERR(segs)) {
			goto out_kfree_skb;
		} else if (segs) {
			consume_skb(skb);
			skb = segs;
		}
	} else {
	......
	}

	skb = validate_xmit_xfrm(skb, features, again);

	return skb;

out_kfree_skb:
	kfree_skb(skb);
out_null:
	atomic_long_inc(&dev->tx_dropped);
	return NULL;
}

/*
 * __dev_xmit_skb -- the frame meets the device's qdisc: straight to the
 * driver when the qdisc is empty and free (the bypass), else enqueued and
 * the qdisc run
 * upstream: net/core/dev.c:3377
 * https://elixir.bootlin.com/linux/v5.4/source/net/core/dev.c#L3377
 */
static inline int __dev_xmit_skb(struct sk_buff *skb, struct Qdisc *q,
				 struct net_device *dev,
				 struct netdev_queue *txq)
{
	spinlock_t *root_lock = qdisc_lock(q);
	struct sk_buff *to_free = NULL;
	bool contended;
	int rc;

	qdisc_calculate_pkt_len(skb, q);

	/* pfifo_fast is TCQ_F_NOLOCK: this branch, never the locked one */
	if (q->flags & TCQ_F_NOLOCK) {
		/* pfifo_fast_init set TCQ_F_CAN_BYPASS; q->empty since its last
		 * dequeue found nothing; qdisc_run_begin takes q->seqlock and
		 * clears q->empty */
		if ((q->flags & TCQ_F_CAN_BYPASS) && q->empty &&
		    qdisc_run_begin(q)) {
			if (unlikely(test_bit(__QDISC_STATE_DEACTIVATED,
					      &q->state))) {
				__qdisc_drop(skb, &to_free);
				rc = NET_XMIT_DROP;
				goto end_run;
			}
			/* counted as sent by the qdisc, never queued in it */
			qdisc_bstats_cpu_update(q, skb);

			rc = NET_XMIT_SUCCESS;
			if (sch_direct_xmit(skb, q, dev, txq, NULL, true))
				__qdisc_run(q);

end_run:
			qdisc_run_end(q);
		} else {
			/* frames wait in the qdisc (the queue was stopped): this
			 * one after them */
			rc = q->enqueue(skb, q, &to_free) & NET_XMIT_MASK;
			qdisc_run(q);
		}

		/* what the enqueue dropped */
		if (unlikely(to_free))
			kfree_skb_list(to_free);
		return rc;
	}

	......
}

/*
 * __dev_queue_xmit -- a device with a qdisc (eth0: pfifo_fast) hands the
 * frame to it; one without (loopback: noqueue) goes straight to the driver
 * upstream: net/core/dev.c:3717
 * https://elixir.bootlin.com/linux/v5.4/source/net/core/dev.c#L3717
 */
static int __dev_queue_xmit(struct sk_buff *skb, struct net_device *sb_dev)
{
	struct net_device *dev = skb->dev;
	struct netdev_queue *txq;
	struct Qdisc *q;
	int rc = -ENOMEM;
	bool again = false;

	/* the Ethernet header neigh_output pushed starts here */
	skb_reset_mac_header(skb);
	......
	/* Disable soft irqs for various locks below. Also
	 * stops preemption for RCU.
	 */
	rcu_read_lock_bh();
	......
	/* If device/qdisc don't need skb->dst, release it right now while
	 * its hot in this cpu cache.
	 */
	if (dev->priv_flags & IFF_XMIT_DST_RELEASE)
		skb_dst_drop(skb);
	else
		skb_dst_force(skb);

	txq = netdev_core_pick_tx(dev, skb, sb_dev);
	q = rcu_dereference_bh(txq->qdisc);

	trace_net_dev_queue(skb);
	/* noqueue (lo, IFF_NO_QUEUE): no enqueue function, no queue */
	if (q->enqueue) {
		rc = __dev_xmit_skb(skb, q, dev, txq);
		goto out;
	}
	......
	if (dev->flags & IFF_UP) {
		int cpu = smp_processor_id(); /* ok because BHs are off */

		if (txq->xmit_lock_owner != cpu) {
			if (dev_xmit_recursion())
				goto recursion_alert;

			skb = validate_xmit_skb(skb, dev, &again);
			if (!skb)
				goto out;

			HARD_TX_LOCK(dev, txq, cpu);

			if (!netif_xmit_stopped(txq)) {
				dev_xmit_recursion_inc();
				skb = dev_hard_start_xmit(skb, dev, txq, &rc);
				dev_xmit_recursion_dec();
				if (dev_xmit_complete(rc)) {
					HARD_TX_UNLOCK(dev, txq);
					goto out;
				}
			}
			......
		} else {
			......
		}
	}

	rc = -ENETDOWN;
	rcu_read_unlock_bh();

	atomic_long_inc(&dev->tx_dropped);
	kfree_skb_list(skb);
	return rc;
out:
	rcu_read_unlock_bh();
	return rc;
}

/*
 * dev_queue_xmit -- what the neighbour calls with a finished frame
 * upstream: net/core/dev.c:3823
 * https://elixir.bootlin.com/linux/v5.4/source/net/core/dev.c#L3823
 */
int dev_queue_xmit(struct sk_buff *skb)
{
	return __dev_queue_xmit(skb, NULL);
}

/*
 * ____napi_schedule -- put the NAPI context on this CPU's poll list and
 * raise NET_RX_SOFTIRQ
 * upstream: net/core/dev.c:3893
 * https://elixir.bootlin.com/linux/v5.4/source/net/core/dev.c#L3893
 */
static inline void ____napi_schedule(struct softnet_data *sd,
				     struct napi_struct *napi)
{
	list_add_tail(&napi->poll_list, &sd->poll_list);
	/* net_rx_action runs when the softirqs run: at the end of the
	 * interrupt, or when bottom halves are enabled again */
	__raise_softirq_irqoff(NET_RX_SOFTIRQ);
}

/*
 * enqueue_to_backlog -- the per-CPU backlog: input_pkt_queue, polled by
 * the backlog's own NAPI context (process_backlog)
 * upstream: net/core/dev.c:4174
 * https://elixir.bootlin.com/linux/v5.4/source/net/core/dev.c#L4174
 */
static int enqueue_to_backlog(struct sk_buff *skb, int cpu,
			      unsigned int *qtail)
{
	struct softnet_data *sd;
	unsigned long flags;
	unsigned int qlen;

	sd = &per_cpu(softnet_data, cpu);

	local_irq_save(flags);

	rps_lock(sd);
	if (!netif_running(skb->dev))
		goto drop;
	qlen = skb_queue_len(&sd->input_pkt_queue);
	/* at most netdev_max_backlog (1000) packets wait */
	if (qlen <= netdev_max_backlog && !skb_flow_limit(skb, qlen)) {
		if (qlen) {
enqueue:
			__skb_queue_tail(&sd->input_pkt_queue, skb);
			input_queue_tail_incr_save(sd, qtail);
			rps_unlock(sd);
			local_irq_restore(flags);
			return NET_RX_SUCCESS;
		}

		/* Schedule NAPI for backlog device
		 * We can use non atomic operation since we own the queue lock
		 */
		if (!__test_and_set_bit(NAPI_STATE_SCHED, &sd->backlog.state)) {
			if (!rps_ipi_queued(sd))
				____napi_schedule(sd, &sd->backlog);
		}
		goto enqueue;
	}

drop:
	sd->dropped++;
	rps_unlock(sd);

	local_irq_restore(flags);

	atomic_long_inc(&skb->dev->rx_dropped);
	kfree_skb(skb);
	return NET_RX_DROP;
}

/*
 * netif_rx_internal -- this CPU's backlog (RPS off)
 * upstream: net/core/dev.c:4415
 * https://elixir.bootlin.com/linux/v5.4/source/net/core/dev.c#L4415
 */
static int netif_rx_internal(struct sk_buff *skb)
{
	int ret;

	net_timestamp_check(netdev_tstamp_prequeue, skb);

	trace_netif_rx(skb);
	......
	{
		unsigned int qtail;

		ret = enqueue_to_backlog(skb, get_cpu(), &qtail);
		put_cpu();
	}
	return ret;
}

/*
 * netif_rx -- a driver without NAPI of its own (loopback) posts a frame
 * upstream: net/core/dev.c:4465
 * https://elixir.bootlin.com/linux/v5.4/source/net/core/dev.c#L4465
 */
int netif_rx(struct sk_buff *skb)
{
	int ret;

	trace_netif_rx_entry(skb);

	ret = netif_rx_internal(skb);
	trace_netif_rx_exit(ret);

	return ret;
}

/*
 * net_tx_action -- the NET_TX softirq: runs each qdisc
 * __netif_schedule put on the output_queue
 * upstream: net/core/dev.c:4495
 * https://elixir.bootlin.com/linux/v5.4/source/net/core/dev.c#L4495
 */
static __latent_entropy void net_tx_action(struct softirq_action *h)
{
	struct softnet_data *sd = this_cpu_ptr(&softnet_data);

	/* skbs drivers freed in hard-irq context (dev_kfree_skb_irq);
	 * sockwalk's NIC frees its own: none */
	if (sd->completion_queue) {
	......
	}

	if (sd->output_queue) {
		struct Qdisc *head;

		local_irq_disable();
		head = sd->output_queue;
		sd->output_queue = NULL;
		sd->output_queue_tailp = &sd->output_queue;
		local_irq_enable();

		while (head) {
			struct Qdisc *q = head;
			spinlock_t *root_lock = NULL;

			head = head->next_sched;

			if (!(q->flags & TCQ_F_NOLOCK)) {
				root_lock = qdisc_lock(q);
				spin_lock(root_lock);
			}
			smp_mb__before_atomic();
			clear_bit(__QDISC_STATE_SCHED, &q->state);
			/* what waits in the qdisc goes to the driver now */
			qdisc_run(q);
			if (root_lock)
				spin_unlock(root_lock);
		}
	}

	xfrm_dev_backlog(sd);
}

/*
 * __netif_receive_skb_core -- the taps first (ptype_all: where a packet
 * capture sees an arriving packet), then the handler of skb->protocol
 * upstream: net/core/dev.c:4732
 * https://elixir.bootlin.com/linux/v5.4/source/net/core/dev.c#L4732
 */
static int __netif_receive_skb_core(struct sk_buff *skb, bool pfmemalloc,
				    struct packet_type **ppt_prev)
{
	struct packet_type *ptype, *pt_prev;
	rx_handler_func_t *rx_handler;
	struct net_device *orig_dev;
	bool deliver_exact = false;
	int ret = NET_RX_DROP;
	__be16 type;

	net_timestamp_check(!netdev_tstamp_prequeue, skb);

	trace_netif_receive_skb(skb);

	orig_dev = skb->dev;

	/* eth_type_trans pulled the Ethernet header: data is the IP header */
	skb_reset_network_header(skb);
	if (!skb_transport_header_was_set(skb))
		skb_reset_transport_header(skb);
	skb_reset_mac_len(skb);

	pt_prev = NULL;

another_round:
	skb->skb_iif = skb->dev->ifindex;

	__this_cpu_inc(softnet_data.processed);
	......
	list_for_each_entry_rcu(ptype, &ptype_all, list) {
		if (pt_prev)
			ret = deliver_skb(skb, pt_prev, orig_dev);
		pt_prev = ptype;
	}
	......
	rx_handler = rcu_dereference(skb->dev->rx_handler);
	if (rx_handler) {
		......
	}
	......
	type = skb->protocol;

	/* deliver only exact match when indicated */
	if (likely(!deliver_exact)) {
		/* ETH_P_IP: ip_packet_type, whose func is ip_rcv */
		deliver_ptype_list_skb(skb, &pt_prev, orig_dev, type,
				       &ptype_base[ntohs(type) &
						   PTYPE_HASH_MASK]);
	}
	......
	if (pt_prev) {
		if (unlikely(skb_orphan_frags_rx(skb, GFP_ATOMIC)))
			goto drop;
		*ppt_prev = pt_prev;
	} else {
		......
	}

out:
	return ret;
}

/*
 * __netif_receive_skb_one_core -- the handler found is called: ip_rcv
 * upstream: net/core/dev.c:4921
 * https://elixir.bootlin.com/linux/v5.4/source/net/core/dev.c#L4921
 */
static int __netif_receive_skb_one_core(struct sk_buff *skb, bool pfmemalloc)
{
	struct net_device *orig_dev = skb->dev;
	struct packet_type *pt_prev = NULL;
	int ret;

	ret = __netif_receive_skb_core(skb, pfmemalloc, &pt_prev);
	if (pt_prev)
		ret = INDIRECT_CALL_INET(pt_prev->func, ipv6_rcv, ip_rcv, skb,
					 skb->dev, pt_prev, orig_dev);
	return ret;
}

/*
 * __netif_receive_skb -- one frame up the stack
 * upstream: net/core/dev.c:5023
 * https://elixir.bootlin.com/linux/v5.4/source/net/core/dev.c#L5023
 */
static int __netif_receive_skb(struct sk_buff *skb)
{
	int ret;

	if (sk_memalloc_socks() && skb_pfmemalloc(skb)) {
		......
	} else
		ret = __netif_receive_skb_one_core(skb, false);

	return ret;
}

/*
 * netif_receive_skb_internal -- RPS off: this CPU takes it up at once
 * upstream: net/core/dev.c:5111
 * https://elixir.bootlin.com/linux/v5.4/source/net/core/dev.c#L5111
 */
static int netif_receive_skb_internal(struct sk_buff *skb)
{
	int ret;

	net_timestamp_check(netdev_tstamp_prequeue, skb);

	if (skb_defer_rx_timestamp(skb))
		return NET_RX_SUCCESS;

	rcu_read_lock();
	......
	ret = __netif_receive_skb(skb);
	rcu_read_unlock();
	return ret;
}

/*
 * netif_receive_skb -- what a NAPI driver's poll calls for each frame
 * upstream: net/core/dev.c:5186
 * https://elixir.bootlin.com/linux/v5.4/source/net/core/dev.c#L5186
 */
int netif_receive_skb(struct sk_buff *skb)
{
	int ret;

	trace_netif_receive_skb_entry(skb);

	ret = netif_receive_skb_internal(skb);
	trace_netif_receive_skb_exit(ret);

	return ret;
}

/*
 * process_backlog -- the backlog's poll: what netif_rx queued goes up,
 * at most quota (64) frames per call
 * upstream: net/core/dev.c:5854
 * https://elixir.bootlin.com/linux/v5.4/source/net/core/dev.c#L5854
 */
static int process_backlog(struct napi_struct *napi, int quota)
{
	struct softnet_data *sd = container_of(napi, struct softnet_data, backlog);
	bool again = true;
	int work = 0;
	......
	napi->weight = dev_rx_weight;
	while (again) {
		struct sk_buff *skb;

		while ((skb = __skb_dequeue(&sd->process_queue))) {
			rcu_read_lock();
			__netif_receive_skb(skb);
			rcu_read_unlock();
			input_queue_head_incr(sd);
			if (++work >= quota)
				return work;

		}

		local_irq_disable();
		rps_lock(sd);
		if (skb_queue_empty(&sd->input_pkt_queue)) {
			......
			/* nothing more: the backlog is not scheduled any more */
			napi->state = 0;
			again = false;
		} else {
			/* take what netif_rx queued meanwhile, all at once */
			skb_queue_splice_tail_init(&sd->input_pkt_queue,
						   &sd->process_queue);
		}
		rps_unlock(sd);
		local_irq_enable();
	}

	return work;
}

/*
 * __napi_schedule -- from the driver's interrupt (napi_schedule)
 * upstream: net/core/dev.c:5913
 * https://elixir.bootlin.com/linux/v5.4/source/net/core/dev.c#L5913
 */
void __napi_schedule(struct napi_struct *n)
{
	unsigned long flags;

	local_irq_save(flags);
	____napi_schedule(this_cpu_ptr(&softnet_data), n);
	local_irq_restore(flags);
}

/*
 * napi_poll -- one NAPI context's poll, up to its weight
 * upstream: net/core/dev.c:6292
 * https://elixir.bootlin.com/linux/v5.4/source/net/core/dev.c#L6292
 */
static int napi_poll(struct napi_struct *n, struct list_head *repoll)
{
	void *have;
	int work, weight;

	list_del_init(&n->poll_list);

	have = netpoll_poll_lock(n);

	weight = n->weight;
	......
	work = 0;
	if (test_bit(NAPI_STATE_SCHED, &n->state)) {
		/* the driver's poll, or process_backlog */
		work = n->poll(n, weight);
		trace_napi_poll(n, work, weight);
	}

	WARN_ON_ONCE(work > weight);

	/* less than the weight: the poll completed, it is off the list */
	if (likely(work < weight))
		goto out_unlock;
	......
	/* the whole weight used: polled again in this round, or the next */
	list_add_tail(&n->poll_list, repoll);

out_unlock:
	netpoll_poll_unlock(have);

	return work;
}

/*
 * net_rx_action -- the NET_RX softirq: poll every scheduled NAPI context,
 * within netdev_budget (300) frames
 * upstream: net/core/dev.c:6356
 * https://elixir.bootlin.com/linux/v5.4/source/net/core/dev.c#L6356
 */
static __latent_entropy void net_rx_action(struct softirq_action *h)
{
	struct softnet_data *sd = this_cpu_ptr(&softnet_data);
	unsigned long time_limit = jiffies +
		usecs_to_jiffies(netdev_budget_usecs);
	int budget = netdev_budget;
	LIST_HEAD(list);
	LIST_HEAD(repoll);

	local_irq_disable();
	list_splice_init(&sd->poll_list, &list);
	local_irq_enable();

	for (;;) {
		struct napi_struct *n;

		if (list_empty(&list)) {
			if (!sd_has_rps_ipi_waiting(sd) && list_empty(&repoll))
				goto out;
			break;
		}

		n = list_first_entry(&list, struct napi_struct, poll_list);
		budget -= napi_poll(n, &repoll);

		/* If softirq window is exhausted then punt.
		 * Allow this to run for 2 jiffies since which will allow
		 * an average latency of 1.5/HZ.
		 */
		if (unlikely(budget <= 0 ||
			     time_after_eq(jiffies, time_limit))) {
			sd->time_squeeze++;
			break;
		}
	}

	local_irq_disable();

	list_splice_tail_init(&sd->poll_list, &list);
	list_splice_tail(&repoll, &list);
	list_splice(&list, &sd->poll_list);
	/* work left: NET_RX_SOFTIRQ again */
	if (!list_empty(&sd->poll_list))
		__raise_softirq_irqoff(NET_RX_SOFTIRQ);

	net_rps_action_and_irq_enable(sd);
out:
	__kfree_skb_flush();
}
