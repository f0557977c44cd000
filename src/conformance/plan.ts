// From a parsed scenario to the real side's plan (conformance/real.py): the scenario's hosts get
// loopback addresses, constants become numbers, payloads become bytes, sleeps become real sleeps.
// The same scenario text drives the simulator; nothing here changes what the scenario means.

import type { Arg, Scenario, Stmt } from '../scenario/ast';
import { CONSTANTS } from '../kernel/include/uapi';
import { VERSION_SYSCTLS } from './rules';

type CallStmt = Extract<Stmt, { kind: 'call' }>;

/** A plan's argument: an int, bytes, an fd name, an address, or a descriptor list (poll's fd and events; select's fd, events 0). */
export type RealArg = number | string | { fd: string } | { ip: string; port: number } | { list: Array<{ fd: number | { fd: string }; events: number }> };

export type PlanStmt =
  | { kind: 'call'; line: number; proc: string; fn: string; args: RealArg[]; background: boolean; assign?: string }
  | { kind: 'wait'; line: number; proc: string; target?: string }
  /** `P: fork C` / `P: thread C`: P itself forks C (a copy of its table) or starts thread C (the same table). */
  | { kind: 'spawn'; line: number; proc: string; how: 'fork' | 'thread'; child: string }
  | { kind: 'sleep'; line: number; seconds: number; virtualUs: number }
  /** `HOST: iptables …`: iptables' arguments, addresses mapped, the rule narrowed to its host (see iptablesArgs). */
  | { kind: 'iptables'; line: number; host: string; args: string[] };

export interface Plan {
  /** Every scenario process; a spawned one names its parent (the real side's parent forks it or starts it as a thread). */
  procs: Array<{ name: string; host: string; addr?: string; spawnedBy?: string; how?: 'fork' | 'thread' }>;
  stmts: PlanStmt[];
  /** Destinations no scenario host has: routed out of lo in the run's namespace, where nothing answers. */
  blackholes: string[];
  /** Sysctls the scenario sets (one namespace on the real side: they must agree across hosts). */
  sysctls: Record<string, number>;
  /** 6.x-only knobs set to their 5.4 behaviour (rules.ts VERSION_SYSCTLS). */
  versionSysctls: Record<string, number>;
  /**
   * lo's MTU in the run's namespace when it is not the default 65536: the simulator's hosts talk over
   * eth0 (1500, or the scenario's `mtu HOST N`), the real side over its one lo — so a scenario of
   * two or more hosts sets lo to eth0's MTU, one of a single host to its lo's (`mtu HOST lo N`).
   */
  loMtu?: number;
  callTimeoutSec: number;
  settleSec: number;
  stepSec: number;
  budgetSec: number;
}

export interface AddressMap {
  /** scenario address → loopback address */
  toReal: Map<string, string>;
  /** address (either side) → host name */
  hostOf: Map<string, string>;
  /** Wildcard binds made on the host's own address on the real side (several hosts bind the same port). */
  wildcardRewrites: Array<{ host: string; realIp: string; port: number }>;
  /** Ports written in the scenario: they keep their numbers; every other port is ephemeral. */
  literalPorts: Set<number>;
}

export interface Prepared {
  plan: Plan;
  map: AddressMap;
  /** Sleeps shortened on the real side (virtual duration → real seconds), for the report. */
  cappedSleeps: Array<{ line: number; virtualUs: number; seconds: number }>;
  /** Why the real side's one lo cannot have every host's MTU, when it cannot. */
  mtuProblem?: string;
}

/**
 * The iptables arguments of a rule for the real side. Every scenario host lives in the run's one
 * namespace there, so a host's rule is narrowed to that host's packets: INPUT gets `-d` its
 * addresses, OUTPUT `-s` (unless the rule names them itself); scenario addresses become loopback
 * ones. (Rule numbers and -F then count every host's rules of that chain: the built-ins give rules to
 * one host only.)
 */
export function iptablesArgs(s: Extract<Stmt, { kind: 'iptables' }>, real: (a: string) => string, own: string[]): string[] {
  const c = s.cmd;
  const op = `-${c.op}`;
  if (c.op === 'F') return c.chain ? [op, c.chain] : [op];
  const out = [op, c.chain!];
  if (c.num !== undefined) out.push(String(c.num));
  const r = c.rule;
  if (!r) return out;
  const addr = (a: { addr: string; prefix: number }) => `${real(a.addr)}/${a.prefix}`;
  const mine = own.map((a) => `${a}/32`).join(',');
  if (r.src) out.push('-s', addr(r.src));
  else if (c.chain === 'OUTPUT' && mine) out.push('-s', mine);
  if (r.dst) out.push('-d', addr(r.dst));
  else if (c.chain === 'INPUT' && mine) out.push('-d', mine);
  if (r.proto) out.push('-p', r.proto);
  const range = (p: [number, number]) => (p[0] === p[1] ? String(p[0]) : `${p[0]}:${p[1]}`);
  if (r.sport) out.push('--sport', range(r.sport));
  if (r.dport) out.push('--dport', range(r.dport));
  if (r.tcpFlags) out.push('--tcp-flags', ...r.tcpFlags.text.split(' '));
  out.push('-j', r.target);
  if (r.rejectWith) out.push('--reject-with', r.rejectWith);
  return out;
}

/** Real sleep for a virtual one: short sleeps are stretched (ordering on a busy host), long ones capped. */
export function realSleep(us: number): number {
  const s = us / 1e6;
  if (s < 0.5) return Math.max(0.03, s * 3);
  return Math.min(s + 0.15, 5);
}

const FILLER = 'abcdefghijklmnopqrstuvwxyz0123456789';
function payload(a: Arg): string {
  if (a.kind === 'string') return a.value;
  const n = a.kind === 'int' ? a.value : 0;
  let s = '';
  while (s.length < n) s += FILLER;
  return s.slice(0, n);
}

/**
 * Builds the plan. `prefix` is the first two octets of the run's loopback block (127.P.Q.n), unique
 * per scenario run so that tracepoints (global, not per namespace) can be told apart.
 */
export function prepare(sc: Scenario, prefix: string): Prepared {
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
  const hostAddr = (h: string) => hosts.find((x) => x.name === h)?.addrs[0];

  const literalPorts = new Set<number>();
  const calls = sc.stmts.filter((s): s is CallStmt => s.kind === 'call');
  for (const c of calls) for (const a of c.args) if (a.kind === 'addr' && a.port !== 0) literalPorts.add(a.port);

  // Wildcard binds: on one real loopback, two hosts binding 0.0.0.0:P would conflict where the
  // simulator's separate hosts do not. Then each such bind is made on its host's own address.
  const wildcardHosts = new Map<number, Set<string>>();
  for (const c of calls) {
    if (c.fn !== 'bind') continue;
    const a = c.args[1];
    if (a?.kind === 'addr' && a.port !== 0) {
      const set = wildcardHosts.get(a.port) ?? new Set<string>();
      set.add(procHost.get(c.proc)!);
      wildcardHosts.set(a.port, set);
    }
  }
  const wildcardRewrites: AddressMap['wildcardRewrites'] = [];

  const blackholes = new Set<string>();
  const stmts: PlanStmt[] = [];
  const cappedSleeps: Prepared['cappedSleeps'] = [];
  for (const s of sc.stmts) {
    if (s.kind === 'call') {
      const host = procHost.get(s.proc)!;
      const args: RealArg[] = s.args.map((a, i): RealArg => {
        switch (a.kind) {
          case 'int':
            if ((s.fn === 'send' || s.fn === 'write' || s.fn === 'sendto') && i === 1) return payload(a);
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
          case 'addr': {
            if (a.ip === '0.0.0.0') {
              const multi = (wildcardHosts.get(a.port)?.size ?? 0) > 1;
              if (s.fn === 'bind' && multi && a.port !== 0) {
                const real = toReal.get(hostAddr(host)!)!;
                if (!wildcardRewrites.some((w) => w.realIp === real && w.port === a.port)) wildcardRewrites.push({ host, realIp: real, port: a.port });
                return { ip: real, port: a.port };
              }
              return { ip: a.ip, port: a.port };
            }
            const real = toReal.get(a.ip);
            if (real) return { ip: real, port: a.port };
            if (s.fn === 'connect' || s.fn === 'sendto') blackholes.add(a.ip);
            return { ip: a.ip, port: a.port };
          }
        }
      });
      stmts.push({ kind: 'call', line: s.loc.line, proc: s.proc, fn: s.fn, args, background: s.background, ...(s.assign ? { assign: s.assign } : {}) });
    } else if (s.kind === 'spawn') {
      stmts.push({ kind: 'spawn', line: s.loc.line, proc: s.proc, how: s.how, child: s.child });
    } else if (s.kind === 'wait') {
      stmts.push({ kind: 'wait', line: s.loc.line, proc: s.proc, ...(s.target ? { target: s.target } : {}) });
    } else if (s.kind === 'sleep') {
      const seconds = realSleep(s.durationUs);
      if (seconds < s.durationUs / 1e6) cappedSleeps.push({ line: s.loc.line, virtualUs: s.durationUs, seconds });
      stmts.push({ kind: 'sleep', line: s.loc.line, seconds, virtualUs: s.durationUs });
    } else if (s.kind === 'iptables') {
      stmts.push({ kind: 'iptables', line: s.loc.line, host: s.host, args: iptablesArgs(s, (a) => toReal.get(a) ?? a, hosts.find((h) => h.name === s.host)?.addrs.map((a) => toReal.get(a)!) ?? []) });
    }
    // pause: a no-op on the real side; host/process/link/sysctl: set up below or not applicable
  }

  // the device every packet crosses on the real side is lo: give it the MTU of the device the
  // simulator's packets cross (rules.ts ONE_LOOPBACK_MTU when the hosts' MTUs differ)
  const mtuOf = (h: string, dev: 'eth0' | 'lo') => {
    let m = dev === 'lo' ? 65536 : 1500;
    for (const s of sc.stmts) if (s.kind === 'mtu' && s.host === h && s.dev === dev) m = s.mtu;
    return m;
  };
  const mtus = new Set(hosts.map((h) => mtuOf(h.name, hosts.length > 1 ? 'eth0' : 'lo')));
  const loMtu = mtus.size === 1 ? [...mtus][0] : Math.min(...mtus);
  const mtuProblem = mtus.size > 1 ? `the hosts' MTUs differ (${[...mtus].join(', ')}); the real side has one lo (set to ${loMtu})` : undefined;

  const sysctls: Record<string, number> = {};
  for (const s of sc.stmts) if (s.kind === 'sysctl') sysctls[s.key] = s.value;

  const procs = [...procHost.entries()].map(([name, host]) => {
    const a = hostAddr(host);
    const sp = spawnedBy.get(name);
    return { name, host, ...(a ? { addr: toReal.get(a)! } : {}), ...(sp ? { spawnedBy: sp.parent, how: sp.how } : {}) };
  });
  const sleepTotal = stmts.reduce((t, s) => t + (s.kind === 'sleep' ? s.seconds : 0), 0);
  const callTimeoutSec = 10;
  return {
    plan: {
      procs,
      stmts,
      blackholes: [...blackholes],
      sysctls,
      versionSysctls: Object.fromEntries(VERSION_SYSCTLS.map((v) => [v.key, v.value])),
      ...(loMtu !== 65536 ? { loMtu } : {}),
      callTimeoutSec,
      settleSec: 0.2,
      stepSec: Number(process.env.SOCKWALK_CONFORMANCE_STEP_SEC ?? 0),
      budgetSec: Math.ceil(sleepTotal + 30),
    },
    map: { toReal, hostOf, wildcardRewrites, literalPorts },
    cappedSleeps,
    ...(mtuProblem ? { mtuProblem } : {}),
  };
}
