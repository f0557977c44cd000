// generated — do not edit. Written by scripts/gen-kernel.ts from src/kernel/net/ipv4/udp.ts
// @ts-nocheck
// net/ipv4/udp.c: UDP over IPv4 — what udp_prot points at (udp_v4_get_port → udp_lib_get_port,
// which hashes the socket into udp_table at bind time; udp_sendmsg; udp_recvmsg; udp_init_sock;
// udp_lib_unhash; udp_destroy_sock; udp_disconnect), the receive path udp_rcv → __udp4_lib_rcv →
// __udp4_lib_lookup (hash2 by (daddr, port), then (ANY, port), best compute_score) → the socket's
// receive queue, the ICMP port unreachable when no socket has the port, and __udp4_lib_err for the
// ICMP errors coming back. UDP has no state machine: sock:inet_sock_set_state never fires here.

import { ip_send_skb, ip_make_skb } from './ip_output';
import { ip_route_output_ports } from './route';
import { E, Sim, SLEEP, tracingComm } from '../../../core/engine';
import { at, enter, leave } from '../../../core/engine';
import { defineFn } from '../../../core/anchors';
import { prepare_to_wait, finish_wait, schedule_timeout } from '../../../world/current';
import type { File, Msghdr, PollTable, Socket } from '../../../include/linux/net';
import { EPOLLIN, EPOLLRDNORM } from '../../../include/linux/eventpoll';
import { datagram_poll } from '../core/datagram';
import { SkBuff } from '../../../include/linux/skbuff';
import { ICMP_DEST_UNREACH, ICMP_PORT_UNREACH } from '../../../include/linux/skbuff';
import { udp_sk } from '../../../include/linux/udp';
import type { Net } from '../../../include/net/net_namespace';
import { MIB, NET_INC_STATS } from '../../../include/net/net_namespace';
import { Sock, sock_flag, sock_set_flag, SOCK_BROADCAST, SOCK_DEAD, SOCK_RCU_FREE } from '../../../include/net/sock';
import { inet_sk } from '../../../include/net/inet_sock';
import { portaddrKey, slotAdd, slotDel } from '../../../include/net/udp';
import {
  TCP_CLOSE, TCP_ESTABLISHED, RCV_SHUTDOWN, SOCK_BINDADDR_LOCK, SOCK_BINDPORT_LOCK,
} from '../../../include/net/tcp_states';
import { AF_INET, AF_UNSPEC, ERRNO, IPPROTO_UDP, MSG_DONTWAIT, MSG_ERRQUEUE, MSG_OOB, MSG_TRUNC } from '../../../include/uapi';
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
const A$udp_lib_get_port = defineFn('net/ipv4/udp.c', 'udp_lib_get_port', [32, 36, 41, 46, 54, 56, 61, 65, 66, 68, 69, 73, 80, 85, 86, 91]);

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
    if (at(A$udp_lib_get_port.L41)) yield;
    let found = 0;
    for (let i = 0; i < remaining && !found; i++) {
      const cand = low + ((first - low + i) % remaining);
      if (!udp_lib_lport_inuse(net, cand, sk)) found = cand;
    }
    if (!found) {
      if (at(A$udp_lib_get_port.L54)) yield;
      if (at(A$udp_lib_get_port.L91)) yield;
      return error;
    }
    if (at(A$udp_lib_get_port.L46)) yield;
    snum = found;
    $f.vars.snum = snum;
  } else {
    if (at(A$udp_lib_get_port.L56)) yield;
    $f.vars.hslot = snum;
    if (at(A$udp_lib_get_port.L61)) yield;
    if (udp_lib_lport_inuse(net, snum, sk)) {
      if (at(A$udp_lib_get_port.L91)) yield;
      return error;
    }
  }
  $f.vars.hslot = snum;
  if (at(A$udp_lib_get_port.L65)) yield;
  sk.inet_num = snum;
  if (at(A$udp_lib_get_port.L66)) yield;
  up.udp_port_hash = snum;
  if (at(A$udp_lib_get_port.L68)) yield;
  up.udp_portaddr_hash = portaddrKey(sk.skc_rcv_saddr, snum);
  if (at(A$udp_lib_get_port.L69)) yield;
  if (!sk.hashedIn) {
    if (at(A$udp_lib_get_port.L73)) yield;
    slotAdd(net.udp_table.hash, snum, sk);
    sk.hashedIn = 'udp';
    if (at(A$udp_lib_get_port.L80)) yield;
    slotAdd(net.udp_table.hash2, up.udp_portaddr_hash, sk);
    $f.vars.hslot2 = up.udp_portaddr_hash;
  }
  if (at(A$udp_lib_get_port.L85)) yield;
  sock_set_flag(sk, SOCK_RCU_FREE);
  if (at(A$udp_lib_get_port.L86)) yield;
  error = 0;
  $f.vars.error = 0;
  if (at(A$udp_lib_get_port.L91)) yield;
  return error;
  } finally {
    leave($f);
  }
}
const A$udp_v4_get_port = defineFn('net/ipv4/udp.c', 'udp_v4_get_port', [102, 104, 108, 109]);

/** udp_v4_get_port() = udp_prot.get_port. */
export function* udp_v4_get_port(sk: Sock, snum: number): Sim<number> {
  const $f = enter(A$udp_v4_get_port, { sk, snum });
  try {
  if (at(A$udp_v4_get_port.L102)) yield;
  $f.vars.hash2_nulladdr = portaddrKey(ANY, snum);
  if (at(A$udp_v4_get_port.L104)) yield;
  $f.vars.hash2_partial = `${sk.skc_rcv_saddr}:`;
  if (at(A$udp_v4_get_port.L108)) yield;
  udp_sk(sk).udp_portaddr_hash = `${sk.skc_rcv_saddr}:`;
  if (at(A$udp_v4_get_port.L109)) yield;
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
const A$compute_score = defineFn('net/ipv4/udp.c', 'compute_score', [127, 133, 136, 140, 141, 144, 147, 148, 150, 153, 158]);

// ---- the socket lookup ---------------------------------------------------------------------

function* compute_score(sk: Sock, net: Net, saddr: string, sport: number, daddr: string, hnum: number): Sim<number> {
  const inet = inet_sk(sk);
  const $f = enter(A$compute_score, { sk, saddr, sport, daddr, hnum });
  try {

  if (at(A$compute_score.L127)) yield;
  if (sk.sk_net !== net || udp_sk(sk).udp_port_hash !== hnum) return -1;
  if (at(A$compute_score.L133)) yield;
  if (sk.skc_rcv_saddr !== daddr) return -1;
  if (at(A$compute_score.L136)) yield;
  let score = 2;
  $f.vars.score = score;
  if (at(A$compute_score.L140)) yield;
  if (inet.inet_daddr !== ANY) {
    if (at(A$compute_score.L141)) yield;
    if (inet.inet_daddr !== saddr) return -1;
    if (at(A$compute_score.L144)) yield;
    score += 4;
    $f.vars.score = score;
  }
  if (at(A$compute_score.L147)) yield;
  if (inet.inet_dport) {
    if (at(A$compute_score.L148)) yield;
    if (inet.inet_dport !== sport) return -1;
    if (at(A$compute_score.L150)) yield;
    score += 4;
    $f.vars.score = score;
  }
  if (at(A$compute_score.L153)) yield;
  if (at(A$compute_score.L158)) yield;
  return score;
  } finally {
    leave($f);
  }
}
const A$udp4_lib_lookup2 = defineFn('net/ipv4/udp.c', 'udp4_lib_lookup2', [177, 179, 180, 182, 185, 186, 189]);

function* udp4_lib_lookup2(net: Net, saddr: string, sport: number, daddr: string, hnum: number): Sim<Sock | null> {
  const key = portaddrKey(daddr, hnum);
  const $f = enter(A$udp4_lib_lookup2, { saddr, sport, daddr, hnum, hslot2: key });
  try {

  if (at(A$udp4_lib_lookup2.L177)) yield;
  let result: Sock | null = null;
  let badness = 0;
  for (const sk of [...(net.udp_table.hash2.get(key) ?? [])]) {
    if (at(A$udp4_lib_lookup2.L179)) yield;
    $f.vars.sk = sk;
    if (at(A$udp4_lib_lookup2.L180)) yield;
    const score = ($E.fast || $E.twinOk[compute_score.k] === 1 ? compute_score$fast(sk, net, saddr, sport, daddr, hnum) : yield* compute_score(sk, net, saddr, sport, daddr, hnum));
    $f.vars.score = score;
    if (at(A$udp4_lib_lookup2.L182)) yield;
    if (score > badness) {
      if (at(A$udp4_lib_lookup2.L185)) yield;
      badness = score;
      $f.vars.badness = badness;
      if (at(A$udp4_lib_lookup2.L186)) yield;
      result = sk;
      $f.vars.result = sk;
    }
  }
  if (at(A$udp4_lib_lookup2.L189)) yield;
  return result;
  } finally {
    leave($f);
  }
}
const A$__udp4_lib_lookup = defineFn('net/ipv4/udp.c', '__udp4_lib_lookup', [207, 211, 214, 216, 220, 226]);

/** __udp4_lib_lookup(): the socket for (saddr:sport → daddr:dport) — exact local address first, then the wildcard. */
export function* __udp4_lib_lookup(net: Net, saddr: string, sport: number, daddr: string, dport: number): Sim<Sock | null> {
  const $f = enter(A$__udp4_lib_lookup, { net, saddr, sport, daddr, dport });
  try {
  if (at(A$__udp4_lib_lookup.L207)) yield;
  $f.vars.hslot2 = portaddrKey(daddr, dport);
  if (at(A$__udp4_lib_lookup.L211)) yield;
  let result = ($E.fast || $E.twinOk[udp4_lib_lookup2.k] === 1 ? udp4_lib_lookup2$fast(net, saddr, sport, daddr, dport) : yield* udp4_lib_lookup2(net, saddr, sport, daddr, dport));
  $f.vars.result = result;
  if (at(A$__udp4_lib_lookup.L214)) yield;
  if (!result) {
    if (at(A$__udp4_lib_lookup.L216)) yield;
    $f.vars.hslot2 = portaddrKey(ANY, dport);
    if (at(A$__udp4_lib_lookup.L220)) yield;
    result = ($E.fast || $E.twinOk[udp4_lib_lookup2.k] === 1 ? udp4_lib_lookup2$fast(net, saddr, sport, ANY, dport) : yield* udp4_lib_lookup2(net, saddr, sport, ANY, dport));
    $f.vars.result = result;
  }
  if (at(A$__udp4_lib_lookup.L226)) yield;
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
const A$__udp4_lib_err = defineFn('net/ipv4/udp.c', '__udp4_lib_err', [249, 252, 256, 257, 258, 267, 271, 274, 275, 283, 284, 290, 292, 294]);

/** __udp4_lib_err(): sk_err only for a connected socket (or IP_RECVERR) — an unconnected one never hears of it. */
export function* __udp4_lib_err(skb: SkBuff, info: number, net: Net): Sim<number> {
  const ic = skb.icmph!;
  const iph = ic.quoted.iph;
  const uh = ic.quoted.uh!;
  const $f = enter(A$__udp4_lib_err, { skb, info, iph, uh, type: ic.type, code: ic.code });
  try {

  if (at(A$__udp4_lib_err.L249)) yield;
  const sk = ($E.fast || $E.twinOk[__udp4_lib_lookup.k] === 1 ? __udp4_lib_lookup$fast(net, iph.daddr, uh.dest, iph.saddr, uh.source) : yield* __udp4_lib_lookup(net, iph.daddr, uh.dest, iph.saddr, uh.source));
  $f.vars.sk = sk;
  if (at(A$__udp4_lib_err.L252)) yield;
  if (!sk) {
    if (at(A$__udp4_lib_err.L256)) yield;
    if (at(A$__udp4_lib_err.L257)) yield;
    NET_INC_STATS(net, MIB.IcmpInErrors);
    if (at(A$__udp4_lib_err.L258)) yield;
    return -ENOENT;
  }
  let err = 0;
  let harderr = 0;
  if (at(A$__udp4_lib_err.L267)) yield;
  if (ic.type === ICMP_DEST_UNREACH) {
    if (at(A$__udp4_lib_err.L271)) yield;
    err = EHOSTUNREACH;
    const conv = ICMP_ERR_CONVERT[ic.code];
    if (conv) {
      if (at(A$__udp4_lib_err.L274)) yield;
      harderr = conv.fatal;
      if (at(A$__udp4_lib_err.L275)) yield;
      err = conv.errno;
    }
  } else {
    err = EHOSTUNREACH;
  }
  $f.vars.err = err;
  $f.vars.harderr = harderr;
  if (at(A$__udp4_lib_err.L283)) yield;
  if (!inet_sk(sk).recverr) {
    if (at(A$__udp4_lib_err.L284)) yield;
    if (!harderr || sk.sk_state !== TCP_ESTABLISHED) {
      if (at(A$__udp4_lib_err.L294)) yield;
      return 0;
    }
  }
  if (at(A$__udp4_lib_err.L290)) yield;
  sk.sk_err = err;
  if (at(A$__udp4_lib_err.L292)) yield;
  // sock_def_error_report: wake the sleepers (a recv() waiting for a datagram)
  ($E.fast || $E.twinOk[sock_def_error_report.k] === 1 ? sock_def_error_report$fast(sk) : yield* sock_def_error_report(sk));
  if (at(A$__udp4_lib_err.L294)) yield;
  return 0;
  } finally {
    leave($f);
  }
}
const A$udp_err = defineFn('net/ipv4/udp.c', 'udp_err', [304]);

/** udp_err() = udp_protocol.err_handler. */
export function* udp_err(skb: SkBuff, info: number, net: Net): Sim<number> {
  const $f = enter(A$udp_err, { skb, info });
  try {

  if (at(A$udp_err.L304)) yield;
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
const A$udp_send_skb = defineFn('net/ipv4/udp.c', 'udp_send_skb', [326, 327, 328, 330, 334, 341, 342, 345, 346, 348, 351, 353]);

function* udp_send_skb(skb: SkBuff, fl4: { saddr: string; daddr: string; fl4_dport: number }): Sim<number> {
  const sk = skb.sk as Sock;
  const inet = inet_sk(sk);
  const $f = enter(A$udp_send_skb, { skb, fl4, sk });
  try {

  if (at(A$udp_send_skb.L326)) yield;
  const uh = skb.uh!;
  $f.vars.uh = uh;
  if (at(A$udp_send_skb.L327)) yield;
  uh.source = inet.inet_sport;
  if (at(A$udp_send_skb.L328)) yield;
  uh.dest = fl4.fl4_dport;
  if (at(A$udp_send_skb.L330)) yield;
  uh.len = 8 + skb.len;
  if (at(A$udp_send_skb.L334)) yield;
  uh.check = udpChecksum(fl4.saddr, fl4.daddr, uh.source, uh.dest, skb.payload);
  if (at(A$udp_send_skb.L341)) yield;
  const net = sk.sk_net;
  let err = ($E.fast || $E.twinOk[ip_send_skb.k] === 1 ? ip_send_skb$fast(net, skb) : yield* ip_send_skb(net, skb));
  $f.vars.err = err;
  if (at(A$udp_send_skb.L342)) yield;
  if (err) {
    if (at(A$udp_send_skb.L345)) yield;
    if (err === -ERRNO.ENOBUFS && !inet.recverr) {
      // (UDP_MIB_SNDBUFERRORS: not counted here)
      if (at(A$udp_send_skb.L346)) yield;
      if (at(A$udp_send_skb.L348)) yield;
      err = 0;
      $f.vars.err = err;
    }
  } else {
    if (at(A$udp_send_skb.L351)) yield;
    NET_INC_STATS(net, MIB.UdpOutDatagrams);
  }
  if (at(A$udp_send_skb.L353)) yield;
  return err;
  } finally {
    leave($f);
  }
}
const A$udp_sendmsg = defineFn('net/ipv4/udp.c', 'udp_sendmsg', [383, 386, 389, 392, 393, 395, 400, 401, 403, 407, 408, 409, 410, 412, 420, 428, 429, 437, 443, 453, 458, 466, 467, 469]);

/** udp_sendmsg() = udp_prot.sendmsg: one call, one datagram — sent whole or not at all. */
export function* udp_sendmsg(sk: Sock, msg: Msghdr, len: number): Sim<number> {
  const inet = inet_sk(sk);
  const usin = msg.msg_name;
  const $f = enter(A$udp_sendmsg, { sk, msg, len, usin });
  try {

  if (at(A$udp_sendmsg.L383)) yield;
  if (len > 0xffff) return -EMSGSIZE;
  if (at(A$udp_sendmsg.L386)) yield;
  if (msg.msg_flags & MSG_OOB) return -EOPNOTSUPP;
  if (at(A$udp_sendmsg.L389)) yield;
  const ulen = len + 8;
  $f.vars.ulen = ulen;
  let daddr: string;
  let dport: number;
  let connected = 0;
  if (at(A$udp_sendmsg.L392)) yield;
  if (usin) {
    if (at(A$udp_sendmsg.L393)) yield;
    if (msg.msg_namelen < 16) return -EINVAL;
    if (at(A$udp_sendmsg.L395)) yield;
    if (usin.sin_family !== AF_INET && usin.sin_family !== AF_UNSPEC) return -EAFNOSUPPORT;
    if (at(A$udp_sendmsg.L400)) yield;
    daddr = usin.sin_addr;
    if (at(A$udp_sendmsg.L401)) yield;
    dport = usin.sin_port;
    if (at(A$udp_sendmsg.L403)) yield;
    if (dport === 0) return -EINVAL;
  } else {
    if (at(A$udp_sendmsg.L407)) yield;
    if (sk.sk_state !== TCP_ESTABLISHED) {
      if (at(A$udp_sendmsg.L408)) yield;
      return -EDESTADDRREQ;
    }
    if (at(A$udp_sendmsg.L409)) yield;
    daddr = inet.inet_daddr;
    if (at(A$udp_sendmsg.L410)) yield;
    dport = inet.inet_dport;
    if (at(A$udp_sendmsg.L412)) yield;
    connected = 1;
  }
  $f.vars.daddr = daddr;
  $f.vars.dport = dport;
  $f.vars.connected = connected;
  let rt: { saddr: string; daddr: string } | null = null;
  if (connected) {
    // the route connect() cached: from the connected addresses
    if (at(A$udp_sendmsg.L420)) yield;
    rt = { saddr: inet.inet_saddr, daddr };
  }
  if (!rt) {
    if (at(A$udp_sendmsg.L428)) yield;
    const r = ip_route_connect(sk.sk_net, daddr);
    if (at(A$udp_sendmsg.L429)) yield;
    if (typeof r === 'number') {
      $f.vars.err = r;
      if (at(A$udp_sendmsg.L469)) yield;
      return r;
    }
    // a bound source address wins over the route's choice
    rt = { saddr: inet.inet_saddr !== ANY ? inet.inet_saddr : r.saddr, daddr: r.daddr };
    if (at(A$udp_sendmsg.L437)) yield;
    if (daddr === '255.255.255.255' && !sock_flag(sk, SOCK_BROADCAST)) return -EACCES;
  }
  $f.vars.rt = rt;
  if (at(A$udp_sendmsg.L443)) yield;
  const fl4 = { saddr: rt.saddr, daddr: rt.daddr, fl4_dport: dport };
  $f.vars.fl4 = fl4;
  if (at(A$udp_sendmsg.L453)) yield;
  // (the route ip_route_output_flow found: by lo to this host's own addresses, else by eth0)
  const skb = ($E.fast || $E.twinOk[ip_make_skb.k] === 1 ? ip_make_skb$fast(sk, fl4, msg.data, ulen, 8, ip_route_output_ports(sk.sk_net, fl4.daddr), msg.msg_flags) : yield* ip_make_skb(sk, fl4, msg.data, ulen, 8, ip_route_output_ports(sk.sk_net, fl4.daddr), msg.msg_flags));
  let err: number;
  if (typeof skb === 'number') {
    err = skb;
  } else if (skb === null) {
    err = 0;
  } else {
    $f.vars.skb = skb;
    if (at(A$udp_sendmsg.L458)) yield;
    err = ($E.fast || $E.twinOk[udp_send_skb.k] === 1 ? udp_send_skb$fast(skb, fl4) : yield* udp_send_skb(skb, fl4));
  }
  $f.vars.err = err;
  if (at(A$udp_sendmsg.L466)) yield;
  if (!err) {
    if (at(A$udp_sendmsg.L467)) yield;
    return len;
  }
  if (at(A$udp_sendmsg.L469)) yield;
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
const A$__udp_enqueue_schedule_skb = defineFn('net/ipv4/udp.c', '__udp_enqueue_schedule_skb', [486, 487, 492, 495, 499, 500, 503, 506, 508]);
function* __udp_enqueue_schedule_skb(sk: Sock, skb: SkBuff): Sim<number> {
  const $f = enter(A$__udp_enqueue_schedule_skb, { sk, skb });
  try {
  if (at(A$__udp_enqueue_schedule_skb.L486)) yield;
  const rmem = rmemAlloc(sk);
  $f.vars.rmem = rmem;
  if (at(A$__udp_enqueue_schedule_skb.L487)) yield;
  if (rmem > sk.sk_rcvbuf) {
    if (at(A$__udp_enqueue_schedule_skb.L506)) yield;
    sk.sk_drops++;
    if (at(A$__udp_enqueue_schedule_skb.L508)) yield;
    return -ENOMEM;
  }
  if (at(A$__udp_enqueue_schedule_skb.L492)) yield;
  $f.vars.rmem = rmem + truesize(skb);
  if (at(A$__udp_enqueue_schedule_skb.L495)) yield;
  sk.sk_receive_queue.push(skb);
  if (at(A$__udp_enqueue_schedule_skb.L499)) yield;
  if (!sock_flag(sk, SOCK_DEAD)) {
    if (at(A$__udp_enqueue_schedule_skb.L500)) yield;
    // sock_def_readable: wake whoever sleeps in recv()
    ($E.fast || $E.twinOk[sock_def_readable.k] === 1 ? sock_def_readable$fast(sk) : yield* sock_def_readable(sk));
  }
  if (at(A$__udp_enqueue_schedule_skb.L503)) yield;
  return 0;
  } finally {
    leave($f);
  }
}
const A$__udp_queue_rcv_skb = defineFn('net/ipv4/udp.c', '__udp_queue_rcv_skb', [738, 739, 743, 746, 749, 753]);

function* __udp_queue_rcv_skb(sk: Sock, skb: SkBuff): Sim<number> {
  const $f = enter(A$__udp_queue_rcv_skb, { sk, skb });
  try {
  if (at(A$__udp_queue_rcv_skb.L738)) yield;
  const rc = ($E.fast || $E.twinOk[__udp_enqueue_schedule_skb.k] === 1 ? __udp_enqueue_schedule_skb$fast(sk, skb) : yield* __udp_enqueue_schedule_skb(sk, skb));
  $f.vars.rc = rc;
  if (at(A$__udp_queue_rcv_skb.L739)) yield;
  if (rc < 0) {
    const net = sk.sk_net;
    if (at(A$__udp_queue_rcv_skb.L743)) yield;
    if (rc === -ENOMEM) NET_INC_STATS(net, MIB.UdpRcvbufErrors);
    if (at(A$__udp_queue_rcv_skb.L746)) yield;
    NET_INC_STATS(net, MIB.UdpInErrors);
    if (at(A$__udp_queue_rcv_skb.L749)) yield;
    E.emit({ ev: 'note', t: E.now, host: net.host.name, text: `udp:udp_fail_queue_rcv_skb rc=${rc} port=${sk.inet_num} (${tracingComm()})` });
    return -1;
  }
  if (at(A$__udp_queue_rcv_skb.L753)) yield;
  return 0;
  } finally {
    leave($f);
  }
}
const A$udp_queue_rcv_one_skb = defineFn('net/ipv4/udp.c', 'udp_queue_rcv_one_skb', [767, 772, 775, 778]);

function* udp_queue_rcv_one_skb(sk: Sock, skb: SkBuff): Sim<number> {
  const $f = enter(A$udp_queue_rcv_one_skb, { sk, skb, up: sk });
  try {

  if (at(A$udp_queue_rcv_one_skb.L767)) yield;
  if (at(A$udp_queue_rcv_one_skb.L772)) yield;
  if (at(A$udp_queue_rcv_one_skb.L775)) yield;
  if (at(A$udp_queue_rcv_one_skb.L778)) yield;
  return ($E.fast || $E.twinOk[__udp_queue_rcv_skb.k] === 1 ? __udp_queue_rcv_skb$fast(sk, skb) : yield* __udp_queue_rcv_skb(sk, skb));
  } finally {
    leave($f);
  }
}
const A$udp_queue_rcv_skb = defineFn('net/ipv4/udp.c', 'udp_queue_rcv_skb', [798, 799]);

function* udp_queue_rcv_skb(sk: Sock, skb: SkBuff): Sim<number> {
  const $f = enter(A$udp_queue_rcv_skb, { sk, skb });
  try {
  if (at(A$udp_queue_rcv_skb.L798)) yield;
  if (at(A$udp_queue_rcv_skb.L799)) yield;
  return ($E.fast || $E.twinOk[udp_queue_rcv_one_skb.k] === 1 ? udp_queue_rcv_one_skb$fast(sk, skb) : yield* udp_queue_rcv_one_skb(sk, skb));
  } finally {
    leave($f);
  }
}
const A$udp_unicast_rcv_skb = defineFn('net/ipv4/udp.c', 'udp_unicast_rcv_skb', [814, 817, 820, 822]);

function* udp_unicast_rcv_skb(sk: Sock, skb: SkBuff): Sim<number> {
  const $f = enter(A$udp_unicast_rcv_skb, { sk, skb, uh: skb.uh });
  try {

  if (at(A$udp_unicast_rcv_skb.L814)) yield;
  if (at(A$udp_unicast_rcv_skb.L817)) yield;
  const ret = ($E.fast || $E.twinOk[udp_queue_rcv_skb.k] === 1 ? udp_queue_rcv_skb$fast(sk, skb) : yield* udp_queue_rcv_skb(sk, skb));
  $f.vars.ret = ret;
  if (at(A$udp_unicast_rcv_skb.L820)) yield;
  if (at(A$udp_unicast_rcv_skb.L822)) yield;
  return 0;
  } finally {
    leave($f);
  }
}
const A$__udp4_lib_rcv = defineFn('net/ipv4/udp.c', '__udp4_lib_rcv', [841, 844, 845, 850, 853, 857, 862, 863, 864, 866, 876, 877, 879, 880, 888]);

/** __udp4_lib_rcv(): validate, look the socket up, queue the datagram — or NoPorts and ICMP port unreachable. */
export function* __udp4_lib_rcv(skb: SkBuff, net: Net): Sim<number> {
  const $f = enter(A$__udp4_lib_rcv, { skb, net, proto: 'IPPROTO_UDP' });
  try {

  if (at(A$__udp4_lib_rcv.L841)) yield;
  if (at(A$__udp4_lib_rcv.L844)) yield;
  const uh = skb.uh!;
  $f.vars.uh = uh;
  if (at(A$__udp4_lib_rcv.L845)) yield;
  $f.vars.ulen = uh.len;
  $f.vars.saddr = skb.iph.saddr;
  $f.vars.daddr = skb.iph.daddr;
  if (at(A$__udp4_lib_rcv.L850)) yield;
  if (uh.len > 8 + skb.len || uh.len < 8) {
    if (at(A$__udp4_lib_rcv.L888)) yield;
    NET_INC_STATS(net, MIB.UdpInErrors);
    return 0;
  }
  if (at(A$__udp4_lib_rcv.L853)) yield;
  if (at(A$__udp4_lib_rcv.L857)) yield;
  if (at(A$__udp4_lib_rcv.L862)) yield;
  const sk = ($E.fast || $E.twinOk[__udp4_lib_lookup.k] === 1 ? __udp4_lib_lookup$fast(net, skb.iph.saddr, uh.source, skb.iph.daddr, uh.dest) : yield* __udp4_lib_lookup(net, skb.iph.saddr, uh.source, skb.iph.daddr, uh.dest));
  $f.vars.sk = sk;
  if (at(A$__udp4_lib_rcv.L863)) yield;
  if (sk) {
    if (at(A$__udp4_lib_rcv.L864)) yield;
    NET_INC_STATS(net, MIB.UdpInDatagrams);
    return ($E.fast || $E.twinOk[udp_unicast_rcv_skb.k] === 1 ? udp_unicast_rcv_skb$fast(sk, skb) : yield* udp_unicast_rcv_skb(sk, skb));
  }
  if (at(A$__udp4_lib_rcv.L866)) yield;
  if (at(A$__udp4_lib_rcv.L876)) yield;
  NET_INC_STATS(net, MIB.UdpNoPorts);
  if (at(A$__udp4_lib_rcv.L877)) yield;
  ($E.fast || $E.twinOk[__icmp_send.k] === 1 ? __icmp_send$fast(skb, ICMP_DEST_UNREACH, ICMP_PORT_UNREACH, 0, net) : yield* __icmp_send(skb, ICMP_DEST_UNREACH, ICMP_PORT_UNREACH, 0, net));
  if (at(A$__udp4_lib_rcv.L879)) yield;
  if (at(A$__udp4_lib_rcv.L880)) yield;
  return 0;
  } finally {
    leave($f);
  }
}
const A$udp_rcv = defineFn('net/ipv4/udp.c', 'udp_rcv', [900]);

/** udp_rcv() = udp_protocol.handler: ip_local_deliver hands it every IPPROTO_UDP packet. */
export function* udp_rcv(skb: SkBuff, net: Net): Sim<number> {
  const $f = enter(A$udp_rcv, { skb });
  try {

  if (at(A$udp_rcv.L900)) yield;
  return ($E.fast || $E.twinOk[__udp4_lib_rcv.k] === 1 ? __udp4_lib_rcv$fast(skb, net) : yield* __udp4_lib_rcv(skb, net));
  } finally {
    leave($f);
  }
}
const A$__skb_recv_udp = defineFn('net/ipv4/udp.c', '__skb_recv_udp', [542, 547, 548, 551, 554, 559, 562, 569, 571, 576, 586, 591]);

/** __skb_recv_udp(): a pending error first; then one datagram from reader_queue (refilled from sk_receive_queue); else wait or EAGAIN. */
function* __skb_recv_udp(sk: Sock, flags: number, noblock: number): Sim<SkBuff | number> {
  const up = udp_sk(sk);
  const $f = enter(A$__skb_recv_udp, { sk, flags, noblock, queue: up.reader_queue, sk_queue: sk.sk_receive_queue });
  try {

  if (at(A$__skb_recv_udp.L542)) yield;
  let timeo = noblock || flags & MSG_DONTWAIT ? 0 : sk.sk_rcvtimeo;
  $f.vars.timeo = timeo;
  let error = 0;
  for (;;) {
    if (at(A$__skb_recv_udp.L547)) yield;
    error = sk.sk_err ? -sk.sk_err : 0;
    sk.sk_err = 0;
    $f.vars.error = error;
    if (at(A$__skb_recv_udp.L548)) yield;
    if (error) break;
    if (at(A$__skb_recv_udp.L551)) yield;
    error = -EAGAIN;
    $f.vars.error = error;
    if (at(A$__skb_recv_udp.L554)) yield;
    if (up.reader_queue.length) {
      if (at(A$__skb_recv_udp.L559)) yield;
      return up.reader_queue.shift()!;
    }
    if (at(A$__skb_recv_udp.L562)) yield;
    if (sk.sk_receive_queue.length) {
      if (at(A$__skb_recv_udp.L569)) yield;
      up.reader_queue.push(...sk.sk_receive_queue);
      sk.sk_receive_queue.length = 0;
      if (at(A$__skb_recv_udp.L571)) yield;
      if (at(A$__skb_recv_udp.L576)) yield;
      return up.reader_queue.shift()!;
    }
    if (at(A$__skb_recv_udp.L586)) yield;
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
  if (at(A$__skb_recv_udp.L591)) yield;
  return error;
  } finally {
    leave($f);
  }
}
const A$udp_recvmsg = defineFn('net/ipv4/udp.c', 'udp_recvmsg', [611, 617, 618, 621, 622, 627, 629, 632, 636, 638, 639, 645, 650, 651]);

/** udp_recvmsg() = udp_prot.recvmsg: one datagram per call, cut to len; the rest of it is lost. */
export function* udp_recvmsg(sk: Sock, msg: Msghdr, len: number, noblock: number, flags: number): Sim<number> {
  const $f = enter(A$udp_recvmsg, { sk, msg, len, noblock, flags });
  try {
  if (at(A$udp_recvmsg.L611)) yield;
  if (flags & MSG_ERRQUEUE) return -EAGAIN;
  if (at(A$udp_recvmsg.L617)) yield;
  const skb = yield* __skb_recv_udp(sk, flags, noblock);
  if (at(A$udp_recvmsg.L618)) yield;
  if (typeof skb === 'number') {
    $f.vars.err = skb;
    return skb;
  }
  $f.vars.skb = skb;
  if (at(A$udp_recvmsg.L621)) yield;
  const ulen = skb.len;
  $f.vars.ulen = ulen;
  if (at(A$udp_recvmsg.L622)) yield;
  let copied = len;
  if (copied > ulen) copied = ulen;
  else if (copied < ulen) {
    if (at(A$udp_recvmsg.L627)) yield;
    msg.msg_flags |= MSG_TRUNC;
  }
  $f.vars.copied = copied;
  if (at(A$udp_recvmsg.L629)) yield;
  msg.data = skb.payload.slice(0, copied);
  if (at(A$udp_recvmsg.L632)) yield;
  if (at(A$udp_recvmsg.L636)) yield;
  if (msg.msg_name) {
    if (at(A$udp_recvmsg.L638)) yield;
    msg.msg_name.sin_family = AF_INET;
    msg.msg_name.sin_port = skb.uh!.source;
    if (at(A$udp_recvmsg.L639)) yield;
    msg.msg_name.sin_addr = skb.iph.saddr;
    msg.msg_namelen = 16;
  }
  if (at(A$udp_recvmsg.L645)) yield;
  let err = copied;
  if (flags & MSG_TRUNC) err = ulen;
  $f.vars.err = err;
  if (at(A$udp_recvmsg.L650)) yield;
  if (at(A$udp_recvmsg.L651)) yield;
  return err;
  } finally {
    leave($f);
  }
}
const A$__udp_disconnect = defineFn('net/ipv4/udp.c', '__udp_disconnect', [665, 666, 667, 671, 672, 675, 676, 677, 680]);

// ---- connect(AF_UNSPEC), close -----------------------------------------------------------------

function* __udp_disconnect(sk: Sock, flags: number): Sim<number> { let $t: any;
  const inet = inet_sk(sk);
  const $f = enter(A$__udp_disconnect, { sk, flags, inet });
  try {

  // a plain store: no sock:inet_sock_set_state
  if (at(A$__udp_disconnect.L665)) yield;
  sk.sk_state = TCP_CLOSE;
  if (at(A$__udp_disconnect.L666)) yield;
  inet.inet_daddr = ANY;
  if (at(A$__udp_disconnect.L667)) yield;
  inet.inet_dport = 0;
  if (at(A$__udp_disconnect.L671)) yield;
  if (!(sk.sk_userlocks & SOCK_BINDADDR_LOCK)) {
    if (at(A$__udp_disconnect.L672)) yield;
    inet.inet_saddr = ANY;
    inet.inet_rcv_saddr = ANY;
    // v5.4 does not rehash here: a socket bound to a port keeps the hash2 slot of the address
    // connect() chose (later 5.4.y and 6.x call sk->sk_prot->rehash(sk))
  }
  if (at(A$__udp_disconnect.L675)) yield;
  if (!(sk.sk_userlocks & SOCK_BINDPORT_LOCK)) {
    if (at(A$__udp_disconnect.L676)) yield;
    (($t = sk.sk_prot.unhash).fast !== undefined && ($E.fast || $E.twinOk[$t.k] === 1) ? $t.fast(sk) : yield* sk.sk_prot.unhash(sk));
    if (at(A$__udp_disconnect.L677)) yield;
    inet.inet_sport = 0;
  }
  if (at(A$__udp_disconnect.L680)) yield;
  return 0;
  } finally {
    leave($f);
  }
}
const A$udp_disconnect = defineFn('net/ipv4/udp.c', 'udp_disconnect', [690, 691, 692, 693]);

/** udp_disconnect() = udp_prot.disconnect: connect(fd, AF_UNSPEC) on a UDP socket. */
export function* udp_disconnect(sk: Sock, flags: number): Sim<number> {
  const $f = enter(A$udp_disconnect, { sk, flags });
  try {
  if (at(A$udp_disconnect.L690)) yield;
  if (at(A$udp_disconnect.L691)) yield;
  ($E.fast || $E.twinOk[__udp_disconnect.k] === 1 ? __udp_disconnect$fast(sk, flags) : yield* __udp_disconnect(sk, flags));
  if (at(A$udp_disconnect.L692)) yield;
  if (at(A$udp_disconnect.L693)) yield;
  return 0;
  } finally {
    leave($f);
  }
}
const A$udp_lib_unhash = defineFn('net/ipv4/udp.c', 'udp_lib_unhash', [703, 707, 714, 716, 721]);

/** udp_lib_unhash() = udp_prot.unhash: out of hash and hash2; inet_num back to 0. */
export function* udp_lib_unhash(sk: Sock): Sim<void> {
  const up = udp_sk(sk);
  const $f = enter(A$udp_lib_unhash, { sk });
  try {

  if (at(A$udp_lib_unhash.L703)) yield;
  if (sk.hashedIn !== 'udp') return;
  const t = sk.sk_net.udp_table;
  if (at(A$udp_lib_unhash.L707)) yield;
  $f.vars.hslot = up.udp_port_hash;
  $f.vars.hslot2 = up.udp_portaddr_hash;
  if (at(A$udp_lib_unhash.L714)) yield;
  if (slotDel(t.hash, up.udp_port_hash, sk)) {
    sk.hashedIn = null;
    if (at(A$udp_lib_unhash.L716)) yield;
    sk.inet_num = 0;
    if (at(A$udp_lib_unhash.L721)) yield;
    slotDel(t.hash2, up.udp_portaddr_hash, sk);
  }
  } finally {
    leave($f);
  }
}
const A$udp_destroy_sock = defineFn('net/ipv4/udp.c', 'udp_destroy_sock', [911, 914, 917]);

/** udp_destroy_sock() = udp_prot.destroy. */
export function* udp_destroy_sock(sk: Sock): Sim<void> {
  const $f = enter(A$udp_destroy_sock, { sk, up: sk });
  try {

  if (at(A$udp_destroy_sock.L911)) yield;
  if (at(A$udp_destroy_sock.L914)) yield;
  udp_sk(sk).pending = 0;
  if (at(A$udp_destroy_sock.L917)) yield;
  } finally {
    leave($f);
  }
}
const A$udp_init_sock = defineFn('net/ipv4/udp.c', 'udp_init_sock', [519, 520, 522]);

/** udp_init_sock() = udp_prot.init: a second receive queue and a destructor — nothing else to set up. */
export function* udp_init_sock(sk: Sock): Sim<number> {
  const $f = enter(A$udp_init_sock, { sk });
  try {
  if (at(A$udp_init_sock.L519)) yield;
  udp_sk(sk).reader_queue = [];
  if (at(A$udp_init_sock.L520)) yield;
  sk.sk_destruct = 'udp_destruct_sock';
  if (at(A$udp_init_sock.L522)) yield;
  return 0;
  } finally {
    leave($f);
  }
}
const A$udp_lib_close = defineFn('include/net/udp.h', 'udp_lib_close', [19]);

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
const A$udp_poll = defineFn('net/ipv4/udp.c', 'udp_poll', [930, 933, 934, 936]);

// ---- poll -------------------------------------------------------------------------------------------

/** udp_poll() = inet_dgram_ops.poll: datagram_poll, and datagrams already on the reader queue. */
export function* udp_poll(file: File, sock: Socket, wait: PollTable | null): Sim<number> {
  const sk = sock.sk!;
  const $f = enter(A$udp_poll, { file, sock, wait, sk });
  try {
  if (at(A$udp_poll.L930)) yield;
  let mask = ($E.fast || $E.twinOk[datagram_poll.k] === 1 ? datagram_poll$fast(file, sock, wait) : yield* datagram_poll(file, sock, wait));
  $f.vars.mask = mask;
  if (at(A$udp_poll.L933)) yield;
  if (udp_sk(sk).reader_queue.length) {
    if (at(A$udp_poll.L934)) yield;
    mask |= EPOLLIN | EPOLLRDNORM;
    $f.vars.mask = mask;
  }
  if (at(A$udp_poll.L936)) yield;
  return mask;
  } finally {
    leave($f);
  }
}


// ---- fast-path twins (scripts/twins.cjs) ----
import { E as $E, FAST_FRAME as $FF, driveToEnd as $drive, registerTwin as $kreg } from '../../../core/engine';
import { sock_def_error_report$fast as sock_def_error_report$fast, sock_def_readable$fast as sock_def_readable$fast, sk_common_release$fast as sk_common_release$fast } from '../core/sock';
import { ip_send_skb$fast as ip_send_skb$fast, ip_make_skb$fast as ip_make_skb$fast } from './ip_output';
import { __icmp_send$fast as __icmp_send$fast } from './icmp';
import { datagram_poll$fast as datagram_poll$fast } from '../core/datagram';
export function udp_lib_get_port$fast(sk: Sock, snum: number): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0; let $x = -1;
  const net = sk.sk_net;
  const up = udp_sk(sk);
  const $f = ($tb !== null && ($o = (A$udp_lib_get_port.fn.id | 268435456), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {

  let error = 1;
  
  if (!snum) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$udp_lib_get_port.L32) : $tb.op($e.now, A$udp_lib_get_port.L32));
    const [low, high] = net.sysctl['net.ipv4.ip_local_port_range'];
    const remaining = high - low + 1;
    
    
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$udp_lib_get_port.L36) : $tb.op($e.now, A$udp_lib_get_port.L36));
    const rand = net.host.world.rng.u32();
    const first = Math.floor((rand * remaining) / 0x100000000) + low;
    
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$udp_lib_get_port.L41) : $tb.op($e.now, A$udp_lib_get_port.L41));
    let found = 0;
    for (let i = 0; i < remaining && !found; i++) {
      const cand = low + ((first - low + i) % remaining);
      if (!udp_lib_lport_inuse(net, cand, sk)) found = cand;
    }
    if (!found) {
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$udp_lib_get_port.L54) : $tb.op($e.now, A$udp_lib_get_port.L54));
      ++$s; $x = A$udp_lib_get_port.L91 | 1048576;
      return ($r = (error), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$udp_lib_get_port.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
    }
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$udp_lib_get_port.L46) : $tb.op($e.now, A$udp_lib_get_port.L46));
    snum = found;
    
  } else {
    $s += 2; if ($tb !== null) ($o = (A$udp_lib_get_port.L56 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
    
    
    if (udp_lib_lport_inuse(net, snum, sk)) {
      ++$s; $x = A$udp_lib_get_port.L91 | 1048576;
      return ($r = (error), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$udp_lib_get_port.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
    }
  }
  
  $s += 4; if ($tb !== null) ($o = (A$udp_lib_get_port.L65 | 3145728), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  sk.inet_num = snum;
  
  up.udp_port_hash = snum;
  
  up.udp_portaddr_hash = portaddrKey(sk.skc_rcv_saddr, snum);
  
  if (!sk.hashedIn) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$udp_lib_get_port.L73) : $tb.op($e.now, A$udp_lib_get_port.L73));
    slotAdd(net.udp_table.hash, snum, sk);
    sk.hashedIn = 'udp';
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$udp_lib_get_port.L80) : $tb.op($e.now, A$udp_lib_get_port.L80));
    slotAdd(net.udp_table.hash2, up.udp_portaddr_hash, sk);
    
  }
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$udp_lib_get_port.L85) : $tb.op($e.now, A$udp_lib_get_port.L85));
  sock_set_flag(sk, SOCK_RCU_FREE);
  $s += 2; $x = A$udp_lib_get_port.L86 | 2097152;
  error = 0;
  
  
  return ($r = (error), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$udp_lib_get_port.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
export function udp_v4_get_port$fast(sk: Sock, snum: number): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0;
  const $f = ($tb !== null && ($o = (A$udp_v4_get_port.L102 | 271581184), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  $s += 3;
  
  
  `${sk.skc_rcv_saddr}:`;
  
  udp_sk(sk).udp_portaddr_hash = `${sk.skc_rcv_saddr}:`;
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$udp_v4_get_port.L109) : $tb.op($e.now, A$udp_v4_get_port.L109));
  return ($r = (udp_lib_get_port$fast(sk, snum)), ($e.steps += $s, $tb !== null && ($o = (A$udp_v4_get_port.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
function compute_score$fast(sk: Sock, net: Net, saddr: string, sport: number, daddr: string, hnum: number): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0; let $x = -1;
  const inet = inet_sk(sk);
  const $f = ($tb !== null && ($o = (A$compute_score.L127 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {

  ++$s;
  if (sk.sk_net !== net || udp_sk(sk).udp_port_hash !== hnum) return ($r = (-1), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$compute_score.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$compute_score.L133) : $tb.op($e.now, A$compute_score.L133));
  if (sk.skc_rcv_saddr !== daddr) return ($r = (-1), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$compute_score.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  $s += 2; if ($tb !== null) ($o = (A$compute_score.L136 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  let score = 2;
  
  
  if (inet.inet_daddr !== ANY) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$compute_score.L141) : $tb.op($e.now, A$compute_score.L141));
    if (inet.inet_daddr !== saddr) return ($r = (-1), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$compute_score.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$compute_score.L144) : $tb.op($e.now, A$compute_score.L144));
    score += 4;
    
  }
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$compute_score.L147) : $tb.op($e.now, A$compute_score.L147));
  if (inet.inet_dport) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$compute_score.L148) : $tb.op($e.now, A$compute_score.L148));
    if (inet.inet_dport !== sport) return ($r = (-1), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$compute_score.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$compute_score.L150) : $tb.op($e.now, A$compute_score.L150));
    score += 4;
    
  }
  $s += 2; $x = A$compute_score.L153 | 2097152;
  
  return ($r = (score), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$compute_score.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
function udp4_lib_lookup2$fast(net: Net, saddr: string, sport: number, daddr: string, hnum: number): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0; let $x = -1;
  const key = portaddrKey(daddr, hnum);
  const $f = ($tb !== null && ($o = (A$udp4_lib_lookup2.L177 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {

  ++$s;
  let result: Sock | null = null;
  let badness = 0;
  for (const sk of [...(net.udp_table.hash2.get(key) ?? [])]) {
    $s += 2; if ($tb !== null) ($o = (A$udp4_lib_lookup2.L179 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
    
    
    const score = compute_score$fast(sk, net, saddr, sport, daddr, hnum);
    
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$udp4_lib_lookup2.L182) : $tb.op($e.now, A$udp4_lib_lookup2.L182));
    if (score > badness) {
      $s += 2; if ($tb !== null) ($o = (A$udp4_lib_lookup2.L185 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
      badness = score;
      
      
      result = sk;
      
    }
  }
  ++$s; $x = A$udp4_lib_lookup2.L189 | 1048576;
  return ($r = (result), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$udp4_lib_lookup2.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
export function __udp4_lib_lookup$fast(net: Net, saddr: string, sport: number, daddr: string, dport: number): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0; let $x = -1;
  const $f = ($tb !== null && ($o = (A$__udp4_lib_lookup.L207 | 270532608), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  $s += 2;
  
  
  let result = udp4_lib_lookup2$fast(net, saddr, sport, daddr, dport);
  
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__udp4_lib_lookup.L214) : $tb.op($e.now, A$__udp4_lib_lookup.L214));
  if (!result) {
    $s += 2; if ($tb !== null) ($o = (A$__udp4_lib_lookup.L216 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
    
    
    result = udp4_lib_lookup2$fast(net, saddr, sport, ANY, dport);
    
  }
  ++$s; $x = A$__udp4_lib_lookup.L226 | 1048576;
  return ($r = (result), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$__udp4_lib_lookup.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
export function __udp4_lib_err$fast(skb: SkBuff, info: number, net: Net): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0; let $x = -1;
  const ic = skb.icmph!;
  const iph = ic.quoted.iph;
  const uh = ic.quoted.uh!;
  const $f = ($tb !== null && ($o = (A$__udp4_lib_err.L249 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {

  ++$s;
  const sk = __udp4_lib_lookup$fast(net, iph.daddr, uh.dest, iph.saddr, uh.source);
  
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__udp4_lib_err.L252) : $tb.op($e.now, A$__udp4_lib_err.L252));
  if (!sk) {
    $s += 3; $x = A$__udp4_lib_err.L256 | 3145728;
    
    NET_INC_STATS(net, MIB.IcmpInErrors);
    
    return ($r = (-ENOENT), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$__udp4_lib_err.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
  let err = 0;
  let harderr = 0;
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__udp4_lib_err.L267) : $tb.op($e.now, A$__udp4_lib_err.L267));
  if (ic.type === ICMP_DEST_UNREACH) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__udp4_lib_err.L271) : $tb.op($e.now, A$__udp4_lib_err.L271));
    err = EHOSTUNREACH;
    const conv = ICMP_ERR_CONVERT[ic.code];
    if (conv) {
      $s += 2; if ($tb !== null) ($o = (A$__udp4_lib_err.L274 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
      harderr = conv.fatal;
      
      err = conv.errno;
    }
  } else {
    err = EHOSTUNREACH;
  }
  
  
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__udp4_lib_err.L283) : $tb.op($e.now, A$__udp4_lib_err.L283));
  if (!inet_sk(sk).recverr) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__udp4_lib_err.L284) : $tb.op($e.now, A$__udp4_lib_err.L284));
    if (!harderr || sk.sk_state !== TCP_ESTABLISHED) {
      ++$s; $x = A$__udp4_lib_err.L294 | 1048576;
      return ($r = (0), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$__udp4_lib_err.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
    }
  }
  $s += 2; if ($tb !== null) ($o = (A$__udp4_lib_err.L290 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  sk.sk_err = err;
  
  // sock_def_error_report: wake the sleepers (a recv() waiting for a datagram)
  sock_def_error_report$fast(sk);
  ++$s; $x = A$__udp4_lib_err.L294 | 1048576;
  return ($r = (0), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$__udp4_lib_err.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
export function udp_err$fast(skb: SkBuff, info: number, net: Net): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0;
  const $f = ($tb !== null && ($o = (A$udp_err.L304 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {

  ++$s;
  return ($r = (__udp4_lib_err$fast(skb, info, net)), ($e.steps += $s, $tb !== null && ($o = (A$udp_err.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
function udp_send_skb$fast(skb: SkBuff, fl4: { saddr: string; daddr: string; fl4_dport: number }): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0; let $x = -1;
  const sk = skb.sk as Sock;
  const inet = inet_sk(sk);
  const $f = ($tb !== null && ($o = (A$udp_send_skb.L326 | 273678336), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {

  $s += 5;
  const uh = skb.uh!;
  
  
  uh.source = inet.inet_sport;
  
  uh.dest = fl4.fl4_dport;
  
  uh.len = 8 + skb.len;
  
  uh.check = udpChecksum(fl4.saddr, fl4.daddr, uh.source, uh.dest, skb.payload);
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$udp_send_skb.L341) : $tb.op($e.now, A$udp_send_skb.L341));
  const net = sk.sk_net;
  let err = ip_send_skb$fast(net, skb);
  
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$udp_send_skb.L342) : $tb.op($e.now, A$udp_send_skb.L342));
  if (err) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$udp_send_skb.L345) : $tb.op($e.now, A$udp_send_skb.L345));
    if (err === -ERRNO.ENOBUFS && !inet.recverr) {
      // (UDP_MIB_SNDBUFERRORS: not counted here)
      $s += 2; if ($tb !== null) ($o = (A$udp_send_skb.L346 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
      
      err = 0;
      
    }
  } else {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$udp_send_skb.L351) : $tb.op($e.now, A$udp_send_skb.L351));
    NET_INC_STATS(net, MIB.UdpOutDatagrams);
  }
  ++$s; $x = A$udp_send_skb.L353 | 1048576;
  return ($r = (err), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$udp_send_skb.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
export function udp_sendmsg$fast(sk: Sock, msg: Msghdr, len: number): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0; let $x = -1;
  const inet = inet_sk(sk);
  const usin = msg.msg_name;
  const $f = ($tb !== null && ($o = (A$udp_sendmsg.L383 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {

  ++$s;
  if (len > 0xffff) return ($r = (-EMSGSIZE), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$udp_sendmsg.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$udp_sendmsg.L386) : $tb.op($e.now, A$udp_sendmsg.L386));
  if (msg.msg_flags & MSG_OOB) return ($r = (-EOPNOTSUPP), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$udp_sendmsg.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  $s += 2; if ($tb !== null) ($o = (A$udp_sendmsg.L389 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  const ulen = len + 8;
  
  let daddr: string;
  let dport: number;
  let connected = 0;
  
  if (usin) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$udp_sendmsg.L393) : $tb.op($e.now, A$udp_sendmsg.L393));
    if (msg.msg_namelen < 16) return ($r = (-EINVAL), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$udp_sendmsg.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$udp_sendmsg.L395) : $tb.op($e.now, A$udp_sendmsg.L395));
    if (usin.sin_family !== AF_INET && usin.sin_family !== AF_UNSPEC) return ($r = (-EAFNOSUPPORT), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$udp_sendmsg.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
    $s += 3; if ($tb !== null) ($o = (A$udp_sendmsg.L400 | 2097152), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
    daddr = usin.sin_addr;
    
    dport = usin.sin_port;
    
    if (dport === 0) return ($r = (-EINVAL), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$udp_sendmsg.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  } else {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$udp_sendmsg.L407) : $tb.op($e.now, A$udp_sendmsg.L407));
    if (sk.sk_state !== TCP_ESTABLISHED) {
      ++$s; $x = A$udp_sendmsg.L408 | 1048576;
      return ($r = (-EDESTADDRREQ), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$udp_sendmsg.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
    }
    $s += 3; if ($tb !== null) ($o = (A$udp_sendmsg.L409 | 2097152), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
    daddr = inet.inet_daddr;
    
    dport = inet.inet_dport;
    
    connected = 1;
  }
  
  
  
  let rt: { saddr: string; daddr: string } | null = null;
  if (connected) {
    // the route connect() cached: from the connected addresses
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$udp_sendmsg.L420) : $tb.op($e.now, A$udp_sendmsg.L420));
    rt = { saddr: inet.inet_saddr, daddr };
  }
  if (!rt) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$udp_sendmsg.L428) : $tb.op($e.now, A$udp_sendmsg.L428));
    const r = ip_route_connect(sk.sk_net, daddr);
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$udp_sendmsg.L429) : $tb.op($e.now, A$udp_sendmsg.L429));
    if (typeof r === 'number') {
      
      ++$s; $x = A$udp_sendmsg.L469 | 1048576;
      return ($r = (r), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$udp_sendmsg.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
    }
    // a bound source address wins over the route's choice
    rt = { saddr: inet.inet_saddr !== ANY ? inet.inet_saddr : r.saddr, daddr: r.daddr };
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$udp_sendmsg.L437) : $tb.op($e.now, A$udp_sendmsg.L437));
    if (daddr === '255.255.255.255' && !sock_flag(sk, SOCK_BROADCAST)) return ($r = (-EACCES), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$udp_sendmsg.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
  
  $s += 2; if ($tb !== null) ($o = (A$udp_sendmsg.L443 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  const fl4 = { saddr: rt.saddr, daddr: rt.daddr, fl4_dport: dport };
  
  
  // (the route ip_route_output_flow found: by lo to this host's own addresses, else by eth0)
  const skb = ip_make_skb$fast(sk, fl4, msg.data, ulen, 8, ip_route_output_ports(sk.sk_net, fl4.daddr), msg.msg_flags);
  let err: number;
  if (typeof skb === 'number') {
    err = skb;
  } else if (skb === null) {
    err = 0;
  } else {
    
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$udp_sendmsg.L458) : $tb.op($e.now, A$udp_sendmsg.L458));
    err = udp_send_skb$fast(skb, fl4);
  }
  
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$udp_sendmsg.L466) : $tb.op($e.now, A$udp_sendmsg.L466));
  if (!err) {
    ++$s; $x = A$udp_sendmsg.L467 | 1048576;
    return ($r = (len), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$udp_sendmsg.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
  ++$s; $x = A$udp_sendmsg.L469 | 1048576;
  return ($r = (err), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$udp_sendmsg.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
function __udp_enqueue_schedule_skb$fast(sk: Sock, skb: SkBuff): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0; let $x = -1;
  const $f = ($tb !== null && ($o = (A$__udp_enqueue_schedule_skb.L486 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  ++$s;
  const rmem = rmemAlloc(sk);
  
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__udp_enqueue_schedule_skb.L487) : $tb.op($e.now, A$__udp_enqueue_schedule_skb.L487));
  if (rmem > sk.sk_rcvbuf) {
    $s += 2; $x = A$__udp_enqueue_schedule_skb.L506 | 2097152;
    sk.sk_drops++;
    
    return ($r = (-ENOMEM), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$__udp_enqueue_schedule_skb.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__udp_enqueue_schedule_skb.L492) : $tb.op($e.now, A$__udp_enqueue_schedule_skb.L492));
  rmem + truesize(skb);
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__udp_enqueue_schedule_skb.L495) : $tb.op($e.now, A$__udp_enqueue_schedule_skb.L495));
  sk.sk_receive_queue.push(skb);
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__udp_enqueue_schedule_skb.L499) : $tb.op($e.now, A$__udp_enqueue_schedule_skb.L499));
  if (!sock_flag(sk, SOCK_DEAD)) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__udp_enqueue_schedule_skb.L500) : $tb.op($e.now, A$__udp_enqueue_schedule_skb.L500));
    // sock_def_readable: wake whoever sleeps in recv()
    sock_def_readable$fast(sk);
  }
  ++$s; $x = A$__udp_enqueue_schedule_skb.L503 | 1048576;
  return ($r = (0), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$__udp_enqueue_schedule_skb.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
function __udp_queue_rcv_skb$fast(sk: Sock, skb: SkBuff): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0; let $x = -1;
  const $f = ($tb !== null && ($o = (A$__udp_queue_rcv_skb.L738 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  ++$s;
  const rc = __udp_enqueue_schedule_skb$fast(sk, skb);
  
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__udp_queue_rcv_skb.L739) : $tb.op($e.now, A$__udp_queue_rcv_skb.L739));
  if (rc < 0) {
    const net = sk.sk_net;
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__udp_queue_rcv_skb.L743) : $tb.op($e.now, A$__udp_queue_rcv_skb.L743));
    if (rc === -ENOMEM) NET_INC_STATS(net, MIB.UdpRcvbufErrors);
    $s += 2; if ($tb !== null) ($o = (A$__udp_queue_rcv_skb.L746 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
    NET_INC_STATS(net, MIB.UdpInErrors);
    
    E.emit({ ev: 'note', t: E.now, host: net.host.name, text: `udp:udp_fail_queue_rcv_skb rc=${rc} port=${sk.inet_num} (${tracingComm()})` });
    return ($r = (-1), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$__udp_queue_rcv_skb.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
  ++$s; $x = A$__udp_queue_rcv_skb.L753 | 1048576;
  return ($r = (0), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$__udp_queue_rcv_skb.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
function udp_queue_rcv_one_skb$fast(sk: Sock, skb: SkBuff): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0;
  const $f = ($tb !== null && ($o = (A$udp_queue_rcv_one_skb.L767 | 272629760), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {

  $s += 4;
  
  
  
  return ($r = (__udp_queue_rcv_skb$fast(sk, skb)), ($e.steps += $s, $tb !== null && ($o = (A$udp_queue_rcv_one_skb.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
function udp_queue_rcv_skb$fast(sk: Sock, skb: SkBuff): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0;
  const $f = ($tb !== null && ($o = (A$udp_queue_rcv_skb.L798 | 270532608), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  $s += 2;
  
  return ($r = (udp_queue_rcv_one_skb$fast(sk, skb)), ($e.steps += $s, $tb !== null && ($o = (A$udp_queue_rcv_skb.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
function udp_unicast_rcv_skb$fast(sk: Sock, skb: SkBuff): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0; let $x = -1;
  const $f = ($tb !== null && ($o = (A$udp_unicast_rcv_skb.L814 | 270532608), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {

  $s += 2;
  
  const ret = udp_queue_rcv_skb$fast(sk, skb);
  
  $s += 2; $x = A$udp_unicast_rcv_skb.L820 | 2097152;
  
  return ($r = (0), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$udp_unicast_rcv_skb.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
export function __udp4_lib_rcv$fast(skb: SkBuff, net: Net): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0; let $x = -1;
  const $f = ($tb !== null && ($o = (A$__udp4_lib_rcv.L841 | 272629760), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {

  $s += 4;
  
  const uh = skb.uh!;
  
  
  
  
  
  
  if (uh.len > 8 + skb.len || uh.len < 8) {
    ++$s; $x = A$__udp4_lib_rcv.L888 | 1048576;
    NET_INC_STATS(net, MIB.UdpInErrors);
    return ($r = (0), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$__udp4_lib_rcv.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
  $s += 3; if ($tb !== null) ($o = (A$__udp4_lib_rcv.L853 | 2097152), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  
  
  const sk = __udp4_lib_lookup$fast(net, skb.iph.saddr, uh.source, skb.iph.daddr, uh.dest);
  
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__udp4_lib_rcv.L863) : $tb.op($e.now, A$__udp4_lib_rcv.L863));
  if (sk) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__udp4_lib_rcv.L864) : $tb.op($e.now, A$__udp4_lib_rcv.L864));
    NET_INC_STATS(net, MIB.UdpInDatagrams);
    return ($r = (udp_unicast_rcv_skb$fast(sk, skb)), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$__udp4_lib_rcv.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
  $s += 3; if ($tb !== null) ($o = (A$__udp4_lib_rcv.L866 | 2097152), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  
  NET_INC_STATS(net, MIB.UdpNoPorts);
  
  __icmp_send$fast(skb, ICMP_DEST_UNREACH, ICMP_PORT_UNREACH, 0, net);
  $s += 2; $x = A$__udp4_lib_rcv.L879 | 2097152;
  
  return ($r = (0), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$__udp4_lib_rcv.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
export function udp_rcv$fast(skb: SkBuff, net: Net): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0;
  const $f = ($tb !== null && ($o = (A$udp_rcv.L900 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {

  ++$s;
  return ($r = (__udp4_lib_rcv$fast(skb, net)), ($e.steps += $s, $tb !== null && ($o = (A$udp_rcv.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
function __udp_disconnect$fast(sk: Sock, flags: number): any { const $e = $E; const $tb: any = $e.lineSink; let $t: any; let $o: number; let $r: any; let $s = 0; let $x = -1;
  const inet = inet_sk(sk);
  const $f = ($tb !== null && ($o = (A$__udp_disconnect.L665 | 272629760), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {

  // a plain store: no sock:inet_sock_set_state
  $s += 4;
  sk.sk_state = TCP_CLOSE;
  
  inet.inet_daddr = ANY;
  
  inet.inet_dport = 0;
  
  if (!(sk.sk_userlocks & SOCK_BINDADDR_LOCK)) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__udp_disconnect.L672) : $tb.op($e.now, A$__udp_disconnect.L672));
    inet.inet_saddr = ANY;
    inet.inet_rcv_saddr = ANY;
    // v5.4 does not rehash here: a socket bound to a port keeps the hash2 slot of the address
    // connect() chose (later 5.4.y and 6.x call sk->sk_prot->rehash(sk))
  }
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__udp_disconnect.L675) : $tb.op($e.now, A$__udp_disconnect.L675));
  if (!(sk.sk_userlocks & SOCK_BINDPORT_LOCK)) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__udp_disconnect.L676) : $tb.op($e.now, A$__udp_disconnect.L676));
    (($t = sk.sk_prot.unhash).fast !== undefined ? $t.fast(sk) : $drive($t(sk)));
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__udp_disconnect.L677) : $tb.op($e.now, A$__udp_disconnect.L677));
    inet.inet_sport = 0;
  }
  ++$s; $x = A$__udp_disconnect.L680 | 1048576;
  return ($r = (0), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$__udp_disconnect.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
export function udp_disconnect$fast(sk: Sock, flags: number): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0; let $x = -1;
  const $f = ($tb !== null && ($o = (A$udp_disconnect.L690 | 270532608), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  $s += 2;
  
  __udp_disconnect$fast(sk, flags);
  $s += 2; $x = A$udp_disconnect.L692 | 2097152;
  
  return ($r = (0), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$udp_disconnect.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
export function udp_lib_unhash$fast(sk: Sock): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $s = 0;
  const up = udp_sk(sk);
  const $f = ($tb !== null && ($o = (A$udp_lib_unhash.L703 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {

  ++$s;
  if (sk.hashedIn !== 'udp') { ($e.steps += $s, $tb !== null && ($o = (A$udp_lib_unhash.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))); return; }
  const t = sk.sk_net.udp_table;
  $s += 2; if ($tb !== null) ($o = (A$udp_lib_unhash.L707 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  
  
  
  if (slotDel(t.hash, up.udp_port_hash, sk)) {
    sk.hashedIn = null;
    $s += 2; if ($tb !== null) ($o = (A$udp_lib_unhash.L716 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
    sk.inet_num = 0;
    
    slotDel(t.hash2, up.udp_portaddr_hash, sk);
  }
  } ($e.steps += $s, $tb !== null && ($o = (A$udp_lib_unhash.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
}
export function udp_destroy_sock$fast(sk: Sock): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $s = 0;
  const $f = ($tb !== null && ($o = (A$udp_destroy_sock.L911 | 270532608), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {

  $s += 2;
  
  udp_sk(sk).pending = 0;
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$udp_destroy_sock.L917) : $tb.op($e.now, A$udp_destroy_sock.L917));
  } ($e.steps += $s, $tb !== null && ($o = (A$udp_destroy_sock.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
}
export function udp_init_sock$fast(sk: Sock): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0; let $x = -1;
  const $f = ($tb !== null && ($o = (A$udp_init_sock.L519 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  ++$s;
  udp_sk(sk).reader_queue = [];
  $s += 2; $x = A$udp_init_sock.L520 | 2097152;
  sk.sk_destruct = 'udp_destruct_sock';
  
  return ($r = (0), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$udp_init_sock.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
export function udp_lib_close$fast(sk: Sock, timeout: number): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $s = 0;
  const $f = ($tb !== null && ($o = (A$udp_lib_close.L19 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  ++$s;
  sk_common_release$fast(sk);
  } ($e.steps += $s, $tb !== null && ($o = (A$udp_lib_close.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
}
export function udp_poll$fast(file: File, sock: Socket, wait: PollTable | null): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0; let $x = -1;
  const sk = sock.sk!;
  const $f = ($tb !== null && ($o = (A$udp_poll.L930 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  ++$s;
  let mask = datagram_poll$fast(file, sock, wait);
  
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$udp_poll.L933) : $tb.op($e.now, A$udp_poll.L933));
  if (udp_sk(sk).reader_queue.length) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$udp_poll.L934) : $tb.op($e.now, A$udp_poll.L934));
    mask |= EPOLLIN | EPOLLRDNORM;
    
  }
  ++$s; $x = A$udp_poll.L936 | 1048576;
  return ($r = (mask), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$udp_poll.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
$kreg(udp_lib_get_port, udp_lib_get_port$fast, 'udp_lib_get_port', () => []);
$kreg(udp_v4_get_port, udp_v4_get_port$fast, 'udp_v4_get_port', () => [udp_lib_get_port]);
$kreg(compute_score, compute_score$fast, 'compute_score', () => []);
$kreg(udp4_lib_lookup2, udp4_lib_lookup2$fast, 'udp4_lib_lookup2', () => [compute_score]);
$kreg(__udp4_lib_lookup, __udp4_lib_lookup$fast, '__udp4_lib_lookup', () => [udp4_lib_lookup2]);
$kreg(__udp4_lib_err, __udp4_lib_err$fast, '__udp4_lib_err', () => [__udp4_lib_lookup, sock_def_error_report]);
$kreg(udp_err, udp_err$fast, 'udp_err', () => [__udp4_lib_err]);
$kreg(udp_send_skb, udp_send_skb$fast, 'udp_send_skb', () => [ip_send_skb]);
$kreg(udp_sendmsg, udp_sendmsg$fast, 'udp_sendmsg', () => [ip_make_skb, udp_send_skb]);
$kreg(__udp_enqueue_schedule_skb, __udp_enqueue_schedule_skb$fast, '__udp_enqueue_schedule_skb', () => [sock_def_readable]);
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
(udp_rcv as any).kname = 'udp_rcv';
(udp_recvmsg as any).kname = 'udp_recvmsg';
(udp_disconnect as any).kname = 'udp_disconnect';
(udp_lib_unhash as any).kname = 'udp_lib_unhash';
(udp_destroy_sock as any).kname = 'udp_destroy_sock';
(udp_init_sock as any).kname = 'udp_init_sock';
(udp_lib_close as any).kname = 'udp_lib_close';
(udp_setsockopt as any).kname = 'udp_setsockopt';
(udp_poll as any).kname = 'udp_poll';
