// What the views get from the debug adapter: the `sockwalk/snapshot` custom request (world, stop,
// kernel tables), the demos' moments (each holds where it says, and the world there is what its
// explanation claims), and the sockets tree built from a snapshot. Real DAP messages, in-process.

import { strict as assert } from 'node:assert';
import { record } from '../webview/record';
import { InProcessClient } from '../../src/debug/inproc';
import { SNAPSHOT_REQUEST, type SnapshotBody } from '../../src/debug/contract';
import { DEMOS } from '../../src/views/demos';
import { socketsTree, field, type SockNode } from '../../src/views/socketsModel';
import type { Snapshot, ObjectSnap } from '../../src/kernel/world/snapshot';

function server(s: Snapshot) {
  const h = s.hosts.find((x) => x.name === 'server');
  assert.ok(h, 'a host named server');
  return h;
}
function listener(s: Snapshot): ObjectSnap {
  const ref = server(s).lhash2[0]?.socks[0]?.ref;
  assert.ok(ref, 'the server has a listener in lhash2');
  return s.objects[ref];
}
function ehashTypes(s: Snapshot): string[] {
  return server(s).ehash.map((e) => `${s.objects[e.sk.ref].type}:${field(s.objects[e.sk.ref], 'skc_state')}`);
}
function acceptQueue(s: Snapshot): { qlen: number; accept_queue: unknown[] } {
  return field(listener(s), 'icsk_accept_queue') as { qlen: number; accept_queue: unknown[] };
}

describe('views: the snapshot request and the demos', function () {
  this.timeout(60000);

  it('sockwalk/snapshot answers at a stop with the world, the stop and the kernel tables, and fails when nothing runs', async () => {
    const c = new InProcessClient();
    await c.request('initialize', { adapterID: 'sockwalk', pathFormat: 'path' });
    await assert.rejects(c.request(SNAPSHOT_REQUEST), /no scenario is running/);
    await assert.rejects(c.request('sockwalk/frobnicate'), /unrecognized request/);
    const [first] = await record({ scenario: 'tcp-handshake', maxStops: 1 });
    assert.equal(first.stop.reason, 'entry');
    assert.ok(first.stop.step <= 1, `stopped on entry at step ${first.stop.step}`);
    assert.deepEqual(first.snapshot.hosts.map((h) => h.name), ['server', 'client']);
    assert.equal(first.tables.net_families[0].create, 'inet_create');
    const stream = first.tables.inetsw.find((t) => t.typeName === 'SOCK_STREAM');
    assert.deepEqual(stream?.entries.map((e) => [e.protocolName, e.ops, e.prot]), [['IPPROTO_TCP', 'inet_stream_ops', 'tcp_prot']]);
    assert.equal(first.tables.ops.tcp_prot.members.find((m) => m.member === 'get_port')?.fn, 'inet_csk_get_port');
  });

  it('the snapshot carries the past: every segment with its hosts, and the state transitions', async () => {
    const stops = await record({ scenario: 'tcp-handshake', step: 'over', maxStops: 50 });
    const last = stops[stops.length - 1].snapshot;
    assert.ok(last.history, 'history is kept for the debugger');
    const wire = last.history!.wire.map((w) => `${w.from}>${w.to} ${w.flags}`);
    // ARP's who-has and reply first: the SYN waited for them
    assert.deepEqual(wire.slice(0, 5), ['client>server ARP request', 'server>client ARP reply', 'client>server S', 'server>client S.', 'client>server .']);
    const states = last.history!.events.filter((e) => e.ev === 'inet_sock_set_state').map((e) => (e.ev === 'inet_sock_set_state' ? `${e.host}:${e.oldstate}>${e.newstate}` : ''));
    assert.ok(states.includes('server:TCP_LISTEN>TCP_SYN_RECV'), states.join(' '));
    assert.ok(states.includes('client:TCP_SYN_SENT>TCP_ESTABLISHED'), states.join(' '));
  });

  for (const demo of DEMOS) {
    it(`demo "${demo.title}": every moment holds as often as it says, with its explanation`, async () => {
      const stops = await record({ scenario: demo.scenario, step: 'continue', moments: demo.moments });
      const texts = stops.filter((s) => s.stop.reason === 'pause').map((s) => s.stop.text);
      for (const m of demo.moments) {
        const n = texts.filter((t) => t === m.explain).length;
        assert.equal(n, m.times ?? 1, `${m.fn}: held ${n} times, expected ${m.times ?? 1}`);
      }
      // each demo-moment stop is inside the function it names
      for (const s of stops) {
        const m = demo.moments.find((x) => x.explain === s.stop.text);
        if (m) assert.equal(s.stop.frame?.fn, m.fn);
      }
    });
  }

  it('the handshake demo shows the lesson: request sock in ehash at the SYN, the child replacing it, the accept queue, accept() taking it', async () => {
    const demo = DEMOS.find((d) => d.id === 'handshake')!;
    const stops = await record({ scenario: demo.scenario, step: 'continue', moments: demo.moments });
    const at = (fn: string): SnapshotBody => {
      const b = stops.find((s) => s.stop.frame?.fn === fn && s.stop.reason === 'pause');
      assert.ok(b, `a moment in ${fn}`);
      return b;
    };
    const syn = at('tcp_v4_send_synack').snapshot;
    assert.deepEqual(ehashTypes(syn), ['tcp_request_sock:TCP_NEW_SYN_RECV']);
    assert.equal(acceptQueue(syn).qlen, 1);
    assert.equal(acceptQueue(syn).accept_queue.length, 0);
    const child = at('inet_csk_complete_hashdance').snapshot;
    assert.deepEqual(ehashTypes(child), ['tcp_sock:TCP_SYN_RECV']);
    const queued = at('tcp_child_process').snapshot;
    assert.equal(acceptQueue(queued).accept_queue.length, 1);
    assert.equal(field(listener(queued), 'sk_ack_backlog'), 1);
    assert.equal(acceptQueue(queued).qlen, 0);
    const grafted = at('sock_graft').snapshot;
    assert.equal(acceptQueue(grafted).accept_queue.length, 0);
    assert.equal(field(listener(grafted), 'sk_ack_backlog'), 0);
  });

  it('the sockets tree: fds lead to their socks; half-open request socks show under "in the kernel only"; packets in flight', async () => {
    const demo = DEMOS.find((d) => d.id === 'handshake')!;
    const stops = await record({ scenario: demo.scenario, step: 'continue', moments: demo.moments });
    const find = (nodes: SockNode[], pred: (n: SockNode) => boolean): SockNode | undefined => {
      for (const n of nodes) {
        if (pred(n)) return n;
        const c = find(n.children, pred);
        if (c) return c;
      }
      return undefined;
    };
    const synStop = stops.find((s) => s.stop.frame?.fn === 'tcp_v4_send_synack')!;
    const tree = socketsTree(synStop.snapshot);
    const lfd = find(tree, (n) => n.kind === 'sock' && n.label.startsWith('fd 3 (lfd)'));
    assert.ok(lfd, 'fd 3 (lfd) is in the tree');
    assert.match(lfd.label, /TCP LISTEN/);
    assert.match(lfd.description ?? '', /^10\.0\.0\.1:8080 → \*:\* {2}\(accept 0\/128, half-open 1\)/);
    const half = find(tree, (n) => n.kind === 'group');
    assert.ok(half && half.children.some((c) => c.state === 'NEW_SYN_RECV'), 'the request sock is listed as kernel-only');
    const over = await record({ scenario: 'tcp-handshake', step: 'over' });
    const end = socketsTree(over[over.length - 1].snapshot);
    const cfd = find(end, (n) => n.kind === 'sock' && n.label.startsWith('fd 4 (cfd)'));
    assert.ok(cfd && /ESTABLISHED/.test(cfd.label), 'after accept, fd 4 is the established child');
    const lines = await record({ scenario: 'tcp-handshake', step: 'in' });
    const firstSyn = lines.find((s) => s.snapshot.packets.some((p) => p.flags === 'S'));
    assert.ok(firstSyn, 'some stop has the SYN in flight');
    const pk = find(socketsTree(firstSyn.snapshot), (n) => n.kind === 'packet');
    assert.match(pk?.label ?? '', /client → server {2}Flags \[S\]/);
  });

  it('bad moments fail the launch with a readable error', async () => {
    const c = new InProcessClient();
    await c.request('initialize', { adapterID: 'sockwalk', pathFormat: 'path' });
    await assert.rejects(c.request('launch', { scenario: 'tcp-handshake', moments: [{ fn: 'no_such_fn', explain: 'x' }] }), /bad moment .*no_such_fn/);
    const d = new InProcessClient();
    await d.request('initialize', { adapterID: 'sockwalk', pathFormat: 'path' });
    await assert.rejects(d.request('launch', { scenario: 'tcp-handshake', moments: [{ fn: 'inet_listen', explain: 'x', times: 0 }] }), /positive integer/);
  });
});
