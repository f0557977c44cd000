// net/ipv4/tcp_ipv4.c: TCP over IPv4 — connect(), the receive entry point tcp_v4_rcv (socket
// lookup and dispatch by state), the listener's SYN handling (tcp_v4_conn_request), the SYN-ACK,
// the child's creation at the final ACK (tcp_v4_syn_recv_sock), resets, init and destroy.

import { E, Sim } from '../../core/engine';
import { frame, line } from '../../core/mark';
import type { SockaddrIn } from '../../include/linux/net';
import type { SkBuff } from '../../include/linux/skbuff';
import { end_seq } from '../../include/linux/skbuff';
import type { Net } from '../../include/net/net_namespace';
import { MIB, NET_INC_STATS } from '../../include/net/net_namespace';
import { Sock, SockCommon, sk_fullsock, sk_setup_caps } from '../../include/net/sock';
import { inet_sk } from '../../include/net/inet_sock';
import { inet_csk } from '../../include/net/inet_connection_sock';
import type { InetConnectionSockAfOps } from '../../include/net/inet_connection_sock';
import { notSimulated } from '../../include/linux/ops';
import { tcp_sk } from '../../include/linux/tcp';
import { RequestSock, inet_rsk } from '../../include/net/request_sock';
import { InetTimewaitSock } from '../../include/net/inet_timewait_sock';
import {
  TCP_CLOSE, TCP_ESTABLISHED, TCP_LISTEN, TCP_NEW_SYN_RECV, TCP_SYN_RECV, TCP_SYN_SENT, TCP_TIME_WAIT,
} from '../../include/net/tcp_states';
import { AF_INET, ERRNO } from '../../include/uapi';
import { keyedHash } from '../../core/rng';
import { __inet_lookup_skb, __inet_lookup_established, __inet_lookup_listener, __inet_inherit_port, inet_ehash_nolisten, inet_hash_connect, inet_put_port } from './inet_hashtables';
import { inet_csk_reqsk_queue_drop } from './inet_connection_sock';
import { tcp_set_state, tcp_init_sock, tcp_done } from './tcp';
import { sock_def_error_report } from '../core/sock';
import { ICMP_PORT_UNREACH } from '../../include/linux/skbuff';
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

/** tcp_v4_connect() = tcp_prot.connect: route, SYN_SENT, choose the source port, the ISN, send the SYN. */
export function* tcp_v4_connect(sk: Sock, usin: SockaddrIn, addr_len: number): Sim<number> {
  const inet = inet_sk(sk);
  const tp = tcp_sk(sk);
  frame({ sk, uaddr: usin, addr_len, inet, tp });
  let err = 0;

  line`if (addr_len < sizeof(struct sockaddr_in))`;
  if (addr_len < 16) return -EINVAL;
  line`if (usin->sin_family != AF_INET)`;
  if (usin.sin_family !== AF_INET) return -EAFNOSUPPORT;
  line`rt = ip_route_connect(fl4, nexthop, inet->inet_saddr,`;
  const rt = ip_route_connect(sk.skc_net, usin.sin_addr);
  line`if (IS_ERR(rt)) {`;
  if (typeof rt === 'number') return rt;
  frame.rt = rt;
  line`if (!inet->inet_saddr)`;
  if (inet.inet_saddr === '0.0.0.0') inet.inet_saddr = rt.saddr;
  line`sk_rcv_saddr_set(sk, inet->inet_saddr);`;
  inet.inet_rcv_saddr = inet.inet_saddr;
  line`inet->inet_dport = usin->sin_port;`;
  inet.inet_dport = usin.sin_port;
  line`sk_daddr_set(sk, daddr);`;
  inet.inet_daddr = rt.daddr;
  line`tp->rx_opt.mss_clamp = TCP_MSS_DEFAULT;`;
  tp.rx_opt.mss_clamp = TCP_MSS_DEFAULT;
  // the state changes before the port is chosen: the tracepoint still shows sport 0
  line`tcp_set_state(sk, TCP_SYN_SENT);`;
  yield* tcp_set_state(sk, TCP_SYN_SENT);
  line`err = inet_hash_connect(tcp_death_row, sk);`;
  err = yield* inet_hash_connect(sk);
  frame.err = err;
  if (!err) {
    line`sk_setup_caps(sk, &rt->dst);`;
    // (the route is the socket's from now on: the SYN's __ip_queue_xmit finds it, __sk_dst_check)
    sk_setup_caps(sk, ip_route_output_ports(sk.skc_net, inet.inet_daddr));
    line`secure_tcp_seq(inet->inet_saddr,`;
    if (!tp.write_seq) tp.write_seq = secure_tcp_seq(sk.skc_net, inet.inet_saddr, inet.inet_daddr, inet.inet_sport, inet.inet_dport);
    line`tp->tsoffset = secure_tcp_ts_off(sock_net(sk),`;
    tp.tsoffset = keyedHash(sk.skc_net.secret, 'tsoff', inet.inet_saddr, inet.inet_daddr);
    line`inet->inet_id = prandom_u32();`;
    inet.inet_id = sk.skc_net.host.world.rng.u32() & 0xffff;
    line`err = tcp_connect(sk);`;
    err = yield* tcp_connect(sk);
    frame.err = err;
    if (!err) {
      line`return 0;`;
      return 0;
    }
  }
  line`tcp_set_state(sk, TCP_CLOSE);`;
  yield* tcp_set_state(sk, TCP_CLOSE);
  line`inet->inet_dport = 0;`;
  inet.inet_dport = 0;
  line`return err;#2`;
  return err;
}

/** tcp_v4_send_reset(): answer a segment with a RST from the per-CPU control socket. */
export function* tcp_v4_send_reset(sk: SockCommon | null, skb: SkBuff, net: Net): Sim<void> {
  frame({ sk, skb });

  const th = skb.th!;
  frame.th = th;
  line`if (th->rst)`;
  if (th.rst) return;
  line`if (!sk && skb_rtable(skb)->rt_type != RTN_LOCAL)`;
  line`rep.th.dest   = th->source;`;
  const rep = makeTcpSkb(skb.iph.daddr, skb.iph.saddr, { source: th.dest, dest: th.source, rst: 1 });
  frame.rep = rep;
  line`if (th->ack) {`;
  if (th.ack) {
    line`rep.th.seq = th->ack_seq;`;
    rep.th!.seq = th.ack_seq;
  } else {
    line`rep.th.ack = 1;`;
    rep.th!.ack = 1;
    line`rep.th.ack_seq = htonl(ntohl(th->seq) + th->syn + th->fin +`;
    rep.th!.ack_seq = end_seq(skb);
  }
  line`ip_send_unicast_reply(ctl_sk,`;
  yield* ip_send_unicast_reply(net, rep);
  line`__TCP_INC_STATS(net, TCP_MIB_OUTRSTS);`;
  NET_INC_STATS(net, MIB.OutRsts);
  // 5.4 traces this RST only when a full socket is known (not for "no socket" resets)
  if (sk && sk_fullsock(sk)) {
    line`trace_tcp_send_reset(sk, skb);`;
    traceTcpEvent('tcp_send_reset', sk, skb);
  }
}

/** tcp_v4_send_synack(): sent straight through ip_build_and_send_pkt, not tcp_transmit_skb. */
export function* tcp_v4_send_synack(sk: Sock, req: RequestSock): Sim<number> {
  line`if (!dst && (dst = inet_csk_route_req(sk, &fl4, req)) == NULL)`;
  line`skb = tcp_make_synack(sk, dst, req, foc, synack_type);`;
  const skb = yield* tcp_make_synack(sk, req);
  frame.skb = skb;
  line`err = ip_build_and_send_pkt(skb, sk, ireq->ir_loc_addr,`;
  NET_INC_STATS(sk.skc_net, MIB.OutSegs);
  const err = yield* ip_build_and_send_pkt(skb, sk, skb.iph.saddr, skb.iph.daddr);
  frame.err = err;
  line`return err;`;
  return err;
}

/** tcp_v4_conn_request() = ipv4_specific.conn_request: a SYN reached a listener. */
export function* tcp_v4_conn_request(sk: Sock, skb: SkBuff): Sim<number> {
  line`if (skb_rtable(skb)->rt_flags & (RTCF_BROADCAST | RTCF_MULTICAST))`;
  line`return tcp_conn_request(&tcp_request_sock_ops,`;
  return yield* tcp_conn_request(sk, skb);
}

/**
 * tcp_v4_syn_recv_sock() = ipv4_specific.syn_recv_sock: the final ACK made it — clone the listener
 * into the child, give it the connection's addresses, and let it take the request sock's place in ehash.
 */
export function* tcp_v4_syn_recv_sock(sk: Sock, skb: SkBuff, req: RequestSock, req_unhash: RequestSock | null, own: { v: boolean }): Sim<Sock | null> {
  frame({ sk, skb, req, req_unhash });

  line`if (sk_acceptq_is_full(sk))`;
  if (yield* sk_acceptq_is_full(sk)) {
    line`NET_INC_STATS(sock_net(sk), LINUX_MIB_LISTENOVERFLOWS);`;
    NET_INC_STATS(sk.skc_net, MIB.ListenOverflows);
    line`tcp_listendrop(sk);`;
    tcp_listendrop(sk);
    return null;
  }
  line`newsk = tcp_create_openreq_child(sk, req, skb);`;
  const newsk = yield* tcp_create_openreq_child(sk, req, skb);
  frame.newsk = newsk;
  const newinet = inet_sk(newsk);
  const ireq = inet_rsk(req);
  frame.ireq = ireq;
  line`sk_daddr_set(newsk, ireq->ir_rmt_addr);`;
  newsk.inet_daddr = ireq.ir_rmt_addr;
  line`sk_rcv_saddr_set(newsk, ireq->ir_loc_addr);`;
  newsk.inet_rcv_saddr = ireq.ir_loc_addr;
  line`newinet->inet_saddr = ireq->ir_loc_addr;`;
  newinet.inet_saddr = ireq.ir_loc_addr;
  line`if (!dst) {`;
  line`dst = inet_csk_route_child_sock(sk, newsk, req);`;
  // (the route back to the client: it sent us its SYN, so there is one)
  const dst = ip_route_output_ports(sk.skc_net, ireq.ir_rmt_addr);
  frame.dst = dst;
  line`sk_setup_caps(newsk, dst);`;
  sk_setup_caps(newsk, dst);
  line`tcp_sync_mss(newsk, dst_mtu(dst));`;
  tcp_sync_mss(newsk, dst_mtu(dst));
  line`newtp->advmss = tcp_mss_clamp(tcp_sk(sk), dst_metric_advmss(dst));`;
  tcp_sk(newsk).advmss = dst_metric_advmss(dst);
  line`tcp_initialize_rcv_mss(newsk);`;
  tcp_initialize_rcv_mss(newsk);
  line`if (__inet_inherit_port(sk, newsk) < 0)`;
  yield* __inet_inherit_port(sk, newsk);
  line`*own_req = inet_ehash_nolisten(newsk, req_to_sk(req_unhash));`;
  // req_unhash: the request sock the child replaces in ehash (none for a syncookie)
  own.v = yield* inet_ehash_nolisten(newsk, req_unhash);
  frame.own_req = own.v;
  line`return newsk;`;
  return newsk;
}

/** tcp_listendrop(): sk_drops and LINUX_MIB_LISTENDROPS. */
export function tcp_listendrop(sk: Sock): void {
  sk.sk_drops++;
  NET_INC_STATS(sk.skc_net, MIB.ListenDrops);
}

/** tcp_v4_cookie_check(): anything but a SYN reaching a listener may be a syncookie's final ACK. */
function* tcp_v4_cookie_check(sk: Sock, skb: SkBuff): Sim<Sock | null> {
  let nsk: Sock | null = sk;
  line`if (!th->syn)`;
  if (!skb.th!.syn) {
    line`sk = cookie_v4_check(sk, skb);`;
    nsk = yield* cookie_v4_check(sk, skb);
  }
  line`return sk;`;
  return nsk;
}

/** tcp_v4_do_rcv(): ESTABLISHED takes the fast path; every other state goes to tcp_rcv_state_process. */
export function* tcp_v4_do_rcv(sk: Sock, skb: SkBuff): Sim<number> {
  line`if (sk->sk_state == TCP_ESTABLISHED) {`;
  if (sk.sk_state === TCP_ESTABLISHED) {
    line`tcp_rcv_established(sk, skb);`;
    yield* tcp_rcv_established(sk, skb);
    return 0;
  }
  line`if (sk->sk_state == TCP_LISTEN) {`;
  if (sk.sk_state === TCP_LISTEN) {
    line`struct sock *nsk = tcp_v4_cookie_check(sk, skb);`;
    const nsk = yield* tcp_v4_cookie_check(sk, skb);
    frame.nsk = nsk;
    line`if (!nsk)`;
    if (!nsk) return 0;
    if (nsk !== sk) {
      line`if (tcp_child_process(sk, nsk, skb)) {`;
      if (yield* tcp_child_process(sk, nsk, skb)) {
        line`tcp_v4_send_reset(rsk, skb);`;
        yield* tcp_v4_send_reset(nsk, skb, sk.skc_net);
      }
      return 0;
    }
  }
  line`if (tcp_rcv_state_process(sk, skb)) {`;
  if (yield* tcp_rcv_state_process(sk, skb)) {
    line`tcp_v4_send_reset(rsk, skb);`;
    yield* tcp_v4_send_reset(sk, skb, sk.skc_net);
    return 0;
  }
  line`return 0;#3`;
  return 0;
}

/** tcp_v4_rcv(): every TCP segment a host receives starts here (softirq). */
export function* tcp_v4_rcv(skb: SkBuff, net: Net): Sim<number> {
  frame({ skb });

  line`th = (const struct tcphdr *)skb->data;`;
  const th = skb.th!;
  frame.th = th;
  for (;;) {
    // lookup:
    const refcounted = { v: false };
    line`sk = __inet_lookup_skb(&tcp_hashinfo, skb, __tcp_hdrlen(th), th->source,`;
    let sk: SockCommon | null = yield* __inet_lookup_skb(skb, net, refcounted);
    frame.sk = sk;
    line`if (!sk)`;
    if (!sk) break; // no_tcp_socket
    // process:
    line`if (sk->sk_state == TCP_TIME_WAIT)`;
    if (sk.sk_state === TCP_TIME_WAIT) {
      line`do_time_wait:`;
      line`switch (tcp_timewait_state_process(inet_twsk(sk), skb, th)) {`;
      const verdict = yield* tcp_timewait_state_process(sk as InetTimewaitSock, skb);
      frame.verdict = verdict;
      if (verdict === TW.SYN) {
        line`case TCP_TW_SYN: {`;
        const sk2 = yield* __inet_lookup_listener(net, skb, skb.iph.saddr, th.source, skb.iph.daddr, th.dest);
        if (sk2) {
          (sk as InetTimewaitSock).deschedule();
          sk = sk2;
          frame.sk = sk;
        } else {
          return 0;
        }
      } else if (verdict === TW.ACK) {
        line`tcp_v4_timewait_ack(sk, skb);`;
        yield* tcp_v4_timewait_ack(sk as InetTimewaitSock, skb);
        return 0;
      } else if (verdict === TW.RST) {
        line`tcp_v4_send_reset(sk, skb);`;
        yield* tcp_v4_send_reset(sk, skb, net);
        (sk as InetTimewaitSock).deschedule();
        return 0;
      } else {
        return 0;
      }
    }
    line`if (sk->sk_state == TCP_NEW_SYN_RECV) {`;
    if (sk.sk_state === TCP_NEW_SYN_RECV) {
      line`struct request_sock *req = inet_reqsk(sk);`;
      const req = sk as RequestSock;
      frame.req = req;
      line`sk = req->rsk_listener;`;
      const listener = req.rsk_listener!;
      sk = listener;
      frame.sk = sk;
      line`if (unlikely(sk->sk_state != TCP_LISTEN)) {`;
      if (listener.sk_state !== TCP_LISTEN) {
        inet_csk_reqsk_queue_drop(listener, req);
        req.freed = true;
        continue; // goto lookup
      }
      line`nsk = tcp_check_req(sk, skb, req, false, &req_stolen);`;
      const nsk = yield* tcp_check_req(listener, skb, req);
      frame.nsk = nsk;
      line`if (!nsk) {`;
      if (!nsk) return 0;
      line`if (nsk == sk) {`;
      if (nsk !== listener) {
        line`} else if (tcp_child_process(sk, nsk, skb)) {`;
        if (yield* tcp_child_process(listener, nsk, skb)) {
          line`tcp_v4_send_reset(nsk, skb);`;
          yield* tcp_v4_send_reset(nsk, skb, net);
        }
        return 0;
      }
      // nsk == sk: the listener handles it below (an ACK it cannot match draws a RST)
    }
    const full = sk as Sock;
    line`if (sk->sk_state == TCP_LISTEN) {`;
    if (full.sk_state === TCP_LISTEN) {
      line`ret = tcp_v4_do_rcv(sk, skb);#1`;
      return yield* tcp_v4_do_rcv(full, skb);
    }
    line`bh_lock_sock_nested(sk);`;
    let ret = 0;
    line`if (!sock_owned_by_user(sk)) {`;
    if (!full.sk_lock_owned) {
      line`ret = tcp_v4_do_rcv(sk, skb);#2`;
      ret = yield* tcp_v4_do_rcv(full, skb);
    } else {
      // the process holds the socket lock: the segment waits on sk_backlog until release_sock
      line`if (tcp_add_backlog(sk, skb))`;
      full.sk_backlog.push(skb);
    }
    line`bh_unlock_sock(sk);`;
    return ret;
  }
  line`no_tcp_socket:`;
  line`tcp_v4_send_reset(NULL, skb);`;
  yield* tcp_v4_send_reset(null, skb, net);
  return 0;
}

/**
 * tcp_v4_err() = tcp_protocol.err_handler: an ICMP error about a segment this host sent. A port
 * unreachable (iptables' REJECT, by default) is a hard error: a connection still in SYN_SENT ends
 * with ECONNREFUSED, as a RST would end it. (Only ICMP_DEST_UNREACH reaches here: icmp_rcv.)
 */
export function* tcp_v4_err(icmp_skb: SkBuff, info: number, net: Net): Sim<number> {
  const ic = icmp_skb.icmph!;
  frame({ icmp_skb, info });
  line`const struct iphdr *iph = (const struct iphdr *)icmp_skb->data;`;
  const iph = ic.quoted.iph;
  frame.iph = iph;
  line`struct tcphdr *th = (struct tcphdr *)(icmp_skb->data + (iph->ihl << 2));`;
  const th = ic.quoted.th;
  frame.th = th;
  line`const int type = icmp_hdr(icmp_skb)->type;`;
  line`const int code = icmp_hdr(icmp_skb)->code;`;
  frame.type = ic.type;
  frame.code = ic.code;
  line`sk = __inet_lookup_established(net, &tcp_hashinfo, iph->daddr,`;
  const found = th ? yield* __inet_lookup_established(net, iph.daddr, th.dest, iph.saddr, th.source) : null;
  frame.sk = found;
  line`if (!sk) {`;
  if (!found || !th) {
    line`__ICMP_INC_STATS(net, ICMP_MIB_INERRORS);`;
    NET_INC_STATS(net, MIB.IcmpInErrors);
    line`return -ENOENT;`;
    return -ENOENT;
  }
  if (!sk_fullsock(found)) {
    // a timewait or request sock: not what an unreachable about our own SYN finds
    found.skc_refcnt--;
    return 0;
  }
  const sk = found as Sock;
  line`seq = ntohl(th->seq);`;
  const seq = th.seq;
  frame.seq = seq;
  line`bh_lock_sock(sk);`;
  let err = 0;
  out: {
    line`if (sk->sk_state == TCP_CLOSE)`;
    if (sk.sk_state === TCP_CLOSE) {
      line`goto out;#1`;
      break out;
    }
    line`icsk = inet_csk(sk);`;
    line`tp = tcp_sk(sk);`;
    const tp = tcp_sk(sk);
    frame.tp = tp;
    line`snd_una = fastopen ? tcp_rsk(fastopen)->snt_isn : tp->snd_una;`;
    const snd_una = tp.snd_una;
    line`if (sk->sk_state != TCP_LISTEN &&`;
    if (sk.sk_state !== TCP_LISTEN && !((seq - snd_una) >>> 0 <= (tp.snd_nxt - snd_una) >>> 0)) {
      line`__NET_INC_STATS(net, LINUX_MIB_OUTOFWINDOWICMPS);`;
      NET_INC_STATS(net, MIB.OutOfWindowIcmps);
      line`goto out;#2`;
      break out;
    }
    line`switch (type) {`;
    line`case ICMP_DEST_UNREACH:`;
    line`if (code > NR_ICMP_UNREACH)`;
    line`err = icmp_err_convert[code].errno;`;
    // icmp_err_convert[]: net/port/protocol unreachable are hard errors
    err = ic.code === ICMP_PORT_UNREACH || ic.code === 2 ? ECONNREFUSED : EHOSTUNREACH;
    frame.err = err;
    line`if (code != ICMP_NET_UNREACH && code != ICMP_HOST_UNREACH)`;
    line`switch (sk->sk_state) {`;
    if (sk.sk_state === TCP_SYN_SENT || sk.sk_state === TCP_SYN_RECV) {
      line`if (!sock_owned_by_user(sk)) {`;
      if (!sk.sk_lock_owned) {
        line`sk->sk_err = err;`;
        sk.sk_err = err;
        line`sk->sk_error_report(sk);`;
        yield* sock_def_error_report(sk);
        line`tcp_done(sk);`;
        yield* tcp_done(sk);
      } else {
        line`sk->sk_err_soft = err;`;
        sk.sk_err_soft = err;
      }
      line`goto out;#4`;
      break out;
    }
    // a connected socket keeps trying: the error is soft (recverr is off)
    sk.sk_err_soft = err;
  }
  line`bh_unlock_sock(sk);`;
  line`sock_put(sk);`;
  sk.skc_refcnt--;
  line`return 0;`;
  return 0;
}

/** tcp_v4_timewait_ack(): a timewait sock re-ACKs what it last acknowledged. */
function* tcp_v4_timewait_ack(tw: InetTimewaitSock, skb: SkBuff): Sim<void> {
  const th = skb.th!;
  const rep = makeTcpSkb(skb.iph.daddr, skb.iph.saddr, { source: th.dest, dest: th.source, seq: tw.tw_snd_nxt, ack_seq: tw.tw_rcv_nxt, ack: 1, window: tw.tw_rcv_wnd });
  yield* ip_send_unicast_reply(tw.skc_net, rep);
}

export function* tcp_v4_init_sock(sk: Sock): Sim<number> {
  frame({ sk, icsk: inet_csk(sk) });

  line`tcp_init_sock(sk);`;
  yield* tcp_init_sock(sk);
  line`icsk->icsk_af_ops = &ipv4_specific;`;
  inet_csk(sk).icsk_af_ops = ipv4_specific;
  line`return 0;`;
  return 0;
}

/** tcp_v4_destroy_sock() = tcp_prot.destroy: where tcp:tcp_destroy_sock fires. */
export function* tcp_v4_destroy_sock(sk: Sock): Sim<void> {
  line`trace_tcp_destroy_sock(sk);`;
  traceTcpEvent('tcp_destroy_sock', sk);
  line`tcp_clear_xmit_timers(sk);`;
  tcp_clear_xmit_timers(sk);
  line`tcp_write_queue_purge(sk);`;
  tcp_sk(sk).tcp_rtx_queue = [];
  sk.sk_write_queue = [];
  line`if (inet_csk(sk)->icsk_bind_hash)`;
  if (inet_csk(sk).icsk_bind_hash) {
    yield* inet_put_port(sk);
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
