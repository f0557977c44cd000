// net/ipv4/syncookies.c: SYN cookies. With the SYN queue full, the SYN-ACK's sequence number
// encodes the connection (a keyed hash of the 4-tuple and the client's ISN, a minute counter and
// an MSS index); no request sock is kept, and the final ACK alone rebuilds it.

import { defineFn } from '../../sim/anchors';
import { at, E, enter, leave, Sim } from '../../sim/engine';
import type { SkBuff } from '../../include/linux/skbuff';
import type { Sock } from '../../include/net/sock';
import { tcp_sk } from '../../include/linux/tcp';
import { RequestSock, inet_rsk } from '../../include/net/request_sock';
import { NET_INC_STATS } from '../../include/net/net_namespace';
import { inet_csk } from '../../include/net/inet_connection_sock';
import { keyedHash } from '../../sim/rng';
import { inet_csk_reqsk_queue_add } from './inet_connection_sock';
import { inet_reqsk_alloc } from './tcp_input';
import { tcp_v4_syn_recv_sock } from './tcp_ipv4';

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

const INITSEQ = defineFn('net/ipv4/syncookies.c', 'cookie_v4_init_sequence', {
  seq: 'return __cookie_v4_init_sequence(iph, th, mssp);',
});
/** The cookie: hash(4-tuple, client ISN, minute) with the MSS index in the low two bits. */
export function* cookie_v4_init_sequence(sk: Sock, skb: SkBuff): Sim<{ isn: number; mss: number }> {
  const f = enter(INITSEQ, { skb });
  try {
    if (at(INITSEQ.seq)) yield;
    const th = skb.th!;
    const want = th.options.mss ?? 536;
    let mssind = msstab.length - 1;
    while (mssind > 0 && want < msstab[mssind]) mssind--;
    const count = Math.floor(E.now / COOKIE_PERIOD);
    const isn = (cookieHash(sk, skb.iph.saddr, skb.iph.daddr, th.source, th.dest, th.seq, count) | mssind) >>> 0;
    f.vars.isn = isn;
    return { isn, mss: msstab[mssind] };
  } finally {
    leave(f);
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

const GETSOCK = defineFn('net/ipv4/syncookies.c', 'tcp_get_cookie_sock', {
  child: 'child = icsk->icsk_af_ops->syn_recv_sock(sk, skb, req, dst, NULL, &own_req);',
  ok: 'if (child) {',
  add: 'if (inet_csk_reqsk_queue_add(sk, req, child))',
  ret: 'return child;',
  free: '__reqsk_free(req);',
});
export function* tcp_get_cookie_sock(sk: Sock, skb: SkBuff, req: RequestSock): Sim<Sock | null> {
  const f = enter(GETSOCK, { sk, skb, req, icsk: inet_csk(sk) });
  try {
    const own = { v: false };
    if (at(GETSOCK.child)) yield;
    const child = yield* tcp_v4_syn_recv_sock(sk, skb, req, null, own);
    f.vars.child = child;
    if (at(GETSOCK.ok)) yield;
    if (child) {
      if (at(GETSOCK.add)) yield;
      if (yield* inet_csk_reqsk_queue_add(sk, req, child)) {
        if (at(GETSOCK.ret)) yield;
        return child;
      }
    }
    if (at(GETSOCK.free)) yield;
    req.freed = true;
    return null;
  } finally {
    leave(f);
  }
}

const CHECK = defineFn('net/ipv4/syncookies.c', 'cookie_v4_check', {
  cookie: '__u32 cookie = ntohl(th->ack_seq) - 1;',
  enabled: 'if (!sock_net(sk)->ipv4.sysctl_tcp_syncookies || !th->ack || th->rst) goto out;',
  recent: 'if (tcp_synq_no_recent_overflow(sk)) goto out;',
  check: 'mss = __cookie_v4_check(ip_hdr(skb), th, cookie);',
  failed: '__NET_INC_STATS(sock_net(sk), LINUX_MIB_SYNCOOKIESFAILED);',
  recv: '__NET_INC_STATS(sock_net(sk), LINUX_MIB_SYNCOOKIESRECV);',
  alloc: 'req = inet_reqsk_alloc(&tcp_request_sock_ops, sk, false);',
  rcv_isn: 'treq->rcv_isn		= ntohl(th->seq) - 1;',
  snt_isn: 'treq->snt_isn		= cookie;',
  addrs: 'sk_daddr_set(req_to_sk(req), ip_hdr(skb)->saddr);',
  get: 'ret = tcp_get_cookie_sock(sk, skb, req, &rt->dst, tsoff);',
  out: 'out:	return ret;',
});
/** cookie_v4_check(): a non-SYN segment to a listener — the answer to a cookie SYN-ACK? */
export function* cookie_v4_check(sk: Sock, skb: SkBuff): Sim<Sock | null> {
  const th = skb.th!;
  const net = sk.skc_net;
  const f = enter(CHECK, { sk, skb, th, tp: tcp_sk(sk) });
  try {
    let ret: Sock | null = sk;
    if (at(CHECK.cookie)) yield;
    const cookie = (th.ack_seq - 1) >>> 0;
    f.vars.cookie = cookie;
    if (at(CHECK.enabled)) yield;
    if (!net.sysctl['net.ipv4.tcp_syncookies'] || !th.ack || th.rst) {
      if (at(CHECK.out)) yield;
      return ret;
    }
    if (at(CHECK.recent)) yield;
    const last = tcp_sk(sk).rx_opt.ts_recent_stamp;
    if (last < 0 || E.now > last + TCP_SYNCOOKIE_VALID) {
      if (at(CHECK.out)) yield;
      return ret;
    }
    if (at(CHECK.check)) yield;
    const mss = cookieCheck(sk, skb, cookie);
    f.vars.mss = mss;
    if (mss === 0) {
      if (at(CHECK.failed)) yield;
      NET_INC_STATS(net, 'SyncookiesFailed');
      if (at(CHECK.out)) yield;
      return ret;
    }
    if (at(CHECK.recv)) yield;
    NET_INC_STATS(net, 'SyncookiesRecv');
    ret = null;
    if (at(CHECK.alloc)) yield;
    const req = inet_reqsk_alloc(sk);
    f.vars.req = req;
    if (at(CHECK.rcv_isn)) yield;
    req.rcv_isn = (th.seq - 1) >>> 0;
    req.rcv_nxt = th.seq;
    if (at(CHECK.snt_isn)) yield;
    req.snt_isn = cookie;
    req.mss = mss;
    req.rsk_rcv_wnd = 65535;
    inet_rsk(req).ir_num = th.dest;
    inet_rsk(req).ir_rmt_port = th.source;
    if (at(CHECK.addrs)) yield;
    inet_rsk(req).ir_loc_addr = skb.iph.daddr;
    inet_rsk(req).ir_rmt_addr = skb.iph.saddr;
    if (at(CHECK.get)) yield;
    ret = yield* tcp_get_cookie_sock(sk, skb, req);
    f.vars.ret = ret;
    if (at(CHECK.out)) yield;
    return ret;
  } finally {
    leave(f);
  }
}
