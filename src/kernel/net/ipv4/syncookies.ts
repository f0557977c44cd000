// net/ipv4/syncookies.c: SYN cookies. With the SYN queue full, the SYN-ACK's sequence number
// encodes the connection (a keyed hash of the 4-tuple and the client's ISN, a minute counter and
// an MSS index); no request sock is kept, and the final ACK alone rebuilds it.

import { E, Sim } from '../../core/engine';
import { frame, line } from '../../core/mark';
import type { SkBuff } from '../../include/linux/skbuff';
import type { Sock } from '../../include/net/sock';
import { tcp_sk } from '../../include/linux/tcp';
import { RequestSock, inet_rsk } from '../../include/net/request_sock';
import { MIB, NET_INC_STATS } from '../../include/net/net_namespace';
import { inet_csk } from '../../include/net/inet_connection_sock';
import { keyedHash } from '../../core/rng';
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

/** The cookie: hash(4-tuple, client ISN, minute) with the MSS index in the low two bits. */
export function* cookie_v4_init_sequence(sk: Sock, skb: SkBuff): Sim<{ isn: number; mss: number }> {
  frame({ skb });

  line`return __cookie_v4_init_sequence(iph, th, mssp);`;
  const th = skb.th!;
  const want = th.options.mss ?? 536;
  let mssind = msstab.length - 1;
  while (mssind > 0 && want < msstab[mssind]) mssind--;
  const count = Math.floor(E.now / COOKIE_PERIOD);
  const isn = (cookieHash(sk, skb.iph.saddr, skb.iph.daddr, th.source, th.dest, th.seq, count) | mssind) >>> 0;
  frame.isn = isn;
  return { isn, mss: msstab[mssind] };
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

export function* tcp_get_cookie_sock(sk: Sock, skb: SkBuff, req: RequestSock): Sim<Sock | null> {
  frame({ sk, skb, req, icsk: inet_csk(sk) });

  const own = { v: false };
  line`child = icsk->icsk_af_ops->syn_recv_sock(sk, skb, req, dst,`;
  const child = yield* inet_csk(sk).icsk_af_ops!.syn_recv_sock(sk, skb, req, null, own);
  frame.child = child;
  line`if (child) {`;
  if (child) {
    line`if (inet_csk_reqsk_queue_add(sk, req, child))`;
    if (yield* inet_csk_reqsk_queue_add(sk, req, child)) {
      line`return child;`;
      return child;
    }
  }
  line`__reqsk_free(req);`;
  req.freed = true;
  return null;
}

/** cookie_v4_check(): a non-SYN segment to a listener — the answer to a cookie SYN-ACK? */
export function* cookie_v4_check(sk: Sock, skb: SkBuff): Sim<Sock | null> {
  const th = skb.th!;
  const net = sk.skc_net;
  frame({ sk, skb, th, tp: tcp_sk(sk) });

  let ret: Sock | null = sk;
  line`__u32 cookie = ntohl(th->ack_seq) - 1;`;
  const cookie = (th.ack_seq - 1) >>> 0;
  frame.cookie = cookie;
  line`if (!sock_net(sk)->ipv4.sysctl_tcp_syncookies || !th->ack || th->rst)`;
  if (!net.sysctl['net.ipv4.tcp_syncookies'] || !th.ack || th.rst) {
    line`out:	return ret;`;
    return ret;
  }
  line`if (tcp_synq_no_recent_overflow(sk))`;
  const last = tcp_sk(sk).rx_opt.ts_recent_stamp;
  if (last < 0 || E.now > last + TCP_SYNCOOKIE_VALID) {
    line`out:	return ret;`;
    return ret;
  }
  line`mss = __cookie_v4_check(ip_hdr(skb), th, cookie);`;
  const mss = cookieCheck(sk, skb, cookie);
  frame.mss = mss;
  if (mss === 0) {
    line`__NET_INC_STATS(sock_net(sk), LINUX_MIB_SYNCOOKIESFAILED);`;
    NET_INC_STATS(net, MIB.SyncookiesFailed);
    line`out:	return ret;`;
    return ret;
  }
  line`__NET_INC_STATS(sock_net(sk), LINUX_MIB_SYNCOOKIESRECV);`;
  NET_INC_STATS(net, MIB.SyncookiesRecv);
  ret = null;
  line`req = inet_reqsk_alloc(&tcp_request_sock_ops, sk, false);`;
  const req = inet_reqsk_alloc(sk);
  frame.req = req;
  line`treq->rcv_isn		= ntohl(th->seq) - 1;`;
  req.rcv_isn = (th.seq - 1) >>> 0;
  req.rcv_nxt = th.seq;
  line`treq->snt_isn		= cookie;`;
  req.snt_isn = cookie;
  req.mss = mss;
  // (tcp_select_initial_window(sk, tcp_full_space(sk), req->mss, &req->rsk_rcv_wnd, &req->rsk_window_clamp, …))
  const rwin = tcp_select_initial_window(tcp_full_space(sk), mss, tcp_sk(sk).window_clamp);
  req.rsk_rcv_wnd = rwin.rcv_wnd;
  req.rsk_window_clamp = rwin.window_clamp;
  inet_rsk(req).ir_num = th.dest;
  inet_rsk(req).ir_rmt_port = th.source;
  line`sk_daddr_set(req_to_sk(req), ip_hdr(skb)->saddr);`;
  inet_rsk(req).ir_loc_addr = skb.iph.daddr;
  inet_rsk(req).ir_rmt_addr = skb.iph.saddr;
  line`ret = tcp_get_cookie_sock(sk, skb, req, &rt->dst, tsoff);`;
  ret = yield* tcp_get_cookie_sock(sk, skb, req);
  frame.ret = ret;
  line`out:	return ret;`;
  return ret;
}
