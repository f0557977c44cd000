// generated — do not edit. Written by scripts/gen-kernel.ts from src/kernel/net/socket.ts
// @ts-nocheck
// net/socket.c: the system-call entries of the BSD socket layer and the socket ↔ file glue.
// __sys_socket, __sys_bind, __sys_listen, __sys_accept4, __sys_connect, __sys_shutdown, close().

import { Sim } from '../../core/engine';
import { at, enter, leave } from '../../core/engine';
import { defineFn } from '../../core/anchors';
import { currentProcess } from '../../world/current';
import { File, Socket, SockaddrIn } from '../../include/linux/net';
import type { Msghdr, PollTable } from '../../include/linux/net';
import {
  ERRNO, NPROTO, SOCK_CLOEXEC, SOCK_MAX, SOCK_NONBLOCK, SOCK_TYPE_MASK, O_NONBLOCK, MSG_DONTWAIT, SOL_SOCKET,
  O_RDWR, F_GETFD, F_SETFD, F_GETFL, F_SETFL, FD_CLOEXEC, SO_ERROR, errnoName,
} from '../../include/uapi';
import { sock_getsockopt, sock_setsockopt } from './core/sock';
import { NotSimulated } from '../../include/linux/ops';
import type { Eventpoll } from '../../include/linux/eventpoll';
import { eventpoll_release, ep_free } from '../fs/eventpoll';
import type { Net } from '../../include/net/net_namespace';

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
const A$sock_alloc = defineFn('net/socket.c', 'sock_alloc', [81, 86, 95]);

/** sock_alloc(): a sockfs inode with its struct socket inside. */
export function* sock_alloc(): Sim<Socket> {
  const $f = enter(A$sock_alloc, {});
  try {
  if (at(A$sock_alloc.L81)) yield;
  if (at(A$sock_alloc.L86)) yield;
  const sock = new Socket();
  $f.vars.sock = sock;
  if (at(A$sock_alloc.L95)) yield;
  return sock;
  } finally {
    leave($f);
  }
}
const A$sock_alloc_file = defineFn('net/socket.c', 'sock_alloc_file', [26, 37, 38]);

export function* sock_alloc_file(sock: Socket, flags: number): Sim<File> {
  const $f = enter(A$sock_alloc_file, { sock, flags });
  try {
  if (at(A$sock_alloc_file.L26)) yield;
  const file = new File(sock);
  file.f_flags = O_RDWR | (flags & O_NONBLOCK);
  $f.vars.file = file;
  if (at(A$sock_alloc_file.L37)) yield;
  sock.file = file;
  if (at(A$sock_alloc_file.L38)) yield;
  return file;
  } finally {
    leave($f);
  }
}
const A$sock_map_fd = defineFn('net/socket.c', 'sock_map_fd', [51, 58, 61]);

export function* sock_map_fd(sock: Socket, flags: number): Sim<number> {
  const $f = enter(A$sock_map_fd, { sock, flags });
  try {
  const p = currentProcess();
  if (at(A$sock_map_fd.L51)) yield;
  const fd = p.unusedFd();
  $f.vars.fd = fd;
  if (fd < 0) {
    // sock_release(sock) (the socket never had a file)
    ($E.fast || $E.twinOk[__sock_release.k] === 1 ? __sock_release$fast(sock) : yield* __sock_release(sock));
    return fd;
  }
  if (at(A$sock_map_fd.L58)) yield;
  const file = ($E.fast || $E.twinOk[sock_alloc_file.k] === 1 ? sock_alloc_file$fast(sock, flags) : yield* sock_alloc_file(sock, flags));
  $f.vars.newfile = file;
  if (at(A$sock_map_fd.L61)) yield;
  p.fdtable.set(fd, file);
  if (flags & SOCK_CLOEXEC) p.closeOnExec.add(fd);
  return fd;
  } finally {
    leave($f);
  }
}
const A$__sock_create = defineFn('net/socket.c', '__sock_create', [158, 160, 170, 176, 186, 188, 197, 208, 220]);

/** __sock_create(): allocate the socket and let the family's create() fill it in. */
export function* __sock_create(net: Net, family: number, type: number, protocol: number, kern: number): Sim<Socket | number> { let $t: any;
  const $f = enter(A$__sock_create, { net, family, type, protocol, kern });
  try {
  if (at(A$__sock_create.L158)) yield;
  if (family < 0 || family >= NPROTO) return -EAFNOSUPPORT;
  if (at(A$__sock_create.L160)) yield;
  if (type < 0 || type >= SOCK_MAX) return -EINVAL;
  if (at(A$__sock_create.L170)) yield;
  const sock = ($E.fast || $E.twinOk[sock_alloc.k] === 1 ? sock_alloc$fast() : yield* sock_alloc());
  $f.vars.sock = sock;
  if (at(A$__sock_create.L176)) yield;
  sock.type = type;
  if (at(A$__sock_create.L186)) yield;
  const pf = net_families[family] ?? null;
  $f.vars.pf = pf;
  if (at(A$__sock_create.L188)) yield;
  if (!pf) {
    if (at(A$__sock_create.L220)) yield;
    sock.released = true;
    return -EAFNOSUPPORT;
  }
  if (at(A$__sock_create.L197)) yield;
  const err = (($t = pf.create).fast !== undefined && ($E.fast || $E.twinOk[$t.k] === 1) ? $t.fast(net, sock, protocol, kern) : yield* pf.create(net, sock, protocol, kern));
  $f.vars.err = err;
  if (err < 0) {
    if (at(A$__sock_create.L220)) yield;
    sock.released = true;
    return err;
  }
  if (at(A$__sock_create.L208)) yield;
  return sock;
  } finally {
    leave($f);
  }
}
const A$__sys_socket = defineFn('net/socket.c', '__sys_socket', [242, 243, 245, 251, 256]);

export function* __sys_socket(family: number, type: number, protocol: number): Sim<number> {
  const $f = enter(A$__sys_socket, { family, type, protocol });
  try {
  if (at(A$__sys_socket.L242)) yield;
  const flags = type & ~SOCK_TYPE_MASK;
  $f.vars.flags = flags;
  if (at(A$__sys_socket.L243)) yield;
  if (flags & ~(SOCK_CLOEXEC | SOCK_NONBLOCK)) return -EINVAL;
  if (at(A$__sys_socket.L245)) yield;
  type &= SOCK_TYPE_MASK;
  $f.vars.type = type;
  if (at(A$__sys_socket.L251)) yield;
  const net = currentProcess().host.net;
  const r = ($E.fast || $E.twinOk[__sock_create.k] === 1 ? __sock_create$fast(net, family, type, protocol, 0) : yield* __sock_create(net, family, type, protocol, 0));
  if (typeof r === 'number') {
    $f.vars.retval = r;
    return r;
  }
  $f.vars.sock = r;
  if (at(A$__sys_socket.L256)) yield;
  return ($E.fast || $E.twinOk[sock_map_fd.k] === 1 ? sock_map_fd$fast(r, flags & (SOCK_CLOEXEC | O_NONBLOCK)) : yield* sock_map_fd(r, flags & (SOCK_CLOEXEC | O_NONBLOCK)));
  } finally {
    leave($f);
  }
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
const A$__sys_bind = defineFn('net/socket.c', '__sys_bind', [271, 274, 281, 287]);

export function* __sys_bind(fd: number, addr: SockaddrIn, addrlen: number): Sim<number> { let $t: any;
  const $f = enter(A$__sys_bind, { fd, umyaddr: addr, addrlen });
  try {

  if (at(A$__sys_bind.L271)) yield;
  const sock = sockfd_lookup(fd);
  if (typeof sock === 'number') return sock;
  $f.vars.sock = sock;
  if (at(A$__sys_bind.L274)) yield;
  if (at(A$__sys_bind.L281)) yield;
  const err = (($t = sock.ops!.bind!).fast !== undefined && ($E.fast || $E.twinOk[$t.k] === 1) ? $t.fast(sock, addr, addrlen) : yield* sock.ops!.bind!(sock, addr, addrlen));
  $f.vars.err = err;
  if (at(A$__sys_bind.L287)) yield;
  return err;
  } finally {
    leave($f);
  }
}
const A$__sys_listen = defineFn('net/socket.c', '__sys_listen', [301, 305, 306, 312, 316]);

export function* __sys_listen(fd: number, backlog: number): Sim<number> { let $t: any;
  const $f = enter(A$__sys_listen, { fd, backlog });
  try {
  if (at(A$__sys_listen.L301)) yield;
  const sock = sockfd_lookup(fd);
  if (typeof sock === 'number') return sock;
  $f.vars.sock = sock;
  if (at(A$__sys_listen.L305)) yield;
  const somaxconn = sock.sk!.sk_net.sysctl['net.core.somaxconn'];
  $f.vars.somaxconn = somaxconn;
  if (at(A$__sys_listen.L306)) yield;
  // the comparison is unsigned: a negative backlog becomes somaxconn too
  if (backlog >>> 0 > somaxconn) {
    backlog = somaxconn;
    $f.vars.backlog = backlog;
  }
  if (at(A$__sys_listen.L312)) yield;
  const err = (($t = sock.ops!.listen!).fast !== undefined && ($E.fast || $E.twinOk[$t.k] === 1) ? $t.fast(sock, backlog) : yield* sock.ops!.listen!(sock, backlog));
  $f.vars.err = err;
  if (at(A$__sys_listen.L316)) yield;
  return err;
  } finally {
    leave($f);
  }
}
const A$__sys_accept4 = defineFn('net/socket.c', '__sys_accept4', [332, 339, 346, 351, 352, 355, 359, 372, 390, 398]);

export function* __sys_accept4(fd: number, flags: number): Sim<number> { let $t: any;
  const $f = enter(A$__sys_accept4, { fd, flags });
  try {
  if (at(A$__sys_accept4.L332)) yield;
  if (flags & ~(SOCK_CLOEXEC | SOCK_NONBLOCK)) return -EINVAL;
  if (at(A$__sys_accept4.L339)) yield;
  const sock = sockfd_lookup(fd);
  if (typeof sock === 'number') return sock;
  $f.vars.sock = sock;
  if (at(A$__sys_accept4.L346)) yield;
  const newsock = ($E.fast || $E.twinOk[sock_alloc.k] === 1 ? sock_alloc$fast() : yield* sock_alloc());
  $f.vars.newsock = newsock;
  if (at(A$__sys_accept4.L351)) yield;
  newsock.type = sock.type;
  if (at(A$__sys_accept4.L352)) yield;
  newsock.ops = sock.ops;
  const p = currentProcess();
  if (at(A$__sys_accept4.L355)) yield;
  // the descriptor is reserved now, installed only when accept succeeds
  const newfd = p.unusedFd();
  $f.vars.newfd = newfd;
  if (newfd < 0) {
    // err = newfd; sock_release(newsock); goto out_put;
    ($E.fast || $E.twinOk[__sock_release.k] === 1 ? __sock_release$fast(newsock) : yield* __sock_release(newsock));
    return newfd;
  }
  if (at(A$__sys_accept4.L359)) yield;
  const newfile = ($E.fast || $E.twinOk[sock_alloc_file.k] === 1 ? sock_alloc_file$fast(newsock, flags) : yield* sock_alloc_file(newsock, flags));
  $f.vars.newfile = newfile;
  p.fdtable.set(newfd, reserved(newfile));
  if (at(A$__sys_accept4.L372)) yield;
  // O_NONBLOCK here is the listening file's, not accept4's flags
  const err = (($t = sock.ops!.accept!).fast !== undefined && ($E.fast || $E.twinOk[$t.k] === 1) ? $t.fast(sock, newsock, sock.file!.f_flags, false) : yield* sock.ops!.accept!(sock, newsock, sock.file!.f_flags, false));
  $f.vars.err = err;
  if (err < 0) {
    if (at(A$__sys_accept4.L398)) yield;
    p.putFd(newfd);
    newsock.released = true;
    return err;
  }
  if (at(A$__sys_accept4.L390)) yield;
  newfile.reserved = false;
  if (flags & SOCK_CLOEXEC) p.closeOnExec.add(newfd);
  return newfd;
  } finally {
    leave($f);
  }
}

function reserved(file: File): File {
  file.reserved = true;
  return file;
}
const A$__sys_connect = defineFn('net/socket.c', '__sys_connect', [414, 417, 428, 433]);

export function* __sys_connect(fd: number, addr: SockaddrIn, addrlen: number): Sim<number> { let $t: any;
  const $f = enter(A$__sys_connect, { fd, uservaddr: addr, addrlen });
  try {

  if (at(A$__sys_connect.L414)) yield;
  const sock = sockfd_lookup(fd);
  if (typeof sock === 'number') return sock;
  $f.vars.sock = sock;
  if (at(A$__sys_connect.L417)) yield;
  if (at(A$__sys_connect.L428)) yield;
  const err = (($t = sock.ops!.connect!).fast !== undefined && ($E.fast || $E.twinOk[$t.k] === 1) ? $t.fast(sock, addr, addrlen, sock.file!.f_flags) : yield* sock.ops!.connect!(sock, addr, addrlen, sock.file!.f_flags));
  $f.vars.err = err;
  if (at(A$__sys_connect.L433)) yield;
  return err;
  } finally {
    leave($f);
  }
}
const A$__sys_shutdown = defineFn('net/socket.c', '__sys_shutdown', [446, 452]);

export function* __sys_shutdown(fd: number, how: number): Sim<number> { let $t: any;
  const $f = enter(A$__sys_shutdown, { fd, how });
  try {
  if (at(A$__sys_shutdown.L446)) yield;
  const sock = sockfd_lookup(fd);
  if (typeof sock === 'number') return sock;
  $f.vars.sock = sock;
  if (at(A$__sys_shutdown.L452)) yield;
  const err = (($t = sock.ops!.shutdown!).fast !== undefined && ($E.fast || $E.twinOk[$t.k] === 1) ? $t.fast(sock, how) : yield* sock.ops!.shutdown!(sock, how));
  $f.vars.err = err;
  return err;
  } finally {
    leave($f);
  }
}
const A$__sock_release = defineFn('net/socket.c', '__sock_release', [112, 113, 129]);

export function* __sock_release(sock: Socket): Sim<void> { let $t: any;
  const $f = enter(A$__sock_release, { sock });
  try {
  if (sock.ops) {
    if (at(A$__sock_release.L112)) yield;
    (($t = sock.ops.release!).fast !== undefined && ($E.fast || $E.twinOk[$t.k] === 1) ? $t.fast(sock) : yield* sock.ops.release!(sock));
    if (at(A$__sock_release.L113)) yield;
    sock.sk = null;
  }
  if (at(A$__sock_release.L129)) yield;
  sock.file = null;
  sock.released = true;
  } finally {
    leave($f);
  }
}
const A$sock_close = defineFn('net/socket.c', 'sock_close', [141]);

/** sock_close(): the file's release op, reached when the last reference to the file goes. */
export function* sock_close(file: File): Sim<number> {
  const $f = enter(A$sock_close, { file });
  try {
  if (at(A$sock_close.L141)) yield;
  ($E.fast || $E.twinOk[__sock_release.k] === 1 ? __sock_release$fast(file.private_data as Socket) : yield* __sock_release(file.private_data as Socket));
  return 0;
  } finally {
    leave($f);
  }
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
  else ($E.fast || $E.twinOk[sock_close.k] === 1 ? sock_close$fast(file) : yield* sock_close(file));
}

/** close(fd): __close_fd drops the descriptor; the last fput runs sock_close. */
export function* ksys_close(fd: number): Sim<number> {
  const p = currentProcess();
  const file = p.fdtable.get(fd);
  if (!file || file.reserved) return -EBADF;
  p.putFd(fd);
  ($E.fast || $E.twinOk[fput.k] === 1 ? fput$fast(file) : yield* fput(file));
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
const A$__sys_sendto = defineFn('net/socket.c', '__sys_sendto', [477, 486, 490, 493, 497, 502]);

/** __sys_sendto(): send()/sendto() — the data and the optional address become a msghdr for sock->ops->sendmsg. */
export function* __sys_sendto(fd: number, data: string, flags: number, addr: SockaddrIn | null): Sim<number> { let $t: any;
  const $f = enter(A$__sys_sendto, { fd, len: data.length, flags, addr });
  try {

  if (at(A$__sys_sendto.L477)) yield;
  const sock = sockfd_lookup(fd);
  if (typeof sock === 'number') return sock;
  $f.vars.sock = sock;
  const msg: Msghdr = { msg_name: null, msg_namelen: 0, data, msg_flags: 0 };
  $f.vars.msg = msg;
  if (at(A$__sys_sendto.L486)) yield;
  if (addr) {
    if (at(A$__sys_sendto.L490)) yield;
    msg.msg_name = { ...addr };
    msg.msg_namelen = 16;
  }
  if (at(A$__sys_sendto.L493)) yield;
  if (sock.file!.f_flags & O_NONBLOCK) flags |= MSG_DONTWAIT;
  msg.msg_flags = flags;
  if (at(A$__sys_sendto.L497)) yield;
  const err = (($t = sock.ops!.sendmsg!).fast !== undefined && ($E.fast || $E.twinOk[$t.k] === 1) ? $t.fast(sock, msg, data.length) : yield* sock.ops!.sendmsg!(sock, msg, data.length));
  $f.vars.err = err;
  if (at(A$__sys_sendto.L502)) yield;
  return err;
  } finally {
    leave($f);
  }
}
const A$__sys_recvfrom = defineFn('net/socket.c', '__sys_recvfrom', [523, 530, 535, 538, 540, 549]);

/** __sys_recvfrom(): recv()/recvfrom() — sock->ops->recvmsg fills the data and, for recvfrom, the sender. */
export function* __sys_recvfrom(fd: number, size: number, flags: number, wantAddr: boolean): Sim<{ ret: number; data?: string; from?: SockaddrIn }> { let $t: any;
  const $f = enter(A$__sys_recvfrom, { fd, size, flags });
  try {

  if (at(A$__sys_recvfrom.L523)) yield;
  const sock = sockfd_lookup(fd);
  if (typeof sock === 'number') return { ret: sock };
  $f.vars.sock = sock;
  if (at(A$__sys_recvfrom.L530)) yield;
  const msg: Msghdr = { msg_name: wantAddr ? { sin_family: 0, sin_addr: '0.0.0.0', sin_port: 0 } : null, msg_namelen: 0, data: '', msg_flags: 0 };
  $f.vars.msg = msg;
  if (at(A$__sys_recvfrom.L535)) yield;
  if (sock.file!.f_flags & O_NONBLOCK) flags |= MSG_DONTWAIT;
  if (at(A$__sys_recvfrom.L538)) yield;
  const err = (($t = sock.ops!.recvmsg!).fast !== undefined && ($E.fast || $E.twinOk[$t.k] === 1) ? $t.fast(sock, msg, size, flags) : yield* sock.ops!.recvmsg!(sock, msg, size, flags));
  $f.vars.err = err;
  if (at(A$__sys_recvfrom.L540)) yield;
  if (at(A$__sys_recvfrom.L549)) yield;
  if (err < 0) return { ret: err };
  return { ret: err, data: msg.data, ...(msg.msg_name ? { from: msg.msg_name } : {}) };
  } finally {
    leave($f);
  }
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
const A$__sys_getsockname = defineFn('net/socket.c', '__sys_getsockname', [564, 573, 574, 577, 582]);

/** __sys_getsockname(): the socket's own address, through sock->ops->getname (peer 0); 0 or an errno. */
export function* __sys_getsockname(fd: number): Sim<number> { let $t: any;
  const $f = enter(A$__sys_getsockname, { fd });
  try {

  if (at(A$__sys_getsockname.L564)) yield;
  const sock = sockfd_lookup(fd);
  if (typeof sock === 'number') return sock;
  $f.vars.sock = sock;
  const address: SockaddrIn = { sin_family: 0, sin_addr: '0.0.0.0', sin_port: 0 };
  $f.vars.address = address;
  if (at(A$__sys_getsockname.L573)) yield;
  let err = (($t = sock.ops!.getname!).fast !== undefined && ($E.fast || $E.twinOk[$t.k] === 1) ? $t.fast(sock, address, 0) : yield* sock.ops!.getname!(sock, address, 0));
  $f.vars.err = err;
  if (at(A$__sys_getsockname.L574)) yield;
  if (err < 0) return err;
  if (at(A$__sys_getsockname.L577)) yield;
  err = 0;
  $f.vars.err = err;
  if (at(A$__sys_getsockname.L582)) yield;
  return err;
  } finally {
    leave($f);
  }
}
const A$__sys_getpeername = defineFn('net/socket.c', '__sys_getpeername', [597, 606, 607, 609, 613]);

/** __sys_getpeername(): the peer's address (sock->ops->getname, peer 1); 0, or ENOTCONN without a peer. */
export function* __sys_getpeername(fd: number): Sim<number> { let $t: any;
  const $f = enter(A$__sys_getpeername, { fd });
  try {

  if (at(A$__sys_getpeername.L597)) yield;
  const sock = sockfd_lookup(fd);
  if (typeof sock === 'number') return sock;
  $f.vars.sock = sock;
  const address: SockaddrIn = { sin_family: 0, sin_addr: '0.0.0.0', sin_port: 0 };
  $f.vars.address = address;
  if (at(A$__sys_getpeername.L606)) yield;
  let err = (($t = sock.ops!.getname!).fast !== undefined && ($E.fast || $E.twinOk[$t.k] === 1) ? $t.fast(sock, address, 1) : yield* sock.ops!.getname!(sock, address, 1));
  $f.vars.err = err;
  if (at(A$__sys_getpeername.L607)) yield;
  if (err >= 0) {
    if (at(A$__sys_getpeername.L609)) yield;
    err = 0;
    $f.vars.err = err;
  }
  if (at(A$__sys_getpeername.L613)) yield;
  return err;
  } finally {
    leave($f);
  }
}
const A$sock_poll = defineFn('net/socket.c', 'sock_poll', [626, 630]);

/** sock_poll() = socket_file_ops.poll: what poll() and epoll ask a socket's file — sock->ops->poll. */
export function* sock_poll(file: File, wait: PollTable | null): Sim<number> { let $t: any;
  const sock = file.private_data as Socket;
  const $f = enter(A$sock_poll, { file, sock, wait });
  try {
  if (at(A$sock_poll.L626)) yield;
  if (!sock.ops?.poll) return 0;
  if (at(A$sock_poll.L630)) yield;
  const mask = (($t = sock.ops.poll).fast !== undefined && ($E.fast || $E.twinOk[$t.k] === 1) ? $t.fast(file, sock, wait) : yield* sock.ops.poll(file, sock, wait));
  $f.vars.mask = mask;
  return mask;
  } finally {
    leave($f);
  }
}


// ---- fast-path twins (scripts/twins.cjs) ----
import { E as $E, FAST_FRAME as $FF, driveToEnd as $drive, registerTwin as $kreg } from '../../core/engine';
export function sock_alloc$fast(): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0; let $x = -1;
  const $f = ($tb !== null && ($o = (A$sock_alloc.L81 | 270532608), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  $s += 2;
  
  const sock = new Socket();
  
  ++$s; $x = A$sock_alloc.L95 | 1048576;
  return ($r = (sock), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$sock_alloc.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
export function sock_alloc_file$fast(sock: Socket, flags: number): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0; let $x = -1;
  const $f = ($tb !== null && ($o = (A$sock_alloc_file.L26 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  ++$s;
  const file = new File(sock);
  file.f_flags = O_RDWR | (flags & O_NONBLOCK);
  
  $s += 2; $x = A$sock_alloc_file.L37 | 2097152;
  sock.file = file;
  
  return ($r = (file), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$sock_alloc_file.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
export function sock_map_fd$fast(sock: Socket, flags: number): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0;
  const $f = ($tb !== null && ($o = (A$sock_map_fd.fn.id | 268435456), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  const p = currentProcess();
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$sock_map_fd.L51) : $tb.op($e.now, A$sock_map_fd.L51));
  const fd = p.unusedFd();
  
  if (fd < 0) {
    // sock_release(sock) (the socket never had a file)
    __sock_release$fast(sock);
    return ($r = (fd), ($e.steps += $s, $tb !== null && ($o = (A$sock_map_fd.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$sock_map_fd.L58) : $tb.op($e.now, A$sock_map_fd.L58));
  const file = sock_alloc_file$fast(sock, flags);
  
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$sock_map_fd.L61) : $tb.op($e.now, A$sock_map_fd.L61));
  p.fdtable.set(fd, file);
  if (flags & SOCK_CLOEXEC) p.closeOnExec.add(fd);
  return ($r = (fd), ($e.steps += $s, $tb !== null && ($o = (A$sock_map_fd.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
export function __sock_create$fast(net: Net, family: number, type: number, protocol: number, kern: number): any { const $e = $E; const $tb: any = $e.lineSink; let $t: any; let $o: number; let $r: any; let $s = 0; let $x = -1;
  const $f = ($tb !== null && ($o = (A$__sock_create.L158 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  ++$s;
  if (family < 0 || family >= NPROTO) return ($r = (-EAFNOSUPPORT), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$__sock_create.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__sock_create.L160) : $tb.op($e.now, A$__sock_create.L160));
  if (type < 0 || type >= SOCK_MAX) return ($r = (-EINVAL), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$__sock_create.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__sock_create.L170) : $tb.op($e.now, A$__sock_create.L170));
  const sock = sock_alloc$fast();
  
  $s += 3; if ($tb !== null) ($o = (A$__sock_create.L176 | 2097152), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  sock.type = type;
  
  const pf = net_families[family] ?? null;
  
  
  if (!pf) {
    ++$s; $x = A$__sock_create.L220 | 1048576;
    sock.released = true;
    return ($r = (-EAFNOSUPPORT), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$__sock_create.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__sock_create.L197) : $tb.op($e.now, A$__sock_create.L197));
  const err = (($t = pf.create).fast !== undefined ? $t.fast(net, sock, protocol, kern) : $drive($t(net, sock, protocol, kern)));
  
  if (err < 0) {
    ++$s; $x = A$__sock_create.L220 | 1048576;
    sock.released = true;
    return ($r = (err), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$__sock_create.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
  ++$s; $x = A$__sock_create.L208 | 1048576;
  return ($r = (sock), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$__sock_create.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
export function __sys_socket$fast(family: number, type: number, protocol: number): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0;
  const $f = ($tb !== null && ($o = (A$__sys_socket.L242 | 270532608), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  $s += 2;
  const flags = type & ~SOCK_TYPE_MASK;
  
  
  if (flags & ~(SOCK_CLOEXEC | SOCK_NONBLOCK)) return ($r = (-EINVAL), ($e.steps += $s, $tb !== null && ($o = (A$__sys_socket.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  $s += 2; if ($tb !== null) ($o = (A$__sys_socket.L245 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  type &= SOCK_TYPE_MASK;
  
  
  const net = currentProcess().host.net;
  const r = __sock_create$fast(net, family, type, protocol, 0);
  if (typeof r === 'number') {
    
    return ($r = (r), ($e.steps += $s, $tb !== null && ($o = (A$__sys_socket.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
  
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__sys_socket.L256) : $tb.op($e.now, A$__sys_socket.L256));
  return ($r = (sock_map_fd$fast(r, flags & (SOCK_CLOEXEC | O_NONBLOCK))), ($e.steps += $s, $tb !== null && ($o = (A$__sys_socket.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
export function __sys_bind$fast(fd: number, addr: SockaddrIn, addrlen: number): any { const $e = $E; const $tb: any = $e.lineSink; let $t: any; let $o: number; let $r: any; let $s = 0; let $x = -1;
  const $f = ($tb !== null && ($o = (A$__sys_bind.L271 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {

  ++$s;
  const sock = sockfd_lookup(fd);
  if (typeof sock === 'number') return ($r = (sock), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$__sys_bind.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  
  $s += 2; if ($tb !== null) ($o = (A$__sys_bind.L274 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  
  const err = (($t = sock.ops!.bind!).fast !== undefined ? $t.fast(sock, addr, addrlen) : $drive($t(sock, addr, addrlen)));
  
  ++$s; $x = A$__sys_bind.L287 | 1048576;
  return ($r = (err), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$__sys_bind.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
export function __sys_listen$fast(fd: number, backlog: number): any { const $e = $E; const $tb: any = $e.lineSink; let $t: any; let $o: number; let $r: any; let $s = 0; let $x = -1;
  const $f = ($tb !== null && ($o = (A$__sys_listen.L301 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  ++$s;
  const sock = sockfd_lookup(fd);
  if (typeof sock === 'number') return ($r = (sock), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$__sys_listen.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  
  $s += 2; if ($tb !== null) ($o = (A$__sys_listen.L305 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  const somaxconn = sock.sk!.sk_net.sysctl['net.core.somaxconn'];
  
  
  // the comparison is unsigned: a negative backlog becomes somaxconn too
  if (backlog >>> 0 > somaxconn) {
    backlog = somaxconn;
    
  }
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__sys_listen.L312) : $tb.op($e.now, A$__sys_listen.L312));
  const err = (($t = sock.ops!.listen!).fast !== undefined ? $t.fast(sock, backlog) : $drive($t(sock, backlog)));
  
  ++$s; $x = A$__sys_listen.L316 | 1048576;
  return ($r = (err), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$__sys_listen.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
export function __sys_shutdown$fast(fd: number, how: number): any { const $e = $E; const $tb: any = $e.lineSink; let $t: any; let $o: number; let $r: any; let $s = 0;
  const $f = ($tb !== null && ($o = (A$__sys_shutdown.L446 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  ++$s;
  const sock = sockfd_lookup(fd);
  if (typeof sock === 'number') return ($r = (sock), ($e.steps += $s, $tb !== null && ($o = (A$__sys_shutdown.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__sys_shutdown.L452) : $tb.op($e.now, A$__sys_shutdown.L452));
  const err = (($t = sock.ops!.shutdown!).fast !== undefined ? $t.fast(sock, how) : $drive($t(sock, how)));
  
  return ($r = (err), ($e.steps += $s, $tb !== null && ($o = (A$__sys_shutdown.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
export function __sock_release$fast(sock: Socket): any { const $e = $E; const $tb: any = $e.lineSink; let $t: any; let $o: number; let $s = 0;
  const $f = ($tb !== null && ($o = (A$__sock_release.fn.id | 268435456), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  if (sock.ops) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__sock_release.L112) : $tb.op($e.now, A$__sock_release.L112));
    (($t = sock.ops.release!).fast !== undefined ? $t.fast(sock) : $drive($t(sock)));
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__sock_release.L113) : $tb.op($e.now, A$__sock_release.L113));
    sock.sk = null;
  }
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__sock_release.L129) : $tb.op($e.now, A$__sock_release.L129));
  sock.file = null;
  sock.released = true;
  } ($e.steps += $s, $tb !== null && ($o = (A$__sock_release.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
}
export function sock_close$fast(file: File): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0;
  const $f = ($tb !== null && ($o = (A$sock_close.L141 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  ++$s;
  __sock_release$fast(file.private_data as Socket);
  return ($r = (0), ($e.steps += $s, $tb !== null && ($o = (A$sock_close.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
export function fput$fast(file: File): any { const $e = $E;
  if (--file.f_count !== 0) return;
  eventpoll_release(file);
  if (file.f_op === 'eventpoll_fops') ep_free(file.private_data as Eventpoll);
  else sock_close$fast(file);
}
export function ksys_close$fast(fd: number): any { const $e = $E;
  const p = currentProcess();
  const file = p.fdtable.get(fd);
  if (!file || file.reserved) return -EBADF;
  p.putFd(fd);
  fput$fast(file);
  return 0;
}
export function __sys_getsockname$fast(fd: number): any { const $e = $E; const $tb: any = $e.lineSink; let $t: any; let $o: number; let $r: any; let $s = 0; let $x = -1;
  const $f = ($tb !== null && ($o = (A$__sys_getsockname.L564 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {

  ++$s;
  const sock = sockfd_lookup(fd);
  if (typeof sock === 'number') return ($r = (sock), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$__sys_getsockname.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  
  const address: SockaddrIn = { sin_family: 0, sin_addr: '0.0.0.0', sin_port: 0 };
  
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__sys_getsockname.L573) : $tb.op($e.now, A$__sys_getsockname.L573));
  let err = (($t = sock.ops!.getname!).fast !== undefined ? $t.fast(sock, address, 0) : $drive($t(sock, address, 0)));
  
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__sys_getsockname.L574) : $tb.op($e.now, A$__sys_getsockname.L574));
  if (err < 0) return ($r = (err), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$__sys_getsockname.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  $s += 2; $x = A$__sys_getsockname.L577 | 2097152;
  err = 0;
  
  
  return ($r = (err), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$__sys_getsockname.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
export function __sys_getpeername$fast(fd: number): any { const $e = $E; const $tb: any = $e.lineSink; let $t: any; let $o: number; let $r: any; let $s = 0; let $x = -1;
  const $f = ($tb !== null && ($o = (A$__sys_getpeername.L597 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {

  ++$s;
  const sock = sockfd_lookup(fd);
  if (typeof sock === 'number') return ($r = (sock), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$__sys_getpeername.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  
  const address: SockaddrIn = { sin_family: 0, sin_addr: '0.0.0.0', sin_port: 0 };
  
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__sys_getpeername.L606) : $tb.op($e.now, A$__sys_getpeername.L606));
  let err = (($t = sock.ops!.getname!).fast !== undefined ? $t.fast(sock, address, 1) : $drive($t(sock, address, 1)));
  
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__sys_getpeername.L607) : $tb.op($e.now, A$__sys_getpeername.L607));
  if (err >= 0) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__sys_getpeername.L609) : $tb.op($e.now, A$__sys_getpeername.L609));
    err = 0;
    
  }
  ++$s; $x = A$__sys_getpeername.L613 | 1048576;
  return ($r = (err), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$__sys_getpeername.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
export function sock_poll$fast(file: File, wait: PollTable | null): any { const $e = $E; const $tb: any = $e.lineSink; let $t: any; let $o: number; let $r: any; let $s = 0;
  const sock = file.private_data as Socket;
  const $f = ($tb !== null && ($o = (A$sock_poll.L626 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  ++$s;
  if (!sock.ops?.poll) return ($r = (0), ($e.steps += $s, $tb !== null && ($o = (A$sock_poll.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$sock_poll.L630) : $tb.op($e.now, A$sock_poll.L630));
  const mask = (($t = sock.ops.poll).fast !== undefined ? $t.fast(file, sock, wait) : $drive($t(file, sock, wait)));
  
  return ($r = (mask), ($e.steps += $s, $tb !== null && ($o = (A$sock_poll.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
$kreg(sock_alloc, sock_alloc$fast, 'sock_alloc', () => []);
$kreg(sock_alloc_file, sock_alloc_file$fast, 'sock_alloc_file', () => []);
$kreg(sock_map_fd, sock_map_fd$fast, 'sock_map_fd', () => [__sock_release, sock_alloc_file]);
$kreg(__sock_create, __sock_create$fast, '__sock_create', () => ['inet_create', sock_alloc]);
$kreg(__sys_socket, __sys_socket$fast, '__sys_socket', () => [__sock_create, sock_map_fd]);
$kreg(__sys_bind, __sys_bind$fast, '__sys_bind', () => ['inet_bind']);
$kreg(__sys_listen, __sys_listen$fast, '__sys_listen', () => ['inet_listen', 'sock_no_listen']);
$kreg(__sys_shutdown, __sys_shutdown$fast, '__sys_shutdown', () => ['inet_shutdown', 'tcp_shutdown']);
$kreg(__sock_release, __sock_release$fast, '__sock_release', () => ['inet_release']);
$kreg(sock_close, sock_close$fast, 'sock_close', () => [__sock_release]);
$kreg(fput, fput$fast, 'fput', () => [sock_close]);
$kreg(ksys_close, ksys_close$fast, 'ksys_close', () => [fput]);
$kreg(__sys_getsockname, __sys_getsockname$fast, '__sys_getsockname', () => ['inet_getname']);
$kreg(__sys_getpeername, __sys_getpeername$fast, '__sys_getpeername', () => ['inet_getname']);
$kreg(sock_poll, sock_poll$fast, 'sock_poll', () => ['datagram_poll', 'tcp_poll', 'udp_poll']);
