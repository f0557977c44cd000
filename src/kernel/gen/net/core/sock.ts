// generated — do not edit. Written by scripts/gen-kernel.ts from src/kernel/net/core/sock.ts
// @ts-nocheck
// net/core/sock.c and the inline helpers of include/net/sock.h: allocating a sock from its
// protocol's slab (sk_alloc), wiring it to its struct socket (sock_init_data, sock_graft),
// cloning a listener into a child (sk_clone_lock), and the accept-queue counters.

import { Sim } from '../../../core/engine';
import { at, enter, leave } from '../../../core/engine';
import { defineFn } from '../../../core/anchors';
import type { Proto, Socket } from '../../../include/linux/net';
import { WaitQueueHead } from '../../../include/linux/net';
import type { Net } from '../../../include/net/net_namespace';
import { Sock, sock_reset_flag, sock_set_flag, SOCK_DEAD, SOCK_LINGER } from '../../../include/net/sock';
import { TCP_CLOSE, SK_CAN_REUSE } from '../../../include/net/tcp_states';
import { EPOLLERR, EPOLLIN, EPOLLPRI, EPOLLRDBAND, EPOLLRDNORM } from '../../../include/linux/eventpoll';
import { wake_up_interruptible_all, wake_up_interruptible_poll, wake_up_interruptible_sync_poll } from '../../kernel/sched/wait';
import { ERRNO, SO_ERROR, SO_LINGER, SO_RCVTIMEO, SO_REUSEADDR, SO_REUSEPORT, SO_SNDTIMEO } from '../../../include/uapi';
import { NotSimulated } from '../../../include/linux/ops';

// ---- the sock's wake-ups (sk_state_change, sk_data_ready, sk_error_report) -------------------------
// Each wakes the socket's wait queue when someone waits there (skwq_has_sleeper), with the poll events
// that happened as the key: an epoll item (ep_poll_callback) is readied only by a key it asks for, or
// by none. Not annotated (their callers' lines `sk->sk_data_ready(sk);` … stand for them); an
// orphaned sock has no wait queue (sock_orphan), so nothing is woken.

/** sock_def_wakeup (sk_state_change): the state changed — every sleeper (wake_up_interruptible_all), no key. */
export function* sock_def_wakeup(sk: Sock): Sim<void> {
  const wq = sk.sk_wq;
  if (wq !== null && wq.waiters.length) ($E.fast || $E.twinOk[wake_up_interruptible_all.k] === 1 ? wake_up_interruptible_all$fast(wq) : yield* wake_up_interruptible_all(wq));
}

/** sock_def_error_report (sk_error_report): sk_err was set — wake-one with EPOLLERR. */
export function* sock_def_error_report(sk: Sock): Sim<void> {
  const wq = sk.sk_wq;
  if (wq !== null && wq.waiters.length) ($E.fast || $E.twinOk[wake_up_interruptible_poll.k] === 1 ? wake_up_interruptible_poll$fast(wq, EPOLLERR) : yield* wake_up_interruptible_poll(wq, EPOLLERR));
}

/** sock_def_readable (sk_data_ready): something to read (data, a FIN's end, a child to accept) — wake-one with EPOLLIN | EPOLLPRI | EPOLLRDNORM | EPOLLRDBAND. */
export function* sock_def_readable(sk: Sock): Sim<void> {
  const wq = sk.sk_wq;
  if (wq !== null && wq.waiters.length) ($E.fast || $E.twinOk[wake_up_interruptible_sync_poll.k] === 1 ? wake_up_interruptible_sync_poll$fast(wq, EPOLLIN | EPOLLPRI | EPOLLRDNORM | EPOLLRDBAND) : yield* wake_up_interruptible_sync_poll(wq, EPOLLIN | EPOLLPRI | EPOLLRDNORM | EPOLLRDBAND));
}
const A$sk_alloc = defineFn('net/core/sock.c', 'sk_alloc', [23, 25, 27, 37, 44]);

/** sk_alloc(): obj_size bytes from prot's slab — a whole tcp_sock for TCP, a udp_sock for UDP. */
export function* sk_alloc(net: Net, family: number, prot: Proto, kern: number): Sim<Sock | null> {
  const $f = enter(A$sk_alloc, { net, family, prot, kern });
  try {
  if (at(A$sk_alloc.L23)) yield;
  const sk = prot.alloc();
  $f.vars.sk = sk;
  if (at(A$sk_alloc.L25)) yield;
  sk.skc_family = family;
  if (at(A$sk_alloc.L27)) yield;
  sk.sk_prot = prot;
  sk.sk_prot_creator = prot;
  if (at(A$sk_alloc.L37)) yield;
  sk.skc_net = net;
  if (at(A$sk_alloc.L44)) yield;
  return sk;
  } finally {
    leave($f);
  }
}
const A$sock_init_data = defineFn('net/core/sock.c', 'sock_init_data', [119, 126, 129, 131, 136, 138, 140, 143, 150, 158]);

/** sock_init_data(): generic defaults, and the two-way link sock ↔ sk. sk_state = TCP_CLOSE with no tracepoint. */
export function* sock_init_data(sock: Socket | null, sk: Sock): Sim<void> {
  const $f = enter(A$sock_init_data, { sock, sk });
  try {
  if (at(A$sock_init_data.L119)) yield;
  sk.sk_receive_queue = [];
  sk.sk_write_queue = [];
  if (at(A$sock_init_data.L126)) yield;
  if (at(A$sock_init_data.L129)) yield;
  sk.sk_state = TCP_CLOSE;
  if (at(A$sock_init_data.L131)) yield;
  sk.sk_socket = sock;
  if (sock) {
    if (at(A$sock_init_data.L136)) yield;
    sk.sk_type = sock.type;
    if (at(A$sock_init_data.L138)) yield;
    sk.sk_wq = sock.wq;
    if (at(A$sock_init_data.L140)) yield;
    sock.sk = sk;
  } else {
    if (at(A$sock_init_data.L143)) yield;
    sk.sk_wq = null;
  }
  if (at(A$sock_init_data.L150)) yield;
  if (at(A$sock_init_data.L158)) yield;
  sk.sk_rcvtimeo = sk.sk_sndtimeo = Infinity;
  } finally {
    leave($f);
  }
}
const A$sk_clone_lock = defineFn('net/core/sock.c', 'sk_clone_lock', [58, 64, 74, 83, 100, 103, 104, 108]);

/** sk_clone_lock(): a byte copy of the listener — so the child starts in the listener's state, LISTEN. */
export function* sk_clone_lock(sk: Sock): Sim<Sock> {
  const $f = enter(A$sk_clone_lock, { sk });
  try {
  if (at(A$sk_clone_lock.L58)) yield;
  const newsk = sk.sk_prot.alloc();
  $f.vars.newsk = newsk;
  if (at(A$sk_clone_lock.L64)) yield;
  sockCopy(newsk, sk);
  if (at(A$sk_clone_lock.L100)) yield;
  newsk.skc_refcnt = 2;
  if (at(A$sk_clone_lock.L83)) yield;
  newsk.sk_receive_queue = [];
  newsk.sk_write_queue = [];
  newsk.sk_backlog = [];
  newsk.sk_flags = sk.sk_flags;
  newsk.sk_err = 0;
  newsk.sk_ack_backlog = 0;
  // (atomic64_set(&newsk->sk_cookie, 0): a child gets its own cookie when one is asked for)
  newsk.sk_cookie = 0;
  if (at(A$sk_clone_lock.L74)) yield;
  if (at(A$sk_clone_lock.L103)) yield;
  newsk.sk_socket = null;
  if (at(A$sk_clone_lock.L104)) yield;
  newsk.sk_wq = null;
  if (at(A$sk_clone_lock.L108)) yield;
  return newsk;
  } finally {
    leave($f);
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
const A$sock_graft = defineFn('include/net/sock.h', 'sock_graft', [53, 55, 57, 58, 59]);

/** sock_graft(): attach an accepted child sock to the new struct socket. */
export function* sock_graft(sk: Sock, parent: Socket): Sim<void> {
  const $f = enter(A$sock_graft, { sk, parent });
  try {
  if (at(A$sock_graft.L53)) yield;
  if (at(A$sock_graft.L55)) yield;
  sk.sk_wq = parent.wq;
  if (at(A$sock_graft.L57)) yield;
  parent.sk = sk;
  if (at(A$sock_graft.L58)) yield;
  sk.sk_socket = parent;
  if (at(A$sock_graft.L59)) yield;
  } finally {
    leave($f);
  }
}
const A$sk_acceptq_added = defineFn('include/net/sock.h', 'sk_acceptq_added', [29]);

export function* sk_acceptq_added(sk: Sock): Sim<void> {
  const $f = enter(A$sk_acceptq_added, { sk });
  try {
  if (at(A$sk_acceptq_added.L29)) yield;
  sk.sk_ack_backlog++;
  } finally {
    leave($f);
  }
}
const A$sk_acceptq_removed = defineFn('include/net/sock.h', 'sk_acceptq_removed', [19]);
export function* sk_acceptq_removed(sk: Sock): Sim<void> {
  const $f = enter(A$sk_acceptq_removed, { sk });
  try {
  if (at(A$sk_acceptq_removed.L19)) yield;
  sk.sk_ack_backlog--;
  } finally {
    leave($f);
  }
}
const A$sk_acceptq_is_full = defineFn('include/net/sock.h', 'sk_acceptq_is_full', [41]);
/** Strictly greater: the accept queue can hold backlog + 1 children. */
export function* sk_acceptq_is_full(sk: Sock): Sim<boolean> {
  const $f = enter(A$sk_acceptq_is_full, { sk });
  try {
  if (at(A$sk_acceptq_is_full.L41)) yield;
  return sk.sk_ack_backlog > sk.sk_max_ack_backlog;
  } finally {
    leave($f);
  }
}

export { WaitQueueHead };
const A$sk_common_release = defineFn('net/core/sock.c', 'sk_common_release', [176, 180, 184, 191]);

/** sk_common_release(): destroy, unhash, orphan, put — how UDP (and RAW) close; no states, no tracepoints. */
export function* sk_common_release(sk: Sock): Sim<void> { let $t: any;
  const $f = enter(A$sk_common_release, { sk });
  try {
  if (at(A$sk_common_release.L176)) yield;
  if (sk.sk_prot.destroy) (($t = sk.sk_prot.destroy).fast !== undefined && ($E.fast || $E.twinOk[$t.k] === 1) ? $t.fast(sk) : yield* sk.sk_prot.destroy(sk));
  if (at(A$sk_common_release.L180)) yield;
  (($t = sk.sk_prot.unhash).fast !== undefined && ($E.fast || $E.twinOk[$t.k] === 1) ? $t.fast(sk) : yield* sk.sk_prot.unhash(sk));
  if (at(A$sk_common_release.L184)) yield;
  sock_set_flag(sk, SOCK_DEAD);
  sk.sk_socket = null;
  sk.sk_wq = null;
  if (at(A$sk_common_release.L191)) yield;
  sk.skc_refcnt = 0;
  sk.freed = true;
  } finally {
    leave($f);
  }
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


// ---- fast-path twins (scripts/twins.cjs) ----
import { E as $E, FAST_FRAME as $FF, driveToEnd as $drive, registerTwin as $kreg } from '../../../core/engine';
import { wake_up_interruptible_all$fast as wake_up_interruptible_all$fast, wake_up_interruptible_poll$fast as wake_up_interruptible_poll$fast, wake_up_interruptible_sync_poll$fast as wake_up_interruptible_sync_poll$fast } from '../../kernel/sched/wait';
export function sock_def_wakeup$fast(sk: Sock): any { const $e = $E;
  const wq = sk.sk_wq;
  if (wq !== null && wq.waiters.length) wake_up_interruptible_all$fast(wq);
}
export function sock_def_error_report$fast(sk: Sock): any { const $e = $E;
  const wq = sk.sk_wq;
  if (wq !== null && wq.waiters.length) wake_up_interruptible_poll$fast(wq, EPOLLERR);
}
export function sock_def_readable$fast(sk: Sock): any { const $e = $E;
  const wq = sk.sk_wq;
  if (wq !== null && wq.waiters.length) wake_up_interruptible_sync_poll$fast(wq, EPOLLIN | EPOLLPRI | EPOLLRDNORM | EPOLLRDBAND);
}
export function sk_alloc$fast(net: Net, family: number, prot: Proto, kern: number): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0; let $x = -1;
  const $f = ($tb !== null && ($o = (A$sk_alloc.L23 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  ++$s;
  const sk = prot.alloc();
  
  $s += 4; $x = A$sk_alloc.L25 | 4194304;
  sk.skc_family = family;
  
  sk.sk_prot = prot;
  sk.sk_prot_creator = prot;
  
  sk.skc_net = net;
  
  return ($r = (sk), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$sk_alloc.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
export function sock_init_data$fast(sock: Socket | null, sk: Sock): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $s = 0;
  const $f = ($tb !== null && ($o = (A$sock_init_data.L119 | 272629760), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  $s += 4;
  sk.sk_receive_queue = [];
  sk.sk_write_queue = [];
  
  
  sk.sk_state = TCP_CLOSE;
  
  sk.sk_socket = sock;
  if (sock) {
    $s += 3; if ($tb !== null) ($o = (A$sock_init_data.L136 | 2097152), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
    sk.sk_type = sock.type;
    
    sk.sk_wq = sock.wq;
    
    sock.sk = sk;
  } else {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$sock_init_data.L143) : $tb.op($e.now, A$sock_init_data.L143));
    sk.sk_wq = null;
  }
  $s += 2; if ($tb !== null) ($o = (A$sock_init_data.L150 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  
  sk.sk_rcvtimeo = sk.sk_sndtimeo = Infinity;
  } ($e.steps += $s, $tb !== null && ($o = (A$sock_init_data.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
}
export function sk_clone_lock$fast(sk: Sock): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0; let $x = -1;
  const $f = ($tb !== null && ($o = (A$sk_clone_lock.L58 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  ++$s;
  const newsk = sk.sk_prot.alloc();
  
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$sk_clone_lock.L64) : $tb.op($e.now, A$sk_clone_lock.L64));
  sockCopy(newsk, sk);
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$sk_clone_lock.L100) : $tb.op($e.now, A$sk_clone_lock.L100));
  newsk.skc_refcnt = 2;
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$sk_clone_lock.L83) : $tb.op($e.now, A$sk_clone_lock.L83));
  newsk.sk_receive_queue = [];
  newsk.sk_write_queue = [];
  newsk.sk_backlog = [];
  newsk.sk_flags = sk.sk_flags;
  newsk.sk_err = 0;
  newsk.sk_ack_backlog = 0;
  // (atomic64_set(&newsk->sk_cookie, 0): a child gets its own cookie when one is asked for)
  newsk.sk_cookie = 0;
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$sk_clone_lock.L74) : $tb.op($e.now, A$sk_clone_lock.L74));
  $s += 3; $x = A$sk_clone_lock.L103 | 3145728;
  newsk.sk_socket = null;
  
  newsk.sk_wq = null;
  
  return ($r = (newsk), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$sk_clone_lock.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
export function sock_graft$fast(sk: Sock, parent: Socket): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $s = 0;
  const $f = ($tb !== null && ($o = (A$sock_graft.L53 | 273678336), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  $s += 5;
  
  sk.sk_wq = parent.wq;
  
  parent.sk = sk;
  
  sk.sk_socket = parent;
  
  } ($e.steps += $s, $tb !== null && ($o = (A$sock_graft.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
}
export function sk_acceptq_added$fast(sk: Sock): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $s = 0;
  const $f = ($tb !== null && ($o = (A$sk_acceptq_added.L29 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  ++$s;
  sk.sk_ack_backlog++;
  } ($e.steps += $s, $tb !== null && ($o = (A$sk_acceptq_added.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
}
export function sk_acceptq_removed$fast(sk: Sock): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $s = 0;
  const $f = ($tb !== null && ($o = (A$sk_acceptq_removed.L19 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  ++$s;
  sk.sk_ack_backlog--;
  } ($e.steps += $s, $tb !== null && ($o = (A$sk_acceptq_removed.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
}
export function sk_acceptq_is_full$fast(sk: Sock): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0;
  const $f = ($tb !== null && ($o = (A$sk_acceptq_is_full.L41 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  ++$s;
  return ($r = (sk.sk_ack_backlog > sk.sk_max_ack_backlog), ($e.steps += $s, $tb !== null && ($o = (A$sk_acceptq_is_full.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
export function sk_common_release$fast(sk: Sock): any { const $e = $E; const $tb: any = $e.lineSink; let $t: any; let $o: number; let $s = 0;
  const $f = ($tb !== null && ($o = (A$sk_common_release.L176 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  ++$s;
  if (sk.sk_prot.destroy) (($t = sk.sk_prot.destroy).fast !== undefined ? $t.fast(sk) : $drive($t(sk)));
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$sk_common_release.L180) : $tb.op($e.now, A$sk_common_release.L180));
  (($t = sk.sk_prot.unhash).fast !== undefined ? $t.fast(sk) : $drive($t(sk)));
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$sk_common_release.L184) : $tb.op($e.now, A$sk_common_release.L184));
  sock_set_flag(sk, SOCK_DEAD);
  sk.sk_socket = null;
  sk.sk_wq = null;
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$sk_common_release.L191) : $tb.op($e.now, A$sk_common_release.L191));
  sk.skc_refcnt = 0;
  sk.freed = true;
  } ($e.steps += $s, $tb !== null && ($o = (A$sk_common_release.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
}
$kreg(sock_def_wakeup, sock_def_wakeup$fast, 'sock_def_wakeup', () => [wake_up_interruptible_all]);
$kreg(sock_def_error_report, sock_def_error_report$fast, 'sock_def_error_report', () => [wake_up_interruptible_poll]);
$kreg(sock_def_readable, sock_def_readable$fast, 'sock_def_readable', () => [wake_up_interruptible_sync_poll]);
$kreg(sk_alloc, sk_alloc$fast, 'sk_alloc', () => []);
$kreg(sock_init_data, sock_init_data$fast, 'sock_init_data', () => []);
$kreg(sk_clone_lock, sk_clone_lock$fast, 'sk_clone_lock', () => []);
$kreg(sock_graft, sock_graft$fast, 'sock_graft', () => []);
$kreg(sk_acceptq_added, sk_acceptq_added$fast, 'sk_acceptq_added', () => []);
$kreg(sk_acceptq_removed, sk_acceptq_removed$fast, 'sk_acceptq_removed', () => []);
$kreg(sk_acceptq_is_full, sk_acceptq_is_full$fast, 'sk_acceptq_is_full', () => []);
$kreg(sk_common_release, sk_common_release$fast, 'sk_common_release', () => ['inet_unhash', 'tcp_v4_destroy_sock', 'udp_destroy_sock', 'udp_lib_unhash']);

// ---- kernel names ----
(sock_common_setsockopt as any).kname = 'sock_common_setsockopt';
