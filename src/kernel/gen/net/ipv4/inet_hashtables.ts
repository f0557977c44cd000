// generated — do not edit. Written by scripts/gen-kernel.ts from src/kernel/net/ipv4/inet_hashtables.ts
// @ts-nocheck
// net/ipv4/inet_hashtables.c and include/net/inet_hashtables.h: the bind buckets, the listening
// hash and the established hash; the receive-side lookup (established 4-tuple first, then the
// listeners) and connect()'s choice of a source port.

import { Sim } from '../../../core/engine';
import { at, enter, leave } from '../../../core/engine';
import { defineFn } from '../../../core/anchors';
import { InetBindBucket, InetHashinfo, ehashKey } from '../../../include/net/inet_hashtables';
import type { Net } from '../../../include/net/net_namespace';
import { Sock, SockCommon, sock_set_flag, SOCK_RCU_FREE } from '../../../include/net/sock';
import { inet_sk } from '../../../include/net/inet_sock';
import { inet_csk } from '../../../include/net/inet_connection_sock';
import { TCP_LISTEN, TCP_TIME_WAIT } from '../../../include/net/tcp_states';
import type { SkBuff } from '../../../include/linux/skbuff';
import { ERRNO } from '../../../include/uapi';
import { portaddrKey } from '../../../include/net/udp';
import { keyedHash } from '../../../core/rng';
import { inet_sk_set_state } from './af_inet';
import { TCP_CLOSE } from '../../../include/net/tcp_states';

const { EADDRNOTAVAIL } = ERRNO;

export function hashinfoOf(sk: SockCommon): InetHashinfo {
  return sk.skc_net.tcp_hashinfo;
}
export function skKey(sk: SockCommon): string {
  return ehashKey(sk.skc_rcv_saddr, sk.skc_num, sk.skc_daddr, sk.skc_dport);
}
const A$inet_bind_bucket_create = defineFn('net/ipv4/inet_hashtables.c', 'inet_bind_bucket_create', [22, 28, 30, 33, 34, 36]);

export function* inet_bind_bucket_create(net: Net, snum: number): Sim<InetBindBucket> {
  const $f = enter(A$inet_bind_bucket_create, { net, snum });
  try {
  if (at(A$inet_bind_bucket_create.L22)) yield;
  const tb = new InetBindBucket(snum);
  $f.vars.tb = tb;
  if (at(A$inet_bind_bucket_create.L28)) yield;
  if (at(A$inet_bind_bucket_create.L30)) yield;
  tb.fastreuse = 0;
  tb.fastreuseport = 0;
  if (at(A$inet_bind_bucket_create.L33)) yield;
  if (at(A$inet_bind_bucket_create.L34)) yield;
  net.tcp_hashinfo.bhash.set(snum, tb);
  if (at(A$inet_bind_bucket_create.L36)) yield;
  return tb;
  } finally {
    leave($f);
  }
}
const A$inet_bind_hash = defineFn('net/ipv4/inet_hashtables.c', 'inet_bind_hash', [48, 49, 50]);

export function* inet_bind_hash(sk: Sock, tb: InetBindBucket, snum: number): Sim<void> {
  const $f = enter(A$inet_bind_hash, { sk, tb, snum });
  try {
  if (at(A$inet_bind_hash.L48)) yield;
  sk.inet_num = snum;
  if (at(A$inet_bind_hash.L49)) yield;
  tb.owners.add(sk);
  if (at(A$inet_bind_hash.L50)) yield;
  inet_csk(sk).icsk_bind_hash = tb;
  } finally {
    leave($f);
  }
}
const A$__inet_put_port = defineFn('net/ipv4/inet_hashtables.c', '__inet_put_port', [67, 68, 69, 70, 72]);

export function* __inet_put_port(sk: Sock): Sim<void> {
  const $f = enter(A$__inet_put_port, { sk });
  try {
  if (at(A$__inet_put_port.L67)) yield;
  const tb = inet_csk(sk).icsk_bind_hash;
  $f.vars.tb = tb;
  if (at(A$__inet_put_port.L68)) yield;
  if (tb) tb.owners.delete(sk);
  if (at(A$__inet_put_port.L69)) yield;
  inet_csk(sk).icsk_bind_hash = null;
  if (at(A$__inet_put_port.L70)) yield;
  sk.inet_num = 0;
  if (at(A$__inet_put_port.L72)) yield;
  if (tb) inet_bind_bucket_destroy(sk.skc_net, tb);
  } finally {
    leave($f);
  }
}
/** inet_bind_bucket_destroy(): frees the bucket once nobody owns the port. */
export function inet_bind_bucket_destroy(net: Net, tb: InetBindBucket): void {
  if (tb.owners.size === 0 && net.tcp_hashinfo.bhash.get(tb.port) === tb) net.tcp_hashinfo.bhash.delete(tb.port);
}
const A$inet_put_port = defineFn('net/ipv4/inet_hashtables.c', 'inet_put_port', [84]);

export function* inet_put_port(sk: Sock): Sim<void> {
  const $f = enter(A$inet_put_port, { sk });
  try {
  if (at(A$inet_put_port.L84)) yield;
  ($E.fast || $E.twinOk[__inet_put_port.k] === 1 ? __inet_put_port$fast(sk) : yield* __inet_put_port(sk));
  } finally {
    leave($f);
  }
}
const A$__inet_inherit_port = defineFn('net/ipv4/inet_hashtables.c', '__inet_inherit_port', [96, 105, 114]);

/** __inet_inherit_port(): the child joins the listener's bind bucket — same local port. */
export function* __inet_inherit_port(sk: Sock, child: Sock): Sim<number> {
  const $f = enter(A$__inet_inherit_port, { sk, child });
  try {
  if (at(A$__inet_inherit_port.L96)) yield;
  const port = child.inet_num;
  $f.vars.port = port;
  if (at(A$__inet_inherit_port.L105)) yield;
  const tb = inet_csk(sk).icsk_bind_hash!;
  $f.vars.tb = tb;
  if (at(A$__inet_inherit_port.L114)) yield;
  ($E.fast || $E.twinOk[inet_bind_hash.k] === 1 ? inet_bind_hash$fast(child, tb, port) : yield* inet_bind_hash(child, tb, port));
  return 0;
  } finally {
    leave($f);
  }
}
const A$__inet_lookup_listener = defineFn('net/ipv4/inet_hashtables.c', '__inet_lookup_listener', [138, 141, 148, 149, 152, 158]);

export function* __inet_lookup_listener(net: Net, skb: SkBuff, saddr: string, sport: number, daddr: string, hnum: number): Sim<Sock | null> {
  const $f = enter(A$__inet_lookup_listener, { net, skb, saddr, sport, daddr, hnum });
  try {
  const h = net.tcp_hashinfo;
  if (at(A$__inet_lookup_listener.L138)) yield;
  const ilb2 = portaddrKey(daddr, hnum);
  $f.vars.ilb2 = ilb2;
  if (at(A$__inet_lookup_listener.L141)) yield;
  let result: Sock | null = (h.lhash2.get(ilb2) ?? [])[0] ?? null;
  $f.vars.result = result;
  if (!result) {
    if (at(A$__inet_lookup_listener.L148)) yield;
    if (at(A$__inet_lookup_listener.L149)) yield;
    const any = portaddrKey('0.0.0.0', hnum);
    $f.vars.ilb2 = any;
    if (at(A$__inet_lookup_listener.L152)) yield;
    result = (h.lhash2.get(any) ?? [])[0] ?? null;
    $f.vars.result = result;
  }
  if (at(A$__inet_lookup_listener.L158)) yield;
  return result;
  } finally {
    leave($f);
  }
}
const A$__inet_lookup_established = defineFn('net/ipv4/inet_hashtables.c', '__inet_lookup_established', [177, 184, 187, 199, 206, 208]);

/** __inet_lookup_established(): the exact 4-tuple in ehash — full socks, request socks and timewait socks alike. */
export function* __inet_lookup_established(net: Net, saddr: string, sport: number, daddr: string, hnum: number): Sim<SockCommon | null> {
  const $f = enter(A$__inet_lookup_established, { net, saddr, sport, daddr, hnum });
  try {
  if (at(A$__inet_lookup_established.L177)) yield;
  $f.vars.hash = ehashKey(daddr, hnum, saddr, sport);
  if (at(A$__inet_lookup_established.L184)) yield;
  const sk = net.tcp_hashinfo.ehash.lookup(daddr, hnum, saddr, sport) ?? null;
  if (sk) {
    if (at(A$__inet_lookup_established.L187)) yield;
    $f.vars.sk = sk;
    if (at(A$__inet_lookup_established.L199)) yield;
    sk.skc_refcnt++;
    return sk;
  }
  if (at(A$__inet_lookup_established.L206)) yield;
  if (at(A$__inet_lookup_established.L208)) yield;
  return null;
  } finally {
    leave($f);
  }
}
const A$__inet_lookup = defineFn('include/net/inet_hashtables.h', '__inet_lookup', [29, 32, 37]);

export function* __inet_lookup(net: Net, skb: SkBuff, saddr: string, sport: number, daddr: string, dport: number, refcounted: { v: boolean }): Sim<SockCommon | null> {
  const $f = enter(A$__inet_lookup, { net, skb, saddr, sport, daddr, dport });
  try {

  const hnum = dport;
  if (at(A$__inet_lookup.L29)) yield;
  const sk = ($E.fast || $E.twinOk[__inet_lookup_established.k] === 1 ? __inet_lookup_established$fast(net, saddr, sport, daddr, hnum) : yield* __inet_lookup_established(net, saddr, sport, daddr, hnum));
  $f.vars.sk = sk;
  refcounted.v = true;
  if (at(A$__inet_lookup.L32)) yield;
  if (sk) return sk;
  refcounted.v = false;
  if (at(A$__inet_lookup.L37)) yield;
  return ($E.fast || $E.twinOk[__inet_lookup_listener.k] === 1 ? __inet_lookup_listener$fast(net, skb, saddr, sport, daddr, hnum) : yield* __inet_lookup_listener(net, skb, saddr, sport, daddr, hnum));
  } finally {
    leave($f);
  }
}
const A$__inet_lookup_skb = defineFn('include/net/inet_hashtables.h', '__inet_lookup_skb', [55, 56, 64]);

/** __inet_lookup_skb(): which socket gets this segment? Established first, then listeners. */
export function* __inet_lookup_skb(skb: SkBuff, net: Net, refcounted: { v: boolean }): Sim<SockCommon | null> {
  const $f = enter(A$__inet_lookup_skb, { skb });
  try {

  if (at(A$__inet_lookup_skb.L55)) yield;
  if (at(A$__inet_lookup_skb.L56)) yield;
  $f.vars.iph = skb.iph;
  if (at(A$__inet_lookup_skb.L64)) yield;
  return ($E.fast || $E.twinOk[__inet_lookup.k] === 1 ? __inet_lookup$fast(net, skb, skb.iph.saddr, skb.th!.source, skb.iph.daddr, skb.th!.dest, refcounted) : yield* __inet_lookup(net, skb, skb.iph.saddr, skb.th!.source, skb.iph.daddr, skb.th!.dest, refcounted));
  } finally {
    leave($f);
  }
}
const A$inet_ehash_insert = defineFn('net/ipv4/inet_hashtables.c', 'inet_ehash_insert', [302, 308, 312, 315, 317]);

/** inet_ehash_insert(): put sk in ehash; with osk, take osk's place (the child replacing its request sock). */
export function* inet_ehash_insert(sk: SockCommon, osk: SockCommon | null): Sim<boolean> {
  const $f = enter(A$inet_ehash_insert, { sk, osk });
  try {
  const eh = hashinfoOf(sk).ehash;
  if (at(A$inet_ehash_insert.L302)) yield;
  $f.vars.hash = skKey(sk);
  let ret = true;
  if (at(A$inet_ehash_insert.L308)) yield;
  if (osk) {
    if (at(A$inet_ehash_insert.L312)) yield;
    ret = eh.getFor(osk) === osk;
    if (ret) {
      eh.deleteFor(osk);
      osk.hashedIn = null;
    }
    $f.vars.ret = ret;
  }
  if (ret) {
    if (at(A$inet_ehash_insert.L315)) yield;
    eh.setFor(sk, sk);
    sk.hashedIn = 'ehash';
  }
  if (at(A$inet_ehash_insert.L317)) yield;
  return ret;
  } finally {
    leave($f);
  }
}
const A$inet_ehash_nolisten = defineFn('net/ipv4/inet_hashtables.c', 'inet_ehash_nolisten', [327, 329, 330, 334, 338]);

export function* inet_ehash_nolisten(sk: Sock, osk: SockCommon | null): Sim<boolean> {
  const $f = enter(A$inet_ehash_nolisten, { sk, osk });
  try {
  if (at(A$inet_ehash_nolisten.L327)) yield;
  const ok = ($E.fast || $E.twinOk[inet_ehash_insert.k] === 1 ? inet_ehash_insert$fast(sk, osk) : yield* inet_ehash_insert(sk, osk));
  $f.vars.ok = ok;
  if (at(A$inet_ehash_nolisten.L329)) yield;
  if (ok) {
    if (at(A$inet_ehash_nolisten.L330)) yield;
  } else {
    if (at(A$inet_ehash_nolisten.L334)) yield;
    ($E.fast || $E.twinOk[inet_sk_set_state.k] === 1 ? inet_sk_set_state$fast(sk, TCP_CLOSE) : yield* inet_sk_set_state(sk, TCP_CLOSE));
  }
  if (at(A$inet_ehash_nolisten.L338)) yield;
  return ok;
  } finally {
    leave($f);
  }
}
const A$__inet_hash = defineFn('net/ipv4/inet_hashtables.c', '__inet_hash', [353, 354, 359, 373, 375, 378]);

/** __inet_hash(): a listener goes into the listening hash (not ehash); anything else into ehash. */
export function* __inet_hash(sk: Sock, osk: SockCommon | null): Sim<number> {
  const $f = enter(A$__inet_hash, { sk, osk });
  try {
  if (at(A$__inet_hash.L353)) yield;
  if (sk.sk_state !== TCP_LISTEN) {
    if (at(A$__inet_hash.L354)) yield;
    ($E.fast || $E.twinOk[inet_ehash_nolisten.k] === 1 ? inet_ehash_nolisten$fast(sk, osk) : yield* inet_ehash_nolisten(sk, osk));
    return 0;
  }
  if (at(A$__inet_hash.L359)) yield;
  if (at(A$__inet_hash.L373)) yield;
  if (at(A$__inet_hash.L375)) yield;
  const key = portaddrKey(sk.inet_rcv_saddr, sk.inet_num);
  const l2 = hashinfoOf(sk).lhash2;
  const list = l2.get(key) ?? [];
  list.unshift(sk);
  l2.set(key, list);
  sk.hashedIn = 'lhash';
  if (at(A$__inet_hash.L378)) yield;
  sock_set_flag(sk, SOCK_RCU_FREE);
  return 0;
  } finally {
    leave($f);
  }
}
const A$inet_hash = defineFn('net/ipv4/inet_hashtables.c', 'inet_hash', [395, 397]);

export function* inet_hash(sk: Sock): Sim<number> {
  const $f = enter(A$inet_hash, { sk });
  try {
  if (at(A$inet_hash.L395)) yield;
  if (sk.sk_state !== TCP_CLOSE) {
    if (at(A$inet_hash.L397)) yield;
    return ($E.fast || $E.twinOk[__inet_hash.k] === 1 ? __inet_hash$fast(sk, null) : yield* __inet_hash(sk, null));
  }
  return 0;
  } finally {
    leave($f);
  }
}
const A$inet_unhash = defineFn('net/ipv4/inet_hashtables.c', 'inet_unhash', [415, 419, 434, 435, 438]);

export function* inet_unhash(sk: Sock): Sim<void> {
  const $f = enter(A$inet_unhash, { sk });
  try {
  if (at(A$inet_unhash.L415)) yield;
  if (!sk.hashedIn) return;
  const h = hashinfoOf(sk);
  if (at(A$inet_unhash.L419)) yield;
  if (sk.hashedIn === 'lhash') {
    if (at(A$inet_unhash.L434)) yield;
    const key = portaddrKey(sk.inet_rcv_saddr, sk.inet_num);
    const list = h.lhash2.get(key);
    if (list) {
      removeFrom(list, sk);
      if (!list.length) h.lhash2.delete(key);
    }
    if (at(A$inet_unhash.L435)) yield;
  } else {
    if (at(A$inet_unhash.L438)) yield;
    if (h.ehash.getFor(sk) === sk) h.ehash.deleteFor(sk);
  }
  sk.hashedIn = null;
  } finally {
    leave($f);
  }
}
const A$__inet_check_established = defineFn('net/ipv4/inet_hashtables.c', '__inet_check_established', [230, 240, 248, 253, 259, 260, 263, 277, 282]);

/** __inet_check_established(): is this 4-tuple unique? Then claim it: inet_num, and into ehash. */
export function* __inet_check_established(sk: Sock, lport: number): Sim<number> {
  const $f = enter(A$__inet_check_established, { sk, lport });
  try {
  const h = hashinfoOf(sk);
  const inet = inet_sk(sk);
  if (at(A$__inet_check_established.L230)) yield;
  $f.vars.hash = ehashKey(inet.inet_rcv_saddr, lport, inet.inet_daddr, inet.inet_dport);
  if (at(A$__inet_check_established.L240)) yield;
  const sk2 = h.ehash.lookup(inet.inet_rcv_saddr, lport, inet.inet_daddr, inet.inet_dport);
  if (sk2) {
    $f.vars.sk2 = sk2;
    if (at(A$__inet_check_established.L248)) yield;
    // a TIME_WAIT entry could be recycled under tcp_tw_reuse; that path comes with TIME_WAIT support
    void TCP_TIME_WAIT;
    if (at(A$__inet_check_established.L253)) yield;
    if (at(A$__inet_check_established.L282)) yield;
    return -EADDRNOTAVAIL;
  }
  if (at(A$__inet_check_established.L259)) yield;
  inet.inet_num = lport;
  if (at(A$__inet_check_established.L260)) yield;
  inet.inet_sport = lport;
  if (at(A$__inet_check_established.L263)) yield;
  h.ehash.insert(inet.inet_rcv_saddr, lport, inet.inet_daddr, inet.inet_dport, sk);
  sk.hashedIn = 'ehash';
  if (at(A$__inet_check_established.L277)) yield;
  return 0;
  } finally {
    leave($f);
  }
}
const A$__inet_hash_connect = defineFn('net/ipv4/inet_hashtables.c', '__inet_hash_connect', [458, 468, 473, 475, 477, 481, 488, 495, 497, 500, 510, 514, 520, 528, 534, 544, 548, 552, 555, 556, 559, 560, 568]);

/** __inet_hash_connect(): pick connect()'s source port, then hash the socket into ehash. */
export function* __inet_hash_connect(sk: Sock, port_offset: number): Sim<number> {
  const $f = enter(A$__inet_hash_connect, { sk, port_offset });
  try {
  const net = sk.skc_net;
  const h = net.tcp_hashinfo;
  if (at(A$__inet_hash_connect.L458)) yield;
  let port = sk.inet_num;
  $f.vars.port = port;
  if (at(A$__inet_hash_connect.L468)) yield;
  if (port) {
    const tb = inet_csk(sk).icsk_bind_hash!;
    $f.vars.tb = tb;
    if (at(A$__inet_hash_connect.L473)) yield;
    if (tb.owners.size === 1 && tb.owners.has(sk)) {
      if (at(A$__inet_hash_connect.L475)) yield;
      ($E.fast || $E.twinOk[inet_ehash_nolisten.k] === 1 ? inet_ehash_nolisten$fast(sk, null) : yield* inet_ehash_nolisten(sk, null));
      if (at(A$__inet_hash_connect.L477)) yield;
      return 0;
    }
    if (at(A$__inet_hash_connect.L481)) yield;
    return ($E.fast || $E.twinOk[__inet_check_established.k] === 1 ? __inet_check_established$fast(sk, port) : yield* __inet_check_established(sk, port));
  }
  if (at(A$__inet_hash_connect.L488)) yield;
  const [low, highIncl] = net.sysctl['net.ipv4.ip_local_port_range'];
  const high = highIncl + 1;
  let remaining = high - low;
  if (remaining > 1) remaining &= ~1;
  // v5.4: one static hint for the whole kernel (later 5.4.y and 6.x: RFC 6056's table_perturb[])
  if (at(A$__inet_hash_connect.L495)) yield;
  let offset = ((net.hashConnectHint + port_offset) >>> 0) % remaining;
  $f.vars.offset = offset;
  if (at(A$__inet_hash_connect.L497)) yield;
  // first pass: ports with the parity of the range's low end (bind(0) prefers the other)
  offset &= ~1;
  for (;;) {
    port = low + offset;
    for (let i = 0; i < remaining; i += 2, port += 2) {
      if (port >= high) port -= remaining;
      $f.vars.port = port;
      $f.vars.i = i;
      if (at(A$__inet_hash_connect.L500)) yield;
      let tb = h.bhash.get(port) ?? null;
      if (tb) {
        $f.vars.tb = tb;
        if (at(A$__inet_hash_connect.L510)) yield;
        if (at(A$__inet_hash_connect.L514)) yield;
        // a port some bind()-ed socket uses is never shared with connect()
        if (tb.fastreuse >= 0 || tb.fastreuseport >= 0) continue;
        if (at(A$__inet_hash_connect.L520)) yield;
        if ((($E.fast || $E.twinOk[__inet_check_established.k] === 1 ? __inet_check_established$fast(sk, port) : yield* __inet_check_established(sk, port))) !== 0) continue;
      } else {
        if (at(A$__inet_hash_connect.L528)) yield;
        tb = ($E.fast || $E.twinOk[inet_bind_bucket_create.k] === 1 ? inet_bind_bucket_create$fast(net, port) : yield* inet_bind_bucket_create(net, port));
        $f.vars.tb = tb;
        if (at(A$__inet_hash_connect.L534)) yield;
        tb.fastreuse = -1;
        tb.fastreuseport = -1;
      }
      if (at(A$__inet_hash_connect.L552)) yield;
      net.hashConnectHint = (net.hashConnectHint + i + 2) >>> 0;
      if (at(A$__inet_hash_connect.L555)) yield;
      ($E.fast || $E.twinOk[inet_bind_hash.k] === 1 ? inet_bind_hash$fast(sk, tb, port) : yield* inet_bind_hash(sk, tb, port));
      if (at(A$__inet_hash_connect.L556)) yield;
      if (!sk.hashedIn) {
        if (at(A$__inet_hash_connect.L559)) yield;
        inet_sk(sk).inet_sport = port;
        if (at(A$__inet_hash_connect.L560)) yield;
        ($E.fast || $E.twinOk[inet_ehash_nolisten.k] === 1 ? inet_ehash_nolisten$fast(sk, null) : yield* inet_ehash_nolisten(sk, null));
      }
      if (at(A$__inet_hash_connect.L568)) yield;
      return 0;
    }
    offset++;
    if (at(A$__inet_hash_connect.L544)) yield;
    if (!(offset & 1 && remaining > 1)) break;
  }
  if (at(A$__inet_hash_connect.L548)) yield;
  return -EADDRNOTAVAIL;
  } finally {
    leave($f);
  }
}
const A$inet_hash_connect = defineFn('net/ipv4/inet_hashtables.c', 'inet_hash_connect', [584, 585]);

export function* inet_hash_connect(sk: Sock): Sim<number> {
  const $f = enter(A$inet_hash_connect, { sk });
  try {
  if (at(A$inet_hash_connect.L584)) yield;
  let port_offset = 0;
  if (!sk.inet_num) {
    const inet = inet_sk(sk);
    // secure_ipv4_port_ephemeral(saddr, daddr, dport): a keyed 32-bit hash, stable per destination
    port_offset = keyedHash(sk.skc_net.secret, 'port', inet.inet_rcv_saddr, inet.inet_daddr, inet.inet_dport);
  }
  $f.vars.port_offset = port_offset;
  if (at(A$inet_hash_connect.L585)) yield;
  return ($E.fast || $E.twinOk[__inet_hash_connect.k] === 1 ? __inet_hash_connect$fast(sk, port_offset) : yield* __inet_hash_connect(sk, port_offset));
  } finally {
    leave($f);
  }
}


export function removeFrom<T>(list: T[], x: T): void {
  const i = list.indexOf(x);
  if (i >= 0) list.splice(i, 1);
}


// ---- fast-path twins (scripts/twins.cjs) ----
import { E as $E, FAST_FRAME as $FF, driveToEnd as $drive, registerTwin as $kreg } from '../../../core/engine';
import { inet_sk_set_state$fast as inet_sk_set_state$fast } from './af_inet';
export function inet_bind_bucket_create$fast(net: Net, snum: number): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0; let $x = -1;
  const $f = ($tb !== null && ($o = (A$inet_bind_bucket_create.L22 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  ++$s;
  const tb = new InetBindBucket(snum);
  
  $s += 4; if ($tb !== null) ($o = (A$inet_bind_bucket_create.L28 | 3145728), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  
  tb.fastreuse = 0;
  tb.fastreuseport = 0;
  
  
  net.tcp_hashinfo.bhash.set(snum, tb);
  ++$s; $x = A$inet_bind_bucket_create.L36 | 1048576;
  return ($r = (tb), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$inet_bind_bucket_create.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
export function inet_bind_hash$fast(sk: Sock, tb: InetBindBucket, snum: number): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $s = 0;
  const $f = ($tb !== null && ($o = (A$inet_bind_hash.L48 | 270532608), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  $s += 2;
  sk.inet_num = snum;
  
  tb.owners.add(sk);
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$inet_bind_hash.L50) : $tb.op($e.now, A$inet_bind_hash.L50));
  inet_csk(sk).icsk_bind_hash = tb;
  } ($e.steps += $s, $tb !== null && ($o = (A$inet_bind_hash.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
}
export function __inet_put_port$fast(sk: Sock): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $s = 0;
  const $f = ($tb !== null && ($o = (A$__inet_put_port.L67 | 270532608), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  $s += 2;
  const tb = inet_csk(sk).icsk_bind_hash;
  
  
  if (tb) tb.owners.delete(sk);
  $s += 3; if ($tb !== null) ($o = (A$__inet_put_port.L69 | 2097152), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  inet_csk(sk).icsk_bind_hash = null;
  
  sk.inet_num = 0;
  
  if (tb) inet_bind_bucket_destroy(sk.skc_net, tb);
  } ($e.steps += $s, $tb !== null && ($o = (A$__inet_put_port.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
}
export function inet_put_port$fast(sk: Sock): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $s = 0;
  const $f = ($tb !== null && ($o = (A$inet_put_port.L84 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  ++$s;
  __inet_put_port$fast(sk);
  } ($e.steps += $s, $tb !== null && ($o = (A$inet_put_port.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
}
export function __inet_inherit_port$fast(sk: Sock, child: Sock): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0;
  const $f = ($tb !== null && ($o = (A$__inet_inherit_port.L96 | 271581184), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  $s += 3;
  const port = child.inet_num;
  
  
  const tb = inet_csk(sk).icsk_bind_hash!;
  
  
  inet_bind_hash$fast(child, tb, port);
  return ($r = (0), ($e.steps += $s, $tb !== null && ($o = (A$__inet_inherit_port.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
export function __inet_lookup_listener$fast(net: Net, skb: SkBuff, saddr: string, sport: number, daddr: string, hnum: number): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0; let $x = -1;
  const $f = ($tb !== null && ($o = (A$__inet_lookup_listener.L138 | 270532608), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  const h = net.tcp_hashinfo;
  $s += 2;
  const ilb2 = portaddrKey(daddr, hnum);
  
  
  let result: Sock | null = (h.lhash2.get(ilb2) ?? [])[0] ?? null;
  
  if (!result) {
    $s += 3; if ($tb !== null) ($o = (A$__inet_lookup_listener.L148 | 2097152), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
    
    const any = portaddrKey('0.0.0.0', hnum);
    
    
    result = (h.lhash2.get(any) ?? [])[0] ?? null;
    
  }
  ++$s; $x = A$__inet_lookup_listener.L158 | 1048576;
  return ($r = (result), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$__inet_lookup_listener.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
export function __inet_lookup_established$fast(net: Net, saddr: string, sport: number, daddr: string, hnum: number): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0; let $x = -1;
  const $f = ($tb !== null && ($o = (A$__inet_lookup_established.L177 | 270532608), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  $s += 2;
  
  
  const sk = net.tcp_hashinfo.ehash.lookup(daddr, hnum, saddr, sport) ?? null;
  if (sk) {
    $s += 2; $x = A$__inet_lookup_established.L187 | 2097152;
    
    
    sk.skc_refcnt++;
    return ($r = (sk), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$__inet_lookup_established.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
  $s += 2; $x = A$__inet_lookup_established.L206 | 2097152;
  
  return ($r = (null), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$__inet_lookup_established.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
export function __inet_lookup$fast(net: Net, skb: SkBuff, saddr: string, sport: number, daddr: string, dport: number, refcounted: { v: boolean }): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0;
  const $f = ($tb !== null && ($o = (A$__inet_lookup.L29 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {

  const hnum = dport;
  ++$s;
  const sk = __inet_lookup_established$fast(net, saddr, sport, daddr, hnum);
  
  refcounted.v = true;
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__inet_lookup.L32) : $tb.op($e.now, A$__inet_lookup.L32));
  if (sk) return ($r = (sk), ($e.steps += $s, $tb !== null && ($o = (A$__inet_lookup.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  refcounted.v = false;
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__inet_lookup.L37) : $tb.op($e.now, A$__inet_lookup.L37));
  return ($r = (__inet_lookup_listener$fast(net, skb, saddr, sport, daddr, hnum)), ($e.steps += $s, $tb !== null && ($o = (A$__inet_lookup.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
export function __inet_lookup_skb$fast(skb: SkBuff, net: Net, refcounted: { v: boolean }): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0;
  const $f = ($tb !== null && ($o = (A$__inet_lookup_skb.L55 | 271581184), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {

  $s += 3;
  
  
  
  return ($r = (__inet_lookup$fast(net, skb, skb.iph.saddr, skb.th!.source, skb.iph.daddr, skb.th!.dest, refcounted)), ($e.steps += $s, $tb !== null && ($o = (A$__inet_lookup_skb.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
export function inet_ehash_insert$fast(sk: SockCommon, osk: SockCommon | null): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0; let $x = -1;
  const $f = ($tb !== null && ($o = (A$inet_ehash_insert.fn.id | 268435456), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  const eh = hashinfoOf(sk).ehash;
  $s += 2; if ($tb !== null) ($o = (A$inet_ehash_insert.L302 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  
  let ret = true;
  
  if (osk) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$inet_ehash_insert.L312) : $tb.op($e.now, A$inet_ehash_insert.L312));
    ret = eh.getFor(osk) === osk;
    if (ret) {
      eh.deleteFor(osk);
      osk.hashedIn = null;
    }
    
  }
  if (ret) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$inet_ehash_insert.L315) : $tb.op($e.now, A$inet_ehash_insert.L315));
    eh.setFor(sk, sk);
    sk.hashedIn = 'ehash';
  }
  ++$s; $x = A$inet_ehash_insert.L317 | 1048576;
  return ($r = (ret), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$inet_ehash_insert.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
export function inet_ehash_nolisten$fast(sk: Sock, osk: SockCommon | null): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0; let $x = -1;
  const $f = ($tb !== null && ($o = (A$inet_ehash_nolisten.L327 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  ++$s;
  const ok = inet_ehash_insert$fast(sk, osk);
  
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$inet_ehash_nolisten.L329) : $tb.op($e.now, A$inet_ehash_nolisten.L329));
  if (ok) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$inet_ehash_nolisten.L330) : $tb.op($e.now, A$inet_ehash_nolisten.L330));
  } else {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$inet_ehash_nolisten.L334) : $tb.op($e.now, A$inet_ehash_nolisten.L334));
    inet_sk_set_state$fast(sk, TCP_CLOSE);
  }
  ++$s; $x = A$inet_ehash_nolisten.L338 | 1048576;
  return ($r = (ok), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$inet_ehash_nolisten.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
export function __inet_hash$fast(sk: Sock, osk: SockCommon | null): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0;
  const $f = ($tb !== null && ($o = (A$__inet_hash.L353 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  ++$s;
  if (sk.sk_state !== TCP_LISTEN) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__inet_hash.L354) : $tb.op($e.now, A$__inet_hash.L354));
    inet_ehash_nolisten$fast(sk, osk);
    return ($r = (0), ($e.steps += $s, $tb !== null && ($o = (A$__inet_hash.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
  $s += 3; if ($tb !== null) ($o = (A$__inet_hash.L359 | 2097152), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  
  
  const key = portaddrKey(sk.inet_rcv_saddr, sk.inet_num);
  const l2 = hashinfoOf(sk).lhash2;
  const list = l2.get(key) ?? [];
  list.unshift(sk);
  l2.set(key, list);
  sk.hashedIn = 'lhash';
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__inet_hash.L378) : $tb.op($e.now, A$__inet_hash.L378));
  sock_set_flag(sk, SOCK_RCU_FREE);
  return ($r = (0), ($e.steps += $s, $tb !== null && ($o = (A$__inet_hash.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
export function inet_hash$fast(sk: Sock): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0;
  const $f = ($tb !== null && ($o = (A$inet_hash.L395 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  ++$s;
  if (sk.sk_state !== TCP_CLOSE) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$inet_hash.L397) : $tb.op($e.now, A$inet_hash.L397));
    return ($r = (__inet_hash$fast(sk, null)), ($e.steps += $s, $tb !== null && ($o = (A$inet_hash.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
  return ($r = (0), ($e.steps += $s, $tb !== null && ($o = (A$inet_hash.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
export function inet_unhash$fast(sk: Sock): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $s = 0;
  const $f = ($tb !== null && ($o = (A$inet_unhash.L415 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  ++$s;
  if (!sk.hashedIn) { ($e.steps += $s, $tb !== null && ($o = (A$inet_unhash.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))); return; }
  const h = hashinfoOf(sk);
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$inet_unhash.L419) : $tb.op($e.now, A$inet_unhash.L419));
  if (sk.hashedIn === 'lhash') {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$inet_unhash.L434) : $tb.op($e.now, A$inet_unhash.L434));
    const key = portaddrKey(sk.inet_rcv_saddr, sk.inet_num);
    const list = h.lhash2.get(key);
    if (list) {
      removeFrom(list, sk);
      if (!list.length) h.lhash2.delete(key);
    }
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$inet_unhash.L435) : $tb.op($e.now, A$inet_unhash.L435));
  } else {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$inet_unhash.L438) : $tb.op($e.now, A$inet_unhash.L438));
    if (h.ehash.getFor(sk) === sk) h.ehash.deleteFor(sk);
  }
  sk.hashedIn = null;
  } ($e.steps += $s, $tb !== null && ($o = (A$inet_unhash.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
}
export function __inet_check_established$fast(sk: Sock, lport: number): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0; let $x = -1;
  const $f = ($tb !== null && ($o = (A$__inet_check_established.fn.id | 268435456), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  const h = hashinfoOf(sk);
  const inet = inet_sk(sk);
  $s += 2; if ($tb !== null) ($o = (A$__inet_check_established.L230 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  
  
  const sk2 = h.ehash.lookup(inet.inet_rcv_saddr, lport, inet.inet_daddr, inet.inet_dport);
  if (sk2) {
    
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__inet_check_established.L248) : $tb.op($e.now, A$__inet_check_established.L248));
    // a TIME_WAIT entry could be recycled under tcp_tw_reuse; that path comes with TIME_WAIT support
    void TCP_TIME_WAIT;
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__inet_check_established.L253) : $tb.op($e.now, A$__inet_check_established.L253));
    ++$s; $x = A$__inet_check_established.L282 | 1048576;
    return ($r = (-EADDRNOTAVAIL), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$__inet_check_established.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
  $s += 3; if ($tb !== null) ($o = (A$__inet_check_established.L259 | 2097152), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  inet.inet_num = lport;
  
  inet.inet_sport = lport;
  
  h.ehash.insert(inet.inet_rcv_saddr, lport, inet.inet_daddr, inet.inet_dport, sk);
  sk.hashedIn = 'ehash';
  ++$s; $x = A$__inet_check_established.L277 | 1048576;
  return ($r = (0), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$__inet_check_established.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
export function __inet_hash_connect$fast(sk: Sock, port_offset: number): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0; let $x = -1;
  const $f = ($tb !== null && ($o = (A$__inet_hash_connect.L458 | 270532608), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  const net = sk.skc_net;
  const h = net.tcp_hashinfo;
  $s += 2;
  let port = sk.inet_num;
  
  
  if (port) {
    const tb = inet_csk(sk).icsk_bind_hash!;
    
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__inet_hash_connect.L473) : $tb.op($e.now, A$__inet_hash_connect.L473));
    if (tb.owners.size === 1 && tb.owners.has(sk)) {
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__inet_hash_connect.L475) : $tb.op($e.now, A$__inet_hash_connect.L475));
      inet_ehash_nolisten$fast(sk, null);
      ++$s; $x = A$__inet_hash_connect.L477 | 1048576;
      return ($r = (0), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$__inet_hash_connect.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
    }
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__inet_hash_connect.L481) : $tb.op($e.now, A$__inet_hash_connect.L481));
    return ($r = (__inet_check_established$fast(sk, port)), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$__inet_hash_connect.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__inet_hash_connect.L488) : $tb.op($e.now, A$__inet_hash_connect.L488));
  const [low, highIncl] = net.sysctl['net.ipv4.ip_local_port_range'];
  const high = highIncl + 1;
  let remaining = high - low;
  if (remaining > 1) remaining &= ~1;
  // v5.4: one static hint for the whole kernel (later 5.4.y and 6.x: RFC 6056's table_perturb[])
  $s += 2; if ($tb !== null) ($o = (A$__inet_hash_connect.L495 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  let offset = ((net.hashConnectHint + port_offset) >>> 0) % remaining;
  
  
  // first pass: ports with the parity of the range's low end (bind(0) prefers the other)
  offset &= ~1;
  for (;;) {
    port = low + offset;
    for (let i = 0; i < remaining; i += 2, port += 2) {
      if (port >= high) port -= remaining;
      
      
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__inet_hash_connect.L500) : $tb.op($e.now, A$__inet_hash_connect.L500));
      let tb = h.bhash.get(port) ?? null;
      if (tb) {
        
        $s += 2; if ($tb !== null) ($o = (A$__inet_hash_connect.L510 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
        
        // a port some bind()-ed socket uses is never shared with connect()
        if (tb.fastreuse >= 0 || tb.fastreuseport >= 0) continue;
        ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__inet_hash_connect.L520) : $tb.op($e.now, A$__inet_hash_connect.L520));
        if ((__inet_check_established$fast(sk, port)) !== 0) continue;
      } else {
        ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__inet_hash_connect.L528) : $tb.op($e.now, A$__inet_hash_connect.L528));
        tb = inet_bind_bucket_create$fast(net, port);
        
        ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__inet_hash_connect.L534) : $tb.op($e.now, A$__inet_hash_connect.L534));
        tb.fastreuse = -1;
        tb.fastreuseport = -1;
      }
      $s += 2; if ($tb !== null) ($o = (A$__inet_hash_connect.L552 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
      net.hashConnectHint = (net.hashConnectHint + i + 2) >>> 0;
      
      inet_bind_hash$fast(sk, tb, port);
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__inet_hash_connect.L556) : $tb.op($e.now, A$__inet_hash_connect.L556));
      if (!sk.hashedIn) {
        $s += 2; if ($tb !== null) ($o = (A$__inet_hash_connect.L559 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
        inet_sk(sk).inet_sport = port;
        
        inet_ehash_nolisten$fast(sk, null);
      }
      ++$s; $x = A$__inet_hash_connect.L568 | 1048576;
      return ($r = (0), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$__inet_hash_connect.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
    }
    offset++;
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__inet_hash_connect.L544) : $tb.op($e.now, A$__inet_hash_connect.L544));
    if (!(offset & 1 && remaining > 1)) break;
  }
  ++$s; $x = A$__inet_hash_connect.L548 | 1048576;
  return ($r = (-EADDRNOTAVAIL), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$__inet_hash_connect.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
export function inet_hash_connect$fast(sk: Sock): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0;
  const $f = ($tb !== null && ($o = (A$inet_hash_connect.L584 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  ++$s;
  let port_offset = 0;
  if (!sk.inet_num) {
    const inet = inet_sk(sk);
    // secure_ipv4_port_ephemeral(saddr, daddr, dport): a keyed 32-bit hash, stable per destination
    port_offset = keyedHash(sk.skc_net.secret, 'port', inet.inet_rcv_saddr, inet.inet_daddr, inet.inet_dport);
  }
  
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$inet_hash_connect.L585) : $tb.op($e.now, A$inet_hash_connect.L585));
  return ($r = (__inet_hash_connect$fast(sk, port_offset)), ($e.steps += $s, $tb !== null && ($o = (A$inet_hash_connect.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
$kreg(inet_bind_bucket_create, inet_bind_bucket_create$fast, 'inet_bind_bucket_create', () => []);
$kreg(inet_bind_hash, inet_bind_hash$fast, 'inet_bind_hash', () => []);
$kreg(__inet_put_port, __inet_put_port$fast, '__inet_put_port', () => []);
$kreg(inet_put_port, inet_put_port$fast, 'inet_put_port', () => [__inet_put_port]);
$kreg(__inet_inherit_port, __inet_inherit_port$fast, '__inet_inherit_port', () => [inet_bind_hash]);
$kreg(__inet_lookup_listener, __inet_lookup_listener$fast, '__inet_lookup_listener', () => []);
$kreg(__inet_lookup_established, __inet_lookup_established$fast, '__inet_lookup_established', () => []);
$kreg(__inet_lookup, __inet_lookup$fast, '__inet_lookup', () => [__inet_lookup_established, __inet_lookup_listener]);
$kreg(__inet_lookup_skb, __inet_lookup_skb$fast, '__inet_lookup_skb', () => [__inet_lookup]);
$kreg(inet_ehash_insert, inet_ehash_insert$fast, 'inet_ehash_insert', () => []);
$kreg(inet_ehash_nolisten, inet_ehash_nolisten$fast, 'inet_ehash_nolisten', () => [inet_ehash_insert, inet_sk_set_state]);
$kreg(__inet_hash, __inet_hash$fast, '__inet_hash', () => [inet_ehash_nolisten]);
$kreg(inet_hash, inet_hash$fast, 'inet_hash', () => [__inet_hash]);
$kreg(inet_unhash, inet_unhash$fast, 'inet_unhash', () => []);
$kreg(__inet_check_established, __inet_check_established$fast, '__inet_check_established', () => []);
$kreg(__inet_hash_connect, __inet_hash_connect$fast, '__inet_hash_connect', () => [__inet_check_established, inet_bind_bucket_create, inet_bind_hash, inet_ehash_nolisten]);
$kreg(inet_hash_connect, inet_hash_connect$fast, 'inet_hash_connect', () => [__inet_hash_connect]);

// ---- kernel names ----
(inet_hash as any).kname = 'inet_hash';
(inet_unhash as any).kname = 'inet_unhash';
