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
  TCPCB_SACKED_ACKED, tcp_skb_pcount, tcp_skb_mss, MAX_TCP_HEADER,
} from '../../../include/linux/skbuff';
import type { Sock } from '../../../include/net/sock';
import { kaddr, sock_set_flag, SOCK_QUEUE_SHRUNK } from '../../../include/net/sock';
import { inet_sk } from '../../../include/net/inet_sock';
import {
  inet_csk, inet_csk_in_pingpong_mode, ICSK_TIME_RETRANS, ICSK_TIME_PROBE0, tcp_in_cwnd_reduction, ICSK_ACK_SCHED, ICSK_ACK_TIMER, JIFFY,
  TCP_ATO_MIN, TCP_DELACK_MIN, TCP_DELACK_MAX, TCP_CA_Recovery,
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
export function tcp_bound_to_half_wnd(tp: TcpSock, pktsize: number): number {
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
const A$__tcp_transmit_skb = defineFn('net/ipv4/tcp_output.c', '__tcp_transmit_skb', [59, 60, 65, 66, 69, 70, 71, 72, 74, 77, 86, 97, 101, 106, 107, 110, 112, 113, 116]);

/**
 * __tcp_transmit_skb(): fill in the TCP header from the socket and hand the segment to IP — a GSO
 * packet of segs segments of gso_size bytes when the queued skb holds more than one MSS.
 */
export function* __tcp_transmit_skb(sk: Sock, seq: number, flags: TcpFlags, payload = '', segs = 1, gso_size = 0): Sim<SkBuff> {
  const inet = inet_sk(sk);
  const tp = tcp_sk(sk);
  const $f = enter(A$__tcp_transmit_skb, { sk, inet });
  try {

  if (!flags.syn) {
    if (at(A$__tcp_transmit_skb.L59)) yield;
    if (segs > 1 && !flags.psh) {
      if (at(A$__tcp_transmit_skb.L60)) yield;
      flags = QUEUED_FLAGS[(flags.ack ? 2 : 0) | (flags.fin ? 4 : 0) | 8];
    }
  }
  const skb = tcpSkb(inet.inet_saddr, inet.inet_daddr, inet.inet_sport, inet.inet_dport, payload);
  skb.skb_mstamp = E.now;
  // (the skb as sk_stream_alloc_skb made it: MAX_TCP_HEADER of room, the payload)
  tcpSkbLayout(skb);
  skb.sk = sk;
  $f.vars.skb = skb;
  if (at(A$__tcp_transmit_skb.L65)) yield;
  skb_push(skb, flags.syn ? 24 : 20);
  if (at(A$__tcp_transmit_skb.L66)) yield;
  skb_reset_transport_header(skb);
  if (at(A$__tcp_transmit_skb.L69)) yield;
  const th = skb.th!;
  $f.vars.th = th;
  if (at(A$__tcp_transmit_skb.L70)) yield;
  if (at(A$__tcp_transmit_skb.L71)) yield;
  if (at(A$__tcp_transmit_skb.L72)) yield;
  th.seq = seq >>> 0;
  if (at(A$__tcp_transmit_skb.L74)) yield;
  th.ack_seq = flags.ack ? tp.rcv_nxt >>> 0 : 0;
  if (at(A$__tcp_transmit_skb.L77)) yield;
  th.syn = flags.syn ? 1 : 0;
  th.ack = flags.ack ? 1 : 0;
  th.fin = flags.fin ? 1 : 0;
  th.rst = flags.rst ? 1 : 0;
  th.psh = flags.psh ? 1 : 0;
  if (flags.syn) {
    th.options.mss = tp.advmss;
    th.doff = 6;
  }
  if (at(A$__tcp_transmit_skb.L86)) yield;
  // a SYN's window is never scaled; later segments advertise the free receive space
  th.window = flags.syn ? Math.min(tp.rcv_wnd || 65535, 65535) : tcp_select_window(sk);
  const a = inet_csk(sk).icsk_ack;
  if (flags.ack) {
    // tcp_event_ack_sent(): this segment carries our ACK — no delayed ACK is owed any more
    if (at(A$__tcp_transmit_skb.L97)) yield;
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
    if (at(A$__tcp_transmit_skb.L101)) yield;
    tp.lsndtime = E.now;
    if (E.now - a.lrcvtime < a.ato && a.pingpong < 255) a.pingpong++;
  }
  if (at(A$__tcp_transmit_skb.L106)) yield;
  const tcb_end = (seq + (flags.syn ? 1 : 0) + (flags.fin ? 1 : 0) + payload.length) >>> 0;
  // (a retransmission is not counted here: __tcp_retransmit_skb counts it in RetransSegs)
  if (after(tcb_end, tp.snd_nxt) || seq === tcb_end) {
    if (at(A$__tcp_transmit_skb.L107)) yield;
    NET_INC_STATS(sk.skc_net, MIB.OutSegs, segs);
  }
  if (at(A$__tcp_transmit_skb.L110)) yield;
  if (at(A$__tcp_transmit_skb.L112)) yield;
  skb.gso_segs = segs;
  if (at(A$__tcp_transmit_skb.L113)) yield;
  skb.gso_size = gso_size;
  // (no pacing: the departure time is now — tcp_tso_should_defer reads it)
  tp.tcp_wstamp = E.now;
  if (at(A$__tcp_transmit_skb.L116)) yield;
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
const A$tcp_connect_init = defineFn('net/ipv4/tcp_output.c', 'tcp_connect_init', [305, 324, 327, 330, 335, 336]);

function* tcp_connect_init(sk: Sock): Sim<void> {
  const tp = tcp_sk(sk);
  const $f = enter(A$tcp_connect_init, { sk, tp });
  try {

  const dst = sk.sk_dst_cache!;
  if (at(A$tcp_connect_init.L305)) yield;
  tcp_sync_mss(sk, dst_mtu(dst));
  // (tp->advmss = tcp_mss_clamp(tp, dst_metric_advmss(dst)): what the SYN offers)
  tp.advmss = dst_metric_advmss(dst);
  // (tcp_select_initial_window(sk, tcp_full_space(sk), tp->advmss, &tp->rcv_wnd, &tp->window_clamp, …): the SYN's window)
  const w = tcp_select_initial_window(tcp_full_space(sk), tp.advmss, tp.window_clamp);
  tp.rcv_wnd = w.rcv_wnd;
  tp.window_clamp = w.window_clamp;
  tp.rcv_ssthresh = tp.rcv_wnd;
  tcp_initialize_rcv_mss(sk);
  if (at(A$tcp_connect_init.L324)) yield;
  tp.snd_una = tp.write_seq;
  if (at(A$tcp_connect_init.L327)) yield;
  tp.snd_nxt = tp.write_seq;
  if (at(A$tcp_connect_init.L330)) yield;
  tp.rcv_nxt = 0;
  tp.rcv_wup = 0;
  tp.copied_seq = 0;
  if (at(A$tcp_connect_init.L335)) yield;
  inet_csk(sk).icsk_rto = TCP_TIMEOUT_INIT;
  if (at(A$tcp_connect_init.L336)) yield;
  inet_csk(sk).icsk_retransmits = 0;
  } finally {
    leave($f);
  }
}
const A$tcp_connect = defineFn('net/ipv4/tcp_output.c', 'tcp_connect', [354, 357, 361, 363, 364, 369, 374, 378, 380, 382]);

/** tcp_connect(): build the SYN, keep it for retransmission, send it, arm the retransmit timer. */
export function* tcp_connect(sk: Sock): Sim<number> {
  const tp = tcp_sk(sk);
  const $f = enter(A$tcp_connect, { sk, tp });
  try {

  if (at(A$tcp_connect.L354)) yield;
  ($E.fast || $E.twinOk[tcp_connect_init.k] === 1 ? tcp_connect_init$fast(sk) : yield* tcp_connect_init(sk));
  if (at(A$tcp_connect.L357)) yield;
  if (at(A$tcp_connect.L361)) yield;
  const seq = tp.write_seq;
  tp.write_seq = (tp.write_seq + 1) >>> 0;
  if (at(A$tcp_connect.L363)) yield;
  tp.retrans_stamp = E.now;
  if (at(A$tcp_connect.L364)) yield;
  if (at(A$tcp_connect.L369)) yield;
  const skb = ($E.fast || $E.twinOk[__tcp_transmit_skb.k] === 1 ? __tcp_transmit_skb$fast(sk, seq, SYN) : yield* __tcp_transmit_skb(sk, seq, SYN));
  // (the SYN sent is the one queued: its own clone, for skb_still_in_host_queue)
  skb.fclone = skb;
  $f.vars.buff = skb;
  tp.tcp_rtx_queue.push(skb);
  tp.packets_out = 1;
  if (at(A$tcp_connect.L374)) yield;
  tp.snd_nxt = tp.write_seq;
  tp.pushed_seq = tp.write_seq;
  if (at(A$tcp_connect.L378)) yield;
  NET_INC_STATS(sk.skc_net, MIB.ActiveOpens);
  if (at(A$tcp_connect.L380)) yield;
  inet_csk_reset_xmit_timer(sk, inet_csk(sk).icsk_rto);
  if (at(A$tcp_connect.L382)) yield;
  return 0;
  } finally {
    leave($f);
  }
}
const A$tcp_make_synack = defineFn('net/ipv4/tcp_output.c', 'tcp_make_synack', [242, 247, 250, 259, 260, 264, 265, 268, 269, 273, 275, 277, 284]);

/** tcp_make_synack(): the SYN-ACK is built from the request sock, not from a full socket. */
export function* tcp_make_synack(sk: Sock, req: RequestSock): Sim<SkBuff> {
  const ireq = inet_rsk(req);
  const treq = tcp_rsk(req);
  const $f = enter(A$tcp_make_synack, { sk, req, ireq });
  try {

  if (at(A$tcp_make_synack.L242)) yield;
  const skb = tcpSkb(ireq.ir_loc_addr, ireq.ir_rmt_addr, ireq.ir_num, ireq.ir_rmt_port);
  // (the first SYN-ACK's time: the handshake's RTT sample when the final ACK comes, unless it was retransmitted)
  if (!req.num_retrans) treq.snt_synack = E.now;
  $f.vars.skb = skb;
  if (at(A$tcp_make_synack.L247)) yield;
  tcpSkbLayout(skb);
  if (at(A$tcp_make_synack.L250)) yield;
  // (the route inet_csk_route_req found for the client's address)
  skb._skb_refdst = ip_route_output_ports(sk.sk_net, ireq.ir_rmt_addr);
  if (at(A$tcp_make_synack.L259)) yield;
  skb_push(skb, 24);
  if (at(A$tcp_make_synack.L260)) yield;
  skb_reset_transport_header(skb);
  const th = skb.th!;
  $f.vars.th = th;
  if (at(A$tcp_make_synack.L264)) yield;
  th.syn = 1;
  if (at(A$tcp_make_synack.L265)) yield;
  th.ack = 1;
  if (at(A$tcp_make_synack.L268)) yield;
  if (at(A$tcp_make_synack.L269)) yield;
  if (at(A$tcp_make_synack.L273)) yield;
  th.seq = treq.snt_isn >>> 0;
  if (at(A$tcp_make_synack.L275)) yield;
  th.ack_seq = treq.rcv_nxt >>> 0;
  if (at(A$tcp_make_synack.L277)) yield;
  th.window = Math.min(req.rsk_rcv_wnd, 65535);
  // (tcp_synack_options: mss = tcp_mss_clamp(tp, dst_metric_advmss(dst)), the route to the client's)
  th.options.mss = dst_metric_advmss(ip_route_output_ports(sk.skc_net, inet_rsk(req).ir_rmt_addr));
  th.doff = 6;
  if (at(A$tcp_make_synack.L284)) yield;
  return skb;
  } finally {
    leave($f);
  }
}
const A$tcp_send_delayed_ack = defineFn('net/ipv4/tcp_output.c', 'tcp_send_delayed_ack', [397, 401, 403, 406, 412, 414]);

/** tcp_send_delayed_ack(): arm the delayed-ACK timer ato from now (a reply may carry the ACK first). */
export function* tcp_send_delayed_ack(sk: Sock): Sim<void> {
  const icsk = inet_csk(sk);
  const a = icsk.icsk_ack;
  const $f = enter(A$tcp_send_delayed_ack, { sk, icsk });
  try {

  let ato = a.ato;
  if (at(A$tcp_send_delayed_ack.L397)) yield;
  if (ato > TCP_DELACK_MIN) {
    let max_ato = 500_000;
    if (inet_csk_in_pingpong_mode(sk) || a.pending & 4 /* ICSK_ACK_PUSHED */) max_ato = TCP_DELACK_MAX;
    ato = Math.min(ato, max_ato);
  }
  $f.vars.ato = ato;
  if (at(A$tcp_send_delayed_ack.L401)) yield;
  // jiffies + ato; a timer due now still waits for the next tick
  let timeout = E.now + Math.max(ato, JIFFY);
  if (at(A$tcp_send_delayed_ack.L403)) yield;
  if (a.pending & ICSK_ACK_TIMER) {
    if (a.timeout <= E.now + (ato >> 2)) {
      if (at(A$tcp_send_delayed_ack.L406)) yield;
      ($E.fast || $E.twinOk[tcp_send_ack.k] === 1 ? tcp_send_ack$fast(sk) : yield* tcp_send_ack(sk));
      return;
    }
    if (timeout >= a.timeout) timeout = a.timeout;
  }
  if (at(A$tcp_send_delayed_ack.L412)) yield;
  a.pending |= ICSK_ACK_SCHED | ICSK_ACK_TIMER;
  a.timeout = timeout;
  if (at(A$tcp_send_delayed_ack.L414)) yield;
  icsk.icsk_delack_timer!.mod(timeout - E.now);
  } finally {
    leave($f);
  }
}
const A$__tcp_send_ack = defineFn('net/ipv4/tcp_output.c', '__tcp_send_ack', [427, 430, 442, 446]);

export function* __tcp_send_ack(sk: Sock, rcv_nxt: number): Sim<void> {
  const $f = enter(A$__tcp_send_ack, { sk, rcv_nxt });
  try {
  if (at(A$__tcp_send_ack.L427)) yield;
  if (sk.sk_state === 7 /* TCP_CLOSE */) return;
  if (at(A$__tcp_send_ack.L430)) yield;
  if (at(A$__tcp_send_ack.L442)) yield;
  if (at(A$__tcp_send_ack.L446)) yield;
  ($E.fast || $E.twinOk[__tcp_transmit_skb.k] === 1 ? __tcp_transmit_skb$fast(sk, tcp_sk(sk).snd_nxt, ACK) : yield* __tcp_transmit_skb(sk, tcp_sk(sk).snd_nxt, ACK));
  } finally {
    leave($f);
  }
}
const A$tcp_send_ack = defineFn('net/ipv4/tcp_output.c', 'tcp_send_ack', [457]);

export function* tcp_send_ack(sk: Sock): Sim<void> {
  const $f = enter(A$tcp_send_ack, { sk });
  try {
  if (at(A$tcp_send_ack.L457)) yield;
  ($E.fast || $E.twinOk[__tcp_send_ack.k] === 1 ? __tcp_send_ack$fast(sk, tcp_sk(sk).rcv_nxt) : yield* __tcp_send_ack(sk, tcp_sk(sk).rcv_nxt));
  } finally {
    leave($f);
  }
}
const A$tcp_send_fin = defineFn('net/ipv4/tcp_output.c', 'tcp_send_fin', [158, 164, 166, 167, 168, 175, 183, 186, 189]);

/** tcp_send_fin(): put a FIN on the last unsent skb, or queue an empty FIN skb, and push it out. */
export function* tcp_send_fin(sk: Sock): Sim<void> {
  const tp = tcp_sk(sk);
  const q = sk.sk_write_queue;
  const tskb = q.length ? q[q.length - 1] : null;
  const $f = enter(A$tcp_send_fin, { sk, tp, tskb });
  try {

  if (at(A$tcp_send_fin.L158)) yield;
  if (at(A$tcp_send_fin.L164)) yield;
  if (tskb !== null) {
    if (at(A$tcp_send_fin.L166)) yield;
    tskb.th!.fin = 1;
    if (at(A$tcp_send_fin.L167)) yield;
    if (at(A$tcp_send_fin.L168)) yield;
    tp.write_seq = (tp.write_seq + 1) >>> 0;
  } else {
    if (at(A$tcp_send_fin.L175)) yield;
    const skb = tcpQueueSkb(sk, tp.write_seq);
    $f.vars.skb = skb;
    if (at(A$tcp_send_fin.L183)) yield;
    skb.th!.fin = 1;
    if (at(A$tcp_send_fin.L186)) yield;
    tcp_queue_skb(sk, skb);
  }
  if (at(A$tcp_send_fin.L189)) yield;
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
const A$tcp_cwnd_test = defineFn('net/ipv4/tcp_output.c', 'tcp_cwnd_test', [496, 498, 501, 502, 503, 504, 506, 507]);

/** tcp_cwnd_test(): how many segments congestion control lets us send now (0: cwnd is full). */
function* tcp_cwnd_test(tp: TcpSock, skb: SkBuff): Sim<number> {
  const $f = enter(A$tcp_cwnd_test, { tp, skb });
  try {
  if (at(A$tcp_cwnd_test.L496)) yield;
  if (skb.th!.fin && tcp_skb_pcount(skb) === 1) {
    if (at(A$tcp_cwnd_test.L498)) yield;
    return 1;
  }
  if (at(A$tcp_cwnd_test.L501)) yield;
  const in_flight = tcp_packets_in_flight(tp);
  $f.vars.in_flight = in_flight;
  if (at(A$tcp_cwnd_test.L502)) yield;
  const cwnd = tp.snd_cwnd;
  $f.vars.cwnd = cwnd;
  if (at(A$tcp_cwnd_test.L503)) yield;
  if (in_flight >= cwnd) {
    if (at(A$tcp_cwnd_test.L504)) yield;
    return 0;
  }
  if (at(A$tcp_cwnd_test.L506)) yield;
  const halfcwnd = Math.max(cwnd >>> 1, 1);
  if (at(A$tcp_cwnd_test.L507)) yield;
  return Math.min(halfcwnd, cwnd - in_flight);
  } finally {
    leave($f);
  }
}
const A$tcp_snd_wnd_test = defineFn('net/ipv4/tcp_output.c', 'tcp_snd_wnd_test', [520, 522, 523, 525]);

/** tcp_snd_wnd_test(): does the segment fit in the window the peer offers? */
function* tcp_snd_wnd_test(tp: TcpSock, skb: SkBuff, cur_mss: number): Sim<boolean> {
  const $f = enter(A$tcp_snd_wnd_test, { tp, skb, cur_mss });
  try {
  if (at(A$tcp_snd_wnd_test.L520)) yield;
  let end = end_seq(skb);
  if (at(A$tcp_snd_wnd_test.L522)) yield;
  if (skb.len > cur_mss) {
    if (at(A$tcp_snd_wnd_test.L523)) yield;
    end = (skb.th!.seq + cur_mss) >>> 0;
  }
  $f.vars.end_seq = end;
  if (at(A$tcp_snd_wnd_test.L525)) yield;
  return !after(end, tcp_wnd_end(tp));
  } finally {
    leave($f);
  }
}
const A$tcp_nagle_test = defineFn('net/ipv4/tcp_output.c', 'tcp_nagle_test', [537, 538, 540, 541, 543, 544, 546]);

/** tcp_nagle_test(): may this segment go now under Nagle's rule (Minshall's variant)? */
function* tcp_nagle_test(tp: TcpSock, skb: SkBuff, cur_mss: number, nonagle: number): Sim<boolean> {
  const $f = enter(A$tcp_nagle_test, { tp, skb, cur_mss, nonagle });
  try {
  if (at(A$tcp_nagle_test.L537)) yield;
  if (nonagle & TCP_NAGLE_PUSH) {
    if (at(A$tcp_nagle_test.L538)) yield;
    return true;
  }
  if (at(A$tcp_nagle_test.L540)) yield;
  if (skb.th!.fin) {
    if (at(A$tcp_nagle_test.L541)) yield;
    return true;
  }
  if (at(A$tcp_nagle_test.L543)) yield;
  if (!tcp_nagle_check(skb.len < cur_mss, tp, nonagle)) {
    if (at(A$tcp_nagle_test.L544)) yield;
    return true;
  }
  if (at(A$tcp_nagle_test.L546)) yield;
  return false;
  } finally {
    leave($f);
  }
}
const A$tcp_event_new_data_sent = defineFn('net/ipv4/tcp_output.c', 'tcp_event_new_data_sent', [561, 563, 564, 566, 567, 568]);

/** tcp_event_new_data_sent(): the segment is out — snd_nxt moves, it goes to the retransmit queue, the RTO is armed. */
function* tcp_event_new_data_sent(sk: Sock, skb: SkBuff): Sim<void> {
  const tp = tcp_sk(sk);
  const prior_packets = tp.packets_out;
  const $f = enter(A$tcp_event_new_data_sent, { sk, skb, prior_packets });
  try {
  if (at(A$tcp_event_new_data_sent.L561)) yield;
  tp.snd_nxt = end_seq(skb);
  if (at(A$tcp_event_new_data_sent.L563)) yield;
  sk.sk_write_queue.shift();
  if (at(A$tcp_event_new_data_sent.L564)) yield;
  tp.tcp_rtx_queue.push(skb);
  if (at(A$tcp_event_new_data_sent.L566)) yield;
  tp.packets_out += tcp_skb_pcount(skb);
  if (at(A$tcp_event_new_data_sent.L567)) yield;
  if (!prior_packets) {
    if (at(A$tcp_event_new_data_sent.L568)) yield;
    inet_csk_reset_xmit_timer(sk, inet_csk(sk).icsk_rto);
  }
  } finally {
    leave($f);
  }
}
const A$tcp_cwnd_validate = defineFn('net/ipv4/tcp_output.c', 'tcp_cwnd_validate', [585, 587, 588, 589]);

/** tcp_cwnd_validate(): remember the window's most segments in flight and whether cwnd was the limit. */
function* tcp_cwnd_validate(sk: Sock, is_cwnd_limited: boolean): Sim<void> {
  const tp = tcp_sk(sk);
  const $f = enter(A$tcp_cwnd_validate, { sk, is_cwnd_limited });
  try {
  if (at(A$tcp_cwnd_validate.L585)) yield;
  if (!before(tp.snd_una, tp.max_packets_seq) || tp.packets_out > tp.max_packets_out) {
    if (at(A$tcp_cwnd_validate.L587)) yield;
    tp.max_packets_out = tp.packets_out;
    if (at(A$tcp_cwnd_validate.L588)) yield;
    tp.max_packets_seq = tp.snd_nxt;
    if (at(A$tcp_cwnd_validate.L589)) yield;
    tp.is_cwnd_limited = is_cwnd_limited;
  }
  } finally {
    leave($f);
  }
}

/** tcp_set_skb_tso_segs(): how many MSS-sized segments the skb makes, and the size it is cut to (0 for one). */
export function tcp_set_skb_tso_segs(skb: SkBuff, mss_now: number): void {
  if (skb.len <= mss_now) {
    skb.gso_segs = 1;
    skb.gso_size = 0;
  } else {
    skb.gso_segs = Math.ceil(skb.len / mss_now);
    skb.gso_size = mss_now;
  }
}

/** tcp_init_tso_segs(): count the skb's segments the first time it is looked at, or again when the MSS changed. */
function tcp_init_tso_segs(skb: SkBuff, mss_now: number): number {
  const tso_segs = tcp_skb_pcount(skb);
  if (!tso_segs || (tso_segs > 1 && tcp_skb_mss(skb) !== mss_now)) {
    tcp_set_skb_tso_segs(skb, mss_now);
    return tcp_skb_pcount(skb);
  }
  return tso_segs;
}

/**
 * tcp_adjust_pcount(): an skb already sent now counts decr segments fewer — the counters of what is
 * in flight follow (Reno's duplicate-ACK count too).
 */
export function tcp_adjust_pcount(sk: Sock, skb: SkBuff, decr: number): void {
  const tp = tcp_sk(sk);
  tp.packets_out -= decr;
  if (skb.tcp_sacked & TCPCB_SACKED_ACKED) tp.sacked_out -= decr;
  if (skb.tcp_sacked & TCPCB_SACKED_RETRANS) tp.retrans_out -= decr;
  if (skb.tcp_sacked & TCPCB_LOST) tp.lost_out -= decr;
  if (decr > 0) tp.sacked_out -= Math.min(tp.sacked_out, decr);
}

/** net.ipv4.tcp_min_tso_segs and tcp_tso_win_divisor (v5.4's defaults). */
const TCP_MIN_TSO_SEGS = 2;
const TCP_TSO_WIN_DIVISOR = 3;

/**
 * tcp_tso_segs() → tcp_tso_autosize(): segments per GSO packet — what the pacing rate sends in
 * 2^-sk_pacing_shift s (about 1 ms), at most a GSO packet, at least tcp_min_tso_segs; no limit is
 * known (~0) until tcp_update_pacing_rate has an RTT.
 */
function tcp_tso_segs(sk: Sock, mss_now: number): number {
  const bytes = Math.min(Math.floor(sk.sk_pacing_rate / (1 << sk.sk_pacing_shift)), sk.sk_gso_max_size - 1 - MAX_TCP_HEADER);
  const segs = Math.max(Math.floor(bytes / mss_now), TCP_MIN_TSO_SEGS);
  return Math.min(segs, sk.sk_gso_max_segs);
}

/** tcp_nagle_check(): true when a partial segment must wait (corked, or Nagle with a small one unACKed — Minshall). */
function tcp_nagle_check(partial: boolean, tp: TcpSock, nonagle: number): boolean {
  const minshall = after(tp.snd_sml, tp.snd_una) && !after(tp.snd_sml, tp.snd_nxt);
  return partial && (!!(nonagle & TCP_NAGLE_CORK) || (!nonagle && tp.packets_out > 0 && minshall));
}
const A$tcp_mss_split_point = defineFn('net/ipv4/tcp_output.c', 'tcp_mss_split_point', [627, 628, 631, 632, 634, 636, 637, 640, 641, 642, 644]);

/** tcp_mss_split_point(): how much of the send head goes now — whole MSS up to max_segs, within the peer's window. */
function* tcp_mss_split_point(sk: Sock, skb: SkBuff, mss_now: number, max_segs: number, nonagle: number): Sim<number> {
  const tp = tcp_sk(sk);
  const $f = enter(A$tcp_mss_split_point, { sk, skb, mss_now, max_segs, nonagle, tp });
  try {
  if (at(A$tcp_mss_split_point.L627)) yield;
  const window = (tcp_wnd_end(tp) - skb.th!.seq) >>> 0;
  $f.vars.window = window;
  if (at(A$tcp_mss_split_point.L628)) yield;
  const max_len = mss_now * max_segs;
  $f.vars.max_len = max_len;
  const q = sk.sk_write_queue;
  if (at(A$tcp_mss_split_point.L631)) yield;
  if (max_len <= window && skb !== q[q.length - 1]) {
    if (at(A$tcp_mss_split_point.L632)) yield;
    return max_len;
  }
  if (at(A$tcp_mss_split_point.L634)) yield;
  const needed = Math.min(skb.len, window);
  $f.vars.needed = needed;
  if (at(A$tcp_mss_split_point.L636)) yield;
  if (max_len <= needed) {
    if (at(A$tcp_mss_split_point.L637)) yield;
    return max_len;
  }
  if (at(A$tcp_mss_split_point.L640)) yield;
  const partial = needed % mss_now;
  $f.vars.partial = partial;
  if (at(A$tcp_mss_split_point.L641)) yield;
  if (tcp_nagle_check(partial !== 0, tp, nonagle)) {
    if (at(A$tcp_mss_split_point.L642)) yield;
    return needed - partial;
  }
  if (at(A$tcp_mss_split_point.L644)) yield;
  return needed;
  } finally {
    leave($f);
  }
}
const A$tso_fragment = defineFn('net/ipv4/tcp_output.c', 'tso_fragment', [661, 665, 670, 672, 673, 676, 677, 678, 681, 682, 683, 685, 690, 694, 695, 698, 700]);

/**
 * tso_fragment(): cut the unsent skb at len — the rest, with the PSH and FIN, becomes a new skb
 * right after it on the write queue. Its data is all in page fragments (tcp_sendmsg_locked).
 */
function* tso_fragment(sk: Sock, skb: SkBuff, len: number, mss_now: number): Sim<number> {
  const $f = enter(A$tso_fragment, { sk, skb, len, mss_now });
  try {
  const nlen = skb.len - len;
  $f.vars.nlen = nlen;
  if (at(A$tso_fragment.L661)) yield;
  if (at(A$tso_fragment.L665)) yield;
  const buff = tcpQueueSkb(sk, (skb.th!.seq + len) >>> 0);
  $f.vars.buff = buff;
  if (at(A$tso_fragment.L670)) yield;
  sk.sk_wmem_queued += TCP_SKB_TRUESIZE;
  if (at(A$tso_fragment.L672)) yield;
  if (at(A$tso_fragment.L673)) yield;
  if (at(A$tso_fragment.L676)) yield;
  if (at(A$tso_fragment.L677)) yield;
  if (at(A$tso_fragment.L678)) yield;
  if (at(A$tso_fragment.L681)) yield;
  if (at(A$tso_fragment.L682)) yield;
  if (at(A$tso_fragment.L683)) yield;
  splitFlags(skb, buff);
  if (at(A$tso_fragment.L685)) yield;
  if (at(A$tso_fragment.L690)) yield;
  skb_split(skb, buff, len);
  if (at(A$tso_fragment.L694)) yield;
  tcp_set_skb_tso_segs(skb, mss_now);
  if (at(A$tso_fragment.L695)) yield;
  tcp_set_skb_tso_segs(buff, mss_now);
  if (at(A$tso_fragment.L698)) yield;
  const q = sk.sk_write_queue;
  q.splice(q.indexOf(skb) + 1, 0, buff);
  if (at(A$tso_fragment.L700)) yield;
  return 0;
  } finally {
    leave($f);
  }
}

/** skb_split() (net/core/skbuff.c): the bytes from len on move to buff. */
function skb_split(skb: SkBuff, buff: SkBuff, len: number): void {
  buff.payload = skb.payload.slice(len);
  skb.payload = skb.payload.slice(0, len);
}

/** PSH and FIN belong to the last byte: the second part of a cut skb takes them, the first loses them. */
function splitFlags(skb: SkBuff, buff: SkBuff): void {
  const th = skb.th!;
  const bh = buff.th!;
  bh.psh = th.psh;
  bh.fin = th.fin;
  bh.ack = th.ack;
  th.psh = 0;
  th.fin = 0;
}

/** TCP_FRAG_IN_WRITE_QUEUE / TCP_FRAG_IN_RTX_QUEUE: which queue tcp_fragment's skb is on. */
export const TCP_FRAG_IN_WRITE_QUEUE = 0;
export const TCP_FRAG_IN_RTX_QUEUE = 1;
const A$tcp_fragment = defineFn('net/ipv4/tcp_output.c', 'tcp_fragment', [721, 724, 725, 726, 729, 730, 738, 741, 746, 753, 754, 755, 758, 759, 760, 761, 764, 768, 772, 774, 775, 780, 781, 784, 785, 789, 793]);

/**
 * tcp_fragment(): cut a queued skb at len — unsent on the write queue, or sent on the retransmit
 * queue (where the new part keeps its retransmit marks and send time, and the counters follow).
 */
export function* tcp_fragment(sk: Sock, tcp_queue: number, skb: SkBuff, len: number, mss_now: number): Sim<number> {
  const tp = tcp_sk(sk);
  const $f = enter(A$tcp_fragment, { sk, tcp_queue, skb, len, mss_now, tp });
  try {
  if (at(A$tcp_fragment.L721)) yield;
  if (at(A$tcp_fragment.L724)) yield;
  if (at(A$tcp_fragment.L725)) yield;
  if (at(A$tcp_fragment.L726)) yield;
  if (at(A$tcp_fragment.L729)) yield;
  if (at(A$tcp_fragment.L730)) yield;
  if (at(A$tcp_fragment.L738)) yield;
  if (at(A$tcp_fragment.L741)) yield;
  const buff = tcpQueueSkb(sk, (skb.th!.seq + len) >>> 0);
  $f.vars.buff = buff;
  if (at(A$tcp_fragment.L746)) yield;
  sk.sk_wmem_queued += TCP_SKB_TRUESIZE;
  if (at(A$tcp_fragment.L753)) yield;
  if (at(A$tcp_fragment.L754)) yield;
  if (at(A$tcp_fragment.L755)) yield;
  if (at(A$tcp_fragment.L758)) yield;
  if (at(A$tcp_fragment.L759)) yield;
  if (at(A$tcp_fragment.L760)) yield;
  splitFlags(skb, buff);
  if (at(A$tcp_fragment.L761)) yield;
  buff.tcp_sacked = skb.tcp_sacked;
  if (at(A$tcp_fragment.L764)) yield;
  skb_split(skb, buff, len);
  if (at(A$tcp_fragment.L768)) yield;
  buff.skb_mstamp = skb.skb_mstamp;
  if (at(A$tcp_fragment.L772)) yield;
  const old_factor = tcp_skb_pcount(skb);
  $f.vars.old_factor = old_factor;
  if (at(A$tcp_fragment.L774)) yield;
  tcp_set_skb_tso_segs(skb, mss_now);
  if (at(A$tcp_fragment.L775)) yield;
  tcp_set_skb_tso_segs(buff, mss_now);
  if (at(A$tcp_fragment.L780)) yield;
  if (!before(tp.snd_nxt, end_seq(buff))) {
    if (at(A$tcp_fragment.L781)) yield;
    const diff = old_factor - tcp_skb_pcount(skb) - tcp_skb_pcount(buff);
    if (at(A$tcp_fragment.L784)) yield;
    if (diff) {
      if (at(A$tcp_fragment.L785)) yield;
      tcp_adjust_pcount(sk, skb, diff);
    }
  }
  if (at(A$tcp_fragment.L789)) yield;
  const q = tcp_queue === TCP_FRAG_IN_WRITE_QUEUE ? sk.sk_write_queue : tp.tcp_rtx_queue;
  q.splice(q.indexOf(skb) + 1, 0, buff);
  if (at(A$tcp_fragment.L793)) yield;
  return 0;
  } finally {
    leave($f);
  }
}
const A$tcp_trim_head = defineFn('net/ipv4/tcp_output.c', 'tcp_trim_head', [805, 808, 811, 815, 816, 817, 819, 823, 824, 826]);

/** tcp_trim_head(): the first len bytes of a sent skb are acknowledged — it now starts at snd_una. */
export function* tcp_trim_head(sk: Sock, skb: SkBuff, len: number): Sim<number> {
  const $f = enter(A$tcp_trim_head, { sk, skb, len });
  try {
  if (at(A$tcp_trim_head.L805)) yield;
  if (at(A$tcp_trim_head.L808)) yield;
  skb.payload = skb.payload.slice(len);
  if (at(A$tcp_trim_head.L811)) yield;
  skb.th!.seq = (skb.th!.seq + len) >>> 0;
  if (at(A$tcp_trim_head.L815)) yield;
  if (at(A$tcp_trim_head.L816)) yield;
  if (at(A$tcp_trim_head.L817)) yield;
  sk.sk_wmem_queued -= len;
  if (at(A$tcp_trim_head.L819)) yield;
  sock_set_flag(sk, SOCK_QUEUE_SHRUNK);
  if (at(A$tcp_trim_head.L823)) yield;
  if (tcp_skb_pcount(skb) > 1) {
    if (at(A$tcp_trim_head.L824)) yield;
    tcp_set_skb_tso_segs(skb, tcp_skb_mss(skb));
  }
  if (at(A$tcp_trim_head.L826)) yield;
  return 0;
  } finally {
    leave($f);
  }
}
const A$tcp_tso_should_defer = defineFn('net/ipv4/tcp_output.c', 'tcp_tso_should_defer', [848, 849, 852, 853, 854, 856, 861, 864, 866, 869, 870, 872, 873, 875, 877, 878, 880, 881, 882, 889, 890, 891, 892, 893, 894, 897, 898, 899, 900, 903, 904, 905, 909, 911, 913, 916]);

/**
 * tcp_tso_should_defer(): hold a GSO skb back when little of it may go now and an ACK is due
 * soon — so that fewer, larger packets leave (John Heffner's "TSO Nagle"); out.cwnd / out.rwnd say
 * which window held it.
 */
function* tcp_tso_should_defer(sk: Sock, skb: SkBuff, out: { cwnd: boolean; rwnd: boolean }, max_segs: number): Sim<boolean> {
  const icsk = inet_csk(sk);
  const tp = tcp_sk(sk);
  const $f = enter(A$tcp_tso_should_defer, { sk, skb, max_segs, tp });
  try {
  if (at(A$tcp_tso_should_defer.L848)) yield;
  if (icsk.icsk_ca_state >= TCP_CA_Recovery) {
    if (at(A$tcp_tso_should_defer.L849)) yield;
    if (at(A$tcp_tso_should_defer.L916)) yield;
    return false;
  }
  if (at(A$tcp_tso_should_defer.L852)) yield;
  let delta = E.now - tp.tcp_wstamp - 1000;
  $f.vars.delta = delta;
  if (at(A$tcp_tso_should_defer.L853)) yield;
  if (delta > 0) {
    if (at(A$tcp_tso_should_defer.L854)) yield;
    if (at(A$tcp_tso_should_defer.L916)) yield;
    return false;
  }
  if (at(A$tcp_tso_should_defer.L856)) yield;
  const in_flight = tcp_packets_in_flight(tp);
  $f.vars.in_flight = in_flight;
  if (at(A$tcp_tso_should_defer.L861)) yield;
  const send_win = (tcp_wnd_end(tp) - skb.th!.seq) >>> 0;
  $f.vars.send_win = send_win;
  if (at(A$tcp_tso_should_defer.L864)) yield;
  const cong_win = (tp.snd_cwnd - in_flight) * tp.mss_cache;
  $f.vars.cong_win = cong_win;
  if (at(A$tcp_tso_should_defer.L866)) yield;
  const limit = Math.min(send_win, cong_win);
  $f.vars.limit = limit;
  if (at(A$tcp_tso_should_defer.L869)) yield;
  if (limit >= max_segs * tp.mss_cache) {
    if (at(A$tcp_tso_should_defer.L870)) yield;
    if (at(A$tcp_tso_should_defer.L916)) yield;
    return false;
  }
  const q = sk.sk_write_queue;
  if (at(A$tcp_tso_should_defer.L872)) yield;
  if (skb !== q[q.length - 1] && limit >= skb.len) {
    if (at(A$tcp_tso_should_defer.L873)) yield;
    if (at(A$tcp_tso_should_defer.L916)) yield;
    return false;
  }
  if (at(A$tcp_tso_should_defer.L875)) yield;
  if (at(A$tcp_tso_should_defer.L877)) yield;
  if (at(A$tcp_tso_should_defer.L878)) yield;
  let chunk = Math.min(tp.snd_wnd, tp.snd_cwnd * tp.mss_cache);
  if (at(A$tcp_tso_should_defer.L880)) yield;
  chunk = Math.floor(chunk / TCP_TSO_WIN_DIVISOR);
  $f.vars.chunk = chunk;
  if (at(A$tcp_tso_should_defer.L881)) yield;
  if (limit >= chunk) {
    if (at(A$tcp_tso_should_defer.L882)) yield;
    if (at(A$tcp_tso_should_defer.L916)) yield;
    return false;
  }
  if (at(A$tcp_tso_should_defer.L889)) yield;
  const head = tp.tcp_rtx_queue[0];
  $f.vars.head = head ?? null;
  if (at(A$tcp_tso_should_defer.L890)) yield;
  if (head === undefined) {
    if (at(A$tcp_tso_should_defer.L891)) yield;
    if (at(A$tcp_tso_should_defer.L916)) yield;
    return false;
  }
  if (at(A$tcp_tso_should_defer.L892)) yield;
  delta = E.now - head.skb_mstamp;
  $f.vars.delta = delta;
  if (at(A$tcp_tso_should_defer.L893)) yield;
  if (delta - (tp.srtt_us >> 4) < 0) {
    if (at(A$tcp_tso_should_defer.L894)) yield;
    if (at(A$tcp_tso_should_defer.L916)) yield;
    return false;
  }
  if (at(A$tcp_tso_should_defer.L897)) yield;
  if (cong_win < send_win) {
    if (at(A$tcp_tso_should_defer.L898)) yield;
    if (cong_win <= skb.len) {
      if (at(A$tcp_tso_should_defer.L899)) yield;
      out.cwnd = true;
      if (at(A$tcp_tso_should_defer.L900)) yield;
      return true;
    }
  } else {
    if (at(A$tcp_tso_should_defer.L903)) yield;
    if (send_win <= skb.len) {
      if (at(A$tcp_tso_should_defer.L904)) yield;
      out.rwnd = true;
      if (at(A$tcp_tso_should_defer.L905)) yield;
      return true;
    }
  }
  if (at(A$tcp_tso_should_defer.L909)) yield;
  if (skb.th!.fin) {
    if (at(A$tcp_tso_should_defer.L911)) yield;
    if (at(A$tcp_tso_should_defer.L916)) yield;
    return false;
  }
  if (at(A$tcp_tso_should_defer.L913)) yield;
  return true;
  } finally {
    leave($f);
  }
}
const A$tcp_write_xmit = defineFn('net/ipv4/tcp_output.c', 'tcp_write_xmit', [941, 942, 947, 951, 952, 956, 960, 961, 962, 967, 968, 971, 973, 976, 980, 981, 982, 989, 996, 1000, 1002, 1004, 1006, 1007, 1012, 1013, 1014, 1017, 1018, 1019, 1021]);

/**
 * tcp_write_xmit(): send what the write queue holds while congestion window, receive window and
 * Nagle allow — each time the send head, cut (tso_fragment) to the whole MSS cwnd and the window
 * allow, as one GSO packet; true when nothing is in flight and something is left (the caller arms
 * the probe timer).
 */
export function* tcp_write_xmit(sk: Sock, mss_now: number, nonagle: number, push_one: number): Sim<boolean> {
  const tp = tcp_sk(sk);
  const $f = enter(A$tcp_write_xmit, { sk, mss_now, nonagle, push_one, tp });
  try {

  const lim = { cwnd: false, rwnd: false };
  let sent_pkts = 0;
  $f.vars.sent_pkts = 0;
  const q = sk.sk_write_queue;
  if (at(A$tcp_write_xmit.L941)) yield;
  const max_segs = tcp_tso_segs(sk, mss_now);
  $f.vars.max_segs = max_segs;
  if (at(A$tcp_write_xmit.L942)) yield;
  while (q.length) {
    const skb = q[0];
    $f.vars.skb = skb;
    if (at(A$tcp_write_xmit.L947)) yield;
    const tso_segs = tcp_init_tso_segs(skb, mss_now);
    $f.vars.tso_segs = tso_segs;
    if (at(A$tcp_write_xmit.L951)) yield;
    const cwnd_quota = ($E.fast || $E.twinOk[tcp_cwnd_test.k] === 1 ? tcp_cwnd_test$fast(tp, skb) : yield* tcp_cwnd_test(tp, skb));
    $f.vars.cwnd_quota = cwnd_quota;
    if (at(A$tcp_write_xmit.L952)) yield;
    if (!cwnd_quota) {
      if (at(A$tcp_write_xmit.L956)) yield;
      break;
    }
    if (at(A$tcp_write_xmit.L960)) yield;
    if (!(($E.fast || $E.twinOk[tcp_snd_wnd_test.k] === 1 ? tcp_snd_wnd_test$fast(tp, skb, mss_now) : yield* tcp_snd_wnd_test(tp, skb, mss_now)))) {
      if (at(A$tcp_write_xmit.L961)) yield;
      lim.rwnd = true;
      if (at(A$tcp_write_xmit.L962)) yield;
      break;
    }
    if (at(A$tcp_write_xmit.L967)) yield;
    if (tso_segs === 1) {
      if (at(A$tcp_write_xmit.L968)) yield;
      if (!(($E.fast || $E.twinOk[tcp_nagle_test.k] === 1 ? tcp_nagle_test$fast(tp, skb, mss_now, q.length === 1 ? nonagle : TCP_NAGLE_PUSH) : yield* tcp_nagle_test(tp, skb, mss_now, q.length === 1 ? nonagle : TCP_NAGLE_PUSH)))) {
        if (at(A$tcp_write_xmit.L971)) yield;
        break;
      }
    } else {
      if (at(A$tcp_write_xmit.L973)) yield;
      if (!push_one && (($E.fast || $E.twinOk[tcp_tso_should_defer.k] === 1 ? tcp_tso_should_defer$fast(sk, skb, lim, max_segs) : yield* tcp_tso_should_defer(sk, skb, lim, max_segs)))) {
        if (at(A$tcp_write_xmit.L976)) yield;
        break;
      }
    }
    if (at(A$tcp_write_xmit.L980)) yield;
    let limit = mss_now;
    if (at(A$tcp_write_xmit.L981)) yield;
    if (tso_segs > 1) {
      if (at(A$tcp_write_xmit.L982)) yield;
      limit = ($E.fast || $E.twinOk[tcp_mss_split_point.k] === 1 ? tcp_mss_split_point$fast(sk, skb, mss_now, Math.min(cwnd_quota, max_segs), nonagle) : yield* tcp_mss_split_point(sk, skb, mss_now, Math.min(cwnd_quota, max_segs), nonagle));
    }
    $f.vars.limit = limit;
    if (at(A$tcp_write_xmit.L989)) yield;
    if (skb.len > limit) ($E.fast || $E.twinOk[tso_fragment.k] === 1 ? tso_fragment$fast(sk, skb, limit, mss_now) : yield* tso_fragment(sk, skb, limit, mss_now));
    if (at(A$tcp_write_xmit.L996)) yield;
    ($E.fast || $E.twinOk[tcp_transmit_skb.k] === 1 ? tcp_transmit_skb$fast(sk, skb) : yield* tcp_transmit_skb(sk, skb));
    if (at(A$tcp_write_xmit.L1000)) yield;
    ($E.fast || $E.twinOk[tcp_event_new_data_sent.k] === 1 ? tcp_event_new_data_sent$fast(sk, skb) : yield* tcp_event_new_data_sent(sk, skb));
    if (at(A$tcp_write_xmit.L1002)) yield;
    if (skb.len < tcp_skb_pcount(skb) * mss_now) tp.snd_sml = end_seq(skb);
    if (at(A$tcp_write_xmit.L1004)) yield;
    sent_pkts += tcp_skb_pcount(skb);
    $f.vars.sent_pkts = sent_pkts;
    if (at(A$tcp_write_xmit.L1006)) yield;
    if (push_one) {
      if (at(A$tcp_write_xmit.L1007)) yield;
      break;
    }
  }
  if (at(A$tcp_write_xmit.L1012)) yield;
  if (sent_pkts) {
    if (tcp_in_cwnd_reduction(sk)) {
      if (at(A$tcp_write_xmit.L1013)) yield;
      if (at(A$tcp_write_xmit.L1014)) yield;
      tp.prr_out += sent_pkts;
    }
    if (at(A$tcp_write_xmit.L1017)) yield;
    const is_cwnd_limited = lim.cwnd || tcp_packets_in_flight(tp) >= tp.snd_cwnd;
    if (at(A$tcp_write_xmit.L1018)) yield;
    ($E.fast || $E.twinOk[tcp_cwnd_validate.k] === 1 ? tcp_cwnd_validate$fast(sk, is_cwnd_limited) : yield* tcp_cwnd_validate(sk, is_cwnd_limited));
    if (at(A$tcp_write_xmit.L1019)) yield;
    return false;
  }
  if (at(A$tcp_write_xmit.L1021)) yield;
  return !tp.packets_out && q.length > 0;
  } finally {
    leave($f);
  }
}

/** tcp_transmit_skb(sk, skb, 1, …): a clone of the queued skb goes out; the original stays for retransmission. */
export function* tcp_transmit_skb(sk: Sock, skb: SkBuff): Sim<SkBuff> {
  const th = skb.th!;
  skb.skb_mstamp = E.now;
  const clone = ($E.fast || $E.twinOk[__tcp_transmit_skb.k] === 1 ? __tcp_transmit_skb$fast(sk, th.seq, QUEUED_FLAGS[th.syn | (th.ack << 1) | (th.fin << 2) | (th.psh << 3)], skb.payload, skb.gso_segs || 1, skb.gso_size) : yield* __tcp_transmit_skb(sk, th.seq, QUEUED_FLAGS[th.syn | (th.ack << 1) | (th.fin << 2) | (th.psh << 3)], skb.payload, skb.gso_segs || 1, skb.gso_size));
  skb.fclone = clone;
  return clone;
}

/** The flags a queued skb can go out with (SYN, ACK, FIN, PSH bits 0–3), made once: no object per segment. */
const QUEUED_FLAGS: readonly TcpFlags[] = Array.from({ length: 16 }, (_, b) => tcpFlagsOf(!!(b & 1), !!(b & 2), !!(b & 4), false, !!(b & 8)));
const A$__tcp_push_pending_frames = defineFn('net/ipv4/tcp_output.c', '__tcp_push_pending_frames', [1033, 1036, 1038]);

/** __tcp_push_pending_frames(): send what may go; with nothing in flight and data held back, arm the zero-window probe. */
export function* __tcp_push_pending_frames(sk: Sock, cur_mss: number, nonagle: number): Sim<void> {
  const $f = enter(A$__tcp_push_pending_frames, { sk, cur_mss, nonagle });
  try {
  if (at(A$__tcp_push_pending_frames.L1033)) yield;
  if (sk.sk_state === 7 /* TCP_CLOSE */) return;
  if (at(A$__tcp_push_pending_frames.L1036)) yield;
  if (($E.fast || $E.twinOk[tcp_write_xmit.k] === 1 ? tcp_write_xmit$fast(sk, cur_mss, nonagle, 0) : yield* tcp_write_xmit(sk, cur_mss, nonagle, 0))) {
    if (at(A$__tcp_push_pending_frames.L1038)) yield;
    tcp_check_probe_timer(sk);
  }
  } finally {
    leave($f);
  }
}
const A$tcp_push_one = defineFn('net/ipv4/tcp_output.c', 'tcp_push_one', [1052]);

/** tcp_push_one(): send the one full skb at the send head now. */
export function* tcp_push_one(sk: Sock, mss_now: number): Sim<void> {
  const $f = enter(A$tcp_push_one, { sk, mss_now });
  try {
  if (at(A$tcp_push_one.L1052)) yield;
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
const A$tcp_write_wakeup = defineFn('net/ipv4/tcp_output.c', 'tcp_write_wakeup', [1066, 1069, 1070, 1072, 1073, 1075, 1076, 1078, 1080, 1081, 1082, 1085, 1086, 1088, 1089, 1091, 1092, 1097]);

/** tcp_write_wakeup(): a zero-window probe — one byte beyond the window if there is data, else an old sequence number. */
export function* tcp_write_wakeup(sk: Sock): Sim<number> {
  const tp = tcp_sk(sk);
  const $f = enter(A$tcp_write_wakeup, { sk, tp });
  try {
  if (at(A$tcp_write_wakeup.L1066)) yield;
  if (sk.sk_state === 7 /* TCP_CLOSE */) return -1;
  if (at(A$tcp_write_wakeup.L1069)) yield;
  const skb = sk.sk_write_queue[0];
  if (at(A$tcp_write_wakeup.L1070)) yield;
  if (skb && before(skb.th!.seq, tcp_wnd_end(tp))) {
    // the window opened a little: send what fits (not reached while the window is zero)
    if (at(A$tcp_write_wakeup.L1072)) yield;
    const mss = tcp_current_mss(sk);
    if (at(A$tcp_write_wakeup.L1073)) yield;
    let seg_size = (tcp_wnd_end(tp) - skb.th!.seq) >>> 0;
    if (at(A$tcp_write_wakeup.L1075)) yield;
    if (before(tp.pushed_seq, end_seq(skb))) {
      if (at(A$tcp_write_wakeup.L1076)) yield;
      tp.pushed_seq = end_seq(skb);
    }
    if (at(A$tcp_write_wakeup.L1078)) yield;
    if (seg_size < ((end_seq(skb) - skb.th!.seq) >>> 0) || skb.len > mss) {
      if (at(A$tcp_write_wakeup.L1080)) yield;
      seg_size = Math.min(seg_size, mss);
      if (at(A$tcp_write_wakeup.L1081)) yield;
      skb.th!.psh = 1;
      if (at(A$tcp_write_wakeup.L1082)) yield;
      ($E.fast || $E.twinOk[tcp_fragment.k] === 1 ? tcp_fragment$fast(sk, TCP_FRAG_IN_WRITE_QUEUE, skb, seg_size, mss) : yield* tcp_fragment(sk, TCP_FRAG_IN_WRITE_QUEUE, skb, seg_size, mss));
    } else if (!tcp_skb_pcount(skb)) {
      if (at(A$tcp_write_wakeup.L1085)) yield;
      if (at(A$tcp_write_wakeup.L1086)) yield;
      tcp_set_skb_tso_segs(skb, mss);
    }
    if (at(A$tcp_write_wakeup.L1088)) yield;
    skb.th!.psh = 1;
    if (at(A$tcp_write_wakeup.L1089)) yield;
    ($E.fast || $E.twinOk[tcp_transmit_skb.k] === 1 ? tcp_transmit_skb$fast(sk, skb) : yield* tcp_transmit_skb(sk, skb));
    if (at(A$tcp_write_wakeup.L1091)) yield;
    ($E.fast || $E.twinOk[tcp_event_new_data_sent.k] === 1 ? tcp_event_new_data_sent$fast(sk, skb) : yield* tcp_event_new_data_sent(sk, skb));
    if (at(A$tcp_write_wakeup.L1092)) yield;
    return 0;
  }
  if (at(A$tcp_write_wakeup.L1097)) yield;
  // tcp_xmit_probe_skb(sk, 0): a bare ACK with sequence snd_una - 1 — the peer must answer with its window
  ($E.fast || $E.twinOk[__tcp_transmit_skb.k] === 1 ? __tcp_transmit_skb$fast(sk, (tp.snd_una - 1) >>> 0, ACK) : yield* __tcp_transmit_skb(sk, (tp.snd_una - 1) >>> 0, ACK));
  return 0;
  } finally {
    leave($f);
  }
}
const A$tcp_send_probe0 = defineFn('net/ipv4/tcp_output.c', 'tcp_send_probe0', [1115, 1117, 1118, 1119, 1123, 1124, 1125, 1127, 1131]);

/** tcp_send_probe0(): the zero-window probe timer fired — probe, and back off while the window stays shut. */
export function* tcp_send_probe0(sk: Sock): Sim<void> {
  const icsk = inet_csk(sk);
  const tp = tcp_sk(sk);
  const $f = enter(A$tcp_send_probe0, { sk, icsk, tp });
  try {
  if (at(A$tcp_send_probe0.L1115)) yield;
  const err = ($E.fast || $E.twinOk[tcp_write_wakeup.k] === 1 ? tcp_write_wakeup$fast(sk) : yield* tcp_write_wakeup(sk));
  if (at(A$tcp_send_probe0.L1117)) yield;
  if (tp.packets_out || !sk.sk_write_queue.length) {
    // the window opened (data is in flight) or nothing is left to send: no more probes
    if (at(A$tcp_send_probe0.L1118)) yield;
    icsk.icsk_probes_out = 0;
    if (at(A$tcp_send_probe0.L1119)) yield;
    icsk.icsk_backoff = 0;
    return;
  }
  if (at(A$tcp_send_probe0.L1123)) yield;
  icsk.icsk_probes_out++;
  if (at(A$tcp_send_probe0.L1124)) yield;
  if (err <= 0) {
    if (at(A$tcp_send_probe0.L1125)) yield;
    if (icsk.icsk_backoff < 15) icsk.icsk_backoff++;
    if (at(A$tcp_send_probe0.L1127)) yield;
  }
  if (at(A$tcp_send_probe0.L1131)) yield;
  tcp_reset_xmit_timer(sk, ICSK_TIME_PROBE0, tcp_probe0_when(sk, TCP_RTO_MAX));
  } finally {
    leave($f);
  }
}
const A$tcp_xmit_retransmit_queue = defineFn('net/ipv4/tcp_output.c', 'tcp_xmit_retransmit_queue', [1148, 1151, 1154, 1164, 1165, 1170, 1172, 1184, 1190, 1191, 1195, 1196, 1198, 1200]);

/**
 * tcp_xmit_retransmit_queue(): retransmit the segments marked lost, as far as cwnd allows (fast
 * retransmit and recovery after an RTO); the head's retransmission re-arms the RTO.
 */
export function* tcp_xmit_retransmit_queue(sk: Sock): Sim<void> {
  const tp = tcp_sk(sk);
  const $f = enter(A$tcp_xmit_retransmit_queue, { sk, tp });
  try {
  if (at(A$tcp_xmit_retransmit_queue.L1148)) yield;
  if (!tp.packets_out) return;
  if (at(A$tcp_xmit_retransmit_queue.L1151)) yield;
  const rtx = tp.tcp_rtx_queue;
  const rtx_head = rtx[0];
  if (at(A$tcp_xmit_retransmit_queue.L1154)) yield;
  for (let i = 0; i < rtx.length; i++) {
    const skb = rtx[i];
    $f.vars.skb = skb;
    if (at(A$tcp_xmit_retransmit_queue.L1164)) yield;
    const segs = tp.snd_cwnd - tcp_packets_in_flight(tp);
    $f.vars.segs = segs;
    if (at(A$tcp_xmit_retransmit_queue.L1165)) yield;
    if (segs <= 0) return;
    if (at(A$tcp_xmit_retransmit_queue.L1170)) yield;
    if (tp.retrans_out >= tp.lost_out) break;
    if (at(A$tcp_xmit_retransmit_queue.L1172)) yield;
    if (!(skb.tcp_sacked & TCPCB_LOST)) continue;
    if (at(A$tcp_xmit_retransmit_queue.L1184)) yield;
    if (skb.tcp_sacked & TCPCB_SACKED_RETRANS) continue;
    if (at(A$tcp_xmit_retransmit_queue.L1190)) yield;
    if (($E.fast || $E.twinOk[tcp_retransmit_skb.k] === 1 ? tcp_retransmit_skb$fast(sk, skb, segs) : yield* tcp_retransmit_skb(sk, skb, segs))) {
      if (at(A$tcp_xmit_retransmit_queue.L1191)) yield;
      return;
    }
    if (at(A$tcp_xmit_retransmit_queue.L1195)) yield;
    if (tcp_in_cwnd_reduction(sk)) {
      if (at(A$tcp_xmit_retransmit_queue.L1196)) yield;
      tp.prr_out += tcp_skb_pcount(skb);
    }
    if (at(A$tcp_xmit_retransmit_queue.L1198)) yield;
    if (skb === rtx_head) {
      if (at(A$tcp_xmit_retransmit_queue.L1200)) yield;
      tcp_reset_xmit_timer(sk, ICSK_TIME_RETRANS, inet_csk(sk).icsk_rto);
    }
  }
  } finally {
    leave($f);
  }
}
const A$tcp_send_active_reset = defineFn('net/ipv4/tcp_output.c', 'tcp_send_active_reset', [205, 212, 216, 219]);

/** tcp_send_active_reset(): abort — a RST with an acceptable sequence number, no retransmission. */
export function* tcp_send_active_reset(sk: Sock): Sim<void> {
  const $f = enter(A$tcp_send_active_reset, { sk });
  try {
  if (at(A$tcp_send_active_reset.L205)) yield;
  if (at(A$tcp_send_active_reset.L212)) yield;
  if (at(A$tcp_send_active_reset.L216)) yield;
  ($E.fast || $E.twinOk[__tcp_transmit_skb.k] === 1 ? __tcp_transmit_skb$fast(sk, tcp_sk(sk).snd_nxt, RST_ACK) : yield* __tcp_transmit_skb(sk, tcp_sk(sk).snd_nxt, RST_ACK));
  NET_INC_STATS(sk.skc_net, MIB.OutRsts);
  if (at(A$tcp_send_active_reset.L219)) yield;
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
const A$skb_still_in_host_queue = defineFn('net/ipv4/tcp_output.c', 'skb_still_in_host_queue', [1220, 1221, 1223, 1225]);

/** skb_still_in_host_queue(): the last copy is still in this host — a retransmission now would only queue a second one. */
export function* skb_still_in_host_queue(sk: Sock, skb: SkBuff): Sim<boolean> {
  const $f = enter(A$skb_still_in_host_queue, { sk, skb });
  try {
  if (at(A$skb_still_in_host_queue.L1220)) yield;
  if (skb_fclone_busy(sk, skb)) {
    if (at(A$skb_still_in_host_queue.L1221)) yield;
    NET_INC_STATS(sk.skc_net, MIB.TCPSpuriousRtxHostQueues);
    if (at(A$skb_still_in_host_queue.L1223)) yield;
    return true;
  }
  if (at(A$skb_still_in_host_queue.L1225)) yield;
  return false;
  } finally {
    leave($f);
  }
}
const A$__tcp_retransmit_skb = defineFn('net/ipv4/tcp_output.c', '__tcp_retransmit_skb', [1242, 1243, 1246, 1251, 1255, 1257, 1259, 1262, 1263, 1264, 1271, 1272, 1273, 1274, 1275, 1279, 1280, 1281, 1282, 1283, 1284, 1291, 1294, 1297, 1301]);

/**
 * __tcp_retransmit_skb(): resend a queued segment as a fresh clone — unless its last copy is still
 * in this host (-EBUSY); at most segs MSS of it (tcp_fragment cuts the rest off).
 */
export function* __tcp_retransmit_skb(sk: Sock, skb: SkBuff, segs: number): Sim<number> {
  const tp = tcp_sk(sk);
  const $f = enter(A$__tcp_retransmit_skb, { sk, skb, segs, tp });
  try {
  if (at(A$__tcp_retransmit_skb.L1242)) yield;
  if (($E.fast || $E.twinOk[skb_still_in_host_queue.k] === 1 ? skb_still_in_host_queue$fast(sk, skb) : yield* skb_still_in_host_queue(sk, skb))) {
    if (at(A$__tcp_retransmit_skb.L1243)) yield;
    return -ERRNO.EBUSY;
  }
  if (at(A$__tcp_retransmit_skb.L1246)) yield;
  if (before(skb.th!.seq, tp.snd_una)) {
    if (at(A$__tcp_retransmit_skb.L1251)) yield;
    ($E.fast || $E.twinOk[tcp_trim_head.k] === 1 ? tcp_trim_head$fast(sk, skb, (tp.snd_una - skb.th!.seq) >>> 0) : yield* tcp_trim_head(sk, skb, (tp.snd_una - skb.th!.seq) >>> 0));
  }
  if (at(A$__tcp_retransmit_skb.L1255)) yield;
  const cur_mss = tcp_current_mss(sk);
  $f.vars.cur_mss = cur_mss;
  if (at(A$__tcp_retransmit_skb.L1257)) yield;
  if (!before(skb.th!.seq, tcp_wnd_end(tp)) && skb.th!.seq !== tp.snd_una) {
    if (at(A$__tcp_retransmit_skb.L1259)) yield;
    return -ERRNO.EAGAIN;
  }
  if (at(A$__tcp_retransmit_skb.L1262)) yield;
  const len = cur_mss * segs;
  $f.vars.len = len;
  if (at(A$__tcp_retransmit_skb.L1263)) yield;
  if (skb.len > len) {
    if (at(A$__tcp_retransmit_skb.L1264)) yield;
    ($E.fast || $E.twinOk[tcp_fragment.k] === 1 ? tcp_fragment$fast(sk, TCP_FRAG_IN_RTX_QUEUE, skb, len, cur_mss) : yield* tcp_fragment(sk, TCP_FRAG_IN_RTX_QUEUE, skb, len, cur_mss));
  } else {
    if (at(A$__tcp_retransmit_skb.L1271)) yield;
    let diff = tcp_skb_pcount(skb);
    if (at(A$__tcp_retransmit_skb.L1272)) yield;
    tcp_set_skb_tso_segs(skb, cur_mss);
    if (at(A$__tcp_retransmit_skb.L1273)) yield;
    diff -= tcp_skb_pcount(skb);
    if (at(A$__tcp_retransmit_skb.L1274)) yield;
    if (diff) {
      if (at(A$__tcp_retransmit_skb.L1275)) yield;
      tcp_adjust_pcount(sk, skb, diff);
    }
  }
  if (at(A$__tcp_retransmit_skb.L1279)) yield;
  const n = tcp_skb_pcount(skb);
  if (at(A$__tcp_retransmit_skb.L1280)) yield;
  NET_INC_STATS(sk.skc_net, MIB.RetransSegs, n);
  if (at(A$__tcp_retransmit_skb.L1281)) yield;
  if (skb.th!.syn) {
    if (at(A$__tcp_retransmit_skb.L1282)) yield;
    NET_INC_STATS(sk.skc_net, MIB.TCPSynRetrans);
  }
  if (at(A$__tcp_retransmit_skb.L1283)) yield;
  tp.total_retrans += n;
  if (at(A$__tcp_retransmit_skb.L1284)) yield;
  if (at(A$__tcp_retransmit_skb.L1291)) yield;
  ($E.fast || $E.twinOk[tcp_transmit_skb.k] === 1 ? tcp_transmit_skb$fast(sk, skb) : yield* tcp_transmit_skb(sk, skb));
  if (at(A$__tcp_retransmit_skb.L1294)) yield;
  skb.tcp_sacked |= TCPCB_EVER_RETRANS;
  if (at(A$__tcp_retransmit_skb.L1297)) yield;
  traceTcpEvent('tcp_retransmit_skb', sk, skb);
  if (at(A$__tcp_retransmit_skb.L1301)) yield;
  return 0;
  } finally {
    leave($f);
  }
}
const A$tcp_retransmit_skb = defineFn('net/ipv4/tcp_output.c', 'tcp_retransmit_skb', [132, 134, 136, 137, 141, 142, 147]);

/** tcp_retransmit_skb(): send a queued segment again, at most segs MSS of it (a clone; the queued skb stays, marked retransmitted). */
export function* tcp_retransmit_skb(sk: Sock, skb: SkBuff, segs: number): Sim<number> {
  const tp = tcp_sk(sk);
  const $f = enter(A$tcp_retransmit_skb, { sk, skb, segs });
  try {

  if (at(A$tcp_retransmit_skb.L132)) yield;
  const err = ($E.fast || $E.twinOk[__tcp_retransmit_skb.k] === 1 ? __tcp_retransmit_skb$fast(sk, skb, segs) : yield* __tcp_retransmit_skb(sk, skb, segs));
  $f.vars.err = err;
  if (at(A$tcp_retransmit_skb.L134)) yield;
  if (err === 0) {
    if (at(A$tcp_retransmit_skb.L136)) yield;
    skb.tcp_sacked |= TCPCB_SACKED_RETRANS;
    if (at(A$tcp_retransmit_skb.L137)) yield;
    tp.retrans_out += tcp_skb_pcount(skb);
  }
  if (at(A$tcp_retransmit_skb.L141)) yield;
  if (!tp.retrans_stamp) {
    if (at(A$tcp_retransmit_skb.L142)) yield;
    tp.retrans_stamp = E.now;
  }
  if (at(A$tcp_retransmit_skb.L147)) yield;
  return err;
  } finally {
    leave($f);
  }
}
const A$tcp_rtx_synack = defineFn('net/ipv4/tcp_output.c', 'tcp_rtx_synack', [474, 480]);

/** tcp_rtx_synack(): the request sock's timer resends the SYN-ACK (traced; the first one is not). */
export function* tcp_rtx_synack(sk: Sock, req: RequestSock): Sim<number> {
  const $f = enter(A$tcp_rtx_synack, { sk, req });
  try {
  if (at(A$tcp_rtx_synack.L474)) yield;
  ($E.fast || $E.twinOk[tcp_v4_send_synack.k] === 1 ? tcp_v4_send_synack$fast(sk, req) : yield* tcp_v4_send_synack(sk, req));
  NET_INC_STATS(sk.skc_net, MIB.TCPSynRetrans);
  if (at(A$tcp_rtx_synack.L480)) yield;
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
export function __tcp_transmit_skb$fast(sk: Sock, seq: number, flags: TcpFlags, payload = '', segs = 1, gso_size = 0): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0;
  const inet = inet_sk(sk);
  const tp = tcp_sk(sk);
  const $f = ($tb !== null && ($o = (A$__tcp_transmit_skb.fn.id | 268435456), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {

  if (!flags.syn) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__tcp_transmit_skb.L59) : $tb.op($e.now, A$__tcp_transmit_skb.L59));
    if (segs > 1 && !flags.psh) {
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__tcp_transmit_skb.L60) : $tb.op($e.now, A$__tcp_transmit_skb.L60));
      flags = QUEUED_FLAGS[(flags.ack ? 2 : 0) | (flags.fin ? 4 : 0) | 8];
    }
  }
  const skb = tcpSkb(inet.inet_saddr, inet.inet_daddr, inet.inet_sport, inet.inet_dport, payload);
  skb.skb_mstamp = E.now;
  // (the skb as sk_stream_alloc_skb made it: MAX_TCP_HEADER of room, the payload)
  tcpSkbLayout(skb);
  skb.sk = sk;
  
  $s += 8; if ($tb !== null) ($o = (A$__tcp_transmit_skb.L65 | 7340032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
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
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__tcp_transmit_skb.L86) : $tb.op($e.now, A$__tcp_transmit_skb.L86));
  // a SYN's window is never scaled; later segments advertise the free receive space
  th.window = flags.syn ? Math.min(tp.rcv_wnd || 65535, 65535) : tcp_select_window(sk);
  const a = inet_csk(sk).icsk_ack;
  if (flags.ack) {
    // tcp_event_ack_sent(): this segment carries our ACK — no delayed ACK is owed any more
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__tcp_transmit_skb.L97) : $tb.op($e.now, A$__tcp_transmit_skb.L97));
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
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__tcp_transmit_skb.L101) : $tb.op($e.now, A$__tcp_transmit_skb.L101));
    tp.lsndtime = E.now;
    if (E.now - a.lrcvtime < a.ato && a.pingpong < 255) a.pingpong++;
  }
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__tcp_transmit_skb.L106) : $tb.op($e.now, A$__tcp_transmit_skb.L106));
  const tcb_end = (seq + (flags.syn ? 1 : 0) + (flags.fin ? 1 : 0) + payload.length) >>> 0;
  // (a retransmission is not counted here: __tcp_retransmit_skb counts it in RetransSegs)
  if (after(tcb_end, tp.snd_nxt) || seq === tcb_end) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__tcp_transmit_skb.L107) : $tb.op($e.now, A$__tcp_transmit_skb.L107));
    NET_INC_STATS(sk.skc_net, MIB.OutSegs, segs);
  }
  $s += 4; if ($tb !== null) ($o = (A$__tcp_transmit_skb.L110 | 3145728), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  
  skb.gso_segs = segs;
  
  skb.gso_size = gso_size;
  // (no pacing: the departure time is now — tcp_tso_should_defer reads it)
  tp.tcp_wstamp = E.now;
  
  __ip_queue_xmit$fast(sk, skb);
  return ($r = (skb), ($e.steps += $s, $tb !== null && ($o = (A$__tcp_transmit_skb.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
function tcp_connect_init$fast(sk: Sock): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $s = 0;
  const tp = tcp_sk(sk);
  const $f = ($tb !== null && ($o = (A$tcp_connect_init.L305 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
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
  $s += 5; if ($tb !== null) ($o = (A$tcp_connect_init.L324 | 4194304), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
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
  const $f = ($tb !== null && ($o = (A$tcp_connect.L354 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {

  ++$s;
  tcp_connect_init$fast(sk);
  $s += 5; if ($tb !== null) ($o = (A$tcp_connect.L357 | 4194304), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  
  const seq = tp.write_seq;
  tp.write_seq = (tp.write_seq + 1) >>> 0;
  
  tp.retrans_stamp = E.now;
  
  
  const skb = __tcp_transmit_skb$fast(sk, seq, SYN);
  // (the SYN sent is the one queued: its own clone, for skb_still_in_host_queue)
  skb.fclone = skb;
  
  tp.tcp_rtx_queue.push(skb);
  tp.packets_out = 1;
  $s += 3; if ($tb !== null) ($o = (A$tcp_connect.L374 | 2097152), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  tp.snd_nxt = tp.write_seq;
  tp.pushed_seq = tp.write_seq;
  
  NET_INC_STATS(sk.skc_net, MIB.ActiveOpens);
  
  inet_csk_reset_xmit_timer(sk, inet_csk(sk).icsk_rto);
  ++$s; $x = A$tcp_connect.L382 | 1048576;
  return ($r = (0), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_connect.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
export function tcp_make_synack$fast(sk: Sock, req: RequestSock): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0; let $x = -1;
  const ireq = inet_rsk(req);
  const treq = tcp_rsk(req);
  const $f = ($tb !== null && ($o = (A$tcp_make_synack.L242 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {

  ++$s;
  const skb = tcpSkb(ireq.ir_loc_addr, ireq.ir_rmt_addr, ireq.ir_num, ireq.ir_rmt_port);
  // (the first SYN-ACK's time: the handshake's RTT sample when the final ACK comes, unless it was retransmitted)
  if (!req.num_retrans) treq.snt_synack = E.now;
  
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_make_synack.L247) : $tb.op($e.now, A$tcp_make_synack.L247));
  tcpSkbLayout(skb);
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_make_synack.L250) : $tb.op($e.now, A$tcp_make_synack.L250));
  // (the route inet_csk_route_req found for the client's address)
  skb._skb_refdst = ip_route_output_ports(sk.sk_net, ireq.ir_rmt_addr);
  $s += 9; if ($tb !== null) ($o = (A$tcp_make_synack.L259 | 8388608), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
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
  ++$s; $x = A$tcp_make_synack.L284 | 1048576;
  return ($r = (skb), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_make_synack.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
export function tcp_send_delayed_ack$fast(sk: Sock): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $s = 0;
  const icsk = inet_csk(sk);
  const a = icsk.icsk_ack;
  const $f = ($tb !== null && ($o = (A$tcp_send_delayed_ack.L397 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {

  let ato = a.ato;
  ++$s;
  if (ato > TCP_DELACK_MIN) {
    let max_ato = 500_000;
    if (inet_csk_in_pingpong_mode(sk) || a.pending & 4 /* ICSK_ACK_PUSHED */) max_ato = TCP_DELACK_MAX;
    ato = Math.min(ato, max_ato);
  }
  
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_send_delayed_ack.L401) : $tb.op($e.now, A$tcp_send_delayed_ack.L401));
  // jiffies + ato; a timer due now still waits for the next tick
  let timeout = E.now + Math.max(ato, JIFFY);
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_send_delayed_ack.L403) : $tb.op($e.now, A$tcp_send_delayed_ack.L403));
  if (a.pending & ICSK_ACK_TIMER) {
    if (a.timeout <= E.now + (ato >> 2)) {
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_send_delayed_ack.L406) : $tb.op($e.now, A$tcp_send_delayed_ack.L406));
      tcp_send_ack$fast(sk);
      { ($e.steps += $s, $tb !== null && ($o = (A$tcp_send_delayed_ack.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))); return; }
    }
    if (timeout >= a.timeout) timeout = a.timeout;
  }
  $s += 2; if ($tb !== null) ($o = (A$tcp_send_delayed_ack.L412 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  a.pending |= ICSK_ACK_SCHED | ICSK_ACK_TIMER;
  a.timeout = timeout;
  
  icsk.icsk_delack_timer!.mod(timeout - E.now);
  } ($e.steps += $s, $tb !== null && ($o = (A$tcp_send_delayed_ack.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
}
export function __tcp_send_ack$fast(sk: Sock, rcv_nxt: number): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $s = 0;
  const $f = ($tb !== null && ($o = (A$__tcp_send_ack.L427 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  ++$s;
  if (sk.sk_state === 7 /* TCP_CLOSE */) { ($e.steps += $s, $tb !== null && ($o = (A$__tcp_send_ack.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))); return; }
  $s += 3; if ($tb !== null) ($o = (A$__tcp_send_ack.L430 | 2097152), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  
  
  __tcp_transmit_skb$fast(sk, tcp_sk(sk).snd_nxt, ACK);
  } ($e.steps += $s, $tb !== null && ($o = (A$__tcp_send_ack.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
}
export function tcp_send_ack$fast(sk: Sock): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $s = 0;
  const $f = ($tb !== null && ($o = (A$tcp_send_ack.L457 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  ++$s;
  __tcp_send_ack$fast(sk, tcp_sk(sk).rcv_nxt);
  } ($e.steps += $s, $tb !== null && ($o = (A$tcp_send_ack.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
}
export function tcp_send_fin$fast(sk: Sock): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $s = 0;
  const tp = tcp_sk(sk);
  const q = sk.sk_write_queue;
  const tskb = q.length ? q[q.length - 1] : null;
  const $f = ($tb !== null && ($o = (A$tcp_send_fin.L158 | 270532608), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {

  $s += 2;
  
  if (tskb !== null) {
    $s += 3; if ($tb !== null) ($o = (A$tcp_send_fin.L166 | 2097152), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
    tskb.th!.fin = 1;
    
    
    tp.write_seq = (tp.write_seq + 1) >>> 0;
  } else {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_send_fin.L175) : $tb.op($e.now, A$tcp_send_fin.L175));
    const skb = tcpQueueSkb(sk, tp.write_seq);
    
    $s += 2; if ($tb !== null) ($o = (A$tcp_send_fin.L183 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
    skb.th!.fin = 1;
    
    tcp_queue_skb(sk, skb);
  }
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_send_fin.L189) : $tb.op($e.now, A$tcp_send_fin.L189));
  __tcp_push_pending_frames$fast(sk, tcp_current_mss(sk), TCP_NAGLE_OFF);
  } ($e.steps += $s, $tb !== null && ($o = (A$tcp_send_fin.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
}
function tcp_cwnd_test$fast(tp: TcpSock, skb: SkBuff): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0; let $x = -1;
  const $f = ($tb !== null && ($o = (A$tcp_cwnd_test.L496 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  ++$s;
  if (skb.th!.fin && tcp_skb_pcount(skb) === 1) {
    ++$s; $x = A$tcp_cwnd_test.L498 | 1048576;
    return ($r = (1), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_cwnd_test.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_cwnd_test.L501) : $tb.op($e.now, A$tcp_cwnd_test.L501));
  const in_flight = tcp_packets_in_flight(tp);
  
  $s += 2; if ($tb !== null) ($o = (A$tcp_cwnd_test.L502 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  const cwnd = tp.snd_cwnd;
  
  
  if (in_flight >= cwnd) {
    ++$s; $x = A$tcp_cwnd_test.L504 | 1048576;
    return ($r = (0), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_cwnd_test.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_cwnd_test.L506) : $tb.op($e.now, A$tcp_cwnd_test.L506));
  const halfcwnd = Math.max(cwnd >>> 1, 1);
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_cwnd_test.L507) : $tb.op($e.now, A$tcp_cwnd_test.L507));
  return ($r = (Math.min(halfcwnd, cwnd - in_flight)), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_cwnd_test.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
function tcp_snd_wnd_test$fast(tp: TcpSock, skb: SkBuff, cur_mss: number): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0;
  const $f = ($tb !== null && ($o = (A$tcp_snd_wnd_test.L520 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  ++$s;
  let end = end_seq(skb);
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_snd_wnd_test.L522) : $tb.op($e.now, A$tcp_snd_wnd_test.L522));
  if (skb.len > cur_mss) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_snd_wnd_test.L523) : $tb.op($e.now, A$tcp_snd_wnd_test.L523));
    end = (skb.th!.seq + cur_mss) >>> 0;
  }
  
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_snd_wnd_test.L525) : $tb.op($e.now, A$tcp_snd_wnd_test.L525));
  return ($r = (!after(end, tcp_wnd_end(tp))), ($e.steps += $s, $tb !== null && ($o = (A$tcp_snd_wnd_test.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
function tcp_nagle_test$fast(tp: TcpSock, skb: SkBuff, cur_mss: number, nonagle: number): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0; let $x = -1;
  const $f = ($tb !== null && ($o = (A$tcp_nagle_test.L537 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  ++$s;
  if (nonagle & TCP_NAGLE_PUSH) {
    ++$s; $x = A$tcp_nagle_test.L538 | 1048576;
    return ($r = (true), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_nagle_test.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_nagle_test.L540) : $tb.op($e.now, A$tcp_nagle_test.L540));
  if (skb.th!.fin) {
    ++$s; $x = A$tcp_nagle_test.L541 | 1048576;
    return ($r = (true), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_nagle_test.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_nagle_test.L543) : $tb.op($e.now, A$tcp_nagle_test.L543));
  if (!tcp_nagle_check(skb.len < cur_mss, tp, nonagle)) {
    ++$s; $x = A$tcp_nagle_test.L544 | 1048576;
    return ($r = (true), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_nagle_test.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
  ++$s; $x = A$tcp_nagle_test.L546 | 1048576;
  return ($r = (false), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_nagle_test.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
function tcp_event_new_data_sent$fast(sk: Sock, skb: SkBuff): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $s = 0;
  const tp = tcp_sk(sk);
  const prior_packets = tp.packets_out;
  const $f = ($tb !== null && ($o = (A$tcp_event_new_data_sent.L561 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  ++$s;
  tp.snd_nxt = end_seq(skb);
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_event_new_data_sent.L563) : $tb.op($e.now, A$tcp_event_new_data_sent.L563));
  sk.sk_write_queue.shift();
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_event_new_data_sent.L564) : $tb.op($e.now, A$tcp_event_new_data_sent.L564));
  tp.tcp_rtx_queue.push(skb);
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_event_new_data_sent.L566) : $tb.op($e.now, A$tcp_event_new_data_sent.L566));
  tp.packets_out += tcp_skb_pcount(skb);
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_event_new_data_sent.L567) : $tb.op($e.now, A$tcp_event_new_data_sent.L567));
  if (!prior_packets) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_event_new_data_sent.L568) : $tb.op($e.now, A$tcp_event_new_data_sent.L568));
    inet_csk_reset_xmit_timer(sk, inet_csk(sk).icsk_rto);
  }
  } ($e.steps += $s, $tb !== null && ($o = (A$tcp_event_new_data_sent.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
}
function tcp_cwnd_validate$fast(sk: Sock, is_cwnd_limited: boolean): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $s = 0;
  const tp = tcp_sk(sk);
  const $f = ($tb !== null && ($o = (A$tcp_cwnd_validate.L585 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  ++$s;
  if (!before(tp.snd_una, tp.max_packets_seq) || tp.packets_out > tp.max_packets_out) {
    $s += 3; if ($tb !== null) ($o = (A$tcp_cwnd_validate.L587 | 2097152), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
    tp.max_packets_out = tp.packets_out;
    
    tp.max_packets_seq = tp.snd_nxt;
    
    tp.is_cwnd_limited = is_cwnd_limited;
  }
  } ($e.steps += $s, $tb !== null && ($o = (A$tcp_cwnd_validate.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
}
function tcp_mss_split_point$fast(sk: Sock, skb: SkBuff, mss_now: number, max_segs: number, nonagle: number): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0; let $x = -1;
  const tp = tcp_sk(sk);
  const $f = ($tb !== null && ($o = (A$tcp_mss_split_point.L627 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  ++$s;
  const window = (tcp_wnd_end(tp) - skb.th!.seq) >>> 0;
  
  $s += 2; if ($tb !== null) ($o = (A$tcp_mss_split_point.L628 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  const max_len = mss_now * max_segs;
  
  const q = sk.sk_write_queue;
  
  if (max_len <= window && skb !== q[q.length - 1]) {
    ++$s; $x = A$tcp_mss_split_point.L632 | 1048576;
    return ($r = (max_len), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_mss_split_point.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_mss_split_point.L634) : $tb.op($e.now, A$tcp_mss_split_point.L634));
  const needed = Math.min(skb.len, window);
  
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_mss_split_point.L636) : $tb.op($e.now, A$tcp_mss_split_point.L636));
  if (max_len <= needed) {
    ++$s; $x = A$tcp_mss_split_point.L637 | 1048576;
    return ($r = (max_len), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_mss_split_point.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
  $s += 2; if ($tb !== null) ($o = (A$tcp_mss_split_point.L640 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  const partial = needed % mss_now;
  
  
  if (tcp_nagle_check(partial !== 0, tp, nonagle)) {
    ++$s; $x = A$tcp_mss_split_point.L642 | 1048576;
    return ($r = (needed - partial), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_mss_split_point.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
  ++$s; $x = A$tcp_mss_split_point.L644 | 1048576;
  return ($r = (needed), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_mss_split_point.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
function tso_fragment$fast(sk: Sock, skb: SkBuff, len: number, mss_now: number): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0; let $x = -1;
  const $f = ($tb !== null && ($o = (A$tso_fragment.L661 | 270532608), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  const nlen = skb.len - len;
  
  $s += 2;
  
  const buff = tcpQueueSkb(sk, (skb.th!.seq + len) >>> 0);
  
  $s += 9; if ($tb !== null) ($o = (A$tso_fragment.L670 | 8388608), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  sk.sk_wmem_queued += TCP_SKB_TRUESIZE;
  
  
  
  
  
  
  
  
  splitFlags(skb, buff);
  $s += 2; if ($tb !== null) ($o = (A$tso_fragment.L685 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  
  skb_split(skb, buff, len);
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tso_fragment.L694) : $tb.op($e.now, A$tso_fragment.L694));
  tcp_set_skb_tso_segs(skb, mss_now);
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tso_fragment.L695) : $tb.op($e.now, A$tso_fragment.L695));
  tcp_set_skb_tso_segs(buff, mss_now);
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tso_fragment.L698) : $tb.op($e.now, A$tso_fragment.L698));
  const q = sk.sk_write_queue;
  q.splice(q.indexOf(skb) + 1, 0, buff);
  ++$s; $x = A$tso_fragment.L700 | 1048576;
  return ($r = (0), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tso_fragment.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
export function tcp_fragment$fast(sk: Sock, tcp_queue: number, skb: SkBuff, len: number, mss_now: number): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0; let $x = -1;
  const tp = tcp_sk(sk);
  const $f = ($tb !== null && ($o = (A$tcp_fragment.L721 | 276824064), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  $s += 8;
  
  
  
  
  
  
  
  const buff = tcpQueueSkb(sk, (skb.th!.seq + len) >>> 0);
  
  $s += 7; if ($tb !== null) ($o = (A$tcp_fragment.L746 | 6291456), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  sk.sk_wmem_queued += TCP_SKB_TRUESIZE;
  
  
  
  
  
  
  splitFlags(skb, buff);
  $s += 2; if ($tb !== null) ($o = (A$tcp_fragment.L761 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  buff.tcp_sacked = skb.tcp_sacked;
  
  skb_split(skb, buff, len);
  $s += 2; if ($tb !== null) ($o = (A$tcp_fragment.L768 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  buff.skb_mstamp = skb.skb_mstamp;
  
  const old_factor = tcp_skb_pcount(skb);
  
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_fragment.L774) : $tb.op($e.now, A$tcp_fragment.L774));
  tcp_set_skb_tso_segs(skb, mss_now);
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_fragment.L775) : $tb.op($e.now, A$tcp_fragment.L775));
  tcp_set_skb_tso_segs(buff, mss_now);
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_fragment.L780) : $tb.op($e.now, A$tcp_fragment.L780));
  if (!before(tp.snd_nxt, end_seq(buff))) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_fragment.L781) : $tb.op($e.now, A$tcp_fragment.L781));
    const diff = old_factor - tcp_skb_pcount(skb) - tcp_skb_pcount(buff);
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_fragment.L784) : $tb.op($e.now, A$tcp_fragment.L784));
    if (diff) {
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_fragment.L785) : $tb.op($e.now, A$tcp_fragment.L785));
      tcp_adjust_pcount(sk, skb, diff);
    }
  }
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_fragment.L789) : $tb.op($e.now, A$tcp_fragment.L789));
  const q = tcp_queue === TCP_FRAG_IN_WRITE_QUEUE ? sk.sk_write_queue : tp.tcp_rtx_queue;
  q.splice(q.indexOf(skb) + 1, 0, buff);
  ++$s; $x = A$tcp_fragment.L793 | 1048576;
  return ($r = (0), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_fragment.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
export function tcp_trim_head$fast(sk: Sock, skb: SkBuff, len: number): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0; let $x = -1;
  const $f = ($tb !== null && ($o = (A$tcp_trim_head.L805 | 270532608), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  $s += 2;
  
  skb.payload = skb.payload.slice(len);
  $s += 5; if ($tb !== null) ($o = (A$tcp_trim_head.L811 | 4194304), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  skb.th!.seq = (skb.th!.seq + len) >>> 0;
  
  
  
  sk.sk_wmem_queued -= len;
  
  sock_set_flag(sk, SOCK_QUEUE_SHRUNK);
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_trim_head.L823) : $tb.op($e.now, A$tcp_trim_head.L823));
  if (tcp_skb_pcount(skb) > 1) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_trim_head.L824) : $tb.op($e.now, A$tcp_trim_head.L824));
    tcp_set_skb_tso_segs(skb, tcp_skb_mss(skb));
  }
  ++$s; $x = A$tcp_trim_head.L826 | 1048576;
  return ($r = (0), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_trim_head.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
function tcp_tso_should_defer$fast(sk: Sock, skb: SkBuff, out: { cwnd: boolean; rwnd: boolean }, max_segs: number): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0; let $x = -1;
  const icsk = inet_csk(sk);
  const tp = tcp_sk(sk);
  const $f = ($tb !== null && ($o = (A$tcp_tso_should_defer.L848 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  ++$s;
  if (icsk.icsk_ca_state >= TCP_CA_Recovery) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_tso_should_defer.L849) : $tb.op($e.now, A$tcp_tso_should_defer.L849));
    ++$s; $x = A$tcp_tso_should_defer.L916 | 1048576;
    return ($r = (false), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_tso_should_defer.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
  $s += 2; if ($tb !== null) ($o = (A$tcp_tso_should_defer.L852 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  let delta = E.now - tp.tcp_wstamp - 1000;
  
  
  if (delta > 0) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_tso_should_defer.L854) : $tb.op($e.now, A$tcp_tso_should_defer.L854));
    ++$s; $x = A$tcp_tso_should_defer.L916 | 1048576;
    return ($r = (false), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_tso_should_defer.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_tso_should_defer.L856) : $tb.op($e.now, A$tcp_tso_should_defer.L856));
  const in_flight = tcp_packets_in_flight(tp);
  
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_tso_should_defer.L861) : $tb.op($e.now, A$tcp_tso_should_defer.L861));
  const send_win = (tcp_wnd_end(tp) - skb.th!.seq) >>> 0;
  
  $s += 2; if ($tb !== null) ($o = (A$tcp_tso_should_defer.L864 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  const cong_win = (tp.snd_cwnd - in_flight) * tp.mss_cache;
  
  
  const limit = Math.min(send_win, cong_win);
  
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_tso_should_defer.L869) : $tb.op($e.now, A$tcp_tso_should_defer.L869));
  if (limit >= max_segs * tp.mss_cache) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_tso_should_defer.L870) : $tb.op($e.now, A$tcp_tso_should_defer.L870));
    ++$s; $x = A$tcp_tso_should_defer.L916 | 1048576;
    return ($r = (false), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_tso_should_defer.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
  const q = sk.sk_write_queue;
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_tso_should_defer.L872) : $tb.op($e.now, A$tcp_tso_should_defer.L872));
  if (skb !== q[q.length - 1] && limit >= skb.len) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_tso_should_defer.L873) : $tb.op($e.now, A$tcp_tso_should_defer.L873));
    ++$s; $x = A$tcp_tso_should_defer.L916 | 1048576;
    return ($r = (false), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_tso_should_defer.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
  $s += 3; if ($tb !== null) ($o = (A$tcp_tso_should_defer.L875 | 2097152), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  
  
  let chunk = Math.min(tp.snd_wnd, tp.snd_cwnd * tp.mss_cache);
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_tso_should_defer.L880) : $tb.op($e.now, A$tcp_tso_should_defer.L880));
  chunk = Math.floor(chunk / TCP_TSO_WIN_DIVISOR);
  
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_tso_should_defer.L881) : $tb.op($e.now, A$tcp_tso_should_defer.L881));
  if (limit >= chunk) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_tso_should_defer.L882) : $tb.op($e.now, A$tcp_tso_should_defer.L882));
    ++$s; $x = A$tcp_tso_should_defer.L916 | 1048576;
    return ($r = (false), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_tso_should_defer.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
  $s += 2; if ($tb !== null) ($o = (A$tcp_tso_should_defer.L889 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  const head = tp.tcp_rtx_queue[0];
  head ?? null;
  
  if (head === undefined) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_tso_should_defer.L891) : $tb.op($e.now, A$tcp_tso_should_defer.L891));
    ++$s; $x = A$tcp_tso_should_defer.L916 | 1048576;
    return ($r = (false), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_tso_should_defer.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
  $s += 2; if ($tb !== null) ($o = (A$tcp_tso_should_defer.L892 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  delta = E.now - head.skb_mstamp;
  
  
  if (delta - (tp.srtt_us >> 4) < 0) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_tso_should_defer.L894) : $tb.op($e.now, A$tcp_tso_should_defer.L894));
    ++$s; $x = A$tcp_tso_should_defer.L916 | 1048576;
    return ($r = (false), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_tso_should_defer.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_tso_should_defer.L897) : $tb.op($e.now, A$tcp_tso_should_defer.L897));
  if (cong_win < send_win) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_tso_should_defer.L898) : $tb.op($e.now, A$tcp_tso_should_defer.L898));
    if (cong_win <= skb.len) {
      $s += 2; $x = A$tcp_tso_should_defer.L899 | 2097152;
      out.cwnd = true;
      
      return ($r = (true), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_tso_should_defer.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
    }
  } else {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_tso_should_defer.L903) : $tb.op($e.now, A$tcp_tso_should_defer.L903));
    if (send_win <= skb.len) {
      $s += 2; $x = A$tcp_tso_should_defer.L904 | 2097152;
      out.rwnd = true;
      
      return ($r = (true), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_tso_should_defer.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
    }
  }
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_tso_should_defer.L909) : $tb.op($e.now, A$tcp_tso_should_defer.L909));
  if (skb.th!.fin) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_tso_should_defer.L911) : $tb.op($e.now, A$tcp_tso_should_defer.L911));
    ++$s; $x = A$tcp_tso_should_defer.L916 | 1048576;
    return ($r = (false), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_tso_should_defer.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
  ++$s; $x = A$tcp_tso_should_defer.L913 | 1048576;
  return ($r = (true), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_tso_should_defer.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
export function tcp_write_xmit$fast(sk: Sock, mss_now: number, nonagle: number, push_one: number): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0; let $x = -1;
  const tp = tcp_sk(sk);
  const $f = ($tb !== null && ($o = (A$tcp_write_xmit.L941 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {

  const lim = { cwnd: false, rwnd: false };
  let sent_pkts = 0;
  
  const q = sk.sk_write_queue;
  ++$s;
  const max_segs = tcp_tso_segs(sk, mss_now);
  
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_write_xmit.L942) : $tb.op($e.now, A$tcp_write_xmit.L942));
  while (q.length) {
    const skb = q[0];
    
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_write_xmit.L947) : $tb.op($e.now, A$tcp_write_xmit.L947));
    const tso_segs = tcp_init_tso_segs(skb, mss_now);
    
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_write_xmit.L951) : $tb.op($e.now, A$tcp_write_xmit.L951));
    const cwnd_quota = tcp_cwnd_test$fast(tp, skb);
    
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_write_xmit.L952) : $tb.op($e.now, A$tcp_write_xmit.L952));
    if (!cwnd_quota) {
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_write_xmit.L956) : $tb.op($e.now, A$tcp_write_xmit.L956));
      break;
    }
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_write_xmit.L960) : $tb.op($e.now, A$tcp_write_xmit.L960));
    if (!(tcp_snd_wnd_test$fast(tp, skb, mss_now))) {
      $s += 2; if ($tb !== null) ($o = (A$tcp_write_xmit.L961 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
      lim.rwnd = true;
      
      break;
    }
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_write_xmit.L967) : $tb.op($e.now, A$tcp_write_xmit.L967));
    if (tso_segs === 1) {
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_write_xmit.L968) : $tb.op($e.now, A$tcp_write_xmit.L968));
      if (!(tcp_nagle_test$fast(tp, skb, mss_now, q.length === 1 ? nonagle : TCP_NAGLE_PUSH))) {
        ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_write_xmit.L971) : $tb.op($e.now, A$tcp_write_xmit.L971));
        break;
      }
    } else {
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_write_xmit.L973) : $tb.op($e.now, A$tcp_write_xmit.L973));
      if (!push_one && (tcp_tso_should_defer$fast(sk, skb, lim, max_segs))) {
        ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_write_xmit.L976) : $tb.op($e.now, A$tcp_write_xmit.L976));
        break;
      }
    }
    $s += 2; if ($tb !== null) ($o = (A$tcp_write_xmit.L980 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
    let limit = mss_now;
    
    if (tso_segs > 1) {
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_write_xmit.L982) : $tb.op($e.now, A$tcp_write_xmit.L982));
      limit = tcp_mss_split_point$fast(sk, skb, mss_now, Math.min(cwnd_quota, max_segs), nonagle);
    }
    
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_write_xmit.L989) : $tb.op($e.now, A$tcp_write_xmit.L989));
    if (skb.len > limit) tso_fragment$fast(sk, skb, limit, mss_now);
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_write_xmit.L996) : $tb.op($e.now, A$tcp_write_xmit.L996));
    tcp_transmit_skb$fast(sk, skb);
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_write_xmit.L1000) : $tb.op($e.now, A$tcp_write_xmit.L1000));
    tcp_event_new_data_sent$fast(sk, skb);
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_write_xmit.L1002) : $tb.op($e.now, A$tcp_write_xmit.L1002));
    if (skb.len < tcp_skb_pcount(skb) * mss_now) tp.snd_sml = end_seq(skb);
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_write_xmit.L1004) : $tb.op($e.now, A$tcp_write_xmit.L1004));
    sent_pkts += tcp_skb_pcount(skb);
    
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_write_xmit.L1006) : $tb.op($e.now, A$tcp_write_xmit.L1006));
    if (push_one) {
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_write_xmit.L1007) : $tb.op($e.now, A$tcp_write_xmit.L1007));
      break;
    }
  }
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_write_xmit.L1012) : $tb.op($e.now, A$tcp_write_xmit.L1012));
  if (sent_pkts) {
    if (tcp_in_cwnd_reduction(sk)) {
      $s += 2; if ($tb !== null) ($o = (A$tcp_write_xmit.L1013 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
      
      tp.prr_out += sent_pkts;
    }
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_write_xmit.L1017) : $tb.op($e.now, A$tcp_write_xmit.L1017));
    const is_cwnd_limited = lim.cwnd || tcp_packets_in_flight(tp) >= tp.snd_cwnd;
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_write_xmit.L1018) : $tb.op($e.now, A$tcp_write_xmit.L1018));
    tcp_cwnd_validate$fast(sk, is_cwnd_limited);
    ++$s; $x = A$tcp_write_xmit.L1019 | 1048576;
    return ($r = (false), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_write_xmit.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
  ++$s; $x = A$tcp_write_xmit.L1021 | 1048576;
  return ($r = (!tp.packets_out && q.length > 0), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_write_xmit.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
export function tcp_transmit_skb$fast(sk: Sock, skb: SkBuff): any { const $e = $E;
  const th = skb.th!;
  skb.skb_mstamp = E.now;
  const clone = __tcp_transmit_skb$fast(sk, th.seq, QUEUED_FLAGS[th.syn | (th.ack << 1) | (th.fin << 2) | (th.psh << 3)], skb.payload, skb.gso_segs || 1, skb.gso_size);
  skb.fclone = clone;
  return clone;
}
export function __tcp_push_pending_frames$fast(sk: Sock, cur_mss: number, nonagle: number): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $s = 0;
  const $f = ($tb !== null && ($o = (A$__tcp_push_pending_frames.L1033 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  ++$s;
  if (sk.sk_state === 7 /* TCP_CLOSE */) { ($e.steps += $s, $tb !== null && ($o = (A$__tcp_push_pending_frames.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))); return; }
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__tcp_push_pending_frames.L1036) : $tb.op($e.now, A$__tcp_push_pending_frames.L1036));
  if (tcp_write_xmit$fast(sk, cur_mss, nonagle, 0)) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__tcp_push_pending_frames.L1038) : $tb.op($e.now, A$__tcp_push_pending_frames.L1038));
    tcp_check_probe_timer(sk);
  }
  } ($e.steps += $s, $tb !== null && ($o = (A$__tcp_push_pending_frames.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
}
export function tcp_push_one$fast(sk: Sock, mss_now: number): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $s = 0;
  const $f = ($tb !== null && ($o = (A$tcp_push_one.L1052 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
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
  const $f = ($tb !== null && ($o = (A$tcp_write_wakeup.L1066 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  ++$s;
  if (sk.sk_state === 7 /* TCP_CLOSE */) return ($r = (-1), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_write_wakeup.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  $s += 2; if ($tb !== null) ($o = (A$tcp_write_wakeup.L1069 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  const skb = sk.sk_write_queue[0];
  
  if (skb && before(skb.th!.seq, tcp_wnd_end(tp))) {
    // the window opened a little: send what fits (not reached while the window is zero)
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_write_wakeup.L1072) : $tb.op($e.now, A$tcp_write_wakeup.L1072));
    const mss = tcp_current_mss(sk);
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_write_wakeup.L1073) : $tb.op($e.now, A$tcp_write_wakeup.L1073));
    let seg_size = (tcp_wnd_end(tp) - skb.th!.seq) >>> 0;
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_write_wakeup.L1075) : $tb.op($e.now, A$tcp_write_wakeup.L1075));
    if (before(tp.pushed_seq, end_seq(skb))) {
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_write_wakeup.L1076) : $tb.op($e.now, A$tcp_write_wakeup.L1076));
      tp.pushed_seq = end_seq(skb);
    }
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_write_wakeup.L1078) : $tb.op($e.now, A$tcp_write_wakeup.L1078));
    if (seg_size < ((end_seq(skb) - skb.th!.seq) >>> 0) || skb.len > mss) {
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_write_wakeup.L1080) : $tb.op($e.now, A$tcp_write_wakeup.L1080));
      seg_size = Math.min(seg_size, mss);
      $s += 2; if ($tb !== null) ($o = (A$tcp_write_wakeup.L1081 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
      skb.th!.psh = 1;
      
      tcp_fragment$fast(sk, TCP_FRAG_IN_WRITE_QUEUE, skb, seg_size, mss);
    } else if (!tcp_skb_pcount(skb)) {
      $s += 2; if ($tb !== null) ($o = (A$tcp_write_wakeup.L1085 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
      
      tcp_set_skb_tso_segs(skb, mss);
    }
    $s += 2; if ($tb !== null) ($o = (A$tcp_write_wakeup.L1088 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
    skb.th!.psh = 1;
    
    tcp_transmit_skb$fast(sk, skb);
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_write_wakeup.L1091) : $tb.op($e.now, A$tcp_write_wakeup.L1091));
    tcp_event_new_data_sent$fast(sk, skb);
    ++$s; $x = A$tcp_write_wakeup.L1092 | 1048576;
    return ($r = (0), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_write_wakeup.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_write_wakeup.L1097) : $tb.op($e.now, A$tcp_write_wakeup.L1097));
  // tcp_xmit_probe_skb(sk, 0): a bare ACK with sequence snd_una - 1 — the peer must answer with its window
  __tcp_transmit_skb$fast(sk, (tp.snd_una - 1) >>> 0, ACK);
  return ($r = (0), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_write_wakeup.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
export function tcp_send_probe0$fast(sk: Sock): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $s = 0; let $x = -1;
  const icsk = inet_csk(sk);
  const tp = tcp_sk(sk);
  const $f = ($tb !== null && ($o = (A$tcp_send_probe0.L1115 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  ++$s;
  const err = tcp_write_wakeup$fast(sk);
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_send_probe0.L1117) : $tb.op($e.now, A$tcp_send_probe0.L1117));
  if (tp.packets_out || !sk.sk_write_queue.length) {
    // the window opened (data is in flight) or nothing is left to send: no more probes
    $s += 2; $x = A$tcp_send_probe0.L1118 | 2097152;
    icsk.icsk_probes_out = 0;
    
    icsk.icsk_backoff = 0;
    { ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_send_probe0.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))); return; }
  }
  $s += 2; if ($tb !== null) ($o = (A$tcp_send_probe0.L1123 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  icsk.icsk_probes_out++;
  
  if (err <= 0) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_send_probe0.L1125) : $tb.op($e.now, A$tcp_send_probe0.L1125));
    if (icsk.icsk_backoff < 15) icsk.icsk_backoff++;
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_send_probe0.L1127) : $tb.op($e.now, A$tcp_send_probe0.L1127));
  }
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_send_probe0.L1131) : $tb.op($e.now, A$tcp_send_probe0.L1131));
  tcp_reset_xmit_timer(sk, ICSK_TIME_PROBE0, tcp_probe0_when(sk, TCP_RTO_MAX));
  } ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_send_probe0.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
}
export function tcp_xmit_retransmit_queue$fast(sk: Sock): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $s = 0; let $x = -1;
  const tp = tcp_sk(sk);
  const $f = ($tb !== null && ($o = (A$tcp_xmit_retransmit_queue.L1148 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  ++$s;
  if (!tp.packets_out) { ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_xmit_retransmit_queue.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))); return; }
  $s += 2; if ($tb !== null) ($o = (A$tcp_xmit_retransmit_queue.L1151 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  const rtx = tp.tcp_rtx_queue;
  const rtx_head = rtx[0];
  
  for (let i = 0; i < rtx.length; i++) {
    const skb = rtx[i];
    
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_xmit_retransmit_queue.L1164) : $tb.op($e.now, A$tcp_xmit_retransmit_queue.L1164));
    const segs = tp.snd_cwnd - tcp_packets_in_flight(tp);
    
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_xmit_retransmit_queue.L1165) : $tb.op($e.now, A$tcp_xmit_retransmit_queue.L1165));
    if (segs <= 0) { ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_xmit_retransmit_queue.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))); return; }
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_xmit_retransmit_queue.L1170) : $tb.op($e.now, A$tcp_xmit_retransmit_queue.L1170));
    if (tp.retrans_out >= tp.lost_out) break;
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_xmit_retransmit_queue.L1172) : $tb.op($e.now, A$tcp_xmit_retransmit_queue.L1172));
    if (!(skb.tcp_sacked & TCPCB_LOST)) continue;
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_xmit_retransmit_queue.L1184) : $tb.op($e.now, A$tcp_xmit_retransmit_queue.L1184));
    if (skb.tcp_sacked & TCPCB_SACKED_RETRANS) continue;
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_xmit_retransmit_queue.L1190) : $tb.op($e.now, A$tcp_xmit_retransmit_queue.L1190));
    if (tcp_retransmit_skb$fast(sk, skb, segs)) {
      ++$s; $x = A$tcp_xmit_retransmit_queue.L1191 | 1048576;
      { ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_xmit_retransmit_queue.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))); return; }
    }
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_xmit_retransmit_queue.L1195) : $tb.op($e.now, A$tcp_xmit_retransmit_queue.L1195));
    if (tcp_in_cwnd_reduction(sk)) {
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_xmit_retransmit_queue.L1196) : $tb.op($e.now, A$tcp_xmit_retransmit_queue.L1196));
      tp.prr_out += tcp_skb_pcount(skb);
    }
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_xmit_retransmit_queue.L1198) : $tb.op($e.now, A$tcp_xmit_retransmit_queue.L1198));
    if (skb === rtx_head) {
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_xmit_retransmit_queue.L1200) : $tb.op($e.now, A$tcp_xmit_retransmit_queue.L1200));
      tcp_reset_xmit_timer(sk, ICSK_TIME_RETRANS, inet_csk(sk).icsk_rto);
    }
  }
  } ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_xmit_retransmit_queue.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
}
export function tcp_send_active_reset$fast(sk: Sock): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $s = 0;
  const $f = ($tb !== null && ($o = (A$tcp_send_active_reset.L205 | 271581184), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  $s += 3;
  
  
  __tcp_transmit_skb$fast(sk, tcp_sk(sk).snd_nxt, RST_ACK);
  NET_INC_STATS(sk.skc_net, MIB.OutRsts);
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_send_active_reset.L219) : $tb.op($e.now, A$tcp_send_active_reset.L219));
  traceTcpEvent('tcp_send_reset', sk);
  } ($e.steps += $s, $tb !== null && ($o = (A$tcp_send_active_reset.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
}
export function skb_still_in_host_queue$fast(sk: Sock, skb: SkBuff): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0; let $x = -1;
  const $f = ($tb !== null && ($o = (A$skb_still_in_host_queue.L1220 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  ++$s;
  if (skb_fclone_busy(sk, skb)) {
    $s += 2; $x = A$skb_still_in_host_queue.L1221 | 2097152;
    NET_INC_STATS(sk.skc_net, MIB.TCPSpuriousRtxHostQueues);
    
    return ($r = (true), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$skb_still_in_host_queue.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
  ++$s; $x = A$skb_still_in_host_queue.L1225 | 1048576;
  return ($r = (false), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$skb_still_in_host_queue.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
export function __tcp_retransmit_skb$fast(sk: Sock, skb: SkBuff, segs: number): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0; let $x = -1;
  const tp = tcp_sk(sk);
  const $f = ($tb !== null && ($o = (A$__tcp_retransmit_skb.L1242 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  ++$s;
  if (skb_still_in_host_queue$fast(sk, skb)) {
    ++$s; $x = A$__tcp_retransmit_skb.L1243 | 1048576;
    return ($r = (-ERRNO.EBUSY), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$__tcp_retransmit_skb.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__tcp_retransmit_skb.L1246) : $tb.op($e.now, A$__tcp_retransmit_skb.L1246));
  if (before(skb.th!.seq, tp.snd_una)) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__tcp_retransmit_skb.L1251) : $tb.op($e.now, A$__tcp_retransmit_skb.L1251));
    tcp_trim_head$fast(sk, skb, (tp.snd_una - skb.th!.seq) >>> 0);
  }
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__tcp_retransmit_skb.L1255) : $tb.op($e.now, A$__tcp_retransmit_skb.L1255));
  const cur_mss = tcp_current_mss(sk);
  
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__tcp_retransmit_skb.L1257) : $tb.op($e.now, A$__tcp_retransmit_skb.L1257));
  if (!before(skb.th!.seq, tcp_wnd_end(tp)) && skb.th!.seq !== tp.snd_una) {
    ++$s; $x = A$__tcp_retransmit_skb.L1259 | 1048576;
    return ($r = (-ERRNO.EAGAIN), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$__tcp_retransmit_skb.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
  $s += 2; if ($tb !== null) ($o = (A$__tcp_retransmit_skb.L1262 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  const len = cur_mss * segs;
  
  
  if (skb.len > len) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__tcp_retransmit_skb.L1264) : $tb.op($e.now, A$__tcp_retransmit_skb.L1264));
    tcp_fragment$fast(sk, TCP_FRAG_IN_RTX_QUEUE, skb, len, cur_mss);
  } else {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__tcp_retransmit_skb.L1271) : $tb.op($e.now, A$__tcp_retransmit_skb.L1271));
    let diff = tcp_skb_pcount(skb);
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__tcp_retransmit_skb.L1272) : $tb.op($e.now, A$__tcp_retransmit_skb.L1272));
    tcp_set_skb_tso_segs(skb, cur_mss);
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__tcp_retransmit_skb.L1273) : $tb.op($e.now, A$__tcp_retransmit_skb.L1273));
    diff -= tcp_skb_pcount(skb);
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__tcp_retransmit_skb.L1274) : $tb.op($e.now, A$__tcp_retransmit_skb.L1274));
    if (diff) {
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__tcp_retransmit_skb.L1275) : $tb.op($e.now, A$__tcp_retransmit_skb.L1275));
      tcp_adjust_pcount(sk, skb, diff);
    }
  }
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__tcp_retransmit_skb.L1279) : $tb.op($e.now, A$__tcp_retransmit_skb.L1279));
  const n = tcp_skb_pcount(skb);
  $s += 2; if ($tb !== null) ($o = (A$__tcp_retransmit_skb.L1280 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  NET_INC_STATS(sk.skc_net, MIB.RetransSegs, n);
  
  if (skb.th!.syn) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__tcp_retransmit_skb.L1282) : $tb.op($e.now, A$__tcp_retransmit_skb.L1282));
    NET_INC_STATS(sk.skc_net, MIB.TCPSynRetrans);
  }
  $s += 3; if ($tb !== null) ($o = (A$__tcp_retransmit_skb.L1283 | 2097152), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  tp.total_retrans += n;
  
  
  tcp_transmit_skb$fast(sk, skb);
  $s += 2; if ($tb !== null) ($o = (A$__tcp_retransmit_skb.L1294 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  skb.tcp_sacked |= TCPCB_EVER_RETRANS;
  
  traceTcpEvent('tcp_retransmit_skb', sk, skb);
  ++$s; $x = A$__tcp_retransmit_skb.L1301 | 1048576;
  return ($r = (0), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$__tcp_retransmit_skb.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
export function tcp_retransmit_skb$fast(sk: Sock, skb: SkBuff, segs: number): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0; let $x = -1;
  const tp = tcp_sk(sk);
  const $f = ($tb !== null && ($o = (A$tcp_retransmit_skb.L132 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {

  ++$s;
  const err = __tcp_retransmit_skb$fast(sk, skb, segs);
  
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_retransmit_skb.L134) : $tb.op($e.now, A$tcp_retransmit_skb.L134));
  if (err === 0) {
    $s += 2; if ($tb !== null) ($o = (A$tcp_retransmit_skb.L136 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
    skb.tcp_sacked |= TCPCB_SACKED_RETRANS;
    
    tp.retrans_out += tcp_skb_pcount(skb);
  }
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_retransmit_skb.L141) : $tb.op($e.now, A$tcp_retransmit_skb.L141));
  if (!tp.retrans_stamp) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_retransmit_skb.L142) : $tb.op($e.now, A$tcp_retransmit_skb.L142));
    tp.retrans_stamp = E.now;
  }
  ++$s; $x = A$tcp_retransmit_skb.L147 | 1048576;
  return ($r = (err), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_retransmit_skb.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
export function tcp_rtx_synack$fast(sk: Sock, req: RequestSock): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0;
  const $f = ($tb !== null && ($o = (A$tcp_rtx_synack.L474 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  ++$s;
  tcp_v4_send_synack$fast(sk, req);
  NET_INC_STATS(sk.skc_net, MIB.TCPSynRetrans);
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_rtx_synack.L480) : $tb.op($e.now, A$tcp_rtx_synack.L480));
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
$kreg(tcp_mss_split_point, tcp_mss_split_point$fast, 'tcp_mss_split_point', () => []);
$kreg(tso_fragment, tso_fragment$fast, 'tso_fragment', () => []);
$kreg(tcp_fragment, tcp_fragment$fast, 'tcp_fragment', () => []);
$kreg(tcp_trim_head, tcp_trim_head$fast, 'tcp_trim_head', () => []);
$kreg(tcp_tso_should_defer, tcp_tso_should_defer$fast, 'tcp_tso_should_defer', () => []);
$kreg(tcp_write_xmit, tcp_write_xmit$fast, 'tcp_write_xmit', () => [tcp_cwnd_test, tcp_cwnd_validate, tcp_event_new_data_sent, tcp_mss_split_point, tcp_nagle_test, tcp_snd_wnd_test, tcp_transmit_skb, tcp_tso_should_defer, tso_fragment]);
$kreg(tcp_transmit_skb, tcp_transmit_skb$fast, 'tcp_transmit_skb', () => [__tcp_transmit_skb]);
$kreg(__tcp_push_pending_frames, __tcp_push_pending_frames$fast, '__tcp_push_pending_frames', () => [tcp_write_xmit]);
$kreg(tcp_push_one, tcp_push_one$fast, 'tcp_push_one', () => [tcp_write_xmit]);
$kreg(tcp_push_pending_frames, tcp_push_pending_frames$fast, 'tcp_push_pending_frames', () => [__tcp_push_pending_frames]);
$kreg(tcp_write_wakeup, tcp_write_wakeup$fast, 'tcp_write_wakeup', () => [__tcp_transmit_skb, tcp_event_new_data_sent, tcp_fragment, tcp_transmit_skb]);
$kreg(tcp_send_probe0, tcp_send_probe0$fast, 'tcp_send_probe0', () => [tcp_write_wakeup]);
$kreg(tcp_xmit_retransmit_queue, tcp_xmit_retransmit_queue$fast, 'tcp_xmit_retransmit_queue', () => [tcp_retransmit_skb]);
$kreg(tcp_send_active_reset, tcp_send_active_reset$fast, 'tcp_send_active_reset', () => [__tcp_transmit_skb]);
$kreg(skb_still_in_host_queue, skb_still_in_host_queue$fast, 'skb_still_in_host_queue', () => []);
$kreg(__tcp_retransmit_skb, __tcp_retransmit_skb$fast, '__tcp_retransmit_skb', () => [skb_still_in_host_queue, tcp_fragment, tcp_transmit_skb, tcp_trim_head]);
$kreg(tcp_retransmit_skb, tcp_retransmit_skb$fast, 'tcp_retransmit_skb', () => [__tcp_retransmit_skb]);
$kreg(tcp_rtx_synack, tcp_rtx_synack$fast, 'tcp_rtx_synack', () => [tcp_v4_send_synack]);
