// net/ipv4/inet_connection_sock.c (+ reqsk_queue_alloc, reqsk_queue_remove): what every
// connection-oriented INET protocol shares — port allocation and bind conflicts, listen start and
// stop, accept and its wait, the request-sock timer, cloning a child, and the hash dance that
// moves a finished child from the established hash into the listener's accept queue.

import { Sim, SLEEP } from '../../core/engine';
import { frame, line } from '../../core/mark';
import { prepare_to_wait, finish_wait, schedule_timeout } from '../../world/current';
import { TimerList } from '../../core/timer';
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
import { MIB, NET_INC_STATS } from '../../include/net/net_namespace';

const { EINVAL, EAGAIN, EADDRINUSE } = ERRNO;

// ---- bind conflicts and port choice -----------------------------------------------------------

function rcvSaddrEqual(a: SockCommon, b: SockCommon): boolean {
  return a.skc_rcv_saddr === b.skc_rcv_saddr || a.skc_rcv_saddr === '0.0.0.0' || b.skc_rcv_saddr === '0.0.0.0';
}

/**
 * inet_csk_bind_conflict(): another owner of the port with an overlapping address conflicts unless
 * both have SO_REUSEADDR and the other one is not listening.
 */
export function* inet_csk_bind_conflict(sk: Sock, tb: InetBindBucket, relax: boolean, reuseport_ok: boolean): Sim<boolean> {
  line`bool reuse = sk->sk_reuse;`;
  const reuse = sk.skc_reuse;
  const reuseport = !!sk.skc_reuseport && reuseport_ok;
  let found: SockCommon | null = null;
  for (const sk2 of tb.owners) {
    frame.sk2 = sk2;
    line`sk_for_each_bound(sk2, &tb->owners) {`;
    if (sk2 === sk) continue;
    if (sk.skc_bound_dev_if && sk2.skc_bound_dev_if && sk.skc_bound_dev_if !== sk2.skc_bound_dev_if) continue;
    line`if ((!reuse || !sk2->sk_reuse ||`;
    if ((!reuse || !sk2.skc_reuse || sk2.skc_state === TCP_LISTEN) && (!reuseport || !sk2.skc_reuseport || sk2.skc_state !== TCP_TIME_WAIT)) {
      line`if (inet_rcv_saddr_equal(sk, sk2, true))#1`;
      if (rcvSaddrEqual(sk, sk2)) {
        found = sk2;
        break;
      }
    }
    line`if (!relax && reuse && sk2->sk_reuse &&`;
    if (!relax && reuse && sk2.skc_reuse && sk2.skc_state !== TCP_LISTEN) {
      line`if (inet_rcv_saddr_equal(sk, sk2, true))#2`;
      if (rcvSaddrEqual(sk, sk2)) {
        found = sk2;
        break;
      }
    }
  }
  frame.sk2 = found;
  line`return sk2 != NULL;`;
  return found !== null;
}

/** inet_csk_find_open_port(): bind(0) and listen's autobind pick a free port, odd offsets first. */
export function* inet_csk_find_open_port(sk: Sock): Sim<{ port: number; tb: InetBindBucket | null } | null> {
  const net = sk.skc_net;
  line`attempt_half = (sk->sk_reuse == SK_CAN_REUSE) ? 1 : 0;`;
  let attempt_half = sk.skc_reuse === SK_CAN_REUSE ? 1 : 0;
  for (;;) {
    line`inet_get_local_port_range(net, &low, &high);`;
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
    line`offset = prandom_u32() % remaining;`;
    let offset = net.host.world.rng.u32() % remaining;
    line`offset |= 1U;`;
    offset |= 1;
    for (;;) {
      let port = low + offset;
      for (let i = 0; i < remaining; i += 2, port += 2) {
        if (port >= high) port -= remaining;
        frame.port = port;
        line`for (i = 0; i < remaining; i += 2, port += 2) {`;
        const tb = net.tcp_hashinfo.bhash.get(port) ?? null;
        if (tb) {
          frame.tb = tb;
          line`inet_bind_bucket_for_each(tb, &head->chain)`;
          line`if (!inet_csk_bind_conflict(sk, tb, false, false))`;
          if (!(yield* inet_csk_bind_conflict(sk, tb, false, false))) {
            line`*port_ret = port;`;
            return { port, tb };
          }
          continue;
        }
        line`tb = NULL;`;
        line`*port_ret = port;`;
        return { port, tb: null };
      }
      line`offset--;`;
      offset--;
      if (offset & 1) break;
    }
    if (attempt_half === 1) {
      line`attempt_half = 2;`;
      attempt_half = 2;
      continue;
    }
    line`return NULL;`;
    return null;
  }
}

/** inet_csk_get_port() = tcp_prot.get_port: claim `snum` (0: any free port) in the bind hash. 0 on success. */
export function* inet_csk_get_port(sk: Sock, snum: number): Sim<number> {
  const net = sk.skc_net;
  line`bool reuse = sk->sk_reuse && sk->sk_state != TCP_LISTEN;`;
  const reuse = !!sk.skc_reuse && sk.sk_state !== TCP_LISTEN;
  frame.reuse = reuse;
  let port = snum;
  let tb: InetBindBucket | null = null;
  line`if (!port) {`;
  if (!port) {
    line`head = inet_csk_find_open_port(sk, &tb, &port);`;
    const r = yield* inet_csk_find_open_port(sk);
    line`if (!head)`;
    if (!r) return 1;
    port = r.port;
    tb = r.tb;
    frame.port = port;
    frame.tb = tb;
    if (!tb) {
      line`tb = inet_bind_bucket_create(hinfo->bind_bucket_cachep,`;
      tb = yield* inet_csk_bind_bucket_create_for(sk, port);
      frame.tb = tb;
    }
  } else {
    line`head = &hinfo->bhash[inet_bhashfn(net, port,`;
    line`inet_bind_bucket_for_each(tb, &head->chain)`;
    tb = net.tcp_hashinfo.bhash.get(port) ?? null;
    frame.tb = tb;
    if (!tb) {
      line`tb = inet_bind_bucket_create(hinfo->bind_bucket_cachep,`;
      tb = yield* inet_csk_bind_bucket_create_for(sk, port);
      frame.tb = tb;
    } else {
      line`if (!hlist_empty(&tb->owners)) {`;
      if (tb.owners.size) {
        line`if (sk->sk_reuse == SK_FORCE_REUSE)`;
        if (sk.skc_reuse !== SK_FORCE_REUSE) {
          line`if ((tb->fastreuse > 0 && reuse) ||`;
          if (!(tb.fastreuse > 0 && reuse)) {
            line`if (inet_csk_bind_conflict(sk, tb, true, true))`;
            if (yield* inet_csk_bind_conflict(sk, tb, true, true)) {
              line`return ret;#2`;
              return 1;
            }
          }
        }
      }
    }
  }
  line`if (hlist_empty(&tb->owners)) {`;
  if (tb.owners.size === 0) {
    line`tb->fastreuse = reuse;`;
    tb.fastreuse = reuse ? 1 : 0;
    line`if (sk->sk_reuseport) {#1`;
    if (sk.skc_reuseport) {
      tb.fastreuseport = 1; // FASTREUSEPORT_ANY (the rest of that block is not modelled)
    } else {
      line`tb->fastreuseport = 0;#1`;
      tb.fastreuseport = 0;
    }
  } else {
    line`if (!reuse)`;
    if (!reuse) {
      line`tb->fastreuse = 0;`;
      tb.fastreuse = 0;
    }
    line`if (sk->sk_reuseport) {#2`;
    if (!sk.skc_reuseport) {
      line`tb->fastreuseport = 0;#2`;
      tb.fastreuseport = 0;
    }
  }
  line`if (!inet_csk(sk)->icsk_bind_hash)`;
  if (!inet_csk(sk).icsk_bind_hash) {
    line`inet_bind_hash(sk, tb, port);`;
    yield* inet_bind_hash(sk, tb, port);
  }
  line`ret = 0;`;
  line`return ret;#2`;
  return 0;
}

function* inet_csk_bind_bucket_create_for(sk: Sock, port: number): Sim<InetBindBucket> {
  return yield* inet_bind_bucket_create(sk.skc_net, port);
}

// ---- listen ---------------------------------------------------------------------------------------

export function* reqsk_queue_alloc(queue: RequestSockQueue): Sim<void> {
  line`spin_lock_init(&queue->rskq_lock);`;
  line`queue->fastopenq.rskq_rst_head = NULL;`;
  line`queue->rskq_accept_head = NULL;`;
  queue.rskq_accept_head = queue.rskq_accept_tail = null;
  queue.qlen = queue.young = 0;
}

/** inet_csk_listen_start(): LISTEN first (the tracepoint), then get_port again (conflicts, autobind), then the listening hash. */
export function* inet_csk_listen_start(sk: Sock, backlog: number): Sim<number> {
  const icsk = inet_csk(sk);
  const inet = inet_sk(sk);
  frame({ sk, backlog, icsk, inet });

  let err = -EADDRINUSE;
  frame.err = err;
  line`reqsk_queue_alloc(&icsk->icsk_accept_queue);`;
  yield* reqsk_queue_alloc(icsk.icsk_accept_queue);
  line`sk->sk_ack_backlog = 0;`;
  sk.sk_ack_backlog = 0;
  line`inet_csk_delack_init(sk);`;
  line`inet_sk_state_store(sk, TCP_LISTEN);`;
  yield* inet_sk_state_store(sk, TCP_LISTEN);
  line`if (!sk->sk_prot->get_port(sk, inet->inet_num)) {`;
  if (!(yield* sk.sk_prot.get_port(sk, inet.inet_num))) {
    line`inet->inet_sport = htons(inet->inet_num);`;
    inet.inet_sport = inet.inet_num;
    line`sk_dst_reset(sk);`;
    line`err = sk->sk_prot->hash(sk);`;
    err = yield* sk.sk_prot.hash(sk);
    frame.err = err;
    line`if (likely(!err))`;
    if (!err) return 0;
  }
  line`inet_sk_set_state(sk, TCP_CLOSE);`;
  yield* inet_sk_set_state(sk, TCP_CLOSE);
  line`return err;`;
  return err;
}

// ---- accept ---------------------------------------------------------------------------------------

/** inet_csk_wait_for_connect(): sleep, exclusively (wake-one), on the listener's wait queue. */
export function* inet_csk_wait_for_connect(sk: Sock, timeo: number): Sim<number> {
  const icsk = inet_csk(sk);
  frame({ sk, timeo });

  let err = 0;
  for (;;) {
    line`prepare_to_wait_exclusive(sk_sleep(sk), &wait,`;
    line`release_sock(sk);`;
    sk.sk_lock_owned = false;
    line`if (reqsk_queue_empty(&icsk->icsk_accept_queue))`;
    if (!icsk.icsk_accept_queue.rskq_accept_head) {
      line`timeo = schedule_timeout(timeo);`;
      const task = prepare_to_wait(sk.sk_wq!, true, 'inet_csk_wait_for_connect');
      const left = schedule_timeout(task, timeo);
      yield SLEEP;
      timeo = left();
      frame.timeo = timeo;
      finish_wait(sk.sk_wq!, task);
    }
    line`lock_sock(sk);`;
    sk.sk_lock_owned = true;
    line`if (!reqsk_queue_empty(&icsk->icsk_accept_queue))`;
    if (icsk.icsk_accept_queue.rskq_accept_head) break;
    line`if (sk->sk_state != TCP_LISTEN)`;
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
  frame.err = err;
  line`finish_wait(sk_sleep(sk), &wait);`;
  line`return err;`;
  return err;
}

export function* reqsk_queue_remove(queue: RequestSockQueue, parent: Sock): Sim<RequestSock | null> {
  line`req = queue->rskq_accept_head;`;
  const req = queue.rskq_accept_head;
  frame.req = req;
  if (req) {
    line`sk_acceptq_removed(parent);`;
    yield* sk_acceptq_removed(parent);
    line`WRITE_ONCE(queue->rskq_accept_head, req->dl_next);`;
    queue.rskq_accept_head = req.dl_next;
    line`if (queue->rskq_accept_head == NULL)`;
    if (!queue.rskq_accept_head) queue.rskq_accept_tail = null;
    req.dl_next = null;
  }
  line`return req;`;
  return req;
}

/** inet_csk_accept() = tcp_prot.accept: take the first finished child off the accept queue (or wait for one). */
export function* inet_csk_accept(sk: Sock, flags: number, errp: { err: number }, kern: boolean): Sim<Sock | null> {
  const icsk = inet_csk(sk);
  const queue = icsk.icsk_accept_queue;
  frame({ sk, flags, kern, queue });
  const fail = function* (error: number): Sim<null> {
    frame.error = error;
    line`release_sock(sk);`;
    sk.sk_lock_owned = false;
    line`newsk = NULL;`;
    errp.err = error;
    return null;
  };

  line`lock_sock(sk);`;
  sk.sk_lock_owned = true;
  let error = -EINVAL;
  frame.error = error;
  line`if (sk->sk_state != TCP_LISTEN)`;
  if (sk.sk_state !== TCP_LISTEN) return yield* fail(error);
  line`if (reqsk_queue_empty(queue)) {`;
  if (!queue.rskq_accept_head) {
    line`long timeo = sock_rcvtimeo(sk, flags & O_NONBLOCK);`;
    const timeo = flags & 0o4000 ? 0 : sk.sk_rcvtimeo;
    frame.timeo = timeo;
    if (!timeo) {
      line`error = -EAGAIN;`;
      return yield* fail(-EAGAIN);
    }
    line`error = inet_csk_wait_for_connect(sk, timeo);`;
    error = yield* inet_csk_wait_for_connect(sk, timeo);
    frame.error = error;
    if (error) return yield* fail(error);
  }
  line`req = reqsk_queue_remove(queue, sk);`;
  const req = (yield* reqsk_queue_remove(queue, sk))!;
  frame.req = req;
  line`newsk = req->sk;`;
  const newsk = req.sk!;
  frame.newsk = newsk;
  line`release_sock(sk);`;
  sk.sk_lock_owned = false;
  line`reqsk_put(req);`;
  req.freed = true;
  req.sk = null;
  line`return newsk;`;
  return newsk;
}

// ---- request socks ----------------------------------------------------------------------------------

/**
 * inet_csk_reqsk_queue_hash_add(): the "SYN queue" entry — the request sock goes into the
 * *established* hash with its SYN-ACK timer armed; the listener only counts it (qlen, young).
 */
export function* inet_csk_reqsk_queue_hash_add(sk: Sock, req: RequestSock, timeout: number): Sim<void> {
  line`reqsk_queue_hash_req(req, timeout);`;
  // reqsk_queue_hash_req(): arm req->rsk_timer, then inet_ehash_insert(req)
  req.rsk_timer = new TimerList('reqsk_timer_handler', sk.skc_net.host, reqsk_timer_handler, req);
  req.rsk_timer.mod(timeout);
  yield* inet_ehash_insert(req, null);
  req.skc_refcnt = 3;
  line`inet_csk_reqsk_queue_added(sk);`;
  const q = inet_csk(sk).icsk_accept_queue;
  q.qlen++;
  q.young++;
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

/** reqsk_timer_handler(): resend the SYN-ACK with exponential backoff, or give up on the request sock. */
export function* reqsk_timer_handler(req: RequestSock): Sim<void> {
  line`struct sock *sk_listener = req->rsk_listener;`;
  const sk_listener = req.rsk_listener!;
  frame.sk_listener = sk_listener;
  line`if (inet_sk_state_load(sk_listener) != TCP_LISTEN)`;
  if (sk_listener.sk_state === TCP_LISTEN) {
    line`max_retries = icsk->icsk_syn_retries ? : net->ipv4.sysctl_tcp_synack_retries;`;
    const icsk = inet_csk(sk_listener);
    const max_retries = icsk.icsk_syn_retries || sk_listener.skc_net.sysctl['net.ipv4.tcp_synack_retries'];
    frame.max_retries = max_retries;
    line`if (!expire &&`;
    if (req.num_timeout < max_retries) {
      line`!inet_rtx_syn_ack(sk_listener, req) ||`;
      yield* tcp_rtx_synack(sk_listener, req);
      line`if (req->num_timeout++ == 0)`;
      if (req.num_timeout++ === 0) icsk.icsk_accept_queue.young--;
      const timeo = Math.min(1_000_000 * 2 ** req.num_timeout, 120_000_000);
      frame.timeo = timeo;
      line`mod_timer(&req->rsk_timer, jiffies + timeo);`;
      req.rsk_timer!.mod(timeo);
      return;
    }
  }
  line`inet_csk_reqsk_queue_drop_and_put(sk_listener, req);`;
  reqskQueueDrop(sk_listener, req);
  req.freed = true;
}

// ---- the child ----------------------------------------------------------------------------------------

/** inet_csk_clone_lock(): the child is a copy of the listener, so its first state event is LISTEN→SYN_RECV. */
export function* inet_csk_clone_lock(sk: Sock, req: RequestSock): Sim<Sock> {
  line`struct sock *newsk = sk_clone_lock(sk, priority);`;
  const newsk = yield* sk_clone_lock(sk);
  frame.newsk = newsk;
  const newicsk = inet_csk(newsk);
  frame.newicsk = newicsk;
  line`inet_sk_set_state(newsk, TCP_SYN_RECV);`;
  yield* inet_sk_set_state(newsk, TCP_SYN_RECV);
  line`newicsk->icsk_bind_hash = NULL;`;
  newicsk.icsk_bind_hash = null;
  newsk.hashedIn = null;
  line`inet_sk(newsk)->inet_dport = inet_rsk(req)->ir_rmt_port;`;
  newsk.inet_dport = req.skc_dport;
  line`inet_sk(newsk)->inet_num = inet_rsk(req)->ir_num;`;
  newsk.inet_num = req.skc_num;
  line`inet_sk(newsk)->inet_sport = htons(inet_rsk(req)->ir_num);`;
  inet_sk(newsk).inet_sport = req.skc_num;
  line`sock_reset_flag(newsk, SOCK_RCU_FREE);`;
  sock_reset_flag(newsk, SOCK_RCU_FREE);
  line`newicsk->icsk_retransmits = 0;`;
  newicsk.icsk_retransmits = 0;
  newicsk.icsk_backoff = 0;
  line`memset(&newicsk->icsk_accept_queue, 0, sizeof(newicsk->icsk_accept_queue));`;
  newicsk.icsk_accept_queue = new RequestSockQueue();
  line`return newsk;`;
  return newsk;
}

/** inet_csk_reqsk_queue_add(): append the finished connection to the accept queue; sk_ack_backlog++. */
export function* inet_csk_reqsk_queue_add(sk: Sock, req: RequestSock, child: Sock): Sim<Sock | null> {
  const queue = inet_csk(sk).icsk_accept_queue;
  frame({ sk, req, child, queue });

  line`spin_lock(&queue->rskq_lock);`;
  line`if (unlikely(sk->sk_state != TCP_LISTEN)) {`;
  if (sk.sk_state !== TCP_LISTEN) {
    line`inet_child_forget(sk, req, child);`;
    yield* inet_child_forget(sk, req, child);
    return null;
  }
  line`req->sk = child;`;
  req.sk = child;
  line`req->dl_next = NULL;`;
  req.dl_next = null;
  line`if (queue->rskq_accept_head == NULL)`;
  if (!queue.rskq_accept_head) {
    line`WRITE_ONCE(queue->rskq_accept_head, req);`;
    queue.rskq_accept_head = req;
  } else {
    line`queue->rskq_accept_tail->dl_next = req;`;
    queue.rskq_accept_tail!.dl_next = req;
  }
  line`queue->rskq_accept_tail = req;`;
  queue.rskq_accept_tail = req;
  line`sk_acceptq_added(sk);`;
  yield* sk_acceptq_added(sk);
  line`return child;`;
  return child;
}

/** inet_csk_complete_hashdance(): the request sock's job is done; the child moves to the accept queue. */
export function* inet_csk_complete_hashdance(sk: Sock, child: Sock, req: RequestSock, own_req: boolean): Sim<Sock | null> {
  line`if (own_req) {`;
  if (own_req) {
    line`inet_csk_reqsk_queue_drop(sk, req);`;
    // the req already left ehash (the child took its place): this stops its timer
    req.rsk_timer?.del();
    line`reqsk_queue_removed(&inet_csk(sk)->icsk_accept_queue, req);`;
    reqsk_queue_removed(inet_csk(sk).icsk_accept_queue, req);
    line`if (inet_csk_reqsk_queue_add(sk, req, child))`;
    if (yield* inet_csk_reqsk_queue_add(sk, req, child)) {
      line`return child;`;
      return child;
    }
  }
  line`bh_unlock_sock(child);`;
  return null;
}

// ---- teardown -----------------------------------------------------------------------------------------

/** inet_csk_destroy_sock(): an orphan that reached CLOSE goes away (tcp_v4_destroy_sock fires tcp_destroy_sock). */
export function* inet_csk_destroy_sock(sk: Sock): Sim<void> {
  line`WARN_ON(sk->sk_state != TCP_CLOSE);`;
  line`sk->sk_prot->destroy(sk);`;
  yield* sk.sk_prot.destroy!(sk);
  line`percpu_counter_dec(sk->sk_prot->orphan_count);`;
  NET_INC_STATS(sk.skc_net, MIB.TCPOrphans, -1);
  line`sock_put(sk);`;
  sk.freed = true;
}

export function* inet_child_forget(sk: Sock, req: RequestSock, child: Sock): Sim<void> {
  line`sk->sk_prot->disconnect(child, O_NONBLOCK);`;
  yield* tcp_disconnect(child, 0o4000);
  line`sock_orphan(child);`;
  sock_set_flag(child, SOCK_DEAD);
  child.sk_socket = null;
  line`percpu_counter_inc(sk->sk_prot->orphan_count);`;
  NET_INC_STATS(child.skc_net, MIB.TCPOrphans);
  line`inet_csk_destroy_sock(child);`;
  yield* inet_csk_destroy_sock(child);
}

/** inet_csk_listen_stop(): a closing listener resets and frees every child nobody accepted. */
export function* inet_csk_listen_stop(sk: Sock): Sim<void> {
  const queue = inet_csk(sk).icsk_accept_queue;
  frame({ sk, queue });

  for (;;) {
    line`while ((req = reqsk_queue_remove(queue, sk)) != NULL) {`;
    const req = yield* reqsk_queue_remove(queue, sk);
    if (!req) break;
    frame.req = req;
    line`struct sock *child = req->sk;`;
    const child = req.sk!;
    frame.child = child;
    line`inet_child_forget(sk, req, child);`;
    yield* inet_child_forget(sk, req, child);
    line`reqsk_put(req);`;
    req.freed = true;
  }
}

