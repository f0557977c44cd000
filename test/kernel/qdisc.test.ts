// The qdisc on the way down (net/sched/sch_generic.ts, __dev_xmit_skb in net/core/dev.ts): eth0 has
// pfifo_fast, lo noqueue, as v5.4 gives them at dev_activate. An idle NIC's pfifo_fast is empty, so a
// frame takes __dev_xmit_skb's bypass (sch_direct_xmit, then __qdisc_run finds the queue empty);
// on a link with a rate (qdisc-slow-link) the NIC's transmit ring fills, the driver stops the queue,
// frames wait in the bands, a full band drops, and the ring's interrupt wakes the queue (NET_TX).

import { strict as assert } from 'node:assert';
import { builtin, callsFrom, events, untilPause } from '../helpers';
import type { LineEvent, TraceEvent } from '../../src/kernel/core/trace';
import { readAnnotated } from '../../src/node/paths';
import type { ScenarioRun } from '../../src/scenario/runner';
import { TX_RING_SIZE } from '../../src/kernel/gen/drivers/net/simnic';
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
    assert.deepEqual(calls, ['__dev_queue_xmit', '__dev_xmit_skb', 'sch_direct_xmit', 'validate_xmit_skb', 'dev_hard_start_xmit', 'xmit_one', '__qdisc_run', 'qdisc_restart', 'dequeue_skb', 'pfifo_fast_dequeue']);
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

  it('qdisc-slow-link: the ring full, the driver stops the queue; frames wait in band 1, past txqueuelen pfifo_fast drops (qdisc_drop_cpu), and UDP\'s send does not hear of it', () => {
    const run = builtin('qdisc-slow-link', { traceLines: true });
    assert.equal(untilPause(run).reason, 'pause');
    const eth0 = host(run, 'client').net.eth0;
    const q = eth0.txq.qdisc;
    assert.equal(q.limit, 4, 'txqueuelen client 4');
    assert.equal(eth0.tx_ring.length, TX_RING_SIZE);
    assert.ok(eth0.txq.state & QUEUE_STATE_DRV_XOFF, 'the driver stopped the queue');
    assert.deepEqual(q.bands.map((b) => b.length), [0, 4, 0], 'priority 0: band 1');
    assert.deepEqual({ qlen: q.qstats.qlen, drops: q.qstats.drops, requeues: q.qstats.requeues, empty: q.empty }, { qlen: 4, drops: 2, requeues: 0, empty: false });
    let evs = events(run);
    const enq = linesOf(evs, 'client', 'pfifo_fast_enqueue');
    assert.equal(enq.filter((l) => l === 'return qdisc_drop_cpu(skb, qdisc, to_free);').length, 2);
    assert.equal(enq.filter((l) => l === 'return NET_XMIT_SUCCESS;').length, 4);
    // the enqueue branch: q->empty false (the run that stopped the queue never reached pfifo_fast_dequeue)
    const xmit = linesOf(evs, 'client', '__dev_xmit_skb');
    assert.equal(xmit.filter((l) => l === 'rc = q->enqueue(skb, q, &to_free) & NET_XMIT_MASK;').length, 6);
    assert.equal(xmit.filter((l) => l === 'kfree_skb_list(to_free);').length, 2);
    // qdisc_run → __qdisc_run → dequeue_skb: the queue stopped, nothing dequeued
    assert.ok(linesOf(evs, 'client', 'dequeue_skb').includes('return skb;'));
    // the dropped datagrams: ip_send_skb made NET_XMIT_DROP -ENOBUFS, udp_send_skb made it 0
    assert.equal(linesOf(evs, 'client', 'ip_send_skb').filter((l) => l === 'err = net_xmit_errno(err);').length, 2);
    assert.equal(linesOf(evs, 'client', 'udp_send_skb').filter((l) => l === 'err = 0;').length, 2);
    // the snapshot carries it as the views draw it
    const dev = takeSnapshot(run.world, run.engine).hosts.find((h) => h.name === 'client')!.devs!.find((d) => d.name === 'eth0')!;
    assert.deepEqual({ kind: dev.qdisc.kind, bands: dev.qdisc.bands.map((b) => b.length), drops: dev.qdisc.drops, stopped: dev.qdisc.stopped, ring: dev.tx_ring.length }, { kind: 'pfifo_fast', bands: [0, 4, 0], drops: 2, stopped: true, ring: 8 });

    // four frames sent: the completion interrupt wakes the queue, net_tx_action runs the qdisc
    assert.equal(untilPause(run).reason, 'pause');
    evs = events(run);
    assert.deepEqual(callsFrom(evs, 'client/softirq', 'netif_tx_wake_queue'), ['netif_tx_wake_queue', '__netif_schedule', '__netif_reschedule']);
    const tx = callsFrom(evs, 'client/softirq', 'net_tx_action');
    assert.deepEqual(tx.slice(0, 5), ['net_tx_action', 'qdisc_run', '__qdisc_run', 'qdisc_restart', 'dequeue_skb']);
    assert.equal(tx.filter((f) => f === 'pfifo_fast_dequeue').length, 4, 'd9..d12 off band 1 until the ring is full again');
    assert.equal(tx.filter((f) => f === 'xmit_one').length, 4);
    assert.deepEqual(q.bands.map((b) => b.length), [0, 0, 0]);

    assert.equal(run.runToEnd().reason, 'end');
    assert.deepEqual(run.problems, []);
    assert.equal(q.bstats.packets, eth0.stats.tx_packets, 'every frame eth0 sent went through the qdisc');
    assert.ok(q.empty, 'the last run of the qdisc found it empty');
    assert.equal(eth0.tx_ring.length, 0);
    assert.equal(eth0.txq.state, 0);
  });

  it('the wire at the link\'s rate: each 1042-byte frame 8336 µs after the one before', () => {
    const run = builtin('qdisc-slow-link');
    run.runToEnd();
    const sent = events(run).filter((e) => e.ev === 'packet' && (e as { saddr: string; len: number }).saddr === '10.0.0.2' && (e as { len: number }).len === 1000).map((e) => e.t);
    assert.equal(sent.length, 13);
    const gaps = sent.slice(2).map((t, i) => t - sent[i + 1]);
    assert.deepEqual([...new Set(gaps)], [8336]);
  });
});
