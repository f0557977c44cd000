// generated — do not edit. Written by scripts/gen-kernel.ts from src/kernel/net/ipv4/tcp_output.ts
// @ts-nocheck
// net/ipv4/tcp_output.c: building and sending segments — the SYN (tcp_connect), the SYN-ACK
// (tcp_make_synack), pure ACKs, FINs, active resets, and retransmissions.

import { E, Sim, tracingComm } from '../../../core/engine';
import { at, enter, leave } from '../../../core/engine';
import { defineFn } from '../../../core/anchors';
import { SkBuff, TcpHdr } from '../../../include/linux/skbuff';
import type { Sock } from '../../../include/net/sock';
import { kaddr } from '../../../include/net/sock';
import { inet_sk } from '../../../include/net/inet_sock';
import {
  inet_csk, inet_csk_in_pingpong_mode, ICSK_TIME_RETRANS, ICSK_ACK_SCHED, ICSK_ACK_TIMER, JIFFY,
  TCP_ATO_MIN, TCP_DELACK_MIN, TCP_DELACK_MAX,
} from '../../../include/net/inet_connection_sock';
import { tcp_sk } from '../../../include/linux/tcp';
import type { RequestSock } from '../../../include/net/request_sock';
import { inet_rsk, tcp_rsk } from '../../../include/net/request_sock';
import { MIB, NET_INC_STATS } from '../../../include/net/net_namespace';
import { IPPROTO_TCP } from '../../../include/uapi';
import { tcp_v4_send_synack } from './tcp_ipv4';

export const TCP_TIMEOUT_INIT = 1_000_000; // 1 s
export const TCP_RTO_MAX = 120_000_000; // 120 s
export const TCP_RTO_MIN = 200_000; // 200 ms
export const TCP_MSS_DEFAULT = 536;

/** The flags a segment goes out with (its TCPHDR_* bits). */
export interface TcpFlags {
  readonly syn: boolean;
  readonly ack: boolean;
  readonly fin: boolean;
  readonly rst: boolean;
  readonly psh: boolean;
}

/** TcpFlags, every field given (one object shape for every segment sent). */
export function tcpFlagsOf(syn: boolean, ack: boolean, fin: boolean, rst: boolean, psh: boolean): TcpFlags {
  return { syn, ack, fin, rst, psh };
}
/** The flag sets sent most, made once (TCPHDR_SYN, TCPHDR_SYN | TCPHDR_ACK, …). */
export const SYN = tcpFlagsOf(true, false, false, false, false);
export const SYN_ACK = tcpFlagsOf(true, true, false, false, false);
export const ACK = tcpFlagsOf(false, true, false, false, false);
export const FIN_ACK = tcpFlagsOf(false, true, true, false, false);
export const RST_ACK = tcpFlagsOf(false, true, false, true, false);

/** A TCP segment from saddr to daddr: a zeroed header with the ports (as __tcp_transmit_skb starts it). */
export function tcpSkb(saddr: string, daddr: string, source: number, dest: number, payload = ''): SkBuff {
  const skb = new SkBuff({ saddr, daddr, protocol: IPPROTO_TCP, ttl: 64, tot_len: 40 + payload.length });
  skb.th = { seq: 0, ack_seq: 0, doff: 5, fin: 0, syn: 0, rst: 0, psh: 0, ack: 0, urg: 0, ece: 0, cwr: 0, window: 0, check: 0, urg_ptr: 0, options: {}, source, dest };
  skb.payload = payload;
  return skb;
}

/** tcpSkb() with more of the header given (the replies built from a received segment: RST, ACK). */
export function makeTcpSkb(saddr: string, daddr: string, th: Partial<TcpHdr> & { source: number; dest: number }, payload = ''): SkBuff {
  const skb = tcpSkb(saddr, daddr, th.source, th.dest, payload);
  // (onto the zeroed header's own fields: its shape stays the one every segment has)
  Object.assign(skb.th!, th);
  if (skb.th!.options.mss) skb.th!.doff = 6;
  return skb;
}

/** ip_queue_xmit / ip_build_and_send_pkt → the link: a segment leaves the host. */
export function ip_output(sk: { skc_net: Sock['skc_net'] }, skb: SkBuff): void {
  NET_INC_STATS(sk.skc_net, MIB.OutSegs);
  sk.skc_net.host.world.transmit(sk.skc_net.host, skb);
}

/** The receive window we advertise (tcp_select_window, simplified: free receive buffer, ≤ 65535 unscaled). */
export function tcp_select_window(sk: Sock): number {
  let used = 0;
  for (const s of sk.sk_receive_queue) used += s.len;
  return Math.max(0, Math.min(65535, Math.floor((sk.sk_rcvbuf - used) / 2)));
}
const A$__tcp_transmit_skb = defineFn('net/ipv4/tcp_output.c', '__tcp_transmit_skb', [66, 67, 68, 69, 71, 74, 83, 94, 98, 104]);

/** __tcp_transmit_skb(): fill in the TCP header from the socket and hand the segment to IP. */
export function* __tcp_transmit_skb(sk: Sock, seq: number, flags: TcpFlags, payload = ''): Sim<SkBuff> {
  const inet = inet_sk(sk);
  const tp = tcp_sk(sk);
  const $f = enter(A$__tcp_transmit_skb, { sk, inet });
  try {

  if (at(A$__tcp_transmit_skb.L66)) yield;
  const skb = tcpSkb(inet.inet_saddr, inet.inet_daddr, inet.inet_sport, inet.inet_dport, payload);
  skb.sk = sk;
  $f.vars.skb = skb;
  const th = skb.th!;
  $f.vars.th = th;
  if (at(A$__tcp_transmit_skb.L67)) yield;
  if (at(A$__tcp_transmit_skb.L68)) yield;
  if (at(A$__tcp_transmit_skb.L69)) yield;
  th.seq = seq >>> 0;
  if (at(A$__tcp_transmit_skb.L71)) yield;
  th.ack_seq = flags.ack ? tp.rcv_nxt >>> 0 : 0;
  if (at(A$__tcp_transmit_skb.L74)) yield;
  th.syn = flags.syn ? 1 : 0;
  th.ack = flags.ack ? 1 : 0;
  th.fin = flags.fin ? 1 : 0;
  th.rst = flags.rst ? 1 : 0;
  th.psh = flags.psh ? 1 : 0;
  if (flags.syn) {
    th.options.mss = tp.advmss;
    th.doff = 6;
  }
  if (at(A$__tcp_transmit_skb.L83)) yield;
  // a SYN's window is never scaled; later segments advertise the free receive space
  th.window = flags.syn ? Math.min(tp.rcv_wnd || 65535, 65535) : tcp_select_window(sk);
  const a = inet_csk(sk).icsk_ack;
  if (flags.ack) {
    // tcp_event_ack_sent(): this segment carries our ACK — no delayed ACK is owed any more
    if (at(A$__tcp_transmit_skb.L94)) yield;
    tp.rcv_wup = tp.rcv_nxt;
    if (a.quick) {
      if (a.quick <= 1) {
        a.quick = 0;
        a.ato = TCP_ATO_MIN;
      } else a.quick--;
    }
    a.pending = 0;
  }
  if (payload.length) {
    // tcp_event_data_sent(): a reply soon after receiving counts towards interactive mode
    if (at(A$__tcp_transmit_skb.L98)) yield;
    tp.lsndtime = E.now;
    if (E.now - a.lrcvtime < a.ato && a.pingpong < 255) a.pingpong++;
  }
  if (at(A$__tcp_transmit_skb.L104)) yield;
  ip_output(sk, skb);
  return skb;
  } finally {
    leave($f);
  }
}

/** inet_csk_reset_xmit_timer(sk, ICSK_TIME_RETRANS, icsk_rto): arm the retransmit timer. */
export function inet_csk_reset_xmit_timer(sk: Sock, when: number): void {
  const icsk = inet_csk(sk);
  icsk.icsk_pending = ICSK_TIME_RETRANS;
  icsk.icsk_timeout = E.now + when;
  icsk.icsk_retransmit_timer!.mod(when);
}
/** inet_csk_clear_xmit_timer(sk, ICSK_TIME_RETRANS): nothing left to retransmit. */
export function inet_csk_clear_xmit_timer(sk: Sock): void {
  const icsk = inet_csk(sk);
  icsk.icsk_pending = 0;
  icsk.icsk_retransmit_timer?.del();
}
/** tcp_clear_xmit_timers(): the connection is over — no retransmission, no delayed ACK. */
export function tcp_clear_xmit_timers(sk: Sock): void {
  inet_csk_clear_xmit_timer(sk);
  const icsk = inet_csk(sk);
  icsk.icsk_ack.pending = 0;
  icsk.icsk_delack_timer?.del();
}
const A$tcp_connect_init = defineFn('net/ipv4/tcp_output.c', 'tcp_connect_init', [282, 301, 304, 307, 312, 313]);

function* tcp_connect_init(sk: Sock): Sim<void> {
  const tp = tcp_sk(sk);
  const $f = enter(A$tcp_connect_init, { sk, tp });
  try {

  if (at(A$tcp_connect_init.L282)) yield;
  tp.mss_cache = tp.advmss;
  tp.rcv_wnd = 65535;
  if (at(A$tcp_connect_init.L301)) yield;
  tp.snd_una = tp.write_seq;
  if (at(A$tcp_connect_init.L304)) yield;
  tp.snd_nxt = tp.write_seq;
  if (at(A$tcp_connect_init.L307)) yield;
  tp.rcv_nxt = 0;
  tp.rcv_wup = 0;
  tp.copied_seq = 0;
  if (at(A$tcp_connect_init.L312)) yield;
  inet_csk(sk).icsk_rto = TCP_TIMEOUT_INIT;
  if (at(A$tcp_connect_init.L313)) yield;
  inet_csk(sk).icsk_retransmits = 0;
  } finally {
    leave($f);
  }
}
const A$tcp_connect = defineFn('net/ipv4/tcp_output.c', 'tcp_connect', [331, 334, 338, 340, 341, 346, 351, 355, 357, 359]);

/** tcp_connect(): build the SYN, keep it for retransmission, send it, arm the retransmit timer. */
export function* tcp_connect(sk: Sock): Sim<number> {
  const tp = tcp_sk(sk);
  const $f = enter(A$tcp_connect, { sk, tp });
  try {

  if (at(A$tcp_connect.L331)) yield;
  ($E.fast || $E.twinOk[tcp_connect_init.k] === 1 ? tcp_connect_init$fast(sk) : yield* tcp_connect_init(sk));
  if (at(A$tcp_connect.L334)) yield;
  if (at(A$tcp_connect.L338)) yield;
  const seq = tp.write_seq;
  tp.write_seq = (tp.write_seq + 1) >>> 0;
  if (at(A$tcp_connect.L340)) yield;
  tp.retrans_stamp = E.now;
  if (at(A$tcp_connect.L341)) yield;
  if (at(A$tcp_connect.L346)) yield;
  const skb = ($E.fast || $E.twinOk[__tcp_transmit_skb.k] === 1 ? __tcp_transmit_skb$fast(sk, seq, SYN) : yield* __tcp_transmit_skb(sk, seq, SYN));
  $f.vars.buff = skb;
  tp.tcp_rtx_queue.push(skb);
  tp.packets_out = 1;
  if (at(A$tcp_connect.L351)) yield;
  tp.snd_nxt = tp.write_seq;
  tp.pushed_seq = tp.write_seq;
  if (at(A$tcp_connect.L355)) yield;
  NET_INC_STATS(sk.skc_net, MIB.ActiveOpens);
  if (at(A$tcp_connect.L357)) yield;
  inet_csk_reset_xmit_timer(sk, inet_csk(sk).icsk_rto);
  if (at(A$tcp_connect.L359)) yield;
  return 0;
  } finally {
    leave($f);
  }
}
const A$tcp_make_synack = defineFn('net/ipv4/tcp_output.c', 'tcp_make_synack', [219, 241, 242, 245, 246, 250, 252, 254, 261]);

/** tcp_make_synack(): the SYN-ACK is built from the request sock, not from a full socket. */
export function* tcp_make_synack(sk: Sock, req: RequestSock): Sim<SkBuff> {
  const ireq = inet_rsk(req);
  const treq = tcp_rsk(req);
  const $f = enter(A$tcp_make_synack, { sk, req, ireq });
  try {

  if (at(A$tcp_make_synack.L219)) yield;
  const skb = tcpSkb(ireq.ir_loc_addr, ireq.ir_rmt_addr, ireq.ir_num, ireq.ir_rmt_port);
  $f.vars.skb = skb;
  const th = skb.th!;
  $f.vars.th = th;
  if (at(A$tcp_make_synack.L241)) yield;
  th.syn = 1;
  if (at(A$tcp_make_synack.L242)) yield;
  th.ack = 1;
  if (at(A$tcp_make_synack.L245)) yield;
  if (at(A$tcp_make_synack.L246)) yield;
  if (at(A$tcp_make_synack.L250)) yield;
  th.seq = treq.snt_isn >>> 0;
  if (at(A$tcp_make_synack.L252)) yield;
  th.ack_seq = treq.rcv_nxt >>> 0;
  if (at(A$tcp_make_synack.L254)) yield;
  th.window = Math.min(req.rsk_rcv_wnd, 65535);
  th.options.mss = tcp_sk(sk).advmss;
  th.doff = 6;
  if (at(A$tcp_make_synack.L261)) yield;
  return skb;
  } finally {
    leave($f);
  }
}
const A$tcp_send_delayed_ack = defineFn('net/ipv4/tcp_output.c', 'tcp_send_delayed_ack', [374, 378, 380, 383, 389, 391]);

/** tcp_send_delayed_ack(): arm the delayed-ACK timer ato from now (a reply may carry the ACK first). */
export function* tcp_send_delayed_ack(sk: Sock): Sim<void> {
  const icsk = inet_csk(sk);
  const a = icsk.icsk_ack;
  const $f = enter(A$tcp_send_delayed_ack, { sk, icsk });
  try {

  let ato = a.ato;
  if (at(A$tcp_send_delayed_ack.L374)) yield;
  if (ato > TCP_DELACK_MIN) {
    let max_ato = 500_000;
    if (inet_csk_in_pingpong_mode(sk) || a.pending & 4 /* ICSK_ACK_PUSHED */) max_ato = TCP_DELACK_MAX;
    ato = Math.min(ato, max_ato);
  }
  $f.vars.ato = ato;
  if (at(A$tcp_send_delayed_ack.L378)) yield;
  // jiffies + ato; a timer due now still waits for the next tick
  let timeout = E.now + Math.max(ato, JIFFY);
  if (at(A$tcp_send_delayed_ack.L380)) yield;
  if (a.pending & ICSK_ACK_TIMER) {
    if (a.timeout <= E.now + (ato >> 2)) {
      if (at(A$tcp_send_delayed_ack.L383)) yield;
      ($E.fast || $E.twinOk[tcp_send_ack.k] === 1 ? tcp_send_ack$fast(sk) : yield* tcp_send_ack(sk));
      return;
    }
    if (timeout >= a.timeout) timeout = a.timeout;
  }
  if (at(A$tcp_send_delayed_ack.L389)) yield;
  a.pending |= ICSK_ACK_SCHED | ICSK_ACK_TIMER;
  a.timeout = timeout;
  if (at(A$tcp_send_delayed_ack.L391)) yield;
  icsk.icsk_delack_timer!.mod(timeout - E.now);
  } finally {
    leave($f);
  }
}
const A$__tcp_send_ack = defineFn('net/ipv4/tcp_output.c', '__tcp_send_ack', [404, 407, 419, 423]);

export function* __tcp_send_ack(sk: Sock, rcv_nxt: number): Sim<void> {
  const $f = enter(A$__tcp_send_ack, { sk, rcv_nxt });
  try {
  if (at(A$__tcp_send_ack.L404)) yield;
  if (sk.sk_state === 7 /* TCP_CLOSE */) return;
  if (at(A$__tcp_send_ack.L407)) yield;
  if (at(A$__tcp_send_ack.L419)) yield;
  if (at(A$__tcp_send_ack.L423)) yield;
  ($E.fast || $E.twinOk[__tcp_transmit_skb.k] === 1 ? __tcp_transmit_skb$fast(sk, tcp_sk(sk).snd_nxt, ACK) : yield* __tcp_transmit_skb(sk, tcp_sk(sk).snd_nxt, ACK));
  } finally {
    leave($f);
  }
}
const A$tcp_send_ack = defineFn('net/ipv4/tcp_output.c', 'tcp_send_ack', [434]);

export function* tcp_send_ack(sk: Sock): Sim<void> {
  const $f = enter(A$tcp_send_ack, { sk });
  try {
  if (at(A$tcp_send_ack.L434)) yield;
  ($E.fast || $E.twinOk[__tcp_send_ack.k] === 1 ? __tcp_send_ack$fast(sk, tcp_sk(sk).rcv_nxt) : yield* __tcp_send_ack(sk, tcp_sk(sk).rcv_nxt));
  } finally {
    leave($f);
  }
}
const A$tcp_send_fin = defineFn('net/ipv4/tcp_output.c', 'tcp_send_fin', [141, 153, 160, 163, 166]);

/** tcp_send_fin(): queue a FIN (it takes one sequence number) and push it out. */
export function* tcp_send_fin(sk: Sock): Sim<void> {
  const tp = tcp_sk(sk);
  const $f = enter(A$tcp_send_fin, { sk, tp });
  try {

  if (at(A$tcp_send_fin.L141)) yield;
  if (at(A$tcp_send_fin.L153)) yield;
  if (at(A$tcp_send_fin.L160)) yield;
  const seq = tp.write_seq;
  if (at(A$tcp_send_fin.L163)) yield;
  tp.write_seq = (tp.write_seq + 1) >>> 0;
  if (at(A$tcp_send_fin.L166)) yield;
  const skb = ($E.fast || $E.twinOk[__tcp_transmit_skb.k] === 1 ? __tcp_transmit_skb$fast(sk, seq, FIN_ACK) : yield* __tcp_transmit_skb(sk, seq, FIN_ACK));
  $f.vars.skb = skb;
  tp.tcp_rtx_queue.push(skb);
  tp.packets_out++;
  tp.snd_nxt = tp.write_seq;
  if (!inet_csk(sk).icsk_retransmit_timer?.pending) inet_csk_reset_xmit_timer(sk, inet_csk(sk).icsk_rto);
  } finally {
    leave($f);
  }
}

/** Sends queued data: one segment per MSS chunk, PSH on the last (tcp_write_xmit, simplified). */
export function* tcp_push(sk: Sock, data: string): Sim<void> {
  const tp = tcp_sk(sk);
  const mss = tp.mss_cache || TCP_MSS_DEFAULT;
  for (let off = 0; off < data.length; off += mss) {
    const chunk = data.slice(off, off + mss);
    const seq = tp.snd_nxt;
    const skb = ($E.fast || $E.twinOk[__tcp_transmit_skb.k] === 1 ? __tcp_transmit_skb$fast(sk, seq, tcpFlagsOf(false, true, false, false, off + mss >= data.length), chunk) : yield* __tcp_transmit_skb(sk, seq, tcpFlagsOf(false, true, false, false, off + mss >= data.length), chunk));
    tp.tcp_rtx_queue.push(skb);
    tp.packets_out++;
    tp.snd_nxt = (tp.snd_nxt + chunk.length) >>> 0;
  }
  if (!inet_csk(sk).icsk_retransmit_timer?.pending && tp.packets_out) inet_csk_reset_xmit_timer(sk, inet_csk(sk).icsk_rto);
}
const A$tcp_send_active_reset = defineFn('net/ipv4/tcp_output.c', 'tcp_send_active_reset', [182, 189, 193, 196]);

/** tcp_send_active_reset(): abort — a RST with an acceptable sequence number, no retransmission. */
export function* tcp_send_active_reset(sk: Sock): Sim<void> {
  const $f = enter(A$tcp_send_active_reset, { sk });
  try {
  if (at(A$tcp_send_active_reset.L182)) yield;
  if (at(A$tcp_send_active_reset.L189)) yield;
  if (at(A$tcp_send_active_reset.L193)) yield;
  ($E.fast || $E.twinOk[__tcp_transmit_skb.k] === 1 ? __tcp_transmit_skb$fast(sk, tcp_sk(sk).snd_nxt, RST_ACK) : yield* __tcp_transmit_skb(sk, tcp_sk(sk).snd_nxt, RST_ACK));
  NET_INC_STATS(sk.skc_net, MIB.OutRsts);
  if (at(A$tcp_send_active_reset.L196)) yield;
  traceReset('tcp_send_reset', sk);
  } finally {
    leave($f);
  }
}

/** tcp:tcp_send_reset / tcp_receive_reset / tcp_destroy_sock, with the socket's addresses. */
export function traceReset(ev: 'tcp_send_reset' | 'tcp_receive_reset' | 'tcp_destroy_sock', sk: Sock, skb?: SkBuff): void {
  if (!E.recording) return;
  const inet = inet_sk(sk);
  const host = sk.skc_net.host.name;
  const comm = tracingComm();
  // (stored as numbers by whoever records: the trace, the history a view draws)
  const skbId = skb ? skb.objId : -1;
  if (E.trace !== null) E.trace.tcpEvent(E.now, ev, host, comm, sk.objId, skbId, inet.inet_saddr, inet.inet_sport, inet.inet_daddr, inet.inet_dport);
  if (E.history !== null) E.history.tcpEvent(E.now, ev, host, comm, sk.objId, skbId, inet.inet_saddr, inet.inet_sport, inet.inet_daddr, inet.inet_dport);
}
const A$tcp_retransmit_skb = defineFn('net/ipv4/tcp_output.c', 'tcp_retransmit_skb', [120, 125]);

/** tcp_retransmit_skb(): send the oldest unacknowledged segment again. */
export function* tcp_retransmit_skb(sk: Sock, skb: SkBuff): Sim<void> {
  const tp = tcp_sk(sk);
  const $f = enter(A$tcp_retransmit_skb, { sk, skb });
  try {

  if (at(A$tcp_retransmit_skb.L120)) yield;
  const th = skb.th!;
  const again = ($E.fast || $E.twinOk[__tcp_transmit_skb.k] === 1 ? __tcp_transmit_skb$fast(sk, th.seq, tcpFlagsOf(!!th.syn, !!th.ack, !!th.fin, false, !!th.psh), skb.payload) : yield* __tcp_transmit_skb(sk, th.seq, tcpFlagsOf(!!th.syn, !!th.ack, !!th.fin, false, !!th.psh), skb.payload));
  const i = tp.tcp_rtx_queue.indexOf(skb);
  if (i >= 0) tp.tcp_rtx_queue[i] = again;
  if (at(A$tcp_retransmit_skb.L125)) yield;
  tp.total_retrans++;
  } finally {
    leave($f);
  }
}
const A$tcp_rtx_synack = defineFn('net/ipv4/tcp_output.c', 'tcp_rtx_synack', [451, 457]);

/** tcp_rtx_synack(): the request sock's timer resends the SYN-ACK (traced; the first one is not). */
export function* tcp_rtx_synack(sk: Sock, req: RequestSock): Sim<number> {
  const $f = enter(A$tcp_rtx_synack, { sk, req });
  try {
  if (at(A$tcp_rtx_synack.L451)) yield;
  ($E.fast || $E.twinOk[tcp_v4_send_synack.k] === 1 ? tcp_v4_send_synack$fast(sk, req) : yield* tcp_v4_send_synack(sk, req));
  NET_INC_STATS(sk.skc_net, MIB.TCPSynRetrans);
  if (at(A$tcp_rtx_synack.L457)) yield;
  if (E.recording) {
    const ireq = inet_rsk(req);
    E.emit({
      ev: 'tcp_retransmit_synack',
      t: E.now,
      host: sk.skc_net.host.name,
      comm: tracingComm(),
      skaddr: kaddr(sk.objId),
      req: kaddr(req.objId),
      family: 'AF_INET',
      saddr: ireq.ir_loc_addr,
      sport: ireq.ir_num,
      daddr: ireq.ir_rmt_addr,
      dport: ireq.ir_rmt_port,
    });
  }
  // inet_rtx_syn_ack(), the caller, counts it: req->num_retrans++
  req.num_retrans++;
  return 0;
  } finally {
    leave($f);
  }
}



// ---- fast-path twins (scripts/twins.cjs) ----
import { E as $E, FAST_FRAME as $FF, driveToEnd as $drive, registerTwin as $kreg } from '../../../core/engine';
import { tcp_v4_send_synack$fast as tcp_v4_send_synack$fast } from './tcp_ipv4';
export function __tcp_transmit_skb$fast(sk: Sock, seq: number, flags: TcpFlags, payload = ''): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0;
  const inet = inet_sk(sk);
  const tp = tcp_sk(sk);
  const $f = ($tb !== null && ($o = (A$__tcp_transmit_skb.L66 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {

  ++$s;
  const skb = tcpSkb(inet.inet_saddr, inet.inet_daddr, inet.inet_sport, inet.inet_dport, payload);
  skb.sk = sk;
  
  const th = skb.th!;
  
  $s += 5; if ($tb !== null) ($o = (A$__tcp_transmit_skb.L67 | 4194304), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  
  
  th.seq = seq >>> 0;
  
  th.ack_seq = flags.ack ? tp.rcv_nxt >>> 0 : 0;
  
  th.syn = flags.syn ? 1 : 0;
  th.ack = flags.ack ? 1 : 0;
  th.fin = flags.fin ? 1 : 0;
  th.rst = flags.rst ? 1 : 0;
  th.psh = flags.psh ? 1 : 0;
  if (flags.syn) {
    th.options.mss = tp.advmss;
    th.doff = 6;
  }
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__tcp_transmit_skb.L83) : $tb.op($e.now, A$__tcp_transmit_skb.L83));
  // a SYN's window is never scaled; later segments advertise the free receive space
  th.window = flags.syn ? Math.min(tp.rcv_wnd || 65535, 65535) : tcp_select_window(sk);
  const a = inet_csk(sk).icsk_ack;
  if (flags.ack) {
    // tcp_event_ack_sent(): this segment carries our ACK — no delayed ACK is owed any more
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__tcp_transmit_skb.L94) : $tb.op($e.now, A$__tcp_transmit_skb.L94));
    tp.rcv_wup = tp.rcv_nxt;
    if (a.quick) {
      if (a.quick <= 1) {
        a.quick = 0;
        a.ato = TCP_ATO_MIN;
      } else a.quick--;
    }
    a.pending = 0;
  }
  if (payload.length) {
    // tcp_event_data_sent(): a reply soon after receiving counts towards interactive mode
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__tcp_transmit_skb.L98) : $tb.op($e.now, A$__tcp_transmit_skb.L98));
    tp.lsndtime = E.now;
    if (E.now - a.lrcvtime < a.ato && a.pingpong < 255) a.pingpong++;
  }
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__tcp_transmit_skb.L104) : $tb.op($e.now, A$__tcp_transmit_skb.L104));
  ip_output(sk, skb);
  return ($r = (skb), ($e.steps += $s, $tb !== null && ($o = (A$__tcp_transmit_skb.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
function tcp_connect_init$fast(sk: Sock): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $s = 0;
  const tp = tcp_sk(sk);
  const $f = ($tb !== null && ($o = (A$tcp_connect_init.L282 | 274726912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {

  $s += 6;
  tp.mss_cache = tp.advmss;
  tp.rcv_wnd = 65535;
  
  tp.snd_una = tp.write_seq;
  
  tp.snd_nxt = tp.write_seq;
  
  tp.rcv_nxt = 0;
  tp.rcv_wup = 0;
  tp.copied_seq = 0;
  
  inet_csk(sk).icsk_rto = TCP_TIMEOUT_INIT;
  
  inet_csk(sk).icsk_retransmits = 0;
  } ($e.steps += $s, $tb !== null && ($o = (A$tcp_connect_init.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
}
export function tcp_connect$fast(sk: Sock): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0; let $x = -1;
  const tp = tcp_sk(sk);
  const $f = ($tb !== null && ($o = (A$tcp_connect.L331 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {

  ++$s;
  tcp_connect_init$fast(sk);
  $s += 5; if ($tb !== null) ($o = (A$tcp_connect.L334 | 4194304), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  
  const seq = tp.write_seq;
  tp.write_seq = (tp.write_seq + 1) >>> 0;
  
  tp.retrans_stamp = E.now;
  
  
  const skb = __tcp_transmit_skb$fast(sk, seq, SYN);
  
  tp.tcp_rtx_queue.push(skb);
  tp.packets_out = 1;
  $s += 2; if ($tb !== null) ($o = (A$tcp_connect.L351 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  tp.snd_nxt = tp.write_seq;
  tp.pushed_seq = tp.write_seq;
  
  NET_INC_STATS(sk.skc_net, MIB.ActiveOpens);
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_connect.L357) : $tb.op($e.now, A$tcp_connect.L357));
  inet_csk_reset_xmit_timer(sk, inet_csk(sk).icsk_rto);
  ++$s; $x = A$tcp_connect.L359 | 1048576;
  return ($r = (0), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_connect.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
export function tcp_make_synack$fast(sk: Sock, req: RequestSock): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0; let $x = -1;
  const ireq = inet_rsk(req);
  const treq = tcp_rsk(req);
  const $f = ($tb !== null && ($o = (A$tcp_make_synack.L219 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {

  ++$s;
  const skb = tcpSkb(ireq.ir_loc_addr, ireq.ir_rmt_addr, ireq.ir_num, ireq.ir_rmt_port);
  
  const th = skb.th!;
  
  $s += 7; if ($tb !== null) ($o = (A$tcp_make_synack.L241 | 6291456), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  th.syn = 1;
  
  th.ack = 1;
  
  
  
  th.seq = treq.snt_isn >>> 0;
  
  th.ack_seq = treq.rcv_nxt >>> 0;
  
  th.window = Math.min(req.rsk_rcv_wnd, 65535);
  th.options.mss = tcp_sk(sk).advmss;
  th.doff = 6;
  ++$s; $x = A$tcp_make_synack.L261 | 1048576;
  return ($r = (skb), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_make_synack.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
export function tcp_send_delayed_ack$fast(sk: Sock): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $s = 0;
  const icsk = inet_csk(sk);
  const a = icsk.icsk_ack;
  const $f = ($tb !== null && ($o = (A$tcp_send_delayed_ack.L374 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {

  let ato = a.ato;
  ++$s;
  if (ato > TCP_DELACK_MIN) {
    let max_ato = 500_000;
    if (inet_csk_in_pingpong_mode(sk) || a.pending & 4 /* ICSK_ACK_PUSHED */) max_ato = TCP_DELACK_MAX;
    ato = Math.min(ato, max_ato);
  }
  
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_send_delayed_ack.L378) : $tb.op($e.now, A$tcp_send_delayed_ack.L378));
  // jiffies + ato; a timer due now still waits for the next tick
  let timeout = E.now + Math.max(ato, JIFFY);
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_send_delayed_ack.L380) : $tb.op($e.now, A$tcp_send_delayed_ack.L380));
  if (a.pending & ICSK_ACK_TIMER) {
    if (a.timeout <= E.now + (ato >> 2)) {
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_send_delayed_ack.L383) : $tb.op($e.now, A$tcp_send_delayed_ack.L383));
      tcp_send_ack$fast(sk);
      { ($e.steps += $s, $tb !== null && ($o = (A$tcp_send_delayed_ack.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))); return; }
    }
    if (timeout >= a.timeout) timeout = a.timeout;
  }
  $s += 2; if ($tb !== null) ($o = (A$tcp_send_delayed_ack.L389 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  a.pending |= ICSK_ACK_SCHED | ICSK_ACK_TIMER;
  a.timeout = timeout;
  
  icsk.icsk_delack_timer!.mod(timeout - E.now);
  } ($e.steps += $s, $tb !== null && ($o = (A$tcp_send_delayed_ack.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
}
export function __tcp_send_ack$fast(sk: Sock, rcv_nxt: number): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $s = 0;
  const $f = ($tb !== null && ($o = (A$__tcp_send_ack.L404 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  ++$s;
  if (sk.sk_state === 7 /* TCP_CLOSE */) { ($e.steps += $s, $tb !== null && ($o = (A$__tcp_send_ack.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))); return; }
  $s += 3; if ($tb !== null) ($o = (A$__tcp_send_ack.L407 | 2097152), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  
  
  __tcp_transmit_skb$fast(sk, tcp_sk(sk).snd_nxt, ACK);
  } ($e.steps += $s, $tb !== null && ($o = (A$__tcp_send_ack.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
}
export function tcp_send_ack$fast(sk: Sock): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $s = 0;
  const $f = ($tb !== null && ($o = (A$tcp_send_ack.L434 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  ++$s;
  __tcp_send_ack$fast(sk, tcp_sk(sk).rcv_nxt);
  } ($e.steps += $s, $tb !== null && ($o = (A$tcp_send_ack.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
}
export function tcp_send_fin$fast(sk: Sock): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $s = 0;
  const tp = tcp_sk(sk);
  const $f = ($tb !== null && ($o = (A$tcp_send_fin.L141 | 273678336), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {

  $s += 5;
  
  
  const seq = tp.write_seq;
  
  tp.write_seq = (tp.write_seq + 1) >>> 0;
  
  const skb = __tcp_transmit_skb$fast(sk, seq, FIN_ACK);
  
  tp.tcp_rtx_queue.push(skb);
  tp.packets_out++;
  tp.snd_nxt = tp.write_seq;
  if (!inet_csk(sk).icsk_retransmit_timer?.pending) inet_csk_reset_xmit_timer(sk, inet_csk(sk).icsk_rto);
  } ($e.steps += $s, $tb !== null && ($o = (A$tcp_send_fin.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
}
export function tcp_push$fast(sk: Sock, data: string): any { const $e = $E;
  const tp = tcp_sk(sk);
  const mss = tp.mss_cache || TCP_MSS_DEFAULT;
  for (let off = 0; off < data.length; off += mss) {
    const chunk = data.slice(off, off + mss);
    const seq = tp.snd_nxt;
    const skb = __tcp_transmit_skb$fast(sk, seq, tcpFlagsOf(false, true, false, false, off + mss >= data.length), chunk);
    tp.tcp_rtx_queue.push(skb);
    tp.packets_out++;
    tp.snd_nxt = (tp.snd_nxt + chunk.length) >>> 0;
  }
  if (!inet_csk(sk).icsk_retransmit_timer?.pending && tp.packets_out) inet_csk_reset_xmit_timer(sk, inet_csk(sk).icsk_rto);
}
export function tcp_send_active_reset$fast(sk: Sock): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $s = 0;
  const $f = ($tb !== null && ($o = (A$tcp_send_active_reset.L182 | 271581184), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  $s += 3;
  
  
  __tcp_transmit_skb$fast(sk, tcp_sk(sk).snd_nxt, RST_ACK);
  NET_INC_STATS(sk.skc_net, MIB.OutRsts);
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_send_active_reset.L196) : $tb.op($e.now, A$tcp_send_active_reset.L196));
  traceReset('tcp_send_reset', sk);
  } ($e.steps += $s, $tb !== null && ($o = (A$tcp_send_active_reset.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
}
export function tcp_retransmit_skb$fast(sk: Sock, skb: SkBuff): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $s = 0;
  const tp = tcp_sk(sk);
  const $f = ($tb !== null && ($o = (A$tcp_retransmit_skb.L120 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {

  ++$s;
  const th = skb.th!;
  const again = __tcp_transmit_skb$fast(sk, th.seq, tcpFlagsOf(!!th.syn, !!th.ack, !!th.fin, false, !!th.psh), skb.payload);
  const i = tp.tcp_rtx_queue.indexOf(skb);
  if (i >= 0) tp.tcp_rtx_queue[i] = again;
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_retransmit_skb.L125) : $tb.op($e.now, A$tcp_retransmit_skb.L125));
  tp.total_retrans++;
  } ($e.steps += $s, $tb !== null && ($o = (A$tcp_retransmit_skb.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
}
export function tcp_rtx_synack$fast(sk: Sock, req: RequestSock): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0;
  const $f = ($tb !== null && ($o = (A$tcp_rtx_synack.L451 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  ++$s;
  tcp_v4_send_synack$fast(sk, req);
  NET_INC_STATS(sk.skc_net, MIB.TCPSynRetrans);
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_rtx_synack.L457) : $tb.op($e.now, A$tcp_rtx_synack.L457));
  if (E.recording) {
    const ireq = inet_rsk(req);
    E.emit({
      ev: 'tcp_retransmit_synack',
      t: E.now,
      host: sk.skc_net.host.name,
      comm: tracingComm(),
      skaddr: kaddr(sk.objId),
      req: kaddr(req.objId),
      family: 'AF_INET',
      saddr: ireq.ir_loc_addr,
      sport: ireq.ir_num,
      daddr: ireq.ir_rmt_addr,
      dport: ireq.ir_rmt_port,
    });
  }
  // inet_rtx_syn_ack(), the caller, counts it: req->num_retrans++
  req.num_retrans++;
  return ($r = (0), ($e.steps += $s, $tb !== null && ($o = (A$tcp_rtx_synack.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
$kreg(__tcp_transmit_skb, __tcp_transmit_skb$fast, '__tcp_transmit_skb', () => []);
$kreg(tcp_connect_init, tcp_connect_init$fast, 'tcp_connect_init', () => []);
$kreg(tcp_connect, tcp_connect$fast, 'tcp_connect', () => [__tcp_transmit_skb, tcp_connect_init]);
$kreg(tcp_make_synack, tcp_make_synack$fast, 'tcp_make_synack', () => []);
$kreg(tcp_send_delayed_ack, tcp_send_delayed_ack$fast, 'tcp_send_delayed_ack', () => [tcp_send_ack]);
$kreg(__tcp_send_ack, __tcp_send_ack$fast, '__tcp_send_ack', () => [__tcp_transmit_skb]);
$kreg(tcp_send_ack, tcp_send_ack$fast, 'tcp_send_ack', () => [__tcp_send_ack]);
$kreg(tcp_send_fin, tcp_send_fin$fast, 'tcp_send_fin', () => [__tcp_transmit_skb]);
$kreg(tcp_push, tcp_push$fast, 'tcp_push', () => [__tcp_transmit_skb]);
$kreg(tcp_send_active_reset, tcp_send_active_reset$fast, 'tcp_send_active_reset', () => [__tcp_transmit_skb]);
$kreg(tcp_retransmit_skb, tcp_retransmit_skb$fast, 'tcp_retransmit_skb', () => [__tcp_transmit_skb]);
$kreg(tcp_rtx_synack, tcp_rtx_synack$fast, 'tcp_rtx_synack', () => [tcp_v4_send_synack]);
