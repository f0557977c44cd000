// UDP in the same two-layer picture as TCP (kernel-reference §11): inet_dgram_ops over udp_prot,
// hashed into udp_table at bind time, one datagram per send and per recv, NoPorts and an ICMP port
// unreachable for a port nobody bound, ECONNREFUSED only for a connected socket, and never a
// sock:inet_sock_set_state event.

import { strict as assert } from 'node:assert';
import { builtin, events, scenario, sockOf, untilPause } from '../helpers';
import { UdpSock, udp_sk } from '../../src/kernel/include/linux/udp';
import { inet_sk } from '../../src/kernel/include/net/inet_sock';
import { TCP_CLOSE, TCP_ESTABLISHED } from '../../src/kernel/include/net/tcp_states';
import type { PacketEvent, TraceEvent } from '../../src/kernel/core/trace';
import type { ScenarioRun } from '../../src/scenario/runner';

// (datagrams and ICMP: the ARP frames before a host's first packet to another are pinned in arp.test.ts)
const packets = (run: ScenarioRun) => events(run).filter((e): e is PacketEvent => e.ev === 'packet' && e.proto !== 'ARP');
const setState = (run: ScenarioRun) => events(run).filter((e: TraceEvent) => e.ev === 'inet_sock_set_state');
const results = (run: ScenarioRun, proc: string) => run.results.filter((r) => r.proc === proc).map((r) => ({ fn: r.stmt.fn, ret: r.ret, errno: r.errno, data: r.data }));

describe('UDP', () => {
  it('socket(AF_INET, SOCK_DGRAM, 0): inet_dgram_ops over udp_prot, a udp_sock, not hashed yet', () => {
    const run = scenario(`
host h 10.0.0.1
h: u = socket(AF_INET, SOCK_DGRAM, 0) = 3
pause "after socket"`);
    untilPause(run);
    const sk = sockOf(run, 'h', 'u');
    assert.ok(sk instanceof UdpSock, 'sk_alloc took a udp_sock from udp_prot');
    assert.equal(sk.sk_socket!.ops!.name, 'inet_dgram_ops');
    assert.equal(sk.sk_prot.name, 'UDP');
    assert.equal(sk.sk_destruct, 'udp_destruct_sock', 'udp_init_sock ran');
    assert.equal(sk.sk_state, TCP_CLOSE);
    assert.equal(inet_sk(sk).inet_num, 0);
    assert.equal(run.world.hosts[0].net.udp_table.hash.size, 0);
  });

  it('bind() hashes the socket into udp_table at once: hash by port, hash2 by (address, port)', () => {
    const run = scenario(`
host h 10.0.0.1
h: u = socket(AF_INET, SOCK_DGRAM, 0) = 3
h: bind(u, 10.0.0.1:5353) = 0
h: w = socket(AF_INET, SOCK_DGRAM, 0) = 4
h: bind(w, 0.0.0.0:6000) = 0
pause "after bind"`);
    untilPause(run);
    const t = run.world.hosts[0].net.udp_table;
    const u = sockOf(run, 'h', 'u');
    const w = sockOf(run, 'h', 'w');
    assert.deepEqual(t.hash.get(5353), [u]);
    assert.deepEqual(t.hash2.get('10.0.0.1:5353'), [u]);
    assert.deepEqual(t.hash2.get('0.0.0.0:6000'), [w]);
    assert.equal(inet_sk(u).inet_num, 5353);
    assert.equal(inet_sk(u).inet_sport, 5353);
    assert.equal(udp_sk(u).udp_port_hash, 5353);
    assert.equal(u.sk_state, TCP_CLOSE, 'bind changes no state');
    // nothing went into TCP's tables
    assert.equal(run.world.hosts[0].net.tcp_hashinfo.bhash.size, 0);
  });

  it('udp-exchange: every datagram arrives once and intact, boundaries kept, a short buffer truncates', () => {
    const run = builtin('udp-exchange');
    assert.equal(run.runToEnd().reason, 'end');
    assert.deepEqual(run.problems, []);
    const server = results(run, 'server').filter((r) => r.fn === 'recvfrom' || r.fn === 'recv');
    assert.deepEqual(server.map((r) => r.data ?? r.errno), ['ping', 'second', 'late', 'EAGAIN']);
    assert.deepEqual(results(run, 'client').filter((r) => r.fn === 'recvfrom').map((r) => r.data), ['pong']);
    const p = packets(run);
    assert.deepEqual(p.map((x) => `${x.saddr}.${x.sport}>${x.daddr}.${x.dport} ${x.flags} ${x.len}`), [
      '10.0.0.2.6000>10.0.0.1.5353 UDP 4',
      '10.0.0.2.6000>10.0.0.1.5353 UDP 15',
      '10.0.0.1.5353>10.0.0.2.6000 UDP 4',
      '10.0.0.2.6000>10.0.0.1.5353 UDP 4',
    ]);
    assert.ok(p.every((x) => x.proto === 'UDP' && x.ulen === x.len + 8), 'uh->len is the header plus the payload');
    assert.equal(setState(run).length, 0, 'UDP never fires sock:inet_sock_set_state');
    assert.equal(run.world.hosts[0].net.mib.UdpInDatagrams, 3);
    // close() → udp_lib_close → sk_common_release → udp_lib_unhash: the tables are empty again
    for (const h of run.world.hosts) {
      assert.equal(h.net.udp_table.hash.size, 0);
      assert.equal(h.net.udp_table.hash2.size, 0);
    }
  });

  it('the first sendto() autobinds: an ephemeral port, hashed under 0.0.0.0', () => {
    const run = scenario(`
host h 10.0.0.1
host p 10.0.0.2
h: u = socket(AF_INET, SOCK_DGRAM, 0) = 3
h: sendto(u, "hi", 10.0.0.2:7) = 2
pause "after sendto"`);
    untilPause(run);
    const u = sockOf(run, 'h', 'u');
    const port = inet_sk(u).inet_num;
    assert.ok(port >= 32768 && port <= 60999, `ephemeral port ${port}`);
    assert.deepEqual(run.world.hosts[0].net.udp_table.hash2.get(`0.0.0.0:${port}`), [u]);
    // the datagram waits for ARP on the neighbour's arp_queue, from that port
    const h = run.world.hosts[0].net;
    const parked = h.neighbours.get(h.eth0)!.get('10.0.0.2')!.arp_queue;
    assert.equal(parked.length, 1);
    assert.equal(parked[0].uh!.source, port);
  });

  it('connect() stores TCP_ESTABLISHED without a tracepoint or a packet, and moves the socket to its address\'s hash2 slot', () => {
    const run = scenario(`
host h 10.0.0.2
host s 10.0.0.1
h: c = socket(AF_INET, SOCK_DGRAM, 0) = 3
h: connect(c, 10.0.0.1:9999) = 0
pause "after connect"`);
    untilPause(run);
    const c = sockOf(run, 'h', 'c');
    assert.equal(c.sk_state, TCP_ESTABLISHED);
    assert.equal(c.sk_socket!.state, 'SS_UNCONNECTED', 'inet_dgram_connect leaves sock->state alone');
    assert.equal(inet_sk(c).inet_daddr, '10.0.0.1');
    assert.equal(inet_sk(c).inet_dport, 9999);
    assert.equal(inet_sk(c).inet_rcv_saddr, '10.0.0.2');
    assert.deepEqual(run.world.hosts[0].net.udp_table.hash2.get(`10.0.0.2:${inet_sk(c).inet_num}`), [c]);
    assert.equal(packets(run).length, 0);
    assert.equal(setState(run).length, 0);
  });

  it('__udp4_lib_lookup: a connected socket beats an unconnected one on the same address and port', () => {
    const run = scenario(`
host s 10.0.0.1
host c 10.0.0.2
s: a = socket(AF_INET, SOCK_DGRAM | SOCK_NONBLOCK, 0) = 3
s: setsockopt(a, SOL_SOCKET, SO_REUSEADDR, 1) = 0
s: bind(a, 10.0.0.1:7000) = 0
s: b = socket(AF_INET, SOCK_DGRAM | SOCK_NONBLOCK, 0) = 4
s: setsockopt(b, SOL_SOCKET, SO_REUSEADDR, 1) = 0
s: bind(b, 10.0.0.1:7000) = 0
s: connect(b, 10.0.0.2:6000) = 0
c: x = socket(AF_INET, SOCK_DGRAM, 0) = 3
c: bind(x, 10.0.0.2:6000) = 0
c: y = socket(AF_INET, SOCK_DGRAM, 0) = 4
c: bind(y, 10.0.0.2:6001) = 0
c: sendto(x, "to the connected one", 10.0.0.1:7000) = 20
c: sendto(y, "from a stranger", 10.0.0.1:7000) = 15
sleep 5ms
s: recv(b, 100) = "to the connected one"
s: recv(b, 100) = -1 EAGAIN
s: recv(a, 100) = "from a stranger"
s: recv(a, 100) = -1 EAGAIN`);
    run.runToEnd();
    assert.deepEqual(run.problems, []);
    assert.deepEqual(run.world.hosts[0].net.udp_table.hash2.get('10.0.0.1:7000')!.length, 2);
  });

  it('a port nobody bound: NoPorts and an ICMP port unreachable on the wire, quoting the datagram', () => {
    const run = builtin('udp-connected-refused');
    run.runToEnd();
    assert.deepEqual(run.problems, []);
    const icmp = packets(run).filter((p) => p.proto === 'ICMP');
    assert.equal(icmp.length, 4);
    for (const p of icmp) {
      assert.equal(p.flags, 'ICMP port unreachable');
      assert.deepEqual([p.saddr, p.daddr, p.icmp!.type, p.icmp!.code], ['10.0.0.1', '10.0.0.2', 3, 3]);
      assert.equal(p.icmp!.quoted.dport, 9999);
      assert.equal(p.icmp!.quoted.daddr, '10.0.0.1');
    }
    assert.equal(run.world.hosts[0].net.mib.UdpNoPorts, 4);
    assert.equal(run.world.hosts[1].net.mib.IcmpInDestUnreachs, 4);
    assert.equal(setState(run).length, 0);
  });

  it('ECONNREFUSED reaches only the connected socket, once, from its next send() or recv()', () => {
    const run = builtin('udp-connected-refused');
    run.runToEnd();
    const c = results(run, 'client');
    const byFd = (fd: string) => run.results.filter((r) => r.stmt.args[0]?.kind === 'name' && (r.stmt.args[0] as { name: string }).name === fd);
    const cOut = byFd('c').map((r) => `${r.stmt.fn}:${r.errno ?? r.ret}`);
    assert.deepEqual(cOut, ['connect:0', 'send:7', 'send:ECONNREFUSED', 'send:5', 'recv:ECONNREFUSED', 'connect:0', 'send:EDESTADDRREQ', 'close:0']);
    const uOut = byFd('u').map((r) => `${r.stmt.fn}:${r.errno ?? r.ret}`);
    assert.ok(!uOut.some((x) => x.includes('ECONNREFUSED')), `the unconnected socket is never told: ${uOut.join(' ')}`);
    assert.ok(c.length > 0);
  });

  it('a recv() blocked on a connected socket is woken by the ICMP error (sk_error_report)', () => {
    const run = scenario(`
host s 10.0.0.1
host c 10.0.0.2
link delay 1ms
c: fd = socket(AF_INET, SOCK_DGRAM, 0) = 3
c: connect(fd, 10.0.0.1:9999) = 0
c: send(fd, "x") = 1
c: recv(fd, 100) & = -1 ECONNREFUSED
c: wait`);
    run.runToEnd();
    assert.deepEqual(run.problems, []);
    const r = run.results.find((x) => x.stmt.fn === 'recv')!;
    assert.equal(r.t, 4000, 'returns when the ICMP error arrives, one round trip after the datagram (which waited one for ARP)');
  });

  it('udp-unconnected-no-dest: EDESTADDRREQ, EOPNOTSUPP for listen/accept, EINVAL for port 0, EMSGSIZE past 65507', () => {
    const run = builtin('udp-unconnected-no-dest');
    run.runToEnd();
    assert.deepEqual(run.problems, []);
    assert.equal(setState(run).length, 0);
    const ok = scenario(`
host h 10.0.0.1
host p 10.0.0.2
h: u = socket(AF_INET, SOCK_DGRAM, 0) = 3
h: sendto(u, 65507, 10.0.0.2:7) = 65507`);
    ok.runToEnd();
    assert.deepEqual(ok.problems, [], '65507 bytes is the largest datagram');
  });
});

/**
 * A UDP server on 10.0.0.1:5353 and a client, the scenario's faults, the client's datagrams "d1" … "dN",
 * then the server's non-blocking reads: the datagrams `reads` names, in order, and nothing after them.
 */
function lossRun(faults: string, sends: number, reads: number[]): ScenarioRun {
  return scenario(`
host server 10.0.0.1
host client 10.0.0.2
server: s = socket(AF_INET, SOCK_DGRAM, 0)
server: bind(s, 10.0.0.1:5353) = 0
client: c = socket(AF_INET, SOCK_DGRAM, 0)
${faults}
${Array.from({ length: sends }, (_, k) => `client: sendto(c, "d${k + 1}", 10.0.0.1:5353) = 2`).join('\n')}
sleep 5ms
server: ioctl(s, FIONBIO, 1) = 0
${reads.map((k) => `server: recv(s, 100) = "d${k}"`).join('\n')}
server: recv(s, 100) = -1 EAGAIN`);
}
/** Why each of the client's datagrams was lost ('' for none), in the order they were sent. */
const lossOf = (run: ScenarioRun) => packets(run).filter((p) => p.saddr === '10.0.0.2' && p.proto === 'UDP').map((p) => p.dropped ?? '');

describe('loss patterns', () => {
  it('drop every 3rd client > server "UDP": of nine datagrams the 3rd, 6th and 9th are lost, each marked with its line; the server reads the other six in order', () => {
    const run = lossRun('drop every 3rd client > server "UDP"', 9, [1, 2, 4, 5, 7, 8]);
    assert.equal(run.runToEnd().reason, 'end');
    assert.deepEqual(run.problems, []);
    const every = 'dropped by the scenario (line 7: every 3)';
    assert.deepEqual(lossOf(run), ['', '', every, '', '', every, '', '', every]);
  });

  it('a loss pattern keeps going while a one-shot fault after it also takes its segment', () => {
    const run = lossRun('drop every 2nd client > server "UDP"\ndrop 1 client > server "UDP"', 4, [3]);
    assert.equal(run.runToEnd().reason, 'end');
    assert.deepEqual(run.problems, []);
    // d1 passes the pattern (its 1st) and meets the one-shot drop; d2 is the pattern's 2nd; d3 goes through; d4 is its 4th
    assert.deepEqual(lossOf(run).map((d) => d.match(/line (\d+)/)?.[1] ?? ''), ['8', '7', '', '7']);
  });
});
