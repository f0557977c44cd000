// The picture's device layer and the sockets' queues (src/views/picture.ts), on real debug sessions:
// loopback-path (every segment through lo and this CPU's backlog) and first-packet-arp (the SYN parked
// on the neighbour's arp_queue); the contract (src/views/protocol.ts) on the snapshot's new parts.

import * as assert from 'node:assert/strict';
import type { SnapshotBody } from '../../src/debug/contract';
import { pictureOf, type Picture, type PicNode } from '../../src/views/picture';
import { checkToWebview } from '../../src/views/protocol';
import { record } from './record';

const nodes = (p: Picture, host: string) => p.hosts.find((h) => h.name === host)!.nodes;
const row = (n: PicNode | undefined, k: string) => n?.bands.flatMap((b) => b.rows).find((r) => r.k === k)?.v;

describe('the picture: the device layer and the sockets\' queues', () => {
  let lo: SnapshotBody[];
  let arp: SnapshotBody[];
  let slow: SnapshotBody[];
  before(async function () {
    this.timeout(180_000);
    slow = await record({ scenario: 'qdisc-slow-link', step: 'continue', maxStops: 10 });
    lo = await record({ scenario: 'loopback-path', step: 'in', maxStops: 4000 });
    arp = await record({ scenario: 'first-packet-arp', step: 'in', maxStops: 1500 });
  });

  it('loopback-path: the SYN queued on the backlog is a box under softnet_data, with its buffer offsets and headers', () => {
    const i = lo.findIndex((b) => b.snapshot.hosts[0].softnet!.input_pkt_queue.length > 0);
    assert.ok(i >= 0, 'a pause with an skb on input_pkt_queue');
    const p = pictureOf(lo[i], null);
    const sd = nodes(p, 'box').find((n) => n.kind === 'softnet')!;
    const skb = lo[i].snapshot.hosts[0].softnet!.input_pkt_queue[0];
    assert.match(row(sd, 'input_pkt_queue')!, new RegExp(`^\\[1\\] ${skb.id}$`));
    assert.equal(row(sd, 'poll_list'), 'backlog', 'enqueue_to_backlog scheduled the backlog\'s NAPI');
    const box = nodes(p, 'box').find((n) => n.kind === 'skb')!;
    assert.equal(box.title, skb.id);
    assert.equal(box.sub, '[S] len 44', 'the SYN: 20 bytes of IP, 24 of TCP (with MSS), no payload');
    // the frame came back through lo: eth_type_trans pulled the 14-byte Ethernet header
    assert.equal(row(box, 'data … tail'), '276 … 320');
    assert.equal(row(box, 'mac_header'), '262');
    assert.equal(row(box, 'network_header'), '276');
    assert.equal(row(box, 'transport_header'), '296');
    const p2 = pictureOf(lo[i], null);
    assert.ok(p2.hosts[0].edges.some((e) => e.from === sd.id && e.to === box.id && e.label === 'input_pkt_queue'));
    assert.ok(p.hosts[0].nodes.every((n) => n.kind !== 'skb' || n.strip), 'skbs are in the device row');
  });

  it('loopback-path: lo counts every segment that crossed it, once each way; eth0 none', () => {
    const last = lo[lo.length - 1];
    const p = pictureOf(last, null);
    const wire = last.snapshot.history!.wireTotal;
    const dev = nodes(p, 'box').find((n) => n.id === 'dev:box:lo')!;
    assert.match(dev.sub!, /^mtu 65536 · UP LOOPBACK$/);
    const st = last.snapshot.hosts[0].devs!.find((d) => d.name === 'lo')!.stats;
    assert.ok(wire > 6 && st.rx_packets === wire && st.tx_packets === wire, `lo ${st.rx_packets}/${st.tx_packets}, wire ${wire}`);
    assert.equal(row(dev, 'rx'), `${wire} packets, ${st.rx_bytes} B`);
    assert.equal(row(nodes(p, 'box').find((n) => n.id === 'dev:box:eth0'), 'rx'), '0 packets, 0 B');
    assert.equal(row(nodes(p, 'box').find((n) => n.id === 'dev:box:eth0'), 'rx_ring'), 'empty');
  });

  it('a sock box shows its receive queue, out-of-order queue and backlog; "ping" waits on the receive queue until recv()', () => {
    const i = lo.findIndex((b) => Object.values(b.snapshot.objects).some((o) => o.layers.some((l) => Array.isArray(l.fields.sk_receive_queue) && (l.fields.sk_receive_queue as unknown[]).length)));
    assert.ok(i >= 0, 'a pause with a segment on a receive queue');
    const p = pictureOf(lo[i], null);
    const sk = nodes(p, 'box').find((n) => n.kind === 'sock' && /^\d+ skbs?,/.test(row(n, 'sk_receive_queue') ?? ''))!;
    assert.equal(row(sk, 'sk_receive_queue'), '1 skb, 4 B');
    assert.equal(row(sk, 'out_of_order_queue'), 'empty');
    assert.equal(row(sk, 'sk_backlog'), 'empty');
    // a listener's box has none of them
    const listener = nodes(p, 'box').find((n) => n.kind === 'sock' && n.badge === 'LISTEN')!;
    assert.equal(row(listener, 'sk_receive_queue'), undefined);
  });

  it('first-packet-arp: the SYN parked on the INCOMPLETE neighbour\'s arp_queue, no Ethernet header yet', () => {
    const i = arp.findIndex((b) => b.snapshot.hosts.some((h) => h.neigh?.some((n) => n.arp_queue?.length)));
    assert.ok(i >= 0, 'a pause with the SYN parked');
    const p = pictureOf(arp[i], null);
    const n = nodes(p, 'client').find((x) => x.kind === 'neigh')!;
    assert.equal(n.title, 'neighbour 10.0.0.1');
    assert.equal(row(n, 'nud_state'), 'NUD_INCOMPLETE');
    const e = p.hosts.find((h) => h.name === 'client')!.edges.find((x) => x.from === n.id && x.label === 'arp_queue')!;
    const skb = nodes(p, 'client').find((x) => x.id === e.to)!;
    assert.equal(skb.sub, '[S] len 44');
    assert.equal(row(skb, 'mac_header'), '~0', 'neigh_resolve_output has not pushed the Ethernet header');
    assert.equal(row(skb, 'data … tail'), '276 … 320');
    // the packets in flight carry their buffer too (the ARP request: 14 + 28 bytes)
    const who = arp.find((b) => b.snapshot.packets.some((x) => x.flags === 'ARP request'))!.snapshot.packets.find((x) => x.flags === 'ARP request')!;
    assert.equal(who.skb!.len, 42);
    assert.equal(who.skb!.transport_header, null);
  });

  it('each device row shows its qdisc: lo noqueue; eth0 pfifo_fast, empty, having sent every frame eth0 sent', () => {
    const last = arp[arp.length - 1];
    const p = pictureOf(last, null);
    const client = last.snapshot.hosts.find((h) => h.name === 'client')!;
    const eth0 = client.devs!.find((d) => d.name === 'eth0')!;
    assert.equal(row(nodes(p, 'client').find((n) => n.id === 'dev:client:lo'), 'qdisc'), 'noqueue');
    const dev = nodes(p, 'client').find((n) => n.id === 'dev:client:eth0')!;
    assert.equal(row(dev, 'qdisc'), 'pfifo_fast · qlen 0');
    assert.equal(row(dev, 'bands'), '[0] [0] [0]');
    assert.equal(row(dev, 'qstats'), 'drops 0 · requeues 0');
    assert.equal(row(dev, 'tx_ring'), 'empty', 'a link without a rate: the wire takes each frame at once');
    assert.ok(eth0.stats.tx_packets > 0);
    assert.equal(row(dev, 'bstats'), `${eth0.stats.tx_packets} packets, ${eth0.qdisc.bytes} B`, 'every frame went through the qdisc (the bypass counts it)');
    assert.deepEqual(eth0.qdisc.flags, ['TCQ_F_CAN_BYPASS', 'TCQ_F_ONETXQUEUE', 'TCQ_F_CPUSTATS', 'TCQ_F_NOPARENT', 'TCQ_F_NOLOCK']);
  });

  it('qdisc-slow-link: the stopped queue (XOFF), band 1\'s frames and the transmit ring\'s as boxes under the device, the drops counted', () => {
    const i = slow.findIndex((b) => b.stop?.reason === 'pause');
    assert.ok(i >= 0, 'the first pause');
    const p = pictureOf(slow[i], null);
    const dev = nodes(p, 'client').find((n) => n.id === 'dev:client:eth0')!;
    assert.equal(row(dev, 'qdisc'), 'pfifo_fast · qlen 4 · XOFF');
    assert.equal(row(dev, 'bands'), '[0] [4] [0]');
    assert.equal(row(dev, 'qstats'), 'drops 2 · requeues 0');
    assert.match(row(dev, 'tx_ring')!, /^\[8\] sk_buff#\d+, sk_buff#\d+, …$/);
    const edges = p.hosts.find((h) => h.name === 'client')!.edges.filter((e) => e.from === dev.id);
    const band1 = edges.filter((e) => e.label === 'band 1');
    assert.equal(band1.length, 2, 'the first two of the band are drawn');
    const q = slow[i].snapshot.hosts.find((h) => h.name === 'client')!.devs!.find((d) => d.name === 'eth0')!.qdisc;
    assert.equal(nodes(p, 'client').find((n) => n.id === band1[0].to)!.title, q.bands[1][0].id);
    assert.equal(edges.filter((e) => e.label === 'tx_ring').length, 2);
    const ok = checkToWebview({ type: 'snapshot', seq: 1, session: 's', body: slow[i] });
    assert.ok(ok.ok, ok.ok ? '' : ok.error);
    // the second pause: the queue woken, band 1 sent onto the ring
    const j = slow.findIndex((b, k) => k > i && b.stop?.reason === 'pause');
    const dev2 = nodes(pictureOf(slow[j], p), 'client').find((n) => n.id === 'dev:client:eth0')!;
    assert.equal(row(dev2, 'bands'), '[0] [0] [0]');
    // (d9..d12 filled the ring again: stopped once more, with nothing left to wait in the qdisc)
    assert.equal(row(dev2, 'qdisc'), 'pfifo_fast · qlen 0 · XOFF');
    assert.match(row(dev2, 'bstats')!, /^14 packets, /, 'the ARP request, the first datagram, d1..d8 (the bypass), d9..d12 (net_tx_action); not d13, d14');
  });

  it('the contract accepts the new parts and rejects them malformed', () => {
    const i = lo.findIndex((b) => b.snapshot.hosts[0].softnet!.input_pkt_queue.length > 0);
    const ok = checkToWebview({ type: 'snapshot', seq: 1, session: 's', body: lo[i] });
    assert.ok(ok.ok, ok.ok ? '' : ok.error);
    const bad = (f: (b: SnapshotBody) => void, why: RegExp) => {
      const b = structuredClone(lo[i]);
      f(b);
      const c = checkToWebview({ type: 'snapshot', seq: 1, session: 's', body: b });
      assert.ok(!c.ok && why.test(c.error), c.ok ? 'accepted' : c.error);
    };
    bad((b) => ((b.snapshot.hosts[0].softnet!.input_pkt_queue[0] as unknown as Record<string, unknown>).mac_header = 'x'), /softnet\.input_pkt_queue\[0\]\.mac_header must be an integer/);
    bad((b) => ((b.snapshot.hosts[0].softnet!.input_pkt_queue[0] as unknown as Record<string, unknown>).id = 'constructor'), /must be an object id/);
    bad((b) => ((b.snapshot.hosts[0].devs![0].stats as unknown as Record<string, unknown>).rx_bytes = Infinity), /devs\[0\]\.stats\.rx_bytes/);
    bad((b) => ((b.snapshot.hosts[0].routes![0] as unknown as Record<string, unknown>).dev = 7), /routes\[0\]\.dev must be a string/);
    bad((b) => ((b.snapshot.hosts[0].devs![1].qdisc as unknown as Record<string, unknown>).bands = [['x']]), /devs\[1\]\.qdisc\.bands\[0\]\[0\]/);
    bad((b) => ((b.snapshot.hosts[0].devs![0].qdisc as unknown as Record<string, unknown>).drops = -0.5), /devs\[0\]\.qdisc\.drops/);
    bad((b) => ((b.snapshot.hosts[0].softnet as unknown as Record<string, unknown>).poll_list = 'backlog'), /poll_list must be a list/);
  });

  it("a sock's timers show when the timer wheel runs them: synack-lost's client in SYN_SENT, its RTO (1 s) due at 1.056 s", async function () {
    this.timeout(60_000);
    const bodies = await record({ scenario: 'synack-lost', step: 'continue', maxStops: 5 });
    const b = bodies.find((x) => x.stop?.reason === 'pause')!;
    const client = Object.values(b.snapshot.objects).find((o) => o.host === 'client' && o.layers.some((l) => l.struct === 'tcp_sock'))!;
    const p = pictureOf(b, null, { expanded: new Set([client.id]) });
    const box = nodes(p, 'client').find((n) => n.id === client.id)!;
    assert.equal(row(box, 'icsk_retransmit_timer'), 'tcp_write_timer ⏱ 1056.000 ms');
    assert.equal(row(box, 'icsk_delack_timer'), 'tcp_delack_timer –');
    const icsk = client.layers.find((l) => l.struct === 'inet_connection_sock')!.fields;
    assert.deepEqual(icsk.icsk_retransmit_timer, { timer: 'tcp_write_timer', pending: true, expires: 1_000_000, fires: 1_056_000 });
    assert.ok(checkToWebview({ type: 'snapshot', seq: 1, session: 's', body: b }).ok);
  });
});
