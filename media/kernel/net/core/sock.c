// SPDX-License-Identifier: GPL-2.0
/*
 * net/core/sock.c -- generic struct sock management shared by all
 * protocols: allocation, cloning (for accepted children) and default
 * initialisation.
 *
 * Abridged rendition for sockwalk, Linux v5.4; annotations are ours.
 * Upstream: net/core/sock.c (Linux v5.4)
 */

/*
 * sk_alloc -- allocate a struct sock for protocol prot
 * upstream: net/core/sock.c:1654
 * https://elixir.bootlin.com/linux/v5.4/source/net/core/sock.c#L1654
 */
struct sock *sk_alloc(struct net *net, int family, gfp_t priority,
		      struct proto *prot, int kern)
{
	struct sock *sk;

	/* A whole struct tcp_sock for tcp_prot, with sock < inet_sock < icsk nested
	 * at offset 0: inet_sk(), inet_csk(), tcp_sk() are casts of one object */
	sk = sk_prot_alloc(prot, priority | __GFP_ZERO, family);
	if (sk) {
		sk->sk_family = family;
		/* The protocol's method table: tcp_prot, udp_prot, ... */
		sk->sk_prot = sk->sk_prot_creator = prot;
		sk->sk_kern_sock = kern;
		sock_lock_init(sk);
		/* User sockets hold a reference on their network namespace */
		sk->sk_net_refcnt = kern ? 0 : 1;
		if (likely(sk->sk_net_refcnt)) {
			get_net(net);
			sock_inuse_add(net, 1);
		}

		sock_net_set(sk, net);
		/* One unit of "write memory" held by the sock itself; the memory
		 * is freed when this count reaches 0 (see sk_free) */
		refcount_set(&sk->sk_wmem_alloc, 1);
		......
	}

	return sk;
}

/*
 * sk_clone_lock -- copy a (listening) sock into a new child sock
 * upstream: net/core/sock.c:1795
 * https://elixir.bootlin.com/linux/v5.4/source/net/core/sock.c#L1795
 */
struct sock *sk_clone_lock(const struct sock *sk, const gfp_t priority)
{
	struct sock *newsk;
	bool is_charged = true;

	/* Same slab as the parent: a full struct tcp_sock for a TCP child */
	newsk = sk_prot_alloc(sk->sk_prot, priority, sk->sk_family);
	if (newsk != NULL) {
		struct sk_filter *filter;

		/* Byte copy of the listener (all but the refcount / hash node
		 * fields): state LISTEN, addresses, options, sk_prot ... */
		sock_copy(newsk, sk);

		newsk->sk_prot_creator = sk->sk_prot;

		if (likely(newsk->sk_net_refcnt))
			get_net(sock_net(newsk));
		/* Its own (unhashed) node and its own lock, taken right away: the
		 * child is returned locked (bh_lock_sock) */
		sk_node_init(&newsk->sk_node);
		sock_lock_init(newsk);
		bh_lock_sock(newsk);
		newsk->sk_backlog.head = newsk->sk_backlog.tail = NULL;
		newsk->sk_backlog.len = 0;

		/* Fresh memory accounting, as for a new sock */
		atomic_set(&newsk->sk_rmem_alloc, 0);
		refcount_set(&newsk->sk_wmem_alloc, 1);
		atomic_set(&newsk->sk_omem_alloc, 0);
		/* Empty receive, write and error queues of its own */
		sk_init_common(newsk);

		newsk->sk_dst_cache = NULL;
		......
		/* The child did not call bind(): drop the "port chosen by user" bit */
		newsk->sk_userlocks = sk->sk_userlocks & ~SOCK_BINDPORT_LOCK;
		......
		/* Share the parent's socket filter (SO_ATTACH_FILTER), if any */
		filter = rcu_dereference(sk->sk_filter);
		......
		RCU_INIT_POINTER(newsk->sk_filter, filter);
		......
		newsk->sk_err = 0;
		newsk->sk_err_soft = 0;
		newsk->sk_priority = 0;
		......
		/* Two references: one for the hash tables, one for the caller */
		refcount_set(&newsk->sk_refcnt, 2);
		......
		/* No struct socket and no wait queue yet: accept() grafts them */
		sk_set_socket(newsk, NULL);
		RCU_INIT_POINTER(newsk->sk_wq, NULL);
		......
	}
out:
	return newsk;
}

/*
 * sock_init_data -- default initialisation of a new sock, link it to sock
 * upstream: net/core/sock.c:2854
 * https://elixir.bootlin.com/linux/v5.4/source/net/core/sock.c#L2854
 */
void sock_init_data(struct socket *sock, struct sock *sk)
{
	/* Empty sk_receive_queue, sk_write_queue, sk_error_queue */
	sk_init_common(sk);
	sk->sk_send_head = NULL;

	timer_setup(&sk->sk_timer, NULL, 0);

	sk->sk_allocation = GFP_KERNEL;
	/* net.core.rmem_default / wmem_default (tcp_init_sock overrides them) */
	sk->sk_rcvbuf = sysctl_rmem_default;
	sk->sk_sndbuf = sysctl_wmem_default;
	/* Every sock starts in CLOSE: a plain store, no inet_sock_set_state event */
	sk->sk_state = TCP_CLOSE;
	/* sk->sk_socket = sock: the sock can find its struct socket */
	sk_set_socket(sk, sock);

	sock_set_flag(sk, SOCK_ZAPPED);

	if (sock) {
		sk->sk_type = sock->type;
		/* Sleepers in accept()/connect()/recv() wait on sock->wq */
		RCU_INIT_POINTER(sk->sk_wq, &sock->wq);
		/* ... and the socket can find its sock: the two are now linked */
		sock->sk = sk;
		sk->sk_uid = SOCK_INODE(sock)->i_uid;
	} else {
		RCU_INIT_POINTER(sk->sk_wq, NULL);
		sk->sk_uid = make_kuid(sock_net(sk)->user_ns, 0);
	}

	rwlock_init(&sk->sk_callback_lock);
	......
	/* Default wake-up callbacks; TCP replaces sk_write_space later */
	sk->sk_state_change = sock_def_wakeup;
	sk->sk_data_ready = sock_def_readable;
	sk->sk_write_space = sock_def_write_space;
	sk->sk_error_report = sock_def_error_report;
	sk->sk_destruct = sock_def_destruct;
	......
	sk->sk_rcvlowat = 1;
	/* Blocking by default: no SO_RCVTIMEO / SO_SNDTIMEO limit */
	sk->sk_rcvtimeo = MAX_SCHEDULE_TIMEOUT;
	sk->sk_sndtimeo = MAX_SCHEDULE_TIMEOUT;
	......
	/* Publish all fields before the refcount makes the sock usable */
	smp_wmb();
	/* One reference, held on behalf of the struct socket */
	refcount_set(&sk->sk_refcnt, 1);
	atomic_set(&sk->sk_drops, 0);
}

/*
 * sk_common_release -- release a sock that has no connection to tear down
 * upstream: net/core/sock.c:3169
 * https://elixir.bootlin.com/linux/v5.4/source/net/core/sock.c#L3169
 */
void sk_common_release(struct sock *sk)
{
	/* the protocol's own cleanup: udp_destroy_sock for UDP */
	if (sk->sk_prot->destroy)
		sk->sk_prot->destroy(sk);

	/* A. Remove from hash tables: udp_lib_unhash -- the port is free now */
	sk->sk_prot->unhash(sk);

	/* datagrams already past the lookup still reach the receive queue;
	 * the destructor purges them. No state change, no tracepoint. */
	sock_orphan(sk);

	xfrm_sk_free_policy(sk);

	sk_refcnt_debug_release(sk);

	/* the last reference: the sock is freed */
	sock_put(sk);
}

/*
 * release_sock -- the process lets go of the socket: segments that arrived
 * while it owned it wait on sk_backlog and are processed first, by this task
 * upstream: net/core/sock.c:2951
 * https://elixir.bootlin.com/linux/v5.4/source/net/core/sock.c#L2951
 */
void release_sock(struct sock *sk)
{
	spin_lock_bh(&sk->sk_lock.slock);
	if (sk->sk_backlog.tail)
		__release_sock(sk);

	if (sk->sk_prot->release_cb)
		sk->sk_prot->release_cb(sk);

	sock_release_ownership(sk);
	if (waitqueue_active(&sk->sk_lock.wq))
		wake_up(&sk->sk_lock.wq);
	spin_unlock_bh(&sk->sk_lock.slock);
}

/*
 * __release_sock -- run the backlog: each segment through sk_backlog_rcv
 * (tcp_v4_do_rcv for TCP), until none is left
 * upstream: net/core/sock.c:2423
 * https://elixir.bootlin.com/linux/v5.4/source/net/core/sock.c#L2423
 */
void __release_sock(struct sock *sk)
	__releases(&sk->sk_lock.slock)
	__acquires(&sk->sk_lock.slock)
{
	struct sk_buff *skb, *next;

	while ((skb = sk->sk_backlog.head) != NULL) {
		sk->sk_backlog.head = sk->sk_backlog.tail = NULL;

		spin_unlock_bh(&sk->sk_lock.slock);

		do {
			next = skb->next;
			prefetch(next);
			WARN_ON_ONCE(skb_dst_is_noref(skb));
			skb_mark_not_on_list(skb);
			sk_backlog_rcv(sk, skb);

			cond_resched();

			skb = next;
		} while (skb != NULL);

		spin_lock_bh(&sk->sk_lock.slock);
	}

	sk->sk_backlog.len = 0;
}
