// The qdisc on the way down (net/sched/sch_generic.ts, __dev_xmit_skb in net/core/dev.ts): eth0 has
// pfifo_fast, lo noqueue, as v5.4 gives them at dev_activate. An idle NIC's pfifo_fast is empty, so a
// frame takes __dev_xmit_skb's bypass (sch_direct_xmit, then __qdisc_run finds the queue empty);
// with the queue stopped (what a driver's netif_stop_queue does: the simulated NIC never does it,
// so the test does) frames wait in the bands and a full band drops.

import { strict as assert } from 'node:assert';
import { builtin, callsFrom, events, scenario, untilPause } from '../helpers';
import type { LineEvent, TraceEvent } from '../../src/kernel/core/trace';
import { readAnnotated } from '../../src/node/paths';
import type { ScenarioRun } from '../../src/scenario/runner';
import { dev_activate } from '../../src/kernel/gen/net/sched/sch_generic';
import { QUEUE_STATE_DRV_XOFF, TCQ_F_CAN_BYPASS, TCQ_F_NOLOCK } from '../../src/kernel/include/net/sch_generic';
import { takeSnapshot } from '../../src/kernel/world/snapshot';

const files = new Map<string, string[]>();
/** The text of each line a task ran in function fn, in order (the annotated source's line, trimmed). */
function linesOf(evs: TraceEvent[], task: string, fn: string): string[] {
  return evs
    .filter((e): e is LineEvent => e.ev === 'line' && (e as LineEvent).task === task && (e as LineEvent).fn === fn)
    .map((e) => {
      if (!files.has(e.file)) files.set(e.file, readAnnotated(e.file)!.split('\n'));
      return files.get(e.file)![e.renditionLine - 1].trim();
    });
}

const host = (run: ScenarioRun, name: string) => run.world.hosts.find((h) => h.name === name)!;

describe('the qdisc on the way down', () => {
  it('eth0 has pfifo_fast (TCQ_F_NOLOCK, TCQ_F_CAN_BYPASS, three bands of tx_queue_len), lo noqueue', () => {
    const run = builtin('tcp-handshake', { traceLines: true });
    const net = host(run, 'client').net;
    const q = net.eth0.txq.qdisc;
    assert.equal(q.ops.id, 'pfifo_fast');
    assert.ok(q.flags & TCQ_F_NOLOCK && q.flags & TCQ_F_CAN_BYPASS);
    assert.deepEqual({ bands: q.bands.length, limit: q.limit }, { bands: 3, limit: 1000 });
    const lo = net.loopback_dev.txq.qdisc;
    assert.equal(lo.ops.id, 'noqueue');
    assert.equal(lo.enqueue, null, 'noqueue_init clears q->enqueue');
  });

  it('a segment over eth0: __dev_xmit_skb\'s bypass (the qdisc empty), sch_direct_xmit to the driver, __qdisc_run finding nothing', () => {
    const run = builtin('tcp-handshake', { traceLines: true });
    assert.equal(run.runToEnd().reason, 'end');
    const evs = events(run);
    // the client's final ACK: __dev_queue_xmit hands it to the qdisc
    const calls = callsFrom(evs, 'client/softirq', '__dev_queue_xmit');
    assert.deepEqual(calls, ['__dev_queue_xmit', '__dev_xmit_skb', 'sch_direct_xmit', 'dev_hard_start_xmit', 'xmit_one', '__qdisc_run', 'qdisc_restart', 'dequeue_skb', 'pfifo_fast_dequeue']);
    const xmit = linesOf(evs, 'client/softirq', '__dev_xmit_skb');
    assert.ok(xmit.includes('if ((q->flags & TCQ_F_CAN_BYPASS) && q->empty &&'));
    assert.ok(xmit.includes('if (sch_direct_xmit(skb, q, dev, txq, NULL, true))'));
    assert.ok(xmit.includes('__qdisc_run(q);'));
    assert.ok(!xmit.some((l) => l.startsWith('rc = q->enqueue(')), 'nothing was queued: no enqueue');
    assert.ok(linesOf(evs, 'client/softirq', '__qdisc_run').includes('while (qdisc_restart(q, &packets)) {'));
    assert.ok(linesOf(evs, 'client/softirq', 'sch_direct_xmit').includes('skb = dev_hard_start_xmit(skb, dev, txq, &ret);'));
    // pfifo_fast_dequeue looked at its three bands and found them empty: the next frame may bypass again
    const deq = linesOf(evs, 'client/softirq', 'pfifo_fast_dequeue');
    assert.equal(deq.filter((l) => l === 'continue;').length % 3, 0);
    assert.equal(deq.at(-2), 'qdisc->empty = true;');
    // every frame eth0 sent went through the qdisc: its bstats count them, nothing waits or was dropped
    for (const name of ['client', 'server']) {
      const eth0 = host(run, name).net.eth0;
      const q = eth0.txq.qdisc;
      assert.ok(eth0.stats.tx_packets > 0);
      assert.equal(q.bstats.packets, eth0.stats.tx_packets, `${name}: qdisc sent ${q.bstats.packets}, eth0 ${eth0.stats.tx_packets}`);
      assert.deepEqual({ ...q.qstats, empty: q.empty }, { qlen: 0, backlog: 0, drops: 0, requeues: 0, empty: true });
    }
  });

  it('lo stays noqueue: the loopback path never enters __dev_xmit_skb, and __dev_queue_xmit goes straight to the driver', () => {
    const run = builtin('loopback-path', { traceLines: true });
    assert.equal(run.runToEnd().reason, 'end');
    const evs = events(run);
    const qdiscFns = new Set(['__dev_xmit_skb', '__qdisc_run', 'qdisc_run', 'qdisc_restart', 'dequeue_skb', 'sch_direct_xmit', 'pfifo_fast_enqueue', 'pfifo_fast_dequeue']);
    assert.ok(!evs.some((e) => e.ev === 'enter' && qdiscFns.has((e as { fn: string }).fn)));
    const lines = linesOf(evs, 'client', '__dev_queue_xmit');
    const at = lines.indexOf('if (q->enqueue) {');
    assert.ok(at > 0);
    assert.equal(lines[at + 1], 'if (dev->flags & IFF_UP) {', 'noqueue: past the qdisc to the driver');
    assert.equal(host(run, 'box').net.loopback_dev.txq.qdisc.bstats.packets, 0);
  });

  it('with eth0\'s queue stopped: the first frame is requeued, the next wait in band 1, and past tx_queue_len pfifo_fast drops (qdisc_drop_cpu); UDP\'s send does not hear of it', () => {
    const run = scenario(`
host server 10.0.0.1
host client 10.0.0.2
server: s = socket(AF_INET, SOCK_DGRAM, 0)
server: bind(s, 10.0.0.1:5353) = 0
client: c = socket(AF_INET, SOCK_DGRAM, 0)
client: sendto(c, "d0", 10.0.0.1:5353) = 2
sleep 5ms
pause "ARP resolved, d0 delivered"
${[1, 2, 3, 4, 5, 6].map((k) => `client: sendto(c, "d${k}", 10.0.0.1:5353) = 2`).join('\n')}
sleep 5ms
server: ioctl(s, FIONBIO, 1) = 0
server: recv(s, 100) = "d0"
server: recv(s, 100) = -1 EAGAIN`, { traceLines: true });
    assert.equal(untilPause(run).reason, 'pause');
    // ip link set eth0 txqueuelen 3 (its qdisc made anew for it), and the driver's netif_stop_queue
    const eth0 = host(run, 'client').net.eth0;
    eth0.tx_queue_len = 3;
    dev_activate(eth0);
    eth0.txq.state |= QUEUE_STATE_DRV_XOFF;
    const sent = eth0.stats.tx_packets;
    assert.equal(run.runToEnd().reason, 'end');
    assert.deepEqual(run.problems, []);
    const q = eth0.txq.qdisc;
    const payloads = (l: { payload: string }[]) => l.map((s) => s.payload);
    // d1 bypassed, found the queue stopped and went back (gso_skb); d2–d4 filled band 1; d5, d6 dropped
    assert.deepEqual(payloads(q.gso_skb), ['d1']);
    assert.deepEqual(q.bands.map(payloads), [[], ['d2', 'd3', 'd4'], []]);
    assert.deepEqual({ qlen: q.qstats.qlen, drops: q.qstats.drops, requeues: q.qstats.requeues }, { qlen: 4, drops: 2, requeues: 1 });
    assert.equal(eth0.stats.tx_packets, sent, 'nothing reached the driver');
    const evs = events(run);
    const enq = linesOf(evs, 'client', 'pfifo_fast_enqueue');
    assert.equal(enq.filter((l) => l === 'return qdisc_drop_cpu(skb, qdisc, to_free);').length, 2);
    assert.equal(enq.filter((l) => l === 'return NET_XMIT_SUCCESS;').length, 3);
    assert.equal(linesOf(evs, 'client', 'sch_direct_xmit').filter((l) => l === 'dev_requeue_skb(skb, q);').length, 1);
    // the dropped datagrams: ip_send_skb turned NET_XMIT_DROP into -ENOBUFS, udp_send_skb into 0
    assert.equal(linesOf(evs, 'client', 'ip_send_skb').filter((l) => l === 'err = net_xmit_errno(err);').length, 2);
    assert.equal(linesOf(evs, 'client', 'udp_send_skb').filter((l) => l === 'err = 0;').length, 2);
    // the snapshot carries the qdisc as the views draw it
    const dev = takeSnapshot(run.world, run.engine).hosts.find((h) => h.name === 'client')!.devs!.find((d) => d.name === 'eth0')!;
    assert.equal(dev.qdisc.kind, 'pfifo_fast');
    assert.deepEqual(dev.qdisc.bands.map((b) => b.length), [0, 3, 0]);
    assert.deepEqual({ qlen: dev.qdisc.qlen, drops: dev.qdisc.drops, requeues: dev.qdisc.requeues, gso: dev.qdisc.gso_skb.length, stopped: dev.qdisc.stopped }, { qlen: 4, drops: 2, requeues: 1, gso: 1, stopped: true });
  });
});
