// The structures view's pure parts on a real run: the diff between pauses and the view model,
// against the snapshots a tcp-handshake debug session produces (recorded at test time).

import * as assert from 'node:assert/strict';
import type { SnapshotBody } from '../../src/debug/contract';
import type { Snapshot } from '../../src/kernel/world/snapshot';
import { diff, entries, entryLists, same, objectMark, allChanged, changedFields, tableEntries } from '../../webview/diff';
import * as M from '../../webview/model';
import { record } from './record';

const server = (s: Snapshot) => s.hosts.find((h) => h.name === 'server')!;

describe('webview diff and model (tcp-handshake, every kernel line)', () => {
  let bodies: SnapshotBody[];
  before(async function () {
    this.timeout(60_000);
    bodies = await record({ scenario: 'tcp-handshake' });
  });

  const at = (pred: (s: Snapshot, i: number) => boolean) => bodies.findIndex((b, i) => pred(b.snapshot, i));

  it('marks nothing on the first pause, and nothing between identical pauses', () => {
    const d0 = diff(null, bodies[0].snapshot);
    assert.equal(d0.first, true);
    assert.equal(d0.added.size + d0.removed.size + allChanged(d0).size + d0.entriesAdded.size, 0);
    const copy = JSON.parse(JSON.stringify(bodies[300].snapshot)) as Snapshot;
    const d = diff(bodies[300].snapshot, copy);
    assert.equal(d.added.size + d.removed.size + allChanged(d).size + d.entriesAdded.size + d.entriesRemoved.size, 0);
  });

  it('at the SYN: the request sock is a new object and a new ehash entry; the listener’s qlen changed', () => {
    const i = at((s) => server(s).ehash.some((e) => e.sk.ref.startsWith('tcp_request_sock')));
    const prev = bodies[i - 1].snapshot;
    const next = bodies[i].snapshot;
    const req = server(next).ehash.find((e) => e.sk.ref.startsWith('tcp_request_sock'))!.sk.ref;
    const d = diff(prev, next);
    assert.ok([...d.entriesAdded].some((k) => k.startsWith('ehash|server|') && k.endsWith(`|${req}`)), 'ehash entry new');
    // the request sock was allocated a few lines earlier: it is new since then, and in NEW_SYN_RECV
    const born = at((s) => req in s.objects);
    assert.equal(objectMark(diff(bodies[born - 1].snapshot, bodies[born].snapshot), req), 'new');
    assert.equal(M.sockState(next.objects[req]), 'TCP_NEW_SYN_RECV');
    assert.equal(M.ehashKind(next.objects[req]), 'request');
    const l = server(next).lhash2[0].socks[0].ref;
    const qAt = at((s) => M.acceptQueue(s.objects, l)?.qlen === 1);
    assert.ok(changedFields(diff(bodies[qAt - 1].snapshot, bodies[qAt].snapshot), l)?.has('inet_connection_sock.icsk_accept_queue'));
  });

  it('at the final ACK: the request sock’s ehash entry is removed (kept for the ghost), the child’s added; the accept queue gains req → child', () => {
    const iSyn = at((s) => server(s).ehash.some((e) => e.sk.ref.startsWith('tcp_request_sock')));
    const req = server(bodies[iSyn].snapshot).ehash.find((e) => e.sk.ref.startsWith('tcp_request_sock'))!.sk.ref;
    const gone = at((s, i) => i > iSyn && !server(s).ehash.some((e) => e.sk.ref === req));
    const d = diff(bodies[gone - 1].snapshot, bodies[gone].snapshot);
    const ghost = [...d.entriesRemoved.values()].find((e) => e.table === 'ehash' && e.ref === req);
    assert.ok(ghost, 'the removed ehash entry is kept with its data');
    assert.equal(ghost.host, 'server');
    const iChild = at((s, i) => i >= gone && server(s).ehash.some((e) => e.sk.ref.startsWith('tcp_sock')));
    const child = server(bodies[iChild].snapshot).ehash.find((e) => e.sk.ref.startsWith('tcp_sock'))!.sk.ref;
    assert.ok([...diff(bodies[iChild - 1].snapshot, bodies[iChild].snapshot).entriesAdded].some((k) => k.startsWith('ehash|') && k.endsWith(`|${child}`)));
    const l = server(bodies[iChild].snapshot).lhash2[0].socks[0].ref;
    const iq = at((s, i) => i > iChild && (M.acceptQueue(s.objects, l)?.entries.length ?? 0) > 0);
    const q = M.acceptQueue(bodies[iq].snapshot.objects, l)!;
    assert.deepEqual(q.entries, [{ req, child }]);
    assert.ok([...diff(bodies[iq - 1].snapshot, bodies[iq].snapshot).entriesAdded].some((k) => k === `accept|server|${l}|${child}|${req}`));
  });

  it('a freed object is marked removed at the pause it is freed, and once gone, is kept with its last picture', () => {
    const iFreed = at((s) => Object.values(s.objects).some((o) => o.freed));
    const id = Object.values(bodies[iFreed].snapshot.objects).find((o) => o.freed)!.id;
    assert.equal(objectMark(diff(bodies[iFreed - 1].snapshot, bodies[iFreed].snapshot), id), 'removed');
    const iGone = at((s, i) => i > iFreed && !(id in s.objects));
    if (iGone > 0) assert.equal(diff(bodies[iGone - 1].snapshot, bodies[iGone].snapshot).removed.get(id)?.id, id);
  });

  it('changed fields name their struct layer', () => {
    const i = at((s) => Object.values(s.objects).some((o) => M.sockState(o) === 'TCP_LISTEN'));
    const l = Object.values(bodies[i].snapshot.objects).find((o) => M.sockState(o) === 'TCP_LISTEN')!.id;
    const d = diff(bodies[i - 1].snapshot, bodies[i].snapshot);
    assert.ok(changedFields(d, l)?.has('sock_common.skc_state'));
    assert.deepEqual(allChanged(d).get(l), changedFields(d, l));
    // and entries handed on from the last diff give the same answer
    const d2 = diff(bodies[i].snapshot, bodies[i + 1].snapshot, d.nextEntries);
    assert.deepEqual([...d2.entriesAdded], [...diff(bodies[i].snapshot, bodies[i + 1].snapshot).entriesAdded]);
  });

  it('entries carried from pause to pause: the same lists, keys and marks as built afresh, at every pause', () => {
    let carried = diff(null, bodies[0].snapshot);
    let reused = 0;
    for (let i = 1; i < bodies.length; i++) {
      const fresh = diff(bodies[i - 1].snapshot, bodies[i].snapshot);
      const d = diff(bodies[i - 1].snapshot, bodies[i].snapshot, carried.nextEntries);
      assert.deepEqual(d.nextEntries.lists, fresh.nextEntries.lists, `lists at ${i}`);
      assert.deepEqual(new Set(d.entriesAdded), new Set(fresh.entriesAdded), `added at ${i}`);
      assert.deepEqual(d.entriesRemoved, fresh.entriesRemoved, `removed at ${i}`);
      // and both are the plain difference of every row before and after
      const before = entries(bodies[i - 1].snapshot);
      const after = entries(bodies[i].snapshot);
      assert.deepEqual(new Set(d.entriesAdded), new Set([...after.keys()].filter((k) => !before.has(k))), `added by key at ${i}`);
      assert.deepEqual(new Set(d.entriesRemoved.keys()), new Set([...before.keys()].filter((k) => !after.has(k))), `removed by key at ${i}`);
      for (const [k, l] of d.nextEntries.lists) if (carried.nextEntries.lists.get(k) === l) reused++;
      carried = d;
    }
    assert.ok(reused > bodies.length, `unchanged lists are carried as they were (${reused})`);
  });

  it('every entry of every pause has a stable, unique key', () => {
    for (const b of bodies.filter((_, i) => i % 37 === 0)) {
      const e = entries(b.snapshot);
      const n = b.snapshot.hosts.reduce((n, h) => n + h.ehash.length + h.processes.reduce((m, p) => m + p.fds.length, 0), 0);
      assert.ok(e.size >= n);
    }
  });

  it('same() compares values deeply', () => {
    assert.ok(same({ a: [1, { ref: 'x#1' }] }, { a: [1, { ref: 'x#1' }] }));
    assert.ok(!same({ a: [1, 2] }, { a: [1, 3] }));
    assert.ok(!same([1], { 0: 1 }));
    assert.ok(!same(null, 0));
  });

  it('model: the ops members lit are the functions on the stopped task’s stack; socket() lookup while in inet_create', () => {
    const i = bodies.findIndex((b) => M.activeFunctions(b).has('inet_csk_get_port') && M.activeFunctions(b).has('inet_listen'));
    const act = M.activeFunctions(bodies[i]);
    const lit = Object.entries(bodies[i].tables.ops).flatMap(([t, o]) => o.members.filter((m) => act.has(m.fn)).map((m) => `${t}.${m.member}`));
    assert.deepEqual(lit.sort(), ['inet_stream_ops.listen', 'tcp_prot.get_port']);
    assert.deepEqual([...M.litMembers(bodies[i])].sort(), ['inet_stream_ops.listen', 'tcp_prot.get_port']);
    const c = bodies.findIndex((b) => M.stoppedTask(b)?.stack.some((f) => f.fn === 'inet_create'));
    assert.deepEqual(M.socketLookup(bodies[c]), { active: true, type: 1, inCreate: true, protocol: 6 });
    assert.equal(M.socketLookup(bodies[i]).active, false);
  });

  it('model: a member lights only when the call went through it (tcp_v4_rcv calls tcp_v4_do_rcv directly, not as tcp_prot.backlog_rcv)', () => {
    const i = bodies.findIndex((b) => M.stoppedTask(b)?.stack.some((f) => f.fn === 'tcp_v4_do_rcv') && M.stoppedTask(b)?.stack.some((f) => f.fn === 'tcp_v4_conn_request'));
    assert.ok(i >= 0, 'a pause inside tcp_v4_conn_request');
    const lit = [...M.litMembers(bodies[i])].sort();
    // tcp_rcv_state_process calls icsk->icsk_af_ops->conn_request(sk, skb): that member lights
    assert.deepEqual(lit, ['ipv4_specific.conn_request']);
    assert.ok(bodies[i].tables.ops.tcp_prot.members.some((m) => m.member === 'backlog_rcv' && m.fn === 'tcp_v4_do_rcv'), 'tcp_prot.backlog_rcv is tcp_v4_do_rcv');
  });

  it('model: a function shared by two tables lights only in the table of the socket at hand (UDP sendmsg)', async () => {
    const udp = await record({ scenario: 'udp-exchange' });
    const i = udp.findIndex((b) => M.activeFunctions(b).has('udp_sendmsg'));
    assert.ok(M.activeFunctions(udp[i]).has('inet_sendmsg'));
    assert.deepEqual([...M.litMembers(udp[i])].sort(), ['inet_dgram_ops.sendmsg', 'udp_prot.sendmsg']);
  });

  it('model: fd chains, trails and the sequence of segments at the end', () => {
    const end = bodies[bodies.length - 1].snapshot;
    const h = server(end);
    const chains = h.processes[0].fds.map((f) => M.fdChain(end.objects, f.fd, f.file.ref));
    assert.deepEqual(chains.map((c) => [c.fd, !!c.socket, !!c.sock]), [[3, true, true], [4, true, true]]);
    const trails = M.trails(end);
    assert.deepEqual(trails.get(chains[0].sock!), ['TCP_CLOSE', 'TCP_LISTEN']);
    assert.deepEqual(trails.get(chains[1].sock!), ['TCP_LISTEN', 'TCP_SYN_RECV', 'TCP_ESTABLISHED']);
    const { lanes, segs } = M.segments(end, 40);
    assert.deepEqual(lanes, ['server', 'client']);
    // (the client resolves the server's address first: ARP's who-has and its reply; at the end of the
    // run the server's entry for the client, NUD_DELAY since the SYN-ACK, is probed by unicast 5 s later)
    assert.deepEqual(segs.map((s) => `${s.from}>${s.to} ${s.flags}`), ['client>server ARP request', 'server>client ARP reply', 'client>server S', 'server>client S.', 'client>server .', 'server>client ARP request', 'client>server ARP reply']);
    assert.deepEqual(M.flagBits('S.'), { fin: 0, syn: 1, rst: 0, psh: 0, ack: 1, urg: 0 });
    assert.deepEqual(M.unownedSocks(end.objects, h), []);
  });

  it('the one-pass index and the per-table rows agree with the plain functions at every pause', () => {
    for (let i = 0; i < bodies.length; i += 7) {
      const s = bodies[i].snapshot;
      const ix = M.worldIndex(s);
      assert.equal(M.worldIndex(s), ix, 'computed once per snapshot');
      assert.deepEqual(ix.byState, M.socksByState(s.objects), `byState at ${i}`);
      assert.deepEqual(ix.byAddr, M.socksByAddr(s), `byAddr at ${i}`);
      const lists = entryLists(s);
      const all = entries(lists);
      let n = 0;
      for (const h of s.hosts) {
        assert.deepEqual(ix.unowned.get(h.name) ?? [], M.unownedSocks(s.objects, h), `unowned at ${i}`);
        for (const t of ['bhash', 'lhash2', 'ehash', 'udp', 'accept'] as const) {
          const rows = tableEntries(lists, t, h.name);
          assert.deepEqual(rows.map(([k]) => k), [...all].filter(([, e]) => e.table === t && e.host === h.name).map(([k]) => k));
          n += rows.length;
        }
        for (const p of h.processes) n += tableEntries(lists, 'fd', h.name, `${p.name}[${p.pid}]`).length;
      }
      for (const p of s.packets) n += tableEntries(lists, 'packet', p.from).filter(([, e]) => e.ref === p.id).length;
      assert.equal(n, all.size, `every entry in one table list at ${i}`);
    }
  });

  it("the Details show a timer_list as when it expires and when the timer wheel runs it, or not pending", () => {
    assert.equal(M.show({ timer: 'tcp_write_timer', pending: true, expires: 1_000_000, fires: 1_056_000 }), 'tcp_write_timer: expires at 1000.000 ms, the timer wheel runs it at 1056.000 ms');
    assert.equal(M.show({ timer: 'tcp_delack_timer', pending: false, expires: 41_000 }), 'tcp_delack_timer: not pending');
  });
});
