// struct socket, struct file, proto_ops, struct proto, wait queues (include/linux/net.h,
// include/net/sock.h, include/linux/fs.h, include/linux/wait.h).

import type { Sim, Task } from '../../core/engine';
import type { Sock } from '../net/sock';
import type { SkBuff } from './skbuff';
import { kaddr, newObjectId } from '../net/sock';
import type { SocketState } from '../net/tcp_states';
import type { Eventpoll } from './eventpoll';

/**
 * A wait-queue entry (wait_queue_entry_t): a sleeping task (default_wake_function), or a wake
 * function called at each wake-up with the waker's key (the poll events, 0 for none) — `kfunc`, a
 * simulated kernel function, stepped: ep_poll_callback for an epoll item, pollwake for a poll() or
 * select() entry — with the name views show for it. kernel/sched/wait.ts wakes them.
 */
export interface WaitQueueEntry {
  task: Task | null;
  exclusive: boolean;
  /** wait_queue_entry.func as a kernel function: (wait, mode, sync, key) → 1 when it woke someone. */
  kfunc?: WaitQueueFunc;
  name: string;
}
/** wait_queue_func_t. */
export type WaitQueueFunc = (wait: WaitQueueEntry, mode: number, sync: number, key: number) => Sim<number>;

/** A wait queue head: tasks sleeping until something wakes them (wake-one for exclusive waiters). */
export class WaitQueueHead {
  readonly objId = newObjectId();
  readonly waiters: WaitQueueEntry[] = [];
  constructor(readonly name: string) {}
}

export function add_wait_queue(wq: WaitQueueHead, task: Task, exclusive: boolean): void {
  if (!wq.waiters.some((w) => w.task === task)) wq.waiters.push({ task, exclusive, name: task.name });
}
export function remove_wait_queue(wq: WaitQueueHead, task: Task): void {
  const i = wq.waiters.findIndex((w) => w.task === task);
  if (i >= 0) wq.waiters.splice(i, 1);
}
/** add_wait_queue() of an entry with its own wake function (init_waitqueue_func_entry). */
export function add_wait_queue_entry(wq: WaitQueueHead, entry: WaitQueueEntry): void {
  wq.waiters.push(entry);
}
export function remove_wait_queue_entry(wq: WaitQueueHead, entry: WaitQueueEntry): void {
  const i = wq.waiters.indexOf(entry);
  if (i >= 0) wq.waiters.splice(i, 1);
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
  /** poll (tcp_poll, udp_poll, datagram_poll): the events ready now; `wait` (a poll_table) hooks the caller on the socket's wait queue. */
  poll?: (file: File, sock: Socket, wait: PollTable | null) => Sim<number>;
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

/**
 * poll_table: what a file's poll does with the caller — _qproc, when set, is called with each wait
 * queue the file would wake (poll: __pollwait, epoll: ep_ptable_queue_proc); _key, the events asked for.
 */
export interface PollTable {
  _qproc: ((file: File, wq: WaitQueueHead, p: PollTable) => void) | null;
  _key: number;
}

/** sock_poll_wait(): hand the socket's wait queue to the poll table's queueing function (if it has one). */
export function sock_poll_wait(file: File, sock: Socket, p: PollTable | null): void {
  if (p && p._qproc) p._qproc(file, sock.wq, p);
}

/**
 * struct file: for a socket f_op = socket_file_ops and private_data = the socket; for an epoll
 * instance (fs/eventpoll.c) f_op = eventpoll_fops and private_data = its struct eventpoll, in `ep`.
 */
export class File {
  readonly objId = newObjectId();
  readonly structName = 'file';
  f_op = 'socket_file_ops';
  f_flags = 0;
  f_count = 1;
  /** accept() reserved the descriptor but has not installed it yet. */
  reserved = false;
  /** f_ep_links: the epoll items watching this file (eventpoll_release drops them at the last close). */
  f_ep_links: object[] = [];
  constructor(public private_data: Socket | Eventpoll) {}
  get addr(): string {
    return kaddr(this.objId);
  }
}
