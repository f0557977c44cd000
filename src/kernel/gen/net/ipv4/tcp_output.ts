// generated — do not edit. Written by scripts/gen-kernel.ts from src/kernel/net/ipv4/tcp_output.ts
// @ts-nocheck
// net/ipv4/tcp_output.c: building and sending segments — the SYN (tcp_connect), the SYN-ACK
// (tcp_make_synack), pure ACKs, FINs, active resets, and retransmissions.

import { E, Sim, tracingComm } from '../../../core/engine';
import type { TcpSockEvent } from '../../../core/trace';
import type { Rtable } from '../../../include/linux/netdevice';
import { at, enter, leave } from '../../../core/engine';
import { defineFn } from '../../../core/anchors';
import {
  SkBuff, TcpHdr, end_seq, tcpSkbLayout, skb_push, skb_reset_transport_header, TCPCB_LOST, TCPCB_SACKED_RETRANS, TCPCB_EVER_RETRANS,
} from '../../../include/linux/skbuff';
import type { Sock } from '../../../include/net/sock';
import { kaddr } from '../../../include/net/sock';
import { inet_sk } from '../../../include/net/inet_sock';
import {
  inet_csk, inet_csk_in_pingpong_mode, ICSK_TIME_RETRANS, ICSK_TIME_PROBE0, tcp_in_cwnd_reduction, ICSK_ACK_SCHED, ICSK_ACK_TIMER, JIFFY,
  TCP_ATO_MIN, TCP_DELACK_MIN, TCP_DELACK_MAX,
} from '../../../include/net/inet_connection_sock';
import { TcpSock, tcp_sk, tcp_receive_window, before, after } from '../../../include/linux/tcp';
import type { RequestSock } from '../../../include/net/request_sock';
import { inet_rsk, tcp_rsk } from '../../../include/net/request_sock';
import { MIB, NET_INC_STATS } from '../../../include/net/net_namespace';
import { IPPROTO_TCP, ERRNO } from '../../../include/uapi';
import { tcp_v4_send_synack } from './tcp_ipv4';
import { __ip_queue_xmit, dst_mtu } from './ip_output';
import { ip_route_output_ports } from './route';

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
  const skb = new SkBuff({ saddr, daddr, protocol: IPPROTO_TCP, ttl: 64, tot_len: 40 + payload.length, id: 0, frag_off: 0 });
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

/** sk_rmem_alloc: the truesize of what the receive and out-of-order queues hold (each skb: its data + TCP_SKB_TRUESIZE). */
export function sk_rmem_alloc(sk: Sock): number {
  const rq = sk.sk_receive_queue;
  const oq = tcp_sk(sk).out_of_order_queue;
  let used = (rq.length + oq.length) * TCP_SKB_TRUESIZE;
  for (let i = 0; i < rq.length; i++) used += rq[i].len;
  for (let i = 0; i < oq.length; i++) used += oq[i].len;
  return used;
}

/** tcp_win_from_space(): the window a buffer of `space` bytes gives (tcp_adv_win_scale 1: half of it — the rest is overhead). */
function tcp_win_from_space(space: number): number {
  return space - (space >> 1);
}

/** tcp_space(): the free receive buffer as window. */
function tcp_space(sk: Sock): number {
  return tcp_win_from_space(sk.sk_rcvbuf - sk_rmem_alloc(sk));
}

/**
 * dst_metric_advmss() — ipv4_default_advmss (net/ipv4/route.c): the MSS a route offers, its MTU less
 * the IP and TCP headers, at least ip_rt_min_advmss (256), at most IPV4_MAX_PMTU − 40: 1460 on a
 * 1500-byte eth0, 65495 on lo.
 */
export function dst_metric_advmss(rt: Rtable): number {
  return Math.min(Math.max(dst_mtu(rt) - 40, 256), 65535 - 40);
}

/** tcp_bound_to_half_wnd() (include/net/tcp.h): no segment larger than half the largest window the peer offered. */
function tcp_bound_to_half_wnd(tp: TcpSock, pktsize: number): number {
  const cutoff = tp.max_window > TCP_MSS_DEFAULT ? tp.max_window >> 1 : tp.max_window;
  return cutoff && pktsize > cutoff ? Math.max(cutoff, 68 - 20) : pktsize;
}

/**
 * tcp_sync_mss(): the MSS for a path MTU (tcp_mtu_to_mss: less the IP and TCP headers, at most the
 * peer's MSS — rx_opt.mss_clamp —, at least tcp_min_snd_mss 48), bounded to half the peer's largest
 * window; remembered as the pmtu cookie. No path MTU probing here (tcp_mtu_probing 0).
 */
export function tcp_sync_mss(sk: Sock, pmtu: number): number {
  const tp = tcp_sk(sk);
  let mss_now = pmtu - 20 - 20;
  if (mss_now > tp.rx_opt.mss_clamp) mss_now = tp.rx_opt.mss_clamp;
  mss_now = Math.max(mss_now, 48);
  mss_now = tcp_bound_to_half_wnd(tp, mss_now);
  inet_csk(sk).icsk_pmtu_cookie = pmtu;
  tp.mss_cache = mss_now;
  return mss_now;
}

/**
 * tcp_initialize_rcv_mss(): the first guess of the peer's segment size, which the delayed-ACK logic
 * compares with what arrives — our MSS, at most half our window, at most TCP_MSS_DEFAULT, at least
 * TCP_MIN_MSS (88): 536 unless the MTU is under 576.
 */
export function tcp_initialize_rcv_mss(sk: Sock): void {
  const tp = tcp_sk(sk);
  let hint = Math.min(tp.advmss, tp.mss_cache);
  hint = Math.min(hint, Math.floor(tp.rcv_wnd / 2));
  hint = Math.min(hint, TCP_MSS_DEFAULT);
  hint = Math.max(hint, 88);
  inet_csk(sk).icsk_ack.rcv_mss = hint;
}

/** tcp_full_space(): the window the whole receive buffer would give. */
export function tcp_full_space(sk: Sock): number {
  return tcp_win_from_space(sk.sk_rcvbuf);
}

/**
 * tcp_select_initial_window() (v5.4 tcp_output.c:204) as this model calls it — no window scaling
 * (tcp_window_scaling 0), no signed-window workaround, no initial-window route metric: the space,
 * clamped, rounded down to whole MSS, at most 65535 (64240 for the default buffer and an MSS of 1460);
 * the clamp no higher than 65535. (No SO_RCVBUF here: the user's buffer lock never limits the clamp.)
 */
export function tcp_select_initial_window(space: number, mss: number, window_clamp: number): { rcv_wnd: number; window_clamp: number } {
  if (window_clamp === 0) window_clamp = 65535 * 2 ** 14;
  space = Math.min(window_clamp, Math.max(0, space));
  if (space > mss) space -= space % mss;
  return { rcv_wnd: Math.min(space, 65535), window_clamp: Math.min(65535, window_clamp) };
}

/**
 * __tcp_select_window(): the window we could offer now (no window scaling) — 0 once the free space
 * falls under a sixteenth of the buffer or one MSS, else the free space (up to rcv_ssthresh) in
 * whole MSS, the old window kept while it is within one MSS of that.
 */
export function __tcp_select_window(sk: Sock): number {
  const tp = tcp_sk(sk);
  let mss = inet_csk(sk).icsk_ack.rcv_mss;
  let free_space = tcp_space(sk);
  const allowed_space = tcp_full_space(sk);
  const full_space = Math.min(tp.window_clamp || 65535, allowed_space);
  if (mss > full_space) {
    mss = full_space;
    if (mss <= 0) return 0;
  }
  if (free_space < full_space >> 1) {
    inet_csk(sk).icsk_ack.quick = 0;
    if (free_space < allowed_space >> 4 || free_space < mss) return 0;
  }
  if (free_space > tp.rcv_ssthresh) free_space = tp.rcv_ssthresh;
  let window = tp.rcv_wnd;
  if (window <= free_space - mss || window > free_space) window = free_space - (free_space % mss);
  else if (mss === full_space && free_space > window + (full_space >> 1)) window = free_space;
  return window;
}

/** tcp_select_window(): the window this segment advertises — never less than what is left of the last one; rcv_wup moves to rcv_nxt. */
export function tcp_select_window(sk: Sock): number {
  const tp = tcp_sk(sk);
  const cur_win = tcp_receive_window(tp);
  let new_win = __tcp_select_window(sk);
  if (new_win < cur_win) new_win = cur_win;
  tp.rcv_wnd = new_win;
  tp.rcv_wup = tp.rcv_nxt;
  return Math.min(new_win, 65535);
}
const A$__tcp_transmit_skb = defineFn('net/ipv4/tcp_output.c', '__tcp_transmit_skb', [62, 63, 66, 67, 68, 69, 71, 74, 83, 94, 98, 104]);

/** __tcp_transmit_skb(): fill in the TCP header from the socket and hand the segment to IP. */
export function* __tcp_transmit_skb(sk: Sock, seq: number, flags: TcpFlags, payload = ''): Sim<SkBuff> {
  const inet = inet_sk(sk);
  const tp = tcp_sk(sk);
  const $f = enter(A$__tcp_transmit_skb, { sk, inet });
  try {

  const skb = tcpSkb(inet.inet_saddr, inet.inet_daddr, inet.inet_sport, inet.inet_dport, payload);
  skb.skb_mstamp = E.now;
  // (the skb as sk_stream_alloc_skb made it: MAX_TCP_HEADER of room, the payload)
  tcpSkbLayout(skb);
  skb.sk = sk;
  $f.vars.skb = skb;
  if (at(A$__tcp_transmit_skb.L62)) yield;
  skb_push(skb, flags.syn ? 24 : 20);
  if (at(A$__tcp_transmit_skb.L63)) yield;
  skb_reset_transport_header(skb);
  if (at(A$__tcp_transmit_skb.L66)) yield;
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
  NET_INC_STATS(sk.skc_net, MIB.OutSegs);
  ($E.fast || $E.twinOk[__ip_queue_xmit.k] === 1 ? __ip_queue_xmit$fast(sk, skb) : yield* __ip_queue_xmit(sk, skb));
  return skb;
  } finally {
    leave($f);
  }
}

/** inet_csk_reset_xmit_timer(sk, ICSK_TIME_RETRANS, icsk_rto): arm the retransmit timer. */
export function inet_csk_reset_xmit_timer(sk: Sock, when: number): void {
  tcp_reset_xmit_timer(sk, ICSK_TIME_RETRANS, when);
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
const A$tcp_connect_init = defineFn('net/ipv4/tcp_output.c', 'tcp_connect_init', [293, 312, 315, 318, 323, 324]);

function* tcp_connect_init(sk: Sock): Sim<void> {
  const tp = tcp_sk(sk);
  const $f = enter(A$tcp_connect_init, { sk, tp });
  try {

  const dst = sk.sk_dst_cache!;
  if (at(A$tcp_connect_init.L293)) yield;
  tcp_sync_mss(sk, dst_mtu(dst));
  // (tp->advmss = tcp_mss_clamp(tp, dst_metric_advmss(dst)): what the SYN offers)
  tp.advmss = dst_metric_advmss(dst);
  // (tcp_select_initial_window(sk, tcp_full_space(sk), tp->advmss, &tp->rcv_wnd, &tp->window_clamp, …): the SYN's window)
  const w = tcp_select_initial_window(tcp_full_space(sk), tp.advmss, tp.window_clamp);
  tp.rcv_wnd = w.rcv_wnd;
  tp.window_clamp = w.window_clamp;
  tp.rcv_ssthresh = tp.rcv_wnd;
  tcp_initialize_rcv_mss(sk);
  if (at(A$tcp_connect_init.L312)) yield;
  tp.snd_una = tp.write_seq;
  if (at(A$tcp_connect_init.L315)) yield;
  tp.snd_nxt = tp.write_seq;
  if (at(A$tcp_connect_init.L318)) yield;
  tp.rcv_nxt = 0;
  tp.rcv_wup = 0;
  tp.copied_seq = 0;
  if (at(A$tcp_connect_init.L323)) yield;
  inet_csk(sk).icsk_rto = TCP_TIMEOUT_INIT;
  if (at(A$tcp_connect_init.L324)) yield;
  inet_csk(sk).icsk_retransmits = 0;
  } finally {
    leave($f);
  }
}
const A$tcp_connect = defineFn('net/ipv4/tcp_output.c', 'tcp_connect', [342, 345, 349, 351, 352, 357, 362, 366, 368, 370]);

/** tcp_connect(): build the SYN, keep it for retransmission, send it, arm the retransmit timer. */
export function* tcp_connect(sk: Sock): Sim<number> {
  const tp = tcp_sk(sk);
  const $f = enter(A$tcp_connect, { sk, tp });
  try {

  if (at(A$tcp_connect.L342)) yield;
  ($E.fast || $E.twinOk[tcp_connect_init.k] === 1 ? tcp_connect_init$fast(sk) : yield* tcp_connect_init(sk));
  if (at(A$tcp_connect.L345)) yield;
  if (at(A$tcp_connect.L349)) yield;
  const seq = tp.write_seq;
  tp.write_seq = (tp.write_seq + 1) >>> 0;
  if (at(A$tcp_connect.L351)) yield;
  tp.retrans_stamp = E.now;
  if (at(A$tcp_connect.L352)) yield;
  if (at(A$tcp_connect.L357)) yield;
  const skb = ($E.fast || $E.twinOk[__tcp_transmit_skb.k] === 1 ? __tcp_transmit_skb$fast(sk, seq, SYN) : yield* __tcp_transmit_skb(sk, seq, SYN));
  // (the SYN sent is the one queued: its own clone, for skb_still_in_host_queue)
  skb.fclone = skb;
  $f.vars.buff = skb;
  tp.tcp_rtx_queue.push(skb);
  tp.packets_out = 1;
  if (at(A$tcp_connect.L362)) yield;
  tp.snd_nxt = tp.write_seq;
  tp.pushed_seq = tp.write_seq;
  if (at(A$tcp_connect.L366)) yield;
  NET_INC_STATS(sk.skc_net, MIB.ActiveOpens);
  if (at(A$tcp_connect.L368)) yield;
  inet_csk_reset_xmit_timer(sk, inet_csk(sk).icsk_rto);
  if (at(A$tcp_connect.L370)) yield;
  return 0;
  } finally {
    leave($f);
  }
}
const A$tcp_make_synack = defineFn('net/ipv4/tcp_output.c', 'tcp_make_synack', [230, 235, 238, 247, 248, 252, 253, 256, 257, 261, 263, 265, 272]);

/** tcp_make_synack(): the SYN-ACK is built from the request sock, not from a full socket. */
export function* tcp_make_synack(sk: Sock, req: RequestSock): Sim<SkBuff> {
  const ireq = inet_rsk(req);
  const treq = tcp_rsk(req);
  const $f = enter(A$tcp_make_synack, { sk, req, ireq });
  try {

  if (at(A$tcp_make_synack.L230)) yield;
  const skb = tcpSkb(ireq.ir_loc_addr, ireq.ir_rmt_addr, ireq.ir_num, ireq.ir_rmt_port);
  // (the first SYN-ACK's time: the handshake's RTT sample when the final ACK comes, unless it was retransmitted)
  if (!req.num_retrans) treq.snt_synack = E.now;
  $f.vars.skb = skb;
  if (at(A$tcp_make_synack.L235)) yield;
  tcpSkbLayout(skb);
  if (at(A$tcp_make_synack.L238)) yield;
  // (the route inet_csk_route_req found for the client's address)
  skb._skb_refdst = ip_route_output_ports(sk.sk_net, ireq.ir_rmt_addr);
  if (at(A$tcp_make_synack.L247)) yield;
  skb_push(skb, 24);
  if (at(A$tcp_make_synack.L248)) yield;
  skb_reset_transport_header(skb);
  const th = skb.th!;
  $f.vars.th = th;
  if (at(A$tcp_make_synack.L252)) yield;
  th.syn = 1;
  if (at(A$tcp_make_synack.L253)) yield;
  th.ack = 1;
  if (at(A$tcp_make_synack.L256)) yield;
  if (at(A$tcp_make_synack.L257)) yield;
  if (at(A$tcp_make_synack.L261)) yield;
  th.seq = treq.snt_isn >>> 0;
  if (at(A$tcp_make_synack.L263)) yield;
  th.ack_seq = treq.rcv_nxt >>> 0;
  if (at(A$tcp_make_synack.L265)) yield;
  th.window = Math.min(req.rsk_rcv_wnd, 65535);
  // (tcp_synack_options: mss = tcp_mss_clamp(tp, dst_metric_advmss(dst)), the route to the client's)
  th.options.mss = dst_metric_advmss(ip_route_output_ports(sk.skc_net, inet_rsk(req).ir_rmt_addr));
  th.doff = 6;
  if (at(A$tcp_make_synack.L272)) yield;
  return skb;
  } finally {
    leave($f);
  }
}
const A$tcp_send_delayed_ack = defineFn('net/ipv4/tcp_output.c', 'tcp_send_delayed_ack', [385, 389, 391, 394, 400, 402]);

/** tcp_send_delayed_ack(): arm the delayed-ACK timer ato from now (a reply may carry the ACK first). */
export function* tcp_send_delayed_ack(sk: Sock): Sim<void> {
  const icsk = inet_csk(sk);
  const a = icsk.icsk_ack;
  const $f = enter(A$tcp_send_delayed_ack, { sk, icsk });
  try {

  let ato = a.ato;
  if (at(A$tcp_send_delayed_ack.L385)) yield;
  if (ato > TCP_DELACK_MIN) {
    let max_ato = 500_000;
    if (inet_csk_in_pingpong_mode(sk) || a.pending & 4 /* ICSK_ACK_PUSHED */) max_ato = TCP_DELACK_MAX;
    ato = Math.min(ato, max_ato);
  }
  $f.vars.ato = ato;
  if (at(A$tcp_send_delayed_ack.L389)) yield;
  // jiffies + ato; a timer due now still waits for the next tick
  let timeout = E.now + Math.max(ato, JIFFY);
  if (at(A$tcp_send_delayed_ack.L391)) yield;
  if (a.pending & ICSK_ACK_TIMER) {
    if (a.timeout <= E.now + (ato >> 2)) {
      if (at(A$tcp_send_delayed_ack.L394)) yield;
      ($E.fast || $E.twinOk[tcp_send_ack.k] === 1 ? tcp_send_ack$fast(sk) : yield* tcp_send_ack(sk));
      return;
    }
    if (timeout >= a.timeout) timeout = a.timeout;
  }
  if (at(A$tcp_send_delayed_ack.L400)) yield;
  a.pending |= ICSK_ACK_SCHED | ICSK_ACK_TIMER;
  a.timeout = timeout;
  if (at(A$tcp_send_delayed_ack.L402)) yield;
  icsk.icsk_delack_timer!.mod(timeout - E.now);
  } finally {
    leave($f);
  }
}
const A$__tcp_send_ack = defineFn('net/ipv4/tcp_output.c', '__tcp_send_ack', [415, 418, 430, 434]);

export function* __tcp_send_ack(sk: Sock, rcv_nxt: number): Sim<void> {
  const $f = enter(A$__tcp_send_ack, { sk, rcv_nxt });
  try {
  if (at(A$__tcp_send_ack.L415)) yield;
  if (sk.sk_state === 7 /* TCP_CLOSE */) return;
  if (at(A$__tcp_send_ack.L418)) yield;
  if (at(A$__tcp_send_ack.L430)) yield;
  if (at(A$__tcp_send_ack.L434)) yield;
  ($E.fast || $E.twinOk[__tcp_transmit_skb.k] === 1 ? __tcp_transmit_skb$fast(sk, tcp_sk(sk).snd_nxt, ACK) : yield* __tcp_transmit_skb(sk, tcp_sk(sk).snd_nxt, ACK));
  } finally {
    leave($f);
  }
}
const A$tcp_send_ack = defineFn('net/ipv4/tcp_output.c', 'tcp_send_ack', [445]);

export function* tcp_send_ack(sk: Sock): Sim<void> {
  const $f = enter(A$tcp_send_ack, { sk });
  try {
  if (at(A$tcp_send_ack.L445)) yield;
  ($E.fast || $E.twinOk[__tcp_send_ack.k] === 1 ? __tcp_send_ack$fast(sk, tcp_sk(sk).rcv_nxt) : yield* __tcp_send_ack(sk, tcp_sk(sk).rcv_nxt));
  } finally {
    leave($f);
  }
}
const A$tcp_send_fin = defineFn('net/ipv4/tcp_output.c', 'tcp_send_fin', [146, 152, 154, 155, 156, 163, 171, 174, 177]);

/** tcp_send_fin(): put a FIN on the last unsent skb, or queue an empty FIN skb, and push it out. */
export function* tcp_send_fin(sk: Sock): Sim<void> {
  const tp = tcp_sk(sk);
  const q = sk.sk_write_queue;
  const tskb = q.length ? q[q.length - 1] : null;
  const $f = enter(A$tcp_send_fin, { sk, tp, tskb });
  try {

  if (at(A$tcp_send_fin.L146)) yield;
  if (at(A$tcp_send_fin.L152)) yield;
  if (tskb !== null) {
    if (at(A$tcp_send_fin.L154)) yield;
    tskb.th!.fin = 1;
    if (at(A$tcp_send_fin.L155)) yield;
    if (at(A$tcp_send_fin.L156)) yield;
    tp.write_seq = (tp.write_seq + 1) >>> 0;
  } else {
    if (at(A$tcp_send_fin.L163)) yield;
    const skb = tcpQueueSkb(sk, tp.write_seq);
    $f.vars.skb = skb;
    if (at(A$tcp_send_fin.L171)) yield;
    skb.th!.fin = 1;
    if (at(A$tcp_send_fin.L174)) yield;
    tcp_queue_skb(sk, skb);
  }
  if (at(A$tcp_send_fin.L177)) yield;
  ($E.fast || $E.twinOk[__tcp_push_pending_frames.k] === 1 ? __tcp_push_pending_frames$fast(sk, tcp_current_mss(sk), TCP_NAGLE_OFF) : yield* __tcp_push_pending_frames(sk, tcp_current_mss(sk), TCP_NAGLE_OFF));
  } finally {
    leave($f);
  }
}

// tp->nonagle bits and tcp_write_xmit's push_one
export const TCP_NAGLE_OFF = 1;
export const TCP_NAGLE_CORK = 2;
export const TCP_NAGLE_PUSH = 4;

/**
 * SKB_TRUESIZE(MAX_TCP_HEADER): what an skb of the write queue costs before its data — the 320-byte
 * head sk_stream_alloc_skb asks for, SKB_DATA_ALIGN(sizeof(struct sk_buff)) = 256 and
 * SKB_DATA_ALIGN(sizeof(struct skb_shared_info)) = 320 on x86-64; its data adds its length.
 */
export const TCP_SKB_TRUESIZE = 320 + 256 + 320;

/**
 * A queued segment (sk_stream_alloc_skb / alloc_skb_fclone + skb_entail's control block): seq =
 * end_seq = seq, ACK, no data yet. The header fields stand for TCP_SKB_CB(skb)'s seq and tcp_flags.
 */
export function tcpQueueSkb(sk: Sock, seq: number): SkBuff {
  const inet = inet_sk(sk);
  const skb = tcpSkb(inet.inet_saddr, inet.inet_daddr, inet.inet_sport, inet.inet_dport);
  skb.sk = sk;
  const th = skb.th!;
  th.seq = seq >>> 0;
  th.ack = 1;
  return skb;
}

/** tcp_queue_skb(): an skb (the FIN's) onto the write queue; write_seq moves to its end. */
function tcp_queue_skb(sk: Sock, skb: SkBuff): void {
  const tp = tcp_sk(sk);
  tp.write_seq = end_seq(skb);
  sk.sk_write_queue.push(skb);
  sk.sk_wmem_queued += TCP_SKB_TRUESIZE;
}

/** tcp_current_mss(): the MSS to send with now (no options: timestamps are off). */
export function tcp_current_mss(sk: Sock): number {
  return tcp_sk(sk).mss_cache || TCP_MSS_DEFAULT;
}

/** tcp_packets_in_flight(): sent and not ACKed, minus what is known to have left the network, plus retransmissions. */
export function tcp_packets_in_flight(tp: TcpSock): number {
  return tp.packets_out - (tp.sacked_out + tp.lost_out) + tp.retrans_out;
}

/** tcp_wnd_end(): the first sequence number beyond the peer's window. */
function tcp_wnd_end(tp: TcpSock): number {
  return (tp.snd_una + tp.snd_wnd) >>> 0;
}
const A$tcp_cwnd_test = defineFn('net/ipv4/tcp_output.c', 'tcp_cwnd_test', [484, 486, 489, 490, 491, 492, 494, 495]);

/** tcp_cwnd_test(): how many segments congestion control lets us send now (0: cwnd is full). */
function* tcp_cwnd_test(tp: TcpSock, skb: SkBuff): Sim<number> {
  const $f = enter(A$tcp_cwnd_test, { tp, skb });
  try {
  if (at(A$tcp_cwnd_test.L484)) yield;
  if (skb.th!.fin && skb.len <= tp.mss_cache) {
    if (at(A$tcp_cwnd_test.L486)) yield;
    return 1;
  }
  if (at(A$tcp_cwnd_test.L489)) yield;
  const in_flight = tcp_packets_in_flight(tp);
  $f.vars.in_flight = in_flight;
  if (at(A$tcp_cwnd_test.L490)) yield;
  const cwnd = tp.snd_cwnd;
  $f.vars.cwnd = cwnd;
  if (at(A$tcp_cwnd_test.L491)) yield;
  if (in_flight >= cwnd) {
    if (at(A$tcp_cwnd_test.L492)) yield;
    return 0;
  }
  if (at(A$tcp_cwnd_test.L494)) yield;
  const halfcwnd = Math.max(cwnd >>> 1, 1);
  if (at(A$tcp_cwnd_test.L495)) yield;
  return Math.min(halfcwnd, cwnd - in_flight);
  } finally {
    leave($f);
  }
}
const A$tcp_snd_wnd_test = defineFn('net/ipv4/tcp_output.c', 'tcp_snd_wnd_test', [508, 513]);

/** tcp_snd_wnd_test(): does the segment fit in the window the peer offers? */
function* tcp_snd_wnd_test(tp: TcpSock, skb: SkBuff, cur_mss: number): Sim<boolean> {
  const $f = enter(A$tcp_snd_wnd_test, { tp, skb, cur_mss });
  try {
  if (at(A$tcp_snd_wnd_test.L508)) yield;
  const end = end_seq(skb);
  $f.vars.end_seq = end;
  if (at(A$tcp_snd_wnd_test.L513)) yield;
  return !after(end, tcp_wnd_end(tp));
  } finally {
    leave($f);
  }
}
const A$tcp_nagle_test = defineFn('net/ipv4/tcp_output.c', 'tcp_nagle_test', [525, 526, 528, 529, 531, 532, 534]);

/** tcp_nagle_test(): may this segment go now under Nagle's rule (Minshall's variant)? */
function* tcp_nagle_test(tp: TcpSock, skb: SkBuff, cur_mss: number, nonagle: number): Sim<boolean> {
  const $f = enter(A$tcp_nagle_test, { tp, skb, cur_mss, nonagle });
  try {
  if (at(A$tcp_nagle_test.L525)) yield;
  if (nonagle & TCP_NAGLE_PUSH) {
    if (at(A$tcp_nagle_test.L526)) yield;
    return true;
  }
  if (at(A$tcp_nagle_test.L528)) yield;
  if (skb.th!.fin) {
    if (at(A$tcp_nagle_test.L529)) yield;
    return true;
  }
  if (at(A$tcp_nagle_test.L531)) yield;
  // tcp_nagle_check(): a small segment waits while corked, or (Nagle on) while an earlier small one is unACKed
  const partial = skb.len < cur_mss;
  const minshall = after(tp.snd_sml, tp.snd_una) && !after(tp.snd_sml, tp.snd_nxt);
  if (!(partial && (nonagle & TCP_NAGLE_CORK || (!nonagle && tp.packets_out > 0 && minshall)))) {
    if (at(A$tcp_nagle_test.L532)) yield;
    return true;
  }
  if (at(A$tcp_nagle_test.L534)) yield;
  return false;
  } finally {
    leave($f);
  }
}
const A$tcp_event_new_data_sent = defineFn('net/ipv4/tcp_output.c', 'tcp_event_new_data_sent', [549, 551, 552, 554, 555, 556]);

/** tcp_event_new_data_sent(): the segment is out — snd_nxt moves, it goes to the retransmit queue, the RTO is armed. */
function* tcp_event_new_data_sent(sk: Sock, skb: SkBuff): Sim<void> {
  const tp = tcp_sk(sk);
  const prior_packets = tp.packets_out;
  const $f = enter(A$tcp_event_new_data_sent, { sk, skb, prior_packets });
  try {
  if (at(A$tcp_event_new_data_sent.L549)) yield;
  tp.snd_nxt = end_seq(skb);
  if (at(A$tcp_event_new_data_sent.L551)) yield;
  sk.sk_write_queue.shift();
  if (at(A$tcp_event_new_data_sent.L552)) yield;
  tp.tcp_rtx_queue.push(skb);
  if (at(A$tcp_event_new_data_sent.L554)) yield;
  tp.packets_out++;
  if (at(A$tcp_event_new_data_sent.L555)) yield;
  if (!prior_packets) {
    if (at(A$tcp_event_new_data_sent.L556)) yield;
    inet_csk_reset_xmit_timer(sk, inet_csk(sk).icsk_rto);
  }
  } finally {
    leave($f);
  }
}
const A$tcp_cwnd_validate = defineFn('net/ipv4/tcp_output.c', 'tcp_cwnd_validate', [573, 575, 576, 577]);

/** tcp_cwnd_validate(): remember the window's most segments in flight and whether cwnd was the limit. */
function* tcp_cwnd_validate(sk: Sock, is_cwnd_limited: boolean): Sim<void> {
  const tp = tcp_sk(sk);
  const $f = enter(A$tcp_cwnd_validate, { sk, is_cwnd_limited });
  try {
  if (at(A$tcp_cwnd_validate.L573)) yield;
  if (!before(tp.snd_una, tp.max_packets_seq) || tp.packets_out > tp.max_packets_out) {
    if (at(A$tcp_cwnd_validate.L575)) yield;
    tp.max_packets_out = tp.packets_out;
    if (at(A$tcp_cwnd_validate.L576)) yield;
    tp.max_packets_seq = tp.snd_nxt;
    if (at(A$tcp_cwnd_validate.L577)) yield;
    tp.is_cwnd_limited = is_cwnd_limited;
  }
  } finally {
    leave($f);
  }
}
const A$tcp_write_xmit = defineFn('net/ipv4/tcp_output.c', 'tcp_write_xmit', [619, 628, 629, 633, 637, 638, 639, 644, 647, 655, 659, 662, 664, 665, 670, 671, 672, 675, 676, 677, 679]);

/**
 * tcp_write_xmit(): send what the write queue holds while congestion window, receive window and
 * Nagle allow; true when nothing is in flight and something is left (the caller arms the probe timer).
 */
export function* tcp_write_xmit(sk: Sock, mss_now: number, nonagle: number, push_one: number): Sim<boolean> {
  const tp = tcp_sk(sk);
  const $f = enter(A$tcp_write_xmit, { sk, mss_now, nonagle, push_one, tp });
  try {

  let is_cwnd_limited = false;
  let sent_pkts = 0;
  $f.vars.sent_pkts = 0;
  const q = sk.sk_write_queue;
  if (at(A$tcp_write_xmit.L619)) yield;
  while (q.length) {
    const skb = q[0];
    $f.vars.skb = skb;
    if (at(A$tcp_write_xmit.L628)) yield;
    const cwnd_quota = ($E.fast || $E.twinOk[tcp_cwnd_test.k] === 1 ? tcp_cwnd_test$fast(tp, skb) : yield* tcp_cwnd_test(tp, skb));
    $f.vars.cwnd_quota = cwnd_quota;
    if (at(A$tcp_write_xmit.L629)) yield;
    if (!cwnd_quota) {
      if (at(A$tcp_write_xmit.L633)) yield;
      break;
    }
    if (at(A$tcp_write_xmit.L637)) yield;
    if (!(($E.fast || $E.twinOk[tcp_snd_wnd_test.k] === 1 ? tcp_snd_wnd_test$fast(tp, skb, mss_now) : yield* tcp_snd_wnd_test(tp, skb, mss_now)))) {
      if (at(A$tcp_write_xmit.L638)) yield;
      if (at(A$tcp_write_xmit.L639)) yield;
      break;
    }
    if (at(A$tcp_write_xmit.L644)) yield;
    if (!(($E.fast || $E.twinOk[tcp_nagle_test.k] === 1 ? tcp_nagle_test$fast(tp, skb, mss_now, q.length === 1 ? nonagle : TCP_NAGLE_PUSH) : yield* tcp_nagle_test(tp, skb, mss_now, q.length === 1 ? nonagle : TCP_NAGLE_PUSH)))) {
      if (at(A$tcp_write_xmit.L647)) yield;
      break;
    }
    if (at(A$tcp_write_xmit.L655)) yield;
    ($E.fast || $E.twinOk[tcp_transmit_skb.k] === 1 ? tcp_transmit_skb$fast(sk, skb) : yield* tcp_transmit_skb(sk, skb));
    if (at(A$tcp_write_xmit.L659)) yield;
    ($E.fast || $E.twinOk[tcp_event_new_data_sent.k] === 1 ? tcp_event_new_data_sent$fast(sk, skb) : yield* tcp_event_new_data_sent(sk, skb));
    // (tcp_minshall_update: a short segment's end is remembered for Nagle)
    if (skb.len < mss_now) tp.snd_sml = end_seq(skb);
    if (at(A$tcp_write_xmit.L662)) yield;
    sent_pkts++;
    $f.vars.sent_pkts = sent_pkts;
    if (at(A$tcp_write_xmit.L664)) yield;
    if (push_one) {
      if (at(A$tcp_write_xmit.L665)) yield;
      break;
    }
  }
  if (at(A$tcp_write_xmit.L670)) yield;
  if (sent_pkts) {
    if (tcp_in_cwnd_reduction(sk)) {
      if (at(A$tcp_write_xmit.L671)) yield;
      if (at(A$tcp_write_xmit.L672)) yield;
      tp.prr_out += sent_pkts;
    }
    if (at(A$tcp_write_xmit.L675)) yield;
    is_cwnd_limited = tcp_packets_in_flight(tp) >= tp.snd_cwnd;
    if (at(A$tcp_write_xmit.L676)) yield;
    ($E.fast || $E.twinOk[tcp_cwnd_validate.k] === 1 ? tcp_cwnd_validate$fast(sk, is_cwnd_limited) : yield* tcp_cwnd_validate(sk, is_cwnd_limited));
    if (at(A$tcp_write_xmit.L677)) yield;
    return false;
  }
  if (at(A$tcp_write_xmit.L679)) yield;
  return !tp.packets_out && q.length > 0;
  } finally {
    leave($f);
  }
}

/** tcp_transmit_skb(sk, skb, 1, …): a clone of the queued skb goes out; the original stays for retransmission. */
export function* tcp_transmit_skb(sk: Sock, skb: SkBuff): Sim<SkBuff> {
  const th = skb.th!;
  skb.skb_mstamp = E.now;
  const clone = ($E.fast || $E.twinOk[__tcp_transmit_skb.k] === 1 ? __tcp_transmit_skb$fast(sk, th.seq, QUEUED_FLAGS[th.syn | (th.ack << 1) | (th.fin << 2) | (th.psh << 3)], skb.payload) : yield* __tcp_transmit_skb(sk, th.seq, QUEUED_FLAGS[th.syn | (th.ack << 1) | (th.fin << 2) | (th.psh << 3)], skb.payload));
  skb.fclone = clone;
  return clone;
}

/** The flags a queued skb can go out with (SYN, ACK, FIN, PSH bits 0–3), made once: no object per segment. */
const QUEUED_FLAGS: readonly TcpFlags[] = Array.from({ length: 16 }, (_, b) => tcpFlagsOf(!!(b & 1), !!(b & 2), !!(b & 4), false, !!(b & 8)));
const A$__tcp_push_pending_frames = defineFn('net/ipv4/tcp_output.c', '__tcp_push_pending_frames', [691, 694, 696]);

/** __tcp_push_pending_frames(): send what may go; with nothing in flight and data held back, arm the zero-window probe. */
export function* __tcp_push_pending_frames(sk: Sock, cur_mss: number, nonagle: number): Sim<void> {
  const $f = enter(A$__tcp_push_pending_frames, { sk, cur_mss, nonagle });
  try {
  if (at(A$__tcp_push_pending_frames.L691)) yield;
  if (sk.sk_state === 7 /* TCP_CLOSE */) return;
  if (at(A$__tcp_push_pending_frames.L694)) yield;
  if (($E.fast || $E.twinOk[tcp_write_xmit.k] === 1 ? tcp_write_xmit$fast(sk, cur_mss, nonagle, 0) : yield* tcp_write_xmit(sk, cur_mss, nonagle, 0))) {
    if (at(A$__tcp_push_pending_frames.L696)) yield;
    tcp_check_probe_timer(sk);
  }
  } finally {
    leave($f);
  }
}
const A$tcp_push_one = defineFn('net/ipv4/tcp_output.c', 'tcp_push_one', [710]);

/** tcp_push_one(): send the one full skb at the send head now. */
export function* tcp_push_one(sk: Sock, mss_now: number): Sim<void> {
  const $f = enter(A$tcp_push_one, { sk, mss_now });
  try {
  if (at(A$tcp_push_one.L710)) yield;
  ($E.fast || $E.twinOk[tcp_write_xmit.k] === 1 ? tcp_write_xmit$fast(sk, mss_now, TCP_NAGLE_PUSH, 1) : yield* tcp_write_xmit(sk, mss_now, TCP_NAGLE_PUSH, 1));
  } finally {
    leave($f);
  }
}

/** tcp_push_pending_frames(): __tcp_push_pending_frames with the current MSS and the socket's Nagle setting. */
export function* tcp_push_pending_frames(sk: Sock): Sim<void> {
  if (sk.sk_write_queue.length) ($E.fast || $E.twinOk[__tcp_push_pending_frames.k] === 1 ? __tcp_push_pending_frames$fast(sk, tcp_current_mss(sk), tcp_sk(sk).nonagle) : yield* __tcp_push_pending_frames(sk, tcp_current_mss(sk), tcp_sk(sk).nonagle));
}

/** tcp_check_probe_timer(): nothing in flight, no timer: arm the zero-window probe (ICSK_TIME_PROBE0). */
export function tcp_check_probe_timer(sk: Sock): void {
  const icsk = inet_csk(sk);
  if (!tcp_sk(sk).packets_out && !icsk.icsk_pending) tcp_reset_xmit_timer(sk, ICSK_TIME_PROBE0, tcp_probe0_when(sk, TCP_RTO_MAX));
}

/** tcp_probe0_when(): the probe's interval — the RTO (at least TCP_RTO_MIN), doubled per unanswered probe. */
export function tcp_probe0_when(sk: Sock, max_when: number): number {
  const icsk = inet_csk(sk);
  const base = Math.max(icsk.icsk_rto, TCP_RTO_MIN);
  return Math.min(base * 2 ** icsk.icsk_backoff, max_when);
}

/** tcp_reset_xmit_timer() / inet_csk_reset_xmit_timer(): arm the write timer for `what` (RETRANS or PROBE0). */
export function tcp_reset_xmit_timer(sk: Sock, what: number, when: number): void {
  const icsk = inet_csk(sk);
  icsk.icsk_pending = what;
  icsk.icsk_timeout = E.now + when;
  icsk.icsk_retransmit_timer!.mod(when);
}
const A$tcp_write_wakeup = defineFn('net/ipv4/tcp_output.c', 'tcp_write_wakeup', [724, 727, 728, 747, 749, 750, 755]);

/** tcp_write_wakeup(): a zero-window probe — one byte beyond the window if there is data, else an old sequence number. */
export function* tcp_write_wakeup(sk: Sock): Sim<number> {
  const tp = tcp_sk(sk);
  const $f = enter(A$tcp_write_wakeup, { sk, tp });
  try {
  if (at(A$tcp_write_wakeup.L724)) yield;
  if (sk.sk_state === 7 /* TCP_CLOSE */) return -1;
  if (at(A$tcp_write_wakeup.L727)) yield;
  const skb = sk.sk_write_queue[0];
  if (at(A$tcp_write_wakeup.L728)) yield;
  if (skb && before(skb.th!.seq, tcp_wnd_end(tp))) {
    // the window opened a little: send what fits (not reached while the window is zero)
    if (at(A$tcp_write_wakeup.L747)) yield;
    ($E.fast || $E.twinOk[tcp_transmit_skb.k] === 1 ? tcp_transmit_skb$fast(sk, skb) : yield* tcp_transmit_skb(sk, skb));
    if (at(A$tcp_write_wakeup.L749)) yield;
    ($E.fast || $E.twinOk[tcp_event_new_data_sent.k] === 1 ? tcp_event_new_data_sent$fast(sk, skb) : yield* tcp_event_new_data_sent(sk, skb));
    if (at(A$tcp_write_wakeup.L750)) yield;
    return 0;
  }
  if (at(A$tcp_write_wakeup.L755)) yield;
  // tcp_xmit_probe_skb(sk, 0): a bare ACK with sequence snd_una - 1 — the peer must answer with its window
  ($E.fast || $E.twinOk[__tcp_transmit_skb.k] === 1 ? __tcp_transmit_skb$fast(sk, (tp.snd_una - 1) >>> 0, ACK) : yield* __tcp_transmit_skb(sk, (tp.snd_una - 1) >>> 0, ACK));
  return 0;
  } finally {
    leave($f);
  }
}
const A$tcp_send_probe0 = defineFn('net/ipv4/tcp_output.c', 'tcp_send_probe0', [773, 775, 776, 777, 781, 782, 783, 785, 789]);

/** tcp_send_probe0(): the zero-window probe timer fired — probe, and back off while the window stays shut. */
export function* tcp_send_probe0(sk: Sock): Sim<void> {
  const icsk = inet_csk(sk);
  const tp = tcp_sk(sk);
  const $f = enter(A$tcp_send_probe0, { sk, icsk, tp });
  try {
  if (at(A$tcp_send_probe0.L773)) yield;
  const err = ($E.fast || $E.twinOk[tcp_write_wakeup.k] === 1 ? tcp_write_wakeup$fast(sk) : yield* tcp_write_wakeup(sk));
  if (at(A$tcp_send_probe0.L775)) yield;
  if (tp.packets_out || !sk.sk_write_queue.length) {
    // the window opened (data is in flight) or nothing is left to send: no more probes
    if (at(A$tcp_send_probe0.L776)) yield;
    icsk.icsk_probes_out = 0;
    if (at(A$tcp_send_probe0.L777)) yield;
    icsk.icsk_backoff = 0;
    return;
  }
  if (at(A$tcp_send_probe0.L781)) yield;
  icsk.icsk_probes_out++;
  if (at(A$tcp_send_probe0.L782)) yield;
  if (err <= 0) {
    if (at(A$tcp_send_probe0.L783)) yield;
    if (icsk.icsk_backoff < 15) icsk.icsk_backoff++;
    if (at(A$tcp_send_probe0.L785)) yield;
  }
  if (at(A$tcp_send_probe0.L789)) yield;
  tcp_reset_xmit_timer(sk, ICSK_TIME_PROBE0, tcp_probe0_when(sk, TCP_RTO_MAX));
  } finally {
    leave($f);
  }
}
const A$tcp_xmit_retransmit_queue = defineFn('net/ipv4/tcp_output.c', 'tcp_xmit_retransmit_queue', [806, 809, 812, 822, 823, 828, 830, 842, 848, 849, 853, 854, 856, 858]);

/**
 * tcp_xmit_retransmit_queue(): retransmit the segments marked lost, as far as cwnd allows (fast
 * retransmit and recovery after an RTO); the head's retransmission re-arms the RTO.
 */
export function* tcp_xmit_retransmit_queue(sk: Sock): Sim<void> {
  const tp = tcp_sk(sk);
  const $f = enter(A$tcp_xmit_retransmit_queue, { sk, tp });
  try {
  if (at(A$tcp_xmit_retransmit_queue.L806)) yield;
  if (!tp.packets_out) return;
  if (at(A$tcp_xmit_retransmit_queue.L809)) yield;
  const rtx = tp.tcp_rtx_queue;
  const rtx_head = rtx[0];
  if (at(A$tcp_xmit_retransmit_queue.L812)) yield;
  for (let i = 0; i < rtx.length; i++) {
    const skb = rtx[i];
    $f.vars.skb = skb;
    if (at(A$tcp_xmit_retransmit_queue.L822)) yield;
    const segs = tp.snd_cwnd - tcp_packets_in_flight(tp);
    $f.vars.segs = segs;
    if (at(A$tcp_xmit_retransmit_queue.L823)) yield;
    if (segs <= 0) return;
    if (at(A$tcp_xmit_retransmit_queue.L828)) yield;
    if (tp.retrans_out >= tp.lost_out) break;
    if (at(A$tcp_xmit_retransmit_queue.L830)) yield;
    if (!(skb.tcp_sacked & TCPCB_LOST)) continue;
    if (at(A$tcp_xmit_retransmit_queue.L842)) yield;
    if (skb.tcp_sacked & TCPCB_SACKED_RETRANS) continue;
    if (at(A$tcp_xmit_retransmit_queue.L848)) yield;
    if (($E.fast || $E.twinOk[tcp_retransmit_skb.k] === 1 ? tcp_retransmit_skb$fast(sk, skb) : yield* tcp_retransmit_skb(sk, skb))) {
      if (at(A$tcp_xmit_retransmit_queue.L849)) yield;
      return;
    }
    if (at(A$tcp_xmit_retransmit_queue.L853)) yield;
    if (tcp_in_cwnd_reduction(sk)) {
      if (at(A$tcp_xmit_retransmit_queue.L854)) yield;
      tp.prr_out++;
    }
    if (at(A$tcp_xmit_retransmit_queue.L856)) yield;
    if (skb === rtx_head) {
      if (at(A$tcp_xmit_retransmit_queue.L858)) yield;
      tcp_reset_xmit_timer(sk, ICSK_TIME_RETRANS, inet_csk(sk).icsk_rto);
    }
  }
  } finally {
    leave($f);
  }
}
const A$tcp_send_active_reset = defineFn('net/ipv4/tcp_output.c', 'tcp_send_active_reset', [193, 200, 204, 207]);

/** tcp_send_active_reset(): abort — a RST with an acceptable sequence number, no retransmission. */
export function* tcp_send_active_reset(sk: Sock): Sim<void> {
  const $f = enter(A$tcp_send_active_reset, { sk });
  try {
  if (at(A$tcp_send_active_reset.L193)) yield;
  if (at(A$tcp_send_active_reset.L200)) yield;
  if (at(A$tcp_send_active_reset.L204)) yield;
  ($E.fast || $E.twinOk[__tcp_transmit_skb.k] === 1 ? __tcp_transmit_skb$fast(sk, tcp_sk(sk).snd_nxt, RST_ACK) : yield* __tcp_transmit_skb(sk, tcp_sk(sk).snd_nxt, RST_ACK));
  NET_INC_STATS(sk.skc_net, MIB.OutRsts);
  if (at(A$tcp_send_active_reset.L207)) yield;
  traceTcpEvent('tcp_send_reset', sk);
  } finally {
    leave($f);
  }
}

/** tcp:tcp_send_reset / tcp_retransmit_skb / tcp_receive_reset / tcp_destroy_sock, with the socket's addresses. */
export function traceTcpEvent(ev: TcpSockEvent, sk: Sock, skb?: SkBuff): void {
  if (!E.recording) return;
  const inet = inet_sk(sk);
  const host = sk.skc_net.host.name;
  const comm = tracingComm();
  // (stored as numbers by whoever records: the trace, the history a view draws)
  const skbId = skb ? skb.objId : -1;
  // (tcp_event_sk_skb records sk->sk_state; tcp_event_sk, sock_gen_cookie(sk))
  const x = ev === 'tcp_send_reset' || ev === 'tcp_retransmit_skb' ? sk.sk_state : sock_gen_cookie(sk);
  if (E.trace !== null) E.trace.tcpEvent(E.now, ev, host, comm, sk.objId, skbId, inet.inet_saddr, inet.inet_sport, inet.inet_daddr, inet.inet_dport, x);
  if (E.history !== null) E.history.tcpEvent(E.now, ev, host, comm, sk.objId, skbId, inet.inet_saddr, inet.inet_sport, inet.inet_daddr, inet.inet_dport, x);
}

/** sock_gen_cookie() (net/core/sock_diag.c): the sock's cookie, taken from its namespace's counter the first time it is asked for. */
function sock_gen_cookie(sk: Sock): number {
  if (!sk.sk_cookie) sk.sk_cookie = ++sk.skc_net.cookie_gen;
  return sk.sk_cookie;
}

/**
 * skb_fclone_busy (include/linux/skbuff.h): the fast clone tcp_transmit_skb sent last is not yet
 * freed (fclone_ref > 1) and still belongs to this socket. In the simulator a clone lives on while it
 * waits in this host — on a neighbour's arp_queue, in a qdisc's bands, on the NIC's transmit ring
 * until its completion interrupt; once on the wire, dropped, or handed to lo (loopback_xmit's
 * skb_orphan: skb->sk = NULL) it no longer counts. Read only when a retransmission is due.
 */
export function skb_fclone_busy(sk: Sock, skb: SkBuff): boolean {
  const clone = skb.fclone;
  if (clone === null || clone.sk !== sk) return false;
  const net = sk.skc_net;
  for (const byAddr of net.neighbours.values()) for (const n of byAddr.values()) if (n.arp_queue.includes(clone)) return true;
  for (const dev of [net.eth0, net.loopback_dev]) {
    const q = dev.txq.qdisc;
    if (q.gso_skb.includes(clone) || q.bands.some((band) => band.includes(clone))) return true;
    if (dev.tx_ring.some((d) => d.skb === clone)) return true;
  }
  return false;
}
const A$skb_still_in_host_queue = defineFn('net/ipv4/tcp_output.c', 'skb_still_in_host_queue', [878, 879, 881, 883]);

/** skb_still_in_host_queue(): the last copy is still in this host — a retransmission now would only queue a second one. */
export function* skb_still_in_host_queue(sk: Sock, skb: SkBuff): Sim<boolean> {
  const $f = enter(A$skb_still_in_host_queue, { sk, skb });
  try {
  if (at(A$skb_still_in_host_queue.L878)) yield;
  if (skb_fclone_busy(sk, skb)) {
    if (at(A$skb_still_in_host_queue.L879)) yield;
    NET_INC_STATS(sk.skc_net, MIB.TCPSpuriousRtxHostQueues);
    if (at(A$skb_still_in_host_queue.L881)) yield;
    return true;
  }
  if (at(A$skb_still_in_host_queue.L883)) yield;
  return false;
  } finally {
    leave($f);
  }
}
const A$__tcp_retransmit_skb = defineFn('net/ipv4/tcp_output.c', '__tcp_retransmit_skb', [899, 900, 902, 903, 904, 905, 906, 907, 914, 917, 920, 924]);

/** __tcp_retransmit_skb(): resend a queued segment as a fresh clone — unless its last copy is still in this host (-EBUSY). */
export function* __tcp_retransmit_skb(sk: Sock, skb: SkBuff): Sim<number> {
  const tp = tcp_sk(sk);
  const $f = enter(A$__tcp_retransmit_skb, { sk, skb, tp });
  try {
  if (at(A$__tcp_retransmit_skb.L899)) yield;
  if (($E.fast || $E.twinOk[skb_still_in_host_queue.k] === 1 ? skb_still_in_host_queue$fast(sk, skb) : yield* skb_still_in_host_queue(sk, skb))) {
    if (at(A$__tcp_retransmit_skb.L900)) yield;
    return -ERRNO.EBUSY;
  }
  if (at(A$__tcp_retransmit_skb.L902)) yield;
  if (at(A$__tcp_retransmit_skb.L903)) yield;
  NET_INC_STATS(sk.skc_net, MIB.RetransSegs);
  if (at(A$__tcp_retransmit_skb.L904)) yield;
  if (skb.th!.syn) {
    if (at(A$__tcp_retransmit_skb.L905)) yield;
    NET_INC_STATS(sk.skc_net, MIB.TCPSynRetrans);
  }
  if (at(A$__tcp_retransmit_skb.L906)) yield;
  tp.total_retrans++;
  if (at(A$__tcp_retransmit_skb.L907)) yield;
  if (at(A$__tcp_retransmit_skb.L914)) yield;
  ($E.fast || $E.twinOk[tcp_transmit_skb.k] === 1 ? tcp_transmit_skb$fast(sk, skb) : yield* tcp_transmit_skb(sk, skb));
  if (at(A$__tcp_retransmit_skb.L917)) yield;
  skb.tcp_sacked |= TCPCB_EVER_RETRANS;
  if (at(A$__tcp_retransmit_skb.L920)) yield;
  traceTcpEvent('tcp_retransmit_skb', sk, skb);
  if (at(A$__tcp_retransmit_skb.L924)) yield;
  return 0;
  } finally {
    leave($f);
  }
}
const A$tcp_retransmit_skb = defineFn('net/ipv4/tcp_output.c', 'tcp_retransmit_skb', [120, 122, 124, 125, 129, 130, 135]);

/** tcp_retransmit_skb(): send a queued segment again (a clone; the queued skb stays, marked retransmitted). */
export function* tcp_retransmit_skb(sk: Sock, skb: SkBuff): Sim<number> {
  const tp = tcp_sk(sk);
  const $f = enter(A$tcp_retransmit_skb, { sk, skb });
  try {

  if (at(A$tcp_retransmit_skb.L120)) yield;
  const err = ($E.fast || $E.twinOk[__tcp_retransmit_skb.k] === 1 ? __tcp_retransmit_skb$fast(sk, skb) : yield* __tcp_retransmit_skb(sk, skb));
  $f.vars.err = err;
  if (at(A$tcp_retransmit_skb.L122)) yield;
  if (err === 0) {
    if (at(A$tcp_retransmit_skb.L124)) yield;
    skb.tcp_sacked |= TCPCB_SACKED_RETRANS;
    if (at(A$tcp_retransmit_skb.L125)) yield;
    tp.retrans_out++;
  }
  if (at(A$tcp_retransmit_skb.L129)) yield;
  if (!tp.retrans_stamp) {
    if (at(A$tcp_retransmit_skb.L130)) yield;
    tp.retrans_stamp = E.now;
  }
  if (at(A$tcp_retransmit_skb.L135)) yield;
  return err;
  } finally {
    leave($f);
  }
}
const A$tcp_rtx_synack = defineFn('net/ipv4/tcp_output.c', 'tcp_rtx_synack', [462, 468]);

/** tcp_rtx_synack(): the request sock's timer resends the SYN-ACK (traced; the first one is not). */
export function* tcp_rtx_synack(sk: Sock, req: RequestSock): Sim<number> {
  const $f = enter(A$tcp_rtx_synack, { sk, req });
  try {
  if (at(A$tcp_rtx_synack.L462)) yield;
  ($E.fast || $E.twinOk[tcp_v4_send_synack.k] === 1 ? tcp_v4_send_synack$fast(sk, req) : yield* tcp_v4_send_synack(sk, req));
  NET_INC_STATS(sk.skc_net, MIB.TCPSynRetrans);
  if (at(A$tcp_rtx_synack.L468)) yield;
  if (E.recording) {
    const ireq = inet_rsk(req);
    E.emit({
      ev: 'tcp_retransmit_synack',
      t: E.now,
      host: sk.skc_net.host.name,
      comm: tracingComm(),
      skaddr: kaddr(sk.objId),
      req: kaddr(req.objId),
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
import { __ip_queue_xmit$fast as __ip_queue_xmit$fast } from './ip_output';
import { tcp_v4_send_synack$fast as tcp_v4_send_synack$fast } from './tcp_ipv4';
export function __tcp_transmit_skb$fast(sk: Sock, seq: number, flags: TcpFlags, payload = ''): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0;
  const inet = inet_sk(sk);
  const tp = tcp_sk(sk);
  const $f = ($tb !== null && ($o = (A$__tcp_transmit_skb.fn.id | 268435456), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {

  const skb = tcpSkb(inet.inet_saddr, inet.inet_daddr, inet.inet_sport, inet.inet_dport, payload);
  skb.skb_mstamp = E.now;
  // (the skb as sk_stream_alloc_skb made it: MAX_TCP_HEADER of room, the payload)
  tcpSkbLayout(skb);
  skb.sk = sk;
  
  $s += 8; if ($tb !== null) ($o = (A$__tcp_transmit_skb.L62 | 7340032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  skb_push(skb, flags.syn ? 24 : 20);
  
  skb_reset_transport_header(skb);
  
  const th = skb.th!;
  
  
  
  
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
  NET_INC_STATS(sk.skc_net, MIB.OutSegs);
  __ip_queue_xmit$fast(sk, skb);
  return ($r = (skb), ($e.steps += $s, $tb !== null && ($o = (A$__tcp_transmit_skb.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
function tcp_connect_init$fast(sk: Sock): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $s = 0;
  const tp = tcp_sk(sk);
  const $f = ($tb !== null && ($o = (A$tcp_connect_init.L293 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {

  const dst = sk.sk_dst_cache!;
  ++$s;
  tcp_sync_mss(sk, dst_mtu(dst));
  // (tp->advmss = tcp_mss_clamp(tp, dst_metric_advmss(dst)): what the SYN offers)
  tp.advmss = dst_metric_advmss(dst);
  // (tcp_select_initial_window(sk, tcp_full_space(sk), tp->advmss, &tp->rcv_wnd, &tp->window_clamp, …): the SYN's window)
  const w = tcp_select_initial_window(tcp_full_space(sk), tp.advmss, tp.window_clamp);
  tp.rcv_wnd = w.rcv_wnd;
  tp.window_clamp = w.window_clamp;
  tp.rcv_ssthresh = tp.rcv_wnd;
  tcp_initialize_rcv_mss(sk);
  $s += 5; if ($tb !== null) ($o = (A$tcp_connect_init.L312 | 4194304), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
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
  const $f = ($tb !== null && ($o = (A$tcp_connect.L342 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {

  ++$s;
  tcp_connect_init$fast(sk);
  $s += 5; if ($tb !== null) ($o = (A$tcp_connect.L345 | 4194304), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  
  const seq = tp.write_seq;
  tp.write_seq = (tp.write_seq + 1) >>> 0;
  
  tp.retrans_stamp = E.now;
  
  
  const skb = __tcp_transmit_skb$fast(sk, seq, SYN);
  // (the SYN sent is the one queued: its own clone, for skb_still_in_host_queue)
  skb.fclone = skb;
  
  tp.tcp_rtx_queue.push(skb);
  tp.packets_out = 1;
  $s += 3; if ($tb !== null) ($o = (A$tcp_connect.L362 | 2097152), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  tp.snd_nxt = tp.write_seq;
  tp.pushed_seq = tp.write_seq;
  
  NET_INC_STATS(sk.skc_net, MIB.ActiveOpens);
  
  inet_csk_reset_xmit_timer(sk, inet_csk(sk).icsk_rto);
  ++$s; $x = A$tcp_connect.L370 | 1048576;
  return ($r = (0), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_connect.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
export function tcp_make_synack$fast(sk: Sock, req: RequestSock): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0; let $x = -1;
  const ireq = inet_rsk(req);
  const treq = tcp_rsk(req);
  const $f = ($tb !== null && ($o = (A$tcp_make_synack.L230 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {

  ++$s;
  const skb = tcpSkb(ireq.ir_loc_addr, ireq.ir_rmt_addr, ireq.ir_num, ireq.ir_rmt_port);
  // (the first SYN-ACK's time: the handshake's RTT sample when the final ACK comes, unless it was retransmitted)
  if (!req.num_retrans) treq.snt_synack = E.now;
  
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_make_synack.L235) : $tb.op($e.now, A$tcp_make_synack.L235));
  tcpSkbLayout(skb);
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_make_synack.L238) : $tb.op($e.now, A$tcp_make_synack.L238));
  // (the route inet_csk_route_req found for the client's address)
  skb._skb_refdst = ip_route_output_ports(sk.sk_net, ireq.ir_rmt_addr);
  $s += 9; if ($tb !== null) ($o = (A$tcp_make_synack.L247 | 8388608), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  skb_push(skb, 24);
  
  skb_reset_transport_header(skb);
  const th = skb.th!;
  
  
  th.syn = 1;
  
  th.ack = 1;
  
  
  
  th.seq = treq.snt_isn >>> 0;
  
  th.ack_seq = treq.rcv_nxt >>> 0;
  
  th.window = Math.min(req.rsk_rcv_wnd, 65535);
  // (tcp_synack_options: mss = tcp_mss_clamp(tp, dst_metric_advmss(dst)), the route to the client's)
  th.options.mss = dst_metric_advmss(ip_route_output_ports(sk.skc_net, inet_rsk(req).ir_rmt_addr));
  th.doff = 6;
  ++$s; $x = A$tcp_make_synack.L272 | 1048576;
  return ($r = (skb), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_make_synack.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
export function tcp_send_delayed_ack$fast(sk: Sock): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $s = 0;
  const icsk = inet_csk(sk);
  const a = icsk.icsk_ack;
  const $f = ($tb !== null && ($o = (A$tcp_send_delayed_ack.L385 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {

  let ato = a.ato;
  ++$s;
  if (ato > TCP_DELACK_MIN) {
    let max_ato = 500_000;
    if (inet_csk_in_pingpong_mode(sk) || a.pending & 4 /* ICSK_ACK_PUSHED */) max_ato = TCP_DELACK_MAX;
    ato = Math.min(ato, max_ato);
  }
  
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_send_delayed_ack.L389) : $tb.op($e.now, A$tcp_send_delayed_ack.L389));
  // jiffies + ato; a timer due now still waits for the next tick
  let timeout = E.now + Math.max(ato, JIFFY);
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_send_delayed_ack.L391) : $tb.op($e.now, A$tcp_send_delayed_ack.L391));
  if (a.pending & ICSK_ACK_TIMER) {
    if (a.timeout <= E.now + (ato >> 2)) {
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_send_delayed_ack.L394) : $tb.op($e.now, A$tcp_send_delayed_ack.L394));
      tcp_send_ack$fast(sk);
      { ($e.steps += $s, $tb !== null && ($o = (A$tcp_send_delayed_ack.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))); return; }
    }
    if (timeout >= a.timeout) timeout = a.timeout;
  }
  $s += 2; if ($tb !== null) ($o = (A$tcp_send_delayed_ack.L400 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  a.pending |= ICSK_ACK_SCHED | ICSK_ACK_TIMER;
  a.timeout = timeout;
  
  icsk.icsk_delack_timer!.mod(timeout - E.now);
  } ($e.steps += $s, $tb !== null && ($o = (A$tcp_send_delayed_ack.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
}
export function __tcp_send_ack$fast(sk: Sock, rcv_nxt: number): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $s = 0;
  const $f = ($tb !== null && ($o = (A$__tcp_send_ack.L415 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  ++$s;
  if (sk.sk_state === 7 /* TCP_CLOSE */) { ($e.steps += $s, $tb !== null && ($o = (A$__tcp_send_ack.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))); return; }
  $s += 3; if ($tb !== null) ($o = (A$__tcp_send_ack.L418 | 2097152), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  
  
  __tcp_transmit_skb$fast(sk, tcp_sk(sk).snd_nxt, ACK);
  } ($e.steps += $s, $tb !== null && ($o = (A$__tcp_send_ack.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
}
export function tcp_send_ack$fast(sk: Sock): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $s = 0;
  const $f = ($tb !== null && ($o = (A$tcp_send_ack.L445 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  ++$s;
  __tcp_send_ack$fast(sk, tcp_sk(sk).rcv_nxt);
  } ($e.steps += $s, $tb !== null && ($o = (A$tcp_send_ack.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
}
export function tcp_send_fin$fast(sk: Sock): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $s = 0;
  const tp = tcp_sk(sk);
  const q = sk.sk_write_queue;
  const tskb = q.length ? q[q.length - 1] : null;
  const $f = ($tb !== null && ($o = (A$tcp_send_fin.L146 | 270532608), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {

  $s += 2;
  
  if (tskb !== null) {
    $s += 3; if ($tb !== null) ($o = (A$tcp_send_fin.L154 | 2097152), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
    tskb.th!.fin = 1;
    
    
    tp.write_seq = (tp.write_seq + 1) >>> 0;
  } else {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_send_fin.L163) : $tb.op($e.now, A$tcp_send_fin.L163));
    const skb = tcpQueueSkb(sk, tp.write_seq);
    
    $s += 2; if ($tb !== null) ($o = (A$tcp_send_fin.L171 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
    skb.th!.fin = 1;
    
    tcp_queue_skb(sk, skb);
  }
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_send_fin.L177) : $tb.op($e.now, A$tcp_send_fin.L177));
  __tcp_push_pending_frames$fast(sk, tcp_current_mss(sk), TCP_NAGLE_OFF);
  } ($e.steps += $s, $tb !== null && ($o = (A$tcp_send_fin.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
}
function tcp_cwnd_test$fast(tp: TcpSock, skb: SkBuff): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0; let $x = -1;
  const $f = ($tb !== null && ($o = (A$tcp_cwnd_test.L484 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  ++$s;
  if (skb.th!.fin && skb.len <= tp.mss_cache) {
    ++$s; $x = A$tcp_cwnd_test.L486 | 1048576;
    return ($r = (1), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_cwnd_test.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_cwnd_test.L489) : $tb.op($e.now, A$tcp_cwnd_test.L489));
  const in_flight = tcp_packets_in_flight(tp);
  
  $s += 2; if ($tb !== null) ($o = (A$tcp_cwnd_test.L490 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  const cwnd = tp.snd_cwnd;
  
  
  if (in_flight >= cwnd) {
    ++$s; $x = A$tcp_cwnd_test.L492 | 1048576;
    return ($r = (0), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_cwnd_test.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_cwnd_test.L494) : $tb.op($e.now, A$tcp_cwnd_test.L494));
  const halfcwnd = Math.max(cwnd >>> 1, 1);
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_cwnd_test.L495) : $tb.op($e.now, A$tcp_cwnd_test.L495));
  return ($r = (Math.min(halfcwnd, cwnd - in_flight)), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_cwnd_test.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
function tcp_snd_wnd_test$fast(tp: TcpSock, skb: SkBuff, cur_mss: number): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0;
  const $f = ($tb !== null && ($o = (A$tcp_snd_wnd_test.L508 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  ++$s;
  const end = end_seq(skb);
  
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_snd_wnd_test.L513) : $tb.op($e.now, A$tcp_snd_wnd_test.L513));
  return ($r = (!after(end, tcp_wnd_end(tp))), ($e.steps += $s, $tb !== null && ($o = (A$tcp_snd_wnd_test.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
function tcp_nagle_test$fast(tp: TcpSock, skb: SkBuff, cur_mss: number, nonagle: number): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0; let $x = -1;
  const $f = ($tb !== null && ($o = (A$tcp_nagle_test.L525 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  ++$s;
  if (nonagle & TCP_NAGLE_PUSH) {
    ++$s; $x = A$tcp_nagle_test.L526 | 1048576;
    return ($r = (true), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_nagle_test.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_nagle_test.L528) : $tb.op($e.now, A$tcp_nagle_test.L528));
  if (skb.th!.fin) {
    ++$s; $x = A$tcp_nagle_test.L529 | 1048576;
    return ($r = (true), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_nagle_test.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_nagle_test.L531) : $tb.op($e.now, A$tcp_nagle_test.L531));
  // tcp_nagle_check(): a small segment waits while corked, or (Nagle on) while an earlier small one is unACKed
  const partial = skb.len < cur_mss;
  const minshall = after(tp.snd_sml, tp.snd_una) && !after(tp.snd_sml, tp.snd_nxt);
  if (!(partial && (nonagle & TCP_NAGLE_CORK || (!nonagle && tp.packets_out > 0 && minshall)))) {
    ++$s; $x = A$tcp_nagle_test.L532 | 1048576;
    return ($r = (true), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_nagle_test.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
  ++$s; $x = A$tcp_nagle_test.L534 | 1048576;
  return ($r = (false), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_nagle_test.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
function tcp_event_new_data_sent$fast(sk: Sock, skb: SkBuff): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $s = 0;
  const tp = tcp_sk(sk);
  const prior_packets = tp.packets_out;
  const $f = ($tb !== null && ($o = (A$tcp_event_new_data_sent.L549 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  ++$s;
  tp.snd_nxt = end_seq(skb);
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_event_new_data_sent.L551) : $tb.op($e.now, A$tcp_event_new_data_sent.L551));
  sk.sk_write_queue.shift();
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_event_new_data_sent.L552) : $tb.op($e.now, A$tcp_event_new_data_sent.L552));
  tp.tcp_rtx_queue.push(skb);
  $s += 2; if ($tb !== null) ($o = (A$tcp_event_new_data_sent.L554 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  tp.packets_out++;
  
  if (!prior_packets) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_event_new_data_sent.L556) : $tb.op($e.now, A$tcp_event_new_data_sent.L556));
    inet_csk_reset_xmit_timer(sk, inet_csk(sk).icsk_rto);
  }
  } ($e.steps += $s, $tb !== null && ($o = (A$tcp_event_new_data_sent.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
}
function tcp_cwnd_validate$fast(sk: Sock, is_cwnd_limited: boolean): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $s = 0;
  const tp = tcp_sk(sk);
  const $f = ($tb !== null && ($o = (A$tcp_cwnd_validate.L573 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  ++$s;
  if (!before(tp.snd_una, tp.max_packets_seq) || tp.packets_out > tp.max_packets_out) {
    $s += 3; if ($tb !== null) ($o = (A$tcp_cwnd_validate.L575 | 2097152), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
    tp.max_packets_out = tp.packets_out;
    
    tp.max_packets_seq = tp.snd_nxt;
    
    tp.is_cwnd_limited = is_cwnd_limited;
  }
  } ($e.steps += $s, $tb !== null && ($o = (A$tcp_cwnd_validate.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
}
export function tcp_write_xmit$fast(sk: Sock, mss_now: number, nonagle: number, push_one: number): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0; let $x = -1;
  const tp = tcp_sk(sk);
  const $f = ($tb !== null && ($o = (A$tcp_write_xmit.L619 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {

  let is_cwnd_limited = false;
  let sent_pkts = 0;
  
  const q = sk.sk_write_queue;
  ++$s;
  while (q.length) {
    const skb = q[0];
    
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_write_xmit.L628) : $tb.op($e.now, A$tcp_write_xmit.L628));
    const cwnd_quota = tcp_cwnd_test$fast(tp, skb);
    
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_write_xmit.L629) : $tb.op($e.now, A$tcp_write_xmit.L629));
    if (!cwnd_quota) {
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_write_xmit.L633) : $tb.op($e.now, A$tcp_write_xmit.L633));
      break;
    }
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_write_xmit.L637) : $tb.op($e.now, A$tcp_write_xmit.L637));
    if (!(tcp_snd_wnd_test$fast(tp, skb, mss_now))) {
      $s += 2; if ($tb !== null) ($o = (A$tcp_write_xmit.L638 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
      
      break;
    }
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_write_xmit.L644) : $tb.op($e.now, A$tcp_write_xmit.L644));
    if (!(tcp_nagle_test$fast(tp, skb, mss_now, q.length === 1 ? nonagle : TCP_NAGLE_PUSH))) {
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_write_xmit.L647) : $tb.op($e.now, A$tcp_write_xmit.L647));
      break;
    }
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_write_xmit.L655) : $tb.op($e.now, A$tcp_write_xmit.L655));
    tcp_transmit_skb$fast(sk, skb);
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_write_xmit.L659) : $tb.op($e.now, A$tcp_write_xmit.L659));
    tcp_event_new_data_sent$fast(sk, skb);
    // (tcp_minshall_update: a short segment's end is remembered for Nagle)
    if (skb.len < mss_now) tp.snd_sml = end_seq(skb);
    $s += 2; if ($tb !== null) ($o = (A$tcp_write_xmit.L662 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
    sent_pkts++;
    
    
    if (push_one) {
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_write_xmit.L665) : $tb.op($e.now, A$tcp_write_xmit.L665));
      break;
    }
  }
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_write_xmit.L670) : $tb.op($e.now, A$tcp_write_xmit.L670));
  if (sent_pkts) {
    if (tcp_in_cwnd_reduction(sk)) {
      $s += 2; if ($tb !== null) ($o = (A$tcp_write_xmit.L671 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
      
      tp.prr_out += sent_pkts;
    }
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_write_xmit.L675) : $tb.op($e.now, A$tcp_write_xmit.L675));
    is_cwnd_limited = tcp_packets_in_flight(tp) >= tp.snd_cwnd;
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_write_xmit.L676) : $tb.op($e.now, A$tcp_write_xmit.L676));
    tcp_cwnd_validate$fast(sk, is_cwnd_limited);
    ++$s; $x = A$tcp_write_xmit.L677 | 1048576;
    return ($r = (false), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_write_xmit.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
  ++$s; $x = A$tcp_write_xmit.L679 | 1048576;
  return ($r = (!tp.packets_out && q.length > 0), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_write_xmit.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
export function tcp_transmit_skb$fast(sk: Sock, skb: SkBuff): any { const $e = $E;
  const th = skb.th!;
  skb.skb_mstamp = E.now;
  const clone = __tcp_transmit_skb$fast(sk, th.seq, QUEUED_FLAGS[th.syn | (th.ack << 1) | (th.fin << 2) | (th.psh << 3)], skb.payload);
  skb.fclone = clone;
  return clone;
}
export function __tcp_push_pending_frames$fast(sk: Sock, cur_mss: number, nonagle: number): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $s = 0;
  const $f = ($tb !== null && ($o = (A$__tcp_push_pending_frames.L691 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  ++$s;
  if (sk.sk_state === 7 /* TCP_CLOSE */) { ($e.steps += $s, $tb !== null && ($o = (A$__tcp_push_pending_frames.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))); return; }
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__tcp_push_pending_frames.L694) : $tb.op($e.now, A$__tcp_push_pending_frames.L694));
  if (tcp_write_xmit$fast(sk, cur_mss, nonagle, 0)) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__tcp_push_pending_frames.L696) : $tb.op($e.now, A$__tcp_push_pending_frames.L696));
    tcp_check_probe_timer(sk);
  }
  } ($e.steps += $s, $tb !== null && ($o = (A$__tcp_push_pending_frames.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
}
export function tcp_push_one$fast(sk: Sock, mss_now: number): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $s = 0;
  const $f = ($tb !== null && ($o = (A$tcp_push_one.L710 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  ++$s;
  tcp_write_xmit$fast(sk, mss_now, TCP_NAGLE_PUSH, 1);
  } ($e.steps += $s, $tb !== null && ($o = (A$tcp_push_one.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
}
export function tcp_push_pending_frames$fast(sk: Sock): any { const $e = $E;
  if (sk.sk_write_queue.length) __tcp_push_pending_frames$fast(sk, tcp_current_mss(sk), tcp_sk(sk).nonagle);
}
export function tcp_write_wakeup$fast(sk: Sock): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0; let $x = -1;
  const tp = tcp_sk(sk);
  const $f = ($tb !== null && ($o = (A$tcp_write_wakeup.L724 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  ++$s;
  if (sk.sk_state === 7 /* TCP_CLOSE */) return ($r = (-1), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_write_wakeup.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  $s += 2; if ($tb !== null) ($o = (A$tcp_write_wakeup.L727 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  const skb = sk.sk_write_queue[0];
  
  if (skb && before(skb.th!.seq, tcp_wnd_end(tp))) {
    // the window opened a little: send what fits (not reached while the window is zero)
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_write_wakeup.L747) : $tb.op($e.now, A$tcp_write_wakeup.L747));
    tcp_transmit_skb$fast(sk, skb);
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_write_wakeup.L749) : $tb.op($e.now, A$tcp_write_wakeup.L749));
    tcp_event_new_data_sent$fast(sk, skb);
    ++$s; $x = A$tcp_write_wakeup.L750 | 1048576;
    return ($r = (0), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_write_wakeup.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_write_wakeup.L755) : $tb.op($e.now, A$tcp_write_wakeup.L755));
  // tcp_xmit_probe_skb(sk, 0): a bare ACK with sequence snd_una - 1 — the peer must answer with its window
  __tcp_transmit_skb$fast(sk, (tp.snd_una - 1) >>> 0, ACK);
  return ($r = (0), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_write_wakeup.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
export function tcp_send_probe0$fast(sk: Sock): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $s = 0; let $x = -1;
  const icsk = inet_csk(sk);
  const tp = tcp_sk(sk);
  const $f = ($tb !== null && ($o = (A$tcp_send_probe0.L773 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  ++$s;
  const err = tcp_write_wakeup$fast(sk);
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_send_probe0.L775) : $tb.op($e.now, A$tcp_send_probe0.L775));
  if (tp.packets_out || !sk.sk_write_queue.length) {
    // the window opened (data is in flight) or nothing is left to send: no more probes
    $s += 2; $x = A$tcp_send_probe0.L776 | 2097152;
    icsk.icsk_probes_out = 0;
    
    icsk.icsk_backoff = 0;
    { ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_send_probe0.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))); return; }
  }
  $s += 2; if ($tb !== null) ($o = (A$tcp_send_probe0.L781 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  icsk.icsk_probes_out++;
  
  if (err <= 0) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_send_probe0.L783) : $tb.op($e.now, A$tcp_send_probe0.L783));
    if (icsk.icsk_backoff < 15) icsk.icsk_backoff++;
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_send_probe0.L785) : $tb.op($e.now, A$tcp_send_probe0.L785));
  }
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_send_probe0.L789) : $tb.op($e.now, A$tcp_send_probe0.L789));
  tcp_reset_xmit_timer(sk, ICSK_TIME_PROBE0, tcp_probe0_when(sk, TCP_RTO_MAX));
  } ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_send_probe0.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
}
export function tcp_xmit_retransmit_queue$fast(sk: Sock): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $s = 0; let $x = -1;
  const tp = tcp_sk(sk);
  const $f = ($tb !== null && ($o = (A$tcp_xmit_retransmit_queue.L806 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  ++$s;
  if (!tp.packets_out) { ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_xmit_retransmit_queue.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))); return; }
  $s += 2; if ($tb !== null) ($o = (A$tcp_xmit_retransmit_queue.L809 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  const rtx = tp.tcp_rtx_queue;
  const rtx_head = rtx[0];
  
  for (let i = 0; i < rtx.length; i++) {
    const skb = rtx[i];
    
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_xmit_retransmit_queue.L822) : $tb.op($e.now, A$tcp_xmit_retransmit_queue.L822));
    const segs = tp.snd_cwnd - tcp_packets_in_flight(tp);
    
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_xmit_retransmit_queue.L823) : $tb.op($e.now, A$tcp_xmit_retransmit_queue.L823));
    if (segs <= 0) { ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_xmit_retransmit_queue.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))); return; }
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_xmit_retransmit_queue.L828) : $tb.op($e.now, A$tcp_xmit_retransmit_queue.L828));
    if (tp.retrans_out >= tp.lost_out) break;
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_xmit_retransmit_queue.L830) : $tb.op($e.now, A$tcp_xmit_retransmit_queue.L830));
    if (!(skb.tcp_sacked & TCPCB_LOST)) continue;
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_xmit_retransmit_queue.L842) : $tb.op($e.now, A$tcp_xmit_retransmit_queue.L842));
    if (skb.tcp_sacked & TCPCB_SACKED_RETRANS) continue;
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_xmit_retransmit_queue.L848) : $tb.op($e.now, A$tcp_xmit_retransmit_queue.L848));
    if (tcp_retransmit_skb$fast(sk, skb)) {
      ++$s; $x = A$tcp_xmit_retransmit_queue.L849 | 1048576;
      { ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_xmit_retransmit_queue.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))); return; }
    }
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_xmit_retransmit_queue.L853) : $tb.op($e.now, A$tcp_xmit_retransmit_queue.L853));
    if (tcp_in_cwnd_reduction(sk)) {
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_xmit_retransmit_queue.L854) : $tb.op($e.now, A$tcp_xmit_retransmit_queue.L854));
      tp.prr_out++;
    }
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_xmit_retransmit_queue.L856) : $tb.op($e.now, A$tcp_xmit_retransmit_queue.L856));
    if (skb === rtx_head) {
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_xmit_retransmit_queue.L858) : $tb.op($e.now, A$tcp_xmit_retransmit_queue.L858));
      tcp_reset_xmit_timer(sk, ICSK_TIME_RETRANS, inet_csk(sk).icsk_rto);
    }
  }
  } ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_xmit_retransmit_queue.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
}
export function tcp_send_active_reset$fast(sk: Sock): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $s = 0;
  const $f = ($tb !== null && ($o = (A$tcp_send_active_reset.L193 | 271581184), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  $s += 3;
  
  
  __tcp_transmit_skb$fast(sk, tcp_sk(sk).snd_nxt, RST_ACK);
  NET_INC_STATS(sk.skc_net, MIB.OutRsts);
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_send_active_reset.L207) : $tb.op($e.now, A$tcp_send_active_reset.L207));
  traceTcpEvent('tcp_send_reset', sk);
  } ($e.steps += $s, $tb !== null && ($o = (A$tcp_send_active_reset.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
}
export function skb_still_in_host_queue$fast(sk: Sock, skb: SkBuff): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0; let $x = -1;
  const $f = ($tb !== null && ($o = (A$skb_still_in_host_queue.L878 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  ++$s;
  if (skb_fclone_busy(sk, skb)) {
    $s += 2; $x = A$skb_still_in_host_queue.L879 | 2097152;
    NET_INC_STATS(sk.skc_net, MIB.TCPSpuriousRtxHostQueues);
    
    return ($r = (true), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$skb_still_in_host_queue.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
  ++$s; $x = A$skb_still_in_host_queue.L883 | 1048576;
  return ($r = (false), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$skb_still_in_host_queue.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
export function __tcp_retransmit_skb$fast(sk: Sock, skb: SkBuff): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0; let $x = -1;
  const tp = tcp_sk(sk);
  const $f = ($tb !== null && ($o = (A$__tcp_retransmit_skb.L899 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  ++$s;
  if (skb_still_in_host_queue$fast(sk, skb)) {
    ++$s; $x = A$__tcp_retransmit_skb.L900 | 1048576;
    return ($r = (-ERRNO.EBUSY), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$__tcp_retransmit_skb.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
  $s += 3; if ($tb !== null) ($o = (A$__tcp_retransmit_skb.L902 | 2097152), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  
  NET_INC_STATS(sk.skc_net, MIB.RetransSegs);
  
  if (skb.th!.syn) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__tcp_retransmit_skb.L905) : $tb.op($e.now, A$__tcp_retransmit_skb.L905));
    NET_INC_STATS(sk.skc_net, MIB.TCPSynRetrans);
  }
  $s += 3; if ($tb !== null) ($o = (A$__tcp_retransmit_skb.L906 | 2097152), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  tp.total_retrans++;
  
  
  tcp_transmit_skb$fast(sk, skb);
  $s += 2; if ($tb !== null) ($o = (A$__tcp_retransmit_skb.L917 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  skb.tcp_sacked |= TCPCB_EVER_RETRANS;
  
  traceTcpEvent('tcp_retransmit_skb', sk, skb);
  ++$s; $x = A$__tcp_retransmit_skb.L924 | 1048576;
  return ($r = (0), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$__tcp_retransmit_skb.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
export function tcp_retransmit_skb$fast(sk: Sock, skb: SkBuff): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0; let $x = -1;
  const tp = tcp_sk(sk);
  const $f = ($tb !== null && ($o = (A$tcp_retransmit_skb.L120 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {

  ++$s;
  const err = __tcp_retransmit_skb$fast(sk, skb);
  
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_retransmit_skb.L122) : $tb.op($e.now, A$tcp_retransmit_skb.L122));
  if (err === 0) {
    $s += 2; if ($tb !== null) ($o = (A$tcp_retransmit_skb.L124 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
    skb.tcp_sacked |= TCPCB_SACKED_RETRANS;
    
    tp.retrans_out++;
  }
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_retransmit_skb.L129) : $tb.op($e.now, A$tcp_retransmit_skb.L129));
  if (!tp.retrans_stamp) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_retransmit_skb.L130) : $tb.op($e.now, A$tcp_retransmit_skb.L130));
    tp.retrans_stamp = E.now;
  }
  ++$s; $x = A$tcp_retransmit_skb.L135 | 1048576;
  return ($r = (err), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_retransmit_skb.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
export function tcp_rtx_synack$fast(sk: Sock, req: RequestSock): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0;
  const $f = ($tb !== null && ($o = (A$tcp_rtx_synack.L462 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  ++$s;
  tcp_v4_send_synack$fast(sk, req);
  NET_INC_STATS(sk.skc_net, MIB.TCPSynRetrans);
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_rtx_synack.L468) : $tb.op($e.now, A$tcp_rtx_synack.L468));
  if (E.recording) {
    const ireq = inet_rsk(req);
    E.emit({
      ev: 'tcp_retransmit_synack',
      t: E.now,
      host: sk.skc_net.host.name,
      comm: tracingComm(),
      skaddr: kaddr(sk.objId),
      req: kaddr(req.objId),
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
$kreg(__tcp_transmit_skb, __tcp_transmit_skb$fast, '__tcp_transmit_skb', () => [__ip_queue_xmit]);
$kreg(tcp_connect_init, tcp_connect_init$fast, 'tcp_connect_init', () => []);
$kreg(tcp_connect, tcp_connect$fast, 'tcp_connect', () => [__tcp_transmit_skb, tcp_connect_init]);
$kreg(tcp_make_synack, tcp_make_synack$fast, 'tcp_make_synack', () => []);
$kreg(tcp_send_delayed_ack, tcp_send_delayed_ack$fast, 'tcp_send_delayed_ack', () => [tcp_send_ack]);
$kreg(__tcp_send_ack, __tcp_send_ack$fast, '__tcp_send_ack', () => [__tcp_transmit_skb]);
$kreg(tcp_send_ack, tcp_send_ack$fast, 'tcp_send_ack', () => [__tcp_send_ack]);
$kreg(tcp_send_fin, tcp_send_fin$fast, 'tcp_send_fin', () => [__tcp_push_pending_frames]);
$kreg(tcp_cwnd_test, tcp_cwnd_test$fast, 'tcp_cwnd_test', () => []);
$kreg(tcp_snd_wnd_test, tcp_snd_wnd_test$fast, 'tcp_snd_wnd_test', () => []);
$kreg(tcp_nagle_test, tcp_nagle_test$fast, 'tcp_nagle_test', () => []);
$kreg(tcp_event_new_data_sent, tcp_event_new_data_sent$fast, 'tcp_event_new_data_sent', () => []);
$kreg(tcp_cwnd_validate, tcp_cwnd_validate$fast, 'tcp_cwnd_validate', () => []);
$kreg(tcp_write_xmit, tcp_write_xmit$fast, 'tcp_write_xmit', () => [tcp_cwnd_test, tcp_cwnd_validate, tcp_event_new_data_sent, tcp_nagle_test, tcp_snd_wnd_test, tcp_transmit_skb]);
$kreg(tcp_transmit_skb, tcp_transmit_skb$fast, 'tcp_transmit_skb', () => [__tcp_transmit_skb]);
$kreg(__tcp_push_pending_frames, __tcp_push_pending_frames$fast, '__tcp_push_pending_frames', () => [tcp_write_xmit]);
$kreg(tcp_push_one, tcp_push_one$fast, 'tcp_push_one', () => [tcp_write_xmit]);
$kreg(tcp_push_pending_frames, tcp_push_pending_frames$fast, 'tcp_push_pending_frames', () => [__tcp_push_pending_frames]);
$kreg(tcp_write_wakeup, tcp_write_wakeup$fast, 'tcp_write_wakeup', () => [__tcp_transmit_skb, tcp_event_new_data_sent, tcp_transmit_skb]);
$kreg(tcp_send_probe0, tcp_send_probe0$fast, 'tcp_send_probe0', () => [tcp_write_wakeup]);
$kreg(tcp_xmit_retransmit_queue, tcp_xmit_retransmit_queue$fast, 'tcp_xmit_retransmit_queue', () => [tcp_retransmit_skb]);
$kreg(tcp_send_active_reset, tcp_send_active_reset$fast, 'tcp_send_active_reset', () => [__tcp_transmit_skb]);
$kreg(skb_still_in_host_queue, skb_still_in_host_queue$fast, 'skb_still_in_host_queue', () => []);
$kreg(__tcp_retransmit_skb, __tcp_retransmit_skb$fast, '__tcp_retransmit_skb', () => [skb_still_in_host_queue, tcp_transmit_skb]);
$kreg(tcp_retransmit_skb, tcp_retransmit_skb$fast, 'tcp_retransmit_skb', () => [__tcp_retransmit_skb]);
$kreg(tcp_rtx_synack, tcp_rtx_synack$fast, 'tcp_rtx_synack', () => [tcp_v4_send_synack]);
