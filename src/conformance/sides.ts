// The two sides of a conformance run: the simulator in process, and the host kernel through
// conformance/real.py, a network namespace per scenario host. Both end as a SideRun (model.ts).

import * as cp from 'node:child_process';
import * as path from 'node:path';
import type { Scenario, Stmt } from '../scenario/ast';
import { ScenarioRun } from '../scenario/runner';
import { resolveAnchors } from '../kernel/core/anchors';
import { readAnnotated } from '../node/paths';
import type { TraceEvent } from '../kernel/core/trace';
import type { CallOutcome, Segment, SideRun, TpEvent, TpKind } from './model';
import { ERRNO } from '../kernel/include/uapi';
import type { Plan } from './plan';

const KINDS: Record<string, TpKind> = {
  inet_sock_set_state: 'state',
  tcp_send_reset: 'send_reset',
  tcp_receive_reset: 'receive_reset',
  tcp_destroy_sock: 'destroy',
  tcp_retransmit_synack: 'retransmit_synack',
  tcp_retransmit_skb: 'retransmit_skb',
  inet_sk_error_report: 'error_report',
};

function outcomeText(r: { ret?: number; errno?: string | number | null; data?: string | null }): string {
  if (r.errno !== undefined && r.errno !== null) return `-1 ${r.errno}`;
  if (r.data !== undefined && r.data !== null) return `${r.ret} ${JSON.stringify(r.data)}`;
  return String(r.ret);
}

// ---- simulator -----------------------------------------------------------------------------------

let anchorsResolved = false;

export interface SimSide extends SideRun {
  problems: string[];
}

/**
 * Runs the scenario on the simulator. Events are kept up to `settleUs` after the script's last
 * statement finished (the real side stops recording after the same settle time); the simulator
 * would otherwise run every timer to its end.
 */
export function runSim(sc: Scenario, settleUs: number, extraSysctls: Array<{ key: string; value: number }>): SimSide {
  if (!anchorsResolved) {
    const problems = resolveAnchors(readAnnotated);
    if (problems.length) throw new Error('anchors: ' + problems.map((p) => p.message).join('; '));
    anchorsResolved = true;
  }
  const hosts = sc.stmts.filter((s) => s.kind === 'host') as Array<Extract<Stmt, { kind: 'host' }>>;
  const already = new Set(sc.stmts.filter((s) => s.kind === 'sysctl').map((s) => (s as { key: string }).key));
  const injected: Stmt[] = [];
  for (const x of extraSysctls) {
    if (already.has(x.key)) continue;
    for (const h of hosts) injected.push({ kind: 'sysctl', host: h.name, key: x.key, value: x.value, loc: { line: 0, col: 0 } });
  }
  const scenario: Scenario = { ...sc, stmts: [...injected, ...sc.stmts] };
  const run = new ScenarioRun(scenario, { trace: true });
  let tEnd = -1;
  const driver = run.engine.driver!;
  run.engine.driver = {
    step: () => {
      const d = driver.step();
      if (d === 'done' && tEnd < 0) tEnd = run.engine.now;
      return d;
    },
  };
  const stop = run.runToEnd();
  if (tEnd < 0) tEnd = run.engine.now;
  const problems = run.problems.map((p) => `line ${p.loc.line}: ${p.message}`);
  if (stop.reason === 'error') problems.push(`simulator stopped with an error`);
  const limit = tEnd + settleUs;
  const events: TpEvent[] = [];
  const segments: Segment[] = [];
  for (const e of run.engine.trace!.toArray() as TraceEvent[]) {
    const any = e as unknown as Record<string, unknown>;
    if (typeof any.t === 'number' && (any.t as number) > limit) continue;
    if (e.ev === 'packet') {
      // (every packet a capture would see, ARP and ICMP too: the real side has the same link)
      segments.push({ saddr: e.saddr, sport: e.sport, daddr: e.daddr, dport: e.dport, flags: e.flags, len: e.len, ack: e.ack, ...(e.frag ? { frag: e.frag } : {}) });
      continue;
    }
    const kind = KINDS[e.ev];
    if (!kind) continue;
    events.push({
      kind,
      sk: String(any.skaddr ?? '0'),
      saddr: String(any.saddr ?? '0.0.0.0'),
      sport: Number(any.sport ?? 0),
      daddr: String(any.daddr ?? '0.0.0.0'),
      dport: Number(any.dport ?? 0),
      ...(any.oldstate ? { oldstate: String(any.oldstate), newstate: String(any.newstate) } : {}),
    });
  }
  const results: CallOutcome[] = run.results.map((r) => ({ line: r.stmt.loc.line, proc: r.proc, fn: r.stmt.fn, text: outcomeText(r) }));
  const done = new Set(results.map((r) => r.line));
  for (const s of sc.stmts) {
    if (s.kind === 'call' && !done.has(s.loc.line)) results.push({ line: s.loc.line, proc: s.proc, fn: s.fn, text: 'unfinished' });
  }
  return { results, events, segments, problems };
}

// ---- host kernel ---------------------------------------------------------------------------------

export interface RealOutput {
  kernel: string;
  results: Array<{ line: number; proc: string; fn: string; ret?: number; errno?: number | string | null; data?: string | null; hang?: boolean; unfinished?: boolean }>;
  problems: string[];
  netnsSysctls: Record<string, string>;
  missingEvents?: string[];
  /** Events the tracefs ring buffer overwrote (other traffic on the machine filled it). */
  traceLost?: number;
  pids?: number[];
  trace?: { fields: string[]; text: string[] };
  packets?: Segment[];
  /** Each host's devices as set up: "HOST eth0" → its MTU and qdisc. */
  devices?: Record<string, { mtu: number; qdisc: string }>;
}

export interface RealSide extends SideRun {
  raw: RealOutput;
  problems: string[];
  /** Trace lines dropped by a version rule, by rule id. */
  ignored: Map<string, number>;
}

export function realScript(root: string): string {
  return path.join(root, 'conformance', 'real.py');
}

export function runRealRaw(root: string, plan: Plan): RealOutput {
  const spawn = () =>
    cp.spawnSync('unshare', ['--net', 'python3', realScript(root)], {
      input: JSON.stringify(plan),
      encoding: 'utf8',
      timeout: (plan.budgetSec + 30) * 1000,
      maxBuffer: 64 << 20,
      killSignal: 'SIGKILL',
    });
  let r = spawn();
  // (ENOBUFS or EAGAIN: the machine was short of buffers or processes for a moment, or the output
  // outgrew maxBuffer — a trace flooded by other loopback traffic on a loaded shared machine, where
  // this was seen; as with an overrun trace buffer, the scenario runs again in a fresh namespace)
  for (let k = 0; k < 3 && r.error && /ENOBUFS|EAGAIN/.test((r.error as NodeJS.ErrnoException).code ?? r.error.message); k++) {
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 500 * (k + 1));
    r = spawn();
  }
  if (r.error) throw new Error(`real side: ${r.error.message}`);
  const line = r.stdout.trim().split('\n').pop() ?? '';
  try {
    return JSON.parse(line) as RealOutput;
  } catch {
    throw new Error(`real side failed (exit ${r.status}): ${r.stderr.trim().slice(-2000)}`);
  }
}

/** errno numbers by name, from the simulator's own table (every errno a scenario may expect). */
const ERRNAMES: Record<number, string> = Object.fromEntries(Object.entries(ERRNO).map(([name, n]) => [n, name]));

const LINE_RE = /^\s*(.*)-(\d+)\s+\[\d+\]\s+\S+\s+[\d.]+:\s+(\w+):\s+(.*)$/;

/** `name=value (decimal)` pairs of the `fields` rendering, or `name=value` of the print format. */
function kv(s: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /(\w+)=(\S+)(?: \((-?\d+)\))?/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s))) out[m[1]] = m[2];
  return out;
}

function endpoint(s: string | undefined): [string, number] {
  const m = /^(\d+\.\d+\.\d+\.\d+):(\d+)$/.exec(s ?? '');
  return m ? [m[1], Number(m[2])] : ['0.0.0.0', 0];
}

/**
 * Parses the real side's trace (two renderings of one buffer, line by line), keeps the events of
 * this run (an address in its loopback block, or raised by one of its processes) and applies the
 * version rules.
 */
export function parseReal(
  raw: RealOutput,
  ours: (ip: string) => boolean,
  rules: Array<{ id: string; drops: (e: TpEvent) => boolean }>,
): RealSide {
  const problems = [...raw.problems];
  const events: TpEvent[] = [];
  const ignored = new Map<string, number>();
  const fields = raw.trace?.fields ?? [];
  const text = raw.trace?.text ?? [];
  if (fields.length !== text.length) problems.push(`trace renderings differ in length (${fields.length} vs ${text.length})`);
  const pids = new Set((raw.pids ?? []).map(String));
  for (let i = 0; i < Math.min(fields.length, text.length); i++) {
    const mf = LINE_RE.exec(fields[i]);
    const mt = LINE_RE.exec(text[i]);
    if (!mf || !mt) continue;
    const kind = KINDS[mt[3]];
    if (!kind) continue;
    const f = kv(mf[4]);
    const t = kv(mt[4]);
    let e: TpEvent;
    if (kind === 'send_reset') {
      const [saddr, sport] = endpoint(t.src);
      const [daddr, dport] = endpoint(t.dest);
      e = { kind, sk: f.skaddr === '0x0' ? '0' : f.skaddr, saddr, sport, daddr, dport, state: t.state, reason: t.reason };
    } else {
      e = {
        kind,
        sk: kind === 'error_report' ? '0' : f.skaddr === '0x0' ? '0' : f.skaddr ?? '0',
        saddr: t.saddr ?? '0.0.0.0',
        sport: Number(t.sport ?? 0),
        daddr: t.daddr ?? '0.0.0.0',
        dport: Number(t.dport ?? 0),
        ...(kind === 'state' ? { oldstate: t.oldstate, newstate: t.newstate } : {}),
        ...(kind === 'error_report' ? { error: Number(t.error) } : {}),
        ...(kind === 'retransmit_skb' && t.err !== undefined ? { err: Number(t.err) } : {}),
      };
    }
    // ours by address; or, for a wildcard socket (a listener on 0.0.0.0), by the task that fired it —
    // a softirq may also run someone else's loopback traffic in our task's context, so that alone is not enough
    const wildcard = (a: string) => a === '0.0.0.0';
    if (!(ours(e.saddr) || ours(e.daddr) || (pids.has(mt[2]) && (wildcard(e.saddr) || ours(e.saddr)) && (wildcard(e.daddr) || ours(e.daddr))))) continue;
    const rule = rules.find((r) => r.drops(e));
    if (rule) {
      ignored.set(rule.id, (ignored.get(rule.id) ?? 0) + 1);
      continue;
    }
    events.push(e);
  }
  // (every packet captured is this run's: its namespaces are its own)
  const segments = raw.packets ?? [];
  const results: CallOutcome[] = raw.results.map((r) => ({
    line: r.line,
    proc: r.proc,
    fn: r.fn,
    text: r.hang
      ? 'hang'
      : r.unfinished
        ? 'unfinished'
        : outcomeText({ ret: r.ret, errno: typeof r.errno === 'number' ? ERRNAMES[r.errno] ?? `E${r.errno}` : r.errno, data: r.data }),
  }));
  return { results, events, segments, raw, problems, ignored };
}
