// The simulated world: hosts (each with its own kernel state, processes and softirq context) on
// one link with a configurable one-way delay. Packets in flight live here until they arrive.

import type { IptCommand } from '../include/net/netfilter';
import { E, Engine, Sim, Task, TimedEvent, Yield } from '../core/engine';
import type { ObjectIds, TaskDone } from '../core/engine';
import { Net } from '../include/net/net_namespace';
import type { SoftirqWork } from '../include/linux/netdevice';
import { NET_RX_SOFTIRQ, NET_TX_SOFTIRQ } from '../include/linux/netdevice';
import type { File } from '../include/linux/net';
import type { SkBuff } from '../include/linux/skbuff';
import { SkBuff as SkBuffClass, tcpFlags, icmpFlags, packetFlags, isLaterFragment, IP_MF, IP_OFFSET, ARPOP_REQUEST } from '../include/linux/skbuff';
import { ETH_BROADCAST } from '../include/linux/netdevice';
import { Rng, keyedHash } from '../core/rng';
import { ERRNO } from '../include/uapi';
import type { PacketEvent } from '../core/trace';

export type { SoftirqWork };

/**
 * struct files_struct: a descriptor table — one per process, shared by its threads (CLONE_FILES),
 * copied by fork (dup_fd).
 */
export class FilesStruct {
  readonly structName = 'files_struct';
  /** count: the tasks using this table (threads share it); the last one to exit closes its files. */
  count = 1;
  readonly fdtable = new Map<number, File>();
  /** fdt->close_on_exec: the descriptors with FD_CLOEXEC (SOCK_CLOEXEC, O_CLOEXEC, F_SETFD). */
  readonly closeOnExec = new Set<number>();
  /**
   * files->next_fd: every descriptor below it is in use, so the search for a free one starts there
   * (0–2 are stdio) — a process with thousands of open sockets does not walk them all per accept.
   */
  nextFd = 3;
}

/** A process (or a thread, as the kernel sees both: a task): its task and its descriptor table. */
export class Process {
  /** tsk->files: null once the task has exited (exit_files). */
  files: FilesStruct | null;
  /** The fd names the scenario bound (lfd → 3); a thread shares its process's. */
  names = new Map<string, number>();
  /** The task has exited (exit_group): it makes no more calls. */
  exited = false;
  readonly task: Task;
  constructor(
    readonly name: string,
    readonly host: Host,
    engine: Engine,
    readonly pid: number,
    files?: FilesStruct,
  ) {
    this.task = engine.newTask(name, 'process', host.name, this);
    this.files = files ?? new FilesStruct();
  }
  /** The descriptor table's map (empty once exited). */
  get fdtable(): Map<number, File> {
    return (this.files ?? NO_FILES).fdtable;
  }
  get closeOnExec(): Set<number> {
    return (this.files ?? NO_FILES).closeOnExec;
  }
  private get nextFd(): number {
    return (this.files ?? NO_FILES).nextFd;
  }
  private set nextFd(v: number) {
    if (this.files) this.files.nextFd = v;
  }
  /**
   * RLIMIT_NOFILE: descriptors at or above the soft limit are refused (EMFILE); a process starts
   * with the defaults of a login shell, 1024 soft and 1048576 hard (setrlimit changes them).
   */
  rlimitNofile = { cur: 1024, max: 1048576 };
  /** get_unused_fd_flags() (__alloc_fd): the lowest free descriptor, reserved from here on; -EMFILE past the limit. */
  unusedFd(): number {
    let fd = this.nextFd;
    while (this.fdtable.has(fd)) fd++;
    if (fd >= this.rlimitNofile.cur) return -ERRNO.EMFILE;
    this.nextFd = fd + 1;
    return fd;
  }
  /** put_unused_fd() / the end of close() (__put_unused_fd): fd is free again. */
  putFd(fd: number): void {
    this.fdtable.delete(fd);
    this.closeOnExec.delete(fd);
    if (fd < this.nextFd) this.nextFd = fd;
  }
}

/** What an exited task's table reads as: nothing open. */
const NO_FILES = { fdtable: new Map<number, File>(), closeOnExec: new Set<number>(), nextFd: 3 };

const ignoreResult: TaskDone = { taskDone: () => undefined };

export class Host {
  readonly net: Net;
  readonly processes: Process[] = [];
  readonly softirq: Task;
  readonly work: SoftirqWork[] = [];
  /** The softirq task's one run at a time (reused: no object per raise). */
  private readonly softirqRun: SoftirqRun;
  constructor(
    readonly world: World,
    readonly name: string,
    readonly addrs: string[],
  ) {
    this.net = new Net(this);
    this.net.secret = keyedHash(world.seed, 'secret', name);
    this.softirq = world.engine.newTask(`${name}/softirq`, 'softirq', name, this);
    this.softirqRun = new SoftirqRun(this);
  }

  /**
   * raise_softirq: queue work for this host's softirq context and run it when the CPU is free — an
   * expired timer, a device's interrupt (its handler runs there, then the softirqs it raised), NET_RX.
   */
  raiseSoftirq(w: SoftirqWork): void {
    this.work.push(w);
    if (this.softirq.state === 'idle') E.start(this.softirq, this.softirqRun.begin(), ignoreResult);
  }

  /**
   * __raise_softirq_irqoff(NET_RX_SOFTIRQ). In the host's interrupt/softirq context (a driver's
   * interrupt, net_rx_action itself, a packet sent from a softirq) it runs next in that context, as
   * the softirqs run at the end of an interrupt; from a process (a packet sent to itself over
   * loopback) it runs as soon as the CPU is free, as at local_bh_enable() before the system call
   * goes on: an event due now.
   */
  raiseNetRx(): void {
    if (E.current === this.softirq) {
      this.work.unshift(NET_RX_SOFTIRQ);
      return;
    }
    E.scheduleEvent(this.netRxEvent, 0);
  }
  private readonly netRxEvent: TimedEvent = { t: 0, seq: 0, cancelled: false, fire: () => this.raiseSoftirq(NET_RX_SOFTIRQ) };

  /** raise_softirq_irqoff(NET_TX_SOFTIRQ): as raiseNetRx (next in the softirq context, or as soon as the CPU is free). */
  raiseNetTx(): void {
    if (E.current === this.softirq) {
      this.work.unshift(NET_TX_SOFTIRQ);
      return;
    }
    E.scheduleEvent(this.netTxEvent, 0);
  }
  private readonly netTxEvent: TimedEvent = { t: 0, seq: 0, cancelled: false, fire: () => this.raiseSoftirq(NET_TX_SOFTIRQ) };

  isLocal(addr: string): boolean {
    return addr === '127.0.0.1' || this.addrs.includes(addr);
  }
}

export interface LinkFault {
  action: 'drop' | 'delay';
  count: number;
  from: string;
  to: string;
  /** tcpdump's flags of the segments it applies to ("S.", "F." …), "UDP", "ICMP", or any. */
  flags?: string;
  extraUs: number;
  /** The scenario line that set it. */
  line: number;
  /** A loss pattern (`drop every 10th`): every this many matching segments, for good; 0 for the next `count`. */
  every: number;
  /** The matching segments a loss pattern has seen. */
  seen: number;
}

export interface InFlight {
  skb: SkBuff;
  from: Host;
  to: Host | null;
  sentAt: number;
  arriveAt: number;
}

export class World implements ObjectIds {
  readonly hosts: Host[] = [];
  readonly byAddr = new Map<string, Host>();
  readonly inflight: InFlight[] = [];
  readonly rng: Rng;
  delayUs = 1000;
  /** The link's bit rate (`link rate 1mbit`), bits per second; 0: none, a frame is on the wire at once. */
  rateBps = 0;
  private pids = 100;
  /** Installed by the kernel at boot: gives a new host its devices, routes and softnet_data. */
  hostBoot: (host: Host) => void = () => undefined;
  /**
   * Installed by the kernel at boot: an iptables command on a host's namespace (the administrative
   * act iptables does with setsockopt(IPT_SO_SET_REPLACE)); null, or iptables' complaint.
   */
  iptables: (host: Host, cmd: IptCommand) => string | null = () => 'no kernel booted';
  /** Installed by the kernel at boot: `ip link set dev eth0 txqueuelen N` on a host (dev_change_tx_queue_len). */
  txqueuelen: (host: Host, len: number) => void = () => {};
  /** Installed by the kernel at boot: runs a host's queued softirq work. */
  softirqHandler: (host: Host) => Sim<void> = () => {
    throw new Error('no softirq handler installed');
  };

  constructor(
    readonly engine: Engine,
    readonly seed: number,
  ) {
    this.rng = new Rng(seed);
    // the objects of this world get their ids from it
    engine.objectIds = this;
  }

  private objects = 0;
  /** The next kernel object's id in this world: stable per run (kaddr makes its fake address from it). */
  nextObjectId(): number {
    return ++this.objects;
  }

  addHost(name: string, addrs: string[]): Host {
    const h = new Host(this, name, addrs);
    this.hosts.push(h);
    for (const a of addrs) this.byAddr.set(a, h);
    this.hostBoot(h);
    return h;
  }

  /** A new process on host — with a descriptor table of its own, or `files` (a thread's, a fork's copy). */
  addProcess(name: string, host: Host, files?: FilesStruct): Process {
    const p = new Process(name, host, this.engine, this.pids++, files);
    host.processes.push(p);
    return p;
  }

  /** Faults the scenario set on the link, in the order it set them (see `fault`). */
  readonly faults: LinkFault[] = [];
  /** The link is cut until this time (µs), for segments between two hosts. */
  linkDownUntil = -1;

  /**
   * The first fault that applies to this segment, used up one segment at a time; a loss pattern
   * counts the segments that reach it and lets all but every Nth go on to the faults after it.
   */
  private fault(from: Host, to: Host, flags: string): { dropped?: string; extraUs: number } {
    if (E.now < this.linkDownUntil) return { dropped: 'the link is down', extraUs: 0 };
    for (let i = 0; i < this.faults.length; i++) {
      const f = this.faults[i];
      if (f.from !== from.name || f.to !== to.name || (f.flags !== undefined && f.flags !== flags)) continue;
      if (f.every > 0) {
        if (++f.seen % f.every !== 0) continue;
        return { dropped: `dropped by the scenario (line ${f.line}: every ${f.every})`, extraUs: 0 };
      }
      if (--f.count === 0) this.faults.splice(i, 1);
      return f.action === 'drop' ? { dropped: `dropped by the scenario (line ${f.line})`, extraUs: 0 } : { extraUs: f.extraUs };
    }
    return { extraUs: 0 };
  }

  /**
   * The wire between the hosts' NICs: a frame a driver transmits arrives at the NIC of the host that
   * has its destination address after the link's delay (and the scenario's faults), where the
   * hardware puts it on the receive ring and interrupts (Arrival).
   */
  transmit(from: Host, skb: SkBuff): void {
    skb.from = from.name;
    if (skb.arph !== null) return this.transmitArp(from, skb);
    const daddr = skb.iph.daddr;
    let to = this.byAddr.get(daddr) ?? null;
    let delay = this.delayUs;
    let faulty: string | undefined;
    if (to && (this.faults.length || this.linkDownUntil >= 0)) {
      // (a fault's "ICMP" is any ICMP message: packetFlags names each in full, "ICMP port unreachable")
      const ft = this.fault(from, to, skb.icmph !== null && !isLaterFragment(skb) ? 'ICMP' : packetFlags(skb));
      faulty = ft.dropped;
      delay += ft.extraUs;
    }
    this.capture(from, to, skb, delay, faulty);
    if (faulty) to = null;
    if (!to) return;
    const f = new Arrival(this, skb, from, to, E.now, E.now + delay);
    this.inflight.push(f);
    E.scheduleEvent(f, delay);
  }

  /**
   * An ARP frame on the wire: to its destination MAC — broadcast (a request: every other host's NIC
   * gets its own copy) or one host's (a reply, a unicast probe). The capture records it once, drawn
   * to the host that has the address it is about (the asked, or the one answered), else to the first
   * that received it; the scenario's faults (flags "ARP", or none) and link down apply per receiver.
   */
  private transmitArp(from: Host, skb: SkBuff): void {
    const a = skb.arph!;
    const dest = a.eth.h_dest;
    const receivers = this.hosts.filter((h) => h !== from && (dest === ETH_BROADCAST || h.net.eth0.dev_addr === dest));
    const to = receivers.find((h) => h.isLocal(a.ar_tip)) ?? receivers.find((h) => h.isLocal(a.ar_sip)) ?? receivers[0] ?? null;
    let shown: { dropped?: string; extraUs: number } = { extraUs: 0 };
    const arrivals: Array<[Host, number]> = [];
    for (const h of receivers) {
      const ft = this.faults.length || this.linkDownUntil >= 0 ? this.fault(from, h, 'ARP') : { extraUs: 0 };
      if (h === to) shown = ft;
      if (!ft.dropped) arrivals.push([h, this.delayUs + ft.extraUs]);
    }
    if (E.recording) {
      const ev: PacketEvent = {
        ev: 'packet',
        t: E.now,
        saddr: a.ar_sip,
        sport: 0,
        daddr: a.ar_tip,
        dport: 0,
        flags: a.ar_op === ARPOP_REQUEST ? 'ARP request' : 'ARP reply',
        proto: 'ARP',
        seq: 0,
        ack: 0,
        win: 0,
        len: 28,
        arp: { op: a.ar_op === ARPOP_REQUEST ? 'request' : 'reply', sha: a.ar_sha, tha: a.ar_tha, dst: dest },
      };
      if (!to) ev.dropped = 'no other host on the link';
      else if (shown.dropped) ev.dropped = shown.dropped;
      E.emit(ev);
      if (E.history) E.history.packet(ev, skb.structName, skb.objId, from.name, to?.name ?? null, to && !shown.dropped ? E.now + this.delayUs + shown.extraUs : undefined);
    }
    for (const [h, delay] of arrivals) {
      // each NIC receives its own copy of the frame
      const copy = receivers.length === 1 ? skb : cloneFrame(skb);
      const f = new Arrival(this, copy, from, h, E.now, E.now + delay);
      this.inflight.push(f);
      E.scheduleEvent(f, delay);
    }
  }

  /** A packet a host sends itself, as lo's driver hands it to netif_rx: recorded as a capture on lo sees it. */
  loopback(host: Host, skb: SkBuff): void {
    skb.from = host.name;
    this.capture(host, host, skb, 0, undefined);
  }

  /** What a packet capture sees of a packet leaving `from` (the trace's packet event; the views' history). */
  private capture(from: Host, to: Host | null, skb: SkBuff, delay: number, faulty: string | undefined): void {
    const daddr = skb.iph.daddr;
    const th = skb.th;
    if (E.recording && th && (E.history === null || (to !== null && !faulty))) {
      // (stored as numbers: by the trace, and by the history a view draws for a segment that arrives)
      const flags = tcpFlags(th);
      const ack = th.ack ? th.ack_seq : 0;
      const mss = th.options.mss || 0;
      if (E.trace !== null) E.trace.tcpPacket(E.now, skb.iph.saddr, th.source, daddr, th.dest, flags, th.seq, ack, th.window, skb.len, mss, !to ? 'no host has this address' : faulty || '');
      if (E.history !== null) E.history.tcpPacket(E.now, skb.iph.saddr, th.source, daddr, th.dest, flags, th.seq, ack, th.window, skb.len, mss, skb.structName, skb.objId, from.name, to!.name, E.now + delay);
    } else if (E.recording) {
      let ev: PacketEvent;
      if (th) {
        ev = {
          ev: 'packet',
          t: E.now,
          saddr: skb.iph.saddr,
          sport: th.source,
          daddr,
          dport: th.dest,
          flags: tcpFlags(th),
          seq: th.seq,
          ack: th.ack ? th.ack_seq : 0,
          win: th.window,
          len: skb.len,
        };
        if (th.options.mss) ev.mss = th.options.mss;
        if (!to) ev.dropped = 'no host has this address';
        else if (faulty) ev.dropped = faulty;
      } else ev = datagramEvent(skb, daddr, to ? faulty : 'no host has this address');
      E.emit(ev);
      if (E.history) E.history.packet(ev, skb.structName, skb.objId, from.name, to?.name ?? null, to && !faulty ? E.now + delay : undefined);
    }
  }
}

/** A segment on the wire, and the event of its arrival (one object per segment). */
class Arrival implements InFlight, TimedEvent {
  t = 0;
  seq = 0;
  cancelled = false;
  constructor(
    private readonly world: World,
    readonly skb: SkBuff,
    readonly from: Host,
    readonly to: Host,
    readonly sentAt: number,
    readonly arriveAt: number,
  ) {}
  fire(): void {
    // (the first in flight, mostly: shift() allocates nothing)
    const inflight = this.world.inflight;
    const i = inflight.indexOf(this);
    if (i === 0) inflight.shift();
    else if (i > 0) inflight.splice(i, 1);
    // the NIC writes the frame into its receive ring and raises its interrupt
    const dev = this.to.net.eth0;
    dev.rx_ring.push(this.skb);
    this.to.raiseSoftirq(dev);
  }
}

/**
 * A host's softirq handler as its task's generator, as deferred() makes it but one object per host:
 * when the task first runs, the handler's fast-path twin runs to its end if nothing can pause,
 * otherwise the handler's generator runs (stepping, breakpoints).
 */
class SoftirqRun {
  private g: Sim<void> | null = null;
  constructor(private readonly host: Host) {}
  /** Ready for a new run of the handler (the task was idle). */
  begin(): Sim<void> {
    this.g = null;
    return this as unknown as Sim<void>;
  }
  next(): IteratorResult<Yield, void> {
    if (this.g === null) {
      const fn = this.host.world.softirqHandler;
      const { fast, k } = fn as { fast?: (h: Host) => void; k?: number };
      if (fast !== undefined && (E.fast || E.twinOk[k!] === 1)) {
        fast(this.host);
        return RAN;
      }
      this.g = fn(this.host);
    }
    return this.g.next();
  }
}
const RAN: IteratorResult<Yield, void> = { done: true, value: undefined };

/** A copy of a frame as another NIC receives it: the same bytes (headers, layout), its own sk_buff. */
function cloneFrame(skb: SkBuff): SkBuff {
  const c = new SkBuffClass(skb.iph);
  c.arph = skb.arph;
  c.from = skb.from;
  c.head = skb.head;
  c.data = skb.data;
  c.tail = skb.tail;
  c.end = skb.end;
  c.mac_header = skb.mac_header;
  c.network_header = skb.network_header;
  c.protocol = skb.protocol;
  return c;
}

/** The packet event of a UDP datagram or an ICMP message (TCP segments keep their own fields). */
function datagramEvent(skb: SkBuff, daddr: string, dropped?: string): PacketEvent {
  const base = { ev: 'packet' as const, t: E.now, saddr: skb.iph.saddr, daddr, seq: 0, ack: 0, win: 0, ...(dropped ? { dropped } : {}) };
  const fo = skb.iph.frag_off ?? 0;
  if (fo & (IP_MF | IP_OFFSET)) {
    // an IP fragment: its id, offset (bytes), MF, and the bytes after its IP header (len); the first
    // carries the UDP header (ports, the datagram's ulen), the others none (tcpdump's "ip-proto-17")
    const frag = { id: skb.iph.id ?? 0, off: (fo & IP_OFFSET) << 3, mf: (fo & IP_MF) !== 0 };
    const len = skb.iph.tot_len - 20;
    if (skb.uh && frag.off === 0) return { ...base, sport: skb.uh.source, dport: skb.uh.dest, flags: 'UDP', proto: 'UDP', len, ulen: skb.uh.len, frag };
    return { ...base, sport: 0, dport: 0, flags: 'frag', proto: 'UDP', len, frag };
  }
  if (skb.uh) {
    return { ...base, sport: skb.uh.source, dport: skb.uh.dest, flags: 'UDP', proto: 'UDP', len: skb.len, ulen: skb.uh.len };
  }
  const ic = skb.icmph!;
  const q = ic.quoted;
  return {
    ...base,
    sport: 0,
    dport: 0,
    flags: icmpFlags(ic),
    proto: 'ICMP',
    len: 8 + ic.quotedLen,
    icmp: {
      type: ic.type,
      code: ic.code,
      quoted: { saddr: q.iph.saddr, sport: q.uh?.source ?? q.th?.source ?? 0, daddr: q.iph.daddr, dport: q.uh?.dest ?? q.th?.dest ?? 0, protocol: q.iph.protocol === 17 ? 'udp' : q.iph.protocol === 6 ? 'tcp' : String(q.iph.protocol) },
    },
  };
}
