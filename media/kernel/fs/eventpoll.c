// SPDX-License-Identifier: GPL-2.0
/*
 * fs/eventpoll.c -- epoll: an eventpoll file holds one epitem per watched
 * descriptor (its red-black tree) and a ready list; ep_insert hooks
 * ep_poll_callback onto the socket's wait queue, so the socket's wake-ups
 * (sk_data_ready, sk_state_change) put the epitem on the ready list and
 * wake whoever sleeps in epoll_wait (ep_poll).
 *
 * Abridged rendition for sockwalk, Linux 5.4; annotations are ours.
 * Upstream: fs/eventpoll.c (Linux v5.4)
 */

/*
 * ep_poll_callback -- the wake function of an epitem's entry on a watched
 * file's wait queue: the socket woke its queue, handing over the events that
 * happened as the key
 * upstream: fs/eventpoll.c:1207
 * https://elixir.bootlin.com/linux/v5.4/source/fs/eventpoll.c#L1207
 */
static int ep_poll_callback(wait_queue_entry_t *wait, unsigned mode, int sync, void *key)
{
	int pwake = 0;
	/* the entry is part of an eppoll_entry: its base is the epitem */
	struct epitem *epi = ep_item_from_wait(wait);
	struct eventpoll *ep = epi->ep;
	/* the key: sock_def_readable passes EPOLLIN | EPOLLPRI | EPOLLRDNORM
	 * | EPOLLRDBAND, sock_def_error_report EPOLLERR, sock_def_wakeup
	 * (a state change) nothing: 0 */
	__poll_t pollflags = key_to_poll(key);
	unsigned long flags;
	int ewake = 0;

	read_lock_irqsave(&ep->lock, flags);
	......
	/*
	 * If the event mask does not contain any poll(2) event, we consider the
	 * descriptor to be disabled. This condition is likely the effect of the
	 * EPOLLONESHOT bit that disables the descriptor when an event is received,
	 * until the next EPOLL_CTL_MOD will be issued.
	 */
	if (!(epi->event.events & ~EP_PRIVATE_BITS))
		goto out_unlock;

	/*
	 * Check the events coming with the callback. At this stage, not
	 * every device reports the events in the "key" parameter of the
	 * callback. We need to be able to handle both cases here, hence the
	 * test for "key" != NULL before the event match test.
	 */
	/* an item that asks only EPOLLOUT is not readied by arriving data;
	 * a state change (no key) readies every item */
	if (pollflags && !(pollflags & epi->event.events))
		goto out_unlock;
	......
	/* If this file is already in the ready list we exit soon */
	/* once on the list, it stays there until epoll_wait takes it off */
	if (!ep_is_linked(epi) &&
	    list_add_tail_lockless(&epi->rdllink, &ep->rdllist)) {
		ep_pm_stay_awake_rcu(epi);
	}

	/*
	 * Wake up ( if active ) both the eventpoll wait list and the ->poll()
	 * wait list.
	 */
	/* a task sleeping in epoll_wait (ep_poll) */
	if (waitqueue_active(&ep->wq)) {
		if ((epi->event.events & EPOLLEXCLUSIVE) &&
					!(pollflags & POLLFREE)) {
			switch (pollflags & EPOLLINOUT_BITS) {
			case EPOLLIN:
				if (epi->event.events & EPOLLIN)
					ewake = 1;
				break;
			case EPOLLOUT:
				if (epi->event.events & EPOLLOUT)
					ewake = 1;
				break;
			case 0:
				ewake = 1;
				break;
			}
		}
		wake_up(&ep->wq);
	}
	......
out_unlock:
	read_unlock_irqrestore(&ep->lock, flags);
	......
	/* 1: it counts as a wake-up (__wake_up_common's wake-one stops at an
	 * exclusive entry that woke someone) */
	if (!(epi->event.events & EPOLLEXCLUSIVE))
		ewake = 1;
	......
	return ewake;
}

/*
 * ep_insert -- epoll_ctl(EPOLL_CTL_ADD): a new epitem for a descriptor
 * upstream: fs/eventpoll.c:1496
 * https://elixir.bootlin.com/linux/v5.4/source/fs/eventpoll.c#L1496
 */
static int ep_insert(struct eventpoll *ep, const struct epoll_event *event,
		     struct file *tfile, int fd, int full_check)
{
	int error, pwake = 0;
	__poll_t revents;
	long user_watches;
	struct epitem *epi;
	struct ep_pqueue epq;
	......
	if (!(epi = kmem_cache_alloc(epi_cache, GFP_KERNEL)))
		return -ENOMEM;

	/* Item initialization follow here ... */
	INIT_LIST_HEAD(&epi->rdllink);
	......
	epi->ep = ep;
	/* which file and descriptor it watches */
	ep_set_ffd(&epi->ffd, tfile, fd);
	/* the events asked for (EPOLLIN, EPOLLET ...) and the user's data */
	epi->event = *event;
	......
	/* Initialize the poll table using the queue callback */
	/* ep_ptable_queue_proc: adds an entry whose function is
	 * ep_poll_callback to the wait queue the file's poll gives it */
	epq.epi = epi;
	init_poll_funcptr(&epq.pt, ep_ptable_queue_proc);

	/*
	 * Attach the item to the poll hooks and get current event bits.
	 * We can safely use the file* here because its usage count has
	 * been increased by the caller of this function. Note that after
	 * this operation completes, the poll callback can start hitting
	 * the new item.
	 */
	/* sock_poll -> tcp_poll: sock_poll_wait calls the queue callback
	 * with the socket's wait queue, then the bits ready now */
	revents = ep_item_poll(epi, &epq.pt, 1);
	......
	/*
	 * Add the current item to the RB tree. All RB tree operations are
	 * protected by "mtx", and ep_insert() is called with "mtx" held.
	 */
	ep_rbtree_insert(ep, epi);
	......
	/* If the file is already "ready" we drop it inside the ready list */
	if (revents && !ep_is_linked(epi)) {
		list_add_tail(&epi->rdllink, &ep->rdllist);
		......
		/* Notify waiting tasks that events are available */
		if (waitqueue_active(&ep->wq))
			wake_up(&ep->wq);
		......
	}
	......
	return 0;
	......
}

/*
 * ep_send_events_proc -- copy the ready epitems' events to user space
 * upstream: fs/eventpoll.c:1701
 * https://elixir.bootlin.com/linux/v5.4/source/fs/eventpoll.c#L1701
 */
static __poll_t ep_send_events_proc(struct eventpoll *ep, struct list_head *head,
			       void *priv)
{
	struct ep_send_events_data *esed = priv;
	__poll_t revents;
	struct epitem *epi, *tmp;
	......
	list_for_each_entry_safe(epi, tmp, head, rdllink) {
		if (esed->res >= esed->maxevents)
			break;
		......
		list_del_init(&epi->rdllink);

		/*
		 * If the event mask intersect the caller-requested one,
		 * deliver the event to userspace. Again, ep_scan_ready_list()
		 * is holding ep->mtx, so no operations coming from userspace
		 * can change the item.
		 */
		/* ask the socket again: only what is ready now is reported */
		revents = ep_item_poll(epi, &pt, 1);
		if (!revents)
			continue;

		if (__put_user(revents, &uevent->events) ||
		    __put_user(epi->event.data, &uevent->data)) {
			......
		}
		esed->res++;
		uevent++;
		if (epi->event.events & EPOLLONESHOT)
			epi->event.events &= EP_PRIVATE_BITS;
		else if (!(epi->event.events & EPOLLET)) {
			/*
			 * If this file has been added with Level
			 * Trigger mode, we need to insert back inside
			 * the ready list, so that the next call to
			 * epoll_wait() will check again the events
			 * availability. At this point, no one can insert
			 * into ep->rdllist besides us. The epoll_ctl()
			 * callers are locked out by
			 * ep_scan_ready_list() holding "mtx" and the
			 * poll callback will queue them in ep->ovflist.
			 */
			/* edge-triggered (EPOLLET) items are not put back:
			 * only the next ep_poll_callback readies them again */
			list_add_tail(&epi->rdllink, &ep->rdllist);
			......
		}
	}

	return 0;
}

/*
 * ep_poll -- epoll_wait(): return the ready events, or sleep until
 * ep_poll_callback readies one or the timeout ends
 * upstream: fs/eventpoll.c:1825
 * https://elixir.bootlin.com/linux/v5.4/source/fs/eventpoll.c#L1825
 */
static int ep_poll(struct eventpoll *ep, struct epoll_event __user *events,
		   int maxevents, long timeout)
{
	int res = 0, eavail, timed_out = 0;
	u64 slack = 0;
	bool waiter = false;
	wait_queue_entry_t wait;
	ktime_t expires, *to = NULL;
	......
	if (timeout > 0) {
		struct timespec64 end_time = ep_set_mstimeout(timeout);
		......
	} else if (timeout == 0) {
		......
		/* a timeout of 0: look once, never sleep */
		timed_out = 1;
		......
		eavail = ep_events_available(ep);
		......
		goto send_events;
	}

fetch_events:
	......
	/* the ready list is not empty: no need to sleep */
	eavail = ep_events_available(ep);
	if (eavail)
		goto send_events;
	......
	/*
	 * We don't have any available event to return to the caller.  We need
	 * to sleep here, and we will be woken by ep_poll_callback() when events
	 * become available.
	 */
	if (!waiter) {
		waiter = true;
		init_waitqueue_entry(&wait, current);
		......
		__add_wait_queue_exclusive(&ep->wq, &wait);
		......
	}

	for (;;) {
		......
		set_current_state(TASK_INTERRUPTIBLE);
		......
		eavail = ep_events_available(ep);
		if (eavail)
			break;
		......
		/* sleep: ep_poll_callback's wake_up(&ep->wq), or the timer */
		if (!schedule_hrtimeout_range(to, slack, HRTIMER_MODE_ABS)) {
			timed_out = 1;
			break;
		}
	}
	......
send_events:
	/*
	 * Try to transfer events to user space. In case we get 0 events and
	 * there's still timeout left over, we go trying again in search of
	 * more luck.
	 */
	if (!res && eavail &&
	    !(res = ep_send_events(ep, events, maxevents)) && !timed_out)
		goto fetch_events;

	if (waiter) {
		......
		__remove_wait_queue(&ep->wq, &wait);
		......
	}

	return res;
}
