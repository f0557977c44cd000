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
 * garbage collector to scan); a negative entry -(i + 1) points at `side[i]`, which holds a rich
 * event, a new clock value or a context. `events()` turns the packed form back into TraceEvent objects.
 *
 * A packed entry is `kind << 28 | id`: a line (kind 0, id = anchor), an enter (1) or an exit (2)
 * (id = function). Which task runs it and at what depth is not in the entry: a context entry (kind 3,
 * or a side Context when it does not fit) says which task runs from there on and its stack depth; an
 * enter goes one level down, an exit one level up. The engine writes a context whenever it switches
 * tasks (and when a return skips frames), so an entry is a constant the twins write inline.
 */
export class TraceBuffer {
  private chunks: Int32Array[] = [];
  cur = new Int32Array(FIRST_CHUNK);
  pos = 0;
  /** Entries in the chunks before `cur` (all full). */
  private done = 0;
  private side: Array<number | TraceEvent | Context> = [];
  private lastT = 0;
  /** The task and depth the first entry runs at (clear() keeps them from the entries it drops). */
  private startTask = 0;
  private startDepth = 0;
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

  /** From here on entries run in `task` at stack depth `depth`. */
  context(task: number, depth: number): void {
    if (task < 0x10000 && depth < 0x1000) this.put(CONTEXT | (task << 12) | depth);
    else this.put(-this.side.push(new Context(task, depth)));
  }

  clear(): void {
    // the entries dropped leave their task and depth to the ones that follow
    const end = { task: this.startTask, depth: this.startDepth };
    this.scan(end);
    this.startTask = end.task;
    this.startDepth = end.depth;
    this.cur = new Int32Array(FIRST_CHUNK);
    this.chunks = [this.cur];
    this.pos = 0;
    this.done = 0;
    this.lim = 0;
    this.side = [];
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

  /** Materializes the events from index `from` on. */
  *events(from = 0): Generator<TraceEvent> {
    let t = 0;
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
            if (i >= from) {
              const a = ANCHORS[id];
              yield { ev: 'line', t, task: this.taskName(task), fn: a.fn.name, file: a.fn.file, line: a.line, depth };
            }
          } else if (kind === 3) {
            task = (op >>> 12) & 0xffff;
            depth = op & 0xfff;
          } else {
            if (kind === 1) depth++;
            if (i >= from) {
              const fn = FUNCTIONS[id];
              yield { ev: kind === 1 ? 'enter' : 'exit', t, task: this.taskName(task), fn: fn.name, file: fn.file, line: kind === 1 ? fn.defLine : fn.endLine };
            }
            if (kind === 2) depth--;
          }
        } else {
          const x = this.side[-op - 1];
          if (typeof x === 'number') t = x;
          else if (x instanceof Context) {
            task = x.task;
            depth = x.depth;
          } else {
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

/** Packed entries: kind << 28 | id. */
export const LINE = 0;
export const ENTER = 1 << 28;
export const EXIT = 2 << 28;
const CONTEXT = 3 << 28;
const ID_MASK = (1 << 28) - 1;

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
