// The fast path (scripts/fastpath.cjs: plain twins of the kernel functions that cannot sleep, run
// while nothing can pause) must be invisible: every built-in scenario leaves the same trace, line
// for line, the same results and the same step count as the generators alone (a line observer
// keeps the engine off the fast path).

import { strict as assert } from 'node:assert';
import { builtinNames } from '../../src/scenario/builtins';
import { tcp_v4_rcv, tcp_v4_connect } from '../../src/kernel/net/ipv4/tcp_ipv4';
import { inet_stream_connect } from '../../src/kernel/net/ipv4/af_inet';
import { builtin, scenario } from '../helpers';
import type { ScenarioRun } from '../../src/scenario/runner';
import { TraceBuffer } from '../../src/kernel/sim/trace';
import { ANCHORS, FUNCTIONS } from '../../src/kernel/sim/anchors';

describe('fast path', () => {
  it('is loaded: kernel functions that cannot sleep have twins, blocking ones do not', () => {
    assert.equal(typeof (tcp_v4_rcv as unknown as { fast?: unknown }).fast, 'function');
    assert.equal(typeof (tcp_v4_connect as unknown as { fast?: unknown }).fast, 'function');
    assert.equal((inet_stream_connect as unknown as { fast?: unknown }).fast, undefined);
  });

  const same = (fast: ScenarioRun, slow: ScenarioRun) => {
    slow.engine.lineObserver = () => {};
    assert.equal(fast.engine.fast, true);
    assert.equal(slow.engine.fast, false);
    const a = fast.runToEnd();
    const b = slow.runToEnd();
    assert.deepEqual({ ...a, task: a.task?.name }, { ...b, task: b.task?.name });
    assert.equal(fast.engine.steps, slow.engine.steps);
    assert.deepEqual(fast.engine.trace!.toArray(), slow.engine.trace!.toArray());
    assert.equal(fast.engine.trace!.length, slow.engine.trace!.length);
    assert.deepEqual(fast.results, slow.results);
    assert.deepEqual(fast.problems, slow.problems);
  };

  for (const name of builtinNames()) {
    it(`${name}: the same trace, results and steps with and without it`, () => {
      same(builtin(name, { trace: true, traceLines: true }), builtin(name, { trace: true, traceLines: true }));
    });
  }

  it("the bench's lifecycle workload: the same trace, results and steps with and without it", () => {
    const lines = ['host server 10.0.0.1', 'process client on server', 'server: lfd = socket(AF_INET, SOCK_STREAM, 0)', 'server: bind(lfd, 10.0.0.1:8080)', 'server: listen(lfd, 128)'];
    for (let i = 0; i < 40; i++) {
      lines.push('client: fd = socket(AF_INET, SOCK_STREAM, 0)', 'client: connect(fd, 10.0.0.1:8080) = 0', 'server: cfd = accept(lfd)', 'server: close(cfd) = 0', 'client: close(fd) = 0');
    }
    const text = lines.join('\n');
    same(scenario(text, { traceLines: true }), scenario(text, { traceLines: true }));
  });

  it("the twins' inline line write (pos < lim) records the clock after it moves and after a rich event at another time", () => {
    // the write scripts/fastpath.cjs generates for a line, against a buffer fed only through packed()
    const fast = new TraceBuffer((id) => `task${id}`);
    const slow = new TraceBuffer((id) => `task${id}`);
    const t = fast as unknown as { pos: number; lim: number; cur: Int32Array; lineBase: number };
    const line = (now: number, a: number) => {
      if (t.pos < t.lim) t.cur[t.pos++] = t.lineBase | a;
      else fast.fastLine(now, a);
      slow.packed(0, now, 1, 2, a);
    };
    const fn = FUNCTIONS[0].id;
    const a = [0, 1, 2].map((i) => ANCHORS[i % ANCHORS.length].id);
    fast.fastEnter(0, 1, 2, fn);
    slow.packed(1, 0, 1, 2, fn);
    for (let i = 0; i < 5000; i++) line(0, a[i % 3]); // past the first chunk
    fast.clockMoved();
    line(7, a[0]);
    line(7, a[1]);
    const ev = { ev: 'note' as const, t: 3, host: 'h', text: 'earlier' };
    fast.push(ev);
    slow.push(ev);
    line(7, a[2]);
    fast.fastExit(7, 1, 2, fn);
    slow.packed(2, 7, 1, 2, fn);
    assert.deepEqual(fast.toArray(), slow.toArray());
    assert.equal(fast.length, slow.length);
    assert.deepEqual(fast.toArray().filter((e) => e.ev === 'line').map((e) => e.t).slice(-3), [7, 7, 7]);
  });
});
