// Every built-in scenario runs with all of its expectations met, and the flows beyond the
// handshake report the state transitions, resets and segments Linux 5.4 reports (kernel-reference §9–10, §14).

import { strict as assert } from 'node:assert';
import { builtinNames, loadScenario } from '../../src/scenario/builtins';
import { builtin, events, scenario, stateSequences } from '../helpers';
import { NUD_FAILED } from '../../src/kernel/include/linux/netdevice';
import type { PacketEvent } from '../../src/kernel/core/trace';

describe('built-in scenarios', () => {
  for (const name of builtinNames()) {
    it(`${name}: runs to the end with every expectation met`, () => {
      const l = loadScenario(name);
      assert.deepEqual(l.diagnostics, []);
      const expectations = l.scenario!.stmts.filter((s) => s.kind === 'call' && s.expect).length;
      assert.ok(expectations > 0, 'a built-in asserts its results');
      const run = builtin(name);
      const stop = run.runToEnd();
      assert.equal(stop.reason, 'end');
      assert.deepEqual(run.problems, []);
      assert.ok(run.results.length >= expectations);
    });
  }
});

// (TCP's segments: the ARP frames before a host's first packet to another are pinned in arp.test.ts)
const flags = (run: ReturnType<typeof builtin>) => events(run).filter((e): e is PacketEvent => e.ev === 'packet' && e.proto !== 'ARP').map((p) => p.flags);
const seqs = (run: ReturnType<typeof builtin>) => [...stateSequences(run).values()].map((s) => s.join(' '));
const tcpEvents = (run: ReturnType<typeof builtin>, ev: string) => events(run).filter((e) => e.ev === ev);

describe('flows past the handshake', () => {
  it('connection refused: S then R., SYN_SENT→CLOSE, tcp_receive_reset but no tcp_send_reset (no socket)', () => {
    const run = scenario(`
host server 10.0.0.1
host client 10.0.0.2
client: fd = socket(AF_INET, SOCK_STREAM, 0)
client: connect(fd, 10.0.0.1:9999) = -1 ECONNREFUSED`);
    run.runToEnd();
    assert.deepEqual(run.problems, []);
    assert.deepEqual(flags(run), ['S', 'R.']);
    assert.deepEqual(seqs(run), ['CLOSE>SYN_SENT SYN_SENT>CLOSE']);
    assert.equal(tcpEvents(run, 'tcp_receive_reset').length, 1);
    assert.equal(tcpEvents(run, 'tcp_send_reset').length, 0);
  });

  it('active close: FIN_WAIT1→FIN_WAIT2→CLOSE (never TIME_WAIT) on the closer, CLOSE_WAIT→LAST_ACK→CLOSE on the peer', () => {
    const run = builtin('active-close-time-wait');
    run.runToEnd();
    assert.deepEqual(seqs(run), [
      'CLOSE>LISTEN',
      'CLOSE>SYN_SENT SYN_SENT>ESTABLISHED ESTABLISHED>FIN_WAIT1 FIN_WAIT1>FIN_WAIT2 FIN_WAIT2>CLOSE',
      'LISTEN>SYN_RECV SYN_RECV>ESTABLISHED ESTABLISHED>CLOSE_WAIT CLOSE_WAIT>LAST_ACK LAST_ACK>CLOSE',
    ]);
    assert.deepEqual(flags(run), ['S', 'S.', '.', 'F.', '.', 'F.', '.']);
    assert.equal(tcpEvents(run, 'tcp_destroy_sock').length, 2);
    // after 60 s of TIME_WAIT nothing is left on the client
    const client = run.world.hosts[1].net.tcp_hashinfo;
    assert.equal(client.ehash.size, 0);
    assert.equal(client.bhash.size, 0);
  });

  it('SO_LINGER {1, 0}: close() sends R. instead of F., and the peer reads ECONNRESET', () => {
    const run = builtin('linger-reset');
    run.runToEnd();
    assert.deepEqual(flags(run).slice(3), ['R.']);
    assert.equal(tcpEvents(run, 'tcp_send_reset').length, 1);
    assert.equal(tcpEvents(run, 'tcp_receive_reset').length, 1);
  });

  it('closing a listener resets every child still in its accept queue', () => {
    const run = builtin('close-listener-with-pending');
    run.runToEnd();
    assert.equal(flags(run).filter((f) => f === 'R.').length, 2);
    assert.equal(tcpEvents(run, 'tcp_destroy_sock').length, 3, 'two children and the listener');
  });

  it("no-route-to-host: a SYN to an address nobody has waits for ARP: three who-has about 1 s apart, no retransmission while its copy is parked; the neighbour's timer and the RTO share a tick of the timer wheel, the neighbour's (the newer) first: NUD_FAILED, one ICMP, the SYN resent and parked again with a 4th who-has, and connect() fails with EHOSTUNREACH", () => {
    const run = builtin('no-route-to-host');
    run.runToEnd();
    assert.deepEqual(run.problems, []);
    const pk = events(run).filter((e): e is PacketEvent => e.ev === 'packet');
    // the SYN and its retransmission never reach the wire: each is parked on the INCOMPLETE neighbour
    assert.ok(!pk.some((p) => p.flags === 'S'));
    // retrans_time (1 s) on the wheel's 64 ms level: 1.056 s, then 1.024 s apart (armed on a bucket's tick)
    const arp = pk.filter((p) => p.proto === 'ARP');
    assert.deepEqual(arp.map((p) => [p.t, p.flags, p.daddr, p.arp?.dst]), [0, 1_056_000, 2_080_000, 3_104_000, 4_128_000, 5_152_000].map((t) => [t, 'ARP request', '10.0.0.9', 'ff:ff:ff:ff:ff:ff']));
    assert.ok(arp.every((p) => p.dropped));
    // the first RTO (1.056 s) finds the SYN's copy still on the arp_queue: -EBUSY (skb_still_in_host_queue).
    // The second (armed then for 2 s: 3.104 s) shares its tick with the neighbour's third timer, armed
    // at 2.080 s: newest first, the neighbour fails (NUD_FAILED) and hands the parked SYN to
    // arp_error_report — the ICMP — and then the RTO resends the SYN, which starts ARP again. That
    // neighbour fails too (6.176 s): its ICMP finds no socket
    const icmp = pk.filter((p) => p.proto === 'ICMP');
    assert.deepEqual(icmp.map((p) => [p.t, p.flags, p.saddr, p.daddr]), [3_104_000, 6_176_000].map((t) => [t, 'ICMP host unreachable', '10.0.0.2', '10.0.0.2']));
    const client = run.world.hosts[0];
    assert.equal(client.net.mib.TCPSpuriousRtxHostQueues, 1);
    assert.equal(client.net.mib.RetransSegs, 1);
    assert.equal(tcpEvents(run, 'tcp_retransmit_skb').length, 1);
    const n = client.net.neighbours.get(client.net.eth0)!.get('10.0.0.9')!;
    assert.equal(n.nud_state, NUD_FAILED);
    assert.equal(n.arp_queue.length, 0);
    // the first ICMP reaches tcp_v4_err with the socket in SYN_SENT, not owned (connect() sleeps):
    // sk_err = EHOSTUNREACH, tcp_done — "No route to host" at 3.104 s
    const res = run.results.find((r) => r.stmt.fn === 'connect')!;
    assert.equal(res.errno, 'EHOSTUNREACH');
    assert.equal(res.t, 3_104_000);
  });

  it('syn-retransmit-timeout: the SYN reaches the server and its rule drops it; it is resent about 1 s and 3 s after connect(), which fails with ETIMEDOUT at about 7 s', () => {
    const run = builtin('syn-retransmit-timeout');
    run.runToEnd();
    // the first SYN waits for ARP (who-has and reply, 1 ms each way); the retransmit timer was armed
    // by tcp_connect at 0, so the resends keep their times: 1, 2 and 4 s on the wheel's 64 ms level,
    // each armed on the tick of the last (1.056, +2.048, +4.032 s)
    const syns = events(run).filter((e): e is PacketEvent => e.ev === 'packet' && e.flags === 'S');
    assert.deepEqual(syns.map((p) => p.t), [2000, 1_056_000, 3_104_000]);
    const res = run.results.find((r) => r.stmt.fn === 'connect')!;
    assert.equal(res.errno, 'ETIMEDOUT');
    assert.equal(res.t, 7_136_000);
  });

  it('a full accept queue drops the final ACK and keeps the request sock; its timer resends the SYN-ACK', () => {
    const run = builtin('accept-queue-overflow');
    run.runToEnd();
    assert.equal(run.world.hosts[0].net.mib.ListenOverflows, 1);
    assert.equal(tcpEvents(run, 'tcp_retransmit_synack').length, 1);
  });

  it('data arrives exactly once and in order', () => {
    const run = builtin('data-exchange');
    run.runToEnd();
    const got = run.results.filter((r) => r.data !== undefined).map((r) => r.data).join('|');
    assert.equal(got, 'hello, server|hello|, client|');
    assert.ok(flags(run).includes('P.'));
  });
});

describe('more closing paths, and faults on the link', () => {
  it('simultaneous close: FIN_WAIT1 → CLOSING → CLOSE on both ends, a timewait sock on each host', () => {
    const run = builtin('simultaneous-close');
    run.engine.run(); // first pause: both FINs in flight
    assert.deepEqual(flags(run).slice(3), ['F.', 'F.']);
    untilEnd(run);
    const both = seqs(run).filter((s) => s.includes('CLOSING'));
    assert.equal(both.length, 2);
    for (const s of both) assert.match(s, /ESTABLISHED>FIN_WAIT1 FIN_WAIT1>CLOSING CLOSING>CLOSE$/);
  });

  it('passive close: CLOSE_WAIT until the application closes, then LAST_ACK → CLOSE, no TIME_WAIT', () => {
    const run = builtin('passive-close');
    untilEnd(run);
    assert.ok(seqs(run).some((s) => s.endsWith('ESTABLISHED>CLOSE_WAIT CLOSE_WAIT>LAST_ACK LAST_ACK>CLOSE')));
    const server = run.world.hosts[0].net.tcp_hashinfo;
    assert.equal([...server.ehash.values()].length, 0);
  });

  it('close() in SYN_SENT sends nothing; the late SYN-ACK draws a RST from the client', () => {
    const run = builtin('close-in-syn-sent');
    untilEnd(run);
    assert.deepEqual(flags(run), ['S', 'S.', 'R']);
    assert.ok(seqs(run).includes('CLOSE>SYN_SENT SYN_SENT>CLOSE'));
    assert.equal(run.world.hosts[0].net.tcp_hashinfo.ehash.size, 0, 'the RST ended the request sock');
  });

  it("a dropped SYN-ACK: the SYN and the SYN-ACK are retransmitted in the same tick of the timer wheel, the server's (armed 1 ms later) first, and the connection completes", () => {
    const run = builtin('synack-lost');
    untilEnd(run);
    const pk = events(run).filter((e): e is PacketEvent => e.ev === 'packet' && e.proto !== 'ARP');
    assert.equal(pk[1].flags, 'S.');
    assert.match(pk[1].dropped ?? '', /dropped by the scenario/);
    // both 1 s timers are in one 64 ms bucket, which runs at 1.056 s, newest first
    assert.deepEqual(pk.slice(2, 4).map((p) => [p.t, p.flags]), [[1_056_000, 'S.'], [1_056_000, 'S']]);
    // one from the request sock's timer, one for the retransmitted SYN (tcp_check_req); both traced
    assert.equal(tcpEvents(run, 'tcp_retransmit_synack').length, 2);
    const connect = run.results.find((r) => r.stmt.fn === 'connect')!;
    assert.equal(connect.ret, 0);
    assert.equal(connect.t, 1_057_000);
  });

  it('link down: every segment between the hosts is lost until it comes back', () => {
    const run = scenario(`${LISTENER}
link down 1500ms
c: fd = socket(AF_INET, SOCK_STREAM, 0)
c: connect(fd, 10.0.0.1:80) = 0`);
    untilEnd(run);
    assert.deepEqual(run.problems, []);
    // the link is down for ARP too: the who-has at 0 and about 1 s (1.056: the timer wheel) are lost
    // with the SYN parked on the INCOMPLETE neighbour (its RTO, in the same tick, sends nothing: the
    // copy is still parked, -EBUSY); the third (2.080 s) crosses the link that is back, and the reply
    // releases the one SYN (down longer than ARP's three tries, the neighbour would fail and connect()
    // with it: EHOSTUNREACH)
    const pk = events(run).filter((e): e is PacketEvent => e.ev === 'packet');
    assert.deepEqual(pk.slice(0, 3).map((p) => [p.t, p.flags, p.dropped ?? null]), [[0, 'ARP request', 'the link is down'], [1_056_000, 'ARP request', 'the link is down'], [2_080_000, 'ARP request', null]]);
    const syns = pk.filter((p) => p.flags === 'S');
    assert.deepEqual(syns.map((p) => [p.t, p.dropped ?? null]), [[2_082_000, null]]);
  });

  it('a fault with flags "ICMP" matches any ICMP message: the port unreachable is lost, recv() finds no error', () => {
    const run = scenario(`host s 10.0.0.1
host c 10.0.0.2
c: u = socket(AF_INET, SOCK_DGRAM, 0)
c: connect(u, 10.0.0.1:9999) = 0
drop s > c "ICMP"
c: send(u, "x") = 1
sleep 10ms
c: ioctl(u, FIONBIO, 1) = 0
c: recv(u, 10) = -1 EAGAIN`);
    untilEnd(run);
    assert.deepEqual(run.problems, []);
    const icmp = events(run).filter((e): e is PacketEvent => e.ev === 'packet' && e.proto === 'ICMP');
    assert.deepEqual(icmp.map((p) => [p.flags, p.dropped]), [['ICMP port unreachable', 'dropped by the scenario (line 5)']]);
  });

  it('delay: one segment is held back, the others are not', () => {
    const run = scenario(`${LISTENER}
delay c > s "." by 10ms
c: fd = socket(AF_INET, SOCK_STREAM, 0)
c: connect(fd, 10.0.0.1:80) = 0
s: a = accept(l)`);
    untilEnd(run);
    assert.deepEqual(run.problems, []);
    const accept = run.results.find((r) => r.stmt.fn === 'accept')!;
    // (13 ms: 2 ms of ARP before the SYN, the handshake's 3 ms, 10 ms of delay on the final ACK... less the
    // 2 ms the ACK would have taken anyway: 2 + 1 + 1 + 11)
    assert.equal(accept.t, 15_000, 'the final ACK arrived 10 ms late');
  });
});

describe('fd names', () => {
  it('an fd may be named like an Object.prototype member (toString, constructor)', () => {
    const run = scenario(`${LISTENER}
c: toString = socket(AF_INET, SOCK_STREAM, 0)
c: connect(toString, 10.0.0.1:80) = 0
s: constructor = accept(l)
s: close(constructor) = 0
c: close(toString) = 0`);
    untilEnd(run);
    assert.deepEqual(
      run.results.map((r) => `${r.stmt.fn} ${r.ret}`),
      ['socket 3', 'bind 0', 'listen 0', 'socket 3', 'connect 0', 'accept 4', 'close 0', 'close 0'],
    );
  });
});

/** Two hosts, a listener on s:80. */
const LISTENER = `
host s 10.0.0.1
host c 10.0.0.2
s: l = socket(AF_INET, SOCK_STREAM, 0)
s: bind(l, 10.0.0.1:80)
s: listen(l, 4)`;

function untilEnd(run: ReturnType<typeof builtin>): void {
  const s = run.runToEnd();
  assert.equal(s.reason, 'end');
  assert.deepEqual(run.problems, []);
}
