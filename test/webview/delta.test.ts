// Snapshot deltas (src/views/delta.ts): applying the delta between two pauses to the first gives the
// second exactly, pause after pause over whole sessions (every line of the lesson; a world of 1,000+
// sockets), while carrying a small part of it; the contract checks them; the rehearsal's data is valid.

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { SnapshotBody } from '../../src/debug/contract';
import { applyDelta, diffValue, makeDelta, patchValue, type Patch } from '../../src/views/delta';
import type { Value } from '../../src/kernel/world/snapshot';
import { checkFromWebview, checkToWebview } from '../../src/views/protocol';
import { grow, rehearsal } from '../../webview/warm';
import * as M from '../../webview/model';
import { allChanged, diff } from '../../webview/diff';
import { record } from './record';
import { scaleScenario } from './scale';

/** Applies each pause's delta to the body rebuilt so far (as the webview does) and checks it against the pause itself. */
function replay(bodies: SnapshotBody[]): { whole: number; deltas: number } {
  let have = bodies[0];
  let whole = 0;
  let deltas = 0;
  for (let i = 1; i < bodies.length; i++) {
    const d = makeDelta(bodies[i - 1], bodies[i]);
    assert.ok(d, `a delta for pause ${i}`);
    const json = JSON.stringify(d);
    // it travels as JSON: what arrives is a copy
    const next = applyDelta(have, JSON.parse(json));
    assert.deepStrictEqual(next, bodies[i], `pause ${i} rebuilt from its delta`);
    whole += JSON.stringify(bodies[i]).length;
    deltas += json.length;
    // what did not change is the base's own object
    for (const id of Object.keys(next.snapshot.objects)) if (!(id in d.objects)) assert.equal(next.snapshot.objects[id], have.snapshot.objects[id]);
    have = next;
  }
  return { whole, deltas };
}

describe('snapshot deltas', function () {
  this.timeout(120_000);
  let lesson: SnapshotBody[];
  let many: SnapshotBody[];
  before(async () => {
    lesson = await record({ scenario: 'tcp-handshake' });
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sockwalk-delta-'));
    const file = path.join(tmp, 'many.sockwalk');
    fs.writeFileSync(file, scaleScenario({ conns: 300, accepted: 250, pauses: 4 }));
    many = await record({ scenario: file, step: 'continue' });
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  it('rebuild every pause of the lesson exactly, stepping each kernel line', () => {
    assert.ok(lesson.length > 100);
    replay(lesson);
  });

  it('rebuild every pause of a world with hundreds of sockets, at a small part of its size', () => {
    const socks = Object.values(many[many.length - 1].snapshot.objects).filter((o) => M.isSock(o)).length;
    assert.ok(socks > 500, `${socks} socks`);
    const { whole, deltas } = replay(many);
    // the first delta carries the whole world (everything is new); the rest, a few connections each
    assert.ok(deltas < whole / 3, `deltas ${deltas} B vs whole bodies ${whole} B`);
    const last = JSON.stringify(makeDelta(many[many.length - 2], many[many.length - 1])).length;
    assert.ok(last < JSON.stringify(many[many.length - 1]).length / 100, `last delta ${last} B`);
  });

  it('patch values: members, elements, a list grown or shrunk in the middle; a patch that does not fit throws', () => {
    const cases: Array<[Value, Value]> = [
      [{ a: 1, b: [1, 2, 3] }, { a: 2, b: [1, 2, 3] }],
      [[1, 2, 3, 4], [1, 9, 3, 4]],
      [[1, 2, 3, 4], [1, 2, 7, 8, 3, 4]],
      [[1, 2, 3, 4], [1, 4]],
      [[], [{ ref: 'x#1' }]],
      [{ a: 1, b: 2 }, { b: 2, a: 1 }],
      [{ a: 1 }, { a: 1, c: 3 }],
      [{ a: [{ b: 1 }] }, { a: [{ b: 2 }] }],
      ['x', 5],
    ];
    for (const [a, b] of cases) {
      const p = diffValue(a, b);
      assert.ok(p, JSON.stringify([a, b]));
      const out = patchValue(a, JSON.parse(JSON.stringify(p)) as Patch);
      assert.equal(JSON.stringify(out), JSON.stringify(b), JSON.stringify(p)); // order of members too
    }
    assert.equal(diffValue({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] }), null);
    // only what changed travels: one element of a long list
    const long = Array.from({ length: 1000 }, (_, i) => ({ fd: i, file: { ref: `file#${i}` } }));
    const grown = [...long.slice(0, 500), { fd: 5000, file: { ref: 'file#5000' } }, ...long.slice(500)];
    assert.ok(JSON.stringify(diffValue(long, grown)).length < 100);
    assert.throws(() => patchValue([1, 2], { s: [2, 1, []] }));
    assert.throws(() => patchValue({ a: 1 }, { o: { b: { v: 1 } } }));
    assert.throws(() => patchValue(3, { e: { 0: { v: 1 } } }));
  });

  it('the view’s marks from a rebuilt world (its table rows carried from pause to pause, the delta naming what changed) are those of whole pauses', () => {
    let have = many[0];
    let carried = diff(null, have.snapshot);
    for (let i = 1; i < many.length; i++) {
      const delta = makeDelta(many[i - 1], many[i])!;
      const next = applyDelta(have, delta);
      const d = diff(have.snapshot, next.snapshot, carried.nextEntries, { changed: Object.keys(delta.objects), gone: delta.gone });
      const fresh = diff(many[i - 1].snapshot, many[i].snapshot);
      assert.deepEqual(new Set(d.entriesAdded), new Set(fresh.entriesAdded), `rows added at ${i}`);
      assert.deepEqual(d.entriesRemoved, fresh.entriesRemoved, `rows removed at ${i}`);
      assert.deepEqual(d.added, fresh.added, `objects added at ${i}`);
      assert.deepEqual(new Set(d.removed.keys()), new Set(fresh.removed.keys()), `objects removed at ${i}`);
      assert.deepEqual(allChanged(d), allChanged(fresh), `fields changed at ${i}`);
      have = next;
      carried = d;
    }
  });

  it('give up (null) where only a whole body will do: history going back, as in another session', () => {
    assert.equal(makeDelta(lesson[lesson.length - 1], lesson[1]), null);
  });

  it('are checked on arrival like whole snapshots', () => {
    const delta = makeDelta(lesson[10], lesson[11])!;
    assert.ok(checkToWebview({ type: 'delta', seq: 11, session: 's', base: 10, delta }).ok);
    const bad: unknown[] = [
      { type: 'delta', seq: 11, session: 's', delta },
      { type: 'delta', seq: 11, session: 's', base: -1, delta },
      { type: 'delta', seq: 11, session: 's', base: 10, delta: { ...delta, gone: [7] } },
      { type: 'delta', seq: 11, session: 's', base: 10, delta: { ...delta, objects: { x: { id: 'x' } } } },
      { type: 'delta', seq: 11, session: 's', base: 10, delta: { ...delta, rest: { hosts: [] } } },
      { type: 'delta', seq: 11, session: 's', base: 10, delta: { ...delta, rest: { s: [1, 2] } } },
      { type: 'delta', seq: 11, session: 's', base: 10, delta: { ...delta, rest: { o: { hosts: { x: 1 } } } } },
      { type: 'delta', seq: 11, session: 's', base: 10, delta: { ...delta, stop: {} } },
      { type: 'delta', seq: 11, session: 's', base: 10, delta: { ...delta, history: { wire: [] } } },
    ];
    for (const m of bad) assert.equal(checkToWebview(m).ok, false, JSON.stringify(m).slice(0, 120));
    assert.deepEqual(checkFromWebview({ type: 'resync', seq: 4 }), { ok: true, value: { type: 'resync', seq: 4 } });
    assert.equal(checkFromWebview({ type: 'resync' }).ok, false);
  });
});

describe('the view’s rehearsal data (webview/warm.json)', () => {
  it('is valid for the current contract, and grows into long fd tables and grouped hash tables', () => {
    const pauses = rehearsal();
    for (const body of pauses) {
      const c = checkToWebview({ type: 'snapshot', seq: 0, session: 'r', body });
      assert.ok(c.ok, c.ok ? '' : c.error);
    }
    const big = grow(pauses[0], 60);
    const h = big.snapshot.hosts.find((x) => x.ehash.length > 40);
    assert.ok(h, 'an ehash with more than 40 entries');
    assert.ok(big.snapshot.hosts.some((x) => x.processes.some((p) => p.fds.length > 40)), 'an fd table with more than 40 fds');
    // every reference in the grown world resolves
    const ids = new Set(Object.keys(big.snapshot.objects));
    for (const x of big.snapshot.hosts) for (const e of x.ehash) assert.ok(ids.has(e.sk.ref), e.sk.ref);
    for (const x of big.snapshot.hosts) for (const p of x.processes) for (const f of p.fds) assert.ok(ids.has(f.file.ref), f.file.ref);
  });
});
