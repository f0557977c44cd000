// TCP data transfer as v5.4 does it (issue 15): MSS-sized segments from the write queue, the
// congestion window's slow start (Reno), the receiver's window, fast retransmit after three duplicate
// ACKs, the RTO with tcp_enter_loss, the out-of-order queue, zero-window probes, MSG_WAITALL and the
// socket backlog while a process owns the socket. Each test runs a built-in or a small scenario and
// checks what a reader of the trace would see: the segments, the windows, the calls' results.

import { strict as assert } from 'node:assert';
import { builtin as builtinRun, CONNECTED_PAIR as CONNECTED, events, scenario as scenarioRun, sockOf, untilPause } from '../helpers';
import { tcp_sk } from '../../src/kernel/include/linux/tcp';
import { inet_csk, TCP_CA_Open } from '../../src/kernel/include/net/inet_connection_sock';
import type { PacketEvent, TraceEvent } from '../../src/kernel/core/trace';
import type { ScenarioRun } from '../../src/scenario/runner';

// (with the kernel's lines in the trace: the tests look for the functions that ran)
const builtin = (name: string) => builtinRun(name, { traceLines: true });
const scenario = (text: string) => scenarioRun(text, { traceLines: true });
/** Runs the whole scenario. */
function ran(run: ScenarioRun): ScenarioRun {
  run.runToEnd();
  return run;
}

const segs = (run: ScenarioRun) => events(run).filter((e): e is PacketEvent => e.ev === 'packet' && e.proto === undefined);
const data = (run: ScenarioRun, from: string) => segs(run).filter((p) => p.saddr === from && p.len > 0);
const acks = (run: ScenarioRun, from: string) => segs(run).filter((p) => p.saddr === from && p.len === 0 && p.flags === '.');
const results = (run: ScenarioRun, proc: string, fn: string) => run.results.filter((r) => r.proc === proc && r.stmt.fn === fn).map((r) => r.ret);
const entered = (run: ScenarioRun, fn: string) => events(run).filter((e: TraceEvent) => e.ev === 'enter' && e.fn === fn);
/** Data segments per round trip (2 ms on the 1 ms link) from the first: the flights of slow start. */
function flights(run: ScenarioRun, from: string): number[] {
  const d = data(run, from);
  const out: number[] = [];
  for (const p of d) {
    const i = Math.floor((p.t - d[0].t) / 2000);
    out[i] = (out[i] ?? 0) + 1;
  }
  return out;
}


describe('TCP data transfer', () => {
  it('bulk-send: MSS-sized segments (1460), slow start 10, 20, 40 a round trip, then the 64 KB window; every byte read once, in order', () => {
    const run = ran(builtin('bulk-send'));
    assert.deepEqual(run.problems, []);
    const d = data(run, '10.0.0.2');
    assert.ok(d.every((p) => p.len <= 1460), 'no segment over the MSS');
    assert.equal(d.reduce((n, p) => n + p.len, 0), 1_000_000, 'each byte sent once: no loss, no retransmission');
    const f = flights(run, '10.0.0.2');
    assert.deepEqual(f.slice(0, 3), [10, 20, 40], 'the initial window, then one more per segment ACKed (a flight may go in two parts: the quick ACKs, then the ACK the reader\'s tcp_cleanup_rbuf sends)');
    assert.ok(Math.max(...f) <= 44, 'never more than the receiver offers: 64240 bytes, 44 segments');
    assert.equal(results(run, 'server', 'recv').reduce((a, b) => a + b, 0), 1_000_000);
    // the writer slept on the full send buffer and was woken by ACKs
    assert.ok(entered(run, 'sk_stream_wait_memory').length > 0);
    assert.ok(entered(run, 'sk_stream_write_space').length > 0);
  });

  it('the SYN and SYN-ACK offer 64240: tcp_select_initial_window rounds the buffer\'s window (65536) down to whole MSS', () => {
    const run = builtin('tcp-handshake');
    run.runToEnd();
    const [syn, synack, ack] = segs(run);
    assert.deepEqual([syn.flags, syn.win, synack.flags, synack.win, ack.flags, ack.win], ['S', 64240, 'S.', 64240, '.', 64240]);
    let socks = 0;
    for (const h of run.world.hosts) {
      for (const sk of h.net.tcp_hashinfo.ehash.values()) {
        if (!('rcv_ssthresh' in sk)) continue;
        socks++;
        assert.equal(tcp_sk(sk as never).rcv_wnd, 64240);
        assert.equal(tcp_sk(sk as never).rcv_ssthresh, 64240);
      }
    }
    assert.equal(socks, 2, 'the client and the accepted child');
  });

  it('send() returns once its bytes are queued; PSH marks the last segment of a write', () => {
    const run = ran(scenario(CONNECTED + `
client: send(fd, 5000) = 5000
sleep 10ms
server: recv(cfd, 10000) = 5000`));
    assert.deepEqual(run.problems, []);
    const d = data(run, '10.0.0.2');
    assert.deepEqual(d.map((p) => p.len), [1460, 1460, 1460, 620]);
    assert.deepEqual(d.map((p) => p.flags), ['.', '.', '.', 'P.']);
  });

  it('Nagle: a second small write waits for the ACK of the first; with TCP_NODELAY it goes at once', () => {
    const writes = (nodelay: boolean) => {
      const run = ran(scenario(CONNECTED + (nodelay ? 'client: setsockopt(fd, SOL_TCP, TCP_NODELAY, 1) = 0\n' : '') + `
client: send(fd, 100) = 100
client: send(fd, 100) = 100
sleep 100ms
server: recv(cfd, 1000) = 200`));
      assert.deepEqual(run.problems, []);
      const d = data(run, '10.0.0.2');
      assert.deepEqual(d.map((p) => p.len), [100, 100]);
      return d[1].t - d[0].t;
    };
    // Nagle: the second waits for the first's ACK — a delayed ACK (the receiver has nothing to send back)
    const nagle = writes(false);
    assert.ok(nagle >= 2000, `held back ${nagle} µs`);
    assert.equal(writes(true), 0, 'TCP_NODELAY: both at once');
  });

  it('fast-retransmit: three duplicate ACKs, not the RTO, resend the lost segment; ssthresh halves; the data arrives whole', () => {
    const run = ran(builtin('fast-retransmit'));
    assert.deepEqual(run.problems, []);
    const d = data(run, '10.0.0.2');
    const lost = d.find((p) => (p as PacketEvent & { dropped?: string }).dropped);
    assert.ok(lost, 'the scenario dropped one data segment');
    const again = d.filter((p) => p.seq === lost!.seq);
    assert.equal(again.length, 2, 'sent twice');
    const dups = acks(run, '10.0.0.1').filter((p) => p.ack === lost!.seq && p.t < again[1].t);
    assert.ok(dups.length >= 3, `duplicate ACKs before the retransmission: ${dups.length}`);
    assert.ok(again[1].t - lost!.t < 10_000, 'within a few round trips, long before an RTO of 200 ms');
    assert.equal(entered(run, 'tcp_enter_recovery').length, 1);
    assert.ok(entered(run, 'tcp_data_queue_ofo').length >= 3, 'the segments after the hole were queued out of order');
    assert.equal(results(run, 'server', 'recv').reduce((a, b) => a + b, 0), 100_000);
  });

  it('lost-data-rto: with nothing after the hole, the RTO (about 200 ms after a 2 ms round trip) resends it; Loss state, cwnd 1', () => {
    const run = scenario(CONNECTED + `
drop client > server "P."
client: send(fd, 5000) = 5000
sleep 250ms
pause "after the RTO"`);
    untilPause(run);
    const d = data(run, '10.0.0.2');
    const last = d.filter((p) => p.len === 620);
    assert.equal(last.length, 2, 'the pushed segment went twice');
    const rto = last[1].t - last[0].t;
    assert.ok(rto >= 200_000 && rto < 220_000, `RTO ${rto} µs`);
    const tp = tcp_sk(sockOf(run, 'client', 'fd'));
    assert.equal(inet_csk(tp).icsk_ca_state, TCP_CA_Open, 'the retransmission was ACKed: out of Loss');
    // cwnd stayed 10 (four segments in flight never filled it: tcp_is_cwnd_limited), so ssthresh = 10 / 2;
    // cwnd restarted at 1 and the one ACK since added one
    assert.equal(tp.snd_ssthresh, 5);
    assert.equal(tp.snd_cwnd, 2);
    assert.ok(entered(run, 'tcp_enter_loss').length === 1);
  });

  it('out-of-order: a segment late by 300 us — the others wait in the out-of-order queue, and its arrival moves them all to the receive queue', () => {
    const run = ran(builtin('out-of-order'));
    assert.deepEqual(run.problems, []);
    assert.ok(entered(run, 'tcp_ofo_queue').length >= 1);
    // one ACK covers everything once the hole is filled
    const server = acks(run, '10.0.0.1');
    assert.ok(server.some((p) => p.ack - server[0].ack + 1460 >= 29000), 'a cumulative ACK over the whole flight');
    assert.deepEqual(results(run, 'server', 'recv'), [30000]);
  });

  it('zero-window: the window closes, the sender probes with backing-off intervals, a read reopens it', () => {
    const run = ran(builtin('zero-window'));
    assert.deepEqual(run.problems, []);
    const zero = segs(run).filter((p) => p.saddr === '10.0.0.1' && p.win === 0);
    assert.ok(zero.length >= 2, 'zero windows advertised (the first, then the answers to probes)');
    const probes = segs(run).filter((p) => p.saddr === '10.0.0.2' && p.len === 0 && p.flags === '.' && p.t > zero[0].t && p.t < 2_000_000);
    assert.equal(probes.length, 3);
    const gaps = probes.slice(1).map((p, i) => p.t - probes[i].t);
    assert.ok(gaps[1] > gaps[0] * 1.8, `the interval doubles: ${gaps.join(', ')} µs`);
    assert.ok(probes.every((p) => p.seq === zero[0].ack - 1), 'each probe carries snd_una - 1');
    assert.equal(results(run, 'server', 'recv').reduce((a, b) => a + b, 0), 200_000);
  });

  it('recv(fd, len, MSG_WAITALL) returns only with all len bytes; a plain recv returns what is there', () => {
    const run = ran(scenario(CONNECTED + `
client: send(fd, 300000) &
server: recv(cfd, 300000, MSG_WAITALL) = 300000
client: wait
client: send(fd, 3000) = 3000
sleep 5ms
server: recv(cfd, 300000) = 3000`));
    assert.deepEqual(run.problems, []);
  });

  it('backlog-while-owned: a flight arriving while recv() copies goes to sk_backlog; release_sock runs it through tcp_v4_do_rcv', () => {
    const run = builtin('backlog-while-owned');
    untilPause(run);
    const sk = sockOf(run, 'server', 'cfd');
    assert.ok(sk.sk_lock_owned, 'recv() owns the socket while it copies');
    assert.ok(sk.sk_backlog.length > 0, 'segments wait on the backlog');
    const waiting = sk.sk_backlog.length;
    untilPause(run);
    assert.equal(sk.sk_backlog.length, 0);
    assert.ok(!sk.sk_lock_owned);
    const rel = entered(run, '__release_sock');
    assert.equal(rel.length, 1);
    assert.ok(waiting >= 1);
  });

  it('a background send to a reader that never reads ends 30 simulated minutes after the scenario (the probes would go on for ever)', () => {
    const run = ran(scenario(CONNECTED + `
client: send(fd, 200000) &`));
    const last = events(run).at(-1)!;
    assert.ok(last.t < 31 * 60 * 1_000_000, `ended at ${last.t} µs`);
    assert.ok(entered(run, 'tcp_send_probe0').length > 5);
  });
});
