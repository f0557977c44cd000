// The engine that runs the simulated kernel: a virtual clock with an event queue, tasks (processes
// running syscalls, each host's softirq context) as generators, and stepping. Every simulated
// kernel function is a generator that calls `at(line)` before each line; `at` returns true when
// the engine wants to pause there, and the function then yields. Blocking is `yield SLEEP`.
// Nothing here knows about VS Code or the DOM; nothing reads the wall clock.

import { ANCHORS, FnDef, FUNCTIONS } from './anchors';
import { ENTER, EXIT, ID_MASK, LINE_ANCHOR, LINE_RUN_SHIFT, TraceBuffer, TraceEvent } from './trace';
import { History } from './history';

export const SLEEP = Symbol('sleep');
/** What a simulated function yields: `undefined` to pause at the line it is on, SLEEP to block. */
export type Yield = undefined | typeof SLEEP;
export type Sim<T> = Generator<Yield, T, void>;

export class Frame {
  /** Anchor id of the line about to run, or -1 before the first one. */
  line = -1;
  /** Set until the first line of the frame has been reached (function breakpoints stop there). */
  fresh = true;
  /** For the user-space frame: the scenario line of the call. */
  scenarioLine = 0;
  constructor(
    readonly fn: FnDef,
    /** The values this frame holds, by their C names (sock, sk, req, skb, err, answer …). */
    readonly vars: Record<string, unknown>,
  ) {}
}

export type TaskState = 'idle' | 'runnable' | 'running' | 'sleeping';

/**
 * Whoever waits for a task's run to end: taskDone() gets the run's return value. An object with a
 * method rather than a closure: the runner's record of a system call is this object itself, so a
 * call makes no closure and no context.
 */
export interface TaskDone {
  taskDone(ret: unknown): void;
}

export class Task {
  stack: Frame[] = [];
  gen: Sim<unknown> | null = null;
  state: TaskState = 'idle';
  /** What a sleeping task waits for, in the kernel's words (e.g. "inet_csk_wait_for_connect"). */
  waitChannel: string | null = null;
  onDone: TaskDone | null = null;
  /** Whoever owns the task (a Process or a Host's softirq) — opaque to the engine. */
  owner: unknown = null;
  constructor(
    readonly id: number,
    readonly name: string,
    readonly kind: 'process' | 'softirq',
    readonly hostName: string,
  ) {}
}

export interface TimedEvent {
  t: number;
  seq: number;
  fire: () => void;
  cancelled: boolean;
}

/** The user-space side: feeds work to the engine (the scenario script). */
export interface Driver {
  /**
   * Do the next piece of user-space work. 'progress': something happened, call again;
   * 'blocked': waiting for the kernel or for time; 'done': nothing left; 'paused': stop here.
   */
  step(): 'progress' | 'blocked' | 'done' | 'paused';
}

export type StopReason =
  | 'step'
  | 'breakpoint'
  | 'function breakpoint'
  | 'pause'
  | 'statement'
  | 'goto'
  | 'end'
  | 'deadlock'
  | 'error';

export interface Stop {
  reason: StopReason;
  task: Task | null;
  /** The anchor the task is stopped at (for reasons that stop on a kernel line). */
  anchor: number;
  /** Position in the run: how many steps (lines and statements) have executed. */
  step: number;
  message?: string;
  error?: unknown;
}

export type StepKind = 'in' | 'over' | 'out';

/**
 * Why the engine asks a breakpoint filter about a line: 'function' when it is the first line of a
 * frame whose function has a function breakpoint (line breakpoints on that same line are decided by
 * this one call too), 'line' when it only has a line breakpoint.
 */
export type BreakpointKind = 'line' | 'function';

/**
 * Decides, at a line with a breakpoint, whether to stop (conditions, hit counts, logpoints). Called
 * at most once per executed line.
 */
export type BreakpointFilter = (anchor: number, task: Task, frame: Frame, kind: BreakpointKind) => boolean;

/** Decides, before a scenario statement (its line in the scenario), whether to stop there. */
export type StatementFilter = (line: number) => boolean;

/** Sees every executed kernel line: the task, its stack depth and the line's anchor. */
/** How long the world may run on after the scenario's last statement (30 min: every finite timer of TCP's ends within it). */
export const AFTER_END_US = 30 * 60 * 1_000_000;

export type LineObserver = (taskId: number, depth: number, anchor: number) => void;

/**
 * The pending timed events, in (t, seq) order. Events are filed by their delay: the clock never
 * goes back, so each delay's events arrive in order and a FIFO per delay stays sorted — the next
 * event is the earliest head among the few FIFOs (the link delay, the RTO, TIME_WAIT's 60 s …).
 * The timer wheel's ticks are filed under negative keys of their own, one per timer delay
 * (Engine.scheduleAt), which keep that order too.
 */
class EventQueue {
  private byDelay = new Map<number, EventFifo>();
  private fifos: EventFifo[] = [];
  get size(): number {
    let n = 0;
    for (const q of this.fifos) n += q.len - q.head;
    return n;
  }
  /** peekTime()'s answer, or NaN when a pop may have changed it (NaN <= x is false: see peekTime). */
  private nextT = Infinity;
  push(e: TimedEvent, delay: number): void {
    if (e.t < this.nextT) this.nextT = e.t;
    let q = this.byDelay.get(delay);
    if (!q) {
      q = { delay, a: [], head: 0, len: 0, ht: 0, hs: 0 };
      this.byDelay.set(delay, q);
      this.fifos.push(q);
    }
    if (q.head === q.len) {
      q.ht = e.t;
      q.hs = e.seq;
    }
    q.a[q.len++] = e;
  }
  pop(): TimedEvent | undefined {
    const fifos = this.fifos;
    let best: EventFifo | null = null;
    let bi = -1;
    for (let i = 0; i < fifos.length; i++) {
      const q = fifos[i];
      if (q.head === q.len) continue;
      if (!best || q.ht < best.ht || (q.ht === best.ht && q.hs < best.hs)) {
        best = q;
        bi = i;
      }
    }
    if (!best) return undefined;
    this.nextT = NaN;
    const e = best.a[best.head];
    best.a[best.head++] = undefined as unknown as TimedEvent;
    if (best.head === best.len) {
      // empty: the array keeps its slots for the next events with this delay (no reallocation)
      best.head = 0;
      best.len = 0;
      // an empty FIFO stays for the next event with its delay, unless there are many delays
      if (fifos.length > 16) {
        fifos.splice(bi, 1);
        this.byDelay.delete(best.delay);
      }
    } else {
      const h = best.a[best.head];
      best.ht = h.t;
      best.hs = h.seq;
      if (best.head >= 1024 && best.head * 2 >= best.len) {
        best.a = best.a.slice(best.head, best.len);
        best.len -= best.head;
        best.head = 0;
      }
    }
    return e;
  }
  /**
   * Takes the cancelled events at the end of the FIFO of `delay` out of the queue (they would be
   * skipped when popped): a timer armed and disarmed again before anything else was filed with its
   * delay leaves nothing behind (on a clock that does not reach them, they piled up).
   */
  dropCancelledTail(delay: number): void {
    const q = this.byDelay.get(delay);
    if (q === undefined || q.len === q.head || !q.a[q.len - 1].cancelled) return;
    do q.a[--q.len] = undefined as unknown as TimedEvent;
    while (q.len > q.head && q.a[q.len - 1].cancelled);
    if (q.head === q.len) {
      q.head = 0;
      q.len = 0;
    }
    this.nextT = NaN;
  }
  /** The time of the earliest pending event, or Infinity. */
  peekTime(): number {
    // (the run loop asks before every step; the answer changes only when an event is popped)
    if (this.nextT === this.nextT) return this.nextT;
    let t = Infinity;
    // (an indexed loop: this runs between events, and an iterator here was garbage each time)
    const fifos = this.fifos;
    for (let i = 0; i < fifos.length; i++) {
      const q = fifos[i];
      if (q.head < q.len && q.ht < t) t = q.ht;
    }
    this.nextT = t;
    return t;
  }
  all(): TimedEvent[] {
    const out: TimedEvent[] = [];
    for (const q of this.fifos) for (let i = q.head; i < q.len; i++) if (!q.a[i].cancelled) out.push(q.a[i]);
    return out.sort((x, y) => (before(x, y) ? -1 : 1));
  }
}
interface EventFifo {
  delay: number;
  /** Events in a[head..len); the slots past len are free (undefined). */
  a: TimedEvent[];
  head: number;
  len: number;
  /**
   * The head event's time and sequence number while the FIFO has events (set as it gets its head):
   * pop() and peekTime() compare the FIFOs' heads without reading each head event, often an old
   * object out of the cache (a TIME_WAIT timer filed a minute of virtual time ago).
   */
  ht: number;
  hs: number;
}
function before(x: TimedEvent, y: TimedEvent): boolean {
  return x.t < y.t || (x.t === y.t && x.seq < y.seq);
}

export interface EngineOptions {
  /** Record trace events (syscalls, tracepoints, packets, calls and lines). */
  trace?: boolean;
  /** With trace: also record every executed line (enter/exit/line events). */
  traceLines?: boolean;
  /** Keep the history a view draws (segments so far, state transitions, system calls): see history.ts. */
  history?: boolean;
  /**
   * Without trace: record every executed line's task and depth only (`lineTrace`, no events) — the
   * debugger's record for stepping back, written inline by the twins like the trace's lines.
   */
  lineRecord?: boolean;
}

/**
 * The engine of the run in progress: simulated kernel code reaches it through here. Set in one place,
 * Engine.install() — which run() calls, and a run's owner before it builds the run's world — so
 * kernel code never meets another run's engine.
 */
export let E: Engine;

/** Who hands out kernel objects' ids: the world the objects belong to (world/world.ts). */
export interface ObjectIds {
  nextObjectId(): number;
}

export class Engine {
  now = 0; // virtual time, microseconds
  /** When the scenario's driver had nothing more to do (null: not yet). */
  private doneAt: number | null = null;
  steps = 0;
  /**
   * Where kernel objects get their ids (and fake addresses), stable per run: the world of this run
   * installs itself; an engine without a world counts on its own.
   */
  objectIds: ObjectIds = new Counter();
  readonly tasks: Task[] = [];
  current: Task | null = null;
  driver: Driver | null = null;
  trace: TraceBuffer | null;
  readonly traceLines: boolean;
  /** Where lines, enters, exits and task switches are recorded: the trace when it records lines, a lines-only record (lineRecord), or null. */
  readonly lineTrace: TraceBuffer | null;
  readonly history: History | null;
  /** Whether anyone records events (trace or history): kernel code builds an event only then. */
  readonly recording: boolean;

  private events = new EventQueue();
  /** The timer wheel's ticks with timers due, by jiffy (core/timer.ts): one event per tick, its timers in the wheel's order. */
  readonly timerTicks = new Map<number, TimedEvent>();
  private seq = 0;
  /**
   * The runnable tasks in order: runq[runqHead..runqLen), the other slots null. A FIFO on an array
   * that is never shortened — an array emptied by shift() gives up its store, and the next push()
   * (one per system call or softirq run) allocated a new one.
   */
  private runq: Array<Task | null> = [];
  private runqHead = 0;
  private runqLen = 0;
  private runqPush(task: Task): void {
    this.runq[this.runqLen++] = task;
  }
  /** The first runnable task, taken off the queue, or null. */
  private runqTake(): Task | null {
    if (this.runqHead === this.runqLen) return null;
    const t = this.runq[this.runqHead];
    this.runq[this.runqHead++] = null;
    if (this.runqHead === this.runqLen) this.runqHead = this.runqLen = 0;
    return t;
  }
  private frame: Frame | null = null;

  // stepping and breakpoints
  /** Whether at() has anything to check (stepping, stop-at-step, breakpoints). */
  private watching = false;
  /** Whether atStatement() has: the same, or a statement filter. */
  private watchingStatements = false;
  private stepping: { kind: StepKind; task: Task | null; depth: number } | null = null;
  private stopAt = -1;
  private readonly lineBreaks = new Uint8Array(ANCHORS.length + 1);
  private readonly fnBreaks = new Uint8Array(FUNCTIONS.length + 1);
  private nLineBreaks = 0;
  private nFnBreaks = 0;
  breakpointFilter: BreakpointFilter | null = null;
  private stmtFilter: StatementFilter | null = null;
  /**
   * Called before every kernel line runs (after the step count moved on to it), whatever the
   * stepping state; null costs nothing. For tools that keep their own record of the run.
   */
  get lineObserver(): LineObserver | null {
    return this.obs;
  }
  set lineObserver(fn: LineObserver | null) {
    this.obs = fn;
    this.obsSink = fn === null ? null : new ObserverSink(this, fn);
    this.lineSink = this.obsSink !== null ? this.obsSink : this.lineTrace;
    this.updateWatching();
  }
  private obsSink: ObserverSink | null = null;
  /**
   * Where the twins write their lines, enters and exits: the trace when it records lines, and a line
   * observer's sink when there is one (it decodes the entries and tells the observer, then passes
   * them to the trace); null when nobody looks. (A field, set where either changes: every twin
   * reads it once per call.)
   */
  lineSink: TraceBuffer | ObserverSink | null = null;
  private obs: LineObserver | null = null;
  /**
   * Nothing can pause (no stepping, breakpoints or stop-at-step): kernel functions that cannot sleep
   * run as their plain twins (generated by scripts/gen-kernel.ts, see scripts/twins.cjs). A line
   * observer sees the twins' lines too.
   */
  fast = true;
  /**
   * With breakpoints but no stepping or stop-at-step: per twin (its registry index, `fn.k`), 1 when no
   * breakpoint can hit in it or in anything it can call — it runs as its twin there too.
   */
  twinOk: Uint8Array = NO_TWINS;
  private twinsOff = false;
  private pending: Stop | null = null;
  private dead: Stop | null = null;

  constructor(opts: EngineOptions = {}) {
    this.trace = opts.trace ? new TraceBuffer((id) => this.tasks[id - 1]?.name ?? `task${id}`) : null;
    this.traceLines = !!opts.trace && !!opts.traceLines;
    this.lineTrace = this.traceLines ? this.trace : opts.lineRecord ? new TraceBuffer((id) => this.tasks[id - 1]?.name ?? `task${id}`) : null;
    this.lineSink = this.lineTrace;
    this.history = opts.history ? new History() : null;
    this.recording = !!this.trace || !!this.history;
  }

  /** Makes this engine the one kernel code reaches as E (see E). */
  install(): void {
    E = this;
  }

  // ---- tasks -------------------------------------------------------------------------------

  newTask(name: string, kind: 'process' | 'softirq', hostName: string, owner: unknown): Task {
    const t = new Task(this.tasks.length + 1, name, kind, hostName);
    t.owner = owner;
    this.tasks.push(t);
    return t;
  }

  /** Starts `gen` on an idle task; `onDone.taskDone()` gets its return value. */
  start(task: Task, gen: Sim<unknown>, onDone: TaskDone, base: Frame | null = null): void {
    if (task.gen) throw new Error(`task ${task.name} is busy`);
    task.gen = gen;
    // (the task keeps one stack array for all its runs: emptied by pop(), which keeps its room)
    const st = task.stack;
    while (st.length) st.pop();
    if (base !== null) st.push(base);
    task.onDone = onDone;
    task.state = 'runnable';
    this.runqPush(task);
  }

  /** Wakes a sleeping task (the kernel's try_to_wake_up). */
  wake(task: Task): void {
    if (task.state !== 'sleeping') return;
    task.state = 'runnable';
    task.waitChannel = null;
    this.runqPush(task);
  }

  // ---- time --------------------------------------------------------------------------------

  schedule(delayUs: number, fire: () => void): TimedEvent {
    const e: TimedEvent = { t: 0, seq: 0, fire, cancelled: false };
    this.scheduleEvent(e, delayUs);
    return e;
  }

  /** schedule() for an object that is its own event (its fire() method runs): no closure per event. */
  scheduleEvent(e: TimedEvent, delayUs: number): void {
    const delay = Math.max(0, delayUs);
    e.t = this.now + delay;
    e.seq = this.seq++;
    this.events.push(e, delay);
  }

  /**
   * An event due at time `t` (≥ now), filed under `key` rather than its delay: the events of one key
   * must come due in the order they are filed (the timer wheel's ticks, keyed by their timer's delay:
   * core/timer.ts). Keys are negative, apart from the delays.
   */
  scheduleAt(e: TimedEvent, t: number, key: number): void {
    e.t = t;
    e.seq = this.seq++;
    this.events.push(e, key);
  }

  /** An event scheduled with `delayUs` was cancelled: the queue forgets it now where it can (see EventQueue.dropCancelledTail). */
  cancelled(delayUs: number): void {
    this.events.dropCancelledTail(Math.max(0, delayUs));
  }
  /** cancelled() for an event filed under a key (scheduleAt). */
  cancelledKey(key: number): void {
    this.events.dropCancelledTail(key);
  }

  pendingEvents(): TimedEvent[] {
    return this.events.all();
  }

  // ---- what simulated functions call -----------------------------------------------------------

  enter(fn: FnDef, vars: Record<string, unknown>): Frame {
    const f = new Frame(fn, vars);
    const t = this.current!;
    t.stack.push(f);
    this.frame = f;
    if (this.lineTrace !== null) this.lineTrace.op(this.now, ENTER | fn.id);
    return f;
  }

  leave(f: Frame): void {
    const t = this.current!;
    const st = t.stack;
    if (st[st.length - 1] === f) {
      st.pop();
    } else {
      // pop down to (and including) f, tolerating frames left by an exception
      let i = st.length - 1;
      while (i >= 0 && st[i] !== f) i--;
      if (i >= 0) st.length = i;
      // (the trace's depth skips the frames popped with it)
      if (this.lineTrace !== null) this.lineTrace.context(t.id, st.length + this.twinDepth + 1);
    }
    this.frame = st.length ? st[st.length - 1] : null;
    if (this.lineTrace !== null) this.lineTrace.op(this.now, EXIT | f.fn.id);
  }

  // ---- what the fast-path twins call instead (only while `fast`: nothing can look at the frames) ----
  // (a twin's at() is inlined by scripts/twins.cjs: ++steps, and the line's trace entry when tracing lines)

  /**
   * enter() and leave() of a twin, which scripts/twins.cjs writes inline, push no Frame: they write
   * the enter's trace entry, and the exit's at each return (a twin has no try/finally). They leave
   * `frame` alone: only a generator run under a twin moves it, and driveToEnd puts it back.
   */
  restoreFrame(): void {
    const st = this.current!.stack;
    this.frame = st.length ? st[st.length - 1] : null;
  }
  /**
   * The twins running now on the current task, which hold no place on its stack: a task's depth
   * (what a line observer and the trace's context entries see) is its stack's length plus this. Only
   * a line observer needs it while twins run, so the twins do not count it: its sink does, from their
   * enter and exit entries (ObserverSink.depth). 0 whenever no twin runs — a twin runs to its end
   * without a task switch (it cannot sleep or pause), so it is 0 at every switch and every stop, and
   * no twin runs while anything steps.
   */
  get twinDepth(): number {
    return this.obsSink !== null ? this.obsSink.depth : 0;
  }

  /** Marks the line about to run; true when the engine wants to pause before it. */
  at(anchor: number): boolean {
    const f = this.frame!;
    f.line = anchor;
    ++this.steps;
    const tb = this.lineTrace;
    // (TraceBuffer.op's common case written out, as the twins do: see TraceBuffer.lim)
    if (tb !== null) {
      if (tb.pos < tb.lim) tb.cur[tb.pos++] = anchor;
      else tb.op(this.now, anchor);
    }
    const obs = this.lineObserver;
    if (obs !== null) obs(this.current!.id, this.current!.stack.length + this.twinDepth, anchor);
    if (!this.watching) {
      f.fresh = false;
      return this.steps >= this.sliceEnd && this.sliceStop(this.current, anchor);
    }
    return this.checkLine(f, anchor) || (this.steps >= this.sliceEnd && this.sliceStop(this.current, anchor));
  }

  /**
   * The end of a slice of a long run (a debugger's continue, which stays responsive between
   * slices): run() returns a 'goto' stop at the first kernel line or statement the engine looks at
   * from step n on. Unlike stop-at-step it is not exact, and twins run on: where no breakpoint can
   * hit, a twin's lines go by without a look. Infinity: no slice.
   */
  setSliceEnd(n: number): void {
    this.sliceEnd = n;
  }
  private sliceEnd = Infinity;
  private sliceStop(task: Task | null, anchor: number): boolean {
    this.sliceEnd = Infinity;
    return this.stopHere('goto', task, anchor);
  }

  emit(ev: TraceEvent): void {
    if (this.trace) this.trace.push(ev);
    if (this.history) this.history.add(ev);
  }

  // ---- stepping ---------------------------------------------------------------------------------

  setLineBreakpoints(anchors: Iterable<number>): void {
    this.clearOfBreakpoints = null;
    this.lineBreaks.fill(0);
    this.nLineBreaks = 0;
    for (const a of anchors) {
      if (!this.lineBreaks[a]) this.nLineBreaks++;
      this.lineBreaks[a] = 1;
    }
    this.updateWatching();
  }

  setFunctionBreakpoints(fns: Iterable<number>): void {
    this.clearOfBreakpoints = null;
    this.fnBreaks.fill(0);
    this.nFnBreaks = 0;
    for (const f of fns) {
      if (!this.fnBreaks[f]) this.nFnBreaks++;
      this.fnBreaks[f] = 1;
    }
    this.updateWatching();
  }

  /** Arms a step for the next run(): relative to `task`'s current depth. */
  setStep(kind: StepKind | null, task: Task | null): void {
    this.stepping = kind ? { kind, task, depth: task ? task.stack.length : 0 } : null;
    this.updateWatching();
  }

  /** Called before each scenario statement (with its scenario line); returning true stops there. */
  setStatementFilter(fn: StatementFilter | null): void {
    this.stmtFilter = fn;
    this.updateWatching();
  }
  get statementFilter(): StatementFilter | null {
    return this.stmtFilter;
  }
  /** Same as setStatementFilter. */
  set statementFilter(fn: StatementFilter | null) {
    this.setStatementFilter(fn);
  }

  /**
   * Stop when the run reaches step number n (time travel replays to a step this way). At that step
   * breakpoints are still decided first: when the breakpoint filter (or the statement filter, before
   * a statement) says stop, the stop is reported as that breakpoint ('breakpoint', 'function
   * breakpoint', 'statement'), otherwise as 'goto'. Either way the step is reached and stopAt clears.
   */
  setStopAtStep(n: number): void {
    this.stopAt = n;
    this.updateWatching();
  }

  /** Off: every kernel function runs as its generator (the fast-path tests compare both ways). */
  setTwins(on: boolean): void {
    this.twinsOff = !on;
    this.updateWatching();
  }

  private updateWatching(): void {
    this.watching = this.stepping !== null || this.stopAt >= 0 || this.nLineBreaks > 0 || this.nFnBreaks > 0;
    this.watchingStatements = this.watching || this.stmtFilter !== null;
    this.fast = !this.watching && !this.twinsOff;
    this.twinOk = this.fast || this.twinsOff || this.stepping !== null || this.stopAt >= 0 ? NO_TWINS : this.twinsClearOfBreakpoints();
  }

  /** twinOk for the breakpoints set (worked out once per set: stops come far more often than changes). */
  private clearOfBreakpoints: Uint8Array | null = null;
  /** A twin may run when no function it can reach has a breakpoint. */
  private twinsClearOfBreakpoints(): Uint8Array {
    if (this.clearOfBreakpoints !== null) return this.clearOfBreakpoints;
    const names = new Set<string>();
    for (let f = 0; f < this.fnBreaks.length; f++) if (this.fnBreaks[f]) names.add(FUNCTIONS[f].name);
    for (let a = 0; a < this.lineBreaks.length; a++) if (this.lineBreaks[a] && ANCHORS[a]) names.add(ANCHORS[a].fn.name);
    return (this.clearOfBreakpoints = twinsClear(names));
  }

  /** Called by the driver before a scenario statement runs; true means pause before it. */
  atStatement(line: number): boolean {
    ++this.steps;
    if (!this.watchingStatements) return this.steps >= this.sliceEnd && this.sliceStop(null, -1);
    const filter = this.stmtFilter;
    if (this.steps === this.stopAt) {
      if (filter !== null && filter(line)) return this.stopHere('statement', null, -1);
      return this.stopHere('goto', null, -1);
    }
    if (this.stepping) {
      const s = this.stepping;
      // a statement is user space: depth 0 for any task
      if (s.kind === 'in' || s.kind === 'over' || s.kind === 'out') return this.stopHere('step', null, -1);
    }
    if (filter !== null && filter(line)) return this.stopHere('statement', null, -1);
    return this.steps >= this.sliceEnd && this.sliceStop(null, -1);
  }

  private checkLine(f: Frame, anchor: number): boolean {
    const fresh = f.fresh;
    f.fresh = false;
    const task = this.current!;
    if (this.steps === this.stopAt) return this.checkBreakpoints(f, anchor, task, fresh) || this.stopHere('goto', task, anchor);
    const s = this.stepping;
    if (s) {
      const depth = task.stack.length + this.twinDepth;
      if (s.kind === 'in') return this.stopHere('step', task, anchor);
      if (s.task === null || s.task === task) {
        if (s.kind === 'over' && depth <= s.depth) return this.stopHere('step', task, anchor);
        if (s.kind === 'out' && depth < s.depth) return this.stopHere('step', task, anchor);
      }
    }
    return this.checkBreakpoints(f, anchor, task, fresh);
  }

  /** Function and line breakpoints at this line: one call of the filter decides both. */
  private checkBreakpoints(f: Frame, anchor: number, task: Task, fresh: boolean): boolean {
    const fnEntry = fresh && this.nFnBreaks > 0 && this.fnBreaks[f.fn.id] === 1;
    if (!fnEntry && !(this.nLineBreaks > 0 && this.lineBreaks[anchor] === 1)) return false;
    const filter = this.breakpointFilter;
    if (filter !== null && !filter(anchor, task, f, fnEntry ? 'function' : 'line')) return false;
    return this.stopHere(fnEntry ? 'function breakpoint' : 'breakpoint', task, anchor);
  }

  private stopHere(reason: StopReason, task: Task | null, anchor: number): boolean {
    this.pending = { reason, task, anchor, step: this.steps };
    this.stepping = null;
    if (this.steps === this.stopAt) this.stopAt = -1;
    this.updateWatching();
    return true;
  }

  /** A `pause` statement of the scenario asks to stop. */
  requestPause(message: string): void {
    this.pending = { reason: 'pause', task: null, anchor: -1, step: this.steps, message };
    this.stepping = null;
    this.updateWatching();
  }

  // ---- the run loop -----------------------------------------------------------------------------

  /** Runs until something asks to stop, or the world has nothing left to do. */
  run(): Stop {
    if (this.dead) return this.dead;
    this.install();
    try {
      for (;;) {
        let t = this.current;
        if (!t) {
          t = this.runqTake();
          if (t) {
            this.current = t;
            t.state = 'running';
            this.frame = t.stack.length ? t.stack[t.stack.length - 1] : null;
            // (the trace's entries carry neither task nor depth: see TraceBuffer)
            if (this.lineTrace !== null) this.lineTrace.context(t.id, t.stack.length);
          }
        }
        if (t) {
          const r = t.gen!.next();
          if (!r.done) {
            if (r.value === SLEEP) {
              t.state = 'sleeping';
              this.current = null;
              this.frame = null;
              continue;
            }
            const stop = this.pending ?? { reason: 'step' as const, task: t, anchor: this.frame?.line ?? -1, step: this.steps };
            this.pending = null;
            return stop;
          }
          t.state = 'idle';
          t.gen = null;
          const st = t.stack;
          while (st.length) st.pop();
          this.current = null;
          this.frame = null;
          const done = t.onDone;
          t.onDone = null;
          done?.taskDone(r.value);
          if (this.pending) return this.takePending();
          continue;
        }
        // work already due (a packet this host sent itself over loopback, a timer due now) runs
        // before user space goes on — as softirqs run before a system call returns
        if (this.events.peekTime() <= this.now) {
          const ev = this.events.pop()!;
          if (!ev.cancelled) {
            ev.fire();
            if (this.pending) return this.takePending();
          }
          continue;
        }
        const d = this.driver ? this.driver.step() : 'done';
        if (d === 'progress') {
          if (this.pending) return this.takePending();
          continue;
        }
        if (d === 'paused') return this.takePending();
        if (this.runqLen !== this.runqHead) continue;
        // (past the scenario's end the world runs on until it is quiet — TIME_WAIT, retransmissions
        // giving up — but for at most AFTER_END_US: a zero-window probe, answered, goes on for ever)
        if (d === 'done' && this.events.peekTime() > (this.doneAt ??= this.now) + AFTER_END_US) return { reason: 'end', task: null, anchor: -1, step: this.steps };
        const ev = this.events.pop();
        if (!ev) {
          if (d === 'done') return { reason: 'end', task: null, anchor: -1, step: this.steps };
          return { reason: 'deadlock', task: null, anchor: -1, step: this.steps };
        }
        if (ev.cancelled) continue;
        this.now = ev.t;
        // (the twins' inline line write holds only while the trace's clock is this one)
        if (this.trace !== null) this.trace.clockMoved();
        if (this.lineTrace !== null && this.lineTrace !== this.trace) this.lineTrace.clockMoved();
        ev.fire();
        if (this.pending) return this.takePending();
      }
    } catch (error) {
      this.dead = {
        reason: 'error',
        task: this.current,
        anchor: this.frame?.line ?? -1,
        step: this.steps,
        error,
        message: error instanceof Error ? error.stack ?? error.message : String(error),
      };
      return this.dead;
    }
  }

  private takePending(): Stop {
    const p = this.pending ?? { reason: 'pause' as const, task: null, anchor: -1, step: this.steps };
    this.pending = null;
    return p;
  }

  /** Done with this run's trace: it empties and its memory goes to the next runs' (TraceBuffer.release). */
  releaseTrace(): void {
    this.trace?.release();
    if (this.lineTrace !== this.trace) this.lineTrace?.release();
  }

  /** Runs to the end, ignoring stepping (breakpoints off). */
  runToEnd(): Stop {
    for (;;) {
      const s = this.run();
      if (s.reason === 'end' || s.reason === 'deadlock' || s.reason === 'error') return s;
    }
  }
}

/** The frame of the task running now (for simulated code that needs its own frame). */
export function at(anchor: number): boolean {
  return E.at(anchor);
}
export function enter(fnAnchors: { readonly fn: FnDef }, vars: Record<string, unknown>): Frame {
  return E.enter(fnAnchors.fn, vars);
}
export function leave(f: Frame): void {
  E.leave(f);
}

const NO_TWINS = new Uint8Array(0);

class Counter implements ObjectIds {
  private n = 0;
  nextObjectId(): number {
    return ++this.n;
  }
}

/**
 * A line observer's end of the twins' trace writes (Engine.lineSink): never room for an inline write
 * (pos = lim = 0), so every entry comes to op(), which tells the observer each line with the task
 * and depth it ran at — as at() tells it for the generators — and passes the entry to the trace when
 * that records lines.
 */
export class ObserverSink {
  readonly pos = 0;
  readonly lim = 0;
  readonly cur = new Int32Array(0);
  /** The twins running now (entered, not yet exited): Engine.twinDepth while this sink observes. */
  depth = 0;
  constructor(
    private readonly engine: Engine,
    private readonly obs: LineObserver,
  ) {}
  op(now: number, op: number): void {
    const e = this.engine;
    if (e.lineTrace !== null) e.lineTrace.op(now, op);
    const kind = op >>> 28;
    const id = op & ID_MASK;
    const anchor = id & LINE_ANCHOR;
    // a line entry: a run of n lines; an enter's: the n its function starts with (the twin counted
    // in first); an exit's: the n before its return (the twin counted out after them)
    const n = kind === 0 ? (id >>> LINE_RUN_SHIFT) + 1 : id >>> LINE_RUN_SHIFT;
    if (kind === 1) this.depth++;
    if (n !== 0) {
      const t = e.current!;
      const depth = t.stack.length + this.depth;
      for (let i = 0; i < n; i++) this.obs(t.id, depth, anchor + i);
    }
    if (kind === 2) this.depth--;
  }
}

/** The twins of the kernel's generators, by registry index: key (name, or module#name) and what each can call. */
const TWINS: Array<{ key: string; name: string; calls: () => Array<{ k?: number } | string> }> = [];
const twinIndex = new Map<string, number>();

/**
 * Registers a generator's twin (the generated modules do, as they load): `fn.fast` is the twin, `fn.k`
 * its index; `calls` gives the twins it may call, as the functions themselves or (out of its module's
 * scope) their keys.
 */
export function registerTwin(fn: unknown, twin: unknown, key: string, calls: () => Array<{ k?: number } | string>): void {
  (fn as { fast: unknown }).fast = twin;
  (fn as { k: number }).k = TWINS.length;
  twinIndex.set(key, TWINS.length);
  TWINS.push({ key, name: key.slice(key.indexOf('#') + 1), calls });
}

/** Per twin, the twins that may call it (built once every twin has registered: at the first breakpoints). */
let twinCallers: number[][] = [];
function callersOfTwins(): number[][] {
  if (twinCallers.length === TWINS.length) return twinCallers;
  twinCallers = TWINS.map(() => []);
  TWINS.forEach((t, i) => {
    for (const c of t.calls()) {
      const j = typeof c === 'string' ? twinIndex.get(c) : c.k;
      if (j !== undefined) twinCallers[j].push(i);
    }
  });
  return twinCallers;
}

/** Per twin, 1 when none of the named functions (those with breakpoints) is it or reachable from it. */
function twinsClear(names: Set<string>): Uint8Array {
  const ok = new Uint8Array(TWINS.length).fill(1);
  const callers = callersOfTwins();
  const todo: number[] = [];
  TWINS.forEach((t, i) => {
    if (names.has(t.name)) {
      ok[i] = 0;
      todo.push(i);
    }
  });
  while (todo.length) for (const c of callers[todo.pop()!]) if (ok[c]) {
    ok[c] = 0;
    todo.push(c);
  }
  return ok;
}

/** The frame every twin holds as its own (scripts/twins.cjs; never on a stack): a twin's frame is never looked at. */
export const FAST_FRAME = new Frame({ id: -1, name: '(fast)', file: '', defLine: 0, endLine: 0, anchors: [], upstreamLine: 0, url: '' }, {});
/**
 * fn(arg) as a task's generator, made only when the task first runs: if nothing can pause then and
 * fn has a fast-path twin, the twin runs instead, to its end (no generator at all).
 */
export function deferred<A, T>(fn: (arg: A) => Sim<T>, arg: A): Sim<T> {
  return new Deferred(fn, arg) as unknown as Sim<T>;
}
/**
 * deferred()'s generator: one object (no closure) per system call or softirq run. A caller may
 * extend it to keep its own record of the run in the same object (the scenario runner's calls).
 */
export class Deferred<A, T> {
  private g: Sim<T> | null = null;
  constructor(
    private readonly entry: (arg: A) => Sim<T>,
    private readonly entryArg: A,
  ) {}
  /** As the task's generator (Engine.start). */
  asSim(): Sim<T> {
    return this as unknown as Sim<T>;
  }
  next(): IteratorResult<Yield, T> {
    if (this.g === null) {
      const fn = this.entry as { fast?: (arg: A) => T; k?: number };
      const fast = fn.fast;
      if (fast !== undefined && (E.fast || E.twinOk[fn.k!] === 1)) return { done: true, value: fast(this.entryArg) };
      this.g = this.entry(this.entryArg);
    }
    return this.g.next();
  }
}

/**
 * A twin calling through a function pointer whose target has no twin: runs the generator to its
 * end. It cannot pause (the engine is fast) and must not sleep (the caller was proven not to).
 */
export function driveToEnd<T>(g: Sim<T>): T {
  try {
    const r = g.next();
    if (r.done) return r.value;
    throw new Error(r.value === SLEEP ? 'a kernel function that cannot sleep slept' : 'a kernel function paused on the fast path');
  } finally {
    // the generator's frames (and any twins under them) moved the current frame: back to the caller's
    E.restoreFrame();
  }
}

/** The running task as ftrace names it: the process, or <idle> for a softirq that interrupted nobody. */
export function tracingComm(): string {
  const t = E.current;
  return !t || t.kind === 'softirq' ? '<idle>' : t.name;
}
