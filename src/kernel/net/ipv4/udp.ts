// net/ipv4/udp.c: UDP over IPv4 — what udp_prot points at (udp_v4_get_port → udp_lib_get_port,
// which hashes the socket into udp_table at bind time; udp_sendmsg; udp_recvmsg; udp_init_sock;
// udp_lib_unhash; udp_destroy_sock; udp_disconnect), the receive path udp_rcv → __udp4_lib_rcv →
// __udp4_lib_lookup (hash2 by (daddr, port), then (ANY, port), best compute_score) → the socket's
// receive queue, the ICMP port unreachable when no socket has the port, and __udp4_lib_err for the
// ICMP errors coming back. UDP has no state machine: sock:inet_sock_set_state never fires here.

import { ip_send_skb, ip_make_skb } from './ip_output';
import { ip_route_output_ports } from './route';
import { E, Sim, SLEEP, tracingComm } from '../../core/engine';
import { frame, line } from '../../core/mark';
import { prepare_to_wait, finish_wait, schedule_timeout } from '../../world/current';
import type { File, Msghdr, PollTable, Socket } from '../../include/linux/net';
import { EPOLLIN, EPOLLRDNORM } from '../../include/linux/eventpoll';
import { datagram_poll } from '../core/datagram';
import { SkBuff } from '../../include/linux/skbuff';
import { ICMP_DEST_UNREACH, ICMP_PORT_UNREACH } from '../../include/linux/skbuff';
import { udp_sk } from '../../include/linux/udp';
import type { Net } from '../../include/net/net_namespace';
import { MIB, NET_INC_STATS } from '../../include/net/net_namespace';
import { Sock, sock_flag, sock_set_flag, SOCK_BROADCAST, SOCK_DEAD, SOCK_RCU_FREE } from '../../include/net/sock';
import { inet_sk } from '../../include/net/inet_sock';
import { portaddrKey, slotAdd, slotDel } from '../../include/net/udp';
import {
  TCP_CLOSE, TCP_ESTABLISHED, RCV_SHUTDOWN, SOCK_BINDADDR_LOCK, SOCK_BINDPORT_LOCK,
} from '../../include/net/tcp_states';
import { AF_INET, AF_UNSPEC, ERRNO, IPPROTO_UDP, MSG_DONTWAIT, MSG_ERRQUEUE, MSG_OOB, MSG_TRUNC } from '../../include/uapi';
import { ip_route_connect } from './tcp_ipv4';
import { __icmp_send } from './icmp';
import { sk_common_release, sock_def_error_report, sock_def_readable } from '../core/sock';

const { EINVAL, EAFNOSUPPORT, EDESTADDRREQ, EMSGSIZE, EOPNOTSUPP, EAGAIN, ECONNREFUSED, EHOSTUNREACH, ENOENT, ENOMEM, EACCES } = ERRNO;

const ANY = '0.0.0.0';

/** skb->truesize of a datagram: the payload plus the sk_buff and its headers. */
function truesize(skb: SkBuff): number {
  return skb.len + 768;
}

/** inet_rcv_saddr_equal(sk, sk2, match_wildcard = true): the same address, or either is INADDR_ANY. */
function rcvSaddrEqual(a: Sock, b: Sock): boolean {
  return a.skc_rcv_saddr === b.skc_rcv_saddr || a.skc_rcv_saddr === ANY || b.skc_rcv_saddr === ANY;
}

/** udp_lib_lport_inuse(): another socket on this port whose address overlaps, unless both allow reuse. */
function udp_lib_lport_inuse(net: Net, num: number, sk: Sock): boolean {
  for (const sk2 of net.udp_table.hash.get(num) ?? []) {
    if (sk2 === sk) continue;
    if (sk2.skc_reuse && sk.skc_reuse) continue;
    if (sk2.skc_bound_dev_if && sk.skc_bound_dev_if && sk2.skc_bound_dev_if !== sk.skc_bound_dev_if) continue;
    if (!rcvSaddrEqual(sk, sk2)) continue;
    // SO_REUSEPORT on both, same owner (every process here is root)
    if (sk2.skc_reuseport && sk.skc_reuseport) continue;
    return true;
  }
  return false;
}

// ---- bind: udp_v4_get_port → udp_lib_get_port ------------------------------------------------

/** udp_lib_get_port(): 0 when the port is ours (and the socket is now in udp_table), 1 when it is taken. */
export function* udp_lib_get_port(sk: Sock, snum: number): Sim<number> {
  const net = sk.sk_net;
  const up = udp_sk(sk);
  frame({ sk, snum, udptable: net.udp_table });

  let error = 1;
  frame.error = error;
  if (!snum) {
    line`inet_get_local_port_range(net, &low, &high);`;
    const [low, high] = net.sysctl['net.ipv4.ip_local_port_range'];
    const remaining = high - low + 1;
    frame.low = low;
    frame.high = high;
    line`first = reciprocal_scale(rand, remaining) + low;`;
    const rand = net.host.world.rng.u32();
    const first = Math.floor((rand * remaining) / 0x100000000) + low;
    frame.first = first;
    line`udp_lib_lport_inuse(net, snum, hslot, bitmap, sk,`;
    let found = 0;
    for (let i = 0; i < remaining && !found; i++) {
      const cand = low + ((first - low + i) % remaining);
      if (!udp_lib_lport_inuse(net, cand, sk)) found = cand;
    }
    if (!found) {
      line`goto fail;`;
      line`return error;`;
      return error;
    }
    line`if (low <= snum && snum <= high`;
    snum = found;
    frame.snum = snum;
  } else {
    line`hslot = udp_hashslot(udptable, net, snum);`;
    frame.hslot = snum;
    line`if (udp_lib_lport_inuse(net, snum, hslot, NULL, sk, 0))`;
    if (udp_lib_lport_inuse(net, snum, sk)) {
      line`return error;`;
      return error;
    }
  }
  frame.hslot = snum;
  line`inet_sk(sk)->inet_num = snum;`;
  sk.inet_num = snum;
  line`udp_sk(sk)->udp_port_hash = snum;`;
  up.udp_port_hash = snum;
  line`udp_sk(sk)->udp_portaddr_hash ^= snum;`;
  up.udp_portaddr_hash = portaddrKey(sk.skc_rcv_saddr, snum);
  line`if (sk_unhashed(sk)) {`;
  if (!sk.hashedIn) {
    line`sk_add_node_rcu(sk, &hslot->head);`;
    slotAdd(net.udp_table.hash, snum, sk);
    sk.hashedIn = 'udp';
    line`hlist_add_head_rcu(&udp_sk(sk)->udp_portaddr_node,`;
    slotAdd(net.udp_table.hash2, up.udp_portaddr_hash, sk);
    frame.hslot2 = up.udp_portaddr_hash;
  }
  line`sock_set_flag(sk, SOCK_RCU_FREE);`;
  sock_set_flag(sk, SOCK_RCU_FREE);
  line`error = 0;`;
  error = 0;
  frame.error = 0;
  line`return error;`;
  return error;
}

/** udp_v4_get_port() = udp_prot.get_port. */
export function* udp_v4_get_port(sk: Sock, snum: number): Sim<number> {
  line`unsigned int hash2_nulladdr =`;
  frame.hash2_nulladdr = portaddrKey(ANY, snum);
  line`unsigned int hash2_partial =`;
  frame.hash2_partial = `${sk.skc_rcv_saddr}:`;
  line`udp_sk(sk)->udp_portaddr_hash = hash2_partial;`;
  udp_sk(sk).udp_portaddr_hash = `${sk.skc_rcv_saddr}:`;
  line`return udp_lib_get_port(sk, snum, hash2_nulladdr);`;
  return yield* udp_lib_get_port(sk, snum);
}

/** udp_v4_rehash() = udp_prot.rehash: rcv_saddr changed (connect chose it) — move to its new hash2 slot. */
export function udp_v4_rehash(sk: Sock): void {
  const up = udp_sk(sk);
  const nkey = portaddrKey(sk.skc_rcv_saddr, sk.inet_num);
  if (sk.hashedIn !== 'udp' || nkey === up.udp_portaddr_hash) {
    up.udp_portaddr_hash = nkey;
    return;
  }
  const t = sk.sk_net.udp_table;
  slotDel(t.hash2, up.udp_portaddr_hash, sk);
  up.udp_portaddr_hash = nkey;
  slotAdd(t.hash2, nkey, sk);
}

// ---- the socket lookup ---------------------------------------------------------------------

function* compute_score(sk: Sock, net: Net, saddr: string, sport: number, daddr: string, hnum: number): Sim<number> {
  const inet = inet_sk(sk);
  frame({ sk, saddr, sport, daddr, hnum });

  line`if (!net_eq(sock_net(sk), net)`;
  if (sk.sk_net !== net || udp_sk(sk).udp_port_hash !== hnum) return -1;
  line`if (sk->sk_rcv_saddr != daddr)`;
  if (sk.skc_rcv_saddr !== daddr) return -1;
  line`score = (sk->sk_family == PF_INET) ? 2 : 1;`;
  let score = 2;
  frame.score = score;
  line`if (inet->inet_daddr) {`;
  if (inet.inet_daddr !== ANY) {
    line`if (inet->inet_daddr != saddr)`;
    if (inet.inet_daddr !== saddr) return -1;
    line`score += 4;#1`;
    score += 4;
    frame.score = score;
  }
  line`if (inet->inet_dport) {`;
  if (inet.inet_dport) {
    line`if (inet->inet_dport != sport)`;
    if (inet.inet_dport !== sport) return -1;
    line`score += 4;#2`;
    score += 4;
    frame.score = score;
  }
  line`dev_match = udp_sk_bound_dev_eq(`;
  line`return score;`;
  return score;
}

function* udp4_lib_lookup2(net: Net, saddr: string, sport: number, daddr: string, hnum: number): Sim<Sock | null> {
  const key = portaddrKey(daddr, hnum);
  frame({ saddr, sport, daddr, hnum, hslot2: key });

  line`result = NULL;`;
  let result: Sock | null = null;
  let badness = 0;
  for (const sk of [...(net.udp_table.hash2.get(key) ?? [])]) {
    line`udp_portaddr_for_each_entry_rcu(sk, &hslot2->head) {`;
    frame.sk = sk;
    line`score = compute_score(`;
    const score = yield* compute_score(sk, net, saddr, sport, daddr, hnum);
    frame.score = score;
    line`if (score > badness) {`;
    if (score > badness) {
      line`badness = score;`;
      badness = score;
      frame.badness = badness;
      line`result = sk;`;
      result = sk;
      frame.result = sk;
    }
  }
  line`return result;`;
  return result;
}

/** __udp4_lib_lookup(): the socket for (saddr:sport → daddr:dport) — exact local address first, then the wildcard. */
export function* __udp4_lib_lookup(net: Net, saddr: string, sport: number, daddr: string, dport: number): Sim<Sock | null> {
  line`hash2 = ipv4_portaddr_hash(net, daddr, hnum);`;
  frame.hslot2 = portaddrKey(daddr, dport);
  line`result = udp4_lib_lookup2(net, saddr, sport,#1`;
  let result = yield* udp4_lib_lookup2(net, saddr, sport, daddr, dport);
  frame.result = result;
  line`if (!result) {`;
  if (!result) {
    line`hash2 = ipv4_portaddr_hash(net, htonl(INADDR_ANY), hnum);`;
    frame.hslot2 = portaddrKey(ANY, dport);
    line`result = udp4_lib_lookup2(net, saddr, sport,#2`;
    result = yield* udp4_lib_lookup2(net, saddr, sport, ANY, dport);
    frame.result = result;
  }
  line`return result;`;
  return result;
}

// ---- ICMP errors back at the sender --------------------------------------------------------------

/** icmp_err_convert[]: the errno and whether the error is "fatal" (hard), by ICMP_DEST_UNREACH code. */
const ICMP_ERR_CONVERT: Array<{ errno: number; fatal: number }> = [
  { errno: ERRNO.ENETUNREACH, fatal: 0 }, // NET_UNREACH
  { errno: EHOSTUNREACH, fatal: 0 }, // HOST_UNREACH
  { errno: 92 /* ENOPROTOOPT */, fatal: 1 }, // PROT_UNREACH
  { errno: ECONNREFUSED, fatal: 1 }, // PORT_UNREACH
];

/** __udp4_lib_err(): sk_err only for a connected socket (or IP_RECVERR) — an unconnected one never hears of it. */
export function* __udp4_lib_err(skb: SkBuff, info: number, net: Net): Sim<number> {
  const ic = skb.icmph!;
  const iph = ic.quoted.iph;
  const uh = ic.quoted.uh!;
  frame({ skb, info, iph, uh, type: ic.type, code: ic.code });

  line`sk = __udp4_lib_lookup(net, iph->daddr, uh->dest,`;
  const sk = yield* __udp4_lib_lookup(net, iph.daddr, uh.dest, iph.saddr, uh.source);
  frame.sk = sk;
  line`if (!sk) {`;
  if (!sk) {
    line`if (IS_ERR(sk)) {`;
    line`__ICMP_INC_STATS(net, ICMP_MIB_INERRORS);`;
    NET_INC_STATS(net, MIB.IcmpInErrors);
    line`return PTR_ERR(sk);`;
    return -ENOENT;
  }
  let err = 0;
  let harderr = 0;
  line`switch (type) {`;
  if (ic.type === ICMP_DEST_UNREACH) {
    line`err = EHOSTUNREACH;`;
    err = EHOSTUNREACH;
    const conv = ICMP_ERR_CONVERT[ic.code];
    if (conv) {
      line`harderr = icmp_err_convert[code].fatal;`;
      harderr = conv.fatal;
      line`err = icmp_err_convert[code].errno;`;
      err = conv.errno;
    }
  } else {
    err = EHOSTUNREACH;
  }
  frame.err = err;
  frame.harderr = harderr;
  line`if (!inet->recverr) {`;
  if (!inet_sk(sk).recverr) {
    line`if (!harderr || sk->sk_state != TCP_ESTABLISHED)`;
    if (!harderr || sk.sk_state !== TCP_ESTABLISHED) {
      line`return 0;`;
      return 0;
    }
  }
  line`sk->sk_err = err;`;
  sk.sk_err = err;
  line`sk->sk_error_report(sk);`;
  // sock_def_error_report: wake the sleepers (a recv() waiting for a datagram)
  yield* sock_def_error_report(sk);
  line`return 0;`;
  return 0;
}

/** udp_err() = udp_protocol.err_handler. */
export function* udp_err(skb: SkBuff, info: number, net: Net): Sim<number> {
  frame({ skb, info });

  line`return __udp4_lib_err(skb, info, &udp_table);`;
  return yield* __udp4_lib_err(skb, info, net);
}

// ---- send --------------------------------------------------------------------------------------

/** The Internet checksum of the UDP pseudo-header, header and payload (RFC 768). */
function udpChecksum(saddr: string, daddr: string, sport: number, dport: number, payload: string): number {
  let sum = 0;
  const add16 = (v: number) => {
    sum += v & 0xffff;
  };
  for (const a of [saddr, daddr]) {
    const b = a.split('.').map(Number);
    add16((b[0] << 8) | b[1]);
    add16((b[2] << 8) | b[3]);
  }
  const len = 8 + payload.length;
  add16(IPPROTO_UDP);
  add16(len);
  add16(sport);
  add16(dport);
  add16(len);
  for (let i = 0; i < payload.length; i += 2) add16((payload.charCodeAt(i) << 8) | (i + 1 < payload.length ? payload.charCodeAt(i + 1) : 0));
  while (sum >> 16) sum = (sum & 0xffff) + (sum >> 16);
  const c = ~sum & 0xffff;
  return c === 0 ? 0xffff : c;
}

function* udp_send_skb(skb: SkBuff, fl4: { saddr: string; daddr: string; fl4_dport: number }): Sim<number> {
  const sk = skb.sk as Sock;
  const inet = inet_sk(sk);
  frame({ skb, fl4, sk });

  line`uh = udp_hdr(skb);`;
  const uh = skb.uh!;
  frame.uh = uh;
  line`uh->source = inet->inet_sport;`;
  uh.source = inet.inet_sport;
  line`uh->dest = fl4->fl4_dport;`;
  uh.dest = fl4.fl4_dport;
  line`uh->len = htons(len);`;
  uh.len = 8 + skb.len;
  line`uh->check = csum_tcpudp_magic(`;
  uh.check = udpChecksum(fl4.saddr, fl4.daddr, uh.source, uh.dest, skb.payload);
  line`err = ip_send_skb(sock_net(sk), skb);`;
  const net = sk.sk_net;
  let err = yield* ip_send_skb(net, skb);
  frame.err = err;
  line`if (err) {`;
  if (err) {
    line`if (err == -ENOBUFS && !inet->recverr) {`;
    if (err === -ERRNO.ENOBUFS && !inet.recverr) {
      // (UDP_MIB_SNDBUFERRORS: not counted here)
      line`UDP_INC_STATS(sock_net(sk),#1`;
      line`err = 0;#2`;
      err = 0;
      frame.err = err;
    }
  } else {
    line`UDP_INC_STATS(sock_net(sk),#2`;
    NET_INC_STATS(net, MIB.UdpOutDatagrams);
  }
  line`return err;`;
  return err;
}

/** udp_sendmsg() = udp_prot.sendmsg: one call, one datagram — sent whole or not at all. */
export function* udp_sendmsg(sk: Sock, msg: Msghdr, len: number): Sim<number> {
  const inet = inet_sk(sk);
  const usin = msg.msg_name;
  frame({ sk, msg, len, usin });

  line`if (len > 0xFFFF)`;
  if (len > 0xffff) return -EMSGSIZE;
  line`if (msg->msg_flags & MSG_OOB)`;
  if (msg.msg_flags & MSG_OOB) return -EOPNOTSUPP;
  line`ulen += sizeof(struct udphdr);`;
  const ulen = len + 8;
  frame.ulen = ulen;
  let daddr: string;
  let dport: number;
  let connected = 0;
  line`if (usin) {`;
  if (usin) {
    line`if (msg->msg_namelen < sizeof(*usin))`;
    if (msg.msg_namelen < 16) return -EINVAL;
    line`if (usin->sin_family != AF_INET) {`;
    if (usin.sin_family !== AF_INET && usin.sin_family !== AF_UNSPEC) return -EAFNOSUPPORT;
    line`daddr = usin->sin_addr.s_addr;`;
    daddr = usin.sin_addr;
    line`dport = usin->sin_port;`;
    dport = usin.sin_port;
    line`if (dport == 0)`;
    if (dport === 0) return -EINVAL;
  } else {
    line`if (sk->sk_state != TCP_ESTABLISHED)`;
    if (sk.sk_state !== TCP_ESTABLISHED) {
      line`return -EDESTADDRREQ;`;
      return -EDESTADDRREQ;
    }
    line`daddr = inet->inet_daddr;`;
    daddr = inet.inet_daddr;
    line`dport = inet->inet_dport;`;
    dport = inet.inet_dport;
    line`connected = 1;`;
    connected = 1;
  }
  frame.daddr = daddr;
  frame.dport = dport;
  frame.connected = connected;
  let rt: { saddr: string; daddr: string } | null = null;
  if (connected) {
    // the route connect() cached: from the connected addresses
    line`rt = (struct rtable *)sk_dst_check(sk, 0);`;
    rt = { saddr: inet.inet_saddr, daddr };
  }
  if (!rt) {
    line`rt = ip_route_output_flow(net, fl4, sk);`;
    const r = ip_route_connect(sk.sk_net, daddr);
    line`if (IS_ERR(rt)) {`;
    if (typeof r === 'number') {
      frame.err = r;
      line`return err;`;
      return r;
    }
    // a bound source address wins over the route's choice
    rt = { saddr: inet.inet_saddr !== ANY ? inet.inet_saddr : r.saddr, daddr: r.daddr };
    line`if ((rt->rt_flags & RTCF_BROADCAST)`;
    if (daddr === '255.255.255.255' && !sock_flag(sk, SOCK_BROADCAST)) return -EACCES;
  }
  frame.rt = rt;
  line`saddr = fl4->saddr;`;
  const fl4 = { saddr: rt.saddr, daddr: rt.daddr, fl4_dport: dport };
  frame.fl4 = fl4;
  line`skb = ip_make_skb(sk, fl4, getfrag, msg, ulen,`;
  // (the route ip_route_output_flow found: by lo to this host's own addresses, else by eth0)
  const skb = yield* ip_make_skb(sk, fl4, msg.data, ulen, 8, ip_route_output_ports(sk.sk_net, fl4.daddr), msg.msg_flags);
  let err: number;
  if (typeof skb === 'number') {
    err = skb;
  } else if (skb === null) {
    err = 0;
  } else {
    frame.skb = skb;
    line`err = udp_send_skb(skb, fl4, &cork);`;
    err = yield* udp_send_skb(skb, fl4);
  }
  frame.err = err;
  line`if (!err)`;
  if (!err) {
    line`return len;`;
    return len;
  }
  line`return err;`;
  return err;
}

// ---- receive -----------------------------------------------------------------------------------

/** sk_rmem_alloc: what the queued datagrams cost the receive buffer. */
function rmemAlloc(sk: Sock): number {
  let n = 0;
  for (const s of sk.sk_receive_queue) n += truesize(s);
  for (const s of udp_sk(sk).reader_queue) n += truesize(s);
  return n;
}
function* __udp_enqueue_schedule_skb(sk: Sock, skb: SkBuff): Sim<number> {
  line`rmem = atomic_read(&sk->sk_rmem_alloc);`;
  const rmem = rmemAlloc(sk);
  frame.rmem = rmem;
  line`if (rmem > sk->sk_rcvbuf)`;
  if (rmem > sk.sk_rcvbuf) {
    line`atomic_inc(&sk->sk_drops);`;
    sk.sk_drops++;
    line`return err;`;
    return -ENOMEM;
  }
  line`rmem = atomic_add_return(size, &sk->sk_rmem_alloc);`;
  frame.rmem = rmem + truesize(skb);
  line`__skb_queue_tail(list, skb);`;
  sk.sk_receive_queue.push(skb);
  line`if (!sock_flag(sk, SOCK_DEAD))`;
  if (!sock_flag(sk, SOCK_DEAD)) {
    line`sk->sk_data_ready(sk);`;
    // sock_def_readable: wake whoever sleeps in recv()
    yield* sock_def_readable(sk);
  }
  line`return 0;`;
  return 0;
}

function* __udp_queue_rcv_skb(sk: Sock, skb: SkBuff): Sim<number> {
  line`rc = __udp_enqueue_schedule_skb(sk, skb);`;
  const rc = yield* __udp_enqueue_schedule_skb(sk, skb);
  frame.rc = rc;
  line`if (rc < 0) {`;
  if (rc < 0) {
    const net = sk.sk_net;
    line`if (rc == -ENOMEM)`;
    if (rc === -ENOMEM) NET_INC_STATS(net, MIB.UdpRcvbufErrors);
    line`UDP_INC_STATS(sock_net(sk), UDP_MIB_INERRORS, is_udplite);`;
    NET_INC_STATS(net, MIB.UdpInErrors);
    line`trace_udp_fail_queue_rcv_skb(rc, sk);`;
    E.emit({ ev: 'note', t: E.now, host: net.host.name, text: `udp:udp_fail_queue_rcv_skb rc=${rc} port=${sk.inet_num} (${tracingComm()})` });
    return -1;
  }
  line`return 0;`;
  return 0;
}

function* udp_queue_rcv_one_skb(sk: Sock, skb: SkBuff): Sim<number> {
  frame({ sk, skb, up: sk });

  line`if (!xfrm4_policy_check(sk, XFRM_POLICY_IN, skb))`;
  line`if (sk_filter_trim_cap(sk, skb, sizeof(struct udphdr)))`;
  line`udp_csum_pull_header(skb);`;
  line`return __udp_queue_rcv_skb(sk, skb);`;
  return yield* __udp_queue_rcv_skb(sk, skb);
}

function* udp_queue_rcv_skb(sk: Sock, skb: SkBuff): Sim<number> {
  line`if (likely(!udp_unexpected_gso(sk, skb)))`;
  line`return udp_queue_rcv_one_skb(sk, skb);`;
  return yield* udp_queue_rcv_one_skb(sk, skb);
}

function* udp_unicast_rcv_skb(sk: Sock, skb: SkBuff): Sim<number> {
  frame({ sk, skb, uh: skb.uh });

  line`if (inet_get_convert_csum(sk)`;
  line`ret = udp_queue_rcv_skb(sk, skb);`;
  const ret = yield* udp_queue_rcv_skb(sk, skb);
  frame.ret = ret;
  line`if (ret > 0)`;
  line`return 0;`;
  return 0;
}

/** __udp4_lib_rcv(): validate, look the socket up, queue the datagram — or NoPorts and ICMP port unreachable. */
export function* __udp4_lib_rcv(skb: SkBuff, net: Net): Sim<number> {
  frame({ skb, net, proto: 'IPPROTO_UDP' });

  line`if (!pskb_may_pull(skb, sizeof(struct udphdr)))`;
  line`uh   = udp_hdr(skb);`;
  const uh = skb.uh!;
  frame.uh = uh;
  line`ulen = ntohs(uh->len);`;
  frame.ulen = uh.len;
  frame.saddr = skb.iph.saddr;
  frame.daddr = skb.iph.daddr;
  line`if (ulen > skb->len)`;
  if (uh.len > 8 + skb.len || uh.len < 8) {
    line`__UDP_INC_STATS(net, UDP_MIB_INERRORS, proto == IPPROTO_UDPLITE);`;
    NET_INC_STATS(net, MIB.UdpInErrors);
    return 0;
  }
  line`if (udp4_csum_init(skb, uh, proto))`;
  line`if (rt->rt_flags & (RTCF_BROADCAST|RTCF_MULTICAST))`;
  line`sk = __udp4_lib_lookup_skb(skb, uh->source, uh->dest, udptable);`;
  const sk = yield* __udp4_lib_lookup(net, skb.iph.saddr, uh.source, skb.iph.daddr, uh.dest);
  frame.sk = sk;
  line`if (sk)`;
  if (sk) {
    line`return udp_unicast_rcv_skb(sk, skb, uh);`;
    NET_INC_STATS(net, MIB.UdpInDatagrams);
    return yield* udp_unicast_rcv_skb(sk, skb);
  }
  line`if (!xfrm4_policy_check(NULL, XFRM_POLICY_IN, skb))`;
  line`__UDP_INC_STATS(net, UDP_MIB_NOPORTS, proto == IPPROTO_UDPLITE);`;
  NET_INC_STATS(net, MIB.UdpNoPorts);
  line`icmp_send(skb, ICMP_DEST_UNREACH, ICMP_PORT_UNREACH, 0);`;
  yield* __icmp_send(skb, ICMP_DEST_UNREACH, ICMP_PORT_UNREACH, 0, net);
  line`kfree_skb(skb);#1`;
  line`return 0;#1`;
  return 0;
}

/** udp_rcv() = udp_protocol.handler: ip_local_deliver hands it every IPPROTO_UDP packet. */
export function* udp_rcv(skb: SkBuff, net: Net): Sim<number> {
  frame({ skb });

  line`return __udp4_lib_rcv(skb, &udp_table, IPPROTO_UDP);`;
  return yield* __udp4_lib_rcv(skb, net);
}

/** __skb_recv_udp(): a pending error first; then one datagram from reader_queue (refilled from sk_receive_queue); else wait or EAGAIN. */
function* __skb_recv_udp(sk: Sock, flags: number, noblock: number): Sim<SkBuff | number> {
  const up = udp_sk(sk);
  frame({ sk, flags, noblock, queue: up.reader_queue, sk_queue: sk.sk_receive_queue });

  line`timeo = sock_rcvtimeo(sk, flags & MSG_DONTWAIT);`;
  let timeo = noblock || flags & MSG_DONTWAIT ? 0 : sk.sk_rcvtimeo;
  frame.timeo = timeo;
  let error = 0;
  for (;;) {
    line`error = sock_error(sk);`;
    error = sk.sk_err ? -sk.sk_err : 0;
    sk.sk_err = 0;
    frame.error = error;
    line`if (error)`;
    if (error) break;
    line`error = -EAGAIN;`;
    error = -EAGAIN;
    frame.error = error;
    line`skb = __skb_try_recv_from_queue(sk, queue, flags,#1`;
    if (up.reader_queue.length) {
      line`return skb;#1`;
      return up.reader_queue.shift()!;
    }
    line`if (skb_queue_empty_lockless(sk_queue)) {`;
    if (sk.sk_receive_queue.length) {
      line`skb_queue_splice_tail_init(sk_queue, queue);`;
      up.reader_queue.push(...sk.sk_receive_queue);
      sk.sk_receive_queue.length = 0;
      line`skb = __skb_try_recv_from_queue(sk, queue, flags,#2`;
      line`if (skb)#2`;
      return up.reader_queue.shift()!;
    }
    line`} while (timeo &&`;
    if (!timeo) break;
    // __skb_wait_for_more_packets: a shut-down socket returns 0 (no error) instead of waiting
    if (sk.sk_shutdown & RCV_SHUTDOWN) {
      error = 0;
      break;
    }
    const task = prepare_to_wait(sk.sk_wq!, false, '__skb_wait_for_more_packets');
    const left = schedule_timeout(task, timeo);
    yield SLEEP;
    // (*timeo_p = schedule_timeout(*timeo_p): 0 once SO_RCVTIMEO's time is up, and the loop ends with EAGAIN)
    timeo = left();
    frame.timeo = timeo;
    finish_wait(sk.sk_wq!, task);
    if (!timeo) break;
  }
  frame.error = error;
  line`*err = error;`;
  return error;
}

/** udp_recvmsg() = udp_prot.recvmsg: one datagram per call, cut to len; the rest of it is lost. */
export function* udp_recvmsg(sk: Sock, msg: Msghdr, len: number, noblock: number, flags: number): Sim<number> {
  line`if (flags & MSG_ERRQUEUE)`;
  if (flags & MSG_ERRQUEUE) return -EAGAIN;
  line`skb = __skb_recv_udp(sk, flags, noblock, &off, &err);`;
  const skb = yield* __skb_recv_udp(sk, flags, noblock);
  line`if (!skb)`;
  if (typeof skb === 'number') {
    frame.err = skb;
    return skb;
  }
  frame.skb = skb;
  line`ulen = udp_skb_len(skb);`;
  const ulen = skb.len;
  frame.ulen = ulen;
  line`copied = len;`;
  let copied = len;
  if (copied > ulen) copied = ulen;
  else if (copied < ulen) {
    line`msg->msg_flags |= MSG_TRUNC;`;
    msg.msg_flags |= MSG_TRUNC;
  }
  frame.copied = copied;
  line`err = skb_copy_datagram_msg(skb, off, msg, copied);`;
  msg.data = skb.payload.slice(0, copied);
  line`UDP_INC_STATS(sock_net(sk),`;
  line`if (sin) {`;
  if (msg.msg_name) {
    line`sin->sin_port = udp_hdr(skb)->source;`;
    msg.msg_name.sin_family = AF_INET;
    msg.msg_name.sin_port = skb.uh!.source;
    line`sin->sin_addr.s_addr = ip_hdr(skb)->saddr;`;
    msg.msg_name.sin_addr = skb.iph.saddr;
    msg.msg_namelen = 16;
  }
  line`err = copied;`;
  let err = copied;
  if (flags & MSG_TRUNC) err = ulen;
  frame.err = err;
  line`skb_consume_udp(sk, skb, peeking ? -err : err);`;
  line`return err;#2`;
  return err;
}

// ---- connect(AF_UNSPEC), close -----------------------------------------------------------------

function* __udp_disconnect(sk: Sock, flags: number): Sim<number> {
  const inet = inet_sk(sk);
  frame({ sk, flags, inet });

  // a plain store: no sock:inet_sock_set_state
  line`sk->sk_state = TCP_CLOSE;`;
  sk.sk_state = TCP_CLOSE;
  line`inet->inet_daddr = 0;`;
  inet.inet_daddr = ANY;
  line`inet->inet_dport = 0;`;
  inet.inet_dport = 0;
  line`if (!(sk->sk_userlocks & SOCK_BINDADDR_LOCK))`;
  if (!(sk.sk_userlocks & SOCK_BINDADDR_LOCK)) {
    line`inet_reset_saddr(sk);`;
    inet.inet_saddr = ANY;
    inet.inet_rcv_saddr = ANY;
    // v5.4 does not rehash here: a socket bound to a port keeps the hash2 slot of the address
    // connect() chose (later 5.4.y and 6.x call sk->sk_prot->rehash(sk))
  }
  line`if (!(sk->sk_userlocks & SOCK_BINDPORT_LOCK)) {`;
  if (!(sk.sk_userlocks & SOCK_BINDPORT_LOCK)) {
    line`sk->sk_prot->unhash(sk);`;
    yield* sk.sk_prot.unhash(sk);
    line`inet->inet_sport = 0;`;
    inet.inet_sport = 0;
  }
  line`return 0;`;
  return 0;
}

/** udp_disconnect() = udp_prot.disconnect: connect(fd, AF_UNSPEC) on a UDP socket. */
export function* udp_disconnect(sk: Sock, flags: number): Sim<number> {
  line`lock_sock(sk);`;
  line`__udp_disconnect(sk, flags);`;
  yield* __udp_disconnect(sk, flags);
  line`release_sock(sk);`;
  line`return 0;`;
  return 0;
}

/** udp_lib_unhash() = udp_prot.unhash: out of hash and hash2; inet_num back to 0. */
export function* udp_lib_unhash(sk: Sock): Sim<void> {
  const up = udp_sk(sk);
  frame({ sk });

  line`if (sk_hashed(sk)) {`;
  if (sk.hashedIn !== 'udp') return;
  const t = sk.sk_net.udp_table;
  line`hslot  = udp_hashslot(`;
  frame.hslot = up.udp_port_hash;
  frame.hslot2 = up.udp_portaddr_hash;
  line`if (sk_del_node_init_rcu(sk)) {`;
  if (slotDel(t.hash, up.udp_port_hash, sk)) {
    sk.hashedIn = null;
    line`inet_sk(sk)->inet_num = 0;`;
    sk.inet_num = 0;
    line`hlist_del_init_rcu(&udp_sk(sk)->udp_portaddr_node);`;
    slotDel(t.hash2, up.udp_portaddr_hash, sk);
  }
}

/** udp_destroy_sock() = udp_prot.destroy. */
export function* udp_destroy_sock(sk: Sock): Sim<void> {
  frame({ sk, up: sk });

  line`bool slow = lock_sock_fast(sk);`;
  line`udp_flush_pending_frames(sk);`;
  udp_sk(sk).pending = 0;
  line`if (static_branch_unlikely(&udp_encap_needed_key)) {`;
}

/** udp_init_sock() = udp_prot.init: a second receive queue and a destructor — nothing else to set up. */
export function* udp_init_sock(sk: Sock): Sim<number> {
  line`skb_queue_head_init(&udp_sk(sk)->reader_queue);`;
  udp_sk(sk).reader_queue = [];
  line`sk->sk_destruct = udp_destruct_sock;`;
  sk.sk_destruct = 'udp_destruct_sock';
  line`return 0;`;
  return 0;
}

/** udp_lib_close() = udp_prot.close: no FIN, no TIME_WAIT — release at once. */
export function* udp_lib_close(sk: Sock, timeout: number): Sim<void> {
  line`sk_common_release(sk);`;
  yield* sk_common_release(sk);
}

/** udp_setsockopt() = udp_prot.setsockopt: no UDP- or IP-level option is simulated yet (ENOPROTOOPT). */
export function udp_setsockopt(_sk: Sock, _level: number, _optname: number, _optval: number): number {
  return -ERRNO.ENOPROTOOPT;
}

// ---- poll -------------------------------------------------------------------------------------------

/** udp_poll() = inet_dgram_ops.poll: datagram_poll, and datagrams already on the reader queue. */
export function* udp_poll(file: File, sock: Socket, wait: PollTable | null): Sim<number> {
  const sk = sock.sk!;
  frame({ file, sock, wait, sk });
  line`__poll_t mask = datagram_poll(file, sock, wait);`;
  let mask = yield* datagram_poll(file, sock, wait);
  frame.mask = mask;
  line`if (!skb_queue_empty_lockless(&udp_sk(sk)->reader_queue))`;
  if (udp_sk(sk).reader_queue.length) {
    line`mask |= EPOLLIN | EPOLLRDNORM;`;
    mask |= EPOLLIN | EPOLLRDNORM;
    frame.mask = mask;
  }
  line`return mask;`;
  return mask;
}
