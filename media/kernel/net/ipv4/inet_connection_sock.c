// SPDX-License-Identifier: GPL-2.0
/*
 * net/ipv4/inet_connection_sock.c -- code shared by connection-oriented
 * INET protocols (TCP, DCCP): local port allocation, listen(), accept(),
 * request socks and the birth of child sockets.
 *
 * Abridged rendition for sockwalk, Linux v5.4; annotations are ours.
 * Upstream: net/ipv4/inet_connection_sock.c (Linux v5.4)
 */

/*
 * inet_csk_bind_conflict -- may sk share the port of bind bucket tb?
 * upstream: net/ipv4/inet_connection_sock.c:128
 * https://elixir.bootlin.com/linux/v5.4/source/net/ipv4/inet_connection_sock.c#L128
 */
static int inet_csk_bind_conflict(const struct sock *sk,
				  const struct inet_bind_bucket *tb,
				  bool relax, bool reuseport_ok)
{
	struct sock *sk2;
	bool reuse = sk->sk_reuse;
	bool reuseport = !!sk->sk_reuseport && reuseport_ok;
	kuid_t uid = sock_i_uid((struct sock *)sk);

	/* Every socket already holding this port (same netns by construction:
	 * the bucket is per netns) */
	sk_for_each_bound(sk2, &tb->owners) {
		/* Only owners that can meet on the same device (or unbound) can clash */
		if (sk != sk2 &&
			(!sk->sk_bound_dev_if ||
			 !sk2->sk_bound_dev_if ||
			 sk->sk_bound_dev_if == sk2->sk_bound_dev_if)) {
			/* Clash unless both set SO_REUSEADDR and sk2 is not listening,
			 * or SO_REUSEPORT applies (both set it, same uid or sk2 TIME_WAIT) */
			if ((!reuse || !sk2->sk_reuse ||
				sk2->sk_state == TCP_LISTEN) &&
				(!reuseport || !sk2->sk_reuseport ||
				 rcu_access_pointer(sk->sk_reuseport_cb) ||
				 (sk2->sk_state != TCP_TIME_WAIT &&
				 !uid_eq(uid, sock_i_uid(sk2))))) {
				/* ... and only if the addresses overlap (equal or ANY) */
				if (inet_rcv_saddr_equal(sk, sk2, true))
					break;
			}
			/* Not relaxed (the bind(0) search): reusable owners count too */
			if (!relax && reuse && sk2->sk_reuse &&
			    sk2->sk_state != TCP_LISTEN) {
				if (inet_rcv_saddr_equal(sk, sk2, true))
					break;
			}
		}
	}
	/* The loop stopped early: sk2 is the conflicting owner */
	return sk2 != NULL;
}

/*
 * inet_csk_find_open_port -- pick a local port for bind(port 0)
 * upstream: net/ipv4/inet_connection_sock.c:173
 * https://elixir.bootlin.com/linux/v5.4/source/net/ipv4/inet_connection_sock.c#L173
 */
static struct inet_bind_hashbucket *
inet_csk_find_open_port(struct sock *sk, struct inet_bind_bucket **tb_ret, int *port_ret)
{
	struct inet_hashinfo *hinfo = sk->sk_prot->h.hashinfo;
	int port = 0;
	struct inet_bind_hashbucket *head;
	struct net *net = sock_net(sk);
	int i, low, high, attempt_half;
	struct inet_bind_bucket *tb;
	u32 remaining, offset;
	int l3mdev;

	l3mdev = inet_sk_bound_l3mdev(sk);
	/* SO_REUSEADDR sockets search the lower half of the range first */
	attempt_half = (sk->sk_reuse == SK_CAN_REUSE) ? 1 : 0;
other_half_scan:
	/* net.ipv4.ip_local_port_range, 32768..60999 by default */
	inet_get_local_port_range(net, &low, &high);
	high++;
	if (high - low < 4)
		attempt_half = 0;
	if (attempt_half) {
		int half = low + (((high - low) >> 2) << 1);

		if (attempt_half == 1)
			high = half;
		else
			low = half;
	}
	remaining = high - low;
	if (likely(remaining > 1))
		remaining &= ~1U;

	/* Random start, forced odd: bind(0) takes ports of the opposite parity
	 * to low, leaving low's parity to connect() (__inet_hash_connect) */
	offset = prandom_u32() % remaining;
	offset |= 1U;

other_parity_scan:
	port = low + offset;
	for (i = 0; i < remaining; i += 2, port += 2) {
		if (unlikely(port >= high))
			port -= remaining;
		/* net.ipv4.ip_local_reserved_ports are never handed out */
		if (inet_is_local_reserved_port(net, port))
			continue;
		head = &hinfo->bhash[inet_bhashfn(net, port,
						  hinfo->bhash_size)];
		spin_lock_bh(&head->lock);
		/* A bucket exists: the port is usable only without a conflict */
		inet_bind_bucket_for_each(tb, &head->chain)
			if (net_eq(ib_net(tb), net) && tb->l3mdev == l3mdev &&
			    tb->port == port) {
				if (!inet_csk_bind_conflict(sk, tb, false, false))
					goto success;
				goto next_port;
			}
		/* No bucket at all: the port is free */
		tb = NULL;
		goto success;
next_port:
		spin_unlock_bh(&head->lock);
		cond_resched();
	}

	/* Then the other parity, then the upper half */
	offset--;
	if (!(offset & 1))
		goto other_parity_scan;

	if (attempt_half == 1) {
		attempt_half = 2;
		goto other_half_scan;
	}
	return NULL;
success:
	/* Returns with the bucket lock still held */
	*port_ret = port;
	*tb_ret = tb;
	return head;
}

/*
 * inet_csk_get_port -- tcp_prot.get_port: reserve snum (0 = any) for sk
 * upstream: net/ipv4/inet_connection_sock.c:286
 * https://elixir.bootlin.com/linux/v5.4/source/net/ipv4/inet_connection_sock.c#L286
 */
int inet_csk_get_port(struct sock *sk, unsigned short snum)
{
	/* SO_REUSEADDR counts only while not listening */
	bool reuse = sk->sk_reuse && sk->sk_state != TCP_LISTEN;
	struct inet_hashinfo *hinfo = sk->sk_prot->h.hashinfo;
	int ret = 1, port = snum;
	struct inet_bind_hashbucket *head;
	struct net *net = sock_net(sk);
	struct inet_bind_bucket *tb = NULL;
	......
	int l3mdev;

	l3mdev = inet_sk_bound_l3mdev(sk);

	/* Port 0: search the ephemeral range */
	if (!port) {
		head = inet_csk_find_open_port(sk, &tb, &port);
		if (!head)
			return ret;
		if (!tb)
			goto tb_not_found;
		goto success;
	}
	/* bhash: one inet_bind_bucket per (netns, l3mdev, port) in use */
	head = &hinfo->bhash[inet_bhashfn(net, port,
					  hinfo->bhash_size)];
	spin_lock_bh(&head->lock);
	inet_bind_bucket_for_each(tb, &head->chain)
		if (net_eq(ib_net(tb), net) && tb->l3mdev == l3mdev &&
		    tb->port == port)
			goto tb_found;
tb_not_found:
	/* First user of this port: a new bucket */
	tb = inet_bind_bucket_create(hinfo->bind_bucket_cachep,
				     net, head, port, l3mdev);
	if (!tb)
		goto fail_unlock;
tb_found:
	/* Port already owned: force-reuse, fast path, or the full check */
	if (!hlist_empty(&tb->owners)) {
		if (sk->sk_reuse == SK_FORCE_REUSE)
			goto success;

		if ((tb->fastreuse > 0 && reuse) ||
		    sk_reuseport_match(tb, sk))
			goto success;
		if (inet_csk_bind_conflict(sk, tb, true, true))
			goto fail_unlock;
	}
success:
	/* Keep the bucket's fast-path summary up to date: the first owner
	 * sets tb->fastreuse from its SO_REUSEADDR, and any later owner
	 * without it clears it -- the test at tb_found relies on this */
	if (hlist_empty(&tb->owners)) {
		tb->fastreuse = reuse;
		if (sk->sk_reuseport) {
			/* SO_REUSEPORT: FASTREUSEPORT_ANY and the owner's uid and address */
			......
		} else {
			tb->fastreuseport = 0;
		}
	} else {
		if (!reuse)
			tb->fastreuse = 0;
		if (sk->sk_reuseport) {
			/* FASTREUSEPORT_STRICT unless sk_reuseport_match() */
			......
		} else {
			tb->fastreuseport = 0;
		}
	}

	/* inet_num = port, sk joins tb->owners, icsk_bind_hash = tb. At
	 * listen() time sk is already in the bucket and this is skipped */
	if (!inet_csk(sk)->icsk_bind_hash)
		inet_bind_hash(sk, tb, port);
	WARN_ON(inet_csk(sk)->icsk_bind_hash != tb);
	ret = 0;

fail_unlock:
	spin_unlock_bh(&head->lock);
	/* Non-zero means "port in use"; callers turn it into EADDRINUSE */
	return ret;
}

/*
 * inet_csk_wait_for_connect -- accept() sleeps here until a child is queued
 * upstream: net/ipv4/inet_connection_sock.c:389
 * https://elixir.bootlin.com/linux/v5.4/source/net/ipv4/inet_connection_sock.c#L389
 */
static int inet_csk_wait_for_connect(struct sock *sk, long timeo)
{
	struct inet_connection_sock *icsk = inet_csk(sk);
	DEFINE_WAIT(wait);
	int err;

	for (;;) {
		/* Exclusive wait: one new connection wakes one accept()er, not
		 * the whole herd. The waker is the listener's sk_data_ready */
		prepare_to_wait_exclusive(sk_sleep(sk), &wait,
					  TASK_INTERRUPTIBLE);
		/* Sleep without the socket lock */
		release_sock(sk);
		if (reqsk_queue_empty(&icsk->icsk_accept_queue))
			timeo = schedule_timeout(timeo);
		sched_annotate_sleep();
		lock_sock(sk);
		err = 0;
		if (!reqsk_queue_empty(&icsk->icsk_accept_queue))
			break;
		err = -EINVAL;
		if (sk->sk_state != TCP_LISTEN)
			break;
		err = sock_intr_errno(timeo);
		if (signal_pending(current))
			break;
		err = -EAGAIN;
		if (!timeo)
			break;
	}
	finish_wait(sk_sleep(sk), &wait);
	return err;
}

/*
 * inet_csk_accept -- tcp_prot.accept: hand out the next finished child
 * upstream: net/ipv4/inet_connection_sock.c:437
 * https://elixir.bootlin.com/linux/v5.4/source/net/ipv4/inet_connection_sock.c#L437
 */
struct sock *inet_csk_accept(struct sock *sk, int flags, int *err, bool kern)
{
	struct inet_connection_sock *icsk = inet_csk(sk);
	struct request_sock_queue *queue = &icsk->icsk_accept_queue;
	struct request_sock *req;
	struct sock *newsk;
	int error;

	lock_sock(sk);

	error = -EINVAL;
	if (sk->sk_state != TCP_LISTEN)
		goto out_err;

	/* Accept queue empty: fail at once or sleep */
	if (reqsk_queue_empty(queue)) {
		/* flags is the listening file's f_flags: O_NONBLOCK gives timeo 0 */
		long timeo = sock_rcvtimeo(sk, flags & O_NONBLOCK);

		error = -EAGAIN;
		if (!timeo)
			goto out_err;

		error = inet_csk_wait_for_connect(sk, timeo);
		if (error)
			goto out_err;
	}
	/* Oldest request sock off the queue (sk_ack_backlog--) */
	req = reqsk_queue_remove(queue, sk);
	/* The child full sock, created when the final ACK arrived */
	newsk = req->sk;

	if (sk->sk_protocol == IPPROTO_TCP &&
	    tcp_rsk(req)->tfo_listener) {
		/* TFO child before its final ACK: the req must stay alive */
		......
	}

out:
	release_sock(sk);
	/* The request sock has done its job */
	if (req)
		reqsk_put(req);
	return newsk;
out_err:
	newsk = NULL;
	req = NULL;
	*err = error;
	goto out;
}

/*
 * reqsk_timer_handler -- SYN-ACK retransmit timer of a request sock
 * upstream: net/ipv4/inet_connection_sock.c:685
 * https://elixir.bootlin.com/linux/v5.4/source/net/ipv4/inet_connection_sock.c#L685
 */
static void reqsk_timer_handler(struct timer_list *t)
{
	struct request_sock *req = from_timer(req, t, rsk_timer);
	struct sock *sk_listener = req->rsk_listener;
	struct net *net = sock_net(sk_listener);
	struct inet_connection_sock *icsk = inet_csk(sk_listener);
	struct request_sock_queue *queue = &icsk->icsk_accept_queue;
	int qlen, expire = 0, resend = 0;
	int max_retries, thresh;
	u8 defer_accept;

	/* The listener was closed meanwhile: just drop this request */
	if (inet_sk_state_load(sk_listener) != TCP_LISTEN)
		goto drop;

	/* TCP_SYNCNT, else net.ipv4.tcp_synack_retries (default 5) */
	max_retries = icsk->icsk_syn_retries ? : net->ipv4.sysctl_tcp_synack_retries;
	thresh = max_retries;
	/* More than half the SYN backlog in use: old requests get fewer tries */
	qlen = reqsk_queue_len(queue);
	if ((qlen << 1) > max(8U, sk_listener->sk_max_ack_backlog)) {
		......
	}
	/* TCP_DEFER_ACCEPT is taken into account; syn_ack_recalc() sets expire
	 * (give up) and resend (send the SYN-ACK again) */
	......
	req->rsk_ops->syn_ack_timeout(req);
	/* Resend via inet_rtx_syn_ack() -> tcp_rtx_synack() (which fires
	 * tcp:tcp_retransmit_synack) and re-arm with exponential backoff */
	if (!expire &&
	    (!resend ||
	     !inet_rtx_syn_ack(sk_listener, req) ||
	     inet_rsk(req)->acked)) {
		unsigned long timeo;

		/* First timeout: the request is no longer "young" */
		if (req->num_timeout++ == 0)
			atomic_dec(&queue->young);
		timeo = min(TCP_TIMEOUT_INIT << req->num_timeout, TCP_RTO_MAX);
		mod_timer(&req->rsk_timer, jiffies + timeo);
		return;
	}
drop:
	/* Give up: unlink from ehash, stop the timer, qlen--, free */
	inet_csk_reqsk_queue_drop_and_put(sk_listener, req);
}

/*
 * inet_csk_reqsk_queue_hash_add -- a SYN became a request sock: publish it
 * upstream: net/ipv4/inet_connection_sock.c:765
 * https://elixir.bootlin.com/linux/v5.4/source/net/ipv4/inet_connection_sock.c#L765
 */
void inet_csk_reqsk_queue_hash_add(struct sock *sk, struct request_sock *req,
				   unsigned long timeout)
{
	/* reqsk_queue_hash_req(): arm req->rsk_timer (reqsk_timer_handler, 1 s
	 * at first) and insert the req (TCP_NEW_SYN_RECV) into ehash */
	reqsk_queue_hash_req(req, timeout);
	/* This is the whole "SYN queue": the listener only counts the req,
	 * icsk_accept_queue.qlen++ and young++ */
	inet_csk_reqsk_queue_added(sk);
}

/*
 * inet_csk_clone_lock -- create the child sock from the listener
 * upstream: net/ipv4/inet_connection_sock.c:781
 * https://elixir.bootlin.com/linux/v5.4/source/net/ipv4/inet_connection_sock.c#L781
 */
struct sock *inet_csk_clone_lock(const struct sock *sk,
				 const struct request_sock *req,
				 const gfp_t priority)
{
	/* Only now, at the final ACK, does a full child sock exist: a copy of
	 * the listener, returned locked */
	struct sock *newsk = sk_clone_lock(sk, priority);

	if (newsk) {
		struct inet_connection_sock *newicsk = inet_csk(newsk);

		/* The copied state is LISTEN, so the event reads LISTEN -> SYN_RECV */
		inet_sk_set_state(newsk, TCP_SYN_RECV);
		/* Not in a bind bucket yet (__inet_inherit_port adds it) */
		newicsk->icsk_bind_hash = NULL;

		/* Identity from the request sock: peer port, our port */
		inet_sk(newsk)->inet_dport = inet_rsk(req)->ir_rmt_port;
		inet_sk(newsk)->inet_num = inet_rsk(req)->ir_num;
		inet_sk(newsk)->inet_sport = htons(inet_rsk(req)->ir_num);

		/* Listeners have SOCK_RCU_FREE, children do not */
		sock_reset_flag(newsk, SOCK_RCU_FREE);

		inet_sk(newsk)->mc_list = NULL;

		newsk->sk_mark = inet_rsk(req)->ir_mark;
		atomic64_set(&newsk->sk_cookie,
			     atomic64_read(&inet_rsk(req)->ir_cookie));

		newicsk->icsk_retransmits = 0;
		newicsk->icsk_backoff = 0;
		newicsk->icsk_probes_out = 0;

		/* A child never listens: wipe the copied accept queue */
		memset(&newicsk->icsk_accept_queue, 0, sizeof(newicsk->icsk_accept_queue));

		security_inet_csk_clone(newsk, req);
	}
	return newsk;
}

/*
 * inet_csk_destroy_sock -- final teardown of a dead, unhashed sock
 * upstream: net/ipv4/inet_connection_sock.c:825
 * https://elixir.bootlin.com/linux/v5.4/source/net/ipv4/inet_connection_sock.c#L825
 */
void inet_csk_destroy_sock(struct sock *sk)
{
	/* Must be CLOSE, orphaned (SOCK_DEAD) and out of the hash tables */
	WARN_ON(sk->sk_state != TCP_CLOSE);
	WARN_ON(!sock_flag(sk, SOCK_DEAD));
	WARN_ON(!sk_unhashed(sk));
	WARN_ON(inet_sk(sk)->inet_num && !inet_csk(sk)->icsk_bind_hash);

	/* tcp_v4_destroy_sock(): timers, queues, the port; fires
	 * tcp:tcp_destroy_sock */
	sk->sk_prot->destroy(sk);

	sk_stream_kill_queues(sk);

	xfrm_sk_free_policy(sk);

	sk_refcnt_debug_release(sk);

	percpu_counter_dec(sk->sk_prot->orphan_count);

	/* Drop the last reference: the memory goes */
	sock_put(sk);
}

/*
 * inet_csk_listen_start -- turn a socket into a listener
 * upstream: net/ipv4/inet_connection_sock.c:867
 * https://elixir.bootlin.com/linux/v5.4/source/net/ipv4/inet_connection_sock.c#L867
 */
int inet_csk_listen_start(struct sock *sk, int backlog)
{
	/* inet_csk() and inet_sk() are casts of the same tcp_sock */
	struct inet_connection_sock *icsk = inet_csk(sk);
	struct inet_sock *inet = inet_sk(sk);
	int err = -EADDRINUSE;

	/* Locks and an empty accept queue (no SYN table is allocated) */
	reqsk_queue_alloc(&icsk->icsk_accept_queue);

	/* backlog is unused here in 5.4: inet_listen set sk_max_ack_backlog */
	sk->sk_ack_backlog = 0;
	inet_csk_delack_init(sk);

	/* State first (tracepoint CLOSE -> LISTEN), then the port check: get_port
	 * now sees a LISTEN socket, so SO_REUSEADDR no longer excuses a clash */
	inet_sk_state_store(sk, TCP_LISTEN);
	/* Re-validate the bound port, or autobind one if bind() was skipped */
	if (!sk->sk_prot->get_port(sk, inet->inet_num)) {
		inet->inet_sport = htons(inet->inet_num);

		sk_dst_reset(sk);
		/* inet_hash(): into the listening hash and lhash2, not ehash */
		err = sk->sk_prot->hash(sk);

		if (likely(!err))
			return 0;
	}

	/* Port in use: back to CLOSE (tracepoint LISTEN -> CLOSE), EADDRINUSE */
	inet_sk_set_state(sk, TCP_CLOSE);
	return err;
}

/*
 * inet_child_forget -- kill a child that nobody will accept()
 * upstream: net/ipv4/inet_connection_sock.c:899
 * https://elixir.bootlin.com/linux/v5.4/source/net/ipv4/inet_connection_sock.c#L899
 */
static void inet_child_forget(struct sock *sk, struct request_sock *req,
			      struct sock *child)
{
	/* tcp_disconnect(): sends a RST to the peer if it was established */
	sk->sk_prot->disconnect(child, O_NONBLOCK);

	/* No struct socket will ever own it: mark it SOCK_DEAD */
	sock_orphan(child);

	percpu_counter_inc(sk->sk_prot->orphan_count);

	if (sk->sk_protocol == IPPROTO_TCP && tcp_rsk(req)->tfo_listener) {
		/* TFO child: detach its request sock first */
		......
	}
	inet_csk_destroy_sock(child);
}

/*
 * inet_csk_reqsk_queue_add -- append a finished connection to the accept queue
 * upstream: net/ipv4/inet_connection_sock.c:923
 * https://elixir.bootlin.com/linux/v5.4/source/net/ipv4/inet_connection_sock.c#L923
 */
struct sock *inet_csk_reqsk_queue_add(struct sock *sk,
				      struct request_sock *req,
				      struct sock *child)
{
	struct request_sock_queue *queue = &inet_csk(sk)->icsk_accept_queue;

	spin_lock(&queue->rskq_lock);
	/* The listener was closed in the meantime: the child dies */
	if (unlikely(sk->sk_state != TCP_LISTEN)) {
		inet_child_forget(sk, req, child);
		child = NULL;
	} else {
		/* The queue holds request socks; req->sk points at the child */
		req->sk = child;
		req->dl_next = NULL;
		if (queue->rskq_accept_head == NULL)
			WRITE_ONCE(queue->rskq_accept_head, req);
		else
			queue->rskq_accept_tail->dl_next = req;
		queue->rskq_accept_tail = req;
		/* sk_ack_backlog++: the accept-queue length that listen() limits */
		sk_acceptq_added(sk);
	}
	spin_unlock(&queue->rskq_lock);
	return child;
}

/*
 * inet_csk_complete_hashdance -- the child replaced the req in ehash: queue it
 * upstream: net/ipv4/inet_connection_sock.c:948
 * https://elixir.bootlin.com/linux/v5.4/source/net/ipv4/inet_connection_sock.c#L948
 */
struct sock *inet_csk_complete_hashdance(struct sock *sk, struct sock *child,
					 struct request_sock *req, bool own_req)
{
	/* own_req: this CPU swapped req for child in ehash (inet_ehash_nolisten) */
	if (own_req) {
		/* Stop the SYN-ACK timer (the req already left ehash) */
		inet_csk_reqsk_queue_drop(sk, req);
		/* Leaves the "SYN queue": qlen--, young-- */
		reqsk_queue_removed(&inet_csk(sk)->icsk_accept_queue, req);
		/* ... and joins the accept queue */
		if (inet_csk_reqsk_queue_add(sk, req, child))
			return child;
	}
	/* Another CPU won the race for this request: undo our child */
	bh_unlock_sock(child);
	sock_put(child);
	return NULL;
}

/*
 * inet_csk_listen_stop -- close() of a listener: flush the accept queue
 * upstream: net/ipv4/inet_connection_sock.c:968
 * https://elixir.bootlin.com/linux/v5.4/source/net/ipv4/inet_connection_sock.c#L968
 */
void inet_csk_listen_stop(struct sock *sk)
{
	struct inet_connection_sock *icsk = inet_csk(sk);
	struct request_sock_queue *queue = &icsk->icsk_accept_queue;
	struct request_sock *next, *req;

	/* Children never accepted die with the listener */
	while ((req = reqsk_queue_remove(queue, sk)) != NULL) {
		struct sock *child = req->sk;

		local_bh_disable();
		bh_lock_sock(child);
		WARN_ON(sock_owned_by_user(child));
		sock_hold(child);

		/* Disconnect (RST), orphan, destroy */
		inet_child_forget(sk, req, child);
		reqsk_put(req);
		bh_unlock_sock(child);
		local_bh_enable();
		sock_put(child);

		cond_resched();
	}
	/* Half-open requests are not touched: they stay in ehash until their
	 * timer (or the next segment) sees the listener is gone */
	if (queue->fastopenq.rskq_rst_head) {
		......
	}
	WARN_ON_ONCE(sk->sk_ack_backlog);
}
