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
    for (let i = 0; i < 5; i++) {
      lines.push('client: fd = socket(AF_INET, SOCK_STREAM, 0)', 'client: connect(fd, 10.0.0.1:8080) = 0', 'server: cfd = accept(lfd)', 'server: close(cfd) = 0', 'client: close(fd) = 0');
    }
    const text = lines.join('\n');
    same(scenario(text, { traceLines: true }), scenario(text, { traceLines: true }));
  });
});
