// struct net (include/net/net_namespace.h): one network namespace per simulated host — its
// sysctls, its TCP hash tables (tcp_hashinfo), its SNMP counters and its boot secret.

import type { Rng } from '../../core/rng';
import type { SkBuff } from '../linux/skbuff';
import type { NetDevice, Neighbour, Rtable, SoftirqWork, SoftnetData } from '../linux/netdevice';
import { InetHashinfo } from './inet_hashtables';
import { UdpTable } from './udp';
import type { NfHookEntries, XtTable } from './netfilter';
import { Fqdir } from './inet_frag';

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
  /** net->cookie_gen: the last socket cookie sock_gen_cookie handed out in this namespace (the first is 1). */
  cookie_gen = 0;
  /** The devices (lo, and the NIC on the link: eth0), given at boot (net_dev_init). */
  loopback_dev!: NetDevice;
  eth0!: NetDevice;
  /** This host's one CPU's softnet_data: the NAPI poll list, the backlog. */
  softnet!: SoftnetData;
  /** The routes: out to this host's own addresses (via lo), out to the link (eth0), in to this host. */
  rt_output_local!: Rtable;
  rt_output_link!: Rtable;
  rt_input_local!: Rtable;
  /** The ARP table (arp_tbl's entries for this host), by device, then by next-hop address. */
  readonly neighbours = new Map<NetDevice, Map<string, Neighbour>>();
  /** ip_idents / ip_tstamps (net/ipv4/route.c, global in the kernel; one kernel per host here): the IP ids of packets without DF. */
  readonly ip_idents = new Map<number, { id: number; tstamp: number }>();
  /** net->ipv4.fqdir: the queues of datagrams being reassembled (ip_defrag), with ipfrag_time and its limits. */
  readonly fqdir = new Fqdir();
  /** Functions registered at each of IPv4's hooks (net->nf.hooks_ipv4): null until something registers. */
  readonly nf_hooks_ipv4: Array<NfHookEntries | null> = [null, null, null, null, null];
  /**
   * nf_hooks_needed[NFPROTO_IPV4][hook], the static keys: how many functions are registered at each
   * hook in this kernel (a simulated host is one kernel with one namespace). 0: nf_hook returns 1 at once.
   */
  readonly nf_hooks_needed = new Uint8Array(5);
  /** net->ipv4.iptable_filter: the filter table, registered by the host's first iptables rule. */
  iptable_filter: XtTable | null = null;
  /** eth0's arp_parms->reachable_time (µs): neigh_rand_reach_time(base_reachable_time), set by arp_init. */
  neigh_reachable_time = 0;
  /** Functions registered at ARP's hooks (net->nf.hooks_arp: NF_ARP_IN, NF_ARP_OUT, NF_ARP_FORWARD): none. */
  readonly nf_hooks_arp: ReadonlyArray<readonly unknown[]> = [[], [], []];
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
  OutOfWindowIcmps: 38,
  FragCreates: 39,
  FragOKs: 40,
  FragFails: 41,
  ReasmFails: 42,
  ReasmTimeout: 43,
  ReasmOKs: 44,
  ReasmOverlaps: 45,
  ReasmReqds: 46,
  IcmpInTimeExcds: 47,
  IcmpOutTimeExcds: 48,
  TCPRenoRecovery: 49,
  TCPOFOQueue: 50,
  TCPWinProbe: 51,
  TCPFastRetrans: 52,
  TCPLossProbes: 53,
  RetransSegs: 54,
  TCPTimeouts: 55,
  TCPSlowStartRetrans: 56,
  TCPSpuriousRtxHostQueues: 57,
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
  raiseSoftirq(work: SoftirqWork): void;
  /** __raise_softirq_irqoff(NET_RX_SOFTIRQ): net_rx_action runs in this host's softirq context. */
  raiseNetRx(): void;
  /** raise_softirq_irqoff(NET_TX_SOFTIRQ): net_tx_action runs in this host's softirq context. */
  raiseNetTx(): void;
  readonly world: {
    readonly rng: Rng;
    /** The link's bit rate (`link rate`): bits per second, 0 for none (a frame is on the wire at once). */
    readonly rateBps: number;
    /** The link: a frame the NIC's driver transmits. */
    transmit(from: NetHost, skb: SkBuff): void;
    /** A frame lo turns round (what a capture on lo records). */
    loopback(host: NetHost, skb: SkBuff): void;
  };
}
