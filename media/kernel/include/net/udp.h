/* SPDX-License-Identifier: GPL-2.0 */
/*
 * include/net/udp.h -- UDP's inline helpers shared by IPv4 and IPv6:
 * here, the close operation udp_prot points at.
 *
 * Abridged rendition for sockwalk, Linux v5.4; annotations are ours.
 * Upstream: include/net/udp.h (Linux v5.4).
 */

/*
 * udp_lib_close -- udp_prot.close, called by inet_release
 * upstream: include/net/udp.h:200
 * https://elixir.bootlin.com/linux/v5.4/source/include/net/udp.h#L200
 */
static inline void udp_lib_close(struct sock *sk, long timeout)
{
	/* no FIN, no TIME_WAIT, no linger: a datagram socket just goes --
	 * unhash it and drop the reference (timeout is unused) */
	sk_common_release(sk);
}
