// net/ipv4/af_inet.c: the AF_INET family — inet_create and the inetsw lookup, the BSD-layer
// operations of TCP sockets (inet_stream_ops: bind, listen, accept, connect, release, shutdown),
// the tables inet_init registers, and inet_sk_state_store, where sock:inet_sock_set_state fires.

import { E, Sim, SLEEP, tracingComm } from '../../core/engine';
import { frame, line } from '../../core/mark';
import { prepare_to_wait, finish_wait, schedule_timeout } from '../../world/current';
import type { ProtoOps, Proto, Socket, SockaddrIn, Msghdr } from '../../include/linux/net';
import type { Net } from '../../include/net/net_namespace';
import { Sock, sock_flag, SOCK_LINGER } from '../../include/net/sock';
import { inet_sk } from '../../include/net/inet_sock';
import {
  TCP_CLOSE, TCP_LISTEN, TCP_SYN_RECV, TCP_SYN_SENT, SK_CAN_REUSE, SOCK_BINDADDR_LOCK,
  SOCK_BINDPORT_LOCK, SHUTDOWN_MASK, RCV_SHUTDOWN,
} from '../../include/net/tcp_states';
import {
  AF_INET, AF_UNSPEC, ERRNO, IPPROTO_ICMP, IPPROTO_IP, IPPROTO_MAX, IPPROTO_TCP, IPPROTO_UDP,
  SOCK_DGRAM, SOCK_RAW, SOCK_STREAM, O_NONBLOCK, MSG_DONTWAIT,
} from '../../include/uapi';
import { sk_alloc, sock_common_setsockopt, sock_def_wakeup, sock_graft, sock_init_data } from '../core/sock';
import { sock_register } from '../socket';
import type { NetProtoFamily } from '../socket';
import { kernelName } from '../../include/linux/ops';
import { tcp_prot, udp_prot, ping_prot, raw_prot } from './protocols';
import { inet_csk_listen_start } from './inet_connection_sock';
import { tcp_v4_do_rcv } from './tcp_ipv4';
import { tcp_poll } from './tcp';
import { udp_poll } from './udp';
import { datagram_poll } from '../core/datagram';

const {
  EINVAL, EAFNOSUPPORT, ESOCKTNOSUPPORT, EPROTONOSUPPORT, EADDRINUSE, EADDRNOTAVAIL,
  EISCONN, EALREADY, EINPROGRESS, ECONNABORTED, ENOTCONN, EOPNOTSUPP, ENOBUFS,
} = ERRNO;

// ---- inet_sk_state_store / inet_sk_set_state: the only places sock:inet_sock_set_state fires ----

function traceSetState(sk: Sock, newstate: number): void {
  if (!E.recording) return;
  const inet = inet_sk(sk);
  const host = sk.sk_net.host.name;
  const comm = tracingComm();
  // (stored as numbers by whoever records: the trace, the history a view draws)
  if (E.trace !== null) E.trace.setState(E.now, host, comm, sk.objId, inet.inet_saddr, inet.inet_sport, inet.inet_daddr, inet.inet_dport, sk.sk_state, newstate);
  if (E.history !== null) E.history.setState(E.now, host, comm, sk.objId, inet.inet_saddr, inet.inet_sport, inet.inet_daddr, inet.inet_dport, sk.sk_state, newstate);
}

export function* inet_sk_state_store(sk: Sock, newstate: number): Sim<void> {
  line`trace_inet_sock_set_state(sk, sk->sk_state, newstate);`;
  traceSetState(sk, newstate);
  line`smp_store_release(&sk->sk_state, newstate);`;
  sk.sk_state = newstate;
}

export function* inet_sk_set_state(sk: Sock, state: number): Sim<void> {
  line`trace_inet_sock_set_state(sk, sk->sk_state, state);`;
  traceSetState(sk, state);
  line`sk->sk_state = state;`;
  sk.sk_state = state;
}

// ---- the tables ----------------------------------------------------------------------------------

export interface InetProtosw {
  type: number;
  protocol: number;
  prot: Proto;
  ops: ProtoOps;
  flags: string[];
}


// eslint-disable-next-line require-yield
function* sock_no_listen(): Sim<number> {
  return -EOPNOTSUPP;
}
// eslint-disable-next-line require-yield
function* sock_no_accept(): Sim<number> {
  return -EOPNOTSUPP;
}

// (each table's fields are its members, in the kernel's order; opsMembers() lists them for the views)

export const inet_stream_ops: ProtoOps = {
  name: 'inet_stream_ops',
  family: AF_INET,
  release: inet_release,
  bind: inet_bind,
  connect: inet_stream_connect,
  accept: inet_accept,
  getname: inet_getname,
  poll: tcp_poll,
  listen: inet_listen,
  shutdown: inet_shutdown,
  setsockopt: sock_common_setsockopt,
  sendmsg: inet_sendmsg,
  recvmsg: inet_recvmsg,
};

export const inet_dgram_ops: ProtoOps = {
  name: 'inet_dgram_ops',
  family: AF_INET,
  release: inet_release,
  bind: inet_bind,
  connect: inet_dgram_connect,
  accept: sock_no_accept,
  getname: inet_getname,
  poll: udp_poll,
  listen: sock_no_listen,
  shutdown: inet_shutdown,
  setsockopt: sock_common_setsockopt,
  sendmsg: inet_sendmsg,
  recvmsg: inet_recvmsg,
};

export const inet_sockraw_ops: ProtoOps = {
  ...inet_dgram_ops,
  name: 'inet_sockraw_ops',
  poll: datagram_poll,
};

/** inetsw_array: what inet_init registers into inetsw[type]. */
export const inetsw_array: InetProtosw[] = [];

/** inetsw[SOCK_MAX]: per socket type, the list of protosw entries (built by inet_register_protosw). */
export const inetsw: InetProtosw[][] = Array.from({ length: 11 }, () => []);

export const inet_family_ops: NetProtoFamily = { name: 'inet_family_ops', family: AF_INET, create: inet_create };

/** inet_register_protosw(): an entry into inetsw[its type]. */
function inet_register_protosw(p: InetProtosw): void {
  inetsw[p.type].push(p);
}

let inet_initialised = false;
/**
 * inet_init() (fs_initcall at boot): registers the AF_INET family with the socket layer and the
 * protosw entries of TCP, UDP, ICMP (ping) and raw sockets into inetsw. The world boots it once;
 * later calls do nothing.
 */
export function inet_init(): void {
  if (inet_initialised) return;
  inet_initialised = true;
  inetsw_array.push(
    { type: SOCK_STREAM, protocol: IPPROTO_TCP, prot: tcp_prot, ops: inet_stream_ops, flags: ['INET_PROTOSW_PERMANENT', 'INET_PROTOSW_ICSK'] },
    { type: SOCK_DGRAM, protocol: IPPROTO_UDP, prot: udp_prot, ops: inet_dgram_ops, flags: ['INET_PROTOSW_PERMANENT'] },
    { type: SOCK_DGRAM, protocol: IPPROTO_ICMP, prot: ping_prot, ops: inet_sockraw_ops, flags: ['INET_PROTOSW_REUSE'] },
    { type: SOCK_RAW, protocol: IPPROTO_IP, prot: raw_prot, ops: inet_sockraw_ops, flags: ['INET_PROTOSW_REUSE'] },
  );
  sock_register(inet_family_ops);
  for (const q of inetsw_array) inet_register_protosw(q);
}

// ---- socket() -------------------------------------------------------------------------------------

/** inet_create(): AF_INET's create — find the protosw for (type, protocol), allocate the sock. */
export function* inet_create(net: Net, sock: Socket, protocol: number, kern: number): Sim<number> {
  line`if (protocol < 0 || protocol >= IPPROTO_MAX)`;
  if (protocol < 0 || protocol >= IPPROTO_MAX) return -EINVAL;
  line`sock->state = SS_UNCONNECTED;`;
  sock.state = 'SS_UNCONNECTED';
  let err = -ESOCKTNOSUPPORT;
  frame.err = err;
  let answer: InetProtosw | null = null;
  for (const a of inetsw[sock.type] ?? []) {
    line`list_for_each_entry_rcu(answer, &inetsw[sock->type], list) {`;
    frame.answer = a;
    err = 0;
    line`if (protocol == answer->protocol) {`;
    if (protocol === a.protocol) {
      if (protocol !== IPPROTO_IP) {
        answer = a;
        break;
      }
    } else {
      line`if (IPPROTO_IP == protocol) {`;
      if (protocol === IPPROTO_IP) {
        protocol = a.protocol;
        frame.protocol = protocol;
        answer = a;
        break;
      }
      line`if (IPPROTO_IP == answer->protocol)`;
      if (a.protocol === IPPROTO_IP) {
        answer = a;
        break;
      }
    }
    err = -EPROTONOSUPPORT;
    frame.err = err;
  }
  frame.answer = answer;
  line`if (unlikely(err)) {`;
  if (!answer) return err;
  line`if (sock->type == SOCK_RAW && !kern &&`;
  // our processes run as root: CAP_NET_RAW is held
  line`sock->ops = answer->ops;`;
  sock.ops = answer.ops;
  line`answer_prot = answer->prot;`;
  frame.answer_prot = answer.prot;
  line`sk = sk_alloc(net, PF_INET, GFP_KERNEL, answer_prot, kern);`;
  const sk = yield* sk_alloc(net, AF_INET, answer.prot, kern);
  if (!sk) return -ENOBUFS;
  frame.sk = sk;
  const inet = inet_sk(sk);
  frame.inet = inet;
  line`if (INET_PROTOSW_REUSE & answer_flags)`;
  if (answer.flags.includes('INET_PROTOSW_REUSE')) sk.skc_reuse = SK_CAN_REUSE;
  line`inet->is_icsk = (INET_PROTOSW_ICSK & answer_flags) != 0;`;
  inet.is_icsk = answer.flags.includes('INET_PROTOSW_ICSK') ? 1 : 0;
  // (v5.4's next lines, left out of the rendition: net.ipv4.ip_no_pmtu_disc is 0, so
  // inet->pmtudisc = IP_PMTUDISC_WANT — DF on what fits the MTU, fragments for what does not)
  inet.pmtudisc = 1;
  if (sock.type === SOCK_RAW) {
    line`inet->inet_num = protocol;`;
    inet.inet_num = protocol;
  }
  line`sock_init_data(sock, sk);`;
  yield* sock_init_data(sock, sk);
  line`sk->sk_destruct`;
  sk.sk_destruct = 'inet_sock_destruct';
  line`sk->sk_protocol`;
  sk.sk_protocol = protocol;
  line`sk->sk_backlog_rcv = sk->sk_prot->backlog_rcv;`;
  sk.sk_backlog_rcv = sk.sk_prot.backlog_rcv ? kernelName(sk.sk_prot.backlog_rcv) : '';
  if (inet.inet_num) {
    inet.inet_sport = inet.inet_num;
    line`err = sk->sk_prot->hash(sk);`;
    yield* sk.sk_prot.hash(sk);
  }
  if (sk.sk_prot.init) {
    line`err = sk->sk_prot->init(sk);`;
    err = yield* sk.sk_prot.init(sk);
    frame.err = err;
    if (err) {
      line`sk_common_release(sk);`;
      sk.freed = true;
      sock.sk = null;
      return err;
    }
  }
  line`return err;`;
  return 0;
}

// ---- close() --------------------------------------------------------------------------------------

export function* inet_release(sock: Socket): Sim<number> {
  const sk = sock.sk;
  frame.sk = sk;
  line`if (sk) {`;
  if (sk) {
    line`if (sock_flag(sk, SOCK_LINGER) &&`;
    const timeout = sock_flag(sk, SOCK_LINGER) ? sk.sk_lingertime : 0;
    frame.timeout = timeout;
    line`sk->sk_prot->close(sk, timeout);`;
    yield* sk.sk_prot.close(sk, timeout);
    line`sock->sk = NULL;`;
    sock.sk = null;
  }
  return 0;
}

// ---- bind() ---------------------------------------------------------------------------------------

export function* inet_bind(sock: Socket, uaddr: SockaddrIn, addr_len: number): Sim<number> {
  const sk = sock.sk!;
  frame({ sock, uaddr, addr_len, sk });

  line`if (sk->sk_prot->bind) {`;
  line`if (addr_len < sizeof(struct sockaddr_in))`;
  if (addr_len < 16) return -EINVAL;
  line`return __inet_bind(sk, uaddr, addr_len, false, true);`;
  return yield* __inet_bind(sk, uaddr, addr_len, false, true);
}

export function* __inet_bind(sk: Sock, addr: SockaddrIn, addr_len: number, force_bind_address_no_port: boolean, with_lock: boolean): Sim<number> {
  const inet = inet_sk(sk);
  const net = sk.sk_net;
  frame({ sk, uaddr: addr, addr_len, inet });

  line`if (addr->sin_family != AF_INET) {`;
  if (addr.sin_family !== AF_INET) {
    if (!(addr.sin_family === AF_UNSPEC && addr.sin_addr === '0.0.0.0')) return -EAFNOSUPPORT;
  }
  line`chk_addr_ret = inet_addr_type_table(net, addr->sin_addr.s_addr, tb_id);`;
  const a = addr.sin_addr;
  const local = a === '0.0.0.0' || net.host.isLocal(a) || isMulticastOrBroadcast(a);
  frame.chk_addr_ret = a === '0.0.0.0' ? 'RTN_UNSPEC' : local ? 'RTN_LOCAL' : 'RTN_UNICAST';
  line`if (!inet_can_nonlocal_bind(net, inet) &&`;
  if (!local && !net.sysctl['net.ipv4.ip_nonlocal_bind'] && !inet.freebind) return -EADDRNOTAVAIL;
  line`snum = ntohs(addr->sin_port);`;
  const snum = addr.sin_port;
  frame.snum = snum;
  line`if (snum && snum < inet_prot_sock(net)`;
  // processes here run as root (CAP_NET_BIND_SERVICE), so privileged ports are allowed
  line`lock_sock(sk);`;
  line`if (sk->sk_state != TCP_CLOSE || inet->inet_num)`;
  if (sk.sk_state !== TCP_CLOSE || inet.inet_num) return -EINVAL;
  line`inet->inet_rcv_saddr = inet->inet_saddr = addr->sin_addr.s_addr;`;
  inet.inet_rcv_saddr = inet.inet_saddr = a;
  if (isMulticastOrBroadcast(a)) inet.inet_saddr = '0.0.0.0';
  line`if (sk->sk_prot->get_port(sk, snum)) {`;
  if (yield* sk.sk_prot.get_port(sk, snum)) {
    inet.inet_saddr = inet.inet_rcv_saddr = '0.0.0.0';
    line`err = -EADDRINUSE;`;
    frame.err = -EADDRINUSE;
    return -EADDRINUSE;
  }
  if (a !== '0.0.0.0') {
    line`sk->sk_userlocks |= SOCK_BINDADDR_LOCK;`;
    sk.sk_userlocks |= SOCK_BINDADDR_LOCK;
  }
  if (snum) {
    line`sk->sk_userlocks |= SOCK_BINDPORT_LOCK;`;
    sk.sk_userlocks |= SOCK_BINDPORT_LOCK;
  }
  line`inet->inet_sport = htons(inet->inet_num);`;
  inet.inet_sport = inet.inet_num;
  line`inet->inet_daddr = 0;`;
  inet.inet_daddr = '0.0.0.0';
  inet.inet_dport = 0;
  line`err = 0;`;
  frame.err = 0;
  line`return err;`;
  return 0;
}

function isMulticastOrBroadcast(a: string): boolean {
  const first = Number(a.split('.')[0]);
  return (first >= 224 && first <= 239) || a === '255.255.255.255';
}

// ---- listen() -------------------------------------------------------------------------------------

export function* inet_listen(sock: Socket, backlog: number): Sim<number> {
  const sk = sock.sk!;
  frame({ sock, backlog, sk });

  line`lock_sock(sk);`;
  line`if (sock->state != SS_UNCONNECTED || sock->type != SOCK_STREAM)`;
  if (sock.state !== 'SS_UNCONNECTED' || sock.type !== SOCK_STREAM) return -EINVAL;
  line`old_state = sk->sk_state;`;
  const old_state = sk.sk_state;
  frame.old_state = old_state;
  line`if (!((1 << old_state) & (TCPF_CLOSE | TCPF_LISTEN)))`;
  if (old_state !== TCP_CLOSE && old_state !== TCP_LISTEN) return -EINVAL;
  line`sk->sk_max_ack_backlog = backlog;`;
  sk.sk_max_ack_backlog = backlog;
  line`if (old_state != TCP_LISTEN) {`;
  if (old_state !== TCP_LISTEN) {
    line`err = inet_csk_listen_start(sk, backlog);`;
    const err = yield* inet_csk_listen_start(sk, backlog);
    frame.err = err;
    if (err) return err;
  }
  line`err = 0;`;
  frame.err = 0;
  line`return err;`;
  return 0;
}

// ---- accept() -------------------------------------------------------------------------------------

export function* inet_accept(sock: Socket, newsock: Socket, flags: number, kern: boolean): Sim<number> {
  const sk1 = sock.sk!;
  frame({ sock, newsock, flags, kern, sk1 });

  const e = { err: -EINVAL };
  line`struct sock *sk2 = sk1->sk_prot->accept(sk1, flags, &err, kern);`;
  const sk2 = yield* sk1.sk_prot.accept!(sk1, flags, e, kern);
  frame.sk2 = sk2;
  frame.err = e.err;
  line`if (!sk2)`;
  if (!sk2) return e.err;
  line`lock_sock(sk2);`;
  line`WARN_ON(!((1 << sk2->sk_state) &`;
  line`sock_graft(sk2, newsock);`;
  yield* sock_graft(sk2, newsock);
  line`newsock->state = SS_CONNECTED;`;
  newsock.state = 'SS_CONNECTED';
  line`err = 0;`;
  frame.err = 0;
  line`return err;`;
  return 0;
}

// ---- connect() ------------------------------------------------------------------------------------

export function* inet_wait_for_connect(sk: Sock, timeo: number, writebias: number): Sim<number> {
  line`add_wait_queue(sk_sleep(sk), &wait);`;
  const pending = () => sk.sk_state === TCP_SYN_SENT || sk.sk_state === TCP_SYN_RECV;
  line`while ((1 << sk->sk_state) & (TCPF_SYN_SENT | TCPF_SYN_RECV)) {`;
  while (pending()) {
    line`release_sock(sk);`;
    sk.sk_lock_owned = false;
    line`timeo = wait_woken(&wait, TASK_INTERRUPTIBLE, timeo);`;
    const task = prepare_to_wait(sk.sk_wq!, false, 'inet_wait_for_connect');
    const left = schedule_timeout(task, timeo);
    yield SLEEP;
    timeo = left();
    frame.timeo = timeo;
    finish_wait(sk.sk_wq!, task);
    line`lock_sock(sk);`;
    sk.sk_lock_owned = true;
    // (if (signal_pending(current) || !timeo) break; — SO_SNDTIMEO ran out: connect() says EINPROGRESS)
    if (!timeo) break;
    line`while ((1 << sk->sk_state) & (TCPF_SYN_SENT | TCPF_SYN_RECV)) {`;
  }
  line`remove_wait_queue(sk_sleep(sk), &wait);`;
  line`return timeo;`;
  return timeo;
}

export function* __inet_stream_connect(sock: Socket, uaddr: SockaddrIn, addr_len: number, flags: number, is_sendmsg: number): Sim<number> {
  const sk = sock.sk!;
  frame({ sock, uaddr, addr_len, flags, sk });
  let err = 0;
  const setErr = (e: number) => {
    err = e;
    frame.err = e;
  };

  line`if (addr_len < sizeof(uaddr->sa_family))`;
  if (addr_len < 2) return -EINVAL;
  line`if (uaddr->sa_family == AF_UNSPEC) {`;
  if (uaddr.sin_family === AF_UNSPEC) {
    line`err = sk->sk_prot->disconnect(sk, flags);`;
    setErr(yield* sk.sk_prot.disconnect!(sk, flags));
    sock.state = err ? 'SS_DISCONNECTING' : 'SS_UNCONNECTED';
    return err;
  }
  line`switch (sock->state) {`;
  switch (sock.state) {
    default:
      line`err = -EINVAL;`;
      return -EINVAL;
    case 'SS_CONNECTED':
      line`err = -EISCONN;#1`;
      return -EISCONN;
    case 'SS_CONNECTING':
      line`err = -EALREADY;`;
      setErr(-EALREADY);
      break;
    case 'SS_UNCONNECTED':
      line`err = -EISCONN;#2`;
      setErr(-EISCONN);
      line`if (sk->sk_state != TCP_CLOSE)`;
      if (sk.sk_state !== TCP_CLOSE) return err;
      line`err = sk->sk_prot->connect(sk, uaddr, addr_len);`;
      setErr(yield* sk.sk_prot.connect!(sk, uaddr, addr_len));
      line`if (err < 0)`;
      if (err < 0) return err;
      line`sock->state = SS_CONNECTING;`;
      sock.state = 'SS_CONNECTING';
      line`err = -EINPROGRESS;`;
      setErr(-EINPROGRESS);
      break;
  }
  line`timeo = sock_sndtimeo(sk, flags & O_NONBLOCK);`;
  const timeo = flags & O_NONBLOCK ? 0 : sk.sk_sndtimeo;
  frame.timeo = timeo;
  line`if ((1 << sk->sk_state) & (TCPF_SYN_SENT | TCPF_SYN_RECV)) {`;
  if (sk.sk_state === TCP_SYN_SENT || sk.sk_state === TCP_SYN_RECV) {
    line`if (!timeo || !inet_wait_for_connect(sk, timeo, writebias))`;
    // non-blocking: the pending EINPROGRESS (first call) or EALREADY (later calls)
    if (!timeo) return err;
    if (!(yield* inet_wait_for_connect(sk, timeo, 0))) return err;
  }
  line`if (sk->sk_state == TCP_CLOSE)`;
  if (sk.sk_state === TCP_CLOSE) {
    // RST, timeout or ICMP: report sk_err (read and cleared), else ECONNABORTED
    line`err = sock_error(sk) ? : -ECONNABORTED;`;
    const e = sk.sk_err;
    sk.sk_err = 0;
    setErr(e ? -e : -ECONNABORTED);
    line`sock->state = SS_UNCONNECTED;`;
    sock.state = 'SS_UNCONNECTED';
    line`if (sk->sk_prot->disconnect(sk, flags))`;
    if (yield* sk.sk_prot.disconnect!(sk, flags)) sock.state = 'SS_DISCONNECTING';
    return err;
  }
  line`sock->state = SS_CONNECTED;`;
  sock.state = 'SS_CONNECTED';
  line`err = 0;`;
  setErr(0);
  line`return err;`;
  return 0;
}

export function* inet_stream_connect(sock: Socket, uaddr: SockaddrIn, addr_len: number, flags: number): Sim<number> {
  line`lock_sock(sock->sk);`;
  sock.sk!.sk_lock_owned = true;
  line`err = __inet_stream_connect(sock, uaddr, addr_len, flags, 0);`;
  const err = yield* __inet_stream_connect(sock, uaddr, addr_len, flags, 0);
  frame.err = err;
  line`release_sock(sock->sk);`;
  if (sock.sk) yield* release_sock(sock.sk);
  return err;
}

/** release_sock(): the owner lets go; segments queued on sk_backlog meanwhile are processed first, by the owner. */
export function* release_sock(sk: Sock): Sim<void> {
  frame({ sk });
  line`spin_lock_bh(&sk->sk_lock.slock);`;
  line`if (sk->sk_backlog.tail)`;
  if (sk.sk_backlog.length) {
    line`__release_sock(sk);`;
    yield* __release_sock(sk);
  }
  line`sock_release_ownership(sk);`;
  sk.sk_lock_owned = false;
  line`spin_unlock_bh(&sk->sk_lock.slock);`;
}

/**
 * sk_wait_event() (include/net/sock.h): let go of the socket — the backlog is processed now, by this
 * task —, sleep on its wait queue unless that already made `done` true (until a wake-up, or `timeo`
 * µs: SO_RCVTIMEO/SO_SNDTIMEO), then own it again. Returns what is left of timeo.
 */
export function* sk_wait_event(sk: Sock, timeo: number, channel: string, done: () => boolean): Sim<number> {
  yield* release_sock(sk);
  if (!done()) {
    const task = prepare_to_wait(sk.sk_wq!, false, channel);
    const left = schedule_timeout(task, timeo);
    yield SLEEP;
    timeo = left();
    finish_wait(sk.sk_wq!, task);
  }
  sk.sk_lock_owned = true;
  return timeo;
}

/**
 * __sk_flush_backlog() (net/core/sock.c; sk_flush_backlog calls it when sk_backlog.tail is set): the
 * owner runs the backlog and keeps the socket. Not annotated: no built-in reaches it — a sender's copy
 * costs no simulated time here, so nothing is queued on the backlog while tcp_sendmsg_locked owns the socket.
 */
export function* __sk_flush_backlog(sk: Sock): Sim<void> {
  yield* __release_sock(sk);
}

/** __release_sock(): run each segment of the backlog through sk_backlog_rcv (tcp_v4_do_rcv), in process context, until none is left. */
function* __release_sock(sk: Sock): Sim<void> {
  frame({ sk });
  line`while ((skb = sk->sk_backlog.head) != NULL) {`;
  while (sk.sk_backlog.length) {
    const batch = sk.sk_backlog;
    line`sk->sk_backlog.head = sk->sk_backlog.tail = NULL;`;
    sk.sk_backlog = [];
    for (const skb of batch) {
      frame.skb = skb;
      line`sk_backlog_rcv(sk, skb);`;
      // (sk->sk_backlog_rcv = tcp_v4_do_rcv, as tcp_prot.backlog_rcv set it)
      yield* tcp_v4_do_rcv(sk, skb);
    }
  }
  line`sk->sk_backlog.len = 0;`;
}

// ---- datagram sockets: connect(), autobind, sendmsg/recvmsg (inet_dgram_ops) ---------------------

/** inet_autobind(): an unbound socket gets an ephemeral port (get_port(sk, 0)) — UDP's implicit bind. */
export function* inet_autobind(sk: Sock): Sim<number> {
  const inet = inet_sk(sk);
  frame({ sk, inet });

  line`lock_sock(sk);`;
  line`if (!inet->inet_num) {`;
  if (!inet.inet_num) {
    line`if (sk->sk_prot->get_port(sk, 0)) {`;
    if (yield* sk.sk_prot.get_port(sk, 0)) {
      line`return -EAGAIN;`;
      return -ERRNO.EAGAIN;
    }
    line`inet->inet_sport = htons(inet->inet_num);`;
    inet.inet_sport = inet.inet_num;
  }
  line`return 0;`;
  return 0;
}

/** inet_dgram_connect() = inet_dgram_ops.connect: autobind, then udp_prot.connect — sock->state is not touched. */
export function* inet_dgram_connect(sock: Socket, uaddr: SockaddrIn, addr_len: number, flags: number): Sim<number> {
  const sk = sock.sk!;
  frame({ sock, uaddr, addr_len, flags, sk });

  line`if (addr_len < sizeof(uaddr->sa_family))`;
  if (addr_len < 2) return -EINVAL;
  line`if (uaddr->sa_family == AF_UNSPEC)`;
  if (uaddr.sin_family === AF_UNSPEC) {
    line`return sk->sk_prot->disconnect(sk, flags);`;
    return yield* sk.sk_prot.disconnect!(sk, flags);
  }
  line`if (!inet_sk(sk)->inet_num && inet_autobind(sk))`;
  if (!inet_sk(sk).inet_num && (yield* inet_autobind(sk))) return -ERRNO.EAGAIN;
  line`return sk->sk_prot->connect(sk, uaddr, addr_len);`;
  return yield* sk.sk_prot.connect!(sk, uaddr, addr_len);
}

/** inet_send_prepare(): bind an unbound socket before its first send (UDP has no no_autobind). */
export function* inet_send_prepare(sk: Sock): Sim<number> {
  line`if (!inet_sk(sk)->inet_num && !sk->sk_prot->no_autobind &&`;
  if (!inet_sk(sk).inet_num && sk.sk_prot !== tcp_prot && (yield* inet_autobind(sk))) {
    line`return -EAGAIN;`;
    return -ERRNO.EAGAIN;
  }
  line`return 0;`;
  return 0;
}

/** inet_sendmsg() = proto_ops.sendmsg: autobind if needed, then sk->sk_prot->sendmsg (udp_sendmsg). */
export function* inet_sendmsg(sock: Socket, msg: Msghdr, size: number): Sim<number> {
  const sk = sock.sk!;
  frame({ sock, msg, size, sk });

  line`if (unlikely(inet_send_prepare(sk)))`;
  if (yield* inet_send_prepare(sk)) return -ERRNO.EAGAIN;
  line`return INDIRECT_CALL_2(sk->sk_prot->sendmsg, tcp_sendmsg, udp_sendmsg,`;
  return yield* sk.sk_prot.sendmsg!(sk, msg, size);
}

/** inet_recvmsg() = proto_ops.recvmsg: sk->sk_prot->recvmsg (udp_recvmsg), MSG_DONTWAIT split off as noblock. */
export function* inet_recvmsg(sock: Socket, msg: Msghdr, size: number, flags: number): Sim<number> {
  const sk = sock.sk!;
  frame({ sock, msg, size, flags, sk });

  line`err = INDIRECT_CALL_2(sk->sk_prot->recvmsg, tcp_recvmsg, udp_recvmsg,`;
  const err = yield* sk.sk_prot.recvmsg!(sk, msg, size, flags & MSG_DONTWAIT, flags & ~MSG_DONTWAIT);
  frame.err = err;
  line`if (err >= 0)`;
  line`return err;`;
  return err;
}

// ---- shutdown() -----------------------------------------------------------------------------------

export function* inet_shutdown(sock: Socket, how: number): Sim<number> {
  const sk = sock.sk!;
  frame({ sock, how, sk });

  how++; // SHUT_RD/WR/RDWR (0,1,2) become RCV_SHUTDOWN/SEND_SHUTDOWN/both (1,2,3)
  frame.how = how;
  line`if ((how & ~SHUTDOWN_MASK) || !how)`;
  if (how & ~SHUTDOWN_MASK || !how) return -EINVAL;
  line`lock_sock(sk);`;
  let err = 0;
  if (sock.state === 'SS_CONNECTING') {
    if (sk.sk_state === TCP_SYN_SENT || sk.sk_state === TCP_SYN_RECV || sk.sk_state === TCP_CLOSE) sock.state = 'SS_DISCONNECTING';
    else sock.state = 'SS_CONNECTED';
  }
  line`switch (sk->sk_state) {`;
  switch (sk.sk_state) {
    case TCP_CLOSE:
      line`err = -ENOTCONN;`;
      err = -ENOTCONN;
      sk.sk_shutdown |= how;
      break;
    default:
      sk.sk_shutdown |= how;
      line`sk->sk_prot->shutdown(sk, how);`;
      if (sk.sk_prot.shutdown) yield* sk.sk_prot.shutdown(sk, how);
      break;
    case TCP_LISTEN:
    case TCP_SYN_SENT:
      // a listener only cares about SHUT_RD; SYN_SENT is simply disconnected
      if (sk.sk_state === TCP_LISTEN && !(how & RCV_SHUTDOWN)) break;
      line`err = sk->sk_prot->disconnect(sk, O_NONBLOCK);`;
      err = yield* sk.sk_prot.disconnect!(sk, O_NONBLOCK);
      sock.state = err ? 'SS_DISCONNECTING' : 'SS_UNCONNECTED';
      break;
  }
  frame.err = err;
  line`sk->sk_state_change(sk);`;
  yield* sock_def_wakeup(sk);
  return err;
}

// ---- getsockname(), getpeername() -------------------------------------------------------------------

/** inet_getname() = proto_ops.getname: fills uaddr with the local (peer 0) or the peer's address; its length, or ENOTCONN. */
export function* inet_getname(sock: Socket, uaddr: SockaddrIn, peer: number): Sim<number> {
  const sk = sock.sk!;
  const inet = inet_sk(sk);
  frame({ sock, uaddr, peer, sk });
  line`DECLARE_SOCKADDR(`;
  line`sin->sin_family = AF_INET;`;
  uaddr.sin_family = AF_INET;
  line`if (peer) {`;
  if (peer) {
    line`if (!inet->inet_dport ||`;
    if (!inet.inet_dport || ((sk.sk_state === TCP_CLOSE || sk.sk_state === TCP_SYN_SENT) && peer === 1)) {
      line`return -ENOTCONN;`;
      return -ENOTCONN;
    }
    line`sin->sin_port = inet->inet_dport;`;
    uaddr.sin_port = inet.inet_dport;
    line`sin->sin_addr.s_addr = inet->inet_daddr;`;
    uaddr.sin_addr = inet.inet_daddr;
  } else {
    line`__be32 addr = inet->inet_rcv_saddr;`;
    let addr = inet.sk_rcv_saddr;
    line`if (!addr)`;
    if (addr === '0.0.0.0') {
      line`addr = inet->inet_saddr;`;
      addr = inet.inet_saddr;
    }
    line`sin->sin_port = inet->inet_sport;`;
    uaddr.sin_port = inet.inet_sport;
    line`sin->sin_addr.s_addr = addr;`;
    uaddr.sin_addr = addr;
  }
  line`return sizeof(*sin);`;
  return 16;
}
