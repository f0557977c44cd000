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
import { sock_flag, SOCK_BROADCAST } from '../../../include/net/sock';
import { inet_sk } from '../../../include/net/inet_sock';
import { TCP_ESTABLISHED } from '../../../include/net/tcp_states';
import { AF_INET, ERRNO } from '../../../include/uapi';
import { ip_route_connect } from './tcp_ipv4';

const { EINVAL, EAFNOSUPPORT, EACCES } = ERRNO;
const A$__ip4_datagram_connect = defineFn('net/ipv4/datagram.c', '__ip4_datagram_connect', [25, 28, 31, 38, 42, 50, 55, 57, 60, 62, 66, 67, 71, 76, 77, 79]);

export function* __ip4_datagram_connect(sk: Sock, usin: SockaddrIn, addr_len: number): Sim<number> {
  const inet = inet_sk(sk);
  const $f = enter(A$__ip4_datagram_connect, { sk, uaddr: usin, addr_len, inet });
  try {

  if (at(A$__ip4_datagram_connect.L25)) yield;
  if (addr_len < 16) return -EINVAL;
  if (at(A$__ip4_datagram_connect.L28)) yield;
  if (usin.sin_family !== AF_INET) return -EAFNOSUPPORT;
  if (at(A$__ip4_datagram_connect.L31)) yield;
  if (at(A$__ip4_datagram_connect.L38)) yield;
  const rt = ip_route_connect(sk.sk_net, usin.sin_addr);
  if (at(A$__ip4_datagram_connect.L42)) yield;
  if (typeof rt === 'number') {
    $f.vars.err = rt;
    if (at(A$__ip4_datagram_connect.L79)) yield;
    return rt;
  }
  $f.vars.rt = rt;
  if (at(A$__ip4_datagram_connect.L50)) yield;
  if (usin.sin_addr === '255.255.255.255' && !sock_flag(sk, SOCK_BROADCAST)) return -EACCES;
  if (at(A$__ip4_datagram_connect.L55)) yield;
  if (inet.inet_saddr === '0.0.0.0') inet.inet_saddr = rt.saddr;
  if (at(A$__ip4_datagram_connect.L57)) yield;
  if (inet.inet_rcv_saddr === '0.0.0.0') {
    if (at(A$__ip4_datagram_connect.L60)) yield;
    inet.inet_rcv_saddr = rt.saddr;
    if (sk.sk_prot.rehash) {
      if (at(A$__ip4_datagram_connect.L62)) yield;
      sk.sk_prot.rehash(sk);
    }
  }
  if (at(A$__ip4_datagram_connect.L66)) yield;
  inet.inet_daddr = rt.daddr;
  if (at(A$__ip4_datagram_connect.L67)) yield;
  inet.inet_dport = usin.sin_port;
  // a plain store: UDP never goes through inet_sk_set_state, so no tracepoint fires
  if (at(A$__ip4_datagram_connect.L71)) yield;
  sk.sk_state = TCP_ESTABLISHED;
  if (at(A$__ip4_datagram_connect.L76)) yield;
  if (at(A$__ip4_datagram_connect.L77)) yield;
  $f.vars.err = 0;
  if (at(A$__ip4_datagram_connect.L79)) yield;
  return 0;
  } finally {
    leave($f);
  }
}
const A$ip4_datagram_connect = defineFn('net/ipv4/datagram.c', 'ip4_datagram_connect', [91, 92, 93, 94]);

/** ip4_datagram_connect() = udp_prot.connect. */
export function* ip4_datagram_connect(sk: Sock, uaddr: SockaddrIn, addr_len: number): Sim<number> {
  const $f = enter(A$ip4_datagram_connect, { sk, uaddr, addr_len });
  try {
  if (at(A$ip4_datagram_connect.L91)) yield;
  if (at(A$ip4_datagram_connect.L92)) yield;
  const res = ($E.fast || $E.twinOk[__ip4_datagram_connect.k] === 1 ? __ip4_datagram_connect$fast(sk, uaddr, addr_len) : yield* __ip4_datagram_connect(sk, uaddr, addr_len));
  $f.vars.res = res;
  if (at(A$ip4_datagram_connect.L93)) yield;
  if (at(A$ip4_datagram_connect.L94)) yield;
  return res;
  } finally {
    leave($f);
  }
}


// ---- fast-path twins (scripts/twins.cjs) ----
import { E as $E, FAST_FRAME as $FF, driveToEnd as $drive, registerTwin as $kreg } from '../../../core/engine';
export function __ip4_datagram_connect$fast(sk: Sock, usin: SockaddrIn, addr_len: number): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0; let $x = -1;
  const inet = inet_sk(sk);
  const $f = ($tb !== null && ($o = (A$__ip4_datagram_connect.L25 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {

  ++$s;
  if (addr_len < 16) return ($r = (-EINVAL), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$__ip4_datagram_connect.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__ip4_datagram_connect.L28) : $tb.op($e.now, A$__ip4_datagram_connect.L28));
  if (usin.sin_family !== AF_INET) return ($r = (-EAFNOSUPPORT), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$__ip4_datagram_connect.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  $s += 2; if ($tb !== null) ($o = (A$__ip4_datagram_connect.L31 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  
  const rt = ip_route_connect(sk.sk_net, usin.sin_addr);
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__ip4_datagram_connect.L42) : $tb.op($e.now, A$__ip4_datagram_connect.L42));
  if (typeof rt === 'number') {
    
    ++$s; $x = A$__ip4_datagram_connect.L79 | 1048576;
    return ($r = (rt), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$__ip4_datagram_connect.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
  
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__ip4_datagram_connect.L50) : $tb.op($e.now, A$__ip4_datagram_connect.L50));
  if (usin.sin_addr === '255.255.255.255' && !sock_flag(sk, SOCK_BROADCAST)) return ($r = (-EACCES), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$__ip4_datagram_connect.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__ip4_datagram_connect.L55) : $tb.op($e.now, A$__ip4_datagram_connect.L55));
  if (inet.inet_saddr === '0.0.0.0') inet.inet_saddr = rt.saddr;
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__ip4_datagram_connect.L57) : $tb.op($e.now, A$__ip4_datagram_connect.L57));
  if (inet.inet_rcv_saddr === '0.0.0.0') {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__ip4_datagram_connect.L60) : $tb.op($e.now, A$__ip4_datagram_connect.L60));
    inet.inet_rcv_saddr = rt.saddr;
    if (sk.sk_prot.rehash) {
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__ip4_datagram_connect.L62) : $tb.op($e.now, A$__ip4_datagram_connect.L62));
      sk.sk_prot.rehash(sk);
    }
  }
  $s += 6; $x = A$__ip4_datagram_connect.L66 | 6291456;
  inet.inet_daddr = rt.daddr;
  
  inet.inet_dport = usin.sin_port;
  // a plain store: UDP never goes through inet_sk_set_state, so no tracepoint fires
  
  sk.sk_state = TCP_ESTABLISHED;
  
  
  
  
  return ($r = (0), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$__ip4_datagram_connect.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
export function ip4_datagram_connect$fast(sk: Sock, uaddr: SockaddrIn, addr_len: number): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0; let $x = -1;
  const $f = ($tb !== null && ($o = (A$ip4_datagram_connect.L91 | 270532608), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  $s += 2;
  
  const res = __ip4_datagram_connect$fast(sk, uaddr, addr_len);
  
  $s += 2; $x = A$ip4_datagram_connect.L93 | 2097152;
  
  return ($r = (res), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$ip4_datagram_connect.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
$kreg(__ip4_datagram_connect, __ip4_datagram_connect$fast, '__ip4_datagram_connect', () => []);
$kreg(ip4_datagram_connect, ip4_datagram_connect$fast, 'ip4_datagram_connect', () => [__ip4_datagram_connect]);

// ---- kernel names ----
(ip4_datagram_connect as any).kname = 'ip4_datagram_connect';
