// net/ipv4/tcp_output.c: building and sending segments — the SYN (tcp_connect), the SYN-ACK
// (tcp_make_synack), pure ACKs, FINs, active resets, and retransmissions.

import { E, Sim, tracingComm } from '../../core/engine';
import { frame, line } from '../../core/mark';
import { SkBuff, TcpHdr, tcpSkbLayout, skb_push, skb_reset_transport_header } from '../../include/linux/skbuff';
import type { Sock } from '../../include/net/sock';
import { kaddr } from '../../include/net/sock';
import { inet_sk } from '../../include/net/inet_sock';
import {
  inet_csk, inet_csk_in_pingpong_mode, ICSK_TIME_RETRANS, ICSK_ACK_SCHED, ICSK_ACK_TIMER, JIFFY,
  TCP_ATO_MIN, TCP_DELACK_MIN, TCP_DELACK_MAX,
} from '../../include/net/inet_connection_sock';
import { tcp_sk } from '../../include/linux/tcp';
import type { RequestSock } from '../../include/net/request_sock';
import { inet_rsk, tcp_rsk } from '../../include/net/request_sock';
import { MIB, NET_INC_STATS } from '../../include/net/net_namespace';
import { IPPROTO_TCP } from '../../include/uapi';
import { tcp_v4_send_synack } from './tcp_ipv4';
import { __ip_queue_xmit } from './ip_output';
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

/** The receive window we advertise (tcp_select_window, simplified: free receive buffer, ≤ 65535 unscaled). */
export function tcp_select_window(sk: Sock): number {
  let used = 0;
  for (const s of sk.sk_receive_queue) used += s.len;
  return Math.max(0, Math.min(65535, Math.floor((sk.sk_rcvbuf - used) / 2)));
}

/** __tcp_transmit_skb(): fill in the TCP header from the socket and hand the segment to IP. */
export function* __tcp_transmit_skb(sk: Sock, seq: number, flags: TcpFlags, payload = ''): Sim<SkBuff> {
  const inet = inet_sk(sk);
  const tp = tcp_sk(sk);
  frame({ sk, inet });

  const skb = tcpSkb(inet.inet_saddr, inet.inet_daddr, inet.inet_sport, inet.inet_dport, payload);
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
  line`err = icsk->icsk_af_ops->queue_xmit(sk, skb, &inet->cork.fl);`;
  NET_INC_STATS(sk.skc_net, MIB.OutSegs);
  yield* __ip_queue_xmit(sk, skb);
  return skb;
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

function* tcp_connect_init(sk: Sock): Sim<void> {
  const tp = tcp_sk(sk);
  frame({ sk, tp });

  line`tcp_sync_mss(sk, dst_mtu(dst));`;
  tp.mss_cache = tp.advmss;
  tp.rcv_wnd = 65535;
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
  th.options.mss = tcp_sk(sk).advmss;
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

/** tcp_send_fin(): queue a FIN (it takes one sequence number) and push it out. */
export function* tcp_send_fin(sk: Sock): Sim<void> {
  const tp = tcp_sk(sk);
  frame({ sk, tp });

  line`struct sk_buff *skb, *tskb = tcp_write_queue_tail(sk);`;
  line`skb = alloc_skb_fclone(MAX_TCP_HEADER, sk->sk_allocation);`;
  line`tcp_init_nondata_skb(skb, tp->write_seq,`;
  const seq = tp.write_seq;
  line`tcp_queue_skb(sk, skb);`;
  tp.write_seq = (tp.write_seq + 1) >>> 0;
  line`__tcp_push_pending_frames(sk, tcp_current_mss(sk), TCP_NAGLE_OFF);`;
  const skb = yield* __tcp_transmit_skb(sk, seq, FIN_ACK);
  frame.skb = skb;
  tp.tcp_rtx_queue.push(skb);
  tp.packets_out++;
  tp.snd_nxt = tp.write_seq;
  if (!inet_csk(sk).icsk_retransmit_timer?.pending) inet_csk_reset_xmit_timer(sk, inet_csk(sk).icsk_rto);
}

/** Sends queued data: one segment per MSS chunk, PSH on the last (tcp_write_xmit, simplified). */
export function* tcp_push(sk: Sock, data: string): Sim<void> {
  const tp = tcp_sk(sk);
  const mss = tp.mss_cache || TCP_MSS_DEFAULT;
  for (let off = 0; off < data.length; off += mss) {
    const chunk = data.slice(off, off + mss);
    const seq = tp.snd_nxt;
    const skb = yield* __tcp_transmit_skb(sk, seq, tcpFlagsOf(false, true, false, false, off + mss >= data.length), chunk);
    tp.tcp_rtx_queue.push(skb);
    tp.packets_out++;
    tp.snd_nxt = (tp.snd_nxt + chunk.length) >>> 0;
  }
  if (!inet_csk(sk).icsk_retransmit_timer?.pending && tp.packets_out) inet_csk_reset_xmit_timer(sk, inet_csk(sk).icsk_rto);
}

/** tcp_send_active_reset(): abort — a RST with an acceptable sequence number, no retransmission. */
export function* tcp_send_active_reset(sk: Sock): Sim<void> {
  line`skb = alloc_skb(MAX_TCP_HEADER, priority);`;
  line`tcp_init_nondata_skb(skb, tcp_acceptable_seq(sk),`;
  line`if (tcp_transmit_skb(sk, skb, 0, priority))`;
  yield* __tcp_transmit_skb(sk, tcp_sk(sk).snd_nxt, RST_ACK);
  NET_INC_STATS(sk.skc_net, MIB.OutRsts);
  line`trace_tcp_send_reset(sk, NULL);`;
  traceReset('tcp_send_reset', sk);
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

/** tcp_retransmit_skb(): send the oldest unacknowledged segment again. */
export function* tcp_retransmit_skb(sk: Sock, skb: SkBuff): Sim<void> {
  const tp = tcp_sk(sk);
  frame({ sk, skb });

  line`err = __tcp_retransmit_skb(sk, skb, segs);`;
  const th = skb.th!;
  const again = yield* __tcp_transmit_skb(sk, th.seq, tcpFlagsOf(!!th.syn, !!th.ack, !!th.fin, false, !!th.psh), skb.payload);
  const i = tp.tcp_rtx_queue.indexOf(skb);
  if (i >= 0) tp.tcp_rtx_queue[i] = again;
  line`tp->retrans_out += tcp_skb_pcount(skb);`;
  tp.total_retrans++;
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
}

