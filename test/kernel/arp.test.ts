// ARP as v5.4 does it: the first packet to a neighbour waits on its arp_queue until the reply
// (first-packet-arp), the broadcast reaches every host on the link, the asker is learned by the
// asked (NUD_STALE), the reply makes the entry NUD_REACHABLE, a STALE entry in use goes DELAY then
// PROBE (a unicast probe), and lo never needs ARP.

import { strict as assert } from 'node:assert';
import { builtin, events, scenario, untilPause } from '../helpers';
import type { PacketEvent, TraceEvent } from '../../src/kernel/core/trace';
import type { ScenarioRun } from '../../src/scenario/runner';
import { NUD_INCOMPLETE, NUD_NOARP, NUD_REACHABLE, NUD_STALE } from '../../src/kernel/include/linux/netdevice';
import { takeSnapshot } from '../../src/kernel/world/snapshot';

const packets = (run: ScenarioRun) => events(run).filter((e): e is PacketEvent => e.ev === 'packet');
const entry = (run: ScenarioRun, host: number, addr: string) => {
  const net = run.world.hosts[host].net;
  return net.neighbours.get(net.eth0)?.get(addr) ?? null;
};

describe('ARP (first-packet-arp)', () => {
  it('the SYN waits on the neighbour: NUD_INCOMPLETE, parked on arp_queue, the timer armed, a broadcast who-has sent', () => {
    const run = scenario(`
host server 10.0.0.1
host client 10.0.0.2
link delay 10ms
server: lfd = socket(AF_INET, SOCK_STREAM, 0)
server: bind(lfd, 10.0.0.1:8080)
server: listen(lfd, 16)
client: fd = socket(AF_INET, SOCK_STREAM, 0)
client: connect(fd, 10.0.0.1:8080) &
sleep 5ms
pause "the who-has is on the wire"`, { trace: true });
    untilPause(run);
    const n = entry(run, 1, '10.0.0.1')!;
    assert.equal(n.nud_state, NUD_INCOMPLETE);
    assert.equal(n.arp_queue.length, 1);
    assert.equal(n.arp_queue[0].th!.syn, 1, 'the SYN is what waits');
    assert.equal(n.timer!.pending, true);
    assert.equal(n.timer!.expires, 1_000_000, 'retrans_time: 1 s');
    assert.equal(n.output.name, 'neigh_resolve_output');
    assert.equal(n.probes, 4, 'counted from ucast_probes (3): one broadcast sent');
    assert.ok(!packets(run).some((p) => p.flags === 'S'), 'no SYN on the wire yet');
    const who = packets(run).find((p) => p.proto === 'ARP')!;
    assert.deepEqual([who.flags, who.saddr, who.daddr, who.arp!.dst, who.arp!.tha], ['ARP request', '10.0.0.2', '10.0.0.1', 'ff:ff:ff:ff:ff:ff', '00:00:00:00:00:00']);
  });

  it('the reply resolves it: NUD_REACHABLE, the header cached, the SYN sent after the reply, a second connection needs no ARP', () => {
    const run = builtin('first-packet-arp', { trace: true });
    run.runToEnd();
    assert.deepEqual(run.problems, []);
    const pk = packets(run);
    assert.deepEqual(pk.slice(0, 3).map((p) => [p.t, p.flags]), [[0, 'ARP request'], [1000, 'ARP reply'], [2000, 'S']]);
    const reply = pk[1];
    assert.deepEqual([reply.saddr, reply.daddr, reply.arp!.sha, reply.arp!.dst], ['10.0.0.1', '10.0.0.2', '02:00:0a:00:00:01', '02:00:0a:00:00:02'], 'unicast, with the server\'s MAC');
    // the second connection's SYN at 5 ms goes out at once
    const syns = pk.filter((p) => p.flags === 'S');
    assert.deepEqual(syns.map((p) => p.t), [2000, 5000]);
    // the client's entry: learned from the reply
    const c = entry(run, 1, '10.0.0.1')!;
    assert.equal(c.ha, '02:00:0a:00:00:01');
    assert.equal(c.hh.hh_len, 14);
    assert.equal(c.arp_queue.length, 0);
    // only ARP's own packets before 5 s and the probe about 5 s after the SYN-ACK (3 ms): no ARP for the
    // second connection. delay_probe_time (5 s) is on the timer wheel's 512 ms level: it runs at 5.088 s
    assert.deepEqual(pk.filter((p) => p.proto === 'ARP').map((p) => p.t), [0, 1000, 5_088_000, 5_089_000]);
  });

  it('the asked learns the asker (NUD_STALE); its SYN-ACK makes that NUD_DELAY; 5 s on (5.088 s on the timer wheel), unconfirmed, NUD_PROBE sends a unicast probe, and the reply makes it NUD_REACHABLE (STALE again, unused, reachable_time later)', () => {
    const run = builtin('first-packet-arp', { trace: true, traceLines: true });
    run.runToEnd();
    const s = entry(run, 0, '10.0.0.2')!;
    // at the end of the run, reachable_time (15–45 s) after the probe's reply and unused since: NUD_STALE
    assert.equal(s.nud_state, NUD_STALE);
    assert.equal(s.timer!.pending, false, 'STALE has no timer');
    const arp = packets(run).filter((p) => p.proto === 'ARP');
    const probe = arp[2];
    assert.deepEqual([probe.t, probe.flags, probe.saddr, probe.daddr, probe.arp!.dst], [5_088_000, 'ARP request', '10.0.0.1', '10.0.0.2', '02:00:0a:00:00:02'], 'unicast to the MAC it had');
    // the walk shows the states the server's entry went through
    const lines = (events(run) as TraceEvent[]).filter((e) => e.ev === 'enter' && (e as { task: string }).task === 'server/softirq').map((e) => (e as { fn: string }).fn);
    for (const fn of ['arp_rcv', 'arp_process', 'neigh_event_ns', 'neigh_update', 'arp_send_dst', 'neigh_resolve_output', '__neigh_event_send', 'neigh_timer_handler', 'neigh_probe', 'arp_solicit']) assert.ok(lines.includes(fn), fn);
  });

  it('a broadcast reaches every other host; one that does not have the address learns nothing (arp_accept off)', () => {
    const run = scenario(`
host a 10.0.0.1
host b 10.0.0.2
host c 10.0.0.3
b: u = socket(AF_INET, SOCK_DGRAM, 0)
b: bind(u, 10.0.0.2:7)
a: v = socket(AF_INET, SOCK_DGRAM, 0)
a: sendto(v, "hi", 10.0.0.2:7) = 2
b: recv(u, 10) = "hi"`, { trace: true });
    run.runToEnd();
    assert.deepEqual(run.problems, []);
    const rx = (h: number) => run.world.hosts[h].net.eth0.stats.rx_packets;
    assert.equal(rx(2), 1, 'c received the who-has');
    assert.equal(entry(run, 2, '10.0.0.1'), null, 'and made no entry');
    assert.equal(entry(run, 1, '10.0.0.1')!.nud_state & (NUD_STALE | NUD_REACHABLE), NUD_STALE, 'b learned a from the request');
  });

  it('lo needs no ARP: a host talking to itself has one NUD_NOARP entry, keyed 0.0.0.0, and no ARP frame', () => {
    const run = builtin('loopback-path', { trace: true });
    run.runToEnd();
    assert.ok(!packets(run).some((p) => p.proto === 'ARP'));
    const net = run.world.hosts[0].net;
    const lo = [...(net.neighbours.get(net.loopback_dev) ?? new Map()).values()];
    assert.deepEqual(lo.map((n) => [n.primary_key, n.nud_state]), [['0.0.0.0', NUD_NOARP]]);
    assert.equal(net.neighbours.get(net.eth0), undefined);
  });

  it('the snapshot lists each host\'s neighbours as ip neigh does', () => {
    const run = builtin('first-packet-arp', { trace: true });
    run.runToEnd();
    const snap = takeSnapshot(run.world, run.engine);
    const client = snap.hosts.find((h) => h.name === 'client')!;
    assert.equal(client.neigh!.filter((n) => n.dev === 'eth0').length, 1);
    const e = client.neigh!.find((n) => n.dev === 'eth0')!;
    assert.equal(e.key, '10.0.0.1');
    assert.equal(e.ha, '02:00:0a:00:00:01');
    assert.match(e.nud_state, /^NUD_(REACHABLE|STALE|DELAY)$/);
    assert.equal(e.output, 'neigh_resolve_output');
  });
});
