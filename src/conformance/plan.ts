// From a parsed scenario to the real side's plan (conformance/real.py): each scenario host becomes
// a network namespace with its addresses in the run's own block, constants become numbers, payloads
// become bytes, sleeps become real sleeps.
// The same scenario text drives the simulator; nothing here changes what the scenario means.

import type { Arg, Scenario, Stmt } from '../scenario/ast';
import { CONSTANTS } from '../kernel/include/uapi';
import { MODEL_SYSCTLS, VERSION_SYSCTLS } from './rules';

type CallStmt = Extract<Stmt, { kind: 'call' }>;

/** A plan's argument: an int, bytes, an fd name, an address, or a descriptor list (poll's fd and events; select's fd, events 0). */
export type RealArg =
  | number
  | string
  | { fd: string }
  | { ip: string; port: number }
  | { list: Array<{ fd: number | { fd: string }; events: number }> }
  /** A payload of n bytes of FILLER, made by the process that sends it (a 1 MB JSON string would cost it milliseconds to decode). */
  | { fill: number };

export type PlanStmt =
  | { kind: 'call'; line: number; proc: string; fn: string; args: RealArg[]; background: boolean; assign?: string }
  | { kind: 'wait'; line: number; proc: string; target?: string }
  /** `P: fork C` / `P: thread C`: P itself forks C (a copy of its table) or starts thread C (the same table). */
  | { kind: 'spawn'; line: number; proc: string; how: 'fork' | 'thread'; child: string }
  | { kind: 'sleep'; line: number; seconds: number; virtualUs: number }
  /** `HOST: iptables …`: iptables' arguments, addresses mapped; run in HOST's namespace (see iptablesArgs). */
  | { kind: 'iptables'; line: number; host: string; args: string[] }
  /** `drop …` / `delay …`: handed to the link relay (conformance/relay.py) when the script reaches it, in force from then on. */
  | { kind: 'fault'; line: number; action: 'drop' | 'delay'; count: number; from: string; to: string; flags?: string; extraUs: number; every: number }
  /** `link down D`: the relay loses every frame between two hosts for D from when the script reaches it. */
  | { kind: 'linkdown'; line: number; durationUs: number };

/**
 * A scenario host on the real side: a network namespace with lo and eth0 (a TAP device, its frames carried
 * by the link relay, conformance/relay.py), its addresses on eth0 in the run's block, every other
 * address routed out of eth0 (as the simulator's hosts route them), the MTUs the scenario gives.
 */
export interface PlanHost {
  name: string;
  /** Its addresses in the run's block (/prefixLen on eth0). */
  addrs: string[];
  eth0Mtu: number;
  loMtu: number;
  /** Sysctls the scenario sets on this host (`sysctl HOST KEY VALUE`): written in its namespace, values space-separated. */
  sysctls: Record<string, string>;
}

export interface Plan {
  hosts: PlanHost[];
  prefixLen: number;
  /** Every scenario process, on its host's namespace; a spawned one names its parent (the real side's parent forks it or starts it as a thread). */
  procs: Array<{ name: string; host: string; spawnedBy?: string; how?: 'fork' | 'thread' }>;
  stmts: PlanStmt[];
  /** What the simulator models, set in every host's namespace (rules.ts MODEL_SYSCTLS). */
  modelSysctls: Record<string, string>;
  /** 6.x-only knobs set to their 5.4 behaviour (rules.ts VERSION_SYSCTLS). */
  versionSysctls: Record<string, number>;
  /** The link's one-way delay (the simulator's 1 ms, or the scenario's `link delay`): the relay holds each frame this long. */
  linkDelayUs: number;
  callTimeoutSec: number;
  settleSec: number;
  stepSec: number;
  /**
   * Sleeps as long as the simulator's, on its timeline (real.py takes the harness's own time between
   * statements back): for a scenario whose statements must land between two segments (rules.ts EXACT_SLEEPS).
   */
  exactSleeps: boolean;
  budgetSec: number;
}

export interface AddressMap {
  /** scenario address → the run's block's */
  toReal: Map<string, string>;
  /** address (either side) → host name */
  hostOf: Map<string, string>;
  /** Ports written in the scenario: they keep their numbers; every other port is ephemeral. */
  literalPorts: Set<number>;
}

export interface Prepared {
  plan: Plan;
  map: AddressMap;
  /** Sleeps shortened on the real side (virtual duration → real seconds), for the report. */
  cappedSleeps: Array<{ line: number; virtualUs: number; seconds: number }>;
}

/**
 * The iptables arguments of a rule for the real side, run in its host's own namespace there (so the
 * rule, its number and -F are that host's alone, as in the simulator); scenario addresses become the
 * run's.
 */
export function iptablesArgs(s: Extract<Stmt, { kind: 'iptables' }>, real: (a: string) => string): string[] {
  const c = s.cmd;
  const op = `-${c.op}`;
  if (c.op === 'F') return c.chain ? [op, c.chain] : [op];
  const out = [op, c.chain!];
  if (c.num !== undefined) out.push(String(c.num));
  const r = c.rule;
  if (!r) return out;
  const addr = (a: { addr: string; prefix: number }) => `${real(a.addr)}/${a.prefix}`;
  if (r.src) out.push('-s', addr(r.src));
  if (r.dst) out.push('-d', addr(r.dst));
  if (r.proto) out.push('-p', r.proto);
  const range = (p: [number, number]) => (p[0] === p[1] ? String(p[0]) : `${p[0]}:${p[1]}`);
  if (r.sport) out.push('--sport', range(r.sport));
  if (r.dport) out.push('--dport', range(r.dport));
  if (r.tcpFlags) out.push('--tcp-flags', ...r.tcpFlags.text.split(' '));
  out.push('-j', r.target);
  if (r.rejectWith) out.push('--reject-with', r.rejectWith);
  return out;
}

/**
 * Real sleep for a virtual one: short sleeps are stretched (ordering on a busy host), long ones capped
 * at 6 s — past the neighbour's first probe (a host that used a neighbour it learnt from an ARP request,
 * unconfirmed, probes it DELAY_PROBE_TIME = 5 s later; the real timer wheel may fire a 5 s timer up to
 * 512 ms late), so that probe is inside both sides' capture, never at its edge.
 */
export function realSleep(us: number): number {
  const s = us / 1e6;
  if (s < 0.5) return Math.max(0.03, s * 3);
  return Math.min(s + 0.15, 6);
}

/** The link's one-way delay as the simulator has it: World.delayUs, 1 ms unless the scenario says `link delay`. */
export function linkDelayUs(sc: Scenario): number {
  let d = 1000;
  for (const s of sc.stmts) if (s.kind === 'link') d = s.delayUs;
  return d;
}

/**
 * Real sleep for a virtual one on the simulator's timeline (EXACT_SLEEPS): as long, but a long one
 * waits longer — a kernel timer that far out is kept in a coarse level of the timer wheel
 * (kernel/time/timer.c calc_wheel_index; at this host's HZ 250: 32 ms from 256 ms out, 256 ms from
 * 2 s, 2048 ms from 16 s) and fires up to that much late, where the simulator's fires on time; the
 * statements after the sleep must see it fired (ip_expire after ipfrag_time's 30 s).
 */
export function exactSleep(us: number): number {
  const s = us / 1e6;
  return s >= 16 ? s + 2.2 : s >= 1 ? s + 0.3 : s;
}

/** A payload given as a byte count: this, repeated (conformance/real.py FILLER is the same). */
export const FILLER = 'abcdefghijklmnopqrstuvwxyz0123456789';
function payload(a: Arg): string {
  if (a.kind === 'string') return a.value;
  const n = a.kind === 'int' ? a.value : 0;
  let s = '';
  while (s.length < n) s += FILLER;
  return s.slice(0, n);
}

/**
 * Builds the plan. `prefix` is the first three octets of the run's block (10.P.Q.n, /24), unique per
 * scenario run so that tracepoints (global, not per namespace) can be told apart.
 */
export function prepare(sc: Scenario, prefix: string, exactSleeps = false): Prepared {
  const hosts = sc.stmts.filter((s): s is Extract<Stmt, { kind: 'host' }> => s.kind === 'host');
  const toReal = new Map<string, string>();
  const hostOf = new Map<string, string>();
  let n = 1;
  for (const h of hosts) {
    for (const a of h.addrs) {
      const real = `${prefix}.${n++}`;
      toReal.set(a, real);
      hostOf.set(a, h.name);
      hostOf.set(real, h.name);
    }
  }
  const procHost = new Map<string, string>();
  for (const h of hosts) procHost.set(h.name, h.name);
  const spawnedBy = new Map<string, { parent: string; how: 'fork' | 'thread' }>();
  for (const s of sc.stmts) {
    if (s.kind === 'process') procHost.set(s.name, s.host);
    // (a child runs on its parent's host)
    if (s.kind === 'spawn' && procHost.has(s.proc)) {
      procHost.set(s.child, procHost.get(s.proc)!);
      spawnedBy.set(s.child, { parent: s.proc, how: s.how });
    }
  }

  const literalPorts = new Set<number>();
  const calls = sc.stmts.filter((s): s is CallStmt => s.kind === 'call');
  for (const c of calls) for (const a of c.args) if (a.kind === 'addr' && a.port !== 0) literalPorts.add(a.port);

  const stmts: PlanStmt[] = [];
  const cappedSleeps: Prepared['cappedSleeps'] = [];
  for (const s of sc.stmts) {
    if (s.kind === 'call') {
      const args: RealArg[] = s.args.map((a, i): RealArg => {
        switch (a.kind) {
          case 'int':
            if ((s.fn === 'send' || s.fn === 'write' || s.fn === 'sendto') && i === 1) return { fill: a.value };
            return a.value;
          case 'string':
            return payload(a);
          case 'name':
            if (a.name in CONSTANTS) return CONSTANTS[a.name];
            return { fd: a.name };
          case 'or':
            return a.parts.reduce((acc, x) => acc | (x.kind === 'int' ? x.value : CONSTANTS[x.name] ?? 0), 0);
          case 'list':
            return {
              list: a.items.map((it) => {
                const ev = it.events;
                const events = ev === undefined ? 0 : ev.kind === 'int' ? ev.value : ev.kind === 'name' ? CONSTANTS[ev.name] ?? 0
                  : ev.parts.reduce((acc, x) => acc | (x.kind === 'int' ? x.value : CONSTANTS[x.name] ?? 0), 0);
                return { fd: it.fd.kind === 'int' ? it.fd.value : { fd: it.fd.name }, events };
              }),
            };
          case 'addr':
            // (an address no scenario host has stays as written: out of eth0, where nobody answers its ARP)
            return { ip: toReal.get(a.ip) ?? a.ip, port: a.port };
        }
      });
      stmts.push({ kind: 'call', line: s.loc.line, proc: s.proc, fn: s.fn, args, background: s.background, ...(s.assign ? { assign: s.assign } : {}) });
    } else if (s.kind === 'spawn') {
      stmts.push({ kind: 'spawn', line: s.loc.line, proc: s.proc, how: s.how, child: s.child });
    } else if (s.kind === 'wait') {
      stmts.push({ kind: 'wait', line: s.loc.line, proc: s.proc, ...(s.target ? { target: s.target } : {}) });
    } else if (s.kind === 'sleep') {
      const seconds = exactSleeps ? exactSleep(s.durationUs) : realSleep(s.durationUs);
      if (seconds < s.durationUs / 1e6) cappedSleeps.push({ line: s.loc.line, virtualUs: s.durationUs, seconds });
      stmts.push({ kind: 'sleep', line: s.loc.line, seconds, virtualUs: s.durationUs });
    } else if (s.kind === 'iptables') {
      stmts.push({ kind: 'iptables', line: s.loc.line, host: s.host, args: iptablesArgs(s, (a) => toReal.get(a) ?? a) });
    } else if (s.kind === 'fault') {
      stmts.push({
        kind: 'fault', line: s.loc.line, action: s.action, count: s.count, from: s.from, to: s.to,
        ...(s.flags !== undefined ? { flags: s.flags } : {}), extraUs: s.extraUs ?? 0, every: s.every ?? 0,
      });
    } else if (s.kind === 'linkdown') {
      stmts.push({ kind: 'linkdown', line: s.loc.line, durationUs: s.durationUs });
    }
    // pause: a no-op on the real side; host/process/link/sysctl: set up below or not applicable
  }

  // each host's devices with the simulator's MTUs: eth0 1500, lo 65536, or the scenario's `mtu HOST [lo] N`
  const mtuOf = (h: string, dev: 'eth0' | 'lo') => {
    let m = dev === 'lo' ? 65536 : 1500;
    for (const s of sc.stmts) if (s.kind === 'mtu' && s.host === h && s.dev === dev) m = s.mtu;
    return m;
  };
  const planHosts: PlanHost[] = hosts.map((h) => {
    const sysctls: Record<string, string> = {};
    for (const s of sc.stmts) if (s.kind === 'sysctl' && s.host === h.name) sysctls[s.key] = (s.values ?? [s.value]).join(' ');
    return { name: h.name, addrs: h.addrs.map((a) => toReal.get(a)!), eth0Mtu: mtuOf(h.name, 'eth0'), loMtu: mtuOf(h.name, 'lo'), sysctls };
  });

  const procs = [...procHost.entries()].map(([name, host]) => {
    const sp = spawnedBy.get(name);
    return { name, host, ...(sp ? { spawnedBy: sp.parent, how: sp.how } : {}) };
  });
  const sleepTotal = stmts.reduce((t, s) => t + (s.kind === 'sleep' ? s.seconds : 0), 0);
  const callTimeoutSec = 10;
  return {
    plan: {
      hosts: planHosts,
      prefixLen: 24,
      procs,
      stmts,
      modelSysctls: Object.fromEntries(MODEL_SYSCTLS.map((v) => [v.key, v.value])),
      versionSysctls: Object.fromEntries(VERSION_SYSCTLS.map((v) => [v.key, v.value])),
      linkDelayUs: linkDelayUs(sc),
      callTimeoutSec,
      settleSec: 0.2,
      stepSec: exactSleeps ? 0 : Number(process.env.SOCKWALK_CONFORMANCE_STEP_SEC ?? 0),
      exactSleeps,
      budgetSec: Math.ceil(sleepTotal + 30),
    },
    map: { toReal, hostOf, literalPorts },
    cappedSleeps,
  };
}
