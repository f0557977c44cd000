// SPDX-License-Identifier: GPL-2.0
/*
 * net/core/request_sock.c -- generic request_sock helpers: the listener's
 * queue of connection requests.
 *
 * Abridged rendition for sockwalk, Linux v5.4; annotations are ours.
 * Upstream: net/core/request_sock.c (Linux v5.4)
 */

/*
 * reqsk_queue_alloc -- initialise a listener's icsk_accept_queue
 * upstream: net/core/request_sock.c:34
 * https://elixir.bootlin.com/linux/v5.4/source/net/core/request_sock.c#L34
 */
void reqsk_queue_alloc(struct request_sock_queue *queue)
{
	/* Nothing is allocated: there is no SYN table. Half-open requests live
	 * in ehash; the listener only counts them (queue->qlen, queue->young) */
	spin_lock_init(&queue->rskq_lock);

	/* TCP Fast Open bookkeeping starts empty */
	spin_lock_init(&queue->fastopenq.lock);
	queue->fastopenq.rskq_rst_head = NULL;
	queue->fastopenq.rskq_rst_tail = NULL;
	queue->fastopenq.qlen = 0;

	/* The accept queue proper: a FIFO of request socks whose req->sk
	 * is a finished child; empty for now */
	queue->rskq_accept_head = NULL;
}
