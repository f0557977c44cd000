// Runs a parsed scenario on the simulated kernel: builds the world (hosts, processes, link,
// sysctls), then acts as the engine's user-space driver — each call statement becomes a system
// call on its process's task; `&` calls run in the background; `wait`, `sleep` and `pause` steer
// the script. Results are checked against the scenario's expectations.

import type { Arg, Atom, Diagnostic, Expect, Scenario, Stmt } from './ast';
import { callSpec, DATA_CALLS, formOf, paramsFor, type ParamSpec } from './calls';
import { deferred, Deferred, Driver, Engine, EngineOptions, Frame, Stop, type TaskDone } from '../kernel/core/engine';
import type { FnDef } from '../kernel/core/anchors';
import { World, Process, Host } from '../kernel/world/world';
import { CONSTANTS, AF_INET, errnoName } from '../kernel/include/uapi';
import { SYSCTL_NAMES } from '../kernel/include/net/net_namespace';
import type { Sysctls } from '../kernel/include/net/net_namespace';
import { start_kernel, syscallEntry, sys_call_table, NotSimulated } from '../kernel/init/main';
import type { SyscallArg, SyscallEntry, SyscallResult, UserPollfd } from '../kernel/init/main';
import type { SockaddrIn } from '../kernel/include/linux/net';

/** CLONE_FILES (uapi/linux/sched.h): the new task shares the descriptor table — a thread. */
const CLONE_FILES = 0x400;

/** The user-space frame at the bottom of every process's stack: the scenario line making the call. */
export const USER_FN: FnDef = { id: -1, name: 'main', file: '', defLine: 0, endLine: 0, anchors: [], upstreamLine: 0, url: '' };

/**
 * The calls' results as columns: the statement (its process is the result's), the kernel's return
 * value (negative: -errno), the time, and the rare data a call returned by index. No object per call.
 */
class ResultLog {
  n = 0;
  private stmts: CallStmt[] = [];
  private ret = new Int32Array(256);
  private t = new Float64Array(256);
  private readonly data = new Map<number, string>();
  add(stmt: CallStmt, ret: number, t: number, data: string | undefined): void {
    const i = this.n++;
    if (i === this.ret.length) {
      const r = new Int32Array(i * 2);
      r.set(this.ret);
      this.ret = r;
      const tt = new Float64Array(i * 2);
      tt.set(this.t);
      this.t = tt;
    }
    // (an indexed store at the end: push() here was a call into the builtin per system call, the
    // array's kind having changed with its first statement)
    this.stmts[i] = stmt;
    this.ret[i] = ret;
    this.t[i] = t;
    if (data !== undefined) this.data.set(i, data);
  }
  at(i: number): CallResult {
    const stmt = this.stmts[i];
    const ret = this.ret[i];
    const r: CallResult = { stmt, proc: stmt.proc, ret: ret < 0 ? -1 : ret, t: this.t[i] };
    if (ret < 0) r.errno = errnoName(-ret);
    const data = this.data.get(i);
    if (data !== undefined) r.data = data;
    return r;
  }
}

export interface CallResult {
  stmt: Extract<Stmt, { kind: 'call' }>;
  proc: string;
  ret: number;
  errno?: string;
  data?: string;
  t: number;
}

export interface RunOptions extends EngineOptions {
  seed?: number;
  /**
   * Stop the run at the first call whose result differs from its expectation (the CLI's `run`: what
   * follows a different result is another story than the scenario's): the engine pauses there and
   * `mismatch` holds the problem.
   */
  stopOnMismatch?: boolean;
}

type CallStmt = Extract<Stmt, { kind: 'call' }>;

/** A call on its way: what completed() needs of its statement, read once (statements come in many shapes). */
interface Pending {
  stmt: CallStmt;
  fn: string;
  line: number;
  assign: string | null;
  expect: Expect | null;
  done: boolean;
}

/**
 * A system call on its way: the task's generator (deferred(): the kernel's entry, or its fast twin),
 * and what the task's end calls back — one object per call, no closure.
 */
class PendingCall extends Deferred<SyscallArg[], SyscallResult> implements Pending, TaskDone {
  done = false;
  constructor(
    private readonly run: ScenarioRun,
    private readonly p: Process,
    readonly stmt: CallStmt,
    readonly fn: string,
    readonly line: number,
    readonly assign: string | null,
    readonly expect: Expect | null,
    args: SyscallArg[],
    entry: SyscallEntry | null,
  ) {
    // (the plan's entry when it has one; syscallEntry names a call the table does not have)
    super(entry ?? syscallEntry(fn), args);
  }
  taskDone(ret: unknown): void {
    this.run.completed(this.p, this, ret as SyscallOutcome);
  }
}

/** The user-space frame's variables for each call name: the same object for every call (never written). */
const USER_VARS = new Map<string, Record<string, unknown>>();
function userVars(call: string): Record<string, unknown> {
  let v = USER_VARS.get(call);
  if (v === undefined) USER_VARS.set(call, (v = Object.freeze({ call })));
  return v;
}

/** The constants a scenario may name (AF_INET, SOCK_STREAM …): a Map, looked up once per argument. */
const CONSTANT_VALUES: ReadonlyMap<string, number> = new Map(Object.entries(CONSTANTS));

/** How step() treats a statement: passed over (set up when the run is built), a call (its CallPlan), any other. */
const OP_SETUP = 0;
const OP_CALL = 1;
const OP_OTHER = 2;

/** An argument as startCall resolves it: a value known from the text, an fd name, an address (a new object per call), anything else (resolve()). */
const ARG_VALUE = 0;
const ARG_NAME = 1;
const ARG_ADDR = 2;
const ARG_RESOLVE = 3;

/**
 * What startCall needs of a call statement, one object for all the statements written alike (the
 * same process, call, arguments, name bound, expectation and `&`; their lines differ): a scenario
 * that makes the same calls over and over — a benchmark, a loop unrolled — reads a few small plans
 * that stay in the cache, not each statement's syntax tree (its Loc objects, argument objects and
 * strings, spread over the heap: reading them missed the cache at every call — a tenth of a long
 * run's time).
 */
interface CallPlan {
  readonly proc: string;
  readonly fn: string;
  readonly assign: string | null;
  /** The expectation's kind and value (its Loc is the statement's own: stmt.expect). */
  readonly expect: Expect | null;
  readonly background: boolean;
  /** Per argument: ARG_VALUE (values[i]), ARG_NAME (names[i]), ARG_ADDR (the address args[i]), ARG_RESOLVE (resolve(args[i])). */
  readonly kinds: readonly number[];
  readonly values: ResolvedArg[];
  readonly names: string[];
  /** The first statement's arguments (the others' are the same but for their Locs). */
  readonly args: Arg[];
  /** Per argument, whether it is a byte count or string of data to send (DATA_CALLS): null when none is. */
  readonly data: readonly number[] | null;
  /** The user-space frame's variables (userVars). */
  readonly vars: Record<string, unknown>;
  /** The call's entry in sys_call_table (looked up once per plan, not per call), null when it has none. */
  readonly entry: SyscallEntry | null;
}

/** A scenario's statements as step() reads them, made once per scenario (PROGRAMS) and shared by its runs (a debugger's replays too). */
interface Program {
  readonly ops: Uint8Array;
  /** Each statement's scenario line. */
  readonly lines: Int32Array;
  /** Each call statement's plan (null for the others). */
  readonly plans: Array<CallPlan | null>;
}

/** The program of each statement list (a scenario is not changed once parsed: the length is checked all the same). */
const PROGRAMS = new WeakMap<readonly Stmt[], Program>();

function programOf(stmts: readonly Stmt[]): Program {
  const known = PROGRAMS.get(stmts);
  if (known !== undefined && known.ops.length === stmts.length) return known;
  const n = stmts.length;
  const ops = new Uint8Array(n);
  const lines = new Int32Array(n);
  const plans = new Array<CallPlan | null>(n).fill(null);
  // (per call name, the plans made last: a statement is compared with these few, field by field)
  const recent = new Map<string, CallPlan[]>();
  for (let i = 0; i < n; i++) {
    const s = stmts[i];
    lines[i] = s.loc.line;
    if (s.kind === 'host' || s.kind === 'process' || s.kind === 'link' || s.kind === 'linkrate' || s.kind === 'sysctl' || s.kind === 'mtu' || s.kind === 'txqueuelen') {
      ops[i] = OP_SETUP;
    } else if (s.kind === 'call') {
      ops[i] = OP_CALL;
      let last = recent.get(s.fn);
      if (last === undefined) recent.set(s.fn, (last = []));
      let plan: CallPlan | null = null;
      for (let k = last.length - 1; k >= 0 && plan === null; k--) if (alike(s, last[k])) plan = last[k];
      if (plan === null) {
        plan = makePlan(s);
        if (last.push(plan) > RECENT_PLANS) last.shift();
      }
      plans[i] = plan;
    } else {
      ops[i] = OP_OTHER;
    }
  }
  const prog: Program = { ops, lines, plans };
  PROGRAMS.set(stmts, prog);
  return prog;
}

/** How many plans of each call name a statement is compared with (a scenario of ten thousand different names makes as many plans, without comparing each with all). */
const RECENT_PLANS = 8;

/** Whether a call statement is written as the plan's was: everything but the positions. */
function alike(s: CallStmt, plan: CallPlan): boolean {
  if (s.proc !== plan.proc || (s.assign ?? null) !== plan.assign || s.background !== plan.background) return false;
  const e = s.expect ?? null;
  const pe = plan.expect;
  if (e === null || pe === null) {
    if (e !== pe) return false;
  } else if (e.kind !== pe.kind || (e.kind === 'errno' ? e.errno !== (pe as typeof e).errno : e.value !== (pe as typeof e).value)) return false;
  const a = s.args;
  const b = plan.args;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!sameArg(a[i], b[i])) return false;
  return true;
}

function sameArg(x: Arg | Atom, y: Arg | Atom): boolean {
  switch (x.kind) {
    case 'int':
    case 'string':
      return y.kind === x.kind && y.value === x.value;
    case 'name':
      return y.kind === 'name' && y.name === x.name;
    case 'addr':
      return y.kind === 'addr' && y.ip === x.ip && y.port === x.port;
    case 'or':
      return y.kind === 'or' && y.parts.length === x.parts.length && x.parts.every((p, i) => sameArg(p, y.parts[i]));
    case 'list':
      // (poll's and select's lists: never shared)
      return false;
  }
}

function makePlan(s: CallStmt): CallPlan {
  const n = s.args.length;
  // (plain arrays of small integers, not typed arrays: a plan per statement that binds its own name,
  // and a typed array costs its own buffer — about 1.6 KB a connection in the bench's 10,000)
  const kinds = new Array<number>(n).fill(0);
  const values = new Array<ResolvedArg>(n).fill(0);
  const names = new Array<string>(n).fill('');
  const params = DATA_CALLS.has(s.fn) ? paramsOf(s) : null;
  let data: number[] | null = null;
  for (let i = 0; i < n; i++) {
    const a = s.args[i];
    if (params !== null && params[i]?.kind === 'data') (data ??= new Array<number>(n).fill(0))[i] = 1;
    if (a.kind === 'int' || a.kind === 'string') {
      kinds[i] = ARG_VALUE;
      values[i] = a.value;
    } else if (a.kind === 'name') {
      // (a constant's name is that constant whatever the process has bound: resolve() looks there first)
      const c = CONSTANT_VALUES.get(a.name);
      if (c !== undefined) {
        kinds[i] = ARG_VALUE;
        values[i] = c;
      } else {
        kinds[i] = ARG_NAME;
        names[i] = a.name;
      }
    } else if (a.kind === 'or') {
      kinds[i] = ARG_VALUE;
      values[i] = a.parts.reduce((acc, x) => acc | (x.kind === 'int' ? x.value : CONSTANT_VALUES.get(x.name) ?? 0), 0);
    } else if (a.kind === 'addr') {
      kinds[i] = ARG_ADDR;
    } else {
      kinds[i] = ARG_RESOLVE;
    }
  }
  return { proc: s.proc, fn: s.fn, assign: s.assign ?? null, expect: s.expect ?? null, background: s.background, kinds, values, names, args: s.args, data, vars: userVars(s.fn), entry: sys_call_table.get(s.fn) ?? null };
}

export class ScenarioRun implements Driver {
  readonly engine: Engine;
  readonly world: World;
  /**
   * Each call's result, in the order the calls returned. Kept as columns while the run goes on — a
   * run can make millions of calls, and an object kept per call outlived the young generation and made
   * the collector copy and promote it (5% of a long run's time) — and made objects when asked for.
   */
  get results(): CallResult[] {
    const log = this.resultLog;
    const out = this.resultObjects;
    for (let i = out.length; i < log.n; i++) out.push(log.at(i));
    return out;
  }
  /** How many calls have returned. */
  get resultCount(): number {
    return this.resultLog.n;
  }
  private readonly resultLog = new ResultLog();
  private readonly resultObjects: CallResult[] = [];
  /** Expectation failures and runtime errors, with the scenario line they belong to. */
  readonly problems: Diagnostic[] = [];
  readonly processes = new Map<string, Process>();
  private pc = 0;
  /** The statements as step() reads them (programOf). */
  private readonly program: Program;
  private waitingFor: Pending | null = null;
  private sleepingUntil = -1;
  private pending = new Map<Process, Pending>();
  private skipStatementCheck = false;
  /** The first expectation that failed, when the run was asked to stop there (RunOptions.stopOnMismatch). */
  mismatch: Diagnostic | null = null;
  private readonly stopOnMismatch: boolean;
  /** Called when a system call returns (after its trace event), with its result. */
  onSyscallReturn: ((r: CallResult) => void) | null = null;
  /** The statement index about to run (for views: the script's own "current line"). */
  get nextStatement(): Stmt | undefined {
    return this.scenario.stmts[this.pc];
  }

  constructor(
    readonly scenario: Scenario,
    opts: RunOptions = {},
  ) {
    this.engine = new Engine(opts);
    this.stopOnMismatch = opts.stopOnMismatch === true;
    // (the world's objects are made under this run's engine: installed before it is built)
    this.engine.install();
    this.world = new World(this.engine, opts.seed ?? 1);
    start_kernel(this.world);
    // (indexed loops: this runs once, unoptimised, and a scenario can have 100,000 statements)
    const stmts = scenario.stmts;
    for (let i = 0; i < stmts.length; i++) {
      const s = stmts[i];
      if (s.kind === 'host') {
        const h = this.world.addHost(s.name, s.addrs);
        this.processes.set(s.name, this.world.addProcess(s.name, h));
      }
    }
    for (let i = 0; i < stmts.length; i++) {
      const s = stmts[i];
      if (s.kind === 'process') {
        const h = this.world.hosts.find((x) => x.name === s.host)!;
        this.processes.set(s.name, this.world.addProcess(s.name, h));
      } else if (s.kind === 'link') {
        this.world.delayUs = s.delayUs;
      } else if (s.kind === 'linkrate') {
        this.world.rateBps = s.rateBps;
      } else if (s.kind === 'txqueuelen') {
        const h = this.world.hosts.find((x) => x.name === s.host);
        if (h) this.world.txqueuelen(h, s.len);
      } else if (s.kind === 'sysctl') {
        const h = this.world.hosts.find((x) => x.name === s.host);
        if (h) this.setSysctl(h, s);
      } else if (s.kind === 'mtu') {
        // dev_set_mtu before anything runs (the parser checked the device's limits)
        const h = this.world.hosts.find((x) => x.name === s.host);
        if (h) (s.dev === 'lo' ? h.net.loopback_dev : h.net.eth0).mtu = s.mtu;
      }
    }
    this.program = programOf(stmts);
    this.engine.driver = this;
  }

  private setSysctl(h: Host, s: Extract<Stmt, { kind: 'sysctl' }>): void {
    if (!(SYSCTL_NAMES as string[]).includes(s.key)) {
      this.problems.push({ loc: s.loc, severity: 'error', message: `unknown sysctl ${s.key} (known: ${SYSCTL_NAMES.join(', ')})` });
      return;
    }
    const key = s.key as keyof Sysctls;
    if (key === 'net.ipv4.ip_local_port_range') {
      // LOW HIGH, both ends included (the parser checked them as ipv4_local_port_range does)
      if (s.values?.length === 2) h.net.sysctl[key] = [s.values[0], s.values[1]];
      return;
    }
    (h.net.sysctl as unknown as Record<string, number>)[key] = s.value;
  }

  /**
   * `HOST: iptables …`: an administrative act on the host's struct net, as a sysctl is — the kernel's
   * handler (World.iptables, installed at boot) replaces the filter table; the trace notes it.
   */
  private iptables(s: Extract<Stmt, { kind: 'iptables' }>): void {
    const h = this.world.hosts.find((x) => x.name === s.host);
    if (!h) return;
    const complaint = this.world.iptables(h, s.cmd);
    if (complaint !== null) {
      this.problems.push({ loc: s.loc, severity: 'error', message: complaint });
      return;
    }
    if (this.engine.recording) this.engine.emit({ ev: 'note', t: this.engine.now, host: h.name, text: s.text });
  }

  /** Runs to the end, stopping for nothing (pause statements included). */
  runToEnd(): Stop {
    for (;;) {
      const s = this.engine.run();
      if (s.reason === 'end' || s.reason === 'deadlock' || s.reason === 'error') return this.finish(s);
    }
  }

  /** Turns the engine's final stop into problems a user can act on. */
  finish(s: Stop): Stop {
    if (s.reason === 'deadlock' && this.waitingFor && !this.waitingFor.done) {
      const st = this.waitingFor.stmt;
      this.problems.push({
        loc: st.loc,
        severity: 'error',
        message: `${st.proc}: ${st.fn}() never returns — nothing left in the simulation can wake it (did you mean to run it in the background with '&'?)`,
      });
    } else if (s.reason === 'error') {
      const e = s.error;
      const st = this.currentCall();
      if (e instanceof NotSimulated) {
        this.problems.push({ loc: st?.loc ?? { line: 1, col: 1 }, severity: 'error', message: e.message });
      } else {
        this.problems.push({ loc: st?.loc ?? { line: 1, col: 1 }, severity: 'error', message: `internal simulator error: ${s.message}` });
      }
    }
    return s;
  }

  private currentCall(): CallStmt | undefined {
    const t = this.engine.current;
    if (t && t.kind === 'process') return this.pending.get(t.owner as Process)?.stmt;
    return this.waitingFor?.stmt;
  }

  // ---- Driver ----------------------------------------------------------------------------------

  step(): 'progress' | 'blocked' | 'done' | 'paused' {
    if (this.waitingFor) {
      if (!this.waitingFor.done) return 'blocked';
      this.waitingFor = null;
    }
    if (this.sleepingUntil >= 0) {
      if (this.engine.now < this.sleepingUntil) return 'blocked';
      this.sleepingUntil = -1;
    }
    const stmts = this.scenario.stmts;
    const prog = this.program;
    while (this.pc < stmts.length) {
      const pc = this.pc;
      const op = prog.ops[pc];
      if (op === OP_SETUP) {
        this.pc++;
        continue;
      }
      if (!this.skipStatementCheck && this.engine.atStatement(prog.lines[pc])) {
        this.skipStatementCheck = true;
        return 'paused';
      }
      this.skipStatementCheck = false;
      this.pc++;
      // (a call reads its plan: its statement is only passed on, not looked into)
      if (op === OP_CALL) return this.startCall(stmts[pc] as CallStmt, prog.plans[pc]!, prog.lines[pc]);
      const s = stmts[pc];
      switch (s.kind) {
        case 'call':
          // (OP_CALL, above)
          return 'progress';
        case 'spawn':
          return this.startSpawn(s);
        case 'wait': {
          const p = this.processes.get(s.proc)!;
          const pend = this.pending.get(p);
          if (pend && !pend.done && (!s.target || pend.stmt.assign === s.target)) {
            this.waitingFor = pend;
            return 'blocked';
          }
          return 'progress';
        }
        case 'fault':
          this.world.faults.push({ action: s.action, count: s.count, from: s.from, to: s.to, flags: s.flags, extraUs: s.extraUs ?? 0, line: s.loc.line, every: s.every ?? 0, seen: 0 });
          return 'progress';
        case 'linkdown':
          this.world.linkDownUntil = this.engine.now + s.durationUs;
          return 'progress';
        case 'iptables':
          this.iptables(s);
          return 'progress';
        case 'sleep':
          this.sleepingUntil = this.engine.now + s.durationUs;
          this.engine.schedule(s.durationUs, () => undefined);
          return 'blocked';
        case 'pause':
          this.engine.emit({ ev: 'pause', t: this.engine.now, message: s.message, scenarioLine: s.loc.line });
          this.engine.requestPause(s.message);
          return 'paused';
      }
    }
    return 'done';
  }

  /**
   * `P: fork C` / `P: thread C`: clone() on P's task (CLONE_FILES for a thread); once it returns, C is
   * a process of the run, with a copy of P's descriptor names (fork) or the same ones (thread).
   */
  private startSpawn(s: Extract<Stmt, { kind: 'spawn' }>): 'progress' | 'blocked' {
    const p = this.processes.get(s.proc)!;
    const busy = this.pending.get(p);
    if (busy && !busy.done) {
      this.problems.push({ loc: s.loc, severity: 'error', message: `${s.proc} is still blocked in ${busy.stmt.fn}() from line ${busy.stmt.loc.line}; a process runs one call at a time (add 'wait' first, or use another process)` });
      return 'progress';
    }
    const stmt: CallStmt = { kind: 'call', proc: s.proc, fn: 'clone', args: [], background: false, loc: s.loc, fnLoc: s.loc };
    const pend: Pending = { stmt, fn: 'clone', line: s.loc.line, assign: null, expect: null, done: false };
    this.pending.set(p, pend);
    const e = this.engine;
    if (e.trace !== null) e.trace.syscall(e.now, p.name, 'clone', s.loc.line);
    if (e.history !== null) e.history.syscall(e.now, p.name, 'clone', s.loc.line);
    const base = new Frame(USER_FN, userVars('clone'));
    base.scenarioLine = s.loc.line;
    const args: SyscallArg[] = [s.how === 'thread' ? CLONE_FILES : 0, s.child];
    this.engine.start(p.task, deferred(syscallEntry('clone'), args), { taskDone: (r) => {
      pend.done = true;
      const ret = r as number;
      const t = this.engine.now;
      if (e.trace !== null) e.trace.syscall(t, p.name, 'clone', s.loc.line, ret);
      if (e.history !== null) e.history.syscall(t, p.name, 'clone', s.loc.line, ret);
      const child = p.host.processes.find((c) => c.name === s.child);
      if (!child) return;
      child.names = s.how === 'thread' ? p.names : new Map(p.names);
      this.processes.set(s.child, child);
    } }, base);
    this.waitingFor = pend;
    return 'blocked';
  }

  /** Per process, the names whose assigning call failed (and that have no earlier value): for the diagnostic of a later use. */
  private readonly failedNames = new Map<Process, Map<string, { fn: string; line: number; errno: string }>>();

  private startCall(s: CallStmt, plan: CallPlan, line: number): 'progress' | 'blocked' {
    const p = this.processes.get(plan.proc)!;
    if (p.exited) {
      this.problems.push({ loc: s.loc, severity: 'error', message: `${s.proc} has exited (exit_group): it makes no more calls` });
      return 'progress';
    }
    const busy = this.pending.get(p);
    if (busy && !busy.done) {
      this.problems.push({
        loc: s.loc,
        severity: 'error',
        message: `${s.proc} is still blocked in ${busy.stmt.fn}() from line ${busy.stmt.loc.line}; a process runs one call at a time (add 'wait' first, or use another process)`,
      });
      return 'progress';
    }
    const kinds = plan.kinds;
    const n = kinds.length;
    const args: ResolvedArg[] = new Array<ResolvedArg>(n);
    for (let i = 0; i < n; i++) {
      const k = kinds[i];
      let v: ResolvedArg | undefined;
      if (k === ARG_VALUE) v = plan.values[i];
      else if (k === ARG_NAME) {
        const name = plan.names[i];
        v = p.names.get(name) ?? this.senders.get(p)?.get(name);
      } else if (k === ARG_ADDR) {
        const a = plan.args[i] as Extract<Arg, { kind: 'addr' }>;
        v = { sin_family: AF_INET, sin_addr: a.ip, sin_port: a.port };
      } else v = this.resolve(p, plan.args[i]);
      if (v === undefined) {
        const name = this.unresolved(p, plan.args[i]);
        const failed = this.failedNames.get(p)?.get(name);
        const message = failed
          ? `${name} has no value: ${failed.fn}() at line ${failed.line} failed with ${failed.errno}`
          : `${name} has no value yet: the call that returns it has not finished (add 'wait ${name}')`;
        this.problems.push({ loc: s.loc, severity: 'error', message });
        return 'progress';
      }
      // (a byte count for the data to send becomes that many bytes: the kernel gets the buffer)
      args[i] = plan.data !== null && plan.data[i] === 1 ? payload(v) : v;
    }
    const fn = plan.fn;
    // (the kernel's entry runs as its fast twin when it has one and nothing can pause: Deferred)
    const pend = new PendingCall(this, p, s, fn, line, plan.assign, plan.expect, args, plan.entry);
    this.pending.set(p, pend);
    const e = this.engine;
    if (e.trace !== null) e.trace.syscall(e.now, p.name, fn, line);
    if (e.history !== null) e.history.syscall(e.now, p.name, fn, line);
    const base = new Frame(USER_FN, plan.vars);
    base.scenarioLine = line;
    this.engine.start(p.task, pend.asSim(), pend, base);
    if (plan.background) return 'progress';
    this.waitingFor = pend;
    return 'blocked';
  }

  /** An argument's value; undefined for an fd name that has none yet. */
  private resolve(p: Process, a: Arg): ResolvedArg | undefined {
    switch (a.kind) {
      case 'int':
      case 'string':
        return a.value;
      case 'addr':
        return { sin_family: AF_INET, sin_addr: a.ip, sin_port: a.port };
      case 'name':
        return CONSTANT_VALUES.get(a.name) ?? p.names.get(a.name) ?? this.senders.get(p)?.get(a.name);
      case 'or':
        return a.parts.reduce((acc, x) => acc | (x.kind === 'int' ? x.value : CONSTANT_VALUES.get(x.name) ?? 0), 0);
      case 'list': {
        // poll's struct pollfd array (fd, events), or one of select's sets (the fds; events 0)
        const out: UserPollfd[] = new Array<UserPollfd>(a.items.length);
        for (let k = 0; k < a.items.length; k++) {
          const it = a.items[k];
          const fd = it.fd.kind === 'int' ? it.fd.value : p.names.get(it.fd.name);
          if (fd === undefined) return undefined;
          const ev = it.events === undefined ? 0 : this.resolve(p, it.events);
          out[k] = { fd, events: typeof ev === 'number' ? ev : 0 };
        }
        return out;
      }
    }
  }

  /** The fd name of an argument that has no value (in a list: its first such entry). */
  private unresolved(p: Process, a: Arg): string {
    if (a.kind === 'list') {
      for (const it of a.items) if (it.fd.kind === 'name' && !p.names.has(it.fd.name)) return it.fd.name;
    }
    return (a as { name: string }).name;
  }

  /** Per process, what `from = recvfrom(...)` bound: the sender's address, for a later sendto(fd, data, from). */
  private readonly senders = new Map<Process, Map<string, SockaddrIn>>();

  /** @internal (PendingCall's taskDone) */
  completed(p: Process, pend: Pending, out: SyscallOutcome): void {
    pend.done = true;
    const ret = typeof out === 'number' ? out : out.ret;
    const t = this.engine.now;
    const data = typeof out === 'number' ? undefined : out.data;
    this.resultLog.add(pend.stmt, ret, t, data);
    // (as user space sees it: -1 and errno for a failure)
    const shown = ret < 0 ? -1 : ret;
    const errno = ret < 0 ? errnoName(-ret) : undefined;
    const e = this.engine;
    if (e.trace !== null) e.trace.syscall(t, p.name, pend.fn, pend.line, shown, errno);
    if (e.history !== null) e.history.syscall(t, p.name, pend.fn, pend.line, shown, errno);
    // (the result as an object only for whoever reads it: a listener, or an expectation that failed)
    if (this.onSyscallReturn !== null) this.onSyscallReturn(this.resultLog.at(this.resultLog.n - 1));
    if (pend.assign !== null && ret >= 0 && pend.fn === 'recvfrom' && typeof out !== 'number' && out.from) {
      if (!this.senders.has(p)) this.senders.set(p, new Map());
      this.senders.get(p)!.set(pend.assign, out.from);
    } else if (pend.assign !== null && ret >= 0) {
      p.names.set(pend.assign, ret);
      if (this.failedNames.size !== 0) this.failedNames.get(p)?.delete(pend.assign);
    } else if (pend.assign !== null && !p.names.has(pend.assign)) {
      // (a later use of the name says why it has no value)
      if (!this.failedNames.has(p)) this.failedNames.set(p, new Map());
      this.failedNames.get(p)!.set(pend.assign, { fn: pend.fn, line: pend.line, errno: errno ?? String(ret) });
    }
    if (pend.expect !== null) {
      const bad = checkExpect(pend.expect, shown, errno, data);
      if (bad) {
        const d: Diagnostic = { loc: pend.stmt.expect?.loc ?? pend.stmt.loc, severity: 'error', message: `${pend.stmt.proc}: ${pend.fn}() ${bad}` };
        this.problems.push(d);
        if (this.stopOnMismatch && this.mismatch === null) {
          this.mismatch = d;
          this.engine.requestPause(d.message);
        }
      }
    }
  }
}

function checkExpect(e: Expect, ret: number, errno: string | undefined, data: string | undefined): string | null {
  switch (e.kind) {
    case 'ret':
      return ret === e.value && !errno ? null : `returned ${got(ret, errno, data)}, expected ${e.value}`;
    case 'errno':
      return errno === e.errno ? null : `returned ${got(ret, errno, data)}, expected -1 ${e.errno}`;
    case 'data':
      return data === e.value ? null : `returned ${got(ret, errno, data)}, expected ${e.value.length} ${JSON.stringify(e.value)}`;
  }
}

/** What a call returned, as a mismatch spells it out (a function, not a closure made at every call). */
function got(ret: number, errno: string | undefined, data: string | undefined): string {
  return errno ? `-1 ${errno}` : data !== undefined ? `${ret} ${JSON.stringify(data)}` : String(ret);
}

type ResolvedArg = SyscallArg;

/** The parameter of each argument of a call (its form: poll's and select's list or one-descriptor form); null for an unknown call. */
function paramsOf(s: CallStmt): readonly ParamSpec[] | null {
  const spec = callSpec(s.fn);
  return spec ? paramsFor(formOf(spec, s.args[0]?.kind), s.args.length) : null;
}

/** A system call's return value, or with the data it read. */
type SyscallOutcome = SyscallResult;

const FILLER = 'abcdefghijklmnopqrstuvwxyz0123456789';
function payload(a: ResolvedArg): string {
  if (typeof a === 'string') return a;
  const n = Number(a);
  // (one repeat, not n / FILLER.length concatenations: a 100 MB send builds its bytes in one go)
  return FILLER.repeat(Math.ceil(n / FILLER.length)).slice(0, n);
}
