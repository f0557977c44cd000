// net/socket.c: the system-call entries of the BSD socket layer and the socket ↔ file glue.
// __sys_socket, __sys_bind, __sys_listen, __sys_accept4, __sys_connect, __sys_shutdown, close().

import { Sim } from '../core/engine';
import { frame, line } from '../core/mark';
import { currentProcess } from '../world/current';
import { File, Socket, SockaddrIn } from '../include/linux/net';
import type { Msghdr, PollTable } from '../include/linux/net';
import {
  ERRNO, NPROTO, SOCK_CLOEXEC, SOCK_MAX, SOCK_NONBLOCK, SOCK_TYPE_MASK, O_NONBLOCK, MSG_DONTWAIT, SOL_SOCKET,
  O_RDWR, F_GETFD, F_SETFD, F_GETFL, F_SETFL, FD_CLOEXEC, SO_ERROR, errnoName,
} from '../include/uapi';
import { sock_getsockopt, sock_setsockopt } from './core/sock';
import { NotSimulated } from '../include/linux/ops';
import type { Eventpoll } from '../include/linux/eventpoll';
import { eventpoll_release, ep_free } from '../fs/eventpoll';
import type { Net } from '../include/net/net_namespace';

const { EAFNOSUPPORT, EINVAL, EBADF, ENOTSOCK, ENOPROTOOPT, ENOBUFS, EEXIST } = ERRNO;

/** A protocol family's entry in net_families (struct net_proto_family). */
export interface NetProtoFamily {
  name: string;
  family: number;
  create: (net: Net, sock: Socket, protocol: number, kern: number) => Sim<number>;
}

/** net_families[NPROTO]: filled by sock_register (inet_init registers AF_INET); the rest stay empty here. */
export const net_families: Array<NetProtoFamily | undefined> = [];

/** sock_register(): a protocol family's create() becomes reachable from socket(). */
export function sock_register(ops: NetProtoFamily): number {
  if (ops.family >= NPROTO) return -ENOBUFS;
  if (net_families[ops.family]) return -EEXIST;
  net_families[ops.family] = ops;
  return 0;
}

/** sock_alloc(): a sockfs inode with its struct socket inside. */
export function* sock_alloc(): Sim<Socket> {
  line`new_inode_pseudo(sock_mnt->mnt_sb)`;
  line`sock = SOCKET_I(inode)`;
  const sock = new Socket();
  frame.sock = sock;
  line`return sock;`;
  return sock;
}

export function* sock_alloc_file(sock: Socket, flags: number): Sim<File> {
  line`file = alloc_file_pseudo(`;
  const file = new File(sock);
  file.f_flags = O_RDWR | (flags & O_NONBLOCK);
  frame.file = file;
  line`sock->file = file;`;
  sock.file = file;
  line`file->private_data = sock;`;
  return file;
}

export function* sock_map_fd(sock: Socket, flags: number): Sim<number> {
  const p = currentProcess();
  line`get_unused_fd_flags(flags)`;
  const fd = p.unusedFd();
  frame.fd = fd;
  if (fd < 0) {
    // sock_release(sock) (the socket never had a file)
    yield* __sock_release(sock);
    return fd;
  }
  line`sock_alloc_file(sock, flags, NULL)`;
  const file = yield* sock_alloc_file(sock, flags);
  frame.newfile = file;
  line`fd_install(fd, newfile)`;
  p.fdtable.set(fd, file);
  if (flags & SOCK_CLOEXEC) p.closeOnExec.add(fd);
  return fd;
}

/** __sock_create(): allocate the socket and let the family's create() fill it in. */
export function* __sock_create(net: Net, family: number, type: number, protocol: number, kern: number): Sim<Socket | number> {
  line`if (family < 0 || family >= NPROTO)`;
  if (family < 0 || family >= NPROTO) return -EAFNOSUPPORT;
  line`if (type < 0 || type >= SOCK_MAX)`;
  if (type < 0 || type >= SOCK_MAX) return -EINVAL;
  line`sock = sock_alloc();`;
  const sock = yield* sock_alloc();
  frame.sock = sock;
  line`sock->type = type;`;
  sock.type = type;
  line`pf = rcu_dereference(net_families[family]);`;
  const pf = net_families[family] ?? null;
  frame.pf = pf;
  line`if (!pf)`;
  if (!pf) {
    line`sock_release(sock);`;
    sock.released = true;
    return -EAFNOSUPPORT;
  }
  line`err = pf->create(net, sock, protocol, kern);`;
  const err = yield* pf.create(net, sock, protocol, kern);
  frame.err = err;
  if (err < 0) {
    line`sock_release(sock);`;
    sock.released = true;
    return err;
  }
  line`*res = sock;`;
  return sock;
}

export function* __sys_socket(family: number, type: number, protocol: number): Sim<number> {
  line`flags = type & ~SOCK_TYPE_MASK;`;
  const flags = type & ~SOCK_TYPE_MASK;
  frame.flags = flags;
  line`if (flags & ~(SOCK_CLOEXEC | SOCK_NONBLOCK))`;
  if (flags & ~(SOCK_CLOEXEC | SOCK_NONBLOCK)) return -EINVAL;
  line`type &= SOCK_TYPE_MASK;`;
  type &= SOCK_TYPE_MASK;
  frame.type = type;
  line`retval = sock_create(family, type, protocol, &sock);`;
  const net = currentProcess().host.net;
  const r = yield* __sock_create(net, family, type, protocol, 0);
  if (typeof r === 'number') {
    frame.retval = r;
    return r;
  }
  frame.sock = r;
  line`return sock_map_fd(sock, flags & (O_CLOEXEC | O_NONBLOCK));`;
  return yield* sock_map_fd(r, flags & (SOCK_CLOEXEC | O_NONBLOCK));
}

/** sockfd_lookup_light(): fd → socket, or EBADF / ENOTSOCK. Descriptors 0–2 are the terminal. */
export function sockfd_lookup(fd: number): Socket | number {
  const p = currentProcess();
  const file = p.fdtable.get(fd);
  if (!file) return fd >= 0 && fd <= 2 ? -ENOTSOCK : -EBADF;
  // (an epoll instance's file is no socket)
  if (file.f_op !== 'socket_file_ops') return -ENOTSOCK;
  return file.private_data as Socket;
}

export function* __sys_bind(fd: number, addr: SockaddrIn, addrlen: number): Sim<number> {
  frame({ fd, umyaddr: addr, addrlen });

  line`sock = sockfd_lookup_light(fd, &err, &fput_needed);`;
  const sock = sockfd_lookup(fd);
  if (typeof sock === 'number') return sock;
  frame.sock = sock;
  line`err = move_addr_to_kernel(umyaddr, addrlen, &address);`;
  line`err = sock->ops->bind(sock,`;
  const err = yield* sock.ops!.bind!(sock, addr, addrlen);
  frame.err = err;
  line`return err;`;
  return err;
}

export function* __sys_listen(fd: number, backlog: number): Sim<number> {
  line`sock = sockfd_lookup_light(fd, &err, &fput_needed);`;
  const sock = sockfd_lookup(fd);
  if (typeof sock === 'number') return sock;
  frame.sock = sock;
  line`somaxconn = sock_net(sock->sk)->core.sysctl_somaxconn;`;
  const somaxconn = sock.sk!.sk_net.sysctl['net.core.somaxconn'];
  frame.somaxconn = somaxconn;
  line`if ((unsigned int)backlog > somaxconn)`;
  // the comparison is unsigned: a negative backlog becomes somaxconn too
  if (backlog >>> 0 > somaxconn) {
    backlog = somaxconn;
    frame.backlog = backlog;
  }
  line`err = sock->ops->listen(sock, backlog);`;
  const err = yield* sock.ops!.listen!(sock, backlog);
  frame.err = err;
  line`return err;`;
  return err;
}

export function* __sys_accept4(fd: number, flags: number): Sim<number> {
  line`if (flags & ~(SOCK_CLOEXEC | SOCK_NONBLOCK))`;
  if (flags & ~(SOCK_CLOEXEC | SOCK_NONBLOCK)) return -EINVAL;
  line`sock = sockfd_lookup_light(fd, &err, &fput_needed);`;
  const sock = sockfd_lookup(fd);
  if (typeof sock === 'number') return sock;
  frame.sock = sock;
  line`newsock = sock_alloc();`;
  const newsock = yield* sock_alloc();
  frame.newsock = newsock;
  line`newsock->type = sock->type;`;
  newsock.type = sock.type;
  line`newsock->ops = sock->ops;`;
  newsock.ops = sock.ops;
  const p = currentProcess();
  line`newfd = get_unused_fd_flags(flags);`;
  // the descriptor is reserved now, installed only when accept succeeds
  const newfd = p.unusedFd();
  frame.newfd = newfd;
  if (newfd < 0) {
    // err = newfd; sock_release(newsock); goto out_put;
    yield* __sock_release(newsock);
    return newfd;
  }
  line`newfile = sock_alloc_file(newsock, flags, sock->sk->sk_prot_creator->name);`;
  const newfile = yield* sock_alloc_file(newsock, flags);
  frame.newfile = newfile;
  p.fdtable.set(newfd, reserved(newfile));
  line`err = sock->ops->accept(sock, newsock, sock->file->f_flags, false);`;
  // O_NONBLOCK here is the listening file's, not accept4's flags
  const err = yield* sock.ops!.accept!(sock, newsock, sock.file!.f_flags, false);
  frame.err = err;
  if (err < 0) {
    line`fput(newfile);`;
    p.putFd(newfd);
    newsock.released = true;
    return err;
  }
  line`fd_install(newfd, newfile);`;
  newfile.reserved = false;
  if (flags & SOCK_CLOEXEC) p.closeOnExec.add(newfd);
  return newfd;
}

function reserved(file: File): File {
  file.reserved = true;
  return file;
}

export function* __sys_connect(fd: number, addr: SockaddrIn, addrlen: number): Sim<number> {
  frame({ fd, uservaddr: addr, addrlen });

  line`sock = sockfd_lookup_light(fd, &err, &fput_needed);`;
  const sock = sockfd_lookup(fd);
  if (typeof sock === 'number') return sock;
  frame.sock = sock;
  line`err = move_addr_to_kernel(uservaddr, addrlen, &address);`;
  line`err = sock->ops->connect(sock, (struct sockaddr *)&address, addrlen,`;
  const err = yield* sock.ops!.connect!(sock, addr, addrlen, sock.file!.f_flags);
  frame.err = err;
  line`return err;`;
  return err;
}

export function* __sys_shutdown(fd: number, how: number): Sim<number> {
  line`sock = sockfd_lookup_light(fd, &err, &fput_needed);`;
  const sock = sockfd_lookup(fd);
  if (typeof sock === 'number') return sock;
  frame.sock = sock;
  line`err = sock->ops->shutdown(sock, how);`;
  const err = yield* sock.ops!.shutdown!(sock, how);
  frame.err = err;
  return err;
}

export function* __sock_release(sock: Socket): Sim<void> {
  if (sock.ops) {
    line`sock->ops->release(sock);`;
    yield* sock.ops.release!(sock);
    line`sock->sk = NULL;`;
    sock.sk = null;
  }
  line`sock->file = NULL;`;
  sock.file = null;
  sock.released = true;
}

/** sock_close(): the file's release op, reached when the last reference to the file goes. */
export function* sock_close(file: File): Sim<number> {
  line`__sock_release(SOCKET_I(inode), inode);`;
  yield* __sock_release(file.private_data as Socket);
  return 0;
}

/**
 * fput() (fs/file_table.c): one reference to the file fewer; the last one runs __fput —
 * eventpoll_release() takes the file's epoll items away first, then the file's release: sock_close
 * for a socket, ep_eventpoll_release (ep_free) for an epoll instance.
 */
export function* fput(file: File): Sim<void> {
  if (--file.f_count !== 0) return;
  eventpoll_release(file);
  if (file.f_op === 'eventpoll_fops') ep_free(file.private_data as Eventpoll);
  else yield* sock_close(file);
}

/** close(fd): __close_fd drops the descriptor; the last fput runs sock_close. */
export function* ksys_close(fd: number): Sim<number> {
  const p = currentProcess();
  const file = p.fdtable.get(fd);
  if (!file || file.reserved) return -EBADF;
  p.putFd(fd);
  yield* fput(file);
  return 0;
}

/** SETFL_MASK (fs/fcntl.c): the flags F_SETFL may change — O_APPEND, O_NONBLOCK, O_NDELAY (= O_NONBLOCK), O_DIRECT, O_NOATIME. */
const SETFL_MASK = 0o2000 | O_NONBLOCK | 0o40000 | 0o1000000;

/**
 * do_fcntl() (fs/fcntl.c) for the commands socket programs use: F_GETFD / F_SETFD (FD_CLOEXEC, the
 * descriptor's own flag), F_GETFL (the file's f_flags: O_RDWR and O_NONBLOCK for a socket) and
 * F_SETFL (setfl: only SETFL_MASK's bits change). Others are not simulated. Not annotated.
 */
export function do_fcntl(fd: number, cmd: number, arg: number): number {
  const p = currentProcess();
  const file = p.fdtable.get(fd);
  if (!file || file.reserved) return -EBADF;
  switch (cmd) {
    case F_GETFD:
      return p.closeOnExec.has(fd) ? FD_CLOEXEC : 0;
    case F_SETFD:
      if (arg & FD_CLOEXEC) p.closeOnExec.add(fd);
      else p.closeOnExec.delete(fd);
      return 0;
    case F_GETFL:
      return file.f_flags;
    case F_SETFL:
      file.f_flags = (arg & SETFL_MASK) | (file.f_flags & ~SETFL_MASK);
      return 0;
  }
  throw new NotSimulated(`fcntl() command ${cmd}`);
}

/** __sys_sendto(): send()/sendto() — the data and the optional address become a msghdr for sock->ops->sendmsg. */
export function* __sys_sendto(fd: number, data: string, flags: number, addr: SockaddrIn | null): Sim<number> {
  frame({ fd, len: data.length, flags, addr });

  line`sock = sockfd_lookup_light(fd, &err, &fput_needed);`;
  const sock = sockfd_lookup(fd);
  if (typeof sock === 'number') return sock;
  frame.sock = sock;
  const msg: Msghdr = { msg_name: null, msg_namelen: 0, data, msg_flags: 0 };
  frame.msg = msg;
  line`if (addr) {`;
  if (addr) {
    line`msg.msg_name = (struct sockaddr *)&address;`;
    msg.msg_name = { ...addr };
    msg.msg_namelen = 16;
  }
  line`if (sock->file->f_flags & O_NONBLOCK)`;
  if (sock.file!.f_flags & O_NONBLOCK) flags |= MSG_DONTWAIT;
  msg.msg_flags = flags;
  line`err = sock_sendmsg(sock, &msg);`;
  const err = yield* sock.ops!.sendmsg!(sock, msg, data.length);
  frame.err = err;
  line`return err;#2`;
  return err;
}

/** __sys_recvfrom(): recv()/recvfrom() — sock->ops->recvmsg fills the data and, for recvfrom, the sender. */
export function* __sys_recvfrom(fd: number, size: number, flags: number, wantAddr: boolean): Sim<{ ret: number; data?: string; from?: SockaddrIn }> {
  frame({ fd, size, flags });

  line`sock = sockfd_lookup_light(fd, &err, &fput_needed);`;
  const sock = sockfd_lookup(fd);
  if (typeof sock === 'number') return { ret: sock };
  frame.sock = sock;
  line`msg.msg_name = addr ? (struct sockaddr *)&address : NULL;`;
  const msg: Msghdr = { msg_name: wantAddr ? { sin_family: 0, sin_addr: '0.0.0.0', sin_port: 0 } : null, msg_namelen: 0, data: '', msg_flags: 0 };
  frame.msg = msg;
  line`if (sock->file->f_flags & O_NONBLOCK)`;
  if (sock.file!.f_flags & O_NONBLOCK) flags |= MSG_DONTWAIT;
  line`err = sock_recvmsg(sock, &msg, flags);`;
  const err = yield* sock.ops!.recvmsg!(sock, msg, size, flags);
  frame.err = err;
  line`if (err >= 0 && addr != NULL) {`;
  line`return err;#2`;
  if (err < 0) return { ret: err };
  return { ret: err, data: msg.data, ...(msg.msg_name ? { from: msg.msg_name } : {}) };
}

/**
 * __sys_setsockopt(): SOL_SOCKET options in sock_setsockopt, the rest through sock->ops->setsockopt
 * (sock_common_setsockopt → sk->sk_prot->setsockopt). Not annotated: no lines to step through.
 */
export function __sys_setsockopt(fd: number, level: number, optname: number, optval: number, linger?: number): number {
  const sock = sockfd_lookup(fd);
  if (typeof sock === 'number') return sock;
  if (level === SOL_SOCKET) return sock_setsockopt(sock, optname, optval, linger);
  if (!sock.ops?.setsockopt) return -ENOPROTOOPT;
  return sock.ops.setsockopt(sock, level, optname, optval, linger);
}

/**
 * __sys_getsockopt(): SOL_SOCKET options in sock_getsockopt (the value as the result's data: SO_ERROR's
 * errno by name, as strace shows it — `ECONNREFUSED`, or `0`); other levels go to sock->ops->getsockopt,
 * not simulated. Not annotated: no lines to step through.
 */
export function __sys_getsockopt(fd: number, level: number, optname: number): number | { ret: number; data: string } {
  const sock = sockfd_lookup(fd);
  if (typeof sock === 'number') return sock;
  if (level !== SOL_SOCKET) throw new NotSimulated(`getsockopt() at level ${level}`);
  const v = sock_getsockopt(sock, optname);
  return { ret: 0, data: optname === SO_ERROR && v !== 0 ? errnoName(v) : String(v) };
}

/** __sys_getsockname(): the socket's own address, through sock->ops->getname (peer 0); 0 or an errno. */
export function* __sys_getsockname(fd: number): Sim<number> {
  frame({ fd });

  line`sock = sockfd_lookup_light(fd, &err, &fput_needed);`;
  const sock = sockfd_lookup(fd);
  if (typeof sock === 'number') return sock;
  frame.sock = sock;
  const address: SockaddrIn = { sin_family: 0, sin_addr: '0.0.0.0', sin_port: 0 };
  frame.address = address;
  line`err = sock->ops->getname(sock, (struct sockaddr *)&address, 0);`;
  let err = yield* sock.ops!.getname!(sock, address, 0);
  frame.err = err;
  line`if (err < 0)`;
  if (err < 0) return err;
  line`err = move_addr_to_user(&address, err, usockaddr, usockaddr_len);`;
  err = 0;
  frame.err = err;
  line`return err;`;
  return err;
}

/** __sys_getpeername(): the peer's address (sock->ops->getname, peer 1); 0, or ENOTCONN without a peer. */
export function* __sys_getpeername(fd: number): Sim<number> {
  frame({ fd });

  line`sock = sockfd_lookup_light(fd, &err, &fput_needed);`;
  const sock = sockfd_lookup(fd);
  if (typeof sock === 'number') return sock;
  frame.sock = sock;
  const address: SockaddrIn = { sin_family: 0, sin_addr: '0.0.0.0', sin_port: 0 };
  frame.address = address;
  line`err = sock->ops->getname(sock, (struct sockaddr *)&address, 1);`;
  let err = yield* sock.ops!.getname!(sock, address, 1);
  frame.err = err;
  line`if (err >= 0)`;
  if (err >= 0) {
    line`err = move_addr_to_user(&address, err, usockaddr,`;
    err = 0;
    frame.err = err;
  }
  line`return err;#2`;
  return err;
}

/** sock_poll() = socket_file_ops.poll: what poll() and epoll ask a socket's file — sock->ops->poll. */
export function* sock_poll(file: File, wait: PollTable | null): Sim<number> {
  const sock = file.private_data as Socket;
  frame({ file, sock, wait });
  line`if (!sock->ops->poll)`;
  if (!sock.ops?.poll) return 0;
  line`return sock->ops->poll(file, sock, wait) | flag;`;
  const mask = yield* sock.ops.poll(file, sock, wait);
  frame.mask = mask;
  return mask;
}
