/* SPDX-License-Identifier: GPL-2.0 */
/*
 * include/net/sock.h -- struct sock and its small inline helpers; here the
 * accept-queue counters and sock_graft(), which ties a sock to a socket.
 *
 * Abridged rendition for sockwalk, Linux v5.4; annotations are ours.
 * Upstream: include/net/sock.h (Linux v5.4)
 */

/*
 * sk_acceptq_removed -- one connection left the accept queue
 * upstream: include/net/sock.h:861
 * https://elixir.bootlin.com/linux/v5.4/source/include/net/sock.h#L861
 */
static inline void sk_acceptq_removed(struct sock *sk)
{
	/* sk_ack_backlog is the current accept-queue length (not sk_backlog,
	 * which holds packets that arrived while the socket was locked) */
	sk->sk_ack_backlog--;
}

/*
 * sk_acceptq_added -- one more finished connection waits for accept()
 * upstream: include/net/sock.h:866
 * https://elixir.bootlin.com/linux/v5.4/source/include/net/sock.h#L866
 */
static inline void sk_acceptq_added(struct sock *sk)
{
	sk->sk_ack_backlog++;
}

/*
 * sk_acceptq_is_full -- is the accept queue over the listen() backlog?
 * upstream: include/net/sock.h:871
 * https://elixir.bootlin.com/linux/v5.4/source/include/net/sock.h#L871
 */
static inline bool sk_acceptq_is_full(const struct sock *sk)
{
	/* Strictly greater: the queue can hold backlog + 1 children.
	 * sk_max_ack_backlog is listen()'s backlog after the somaxconn cap */
	return sk->sk_ack_backlog > sk->sk_max_ack_backlog;
}

/*
 * sock_graft -- attach a (child) sock to a struct socket
 * upstream: include/net/sock.h:1826
 * https://elixir.bootlin.com/linux/v5.4/source/include/net/sock.h#L1826
 */
static inline void sock_graft(struct sock *sk, struct socket *parent)
{
	/* accept4()'s new struct socket must still be empty */
	WARN_ON(parent->sk);
	write_lock_bh(&sk->sk_callback_lock);
	/* The child's wake-ups now go to the new socket's wait queue */
	rcu_assign_pointer(sk->sk_wq, &parent->wq);
	/* Link both ways: socket -> sock and sock -> socket */
	parent->sk = sk;
	sk_set_socket(sk, parent);
	sk->sk_uid = SOCK_INODE(parent)->i_uid;
	security_sock_graft(sk, parent);
	write_unlock_bh(&sk->sk_callback_lock);
}
