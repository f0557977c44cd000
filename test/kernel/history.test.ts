// The history a view draws the past from (core/history.ts) is kept packed; what it gives back must be
// exactly what the kernel fired — every event and segment, field for field and in the same order —
// for every built-in, and a tail must be the end of the whole.

import { strict as assert } from 'node:assert';
import { builtinNames } from '../../src/scenario/builtins';
import { builtin } from '../helpers';
import type { TraceEvent, PacketEvent } from '../../src/kernel/core/trace';
import { History } from '../../src/kernel/core/history';
import { kaddr } from '../../src/kernel/core/kaddr';

describe('history (packed)', () => {
  it('gives back every event and segment the trace recorded, field for field and in order (every built-in)', () => {
    let segments = 0;
    for (const name of builtinNames()) {
      const run = builtin(name, { trace: true, history: true });
      run.runToEnd();
      const h = run.engine.history!;
      const fired = run.engine.trace!.toArray() as TraceEvent[];
      const events = fired.filter((e) => e.ev !== 'line' && e.ev !== 'enter' && e.ev !== 'exit' && e.ev !== 'packet');
      const packets = fired.filter((e) => e.ev === 'packet');
      assert.ok(events.length > 0, name);
      segments += packets.length;
      assert.equal(h.eventsTotal, events.length, name);
      assert.equal(JSON.stringify(h.events), JSON.stringify(events), name);
      assert.equal(h.wireTotal, packets.length, name);
      // (a segment's record is its packet event and then where it went)
      const wire = h.wire.map(({ skb, from, to, arriveAt, ...p }) => {
        assert.match(skb, /^sk_buff#\d+$/, name);
        assert.ok(typeof from === 'string' && (to === null || typeof to === 'string'), name);
        assert.ok(arriveAt === undefined || arriveAt >= p.t, name);
        return p;
      });
      assert.equal(JSON.stringify(wire), JSON.stringify(packets), name);
      assert.deepEqual(h.eventsTail(3), h.events.slice(-3), name);
      assert.deepEqual(h.wireTail(2), h.wire.slice(-2), name);
      assert.deepEqual(h.wireTail(10 ** 6), h.wire, name);
    }
    assert.ok(segments > 100);
  });

  it('a long past: tens of thousands of records, across its chunks, come back as they went in', () => {
    const h = new History();
    const n = 20000;
    for (let i = 0; i < n; i++) {
      h.add({ ev: 'syscall', t: i * 7, task: `p${i % 3}`, call: 'close', ret: i % 5 ? 0 : -1, ...(i % 5 ? {} : { errno: 'EBADF' }), scenarioLine: i } as TraceEvent);
      h.add({ ev: 'tcp_destroy_sock', t: i * 7 + 1, host: 'h', comm: '<idle>', skaddr: kaddr(i), saddr: '10.0.0.1', sport: i & 0xffff, daddr: '10.0.0.2', dport: 80 });
      const p: PacketEvent = { ev: 'packet', t: i * 7 + 2, saddr: '10.0.0.1', sport: 1000, daddr: '10.0.0.2', dport: 80, flags: 'S', seq: 4294967295 - i, ack: 0, win: 65535, len: 0 };
      h.packet(p, 'sk_buff', i, 'a', i % 2 ? 'b' : null, i % 2 ? i * 7 + 100 : undefined);
    }
    assert.equal(h.eventsTotal, 2 * n);
    assert.equal(h.wireTotal, n);
    const ev = h.events;
    assert.deepEqual(ev[2 * 12346], { ev: 'syscall', t: 12346 * 7, task: 'p1', call: 'close', ret: 0, scenarioLine: 12346 });
    assert.deepEqual(ev[2 * 12345 + 1], { ev: 'tcp_destroy_sock', t: 12345 * 7 + 1, host: 'h', comm: '<idle>', skaddr: kaddr(12345), saddr: '10.0.0.1', sport: 12345, daddr: '10.0.0.2', dport: 80 });
    assert.deepEqual(ev[2 * 5000], { ev: 'syscall', t: 5000 * 7, task: 'p2', call: 'close', ret: -1, errno: 'EBADF', scenarioLine: 5000 });
    const w = h.wireTail(3);
    assert.deepEqual(w[2], { ev: 'packet', t: (n - 1) * 7 + 2, saddr: '10.0.0.1', sport: 1000, daddr: '10.0.0.2', dport: 80, flags: 'S', seq: 4294967295 - (n - 1), ack: 0, win: 65535, len: 0, skb: `sk_buff#${n - 1}`, from: 'a', to: 'b', arriveAt: (n - 1) * 7 + 100 });
    assert.equal(w[1].to, null);
    assert.equal(w[1].arriveAt, undefined);
    assert.deepEqual(h.wire[4097], h.wireTail(n - 4097)[0]);
  });
});
