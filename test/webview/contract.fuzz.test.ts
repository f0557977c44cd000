// The webview contract (src/views/protocol.ts) on mutated messages (fuzz): recorded snapshots and
// deltas of real runs, each mutated at any depth (test/webview/mutate.ts). Whatever the contract
// accepts, the view must draw (test/webview/drawable.ts: the diff, the model and every template,
// as in the webview). Before issue 19, about one accepted message in ten then threw in the model.

import { strict as assert } from 'node:assert';
import * as path from 'node:path';
import fc from 'fast-check';
import type { SnapshotBody } from '../../src/debug/contract';
import { checkToWebview, checkFromWebview } from '../../src/views/protocol';
import { makeDelta } from '../../src/views/delta';
import { record } from './record';
import { Viewer } from './drawable';
import { paths, mutate, mutationArb } from './mutate';
import { fuzz, fuzzRuns } from '../fuzz';

describe('webview contract: accepted ⇒ drawable (fuzz)', function () {
  this.timeout(600_000);
  let bodies: SnapshotBody[] = [];
  let pre: Array<{ all: ReturnType<typeof paths>; ids: string[] }> = [];

  before(async () => {
    bodies = [
      ...(await record({ scenario: 'tcp-handshake', step: 'over', maxStops: 30 })),
      ...(await record({ scenario: 'udp-exchange', step: 'over', maxStops: 12 })),
      // a connection that carried data: its congestion samples, the plot drawn from them
      ...(await record({ scenario: path.resolve(__dirname, 'fixtures/cwnd.sockwalk'), step: 'continue' })),
    ];
    pre = bodies.map((b) => ({ all: paths(b), ids: Object.keys(b.snapshot.objects) }));
  });

  it('every recorded message is accepted and draws', () => {
    for (const b of bodies) {
      const c = checkToWebview({ type: 'snapshot', seq: 1, session: 's', body: b });
      assert.ok(c.ok, c.ok ? '' : c.error);
      new Viewer().draw(c.value);
    }
  });

  it('mutated snapshots (fuzz)', async () => {
    const counts = { accepted: 0 };
    await fuzz('webview: mutated snapshots', fc.tuple(fc.nat(), fc.array(mutationArb, { minLength: 1, maxLength: 3 })), fuzzRuns(400), ([k, muts]) => {
      const i = k % bodies.length;
      const body = structuredClone(bodies[i]) as unknown as Record<string, unknown>;
      for (const m of muts) mutate(body, pre[i].all, m, pre[i].ids);
      const c = checkToWebview({ type: 'snapshot', seq: 2, session: 's', body });
      if (!c.ok) return c.error.length > 5 ? null : 'a rejection needs a reason';
      counts.accepted++;
      const v = new Viewer();
      v.draw({ type: 'snapshot', seq: 1, session: 's', body: bodies[Math.max(0, i - 1)] });
      v.draw(c.value);
      return null;
    }, counts);
    assert.ok(counts.accepted > 0, 'some mutations keep the message valid');
  });

  it('mutated deltas (fuzz)', async () => {
    const counts = { accepted: 0 };
    await fuzz('webview: mutated deltas', fc.tuple(fc.nat(), fc.array(mutationArb, { minLength: 1, maxLength: 3 })), fuzzRuns(300), ([k, muts]) => {
      const i = k % (bodies.length - 1);
      const delta = makeDelta(bodies[i], bodies[i + 1]);
      if (!delta) return null;
      const msg = structuredClone({ type: 'delta', seq: 2, session: 's', base: 1, delta }) as unknown as Record<string, unknown>;
      const all = paths(msg);
      for (const m of muts) mutate(msg, all, m, pre[i].ids);
      const c = checkToWebview(msg);
      if (!c.ok) return null;
      counts.accepted++;
      const v = new Viewer();
      v.draw({ type: 'snapshot', seq: 1, session: 's', body: bodies[i] });
      v.draw(c.value);
      return null;
    }, counts);
  });

  it('what the webview sends (fuzz): accepted messages have exactly the contract\'s shape', async () => {
    const anyMsg = fc.oneof(
      fc.record({ type: fc.constantFrom('ready', 'resync', 'openFunction', 'selectObject', 'drawn', 'log', 'x'), seq: fc.anything(), fn: fc.anything(), id: fc.anything(), ms: fc.anything(), level: fc.anything(), message: fc.anything() }, { requiredKeys: ['type'] }),
      fc.anything(),
    );
    await fuzz('webview → extension messages', anyMsg, fuzzRuns(1000), (m) => {
      const c = checkFromWebview(m);
      if (!c.ok) return null;
      const v = c.value;
      const shape: Record<string, string[]> = { ready: [], resync: ['seq'], openFunction: ['fn'], selectObject: ['id'], drawn: ['seq', 'ms'], log: ['level', 'message'] };
      const keys = Object.keys(v).filter((k) => k !== 'type').sort();
      return JSON.stringify(keys) === JSON.stringify(shape[v.type].slice().sort()) ? null : `unexpected keys ${keys.join(',')} for ${v.type}`;
    });
  });
});
