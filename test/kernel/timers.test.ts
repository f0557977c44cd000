// The engine's event queue with cancelled events: a timer disarmed while it is the last one filed
// with its delay leaves the queue at once (on a clock that never reaches it, it used to stay for the
// whole run); whatever is left or dropped, the live events fire in (time, order of scheduling).

import { strict as assert } from 'node:assert';
import { Engine, Sim } from '../../src/kernel/core/engine';
import { TimerList } from '../../src/kernel/core/timer';

describe('timers and the event queue', () => {
  it('cancelled events never fire, dropped or not, and the others keep their order and times', () => {
    const e = new Engine();
    e.install();
    const fired: string[] = [];
    const at = (name: string) => () => fired.push(`${name}@${e.now}`);
    const a = e.schedule(5, at('a'));
    const b = e.schedule(5, at('b'));
    e.schedule(7, at('c'));
    // a is not the last with its delay: it stays queued, skipped when its time comes
    a.cancelled = true;
    e.cancelled(5);
    assert.deepEqual(e.pendingEvents().map((x) => x.t), [5, 7]);
    // b is: it goes, and a (cancelled, now last) with it
    b.cancelled = true;
    e.cancelled(5);
    assert.deepEqual(e.pendingEvents().map((x) => x.t), [7]);
    // filed after the drop, due before c: it still comes first
    e.schedule(5, at('d'));
    e.schedule(7, at('f'));
    const stop = e.run();
    assert.equal(stop.reason, 'end');
    assert.deepEqual(fired, ['d@5', 'c@7', 'f@7']);
    assert.equal(e.now, 7);
  });

  it('a timer armed and disarmed again and again leaves nothing queued', () => {
    const e = new Engine();
    e.install();
    const expired: number[] = [];
    const host = { raiseSoftirq: (t: TimerList) => expired.push(t.expires) };
    const fn = function* (): Sim<void> {};
    const rto = new TimerList('rto', host, fn, null);
    const delack = new TimerList('delack', host, fn, null);
    for (let i = 0; i < 10000; i++) {
      rto.mod(1_000_000);
      delack.mod(40_000);
      rto.del();
      delack.del();
    }
    assert.equal((e as unknown as { events: { size: number } }).events.size, 0);
    rto.mod(1_000_000);
    delack.mod(40_000);
    delack.del();
    assert.equal(e.run().reason, 'end');
    assert.deepEqual(expired, [1_000_000]);
    assert.equal(e.now, 1_000_000);
  });
});
