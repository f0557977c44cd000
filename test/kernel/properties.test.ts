// Property tests: random programs of socket calls on three hosts (fast-check), checked against
// invariants any Linux would keep — sockets sit in exactly the hash tables their state allows, the
// accept-queue count matches the queue, every state change is an edge of the TCP state diagram,
// nothing leaks once everything is closed and TIME_WAIT has passed, and a seed replays exactly.

import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { scenario, stateSequences } from '../helpers';
import type { ScenarioRun } from '../../src/scenario/runner';
import { Sock, SockCommon } from '../../src/kernel/include/net/sock';
import { RequestSock } from '../../src/kernel/include/net/request_sock';
import { InetTimewaitSock } from '../../src/kernel/include/net/inet_timewait_sock';
import { inet_csk } from '../../src/kernel/include/net/inet_connection_sock';
import { tcpStateName, TCP_LISTEN, TCP_CLOSE, TCP_NEW_SYN_RECV, TCP_TIME_WAIT } from '../../src/kernel/include/net/tcp_states';

const HOSTS = ['a', 'b', 'c'];
const ADDR: Record<string, string> = { a: '10.0.0.1', b: '10.0.0.2', c: '10.0.0.3' };
const PORTS = [7000, 7001];

/** RFC 793's diagram as Linux reports it (plus LISTEN→SYN_RECV for a child cloned from a listener). */
const EDGES = new Set([
  'CLOSE>LISTEN', 'LISTEN>CLOSE', 'CLOSE>SYN_SENT', 'SYN_SENT>CLOSE', 'SYN_SENT>ESTABLISHED', 'SYN_SENT>SYN_RECV',
  'LISTEN>SYN_RECV', 'SYN_RECV>ESTABLISHED', 'SYN_RECV>FIN_WAIT1', 'SYN_RECV>CLOSE', 'SYN_RECV>CLOSE_WAIT',
  'ESTABLISHED>FIN_WAIT1', 'ESTABLISHED>CLOSE_WAIT', 'ESTABLISHED>CLOSE',
  'FIN_WAIT1>FIN_WAIT2', 'FIN_WAIT1>CLOSING', 'FIN_WAIT1>CLOSE', 'FIN_WAIT2>CLOSE', 'CLOSING>CLOSE',
  'CLOSE_WAIT>LAST_ACK', 'CLOSE_WAIT>CLOSE', 'LAST_ACK>CLOSE',
  // close() after shutdown(SHUT_WR): tcp_close_state's table keeps the state, and tcp_set_state
  // still stores it — through the tracepoint, so Linux reports these as transitions too
  'FIN_WAIT1>FIN_WAIT1', 'FIN_WAIT2>FIN_WAIT2', 'CLOSING>CLOSING', 'LAST_ACK>LAST_ACK',
]);

type Op =
  | { k: 'socket'; h: string; nb: boolean }
  | { k: 'serve'; h: string; nb: boolean; port: number; any: boolean; backlog: number }
  | { k: 'dial'; h: string; nb: boolean; to: string; port: number }
  | { k: 'pair'; h: string; to: string; port: number }
  | { k: 'bind'; h: string; s: number; port: number; any: boolean; reuse: boolean }
  | { k: 'listen'; h: string; s: number; backlog: number }
  | { k: 'accept'; h: string; s: number }
  | { k: 'connect'; h: string; s: number; to: string; port: number }
  | { k: 'send'; h: string; s: number; n: number }
  | { k: 'recv'; h: string; s: number }
  | { k: 'shutdown'; h: string; s: number }
  | { k: 'linger0'; h: string; s: number }
  | { k: 'close'; h: string; s: number }
  | { k: 'sleep'; ms: number };

const host = fc.constantFrom(...HOSTS);
const slot = fc.nat(5);
const op: fc.Arbitrary<Op> = fc.oneof(
  { weight: 2, arbitrary: fc.record({ k: fc.constant('socket' as const), h: host, nb: fc.boolean() }) },
  { weight: 2, arbitrary: fc.record({ k: fc.constant('serve' as const), h: host, nb: fc.boolean(), port: fc.constantFrom(...PORTS), any: fc.boolean(), backlog: fc.integer({ min: 0, max: 3 }) }) },
  { weight: 4, arbitrary: fc.record({ k: fc.constant('dial' as const), h: host, nb: fc.boolean(), to: host, port: fc.constantFrom(...PORTS) }) },
  { weight: 2, arbitrary: fc.record({ k: fc.constant('pair' as const), h: host, to: host, port: fc.constantFrom(8000, 8001) }) },
  { weight: 2, arbitrary: fc.record({ k: fc.constant('bind' as const), h: host, s: slot, port: fc.constantFrom(0, ...PORTS), any: fc.boolean(), reuse: fc.boolean() }) },
  { weight: 3, arbitrary: fc.record({ k: fc.constant('listen' as const), h: host, s: slot, backlog: fc.integer({ min: 0, max: 3 }) }) },
  { weight: 3, arbitrary: fc.record({ k: fc.constant('accept' as const), h: host, s: slot }) },
  { weight: 4, arbitrary: fc.record({ k: fc.constant('connect' as const), h: host, s: slot, to: host, port: fc.constantFrom(...PORTS) }) },
  { weight: 2, arbitrary: fc.record({ k: fc.constant('send' as const), h: host, s: slot, n: fc.integer({ min: 1, max: 2000 }) }) },
  { weight: 2, arbitrary: fc.record({ k: fc.constant('recv' as const), h: host, s: slot }) },
  { weight: 1, arbitrary: fc.record({ k: fc.constant('shutdown' as const), h: host, s: slot }) },
  { weight: 1, arbitrary: fc.record({ k: fc.constant('linger0' as const), h: host, s: slot }) },
  { weight: 3, arbitrary: fc.record({ k: fc.constant('close' as const), h: host, s: slot }) },
  { weight: 3, arbitrary: fc.record({ k: fc.constant('sleep' as const), ms: fc.constantFrom(1, 2, 5, 1500) }) },
);

/**
 * Writes a program as a scenario. Each socket slot of a host belongs to its own process (a0…a5 on
 * host a), so a call that blocks holds up only that slot: blocking calls on blocking sockets run in
 * the background, and a slot whose call may still be blocked takes no more calls.
 */
function program(ops: Op[], closeAll: boolean): string {
  return programWith(ops, closeAll).text;
}

/** The program, and the processes that may still be blocked at the end (their fds stay open). */
function programWith(ops: Op[], closeAll: boolean): { text: string; blocked: Set<string> } {
  const blocked = new Set<string>();
  const out = HOSTS.map((h) => `host ${h} ${ADDR[h]}`);
  for (const h of HOSTS) for (let i = 0; i < 6; i++) out.push(`process ${h}${i} on ${h}`);
  const open: Record<string, number[]> = { a: [], b: [], c: [] };
  const busy = new Set<string>();
  /** Processes whose background call surely returns (connect ends in ESTABLISHED, a reset or a timeout). */
  const willReturn = new Set<string>();
  const nonblocking = new Set<string>();
  const next: Record<string, number> = { a: 0, b: 0, c: 0 };
  for (let o of ops) {
    if (o.k === 'sleep') {
      out.push(`sleep ${o.ms}ms`);
      continue;
    }
    const h = o.h;
    if (o.k === 'pair') {
      // a connection made on purpose: a non-blocking listener on h, a client on `to`, accept()ed
      const ps = `${h}${next[h]++ % 6}`;
      const pc = `${o.to}${next[o.to]++ % 6}`;
      if (ps === pc || busy.has(ps) || busy.has(pc)) continue;
      const slotS = Number(ps.slice(1));
      const slotC = Number(pc.slice(1));
      if (open[h].includes(slotS) || open[o.to].includes(slotC)) continue;
      out.push(
        `${ps}: fd = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0)`,
        `${ps}: setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, 1)`,
        `${ps}: bind(fd, 0.0.0.0:${o.port})`,
        `${ps}: listen(fd, 4)`,
        `${pc}: fd = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0)`,
        `${pc}: connect(fd, ${ADDR[h]}:${o.port})`,
        'sleep 5ms',
        `${ps}: accept(fd)`,
      );
      open[h].push(slotS);
      open[o.to].push(slotC);
      nonblocking.add(ps);
      nonblocking.add(pc);
      continue;
    }
    if (o.k === 'socket' || o.k === 'serve' || o.k === 'dial') {
      const slot = next[h]++ % 6;
      const p = `${h}${slot}`;
      if (busy.has(p) || open[h].includes(slot)) continue;
      out.push(`${p}: fd = socket(AF_INET, SOCK_STREAM${o.nb ? ' | SOCK_NONBLOCK' : ''}, 0)`);
      open[h].push(slot);
      if (o.nb) nonblocking.add(p);
      else nonblocking.delete(p);
      if (o.k === 'serve') {
        out.push(`${p}: bind(fd, ${o.any ? '0.0.0.0' : ADDR[h]}:${o.port})`, `${p}: listen(fd, ${o.backlog})`);
      } else if (o.k === 'dial') {
        out.push(`${p}: connect(fd, ${ADDR[o.to]}:${o.port})${o.nb ? '' : ' &'}`);
        if (!o.nb) {
          busy.add(p);
          willReturn.add(p);
        }
      }
      continue;
    }
    // an op names one of the host's open sockets (the slot number picks which)
    if (!open[h].length) continue;
    const slot = open[h][o.s % open[h].length];
    const p = `${h}${slot}`;
    if (busy.has(p)) continue;
    const call = (text: string, mayBlock = false, returns = false) => {
      const bg = mayBlock && !nonblocking.has(p);
      out.push(`${p}: ${text}${bg ? ' &' : ''}`);
      if (bg) busy.add(p);
      if (bg && returns) willReturn.add(p);
    };
    switch (o.k) {
      case 'bind':
        if (o.reuse) call('setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, 1)');
        call(`bind(fd, ${o.any ? '0.0.0.0' : ADDR[h]}:${o.port})`);
        break;
      case 'listen':
        call(`listen(fd, ${o.backlog})`);
        break;
      case 'accept':
        call('accept(fd)', true);
        break;
      case 'connect':
        call(`connect(fd, ${ADDR[o.to]}:${o.port})`, true, true);
        break;
      case 'send':
        call(`send(fd, ${o.n})`, true, true);
        break;
      case 'recv':
        call('recv(fd, 4096)', true);
        break;
      case 'shutdown':
        call('shutdown(fd, SHUT_WR)');
        break;
      case 'linger0':
        call('setsockopt(fd, SOL_SOCKET, SO_LINGER, 1, 0)');
        break;
      case 'close':
        call('close(fd)');
        open[h] = open[h].filter((x) => x !== slot);
        break;
    }
  }
  if (closeAll) {
    out.push('sleep 3s');
    for (const h of HOSTS) {
      for (let i = 0; i < 6; i++) {
        const p = `${h}${i}`;
        if (busy.has(p) && willReturn.has(p)) {
          out.push(`${p}: wait`);
        } else if (busy.has(p)) {
          // its background call may still be blocked (an accept nobody satisfies): it cannot close
          blocked.add(p);
          continue;
        }
        for (let fd = 3; fd < 6; fd++) out.push(`${p}: close(${fd})`);
      }
      // one host after the other, so the later ones close passively (CLOSE_WAIT → LAST_ACK)
      out.push('sleep 10ms');
    }
    out.push('sleep 200s');
  }
  return { text: out.join('\n'), blocked };
}

function allSocks(run: ScenarioRun): { ehash: SockCommon[]; lhash: Sock[] }[] {
  return run.world.hosts.map((h) => ({
    ehash: [...h.net.tcp_hashinfo.ehash.values()],
    lhash: [...h.net.tcp_hashinfo.lhash2.values()].flat(),
  }));
}

function checkInvariants(run: ScenarioRun): void {
  for (const { ehash, lhash } of allSocks(run)) {
    for (const sk of lhash) {
      assert.equal(sk.sk_state, TCP_LISTEN, `listening hash holds a ${tcpStateName(sk.sk_state)} sock`);
      assert.ok(!ehash.includes(sk), 'a listener is never in ehash');
      const q = inet_csk(sk).icsk_accept_queue;
      assert.equal(sk.sk_ack_backlog, q.acceptList().length, 'sk_ack_backlog equals the accept queue length');
      assert.ok(sk.sk_ack_backlog <= sk.sk_max_ack_backlog + 1, 'the accept queue holds at most backlog + 1');
    }
    for (const sk of ehash) {
      if (sk instanceof RequestSock) assert.equal(sk.sk_state, TCP_NEW_SYN_RECV);
      else if (sk instanceof InetTimewaitSock) assert.equal(sk.sk_state, TCP_TIME_WAIT);
      else {
        assert.ok(sk instanceof Sock);
        assert.ok(sk.sk_state !== TCP_CLOSE && sk.sk_state !== TCP_LISTEN, `ehash holds a ${tcpStateName(sk.sk_state)} sock`);
      }
    }
  }
  for (const [skaddr, seq] of stateSequences(run)) {
    for (const edge of seq) assert.ok(EDGES.has(edge), `${skaddr}: ${edge} is not an edge of the TCP state diagram (${seq.join(' ')})`);
  }
  for (const p of run.problems) assert.doesNotMatch(p.message, /internal simulator error/);
}

describe('properties of random socket programs', function () {
  this.timeout(120_000);
  const runs = Number(process.env.SOCKWALK_PROPERTY_RUNS ?? 1500);

  it(`keeps the kernel's invariants at the end of ${runs} random programs`, () => {
    fc.assert(
      fc.property(fc.array(op, { minLength: 1, maxLength: 40 }), fc.nat(1000), (ops, seed) => {
        const run = scenario(program(ops, false), { seed });
        run.runToEnd();
        checkInvariants(run);
      }),
      { numRuns: runs, seed: 20261125 },
    );
  });

  it('keeps the invariants at every step of a random program, not only at the end', () => {
    fc.assert(
      fc.property(fc.array(op, { minLength: 5, maxLength: 25 }), fc.nat(1000), (ops, seed) => {
        const run = scenario(program(ops, false), { seed });
        for (;;) {
          run.engine.setStep('in', run.engine.current);
          const s = run.engine.run();
          if (s.reason === 'end' || s.reason === 'deadlock' || s.reason === 'error') break;
          // a step may sit between two halves of one kernel update; check at syscall boundaries
          if (run.engine.current === null) checkInvariants(run);
        }
      }),
      { numRuns: Math.ceil(runs / 10), seed: 20261126 },
    );
  });

  it('frees every socket, request sock, timewait sock and port once everything is closed and TIME_WAIT has passed', () => {
    fc.assert(
      fc.property(fc.array(op, { minLength: 1, maxLength: 40 }), fc.nat(1000), (ops, seed) => {
        const prog = programWith(ops, true);
        const run = scenario(prog.text, { seed });
        run.runToEnd();
        checkInvariants(run);
        for (const h of run.world.hosts) {
          const procs = h.processes;
          for (const p of procs) if (!prog.blocked.has(p.name)) assert.equal(p.fdtable.size, 0, `${p.name}: fds left`);
          // a blocked process keeps its sockets, and with them whatever they hold
          if (procs.some((p) => prog.blocked.has(p.name))) continue;
          const t = h.net.tcp_hashinfo;
          assert.deepEqual([...t.ehash.keys()], [], `${h.name}: ehash not empty`);
          assert.deepEqual([...t.lhash2.keys()], [], `${h.name}: listening hash not empty`);
          assert.deepEqual([...t.bhash.keys()], [], `${h.name}: bind buckets left`);
        }
      }),
      { numRuns: Math.ceil(runs / 3), seed: 20261127 },
    );
  });

  it('replays the same trace for the same seed', () => {
    fc.assert(
      fc.property(fc.array(op, { minLength: 1, maxLength: 30 }), fc.nat(1000), (ops, seed) => {
        const text = program(ops, false);
        const a = scenario(text, { seed, traceLines: true });
        a.runToEnd();
        const b = scenario(text, { seed, traceLines: true });
        b.runToEnd();
        assert.deepEqual(b.engine.trace!.toArray(), a.engine.trace!.toArray());
      }),
      { numRuns: Math.ceil(runs / 10), seed: 20261128 },
    );
  });
});

describe('the random programs themselves', () => {
  it('reach the interesting states (so the properties above are not vacuous)', () => {
    const seen = new Set<string>();
    let calls = 0;
    fc.assert(
      fc.property(fc.array(op, { minLength: 10, maxLength: 40 }), fc.nat(1000), (ops, seed) => {
        const run = scenario(program(ops, true), { seed });
        run.runToEnd();
        calls += run.results.length;
        for (const seq of stateSequences(run).values()) for (const e of seq) seen.add(e.split('>')[1]);
      }),
      { numRuns: 300, seed: 20261129 },
    );
    for (const st of ['LISTEN', 'SYN_SENT', 'SYN_RECV', 'ESTABLISHED', 'FIN_WAIT1', 'FIN_WAIT2', 'CLOSE_WAIT', 'LAST_ACK', 'CLOSE']) {
      assert.ok(seen.has(st), `no random program reached ${st} (seen: ${[...seen].join(' ')})`);
    }
    assert.ok(calls > 3000, `only ${calls} calls ran`);
  });
});
