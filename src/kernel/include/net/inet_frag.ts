// struct inet_frag_queue / struct ipq and struct fqdir (include/net/inet_frag.h,
// net/ipv4/ip_fragment.c): the datagrams a host is reassembling. A queue is keyed by (saddr, daddr,
// id, protocol) — frag_v4_compare_key — holds its fragments in runs of contiguous ones ordered by
// offset (the kernel's rb-tree of runs: here a sorted array of runs), and has a timer (ip_expire)
// ipfrag_time seconds after its first fragment.

import type { SkBuff } from '../linux/skbuff';
import type { TimerList } from '../../core/timer';
import type { Net } from './net_namespace';

/** q->flags */
export const INET_FRAG_FIRST_IN = 0x01;
export const INET_FRAG_LAST_IN = 0x02;
export const INET_FRAG_COMPLETE = 0x04;

/** inet_frag_queue_insert()'s results. */
export const IPFRAG_OK = 0;
export const IPFRAG_DUP = 1;
export const IPFRAG_OVERLAP = 2;

/** ip_defrag()'s user for local delivery (IP_DEFRAG_LOCAL_DELIVER). */
export const IP_DEFRAG_LOCAL_DELIVER = 0;

export interface FragV4Key {
  saddr: string;
  daddr: string;
  user: number;
  vif: number;
  id: number;
  protocol: number;
}

/** struct ipq (with its struct inet_frag_queue q): one datagram being reassembled. */
export class Ipq {
  readonly structName = 'ipq';
  flags = 0;
  /** q.len: the datagram's length as far as known (the last fragment's end once LAST_IN). */
  len = 0;
  /** q.meat: the bytes received so far. */
  meat = 0;
  max_size = 0;
  max_df_size = 0;
  /** qp->iif: the device the fragments came in by. */
  iif = 0;
  /** qp->rid: the peer's fragment count at this queue's last fragment (ip_frag_too_far). */
  rid = 0;
  /** q.rb_fragments: runs of contiguous fragments, by offset. */
  readonly runs: SkBuff[][] = [];
  /** q.fragments_tail: the last fragment added at the end. */
  fragments_tail: SkBuff | null = null;
  refcnt = 3;
  timer!: TimerList<Ipq>;
  constructor(
    readonly key: FragV4Key,
    readonly objId: number,
    /** q->fqdir->net */
    readonly net: Net,
  ) {}
}

/** struct fqdir: this namespace's queues and their sysctls (net.ipv4.ipfrag_*). */
export class Fqdir {
  readonly structName = 'fqdir';
  /** ipfrag_time: 30 s. */
  timeout = 30_000_000;
  /** ipfrag_high_thresh, ipfrag_low_thresh: 4 MiB, 3 MiB. */
  high_thresh = 4 * 1024 * 1024;
  low_thresh = 3 * 1024 * 1024;
  /** ipfrag_max_dist: 64. */
  max_dist = 64;
  /** frag_mem_limit(): what the queued fragments cost (truesize), plus each queue's size. */
  mem = 0;
  dead = false;
  readonly rhashtable = new Map<string, Ipq>();
  /** inet_peer's rid per source address (inet_getpeer_v4): fragments received from each. */
  readonly peerRid = new Map<string, number>();
}

export function fragKey(k: FragV4Key): string {
  return `${k.saddr}|${k.daddr}|${k.user}|${k.vif}|${k.id}|${k.protocol}`;
}
