// Shared test helpers: run a scenario (inline text or a built-in) on the simulator and look at
// the world it leaves, with the annotated sources resolved as the CLI and the extension do.

import { parseScenario, formatDiagnostic } from '../src/scenario/parser';
import { ScenarioRun, RunOptions } from '../src/scenario/runner';
import { loadScenario } from '../src/scenario/builtins';
import { resolveAnchors } from '../src/kernel/core/anchors';
import { readAnnotated } from '../src/node/paths';
import type { Stop } from '../src/kernel/core/engine';
import type { SetStateEvent, TraceEvent } from '../src/kernel/core/trace';
import type { Sock } from '../src/kernel/include/net/sock';
import type { Socket } from '../src/kernel/include/linux/net';

export function resolved(): void {
  const problems = resolveAnchors(readAnnotated);
  if (problems.length) throw new Error('anchors: ' + problems.map((p) => p.message).join('; '));
}

export function scenario(text: string, opts: RunOptions = {}): ScenarioRun {
  resolved();
  const r = parseScenario(text, 'test.sockwalk');
  if (!r.scenario) throw new Error(r.diagnostics.map((d) => formatDiagnostic('test.sockwalk', d)).join('\n'));
  return new ScenarioRun(r.scenario, { trace: true, ...opts });
}

export function builtin(name: string, opts: RunOptions = {}): ScenarioRun {
  resolved();
  const l = loadScenario(name);
  if (!l.scenario) throw new Error(l.diagnostics.map((d) => d.message).join('; '));
  return new ScenarioRun(l.scenario, { trace: true, ...opts });
}

/** Runs until the next `pause` statement (or the end). */
export function untilPause(run: ScenarioRun): Stop {
  for (;;) {
    const s = run.engine.run();
    if (s.reason === 'pause') return s;
    if (s.reason === 'end' || s.reason === 'deadlock' || s.reason === 'error') return run.finish(s);
  }
}

export function events(run: ScenarioRun): TraceEvent[] {
  return run.engine.trace!.toArray();
}

/** The state transitions each socket reported through sock:inet_sock_set_state, by skaddr. */
export function stateSequences(run: ScenarioRun): Map<string, string[]> {
  const m = new Map<string, string[]>();
  for (const e of events(run)) {
    if (e.ev !== 'inet_sock_set_state') continue;
    const s = e as SetStateEvent;
    const short = (x: string) => x.replace('TCP_', '');
    m.set(s.skaddr, [...(m.get(s.skaddr) ?? []), `${short(s.oldstate)}>${short(s.newstate)}`]);
  }
  return m;
}

/** The sock behind a process's fd. */
export function sockOf(run: ScenarioRun, proc: string, fdName: string): Sock {
  const p = run.processes.get(proc)!;
  const fd = p.names.get(fdName);
  if (fd === undefined) throw new Error(`${proc} has no fd named ${fdName}`);
  return (p.fdtable.get(fd)!.private_data as Socket).sk!;
}

export const LESSON = `
host server 10.0.0.1
host client 10.0.0.2
link delay 10ms
server: lfd = socket(AF_INET, SOCK_STREAM, IPPROTO_TCP)
server: bind(lfd, 10.0.0.1:8080)
server: listen(lfd, 128)
pause "after listen"
server: cfd = accept(lfd) &
client: fd = socket(AF_INET, SOCK_STREAM, 0)
client: connect(fd, 10.0.0.1:8080) &
# ARP first: the SYN waits 20 ms for the who-has and its reply
sleep 35ms
pause "mid-handshake: SYN arrived, SYN-ACK in flight"
sleep 10ms
pause "SYN-ACK arrived: client established, final ACK in flight"
sleep 10ms
pause "after accept"
`;

/** The functions entered by one task from its (nth + 1)th entry of `from` until that call returns (depth back to where it was). */
export function callsFrom(evs: TraceEvent[], task: string, from: string, nth = 0): string[] {
  const out: string[] = [];
  let seen = 0;
  let depth = -1;
  for (const e of evs) {
    if ((e.ev !== 'enter' && e.ev !== 'exit') || (e as { task: string }).task !== task) continue;
    const fn = (e as { fn: string }).fn;
    if (depth < 0) {
      if (e.ev === 'enter' && fn === from && seen++ === nth) {
        depth = 1;
        out.push(fn);
      }
      continue;
    }
    if (e.ev === 'enter') {
      depth++;
      out.push(fn);
    } else if (--depth === 0) break;
  }
  return out;
}

/** Two hosts on a 1 ms link, the server listening on 8080, the client connected and accepted (fd lfd, cfd; fd). */
export const CONNECTED_PAIR = `
host server 10.0.0.1
host client 10.0.0.2
link delay 1ms
server: lfd = socket(AF_INET, SOCK_STREAM, 0)
server: bind(lfd, 10.0.0.1:8080) = 0
server: listen(lfd, 16) = 0
client: fd = socket(AF_INET, SOCK_STREAM, 0)
client: connect(fd, 10.0.0.1:8080) = 0
server: cfd = accept(lfd) = 4
`;
