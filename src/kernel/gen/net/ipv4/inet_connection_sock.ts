// generated — do not edit. Written by scripts/gen-kernel.ts from src/kernel/net/ipv4/inet_connection_sock.ts
// @ts-nocheck
// net/ipv4/inet_connection_sock.c (+ reqsk_queue_alloc, reqsk_queue_remove): what every
// connection-oriented INET protocol shares — port allocation and bind conflicts, listen start and
// stop, accept and its wait, the request-sock timer, cloning a child, and the hash dance that
// moves a finished child from the established hash into the listener's accept queue.

import { Sim, SLEEP } from '../../../core/engine';
import { at, enter, leave } from '../../../core/engine';
import { defineFn } from '../../../core/anchors';
import { prepare_to_wait, finish_wait, schedule_timeout } from '../../../world/current';
import { TimerList } from '../../../core/timer';
import { Sock, SockCommon, sock_set_flag, sock_reset_flag, SOCK_DEAD, SOCK_RCU_FREE } from '../../../include/net/sock';
import { inet_sk } from '../../../include/net/inet_sock';
import { inet_csk, RequestSockQueue } from '../../../include/net/inet_connection_sock';
import type { InetBindBucket } from '../../../include/net/inet_hashtables';
import { RequestSock } from '../../../include/net/request_sock';
import { TCP_CLOSE, TCP_LISTEN, TCP_SYN_RECV, TCP_TIME_WAIT, SK_FORCE_REUSE, SK_CAN_REUSE } from '../../../include/net/tcp_states';
import { ERRNO } from '../../../include/uapi';
import { inet_sk_set_state, inet_sk_state_store } from './af_inet';
import {
  inet_bind_bucket_create, inet_bind_hash, inet_ehash_insert, hashinfoOf,
} from './inet_hashtables';
import { sk_clone_lock, sk_acceptq_added, sk_acceptq_removed } from '../core/sock';
import { tcp_rtx_synack } from './tcp_output';
import { tcp_disconnect } from './tcp';
import { MIB, NET_INC_STATS } from '../../../include/net/net_namespace';

const { EINVAL, EAGAIN, EADDRINUSE } = ERRNO;

// ---- bind conflicts and port choice -----------------------------------------------------------

function rcvSaddrEqual(a: SockCommon, b: SockCommon): boolean {
  return a.skc_rcv_saddr === b.skc_rcv_saddr || a.skc_rcv_saddr === '0.0.0.0' || b.skc_rcv_saddr === '0.0.0.0';
}
const A$inet_csk_bind_conflict = defineFn('net/ipv4/inet_connection_sock.c', 'inet_csk_bind_conflict', [21, 27, 35, 42, 46, 48, 54]);

/**
 * inet_csk_bind_conflict(): another owner of the port with an overlapping address conflicts unless
 * both have SO_REUSEADDR and the other one is not listening.
 */
export function* inet_csk_bind_conflict(sk: Sock, tb: InetBindBucket, relax: boolean, reuseport_ok: boolean): Sim<boolean> {
  const $f = enter(A$inet_csk_bind_conflict, { sk, tb, relax, reuseport_ok });
  try {
  if (at(A$inet_csk_bind_conflict.L21)) yield;
  const reuse = sk.skc_reuse;
  const reuseport = !!sk.skc_reuseport && reuseport_ok;
  let found: SockCommon | null = null;
  for (const sk2 of tb.owners) {
    $f.vars.sk2 = sk2;
    if (at(A$inet_csk_bind_conflict.L27)) yield;
    if (sk2 === sk) continue;
    if (sk.skc_bound_dev_if && sk2.skc_bound_dev_if && sk.skc_bound_dev_if !== sk2.skc_bound_dev_if) continue;
    if (at(A$inet_csk_bind_conflict.L35)) yield;
    if ((!reuse || !sk2.skc_reuse || sk2.skc_state === TCP_LISTEN) && (!reuseport || !sk2.skc_reuseport || sk2.skc_state !== TCP_TIME_WAIT)) {
      if (at(A$inet_csk_bind_conflict.L42)) yield;
      if (rcvSaddrEqual(sk, sk2)) {
        found = sk2;
        break;
      }
    }
    if (at(A$inet_csk_bind_conflict.L46)) yield;
    if (!relax && reuse && sk2.skc_reuse && sk2.skc_state !== TCP_LISTEN) {
      if (at(A$inet_csk_bind_conflict.L48)) yield;
      if (rcvSaddrEqual(sk, sk2)) {
        found = sk2;
        break;
      }
    }
  }
  $f.vars.sk2 = found;
  if (at(A$inet_csk_bind_conflict.L54)) yield;
  return found !== null;
  } finally {
    leave($f);
  }
}
const A$inet_csk_find_open_port = defineFn('net/ipv4/inet_connection_sock.c', 'inet_csk_find_open_port', [76, 79, 97, 98, 102, 112, 115, 120, 128, 133, 136, 139]);

/** inet_csk_find_open_port(): bind(0) and listen's autobind pick a free port, odd offsets first. */
export function* inet_csk_find_open_port(sk: Sock): Sim<{ port: number; tb: InetBindBucket | null } | null> {
  const $f = enter(A$inet_csk_find_open_port, { sk });
  try {
  const net = sk.skc_net;
  if (at(A$inet_csk_find_open_port.L76)) yield;
  let attempt_half = sk.skc_reuse === SK_CAN_REUSE ? 1 : 0;
  for (;;) {
    if (at(A$inet_csk_find_open_port.L79)) yield;
    let [low, high] = net.sysctl['net.ipv4.ip_local_port_range'];
    high++;
    if (high - low < 4) attempt_half = 0;
    if (attempt_half) {
      const half = low + (((high - low) >> 2) << 1);
      if (attempt_half === 1) high = half;
      else low = half;
    }
    let remaining = high - low;
    if (remaining > 1) remaining &= ~1;
    if (at(A$inet_csk_find_open_port.L97)) yield;
    let offset = net.host.world.rng.u32() % remaining;
    if (at(A$inet_csk_find_open_port.L98)) yield;
    offset |= 1;
    for (;;) {
      let port = low + offset;
      for (let i = 0; i < remaining; i += 2, port += 2) {
        if (port >= high) port -= remaining;
        $f.vars.port = port;
        if (at(A$inet_csk_find_open_port.L102)) yield;
        const tb = net.tcp_hashinfo.bhash.get(port) ?? null;
        if (tb) {
          $f.vars.tb = tb;
          if (at(A$inet_csk_find_open_port.L112)) yield;
          if (at(A$inet_csk_find_open_port.L115)) yield;
          if (!(($E.fast || $E.twinOk[inet_csk_bind_conflict.k] === 1 ? inet_csk_bind_conflict$fast(sk, tb, false, false) : yield* inet_csk_bind_conflict(sk, tb, false, false)))) {
            if (at(A$inet_csk_find_open_port.L139)) yield;
            return { port, tb };
          }
          continue;
        }
        if (at(A$inet_csk_find_open_port.L120)) yield;
        if (at(A$inet_csk_find_open_port.L139)) yield;
        return { port, tb: null };
      }
      if (at(A$inet_csk_find_open_port.L128)) yield;
      offset--;
      if (offset & 1) break;
    }
    if (attempt_half === 1) {
      if (at(A$inet_csk_find_open_port.L133)) yield;
      attempt_half = 2;
      continue;
    }
    if (at(A$inet_csk_find_open_port.L136)) yield;
    return null;
  }
  } finally {
    leave($f);
  }
}
const A$inet_csk_get_port = defineFn('net/ipv4/inet_connection_sock.c', 'inet_csk_get_port', [152, 164, 165, 166, 173, 176, 182, 188, 189, 192, 195, 202, 203, 204, 208, 211, 212, 213, 217, 223, 224, 226, 231]);

/** inet_csk_get_port() = tcp_prot.get_port: claim `snum` (0: any free port) in the bind hash. 0 on success. */
export function* inet_csk_get_port(sk: Sock, snum: number): Sim<number> {
  const $f = enter(A$inet_csk_get_port, { sk, snum });
  try {
  const net = sk.skc_net;
  if (at(A$inet_csk_get_port.L152)) yield;
  const reuse = !!sk.skc_reuse && sk.sk_state !== TCP_LISTEN;
  $f.vars.reuse = reuse;
  let port = snum;
  let tb: InetBindBucket | null = null;
  if (at(A$inet_csk_get_port.L164)) yield;
  if (!port) {
    if (at(A$inet_csk_get_port.L165)) yield;
    const r = ($E.fast || $E.twinOk[inet_csk_find_open_port.k] === 1 ? inet_csk_find_open_port$fast(sk) : yield* inet_csk_find_open_port(sk));
    if (at(A$inet_csk_get_port.L166)) yield;
    if (!r) return 1;
    port = r.port;
    tb = r.tb;
    $f.vars.port = port;
    $f.vars.tb = tb;
    if (!tb) {
      if (at(A$inet_csk_get_port.L182)) yield;
      tb = ($E.fast || $E.twinOk[inet_csk_bind_bucket_create_for.k] === 1 ? inet_csk_bind_bucket_create_for$fast(sk, port) : yield* inet_csk_bind_bucket_create_for(sk, port));
      $f.vars.tb = tb;
    }
  } else {
    if (at(A$inet_csk_get_port.L173)) yield;
    if (at(A$inet_csk_get_port.L176)) yield;
    tb = net.tcp_hashinfo.bhash.get(port) ?? null;
    $f.vars.tb = tb;
    if (!tb) {
      if (at(A$inet_csk_get_port.L182)) yield;
      tb = ($E.fast || $E.twinOk[inet_csk_bind_bucket_create_for.k] === 1 ? inet_csk_bind_bucket_create_for$fast(sk, port) : yield* inet_csk_bind_bucket_create_for(sk, port));
      $f.vars.tb = tb;
    } else {
      if (at(A$inet_csk_get_port.L188)) yield;
      if (tb.owners.size) {
        if (at(A$inet_csk_get_port.L189)) yield;
        if (sk.skc_reuse !== SK_FORCE_REUSE) {
          if (at(A$inet_csk_get_port.L192)) yield;
          if (!(tb.fastreuse > 0 && reuse)) {
            if (at(A$inet_csk_get_port.L195)) yield;
            if (($E.fast || $E.twinOk[inet_csk_bind_conflict.k] === 1 ? inet_csk_bind_conflict$fast(sk, tb, true, true) : yield* inet_csk_bind_conflict(sk, tb, true, true))) {
              if (at(A$inet_csk_get_port.L231)) yield;
              return 1;
            }
          }
        }
      }
    }
  }
  if (at(A$inet_csk_get_port.L202)) yield;
  if (tb.owners.size === 0) {
    if (at(A$inet_csk_get_port.L203)) yield;
    tb.fastreuse = reuse ? 1 : 0;
    if (at(A$inet_csk_get_port.L204)) yield;
    if (sk.skc_reuseport) {
      tb.fastreuseport = 1; // FASTREUSEPORT_ANY (the rest of that block is not modelled)
    } else {
      if (at(A$inet_csk_get_port.L208)) yield;
      tb.fastreuseport = 0;
    }
  } else {
    if (at(A$inet_csk_get_port.L211)) yield;
    if (!reuse) {
      if (at(A$inet_csk_get_port.L212)) yield;
      tb.fastreuse = 0;
    }
    if (at(A$inet_csk_get_port.L213)) yield;
    if (!sk.skc_reuseport) {
      if (at(A$inet_csk_get_port.L217)) yield;
      tb.fastreuseport = 0;
    }
  }
  if (at(A$inet_csk_get_port.L223)) yield;
  if (!inet_csk(sk).icsk_bind_hash) {
    if (at(A$inet_csk_get_port.L224)) yield;
    ($E.fast || $E.twinOk[inet_bind_hash.k] === 1 ? inet_bind_hash$fast(sk, tb, port) : yield* inet_bind_hash(sk, tb, port));
  }
  if (at(A$inet_csk_get_port.L226)) yield;
  if (at(A$inet_csk_get_port.L231)) yield;
  return 0;
  } finally {
    leave($f);
  }
}

function* inet_csk_bind_bucket_create_for(sk: Sock, port: number): Sim<InetBindBucket> {
  return ($E.fast || $E.twinOk[inet_bind_bucket_create.k] === 1 ? inet_bind_bucket_create$fast(sk.skc_net, port) : yield* inet_bind_bucket_create(sk.skc_net, port));
}
const A$reqsk_queue_alloc = defineFn('net/core/request_sock.c', 'reqsk_queue_alloc', [19, 23, 29]);

// ---- listen ---------------------------------------------------------------------------------------

export function* reqsk_queue_alloc(queue: RequestSockQueue): Sim<void> {
  const $f = enter(A$reqsk_queue_alloc, { queue });
  try {
  if (at(A$reqsk_queue_alloc.L19)) yield;
  if (at(A$reqsk_queue_alloc.L23)) yield;
  if (at(A$reqsk_queue_alloc.L29)) yield;
  queue.rskq_accept_head = queue.rskq_accept_tail = null;
  queue.qlen = queue.young = 0;
  } finally {
    leave($f);
  }
}
const A$inet_csk_listen_start = defineFn('net/ipv4/inet_connection_sock.c', 'inet_csk_listen_start', [486, 489, 490, 494, 496, 497, 499, 501, 503, 508, 509]);

/** inet_csk_listen_start(): LISTEN first (the tracepoint), then get_port again (conflicts, autobind), then the listening hash. */
export function* inet_csk_listen_start(sk: Sock, backlog: number): Sim<number> { let $t: any;
  const icsk = inet_csk(sk);
  const inet = inet_sk(sk);
  const $f = enter(A$inet_csk_listen_start, { sk, backlog, icsk, inet });
  try {

  let err = -EADDRINUSE;
  $f.vars.err = err;
  if (at(A$inet_csk_listen_start.L486)) yield;
  ($E.fast || $E.twinOk[reqsk_queue_alloc.k] === 1 ? reqsk_queue_alloc$fast(icsk.icsk_accept_queue) : yield* reqsk_queue_alloc(icsk.icsk_accept_queue));
  if (at(A$inet_csk_listen_start.L489)) yield;
  sk.sk_ack_backlog = 0;
  if (at(A$inet_csk_listen_start.L490)) yield;
  if (at(A$inet_csk_listen_start.L494)) yield;
  ($E.fast || $E.twinOk[inet_sk_state_store.k] === 1 ? inet_sk_state_store$fast(sk, TCP_LISTEN) : yield* inet_sk_state_store(sk, TCP_LISTEN));
  if (at(A$inet_csk_listen_start.L496)) yield;
  if (!((($t = sk.sk_prot.get_port).fast !== undefined && ($E.fast || $E.twinOk[$t.k] === 1) ? $t.fast(sk, inet.inet_num) : yield* sk.sk_prot.get_port(sk, inet.inet_num)))) {
    if (at(A$inet_csk_listen_start.L497)) yield;
    inet.inet_sport = inet.inet_num;
    if (at(A$inet_csk_listen_start.L499)) yield;
    if (at(A$inet_csk_listen_start.L501)) yield;
    err = (($t = sk.sk_prot.hash).fast !== undefined && ($E.fast || $E.twinOk[$t.k] === 1) ? $t.fast(sk) : yield* sk.sk_prot.hash(sk));
    $f.vars.err = err;
    if (at(A$inet_csk_listen_start.L503)) yield;
    if (!err) return 0;
  }
  if (at(A$inet_csk_listen_start.L508)) yield;
  ($E.fast || $E.twinOk[inet_sk_set_state.k] === 1 ? inet_sk_set_state$fast(sk, TCP_CLOSE) : yield* inet_sk_set_state(sk, TCP_CLOSE));
  if (at(A$inet_csk_listen_start.L509)) yield;
  return err;
  } finally {
    leave($f);
  }
}
const A$inet_csk_wait_for_connect = defineFn('net/ipv4/inet_connection_sock.c', 'inet_csk_wait_for_connect', [248, 251, 252, 253, 255, 257, 260, 269, 270]);

// ---- accept ---------------------------------------------------------------------------------------

/** inet_csk_wait_for_connect(): sleep, exclusively (wake-one), on the listener's wait queue. */
export function* inet_csk_wait_for_connect(sk: Sock, timeo: number): Sim<number> {
  const icsk = inet_csk(sk);
  const $f = enter(A$inet_csk_wait_for_connect, { sk, timeo });
  try {

  let err = 0;
  for (;;) {
    if (at(A$inet_csk_wait_for_connect.L248)) yield;
    if (at(A$inet_csk_wait_for_connect.L251)) yield;
    sk.sk_lock_owned = false;
    if (at(A$inet_csk_wait_for_connect.L252)) yield;
    if (!icsk.icsk_accept_queue.rskq_accept_head) {
      if (at(A$inet_csk_wait_for_connect.L253)) yield;
      const task = prepare_to_wait(sk.sk_wq!, true, 'inet_csk_wait_for_connect');
      const left = schedule_timeout(task, timeo);
      yield SLEEP;
      timeo = left();
      $f.vars.timeo = timeo;
      finish_wait(sk.sk_wq!, task);
    }
    if (at(A$inet_csk_wait_for_connect.L255)) yield;
    sk.sk_lock_owned = true;
    if (at(A$inet_csk_wait_for_connect.L257)) yield;
    if (icsk.icsk_accept_queue.rskq_accept_head) break;
    if (at(A$inet_csk_wait_for_connect.L260)) yield;
    if (sk.sk_state !== TCP_LISTEN) {
      err = -EINVAL;
      break;
    }
    // err = -EAGAIN; if (!timeo) break; — SO_RCVTIMEO ran out
    if (!timeo) {
      err = -EAGAIN;
      break;
    }
  }
  $f.vars.err = err;
  if (at(A$inet_csk_wait_for_connect.L269)) yield;
  if (at(A$inet_csk_wait_for_connect.L270)) yield;
  return err;
  } finally {
    leave($f);
  }
}
const A$reqsk_queue_remove = defineFn('include/net/request_sock.h', 'reqsk_queue_remove', [22, 25, 26, 27, 32]);

export function* reqsk_queue_remove(queue: RequestSockQueue, parent: Sock): Sim<RequestSock | null> {
  const $f = enter(A$reqsk_queue_remove, { queue, parent });
  try {
  if (at(A$reqsk_queue_remove.L22)) yield;
  const req = queue.rskq_accept_head;
  $f.vars.req = req;
  if (req) {
    if (at(A$reqsk_queue_remove.L25)) yield;
    ($E.fast || $E.twinOk[sk_acceptq_removed.k] === 1 ? sk_acceptq_removed$fast(parent) : yield* sk_acceptq_removed(parent));
    if (at(A$reqsk_queue_remove.L26)) yield;
    queue.rskq_accept_head = req.dl_next;
    if (at(A$reqsk_queue_remove.L27)) yield;
    if (!queue.rskq_accept_head) queue.rskq_accept_tail = null;
    req.dl_next = null;
  }
  if (at(A$reqsk_queue_remove.L32)) yield;
  return req;
  } finally {
    leave($f);
  }
}
const A$inet_csk_accept = defineFn('net/ipv4/inet_connection_sock.c', 'inet_csk_accept', [286, 289, 293, 295, 297, 301, 306, 308, 317, 320, 321, 323]);

/** inet_csk_accept() = tcp_prot.accept: take the first finished child off the accept queue (or wait for one). */
export function* inet_csk_accept(sk: Sock, flags: number, errp: { err: number }, kern: boolean): Sim<Sock | null> {
  const icsk = inet_csk(sk);
  const queue = icsk.icsk_accept_queue;
  const $f = enter(A$inet_csk_accept, { sk, flags, kern, queue });
  try {
  const fail = function* (error: number): Sim<null> {
    $f.vars.error = error;
    if (at(A$inet_csk_accept.L317)) yield;
    sk.sk_lock_owned = false;
    if (at(A$inet_csk_accept.L323)) yield;
    errp.err = error;
    return null;
  };

  if (at(A$inet_csk_accept.L286)) yield;
  sk.sk_lock_owned = true;
  let error = -EINVAL;
  $f.vars.error = error;
  if (at(A$inet_csk_accept.L289)) yield;
  if (sk.sk_state !== TCP_LISTEN) return yield* fail(error);
  if (at(A$inet_csk_accept.L293)) yield;
  if (!queue.rskq_accept_head) {
    if (at(A$inet_csk_accept.L295)) yield;
    const timeo = flags & 0o4000 ? 0 : sk.sk_rcvtimeo;
    $f.vars.timeo = timeo;
    if (!timeo) {
      if (at(A$inet_csk_accept.L297)) yield;
      return yield* fail(-EAGAIN);
    }
    if (at(A$inet_csk_accept.L301)) yield;
    error = yield* inet_csk_wait_for_connect(sk, timeo);
    $f.vars.error = error;
    if (error) return yield* fail(error);
  }
  if (at(A$inet_csk_accept.L306)) yield;
  const req = (($E.fast || $E.twinOk[reqsk_queue_remove.k] === 1 ? reqsk_queue_remove$fast(queue, sk) : yield* reqsk_queue_remove(queue, sk)))!;
  $f.vars.req = req;
  if (at(A$inet_csk_accept.L308)) yield;
  const newsk = req.sk!;
  $f.vars.newsk = newsk;
  if (at(A$inet_csk_accept.L317)) yield;
  sk.sk_lock_owned = false;
  if (at(A$inet_csk_accept.L320)) yield;
  req.freed = true;
  req.sk = null;
  if (at(A$inet_csk_accept.L321)) yield;
  return newsk;
  } finally {
    leave($f);
  }
}
const A$inet_csk_reqsk_queue_hash_add = defineFn('net/ipv4/inet_connection_sock.c', 'inet_csk_reqsk_queue_hash_add', [391, 394]);

// ---- request socks ----------------------------------------------------------------------------------

/**
 * inet_csk_reqsk_queue_hash_add(): the "SYN queue" entry — the request sock goes into the
 * *established* hash with its SYN-ACK timer armed; the listener only counts it (qlen, young).
 */
export function* inet_csk_reqsk_queue_hash_add(sk: Sock, req: RequestSock, timeout: number): Sim<void> {
  const $f = enter(A$inet_csk_reqsk_queue_hash_add, { sk, req, timeout });
  try {
  if (at(A$inet_csk_reqsk_queue_hash_add.L391)) yield;
  // reqsk_queue_hash_req(): arm req->rsk_timer, then inet_ehash_insert(req)
  req.rsk_timer = new TimerList('reqsk_timer_handler', sk.skc_net.host, reqsk_timer_handler, req);
  req.rsk_timer.mod(timeout);
  ($E.fast || $E.twinOk[inet_ehash_insert.k] === 1 ? inet_ehash_insert$fast(req, null) : yield* inet_ehash_insert(req, null));
  req.skc_refcnt = 3;
  if (at(A$inet_csk_reqsk_queue_hash_add.L394)) yield;
  const q = inet_csk(sk).icsk_accept_queue;
  q.qlen++;
  q.young++;
  } finally {
    leave($f);
  }
}

/** reqsk_queue_removed(): one half-open connection fewer (young: it never timed out). */
function reqsk_queue_removed(q: RequestSockQueue, req: RequestSock): void {
  q.qlen--;
  if (req.num_timeout === 0) q.young--;
}

/** reqsk_queue_unlink + reqsk_queue_removed: out of ehash, timer stopped, qlen/young down. */
function reqskQueueDrop(sk: Sock, req: RequestSock): boolean {
  const eh = hashinfoOf(req).ehash;
  const unlinked = eh.getFor(req) === req;
  if (unlinked) {
    eh.deleteFor(req);
    req.hashedIn = null;
  }
  req.rsk_timer?.del();
  if (unlinked) reqsk_queue_removed(inet_csk(sk).icsk_accept_queue, req);
  return unlinked;
}
export { reqskQueueDrop as inet_csk_reqsk_queue_drop };
const A$reqsk_timer_handler = defineFn('net/ipv4/inet_connection_sock.c', 'reqsk_timer_handler', [337, 346, 350, 363, 365, 370, 373, 378]);

/** reqsk_timer_handler(): resend the SYN-ACK with exponential backoff, or give up on the request sock. */
export function* reqsk_timer_handler(req: RequestSock): Sim<void> {
  const $f = enter(A$reqsk_timer_handler, { req });
  try {
  if (at(A$reqsk_timer_handler.L337)) yield;
  const sk_listener = req.rsk_listener!;
  $f.vars.sk_listener = sk_listener;
  if (at(A$reqsk_timer_handler.L346)) yield;
  if (sk_listener.sk_state === TCP_LISTEN) {
    if (at(A$reqsk_timer_handler.L350)) yield;
    const icsk = inet_csk(sk_listener);
    const max_retries = icsk.icsk_syn_retries || sk_listener.skc_net.sysctl['net.ipv4.tcp_synack_retries'];
    $f.vars.max_retries = max_retries;
    if (at(A$reqsk_timer_handler.L363)) yield;
    if (req.num_timeout < max_retries) {
      if (at(A$reqsk_timer_handler.L365)) yield;
      ($E.fast || $E.twinOk[tcp_rtx_synack.k] === 1 ? tcp_rtx_synack$fast(sk_listener, req) : yield* tcp_rtx_synack(sk_listener, req));
      if (at(A$reqsk_timer_handler.L370)) yield;
      if (req.num_timeout++ === 0) icsk.icsk_accept_queue.young--;
      const timeo = Math.min(1_000_000 * 2 ** req.num_timeout, 120_000_000);
      $f.vars.timeo = timeo;
      if (at(A$reqsk_timer_handler.L373)) yield;
      req.rsk_timer!.mod(timeo);
      return;
    }
  }
  if (at(A$reqsk_timer_handler.L378)) yield;
  reqskQueueDrop(sk_listener, req);
  req.freed = true;
  } finally {
    leave($f);
  }
}
const A$inet_csk_clone_lock = defineFn('net/ipv4/inet_connection_sock.c', 'inet_csk_clone_lock', [408, 414, 416, 419, 420, 421, 424, 432, 437, 441]);

// ---- the child ----------------------------------------------------------------------------------------

/** inet_csk_clone_lock(): the child is a copy of the listener, so its first state event is LISTEN→SYN_RECV. */
export function* inet_csk_clone_lock(sk: Sock, req: RequestSock): Sim<Sock> {
  const $f = enter(A$inet_csk_clone_lock, { sk, req });
  try {
  if (at(A$inet_csk_clone_lock.L408)) yield;
  const newsk = ($E.fast || $E.twinOk[sk_clone_lock.k] === 1 ? sk_clone_lock$fast(sk) : yield* sk_clone_lock(sk));
  $f.vars.newsk = newsk;
  const newicsk = inet_csk(newsk);
  $f.vars.newicsk = newicsk;
  if (at(A$inet_csk_clone_lock.L414)) yield;
  ($E.fast || $E.twinOk[inet_sk_set_state.k] === 1 ? inet_sk_set_state$fast(newsk, TCP_SYN_RECV) : yield* inet_sk_set_state(newsk, TCP_SYN_RECV));
  if (at(A$inet_csk_clone_lock.L416)) yield;
  newicsk.icsk_bind_hash = null;
  newsk.hashedIn = null;
  if (at(A$inet_csk_clone_lock.L419)) yield;
  newsk.inet_dport = req.skc_dport;
  if (at(A$inet_csk_clone_lock.L420)) yield;
  newsk.inet_num = req.skc_num;
  if (at(A$inet_csk_clone_lock.L421)) yield;
  inet_sk(newsk).inet_sport = req.skc_num;
  if (at(A$inet_csk_clone_lock.L424)) yield;
  sock_reset_flag(newsk, SOCK_RCU_FREE);
  if (at(A$inet_csk_clone_lock.L432)) yield;
  newicsk.icsk_retransmits = 0;
  newicsk.icsk_backoff = 0;
  if (at(A$inet_csk_clone_lock.L437)) yield;
  newicsk.icsk_accept_queue = new RequestSockQueue();
  if (at(A$inet_csk_clone_lock.L441)) yield;
  return newsk;
  } finally {
    leave($f);
  }
}
const A$inet_csk_reqsk_queue_add = defineFn('net/ipv4/inet_connection_sock.c', 'inet_csk_reqsk_queue_add', [546, 548, 549, 553, 554, 555, 556, 558, 559, 561, 564]);

/** inet_csk_reqsk_queue_add(): append the finished connection to the accept queue; sk_ack_backlog++. */
export function* inet_csk_reqsk_queue_add(sk: Sock, req: RequestSock, child: Sock): Sim<Sock | null> {
  const queue = inet_csk(sk).icsk_accept_queue;
  const $f = enter(A$inet_csk_reqsk_queue_add, { sk, req, child, queue });
  try {

  if (at(A$inet_csk_reqsk_queue_add.L546)) yield;
  if (at(A$inet_csk_reqsk_queue_add.L548)) yield;
  if (sk.sk_state !== TCP_LISTEN) {
    if (at(A$inet_csk_reqsk_queue_add.L549)) yield;
    ($E.fast || $E.twinOk[inet_child_forget.k] === 1 ? inet_child_forget$fast(sk, req, child) : yield* inet_child_forget(sk, req, child));
    return null;
  }
  if (at(A$inet_csk_reqsk_queue_add.L553)) yield;
  req.sk = child;
  if (at(A$inet_csk_reqsk_queue_add.L554)) yield;
  req.dl_next = null;
  if (at(A$inet_csk_reqsk_queue_add.L555)) yield;
  if (!queue.rskq_accept_head) {
    if (at(A$inet_csk_reqsk_queue_add.L556)) yield;
    queue.rskq_accept_head = req;
  } else {
    if (at(A$inet_csk_reqsk_queue_add.L558)) yield;
    queue.rskq_accept_tail!.dl_next = req;
  }
  if (at(A$inet_csk_reqsk_queue_add.L559)) yield;
  queue.rskq_accept_tail = req;
  if (at(A$inet_csk_reqsk_queue_add.L561)) yield;
  ($E.fast || $E.twinOk[sk_acceptq_added.k] === 1 ? sk_acceptq_added$fast(sk) : yield* sk_acceptq_added(sk));
  if (at(A$inet_csk_reqsk_queue_add.L564)) yield;
  return child;
  } finally {
    leave($f);
  }
}
const A$inet_csk_complete_hashdance = defineFn('net/ipv4/inet_connection_sock.c', 'inet_csk_complete_hashdance', [576, 578, 580, 582, 583, 586]);

/** inet_csk_complete_hashdance(): the request sock's job is done; the child moves to the accept queue. */
export function* inet_csk_complete_hashdance(sk: Sock, child: Sock, req: RequestSock, own_req: boolean): Sim<Sock | null> {
  const $f = enter(A$inet_csk_complete_hashdance, { sk, child, req, own_req });
  try {
  if (at(A$inet_csk_complete_hashdance.L576)) yield;
  if (own_req) {
    if (at(A$inet_csk_complete_hashdance.L578)) yield;
    // the req already left ehash (the child took its place): this stops its timer
    req.rsk_timer?.del();
    if (at(A$inet_csk_complete_hashdance.L580)) yield;
    reqsk_queue_removed(inet_csk(sk).icsk_accept_queue, req);
    if (at(A$inet_csk_complete_hashdance.L582)) yield;
    if (($E.fast || $E.twinOk[inet_csk_reqsk_queue_add.k] === 1 ? inet_csk_reqsk_queue_add$fast(sk, req, child) : yield* inet_csk_reqsk_queue_add(sk, req, child))) {
      if (at(A$inet_csk_complete_hashdance.L583)) yield;
      return child;
    }
  }
  if (at(A$inet_csk_complete_hashdance.L586)) yield;
  return null;
  } finally {
    leave($f);
  }
}
const A$inet_csk_destroy_sock = defineFn('net/ipv4/inet_connection_sock.c', 'inet_csk_destroy_sock', [452, 459, 467, 470]);

// ---- teardown -----------------------------------------------------------------------------------------

/** inet_csk_destroy_sock(): an orphan that reached CLOSE goes away (tcp_v4_destroy_sock fires tcp_destroy_sock). */
export function* inet_csk_destroy_sock(sk: Sock): Sim<void> { let $t: any;
  const $f = enter(A$inet_csk_destroy_sock, { sk });
  try {
  if (at(A$inet_csk_destroy_sock.L452)) yield;
  if (at(A$inet_csk_destroy_sock.L459)) yield;
  (($t = sk.sk_prot.destroy!).fast !== undefined && ($E.fast || $E.twinOk[$t.k] === 1) ? $t.fast(sk) : yield* sk.sk_prot.destroy!(sk));
  if (at(A$inet_csk_destroy_sock.L467)) yield;
  NET_INC_STATS(sk.skc_net, MIB.TCPOrphans, -1);
  if (at(A$inet_csk_destroy_sock.L470)) yield;
  sk.freed = true;
  } finally {
    leave($f);
  }
}
const A$inet_child_forget = defineFn('net/ipv4/inet_connection_sock.c', 'inet_child_forget', [521, 524, 526, 532]);

export function* inet_child_forget(sk: Sock, req: RequestSock, child: Sock): Sim<void> {
  const $f = enter(A$inet_child_forget, { sk, req, child });
  try {
  if (at(A$inet_child_forget.L521)) yield;
  ($E.fast || $E.twinOk[tcp_disconnect.k] === 1 ? tcp_disconnect$fast(child, 0o4000) : yield* tcp_disconnect(child, 0o4000));
  if (at(A$inet_child_forget.L524)) yield;
  sock_set_flag(child, SOCK_DEAD);
  child.sk_socket = null;
  if (at(A$inet_child_forget.L526)) yield;
  NET_INC_STATS(child.skc_net, MIB.TCPOrphans);
  if (at(A$inet_child_forget.L532)) yield;
  ($E.fast || $E.twinOk[inet_csk_destroy_sock.k] === 1 ? inet_csk_destroy_sock$fast(child) : yield* inet_csk_destroy_sock(child));
  } finally {
    leave($f);
  }
}
const A$inet_csk_listen_stop = defineFn('net/ipv4/inet_connection_sock.c', 'inet_csk_listen_stop', [603, 604, 612, 613]);

/** inet_csk_listen_stop(): a closing listener resets and frees every child nobody accepted. */
export function* inet_csk_listen_stop(sk: Sock): Sim<void> {
  const queue = inet_csk(sk).icsk_accept_queue;
  const $f = enter(A$inet_csk_listen_stop, { sk, queue });
  try {

  for (;;) {
    if (at(A$inet_csk_listen_stop.L603)) yield;
    const req = ($E.fast || $E.twinOk[reqsk_queue_remove.k] === 1 ? reqsk_queue_remove$fast(queue, sk) : yield* reqsk_queue_remove(queue, sk));
    if (!req) break;
    $f.vars.req = req;
    if (at(A$inet_csk_listen_stop.L604)) yield;
    const child = req.sk!;
    $f.vars.child = child;
    if (at(A$inet_csk_listen_stop.L612)) yield;
    ($E.fast || $E.twinOk[inet_child_forget.k] === 1 ? inet_child_forget$fast(sk, req, child) : yield* inet_child_forget(sk, req, child));
    if (at(A$inet_csk_listen_stop.L613)) yield;
    req.freed = true;
  }
  } finally {
    leave($f);
  }
}



// ---- fast-path twins (scripts/twins.cjs) ----
import { E as $E, FAST_FRAME as $FF, driveToEnd as $drive, registerTwin as $kreg } from '../../../core/engine';
import { inet_bind_hash$fast as inet_bind_hash$fast, inet_bind_bucket_create$fast as inet_bind_bucket_create$fast, inet_ehash_insert$fast as inet_ehash_insert$fast } from './inet_hashtables';
import { inet_sk_state_store$fast as inet_sk_state_store$fast, inet_sk_set_state$fast as inet_sk_set_state$fast } from './af_inet';
import { sk_acceptq_removed$fast as sk_acceptq_removed$fast, sk_clone_lock$fast as sk_clone_lock$fast, sk_acceptq_added$fast as sk_acceptq_added$fast } from '../core/sock';
import { tcp_rtx_synack$fast as tcp_rtx_synack$fast } from './tcp_output';
import { tcp_disconnect$fast as tcp_disconnect$fast } from './tcp';
export function inet_csk_bind_conflict$fast(sk: Sock, tb: InetBindBucket, relax: boolean, reuseport_ok: boolean): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0; let $x = -1;
  const $f = ($tb !== null && ($o = (A$inet_csk_bind_conflict.L21 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  ++$s;
  const reuse = sk.skc_reuse;
  const reuseport = !!sk.skc_reuseport && reuseport_ok;
  let found: SockCommon | null = null;
  for (const sk2 of tb.owners) {
    
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$inet_csk_bind_conflict.L27) : $tb.op($e.now, A$inet_csk_bind_conflict.L27));
    if (sk2 === sk) continue;
    if (sk.skc_bound_dev_if && sk2.skc_bound_dev_if && sk.skc_bound_dev_if !== sk2.skc_bound_dev_if) continue;
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$inet_csk_bind_conflict.L35) : $tb.op($e.now, A$inet_csk_bind_conflict.L35));
    if ((!reuse || !sk2.skc_reuse || sk2.skc_state === TCP_LISTEN) && (!reuseport || !sk2.skc_reuseport || sk2.skc_state !== TCP_TIME_WAIT)) {
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$inet_csk_bind_conflict.L42) : $tb.op($e.now, A$inet_csk_bind_conflict.L42));
      if (rcvSaddrEqual(sk, sk2)) {
        found = sk2;
        break;
      }
    }
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$inet_csk_bind_conflict.L46) : $tb.op($e.now, A$inet_csk_bind_conflict.L46));
    if (!relax && reuse && sk2.skc_reuse && sk2.skc_state !== TCP_LISTEN) {
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$inet_csk_bind_conflict.L48) : $tb.op($e.now, A$inet_csk_bind_conflict.L48));
      if (rcvSaddrEqual(sk, sk2)) {
        found = sk2;
        break;
      }
    }
  }
  
  ++$s; $x = A$inet_csk_bind_conflict.L54 | 1048576;
  return ($r = (found !== null), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$inet_csk_bind_conflict.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
export function inet_csk_find_open_port$fast(sk: Sock): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0; let $x = -1;
  const $f = ($tb !== null && ($o = (A$inet_csk_find_open_port.L76 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  const net = sk.skc_net;
  ++$s;
  let attempt_half = sk.skc_reuse === SK_CAN_REUSE ? 1 : 0;
  for (;;) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$inet_csk_find_open_port.L79) : $tb.op($e.now, A$inet_csk_find_open_port.L79));
    let [low, high] = net.sysctl['net.ipv4.ip_local_port_range'];
    high++;
    if (high - low < 4) attempt_half = 0;
    if (attempt_half) {
      const half = low + (((high - low) >> 2) << 1);
      if (attempt_half === 1) high = half;
      else low = half;
    }
    let remaining = high - low;
    if (remaining > 1) remaining &= ~1;
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$inet_csk_find_open_port.L97) : $tb.op($e.now, A$inet_csk_find_open_port.L97));
    let offset = net.host.world.rng.u32() % remaining;
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$inet_csk_find_open_port.L98) : $tb.op($e.now, A$inet_csk_find_open_port.L98));
    offset |= 1;
    for (;;) {
      let port = low + offset;
      for (let i = 0; i < remaining; i += 2, port += 2) {
        if (port >= high) port -= remaining;
        
        ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$inet_csk_find_open_port.L102) : $tb.op($e.now, A$inet_csk_find_open_port.L102));
        const tb = net.tcp_hashinfo.bhash.get(port) ?? null;
        if (tb) {
          
          $s += 2; if ($tb !== null) ($o = (A$inet_csk_find_open_port.L112 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
          
          if (!(inet_csk_bind_conflict$fast(sk, tb, false, false))) {
            ++$s; $x = A$inet_csk_find_open_port.L139 | 1048576;
            return ($r = ({ port, tb }), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$inet_csk_find_open_port.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
          }
          continue;
        }
        ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$inet_csk_find_open_port.L120) : $tb.op($e.now, A$inet_csk_find_open_port.L120));
        ++$s; $x = A$inet_csk_find_open_port.L139 | 1048576;
        return ($r = ({ port, tb: null }), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$inet_csk_find_open_port.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
      }
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$inet_csk_find_open_port.L128) : $tb.op($e.now, A$inet_csk_find_open_port.L128));
      offset--;
      if (offset & 1) break;
    }
    if (attempt_half === 1) {
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$inet_csk_find_open_port.L133) : $tb.op($e.now, A$inet_csk_find_open_port.L133));
      attempt_half = 2;
      continue;
    }
    ++$s; $x = A$inet_csk_find_open_port.L136 | 1048576;
    return ($r = (null), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$inet_csk_find_open_port.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
  } ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$inet_csk_find_open_port.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
}
export function inet_csk_get_port$fast(sk: Sock, snum: number): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0; let $x = -1;
  const $f = ($tb !== null && ($o = (A$inet_csk_get_port.L152 | 270532608), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  const net = sk.skc_net;
  $s += 2;
  const reuse = !!sk.skc_reuse && sk.sk_state !== TCP_LISTEN;
  
  let port = snum;
  let tb: InetBindBucket | null = null;
  
  if (!port) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$inet_csk_get_port.L165) : $tb.op($e.now, A$inet_csk_get_port.L165));
    const r = inet_csk_find_open_port$fast(sk);
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$inet_csk_get_port.L166) : $tb.op($e.now, A$inet_csk_get_port.L166));
    if (!r) return ($r = (1), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$inet_csk_get_port.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
    port = r.port;
    tb = r.tb;
    
    
    if (!tb) {
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$inet_csk_get_port.L182) : $tb.op($e.now, A$inet_csk_get_port.L182));
      tb = inet_csk_bind_bucket_create_for$fast(sk, port);
      
    }
  } else {
    $s += 2; if ($tb !== null) ($o = (A$inet_csk_get_port.L173 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
    
    tb = net.tcp_hashinfo.bhash.get(port) ?? null;
    
    if (!tb) {
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$inet_csk_get_port.L182) : $tb.op($e.now, A$inet_csk_get_port.L182));
      tb = inet_csk_bind_bucket_create_for$fast(sk, port);
      
    } else {
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$inet_csk_get_port.L188) : $tb.op($e.now, A$inet_csk_get_port.L188));
      if (tb.owners.size) {
        ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$inet_csk_get_port.L189) : $tb.op($e.now, A$inet_csk_get_port.L189));
        if (sk.skc_reuse !== SK_FORCE_REUSE) {
          ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$inet_csk_get_port.L192) : $tb.op($e.now, A$inet_csk_get_port.L192));
          if (!(tb.fastreuse > 0 && reuse)) {
            ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$inet_csk_get_port.L195) : $tb.op($e.now, A$inet_csk_get_port.L195));
            if (inet_csk_bind_conflict$fast(sk, tb, true, true)) {
              ++$s; $x = A$inet_csk_get_port.L231 | 1048576;
              return ($r = (1), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$inet_csk_get_port.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
            }
          }
        }
      }
    }
  }
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$inet_csk_get_port.L202) : $tb.op($e.now, A$inet_csk_get_port.L202));
  if (tb.owners.size === 0) {
    $s += 2; if ($tb !== null) ($o = (A$inet_csk_get_port.L203 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
    tb.fastreuse = reuse ? 1 : 0;
    
    if (sk.skc_reuseport) {
      tb.fastreuseport = 1; // FASTREUSEPORT_ANY (the rest of that block is not modelled)
    } else {
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$inet_csk_get_port.L208) : $tb.op($e.now, A$inet_csk_get_port.L208));
      tb.fastreuseport = 0;
    }
  } else {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$inet_csk_get_port.L211) : $tb.op($e.now, A$inet_csk_get_port.L211));
    if (!reuse) {
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$inet_csk_get_port.L212) : $tb.op($e.now, A$inet_csk_get_port.L212));
      tb.fastreuse = 0;
    }
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$inet_csk_get_port.L213) : $tb.op($e.now, A$inet_csk_get_port.L213));
    if (!sk.skc_reuseport) {
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$inet_csk_get_port.L217) : $tb.op($e.now, A$inet_csk_get_port.L217));
      tb.fastreuseport = 0;
    }
  }
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$inet_csk_get_port.L223) : $tb.op($e.now, A$inet_csk_get_port.L223));
  if (!inet_csk(sk).icsk_bind_hash) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$inet_csk_get_port.L224) : $tb.op($e.now, A$inet_csk_get_port.L224));
    inet_bind_hash$fast(sk, tb, port);
  }
  $s += 2; $x = A$inet_csk_get_port.L226 | 2097152;
  
  return ($r = (0), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$inet_csk_get_port.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
function inet_csk_bind_bucket_create_for$fast(sk: Sock, port: number): any { const $e = $E;
  return inet_bind_bucket_create$fast(sk.skc_net, port);
}
export function reqsk_queue_alloc$fast(queue: RequestSockQueue): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $s = 0;
  const $f = ($tb !== null && ($o = (A$reqsk_queue_alloc.L19 | 271581184), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  $s += 3;
  
  
  queue.rskq_accept_head = queue.rskq_accept_tail = null;
  queue.qlen = queue.young = 0;
  } ($e.steps += $s, $tb !== null && ($o = (A$reqsk_queue_alloc.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
}
export function inet_csk_listen_start$fast(sk: Sock, backlog: number): any { const $e = $E; const $tb: any = $e.lineSink; let $t: any; let $o: number; let $r: any; let $s = 0; let $x = -1;
  const icsk = inet_csk(sk);
  const inet = inet_sk(sk);
  const $f = ($tb !== null && ($o = (A$inet_csk_listen_start.L486 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {

  let err = -EADDRINUSE;
  
  ++$s;
  reqsk_queue_alloc$fast(icsk.icsk_accept_queue);
  $s += 3; if ($tb !== null) ($o = (A$inet_csk_listen_start.L489 | 2097152), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  sk.sk_ack_backlog = 0;
  
  
  inet_sk_state_store$fast(sk, TCP_LISTEN);
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$inet_csk_listen_start.L496) : $tb.op($e.now, A$inet_csk_listen_start.L496));
  if (!((($t = sk.sk_prot.get_port).fast !== undefined ? $t.fast(sk, inet.inet_num) : $drive($t(sk, inet.inet_num))))) {
    $s += 3; if ($tb !== null) ($o = (A$inet_csk_listen_start.L497 | 2097152), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
    inet.inet_sport = inet.inet_num;
    
    
    err = (($t = sk.sk_prot.hash).fast !== undefined ? $t.fast(sk) : $drive($t(sk)));
    
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$inet_csk_listen_start.L503) : $tb.op($e.now, A$inet_csk_listen_start.L503));
    if (!err) return ($r = (0), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$inet_csk_listen_start.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$inet_csk_listen_start.L508) : $tb.op($e.now, A$inet_csk_listen_start.L508));
  inet_sk_set_state$fast(sk, TCP_CLOSE);
  ++$s; $x = A$inet_csk_listen_start.L509 | 1048576;
  return ($r = (err), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$inet_csk_listen_start.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
export function reqsk_queue_remove$fast(queue: RequestSockQueue, parent: Sock): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0; let $x = -1;
  const $f = ($tb !== null && ($o = (A$reqsk_queue_remove.L22 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  ++$s;
  const req = queue.rskq_accept_head;
  
  if (req) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$reqsk_queue_remove.L25) : $tb.op($e.now, A$reqsk_queue_remove.L25));
    sk_acceptq_removed$fast(parent);
    $s += 2; if ($tb !== null) ($o = (A$reqsk_queue_remove.L26 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
    queue.rskq_accept_head = req.dl_next;
    
    if (!queue.rskq_accept_head) queue.rskq_accept_tail = null;
    req.dl_next = null;
  }
  ++$s; $x = A$reqsk_queue_remove.L32 | 1048576;
  return ($r = (req), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$reqsk_queue_remove.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
export function inet_csk_reqsk_queue_hash_add$fast(sk: Sock, req: RequestSock, timeout: number): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $s = 0;
  const $f = ($tb !== null && ($o = (A$inet_csk_reqsk_queue_hash_add.L391 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  ++$s;
  // reqsk_queue_hash_req(): arm req->rsk_timer, then inet_ehash_insert(req)
  req.rsk_timer = new TimerList('reqsk_timer_handler', sk.skc_net.host, reqsk_timer_handler, req);
  req.rsk_timer.mod(timeout);
  inet_ehash_insert$fast(req, null);
  req.skc_refcnt = 3;
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$inet_csk_reqsk_queue_hash_add.L394) : $tb.op($e.now, A$inet_csk_reqsk_queue_hash_add.L394));
  const q = inet_csk(sk).icsk_accept_queue;
  q.qlen++;
  q.young++;
  } ($e.steps += $s, $tb !== null && ($o = (A$inet_csk_reqsk_queue_hash_add.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
}
export function reqsk_timer_handler$fast(req: RequestSock): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $s = 0;
  const $f = ($tb !== null && ($o = (A$reqsk_timer_handler.L337 | 270532608), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  $s += 2;
  const sk_listener = req.rsk_listener!;
  
  
  if (sk_listener.sk_state === TCP_LISTEN) {
    $s += 2; if ($tb !== null) ($o = (A$reqsk_timer_handler.L350 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
    const icsk = inet_csk(sk_listener);
    const max_retries = icsk.icsk_syn_retries || sk_listener.skc_net.sysctl['net.ipv4.tcp_synack_retries'];
    
    
    if (req.num_timeout < max_retries) {
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$reqsk_timer_handler.L365) : $tb.op($e.now, A$reqsk_timer_handler.L365));
      tcp_rtx_synack$fast(sk_listener, req);
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$reqsk_timer_handler.L370) : $tb.op($e.now, A$reqsk_timer_handler.L370));
      if (req.num_timeout++ === 0) icsk.icsk_accept_queue.young--;
      const timeo = Math.min(1_000_000 * 2 ** req.num_timeout, 120_000_000);
      
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$reqsk_timer_handler.L373) : $tb.op($e.now, A$reqsk_timer_handler.L373));
      req.rsk_timer!.mod(timeo);
      { ($e.steps += $s, $tb !== null && ($o = (A$reqsk_timer_handler.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))); return; }
    }
  }
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$reqsk_timer_handler.L378) : $tb.op($e.now, A$reqsk_timer_handler.L378));
  reqskQueueDrop(sk_listener, req);
  req.freed = true;
  } ($e.steps += $s, $tb !== null && ($o = (A$reqsk_timer_handler.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
}
export function inet_csk_clone_lock$fast(sk: Sock, req: RequestSock): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0; let $x = -1;
  const $f = ($tb !== null && ($o = (A$inet_csk_clone_lock.L408 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  ++$s;
  const newsk = sk_clone_lock$fast(sk);
  
  const newicsk = inet_csk(newsk);
  
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$inet_csk_clone_lock.L414) : $tb.op($e.now, A$inet_csk_clone_lock.L414));
  inet_sk_set_state$fast(newsk, TCP_SYN_RECV);
  $s += 5; if ($tb !== null) ($o = (A$inet_csk_clone_lock.L416 | 4194304), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  newicsk.icsk_bind_hash = null;
  newsk.hashedIn = null;
  
  newsk.inet_dport = req.skc_dport;
  
  newsk.inet_num = req.skc_num;
  
  inet_sk(newsk).inet_sport = req.skc_num;
  
  sock_reset_flag(newsk, SOCK_RCU_FREE);
  $s += 2; if ($tb !== null) ($o = (A$inet_csk_clone_lock.L432 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  newicsk.icsk_retransmits = 0;
  newicsk.icsk_backoff = 0;
  
  newicsk.icsk_accept_queue = new RequestSockQueue();
  ++$s; $x = A$inet_csk_clone_lock.L441 | 1048576;
  return ($r = (newsk), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$inet_csk_clone_lock.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
export function inet_csk_reqsk_queue_add$fast(sk: Sock, req: RequestSock, child: Sock): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0; let $x = -1;
  const queue = inet_csk(sk).icsk_accept_queue;
  const $f = ($tb !== null && ($o = (A$inet_csk_reqsk_queue_add.L546 | 270532608), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {

  $s += 2;
  
  if (sk.sk_state !== TCP_LISTEN) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$inet_csk_reqsk_queue_add.L549) : $tb.op($e.now, A$inet_csk_reqsk_queue_add.L549));
    inet_child_forget$fast(sk, req, child);
    return ($r = (null), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$inet_csk_reqsk_queue_add.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
  $s += 3; if ($tb !== null) ($o = (A$inet_csk_reqsk_queue_add.L553 | 2097152), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  req.sk = child;
  
  req.dl_next = null;
  
  if (!queue.rskq_accept_head) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$inet_csk_reqsk_queue_add.L556) : $tb.op($e.now, A$inet_csk_reqsk_queue_add.L556));
    queue.rskq_accept_head = req;
  } else {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$inet_csk_reqsk_queue_add.L558) : $tb.op($e.now, A$inet_csk_reqsk_queue_add.L558));
    queue.rskq_accept_tail!.dl_next = req;
  }
  $s += 2; if ($tb !== null) ($o = (A$inet_csk_reqsk_queue_add.L559 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  queue.rskq_accept_tail = req;
  
  sk_acceptq_added$fast(sk);
  ++$s; $x = A$inet_csk_reqsk_queue_add.L564 | 1048576;
  return ($r = (child), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$inet_csk_reqsk_queue_add.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
export function inet_csk_complete_hashdance$fast(sk: Sock, child: Sock, req: RequestSock, own_req: boolean): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0; let $x = -1;
  const $f = ($tb !== null && ($o = (A$inet_csk_complete_hashdance.L576 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  ++$s;
  if (own_req) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$inet_csk_complete_hashdance.L578) : $tb.op($e.now, A$inet_csk_complete_hashdance.L578));
    // the req already left ehash (the child took its place): this stops its timer
    req.rsk_timer?.del();
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$inet_csk_complete_hashdance.L580) : $tb.op($e.now, A$inet_csk_complete_hashdance.L580));
    reqsk_queue_removed(inet_csk(sk).icsk_accept_queue, req);
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$inet_csk_complete_hashdance.L582) : $tb.op($e.now, A$inet_csk_complete_hashdance.L582));
    if (inet_csk_reqsk_queue_add$fast(sk, req, child)) {
      ++$s; $x = A$inet_csk_complete_hashdance.L583 | 1048576;
      return ($r = (child), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$inet_csk_complete_hashdance.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
    }
  }
  ++$s; $x = A$inet_csk_complete_hashdance.L586 | 1048576;
  return ($r = (null), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$inet_csk_complete_hashdance.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
export function inet_csk_destroy_sock$fast(sk: Sock): any { const $e = $E; const $tb: any = $e.lineSink; let $t: any; let $o: number; let $s = 0;
  const $f = ($tb !== null && ($o = (A$inet_csk_destroy_sock.L452 | 270532608), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  $s += 2;
  
  (($t = sk.sk_prot.destroy!).fast !== undefined ? $t.fast(sk) : $drive($t(sk)));
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$inet_csk_destroy_sock.L467) : $tb.op($e.now, A$inet_csk_destroy_sock.L467));
  NET_INC_STATS(sk.skc_net, MIB.TCPOrphans, -1);
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$inet_csk_destroy_sock.L470) : $tb.op($e.now, A$inet_csk_destroy_sock.L470));
  sk.freed = true;
  } ($e.steps += $s, $tb !== null && ($o = (A$inet_csk_destroy_sock.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
}
export function inet_child_forget$fast(sk: Sock, req: RequestSock, child: Sock): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $s = 0;
  const $f = ($tb !== null && ($o = (A$inet_child_forget.L521 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  ++$s;
  tcp_disconnect$fast(child, 0o4000);
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$inet_child_forget.L524) : $tb.op($e.now, A$inet_child_forget.L524));
  sock_set_flag(child, SOCK_DEAD);
  child.sk_socket = null;
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$inet_child_forget.L526) : $tb.op($e.now, A$inet_child_forget.L526));
  NET_INC_STATS(child.skc_net, MIB.TCPOrphans);
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$inet_child_forget.L532) : $tb.op($e.now, A$inet_child_forget.L532));
  inet_csk_destroy_sock$fast(child);
  } ($e.steps += $s, $tb !== null && ($o = (A$inet_child_forget.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
}
export function inet_csk_listen_stop$fast(sk: Sock): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $s = 0;
  const queue = inet_csk(sk).icsk_accept_queue;
  const $f = ($tb !== null && ($o = (A$inet_csk_listen_stop.fn.id | 268435456), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {

  for (;;) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$inet_csk_listen_stop.L603) : $tb.op($e.now, A$inet_csk_listen_stop.L603));
    const req = reqsk_queue_remove$fast(queue, sk);
    if (!req) break;
    
    $s += 2; if ($tb !== null) ($o = (A$inet_csk_listen_stop.L604 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
    const child = req.sk!;
    
    
    inet_child_forget$fast(sk, req, child);
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$inet_csk_listen_stop.L613) : $tb.op($e.now, A$inet_csk_listen_stop.L613));
    req.freed = true;
  }
  } ($e.steps += $s, $tb !== null && ($o = (A$inet_csk_listen_stop.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
}
$kreg(inet_csk_bind_conflict, inet_csk_bind_conflict$fast, 'inet_csk_bind_conflict', () => []);
$kreg(inet_csk_find_open_port, inet_csk_find_open_port$fast, 'inet_csk_find_open_port', () => [inet_csk_bind_conflict]);
$kreg(inet_csk_get_port, inet_csk_get_port$fast, 'inet_csk_get_port', () => [inet_bind_hash, inet_csk_bind_bucket_create_for, inet_csk_bind_conflict, inet_csk_find_open_port]);
$kreg(inet_csk_bind_bucket_create_for, inet_csk_bind_bucket_create_for$fast, 'inet_csk_bind_bucket_create_for', () => [inet_bind_bucket_create]);
$kreg(reqsk_queue_alloc, reqsk_queue_alloc$fast, 'reqsk_queue_alloc', () => []);
$kreg(inet_csk_listen_start, inet_csk_listen_start$fast, 'inet_csk_listen_start', () => ['inet_hash', 'raw_hash_sk', 'udp_v4_get_port', inet_csk_get_port, inet_sk_set_state, inet_sk_state_store, reqsk_queue_alloc]);
$kreg(reqsk_queue_remove, reqsk_queue_remove$fast, 'reqsk_queue_remove', () => [sk_acceptq_removed]);
$kreg(inet_csk_reqsk_queue_hash_add, inet_csk_reqsk_queue_hash_add$fast, 'inet_csk_reqsk_queue_hash_add', () => [inet_ehash_insert]);
$kreg(reqsk_timer_handler, reqsk_timer_handler$fast, 'reqsk_timer_handler', () => [tcp_rtx_synack]);
$kreg(inet_csk_clone_lock, inet_csk_clone_lock$fast, 'inet_csk_clone_lock', () => [inet_sk_set_state, sk_clone_lock]);
$kreg(inet_csk_reqsk_queue_add, inet_csk_reqsk_queue_add$fast, 'inet_csk_reqsk_queue_add', () => [inet_child_forget, sk_acceptq_added]);
$kreg(inet_csk_complete_hashdance, inet_csk_complete_hashdance$fast, 'inet_csk_complete_hashdance', () => [inet_csk_reqsk_queue_add]);
$kreg(inet_csk_destroy_sock, inet_csk_destroy_sock$fast, 'inet_csk_destroy_sock', () => ['tcp_v4_destroy_sock', 'udp_destroy_sock']);
$kreg(inet_child_forget, inet_child_forget$fast, 'inet_child_forget', () => [inet_csk_destroy_sock, tcp_disconnect]);
$kreg(inet_csk_listen_stop, inet_csk_listen_stop$fast, 'inet_csk_listen_stop', () => [inet_child_forget, reqsk_queue_remove]);

// ---- kernel names ----
(inet_csk_get_port as any).kname = 'inet_csk_get_port';
(inet_csk_accept as any).kname = 'inet_csk_accept';
