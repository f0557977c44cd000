// The debugger's runtime over the simulator (no DAP, no vscode): one live run of the scenario and
// its breakpoints — line, function, scenario-line and data breakpoints with conditions, hit counts
// and logpoints, and the "syscall failed" filter — decided in the engine's breakpoint and statement
// filters and the runner's syscall-return hook. Time travel is deterministic replay: a fresh run with
// the same scenario and seed, stopped at step N. The engine's line observer gives the task and depth
// of every executed line, which tells where "back" is.

import * as path from 'node:path';
import { ScenarioRun } from '../scenario/runner';
import { mediaKernelDir } from '../node/paths';
import type { Scenario, Stmt } from '../scenario/ast';
import { BreakpointKind, Frame, Stop, Task, StepKind } from '../kernel/core/engine';
import type { Process } from '../kernel/world/world';
import { ANCHORS } from '../kernel/core/anchors';
import { Node, evaluate, isTrue, ExprError, Result, show } from './expr';
import { formatValue, isKObj } from './values';
import { objectId } from '../kernel/world/snapshot';
import { t } from '../l10n/l10n';
import { SockCommon } from '../kernel/include/net/sock';

export interface LaunchSpec {
  scenario: Scenario;
  /** Absolute path of the scenario file (a built-in's file under scenarios/). */
  scenarioPath: string;
  scenarioLines: string[];
  seed: number;
  /** Demo moments: stop when these functions are entered, with the explanation as the stop's text. */
  moments?: Array<{ fnId: number; explain: string; times?: number }>;
}

/** What every kind of breakpoint shares: conditions, hit counts, logpoints. */
export interface BpCommon {
  id: number;
  condition?: Node;
  hitCondition?: (n: number) => boolean;
  logMessage?: Array<string | Node>;
}
export interface CodeBp extends BpCommon {
  kind: 'line' | 'function';
  anchors: number[];
  fnId?: number;
  /** A demo moment (not a user's breakpoint): its explanation. */
  moment?: string;
}
export interface StmtBp extends BpCommon {
  line: number;
}
export interface DataBp extends BpCommon {
  /** The object's stable id ("tcp_sock#7") and the field watched. */
  objKey: string;
  field: string;
  description: string;
}

export type HitKind = 'breakpoint' | 'function breakpoint' | 'data breakpoint' | 'exception' | 'moment';
export interface Hit {
  kind: HitKind;
  ids: number[];
  text?: string;
  exception?: { errno: string; call: string; proc: string; line: number };
}

type Mode = 'live' | 'silent' | 'record';

/** A point to travel back to: before step `step`, or (after) at the stop that followed step `step`. */
export interface Target {
  step: number;
  after: boolean;
}

/** One run of the scenario and what the debugger tracks about it. */
export class RunCtx {
  readonly run: ScenarioRun;
  mode: Mode = 'live';
  readonly hits = new Map<number, number>();
  readonly seen = new WeakSet<Frame>();
  /** Steps at which a scenario statement ran, and the task (id) it belongs to (0: any). */
  readonly stmtSteps: number[] = [];
  readonly stmtTasks: number[] = [];
  hit: Hit | null = null;
  readonly records: Target[] = [];
  readonly watchObj = new Map<string, object>();
  readonly watchLast = new Map<number, unknown>();
  /** The step of the statement the run is stopped before, or -1. */
  atStatement = -1;
  last: Stop | null = null;
  /**
   * While replaying silently to a step: that step, and whether a breakpoint there counts (and
   * stops) as it would running forward. The engine asks the filters at that step before 'goto'.
   */
  arrive: { step: number; count: boolean } | null = null;
  constructor(spec: LaunchSpec) {
    // no trace: the debugger keeps only (task, depth) of each executed line (lineRecord: the engine's
    // lineTrace, written inline by the twins); history: what the structures view draws of the past
    // (segments so far, state transitions)
    this.run = new ScenarioRun(spec.scenario, { seed: spec.seed, history: true, lineRecord: true });
  }
  get engine() {
    return this.run.engine;
  }
  stmtTaskId(s: Stmt | undefined): number {
    if (s && (s.kind === 'call' || s.kind === 'wait')) return this.run.processes.get(s.proc)?.task.id ?? 0;
    return 0;
  }
  recordStatement(step: number): void {
    const n = this.stmtSteps.length;
    if (n && this.stmtSteps[n - 1] >= step) return;
    this.stmtSteps.push(step);
    this.stmtTasks.push(this.stmtTaskId(this.run.nextStatement));
  }
}

export interface RuntimeHost {
  output(text: string, category?: string, source?: { path: string; line: number }): void;
}

export class Runtime {
  ctx: RunCtx;
  lineBps = new Map<number, CodeBp[]>();
  fnBps = new Map<number, CodeBp[]>();
  stmtBps = new Map<number, StmtBp>();
  dataBps: DataBp[] = [];
  exceptions = false;

  constructor(
    readonly spec: LaunchSpec,
    private readonly host: RuntimeHost,
  ) {
    this.ctx = this.create();
  }

  // ---- runs ---------------------------------------------------------------------------------------

  /** A fresh run of the scenario with the debugger's hooks installed. */
  create(): RunCtx {
    const ctx = new RunCtx(this.spec);
    const engine = ctx.engine;
    engine.breakpointFilter = (anchor, task, frame, kind) => this.filter(ctx, anchor, task, frame, kind);
    engine.setStatementFilter((line) => this.statementFilter(ctx, line));
    ctx.run.onSyscallReturn = (r) => {
      if (!r.errno || !this.exceptions) return;
      const text = t('{0}() returned -1 {1}', r.stmt.fn, r.errno);
      if (ctx.mode === 'live') {
        ctx.hit = { kind: 'exception', ids: [], text, exception: { errno: r.errno, call: r.stmt.fn, proc: r.proc, line: r.stmt.loc.line } };
        engine.requestPause(text);
      } else if (ctx.mode === 'record') {
        ctx.records.push({ step: engine.steps, after: true });
      }
    };
    this.applyBreakpoints(ctx);
    return ctx;
  }

  /** Tells the engine which anchors and functions to call the filter at (data breakpoints: every line). */
  applyBreakpoints(ctx: RunCtx = this.ctx): void {
    const anchors = new Set<number>();
    if (this.dataBps.length) {
      for (let i = 0; i < ANCHORS.length; i++) anchors.add(i);
    } else {
      for (const a of this.lineBps.keys()) anchors.add(a);
    }
    ctx.engine.setLineBreakpoints(anchors);
    ctx.engine.setFunctionBreakpoints(this.fnBps.keys());
  }

  /**
   * At the step a silent replay arrives at: false when a breakpoint there must not count; otherwise
   * the run goes live for it (it counts and stops, as it would running forward).
   */
  private arriving(ctx: RunCtx): boolean {
    const a = ctx.arrive;
    if (!a || a.step !== ctx.engine.steps) return true;
    ctx.arrive = null;
    if (a.count) ctx.mode = 'live';
    return a.count;
  }

  // ---- the filter: conditions, hit counts, logpoints ---------------------------------------------------

  private check(ctx: RunCtx, bp: BpCommon, lookup: (n: string) => { found: boolean; value?: unknown }, where?: { path: string; line: number }): boolean {
    if (bp.condition) {
      try {
        if (!isTrue(evaluate(bp.condition, lookup))) return false;
      } catch (e) {
        if (ctx.mode === 'live') this.host.output(t('breakpoint condition {0}: {1} (stopping)', show(bp.condition), (e as Error).message) + '\n', 'stderr', where);
      }
    }
    const n = (ctx.hits.get(bp.id) ?? 0) + 1;
    ctx.hits.set(bp.id, n);
    if (bp.hitCondition && !bp.hitCondition(n)) return false;
    if (bp.logMessage) {
      if (ctx.mode === 'live') this.host.output(this.formatLog(bp.logMessage, lookup) + '\n', 'console', where);
      return false;
    }
    return true;
  }

  formatLog(parts: Array<string | Node>, lookup: (n: string) => { found: boolean; value?: unknown }): string {
    return parts
      .map((p) => {
        if (typeof p === 'string') return p;
        try {
          const r = evaluate(p, lookup);
          return formatValue(r.value, r.name);
        } catch (e) {
          return `<${(e as Error).message}>`;
        }
      })
      .join('');
  }

  private filter(ctx: RunCtx, anchor: number, task: Task, frame: Frame, at: BreakpointKind): boolean {
    if (!this.arriving(ctx)) return false;
    const ids: number[] = [];
    let kind: HitKind | null = null;
    let text: string | undefined;
    const lookup = frameLookup(frame);
    if (this.dataBps.length) {
      for (const d of this.dataBps) {
        let o = ctx.watchObj.get(d.objKey);
        if (!o) {
          o = findInVars(frame.vars, d.objKey);
          if (o) {
            ctx.watchObj.set(d.objKey, o);
            ctx.watchLast.set(d.id, readWatched(o, d.field));
          }
          continue;
        }
        const v = readWatched(o, d.field);
        if (v !== ctx.watchLast.get(d.id)) {
          ctx.watchLast.set(d.id, v);
          if (this.check(ctx, d, lookup, this.where(anchor))) {
            ids.push(d.id);
            kind ??= 'data breakpoint';
          }
        }
      }
    }
    // a function's breakpoints: at its first line, unless the frame was already on a stack shown
    const fbs = at === 'function' ? this.fnBps.get(frame.fn.id) : undefined;
    if (fbs && !ctx.seen.has(frame)) {
      ctx.seen.add(frame);
      for (const bp of fbs) {
        if (!this.check(ctx, bp, lookup, this.where(anchor))) continue;
        if (bp.moment !== undefined) {
          kind ??= 'moment';
          text ??= bp.moment;
        } else {
          ids.push(bp.id);
          kind ??= 'function breakpoint';
        }
      }
    }
    const lbs = this.lineBps.get(anchor);
    if (lbs) {
      for (const bp of lbs) {
        if (this.check(ctx, bp, lookup, this.where(anchor))) {
          ids.push(bp.id);
          kind ??= 'breakpoint';
        }
      }
    }
    if (!kind) return false;
    if (ctx.mode === 'live') {
      ctx.hit = text === undefined ? { kind, ids } : { kind, ids, text };
      return true;
    }
    if (ctx.mode === 'record') ctx.records.push({ step: ctx.engine.steps, after: false });
    return false;
  }

  private statementFilter(ctx: RunCtx, line: number): boolean {
    ctx.recordStatement(ctx.engine.steps);
    if (!this.arriving(ctx)) return false;
    const bp = this.stmtBps.get(line);
    if (!bp) return false;
    const proc = this.stmtProcess(ctx, ctx.run.nextStatement);
    if (!this.check(ctx, bp, procLookup(proc), { path: this.spec.scenarioPath, line })) return false;
    if (ctx.mode === 'live') {
      ctx.hit = { kind: 'breakpoint', ids: [bp.id] };
      return true;
    }
    if (ctx.mode === 'record') ctx.records.push({ step: ctx.engine.steps, after: false });
    return false;
  }

  private where(anchor: number): { path: string; line: number } | undefined {
    const a = ANCHORS[anchor];
    return a ? { path: path.join(mediaKernelDir(), a.fn.file), line: a.line } : undefined;
  }

  stmtProcess(ctx: RunCtx, s: Stmt | undefined): Process | undefined {
    if (s && (s.kind === 'call' || s.kind === 'wait')) return ctx.run.processes.get(s.proc);
    return undefined;
  }

  // ---- running --------------------------------------------------------------------------------------

  /** Runs one engine slice; bookkeeping for the stop it returns. */
  runSlice(ctx: RunCtx = this.ctx): Stop {
    ctx.hit = null;
    ctx.atStatement = -1;
    const s = ctx.engine.run();
    return s;
  }

  /** After a stop the user will see: frames visible now are not "entered" again; watches re-read. */
  settle(ctx: RunCtx, s: Stop): void {
    ctx.last = s;
    ctx.engine.setStopAtStep(-1);
    ctx.engine.setSliceEnd(Infinity);
    const atStmt = s.task === null && (s.reason === 'step' || s.reason === 'goto' || s.reason === 'statement');
    ctx.atStatement = atStmt ? s.step : -1;
    if (atStmt) ctx.recordStatement(s.step);
    for (const t of ctx.engine.tasks) for (const f of t.stack) ctx.seen.add(f);
    this.refreshWatches(ctx);
  }

  refreshWatches(ctx: RunCtx): void {
    if (!this.dataBps.length) return;
    const missing = this.dataBps.filter((d) => !ctx.watchObj.has(d.objKey));
    if (missing.length) {
      const found = findObjects(ctx.run, new Set(missing.map((d) => d.objKey)));
      for (const [k, o] of found) ctx.watchObj.set(k, o);
    }
    for (const d of this.dataBps) {
      const o = ctx.watchObj.get(d.objKey);
      if (o) ctx.watchLast.set(d.id, readWatched(o, d.field));
    }
  }

  step(kind: StepKind, task: Task | null): Stop {
    const ctx = this.ctx;
    ctx.engine.setStep(kind, task);
    const s = this.runSlice(ctx);
    this.settle(ctx, s);
    return s;
  }

  // ---- time travel ----------------------------------------------------------------------------------

  /** Every executed step, newest first: (step, task id, depth); statements have depth 0. */
  *history(ctx: RunCtx): Generator<{ step: number; task: number; depth: number }> {
    const lines = ctx.engine.lineTrace!.linesBackward();
    let j = ctx.stmtSteps.length - 1;
    for (let s = ctx.engine.steps; s >= 1; s--) {
      if (j >= 0 && ctx.stmtSteps[j] === s) {
        yield { step: s, task: ctx.stmtTasks[j], depth: 0 };
        j--;
        continue;
      }
      const r = lines.next();
      if (r.done) return;
      yield { step: s, task: r.value >>> 12, depth: r.value & 0xfff };
    }
  }

  /**
   * stepBack: the latest earlier step at which `task` ran a line at the same or a shallower depth
   * (the reverse of step over), or one of its process's scenario statements.
   */
  stepBackTarget(task: Task): number {
    const ctx = this.ctx;
    const n = ctx.engine.steps;
    const atStmt = ctx.atStatement === n;
    const depth = atStmt ? 0 : task.stack.length;
    for (const h of this.history(ctx)) {
      if (h.step >= n) continue;
      if (h.depth === 0 ? h.task === task.id || h.task === 0 : h.task === task.id && h.depth <= depth) return h.step;
    }
    return 1;
  }

  /**
   * A new run, silently replayed to the target; it becomes the live run. With countHit, arriving at
   * a breakpoint position (before its step) counts that hit and stops there, as running forward would.
   */
  replay(target: Target, countHit: boolean): Stop {
    // a parked shadow run strictly before the target is the same run as a fresh one at its step
    const ctx = this.takeShadow(target.step) ?? this.create();
    ctx.mode = 'silent';
    ctx.arrive = { step: target.step, count: countHit && !target.after };
    let s = this.replayInto(ctx, target.step);
    ctx.arrive = null;
    ctx.mode = 'live';
    if (target.after && s.reason === 'goto') s = this.runSlice(ctx);
    this.ctx = ctx;
    this.settle(ctx, s);
    return s;
  }

  // ---- shadow runs: a second run parked behind the live one, prepared in idle time ---------------------

  /**
   * A fresh run of the same scenario and seed, run silently (in slices, while the debugger is idle)
   * to a step behind the live one. Stopping a silent run at a step ('goto') leaves it exactly as a
   * run that went through that step without stopping (the filters were asked the same questions,
   * and a silent run's filters never stop it), so a replay to a later step may start from it
   * instead of from step 1. It is valid only for the breakpoints it was run with.
   */
  private shadow: { ctx: RunCtx; key: unknown[] } | null = null;
  /** Margin behind the live step the shadow parks at (at most; less when the next stepBack goes further). */
  static readonly SHADOW_BEHIND = 2000;

  private bpKey(): unknown[] {
    return [this.lineBps, this.fnBps, this.stmtBps, this.dataBps, this.exceptions];
  }

  private shadowValid(): boolean {
    return !!this.shadow && this.shadowKeyMatches(this.shadow);
  }

  /** The step the shadow should park at for the live run stopped now, with `task` the stopped thread. */
  shadowGoal(task: Task | undefined): number {
    const n = this.ctx.engine.steps;
    let g = n - Runtime.SHADOW_BEHIND;
    if (task) g = Math.min(g, this.stepBackTarget(task) - 1);
    return Math.max(0, g);
  }

  /** Moves the shadow on towards `goal` by at most `budget` steps (starting one if needed); true: more to do. */
  advanceShadow(goal: number, budget: number): boolean {
    if (goal < 1) return false;
    if (this.shadow && (!this.shadowValid() || this.shadow.ctx.engine.steps > goal)) this.shadow = null;
    if (!this.shadow) {
      const ctx = this.create();
      ctx.mode = 'silent';
      this.shadow = { ctx, key: this.bpKey() };
    }
    const ctx = this.shadow.ctx;
    const n = ctx.engine.steps;
    if (n >= goal) return false;
    const to = Math.min(goal, n + budget);
    const s = this.replayInto(ctx, to);
    if (s.reason !== 'goto' || ctx.engine.steps !== to) {
      this.shadow = null;
      return false;
    }
    return to < goal;
  }

  /** The shadow, handed over (and forgotten), when it is valid and strictly before `step`. */
  private takeShadow(step: number): RunCtx | null {
    const sh = this.shadow;
    this.shadow = null;
    if (!sh || !this.shadowKeyMatches(sh) || sh.ctx.engine.steps >= step) return null;
    return sh.ctx;
  }

  private shadowKeyMatches(sh: { key: unknown[] }): boolean {
    const k = this.bpKey();
    return sh.key.every((v, i) => v === k[i]);
  }

  /** The shadow's step, or -1 (for tests and the bench). */
  get shadowStep(): number {
    return this.shadow ? this.shadow.ctx.engine.steps : -1;
  }

  /** Drops the shadow (e.g. to measure the replay from step 1). */
  dropShadow(): void {
    this.shadow = null;
  }

  /** Runs (silently, or recording) to `step`: the stop there ('goto', or a breakpoint counted on arrival) or the end. */
  private replayInto(ctx: RunCtx, step: number): Stop {
    ctx.engine.setStopAtStep(step);
    for (;;) {
      const s = ctx.engine.run();
      if (s.reason === 'goto' || s.reason === 'end' || s.reason === 'deadlock' || s.reason === 'error') return s;
      if (s.step === step && (s.reason === 'breakpoint' || s.reason === 'function breakpoint' || s.reason === 'statement')) return s;
      if (s.reason === 'pause' && ctx.mode === 'record') ctx.records.push({ step: s.step, after: true });
    }
  }

  /** reverseContinue: the last breakpoint hit (or failed syscall, or pause) before now. */
  reverseTarget(): Target | null {
    const n = this.ctx.engine.steps;
    const rec = this.create();
    rec.mode = 'record';
    this.replayInto(rec, n);
    const before = rec.records.filter((r) => r.step < n);
    return before.length ? before[before.length - 1] : null;
  }
}

export function frameLookup(frame: Frame): (n: string) => { found: boolean; value?: unknown } {
  return (n) => (n in frame.vars ? { found: true, value: frame.vars[n] } : { found: false });
}

export function procLookup(p: Process | undefined): (n: string) => { found: boolean; value?: unknown } {
  return (n) => {
    if (!p) return { found: false };
    const fd = p.names.get(n);
    return fd === undefined ? { found: false } : { found: true, value: fd };
  };
}

export function readWatched(o: object, field: string): unknown {
  const v = (o as Record<string, unknown>)[field];
  return v;
}

function findInVars(vars: Record<string, unknown>, key: string): object | undefined {
  for (const v of Object.values(vars)) {
    if (isKObj(v)) {
      if (objectId(v) === key) return v;
      const sk = (v as { sk?: unknown }).sk;
      if (isKObj(sk) && objectId(sk) === key) return sk;
    }
  }
  return undefined;
}

/** Finds live kernel objects by stable id, walking from the tasks' frames and the hosts' tables. */
export function findObjects(run: ScenarioRun, keys: Set<string>): Map<string, object> {
  const out = new Map<string, object>();
  const seen = new Set<object>();
  const queue: unknown[] = [];
  const push = (v: unknown) => {
    if (typeof v === 'object' && v !== null && !seen.has(v)) {
      seen.add(v);
      queue.push(v);
    }
  };
  for (const t of run.engine.tasks) for (const f of t.stack) for (const v of Object.values(f.vars)) push(v);
  for (const h of run.world.hosts) {
    for (const p of h.processes) for (const file of p.fdtable.values()) push(file);
    const hi = h.net.tcp_hashinfo;
    for (const b of hi.bhash.values()) push(b);
    for (const l of hi.lhash2.values()) for (const s of l) push(s);
    for (const s of hi.ehash.values()) push(s);
  }
  while (queue.length && out.size < keys.size) {
    const o = queue.shift()!;
    if (isKObj(o)) {
      const id = objectId(o);
      if (keys.has(id)) out.set(id, o);
      const r = o as unknown as Record<string, unknown>;
      for (const k of ['private_data', 'sk', 'file', 'sk_socket', 'rsk_listener', 'icsk_bind_hash', 'dl_next']) push(r[k]);
      if ((o as { owners?: unknown }).owners instanceof Set) for (const x of (o as unknown as { owners: Set<unknown> }).owners) push(x);
      if (o instanceof SockCommon && 'icsk_accept_queue' in o) for (const q of (o as unknown as { icsk_accept_queue: { acceptList(): unknown[] } }).icsk_accept_queue.acceptList()) push(q);
    }
  }
  return out;
}

export type { Result };
export { ExprError };
