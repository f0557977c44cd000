// net/ipv4/tcp_ipv4.c: TCP over IPv4 — connect(), the receive entry point tcp_v4_rcv (socket
// lookup and dispatch by state), the listener's SYN handling (tcp_v4_conn_request), the SYN-ACK,
// the child's creation at the final ACK (tcp_v4_syn_recv_sock), resets, init and destroy.

import { defineFn } from '../../sim/anchors';
import { at, E, enter, leave, Sim } from '../../sim/engine';
import type { SockaddrIn } from '../../include/linux/net';
import type { SkBuff } from '../../include/linux/skbuff';
import { end_seq } from '../../include/linux/skbuff';
import type { Net } from '../../include/net/net_namespace';
import { NET_INC_STATS } from '../../include/net/net_namespace';
import { Sock, SockCommon, sk_fullsock } from '../../include/net/sock';
import { inet_sk } from '../../include/net/inet_sock';
import { inet_csk } from '../../include/net/inet_connection_sock';
import { tcp_sk } from '../../include/linux/tcp';
import { RequestSock, inet_rsk } from '../../include/net/request_sock';
import { InetTimewaitSock } from '../../include/net/inet_timewait_sock';
import {
  TCP_CLOSE, TCP_ESTABLISHED, TCP_LISTEN, TCP_NEW_SYN_RECV, TCP_SYN_SENT, TCP_TIME_WAIT,
} from '../../include/net/tcp_states';
import { AF_INET, ERRNO } from '../../include/uapi';
import { keyedHash } from '../../sim/rng';
import { __inet_lookup_skb, __inet_lookup_listener, __inet_inherit_port, inet_ehash_nolisten, inet_hash_connect, inet_put_port } from './inet_hashtables';
import { inet_csk_reqsk_queue_drop } from './inet_connection_sock';
import { tcp_set_state, tcp_init_sock } from './tcp';
import { tcp_connect, tcp_make_synack, ip_output, makeTcpSkb, traceReset, tcp_clear_xmit_timers, TCP_MSS_DEFAULT } from './tcp_output';
import { tcp_rcv_state_process, tcp_rcv_established, tcp_conn_request } from './tcp_input';
import { tcp_check_req, tcp_child_process, tcp_create_openreq_child, tcp_timewait_state_process, TW } from './tcp_minisocks';
import { sk_acceptq_is_full } from '../core/sock';
import { cookie_v4_check } from './syncookies';

const { EINVAL, EAFNOSUPPORT, ENETUNREACH } = ERRNO;

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

const CONNECT = defineFn('net/ipv4/tcp_ipv4.c', 'tcp_v4_connect', {
  len: 'if (addr_len < sizeof(struct sockaddr_in))',
  family: 'if (usin->sin_family != AF_INET)',
  route: 'rt = ip_route_connect(fl4, nexthop, inet->inet_saddr,',
  saddr: 'if (!inet->inet_saddr)',
  rcv_saddr: 'sk_rcv_saddr_set(sk, inet->inet_saddr);',
  dport: 'inet->inet_dport = usin->sin_port;',
  daddr: 'sk_daddr_set(sk, daddr);',
  mss: 'tp->rx_opt.mss_clamp = TCP_MSS_DEFAULT;',
  synsent: 'tcp_set_state(sk, TCP_SYN_SENT);',
  hash: 'err = inet_hash_connect(tcp_death_row, sk);',
  isn: 'secure_tcp_seq(inet->inet_saddr,',
  tsoff: 'tp->tsoffset = secure_tcp_ts_off(sock_net(sk),',
  id: 'inet->inet_id = prandom_u32();',
  connect: 'err = tcp_connect(sk);',
  ok: 'return 0;',
  failure: 'tcp_set_state(sk, TCP_CLOSE);',
  faildport: 'inet->inet_dport = 0;',
  ret: 'return err;',
});
/** tcp_v4_connect() = tcp_prot.connect: route, SYN_SENT, choose the source port, the ISN, send the SYN. */
export function* tcp_v4_connect(sk: Sock, usin: SockaddrIn, addr_len: number): Sim<number> {
  const inet = inet_sk(sk);
  const tp = tcp_sk(sk);
  const f = enter(CONNECT, { sk, uaddr: usin, addr_len, inet, tp });
  let err = 0;
  try {
    if (at(CONNECT.len)) yield;
    if (addr_len < 16) return -EINVAL;
    if (at(CONNECT.family)) yield;
    if (usin.sin_family !== AF_INET) return -EAFNOSUPPORT;
    if (at(CONNECT.route)) yield;
    const rt = ip_route_connect(sk.skc_net, usin.sin_addr);
    if (typeof rt === 'number') return rt;
    f.vars.rt = rt;
    if (at(CONNECT.saddr)) yield;
    if (inet.inet_saddr === '0.0.0.0') inet.inet_saddr = rt.saddr;
    if (at(CONNECT.rcv_saddr)) yield;
    inet.inet_rcv_saddr = inet.inet_saddr;
    if (at(CONNECT.dport)) yield;
    inet.inet_dport = usin.sin_port;
    if (at(CONNECT.daddr)) yield;
    inet.inet_daddr = rt.daddr;
    if (at(CONNECT.mss)) yield;
    tp.rx_opt.mss_clamp = TCP_MSS_DEFAULT;
    // the state changes before the port is chosen: the tracepoint still shows sport 0
    if (at(CONNECT.synsent)) yield;
    yield* tcp_set_state(sk, TCP_SYN_SENT);
    if (at(CONNECT.hash)) yield;
    err = yield* inet_hash_connect(sk);
    f.vars.err = err;
    if (!err) {
      if (at(CONNECT.isn)) yield;
      if (!tp.write_seq) tp.write_seq = secure_tcp_seq(sk.skc_net, inet.inet_saddr, inet.inet_daddr, inet.inet_sport, inet.inet_dport);
      if (at(CONNECT.tsoff)) yield;
      tp.tsoffset = keyedHash(sk.skc_net.secret, 'tsoff', inet.inet_saddr, inet.inet_daddr);
      if (at(CONNECT.id)) yield;
      inet.inet_id = sk.skc_net.host.world.rng.u32() & 0xffff;
      if (at(CONNECT.connect)) yield;
      err = yield* tcp_connect(sk);
      f.vars.err = err;
      if (!err) {
        if (at(CONNECT.ok)) yield;
        return 0;
      }
    }
    if (at(CONNECT.failure)) yield;
    yield* tcp_set_state(sk, TCP_CLOSE);
    if (at(CONNECT.faildport)) yield;
    inet.inet_dport = 0;
    if (at(CONNECT.ret)) yield;
    return err;
  } finally {
    leave(f);
  }
}

const RESET = defineFn('net/ipv4/tcp_ipv4.c', 'tcp_v4_send_reset', {
  rst: 'if (th->rst)',
  local: 'if (!sk && skb_rtable(skb)->rt_type != RTN_LOCAL)',
  ports: 'rep.th.dest   = th->source;',
  ack: 'if (th->ack) {',
  seq: 'rep.th.seq = th->ack_seq;',
  ackbit: 'rep.th.ack = 1;',
  ack_seq: 'rep.th.ack_seq = htonl(ntohl(th->seq) + th->syn + th->fin +',
  send: 'ip_send_unicast_reply(ctl_sk,',
  stats: '__TCP_INC_STATS(net, TCP_MIB_OUTRSTS);',
  trace: 'trace_tcp_send_reset(sk, skb);',
});
/** tcp_v4_send_reset(): answer a segment with a RST from the per-CPU control socket. */
export function* tcp_v4_send_reset(sk: SockCommon | null, skb: SkBuff, net: Net): Sim<void> {
  const f = enter(RESET, { sk, skb });
  try {
    const th = skb.th!;
    f.vars.th = th;
    if (at(RESET.rst)) yield;
    if (th.rst) return;
    if (at(RESET.local)) yield;
    if (at(RESET.ports)) yield;
    const rep = makeTcpSkb(skb.iph.daddr, skb.iph.saddr, { source: th.dest, dest: th.source, rst: 1 });
    f.vars.rep = rep;
    if (at(RESET.ack)) yield;
    if (th.ack) {
      if (at(RESET.seq)) yield;
      rep.th!.seq = th.ack_seq;
    } else {
      if (at(RESET.ackbit)) yield;
      rep.th!.ack = 1;
      if (at(RESET.ack_seq)) yield;
      rep.th!.ack_seq = end_seq(skb);
    }
    if (at(RESET.send)) yield;
    ip_output({ skc_net: net }, rep);
    if (at(RESET.stats)) yield;
    NET_INC_STATS(net, 'OutRsts');
    // 5.4 traces this RST only when a full socket is known (not for "no socket" resets)
    if (sk && sk_fullsock(sk)) {
      if (at(RESET.trace)) yield;
      traceReset('tcp_send_reset', sk, skb);
    }
  } finally {
    leave(f);
  }
}

const SYNACK = defineFn('net/ipv4/tcp_ipv4.c', 'tcp_v4_send_synack', {
  route: 'if (!dst && (dst = inet_csk_route_req(sk, &fl4, req)) == NULL)',
  make: 'skb = tcp_make_synack(sk, dst, req, foc, synack_type);',
  send: 'err = ip_build_and_send_pkt(skb, sk, ireq->ir_loc_addr,',
  ret: 'return err;',
});
/** tcp_v4_send_synack(): sent straight through ip_build_and_send_pkt, not tcp_transmit_skb. */
export function* tcp_v4_send_synack(sk: Sock, req: RequestSock): Sim<number> {
  const f = enter(SYNACK, { sk, req });
  try {
    if (at(SYNACK.route)) yield;
    if (at(SYNACK.make)) yield;
    const skb = yield* tcp_make_synack(sk, req);
    f.vars.skb = skb;
    if (at(SYNACK.send)) yield;
    ip_output(sk, skb);
    if (at(SYNACK.ret)) yield;
    return 0;
  } finally {
    leave(f);
  }
}

const CONNREQ = defineFn('net/ipv4/tcp_ipv4.c', 'tcp_v4_conn_request', {
  bcast: 'if (skb_rtable(skb)->rt_flags & (RTCF_BROADCAST | RTCF_MULTICAST))',
  call: 'return tcp_conn_request(&tcp_request_sock_ops,',
});
/** tcp_v4_conn_request() = ipv4_specific.conn_request: a SYN reached a listener. */
export function* tcp_v4_conn_request(sk: Sock, skb: SkBuff): Sim<number> {
  const f = enter(CONNREQ, { sk, skb });
  try {
    if (at(CONNREQ.bcast)) yield;
    if (at(CONNREQ.call)) yield;
    return yield* tcp_conn_request(sk, skb);
  } finally {
    leave(f);
  }
}

const SYNRECV = defineFn('net/ipv4/tcp_ipv4.c', 'tcp_v4_syn_recv_sock', {
  full: 'if (sk_acceptq_is_full(sk))',
  create: 'newsk = tcp_create_openreq_child(sk, req, skb);',
  daddr: 'sk_daddr_set(newsk, ireq->ir_rmt_addr);',
  rcv_saddr: 'sk_rcv_saddr_set(newsk, ireq->ir_loc_addr);',
  saddr: 'newinet->inet_saddr = ireq->ir_loc_addr;',
  mss: 'tcp_sync_mss(newsk, dst_mtu(dst));',
  inherit: 'if (__inet_inherit_port(sk, newsk) < 0)',
  ehash: '*own_req = inet_ehash_nolisten(newsk, req_to_sk(req_unhash));',
  ret: 'return newsk;',
  overflow: 'NET_INC_STATS(sock_net(sk), LINUX_MIB_LISTENOVERFLOWS);',
  drop: 'tcp_listendrop(sk);',
});
/**
 * tcp_v4_syn_recv_sock() = ipv4_specific.syn_recv_sock: the final ACK made it — clone the listener
 * into the child, give it the connection's addresses, and let it take the request sock's place in ehash.
 */
export function* tcp_v4_syn_recv_sock(sk: Sock, skb: SkBuff, req: RequestSock, req_unhash: RequestSock | null, own: { v: boolean }): Sim<Sock | null> {
  const f = enter(SYNRECV, { sk, skb, req, req_unhash });
  try {
    if (at(SYNRECV.full)) yield;
    if (yield* sk_acceptq_is_full(sk)) {
      if (at(SYNRECV.overflow)) yield;
      NET_INC_STATS(sk.skc_net, 'ListenOverflows');
      if (at(SYNRECV.drop)) yield;
      tcp_listendrop(sk);
      return null;
    }
    if (at(SYNRECV.create)) yield;
    const newsk = yield* tcp_create_openreq_child(sk, req, skb);
    f.vars.newsk = newsk;
    const newinet = inet_sk(newsk);
    const ireq = inet_rsk(req);
    f.vars.ireq = ireq;
    if (at(SYNRECV.daddr)) yield;
    newsk.inet_daddr = ireq.ir_rmt_addr;
    if (at(SYNRECV.rcv_saddr)) yield;
    newsk.inet_rcv_saddr = ireq.ir_loc_addr;
    if (at(SYNRECV.saddr)) yield;
    newinet.inet_saddr = ireq.ir_loc_addr;
    if (at(SYNRECV.mss)) yield;
    tcp_sk(newsk).mss_cache = Math.min(req.mss || TCP_MSS_DEFAULT, tcp_sk(sk).advmss);
    if (at(SYNRECV.inherit)) yield;
    yield* __inet_inherit_port(sk, newsk);
    if (at(SYNRECV.ehash)) yield;
    // req_unhash: the request sock the child replaces in ehash (none for a syncookie)
    own.v = yield* inet_ehash_nolisten(newsk, req_unhash);
    f.vars.own_req = own.v;
    if (at(SYNRECV.ret)) yield;
    return newsk;
  } finally {
    leave(f);
  }
}

/** tcp_listendrop(): sk_drops and LINUX_MIB_LISTENDROPS. */
export function tcp_listendrop(sk: Sock): void {
  sk.sk_drops++;
  NET_INC_STATS(sk.skc_net, 'ListenDrops');
}

const COOKIECHECK = defineFn('net/ipv4/tcp_ipv4.c', 'tcp_v4_cookie_check', {
  syn: 'if (!th->syn)',
  check: 'sk = cookie_v4_check(sk, skb);',
  ret: 'return sk;',
});
/** tcp_v4_cookie_check(): anything but a SYN reaching a listener may be a syncookie's final ACK. */
function* tcp_v4_cookie_check(sk: Sock, skb: SkBuff): Sim<Sock | null> {
  const f = enter(COOKIECHECK, { sk, skb });
  try {
    let nsk: Sock | null = sk;
    if (at(COOKIECHECK.syn)) yield;
    if (!skb.th!.syn) {
      if (at(COOKIECHECK.check)) yield;
      nsk = yield* cookie_v4_check(sk, skb);
    }
    if (at(COOKIECHECK.ret)) yield;
    return nsk;
  } finally {
    leave(f);
  }
}

const DORCV = defineFn('net/ipv4/tcp_ipv4.c', 'tcp_v4_do_rcv', {
  est: 'if (sk->sk_state == TCP_ESTABLISHED) {',
  rcvest: 'tcp_rcv_established(sk, skb);',
  listen: 'if (sk->sk_state == TCP_LISTEN) {',
  cookie: 'struct sock *nsk = tcp_v4_cookie_check(sk, skb);',
  nonsk: 'if (!nsk) goto discard;',
  child: 'if (tcp_child_process(sk, nsk, skb)) {',
  process: 'if (tcp_rcv_state_process(sk, skb)) {',
  ok: 'return 0;#3',
  reset: 'tcp_v4_send_reset(rsk, skb);',
});
/** tcp_v4_do_rcv(): ESTABLISHED takes the fast path; every other state goes to tcp_rcv_state_process. */
export function* tcp_v4_do_rcv(sk: Sock, skb: SkBuff): Sim<number> {
  const f = enter(DORCV, { sk, skb });
  try {
    if (at(DORCV.est)) yield;
    if (sk.sk_state === TCP_ESTABLISHED) {
      if (at(DORCV.rcvest)) yield;
      yield* tcp_rcv_established(sk, skb);
      return 0;
    }
    if (at(DORCV.listen)) yield;
    if (sk.sk_state === TCP_LISTEN) {
      if (at(DORCV.cookie)) yield;
      const nsk = yield* tcp_v4_cookie_check(sk, skb);
      f.vars.nsk = nsk;
      if (at(DORCV.nonsk)) yield;
      if (!nsk) return 0;
      if (nsk !== sk) {
        if (at(DORCV.child)) yield;
        if (yield* tcp_child_process(sk, nsk, skb)) {
          if (at(DORCV.reset)) yield;
          yield* tcp_v4_send_reset(nsk, skb, sk.skc_net);
        }
        return 0;
      }
    }
    if (at(DORCV.process)) yield;
    if (yield* tcp_rcv_state_process(sk, skb)) {
      if (at(DORCV.reset)) yield;
      yield* tcp_v4_send_reset(sk, skb, sk.skc_net);
      return 0;
    }
    if (at(DORCV.ok)) yield;
    return 0;
  } finally {
    leave(f);
  }
}

const RCV = defineFn('net/ipv4/tcp_ipv4.c', 'tcp_v4_rcv', {
  th: 'th = (const struct tcphdr *)skb->data;',
  lookup: 'sk = __inet_lookup_skb(&tcp_hashinfo, skb, __tcp_hdrlen(th), th->source,',
  nosk: 'if (!sk)',
  tw: 'if (sk->sk_state == TCP_TIME_WAIT)',
  newsynrecv: 'if (sk->sk_state == TCP_NEW_SYN_RECV) {',
  req: 'struct request_sock *req = inet_reqsk(sk);',
  listener: 'sk = req->rsk_listener;',
  notlisten: 'if (unlikely(sk->sk_state != TCP_LISTEN)) {',
  checkreq: 'nsk = tcp_check_req(sk, skb, req, false, &req_stolen);',
  nonsk: 'if (!nsk) {',
  same: 'if (nsk == sk) {',
  child: '} else if (tcp_child_process(sk, nsk, skb)) {',
  childrst: 'tcp_v4_send_reset(nsk, skb);',
  listen: 'if (sk->sk_state == TCP_LISTEN) {',
  dolisten: 'ret = tcp_v4_do_rcv(sk, skb);#1',
  lock: 'bh_lock_sock_nested(sk);',
  owned: 'if (!sock_owned_by_user(sk)) {',
  dorcv: 'ret = tcp_v4_do_rcv(sk, skb);#2',
  backlog: 'if (tcp_add_backlog(sk, skb))',
  unlock: 'bh_unlock_sock(sk);',
  no_tcp_socket: 'no_tcp_socket:',
  send_reset: 'tcp_v4_send_reset(NULL, skb);',
  do_time_wait: 'do_time_wait:',
  twprocess: 'switch (tcp_timewait_state_process(inet_twsk(sk), skb, th)) {',
  twsyn: 'case TCP_TW_SYN: {',
  twack: 'tcp_v4_timewait_ack(sk, skb);',
  twrst: 'tcp_v4_send_reset(sk, skb);',
});
/** tcp_v4_rcv(): every TCP segment a host receives starts here (softirq). */
export function* tcp_v4_rcv(skb: SkBuff, net: Net): Sim<number> {
  const f = enter(RCV, { skb });
  try {
    if (at(RCV.th)) yield;
    const th = skb.th!;
    f.vars.th = th;
    for (;;) {
      // lookup:
      const refcounted = { v: false };
      if (at(RCV.lookup)) yield;
      let sk: SockCommon | null = yield* __inet_lookup_skb(skb, net, refcounted);
      f.vars.sk = sk;
      if (at(RCV.nosk)) yield;
      if (!sk) break; // no_tcp_socket
      // process:
      if (at(RCV.tw)) yield;
      if (sk.sk_state === TCP_TIME_WAIT) {
        if (at(RCV.do_time_wait)) yield;
        if (at(RCV.twprocess)) yield;
        const verdict = yield* tcp_timewait_state_process(sk as InetTimewaitSock, skb);
        f.vars.verdict = verdict;
        if (verdict === TW.SYN) {
          if (at(RCV.twsyn)) yield;
          const sk2 = yield* __inet_lookup_listener(net, skb, skb.iph.saddr, th.source, skb.iph.daddr, th.dest);
          if (sk2) {
            (sk as InetTimewaitSock).deschedule();
            sk = sk2;
            f.vars.sk = sk;
          } else {
            return 0;
          }
        } else if (verdict === TW.ACK) {
          if (at(RCV.twack)) yield;
          tcp_v4_timewait_ack(sk as InetTimewaitSock, skb);
          return 0;
        } else if (verdict === TW.RST) {
          if (at(RCV.twrst)) yield;
          yield* tcp_v4_send_reset(sk, skb, net);
          (sk as InetTimewaitSock).deschedule();
          return 0;
        } else {
          return 0;
        }
      }
      if (at(RCV.newsynrecv)) yield;
      if (sk.sk_state === TCP_NEW_SYN_RECV) {
        if (at(RCV.req)) yield;
        const req = sk as RequestSock;
        f.vars.req = req;
        if (at(RCV.listener)) yield;
        const listener = req.rsk_listener!;
        sk = listener;
        f.vars.sk = sk;
        if (at(RCV.notlisten)) yield;
        if (listener.sk_state !== TCP_LISTEN) {
          inet_csk_reqsk_queue_drop(listener, req);
          req.freed = true;
          continue; // goto lookup
        }
        if (at(RCV.checkreq)) yield;
        const nsk = yield* tcp_check_req(listener, skb, req);
        f.vars.nsk = nsk;
        if (at(RCV.nonsk)) yield;
        if (!nsk) return 0;
        if (at(RCV.same)) yield;
        if (nsk !== listener) {
          if (at(RCV.child)) yield;
          if (yield* tcp_child_process(listener, nsk, skb)) {
            if (at(RCV.childrst)) yield;
            yield* tcp_v4_send_reset(nsk, skb, net);
          }
          return 0;
        }
        // nsk == sk: the listener handles it below (an ACK it cannot match draws a RST)
      }
      const full = sk as Sock;
      if (at(RCV.listen)) yield;
      if (full.sk_state === TCP_LISTEN) {
        if (at(RCV.dolisten)) yield;
        return yield* tcp_v4_do_rcv(full, skb);
      }
      if (at(RCV.lock)) yield;
      let ret = 0;
      if (at(RCV.owned)) yield;
      if (!full.sk_lock_owned) {
        if (at(RCV.dorcv)) yield;
        ret = yield* tcp_v4_do_rcv(full, skb);
      } else {
        // the process holds the socket lock: the segment waits on sk_backlog until release_sock
        if (at(RCV.backlog)) yield;
        full.sk_backlog.push(skb);
      }
      if (at(RCV.unlock)) yield;
      return ret;
    }
    if (at(RCV.no_tcp_socket)) yield;
    if (at(RCV.send_reset)) yield;
    yield* tcp_v4_send_reset(null, skb, net);
    return 0;
  } finally {
    leave(f);
  }
}

/** tcp_v4_timewait_ack(): a timewait sock re-ACKs what it last acknowledged. */
function tcp_v4_timewait_ack(tw: InetTimewaitSock, skb: SkBuff): void {
  const th = skb.th!;
  const rep = makeTcpSkb(skb.iph.daddr, skb.iph.saddr, { source: th.dest, dest: th.source, seq: tw.tw_snd_nxt, ack_seq: tw.tw_rcv_nxt, ack: 1, window: tw.tw_rcv_wnd });
  ip_output(tw, rep);
}

const INIT = defineFn('net/ipv4/tcp_ipv4.c', 'tcp_v4_init_sock', {
  init: 'tcp_init_sock(sk);',
  afops: 'icsk->icsk_af_ops = &ipv4_specific;',
  ret: 'return 0;',
});
export function* tcp_v4_init_sock(sk: Sock): Sim<number> {
  const f = enter(INIT, { sk, icsk: inet_csk(sk) });
  try {
    if (at(INIT.init)) yield;
    yield* tcp_init_sock(sk);
    if (at(INIT.afops)) yield;
    inet_csk(sk).icsk_af_ops = ipv4_specific;
    if (at(INIT.ret)) yield;
    return 0;
  } finally {
    leave(f);
  }
}

const DESTROY = defineFn('net/ipv4/tcp_ipv4.c', 'tcp_v4_destroy_sock', {
  trace: 'trace_tcp_destroy_sock(sk);',
  timers: 'tcp_clear_xmit_timers(sk);',
  queues: 'tcp_write_queue_purge(sk);',
  port: 'if (inet_csk(sk)->icsk_bind_hash)',
});
/** tcp_v4_destroy_sock() = tcp_prot.destroy: where tcp:tcp_destroy_sock fires. */
export function* tcp_v4_destroy_sock(sk: Sock): Sim<void> {
  const f = enter(DESTROY, { sk });
  try {
    if (at(DESTROY.trace)) yield;
    traceReset('tcp_destroy_sock', sk);
    if (at(DESTROY.timers)) yield;
    tcp_clear_xmit_timers(sk);
    if (at(DESTROY.queues)) yield;
    tcp_sk(sk).tcp_rtx_queue = [];
    sk.sk_write_queue = [];
    if (at(DESTROY.port)) yield;
    if (inet_csk(sk).icsk_bind_hash) {
      yield* inet_put_port(sk);
    }
  } finally {
    leave(f);
  }
}

export const ipv4_specific = {
  name: 'ipv4_specific',
  members: [
    ['queue_xmit', 'ip_queue_xmit'], ['send_check', 'tcp_v4_send_check'], ['rebuild_header', 'inet_sk_rebuild_header'],
    ['sk_rx_dst_set', 'inet_sk_rx_dst_set'], ['conn_request', 'tcp_v4_conn_request'], ['syn_recv_sock', 'tcp_v4_syn_recv_sock'],
    ['net_header_len', 'sizeof(struct iphdr)'],
  ] as Array<[string, string]>,
};
