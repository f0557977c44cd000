// SPDX-License-Identifier: GPL-2.0
/*
 * fs/select.c -- select() and poll(): ask each descriptor's file what is ready
 * (vfs_poll -> f_op->poll, sock_poll for a socket), hang the task on
 * each file's wait queue (the poll_table's queueing function), sleep
 * until one of them wakes it or the timeout ends, and ask again.
 *
 * Abridged rendition for sockwalk, Linux 5.4; annotations are ours.
 * Upstream: fs/select.c (Linux v5.4)
 */

/*
 * __pollwake -- the wake-up a poll entry lets through: mark the table
 * triggered and wake the polling task
 * upstream: fs/select.c:184
 * https://elixir.bootlin.com/linux/v5.4/source/fs/select.c#L184
 */
static int __pollwake(wait_queue_entry_t *wait, unsigned mode, int sync, void *key)
{
	struct poll_wqueues *pwq = wait->private;
	DECLARE_WAITQUEUE(dummy_wait, pwq->polling_task);
	......
	smp_wmb();
	/* poll_schedule_timeout will not sleep (again): the task asks
	 * every descriptor once more */
	pwq->triggered = 1;
	......
	/* try_to_wake_up: runnable, if it was asleep (1), else 0 */
	return default_wake_function(&dummy_wait, mode, sync, key);
}

/*
 * pollwake -- a poll entry's wake function, run by the waker
 * (__wake_up_common, inside sk_data_ready, sk_state_change …) with the
 * key it wakes with: the poll events that happened
 * upstream: fs/select.c:210
 * https://elixir.bootlin.com/linux/v5.4/source/fs/select.c#L210
 */
static int pollwake(wait_queue_entry_t *wait, unsigned mode, int sync, void *key)
{
	struct poll_table_entry *entry;

	entry = container_of(wait, struct poll_table_entry, wait);
	/* entry->key: the events this descriptor was polled for (__pollwait
	 * stored p->_key: do_pollfd's filter, do_select's wait_key_set). A
	 * wake-up about other events (data arriving, EPOLLIN, for a poll of
	 * POLLOUT only) leaves the task asleep; one without a key (a state
	 * change) always wakes it */
	if (key && !(key_to_poll(key) & entry->key))
		return 0;
	return __pollwake(wait, mode, sync, key);
}

/*
 * poll_schedule_timeout -- do_poll's and do_select's sleep: until a
 * pollwake on one of the table's entries (any of the polled sockets woke
 * its queue) or the timer; 0 when the time ran out
 * upstream: fs/select.c:236
 * https://elixir.bootlin.com/linux/v5.4/source/fs/select.c#L236
 */
static int poll_schedule_timeout(struct poll_wqueues *pwq, int state,
			  ktime_t *expires, unsigned long slack)
{
	int rc = -EINTR;

	set_current_state(state);
	/* a pollwake since the last pass (triggered) means no sleep: ask again */
	if (!pwq->triggered)
		rc = schedule_hrtimeout_range(expires, slack, HRTIMER_MODE_ABS);
	__set_current_state(TASK_RUNNING);
	......
	/* the next pass starts untriggered */
	smp_store_mb(pwq->triggered, 0);

	return rc;
}

/*
 * do_select -- select(): ask each descriptor of the three sets; sleep
 * until a wake-up or the timeout, as do_poll does
 * upstream: fs/select.c:476
 * https://elixir.bootlin.com/linux/v5.4/source/fs/select.c#L476
 */
static int do_select(int n, fd_set_bits *fds, struct timespec64 *end_time)
{
	ktime_t expire, *to = NULL;
	struct poll_wqueues table;
	poll_table *wait;
	int retval, i, timed_out = 0;
	......
	/* n: the highest descriptor of the sets, plus one (EBADF if one is not open) */
	retval = max_select_fd(n, fds);
	......
	if (retval < 0)
		return retval;
	n = retval;

	/* the same table as poll's: __pollwait adds a pollwake entry to
	 * each socket's wait queue on the first pass */
	poll_initwait(&table);
	wait = &table.pt;
	if (end_time && !end_time->tv_sec && !end_time->tv_nsec) {
		wait->_qproc = NULL;
		timed_out = 1;
	}
	......
	retval = 0;
	for (;;) {
		......
		for (i = 0; i < n; ++rinp, ++routp, ++rexp) {
			......
			for (j = 0; j < BITS_PER_LONG; ++j, ++i, bit <<= 1) {
				struct fd f;
				if (i >= n)
					break;
				if (!(bit & all_bits))
					continue;
				f = fdget(i);
				if (f.file) {
					/* the events asked of this descriptor, the key of
					 * the entry __pollwait hangs on its queue */
					wait_key_set(wait, in, out, bit,
						     busy_flag);
					/* sock_poll -> tcp_poll / udp_poll */
					mask = vfs_poll(f.file, wait);

					fdput(f);
					/* readable (data, a FIN, an error, a child to accept) */
					if ((mask & POLLIN_SET) && (in & bit)) {
						res_in |= bit;
						retval++;
						wait->_qproc = NULL;
					}
					/* writable */
					if ((mask & POLLOUT_SET) && (out & bit)) {
						res_out |= bit;
						retval++;
						wait->_qproc = NULL;
					}
					if ((mask & POLLEX_SET) && (ex & bit)) {
						res_ex |= bit;
						retval++;
						wait->_qproc = NULL;
					}
					......
				}
			}
			......
		}
		wait->_qproc = NULL;
		if (retval || timed_out || signal_pending(current))
			break;
		......
		if (end_time && !to) {
			expire = timespec64_to_ktime(*end_time);
			to = &expire;
		}

		if (!poll_schedule_timeout(&table, TASK_INTERRUPTIBLE,
					   to, slack))
			timed_out = 1;
	}

	poll_freewait(&table);

	return retval;
}

/*
 * do_pollfd -- one struct pollfd: what its file reports, masked
 * upstream: fs/select.c:841
 * https://elixir.bootlin.com/linux/v5.4/source/fs/select.c#L841
 */
static inline __poll_t do_pollfd(struct pollfd *pollfd, poll_table *pwait,
				     bool *can_busy_poll,
				     __poll_t busy_flag)
{
	int fd = pollfd->fd;
	__poll_t mask = 0, filter;
	struct fd f;

	if (fd < 0)
		goto out;
	/* a descriptor that is not open: POLLNVAL */
	mask = EPOLLNVAL;
	f = fdget(fd);
	if (!f.file)
		goto out;

	/* userland u16 ->events contains POLL... bitmap */
	/* errors and hang-ups are always reported */
	filter = demangle_poll(pollfd->events) | EPOLLERR | EPOLLHUP;
	pwait->_key = filter | busy_flag;
	/* file->f_op->poll: sock_poll for a socket; the first pass also
	 * puts an entry for this task on the socket's wait queue */
	mask = vfs_poll(f.file, pwait);
	......
	mask &= filter;		/* Mask out unneeded events. */
	fdput(f);

out:
	/* ... and so does ->revents */
	pollfd->revents = mangle_poll(mask);
	return mask;
}

/*
 * do_poll -- ask every descriptor; sleep until a wake-up or the timeout
 * upstream: fs/select.c:871
 * https://elixir.bootlin.com/linux/v5.4/source/fs/select.c#L871
 */
static int do_poll(struct poll_list *list, struct poll_wqueues *wait,
		   struct timespec64 *end_time)
{
	poll_table* pt = &wait->pt;
	ktime_t expire, *to = NULL;
	int timed_out = 0, count = 0;
	......

	/* Optimise the no-wait case */
	/* a timeout of 0: one pass, no wait-queue entries */
	if (end_time && !end_time->tv_sec && !end_time->tv_nsec) {
		pt->_qproc = NULL;
		timed_out = 1;
	}
	......
	for (;;) {
		struct poll_list *walk;
		......
		for (walk = list; walk != NULL; walk = walk->next) {
			struct pollfd * pfd, * pfd_end;

			pfd = walk->entries;
			pfd_end = pfd + walk->len;
			for (; pfd != pfd_end; pfd++) {
				......
				if (do_pollfd(pfd, pt, &can_busy_loop,
					      busy_flag)) {
					count++;
					pt->_qproc = NULL;
					......
				}
			}
		}
		/*
		 * All waiters have already been registered, so don't provide
		 * a poll_table->_qproc to them on the next loop iteration.
		 */
		pt->_qproc = NULL;
		......
		/* something ready, or out of time: return the count */
		if (count || timed_out)
			break;
		......
		if (end_time && !to) {
			expire = timespec64_to_ktime(*end_time);
			to = &expire;
		}

		/* sleep until a socket's wake-up (pollwake) or the timer */
		if (!poll_schedule_timeout(wait, TASK_INTERRUPTIBLE, to, slack))
			timed_out = 1;
	}
	return count;
}

/*
 * do_sys_poll -- poll(): copy the pollfds in, do_poll, copy revents out
 * upstream: fs/select.c:960
 * https://elixir.bootlin.com/linux/v5.4/source/fs/select.c#L960
 */
static int do_sys_poll(struct pollfd __user *ufds, unsigned int nfds,
		struct timespec64 *end_time)
{
	struct poll_wqueues table;
	int err = -EFAULT, fdcount, len;
	......
	if (nfds > rlimit(RLIMIT_NOFILE))
		return -EINVAL;
	......
	/* the queueing function: __pollwait, which adds a wait-queue
	 * entry (woken by pollwake) to each file polled */
	poll_initwait(&table);
	fdcount = do_poll(head, &table, end_time);
	/* take every entry off the sockets' wait queues again */
	poll_freewait(&table);
	......
	err = fdcount;
out_fds:
	......
	return err;
}
