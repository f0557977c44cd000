// The conformance suite: each scenario on the host kernel (a network namespace per scenario host,
// each eth0 a TAP device whose frames a relay carries as the simulator's link does: its delay, the
// scenario's faults) and in the simulator, normalised and
// compared column by column.

import * as cp from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseScenario, formatDiagnostic } from '../scenario/parser';
import type { Scenario } from '../scenario/ast';
import { defaultSysctls } from '../kernel/include/net/net_namespace';
import { prepare } from './plan';
import { parseReal, runRealRaw, runSim } from './sides';
import { normalise, compareColumn, COLUMNS, type CellDiff, type Column } from './normalise';
import { DELAYED_ACK_TIMING, EXACT_SLEEPS, LINK_RATE, NEIGH_CONFIRMATION, NOT_ON_REAL_LINK, MODEL_SYSCTLS, NEEDS_LINK_DELAY, SEGMENTS_BY_DIRECTION, SIMULATOR_GAPS, SIM_SYSCTLS, UNMODELLED_SYSCTLS, VERSION_COLUMNS, VERSION_DATA_PSH, VERSION_NOTES, VERSION_RULES, VERSION_SYSCTLS } from './rules';

export interface ScenarioReport {
  name: string;
  file: string;
  cells: Record<Column, CellDiff[]>;
  /** Why the scenario was not run on Linux at all (it needs link faults the real link cannot make). */
  skipped?: string;
  /** Columns not compared for this scenario (NEEDS_LINK_DELAY, SIMULATOR_GAPS, VERSION_COLUMNS), with what they would have shown. */
  notCompared: Partial<Record<Column, CellDiff[]>>;
  problems: string[];
  ignored: Map<string, number>;
  /** Pure ACKs merged into the segment after them (rules.ts DELAYED_ACK_TIMING), per side. */
  mergedAcks?: { sim: number; linux: number };
  /** ARP re-probes left out (rules.ts NEIGH_CONFIRMATION), per side. */
  arpReprobes?: { sim: number; linux: number };
  netnsSysctls: Record<string, string>;
  /** The real side's devices: "HOST eth0" → MTU and qdisc. */
  devices?: Record<string, { mtu: number; qdisc: string }>;
  simSysctls: Array<{ key: string; value: number }>;
  cappedSleeps: Array<{ line: number; virtualUs: number; seconds: number }>;
  kernel: string;
  secs: number;
  /** The first real run's differences, when a second run agreed (a loaded machine's timing, not the simulator). */
  unsteady?: string[];
}

export function scenarioFiles(root: string): string[] {
  const dirs = [path.join(root, 'scenarios'), path.join(root, 'scenarios', 'conformance')];
  const out: string[] = [];
  for (const d of dirs) {
    if (!fs.existsSync(d)) continue;
    for (const f of fs.readdirSync(d).sort()) if (f.endsWith('.sockwalk')) out.push(path.join(d, f));
  }
  return out;
}

/** Why the suite cannot run here, or null when it can (root, tracefs, unshare, python3, TAP devices). */
export function environmentProblem(): string | null {
  if (typeof process.getuid !== 'function' || process.getuid() !== 0) return 'not running as root (tracefs, AF_PACKET and network namespaces need it)';
  for (const tool of ['unshare', 'python3', 'ip', 'tc']) {
    if (cp.spawnSync('sh', ['-c', `command -v ${tool}`]).status !== 0) return `${tool} not found`;
  }
  if (!fs.existsSync('/sys/kernel/tracing/instances')) {
    cp.spawnSync('mount', ['-t', 'tracefs', 'nodev', '/sys/kernel/tracing']);
    if (!fs.existsSync('/sys/kernel/tracing/instances')) return 'tracefs is not available at /sys/kernel/tracing (mount failed)';
  }
  const probe = cp.spawnSync('unshare', ['--net', 'true']);
  if (probe.status !== 0) return `cannot create a network namespace (unshare --net: ${String(probe.stderr).trim()})`;
  // the real link: each host's eth0 is a TAP device (conformance/relay.py carries the frames)
  if (!fs.existsSync('/dev/net/tun')) return '/dev/net/tun is missing: the real link needs TAP devices (the tun module: modprobe tun; .ci/run makes the node)';
  const tap = cp.spawnSync('unshare', ['--net', 'python3', '-c', TAP_PROBE]);
  if (tap.status !== 0) return `cannot create a TAP device (TUNSETIFF on /dev/net/tun): ${String(tap.stderr).trim().split('\n').pop()}`;
  return null;
}

/** Makes one TAP device in a throwaway namespace, as real.py's open_tap does. */
const TAP_PROBE =
  "import fcntl, os, struct; fd = os.open('/dev/net/tun', os.O_RDWR); fcntl.ioctl(fd, 0x400454ca, struct.pack('16sH22x', b'eth0', 0x1002))";

let block = 0;
/**
 * An address block per scenario run, 10.P.Q.0/24: the hosts' addresses on the real side. Tracepoints are
 * global (every namespace's, every run's on this machine): a block of its own tells this run's apart. P
 * varies with the suite's pid so concurrent suites do not share one.
 */
function nextPrefix(): string {
  const p = 16 + (process.pid % 200);
  block = (block % 250) + 1;
  return `10.${p}.${block}`;
}

export function runScenario(root: string, file: string): ScenarioReport {
  const t0 = Date.now();
  const text = fs.readFileSync(file, 'utf8');
  const name = path.relative(path.join(root, 'scenarios'), file).replace(/\.sockwalk$/, '');
  const parsed = parseScenario(text, file);
  const errors = parsed.diagnostics.filter((d) => d.severity === 'error');
  const empty = { syscalls: [], states: [], resets: [], segments: [] } as Record<Column, CellDiff[]>;
  if (!parsed.scenario || errors.length) {
    return {
      name, file, cells: empty, notCompared: {}, problems: errors.map((d) => formatDiagnostic(file, d)), ignored: new Map(), netnsSysctls: {},
      simSysctls: [], cappedSleeps: [], kernel: '', secs: 0,
    };
  }
  const sc = parsed.scenario;
  const rate = sc.stmts.find((s) => s.kind === 'linkrate');
  if (rate) {
    return {
      name, file, cells: empty, notCompared: {}, problems: [], ignored: new Map(), netnsSysctls: {}, simSysctls: [],
      cappedSleeps: [], kernel: '', secs: (Date.now() - t0) / 1000,
      skipped: `it sets the link's rate (line ${rate.loc.line}); ${LINK_RATE}`,
    };
  }
  if (NOT_ON_REAL_LINK[name] !== undefined) {
    return {
      name, file, cells: empty, notCompared: {}, problems: [], ignored: new Map(), netnsSysctls: {}, simSysctls: [],
      cappedSleeps: [], kernel: '', secs: (Date.now() - t0) / 1000, skipped: NOT_ON_REAL_LINK[name],
    };
  }
  const first = compareOnce(root, name, file, sc, t0);
  if (agrees(first) || first.problems.length) return first;
  // The real kernel's timing is the machine's: on a loaded one a retransmission timer can fire, or a
  // process run late, where the run before did not. A difference the simulator makes shows again in a
  // second real run; one that does not is reported below the table, with what the first run showed.
  const second = compareOnce(root, name, file, sc, t0);
  if (!agrees(second)) return second;
  second.unsteady = COLUMNS.flatMap((c) => first.cells[c].map((d) => `${c} ${d.key}: sim ${d.sim} | linux ${d.linux}`));
  return second;
}

/** One comparison: the scenario on the real side (in an address block of its own) and in the simulator. */
function compareOnce(root: string, name: string, file: string, sc: Scenario, t0: number): ScenarioReport {
  let prefix = nextPrefix();
  const exact = EXACT_SLEEPS[name] !== undefined;
  let prep = prepare(sc, prefix, exact);
  let raw = runRealRaw(root, prep.plan);
  // the trace buffer is shared with whatever else runs on this machine: run again if it overran
  for (let again = 0; again < 2 && (raw.traceLost ?? 0) > 0; again++) {
    prefix = nextPrefix();
    prep = prepare(sc, prefix, exact);
    raw = runRealRaw(root, prep.plan);
  }
  // ours: an address of this run's block (a destination no host has alone is not enough — another run
  // on this machine may be sending to the same one)
  const inBlock = (ip: string) => ip.startsWith(prefix + '.');
  const real = parseReal(raw, inBlock, VERSION_RULES);

  // the simulator takes the run namespace's values for the sysctls it models
  const defaults = defaultSysctls() as unknown as Record<string, number | number[]>;
  const simSysctls: Array<{ key: string; value: number }> = [];
  for (const [k, v] of Object.entries(raw.netnsSysctls)) {
    if (!SIM_SYSCTLS.has(k)) continue;
    const n = Number(v);
    if (Number.isFinite(n) && defaults[k] !== n) simSysctls.push({ key: k, value: n });
  }
  const sim = runSim(sc, prep.plan.settleSec * 1e6, simSysctls);

  const hostOf = (ip: string) => prep.map.hostOf.get(ip);
  const byDirection = SEGMENTS_BY_DIRECTION[name] !== undefined;
  const dataPsh = SIMULATOR_GAPS[name]?.dataPsh !== false && VERSION_DATA_PSH[name] === undefined;
  const ns = normalise(sim, hostOf, prep.map.literalPorts, byDirection, dataPsh);
  const nr = normalise(real, hostOf, prep.map.literalPorts, byDirection, dataPsh);
  const cells = Object.fromEntries(COLUMNS.map((c) => [c, compareColumn(ns, nr, c)])) as Record<Column, CellDiff[]>;
  const notCompared: Partial<Record<Column, CellDiff[]>> = {};
  for (const c of [...(NEEDS_LINK_DELAY[name]?.columns ?? []), ...(SIMULATOR_GAPS[name]?.columns ?? []), ...(VERSION_COLUMNS[name]?.columns ?? [])]) {
    // (a version difference may leave the syscalls before a line compared: only the later ones go)
    const from = c === 'syscalls' ? VERSION_COLUMNS[name]?.syscallsFromLine : undefined;
    const out = from === undefined ? cells[c] : cells[c].filter((d) => Number(/^line (\d+)/.exec(d.key)?.[1] ?? 0) >= from);
    notCompared[c] = [...(notCompared[c] ?? []), ...out];
    cells[c] = cells[c].filter((d) => !out.includes(d));
  }
  const problems = [...sim.problems.map((p) => `simulator: ${p}`), ...real.problems.map((p) => `linux: ${p}`)];
  if (raw.missingEvents?.length) problems.push(`linux: tracepoints not available: ${raw.missingEvents.join(', ')}`);
  if (raw.traceLost) problems.push(`linux: the trace buffer overran (${raw.traceLost} events lost to other traffic on this machine), three times`);
  return {
    name, file, cells, notCompared, problems, ignored: real.ignored, mergedAcks: { sim: ns.mergedAcks, linux: nr.mergedAcks },
    arpReprobes: { sim: ns.arpReprobes, linux: nr.arpReprobes }, netnsSysctls: raw.netnsSysctls,
    ...(raw.devices ? { devices: raw.devices } : {}), simSysctls, cappedSleeps: prep.cappedSleeps, kernel: raw.kernel, secs: (Date.now() - t0) / 1000,
  };
}

export function agrees(r: ScenarioReport): boolean {
  return r.problems.length === 0 && COLUMNS.every((c) => r.cells[c].length === 0);
}

function readSysctl(k: string): string {
  try {
    return fs.readFileSync('/proc/sys/' + k.replace(/\./g, '/'), 'utf8').trim().split(/\s+/).join(' ');
  } catch {
    return '?';
  }
}

/** A long cell (a recv()'s bytes) shortened for the lists below the table. */
function short(s: string): string {
  return s.length > 300 ? `${s.slice(0, 300)}… (${s.length} characters)` : s;
}

/** The report: the table, the differences below it, the kernel version, the rules applied. */
export function formatReport(reports: ScenarioReport[], secs: number): string {
  const L: string[] = [];
  const kernel = reports.find((r) => r.kernel)?.kernel ?? '?';
  L.push(`sockwalk conformance: simulator (Linux 5.4) vs host kernel ${kernel}, a network namespace per host, each eth0 a TAP device, the link a relay (its delay, the scenario's faults)`);
  L.push('');
  const w = Math.max(8, ...reports.map((r) => r.name.length));
  const head = ['scenario'.padEnd(w), 'syscalls', 'states  ', 'resets/destroy', 'segments'];
  L.push(head.join(' │ '));
  L.push(head.map((h) => '─'.repeat(h.length)).join('─┼─'));
  for (const r of reports) {
    const cell = (c: Column, width: number) =>
      (r.skipped ? 'skip (‡)' : r.problems.length && c === 'syscalls' && r.cells[c].length === 0 ? 'problem' : r.cells[c].length ? 'DIFFER' : r.notCompared[c] ? (SIMULATOR_GAPS[r.name]?.columns.includes(c) ? 'n/a (§)' : VERSION_COLUMNS[r.name]?.columns.includes(c) ? (c === 'syscalls' && VERSION_COLUMNS[r.name].syscallsFromLine ? 'part (¶)' : 'n/a (¶)') : 'n/a (†)') : 'agree').padEnd(width);
    L.push([r.name.padEnd(w), cell('syscalls', 8), cell('states', 8), cell('resets', 14), cell('segments', 8)].join(' │ '));
  }
  const bad = reports.filter((r) => !agrees(r));
  L.push('');
  L.push(`${reports.length - bad.length}/${reports.length} scenarios agree; ${secs.toFixed(1)} s`);
  const skipped = reports.filter((r) => r.skipped);
  if (skipped.length) {
    L.push('');
    L.push('‡ not run on Linux:');
    for (const r of skipped) L.push(`  ${r.name}: ${r.skipped}`);
  }
  const unsteady = reports.filter((r) => r.unsteady?.length);
  if (unsteady.length) {
    L.push('');
    L.push('Run again: the real side differed once and agreed the second time (its timing on this machine, not the simulator):');
    for (const r of unsteady) for (const d of r.unsteady!) L.push(`  ${r.name}: first run ${d}`);
  }
  const excused = reports.filter((r) => !r.skipped && NEEDS_LINK_DELAY[r.name]);
  if (excused.length) {
    L.push('');
    L.push('† not compared: what the real link cannot show (rules.ts NEEDS_LINK_DELAY):');
    for (const r of excused) {
      const n = NEEDS_LINK_DELAY[r.name];
      L.push(`  ${r.name} (${n.columns.join(', ')}): ${n.why}`);
      for (const c of n.columns) for (const d of r.notCompared[c] ?? []) L.push(`    ${c} ${d.key}: sim ${short(d.sim)} | linux ${short(d.linux)}`);
    }
  }
  const versioned = reports.filter((r) => !r.skipped && VERSION_COLUMNS[r.name]);
  if (versioned.length) {
    L.push('');
    L.push(`¶ not compared: the host kernel (${kernel}) differs from v5.4 here (rules.ts VERSION_COLUMNS):`);
    for (const r of versioned) {
      const v = VERSION_COLUMNS[r.name];
      L.push(`  ${r.name} (${v.columns.map((c) => (c === 'syscalls' && v.syscallsFromLine ? `syscalls from line ${v.syscallsFromLine}` : c)).join(', ')}): ${v.why}`);
      for (const c of v.columns) for (const d of r.notCompared[c] ?? []) L.push(`    ${c} ${d.key}: sim ${short(d.sim)} | linux ${short(d.linux)}`);
    }
  }
  const pshVersioned = reports.filter((r) => !r.skipped && VERSION_DATA_PSH[r.name] !== undefined);
  if (pshVersioned.length) {
    L.push('');
    L.push(`¶ PSH of data segments not compared: the host kernel (${kernel}) builds other GSO packets than v5.4 here (rules.ts VERSION_DATA_PSH):`);
    for (const r of pshVersioned) L.push(`  ${r.name}: ${VERSION_DATA_PSH[r.name]}`);
  }
  const perDirection = reports.filter((r) => SEGMENTS_BY_DIRECTION[r.name] !== undefined && !r.skipped);
  if (perDirection.length) {
    L.push('');
    L.push('Segments compared per direction (rules.ts SEGMENTS_BY_DIRECTION; the real link has no delay):');
    for (const r of perDirection) L.push(`  ${r.name}: ${SEGMENTS_BY_DIRECTION[r.name]}`);
  }
  const gaps = reports.filter((r) => !r.skipped && SIMULATOR_GAPS[r.name]);
  if (gaps.length) {
    L.push('');
    L.push('§ not compared: the simulator differs from v5.4 here (rules.ts SIMULATOR_GAPS; to be fixed in the simulator):');
    for (const r of gaps) {
      const g = SIMULATOR_GAPS[r.name];
      const what = [...g.columns, ...(g.dataPsh === false ? ['PSH of data segments'] : [])];
      L.push(`  ${r.name} (${what.join(', ')}): ${g.why}`);
      for (const c of g.columns) for (const d of r.notCompared[c] ?? []) L.push(`    ${c} ${d.key}: sim ${short(d.sim)} | linux ${short(d.linux)}`);
    }
  }
  for (const r of bad) {
    L.push('');
    L.push(`── ${r.name} (${path.relative(process.cwd(), r.file)})`);
    for (const p of r.problems) L.push(`  problem: ${p}`);
    for (const c of COLUMNS) {
      if (!r.cells[c].length) continue;
      L.push(`  ${c}:`);
      for (const d of r.cells[c]) {
        L.push(`    ${d.key}`);
        L.push(`      sim:   ${d.sim}`);
        L.push(`      linux: ${d.linux}`);
      }
    }
  }
  L.push('');
  L.push(`Host kernel: ${kernel}. Version differences applied by rule (real events left out of the comparison):`);
  const totals = new Map<string, number>();
  for (const r of reports) for (const [k, n] of r.ignored) totals.set(k, (totals.get(k) ?? 0) + n);
  for (const rule of VERSION_RULES) {
    L.push(`  - ${rule.id}: ${rule.what} — ${rule.why} [${totals.get(rule.id) ?? 0} events left out]`);
  }
  for (const v of VERSION_SYSCTLS) L.push(`  - ${v.key} = ${v.value} in the run's namespace: ${v.why}`);
  for (const n of VERSION_NOTES) L.push(`  - ${n.id}: ${n.what} — ${n.why} [not compared]`);
  const merged = reports.reduce((m, r) => ({ sim: m.sim + (r.mergedAcks?.sim ?? 0), linux: m.linux + (r.mergedAcks?.linux ?? 0) }), { sim: 0, linux: 0 });
  L.push(`Harness timing (not a version difference):`);
  L.push(`  - ${DELAYED_ACK_TIMING.id}: ${DELAYED_ACK_TIMING.what} — ${DELAYED_ACK_TIMING.why} [${merged.linux} merged on the real side, ${merged.sim} in the simulator]`);
  const reprobes = reports.reduce((m, r) => ({ sim: m.sim + (r.arpReprobes?.sim ?? 0), linux: m.linux + (r.arpReprobes?.linux ?? 0) }), { sim: 0, linux: 0 });
  L.push(`Not simulated (timing on the real side):`);
  L.push(`  - ${NEIGH_CONFIRMATION.id}: ${NEIGH_CONFIRMATION.what} — ${NEIGH_CONFIRMATION.why} [${reprobes.linux} left out on the real side, ${reprobes.sim} in the simulator]`);
  L.push('');
  L.push(
    "Environment: each scenario host runs in a fresh network namespace (lo and eth0, a TAP device whose frames conformance/relay.py carries to the other hosts' — the link; " +
      'every other address routed out of eth0). Its sysctls are the kernel\'s per-namespace defaults, not the host\'s, but for these, set to what the simulator models:',
  );
  for (const m of MODEL_SYSCTLS) L.push(`  ${m.key} = ${m.value}: ${m.why}`);
  L.push('  eth0: TSO, GSO and GRO off — TCP still builds GSO packets (sk_route_forced_caps = NETIF_F_GSO), cut into MSS-sized segments by validate_xmit_skb before the device, as behind the simulated NIC; qdisc pfifo_fast (the simulated NIC\'s)');
  const devs = reports.find((r) => r.devices)?.devices;
  if (devs) L.push(`  devices (${reports.find((r) => r.devices)!.name}): ${Object.entries(devs).map(([k, d]) => `${k} mtu ${d.mtu} ${d.qdisc}`).join(', ')}`);
  L.push("  the link: the relay holds each frame for the link's one-way delay (the simulator's 1 ms, or the scenario's `link delay`) and applies the scenario's drop, delay, every-Nth and link-down faults frame by frame as the simulator does, from when the script reaches them; packets on the link are recorded by the relay as they leave their sender, lo's by AF_PACKET");
  L.push('The first host\'s namespace:');
  const ns = reports.find((r) => Object.keys(r.netnsSysctls).length)?.netnsSysctls ?? {};
  const defaults = defaultSysctls() as unknown as Record<string, number | number[]>;
  for (const [k, v] of Object.entries(ns)) {
    const host = readSysctl(k);
    const hostNote = host !== v ? ` (host init namespace: ${host}, not used)` : '';
    if (SIM_SYSCTLS.has(k)) {
      const d = defaults[k];
      const same = String(d) === v;
      L.push(`  ${k} = ${v}${hostNote}: ${same ? 'simulator default agrees' : `simulator default ${d}; set to ${v} for the comparison`}`);
    } else if (k === 'net.ipv4.ip_local_port_range') {
      const d = (defaults[k] as number[]).join(' ');
      L.push(`  ${k} = ${v}${hostNote}: ${d === v ? 'simulator agrees' : `DIFFERS from the simulator's ${d} (ports are normalised to roles)`}`);
    } else if (UNMODELLED_SYSCTLS[k]) {
      const u = UNMODELLED_SYSCTLS[k];
      L.push(`  ${k} = ${v}${hostNote}: ${u.stock === v ? 'stock value' : `NOT STOCK (stock ${u.stock})`}; simulator: ${u.sim}`);
    } else {
      L.push(`  ${k} = ${v}${hostNote}`);
    }
  }
  const capped = reports.filter((r) => r.cappedSleeps.length);
  if (capped.length) {
    L.push('');
    L.push('Real-side sleeps shortened (virtual time is not compared; nothing in these scenarios happens late in them but the neighbour\'s ARP probe at 5 s, inside the 6 s cap):');
    for (const r of capped) for (const s of r.cappedSleeps) L.push(`  ${r.name} line ${s.line}: ${s.virtualUs / 1e6} s → ${s.seconds} s`);
  }
  return L.join('\n');
}
