// struct socket, struct file, proto_ops, struct proto, wait queues (include/linux/net.h,
// include/net/sock.h, include/linux/fs.h, include/linux/wait.h).

import type { Sim, Task } from '../../core/engine';
import { E } from '../../core/engine';
import type { Sock } from '../net/sock';
import type { SkBuff } from './skbuff';
import { kaddr, newObjectId } from '../net/sock';
import type { SocketState } from '../net/tcp_states';

/** A wait queue head: tasks sleeping until something wakes them (wake-one for exclusive waiters). */
export class WaitQueueHead {
  readonly objId = newObjectId();
  readonly waiters: Array<{ task: Task; exclusive: boolean }> = [];
  constructor(readonly name: string) {}
}

export function add_wait_queue(wq: WaitQueueHead, task: Task, exclusive: boolean): void {
  if (!wq.waiters.some((w) => w.task === task)) wq.waiters.push({ task, exclusive });
}
export function remove_wait_queue(wq: WaitQueueHead, task: Task): void {
  const i = wq.waiters.findIndex((w) => w.task === task);
  if (i >= 0) wq.waiters.splice(i, 1);
}
/** __wake_up: wakes every non-exclusive waiter and the first exclusive one. */
export function wake_up_interruptible(wq: WaitQueueHead | null): void {
  if (!wq) return;
  for (const w of [...wq.waiters]) {
    if (w.task.state === 'sleeping') E.wake(w.task);
    if (w.exclusive) break;
  }
}

/** struct proto_ops: the BSD-socket layer's operations (inet_stream_ops, inet_dgram_ops …). */
export interface ProtoOps {
  name: string;
  family: number;
  release: ((sock: Socket) => Sim<number>) | null;
  bind: ((sock: Socket, addr: SockaddrIn, addrLen: number) => Sim<number>) | null;
  connect: ((sock: Socket, addr: SockaddrIn, addrLen: number, flags: number) => Sim<number>) | null;
  accept: ((sock: Socket, newsock: Socket, flags: number, kern: boolean) => Sim<number>) | null;
  listen: ((sock: Socket, backlog: number) => Sim<number>) | null;
  shutdown: ((sock: Socket, how: number) => Sim<number>) | null;
  /** sendmsg/recvmsg (inet_sendmsg/inet_recvmsg): to sk->sk_prot's. */
  sendmsg?: (sock: Socket, msg: Msghdr, size: number) => Sim<number>;
  recvmsg?: (sock: Socket, msg: Msghdr, size: number, flags: number) => Sim<number>;
  /** setsockopt for levels other than SOL_SOCKET (sock_common_setsockopt: to sk->sk_prot's); SO_LINGER's l_linger rides along. */
  setsockopt?: (sock: Socket, level: number, optname: number, optval: number, linger?: number) => number;
  /** Members not simulated: stand-ins named after the kernel's functions (include/linux/ops.ts). */
  /** getname (inet_getname): the socket's own address (peer 0) or its peer's (peer 1), or an errno. */
  getname?: (sock: Socket, uaddr: SockaddrIn, peer: number) => Sim<number>;
  /** Member not simulated yet: a stand-in named after the kernel's function (include/linux/ops.ts). */
  poll?: (...args: never[]) => never;
}

/** struct proto: the transport's operations (tcp_prot, udp_prot …). */
export interface Proto {
  name: string;
  obj_size: string;
  close: (sk: Sock, timeout: number) => Sim<void>;
  connect: ((sk: Sock, addr: SockaddrIn, addrLen: number) => Sim<number>) | null;
  disconnect: ((sk: Sock, flags: number) => Sim<number>) | null;
  accept: ((sk: Sock, flags: number, err: { err: number }, kern: boolean) => Sim<Sock | null>) | null;
  init: ((sk: Sock) => Sim<number>) | null;
  destroy: ((sk: Sock) => Sim<void>) | null;
  shutdown: ((sk: Sock, how: number) => Sim<void>) | null;
  hash: (sk: Sock) => Sim<number>;
  unhash: (sk: Sock) => Sim<void>;
  get_port: (sk: Sock, snum: number) => Sim<number>;
  /** sendmsg, recvmsg, setsockopt; UDP's rehash (rcv_saddr changed: move to the new hash2 slot). */
  sendmsg?: (sk: Sock, msg: Msghdr, len: number) => Sim<number>;
  recvmsg?: (sk: Sock, msg: Msghdr, len: number, noblock: number, flags: number) => Sim<number>;
  setsockopt?: (sk: Sock, level: number, optname: number, optval: number) => number;
  rehash?: (sk: Sock) => void;
  backlog_rcv?: (sk: Sock, skb: SkBuff) => Sim<number>;
  /** Members not simulated: stand-ins named after the kernel's functions (include/linux/ops.ts). */
  pre_connect?: (...args: never[]) => never;
  ioctl?: (...args: never[]) => never;
  getsockopt?: (...args: never[]) => never;
  sendpage?: (...args: never[]) => never;
  /** Constructs the protocol's sock object (the slab of obj_size). */
  alloc: () => Sock;
}

export interface SockaddrIn {
  sin_family: number;
  sin_addr: string;
  sin_port: number;
}

/** struct msghdr: the destination or source address (msg_name) and the bytes (msg_iter, as text). */
export interface Msghdr {
  msg_name: SockaddrIn | null;
  msg_namelen: number;
  /** sendmsg: the bytes to send; recvmsg: the bytes copied out. */
  data: string;
  msg_flags: number;
}

/** struct socket: the BSD/VFS side; lives inside a sockfs inode. */
export class Socket {
  readonly objId = newObjectId();
  readonly structName = 'socket';
  state: SocketState = 'SS_UNCONNECTED';
  type = 0;
  flags = 0;
  file: File | null = null;
  sk: Sock | null = null;
  ops: ProtoOps | null = null;
  readonly wq = new WaitQueueHead('socket.wq');
  released = false;
  get addr(): string {
    return kaddr(this.objId);
  }
}

/** struct file for a socket: f_op = socket_file_ops, private_data = the socket. */
export class File {
  readonly objId = newObjectId();
  readonly structName = 'file';
  f_op = 'socket_file_ops';
  f_flags = 0;
  f_count = 1;
  /** accept() reserved the descriptor but has not installed it yet. */
  reserved = false;
  constructor(public private_data: Socket) {}
  get addr(): string {
    return kaddr(this.objId);
  }
}
