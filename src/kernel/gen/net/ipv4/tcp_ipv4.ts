// generated — do not edit. Written by scripts/gen-kernel.ts from src/kernel/net/ipv4/tcp_ipv4.ts
// @ts-nocheck
// net/ipv4/tcp_ipv4.c: TCP over IPv4 — connect(), the receive entry point tcp_v4_rcv (socket
// lookup and dispatch by state), the listener's SYN handling (tcp_v4_conn_request), the SYN-ACK,
// the child's creation at the final ACK (tcp_v4_syn_recv_sock), resets, init and destroy.

import { E, Sim } from '../../../core/engine';
import { at, enter, leave } from '../../../core/engine';
import { defineFn } from '../../../core/anchors';
import type { SockaddrIn } from '../../../include/linux/net';
import type { SkBuff } from '../../../include/linux/skbuff';
import { end_seq } from '../../../include/linux/skbuff';
import type { Net } from '../../../include/net/net_namespace';
import { MIB, NET_INC_STATS } from '../../../include/net/net_namespace';
import { Sock, SockCommon, sk_fullsock, sk_setup_caps } from '../../../include/net/sock';
import { inet_sk } from '../../../include/net/inet_sock';
import { inet_csk } from '../../../include/net/inet_connection_sock';
import type { InetConnectionSockAfOps } from '../../../include/net/inet_connection_sock';
import { notSimulated } from '../../../include/linux/ops';
import { tcp_sk } from '../../../include/linux/tcp';
import { RequestSock, inet_rsk } from '../../../include/net/request_sock';
import { InetTimewaitSock } from '../../../include/net/inet_timewait_sock';
import {
  TCP_CLOSE, TCP_ESTABLISHED, TCP_LISTEN, TCP_NEW_SYN_RECV, TCP_SYN_RECV, TCP_SYN_SENT, TCP_TIME_WAIT,
} from '../../../include/net/tcp_states';
import { AF_INET, ERRNO } from '../../../include/uapi';
import { keyedHash } from '../../../core/rng';
import { __inet_lookup_skb, __inet_lookup_established, __inet_lookup_listener, __inet_inherit_port, inet_ehash_nolisten, inet_hash_connect, inet_put_port } from './inet_hashtables';
import { inet_csk_reqsk_queue_drop } from './inet_connection_sock';
import { tcp_set_state, tcp_init_sock, tcp_done } from './tcp';
import { sock_def_error_report } from '../core/sock';
import { ICMP_PORT_UNREACH } from '../../../include/linux/skbuff';
import { ip_send_unicast_reply, ip_build_and_send_pkt, dst_mtu } from './ip_output';
import { ip_route_output_ports } from './route';
import { tcp_connect, tcp_make_synack, makeTcpSkb, traceTcpEvent, tcp_clear_xmit_timers, TCP_MSS_DEFAULT, tcp_sync_mss, dst_metric_advmss, tcp_initialize_rcv_mss } from './tcp_output';
import { tcp_rcv_state_process, tcp_rcv_established, tcp_conn_request } from './tcp_input';
import { tcp_check_req, tcp_child_process, tcp_create_openreq_child, tcp_timewait_state_process, TW } from './tcp_minisocks';
import { sk_acceptq_is_full } from '../core/sock';
import { cookie_v4_check } from './syncookies';

const { EINVAL, EAFNOSUPPORT, ENETUNREACH, ENOENT, ECONNREFUSED, EHOSTUNREACH } = ERRNO;

/** ip_route_connect(): which source address reaches daddr? Hosts share one /24 link. */
export function ip_route_connect(net: Net, daddr: string): { saddr: string; daddr: string } | number {
  const host = net.host;
  if (daddr === '0.0.0.0') return { saddr: '127.0.0.1', daddr: '127.0.0.1' };
  if (host.isLocal(daddr)) return { saddr: daddr, daddr };
  const { first, prefix } = dotted(daddr);
  if (first >= 224 || daddr.endsWith('.255')) return -ENETUNREACH;
  const src = host.addrs.find((a) => dotted(a).prefix === prefix);
  return src ? { saddr: src, daddr } : -ENETUNREACH;
}

/** A dotted address's first octet and /24 prefix ("10.0.0"), parsed once per address: every connect() routes. */
const dottedCache = new Map<string, { first: number; prefix: string }>();
function dotted(addr: string): { first: number; prefix: string } {
  let d = dottedCache.get(addr);
  if (!d) {
    const parts = addr.split('.');
    d = { first: Number(parts[0]), prefix: parts.slice(0, 3).join('.') };
    dottedCache.set(addr, d);
  }
  return d;
}

/** secure_tcp_seq(): a keyed hash of the 4-tuple plus a clock component — deterministic per seed. */
export function secure_tcp_seq(net: Net, saddr: string, daddr: string, sport: number, dport: number): number {
  return (keyedHash(net.secret, 'isn', saddr, daddr, sport, dport) + Math.floor(E.now * 15.625)) >>> 0;
}
const A$tcp_v4_connect = defineFn('net/ipv4/tcp_ipv4.c', 'tcp_v4_connect', [29, 31, 40, 45, 58, 60, 63, 64, 66, 69, 72, 81, 87, 92, 96, 99, 103, 106, 109, 110]);

/** tcp_v4_connect() = tcp_prot.connect: route, SYN_SENT, choose the source port, the ISN, send the SYN. */
export function* tcp_v4_connect(sk: Sock, usin: SockaddrIn, addr_len: number): Sim<number> {
  const inet = inet_sk(sk);
  const tp = tcp_sk(sk);
  const $f = enter(A$tcp_v4_connect, { sk, uaddr: usin, addr_len, inet, tp });
  try {
  let err = 0;

  if (at(A$tcp_v4_connect.L29)) yield;
  if (addr_len < 16) return -EINVAL;
  if (at(A$tcp_v4_connect.L31)) yield;
  if (usin.sin_family !== AF_INET) return -EAFNOSUPPORT;
  if (at(A$tcp_v4_connect.L40)) yield;
  const rt = ip_route_connect(sk.skc_net, usin.sin_addr);
  if (at(A$tcp_v4_connect.L45)) yield;
  if (typeof rt === 'number') return rt;
  $f.vars.rt = rt;
  if (at(A$tcp_v4_connect.L58)) yield;
  if (inet.inet_saddr === '0.0.0.0') inet.inet_saddr = rt.saddr;
  if (at(A$tcp_v4_connect.L60)) yield;
  inet.inet_rcv_saddr = inet.inet_saddr;
  if (at(A$tcp_v4_connect.L63)) yield;
  inet.inet_dport = usin.sin_port;
  if (at(A$tcp_v4_connect.L64)) yield;
  inet.inet_daddr = rt.daddr;
  if (at(A$tcp_v4_connect.L66)) yield;
  tp.rx_opt.mss_clamp = TCP_MSS_DEFAULT;
  // the state changes before the port is chosen: the tracepoint still shows sport 0
  if (at(A$tcp_v4_connect.L69)) yield;
  ($E.fast || $E.twinOk[tcp_set_state.k] === 1 ? tcp_set_state$fast(sk, TCP_SYN_SENT) : yield* tcp_set_state(sk, TCP_SYN_SENT));
  if (at(A$tcp_v4_connect.L72)) yield;
  err = ($E.fast || $E.twinOk[inet_hash_connect.k] === 1 ? inet_hash_connect$fast(sk) : yield* inet_hash_connect(sk));
  $f.vars.err = err;
  if (!err) {
    if (at(A$tcp_v4_connect.L81)) yield;
    // (the route is the socket's from now on: the SYN's __ip_queue_xmit finds it, __sk_dst_check)
    sk_setup_caps(sk, ip_route_output_ports(sk.skc_net, inet.inet_daddr));
    if (at(A$tcp_v4_connect.L87)) yield;
    if (!tp.write_seq) tp.write_seq = secure_tcp_seq(sk.skc_net, inet.inet_saddr, inet.inet_daddr, inet.inet_sport, inet.inet_dport);
    if (at(A$tcp_v4_connect.L92)) yield;
    tp.tsoffset = keyedHash(sk.skc_net.secret, 'tsoff', inet.inet_saddr, inet.inet_daddr);
    if (at(A$tcp_v4_connect.L96)) yield;
    inet.inet_id = sk.skc_net.host.world.rng.u32() & 0xffff;
    if (at(A$tcp_v4_connect.L99)) yield;
    err = ($E.fast || $E.twinOk[tcp_connect.k] === 1 ? tcp_connect$fast(sk) : yield* tcp_connect(sk));
    $f.vars.err = err;
    if (!err) {
      if (at(A$tcp_v4_connect.L103)) yield;
      return 0;
    }
  }
  if (at(A$tcp_v4_connect.L106)) yield;
  ($E.fast || $E.twinOk[tcp_set_state.k] === 1 ? tcp_set_state$fast(sk, TCP_CLOSE) : yield* tcp_set_state(sk, TCP_CLOSE));
  if (at(A$tcp_v4_connect.L109)) yield;
  inet.inet_dport = 0;
  if (at(A$tcp_v4_connect.L110)) yield;
  return err;
  } finally {
    leave($f);
  }
}
const A$tcp_v4_send_reset = defineFn('net/ipv4/tcp_ipv4.c', 'tcp_v4_send_reset', [133, 136, 140, 144, 146, 149, 150, 168, 175, 183]);

/** tcp_v4_send_reset(): answer a segment with a RST from the per-CPU control socket. */
export function* tcp_v4_send_reset(sk: SockCommon | null, skb: SkBuff, net: Net): Sim<void> {
  const $f = enter(A$tcp_v4_send_reset, { sk, skb });
  try {

  const th = skb.th!;
  $f.vars.th = th;
  if (at(A$tcp_v4_send_reset.L133)) yield;
  if (th.rst) return;
  if (at(A$tcp_v4_send_reset.L136)) yield;
  if (at(A$tcp_v4_send_reset.L140)) yield;
  const rep = makeTcpSkb(skb.iph.daddr, skb.iph.saddr, { source: th.dest, dest: th.source, rst: 1 });
  $f.vars.rep = rep;
  if (at(A$tcp_v4_send_reset.L144)) yield;
  if (th.ack) {
    if (at(A$tcp_v4_send_reset.L146)) yield;
    rep.th!.seq = th.ack_seq;
  } else {
    if (at(A$tcp_v4_send_reset.L149)) yield;
    rep.th!.ack = 1;
    if (at(A$tcp_v4_send_reset.L150)) yield;
    rep.th!.ack_seq = end_seq(skb);
  }
  if (at(A$tcp_v4_send_reset.L175)) yield;
  ($E.fast || $E.twinOk[ip_send_unicast_reply.k] === 1 ? ip_send_unicast_reply$fast(net, rep) : yield* ip_send_unicast_reply(net, rep));
  if (at(A$tcp_v4_send_reset.L183)) yield;
  NET_INC_STATS(net, MIB.OutRsts);
  // 5.4 traces this RST only when a full socket is known (not for "no socket" resets)
  if (sk && sk_fullsock(sk)) {
    if (at(A$tcp_v4_send_reset.L168)) yield;
    traceTcpEvent('tcp_send_reset', sk, skb);
  }
  } finally {
    leave($f);
  }
}
const A$tcp_v4_send_synack = defineFn('net/ipv4/tcp_ipv4.c', 'tcp_v4_send_synack', [206, 209, 215, 221]);

/** tcp_v4_send_synack(): sent straight through ip_build_and_send_pkt, not tcp_transmit_skb. */
export function* tcp_v4_send_synack(sk: Sock, req: RequestSock): Sim<number> {
  const $f = enter(A$tcp_v4_send_synack, { sk, req });
  try {
  if (at(A$tcp_v4_send_synack.L206)) yield;
  if (at(A$tcp_v4_send_synack.L209)) yield;
  const skb = ($E.fast || $E.twinOk[tcp_make_synack.k] === 1 ? tcp_make_synack$fast(sk, req) : yield* tcp_make_synack(sk, req));
  $f.vars.skb = skb;
  if (at(A$tcp_v4_send_synack.L215)) yield;
  NET_INC_STATS(sk.skc_net, MIB.OutSegs);
  const err = ($E.fast || $E.twinOk[ip_build_and_send_pkt.k] === 1 ? ip_build_and_send_pkt$fast(skb, sk, skb.iph.saddr, skb.iph.daddr) : yield* ip_build_and_send_pkt(skb, sk, skb.iph.saddr, skb.iph.daddr));
  $f.vars.err = err;
  if (at(A$tcp_v4_send_synack.L221)) yield;
  return err;
  } finally {
    leave($f);
  }
}
const A$tcp_v4_conn_request = defineFn('net/ipv4/tcp_ipv4.c', 'tcp_v4_conn_request', [250, 253]);

/** tcp_v4_conn_request() = ipv4_specific.conn_request: a SYN reached a listener. */
export function* tcp_v4_conn_request(sk: Sock, skb: SkBuff): Sim<number> {
  const $f = enter(A$tcp_v4_conn_request, { sk, skb });
  try {
  if (at(A$tcp_v4_conn_request.L250)) yield;
  if (at(A$tcp_v4_conn_request.L253)) yield;
  return ($E.fast || $E.twinOk[tcp_conn_request.k] === 1 ? tcp_conn_request$fast(sk, skb) : yield* tcp_conn_request(sk, skb));
  } finally {
    leave($f);
  }
}
const A$tcp_v4_syn_recv_sock = defineFn('net/ipv4/tcp_ipv4.c', 'tcp_v4_syn_recv_sock', [281, 285, 294, 295, 297, 300, 301, 306, 308, 309, 310, 314, 318, 326, 329, 333]);

/**
 * tcp_v4_syn_recv_sock() = ipv4_specific.syn_recv_sock: the final ACK made it — clone the listener
 * into the child, give it the connection's addresses, and let it take the request sock's place in ehash.
 */
export function* tcp_v4_syn_recv_sock(sk: Sock, skb: SkBuff, req: RequestSock, req_unhash: RequestSock | null, own: { v: boolean }): Sim<Sock | null> {
  const $f = enter(A$tcp_v4_syn_recv_sock, { sk, skb, req, req_unhash });
  try {

  if (at(A$tcp_v4_syn_recv_sock.L281)) yield;
  if (($E.fast || $E.twinOk[sk_acceptq_is_full.k] === 1 ? sk_acceptq_is_full$fast(sk) : yield* sk_acceptq_is_full(sk))) {
    if (at(A$tcp_v4_syn_recv_sock.L329)) yield;
    NET_INC_STATS(sk.skc_net, MIB.ListenOverflows);
    if (at(A$tcp_v4_syn_recv_sock.L333)) yield;
    tcp_listendrop(sk);
    return null;
  }
  if (at(A$tcp_v4_syn_recv_sock.L285)) yield;
  const newsk = ($E.fast || $E.twinOk[tcp_create_openreq_child.k] === 1 ? tcp_create_openreq_child$fast(sk, req, skb) : yield* tcp_create_openreq_child(sk, req, skb));
  $f.vars.newsk = newsk;
  const newinet = inet_sk(newsk);
  const ireq = inet_rsk(req);
  $f.vars.ireq = ireq;
  if (at(A$tcp_v4_syn_recv_sock.L294)) yield;
  newsk.inet_daddr = ireq.ir_rmt_addr;
  if (at(A$tcp_v4_syn_recv_sock.L295)) yield;
  newsk.inet_rcv_saddr = ireq.ir_loc_addr;
  if (at(A$tcp_v4_syn_recv_sock.L297)) yield;
  newinet.inet_saddr = ireq.ir_loc_addr;
  if (at(A$tcp_v4_syn_recv_sock.L300)) yield;
  if (at(A$tcp_v4_syn_recv_sock.L301)) yield;
  // (the route back to the client: it sent us its SYN, so there is one)
  const dst = ip_route_output_ports(sk.skc_net, ireq.ir_rmt_addr);
  $f.vars.dst = dst;
  if (at(A$tcp_v4_syn_recv_sock.L306)) yield;
  sk_setup_caps(newsk, dst);
  if (at(A$tcp_v4_syn_recv_sock.L308)) yield;
  tcp_sync_mss(newsk, dst_mtu(dst));
  if (at(A$tcp_v4_syn_recv_sock.L309)) yield;
  tcp_sk(newsk).advmss = dst_metric_advmss(dst);
  if (at(A$tcp_v4_syn_recv_sock.L310)) yield;
  tcp_initialize_rcv_mss(newsk);
  if (at(A$tcp_v4_syn_recv_sock.L314)) yield;
  ($E.fast || $E.twinOk[__inet_inherit_port.k] === 1 ? __inet_inherit_port$fast(sk, newsk) : yield* __inet_inherit_port(sk, newsk));
  if (at(A$tcp_v4_syn_recv_sock.L318)) yield;
  // req_unhash: the request sock the child replaces in ehash (none for a syncookie)
  own.v = ($E.fast || $E.twinOk[inet_ehash_nolisten.k] === 1 ? inet_ehash_nolisten$fast(newsk, req_unhash) : yield* inet_ehash_nolisten(newsk, req_unhash));
  $f.vars.own_req = own.v;
  if (at(A$tcp_v4_syn_recv_sock.L326)) yield;
  return newsk;
  } finally {
    leave($f);
  }
}

/** tcp_listendrop(): sk_drops and LINUX_MIB_LISTENDROPS. */
export function tcp_listendrop(sk: Sock): void {
  sk.sk_drops++;
  NET_INC_STATS(sk.skc_net, MIB.ListenDrops);
}
const A$tcp_v4_cookie_check = defineFn('net/ipv4/tcp_ipv4.c', 'tcp_v4_cookie_check', [354, 355, 358]);

/** tcp_v4_cookie_check(): anything but a SYN reaching a listener may be a syncookie's final ACK. */
function* tcp_v4_cookie_check(sk: Sock, skb: SkBuff): Sim<Sock | null> {
  const $f = enter(A$tcp_v4_cookie_check, { sk, skb });
  try {
  let nsk: Sock | null = sk;
  if (at(A$tcp_v4_cookie_check.L354)) yield;
  if (!skb.th!.syn) {
    if (at(A$tcp_v4_cookie_check.L355)) yield;
    nsk = ($E.fast || $E.twinOk[cookie_v4_check.k] === 1 ? cookie_v4_check$fast(sk, skb) : yield* cookie_v4_check(sk, skb));
  }
  if (at(A$tcp_v4_cookie_check.L358)) yield;
  return nsk;
  } finally {
    leave($f);
  }
}
const A$tcp_v4_do_rcv = defineFn('net/ipv4/tcp_ipv4.c', 'tcp_v4_do_rcv', [372, 376, 381, 383, 385, 389, 398, 402, 406]);

/** tcp_v4_do_rcv(): ESTABLISHED takes the fast path; every other state goes to tcp_rcv_state_process. */
export function* tcp_v4_do_rcv(sk: Sock, skb: SkBuff): Sim<number> {
  const $f = enter(A$tcp_v4_do_rcv, { sk, skb });
  try {
  if (at(A$tcp_v4_do_rcv.L372)) yield;
  if (sk.sk_state === TCP_ESTABLISHED) {
    if (at(A$tcp_v4_do_rcv.L376)) yield;
    ($E.fast || $E.twinOk[tcp_rcv_established.k] === 1 ? tcp_rcv_established$fast(sk, skb) : yield* tcp_rcv_established(sk, skb));
    return 0;
  }
  if (at(A$tcp_v4_do_rcv.L381)) yield;
  if (sk.sk_state === TCP_LISTEN) {
    if (at(A$tcp_v4_do_rcv.L383)) yield;
    const nsk = ($E.fast || $E.twinOk[tcp_v4_cookie_check.k] === 1 ? tcp_v4_cookie_check$fast(sk, skb) : yield* tcp_v4_cookie_check(sk, skb));
    $f.vars.nsk = nsk;
    if (at(A$tcp_v4_do_rcv.L385)) yield;
    if (!nsk) return 0;
    if (nsk !== sk) {
      if (at(A$tcp_v4_do_rcv.L389)) yield;
      if (($E.fast || $E.twinOk[tcp_child_process.k] === 1 ? tcp_child_process$fast(sk, nsk, skb) : yield* tcp_child_process(sk, nsk, skb))) {
        if (at(A$tcp_v4_do_rcv.L406)) yield;
        ($E.fast || $E.twinOk[tcp_v4_send_reset.k] === 1 ? tcp_v4_send_reset$fast(nsk, skb, sk.skc_net) : yield* tcp_v4_send_reset(nsk, skb, sk.skc_net));
      }
      return 0;
    }
  }
  if (at(A$tcp_v4_do_rcv.L398)) yield;
  if (($E.fast || $E.twinOk[tcp_rcv_state_process.k] === 1 ? tcp_rcv_state_process$fast(sk, skb) : yield* tcp_rcv_state_process(sk, skb))) {
    if (at(A$tcp_v4_do_rcv.L406)) yield;
    ($E.fast || $E.twinOk[tcp_v4_send_reset.k] === 1 ? tcp_v4_send_reset$fast(sk, skb, sk.skc_net) : yield* tcp_v4_send_reset(sk, skb, sk.skc_net));
    return 0;
  }
  if (at(A$tcp_v4_do_rcv.L402)) yield;
  return 0;
  } finally {
    leave($f);
  }
}
const A$tcp_v4_rcv = defineFn('net/ipv4/tcp_ipv4.c', 'tcp_v4_rcv', [516, 522, 524, 527, 530, 531, 536, 538, 549, 551, 556, 560, 561, 576, 577, 582, 585, 588, 592, 596, 602, 611, 621, 625, 626, 649, 652]);

/** tcp_v4_rcv(): every TCP segment a host receives starts here (softirq). */
export function* tcp_v4_rcv(skb: SkBuff, net: Net): Sim<number> {
  const $f = enter(A$tcp_v4_rcv, { skb });
  try {

  if (at(A$tcp_v4_rcv.L516)) yield;
  const th = skb.th!;
  $f.vars.th = th;
  for (;;) {
    // lookup:
    const refcounted = { v: false };
    if (at(A$tcp_v4_rcv.L522)) yield;
    let sk: SockCommon | null = ($E.fast || $E.twinOk[__inet_lookup_skb.k] === 1 ? __inet_lookup_skb$fast(skb, net, refcounted) : yield* __inet_lookup_skb(skb, net, refcounted));
    $f.vars.sk = sk;
    if (at(A$tcp_v4_rcv.L524)) yield;
    if (!sk) break; // no_tcp_socket
    // process:
    if (at(A$tcp_v4_rcv.L527)) yield;
    if (sk.sk_state === TCP_TIME_WAIT) {
      if (at(A$tcp_v4_rcv.L621)) yield;
      if (at(A$tcp_v4_rcv.L625)) yield;
      const verdict = ($E.fast || $E.twinOk[tcp_timewait_state_process.k] === 1 ? tcp_timewait_state_process$fast(sk as InetTimewaitSock, skb) : yield* tcp_timewait_state_process(sk as InetTimewaitSock, skb));
      $f.vars.verdict = verdict;
      if (verdict === TW.SYN) {
        if (at(A$tcp_v4_rcv.L626)) yield;
        const sk2 = ($E.fast || $E.twinOk[__inet_lookup_listener.k] === 1 ? __inet_lookup_listener$fast(net, skb, skb.iph.saddr, th.source, skb.iph.daddr, th.dest) : yield* __inet_lookup_listener(net, skb, skb.iph.saddr, th.source, skb.iph.daddr, th.dest));
        if (sk2) {
          (sk as InetTimewaitSock).deschedule();
          sk = sk2;
          $f.vars.sk = sk;
        } else {
          return 0;
        }
      } else if (verdict === TW.ACK) {
        if (at(A$tcp_v4_rcv.L649)) yield;
        ($E.fast || $E.twinOk[tcp_v4_timewait_ack.k] === 1 ? tcp_v4_timewait_ack$fast(sk as InetTimewaitSock, skb) : yield* tcp_v4_timewait_ack(sk as InetTimewaitSock, skb));
        return 0;
      } else if (verdict === TW.RST) {
        if (at(A$tcp_v4_rcv.L652)) yield;
        ($E.fast || $E.twinOk[tcp_v4_send_reset.k] === 1 ? tcp_v4_send_reset$fast(sk, skb, net) : yield* tcp_v4_send_reset(sk, skb, net));
        (sk as InetTimewaitSock).deschedule();
        return 0;
      } else {
        return 0;
      }
    }
    if (at(A$tcp_v4_rcv.L530)) yield;
    if (sk.sk_state === TCP_NEW_SYN_RECV) {
      if (at(A$tcp_v4_rcv.L531)) yield;
      const req = sk as RequestSock;
      $f.vars.req = req;
      if (at(A$tcp_v4_rcv.L536)) yield;
      const listener = req.rsk_listener!;
      sk = listener;
      $f.vars.sk = sk;
      if (at(A$tcp_v4_rcv.L538)) yield;
      if (listener.sk_state !== TCP_LISTEN) {
        inet_csk_reqsk_queue_drop(listener, req);
        req.freed = true;
        continue; // goto lookup
      }
      if (at(A$tcp_v4_rcv.L549)) yield;
      const nsk = ($E.fast || $E.twinOk[tcp_check_req.k] === 1 ? tcp_check_req$fast(listener, skb, req) : yield* tcp_check_req(listener, skb, req));
      $f.vars.nsk = nsk;
      if (at(A$tcp_v4_rcv.L551)) yield;
      if (!nsk) return 0;
      if (at(A$tcp_v4_rcv.L556)) yield;
      if (nsk !== listener) {
        if (at(A$tcp_v4_rcv.L560)) yield;
        if (($E.fast || $E.twinOk[tcp_child_process.k] === 1 ? tcp_child_process$fast(listener, nsk, skb) : yield* tcp_child_process(listener, nsk, skb))) {
          if (at(A$tcp_v4_rcv.L561)) yield;
          ($E.fast || $E.twinOk[tcp_v4_send_reset.k] === 1 ? tcp_v4_send_reset$fast(nsk, skb, net) : yield* tcp_v4_send_reset(nsk, skb, net));
        }
        return 0;
      }
      // nsk == sk: the listener handles it below (an ACK it cannot match draws a RST)
    }
    const full = sk as Sock;
    if (at(A$tcp_v4_rcv.L576)) yield;
    if (full.sk_state === TCP_LISTEN) {
      if (at(A$tcp_v4_rcv.L577)) yield;
      return ($E.fast || $E.twinOk[tcp_v4_do_rcv.k] === 1 ? tcp_v4_do_rcv$fast(full, skb) : yield* tcp_v4_do_rcv(full, skb));
    }
    if (at(A$tcp_v4_rcv.L582)) yield;
    let ret = 0;
    if (at(A$tcp_v4_rcv.L585)) yield;
    if (!full.sk_lock_owned) {
      if (at(A$tcp_v4_rcv.L588)) yield;
      ret = ($E.fast || $E.twinOk[tcp_v4_do_rcv.k] === 1 ? tcp_v4_do_rcv$fast(full, skb) : yield* tcp_v4_do_rcv(full, skb));
    } else {
      // the process holds the socket lock: the segment waits on sk_backlog until release_sock
      if (at(A$tcp_v4_rcv.L592)) yield;
      full.sk_backlog.push(skb);
    }
    if (at(A$tcp_v4_rcv.L596)) yield;
    return ret;
  }
  if (at(A$tcp_v4_rcv.L602)) yield;
  if (at(A$tcp_v4_rcv.L611)) yield;
  ($E.fast || $E.twinOk[tcp_v4_send_reset.k] === 1 ? tcp_v4_send_reset$fast(null, skb, net) : yield* tcp_v4_send_reset(null, skb, net));
  return 0;
  } finally {
    leave($f);
  }
}
const A$tcp_v4_err = defineFn('net/ipv4/tcp_ipv4.c', 'tcp_v4_err', [426, 427, 429, 430, 433, 436, 437, 438, 441, 443, 445, 446, 448, 449, 451, 453, 455, 456, 459, 461, 462, 466, 468, 473, 478, 479, 481, 483, 485, 487, 491, 492, 493]);

/**
 * tcp_v4_err() = tcp_protocol.err_handler: an ICMP error about a segment this host sent. A port
 * unreachable (iptables' REJECT, by default) is a hard error: a connection still in SYN_SENT ends
 * with ECONNREFUSED, as a RST would end it. (Only ICMP_DEST_UNREACH reaches here: icmp_rcv.)
 */
export function* tcp_v4_err(icmp_skb: SkBuff, info: number, net: Net): Sim<number> {
  const ic = icmp_skb.icmph!;
  const $f = enter(A$tcp_v4_err, { icmp_skb, info });
  try {
  if (at(A$tcp_v4_err.L426)) yield;
  const iph = ic.quoted.iph;
  $f.vars.iph = iph;
  if (at(A$tcp_v4_err.L427)) yield;
  const th = ic.quoted.th;
  $f.vars.th = th;
  if (at(A$tcp_v4_err.L429)) yield;
  if (at(A$tcp_v4_err.L430)) yield;
  $f.vars.type = ic.type;
  $f.vars.code = ic.code;
  if (at(A$tcp_v4_err.L433)) yield;
  const found = th ? ($E.fast || $E.twinOk[__inet_lookup_established.k] === 1 ? __inet_lookup_established$fast(net, iph.daddr, th.dest, iph.saddr, th.source) : yield* __inet_lookup_established(net, iph.daddr, th.dest, iph.saddr, th.source)) : null;
  $f.vars.sk = found;
  if (at(A$tcp_v4_err.L436)) yield;
  if (!found || !th) {
    if (at(A$tcp_v4_err.L437)) yield;
    NET_INC_STATS(net, MIB.IcmpInErrors);
    if (at(A$tcp_v4_err.L438)) yield;
    return -ENOENT;
  }
  if (!sk_fullsock(found)) {
    // a timewait or request sock: not what an unreachable about our own SYN finds
    found.skc_refcnt--;
    return 0;
  }
  const sk = found as Sock;
  if (at(A$tcp_v4_err.L441)) yield;
  const seq = th.seq;
  $f.vars.seq = seq;
  if (at(A$tcp_v4_err.L443)) yield;
  let err = 0;
  out: {
    if (at(A$tcp_v4_err.L445)) yield;
    if (sk.sk_state === TCP_CLOSE) {
      if (at(A$tcp_v4_err.L446)) yield;
      break out;
    }
    if (at(A$tcp_v4_err.L448)) yield;
    if (at(A$tcp_v4_err.L449)) yield;
    const tp = tcp_sk(sk);
    $f.vars.tp = tp;
    if (at(A$tcp_v4_err.L451)) yield;
    const snd_una = tp.snd_una;
    if (at(A$tcp_v4_err.L453)) yield;
    if (sk.sk_state !== TCP_LISTEN && !((seq - snd_una) >>> 0 <= (tp.snd_nxt - snd_una) >>> 0)) {
      if (at(A$tcp_v4_err.L455)) yield;
      NET_INC_STATS(net, MIB.OutOfWindowIcmps);
      if (at(A$tcp_v4_err.L456)) yield;
      break out;
    }
    if (at(A$tcp_v4_err.L459)) yield;
    if (at(A$tcp_v4_err.L461)) yield;
    if (at(A$tcp_v4_err.L462)) yield;
    if (at(A$tcp_v4_err.L466)) yield;
    // icmp_err_convert[]: net/port/protocol unreachable are hard errors
    err = ic.code === ICMP_PORT_UNREACH || ic.code === 2 ? ECONNREFUSED : EHOSTUNREACH;
    $f.vars.err = err;
    if (at(A$tcp_v4_err.L468)) yield;
    if (at(A$tcp_v4_err.L473)) yield;
    if (sk.sk_state === TCP_SYN_SENT || sk.sk_state === TCP_SYN_RECV) {
      if (at(A$tcp_v4_err.L478)) yield;
      if (!sk.sk_lock_owned) {
        if (at(A$tcp_v4_err.L479)) yield;
        sk.sk_err = err;
        if (at(A$tcp_v4_err.L481)) yield;
        ($E.fast || $E.twinOk[sock_def_error_report.k] === 1 ? sock_def_error_report$fast(sk) : yield* sock_def_error_report(sk));
        if (at(A$tcp_v4_err.L483)) yield;
        ($E.fast || $E.twinOk[tcp_done.k] === 1 ? tcp_done$fast(sk) : yield* tcp_done(sk));
      } else {
        if (at(A$tcp_v4_err.L485)) yield;
        sk.sk_err_soft = err;
      }
      if (at(A$tcp_v4_err.L487)) yield;
      break out;
    }
    // a connected socket keeps trying: the error is soft (recverr is off)
    sk.sk_err_soft = err;
  }
  if (at(A$tcp_v4_err.L491)) yield;
  if (at(A$tcp_v4_err.L492)) yield;
  sk.skc_refcnt--;
  if (at(A$tcp_v4_err.L493)) yield;
  return 0;
  } finally {
    leave($f);
  }
}

/** tcp_v4_timewait_ack(): a timewait sock re-ACKs what it last acknowledged. */
function* tcp_v4_timewait_ack(tw: InetTimewaitSock, skb: SkBuff): Sim<void> {
  const th = skb.th!;
  const rep = makeTcpSkb(skb.iph.daddr, skb.iph.saddr, { source: th.dest, dest: th.source, seq: tw.tw_snd_nxt, ack_seq: tw.tw_rcv_nxt, ack: 1, window: tw.tw_rcv_wnd });
  ($E.fast || $E.twinOk[ip_send_unicast_reply.k] === 1 ? ip_send_unicast_reply$fast(tw.skc_net, rep) : yield* ip_send_unicast_reply(tw.skc_net, rep));
}
const A$tcp_v4_init_sock = defineFn('net/ipv4/tcp_ipv4.c', 'tcp_v4_init_sock', [689, 691, 693]);

export function* tcp_v4_init_sock(sk: Sock): Sim<number> {
  const $f = enter(A$tcp_v4_init_sock, { sk, icsk: inet_csk(sk) });
  try {

  if (at(A$tcp_v4_init_sock.L689)) yield;
  ($E.fast || $E.twinOk[tcp_init_sock.k] === 1 ? tcp_init_sock$fast(sk) : yield* tcp_init_sock(sk));
  if (at(A$tcp_v4_init_sock.L691)) yield;
  inet_csk(sk).icsk_af_ops = ipv4_specific;
  if (at(A$tcp_v4_init_sock.L693)) yield;
  return 0;
  } finally {
    leave($f);
  }
}
const A$tcp_v4_destroy_sock = defineFn('net/ipv4/tcp_ipv4.c', 'tcp_v4_destroy_sock', [707, 708, 712, 718]);

/** tcp_v4_destroy_sock() = tcp_prot.destroy: where tcp:tcp_destroy_sock fires. */
export function* tcp_v4_destroy_sock(sk: Sock): Sim<void> {
  const $f = enter(A$tcp_v4_destroy_sock, { sk });
  try {
  if (at(A$tcp_v4_destroy_sock.L707)) yield;
  traceTcpEvent('tcp_destroy_sock', sk);
  if (at(A$tcp_v4_destroy_sock.L708)) yield;
  tcp_clear_xmit_timers(sk);
  if (at(A$tcp_v4_destroy_sock.L712)) yield;
  tcp_sk(sk).tcp_rtx_queue = [];
  sk.sk_write_queue = [];
  if (at(A$tcp_v4_destroy_sock.L718)) yield;
  if (inet_csk(sk).icsk_bind_hash) {
    ($E.fast || $E.twinOk[inet_put_port.k] === 1 ? inet_put_port$fast(sk) : yield* inet_put_port(sk));
  }
  } finally {
    leave($f);
  }
}

/** ipv4_specific: TCP's IPv4 operations (icsk->icsk_af_ops); its fields are its members. */
export const ipv4_specific: InetConnectionSockAfOps = {
  name: 'ipv4_specific',
  queue_xmit: notSimulated('ip_queue_xmit'),
  send_check: notSimulated('tcp_v4_send_check'),
  rebuild_header: notSimulated('inet_sk_rebuild_header'),
  sk_rx_dst_set: notSimulated('inet_sk_rx_dst_set'),
  conn_request: tcp_v4_conn_request,
  syn_recv_sock: tcp_v4_syn_recv_sock,
  net_header_len: 'sizeof(struct iphdr)',
};


// ---- fast-path twins (scripts/twins.cjs) ----
import { E as $E, FAST_FRAME as $FF, driveToEnd as $drive, registerTwin as $kreg } from '../../../core/engine';
import { tcp_set_state$fast as tcp_set_state$fast, tcp_done$fast as tcp_done$fast, tcp_init_sock$fast as tcp_init_sock$fast } from './tcp';
import { inet_hash_connect$fast as inet_hash_connect$fast, __inet_inherit_port$fast as __inet_inherit_port$fast, inet_ehash_nolisten$fast as inet_ehash_nolisten$fast, __inet_lookup_skb$fast as __inet_lookup_skb$fast, __inet_lookup_listener$fast as __inet_lookup_listener$fast, __inet_lookup_established$fast as __inet_lookup_established$fast, inet_put_port$fast as inet_put_port$fast } from './inet_hashtables';
import { tcp_connect$fast as tcp_connect$fast, tcp_make_synack$fast as tcp_make_synack$fast } from './tcp_output';
import { ip_send_unicast_reply$fast as ip_send_unicast_reply$fast, ip_build_and_send_pkt$fast as ip_build_and_send_pkt$fast } from './ip_output';
import { tcp_conn_request$fast as tcp_conn_request$fast, tcp_rcv_established$fast as tcp_rcv_established$fast, tcp_rcv_state_process$fast as tcp_rcv_state_process$fast } from './tcp_input';
import { sk_acceptq_is_full$fast as sk_acceptq_is_full$fast, sock_def_error_report$fast as sock_def_error_report$fast } from '../core/sock';
import { tcp_create_openreq_child$fast as tcp_create_openreq_child$fast, tcp_child_process$fast as tcp_child_process$fast, tcp_timewait_state_process$fast as tcp_timewait_state_process$fast, tcp_check_req$fast as tcp_check_req$fast } from './tcp_minisocks';
import { cookie_v4_check$fast as cookie_v4_check$fast } from './syncookies';
export function tcp_v4_connect$fast(sk: Sock, usin: SockaddrIn, addr_len: number): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0; let $x = -1;
  const inet = inet_sk(sk);
  const tp = tcp_sk(sk);
  const $f = ($tb !== null && ($o = (A$tcp_v4_connect.L29 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  let err = 0;

  ++$s;
  if (addr_len < 16) return ($r = (-EINVAL), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_v4_connect.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_v4_connect.L31) : $tb.op($e.now, A$tcp_v4_connect.L31));
  if (usin.sin_family !== AF_INET) return ($r = (-EAFNOSUPPORT), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_v4_connect.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_v4_connect.L40) : $tb.op($e.now, A$tcp_v4_connect.L40));
  const rt = ip_route_connect(sk.skc_net, usin.sin_addr);
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_v4_connect.L45) : $tb.op($e.now, A$tcp_v4_connect.L45));
  if (typeof rt === 'number') return ($r = (rt), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_v4_connect.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_v4_connect.L58) : $tb.op($e.now, A$tcp_v4_connect.L58));
  if (inet.inet_saddr === '0.0.0.0') inet.inet_saddr = rt.saddr;
  $s += 5; if ($tb !== null) ($o = (A$tcp_v4_connect.L60 | 4194304), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  inet.inet_rcv_saddr = inet.inet_saddr;
  
  inet.inet_dport = usin.sin_port;
  
  inet.inet_daddr = rt.daddr;
  
  tp.rx_opt.mss_clamp = TCP_MSS_DEFAULT;
  // the state changes before the port is chosen: the tracepoint still shows sport 0
  
  tcp_set_state$fast(sk, TCP_SYN_SENT);
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_v4_connect.L72) : $tb.op($e.now, A$tcp_v4_connect.L72));
  err = inet_hash_connect$fast(sk);
  
  if (!err) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_v4_connect.L81) : $tb.op($e.now, A$tcp_v4_connect.L81));
    // (the route is the socket's from now on: the SYN's __ip_queue_xmit finds it, __sk_dst_check)
    sk_setup_caps(sk, ip_route_output_ports(sk.skc_net, inet.inet_daddr));
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_v4_connect.L87) : $tb.op($e.now, A$tcp_v4_connect.L87));
    if (!tp.write_seq) tp.write_seq = secure_tcp_seq(sk.skc_net, inet.inet_saddr, inet.inet_daddr, inet.inet_sport, inet.inet_dport);
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_v4_connect.L92) : $tb.op($e.now, A$tcp_v4_connect.L92));
    tp.tsoffset = keyedHash(sk.skc_net.secret, 'tsoff', inet.inet_saddr, inet.inet_daddr);
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_v4_connect.L96) : $tb.op($e.now, A$tcp_v4_connect.L96));
    inet.inet_id = sk.skc_net.host.world.rng.u32() & 0xffff;
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_v4_connect.L99) : $tb.op($e.now, A$tcp_v4_connect.L99));
    err = tcp_connect$fast(sk);
    
    if (!err) {
      ++$s; $x = A$tcp_v4_connect.L103 | 1048576;
      return ($r = (0), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_v4_connect.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
    }
  }
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_v4_connect.L106) : $tb.op($e.now, A$tcp_v4_connect.L106));
  tcp_set_state$fast(sk, TCP_CLOSE);
  $s += 2; $x = A$tcp_v4_connect.L109 | 2097152;
  inet.inet_dport = 0;
  
  return ($r = (err), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_v4_connect.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
export function tcp_v4_send_reset$fast(sk: SockCommon | null, skb: SkBuff, net: Net): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $s = 0;
  const $f = ($tb !== null && ($o = (A$tcp_v4_send_reset.L133 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {

  const th = skb.th!;
  
  ++$s;
  if (th.rst) { ($e.steps += $s, $tb !== null && ($o = (A$tcp_v4_send_reset.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))); return; }
  $s += 2; if ($tb !== null) ($o = (A$tcp_v4_send_reset.L136 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  
  const rep = makeTcpSkb(skb.iph.daddr, skb.iph.saddr, { source: th.dest, dest: th.source, rst: 1 });
  
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_v4_send_reset.L144) : $tb.op($e.now, A$tcp_v4_send_reset.L144));
  if (th.ack) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_v4_send_reset.L146) : $tb.op($e.now, A$tcp_v4_send_reset.L146));
    rep.th!.seq = th.ack_seq;
  } else {
    $s += 2; if ($tb !== null) ($o = (A$tcp_v4_send_reset.L149 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
    rep.th!.ack = 1;
    
    rep.th!.ack_seq = end_seq(skb);
  }
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_v4_send_reset.L175) : $tb.op($e.now, A$tcp_v4_send_reset.L175));
  ip_send_unicast_reply$fast(net, rep);
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_v4_send_reset.L183) : $tb.op($e.now, A$tcp_v4_send_reset.L183));
  NET_INC_STATS(net, MIB.OutRsts);
  // 5.4 traces this RST only when a full socket is known (not for "no socket" resets)
  if (sk && sk_fullsock(sk)) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_v4_send_reset.L168) : $tb.op($e.now, A$tcp_v4_send_reset.L168));
    traceTcpEvent('tcp_send_reset', sk, skb);
  }
  } ($e.steps += $s, $tb !== null && ($o = (A$tcp_v4_send_reset.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
}
export function tcp_v4_send_synack$fast(sk: Sock, req: RequestSock): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0; let $x = -1;
  const $f = ($tb !== null && ($o = (A$tcp_v4_send_synack.L206 | 270532608), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  $s += 2;
  
  const skb = tcp_make_synack$fast(sk, req);
  
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_v4_send_synack.L215) : $tb.op($e.now, A$tcp_v4_send_synack.L215));
  NET_INC_STATS(sk.skc_net, MIB.OutSegs);
  const err = ip_build_and_send_pkt$fast(skb, sk, skb.iph.saddr, skb.iph.daddr);
  
  ++$s; $x = A$tcp_v4_send_synack.L221 | 1048576;
  return ($r = (err), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_v4_send_synack.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
export function tcp_v4_conn_request$fast(sk: Sock, skb: SkBuff): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0;
  const $f = ($tb !== null && ($o = (A$tcp_v4_conn_request.L250 | 270532608), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  $s += 2;
  
  return ($r = (tcp_conn_request$fast(sk, skb)), ($e.steps += $s, $tb !== null && ($o = (A$tcp_v4_conn_request.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
export function tcp_v4_syn_recv_sock$fast(sk: Sock, skb: SkBuff, req: RequestSock, req_unhash: RequestSock | null, own: { v: boolean }): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0; let $x = -1;
  const $f = ($tb !== null && ($o = (A$tcp_v4_syn_recv_sock.L281 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {

  ++$s;
  if (sk_acceptq_is_full$fast(sk)) {
    $s += 2; if ($tb !== null) ($o = (A$tcp_v4_syn_recv_sock.L329 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
    NET_INC_STATS(sk.skc_net, MIB.ListenOverflows);
    
    tcp_listendrop(sk);
    return ($r = (null), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_v4_syn_recv_sock.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_v4_syn_recv_sock.L285) : $tb.op($e.now, A$tcp_v4_syn_recv_sock.L285));
  const newsk = tcp_create_openreq_child$fast(sk, req, skb);
  
  const newinet = inet_sk(newsk);
  const ireq = inet_rsk(req);
  
  $s += 5; if ($tb !== null) ($o = (A$tcp_v4_syn_recv_sock.L294 | 4194304), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  newsk.inet_daddr = ireq.ir_rmt_addr;
  
  newsk.inet_rcv_saddr = ireq.ir_loc_addr;
  
  newinet.inet_saddr = ireq.ir_loc_addr;
  
  
  // (the route back to the client: it sent us its SYN, so there is one)
  const dst = ip_route_output_ports(sk.skc_net, ireq.ir_rmt_addr);
  
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_v4_syn_recv_sock.L306) : $tb.op($e.now, A$tcp_v4_syn_recv_sock.L306));
  sk_setup_caps(newsk, dst);
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_v4_syn_recv_sock.L308) : $tb.op($e.now, A$tcp_v4_syn_recv_sock.L308));
  tcp_sync_mss(newsk, dst_mtu(dst));
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_v4_syn_recv_sock.L309) : $tb.op($e.now, A$tcp_v4_syn_recv_sock.L309));
  tcp_sk(newsk).advmss = dst_metric_advmss(dst);
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_v4_syn_recv_sock.L310) : $tb.op($e.now, A$tcp_v4_syn_recv_sock.L310));
  tcp_initialize_rcv_mss(newsk);
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_v4_syn_recv_sock.L314) : $tb.op($e.now, A$tcp_v4_syn_recv_sock.L314));
  __inet_inherit_port$fast(sk, newsk);
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_v4_syn_recv_sock.L318) : $tb.op($e.now, A$tcp_v4_syn_recv_sock.L318));
  // req_unhash: the request sock the child replaces in ehash (none for a syncookie)
  own.v = inet_ehash_nolisten$fast(newsk, req_unhash);
  
  ++$s; $x = A$tcp_v4_syn_recv_sock.L326 | 1048576;
  return ($r = (newsk), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_v4_syn_recv_sock.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
function tcp_v4_cookie_check$fast(sk: Sock, skb: SkBuff): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0; let $x = -1;
  const $f = ($tb !== null && ($o = (A$tcp_v4_cookie_check.L354 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  let nsk: Sock | null = sk;
  ++$s;
  if (!skb.th!.syn) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_v4_cookie_check.L355) : $tb.op($e.now, A$tcp_v4_cookie_check.L355));
    nsk = cookie_v4_check$fast(sk, skb);
  }
  ++$s; $x = A$tcp_v4_cookie_check.L358 | 1048576;
  return ($r = (nsk), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_v4_cookie_check.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
export function tcp_v4_do_rcv$fast(sk: Sock, skb: SkBuff): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0; let $x = -1;
  const $f = ($tb !== null && ($o = (A$tcp_v4_do_rcv.L372 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  ++$s;
  if (sk.sk_state === TCP_ESTABLISHED) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_v4_do_rcv.L376) : $tb.op($e.now, A$tcp_v4_do_rcv.L376));
    tcp_rcv_established$fast(sk, skb);
    return ($r = (0), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_v4_do_rcv.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_v4_do_rcv.L381) : $tb.op($e.now, A$tcp_v4_do_rcv.L381));
  if (sk.sk_state === TCP_LISTEN) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_v4_do_rcv.L383) : $tb.op($e.now, A$tcp_v4_do_rcv.L383));
    const nsk = tcp_v4_cookie_check$fast(sk, skb);
    
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_v4_do_rcv.L385) : $tb.op($e.now, A$tcp_v4_do_rcv.L385));
    if (!nsk) return ($r = (0), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_v4_do_rcv.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
    if (nsk !== sk) {
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_v4_do_rcv.L389) : $tb.op($e.now, A$tcp_v4_do_rcv.L389));
      if (tcp_child_process$fast(sk, nsk, skb)) {
        ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_v4_do_rcv.L406) : $tb.op($e.now, A$tcp_v4_do_rcv.L406));
        tcp_v4_send_reset$fast(nsk, skb, sk.skc_net);
      }
      return ($r = (0), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_v4_do_rcv.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
    }
  }
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_v4_do_rcv.L398) : $tb.op($e.now, A$tcp_v4_do_rcv.L398));
  if (tcp_rcv_state_process$fast(sk, skb)) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_v4_do_rcv.L406) : $tb.op($e.now, A$tcp_v4_do_rcv.L406));
    tcp_v4_send_reset$fast(sk, skb, sk.skc_net);
    return ($r = (0), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_v4_do_rcv.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
  ++$s; $x = A$tcp_v4_do_rcv.L402 | 1048576;
  return ($r = (0), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_v4_do_rcv.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
export function tcp_v4_rcv$fast(skb: SkBuff, net: Net): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0; let $x = -1;
  const $f = ($tb !== null && ($o = (A$tcp_v4_rcv.L516 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {

  ++$s;
  const th = skb.th!;
  
  for (;;) {
    // lookup:
    const refcounted = { v: false };
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_v4_rcv.L522) : $tb.op($e.now, A$tcp_v4_rcv.L522));
    let sk: SockCommon | null = __inet_lookup_skb$fast(skb, net, refcounted);
    
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_v4_rcv.L524) : $tb.op($e.now, A$tcp_v4_rcv.L524));
    if (!sk) break; // no_tcp_socket
    // process:
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_v4_rcv.L527) : $tb.op($e.now, A$tcp_v4_rcv.L527));
    if (sk.sk_state === TCP_TIME_WAIT) {
      $s += 2; if ($tb !== null) ($o = (A$tcp_v4_rcv.L621 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
      
      const verdict = tcp_timewait_state_process$fast(sk as InetTimewaitSock, skb);
      
      if (verdict === TW.SYN) {
        ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_v4_rcv.L626) : $tb.op($e.now, A$tcp_v4_rcv.L626));
        const sk2 = __inet_lookup_listener$fast(net, skb, skb.iph.saddr, th.source, skb.iph.daddr, th.dest);
        if (sk2) {
          (sk as InetTimewaitSock).deschedule();
          sk = sk2;
          
        } else {
          return ($r = (0), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_v4_rcv.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
        }
      } else if (verdict === TW.ACK) {
        ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_v4_rcv.L649) : $tb.op($e.now, A$tcp_v4_rcv.L649));
        tcp_v4_timewait_ack$fast(sk as InetTimewaitSock, skb);
        return ($r = (0), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_v4_rcv.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
      } else if (verdict === TW.RST) {
        ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_v4_rcv.L652) : $tb.op($e.now, A$tcp_v4_rcv.L652));
        tcp_v4_send_reset$fast(sk, skb, net);
        (sk as InetTimewaitSock).deschedule();
        return ($r = (0), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_v4_rcv.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
      } else {
        return ($r = (0), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_v4_rcv.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
      }
    }
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_v4_rcv.L530) : $tb.op($e.now, A$tcp_v4_rcv.L530));
    if (sk.sk_state === TCP_NEW_SYN_RECV) {
      $s += 3; if ($tb !== null) ($o = (A$tcp_v4_rcv.L531 | 2097152), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
      const req = sk as RequestSock;
      
      
      const listener = req.rsk_listener!;
      sk = listener;
      
      
      if (listener.sk_state !== TCP_LISTEN) {
        inet_csk_reqsk_queue_drop(listener, req);
        req.freed = true;
        continue; // goto lookup
      }
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_v4_rcv.L549) : $tb.op($e.now, A$tcp_v4_rcv.L549));
      const nsk = tcp_check_req$fast(listener, skb, req);
      
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_v4_rcv.L551) : $tb.op($e.now, A$tcp_v4_rcv.L551));
      if (!nsk) return ($r = (0), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_v4_rcv.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_v4_rcv.L556) : $tb.op($e.now, A$tcp_v4_rcv.L556));
      if (nsk !== listener) {
        ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_v4_rcv.L560) : $tb.op($e.now, A$tcp_v4_rcv.L560));
        if (tcp_child_process$fast(listener, nsk, skb)) {
          ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_v4_rcv.L561) : $tb.op($e.now, A$tcp_v4_rcv.L561));
          tcp_v4_send_reset$fast(nsk, skb, net);
        }
        return ($r = (0), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_v4_rcv.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
      }
      // nsk == sk: the listener handles it below (an ACK it cannot match draws a RST)
    }
    const full = sk as Sock;
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_v4_rcv.L576) : $tb.op($e.now, A$tcp_v4_rcv.L576));
    if (full.sk_state === TCP_LISTEN) {
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_v4_rcv.L577) : $tb.op($e.now, A$tcp_v4_rcv.L577));
      return ($r = (tcp_v4_do_rcv$fast(full, skb)), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_v4_rcv.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
    }
    $s += 2; if ($tb !== null) ($o = (A$tcp_v4_rcv.L582 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
    let ret = 0;
    
    if (!full.sk_lock_owned) {
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_v4_rcv.L588) : $tb.op($e.now, A$tcp_v4_rcv.L588));
      ret = tcp_v4_do_rcv$fast(full, skb);
    } else {
      // the process holds the socket lock: the segment waits on sk_backlog until release_sock
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_v4_rcv.L592) : $tb.op($e.now, A$tcp_v4_rcv.L592));
      full.sk_backlog.push(skb);
    }
    ++$s; $x = A$tcp_v4_rcv.L596 | 1048576;
    return ($r = (ret), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_v4_rcv.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
  $s += 2; if ($tb !== null) ($o = (A$tcp_v4_rcv.L602 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  
  tcp_v4_send_reset$fast(null, skb, net);
  return ($r = (0), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_v4_rcv.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
export function tcp_v4_err$fast(icmp_skb: SkBuff, info: number, net: Net): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0; let $x = -1;
  const ic = icmp_skb.icmph!;
  const $f = ($tb !== null && ($o = (A$tcp_v4_err.L426 | 273678336), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  $s += 5;
  const iph = ic.quoted.iph;
  
  
  const th = ic.quoted.th;
  
  
  
  
  
  
  const found = th ? __inet_lookup_established$fast(net, iph.daddr, th.dest, iph.saddr, th.source) : null;
  
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_v4_err.L436) : $tb.op($e.now, A$tcp_v4_err.L436));
  if (!found || !th) {
    $s += 2; $x = A$tcp_v4_err.L437 | 2097152;
    NET_INC_STATS(net, MIB.IcmpInErrors);
    
    return ($r = (-ENOENT), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_v4_err.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
  if (!sk_fullsock(found)) {
    // a timewait or request sock: not what an unreachable about our own SYN finds
    found.skc_refcnt--;
    return ($r = (0), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_v4_err.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
  const sk = found as Sock;
  $s += 2; if ($tb !== null) ($o = (A$tcp_v4_err.L441 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  const seq = th.seq;
  
  
  let err = 0;
  out: {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_v4_err.L445) : $tb.op($e.now, A$tcp_v4_err.L445));
    if (sk.sk_state === TCP_CLOSE) {
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_v4_err.L446) : $tb.op($e.now, A$tcp_v4_err.L446));
      break out;
    }
    $s += 4; if ($tb !== null) ($o = (A$tcp_v4_err.L448 | 3145728), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
    
    const tp = tcp_sk(sk);
    
    
    const snd_una = tp.snd_una;
    
    if (sk.sk_state !== TCP_LISTEN && !((seq - snd_una) >>> 0 <= (tp.snd_nxt - snd_una) >>> 0)) {
      $s += 2; if ($tb !== null) ($o = (A$tcp_v4_err.L455 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
      NET_INC_STATS(net, MIB.OutOfWindowIcmps);
      
      break out;
    }
    $s += 6; if ($tb !== null) ($o = (A$tcp_v4_err.L459 | 5242880), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
    
    
    
    // icmp_err_convert[]: net/port/protocol unreachable are hard errors
    err = ic.code === ICMP_PORT_UNREACH || ic.code === 2 ? ECONNREFUSED : EHOSTUNREACH;
    
    
    
    if (sk.sk_state === TCP_SYN_SENT || sk.sk_state === TCP_SYN_RECV) {
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_v4_err.L478) : $tb.op($e.now, A$tcp_v4_err.L478));
      if (!sk.sk_lock_owned) {
        $s += 2; if ($tb !== null) ($o = (A$tcp_v4_err.L479 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
        sk.sk_err = err;
        
        sock_def_error_report$fast(sk);
        ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_v4_err.L483) : $tb.op($e.now, A$tcp_v4_err.L483));
        tcp_done$fast(sk);
      } else {
        ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_v4_err.L485) : $tb.op($e.now, A$tcp_v4_err.L485));
        sk.sk_err_soft = err;
      }
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_v4_err.L487) : $tb.op($e.now, A$tcp_v4_err.L487));
      break out;
    }
    // a connected socket keeps trying: the error is soft (recverr is off)
    sk.sk_err_soft = err;
  }
  $s += 3; $x = A$tcp_v4_err.L491 | 3145728;
  
  sk.skc_refcnt--;
  
  return ($r = (0), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_v4_err.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
function tcp_v4_timewait_ack$fast(tw: InetTimewaitSock, skb: SkBuff): any { const $e = $E;
  const th = skb.th!;
  const rep = makeTcpSkb(skb.iph.daddr, skb.iph.saddr, { source: th.dest, dest: th.source, seq: tw.tw_snd_nxt, ack_seq: tw.tw_rcv_nxt, ack: 1, window: tw.tw_rcv_wnd });
  ip_send_unicast_reply$fast(tw.skc_net, rep);
}
export function tcp_v4_init_sock$fast(sk: Sock): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0; let $x = -1;
  const $f = ($tb !== null && ($o = (A$tcp_v4_init_sock.L689 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {

  ++$s;
  tcp_init_sock$fast(sk);
  $s += 2; $x = A$tcp_v4_init_sock.L691 | 2097152;
  inet_csk(sk).icsk_af_ops = ipv4_specific;
  
  return ($r = (0), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_v4_init_sock.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
export function tcp_v4_destroy_sock$fast(sk: Sock): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $s = 0;
  const $f = ($tb !== null && ($o = (A$tcp_v4_destroy_sock.L707 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  ++$s;
  traceTcpEvent('tcp_destroy_sock', sk);
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_v4_destroy_sock.L708) : $tb.op($e.now, A$tcp_v4_destroy_sock.L708));
  tcp_clear_xmit_timers(sk);
  $s += 2; if ($tb !== null) ($o = (A$tcp_v4_destroy_sock.L712 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  tcp_sk(sk).tcp_rtx_queue = [];
  sk.sk_write_queue = [];
  
  if (inet_csk(sk).icsk_bind_hash) {
    inet_put_port$fast(sk);
  }
  } ($e.steps += $s, $tb !== null && ($o = (A$tcp_v4_destroy_sock.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
}
$kreg(tcp_v4_connect, tcp_v4_connect$fast, 'tcp_v4_connect', () => [inet_hash_connect, tcp_connect, tcp_set_state]);
$kreg(tcp_v4_send_reset, tcp_v4_send_reset$fast, 'tcp_v4_send_reset', () => [ip_send_unicast_reply]);
$kreg(tcp_v4_send_synack, tcp_v4_send_synack$fast, 'tcp_v4_send_synack', () => [ip_build_and_send_pkt, tcp_make_synack]);
$kreg(tcp_v4_conn_request, tcp_v4_conn_request$fast, 'tcp_v4_conn_request', () => [tcp_conn_request]);
$kreg(tcp_v4_syn_recv_sock, tcp_v4_syn_recv_sock$fast, 'tcp_v4_syn_recv_sock', () => [__inet_inherit_port, inet_ehash_nolisten, sk_acceptq_is_full, tcp_create_openreq_child]);
$kreg(tcp_v4_cookie_check, tcp_v4_cookie_check$fast, 'tcp_v4_cookie_check', () => [cookie_v4_check]);
$kreg(tcp_v4_do_rcv, tcp_v4_do_rcv$fast, 'tcp_v4_do_rcv', () => [tcp_child_process, tcp_rcv_established, tcp_rcv_state_process, tcp_v4_cookie_check, tcp_v4_send_reset]);
$kreg(tcp_v4_rcv, tcp_v4_rcv$fast, 'tcp_v4_rcv', () => [__inet_lookup_listener, __inet_lookup_skb, tcp_check_req, tcp_child_process, tcp_timewait_state_process, tcp_v4_do_rcv, tcp_v4_send_reset, tcp_v4_timewait_ack]);
$kreg(tcp_v4_err, tcp_v4_err$fast, 'tcp_v4_err', () => [__inet_lookup_established, sock_def_error_report, tcp_done]);
$kreg(tcp_v4_timewait_ack, tcp_v4_timewait_ack$fast, 'tcp_v4_timewait_ack', () => [ip_send_unicast_reply]);
$kreg(tcp_v4_init_sock, tcp_v4_init_sock$fast, 'tcp_v4_init_sock', () => [tcp_init_sock]);
$kreg(tcp_v4_destroy_sock, tcp_v4_destroy_sock$fast, 'tcp_v4_destroy_sock', () => [inet_put_port]);

// ---- kernel names ----
(tcp_v4_connect as any).kname = 'tcp_v4_connect';
(tcp_v4_conn_request as any).kname = 'tcp_v4_conn_request';
(tcp_v4_syn_recv_sock as any).kname = 'tcp_v4_syn_recv_sock';
(tcp_v4_do_rcv as any).kname = 'tcp_v4_do_rcv';
(tcp_v4_rcv as any).kname = 'tcp_v4_rcv';
(tcp_v4_init_sock as any).kname = 'tcp_v4_init_sock';
(tcp_v4_destroy_sock as any).kname = 'tcp_v4_destroy_sock';
