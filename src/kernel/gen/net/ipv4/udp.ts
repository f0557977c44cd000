// generated — do not edit. Written by scripts/gen-kernel.ts from src/kernel/net/ipv4/udp.ts
// @ts-nocheck
// net/ipv4/udp.c: UDP over IPv4 — what udp_prot points at (udp_v4_get_port → udp_lib_get_port,
// which hashes the socket into udp_table at bind time; udp_sendmsg; udp_recvmsg; udp_init_sock;
// udp_lib_unhash; udp_destroy_sock; udp_disconnect), the receive path udp_rcv → __udp4_lib_rcv →
// __udp4_lib_lookup (hash2 by (daddr, port), then (ANY, port), best compute_score) → the socket's
// receive queue, the ICMP port unreachable when no socket has the port, and __udp4_lib_err for the
// ICMP errors coming back. UDP has no state machine: sock:inet_sock_set_state never fires here.

import { E, Sim, SLEEP, tracingComm } from '../../../core/engine';
import { at, enter, leave } from '../../../core/engine';
import { defineFn } from '../../../core/anchors';
import { prepare_to_wait, finish_wait, schedule_timeout } from '../../../world/current';
import type { File, Msghdr, PollTable, Socket } from '../../../include/linux/net';
import { EPOLLIN, EPOLLRDNORM } from '../../../include/linux/eventpoll';
import { datagram_poll } from '../core/datagram';
import { wake_up_interruptible } from '../../../include/linux/net';
import { SkBuff } from '../../../include/linux/skbuff';
import { ICMP_DEST_UNREACH, ICMP_PORT_UNREACH } from '../../../include/linux/skbuff';
import { udp_sk } from '../../../include/linux/udp';
import type { Net } from '../../../include/net/net_namespace';
import { NET_INC_STATS } from '../../../include/net/net_namespace';
import { Sock, sock_flag, sock_set_flag, SOCK_DEAD, SOCK_RCU_FREE } from '../../../include/net/sock';
import { inet_sk } from '../../../include/net/inet_sock';
import { portaddrKey, slotAdd, slotDel } from '../../../include/net/udp';
import {
  TCP_CLOSE, TCP_ESTABLISHED, RCV_SHUTDOWN, SEND_SHUTDOWN, SOCK_BINDADDR_LOCK, SOCK_BINDPORT_LOCK,
} from '../../../include/net/tcp_states';
import { AF_INET, AF_UNSPEC, ERRNO, IPPROTO_UDP, MSG_DONTWAIT, MSG_ERRQUEUE, MSG_OOB, MSG_TRUNC } from '../../../include/uapi';
import { ip_route_connect } from './tcp_ipv4';
import { __icmp_send } from './icmp';
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
const A$udp_lib_get_port = defineFn('net/ipv4/udp.c', 'udp_lib_get_port', {
  L30: 'inet_get_local_port_range(net, &low, &high);',
  L34: 'first = reciprocal_scale(rand, remaining) + low;',
  L38: 'udp_lib_lport_inuse(net, snum, hslot, bitmap, sk, udptable->log);',
  L42: 'if (low <= snum && snum <= high',
  L47: 'goto fail;',
  L49: 'hslot = udp_hashslot(udptable, net, snum);',
  L54: 'if (udp_lib_lport_inuse(net, snum, hslot, NULL, sk, 0)) goto fail_unlock;',
  L57: 'inet_sk(sk)->inet_num = snum;',
  L58: 'udp_sk(sk)->udp_port_hash = snum;',
  L60: 'udp_sk(sk)->udp_portaddr_hash ^= snum;',
  L61: 'if (sk_unhashed(sk)) {',
  L63: 'sock_set_flag(sk, SOCK_RCU_FREE);',
  L66: 'sk_add_node_rcu(sk, &hslot->head);',
  L72: 'hlist_add_head_rcu(&udp_sk(sk)->udp_portaddr_node, &hslot2->head);',
  L76: 'error = 0;',
  L81: 'return error;',
});

// ---- bind: udp_v4_get_port → udp_lib_get_port ------------------------------------------------

/** udp_lib_get_port(): 0 when the port is ours (and the socket is now in udp_table), 1 when it is taken. */
export function* udp_lib_get_port(sk: Sock, snum: number): Sim<number> {
  const net = sk.sk_net;
  const up = udp_sk(sk);
  const $f = enter(A$udp_lib_get_port, { sk, snum, udptable: net.udp_table });
  try {

  let error = 1;
  $f.vars.error = error;
  if (!snum) {
    if (at(A$udp_lib_get_port.L30)) yield;
    const [low, high] = net.sysctl['net.ipv4.ip_local_port_range'];
    const remaining = high - low + 1;
    $f.vars.low = low;
    $f.vars.high = high;
    if (at(A$udp_lib_get_port.L34)) yield;
    const rand = net.host.world.rng.u32();
    const first = Math.floor((rand * remaining) / 0x100000000) + low;
    $f.vars.first = first;
    if (at(A$udp_lib_get_port.L38)) yield;
    let found = 0;
    for (let i = 0; i < remaining && !found; i++) {
      const cand = low + ((first - low + i) % remaining);
      if (!udp_lib_lport_inuse(net, cand, sk)) found = cand;
    }
    if (!found) {
      if (at(A$udp_lib_get_port.L47)) yield;
      if (at(A$udp_lib_get_port.L81)) yield;
      return error;
    }
    if (at(A$udp_lib_get_port.L42)) yield;
    snum = found;
    $f.vars.snum = snum;
  } else {
    if (at(A$udp_lib_get_port.L49)) yield;
    $f.vars.hslot = snum;
    if (at(A$udp_lib_get_port.L54)) yield;
    if (udp_lib_lport_inuse(net, snum, sk)) {
      if (at(A$udp_lib_get_port.L81)) yield;
      return error;
    }
  }
  $f.vars.hslot = snum;
  if (at(A$udp_lib_get_port.L57)) yield;
  sk.inet_num = snum;
  if (at(A$udp_lib_get_port.L58)) yield;
  up.udp_port_hash = snum;
  if (at(A$udp_lib_get_port.L60)) yield;
  up.udp_portaddr_hash = portaddrKey(sk.skc_rcv_saddr, snum);
  if (at(A$udp_lib_get_port.L61)) yield;
  if (!sk.hashedIn) {
    if (at(A$udp_lib_get_port.L63)) yield;
    sock_set_flag(sk, SOCK_RCU_FREE);
    if (at(A$udp_lib_get_port.L66)) yield;
    slotAdd(net.udp_table.hash, snum, sk);
    sk.hashedIn = 'udp';
    if (at(A$udp_lib_get_port.L72)) yield;
    slotAdd(net.udp_table.hash2, up.udp_portaddr_hash, sk);
    $f.vars.hslot2 = up.udp_portaddr_hash;
  }
  if (at(A$udp_lib_get_port.L76)) yield;
  error = 0;
  $f.vars.error = 0;
  if (at(A$udp_lib_get_port.L81)) yield;
  return error;
  } finally {
    leave($f);
  }
}
const A$udp_v4_get_port = defineFn('net/ipv4/udp.c', 'udp_v4_get_port', {
  L92: 'unsigned int hash2_nulladdr =',
  L93: 'unsigned int hash2_partial =',
  L96: 'udp_sk(sk)->udp_portaddr_hash = hash2_partial;',
  L97: 'return udp_lib_get_port(sk, snum, hash2_nulladdr);',
});

/** udp_v4_get_port() = udp_prot.get_port. */
export function* udp_v4_get_port(sk: Sock, snum: number): Sim<number> {
  const $f = enter(A$udp_v4_get_port, { sk, snum });
  try {
  if (at(A$udp_v4_get_port.L92)) yield;
  $f.vars.hash2_nulladdr = portaddrKey(ANY, snum);
  if (at(A$udp_v4_get_port.L93)) yield;
  $f.vars.hash2_partial = `${sk.skc_rcv_saddr}:`;
  if (at(A$udp_v4_get_port.L96)) yield;
  udp_sk(sk).udp_portaddr_hash = `${sk.skc_rcv_saddr}:`;
  if (at(A$udp_v4_get_port.L97)) yield;
  return ($E.fast || $E.twinOk[udp_lib_get_port.k] === 1 ? udp_lib_get_port$fast(sk, snum) : yield* udp_lib_get_port(sk, snum));
  } finally {
    leave($f);
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
const A$compute_score = defineFn('net/ipv4/udp.c', 'compute_score', {
  L112: 'if (!net_eq(sock_net(sk), net)',
  L115: 'if (sk->sk_rcv_saddr != daddr) return -1;',
  L117: 'score = (sk->sk_family == PF_INET) ? 2 : 1;',
  L121: 'if (inet->inet_daddr) {',
  L122: 'if (inet->inet_daddr != saddr) return -1;',
  L124: 'score += 4;#1',
  L127: 'if (inet->inet_dport) {',
  L128: 'if (inet->inet_dport != sport) return -1;',
  L129: 'score += 4;#2',
  L132: 'dev_match = udp_sk_bound_dev_eq(',
  L135: 'return score;',
});

// ---- the socket lookup ---------------------------------------------------------------------

function* compute_score(sk: Sock, net: Net, saddr: string, sport: number, daddr: string, hnum: number): Sim<number> {
  const inet = inet_sk(sk);
  const $f = enter(A$compute_score, { sk, saddr, sport, daddr, hnum });
  try {

  if (at(A$compute_score.L112)) yield;
  if (sk.sk_net !== net || udp_sk(sk).udp_port_hash !== hnum) return -1;
  if (at(A$compute_score.L115)) yield;
  if (sk.skc_rcv_saddr !== daddr) return -1;
  if (at(A$compute_score.L117)) yield;
  let score = 2;
  $f.vars.score = score;
  if (at(A$compute_score.L121)) yield;
  if (inet.inet_daddr !== ANY) {
    if (at(A$compute_score.L122)) yield;
    if (inet.inet_daddr !== saddr) return -1;
    if (at(A$compute_score.L124)) yield;
    score += 4;
    $f.vars.score = score;
  }
  if (at(A$compute_score.L127)) yield;
  if (inet.inet_dport) {
    if (at(A$compute_score.L128)) yield;
    if (inet.inet_dport !== sport) return -1;
    if (at(A$compute_score.L129)) yield;
    score += 4;
    $f.vars.score = score;
  }
  if (at(A$compute_score.L132)) yield;
  if (at(A$compute_score.L135)) yield;
  return score;
  } finally {
    leave($f);
  }
}
const A$udp4_lib_lookup2 = defineFn('net/ipv4/udp.c', 'udp4_lib_lookup2', {
  L148: 'result = NULL;',
  L150: 'udp_portaddr_for_each_entry_rcu(sk, &hslot2->head) {',
  L151: 'score = compute_score(',
  L152: 'if (score > badness) {',
  L155: 'badness = score;',
  L156: 'result = sk;',
  L159: 'return result;',
});

function* udp4_lib_lookup2(net: Net, saddr: string, sport: number, daddr: string, hnum: number): Sim<Sock | null> {
  const key = portaddrKey(daddr, hnum);
  const $f = enter(A$udp4_lib_lookup2, { saddr, sport, daddr, hnum, hslot2: key });
  try {

  if (at(A$udp4_lib_lookup2.L148)) yield;
  let result: Sock | null = null;
  let badness = 0;
  for (const sk of [...(net.udp_table.hash2.get(key) ?? [])]) {
    if (at(A$udp4_lib_lookup2.L150)) yield;
    $f.vars.sk = sk;
    if (at(A$udp4_lib_lookup2.L151)) yield;
    const score = ($E.fast || $E.twinOk[compute_score.k] === 1 ? compute_score$fast(sk, net, saddr, sport, daddr, hnum) : yield* compute_score(sk, net, saddr, sport, daddr, hnum));
    $f.vars.score = score;
    if (at(A$udp4_lib_lookup2.L152)) yield;
    if (score > badness) {
      if (at(A$udp4_lib_lookup2.L155)) yield;
      badness = score;
      $f.vars.badness = badness;
      if (at(A$udp4_lib_lookup2.L156)) yield;
      result = sk;
      $f.vars.result = sk;
    }
  }
  if (at(A$udp4_lib_lookup2.L159)) yield;
  return result;
  } finally {
    leave($f);
  }
}
const A$__udp4_lib_lookup = defineFn('net/ipv4/udp.c', '__udp4_lib_lookup', {
  L175: 'hash2 = ipv4_portaddr_hash(net, daddr, hnum);',
  L179: 'result = udp4_lib_lookup2(net, saddr, sport, daddr, hnum',
  L180: 'if (!result) {',
  L182: 'hash2 = ipv4_portaddr_hash(net, htonl(INADDR_ANY), hnum);',
  L186: 'result = udp4_lib_lookup2(net, saddr, sport, htonl(INADDR_ANY)',
  L190: 'return result;',
});

/** __udp4_lib_lookup(): the socket for (saddr:sport → daddr:dport) — exact local address first, then the wildcard. */
export function* __udp4_lib_lookup(net: Net, saddr: string, sport: number, daddr: string, dport: number): Sim<Sock | null> {
  const $f = enter(A$__udp4_lib_lookup, { net, saddr, sport, daddr, dport });
  try {
  if (at(A$__udp4_lib_lookup.L175)) yield;
  $f.vars.hslot2 = portaddrKey(daddr, dport);
  if (at(A$__udp4_lib_lookup.L179)) yield;
  let result = ($E.fast || $E.twinOk[udp4_lib_lookup2.k] === 1 ? udp4_lib_lookup2$fast(net, saddr, sport, daddr, dport) : yield* udp4_lib_lookup2(net, saddr, sport, daddr, dport));
  $f.vars.result = result;
  if (at(A$__udp4_lib_lookup.L180)) yield;
  if (!result) {
    if (at(A$__udp4_lib_lookup.L182)) yield;
    $f.vars.hslot2 = portaddrKey(ANY, dport);
    if (at(A$__udp4_lib_lookup.L186)) yield;
    result = ($E.fast || $E.twinOk[udp4_lib_lookup2.k] === 1 ? udp4_lib_lookup2$fast(net, saddr, sport, ANY, dport) : yield* udp4_lib_lookup2(net, saddr, sport, ANY, dport));
    $f.vars.result = result;
  }
  if (at(A$__udp4_lib_lookup.L190)) yield;
  return result;
  } finally {
    leave($f);
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
const A$__udp4_lib_err = defineFn('net/ipv4/udp.c', '__udp4_lib_err', {
  L212: 'sk = __udp4_lib_lookup(net, iph->daddr, uh->dest,',
  L213: 'if (!sk) {',
  L215: '__ICMP_INC_STATS(net, ICMP_MIB_INERRORS);',
  L224: 'switch (type) {',
  L228: 'err = EHOSTUNREACH;',
  L231: 'harderr = icmp_err_convert[code].fatal;',
  L232: 'err = icmp_err_convert[code].errno;',
  L240: 'if (!inet->recverr) {',
  L241: 'if (!harderr || sk->sk_state != TCP_ESTABLISHED) goto out;',
  L246: 'sk->sk_err = err;',
  L248: 'sk->sk_error_report(sk);',
  L250: 'return 0;',
});

/** __udp4_lib_err(): sk_err only for a connected socket (or IP_RECVERR) — an unconnected one never hears of it. */
export function* __udp4_lib_err(skb: SkBuff, info: number, net: Net): Sim<number> {
  const ic = skb.icmph!;
  const iph = ic.quoted.iph;
  const uh = ic.quoted.uh!;
  const $f = enter(A$__udp4_lib_err, { skb, info, iph, uh, type: ic.type, code: ic.code });
  try {

  if (at(A$__udp4_lib_err.L212)) yield;
  const sk = ($E.fast || $E.twinOk[__udp4_lib_lookup.k] === 1 ? __udp4_lib_lookup$fast(net, iph.daddr, uh.dest, iph.saddr, uh.source) : yield* __udp4_lib_lookup(net, iph.daddr, uh.dest, iph.saddr, uh.source));
  $f.vars.sk = sk;
  if (at(A$__udp4_lib_err.L213)) yield;
  if (!sk) {
    if (at(A$__udp4_lib_err.L215)) yield;
    NET_INC_STATS(net, 'IcmpInErrors');
    return -ENOENT;
  }
  let err = 0;
  let harderr = 0;
  if (at(A$__udp4_lib_err.L224)) yield;
  if (ic.type === ICMP_DEST_UNREACH) {
    if (at(A$__udp4_lib_err.L228)) yield;
    err = EHOSTUNREACH;
    const conv = ICMP_ERR_CONVERT[ic.code];
    if (conv) {
      if (at(A$__udp4_lib_err.L231)) yield;
      harderr = conv.fatal;
      if (at(A$__udp4_lib_err.L232)) yield;
      err = conv.errno;
    }
  } else {
    err = EHOSTUNREACH;
  }
  $f.vars.err = err;
  $f.vars.harderr = harderr;
  if (at(A$__udp4_lib_err.L240)) yield;
  if (!inet_sk(sk).recverr) {
    if (at(A$__udp4_lib_err.L241)) yield;
    if (!harderr || sk.sk_state !== TCP_ESTABLISHED) {
      if (at(A$__udp4_lib_err.L250)) yield;
      return 0;
    }
  }
  if (at(A$__udp4_lib_err.L246)) yield;
  sk.sk_err = err;
  if (at(A$__udp4_lib_err.L248)) yield;
  // sock_def_error_report: wake the sleepers (a recv() waiting for a datagram)
  wake_up_interruptible(sk.sk_wq);
  if (at(A$__udp4_lib_err.L250)) yield;
  return 0;
  } finally {
    leave($f);
  }
}
const A$udp_err = defineFn('net/ipv4/udp.c', 'udp_err', {
  L260: 'return __udp4_lib_err(skb, info, &udp_table);',
});

/** udp_err() = udp_protocol.err_handler. */
export function* udp_err(skb: SkBuff, info: number, net: Net): Sim<number> {
  const $f = enter(A$udp_err, { skb, info });
  try {

  if (at(A$udp_err.L260)) yield;
  return ($E.fast || $E.twinOk[__udp4_lib_err.k] === 1 ? __udp4_lib_err$fast(skb, info, net) : yield* __udp4_lib_err(skb, info, net));
  } finally {
    leave($f);
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
const A$udp_send_skb = defineFn('net/ipv4/udp.c', 'udp_send_skb', {
  L280: 'uh = udp_hdr(skb);',
  L281: 'uh->source = inet->inet_sport;',
  L282: 'uh->dest = fl4->fl4_dport;',
  L284: 'uh->len = htons(len);',
  L288: 'uh->check = csum_tcpudp_magic(',
  L294: 'err = ip_send_skb(sock_net(sk), skb);',
  L298: 'UDP_INC_STATS(sock_net(sk), UDP_MIB_OUTDATAGRAMS, is_udplite);',
  L299: 'return err;',
});

function* udp_send_skb(skb: SkBuff, fl4: { saddr: string; daddr: string; fl4_dport: number }): Sim<number> {
  const sk = skb.sk as Sock;
  const inet = inet_sk(sk);
  const $f = enter(A$udp_send_skb, { skb, fl4, sk });
  try {

  if (at(A$udp_send_skb.L280)) yield;
  const uh = skb.uh!;
  $f.vars.uh = uh;
  if (at(A$udp_send_skb.L281)) yield;
  uh.source = inet.inet_sport;
  if (at(A$udp_send_skb.L282)) yield;
  uh.dest = fl4.fl4_dport;
  if (at(A$udp_send_skb.L284)) yield;
  uh.len = 8 + skb.len;
  if (at(A$udp_send_skb.L288)) yield;
  uh.check = udpChecksum(fl4.saddr, fl4.daddr, uh.source, uh.dest, skb.payload);
  if (at(A$udp_send_skb.L294)) yield;
  const net = sk.sk_net;
  net.host.world.transmit(net.host, skb);
  if (at(A$udp_send_skb.L298)) yield;
  NET_INC_STATS(net, 'UdpOutDatagrams');
  if (at(A$udp_send_skb.L299)) yield;
  return 0;
  } finally {
    leave($f);
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
const A$udp_sendmsg = defineFn('net/ipv4/udp.c', 'udp_sendmsg', {
  L325: 'if (len > 0xFFFF)',
  L328: 'if (msg->msg_flags & MSG_OOB)',
  L331: 'ulen += sizeof(struct udphdr);',
  L334: 'if (usin) {',
  L335: 'if (msg->msg_namelen < sizeof(*usin)) return -EINVAL;',
  L336: 'if (usin->sin_family != AF_INET) {',
  L340: 'daddr = usin->sin_addr.s_addr;',
  L341: 'dport = usin->sin_port;',
  L343: 'if (dport == 0) return -EINVAL;',
  L346: 'if (sk->sk_state != TCP_ESTABLISHED)',
  L347: 'return -EDESTADDRREQ;',
  L348: 'daddr = inet->inet_daddr;',
  L349: 'dport = inet->inet_dport;',
  L351: 'connected = 1;',
  L359: 'rt = (struct rtable *)sk_dst_check(sk, 0);',
  L366: 'rt = ip_route_output_flow(net, fl4, sk);',
  L367: 'if (IS_ERR(rt)) {',
  L374: 'if ((rt->rt_flags & RTCF_BROADCAST)',
  L378: 'saddr = fl4->saddr;',
  L388: 'skb = ip_make_skb(sk, fl4, getfrag, msg, ulen,',
  L391: 'err = udp_send_skb(skb, fl4, &cork);',
  L398: 'if (!err)',
  L399: 'return len;',
  L401: 'return err;',
});

/** udp_sendmsg() = udp_prot.sendmsg: one call, one datagram — sent whole or not at all. */
export function* udp_sendmsg(sk: Sock, msg: Msghdr, len: number): Sim<number> {
  const inet = inet_sk(sk);
  const usin = msg.msg_name;
  const $f = enter(A$udp_sendmsg, { sk, msg, len, usin });
  try {

  if (at(A$udp_sendmsg.L325)) yield;
  if (len > 0xffff) return -EMSGSIZE;
  if (at(A$udp_sendmsg.L328)) yield;
  if (msg.msg_flags & MSG_OOB) return -EOPNOTSUPP;
  if (at(A$udp_sendmsg.L331)) yield;
  const ulen = len + 8;
  $f.vars.ulen = ulen;
  let daddr: string;
  let dport: number;
  let connected = 0;
  if (at(A$udp_sendmsg.L334)) yield;
  if (usin) {
    if (at(A$udp_sendmsg.L335)) yield;
    if (msg.msg_namelen < 16) return -EINVAL;
    if (at(A$udp_sendmsg.L336)) yield;
    if (usin.sin_family !== AF_INET && usin.sin_family !== AF_UNSPEC) return -EAFNOSUPPORT;
    if (at(A$udp_sendmsg.L340)) yield;
    daddr = usin.sin_addr;
    if (at(A$udp_sendmsg.L341)) yield;
    dport = usin.sin_port;
    if (at(A$udp_sendmsg.L343)) yield;
    if (dport === 0) return -EINVAL;
  } else {
    if (at(A$udp_sendmsg.L346)) yield;
    if (sk.sk_state !== TCP_ESTABLISHED) {
      if (at(A$udp_sendmsg.L347)) yield;
      return -EDESTADDRREQ;
    }
    if (at(A$udp_sendmsg.L348)) yield;
    daddr = inet.inet_daddr;
    if (at(A$udp_sendmsg.L349)) yield;
    dport = inet.inet_dport;
    if (at(A$udp_sendmsg.L351)) yield;
    connected = 1;
  }
  $f.vars.daddr = daddr;
  $f.vars.dport = dport;
  $f.vars.connected = connected;
  let rt: { saddr: string; daddr: string } | null = null;
  if (connected) {
    // the route connect() cached: from the connected addresses
    if (at(A$udp_sendmsg.L359)) yield;
    rt = { saddr: inet.inet_saddr, daddr };
  }
  if (!rt) {
    if (at(A$udp_sendmsg.L366)) yield;
    const r = ip_route_connect(sk.sk_net, daddr);
    if (at(A$udp_sendmsg.L367)) yield;
    if (typeof r === 'number') {
      $f.vars.err = r;
      if (at(A$udp_sendmsg.L401)) yield;
      return r;
    }
    // a bound source address wins over the route's choice
    rt = { saddr: inet.inet_saddr !== ANY ? inet.inet_saddr : r.saddr, daddr: r.daddr };
    if (at(A$udp_sendmsg.L374)) yield;
    if (daddr === '255.255.255.255' && !sock_flag(sk, 'SOCK_BROADCAST')) return -EACCES;
  }
  $f.vars.rt = rt;
  if (at(A$udp_sendmsg.L378)) yield;
  const fl4 = { saddr: rt.saddr, daddr: rt.daddr, fl4_dport: dport };
  $f.vars.fl4 = fl4;
  if (at(A$udp_sendmsg.L388)) yield;
  const skb = ip_make_skb(sk, fl4, msg.data, ulen);
  let err: number;
  if (typeof skb === 'number') {
    err = skb;
  } else {
    $f.vars.skb = skb;
    if (at(A$udp_sendmsg.L391)) yield;
    err = ($E.fast || $E.twinOk[udp_send_skb.k] === 1 ? udp_send_skb$fast(skb, fl4) : yield* udp_send_skb(skb, fl4));
  }
  $f.vars.err = err;
  if (at(A$udp_sendmsg.L398)) yield;
  if (!err) {
    if (at(A$udp_sendmsg.L399)) yield;
    return len;
  }
  if (at(A$udp_sendmsg.L401)) yield;
  return err;
  } finally {
    leave($f);
  }
}

// ---- receive -----------------------------------------------------------------------------------

/** sk_rmem_alloc: what the queued datagrams cost the receive buffer. */
function rmemAlloc(sk: Sock): number {
  let n = 0;
  for (const s of sk.sk_receive_queue) n += truesize(s);
  for (const s of udp_sk(sk).reader_queue) n += truesize(s);
  return n;
}
const A$__udp_enqueue_schedule_skb = defineFn('net/ipv4/udp.c', '__udp_enqueue_schedule_skb', {
  L417: 'rmem = atomic_read(&sk->sk_rmem_alloc);',
  L418: 'if (rmem > sk->sk_rcvbuf)',
  L422: 'rmem = atomic_add_return(size, &sk->sk_rmem_alloc);',
  L425: '__skb_queue_tail(list, skb);',
  L429: 'if (!sock_flag(sk, SOCK_DEAD))',
  L430: 'sk->sk_data_ready(sk);',
  L433: 'return 0;',
  L436: 'atomic_inc(&sk->sk_drops);',
  L438: 'return err;',
});
function* __udp_enqueue_schedule_skb(sk: Sock, skb: SkBuff): Sim<number> {
  const $f = enter(A$__udp_enqueue_schedule_skb, { sk, skb });
  try {
  if (at(A$__udp_enqueue_schedule_skb.L417)) yield;
  const rmem = rmemAlloc(sk);
  $f.vars.rmem = rmem;
  if (at(A$__udp_enqueue_schedule_skb.L418)) yield;
  if (rmem > sk.sk_rcvbuf) {
    if (at(A$__udp_enqueue_schedule_skb.L436)) yield;
    sk.sk_drops++;
    if (at(A$__udp_enqueue_schedule_skb.L438)) yield;
    return -ENOMEM;
  }
  if (at(A$__udp_enqueue_schedule_skb.L422)) yield;
  $f.vars.rmem = rmem + truesize(skb);
  if (at(A$__udp_enqueue_schedule_skb.L425)) yield;
  sk.sk_receive_queue.push(skb);
  if (at(A$__udp_enqueue_schedule_skb.L429)) yield;
  if (!sock_flag(sk, SOCK_DEAD)) {
    if (at(A$__udp_enqueue_schedule_skb.L430)) yield;
    // sock_def_readable: wake whoever sleeps in recv()
    wake_up_interruptible(sk.sk_wq);
  }
  if (at(A$__udp_enqueue_schedule_skb.L433)) yield;
  return 0;
  } finally {
    leave($f);
  }
}
const A$__udp_queue_rcv_skb = defineFn('net/ipv4/udp.c', '__udp_queue_rcv_skb', {
  L658: 'rc = __udp_enqueue_schedule_skb(sk, skb);',
  L659: 'if (rc < 0) {',
  L663: 'if (rc == -ENOMEM)',
  L665: 'UDP_INC_STATS(sock_net(sk), UDP_MIB_INERRORS, is_udplite);',
  L668: 'trace_udp_fail_queue_rcv_skb(rc, sk);',
  L672: 'return 0;',
});

function* __udp_queue_rcv_skb(sk: Sock, skb: SkBuff): Sim<number> {
  const $f = enter(A$__udp_queue_rcv_skb, { sk, skb });
  try {
  if (at(A$__udp_queue_rcv_skb.L658)) yield;
  const rc = ($E.fast || $E.twinOk[__udp_enqueue_schedule_skb.k] === 1 ? __udp_enqueue_schedule_skb$fast(sk, skb) : yield* __udp_enqueue_schedule_skb(sk, skb));
  $f.vars.rc = rc;
  if (at(A$__udp_queue_rcv_skb.L659)) yield;
  if (rc < 0) {
    const net = sk.sk_net;
    if (at(A$__udp_queue_rcv_skb.L663)) yield;
    if (rc === -ENOMEM) NET_INC_STATS(net, 'UdpRcvbufErrors');
    if (at(A$__udp_queue_rcv_skb.L665)) yield;
    NET_INC_STATS(net, 'UdpInErrors');
    if (at(A$__udp_queue_rcv_skb.L668)) yield;
    E.emit({ ev: 'note', t: E.now, host: net.host.name, text: `udp:udp_fail_queue_rcv_skb rc=${rc} port=${sk.inet_num} (${tracingComm()})` });
    return -1;
  }
  if (at(A$__udp_queue_rcv_skb.L672)) yield;
  return 0;
  } finally {
    leave($f);
  }
}
const A$udp_queue_rcv_one_skb = defineFn('net/ipv4/udp.c', 'udp_queue_rcv_one_skb', {
  L686: 'if (!xfrm4_policy_check(sk, XFRM_POLICY_IN, skb))',
  L691: 'if (sk_filter_trim_cap(sk, skb, sizeof(struct udphdr)))',
  L694: 'udp_csum_pull_header(skb);',
  L697: 'return __udp_queue_rcv_skb(sk, skb);',
});

function* udp_queue_rcv_one_skb(sk: Sock, skb: SkBuff): Sim<number> {
  const $f = enter(A$udp_queue_rcv_one_skb, { sk, skb, up: sk });
  try {

  if (at(A$udp_queue_rcv_one_skb.L686)) yield;
  if (at(A$udp_queue_rcv_one_skb.L691)) yield;
  if (at(A$udp_queue_rcv_one_skb.L694)) yield;
  if (at(A$udp_queue_rcv_one_skb.L697)) yield;
  return ($E.fast || $E.twinOk[__udp_queue_rcv_skb.k] === 1 ? __udp_queue_rcv_skb$fast(sk, skb) : yield* __udp_queue_rcv_skb(sk, skb));
  } finally {
    leave($f);
  }
}
const A$udp_queue_rcv_skb = defineFn('net/ipv4/udp.c', 'udp_queue_rcv_skb', {
  L717: 'if (likely(!udp_unexpected_gso(sk, skb)))',
  L718: 'return udp_queue_rcv_one_skb(sk, skb);',
});

function* udp_queue_rcv_skb(sk: Sock, skb: SkBuff): Sim<number> {
  const $f = enter(A$udp_queue_rcv_skb, { sk, skb });
  try {
  if (at(A$udp_queue_rcv_skb.L717)) yield;
  if (at(A$udp_queue_rcv_skb.L718)) yield;
  return ($E.fast || $E.twinOk[udp_queue_rcv_one_skb.k] === 1 ? udp_queue_rcv_one_skb$fast(sk, skb) : yield* udp_queue_rcv_one_skb(sk, skb));
  } finally {
    leave($f);
  }
}
const A$udp_unicast_rcv_skb = defineFn('net/ipv4/udp.c', 'udp_unicast_rcv_skb', {
  L732: 'if (inet_get_convert_csum(sk)',
  L735: 'ret = udp_queue_rcv_skb(sk, skb);',
  L738: 'if (ret > 0)',
  L740: 'return 0;',
});

function* udp_unicast_rcv_skb(sk: Sock, skb: SkBuff): Sim<number> {
  const $f = enter(A$udp_unicast_rcv_skb, { sk, skb, uh: skb.uh });
  try {

  if (at(A$udp_unicast_rcv_skb.L732)) yield;
  if (at(A$udp_unicast_rcv_skb.L735)) yield;
  const ret = ($E.fast || $E.twinOk[udp_queue_rcv_skb.k] === 1 ? udp_queue_rcv_skb$fast(sk, skb) : yield* udp_queue_rcv_skb(sk, skb));
  $f.vars.ret = ret;
  if (at(A$udp_unicast_rcv_skb.L738)) yield;
  if (at(A$udp_unicast_rcv_skb.L740)) yield;
  return 0;
  } finally {
    leave($f);
  }
}
const A$__udp4_lib_rcv = defineFn('net/ipv4/udp.c', '__udp4_lib_rcv', {
  L758: 'if (!pskb_may_pull(skb, sizeof(struct udphdr)))',
  L761: 'uh   = udp_hdr(skb);',
  L762: 'ulen = ntohs(uh->len);',
  L767: 'if (ulen > skb->len)',
  L770: 'if (udp4_csum_init(skb, uh, proto))',
  L774: 'if (rt->rt_flags & (RTCF_BROADCAST|RTCF_MULTICAST))',
  L778: 'sk = __udp4_lib_lookup_skb(skb, uh->source, uh->dest, udptable);',
  L779: 'if (sk)',
  L780: 'return udp_unicast_rcv_skb(sk, skb, uh);',
  L782: 'if (!xfrm4_policy_check(NULL, XFRM_POLICY_IN, skb))',
  L792: '__UDP_INC_STATS(net, UDP_MIB_NOPORTS, proto == IPPROTO_UDPLITE);',
  L793: 'icmp_send(skb, ICMP_DEST_UNREACH, ICMP_PORT_UNREACH, 0);',
  L795: 'kfree_skb(skb);#1',
  L796: 'return 0;#1',
  L804: '__UDP_INC_STATS(net, UDP_MIB_INERRORS, proto == IPPROTO_UDPLITE);',
});

/** __udp4_lib_rcv(): validate, look the socket up, queue the datagram — or NoPorts and ICMP port unreachable. */
export function* __udp4_lib_rcv(skb: SkBuff, net: Net): Sim<number> {
  const $f = enter(A$__udp4_lib_rcv, { skb, net, proto: 'IPPROTO_UDP' });
  try {

  if (at(A$__udp4_lib_rcv.L758)) yield;
  if (at(A$__udp4_lib_rcv.L761)) yield;
  const uh = skb.uh!;
  $f.vars.uh = uh;
  if (at(A$__udp4_lib_rcv.L762)) yield;
  $f.vars.ulen = uh.len;
  $f.vars.saddr = skb.iph.saddr;
  $f.vars.daddr = skb.iph.daddr;
  if (at(A$__udp4_lib_rcv.L767)) yield;
  if (uh.len > 8 + skb.len || uh.len < 8) {
    if (at(A$__udp4_lib_rcv.L804)) yield;
    NET_INC_STATS(net, 'UdpInErrors');
    return 0;
  }
  if (at(A$__udp4_lib_rcv.L770)) yield;
  if (at(A$__udp4_lib_rcv.L774)) yield;
  if (at(A$__udp4_lib_rcv.L778)) yield;
  const sk = ($E.fast || $E.twinOk[__udp4_lib_lookup.k] === 1 ? __udp4_lib_lookup$fast(net, skb.iph.saddr, uh.source, skb.iph.daddr, uh.dest) : yield* __udp4_lib_lookup(net, skb.iph.saddr, uh.source, skb.iph.daddr, uh.dest));
  $f.vars.sk = sk;
  if (at(A$__udp4_lib_rcv.L779)) yield;
  if (sk) {
    if (at(A$__udp4_lib_rcv.L780)) yield;
    NET_INC_STATS(net, 'UdpInDatagrams');
    return ($E.fast || $E.twinOk[udp_unicast_rcv_skb.k] === 1 ? udp_unicast_rcv_skb$fast(sk, skb) : yield* udp_unicast_rcv_skb(sk, skb));
  }
  if (at(A$__udp4_lib_rcv.L782)) yield;
  if (at(A$__udp4_lib_rcv.L792)) yield;
  NET_INC_STATS(net, 'UdpNoPorts');
  if (at(A$__udp4_lib_rcv.L793)) yield;
  ($E.fast || $E.twinOk[__icmp_send.k] === 1 ? __icmp_send$fast(skb, ICMP_DEST_UNREACH, ICMP_PORT_UNREACH, 0, net) : yield* __icmp_send(skb, ICMP_DEST_UNREACH, ICMP_PORT_UNREACH, 0, net));
  if (at(A$__udp4_lib_rcv.L795)) yield;
  if (at(A$__udp4_lib_rcv.L796)) yield;
  return 0;
  } finally {
    leave($f);
  }
}
const A$udp_rcv = defineFn('net/ipv4/udp.c', 'udp_rcv', {
  L816: 'return __udp4_lib_rcv(skb, &udp_table, IPPROTO_UDP);',
});

/** udp_rcv() = udp_protocol.handler: ip_local_deliver hands it every IPPROTO_UDP packet. */
export function* udp_rcv(skb: SkBuff, net: Net): Sim<number> {
  const $f = enter(A$udp_rcv, { skb });
  try {

  if (at(A$udp_rcv.L816)) yield;
  return ($E.fast || $E.twinOk[__udp4_lib_rcv.k] === 1 ? __udp4_lib_rcv$fast(skb, net) : yield* __udp4_lib_rcv(skb, net));
  } finally {
    leave($f);
  }
}
const A$__skb_recv_udp = defineFn('net/ipv4/udp.c', '__skb_recv_udp', {
  L471: 'timeo = sock_rcvtimeo(sk, flags & MSG_DONTWAIT);',
  L476: 'error = sock_error(sk);',
  L477: 'if (error)',
  L480: 'error = -EAGAIN;',
  L483: 'skb = __skb_try_recv_from_queue(sk, queue, flags, udp_skb_destructor,',
  L486: 'return skb;#1',
  L489: 'if (skb_queue_empty_lockless(sk_queue)) {',
  L496: 'skb_queue_splice_tail_init(sk_queue, queue);',
  L498: 'skb = __skb_try_recv_from_queue(sk, queue, flags, udp_skb_dtor_locked,',
  L501: 'if (skb) return skb;',
  L510: '} while (timeo && !__skb_wait_for_more_packets(',
  L513: '*err = error;',
});

/** __skb_recv_udp(): a pending error first; then one datagram from reader_queue (refilled from sk_receive_queue); else wait or EAGAIN. */
function* __skb_recv_udp(sk: Sock, flags: number, noblock: number): Sim<SkBuff | number> {
  const up = udp_sk(sk);
  const $f = enter(A$__skb_recv_udp, { sk, flags, noblock, queue: up.reader_queue, sk_queue: sk.sk_receive_queue });
  try {

  if (at(A$__skb_recv_udp.L471)) yield;
  let timeo = noblock || flags & MSG_DONTWAIT ? 0 : sk.sk_rcvtimeo;
  $f.vars.timeo = timeo;
  let error = 0;
  for (;;) {
    if (at(A$__skb_recv_udp.L476)) yield;
    error = sk.sk_err ? -sk.sk_err : 0;
    sk.sk_err = 0;
    $f.vars.error = error;
    if (at(A$__skb_recv_udp.L477)) yield;
    if (error) break;
    if (at(A$__skb_recv_udp.L480)) yield;
    error = -EAGAIN;
    $f.vars.error = error;
    if (at(A$__skb_recv_udp.L483)) yield;
    if (up.reader_queue.length) {
      if (at(A$__skb_recv_udp.L486)) yield;
      return up.reader_queue.shift()!;
    }
    if (at(A$__skb_recv_udp.L489)) yield;
    if (sk.sk_receive_queue.length) {
      if (at(A$__skb_recv_udp.L496)) yield;
      up.reader_queue.push(...sk.sk_receive_queue);
      sk.sk_receive_queue.length = 0;
      if (at(A$__skb_recv_udp.L498)) yield;
      if (at(A$__skb_recv_udp.L501)) yield;
      return up.reader_queue.shift()!;
    }
    if (at(A$__skb_recv_udp.L510)) yield;
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
    $f.vars.timeo = timeo;
    finish_wait(sk.sk_wq!, task);
    if (!timeo) break;
  }
  $f.vars.error = error;
  if (at(A$__skb_recv_udp.L513)) yield;
  return error;
  } finally {
    leave($f);
  }
}
const A$udp_recvmsg = defineFn('net/ipv4/udp.c', 'udp_recvmsg', {
  L532: 'if (flags & MSG_ERRQUEUE)',
  L538: 'skb = __skb_recv_udp(sk, flags, noblock, &off, &err);',
  L539: 'if (!skb)',
  L542: 'ulen = udp_skb_len(skb);',
  L543: 'copied = len;',
  L548: 'msg->msg_flags |= MSG_TRUNC;',
  L550: 'err = skb_copy_datagram_msg(skb, off, msg, copied);',
  L553: 'UDP_INC_STATS(sock_net(sk), UDP_MIB_INDATAGRAMS, is_udplite);',
  L556: 'if (sin) {',
  L558: 'sin->sin_port = udp_hdr(skb)->source;',
  L559: 'sin->sin_addr.s_addr = ip_hdr(skb)->saddr;',
  L564: 'err = copied;',
  L569: 'skb_consume_udp(sk, skb, peeking ? -err : err);',
  L570: 'return err;#2',
});

/** udp_recvmsg() = udp_prot.recvmsg: one datagram per call, cut to len; the rest of it is lost. */
export function* udp_recvmsg(sk: Sock, msg: Msghdr, len: number, noblock: number, flags: number): Sim<number> {
  const $f = enter(A$udp_recvmsg, { sk, msg, len, noblock, flags });
  try {
  if (at(A$udp_recvmsg.L532)) yield;
  if (flags & MSG_ERRQUEUE) return -EAGAIN;
  if (at(A$udp_recvmsg.L538)) yield;
  const skb = yield* __skb_recv_udp(sk, flags, noblock);
  if (at(A$udp_recvmsg.L539)) yield;
  if (typeof skb === 'number') {
    $f.vars.err = skb;
    return skb;
  }
  $f.vars.skb = skb;
  if (at(A$udp_recvmsg.L542)) yield;
  const ulen = skb.len;
  $f.vars.ulen = ulen;
  if (at(A$udp_recvmsg.L543)) yield;
  let copied = len;
  if (copied > ulen) copied = ulen;
  else if (copied < ulen) {
    if (at(A$udp_recvmsg.L548)) yield;
    msg.msg_flags |= MSG_TRUNC;
  }
  $f.vars.copied = copied;
  if (at(A$udp_recvmsg.L550)) yield;
  msg.data = skb.payload.slice(0, copied);
  if (at(A$udp_recvmsg.L553)) yield;
  if (at(A$udp_recvmsg.L556)) yield;
  if (msg.msg_name) {
    if (at(A$udp_recvmsg.L558)) yield;
    msg.msg_name.sin_family = AF_INET;
    msg.msg_name.sin_port = skb.uh!.source;
    if (at(A$udp_recvmsg.L559)) yield;
    msg.msg_name.sin_addr = skb.iph.saddr;
    msg.msg_namelen = 16;
  }
  if (at(A$udp_recvmsg.L564)) yield;
  let err = copied;
  if (flags & MSG_TRUNC) err = ulen;
  $f.vars.err = err;
  if (at(A$udp_recvmsg.L569)) yield;
  if (at(A$udp_recvmsg.L570)) yield;
  return err;
  } finally {
    leave($f);
  }
}
const A$__udp_disconnect = defineFn('net/ipv4/udp.c', '__udp_disconnect', {
  L584: 'sk->sk_state = TCP_CLOSE;',
  L585: 'inet->inet_daddr = 0;',
  L586: 'inet->inet_dport = 0;',
  L590: 'if (!(sk->sk_userlocks & SOCK_BINDADDR_LOCK)) {',
  L591: 'inet_reset_saddr(sk);',
  L592: 'if (sk->sk_prot->rehash',
  L596: 'if (!(sk->sk_userlocks & SOCK_BINDPORT_LOCK)) {',
  L597: 'sk->sk_prot->unhash(sk);',
  L598: 'inet->inet_sport = 0;',
  L601: 'return 0;',
});

// ---- connect(AF_UNSPEC), close -----------------------------------------------------------------

function* __udp_disconnect(sk: Sock, flags: number): Sim<number> { let $t: any;
  const inet = inet_sk(sk);
  const $f = enter(A$__udp_disconnect, { sk, flags, inet });
  try {

  // a plain store: no sock:inet_sock_set_state
  if (at(A$__udp_disconnect.L584)) yield;
  sk.sk_state = TCP_CLOSE;
  if (at(A$__udp_disconnect.L585)) yield;
  inet.inet_daddr = ANY;
  if (at(A$__udp_disconnect.L586)) yield;
  inet.inet_dport = 0;
  if (at(A$__udp_disconnect.L590)) yield;
  if (!(sk.sk_userlocks & SOCK_BINDADDR_LOCK)) {
    if (at(A$__udp_disconnect.L591)) yield;
    inet.inet_saddr = ANY;
    inet.inet_rcv_saddr = ANY;
    if (at(A$__udp_disconnect.L592)) yield;
    if (sk.sk_userlocks & SOCK_BINDPORT_LOCK) udp_v4_rehash(sk);
  }
  if (at(A$__udp_disconnect.L596)) yield;
  if (!(sk.sk_userlocks & SOCK_BINDPORT_LOCK)) {
    if (at(A$__udp_disconnect.L597)) yield;
    (($t = sk.sk_prot.unhash).fast !== undefined && ($E.fast || $E.twinOk[$t.k] === 1) ? $t.fast(sk) : yield* sk.sk_prot.unhash(sk));
    if (at(A$__udp_disconnect.L598)) yield;
    inet.inet_sport = 0;
  }
  if (at(A$__udp_disconnect.L601)) yield;
  return 0;
  } finally {
    leave($f);
  }
}
const A$udp_disconnect = defineFn('net/ipv4/udp.c', 'udp_disconnect', {
  L611: 'lock_sock(sk);',
  L612: '__udp_disconnect(sk, flags);',
  L613: 'release_sock(sk);',
  L614: 'return 0;',
});

/** udp_disconnect() = udp_prot.disconnect: connect(fd, AF_UNSPEC) on a UDP socket. */
export function* udp_disconnect(sk: Sock, flags: number): Sim<number> {
  const $f = enter(A$udp_disconnect, { sk, flags });
  try {
  if (at(A$udp_disconnect.L611)) yield;
  if (at(A$udp_disconnect.L612)) yield;
  ($E.fast || $E.twinOk[__udp_disconnect.k] === 1 ? __udp_disconnect$fast(sk, flags) : yield* __udp_disconnect(sk, flags));
  if (at(A$udp_disconnect.L613)) yield;
  if (at(A$udp_disconnect.L614)) yield;
  return 0;
  } finally {
    leave($f);
  }
}
const A$udp_lib_unhash = defineFn('net/ipv4/udp.c', 'udp_lib_unhash', {
  L624: 'if (sk_hashed(sk)) {',
  L628: 'hslot  = udp_hashslot(',
  L634: 'if (sk_del_node_init_rcu(sk)) {',
  L636: 'inet_sk(sk)->inet_num = 0;',
  L641: 'hlist_del_init_rcu(&udp_sk(sk)->udp_portaddr_node);',
});

/** udp_lib_unhash() = udp_prot.unhash: out of hash and hash2; inet_num back to 0. */
export function* udp_lib_unhash(sk: Sock): Sim<void> {
  const up = udp_sk(sk);
  const $f = enter(A$udp_lib_unhash, { sk });
  try {

  if (at(A$udp_lib_unhash.L624)) yield;
  if (sk.hashedIn !== 'udp') return;
  const t = sk.sk_net.udp_table;
  if (at(A$udp_lib_unhash.L628)) yield;
  $f.vars.hslot = up.udp_port_hash;
  $f.vars.hslot2 = up.udp_portaddr_hash;
  if (at(A$udp_lib_unhash.L634)) yield;
  if (slotDel(t.hash, up.udp_port_hash, sk)) {
    sk.hashedIn = null;
    if (at(A$udp_lib_unhash.L636)) yield;
    sk.inet_num = 0;
    if (at(A$udp_lib_unhash.L641)) yield;
    slotDel(t.hash2, up.udp_portaddr_hash, sk);
  }
  } finally {
    leave($f);
  }
}
const A$udp_destroy_sock = defineFn('net/ipv4/udp.c', 'udp_destroy_sock', {
  L827: 'bool slow = lock_sock_fast(sk);',
  L830: 'udp_flush_pending_frames(sk);',
  L833: 'if (static_branch_unlikely(&udp_encap_needed_key)) {',
});

/** udp_destroy_sock() = udp_prot.destroy. */
export function* udp_destroy_sock(sk: Sock): Sim<void> {
  const $f = enter(A$udp_destroy_sock, { sk, up: sk });
  try {

  if (at(A$udp_destroy_sock.L827)) yield;
  if (at(A$udp_destroy_sock.L830)) yield;
  udp_sk(sk).pending = 0;
  if (at(A$udp_destroy_sock.L833)) yield;
  } finally {
    leave($f);
  }
}
const A$udp_init_sock = defineFn('net/ipv4/udp.c', 'udp_init_sock', {
  L449: 'skb_queue_head_init(&udp_sk(sk)->reader_queue);',
  L450: 'sk->sk_destruct = udp_destruct_sock;',
  L452: 'return 0;',
});

/** udp_init_sock() = udp_prot.init: a second receive queue and a destructor — nothing else to set up. */
export function* udp_init_sock(sk: Sock): Sim<number> {
  const $f = enter(A$udp_init_sock, { sk });
  try {
  if (at(A$udp_init_sock.L449)) yield;
  udp_sk(sk).reader_queue = [];
  if (at(A$udp_init_sock.L450)) yield;
  sk.sk_destruct = 'udp_destruct_sock';
  if (at(A$udp_init_sock.L452)) yield;
  return 0;
  } finally {
    leave($f);
  }
}
const A$udp_lib_close = defineFn('include/net/udp.h', 'udp_lib_close', {
  L18: 'sk_common_release(sk);',
});

/** udp_lib_close() = udp_prot.close: no FIN, no TIME_WAIT — release at once. */
export function* udp_lib_close(sk: Sock, timeout: number): Sim<void> {
  const $f = enter(A$udp_lib_close, { sk, timeout });
  try {
  if (at(A$udp_lib_close.L18)) yield;
  ($E.fast || $E.twinOk[sk_common_release.k] === 1 ? sk_common_release$fast(sk) : yield* sk_common_release(sk));
  } finally {
    leave($f);
  }
}

/** udp_setsockopt() = udp_prot.setsockopt: no UDP- or IP-level option is simulated yet (ENOPROTOOPT). */
export function udp_setsockopt(_sk: Sock, _level: number, _optname: number, _optval: number): number {
  return -ERRNO.ENOPROTOOPT;
}
const A$udp_poll = defineFn('net/ipv4/udp.c', 'udp_poll', {
  L846: '__poll_t mask = datagram_poll(file, sock, wait);',
  L849: 'if (!skb_queue_empty_lockless(&udp_sk(sk)->reader_queue))',
  L850: 'mask |= EPOLLIN | EPOLLRDNORM;',
  L852: 'return mask;',
});

// ---- poll -------------------------------------------------------------------------------------------

/** udp_poll() = inet_dgram_ops.poll: datagram_poll, and datagrams already on the reader queue. */
export function* udp_poll(file: File, sock: Socket, wait: PollTable | null): Sim<number> {
  const sk = sock.sk!;
  const $f = enter(A$udp_poll, { file, sock, wait, sk });
  try {
  if (at(A$udp_poll.L846)) yield;
  let mask = ($E.fast || $E.twinOk[datagram_poll.k] === 1 ? datagram_poll$fast(file, sock, wait) : yield* datagram_poll(file, sock, wait));
  $f.vars.mask = mask;
  if (at(A$udp_poll.L849)) yield;
  if (udp_sk(sk).reader_queue.length) {
    if (at(A$udp_poll.L850)) yield;
    mask |= EPOLLIN | EPOLLRDNORM;
    $f.vars.mask = mask;
  }
  if (at(A$udp_poll.L852)) yield;
  return mask;
  } finally {
    leave($f);
  }
}


// ---- fast-path twins (scripts/twins.cjs) ----
import { E as $E, FAST_FRAME as $FF, driveToEnd as $drive, registerTwin as $kreg } from '../../../core/engine';
import { __icmp_send$fast as __icmp_send$fast } from './icmp';
import { sk_common_release$fast as sk_common_release$fast } from '../core/sock';
import { datagram_poll$fast as datagram_poll$fast } from '../core/datagram';
export function udp_lib_get_port$fast(sk: Sock, snum: number): any { const $e = $E; const $tb: any = $e.lineSink; const $st = $e.current!.stack; let $o: number; let $x = -1;
  const net = sk.sk_net;
  const up = udp_sk(sk);
  const $f = ($st.push($FF), $tb !== null && ($o = (A$udp_lib_get_port.fn.id | 268435456), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  try {

  let error = 1;
  
  if (!snum) {
    ++$e.steps; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$udp_lib_get_port.L30) : $tb.op($e.now, A$udp_lib_get_port.L30));
    const [low, high] = net.sysctl['net.ipv4.ip_local_port_range'];
    const remaining = high - low + 1;
    
    
    ++$e.steps; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$udp_lib_get_port.L34) : $tb.op($e.now, A$udp_lib_get_port.L34));
    const rand = net.host.world.rng.u32();
    const first = Math.floor((rand * remaining) / 0x100000000) + low;
    
    ++$e.steps; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$udp_lib_get_port.L38) : $tb.op($e.now, A$udp_lib_get_port.L38));
    let found = 0;
    for (let i = 0; i < remaining && !found; i++) {
      const cand = low + ((first - low + i) % remaining);
      if (!udp_lib_lport_inuse(net, cand, sk)) found = cand;
    }
    if (!found) {
      ++$e.steps; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$udp_lib_get_port.L47) : $tb.op($e.now, A$udp_lib_get_port.L47));
      ++$e.steps; $x = A$udp_lib_get_port.L81 | 1048576;
      return error;
    }
    ++$e.steps; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$udp_lib_get_port.L42) : $tb.op($e.now, A$udp_lib_get_port.L42));
    snum = found;
    
  } else {
    $e.steps += 2; if ($tb !== null) ($o = (A$udp_lib_get_port.L49 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
    
    
    if (udp_lib_lport_inuse(net, snum, sk)) {
      ++$e.steps; $x = A$udp_lib_get_port.L81 | 1048576;
      return error;
    }
  }
  
  $e.steps += 4; if ($tb !== null) ($o = (A$udp_lib_get_port.L57 | 3145728), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  sk.inet_num = snum;
  
  up.udp_port_hash = snum;
  
  up.udp_portaddr_hash = portaddrKey(sk.skc_rcv_saddr, snum);
  
  if (!sk.hashedIn) {
    ++$e.steps; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$udp_lib_get_port.L63) : $tb.op($e.now, A$udp_lib_get_port.L63));
    sock_set_flag(sk, SOCK_RCU_FREE);
    ++$e.steps; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$udp_lib_get_port.L66) : $tb.op($e.now, A$udp_lib_get_port.L66));
    slotAdd(net.udp_table.hash, snum, sk);
    sk.hashedIn = 'udp';
    ++$e.steps; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$udp_lib_get_port.L72) : $tb.op($e.now, A$udp_lib_get_port.L72));
    slotAdd(net.udp_table.hash2, up.udp_portaddr_hash, sk);
    
  }
  $e.steps += 2; $x = A$udp_lib_get_port.L76 | 2097152;
  error = 0;
  
  
  return error;
  } finally {
    ($st.pop(), $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$udp_lib_get_port.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
  }
}
export function udp_v4_get_port$fast(sk: Sock, snum: number): any { const $e = $E; const $tb: any = $e.lineSink; const $st = $e.current!.stack; let $o: number;
  const $f = ($st.push($FF), $tb !== null && ($o = (A$udp_v4_get_port.L92 | 271581184), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  try {
  $e.steps += 3;
  
  
  `${sk.skc_rcv_saddr}:`;
  
  udp_sk(sk).udp_portaddr_hash = `${sk.skc_rcv_saddr}:`;
  ++$e.steps; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$udp_v4_get_port.L97) : $tb.op($e.now, A$udp_v4_get_port.L97));
  return udp_lib_get_port$fast(sk, snum);
  } finally {
    ($st.pop(), $tb !== null && ($o = (A$udp_v4_get_port.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
  }
}
function compute_score$fast(sk: Sock, net: Net, saddr: string, sport: number, daddr: string, hnum: number): any { const $e = $E; const $tb: any = $e.lineSink; const $st = $e.current!.stack; let $o: number; let $x = -1;
  const inet = inet_sk(sk);
  const $f = ($st.push($FF), $tb !== null && ($o = (A$compute_score.L112 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  try {

  ++$e.steps;
  if (sk.sk_net !== net || udp_sk(sk).udp_port_hash !== hnum) return -1;
  ++$e.steps; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$compute_score.L115) : $tb.op($e.now, A$compute_score.L115));
  if (sk.skc_rcv_saddr !== daddr) return -1;
  $e.steps += 2; if ($tb !== null) ($o = (A$compute_score.L117 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  let score = 2;
  
  
  if (inet.inet_daddr !== ANY) {
    ++$e.steps; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$compute_score.L122) : $tb.op($e.now, A$compute_score.L122));
    if (inet.inet_daddr !== saddr) return -1;
    ++$e.steps; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$compute_score.L124) : $tb.op($e.now, A$compute_score.L124));
    score += 4;
    
  }
  ++$e.steps; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$compute_score.L127) : $tb.op($e.now, A$compute_score.L127));
  if (inet.inet_dport) {
    ++$e.steps; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$compute_score.L128) : $tb.op($e.now, A$compute_score.L128));
    if (inet.inet_dport !== sport) return -1;
    ++$e.steps; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$compute_score.L129) : $tb.op($e.now, A$compute_score.L129));
    score += 4;
    
  }
  $e.steps += 2; $x = A$compute_score.L132 | 2097152;
  
  return score;
  } finally {
    ($st.pop(), $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$compute_score.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
  }
}
function udp4_lib_lookup2$fast(net: Net, saddr: string, sport: number, daddr: string, hnum: number): any { const $e = $E; const $tb: any = $e.lineSink; const $st = $e.current!.stack; let $o: number; let $x = -1;
  const key = portaddrKey(daddr, hnum);
  const $f = ($st.push($FF), $tb !== null && ($o = (A$udp4_lib_lookup2.L148 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  try {

  ++$e.steps;
  let result: Sock | null = null;
  let badness = 0;
  for (const sk of [...(net.udp_table.hash2.get(key) ?? [])]) {
    $e.steps += 2; if ($tb !== null) ($o = (A$udp4_lib_lookup2.L150 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
    
    
    const score = compute_score$fast(sk, net, saddr, sport, daddr, hnum);
    
    ++$e.steps; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$udp4_lib_lookup2.L152) : $tb.op($e.now, A$udp4_lib_lookup2.L152));
    if (score > badness) {
      $e.steps += 2; if ($tb !== null) ($o = (A$udp4_lib_lookup2.L155 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
      badness = score;
      
      
      result = sk;
      
    }
  }
  ++$e.steps; $x = A$udp4_lib_lookup2.L159 | 1048576;
  return result;
  } finally {
    ($st.pop(), $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$udp4_lib_lookup2.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
  }
}
export function __udp4_lib_lookup$fast(net: Net, saddr: string, sport: number, daddr: string, dport: number): any { const $e = $E; const $tb: any = $e.lineSink; const $st = $e.current!.stack; let $o: number; let $x = -1;
  const $f = ($st.push($FF), $tb !== null && ($o = (A$__udp4_lib_lookup.L175 | 270532608), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  try {
  $e.steps += 2;
  
  
  let result = udp4_lib_lookup2$fast(net, saddr, sport, daddr, dport);
  
  ++$e.steps; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__udp4_lib_lookup.L180) : $tb.op($e.now, A$__udp4_lib_lookup.L180));
  if (!result) {
    $e.steps += 2; if ($tb !== null) ($o = (A$__udp4_lib_lookup.L182 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
    
    
    result = udp4_lib_lookup2$fast(net, saddr, sport, ANY, dport);
    
  }
  ++$e.steps; $x = A$__udp4_lib_lookup.L190 | 1048576;
  return result;
  } finally {
    ($st.pop(), $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$__udp4_lib_lookup.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
  }
}
export function __udp4_lib_err$fast(skb: SkBuff, info: number, net: Net): any { const $e = $E; const $tb: any = $e.lineSink; const $st = $e.current!.stack; let $o: number; let $x = -1;
  const ic = skb.icmph!;
  const iph = ic.quoted.iph;
  const uh = ic.quoted.uh!;
  const $f = ($st.push($FF), $tb !== null && ($o = (A$__udp4_lib_err.L212 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  try {

  ++$e.steps;
  const sk = __udp4_lib_lookup$fast(net, iph.daddr, uh.dest, iph.saddr, uh.source);
  
  ++$e.steps; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__udp4_lib_err.L213) : $tb.op($e.now, A$__udp4_lib_err.L213));
  if (!sk) {
    ++$e.steps; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__udp4_lib_err.L215) : $tb.op($e.now, A$__udp4_lib_err.L215));
    NET_INC_STATS(net, 'IcmpInErrors');
    return -ENOENT;
  }
  let err = 0;
  let harderr = 0;
  ++$e.steps; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__udp4_lib_err.L224) : $tb.op($e.now, A$__udp4_lib_err.L224));
  if (ic.type === ICMP_DEST_UNREACH) {
    ++$e.steps; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__udp4_lib_err.L228) : $tb.op($e.now, A$__udp4_lib_err.L228));
    err = EHOSTUNREACH;
    const conv = ICMP_ERR_CONVERT[ic.code];
    if (conv) {
      $e.steps += 2; if ($tb !== null) ($o = (A$__udp4_lib_err.L231 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
      harderr = conv.fatal;
      
      err = conv.errno;
    }
  } else {
    err = EHOSTUNREACH;
  }
  
  
  ++$e.steps; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__udp4_lib_err.L240) : $tb.op($e.now, A$__udp4_lib_err.L240));
  if (!inet_sk(sk).recverr) {
    ++$e.steps; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__udp4_lib_err.L241) : $tb.op($e.now, A$__udp4_lib_err.L241));
    if (!harderr || sk.sk_state !== TCP_ESTABLISHED) {
      ++$e.steps; $x = A$__udp4_lib_err.L250 | 1048576;
      return 0;
    }
  }
  $e.steps += 2; if ($tb !== null) ($o = (A$__udp4_lib_err.L246 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  sk.sk_err = err;
  
  // sock_def_error_report: wake the sleepers (a recv() waiting for a datagram)
  wake_up_interruptible(sk.sk_wq);
  ++$e.steps; $x = A$__udp4_lib_err.L250 | 1048576;
  return 0;
  } finally {
    ($st.pop(), $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$__udp4_lib_err.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
  }
}
export function udp_err$fast(skb: SkBuff, info: number, net: Net): any { const $e = $E; const $tb: any = $e.lineSink; const $st = $e.current!.stack; let $o: number;
  const $f = ($st.push($FF), $tb !== null && ($o = (A$udp_err.L260 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  try {

  ++$e.steps;
  return __udp4_lib_err$fast(skb, info, net);
  } finally {
    ($st.pop(), $tb !== null && ($o = (A$udp_err.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
  }
}
function udp_send_skb$fast(skb: SkBuff, fl4: { saddr: string; daddr: string; fl4_dport: number }): any { const $e = $E; const $tb: any = $e.lineSink; const $st = $e.current!.stack; let $o: number; let $x = -1;
  const sk = skb.sk as Sock;
  const inet = inet_sk(sk);
  const $f = ($st.push($FF), $tb !== null && ($o = (A$udp_send_skb.L280 | 273678336), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  try {

  $e.steps += 5;
  const uh = skb.uh!;
  
  
  uh.source = inet.inet_sport;
  
  uh.dest = fl4.fl4_dport;
  
  uh.len = 8 + skb.len;
  
  uh.check = udpChecksum(fl4.saddr, fl4.daddr, uh.source, uh.dest, skb.payload);
  ++$e.steps; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$udp_send_skb.L294) : $tb.op($e.now, A$udp_send_skb.L294));
  const net = sk.sk_net;
  net.host.world.transmit(net.host, skb);
  ++$e.steps; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$udp_send_skb.L298) : $tb.op($e.now, A$udp_send_skb.L298));
  NET_INC_STATS(net, 'UdpOutDatagrams');
  ++$e.steps; $x = A$udp_send_skb.L299 | 1048576;
  return 0;
  } finally {
    ($st.pop(), $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$udp_send_skb.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
  }
}
export function udp_sendmsg$fast(sk: Sock, msg: Msghdr, len: number): any { const $e = $E; const $tb: any = $e.lineSink; const $st = $e.current!.stack; let $o: number; let $x = -1;
  const inet = inet_sk(sk);
  const usin = msg.msg_name;
  const $f = ($st.push($FF), $tb !== null && ($o = (A$udp_sendmsg.L325 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  try {

  ++$e.steps;
  if (len > 0xffff) return -EMSGSIZE;
  ++$e.steps; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$udp_sendmsg.L328) : $tb.op($e.now, A$udp_sendmsg.L328));
  if (msg.msg_flags & MSG_OOB) return -EOPNOTSUPP;
  $e.steps += 2; if ($tb !== null) ($o = (A$udp_sendmsg.L331 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  const ulen = len + 8;
  
  let daddr: string;
  let dport: number;
  let connected = 0;
  
  if (usin) {
    ++$e.steps; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$udp_sendmsg.L335) : $tb.op($e.now, A$udp_sendmsg.L335));
    if (msg.msg_namelen < 16) return -EINVAL;
    ++$e.steps; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$udp_sendmsg.L336) : $tb.op($e.now, A$udp_sendmsg.L336));
    if (usin.sin_family !== AF_INET && usin.sin_family !== AF_UNSPEC) return -EAFNOSUPPORT;
    $e.steps += 3; if ($tb !== null) ($o = (A$udp_sendmsg.L340 | 2097152), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
    daddr = usin.sin_addr;
    
    dport = usin.sin_port;
    
    if (dport === 0) return -EINVAL;
  } else {
    ++$e.steps; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$udp_sendmsg.L346) : $tb.op($e.now, A$udp_sendmsg.L346));
    if (sk.sk_state !== TCP_ESTABLISHED) {
      ++$e.steps; $x = A$udp_sendmsg.L347 | 1048576;
      return -EDESTADDRREQ;
    }
    $e.steps += 3; if ($tb !== null) ($o = (A$udp_sendmsg.L348 | 2097152), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
    daddr = inet.inet_daddr;
    
    dport = inet.inet_dport;
    
    connected = 1;
  }
  
  
  
  let rt: { saddr: string; daddr: string } | null = null;
  if (connected) {
    // the route connect() cached: from the connected addresses
    ++$e.steps; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$udp_sendmsg.L359) : $tb.op($e.now, A$udp_sendmsg.L359));
    rt = { saddr: inet.inet_saddr, daddr };
  }
  if (!rt) {
    ++$e.steps; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$udp_sendmsg.L366) : $tb.op($e.now, A$udp_sendmsg.L366));
    const r = ip_route_connect(sk.sk_net, daddr);
    ++$e.steps; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$udp_sendmsg.L367) : $tb.op($e.now, A$udp_sendmsg.L367));
    if (typeof r === 'number') {
      
      ++$e.steps; $x = A$udp_sendmsg.L401 | 1048576;
      return r;
    }
    // a bound source address wins over the route's choice
    rt = { saddr: inet.inet_saddr !== ANY ? inet.inet_saddr : r.saddr, daddr: r.daddr };
    ++$e.steps; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$udp_sendmsg.L374) : $tb.op($e.now, A$udp_sendmsg.L374));
    if (daddr === '255.255.255.255' && !sock_flag(sk, 'SOCK_BROADCAST')) return -EACCES;
  }
  
  $e.steps += 2; if ($tb !== null) ($o = (A$udp_sendmsg.L378 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  const fl4 = { saddr: rt.saddr, daddr: rt.daddr, fl4_dport: dport };
  
  
  const skb = ip_make_skb(sk, fl4, msg.data, ulen);
  let err: number;
  if (typeof skb === 'number') {
    err = skb;
  } else {
    
    ++$e.steps; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$udp_sendmsg.L391) : $tb.op($e.now, A$udp_sendmsg.L391));
    err = udp_send_skb$fast(skb, fl4);
  }
  
  ++$e.steps; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$udp_sendmsg.L398) : $tb.op($e.now, A$udp_sendmsg.L398));
  if (!err) {
    ++$e.steps; $x = A$udp_sendmsg.L399 | 1048576;
    return len;
  }
  ++$e.steps; $x = A$udp_sendmsg.L401 | 1048576;
  return err;
  } finally {
    ($st.pop(), $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$udp_sendmsg.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
  }
}
function __udp_enqueue_schedule_skb$fast(sk: Sock, skb: SkBuff): any { const $e = $E; const $tb: any = $e.lineSink; const $st = $e.current!.stack; let $o: number; let $x = -1;
  const $f = ($st.push($FF), $tb !== null && ($o = (A$__udp_enqueue_schedule_skb.L417 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  try {
  ++$e.steps;
  const rmem = rmemAlloc(sk);
  
  ++$e.steps; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__udp_enqueue_schedule_skb.L418) : $tb.op($e.now, A$__udp_enqueue_schedule_skb.L418));
  if (rmem > sk.sk_rcvbuf) {
    $e.steps += 2; $x = A$__udp_enqueue_schedule_skb.L436 | 2097152;
    sk.sk_drops++;
    
    return -ENOMEM;
  }
  ++$e.steps; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__udp_enqueue_schedule_skb.L422) : $tb.op($e.now, A$__udp_enqueue_schedule_skb.L422));
  rmem + truesize(skb);
  ++$e.steps; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__udp_enqueue_schedule_skb.L425) : $tb.op($e.now, A$__udp_enqueue_schedule_skb.L425));
  sk.sk_receive_queue.push(skb);
  ++$e.steps; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__udp_enqueue_schedule_skb.L429) : $tb.op($e.now, A$__udp_enqueue_schedule_skb.L429));
  if (!sock_flag(sk, SOCK_DEAD)) {
    ++$e.steps; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__udp_enqueue_schedule_skb.L430) : $tb.op($e.now, A$__udp_enqueue_schedule_skb.L430));
    // sock_def_readable: wake whoever sleeps in recv()
    wake_up_interruptible(sk.sk_wq);
  }
  ++$e.steps; $x = A$__udp_enqueue_schedule_skb.L433 | 1048576;
  return 0;
  } finally {
    ($st.pop(), $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$__udp_enqueue_schedule_skb.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
  }
}
function __udp_queue_rcv_skb$fast(sk: Sock, skb: SkBuff): any { const $e = $E; const $tb: any = $e.lineSink; const $st = $e.current!.stack; let $o: number; let $x = -1;
  const $f = ($st.push($FF), $tb !== null && ($o = (A$__udp_queue_rcv_skb.L658 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  try {
  ++$e.steps;
  const rc = __udp_enqueue_schedule_skb$fast(sk, skb);
  
  ++$e.steps; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__udp_queue_rcv_skb.L659) : $tb.op($e.now, A$__udp_queue_rcv_skb.L659));
  if (rc < 0) {
    const net = sk.sk_net;
    ++$e.steps; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__udp_queue_rcv_skb.L663) : $tb.op($e.now, A$__udp_queue_rcv_skb.L663));
    if (rc === -ENOMEM) NET_INC_STATS(net, 'UdpRcvbufErrors');
    ++$e.steps; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__udp_queue_rcv_skb.L665) : $tb.op($e.now, A$__udp_queue_rcv_skb.L665));
    NET_INC_STATS(net, 'UdpInErrors');
    ++$e.steps; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__udp_queue_rcv_skb.L668) : $tb.op($e.now, A$__udp_queue_rcv_skb.L668));
    E.emit({ ev: 'note', t: E.now, host: net.host.name, text: `udp:udp_fail_queue_rcv_skb rc=${rc} port=${sk.inet_num} (${tracingComm()})` });
    return -1;
  }
  ++$e.steps; $x = A$__udp_queue_rcv_skb.L672 | 1048576;
  return 0;
  } finally {
    ($st.pop(), $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$__udp_queue_rcv_skb.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
  }
}
function udp_queue_rcv_one_skb$fast(sk: Sock, skb: SkBuff): any { const $e = $E; const $tb: any = $e.lineSink; const $st = $e.current!.stack; let $o: number;
  const $f = ($st.push($FF), $tb !== null && ($o = (A$udp_queue_rcv_one_skb.L686 | 272629760), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  try {

  $e.steps += 4;
  
  
  
  return __udp_queue_rcv_skb$fast(sk, skb);
  } finally {
    ($st.pop(), $tb !== null && ($o = (A$udp_queue_rcv_one_skb.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
  }
}
function udp_queue_rcv_skb$fast(sk: Sock, skb: SkBuff): any { const $e = $E; const $tb: any = $e.lineSink; const $st = $e.current!.stack; let $o: number;
  const $f = ($st.push($FF), $tb !== null && ($o = (A$udp_queue_rcv_skb.L717 | 270532608), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  try {
  $e.steps += 2;
  
  return udp_queue_rcv_one_skb$fast(sk, skb);
  } finally {
    ($st.pop(), $tb !== null && ($o = (A$udp_queue_rcv_skb.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
  }
}
function udp_unicast_rcv_skb$fast(sk: Sock, skb: SkBuff): any { const $e = $E; const $tb: any = $e.lineSink; const $st = $e.current!.stack; let $o: number; let $x = -1;
  const $f = ($st.push($FF), $tb !== null && ($o = (A$udp_unicast_rcv_skb.L732 | 270532608), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  try {

  $e.steps += 2;
  
  const ret = udp_queue_rcv_skb$fast(sk, skb);
  
  $e.steps += 2; $x = A$udp_unicast_rcv_skb.L738 | 2097152;
  
  return 0;
  } finally {
    ($st.pop(), $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$udp_unicast_rcv_skb.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
  }
}
export function __udp4_lib_rcv$fast(skb: SkBuff, net: Net): any { const $e = $E; const $tb: any = $e.lineSink; const $st = $e.current!.stack; let $o: number; let $x = -1;
  const $f = ($st.push($FF), $tb !== null && ($o = (A$__udp4_lib_rcv.L758 | 272629760), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  try {

  $e.steps += 4;
  
  const uh = skb.uh!;
  
  
  
  
  
  
  if (uh.len > 8 + skb.len || uh.len < 8) {
    ++$e.steps; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__udp4_lib_rcv.L804) : $tb.op($e.now, A$__udp4_lib_rcv.L804));
    NET_INC_STATS(net, 'UdpInErrors');
    return 0;
  }
  $e.steps += 3; if ($tb !== null) ($o = (A$__udp4_lib_rcv.L770 | 2097152), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  
  
  const sk = __udp4_lib_lookup$fast(net, skb.iph.saddr, uh.source, skb.iph.daddr, uh.dest);
  
  ++$e.steps; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__udp4_lib_rcv.L779) : $tb.op($e.now, A$__udp4_lib_rcv.L779));
  if (sk) {
    ++$e.steps; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__udp4_lib_rcv.L780) : $tb.op($e.now, A$__udp4_lib_rcv.L780));
    NET_INC_STATS(net, 'UdpInDatagrams');
    return udp_unicast_rcv_skb$fast(sk, skb);
  }
  $e.steps += 2; if ($tb !== null) ($o = (A$__udp4_lib_rcv.L782 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  
  NET_INC_STATS(net, 'UdpNoPorts');
  ++$e.steps; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__udp4_lib_rcv.L793) : $tb.op($e.now, A$__udp4_lib_rcv.L793));
  __icmp_send$fast(skb, ICMP_DEST_UNREACH, ICMP_PORT_UNREACH, 0, net);
  $e.steps += 2; $x = A$__udp4_lib_rcv.L795 | 2097152;
  
  return 0;
  } finally {
    ($st.pop(), $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$__udp4_lib_rcv.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
  }
}
export function udp_rcv$fast(skb: SkBuff, net: Net): any { const $e = $E; const $tb: any = $e.lineSink; const $st = $e.current!.stack; let $o: number;
  const $f = ($st.push($FF), $tb !== null && ($o = (A$udp_rcv.L816 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  try {

  ++$e.steps;
  return __udp4_lib_rcv$fast(skb, net);
  } finally {
    ($st.pop(), $tb !== null && ($o = (A$udp_rcv.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
  }
}
function __udp_disconnect$fast(sk: Sock, flags: number): any { const $e = $E; const $tb: any = $e.lineSink; const $st = $e.current!.stack; let $t: any; let $o: number; let $x = -1;
  const inet = inet_sk(sk);
  const $f = ($st.push($FF), $tb !== null && ($o = (A$__udp_disconnect.L584 | 272629760), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  try {

  // a plain store: no sock:inet_sock_set_state
  $e.steps += 4;
  sk.sk_state = TCP_CLOSE;
  
  inet.inet_daddr = ANY;
  
  inet.inet_dport = 0;
  
  if (!(sk.sk_userlocks & SOCK_BINDADDR_LOCK)) {
    $e.steps += 2; if ($tb !== null) ($o = (A$__udp_disconnect.L591 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
    inet.inet_saddr = ANY;
    inet.inet_rcv_saddr = ANY;
    
    if (sk.sk_userlocks & SOCK_BINDPORT_LOCK) udp_v4_rehash(sk);
  }
  ++$e.steps; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__udp_disconnect.L596) : $tb.op($e.now, A$__udp_disconnect.L596));
  if (!(sk.sk_userlocks & SOCK_BINDPORT_LOCK)) {
    ++$e.steps; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__udp_disconnect.L597) : $tb.op($e.now, A$__udp_disconnect.L597));
    (($t = sk.sk_prot.unhash).fast !== undefined ? $t.fast(sk) : $drive($t(sk)));
    ++$e.steps; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__udp_disconnect.L598) : $tb.op($e.now, A$__udp_disconnect.L598));
    inet.inet_sport = 0;
  }
  ++$e.steps; $x = A$__udp_disconnect.L601 | 1048576;
  return 0;
  } finally {
    ($st.pop(), $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$__udp_disconnect.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
  }
}
export function udp_disconnect$fast(sk: Sock, flags: number): any { const $e = $E; const $tb: any = $e.lineSink; const $st = $e.current!.stack; let $o: number; let $x = -1;
  const $f = ($st.push($FF), $tb !== null && ($o = (A$udp_disconnect.L611 | 270532608), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  try {
  $e.steps += 2;
  
  __udp_disconnect$fast(sk, flags);
  $e.steps += 2; $x = A$udp_disconnect.L613 | 2097152;
  
  return 0;
  } finally {
    ($st.pop(), $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$udp_disconnect.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
  }
}
export function udp_lib_unhash$fast(sk: Sock): any { const $e = $E; const $tb: any = $e.lineSink; const $st = $e.current!.stack; let $o: number;
  const up = udp_sk(sk);
  const $f = ($st.push($FF), $tb !== null && ($o = (A$udp_lib_unhash.L624 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  try {

  ++$e.steps;
  if (sk.hashedIn !== 'udp') return;
  const t = sk.sk_net.udp_table;
  $e.steps += 2; if ($tb !== null) ($o = (A$udp_lib_unhash.L628 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  
  
  
  if (slotDel(t.hash, up.udp_port_hash, sk)) {
    sk.hashedIn = null;
    $e.steps += 2; if ($tb !== null) ($o = (A$udp_lib_unhash.L636 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
    sk.inet_num = 0;
    
    slotDel(t.hash2, up.udp_portaddr_hash, sk);
  }
  } finally {
    ($st.pop(), $tb !== null && ($o = (A$udp_lib_unhash.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
  }
}
export function udp_destroy_sock$fast(sk: Sock): any { const $e = $E; const $tb: any = $e.lineSink; const $st = $e.current!.stack; let $o: number;
  const $f = ($st.push($FF), $tb !== null && ($o = (A$udp_destroy_sock.L827 | 270532608), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  try {

  $e.steps += 2;
  
  udp_sk(sk).pending = 0;
  ++$e.steps; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$udp_destroy_sock.L833) : $tb.op($e.now, A$udp_destroy_sock.L833));
  } finally {
    ($st.pop(), $tb !== null && ($o = (A$udp_destroy_sock.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
  }
}
export function udp_init_sock$fast(sk: Sock): any { const $e = $E; const $tb: any = $e.lineSink; const $st = $e.current!.stack; let $o: number; let $x = -1;
  const $f = ($st.push($FF), $tb !== null && ($o = (A$udp_init_sock.L449 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  try {
  ++$e.steps;
  udp_sk(sk).reader_queue = [];
  $e.steps += 2; $x = A$udp_init_sock.L450 | 2097152;
  sk.sk_destruct = 'udp_destruct_sock';
  
  return 0;
  } finally {
    ($st.pop(), $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$udp_init_sock.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
  }
}
export function udp_lib_close$fast(sk: Sock, timeout: number): any { const $e = $E; const $tb: any = $e.lineSink; const $st = $e.current!.stack; let $o: number;
  const $f = ($st.push($FF), $tb !== null && ($o = (A$udp_lib_close.L18 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  try {
  ++$e.steps;
  sk_common_release$fast(sk);
  } finally {
    ($st.pop(), $tb !== null && ($o = (A$udp_lib_close.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
  }
}
export function udp_poll$fast(file: File, sock: Socket, wait: PollTable | null): any { const $e = $E; const $tb: any = $e.lineSink; const $st = $e.current!.stack; let $o: number; let $x = -1;
  const sk = sock.sk!;
  const $f = ($st.push($FF), $tb !== null && ($o = (A$udp_poll.L846 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  try {
  ++$e.steps;
  let mask = datagram_poll$fast(file, sock, wait);
  
  ++$e.steps; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$udp_poll.L849) : $tb.op($e.now, A$udp_poll.L849));
  if (udp_sk(sk).reader_queue.length) {
    ++$e.steps; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$udp_poll.L850) : $tb.op($e.now, A$udp_poll.L850));
    mask |= EPOLLIN | EPOLLRDNORM;
    
  }
  ++$e.steps; $x = A$udp_poll.L852 | 1048576;
  return mask;
  } finally {
    ($st.pop(), $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$udp_poll.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
  }
}
$kreg(udp_lib_get_port, udp_lib_get_port$fast, 'udp_lib_get_port', () => []);
$kreg(udp_v4_get_port, udp_v4_get_port$fast, 'udp_v4_get_port', () => [udp_lib_get_port]);
$kreg(compute_score, compute_score$fast, 'compute_score', () => []);
$kreg(udp4_lib_lookup2, udp4_lib_lookup2$fast, 'udp4_lib_lookup2', () => [compute_score]);
$kreg(__udp4_lib_lookup, __udp4_lib_lookup$fast, '__udp4_lib_lookup', () => [udp4_lib_lookup2]);
$kreg(__udp4_lib_err, __udp4_lib_err$fast, '__udp4_lib_err', () => [__udp4_lib_lookup]);
$kreg(udp_err, udp_err$fast, 'udp_err', () => [__udp4_lib_err]);
$kreg(udp_send_skb, udp_send_skb$fast, 'udp_send_skb', () => []);
$kreg(udp_sendmsg, udp_sendmsg$fast, 'udp_sendmsg', () => [udp_send_skb]);
$kreg(__udp_enqueue_schedule_skb, __udp_enqueue_schedule_skb$fast, '__udp_enqueue_schedule_skb', () => []);
$kreg(__udp_queue_rcv_skb, __udp_queue_rcv_skb$fast, '__udp_queue_rcv_skb', () => [__udp_enqueue_schedule_skb]);
$kreg(udp_queue_rcv_one_skb, udp_queue_rcv_one_skb$fast, 'udp_queue_rcv_one_skb', () => [__udp_queue_rcv_skb]);
$kreg(udp_queue_rcv_skb, udp_queue_rcv_skb$fast, 'udp_queue_rcv_skb', () => [udp_queue_rcv_one_skb]);
$kreg(udp_unicast_rcv_skb, udp_unicast_rcv_skb$fast, 'udp_unicast_rcv_skb', () => [udp_queue_rcv_skb]);
$kreg(__udp4_lib_rcv, __udp4_lib_rcv$fast, '__udp4_lib_rcv', () => [__icmp_send, __udp4_lib_lookup, udp_unicast_rcv_skb]);
$kreg(udp_rcv, udp_rcv$fast, 'udp_rcv', () => [__udp4_lib_rcv]);
$kreg(__udp_disconnect, __udp_disconnect$fast, '__udp_disconnect', () => ['inet_unhash', udp_lib_unhash]);
$kreg(udp_disconnect, udp_disconnect$fast, 'udp_disconnect', () => [__udp_disconnect]);
$kreg(udp_lib_unhash, udp_lib_unhash$fast, 'udp_lib_unhash', () => []);
$kreg(udp_destroy_sock, udp_destroy_sock$fast, 'udp_destroy_sock', () => []);
$kreg(udp_init_sock, udp_init_sock$fast, 'udp_init_sock', () => []);
$kreg(udp_lib_close, udp_lib_close$fast, 'udp_lib_close', () => [sk_common_release]);
$kreg(udp_poll, udp_poll$fast, 'udp_poll', () => [datagram_poll]);

// ---- kernel names ----
(udp_v4_get_port as any).kname = 'udp_v4_get_port';
(udp_v4_rehash as any).kname = 'udp_v4_rehash';
(udp_sendmsg as any).kname = 'udp_sendmsg';
(udp_recvmsg as any).kname = 'udp_recvmsg';
(udp_disconnect as any).kname = 'udp_disconnect';
(udp_lib_unhash as any).kname = 'udp_lib_unhash';
(udp_destroy_sock as any).kname = 'udp_destroy_sock';
(udp_init_sock as any).kname = 'udp_init_sock';
(udp_lib_close as any).kname = 'udp_lib_close';
(udp_setsockopt as any).kname = 'udp_setsockopt';
(udp_poll as any).kname = 'udp_poll';
