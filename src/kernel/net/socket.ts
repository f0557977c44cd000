// net/socket.c: the system-call entries of the BSD socket layer and the socket ↔ file glue.
// __sys_socket, __sys_bind, __sys_listen, __sys_accept4, __sys_connect, __sys_shutdown, close().

import { defineFn } from '../sim/anchors';
import { at, enter, leave, Sim } from '../sim/engine';
import { currentProcess } from '../sim/current';
import { File, Socket, SockaddrIn } from '../include/linux/net';
import type { Msghdr } from '../include/linux/net';
import {
  ERRNO, NPROTO, SOCK_CLOEXEC, SOCK_MAX, SOCK_NONBLOCK, SOCK_TYPE_MASK, O_NONBLOCK, MSG_DONTWAIT,
} from '../include/uapi';
import { net_families } from './ipv4/af_inet';
import type { Net } from '../include/net/net_namespace';

const { EAFNOSUPPORT, EINVAL, EBADF, ENOTSOCK } = ERRNO;

const SA = defineFn('net/socket.c', 'sock_alloc', {
  inode: 'new_inode_pseudo(sock_mnt->mnt_sb)',
  sock: 'sock = SOCKET_I(inode)',
  ret: 'return sock;',
});
/** sock_alloc(): a sockfs inode with its struct socket inside. */
export function* sock_alloc(): Sim<Socket> {
  const f = enter(SA, {});
  try {
    if (at(SA.inode)) yield;
    if (at(SA.sock)) yield;
    const sock = new Socket();
    f.vars.sock = sock;
    if (at(SA.ret)) yield;
    return sock;
  } finally {
    leave(f);
  }
}

const SAF = defineFn('net/socket.c', 'sock_alloc_file', {
  file: 'file = alloc_file_pseudo(',
  link: 'sock->file = file;',
  priv: 'file->private_data = sock;',
});
export function* sock_alloc_file(sock: Socket, flags: number): Sim<File> {
  const f = enter(SAF, { sock, flags });
  try {
    if (at(SAF.file)) yield;
    const file = new File(sock);
    file.f_flags = flags & O_NONBLOCK;
    f.vars.file = file;
    if (at(SAF.link)) yield;
    sock.file = file;
    if (at(SAF.priv)) yield;
    return file;
  } finally {
    leave(f);
  }
}

const SMF = defineFn('net/socket.c', 'sock_map_fd', {
  fd: 'get_unused_fd_flags(flags)',
  file: 'sock_alloc_file(sock, flags, NULL)',
  install: 'fd_install(fd, newfile)',
});
export function* sock_map_fd(sock: Socket, flags: number): Sim<number> {
  const f = enter(SMF, { sock, flags });
  try {
    const p = currentProcess();
    if (at(SMF.fd)) yield;
    const fd = p.unusedFd();
    f.vars.fd = fd;
    if (at(SMF.file)) yield;
    const file = yield* sock_alloc_file(sock, flags);
    f.vars.newfile = file;
    if (at(SMF.install)) yield;
    p.fdtable.set(fd, file);
    return fd;
  } finally {
    leave(f);
  }
}

const SC = defineFn('net/socket.c', '__sock_create', {
  range: 'if (family < 0 || family >= NPROTO)',
  type: 'if (type < 0 || type >= SOCK_MAX)',
  alloc: 'sock = sock_alloc();',
  settype: 'sock->type = type;',
  pf: 'pf = rcu_dereference(net_families[family]);',
  nopf: 'if (!pf)',
  create: 'err = pf->create(net, sock, protocol, kern);',
  out: '*res = sock;',
  release: 'sock_release(sock);',
});
/** __sock_create(): allocate the socket and let the family's create() fill it in. */
export function* __sock_create(net: Net, family: number, type: number, protocol: number, kern: number): Sim<Socket | number> {
  const f = enter(SC, { net, family, type, protocol, kern });
  try {
    if (at(SC.range)) yield;
    if (family < 0 || family >= NPROTO) return -EAFNOSUPPORT;
    if (at(SC.type)) yield;
    if (type < 0 || type >= SOCK_MAX) return -EINVAL;
    if (at(SC.alloc)) yield;
    const sock = yield* sock_alloc();
    f.vars.sock = sock;
    if (at(SC.settype)) yield;
    sock.type = type;
    if (at(SC.pf)) yield;
    const pf = net_families[family] ?? null;
    f.vars.pf = pf;
    if (at(SC.nopf)) yield;
    if (!pf) {
      if (at(SC.release)) yield;
      sock.released = true;
      return -EAFNOSUPPORT;
    }
    if (at(SC.create)) yield;
    const err = yield* pf.create(net, sock, protocol, kern);
    f.vars.err = err;
    if (err < 0) {
      if (at(SC.release)) yield;
      sock.released = true;
      return err;
    }
    if (at(SC.out)) yield;
    return sock;
  } finally {
    leave(f);
  }
}

const SYS_SOCKET = defineFn('net/socket.c', '__sys_socket', {
  flags: 'flags = type & ~SOCK_TYPE_MASK;',
  badflags: 'if (flags & ~(SOCK_CLOEXEC | SOCK_NONBLOCK))',
  type: 'type &= SOCK_TYPE_MASK;',
  create: 'retval = sock_create(family, type, protocol, &sock);',
  map: 'return sock_map_fd(sock, flags & (O_CLOEXEC | O_NONBLOCK));',
});
export function* __sys_socket(family: number, type: number, protocol: number): Sim<number> {
  const f = enter(SYS_SOCKET, { family, type, protocol });
  try {
    if (at(SYS_SOCKET.flags)) yield;
    const flags = type & ~SOCK_TYPE_MASK;
    f.vars.flags = flags;
    if (at(SYS_SOCKET.badflags)) yield;
    if (flags & ~(SOCK_CLOEXEC | SOCK_NONBLOCK)) return -EINVAL;
    if (at(SYS_SOCKET.type)) yield;
    type &= SOCK_TYPE_MASK;
    f.vars.type = type;
    if (at(SYS_SOCKET.create)) yield;
    const net = currentProcess().host.net;
    const r = yield* __sock_create(net, family, type, protocol, 0);
    if (typeof r === 'number') {
      f.vars.retval = r;
      return r;
    }
    f.vars.sock = r;
    if (at(SYS_SOCKET.map)) yield;
    return yield* sock_map_fd(r, flags & O_NONBLOCK);
  } finally {
    leave(f);
  }
}

/** sockfd_lookup_light(): fd → socket, or EBADF / ENOTSOCK. Descriptors 0–2 are the terminal. */
export function sockfd_lookup(fd: number): Socket | number {
  const p = currentProcess();
  const file = p.fdtable.get(fd);
  if (!file) return fd >= 0 && fd <= 2 ? -ENOTSOCK : -EBADF;
  return file.private_data;
}

const SYS_BIND = defineFn('net/socket.c', '__sys_bind', {
  lookup: 'sock = sockfd_lookup_light(fd, &err, &fput_needed);',
  copy: 'err = move_addr_to_kernel(umyaddr, addrlen, &address);',
  bind: 'err = sock->ops->bind(sock,',
  ret: 'return err;',
});
export function* __sys_bind(fd: number, addr: SockaddrIn, addrlen: number): Sim<number> {
  const f = enter(SYS_BIND, { fd, umyaddr: addr, addrlen });
  try {
    if (at(SYS_BIND.lookup)) yield;
    const sock = sockfd_lookup(fd);
    if (typeof sock === 'number') return sock;
    f.vars.sock = sock;
    if (at(SYS_BIND.copy)) yield;
    if (at(SYS_BIND.bind)) yield;
    const err = yield* sock.ops!.bind!(sock, addr, addrlen);
    f.vars.err = err;
    if (at(SYS_BIND.ret)) yield;
    return err;
  } finally {
    leave(f);
  }
}

const SYS_LISTEN = defineFn('net/socket.c', '__sys_listen', {
  lookup: 'sock = sockfd_lookup_light(fd, &err, &fput_needed);',
  somax: 'somaxconn = sock_net(sock->sk)->core.sysctl_somaxconn;',
  clamp: 'if ((unsigned int)backlog > somaxconn)',
  listen: 'err = sock->ops->listen(sock, backlog);',
  ret: 'return err;',
});
export function* __sys_listen(fd: number, backlog: number): Sim<number> {
  const f = enter(SYS_LISTEN, { fd, backlog });
  try {
    if (at(SYS_LISTEN.lookup)) yield;
    const sock = sockfd_lookup(fd);
    if (typeof sock === 'number') return sock;
    f.vars.sock = sock;
    if (at(SYS_LISTEN.somax)) yield;
    const somaxconn = sock.sk!.sk_net.sysctl['net.core.somaxconn'];
    f.vars.somaxconn = somaxconn;
    if (at(SYS_LISTEN.clamp)) yield;
    // the comparison is unsigned: a negative backlog becomes somaxconn too
    if (backlog >>> 0 > somaxconn) {
      backlog = somaxconn;
      f.vars.backlog = backlog;
    }
    if (at(SYS_LISTEN.listen)) yield;
    const err = yield* sock.ops!.listen!(sock, backlog);
    f.vars.err = err;
    if (at(SYS_LISTEN.ret)) yield;
    return err;
  } finally {
    leave(f);
  }
}

const SYS_ACCEPT = defineFn('net/socket.c', '__sys_accept4', {
  flags: 'if (flags & ~(SOCK_CLOEXEC | SOCK_NONBLOCK))',
  lookup: 'sock = sockfd_lookup_light(fd, &err, &fput_needed);',
  alloc: 'newsock = sock_alloc();',
  type: 'newsock->type = sock->type;',
  ops: 'newsock->ops = sock->ops;',
  fd: 'newfd = get_unused_fd_flags(flags);',
  file: 'newfile = sock_alloc_file(newsock, flags, sock->sk->sk_prot_creator->name);',
  accept: 'err = sock->ops->accept(sock, newsock, sock->file->f_flags, false);',
  install: 'fd_install(newfd, newfile);',
  fail: 'fput(newfile);',
});
export function* __sys_accept4(fd: number, flags: number): Sim<number> {
  const f = enter(SYS_ACCEPT, { fd, flags });
  try {
    if (at(SYS_ACCEPT.flags)) yield;
    if (flags & ~(SOCK_CLOEXEC | SOCK_NONBLOCK)) return -EINVAL;
    if (at(SYS_ACCEPT.lookup)) yield;
    const sock = sockfd_lookup(fd);
    if (typeof sock === 'number') return sock;
    f.vars.sock = sock;
    if (at(SYS_ACCEPT.alloc)) yield;
    const newsock = yield* sock_alloc();
    f.vars.newsock = newsock;
    if (at(SYS_ACCEPT.type)) yield;
    newsock.type = sock.type;
    if (at(SYS_ACCEPT.ops)) yield;
    newsock.ops = sock.ops;
    const p = currentProcess();
    if (at(SYS_ACCEPT.fd)) yield;
    // the descriptor is reserved now, installed only when accept succeeds
    const newfd = p.unusedFd();
    f.vars.newfd = newfd;
    if (at(SYS_ACCEPT.file)) yield;
    const newfile = yield* sock_alloc_file(newsock, flags);
    f.vars.newfile = newfile;
    p.fdtable.set(newfd, reserved(newfile));
    if (at(SYS_ACCEPT.accept)) yield;
    // O_NONBLOCK here is the listening file's, not accept4's flags
    const err = yield* sock.ops!.accept!(sock, newsock, sock.file!.f_flags, false);
    f.vars.err = err;
    if (err < 0) {
      if (at(SYS_ACCEPT.fail)) yield;
      p.putFd(newfd);
      newsock.released = true;
      return err;
    }
    if (at(SYS_ACCEPT.install)) yield;
    newfile.reserved = false;
    return newfd;
  } finally {
    leave(f);
  }
}

function reserved(file: File): File {
  file.reserved = true;
  return file;
}

const SYS_CONNECT = defineFn('net/socket.c', '__sys_connect', {
  lookup: 'sock = sockfd_lookup_light(fd, &err, &fput_needed);',
  copy: 'err = move_addr_to_kernel(uservaddr, addrlen, &address);',
  connect: 'err = sock->ops->connect(sock, (struct sockaddr *)&address, addrlen,',
  ret: 'return err;',
});
export function* __sys_connect(fd: number, addr: SockaddrIn, addrlen: number): Sim<number> {
  const f = enter(SYS_CONNECT, { fd, uservaddr: addr, addrlen });
  try {
    if (at(SYS_CONNECT.lookup)) yield;
    const sock = sockfd_lookup(fd);
    if (typeof sock === 'number') return sock;
    f.vars.sock = sock;
    if (at(SYS_CONNECT.copy)) yield;
    if (at(SYS_CONNECT.connect)) yield;
    const err = yield* sock.ops!.connect!(sock, addr, addrlen, sock.file!.f_flags);
    f.vars.err = err;
    if (at(SYS_CONNECT.ret)) yield;
    return err;
  } finally {
    leave(f);
  }
}

const SYS_SHUTDOWN = defineFn('net/socket.c', '__sys_shutdown', {
  lookup: 'sock = sockfd_lookup_light(fd, &err, &fput_needed);',
  call: 'err = sock->ops->shutdown(sock, how);',
});
export function* __sys_shutdown(fd: number, how: number): Sim<number> {
  const f = enter(SYS_SHUTDOWN, { fd, how });
  try {
    if (at(SYS_SHUTDOWN.lookup)) yield;
    const sock = sockfd_lookup(fd);
    if (typeof sock === 'number') return sock;
    f.vars.sock = sock;
    if (at(SYS_SHUTDOWN.call)) yield;
    const err = yield* sock.ops!.shutdown!(sock, how);
    f.vars.err = err;
    return err;
  } finally {
    leave(f);
  }
}

const SREL = defineFn('net/socket.c', '__sock_release', {
  release: 'sock->ops->release(sock);',
  sk: 'sock->sk = NULL;',
  file: 'sock->file = NULL;',
});
export function* __sock_release(sock: Socket): Sim<void> {
  const f = enter(SREL, { sock });
  try {
    if (sock.ops) {
      if (at(SREL.release)) yield;
      yield* sock.ops.release!(sock);
      if (at(SREL.sk)) yield;
      sock.sk = null;
    }
    if (at(SREL.file)) yield;
    sock.file = null;
    sock.released = true;
  } finally {
    leave(f);
  }
}

const SCLOSE = defineFn('net/socket.c', 'sock_close', {
  release: '__sock_release(SOCKET_I(inode), inode);',
});
/** sock_close(): the file's release op, reached when the last reference to the file goes. */
export function* sock_close(file: File): Sim<number> {
  const f = enter(SCLOSE, { file });
  try {
    if (at(SCLOSE.release)) yield;
    yield* __sock_release(file.private_data);
    return 0;
  } finally {
    leave(f);
  }
}

/** close(fd): __close_fd drops the descriptor; the last fput runs sock_close. */
export function* ksys_close(fd: number): Sim<number> {
  const p = currentProcess();
  const file = p.fdtable.get(fd);
  if (!file || file.reserved) return -EBADF;
  p.putFd(fd);
  if (--file.f_count === 0) yield* sock_close(file);
  return 0;
}

/** fcntl(fd, F_SETFL/F_GETFL): only O_NONBLOCK matters here. */
export function do_fcntl(fd: number, cmd: number, arg: number): number {
  const p = currentProcess();
  const file = p.fdtable.get(fd);
  if (!file) return -EBADF;
  if (cmd === 3) return file.f_flags;
  if (cmd === 4) {
    file.f_flags = arg & O_NONBLOCK;
    return 0;
  }
  return -EINVAL;
}

const SYS_SENDTO = defineFn('net/socket.c', '__sys_sendto', {
  lookup: 'sock = sockfd_lookup_light(fd, &err, &fput_needed);',
  addr: 'if (addr) {',
  name: 'msg.msg_name = (struct sockaddr *)&address;',
  nonblock: 'if (sock->file->f_flags & O_NONBLOCK)',
  send: 'err = sock_sendmsg(sock, &msg);',
  ret: 'return err;#2',
});
/** __sys_sendto(): send()/sendto() — the data and the optional address become a msghdr for sock->ops->sendmsg. */
export function* __sys_sendto(fd: number, data: string, flags: number, addr: SockaddrIn | null): Sim<number> {
  const f = enter(SYS_SENDTO, { fd, len: data.length, flags, addr });
  try {
    if (at(SYS_SENDTO.lookup)) yield;
    const sock = sockfd_lookup(fd);
    if (typeof sock === 'number') return sock;
    f.vars.sock = sock;
    const msg: Msghdr = { msg_name: null, msg_namelen: 0, data, msg_flags: 0 };
    f.vars.msg = msg;
    if (at(SYS_SENDTO.addr)) yield;
    if (addr) {
      if (at(SYS_SENDTO.name)) yield;
      msg.msg_name = { ...addr };
      msg.msg_namelen = 16;
    }
    if (at(SYS_SENDTO.nonblock)) yield;
    if (sock.file!.f_flags & O_NONBLOCK) flags |= MSG_DONTWAIT;
    msg.msg_flags = flags;
    if (at(SYS_SENDTO.send)) yield;
    const err = yield* sock.ops!.sendmsg!(sock, msg, data.length);
    f.vars.err = err;
    if (at(SYS_SENDTO.ret)) yield;
    return err;
  } finally {
    leave(f);
  }
}

const SYS_RECVFROM = defineFn('net/socket.c', '__sys_recvfrom', {
  lookup: 'sock = sockfd_lookup_light(fd, &err, &fput_needed);',
  name: 'msg.msg_name = addr ? (struct sockaddr *)&address : NULL;',
  nonblock: 'if (sock->file->f_flags & O_NONBLOCK)',
  recv: 'err = sock_recvmsg(sock, &msg, flags);',
  copyaddr: 'if (err >= 0 && addr != NULL) {',
  ret: 'return err;#2',
});
/** __sys_recvfrom(): recv()/recvfrom() — sock->ops->recvmsg fills the data and, for recvfrom, the sender. */
export function* __sys_recvfrom(fd: number, size: number, flags: number, wantAddr: boolean): Sim<{ ret: number; data?: string; from?: SockaddrIn }> {
  const f = enter(SYS_RECVFROM, { fd, size, flags });
  try {
    if (at(SYS_RECVFROM.lookup)) yield;
    const sock = sockfd_lookup(fd);
    if (typeof sock === 'number') return { ret: sock };
    f.vars.sock = sock;
    if (at(SYS_RECVFROM.name)) yield;
    const msg: Msghdr = { msg_name: wantAddr ? { sin_family: 0, sin_addr: '0.0.0.0', sin_port: 0 } : null, msg_namelen: 0, data: '', msg_flags: 0 };
    f.vars.msg = msg;
    if (at(SYS_RECVFROM.nonblock)) yield;
    if (sock.file!.f_flags & O_NONBLOCK) flags |= MSG_DONTWAIT;
    if (at(SYS_RECVFROM.recv)) yield;
    const err = yield* sock.ops!.recvmsg!(sock, msg, size, flags);
    f.vars.err = err;
    if (at(SYS_RECVFROM.copyaddr)) yield;
    if (at(SYS_RECVFROM.ret)) yield;
    if (err < 0) return { ret: err };
    return { ret: err, data: msg.data, ...(msg.msg_name ? { from: msg.msg_name } : {}) };
  } finally {
    leave(f);
  }
}
