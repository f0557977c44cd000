// struct inet_connection_sock and struct request_sock_queue (include/net/inet_connection_sock.h,
// include/net/request_sock.h): what connection-oriented protocols add — the accept queue, the bind
// bucket, the af_ops and the retransmit machinery.

import { InetSock } from './inet_sock';
import type { Sock } from './sock';
import type { RequestSock } from './request_sock';
import type { InetBindBucket } from './inet_hashtables';
import type { TimerList } from '../../core/timer';
import type { Sim } from '../../core/engine';
import type { SkBuff } from '../linux/skbuff';

/** struct inet_connection_sock_af_ops (ipv4_specific): members not simulated are stand-ins (include/linux/ops.ts). */
export interface InetConnectionSockAfOps {
  name: string;
  queue_xmit: (...args: never[]) => never;
  send_check: (...args: never[]) => never;
  rebuild_header: (...args: never[]) => never;
  sk_rx_dst_set: (...args: never[]) => never;
  conn_request: (sk: Sock, skb: SkBuff) => Sim<number>;
  syn_recv_sock: (sk: Sock, skb: SkBuff, req: RequestSock, req_unhash: RequestSock | null, own: { v: boolean }) => Sim<Sock | null>;
  net_header_len: string;
}

/**
 * The listener's queues. There is no list of half-open connections: request socks live in the
 * established hash and are only counted here (qlen, young). The accept queue holds request socks
 * whose req->sk is the finished child.
 */
export class RequestSockQueue {
  readonly structName = 'request_sock_queue';
  rskq_defer_accept = 0;
  qlen = 0;
  young = 0;
  rskq_accept_head: RequestSock | null = null;
  rskq_accept_tail: RequestSock | null = null;
  synflood_warned = 0;
  /** The accept queue as an array, following dl_next (for views and invariants). */
  acceptList(): RequestSock[] {
    const out: RequestSock[] = [];
    for (let r = this.rskq_accept_head; r; r = r.dl_next) out.push(r);
    return out;
  }
}

export class InetConnectionSock extends InetSock {
  override structName = 'inet_connection_sock';
  icsk_accept_queue = new RequestSockQueue();
  icsk_bind_hash: InetBindBucket | null = null;
  icsk_af_ops: InetConnectionSockAfOps | null = null;
  /** The congestion control module: Reno (the real side of the conformance suite sets net.ipv4.tcp_congestion_control=reno). */
  icsk_ca_ops = 'reno';
  icsk_rto = 1_000_000;
  /** icsk->icsk_pmtu_cookie: the path MTU the MSS was last computed for (tcp_sync_mss). */
  icsk_pmtu_cookie = 0;
  icsk_retransmits = 0;
  icsk_backoff = 0;
  icsk_syn_retries = 0;
  icsk_pending = 0;
  /** Congestion control's state: TCP_CA_Open, Disorder, CWR, Recovery, Loss. */
  icsk_ca_state = 0;
  /** Unanswered zero-window probes. */
  icsk_probes_out = 0;
  icsk_timeout = 0;
  icsk_retransmit_timer: TimerList | null = null;
  icsk_delack_timer: TimerList | null = null;
  /** The delayed-ACK engine's state (struct inet_connection_sock's icsk_ack). */
  icsk_ack = { pending: 0, quick: 0, pingpong: 0, ato: 0, timeout: 0, lrcvtime: 0, rcv_mss: 536, last_seg_size: 0 };
}

export const ICSK_TIME_RETRANS = 1;
export const ICSK_TIME_DACK = 2;
export const ICSK_TIME_PROBE0 = 3;

// icsk_ca_state (include/net/tcp.h: enum tcp_ca_state)
export const TCP_CA_Open = 0;
export const TCP_CA_Disorder = 1;
export const TCP_CA_CWR = 2;
export const TCP_CA_Recovery = 3;
export const TCP_CA_Loss = 4;

// icsk_ack.pending bits (include/net/inet_connection_sock.h)
export const ICSK_ACK_SCHED = 1;
export const ICSK_ACK_TIMER = 2;
export const ICSK_ACK_PUSHED = 4;
export const ICSK_ACK_PUSHED2 = 8;
export const ICSK_ACK_NOW = 16;

/** One jiffy: the simulated kernel runs at HZ = 1000. */
export const JIFFY = 1000;
export const TCP_ATO_MIN = 40_000; // HZ/25
export const TCP_DELACK_MIN = 40_000; // HZ/25
export const TCP_DELACK_MAX = 200_000; // HZ/5
export const TCP_MAX_QUICKACKS = 16;
/** 5.4: pingpong (interactive) mode starts after 3 replies within ato of a received segment. */
export const TCP_PINGPONG_THRESH = 3;

export function inet_csk_ack_scheduled(sk: Sock): boolean {
  return !!(inet_csk(sk).icsk_ack.pending & ICSK_ACK_SCHED);
}
export function inet_csk_schedule_ack(sk: Sock): void {
  inet_csk(sk).icsk_ack.pending |= ICSK_ACK_SCHED;
}
export function inet_csk_in_pingpong_mode(sk: Sock): boolean {
  return inet_csk(sk).icsk_ack.pingpong >= TCP_PINGPONG_THRESH;
}
/** tcp_in_quickack_mode(): ACK every segment at once while quick > 0, unless interactive. */
export function tcp_in_quickack_mode(sk: Sock): boolean {
  const a = inet_csk(sk).icsk_ack;
  return a.quick > 0 && !inet_csk_in_pingpong_mode(sk);
}

/** tcp_in_cwnd_reduction(): in CWR or Recovery, where PRR brings cwnd down (and counts what is sent). */
export function tcp_in_cwnd_reduction(sk: Sock): boolean {
  const st = inet_csk(sk).icsk_ca_state;
  return st === TCP_CA_CWR || st === TCP_CA_Recovery;
}

/** inet_csk(): the same object, seen as an inet_connection_sock. */
export function inet_csk(sk: Sock): InetConnectionSock {
  return sk as InetConnectionSock;
}
