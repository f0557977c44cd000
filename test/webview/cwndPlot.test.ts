// Each TCP connection's congestion state over time: the history's samples (src/kernel/core/history.ts
// CwndSample, recorded at the end of tcp_ack and after the RTO's tcp_enter_loss), the plot's model
// (src/views/cwndPlot.ts) and where the picture puts it (src/views/picture.ts), the contract's checks
// of the samples and their deltas. On a real run of test/webview/fixtures/cwnd.sockwalk: a 200 KB send
// with every 30th segment to the server dropped, and a second connection that only shakes hands.

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { scenario } from '../helpers';
import { History, type CwndSample, type CwndSource } from '../../src/kernel/core/history';
import { cwndPlot, cwndPlots, hasData, samplesBySock, PLOT, PLOT_BLOCK } from '../../src/views/cwndPlot';
import { pictureOf, nodesOf } from '../../src/views/picture';
import { checkToWebview } from '../../src/views/protocol';
import { makeDelta, applyDelta } from '../../src/views/delta';
import type { SnapshotBody } from '../../src/debug/contract';
import { record } from './record';

export const CWND_SCENARIO = path.resolve(__dirname, 'fixtures/cwnd.sockwalk');

function source(o: Partial<CwndSource> = {}): CwndSource {
  return { objId: 7, structName: 'tcp_sock', skc_net: { host: { name: 'client' } }, snd_cwnd: 10, snd_ssthresh: 0x7fffffff, snd_wnd: 65535, mss_cache: 1460, packets_out: 0, sacked_out: 0, lost_out: 0, retrans_out: 0, icsk_ca_state: 0, ...o };
}

describe('cwnd over time: the history’s samples', () => {
  let samples: CwndSample[];
  let idleSk: string;
  let dataSk: string;
  before(function () {
    this.timeout(60_000);
    const run = scenario(fs.readFileSync(CWND_SCENARIO, 'utf8'), { trace: false, history: true });
    run.runToEnd();
    samples = run.engine.history!.cwndSamples;
    const by = samplesBySock(samples);
    dataSk = [...by].sort((a, b) => b[1].length - a[1].length)[0][0];
    idleSk = [...by.keys()].find((k) => k !== dataSk)!;
  });

  it('show slow start: the initial window of 10, then one more segment per ACKed segment while ssthresh is infinite', () => {
    const s = samples.filter((x) => x.sk === dataSk);
    assert.equal(s[0].cwnd, 10, 'the initial window (TCP_INIT_CWND)');
    assert.equal(s[0].ssthresh, null, 'ssthresh starts "infinite"');
    assert.equal(s[0].mss, 1460);
    const slow = s.slice(0, s.findIndex((x) => x.ssthresh !== null));
    assert.ok(slow.length >= 15, `${slow.length} samples in slow start`);
    for (let i = 1; i < slow.length; i++) assert.ok(slow[i].cwnd >= slow[i - 1].cwnd, `cwnd never falls in slow start (${slow[i - 1].cwnd} → ${slow[i].cwnd})`);
    // the first round trip's ACKs, one segment each: 11, 12, … 20
    assert.deepEqual(slow.slice(1, 11).map((x) => x.cwnd), [11, 12, 13, 14, 15, 16, 17, 18, 19, 20]);
    assert.ok(Math.max(...slow.map((x) => x.cwnd)) >= 30, 'cwnd doubles per round trip');
    assert.ok(slow.some((x) => x.inflight > 0), 'segments in flight');
    assert.ok(slow.every((x) => x.host === 'client' && /^tcp_sock#\d+$/.test(x.sk)));
  });

  it('show the losses: the RTO (cwnd 1, ssthresh set, TCP_CA_Loss) and fast retransmit (TCP_CA_Recovery, ssthresh halved)', () => {
    const s = samples.filter((x) => x.sk === dataSk);
    const rto = s.find((x) => x.at === 'rto')!;
    assert.ok(rto, 'a sample at the RTO');
    assert.equal(rto.cwnd, 1);
    assert.equal(rto.ca, 4);
    assert.ok(rto.ssthresh !== null && rto.ssthresh >= 2);
    const rec = s.find((x) => x.ca === 3)!;
    assert.ok(rec, 'a sample in fast recovery');
    const before = s[s.indexOf(rec) - 1];
    assert.ok(rec.ssthresh! < before.cwnd, `ssthresh ${rec.ssthresh} below the cwnd before (${before.cwnd})`);
  });

  it('are recorded only where something changed, and not at all without a history', () => {
    const h = new History();
    h.cwnd(1, source(), 'ack');
    h.cwnd(2, source(), 'ack');
    h.cwnd(3, source({ objId: 8 }), 'ack');
    h.cwnd(4, source({ packets_out: 3 }), 'ack');
    h.cwnd(5, source({ packets_out: 3 }), 'rto');
    h.cwnd(6, source({ packets_out: 3, lost_out: 3, snd_cwnd: 1, snd_ssthresh: 5, icsk_ca_state: 4 }), 'ack');
    assert.deepEqual(h.cwndSamples.map((x) => [x.t, x.sk, x.inflight, x.at]), [[1, 'tcp_sock#7', 0, 'ack'], [3, 'tcp_sock#8', 0, 'ack'], [4, 'tcp_sock#7', 3, 'ack'], [5, 'tcp_sock#7', 3, 'rto'], [6, 'tcp_sock#7', 0, 'ack']]);
    assert.equal(h.cwndSamples[4].ssthresh, 5);
    assert.equal(h.cwndSamples[0].ssthresh, null);
    assert.equal(h.cwndTotal, 5);
    assert.deepEqual(h.cwndTail(2), h.cwndSamples.slice(-2));
    // across chunks
    const big = new History();
    for (let i = 0; i < 10_000; i++) big.cwnd(i, source({ snd_cwnd: i }), 'ack');
    assert.equal(big.cwndTotal, 10_000);
    assert.equal(big.cwndTail(1)[0].cwnd, 9999);
    assert.equal(big.cwndSamples[4097].cwnd, 4097);
    // the CLI's and the bench's runs keep no history: nothing is recorded
    const run = scenario(fs.readFileSync(CWND_SCENARIO, 'utf8'), { trace: false });
    run.runToEnd();
    assert.equal(run.engine.history, null);
  });

  it('the plot: a connection with data has one, the one that only shook hands has none', () => {
    assert.ok(hasData(samples.filter((x) => x.sk === dataSk)));
    assert.ok(idleSk, 'the second connection has a sample (its handshake)');
    assert.ok(!hasData(samples.filter((x) => x.sk === idleSk)));
    const plots = cwndPlots({ cwnd: samples, cwndTotal: samples.length });
    assert.deepEqual([...plots.keys()], [dataSk]);
    const p = plots.get(dataSk)!;
    assert.equal(p.truncated, false);
    assert.ok(p.yMax >= 40, `y up to ${p.yMax}`);
    assert.deepEqual(p.yTicks.map((t) => t.v), [0, p.yMax / 2, p.yMax]);
    assert.equal(p.xTicks[0].ms, '0');
    // every path stays in the plotting area
    for (const d of [p.cwnd, p.ssthresh, p.wnd, p.inflight]) {
      assert.ok(d.startsWith('M'), d.slice(0, 20));
      for (const m of d.matchAll(/[MHV,]\s*(-?[\d.]+)/g)) assert.ok(Number(m[1]) >= 0 && Number(m[1]) <= PLOT.w, d.slice(0, 40));
    }
    // the first point: cwnd 10 at the left edge
    const first = /^M([\d.]+),([\d.]+)/.exec(p.cwnd)!;
    assert.equal(Number(first[1]), PLOT.left);
    const y10 = PLOT.h - PLOT.bottom - (10 / p.yMax) * (PLOT.h - PLOT.bottom - PLOT.top);
    assert.ok(Math.abs(Number(first[2]) - y10) < 0.1);
    // ssthresh: no line while infinite, so its path starts later than cwnd's
    assert.ok(Number(/^M([\d.]+)/.exec(p.ssthresh)![1]) > PLOT.left);
    assert.deepEqual([...new Set(p.marks.map((m) => m.kind))].sort(), ['recovery', 'rto']);
    assert.ok(p.points.length > 5 && p.points.length <= PLOT.w);
    assert.ok(p.points.some((q) => q.p.cwnd === 1 && q.p.at === 'rto'));
    // a window of the history that lost the start says so
    assert.equal(cwndPlots({ cwnd: samples.slice(5), cwndTotal: samples.length }).get(dataSk)!.truncated, true);
    assert.equal(cwndPlot('tcp_sock#1', [{ t: 0, sk: 'tcp_sock#1', host: 'h', cwnd: 10, ssthresh: null, wnd: 65535, mss: 1460, inflight: 0, ca: 0, at: 'ack' }]), null);
  });
});

describe('cwnd over time: in the picture and the contract (a debug session)', () => {
  let bodies: SnapshotBody[];
  before(async function () {
    this.timeout(90_000);
    bodies = await record({ scenario: CWND_SCENARIO, step: 'continue' });
  });

  it('the snapshot carries the samples; the data connection’s sock box has its plot under the bands, the others none', () => {
    const last = bodies[bodies.length - 1];
    const h = last.snapshot.history!;
    assert.ok(h.cwnd && h.cwnd.length > 20 && h.cwndTotal === h.cwnd.length);
    const pic = pictureOf(last, null);
    const socks = [...nodesOf(pic).values()].filter((n) => n.kind === 'sock' && n.obj?.startsWith('tcp_sock#'));
    const withPlot = socks.filter((n) => n.plot);
    assert.equal(withPlot.length, 1, socks.map((n) => `${n.id} ${!!n.plot}`).join(', '));
    assert.equal(withPlot[0].host, 'client');
    assert.ok(socks.filter((n) => !n.plot).length >= 3, 'the idle client sock, the server’s children and listener have none');
    const noHistory = pictureOf({ ...last, snapshot: { ...last.snapshot, history: undefined } }, null).hosts.flatMap((x) => x.nodes).find((n) => n.id === withPlot[0].id)!;
    assert.equal(noHistory.plot, undefined);
    assert.equal(withPlot[0].h - noHistory.h, PLOT_BLOCK.h, 'the box grows by the plot’s block');
    // the first pause (slow start, no loss yet): a plot without marks
    const early = pictureOf(bodies[1], null);
    const p1 = nodesOf(early).get(withPlot[0].id)!.plot!;
    assert.deepEqual(p1.marks, []);
    assert.equal(p1.ssthresh, '');
  });

  it('the contract accepts the samples and rejects a malformed one; deltas carry the new samples', () => {
    const last = bodies[bodies.length - 1];
    assert.ok(checkToWebview({ type: 'snapshot', seq: 1, session: 's', body: last }).ok);
    const h = last.snapshot.history!;
    const bad = (cwnd: unknown, extra: object = {}) => ({ type: 'snapshot', seq: 1, session: 's', body: { ...last, snapshot: { ...last.snapshot, history: { ...h, cwnd, ...extra } } } });
    const s0 = h.cwnd![0];
    for (const [m, why] of [
      [bad([{ ...s0, at: 'timer' }]), /cwnd\[0\]\.at/],
      [bad([{ ...s0, ssthresh: 'inf' }]), /cwnd\[0\]\.ssthresh/],
      [bad([{ ...s0, sk: '../x' }]), /cwnd\[0\]\.sk/],
      [bad([{ ...s0, cwnd: 1.5 }]), /cwnd\[0\]\.cwnd/],
      [bad('x'), /cwnd must be a list/],
      [bad(h.cwnd, { cwndTotal: -0.5 }), /cwndTotal/],
    ] as const) {
      const c = checkToWebview(m);
      assert.equal(c.ok, false);
      if (!c.ok) assert.match(c.error, why);
    }
    const d = makeDelta(bodies[1], last)!;
    assert.equal(d.history!.cwnd!.length, h.cwndTotal! - bodies[1].snapshot.history!.cwndTotal!);
    assert.ok(checkToWebview({ type: 'delta', seq: 2, session: 's', base: 1, delta: d }).ok);
    assert.deepEqual(applyDelta(bodies[1], d).snapshot.history, last.snapshot.history);
    const { cwndTotal: _t, ...noTotal } = d.history!;
    const r = checkToWebview({ type: 'delta', seq: 2, session: 's', base: 1, delta: { ...d, history: noTotal } });
    assert.equal(r.ok, false);
    const r2 = checkToWebview({ type: 'delta', seq: 2, session: 's', base: 1, delta: { ...d, history: { ...d.history, cwnd: [{ ...s0, inflight: 'many' }] } } });
    assert.ok(!r2.ok && /delta\.history\.cwnd\[0\]\.inflight/.test(r2.error));
    // a history that went back (another session) is no base for a delta
    assert.equal(makeDelta(last, bodies[1]), null);
  });
});
