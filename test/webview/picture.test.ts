// The picture's model (src/views/picture.ts: a world snapshot → boxes and arrows) and its layout
// (webview/layout.ts, dagre), on the snapshots a real tcp-handshake debug session produces, and on a
// generated world of 10,000 sockets (aggregated). Pure functions, so plain Node.

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { SnapshotBody } from '../../src/debug/contract';
import { pictureOf, nodesOf, touchedObjects, type Picture, type PicNode } from '../../src/views/picture';
import { Layouter } from '../../webview/layout';
import { record } from './record';
import { scaleScenario } from './scale';

const DEMO = [
  { fn: 'tcp_v4_send_synack', explain: 'request sock' },
  { fn: 'tcp_child_process', explain: 'child in the accept queue' },
  { fn: 'sock_graft', explain: 'accepted' },
];

function walk(bodies: SnapshotBody[]): Picture[] {
  const out: Picture[] = [];
  let prev: Picture | null = null;
  for (const b of bodies) out.push((prev = pictureOf(b, prev)));
  return out;
}
const host = (p: Picture, name: string) => p.hosts.find((h) => h.name === name)!;
const byKind = (p: Picture, h: string, kind: PicNode['kind']) => host(p, h).nodes.filter((n) => n.kind === kind);
const row = (n: PicNode, k: string) => n.bands.flatMap((b) => b.rows).find((r) => r.k === k)?.v;
const edgeTo = (p: Picture, h: string, from: string, to: string) => host(p, h).edges.find((e) => e.from === from && e.to === to);

describe('the picture: world → boxes and arrows (tcp-handshake)', () => {
  let bodies: SnapshotBody[];
  let pics: Picture[];
  let moments: SnapshotBody[];
  before(async function () {
    this.timeout(90_000);
    bodies = await record({ scenario: 'tcp-handshake' });
    pics = walk(bodies);
    moments = await record({ scenario: 'tcp-handshake', step: 'continue', moments: DEMO });
  });

  it('draws each fd as fd → struct file → struct socket → the sock, the sock one box with its struct layers as bands', () => {
    const p = pics[pics.length - 1];
    const fd3 = host(p, 'client').nodes.find((n) => n.kind === 'fd' && n.title === 'fd 3')!;
    const e1 = host(p, 'client').edges.find((e) => e.from === fd3.id)!;
    assert.match(e1.to, /^file#/);
    const e2 = host(p, 'client').edges.find((e) => e.from === e1.to && e.label === 'private_data')!;
    assert.match(e2.to, /^socket#/);
    const e3 = host(p, 'client').edges.find((e) => e.from === e2.to && e.label === 'sk')!;
    const sk = nodesOf(p).get(e3.to)!;
    assert.equal(sk.kind, 'sock');
    assert.equal(sk.badge, 'ESTABLISHED');
    assert.deepEqual(sk.bands.map((b) => b.struct), ['sock_common', 'sock', 'inet_sock', 'inet_connection_sock', 'tcp_sock']);
    assert.match(sk.sub!, /^10\.0\.0\.2:\d+ ⇄ 10\.0\.0\.1:8080$/);
    // collapsed: a handful of fields, the rest behind "all fields"
    const shown = sk.bands.reduce((n, b) => n + b.rows.length, 0);
    const hidden = sk.bands.reduce((n, b) => n + b.hidden, 0);
    assert.ok(shown <= 10 && hidden > 20, `${shown} shown, ${hidden} hidden`);
    const all = pictureOf(bodies[bodies.length - 1], null, { expanded: new Set([sk.id]) });
    const big = nodesOf(all).get(sk.id)!;
    assert.equal(big.bands.reduce((n, b) => n + b.hidden, 0), 0);
    assert.ok(big.h > sk.h * 2, 'expanded, the box is taller');
  });

  it('at the SYN: the request sock in the server’s ehash, pointing at the listener, whose half-open count is 1', () => {
    const born = pics.findIndex((p) => byKind(p, 'server', 'request').length > 0);
    assert.ok(born > 0);
    assert.equal(byKind(pics[born], 'server', 'request')[0].mark, 'new');
    // hashed (an ehash bucket points at it) and counted in the listener's qlen
    const i = pics.findIndex((p) => host(p, 'server').nodes.some((n) => n.kind === 'ehash') && byKind(p, 'server', 'sock').some((n) => n.badge === 'LISTEN' && row(n, 'half-open (qlen)') === '1'));
    assert.ok(i >= born);
    const p = pics[i];
    const req = byKind(p, 'server', 'request')[0];
    assert.equal(req.badge, 'NEW_SYN_RECV');
    const bucket = host(p, 'server').nodes.find((n) => n.kind === 'ehash')!;

    assert.match(bucket.sub!, /^10\.0\.0\.1:8080>10\.0\.0\.2:\d+$/);
    assert.ok(edgeTo(p, 'server', bucket.id, req.id));
    const listener = byKind(p, 'server', 'sock').find((n) => n.badge === 'LISTEN')!;
    assert.ok(edgeTo(p, 'server', req.id, listener.id)?.label === 'rsk_listener');
    assert.equal(row(listener, 'half-open (qlen)'), '1');
    assert.equal(row(listener, 'backlog'), '0 / 128');
    // the listener's count changed at that pause, marked
    const changedAt = pics.findIndex((q) => byKind(q, 'server', 'sock').find((n) => n.badge === 'LISTEN' && row(n, 'half-open (qlen)') === '1'));
    const l2 = byKind(pics[changedAt], 'server', 'sock').find((n) => n.badge === 'LISTEN')!;
    assert.equal(l2.mark, 'changed');
    assert.ok(l2.bands.flatMap((b) => b.rows).find((r) => r.k === 'half-open (qlen)')!.changed);
  });

  it('the child waits in the listener’s accept queue (a queue box: request sock → child), then hangs under the new fd after accept()', () => {
    const i = pics.findIndex((p) => host(p, 'server').nodes.some((n) => n.kind === 'queue' && /1 waiting/.test(n.sub ?? '')));
    assert.ok(i > 0);
    const p = pics[i];
    const q = host(p, 'server').nodes.find((n) => n.kind === 'queue' && /1 waiting/.test(n.sub ?? ''))!;
    const toChild = host(p, 'server').edges.find((e) => e.from === q.id && e.label === 'req->sk')!;
    const child = nodesOf(p).get(toChild.to)!;
    assert.equal(child.kind, 'sock');
    assert.match(q.bands[0].rows[0].v, /^tcp_request_sock#\d+ → tcp_sock#\d+$/);
    const last = pics[pics.length - 1];
    const fd4 = host(last, 'server').nodes.find((n) => n.title === 'fd 4')!;
    const file = host(last, 'server').edges.find((e) => e.from === fd4.id)!.to;
    const socket = host(last, 'server').edges.find((e) => e.from === file && e.label === 'private_data')!.to;
    assert.ok(edgeTo(last, 'server', socket, child.id), 'fd 4 → file → socket → the child');
    assert.equal(nodesOf(last).get(child.id)!.badge, 'ESTABLISHED');
    assert.match(host(last, 'server').nodes.find((n) => n.kind === 'queue')!.sub!, /^0 waiting/);
  });

  it('while accept() sleeps, fd 4 is reserved (get_unused_fd_flags), not installed; fd_install installs it', () => {
    const sleeping = bodies.findIndex((b) => b.stop.frame?.fn === 'inet_csk_wait_for_connect');
    const p = pics[sleeping];
    const fd4 = host(p, 'server').nodes.find((n) => n.title === 'fd 4')!;
    assert.equal(fd4.reserved, true);
    assert.equal(fd4.sub, 'reserved');
    const e = host(p, 'server').edges.find((x) => x.from === fd4.id)!;
    assert.equal(e.kind, 'reserved');
    assert.equal(e.label, 'not installed yet');
    assert.ok(bodies[sleeping].snapshot.hosts.find((h) => h.name === 'server')!.processes[0].fds.find((f) => f.fd === 4)!.reserved);
    const installed = bodies.findIndex((b, i) => i > sleeping && !b.snapshot.hosts.find((h) => h.name === 'server')!.processes[0].fds.find((f) => f.fd === 4)?.reserved);
    assert.equal(bodies[installed - 1].stop.frame?.fn, '__sys_accept4', 'installed at __sys_accept4’s fd_install line');
    const q = pics[installed];
    const fd4b = host(q, 'server').nodes.find((n) => n.title === 'fd 4')!;
    assert.ok(!fd4b.reserved);
    const e2 = host(q, 'server').edges.find((x) => x.from === fd4b.id)!;
    assert.equal(e2.label, 'fd_install');
    assert.equal(e2.mark, 'new');
    assert.equal(fd4b.mark, 'changed');
  });

  it('while socket() runs: net_families[AF_INET] → inetsw[SOCK_STREAM] → the TCP inet_protosw → inet_stream_ops and tcp_prot', () => {
    const at = bodies.findIndex((b) => b.snapshot.tasks.some((t) => t.stack.some((f) => f.fn === 'inet_create')));
    const p = pics[at];
    const look = p.kernel.find((n) => n.id === 'lookup')!;
    assert.ok(look, 'the lookup box');
    const rows = look.bands[0].rows;
    assert.equal(rows[0].k, 'net_families[AF_INET]');
    assert.equal(rows[0].fn, 'inet_create');
    assert.ok(rows.some((r) => r.k === 'inetsw[SOCK_STREAM]'));
    assert.ok(rows.some((r) => r.lit && /\{IPPROTO_TCP, &tcp_prot, &inet_stream_ops\}/.test(r.v)), JSON.stringify(rows));
    assert.deepEqual(p.cross.filter((e) => e.from === 'lookup').map((e) => e.to).sort(), ['ops:inet_stream_ops', 'ops:tcp_prot']);
    // gone once socket() returned
    const after = bodies.findIndex((b, k) => k > at && !b.snapshot.tasks.some((t) => t.stack.some((f) => f.fn === '__sock_create')));
    assert.ok(!pics[after].kernel.some((n) => n.id === 'lookup'));
  });

  it('lights the ops tables the current call went through, and the member it called through', () => {
    const i = bodies.findIndex((b) => b.stop.frame?.fn === 'inet_csk_get_port');
    const p = pics[i];
    const prot = p.kernel.find((n) => n.id === 'ops:tcp_prot')!;
    assert.ok(prot.bands[0].rows.find((r) => r.k === '.get_port' && r.lit && r.v === 'inet_csk_get_port'));
    const stream = p.kernel.find((n) => n.id === 'ops:inet_stream_ops')!;
    assert.ok(stream.bands[0].rows.find((r) => r.k === '.bind' && r.lit));
    assert.ok(p.cross.some((e) => e.to === 'ops:tcp_prot' && e.label === 'sk_prot'));
    assert.ok(p.cross.some((e) => e.to === 'ops:inet_stream_ops' && e.label === 'ops'));
  });

  it('marks what the current line works on, the moment’s object first (the demo’s moments)', () => {
    const at = (fn: string) => moments.find((b) => b.stop.frame?.fn === fn)!;
    const synack = pictureOf(at('tcp_v4_send_synack'), null);
    assert.equal(nodesOf(synack).get(synack.focus!)!.kind, 'request');
    const child = pictureOf(at('tcp_child_process'), null);
    const f = nodesOf(child).get(child.focus!)!;
    assert.equal(f.kind, 'sock');
    assert.ok(host(child, 'server').edges.some((e) => e.kind === 'queue' && e.to === f.id), 'the focus is the child in the accept queue');
    assert.ok(touchedObjects(at('tcp_child_process')).length >= 2);
  });

  it('new boxes are marked only at the pause they appear; an unchanged pause marks nothing', () => {
    for (let i = 1; i < pics.length; i++) {
      for (const h of pics[i].hosts) {
        for (const n of h.nodes) {
          const before = nodesOf(pics[i - 1]).has(n.id);
          assert.equal(n.mark === 'new', !before, `${n.id} at ${i}`);
        }
      }
    }
    const again = pictureOf(bodies[300], pictureOf(bodies[300], null));
    assert.equal(again.hosts.flatMap((h) => h.nodes).filter((n) => n.mark).length, 0);
  });

  it('layout: boxes keep their place from pause to pause while the picture does not change, and do not overlap', () => {
    const lay = new Layouter();
    let last = lay.place(pics[0]);
    let moves = 0;
    let relayouts = 0;
    for (let i = 1; i < pics.length; i++) {
      const l = lay.place(pics[i]);
      if (l.ms > 0) relayouts++;
      for (const [id, p] of l.boxes) {
        const q = last.boxes.get(id);
        if (q && (q.x !== p.x || q.y !== p.y) && l.ms === 0) moves++;
      }
      for (const col of pics[i].hosts) {
        const bs = col.nodes.map((n) => l.boxes.get(n.id)!);
        for (let a = 0; a < bs.length; a++) for (let b = a + 1; b < bs.length; b++) {
          const A = bs[a], B = bs[b];
          const overlap = A.x < B.x + B.w && B.x < A.x + A.w && A.y < B.y + B.h && B.y < A.y + A.h;
          assert.ok(!overlap, `boxes overlap at pause ${i}: ${col.nodes[a].id} ${col.nodes[b].id}`);
        }
      }
      last = l;
    }
    assert.equal(moves, 0, 'a box moved without a new layout');
    assert.ok(relayouts < pics.length / 10, `${relayouts} layouts for ${pics.length} pauses`);
  });

  it('layout: 20 steps in a row across the handshake move the listener and the client’s sock not at all', () => {
    const lay = new Layouter();
    const start = bodies.findIndex((b) => b.stop.frame?.fn === 'tcp_v4_conn_request');
    for (let i = 0; i < start; i++) lay.place(pics[i]);
    const listener = byKind(pics[start], 'server', 'sock').find((n) => n.badge === 'LISTEN')!.id;
    const client = byKind(pics[start], 'client', 'sock')[0].id;
    const first = lay.place(pics[start]);
    for (let i = start + 1; i <= start + 20; i++) {
      const l = lay.place(pics[i]);
      for (const id of [listener, client]) assert.deepEqual(l.boxes.get(id), first.boxes.get(id), `${id} at step ${i}`);
    }
  });
});

describe('the picture: timewait and UDP', () => {
  it('a timewait sock hangs in the established hash, a box of its own', async function () {
    this.timeout(120_000);
    const bodies = await record({ scenario: 'active-close-time-wait', step: 'over' });
    const i = bodies.findIndex((b) => Object.values(b.snapshot.objects).some((o) => o.type === 'tcp_timewait_sock' && !o.freed && b.snapshot.hosts.some((h) => h.ehash.some((e) => e.sk.ref === o.id))));
    assert.ok(i >= 0, 'the scenario has a pause with a timewait sock in ehash');
    const p = pictureOf(bodies[i], null);
    const tw = p.hosts.flatMap((h) => h.nodes).find((n) => n.kind === 'timewait')!;
    assert.ok(tw, 'a timewait box');
    assert.equal(tw.badge, 'TIME_WAIT');
    assert.ok(p.hosts.some((h) => h.edges.some((e) => e.to === tw.id && e.from.startsWith('ehash:'))), 'an ehash bucket points at it');
  });

  it('a bound UDP sock in udp_table.hash, its ops tables inet_dgram_ops and udp_prot', async function () {
    this.timeout(120_000);
    const bodies = await record({ scenario: 'udp-exchange' });
    const i = bodies.findIndex((b) => b.stop.frame?.fn === 'udp_lib_get_port');
    const pics = walk(bodies.slice(0, i + 40));
    const p = pics[pics.length - 1];
    assert.ok(p.hosts.some((h) => h.nodes.some((n) => n.kind === 'udp' && /^port \d+$/.test(n.sub ?? ''))), 'a udp_table.hash bucket');
    const at = pictureOf(bodies[i], null);
    assert.ok(at.kernel.some((n) => n.id === 'ops:udp_prot'), at.kernel.map((n) => n.id).join(' '));
    assert.ok(at.hosts.flatMap((h) => h.nodes).some((n) => n.kind === 'sock' && n.bands.some((b) => b.struct === 'udp_sock')));
  });
});

describe('the picture of a big world', () => {
  it('10,000 sockets: at most a few dozen boxes per host, the rest counted in aggregate boxes; built and laid out in well under a second', async function () {
    this.timeout(600_000);
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sockwalk-pic-'));
    try {
      const file = path.join(tmp, 'big.sockwalk');
      fs.writeFileSync(file, scaleScenario({ conns: 5000, accepted: 4990, pauses: 1 }).replace(/4096/g, '8192'));
      const bodies = await record({ scenario: file, step: 'continue', maxStops: 3 });
      const b = bodies[bodies.length - 1];
      const socks = Object.values(b.snapshot.objects).filter((o) => o.layers[0]?.struct === 'sock_common' && !o.freed).length;
      assert.ok(socks >= 10_000, `${socks} socks`);
      const t0 = performance.now();
      const p = pictureOf(b, pictureOf(bodies[bodies.length - 2], null));
      const lay = new Layouter().place(p);
      const ms = performance.now() - t0;
      for (const h of p.hosts) {
        assert.ok(h.nodes.length <= 200, `${h.name}: ${h.nodes.length} boxes`);
        assert.ok(h.aggregated > 4000, `${h.name}: ${h.aggregated} aggregated`);
        const more = h.nodes.filter((n) => n.kind === 'more');
        assert.ok(more.length >= 1);
        assert.ok(more.reduce((n, m) => n + (m.count ?? 0), 0) > 4000);
      }
      assert.ok(lay.boxes.size > 0);
      assert.ok(ms < 1000, `${ms.toFixed(0)} ms`);
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });
});
