// SPDX-License-Identifier: GPL-2.0
/*
 * net/ipv4/af_inet.c -- the AF_INET family: creating IPv4 sockets and the
 * proto_ops (bind, connect, listen, accept, shutdown, release) that the
 * socket layer calls before handing over to TCP or UDP.
 *
 * Abridged rendition for sockwalk, Linux v5.4; annotations are ours.
 * Upstream: net/ipv4/af_inet.c (Linux v5.4)
 */

/*
 * inet_listen -- proto_ops.listen for TCP
 * upstream: net/ipv4/af_inet.c:195
 * https://elixir.bootlin.com/linux/v5.4/source/net/ipv4/af_inet.c#L195
 */
int inet_listen(struct socket *sock, int backlog)
{
	struct sock *sk = sock->sk;
	unsigned char old_state;
	int err, tcp_fastopen;

	lock_sock(sk);

	/* Only an unconnected SOCK_STREAM socket may listen */
	err = -EINVAL;
	if (sock->state != SS_UNCONNECTED || sock->type != SOCK_STREAM)
		goto out;

	/* TCP state must be CLOSE (first listen) or LISTEN (listen again) */
	old_state = sk->sk_state;
	if (!((1 << old_state) & (TCPF_CLOSE | TCPF_LISTEN)))
		goto out;

	/* The accept-queue limit. On a socket that already listens, this is
	 * all that listen() changes */
	sk->sk_max_ack_backlog = backlog;
	if (old_state != TCP_LISTEN) {
		/* TCP Fast Open server enabled by sysctl without the sockopt */
		tcp_fastopen = sock_net(sk)->ipv4.sysctl_tcp_fastopen;
		......

		/* backlog is passed on but no longer used there in 5.4 */
		err = inet_csk_listen_start(sk, backlog);
		if (err)
			goto out;
		tcp_call_bpf(sk, BPF_SOCK_OPS_TCP_LISTEN_CB, 0, NULL);
	}
	err = 0;

out:
	release_sock(sk);
	return err;
}

/*
 * inet_create -- net_proto_family.create for PF_INET
 * upstream: net/ipv4/af_inet.c:247
 * https://elixir.bootlin.com/linux/v5.4/source/net/ipv4/af_inet.c#L247
 */
static int inet_create(struct net *net, struct socket *sock, int protocol,
		       int kern)
{
	struct sock *sk;
	struct inet_protosw *answer;
	struct inet_sock *inet;
	struct proto *answer_prot;
	unsigned char answer_flags;
	int try_loading_module = 0;
	int err;

	if (protocol < 0 || protocol >= IPPROTO_MAX)
		return -EINVAL;

	sock->state = SS_UNCONNECTED;

	/* Search inetsw[sock->type], the lists built from inetsw_array */
lookup_protocol:
	err = -ESOCKTNOSUPPORT;
	rcu_read_lock();
	list_for_each_entry_rcu(answer, &inetsw[sock->type], list) {

		err = 0;
		/* Exact match, e.g. SOCK_STREAM + IPPROTO_TCP */
		if (protocol == answer->protocol) {
			if (protocol != IPPROTO_IP)
				break;
		} else {
			/* protocol 0: take the first entry's (TCP for STREAM, UDP for DGRAM) */
			if (IPPROTO_IP == protocol) {
				protocol = answer->protocol;
				break;
			}
			/* An entry registered as IPPROTO_IP is a wildcard (RAW) */
			if (IPPROTO_IP == answer->protocol)
				break;
		}
		err = -EPROTONOSUPPORT;
	}

	if (unlikely(err)) {
		/* Try modules net-pf-2-proto-P-type-T, then net-pf-2-proto-P */
		if (try_loading_module < 2) {
			......
			goto lookup_protocol;
		} else
			goto out_rcu_unlock;
	}

	err = -EPERM;
	if (sock->type == SOCK_RAW && !kern &&
	    !ns_capable(net->user_ns, CAP_NET_RAW))
		goto out_rcu_unlock;

	/* struct socket gets the family ops: inet_stream_ops for TCP,
	 * inet_dgram_ops for UDP */
	sock->ops = answer->ops;
	answer_prot = answer->prot;
	answer_flags = answer->flags;
	rcu_read_unlock();

	WARN_ON(!answer_prot->slab);

	/* The struct sock. answer_prot is tcp_prot, so this is really a whole
	 * struct tcp_sock (ENOBUFS is the 5.4 errno if allocation fails) */
	err = -ENOBUFS;
	sk = sk_alloc(net, PF_INET, GFP_KERNEL, answer_prot, kern);
	if (!sk)
		goto out;

	......
	if (INET_PROTOSW_REUSE & answer_flags)
		sk->sk_reuse = SK_CAN_REUSE;

	/* inet_sk() is a cast: the same object seen as struct inet_sock */
	inet = inet_sk(sk);
	/* TCP's entry has INET_PROTOSW_ICSK: it is an inet_connection_sock too */
	inet->is_icsk = (INET_PROTOSW_ICSK & answer_flags) != 0;

	inet->nodefrag = 0;

	if (SOCK_RAW == sock->type) {
		inet->inet_num = protocol;
		if (IPPROTO_RAW == protocol)
			inet->hdrincl = 1;
	}

	......
	inet->inet_id = 0;

	/* Generic init: sock->sk = sk, sk->sk_socket = sock, state CLOSE */
	sock_init_data(sock, sk);

	sk->sk_destruct = inet_sock_destruct;
	sk->sk_protocol = protocol;
	/* Runs packets queued while a process held the lock: tcp_v4_do_rcv */
	sk->sk_backlog_rcv = sk->sk_prot->backlog_rcv;

	inet->uc_ttl = -1;
	......

	/* Only RAW has a "port" (its protocol number) already: hash it now */
	if (inet->inet_num) {
		inet->inet_sport = htons(inet->inet_num);
		err = sk->sk_prot->hash(sk);
		......
	}

	/* Protocol init: tcp_v4_init_sock() -> tcp_init_sock() for TCP,
	 * udp_init_sock() for UDP */
	if (sk->sk_prot->init) {
		err = sk->sk_prot->init(sk);
		if (err) {
			sk_common_release(sk);
			goto out;
		}
	}

	if (!kern) {
		err = BPF_CGROUP_RUN_PROG_INET_SOCK(sk);
		......
	}
out:
	return err;
out_rcu_unlock:
	rcu_read_unlock();
	goto out;
}

/*
 * inet_release -- proto_ops.release: the last close() of the file
 * upstream: net/ipv4/af_inet.c:406
 * https://elixir.bootlin.com/linux/v5.4/source/net/ipv4/af_inet.c#L406
 */
int inet_release(struct socket *sock)
{
	struct sock *sk = sock->sk;

	if (sk) {
		long timeout;

		/* Leave multicast groups the application forgot to leave */
		ip_mc_drop_socket(sk);

		/* SO_LINGER: close may wait up to sk_lingertime (not at exit) */
		timeout = 0;
		if (sock_flag(sk, SOCK_LINGER) &&
		    !(current->flags & PF_EXITING))
			timeout = sk->sk_lingertime;
		/* tcp_close() / udp_lib_close(): the protocol decides FIN or RST */
		sk->sk_prot->close(sk, timeout);
		/* The struct socket goes; a TCP sock may live on as an orphan */
		sock->sk = NULL;
	}
	return 0;
}

/*
 * inet_bind -- proto_ops.bind for TCP and UDP
 * upstream: net/ipv4/af_inet.c:434
 * https://elixir.bootlin.com/linux/v5.4/source/net/ipv4/af_inet.c#L434
 */
int inet_bind(struct socket *sock, struct sockaddr *uaddr, int addr_len)
{
	struct sock *sk = sock->sk;
	int err;

	/* RAW sockets bring their own bind (raw_bind) */
	if (sk->sk_prot->bind) {
		return sk->sk_prot->bind(sk, uaddr, addr_len);
	}
	if (addr_len < sizeof(struct sockaddr_in))
		return -EINVAL;

	/* cgroup BPF may rewrite or refuse the address before any check */
	err = BPF_CGROUP_RUN_PROG_INET4_BIND(sk, uaddr);
	if (err)
		return err;

	/* force_bind_address_no_port = false, with_lock = true */
	return __inet_bind(sk, uaddr, addr_len, false, true);
}

/*
 * __inet_bind -- check the address, reserve the port
 * upstream: net/ipv4/af_inet.c:457
 * https://elixir.bootlin.com/linux/v5.4/source/net/ipv4/af_inet.c#L457
 */
int __inet_bind(struct sock *sk, struct sockaddr *uaddr, int addr_len,
		bool force_bind_address_no_port, bool with_lock)
{
	struct sockaddr_in *addr = (struct sockaddr_in *)uaddr;
	struct inet_sock *inet = inet_sk(sk);
	struct net *net = sock_net(sk);
	unsigned short snum;
	int chk_addr_ret;
	u32 tb_id = RT_TABLE_LOCAL;
	int err;

	/* AF_UNSPEC is tolerated only together with INADDR_ANY */
	if (addr->sin_family != AF_INET) {
		err = -EAFNOSUPPORT;
		if (addr->sin_family != AF_UNSPEC ||
		    addr->sin_addr.s_addr != htonl(INADDR_ANY))
			goto out;
	}

	tb_id = l3mdev_fib_table_by_index(net, sk->sk_bound_dev_if) ? : tb_id;
	/* What the address is on this host: LOCAL, MULTICAST, BROADCAST ... */
	chk_addr_ret = inet_addr_type_table(net, addr->sin_addr.s_addr, tb_id);

	/* It must be ours, unless IP_FREEBIND / IP_TRANSPARENT or the sysctl
	 * net.ipv4.ip_nonlocal_bind allow a foreign address */
	err = -EADDRNOTAVAIL;
	if (!inet_can_nonlocal_bind(net, inet) &&
		addr->sin_addr.s_addr != htonl(INADDR_ANY) &&
		chk_addr_ret != RTN_LOCAL &&
		chk_addr_ret != RTN_MULTICAST &&
		chk_addr_ret != RTN_BROADCAST)
		goto out;

	/* Ports below ip_unprivileged_port_start (1024) need CAP_NET_BIND_SERVICE */
	snum = ntohs(addr->sin_port);
	err = -EACCES;
	if (snum && snum < inet_prot_sock(net) &&
	    !ns_capable(net->user_ns, CAP_NET_BIND_SERVICE))
		goto out;

	if (with_lock)
		lock_sock(sk);

	/* Connected, listening or already bound (also autobound): EINVAL */
	err = -EINVAL;
	if (sk->sk_state != TCP_CLOSE || inet->inet_num)
		goto out_release_sock;

	/* rcv_saddr is what lookups match; saddr is the source when sending */
	inet->inet_rcv_saddr = inet->inet_saddr = addr->sin_addr.s_addr;
	if (chk_addr_ret == RTN_MULTICAST || chk_addr_ret == RTN_BROADCAST)
		inet->inet_saddr = 0;

	/* Reserve the port: inet_csk_get_port() for TCP (0 = pick a free one),
	 * udp_v4_get_port() for UDP; skipped with IP_BIND_ADDRESS_NO_PORT */
	if (snum || !(inet->bind_address_no_port ||
		      force_bind_address_no_port)) {
		if (sk->sk_prot->get_port(sk, snum)) {
			inet->inet_saddr = inet->inet_rcv_saddr = 0;
			err = -EADDRINUSE;
			goto out_release_sock;
		}
		err = BPF_CGROUP_RUN_PROG_INET4_POST_BIND(sk);
		......
	}

	/* Remember what the user chose; an explicitly bound port is kept when
	 * the socket later goes to CLOSE (see tcp_set_state) */
	if (inet->inet_rcv_saddr)
		sk->sk_userlocks |= SOCK_BINDADDR_LOCK;
	if (snum)
		sk->sk_userlocks |= SOCK_BINDPORT_LOCK;
	/* get_port set inet_num (host order); sport is the network-order copy */
	inet->inet_sport = htons(inet->inet_num);
	inet->inet_daddr = 0;
	inet->inet_dport = 0;
	sk_dst_reset(sk);
	err = 0;
out_release_sock:
	if (with_lock)
		release_sock(sk);
out:
	return err;
}

/*
 * inet_wait_for_connect -- sleep until the handshake is over
 * upstream: net/ipv4/af_inet.c:575
 * https://elixir.bootlin.com/linux/v5.4/source/net/ipv4/af_inet.c#L575
 */
static long inet_wait_for_connect(struct sock *sk, long timeo, int writebias)
{
	DEFINE_WAIT_FUNC(wait, woken_wake_function);

	add_wait_queue(sk_sleep(sk), &wait);
	sk->sk_write_pending += writebias;

	/* Whoever sets sk_err also moves the state out of SYN_SENT / SYN_RECV,
	 * so this loop ends on success and on failure */
	while ((1 << sk->sk_state) & (TCPF_SYN_SENT | TCPF_SYN_RECV)) {
		/* Drop the lock so the softirq can process the SYN-ACK directly */
		release_sock(sk);
		timeo = wait_woken(&wait, TASK_INTERRUPTIBLE, timeo);
		lock_sock(sk);
		if (signal_pending(current) || !timeo)
			break;
	}
	remove_wait_queue(sk_sleep(sk), &wait);
	sk->sk_write_pending -= writebias;
	return timeo;
}

/*
 * __inet_stream_connect -- connect() for TCP, called with the sock locked
 * upstream: net/ipv4/af_inet.c:603
 * https://elixir.bootlin.com/linux/v5.4/source/net/ipv4/af_inet.c#L603
 */
int __inet_stream_connect(struct socket *sock, struct sockaddr *uaddr,
			  int addr_len, int flags, int is_sendmsg)
{
	struct sock *sk = sock->sk;
	int err;
	long timeo;

	/* uaddr may be NULL for a TCP Fast Open connect done by sendmsg() */
	if (uaddr) {
		if (addr_len < sizeof(uaddr->sa_family))
			return -EINVAL;

		/* connect(AF_UNSPEC) means "disconnect": tcp_disconnect() */
		if (uaddr->sa_family == AF_UNSPEC) {
			err = sk->sk_prot->disconnect(sk, flags);
			sock->state = err ? SS_DISCONNECTING : SS_UNCONNECTED;
			goto out;
		}
	}

	/* Switch on the socket-layer state (SS_*), not on the TCP state */
	switch (sock->state) {
	default:
		err = -EINVAL;
		goto out;
	case SS_CONNECTED:
		err = -EISCONN;
		goto out;
	case SS_CONNECTING:
		/* connect() again while the handshake is still running */
		if (inet_sk(sk)->defer_connect)
			err = is_sendmsg ? -EINPROGRESS : -EISCONN;
		else
			err = -EALREADY;
		break;
	case SS_UNCONNECTED:
		/* A listening socket is SS_UNCONNECTED but not CLOSE: EISCONN */
		err = -EISCONN;
		if (sk->sk_state != TCP_CLOSE)
			goto out;

		if (BPF_CGROUP_PRE_CONNECT_ENABLED(sk)) {
			err = sk->sk_prot->pre_connect(sk, uaddr, addr_len);
			if (err)
				goto out;
		}

		/* tcp_v4_connect(): route, SYN_SENT, source port, send the SYN */
		err = sk->sk_prot->connect(sk, uaddr, addr_len);
		if (err < 0)
			goto out;

		sock->state = SS_CONNECTING;

		if (!err && inet_sk(sk)->defer_connect)
			goto out;

		/* First call: EINPROGRESS; a later non-blocking call gets EALREADY */
		err = -EINPROGRESS;
		break;
	}

	/* Blocking: up to SO_SNDTIMEO (forever by default); O_NONBLOCK: 0 */
	timeo = sock_sndtimeo(sk, flags & O_NONBLOCK);

	if ((1 << sk->sk_state) & (TCPF_SYN_SENT | TCPF_SYN_RECV)) {
		int writebias = (sk->sk_protocol == IPPROTO_TCP) &&
				tcp_sk(sk)->fastopen_req &&
				tcp_sk(sk)->fastopen_req->data ? 1 : 0;

		/* Non-blocking (or timed out): return the err chosen above */
		if (!timeo || !inet_wait_for_connect(sk, timeo, writebias))
			goto out;

		err = sock_intr_errno(timeo);
		if (signal_pending(current))
			goto out;
	}

	/* Closed by a RST, a timeout, an ICMP error or a disconnect */
	if (sk->sk_state == TCP_CLOSE)
		goto sock_error;

	/* ESTABLISHED: connect() succeeds; the next call would give EISCONN */
	sock->state = SS_CONNECTED;
	err = 0;
out:
	return err;

sock_error:
	/* Read and clear sk_err: ECONNREFUSED after a RST to our SYN,
	 * ETIMEDOUT after the SYN retries; ECONNABORTED if none is set */
	err = sock_error(sk) ? : -ECONNABORTED;
	sock->state = SS_UNCONNECTED;
	if (sk->sk_prot->disconnect(sk, flags))
		sock->state = SS_DISCONNECTING;
	goto out;
}

/*
 * inet_stream_connect -- proto_ops.connect for TCP
 * upstream: net/ipv4/af_inet.c:713
 * https://elixir.bootlin.com/linux/v5.4/source/net/ipv4/af_inet.c#L713
 */
int inet_stream_connect(struct socket *sock, struct sockaddr *uaddr,
			int addr_len, int flags)
{
	int err;

	/* Process context owns the sock; packets arriving meanwhile go to
	 * sk_backlog and are handled in release_sock() */
	lock_sock(sock->sk);
	err = __inet_stream_connect(sock, uaddr, addr_len, flags, 0);
	release_sock(sock->sk);
	return err;
}

/*
 * inet_accept -- proto_ops.accept for TCP
 * upstream: net/ipv4/af_inet.c:729
 * https://elixir.bootlin.com/linux/v5.4/source/net/ipv4/af_inet.c#L729
 */
int inet_accept(struct socket *sock, struct socket *newsock, int flags,
		bool kern)
{
	struct sock *sk1 = sock->sk;
	int err = -EINVAL;
	/* inet_csk_accept(): take a finished child off the accept queue */
	struct sock *sk2 = sk1->sk_prot->accept(sk1, flags, &err, kern);

	if (!sk2)
		goto do_err;

	lock_sock(sk2);

	sock_rps_record_flow(sk2);
	/* A child reset before accept() is still handed out, in CLOSE */
	WARN_ON(!((1 << sk2->sk_state) &
		  (TCPF_ESTABLISHED | TCPF_SYN_RECV |
		  TCPF_CLOSE_WAIT | TCPF_CLOSE)));

	/* The child sock gets accept4()'s new struct socket */
	sock_graft(sk2, newsock);

	newsock->state = SS_CONNECTED;
	err = 0;
	release_sock(sk2);
do_err:
	return err;
}

/*
 * inet_shutdown -- proto_ops.shutdown
 * upstream: net/ipv4/af_inet.c:847
 * https://elixir.bootlin.com/linux/v5.4/source/net/ipv4/af_inet.c#L847
 */
int inet_shutdown(struct socket *sock, int how)
{
	struct sock *sk = sock->sk;
	int err = 0;

	/* SHUT_RD 0 -> RCV_SHUTDOWN 1, SHUT_WR 1 -> SEND_SHUTDOWN 2, SHUT_RDWR -> 3 */
	how++;
	if ((how & ~SHUTDOWN_MASK) || !how)
		return -EINVAL;

	lock_sock(sk);
	if (sock->state == SS_CONNECTING) {
		if ((1 << sk->sk_state) &
		    (TCPF_SYN_SENT | TCPF_SYN_RECV | TCPF_CLOSE))
			sock->state = SS_DISCONNECTING;
		else
			sock->state = SS_CONNECTED;
	}

	switch (sk->sk_state) {
	case TCP_CLOSE:
		/* Not connected: ENOTCONN, yet the flags are still recorded */
		err = -ENOTCONN;
		/* fall through */
	default:
		sk->sk_shutdown |= how;
		/* tcp_shutdown(): SEND_SHUTDOWN sends a FIN (FIN_WAIT1 / LAST_ACK) */
		if (sk->sk_prot->shutdown)
			sk->sk_prot->shutdown(sk, how);
		break;
	case TCP_LISTEN:
		/* SHUT_RD on a listener stops listening: tcp_disconnect() below */
		if (!(how & RCV_SHUTDOWN))
			break;
		/* fall through */
	case TCP_SYN_SENT:
		/* Abort the connection attempt or the listener: tcp_disconnect() */
		err = sk->sk_prot->disconnect(sk, O_NONBLOCK);
		sock->state = err ? SS_DISCONNECTING : SS_UNCONNECTED;
		break;
	}

	/* Wake up anyone sleeping in poll() */
	sk->sk_state_change(sk);
	release_sock(sk);
	return err;
}

/*
 * inet_stream_ops -- the socket-layer methods of every TCP socket
 * upstream: net/ipv4/af_inet.c:983
 * https://elixir.bootlin.com/linux/v5.4/source/net/ipv4/af_inet.c#L983
 */
const struct proto_ops inet_stream_ops = {
	.family = PF_INET,
	.owner = THIS_MODULE,
	.release = inet_release,
	.bind = inet_bind,
	.connect = inet_stream_connect,
	.socketpair = sock_no_socketpair,
	.accept = inet_accept,
	.getname = inet_getname,
	.poll = tcp_poll,
	.ioctl = inet_ioctl,
	......
	.listen = inet_listen,
	.shutdown = inet_shutdown,
	.setsockopt = sock_common_setsockopt,
	.getsockopt = sock_common_getsockopt,
	.sendmsg = inet_sendmsg,
	.recvmsg = inet_recvmsg,
	......
};

/*
 * inet_dgram_ops -- the socket-layer methods of every UDP socket
 * upstream: net/ipv4/af_inet.c:1019
 * https://elixir.bootlin.com/linux/v5.4/source/net/ipv4/af_inet.c#L1019
 */
const struct proto_ops inet_dgram_ops = {
	.family = PF_INET,
	.owner = THIS_MODULE,
	.release = inet_release,
	.bind = inet_bind,
	.connect = inet_dgram_connect,
	.socketpair = sock_no_socketpair,
	.accept = sock_no_accept,
	.getname = inet_getname,
	.poll = udp_poll,
	.ioctl = inet_ioctl,
	......
	.listen = sock_no_listen,
	.shutdown = inet_shutdown,
	.setsockopt = sock_common_setsockopt,
	.getsockopt = sock_common_getsockopt,
	.sendmsg = inet_sendmsg,
	.recvmsg = inet_recvmsg,
	......
};

/*
 * inet_sockraw_ops -- like inet_dgram_ops but without udp_poll (RAW, ping)
 * upstream: net/ipv4/af_inet.c:1052
 * https://elixir.bootlin.com/linux/v5.4/source/net/ipv4/af_inet.c#L1052
 */
static const struct proto_ops inet_sockraw_ops = {
	.family = PF_INET,
	.owner = THIS_MODULE,
	.release = inet_release,
	.bind = inet_bind,
	.connect = inet_dgram_connect,
	.socketpair = sock_no_socketpair,
	.accept = sock_no_accept,
	.getname = inet_getname,
	.poll = datagram_poll,
	.ioctl = inet_ioctl,
	......
	.listen = sock_no_listen,
	.shutdown = inet_shutdown,
	.setsockopt = sock_common_setsockopt,
	.getsockopt = sock_common_getsockopt,
	.sendmsg = inet_sendmsg,
	.recvmsg = inet_recvmsg,
	......
};

/*
 * inet_family_ops -- registered with sock_register() for PF_INET
 * upstream: net/ipv4/af_inet.c:1079
 * https://elixir.bootlin.com/linux/v5.4/source/net/ipv4/af_inet.c#L1079
 */
static const struct net_proto_family inet_family_ops = {
	.family = PF_INET,
	.create = inet_create,
	.owner = THIS_MODULE,
};

/*
 * inetsw_array -- (type, protocol) -> (struct proto, proto_ops) table
 * upstream: net/ipv4/af_inet.c:1088
 * https://elixir.bootlin.com/linux/v5.4/source/net/ipv4/af_inet.c#L1088
 */
static struct inet_protosw inetsw_array[] =
{
	{
		.type = SOCK_STREAM,
		.protocol = IPPROTO_TCP,
		.prot = &tcp_prot,
		.ops = &inet_stream_ops,
		.flags =      INET_PROTOSW_PERMANENT |
			      INET_PROTOSW_ICSK,
	},

	{
		.type = SOCK_DGRAM,
		.protocol = IPPROTO_UDP,
		.prot = &udp_prot,
		.ops = &inet_dgram_ops,
		.flags = INET_PROTOSW_PERMANENT,
	},

	{
		.type = SOCK_DGRAM,
		.protocol = IPPROTO_ICMP,
		.prot = &ping_prot,
		.ops = &inet_sockraw_ops,
		.flags = INET_PROTOSW_REUSE,
	},

	{
		.type = SOCK_RAW,
		/* wild card: matches any protocol number */
		.protocol = IPPROTO_IP,
		.prot = &raw_prot,
		.ops = &inet_sockraw_ops,
		.flags = INET_PROTOSW_REUSE,
	}
};

/*
 * inet_sk_set_state -- set sk_state, firing sock:inet_sock_set_state
 * upstream: net/ipv4/af_inet.c:1284
 * https://elixir.bootlin.com/linux/v5.4/source/net/ipv4/af_inet.c#L1284
 */
void inet_sk_set_state(struct sock *sk, int state)
{
	/* sock:inet_sock_set_state: old and new state, ports and addresses
	 * (used e.g. for the child's LISTEN -> SYN_RECV in inet_csk_clone_lock) */
	trace_inet_sock_set_state(sk, sk->sk_state, state);
	sk->sk_state = state;
}

/*
 * inet_sk_state_store -- same, with a release store (used by tcp_set_state)
 * upstream: net/ipv4/af_inet.c:1291
 * https://elixir.bootlin.com/linux/v5.4/source/net/ipv4/af_inet.c#L1291
 */
void inet_sk_state_store(struct sock *sk, int newstate)
{
	/* Same event; tcp_set_state() comes here. For CLOSE -> SYN_SENT it shows
	 * sport 0: the source port is chosen only afterwards */
	trace_inet_sock_set_state(sk, sk->sk_state, newstate);
	/* Lockless readers (inet_sk_state_load) see the state only after
	 * everything written before it */
	smp_store_release(&sk->sk_state, newstate);
}

/*
 * inet_init -- boot-time setup of IPv4 (only the registrations shown)
 * upstream: net/ipv4/af_inet.c:1909
 * https://elixir.bootlin.com/linux/v5.4/source/net/ipv4/af_inet.c#L1909
 */
static int __init inet_init(void)
{
	struct inet_protosw *q;
	struct list_head *r;
	int rc = -EINVAL;

	......
	/* Make tcp_prot usable: creates its slab of struct tcp_sock */
	rc = proto_register(&tcp_prot, 1);
	if (rc)
		goto out;
	......

	/* net_families[PF_INET] = &inet_family_ops: from now on
	 * socket(AF_INET, ...) reaches inet_create() */
	(void)sock_register(&inet_family_ops);
	......

	/* IP hands protocol 6 to tcp_protocol.handler = tcp_v4_rcv */
	if (inet_add_protocol(&tcp_protocol, IPPROTO_TCP) < 0)
		pr_crit("%s: Cannot add TCP protocol\n", __func__);
	......

	for (r = &inetsw[0]; r < &inetsw[SOCK_MAX]; ++r)
		INIT_LIST_HEAD(r);

	/* Copy the four inetsw_array entries into the per-type lists inetsw[] */
	for (q = inetsw_array; q < &inetsw_array[INETSW_ARRAY_LEN]; ++q)
		inet_register_protosw(q);
	......

	/* TCP's global tables: tcp_hashinfo bhash, ehash, listening hash */
	tcp_init();
	......
	rc = 0;
out:
	return rc;
	......
}

/*
 * inet_autobind -- give an unbound socket an ephemeral port
 * upstream: net/ipv4/af_inet.c:175
 * https://elixir.bootlin.com/linux/v5.4/source/net/ipv4/af_inet.c#L175
 */
static int inet_autobind(struct sock *sk)
{
	struct inet_sock *inet;
	/* We may need to bind the socket. */
	lock_sock(sk);
	inet = inet_sk(sk);
	if (!inet->inet_num) {
		/* port 0: udp_v4_get_port picks a free one and hashes the socket */
		if (sk->sk_prot->get_port(sk, 0)) {
			release_sock(sk);
			return -EAGAIN;
		}
		inet->inet_sport = htons(inet->inet_num);
	}
	release_sock(sk);
	return 0;
}

/*
 * inet_dgram_connect -- proto_ops.connect for UDP (inet_dgram_ops)
 * upstream: net/ipv4/af_inet.c:552
 * https://elixir.bootlin.com/linux/v5.4/source/net/ipv4/af_inet.c#L552
 */
int inet_dgram_connect(struct socket *sock, struct sockaddr *uaddr,
		       int addr_len, int flags)
{
	struct sock *sk = sock->sk;
	int err;

	if (addr_len < sizeof(uaddr->sa_family))
		return -EINVAL;
	/* connect(fd, AF_UNSPEC): dissolve the association (udp_disconnect) */
	if (uaddr->sa_family == AF_UNSPEC)
		return sk->sk_prot->disconnect(sk, flags);

	if (BPF_CGROUP_PRE_CONNECT_ENABLED(sk)) {
		err = sk->sk_prot->pre_connect(sk, uaddr, addr_len);
		if (err)
			return err;
	}

	/* not bound yet: take an ephemeral port now, before the peer is set */
	if (!inet_sk(sk)->inet_num && inet_autobind(sk))
		return -EAGAIN;
	/* ip4_datagram_connect. Unlike inet_stream_connect there is no
	 * sock->state switch and no waiting: it stays SS_UNCONNECTED */
	return sk->sk_prot->connect(sk, uaddr, addr_len);
}

/*
 * inet_send_prepare -- before sending: autobind an unbound socket
 * upstream: net/ipv4/af_inet.c:787
 * https://elixir.bootlin.com/linux/v5.4/source/net/ipv4/af_inet.c#L787
 */
int inet_send_prepare(struct sock *sk)
{
	sock_rps_record_flow(sk);

	/* UDP's first sendto() binds the socket to an ephemeral port;
	 * TCP sets no_autobind (it gets its port in connect) */
	if (!inet_sk(sk)->inet_num && !sk->sk_prot->no_autobind &&
	    inet_autobind(sk))
		return -EAGAIN;

	return 0;
}

/*
 * inet_sendmsg -- proto_ops.sendmsg: send(), sendto(), write()
 * upstream: net/ipv4/af_inet.c:800
 * https://elixir.bootlin.com/linux/v5.4/source/net/ipv4/af_inet.c#L800
 */
int inet_sendmsg(struct socket *sock, struct msghdr *msg, size_t size)
{
	struct sock *sk = sock->sk;

	if (unlikely(inet_send_prepare(sk)))
		return -EAGAIN;

	/* the second layer: tcp_sendmsg for TCP, udp_sendmsg for UDP */
	return INDIRECT_CALL_2(sk->sk_prot->sendmsg, tcp_sendmsg, udp_sendmsg,
			       sk, msg, size);
}

/*
 * inet_recvmsg -- proto_ops.recvmsg: recv(), recvfrom(), read()
 * upstream: net/ipv4/af_inet.c:828
 * https://elixir.bootlin.com/linux/v5.4/source/net/ipv4/af_inet.c#L828
 */
int inet_recvmsg(struct socket *sock, struct msghdr *msg, size_t size,
		 int flags)
{
	struct sock *sk = sock->sk;
	int addr_len = 0;
	int err;

	if (likely(!(flags & MSG_ERRQUEUE)))
		sock_rps_record_flow(sk);

	/* MSG_DONTWAIT (or O_NONBLOCK on the file) becomes noblock */
	err = INDIRECT_CALL_2(sk->sk_prot->recvmsg, tcp_recvmsg, udp_recvmsg,
			      sk, msg, size, flags & MSG_DONTWAIT,
			      flags & ~MSG_DONTWAIT, &addr_len);
	/* recvfrom() gets the sender's address length back */
	if (err >= 0)
		msg->msg_namelen = addr_len;
	return err;
}

/*
 * inet_getname -- proto_ops.getname: getsockname() and getpeername()
 * upstream: net/ipv4/af_inet.c:760
 * https://elixir.bootlin.com/linux/v5.4/source/net/ipv4/af_inet.c#L760
 */
int inet_getname(struct socket *sock, struct sockaddr *uaddr,
			int peer)
{
	struct sock *sk		= sock->sk;
	struct inet_sock *inet	= inet_sk(sk);
	DECLARE_SOCKADDR(struct sockaddr_in *, sin, uaddr);

	sin->sin_family = AF_INET;
	if (peer) {
		/* no peer yet (or still connecting): ENOTCONN */
		if (!inet->inet_dport ||
		    (((1 << sk->sk_state) & (TCPF_CLOSE | TCPF_SYN_SENT)) &&
		     peer == 1))
			return -ENOTCONN;
		sin->sin_port = inet->inet_dport;
		sin->sin_addr.s_addr = inet->inet_daddr;
	} else {
		/* the bound address, else the source address routing chose */
		__be32 addr = inet->inet_rcv_saddr;
		if (!addr)
			addr = inet->inet_saddr;
		sin->sin_port = inet->inet_sport;
		sin->sin_addr.s_addr = addr;
	}
	memset(sin->sin_zero, 0, sizeof(sin->sin_zero));
	/* the length: the syscall copies that much to user space */
	return sizeof(*sin);
}
