// net/ipv4/datagram.c: connect() for datagram sockets — ip4_datagram_connect → __ip4_datagram_connect.
// No handshake and no packet: the peer is recorded, sk_state becomes TCP_ESTABLISHED by a plain
// store (no sock:inet_sock_set_state), and an address bound as 0.0.0.0 becomes the route's.

import { defineFn } from '../../sim/anchors';
import { at, enter, leave, Sim } from '../../sim/engine';
import type { SockaddrIn } from '../../include/linux/net';
import type { Sock } from '../../include/net/sock';
import { sock_flag } from '../../include/net/sock';
import { inet_sk } from '../../include/net/inet_sock';
import { TCP_ESTABLISHED } from '../../include/net/tcp_states';
import { AF_INET, ERRNO } from '../../include/uapi';
import { ip_route_connect } from './tcp_ipv4';

const { EINVAL, EAFNOSUPPORT, EACCES } = ERRNO;

const __CONNECT = defineFn('net/ipv4/datagram.c', '__ip4_datagram_connect', {
  len: 'if (addr_len < sizeof(*usin))',
  family: 'if (usin->sin_family != AF_INET)',
  reset: 'sk_dst_reset(sk);',
  route: 'rt = ip_route_connect(fl4, usin->sin_addr.s_addr, saddr,',
  routeerr: 'if (IS_ERR(rt)) {',
  bcast: 'if ((rt->rt_flags & RTCF_BROADCAST) && !sock_flag(sk, SOCK_BROADCAST)) {',
  saddr: 'if (!inet->inet_saddr)',
  rcv: 'if (!inet->inet_rcv_saddr) {',
  rcvset: 'inet->inet_rcv_saddr = fl4->saddr;',
  rehash: 'sk->sk_prot->rehash(sk);',
  daddr: 'inet->inet_daddr = fl4->daddr;',
  dport: 'inet->inet_dport = usin->sin_port;',
  state: 'sk->sk_state = TCP_ESTABLISHED;',
  dst: 'sk_dst_set(sk, &rt->dst);',
  ok: 'err = 0;',
  out: 'return err;',
});
export function* __ip4_datagram_connect(sk: Sock, usin: SockaddrIn, addr_len: number): Sim<number> {
  const inet = inet_sk(sk);
  const f = enter(__CONNECT, { sk, uaddr: usin, addr_len, inet });
  try {
    if (at(__CONNECT.len)) yield;
    if (addr_len < 16) return -EINVAL;
    if (at(__CONNECT.family)) yield;
    if (usin.sin_family !== AF_INET) return -EAFNOSUPPORT;
    if (at(__CONNECT.reset)) yield;
    if (at(__CONNECT.route)) yield;
    const rt = ip_route_connect(sk.sk_net, usin.sin_addr);
    if (at(__CONNECT.routeerr)) yield;
    if (typeof rt === 'number') {
      f.vars.err = rt;
      if (at(__CONNECT.out)) yield;
      return rt;
    }
    f.vars.rt = rt;
    if (at(__CONNECT.bcast)) yield;
    if (usin.sin_addr === '255.255.255.255' && !sock_flag(sk, 'SOCK_BROADCAST')) return -EACCES;
    if (at(__CONNECT.saddr)) yield;
    if (inet.inet_saddr === '0.0.0.0') inet.inet_saddr = rt.saddr;
    if (at(__CONNECT.rcv)) yield;
    if (inet.inet_rcv_saddr === '0.0.0.0') {
      if (at(__CONNECT.rcvset)) yield;
      inet.inet_rcv_saddr = rt.saddr;
      if (sk.sk_prot.rehash) {
        if (at(__CONNECT.rehash)) yield;
        sk.sk_prot.rehash(sk);
      }
    }
    if (at(__CONNECT.daddr)) yield;
    inet.inet_daddr = rt.daddr;
    if (at(__CONNECT.dport)) yield;
    inet.inet_dport = usin.sin_port;
    // a plain store: UDP never goes through inet_sk_set_state, so no tracepoint fires
    if (at(__CONNECT.state)) yield;
    sk.sk_state = TCP_ESTABLISHED;
    if (at(__CONNECT.dst)) yield;
    if (at(__CONNECT.ok)) yield;
    f.vars.err = 0;
    if (at(__CONNECT.out)) yield;
    return 0;
  } finally {
    leave(f);
  }
}

const CONNECT = defineFn('net/ipv4/datagram.c', 'ip4_datagram_connect', {
  lock: 'lock_sock(sk);',
  call: 'res = __ip4_datagram_connect(sk, uaddr, addr_len);',
  release: 'release_sock(sk);',
  ret: 'return res;',
});
/** ip4_datagram_connect() = udp_prot.connect. */
export function* ip4_datagram_connect(sk: Sock, uaddr: SockaddrIn, addr_len: number): Sim<number> {
  const f = enter(CONNECT, { sk, uaddr, addr_len });
  try {
    if (at(CONNECT.lock)) yield;
    if (at(CONNECT.call)) yield;
    const res = yield* __ip4_datagram_connect(sk, uaddr, addr_len);
    f.vars.res = res;
    if (at(CONNECT.release)) yield;
    if (at(CONNECT.ret)) yield;
    return res;
  } finally {
    leave(f);
  }
}
