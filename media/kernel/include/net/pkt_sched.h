/* SPDX-License-Identifier: GPL-2.0 */
/*
 * include/net/pkt_sched.h -- running a qdisc: one CPU at a time sends
 * what it holds.
 *
 * Abridged rendition for sockwalk, Linux v5.4; annotations are ours.
 * Upstream: include/net/pkt_sched.h (Linux v5.4).
 */

/*
 * qdisc_run -- __qdisc_run, if no other CPU runs this qdisc
 * upstream: include/net/pkt_sched.h:118
 * https://elixir.bootlin.com/linux/v5.4/source/include/net/pkt_sched.h#L118
 */
static inline void qdisc_run(struct Qdisc *q)
{
	/* (TCQ_F_NOLOCK: spin_trylock(&q->seqlock); one CPU per host here,
	 * so it always succeeds) */
	if (qdisc_run_begin(q)) {
		/* NOLOCK qdisc must check 'state' under the qdisc seqlock
		 * to avoid racing with dev_qdisc_reset()
		 */
		if (!(q->flags & TCQ_F_NOLOCK) ||
		    likely(!test_bit(__QDISC_STATE_DEACTIVATED, &q->state)))
			__qdisc_run(q);
		qdisc_run_end(q);
	}
}
