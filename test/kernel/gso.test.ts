// GSO as v5.4's TCP does it: the write queue holds skbs of many MSS (tcp_xmit_size_goal), tcp_write_xmit
// sends each as one GSO packet cut to what cwnd and the window allow (tcp_mss_split_point,
// tso_fragment), __tcp_transmit_skb marks it PSH, and validate_xmit_skb cuts it into MSS-sized
// segments for our NIC (tcp_gso_segment: PSH on the last) while lo carries it whole. An ACK of part
// of a GSO skb trims it (tcp_tso_acked); a retransmission sends one MSS of it (tcp_fragment).

import { strict as assert } from 'node:assert';
import { builtin as builtinRun, CONNECTED_PAIR as CONNECTED, events, scenario as scenarioRun, untilPause } from '../helpers';
import type { PacketEvent, TraceEvent } from '../../src/kernel/core/trace';
import type { ScenarioRun } from '../../src/scenario/runner';
import { takeSnapshot } from '../../src/kernel/world/snapshot';
import { skbBox } from '../../src/views/picture';

const builtin = (name: string) => builtinRun(name, { traceLines: true });
const scenario = (text: string) => scenarioRun(text, { traceLines: true });
function ran(run: ScenarioRun): ScenarioRun {
  run.runToEnd();
  return run;
}
const data = (run: ScenarioRun, from: string) => events(run).filter((e): e is PacketEvent => e.ev === 'packet' && e.proto === undefined && e.saddr === from && e.len > 0);
const entered = (run: ScenarioRun, fn: string) => events(run).filter((e: TraceEvent) => e.ev === 'enter' && e.fn === fn);


describe('GSO (v5.4: TCP always builds GSO packets)', () => {
  it('a 5000-byte send is one GSO packet: one tcp_transmit_skb, cut by validate_xmit_skb → tcp_gso_segment into 1460 ×3 + 620, PSH on the last only', () => {
    const run = ran(scenario(`${CONNECTED}client: send(fd, 5000) = 5000\nsleep 10ms\nserver: recv(cfd, 10000) = 5000\n`));
    assert.deepEqual(run.problems, []);
    const d = data(run, '10.0.0.2');
    assert.deepEqual(d.map((p) => p.len), [1460, 1460, 1460, 620]);
    assert.deepEqual(d.map((p) => p.flags), ['.', '.', '.', 'P.']);
    assert.deepEqual(d.map((p) => p.seq), [0, 1, 2, 3].map((i) => (d[0].seq + i * 1460) >>> 0), 'each segment its own sequence number');
    assert.equal(entered(run, 'tcp_gso_segment').length, 1, 'one GSO packet cut once');
    assert.equal(entered(run, 'validate_xmit_skb').length >= 1, true);
  });

  it('bulk-send: the first flight leaves as GSO packets of 4, 4 and 2 segments (tso_fragment at the split point), each ending in PSH — as Linux sends it', () => {
    const run = ran(builtin('bulk-send'));
    assert.deepEqual(run.problems, []);
    const first = data(run, '10.0.0.2').slice(0, 10);
    assert.ok(first.every((p) => p.t === first[0].t), 'one flight');
    assert.deepEqual(first.map((p) => p.flags).join(' '), '. . . P. . . . P. . P.');
    assert.ok(entered(run, 'tso_fragment').length > 0);
    assert.ok(entered(run, 'tcp_tso_should_defer').length > 0, 'later GSO packets ask whether to wait for more room');
  });

  it('over lo a GSO packet is not cut (lo behind a 1500-byte MTU: 1460-byte MSS, packets of many of them)', () => {
    const run = ran(
      scenario(`host box 10.0.0.1
process client on box
mtu box lo 1500
box: lfd = socket(AF_INET, SOCK_STREAM, 0)
box: bind(lfd, 10.0.0.1:8080) = 0
box: listen(lfd, 16) = 0
client: fd = socket(AF_INET, SOCK_STREAM, 0)
client: connect(fd, 10.0.0.1:8080) = 0
box: cfd = accept(lfd) = 4
client: send(fd, 30000) = 30000
sleep 10ms
box: recv(cfd, 200000) = 30000
`),
    );
    assert.deepEqual(run.problems, []);
    const d = events(run).filter((e): e is PacketEvent => e.ev === 'packet' && e.proto === undefined && e.len > 0);
    assert.ok(d.some((p) => p.len > 1460 && p.len % 1460 === 0), `lengths: ${d.map((p) => p.len).join(' ')}`);
    assert.equal(entered(run, 'tcp_gso_segment').length, 0, 'lo takes GSO packets whole');
    assert.equal(d.reduce((n, p) => n + p.len, 0), 30000);
  });

  it('lost-data-rto: ACKs of the first three segments trim the GSO skb (tcp_tso_acked); the RTO resends its last 620 bytes', () => {
    const run = ran(builtin('lost-data-rto'));
    assert.deepEqual(run.problems, []);
    assert.ok(entered(run, 'tcp_tso_acked').length > 0);
    const d = data(run, '10.0.0.2');
    assert.deepEqual(d.map((p) => p.len), [1460, 1460, 1460, 620, 620]);
  });

  it('the first segment of a GSO packet lost: only two duplicate ACKs count (the first is a window update, snd_wl1 moves), so the RTO fires — and resends one MSS, cut off by tcp_fragment', () => {
    const run = ran(scenario(`${CONNECTED}drop client > server "."\nclient: send(fd, 5000) = 5000\nsleep 500ms\nserver: recv(cfd, 10000) = 5000\n`));
    assert.deepEqual(run.problems, []);
    const d = data(run, '10.0.0.2');
    assert.deepEqual(d.map((p) => p.len), [1460, 1460, 1460, 620, 1460]);
    assert.equal(d[4].seq, d[0].seq, 'the retransmission is the lost first segment');
    assert.ok(d[4].t - d[0].t > 200_000, 'after the RTO (200 ms at least)');
    assert.ok(entered(run, 'tcp_fragment').length > 0);
  });

  it('fast-retransmit: the head of a GSO skb marked lost is cut to one MSS (tcp_fragment) and that alone is resent, before any RTO', () => {
    const run = ran(builtin('fast-retransmit'));
    assert.deepEqual(run.problems, []);
    const d = data(run, '10.0.0.2');
    const lost = d.find((p) => (p as PacketEvent & { dropped?: string }).dropped)!;
    const again = d.filter((p) => p.seq === lost.seq && p !== lost);
    assert.equal(again.length, 1);
    assert.equal(again[0].len, 1460);
    assert.ok(again[0].t - lost.t < 10_000, 'three duplicate ACKs, not the RTO');
    assert.ok(entered(run, 'tcp_fragment').length > 0);
  });
  it('behind a slow link the qdisc holds GSO packets whole (the snapshot shows gso_segs × gso_size); cut when dequeued, the segments the full ring cannot take requeued on q->gso_skb', () => {
    const run = scenario(`host server 10.0.0.1
host client 10.0.0.2
link delay 1ms
link rate 1mbit
server: lfd = socket(AF_INET, SOCK_STREAM, 0)
server: bind(lfd, 10.0.0.1:8080) = 0
server: listen(lfd, 16) = 0
client: fd = socket(AF_INET, SOCK_STREAM, 0)
client: connect(fd, 10.0.0.1:8080) = 0
server: cfd = accept(lfd) = 4
client: send(fd, 200000) & = 200000
sleep 40ms
pause "GSO packets wait in pfifo_fast; the ring holds segments"
server: recv(cfd, 200000, MSG_WAITALL) = 200000
client: wait
`);
    untilPause(run);
    const dev = takeSnapshot(run.world, run.engine).hosts.find((h) => h.name === 'client')!.devs!.find((d) => d.name === 'eth0')!;
    assert.ok(dev.tx_ring.length > 0 && dev.tx_ring.every((x) => x.gso_size === 0 && x.len <= 1514), 'the ring holds segments');
    assert.ok(dev.qdisc.bands[1].some((x) => x.gso_segs === 2 && x.gso_size === 1460 && x.len === 2 * 1460 + 54), 'a GSO packet waits whole in band 1');
    assert.equal(dev.qdisc.gso_skb.length, 1, 'the segment of a cut packet the ring had no room for, requeued');
    // the structures view's box for it says so
    const gso = dev.qdisc.bands[1].find((x) => x.gso_size)!;
    const rows = skbBox(gso, 'client').bands.flatMap((b) => b.rows);
    assert.equal(rows.find((r) => r.k === 'gso_segs × gso_size')?.v, '2 × 1460');
    assert.equal(skbBox(dev.tx_ring[0], 'client').bands.flatMap((b) => b.rows).find((r) => r.k === 'gso_segs × gso_size'), undefined, 'a segment has no such row');
    run.runToEnd();
    assert.deepEqual(run.problems, []);
  });
});
