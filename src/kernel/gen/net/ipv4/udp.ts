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
import { prepare_to_wait, finish_wait } from '../../../world/current';
import type { Msghdr } from '../../../include/linux/net';
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
  L32: 'inet_get_local_port_range(net, &low, &high);',
  L36: 'first = reciprocal_scale(rand, remaining) + low;',
  L40: 'udp_lib_lport_inuse(net, snum, hslot, bitmap, sk,',
  L45: 'if (low <= snum && snum <= high',
  L53: 'goto fail;',
  L55: 'hslot = udp_hashslot(udptable, net, snum);',
  L60: 'if (udp_lib_lport_inuse(net, snum, hslot, NULL, sk, 0))',
  L64: 'inet_sk(sk)->inet_num = snum;',
  L65: 'udp_sk(sk)->udp_port_hash = snum;',
  L67: 'udp_sk(sk)->udp_portaddr_hash ^= snum;',
  L68: 'if (sk_unhashed(sk)) {',
  L70: 'sock_set_flag(sk, SOCK_RCU_FREE);',
  L73: 'sk_add_node_rcu(sk, &hslot->head);',
  L79: 'hlist_add_head_rcu(&udp_sk(sk)->udp_portaddr_node,',
  L84: 'error = 0;',
  L89: 'return error;',
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
    if (at(A$udp_lib_get_port.L32)) yield;
    const [low, high] = net.sysctl['net.ipv4.ip_local_port_range'];
    const remaining = high - low + 1;
    $f.vars.low = low;
    $f.vars.high = high;
    if (at(A$udp_lib_get_port.L36)) yield;
    const rand = net.host.world.rng.u32();
    const first = Math.floor((rand * remaining) / 0x100000000) + low;
    $f.vars.first = first;
    if (at(A$udp_lib_get_port.L40)) yield;
    let found = 0;
    for (let i = 0; i < remaining && !found; i++) {
      const cand = low + ((first - low + i) % remaining);
      if (!udp_lib_lport_inuse(net, cand, sk)) found = cand;
    }
    if (!found) {
      if (at(A$udp_lib_get_port.L53)) yield;
      if (at(A$udp_lib_get_port.L89)) yield;
      return error;
    }
    if (at(A$udp_lib_get_port.L45)) yield;
    snum = found;
    $f.vars.snum = snum;
  } else {
    if (at(A$udp_lib_get_port.L55)) yield;
    $f.vars.hslot = snum;
    if (at(A$udp_lib_get_port.L60)) yield;
    if (udp_lib_lport_inuse(net, snum, sk)) {
      if (at(A$udp_lib_get_port.L89)) yield;
      return error;
    }
  }
  $f.vars.hslot = snum;
  if (at(A$udp_lib_get_port.L64)) yield;
  sk.inet_num = snum;
  if (at(A$udp_lib_get_port.L65)) yield;
  up.udp_port_hash = snum;
  if (at(A$udp_lib_get_port.L67)) yield;
  up.udp_portaddr_hash = portaddrKey(sk.skc_rcv_saddr, snum);
  if (at(A$udp_lib_get_port.L68)) yield;
  if (!sk.hashedIn) {
    if (at(A$udp_lib_get_port.L70)) yield;
    sock_set_flag(sk, SOCK_RCU_FREE);
    if (at(A$udp_lib_get_port.L73)) yield;
    slotAdd(net.udp_table.hash, snum, sk);
    sk.hashedIn = 'udp';
    if (at(A$udp_lib_get_port.L79)) yield;
    slotAdd(net.udp_table.hash2, up.udp_portaddr_hash, sk);
    $f.vars.hslot2 = up.udp_portaddr_hash;
  }
  if (at(A$udp_lib_get_port.L84)) yield;
  error = 0;
  $f.vars.error = 0;
  if (at(A$udp_lib_get_port.L89)) yield;
  return error;
  } finally {
    leave($f);
  }
}
const A$udp_v4_get_port = defineFn('net/ipv4/udp.c', 'udp_v4_get_port', {
  L100: 'unsigned int hash2_nulladdr =',
  L102: 'unsigned int hash2_partial =',
  L106: 'udp_sk(sk)->udp_portaddr_hash = hash2_partial;',
  L107: 'return udp_lib_get_port(sk, snum, hash2_nulladdr);',
});

/** udp_v4_get_port() = udp_prot.get_port. */
export function* udp_v4_get_port(sk: Sock, snum: number): Sim<number> {
  const $f = enter(A$udp_v4_get_port, { sk, snum });
  try {
  if (at(A$udp_v4_get_port.L100)) yield;
  $f.vars.hash2_nulladdr = portaddrKey(ANY, snum);
  if (at(A$udp_v4_get_port.L102)) yield;
  $f.vars.hash2_partial = `${sk.skc_rcv_saddr}:`;
  if (at(A$udp_v4_get_port.L106)) yield;
  udp_sk(sk).udp_portaddr_hash = `${sk.skc_rcv_saddr}:`;
  if (at(A$udp_v4_get_port.L107)) yield;
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
  L125: 'if (!net_eq(sock_net(sk), net)',
  L131: 'if (sk->sk_rcv_saddr != daddr)',
  L134: 'score = (sk->sk_family == PF_INET) ? 2 : 1;',
  L138: 'if (inet->inet_daddr) {',
  L139: 'if (inet->inet_daddr != saddr)',
  L142: 'score += 4;#1',
  L145: 'if (inet->inet_dport) {',
  L146: 'if (inet->inet_dport != sport)',
  L148: 'score += 4;#2',
  L151: 'dev_match = udp_sk_bound_dev_eq(',
  L156: 'return score;',
});

// ---- the socket lookup ---------------------------------------------------------------------

function* compute_score(sk: Sock, net: Net, saddr: string, sport: number, daddr: string, hnum: number): Sim<number> {
  const inet = inet_sk(sk);
  const $f = enter(A$compute_score, { sk, saddr, sport, daddr, hnum });
  try {

  if (at(A$compute_score.L125)) yield;
  if (sk.sk_net !== net || udp_sk(sk).udp_port_hash !== hnum) return -1;
  if (at(A$compute_score.L131)) yield;
  if (sk.skc_rcv_saddr !== daddr) return -1;
  if (at(A$compute_score.L134)) yield;
  let score = 2;
  $f.vars.score = score;
  if (at(A$compute_score.L138)) yield;
  if (inet.inet_daddr !== ANY) {
    if (at(A$compute_score.L139)) yield;
    if (inet.inet_daddr !== saddr) return -1;
    if (at(A$compute_score.L142)) yield;
    score += 4;
    $f.vars.score = score;
  }
  if (at(A$compute_score.L145)) yield;
  if (inet.inet_dport) {
    if (at(A$compute_score.L146)) yield;
    if (inet.inet_dport !== sport) return -1;
    if (at(A$compute_score.L148)) yield;
    score += 4;
    $f.vars.score = score;
  }
  if (at(A$compute_score.L151)) yield;
  if (at(A$compute_score.L156)) yield;
  return score;
  } finally {
    leave($f);
  }
}
const A$udp4_lib_lookup2 = defineFn('net/ipv4/udp.c', 'udp4_lib_lookup2', {
  L174: 'result = NULL;',
  L176: 'udp_portaddr_for_each_entry_rcu(sk, &hslot2->head) {',
  L177: 'score = compute_score(',
  L179: 'if (score > badness) {',
  L182: 'badness = score;',
  L183: 'result = sk;',
  L186: 'return result;',
});

function* udp4_lib_lookup2(net: Net, saddr: string, sport: number, daddr: string, hnum: number): Sim<Sock | null> {
  const key = portaddrKey(daddr, hnum);
  const $f = enter(A$udp4_lib_lookup2, { saddr, sport, daddr, hnum, hslot2: key });
  try {

  if (at(A$udp4_lib_lookup2.L174)) yield;
  let result: Sock | null = null;
  let badness = 0;
  for (const sk of [...(net.udp_table.hash2.get(key) ?? [])]) {
    if (at(A$udp4_lib_lookup2.L176)) yield;
    $f.vars.sk = sk;
    if (at(A$udp4_lib_lookup2.L177)) yield;
    const score = ($E.fast || $E.twinOk[compute_score.k] === 1 ? compute_score$fast(sk, net, saddr, sport, daddr, hnum) : yield* compute_score(sk, net, saddr, sport, daddr, hnum));
    $f.vars.score = score;
    if (at(A$udp4_lib_lookup2.L179)) yield;
    if (score > badness) {
      if (at(A$udp4_lib_lookup2.L182)) yield;
      badness = score;
      $f.vars.badness = badness;
      if (at(A$udp4_lib_lookup2.L183)) yield;
      result = sk;
      $f.vars.result = sk;
    }
  }
  if (at(A$udp4_lib_lookup2.L186)) yield;
  return result;
  } finally {
    leave($f);
  }
}
const A$__udp4_lib_lookup = defineFn('net/ipv4/udp.c', '__udp4_lib_lookup', {
  L204: 'hash2 = ipv4_portaddr_hash(net, daddr, hnum);',
  L208: 'result = udp4_lib_lookup2(net, saddr, sport,#1',
  L211: 'if (!result) {',
  L213: 'hash2 = ipv4_portaddr_hash(net, htonl(INADDR_ANY), hnum);',
  L217: 'result = udp4_lib_lookup2(net, saddr, sport,#2',
  L223: 'return result;',
});

/** __udp4_lib_lookup(): the socket for (saddr:sport → daddr:dport) — exact local address first, then the wildcard. */
export function* __udp4_lib_lookup(net: Net, saddr: string, sport: number, daddr: string, dport: number): Sim<Sock | null> {
  const $f = enter(A$__udp4_lib_lookup, { net, saddr, sport, daddr, dport });
  try {
  if (at(A$__udp4_lib_lookup.L204)) yield;
  $f.vars.hslot2 = portaddrKey(daddr, dport);
  if (at(A$__udp4_lib_lookup.L208)) yield;
  let result = ($E.fast || $E.twinOk[udp4_lib_lookup2.k] === 1 ? udp4_lib_lookup2$fast(net, saddr, sport, daddr, dport) : yield* udp4_lib_lookup2(net, saddr, sport, daddr, dport));
  $f.vars.result = result;
  if (at(A$__udp4_lib_lookup.L211)) yield;
  if (!result) {
    if (at(A$__udp4_lib_lookup.L213)) yield;
    $f.vars.hslot2 = portaddrKey(ANY, dport);
    if (at(A$__udp4_lib_lookup.L217)) yield;
    result = ($E.fast || $E.twinOk[udp4_lib_lookup2.k] === 1 ? udp4_lib_lookup2$fast(net, saddr, sport, ANY, dport) : yield* udp4_lib_lookup2(net, saddr, sport, ANY, dport));
    $f.vars.result = result;
  }
  if (at(A$__udp4_lib_lookup.L223)) yield;
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
  L245: 'sk = __udp4_lib_lookup(net, iph->daddr, uh->dest,',
  L248: 'if (!sk) {',
  L250: '__ICMP_INC_STATS(net, ICMP_MIB_INERRORS);',
  L259: 'switch (type) {',
  L263: 'err = EHOSTUNREACH;',
  L266: 'harderr = icmp_err_convert[code].fatal;',
  L267: 'err = icmp_err_convert[code].errno;',
  L275: 'if (!inet->recverr) {',
  L276: 'if (!harderr || sk->sk_state != TCP_ESTABLISHED)',
  L282: 'sk->sk_err = err;',
  L284: 'sk->sk_error_report(sk);',
  L286: 'return 0;',
});

/** __udp4_lib_err(): sk_err only for a connected socket (or IP_RECVERR) — an unconnected one never hears of it. */
export function* __udp4_lib_err(skb: SkBuff, info: number, net: Net): Sim<number> {
  const ic = skb.icmph!;
  const iph = ic.quoted.iph;
  const uh = ic.quoted.uh!;
  const $f = enter(A$__udp4_lib_err, { skb, info, iph, uh, type: ic.type, code: ic.code });
  try {

  if (at(A$__udp4_lib_err.L245)) yield;
  const sk = ($E.fast || $E.twinOk[__udp4_lib_lookup.k] === 1 ? __udp4_lib_lookup$fast(net, iph.daddr, uh.dest, iph.saddr, uh.source) : yield* __udp4_lib_lookup(net, iph.daddr, uh.dest, iph.saddr, uh.source));
  $f.vars.sk = sk;
  if (at(A$__udp4_lib_err.L248)) yield;
  if (!sk) {
    if (at(A$__udp4_lib_err.L250)) yield;
    NET_INC_STATS(net, 'IcmpInErrors');
    return -ENOENT;
  }
  let err = 0;
  let harderr = 0;
  if (at(A$__udp4_lib_err.L259)) yield;
  if (ic.type === ICMP_DEST_UNREACH) {
    if (at(A$__udp4_lib_err.L263)) yield;
    err = EHOSTUNREACH;
    const conv = ICMP_ERR_CONVERT[ic.code];
    if (conv) {
      if (at(A$__udp4_lib_err.L266)) yield;
      harderr = conv.fatal;
      if (at(A$__udp4_lib_err.L267)) yield;
      err = conv.errno;
    }
  } else {
    err = EHOSTUNREACH;
  }
  $f.vars.err = err;
  $f.vars.harderr = harderr;
  if (at(A$__udp4_lib_err.L275)) yield;
  if (!inet_sk(sk).recverr) {
    if (at(A$__udp4_lib_err.L276)) yield;
    if (!harderr || sk.sk_state !== TCP_ESTABLISHED) {
      if (at(A$__udp4_lib_err.L286)) yield;
      return 0;
    }
  }
  if (at(A$__udp4_lib_err.L282)) yield;
  sk.sk_err = err;
  if (at(A$__udp4_lib_err.L284)) yield;
  // sock_def_error_report: wake the sleepers (a recv() waiting for a datagram)
  wake_up_interruptible(sk.sk_wq);
  if (at(A$__udp4_lib_err.L286)) yield;
  return 0;
  } finally {
    leave($f);
  }
}
const A$udp_err = defineFn('net/ipv4/udp.c', 'udp_err', {
  L296: 'return __udp4_lib_err(skb, info, &udp_table);',
});

/** udp_err() = udp_protocol.err_handler. */
export function* udp_err(skb: SkBuff, info: number, net: Net): Sim<number> {
  const $f = enter(A$udp_err, { skb, info });
  try {

  if (at(A$udp_err.L296)) yield;
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
  L317: 'uh = udp_hdr(skb);',
  L318: 'uh->source = inet->inet_sport;',
  L319: 'uh->dest = fl4->fl4_dport;',
  L321: 'uh->len = htons(len);',
  L325: 'uh->check = csum_tcpudp_magic(',
  L332: 'err = ip_send_skb(sock_net(sk), skb);',
  L336: 'UDP_INC_STATS(sock_net(sk),',
  L338: 'return err;',
});

function* udp_send_skb(skb: SkBuff, fl4: { saddr: string; daddr: string; fl4_dport: number }): Sim<number> {
  const sk = skb.sk as Sock;
  const inet = inet_sk(sk);
  const $f = enter(A$udp_send_skb, { skb, fl4, sk });
  try {

  if (at(A$udp_send_skb.L317)) yield;
  const uh = skb.uh!;
  $f.vars.uh = uh;
  if (at(A$udp_send_skb.L318)) yield;
  uh.source = inet.inet_sport;
  if (at(A$udp_send_skb.L319)) yield;
  uh.dest = fl4.fl4_dport;
  if (at(A$udp_send_skb.L321)) yield;
  uh.len = 8 + skb.len;
  if (at(A$udp_send_skb.L325)) yield;
  uh.check = udpChecksum(fl4.saddr, fl4.daddr, uh.source, uh.dest, skb.payload);
  if (at(A$udp_send_skb.L332)) yield;
  const net = sk.sk_net;
  net.host.world.transmit(net.host, skb);
  if (at(A$udp_send_skb.L336)) yield;
  NET_INC_STATS(net, 'UdpOutDatagrams');
  if (at(A$udp_send_skb.L338)) yield;
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
  L364: 'if (len > 0xFFFF)',
  L367: 'if (msg->msg_flags & MSG_OOB)',
  L370: 'ulen += sizeof(struct udphdr);',
  L373: 'if (usin) {',
  L374: 'if (msg->msg_namelen < sizeof(*usin))',
  L376: 'if (usin->sin_family != AF_INET) {',
  L381: 'daddr = usin->sin_addr.s_addr;',
  L382: 'dport = usin->sin_port;',
  L384: 'if (dport == 0)',
  L388: 'if (sk->sk_state != TCP_ESTABLISHED)',
  L389: 'return -EDESTADDRREQ;',
  L390: 'daddr = inet->inet_daddr;',
  L391: 'dport = inet->inet_dport;',
  L393: 'connected = 1;',
  L401: 'rt = (struct rtable *)sk_dst_check(sk, 0);',
  L408: 'rt = ip_route_output_flow(net, fl4, sk);',
  L409: 'if (IS_ERR(rt)) {',
  L416: 'if ((rt->rt_flags & RTCF_BROADCAST)',
  L422: 'saddr = fl4->saddr;',
  L432: 'skb = ip_make_skb(sk, fl4, getfrag, msg, ulen,',
  L437: 'err = udp_send_skb(skb, fl4, &cork);',
  L444: 'if (!err)',
  L445: 'return len;',
  L447: 'return err;',
});

/** udp_sendmsg() = udp_prot.sendmsg: one call, one datagram — sent whole or not at all. */
export function* udp_sendmsg(sk: Sock, msg: Msghdr, len: number): Sim<number> {
  const inet = inet_sk(sk);
  const usin = msg.msg_name;
  const $f = enter(A$udp_sendmsg, { sk, msg, len, usin });
  try {

  if (at(A$udp_sendmsg.L364)) yield;
  if (len > 0xffff) return -EMSGSIZE;
  if (at(A$udp_sendmsg.L367)) yield;
  if (msg.msg_flags & MSG_OOB) return -EOPNOTSUPP;
  if (at(A$udp_sendmsg.L370)) yield;
  const ulen = len + 8;
  $f.vars.ulen = ulen;
  let daddr: string;
  let dport: number;
  let connected = 0;
  if (at(A$udp_sendmsg.L373)) yield;
  if (usin) {
    if (at(A$udp_sendmsg.L374)) yield;
    if (msg.msg_namelen < 16) return -EINVAL;
    if (at(A$udp_sendmsg.L376)) yield;
    if (usin.sin_family !== AF_INET && usin.sin_family !== AF_UNSPEC) return -EAFNOSUPPORT;
    if (at(A$udp_sendmsg.L381)) yield;
    daddr = usin.sin_addr;
    if (at(A$udp_sendmsg.L382)) yield;
    dport = usin.sin_port;
    if (at(A$udp_sendmsg.L384)) yield;
    if (dport === 0) return -EINVAL;
  } else {
    if (at(A$udp_sendmsg.L388)) yield;
    if (sk.sk_state !== TCP_ESTABLISHED) {
      if (at(A$udp_sendmsg.L389)) yield;
      return -EDESTADDRREQ;
    }
    if (at(A$udp_sendmsg.L390)) yield;
    daddr = inet.inet_daddr;
    if (at(A$udp_sendmsg.L391)) yield;
    dport = inet.inet_dport;
    if (at(A$udp_sendmsg.L393)) yield;
    connected = 1;
  }
  $f.vars.daddr = daddr;
  $f.vars.dport = dport;
  $f.vars.connected = connected;
  let rt: { saddr: string; daddr: string } | null = null;
  if (connected) {
    // the route connect() cached: from the connected addresses
    if (at(A$udp_sendmsg.L401)) yield;
    rt = { saddr: inet.inet_saddr, daddr };
  }
  if (!rt) {
    if (at(A$udp_sendmsg.L408)) yield;
    const r = ip_route_connect(sk.sk_net, daddr);
    if (at(A$udp_sendmsg.L409)) yield;
    if (typeof r === 'number') {
      $f.vars.err = r;
      if (at(A$udp_sendmsg.L447)) yield;
      return r;
    }
    // a bound source address wins over the route's choice
    rt = { saddr: inet.inet_saddr !== ANY ? inet.inet_saddr : r.saddr, daddr: r.daddr };
    if (at(A$udp_sendmsg.L416)) yield;
    if (daddr === '255.255.255.255' && !sock_flag(sk, 'SOCK_BROADCAST')) return -EACCES;
  }
  $f.vars.rt = rt;
  if (at(A$udp_sendmsg.L422)) yield;
  const fl4 = { saddr: rt.saddr, daddr: rt.daddr, fl4_dport: dport };
  $f.vars.fl4 = fl4;
  if (at(A$udp_sendmsg.L432)) yield;
  const skb = ip_make_skb(sk, fl4, msg.data, ulen);
  let err: number;
  if (typeof skb === 'number') {
    err = skb;
  } else {
    $f.vars.skb = skb;
    if (at(A$udp_sendmsg.L437)) yield;
    err = ($E.fast || $E.twinOk[udp_send_skb.k] === 1 ? udp_send_skb$fast(skb, fl4) : yield* udp_send_skb(skb, fl4));
  }
  $f.vars.err = err;
  if (at(A$udp_sendmsg.L444)) yield;
  if (!err) {
    if (at(A$udp_sendmsg.L445)) yield;
    return len;
  }
  if (at(A$udp_sendmsg.L447)) yield;
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
  L463: 'rmem = atomic_read(&sk->sk_rmem_alloc);',
  L464: 'if (rmem > sk->sk_rcvbuf)',
  L468: 'rmem = atomic_add_return(size, &sk->sk_rmem_alloc);',
  L471: '__skb_queue_tail(list, skb);',
  L475: 'if (!sock_flag(sk, SOCK_DEAD))',
  L476: 'sk->sk_data_ready(sk);',
  L479: 'return 0;',
  L482: 'atomic_inc(&sk->sk_drops);',
  L484: 'return err;',
});
function* __udp_enqueue_schedule_skb(sk: Sock, skb: SkBuff): Sim<number> {
  const $f = enter(A$__udp_enqueue_schedule_skb, { sk, skb });
  try {
  if (at(A$__udp_enqueue_schedule_skb.L463)) yield;
  const rmem = rmemAlloc(sk);
  $f.vars.rmem = rmem;
  if (at(A$__udp_enqueue_schedule_skb.L464)) yield;
  if (rmem > sk.sk_rcvbuf) {
    if (at(A$__udp_enqueue_schedule_skb.L482)) yield;
    sk.sk_drops++;
    if (at(A$__udp_enqueue_schedule_skb.L484)) yield;
    return -ENOMEM;
  }
  if (at(A$__udp_enqueue_schedule_skb.L468)) yield;
  $f.vars.rmem = rmem + truesize(skb);
  if (at(A$__udp_enqueue_schedule_skb.L471)) yield;
  sk.sk_receive_queue.push(skb);
  if (at(A$__udp_enqueue_schedule_skb.L475)) yield;
  if (!sock_flag(sk, SOCK_DEAD)) {
    if (at(A$__udp_enqueue_schedule_skb.L476)) yield;
    // sock_def_readable: wake whoever sleeps in recv()
    wake_up_interruptible(sk.sk_wq);
  }
  if (at(A$__udp_enqueue_schedule_skb.L479)) yield;
  return 0;
  } finally {
    leave($f);
  }
}
const A$__udp_queue_rcv_skb = defineFn('net/ipv4/udp.c', '__udp_queue_rcv_skb', {
  L715: 'rc = __udp_enqueue_schedule_skb(sk, skb);',
  L716: 'if (rc < 0) {',
  L720: 'if (rc == -ENOMEM)',
  L723: 'UDP_INC_STATS(sock_net(sk), UDP_MIB_INERRORS, is_udplite);',
  L726: 'trace_udp_fail_queue_rcv_skb(rc, sk);',
  L730: 'return 0;',
});

function* __udp_queue_rcv_skb(sk: Sock, skb: SkBuff): Sim<number> {
  const $f = enter(A$__udp_queue_rcv_skb, { sk, skb });
  try {
  if (at(A$__udp_queue_rcv_skb.L715)) yield;
  const rc = ($E.fast || $E.twinOk[__udp_enqueue_schedule_skb.k] === 1 ? __udp_enqueue_schedule_skb$fast(sk, skb) : yield* __udp_enqueue_schedule_skb(sk, skb));
  $f.vars.rc = rc;
  if (at(A$__udp_queue_rcv_skb.L716)) yield;
  if (rc < 0) {
    const net = sk.sk_net;
    if (at(A$__udp_queue_rcv_skb.L720)) yield;
    if (rc === -ENOMEM) NET_INC_STATS(net, 'UdpRcvbufErrors');
    if (at(A$__udp_queue_rcv_skb.L723)) yield;
    NET_INC_STATS(net, 'UdpInErrors');
    if (at(A$__udp_queue_rcv_skb.L726)) yield;
    E.emit({ ev: 'note', t: E.now, host: net.host.name, text: `udp:udp_fail_queue_rcv_skb rc=${rc} port=${sk.inet_num} (${tracingComm()})` });
    return -1;
  }
  if (at(A$__udp_queue_rcv_skb.L730)) yield;
  return 0;
  } finally {
    leave($f);
  }
}
const A$udp_queue_rcv_one_skb = defineFn('net/ipv4/udp.c', 'udp_queue_rcv_one_skb', {
  L744: 'if (!xfrm4_policy_check(sk, XFRM_POLICY_IN, skb))',
  L749: 'if (sk_filter_trim_cap(sk, skb, sizeof(struct udphdr)))',
  L752: 'udp_csum_pull_header(skb);',
  L755: 'return __udp_queue_rcv_skb(sk, skb);',
});

function* udp_queue_rcv_one_skb(sk: Sock, skb: SkBuff): Sim<number> {
  const $f = enter(A$udp_queue_rcv_one_skb, { sk, skb, up: sk });
  try {

  if (at(A$udp_queue_rcv_one_skb.L744)) yield;
  if (at(A$udp_queue_rcv_one_skb.L749)) yield;
  if (at(A$udp_queue_rcv_one_skb.L752)) yield;
  if (at(A$udp_queue_rcv_one_skb.L755)) yield;
  return ($E.fast || $E.twinOk[__udp_queue_rcv_skb.k] === 1 ? __udp_queue_rcv_skb$fast(sk, skb) : yield* __udp_queue_rcv_skb(sk, skb));
  } finally {
    leave($f);
  }
}
const A$udp_queue_rcv_skb = defineFn('net/ipv4/udp.c', 'udp_queue_rcv_skb', {
  L775: 'if (likely(!udp_unexpected_gso(sk, skb)))',
  L776: 'return udp_queue_rcv_one_skb(sk, skb);',
});

function* udp_queue_rcv_skb(sk: Sock, skb: SkBuff): Sim<number> {
  const $f = enter(A$udp_queue_rcv_skb, { sk, skb });
  try {
  if (at(A$udp_queue_rcv_skb.L775)) yield;
  if (at(A$udp_queue_rcv_skb.L776)) yield;
  return ($E.fast || $E.twinOk[udp_queue_rcv_one_skb.k] === 1 ? udp_queue_rcv_one_skb$fast(sk, skb) : yield* udp_queue_rcv_one_skb(sk, skb));
  } finally {
    leave($f);
  }
}
const A$udp_unicast_rcv_skb = defineFn('net/ipv4/udp.c', 'udp_unicast_rcv_skb', {
  L791: 'if (inet_get_convert_csum(sk)',
  L794: 'ret = udp_queue_rcv_skb(sk, skb);',
  L797: 'if (ret > 0)',
  L799: 'return 0;',
});

function* udp_unicast_rcv_skb(sk: Sock, skb: SkBuff): Sim<number> {
  const $f = enter(A$udp_unicast_rcv_skb, { sk, skb, uh: skb.uh });
  try {

  if (at(A$udp_unicast_rcv_skb.L791)) yield;
  if (at(A$udp_unicast_rcv_skb.L794)) yield;
  const ret = ($E.fast || $E.twinOk[udp_queue_rcv_skb.k] === 1 ? udp_queue_rcv_skb$fast(sk, skb) : yield* udp_queue_rcv_skb(sk, skb));
  $f.vars.ret = ret;
  if (at(A$udp_unicast_rcv_skb.L797)) yield;
  if (at(A$udp_unicast_rcv_skb.L799)) yield;
  return 0;
  } finally {
    leave($f);
  }
}
const A$__udp4_lib_rcv = defineFn('net/ipv4/udp.c', '__udp4_lib_rcv', {
  L818: 'if (!pskb_may_pull(skb, sizeof(struct udphdr)))',
  L821: 'uh   = udp_hdr(skb);',
  L822: 'ulen = ntohs(uh->len);',
  L827: 'if (ulen > skb->len)',
  L830: 'if (udp4_csum_init(skb, uh, proto))',
  L834: 'if (rt->rt_flags & (RTCF_BROADCAST|RTCF_MULTICAST))',
  L839: 'sk = __udp4_lib_lookup_skb(skb, uh->source, uh->dest, udptable);',
  L840: 'if (sk)',
  L841: 'return udp_unicast_rcv_skb(sk, skb, uh);',
  L843: 'if (!xfrm4_policy_check(NULL, XFRM_POLICY_IN, skb))',
  L853: '__UDP_INC_STATS(net, UDP_MIB_NOPORTS, proto == IPPROTO_UDPLITE);',
  L854: 'icmp_send(skb, ICMP_DEST_UNREACH, ICMP_PORT_UNREACH, 0);',
  L856: 'kfree_skb(skb);#1',
  L857: 'return 0;#1',
  L865: '__UDP_INC_STATS(net, UDP_MIB_INERRORS, proto == IPPROTO_UDPLITE);',
});

/** __udp4_lib_rcv(): validate, look the socket up, queue the datagram — or NoPorts and ICMP port unreachable. */
export function* __udp4_lib_rcv(skb: SkBuff, net: Net): Sim<number> {
  const $f = enter(A$__udp4_lib_rcv, { skb, net, proto: 'IPPROTO_UDP' });
  try {

  if (at(A$__udp4_lib_rcv.L818)) yield;
  if (at(A$__udp4_lib_rcv.L821)) yield;
  const uh = skb.uh!;
  $f.vars.uh = uh;
  if (at(A$__udp4_lib_rcv.L822)) yield;
  $f.vars.ulen = uh.len;
  $f.vars.saddr = skb.iph.saddr;
  $f.vars.daddr = skb.iph.daddr;
  if (at(A$__udp4_lib_rcv.L827)) yield;
  if (uh.len > 8 + skb.len || uh.len < 8) {
    if (at(A$__udp4_lib_rcv.L865)) yield;
    NET_INC_STATS(net, 'UdpInErrors');
    return 0;
  }
  if (at(A$__udp4_lib_rcv.L830)) yield;
  if (at(A$__udp4_lib_rcv.L834)) yield;
  if (at(A$__udp4_lib_rcv.L839)) yield;
  const sk = ($E.fast || $E.twinOk[__udp4_lib_lookup.k] === 1 ? __udp4_lib_lookup$fast(net, skb.iph.saddr, uh.source, skb.iph.daddr, uh.dest) : yield* __udp4_lib_lookup(net, skb.iph.saddr, uh.source, skb.iph.daddr, uh.dest));
  $f.vars.sk = sk;
  if (at(A$__udp4_lib_rcv.L840)) yield;
  if (sk) {
    if (at(A$__udp4_lib_rcv.L841)) yield;
    NET_INC_STATS(net, 'UdpInDatagrams');
    return ($E.fast || $E.twinOk[udp_unicast_rcv_skb.k] === 1 ? udp_unicast_rcv_skb$fast(sk, skb) : yield* udp_unicast_rcv_skb(sk, skb));
  }
  if (at(A$__udp4_lib_rcv.L843)) yield;
  if (at(A$__udp4_lib_rcv.L853)) yield;
  NET_INC_STATS(net, 'UdpNoPorts');
  if (at(A$__udp4_lib_rcv.L854)) yield;
  ($E.fast || $E.twinOk[__icmp_send.k] === 1 ? __icmp_send$fast(skb, ICMP_DEST_UNREACH, ICMP_PORT_UNREACH, 0, net) : yield* __icmp_send(skb, ICMP_DEST_UNREACH, ICMP_PORT_UNREACH, 0, net));
  if (at(A$__udp4_lib_rcv.L856)) yield;
  if (at(A$__udp4_lib_rcv.L857)) yield;
  return 0;
  } finally {
    leave($f);
  }
}
const A$udp_rcv = defineFn('net/ipv4/udp.c', 'udp_rcv', {
  L877: 'return __udp4_lib_rcv(skb, &udp_table, IPPROTO_UDP);',
});

/** udp_rcv() = udp_protocol.handler: ip_local_deliver hands it every IPPROTO_UDP packet. */
export function* udp_rcv(skb: SkBuff, net: Net): Sim<number> {
  const $f = enter(A$udp_rcv, { skb });
  try {

  if (at(A$udp_rcv.L877)) yield;
  return ($E.fast || $E.twinOk[__udp4_lib_rcv.k] === 1 ? __udp4_lib_rcv$fast(skb, net) : yield* __udp4_lib_rcv(skb, net));
  } finally {
    leave($f);
  }
}
const A$__skb_recv_udp = defineFn('net/ipv4/udp.c', '__skb_recv_udp', {
  L518: 'timeo = sock_rcvtimeo(sk, flags & MSG_DONTWAIT);',
  L523: 'error = sock_error(sk);',
  L524: 'if (error)',
  L527: 'error = -EAGAIN;',
  L530: 'skb = __skb_try_recv_from_queue(sk, queue, flags,#1',
  L535: 'return skb;#1',
  L538: 'if (skb_queue_empty_lockless(sk_queue)) {',
  L545: 'skb_queue_splice_tail_init(sk_queue, queue);',
  L547: 'skb = __skb_try_recv_from_queue(sk, queue, flags,#2',
  L552: 'if (skb)#2',
  L562: '} while (timeo &&',
  L567: '*err = error;',
});

/** __skb_recv_udp(): a pending error first; then one datagram from reader_queue (refilled from sk_receive_queue); else wait or EAGAIN. */
function* __skb_recv_udp(sk: Sock, flags: number, noblock: number): Sim<SkBuff | number> {
  const up = udp_sk(sk);
  const $f = enter(A$__skb_recv_udp, { sk, flags, noblock, queue: up.reader_queue, sk_queue: sk.sk_receive_queue });
  try {

  if (at(A$__skb_recv_udp.L518)) yield;
  const timeo = noblock || flags & MSG_DONTWAIT ? 0 : sk.sk_rcvtimeo;
  $f.vars.timeo = timeo;
  let error = 0;
  for (;;) {
    if (at(A$__skb_recv_udp.L523)) yield;
    error = sk.sk_err ? -sk.sk_err : 0;
    sk.sk_err = 0;
    $f.vars.error = error;
    if (at(A$__skb_recv_udp.L524)) yield;
    if (error) break;
    if (at(A$__skb_recv_udp.L527)) yield;
    error = -EAGAIN;
    $f.vars.error = error;
    if (at(A$__skb_recv_udp.L530)) yield;
    if (up.reader_queue.length) {
      if (at(A$__skb_recv_udp.L535)) yield;
      return up.reader_queue.shift()!;
    }
    if (at(A$__skb_recv_udp.L538)) yield;
    if (sk.sk_receive_queue.length) {
      if (at(A$__skb_recv_udp.L545)) yield;
      up.reader_queue.push(...sk.sk_receive_queue);
      sk.sk_receive_queue.length = 0;
      if (at(A$__skb_recv_udp.L547)) yield;
      if (at(A$__skb_recv_udp.L552)) yield;
      return up.reader_queue.shift()!;
    }
    if (at(A$__skb_recv_udp.L562)) yield;
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
  $f.vars.error = error;
  if (at(A$__skb_recv_udp.L567)) yield;
  return error;
  } finally {
    leave($f);
  }
}
const A$udp_recvmsg = defineFn('net/ipv4/udp.c', 'udp_recvmsg', {
  L587: 'if (flags & MSG_ERRQUEUE)',
  L593: 'skb = __skb_recv_udp(sk, flags, noblock, &off, &err);',
  L594: 'if (!skb)',
  L597: 'ulen = udp_skb_len(skb);',
  L598: 'copied = len;',
  L603: 'msg->msg_flags |= MSG_TRUNC;',
  L605: 'err = skb_copy_datagram_msg(skb, off, msg, copied);',
  L608: 'UDP_INC_STATS(sock_net(sk),',
  L612: 'if (sin) {',
  L614: 'sin->sin_port = udp_hdr(skb)->source;',
  L615: 'sin->sin_addr.s_addr = ip_hdr(skb)->saddr;',
  L620: 'err = copied;',
  L625: 'skb_consume_udp(sk, skb, peeking ? -err : err);',
  L626: 'return err;#2',
});

/** udp_recvmsg() = udp_prot.recvmsg: one datagram per call, cut to len; the rest of it is lost. */
export function* udp_recvmsg(sk: Sock, msg: Msghdr, len: number, noblock: number, flags: number): Sim<number> {
  const $f = enter(A$udp_recvmsg, { sk, msg, len, noblock, flags });
  try {
  if (at(A$udp_recvmsg.L587)) yield;
  if (flags & MSG_ERRQUEUE) return -EAGAIN;
  if (at(A$udp_recvmsg.L593)) yield;
  const skb = yield* __skb_recv_udp(sk, flags, noblock);
  if (at(A$udp_recvmsg.L594)) yield;
  if (typeof skb === 'number') {
    $f.vars.err = skb;
    return skb;
  }
  $f.vars.skb = skb;
  if (at(A$udp_recvmsg.L597)) yield;
  const ulen = skb.len;
  $f.vars.ulen = ulen;
  if (at(A$udp_recvmsg.L598)) yield;
  let copied = len;
  if (copied > ulen) copied = ulen;
  else if (copied < ulen) {
    if (at(A$udp_recvmsg.L603)) yield;
    msg.msg_flags |= MSG_TRUNC;
  }
  $f.vars.copied = copied;
  if (at(A$udp_recvmsg.L605)) yield;
  msg.data = skb.payload.slice(0, copied);
  if (at(A$udp_recvmsg.L608)) yield;
  if (at(A$udp_recvmsg.L612)) yield;
  if (msg.msg_name) {
    if (at(A$udp_recvmsg.L614)) yield;
    msg.msg_name.sin_family = AF_INET;
    msg.msg_name.sin_port = skb.uh!.source;
    if (at(A$udp_recvmsg.L615)) yield;
    msg.msg_name.sin_addr = skb.iph.saddr;
    msg.msg_namelen = 16;
  }
  if (at(A$udp_recvmsg.L620)) yield;
  let err = copied;
  if (flags & MSG_TRUNC) err = ulen;
  $f.vars.err = err;
  if (at(A$udp_recvmsg.L625)) yield;
  if (at(A$udp_recvmsg.L626)) yield;
  return err;
  } finally {
    leave($f);
  }
}
const A$__udp_disconnect = defineFn('net/ipv4/udp.c', '__udp_disconnect', {
  L640: 'sk->sk_state = TCP_CLOSE;',
  L641: 'inet->inet_daddr = 0;',
  L642: 'inet->inet_dport = 0;',
  L646: 'if (!(sk->sk_userlocks & SOCK_BINDADDR_LOCK)) {',
  L647: 'inet_reset_saddr(sk);',
  L648: 'if (sk->sk_prot->rehash',
  L652: 'if (!(sk->sk_userlocks & SOCK_BINDPORT_LOCK)) {',
  L653: 'sk->sk_prot->unhash(sk);',
  L654: 'inet->inet_sport = 0;',
  L657: 'return 0;',
});

// ---- connect(AF_UNSPEC), close -----------------------------------------------------------------

function* __udp_disconnect(sk: Sock, flags: number): Sim<number> { let $t: any;
  const inet = inet_sk(sk);
  const $f = enter(A$__udp_disconnect, { sk, flags, inet });
  try {

  // a plain store: no sock:inet_sock_set_state
  if (at(A$__udp_disconnect.L640)) yield;
  sk.sk_state = TCP_CLOSE;
  if (at(A$__udp_disconnect.L641)) yield;
  inet.inet_daddr = ANY;
  if (at(A$__udp_disconnect.L642)) yield;
  inet.inet_dport = 0;
  if (at(A$__udp_disconnect.L646)) yield;
  if (!(sk.sk_userlocks & SOCK_BINDADDR_LOCK)) {
    if (at(A$__udp_disconnect.L647)) yield;
    inet.inet_saddr = ANY;
    inet.inet_rcv_saddr = ANY;
    if (at(A$__udp_disconnect.L648)) yield;
    if (sk.sk_userlocks & SOCK_BINDPORT_LOCK) udp_v4_rehash(sk);
  }
  if (at(A$__udp_disconnect.L652)) yield;
  if (!(sk.sk_userlocks & SOCK_BINDPORT_LOCK)) {
    if (at(A$__udp_disconnect.L653)) yield;
    (($t = sk.sk_prot.unhash).fast !== undefined && ($E.fast || $E.twinOk[$t.k] === 1) ? $t.fast(sk) : yield* sk.sk_prot.unhash(sk));
    if (at(A$__udp_disconnect.L654)) yield;
    inet.inet_sport = 0;
  }
  if (at(A$__udp_disconnect.L657)) yield;
  return 0;
  } finally {
    leave($f);
  }
}
const A$udp_disconnect = defineFn('net/ipv4/udp.c', 'udp_disconnect', {
  L667: 'lock_sock(sk);',
  L668: '__udp_disconnect(sk, flags);',
  L669: 'release_sock(sk);',
  L670: 'return 0;',
});

/** udp_disconnect() = udp_prot.disconnect: connect(fd, AF_UNSPEC) on a UDP socket. */
export function* udp_disconnect(sk: Sock, flags: number): Sim<number> {
  const $f = enter(A$udp_disconnect, { sk, flags });
  try {
  if (at(A$udp_disconnect.L667)) yield;
  if (at(A$udp_disconnect.L668)) yield;
  ($E.fast || $E.twinOk[__udp_disconnect.k] === 1 ? __udp_disconnect$fast(sk, flags) : yield* __udp_disconnect(sk, flags));
  if (at(A$udp_disconnect.L669)) yield;
  if (at(A$udp_disconnect.L670)) yield;
  return 0;
  } finally {
    leave($f);
  }
}
const A$udp_lib_unhash = defineFn('net/ipv4/udp.c', 'udp_lib_unhash', {
  L680: 'if (sk_hashed(sk)) {',
  L684: 'hslot  = udp_hashslot(',
  L691: 'if (sk_del_node_init_rcu(sk)) {',
  L693: 'inet_sk(sk)->inet_num = 0;',
  L698: 'hlist_del_init_rcu(&udp_sk(sk)->udp_portaddr_node);',
});

/** udp_lib_unhash() = udp_prot.unhash: out of hash and hash2; inet_num back to 0. */
export function* udp_lib_unhash(sk: Sock): Sim<void> {
  const up = udp_sk(sk);
  const $f = enter(A$udp_lib_unhash, { sk });
  try {

  if (at(A$udp_lib_unhash.L680)) yield;
  if (sk.hashedIn !== 'udp') return;
  const t = sk.sk_net.udp_table;
  if (at(A$udp_lib_unhash.L684)) yield;
  $f.vars.hslot = up.udp_port_hash;
  $f.vars.hslot2 = up.udp_portaddr_hash;
  if (at(A$udp_lib_unhash.L691)) yield;
  if (slotDel(t.hash, up.udp_port_hash, sk)) {
    sk.hashedIn = null;
    if (at(A$udp_lib_unhash.L693)) yield;
    sk.inet_num = 0;
    if (at(A$udp_lib_unhash.L698)) yield;
    slotDel(t.hash2, up.udp_portaddr_hash, sk);
  }
  } finally {
    leave($f);
  }
}
const A$udp_destroy_sock = defineFn('net/ipv4/udp.c', 'udp_destroy_sock', {
  L888: 'bool slow = lock_sock_fast(sk);',
  L891: 'udp_flush_pending_frames(sk);',
  L894: 'if (static_branch_unlikely(&udp_encap_needed_key)) {',
});

/** udp_destroy_sock() = udp_prot.destroy. */
export function* udp_destroy_sock(sk: Sock): Sim<void> {
  const $f = enter(A$udp_destroy_sock, { sk, up: sk });
  try {

  if (at(A$udp_destroy_sock.L888)) yield;
  if (at(A$udp_destroy_sock.L891)) yield;
  udp_sk(sk).pending = 0;
  if (at(A$udp_destroy_sock.L894)) yield;
  } finally {
    leave($f);
  }
}
const A$udp_init_sock = defineFn('net/ipv4/udp.c', 'udp_init_sock', {
  L495: 'skb_queue_head_init(&udp_sk(sk)->reader_queue);',
  L496: 'sk->sk_destruct = udp_destruct_sock;',
  L498: 'return 0;',
});

/** udp_init_sock() = udp_prot.init: a second receive queue and a destructor — nothing else to set up. */
export function* udp_init_sock(sk: Sock): Sim<number> {
  const $f = enter(A$udp_init_sock, { sk });
  try {
  if (at(A$udp_init_sock.L495)) yield;
  udp_sk(sk).reader_queue = [];
  if (at(A$udp_init_sock.L496)) yield;
  sk.sk_destruct = 'udp_destruct_sock';
  if (at(A$udp_init_sock.L498)) yield;
  return 0;
  } finally {
    leave($f);
  }
}
const A$udp_lib_close = defineFn('include/net/udp.h', 'udp_lib_close', {
  L19: 'sk_common_release(sk);',
});

/** udp_lib_close() = udp_prot.close: no FIN, no TIME_WAIT — release at once. */
export function* udp_lib_close(sk: Sock, timeout: number): Sim<void> {
  const $f = enter(A$udp_lib_close, { sk, timeout });
  try {
  if (at(A$udp_lib_close.L19)) yield;
  ($E.fast || $E.twinOk[sk_common_release.k] === 1 ? sk_common_release$fast(sk) : yield* sk_common_release(sk));
  } finally {
    leave($f);
  }
}

/** udp_setsockopt() = udp_prot.setsockopt: no UDP- or IP-level option is simulated yet (ENOPROTOOPT). */
export function udp_setsockopt(_sk: Sock, _level: number, _optname: number, _optval: number): number {
  return -ERRNO.ENOPROTOOPT;
}


// ---- fast-path twins (scripts/twins.cjs) ----
import { E as $E, FAST_FRAME as $FF, driveToEnd as $drive, registerTwin as $kreg } from '../../../core/engine';
import { __icmp_send$fast as __icmp_send$fast } from './icmp';
import { sk_common_release$fast as sk_common_release$fast } from '../core/sock';
export function udp_lib_get_port$fast(sk: Sock, snum: number): any { const $e = $E; const $tb: any = $e.lineSink; const $st = $e.current!.stack; let $o: number; let $x = -1;
  const net = sk.sk_net;
  const up = udp_sk(sk);
  const $f = ($st.push($FF), $tb !== null && ($o = (A$udp_lib_get_port.fn.id | 268435456), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  try {

  let error = 1;
  
  if (!snum) {
    ++$e.steps; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$udp_lib_get_port.L32) : $tb.op($e.now, A$udp_lib_get_port.L32));
    const [low, high] = net.sysctl['net.ipv4.ip_local_port_range'];
    const remaining = high - low + 1;
    
    
    ++$e.steps; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$udp_lib_get_port.L36) : $tb.op($e.now, A$udp_lib_get_port.L36));
    const rand = net.host.world.rng.u32();
    const first = Math.floor((rand * remaining) / 0x100000000) + low;
    
    ++$e.steps; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$udp_lib_get_port.L40) : $tb.op($e.now, A$udp_lib_get_port.L40));
    let found = 0;
    for (let i = 0; i < remaining && !found; i++) {
      const cand = low + ((first - low + i) % remaining);
      if (!udp_lib_lport_inuse(net, cand, sk)) found = cand;
    }
    if (!found) {
      ++$e.steps; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$udp_lib_get_port.L53) : $tb.op($e.now, A$udp_lib_get_port.L53));
      ++$e.steps; $x = A$udp_lib_get_port.L89 | 1048576;
      return error;
    }
    ++$e.steps; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$udp_lib_get_port.L45) : $tb.op($e.now, A$udp_lib_get_port.L45));
    snum = found;
    
  } else {
    $e.steps += 2; if ($tb !== null) ($o = (A$udp_lib_get_port.L55 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
    
    
    if (udp_lib_lport_inuse(net, snum, sk)) {
      ++$e.steps; $x = A$udp_lib_get_port.L89 | 1048576;
      return error;
    }
  }
  
  $e.steps += 4; if ($tb !== null) ($o = (A$udp_lib_get_port.L64 | 3145728), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  sk.inet_num = snum;
  
  up.udp_port_hash = snum;
  
  up.udp_portaddr_hash = portaddrKey(sk.skc_rcv_saddr, snum);
  
  if (!sk.hashedIn) {
    ++$e.steps; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$udp_lib_get_port.L70) : $tb.op($e.now, A$udp_lib_get_port.L70));
    sock_set_flag(sk, SOCK_RCU_FREE);
    ++$e.steps; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$udp_lib_get_port.L73) : $tb.op($e.now, A$udp_lib_get_port.L73));
    slotAdd(net.udp_table.hash, snum, sk);
    sk.hashedIn = 'udp';
    ++$e.steps; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$udp_lib_get_port.L79) : $tb.op($e.now, A$udp_lib_get_port.L79));
    slotAdd(net.udp_table.hash2, up.udp_portaddr_hash, sk);
    
  }
  $e.steps += 2; $x = A$udp_lib_get_port.L84 | 2097152;
  error = 0;
  
  
  return error;
  } finally {
    ($st.pop(), $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$udp_lib_get_port.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
  }
}
export function udp_v4_get_port$fast(sk: Sock, snum: number): any { const $e = $E; const $tb: any = $e.lineSink; const $st = $e.current!.stack; let $o: number;
  const $f = ($st.push($FF), $tb !== null && ($o = (A$udp_v4_get_port.L100 | 271581184), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  try {
  $e.steps += 3;
  
  
  `${sk.skc_rcv_saddr}:`;
  
  udp_sk(sk).udp_portaddr_hash = `${sk.skc_rcv_saddr}:`;
  ++$e.steps; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$udp_v4_get_port.L107) : $tb.op($e.now, A$udp_v4_get_port.L107));
  return udp_lib_get_port$fast(sk, snum);
  } finally {
    ($st.pop(), $tb !== null && ($o = (A$udp_v4_get_port.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
  }
}
function compute_score$fast(sk: Sock, net: Net, saddr: string, sport: number, daddr: string, hnum: number): any { const $e = $E; const $tb: any = $e.lineSink; const $st = $e.current!.stack; let $o: number; let $x = -1;
  const inet = inet_sk(sk);
  const $f = ($st.push($FF), $tb !== null && ($o = (A$compute_score.L125 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  try {

  ++$e.steps;
  if (sk.sk_net !== net || udp_sk(sk).udp_port_hash !== hnum) return -1;
  ++$e.steps; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$compute_score.L131) : $tb.op($e.now, A$compute_score.L131));
  if (sk.skc_rcv_saddr !== daddr) return -1;
  $e.steps += 2; if ($tb !== null) ($o = (A$compute_score.L134 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  let score = 2;
  
  
  if (inet.inet_daddr !== ANY) {
    ++$e.steps; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$compute_score.L139) : $tb.op($e.now, A$compute_score.L139));
    if (inet.inet_daddr !== saddr) return -1;
    ++$e.steps; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$compute_score.L142) : $tb.op($e.now, A$compute_score.L142));
    score += 4;
    
  }
  ++$e.steps; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$compute_score.L145) : $tb.op($e.now, A$compute_score.L145));
  if (inet.inet_dport) {
    ++$e.steps; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$compute_score.L146) : $tb.op($e.now, A$compute_score.L146));
    if (inet.inet_dport !== sport) return -1;
    ++$e.steps; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$compute_score.L148) : $tb.op($e.now, A$compute_score.L148));
    score += 4;
    
  }
  $e.steps += 2; $x = A$compute_score.L151 | 2097152;
  
  return score;
  } finally {
    ($st.pop(), $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$compute_score.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
  }
}
function udp4_lib_lookup2$fast(net: Net, saddr: string, sport: number, daddr: string, hnum: number): any { const $e = $E; const $tb: any = $e.lineSink; const $st = $e.current!.stack; let $o: number; let $x = -1;
  const key = portaddrKey(daddr, hnum);
  const $f = ($st.push($FF), $tb !== null && ($o = (A$udp4_lib_lookup2.L174 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  try {

  ++$e.steps;
  let result: Sock | null = null;
  let badness = 0;
  for (const sk of [...(net.udp_table.hash2.get(key) ?? [])]) {
    $e.steps += 2; if ($tb !== null) ($o = (A$udp4_lib_lookup2.L176 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
    
    
    const score = compute_score$fast(sk, net, saddr, sport, daddr, hnum);
    
    ++$e.steps; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$udp4_lib_lookup2.L179) : $tb.op($e.now, A$udp4_lib_lookup2.L179));
    if (score > badness) {
      $e.steps += 2; if ($tb !== null) ($o = (A$udp4_lib_lookup2.L182 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
      badness = score;
      
      
      result = sk;
      
    }
  }
  ++$e.steps; $x = A$udp4_lib_lookup2.L186 | 1048576;
  return result;
  } finally {
    ($st.pop(), $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$udp4_lib_lookup2.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
  }
}
export function __udp4_lib_lookup$fast(net: Net, saddr: string, sport: number, daddr: string, dport: number): any { const $e = $E; const $tb: any = $e.lineSink; const $st = $e.current!.stack; let $o: number; let $x = -1;
  const $f = ($st.push($FF), $tb !== null && ($o = (A$__udp4_lib_lookup.L204 | 270532608), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  try {
  $e.steps += 2;
  
  
  let result = udp4_lib_lookup2$fast(net, saddr, sport, daddr, dport);
  
  ++$e.steps; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__udp4_lib_lookup.L211) : $tb.op($e.now, A$__udp4_lib_lookup.L211));
  if (!result) {
    $e.steps += 2; if ($tb !== null) ($o = (A$__udp4_lib_lookup.L213 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
    
    
    result = udp4_lib_lookup2$fast(net, saddr, sport, ANY, dport);
    
  }
  ++$e.steps; $x = A$__udp4_lib_lookup.L223 | 1048576;
  return result;
  } finally {
    ($st.pop(), $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$__udp4_lib_lookup.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
  }
}
export function __udp4_lib_err$fast(skb: SkBuff, info: number, net: Net): any { const $e = $E; const $tb: any = $e.lineSink; const $st = $e.current!.stack; let $o: number; let $x = -1;
  const ic = skb.icmph!;
  const iph = ic.quoted.iph;
  const uh = ic.quoted.uh!;
  const $f = ($st.push($FF), $tb !== null && ($o = (A$__udp4_lib_err.L245 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  try {

  ++$e.steps;
  const sk = __udp4_lib_lookup$fast(net, iph.daddr, uh.dest, iph.saddr, uh.source);
  
  ++$e.steps; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__udp4_lib_err.L248) : $tb.op($e.now, A$__udp4_lib_err.L248));
  if (!sk) {
    ++$e.steps; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__udp4_lib_err.L250) : $tb.op($e.now, A$__udp4_lib_err.L250));
    NET_INC_STATS(net, 'IcmpInErrors');
    return -ENOENT;
  }
  let err = 0;
  let harderr = 0;
  ++$e.steps; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__udp4_lib_err.L259) : $tb.op($e.now, A$__udp4_lib_err.L259));
  if (ic.type === ICMP_DEST_UNREACH) {
    ++$e.steps; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__udp4_lib_err.L263) : $tb.op($e.now, A$__udp4_lib_err.L263));
    err = EHOSTUNREACH;
    const conv = ICMP_ERR_CONVERT[ic.code];
    if (conv) {
      $e.steps += 2; if ($tb !== null) ($o = (A$__udp4_lib_err.L266 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
      harderr = conv.fatal;
      
      err = conv.errno;
    }
  } else {
    err = EHOSTUNREACH;
  }
  
  
  ++$e.steps; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__udp4_lib_err.L275) : $tb.op($e.now, A$__udp4_lib_err.L275));
  if (!inet_sk(sk).recverr) {
    ++$e.steps; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__udp4_lib_err.L276) : $tb.op($e.now, A$__udp4_lib_err.L276));
    if (!harderr || sk.sk_state !== TCP_ESTABLISHED) {
      ++$e.steps; $x = A$__udp4_lib_err.L286 | 1048576;
      return 0;
    }
  }
  $e.steps += 2; if ($tb !== null) ($o = (A$__udp4_lib_err.L282 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  sk.sk_err = err;
  
  // sock_def_error_report: wake the sleepers (a recv() waiting for a datagram)
  wake_up_interruptible(sk.sk_wq);
  ++$e.steps; $x = A$__udp4_lib_err.L286 | 1048576;
  return 0;
  } finally {
    ($st.pop(), $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$__udp4_lib_err.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
  }
}
export function udp_err$fast(skb: SkBuff, info: number, net: Net): any { const $e = $E; const $tb: any = $e.lineSink; const $st = $e.current!.stack; let $o: number;
  const $f = ($st.push($FF), $tb !== null && ($o = (A$udp_err.L296 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
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
  const $f = ($st.push($FF), $tb !== null && ($o = (A$udp_send_skb.L317 | 273678336), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  try {

  $e.steps += 5;
  const uh = skb.uh!;
  
  
  uh.source = inet.inet_sport;
  
  uh.dest = fl4.fl4_dport;
  
  uh.len = 8 + skb.len;
  
  uh.check = udpChecksum(fl4.saddr, fl4.daddr, uh.source, uh.dest, skb.payload);
  ++$e.steps; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$udp_send_skb.L332) : $tb.op($e.now, A$udp_send_skb.L332));
  const net = sk.sk_net;
  net.host.world.transmit(net.host, skb);
  ++$e.steps; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$udp_send_skb.L336) : $tb.op($e.now, A$udp_send_skb.L336));
  NET_INC_STATS(net, 'UdpOutDatagrams');
  ++$e.steps; $x = A$udp_send_skb.L338 | 1048576;
  return 0;
  } finally {
    ($st.pop(), $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$udp_send_skb.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
  }
}
export function udp_sendmsg$fast(sk: Sock, msg: Msghdr, len: number): any { const $e = $E; const $tb: any = $e.lineSink; const $st = $e.current!.stack; let $o: number; let $x = -1;
  const inet = inet_sk(sk);
  const usin = msg.msg_name;
  const $f = ($st.push($FF), $tb !== null && ($o = (A$udp_sendmsg.L364 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  try {

  ++$e.steps;
  if (len > 0xffff) return -EMSGSIZE;
  ++$e.steps; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$udp_sendmsg.L367) : $tb.op($e.now, A$udp_sendmsg.L367));
  if (msg.msg_flags & MSG_OOB) return -EOPNOTSUPP;
  $e.steps += 2; if ($tb !== null) ($o = (A$udp_sendmsg.L370 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  const ulen = len + 8;
  
  let daddr: string;
  let dport: number;
  let connected = 0;
  
  if (usin) {
    ++$e.steps; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$udp_sendmsg.L374) : $tb.op($e.now, A$udp_sendmsg.L374));
    if (msg.msg_namelen < 16) return -EINVAL;
    ++$e.steps; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$udp_sendmsg.L376) : $tb.op($e.now, A$udp_sendmsg.L376));
    if (usin.sin_family !== AF_INET && usin.sin_family !== AF_UNSPEC) return -EAFNOSUPPORT;
    $e.steps += 3; if ($tb !== null) ($o = (A$udp_sendmsg.L381 | 2097152), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
    daddr = usin.sin_addr;
    
    dport = usin.sin_port;
    
    if (dport === 0) return -EINVAL;
  } else {
    ++$e.steps; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$udp_sendmsg.L388) : $tb.op($e.now, A$udp_sendmsg.L388));
    if (sk.sk_state !== TCP_ESTABLISHED) {
      ++$e.steps; $x = A$udp_sendmsg.L389 | 1048576;
      return -EDESTADDRREQ;
    }
    $e.steps += 3; if ($tb !== null) ($o = (A$udp_sendmsg.L390 | 2097152), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
    daddr = inet.inet_daddr;
    
    dport = inet.inet_dport;
    
    connected = 1;
  }
  
  
  
  let rt: { saddr: string; daddr: string } | null = null;
  if (connected) {
    // the route connect() cached: from the connected addresses
    ++$e.steps; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$udp_sendmsg.L401) : $tb.op($e.now, A$udp_sendmsg.L401));
    rt = { saddr: inet.inet_saddr, daddr };
  }
  if (!rt) {
    ++$e.steps; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$udp_sendmsg.L408) : $tb.op($e.now, A$udp_sendmsg.L408));
    const r = ip_route_connect(sk.sk_net, daddr);
    ++$e.steps; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$udp_sendmsg.L409) : $tb.op($e.now, A$udp_sendmsg.L409));
    if (typeof r === 'number') {
      
      ++$e.steps; $x = A$udp_sendmsg.L447 | 1048576;
      return r;
    }
    // a bound source address wins over the route's choice
    rt = { saddr: inet.inet_saddr !== ANY ? inet.inet_saddr : r.saddr, daddr: r.daddr };
    ++$e.steps; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$udp_sendmsg.L416) : $tb.op($e.now, A$udp_sendmsg.L416));
    if (daddr === '255.255.255.255' && !sock_flag(sk, 'SOCK_BROADCAST')) return -EACCES;
  }
  
  $e.steps += 2; if ($tb !== null) ($o = (A$udp_sendmsg.L422 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  const fl4 = { saddr: rt.saddr, daddr: rt.daddr, fl4_dport: dport };
  
  
  const skb = ip_make_skb(sk, fl4, msg.data, ulen);
  let err: number;
  if (typeof skb === 'number') {
    err = skb;
  } else {
    
    ++$e.steps; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$udp_sendmsg.L437) : $tb.op($e.now, A$udp_sendmsg.L437));
    err = udp_send_skb$fast(skb, fl4);
  }
  
  ++$e.steps; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$udp_sendmsg.L444) : $tb.op($e.now, A$udp_sendmsg.L444));
  if (!err) {
    ++$e.steps; $x = A$udp_sendmsg.L445 | 1048576;
    return len;
  }
  ++$e.steps; $x = A$udp_sendmsg.L447 | 1048576;
  return err;
  } finally {
    ($st.pop(), $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$udp_sendmsg.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
  }
}
function __udp_enqueue_schedule_skb$fast(sk: Sock, skb: SkBuff): any { const $e = $E; const $tb: any = $e.lineSink; const $st = $e.current!.stack; let $o: number; let $x = -1;
  const $f = ($st.push($FF), $tb !== null && ($o = (A$__udp_enqueue_schedule_skb.L463 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  try {
  ++$e.steps;
  const rmem = rmemAlloc(sk);
  
  ++$e.steps; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__udp_enqueue_schedule_skb.L464) : $tb.op($e.now, A$__udp_enqueue_schedule_skb.L464));
  if (rmem > sk.sk_rcvbuf) {
    $e.steps += 2; $x = A$__udp_enqueue_schedule_skb.L482 | 2097152;
    sk.sk_drops++;
    
    return -ENOMEM;
  }
  ++$e.steps; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__udp_enqueue_schedule_skb.L468) : $tb.op($e.now, A$__udp_enqueue_schedule_skb.L468));
  rmem + truesize(skb);
  ++$e.steps; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__udp_enqueue_schedule_skb.L471) : $tb.op($e.now, A$__udp_enqueue_schedule_skb.L471));
  sk.sk_receive_queue.push(skb);
  ++$e.steps; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__udp_enqueue_schedule_skb.L475) : $tb.op($e.now, A$__udp_enqueue_schedule_skb.L475));
  if (!sock_flag(sk, SOCK_DEAD)) {
    ++$e.steps; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__udp_enqueue_schedule_skb.L476) : $tb.op($e.now, A$__udp_enqueue_schedule_skb.L476));
    // sock_def_readable: wake whoever sleeps in recv()
    wake_up_interruptible(sk.sk_wq);
  }
  ++$e.steps; $x = A$__udp_enqueue_schedule_skb.L479 | 1048576;
  return 0;
  } finally {
    ($st.pop(), $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$__udp_enqueue_schedule_skb.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
  }
}
function __udp_queue_rcv_skb$fast(sk: Sock, skb: SkBuff): any { const $e = $E; const $tb: any = $e.lineSink; const $st = $e.current!.stack; let $o: number; let $x = -1;
  const $f = ($st.push($FF), $tb !== null && ($o = (A$__udp_queue_rcv_skb.L715 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  try {
  ++$e.steps;
  const rc = __udp_enqueue_schedule_skb$fast(sk, skb);
  
  ++$e.steps; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__udp_queue_rcv_skb.L716) : $tb.op($e.now, A$__udp_queue_rcv_skb.L716));
  if (rc < 0) {
    const net = sk.sk_net;
    ++$e.steps; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__udp_queue_rcv_skb.L720) : $tb.op($e.now, A$__udp_queue_rcv_skb.L720));
    if (rc === -ENOMEM) NET_INC_STATS(net, 'UdpRcvbufErrors');
    ++$e.steps; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__udp_queue_rcv_skb.L723) : $tb.op($e.now, A$__udp_queue_rcv_skb.L723));
    NET_INC_STATS(net, 'UdpInErrors');
    ++$e.steps; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__udp_queue_rcv_skb.L726) : $tb.op($e.now, A$__udp_queue_rcv_skb.L726));
    E.emit({ ev: 'note', t: E.now, host: net.host.name, text: `udp:udp_fail_queue_rcv_skb rc=${rc} port=${sk.inet_num} (${tracingComm()})` });
    return -1;
  }
  ++$e.steps; $x = A$__udp_queue_rcv_skb.L730 | 1048576;
  return 0;
  } finally {
    ($st.pop(), $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$__udp_queue_rcv_skb.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
  }
}
function udp_queue_rcv_one_skb$fast(sk: Sock, skb: SkBuff): any { const $e = $E; const $tb: any = $e.lineSink; const $st = $e.current!.stack; let $o: number;
  const $f = ($st.push($FF), $tb !== null && ($o = (A$udp_queue_rcv_one_skb.L744 | 272629760), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  try {

  $e.steps += 4;
  
  
  
  return __udp_queue_rcv_skb$fast(sk, skb);
  } finally {
    ($st.pop(), $tb !== null && ($o = (A$udp_queue_rcv_one_skb.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
  }
}
function udp_queue_rcv_skb$fast(sk: Sock, skb: SkBuff): any { const $e = $E; const $tb: any = $e.lineSink; const $st = $e.current!.stack; let $o: number;
  const $f = ($st.push($FF), $tb !== null && ($o = (A$udp_queue_rcv_skb.L775 | 270532608), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  try {
  $e.steps += 2;
  
  return udp_queue_rcv_one_skb$fast(sk, skb);
  } finally {
    ($st.pop(), $tb !== null && ($o = (A$udp_queue_rcv_skb.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
  }
}
function udp_unicast_rcv_skb$fast(sk: Sock, skb: SkBuff): any { const $e = $E; const $tb: any = $e.lineSink; const $st = $e.current!.stack; let $o: number; let $x = -1;
  const $f = ($st.push($FF), $tb !== null && ($o = (A$udp_unicast_rcv_skb.L791 | 270532608), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  try {

  $e.steps += 2;
  
  const ret = udp_queue_rcv_skb$fast(sk, skb);
  
  $e.steps += 2; $x = A$udp_unicast_rcv_skb.L797 | 2097152;
  
  return 0;
  } finally {
    ($st.pop(), $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$udp_unicast_rcv_skb.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
  }
}
export function __udp4_lib_rcv$fast(skb: SkBuff, net: Net): any { const $e = $E; const $tb: any = $e.lineSink; const $st = $e.current!.stack; let $o: number; let $x = -1;
  const $f = ($st.push($FF), $tb !== null && ($o = (A$__udp4_lib_rcv.L818 | 272629760), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  try {

  $e.steps += 4;
  
  const uh = skb.uh!;
  
  
  
  
  
  
  if (uh.len > 8 + skb.len || uh.len < 8) {
    ++$e.steps; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__udp4_lib_rcv.L865) : $tb.op($e.now, A$__udp4_lib_rcv.L865));
    NET_INC_STATS(net, 'UdpInErrors');
    return 0;
  }
  $e.steps += 3; if ($tb !== null) ($o = (A$__udp4_lib_rcv.L830 | 2097152), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  
  
  const sk = __udp4_lib_lookup$fast(net, skb.iph.saddr, uh.source, skb.iph.daddr, uh.dest);
  
  ++$e.steps; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__udp4_lib_rcv.L840) : $tb.op($e.now, A$__udp4_lib_rcv.L840));
  if (sk) {
    ++$e.steps; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__udp4_lib_rcv.L841) : $tb.op($e.now, A$__udp4_lib_rcv.L841));
    NET_INC_STATS(net, 'UdpInDatagrams');
    return udp_unicast_rcv_skb$fast(sk, skb);
  }
  $e.steps += 2; if ($tb !== null) ($o = (A$__udp4_lib_rcv.L843 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  
  NET_INC_STATS(net, 'UdpNoPorts');
  ++$e.steps; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__udp4_lib_rcv.L854) : $tb.op($e.now, A$__udp4_lib_rcv.L854));
  __icmp_send$fast(skb, ICMP_DEST_UNREACH, ICMP_PORT_UNREACH, 0, net);
  $e.steps += 2; $x = A$__udp4_lib_rcv.L856 | 2097152;
  
  return 0;
  } finally {
    ($st.pop(), $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$__udp4_lib_rcv.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
  }
}
export function udp_rcv$fast(skb: SkBuff, net: Net): any { const $e = $E; const $tb: any = $e.lineSink; const $st = $e.current!.stack; let $o: number;
  const $f = ($st.push($FF), $tb !== null && ($o = (A$udp_rcv.L877 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  try {

  ++$e.steps;
  return __udp4_lib_rcv$fast(skb, net);
  } finally {
    ($st.pop(), $tb !== null && ($o = (A$udp_rcv.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
  }
}
function __udp_disconnect$fast(sk: Sock, flags: number): any { const $e = $E; const $tb: any = $e.lineSink; const $st = $e.current!.stack; let $t: any; let $o: number; let $x = -1;
  const inet = inet_sk(sk);
  const $f = ($st.push($FF), $tb !== null && ($o = (A$__udp_disconnect.L640 | 272629760), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  try {

  // a plain store: no sock:inet_sock_set_state
  $e.steps += 4;
  sk.sk_state = TCP_CLOSE;
  
  inet.inet_daddr = ANY;
  
  inet.inet_dport = 0;
  
  if (!(sk.sk_userlocks & SOCK_BINDADDR_LOCK)) {
    $e.steps += 2; if ($tb !== null) ($o = (A$__udp_disconnect.L647 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
    inet.inet_saddr = ANY;
    inet.inet_rcv_saddr = ANY;
    
    if (sk.sk_userlocks & SOCK_BINDPORT_LOCK) udp_v4_rehash(sk);
  }
  ++$e.steps; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__udp_disconnect.L652) : $tb.op($e.now, A$__udp_disconnect.L652));
  if (!(sk.sk_userlocks & SOCK_BINDPORT_LOCK)) {
    ++$e.steps; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__udp_disconnect.L653) : $tb.op($e.now, A$__udp_disconnect.L653));
    (($t = sk.sk_prot.unhash).fast !== undefined ? $t.fast(sk) : $drive($t(sk)));
    ++$e.steps; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__udp_disconnect.L654) : $tb.op($e.now, A$__udp_disconnect.L654));
    inet.inet_sport = 0;
  }
  ++$e.steps; $x = A$__udp_disconnect.L657 | 1048576;
  return 0;
  } finally {
    ($st.pop(), $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$__udp_disconnect.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
  }
}
export function udp_disconnect$fast(sk: Sock, flags: number): any { const $e = $E; const $tb: any = $e.lineSink; const $st = $e.current!.stack; let $o: number; let $x = -1;
  const $f = ($st.push($FF), $tb !== null && ($o = (A$udp_disconnect.L667 | 270532608), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  try {
  $e.steps += 2;
  
  __udp_disconnect$fast(sk, flags);
  $e.steps += 2; $x = A$udp_disconnect.L669 | 2097152;
  
  return 0;
  } finally {
    ($st.pop(), $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$udp_disconnect.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
  }
}
export function udp_lib_unhash$fast(sk: Sock): any { const $e = $E; const $tb: any = $e.lineSink; const $st = $e.current!.stack; let $o: number;
  const up = udp_sk(sk);
  const $f = ($st.push($FF), $tb !== null && ($o = (A$udp_lib_unhash.L680 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  try {

  ++$e.steps;
  if (sk.hashedIn !== 'udp') return;
  const t = sk.sk_net.udp_table;
  $e.steps += 2; if ($tb !== null) ($o = (A$udp_lib_unhash.L684 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  
  
  
  if (slotDel(t.hash, up.udp_port_hash, sk)) {
    sk.hashedIn = null;
    $e.steps += 2; if ($tb !== null) ($o = (A$udp_lib_unhash.L693 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
    sk.inet_num = 0;
    
    slotDel(t.hash2, up.udp_portaddr_hash, sk);
  }
  } finally {
    ($st.pop(), $tb !== null && ($o = (A$udp_lib_unhash.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
  }
}
export function udp_destroy_sock$fast(sk: Sock): any { const $e = $E; const $tb: any = $e.lineSink; const $st = $e.current!.stack; let $o: number;
  const $f = ($st.push($FF), $tb !== null && ($o = (A$udp_destroy_sock.L888 | 270532608), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  try {

  $e.steps += 2;
  
  udp_sk(sk).pending = 0;
  ++$e.steps; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$udp_destroy_sock.L894) : $tb.op($e.now, A$udp_destroy_sock.L894));
  } finally {
    ($st.pop(), $tb !== null && ($o = (A$udp_destroy_sock.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
  }
}
export function udp_init_sock$fast(sk: Sock): any { const $e = $E; const $tb: any = $e.lineSink; const $st = $e.current!.stack; let $o: number; let $x = -1;
  const $f = ($st.push($FF), $tb !== null && ($o = (A$udp_init_sock.L495 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  try {
  ++$e.steps;
  udp_sk(sk).reader_queue = [];
  $e.steps += 2; $x = A$udp_init_sock.L496 | 2097152;
  sk.sk_destruct = 'udp_destruct_sock';
  
  return 0;
  } finally {
    ($st.pop(), $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$udp_init_sock.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
  }
}
export function udp_lib_close$fast(sk: Sock, timeout: number): any { const $e = $E; const $tb: any = $e.lineSink; const $st = $e.current!.stack; let $o: number;
  const $f = ($st.push($FF), $tb !== null && ($o = (A$udp_lib_close.L19 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  try {
  ++$e.steps;
  sk_common_release$fast(sk);
  } finally {
    ($st.pop(), $tb !== null && ($o = (A$udp_lib_close.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
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
