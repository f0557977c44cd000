// generated — do not edit. Written by scripts/gen-kernel.ts from src/kernel/net/ipv4/syncookies.ts
// @ts-nocheck
// net/ipv4/syncookies.c: SYN cookies. With the SYN queue full, the SYN-ACK's sequence number
// encodes the connection (a keyed hash of the 4-tuple and the client's ISN, a minute counter and
// an MSS index); no request sock is kept, and the final ACK alone rebuilds it.

import { E, Sim } from '../../../core/engine';
import { at, enter, leave } from '../../../core/engine';
import { defineFn } from '../../../core/anchors';
import type { SkBuff } from '../../../include/linux/skbuff';
import type { Sock } from '../../../include/net/sock';
import { tcp_sk } from '../../../include/linux/tcp';
import { RequestSock, inet_rsk } from '../../../include/net/request_sock';
import { MIB, NET_INC_STATS } from '../../../include/net/net_namespace';
import { inet_csk } from '../../../include/net/inet_connection_sock';
import { keyedHash } from '../../../core/rng';
import { inet_csk_reqsk_queue_add } from './inet_connection_sock';
import { tcp_select_initial_window, tcp_full_space } from './tcp_output';
import { inet_reqsk_alloc } from './tcp_input';

/** msstab[]: the MSS values a cookie can encode (its two low bits are the index). */
const msstab = [536, 1300, 1440, 1460];
/** tcp_cookie_time(): a counter that ticks every 60 s; a cookie is good for two ticks. */
const COOKIE_PERIOD = 60_000_000;
const MAX_SYNCOOKIE_AGE = 2;
/** TCP_SYNCOOKIE_VALID: cookies are checked for 2 minutes after the SYN queue last overflowed. */
export const TCP_SYNCOOKIE_VALID = MAX_SYNCOOKIE_AGE * COOKIE_PERIOD;

function cookieHash(sk: Sock, saddr: string, daddr: string, sport: number, dport: number, seq: number, count: number): number {
  return keyedHash(sk.skc_net.secret, 'syncookie', saddr, daddr, sport, dport, seq, count) & ~3;
}
const A$cookie_v4_init_sequence = defineFn('net/ipv4/syncookies.c', 'cookie_v4_init_sequence', [25]);

/** The cookie: hash(4-tuple, client ISN, minute) with the MSS index in the low two bits. */
export function* cookie_v4_init_sequence(sk: Sock, skb: SkBuff): Sim<{ isn: number; mss: number }> {
  const $f = enter(A$cookie_v4_init_sequence, { skb });
  try {

  if (at(A$cookie_v4_init_sequence.L25)) yield;
  const th = skb.th!;
  const want = th.options.mss ?? 536;
  let mssind = msstab.length - 1;
  while (mssind > 0 && want < msstab[mssind]) mssind--;
  const count = Math.floor(E.now / COOKIE_PERIOD);
  const isn = (cookieHash(sk, skb.iph.saddr, skb.iph.daddr, th.source, th.dest, th.seq, count) | mssind) >>> 0;
  $f.vars.isn = isn;
  return { isn, mss: msstab[mssind] };
  } finally {
    leave($f);
  }
}

/** __cookie_v4_check(): the MSS the cookie encodes, or 0 when it is not ours (or too old). */
function cookieCheck(sk: Sock, skb: SkBuff, cookie: number): number {
  const th = skb.th!;
  const mssind = cookie & 3;
  const now = Math.floor(E.now / COOKIE_PERIOD);
  for (let age = 0; age < MAX_SYNCOOKIE_AGE; age++) {
    const h = cookieHash(sk, skb.iph.saddr, skb.iph.daddr, th.source, th.dest, (th.seq - 1) >>> 0, now - age);
    if ((h >>> 0) === ((cookie & ~3) >>> 0)) return msstab[mssind];
  }
  return 0;
}
const A$tcp_get_cookie_sock = defineFn('net/ipv4/syncookies.c', 'tcp_get_cookie_sock', [43, 45, 50, 51, 56]);

export function* tcp_get_cookie_sock(sk: Sock, skb: SkBuff, req: RequestSock): Sim<Sock | null> { let $t: any;
  const $f = enter(A$tcp_get_cookie_sock, { sk, skb, req, icsk: inet_csk(sk) });
  try {

  const own = { v: false };
  if (at(A$tcp_get_cookie_sock.L43)) yield;
  const child = (($t = inet_csk(sk).icsk_af_ops!.syn_recv_sock).fast !== undefined && ($E.fast || $E.twinOk[$t.k] === 1) ? $t.fast(sk, skb, req, null, own) : yield* inet_csk(sk).icsk_af_ops!.syn_recv_sock(sk, skb, req, null, own));
  $f.vars.child = child;
  if (at(A$tcp_get_cookie_sock.L45)) yield;
  if (child) {
    if (at(A$tcp_get_cookie_sock.L50)) yield;
    if (($E.fast || $E.twinOk[inet_csk_reqsk_queue_add.k] === 1 ? inet_csk_reqsk_queue_add$fast(sk, req, child) : yield* inet_csk_reqsk_queue_add(sk, req, child))) {
      if (at(A$tcp_get_cookie_sock.L51)) yield;
      return child;
    }
  }
  if (at(A$tcp_get_cookie_sock.L56)) yield;
  req.freed = true;
  return null;
  } finally {
    leave($f);
  }
}
const A$cookie_v4_check = defineFn('net/ipv4/syncookies.c', 'cookie_v4_check', [75, 82, 87, 91, 93, 96, 100, 106, 107, 113, 117, 119]);

/** cookie_v4_check(): a non-SYN segment to a listener — the answer to a cookie SYN-ACK? */
export function* cookie_v4_check(sk: Sock, skb: SkBuff): Sim<Sock | null> {
  const th = skb.th!;
  const net = sk.skc_net;
  const $f = enter(A$cookie_v4_check, { sk, skb, th, tp: tcp_sk(sk) });
  try {

  let ret: Sock | null = sk;
  if (at(A$cookie_v4_check.L75)) yield;
  const cookie = (th.ack_seq - 1) >>> 0;
  $f.vars.cookie = cookie;
  if (at(A$cookie_v4_check.L82)) yield;
  if (!net.sysctl['net.ipv4.tcp_syncookies'] || !th.ack || th.rst) {
    if (at(A$cookie_v4_check.L119)) yield;
    return ret;
  }
  if (at(A$cookie_v4_check.L87)) yield;
  const last = tcp_sk(sk).rx_opt.ts_recent_stamp;
  if (last < 0 || E.now > last + TCP_SYNCOOKIE_VALID) {
    if (at(A$cookie_v4_check.L119)) yield;
    return ret;
  }
  if (at(A$cookie_v4_check.L91)) yield;
  const mss = cookieCheck(sk, skb, cookie);
  $f.vars.mss = mss;
  if (mss === 0) {
    if (at(A$cookie_v4_check.L93)) yield;
    NET_INC_STATS(net, MIB.SyncookiesFailed);
    if (at(A$cookie_v4_check.L119)) yield;
    return ret;
  }
  if (at(A$cookie_v4_check.L96)) yield;
  NET_INC_STATS(net, MIB.SyncookiesRecv);
  ret = null;
  if (at(A$cookie_v4_check.L100)) yield;
  const req = inet_reqsk_alloc(sk);
  $f.vars.req = req;
  if (at(A$cookie_v4_check.L106)) yield;
  req.rcv_isn = (th.seq - 1) >>> 0;
  req.rcv_nxt = th.seq;
  if (at(A$cookie_v4_check.L107)) yield;
  req.snt_isn = cookie;
  req.mss = mss;
  // (tcp_select_initial_window(sk, tcp_full_space(sk), req->mss, &req->rsk_rcv_wnd, &req->rsk_window_clamp, …))
  const rwin = tcp_select_initial_window(tcp_full_space(sk), mss, tcp_sk(sk).window_clamp);
  req.rsk_rcv_wnd = rwin.rcv_wnd;
  req.rsk_window_clamp = rwin.window_clamp;
  inet_rsk(req).ir_num = th.dest;
  inet_rsk(req).ir_rmt_port = th.source;
  if (at(A$cookie_v4_check.L113)) yield;
  inet_rsk(req).ir_loc_addr = skb.iph.daddr;
  inet_rsk(req).ir_rmt_addr = skb.iph.saddr;
  if (at(A$cookie_v4_check.L117)) yield;
  ret = ($E.fast || $E.twinOk[tcp_get_cookie_sock.k] === 1 ? tcp_get_cookie_sock$fast(sk, skb, req) : yield* tcp_get_cookie_sock(sk, skb, req));
  $f.vars.ret = ret;
  if (at(A$cookie_v4_check.L119)) yield;
  return ret;
  } finally {
    leave($f);
  }
}


// ---- fast-path twins (scripts/twins.cjs) ----
import { E as $E, FAST_FRAME as $FF, driveToEnd as $drive, registerTwin as $kreg } from '../../../core/engine';
import { inet_csk_reqsk_queue_add$fast as inet_csk_reqsk_queue_add$fast } from './inet_connection_sock';
export function cookie_v4_init_sequence$fast(sk: Sock, skb: SkBuff): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0;
  const $f = ($tb !== null && ($o = (A$cookie_v4_init_sequence.L25 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {

  ++$s;
  const th = skb.th!;
  const want = th.options.mss ?? 536;
  let mssind = msstab.length - 1;
  while (mssind > 0 && want < msstab[mssind]) mssind--;
  const count = Math.floor(E.now / COOKIE_PERIOD);
  const isn = (cookieHash(sk, skb.iph.saddr, skb.iph.daddr, th.source, th.dest, th.seq, count) | mssind) >>> 0;
  
  return ($r = ({ isn, mss: msstab[mssind] }), ($e.steps += $s, $tb !== null && ($o = (A$cookie_v4_init_sequence.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
export function tcp_get_cookie_sock$fast(sk: Sock, skb: SkBuff, req: RequestSock): any { const $e = $E; const $tb: any = $e.lineSink; let $t: any; let $o: number; let $r: any; let $s = 0; let $x = -1;
  const $f = ($tb !== null && ($o = (A$tcp_get_cookie_sock.L43 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {

  const own = { v: false };
  ++$s;
  const child = (($t = inet_csk(sk).icsk_af_ops!.syn_recv_sock).fast !== undefined ? $t.fast(sk, skb, req, null, own) : $drive($t(sk, skb, req, null, own)));
  
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_get_cookie_sock.L45) : $tb.op($e.now, A$tcp_get_cookie_sock.L45));
  if (child) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_get_cookie_sock.L50) : $tb.op($e.now, A$tcp_get_cookie_sock.L50));
    if (inet_csk_reqsk_queue_add$fast(sk, req, child)) {
      ++$s; $x = A$tcp_get_cookie_sock.L51 | 1048576;
      return ($r = (child), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_get_cookie_sock.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
    }
  }
  ++$s; $x = A$tcp_get_cookie_sock.L56 | 1048576;
  req.freed = true;
  return ($r = (null), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_get_cookie_sock.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
export function cookie_v4_check$fast(sk: Sock, skb: SkBuff): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0; let $x = -1;
  const th = skb.th!;
  const net = sk.skc_net;
  const $f = ($tb !== null && ($o = (A$cookie_v4_check.L75 | 270532608), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {

  let ret: Sock | null = sk;
  $s += 2;
  const cookie = (th.ack_seq - 1) >>> 0;
  
  
  if (!net.sysctl['net.ipv4.tcp_syncookies'] || !th.ack || th.rst) {
    ++$s; $x = A$cookie_v4_check.L119 | 1048576;
    return ($r = (ret), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$cookie_v4_check.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$cookie_v4_check.L87) : $tb.op($e.now, A$cookie_v4_check.L87));
  const last = tcp_sk(sk).rx_opt.ts_recent_stamp;
  if (last < 0 || E.now > last + TCP_SYNCOOKIE_VALID) {
    ++$s; $x = A$cookie_v4_check.L119 | 1048576;
    return ($r = (ret), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$cookie_v4_check.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$cookie_v4_check.L91) : $tb.op($e.now, A$cookie_v4_check.L91));
  const mss = cookieCheck(sk, skb, cookie);
  
  if (mss === 0) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$cookie_v4_check.L93) : $tb.op($e.now, A$cookie_v4_check.L93));
    NET_INC_STATS(net, MIB.SyncookiesFailed);
    ++$s; $x = A$cookie_v4_check.L119 | 1048576;
    return ($r = (ret), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$cookie_v4_check.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
  $s += 2; if ($tb !== null) ($o = (A$cookie_v4_check.L96 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  NET_INC_STATS(net, MIB.SyncookiesRecv);
  ret = null;
  
  const req = inet_reqsk_alloc(sk);
  
  $s += 2; if ($tb !== null) ($o = (A$cookie_v4_check.L106 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  req.rcv_isn = (th.seq - 1) >>> 0;
  req.rcv_nxt = th.seq;
  
  req.snt_isn = cookie;
  req.mss = mss;
  // (tcp_select_initial_window(sk, tcp_full_space(sk), req->mss, &req->rsk_rcv_wnd, &req->rsk_window_clamp, …))
  const rwin = tcp_select_initial_window(tcp_full_space(sk), mss, tcp_sk(sk).window_clamp);
  req.rsk_rcv_wnd = rwin.rcv_wnd;
  req.rsk_window_clamp = rwin.window_clamp;
  inet_rsk(req).ir_num = th.dest;
  inet_rsk(req).ir_rmt_port = th.source;
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$cookie_v4_check.L113) : $tb.op($e.now, A$cookie_v4_check.L113));
  inet_rsk(req).ir_loc_addr = skb.iph.daddr;
  inet_rsk(req).ir_rmt_addr = skb.iph.saddr;
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$cookie_v4_check.L117) : $tb.op($e.now, A$cookie_v4_check.L117));
  ret = tcp_get_cookie_sock$fast(sk, skb, req);
  
  ++$s; $x = A$cookie_v4_check.L119 | 1048576;
  return ($r = (ret), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$cookie_v4_check.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
$kreg(cookie_v4_init_sequence, cookie_v4_init_sequence$fast, 'cookie_v4_init_sequence', () => []);
$kreg(tcp_get_cookie_sock, tcp_get_cookie_sock$fast, 'tcp_get_cookie_sock', () => ['tcp_v4_syn_recv_sock', inet_csk_reqsk_queue_add]);
$kreg(cookie_v4_check, cookie_v4_check$fast, 'cookie_v4_check', () => [tcp_get_cookie_sock]);
