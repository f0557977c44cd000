// net/ipv4/udp.c: UDP over IPv4 — what udp_prot points at (udp_v4_get_port → udp_lib_get_port,
// which hashes the socket into udp_table at bind time; udp_sendmsg; udp_recvmsg; udp_init_sock;
// udp_lib_unhash; udp_destroy_sock; udp_disconnect), the receive path udp_rcv → __udp4_lib_rcv →
// __udp4_lib_lookup (hash2 by (daddr, port), then (ANY, port), best compute_score) → the socket's
// receive queue, the ICMP port unreachable when no socket has the port, and __udp4_lib_err for the
// ICMP errors coming back. UDP has no state machine: sock:inet_sock_set_state never fires here.

import { defineFn } from '../../sim/anchors';
import { at, E, enter, leave, Sim, SLEEP, tracingComm } from '../../sim/engine';
import { prepare_to_wait, finish_wait } from '../../sim/current';
import type { Msghdr } from '../../include/linux/net';
import { wake_up_interruptible } from '../../include/linux/net';
import { SkBuff } from '../../include/linux/skbuff';
import { ICMP_DEST_UNREACH, ICMP_PORT_UNREACH } from '../../include/linux/skbuff';
import { udp_sk } from '../../include/linux/udp';
import type { Net } from '../../include/net/net_namespace';
import { NET_INC_STATS } from '../../include/net/net_namespace';
import { Sock, sock_flag, sock_set_flag, SOCK_DEAD, SOCK_RCU_FREE } from '../../include/net/sock';
import { inet_sk } from '../../include/net/inet_sock';
import { portaddrKey, slotAdd, slotDel } from '../../include/net/udp';
import {
  TCP_CLOSE, TCP_ESTABLISHED, RCV_SHUTDOWN, SEND_SHUTDOWN, SOCK_BINDADDR_LOCK, SOCK_BINDPORT_LOCK,
} from '../../include/net/tcp_states';
import { AF_INET, AF_UNSPEC, ERRNO, IPPROTO_UDP, MSG_DONTWAIT, MSG_ERRQUEUE, MSG_OOB, MSG_TRUNC } from '../../include/uapi';
import { ip_route_connect } from './tcp_ipv4';
import { icmp_send } from './icmp';
import { sk_common_release } from '../core/sock';

const { EINVAL, EAFNOSUPPORT, EDESTADDRREQ, EMSGSIZE, EOPNOTSUPP, EAGAIN, ECONNREFUSED, EHOSTUNREACH, ENOENT, ENOMEM, EACCES, EPIPE } = ERRNO;

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

const GETPORT = defineFn('net/ipv4/udp.c', 'udp_lib_get_port', {
  range: 'inet_get_local_port_range(net, &low, &high);',
  rand: 'first = reciprocal_scale(rand, remaining) + low;',
  scan: 'udp_lib_lport_inuse(net, snum, hslot, bitmap, sk, udptable->log);',
  free: 'if (low <= snum && snum <= high',
  fail: 'goto fail;',
  slot: 'hslot = udp_hashslot(udptable, net, snum);',
  inuse: 'if (udp_lib_lport_inuse(net, snum, hslot, NULL, sk, 0)) goto fail_unlock;',
  num: 'inet_sk(sk)->inet_num = snum;',
  porthash: 'udp_sk(sk)->udp_port_hash = snum;',
  portaddr: 'udp_sk(sk)->udp_portaddr_hash ^= snum;',
  unhashed: 'if (sk_unhashed(sk)) {',
  rcu: 'sock_set_flag(sk, SOCK_RCU_FREE);',
  hash: 'sk_add_node_rcu(sk, &hslot->head);',
  hash2: 'hlist_add_head_rcu(&udp_sk(sk)->udp_portaddr_node, &hslot2->head);',
  ok: 'error = 0;',
  ret: 'return error;',
});
/** udp_lib_get_port(): 0 when the port is ours (and the socket is now in udp_table), 1 when it is taken. */
export function* udp_lib_get_port(sk: Sock, snum: number): Sim<number> {
  const net = sk.sk_net;
  const up = udp_sk(sk);
  const f = enter(GETPORT, { sk, snum, udptable: net.udp_table });
  try {
    let error = 1;
    f.vars.error = error;
    if (!snum) {
      if (at(GETPORT.range)) yield;
      const [low, high] = net.sysctl['net.ipv4.ip_local_port_range'];
      const remaining = high - low + 1;
      f.vars.low = low;
      f.vars.high = high;
      if (at(GETPORT.rand)) yield;
      const rand = net.host.world.rng.u32();
      const first = Math.floor((rand * remaining) / 0x100000000) + low;
      f.vars.first = first;
      if (at(GETPORT.scan)) yield;
      let found = 0;
      for (let i = 0; i < remaining && !found; i++) {
        const cand = low + ((first - low + i) % remaining);
        if (!udp_lib_lport_inuse(net, cand, sk)) found = cand;
      }
      if (!found) {
        if (at(GETPORT.fail)) yield;
        if (at(GETPORT.ret)) yield;
        return error;
      }
      if (at(GETPORT.free)) yield;
      snum = found;
      f.vars.snum = snum;
    } else {
      if (at(GETPORT.slot)) yield;
      f.vars.hslot = snum;
      if (at(GETPORT.inuse)) yield;
      if (udp_lib_lport_inuse(net, snum, sk)) {
        if (at(GETPORT.ret)) yield;
        return error;
      }
    }
    f.vars.hslot = snum;
    if (at(GETPORT.num)) yield;
    sk.inet_num = snum;
    if (at(GETPORT.porthash)) yield;
    up.udp_port_hash = snum;
    if (at(GETPORT.portaddr)) yield;
    up.udp_portaddr_hash = portaddrKey(sk.skc_rcv_saddr, snum);
    if (at(GETPORT.unhashed)) yield;
    if (!sk.hashedIn) {
      if (at(GETPORT.rcu)) yield;
      sock_set_flag(sk, SOCK_RCU_FREE);
      if (at(GETPORT.hash)) yield;
      slotAdd(net.udp_table.hash, snum, sk);
      sk.hashedIn = 'udp';
      if (at(GETPORT.hash2)) yield;
      slotAdd(net.udp_table.hash2, up.udp_portaddr_hash, sk);
      f.vars.hslot2 = up.udp_portaddr_hash;
    }
    if (at(GETPORT.ok)) yield;
    error = 0;
    f.vars.error = 0;
    if (at(GETPORT.ret)) yield;
    return error;
  } finally {
    leave(f);
  }
}

const V4PORT = defineFn('net/ipv4/udp.c', 'udp_v4_get_port', {
  nulladdr: 'unsigned int hash2_nulladdr =',
  partial: 'unsigned int hash2_partial =',
  set: 'udp_sk(sk)->udp_portaddr_hash = hash2_partial;',
  call: 'return udp_lib_get_port(sk, snum, hash2_nulladdr);',
});
/** udp_v4_get_port() = udp_prot.get_port. */
export function* udp_v4_get_port(sk: Sock, snum: number): Sim<number> {
  const f = enter(V4PORT, { sk, snum });
  try {
    if (at(V4PORT.nulladdr)) yield;
    f.vars.hash2_nulladdr = portaddrKey(ANY, snum);
    if (at(V4PORT.partial)) yield;
    f.vars.hash2_partial = `${sk.skc_rcv_saddr}:`;
    if (at(V4PORT.set)) yield;
    udp_sk(sk).udp_portaddr_hash = `${sk.skc_rcv_saddr}:`;
    if (at(V4PORT.call)) yield;
    return yield* udp_lib_get_port(sk, snum);
  } finally {
    leave(f);
  }
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

const SCORE = defineFn('net/ipv4/udp.c', 'compute_score', {
  net: 'if (!net_eq(sock_net(sk), net)',
  rcv: 'if (sk->sk_rcv_saddr != daddr) return -1;',
  family: 'score = (sk->sk_family == PF_INET) ? 2 : 1;',
  daddr: 'if (inet->inet_daddr) {',
  daddrne: 'if (inet->inet_daddr != saddr) return -1;',
  daddrscore: 'score += 4;#1',
  dport: 'if (inet->inet_dport) {',
  dportne: 'if (inet->inet_dport != sport) return -1;',
  dportscore: 'score += 4;#2',
  dev: 'dev_match = udp_sk_bound_dev_eq(',
  ret: 'return score;',
});
function* compute_score(sk: Sock, net: Net, saddr: string, sport: number, daddr: string, hnum: number): Sim<number> {
  const inet = inet_sk(sk);
  const f = enter(SCORE, { sk, saddr, sport, daddr, hnum });
  try {
    if (at(SCORE.net)) yield;
    if (sk.sk_net !== net || udp_sk(sk).udp_port_hash !== hnum) return -1;
    if (at(SCORE.rcv)) yield;
    if (sk.skc_rcv_saddr !== daddr) return -1;
    if (at(SCORE.family)) yield;
    let score = 2;
    f.vars.score = score;
    if (at(SCORE.daddr)) yield;
    if (inet.inet_daddr !== ANY) {
      if (at(SCORE.daddrne)) yield;
      if (inet.inet_daddr !== saddr) return -1;
      if (at(SCORE.daddrscore)) yield;
      score += 4;
      f.vars.score = score;
    }
    if (at(SCORE.dport)) yield;
    if (inet.inet_dport) {
      if (at(SCORE.dportne)) yield;
      if (inet.inet_dport !== sport) return -1;
      if (at(SCORE.dportscore)) yield;
      score += 4;
      f.vars.score = score;
    }
    if (at(SCORE.dev)) yield;
    if (at(SCORE.ret)) yield;
    return score;
  } finally {
    leave(f);
  }
}

const LOOKUP2 = defineFn('net/ipv4/udp.c', 'udp4_lib_lookup2', {
  init: 'result = NULL;',
  each: 'udp_portaddr_for_each_entry_rcu(sk, &hslot2->head) {',
  score: 'score = compute_score(',
  better: 'if (score > badness) {',
  badness: 'badness = score;',
  result: 'result = sk;',
  ret: 'return result;',
});
function* udp4_lib_lookup2(net: Net, saddr: string, sport: number, daddr: string, hnum: number): Sim<Sock | null> {
  const key = portaddrKey(daddr, hnum);
  const f = enter(LOOKUP2, { saddr, sport, daddr, hnum, hslot2: key });
  try {
    if (at(LOOKUP2.init)) yield;
    let result: Sock | null = null;
    let badness = 0;
    for (const sk of [...(net.udp_table.hash2.get(key) ?? [])]) {
      if (at(LOOKUP2.each)) yield;
      f.vars.sk = sk;
      if (at(LOOKUP2.score)) yield;
      const score = yield* compute_score(sk, net, saddr, sport, daddr, hnum);
      f.vars.score = score;
      if (at(LOOKUP2.better)) yield;
      if (score > badness) {
        if (at(LOOKUP2.badness)) yield;
        badness = score;
        f.vars.badness = badness;
        if (at(LOOKUP2.result)) yield;
        result = sk;
        f.vars.result = sk;
      }
    }
    if (at(LOOKUP2.ret)) yield;
    return result;
  } finally {
    leave(f);
  }
}

const LOOKUP = defineFn('net/ipv4/udp.c', '__udp4_lib_lookup', {
  hash2: 'hash2 = ipv4_portaddr_hash(net, daddr, hnum);',
  lookup: 'result = udp4_lib_lookup2(net, saddr, sport, daddr, hnum',
  none: 'if (!result) {',
  any: 'hash2 = ipv4_portaddr_hash(net, htonl(INADDR_ANY), hnum);',
  lookupany: 'result = udp4_lib_lookup2(net, saddr, sport, htonl(INADDR_ANY)',
  ret: 'return result;',
});
/** __udp4_lib_lookup(): the socket for (saddr:sport → daddr:dport) — exact local address first, then the wildcard. */
export function* __udp4_lib_lookup(net: Net, saddr: string, sport: number, daddr: string, dport: number): Sim<Sock | null> {
  const f = enter(LOOKUP, { net, saddr, sport, daddr, dport });
  try {
    if (at(LOOKUP.hash2)) yield;
    f.vars.hslot2 = portaddrKey(daddr, dport);
    if (at(LOOKUP.lookup)) yield;
    let result = yield* udp4_lib_lookup2(net, saddr, sport, daddr, dport);
    f.vars.result = result;
    if (at(LOOKUP.none)) yield;
    if (!result) {
      if (at(LOOKUP.any)) yield;
      f.vars.hslot2 = portaddrKey(ANY, dport);
      if (at(LOOKUP.lookupany)) yield;
      result = yield* udp4_lib_lookup2(net, saddr, sport, ANY, dport);
      f.vars.result = result;
    }
    if (at(LOOKUP.ret)) yield;
    return result;
  } finally {
    leave(f);
  }
}

// ---- ICMP errors back at the sender --------------------------------------------------------------

/** icmp_err_convert[]: the errno and whether the error is "fatal" (hard), by ICMP_DEST_UNREACH code. */
const ICMP_ERR_CONVERT: Array<{ errno: number; fatal: number }> = [
  { errno: ERRNO.ENETUNREACH, fatal: 0 }, // NET_UNREACH
  { errno: EHOSTUNREACH, fatal: 0 }, // HOST_UNREACH
  { errno: 92 /* ENOPROTOOPT */, fatal: 1 }, // PROT_UNREACH
  { errno: ECONNREFUSED, fatal: 1 }, // PORT_UNREACH
];

const ERR = defineFn('net/ipv4/udp.c', '__udp4_lib_err', {
  lookup: 'sk = __udp4_lib_lookup(net, iph->daddr, uh->dest,',
  nosk: 'if (!sk) {',
  inerr: '__ICMP_INC_STATS(net, ICMP_MIB_INERRORS);',
  sw: 'switch (type) {',
  unreach: 'err = EHOSTUNREACH;',
  fatal: 'harderr = icmp_err_convert[code].fatal;',
  errno: 'err = icmp_err_convert[code].errno;',
  recverr: 'if (!inet->recverr) {',
  connected: 'if (!harderr || sk->sk_state != TCP_ESTABLISHED) goto out;',
  set: 'sk->sk_err = err;',
  report: 'sk->sk_error_report(sk);',
  out: 'return 0;',
});
/** __udp4_lib_err(): sk_err only for a connected socket (or IP_RECVERR) — an unconnected one never hears of it. */
export function* __udp4_lib_err(skb: SkBuff, info: number, net: Net): Sim<number> {
  const ic = skb.icmph!;
  const iph = ic.quoted.iph;
  const uh = ic.quoted.uh!;
  const f = enter(ERR, { skb, info, iph, uh, type: ic.type, code: ic.code });
  try {
    if (at(ERR.lookup)) yield;
    const sk = yield* __udp4_lib_lookup(net, iph.daddr, uh.dest, iph.saddr, uh.source);
    f.vars.sk = sk;
    if (at(ERR.nosk)) yield;
    if (!sk) {
      if (at(ERR.inerr)) yield;
      NET_INC_STATS(net, 'IcmpInErrors');
      return -ENOENT;
    }
    let err = 0;
    let harderr = 0;
    if (at(ERR.sw)) yield;
    if (ic.type === ICMP_DEST_UNREACH) {
      if (at(ERR.unreach)) yield;
      err = EHOSTUNREACH;
      const conv = ICMP_ERR_CONVERT[ic.code];
      if (conv) {
        if (at(ERR.fatal)) yield;
        harderr = conv.fatal;
        if (at(ERR.errno)) yield;
        err = conv.errno;
      }
    } else {
      err = EHOSTUNREACH;
    }
    f.vars.err = err;
    f.vars.harderr = harderr;
    if (at(ERR.recverr)) yield;
    if (!inet_sk(sk).recverr) {
      if (at(ERR.connected)) yield;
      if (!harderr || sk.sk_state !== TCP_ESTABLISHED) {
        if (at(ERR.out)) yield;
        return 0;
      }
    }
    if (at(ERR.set)) yield;
    sk.sk_err = err;
    if (at(ERR.report)) yield;
    // sock_def_error_report: wake the sleepers (a recv() waiting for a datagram)
    wake_up_interruptible(sk.sk_wq);
    if (at(ERR.out)) yield;
    return 0;
  } finally {
    leave(f);
  }
}

const UERR = defineFn('net/ipv4/udp.c', 'udp_err', {
  call: 'return __udp4_lib_err(skb, info, &udp_table);',
});
/** udp_err() = udp_protocol.err_handler. */
export function* udp_err(skb: SkBuff, info: number, net: Net): Sim<number> {
  const f = enter(UERR, { skb, info });
  try {
    if (at(UERR.call)) yield;
    return yield* __udp4_lib_err(skb, info, net);
  } finally {
    leave(f);
  }
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

const SENDSKB = defineFn('net/ipv4/udp.c', 'udp_send_skb', {
  uh: 'uh = udp_hdr(skb);',
  source: 'uh->source = inet->inet_sport;',
  dest: 'uh->dest = fl4->fl4_dport;',
  len: 'uh->len = htons(len);',
  check: 'uh->check = csum_tcpudp_magic(',
  send: 'err = ip_send_skb(sock_net(sk), skb);',
  stats: 'UDP_INC_STATS(sock_net(sk), UDP_MIB_OUTDATAGRAMS, is_udplite);',
  ret: 'return err;',
});
function* udp_send_skb(skb: SkBuff, fl4: { saddr: string; daddr: string; fl4_dport: number }): Sim<number> {
  const sk = skb.sk as Sock;
  const inet = inet_sk(sk);
  const f = enter(SENDSKB, { skb, fl4, sk });
  try {
    if (at(SENDSKB.uh)) yield;
    const uh = skb.uh!;
    f.vars.uh = uh;
    if (at(SENDSKB.source)) yield;
    uh.source = inet.inet_sport;
    if (at(SENDSKB.dest)) yield;
    uh.dest = fl4.fl4_dport;
    if (at(SENDSKB.len)) yield;
    uh.len = 8 + skb.len;
    if (at(SENDSKB.check)) yield;
    uh.check = udpChecksum(fl4.saddr, fl4.daddr, uh.source, uh.dest, skb.payload);
    if (at(SENDSKB.send)) yield;
    const net = sk.sk_net;
    net.host.world.transmit(net.host, skb);
    if (at(SENDSKB.stats)) yield;
    NET_INC_STATS(net, 'UdpOutDatagrams');
    if (at(SENDSKB.ret)) yield;
    return 0;
  } finally {
    leave(f);
  }
}

/**
 * ip_make_skb() → __ip_append_data(): one skb for the whole datagram. Past 65535 bytes of IP packet
 * (65507 of payload) it is EMSGSIZE; then sock_alloc_send_skb() reports — and clears — a pending
 * sk_err (ECONNREFUSED from an ICMP error), or EPIPE after shutdown(SHUT_WR).
 */
function ip_make_skb(sk: Sock, fl4: { saddr: string; daddr: string }, data: string, ulen: number): SkBuff | number {
  if (ulen > 0xffff - 20) return -EMSGSIZE;
  if (sk.sk_err) {
    const e = sk.sk_err;
    sk.sk_err = 0;
    return -e;
  }
  if (sk.sk_shutdown & SEND_SHUTDOWN) return -EPIPE;
  const skb = new SkBuff({ saddr: fl4.saddr, daddr: fl4.daddr, protocol: IPPROTO_UDP, ttl: 64, tot_len: 20 + ulen });
  skb.sk = sk;
  skb.payload = data;
  skb.uh = { source: 0, dest: 0, len: 0, check: 0 };
  return skb;
}

const SEND = defineFn('net/ipv4/udp.c', 'udp_sendmsg', {
  size: 'if (len > 0xFFFF)',
  oob: 'if (msg->msg_flags & MSG_OOB)',
  ulen: 'ulen += sizeof(struct udphdr);',
  usin: 'if (usin) {',
  namelen: 'if (msg->msg_namelen < sizeof(*usin)) return -EINVAL;',
  family: 'if (usin->sin_family != AF_INET) {',
  daddr: 'daddr = usin->sin_addr.s_addr;',
  dport: 'dport = usin->sin_port;',
  port0: 'if (dport == 0) return -EINVAL;',
  notconn: 'if (sk->sk_state != TCP_ESTABLISHED)',
  destreq: 'return -EDESTADDRREQ;',
  cdaddr: 'daddr = inet->inet_daddr;',
  cdport: 'dport = inet->inet_dport;',
  connected: 'connected = 1;',
  dst: 'rt = (struct rtable *)sk_dst_check(sk, 0);',
  route: 'rt = ip_route_output_flow(net, fl4, sk);',
  routeerr: 'if (IS_ERR(rt)) {',
  bcast: 'if ((rt->rt_flags & RTCF_BROADCAST)',
  saddr: 'saddr = fl4->saddr;',
  make: 'skb = ip_make_skb(sk, fl4, getfrag, msg, ulen,',
  send: 'err = udp_send_skb(skb, fl4, &cork);',
  ok: 'if (!err)',
  ret: 'return len;',
  reterr: 'return err;',
});
/** udp_sendmsg() = udp_prot.sendmsg: one call, one datagram — sent whole or not at all. */
export function* udp_sendmsg(sk: Sock, msg: Msghdr, len: number): Sim<number> {
  const inet = inet_sk(sk);
  const usin = msg.msg_name;
  const f = enter(SEND, { sk, msg, len, usin });
  try {
    if (at(SEND.size)) yield;
    if (len > 0xffff) return -EMSGSIZE;
    if (at(SEND.oob)) yield;
    if (msg.msg_flags & MSG_OOB) return -EOPNOTSUPP;
    if (at(SEND.ulen)) yield;
    const ulen = len + 8;
    f.vars.ulen = ulen;
    let daddr: string;
    let dport: number;
    let connected = 0;
    if (at(SEND.usin)) yield;
    if (usin) {
      if (at(SEND.namelen)) yield;
      if (msg.msg_namelen < 16) return -EINVAL;
      if (at(SEND.family)) yield;
      if (usin.sin_family !== AF_INET && usin.sin_family !== AF_UNSPEC) return -EAFNOSUPPORT;
      if (at(SEND.daddr)) yield;
      daddr = usin.sin_addr;
      if (at(SEND.dport)) yield;
      dport = usin.sin_port;
      if (at(SEND.port0)) yield;
      if (dport === 0) return -EINVAL;
    } else {
      if (at(SEND.notconn)) yield;
      if (sk.sk_state !== TCP_ESTABLISHED) {
        if (at(SEND.destreq)) yield;
        return -EDESTADDRREQ;
      }
      if (at(SEND.cdaddr)) yield;
      daddr = inet.inet_daddr;
      if (at(SEND.cdport)) yield;
      dport = inet.inet_dport;
      if (at(SEND.connected)) yield;
      connected = 1;
    }
    f.vars.daddr = daddr;
    f.vars.dport = dport;
    f.vars.connected = connected;
    let rt: { saddr: string; daddr: string } | null = null;
    if (connected) {
      // the route connect() cached: from the connected addresses
      if (at(SEND.dst)) yield;
      rt = { saddr: inet.inet_saddr, daddr };
    }
    if (!rt) {
      if (at(SEND.route)) yield;
      const r = ip_route_connect(sk.sk_net, daddr);
      if (at(SEND.routeerr)) yield;
      if (typeof r === 'number') {
        f.vars.err = r;
        if (at(SEND.reterr)) yield;
        return r;
      }
      // a bound source address wins over the route's choice
      rt = { saddr: inet.inet_saddr !== ANY ? inet.inet_saddr : r.saddr, daddr: r.daddr };
      if (at(SEND.bcast)) yield;
      if (daddr === '255.255.255.255' && !sock_flag(sk, 'SOCK_BROADCAST')) return -EACCES;
    }
    f.vars.rt = rt;
    if (at(SEND.saddr)) yield;
    const fl4 = { saddr: rt.saddr, daddr: rt.daddr, fl4_dport: dport };
    f.vars.fl4 = fl4;
    if (at(SEND.make)) yield;
    const skb = ip_make_skb(sk, fl4, msg.data, ulen);
    let err: number;
    if (typeof skb === 'number') {
      err = skb;
    } else {
      f.vars.skb = skb;
      if (at(SEND.send)) yield;
      err = yield* udp_send_skb(skb, fl4);
    }
    f.vars.err = err;
    if (at(SEND.ok)) yield;
    if (!err) {
      if (at(SEND.ret)) yield;
      return len;
    }
    if (at(SEND.reterr)) yield;
    return err;
  } finally {
    leave(f);
  }
}

// ---- receive -----------------------------------------------------------------------------------

const ENQ = defineFn('net/ipv4/udp.c', '__udp_enqueue_schedule_skb', {
  rmem: 'rmem = atomic_read(&sk->sk_rmem_alloc);',
  full: 'if (rmem > sk->sk_rcvbuf)',
  add: 'rmem = atomic_add_return(size, &sk->sk_rmem_alloc);',
  queue: '__skb_queue_tail(list, skb);',
  dead: 'if (!sock_flag(sk, SOCK_DEAD))',
  ready: 'sk->sk_data_ready(sk);',
  ok: 'return 0;',
  drop: 'atomic_inc(&sk->sk_drops);',
  ret: 'return err;',
});
/** sk_rmem_alloc: what the queued datagrams cost the receive buffer. */
function rmemAlloc(sk: Sock): number {
  let n = 0;
  for (const s of sk.sk_receive_queue) n += truesize(s);
  for (const s of udp_sk(sk).reader_queue) n += truesize(s);
  return n;
}
function* __udp_enqueue_schedule_skb(sk: Sock, skb: SkBuff): Sim<number> {
  const f = enter(ENQ, { sk, skb });
  try {
    if (at(ENQ.rmem)) yield;
    const rmem = rmemAlloc(sk);
    f.vars.rmem = rmem;
    if (at(ENQ.full)) yield;
    if (rmem > sk.sk_rcvbuf) {
      if (at(ENQ.drop)) yield;
      sk.sk_drops++;
      if (at(ENQ.ret)) yield;
      return -ENOMEM;
    }
    if (at(ENQ.add)) yield;
    f.vars.rmem = rmem + truesize(skb);
    if (at(ENQ.queue)) yield;
    sk.sk_receive_queue.push(skb);
    if (at(ENQ.dead)) yield;
    if (!sock_flag(sk, SOCK_DEAD)) {
      if (at(ENQ.ready)) yield;
      // sock_def_readable: wake whoever sleeps in recv()
      wake_up_interruptible(sk.sk_wq);
    }
    if (at(ENQ.ok)) yield;
    return 0;
  } finally {
    leave(f);
  }
}

const QRCV0 = defineFn('net/ipv4/udp.c', '__udp_queue_rcv_skb', {
  enq: 'rc = __udp_enqueue_schedule_skb(sk, skb);',
  fail: 'if (rc < 0) {',
  nomem: 'if (rc == -ENOMEM)',
  inerr: 'UDP_INC_STATS(sock_net(sk), UDP_MIB_INERRORS, is_udplite);',
  trace: 'trace_udp_fail_queue_rcv_skb(rc, sk);',
  ok: 'return 0;',
});
function* __udp_queue_rcv_skb(sk: Sock, skb: SkBuff): Sim<number> {
  const f = enter(QRCV0, { sk, skb });
  try {
    if (at(QRCV0.enq)) yield;
    const rc = yield* __udp_enqueue_schedule_skb(sk, skb);
    f.vars.rc = rc;
    if (at(QRCV0.fail)) yield;
    if (rc < 0) {
      const net = sk.sk_net;
      if (at(QRCV0.nomem)) yield;
      if (rc === -ENOMEM) NET_INC_STATS(net, 'UdpRcvbufErrors');
      if (at(QRCV0.inerr)) yield;
      NET_INC_STATS(net, 'UdpInErrors');
      if (at(QRCV0.trace)) yield;
      E.emit({ ev: 'note', t: E.now, host: net.host.name, text: `udp:udp_fail_queue_rcv_skb rc=${rc} port=${sk.inet_num} (${tracingComm()})` });
      return -1;
    }
    if (at(QRCV0.ok)) yield;
    return 0;
  } finally {
    leave(f);
  }
}

const QRCV1 = defineFn('net/ipv4/udp.c', 'udp_queue_rcv_one_skb', {
  xfrm: 'if (!xfrm4_policy_check(sk, XFRM_POLICY_IN, skb))',
  filter: 'if (sk_filter_trim_cap(sk, skb, sizeof(struct udphdr)))',
  pull: 'udp_csum_pull_header(skb);',
  call: 'return __udp_queue_rcv_skb(sk, skb);',
});
function* udp_queue_rcv_one_skb(sk: Sock, skb: SkBuff): Sim<number> {
  const f = enter(QRCV1, { sk, skb, up: sk });
  try {
    if (at(QRCV1.xfrm)) yield;
    if (at(QRCV1.filter)) yield;
    if (at(QRCV1.pull)) yield;
    if (at(QRCV1.call)) yield;
    return yield* __udp_queue_rcv_skb(sk, skb);
  } finally {
    leave(f);
  }
}

const QRCV = defineFn('net/ipv4/udp.c', 'udp_queue_rcv_skb', {
  gso: 'if (likely(!udp_unexpected_gso(sk, skb)))',
  call: 'return udp_queue_rcv_one_skb(sk, skb);',
});
function* udp_queue_rcv_skb(sk: Sock, skb: SkBuff): Sim<number> {
  const f = enter(QRCV, { sk, skb });
  try {
    if (at(QRCV.gso)) yield;
    if (at(QRCV.call)) yield;
    return yield* udp_queue_rcv_one_skb(sk, skb);
  } finally {
    leave(f);
  }
}

const UNICAST = defineFn('net/ipv4/udp.c', 'udp_unicast_rcv_skb', {
  csum: 'if (inet_get_convert_csum(sk)',
  call: 'ret = udp_queue_rcv_skb(sk, skb);',
  resub: 'if (ret > 0)',
  ret: 'return 0;',
});
function* udp_unicast_rcv_skb(sk: Sock, skb: SkBuff): Sim<number> {
  const f = enter(UNICAST, { sk, skb, uh: skb.uh });
  try {
    if (at(UNICAST.csum)) yield;
    if (at(UNICAST.call)) yield;
    const ret = yield* udp_queue_rcv_skb(sk, skb);
    f.vars.ret = ret;
    if (at(UNICAST.resub)) yield;
    if (at(UNICAST.ret)) yield;
    return 0;
  } finally {
    leave(f);
  }
}

const LIBRCV = defineFn('net/ipv4/udp.c', '__udp4_lib_rcv', {
  pull: 'if (!pskb_may_pull(skb, sizeof(struct udphdr)))',
  uh: 'uh   = udp_hdr(skb);',
  ulen: 'ulen = ntohs(uh->len);',
  short: 'if (ulen > skb->len)',
  csum: 'if (udp4_csum_init(skb, uh, proto))',
  bcast: 'if (rt->rt_flags & (RTCF_BROADCAST|RTCF_MULTICAST))',
  lookup: 'sk = __udp4_lib_lookup_skb(skb, uh->source, uh->dest, udptable);',
  found: 'if (sk)',
  deliver: 'return udp_unicast_rcv_skb(sk, skb, uh);',
  xfrm: 'if (!xfrm4_policy_check(NULL, XFRM_POLICY_IN, skb))',
  noports: '__UDP_INC_STATS(net, UDP_MIB_NOPORTS, proto == IPPROTO_UDPLITE);',
  icmp: 'icmp_send(skb, ICMP_DEST_UNREACH, ICMP_PORT_UNREACH, 0);',
  free: 'kfree_skb(skb);#1',
  ret: 'return 0;#1',
  drop: '__UDP_INC_STATS(net, UDP_MIB_INERRORS, proto == IPPROTO_UDPLITE);',
});
/** __udp4_lib_rcv(): validate, look the socket up, queue the datagram — or NoPorts and ICMP port unreachable. */
export function* __udp4_lib_rcv(skb: SkBuff, net: Net): Sim<number> {
  const f = enter(LIBRCV, { skb, net, proto: 'IPPROTO_UDP' });
  try {
    if (at(LIBRCV.pull)) yield;
    if (at(LIBRCV.uh)) yield;
    const uh = skb.uh!;
    f.vars.uh = uh;
    if (at(LIBRCV.ulen)) yield;
    f.vars.ulen = uh.len;
    f.vars.saddr = skb.iph.saddr;
    f.vars.daddr = skb.iph.daddr;
    if (at(LIBRCV.short)) yield;
    if (uh.len > 8 + skb.len || uh.len < 8) {
      if (at(LIBRCV.drop)) yield;
      NET_INC_STATS(net, 'UdpInErrors');
      return 0;
    }
    if (at(LIBRCV.csum)) yield;
    if (at(LIBRCV.bcast)) yield;
    if (at(LIBRCV.lookup)) yield;
    const sk = yield* __udp4_lib_lookup(net, skb.iph.saddr, uh.source, skb.iph.daddr, uh.dest);
    f.vars.sk = sk;
    if (at(LIBRCV.found)) yield;
    if (sk) {
      if (at(LIBRCV.deliver)) yield;
      NET_INC_STATS(net, 'UdpInDatagrams');
      return yield* udp_unicast_rcv_skb(sk, skb);
    }
    if (at(LIBRCV.xfrm)) yield;
    if (at(LIBRCV.noports)) yield;
    NET_INC_STATS(net, 'UdpNoPorts');
    if (at(LIBRCV.icmp)) yield;
    yield* icmp_send(skb, ICMP_DEST_UNREACH, ICMP_PORT_UNREACH, 0, net);
    if (at(LIBRCV.free)) yield;
    if (at(LIBRCV.ret)) yield;
    return 0;
  } finally {
    leave(f);
  }
}

const RCV = defineFn('net/ipv4/udp.c', 'udp_rcv', {
  call: 'return __udp4_lib_rcv(skb, &udp_table, IPPROTO_UDP);',
});
/** udp_rcv() = udp_protocol.handler: ip_local_deliver hands it every IPPROTO_UDP packet. */
export function* udp_rcv(skb: SkBuff, net: Net): Sim<number> {
  const f = enter(RCV, { skb });
  try {
    if (at(RCV.call)) yield;
    return yield* __udp4_lib_rcv(skb, net);
  } finally {
    leave(f);
  }
}

const RECVSKB = defineFn('net/ipv4/udp.c', '__skb_recv_udp', {
  timeo: 'timeo = sock_rcvtimeo(sk, flags & MSG_DONTWAIT);',
  error: 'error = sock_error(sk);',
  brk: 'if (error)',
  eagain: 'error = -EAGAIN;',
  try: 'skb = __skb_try_recv_from_queue(sk, queue, flags, udp_skb_destructor,',
  got: 'return skb;#1',
  empty: 'if (skb_queue_empty_lockless(sk_queue)) {',
  splice: 'skb_queue_splice_tail_init(sk_queue, queue);',
  try2: 'skb = __skb_try_recv_from_queue(sk, queue, flags, udp_skb_dtor_locked,',
  got2: 'if (skb) return skb;',
  wait: '} while (timeo && !__skb_wait_for_more_packets(',
  err: '*err = error;',
});
/** __skb_recv_udp(): a pending error first; then one datagram from reader_queue (refilled from sk_receive_queue); else wait or EAGAIN. */
function* __skb_recv_udp(sk: Sock, flags: number, noblock: number): Sim<SkBuff | number> {
  const up = udp_sk(sk);
  const f = enter(RECVSKB, { sk, flags, noblock, queue: up.reader_queue, sk_queue: sk.sk_receive_queue });
  try {
    if (at(RECVSKB.timeo)) yield;
    const timeo = noblock || flags & MSG_DONTWAIT ? 0 : sk.sk_rcvtimeo;
    f.vars.timeo = timeo;
    let error = 0;
    for (;;) {
      if (at(RECVSKB.error)) yield;
      error = sk.sk_err ? -sk.sk_err : 0;
      sk.sk_err = 0;
      f.vars.error = error;
      if (at(RECVSKB.brk)) yield;
      if (error) break;
      if (at(RECVSKB.eagain)) yield;
      error = -EAGAIN;
      f.vars.error = error;
      if (at(RECVSKB.try)) yield;
      if (up.reader_queue.length) {
        if (at(RECVSKB.got)) yield;
        return up.reader_queue.shift()!;
      }
      if (at(RECVSKB.empty)) yield;
      if (sk.sk_receive_queue.length) {
        if (at(RECVSKB.splice)) yield;
        up.reader_queue.push(...sk.sk_receive_queue);
        sk.sk_receive_queue.length = 0;
        if (at(RECVSKB.try2)) yield;
        if (at(RECVSKB.got2)) yield;
        return up.reader_queue.shift()!;
      }
      if (at(RECVSKB.wait)) yield;
      if (!timeo) break;
      // __skb_wait_for_more_packets: a shut-down socket returns 0 (no error) instead of waiting
      if (sk.sk_shutdown & RCV_SHUTDOWN) {
        error = 0;
        break;
      }
      const task = prepare_to_wait(sk.sk_wq!, false, '__skb_wait_for_more_packets');
      yield SLEEP;
      finish_wait(sk.sk_wq!, task);
    }
    f.vars.error = error;
    if (at(RECVSKB.err)) yield;
    return error;
  } finally {
    leave(f);
  }
}

const RECV = defineFn('net/ipv4/udp.c', 'udp_recvmsg', {
  errq: 'if (flags & MSG_ERRQUEUE)',
  recv: 'skb = __skb_recv_udp(sk, flags, noblock, &off, &err);',
  none: 'if (!skb)',
  ulen: 'ulen = udp_skb_len(skb);',
  copied: 'copied = len;',
  trunc: 'msg->msg_flags |= MSG_TRUNC;',
  copy: 'err = skb_copy_datagram_msg(skb, off, msg, copied);',
  stats: 'UDP_INC_STATS(sock_net(sk), UDP_MIB_INDATAGRAMS, is_udplite);',
  sin: 'if (sin) {',
  port: 'sin->sin_port = udp_hdr(skb)->source;',
  addr: 'sin->sin_addr.s_addr = ip_hdr(skb)->saddr;',
  ret: 'err = copied;',
  consume: 'skb_consume_udp(sk, skb, peeking ? -err : err);',
  out: 'return err;#2',
});
/** udp_recvmsg() = udp_prot.recvmsg: one datagram per call, cut to len; the rest of it is lost. */
export function* udp_recvmsg(sk: Sock, msg: Msghdr, len: number, noblock: number, flags: number): Sim<number> {
  const f = enter(RECV, { sk, msg, len, noblock, flags });
  try {
    if (at(RECV.errq)) yield;
    if (flags & MSG_ERRQUEUE) return -EAGAIN;
    if (at(RECV.recv)) yield;
    const skb = yield* __skb_recv_udp(sk, flags, noblock);
    if (at(RECV.none)) yield;
    if (typeof skb === 'number') {
      f.vars.err = skb;
      return skb;
    }
    f.vars.skb = skb;
    if (at(RECV.ulen)) yield;
    const ulen = skb.len;
    f.vars.ulen = ulen;
    if (at(RECV.copied)) yield;
    let copied = len;
    if (copied > ulen) copied = ulen;
    else if (copied < ulen) {
      if (at(RECV.trunc)) yield;
      msg.msg_flags |= MSG_TRUNC;
    }
    f.vars.copied = copied;
    if (at(RECV.copy)) yield;
    msg.data = skb.payload.slice(0, copied);
    if (at(RECV.stats)) yield;
    if (at(RECV.sin)) yield;
    if (msg.msg_name) {
      if (at(RECV.port)) yield;
      msg.msg_name.sin_family = AF_INET;
      msg.msg_name.sin_port = skb.uh!.source;
      if (at(RECV.addr)) yield;
      msg.msg_name.sin_addr = skb.iph.saddr;
      msg.msg_namelen = 16;
    }
    if (at(RECV.ret)) yield;
    let err = copied;
    if (flags & MSG_TRUNC) err = ulen;
    f.vars.err = err;
    if (at(RECV.consume)) yield;
    if (at(RECV.out)) yield;
    return err;
  } finally {
    leave(f);
  }
}

// ---- connect(AF_UNSPEC), close -----------------------------------------------------------------

const __DISC = defineFn('net/ipv4/udp.c', '__udp_disconnect', {
  state: 'sk->sk_state = TCP_CLOSE;',
  daddr: 'inet->inet_daddr = 0;',
  dport: 'inet->inet_dport = 0;',
  addrlock: 'if (!(sk->sk_userlocks & SOCK_BINDADDR_LOCK)) {',
  reset: 'inet_reset_saddr(sk);',
  rehash: 'if (sk->sk_prot->rehash',
  portlock: 'if (!(sk->sk_userlocks & SOCK_BINDPORT_LOCK)) {',
  unhash: 'sk->sk_prot->unhash(sk);',
  sport: 'inet->inet_sport = 0;',
  ret: 'return 0;',
});
function* __udp_disconnect(sk: Sock, flags: number): Sim<number> {
  const inet = inet_sk(sk);
  const f = enter(__DISC, { sk, flags, inet });
  try {
    // a plain store: no sock:inet_sock_set_state
    if (at(__DISC.state)) yield;
    sk.sk_state = TCP_CLOSE;
    if (at(__DISC.daddr)) yield;
    inet.inet_daddr = ANY;
    if (at(__DISC.dport)) yield;
    inet.inet_dport = 0;
    if (at(__DISC.addrlock)) yield;
    if (!(sk.sk_userlocks & SOCK_BINDADDR_LOCK)) {
      if (at(__DISC.reset)) yield;
      inet.inet_saddr = ANY;
      inet.inet_rcv_saddr = ANY;
      if (at(__DISC.rehash)) yield;
      if (sk.sk_userlocks & SOCK_BINDPORT_LOCK) udp_v4_rehash(sk);
    }
    if (at(__DISC.portlock)) yield;
    if (!(sk.sk_userlocks & SOCK_BINDPORT_LOCK)) {
      if (at(__DISC.unhash)) yield;
      yield* sk.sk_prot.unhash(sk);
      if (at(__DISC.sport)) yield;
      inet.inet_sport = 0;
    }
    if (at(__DISC.ret)) yield;
    return 0;
  } finally {
    leave(f);
  }
}

const DISC = defineFn('net/ipv4/udp.c', 'udp_disconnect', {
  lock: 'lock_sock(sk);',
  call: '__udp_disconnect(sk, flags);',
  release: 'release_sock(sk);',
  ret: 'return 0;',
});
/** udp_disconnect() = udp_prot.disconnect: connect(fd, AF_UNSPEC) on a UDP socket. */
export function* udp_disconnect(sk: Sock, flags: number): Sim<number> {
  const f = enter(DISC, { sk, flags });
  try {
    if (at(DISC.lock)) yield;
    if (at(DISC.call)) yield;
    yield* __udp_disconnect(sk, flags);
    if (at(DISC.release)) yield;
    if (at(DISC.ret)) yield;
    return 0;
  } finally {
    leave(f);
  }
}

const UNHASH = defineFn('net/ipv4/udp.c', 'udp_lib_unhash', {
  hashed: 'if (sk_hashed(sk)) {',
  slots: 'hslot  = udp_hashslot(',
  del: 'if (sk_del_node_init_rcu(sk)) {',
  num: 'inet_sk(sk)->inet_num = 0;',
  del2: 'hlist_del_init_rcu(&udp_sk(sk)->udp_portaddr_node);',
});
/** udp_lib_unhash() = udp_prot.unhash: out of hash and hash2; inet_num back to 0. */
export function* udp_lib_unhash(sk: Sock): Sim<void> {
  const up = udp_sk(sk);
  const f = enter(UNHASH, { sk });
  try {
    if (at(UNHASH.hashed)) yield;
    if (sk.hashedIn !== 'udp') return;
    const t = sk.sk_net.udp_table;
    if (at(UNHASH.slots)) yield;
    f.vars.hslot = up.udp_port_hash;
    f.vars.hslot2 = up.udp_portaddr_hash;
    if (at(UNHASH.del)) yield;
    if (slotDel(t.hash, up.udp_port_hash, sk)) {
      sk.hashedIn = null;
      if (at(UNHASH.num)) yield;
      sk.inet_num = 0;
      if (at(UNHASH.del2)) yield;
      slotDel(t.hash2, up.udp_portaddr_hash, sk);
    }
  } finally {
    leave(f);
  }
}

const DESTROY = defineFn('net/ipv4/udp.c', 'udp_destroy_sock', {
  lock: 'bool slow = lock_sock_fast(sk);',
  flush: 'udp_flush_pending_frames(sk);',
  encap: 'if (static_branch_unlikely(&udp_encap_needed_key)) {',
});
/** udp_destroy_sock() = udp_prot.destroy. */
export function* udp_destroy_sock(sk: Sock): Sim<void> {
  const f = enter(DESTROY, { sk, up: sk });
  try {
    if (at(DESTROY.lock)) yield;
    if (at(DESTROY.flush)) yield;
    udp_sk(sk).pending = 0;
    if (at(DESTROY.encap)) yield;
  } finally {
    leave(f);
  }
}

const INIT = defineFn('net/ipv4/udp.c', 'udp_init_sock', {
  reader: 'skb_queue_head_init(&udp_sk(sk)->reader_queue);',
  destruct: 'sk->sk_destruct = udp_destruct_sock;',
  ret: 'return 0;',
});
/** udp_init_sock() = udp_prot.init: a second receive queue and a destructor — nothing else to set up. */
export function* udp_init_sock(sk: Sock): Sim<number> {
  const f = enter(INIT, { sk });
  try {
    if (at(INIT.reader)) yield;
    udp_sk(sk).reader_queue = [];
    if (at(INIT.destruct)) yield;
    sk.sk_destruct = 'udp_destruct_sock';
    if (at(INIT.ret)) yield;
    return 0;
  } finally {
    leave(f);
  }
}

const CLOSE = defineFn('include/net/udp.h', 'udp_lib_close', {
  release: 'sk_common_release(sk);',
});
/** udp_lib_close() = udp_prot.close: no FIN, no TIME_WAIT — release at once. */
export function* udp_lib_close(sk: Sock, timeout: number): Sim<void> {
  const f = enter(CLOSE, { sk, timeout });
  try {
    if (at(CLOSE.release)) yield;
    yield* sk_common_release(sk);
  } finally {
    leave(f);
  }
}
