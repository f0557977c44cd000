// Netfilter rules as v5.4 runs them (issue 15): a host's first iptables rule registers the filter
// table and turns on that host's hooks (nothing else's); a packet at LOCAL_IN or LOCAL_OUT goes
// nf_hook → nf_hook_slow → iptable_filter_hook → ipt_do_table; DROP frees it there, REJECT answers
// (a RST from nf_send_reset, or an ICMP port unreachable that tcp_v4_err turns into ECONNREFUSED).

import { strict as assert } from 'node:assert';
import { builtin, events, scenario, untilPause } from '../helpers';
import type { PacketEvent, TraceEvent, NoteEvent } from '../../src/kernel/core/trace';
import type { ScenarioRun } from '../../src/scenario/runner';

const packets = (evs: TraceEvent[]) => evs.filter((e): e is PacketEvent => e.ev === 'packet' && e.proto !== 'ARP'); // (the ARP exchange before the first packet left out)
const notes = (evs: TraceEvent[]) => evs.filter((e): e is NoteEvent => e.ev === 'note').map((e) => `${e.host}: ${e.text}`);
const entered = (evs: TraceEvent[], task: string, fn: string) => evs.filter((e) => e.ev === 'enter' && e.task === task && e.fn === fn);
const host = (run: ScenarioRun, name: string) => run.world.hosts.find((h) => h.name === name)!;

/** The functions one task enters from the first entry of `from` until it returns. */
function callsFrom(evs: TraceEvent[], task: string, from: string): string[] {
  const out: string[] = [];
  let depth = -1;
  for (const e of evs) {
    if ((e.ev !== 'enter' && e.ev !== 'exit') || e.task !== task) continue;
    if (depth < 0) {
      if (e.ev === 'enter' && e.fn === from) {
        depth = 1;
        out.push(e.fn);
      }
      continue;
    }
    if (e.ev === 'enter') {
      depth++;
      out.push(e.fn);
    } else if (--depth === 0) break;
  }
  return out;
}

const HEAD = `host server 10.0.0.1
host client 10.0.0.2
server: lfd = socket(AF_INET, SOCK_STREAM, 0)
server: bind(lfd, 10.0.0.1:8080) = 0
server: listen(lfd, 16) = 0
`;

describe('netfilter rules', () => {
  it('no rule: the static key is off, nf_hook returns 1 at once and no table exists (the lifecycle path is unchanged)', () => {
    const run = builtin('tcp-handshake', { traceLines: true });
    run.runToEnd();
    const evs = events(run);
    assert.ok(entered(evs, 'server/softirq', 'nf_hook').length > 0);
    assert.equal(evs.filter((e) => e.ev === 'enter' && e.fn === 'nf_hook_slow').length, 0);
    for (const h of run.world.hosts) {
      assert.deepEqual([...h.net.nf_hooks_needed], [0, 0, 0, 0, 0]);
      assert.equal(h.net.iptable_filter, null);
    }
  });

  it('netfilter-drop: each SYN is dropped at the server\'s LOCAL_IN by the rule; the client backs off (0, 1, 3 s: 1.056 and 3.104 on the timer wheel) until the rule goes, then connects at 7.136 s', () => {
    const run = builtin('netfilter-drop', { traceLines: true });
    const stop = untilPause(run);
    assert.equal(stop.reason, 'pause');
    // the rule counted the three SYNs: 44 bytes each (20 of IP, 24 of TCP with the MSS option)
    const server = host(run, 'server');
    const input = server.net.iptable_filter!.chains.INPUT;
    assert.equal(input.length, 2);
    assert.deepEqual(input[0].counters, { pcnt: 3, bcnt: 132 });
    assert.equal(input[0].spec, '-A INPUT -p tcp -m tcp --dport 8080 -j DROP');
    // only the server's kernel has its hooks on: LOCAL_IN, FORWARD, LOCAL_OUT
    assert.deepEqual([...server.net.nf_hooks_needed], [0, 1, 1, 1, 0]);
    assert.deepEqual([...host(run, 'client').net.nf_hooks_needed], [0, 0, 0, 0, 0], 'the client has no rule yet');
    run.runToEnd();
    assert.deepEqual(run.problems, []);
    const evs = events(run);
    const syns = packets(evs).filter((p) => p.flags === 'S');
    // (the first waits 2 ms for ARP; the retransmit timer was armed at 0: 1, 2 and 4 s on the wheel's
    // 64 ms level, each armed on the tick of the last)
    assert.deepEqual(syns.map((p) => p.t), [2000, 1_056_000, 3_104_000, 7_136_000]);
    const drops = notes(evs).filter((n) => n.startsWith('server:') && n.includes('NF_DROP'));
    assert.equal(drops.length, 3);
    // the client's OUTPUT rule drops its datagram before any wire: udp_mt matched, sendto() = EPERM
    assert.deepEqual(notes(evs).filter((n) => n.startsWith('client:') && n.includes('NF_DROP')).map((n) => n.replace(/\.\d+ >/, '.P >')), [
      'client: iptables: filter OUTPUT rule 1 (-A OUTPUT -p udp -m udp --dport 5353 -j DROP) matched 10.0.0.2.P > 10.0.0.1.5353 UDP: NF_DROP',
    ]);
    assert.ok(entered(evs, 'client', 'udp_mt').length === 1);
    const sendto = evs.find((e) => e.ev === 'syscall' && e.call === 'sendto');
    assert.equal(sendto && sendto.ev === 'syscall' ? sendto.errno : null, 'EPERM');
    assert.ok(!packets(evs).some((p) => p.proto === 'UDP'), 'no datagram on the wire');
    assert.match(drops[0], /^server: iptables: filter INPUT rule 1 \(-A INPUT -p tcp -m tcp --dport 8080 -j DROP\) matched 10\.0\.0\.2\.\d+ > 10\.0\.0\.1\.8080 \[S\]: NF_DROP$/);
    // the way a dropped SYN goes: the hook, the walk, the match, the verdict; tcp_v4_rcv never sees it
    const walk = callsFrom(evs, 'server/softirq', 'ip_local_deliver');
    assert.deepEqual(walk, ['ip_local_deliver', 'NF_HOOK', 'nf_hook', 'nf_hook_slow', 'nf_hook_entry_hookfn', 'iptable_filter_hook', 'ipt_do_table', 'ip_packet_match', 'tcp_mt', 'port_match', 'port_match']);
    // the fourth SYN passes the (now empty) chain: the policy accepts, tcp_v4_rcv answers
    assert.equal(packets(evs).filter((p) => p.flags === 'S.').length, 1);
    const connect = evs.find((e) => e.ev === 'syscall' && e.call === 'connect');
    assert.deepEqual(connect && connect.ev === 'syscall' ? [connect.ret, connect.t] : null, [0, 7_138_000]);
    // after -D the chain holds only its policy, which counted what came after
    assert.equal(server.net.iptable_filter!.chains.INPUT.length, 1);
    assert.ok(server.net.iptable_filter!.chains.INPUT[0].counters.pcnt > 0);
  });

  it('netfilter-reject: tcp-reset answers the SYN with R. (seq 0, ack = SYN + 1, win 0) sent through the server\'s own OUTPUT; connect() fails with ECONNREFUSED', () => {
    const run = builtin('netfilter-reject', { traceLines: true });
    run.runToEnd();
    assert.deepEqual(run.problems, []);
    const evs = events(run);
    const ps = packets(evs);
    const syn = ps[0];
    const rst = ps[1];
    assert.equal(syn.flags, 'S');
    assert.deepEqual([rst.saddr, rst.sport, rst.daddr, rst.dport, rst.flags, rst.seq, rst.ack, rst.win, rst.len], ['10.0.0.1', 8080, '10.0.0.2', syn.sport, 'R.', 0, (syn.seq + 1) >>> 0, 0, 0]);
    const reset = callsFrom(evs, 'server/softirq', 'reject_tg');
    assert.deepEqual(reset.slice(0, 6), ['reject_tg', 'nf_send_reset', 'nf_reject_ip_tcphdr_get', 'nf_reject_iphdr_put', 'nf_reject_ip_tcphdr_put', 'ip_local_out']);
    // the RST passes the server's OUTPUT chain (its policy) on its way down
    assert.ok(reset.includes('ipt_do_table'));
    assert.ok(reset.includes('dev_queue_xmit'));
    // the listener never saw a SYN: no request sock, no SYN-ACK
    assert.equal(ps.filter((p) => p.flags === 'S.').length, 0);
    assert.equal(entered(evs, 'server/softirq', 'tcp_v4_rcv').length, 0);
    const errs = evs.filter((e) => e.ev === 'syscall' && e.call === 'connect').map((e) => (e.ev === 'syscall' ? e.errno : ''));
    assert.deepEqual(errs, ['ECONNREFUSED', 'ECONNREFUSED']);
  });

  it('netfilter-reject: icmp-port-unreachable quotes the SYN; the client\'s tcp_v4_err finds the SYN_SENT socket and ends connect() with ECONNREFUSED', () => {
    const run = builtin('netfilter-reject', { traceLines: true });
    run.runToEnd();
    const evs = events(run);
    const icmp = packets(evs).find((p) => p.proto === 'ICMP')!;
    assert.ok(icmp, 'an ICMP message went back');
    assert.deepEqual([icmp.saddr, icmp.daddr, icmp.icmp!.type, icmp.icmp!.code, icmp.icmp!.quoted.protocol, icmp.icmp!.quoted.dport], ['10.0.0.1', '10.0.0.2', 3, 3, 'tcp', 8080]);
    // 8 of ICMP header, then the SYN from its IP header on: 20 + 24
    assert.equal(icmp.len, 52);
    const err = callsFrom(evs, 'client/softirq', 'icmp_rcv');
    assert.deepEqual(err.slice(0, 5), ['icmp_rcv', 'icmp_unreach', 'icmp_socket_deliver', 'tcp_v4_err', '__inet_lookup_established']);
    assert.ok(err.includes('tcp_done'));
    // the client's socket went SYN_SENT → CLOSE without a RST
    assert.equal(evs.filter((e) => e.ev === 'tcp_receive_reset').length, 1, 'only the first (tcp-reset) attempt saw a RST');
  });

  it('rules are walked in order: -I puts an ACCEPT for the client before the DROP; -s and --sport ranges match as ip_packet_match and port_match say', () => {
    const run = scenario(HEAD + `server: iptables -A INPUT -p tcp --dport 8080 -j DROP
server: iptables -I INPUT -p tcp -s 10.0.0.2 --sport 1024:65535 -j ACCEPT
client: fd = socket(AF_INET, SOCK_STREAM, 0)
client: connect(fd, 10.0.0.1:8080) = 0
`);
    run.runToEnd();
    assert.deepEqual(run.problems, []);
    const input = host(run, 'server').net.iptable_filter!.chains.INPUT;
    assert.deepEqual(input.map((e) => e.spec), ['-A INPUT -s 10.0.0.2/32 -p tcp -m tcp --sport 1024:65535 -j ACCEPT', '-A INPUT -p tcp -m tcp --dport 8080 -j DROP', '-P INPUT ACCEPT']);
    // SYN and ACK matched the ACCEPT rule: the DROP rule never counted anything
    assert.equal(input[0].counters.pcnt, 2);
    assert.equal(input[1].counters.pcnt, 0);
  });

  it('a rule for another source, port or protocol does not match: the handshake goes through', () => {
    const run = scenario(HEAD + `server: iptables -A INPUT -s 10.0.0.9 -j DROP
server: iptables -A INPUT -p tcp --dport 9090 -j DROP
server: iptables -A INPUT -p udp --dport 8080 -j DROP
server: iptables -A INPUT -p tcp --tcp-flags SYN,ACK SYN,ACK -j DROP
client: fd = socket(AF_INET, SOCK_STREAM, 0)
client: connect(fd, 10.0.0.1:8080) = 0
`);
    run.runToEnd();
    assert.deepEqual(run.problems, []);
    const input = host(run, 'server').net.iptable_filter!.chains.INPUT;
    assert.deepEqual(input.map((e) => e.counters.pcnt), [0, 0, 0, 0, 2]);
  });

  it('a rule on OUTPUT drops the server\'s SYN-ACK before it leaves (no packet on the wire): the client only ever sends SYNs', () => {
    const run = scenario(HEAD + `server: iptables -A OUTPUT -p tcp --sport 8080 --tcp-flags SYN,ACK SYN,ACK -j DROP
client: fd = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0)
client: connect(fd, 10.0.0.1:8080) = -1 EINPROGRESS
sleep 1500ms
`);
    run.runToEnd();
    assert.deepEqual(run.problems, []);
    const evs = events(run);
    const ps = packets(evs);
    assert.ok(ps.length >= 2 && ps.every((p) => p.flags === 'S'), ps.map((p) => p.flags).join(' '));
    assert.deepEqual(ps.slice(0, 2).map((p) => p.t), [2000, 1_056_000]);
    const out = host(run, 'server').net.iptable_filter!.chains.OUTPUT;
    assert.ok(out[0].counters.pcnt >= 2, 'the first SYN-ACK and its retransmission or the answer to the second SYN');
    assert.ok(notes(evs).some((n) => /^server: iptables: filter OUTPUT rule 1 .* \[S\.\]: NF_DROP$/.test(n)));
  });

  it('a UDP datagram dropped at the sender\'s OUTPUT: sendto() fails with EPERM (nf_hook_slow\'s -EPERM comes back up)', () => {
    const run = scenario(`host server 10.0.0.1
host client 10.0.0.2
client: iptables -A OUTPUT -p udp --dport 5353 -j DROP
client: fd = socket(AF_INET, SOCK_DGRAM, 0)
client: sendto(fd, "hi", 10.0.0.1:5353) = -1 EPERM
client: sendto(fd, "hi", 10.0.0.1:5354) = 2
`);
    run.runToEnd();
    assert.deepEqual(run.problems, []);
    // only the second datagram left (and the ICMP port unreachable it drew)
    assert.deepEqual(packets(events(run)).map((p) => [p.proto, p.dport]), [['UDP', 5354], ['ICMP', 0]]);
  });

  it('-D of a rule that is not there, and of a number past the end, are iptables\' own complaints at the line', () => {
    const run = scenario(HEAD + `server: iptables -D INPUT -p tcp --dport 8080 -j DROP
server: iptables -A INPUT -p tcp --dport 8080 -j DROP
server: iptables -D INPUT 2
server: iptables -D INPUT 1
`);
    run.runToEnd();
    assert.deepEqual(run.problems.map((p) => [p.loc.line, p.message]), [
      [6, 'iptables: Bad rule (does a matching rule exist in that chain?).'],
      [8, 'iptables: Index of deletion too big.'],
    ]);
    assert.equal(host(run, 'server').net.iptable_filter!.chains.INPUT.length, 1);
  });

  it('a process prefix puts the rule on its host; -F flushes every chain', () => {
    const run = scenario(`host server 10.0.0.1
host client 10.0.0.2
process web on server
web: iptables -A INPUT -p tcp --dport 80 -j DROP
web: iptables -A OUTPUT -p tcp --dport 80 -j DROP
server: iptables -F
`);
    run.runToEnd();
    const t = host(run, 'server').net.iptable_filter!;
    assert.deepEqual([t.chains.INPUT.length, t.chains.OUTPUT.length], [1, 1]);
    assert.equal(host(run, 'client').net.iptable_filter, null);
  });
  it('REJECT at OUTPUT: the sender answers itself — the ICMP comes from its own address (the packet\'s route is not local: __icmp_send lets the route choose), sendto() = EPERM', () => {
    const run = scenario(`host server 10.0.0.1
host client 10.0.0.2
client: iptables -A OUTPUT -p udp -j REJECT
client: u = socket(AF_INET, SOCK_DGRAM, 0)
client: sendto(u, "x", 10.0.0.1:53) = -1 EPERM
`);
    run.runToEnd();
    assert.deepEqual(run.problems, []);
    const ps = packets(events(run));
    assert.deepEqual(ps.map((p) => [p.saddr, p.daddr, p.flags]), [['10.0.0.2', '10.0.0.2', 'ICMP port unreachable']]);
    assert.equal(ps[0].icmp!.quoted.daddr, '10.0.0.1');
  });
});
