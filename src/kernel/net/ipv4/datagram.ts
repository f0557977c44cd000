// net/ipv4/datagram.c: connect() for datagram sockets — ip4_datagram_connect → __ip4_datagram_connect.
// No handshake and no packet: the peer is recorded, sk_state becomes TCP_ESTABLISHED by a plain
// store (no sock:inet_sock_set_state), and an address bound as 0.0.0.0 becomes the route's.

import { Sim } from '../../core/engine';
import { frame, line } from '../../core/mark';
import type { SockaddrIn } from '../../include/linux/net';
import type { Sock } from '../../include/net/sock';
import { sock_flag, SOCK_BROADCAST } from '../../include/net/sock';
import { inet_sk } from '../../include/net/inet_sock';
import { TCP_ESTABLISHED } from '../../include/net/tcp_states';
import { AF_INET, ERRNO } from '../../include/uapi';
import { ip_route_connect } from './tcp_ipv4';

const { EINVAL, EAFNOSUPPORT, EACCES } = ERRNO;

export function* __ip4_datagram_connect(sk: Sock, usin: SockaddrIn, addr_len: number): Sim<number> {
  const inet = inet_sk(sk);
  frame({ sk, uaddr: usin, addr_len, inet });

  line`if (addr_len < sizeof(*usin))`;
  if (addr_len < 16) return -EINVAL;
  line`if (usin->sin_family != AF_INET)`;
  if (usin.sin_family !== AF_INET) return -EAFNOSUPPORT;
  line`sk_dst_reset(sk);`;
  line`rt = ip_route_connect(fl4, usin->sin_addr.s_addr, saddr,`;
  const rt = ip_route_connect(sk.sk_net, usin.sin_addr);
  line`if (IS_ERR(rt)) {`;
  if (typeof rt === 'number') {
    frame.err = rt;
    line`return err;`;
    return rt;
  }
  frame.rt = rt;
  line`if ((rt->rt_flags & RTCF_BROADCAST) && !sock_flag(sk, SOCK_BROADCAST)) {`;
  if (usin.sin_addr === '255.255.255.255' && !sock_flag(sk, SOCK_BROADCAST)) return -EACCES;
  line`if (!inet->inet_saddr)`;
  if (inet.inet_saddr === '0.0.0.0') inet.inet_saddr = rt.saddr;
  line`if (!inet->inet_rcv_saddr) {`;
  if (inet.inet_rcv_saddr === '0.0.0.0') {
    line`inet->inet_rcv_saddr = fl4->saddr;`;
    inet.inet_rcv_saddr = rt.saddr;
    if (sk.sk_prot.rehash) {
      line`sk->sk_prot->rehash(sk);`;
      sk.sk_prot.rehash(sk);
    }
  }
  line`inet->inet_daddr = fl4->daddr;`;
  inet.inet_daddr = rt.daddr;
  line`inet->inet_dport = usin->sin_port;`;
  inet.inet_dport = usin.sin_port;
  // a plain store: UDP never goes through inet_sk_set_state, so no tracepoint fires
  line`sk->sk_state = TCP_ESTABLISHED;`;
  sk.sk_state = TCP_ESTABLISHED;
  line`sk_dst_set(sk, &rt->dst);`;
  line`err = 0;`;
  frame.err = 0;
  line`return err;`;
  return 0;
}

/** ip4_datagram_connect() = udp_prot.connect. */
export function* ip4_datagram_connect(sk: Sock, uaddr: SockaddrIn, addr_len: number): Sim<number> {
  line`lock_sock(sk);`;
  line`res = __ip4_datagram_connect(sk, uaddr, addr_len);`;
  const res = yield* __ip4_datagram_connect(sk, uaddr, addr_len);
  frame.res = res;
  line`release_sock(sk);`;
  line`return res;`;
  return res;
}
