// The sockwalk debug adapter: a LoggingDebugSession that translates DAP requests into the
// runtime's operations (runtime.ts) and the simulated kernel's state into DAP threads, frames,
// scopes and variables. Speaks DAP only — it runs as a stdio program (debugAdapter.ts) or inline
// in the extension. Every request is answered; bad input gets an error response, never a crash.

import * as path from 'node:path';
import {
  LoggingDebugSession, InitializedEvent, StoppedEvent, OutputEvent, TerminatedEvent, ExitedEvent, Thread, StackFrame, Source, Scope,
} from '@vscode/debugadapter';
import type { DebugProtocol } from '@vscode/debugprotocol';
import { loadScenario, builtinNames, builtinPath } from '../scenario/builtins';
import { checkSeed } from '../scenario/seed';
import { ANCHORS, FUNCTIONS, FnDef, findFunction, resolveAnchors } from '../kernel/core/anchors';
import { definitionParams } from '../kernel/core/annotated';
import { mediaKernelDir, readAnnotated } from '../node/paths';
import { objectId, takeSnapshot } from '../kernel/world/snapshot';
import { SNAPSHOT_REQUEST, SnapshotBody, StopInfo, kernelFrameName } from './contract';
import { kernelTables } from './tables';
import type { Frame, Stop, Task } from '../kernel/core/engine';
import type { Process } from '../kernel/world/world';
import { inetsw } from '../kernel/gen/net/ipv4/af_inet';
import { net_families } from '../kernel/gen/net/socket';
import { Runtime, LaunchSpec, CodeBp, StmtBp, DataBp, BpCommon, frameLookup, procLookup, findObjects, RunCtx } from './runtime';
import { parse, evaluate, compileLogMessage, ExprError, show, Node } from './expr';
import { VarStore, formatValue, typeOf, isKObj } from './values';
import { CONSTANTS } from '../kernel/include/uapi';
import { applyLaunchLang, t } from '../l10n/l10n';
import { translateDiagnostic } from '../l10n/diagnostics';
import { PassThrough } from 'node:stream';
import { FrameReader, MAX_MESSAGE_BYTES } from './framing';

export interface LaunchArguments extends DebugProtocol.LaunchRequestArguments {
  /** A scenario file, or the name of a built-in (tcp-handshake, connect-refused, …). */
  scenario: string;
  /** Stop before the first statement. */
  stopOnEntry?: boolean;
  /** Seed for ISNs and ephemeral ports (default 1). */
  seed?: number;
  /** Demo moments: stop on entering these kernel functions, the explanation as the stop's text. */
  moments?: Array<{ fn: string; explain: string; times?: number }>;
  /** The language of the adapter's messages when it runs on its own (auto | en | zh-cn); in VS Code the display language decides. */
  lang?: string;
}

/** Steps per slice of a continue: between slices the adapter reads requests (pause). */
const SLICE = 200_000;
/** Steps of idle shadow-run work per slice (~2 ms): a request arriving meanwhile waits at most this. */
const SHADOW_SLICE = 10_000;
/** Shadow work starts only once no request came for this long. */
const SHADOW_QUIET_MS = 20;
const FILTER_SYSCALL = 'syscall-failed';

type FrameRef = { kind: 'kernel'; frame: Frame; task: Task } | { kind: 'user'; task: Task; line: number; name: string; frame?: Frame; proc?: Process };

class RequestError extends Error {}

/**
 * DAP requests this adapter does not implement: answered `success: false`, "not supported" (the
 * library would answer them with an empty success). None has its capability announced.
 */
const UNSUPPORTED = new Set([
  'attach', 'goto', 'gotoTargets', 'stepInTargets', 'setVariable', 'setExpression', 'readMemory', 'writeMemory',
  'disassemble', 'cancel', 'restartFrame', 'terminateThreads', 'loadedSources', 'source', 'setInstructionBreakpoints',
  'modules', 'runInTerminal', 'startDebugging',
]);

/** For the log: one line, no control characters, at most 300 characters. */
function logText(s: string): string {
  // eslint-disable-next-line no-control-regex
  const t = s.replace(/[\u0000-\u001f\u007f-\u009f]+/g, ' ');
  return t.length > 300 ? t.slice(0, 300) + '…' : t;
}

export class SockwalkDebugSession extends LoggingDebugSession {
  private rt: Runtime | null = null;
  private launchArgs: LaunchArguments | null = null;
  private ended = false;
  private running = false;
  private pauseRequested = false;
  private timer: NodeJS.Immediate | null = null;
  private configDone: () => void = () => undefined;
  private configDonePromise: Promise<void> = new Promise((r) => (this.configDone = r));
  private readonly vars = new VarStore();
  private nextBpId = 1;
  private sourceBps = new Map<string, DebugProtocol.SetBreakpointsArguments>();
  private fnBpArgs: DebugProtocol.FunctionBreakpoint[] = [];
  private dataBpArgs: DebugProtocol.DataBreakpoint[] = [];
  private exceptionFilters: string[] = [];
  private dataObjs = new Map<string, object>();
  private stoppedThread = 0;
  /** The last stop's reason and text (for the views' snapshot request). */
  private lastStop: { reason: string; text?: string } = { reason: 'entry' };
  /** The idle work that moves the shadow run on (see scheduleShadow). */
  private shadowTimer: NodeJS.Immediate | NodeJS.Timeout | null = null;
  /** When the last request arrived (Date.now()): shadow work waits for a quiet moment. */
  private lastRequestAt = 0;

  constructor() {
    super();
    this.setDebuggerLinesStartAt1(true);
    this.setDebuggerColumnsStartAt1(true);
  }

  // ---- plumbing -----------------------------------------------------------------------------------

  /**
   * Stdio: messages are read by a bounded reader (framing.ts) instead of the library's, so a
   * malformed frame is logged and skipped and an oversized one answered with an error; the library
   * would end the process on the first bad frame and join every read into one buffer (quadratic).
   */
  override start(inStream: NodeJS.ReadableStream, outStream: NodeJS.WritableStream): void {
    super.start(new PassThrough(), outStream);
    const reader = new FrameReader({
      message: (msg) => this.handleMessage(msg as DebugProtocol.ProtocolMessage),
      problem: (text) => this.log(text),
      tooLarge: (bytes, seq, command) => {
        this.log(`skipped a DAP message of ${bytes} bytes (the limit is ${MAX_MESSAGE_BYTES})`);
        if (seq === undefined) return;
        const response: DebugProtocol.Response = { seq: 0, type: 'response', request_seq: seq, command: command ?? '', success: false };
        this.fail(response, `the request is too large (${bytes} bytes; the sockwalk debugger reads messages up to ${MAX_MESSAGE_BYTES} bytes)`);
      },
    });
    inStream.on('data', (d: Buffer | string) => reader.push(typeof d === 'string' ? Buffer.from(d) : d));
    inStream.on('close', () => this.shutdown());
    inStream.on('end', () => this.shutdown());
    inStream.on('error', (e: Error) => {
      this.log(`input error: ${e.message}`);
      this.shutdown();
    });
    inStream.resume();
  }

  /** A line on stderr (the stdio adapter's log; never on stdout, which speaks DAP). */
  private log(text: string): void {
    try {
      process.stderr.write(`sockwalk debugger: ${logText(text)}\n`);
    } catch {
      // no log: nothing to do
    }
  }

  /** Any message, from the reader or inline from VS Code: only well-formed requests and responses go on. */
  override handleMessage(msg: DebugProtocol.ProtocolMessage): void {
    const m = msg as unknown as Record<string, unknown> | null;
    if (typeof m !== 'object' || m === null || Array.isArray(m)) {
      this.log(`skipped a DAP message that is not an object: ${logText(JSON.stringify(m) ?? String(m))}`);
      return;
    }
    if (m.type === 'request') {
      if (typeof m.command !== 'string' || !Number.isSafeInteger(m.seq)) {
        this.log(`skipped a request without a command and a seq: ${logText(JSON.stringify(m).slice(0, 300))}`);
        if (Number.isSafeInteger(m.seq)) {
          const response: DebugProtocol.Response = { seq: 0, type: 'response', request_seq: m.seq as number, command: String(m.command ?? ''), success: false };
          this.fail(response, 'a request needs a "command" (a string)');
        }
        return;
      }
    } else if (m.type !== 'response') {
      this.log(`skipped a DAP message of type ${logText(JSON.stringify(m.type) ?? 'undefined')} (the adapter reads requests and responses)`);
      return;
    }
    try {
      super.handleMessage(msg);
    } catch (e) {
      this.log(`error handling a message: ${e instanceof Error ? e.stack ?? e.message : String(e)}`);
    }
  }

  protected override dispatchRequest(request: DebugProtocol.Request): void {
    this.lastRequestAt = Date.now();
    const fail = (message: string) => {
      const response: DebugProtocol.Response = { seq: 0, type: 'response', request_seq: request.seq, command: request.command, success: false };
      this.fail(response, message);
    };
    if (this.ended) return fail(t('the sockwalk debug session has ended'));
    if (request.arguments === null || request.arguments === undefined) request.arguments = {};
    if (typeof request.arguments !== 'object' || Array.isArray(request.arguments)) return fail(t('the arguments of "{0}" must be an object', logText(request.command)));
    if (request.command === 'initialize' && (request.arguments as { pathFormat?: unknown }).pathFormat === undefined) {
      // DAP: pathFormat defaults to 'path' (the library would refuse a request that leaves it out)
      (request.arguments as { pathFormat?: string }).pathFormat = 'path';
    }
    if (UNSUPPORTED.has(request.command)) return fail(t('"{0}" is not supported by the sockwalk debugger', request.command));
    super.dispatchRequest(request);
  }

  /** Every error response has a readable message: the library's internal errors carry a stack as their text. */
  override sendErrorResponse(response: DebugProtocol.Response, codeOrMessage: number | DebugProtocol.Message, format?: string, variables?: Record<string, string>, dest?: number): void {
    if (typeof codeOrMessage === 'number' && format === '{_stack}') {
      this.log(`internal error answering "${response.command}": ${variables?._stack ?? variables?._exception ?? ''}`);
      codeOrMessage = { id: codeOrMessage, format: t('internal error in the sockwalk debugger: {0}', (variables?._exception ?? 'unknown').split('\n')[0]), showUser: true };
      format = undefined;
      variables = undefined;
    }
    super.sendErrorResponse(response, codeOrMessage as number, format, variables, dest);
  }

  private fail(response: DebugProtocol.Response, message: string, showUser = false): void {
    this.sendErrorResponse(response, { id: 3000, format: message, showUser }, undefined, {});
  }

  /** Runs a handler; RequestError and ExprError become error responses with their message. */
  private guard(response: DebugProtocol.Response, fn: () => void, showUser = false): void {
    try {
      fn();
    } catch (e) {
      if (response.seq > 0) {
        // already answered: the failure happened while running; report it and stay alive
        this.log(`error after answering "${response.command}": ${e instanceof Error ? e.stack ?? e.message : String(e)}`);
        this.output(t('sockwalk debugger: {0}', e instanceof Error ? e.message : String(e)) + '\n', 'stderr');
        return;
      }
      if (e instanceof RequestError || e instanceof ExprError) this.fail(response, e.message, showUser);
      else {
        this.log(`internal error answering "${response.command}": ${e instanceof Error ? e.stack ?? e.message : String(e)}`);
        this.fail(response, `internal error in the sockwalk debugger: ${e instanceof Error ? e.message : String(e)}`, true);
      }
    }
  }

  /** The runtime, stopped: most requests need both. */
  private stopped(): Runtime {
    if (!this.rt) throw new RequestError(t('no scenario is running (launch one first)'));
    if (this.running) throw new RequestError(t('the scenario is running; pause it first'));
    return this.rt;
  }

  private invalidate(): void {
    this.vars.clear();
  }

  protected override customRequest(command: string, response: DebugProtocol.Response, _args: unknown): void {
    if (command !== SNAPSHOT_REQUEST) return this.fail(response, `unrecognized request ${JSON.stringify(command)}`);
    this.guard(response, () => {
      const rt = this.stopped();
      const ctx = rt.ctx;
      const engine = ctx.engine;
      const task = engine.tasks.find((t) => t.id === this.stoppedThread);
      const top = task?.stack[task.stack.length - 1];
      const stop: StopInfo = {
        ...this.lastStop,
        threadId: this.stoppedThread,
        task: task?.name ?? '',
        step: engine.steps,
        t: engine.now,
      };
      if (top && top.line >= 0) {
        const a = ANCHORS[top.line];
        stop.frame = { fn: top.fn.name, file: top.fn.file, line: a.line };
        if (a.realLine) stop.frame.upstreamLine = a.realLine;
      }
      const stmt = ctx.run.nextStatement;
      if (stmt) stop.scenarioLine = stmt.loc.line;
      const body: SnapshotBody = { snapshot: takeSnapshot(ctx.run.world, engine), stop, tables: kernelTables() };
      response.body = body;
      this.sendResponse(response);
    });
  }

  // ---- lifecycle ------------------------------------------------------------------------------------

  protected override initializeRequest(response: DebugProtocol.InitializeResponse): void {
    resolveAnchors(readAnnotated);
    response.body = {
      supportsConfigurationDoneRequest: true,
      supportsFunctionBreakpoints: true,
      supportsConditionalBreakpoints: true,
      supportsHitConditionalBreakpoints: true,
      supportsLogPoints: true,
      supportsEvaluateForHovers: true,
      supportsStepBack: true,
      supportsRestartRequest: true,
      supportsDataBreakpoints: true,
      supportsExceptionInfoRequest: true,
      supportsTerminateRequest: true,
      supportsDelayedStackTraceLoading: false,
      supportsBreakpointLocationsRequest: true,
      supportsCompletionsRequest: true,
      completionTriggerCharacters: ['.', '>'],
      exceptionBreakpointFilters: [
        { filter: FILTER_SYSCALL, label: t('Syscall failed'), description: t('Stop when a system call returns -1 (an errno)'), default: false },
      ],
    };
    this.sendResponse(response);
  }

  protected override configurationDoneRequest(response: DebugProtocol.ConfigurationDoneResponse): void {
    this.configDone();
    this.sendResponse(response);
  }

  private load(args: LaunchArguments): LaunchSpec {
    if (!args || typeof args.scenario !== 'string' || !args.scenario) {
      throw new RequestError(t('launch needs "scenario": a scenario file or a built-in ({0})', builtinNames().join(', ')));
    }
    const seed = args.seed ?? 1;
    const bad = checkSeed(seed);
    if (bad) throw new RequestError(bad);
    const loaded = loadScenario(args.scenario);
    const errors = loaded.diagnostics.filter((d) => d.severity === 'error');
    if (errors.length || !loaded.scenario) {
      throw new RequestError(
        t('the scenario has errors:') + '\n' + loaded.diagnostics.map((d) => `${loaded.source}:${d.loc.line}:${d.loc.col}: ${translateDiagnostic(d.message)}`).join('\n'),
      );
    }
    const file = loaded.file ?? builtinPath(args.scenario);
    resolveAnchors(readAnnotated);
    const moments: NonNullable<LaunchSpec['moments']> = [];
    if (args.moments !== undefined) {
      if (!Array.isArray(args.moments)) throw new RequestError(t('"moments" must be a list of {fn, explain}'));
      for (const m of args.moments) {
        const fn = typeof m?.fn === 'string' ? findFunction(m.fn) : undefined;
        if (!fn || typeof m.explain !== 'string' || (m.times !== undefined && !(Number.isInteger(m.times) && m.times > 0))) {
          throw new RequestError(t('bad moment {0}: needs "fn" (a simulated kernel function), "explain" and optionally "times" (a positive integer)', JSON.stringify(m)));
        }
        moments.push({ fnId: fn.id, explain: m.explain, ...(m.times ? { times: m.times } : {}) });
      }
    }
    return { scenario: loaded.scenario, scenarioPath: file, scenarioLines: (loaded.text ?? '').split('\n'), seed, moments };
  }

  protected override async launchRequest(response: DebugProtocol.LaunchResponse, args: LaunchArguments): Promise<void> {
    if (this.rt) return this.fail(response, 'already launched');
    applyLaunchLang(args.lang);
    let spec: LaunchSpec;
    try {
      spec = this.load(args);
    } catch (e) {
      return this.fail(response, (e as Error).message, true);
    }
    this.launchArgs = args;
    try {
      this.rt = new Runtime(spec, { output: (t, c, s) => this.output(t, c, s) });
      this.installBreakpoints();
    } catch (e) {
      this.rt = null;
      this.log(`internal error in launch: ${e instanceof Error ? e.stack ?? e.message : String(e)}`);
      return this.fail(response, `internal error in the sockwalk debugger: ${e instanceof Error ? e.message : String(e)}`, true);
    }
    this.sendEvent(new InitializedEvent());
    await Promise.race([this.configDonePromise, new Promise((r) => setTimeout(r, 1000).unref())]);
    if (this.ended) return;
    this.sendResponse(response);
    try {
      this.begin();
    } catch (e) {
      this.log(`internal error starting the run: ${e instanceof Error ? e.stack ?? e.message : String(e)}`);
      this.output(t('sockwalk debugger: {0}', e instanceof Error ? e.message : String(e)) + '\n', 'stderr');
    }
  }

  private begin(): void {
    const rt = this.rt!;
    if (this.launchArgs?.stopOnEntry) {
      // the first step, before any breakpoint there counts
      rt.ctx.engine.setStep('in', null);
      const s = rt.runSlice();
      rt.settle(rt.ctx, s);
      this.report(s, 'entry');
    } else {
      this.continueRun();
    }
  }

  protected override restartRequest(response: DebugProtocol.RestartResponse): void {
    this.guard(response, () => {
      if (!this.rt || !this.launchArgs) throw new RequestError(t('nothing to restart (launch first)'));
      const spec = this.load(this.launchArgs);
      this.stopTimer();
      this.running = false;
      this.invalidate();
      this.rt = new Runtime(spec, { output: (t, c, s) => this.output(t, c, s) });
      this.installBreakpoints();
      this.sendResponse(response);
      this.begin();
    });
  }

  protected override disconnectRequest(response: DebugProtocol.DisconnectResponse): void {
    this.end();
    this.sendResponse(response);
    this.shutdown();
  }

  protected override terminateRequest(response: DebugProtocol.TerminateResponse): void {
    this.stopTimer();
    this.running = false;
    this.sendResponse(response);
    this.sendEvent(new TerminatedEvent());
  }

  /** Releases everything: no timers, no runs. */
  private end(): void {
    this.stopTimer();
    this.ended = true;
    this.running = false;
    this.rt = null;
    this.invalidate();
    this.configDone();
  }

  private stopTimer(): void {
    this.cancelShadow();
    if (this.timer) clearImmediate(this.timer);
    this.timer = null;
  }

  private output(text: string, category = 'console', source?: { path: string; line: number }): void {
    const e = new OutputEvent(text, category) as DebugProtocol.OutputEvent;
    if (source) {
      e.body.source = new Source(path.basename(source.path), source.path);
      e.body.line = source.line;
    }
    this.sendEvent(e);
  }

  // ---- running and stopping -----------------------------------------------------------------------

  private continueRun(): void {
    const rt = this.stopped();
    this.invalidate();
    this.running = true;
    this.pauseRequested = false;
    const slice = () => {
      this.timer = null;
      if (this.ended || this.rt !== rt) return;
      const ctx = rt.ctx;
      ctx.engine.setSliceEnd(ctx.engine.steps + SLICE);
      const s = rt.runSlice(ctx);
      let why: string | undefined;
      if (s.reason === 'goto') {
        // (a breakpoint at the slice's last step is reported by the engine, not as 'goto')
        if (this.pauseRequested) {
          why = 'pause';
        } else {
          this.timer = setImmediate(slice);
          return;
        }
      }
      this.running = false;
      rt.settle(ctx, s);
      this.report(s, why);
    };
    slice();
  }

  private report(s: Stop, why?: string): void {
    const rt = this.rt!;
    const ctx = rt.ctx;
    this.invalidate();
    if (s.reason === 'end' || s.reason === 'deadlock' || s.reason === 'error') {
      ctx.run.finish(s);
      const src = path.basename(rt.spec.scenarioPath);
      for (const p of ctx.run.problems) this.output(`${src}:${p.loc.line}:${p.loc.col}: ${translateDiagnostic(p.message)}\n`, 'stderr', { path: rt.spec.scenarioPath, line: p.loc.line });
      if (s.reason === 'deadlock' && !ctx.run.problems.length) this.output(t('the simulation has nothing left to do (deadlock)') + '\n', 'stderr');
      this.output(`${t('scenario finished after {0} steps, {1} µs of virtual time', ctx.engine.steps, ctx.engine.now)}${ctx.run.problems.length ? t(', {0} problem(s)', ctx.run.problems.length) : ''}\n`);
      this.sendEvent(new ExitedEvent(ctx.run.problems.length ? 1 : 0));
      this.sendEvent(new TerminatedEvent());
      return;
    }
    const hit = ctx.hit;
    let reason: string = why ?? 'step';
    let text: string | undefined;
    let description: string | undefined;
    let thread = s.task?.id ?? 0;
    if (hit) {
      reason = hit.kind === 'moment' ? 'pause' : hit.kind;
      text = hit.text;
      description = hit.text;
      if (hit.exception) thread = ctx.engine.tasks.find((t) => t.name === hit.exception!.proc)?.id ?? thread;
    } else if (s.reason === 'pause') {
      reason = 'pause';
      // a built-in scenario's pause text is a bundle key: in the reader's language
      text = s.message === undefined ? undefined : t(s.message);
      description = t('pause: {0}', text ?? '');
    } else if (s.reason === 'step' || s.reason === 'goto') {
      reason = why ?? 'step';
    }
    if (!thread) thread = ctx.stmtTaskId(ctx.run.nextStatement) || (ctx.engine.tasks.find((t) => t.kind === 'process')?.id ?? 1);
    this.stoppedThread = thread;
    this.lastStop = text === undefined ? { reason } : { reason, text };
    const ev = new StoppedEvent(reason, thread, text) as DebugProtocol.StoppedEvent;
    ev.body.allThreadsStopped = true;
    if (description) ev.body.description = description;
    if (hit && hit.ids.length) ev.body.hitBreakpointIds = hit.ids;
    this.sendEvent(ev);
    this.scheduleShadow(thread);
  }

  /**
   * In idle time after a stop: moves the runtime's shadow run (a second run parked a little behind
   * this stop, for the next stepBack to replay from) on, a slice at a time, so requests in between
   * wait at most one slice. A new stop reschedules; running, restarting or ending stops it.
   */
  private scheduleShadow(thread: number): void {
    this.cancelShadow();
    const rt = this.rt;
    if (!rt) return;
    let goal = -1;
    const tick = () => {
      this.shadowTimer = null;
      if (this.ended || this.rt !== rt || this.running) return;
      // only once requests have been quiet for a moment: stepping in a hurry is not slowed down
      const quiet = Date.now() - this.lastRequestAt;
      if (quiet < SHADOW_QUIET_MS) {
        this.shadowTimer = setTimeout(tick, SHADOW_QUIET_MS - quiet);
        return;
      }
      try {
        // (where the next stepBack goes is worked out here, not at the stop: stops stay cheap)
        if (goal < 0) goal = rt.shadowGoal(rt.ctx.engine.tasks.find((t) => t.id === thread));
        if (rt.advanceShadow(goal, SHADOW_SLICE)) this.shadowTimer = setImmediate(tick);
      } catch (e) {
        rt.dropShadow();
        this.output(`sockwalk debugger (shadow run): ${e instanceof Error ? e.message : String(e)}\n`, 'stderr');
      }
    };
    this.shadowTimer = setTimeout(tick, SHADOW_QUIET_MS);
  }

  private cancelShadow(): void {
    const t = this.shadowTimer;
    this.shadowTimer = null;
    if (t) {
      clearTimeout(t as NodeJS.Timeout);
      clearImmediate(t as NodeJS.Immediate);
    }
  }

  private task(threadId: number | undefined, fallback = true): Task {
    const rt = this.stopped();
    const id = threadId ?? (fallback ? this.stoppedThread : 0);
    const task = rt.ctx.engine.tasks.find((x) => x.id === id);
    if (!task) throw new RequestError(t('no thread with id {0}', String(threadId)));
    return task;
  }

  protected override continueRequest(response: DebugProtocol.ContinueResponse): void {
    this.guard(response, () => {
      this.stopped();
      response.body = { allThreadsContinued: true };
      this.sendResponse(response);
      this.continueRun();
    });
  }

  private doStep(response: DebugProtocol.Response, kind: 'in' | 'over' | 'out', threadId: number): void {
    this.guard(response, () => {
      const rt = this.stopped();
      const t = this.task(threadId);
      const ctx = rt.ctx;
      // stepping from a scenario statement is stepping user space: relative to no task
      const fromStatement = ctx.atStatement === ctx.engine.steps && !t.stack.length;
      this.sendResponse(response);
      this.invalidate();
      const s = rt.step(kind, fromStatement ? null : t);
      this.report(s, 'step');
    });
  }

  protected override nextRequest(response: DebugProtocol.NextResponse, args: DebugProtocol.NextArguments): void {
    this.doStep(response, 'over', args?.threadId);
  }
  protected override stepInRequest(response: DebugProtocol.StepInResponse, args: DebugProtocol.StepInArguments): void {
    this.doStep(response, 'in', args?.threadId);
  }
  protected override stepOutRequest(response: DebugProtocol.StepOutResponse, args: DebugProtocol.StepOutArguments): void {
    this.doStep(response, 'out', args?.threadId);
  }

  protected override pauseRequest(response: DebugProtocol.PauseResponse): void {
    this.guard(response, () => {
      if (!this.rt) throw new RequestError(t('no scenario is running (launch one first)'));
      if (this.running) this.pauseRequested = true;
      this.sendResponse(response);
    });
  }

  protected override stepBackRequest(response: DebugProtocol.StepBackResponse, args: DebugProtocol.StepBackArguments): void {
    this.guard(response, () => {
      const rt = this.stopped();
      const t = this.task(args?.threadId);
      const target = rt.stepBackTarget(t);
      this.sendResponse(response);
      const s = rt.replay({ step: target, after: false }, false);
      this.report(s, 'step');
    });
  }

  protected override reverseContinueRequest(response: DebugProtocol.ReverseContinueResponse): void {
    this.guard(response, () => {
      const rt = this.stopped();
      const target = rt.reverseTarget();
      this.sendResponse(response);
      const s = rt.replay(target ?? { step: 1, after: false }, !!target);
      this.report(s, target ? 'breakpoint' : 'entry');
    });
  }

  // ---- threads, stacks, scopes, variables -------------------------------------------------------------

  protected override threadsRequest(response: DebugProtocol.ThreadsResponse): void {
    const tasks = this.rt ? this.rt.ctx.engine.tasks : [];
    response.body = { threads: tasks.map((t) => new Thread(t.id, t.name)) };
    this.sendResponse(response);
  }

  /** A task's frames, innermost first; the scenario line is the outermost (user-space) frame. */
  private frames(t: Task): FrameRef[] {
    const rt = this.rt!;
    const ctx = rt.ctx;
    const out: FrameRef[] = [];
    for (let i = t.stack.length - 1; i >= 0; i--) {
      const f = t.stack[i];
      if (f.fn.id < 0) {
        out.push({ kind: 'user', task: t, line: f.scenarioLine, name: this.stmtText(f.scenarioLine), frame: f, proc: t.owner as Process });
      } else {
        out.push({ kind: 'kernel', frame: f, task: t });
      }
    }
    if (!t.stack.length && t.kind === 'process') {
      const proc = t.owner as Process;
      const next = ctx.run.nextStatement;
      if (ctx.atStatement === ctx.engine.steps && next && ctx.stmtTaskId(next) === t.id) {
        out.push({ kind: 'user', task: t, line: next.loc.line, name: this.stmtText(next.loc.line), proc });
      } else {
        const last = [...ctx.run.results].reverse().find((r) => r.proc === t.name);
        if (last) {
          const ret = last.errno ? `-1 ${last.errno}` : String(last.ret);
          out.push({ kind: 'user', task: t, line: last.stmt.loc.line, name: `${last.stmt.fn}() returned ${ret}`, proc });
        }
      }
    }
    return out;
  }

  private stmtText(line: number): string {
    const raw = this.rt!.spec.scenarioLines[line - 1] ?? `line ${line}`;
    return raw.replace(/#.*$/, '').replace(/\s+/g, ' ').trim();
  }

  private frameRef(frameId: number | undefined): FrameRef {
    const rt = this.stopped();
    if (frameId === undefined || frameId === null) {
      const task = rt.ctx.engine.tasks.find((x) => x.id === this.stoppedThread);
      const fr = task ? this.frames(task)[0] : undefined;
      if (!fr) throw new RequestError(t('no frame to evaluate in'));
      return fr;
    }
    if (typeof frameId !== 'number' || frameId < 1) throw new RequestError(t('no frame with id {0}', frameId));
    const task = rt.ctx.engine.tasks.find((x) => x.id === Math.floor(frameId / 1000));
    const fr = task ? this.frames(task)[(frameId % 1000) - 1] : undefined;
    if (!fr) throw new RequestError(t('no frame with id {0} (frames are valid only while stopped at the stop that listed them)', frameId));
    return fr;
  }

  protected override stackTraceRequest(response: DebugProtocol.StackTraceResponse, args: DebugProtocol.StackTraceArguments): void {
    this.guard(response, () => {
      const t = this.task(args?.threadId, false);
      const all = this.frames(t);
      const start = args.startFrame ?? 0;
      const levels = args.levels ? args.levels : all.length;
      const frames = all.slice(start, start + levels).map((fr, i) => this.stackFrame(fr, t.id * 1000 + start + i + 1));
      response.body = { stackFrames: frames, totalFrames: all.length };
      this.sendResponse(response);
    });
  }

  private stackFrame(fr: FrameRef, id: number): StackFrame {
    if (fr.kind === 'kernel') {
      const fn = fr.frame.fn;
      const line = fr.frame.line >= 0 ? ANCHORS[fr.frame.line].line : fn.defLine;
      // the v5.4 line in the name; the source, the annotated file the editor shows
      const real = fr.frame.line >= 0 ? ANCHORS[fr.frame.line].realLine : (fn.realDefLine ?? 0);
      const file = path.join(mediaKernelDir(), fn.file);
      return new StackFrame(id, kernelFrameName(fn.name, fn.file, real), new Source(path.basename(file), file), line, 1);
    }
    const p = this.rt!.spec.scenarioPath;
    return new StackFrame(id, fr.name, new Source(path.basename(p), p), fr.line, 1);
  }

  protected override scopesRequest(response: DebugProtocol.ScopesResponse, args: DebugProtocol.ScopesArguments): void {
    this.guard(response, () => {
      const fr = this.frameRef(args?.frameId);
      const scopes: Scope[] = [];
      const host = this.rt!.ctx.run.world.hosts.find((h) => h.name === fr.task.hostName);
      if (fr.kind === 'kernel') {
        const params = paramsOf(fr.frame.fn);
        const vars = fr.frame.vars;
        const args_ = Object.keys(vars).filter((k) => params.includes(k));
        const locals = Object.keys(vars).filter((k) => !params.includes(k));
        scopes.push(new Scope(t('Arguments'), this.vars.group(() => args_.map((k) => this.vars.variable(k, vars[k], k, k))), false));
        scopes.push(new Scope(t('Locals'), this.vars.group(() => locals.map((k) => this.vars.variable(k, vars[k], k, k))), false));
      } else if (fr.proc) {
        const p = fr.proc;
        const names = new Map([...p.names.entries()].map(([n, fd]) => [fd, n]));
        scopes.push(
          new Scope(
            t('File descriptors ({0}, pid {1})', p.name, p.pid),
            this.vars.group(() =>
              [...p.fdtable.entries()].sort((a, b) => a[0] - b[0]).map(([fd, file]) => this.vars.variable(`${fd}${names.has(fd) ? ` (${names.get(fd)})` : ''}`, file, undefined, undefined)),
            ),
            false,
          ),
        );
      }
      if (host) {
        scopes.push(new Scope(t('Kernel ({0})', host.name), this.vars.group(() => this.kernelRows(host)), true));
      }
      response.body = { scopes };
      this.sendResponse(response);
    });
  }

  private kernelRows(host: Process['host']): DebugProtocol.Variable[] {
    const v = this.vars;
    const hi = host.net.tcp_hashinfo;
    const families = net_families.map((f, i) => [i, f] as const).filter(([, f]) => f);
    const sw = inetsw.map((l, i) => [i, l] as const).filter(([, l]) => l.length);
    const typeName = (t: number) => Object.entries(CONSTANTS).find(([k, x]) => x === t && k.startsWith('SOCK_'))?.[0] ?? String(t);
    const famName = (t: number) => Object.entries(CONSTANTS).find(([k, x]) => x === t && k.startsWith('AF_'))?.[0] ?? String(t);
    return [
      {
        name: 'net_families',
        value: families.map(([i, f]) => `[${famName(i)}] = ${formatValue(f)}`).join(', '),
        type: 'const struct net_proto_family *[NPROTO]',
        variablesReference: v.group(() => families.map(([i, f]) => v.variable(`[${famName(i)}]`, f, undefined, undefined))),
      },
      {
        name: 'inetsw',
        value: `{${sw.map(([i, l]) => `[${typeName(i)}]: ${l.length}`).join(', ')}}`,
        type: 'struct list_head [SOCK_MAX]',
        variablesReference: v.group(() => sw.map(([i, l]) => v.variable(`[${typeName(i)}]`, l, undefined, undefined))),
      },
      { ...v.variable('tcp_hashinfo.bhash', hi.bhash, undefined, undefined), type: t('bind buckets by port') },
      { ...v.variable('tcp_hashinfo.lhash2', hi.lhash2, undefined, undefined), type: t('listening hash by address:port') },
      { ...v.variable('tcp_hashinfo.ehash', hi.ehash, undefined, undefined), type: t('established hash by 4-tuple (full, request and timewait socks)') },
      { ...v.variable('sysctl', host.net.sysctl, undefined, undefined), type: t('net.ipv4 / net.core sysctls') },
      { ...v.variable('snmp', host.net.mib, undefined, undefined), type: t('SNMP/netstat counters') },
    ];
  }

  protected override variablesRequest(response: DebugProtocol.VariablesResponse, args: DebugProtocol.VariablesArguments): void {
    this.guard(response, () => {
      this.stopped();
      const c = this.vars.get(args?.variablesReference);
      if (!c) throw new RequestError(t('no variables with reference {0} (references are valid only until the run moves)', String(args?.variablesReference)));
      let rows = c.children();
      if (args.start !== undefined || args.count !== undefined) rows = rows.slice(args.start ?? 0, args.count ? (args.start ?? 0) + args.count : undefined);
      response.body = { variables: rows };
      this.sendResponse(response);
    });
  }

  // ---- evaluate -----------------------------------------------------------------------------------

  private lookupFor(fr: FrameRef): (n: string) => { found: boolean; value?: unknown } {
    if (fr.kind === 'kernel') return frameLookup(fr.frame);
    const byName = procLookup(fr.proc);
    return (n) => (fr.frame && n in fr.frame.vars ? { found: true, value: fr.frame.vars[n] } : byName(n));
  }

  protected override evaluateRequest(response: DebugProtocol.EvaluateResponse, args: DebugProtocol.EvaluateArguments): void {
    this.guard(
      response,
      () => {
        if (typeof args?.expression !== 'string') throw new RequestError(t('evaluate needs an expression'));
        const fr = this.frameRef(args.frameId);
        const node = parse(args.expression);
        const r = evaluate(node, this.lookupFor(fr));
        const v = this.vars.variable(args.expression, r.value, r.name, args.expression);
        response.body = { result: v.value, type: typeOf(r.value), variablesReference: v.variablesReference };
        this.sendResponse(response);
      },
      args?.context === 'repl',
    );
  }

  protected override exceptionInfoRequest(response: DebugProtocol.ExceptionInfoResponse): void {
    this.guard(response, () => {
      const rt = this.stopped();
      const h = rt.ctx.hit;
      if (!h || !h.exception) throw new RequestError(t('not stopped at a failed system call'));
      response.body = {
        exceptionId: h.exception.errno,
        description: t('{0}: {1}() returned -1 {2} (scenario line {3})', h.exception.proc, h.exception.call, h.exception.errno, h.exception.line),
        breakMode: 'always',
      };
      this.sendResponse(response);
    });
  }

  // ---- breakpoints ----------------------------------------------------------------------------------

  private bpIds = new Map<string, number>();
  /** The same breakpoint (place and settings) keeps its id when the set is re-sent. */
  private idFor(key: string): number {
    let id = this.bpIds.get(key);
    if (id === undefined) this.bpIds.set(key, (id = this.nextBpId++));
    return id;
  }

  private common(bp: { condition?: string; hitCondition?: string; logMessage?: string }, place: string): BpCommon {
    const out: BpCommon = { id: this.idFor(JSON.stringify([place, bp.condition ?? '', bp.hitCondition ?? '', bp.logMessage ?? ''])) };
    if (bp.condition && bp.condition.trim()) {
      try {
        out.condition = parse(bp.condition);
      } catch (e) {
        throw new RequestError(t('condition: {0}', (e as Error).message));
      }
    }
    if (bp.hitCondition && bp.hitCondition.trim()) out.hitCondition = parseHitCondition(bp.hitCondition);
    if (bp.logMessage) {
      try {
        out.logMessage = compileLogMessage(bp.logMessage);
      } catch (e) {
        throw new RequestError(t('log message: {0}', (e as Error).message));
      }
    }
    return out;
  }

  /** Resolves every stored breakpoint request into the runtime; returns the DAP view of each. */
  private installBreakpoints(): Map<string, DebugProtocol.Breakpoint[]> {
    const results = new Map<string, DebugProtocol.Breakpoint[]>();
    const lineBps = new Map<number, CodeBp[]>();
    const stmtBps = new Map<number, StmtBp>();
    for (const [p, args] of this.sourceBps) {
      const out: DebugProtocol.Breakpoint[] = [];
      for (const sbp of args.breakpoints ?? (args.lines ?? []).map((line) => ({ line }))) {
        out.push(this.resolveSourceBp(p, sbp, lineBps, stmtBps));
      }
      results.set(p, out);
    }
    const fnBps = new Map<number, CodeBp[]>();
    const fnOut: DebugProtocol.Breakpoint[] = [];
    for (const f of this.fnBpArgs) {
      const fn = typeof f?.name === 'string' ? findFunction(f.name.trim()) : undefined;
      if (!fn) {
        const near = FUNCTIONS.filter((x) => typeof f?.name === 'string' && f.name && x.name.includes(f.name.trim())).slice(0, 5).map((x) => x.name);
        fnOut.push({ verified: false, message: near.length ? t('no simulated kernel function named "{0}" (did you mean {1}?)', String(f?.name), near.join(', ')) : t('no simulated kernel function named "{0}"', String(f?.name)) });
        continue;
      }
      try {
        const bp: CodeBp = { ...this.common(f, `fn:${fn.name}`), kind: 'function', anchors: fn.anchors, fnId: fn.id };
        fnBps.set(fn.id, [...(fnBps.get(fn.id) ?? []), bp]);
        const file = path.join(mediaKernelDir(), fn.file);
        fnOut.push({ id: bp.id, verified: true, line: fn.defLine, source: new Source(path.basename(file), file) });
      } catch (e) {
        fnOut.push({ verified: false, message: (e as Error).message });
      }
    }
    results.set('#functions', fnOut);
    (this.rt?.spec.moments ?? []).forEach((m, i) => {
      const fn = FUNCTIONS[m.fnId];
      const times = m.times;
      const bp: CodeBp = { id: -(i + 1), kind: 'function', anchors: fn.anchors, fnId: fn.id, moment: m.explain, ...(times ? { hitCondition: (n: number) => n <= times } : {}) };
      fnBps.set(fn.id, [...(fnBps.get(fn.id) ?? []), bp]);
    });
    const dataBps: DataBp[] = [];
    const dataOut: DebugProtocol.Breakpoint[] = [];
    for (const d of this.dataBpArgs) {
      const m = typeof d?.dataId === 'string' ? /^(.+)\|(\w+)$/.exec(d.dataId) : null;
      if (!m) {
        dataOut.push({ verified: false, message: t('unknown data breakpoint id {0}', String(JSON.stringify(d?.dataId))) });
        continue;
      }
      try {
        const bp: DataBp = { ...this.common(d, `data:${d.dataId}`), objKey: m[1], field: m[2], description: `${m[1]}->${m[2]}` };
        dataBps.push(bp);
        dataOut.push({ id: bp.id, verified: true, message: t('watching {0} of {1}', m[2], m[1]) });
      } catch (e) {
        dataOut.push({ verified: false, message: (e as Error).message });
      }
    }
    results.set('#data', dataOut);
    const rt = this.rt;
    if (rt) {
      rt.lineBps = lineBps;
      rt.stmtBps = stmtBps;
      rt.fnBps = fnBps;
      rt.dataBps = dataBps;
      rt.exceptions = this.exceptionFilters.includes(FILTER_SYSCALL);
      const ctx = rt.ctx;
      for (const [k, o] of this.dataObjs) ctx.watchObj.set(k, o);
      rt.applyBreakpoints(ctx);
      if (!this.running) rt.refreshWatches(ctx);
    }
    return results;
  }

  private resolveSourceBp(p: string, sbp: DebugProtocol.SourceBreakpoint, lineBps: Map<number, CodeBp[]>, stmtBps: Map<number, StmtBp>): DebugProtocol.Breakpoint {
    const line = sbp?.line;
    if (!Number.isInteger(line) || line < 1) return { verified: false, message: t('bad line {0}', String(JSON.stringify(line))) };
    const source = new Source(path.basename(p), p);
    let common: BpCommon;
    try {
      common = this.common(sbp, `src:${p}:${line}`);
    } catch (e) {
      return { verified: false, line, source, message: (e as Error).message };
    }
    const rt = this.rt;
    if (rt && samePath(p, rt.spec.scenarioPath)) {
      const lines = rt.spec.scenario.stmts.filter((s) => s.kind === 'call' || s.kind === 'wait' || s.kind === 'sleep' || s.kind === 'pause').map((s) => s.loc.line);
      const at = lines.filter((l) => l >= line).sort((a, b) => a - b)[0];
      if (at === undefined) return { verified: false, line, source, message: t('no scenario statement runs on or after this line') };
      stmtBps.set(at, { ...common, line: at });
      return { id: common.id, verified: true, line: at, source, ...(at !== line ? { message: t('moved to the next statement (line {0})', at) } : {}) };
    }
    const rel = path.relative(mediaKernelDir(), path.resolve(p)).split(path.sep).join('/');
    if (rel.startsWith('..') || path.isAbsolute(rel)) {
      return { verified: false, line, source, message: rt ? t('not an annotated kernel source of sockwalk, nor the running scenario') : t('not an annotated kernel source (scenario breakpoints apply once the scenario is launched)') };
    }
    const idx = kernelIndex().get(rel);
    if (!idx) return { verified: false, line, source, message: t('no simulated function in {0}', rel) };
    const fn = idx.fns.find((f) => f.defLine <= line && line <= f.endLine);
    if (!fn) return { verified: false, line, source, message: t('line {0} is outside the simulated functions of {1}', line, rel) };
    let at = -1;
    for (let l = line; l <= fn.endLine; l++) {
      if (idx.lines.get(l)?.some((a) => ANCHORS[a].fn === fn)) {
        at = l;
        break;
      }
    }
    if (at < 0) return { verified: false, line, source, message: t('no simulated step on or after line {0} in {1}()', line, fn.name) };
    const anchors = idx.lines.get(at)!.filter((a) => ANCHORS[a].fn === fn);
    const bp: CodeBp = { ...common, kind: 'line', anchors };
    for (const a of anchors) lineBps.set(a, [...(lineBps.get(a) ?? []), bp]);
    return { id: bp.id, verified: true, line: at, source, ...(at !== line ? { message: t('moved to line {0}, the next line the simulation steps on in {1}()', at, fn.name) } : {}) };
  }

  /** The lines of [line, endLine] a breakpoint can stay on: simulated steps in a kernel source, statements in the running scenario. */
  protected override breakpointLocationsRequest(response: DebugProtocol.BreakpointLocationsResponse, args: DebugProtocol.BreakpointLocationsArguments): void {
    this.guard(response, () => {
      const p = args?.source?.path;
      const line = args?.line;
      if (typeof p !== 'string' || !p) throw new RequestError(t('breakpointLocations needs source.path'));
      if (!Number.isSafeInteger(line) || line < 1) throw new RequestError(t('breakpointLocations needs a line (1 or more), not {0}', String(JSON.stringify(line))));
      const end = Number.isSafeInteger(args.endLine) && (args.endLine as number) >= line ? (args.endLine as number) : line;
      const lines: number[] = [];
      const rt = this.rt;
      if (rt && samePath(p, rt.spec.scenarioPath)) {
        for (const st of rt.spec.scenario.stmts) {
          const l = st.loc.line;
          if (l >= line && l <= end && (st.kind === 'call' || st.kind === 'wait' || st.kind === 'sleep' || st.kind === 'pause')) lines.push(l);
        }
      } else {
        const rel = path.relative(mediaKernelDir(), path.resolve(p)).split(path.sep).join('/');
        const idx = rel.startsWith('..') || path.isAbsolute(rel) ? undefined : kernelIndex().get(rel);
        if (idx) {
          if (end - line < idx.lines.size) {
            for (let l = line; l <= end; l++) if (idx.lines.has(l)) lines.push(l);
          } else {
            for (const l of idx.lines.keys()) if (l >= line && l <= end) lines.push(l);
          }
        }
      }
      response.body = { breakpoints: [...new Set(lines)].sort((a, b) => a - b).map((l) => ({ line: l })) };
      this.sendResponse(response);
    });
  }

  /** Debug Console completions: the names an expression can start with here, or a struct's fields after -> and '.'. */
  protected override completionsRequest(response: DebugProtocol.CompletionsResponse, args: DebugProtocol.CompletionsArguments): void {
    this.guard(response, () => {
      if (typeof args?.text !== 'string') throw new RequestError(t('completions needs text'));
      const text = args.text.slice(0, 10_000);
      const col = Number.isSafeInteger(args.column) ? Math.max(0, Math.min(text.length, (args.column as number) - 1)) : text.length;
      const before = text.slice(0, col);
      const word = /[A-Za-z_][A-Za-z0-9_]*$/.exec(before)?.[0] ?? '';
      const head = before.slice(0, before.length - word.length);
      const lower = word.toLowerCase();
      const items: DebugProtocol.CompletionItem[] = [];
      const fr = this.rt && !this.running ? this.tryFrame(args.frameId) : undefined;
      const member = /((?:[A-Za-z_][A-Za-z0-9_]*)(?:\s*(?:->|\.)\s*[A-Za-z_][A-Za-z0-9_]*)*)\s*(->|\.)\s*$/.exec(head);
      if (member) {
        if (fr) {
          let value: unknown;
          try {
            value = evaluate(parse(member[1]), this.lookupFor(fr)).value;
          } catch {
            value = undefined;
          }
          if (typeof value === 'object' && value !== null) {
            for (const k of Object.keys(value)) {
              if (k.startsWith('_') || typeof (value as Record<string, unknown>)[k] === 'function') continue;
              if (k.toLowerCase().startsWith(lower)) items.push({ label: k, type: 'field' });
            }
          }
        }
      } else {
        const names = new Map<string, DebugProtocol.CompletionItemType>();
        if (fr?.frame) for (const k of Object.keys(fr.frame.vars)) names.set(k, 'variable');
        if (fr?.kind === 'user' && fr.proc) for (const k of fr.proc.names.keys()) names.set(k, 'variable');
        for (const k of Object.keys(CONSTANTS)) if (!names.has(k)) names.set(k, 'value');
        for (const [k, type] of names) if (k.toLowerCase().startsWith(lower)) items.push({ label: k, type });
      }
      items.sort((a, b) => (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
      response.body = { targets: items.slice(0, 500) };
      this.sendResponse(response);
    });
  }

  private tryFrame(frameId: number | undefined): FrameRef | undefined {
    try {
      return this.frameRef(frameId);
    } catch {
      return undefined;
    }
  }

  protected override setBreakPointsRequest(response: DebugProtocol.SetBreakpointsResponse, args: DebugProtocol.SetBreakpointsArguments): void {
    this.guard(response, () => {
      const p = args?.source?.path;
      if (typeof p !== 'string' || !p) throw new RequestError(t('setBreakpoints needs source.path'));
      this.sourceBps.set(path.resolve(p), args);
      const res = this.installBreakpoints();
      response.body = { breakpoints: res.get(path.resolve(p)) ?? [] };
      this.sendResponse(response);
    });
  }

  protected override setFunctionBreakPointsRequest(response: DebugProtocol.SetFunctionBreakpointsResponse, args: DebugProtocol.SetFunctionBreakpointsArguments): void {
    this.guard(response, () => {
      if (!Array.isArray(args?.breakpoints)) throw new RequestError(t('setFunctionBreakpoints needs breakpoints'));
      this.fnBpArgs = args.breakpoints;
      response.body = { breakpoints: this.installBreakpoints().get('#functions')! };
      this.sendResponse(response);
    });
  }

  protected override setExceptionBreakPointsRequest(response: DebugProtocol.SetExceptionBreakpointsResponse, args: DebugProtocol.SetExceptionBreakpointsArguments): void {
    this.guard(response, () => {
      const filters = Array.isArray(args?.filters) ? args.filters : [];
      this.exceptionFilters = filters.filter((f) => f === FILTER_SYSCALL);
      this.installBreakpoints();
      response.body = {
        breakpoints: filters.map((f) => (f === FILTER_SYSCALL ? { verified: true } : { verified: false, message: t('unknown exception filter "{0}" (known: {1})', String(f), FILTER_SYSCALL) })),
      };
      this.sendResponse(response);
    });
  }

  protected override dataBreakpointInfoRequest(response: DebugProtocol.DataBreakpointInfoResponse, args: DebugProtocol.DataBreakpointInfoArguments): void {
    this.guard(response, () => {
      this.stopped();
      let obj: unknown;
      let field: string;
      let label: string;
      if (args?.variablesReference) {
        const c = this.vars.get(args.variablesReference);
        if (!c) throw new RequestError(t('no variables with reference {0}', args.variablesReference));
        obj = c.obj;
        field = args.name;
        label = `${c.path ?? (isKObj(obj) ? objectId(obj) : '?')}->${field}`;
      } else {
        const node = parse(String(args?.name ?? ''));
        if (node.k !== 'field') {
          response.body = { dataId: null, description: t('only a field of a kernel object can be watched (like sk->sk_state), not {0}', show(node)) };
          this.sendResponse(response);
          return;
        }
        obj = evaluate(node.obj, this.lookupFor(this.frameRef(args.frameId))).value;
        field = node.name;
        label = show(node);
      }
      const v = isKObj(obj) ? (obj as Record<string, unknown>)[field] : undefined;
      if (!isKObj(obj) || !(field in obj) || !(typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean')) {
        response.body = { dataId: null, description: t('{0}: only plain fields (numbers, states, addresses) of kernel objects can be watched', label) };
      } else {
        const key = objectId(obj);
        this.dataObjs.set(key, obj);
        response.body = { dataId: `${key}|${field}`, description: `${label} (${key})`, accessTypes: ['write'], canPersist: false };
      }
      this.sendResponse(response);
    });
  }

  protected override setDataBreakpointsRequest(response: DebugProtocol.SetDataBreakpointsResponse, args: DebugProtocol.SetDataBreakpointsArguments): void {
    this.guard(response, () => {
      if (!Array.isArray(args?.breakpoints)) throw new RequestError(t('setDataBreakpoints needs breakpoints'));
      this.dataBpArgs = args.breakpoints;
      const rt = this.rt;
      if (rt) {
        const missing = new Set(args.breakpoints.map((b) => String(b.dataId).split('|')[0]).filter((k) => !this.dataObjs.has(k)));
        if (missing.size) for (const [k, o] of findObjects(rt.ctx.run, missing)) this.dataObjs.set(k, o);
      }
      response.body = { breakpoints: this.installBreakpoints().get('#data')! };
      this.sendResponse(response);
    });
  }
}

// ---- helpers ----------------------------------------------------------------------------------------

export function parseHitCondition(s: string): (n: number) => boolean {
  const m = /^\s*(>=|<=|==|=|>|<|%)?\s*(\d+)\s*$/.exec(s);
  if (!m) throw new RequestError(t('hit condition "{0}": write a count (3: the third hit), or >= 3, > 3, < 3, <= 3, == 3, % 2', s));
  const k = Number(m[2]);
  switch (m[1]) {
    case '>=':
      return (n) => n >= k;
    case '<=':
      return (n) => n <= k;
    case '>':
      return (n) => n > k;
    case '<':
      return (n) => n < k;
    case '%':
      if (k === 0) throw new RequestError(t('hit condition "% 0": the modulus must be at least 1'));
      return (n) => n % k === 0;
    default:
      return (n) => n === k;
  }
}

function samePath(a: string, b: string): boolean {
  return path.resolve(a) === path.resolve(b);
}

let index: Map<string, { lines: Map<number, number[]>; fns: FnDef[] }> | null = null;
/** Annotated file → (line → anchors on it) and the functions defined in it. */
function kernelIndex(): Map<string, { lines: Map<number, number[]>; fns: FnDef[] }> {
  if (index) return index;
  index = new Map();
  for (const fn of FUNCTIONS) {
    let e = index.get(fn.file);
    if (!e) index.set(fn.file, (e = { lines: new Map(), fns: [] }));
    e.fns.push(fn);
  }
  for (const a of ANCHORS) {
    if (!a.line) continue;
    const e = index.get(a.fn.file)!;
    e.lines.set(a.line, [...(e.lines.get(a.line) ?? []), a.id]);
  }
  return index;
}

const paramCache = new Map<number, string[]>();
/** The parameter names of a kernel function, read from its definition in the annotated source. */
export function paramsOf(fn: FnDef): string[] {
  let p = paramCache.get(fn.id);
  if (p) return p;
  const lines = readAnnotated(fn.file)?.split('\n');
  p = lines && fn.defLine > 0 ? definitionParams(lines, fn.defLine, fn.name) : [];
  paramCache.set(fn.id, p);
  return p;
}

export type { RunCtx, Node };
