/* SPDX-License-Identifier: GPL-2.0 */
/*
 * include/net/request_sock.h -- struct request_sock (the "mini socket" of a
 * half-open connection) and the listener's request_sock_queue helpers.
 *
 * Abridged rendition for sockwalk, Linux v5.4; annotations are ours.
 * Upstream: include/net/request_sock.h (Linux v5.4)
 */

/*
 * reqsk_queue_remove -- pop the oldest finished connection for accept()
 * upstream: include/net/request_sock.h:191
 * https://elixir.bootlin.com/linux/v5.4/source/include/net/request_sock.h#L191
 */
static inline struct request_sock *reqsk_queue_remove(struct request_sock_queue *queue,
						      struct sock *parent)
{
	struct request_sock *req;

	spin_lock_bh(&queue->rskq_lock);
	/* FIFO: the oldest completed connection sits at the head */
	req = queue->rskq_accept_head;
	if (req) {
		/* parent->sk_ack_backlog--: one fewer waiting in the accept queue */
		sk_acceptq_removed(parent);
		WRITE_ONCE(queue->rskq_accept_head, req->dl_next);
		if (queue->rskq_accept_head == NULL)
			queue->rskq_accept_tail = NULL;
	}
	spin_unlock_bh(&queue->rskq_lock);
	/* The caller takes req->sk, the child sock made at the final ACK */
	return req;
}
