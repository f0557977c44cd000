// The `sockwalk` command: list the built-in scenarios, or run one (a built-in's name or a file)
// and print its walk through the kernel as text, JSON lines or ftrace lines.
// Exit codes: 0 all ran and every expectation held; 1 an expectation failed; 2 bad input;
// 141 (128 + SIGPIPE) the reader closed the pipe (`sockwalk run … | head`): the run stops quietly.

import { builtinNames, loadScenario } from '../scenario/builtins';
import { formatDiagnostic } from '../scenario/parser';
import { parseSeed } from '../scenario/seed';
import { ScenarioRun } from '../scenario/runner';
import { resolveAnchors } from '../kernel/core/anchors';
import { readAnnotated } from '../node/paths';
import { takeSnapshot } from '../kernel/world/snapshot';
import { Format, ftraceLine, jsonLine, snapshotText, textLine, TextContext } from './format';
import type { TraceEvent } from '../kernel/core/trace';
import { langFromEnv, normalizeLang, setLanguage, t } from '../l10n/l10n';
import { translateDiagnostic } from '../l10n/diagnostics';
import { recordMain } from './record';

const USAGE = () =>
  t('usage:\n  sockwalk list\n  sockwalk run <scenario-file | built-in> [--format text|json|ftrace] [--seed N] [--no-lines]\n  sockwalk record -o FILE.sockwalk -- COMMAND [ARGS...]\n\n  --seed N     picks ISNs and ephemeral ports: an integer from 0 to 4294967295 (default 1)\n  --no-lines   leaves out the kernel\'s lines: the system calls, segments, tracepoints and pauses only\n\nRuns a scenario on sockwalk\'s simulated Linux 5.4 kernel and prints its walk through the kernel.\n--lang en|zh-cn (default: from LC_ALL, LC_MESSAGES or LANG) chooses the language of the text.');

/** Exit status after the reader closed the pipe: 128 + SIGPIPE, as a program killed by it reports. */
export const EXIT_PIPE = 128 + 13;

/**
 * Lines to a stream with backpressure: lines gather into chunks of CHUNK characters; a chunk is
 * written and, when the stream's buffer is full (a slow pipe), `flush` waits for it to drain. So the
 * output never piles up in memory, whatever the run prints. When the reader goes away (EPIPE, `| head`)
 * `closed` turns true and the run stops quietly.
 */
export class LineWriter {
  static readonly CHUNK = 64 * 1024;
  private parts: string[] = [];
  private size = 0;
  closed = false;
  private error: Error | null = null;
  private waiters: Array<() => void> = [];

  constructor(private readonly stream: NodeJS.WritableStream) {
    stream.on('error', (e: NodeJS.ErrnoException) => {
      this.closed = true;
      if (e.code !== 'EPIPE' && e.code !== 'ECONNRESET') this.error = e;
      this.wake();
    });
    stream.on('close', () => {
      this.closed = true;
      this.wake();
    });
    stream.on('drain', () => this.wake());
  }

  private wake(): void {
    const w = this.waiters;
    this.waiters = [];
    for (const f of w) f();
  }

  line(s: string): void {
    if (this.closed) return;
    this.parts.push(s, '\n');
    this.size += s.length + 1;
  }

  /** True when a chunk has gathered: call `flush` (and await it) before going on. */
  get full(): boolean {
    return this.size >= LineWriter.CHUNK;
  }

  /** Writes what has gathered; resolves once the stream can take more (or is closed). */
  async flush(): Promise<void> {
    if (this.closed || this.size === 0) {
      this.parts = [];
      this.size = 0;
      return;
    }
    const chunk = this.parts.join('');
    this.parts = [];
    this.size = 0;
    if (this.stream.write(chunk)) return;
    await new Promise<void>((resolve) => {
      if (this.closed) return resolve();
      this.waiters.push(resolve);
    });
  }

  /**
   * Writes what is left and resolves once everything written has gone out (the last write's callback:
   * writes complete in order), or the reader is gone. Not 'drain': a write that returned true may
   * still be queued, and no 'drain' would come for it.
   */
  async end(): Promise<void> {
    const chunk = this.parts.join('');
    this.parts = [];
    this.size = 0;
    if (this.closed) return;
    await new Promise<void>((resolve) => {
      this.waiters.push(resolve);
      this.stream.write(chunk, () => resolve());
    });
  }

  /** A write error other than the reader going away. */
  get failure(): Error | null {
    return this.error;
  }
}

export async function main(argv: string[], stdout: NodeJS.WritableStream = process.stdout): Promise<number> {
  const w = new LineWriter(stdout);
  const out = (s: string) => w.line(s);
  const code = await run(argv, w, out);
  await w.end();
  if (w.failure) {
    process.stderr.write(`sockwalk: cannot write the output: ${w.failure.message}\n`);
    return 1;
  }
  return w.closed && code !== 2 ? EXIT_PIPE : code;
}

async function run(argv: string[], w: LineWriter, out: (s: string) => void): Promise<number> {
  // --lang anywhere on the line; otherwise the environment's locale (LC_ALL, LC_MESSAGES, LANG)
  const li = argv.indexOf('--lang');
  let lang = langFromEnv();
  if (li >= 0) {
    const l = normalizeLang(argv[li + 1]);
    argv = [...argv.slice(0, li), ...argv.slice(li + 2)];
    if (!l) {
      setLanguage(lang);
      return usage(t('--lang takes en or zh-cn'));
    }
    lang = l;
  }
  setLanguage(lang);
  const [cmd, ...rest] = argv;
  if (cmd === 'list') {
    for (const n of builtinNames()) {
      const l = loadScenario(n);
      out(`${n.padEnd(26)} ${l.scenario ? t(l.scenario.description).split('\n')[0] : ''}`);
    }
    return 0;
  }
  if (cmd === 'record') return recordMain(rest, usage);
  if (cmd !== 'run') {
    process.stderr.write(USAGE() + '\n');
    return cmd === undefined || cmd === '--help' || cmd === '-h' ? 0 : 2;
  }
  let format: Format = 'text';
  let seed = 1;
  let lines = true;
  let target: string | undefined;
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    if (a === '--format') {
      const f = rest[++i];
      if (f !== 'text' && f !== 'json' && f !== 'ftrace') return usage(t('unknown format "{0}"', String(f)));
      format = f;
    } else if (a === '--seed') {
      const r = parseSeed(rest[++i]);
      if (!r.ok) return usage(r.message);
      seed = r.seed;
    } else if (a === '--no-lines') {
      lines = false;
    } else if (a.startsWith('--')) {
      return usage(t('unknown option {0}', a));
    } else if (target === undefined) {
      target = a;
    } else {
      return usage(t('unexpected argument {0}', a));
    }
  }
  if (!target) return usage(t('run needs a scenario'));
  const loaded = loadScenario(target);
  if (loaded.text === undefined) {
    // not read at all (missing, a directory, a pipe, too large …): one line, no file:line:col
    for (const d of loaded.diagnostics) process.stderr.write(`sockwalk: ${translateDiagnostic(d.message)}\n`);
    return 2;
  }
  const errors = loaded.diagnostics.filter((d) => d.severity === 'error');
  for (const d of loaded.diagnostics) process.stderr.write(formatDiagnostic(loaded.source, { ...d, message: translateDiagnostic(d.message) }) + '\n');
  if (errors.length || !loaded.scenario) return 2;

  resolveAnchors(readAnnotated);
  const run = new ScenarioRun(loaded.scenario, { trace: true, traceLines: lines && (format === 'text' || format === 'json'), seed, stopOnMismatch: true });
  const engine = run.engine;
  const ctx: TextContext = {
    source: (f) => readAnnotated(f)?.split('\n'),
    scenarioLines: (loaded.text ?? '').split('\n'),
    scenarioName: loaded.source,
  };
  const pids = new Map<string, number>();
  for (const h of run.world.hosts) for (const p of h.processes) pids.set(p.name, p.pid);
  const emit = (e: TraceEvent) => {
    const line = format === 'json' ? jsonLine(e) : format === 'ftrace' ? ftraceLine(e, (t) => pids.get(t) ?? 0) : textLine(e, ctx);
    if (line !== null) out(line);
  };
  if (format === 'text') {
    out(t('sockwalk — {0} (seed {1}; Linux 5.4 semantics)', loaded.source, seed));
    if (loaded.scenario.description) out(t(loaded.scenario.description).split('\n').map((l) => '  ' + l).join('\n'));
  }
  const flush = async () => {
    for (const e of engine.trace!.events()) {
      emit(e);
      if (w.full) await w.flush();
      if (w.closed) break;
    }
    engine.trace!.clear();
  };
  for (;;) {
    const stop = engine.run();
    await flush();
    if (w.closed) return EXIT_PIPE; // the reader is gone: nothing more to do
    if (run.mismatch) {
      // the first result that differs: the walk stops here (what follows would be another story)
      if (format === 'text') {
        out(`\n${t('stopped at {0}:{1}: {2}', loaded.source, run.mismatch.loc.line, translateDiagnostic(run.mismatch.message))}`);
        out(t('the simulated kernel did not give this call the result the scenario expects (for a recording: the result the real kernel gave); the walk above is the path it took'));
        out(snapshotText(takeSnapshot(run.world, engine)));
      }
      break;
    }
    if (stop.reason === 'pause' && format === 'text') out(snapshotText(takeSnapshot(run.world, engine)));
    if (stop.reason === 'end' || stop.reason === 'deadlock' || stop.reason === 'error') {
      run.finish(stop);
      break;
    }
  }
  const problems = run.problems;
  if (format === 'text') {
    out(`\n[${(engine.now / 1e6).toFixed(6)}] ${t('end: {0} calls, {1} steps', run.resultCount, engine.steps)}`);
    for (const [proc, p] of run.processes) {
      const task = p.task;
      if (task.state === 'sleeping') out(`  ${t('{0} is still blocked in {1}', proc, String(task.waitChannel))}`);
    }
  }
  for (const d of problems) process.stderr.write(formatDiagnostic(loaded.source, { ...d, message: translateDiagnostic(d.message) }) + '\n');
  if (problems.length) return 1;
  if (format === 'text') out(t('all expectations held'));
  return 0;
}

function usage(msg: string): number {
  process.stderr.write(`sockwalk: ${msg}\n${USAGE()}\n`);
  return 2;
}

if (require.main === module) {
  void main(process.argv.slice(2)).then((code) => (process.exitCode = code));
}
