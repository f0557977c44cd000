// struct net (include/net/net_namespace.h): one network namespace per simulated host — its
// sysctls, its TCP hash tables (tcp_hashinfo), its SNMP counters and its boot secret.

import type { Rng } from '../../core/rng';
import type { TimerList } from '../../core/timer';
import type { SkBuff } from '../linux/skbuff';
import { InetHashinfo } from './inet_hashtables';
import { UdpTable } from './udp';

export interface Sysctls {
  'net.core.somaxconn': number;
  'net.ipv4.ip_local_port_range': [number, number];
  'net.ipv4.tcp_syn_retries': number;
  'net.ipv4.tcp_synack_retries': number;
  'net.ipv4.tcp_syncookies': number;
  'net.ipv4.tcp_max_syn_backlog': number;
  'net.ipv4.tcp_abort_on_overflow': number;
  'net.ipv4.tcp_fin_timeout': number;
  'net.ipv4.tcp_tw_reuse': number;
  'net.ipv4.ip_nonlocal_bind': number;
  'net.ipv4.ip_unprivileged_port_start': number;
}

export function defaultSysctls(): Sysctls {
  return {
    'net.core.somaxconn': 4096,
    'net.ipv4.ip_local_port_range': [32768, 60999],
    'net.ipv4.tcp_syn_retries': 6,
    'net.ipv4.tcp_synack_retries': 5,
    'net.ipv4.tcp_syncookies': 1,
    'net.ipv4.tcp_max_syn_backlog': 128,
    'net.ipv4.tcp_abort_on_overflow': 0,
    'net.ipv4.tcp_fin_timeout': 60,
    'net.ipv4.tcp_tw_reuse': 2,
    'net.ipv4.ip_nonlocal_bind': 0,
    'net.ipv4.ip_unprivileged_port_start': 1024,
  };
}

export const SYSCTL_NAMES = Object.keys(defaultSysctls()) as Array<keyof Sysctls>;

export class Net {
  readonly structName = 'net';
  readonly sysctl: Sysctls = defaultSysctls();
  /** tcp_hashinfo of this host: bhash, lhash2, ehash. */
  readonly tcp_hashinfo = new InetHashinfo();
  /** udp_table of this host: hash (by port) and hash2 (by address and port). */
  readonly udp_table = new UdpTable();
  /** /proc/net/snmp and netstat counters, by MIB index (NET_INC_STATS). */
  readonly mibv = new Float64Array(MIB_NAMES.length);
  /** The counters touched so far, in the order they were first touched (what `mib` lists). */
  readonly mibTouched: number[] = [];
  /** The counters the flows have touched (ListenOverflows, ActiveOpens …), by name, in the order they were first touched. */
  get mib(): Record<string, number> {
    const out: Record<string, number> = {};
    for (const i of this.mibTouched) out[MIB_NAMES[i]] = this.mibv[i];
    return out;
  }
  /** inet_ehashfn / secure_tcp_seq secret, from the run's seed. */
  secret = 0;
  /**
   * __inet_hash_connect's `static u32 hint` (v5.4): one per kernel, and a simulated host is one kernel
   * with one struct net. (Later 5.4.y and 6.x replaced it with RFC 6056's table_perturb[].)
   */
  hashConnectHint = 0;
  constructor(readonly host: NetHost) {}
}

/**
 * The SNMP/netstat counters the simulated kernel counts, by their /proc/net/snmp and netstat names
 * (the kernel's LINUX_MIB_*, TCP_MIB_*, IPSTATS_MIB_* … enums): an index each into net->mibv.
 */
export const MIB = {
  IcmpInErrors: 0,
  UdpOutDatagrams: 1,
  UdpRcvbufErrors: 2,
  UdpInErrors: 3,
  UdpInDatagrams: 4,
  UdpNoPorts: 5,
  CurrEstab: 6,
  EstabResets: 7,
  TCPAbortOnClose: 8,
  TCPAbortOnData: 9,
  TCPOrphans: 10,
  AttemptFails: 11,
  OutRequests: 12,
  OutSegs: 13,
  TimeWaits: 14,
  TimeWaitsFinWait2: 15,
  PassiveOpens: 16,
  EmbryonicRsts: 17,
  InDelivers: 18,
  InAddrErrors: 19,
  InReceives: 20,
  InTruncatedPkts: 21,
  IcmpOutMsgs: 22,
  IcmpOutDestUnreachs: 23,
  IcmpInMsgs: 24,
  IcmpInDestUnreachs: 25,
  OutRsts: 26,
  ListenOverflows: 27,
  ListenDrops: 28,
  SyncookiesFailed: 29,
  SyncookiesRecv: 30,
  DelayedACKs: 31,
  TCPSYNChallenge: 32,
  TCPReqQFullDoCookies: 33,
  TCPReqQFullDrop: 34,
  SyncookiesSent: 35,
  ActiveOpens: 36,
  TCPSynRetrans: 37,
} as const;
export const MIB_NAMES: readonly string[] = Object.keys(MIB);

export function NET_INC_STATS(net: Net, id: number, n = 1): void {
  if (net.mibv[id] === 0 && !net.mibTouched.includes(id)) net.mibTouched.push(id);
  net.mibv[id] += n;
}

/**
 * What the kernel knows of the machine a struct net lives on — the simulator's host (world/world.ts
 * implements it): its name and addresses, its softirq, and the world's link and random numbers.
 */
export interface NetHost {
  readonly name: string;
  readonly addrs: readonly string[];
  readonly net: Net;
  isLocal(addr: string): boolean;
  raiseSoftirq(work: SkBuff | TimerList): void;
  readonly world: {
    readonly rng: Rng;
    transmit(from: NetHost, skb: SkBuff): void;
  };
}
