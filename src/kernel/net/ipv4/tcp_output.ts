// net/ipv4/tcp_output.c: building and sending segments — the SYN (tcp_connect), the SYN-ACK
// (tcp_make_synack), pure ACKs, FINs, active resets, and retransmissions.

import { E, Sim, tracingComm } from '../../core/engine';
import type { TcpSockEvent } from '../../core/trace';
import type { Rtable } from '../../include/linux/netdevice';
import { frame, line } from '../../core/mark';
import {
  SkBuff, TcpHdr, end_seq, tcpSkbLayout, skb_push, skb_reset_transport_header, TCPCB_LOST, TCPCB_SACKED_RETRANS, TCPCB_EVER_RETRANS,
  TCPCB_SACKED_ACKED, tcp_skb_pcount, tcp_skb_mss, MAX_TCP_HEADER,
} from '../../include/linux/skbuff';
import type { Sock } from '../../include/net/sock';
import { kaddr, sock_set_flag, SOCK_QUEUE_SHRUNK } from '../../include/net/sock';
import { inet_sk } from '../../include/net/inet_sock';
import {
  inet_csk, inet_csk_in_pingpong_mode, ICSK_TIME_RETRANS, ICSK_TIME_PROBE0, tcp_in_cwnd_reduction, ICSK_ACK_SCHED, ICSK_ACK_TIMER, JIFFY,
  TCP_ATO_MIN, TCP_DELACK_MIN, TCP_DELACK_MAX, TCP_CA_Recovery,
} from '../../include/net/inet_connection_sock';
import { TcpSock, tcp_sk, tcp_receive_window, before, after } from '../../include/linux/tcp';
import type { RequestSock } from '../../include/net/request_sock';
import { inet_rsk, tcp_rsk } from '../../include/net/request_sock';
import { MIB, NET_INC_STATS } from '../../include/net/net_namespace';
import { IPPROTO_TCP, ERRNO } from '../../include/uapi';
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

/**
 * __tcp_transmit_skb(): fill in the TCP header from the socket and hand the segment to IP — a GSO
 * packet of segs segments of gso_size bytes when the queued skb holds more than one MSS.
 */
export function* __tcp_transmit_skb(sk: Sock, seq: number, flags: TcpFlags, payload = '', segs = 1, gso_size = 0): Sim<SkBuff> {
  const inet = inet_sk(sk);
  const tp = tcp_sk(sk);
  frame({ sk, inet });

  if (!flags.syn) {
    line`if (tcp_skb_pcount(skb) > 1)`;
    if (segs > 1 && !flags.psh) {
      line`tcb->tcp_flags |= TCPHDR_PSH;`;
      flags = QUEUED_FLAGS[(flags.ack ? 2 : 0) | (flags.fin ? 4 : 0) | 8];
    }
  }
  const skb = tcpSkb(inet.inet_saddr, inet.inet_daddr, inet.inet_sport, inet.inet_dport, payload);
  skb.skb_mstamp = E.now;
  // (the skb as sk_stream_alloc_skb made it: MAX_TCP_HEADER of room, the payload)
  tcpSkbLayout(skb);
  skb.sk = sk;
  frame.skb = skb;
  line`skb_push(skb, tcp_header_size);`;
  skb_push(skb, flags.syn ? 24 : 20);
  line`skb_reset_transport_header(skb);`;
  skb_reset_transport_header(skb);
  line`th = (struct tcphdr *)skb->data;`;
  const th = skb.th!;
  frame.th = th;
  line`th->source		= inet->inet_sport;`;
  line`th->dest		= inet->inet_dport;`;
  line`th->seq			= htonl(tcb->seq);`;
  th.seq = seq >>> 0;
  line`th->ack_seq		= htonl(rcv_nxt);`;
  th.ack_seq = flags.ack ? tp.rcv_nxt >>> 0 : 0;
  line`*(((__be16 *)th) + 6)	= htons(((tcp_header_size >> 2) << 12) |`;
  th.syn = flags.syn ? 1 : 0;
  th.ack = flags.ack ? 1 : 0;
  th.fin = flags.fin ? 1 : 0;
  th.rst = flags.rst ? 1 : 0;
  th.psh = flags.psh ? 1 : 0;
  if (flags.syn) {
    th.options.mss = tp.advmss;
    th.doff = 6;
  }
  line`th->window	= htons(tcp_select_window(sk));`;
  // a SYN's window is never scaled; later segments advertise the free receive space
  th.window = flags.syn ? Math.min(tp.rcv_wnd || 65535, 65535) : tcp_select_window(sk);
  const a = inet_csk(sk).icsk_ack;
  if (flags.ack) {
    // tcp_event_ack_sent(): this segment carries our ACK — no delayed ACK is owed any more
    line`tcp_event_ack_sent(sk, tcp_skb_pcount(skb), rcv_nxt);`;
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
    line`tcp_event_data_sent(tp, sk);`;
    tp.lsndtime = E.now;
    if (E.now - a.lrcvtime < a.ato && a.pingpong < 255) a.pingpong++;
  }
  line`if (after(tcb->end_seq, tp->snd_nxt) || tcb->seq == tcb->end_seq)`;
  const tcb_end = (seq + (flags.syn ? 1 : 0) + (flags.fin ? 1 : 0) + payload.length) >>> 0;
  // (a retransmission is not counted here: __tcp_retransmit_skb counts it in RetransSegs)
  if (after(tcb_end, tp.snd_nxt) || seq === tcb_end) {
    line`TCP_ADD_STATS(sock_net(sk), TCP_MIB_OUTSEGS,`;
    NET_INC_STATS(sk.skc_net, MIB.OutSegs, segs);
  }
  line`tp->segs_out += tcp_skb_pcount(skb);`;
  line`skb_shinfo(skb)->gso_segs = tcp_skb_pcount(skb);`;
  skb.gso_segs = segs;
  line`skb_shinfo(skb)->gso_size = tcp_skb_mss(skb);`;
  skb.gso_size = gso_size;
  // (no pacing: the departure time is now — tcp_tso_should_defer reads it)
  tp.tcp_wstamp = E.now;
  line`err = icsk->icsk_af_ops->queue_xmit(sk, skb, &inet->cork.fl);`;
  yield* __ip_queue_xmit(sk, skb);
  return skb;
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

function* tcp_connect_init(sk: Sock): Sim<void> {
  const tp = tcp_sk(sk);
  frame({ sk, tp });

  const dst = sk.sk_dst_cache!;
  line`tcp_sync_mss(sk, dst_mtu(dst));`;
  tcp_sync_mss(sk, dst_mtu(dst));
  // (tp->advmss = tcp_mss_clamp(tp, dst_metric_advmss(dst)): what the SYN offers)
  tp.advmss = dst_metric_advmss(dst);
  // (tcp_select_initial_window(sk, tcp_full_space(sk), tp->advmss, &tp->rcv_wnd, &tp->window_clamp, …): the SYN's window)
  const w = tcp_select_initial_window(tcp_full_space(sk), tp.advmss, tp.window_clamp);
  tp.rcv_wnd = w.rcv_wnd;
  tp.window_clamp = w.window_clamp;
  tp.rcv_ssthresh = tp.rcv_wnd;
  tcp_initialize_rcv_mss(sk);
  line`tp->snd_una = tp->write_seq;`;
  tp.snd_una = tp.write_seq;
  line`WRITE_ONCE(tp->snd_nxt, tp->write_seq);`;
  tp.snd_nxt = tp.write_seq;
  line`tp->rcv_nxt = 0;`;
  tp.rcv_nxt = 0;
  tp.rcv_wup = 0;
  tp.copied_seq = 0;
  line`inet_csk(sk)->icsk_rto = tcp_timeout_init(sk);`;
  inet_csk(sk).icsk_rto = TCP_TIMEOUT_INIT;
  line`inet_csk(sk)->icsk_retransmits = 0;`;
  inet_csk(sk).icsk_retransmits = 0;
}

/** tcp_connect(): build the SYN, keep it for retransmission, send it, arm the retransmit timer. */
export function* tcp_connect(sk: Sock): Sim<number> {
  const tp = tcp_sk(sk);
  frame({ sk, tp });

  line`tcp_connect_init(sk);`;
  yield* tcp_connect_init(sk);
  line`buff = sk_stream_alloc_skb(sk, 0, sk->sk_allocation, true);`;
  line`tcp_init_nondata_skb(buff, tp->write_seq++, TCPHDR_SYN);`;
  const seq = tp.write_seq;
  tp.write_seq = (tp.write_seq + 1) >>> 0;
  line`tp->retrans_stamp = tcp_time_stamp(tp);`;
  tp.retrans_stamp = E.now;
  line`tcp_connect_queue_skb(sk, buff);`;
  line`err = tp->fastopen_req ? tcp_send_syn_data(sk, buff) :`;
  const skb = yield* __tcp_transmit_skb(sk, seq, SYN);
  // (the SYN sent is the one queued: its own clone, for skb_still_in_host_queue)
  skb.fclone = skb;
  frame.buff = skb;
  tp.tcp_rtx_queue.push(skb);
  tp.packets_out = 1;
  line`WRITE_ONCE(tp->snd_nxt, tp->write_seq);`;
  tp.snd_nxt = tp.write_seq;
  tp.pushed_seq = tp.write_seq;
  line`TCP_INC_STATS(sock_net(sk), TCP_MIB_ACTIVEOPENS);`;
  NET_INC_STATS(sk.skc_net, MIB.ActiveOpens);
  line`inet_csk_reset_xmit_timer(sk, ICSK_TIME_RETRANS,`;
  inet_csk_reset_xmit_timer(sk, inet_csk(sk).icsk_rto);
  line`return 0;`;
  return 0;
}

/** tcp_make_synack(): the SYN-ACK is built from the request sock, not from a full socket. */
export function* tcp_make_synack(sk: Sock, req: RequestSock): Sim<SkBuff> {
  const ireq = inet_rsk(req);
  const treq = tcp_rsk(req);
  frame({ sk, req, ireq });

  line`skb = alloc_skb(MAX_TCP_HEADER, GFP_ATOMIC);`;
  const skb = tcpSkb(ireq.ir_loc_addr, ireq.ir_rmt_addr, ireq.ir_num, ireq.ir_rmt_port);
  // (the first SYN-ACK's time: the handshake's RTT sample when the final ACK comes, unless it was retransmitted)
  if (!req.num_retrans) treq.snt_synack = E.now;
  frame.skb = skb;
  line`skb_reserve(skb, MAX_TCP_HEADER);`;
  tcpSkbLayout(skb);
  line`skb_dst_set(skb, dst);`;
  // (the route inet_csk_route_req found for the client's address)
  skb._skb_refdst = ip_route_output_ports(sk.sk_net, ireq.ir_rmt_addr);
  line`skb_push(skb, tcp_header_size);`;
  skb_push(skb, 24);
  line`skb_reset_transport_header(skb);`;
  skb_reset_transport_header(skb);
  const th = skb.th!;
  frame.th = th;
  line`th->syn = 1;`;
  th.syn = 1;
  line`th->ack = 1;`;
  th.ack = 1;
  line`th->source = htons(ireq->ir_num);`;
  line`th->dest = ireq->ir_rmt_port;`;
  line`th->seq = htonl(tcp_rsk(req)->snt_isn);`;
  th.seq = treq.snt_isn >>> 0;
  line`th->ack_seq = htonl(tcp_rsk(req)->rcv_nxt);`;
  th.ack_seq = treq.rcv_nxt >>> 0;
  line`th->window = htons(min(req->rsk_rcv_wnd, 65535U));`;
  th.window = Math.min(req.rsk_rcv_wnd, 65535);
  // (tcp_synack_options: mss = tcp_mss_clamp(tp, dst_metric_advmss(dst)), the route to the client's)
  th.options.mss = dst_metric_advmss(ip_route_output_ports(sk.skc_net, inet_rsk(req).ir_rmt_addr));
  th.doff = 6;
  line`return skb;`;
  return skb;
}

/** tcp_send_delayed_ack(): arm the delayed-ACK timer ato from now (a reply may carry the ACK first). */
export function* tcp_send_delayed_ack(sk: Sock): Sim<void> {
  const icsk = inet_csk(sk);
  const a = icsk.icsk_ack;
  frame({ sk, icsk });

  let ato = a.ato;
  line`if (ato > TCP_DELACK_MIN) {`;
  if (ato > TCP_DELACK_MIN) {
    let max_ato = 500_000;
    if (inet_csk_in_pingpong_mode(sk) || a.pending & 4 /* ICSK_ACK_PUSHED */) max_ato = TCP_DELACK_MAX;
    ato = Math.min(ato, max_ato);
  }
  frame.ato = ato;
  line`timeout = jiffies + ato;`;
  // jiffies + ato; a timer due now still waits for the next tick
  let timeout = E.now + Math.max(ato, JIFFY);
  line`if (icsk->icsk_ack.pending & ICSK_ACK_TIMER) {`;
  if (a.pending & ICSK_ACK_TIMER) {
    if (a.timeout <= E.now + (ato >> 2)) {
      line`tcp_send_ack(sk);`;
      yield* tcp_send_ack(sk);
      return;
    }
    if (timeout >= a.timeout) timeout = a.timeout;
  }
  line`icsk->icsk_ack.pending |= ICSK_ACK_SCHED | ICSK_ACK_TIMER;`;
  a.pending |= ICSK_ACK_SCHED | ICSK_ACK_TIMER;
  a.timeout = timeout;
  line`sk_reset_timer(sk, &icsk->icsk_delack_timer, timeout);`;
  icsk.icsk_delack_timer!.mod(timeout - E.now);
}

export function* __tcp_send_ack(sk: Sock, rcv_nxt: number): Sim<void> {
  line`if (sk->sk_state == TCP_CLOSE)`;
  if (sk.sk_state === 7 /* TCP_CLOSE */) return;
  line`buff = alloc_skb(MAX_TCP_HEADER,`;
  line`tcp_init_nondata_skb(buff, tcp_acceptable_seq(sk), TCPHDR_ACK);`;
  line`__tcp_transmit_skb(sk, buff, 0, (__force gfp_t)0, rcv_nxt);`;
  yield* __tcp_transmit_skb(sk, tcp_sk(sk).snd_nxt, ACK);
}

export function* tcp_send_ack(sk: Sock): Sim<void> {
  line`__tcp_send_ack(sk, tcp_sk(sk)->rcv_nxt);`;
  yield* __tcp_send_ack(sk, tcp_sk(sk).rcv_nxt);
}

/** tcp_send_fin(): put a FIN on the last unsent skb, or queue an empty FIN skb, and push it out. */
export function* tcp_send_fin(sk: Sock): Sim<void> {
  const tp = tcp_sk(sk);
  const q = sk.sk_write_queue;
  const tskb = q.length ? q[q.length - 1] : null;
  frame({ sk, tp, tskb });

  line`struct sk_buff *skb, *tskb = tcp_write_queue_tail(sk);`;
  line`if (tskb) {`;
  if (tskb !== null) {
    line`TCP_SKB_CB(tskb)->tcp_flags |= TCPHDR_FIN;`;
    tskb.th!.fin = 1;
    line`TCP_SKB_CB(tskb)->end_seq++;`;
    line`tp->write_seq++;`;
    tp.write_seq = (tp.write_seq + 1) >>> 0;
  } else {
    line`skb = alloc_skb_fclone(MAX_TCP_HEADER, sk->sk_allocation);`;
    const skb = tcpQueueSkb(sk, tp.write_seq);
    frame.skb = skb;
    line`tcp_init_nondata_skb(skb, tp->write_seq,`;
    skb.th!.fin = 1;
    line`tcp_queue_skb(sk, skb);`;
    tcp_queue_skb(sk, skb);
  }
  line`__tcp_push_pending_frames(sk, tcp_current_mss(sk), TCP_NAGLE_OFF);`;
  yield* __tcp_push_pending_frames(sk, tcp_current_mss(sk), TCP_NAGLE_OFF);
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

/** tcp_cwnd_test(): how many segments congestion control lets us send now (0: cwnd is full). */
function* tcp_cwnd_test(tp: TcpSock, skb: SkBuff): Sim<number> {
  frame({ tp, skb });
  line`if ((TCP_SKB_CB(skb)->tcp_flags & TCPHDR_FIN) &&`;
  if (skb.th!.fin && tcp_skb_pcount(skb) === 1) {
    line`return 1;`;
    return 1;
  }
  line`in_flight = tcp_packets_in_flight(tp);`;
  const in_flight = tcp_packets_in_flight(tp);
  frame.in_flight = in_flight;
  line`cwnd = tp->snd_cwnd;`;
  const cwnd = tp.snd_cwnd;
  frame.cwnd = cwnd;
  line`if (in_flight >= cwnd)`;
  if (in_flight >= cwnd) {
    line`return 0;`;
    return 0;
  }
  line`halfcwnd = max(cwnd >> 1, 1U);`;
  const halfcwnd = Math.max(cwnd >>> 1, 1);
  line`return min(halfcwnd, cwnd - in_flight);`;
  return Math.min(halfcwnd, cwnd - in_flight);
}

/** tcp_snd_wnd_test(): does the segment fit in the window the peer offers? */
function* tcp_snd_wnd_test(tp: TcpSock, skb: SkBuff, cur_mss: number): Sim<boolean> {
  frame({ tp, skb, cur_mss });
  line`u32 end_seq = TCP_SKB_CB(skb)->end_seq;`;
  let end = end_seq(skb);
  line`if (skb->len > cur_mss)`;
  if (skb.len > cur_mss) {
    line`end_seq = TCP_SKB_CB(skb)->seq + cur_mss;`;
    end = (skb.th!.seq + cur_mss) >>> 0;
  }
  frame.end_seq = end;
  line`return !after(end_seq, tcp_wnd_end(tp));`;
  return !after(end, tcp_wnd_end(tp));
}

/** tcp_nagle_test(): may this segment go now under Nagle's rule (Minshall's variant)? */
function* tcp_nagle_test(tp: TcpSock, skb: SkBuff, cur_mss: number, nonagle: number): Sim<boolean> {
  frame({ tp, skb, cur_mss, nonagle });
  line`if (nonagle & TCP_NAGLE_PUSH)`;
  if (nonagle & TCP_NAGLE_PUSH) {
    line`return true;#1`;
    return true;
  }
  line`if (tcp_urg_mode(tp) || (TCP_SKB_CB(skb)->tcp_flags & TCPHDR_FIN))`;
  if (skb.th!.fin) {
    line`return true;#2`;
    return true;
  }
  line`if (!tcp_nagle_check(skb->len < cur_mss, tp, nonagle))`;
  if (!tcp_nagle_check(skb.len < cur_mss, tp, nonagle)) {
    line`return true;#3`;
    return true;
  }
  line`return false;`;
  return false;
}

/** tcp_event_new_data_sent(): the segment is out — snd_nxt moves, it goes to the retransmit queue, the RTO is armed. */
function* tcp_event_new_data_sent(sk: Sock, skb: SkBuff): Sim<void> {
  const tp = tcp_sk(sk);
  const prior_packets = tp.packets_out;
  frame({ sk, skb, prior_packets });
  line`WRITE_ONCE(tp->snd_nxt, TCP_SKB_CB(skb)->end_seq);`;
  tp.snd_nxt = end_seq(skb);
  line`__skb_unlink(skb, &sk->sk_write_queue);`;
  sk.sk_write_queue.shift();
  line`tcp_rbtree_insert(&sk->tcp_rtx_queue, skb);`;
  tp.tcp_rtx_queue.push(skb);
  line`tp->packets_out += tcp_skb_pcount(skb);`;
  tp.packets_out += tcp_skb_pcount(skb);
  line`if (!prior_packets || icsk->icsk_pending == ICSK_TIME_LOSS_PROBE)`;
  if (!prior_packets) {
    line`tcp_rearm_rto(sk);`;
    inet_csk_reset_xmit_timer(sk, inet_csk(sk).icsk_rto);
  }
}

/** tcp_cwnd_validate(): remember the window's most segments in flight and whether cwnd was the limit. */
function* tcp_cwnd_validate(sk: Sock, is_cwnd_limited: boolean): Sim<void> {
  const tp = tcp_sk(sk);
  frame({ sk, is_cwnd_limited });
  line`if (!before(tp->snd_una, tp->max_packets_seq) ||`;
  if (!before(tp.snd_una, tp.max_packets_seq) || tp.packets_out > tp.max_packets_out) {
    line`tp->max_packets_out = tp->packets_out;`;
    tp.max_packets_out = tp.packets_out;
    line`tp->max_packets_seq = tp->snd_nxt;`;
    tp.max_packets_seq = tp.snd_nxt;
    line`tp->is_cwnd_limited = is_cwnd_limited;`;
    tp.is_cwnd_limited = is_cwnd_limited;
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

/** tcp_mss_split_point(): how much of the send head goes now — whole MSS up to max_segs, within the peer's window. */
function* tcp_mss_split_point(sk: Sock, skb: SkBuff, mss_now: number, max_segs: number, nonagle: number): Sim<number> {
  const tp = tcp_sk(sk);
  frame({ sk, skb, mss_now, max_segs, nonagle, tp });
  line`window = tcp_wnd_end(tp) - TCP_SKB_CB(skb)->seq;`;
  const window = (tcp_wnd_end(tp) - skb.th!.seq) >>> 0;
  frame.window = window;
  line`max_len = mss_now * max_segs;`;
  const max_len = mss_now * max_segs;
  frame.max_len = max_len;
  const q = sk.sk_write_queue;
  line`if (likely(max_len <= window && skb != tcp_write_queue_tail(sk)))`;
  if (max_len <= window && skb !== q[q.length - 1]) {
    line`return max_len;#1`;
    return max_len;
  }
  line`needed = min(skb->len, window);`;
  const needed = Math.min(skb.len, window);
  frame.needed = needed;
  line`if (max_len <= needed)`;
  if (max_len <= needed) {
    line`return max_len;#2`;
    return max_len;
  }
  line`partial = needed % mss_now;`;
  const partial = needed % mss_now;
  frame.partial = partial;
  line`if (tcp_nagle_check(partial != 0, tp, nonagle))`;
  if (tcp_nagle_check(partial !== 0, tp, nonagle)) {
    line`return needed - partial;`;
    return needed - partial;
  }
  line`return needed;`;
  return needed;
}

/**
 * tso_fragment(): cut the unsent skb at len — the rest, with the PSH and FIN, becomes a new skb
 * right after it on the write queue. Its data is all in page fragments (tcp_sendmsg_locked).
 */
function* tso_fragment(sk: Sock, skb: SkBuff, len: number, mss_now: number): Sim<number> {
  frame({ sk, skb, len, mss_now });
  const nlen = skb.len - len;
  frame.nlen = nlen;
  line`if (skb->len != skb->data_len)`;
  line`buff = sk_stream_alloc_skb(sk, 0, gfp, true);`;
  const buff = tcpQueueSkb(sk, (skb.th!.seq + len) >>> 0);
  frame.buff = buff;
  line`sk_wmem_queued_add(sk, buff->truesize);`;
  sk.sk_wmem_queued += TCP_SKB_TRUESIZE;
  line`buff->truesize += nlen;`;
  line`skb->truesize -= nlen;`;
  line`TCP_SKB_CB(buff)->seq = TCP_SKB_CB(skb)->seq + len;`;
  line`TCP_SKB_CB(buff)->end_seq = TCP_SKB_CB(skb)->end_seq;`;
  line`TCP_SKB_CB(skb)->end_seq = TCP_SKB_CB(buff)->seq;`;
  line`flags = TCP_SKB_CB(skb)->tcp_flags;`;
  line`TCP_SKB_CB(skb)->tcp_flags = flags & ~(TCPHDR_FIN | TCPHDR_PSH);`;
  line`TCP_SKB_CB(buff)->tcp_flags = flags;`;
  splitFlags(skb, buff);
  line`TCP_SKB_CB(buff)->sacked = 0;`;
  line`skb_split(skb, buff, len);`;
  skb_split(skb, buff, len);
  line`tcp_set_skb_tso_segs(skb, mss_now);`;
  tcp_set_skb_tso_segs(skb, mss_now);
  line`tcp_set_skb_tso_segs(buff, mss_now);`;
  tcp_set_skb_tso_segs(buff, mss_now);
  line`tcp_insert_write_queue_after(skb, buff, sk, TCP_FRAG_IN_WRITE_QUEUE);`;
  const q = sk.sk_write_queue;
  q.splice(q.indexOf(skb) + 1, 0, buff);
  line`return 0;`;
  return 0;
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

/**
 * tcp_fragment(): cut a queued skb at len — unsent on the write queue, or sent on the retransmit
 * queue (where the new part keeps its retransmit marks and send time, and the counters follow).
 */
export function* tcp_fragment(sk: Sock, tcp_queue: number, skb: SkBuff, len: number, mss_now: number): Sim<number> {
  const tp = tcp_sk(sk);
  frame({ sk, tcp_queue, skb, len, mss_now, tp });
  line`if (WARN_ON(len > skb->len))`;
  line`nsize = skb_headlen(skb) - len;`;
  line`if (nsize < 0)`;
  line`nsize = 0;`;
  line`limit = sk->sk_sndbuf + 2 * SKB_TRUESIZE(GSO_MAX_SIZE);`;
  line`if (unlikely((sk->sk_wmem_queued >> 1) > limit &&`;
  line`if (skb_unclone(skb, gfp))`;
  line`buff = sk_stream_alloc_skb(sk, nsize, gfp, true);`;
  const buff = tcpQueueSkb(sk, (skb.th!.seq + len) >>> 0);
  frame.buff = buff;
  line`sk_wmem_queued_add(sk, buff->truesize);`;
  sk.sk_wmem_queued += TCP_SKB_TRUESIZE;
  line`TCP_SKB_CB(buff)->seq = TCP_SKB_CB(skb)->seq + len;`;
  line`TCP_SKB_CB(buff)->end_seq = TCP_SKB_CB(skb)->end_seq;`;
  line`TCP_SKB_CB(skb)->end_seq = TCP_SKB_CB(buff)->seq;`;
  line`flags = TCP_SKB_CB(skb)->tcp_flags;`;
  line`TCP_SKB_CB(skb)->tcp_flags = flags & ~(TCPHDR_FIN | TCPHDR_PSH);`;
  line`TCP_SKB_CB(buff)->tcp_flags = flags;`;
  splitFlags(skb, buff);
  line`TCP_SKB_CB(buff)->sacked = TCP_SKB_CB(skb)->sacked;`;
  buff.tcp_sacked = skb.tcp_sacked;
  line`skb_split(skb, buff, len);`;
  skb_split(skb, buff, len);
  line`buff->tstamp = skb->tstamp;`;
  buff.skb_mstamp = skb.skb_mstamp;
  line`old_factor = tcp_skb_pcount(skb);`;
  const old_factor = tcp_skb_pcount(skb);
  frame.old_factor = old_factor;
  line`tcp_set_skb_tso_segs(skb, mss_now);`;
  tcp_set_skb_tso_segs(skb, mss_now);
  line`tcp_set_skb_tso_segs(buff, mss_now);`;
  tcp_set_skb_tso_segs(buff, mss_now);
  line`if (!before(tp->snd_nxt, TCP_SKB_CB(buff)->end_seq)) {`;
  if (!before(tp.snd_nxt, end_seq(buff))) {
    line`int diff = old_factor - tcp_skb_pcount(skb) -`;
    const diff = old_factor - tcp_skb_pcount(skb) - tcp_skb_pcount(buff);
    line`if (diff)`;
    if (diff) {
      line`tcp_adjust_pcount(sk, skb, diff);`;
      tcp_adjust_pcount(sk, skb, diff);
    }
  }
  line`tcp_insert_write_queue_after(skb, buff, sk, tcp_queue);`;
  const q = tcp_queue === TCP_FRAG_IN_WRITE_QUEUE ? sk.sk_write_queue : tp.tcp_rtx_queue;
  q.splice(q.indexOf(skb) + 1, 0, buff);
  line`return 0;`;
  return 0;
}

/** tcp_trim_head(): the first len bytes of a sent skb are acknowledged — it now starts at snd_una. */
export function* tcp_trim_head(sk: Sock, skb: SkBuff, len: number): Sim<number> {
  frame({ sk, skb, len });
  line`if (skb_unclone(skb, GFP_ATOMIC))`;
  line`delta_truesize = __pskb_trim_head(skb, len);`;
  skb.payload = skb.payload.slice(len);
  line`TCP_SKB_CB(skb)->seq += len;`;
  skb.th!.seq = (skb.th!.seq + len) >>> 0;
  line`if (delta_truesize) {`;
  line`skb->truesize	   -= delta_truesize;`;
  line`sk_wmem_queued_add(sk, -delta_truesize);`;
  sk.sk_wmem_queued -= len;
  line`sock_set_flag(sk, SOCK_QUEUE_SHRUNK);`;
  sock_set_flag(sk, SOCK_QUEUE_SHRUNK);
  line`if (tcp_skb_pcount(skb) > 1)`;
  if (tcp_skb_pcount(skb) > 1) {
    line`tcp_set_skb_tso_segs(skb, tcp_skb_mss(skb));`;
    tcp_set_skb_tso_segs(skb, tcp_skb_mss(skb));
  }
  line`return 0;`;
  return 0;
}

/**
 * tcp_tso_should_defer(): hold a GSO skb back when little of it may go now and an ACK is due
 * soon — so that fewer, larger packets leave (John Heffner's "TSO Nagle"); out.cwnd / out.rwnd say
 * which window held it.
 */
function* tcp_tso_should_defer(sk: Sock, skb: SkBuff, out: { cwnd: boolean; rwnd: boolean }, max_segs: number): Sim<boolean> {
  const icsk = inet_csk(sk);
  const tp = tcp_sk(sk);
  frame({ sk, skb, max_segs, tp });
  line`if (icsk->icsk_ca_state >= TCP_CA_Recovery)`;
  if (icsk.icsk_ca_state >= TCP_CA_Recovery) {
    line`goto send_now;#1`;
    line`return false;`;
    return false;
  }
  line`delta = tp->tcp_clock_cache - tp->tcp_wstamp_ns - NSEC_PER_MSEC;`;
  let delta = E.now - tp.tcp_wstamp - 1000;
  frame.delta = delta;
  line`if (delta > 0)`;
  if (delta > 0) {
    line`goto send_now;#2`;
    line`return false;`;
    return false;
  }
  line`in_flight = tcp_packets_in_flight(tp);`;
  const in_flight = tcp_packets_in_flight(tp);
  frame.in_flight = in_flight;
  line`send_win = tcp_wnd_end(tp) - TCP_SKB_CB(skb)->seq;`;
  const send_win = (tcp_wnd_end(tp) - skb.th!.seq) >>> 0;
  frame.send_win = send_win;
  line`cong_win = (tp->snd_cwnd - in_flight) * tp->mss_cache;`;
  const cong_win = (tp.snd_cwnd - in_flight) * tp.mss_cache;
  frame.cong_win = cong_win;
  line`limit = min(send_win, cong_win);`;
  const limit = Math.min(send_win, cong_win);
  frame.limit = limit;
  line`if (limit >= max_segs * tp->mss_cache)`;
  if (limit >= max_segs * tp.mss_cache) {
    line`goto send_now;#3`;
    line`return false;`;
    return false;
  }
  const q = sk.sk_write_queue;
  line`if ((skb != tcp_write_queue_tail(sk)) && (limit >= skb->len))`;
  if (skb !== q[q.length - 1] && limit >= skb.len) {
    line`goto send_now;#4`;
    line`return false;`;
    return false;
  }
  line`win_divisor = READ_ONCE(sock_net(sk)->ipv4.sysctl_tcp_tso_win_divisor);`;
  line`if (win_divisor) {`;
  line`u32 chunk = min(tp->snd_wnd, tp->snd_cwnd * tp->mss_cache);`;
  let chunk = Math.min(tp.snd_wnd, tp.snd_cwnd * tp.mss_cache);
  line`chunk /= win_divisor;`;
  chunk = Math.floor(chunk / TCP_TSO_WIN_DIVISOR);
  frame.chunk = chunk;
  line`if (limit >= chunk)`;
  if (limit >= chunk) {
    line`goto send_now;#5`;
    line`return false;`;
    return false;
  }
  line`head = tcp_rtx_queue_head(sk);`;
  const head = tp.tcp_rtx_queue[0];
  frame.head = head ?? null;
  line`if (!head)`;
  if (head === undefined) {
    line`goto send_now;#7`;
    line`return false;`;
    return false;
  }
  line`delta = tp->tcp_clock_cache - head->tstamp;`;
  delta = E.now - head.skb_mstamp;
  frame.delta = delta;
  line`if ((s64)(delta - (u64)NSEC_PER_USEC * (tp->srtt_us >> 4)) < 0)`;
  if (delta - (tp.srtt_us >> 4) < 0) {
    line`goto send_now;#8`;
    line`return false;`;
    return false;
  }
  line`if (cong_win < send_win) {`;
  if (cong_win < send_win) {
    line`if (cong_win <= skb->len) {`;
    if (cong_win <= skb.len) {
      line`*is_cwnd_limited = true;`;
      out.cwnd = true;
      line`return true;#1`;
      return true;
    }
  } else {
    line`if (send_win <= skb->len) {`;
    if (send_win <= skb.len) {
      line`*is_rwnd_limited = true;`;
      out.rwnd = true;
      line`return true;#2`;
      return true;
    }
  }
  line`if ((TCP_SKB_CB(skb)->tcp_flags & TCPHDR_FIN) ||`;
  if (skb.th!.fin) {
    line`goto send_now;#9`;
    line`return false;`;
    return false;
  }
  line`return true;#3`;
  return true;
}

/**
 * tcp_write_xmit(): send what the write queue holds while congestion window, receive window and
 * Nagle allow — each time the send head, cut (tso_fragment) to the whole MSS cwnd and the window
 * allow, as one GSO packet; true when nothing is in flight and something is left (the caller arms
 * the probe timer).
 */
export function* tcp_write_xmit(sk: Sock, mss_now: number, nonagle: number, push_one: number): Sim<boolean> {
  const tp = tcp_sk(sk);
  frame({ sk, mss_now, nonagle, push_one, tp });

  const lim = { cwnd: false, rwnd: false };
  let sent_pkts = 0;
  frame.sent_pkts = 0;
  const q = sk.sk_write_queue;
  line`max_segs = tcp_tso_segs(sk, mss_now);`;
  const max_segs = tcp_tso_segs(sk, mss_now);
  frame.max_segs = max_segs;
  line`while ((skb = tcp_send_head(sk))) {`;
  while (q.length) {
    const skb = q[0];
    frame.skb = skb;
    line`tso_segs = tcp_init_tso_segs(skb, mss_now);`;
    const tso_segs = tcp_init_tso_segs(skb, mss_now);
    frame.tso_segs = tso_segs;
    line`cwnd_quota = tcp_cwnd_test(tp, skb);`;
    const cwnd_quota = yield* tcp_cwnd_test(tp, skb);
    frame.cwnd_quota = cwnd_quota;
    line`if (!cwnd_quota) {`;
    if (!cwnd_quota) {
      line`break;#1`;
      break;
    }
    line`if (unlikely(!tcp_snd_wnd_test(tp, skb, mss_now))) {`;
    if (!(yield* tcp_snd_wnd_test(tp, skb, mss_now))) {
      line`is_rwnd_limited = true;`;
      lim.rwnd = true;
      line`break;#2`;
      break;
    }
    line`if (tso_segs == 1) {`;
    if (tso_segs === 1) {
      line`if (unlikely(!tcp_nagle_test(tp, skb, mss_now,`;
      if (!(yield* tcp_nagle_test(tp, skb, mss_now, q.length === 1 ? nonagle : TCP_NAGLE_PUSH))) {
        line`break;#3`;
        break;
      }
    } else {
      line`if (!push_one &&`;
      if (!push_one && (yield* tcp_tso_should_defer(sk, skb, lim, max_segs))) {
        line`break;#4`;
        break;
      }
    }
    line`limit = mss_now;`;
    let limit = mss_now;
    line`if (tso_segs > 1 && !tcp_urg_mode(tp))`;
    if (tso_segs > 1) {
      line`limit = tcp_mss_split_point(sk, skb, mss_now,`;
      limit = yield* tcp_mss_split_point(sk, skb, mss_now, Math.min(cwnd_quota, max_segs), nonagle);
    }
    frame.limit = limit;
    line`if (skb->len > limit &&`;
    if (skb.len > limit) yield* tso_fragment(sk, skb, limit, mss_now);
    line`if (unlikely(tcp_transmit_skb(sk, skb, 1, gfp)))`;
    yield* tcp_transmit_skb(sk, skb);
    line`tcp_event_new_data_sent(sk, skb);`;
    yield* tcp_event_new_data_sent(sk, skb);
    line`tcp_minshall_update(tp, mss_now, skb);`;
    if (skb.len < tcp_skb_pcount(skb) * mss_now) tp.snd_sml = end_seq(skb);
    line`sent_pkts += tcp_skb_pcount(skb);`;
    sent_pkts += tcp_skb_pcount(skb);
    frame.sent_pkts = sent_pkts;
    line`if (push_one)`;
    if (push_one) {
      line`break;#7`;
      break;
    }
  }
  line`if (likely(sent_pkts)) {`;
  if (sent_pkts) {
    if (tcp_in_cwnd_reduction(sk)) {
      line`if (tcp_in_cwnd_reduction(sk))`;
      line`tp->prr_out += sent_pkts;`;
      tp.prr_out += sent_pkts;
    }
    line`is_cwnd_limited |= (tcp_packets_in_flight(tp) >= tp->snd_cwnd);`;
    const is_cwnd_limited = lim.cwnd || tcp_packets_in_flight(tp) >= tp.snd_cwnd;
    line`tcp_cwnd_validate(sk, is_cwnd_limited);`;
    yield* tcp_cwnd_validate(sk, is_cwnd_limited);
    line`return false;`;
    return false;
  }
  line`return !tp->packets_out && !tcp_write_queue_empty(sk);`;
  return !tp.packets_out && q.length > 0;
}

/** tcp_transmit_skb(sk, skb, 1, …): a clone of the queued skb goes out; the original stays for retransmission. */
export function* tcp_transmit_skb(sk: Sock, skb: SkBuff): Sim<SkBuff> {
  const th = skb.th!;
  skb.skb_mstamp = E.now;
  const clone = yield* __tcp_transmit_skb(sk, th.seq, QUEUED_FLAGS[th.syn | (th.ack << 1) | (th.fin << 2) | (th.psh << 3)], skb.payload, skb.gso_segs || 1, skb.gso_size);
  skb.fclone = clone;
  return clone;
}

/** The flags a queued skb can go out with (SYN, ACK, FIN, PSH bits 0–3), made once: no object per segment. */
const QUEUED_FLAGS: readonly TcpFlags[] = Array.from({ length: 16 }, (_, b) => tcpFlagsOf(!!(b & 1), !!(b & 2), !!(b & 4), false, !!(b & 8)));

/** __tcp_push_pending_frames(): send what may go; with nothing in flight and data held back, arm the zero-window probe. */
export function* __tcp_push_pending_frames(sk: Sock, cur_mss: number, nonagle: number): Sim<void> {
  frame({ sk, cur_mss, nonagle });
  line`if (unlikely(sk->sk_state == TCP_CLOSE))`;
  if (sk.sk_state === 7 /* TCP_CLOSE */) return;
  line`if (tcp_write_xmit(sk, cur_mss, nonagle, 0,`;
  if (yield* tcp_write_xmit(sk, cur_mss, nonagle, 0)) {
    line`tcp_check_probe_timer(sk);`;
    tcp_check_probe_timer(sk);
  }
}

/** tcp_push_one(): send the one full skb at the send head now. */
export function* tcp_push_one(sk: Sock, mss_now: number): Sim<void> {
  frame({ sk, mss_now });
  line`tcp_write_xmit(sk, mss_now, TCP_NAGLE_PUSH, 1, sk->sk_allocation);`;
  yield* tcp_write_xmit(sk, mss_now, TCP_NAGLE_PUSH, 1);
}

/** tcp_push_pending_frames(): __tcp_push_pending_frames with the current MSS and the socket's Nagle setting. */
export function* tcp_push_pending_frames(sk: Sock): Sim<void> {
  if (sk.sk_write_queue.length) yield* __tcp_push_pending_frames(sk, tcp_current_mss(sk), tcp_sk(sk).nonagle);
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

/** tcp_write_wakeup(): a zero-window probe — one byte beyond the window if there is data, else an old sequence number. */
export function* tcp_write_wakeup(sk: Sock): Sim<number> {
  const tp = tcp_sk(sk);
  frame({ sk, tp });
  line`if (sk->sk_state == TCP_CLOSE)`;
  if (sk.sk_state === 7 /* TCP_CLOSE */) return -1;
  line`skb = tcp_send_head(sk);`;
  const skb = sk.sk_write_queue[0];
  line`if (skb && before(TCP_SKB_CB(skb)->seq, tcp_wnd_end(tp))) {`;
  if (skb && before(skb.th!.seq, tcp_wnd_end(tp))) {
    // the window opened a little: send what fits (not reached while the window is zero)
    line`unsigned int mss = tcp_current_mss(sk);`;
    const mss = tcp_current_mss(sk);
    line`unsigned int seg_size = tcp_wnd_end(tp) - TCP_SKB_CB(skb)->seq;`;
    let seg_size = (tcp_wnd_end(tp) - skb.th!.seq) >>> 0;
    line`if (before(tp->pushed_seq, TCP_SKB_CB(skb)->end_seq))`;
    if (before(tp.pushed_seq, end_seq(skb))) {
      line`tp->pushed_seq = TCP_SKB_CB(skb)->end_seq;`;
      tp.pushed_seq = end_seq(skb);
    }
    line`if (seg_size < TCP_SKB_CB(skb)->end_seq - TCP_SKB_CB(skb)->seq ||`;
    if (seg_size < ((end_seq(skb) - skb.th!.seq) >>> 0) || skb.len > mss) {
      line`seg_size = min(seg_size, mss);`;
      seg_size = Math.min(seg_size, mss);
      line`TCP_SKB_CB(skb)->tcp_flags |= TCPHDR_PSH;#1`;
      skb.th!.psh = 1;
      line`if (tcp_fragment(sk, TCP_FRAG_IN_WRITE_QUEUE,`;
      yield* tcp_fragment(sk, TCP_FRAG_IN_WRITE_QUEUE, skb, seg_size, mss);
    } else if (!tcp_skb_pcount(skb)) {
      line`} else if (!tcp_skb_pcount(skb))`;
      line`tcp_set_skb_tso_segs(skb, mss);`;
      tcp_set_skb_tso_segs(skb, mss);
    }
    line`TCP_SKB_CB(skb)->tcp_flags |= TCPHDR_PSH;#2`;
    skb.th!.psh = 1;
    line`err = tcp_transmit_skb(sk, skb, 1, GFP_ATOMIC);`;
    yield* tcp_transmit_skb(sk, skb);
    line`tcp_event_new_data_sent(sk, skb);`;
    yield* tcp_event_new_data_sent(sk, skb);
    line`return err;`;
    return 0;
  }
  line`return tcp_xmit_probe_skb(sk, 0, mib);`;
  // tcp_xmit_probe_skb(sk, 0): a bare ACK with sequence snd_una - 1 — the peer must answer with its window
  yield* __tcp_transmit_skb(sk, (tp.snd_una - 1) >>> 0, ACK);
  return 0;
}

/** tcp_send_probe0(): the zero-window probe timer fired — probe, and back off while the window stays shut. */
export function* tcp_send_probe0(sk: Sock): Sim<void> {
  const icsk = inet_csk(sk);
  const tp = tcp_sk(sk);
  frame({ sk, icsk, tp });
  line`err = tcp_write_wakeup(sk, LINUX_MIB_TCPWINPROBE);`;
  const err = yield* tcp_write_wakeup(sk);
  line`if (tp->packets_out || tcp_write_queue_empty(sk)) {`;
  if (tp.packets_out || !sk.sk_write_queue.length) {
    // the window opened (data is in flight) or nothing is left to send: no more probes
    line`icsk->icsk_probes_out = 0;`;
    icsk.icsk_probes_out = 0;
    line`icsk->icsk_backoff = 0;`;
    icsk.icsk_backoff = 0;
    return;
  }
  line`icsk->icsk_probes_out++;`;
  icsk.icsk_probes_out++;
  line`if (err <= 0) {`;
  if (err <= 0) {
    line`if (icsk->icsk_backoff < net->ipv4.sysctl_tcp_retries2)`;
    if (icsk.icsk_backoff < 15) icsk.icsk_backoff++;
    line`timeout = tcp_probe0_when(sk, TCP_RTO_MAX);`;
  }
  line`tcp_reset_xmit_timer(sk, ICSK_TIME_PROBE0, timeout, TCP_RTO_MAX, NULL);`;
  tcp_reset_xmit_timer(sk, ICSK_TIME_PROBE0, tcp_probe0_when(sk, TCP_RTO_MAX));
}

/**
 * tcp_xmit_retransmit_queue(): retransmit the segments marked lost, as far as cwnd allows (fast
 * retransmit and recovery after an RTO); the head's retransmission re-arms the RTO.
 */
export function* tcp_xmit_retransmit_queue(sk: Sock): Sim<void> {
  const tp = tcp_sk(sk);
  frame({ sk, tp });
  line`if (!tp->packets_out)`;
  if (!tp.packets_out) return;
  line`rtx_head = tcp_rtx_queue_head(sk);`;
  const rtx = tp.tcp_rtx_queue;
  const rtx_head = rtx[0];
  line`skb_rbtree_walk_from(skb) {`;
  for (let i = 0; i < rtx.length; i++) {
    const skb = rtx[i];
    frame.skb = skb;
    line`segs = tp->snd_cwnd - tcp_packets_in_flight(tp);`;
    const segs = tp.snd_cwnd - tcp_packets_in_flight(tp);
    frame.segs = segs;
    line`if (segs <= 0)`;
    if (segs <= 0) return;
    line`if (tp->retrans_out >= tp->lost_out) {`;
    if (tp.retrans_out >= tp.lost_out) break;
    line`} else if (!(sacked & TCPCB_LOST)) {`;
    if (!(skb.tcp_sacked & TCPCB_LOST)) continue;
    line`if (sacked & (TCPCB_SACKED_ACKED|TCPCB_SACKED_RETRANS))`;
    if (skb.tcp_sacked & TCPCB_SACKED_RETRANS) continue;
    line`if (tcp_retransmit_skb(sk, skb, segs))`;
    if (yield* tcp_retransmit_skb(sk, skb, segs)) {
      line`return;#4`;
      return;
    }
    line`if (tcp_in_cwnd_reduction(sk))`;
    if (tcp_in_cwnd_reduction(sk)) {
      line`tp->prr_out += tcp_skb_pcount(skb);`;
      tp.prr_out += tcp_skb_pcount(skb);
    }
    line`if (skb == rtx_head &&`;
    if (skb === rtx_head) {
      line`tcp_reset_xmit_timer(sk, ICSK_TIME_RETRANS,`;
      tcp_reset_xmit_timer(sk, ICSK_TIME_RETRANS, inet_csk(sk).icsk_rto);
    }
  }
}

/** tcp_send_active_reset(): abort — a RST with an acceptable sequence number, no retransmission. */
export function* tcp_send_active_reset(sk: Sock): Sim<void> {
  line`skb = alloc_skb(MAX_TCP_HEADER, priority);`;
  line`tcp_init_nondata_skb(skb, tcp_acceptable_seq(sk),`;
  line`if (tcp_transmit_skb(sk, skb, 0, priority))`;
  yield* __tcp_transmit_skb(sk, tcp_sk(sk).snd_nxt, RST_ACK);
  NET_INC_STATS(sk.skc_net, MIB.OutRsts);
  line`trace_tcp_send_reset(sk, NULL);`;
  traceTcpEvent('tcp_send_reset', sk);
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

/** skb_still_in_host_queue(): the last copy is still in this host — a retransmission now would only queue a second one. */
export function* skb_still_in_host_queue(sk: Sock, skb: SkBuff): Sim<boolean> {
  frame({ sk, skb });
  line`if (unlikely(skb_fclone_busy(sk, skb))) {`;
  if (skb_fclone_busy(sk, skb)) {
    line`NET_INC_STATS(sock_net(sk),`;
    NET_INC_STATS(sk.skc_net, MIB.TCPSpuriousRtxHostQueues);
    line`return true;`;
    return true;
  }
  line`return false;`;
  return false;
}

/**
 * __tcp_retransmit_skb(): resend a queued segment as a fresh clone — unless its last copy is still
 * in this host (-EBUSY); at most segs MSS of it (tcp_fragment cuts the rest off).
 */
export function* __tcp_retransmit_skb(sk: Sock, skb: SkBuff, segs: number): Sim<number> {
  const tp = tcp_sk(sk);
  frame({ sk, skb, segs, tp });
  line`if (skb_still_in_host_queue(sk, skb))`;
  if (yield* skb_still_in_host_queue(sk, skb)) {
    line`return -EBUSY;`;
    return -ERRNO.EBUSY;
  }
  line`if (before(TCP_SKB_CB(skb)->seq, tp->snd_una)) {`;
  if (before(skb.th!.seq, tp.snd_una)) {
    line`if (tcp_trim_head(sk, skb, tp->snd_una - TCP_SKB_CB(skb)->seq))`;
    yield* tcp_trim_head(sk, skb, (tp.snd_una - skb.th!.seq) >>> 0);
  }
  line`cur_mss = tcp_current_mss(sk);`;
  const cur_mss = tcp_current_mss(sk);
  frame.cur_mss = cur_mss;
  line`if (!before(TCP_SKB_CB(skb)->seq, tcp_wnd_end(tp)) &&`;
  if (!before(skb.th!.seq, tcp_wnd_end(tp)) && skb.th!.seq !== tp.snd_una) {
    line`return -EAGAIN;`;
    return -ERRNO.EAGAIN;
  }
  line`len = cur_mss * segs;`;
  const len = cur_mss * segs;
  frame.len = len;
  line`if (skb->len > len) {`;
  if (skb.len > len) {
    line`if (tcp_fragment(sk, TCP_FRAG_IN_RTX_QUEUE, skb, len,`;
    yield* tcp_fragment(sk, TCP_FRAG_IN_RTX_QUEUE, skb, len, cur_mss);
  } else {
    line`diff = tcp_skb_pcount(skb);`;
    let diff = tcp_skb_pcount(skb);
    line`tcp_set_skb_tso_segs(skb, cur_mss);`;
    tcp_set_skb_tso_segs(skb, cur_mss);
    line`diff -= tcp_skb_pcount(skb);`;
    diff -= tcp_skb_pcount(skb);
    line`if (diff)`;
    if (diff) {
      line`tcp_adjust_pcount(sk, skb, diff);`;
      tcp_adjust_pcount(sk, skb, diff);
    }
  }
  line`segs = tcp_skb_pcount(skb);`;
  const n = tcp_skb_pcount(skb);
  line`TCP_ADD_STATS(sock_net(sk), TCP_MIB_RETRANSSEGS, segs);`;
  NET_INC_STATS(sk.skc_net, MIB.RetransSegs, n);
  line`if (TCP_SKB_CB(skb)->tcp_flags & TCPHDR_SYN)`;
  if (skb.th!.syn) {
    line`__NET_INC_STATS(sock_net(sk), LINUX_MIB_TCPSYNRETRANS);`;
    NET_INC_STATS(sk.skc_net, MIB.TCPSynRetrans);
  }
  line`tp->total_retrans += segs;`;
  tp.total_retrans += n;
  line`tp->bytes_retrans += skb->len;`;
  line`err = tcp_transmit_skb(sk, skb, 1, GFP_ATOMIC);`;
  yield* tcp_transmit_skb(sk, skb);
  line`TCP_SKB_CB(skb)->sacked |= TCPCB_EVER_RETRANS;`;
  skb.tcp_sacked |= TCPCB_EVER_RETRANS;
  line`trace_tcp_retransmit_skb(sk, skb);`;
  traceTcpEvent('tcp_retransmit_skb', sk, skb);
  line`return err;#1`;
  return 0;
}

/** tcp_retransmit_skb(): send a queued segment again, at most segs MSS of it (a clone; the queued skb stays, marked retransmitted). */
export function* tcp_retransmit_skb(sk: Sock, skb: SkBuff, segs: number): Sim<number> {
  const tp = tcp_sk(sk);
  frame({ sk, skb, segs });

  line`int err = __tcp_retransmit_skb(sk, skb, segs);`;
  const err = yield* __tcp_retransmit_skb(sk, skb, segs);
  frame.err = err;
  line`if (err == 0) {`;
  if (err === 0) {
    line`TCP_SKB_CB(skb)->sacked |= TCPCB_RETRANS;`;
    skb.tcp_sacked |= TCPCB_SACKED_RETRANS;
    line`tp->retrans_out += tcp_skb_pcount(skb);`;
    tp.retrans_out += tcp_skb_pcount(skb);
  }
  line`if (!tp->retrans_stamp)`;
  if (!tp.retrans_stamp) {
    line`tp->retrans_stamp = tcp_skb_timestamp(skb);`;
    tp.retrans_stamp = E.now;
  }
  line`return err;`;
  return err;
}

/** tcp_rtx_synack(): the request sock's timer resends the SYN-ACK (traced; the first one is not). */
export function* tcp_rtx_synack(sk: Sock, req: RequestSock): Sim<number> {
  line`res = af_ops->send_synack(sk, NULL, &fl, req, NULL, TCP_SYNACK_NORMAL);`;
  yield* tcp_v4_send_synack(sk, req);
  NET_INC_STATS(sk.skc_net, MIB.TCPSynRetrans);
  line`trace_tcp_retransmit_synack(sk, req);`;
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
}

