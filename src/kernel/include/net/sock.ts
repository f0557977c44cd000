// struct sock_common and struct sock (include/net/sock.h): the protocol-independent socket.
// The embedding chain sock ⊂ inet_sock ⊂ inet_connection_sock ⊂ tcp_sock is a class chain here:
// one object, and inet_sk()/inet_csk()/tcp_sk() are casts that return that same object.

import type { Net } from './net_namespace';
import type { Proto, Socket, WaitQueueHead } from '../linux/net';
import type { SkBuff } from '../linux/skbuff';
import type { Rtable } from '../linux/netdevice';
import { TCP_CLOSE } from './tcp_states';
import { E } from '../../core/engine';

export { kaddr } from '../../core/kaddr';
import { kaddr } from '../../core/kaddr';

/** A new kernel object's id: from the world of the run in progress (its addresses are made from it). */
export function newObjectId(): number {
  return E.objectIds.nextObjectId();
}

/** What every kind of socket the ehash can hold starts with: full socks, request socks, timewait socks. */
export class SockCommon {
  readonly objId = newObjectId();
  /** The struct's kernel type name, for display: "tcp_sock", "tcp_request_sock", … */
  structName = 'sock_common';
  skc_daddr = '0.0.0.0';
  skc_rcv_saddr = '0.0.0.0';
  /** Remote port (the kernel keeps it in network byte order; shown here in host order). */
  skc_dport = 0;
  /** Local port, host order. */
  skc_num = 0;
  skc_family = 0;
  skc_state = TCP_CLOSE;
  skc_reuse = 0;
  skc_reuseport = 0;
  skc_bound_dev_if = 0;
  skc_refcnt = 1;
  skc_net!: Net;
  skc_prot: Proto | null = null;
  /** Where it is hashed: "ehash", "lhash", "udp" (udp_table) or null. */
  hashedIn: 'ehash' | 'lhash' | 'udp' | null = null;

  get addr(): string {
    return kaddr(this.objId);
  }
  get sk_state(): number {
    return this.skc_state;
  }
  set sk_state(v: number) {
    this.skc_state = v;
  }
  get sk_net(): Net {
    return this.skc_net;
  }
  get sk_prot(): Proto {
    return this.skc_prot!;
  }
  set sk_prot(p: Proto) {
    this.skc_prot = p;
  }
  get sk_family(): number {
    return this.skc_family;
  }
  get sk_daddr(): string {
    return this.skc_daddr;
  }
  get sk_rcv_saddr(): string {
    return this.skc_rcv_saddr;
  }
  // inet_sock's macros onto sock_common
  get inet_num(): number {
    return this.skc_num;
  }
  set inet_num(v: number) {
    this.skc_num = v;
  }
  get inet_dport(): number {
    return this.skc_dport;
  }
  set inet_dport(v: number) {
    this.skc_dport = v;
  }
  get inet_daddr(): string {
    return this.skc_daddr;
  }
  set inet_daddr(v: string) {
    this.skc_daddr = v;
  }
  get inet_rcv_saddr(): string {
    return this.skc_rcv_saddr;
  }
  set inet_rcv_saddr(v: string) {
    this.skc_rcv_saddr = v;
  }
}

/** enum sock_flags (include/net/sock.h): bit numbers in sk->sk_flags. */
export const SOCK_FLAG_NAMES = [
  'SOCK_DEAD', 'SOCK_DONE', 'SOCK_URGINLINE', 'SOCK_KEEPOPEN', 'SOCK_LINGER', 'SOCK_DESTROY', 'SOCK_BROADCAST', 'SOCK_TIMESTAMP',
  'SOCK_ZAPPED', 'SOCK_USE_WRITE_QUEUE', 'SOCK_DBG', 'SOCK_RCVTSTAMP', 'SOCK_RCVTSTAMPNS', 'SOCK_LOCALROUTE', 'SOCK_QUEUE_SHRUNK',
  'SOCK_MEMALLOC', 'SOCK_TIMESTAMPING_RX_SOFTWARE', 'SOCK_FASYNC', 'SOCK_RXQ_OVFL', 'SOCK_ZEROCOPY', 'SOCK_WIFI_STATUS', 'SOCK_NOFCS',
  'SOCK_FILTER_LOCKED', 'SOCK_SELECT_ERR_QUEUE', 'SOCK_RCU_FREE', 'SOCK_TXTIME', 'SOCK_XDP', 'SOCK_TSTAMP_NEW',
] as const;
export const SOCK_DEAD = 0;
export const SOCK_DONE = 1;
export const SOCK_LINGER = 4;
export const SOCK_QUEUE_SHRUNK = 14;
export const SOCK_BROADCAST = 6;
export const SOCK_RCU_FREE = 24;

/** The names of the flags set in an sk_flags word, in bit order. */
export function sockFlagNames(flags: number): string[] {
  const out: string[] = [];
  for (let b = 0; b < SOCK_FLAG_NAMES.length; b++) if (flags & (1 << b)) out.push(SOCK_FLAG_NAMES[b]);
  return out;
}

/** ~0UL, sock_init_data's sk_pacing_rate: no rate known, no limit. */
export const SK_PACING_UNLIMITED = Number.MAX_SAFE_INTEGER;

/** GSO_MAX_SIZE and GSO_MAX_SEGS (include/linux/netdevice.h): every device here keeps the defaults. */
export const GSO_MAX_SIZE = 65536;
export const GSO_MAX_SEGS = 65535;

/**
 * sk_setup_caps() (net/core/sock.c): the socket keeps the route, and takes its device's GSO limits —
 * TCP always builds GSO packets in v5.4 (tcp_init_sock: sk_route_forced_caps = NETIF_F_GSO).
 */
export function sk_setup_caps(sk: Sock, dst: Rtable): void {
  sk.sk_dst_cache = dst;
  sk.sk_gso_max_size = GSO_MAX_SIZE;
  sk.sk_gso_max_segs = GSO_MAX_SEGS;
}

export class Sock extends SockCommon {
  override structName = 'sock';
  sk_type = 0;
  /** sk->sk_dst_cache: the route the socket keeps (__ip_queue_xmit's __sk_dst_check). */
  sk_dst_cache: Rtable | null = null;
  /** sk_setup_caps(): the route's device's GSO limits — the largest packet TCP may build, and its most segments. */
  sk_gso_max_size = 0;
  sk_gso_max_segs = 0;
  /** sk->sk_pacing_rate (bytes/s): ~0UL (no limit) until TCP measures a rate (tcp_update_pacing_rate). */
  sk_pacing_rate = SK_PACING_UNLIMITED;
  /** sk->sk_pacing_shift: TCP aims at one GSO packet per 2^-10 s (about 1 ms) of the pacing rate. */
  sk_pacing_shift = 10;
  sk_protocol = 0;
  sk_socket: Socket | null = null;
  sk_wq: WaitQueueHead | null = null;
  sk_receive_queue: SkBuff[] = [];
  sk_write_queue: SkBuff[] = [];
  sk_backlog: SkBuff[] = [];
  sk_rcvbuf = 131072;
  sk_sndbuf = 16384;
  /** Bytes (truesize) of the skbs on the write and retransmit queues: what sk_sndbuf limits. */
  sk_wmem_queued = 0;
  sk_ack_backlog = 0;
  sk_max_ack_backlog = 0;
  sk_err = 0;
  sk_err_soft = 0;
  sk_shutdown = 0;
  sk_userlocks = 0;
  /** unsigned long sk_flags: bit n set for enum sock_flags value n (sock_flag(), sock_set_flag()). */
  sk_flags = 0;
  sk_rcvtimeo = Infinity;
  sk_sndtimeo = Infinity;
  sk_lingertime = 0;
  sk_drops = 0;
  /** Owned by a process (lock_sock) — softirq then queues to sk_backlog. */
  sk_lock_owned = false;
  sk_prot_creator: Proto | null = null;
  sk_backlog_rcv = '';
  sk_destruct = '';
  /** Callbacks, by the name of the kernel function installed. */
  sk_state_change = 'sock_def_wakeup';
  sk_data_ready = 'sock_def_readable';
  sk_write_space = 'sk_stream_write_space';
  sk_error_report = 'sock_def_error_report';
  /** sk->sk_cookie: 0 until sock_gen_cookie gives it one (the tracepoints of class tcp_event_sk ask). */
  sk_cookie = 0;
  /** Freed: the sock has been destroyed (kept for the views until they let go). */
  freed = false;

  /** The wait queue a task sleeps on (sk_sleep(sk)). */
  get sk_sleep(): WaitQueueHead | null {
    return this.sk_wq;
  }
}

export function sock_flag(sk: Sock, flag: number): boolean {
  return (sk.sk_flags & (1 << flag)) !== 0;
}
export function sock_set_flag(sk: Sock, flag: number): void {
  sk.sk_flags |= 1 << flag;
}
export function sock_reset_flag(sk: Sock, flag: number): void {
  sk.sk_flags &= ~(1 << flag);
}
export function sock_net(sk: SockCommon): Net {
  return sk.skc_net;
}
/** sk_fullsock(): neither a request sock nor a timewait sock. */
export function sk_fullsock(sk: SockCommon): sk is Sock {
  return sk instanceof Sock;
}

export function currentTime(): number {
  return E.now;
}
