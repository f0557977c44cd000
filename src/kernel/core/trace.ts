// The trace a run records: syscalls and their results, the tracepoints Linux 5.4 fires (with the
// tracepoints' own field names), packets on the wire, and optionally every call and line.
// The CLI prints it as text, JSON lines or ftrace-style lines.

export interface SyscallEvent {
  ev: 'syscall';
  t: number;
  task: string;
  call: string;
  ret: number;
  errno?: string;
  scenarioLine: number;
}
/** A scenario line starts a system call (its result comes as a `syscall` event). */
export interface SyscallEnterEvent {
  ev: 'syscall_enter';
  t: number;
  task: string;
  call: string;
  scenarioLine: number;
}
/**
 * A function entered (its definition line) or left (its closing line). `file` is the kernel path;
 * `line` the line in Linux v5.4 (null where media/kernel/upstream-lines.json does not know it);
 * `renditionLine` the line of the annotated source, media/kernel/FILE, the editor shows.
 */
export interface CallEvent {
  ev: 'enter' | 'exit';
  t: number;
  task: string;
  fn: string;
  file: string;
  line: number | null;
  renditionLine: number;
}
/** A line executed: `line` in Linux v5.4 (null where the map does not know it), `renditionLine` in media/kernel/FILE. */
export interface LineEvent {
  ev: 'line';
  t: number;
  task: string;
  fn: string;
  file: string;
  line: number | null;
  renditionLine: number;
  depth: number;
}
export interface SetStateEvent {
  ev: 'inet_sock_set_state';
  t: number;
  host: string;
  /** The task the event fired in, as ftrace shows it: a process's name, or <idle> for softirq. */
  comm: string;
  skaddr: string;
  family: 'AF_INET';
  protocol: 'IPPROTO_TCP';
  saddr: string;
  sport: number;
  daddr: string;
  dport: number;
  oldstate: string;
  newstate: string;
}
/** tcp:tcp_send_reset, tcp:tcp_retransmit_skb, tcp:tcp_receive_reset, tcp:tcp_destroy_sock, tcp:tcp_retransmit_synack. */
export interface TcpEvent {
  ev: 'tcp_send_reset' | 'tcp_retransmit_skb' | 'tcp_receive_reset' | 'tcp_destroy_sock' | 'tcp_retransmit_synack';
  t: number;
  host: string;
  comm: string;
  skaddr: string;
  /** tcp_retransmit_synack: the request sock. */
  req?: string;
  skbaddr?: string;
  /** tcp_send_reset, tcp_retransmit_skb (v5.4's class tcp_event_sk_skb): the sock's state then. */
  state?: string;
  /** tcp_receive_reset, tcp_destroy_sock (class tcp_event_sk): sock_gen_cookie(sk). */
  sock_cookie?: number;
  saddr: string;
  sport: number;
  daddr: string;
  dport: number;
}
export interface PacketEvent {
  ev: 'packet';
  t: number;
  saddr: string;
  sport: number;
  daddr: string;
  dport: number;
  /** tcpdump's notation: S, S., ., P., F., R, R. — for UDP "UDP", for ICMP e.g. "ICMP port unreachable". */
  flags: string;
  /** Absent for TCP segments; "UDP" for a datagram (ports from its udphdr), "ICMP" for an ICMP message (ports 0), "ARP" for an ARP packet (ports 0). */
  proto?: 'UDP' | 'ICMP' | 'ARP';
  /** ARP: the operation, the sender's and target's MAC, the frame's destination MAC (ff:…:ff: broadcast); saddr/daddr are the sender's and target's IP. */
  arp?: { op: 'request' | 'reply'; sha: string; tha: string; dst: string };
  /** ICMP: type and code, and the datagram the error quotes (its addresses and ports). */
  icmp?: { type: number; code: number; quoted: { saddr: string; sport: number; daddr: string; dport: number; protocol: string } };
  seq: number;
  ack: number;
  win: number;
  len: number;
  mss?: number;
  /** UDP: the udphdr's len field (8 + payload). */
  ulen?: number;
  /**
   * An IP fragment: the datagram's IP id, this fragment's offset in bytes, More Fragments. Its len
   * is the bytes after its IP header; the first carries the UDP header (ports, ulen), the others
   * have flags "frag" and ports 0.
   */
  frag?: { id: number; off: number; mf: boolean };
  /** Why the packet never arrived, when it did not. */
  dropped?: string;
}
export interface PauseEvent {
  ev: 'pause';
  t: number;
  message: string;
  scenarioLine: number;
}
/** Something the kernel did that has no tracepoint but a reader wants to see (a dropped SYN …). */
export interface NoteEvent {
  ev: 'note';
  t: number;
  host: string;
  text: string;
}

export type TraceEvent = SyscallEnterEvent | SyscallEvent | CallEvent | LineEvent | SetStateEvent | TcpEvent | PacketEvent | PauseEvent | NoteEvent;

import { ANCHORS, FUNCTIONS } from './anchors';
import { kaddr } from './kaddr';

/**
 * The names sock:inet_sock_set_state prints for TCP states (TCP_ESTABLISHED …): the kernel's, which
 * start_kernel installs (include/net/tcp_states.ts) — the trace below it only stores the numbers.
 */
export let tcpStateName: (state: number) => string = (s) => String(s);
export function setTcpStateNames(names: (state: number) => string): void {
  tcpStateName = names;
}

/**
 * The recorded trace. The frequent entries — every executed line, every call and return — are
 * packed into small integers; the rich events a run fires for every connection (system calls, state
 * changes, packets, tcp:tcp_destroy_sock …) are numbers too (see the `RICH_*` kinds), the others are
 * objects; the clock is recorded only when it moves. The integers live in fixed-size Int32Array chunks (cheap to append, nothing for the
 * garbage collector to scan); a negative entry -(i + 1) points at `side[i]`, which holds a rich
 * event, a new clock value or a context. `events()` turns the packed form back into TraceEvent objects.
 *
 * A packed entry is `kind << 28 | id`: a line (kind 0, id = anchor), an enter (1) or an exit (2)
 * (id = function). A line entry may stand for a run of n lines, `(n - 1) << LINE_RUN_SHIFT | anchor`:
 * the anchor and the n - 1 declared after it in the same defineFn(), executed one after the other
 * with nothing between them that could write an entry (the twins write such runs:
 * scripts/fastpath.cjs). An enter may carry the run its function's body starts with,
 * `ENTER | n << LINE_RUN_SHIFT | anchor` (n ≥ 1; the function is the anchor's), and an exit the
 * run that ends in its return, `EXIT | n << LINE_RUN_SHIFT | anchor`.
 *
 * Which task runs an entry and at what depth is not in it: a context entry (kind 3, or a side Context when it does not fit) says which task runs from there on and its stack depth; an
 * enter goes one level down, an exit one level up. The engine writes a context whenever it switches
 * tasks (and when a return skips frames), so an entry is a constant the twins write inline.
 *
 * A rich event stored as numbers is one entry `kind << 28 | offset` (kinds 4–7) and its fields at
 * `nums[offset…]`, strings as indices into `strs`; events() builds the same object the kernel code
 * would have pushed, field for field and in the same order.
 */
export class TraceBuffer {
  private chunks: Int32Array<ArrayBuffer>[] = [];
  cur = new Int32Array(FIRST_CHUNK);
  pos = 0;
  /** Entries in the chunks before `cur` (all full). */
  private done = 0;
  private side: Array<number | TraceEvent | Context> = [];
  private lastT = 0;
  /** The task and depth the first entry runs at (clear() keeps them from the entries it drops). */
  private startTask = 0;
  private startDepth = 0;
  /** The clock when the entries start (clear() keeps the time of the last ones). */
  private startT = 0;
  /**
   * The rich events' fields: fixed-size chunks (an event never spans two), `nlen` the next field's
   * offset over all of them; `nums` the last chunk. The strings among the fields are interned.
   */
  private numChunks: Int32Array<ArrayBuffer>[] = [];
  private nums = new Int32Array(0);
  private nlen = 0;
  private strs: string[] = [];
  private strIds = new Map<string, number>();
  /**
   * The last STR_WAYS strings seen in each of a few field slots, and their ids: mostly one of the same
   * few again (two hosts' names by turns, the two ends' addresses), found without a hash lookup.
   */
  private lastStr: string[] = new Array<string>(STR_SLOTS * STR_WAYS).fill('');
  private lastStrId = new Int32Array(STR_SLOTS * STR_WAYS).fill(-1);
  /** Per slot, the way its next new string takes (round robin). */
  private nextWay = new Uint8Array(STR_SLOTS);
  constructor(private readonly taskName: (id: number) => string) {
    this.chunks.push(this.cur);
  }

  get length(): number {
    return this.done + this.pos;
  }

  private put(op: number): void {
    if (this.pos === this.cur.length) this.grow();
    this.cur[this.pos++] = op;
  }

  /**
   * A new chunk: a released trace's full-size one while the pool has any (memory this process holds
   * already: no fresh pages, no new external memory for the collector — growing from the first chunk
   * again took ~4 MB of new chunks per traced run in the bench), else twice the last one's size up
   * to MAX_CHUNK: short runs stay small, long ones never copy.
   */
  private grow(): void {
    this.done += this.cur.length;
    this.cur = FREE_ENTRY_CHUNKS.pop() || new Int32Array(Math.min(this.cur.length * 2, MAX_CHUNK));
    this.chunks.push(this.cur);
    this.pos = 0;
    this.lim = 0;
  }

  private time(t: number): void {
    if (t !== this.lastT) {
      this.lastT = t;
      this.lim = 0;
      this.put(-this.side.push(t));
    }
  }

  push(ev: TraceEvent): void {
    this.time(ev.t);
    this.put(-this.side.push(ev));
  }

  /**
   * The twins' write of a line, enter or exit (scripts/fastpath.cjs writes it inline): while
   * pos < lim, an entry is `cur[pos++] = op`. lim is cur.length only when the clock recorded last is
   * the engine's (the engine calls clockMoved() when it moves; a rich event at another time resets
   * it), 0 otherwise, so the entry goes through op(), which sets it again.
   */
  lim = 0;

  /** The engine's clock moved: the next entry records it (through op()). */
  clockMoved(): void {
    this.lim = 0;
  }

  /** A line (LINE | anchor), enter (ENTER | function) or exit (EXIT | function) at the engine's time t. */
  op(t: number, op: number): void {
    if (t !== this.lastT) this.time(t);
    if (this.pos === this.cur.length) this.grow();
    this.cur[this.pos++] = op;
    this.lim = this.cur.length;
  }

  /** The id of string s, in field slot `slot` (< STR_SLOTS). */
  private str(s: string, slot: number): number {
    const base = slot * STR_WAYS;
    const last = this.lastStr;
    if (last[base] === s) return this.lastStrId[base];
    if (last[base + 1] === s) return this.lastStrId[base + 1];
    if (last[base + 2] === s) return this.lastStrId[base + 2];
    if (last[base + 3] === s) return this.lastStrId[base + 3];
    return this.strMiss(s, slot);
  }
  /** str() when the slot's ways do not have s: the table, and s takes the slot's next way in turn. */
  private strMiss(s: string, slot: number): number {
    let id = this.strIds.get(s);
    if (id === undefined) {
      id = this.strs.length;
      this.strs.push(s);
      this.strIds.set(s, id);
    }
    const way = slot * STR_WAYS + (this.nextWay[slot]++ & (STR_WAYS - 1));
    this.lastStr[way] = s;
    this.lastStrId[way] = id;
    return id;
  }

  /**
   * Room for n fields of a rich event at time t, its entry written: the offset of its first field
   * in `nums` (the event's offset over all chunks is in the entry).
   */
  private rich(t: number, kind: number, n: number): number {
    this.time(t);
    let at = this.nlen;
    // (an event that does not fit in the last chunk starts the next one)
    if ((at & NUM_MASK) + n > NUM_CHUNK) at = (at | NUM_MASK) + 1;
    if (at >>> NUM_BITS === this.numChunks.length) {
      this.nums = FREE_NUM_CHUNKS.pop() || new Int32Array(NUM_CHUNK);
      this.numChunks.push(this.nums);
    }
    this.nlen = at + n;
    this.put(kind | at);
    return at & NUM_MASK;
  }

  /** sock:inet_sock_set_state (SetStateEvent; the sock's address is kaddr(objId), the states are TCP_* numbers). */
  setState(t: number, host: string, comm: string, objId: number, saddr: string, sport: number, daddr: string, dport: number, oldstate: number, newstate: number): void {
    if (this.nlen + NUM_CHUNK > ID_MASK) return this.push({ ev: 'inet_sock_set_state', t, host, comm, skaddr: kaddr(objId), family: 'AF_INET', protocol: 'IPPROTO_TCP', saddr, sport, daddr, dport, oldstate: tcpStateName(oldstate), newstate: tcpStateName(newstate) });
    const o = this.rich(t, RICH_SET_STATE, 9);
    const a = this.nums;
    a[o] = this.str(host, 0);
    a[o + 1] = this.str(comm, 1);
    a[o + 2] = objId;
    a[o + 3] = this.str(saddr, 2);
    a[o + 4] = sport;
    a[o + 5] = this.str(daddr, 3);
    a[o + 6] = dport;
    a[o + 7] = oldstate;
    a[o + 8] = newstate;
  }

  /** A TCP segment's packet event (no proto, icmp or ulen; mss 0 and dropped '' leave those out). */
  tcpPacket(t: number, saddr: string, sport: number, daddr: string, dport: number, flags: string, seq: number, ack: number, win: number, len: number, mss: number, dropped: string): void {
    if (this.nlen + NUM_CHUNK > ID_MASK) {
      const ev: PacketEvent = { ev: 'packet', t, saddr, sport, daddr, dport, flags, seq, ack, win, len };
      if (mss) ev.mss = mss;
      if (dropped) ev.dropped = dropped;
      return this.push(ev);
    }
    const o = this.rich(t, RICH_PACKET, 11);
    const a = this.nums;
    a[o] = this.str(saddr, 2);
    a[o + 1] = sport;
    a[o + 2] = this.str(daddr, 3);
    a[o + 3] = dport;
    a[o + 4] = this.str(flags, 4);
    // (seq and ack are u32: stored as their int32 bits, read back with >>> 0)
    a[o + 5] = seq;
    a[o + 6] = ack;
    a[o + 7] = win;
    a[o + 8] = len;
    a[o + 9] = mss;
    a[o + 10] = dropped ? this.str(dropped, 5) : -1;
  }

  /** A syscall_enter event (ret undefined) or a syscall event (errno '' leaves it out). */
  syscall(t: number, task: string, call: string, scenarioLine: number, ret?: number, errno = ''): void {
    if (this.nlen + NUM_CHUNK > ID_MASK) {
      if (ret === undefined) return this.push({ ev: 'syscall_enter', t, task, call, scenarioLine });
      return this.push(errno ? { ev: 'syscall', t, task, call, ret, errno, scenarioLine } : { ev: 'syscall', t, task, call, ret, scenarioLine });
    }
    const o = this.rich(t, RICH_SYSCALL, 5);
    const a = this.nums;
    a[o] = this.str(task, 1);
    a[o + 1] = this.str(call, 6);
    a[o + 2] = scenarioLine;
    // (errno -2: a syscall_enter, which has no return value)
    a[o + 3] = ret === undefined ? 0 : ret;
    a[o + 4] = ret === undefined ? -2 : errno ? this.str(errno, 5) : -1;
  }

  /**
   * tcp:tcp_send_reset, tcp_retransmit_skb, tcp_receive_reset, tcp_destroy_sock (TcpEvent; skbObjId -1:
   * no skbaddr). x: the sock's state (the first two) or its cookie (the last two): tcpEventX().
   */
  tcpEvent(t: number, ev: TcpSockEvent, host: string, comm: string, objId: number, skbObjId: number, saddr: string, sport: number, daddr: string, dport: number, x: number): void {
    if (this.nlen + NUM_CHUNK > ID_MASK) return this.push(tcpEventOf(ev, t, host, comm, objId, skbObjId, saddr, sport, daddr, dport, x));
    const o = this.rich(t, RICH_TCP, 10);
    const a = this.nums;
    a[o] = this.str(ev, 7);
    a[o + 1] = this.str(host, 0);
    a[o + 2] = this.str(comm, 1);
    a[o + 3] = objId;
    a[o + 4] = skbObjId;
    a[o + 5] = this.str(saddr, 2);
    a[o + 6] = sport;
    a[o + 7] = this.str(daddr, 3);
    a[o + 8] = dport;
    a[o + 9] = x;
  }

  /** The rich event stored at offset `at` (kind: its entry's), at time t. */
  private richEvent(kind: number, at: number, t: number): TraceEvent {
    const a = this.numChunks[at >>> NUM_BITS];
    const o = at & NUM_MASK;
    const s = this.strs;
    switch (kind) {
      case RICH_SET_STATE:
        return { ev: 'inet_sock_set_state', t, host: s[a[o]], comm: s[a[o + 1]], skaddr: kaddr(a[o + 2]), family: 'AF_INET', protocol: 'IPPROTO_TCP', saddr: s[a[o + 3]], sport: a[o + 4], daddr: s[a[o + 5]], dport: a[o + 6], oldstate: tcpStateName(a[o + 7]), newstate: tcpStateName(a[o + 8]) };
      case RICH_PACKET: {
        const ev: PacketEvent = { ev: 'packet', t, saddr: s[a[o]], sport: a[o + 1], daddr: s[a[o + 2]], dport: a[o + 3], flags: s[a[o + 4]], seq: a[o + 5] >>> 0, ack: a[o + 6] >>> 0, win: a[o + 7], len: a[o + 8] };
        if (a[o + 9]) ev.mss = a[o + 9];
        if (a[o + 10] >= 0) ev.dropped = s[a[o + 10]];
        return ev;
      }
      case RICH_SYSCALL: {
        const task = s[a[o]];
        const call = s[a[o + 1]];
        const scenarioLine = a[o + 2];
        const ret = a[o + 3];
        if (a[o + 4] === -2) return { ev: 'syscall_enter', t, task, call, scenarioLine };
        return a[o + 4] >= 0 ? { ev: 'syscall', t, task, call, ret, errno: s[a[o + 4]], scenarioLine } : { ev: 'syscall', t, task, call, ret, scenarioLine };
      }
      default:
        return tcpEventOf(s[a[o]] as TcpSockEvent, t, s[a[o + 1]], s[a[o + 2]], a[o + 3], a[o + 4], s[a[o + 5]], a[o + 6], s[a[o + 7]], a[o + 8], a[o + 9]);
    }
  }

  /** From here on entries run in `task` at stack depth `depth`. */
  context(task: number, depth: number): void {
    if (task < 0x10000 && depth < 0x1000) this.put(CONTEXT | (task << 12) | depth);
    else this.put(-this.side.push(new Context(task, depth)));
  }

  /**
   * Done with this trace: it becomes empty and its full-size chunks go to a pool that the next
   * traces fill (up to POOL_BYTES): a process that runs scenario after scenario reuses the memory
   * instead of taking fresh pages from the system and leaving the old ones to the garbage collector.
   */
  release(): void {
    for (const c of this.chunks) if (c.length === MAX_CHUNK && pooled() + c.byteLength <= POOL_BYTES) FREE_ENTRY_CHUNKS.push(c);
    for (const c of this.numChunks) if (pooled() + c.byteLength <= POOL_BYTES) FREE_NUM_CHUNKS.push(c);
    this.dropEntries();
  }

  clear(): void {
    // the entries dropped leave their task and depth to the ones that follow
    const end = { task: this.startTask, depth: this.startDepth };
    this.scan(end);
    this.startTask = end.task;
    this.startDepth = end.depth;
    this.startT = this.lastT;
    this.dropEntries();
    this.strs = [];
    this.strIds.clear();
    this.lastStr.fill('');
    this.lastStrId.fill(-1);
    this.nextWay.fill(0);
  }

  /** No entries and no rich events' fields any more (a fresh first chunk). */
  private dropEntries(): void {
    this.cur = new Int32Array(FIRST_CHUNK);
    this.chunks = [this.cur];
    this.pos = 0;
    this.done = 0;
    this.lim = 0;
    this.side = [];
    this.numChunks = [];
    this.nums = new Int32Array(0);
    this.nlen = 0;
  }

  /** The task and depth after the last entry, from `at` (the state at the first one). */
  private scan(at: { task: number; depth: number }): void {
    for (const chunk of this.chunks) {
      const n = chunk === this.cur ? this.pos : chunk.length;
      for (let j = 0; j < n; j++) {
        const op = chunk[j];
        if (op >= 0) {
          const kind = op >>> 28;
          if (kind === 1) at.depth++;
          else if (kind === 2) at.depth--;
          else if (kind === 3) {
            at.task = (op >>> 12) & 0xffff;
            at.depth = op & 0xfff;
          }
        } else {
          const x = this.side[-op - 1];
          if (x instanceof Context) {
            at.task = x.task;
            at.depth = x.depth;
          }
        }
      }
    }
  }

  /**
   * Every executed line, newest first, as `task << 12 | depth` (the task that ran it and its stack
   * depth there): what stepping back reads. Read backwards a stretch at a time — from a context entry
   * (a task switch) to the next one, decoded forwards — so going back a few lines reads a few entries.
   */
  *linesBackward(): Generator<number> {
    const starts: number[] = [];
    let total = 0;
    for (const c of this.chunks) {
      starts.push(total);
      total += c === this.cur ? this.pos : c.length;
    }
    // (the chunk of the last entry read: the reads move through neighbouring entries)
    let c = starts.length - 1;
    const entry = (i: number): number => {
      while (starts[c] > i) c--;
      while (c + 1 < starts.length && starts[c + 1] <= i) c++;
      return this.chunks[c][i - starts[c]];
    };
    const contextOf = (op: number): Context | null => {
      if (op >= 0) return op >>> 28 === 3 ? new Context((op >>> 12) & 0xffff, op & 0xfff) : null;
      const x = this.side[-op - 1];
      return x instanceof Context ? x : null;
    };
    const buf: number[] = [];
    let end = total;
    while (end > 0) {
      let s = end - 1;
      let ctx: Context | null = null;
      while (s >= 0 && (ctx = contextOf(entry(s))) === null) s--;
      let task = ctx ? ctx.task : this.startTask;
      let depth = ctx ? ctx.depth : this.startDepth;
      buf.length = 0;
      for (let i = s + 1; i < end; i++) {
        const op = entry(i);
        if (op < 0) continue;
        const kind = op >>> 28;
        if (kind > 2) continue;
        const id = op & ID_MASK;
        if (kind === 1) depth++;
        const n = kind === 0 ? (id >>> LINE_RUN_SHIFT) + 1 : id >>> LINE_RUN_SHIFT;
        for (let k = 0; k < n; k++) buf.push((task << 12) | depth);
        if (kind === 2) depth--;
      }
      for (let k = buf.length - 1; k >= 0; k--) yield buf[k];
      end = s < 0 ? 0 : s;
    }
  }

  /** Materializes the events from index `from` on. */
  *events(from = 0): Generator<TraceEvent> {
    // t: the time of lines, enters and exits — from the start 0 until the clock is recorded or a rich
    // event passes, also after clear() (as it always was); rt: the time rich events were fired at
    let t = 0;
    let rt = this.startT;
    let i = 0;
    let task = this.startTask;
    let depth = this.startDepth;
    for (let c = 0; c < this.chunks.length; c++) {
      const chunk = this.chunks[c];
      // (the last chunk's fill is read on each step: the trace may grow while it is read)
      for (let j = 0; j < (chunk === this.cur ? this.pos : chunk.length); j++, i++) {
        const op = chunk[j];
        if (op >= 0) {
          const kind = op >>> 28;
          const id = op & ID_MASK;
          if (kind === 0) {
            // (a run: the anchor and the ones declared after it)
            if (i >= from) yield* this.lineEvents(id & LINE_ANCHOR, (id >>> LINE_RUN_SHIFT) + 1, t, task, depth);
          } else if (kind === 3) {
            task = (op >>> 12) & 0xffff;
            depth = op & 0xfff;
          } else if (kind >= 4) {
            t = rt;
            if (i >= from) yield this.richEvent(op & KIND_MASK, id, rt);
          } else {
            if (kind === 1) depth++;
            // (an enter carrying the run of lines its function starts with, an exit the run its
            // function ends with: n << LINE_RUN_SHIFT | anchor)
            const n = id >>> LINE_RUN_SHIFT;
            if (i >= from) {
              const fn = n ? ANCHORS[id & LINE_ANCHOR].fn : FUNCTIONS[id];
              if (kind === 1) yield { ev: 'enter', t, task: this.taskName(task), fn: fn.name, file: fn.file, line: fn.realDefLine || null, renditionLine: fn.defLine };
              yield* this.lineEvents(id & LINE_ANCHOR, n, t, task, depth);
              if (kind === 2) yield { ev: 'exit', t, task: this.taskName(task), fn: fn.name, file: fn.file, line: fn.realEndLine || null, renditionLine: fn.endLine };
            }
            if (kind === 2) depth--;
          }
        } else {
          const x = this.side[-op - 1];
          if (typeof x === 'number') t = rt = x;
          else if (x instanceof Context) {
            task = x.task;
            depth = x.depth;
          } else {
            t = rt = x.t;
            if (i >= from) yield x;
          }
        }
      }
    }
  }

  /** The line events of a run: n anchors from `first`, in one task at one depth. */
  private *lineEvents(first: number, n: number, t: number, task: number, depth: number): Generator<TraceEvent> {
    for (let k = first; k < first + n; k++) {
      const a = ANCHORS[k];
      yield { ev: 'line', t, task: this.taskName(task), fn: a.fn.name, file: a.fn.file, line: a.realLine || null, renditionLine: a.line, depth };
    }
  }

  toArray(): TraceEvent[] {
    return [...this.events()];
  }
}

/** Packed entries: kind << 28 | id. */
export const LINE = 0;
export const ENTER = 1 << 28;
export const EXIT = 2 << 28;
const CONTEXT = 3 << 28;
const RICH_SET_STATE = 4 << 28;
const RICH_PACKET = 5 << 28;
const RICH_SYSCALL = 6 << 28;
const RICH_TCP = 7 << 28;

/** The TcpEvents a full sock fires (not tcp_retransmit_synack, which names a request sock). */
export type TcpSockEvent = 'tcp_send_reset' | 'tcp_retransmit_skb' | 'tcp_receive_reset' | 'tcp_destroy_sock';

/** A TcpEvent's object; x is its state (tcp_event_sk_skb: send_reset, retransmit_skb) or sock_cookie (tcp_event_sk). */
export function tcpEventOf(ev: TcpSockEvent, t: number, host: string, comm: string, objId: number, skbObjId: number, saddr: string, sport: number, daddr: string, dport: number, x: number): TcpEvent {
  const skaddr = kaddr(objId);
  const e: TcpEvent = skbObjId >= 0
    ? { ev, t, host, comm, skaddr, skbaddr: kaddr(skbObjId), saddr, sport, daddr, dport }
    : { ev, t, host, comm, skaddr, saddr, sport, daddr, dport };
  if (ev === 'tcp_send_reset' || ev === 'tcp_retransmit_skb') e.state = tcpStateName(x);
  else e.sock_cookie = x;
  return e;
}
export const ID_MASK = (1 << 28) - 1;
/** A line entry: the anchor in the low bits, the count of lines after it in the run above them. */
export const LINE_RUN_SHIFT = 20;
export const LINE_ANCHOR = (1 << LINE_RUN_SHIFT) - 1;
const KIND_MASK = 7 << 28;
/** Fields in a chunk of rich events' fields. */
const NUM_BITS = 16;
const NUM_CHUNK = 1 << NUM_BITS;
const NUM_MASK = NUM_CHUNK - 1;
/**
 * Field slots with a last-string cache (TraceBuffer.str): 0 host, 1 task, 2 saddr, 3 daddr, 4 a
 * segment's flags, 5 errno or why dropped, 6 the system call, 7 the tcp event's name (a slot of its
 * own: with the flags of a connection's four kinds of segment it made five strings for four ways,
 * and a lifecycle missed five times).
 */
const STR_SLOTS = 8;
/** Strings remembered per slot (TraceBuffer.str looks at each before the table: four written out; a power of two). */
const STR_WAYS = 4;

/** A context entry that does not fit in a packed one. */
class Context {
  constructor(
    readonly task: number,
    readonly depth: number,
  ) {}
}

/** Entries in the packed trace's first chunk, and at most in one chunk. */
const FIRST_CHUNK = 1 << 12;
const MAX_CHUNK = 1 << 20;

/** Chunks released traces left for the next ones (TraceBuffer.release), at most POOL_BYTES in all. */
const FREE_ENTRY_CHUNKS: Int32Array<ArrayBuffer>[] = [];
const FREE_NUM_CHUNKS: Int32Array<ArrayBuffer>[] = [];
const POOL_BYTES = 256 * 2 ** 20;
function pooled(): number {
  return FREE_ENTRY_CHUNKS.length * MAX_CHUNK * 4 + FREE_NUM_CHUNKS.length * NUM_CHUNK * 4;
}
