// struct net_device, struct napi_struct, struct softnet_data (include/linux/netdevice.h), the route
// (struct rtable / dst_entry, include/net/route.h, include/net/dst.h) and the neighbour with its
// cached hardware header (struct neighbour / hh_cache, include/net/neighbour.h): what a packet meets
// on its way between IP and the device. One CPU per host: one softnet_data.

import type { Sim } from '../../core/engine';
import type { SkBuff } from './skbuff';
import type { Net } from '../net/net_namespace';
import type { TimerBatch, TimerList } from '../../core/timer';
import type { NetdevQueue, Qdisc } from '../net/sch_generic';

/** dev->flags */
export const IFF_UP = 0x1;
export const IFF_LOOPBACK = 0x8;
export const IFF_NOARP = 0x80;
/** dev->priv_flags */
export const IFF_XMIT_DST_RELEASE = 0x4;
export const IFF_NO_QUEUE = 0x200000;

export const ETH_HLEN = 14;
export const ETH_P_IP = 0x0800;
export const ETH_P_ARP = 0x0806;
/** The Ethernet broadcast address (dev->broadcast). */
export const ETH_BROADCAST = 'ff:ff:ff:ff:ff:ff';
/** skb->pkt_type */
export const PACKET_HOST = 0;
export const PACKET_BROADCAST = 1;
export const PACKET_OTHERHOST = 3;

/** netdev_tx_t, and NET_RX_* */
export const NETDEV_TX_OK = 0;
export const NET_RX_SUCCESS = 0;
export const NET_RX_DROP = 1;
export const NET_XMIT_SUCCESS = 0;

/** NAPI_STATE_SCHED: the poll is scheduled (bit 0 of napi->state). */
export const NAPI_STATE_SCHED = 1;
/** The softirqs' numbers in the pending mask (include/linux/interrupt.h). */
export const NET_TX_SOFTIRQ = 2;
export const NET_RX_SOFTIRQ = 3;
/** netdev_budget, dev_rx_weight (= weight_p), netdev_max_backlog: the sysctls' defaults. */
export const NETDEV_BUDGET = 300;
export const DEV_RX_WEIGHT = 64;
export const NETDEV_MAX_BACKLOG = 1000;

export interface NetDeviceOps {
  /** The driver's transmit: takes the frame (the skb with its Ethernet header). */
  ndo_start_xmit(skb: SkBuff, dev: NetDevice): Sim<number>;
}

export interface NapiStruct {
  readonly structName: 'napi_struct';
  state: number;
  weight: number;
  /** The driver's poll (process_backlog for the per-CPU backlog). */
  poll(napi: NapiStruct, budget: number): Sim<number>;
  dev: NetDevice | null;
  /** On sd->poll_list (the kernel's list_head, as membership). */
  onList: boolean;
  /** The per-CPU backlog's: the softnet_data it is part of (container_of); null for a device's. */
  sd: SoftnetData | null;
}

export interface NetDevice {
  readonly structName: 'net_device';
  readonly name: string;
  readonly ifindex: number;
  flags: number;
  priv_flags: number;
  mtu: number;
  hard_header_len: number;
  readonly netdev_ops: NetDeviceOps;
  /** dev_net(dev): the namespace (host) it belongs to. */
  readonly net: Net;
  /** dev->dev_addr: a made-up MAC. */
  readonly dev_addr: string;
  /** A NIC's receive ring: frames the hardware has written, waiting for the driver's poll. */
  readonly rx_ring: SkBuff[];
  /**
   * A NIC's transmit ring, on a link with a rate: the frames the driver gave the hardware, each with
   * the time its last bit leaves (µs); the head is on the wire. Empty on a link without a rate.
   */
  readonly tx_ring: Array<{ skb: SkBuff; done: number }>;
  /** A NIC's NAPI context (null for loopback, which goes through the per-CPU backlog). */
  napi: NapiStruct | null;
  stats: { rx_packets: number; tx_packets: number; rx_bytes: number; tx_bytes: number; rx_dropped: number; tx_dropped: number };
  /** dev->tx_queue_len (DEFAULT_TX_QUEUE_LEN, 1000): the size of each of pfifo_fast's bands. */
  tx_queue_len: number;
  /** The device's one transmit queue (netdev_get_tx_queue(dev, 0)) with its qdisc: given by dev_activate at boot. */
  txq: NetdevQueue;
}

/** Work a host's softirq context has queued: an expired timer, a device's interrupt, NET_RX. */
export type SoftirqWork = { readonly fn: (arg: any) => Sim<void>; readonly arg: unknown } | TimerBatch | NetDevice | typeof NET_RX_SOFTIRQ | typeof NET_TX_SOFTIRQ;

export interface SoftnetData {
  readonly structName: 'softnet_data';
  /** The namespace (host) whose CPU this is. */
  readonly net: Net;
  /** NAPI contexts with work (devices' and the backlog's). */
  readonly poll_list: NapiStruct[];
  /** netif_rx's queue, and the queue process_backlog works from. */
  readonly input_pkt_queue: SkBuff[];
  readonly process_queue: SkBuff[];
  backlog: NapiStruct;
  processed: number;
  dropped: number;
  time_squeeze: number;
  /** NET_RX_SOFTIRQ is pending (raised, not yet run). */
  rx_pending: boolean;
  /** sd->output_queue: qdiscs __netif_reschedule put there for net_tx_action to run. */
  readonly output_queue: Qdisc[];
  /** NET_TX_SOFTIRQ is pending. */
  tx_pending: boolean;
}

/** struct dst_entry inside struct rtable: where the route sends a packet, and what input does with it. */
export interface Rtable {
  readonly structName: 'rtable';
  readonly dst: {
    dev: NetDevice;
    output(net: unknown, sk: unknown, skb: SkBuff): Sim<number>;
    input(skb: SkBuff): Sim<number>;
  };
  rt_type: number;
  rt_uses_gateway: number;
  rt_gw4: string;
}
export const RTN_UNICAST = 1;
export const RTN_LOCAL = 2;

/** NUD_* states (include/uapi/linux/neighbour.h, include/net/neighbour.h). */
export const NUD_NONE = 0x00;
export const NUD_INCOMPLETE = 0x01;
export const NUD_REACHABLE = 0x02;
export const NUD_STALE = 0x04;
export const NUD_DELAY = 0x08;
export const NUD_PROBE = 0x10;
export const NUD_FAILED = 0x20;
export const NUD_NOARP = 0x40;
export const NUD_PERMANENT = 0x80;
export const NUD_IN_TIMER = NUD_INCOMPLETE | NUD_REACHABLE | NUD_DELAY | NUD_PROBE;
export const NUD_VALID = NUD_PERMANENT | NUD_NOARP | NUD_REACHABLE | NUD_PROBE | NUD_STALE | NUD_DELAY;
export const NUD_CONNECTED = NUD_PERMANENT | NUD_NOARP | NUD_REACHABLE;
/** The state's name, as `ip neigh` prints it (NUD_ and all). */
export function nudName(state: number): string {
  const names: Record<number, string> = {
    [NUD_NONE]: 'NUD_NONE', [NUD_INCOMPLETE]: 'NUD_INCOMPLETE', [NUD_REACHABLE]: 'NUD_REACHABLE', [NUD_STALE]: 'NUD_STALE', [NUD_DELAY]: 'NUD_DELAY',
    [NUD_PROBE]: 'NUD_PROBE', [NUD_FAILED]: 'NUD_FAILED', [NUD_NOARP]: 'NUD_NOARP', [NUD_PERMANENT]: 'NUD_PERMANENT',
  };
  return names[state] ?? `0x${state.toString(16)}`;
}
/** neigh_update's flags. */
export const NEIGH_UPDATE_F_OVERRIDE = 0x00000001;
export const NEIGH_UPDATE_F_ADMIN = 0x80000000;

/**
 * arp_tbl.parms (net/ipv4/arp.c), the defaults a host's eth0 inherits, in µs of virtual time (HZ is
 * one second): retrans_time 1 s, base_reachable_time 30 s, delay_first_probe_time 5 s, locktime 1 s,
 * ucast/mcast probes 3, app_probes 0, unres_qlen_bytes SK_WMEM_MAX (212992). A host's reachable_time
 * is neigh_rand_reach_time(base): between base/2 and 3·base/2, drawn once per host (from the seed).
 */
export const NEIGH_PARMS = {
  RETRANS_TIME: 1_000_000,
  BASE_REACHABLE_TIME: 30_000_000,
  DELAY_PROBE_TIME: 5_000_000,
  LOCKTIME: 1_000_000,
  UCAST_PROBES: 3,
  MCAST_PROBES: 3,
  MCAST_REPROBES: 0,
  APP_PROBES: 0,
  QUEUE_LEN_BYTES: 212992,
} as const;
/** HZ in µs. */
export const HZ = 1_000_000;

/** struct neigh_ops: what a neighbour of this kind does (arp_hh_ops for Ethernet, ARP's). */
export interface NeighOps {
  readonly name: string;
  solicit(neigh: Neighbour, skb: SkBuff | null): Sim<void>;
  error_report(neigh: Neighbour, skb: SkBuff): Sim<void>;
  output(neigh: Neighbour, skb: SkBuff): Sim<number>;
  connected_output(neigh: Neighbour, skb: SkBuff): Sim<number>;
}

export interface Neighbour {
  readonly structName: 'neighbour';
  primary_key: string;
  dev: NetDevice;
  nud_state: number;
  /** The hardware address (a made-up MAC, the peer's; 00:…:00 until ARP learns it). */
  ha: string;
  /** The cached Ethernet header, built once the neighbour is resolved (hh_len 0: none yet). */
  hh: { hh_len: number; hh_data: string };
  /** n->output: ops->output (neigh_resolve_output) or ops->connected_output. */
  output(neigh: Neighbour, skb: SkBuff): Sim<number>;
  readonly ops: NeighOps;
  /** The packets parked while it is resolved, and their bytes (truesize). */
  readonly arp_queue: SkBuff[];
  arp_queue_len_bytes: number;
  /** Solicitations sent in this round (atomic_t probes). */
  probes: number;
  /** jiffies (µs): last state change, last use, last confirmation of reachability. */
  updated: number;
  used: number;
  confirmed: number;
  dead: number;
  /** neigh->parms->reachable_time of its device (µs). */
  reachable_time: number;
  /** neigh->timer (its function is neigh_timer_handler); null for lo's entry, which never needs one. */
  timer: TimerList<Neighbour> | null;
}
