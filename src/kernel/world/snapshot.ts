// A complete, JSON-able picture of the simulated world at one instant — hosts, processes, fd
// tables, every kernel object with its fields grouped by the struct layer they belong to, the
// hash tables, packets in flight, timers and tasks. Objects are referenced by stable ids, so a view
// can draw any step from its snapshot alone and match objects across steps.

import { TCQ_F_NAMES, netif_xmit_frozen_or_stopped, type NetdevQueue, type Qdisc } from '../include/net/sch_generic';
import type { World, Host } from './world';
import type { Engine, Task } from '../core/engine';
import { ANCHORS } from '../core/anchors';
import { SockCommon, sockFlagNames } from '../include/net/sock';
import { Socket, File } from '../include/linux/net';
import { SkBuff, tcpFlags, icmpFlags, packetFlags, skb_len, IP_MF, IP_OFFSET, ARPOP_REQUEST } from '../include/linux/skbuff';
import { nudName, IFF_UP, IFF_LOOPBACK, IFF_NOARP, NAPI_STATE_SCHED, RTN_LOCAL, RTN_UNICAST, type NetDevice } from '../include/linux/netdevice';
import { RequestSockQueue } from '../include/net/inet_connection_sock';
import { InetBindBucket } from '../include/net/inet_hashtables';
import { tcpStateName } from '../include/net/tcp_states';
import { TimerList } from '../core/timer';
import { isOpsTable } from '../include/linux/ops';
import { WaitQueueHead } from '../include/linux/net';
import { Epitem, Eventpoll, epollEventsText } from '../include/linux/eventpoll';
import type { WireRecord, HistoryEvent, CwndSample } from '../core/history';
import { Net } from '../include/net/net_namespace';

export type Value = number | string | boolean | null | { ref: string } | Value[] | { [k: string]: Value };

export interface ObjectSnap {
  id: string;
  /** The struct's kernel type: tcp_sock, socket, file, tcp_request_sock, … */
  type: string;
  addr: string;
  host: string;
  /** The embedding chain, outermost first (sock_common, sock, inet_sock, …), each with its fields. */
  layers: Array<{ struct: string; fields: Record<string, Value> }>;
  freed?: boolean;
}

export interface FrameSnap {
  fn: string;
  file: string;
  line: number;
  scenarioLine?: number;
  /**
   * The members of an ops table the caller's line calls through (`sock->ops->bind(…)` → ['bind']):
   * how this frame was reached when it was through a function pointer.
   */
  via?: string[];
  vars: Record<string, Value>;
}

/**
 * The kernel's helpers that call through a member themselves and are not rendered: sock_sendmsg()
 * → sock_sendmsg_nosec() → sock->ops->sendmsg, sock_recvmsg() → sock_recvmsg_nosec() → sock->ops->recvmsg.
 */
const CALLS_THROUGH: Record<string, string> = { sock_sendmsg: 'sendmsg', sock_recvmsg: 'recvmsg' };

/** The members a line of C calls through: `->name(`, `->name,` as INDIRECT_CALL_n's first argument, or a helper's. */
export function membersCalled(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/->\s*([A-Za-z_][A-Za-z0-9_]*)\s*[(,]/g)) out.push(m[1]);
  for (const m of text.matchAll(/\b([A-Za-z_][A-Za-z0-9_]*)\s*\(/g)) if (Object.hasOwn(CALLS_THROUGH, m[1])) out.push(CALLS_THROUGH[m[1]]);
  return out;
}

export interface TaskSnap {
  name: string;
  kind: 'process' | 'softirq';
  host: string;
  state: string;
  waitChannel: string | null;
  stack: FrameSnap[];
}

export interface HostSnap {
  name: string;
  addrs: string[];
  processes: Array<{
    name: string;
    pid: number;
    /** `reserved`: get_unused_fd_flags() took the number, fd_install() has not put the file there yet (accept() in progress). */
    fds: Array<{ fd: number; file: { ref: string }; reserved?: true }>;
    names: Record<string, number>;
  }>;
  bhash: Array<{ port: number; fastreuse: number; fastreuseport: number; owners: Array<{ ref: string }> }>;
  lhash2: Array<{ key: string; socks: Array<{ ref: string }> }>;
  ehash: Array<{ key: string; sk: { ref: string } }>;
  /** udp_table.hash (by local port) and hash2 (by "address:port"), where bound UDP sockets are found. */
  udp_hash: Array<{ port: number; socks: Array<{ ref: string }> }>;
  udp_hash2: Array<{ key: string; socks: Array<{ ref: string }> }>;
  mib: Record<string, number>;
  sysctl: Record<string, Value>;
  /**
   * The filter table once the host's first iptables rule registered it (net->ipv4.iptable_filter):
   * each chain's rules as `iptables -S` prints them, the policy last, with their counters.
   */
  iptables?: Array<{ chain: string; rules: Array<{ spec: string; pcnt: number; bcnt: number }> }>;
  /** The neighbour (ARP) table, as `ip neigh` lists it: per device and address, the state, the MAC, what waits on it. */
  neigh?: NeighSnap[];
  /** This host's one CPU's struct softnet_data: the per-CPU backlog (netif_rx's) and the NAPI poll list. */
  softnet?: SoftnetSnap;
  /** The host's devices (lo, eth0): struct net_device's MTU, flags, addresses and counters. */
  devs?: DevSnap[];
  /** The routes the host has (net->rt_output_local, rt_output_link, rt_input_local): what each is for, its device and functions. */
  routes?: RouteSnap[];
}

/**
 * An sk_buff's buffer: offsets from head (as on 64-bit, NET_SKBUFF_DATA_USES_OFFSET), data … tail what
 * the current layer sees, each layer's header start or null where it is not set (~0); len is skb->len
 * (tail − data + data_len: what is on its frag_list counts too).
 */
export interface SkbSnap {
  /** The object id (sk_buff#N), as the wire log and the packets in flight name it. */
  id: string;
  /** How a capture names it (tcpdump's TCP flags, UDP, ARP request, …). */
  flags: string;
  head: number;
  data: number;
  tail: number;
  end: number;
  len: number;
  data_len: number;
  mac_header: number | null;
  network_header: number | null;
  transport_header: number | null;
  /** A GSO packet (skb_shinfo: gso_size ≠ 0): the segments it will be cut into, and their size; 0 and 0 for one. */
  gso_segs: number;
  gso_size: number;
}

export interface SoftnetSnap {
  /** netif_rx's queue (enqueue_to_backlog) and the queue process_backlog works from, skbs in order. */
  input_pkt_queue: SkbSnap[];
  process_queue: SkbSnap[];
  /** The NAPI contexts with work, in order: "backlog" (the per-CPU backlog's) or a device's name. */
  poll_list: string[];
  processed: number;
  dropped: number;
  time_squeeze: number;
  /** NET_RX_SOFTIRQ raised and not yet run. */
  rx_pending: boolean;
}

export interface DevSnap {
  name: string;
  ifindex: number;
  mtu: number;
  /** dev->flags by name (IFF_UP, IFF_LOOPBACK, …), as `ip link` prints them. */
  flags: string[];
  dev_addr: string;
  /** A NIC's receive ring: frames the hardware wrote, waiting for the driver's poll. */
  rx_ring: SkbSnap[];
  /** A NIC's transmit ring (on a link with a rate): frames the driver gave the hardware, the first on the wire. */
  tx_ring: SkbSnap[];
  /** The device's NAPI context: NAPI_STATE_SCHED set (its poll is scheduled); null: it has none (lo). */
  napi_sched: boolean | null;
  /** dev->stats (lo: its per-CPU lstats, as dev_get_stats sums them: rx and tx alike). */
  stats: { rx_packets: number; tx_packets: number; rx_bytes: number; tx_bytes: number; rx_dropped: number; tx_dropped: number };
  /** The qdisc of its transmit queue, as `tc -s qdisc show dev` tells it. */
  qdisc: QdiscSnap;
}

export interface QdiscSnap {
  /** q->ops->id: pfifo_fast (eth0) or noqueue (lo). */
  kind: string;
  /** q->flags by name (TCQ_F_NOLOCK, TCQ_F_CAN_BYPASS, …). */
  flags: string[];
  /** Each band's ring size (the device's tx_queue_len); 0 without a queue. */
  limit: number;
  /** pfifo_fast's three bands, band 0 (sent first) first, each with its skbs in order; none for noqueue. */
  bands: SkbSnap[][];
  /** Frames put back (dev_requeue_skb), sent before the bands. */
  gso_skb: SkbSnap[];
  qlen: number;
  backlog: number;
  drops: number;
  requeues: number;
  /** bstats: frames and bytes the qdisc sent (a bypassed frame counts too). */
  packets: number;
  bytes: number;
  /** The transmit queue is stopped or frozen (netif_xmit_frozen_or_stopped). */
  stopped: boolean;
}

export interface RouteSnap {
  /** Which of the host's routes: rt_output_local (output to its own addresses), rt_output_link (output to any other), rt_input_local (input to its own). */
  name: string;
  rt_type: string;
  dev: string;
  rt_uses_gateway: number;
  rt_gw4: string;
  /** dst->output, dst->input: the functions the route sends a packet on to. */
  output: string;
  input: string;
}

export interface NeighSnap {
  dev: string;
  /** The next hop's address (lo's entry: 0.0.0.0). */
  key: string;
  nud_state: string;
  /** The link-layer address (00:…:00 until ARP learns it). */
  ha: string;
  /** n->output's function, and the cached header's length (0: none yet). */
  output: string;
  hh_len: number;
  probes: number;
  /** Packets parked on arp_queue. */
  queued: number;
  /** The parked skbs themselves, in order. */
  arp_queue?: SkbSnap[];
  /** When the timer fires (µs), or null. */
  timer: number | null;
}

export interface PacketSnap {
  id: string;
  from: string;
  to: string;
  sentAt: number;
  arriveAt: number;
  saddr: string;
  sport: number;
  daddr: string;
  dport: number;
  flags: string;
  seq: number;
  ack: number;
  len: number;
  tcphdr: Record<string, Value>;
  /** UDP datagrams: the udphdr (source, dest, len, check). */
  udphdr?: Record<string, Value>;
  /** ICMP messages: type, code and the headers they quote. */
  icmphdr?: Record<string, Value>;
  /** An IP fragment: its IP header's id, frag_off (offset in bytes, MF) and tot_len. */
  iphdr?: Record<string, Value>;
  /** ARP packets: the arphdr (operation, sender's and target's MAC and IP) and the frame's destination MAC. */
  arphdr?: Record<string, Value>;
  /** The frame's buffer as it crosses the wire: head/data/tail/end and the headers set. */
  skb?: SkbSnap;
}

export interface Snapshot {
  t: number;
  step: number;
  hosts: HostSnap[];
  objects: Record<string, ObjectSnap>;
  packets: PacketSnap[];
  timers: Array<{ name: string; host: string; expires: number }>;
  tasks: TaskSnap[];
  /** The past, when the engine keeps it (EngineOptions.history): the most recent HISTORY_MAX of each. */
  history?: {
    wire: WireRecord[];
    events: HistoryEvent[];
    /** How many there were in all (more than the lists hold when the run is long). */
    wireTotal: number;
    eventsTotal: number;
    /** Each TCP connection's cwnd, ssthresh, peer's window and packets in flight where they changed (history.ts CwndSample), and how many in all. */
    cwnd?: CwndSample[];
    cwndTotal?: number;
  };
}

/** How much of the past a snapshot carries (a long run keeps its tail). */
export const HISTORY_MAX = 2000;

/** Which fields each struct layer declares (the rest of an object's own properties are bookkeeping). */
const LAYER_FIELDS: Record<string, string[]> = {
  sock_common: ['skc_daddr', 'skc_rcv_saddr', 'skc_dport', 'skc_num', 'skc_family', 'skc_state', 'skc_reuse', 'skc_reuseport', 'skc_bound_dev_if', 'skc_refcnt', 'skc_prot'],
  sock: [
    'sk_type', 'sk_protocol', 'sk_socket', 'sk_wq', 'sk_receive_queue', 'sk_write_queue', 'sk_backlog', 'sk_rcvbuf', 'sk_sndbuf', 'sk_wmem_queued',
    'sk_ack_backlog', 'sk_max_ack_backlog', 'sk_err', 'sk_err_soft', 'sk_shutdown', 'sk_userlocks', 'sk_flags', 'sk_lingertime',
    'sk_drops', 'sk_prot_creator', 'sk_backlog_rcv', 'sk_destruct', 'sk_state_change', 'sk_data_ready',
  ],
  inet_sock: ['inet_saddr', 'inet_sport', 'inet_id', 'uc_ttl', 'is_icsk', 'freebind'],
  inet_connection_sock: ['icsk_accept_queue', 'icsk_bind_hash', 'icsk_af_ops', 'icsk_ca_ops', 'icsk_rto', 'icsk_retransmits', 'icsk_backoff', 'icsk_syn_retries', 'icsk_pending', 'icsk_timeout', 'icsk_retransmit_timer', 'icsk_delack_timer', 'icsk_ack', 'icsk_ca_state', 'icsk_probes_out'],
  tcp_sock: ['rcv_nxt', 'copied_seq', 'rcv_wup', 'rcv_wnd', 'snd_una', 'snd_nxt', 'write_seq', 'pushed_seq', 'snd_wnd', 'max_window', 'snd_cwnd', 'snd_ssthresh', 'snd_cwnd_cnt', 'packets_out', 'sacked_out', 'lost_out', 'retrans_out', 'high_seq', 'srtt_us', 'rttvar_us', 'rcv_ssthresh', 'window_clamp', 'nonagle', 'mss_cache', 'advmss', 'rx_opt', 'tsoffset', 'retrans_stamp', 'total_retrans', 'tcp_rtx_queue', 'out_of_order_queue'],
  udp_sock: ['pending', 'corkflag', 'len', 'encap_type', 'gso_size', 'udp_port_hash', 'udp_portaddr_hash', 'reader_queue'],
  request_sock: ['rsk_listener', 'dl_next', 'mss', 'num_retrans', 'num_timeout', 'rsk_timer', 'rsk_ops', 'sk', 'rsk_rcv_wnd'],
  inet_request_sock: ['snd_wscale', 'rcv_wscale', 'tstamp_ok', 'sack_ok', 'wscale_ok', 'acked'],
  tcp_request_sock: ['af_specific', 'snt_synack', 'rcv_isn', 'snt_isn', 'ts_off', 'rcv_nxt'],
  tcp_timewait_sock: ['tw_substate', 'tw_tb', 'tw_rcv_nxt', 'tw_snd_nxt', 'tw_rcv_wnd', 'inet_saddr', 'inet_sport', 'tw_timer'],
  socket: ['state', 'type', 'flags', 'file', 'sk', 'ops', 'wq'],
  file: ['f_op', 'f_flags', 'f_count', 'private_data'],
  eventpoll: ['wq', 'rdllist', 'rbr', 'file'],
  epitem: ['ffd', 'event', 'rdllink', 'nwait', 'ep'],
  inet_bind_bucket: ['port', 'fastreuse', 'fastreuseport', 'owners'],
};

/** The embedding chain of each struct type, outermost layer first. */
const CHAIN: Record<string, string[]> = {
  tcp_sock: ['sock_common', 'sock', 'inet_sock', 'inet_connection_sock', 'tcp_sock'],
  udp_sock: ['sock_common', 'sock', 'inet_sock', 'udp_sock'],
  inet_sock: ['sock_common', 'sock', 'inet_sock'],
  tcp_request_sock: ['sock_common', 'request_sock', 'inet_request_sock', 'tcp_request_sock'],
  tcp_timewait_sock: ['sock_common', 'tcp_timewait_sock'],
  socket: ['socket'],
  file: ['file'],
  eventpoll: ['eventpoll'],
  epitem: ['epitem'],
  inet_bind_bucket: ['inet_bind_bucket'],
};

/**
 * The struct layers of a kernel object, outermost first, each with the names of the fields it
 * declares — the shape of ObjectSnap.layers, for expanding one object without a whole snapshot.
 */
export function objectLayers(o: { structName: string }): Array<{ struct: string; fields: readonly string[] }> {
  return (CHAIN[o.structName] ?? [o.structName]).map((struct) => ({ struct, fields: LAYER_FIELDS[struct] ?? [] }));
}

export function objectId(o: { objId: number; structName: string }): string {
  return `${o.structName}#${o.objId}`;
}

class Builder {
  readonly objects: Record<string, ObjectSnap> = {};
  private queue: Array<{ o: SnapObj; host: string }> = [];

  ref(o: SnapObj, host: string): { ref: string } {
    const id = objectId(o);
    if (!this.objects[id]) {
      this.objects[id] = { id, type: o.structName, addr: '', host, layers: [] };
      this.queue.push({ o, host });
    }
    return { ref: id };
  }

  drain(): void {
    while (this.queue.length) {
      const { o, host } = this.queue.shift()!;
      const snap = this.objects[objectId(o)];
      snap.addr = 'addr' in o ? String((o as { addr: string }).addr) : '';
      if ((o as { freed?: boolean }).freed) snap.freed = true;
      const rec = o as unknown as Record<string, unknown>;
      for (const layer of objectLayers(o)) {
        const fields: Record<string, Value> = {};
        for (const k of layer.fields) fields[k] = this.value(k, rec[k], host);
        snap.layers.push({ struct: layer.struct, fields });
      }
    }
  }

  value(key: string, v: unknown, host: string, depth = 0): Value {
    if (v === null || v === undefined) return null;
    if (typeof v === 'number') {
      if (key === 'sk_flags') return sockFlagNames(v);
      if (key === 'skc_state' || key === 'tw_substate' || key === 'old_state' || key === 'oldstate') return tcpStateName(v);
      if (key === 'skc_family') return v === 2 ? 'AF_INET' : v;
      if (v === Infinity) return 'MAX_SCHEDULE_TIMEOUT';
      if (key === 'events') return epollEventsText(v);
      return v;
    }
    if (typeof v === 'string' || typeof v === 'boolean') return v;
    if (v instanceof Set) return [...v].map((x) => (typeof x === 'object' && x !== null ? this.value(key, x, host, depth + 1) : String(x)));
    if (v instanceof Net) return `init_net (${v.host.name})`;
    if (depth > MAX_DEPTH) return '{…}';
    if (Array.isArray(v)) return v.map((x) => this.value(key, x, host, depth + 1));
    if (v instanceof SkBuff) return this.skb(v);
    if (v instanceof SockCommon || v instanceof Socket || v instanceof File || v instanceof InetBindBucket || v instanceof Eventpoll || v instanceof Epitem) return this.ref(v as SnapObj, host);
    // (eventpoll.rbr: its items, by descriptor)
    if (v instanceof Map) return [...v.values()].map((x) => this.value(key, x, host, depth + 1));
    if (v instanceof RequestSockQueue) {
      return {
        qlen: v.qlen,
        young: v.young,
        rskq_accept_head: v.rskq_accept_head ? this.ref(v.rskq_accept_head, host) : null,
        rskq_accept_tail: v.rskq_accept_tail ? this.ref(v.rskq_accept_tail, host) : null,
        accept_queue: v.acceptList().map((r) => this.ref(r, host)),
      };
    }
    if (v instanceof TimerList) return v.pending ? { timer: v.name, pending: true, expires: v.expires, fires: v.fires } : { timer: v.name, pending: false, expires: v.expires };
    // a device's transmit queue and its qdisc, as a line of tc -s qdisc (the device row draws them whole)
    const sn = (v as { structName?: unknown }).structName;
    if (sn === 'Qdisc') return qdiscValue(v as Qdisc);
    if (sn === 'netdev_queue') {
      const txq = v as NetdevQueue;
      return { netdev_queue: txq.dev.name, state: txq.state, qdisc: txq.qdisc.ops.id };
    }
    if (v instanceof WaitQueueHead) return { wait_queue: v.waiters.map((w) => w.name) };
    if (isOpsTable(v)) {
      // struct proto's own name is "TCP", "UDP", …; the table's variable is tcp_prot, udp_prot, …
      const name = (v as { name: string }).name;
      return { ops: 'obj_size' in (v as object) ? `${name.toLowerCase()}_prot` : name };
    }
    if (typeof v === 'object') {
      const out: Record<string, Value> = {};
      for (const [k, x] of Object.entries(v as object)) if (typeof x !== 'function') out[k] = this.value(k, x, host, depth + 1);
      return out;
    }
    return String(v);
  }

  skb(s: SkBuff): Value {
    return { skb: objectId(s), seq: s.th?.seq ?? 0, len: s.len, flags: packetFlags(s) };
  }
}

type SnapObj = { objId: number; structName: string };

/** How deep a plain value (not a kernel object, which becomes a ref) is copied: past it, '{…}'. */
const MAX_DEPTH = 4;

export function takeSnapshot(world: World, engine: Engine): Snapshot {
  const b = new Builder();
  const hosts = world.hosts.map((h) => hostSnap(b, h));
  const packets: PacketSnap[] = world.inflight.map((p) => ({ ...packetSnap(p), skb: skbSnap(p.skb) }));
  const tasks = engine.tasks.map((t) => taskSnap(b, t));
  b.drain();
  return {
    t: engine.now,
    step: engine.steps,
    hosts,
    objects: b.objects,
    packets,
    timers: [],
    tasks,
    ...(engine.history
      ? {
          history: {
            wire: engine.history.wireTail(HISTORY_MAX),
            events: engine.history.eventsTail(HISTORY_MAX),
            wireTotal: engine.history.wireTotal,
            eventsTotal: engine.history.eventsTotal,
            cwnd: engine.history.cwndTail(HISTORY_MAX),
            cwndTotal: engine.history.cwndTotal,
          },
        }
      : {}),
  };
}

/** A packet in flight, with the header its protocol has. */
function packetSnap(p: World['inflight'][number]): PacketSnap {
  const th = p.skb.th;
  if (!th) return datagramSnap(p);
  return {
    id: objectId(p.skb),
    from: p.from.name,
    to: p.to?.name ?? '',
    sentAt: p.sentAt,
    arriveAt: p.arriveAt,
    saddr: p.skb.iph.saddr,
    sport: th.source,
    daddr: p.skb.iph.daddr,
    dport: th.dest,
    flags: tcpFlags(th),
    seq: th.seq,
    ack: th.ack ? th.ack_seq : 0,
    len: p.skb.len,
    tcphdr: { ...th, options: { ...th.options } } as unknown as Record<string, Value>,
  };
}

/** An skb's buffer offsets and headers (~0, unset, as null). */
export function skbSnap(s: SkBuff): SkbSnap {
  const hdr = (x: number) => (x === 0xffff ? null : x);
  return {
    id: objectId(s),
    flags: packetFlags(s),
    head: s.head,
    data: s.data,
    tail: s.tail,
    end: s.end,
    len: skb_len(s),
    data_len: s.data_len,
    mac_header: hdr(s.mac_header),
    network_header: hdr(s.network_header),
    transport_header: hdr(s.transport_header),
    gso_segs: s.gso_size ? s.gso_segs : 0,
    gso_size: s.gso_size,
  };
}

/** The names of the flags set in dev->flags. */
const IFF_NAMES: Array<[number, string]> = [[IFF_UP, 'IFF_UP'], [IFF_LOOPBACK, 'IFF_LOOPBACK'], [IFF_NOARP, 'IFF_NOARP']];

function devSnap(d: NetDevice): DevSnap {
  return {
    name: d.name,
    ifindex: d.ifindex,
    mtu: d.mtu,
    flags: IFF_NAMES.filter(([bit]) => d.flags & bit).map(([, n]) => n),
    dev_addr: d.dev_addr,
    rx_ring: d.rx_ring.map(skbSnap),
    tx_ring: d.tx_ring.map((x) => skbSnap(x.skb)),
    napi_sched: d.napi ? (d.napi.state & NAPI_STATE_SCHED) !== 0 : null,
    stats: { ...d.stats },
    qdisc: qdiscSnap(d.txq.qdisc),
  };
}

/** A qdisc where a frame or a field holds it: its kind, device, flags and counters, its frames by count. */
function qdiscValue(q: Qdisc): Value {
  return {
    Qdisc: q.ops.id, dev: q.dev_queue.dev.name, flags: TCQ_F_NAMES.filter(([bit]) => q.flags & bit).map(([, n]) => n).join('|'),
    empty: q.empty, qlen: q.qstats.qlen, bands: q.bands.map((b) => b.length), drops: q.qstats.drops, requeues: q.qstats.requeues,
    packets: q.bstats.packets, bytes: q.bstats.bytes,
  };
}

function qdiscSnap(q: Qdisc): QdiscSnap {
  return {
    kind: q.ops.id,
    flags: TCQ_F_NAMES.filter(([bit]) => q.flags & bit).map(([, n]) => n),
    limit: q.limit,
    bands: q.bands.map((b) => b.map(skbSnap)),
    gso_skb: q.gso_skb.map(skbSnap),
    ...q.qstats,
    packets: q.bstats.packets,
    bytes: q.bstats.bytes,
    stopped: netif_xmit_frozen_or_stopped(q.dev_queue),
  };
}

/** The host's softnet_data and devices (a host the kernel has not booted a device for has none). */
function netdevSnap(h: Host): Pick<HostSnap, 'softnet' | 'devs' | 'routes'> {
  const net = h.net;
  const sd = net.softnet;
  if (!sd || !net.loopback_dev) return {};
  const devs = [net.loopback_dev, net.eth0].filter((d): d is NetDevice => !!d);
  const route = (name: 'rt_output_local' | 'rt_output_link' | 'rt_input_local'): RouteSnap[] => {
    const rt = net[name];
    if (!rt) return [];
    return [{ name, rt_type: rt.rt_type === RTN_LOCAL ? 'RTN_LOCAL' : rt.rt_type === RTN_UNICAST ? 'RTN_UNICAST' : String(rt.rt_type), dev: rt.dst.dev.name, rt_uses_gateway: rt.rt_uses_gateway, rt_gw4: rt.rt_gw4, output: rt.dst.output.name, input: rt.dst.input.name }];
  };
  return {
    softnet: {
      input_pkt_queue: sd.input_pkt_queue.map(skbSnap),
      process_queue: sd.process_queue.map(skbSnap),
      poll_list: sd.poll_list.map((n) => (n === sd.backlog ? 'backlog' : n.dev?.name ?? '?')),
      processed: sd.processed,
      dropped: sd.dropped,
      time_squeeze: sd.time_squeeze,
      rx_pending: sd.rx_pending,
    },
    devs: devs.map(devSnap),
    // (ip_route_output_ports: to one of the host's own addresses by lo, to any other by eth0; ip_route_input_noref: to its own, delivered locally)
    routes: [...route('rt_output_local'), ...route('rt_output_link'), ...route('rt_input_local')],
  };
}

/** A UDP datagram or an ICMP message in flight: its own header in place of tcphdr. */
function datagramSnap(p: World['inflight'][number]): PacketSnap {
  const skb = p.skb;
  const base = {
    id: objectId(skb),
    from: p.from.name,
    to: p.to?.name ?? '',
    sentAt: p.sentAt,
    arriveAt: p.arriveAt,
    saddr: skb.iph.saddr,
    daddr: skb.iph.daddr,
    seq: 0,
    ack: 0,
    len: skb.len,
    tcphdr: {},
  };
  const fo = skb.iph.frag_off ?? 0;
  if (fo & (IP_MF | IP_OFFSET)) {
    // an IP fragment: its IP header's id and fragment field; the first also its UDP header
    const iphdr = { id: skb.iph.id ?? 0, frag_off: fo, offset: (fo & IP_OFFSET) << 3, MF: (fo & IP_MF) ? 1 : 0, tot_len: skb.iph.tot_len };
    const len = skb.iph.tot_len - 20;
    if (skb.uh && !(fo & IP_OFFSET)) return { ...base, len, sport: skb.uh.source, dport: skb.uh.dest, flags: 'UDP', udphdr: { ...skb.uh }, iphdr };
    return { ...base, len, sport: 0, dport: 0, flags: 'frag', iphdr };
  }
  if (skb.uh) return { ...base, sport: skb.uh.source, dport: skb.uh.dest, flags: 'UDP', udphdr: { ...skb.uh } };
  const a = skb.arph;
  if (a) {
    const arphdr = { ar_op: a.ar_op, ar_sha: a.ar_sha, ar_sip: a.ar_sip, ar_tha: a.ar_tha, ar_tip: a.ar_tip, h_dest: a.eth.h_dest };
    return { ...base, saddr: a.ar_sip, daddr: a.ar_tip, sport: 0, dport: 0, flags: a.ar_op === ARPOP_REQUEST ? 'ARP request' : 'ARP reply', len: 28, arphdr };
  }
  const ic = skb.icmph!;
  return {
    ...base,
    sport: 0,
    dport: 0,
    flags: ic ? icmpFlags(ic) : '',
    len: ic ? 8 + ic.quotedLen : 0,
    icmphdr: ic ? { type: ic.type, code: ic.code, quoted: { saddr: ic.quoted.iph.saddr, daddr: ic.quoted.iph.daddr, sport: ic.quoted.uh?.source ?? ic.quoted.th?.source ?? 0, dport: ic.quoted.uh?.dest ?? ic.quoted.th?.dest ?? 0 } } : {},
  };
}

function udpTableSnap(b: Builder, h: Host): Pick<HostSnap, 'udp_hash' | 'udp_hash2'> {
  const t = h.net.udp_table;
  return {
    udp_hash: [...t.hash.entries()].sort((x, y) => x[0] - y[0]).map(([port, socks]) => ({ port, socks: socks.map((s) => b.ref(s, h.name)) })),
    udp_hash2: [...t.hash2.entries()].sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0)).map(([key, socks]) => ({ key, socks: socks.map((s) => b.ref(s, h.name)) })),
  };
}

function hostSnap(b: Builder, h: Host): HostSnap {
  const hi = h.net.tcp_hashinfo;
  return {
    name: h.name,
    addrs: h.addrs,
    processes: h.processes.map((p) => ({
      name: p.name,
      pid: p.pid,
      fds: [...p.fdtable.entries()].sort((x, y) => x[0] - y[0]).map(([fd, file]) => (file.reserved ? { fd, file: b.ref(file, h.name), reserved: true as const } : { fd, file: b.ref(file, h.name) })),
      names: Object.fromEntries(p.names),
    })),
    bhash: [...hi.bhash.values()].sort((x, y) => x.port - y.port).map((tb) => ({
      port: tb.port,
      fastreuse: tb.fastreuse,
      fastreuseport: tb.fastreuseport,
      owners: [...tb.owners].map((o) => b.ref(o, h.name)),
    })),
    lhash2: [...hi.lhash2.entries()].sort().map(([key, socks]) => ({ key, socks: socks.map((s) => b.ref(s, h.name)) })),
    ehash: [...hi.ehash.entries()].sort((x, y) => (x[0] < y[0] ? -1 : 1)).map(([key, sk]) => ({ key, sk: b.ref(sk, h.name) })),
    ...udpTableSnap(b, h),
    mib: { ...h.net.mib },
    neigh: neighSnap(h),
    sysctl: { ...h.net.sysctl } as unknown as Record<string, Value>,
    ...iptablesSnap(h),
    ...netdevSnap(h),
  };
}

/** The filter table's chains with their rules and counters (only a host that has one). */
function iptablesSnap(h: Host): Pick<HostSnap, 'iptables'> {
  const t = h.net.iptable_filter;
  if (!t) return {};
  return {
    iptables: Object.entries(t.chains).map(([chain, rules]) => ({
      chain,
      rules: rules.map((e) => ({ spec: e.spec, pcnt: e.counters.pcnt, bcnt: e.counters.bcnt })),
    })),
  };
}

function neighSnap(h: Host): NeighSnap[] {
  const out: NeighSnap[] = [];
  for (const [dev, byAddr] of h.net.neighbours) {
    for (const n of byAddr.values()) {
      out.push({
        dev: dev.name,
        key: n.primary_key,
        nud_state: nudName(n.nud_state),
        ha: n.ha,
        output: n.output.name,
        hh_len: n.hh.hh_len,
        probes: n.probes,
        queued: n.arp_queue.length,
        ...(n.arp_queue.length ? { arp_queue: n.arp_queue.map(skbSnap) } : {}),
        timer: n.timer?.pending ? n.timer.expires : null,
      });
    }
  }
  return out;
}

function taskSnap(b: Builder, t: Task): TaskSnap {
  return {
    name: t.name,
    kind: t.kind,
    host: t.hostName,
    state: t.state === 'sleeping' ? 'TASK_INTERRUPTIBLE' : t.state === 'idle' ? 'idle' : 'TASK_RUNNING',
    waitChannel: t.waitChannel,
    stack: t.stack
      .map((f, i) => ({
        fn: f.fn.name,
        file: f.fn.file,
        line: f.line >= 0 ? ANCHORS[f.line].line : f.fn.defLine,
        ...(f.scenarioLine ? { scenarioLine: f.scenarioLine } : {}),
        ...viaOf(t.stack[i - 1]),
        vars: Object.fromEntries(Object.entries(f.vars).map(([k, v]) => [k, b.value(k, v, t.hostName)])),
      }))
      .reverse(),
  };
}

function viaOf(caller: Task['stack'][number] | undefined): { via?: string[] } {
  if (!caller || caller.line < 0) return {};
  const via = membersCalled(ANCHORS[caller.line].text);
  return via.length ? { via } : {};
}
