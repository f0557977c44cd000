// SPDX-License-Identifier: GPL-2.0
/*
 * net/ipv4/inet_hashtables.c -- the TCP socket tables: bind buckets (bhash,
 * one per local port in use), the established hash (ehash, exact 4-tuple)
 * and the listening hash (lhash2), plus port selection for connect().
 *
 * Abridged rendition for sockwalk, Linux v5.4; annotations are ours.
 * Upstream: net/ipv4/inet_hashtables.c (Linux v5.4)
 */

/*
 * inet_bind_bucket_create -- a local port comes into use
 * upstream: net/ipv4/inet_hashtables.c:61
 * https://elixir.bootlin.com/linux/v5.4/source/net/ipv4/inet_hashtables.c#L61
 */
struct inet_bind_bucket *inet_bind_bucket_create(struct kmem_cache *cachep,
						 struct net *net,
						 struct inet_bind_hashbucket *head,
						 const unsigned short snum,
						 int l3mdev)
{
	struct inet_bind_bucket *tb = kmem_cache_alloc(cachep, GFP_ATOMIC);

	if (tb) {
		/* Keyed by (netns, l3mdev, port) */
		write_pnet(&tb->ib_net, net);
		tb->l3mdev = l3mdev;
		tb->port = snum;
		/* Fast-path summary of the owners; connect() sets -1 later */
		tb->fastreuse = 0;
		tb->fastreuseport = 0;
		/* Every socket using this port (listener, children, clients) */
		INIT_HLIST_HEAD(&tb->owners);
		hlist_add_head(&tb->node, &head->chain);
	}
	return tb;
}

/*
 * inet_bind_hash -- make sk an owner of port snum
 * upstream: net/ipv4/inet_hashtables.c:92
 * https://elixir.bootlin.com/linux/v5.4/source/net/ipv4/inet_hashtables.c#L92
 */
void inet_bind_hash(struct sock *sk, struct inet_bind_bucket *tb,
		    const unsigned short snum)
{
	/* inet_num is the local port in host byte order */
	inet_sk(sk)->inet_num = snum;
	sk_add_bind_node(sk, &tb->owners);
	inet_csk(sk)->icsk_bind_hash = tb;
}

/*
 * __inet_put_port -- sk gives its local port back
 * upstream: net/ipv4/inet_hashtables.c:103
 * https://elixir.bootlin.com/linux/v5.4/source/net/ipv4/inet_hashtables.c#L103
 */
static void __inet_put_port(struct sock *sk)
{
	struct inet_hashinfo *hashinfo = sk->sk_prot->h.hashinfo;
	const int bhash = inet_bhashfn(sock_net(sk), inet_sk(sk)->inet_num,
			hashinfo->bhash_size);
	struct inet_bind_hashbucket *head = &hashinfo->bhash[bhash];
	struct inet_bind_bucket *tb;

	spin_lock(&head->lock);
	tb = inet_csk(sk)->icsk_bind_hash;
	__sk_del_bind_node(sk);
	inet_csk(sk)->icsk_bind_hash = NULL;
	inet_sk(sk)->inet_num = 0;
	/* Frees the bucket only if it has no owner left */
	inet_bind_bucket_destroy(hashinfo->bind_bucket_cachep, tb);
	spin_unlock(&head->lock);
}

/*
 * inet_put_port -- same, with bottom halves disabled
 * upstream: net/ipv4/inet_hashtables.c:120
 * https://elixir.bootlin.com/linux/v5.4/source/net/ipv4/inet_hashtables.c#L120
 */
void inet_put_port(struct sock *sk)
{
	local_bh_disable();
	__inet_put_port(sk);
	local_bh_enable();
}

/*
 * __inet_inherit_port -- the child takes the listener's local port
 * upstream: net/ipv4/inet_hashtables.c:128
 * https://elixir.bootlin.com/linux/v5.4/source/net/ipv4/inet_hashtables.c#L128
 */
int __inet_inherit_port(const struct sock *sk, struct sock *child)
{
	struct inet_hashinfo *table = sk->sk_prot->h.hashinfo;
	unsigned short port = inet_sk(child)->inet_num;
	const int bhash = inet_bhashfn(sock_net(sk), port,
			table->bhash_size);
	struct inet_bind_hashbucket *head = &table->bhash[bhash];
	struct inet_bind_bucket *tb;
	int l3mdev;

	spin_lock(&head->lock);
	/* The listener's bucket for this port */
	tb = inet_csk(sk)->icsk_bind_hash;
	......
	if (tb->port != port) {
		/* tproxy sent the SYN to a listener on another port: look up or
		 * create the bucket of the child's own port (uses l3mdev) */
		......
	}
	/* No conflict check: listener and accepted sockets are different socks
	 * sharing one port; ehash tells them apart by the full 4-tuple */
	inet_bind_hash(child, tb, port);
	spin_unlock(&head->lock);

	return 0;
}

/*
 * __inet_lookup_listener -- find the listener for daddr:hnum
 * upstream: net/ipv4/inet_hashtables.c:291
 * https://elixir.bootlin.com/linux/v5.4/source/net/ipv4/inet_hashtables.c#L291
 */
struct sock *__inet_lookup_listener(struct net *net,
				    struct inet_hashinfo *hashinfo,
				    struct sk_buff *skb, int doff,
				    const __be32 saddr, __be16 sport,
				    const __be32 daddr, const unsigned short hnum,
				    const int dif, const int sdif)
{
	struct inet_listen_hashbucket *ilb2;
	struct sock *result = NULL;
	unsigned int hash2;

	/* lhash2 is keyed by (local address, port): first the exact address */
	hash2 = ipv4_portaddr_hash(net, daddr, hnum);
	ilb2 = inet_lhash2_bucket(hashinfo, hash2);

	/* Best compute_score() wins; SO_REUSEPORT groups pick one member */
	result = inet_lhash2_lookup(net, ilb2, skb, doff,
				    saddr, sport, daddr, hnum,
				    dif, sdif);
	if (result)
		goto done;

	/* Then listeners bound to INADDR_ANY on that port */
	hash2 = ipv4_portaddr_hash(net, htonl(INADDR_ANY), hnum);
	ilb2 = inet_lhash2_bucket(hashinfo, hash2);

	result = inet_lhash2_lookup(net, ilb2, skb, doff,
				    saddr, sport, htonl(INADDR_ANY), hnum,
				    dif, sdif);
done:
	if (IS_ERR(result))
		return NULL;
	/* No reference taken: listeners are freed only after an RCU grace period */
	return result;
}

/*
 * __inet_lookup_established -- exact 4-tuple lookup in ehash
 * upstream: net/ipv4/inet_hashtables.c:346
 * https://elixir.bootlin.com/linux/v5.4/source/net/ipv4/inet_hashtables.c#L346
 */
struct sock *__inet_lookup_established(struct net *net,
				  struct inet_hashinfo *hashinfo,
				  const __be32 saddr, const __be16 sport,
				  const __be32 daddr, const u16 hnum,
				  const int dif, const int sdif)
{
	INET_ADDR_COOKIE(acookie, saddr, daddr);
	const __portpair ports = INET_COMBINED_PORTS(sport, hnum);
	struct sock *sk;
	const struct hlist_nulls_node *node;
	/* Hash of (local addr, local port, remote addr, remote port) */
	unsigned int hash = inet_ehashfn(net, daddr, hnum, saddr, sport);
	unsigned int slot = hash & hashinfo->ehash_mask;
	struct inet_ehash_bucket *head = &hashinfo->ehash[slot];

begin:
	/* The chain mixes full socks, request socks (NEW_SYN_RECV) and
	 * TIME_WAIT socks: all start with struct sock_common */
	sk_nulls_for_each_rcu(sk, node, &head->chain) {
		if (sk->sk_hash != hash)
			continue;
		if (likely(INET_MATCH(sk, net, acookie,
				      saddr, daddr, ports, dif, sdif))) {
			/* Take a reference; a sock being freed is skipped */
			if (unlikely(!refcount_inc_not_zero(&sk->sk_refcnt)))
				goto out;
			/* Re-check: the object may have been reused meanwhile */
			if (unlikely(!INET_MATCH(sk, net, acookie,
						 saddr, daddr, ports,
						 dif, sdif))) {
				sock_gen_put(sk);
				goto begin;
			}
			goto found;
		}
	}
	/* Ended on another chain's nulls marker: the sock moved, start over */
	if (get_nulls_value(node) != slot)
		goto begin;
out:
	sk = NULL;
found:
	return sk;
}

/*
 * __inet_check_established -- is this 4-tuple free? If so, hash sk into ehash
 * upstream: net/ipv4/inet_hashtables.c:395
 * https://elixir.bootlin.com/linux/v5.4/source/net/ipv4/inet_hashtables.c#L395
 */
static int __inet_check_established(struct inet_timewait_death_row *death_row,
				    struct sock *sk, __u16 lport,
				    struct inet_timewait_sock **twp)
{
	struct inet_hashinfo *hinfo = death_row->hashinfo;
	struct inet_sock *inet = inet_sk(sk);
	/* Seen from an incoming segment: its daddr is our local address */
	__be32 daddr = inet->inet_rcv_saddr;
	__be32 saddr = inet->inet_daddr;
	int dif = sk->sk_bound_dev_if;
	struct net *net = sock_net(sk);
	int sdif = l3mdev_master_ifindex_by_index(net, dif);
	INET_ADDR_COOKIE(acookie, saddr, daddr);
	const __portpair ports = INET_COMBINED_PORTS(inet->inet_dport, lport);
	unsigned int hash = inet_ehashfn(net, daddr, lport,
					 saddr, inet->inet_dport);
	struct inet_ehash_bucket *head = inet_ehash_bucket(hinfo, hash);
	spinlock_t *lock = inet_ehash_lockp(hinfo, hash);
	struct sock *sk2;
	const struct hlist_nulls_node *node;
	struct inet_timewait_sock *tw = NULL;

	spin_lock(lock);

	sk_nulls_for_each(sk2, node, &head->chain) {
		if (sk2->sk_hash != hash)
			continue;

		/* Same 4-tuple already in ehash */
		if (likely(INET_MATCH(sk2, net, acookie,
					 saddr, daddr, ports, dif, sdif))) {
			/* A TIME_WAIT entry may be taken over (tcp_tw_reuse rules) */
			if (sk2->sk_state == TCP_TIME_WAIT) {
				tw = inet_twsk(sk2);
				if (twsk_unique(sk, sk2, twp))
					break;
			}
			goto not_unique;
		}
	}

	/* Unique: this port is ours. Set num and sport before hashing so
	 * nobody sees the sock with half an identity */
	inet->inet_num = lport;
	inet->inet_sport = htons(lport);
	sk->sk_hash = hash;
	WARN_ON(!sk_unhashed(sk));
	__sk_nulls_add_node_rcu(sk, &head->chain);
	if (tw) {
		sk_nulls_del_node_init_rcu((struct sock *)tw);
		__NET_INC_STATS(net, LINUX_MIB_TIMEWAITRECYCLED);
	}
	spin_unlock(lock);
	sock_prot_inuse_add(sock_net(sk), sk->sk_prot, 1);

	if (twp) {
		/* The caller unbinds and kills the recycled TIME_WAIT sock */
		*twp = tw;
	} else if (tw) {
		inet_twsk_deschedule_put(tw);
	}
	return 0;

not_unique:
	/* (unlock the bucket) */
	......
	return -EADDRNOTAVAIL;
}

/*
 * inet_ehash_insert -- put sk into ehash, optionally replacing osk
 * upstream: net/ipv4/inet_hashtables.c:473
 * https://elixir.bootlin.com/linux/v5.4/source/net/ipv4/inet_hashtables.c#L473
 */
bool inet_ehash_insert(struct sock *sk, struct sock *osk)
{
	struct inet_hashinfo *hashinfo = sk->sk_prot->h.hashinfo;
	struct hlist_nulls_head *list;
	struct inet_ehash_bucket *head;
	spinlock_t *lock;
	bool ret = true;

	WARN_ON_ONCE(!sk_unhashed(sk));

	/* Bucket from the 4-tuple. A request sock lands here too: the
	 * half-open (SYN) queue lives in ehash, not in the listener */
	sk->sk_hash = sk_ehashfn(sk);
	head = inet_ehash_bucket(hashinfo, sk->sk_hash);
	list = &head->chain;
	lock = inet_ehash_lockp(hashinfo, sk->sk_hash);

	spin_lock(lock);
	if (osk) {
		/* Child replacing its request sock (same 4-tuple, same bucket);
		 * fails if another CPU already removed osk */
		WARN_ON_ONCE(sk->sk_hash != osk->sk_hash);
		ret = sk_nulls_del_node_init_rcu(osk);
	}
	if (ret)
		__sk_nulls_add_node_rcu(sk, list);
	spin_unlock(lock);
	return ret;
}

/*
 * inet_ehash_nolisten -- hash a non-listening sock, kill it on failure
 * upstream: net/ipv4/inet_hashtables.c:499
 * https://elixir.bootlin.com/linux/v5.4/source/net/ipv4/inet_hashtables.c#L499
 */
bool inet_ehash_nolisten(struct sock *sk, struct sock *osk)
{
	bool ok = inet_ehash_insert(sk, osk);

	if (ok) {
		sock_prot_inuse_add(sock_net(sk), sk->sk_prot, 1);
	} else {
		/* Lost the race: this sock is not wanted, destroy it (event -> CLOSE) */
		percpu_counter_inc(sk->sk_prot->orphan_count);
		inet_sk_set_state(sk, TCP_CLOSE);
		sock_set_flag(sk, SOCK_DEAD);
		inet_csk_destroy_sock(sk);
	}
	return ok;
}

/*
 * __inet_hash -- hash a sock: listeners into the listening hash
 * upstream: net/ipv4/inet_hashtables.c:537
 * https://elixir.bootlin.com/linux/v5.4/source/net/ipv4/inet_hashtables.c#L537
 */
int __inet_hash(struct sock *sk, struct sock *osk)
{
	struct inet_hashinfo *hashinfo = sk->sk_prot->h.hashinfo;
	struct inet_listen_hashbucket *ilb;
	int err = 0;

	/* Anything but a listener goes to ehash */
	if (sk->sk_state != TCP_LISTEN) {
		inet_ehash_nolisten(sk, osk);
		return 0;
	}
	WARN_ON(!sk_unhashed(sk));
	/* Listeners are never in ehash: listening_hash (by port) ... */
	ilb = &hashinfo->listening_hash[inet_sk_listen_hashfn(sk)];

	spin_lock(&ilb->lock);
	/* SO_REUSEPORT: join (or start) the group of identical listeners */
	if (sk->sk_reuseport) {
		err = inet_reuseport_add_sock(sk, ilb);
		if (err)
			goto unlock;
	}
	/* A plain hlist (5.4.y later made it a nulls list, like ehash) */
	if (IS_ENABLED(CONFIG_IPV6) && sk->sk_reuseport &&
		sk->sk_family == AF_INET6)
		hlist_add_tail_rcu(&sk->sk_node, &ilb->head);
	else
		hlist_add_head_rcu(&sk->sk_node, &ilb->head);
	/* ... and lhash2 (by address + port), which lookups use */
	inet_hash2(hashinfo, sk);
	ilb->count++;
	/* Lookups do not refcount listeners: free only after a grace period */
	sock_set_flag(sk, SOCK_RCU_FREE);
	sock_prot_inuse_add(sock_net(sk), sk->sk_prot, 1);
unlock:
	spin_unlock(&ilb->lock);

	return err;
}

/*
 * inet_hash -- tcp_prot.hash
 * upstream: net/ipv4/inet_hashtables.c:572
 * https://elixir.bootlin.com/linux/v5.4/source/net/ipv4/inet_hashtables.c#L572
 */
int inet_hash(struct sock *sk)
{
	int err = 0;

	if (sk->sk_state != TCP_CLOSE) {
		local_bh_disable();
		err = __inet_hash(sk, NULL);
		local_bh_enable();
	}

	return err;
}

/*
 * inet_unhash -- tcp_prot.unhash: remove sk from whichever table holds it
 * upstream: net/ipv4/inet_hashtables.c:586
 * https://elixir.bootlin.com/linux/v5.4/source/net/ipv4/inet_hashtables.c#L586
 */
void inet_unhash(struct sock *sk)
{
	struct inet_hashinfo *hashinfo = sk->sk_prot->h.hashinfo;
	struct inet_listen_hashbucket *ilb = NULL;
	spinlock_t *lock;

	if (sk_unhashed(sk))
		return;

	/* A listener's lock or its ehash bucket lock */
	if (sk->sk_state == TCP_LISTEN) {
		ilb = &hashinfo->listening_hash[inet_sk_listen_hashfn(sk)];
		lock = &ilb->lock;
	} else {
		lock = inet_ehash_lockp(hashinfo, sk->sk_hash);
	}
	spin_lock_bh(lock);
	if (sk_unhashed(sk))
		goto unlock;

	if (rcu_access_pointer(sk->sk_reuseport_cb))
		reuseport_detach_sock(sk);
	/* A listener leaves lhash2 and its listening_hash chain (a plain
	 * hlist), anything else its ehash chain (a nulls list) */
	if (ilb) {
		inet_unhash2(hashinfo, sk);
		 __sk_del_node_init(sk);
		 ilb->count--;
	} else {
		__sk_nulls_del_node_init_rcu(sk);
	}
	sock_prot_inuse_add(sock_net(sk), sk->sk_prot, -1);
unlock:
	spin_unlock_bh(lock);
}

/*
 * __inet_hash_connect -- choose the source port for connect() and hash sk
 * upstream: net/ipv4/inet_hashtables.c:620
 * https://elixir.bootlin.com/linux/v5.4/source/net/ipv4/inet_hashtables.c#L620
 */
int __inet_hash_connect(struct inet_timewait_death_row *death_row,
		struct sock *sk, u32 port_offset,
		int (*check_established)(struct inet_timewait_death_row *,
			struct sock *, __u16, struct inet_timewait_sock **))
{
	struct inet_hashinfo *hinfo = death_row->hashinfo;
	struct inet_timewait_sock *tw = NULL;
	struct inet_bind_hashbucket *head;
	int port = inet_sk(sk)->inet_num;
	struct net *net = sock_net(sk);
	struct inet_bind_bucket *tb;
	u32 remaining, offset;
	int ret, i, low, high;
	/* One search position for the whole kernel: every connect() moves it on */
	static u32 hint;
	int l3mdev;

	/* Already bound by bind(): keep that port */
	if (port) {
		head = &hinfo->bhash[inet_bhashfn(net, port,
						  hinfo->bhash_size)];
		tb = inet_csk(sk)->icsk_bind_hash;
		spin_lock_bh(&head->lock);
		if (sk_head(&tb->owners) == sk && !sk->sk_bind_node.next) {
			/* Sole owner of the port: the 4-tuple is unique, hash it now */
			inet_ehash_nolisten(sk, NULL);
			spin_unlock_bh(&head->lock);
			return 0;
		}
		spin_unlock(&head->lock);
		/* Port shared with others: is our 4-tuple still free in ehash? */
		ret = check_established(death_row, sk, port, NULL);
		local_bh_enable();
		return ret;
	}

	l3mdev = inet_sk_bound_l3mdev(sk);

	inet_get_local_port_range(net, &low, &high);
	high++; /* [32768, 60999] -> [32768, 61000[ */
	remaining = high - low;
	if (likely(remaining > 1))
		remaining &= ~1U;

	/* Start from a per-destination hash (port_offset) plus the hint */
	offset = (hint + port_offset) % remaining;
	/* First pass: ports with low's parity (even); bind(0) favours odd */
	offset &= ~1U;
other_parity_scan:
	port = low + offset;
	for (i = 0; i < remaining; i += 2, port += 2) {
		if (unlikely(port >= high))
			port -= remaining;
		if (inet_is_local_reserved_port(net, port))
			continue;
		head = &hinfo->bhash[inet_bhashfn(net, port,
						  hinfo->bhash_size)];
		spin_lock_bh(&head->lock);

		/* No address checks needed: the ehash check is unique enough */
		inet_bind_bucket_for_each(tb, &head->chain) {
			if (net_eq(ib_net(tb), net) && tb->l3mdev == l3mdev &&
			    tb->port == port) {
				/* fastreuse >= 0: a bind()-ed socket uses this port; skip it */
				if (tb->fastreuse >= 0 ||
				    tb->fastreuseport >= 0)
					goto next_port;
				WARN_ON(hlist_empty(&tb->owners));
				/* Used only by connect()ed sockets: fine if our 4-tuple is
				 * unique (may recycle a TIME_WAIT entry, returned in tw) */
				if (!check_established(death_row, sk,
						       port, &tw))
					goto ok;
				goto next_port;
			}
		}

		/* Unused port: a new bucket, -1 marks "connect() users only" */
		tb = inet_bind_bucket_create(hinfo->bind_bucket_cachep,
					     net, head, port, l3mdev);
		if (!tb) {
			spin_unlock_bh(&head->lock);
			return -ENOMEM;
		}
		tb->fastreuse = -1;
		tb->fastreuseport = -1;
		goto ok;
next_port:
		spin_unlock_bh(&head->lock);
		cond_resched();
	}

	/* Second pass with the other parity */
	offset++;
	if ((offset & 1) && remaining > 1)
		goto other_parity_scan;

	/* Every port is busy towards this destination */
	return -EADDRNOTAVAIL;

ok:
	/* The next search starts past the ports this one tried */
	hint += i + 2;

	/* Bucket lock still held: take the port (inet_num = port) */
	inet_bind_hash(sk, tb, port);
	if (sk_unhashed(sk)) {
		/* Only now is the source port known: the CLOSE -> SYN_SENT event,
		 * fired before this in tcp_v4_connect, showed sport 0 */
		inet_sk(sk)->inet_sport = htons(port);
		inet_ehash_nolisten(sk, (struct sock *)tw);
	}
	if (tw)
		inet_twsk_bind_unhash(tw, hinfo);
	spin_unlock(&head->lock);
	if (tw)
		inet_twsk_deschedule_put(tw);
	local_bh_enable();
	return 0;
}

/*
 * inet_hash_connect -- called by tcp_v4_connect() after SYN_SENT is set
 * upstream: net/ipv4/inet_hashtables.c:735
 * https://elixir.bootlin.com/linux/v5.4/source/net/ipv4/inet_hashtables.c#L735
 */
int inet_hash_connect(struct inet_timewait_death_row *death_row,
		      struct sock *sk)
{
	u32 port_offset = 0;

	/* Unbound: a keyed hash of (saddr, daddr, dport) decides where the
	 * port search starts, so each destination starts somewhere else */
	if (!inet_sk(sk)->inet_num)
		port_offset = inet_sk_port_offset(sk);
	return __inet_hash_connect(death_row, sk, port_offset,
				   __inet_check_established);
}
