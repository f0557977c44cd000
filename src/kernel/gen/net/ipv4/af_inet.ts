// generated — do not edit. Written by scripts/gen-kernel.ts from src/kernel/net/ipv4/af_inet.ts
// @ts-nocheck
// net/ipv4/af_inet.c: the AF_INET family — inet_create and the inetsw lookup, the BSD-layer
// operations of TCP sockets (inet_stream_ops: bind, listen, accept, connect, release, shutdown),
// the tables inet_init registers, and inet_sk_state_store, where sock:inet_sock_set_state fires.

import { E, Sim, SLEEP, tracingComm } from '../../../core/engine';
import { at, enter, leave } from '../../../core/engine';
import { defineFn } from '../../../core/anchors';
import { prepare_to_wait, finish_wait, schedule_timeout } from '../../../world/current';
import type { ProtoOps, Proto, Socket, SockaddrIn, Msghdr } from '../../../include/linux/net';
import type { Net } from '../../../include/net/net_namespace';
import { Sock, sock_flag, SOCK_LINGER } from '../../../include/net/sock';
import { inet_sk } from '../../../include/net/inet_sock';
import {
  TCP_CLOSE, TCP_LISTEN, TCP_SYN_RECV, TCP_SYN_SENT, SK_CAN_REUSE, SOCK_BINDADDR_LOCK,
  SOCK_BINDPORT_LOCK, SHUTDOWN_MASK, RCV_SHUTDOWN,
} from '../../../include/net/tcp_states';
import {
  AF_INET, AF_UNSPEC, ERRNO, IPPROTO_ICMP, IPPROTO_IP, IPPROTO_MAX, IPPROTO_TCP, IPPROTO_UDP,
  SOCK_DGRAM, SOCK_RAW, SOCK_STREAM, O_NONBLOCK, MSG_DONTWAIT,
} from '../../../include/uapi';
import { sk_alloc, sock_common_setsockopt, sock_def_wakeup, sock_graft, sock_init_data } from '../core/sock';
import { sock_register } from '../socket';
import type { NetProtoFamily } from '../socket';
import { kernelName } from '../../../include/linux/ops';
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
const A$inet_sk_state_store = defineFn('net/ipv4/af_inet.c', 'inet_sk_state_store', [722, 725]);

export function* inet_sk_state_store(sk: Sock, newstate: number): Sim<void> {
  const $f = enter(A$inet_sk_state_store, { sk, newstate });
  try {
  if (at(A$inet_sk_state_store.L722)) yield;
  traceSetState(sk, newstate);
  if (at(A$inet_sk_state_store.L725)) yield;
  sk.sk_state = newstate;
  } finally {
    leave($f);
  }
}
const A$inet_sk_set_state = defineFn('net/ipv4/af_inet.c', 'inet_sk_set_state', [709, 710]);

export function* inet_sk_set_state(sk: Sock, state: number): Sim<void> {
  const $f = enter(A$inet_sk_set_state, { sk, state });
  try {
  if (at(A$inet_sk_set_state.L709)) yield;
  traceSetState(sk, state);
  if (at(A$inet_sk_set_state.L710)) yield;
  sk.sk_state = state;
  } finally {
    leave($f);
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
const A$inet_create = defineFn('net/ipv4/af_inet.c', 'inet_create', [71, 74, 80, 84, 89, 94, 100, 110, 116, 117, 126, 131, 137, 142, 151, 153, 154, 156, 164, 171, 173, 183]);

// ---- socket() -------------------------------------------------------------------------------------

/** inet_create(): AF_INET's create — find the protosw for (type, protocol), allocate the sock. */
export function* inet_create(net: Net, sock: Socket, protocol: number, kern: number): Sim<number> { let $t: any;
  const $f = enter(A$inet_create, { net, sock, protocol, kern });
  try {
  if (at(A$inet_create.L71)) yield;
  if (protocol < 0 || protocol >= IPPROTO_MAX) return -EINVAL;
  if (at(A$inet_create.L74)) yield;
  sock.state = 'SS_UNCONNECTED';
  let err = -ESOCKTNOSUPPORT;
  $f.vars.err = err;
  let answer: InetProtosw | null = null;
  for (const a of inetsw[sock.type] ?? []) {
    if (at(A$inet_create.L80)) yield;
    $f.vars.answer = a;
    err = 0;
    if (at(A$inet_create.L84)) yield;
    if (protocol === a.protocol) {
      if (protocol !== IPPROTO_IP) {
        answer = a;
        break;
      }
    } else {
      if (at(A$inet_create.L89)) yield;
      if (protocol === IPPROTO_IP) {
        protocol = a.protocol;
        $f.vars.protocol = protocol;
        answer = a;
        break;
      }
      if (at(A$inet_create.L94)) yield;
      if (a.protocol === IPPROTO_IP) {
        answer = a;
        break;
      }
    }
    err = -EPROTONOSUPPORT;
    $f.vars.err = err;
  }
  $f.vars.answer = answer;
  if (at(A$inet_create.L100)) yield;
  if (!answer) return err;
  if (at(A$inet_create.L110)) yield;
  // our processes run as root: CAP_NET_RAW is held
  if (at(A$inet_create.L116)) yield;
  sock.ops = answer.ops;
  if (at(A$inet_create.L117)) yield;
  $f.vars.answer_prot = answer.prot;
  if (at(A$inet_create.L126)) yield;
  const sk = ($E.fast || $E.twinOk[sk_alloc.k] === 1 ? sk_alloc$fast(net, AF_INET, answer.prot, kern) : yield* sk_alloc(net, AF_INET, answer.prot, kern));
  if (!sk) return -ENOBUFS;
  $f.vars.sk = sk;
  const inet = inet_sk(sk);
  $f.vars.inet = inet;
  if (at(A$inet_create.L131)) yield;
  if (answer.flags.includes('INET_PROTOSW_REUSE')) sk.skc_reuse = SK_CAN_REUSE;
  if (at(A$inet_create.L137)) yield;
  inet.is_icsk = answer.flags.includes('INET_PROTOSW_ICSK') ? 1 : 0;
  // (v5.4's next lines, left out of the rendition: net.ipv4.ip_no_pmtu_disc is 0, so
  // inet->pmtudisc = IP_PMTUDISC_WANT — DF on what fits the MTU, fragments for what does not)
  inet.pmtudisc = 1;
  if (sock.type === SOCK_RAW) {
    if (at(A$inet_create.L142)) yield;
    inet.inet_num = protocol;
  }
  if (at(A$inet_create.L151)) yield;
  ($E.fast || $E.twinOk[sock_init_data.k] === 1 ? sock_init_data$fast(sock, sk) : yield* sock_init_data(sock, sk));
  if (at(A$inet_create.L153)) yield;
  sk.sk_destruct = 'inet_sock_destruct';
  if (at(A$inet_create.L154)) yield;
  sk.sk_protocol = protocol;
  if (at(A$inet_create.L156)) yield;
  sk.sk_backlog_rcv = sk.sk_prot.backlog_rcv ? kernelName(sk.sk_prot.backlog_rcv) : '';
  if (inet.inet_num) {
    inet.inet_sport = inet.inet_num;
    if (at(A$inet_create.L164)) yield;
    (($t = sk.sk_prot.hash).fast !== undefined && ($E.fast || $E.twinOk[$t.k] === 1) ? $t.fast(sk) : yield* sk.sk_prot.hash(sk));
  }
  if (sk.sk_prot.init) {
    if (at(A$inet_create.L171)) yield;
    err = (($t = sk.sk_prot.init).fast !== undefined && ($E.fast || $E.twinOk[$t.k] === 1) ? $t.fast(sk) : yield* sk.sk_prot.init(sk));
    $f.vars.err = err;
    if (err) {
      if (at(A$inet_create.L173)) yield;
      sk.freed = true;
      sock.sk = null;
      return err;
    }
  }
  if (at(A$inet_create.L183)) yield;
  return 0;
  } finally {
    leave($f);
  }
}
const A$inet_release = defineFn('net/ipv4/af_inet.c', 'inet_release', [198, 206, 210, 212]);

// ---- close() --------------------------------------------------------------------------------------

export function* inet_release(sock: Socket): Sim<number> { let $t: any;
  const $f = enter(A$inet_release, { sock });
  try {
  const sk = sock.sk;
  $f.vars.sk = sk;
  if (at(A$inet_release.L198)) yield;
  if (sk) {
    if (at(A$inet_release.L206)) yield;
    const timeout = sock_flag(sk, SOCK_LINGER) ? sk.sk_lingertime : 0;
    $f.vars.timeout = timeout;
    if (at(A$inet_release.L210)) yield;
    (($t = sk.sk_prot.close).fast !== undefined && ($E.fast || $E.twinOk[$t.k] === 1) ? $t.fast(sk, timeout) : yield* sk.sk_prot.close(sk, timeout));
    if (at(A$inet_release.L212)) yield;
    sock.sk = null;
  }
  return 0;
  } finally {
    leave($f);
  }
}
const A$inet_bind = defineFn('net/ipv4/af_inet.c', 'inet_bind', [228, 231, 240]);

// ---- bind() ---------------------------------------------------------------------------------------

export function* inet_bind(sock: Socket, uaddr: SockaddrIn, addr_len: number): Sim<number> {
  const sk = sock.sk!;
  const $f = enter(A$inet_bind, { sock, uaddr, addr_len, sk });
  try {

  if (at(A$inet_bind.L228)) yield;
  if (at(A$inet_bind.L231)) yield;
  if (addr_len < 16) return -EINVAL;
  if (at(A$inet_bind.L240)) yield;
  return ($E.fast || $E.twinOk[__inet_bind.k] === 1 ? __inet_bind$fast(sk, uaddr, addr_len, false, true) : yield* __inet_bind(sk, uaddr, addr_len, false, true));
  } finally {
    leave($f);
  }
}
const A$__inet_bind = defineFn('net/ipv4/af_inet.c', '__inet_bind', [260, 269, 274, 282, 284, 289, 293, 297, 305, 307, 317, 319, 321, 322, 325, 330]);

export function* __inet_bind(sk: Sock, addr: SockaddrIn, addr_len: number, force_bind_address_no_port: boolean, with_lock: boolean): Sim<number> { let $t: any;
  const inet = inet_sk(sk);
  const net = sk.sk_net;
  const $f = enter(A$__inet_bind, { sk, uaddr: addr, addr_len, inet });
  try {

  if (at(A$__inet_bind.L260)) yield;
  if (addr.sin_family !== AF_INET) {
    if (!(addr.sin_family === AF_UNSPEC && addr.sin_addr === '0.0.0.0')) return -EAFNOSUPPORT;
  }
  if (at(A$__inet_bind.L269)) yield;
  const a = addr.sin_addr;
  const local = a === '0.0.0.0' || net.host.isLocal(a) || isMulticastOrBroadcast(a);
  $f.vars.chk_addr_ret = a === '0.0.0.0' ? 'RTN_UNSPEC' : local ? 'RTN_LOCAL' : 'RTN_UNICAST';
  if (at(A$__inet_bind.L274)) yield;
  if (!local && !net.sysctl['net.ipv4.ip_nonlocal_bind'] && !inet.freebind) return -EADDRNOTAVAIL;
  if (at(A$__inet_bind.L282)) yield;
  const snum = addr.sin_port;
  $f.vars.snum = snum;
  if (at(A$__inet_bind.L284)) yield;
  // processes here run as root (CAP_NET_BIND_SERVICE), so privileged ports are allowed
  if (at(A$__inet_bind.L289)) yield;
  if (at(A$__inet_bind.L293)) yield;
  if (sk.sk_state !== TCP_CLOSE || inet.inet_num) return -EINVAL;
  if (at(A$__inet_bind.L297)) yield;
  inet.inet_rcv_saddr = inet.inet_saddr = a;
  if (isMulticastOrBroadcast(a)) inet.inet_saddr = '0.0.0.0';
  if (at(A$__inet_bind.L305)) yield;
  if ((($t = sk.sk_prot.get_port).fast !== undefined && ($E.fast || $E.twinOk[$t.k] === 1) ? $t.fast(sk, snum) : yield* sk.sk_prot.get_port(sk, snum))) {
    inet.inet_saddr = inet.inet_rcv_saddr = '0.0.0.0';
    if (at(A$__inet_bind.L307)) yield;
    $f.vars.err = -EADDRINUSE;
    return -EADDRINUSE;
  }
  if (a !== '0.0.0.0') {
    if (at(A$__inet_bind.L317)) yield;
    sk.sk_userlocks |= SOCK_BINDADDR_LOCK;
  }
  if (snum) {
    if (at(A$__inet_bind.L319)) yield;
    sk.sk_userlocks |= SOCK_BINDPORT_LOCK;
  }
  if (at(A$__inet_bind.L321)) yield;
  inet.inet_sport = inet.inet_num;
  if (at(A$__inet_bind.L322)) yield;
  inet.inet_daddr = '0.0.0.0';
  inet.inet_dport = 0;
  if (at(A$__inet_bind.L325)) yield;
  $f.vars.err = 0;
  if (at(A$__inet_bind.L330)) yield;
  return 0;
  } finally {
    leave($f);
  }
}

function isMulticastOrBroadcast(a: string): boolean {
  const first = Number(a.split('.')[0]);
  return (first >= 224 && first <= 239) || a === '255.255.255.255';
}
const A$inet_listen = defineFn('net/ipv4/af_inet.c', 'inet_listen', [22, 26, 30, 31, 36, 37, 43, 48, 52]);

// ---- listen() -------------------------------------------------------------------------------------

export function* inet_listen(sock: Socket, backlog: number): Sim<number> {
  const sk = sock.sk!;
  const $f = enter(A$inet_listen, { sock, backlog, sk });
  try {

  if (at(A$inet_listen.L22)) yield;
  if (at(A$inet_listen.L26)) yield;
  if (sock.state !== 'SS_UNCONNECTED' || sock.type !== SOCK_STREAM) return -EINVAL;
  if (at(A$inet_listen.L30)) yield;
  const old_state = sk.sk_state;
  $f.vars.old_state = old_state;
  if (at(A$inet_listen.L31)) yield;
  if (old_state !== TCP_CLOSE && old_state !== TCP_LISTEN) return -EINVAL;
  if (at(A$inet_listen.L36)) yield;
  sk.sk_max_ack_backlog = backlog;
  if (at(A$inet_listen.L37)) yield;
  if (old_state !== TCP_LISTEN) {
    if (at(A$inet_listen.L43)) yield;
    const err = ($E.fast || $E.twinOk[inet_csk_listen_start.k] === 1 ? inet_csk_listen_start$fast(sk, backlog) : yield* inet_csk_listen_start(sk, backlog));
    $f.vars.err = err;
    if (err) return err;
  }
  if (at(A$inet_listen.L48)) yield;
  $f.vars.err = 0;
  if (at(A$inet_listen.L52)) yield;
  return 0;
  } finally {
    leave($f);
  }
}
const A$inet_accept = defineFn('net/ipv4/af_inet.c', 'inet_accept', [493, 495, 498, 502, 507, 509, 510, 513]);

// ---- accept() -------------------------------------------------------------------------------------

export function* inet_accept(sock: Socket, newsock: Socket, flags: number, kern: boolean): Sim<number> { let $t: any;
  const sk1 = sock.sk!;
  const $f = enter(A$inet_accept, { sock, newsock, flags, kern, sk1 });
  try {

  const e = { err: -EINVAL };
  if (at(A$inet_accept.L493)) yield;
  const sk2 = (($t = sk1.sk_prot.accept!).fast !== undefined && ($E.fast || $E.twinOk[$t.k] === 1) ? $t.fast(sk1, flags, e, kern) : yield* sk1.sk_prot.accept!(sk1, flags, e, kern));
  $f.vars.sk2 = sk2;
  $f.vars.err = e.err;
  if (at(A$inet_accept.L495)) yield;
  if (!sk2) return e.err;
  if (at(A$inet_accept.L498)) yield;
  if (at(A$inet_accept.L502)) yield;
  if (at(A$inet_accept.L507)) yield;
  ($E.fast || $E.twinOk[sock_graft.k] === 1 ? sock_graft$fast(sk2, newsock) : yield* sock_graft(sk2, newsock));
  if (at(A$inet_accept.L509)) yield;
  newsock.state = 'SS_CONNECTED';
  if (at(A$inet_accept.L510)) yield;
  $f.vars.err = 0;
  if (at(A$inet_accept.L513)) yield;
  return 0;
  } finally {
    leave($f);
  }
}
const A$inet_wait_for_connect = defineFn('net/ipv4/af_inet.c', 'inet_wait_for_connect', [342, 347, 349, 350, 351, 355, 357]);

// ---- connect() ------------------------------------------------------------------------------------

export function* inet_wait_for_connect(sk: Sock, timeo: number, writebias: number): Sim<number> {
  const $f = enter(A$inet_wait_for_connect, { sk, timeo, writebias });
  try {
  if (at(A$inet_wait_for_connect.L342)) yield;
  const pending = () => sk.sk_state === TCP_SYN_SENT || sk.sk_state === TCP_SYN_RECV;
  if (at(A$inet_wait_for_connect.L347)) yield;
  while (pending()) {
    if (at(A$inet_wait_for_connect.L349)) yield;
    sk.sk_lock_owned = false;
    if (at(A$inet_wait_for_connect.L350)) yield;
    const task = prepare_to_wait(sk.sk_wq!, false, 'inet_wait_for_connect');
    const left = schedule_timeout(task, timeo);
    yield SLEEP;
    timeo = left();
    $f.vars.timeo = timeo;
    finish_wait(sk.sk_wq!, task);
    if (at(A$inet_wait_for_connect.L351)) yield;
    sk.sk_lock_owned = true;
    // (if (signal_pending(current) || !timeo) break; — SO_SNDTIMEO ran out: connect() says EINPROGRESS)
    if (!timeo) break;
    if (at(A$inet_wait_for_connect.L347)) yield;
  }
  if (at(A$inet_wait_for_connect.L355)) yield;
  if (at(A$inet_wait_for_connect.L357)) yield;
  return timeo;
  } finally {
    leave($f);
  }
}
const A$__inet_stream_connect = defineFn('net/ipv4/af_inet.c', '__inet_stream_connect', [374, 378, 379, 386, 388, 391, 398, 402, 403, 413, 414, 417, 423, 428, 430, 436, 445, 449, 450, 452, 457, 458, 459]);

export function* __inet_stream_connect(sock: Socket, uaddr: SockaddrIn, addr_len: number, flags: number, is_sendmsg: number): Sim<number> { let $t: any;
  const sk = sock.sk!;
  const $f = enter(A$__inet_stream_connect, { sock, uaddr, addr_len, flags, sk });
  try {
  let err = 0;
  const setErr = (e: number) => {
    err = e;
    $f.vars.err = e;
  };

  if (at(A$__inet_stream_connect.L374)) yield;
  if (addr_len < 2) return -EINVAL;
  if (at(A$__inet_stream_connect.L378)) yield;
  if (uaddr.sin_family === AF_UNSPEC) {
    if (at(A$__inet_stream_connect.L379)) yield;
    setErr((($t = sk.sk_prot.disconnect!).fast !== undefined && ($E.fast || $E.twinOk[$t.k] === 1) ? $t.fast(sk, flags) : yield* sk.sk_prot.disconnect!(sk, flags)));
    sock.state = err ? 'SS_DISCONNECTING' : 'SS_UNCONNECTED';
    return err;
  }
  if (at(A$__inet_stream_connect.L386)) yield;
  switch (sock.state) {
    default:
      if (at(A$__inet_stream_connect.L388)) yield;
      return -EINVAL;
    case 'SS_CONNECTED':
      if (at(A$__inet_stream_connect.L391)) yield;
      return -EISCONN;
    case 'SS_CONNECTING':
      if (at(A$__inet_stream_connect.L398)) yield;
      setErr(-EALREADY);
      break;
    case 'SS_UNCONNECTED':
      if (at(A$__inet_stream_connect.L402)) yield;
      setErr(-EISCONN);
      if (at(A$__inet_stream_connect.L403)) yield;
      if (sk.sk_state !== TCP_CLOSE) return err;
      if (at(A$__inet_stream_connect.L413)) yield;
      setErr((($t = sk.sk_prot.connect!).fast !== undefined && ($E.fast || $E.twinOk[$t.k] === 1) ? $t.fast(sk, uaddr, addr_len) : yield* sk.sk_prot.connect!(sk, uaddr, addr_len)));
      if (at(A$__inet_stream_connect.L414)) yield;
      if (err < 0) return err;
      if (at(A$__inet_stream_connect.L417)) yield;
      sock.state = 'SS_CONNECTING';
      if (at(A$__inet_stream_connect.L423)) yield;
      setErr(-EINPROGRESS);
      break;
  }
  if (at(A$__inet_stream_connect.L428)) yield;
  const timeo = flags & O_NONBLOCK ? 0 : sk.sk_sndtimeo;
  $f.vars.timeo = timeo;
  if (at(A$__inet_stream_connect.L430)) yield;
  if (sk.sk_state === TCP_SYN_SENT || sk.sk_state === TCP_SYN_RECV) {
    if (at(A$__inet_stream_connect.L436)) yield;
    // non-blocking: the pending EINPROGRESS (first call) or EALREADY (later calls)
    if (!timeo) return err;
    if (!(yield* inet_wait_for_connect(sk, timeo, 0))) return err;
  }
  if (at(A$__inet_stream_connect.L445)) yield;
  if (sk.sk_state === TCP_CLOSE) {
    // RST, timeout or ICMP: report sk_err (read and cleared), else ECONNABORTED
    if (at(A$__inet_stream_connect.L457)) yield;
    const e = sk.sk_err;
    sk.sk_err = 0;
    setErr(e ? -e : -ECONNABORTED);
    if (at(A$__inet_stream_connect.L458)) yield;
    sock.state = 'SS_UNCONNECTED';
    if (at(A$__inet_stream_connect.L459)) yield;
    if ((($t = sk.sk_prot.disconnect!).fast !== undefined && ($E.fast || $E.twinOk[$t.k] === 1) ? $t.fast(sk, flags) : yield* sk.sk_prot.disconnect!(sk, flags))) sock.state = 'SS_DISCONNECTING';
    return err;
  }
  if (at(A$__inet_stream_connect.L449)) yield;
  sock.state = 'SS_CONNECTED';
  if (at(A$__inet_stream_connect.L450)) yield;
  setErr(0);
  if (at(A$__inet_stream_connect.L452)) yield;
  return 0;
  } finally {
    leave($f);
  }
}
const A$inet_stream_connect = defineFn('net/ipv4/af_inet.c', 'inet_stream_connect', [476, 477, 478]);

export function* inet_stream_connect(sock: Socket, uaddr: SockaddrIn, addr_len: number, flags: number): Sim<number> {
  const $f = enter(A$inet_stream_connect, { sock, uaddr, addr_len, flags });
  try {
  if (at(A$inet_stream_connect.L476)) yield;
  sock.sk!.sk_lock_owned = true;
  if (at(A$inet_stream_connect.L477)) yield;
  const err = yield* __inet_stream_connect(sock, uaddr, addr_len, flags, 0);
  $f.vars.err = err;
  if (at(A$inet_stream_connect.L478)) yield;
  if (sock.sk) ($E.fast || $E.twinOk[release_sock.k] === 1 ? release_sock$fast(sock.sk) : yield* release_sock(sock.sk));
  return err;
  } finally {
    leave($f);
  }
}
const A$release_sock = defineFn('net/core/sock.c', 'release_sock', [202, 203, 204, 209, 212]);

/** release_sock(): the owner lets go; segments queued on sk_backlog meanwhile are processed first, by the owner. */
export function* release_sock(sk: Sock): Sim<void> {
  const $f = enter(A$release_sock, { sk });
  try {
  if (at(A$release_sock.L202)) yield;
  if (at(A$release_sock.L203)) yield;
  if (sk.sk_backlog.length) {
    if (at(A$release_sock.L204)) yield;
    ($E.fast || $E.twinOk[__release_sock.k] === 1 ? __release_sock$fast(sk) : yield* __release_sock(sk));
  }
  if (at(A$release_sock.L209)) yield;
  sk.sk_lock_owned = false;
  if (at(A$release_sock.L212)) yield;
  } finally {
    leave($f);
  }
}

/**
 * sk_wait_event() (include/net/sock.h): let go of the socket — the backlog is processed now, by this
 * task —, sleep on its wait queue unless that already made `done` true (until a wake-up, or `timeo`
 * µs: SO_RCVTIMEO/SO_SNDTIMEO), then own it again. Returns what is left of timeo.
 */
export function* sk_wait_event(sk: Sock, timeo: number, channel: string, done: () => boolean): Sim<number> {
  ($E.fast || $E.twinOk[release_sock.k] === 1 ? release_sock$fast(sk) : yield* release_sock(sk));
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
  ($E.fast || $E.twinOk[__release_sock.k] === 1 ? __release_sock$fast(sk) : yield* __release_sock(sk));
}
const A$__release_sock = defineFn('net/core/sock.c', '__release_sock', [227, 228, 237, 247]);

/** __release_sock(): run each segment of the backlog through sk_backlog_rcv (tcp_v4_do_rcv), in process context, until none is left. */
function* __release_sock(sk: Sock): Sim<void> {
  const $f = enter(A$__release_sock, { sk });
  try {
  if (at(A$__release_sock.L227)) yield;
  while (sk.sk_backlog.length) {
    const batch = sk.sk_backlog;
    if (at(A$__release_sock.L228)) yield;
    sk.sk_backlog = [];
    for (const skb of batch) {
      $f.vars.skb = skb;
      if (at(A$__release_sock.L237)) yield;
      // (sk->sk_backlog_rcv = tcp_v4_do_rcv, as tcp_prot.backlog_rcv set it)
      ($E.fast || $E.twinOk[tcp_v4_do_rcv.k] === 1 ? tcp_v4_do_rcv$fast(sk, skb) : yield* tcp_v4_do_rcv(sk, skb));
    }
  }
  if (at(A$__release_sock.L247)) yield;
  } finally {
    leave($f);
  }
}
const A$inet_autobind = defineFn('net/ipv4/af_inet.c', 'inet_autobind', [782, 784, 786, 788, 790, 793]);

// ---- datagram sockets: connect(), autobind, sendmsg/recvmsg (inet_dgram_ops) ---------------------

/** inet_autobind(): an unbound socket gets an ephemeral port (get_port(sk, 0)) — UDP's implicit bind. */
export function* inet_autobind(sk: Sock): Sim<number> { let $t: any;
  const inet = inet_sk(sk);
  const $f = enter(A$inet_autobind, { sk, inet });
  try {

  if (at(A$inet_autobind.L782)) yield;
  if (at(A$inet_autobind.L784)) yield;
  if (!inet.inet_num) {
    if (at(A$inet_autobind.L786)) yield;
    if ((($t = sk.sk_prot.get_port).fast !== undefined && ($E.fast || $E.twinOk[$t.k] === 1) ? $t.fast(sk, 0) : yield* sk.sk_prot.get_port(sk, 0))) {
      if (at(A$inet_autobind.L788)) yield;
      return -ERRNO.EAGAIN;
    }
    if (at(A$inet_autobind.L790)) yield;
    inet.inet_sport = inet.inet_num;
  }
  if (at(A$inet_autobind.L793)) yield;
  return 0;
  } finally {
    leave($f);
  }
}
const A$inet_dgram_connect = defineFn('net/ipv4/af_inet.c', 'inet_dgram_connect', [807, 810, 811, 820, 824]);

/** inet_dgram_connect() = inet_dgram_ops.connect: autobind, then udp_prot.connect — sock->state is not touched. */
export function* inet_dgram_connect(sock: Socket, uaddr: SockaddrIn, addr_len: number, flags: number): Sim<number> { let $t: any;
  const sk = sock.sk!;
  const $f = enter(A$inet_dgram_connect, { sock, uaddr, addr_len, flags, sk });
  try {

  if (at(A$inet_dgram_connect.L807)) yield;
  if (addr_len < 2) return -EINVAL;
  if (at(A$inet_dgram_connect.L810)) yield;
  if (uaddr.sin_family === AF_UNSPEC) {
    if (at(A$inet_dgram_connect.L811)) yield;
    return (($t = sk.sk_prot.disconnect!).fast !== undefined && ($E.fast || $E.twinOk[$t.k] === 1) ? $t.fast(sk, flags) : yield* sk.sk_prot.disconnect!(sk, flags));
  }
  if (at(A$inet_dgram_connect.L820)) yield;
  if (!inet_sk(sk).inet_num && (($E.fast || $E.twinOk[inet_autobind.k] === 1 ? inet_autobind$fast(sk) : yield* inet_autobind(sk)))) return -ERRNO.EAGAIN;
  if (at(A$inet_dgram_connect.L824)) yield;
  return (($t = sk.sk_prot.connect!).fast !== undefined && ($E.fast || $E.twinOk[$t.k] === 1) ? $t.fast(sk, uaddr, addr_len) : yield* sk.sk_prot.connect!(sk, uaddr, addr_len));
  } finally {
    leave($f);
  }
}
const A$inet_send_prepare = defineFn('net/ipv4/af_inet.c', 'inet_send_prepare', [838, 840, 842]);

/** inet_send_prepare(): bind an unbound socket before its first send (UDP has no no_autobind). */
export function* inet_send_prepare(sk: Sock): Sim<number> {
  const $f = enter(A$inet_send_prepare, { sk });
  try {
  if (at(A$inet_send_prepare.L838)) yield;
  if (!inet_sk(sk).inet_num && sk.sk_prot !== tcp_prot && (($E.fast || $E.twinOk[inet_autobind.k] === 1 ? inet_autobind$fast(sk) : yield* inet_autobind(sk)))) {
    if (at(A$inet_send_prepare.L840)) yield;
    return -ERRNO.EAGAIN;
  }
  if (at(A$inet_send_prepare.L842)) yield;
  return 0;
  } finally {
    leave($f);
  }
}
const A$inet_sendmsg = defineFn('net/ipv4/af_inet.c', 'inet_sendmsg', [854, 858]);

/** inet_sendmsg() = proto_ops.sendmsg: autobind if needed, then sk->sk_prot->sendmsg (udp_sendmsg). */
export function* inet_sendmsg(sock: Socket, msg: Msghdr, size: number): Sim<number> { let $t: any;
  const sk = sock.sk!;
  const $f = enter(A$inet_sendmsg, { sock, msg, size, sk });
  try {

  if (at(A$inet_sendmsg.L854)) yield;
  if (($E.fast || $E.twinOk[inet_send_prepare.k] === 1 ? inet_send_prepare$fast(sk) : yield* inet_send_prepare(sk))) return -ERRNO.EAGAIN;
  if (at(A$inet_sendmsg.L858)) yield;
  return (($t = sk.sk_prot.sendmsg!).fast !== undefined && ($E.fast || $E.twinOk[$t.k] === 1) ? $t.fast(sk, msg, size) : yield* sk.sk_prot.sendmsg!(sk, msg, size));
  } finally {
    leave($f);
  }
}
const A$inet_recvmsg = defineFn('net/ipv4/af_inet.c', 'inet_recvmsg', [878, 882, 884]);

/** inet_recvmsg() = proto_ops.recvmsg: sk->sk_prot->recvmsg (udp_recvmsg), MSG_DONTWAIT split off as noblock. */
export function* inet_recvmsg(sock: Socket, msg: Msghdr, size: number, flags: number): Sim<number> { let $t: any;
  const sk = sock.sk!;
  const $f = enter(A$inet_recvmsg, { sock, msg, size, flags, sk });
  try {

  if (at(A$inet_recvmsg.L878)) yield;
  const err = (($t = sk.sk_prot.recvmsg!).fast !== undefined && ($E.fast || $E.twinOk[$t.k] === 1) ? $t.fast(sk, msg, size, flags & MSG_DONTWAIT, flags & ~MSG_DONTWAIT) : yield* sk.sk_prot.recvmsg!(sk, msg, size, flags & MSG_DONTWAIT, flags & ~MSG_DONTWAIT));
  $f.vars.err = err;
  if (at(A$inet_recvmsg.L882)) yield;
  if (at(A$inet_recvmsg.L884)) yield;
  return err;
  } finally {
    leave($f);
  }
}
const A$inet_shutdown = defineFn('net/ipv4/af_inet.c', 'inet_shutdown', [528, 531, 540, 543, 549, 558, 564]);

// ---- shutdown() -----------------------------------------------------------------------------------

export function* inet_shutdown(sock: Socket, how: number): Sim<number> { let $t: any;
  const sk = sock.sk!;
  const $f = enter(A$inet_shutdown, { sock, how, sk });
  try {

  how++; // SHUT_RD/WR/RDWR (0,1,2) become RCV_SHUTDOWN/SEND_SHUTDOWN/both (1,2,3)
  $f.vars.how = how;
  if (at(A$inet_shutdown.L528)) yield;
  if (how & ~SHUTDOWN_MASK || !how) return -EINVAL;
  if (at(A$inet_shutdown.L531)) yield;
  let err = 0;
  if (sock.state === 'SS_CONNECTING') {
    if (sk.sk_state === TCP_SYN_SENT || sk.sk_state === TCP_SYN_RECV || sk.sk_state === TCP_CLOSE) sock.state = 'SS_DISCONNECTING';
    else sock.state = 'SS_CONNECTED';
  }
  if (at(A$inet_shutdown.L540)) yield;
  switch (sk.sk_state) {
    case TCP_CLOSE:
      if (at(A$inet_shutdown.L543)) yield;
      err = -ENOTCONN;
      sk.sk_shutdown |= how;
      break;
    default:
      sk.sk_shutdown |= how;
      if (at(A$inet_shutdown.L549)) yield;
      if (sk.sk_prot.shutdown) (($t = sk.sk_prot.shutdown).fast !== undefined && ($E.fast || $E.twinOk[$t.k] === 1) ? $t.fast(sk, how) : yield* sk.sk_prot.shutdown(sk, how));
      break;
    case TCP_LISTEN:
    case TCP_SYN_SENT:
      // a listener only cares about SHUT_RD; SYN_SENT is simply disconnected
      if (sk.sk_state === TCP_LISTEN && !(how & RCV_SHUTDOWN)) break;
      if (at(A$inet_shutdown.L558)) yield;
      err = (($t = sk.sk_prot.disconnect!).fast !== undefined && ($E.fast || $E.twinOk[$t.k] === 1) ? $t.fast(sk, O_NONBLOCK) : yield* sk.sk_prot.disconnect!(sk, O_NONBLOCK));
      sock.state = err ? 'SS_DISCONNECTING' : 'SS_UNCONNECTED';
      break;
  }
  $f.vars.err = err;
  if (at(A$inet_shutdown.L564)) yield;
  ($E.fast || $E.twinOk[sock_def_wakeup.k] === 1 ? sock_def_wakeup$fast(sk) : yield* sock_def_wakeup(sk));
  return err;
  } finally {
    leave($f);
  }
}
const A$inet_getname = defineFn('net/ipv4/af_inet.c', 'inet_getname', [897, 899, 900, 902, 905, 906, 907, 910, 911, 912, 913, 914, 918]);

// ---- getsockname(), getpeername() -------------------------------------------------------------------

/** inet_getname() = proto_ops.getname: fills uaddr with the local (peer 0) or the peer's address; its length, or ENOTCONN. */
export function* inet_getname(sock: Socket, uaddr: SockaddrIn, peer: number): Sim<number> {
  const sk = sock.sk!;
  const inet = inet_sk(sk);
  const $f = enter(A$inet_getname, { sock, uaddr, peer, sk });
  try {
  if (at(A$inet_getname.L897)) yield;
  if (at(A$inet_getname.L899)) yield;
  uaddr.sin_family = AF_INET;
  if (at(A$inet_getname.L900)) yield;
  if (peer) {
    if (at(A$inet_getname.L902)) yield;
    if (!inet.inet_dport || ((sk.sk_state === TCP_CLOSE || sk.sk_state === TCP_SYN_SENT) && peer === 1)) {
      if (at(A$inet_getname.L905)) yield;
      return -ENOTCONN;
    }
    if (at(A$inet_getname.L906)) yield;
    uaddr.sin_port = inet.inet_dport;
    if (at(A$inet_getname.L907)) yield;
    uaddr.sin_addr = inet.inet_daddr;
  } else {
    if (at(A$inet_getname.L910)) yield;
    let addr = inet.sk_rcv_saddr;
    if (at(A$inet_getname.L911)) yield;
    if (addr === '0.0.0.0') {
      if (at(A$inet_getname.L912)) yield;
      addr = inet.inet_saddr;
    }
    if (at(A$inet_getname.L913)) yield;
    uaddr.sin_port = inet.inet_sport;
    if (at(A$inet_getname.L914)) yield;
    uaddr.sin_addr = addr;
  }
  if (at(A$inet_getname.L918)) yield;
  return 16;
  } finally {
    leave($f);
  }
}


// ---- fast-path twins (scripts/twins.cjs) ----
import { E as $E, FAST_FRAME as $FF, driveToEnd as $drive, registerTwin as $kreg } from '../../../core/engine';
import { sk_alloc$fast as sk_alloc$fast, sock_init_data$fast as sock_init_data$fast, sock_graft$fast as sock_graft$fast, sock_def_wakeup$fast as sock_def_wakeup$fast } from '../core/sock';
import { inet_csk_listen_start$fast as inet_csk_listen_start$fast } from './inet_connection_sock';
import { tcp_v4_do_rcv$fast as tcp_v4_do_rcv$fast } from './tcp_ipv4';
export function inet_sk_state_store$fast(sk: Sock, newstate: number): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $s = 0;
  const $f = ($tb !== null && ($o = (A$inet_sk_state_store.L722 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  ++$s;
  traceSetState(sk, newstate);
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$inet_sk_state_store.L725) : $tb.op($e.now, A$inet_sk_state_store.L725));
  sk.sk_state = newstate;
  } ($e.steps += $s, $tb !== null && ($o = (A$inet_sk_state_store.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
}
export function inet_sk_set_state$fast(sk: Sock, state: number): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $s = 0;
  const $f = ($tb !== null && ($o = (A$inet_sk_set_state.L709 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  ++$s;
  traceSetState(sk, state);
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$inet_sk_set_state.L710) : $tb.op($e.now, A$inet_sk_set_state.L710));
  sk.sk_state = state;
  } ($e.steps += $s, $tb !== null && ($o = (A$inet_sk_set_state.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
}
function sock_no_listen$fast(): any { const $e = $E;
  return -EOPNOTSUPP;
}
function sock_no_accept$fast(): any { const $e = $E;
  return -EOPNOTSUPP;
}
export function inet_create$fast(net: Net, sock: Socket, protocol: number, kern: number): any { const $e = $E; const $tb: any = $e.lineSink; let $t: any; let $o: number; let $r: any; let $s = 0; let $x = -1;
  const $f = ($tb !== null && ($o = (A$inet_create.L71 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  ++$s;
  if (protocol < 0 || protocol >= IPPROTO_MAX) return ($r = (-EINVAL), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$inet_create.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$inet_create.L74) : $tb.op($e.now, A$inet_create.L74));
  sock.state = 'SS_UNCONNECTED';
  let err = -ESOCKTNOSUPPORT;
  
  let answer: InetProtosw | null = null;
  for (const a of inetsw[sock.type] ?? []) {
    $s += 2; if ($tb !== null) ($o = (A$inet_create.L80 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
    
    err = 0;
    
    if (protocol === a.protocol) {
      if (protocol !== IPPROTO_IP) {
        answer = a;
        break;
      }
    } else {
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$inet_create.L89) : $tb.op($e.now, A$inet_create.L89));
      if (protocol === IPPROTO_IP) {
        protocol = a.protocol;
        
        answer = a;
        break;
      }
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$inet_create.L94) : $tb.op($e.now, A$inet_create.L94));
      if (a.protocol === IPPROTO_IP) {
        answer = a;
        break;
      }
    }
    err = -EPROTONOSUPPORT;
    
  }
  
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$inet_create.L100) : $tb.op($e.now, A$inet_create.L100));
  if (!answer) return ($r = (err), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$inet_create.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  $s += 4; if ($tb !== null) ($o = (A$inet_create.L110 | 3145728), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  // our processes run as root: CAP_NET_RAW is held
  
  sock.ops = answer.ops;
  
  
  
  const sk = sk_alloc$fast(net, AF_INET, answer.prot, kern);
  if (!sk) return ($r = (-ENOBUFS), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$inet_create.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  
  const inet = inet_sk(sk);
  
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$inet_create.L131) : $tb.op($e.now, A$inet_create.L131));
  if (answer.flags.includes('INET_PROTOSW_REUSE')) sk.skc_reuse = SK_CAN_REUSE;
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$inet_create.L137) : $tb.op($e.now, A$inet_create.L137));
  inet.is_icsk = answer.flags.includes('INET_PROTOSW_ICSK') ? 1 : 0;
  // (v5.4's next lines, left out of the rendition: net.ipv4.ip_no_pmtu_disc is 0, so
  // inet->pmtudisc = IP_PMTUDISC_WANT — DF on what fits the MTU, fragments for what does not)
  inet.pmtudisc = 1;
  if (sock.type === SOCK_RAW) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$inet_create.L142) : $tb.op($e.now, A$inet_create.L142));
    inet.inet_num = protocol;
  }
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$inet_create.L151) : $tb.op($e.now, A$inet_create.L151));
  sock_init_data$fast(sock, sk);
  $s += 3; if ($tb !== null) ($o = (A$inet_create.L153 | 2097152), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  sk.sk_destruct = 'inet_sock_destruct';
  
  sk.sk_protocol = protocol;
  
  sk.sk_backlog_rcv = sk.sk_prot.backlog_rcv ? kernelName(sk.sk_prot.backlog_rcv) : '';
  if (inet.inet_num) {
    inet.inet_sport = inet.inet_num;
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$inet_create.L164) : $tb.op($e.now, A$inet_create.L164));
    (($t = sk.sk_prot.hash).fast !== undefined ? $t.fast(sk) : $drive($t(sk)));
  }
  if (sk.sk_prot.init) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$inet_create.L171) : $tb.op($e.now, A$inet_create.L171));
    err = (($t = sk.sk_prot.init).fast !== undefined ? $t.fast(sk) : $drive($t(sk)));
    
    if (err) {
      ++$s; $x = A$inet_create.L173 | 1048576;
      sk.freed = true;
      sock.sk = null;
      return ($r = (err), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$inet_create.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
    }
  }
  ++$s; $x = A$inet_create.L183 | 1048576;
  return ($r = (0), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$inet_create.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
export function inet_release$fast(sock: Socket): any { const $e = $E; const $tb: any = $e.lineSink; let $t: any; let $o: number; let $r: any; let $s = 0;
  const $f = ($tb !== null && ($o = (A$inet_release.L198 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  const sk = sock.sk;
  
  ++$s;
  if (sk) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$inet_release.L206) : $tb.op($e.now, A$inet_release.L206));
    const timeout = sock_flag(sk, SOCK_LINGER) ? sk.sk_lingertime : 0;
    
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$inet_release.L210) : $tb.op($e.now, A$inet_release.L210));
    (($t = sk.sk_prot.close).fast !== undefined ? $t.fast(sk, timeout) : $drive($t(sk, timeout)));
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$inet_release.L212) : $tb.op($e.now, A$inet_release.L212));
    sock.sk = null;
  }
  return ($r = (0), ($e.steps += $s, $tb !== null && ($o = (A$inet_release.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
export function inet_bind$fast(sock: Socket, uaddr: SockaddrIn, addr_len: number): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0;
  const sk = sock.sk!;
  const $f = ($tb !== null && ($o = (A$inet_bind.L228 | 270532608), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {

  $s += 2;
  
  if (addr_len < 16) return ($r = (-EINVAL), ($e.steps += $s, $tb !== null && ($o = (A$inet_bind.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$inet_bind.L240) : $tb.op($e.now, A$inet_bind.L240));
  return ($r = (__inet_bind$fast(sk, uaddr, addr_len, false, true)), ($e.steps += $s, $tb !== null && ($o = (A$inet_bind.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
export function __inet_bind$fast(sk: Sock, addr: SockaddrIn, addr_len: number, force_bind_address_no_port: boolean, with_lock: boolean): any { const $e = $E; const $tb: any = $e.lineSink; let $t: any; let $o: number; let $r: any; let $s = 0; let $x = -1;
  const inet = inet_sk(sk);
  const net = sk.sk_net;
  const $f = ($tb !== null && ($o = (A$__inet_bind.L260 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {

  ++$s;
  if (addr.sin_family !== AF_INET) {
    if (!(addr.sin_family === AF_UNSPEC && addr.sin_addr === '0.0.0.0')) return ($r = (-EAFNOSUPPORT), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$__inet_bind.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__inet_bind.L269) : $tb.op($e.now, A$__inet_bind.L269));
  const a = addr.sin_addr;
  const local = a === '0.0.0.0' || net.host.isLocal(a) || isMulticastOrBroadcast(a);
  a === '0.0.0.0' ? 'RTN_UNSPEC' : local ? 'RTN_LOCAL' : 'RTN_UNICAST';
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__inet_bind.L274) : $tb.op($e.now, A$__inet_bind.L274));
  if (!local && !net.sysctl['net.ipv4.ip_nonlocal_bind'] && !inet.freebind) return ($r = (-EADDRNOTAVAIL), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$__inet_bind.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  $s += 4; if ($tb !== null) ($o = (A$__inet_bind.L282 | 3145728), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  const snum = addr.sin_port;
  
  
  // processes here run as root (CAP_NET_BIND_SERVICE), so privileged ports are allowed
  
  
  if (sk.sk_state !== TCP_CLOSE || inet.inet_num) return ($r = (-EINVAL), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$__inet_bind.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__inet_bind.L297) : $tb.op($e.now, A$__inet_bind.L297));
  inet.inet_rcv_saddr = inet.inet_saddr = a;
  if (isMulticastOrBroadcast(a)) inet.inet_saddr = '0.0.0.0';
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__inet_bind.L305) : $tb.op($e.now, A$__inet_bind.L305));
  if ((($t = sk.sk_prot.get_port).fast !== undefined ? $t.fast(sk, snum) : $drive($t(sk, snum)))) {
    inet.inet_saddr = inet.inet_rcv_saddr = '0.0.0.0';
    ++$s; $x = A$__inet_bind.L307 | 1048576;
    -EADDRINUSE;
    return ($r = (-EADDRINUSE), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$__inet_bind.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
  if (a !== '0.0.0.0') {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__inet_bind.L317) : $tb.op($e.now, A$__inet_bind.L317));
    sk.sk_userlocks |= SOCK_BINDADDR_LOCK;
  }
  if (snum) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__inet_bind.L319) : $tb.op($e.now, A$__inet_bind.L319));
    sk.sk_userlocks |= SOCK_BINDPORT_LOCK;
  }
  $s += 4; $x = A$__inet_bind.L321 | 4194304;
  inet.inet_sport = inet.inet_num;
  
  inet.inet_daddr = '0.0.0.0';
  inet.inet_dport = 0;
  
  
  
  return ($r = (0), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$__inet_bind.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
export function inet_listen$fast(sock: Socket, backlog: number): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0; let $x = -1;
  const sk = sock.sk!;
  const $f = ($tb !== null && ($o = (A$inet_listen.L22 | 270532608), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {

  $s += 2;
  
  if (sock.state !== 'SS_UNCONNECTED' || sock.type !== SOCK_STREAM) return ($r = (-EINVAL), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$inet_listen.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  $s += 2; if ($tb !== null) ($o = (A$inet_listen.L30 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  const old_state = sk.sk_state;
  
  
  if (old_state !== TCP_CLOSE && old_state !== TCP_LISTEN) return ($r = (-EINVAL), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$inet_listen.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  $s += 2; if ($tb !== null) ($o = (A$inet_listen.L36 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  sk.sk_max_ack_backlog = backlog;
  
  if (old_state !== TCP_LISTEN) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$inet_listen.L43) : $tb.op($e.now, A$inet_listen.L43));
    const err = inet_csk_listen_start$fast(sk, backlog);
    
    if (err) return ($r = (err), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$inet_listen.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
  $s += 2; $x = A$inet_listen.L48 | 2097152;
  
  
  return ($r = (0), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$inet_listen.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
export function release_sock$fast(sk: Sock): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $s = 0;
  const $f = ($tb !== null && ($o = (A$release_sock.L202 | 270532608), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  $s += 2;
  
  if (sk.sk_backlog.length) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$release_sock.L204) : $tb.op($e.now, A$release_sock.L204));
    __release_sock$fast(sk);
  }
  $s += 2; if ($tb !== null) ($o = (A$release_sock.L209 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  sk.sk_lock_owned = false;
  
  } ($e.steps += $s, $tb !== null && ($o = (A$release_sock.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
}
export function __sk_flush_backlog$fast(sk: Sock): any { const $e = $E;
  __release_sock$fast(sk);
}
function __release_sock$fast(sk: Sock): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $s = 0;
  const $f = ($tb !== null && ($o = (A$__release_sock.L227 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  ++$s;
  while (sk.sk_backlog.length) {
    const batch = sk.sk_backlog;
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__release_sock.L228) : $tb.op($e.now, A$__release_sock.L228));
    sk.sk_backlog = [];
    for (const skb of batch) {
      
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__release_sock.L237) : $tb.op($e.now, A$__release_sock.L237));
      // (sk->sk_backlog_rcv = tcp_v4_do_rcv, as tcp_prot.backlog_rcv set it)
      tcp_v4_do_rcv$fast(sk, skb);
    }
  }
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__release_sock.L247) : $tb.op($e.now, A$__release_sock.L247));
  } ($e.steps += $s, $tb !== null && ($o = (A$__release_sock.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
}
export function inet_autobind$fast(sk: Sock): any { const $e = $E; const $tb: any = $e.lineSink; let $t: any; let $o: number; let $r: any; let $s = 0; let $x = -1;
  const inet = inet_sk(sk);
  const $f = ($tb !== null && ($o = (A$inet_autobind.L782 | 270532608), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {

  $s += 2;
  
  if (!inet.inet_num) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$inet_autobind.L786) : $tb.op($e.now, A$inet_autobind.L786));
    if ((($t = sk.sk_prot.get_port).fast !== undefined ? $t.fast(sk, 0) : $drive($t(sk, 0)))) {
      ++$s; $x = A$inet_autobind.L788 | 1048576;
      return ($r = (-ERRNO.EAGAIN), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$inet_autobind.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
    }
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$inet_autobind.L790) : $tb.op($e.now, A$inet_autobind.L790));
    inet.inet_sport = inet.inet_num;
  }
  ++$s; $x = A$inet_autobind.L793 | 1048576;
  return ($r = (0), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$inet_autobind.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
export function inet_send_prepare$fast(sk: Sock): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0; let $x = -1;
  const $f = ($tb !== null && ($o = (A$inet_send_prepare.L838 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  ++$s;
  if (!inet_sk(sk).inet_num && sk.sk_prot !== tcp_prot && (inet_autobind$fast(sk))) {
    ++$s; $x = A$inet_send_prepare.L840 | 1048576;
    return ($r = (-ERRNO.EAGAIN), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$inet_send_prepare.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
  ++$s; $x = A$inet_send_prepare.L842 | 1048576;
  return ($r = (0), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$inet_send_prepare.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
export function inet_shutdown$fast(sock: Socket, how: number): any { const $e = $E; const $tb: any = $e.lineSink; let $t: any; let $o: number; let $r: any; let $s = 0;
  const sk = sock.sk!;
  const $f = ($tb !== null && ($o = (A$inet_shutdown.L528 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {

  how++; // SHUT_RD/WR/RDWR (0,1,2) become RCV_SHUTDOWN/SEND_SHUTDOWN/both (1,2,3)
  
  ++$s;
  if (how & ~SHUTDOWN_MASK || !how) return ($r = (-EINVAL), ($e.steps += $s, $tb !== null && ($o = (A$inet_shutdown.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$inet_shutdown.L531) : $tb.op($e.now, A$inet_shutdown.L531));
  let err = 0;
  if (sock.state === 'SS_CONNECTING') {
    if (sk.sk_state === TCP_SYN_SENT || sk.sk_state === TCP_SYN_RECV || sk.sk_state === TCP_CLOSE) sock.state = 'SS_DISCONNECTING';
    else sock.state = 'SS_CONNECTED';
  }
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$inet_shutdown.L540) : $tb.op($e.now, A$inet_shutdown.L540));
  switch (sk.sk_state) {
    case TCP_CLOSE:
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$inet_shutdown.L543) : $tb.op($e.now, A$inet_shutdown.L543));
      err = -ENOTCONN;
      sk.sk_shutdown |= how;
      break;
    default:
      sk.sk_shutdown |= how;
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$inet_shutdown.L549) : $tb.op($e.now, A$inet_shutdown.L549));
      if (sk.sk_prot.shutdown) (($t = sk.sk_prot.shutdown).fast !== undefined ? $t.fast(sk, how) : $drive($t(sk, how)));
      break;
    case TCP_LISTEN:
    case TCP_SYN_SENT:
      // a listener only cares about SHUT_RD; SYN_SENT is simply disconnected
      if (sk.sk_state === TCP_LISTEN && !(how & RCV_SHUTDOWN)) break;
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$inet_shutdown.L558) : $tb.op($e.now, A$inet_shutdown.L558));
      err = (($t = sk.sk_prot.disconnect!).fast !== undefined ? $t.fast(sk, O_NONBLOCK) : $drive($t(sk, O_NONBLOCK)));
      sock.state = err ? 'SS_DISCONNECTING' : 'SS_UNCONNECTED';
      break;
  }
  
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$inet_shutdown.L564) : $tb.op($e.now, A$inet_shutdown.L564));
  sock_def_wakeup$fast(sk);
  return ($r = (err), ($e.steps += $s, $tb !== null && ($o = (A$inet_shutdown.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
export function inet_getname$fast(sock: Socket, uaddr: SockaddrIn, peer: number): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0; let $x = -1;
  const sk = sock.sk!;
  const inet = inet_sk(sk);
  const $f = ($tb !== null && ($o = (A$inet_getname.L897 | 271581184), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  $s += 3;
  
  uaddr.sin_family = AF_INET;
  
  if (peer) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$inet_getname.L902) : $tb.op($e.now, A$inet_getname.L902));
    if (!inet.inet_dport || ((sk.sk_state === TCP_CLOSE || sk.sk_state === TCP_SYN_SENT) && peer === 1)) {
      ++$s; $x = A$inet_getname.L905 | 1048576;
      return ($r = (-ENOTCONN), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$inet_getname.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
    }
    $s += 2; if ($tb !== null) ($o = (A$inet_getname.L906 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
    uaddr.sin_port = inet.inet_dport;
    
    uaddr.sin_addr = inet.inet_daddr;
  } else {
    $s += 2; if ($tb !== null) ($o = (A$inet_getname.L910 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
    let addr = inet.sk_rcv_saddr;
    
    if (addr === '0.0.0.0') {
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$inet_getname.L912) : $tb.op($e.now, A$inet_getname.L912));
      addr = inet.inet_saddr;
    }
    $s += 2; if ($tb !== null) ($o = (A$inet_getname.L913 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
    uaddr.sin_port = inet.inet_sport;
    
    uaddr.sin_addr = addr;
  }
  ++$s; $x = A$inet_getname.L918 | 1048576;
  return ($r = (16), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$inet_getname.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
$kreg(inet_sk_state_store, inet_sk_state_store$fast, 'inet_sk_state_store', () => []);
$kreg(inet_sk_set_state, inet_sk_set_state$fast, 'inet_sk_set_state', () => []);
$kreg(sock_no_listen, sock_no_listen$fast, 'sock_no_listen', () => []);
$kreg(sock_no_accept, sock_no_accept$fast, 'sock_no_accept', () => []);
$kreg(inet_create, inet_create$fast, 'inet_create', () => ['inet_hash', 'ping_init_sock', 'raw_hash_sk', 'tcp_v4_init_sock', 'udp_init_sock', sk_alloc, sock_init_data]);
$kreg(inet_release, inet_release$fast, 'inet_release', () => ['tcp_close', 'udp_lib_close']);
$kreg(inet_bind, inet_bind$fast, 'inet_bind', () => [__inet_bind]);
$kreg(__inet_bind, __inet_bind$fast, '__inet_bind', () => ['inet_csk_get_port', 'udp_v4_get_port']);
$kreg(inet_listen, inet_listen$fast, 'inet_listen', () => [inet_csk_listen_start]);
$kreg(release_sock, release_sock$fast, 'release_sock', () => [__release_sock]);
$kreg(__sk_flush_backlog, __sk_flush_backlog$fast, '__sk_flush_backlog', () => [__release_sock]);
$kreg(__release_sock, __release_sock$fast, '__release_sock', () => [tcp_v4_do_rcv]);
$kreg(inet_autobind, inet_autobind$fast, 'inet_autobind', () => ['inet_csk_get_port', 'udp_v4_get_port']);
$kreg(inet_send_prepare, inet_send_prepare$fast, 'inet_send_prepare', () => [inet_autobind]);
$kreg(inet_shutdown, inet_shutdown$fast, 'inet_shutdown', () => ['tcp_disconnect', 'tcp_shutdown', 'udp_disconnect', inet_shutdown, sock_def_wakeup]);
$kreg(inet_getname, inet_getname$fast, 'inet_getname', () => []);

// ---- kernel names ----
(sock_no_listen as any).kname = 'sock_no_listen';
(sock_no_accept as any).kname = 'sock_no_accept';
(inet_create as any).kname = 'inet_create';
(inet_release as any).kname = 'inet_release';
(inet_bind as any).kname = 'inet_bind';
(inet_listen as any).kname = 'inet_listen';
(inet_accept as any).kname = 'inet_accept';
(inet_stream_connect as any).kname = 'inet_stream_connect';
(inet_dgram_connect as any).kname = 'inet_dgram_connect';
(inet_sendmsg as any).kname = 'inet_sendmsg';
(inet_recvmsg as any).kname = 'inet_recvmsg';
(inet_shutdown as any).kname = 'inet_shutdown';
(inet_getname as any).kname = 'inet_getname';
