// IP fragmentation of UDP as v5.4 does it (issue 15): a datagram over the route's MTU is built as
// fragment-sized skbs (__ip_append_data: 1480 bytes of IP payload each over Ethernet's 1500, all but
// the last a multiple of 8), cut by ip_do_fragment's fast path (offset, MF, one IP id), and joined by
// ip_defrag on the receiver (in any order); a lost fragment leaves the queue to ip_expire after
// ipfrag_time, which answers with ICMP time exceeded only if the first fragment came. A device's MTU
// is the scenario's (mtu HOST [eth0|lo] N).

import { strict as assert } from 'node:assert';
import { builtin, events, scenario, untilPause, callsFrom } from '../helpers';
import type { PacketEvent } from '../../src/kernel/core/trace';
import type { ScenarioRun } from '../../src/scenario/runner';
import { parseScenario } from '../../src/scenario/parser';
import { takeSnapshot } from '../../src/kernel/world/snapshot';
import { checkRest } from '../../src/views/protocol';
import { segments, segLabel } from '../../webview/model';

/** The webview contract's check of a snapshot (everything but the objects' fields), as it arrives. */
const validateSnapshot = (snap: unknown) => checkRest(JSON.parse(JSON.stringify(snap)));

const packets = (run: ScenarioRun) => events(run).filter((e): e is PacketEvent => e.ev === 'packet' && e.proto !== 'ARP'); // (the ARP exchange before the first datagram left out)
const mib = (run: ScenarioRun, host: string) => run.world.hosts.find((h) => h.name === host)!.net.mib;
/** Each packet as (flags, len, offset, MF): what a capture shows of a fragment. */
const shape = (p: PacketEvent) => (p.frag ? `${p.flags}/${p.len}@${p.frag.off}${p.frag.mf ? '+' : ''}` : `${p.flags}/${p.len}`);
const FILLER = 'abcdefghijklmnopqrstuvwxyz0123456789';
const bytes = (n: number) => FILLER.repeat(Math.ceil(n / FILLER.length)).slice(0, n);

const HEAD = `
host server 10.0.0.1
host client 10.0.0.2
server: s = socket(AF_INET, SOCK_DGRAM, 0) = 3
server: bind(s, 10.0.0.1:5353) = 0
client: c = socket(AF_INET, SOCK_DGRAM, 0) = 3
`;

describe('IP fragmentation (UDP over the MTU)', () => {
  it('udp-fragmented: 4000 bytes over 1500 leave as 1480 + 1480 + 1048 (offsets 0, 1480, 2960, MF on all but the last, one id) and arrive whole', () => {
    const run = builtin('udp-fragmented');
    assert.equal(run.runToEnd().reason, 'end');
    assert.deepEqual(run.problems, []);
    const ps = packets(run);
    assert.deepEqual(ps.map(shape), ['UDP/1480@0+', 'frag/1480@1480+', 'frag/1048@2960', 'UDP/1472', 'UDP/1480@0+', 'frag/1@1480']);
    // the first fragment carries the UDP header (ports, the whole datagram's length); the others none
    assert.equal(ps[0].ulen, 4008);
    assert.equal(ps[0].dport, 5353);
    assert.deepEqual([ps[1].sport, ps[1].dport], [0, 0]);
    assert.equal(new Set(ps.slice(0, 3).map((p) => p.frag!.id)).size, 1, 'one IP id for the three fragments');
    assert.notEqual(ps[4].frag!.id, ps[0].frag!.id, 'the next datagram has its own id');
    const got = run.results.filter((r) => r.proc === 'server' && r.stmt.fn === 'recvfrom');
    assert.deepEqual(got.map((r) => r.ret), [4000, 1472, 1473]);
    assert.equal(got[0].data, bytes(4000), 'the reassembled bytes are the sent bytes, in order');
    assert.equal(got[2].data, bytes(1473));
    assert.equal(mib(run, 'client').FragCreates, 5);
    assert.equal(mib(run, 'client').FragOKs, 2);
    assert.equal(mib(run, 'server').ReasmReqds, 5);
    assert.equal(mib(run, 'server').ReasmOKs, 2);
    assert.equal(run.world.hosts.find((h) => h.name === 'server')!.net.fqdir.rhashtable.size, 0, 'no queue left');
  });

  it('the way down: ip_make_skb builds the queue, __ip_finish_output → ip_fragment → ip_do_fragment sends each piece by ip_finish_output2', () => {
    const run = builtin('udp-fragmented', { traceLines: true });
    run.runToEnd();
    const evs = events(run);
    assert.deepEqual(callsFrom(evs, 'client', 'ip_make_skb'), ['ip_make_skb', '__ip_append_data', '__ip_make_skb']);
    const frag = callsFrom(evs, 'client', 'ip_fragment').filter((f) => f.startsWith('ip_'));
    assert.deepEqual(frag, [
      'ip_fragment', 'ip_do_fragment', 'ip_fraglist_init',
      'ip_fraglist_prepare', 'ip_finish_output2',
      'ip_fraglist_prepare', 'ip_finish_output2',
      'ip_finish_output2',
    ]);
    // up: each fragment stops in ip_defrag; the third makes ip_frag_queue reassemble, then udp_rcv
    const up = callsFrom(evs, 'server/softirq', 'ip_local_deliver', 2).filter((f) => /^(ip_|inet_frag|udp_rcv)/.test(f));
    assert.deepEqual(up.slice(0, 7), ['ip_local_deliver', 'ip_defrag', 'ip_find', 'inet_frag_find', 'ip_frag_queue', 'inet_frag_queue_insert', 'ip_frag_reasm']);
    assert.ok(up.includes('udp_rcv'));
    assert.deepEqual(callsFrom(evs, 'server/softirq', 'ip_local_deliver', 0).filter((f) => f === 'udp_rcv'), [], 'the first fragment goes no further');
  });

  it('out of order: the first fragment held back 5 ms arrives last, is placed before the others, and the datagram is whole', () => {
    const run = scenario(`${HEAD}
delay client > server "UDP" by 5ms
client: sendto(c, 3000, 10.0.0.1:5353) = 3000
sleep 10ms
server: recvfrom(s, 8000) = 3000`);
    assert.equal(run.runToEnd().reason, 'end');
    assert.deepEqual(run.problems, []);
    assert.equal(run.results.at(-1)!.data, bytes(3000));
    assert.deepEqual(packets(run).map(shape), ['UDP/1480@0+', 'frag/1480@1480+', 'frag/48@2960']);
  });

  it('a lost middle fragment: after ipfrag_time (30 s) ip_expire sends ICMP time exceeded, quoting the first fragment; the sender’s socket hears nothing', () => {
    const run = scenario(`${HEAD}
drop client > server "frag"
client: sendto(c, 4000, 10.0.0.1:5353) = 4000
sleep 29s
pause "before ipfrag_time"
sleep 2s
client: ioctl(c, FIONBIO, 1) = 0
client: recv(c, 100) = -1 EAGAIN
server: ioctl(s, FIONBIO, 1) = 0
server: recv(s, 8000) = -1 EAGAIN`);
    untilPause(run);
    const server = run.world.hosts.find((h) => h.name === 'server')!;
    assert.equal(server.net.fqdir.rhashtable.size, 1, 'the queue waits with two of three fragments');
    assert.equal(run.runToEnd().reason, 'end');
    assert.deepEqual(run.problems, []);
    const ps = packets(run);
    assert.equal(ps[1].dropped?.startsWith('dropped by the scenario'), true);
    const icmp = ps.find((p) => p.proto === 'ICMP')!;
    assert.equal(icmp.flags, 'ICMP ip reassembly time exceeded');
    assert.deepEqual([icmp.saddr, icmp.daddr, icmp.icmp!.type, icmp.icmp!.code], ['10.0.0.1', '10.0.0.2', 11, 1]);
    assert.equal(icmp.icmp!.quoted.dport, 5353, 'it quotes the first fragment: its UDP header');
    // the queue was made when the first fragment arrived (3 ms: 2 ms of ARP, 1 ms on the link), its
    // timer 30 s later — on the timer wheel's 512 ms level: the bucket of 30.176 s
    assert.equal(icmp.t, 30_176_000);
    assert.equal(server.net.fqdir.rhashtable.size, 0);
    assert.equal(mib(run, 'server').ReasmTimeout, 1);
    assert.equal(mib(run, 'server').ReasmFails, 1);
    assert.equal(mib(run, 'client').IcmpInTimeExcds, 1, 'icmp_unreach counts it and stops (ICMP_EXC_FRAGTIME)');
  });

  it('a lost first fragment: the queue expires without an ICMP (nothing to quote)', () => {
    const run = scenario(`${HEAD}
drop client > server "UDP"
client: sendto(c, 4000, 10.0.0.1:5353) = 4000
sleep 31s
server: ioctl(s, FIONBIO, 1) = 0
server: recv(s, 8000) = -1 EAGAIN`);
    assert.equal(run.runToEnd().reason, 'end');
    assert.deepEqual(run.problems, []);
    assert.equal(packets(run).filter((p) => p.proto === 'ICMP').length, 0);
    assert.equal(mib(run, 'server').ReasmTimeout, 1);
  });

  it('mtu client 576: fragments of 552 bytes of data (576 − 20, rounded down to 8), the last 144; the receiver’s MTU does not matter', () => {
    const run = scenario(`${HEAD}
mtu client 576
client: sendto(c, 4000, 10.0.0.1:5353) = 4000
sleep 2ms
server: recvfrom(s, 8000) = 4000`);
    assert.equal(run.runToEnd().reason, 'end');
    assert.deepEqual(run.problems, []);
    const ps = packets(run);
    assert.deepEqual(ps.map((p) => p.len), [552, 552, 552, 552, 552, 552, 552, 144]);
    assert.deepEqual(ps.map((p) => p.frag!.off), [0, 552, 1104, 1656, 2208, 2760, 3312, 3864]);
    assert.equal(run.results.at(-1)!.data, bytes(4000));
  });

  it('lo: 65536 by default (a host sends itself 60000 bytes whole); mtu HOST lo 1500 fragments them', () => {
    const text = (mtu: string) => `
host h 10.0.0.1
${mtu}
h: s = socket(AF_INET, SOCK_DGRAM, 0) = 3
h: bind(s, 10.0.0.1:5353) = 0
h: c = socket(AF_INET, SOCK_DGRAM, 0) = 4
h: sendto(c, 60000, 10.0.0.1:5353) = 60000
h: recvfrom(s, 65536) = 60000`;
    const whole = scenario(text(''));
    whole.runToEnd();
    assert.deepEqual(whole.problems, []);
    assert.deepEqual(packets(whole).map(shape), ['UDP/60000']);
    const cut = scenario(text('mtu h lo 1500'));
    cut.runToEnd();
    assert.deepEqual(cut.problems, []);
    assert.equal(packets(cut).length, 41, '60008 bytes in 1480-byte fragments');
    assert.equal(cut.results.at(-1)!.data, bytes(60000));
  });

  it('the largest datagram (65507 bytes) crosses the link as 45 fragments and arrives whole', () => {
    const run = scenario(`${HEAD}
client: sendto(c, 65507, 10.0.0.1:5353) = 65507
sleep 2ms
server: recvfrom(s, 70000) = 65507`);
    assert.equal(run.runToEnd().reason, 'end');
    assert.deepEqual(run.problems, []);
    const ps = packets(run);
    assert.equal(ps.length, 45);
    assert.deepEqual([ps[44].frag!.off, ps[44].len, ps[44].frag!.mf], [44 * 1480, 65515 - 44 * 1480, false]);
  });

  it('mtu: bad values and devices are diagnostics at line:col', () => {
    const diag = (line: string) => parseScenario(`host server 10.0.0.1\nprocess p on server\n${line}\n`, 't.sockwalk').diagnostics.map((d) => `${d.loc.line}:${d.loc.col} ${d.message}`);
    assert.deepEqual(diag('mtu server 67'), ['3:12 mtu 67: eth0 takes 68 to 65535 (its min_mtu and max_mtu), else EINVAL']);
    assert.deepEqual(diag('mtu server 65536'), ['3:12 mtu 65536: eth0 takes 68 to 65535 (its min_mtu and max_mtu), else EINVAL']);
    assert.deepEqual(diag('mtu server lo 67'), ['3:15 mtu 67: below 68 (IPV4_MIN_MTU) IPv4 leaves lo (inetdev_destroy), which is not simulated']);
    assert.deepEqual(diag('mtu server eth1 1400'), ["3:12 unknown device 'eth1': each host has eth0 (its NIC on the link) and lo"]);
    assert.deepEqual(diag('mtu server'), ['3:11 expected the MTU in bytes (mtu HOST 1400), got end of line']);
    assert.deepEqual(diag('mtu p 1400'), ["3:5 'p' is a process; mtu takes a host name (it runs on server)"]);
    assert.deepEqual(diag('mtu server 1400 1500'), ["3:17 unexpected '1500' after the MTU"]);
    assert.deepEqual(diag('mtu server lo 100000'), []);
    assert.deepEqual(diag('mtu server 68'), []);
  });
});

describe('fragments in the views', () => {
  it('the wire history keeps each fragment’s offset and MF; the sequence diagram labels them so, and the snapshot validates', () => {
    const run = builtin('udp-fragmented', { history: true });
    run.runToEnd();
    const snap = takeSnapshot(run.world, run.engine);
    assert.equal(validateSnapshot(snap), null);
    const segs = segments(snap, 100).segs.filter((s) => !s.arp);
    assert.deepEqual(segs.slice(0, 3).map(segLabel), ['[UDP] offset 0 MF len 1480', '[frag] offset 1480 MF len 1480', '[frag] offset 2960 len 1048']);
    assert.equal(segLabel(segs[3]), '[UDP] seq 0 len 1472');
  });

  it('a fragment in flight is in the snapshot with its IP header fields', () => {
    const run = builtin('udp-fragmented', { history: true });
    untilPause(run);
    const snap = takeSnapshot(run.world, run.engine);
    assert.equal(validateSnapshot(snap), null);
    assert.deepEqual(snap.packets.map((p) => [p.flags, p.len, (p.iphdr as { offset: number }).offset, (p.iphdr as { MF: number }).MF]), [['UDP', 1480, 0, 1], ['frag', 1480, 1480, 1], ['frag', 1048, 2960, 0]]);
  });
});

describe("TCP's MSS follows the route's MTU", () => {
  it('a client behind a 1000-byte MTU offers MSS 960 and sends 960-byte segments; the server offers 1460 but sends at most 960', () => {
    const run = scenario(`
host server 10.0.0.1
host client 10.0.0.2
mtu client 1000
server: lfd = socket(AF_INET, SOCK_STREAM, 0)
server: bind(lfd, 10.0.0.1:8080) = 0
server: listen(lfd, 5) = 0
client: fd = socket(AF_INET, SOCK_STREAM, 0)
client: connect(fd, 10.0.0.1:8080) = 0
server: cfd = accept(lfd) = 4
client: send(fd, 3000) = 3000
server: send(cfd, 3000) = 3000`);
    assert.equal(run.runToEnd().reason, 'end');
    assert.deepEqual(run.problems, []);
    const tcp = events(run).filter((e): e is PacketEvent => e.ev === 'packet' && e.proto === undefined);
    const [syn, synack] = tcp;
    // (dst_metric_advmss: the MTU less 40; the SYN's window is 68 of those, tcp_select_initial_window)
    assert.deepEqual([syn.mss, syn.win, synack.mss, synack.win], [960, 65280, 1460, 64240]);
    const sizes = (from: string) => tcp.filter((p) => p.saddr === from && p.len > 0).map((p) => p.len);
    assert.deepEqual(sizes('10.0.0.2'), [960, 960, 960, 120]);
    // (the server's mss_cache: its own route allows 1460, the client's MSS option caps it — tcp_sync_mss)
    assert.deepEqual(sizes('10.0.0.1'), [960, 960, 960, 120]);
    assert.ok(!tcp.some((p) => p.frag !== undefined || p.len > 960));
  });

  it('behind a 500-byte MTU the first guess of the peer\'s segment size is 460, not 536 (tcp_initialize_rcv_mss)', () => {
    const run = scenario(`
host server 10.0.0.1
host client 10.0.0.2
mtu client 500
mtu server 500
server: lfd = socket(AF_INET, SOCK_STREAM, 0)
server: bind(lfd, 10.0.0.1:8080) = 0
server: listen(lfd, 5) = 0
client: fd = socket(AF_INET, SOCK_STREAM, 0)
client: connect(fd, 10.0.0.1:8080) = 0
server: cfd = accept(lfd) = 4`);
    assert.equal(run.runToEnd().reason, 'end');
    assert.deepEqual(run.problems, []);
    const socks = run.world.hosts.flatMap((h) => [...h.net.tcp_hashinfo.ehash.values()]).filter((sk) => 'icsk_ack' in sk);
    assert.equal(socks.length, 2);
    for (const sk of socks) assert.equal((sk as unknown as { icsk_ack: { rcv_mss: number } }).icsk_ack.rcv_mss, 460);
  });

  it("lo offers MSS 65495 (IPV4_MAX_PMTU − 40) and a 65495 window; a segment is at most half the peer's window (tcp_bound_to_half_wnd)", () => {
    const run = scenario(`
host box 10.0.0.1
process client on box
box: lfd = socket(AF_INET, SOCK_STREAM, 0)
box: bind(lfd, 10.0.0.1:8080) = 0
box: listen(lfd, 5) = 0
client: fd = socket(AF_INET, SOCK_STREAM, 0)
client: connect(fd, 10.0.0.1:8080) = 0
box: cfd = accept(lfd) = 4
client: send(fd, 40000) = 40000`);
    assert.equal(run.runToEnd().reason, 'end');
    assert.deepEqual(run.problems, []);
    const tcp = events(run).filter((e): e is PacketEvent => e.ev === 'packet' && e.proto === undefined);
    assert.deepEqual([tcp[0].mss, tcp[0].win, tcp[1].mss, tcp[1].win], [65495, 65495, 65495, 65495]);
    assert.deepEqual(tcp.filter((p) => p.len > 0).map((p) => p.len), [32747, 7253]);
  });
});

