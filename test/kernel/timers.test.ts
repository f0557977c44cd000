// The engine's event queue with cancelled events: a timer disarmed while it is the last one filed
// with its delay leaves the queue at once (on a clock that never reaches it, it used to stay for the
// whole run); whatever is left or dropped, the live events fire in (time, order of scheduling).
// And v5.4's timer wheel (kernel/time/timer.c) at HZ 1000: when a timer runs, and in what order the
// timers of one tick run.

import { strict as assert } from 'node:assert';
import { Engine, Sim } from '../../src/kernel/core/engine';
import { INITIAL_JIFFIES, TimerBatch, TimerList, calcWheelSlot } from '../../src/kernel/core/timer';

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
    const host = { raiseSoftirq: (b: TimerBatch) => { for (let t; (t = b.next()) !== null; ) expired.push(t.expires); } };
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
    // (1 s is on the wheel's third level, 64 ms buckets: see below)
    assert.equal(e.now, 1_056_000);
  });

  /** Runs `arm` on a fresh engine and returns the timers in the order they ran, with the time (ms) at which each did. */
  function runWheel(arm: (timer: (name: string) => TimerList, at: (ms: number, fn: () => void) => void) => void): string[] {
    const e = new Engine();
    e.install();
    const ran: string[] = [];
    const host = { raiseSoftirq: (b: TimerBatch) => { for (let t; (t = b.next()) !== null; ) ran.push(`${t.name}@${e.now / 1000}`); } };
    const fn = function* (): Sim<void> {};
    arm((name) => new TimerList(name, host, fn, null), (ms, f) => e.schedule(ms * 1000, f));
    assert.equal(e.run().reason, 'end');
    return ran;
  }

  it('a timer runs at the tick after its expiry, rounded up to its level of the wheel (jiffies start at INITIAL_JIFFIES)', () => {
    // jiffies at 0 s are 2^32 - 300000: 32 past a multiple of 64, 3104 past one of 4096
    const ran = runWheel((timer) => {
      timer('delack 40 ms').mod(40_000); // level 0 (under 63 jiffies): the tick after expiry
      timer('62 ms').mod(62_000);
      timer('63 ms').mod(63_000); // level 1: 8 ms buckets
      timer('rto 200 ms').mod(200_000);
      timer('rto 1 s').mod(1_000_000); // level 2: 64 ms buckets
      timer('3 s').mod(3_000_000);
      timer('ipfrag 30 s').mod(30_000_000); // level 3: 512 ms
      timer('time-wait 60 s').mod(60_000_000); // level 4: 4096 ms
    });
    assert.deepEqual(ran, ['delack 40 ms@41', '62 ms@63', '63 ms@64', 'rto 200 ms@208', 'rto 1 s@1056', '3 s@3040', 'ipfrag 30 s@30176', 'time-wait 60 s@62432']);
  });

  it('calc_wheel_index: the level by the delta from the clock (LVL_START(n) = 63 << 3(n-1)), the bucket by the expiry rounded up to the level', () => {
    const clk = INITIAL_JIFFIES + 1000; // 32 past a multiple of 64 (INITIAL_JIFFIES is), 8 past one of 512
    const at = (d: number) => {
      const s = calcWheelSlot(clk + d, clk);
      return [s.level, s.tick - clk];
    };
    assert.deepEqual([0, 62, 63, 503, 504, 4031, 4032].map(at), [[0, 1], [0, 63], [1, 64], [1, 504], [2, 568], [2, 4088], [3, 4088]]);
    assert.deepEqual(at(-5), [0, 0], 'already due: the bucket of clk');
    // past the wheel's last level but one (LVL_START(8), 36.7 hours): v5.4 tests the expiry, not the
    // delta, against WHEEL_TIMEOUT_CUTOFF, so the timer goes to the last slot of the last level
    const far = calcWheelSlot(clk + 63 * 2 ** 21, clk);
    assert.equal(far.level, 8);
    assert.ok(far.tick > clk && far.tick <= clk + 2 ** 30);
    assert.equal(far.tick % 2 ** 24, 0);
    assert.equal(Math.floor(far.tick / 2 ** 24) % 64, 63);
  });

  it("a tick's timers run higher levels first, and in a bucket the newest first; re-armed into its bucket, a timer keeps its place", () => {
    // all due at the tick of 1.056 s: a and c in the same 64 ms bucket, b on level 0
    const order = (rearmA: boolean) =>
      runWheel((timer, at) => {
        const a = timer('a');
        const b = timer('b');
        const c = timer('c');
        a.mod(1_000_000);
        at(10, () => c.mod(1_000_000));
        if (rearmA) at(20, () => a.mod(1_000_000)); // expires at 1.020 s: the same bucket
        at(1000, () => b.mod(55_000));
      });
    assert.deepEqual(order(false), ['c@1056', 'a@1056', 'b@1056']);
    assert.deepEqual(order(true), ['c@1056', 'a@1056', 'b@1056']);
    // moved to another bucket, it goes to that bucket's head
    const moved = runWheel((timer, at) => {
      const a = timer('a');
      const c = timer('c');
      a.mod(1_000_000);
      at(10, () => c.mod(1_000_000));
      at(30, () => a.mod(1_050_000)); // expires at 1.080 s: the bucket of 1.120 s
      at(100, () => c.mod(1_000_000)); // expires at 1.100 s: the same
    });
    assert.deepEqual(moved, ['c@1120', 'a@1120']);
  });

  it('a timer that an earlier timer of its tick deletes or re-arms does not run', () => {
    const e = new Engine();
    e.install();
    const ran: string[] = [];
    let victim: TimerList;
    let other: TimerList;
    const batches: TimerBatch[] = [];
    const host = { raiseSoftirq: (b: TimerBatch) => batches.push(b) };
    const fn = function* (): Sim<void> {};
    const killer = new TimerList('killer', host, fn, null);
    victim = new TimerList('victim', host, fn, null);
    other = new TimerList('other', host, fn, null);
    victim.mod(40_000);
    other.mod(40_000);
    killer.mod(40_000); // the newest: first
    e.run();
    assert.equal(batches.length, 1);
    for (let t; (t = batches[0].next()) !== null; ) {
      ran.push(t.name);
      if (t === killer) {
        assert.ok(victim.pending, 'still pending after its tick, until its function runs');
        assert.ok(victim.del());
        other.mod(100_000);
      }
    }
    assert.deepEqual(ran, ['killer']);
    assert.ok(other.pending);
  });
});
