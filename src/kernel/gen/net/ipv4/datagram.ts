// generated — do not edit. Written by scripts/gen-kernel.ts from src/kernel/net/ipv4/datagram.ts
// @ts-nocheck
// net/ipv4/datagram.c: connect() for datagram sockets — ip4_datagram_connect → __ip4_datagram_connect.
// No handshake and no packet: the peer is recorded, sk_state becomes TCP_ESTABLISHED by a plain
// store (no sock:inet_sock_set_state), and an address bound as 0.0.0.0 becomes the route's.

import { Sim } from '../../../core/engine';
import { at, enter, leave } from '../../../core/engine';
import { defineFn } from '../../../core/anchors';
import type { SockaddrIn } from '../../../include/linux/net';
import type { Sock } from '../../../include/net/sock';
import { sock_flag } from '../../../include/net/sock';
import { inet_sk } from '../../../include/net/inet_sock';
import { TCP_ESTABLISHED } from '../../../include/net/tcp_states';
import { AF_INET, ERRNO } from '../../../include/uapi';
import { ip_route_connect } from './tcp_ipv4';

const { EINVAL, EAFNOSUPPORT, EACCES } = ERRNO;
const A$__ip4_datagram_connect = defineFn('net/ipv4/datagram.c', '__ip4_datagram_connect', {
  L24: 'if (addr_len < sizeof(*usin))',
  L27: 'if (usin->sin_family != AF_INET)',
  L30: 'sk_dst_reset(sk);',
  L37: 'rt = ip_route_connect(fl4, usin->sin_addr.s_addr, saddr,',
  L38: 'if (IS_ERR(rt)) {',
  L46: 'if ((rt->rt_flags & RTCF_BROADCAST) && !sock_flag(sk, SOCK_BROADCAST)) {',
  L51: 'if (!inet->inet_saddr)',
  L53: 'if (!inet->inet_rcv_saddr) {',
  L56: 'inet->inet_rcv_saddr = fl4->saddr;',
  L58: 'sk->sk_prot->rehash(sk);',
  L62: 'inet->inet_daddr = fl4->daddr;',
  L63: 'inet->inet_dport = usin->sin_port;',
  L66: 'sk->sk_state = TCP_ESTABLISHED;',
  L71: 'sk_dst_set(sk, &rt->dst);',
  L72: 'err = 0;',
  L74: 'return err;',
});

export function* __ip4_datagram_connect(sk: Sock, usin: SockaddrIn, addr_len: number): Sim<number> {
  const inet = inet_sk(sk);
  const $f = enter(A$__ip4_datagram_connect, { sk, uaddr: usin, addr_len, inet });
  try {

  if (at(A$__ip4_datagram_connect.L24)) yield;
  if (addr_len < 16) return -EINVAL;
  if (at(A$__ip4_datagram_connect.L27)) yield;
  if (usin.sin_family !== AF_INET) return -EAFNOSUPPORT;
  if (at(A$__ip4_datagram_connect.L30)) yield;
  if (at(A$__ip4_datagram_connect.L37)) yield;
  const rt = ip_route_connect(sk.sk_net, usin.sin_addr);
  if (at(A$__ip4_datagram_connect.L38)) yield;
  if (typeof rt === 'number') {
    $f.vars.err = rt;
    if (at(A$__ip4_datagram_connect.L74)) yield;
    return rt;
  }
  $f.vars.rt = rt;
  if (at(A$__ip4_datagram_connect.L46)) yield;
  if (usin.sin_addr === '255.255.255.255' && !sock_flag(sk, 'SOCK_BROADCAST')) return -EACCES;
  if (at(A$__ip4_datagram_connect.L51)) yield;
  if (inet.inet_saddr === '0.0.0.0') inet.inet_saddr = rt.saddr;
  if (at(A$__ip4_datagram_connect.L53)) yield;
  if (inet.inet_rcv_saddr === '0.0.0.0') {
    if (at(A$__ip4_datagram_connect.L56)) yield;
    inet.inet_rcv_saddr = rt.saddr;
    if (sk.sk_prot.rehash) {
      if (at(A$__ip4_datagram_connect.L58)) yield;
      sk.sk_prot.rehash(sk);
    }
  }
  if (at(A$__ip4_datagram_connect.L62)) yield;
  inet.inet_daddr = rt.daddr;
  if (at(A$__ip4_datagram_connect.L63)) yield;
  inet.inet_dport = usin.sin_port;
  // a plain store: UDP never goes through inet_sk_set_state, so no tracepoint fires
  if (at(A$__ip4_datagram_connect.L66)) yield;
  sk.sk_state = TCP_ESTABLISHED;
  if (at(A$__ip4_datagram_connect.L71)) yield;
  if (at(A$__ip4_datagram_connect.L72)) yield;
  $f.vars.err = 0;
  if (at(A$__ip4_datagram_connect.L74)) yield;
  return 0;
  } finally {
    leave($f);
  }
}
const A$ip4_datagram_connect = defineFn('net/ipv4/datagram.c', 'ip4_datagram_connect', {
  L86: 'lock_sock(sk);',
  L87: 'res = __ip4_datagram_connect(sk, uaddr, addr_len);',
  L88: 'release_sock(sk);',
  L89: 'return res;',
});

/** ip4_datagram_connect() = udp_prot.connect. */
export function* ip4_datagram_connect(sk: Sock, uaddr: SockaddrIn, addr_len: number): Sim<number> {
  const $f = enter(A$ip4_datagram_connect, { sk, uaddr, addr_len });
  try {
  if (at(A$ip4_datagram_connect.L86)) yield;
  if (at(A$ip4_datagram_connect.L87)) yield;
  const res = ($E.fast || $E.twinOk[__ip4_datagram_connect.k] === 1 ? __ip4_datagram_connect$fast(sk, uaddr, addr_len) : yield* __ip4_datagram_connect(sk, uaddr, addr_len));
  $f.vars.res = res;
  if (at(A$ip4_datagram_connect.L88)) yield;
  if (at(A$ip4_datagram_connect.L89)) yield;
  return res;
  } finally {
    leave($f);
  }
}


// ---- fast-path twins (scripts/twins.cjs) ----
import { E as $E, FAST_FRAME as $FF, driveToEnd as $drive, registerTwin as $kreg } from '../../../core/engine';
export function __ip4_datagram_connect$fast(sk: Sock, usin: SockaddrIn, addr_len: number): any { const $e = $E; const $tb: any = $e.lineSink; const $st = $e.current!.stack; let $o: number; let $x = -1;
  const inet = inet_sk(sk);
  const $f = ($st.push($FF), $tb !== null && ($o = (A$__ip4_datagram_connect.L24 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  try {

  ++$e.steps;
  if (addr_len < 16) return -EINVAL;
  ++$e.steps; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__ip4_datagram_connect.L27) : $tb.op($e.now, A$__ip4_datagram_connect.L27));
  if (usin.sin_family !== AF_INET) return -EAFNOSUPPORT;
  $e.steps += 2; if ($tb !== null) ($o = (A$__ip4_datagram_connect.L30 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  
  const rt = ip_route_connect(sk.sk_net, usin.sin_addr);
  ++$e.steps; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__ip4_datagram_connect.L38) : $tb.op($e.now, A$__ip4_datagram_connect.L38));
  if (typeof rt === 'number') {
    
    ++$e.steps; $x = A$__ip4_datagram_connect.L74 | 1048576;
    return rt;
  }
  
  ++$e.steps; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__ip4_datagram_connect.L46) : $tb.op($e.now, A$__ip4_datagram_connect.L46));
  if (usin.sin_addr === '255.255.255.255' && !sock_flag(sk, 'SOCK_BROADCAST')) return -EACCES;
  ++$e.steps; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__ip4_datagram_connect.L51) : $tb.op($e.now, A$__ip4_datagram_connect.L51));
  if (inet.inet_saddr === '0.0.0.0') inet.inet_saddr = rt.saddr;
  ++$e.steps; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__ip4_datagram_connect.L53) : $tb.op($e.now, A$__ip4_datagram_connect.L53));
  if (inet.inet_rcv_saddr === '0.0.0.0') {
    ++$e.steps; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__ip4_datagram_connect.L56) : $tb.op($e.now, A$__ip4_datagram_connect.L56));
    inet.inet_rcv_saddr = rt.saddr;
    if (sk.sk_prot.rehash) {
      ++$e.steps; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__ip4_datagram_connect.L58) : $tb.op($e.now, A$__ip4_datagram_connect.L58));
      sk.sk_prot.rehash(sk);
    }
  }
  $e.steps += 6; $x = A$__ip4_datagram_connect.L62 | 6291456;
  inet.inet_daddr = rt.daddr;
  
  inet.inet_dport = usin.sin_port;
  // a plain store: UDP never goes through inet_sk_set_state, so no tracepoint fires
  
  sk.sk_state = TCP_ESTABLISHED;
  
  
  
  
  return 0;
  } finally {
    ($st.pop(), $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$__ip4_datagram_connect.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
  }
}
export function ip4_datagram_connect$fast(sk: Sock, uaddr: SockaddrIn, addr_len: number): any { const $e = $E; const $tb: any = $e.lineSink; const $st = $e.current!.stack; let $o: number; let $x = -1;
  const $f = ($st.push($FF), $tb !== null && ($o = (A$ip4_datagram_connect.L86 | 270532608), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  try {
  $e.steps += 2;
  
  const res = __ip4_datagram_connect$fast(sk, uaddr, addr_len);
  
  $e.steps += 2; $x = A$ip4_datagram_connect.L88 | 2097152;
  
  return res;
  } finally {
    ($st.pop(), $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$ip4_datagram_connect.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
  }
}
$kreg(__ip4_datagram_connect, __ip4_datagram_connect$fast, '__ip4_datagram_connect', () => []);
$kreg(ip4_datagram_connect, ip4_datagram_connect$fast, 'ip4_datagram_connect', () => [__ip4_datagram_connect]);

// ---- kernel names ----
(ip4_datagram_connect as any).kname = 'ip4_datagram_connect';
