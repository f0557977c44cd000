// net/core/sock.c and the inline helpers of include/net/sock.h: allocating a sock from its
// protocol's slab (sk_alloc), wiring it to its struct socket (sock_init_data, sock_graft),
// cloning a listener into a child (sk_clone_lock), and the accept-queue counters.

import { defineFn } from '../../sim/anchors';
import { at, enter, leave, Sim } from '../../sim/engine';
import type { Proto, Socket } from '../../include/linux/net';
import { WaitQueueHead } from '../../include/linux/net';
import type { Net } from '../../include/net/net_namespace';
import { Sock } from '../../include/net/sock';
import { TCP_CLOSE } from '../../include/net/tcp_states';

const ALLOC = defineFn('net/core/sock.c', 'sk_alloc', {
  alloc: 'sk = sk_prot_alloc(prot, priority | __GFP_ZERO, family);',
  family: 'sk->sk_family = family;',
  prot: 'sk->sk_prot = sk->sk_prot_creator = prot;',
  net: 'sock_net_set(sk, net);',
  ret: 'return sk;',
});
/** sk_alloc(): obj_size bytes from prot's slab — a whole tcp_sock for TCP, a udp_sock for UDP. */
export function* sk_alloc(net: Net, family: number, prot: Proto, kern: number): Sim<Sock | null> {
  const f = enter(ALLOC, { net, family, prot, kern });
  try {
    if (at(ALLOC.alloc)) yield;
    const sk = prot.alloc();
    f.vars.sk = sk;
    if (at(ALLOC.family)) yield;
    sk.skc_family = family;
    if (at(ALLOC.prot)) yield;
    sk.sk_prot = prot;
    sk.sk_prot_creator = prot;
    if (at(ALLOC.net)) yield;
    sk.skc_net = net;
    if (at(ALLOC.ret)) yield;
    return sk;
  } finally {
    leave(f);
  }
}

const INIT = defineFn('net/core/sock.c', 'sock_init_data', {
  queues: 'sk_init_common(sk);',
  bufs: 'sk->sk_rcvbuf',
  state: 'sk->sk_state = TCP_CLOSE;',
  socket: 'sk_set_socket(sk, sock);',
  type: 'sk->sk_type = sock->type;',
  wq: 'RCU_INIT_POINTER(sk->sk_wq, &sock->wq);',
  nowq: 'RCU_INIT_POINTER(sk->sk_wq, NULL);',
  sk: 'sock->sk = sk;',
  callbacks: 'sk->sk_state_change = sock_def_wakeup;',
  timeo: 'sk->sk_rcvtimeo = MAX_SCHEDULE_TIMEOUT;',
});
/** sock_init_data(): generic defaults, and the two-way link sock ↔ sk. sk_state = TCP_CLOSE with no tracepoint. */
export function* sock_init_data(sock: Socket | null, sk: Sock): Sim<void> {
  const f = enter(INIT, { sock, sk });
  try {
    if (at(INIT.queues)) yield;
    sk.sk_receive_queue = [];
    sk.sk_write_queue = [];
    if (at(INIT.bufs)) yield;
    if (at(INIT.state)) yield;
    sk.sk_state = TCP_CLOSE;
    if (at(INIT.socket)) yield;
    sk.sk_socket = sock;
    if (sock) {
      if (at(INIT.type)) yield;
      sk.sk_type = sock.type;
      if (at(INIT.wq)) yield;
      sk.sk_wq = sock.wq;
      if (at(INIT.sk)) yield;
      sock.sk = sk;
    } else {
      if (at(INIT.nowq)) yield;
      sk.sk_wq = null;
    }
    if (at(INIT.callbacks)) yield;
    if (at(INIT.timeo)) yield;
    sk.sk_rcvtimeo = sk.sk_sndtimeo = Infinity;
  } finally {
    leave(f);
  }
}

const CLONE = defineFn('net/core/sock.c', 'sk_clone_lock', {
  alloc: 'newsk = sk_prot_alloc(sk->sk_prot, priority, sk->sk_family);',
  copy: 'sock_copy(newsk, sk);',
  refcnt: 'refcount_set(&newsk->sk_refcnt, 2);',
  queues: 'sk_init_common(newsk);',
  lock: 'bh_lock_sock(newsk);',
  socket: 'sk_set_socket(newsk, NULL);',
  wq: 'RCU_INIT_POINTER(newsk->sk_wq, NULL);',
  ret: 'return newsk;',
});
/** sk_clone_lock(): a byte copy of the listener — so the child starts in the listener's state, LISTEN. */
export function* sk_clone_lock(sk: Sock): Sim<Sock> {
  const f = enter(CLONE, { sk });
  try {
    if (at(CLONE.alloc)) yield;
    const newsk = sk.sk_prot.alloc();
    f.vars.newsk = newsk;
    if (at(CLONE.copy)) yield;
    sockCopy(newsk, sk);
    if (at(CLONE.refcnt)) yield;
    newsk.skc_refcnt = 2;
    if (at(CLONE.queues)) yield;
    newsk.sk_receive_queue = [];
    newsk.sk_write_queue = [];
    newsk.sk_backlog = [];
    newsk.sk_flags = new Set(sk.sk_flags);
    newsk.sk_err = 0;
    newsk.sk_ack_backlog = 0;
    if (at(CLONE.lock)) yield;
    if (at(CLONE.socket)) yield;
    newsk.sk_socket = null;
    if (at(CLONE.wq)) yield;
    newsk.sk_wq = null;
    if (at(CLONE.ret)) yield;
    return newsk;
  } finally {
    leave(f);
  }
}

/** sock_copy(): every field of the parent, except the object's identity; nested records get their own copy. */
function sockCopy(dst: Sock, src: Sock): void {
  let copy = copiers.get(src.constructor);
  if (copy === undefined) {
    copy = fieldCopier(Object.keys(src).filter((k) => k !== 'objId'));
    copiers.set(src.constructor, copy);
  }
  copy(dst, src);
  const d = dst as unknown as Record<string, unknown>;
  for (const k of COPY_FIELDS) {
    const v = d[k];
    if (Array.isArray(v)) d[k] = [...v];
    else if (v && typeof v === 'object') d[k] = { ...v };
  }
}
/**
 * Per class of sock (its own fields are the class's, set by its constructor): a function assigning
 * those fields one by one, in their order — what Object.assign does, without its generic loop.
 */
const copiers = new Map<unknown, (dst: Sock, src: Sock) => void>();
function fieldCopier(keys: string[]): (dst: Sock, src: Sock) => void {
  const body = keys.map((k) => `d[${JSON.stringify(k)}] = s[${JSON.stringify(k)}];`).join('\n');
  return new Function('d', 's', body) as (dst: Sock, src: Sock) => void;
}
const COPY_FIELDS = ['rx_opt', 'icsk_ack', 'tcp_rtx_queue', 'out_of_order_queue'];

const GRAFT = defineFn('include/net/sock.h', 'sock_graft', {
  lock: 'write_lock_bh(&sk->sk_callback_lock);',
  wq: 'rcu_assign_pointer(sk->sk_wq, &parent->wq);',
  sk: 'parent->sk = sk;',
  socket: 'sk_set_socket(sk, parent);',
  uid: 'sk->sk_uid = SOCK_INODE(parent)->i_uid;',
});
/** sock_graft(): attach an accepted child sock to the new struct socket. */
export function* sock_graft(sk: Sock, parent: Socket): Sim<void> {
  const f = enter(GRAFT, { sk, parent });
  try {
    if (at(GRAFT.lock)) yield;
    if (at(GRAFT.wq)) yield;
    sk.sk_wq = parent.wq;
    if (at(GRAFT.sk)) yield;
    parent.sk = sk;
    if (at(GRAFT.socket)) yield;
    sk.sk_socket = parent;
    if (at(GRAFT.uid)) yield;
  } finally {
    leave(f);
  }
}

const ADDED = defineFn('include/net/sock.h', 'sk_acceptq_added', { inc: 'sk->sk_ack_backlog++;' });
const REMOVED = defineFn('include/net/sock.h', 'sk_acceptq_removed', { dec: 'sk->sk_ack_backlog--;' });
const FULL = defineFn('include/net/sock.h', 'sk_acceptq_is_full', { cmp: 'return sk->sk_ack_backlog > sk->sk_max_ack_backlog;' });

export function* sk_acceptq_added(sk: Sock): Sim<void> {
  const f = enter(ADDED, { sk });
  try {
    if (at(ADDED.inc)) yield;
    sk.sk_ack_backlog++;
  } finally {
    leave(f);
  }
}
export function* sk_acceptq_removed(sk: Sock): Sim<void> {
  const f = enter(REMOVED, { sk });
  try {
    if (at(REMOVED.dec)) yield;
    sk.sk_ack_backlog--;
  } finally {
    leave(f);
  }
}
/** Strictly greater: the accept queue can hold backlog + 1 children. */
export function* sk_acceptq_is_full(sk: Sock): Sim<boolean> {
  const f = enter(FULL, { sk });
  try {
    if (at(FULL.cmp)) yield;
    return sk.sk_ack_backlog > sk.sk_max_ack_backlog;
  } finally {
    leave(f);
  }
}

export { WaitQueueHead };

const RELEASE = defineFn('net/core/sock.c', 'sk_common_release', {
  destroy: 'if (sk->sk_prot->destroy)',
  unhash: 'sk->sk_prot->unhash(sk);',
  orphan: 'sock_orphan(sk);',
  put: 'sock_put(sk);',
});
/** sk_common_release(): destroy, unhash, orphan, put — how UDP (and RAW) close; no states, no tracepoints. */
export function* sk_common_release(sk: Sock): Sim<void> {
  const f = enter(RELEASE, { sk });
  try {
    if (at(RELEASE.destroy)) yield;
    if (sk.sk_prot.destroy) yield* sk.sk_prot.destroy(sk);
    if (at(RELEASE.unhash)) yield;
    yield* sk.sk_prot.unhash(sk);
    if (at(RELEASE.orphan)) yield;
    sk.sk_flags.add('SOCK_DEAD');
    sk.sk_socket = null;
    sk.sk_wq = null;
    if (at(RELEASE.put)) yield;
    sk.skc_refcnt = 0;
    sk.freed = true;
  } finally {
    leave(f);
  }
}
