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
export interface CallEvent {
  ev: 'enter' | 'exit';
  t: number;
  task: string;
  fn: string;
  file: string;
  line: number;
}
export interface LineEvent {
  ev: 'line';
  t: number;
  task: string;
  fn: string;
  file: string;
  line: number;
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
/** tcp:tcp_send_reset, tcp:tcp_receive_reset, tcp:tcp_destroy_sock, tcp:tcp_retransmit_synack. */
export interface TcpEvent {
  ev: 'tcp_send_reset' | 'tcp_receive_reset' | 'tcp_destroy_sock' | 'tcp_retransmit_synack';
  t: number;
  host: string;
  comm: string;
  skaddr: string;
  /** tcp_retransmit_synack: the request sock. */
  req?: string;
  skbaddr?: string;
  family: 'AF_INET';
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
  /** Absent for TCP segments; "UDP" for a datagram (ports from its udphdr), "ICMP" for an ICMP message (ports 0). */
  proto?: 'UDP' | 'ICMP';
  /** ICMP: type and code, and the datagram the error quotes (its addresses and ports). */
  icmp?: { type: number; code: number; quoted: { saddr: string; sport: number; daddr: string; dport: number; protocol: string } };
  seq: number;
  ack: number;
  win: number;
  len: number;
  mss?: number;
  /** UDP: the udphdr's len field (8 + payload). */
  ulen?: number;
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

/**
 * The recorded trace. Rich events are stored as objects; the frequent ones — every executed line,
 * every call and return — are packed into small integers, and the clock is recorded only when it
 * moves. The integers live in fixed-size Int32Array chunks (cheap to append, nothing for the
 * garbage collector to scan); a negative entry -(i + 1) points at `side[i]`, which holds either a
 * rich event or a new clock value. `events()` turns the packed form back into TraceEvent objects.
 */
export class TraceBuffer {
  private chunks: Int32Array[] = [];
  private cur = new Int32Array(FIRST_CHUNK);
  private pos = 0;
  /** Entries in the chunks before `cur` (all full). */
  private done = 0;
  private side: Array<number | TraceEvent> = [];
  private lastT = 0;
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

  /** A new chunk, twice the last one's size up to MAX_CHUNK: short runs stay small, long ones never copy. */
  private grow(): void {
    this.done += this.cur.length;
    this.cur = new Int32Array(Math.min(this.cur.length * 2, MAX_CHUNK));
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

  /** kind 0 line (id = anchor), 1 enter, 2 exit (id = function). */
  packed(kind: number, t: number, task: number, depth: number, id: number): void {
    if (t !== this.lastT) this.time(t);
    if (task < 1024 && depth < 64 && id < 4096) {
      // put(), by hand: this runs for every executed line
      if (this.pos === this.cur.length) this.grow();
      this.cur[this.pos++] = (kind << 28) | (task << 18) | (depth << 12) | id;
    } else this.put(-this.side.push(unpack((kind << 28) | (0 << 18) | 0 | 0, t, this.taskName, { task, depth, id })));
  }

  /**
   * The fast path's lines (Engine.atFast): between fastEnter/fastExit the task and depth stay put,
   * so a line is the anchor or'ed into the packed task and depth kept here (-1: not packable).
   */
  private lineBase = -1;
  private lineTask = 0;
  private lineDepth = 0;
  /**
   * The twins' line write (scripts/fastpath.cjs writes it inline): while pos < lim, a line is
   * `cur[pos++] = lineBase | anchor`. lim is cur.length only when that is right — lineBase packable,
   * every anchor below 4096, the clock recorded is the engine's (the engine calls clockMoved()) —
   * and 0 otherwise, so the line goes through fastLine(), which sets it again.
   */
  lim = 0;

  /** Whether lines at lineBase can be written inline (see lim); lastT is the engine's clock. */
  private setLim(): void {
    this.lim = this.lineBase >= 0 && ANCHORS.length <= 4096 ? this.cur.length : 0;
  }

  /** The engine's clock moved: the next line records it (through fastLine). */
  clockMoved(): void {
    this.lim = 0;
  }

  /** An enter event (as packed(1, …)) at the engine's time t; the lines that follow are at its depth. */
  fastEnter(t: number, task: number, depth: number, id: number): void {
    if (t === this.lastT && task < 1024 && depth < 64 && id < 4096 && this.pos < this.cur.length) {
      const base = (task << 18) | (depth << 12);
      this.cur[this.pos++] = (1 << 28) | base | id;
      this.lineBase = base;
      this.lineTask = task;
      this.lineDepth = depth;
    } else {
      this.packed(1, t, task, depth, id);
      this.setLineBase(task, depth);
    }
    this.setLim();
  }

  /** An exit event (as packed(2, …)) at the engine's time t; the lines that follow are one level up. */
  fastExit(t: number, task: number, depth: number, id: number): void {
    if (t === this.lastT && task < 1024 && depth < 64 && id < 4096 && this.pos < this.cur.length) {
      this.cur[this.pos++] = (2 << 28) | (task << 18) | (depth << 12) | id;
      this.lineBase = depth > 0 ? (task << 18) | ((depth - 1) << 12) : -1;
      this.lineTask = task;
      this.lineDepth = depth - 1;
    } else {
      this.packed(2, t, task, depth, id);
      this.setLineBase(task, depth - 1);
    }
    this.setLim();
  }

  /** The task and depth of the fast path's next lines (after a generator ran under a twin). */
  setLineBase(task: number, depth: number): void {
    this.lineTask = task;
    this.lineDepth = depth;
    this.lineBase = task < 1024 && depth < 64 ? (task << 18) | (depth << 12) : -1;
    // (the clock may not be the engine's: the next line goes through fastLine)
    this.lim = 0;
  }

  /**
   * A line event (as packed(0, …)) at the engine's time t, at the task and depth of the last
   * fastEnter/fastExit/setLineBase. The twins write its common case inline (see lim): keep those
   * fields' names and meaning in step with the generated code.
   */
  fastLine(t: number, anchor: number): void {
    if (t !== this.lastT) this.time(t);
    const base = this.lineBase;
    if (base >= 0 && anchor < 4096) {
      if (this.pos === this.cur.length) this.grow();
      this.cur[this.pos++] = base | anchor;
    } else this.packed(0, t, this.lineTask, this.lineDepth, anchor);
    this.setLim();
  }

  clear(): void {
    this.cur = new Int32Array(FIRST_CHUNK);
    this.chunks = [this.cur];
    this.pos = 0;
    this.done = 0;
    this.lim = 0;
    this.side = [];
  }

  /** Materializes the events from index `from` on. */
  *events(from = 0): Generator<TraceEvent> {
    let t = 0;
    let i = 0;
    for (let c = 0; c < this.chunks.length; c++) {
      const chunk = this.chunks[c];
      // (the last chunk's fill is read on each step: the trace may grow while it is read)
      for (let j = 0; j < (chunk === this.cur ? this.pos : chunk.length); j++, i++) {
        const op = chunk[j];
        if (op >= 0) {
          if (i >= from) yield unpack(op, t, this.taskName);
        } else {
          const x = this.side[-op - 1];
          if (typeof x === 'number') t = x;
          else {
            t = x.t;
            if (i >= from) yield x;
          }
        }
      }
    }
  }

  toArray(): TraceEvent[] {
    return [...this.events()];
  }
}

/** Entries in the packed trace's first chunk, and at most in one chunk. */
const FIRST_CHUNK = 1 << 12;
const MAX_CHUNK = 1 << 20;

function unpack(op: number, t: number, taskName: (id: number) => string, wide?: { task: number; depth: number; id: number }): TraceEvent {
  const kind = op >>> 28;
  const task = wide ? wide.task : (op >>> 18) & 0x3ff;
  const depth = wide ? wide.depth : (op >>> 12) & 0x3f;
  const id = wide ? wide.id : op & 0xfff;
  if (kind === 0) {
    const a = ANCHORS[id];
    return { ev: 'line', t, task: taskName(task), fn: a.fn.name, file: a.fn.file, line: a.line, depth };
  }
  const fn = FUNCTIONS[id];
  return { ev: kind === 1 ? 'enter' : 'exit', t, task: taskName(task), fn: fn.name, file: fn.file, line: kind === 1 ? fn.defLine : fn.endLine };
}
