/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * include/linux/netdevice.h -- what a driver's interrupt handler calls to
 * have its receive ring polled in the NET_RX softirq.
 *
 * Abridged rendition for sockwalk, Linux v5.4; annotations are ours.
 * Upstream: include/linux/netdevice.h (Linux v5.4).
 */

/*
 * napi_schedule -- schedule the device's NAPI poll unless it is scheduled
 * already (napi_schedule_prep sets NAPI_STATE_SCHED)
 * upstream: include/linux/netdevice.h:440
 * https://elixir.bootlin.com/linux/v5.4/source/include/linux/netdevice.h#L440
 */
static inline void napi_schedule(struct napi_struct *n)
{
	if (napi_schedule_prep(n))
		__napi_schedule(n);
}
