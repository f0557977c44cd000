// net/core/sock.c and the inline helpers of include/net/sock.h: allocating a sock from its
// protocol's slab (sk_alloc), wiring it to its struct socket (sock_init_data, sock_graft),
// cloning a listener into a child (sk_clone_lock), and the accept-queue counters.

import { Sim } from '../../core/engine';
import { frame, line } from '../../core/mark';
import type { Proto, Socket } from '../../include/linux/net';
import { WaitQueueHead } from '../../include/linux/net';
import type { Net } from '../../include/net/net_namespace';
import { Sock, sock_reset_flag, sock_set_flag, SOCK_DEAD, SOCK_LINGER } from '../../include/net/sock';
import { TCP_CLOSE, SK_CAN_REUSE } from '../../include/net/tcp_states';
import { EPOLLERR, EPOLLIN, EPOLLPRI, EPOLLRDBAND, EPOLLRDNORM } from '../../include/linux/eventpoll';
import { wake_up_interruptible_all, wake_up_interruptible_poll, wake_up_interruptible_sync_poll } from '../../kernel/sched/wait';
import { ERRNO, SO_ERROR, SO_LINGER, SO_RCVTIMEO, SO_REUSEADDR, SO_REUSEPORT, SO_SNDTIMEO } from '../../include/uapi';
import { NotSimulated } from '../../include/linux/ops';

// ---- the sock's wake-ups (sk_state_change, sk_data_ready, sk_error_report) -------------------------
// Each wakes the socket's wait queue when someone waits there (skwq_has_sleeper), with the poll events
// that happened as the key: an epoll item (ep_poll_callback) is readied only by a key it asks for, or
// by none. Not annotated (their callers' lines `sk->sk_data_ready(sk);` … stand for them); an
// orphaned sock has no wait queue (sock_orphan), so nothing is woken.

/** sock_def_wakeup (sk_state_change): the state changed — every sleeper (wake_up_interruptible_all), no key. */
export function* sock_def_wakeup(sk: Sock): Sim<void> {
  const wq = sk.sk_wq;
  if (wq !== null && wq.waiters.length) yield* wake_up_interruptible_all(wq);
}

/** sock_def_error_report (sk_error_report): sk_err was set — wake-one with EPOLLERR. */
export function* sock_def_error_report(sk: Sock): Sim<void> {
  const wq = sk.sk_wq;
  if (wq !== null && wq.waiters.length) yield* wake_up_interruptible_poll(wq, EPOLLERR);
}

/** sock_def_readable (sk_data_ready): something to read (data, a FIN's end, a child to accept) — wake-one with EPOLLIN | EPOLLPRI | EPOLLRDNORM | EPOLLRDBAND. */
export function* sock_def_readable(sk: Sock): Sim<void> {
  const wq = sk.sk_wq;
  if (wq !== null && wq.waiters.length) yield* wake_up_interruptible_sync_poll(wq, EPOLLIN | EPOLLPRI | EPOLLRDNORM | EPOLLRDBAND);
}

/** sk_alloc(): obj_size bytes from prot's slab — a whole tcp_sock for TCP, a udp_sock for UDP. */
export function* sk_alloc(net: Net, family: number, prot: Proto, kern: number): Sim<Sock | null> {
  line`sk = sk_prot_alloc(prot, priority | __GFP_ZERO, family);`;
  const sk = prot.alloc();
  frame.sk = sk;
  line`sk->sk_family = family;`;
  sk.skc_family = family;
  line`sk->sk_prot = sk->sk_prot_creator = prot;`;
  sk.sk_prot = prot;
  sk.sk_prot_creator = prot;
  line`sock_net_set(sk, net);`;
  sk.skc_net = net;
  line`return sk;`;
  return sk;
}

/** sock_init_data(): generic defaults, and the two-way link sock ↔ sk. sk_state = TCP_CLOSE with no tracepoint. */
export function* sock_init_data(sock: Socket | null, sk: Sock): Sim<void> {
  line`sk_init_common(sk);`;
  sk.sk_receive_queue = [];
  sk.sk_write_queue = [];
  line`sk->sk_rcvbuf`;
  line`sk->sk_state = TCP_CLOSE;`;
  sk.sk_state = TCP_CLOSE;
  line`sk_set_socket(sk, sock);`;
  sk.sk_socket = sock;
  if (sock) {
    line`sk->sk_type = sock->type;`;
    sk.sk_type = sock.type;
    line`RCU_INIT_POINTER(sk->sk_wq, &sock->wq);`;
    sk.sk_wq = sock.wq;
    line`sock->sk = sk;`;
    sock.sk = sk;
  } else {
    line`RCU_INIT_POINTER(sk->sk_wq, NULL);`;
    sk.sk_wq = null;
  }
  line`sk->sk_state_change = sock_def_wakeup;`;
  line`sk->sk_rcvtimeo = MAX_SCHEDULE_TIMEOUT;`;
  sk.sk_rcvtimeo = sk.sk_sndtimeo = Infinity;
}

/** sk_clone_lock(): a byte copy of the listener — so the child starts in the listener's state, LISTEN. */
export function* sk_clone_lock(sk: Sock): Sim<Sock> {
  line`newsk = sk_prot_alloc(sk->sk_prot, priority, sk->sk_family);`;
  const newsk = sk.sk_prot.alloc();
  frame.newsk = newsk;
  line`sock_copy(newsk, sk);`;
  sockCopy(newsk, sk);
  line`refcount_set(&newsk->sk_refcnt, 2);`;
  newsk.skc_refcnt = 2;
  line`sk_init_common(newsk);`;
  newsk.sk_receive_queue = [];
  newsk.sk_write_queue = [];
  newsk.sk_backlog = [];
  newsk.sk_flags = sk.sk_flags;
  newsk.sk_err = 0;
  newsk.sk_ack_backlog = 0;
  // (atomic64_set(&newsk->sk_cookie, 0): a child gets its own cookie when one is asked for)
  newsk.sk_cookie = 0;
  line`bh_lock_sock(newsk);`;
  line`sk_set_socket(newsk, NULL);`;
  newsk.sk_socket = null;
  line`RCU_INIT_POINTER(newsk->sk_wq, NULL);`;
  newsk.sk_wq = null;
  line`return newsk;`;
  return newsk;
}

/** sock_copy(): every field of the parent, except the object's identity; nested records get their own copy. */
function sockCopy(dst: Sock, src: Sock): void {
  let copy = copiers.get(src.constructor);
  if (copy === undefined) {
    copy = fieldCopier(Object.keys(src).filter((k) => k !== 'objId'));
    copiers.set(src.constructor, copy);
  }
  copy(dst, src);
}
/**
 * Per class of sock (its own fields are the class's, set by its constructor): a function assigning
 * those fields one by one, in their order — what Object.assign does, without its generic loop —
 * then giving each of COPY_FIELDS that holds an array or a record its own copy. (Written out by
 * name: a loop over the names read and wrote the sock's fields by computed keys, a generic lookup
 * among its hundreds of fields each time.)
 */
const copiers = new Map<unknown, (dst: Sock, src: Sock) => void>();
function fieldCopier(keys: string[]): (dst: Sock, src: Sock) => void {
  const body = keys.map((k) => `d[${JSON.stringify(k)}] = s[${JSON.stringify(k)}];`);
  for (const k of COPY_FIELDS) {
    const f = `d[${JSON.stringify(k)}]`;
    body.push(`{ const v = ${f}; if (Array.isArray(v)) ${f} = [...v]; else if (v && typeof v === 'object') ${f} = { ...v }; }`);
  }
  return new Function('d', 's', body.join('\n')) as (dst: Sock, src: Sock) => void;
}
const COPY_FIELDS = ['rx_opt', 'icsk_ack', 'tcp_rtx_queue', 'out_of_order_queue'];

/** sock_graft(): attach an accepted child sock to the new struct socket. */
export function* sock_graft(sk: Sock, parent: Socket): Sim<void> {
  line`write_lock_bh(&sk->sk_callback_lock);`;
  line`rcu_assign_pointer(sk->sk_wq, &parent->wq);`;
  sk.sk_wq = parent.wq;
  line`parent->sk = sk;`;
  parent.sk = sk;
  line`sk_set_socket(sk, parent);`;
  sk.sk_socket = parent;
  line`sk->sk_uid = SOCK_INODE(parent)->i_uid;`;
}

export function* sk_acceptq_added(sk: Sock): Sim<void> {
  line`sk->sk_ack_backlog++;`;
  sk.sk_ack_backlog++;
}
export function* sk_acceptq_removed(sk: Sock): Sim<void> {
  line`sk->sk_ack_backlog--;`;
  sk.sk_ack_backlog--;
}
/** Strictly greater: the accept queue can hold backlog + 1 children. */
export function* sk_acceptq_is_full(sk: Sock): Sim<boolean> {
  line`return sk->sk_ack_backlog > sk->sk_max_ack_backlog;`;
  return sk.sk_ack_backlog > sk.sk_max_ack_backlog;
}

export { WaitQueueHead };

/** sk_common_release(): destroy, unhash, orphan, put — how UDP (and RAW) close; no states, no tracepoints. */
export function* sk_common_release(sk: Sock): Sim<void> {
  line`if (sk->sk_prot->destroy)`;
  if (sk.sk_prot.destroy) yield* sk.sk_prot.destroy(sk);
  line`sk->sk_prot->unhash(sk);`;
  yield* sk.sk_prot.unhash(sk);
  line`sock_orphan(sk);`;
  sock_set_flag(sk, SOCK_DEAD);
  sk.sk_socket = null;
  sk.sk_wq = null;
  line`sock_put(sk);`;
  sk.skc_refcnt = 0;
  sk.freed = true;
}

/** HZ of the simulated kernel: a jiffy is 1 ms. */
const HZ = 1000;

/**
 * sock_set_timeout(): SO_RCVTIMEO / SO_SNDTIMEO's struct timeval (tv_sec, tv_usec) in jiffies, kept
 * here in µs: EDOM for a tv_usec outside 0..999999, 0 (never wait) for a negative tv_sec,
 * MAX_SCHEDULE_TIMEOUT (Infinity) for 0 s 0 µs, else tv_sec·HZ + ⌈tv_usec / (10^6/HZ)⌉ jiffies.
 */
function sock_set_timeout(sec: number, usec: number): number {
  if (usec < 0 || usec >= 1_000_000) return -ERRNO.EDOM;
  if (sec < 0) return 0;
  if (sec === 0 && usec === 0) return Infinity;
  const jiffies = sec * HZ + Math.ceil(usec / (1_000_000 / HZ));
  return jiffies * (1_000_000 / HZ);
}

/**
 * sock_setsockopt(): the SOL_SOCKET options scenarios use (SO_LINGER's struct linger as l_onoff,
 * l_linger; SO_RCVTIMEO's and SO_SNDTIMEO's struct timeval as tv_sec, tv_usec).
 */
export function sock_setsockopt(sock: Socket, optname: number, optval: number, linger?: number): number {
  const sk = sock.sk!;
  switch (optname) {
    case SO_RCVTIMEO:
    case SO_SNDTIMEO: {
      const t = sock_set_timeout(optval, linger ?? 0);
      if (t < 0) return t;
      if (optname === SO_RCVTIMEO) sk.sk_rcvtimeo = t;
      else sk.sk_sndtimeo = t;
      return 0;
    }
    case SO_REUSEADDR:
      sk.skc_reuse = optval ? SK_CAN_REUSE : 0;
      return 0;
    case SO_REUSEPORT:
      sk.skc_reuseport = optval ? 1 : 0;
      return 0;
    case SO_LINGER:
      if (optval) sock_set_flag(sk, SOCK_LINGER);
      else sock_reset_flag(sk, SOCK_LINGER);
      sk.sk_lingertime = (linger ?? 0) * 1_000_000;
      return 0;
  }
  return -ERRNO.ENOPROTOOPT;
}

/**
 * sock_getsockopt(): a SOL_SOCKET option's value. SO_ERROR is -sock_error(sk) — the pending error,
 * taken and cleared (xchg(&sk->sk_err, 0)) — or, with none, sk_err_soft, cleared too: how a
 * non-blocking connect's caller learns the outcome once poll or epoll reports the socket. Not annotated.
 */
export function sock_getsockopt(sock: Socket, optname: number): number {
  const sk = sock.sk!;
  switch (optname) {
    case SO_ERROR: {
      let v = sk.sk_err;
      sk.sk_err = 0;
      if (v === 0) {
        v = sk.sk_err_soft;
        sk.sk_err_soft = 0;
      }
      return v;
    }
    case SO_REUSEADDR:
      return sk.skc_reuse;
    case SO_REUSEPORT:
      return sk.skc_reuseport;
  }
  throw new NotSimulated(`getsockopt(SOL_SOCKET, ${optname})`);
}

/** sock_common_setsockopt() = proto_ops.setsockopt of inet sockets: sk->sk_prot->setsockopt. */
export function sock_common_setsockopt(sock: Socket, level: number, optname: number, optval: number): number {
  const sk = sock.sk!;
  return sk.sk_prot.setsockopt ? sk.sk_prot.setsockopt(sk, level, optname, optval) : -ERRNO.ENOPROTOOPT;
}
