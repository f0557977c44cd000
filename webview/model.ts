// The structures view's model: what to draw, read from one snapshot body alone. Pure (no DOM), so
// mocha tests it in Node and the renderer stays a thin layer of templates over it.

import { L } from './strings';
import type { SnapshotBody } from '../src/debug/contract';
import type { ObjectSnap, Snapshot, Value, HostSnap, TaskSnap } from '../src/kernel/world/snapshot';
import { field, rec, refOf, sockState, endpoints } from '../src/views/fields';

export { field, rec, refOf, sockState, endpoints };

export type Objects = Snapshot['objects'];

/** `{ops: "tcp_prot"}` → "tcp_prot". */
export function opsName(v: Value | undefined): string | null {
  const ops = rec(v)?.ops;
  return typeof ops === 'string' ? ops : null;
}

export function isSock(o: ObjectSnap | undefined): boolean {
  return !!o && o.layers[0]?.struct === 'sock_common';
}

/** The fields shown without expanding, per struct layer; the rest come with "all fields". */
export const KEY_FIELDS: Record<string, string[]> = {
  sock_common: ['skc_state', 'skc_rcv_saddr', 'skc_num', 'skc_daddr', 'skc_dport', 'skc_refcnt', 'skc_prot'],
  sock: ['sk_socket', 'sk_ack_backlog', 'sk_max_ack_backlog'],
  inet_sock: ['inet_saddr', 'inet_sport'],
  inet_connection_sock: ['icsk_bind_hash', 'icsk_af_ops'],
  tcp_sock: ['snd_una', 'snd_nxt', 'rcv_nxt', 'snd_wnd', 'rcv_wnd'],
  udp_sock: ['udp_port_hash', 'udp_portaddr_hash'],
  request_sock: ['rsk_listener', 'sk', 'num_retrans'],
  inet_request_sock: [],
  tcp_request_sock: ['snt_isn', 'rcv_isn'],
  tcp_timewait_sock: ['tw_substate', 'tw_rcv_nxt', 'tw_snd_nxt'],
  socket: ['state', 'type', 'ops', 'file', 'sk'],
  file: ['f_op', 'f_count', 'private_data'],
};

/** How the kernel gets from a `struct sock *` to this layer. */
export const CASTS: Record<string, string> = {
  inet_sock: 'inet_sk(sk)',
  inet_connection_sock: 'inet_csk(sk)',
  tcp_sock: 'tcp_sk(sk)',
  udp_sock: 'udp_sk(sk)',
  inet_request_sock: 'inet_rsk(req)',
  tcp_request_sock: 'tcp_rsk(req)',
  tcp_timewait_sock: 'tcp_twsk(sk)',
};

export const SOCK_TYPES: Record<number, string> = { 1: 'SOCK_STREAM', 2: 'SOCK_DGRAM', 3: 'SOCK_RAW' };

/** One fd's chain: fd → struct file → struct socket → struct sock (each may be missing). */
export interface FdChain {
  fd: number;
  file: string;
  socket: string | null;
  sock: string | null;
}

export function fdChain(objects: Objects, fd: number, file: string): FdChain {
  const socket = refOf(field(objects[file], 'private_data'));
  const sock = socket ? refOf(field(objects[socket], 'sk')) : null;
  return { fd, file, socket, sock };
}

/** A listener's accept queue: half-open count and backlog, and the request socks waiting (→ child). */
export interface AcceptQueue {
  listener: string;
  qlen: number;
  ackBacklog: number;
  maxBacklog: number;
  entries: Array<{ req: string; child: string | null }>;
}

export function acceptQueue(objects: Objects, id: string): AcceptQueue | null {
  const o = objects[id];
  const q = rec(field(o, 'icsk_accept_queue'));
  if (sockState(o) !== 'TCP_LISTEN' || !q) return null;
  const list: Value[] = Array.isArray(q.accept_queue) ? q.accept_queue : [];
  const num = (v: Value | undefined) => (typeof v === 'number' ? v : 0);
  return {
    listener: id,
    qlen: num(q.qlen),
    ackBacklog: num(field(o, 'sk_ack_backlog')),
    maxBacklog: num(field(o, 'sk_max_ack_backlog')),
    entries: list.map((r) => {
      const req = refOf(r) ?? '';
      return { req, child: refOf(field(objects[req], 'sk')) };
    }),
  };
}

/** What kind of sock an established-hash entry holds. */
export function ehashKind(o: ObjectSnap | undefined): 'request' | 'timewait' | 'full' {
  if (!o) return 'full';
  if (o.type.includes('request_sock')) return 'request';
  if (o.type.includes('timewait')) return 'timewait';
  return 'full';
}

/** The task the session stopped in (its stack innermost first), if the snapshot has it. */
export function stoppedTask(body: SnapshotBody): TaskSnap | undefined {
  return body.snapshot.tasks.find((t) => t.name === body.stop.task);
}

/** Functions on the stopped task's stack: the ops members that dispatched to them light up. */
export function activeFunctions(body: SnapshotBody): Set<string> {
  return new Set((stoppedTask(body)?.stack ?? []).map((f) => f.fn));
}

/**
 * The ops tables the stopped task dispatches through: the `ops` of the sockets and the `sk_prot` and
 * `icsk_af_ops` of the socks its frames hold. inet_sendmsg is in inet_stream_ops and inet_dgram_ops:
 * only the table of the socket at hand lights.
 */
export function tablesInUse(body: SnapshotBody): Set<string> {
  const out = new Set<string>();
  const objs = body.snapshot.objects;
  for (const f of stoppedTask(body)?.stack ?? []) {
    for (const v of Object.values(f.vars)) {
      const o = objs[refOf(v) ?? ''];
      if (!o) continue;
      for (const k of ['ops', 'skc_prot', 'icsk_af_ops']) {
        const n = opsName(field(o, k));
        if (n) out.add(n);
      }
    }
  }
  return out;
}

/**
 * Which members of an ops table light: a member whose function is on the stack, reached through that
 * member (the caller's line calls `->member(`), in a table in use (when known for its kind). A direct
 * call of the same function (tcp_v4_rcv → tcp_v4_do_rcv, not through tcp_prot.backlog_rcv) lights nothing.
 */
export function litMembers(body: SnapshotBody, inUse = tablesInUse(body)): Set<string> {
  const out = new Set<string>();
  const tables = body.tables.ops;
  const kindInUse = new Set([...inUse].map((n) => tables[n]?.kind));
  const called = (stoppedTask(body)?.stack ?? []).filter((f) => f.via?.length);
  for (const [name, t] of Object.entries(tables)) {
    if (kindInUse.has(t.kind) && !inUse.has(name)) continue;
    for (const m of t.members) if (called.some((f) => f.fn === m.fn && f.via!.includes(m.member))) out.add(`${name}.${m.member}`);
  }
  return out;
}

/** Is socket() running somewhere (a task inside __sock_create / inet_create)? Which type then. */
export function socketLookup(body: SnapshotBody): { active: boolean; type: number | null; inCreate: boolean; protocol: number } {
  for (const t of body.snapshot.tasks) {
    const create = t.stack.find((f) => f.fn === '__sock_create' || f.fn === 'inet_create');
    if (!create) continue;
    const inet = t.stack.find((f) => f.fn === 'inet_create');
    const sc = t.stack.find((f) => f.fn === '__sock_create' || f.fn === '__sys_socket');
    const ty = sc?.vars.type ?? inet?.vars.type;
    const sockTy = inet && refOf(inet.vars.sock) ? field(body.snapshot.objects[refOf(inet.vars.sock)!], 'type') : undefined;
    const type = typeof sockTy === 'number' ? sockTy : typeof ty === 'number' ? ty & 0xf : null;
    const proto = inet?.vars.protocol ?? sc?.vars.protocol;
    return { active: true, type, inCreate: !!inet, protocol: typeof proto === 'number' ? proto : 0 };
  }
  return { active: false, type: null, inCreate: false, protocol: 0 };
}

/** The ops tables drawn (the lesson's two layers and their IPv4 helpers), in this order. */
export const MAIN_TABLES = ['inet_stream_ops', 'tcp_prot', 'ipv4_specific', 'inet_dgram_ops', 'udp_prot'];

/** Every sock-like object of a host, grouped by state (for the state diagram and the big views). */
export function socksByState(objects: Objects, host?: string): Map<string, string[]> {
  const m = new Map<string, string[]>();
  for (const id in objects) {
    const o = objects[id];
    if (!isSock(o) || (host && o.host !== host) || o.freed) continue;
    const s = sockState(o) || '?';
    let l = m.get(s);
    if (!l) m.set(s, (l = []));
    l.push(o.id);
  }
  return inStateOrder(m);
}

/** The kernel's order of TCP states (include/net/tcp_states.h), unknown ones last. */
const TCP_STATE_ORDER = ['TCP_ESTABLISHED', 'TCP_SYN_SENT', 'TCP_SYN_RECV', 'TCP_FIN_WAIT1', 'TCP_FIN_WAIT2', 'TCP_TIME_WAIT', 'TCP_CLOSE', 'TCP_CLOSE_WAIT', 'TCP_LAST_ACK', 'TCP_LISTEN', 'TCP_CLOSING', 'TCP_NEW_SYN_RECV'];
const stateRank = (s: string) => {
  const i = TCP_STATE_ORDER.indexOf(s);
  return i < 0 ? TCP_STATE_ORDER.length : i;
};

/** Socks by state, the states in the kernel's order whatever the order of the snapshot's objects (a body rebuilt from a delta has its own); within a state, in the objects' order. */
function inStateOrder(m: Map<string, string[]>): Map<string, string[]> {
  return new Map([...m].sort(([a], [b]) => stateRank(a) - stateRank(b)));
}

/** The transitions taken so far (from inet_sock_set_state), counted, with those of one sock marked. */
export interface Transition {
  from: string;
  to: string;
  count: number;
  /** Index of the last event of this transition in history.events (to mark the new ones). */
  last: number;
  socks: Set<string>;
}

/** Sock ids by "host/address" (tracepoints name a sock by its address). */
export function socksByAddr(snap: Snapshot): Map<string, string> {
  const m = new Map<string, string>();
  for (const id in snap.objects) {
    const o = snap.objects[id];
    if (o.addr && isSock(o)) m.set(`${o.host}/${o.addr}`, id);
  }
  return m;
}

export function transitions(snap: Snapshot, byAddr = socksByAddr(snap)): Transition[] {
  const ev = snap.history?.events ?? [];
  const m = new Map<string, Transition>();
  const base = (snap.history?.eventsTotal ?? ev.length) - ev.length;
  ev.forEach((e, i) => {
    if (e.ev !== 'inet_sock_set_state') return;
    const k = `${e.oldstate}>${e.newstate}`;
    let t = m.get(k);
    if (!t) m.set(k, (t = { from: e.oldstate, to: e.newstate, count: 0, last: 0, socks: new Set() }));
    t.count++;
    t.last = base + i;
    const id = byAddr.get(`${e.host}/${e.skaddr}`);
    if (id) t.socks.add(id);
  });
  return [...m.values()];
}

/** The hosts' lanes and the segments for the sequence diagram (the last `max` of them). */
export interface Segment {
  /** Index among all segments ever sent (stable across pauses). */
  n: number;
  skb: string;
  from: string;
  to: string | null;
  flags: string;
  seq: number;
  ack: number;
  len: number;
  win: number;
  sport: number;
  dport: number;
  t: number;
  arriveAt?: number;
  dropped: boolean;
  inFlight: boolean;
  /** An IP fragment: its id, offset in bytes, More Fragments. */
  frag?: { id: number; off: number; mf: boolean };
  /** An ARP frame: tcpdump's words for it ("ARP who-has 10.0.0.1 tell 10.0.0.2"), and its arphdr's fields. */
  arp?: { text: string; hdr: Record<string, string> };
}

/**
 * A segment's label on the wire: "[S.] seq 1 ack 2 len 0", "ACK …", and for an IP fragment its offset
 * and MF ("[frag] offset 1480 MF len 1480").
 */
export function segLabel(s: Pick<Segment, 'flags' | 'seq' | 'ack' | 'len' | 'frag'>): string {
  const head = s.flags === '.' ? 'ACK' : `[${s.flags}]`;
  if (s.frag) return `${head} offset ${s.frag.off}${s.frag.mf ? ' MF' : ''} len ${s.len}`;
  return `${head} seq ${s.seq}${s.ack ? ` ack ${s.ack}` : ''} len ${s.len}`;
}

export function segments(snap: Snapshot, max: number): { lanes: string[]; segs: Segment[]; total: number } {
  const wire = snap.history?.wire ?? [];
  const total = snap.history?.wireTotal ?? wire.length;
  const flying = new Set(snap.packets.map((p) => p.id));
  const first = Math.max(0, wire.length - max);
  const base = total - wire.length;
  const segs: Segment[] = [];
  for (let i = first; i < wire.length; i++) {
    const w = wire[i];
    segs.push({
      n: base + i,
      skb: w.skb,
      from: w.from,
      to: w.to,
      flags: w.flags,
      seq: w.seq,
      ack: w.ack,
      len: w.len,
      win: w.win,
      sport: w.sport,
      dport: w.dport,
      t: w.t,
      arriveAt: w.arriveAt,
      dropped: !!w.dropped,
      inFlight: flying.has(w.skb),
      ...(w.frag ? { frag: w.frag } : {}),
      ...(w.proto === 'ARP' && w.arp ? { arp: arpOf(w.saddr, w.daddr, w.arp) } : {}),
    });
  }
  return { lanes: snap.hosts.map((h) => h.name), segs, total };
}

function arpOf(sip: string, tip: string, a: { op: string; sha: string; tha: string; dst: string }): NonNullable<Segment['arp']> {
  const text = a.op === 'request' ? `ARP who-has ${tip} tell ${sip}` : `ARP ${sip} is-at ${a.sha}`;
  return { text, hdr: { ar_op: a.op === 'request' ? 'ARPOP_REQUEST' : 'ARPOP_REPLY', ar_sha: a.sha, ar_sip: sip, ar_tha: a.tha, ar_tip: tip, h_dest: a.dst } };
}

export const FLAG_NAMES = ['fin', 'syn', 'rst', 'psh', 'ack', 'urg'];

/** tcpdump's flags ("S.") as the header's bits. */
export function flagBits(flags: string): Record<string, 0 | 1> {
  const has = (c: string) => (flags.includes(c) ? 1 : 0);
  return { fin: has('F'), syn: has('S'), rst: has('R'), psh: has('P'), ack: has('.'), urg: has('U') };
}

/** Per host, the socks that no fd reaches (children waiting in the accept queue, orphans, timewait). */
export function unownedSocks(objects: Objects, h: HostSnap): string[] {
  const out: string[] = [];
  for (const id in objects) {
    const o = objects[id];
    if (o.host !== h.name || !isSock(o) || o.type === 'tcp_request_sock' || o.freed) continue;
    // struct sock's sk_socket is set by sock_graft() when a socket (and so a file, an fd) takes it
    const sock = o.layers[1]?.struct === 'sock' ? refOf(o.layers[1].fields.sk_socket) : null;
    if (!sock) out.push(id);
  }
  return out.sort(byIdNum);
}

/** Sort "tcp_sock#3" before "tcp_sock#11". */
export function byIdNum(a: string, b: string): number {
  const na = Number(a.slice(a.indexOf('#') + 1));
  const nb = Number(b.slice(b.indexOf('#') + 1));
  return na - nb || (a < b ? -1 : a > b ? 1 : 0);
}

/** A compact text for a field value. */
export function show(v: Value | undefined): string {
  if (v === undefined) return '';
  if (v === null) return 'NULL';
  if (typeof v !== 'object') return String(v);
  const r = refOf(v);
  if (r) return `→ ${r}`;
  const ops = opsName(v);
  if (ops) return `&${ops}`;
  if (Array.isArray(v)) return v.length ? `[${v.map(show).join(', ')}]` : '[]';
  const q = rec(v);
  if (q && typeof q.timer === 'string' && typeof q.expires === 'number') {
    // a timer_list (snapshot.ts): when it was asked to expire, and when the timer wheel runs it
    return typeof q.fires === 'number' ? L('{0}: expires at {1}, the timer wheel runs it at {2}', q.timer, showTime(q.expires), showTime(q.fires)) : L('{0}: not pending', q.timer);
  }
  const s = JSON.stringify(v);
  return s.length > 120 ? s.slice(0, 117) + '…' : s;
}

/** The header line: where the stop is. */
export function stopLine(body: SnapshotBody): string {
  const s = body.stop;
  const where = s.frame ? `${s.frame.fn}() ${s.frame.file}:${s.frame.line}` : s.scenarioLine ? L('scenario line {0}', s.scenarioLine) : '';
  return [s.task, where].filter(Boolean).join(' · ');
}

/** "1.000 ms" from virtual µs. */
export function showTime(us: number): string {
  return `${(us / 1000).toFixed(3)} ms`;
}

/** Each sock's states so far, oldest first (from inet_sock_set_state, matched by address). */
export function trails(snap: Snapshot, byAddr = socksByAddr(snap)): Map<string, string[]> {
  const m = new Map<string, string[]>();
  for (const e of snap.history?.events ?? []) {
    if (e.ev !== 'inet_sock_set_state') continue;
    const id = byAddr.get(`${e.host}/${e.skaddr}`);
    if (!id) continue;
    const t = m.get(id);
    if (!t) m.set(id, [e.oldstate, e.newstate]);
    else t.push(e.newstate);
  }
  return m;
}

/** One pass over a snapshot's objects for what the view reads per pause: socks by state, by address, and per host those no fd reaches. */
export interface WorldIndex {
  byState: Map<string, string[]>;
  byAddr: Map<string, string>;
  unowned: Map<string, string[]>;
}

const indexes = new WeakMap<Snapshot, WorldIndex>();

/** What the index reads from one sock; an object that did not change since the last pause is the same one (a delta keeps it), so it is read once. */
interface SockInfo {
  state: string;
  addrKey: string | null;
  freed: boolean;
  /** Not a request sock, and no struct socket holds it. */
  unowned: boolean;
}
const sockInfos = new WeakMap<ObjectSnap, SockInfo | null>();

function sockInfo(o: ObjectSnap): SockInfo | null {
  let i = sockInfos.get(o);
  if (i === undefined) {
    i = isSock(o)
      ? {
          state: sockState(o) || '?',
          addrKey: o.addr ? `${o.host}/${o.addr}` : null,
          freed: !!o.freed,
          unowned: o.type !== 'tcp_request_sock' && !(o.layers[1]?.struct === 'sock' && refOf(o.layers[1].fields.sk_socket)),
        }
      : null;
    sockInfos.set(o, i);
  }
  return i;
}

/** The same answers as socksByState / socksByAddr / unownedSocks, computed once per snapshot. */
export function worldIndex(snap: Snapshot): WorldIndex {
  let ix = indexes.get(snap);
  if (ix) return ix;
  ix = { byState: new Map(), byAddr: new Map(), unowned: new Map() };
  // Object.keys, not for-in: thousands of ids make this a dictionary-mode object
  for (const id of Object.keys(snap.objects)) {
    const o = snap.objects[id];
    const i = sockInfo(o);
    if (!i) continue;
    if (i.addrKey) ix.byAddr.set(i.addrKey, id);
    if (i.freed) continue;
    let l = ix.byState.get(i.state);
    if (!l) ix.byState.set(i.state, (l = []));
    l.push(id);
    if (!i.unowned) continue;
    let u = ix.unowned.get(o.host);
    if (!u) ix.unowned.set(o.host, (u = []));
    u.push(id);
  }
  for (const u of ix.unowned.values()) u.sort(byIdNum);
  ix.byState = inStateOrder(ix.byState);
  indexes.set(snap, ix);
  return ix;
}
