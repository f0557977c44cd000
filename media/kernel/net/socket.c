// SPDX-License-Identifier: GPL-2.0
/*
 * net/socket.c -- the BSD socket layer: the socket(), bind(), listen(),
 * accept4(), connect() and shutdown() system calls, and the glue between
 * struct socket (VFS side) and struct file / file descriptors.
 *
 * Abridged rendition for sockwalk, Linux v5.4; annotations are ours.
 * Upstream: net/socket.c (Linux v5.4)
 */

/*
 * sock_alloc_file -- wrap a struct socket in a struct file
 * upstream: net/socket.c:390
 * https://elixir.bootlin.com/linux/v5.4/source/net/socket.c#L390
 */
struct file *sock_alloc_file(struct socket *sock, int flags, const char *dname)
{
	struct file *file;

	/* Name shown in /proc/PID/fd ("TCP", "UDP"): the proto's name */
	if (!dname)
		dname = sock->sk ? sock->sk->sk_prot_creator->name : "";

	/* A pseudo file on the socket's sockfs inode; O_NONBLOCK from the
	 * socket()/accept4() flags ends up in file->f_flags */
	file = alloc_file_pseudo(SOCK_INODE(sock), sock_mnt, dname,
				O_RDWR | (flags & O_NONBLOCK),
				&socket_file_ops);
	if (IS_ERR(file)) {
		/* On failure the socket is released here, callers need not */
		sock_release(sock);
		/* (and the ERR_PTR is returned) */
		......
	}

	/* Link both ways: read()/write() on the file reach the socket */
	sock->file = file;
	file->private_data = sock;
	return file;
}

/*
 * sock_map_fd -- give a new socket a file and a descriptor number
 * upstream: net/socket.c:411
 * https://elixir.bootlin.com/linux/v5.4/source/net/socket.c#L411
 */
static int sock_map_fd(struct socket *sock, int flags)
{
	struct file *newfile;
	/* Reserve the lowest free fd; nothing is visible to userspace yet */
	int fd = get_unused_fd_flags(flags);
	if (unlikely(fd < 0)) {
		sock_release(sock);
		/* (return the error, e.g. -EMFILE) */
		......
	}

	newfile = sock_alloc_file(sock, flags, NULL);
	if (!IS_ERR(newfile)) {
		/* Publish: current->files->fdt->fd[fd] = newfile */
		fd_install(fd, newfile);
		return fd;
	}

	put_unused_fd(fd);
	return PTR_ERR(newfile);
}

/*
 * sock_alloc -- allocate a struct socket (inside a new sockfs inode)
 * upstream: net/socket.c:553
 * https://elixir.bootlin.com/linux/v5.4/source/net/socket.c#L553
 */
struct socket *sock_alloc(void)
{
	struct inode *inode;
	struct socket *sock;

	/* sockfs allocates struct socket_alloc = { socket, vfs_inode }:
	 * the socket is born together with its inode */
	inode = new_inode_pseudo(sock_mnt->mnt_sb);
	if (!inode)
		return NULL;

	/* SOCKET_I() is container_of(): the socket next to this inode */
	sock = SOCKET_I(inode);

	inode->i_ino = get_next_ino();
	inode->i_mode = S_IFSOCK | S_IRWXUGO;
	inode->i_uid = current_fsuid();
	inode->i_gid = current_fsgid();
	inode->i_op = &sockfs_inode_ops;

	/* sock->state is SS_UNCONNECTED, sock->sk and sock->ops still NULL */
	return sock;
}

/*
 * __sock_release -- tear down a struct socket
 * upstream: net/socket.c:583
 * https://elixir.bootlin.com/linux/v5.4/source/net/socket.c#L583
 */
static void __sock_release(struct socket *sock, struct inode *inode)
{
	if (sock->ops) {
		struct module *owner = sock->ops->owner;

		if (inode)
			inode_lock(inode);
		/* Family release: inet_release() for AF_INET, which calls the
		 * protocol's close (tcp_close, udp_lib_close) */
		sock->ops->release(sock);
		sock->sk = NULL;
		if (inode)
			inode_unlock(inode);
		sock->ops = NULL;
		module_put(owner);
	}

	if (sock->wq.fasync_list)
		pr_err("%s: fasync list not empty!\n", __func__);

	/* Never got a file (an error path): free the inode directly */
	if (!sock->file) {
		iput(SOCK_INODE(sock));
		return;
	}
	/* Otherwise the VFS frees the inode when the file goes */
	sock->file = NULL;
}

/*
 * sock_close -- file_operations.release of a socket file
 * upstream: net/socket.c:1266
 * https://elixir.bootlin.com/linux/v5.4/source/net/socket.c#L1266
 */
static int sock_close(struct inode *inode, struct file *filp)
{
	/* Runs on the last fput() of the file, not on every close(fd):
	 * a dup()ed or fork()ed fd keeps the socket alive */
	__sock_release(SOCKET_I(inode), inode);
	return 0;
}

/*
 * __sock_create -- make a struct socket and let the family fill it in
 * upstream: net/socket.c:1347
 * https://elixir.bootlin.com/linux/v5.4/source/net/socket.c#L1347
 */
int __sock_create(struct net *net, int family, int type, int protocol,
			 struct socket **res, int kern)
{
	int err;
	struct socket *sock;
	const struct net_proto_family *pf;

	/* Range checks: AF_* index into net_families[], SOCK_* below SOCK_MAX */
	if (family < 0 || family >= NPROTO)
		return -EAFNOSUPPORT;
	if (type < 0 || type >= SOCK_MAX)
		return -EINVAL;
	......

	/* LSM hook (SELinux, AppArmor, ...) may refuse the socket */
	err = security_socket_create(family, type, protocol, kern);
	if (err)
		return err;

	/* The VFS half: a struct socket inside a sockfs inode */
	sock = sock_alloc();
	if (!sock) {
		net_warn_ratelimited("socket: no more sockets\n");
		return -ENFILE;
	}

	sock->type = type;

	......
	/* No family registered yet: try to load module "net-pf-N" */
	if (rcu_access_pointer(net_families[family]) == NULL)
		request_module("net-pf-%d", family);

	......
	rcu_read_lock();
	/* Filled by sock_register(): &inet_family_ops for PF_INET */
	pf = rcu_dereference(net_families[family]);
	err = -EAFNOSUPPORT;
	if (!pf)
		goto out_release;

	if (!try_module_get(pf->owner))
		goto out_release;

	rcu_read_unlock();

	/* The protocol half: inet_create() builds the struct sock */
	err = pf->create(net, sock, protocol, kern);
	if (err < 0)
		goto out_module_put;

	if (!try_module_get(sock->ops->owner))
		goto out_module_busy;

	module_put(pf->owner);
	err = security_socket_post_create(sock, family, type, protocol, kern);
	if (err)
		goto out_sock_release;
	*res = sock;

	return 0;

out_module_busy:
	/* (err = -EAFNOSUPPORT) */
	......
out_module_put:
	sock->ops = NULL;
	/* (drop the family module reference) */
	......
out_sock_release:
	sock_release(sock);
	return err;

out_release:
	/* (leave the RCU section first) */
	......
	goto out_sock_release;
}

/*
 * __sys_socket -- socket(family, type, protocol)
 * upstream: net/socket.c:1491
 * https://elixir.bootlin.com/linux/v5.4/source/net/socket.c#L1491
 */
int __sys_socket(int family, int type, int protocol)
{
	int retval;
	struct socket *sock;
	int flags;

	......
	/* type also carries SOCK_NONBLOCK / SOCK_CLOEXEC in its high bits */
	flags = type & ~SOCK_TYPE_MASK;
	if (flags & ~(SOCK_CLOEXEC | SOCK_NONBLOCK))
		return -EINVAL;
	type &= SOCK_TYPE_MASK;

	if (SOCK_NONBLOCK != O_NONBLOCK && (flags & SOCK_NONBLOCK))
		flags = (flags & ~SOCK_NONBLOCK) | O_NONBLOCK;

	/* sock_create() = __sock_create(current netns, ..., kern = 0) */
	retval = sock_create(family, type, protocol, &sock);
	if (retval < 0)
		return retval;

	/* File + fd; that fd is what socket() returns */
	return sock_map_fd(sock, flags & (O_CLOEXEC | O_NONBLOCK));
}

/*
 * __sys_bind -- bind(fd, addr, addrlen)
 * upstream: net/socket.c:1633
 * https://elixir.bootlin.com/linux/v5.4/source/net/socket.c#L1633
 */
int __sys_bind(int fd, struct sockaddr __user *umyaddr, int addrlen)
{
	struct socket *sock;
	struct sockaddr_storage address;
	int err, fput_needed;

	/* fd -> struct file -> file->private_data (EBADF, ENOTSOCK) */
	sock = sockfd_lookup_light(fd, &err, &fput_needed);
	if (sock) {
		/* Copy the sockaddr in from userspace */
		err = move_addr_to_kernel(umyaddr, addrlen, &address);
		if (!err) {
			err = security_socket_bind(sock,
						   (struct sockaddr *)&address,
						   addrlen);
			/* inet_bind() for both TCP and UDP */
			if (!err)
				err = sock->ops->bind(sock,
						      (struct sockaddr *)
						      &address, addrlen);
		}
		fput_light(sock->file, fput_needed);
	}
	return err;
}

/*
 * __sys_listen -- listen(fd, backlog)
 * upstream: net/socket.c:1667
 * https://elixir.bootlin.com/linux/v5.4/source/net/socket.c#L1667
 */
int __sys_listen(int fd, int backlog)
{
	struct socket *sock;
	int err, fput_needed;
	int somaxconn;

	sock = sockfd_lookup_light(fd, &err, &fput_needed);
	if (sock) {
		/* net.core.somaxconn (4096 in 5.4) caps the backlog; the unsigned
		 * compare turns a negative backlog into somaxconn too */
		somaxconn = sock_net(sock->sk)->core.sysctl_somaxconn;
		if ((unsigned int)backlog > somaxconn)
			backlog = somaxconn;

		err = security_socket_listen(sock, backlog);
		/* inet_listen() for TCP; sock_no_listen() -> EOPNOTSUPP for UDP */
		if (!err)
			err = sock->ops->listen(sock, backlog);

		fput_light(sock->file, fput_needed);
	}
	return err;
}

/*
 * __sys_accept4 -- accept4(fd, addr, addrlen, flags)
 * upstream: net/socket.c:1705
 * https://elixir.bootlin.com/linux/v5.4/source/net/socket.c#L1705
 */
int __sys_accept4(int fd, struct sockaddr __user *upeer_sockaddr,
		  int __user *upeer_addrlen, int flags)
{
	struct socket *sock, *newsock;
	struct file *newfile;
	int err, len, newfd, fput_needed;
	struct sockaddr_storage address;

	if (flags & ~(SOCK_CLOEXEC | SOCK_NONBLOCK))
		return -EINVAL;

	if (SOCK_NONBLOCK != O_NONBLOCK && (flags & SOCK_NONBLOCK))
		flags = (flags & ~SOCK_NONBLOCK) | O_NONBLOCK;

	/* The listening socket */
	sock = sockfd_lookup_light(fd, &err, &fput_needed);
	if (!sock)
		goto out;

	/* A brand-new struct socket for the connection; no struct sock is made
	 * here: the handshake already made the child sock */
	err = -ENFILE;
	newsock = sock_alloc();
	if (!newsock)
		goto out_put;

	/* Same type and same proto_ops (inet_stream_ops) as the listener */
	newsock->type = sock->type;
	newsock->ops = sock->ops;
	__module_get(newsock->ops->owner);

	newfd = get_unused_fd_flags(flags);
	/* (no free fd: release newsock, fail with that error) */
	......
	/* Its own file; O_NONBLOCK/O_CLOEXEC here come from accept4()'s flags */
	newfile = sock_alloc_file(newsock, flags, sock->sk->sk_prot_creator->name);
	if (IS_ERR(newfile)) {
		err = PTR_ERR(newfile);
		/* (give the fd number back, then out_put) */
		......
	}

	err = security_socket_accept(sock, newsock);
	if (err)
		goto out_fd;

	/* inet_accept(). The flags passed are the *listening* file's f_flags:
	 * whether accept() blocks depends on the listener's O_NONBLOCK */
	err = sock->ops->accept(sock, newsock, sock->file->f_flags, false);
	if (err < 0)
		goto out_fd;

	if (upeer_sockaddr) {
		/* inet_getname(peer = 2): the client's address and port */
		len = newsock->ops->getname(newsock,
					(struct sockaddr *)&address, 2);
		if (len < 0) {
			err = -ECONNABORTED;
			goto out_fd;
		}
		err = move_addr_to_user(&address,
					len, upeer_sockaddr, upeer_addrlen);
		......
	}

	/* File status flags are not inherited from the listener via accept() */
	fd_install(newfd, newfile);
	err = newfd;

out_put:
	fput_light(sock->file, fput_needed);
out:
	return err;
out_fd:
	fput(newfile);
	put_unused_fd(newfd);
	goto out_put;
}

/*
 * __sys_connect -- connect(fd, addr, addrlen)
 * upstream: net/socket.c:1810
 * https://elixir.bootlin.com/linux/v5.4/source/net/socket.c#L1810
 */
int __sys_connect(int fd, struct sockaddr __user *uservaddr, int addrlen)
{
	struct socket *sock;
	struct sockaddr_storage address;
	int err, fput_needed;

	sock = sockfd_lookup_light(fd, &err, &fput_needed);
	if (!sock)
		goto out;
	err = move_addr_to_kernel(uservaddr, addrlen, &address);
	if (err < 0)
		goto out_put;

	err =
	    security_socket_connect(sock, (struct sockaddr *)&address, addrlen);
	if (err)
		goto out_put;

	/* inet_stream_connect() (TCP) or inet_dgram_connect() (UDP); blocking
	 * or not is decided by this socket's own file flags */
	err = sock->ops->connect(sock, (struct sockaddr *)&address, addrlen,
				 sock->file->f_flags);
out_put:
	fput_light(sock->file, fput_needed);
out:
	return err;
}

/*
 * __sys_shutdown -- shutdown(fd, how)
 * upstream: net/socket.c:2151
 * https://elixir.bootlin.com/linux/v5.4/source/net/socket.c#L2151
 */
int __sys_shutdown(int fd, int how)
{
	int err, fput_needed;
	struct socket *sock;

	sock = sockfd_lookup_light(fd, &err, &fput_needed);
	if (sock != NULL) {
		err = security_socket_shutdown(sock, how);
		/* inet_shutdown(). Unlike close(), it acts at once even if other
		 * fds still refer to the same file */
		if (!err)
			err = sock->ops->shutdown(sock, how);
		fput_light(sock->file, fput_needed);
	}
	return err;
}

/*
 * __sys_sendto -- send(), sendto() (and write() on a socket, via sock_sendmsg)
 * upstream: net/socket.c:1921
 * https://elixir.bootlin.com/linux/v5.4/source/net/socket.c#L1921
 */
int __sys_sendto(int fd, void __user *buff, size_t len, unsigned int flags,
		 struct sockaddr __user *addr,  int addr_len)
{
	struct socket *sock;
	struct sockaddr_storage address;
	int err;
	struct msghdr msg;
	struct iovec iov;
	int fput_needed;

	/* the user's buffer becomes the message's data */
	err = import_single_range(WRITE, buff, len, &iov, &msg.msg_iter);
	if (unlikely(err))
		return err;
	sock = sockfd_lookup_light(fd, &err, &fput_needed);
	if (!sock)
		goto out;

	msg.msg_name = NULL;
	msg.msg_control = NULL;
	msg.msg_controllen = 0;
	msg.msg_namelen = 0;
	/* sendto(): the destination travels in msg_name */
	if (addr) {
		err = move_addr_to_kernel(addr, addr_len, &address);
		if (err < 0)
			goto out_put;
		msg.msg_name = (struct sockaddr *)&address;
		msg.msg_namelen = addr_len;
	}
	if (sock->file->f_flags & O_NONBLOCK)
		flags |= MSG_DONTWAIT;
	msg.msg_flags = flags;
	/* sock->ops->sendmsg: inet_sendmsg */
	err = sock_sendmsg(sock, &msg);

out_put:
	fput_light(sock->file, fput_needed);
out:
	return err;
}

/*
 * __sys_recvfrom -- recv(), recvfrom() (and read() on a socket, via sock_recvmsg)
 * upstream: net/socket.c:1982
 * https://elixir.bootlin.com/linux/v5.4/source/net/socket.c#L1982
 */
int __sys_recvfrom(int fd, void __user *ubuf, size_t size, unsigned int flags,
		   struct sockaddr __user *addr, int __user *addr_len)
{
	struct socket *sock;
	struct iovec iov;
	struct msghdr msg;
	struct sockaddr_storage address;
	int err, err2;
	int fput_needed;

	err = import_single_range(READ, ubuf, size, &iov, &msg.msg_iter);
	if (unlikely(err))
		return err;
	sock = sockfd_lookup_light(fd, &err, &fput_needed);
	if (!sock)
		goto out;

	msg.msg_control = NULL;
	msg.msg_controllen = 0;
	/* recvfrom() wants the sender's address; recv() passes NULL */
	msg.msg_name = addr ? (struct sockaddr *)&address : NULL;
	msg.msg_namelen = 0;
	msg.msg_iocb = NULL;
	msg.msg_flags = 0;
	/* a non-blocking file makes every receive MSG_DONTWAIT */
	if (sock->file->f_flags & O_NONBLOCK)
		flags |= MSG_DONTWAIT;
	/* sock->ops->recvmsg: inet_recvmsg */
	err = sock_recvmsg(sock, &msg, flags);

	if (err >= 0 && addr != NULL) {
		err2 = move_addr_to_user(&address,
					 msg.msg_namelen, addr, addr_len);
		if (err2 < 0)
			err = err2;
	}

	fput_light(sock->file, fput_needed);
out:
	return err;
}

/*
 * __sys_getsockname -- getsockname(): the socket's own address
 * upstream: net/socket.c:1847
 * https://elixir.bootlin.com/linux/v5.4/source/net/socket.c#L1847
 */
int __sys_getsockname(int fd, struct sockaddr __user *usockaddr,
		      int __user *usockaddr_len)
{
	struct socket *sock;
	struct sockaddr_storage address;
	int err, fput_needed;

	sock = sockfd_lookup_light(fd, &err, &fput_needed);
	if (!sock)
		goto out;

	err = security_socket_getsockname(sock);
	if (err)
		goto out_put;

	/* sock->ops->getname: inet_getname, peer = 0 */
	err = sock->ops->getname(sock, (struct sockaddr *)&address, 0);
	if (err < 0)
		goto out_put;
        /* "err" is actually length in this case */
	err = move_addr_to_user(&address, err, usockaddr, usockaddr_len);

out_put:
	fput_light(sock->file, fput_needed);
out:
	return err;
}

/*
 * __sys_getpeername -- getpeername(): the connected peer's address
 * upstream: net/socket.c:1885
 * https://elixir.bootlin.com/linux/v5.4/source/net/socket.c#L1885
 */
int __sys_getpeername(int fd, struct sockaddr __user *usockaddr,
		      int __user *usockaddr_len)
{
	struct socket *sock;
	struct sockaddr_storage address;
	int err, fput_needed;

	sock = sockfd_lookup_light(fd, &err, &fput_needed);
	if (sock != NULL) {
		err = security_socket_getpeername(sock);
		if (err) {
			fput_light(sock->file, fput_needed);
			return err;
		}

		/* the same inet_getname, peer = 1: ENOTCONN without a peer */
		err = sock->ops->getname(sock, (struct sockaddr *)&address, 1);
		if (err >= 0)
			/* "err" is actually length in this case */
			err = move_addr_to_user(&address, err, usockaddr,
						usockaddr_len);
		fput_light(sock->file, fput_needed);
	}
	return err;
}

/*
 * sock_poll -- a socket file's f_op->poll: what poll() and epoll ask
 * upstream: net/socket.c:1239
 * https://elixir.bootlin.com/linux/v5.4/source/net/socket.c#L1239
 */
static __poll_t sock_poll(struct file *file, poll_table *wait)
{
	struct socket *sock = file->private_data;
	__poll_t events = poll_requested_events(wait), flag = 0;

	if (!sock->ops->poll)
		return 0;
	......
	/* sock->ops->poll: tcp_poll (inet_stream_ops), udp_poll (inet_dgram_ops) */
	return sock->ops->poll(file, sock, wait) | flag;
}
