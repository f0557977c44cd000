// The fast path (scripts/fastpath.cjs: plain twins of the kernel functions that cannot sleep, run
// while nothing can pause) must be invisible: every built-in scenario leaves the same trace, line
// for line, the same results and the same step count as the generators alone (a line observer
// keeps the engine off the fast path).

import { strict as assert } from 'node:assert';
import { builtinNames } from '../../src/scenario/builtins';
import { tcp_v4_rcv, tcp_v4_connect } from '../../src/kernel/net/ipv4/tcp_ipv4';
import { inet_stream_connect } from '../../src/kernel/net/ipv4/af_inet';
import { builtin } from '../helpers';

describe('fast path', () => {
  it('is loaded: kernel functions that cannot sleep have twins, blocking ones do not', () => {
    assert.equal(typeof (tcp_v4_rcv as unknown as { fast?: unknown }).fast, 'function');
    assert.equal(typeof (tcp_v4_connect as unknown as { fast?: unknown }).fast, 'function');
    assert.equal((inet_stream_connect as unknown as { fast?: unknown }).fast, undefined);
  });

  for (const name of builtinNames()) {
    it(`${name}: the same trace, results and steps with and without it`, () => {
      const fast = builtin(name, { trace: true, traceLines: true });
      const slow = builtin(name, { trace: true, traceLines: true });
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
    });
  }
});
