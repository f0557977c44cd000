// net/ipv4/inet_connection_sock.c (+ reqsk_queue_alloc, reqsk_queue_remove): what every
// connection-oriented INET protocol shares — port allocation and bind conflicts, listen start and
// stop, accept and its wait, the request-sock timer, cloning a child, and the hash dance that
// moves a finished child from the established hash into the listener's accept queue.

import { defineFn } from '../../sim/anchors';
import { at, enter, leave, Sim, SLEEP } from '../../sim/engine';
import { prepare_to_wait, finish_wait } from '../../sim/current';
import { TimerList } from '../../sim/timer';
import { Sock, SockCommon, sock_set_flag, sock_reset_flag, SOCK_DEAD, SOCK_RCU_FREE } from '../../include/net/sock';
import { inet_sk } from '../../include/net/inet_sock';
import { inet_csk, RequestSockQueue } from '../../include/net/inet_connection_sock';
import type { InetBindBucket } from '../../include/net/inet_hashtables';
import { RequestSock } from '../../include/net/request_sock';
import { TCP_CLOSE, TCP_LISTEN, TCP_SYN_RECV, TCP_TIME_WAIT, SK_FORCE_REUSE, SK_CAN_REUSE } from '../../include/net/tcp_states';
import { ERRNO } from '../../include/uapi';
import { inet_sk_set_state, inet_sk_state_store } from './af_inet';
import {
  inet_bind_bucket_create, inet_bind_hash, inet_ehash_insert, hashinfoOf,
} from './inet_hashtables';
import { sk_clone_lock, sk_acceptq_added, sk_acceptq_removed } from '../core/sock';
import { tcp_rtx_synack } from './tcp_output';
import { tcp_disconnect } from './tcp';
import { NET_INC_STATS } from '../../include/net/net_namespace';

const { EINVAL, EAGAIN, EADDRINUSE } = ERRNO;

// ---- bind conflicts and port choice -----------------------------------------------------------

function rcvSaddrEqual(a: SockCommon, b: SockCommon): boolean {
  return a.skc_rcv_saddr === b.skc_rcv_saddr || a.skc_rcv_saddr === '0.0.0.0' || b.skc_rcv_saddr === '0.0.0.0';
}

const CONFLICT = defineFn('net/ipv4/inet_connection_sock.c', 'inet_csk_bind_conflict', {
  reuse: 'bool reuse = sk->sk_reuse;',
  walk: 'sk_for_each_bound(sk2, &tb->owners) {',
  rule: 'if ((!reuse || !sk2->sk_reuse ||',
  equal: 'if (inet_rcv_saddr_equal(sk, sk2, true))#1',
  equal2: 'if (inet_rcv_saddr_equal(sk, sk2, true))#2',
  relax: 'if (!relax && reuse && sk2->sk_reuse &&',
  ret: 'return sk2 != NULL;',
});
/**
 * inet_csk_bind_conflict(): another owner of the port with an overlapping address conflicts unless
 * both have SO_REUSEADDR and the other one is not listening.
 */
export function* inet_csk_bind_conflict(sk: Sock, tb: InetBindBucket, relax: boolean, reuseport_ok: boolean): Sim<boolean> {
  const f = enter(CONFLICT, { sk, tb, relax, reuseport_ok });
  try {
    if (at(CONFLICT.reuse)) yield;
    const reuse = sk.skc_reuse;
    const reuseport = !!sk.skc_reuseport && reuseport_ok;
    let found: SockCommon | null = null;
    for (const sk2 of tb.owners) {
      f.vars.sk2 = sk2;
      if (at(CONFLICT.walk)) yield;
      if (sk2 === sk) continue;
      if (sk.skc_bound_dev_if && sk2.skc_bound_dev_if && sk.skc_bound_dev_if !== sk2.skc_bound_dev_if) continue;
      if (at(CONFLICT.rule)) yield;
      if ((!reuse || !sk2.skc_reuse || sk2.skc_state === TCP_LISTEN) && (!reuseport || !sk2.skc_reuseport || sk2.skc_state !== TCP_TIME_WAIT)) {
        if (at(CONFLICT.equal)) yield;
        if (rcvSaddrEqual(sk, sk2)) {
          found = sk2;
          break;
        }
      }
      if (at(CONFLICT.relax)) yield;
      if (!relax && reuse && sk2.skc_reuse && sk2.skc_state !== TCP_LISTEN) {
        if (at(CONFLICT.equal2)) yield;
        if (rcvSaddrEqual(sk, sk2)) {
          found = sk2;
          break;
        }
      }
    }
    f.vars.sk2 = found;
    if (at(CONFLICT.ret)) yield;
    return found !== null;
  } finally {
    leave(f);
  }
}

const FIND = defineFn('net/ipv4/inet_connection_sock.c', 'inet_csk_find_open_port', {
  half: 'attempt_half = (sk->sk_reuse == SK_CAN_REUSE) ? 1 : 0;',
  range: 'inet_get_local_port_range(net, &low, &high);',
  offset: 'offset = prandom_u32() % remaining;',
  odd: 'offset |= 1U;',
  loop: 'for (i = 0; i < remaining; i += 2, port += 2) {',
  bucket: 'inet_bind_bucket_for_each(tb, &head->chain)',
  conflict: 'if (!inet_csk_bind_conflict(sk, tb, false, false))',
  free: 'tb = NULL;',
  parity: 'offset--;',
  upper: 'attempt_half = 2;',
  none: 'return NULL;',
  success: '*port_ret = port;',
});
/** inet_csk_find_open_port(): bind(0) and listen's autobind pick a free port, odd offsets first. */
export function* inet_csk_find_open_port(sk: Sock): Sim<{ port: number; tb: InetBindBucket | null } | null> {
  const f = enter(FIND, { sk });
  try {
    const net = sk.skc_net;
    if (at(FIND.half)) yield;
    let attempt_half = sk.skc_reuse === SK_CAN_REUSE ? 1 : 0;
    for (;;) {
      if (at(FIND.range)) yield;
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
      if (at(FIND.offset)) yield;
      let offset = net.host.world.rng.u32() % remaining;
      if (at(FIND.odd)) yield;
      offset |= 1;
      for (;;) {
        let port = low + offset;
        for (let i = 0; i < remaining; i += 2, port += 2) {
          if (port >= high) port -= remaining;
          f.vars.port = port;
          if (at(FIND.loop)) yield;
          const tb = net.tcp_hashinfo.bhash.get(port) ?? null;
          if (tb) {
            f.vars.tb = tb;
            if (at(FIND.bucket)) yield;
            if (at(FIND.conflict)) yield;
            if (!(yield* inet_csk_bind_conflict(sk, tb, false, false))) {
              if (at(FIND.success)) yield;
              return { port, tb };
            }
            continue;
          }
          if (at(FIND.free)) yield;
          if (at(FIND.success)) yield;
          return { port, tb: null };
        }
        if (at(FIND.parity)) yield;
        offset--;
        if (offset & 1) break;
      }
      if (attempt_half === 1) {
        if (at(FIND.upper)) yield;
        attempt_half = 2;
        continue;
      }
      if (at(FIND.none)) yield;
      return null;
    }
  } finally {
    leave(f);
  }
}

const GETPORT = defineFn('net/ipv4/inet_connection_sock.c', 'inet_csk_get_port', {
  reuse: 'bool reuse = sk->sk_reuse && sk->sk_state != TCP_LISTEN;',
  zero: 'if (!port) {',
  find: 'head = inet_csk_find_open_port(sk, &tb, &port);',
  head: 'head = &hinfo->bhash[inet_bhashfn(net, port,',
  walk: 'inet_bind_bucket_for_each(tb, &head->chain)',
  create: 'tb = inet_bind_bucket_create(hinfo->bind_bucket_cachep,',
  owners: 'if (!hlist_empty(&tb->owners)) {',
  force: 'if (sk->sk_reuse == SK_FORCE_REUSE)',
  fast: 'if ((tb->fastreuse > 0 && reuse) ||',
  conflict: 'if (inet_csk_bind_conflict(sk, tb, true, true))',
  update: 'inet_csk_update_fastreuse(tb, sk);',
  nohash: 'if (!inet_csk(sk)->icsk_bind_hash)',
  bindhash: 'inet_bind_hash(sk, tb, port);',
  ok: 'ret = 0;',
  nohead: 'if (!head) return ret;',
  ret: 'return ret;#2',
});
/** inet_csk_get_port() = tcp_prot.get_port: claim `snum` (0: any free port) in the bind hash. 0 on success. */
export function* inet_csk_get_port(sk: Sock, snum: number): Sim<number> {
  const f = enter(GETPORT, { sk, snum });
  try {
    const net = sk.skc_net;
    if (at(GETPORT.reuse)) yield;
    const reuse = !!sk.skc_reuse && sk.sk_state !== TCP_LISTEN;
    f.vars.reuse = reuse;
    let port = snum;
    let tb: InetBindBucket | null = null;
    if (at(GETPORT.zero)) yield;
    if (!port) {
      if (at(GETPORT.find)) yield;
      const r = yield* inet_csk_find_open_port(sk);
      if (at(GETPORT.nohead)) yield;
      if (!r) return 1;
      port = r.port;
      tb = r.tb;
      f.vars.port = port;
      f.vars.tb = tb;
      if (!tb) {
        if (at(GETPORT.create)) yield;
        tb = yield* inet_csk_bind_bucket_create_for(sk, port);
        f.vars.tb = tb;
      }
    } else {
      if (at(GETPORT.head)) yield;
      if (at(GETPORT.walk)) yield;
      tb = net.tcp_hashinfo.bhash.get(port) ?? null;
      f.vars.tb = tb;
      if (!tb) {
        if (at(GETPORT.create)) yield;
        tb = yield* inet_csk_bind_bucket_create_for(sk, port);
        f.vars.tb = tb;
      } else {
        if (at(GETPORT.owners)) yield;
        if (tb.owners.size) {
          if (at(GETPORT.force)) yield;
          if (sk.skc_reuse !== SK_FORCE_REUSE) {
            if (at(GETPORT.fast)) yield;
            if (!(tb.fastreuse > 0 && reuse)) {
              if (at(GETPORT.conflict)) yield;
              if (yield* inet_csk_bind_conflict(sk, tb, true, true)) {
                if (at(GETPORT.ret)) yield;
                return 1;
              }
            }
          }
        }
      }
    }
    if (at(GETPORT.update)) yield;
    inet_csk_update_fastreuse(tb, sk);
    if (at(GETPORT.nohash)) yield;
    if (!inet_csk(sk).icsk_bind_hash) {
      if (at(GETPORT.bindhash)) yield;
      yield* inet_bind_hash(sk, tb, port);
    }
    if (at(GETPORT.ok)) yield;
    if (at(GETPORT.ret)) yield;
    return 0;
  } finally {
    leave(f);
  }
}

function* inet_csk_bind_bucket_create_for(sk: Sock, port: number): Sim<InetBindBucket> {
  return yield* inet_bind_bucket_create(sk.skc_net, port);
}

/** inet_csk_update_fastreuse(): can later SO_REUSEADDR binders skip the conflict walk? */
function inet_csk_update_fastreuse(tb: InetBindBucket, sk: Sock): void {
  const reuse = sk.skc_reuse && sk.sk_state !== TCP_LISTEN ? 1 : 0;
  if (tb.owners.size === 0) {
    tb.fastreuse = reuse;
    tb.fastreuseport = sk.skc_reuseport ? 1 : 0;
  } else {
    if (!reuse) tb.fastreuse = 0;
    if (!sk.skc_reuseport) tb.fastreuseport = 0;
  }
}

// ---- listen ---------------------------------------------------------------------------------------

const RQA = defineFn('net/core/request_sock.c', 'reqsk_queue_alloc', {
  lock: 'spin_lock_init(&queue->rskq_lock);',
  fastopen: 'queue->fastopenq.rskq_rst_head = NULL;',
  head: 'queue->rskq_accept_head = NULL;',
});
export function* reqsk_queue_alloc(queue: RequestSockQueue): Sim<void> {
  const f = enter(RQA, { queue });
  try {
    if (at(RQA.lock)) yield;
    if (at(RQA.fastopen)) yield;
    if (at(RQA.head)) yield;
    queue.rskq_accept_head = queue.rskq_accept_tail = null;
    queue.qlen = queue.young = 0;
  } finally {
    leave(f);
  }
}

const LSTART = defineFn('net/ipv4/inet_connection_sock.c', 'inet_csk_listen_start', {
  alloc: 'reqsk_queue_alloc(&icsk->icsk_accept_queue);',
  backlog: 'sk->sk_ack_backlog = 0;',
  delack: 'inet_csk_delack_init(sk);',
  state: 'inet_sk_state_store(sk, TCP_LISTEN);',
  getport: 'if (!sk->sk_prot->get_port(sk, inet->inet_num)) {',
  sport: 'inet->inet_sport = htons(inet->inet_num);',
  dst: 'sk_dst_reset(sk);',
  hash: 'err = sk->sk_prot->hash(sk);',
  ok: 'if (likely(!err))',
  close: 'inet_sk_set_state(sk, TCP_CLOSE);',
  ret: 'return err;',
});
/** inet_csk_listen_start(): LISTEN first (the tracepoint), then get_port again (conflicts, autobind), then the listening hash. */
export function* inet_csk_listen_start(sk: Sock, backlog: number): Sim<number> {
  const icsk = inet_csk(sk);
  const inet = inet_sk(sk);
  const f = enter(LSTART, { sk, backlog, icsk, inet });
  try {
    let err = -EADDRINUSE;
    f.vars.err = err;
    if (at(LSTART.alloc)) yield;
    yield* reqsk_queue_alloc(icsk.icsk_accept_queue);
    if (at(LSTART.backlog)) yield;
    sk.sk_ack_backlog = 0;
    if (at(LSTART.delack)) yield;
    if (at(LSTART.state)) yield;
    yield* inet_sk_state_store(sk, TCP_LISTEN);
    if (at(LSTART.getport)) yield;
    if (!(yield* sk.sk_prot.get_port(sk, inet.inet_num))) {
      if (at(LSTART.sport)) yield;
      inet.inet_sport = inet.inet_num;
      if (at(LSTART.dst)) yield;
      if (at(LSTART.hash)) yield;
      err = yield* sk.sk_prot.hash(sk);
      f.vars.err = err;
      if (at(LSTART.ok)) yield;
      if (!err) return 0;
    }
    if (at(LSTART.close)) yield;
    yield* inet_sk_set_state(sk, TCP_CLOSE);
    if (at(LSTART.ret)) yield;
    return err;
  } finally {
    leave(f);
  }
}

// ---- accept ---------------------------------------------------------------------------------------

const WAIT = defineFn('net/ipv4/inet_connection_sock.c', 'inet_csk_wait_for_connect', {
  prepare: 'prepare_to_wait_exclusive(sk_sleep(sk), &wait,',
  release: 'release_sock(sk);',
  empty: 'if (reqsk_queue_empty(&icsk->icsk_accept_queue))',
  schedule: 'timeo = schedule_timeout(timeo);',
  lock: 'lock_sock(sk);',
  ready: 'if (!reqsk_queue_empty(&icsk->icsk_accept_queue))',
  notlisten: 'if (sk->sk_state != TCP_LISTEN)',
  finish: 'finish_wait(sk_sleep(sk), &wait);',
  ret: 'return err;',
});
/** inet_csk_wait_for_connect(): sleep, exclusively (wake-one), on the listener's wait queue. */
export function* inet_csk_wait_for_connect(sk: Sock, timeo: number): Sim<number> {
  const icsk = inet_csk(sk);
  const f = enter(WAIT, { sk, timeo });
  try {
    let err = 0;
    for (;;) {
      if (at(WAIT.prepare)) yield;
      if (at(WAIT.release)) yield;
      sk.sk_lock_owned = false;
      if (at(WAIT.empty)) yield;
      if (!icsk.icsk_accept_queue.rskq_accept_head) {
        if (at(WAIT.schedule)) yield;
        const task = prepare_to_wait(sk.sk_wq!, true, 'inet_csk_wait_for_connect');
        yield SLEEP;
        finish_wait(sk.sk_wq!, task);
      }
      if (at(WAIT.lock)) yield;
      sk.sk_lock_owned = true;
      if (at(WAIT.ready)) yield;
      if (icsk.icsk_accept_queue.rskq_accept_head) break;
      if (at(WAIT.notlisten)) yield;
      if (sk.sk_state !== TCP_LISTEN) {
        err = -EINVAL;
        break;
      }
    }
    f.vars.err = err;
    if (at(WAIT.finish)) yield;
    if (at(WAIT.ret)) yield;
    return err;
  } finally {
    leave(f);
  }
}

const RQR = defineFn('include/net/request_sock.h', 'reqsk_queue_remove', {
  head: 'req = queue->rskq_accept_head;',
  acceptq: 'sk_acceptq_removed(parent);',
  next: 'WRITE_ONCE(queue->rskq_accept_head, req->dl_next);',
  tail: 'if (queue->rskq_accept_head == NULL)',
  ret: 'return req;',
});
export function* reqsk_queue_remove(queue: RequestSockQueue, parent: Sock): Sim<RequestSock | null> {
  const f = enter(RQR, { queue, parent });
  try {
    if (at(RQR.head)) yield;
    const req = queue.rskq_accept_head;
    f.vars.req = req;
    if (req) {
      if (at(RQR.acceptq)) yield;
      yield* sk_acceptq_removed(parent);
      if (at(RQR.next)) yield;
      queue.rskq_accept_head = req.dl_next;
      if (at(RQR.tail)) yield;
      if (!queue.rskq_accept_head) queue.rskq_accept_tail = null;
      req.dl_next = null;
    }
    if (at(RQR.ret)) yield;
    return req;
  } finally {
    leave(f);
  }
}

const ACCEPT = defineFn('net/ipv4/inet_connection_sock.c', 'inet_csk_accept', {
  lock: 'lock_sock(sk);',
  notlisten: 'if (sk->sk_state != TCP_LISTEN)',
  empty: 'if (reqsk_queue_empty(queue)) {',
  timeo: 'long timeo = sock_rcvtimeo(sk, flags & O_NONBLOCK);',
  eagain: 'error = -EAGAIN;',
  wait: 'error = inet_csk_wait_for_connect(sk, timeo);',
  remove: 'req = reqsk_queue_remove(queue, sk);',
  newsk: 'newsk = req->sk;',
  release: 'release_sock(sk);',
  put: 'reqsk_put(req);',
  ret: 'return newsk;',
  err: 'newsk = NULL;',
});
/** inet_csk_accept() = tcp_prot.accept: take the first finished child off the accept queue (or wait for one). */
export function* inet_csk_accept(sk: Sock, flags: number, errp: { err: number }, kern: boolean): Sim<Sock | null> {
  const icsk = inet_csk(sk);
  const queue = icsk.icsk_accept_queue;
  const f = enter(ACCEPT, { sk, flags, kern, queue });
  const fail = function* (error: number): Sim<null> {
    f.vars.error = error;
    if (at(ACCEPT.release)) yield;
    sk.sk_lock_owned = false;
    if (at(ACCEPT.err)) yield;
    errp.err = error;
    return null;
  };
  try {
    if (at(ACCEPT.lock)) yield;
    sk.sk_lock_owned = true;
    let error = -EINVAL;
    f.vars.error = error;
    if (at(ACCEPT.notlisten)) yield;
    if (sk.sk_state !== TCP_LISTEN) return yield* fail(error);
    if (at(ACCEPT.empty)) yield;
    if (!queue.rskq_accept_head) {
      if (at(ACCEPT.timeo)) yield;
      const timeo = flags & 0o4000 ? 0 : sk.sk_rcvtimeo;
      f.vars.timeo = timeo;
      if (!timeo) {
        if (at(ACCEPT.eagain)) yield;
        return yield* fail(-EAGAIN);
      }
      if (at(ACCEPT.wait)) yield;
      error = yield* inet_csk_wait_for_connect(sk, timeo);
      f.vars.error = error;
      if (error) return yield* fail(error);
    }
    if (at(ACCEPT.remove)) yield;
    const req = (yield* reqsk_queue_remove(queue, sk))!;
    f.vars.req = req;
    if (at(ACCEPT.newsk)) yield;
    const newsk = req.sk!;
    f.vars.newsk = newsk;
    if (at(ACCEPT.release)) yield;
    sk.sk_lock_owned = false;
    if (at(ACCEPT.put)) yield;
    req.freed = true;
    req.sk = null;
    if (at(ACCEPT.ret)) yield;
    return newsk;
  } finally {
    leave(f);
  }
}

// ---- request socks ----------------------------------------------------------------------------------

const HASHADD = defineFn('net/ipv4/inet_connection_sock.c', 'inet_csk_reqsk_queue_hash_add', {
  hash: 'reqsk_queue_hash_req(req, timeout);',
  added: 'inet_csk_reqsk_queue_added(sk);',
});
/**
 * inet_csk_reqsk_queue_hash_add(): the "SYN queue" entry — the request sock goes into the
 * *established* hash with its SYN-ACK timer armed; the listener only counts it (qlen, young).
 */
export function* inet_csk_reqsk_queue_hash_add(sk: Sock, req: RequestSock, timeout: number): Sim<void> {
  const f = enter(HASHADD, { sk, req, timeout });
  try {
    if (at(HASHADD.hash)) yield;
    // reqsk_queue_hash_req(): arm req->rsk_timer, then inet_ehash_insert(req)
    req.rsk_timer = new TimerList('reqsk_timer_handler', sk.skc_net.host, reqsk_timer_handler, req);
    req.rsk_timer.mod(timeout);
    yield* inet_ehash_insert(req, null);
    req.skc_refcnt = 3;
    if (at(HASHADD.added)) yield;
    const q = inet_csk(sk).icsk_accept_queue;
    q.qlen++;
    q.young++;
  } finally {
    leave(f);
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

const TIMER = defineFn('net/ipv4/inet_connection_sock.c', 'reqsk_timer_handler', {
  listener: 'struct sock *sk_listener = req->rsk_listener;',
  notlisten: 'if (inet_sk_state_load(sk_listener) != TCP_LISTEN)',
  retries: 'max_retries = icsk->icsk_syn_retries ? : net->ipv4.sysctl_tcp_synack_retries;',
  expire: 'if (!expire &&',
  rtx: '!inet_rtx_syn_ack(sk_listener, req) ||',
  young: 'if (req->num_timeout++ == 0)',
  rearm: 'mod_timer(&req->rsk_timer, jiffies + timeo);',
  drop: 'inet_csk_reqsk_queue_drop_and_put(sk_listener, req);',
});
/** reqsk_timer_handler(): resend the SYN-ACK with exponential backoff, or give up on the request sock. */
export function* reqsk_timer_handler(req: RequestSock): Sim<void> {
  const f = enter(TIMER, { req });
  try {
    if (at(TIMER.listener)) yield;
    const sk_listener = req.rsk_listener!;
    f.vars.sk_listener = sk_listener;
    if (at(TIMER.notlisten)) yield;
    if (sk_listener.sk_state === TCP_LISTEN) {
      if (at(TIMER.retries)) yield;
      const icsk = inet_csk(sk_listener);
      const max_retries = icsk.icsk_syn_retries || sk_listener.skc_net.sysctl['net.ipv4.tcp_synack_retries'];
      f.vars.max_retries = max_retries;
      if (at(TIMER.expire)) yield;
      if (req.num_timeout < max_retries) {
        if (at(TIMER.rtx)) yield;
        yield* tcp_rtx_synack(sk_listener, req);
        if (at(TIMER.young)) yield;
        if (req.num_timeout++ === 0) icsk.icsk_accept_queue.young--;
        const timeo = Math.min(1_000_000 * 2 ** req.num_timeout, 120_000_000);
        f.vars.timeo = timeo;
        if (at(TIMER.rearm)) yield;
        req.rsk_timer!.mod(timeo);
        return;
      }
    }
    if (at(TIMER.drop)) yield;
    reqskQueueDrop(sk_listener, req);
    req.freed = true;
  } finally {
    leave(f);
  }
}

// ---- the child ----------------------------------------------------------------------------------------

const CLONE = defineFn('net/ipv4/inet_connection_sock.c', 'inet_csk_clone_lock', {
  clone: 'struct sock *newsk = sk_clone_lock(sk, priority);',
  state: 'inet_sk_set_state(newsk, TCP_SYN_RECV);',
  bindhash: 'newicsk->icsk_bind_hash = NULL;',
  dport: 'inet_sk(newsk)->inet_dport = inet_rsk(req)->ir_rmt_port;',
  num: 'inet_sk(newsk)->inet_num = inet_rsk(req)->ir_num;',
  sport: 'inet_sk(newsk)->inet_sport = htons(inet_rsk(req)->ir_num);',
  rcu: 'sock_reset_flag(newsk, SOCK_RCU_FREE);',
  retrans: 'newicsk->icsk_retransmits = 0;',
  memset: 'memset(&newicsk->icsk_accept_queue, 0, sizeof(newicsk->icsk_accept_queue));',
  ret: 'return newsk;',
});
/** inet_csk_clone_lock(): the child is a copy of the listener, so its first state event is LISTEN→SYN_RECV. */
export function* inet_csk_clone_lock(sk: Sock, req: RequestSock): Sim<Sock> {
  const f = enter(CLONE, { sk, req });
  try {
    if (at(CLONE.clone)) yield;
    const newsk = yield* sk_clone_lock(sk);
    f.vars.newsk = newsk;
    const newicsk = inet_csk(newsk);
    f.vars.newicsk = newicsk;
    if (at(CLONE.state)) yield;
    yield* inet_sk_set_state(newsk, TCP_SYN_RECV);
    if (at(CLONE.bindhash)) yield;
    newicsk.icsk_bind_hash = null;
    newsk.hashedIn = null;
    if (at(CLONE.dport)) yield;
    newsk.inet_dport = req.skc_dport;
    if (at(CLONE.num)) yield;
    newsk.inet_num = req.skc_num;
    if (at(CLONE.sport)) yield;
    inet_sk(newsk).inet_sport = req.skc_num;
    if (at(CLONE.rcu)) yield;
    sock_reset_flag(newsk, SOCK_RCU_FREE);
    if (at(CLONE.retrans)) yield;
    newicsk.icsk_retransmits = 0;
    newicsk.icsk_backoff = 0;
    if (at(CLONE.memset)) yield;
    newicsk.icsk_accept_queue = new RequestSockQueue();
    if (at(CLONE.ret)) yield;
    return newsk;
  } finally {
    leave(f);
  }
}

const QADD = defineFn('net/ipv4/inet_connection_sock.c', 'inet_csk_reqsk_queue_add', {
  lock: 'spin_lock(&queue->rskq_lock);',
  notlisten: 'if (unlikely(sk->sk_state != TCP_LISTEN)) {',
  forget: 'inet_child_forget(sk, req, child);',
  sk: 'req->sk = child;',
  next: 'req->dl_next = NULL;',
  empty: 'if (queue->rskq_accept_head == NULL)',
  head: 'WRITE_ONCE(queue->rskq_accept_head, req);',
  tail: 'queue->rskq_accept_tail->dl_next = req;',
  settail: 'queue->rskq_accept_tail = req;',
  added: 'sk_acceptq_added(sk);',
  ret: 'return child;',
});
/** inet_csk_reqsk_queue_add(): append the finished connection to the accept queue; sk_ack_backlog++. */
export function* inet_csk_reqsk_queue_add(sk: Sock, req: RequestSock, child: Sock): Sim<Sock | null> {
  const queue = inet_csk(sk).icsk_accept_queue;
  const f = enter(QADD, { sk, req, child, queue });
  try {
    if (at(QADD.lock)) yield;
    if (at(QADD.notlisten)) yield;
    if (sk.sk_state !== TCP_LISTEN) {
      if (at(QADD.forget)) yield;
      yield* inet_child_forget(sk, req, child);
      return null;
    }
    if (at(QADD.sk)) yield;
    req.sk = child;
    if (at(QADD.next)) yield;
    req.dl_next = null;
    if (at(QADD.empty)) yield;
    if (!queue.rskq_accept_head) {
      if (at(QADD.head)) yield;
      queue.rskq_accept_head = req;
    } else {
      if (at(QADD.tail)) yield;
      queue.rskq_accept_tail!.dl_next = req;
    }
    if (at(QADD.settail)) yield;
    queue.rskq_accept_tail = req;
    if (at(QADD.added)) yield;
    yield* sk_acceptq_added(sk);
    if (at(QADD.ret)) yield;
    return child;
  } finally {
    leave(f);
  }
}

const DANCE = defineFn('net/ipv4/inet_connection_sock.c', 'inet_csk_complete_hashdance', {
  own: 'if (own_req) {',
  drop: 'inet_csk_reqsk_queue_drop(sk, req);',
  removed: 'reqsk_queue_removed(&inet_csk(sk)->icsk_accept_queue, req);',
  add: 'if (inet_csk_reqsk_queue_add(sk, req, child))',
  ret: 'return child;',
  lost: 'bh_unlock_sock(child);',
});
/** inet_csk_complete_hashdance(): the request sock's job is done; the child moves to the accept queue. */
export function* inet_csk_complete_hashdance(sk: Sock, child: Sock, req: RequestSock, own_req: boolean): Sim<Sock | null> {
  const f = enter(DANCE, { sk, child, req, own_req });
  try {
    if (at(DANCE.own)) yield;
    if (own_req) {
      if (at(DANCE.drop)) yield;
      // the req already left ehash (the child took its place): this stops its timer
      req.rsk_timer?.del();
      if (at(DANCE.removed)) yield;
      reqsk_queue_removed(inet_csk(sk).icsk_accept_queue, req);
      if (at(DANCE.add)) yield;
      if (yield* inet_csk_reqsk_queue_add(sk, req, child)) {
        if (at(DANCE.ret)) yield;
        return child;
      }
    }
    if (at(DANCE.lost)) yield;
    return null;
  } finally {
    leave(f);
  }
}

// ---- teardown -----------------------------------------------------------------------------------------

const DESTROY = defineFn('net/ipv4/inet_connection_sock.c', 'inet_csk_destroy_sock', {
  warn: 'WARN_ON(sk->sk_state != TCP_CLOSE);',
  destroy: 'sk->sk_prot->destroy(sk);',
  orphan: 'percpu_counter_dec(sk->sk_prot->orphan_count);',
  put: 'sock_put(sk);',
});
/** inet_csk_destroy_sock(): an orphan that reached CLOSE goes away (tcp_v4_destroy_sock fires tcp_destroy_sock). */
export function* inet_csk_destroy_sock(sk: Sock): Sim<void> {
  const f = enter(DESTROY, { sk });
  try {
    if (at(DESTROY.warn)) yield;
    if (at(DESTROY.destroy)) yield;
    yield* sk.sk_prot.destroy!(sk);
    if (at(DESTROY.orphan)) yield;
    NET_INC_STATS(sk.skc_net, 'TCPOrphans', -1);
    if (at(DESTROY.put)) yield;
    sk.freed = true;
  } finally {
    leave(f);
  }
}

const FORGET = defineFn('net/ipv4/inet_connection_sock.c', 'inet_child_forget', {
  disconnect: 'sk->sk_prot->disconnect(child, O_NONBLOCK);',
  orphan: 'sock_orphan(child);',
  count: 'percpu_counter_inc(sk->sk_prot->orphan_count);',
  destroy: 'inet_csk_destroy_sock(child);',
});
export function* inet_child_forget(sk: Sock, req: RequestSock, child: Sock): Sim<void> {
  const f = enter(FORGET, { sk, req, child });
  try {
    if (at(FORGET.disconnect)) yield;
    yield* tcp_disconnect(child, 0o4000);
    if (at(FORGET.orphan)) yield;
    sock_set_flag(child, SOCK_DEAD);
    child.sk_socket = null;
    if (at(FORGET.count)) yield;
    NET_INC_STATS(child.skc_net, 'TCPOrphans');
    if (at(FORGET.destroy)) yield;
    yield* inet_csk_destroy_sock(child);
  } finally {
    leave(f);
  }
}

const LSTOP = defineFn('net/ipv4/inet_connection_sock.c', 'inet_csk_listen_stop', {
  loop: 'while ((req = reqsk_queue_remove(queue, sk)) != NULL) {',
  child: 'struct sock *child = req->sk;',
  forget: 'inet_child_forget(sk, req, child);',
  put: 'reqsk_put(req);',
});
/** inet_csk_listen_stop(): a closing listener resets and frees every child nobody accepted. */
export function* inet_csk_listen_stop(sk: Sock): Sim<void> {
  const queue = inet_csk(sk).icsk_accept_queue;
  const f = enter(LSTOP, { sk, queue });
  try {
    for (;;) {
      if (at(LSTOP.loop)) yield;
      const req = yield* reqsk_queue_remove(queue, sk);
      if (!req) break;
      f.vars.req = req;
      if (at(LSTOP.child)) yield;
      const child = req.sk!;
      f.vars.child = child;
      if (at(LSTOP.forget)) yield;
      yield* inet_child_forget(sk, req, child);
      if (at(LSTOP.put)) yield;
      req.freed = true;
    }
  } finally {
    leave(f);
  }
}

