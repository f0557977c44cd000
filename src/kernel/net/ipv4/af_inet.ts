// net/ipv4/af_inet.c: the AF_INET family — inet_create and the inetsw lookup, the BSD-layer
// operations of TCP sockets (inet_stream_ops: bind, listen, accept, connect, release, shutdown),
// the tables inet_init registers, and inet_sk_state_store, where sock:inet_sock_set_state fires.

import { defineFn } from '../../sim/anchors';
import { at, E, enter, leave, Sim, SLEEP, tracingComm } from '../../sim/engine';
import { prepare_to_wait, finish_wait } from '../../sim/current';
import type { ProtoOps, Proto, Socket, SockaddrIn, Msghdr } from '../../include/linux/net';
import { wake_up_interruptible } from '../../include/linux/net';
import type { Net } from '../../include/net/net_namespace';
import { Sock, kaddr } from '../../include/net/sock';
import { inet_sk } from '../../include/net/inet_sock';
import {
  TCP_CLOSE, TCP_LISTEN, TCP_SYN_RECV, TCP_SYN_SENT, SK_CAN_REUSE, SOCK_BINDADDR_LOCK,
  SOCK_BINDPORT_LOCK, tcpStateName, SHUTDOWN_MASK, RCV_SHUTDOWN,
} from '../../include/net/tcp_states';
import {
  AF_INET, AF_UNSPEC, ERRNO, IPPROTO_ICMP, IPPROTO_IP, IPPROTO_MAX, IPPROTO_TCP, IPPROTO_UDP,
  SOCK_DGRAM, SOCK_RAW, SOCK_STREAM, O_NONBLOCK, MSG_DONTWAIT,
} from '../../include/uapi';
import { sk_alloc, sock_init_data, sock_graft } from '../core/sock';
import { tcp_prot, udp_prot, ping_prot, raw_prot } from './protocols';
import { inet_csk_listen_start } from './inet_connection_sock';
import { tcp_v4_do_rcv } from './tcp_ipv4';

const {
  EINVAL, EAFNOSUPPORT, ESOCKTNOSUPPORT, EPROTONOSUPPORT, EADDRINUSE, EADDRNOTAVAIL,
  EISCONN, EALREADY, EINPROGRESS, ECONNABORTED, ENOTCONN, EOPNOTSUPP, ENOBUFS,
} = ERRNO;

// ---- inet_sk_state_store / inet_sk_set_state: the only places sock:inet_sock_set_state fires ----

const SSTORE = defineFn('net/ipv4/af_inet.c', 'inet_sk_state_store', {
  trace: 'trace_inet_sock_set_state(sk, sk->sk_state, newstate);',
  store: 'smp_store_release(&sk->sk_state, newstate);',
});
const SSET = defineFn('net/ipv4/af_inet.c', 'inet_sk_set_state', {
  trace: 'trace_inet_sock_set_state(sk, sk->sk_state, state);',
  store: 'sk->sk_state = state;',
});

function traceSetState(sk: Sock, newstate: number): void {
  if (!E.recording) return;
  const inet = inet_sk(sk);
  if (E.history === null) {
    // (the trace alone: stored as numbers)
    E.trace!.setState(E.now, sk.sk_net.host.name, tracingComm(), sk.objId, inet.inet_saddr, inet.inet_sport, inet.inet_daddr, inet.inet_dport, sk.sk_state, newstate);
    return;
  }
  E.emit({
    ev: 'inet_sock_set_state',
    t: E.now,
    host: sk.sk_net.host.name,
    comm: tracingComm(),
    skaddr: kaddr(sk.objId),
    family: 'AF_INET',
    protocol: 'IPPROTO_TCP',
    saddr: inet.inet_saddr,
    sport: inet.inet_sport,
    daddr: inet.inet_daddr,
    dport: inet.inet_dport,
    oldstate: tcpStateName(sk.sk_state),
    newstate: tcpStateName(newstate),
  });
}

export function* inet_sk_state_store(sk: Sock, newstate: number): Sim<void> {
  const f = enter(SSTORE, { sk, newstate });
  try {
    if (at(SSTORE.trace)) yield;
    traceSetState(sk, newstate);
    if (at(SSTORE.store)) yield;
    sk.sk_state = newstate;
  } finally {
    leave(f);
  }
}

export function* inet_sk_set_state(sk: Sock, state: number): Sim<void> {
  const f = enter(SSET, { sk, state });
  try {
    if (at(SSET.trace)) yield;
    traceSetState(sk, state);
    if (at(SSET.store)) yield;
    sk.sk_state = state;
  } finally {
    leave(f);
  }
}

// ---- the tables ----------------------------------------------------------------------------------

export interface InetProtosw {
  type: number;
  protocol: number;
  prot: Proto;
  ops: ProtoOps;
  flags: string[];
}

export interface NetProtoFamily {
  name: string;
  family: number;
  create: (net: Net, sock: Socket, protocol: number, kern: number) => Sim<number>;
}

function* sock_no_listen(): Sim<number> {
  return -EOPNOTSUPP;
}
function* sock_no_accept(): Sim<number> {
  return -EOPNOTSUPP;
}

export const inet_stream_ops: ProtoOps = {
  name: 'inet_stream_ops',
  family: AF_INET,
  release: inet_release,
  bind: inet_bind,
  connect: inet_stream_connect,
  accept: inet_accept,
  listen: inet_listen,
  shutdown: inet_shutdown,
  members: [
    ['release', 'inet_release'], ['bind', 'inet_bind'], ['connect', 'inet_stream_connect'],
    ['accept', 'inet_accept'], ['getname', 'inet_getname'], ['poll', 'tcp_poll'],
    ['listen', 'inet_listen'], ['shutdown', 'inet_shutdown'], ['sendmsg', 'inet_sendmsg'],
    ['recvmsg', 'inet_recvmsg'],
  ],
};

export const inet_dgram_ops: ProtoOps = {
  name: 'inet_dgram_ops',
  family: AF_INET,
  release: inet_release,
  bind: inet_bind,
  connect: inet_dgram_connect,
  accept: sock_no_accept,
  listen: sock_no_listen,
  shutdown: inet_shutdown,
  sendmsg: inet_sendmsg,
  recvmsg: inet_recvmsg,
  members: [
    ['release', 'inet_release'], ['bind', 'inet_bind'], ['connect', 'inet_dgram_connect'],
    ['accept', 'sock_no_accept'], ['getname', 'inet_getname'], ['poll', 'udp_poll'],
    ['listen', 'sock_no_listen'], ['shutdown', 'inet_shutdown'], ['sendmsg', 'inet_sendmsg'],
    ['recvmsg', 'inet_recvmsg'],
  ],
};

export const inet_sockraw_ops: ProtoOps = {
  ...inet_dgram_ops,
  name: 'inet_sockraw_ops',
  members: inet_dgram_ops.members.map(([m, fn]) => [m, m === 'poll' ? 'datagram_poll' : fn] as [string, string]),
};

/** inetsw_array: what inet_init registers into inetsw[type]. */
export const inetsw_array: InetProtosw[] = [
  { type: SOCK_STREAM, protocol: IPPROTO_TCP, prot: tcp_prot, ops: inet_stream_ops, flags: ['INET_PROTOSW_PERMANENT', 'INET_PROTOSW_ICSK'] },
  { type: SOCK_DGRAM, protocol: IPPROTO_UDP, prot: udp_prot, ops: inet_dgram_ops, flags: ['INET_PROTOSW_PERMANENT'] },
  { type: SOCK_DGRAM, protocol: IPPROTO_ICMP, prot: ping_prot, ops: inet_sockraw_ops, flags: ['INET_PROTOSW_REUSE'] },
  { type: SOCK_RAW, protocol: IPPROTO_IP, prot: raw_prot, ops: inet_sockraw_ops, flags: ['INET_PROTOSW_REUSE'] },
];

/** inetsw[SOCK_MAX]: per socket type, the list of protosw entries (built by inet_register_protosw). */
export const inetsw: InetProtosw[][] = Array.from({ length: 11 }, () => []);
for (const q of inetsw_array) inetsw[q.type].push(q);

export const inet_family_ops: NetProtoFamily = { name: 'inet_family_ops', family: AF_INET, create: inet_create };

/** net_families[NPROTO]: sock_register(&inet_family_ops) fills AF_INET; the rest stay empty here. */
export const net_families: Array<NetProtoFamily | undefined> = [];
net_families[AF_INET] = inet_family_ops;

// ---- socket() -------------------------------------------------------------------------------------

const CREATE = defineFn('net/ipv4/af_inet.c', 'inet_create', {
  range: 'if (protocol < 0 || protocol >= IPPROTO_MAX)',
  state: 'sock->state = SS_UNCONNECTED;',
  lookup: 'list_for_each_entry_rcu(answer, &inetsw[sock->type], list) {',
  exact: 'if (protocol == answer->protocol) {',
  zero: 'if (IPPROTO_IP == protocol) {',
  wild: 'if (IPPROTO_IP == answer->protocol)',
  notfound: 'if (unlikely(err)) {',
  raw: 'if (sock->type == SOCK_RAW && !kern &&',
  ops: 'sock->ops = answer->ops;',
  prot: 'answer_prot = answer->prot;',
  alloc: 'sk = sk_alloc(net, PF_INET, GFP_KERNEL, answer_prot, kern);',
  reuse: 'if (INET_PROTOSW_REUSE & answer_flags)',
  icsk: 'inet->is_icsk = (INET_PROTOSW_ICSK & answer_flags) != 0;',
  rawnum: 'inet->inet_num = protocol;',
  init_data: 'sock_init_data(sock, sk);',
  destruct: 'sk->sk_destruct',
  protocol: 'sk->sk_protocol',
  backlog_rcv: 'sk->sk_backlog_rcv = sk->sk_prot->backlog_rcv;',
  hash: 'err = sk->sk_prot->hash(sk);',
  init: 'err = sk->sk_prot->init(sk);',
  release: 'sk_common_release(sk);',
  out: 'return err;',
});

/** inet_create(): AF_INET's create — find the protosw for (type, protocol), allocate the sock. */
export function* inet_create(net: Net, sock: Socket, protocol: number, kern: number): Sim<number> {
  const f = enter(CREATE, { net, sock, protocol, kern });
  try {
    if (at(CREATE.range)) yield;
    if (protocol < 0 || protocol >= IPPROTO_MAX) return -EINVAL;
    if (at(CREATE.state)) yield;
    sock.state = 'SS_UNCONNECTED';
    let err = -ESOCKTNOSUPPORT;
    f.vars.err = err;
    let answer: InetProtosw | null = null;
    for (const a of inetsw[sock.type] ?? []) {
      if (at(CREATE.lookup)) yield;
      f.vars.answer = a;
      err = 0;
      if (at(CREATE.exact)) yield;
      if (protocol === a.protocol) {
        if (protocol !== IPPROTO_IP) {
          answer = a;
          break;
        }
      } else {
        if (at(CREATE.zero)) yield;
        if (protocol === IPPROTO_IP) {
          protocol = a.protocol;
          f.vars.protocol = protocol;
          answer = a;
          break;
        }
        if (at(CREATE.wild)) yield;
        if (a.protocol === IPPROTO_IP) {
          answer = a;
          break;
        }
      }
      err = -EPROTONOSUPPORT;
      f.vars.err = err;
    }
    f.vars.answer = answer;
    if (at(CREATE.notfound)) yield;
    if (!answer) return err;
    if (at(CREATE.raw)) yield;
    // our processes run as root: CAP_NET_RAW is held
    if (at(CREATE.ops)) yield;
    sock.ops = answer.ops;
    if (at(CREATE.prot)) yield;
    f.vars.answer_prot = answer.prot;
    if (at(CREATE.alloc)) yield;
    const sk = yield* sk_alloc(net, AF_INET, answer.prot, kern);
    if (!sk) return -ENOBUFS;
    f.vars.sk = sk;
    const inet = inet_sk(sk);
    f.vars.inet = inet;
    if (at(CREATE.reuse)) yield;
    if (answer.flags.includes('INET_PROTOSW_REUSE')) sk.skc_reuse = SK_CAN_REUSE;
    if (at(CREATE.icsk)) yield;
    inet.is_icsk = answer.flags.includes('INET_PROTOSW_ICSK') ? 1 : 0;
    if (sock.type === SOCK_RAW) {
      if (at(CREATE.rawnum)) yield;
      inet.inet_num = protocol;
    }
    if (at(CREATE.init_data)) yield;
    yield* sock_init_data(sock, sk);
    if (at(CREATE.destruct)) yield;
    sk.sk_destruct = 'inet_sock_destruct';
    if (at(CREATE.protocol)) yield;
    sk.sk_protocol = protocol;
    if (at(CREATE.backlog_rcv)) yield;
    sk.sk_backlog_rcv = answer.prot === tcp_prot ? 'tcp_v4_do_rcv' : '';
    if (inet.inet_num) {
      inet.inet_sport = inet.inet_num;
      if (at(CREATE.hash)) yield;
      yield* sk.sk_prot.hash(sk);
    }
    if (sk.sk_prot.init) {
      if (at(CREATE.init)) yield;
      err = yield* sk.sk_prot.init(sk);
      f.vars.err = err;
      if (err) {
        if (at(CREATE.release)) yield;
        sk.freed = true;
        sock.sk = null;
        return err;
      }
    }
    if (at(CREATE.out)) yield;
    return 0;
  } finally {
    leave(f);
  }
}

// ---- close() --------------------------------------------------------------------------------------

const RELEASE = defineFn('net/ipv4/af_inet.c', 'inet_release', {
  sk: 'if (sk) {',
  linger: 'if (sock_flag(sk, SOCK_LINGER) &&',
  nullsk: 'sock->sk = NULL;',
  close: 'sk->sk_prot->close(sk, timeout);',
});
export function* inet_release(sock: Socket): Sim<number> {
  const f = enter(RELEASE, { sock });
  try {
    const sk = sock.sk;
    f.vars.sk = sk;
    if (at(RELEASE.sk)) yield;
    if (sk) {
      if (at(RELEASE.linger)) yield;
      const timeout = sk.sk_flags.has('SOCK_LINGER') ? sk.sk_lingertime : 0;
      f.vars.timeout = timeout;
      if (at(RELEASE.close)) yield;
      yield* sk.sk_prot.close(sk, timeout);
      if (at(RELEASE.nullsk)) yield;
      sock.sk = null;
    }
    return 0;
  } finally {
    leave(f);
  }
}

// ---- bind() ---------------------------------------------------------------------------------------

const BIND = defineFn('net/ipv4/af_inet.c', 'inet_bind', {
  protbind: 'if (sk->sk_prot->bind) {',
  len: 'if (addr_len < sizeof(struct sockaddr_in))',
  call: 'return __inet_bind(sk, uaddr, addr_len, false, true);',
});
export function* inet_bind(sock: Socket, uaddr: SockaddrIn, addr_len: number): Sim<number> {
  const sk = sock.sk!;
  const f = enter(BIND, { sock, uaddr, addr_len, sk });
  try {
    if (at(BIND.protbind)) yield;
    if (at(BIND.len)) yield;
    if (addr_len < 16) return -EINVAL;
    if (at(BIND.call)) yield;
    return yield* __inet_bind(sk, uaddr, addr_len, false, true);
  } finally {
    leave(f);
  }
}

const __BIND = defineFn('net/ipv4/af_inet.c', '__inet_bind', {
  family: 'if (addr->sin_family != AF_INET) {',
  chk: 'chk_addr_ret = inet_addr_type_table(net, addr->sin_addr.s_addr, tb_id);',
  notavail: 'if (!inet_can_nonlocal_bind(net, inet) &&',
  snum: 'snum = ntohs(addr->sin_port);',
  acces: 'if (snum && snum < inet_prot_sock(net)',
  lock: 'lock_sock(sk);',
  busy: 'if (sk->sk_state != TCP_CLOSE || inet->inet_num)',
  saddr: 'inet->inet_rcv_saddr = inet->inet_saddr = addr->sin_addr.s_addr;',
  getport: 'if (sk->sk_prot->get_port(sk, snum)) {',
  inuse: 'err = -EADDRINUSE;',
  addrlock: 'sk->sk_userlocks |= SOCK_BINDADDR_LOCK;',
  portlock: 'sk->sk_userlocks |= SOCK_BINDPORT_LOCK;',
  sport: 'inet->inet_sport = htons(inet->inet_num);',
  daddr: 'inet->inet_daddr = 0;',
  ok: 'err = 0;',
  out: 'return err;',
});
export function* __inet_bind(sk: Sock, addr: SockaddrIn, addr_len: number, force_bind_address_no_port: boolean, with_lock: boolean): Sim<number> {
  const inet = inet_sk(sk);
  const net = sk.sk_net;
  const f = enter(__BIND, { sk, uaddr: addr, addr_len, inet });
  try {
    if (at(__BIND.family)) yield;
    if (addr.sin_family !== AF_INET) {
      if (!(addr.sin_family === AF_UNSPEC && addr.sin_addr === '0.0.0.0')) return -EAFNOSUPPORT;
    }
    if (at(__BIND.chk)) yield;
    const a = addr.sin_addr;
    const local = a === '0.0.0.0' || net.host.isLocal(a) || isMulticastOrBroadcast(a);
    f.vars.chk_addr_ret = a === '0.0.0.0' ? 'RTN_UNSPEC' : local ? 'RTN_LOCAL' : 'RTN_UNICAST';
    if (at(__BIND.notavail)) yield;
    if (!local && !net.sysctl['net.ipv4.ip_nonlocal_bind'] && !inet.freebind) return -EADDRNOTAVAIL;
    if (at(__BIND.snum)) yield;
    const snum = addr.sin_port;
    f.vars.snum = snum;
    if (at(__BIND.acces)) yield;
    // processes here run as root (CAP_NET_BIND_SERVICE), so privileged ports are allowed
    if (at(__BIND.lock)) yield;
    if (at(__BIND.busy)) yield;
    if (sk.sk_state !== TCP_CLOSE || inet.inet_num) return -EINVAL;
    if (at(__BIND.saddr)) yield;
    inet.inet_rcv_saddr = inet.inet_saddr = a;
    if (isMulticastOrBroadcast(a)) inet.inet_saddr = '0.0.0.0';
    if (at(__BIND.getport)) yield;
    if (yield* sk.sk_prot.get_port(sk, snum)) {
      inet.inet_saddr = inet.inet_rcv_saddr = '0.0.0.0';
      if (at(__BIND.inuse)) yield;
      f.vars.err = -EADDRINUSE;
      return -EADDRINUSE;
    }
    if (a !== '0.0.0.0') {
      if (at(__BIND.addrlock)) yield;
      sk.sk_userlocks |= SOCK_BINDADDR_LOCK;
    }
    if (snum) {
      if (at(__BIND.portlock)) yield;
      sk.sk_userlocks |= SOCK_BINDPORT_LOCK;
    }
    if (at(__BIND.sport)) yield;
    inet.inet_sport = inet.inet_num;
    if (at(__BIND.daddr)) yield;
    inet.inet_daddr = '0.0.0.0';
    inet.inet_dport = 0;
    if (at(__BIND.ok)) yield;
    f.vars.err = 0;
    if (at(__BIND.out)) yield;
    return 0;
  } finally {
    leave(f);
  }
}

function isMulticastOrBroadcast(a: string): boolean {
  const first = Number(a.split('.')[0]);
  return (first >= 224 && first <= 239) || a === '255.255.255.255';
}

// ---- listen() -------------------------------------------------------------------------------------

const LISTEN = defineFn('net/ipv4/af_inet.c', 'inet_listen', {
  lock: 'lock_sock(sk);',
  check: 'if (sock->state != SS_UNCONNECTED || sock->type != SOCK_STREAM)',
  state: 'old_state = sk->sk_state;',
  badstate: 'if (!((1 << old_state) & (TCPF_CLOSE | TCPF_LISTEN)))',
  backlog: 'sk->sk_max_ack_backlog = backlog;',
  notlisten: 'if (old_state != TCP_LISTEN) {',
  start: 'err = inet_csk_listen_start(sk, backlog);',
  ok: 'err = 0;',
  out: 'return err;',
});
export function* inet_listen(sock: Socket, backlog: number): Sim<number> {
  const sk = sock.sk!;
  const f = enter(LISTEN, { sock, backlog, sk });
  try {
    if (at(LISTEN.lock)) yield;
    if (at(LISTEN.check)) yield;
    if (sock.state !== 'SS_UNCONNECTED' || sock.type !== SOCK_STREAM) return -EINVAL;
    if (at(LISTEN.state)) yield;
    const old_state = sk.sk_state;
    f.vars.old_state = old_state;
    if (at(LISTEN.badstate)) yield;
    if (old_state !== TCP_CLOSE && old_state !== TCP_LISTEN) return -EINVAL;
    if (at(LISTEN.backlog)) yield;
    sk.sk_max_ack_backlog = backlog;
    if (at(LISTEN.notlisten)) yield;
    if (old_state !== TCP_LISTEN) {
      if (at(LISTEN.start)) yield;
      const err = yield* inet_csk_listen_start(sk, backlog);
      f.vars.err = err;
      if (err) return err;
    }
    if (at(LISTEN.ok)) yield;
    f.vars.err = 0;
    if (at(LISTEN.out)) yield;
    return 0;
  } finally {
    leave(f);
  }
}

// ---- accept() -------------------------------------------------------------------------------------

const ACCEPT = defineFn('net/ipv4/af_inet.c', 'inet_accept', {
  call: 'struct sock *sk2 = sk1->sk_prot->accept(sk1, flags, &err, kern);',
  fail: 'if (!sk2)',
  lock: 'lock_sock(sk2);',
  warn: 'WARN_ON(!((1 << sk2->sk_state) &',
  graft: 'sock_graft(sk2, newsock);',
  state: 'newsock->state = SS_CONNECTED;',
  ok: 'err = 0;',
  out: 'return err;',
});
export function* inet_accept(sock: Socket, newsock: Socket, flags: number, kern: boolean): Sim<number> {
  const sk1 = sock.sk!;
  const f = enter(ACCEPT, { sock, newsock, flags, kern, sk1 });
  try {
    const e = { err: -EINVAL };
    if (at(ACCEPT.call)) yield;
    const sk2 = yield* sk1.sk_prot.accept!(sk1, flags, e, kern);
    f.vars.sk2 = sk2;
    f.vars.err = e.err;
    if (at(ACCEPT.fail)) yield;
    if (!sk2) return e.err;
    if (at(ACCEPT.lock)) yield;
    if (at(ACCEPT.warn)) yield;
    if (at(ACCEPT.graft)) yield;
    yield* sock_graft(sk2, newsock);
    if (at(ACCEPT.state)) yield;
    newsock.state = 'SS_CONNECTED';
    if (at(ACCEPT.ok)) yield;
    f.vars.err = 0;
    if (at(ACCEPT.out)) yield;
    return 0;
  } finally {
    leave(f);
  }
}

// ---- connect() ------------------------------------------------------------------------------------

const WAITC = defineFn('net/ipv4/af_inet.c', 'inet_wait_for_connect', {
  add: 'add_wait_queue(sk_sleep(sk), &wait);',
  loop: 'while ((1 << sk->sk_state) & (TCPF_SYN_SENT | TCPF_SYN_RECV)) {',
  release: 'release_sock(sk);',
  sleep: 'timeo = wait_woken(&wait, TASK_INTERRUPTIBLE, timeo);',
  lock: 'lock_sock(sk);',
  remove: 'remove_wait_queue(sk_sleep(sk), &wait);',
  ret: 'return timeo;',
});
export function* inet_wait_for_connect(sk: Sock, timeo: number, writebias: number): Sim<number> {
  const f = enter(WAITC, { sk, timeo, writebias });
  try {
    if (at(WAITC.add)) yield;
    const pending = () => sk.sk_state === TCP_SYN_SENT || sk.sk_state === TCP_SYN_RECV;
    if (at(WAITC.loop)) yield;
    while (pending()) {
      if (at(WAITC.release)) yield;
      sk.sk_lock_owned = false;
      if (at(WAITC.sleep)) yield;
      const task = prepare_to_wait(sk.sk_wq!, false, 'inet_wait_for_connect');
      yield SLEEP;
      finish_wait(sk.sk_wq!, task);
      if (at(WAITC.lock)) yield;
      sk.sk_lock_owned = true;
      if (at(WAITC.loop)) yield;
    }
    if (at(WAITC.remove)) yield;
    if (at(WAITC.ret)) yield;
    return timeo;
  } finally {
    leave(f);
  }
}

const __CONNECT = defineFn('net/ipv4/af_inet.c', '__inet_stream_connect', {
  len: 'if (addr_len < sizeof(uaddr->sa_family))',
  unspec: 'if (uaddr->sa_family == AF_UNSPEC) {',
  disconnect: 'err = sk->sk_prot->disconnect(sk, flags);',
  sw: 'switch (sock->state) {',
  einval: 'return -EINVAL;#2',
  connected: 'return -EISCONN;',
  isconn: 'err = -EISCONN;',
  connecting: 'err = -EALREADY;',
  unconnected: 'if (sk->sk_state != TCP_CLOSE)',
  protconnect: 'err = sk->sk_prot->connect(sk, uaddr, addr_len);',
  fail: 'if (err < 0)',
  setconnecting: 'sock->state = SS_CONNECTING;',
  inprogress: 'err = -EINPROGRESS;',
  timeo: 'timeo = sock_sndtimeo(sk, flags & O_NONBLOCK);',
  pending: 'if ((1 << sk->sk_state) & (TCPF_SYN_SENT | TCPF_SYN_RECV)) {',
  nonblock: 'if (!timeo || !inet_wait_for_connect(sk, timeo, writebias))',
  closed: 'if (sk->sk_state == TCP_CLOSE)',
  setconnected: 'sock->state = SS_CONNECTED;',
  ok: 'err = 0;',
  out: 'return err;',
  sock_error: 'err = sock_error(sk) ? : -ECONNABORTED;',
  disc: 'sock->state = SS_UNCONNECTED;',
  discdisconnect: 'if (sk->sk_prot->disconnect(sk, flags))',
});
export function* __inet_stream_connect(sock: Socket, uaddr: SockaddrIn, addr_len: number, flags: number, is_sendmsg: number): Sim<number> {
  const sk = sock.sk!;
  const f = enter(__CONNECT, { sock, uaddr, addr_len, flags, sk });
  let err = 0;
  const setErr = (e: number) => {
    err = e;
    f.vars.err = e;
  };
  try {
    if (at(__CONNECT.len)) yield;
    if (addr_len < 2) return -EINVAL;
    if (at(__CONNECT.unspec)) yield;
    if (uaddr.sin_family === AF_UNSPEC) {
      if (at(__CONNECT.disconnect)) yield;
      setErr(yield* sk.sk_prot.disconnect!(sk, flags));
      sock.state = err ? 'SS_DISCONNECTING' : 'SS_UNCONNECTED';
      return err;
    }
    if (at(__CONNECT.sw)) yield;
    switch (sock.state) {
      default:
        if (at(__CONNECT.einval)) yield;
        return -EINVAL;
      case 'SS_CONNECTED':
        if (at(__CONNECT.connected)) yield;
        return -EISCONN;
      case 'SS_CONNECTING':
        if (at(__CONNECT.connecting)) yield;
        setErr(-EALREADY);
        break;
      case 'SS_UNCONNECTED':
        if (at(__CONNECT.isconn)) yield;
        setErr(-EISCONN);
        if (at(__CONNECT.unconnected)) yield;
        if (sk.sk_state !== TCP_CLOSE) return err;
        if (at(__CONNECT.protconnect)) yield;
        setErr(yield* sk.sk_prot.connect!(sk, uaddr, addr_len));
        if (at(__CONNECT.fail)) yield;
        if (err < 0) return err;
        if (at(__CONNECT.setconnecting)) yield;
        sock.state = 'SS_CONNECTING';
        if (at(__CONNECT.inprogress)) yield;
        setErr(-EINPROGRESS);
        break;
    }
    if (at(__CONNECT.timeo)) yield;
    const timeo = flags & O_NONBLOCK ? 0 : sk.sk_sndtimeo;
    f.vars.timeo = timeo;
    if (at(__CONNECT.pending)) yield;
    if (sk.sk_state === TCP_SYN_SENT || sk.sk_state === TCP_SYN_RECV) {
      if (at(__CONNECT.nonblock)) yield;
      // non-blocking: the pending EINPROGRESS (first call) or EALREADY (later calls)
      if (!timeo) return err;
      yield* inet_wait_for_connect(sk, timeo, 0);
    }
    if (at(__CONNECT.closed)) yield;
    if (sk.sk_state === TCP_CLOSE) {
      // RST, timeout or ICMP: report sk_err (read and cleared), else ECONNABORTED
      if (at(__CONNECT.sock_error)) yield;
      const e = sk.sk_err;
      sk.sk_err = 0;
      setErr(e ? -e : -ECONNABORTED);
      if (at(__CONNECT.disc)) yield;
      sock.state = 'SS_UNCONNECTED';
      if (at(__CONNECT.discdisconnect)) yield;
      if (yield* sk.sk_prot.disconnect!(sk, flags)) sock.state = 'SS_DISCONNECTING';
      return err;
    }
    if (at(__CONNECT.setconnected)) yield;
    sock.state = 'SS_CONNECTED';
    if (at(__CONNECT.ok)) yield;
    setErr(0);
    if (at(__CONNECT.out)) yield;
    return 0;
  } finally {
    leave(f);
  }
}

const CONNECT = defineFn('net/ipv4/af_inet.c', 'inet_stream_connect', {
  lock: 'lock_sock(sock->sk);',
  call: 'err = __inet_stream_connect(sock, uaddr, addr_len, flags, 0);',
  release: 'release_sock(sock->sk);',
});
export function* inet_stream_connect(sock: Socket, uaddr: SockaddrIn, addr_len: number, flags: number): Sim<number> {
  const f = enter(CONNECT, { sock, uaddr, addr_len, flags });
  try {
    if (at(CONNECT.lock)) yield;
    sock.sk!.sk_lock_owned = true;
    if (at(CONNECT.call)) yield;
    const err = yield* __inet_stream_connect(sock, uaddr, addr_len, flags, 0);
    f.vars.err = err;
    if (at(CONNECT.release)) yield;
    if (sock.sk) yield* release_sock(sock.sk);
    return err;
  } finally {
    leave(f);
  }
}

/** release_sock(): the owner lets go; segments queued on sk_backlog meanwhile are processed now. */
export function* release_sock(sk: Sock): Sim<void> {
  sk.sk_lock_owned = false;
  // segments that arrived while the process held the lock (tcp_add_backlog) run now
  while (sk.sk_backlog.length) {
    const skb = sk.sk_backlog.shift()!;
    yield* tcp_v4_do_rcv(sk, skb);
  }
}

// ---- datagram sockets: connect(), autobind, sendmsg/recvmsg (inet_dgram_ops) ---------------------

const AUTOBIND = defineFn('net/ipv4/af_inet.c', 'inet_autobind', {
  lock: 'lock_sock(sk);',
  num: 'if (!inet->inet_num) {',
  getport: 'if (sk->sk_prot->get_port(sk, 0)) {',
  eagain: 'return -EAGAIN;',
  sport: 'inet->inet_sport = htons(inet->inet_num);',
  ok: 'return 0;',
});
/** inet_autobind(): an unbound socket gets an ephemeral port (get_port(sk, 0)) — UDP's implicit bind. */
export function* inet_autobind(sk: Sock): Sim<number> {
  const inet = inet_sk(sk);
  const f = enter(AUTOBIND, { sk, inet });
  try {
    if (at(AUTOBIND.lock)) yield;
    if (at(AUTOBIND.num)) yield;
    if (!inet.inet_num) {
      if (at(AUTOBIND.getport)) yield;
      if (yield* sk.sk_prot.get_port(sk, 0)) {
        if (at(AUTOBIND.eagain)) yield;
        return -ERRNO.EAGAIN;
      }
      if (at(AUTOBIND.sport)) yield;
      inet.inet_sport = inet.inet_num;
    }
    if (at(AUTOBIND.ok)) yield;
    return 0;
  } finally {
    leave(f);
  }
}

const DGRAM_CONNECT = defineFn('net/ipv4/af_inet.c', 'inet_dgram_connect', {
  len: 'if (addr_len < sizeof(uaddr->sa_family))',
  unspec: 'if (uaddr->sa_family == AF_UNSPEC)',
  disconnect: 'return sk->sk_prot->disconnect(sk, flags);',
  autobind: 'if (!inet_sk(sk)->inet_num && inet_autobind(sk))',
  connect: 'return sk->sk_prot->connect(sk, uaddr, addr_len);',
});
/** inet_dgram_connect() = inet_dgram_ops.connect: autobind, then udp_prot.connect — sock->state is not touched. */
export function* inet_dgram_connect(sock: Socket, uaddr: SockaddrIn, addr_len: number, flags: number): Sim<number> {
  const sk = sock.sk!;
  const f = enter(DGRAM_CONNECT, { sock, uaddr, addr_len, flags, sk });
  try {
    if (at(DGRAM_CONNECT.len)) yield;
    if (addr_len < 2) return -EINVAL;
    if (at(DGRAM_CONNECT.unspec)) yield;
    if (uaddr.sin_family === AF_UNSPEC) {
      if (at(DGRAM_CONNECT.disconnect)) yield;
      return yield* sk.sk_prot.disconnect!(sk, flags);
    }
    if (at(DGRAM_CONNECT.autobind)) yield;
    if (!inet_sk(sk).inet_num && (yield* inet_autobind(sk))) return -ERRNO.EAGAIN;
    if (at(DGRAM_CONNECT.connect)) yield;
    return yield* sk.sk_prot.connect!(sk, uaddr, addr_len);
  } finally {
    leave(f);
  }
}

const SEND_PREPARE = defineFn('net/ipv4/af_inet.c', 'inet_send_prepare', {
  autobind: 'if (!inet_sk(sk)->inet_num && !sk->sk_prot->no_autobind &&',
  eagain: 'return -EAGAIN;',
  ok: 'return 0;',
});
/** inet_send_prepare(): bind an unbound socket before its first send (UDP has no no_autobind). */
export function* inet_send_prepare(sk: Sock): Sim<number> {
  const f = enter(SEND_PREPARE, { sk });
  try {
    if (at(SEND_PREPARE.autobind)) yield;
    if (!inet_sk(sk).inet_num && sk.sk_prot !== tcp_prot && (yield* inet_autobind(sk))) {
      if (at(SEND_PREPARE.eagain)) yield;
      return -ERRNO.EAGAIN;
    }
    if (at(SEND_PREPARE.ok)) yield;
    return 0;
  } finally {
    leave(f);
  }
}

const SENDMSG = defineFn('net/ipv4/af_inet.c', 'inet_sendmsg', {
  prepare: 'if (unlikely(inet_send_prepare(sk)))',
  call: 'return INDIRECT_CALL_2(sk->sk_prot->sendmsg, tcp_sendmsg, udp_sendmsg,',
});
/** inet_sendmsg() = proto_ops.sendmsg: autobind if needed, then sk->sk_prot->sendmsg (udp_sendmsg). */
export function* inet_sendmsg(sock: Socket, msg: Msghdr, size: number): Sim<number> {
  const sk = sock.sk!;
  const f = enter(SENDMSG, { sock, msg, size, sk });
  try {
    if (at(SENDMSG.prepare)) yield;
    if (yield* inet_send_prepare(sk)) return -ERRNO.EAGAIN;
    if (at(SENDMSG.call)) yield;
    return yield* sk.sk_prot.sendmsg!(sk, msg, size);
  } finally {
    leave(f);
  }
}

const RECVMSG = defineFn('net/ipv4/af_inet.c', 'inet_recvmsg', {
  call: 'err = INDIRECT_CALL_2(sk->sk_prot->recvmsg, tcp_recvmsg, udp_recvmsg,',
  namelen: 'if (err >= 0)',
  ret: 'return err;',
});
/** inet_recvmsg() = proto_ops.recvmsg: sk->sk_prot->recvmsg (udp_recvmsg), MSG_DONTWAIT split off as noblock. */
export function* inet_recvmsg(sock: Socket, msg: Msghdr, size: number, flags: number): Sim<number> {
  const sk = sock.sk!;
  const f = enter(RECVMSG, { sock, msg, size, flags, sk });
  try {
    if (at(RECVMSG.call)) yield;
    const err = yield* sk.sk_prot.recvmsg!(sk, msg, size, flags & MSG_DONTWAIT, flags & ~MSG_DONTWAIT);
    f.vars.err = err;
    if (at(RECVMSG.namelen)) yield;
    if (at(RECVMSG.ret)) yield;
    return err;
  } finally {
    leave(f);
  }
}

// ---- shutdown() -----------------------------------------------------------------------------------

const SHUTDOWN = defineFn('net/ipv4/af_inet.c', 'inet_shutdown', {
  how: 'if ((how & ~SHUTDOWN_MASK) || !how)',
  lock: 'lock_sock(sk);',
  sw: 'switch (sk->sk_state) {',
  enotconn: 'err = -ENOTCONN;',
  protshut: 'sk->sk_prot->shutdown(sk, how);',
  disconnect: 'err = sk->sk_prot->disconnect(sk, O_NONBLOCK);',
  wake: 'sk->sk_state_change(sk);',
});
export function* inet_shutdown(sock: Socket, how: number): Sim<number> {
  const sk = sock.sk!;
  const f = enter(SHUTDOWN, { sock, how, sk });
  try {
    how++; // SHUT_RD/WR/RDWR (0,1,2) become RCV_SHUTDOWN/SEND_SHUTDOWN/both (1,2,3)
    f.vars.how = how;
    if (at(SHUTDOWN.how)) yield;
    if (how & ~SHUTDOWN_MASK || !how) return -EINVAL;
    if (at(SHUTDOWN.lock)) yield;
    let err = 0;
    if (sock.state === 'SS_CONNECTING') {
      if (sk.sk_state === TCP_SYN_SENT || sk.sk_state === TCP_SYN_RECV || sk.sk_state === TCP_CLOSE) sock.state = 'SS_DISCONNECTING';
      else sock.state = 'SS_CONNECTED';
    }
    if (at(SHUTDOWN.sw)) yield;
    switch (sk.sk_state) {
      case TCP_CLOSE:
        if (at(SHUTDOWN.enotconn)) yield;
        err = -ENOTCONN;
        sk.sk_shutdown |= how;
        break;
      default:
        sk.sk_shutdown |= how;
        if (at(SHUTDOWN.protshut)) yield;
        if (sk.sk_prot.shutdown) yield* sk.sk_prot.shutdown(sk, how);
        break;
      case TCP_LISTEN:
      case TCP_SYN_SENT:
        // a listener only cares about SHUT_RD; SYN_SENT is simply disconnected
        if (sk.sk_state === TCP_LISTEN && !(how & RCV_SHUTDOWN)) break;
        if (at(SHUTDOWN.disconnect)) yield;
        err = yield* sk.sk_prot.disconnect!(sk, O_NONBLOCK);
        sock.state = err ? 'SS_DISCONNECTING' : 'SS_UNCONNECTED';
        break;
    }
    f.vars.err = err;
    if (at(SHUTDOWN.wake)) yield;
    wake_up_interruptible(sk.sk_wq);
    return err;
  } finally {
    leave(f);
  }
}
