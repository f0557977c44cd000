// From a recorded program's system calls (strace.ts) to a scenario: the same processes (named after
// their command), the same socket calls in the same order with the same arguments, and each call's
// real result as its expectation. Loopback peers become two simulated hosts (the processes that
// listen or bind a port on one, the others on the second), so the walk shows both sides and the wire;
// ports are kept. A call the simulator does not model becomes a comment saying so.
//
// Order: each call is written where it entered. A call that returned only after another process had
// made calls of its own (it blocked, or the two really ran side by side) runs in the background
// (`&`) and its process waits for it (`NAME: wait`) where it returned — so every process keeps its
// order, and whatever made a call return (a connect, the data a write sent) comes before the wait.

import { CONSTANTS, ERRNO, errnoName } from '../kernel/include/uapi';
import { annotationOf, fdOf, parseCString, parseRet, parseSockaddr, socketKind, type Ret, type TracedCall } from './strace';

export interface RecordOptions {
  /** The command line recorded, for the header. */
  command: string;
}

/** The simulated hosts loopback peers become. */
export const SERVER_HOST = { name: 'server-host', ip: '10.0.0.1' };
export const CLIENT_HOST = { name: 'client-host', ip: '10.0.0.2' };

/** The system calls on sockets the recorder writes as scenario calls (others on a socket become comments). */
const CONVERTED = new Set([
  'socket', 'bind', 'listen', 'accept', 'accept4', 'connect', 'close', 'shutdown', 'setsockopt', 'getsockopt', 'fcntl', 'ioctl',
  'read', 'write', 'recvfrom', 'sendto', 'getsockname', 'getpeername',
  'poll', 'ppoll', 'select', 'pselect6', 'epoll_create', 'epoll_create1', 'epoll_ctl', 'epoll_wait', 'epoll_pwait',
]);
/**
 * Calls that wait for another process (a connection to accept, data to read, an event): the ones put
 * in the background when other processes made calls meanwhile. connect() waits only for its own
 * handshake — on loopback the peer's accept may well run before it returns, and needs nothing of that
 * return — so it is put in the background only when it really waited (a dropped SYN resent: more
 * than CONNECT_WAITED seconds).
 */
const MAY_BLOCK = new Set(['accept', 'accept4', 'read', 'recvfrom', 'poll', 'ppoll', 'select', 'pselect6', 'epoll_wait', 'epoll_pwait']);
const CONNECT_WAITED = 0.1;
/** Calls that say nothing of sockets (strace is asked for them to follow processes, or they touch files). */
const PROCESS_CALLS = new Set(['execve', 'clone', 'clone3', 'fork', 'vfork', 'exit_group', 'killed']);

/** setsockopt options the simulator has, by level. */
const SIMULATED_OPTS: Record<string, Set<string>> = {
  SOL_SOCKET: new Set(['SO_REUSEADDR', 'SO_REUSEPORT', 'SO_LINGER', 'SO_RCVTIMEO', 'SO_SNDTIMEO', 'SO_RCVTIMEO_OLD', 'SO_SNDTIMEO_OLD']),
  SOL_TCP: new Set(['TCP_SYNCNT', 'TCP_NODELAY', 'TCP_CORK']),
  SOL_IP: new Set(),
};

/** getsockopt options the simulator has (SOL_SOCKET). */
const GETSOCKOPT_OPTS = new Set(['SO_ERROR', 'SO_REUSEADDR', 'SO_REUSEPORT']);

interface Proc {
  pid: number;
  /** Made by this clone (call index) of its parent: fork (a copy of the descriptors) or thread (shared). */
  spawn?: { at: number; how: 'fork' | 'thread' };
  /** The thread group leader's pid (the process whose descriptors a thread shares). */
  tgid: number;
  parent: number | null;
  /** Name from the last execve (a script's name for an interpreter). */
  command: string;
  /** The command's first argument after the program (or script), when it is a word. */
  arg1?: string;
  thread: boolean;
}

interface SockInfo {
  name: string;
  kind: 'TCP' | 'UDP' | 'EPOLL';
  /** The socket's own local port once bound (real). */
  port?: number;
  /** An epoll instance: the data each watched descriptor was added with (u64) → that descriptor. */
  watched?: Map<string, number>;
}

/** An fd argument's annotation names a socket or an epoll instance (`anon_inode:[eventpoll]`). */
function isEventpoll(annotation: string | undefined): boolean {
  return annotation === 'anon_inode:[eventpoll]';
}

/** select's sets: `[3 4]` or `[3<TCP:[…]> 4<TCP:[…]>]` → the descriptors (with -yy's annotations); NULL → none. */
function parseFdSet(arg: string | undefined): Array<{ fd: number; annotation?: string }> {
  if (!arg || !arg.startsWith('[')) return [];
  return [...arg.matchAll(/(\d+)(?:<(.*?)>)?(?=[ \]])/g)].map((m) => ({ fd: Number(m[1]), ...(m[2] !== undefined ? { annotation: m[2] } : {}) }));
}

/** select()/pselect6(): the descriptors of its three sets (readfds, writefds, exceptfds). */
function selectSets(c: TracedCall): Array<Array<{ fd: number; annotation?: string }>> {
  return [parseFdSet(c.args[1]), parseFdSet(c.args[2]), parseFdSet(c.args[3])];
}

/** select's answer, `(in [3 4], out [4])` (with `left {…}` for pselect6 and a timeout): the descriptors each set came back with. */
function selectResult(detail: string | undefined): Array<{ set: string; fds: number[] }> {
  return [...(detail ?? '').matchAll(/\b(in|out|except) \[([^\]]*)\]/g)].map((m) => ({ set: m[1], fds: [...m[2].matchAll(/(?:^| )(\d+)/g)].map((x) => Number(x[1])) }));
}

/** poll's answer, `([{fd=3, revents=POLLIN}, …])`: each ready descriptor and its revents, in the array's order. */
function pollResult(detail: string | undefined): Array<{ fd: number; revents: string }> {
  return [...(detail ?? '').matchAll(/\{fd=(-?\d+)(?:<.*?>)?, revents=([A-Z0-9_|]+)\}/g)].map((m) => ({ fd: Number(m[1]), revents: m[2] }));
}

/** poll's first argument: `[{fd=3<TCP:[…]>, events=POLLIN}, …]` → each descriptor and its events. */
function parsePollfds(arg: string): Array<{ fd: number; annotation?: string; events: string }> | undefined {
  if (!arg.startsWith('[')) return undefined;
  const out: Array<{ fd: number; annotation?: string; events: string }> = [];
  for (const m of arg.matchAll(/\{fd=(-?\d+)(?:<(.*?)>)?, events=([A-Z0-9_|]+)\}/g)) {
    out.push({ fd: Number(m[1]), ...(m[2] !== undefined ? { annotation: m[2] } : {}), events: m[3] });
  }
  return out;
}

interface Line {
  /** Log index the line belongs at (a call's entry, or its return for a wait). */
  at: number;
  /** Tie-break: entries before waits at the same index. */
  seq: number;
  text: string;
}

/** A recording (strace's calls) as scenario text. */
export function recordScenario(calls: TracedCall[], opts: RecordOptions): string {
  const procs = followProcesses(calls);
  const tgidOf = (pid: number) => procs.get(pid)?.tgid ?? pid;

  // --- which processes do socket calls, and which of them serve (listen, or bind a port) -------------
  const socketPids: number[] = [];
  const servers = new Set<number>();
  const boundPorts = new Map<number, number>(); // real port -> tgid that bound it
  // (a process is in the scenario when it used an IPv4 TCP or UDP socket: one that only asked, say,
  // nscd over AF_UNIX is left out, comments and all)
  const inet = new Set<number>();
  for (const c of calls) {
    if (c.name === 'socket' ? /^(TCP|UDP)$/.test(socketKind(parseRet(c.result)?.annotation) ?? '') : /^(TCP|UDP)$/.test(socketKind(annotationOf(c.args[0] ?? '')) ?? '')) inet.add(c.pid);
  }
  for (const c of calls) {
    if (PROCESS_CALLS.has(c.name)) continue;
    if (!isSocketCall(c) || !inet.has(c.pid)) continue;
    if (!socketPids.includes(c.pid)) socketPids.push(c.pid);
    const tg = tgidOf(c.pid);
    if (c.name === 'listen') servers.add(tg);
    if (c.name === 'bind' && parseRet(c.result)?.value === 0) {
      const a = parseSockaddr(c.args[1] ?? '');
      if (a?.port) {
        servers.add(tg);
        boundPorts.set(a.port, tg);
      }
    }
  }

  // --- names: each process after its command (name, name-2 …), never a host's or a keyword ------------
  const names = new Map<number, string>();
  const used = new Set<string>([SERVER_HOST.name, CLIENT_HOST.name, 'host', 'process', 'link', 'sysctl', 'sleep', 'pause', 'drop', 'delay', 'wait']);
  const sameCommand = new Map<string, number>();
  for (const pid of socketPids) {
    const cmd = procs.get(pid)?.command ?? 'proc';
    sameCommand.set(cmd, (sameCommand.get(cmd) ?? 0) + 1);
  }
  for (const pid of socketPids) {
    const p = procs.get(pid);
    let base = sanitize(p?.command ?? 'proc');
    // (two processes of one command: `udp server 9000` and `udp client 9000` → udp-server, udp-client)
    if ((sameCommand.get(p?.command ?? 'proc') ?? 0) > 1 && p?.arg1 && /^[A-Za-z][A-Za-z0-9_-]*$/.test(p.arg1)) base = sanitize(`${base}-${p.arg1}`);
    if (p?.thread) base = sanitize(`${procs.get(p.tgid)?.command ?? base}-thread`);
    let n = base;
    for (let k = 2; used.has(n) || Object.prototype.hasOwnProperty.call(CONSTANTS, n); k++) n = `${base}-${k}`;
    used.add(n);
    names.set(pid, n);
  }
  /** The scenario process a task was forked or cloned from, when that one is in the scenario too. */
  const spawner = (pid: number): number | undefined => {
    const p = procs.get(pid);
    return p?.spawn && p.parent !== null && socketPids.includes(p.parent) ? p.parent : undefined;
  };
  const hostOf = (pid: number): typeof SERVER_HOST => {
    const parent = spawner(pid);
    if (parent !== undefined) return hostOf(parent);
    return servers.has(tgidOf(pid)) ? SERVER_HOST : CLIENT_HOST;
  };

  /** A real address as the simulation sees it: loopback and local addresses become the host that owns the port. */
  const mapIp = (ip: string, port: number | undefined, pid: number, own: boolean): string => {
    if (ip === '0.0.0.0') return ip;
    if (own) return hostOf(pid).ip;
    const owner = port !== undefined ? boundPorts.get(port) : undefined;
    if (owner !== undefined) return (servers.has(owner) ? SERVER_HOST : CLIENT_HOST).ip;
    // nobody bound it in the recording: the peer host (a refused connect, a datagram to nowhere)
    return hostOf(pid) === SERVER_HOST ? CLIENT_HOST.ip : SERVER_HOST.ip;
  };

  // --- replies to a sender recvfrom learned: its port is ephemeral, so the simulation's differs -----------
  // (`peer = recvfrom(fd, len)` binds the sender; the reply is sendto(fd, data, peer))
  const senderNames = new Map<number, string>(); // recvfrom call index -> name
  const replyTo = new Map<number, number>(); // sendto call index -> recvfrom call index
  {
    const lastFrom = new Map<string, number>(); // tgid|ip:port -> recvfrom index
    calls.forEach((c, i) => {
      const tg = tgidOf(c.pid);
      if (c.name === 'recvfrom' && c.args[4] && c.args[4] !== 'NULL') {
        const a = parseSockaddr(c.args[4]);
        if (a?.ip && a.port !== undefined) lastFrom.set(`${tg}|${a.ip}:${a.port}`, i);
      } else if (c.name === 'sendto' && c.args[4] && c.args[4] !== 'NULL') {
        const a = parseSockaddr(c.args[4]);
        if (!a?.ip || a.port === undefined || boundPorts.has(a.port)) return;
        const from = lastFrom.get(`${tg}|${a.ip}:${a.port}`);
        if (from !== undefined) replyTo.set(i, from);
      }
    });
  }

  // --- libc's own lookups: glibc asks nscd over AF_UNIX before it reads /etc/hosts or /etc/services ---------
  // (socket(AF_UNIX) → connect to nscd's socket → close, often several times: not the program's sockets,
  // and only on machines whose libc tries nscd — left out, with one comment per process)
  const nscd = nscdProbes(calls, tgidOf);
  const nscdSaid = new Set<number>();

  // --- the calls -----------------------------------------------------------------------------------------
  const out: Line[] = [];
  let seq = 0;
  /** Per thread group: its sockets by fd. */
  const fdTables = new Map<number, Map<number, SockInfo>>();
  const table = (pid: number) => {
    const tg = tgidOf(pid);
    let t = fdTables.get(tg);
    if (!t) fdTables.set(tg, (t = new Map()));
    return t;
  };
  /** Thread groups whose descriptor numbers differ from the simulation's (files it does not have held lower ones). */
  const mismatched = new Set<number>();
  /** Per thread group: the fd names used so far (lfd, lfd2 …); a forked child starts with a copy of its parent's. */
  const fdNameSets = new Map<number, Set<string>>();
  const fdNames = { get: (pid: number) => fdNameSets.get(tgidOf(pid)), set: (pid: number, s: Set<string>) => fdNameSets.set(tgidOf(pid), s) };
  /**
   * `P: fork C` / `P: thread C`, written where the clone entered, and taken into account (C's table a
   * copy of P's) as soon as the clone returned or C made a call, whichever the log shows first: P
   * made no call in between, so P's table is the one the fork copied.
   */
  const spawned = new Set<number>();
  const spawnAt = new Map<number, number[]>(); // call index -> children to spawn before it
  for (const pid of socketPids) {
    const p = procs.get(pid);
    if (spawner(pid) === undefined || !p?.spawn) continue;
    let at = p.spawn.at;
    const first = calls.findIndex((c) => c.pid === pid);
    if (first >= 0 && first < at) at = first;
    spawnAt.set(at, [...(spawnAt.get(at) ?? []), pid]);
  }
  const ensureSpawned = (pid: number): void => {
    const parent = spawner(pid);
    if (parent === undefined || spawned.has(pid)) return;
    spawned.add(pid);
    ensureSpawned(parent);
    const p = procs.get(pid)!;
    push(calls[p.spawn!.at].entered, `${names.get(parent)}: ${p.spawn!.how} ${names.get(pid)}`);
    if (p.spawn!.how === 'fork' && tgidOf(pid) !== tgidOf(parent)) {
      // the child's table is a copy of its parent's now (dup_fd), the names with it
      fdTables.set(tgidOf(pid), new Map([...table(parent)].map(([fd, s]) => [fd, { ...s, ...(s.watched ? { watched: new Map(s.watched) } : {}) }])));
      fdNameSets.set(tgidOf(pid), new Set(fdNameSets.get(tgidOf(parent)) ?? []));
      if (mismatched.has(tgidOf(parent))) mismatched.add(tgidOf(pid));
    }
  };
  const roles = socketRoles(calls, tgidOf);

  const push = (at: number, text: string) => out.push({ at, seq: seq++, text });

  for (let ci = 0; ci < calls.length; ci++) {
    const c = calls[ci];
    for (const child of spawnAt.get(ci) ?? []) ensureSpawned(child);
    const proc = names.get(c.pid);
    if (proc === undefined) continue;
    if (nscd.calls.has(ci)) {
      if (!nscdSaid.has(c.pid)) {
        nscdSaid.add(c.pid);
        const n = nscd.perPid.get(c.pid) ?? 1;
        push(c.entered, `# ${proc}: libc asked nscd over an AF_UNIX socket ${n === 1 ? 'once' : `${n} times`} (its name-service cache; AF_UNIX is not simulated) — left out`);
      }
      continue;
    }
    // exit (or a fatal signal) with sockets still open: the kernel closes them (exit_files)
    if ((c.name === 'exit_group' || c.name === 'killed') && table(c.pid).size > 0) {
      const status = c.name === 'exit_group' ? Number(c.args[0]) || 0 : 0;
      const why = c.name === 'killed' ? `   # killed by ${c.args[0]}: the kernel closes its descriptors as at exit` : '';
      push(c.entered, `${proc}: exit_group(${status})${why}`);
      table(c.pid).clear();
      continue;
    }
    if (PROCESS_CALLS.has(c.name)) continue;
    const fdt = table(c.pid);
    const ret = parseRet(c.result);
    const makes = c.name === 'socket' || c.name === 'epoll_create' || c.name === 'epoll_create1';
    const pollfds = c.name === 'poll' || c.name === 'ppoll' ? parsePollfds(c.args[0] ?? '') : undefined;
    const isSelect = c.name === 'select' || c.name === 'pselect6';
    // (poll and select: the descriptor the checks below look at is the first the simulation has, or
    // else the first socket; convert() writes every one it has)
    const many = pollfds ?? (isSelect ? selectSets(c).flat() : undefined);
    const first = many ? many.find((x) => fdt.has(x.fd)) ?? many.find((x) => socketKind(x.annotation)) ?? many[0] : undefined;
    const fd = many ? first?.fd : fdOf(c.args[0]);
    const ann = many ? first?.annotation : annotationOf(c.args[0] ?? '');
    const sock = makes ? undefined : fd !== undefined ? fdt.get(fd) : undefined;
    const comment = (why: string) => push(c.entered, `# ${proc}: ${strip(c)} = ${c.result} — ${why}`);
    if (!makes && !sock) {
      if (isEventpoll(ann)) comment(`fd ${fd} is an epoll instance this process did not create in the recording: not simulated`);
      else if (socketKind(ann)) {
        const kind = socketKind(ann)!;
        if (kind === 'TCP' || kind === 'UDP') comment(`fd ${fd} is a socket this process did not create in the recording (inherited across fork, or another thread's): not simulated`);
        else comment(`a ${kind} socket: not simulated`);
      }
      continue;
    }
    if (!CONVERTED.has(c.name)) {
      comment(`${c.name}() is not simulated`);
      continue;
    }
    if (!ret) {
      comment('no result in the recording');
      continue;
    }
    const conv = convert(c, ret, sock, {
      proc,
      fdName: (n) => fdt.get(n)?.name,
      exactFds: !mismatched.has(tgidOf(c.pid)),
      addr: (arg, own) => {
        const from = replyTo.get(ci);
        if (!own && from !== undefined && senderNames.has(from)) return senderNames.get(from);
        const a = parseSockaddr(arg);
        if (!a || a.family !== 'AF_INET' || a.ip === undefined || a.port === undefined) return undefined;
        return `${mapIp(a.ip, a.port, c.pid, own)}:${a.port}`;
      },
    });
    if ('comment' in conv) {
      comment(conv.comment);
      continue;
    }
    // a new socket: its name, and its place in the descriptor table
    let call = conv.call;
    let expect = conv.expect;
    if (c.name === 'recvfrom' && [...replyTo.values()].includes(ci) && ret.value >= 0) {
      let set = fdNames.get(c.pid);
      if (!set) fdNames.set(c.pid, (set = new Set()));
      let n = 'peer';
      for (let k = 2; set.has(n); k++) n = `peer${k}`;
      set.add(n);
      senderNames.set(ci, n);
      call = `${n} = ${call}`;
    }
    if (conv.newSocket && ret.value >= 0) {
      const role = roles.get(`${tgidOf(c.pid)}:${ret.value}:${ci}`) ?? (conv.newSocket === 'UDP' ? 'ufd' : 'fd');
      let set = fdNames.get(c.pid);
      if (!set) fdNames.set(c.pid, (set = new Set()));
      let n = role;
      for (let k = 2; set.has(n); k++) n = `${role}${k}`;
      set.add(n);
      const predicted = lowestFree(fdt);
      fdt.set(ret.value, { name: n, kind: conv.newSocket, ...(conv.newSocket === 'EPOLL' ? { watched: new Map() } : {}) });
      call = `${n} = ${call}`;
      if (predicted !== ret.value) {
        expect = `any   # really ${ret.value}: lower descriptors held files the simulation does not have`;
        mismatched.add(tgidOf(c.pid));
      }
    }
    if (c.name === 'close' && fd !== undefined && ret.value === 0) fdt.delete(fd);
    if (c.name === 'bind' && sock && ret.value === 0) sock.port = parseSockaddr(c.args[1] ?? '')?.port;

    // blocked while others ran? then in the background, and a wait where it returned
    const others = calls.some((o, oi) => oi !== ci && o.pid !== c.pid && names.has(o.pid) && o.entered > c.entered && o.entered < c.returned && isSocketCall(o));
    const bg = others && (MAY_BLOCK.has(c.name) || (c.name === 'connect' && c.tReturn - c.t > CONNECT_WAITED));
    push(c.entered, `${proc}: ${pad(call + (bg ? ' &' : ''))} = ${expect}`);
    if (bg) push(c.returned, `${proc}: wait`);
  }

  out.sort((a, b) => a.at - b.at || a.seq - b.seq);

  // --- the text ------------------------------------------------------------------------------------------
  const lines: string[] = [];
  lines.push('# Recorded by `sockwalk record` from the real kernel:');
  lines.push(`#   ${opts.command}`);
  lines.push(`# ${socketPids.length} process${socketPids.length === 1 ? '' : 'es'} made socket calls; loopback peers became two hosts:`);
  lines.push(`# ${SERVER_HOST.name} (${SERVER_HOST.ip}) for those that listen or bind a port, ${CLIENT_HOST.name} (${CLIENT_HOST.ip}) for the others.`);
  lines.push('# Each call\'s expectation is what the real kernel returned.');
  lines.push(`host ${SERVER_HOST.name} ${SERVER_HOST.ip}`);
  lines.push(`host ${CLIENT_HOST.name} ${CLIENT_HOST.ip}`);
  // (loopback hands a segment to the receiver within the sender's own call — a non-blocking poll
  // right after the peer's write already sees it)
  lines.push('link delay 0ms                                  # loopback: no time on the wire');
  for (const pid of socketPids) {
    const p = procs.get(pid);
    const what = p?.thread ? `thread ${pid} of pid ${p.tgid}` : `pid ${pid}`;
    const parent = spawner(pid);
    if (parent !== undefined) lines.push(`# ${names.get(pid)} (${what}): ${p!.spawn!.how === 'fork' ? 'forked' : 'a thread'} by ${names.get(parent)}, below`);
    else lines.push(`process ${names.get(pid)} on ${hostOf(pid).name}`.padEnd(48) + `# ${what}`);
  }
  lines.push('');
  for (const l of out) lines.push(l.text);
  return lines.join('\n') + '\n';
}

/** A call on a socket or an epoll instance (or one making them): the calls a recording is about. */
function isSocketCall(c: TracedCall): boolean {
  if (PROCESS_CALLS.has(c.name)) return false;
  if (c.name === 'socket' || c.name === 'epoll_create' || c.name === 'epoll_create1') return true;
  if (c.name === 'poll' || c.name === 'ppoll') return (parsePollfds(c.args[0] ?? '') ?? []).some((p) => socketKind(p.annotation) !== undefined);
  if (c.name === 'select' || c.name === 'pselect6') return [1, 2, 3].some((k) => parseFdSet(c.args[k]).some((f) => socketKind(f.annotation) !== undefined));
  const ann = annotationOf(c.args[0] ?? '');
  return socketKind(ann) !== undefined || isEventpoll(ann);
}

/** The lowest descriptor from 3 up that the process's sockets leave free (0–2 are the terminal). */
function lowestFree(t: Map<number, SockInfo>): number {
  let fd = 3;
  while (t.has(fd)) fd++;
  return fd;
}

/** How each socket will be named: lfd if it listens, cfd if accept returned it, ufd for UDP, fd else. Keyed tgid:fd:index of the call that made it. */
function socketRoles(calls: TracedCall[], tgidOf: (pid: number) => number): Map<string, string> {
  const roles = new Map<string, string>();
  const live = new Map<string, string>(); // tgid:fd -> key
  calls.forEach((c, i) => {
    const ret = parseRet(c.result);
    const tg = tgidOf(c.pid);
    if ((c.name === 'socket' || c.name === 'accept' || c.name === 'accept4' || c.name === 'epoll_create' || c.name === 'epoll_create1') && ret && ret.value >= 0) {
      const key = `${tg}:${ret.value}:${i}`;
      live.set(`${tg}:${ret.value}`, key);
      const udp = c.name === 'socket' && /SOCK_DGRAM/.test(c.args[1] ?? '');
      roles.set(key, c.name === 'socket' ? (udp ? 'ufd' : 'fd') : c.name.startsWith('epoll') ? 'ep' : 'cfd');
    } else if (c.name === 'listen') {
      const key = live.get(`${tg}:${fdOf(c.args[0])}`);
      if (key) roles.set(key, 'lfd');
    } else if (c.name === 'close') {
      live.delete(`${tg}:${fdOf(c.args[0])}`);
    }
  });
  return roles;
}

interface ConvertContext {
  proc: string;
  /** The scenario name of one of the process's descriptors (a socket or an epoll instance). */
  fdName: (fd: number) => string | undefined;
  /** The process's descriptor numbers are the simulation's: events may be checked by fd. */
  exactFds: boolean;
  /** A sockaddr argument as the scenario writes it (`10.0.0.1:8080`); own: the caller's own address (bind). */
  addr: (arg: string, own: boolean) => string | undefined;
}

type Converted = { call: string; expect: string; newSocket?: 'TCP' | 'UDP' | 'EPOLL' } | { comment: string };

/** One call on a socket the simulation knows, as a scenario call and its expectation — or why not. */
function convert(c: TracedCall, ret: Ret, sock: SockInfo | undefined, ctx: ConvertContext): Converted {
  const a = c.args;
  const fdName = sock?.name ?? '';
  const errnoOk = ret.errno === undefined || Object.prototype.hasOwnProperty.call(ERRNO, ret.errno);
  if (!errnoOk) return { comment: `the simulator has no errno ${ret.errno}` };
  const expect = ret.errno ? `-1 ${ret.errno}` : String(ret.value);
  switch (c.name) {
    case 'socket': {
      if (a[0] !== 'AF_INET') return { comment: `${a[0]} sockets are not simulated (only AF_INET)` };
      const parts = (a[1] ?? '').split('|');
      const base = parts[0];
      if (base !== 'SOCK_STREAM' && base !== 'SOCK_DGRAM') return { comment: `${base} sockets are not simulated here` };
      const type = parts.map((p) => p.trim()).join(' | ');
      const proto = a[2] === 'IPPROTO_IP' ? '0' : a[2];
      if (!constOk(type) || !constOk(proto)) return { comment: 'an argument the scenario language has no name for' };
      return { call: `socket(AF_INET, ${type}, ${proto})`, expect, newSocket: base === 'SOCK_STREAM' ? 'TCP' : 'UDP' };
    }
    case 'bind':
    case 'connect': {
      const addr = ctx.addr(a[1] ?? '', c.name === 'bind');
      if (addr === undefined) {
        if (c.name === 'connect' && /sa_family=AF_UNSPEC/.test(a[1] ?? '')) return { call: `connect(${fdName}, AF_UNSPEC)`, expect };
        return { comment: 'an address other than IPv4 is not simulated' };
      }
      return { call: `${c.name}(${fdName}, ${addr})`, expect };
    }
    case 'listen':
      return { call: `listen(${fdName}, ${Number(a[1])})`, expect };
    case 'accept':
      return { call: `accept(${fdName})`, expect, newSocket: 'TCP' };
    case 'accept4': {
      const flags = (a[3] ?? '0').split('|').map((s) => s.trim()).join(' | ');
      if (!constOk(flags)) return { comment: 'accept4 flags the scenario language has no name for' };
      return { call: `accept4(${fdName}, ${flags})`, expect, newSocket: 'TCP' };
    }
    case 'close':
      return { call: `close(${fdName})`, expect };
    case 'shutdown':
      return { call: `shutdown(${fdName}, ${a[1]})`, expect };
    case 'getsockname':
    case 'getpeername':
      return { call: `${c.name}(${fdName})`, expect };
    case 'epoll_create1': {
      const flags = a[0] ?? '0';
      if (!constOk(flags)) return { comment: `epoll_create1 flags the scenario language has no name for (${flags})` };
      return { call: `epoll_create1(${flags})`, expect, newSocket: 'EPOLL' };
    }
    case 'epoll_create':
      return { call: `epoll_create(${Number(a[0])})`, expect, newSocket: 'EPOLL' };
    case 'epoll_ctl': {
      const target = fdOf(a[2]);
      const tname = target === undefined ? undefined : ctx.fdName(target);
      if (tname === undefined) return { comment: `fd ${a[2]?.replace(/<.*>$/, '')} is not a socket the simulation has` };
      const op = a[1];
      if (!constOk(op)) return { comment: `epoll_ctl op ${op} the scenario language has no name for` };
      const ev = /events=([A-Z0-9_|]+)/.exec(a[3] ?? '');
      const data = /u64=(\d+)/.exec(a[3] ?? '');
      if (op === 'EPOLL_CTL_ADD' && data && target !== undefined) sock?.watched?.set(data[1], target);
      if (!ev) return { call: `epoll_ctl(${fdName}, ${op}, ${tname})`, expect };
      const events = ev[1].split('|').join(' | ');
      if (!constOk(events)) return { comment: `epoll events the scenario language has no name for (${ev[1]})` };
      return { call: `epoll_ctl(${fdName}, ${op}, ${tname}, ${events})`, expect };
    }
    case 'epoll_wait':
    case 'epoll_pwait': {
      if (c.name === 'epoll_pwait' && a[4] !== 'NULL') return { comment: 'epoll_pwait() with a signal mask is not simulated' };
      const max = Number(a[2]);
      const timeout = Number(a[3]);
      if (!Number.isInteger(max) || !Number.isInteger(timeout)) return { comment: 'arguments the recorder cannot read' };
      let exp = expect;
      if (ret.value > 0 && ctx.exactFds) {
        const evs = [...(a[1] ?? '').matchAll(/\{events=([A-Z0-9_|]+), data=\{u32=\d+, u64=(\d+)\}\}/g)];
        const list = evs.map((m) => {
          const f = sock?.watched?.get(m[2]);
          return f === undefined ? undefined : `${f}:${m[1]}`;
        });
        if (list.length === ret.value && list.every((x) => x !== undefined)) exp = quote(list.join(' '));
      }
      return { call: `epoll_wait(${fdName}, ${max}, ${timeout})`, expect: zeroWait(timeout, ret, exp) };
    }
    case 'select':
    case 'pselect6': {
      // Only the descriptors the simulation has (the process's sockets) are written: a pipe, a
      // terminal or a socket it did not make here is left out, and said so after the call. nfds is
      // not written: the simulation's is the highest descriptor in the sets plus one (a program's
      // larger nfds asks about no other descriptor).
      const t = a[4] ?? 'NULL';
      let timeout: number;
      const tv = /tv_sec=(\d+), tv_(u|n)sec=(\d+)/.exec(t);
      if (t === 'NULL') timeout = -1;
      else if (tv) timeout = Number(tv[1]) * 1000 + Math.ceil(Number(tv[3]) / (tv[2] === 'u' ? 1000 : 1e6));
      else return { comment: 'a timeout the recorder cannot read' };
      if (c.name === 'pselect6' && a[5] && a[5] !== 'NULL' && !/^\{NULL/.test(a[5])) return { comment: 'pselect6() with a signal mask is not simulated' };
      const sets = selectSets(c);
      const left = new Set<number>();
      const kept = sets.map((set) => set.filter((f) => (ctx.fdName(f.fd) === undefined ? (left.add(f.fd), false) : true)).map((f) => f.fd));
      const got = selectResult(ret.detail);
      const gotKept = got.map((g) => ({ set: g.set, fds: g.fds.filter((f) => !left.has(f)) })).filter((g) => g.fds.length);
      if (ret.value > 0 && gotKept.length === 0) return { comment: `it returned for ${describeFds(left)}, which the simulation does not have` };
      const distinct = new Set(kept.flat());
      let call: string;
      if (distinct.size === 1 && left.size === 0) {
        // one descriptor: the short form, its sets as poll bits
        const which = ['POLLIN', 'POLLOUT', 'POLLPRI'].filter((_, k) => kept[k].length);
        call = `select(${fdName}, ${which.join(' | ')}, ${timeout})`;
      } else {
        const list = (fds: number[]) => `[${fds.map((f) => ctx.fdName(f)).join(', ')}]`;
        call = `select(${list(kept[0])}, ${list(kept[1])}, ${kept[2].length ? `${list(kept[2])}, ` : ''}${timeout})`;
      }
      let exp = ret.errno ? expect : String(gotKept.reduce((n, g) => n + g.fds.length, 0));
      if (!ret.errno && gotKept.length && ctx.exactFds) exp = quote(gotKept.map((g) => `${g.set} [${g.fds.join(' ')}]`).join(', '));
      return { call, expect: zeroWait(timeout, ret, exp) + leftOut(left) };
    }
    case 'poll':
    case 'ppoll': {
      // Only the descriptors the simulation has are written (as for select); a negative fd, which
      // poll skips, is kept.
      const pfds = parsePollfds(a[0] ?? '')!;
      const left = new Set<number>();
      const kept = pfds.filter((p) => p.fd < 0 || ctx.fdName(p.fd) !== undefined || (left.add(p.fd), false));
      for (const p of kept) {
        if (!constOk(p.events)) return { comment: `poll events the scenario language has no name for (${p.events})` };
      }
      let timeout: number;
      if (c.name === 'poll') timeout = Number(a[2]);
      else {
        if (a[3] !== 'NULL') return { comment: 'ppoll() with a signal mask is not simulated' };
        const ts = /tv_sec=(\d+), tv_nsec=(\d+)/.exec(a[2] ?? '');
        timeout = a[2] === 'NULL' ? -1 : ts ? Number(ts[1]) * 1000 + Math.ceil(Number(ts[2]) / 1e6) : NaN;
      }
      if (!Number.isInteger(timeout)) return { comment: 'a timeout the recorder cannot read' };
      const got = pollResult(ret.detail);
      const gotKept = got.filter((g) => !left.has(g.fd));
      if (ret.value > 0 && gotKept.length === 0) return { comment: `it returned for ${describeFds(left)}, which the simulation does not have` };
      const events = (e: string) => e.split('|').join(' | ');
      const name = (fd: number) => (fd < 0 ? String(fd) : ctx.fdName(fd)!);
      const call = kept.length === 1 && left.size === 0 && kept[0].fd >= 0
        ? `poll(${name(kept[0].fd)}, ${events(kept[0].events)}, ${timeout})`
        : `poll([${kept.map((p) => `${name(p.fd)} ${events(p.events)}`).join(', ')}], ${timeout})`;
      let exp = ret.errno ? expect : String(gotKept.length);
      if (!ret.errno && gotKept.length && ctx.exactFds) exp = quote(gotKept.map((g) => `${g.fd}:${g.revents}`).join(' '));
      return { call, expect: zeroWait(timeout, ret, exp) + leftOut(left) };
    }
    case 'setsockopt': {
      const level = a[1] === 'SOL_TCP' || a[1] === 'IPPROTO_TCP' ? 'SOL_TCP' : a[1];
      let opt = a[2];
      if (!SIMULATED_OPTS[level]?.has(opt)) return { comment: `the option ${level}/${opt} is not simulated` };
      opt = opt.replace(/_OLD$/, '');
      const v = a[3] ?? '';
      let value: string | undefined;
      let m: RegExpExecArray | null;
      if ((m = /^\[(-?\d+)\]$/.exec(v))) value = m[1];
      else if ((m = /l_onoff=(-?\d+), l_linger=(-?\d+)/.exec(v))) value = `${m[1]}, ${m[2]}`;
      else if ((m = /tv_sec=(-?\d+), tv_usec=(-?\d+)/.exec(v))) value = `${m[1]}, ${m[2]}`;
      if (value === undefined) return { comment: 'an option value the recorder cannot read' };
      return { call: `setsockopt(${fdName}, ${level}, ${opt}, ${value})`, expect };
    }
    case 'getsockopt': {
      // getsockopt(3, SOL_SOCKET, SO_ERROR, [ECONNREFUSED], [4]) = 0: the value is the expectation
      const opt = a[2] ?? '';
      if (a[1] !== 'SOL_SOCKET' || !GETSOCKOPT_OPTS.has(opt)) return { comment: `getsockopt() of ${a[1]}/${opt} is not simulated` };
      const call = `getsockopt(${fdName}, SOL_SOCKET, ${opt})`;
      if (ret.errno) return { call, expect };
      const m = /^\[(-?\d+|E[A-Z0-9]+)\]$/.exec(a[3] ?? '');
      if (!m) return { comment: 'an option value the recorder cannot read' };
      // (an strace that prints SO_ERROR as a number: the errno's name, as the simulator gives it)
      let value = m[1];
      if (opt === 'SO_ERROR' && /^\d+$/.test(value) && value !== '0') value = errnoName(Number(value));
      if (opt === 'SO_ERROR' && value !== '0' && !Object.prototype.hasOwnProperty.call(ERRNO, value)) return { comment: `the simulator has no errno ${value}` };
      return { call, expect: quote(value) };
    }
    case 'fcntl': {
      const cmd = a[1];
      if (cmd === 'F_GETFD' || cmd === 'F_GETFL') return { call: `fcntl(${fdName}, ${cmd})`, expect };
      if (cmd === 'F_SETFD' || cmd === 'F_SETFL') {
        const arg = (a[2] ?? '0').split('|').map((s) => s.trim()).filter((s) => s !== 'O_LARGEFILE').join(' | ') || '0';
        if (!constOk(arg)) return { comment: `fcntl flags the scenario language has no name for (${arg})` };
        return { call: `fcntl(${fdName}, ${cmd}, ${arg})`, expect };
      }
      return { comment: `fcntl(${cmd}) is not simulated` };
    }
    case 'ioctl': {
      // ioctl(3<TCP:[…]>, FIONBIO, [1]) = 0: the int it points at is the scenario's argument
      const req = a[1] ?? '';
      if (req === 'FIOCLEX' || req === 'FIONCLEX') return { call: `ioctl(${fdName}, ${req})`, expect };
      if (req !== 'FIONBIO') return { comment: `ioctl(${req}) is not simulated` };
      const m = /^\[(-?\d+)\]$/.exec(a[2] ?? '');
      if (!m) return { comment: 'an ioctl argument the recorder cannot read' };
      return { call: `ioctl(${fdName}, FIONBIO, ${m[1]})`, expect };
    }
    case 'read':
    case 'recvfrom': {
      const len = Number(a[2]);
      if (!Number.isInteger(len)) return { comment: 'a length the recorder cannot read' };
      if (c.name === 'recvfrom') {
        if (a[3] !== '0') return { comment: `recvfrom() flags ${a[3]} are not simulated` };
      }
      const fn = c.name === 'read' ? 'read' : a[4] === 'NULL' ? 'recv' : 'recvfrom';
      return { call: `${fn}(${fdName}, ${len})`, expect: readExpect(a[1], ret) };
    }
    case 'write':
    case 'sendto': {
      const s = parseCString(a[1] ?? '');
      if (!s || s.truncated) return { comment: 'data the recording cut short (raise strace -s)' };
      if (c.name === 'sendto') {
        const flags = (a[3] ?? '0').split('|').map((x) => x.trim()).filter((x) => x !== 'MSG_NOSIGNAL');
        if (flags.length && !(flags.length === 1 && flags[0] === '0')) return { comment: `sendto() flags ${a[3]} are not simulated` };
        if (a[4] && a[4] !== 'NULL') {
          const addr = ctx.addr(a[4], false);
          if (!addr) return { comment: 'an address other than IPv4 is not simulated' };
          return { call: `sendto(${fdName}, ${quote(s.value)}, ${addr})`, expect };
        }
        return { call: `send(${fdName}, ${quote(s.value)})`, expect };
      }
      return { call: `write(${fdName}, ${quote(s.value)})`, expect };
    }
  }
  return { comment: `${c.name}() is not simulated` };
}

/** `fd 0`, `fds 0 and 7`: descriptors a call named that the simulation does not have. */
function describeFds(fds: Set<number>): string {
  const l = [...fds];
  return l.length === 1 ? `fd ${l[0]}` : `fds ${l.slice(0, -1).join(', ')} and ${l[l.length - 1]}`;
}

/** After a poll's or select's expectation: which descriptors it also asked about, left out. */
function leftOut(fds: Set<number>): string {
  return fds.size ? `   # also asked about ${describeFds(fds)}, not a socket this process made here: left out` : '';
}

/** A read's expectation: the text read when strace showed it whole, else the count. */
function readExpect(buf: string | undefined, ret: Ret): string {
  if (ret.errno) return `-1 ${ret.errno}`;
  if (ret.value <= 0) return String(ret.value);
  const s = parseCString(buf ?? '');
  if (!s || s.truncated || s.value.length !== ret.value) return String(ret.value);
  return quote(s.value);
}

/** A string as the scenario language writes it: \n \t \\ \" and \xHH for the rest. */
export function quote(s: string): string {
  let out = '"';
  for (const ch of s) {
    const c = ch.charCodeAt(0);
    if (ch === '\n') out += '\\n';
    else if (ch === '\t') out += '\\t';
    else if (ch === '\\') out += '\\\\';
    else if (ch === '"') out += '\\"';
    else if (c < 0x20 || c >= 0x7f) out += '\\x' + c.toString(16).padStart(2, '0');
    else out += ch;
  }
  return out + '"';
}

/** Every name in an or-expression is a constant the scenario language knows (or a number). */
function constOk(expr: string): boolean {
  return expr.split('|').every((p) => {
    const x = p.trim();
    return /^-?(0x[0-9a-fA-F]+|\d+)$/.test(x) || Object.prototype.hasOwnProperty.call(CONSTANTS, x);
  });
}

/** The call as strace showed it, without -yy's annotations (for comments). */
/**
 * A wait with no timeout that found nothing ready: not checked on replay. On the real machine the
 * peer's segment may still have been on its way (loopback hands it to the softirq, which can run a
 * moment later, on another CPU); in the simulation it has arrived when the send returns — the run
 * would stop there though nothing went wrong. (A wait that found something is checked.)
 */
const RACED_ZERO = 'any   # the recording saw 0: a zero-timeout wait races with the peer\'s delivery, not checked';

/** A wait's expectation: `exp`, or RACED_ZERO for a zero-timeout wait that found nothing. */
function zeroWait(timeout: number, ret: Ret, exp: string): string {
  return timeout === 0 && ret.value === 0 ? RACED_ZERO : exp;
}

const NSCD_SOCKET = /sun_path="(\/var)?\/run\/nscd\/socket"/;

/**
 * The calls of libc's nscd probes: an AF_UNIX socket connected to nscd's socket, every call on it until
 * it is closed, and the socket() that made it; with how many probes each task made.
 */
function nscdProbes(calls: TracedCall[], tgidOf: (pid: number) => number): { calls: Set<number>; perPid: Map<number, number> } {
  const set = new Set<number>();
  const perPid = new Map<number, number>();
  const made = new Map<string, number>(); // tgid|fd -> index of its socket(AF_UNIX …)
  const open = new Set<string>(); // tgid|fd of a probe not closed yet
  calls.forEach((c, i) => {
    const tg = tgidOf(c.pid);
    if (c.name === 'socket') {
      const fd = parseRet(c.result)?.value;
      if (fd !== undefined && fd >= 0 && /^AF_(UNIX|LOCAL)$/.test(c.args[0] ?? '')) made.set(`${tg}|${fd}`, i);
      return;
    }
    const fd = fdOf(c.args[0]);
    if (fd === undefined) return;
    const key = `${tg}|${fd}`;
    if (c.name === 'connect' && made.has(key) && NSCD_SOCKET.test(c.args[1] ?? '')) {
      set.add(made.get(key)!);
      made.delete(key);
      set.add(i);
      open.add(key);
      perPid.set(c.pid, (perPid.get(c.pid) ?? 0) + 1);
    } else if (open.has(key)) {
      set.add(i);
      if (c.name === 'close') open.delete(key);
    } else if (c.name === 'close') made.delete(key);
  });
  return { calls: set, perPid };
}

function strip(c: TracedCall): string {
  const args = c.args.map((a) => a.replace(/^(-?\d+)<.*>$/, '$1'));
  const text = `${c.name}(${args.join(', ')})`;
  return text.length > 120 ? text.slice(0, 117) + '...' : text;
}

function pad(s: string): string {
  return s.padEnd(40);
}

/** A process name the scenario language accepts: letters, digits, _ and -, starting with a letter. */
function sanitize(s: string): string {
  let n = s.replace(/[^A-Za-z0-9_-]/g, '_');
  if (!/^[A-Za-z_]/.test(n)) n = 'p' + n;
  return n || 'proc';
}

/** Processes and threads from clone/fork/execve: who is whose thread or child, and each one's command. */
function followProcesses(calls: TracedCall[]): Map<number, Proc> {
  const procs = new Map<number, Proc>();
  const get = (pid: number): Proc => {
    let p = procs.get(pid);
    if (!p) procs.set(pid, (p = { pid, tgid: pid, parent: null, command: 'proc', thread: false }));
    return p;
  };
  for (let i = 0; i < calls.length; i++) {
    const c = calls[i];
    const me = get(c.pid);
    if (c.name === 'clone' || c.name === 'clone3' || c.name === 'fork' || c.name === 'vfork') {
      const child = Number(parseRet(c.result)?.value);
      if (!(child > 0)) continue;
      const thread = /CLONE_THREAD/.test(c.args.join(','));
      // (the child may have run — even exec'd — before its parent's clone returned: keep what it did)
      const seen = procs.get(child);
      const spawn = { at: i, how: (/CLONE_FILES/.test(c.args.join(',')) ? 'thread' : 'fork') as 'fork' | 'thread' };
      if (seen && seen.command !== 'proc') {
        seen.parent = c.pid;
        seen.spawn = spawn;
        continue;
      }
      procs.set(child, { pid: child, tgid: thread ? me.tgid : child, parent: c.pid, command: me.command, arg1: me.arg1, thread, spawn });
    } else if (c.name === 'execve' && parseRet(c.result)?.value === 0) {
      me.command = commandName(c.args[1] ?? '');
      me.arg1 = firstArg(c.args[1] ?? '');
      me.thread = false;
      me.tgid = c.pid;
    }
  }
  return procs;
}

/** The first argument after the program (after the script, for an interpreter). */
function firstArg(argv: string): string | undefined {
  const words = [...argv.matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((m) => m[1]);
  const first = (words[0] ?? '').replace(/^.*\//, '');
  const rest = INTERPRETERS.test(first) ? words.slice(1).filter((w) => !w.startsWith('-')).slice(1) : words.slice(1);
  return rest[0];
}

const INTERPRETERS = /^(python[0-9.]*|node|perl|ruby|bash|sh|dash|php|java|tclsh)$/;

/** `["./srv", "9123"]` → srv; `["python3", "-u", "pysrv.py"]` → pysrv. */
function commandName(argv: string): string {
  const words = [...argv.matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((m) => m[1]);
  const base = (s: string) => s.replace(/^.*\//, '');
  const first = base(words[0] ?? 'proc');
  if (INTERPRETERS.test(first)) {
    const script = words.slice(1).find((w) => !w.startsWith('-'));
    if (script) return base(script).replace(/\.[A-Za-z0-9]+$/, '');
  }
  return first;
}
