// The picture's model: the world at one pause as boxes and arrows — per host, fd → struct file →
// struct socket → the sock (one box, its struct layers as bands, collapsed to the fields that matter),
// the listener with its half-open count and backlog, its accept queue as a queue, the established
// hash's buckets with request socks, children and timewait socks, the bind and listening buckets, and
// the ops tables the current call went through. Pure (no DOM): a function of the snapshot body, the
// previous pause's picture (to mark what changed) and the reader's choices (expanded boxes, the
// selection). Big worlds stay drawable: per host at most a few dozen objects get their own box (the
// current call's, this pause's changes, the selection, the listeners, the first fds), the rest are
// counted in aggregate boxes per fd table, hash table and queue. The webview lays it out (dagre) and
// draws it (webview/picture.ts).

import type { SnapshotBody } from '../debug/contract';
import type { ObjectSnap, Snapshot, Value, HostSnap, FrameSnap, SkbSnap } from '../kernel/world/snapshot';
import { field, rec, refOf, sockState, endpoints } from './fields';
import { format, type Args } from '../l10n/format';
import { cwndPlots, PLOT_BLOCK, type CwndPlot } from './cwndPlot';

/** How the picture says its words: the webview passes its L (the reader's language); English by default. */
export type Say = (en: string, ...args: Args) => string;
const english: Say = (en, ...args) => format(en, args);
let L: Say = english;

export type PicKind = 'fd' | 'file' | 'socket' | 'sock' | 'request' | 'timewait' | 'queue' | 'lhash' | 'ehash' | 'bhash' | 'udp' | 'ops' | 'more' | 'softnet' | 'dev' | 'neigh' | 'skb';

export interface PicRow {
  k: string;
  v: string;
  /** Changed since the last pause. */
  changed?: boolean;
  /** An ops member the current call went through. */
  lit?: boolean;
  /** An ops member's function (opens its source). */
  fn?: string;
}

export interface PicBand {
  /** The struct this band is (sock_common, sock, inet_sock, …); '' for a box of one part. */
  struct: string;
  rows: PicRow[];
  /** Fields this band has beyond those shown (collapsed). */
  hidden: number;
}

export interface PicNode {
  /** Stable across pauses: the object's id, or a key of what it stands for ("fd:server:server[1]:3"). */
  id: string;
  kind: PicKind;
  /** The host whose column it is in; null for the kernel-wide ops tables. */
  host: string | null;
  /** The kernel object it draws (selecting the box selects it). */
  obj?: string;
  title: string;
  /** The TCP state ("LISTEN"), shown as a badge. */
  badge?: string;
  /** One line under the title (endpoints, the process). */
  sub?: string;
  bands: PicBand[];
  /** New at this pause, or changed since the last one. */
  mark?: 'new' | 'changed';
  /** The current line's function holds it (a variable of the innermost kernel frame). */
  touched?: boolean;
  expanded?: boolean;
  /** Can be expanded to all its fields. */
  expandable?: boolean;
  /** An aggregate box: how many objects it stands for. */
  count?: number;
  /** An fd get_unused_fd_flags() reserved and fd_install() has not filled yet. */
  reserved?: boolean;
  /** The host's device layer (softnet_data, the devices, a neighbour holding packets, the skbs queued there): laid out in a row of its own. */
  strip?: boolean;
  /** A TCP connection that carried data: its cwnd, ssthresh, peer's window and packets in flight over time, drawn under its bands (./cwndPlot.ts). */
  plot?: CwndPlot;
  w: number;
  h: number;
}

export interface PicEdge {
  id: string;
  from: string;
  to: string;
  /** The field the pointer is ("private_data", "sk", "rsk_listener", …). */
  label: string;
  kind: 'ptr' | 'hash' | 'queue' | 'ops' | 'reserved';
  /** Laid out from `to` to `from` (the arrow still points at `to`): a back pointer drawn without pulling its target up. */
  reversed?: boolean;
  mark?: 'new';
}

export interface HostPicture {
  name: string;
  addrs: string[];
  nodes: PicNode[];
  edges: PicEdge[];
  /** Socks of this host not drawn in a box of their own (counted in aggregate boxes). */
  aggregated: number;
}

export interface Picture {
  hosts: HostPicture[];
  /** The ops tables the current call went through (kernel-wide), with the lit members. */
  kernel: PicNode[];
  /** Edges from a host's objects to the kernel-wide tables. */
  cross: PicEdge[];
  /** The box the pause is about: the current line's main object (a demo moment's), if drawn. */
  focus: string | null;
  /** Boxes of objects the current line touches. */
  touched: string[];
}

export interface PictureOptions {
  expanded?: ReadonlySet<string>;
  selected?: string | null;
  /** Per host, at most this many objects get a box of their own in a big world (the rest are aggregated). */
  budget?: number;
  say?: Say;
}

/** Sizes (px) the renderer draws with: a box's height is known before it is drawn, so layout needs no DOM. */
export const SIZES = { head: 22, sub: 15, bandHead: 14, row: 15, pad: 6 };
const WIDTH: Record<PicKind, number> = { fd: 92, file: 150, socket: 176, sock: 262, request: 240, timewait: 240, queue: 236, lhash: 176, ehash: 236, bhash: 150, udp: 150, ops: 214, more: 220, softnet: 206, dev: 176, neigh: 196, skb: 176 };

const short = (s: string) => s.replace(/^TCP_/, '');

function show(v: Value | undefined): string {
  if (v === undefined) return '';
  if (v === null) return 'NULL';
  if (typeof v !== 'object') return String(v);
  const r = refOf(v);
  if (r) return `→ ${r}`;
  const ops = rec(v)?.ops;
  if (typeof ops === 'string') return `&${ops}`;
  if (Array.isArray(v)) return v.length ? `[${v.length}]` : '[]';
  const q = rec(v);
  if (q && Array.isArray(q.accept_queue)) return `{qlen ${q.qlen}, accept_queue [${q.accept_queue.length}]}`;
  // a timer_list: its function and, pending, the time (ms) the timer wheel runs it
  if (q && typeof q.timer === 'string') return typeof q.fires === 'number' ? `${q.timer} ⏱ ${(q.fires / 1000).toFixed(3)} ms` : `${q.timer} –`;
  const s = JSON.stringify(v);
  return s.length > 48 ? s.slice(0, 45) + '…' : s;
}

const num = (v: Value | undefined) => (typeof v === 'number' ? v : 0);

export function isSockObj(o: ObjectSnap | undefined): boolean {
  return !!o && o.layers[0]?.struct === 'sock_common';
}

/** The fields a collapsed sock box shows per band: state, addresses, queue lengths. */
const BAND_KEYS: Record<string, string[]> = {
  sock_common: ['skc_state'],
  sock: ['sk_ack_backlog', 'sk_max_ack_backlog', 'sk_err'],
  inet_sock: ['inet_sport'],
  inet_connection_sock: [],
  tcp_sock: ['snd_nxt', 'rcv_nxt'],
  udp_sock: [],
  request_sock: ['num_retrans'],
  inet_request_sock: [],
  tcp_request_sock: ['snt_isn', 'rcv_isn'],
  tcp_timewait_sock: ['tw_substate'],
  socket: ['state', 'type'],
  file: ['f_op', 'f_count'],
};
/** Fields never listed in a box (drawn as arrows or as their own box). */
const AS_ARROWS = new Set(['icsk_accept_queue', 'private_data', 'file', 'sk', 'sk_socket', 'rsk_listener', 'icsk_bind_hash', 'ops', 'skc_prot', 'icsk_af_ops']);
const SOCK_TYPES: Record<number, string> = { 1: 'SOCK_STREAM', 2: 'SOCK_DGRAM', 3: 'SOCK_RAW' };

/** The rows of one band: the key ones (collapsed), or all (expanded). */
function bandRows(o: ObjectSnap, i: number, all: boolean): PicBand {
  const l = o.layers[i];
  const keys = Object.keys(l.fields).filter((k) => !AS_ARROWS.has(k));
  const band = Object.hasOwn(BAND_KEYS, l.struct) ? BAND_KEYS[l.struct] : [];
  const shown = all ? keys : keys.filter((k) => band.includes(k));
  const rows: PicRow[] = [];
  for (const k of shown) {
    let v = SKB_QUEUES.has(k) ? queueText(l.fields[k]) : show(l.fields[k]);
    if (k === 'skc_state') v = short(v);
    if (k === 'type' && typeof l.fields[k] === 'number') v = SOCK_TYPES[l.fields[k] as number] ?? v;
    rows.push({ k, v });
  }
  return { struct: l.struct, rows, hidden: keys.length - shown.length };
}

/** The sk_buff queues a sock keeps (lists of skbs in the snapshot), shown as their lengths and bytes. */
const SKB_QUEUES = new Set(['sk_receive_queue', 'sk_write_queue', 'sk_backlog', 'tcp_rtx_queue', 'out_of_order_queue', 'reader_queue']);

/** A queue of skbs: "empty", or how many and their payload bytes ("2 skbs, 8 B"). */
export function queueText(v: Value | undefined): string {
  if (!Array.isArray(v)) return show(v);
  if (!v.length) return L('empty');
  let bytes = 0;
  for (const x of v) bytes += num(rec(x)?.len);
  return v.length === 1 ? L('1 skb, {0} B', bytes) : L('{0} skbs, {1} B', v.length, bytes);
}

/**
 * Where a segment waits on a full sock, the reader's "three queues": sk_receive_queue (in order,
 * for recvmsg), tcp_sock's out_of_order_queue (past a hole), sk_backlog (while a process owns the
 * sock). Rows only for the queues the simulated kernel keeps; none on a listener (its segments go
 * to request socks and children).
 */
const RX_QUEUES: Array<[struct: string, key: string]> = [['sock', 'sk_receive_queue'], ['tcp_sock', 'out_of_order_queue'], ['sock', 'sk_backlog']];
function queueRows(o: ObjectSnap, struct: string): PicRow[] {
  if (sockState(o) === 'TCP_LISTEN') return [];
  const l = o.layers.find((x) => x.struct === struct);
  if (!l) return [];
  return RX_QUEUES.filter(([s, k]) => s === struct && k in l.fields).map(([, k]) => ({ k, v: queueText(l.fields[k]) }));
}

/** A sock's summary rows that no single field says: the listener's queues. */
function sockSummary(o: ObjectSnap): PicRow[] {
  const q = rec(field(o, 'icsk_accept_queue'));
  if (!q || sockState(o) !== 'TCP_LISTEN') return [];
  const list = Array.isArray(q.accept_queue) ? q.accept_queue.length : 0;
  return [
    { k: L('half-open (qlen)'), v: String(num(q.qlen)) },
    { k: L('backlog'), v: `${num(field(o, 'sk_ack_backlog'))} / ${num(field(o, 'sk_max_ack_backlog'))}` },
    { k: L('accept queue'), v: String(list) },
  ];
}

function heightOf(n: Pick<PicNode, 'bands' | 'sub' | 'plot'>): number {
  let h = SIZES.head + SIZES.pad;
  if (n.sub) h += SIZES.sub;
  if (n.plot) h += PLOT_BLOCK.h;
  for (const b of n.bands) h += (b.struct ? SIZES.bandHead : 0) + b.rows.length * SIZES.row + (b.struct ? 2 : 0);
  return h;
}

function box(n: Omit<PicNode, 'w' | 'h'>): PicNode {
  return { ...n, w: WIDTH[n.kind], h: heightOf(n) };
}

/** The box of one kernel object (sock, request sock, timewait, socket, file). */
function objectBox(o: ObjectSnap, expanded: boolean, plot?: CwndPlot): PicNode {
  const kind: PicKind = o.type === 'socket' ? 'socket' : o.type === 'file' ? 'file' : o.type.includes('request') ? 'request' : o.type.includes('timewait') ? 'timewait' : 'sock';
  const st = sockState(o);
  const isSk = isSockObj(o);
  const bands: PicBand[] = [];
  if (isSk) {
    // innermost type last: sock_common ⊂ sock ⊂ inet_sock ⊂ inet_connection_sock ⊂ tcp_sock, drawn as bands
    for (let i = 0; i < o.layers.length; i++) {
      const b = bandRows(o, i, expanded);
      if (o.layers[i].struct === 'sock_common') b.rows = b.rows.filter((r) => r.k !== 'skc_state' || expanded);
      if (o.layers[i].struct === 'inet_connection_sock') b.rows.unshift(...sockSummary(o));
      // collapsed: the receive-side queues' lengths (expanded, every field is listed anyway)
      if (!expanded) {
        const q = queueRows(o, o.layers[i].struct);
        b.rows.push(...q);
        b.hidden -= q.length;
      }
      bands.push(b);
    }
  } else {
    const b = bandRows(o, 0, expanded);
    bands.push({ struct: '', rows: b.rows, hidden: b.hidden });
  }
  const hidden = bands.reduce((s, b) => s + b.hidden, 0);
  return box({
    id: o.id,
    kind,
    host: o.host,
    obj: o.id,
    title: o.id,
    badge: st ? short(st) : undefined,
    sub: isSk ? endpoints(o) : kind === 'socket' ? (rec(field(o, 'ops'))?.ops as string | undefined) : undefined,
    bands,
    expanded,
    expandable: expanded || hidden > 0,
    ...(plot ? { plot } : {}),
  });
}

/** Objects the stopped task's innermost kernel frame holds (what the current line works on), main one first. */
const FOCUS_ORDER = ['newsk', 'child', 'nsk', 'req', 'sk', 'sock', 'newsock', 'file', 'newfile', 'parent', 'listener'];
export function touchedObjects(body: SnapshotBody): string[] {
  const task = body.snapshot.tasks.find((t) => t.name === body.stop.task);
  const f: FrameSnap | undefined = task?.stack[0];
  if (!f) return [];
  const out: string[] = [];
  const names = Object.keys(f.vars).sort((a, b) => rank(a) - rank(b));
  for (const k of names) {
    const r = refOf(f.vars[k]);
    if (r && body.snapshot.objects[r] && !out.includes(r)) out.push(r);
  }
  return out;
}
function rank(k: string): number {
  const i = FOCUS_ORDER.indexOf(k);
  return i < 0 ? FOCUS_ORDER.length : i;
}

/** Ops tables the current call went through: those of the objects its frames hold, members lit where a frame was reached through them. */
function opsInUse(body: SnapshotBody): { tables: Map<string, Set<string>>; holders: Array<{ obj: string; field: string; table: string }> } {
  const tables = new Map<string, Set<string>>();
  const holders: Array<{ obj: string; field: string; table: string }> = [];
  const task = body.snapshot.tasks.find((t) => t.name === body.stop.task);
  const objs = body.snapshot.objects;
  const seen = new Set<string>();
  for (const f of task?.stack ?? []) {
    for (const v of Object.values(f.vars)) {
      const id = refOf(v);
      const o = id ? objs[id] : undefined;
      if (!o || seen.has(o.id)) continue;
      seen.add(o.id);
      for (const k of ['ops', 'skc_prot', 'icsk_af_ops']) {
        const t = rec(field(o, k))?.ops;
        if (typeof t !== 'string' || !body.tables.ops[t]) continue;
        if (!tables.has(t)) tables.set(t, new Set());
        holders.push({ obj: o.id, field: k === 'skc_prot' ? 'sk_prot' : k, table: t });
      }
    }
  }
  const called = (task?.stack ?? []).filter((f) => f.via?.length);
  for (const [name, lit] of tables) {
    for (const m of body.tables.ops[name].members) if (called.some((f) => f.fn === m.fn && f.via!.includes(m.member))) lit.add(m.member);
  }
  return { tables, holders };
}

/** What a host draws: the objects with a box of their own, and the buckets and queues that lead to them. */
interface HostBuild {
  nodes: Map<string, PicNode>;
  edges: PicEdge[];
}

const DEFAULT_BUDGET = 36;

/**
 * The picture of one pause. `prev`: the last pause's picture (of the same session), to mark new boxes
 * and changed rows; `backward` is the caller's business (a step back reads the marks the other way).
 */
export function pictureOf(body: SnapshotBody, prev: Picture | null, o: PictureOptions = {}): Picture {
  L = o.say ?? english;
  const snap = body.snapshot;
  const expanded = o.expanded ?? new Set<string>();
  const budget = o.budget ?? DEFAULT_BUDGET;
  const touched = touchedObjects(body);
  const touchedSet = new Set(touched);
  const ops = opsInUse(body);
  const plots = cwndPlots(snap.history);
  const hosts = snap.hosts.map((h) => hostPicture(snap, h, { expanded, budget, touched: touchedSet, selected: o.selected ?? null, plots }));
  const kernel: PicNode[] = [];
  for (const [name, lit] of ops.tables) {
    const t = body.tables.ops[name];
    const rows = t.members.filter((m) => lit.has(m.member) || expanded.has(`ops:${name}`)).map((m) => ({ k: `.${m.member}`, v: m.fn, fn: m.fn, lit: lit.has(m.member) }));
    kernel.push(box({ id: `ops:${name}`, kind: 'ops', host: null, title: name, sub: t.kind.startsWith('struct') ? t.kind : `struct ${t.kind}`, bands: [{ struct: '', rows, hidden: t.members.length - rows.length }], expandable: true, expanded: expanded.has(`ops:${name}`) }));
  }
  // socket() in progress: the lookup the lesson's figure starts with, net_families[family] →
  // inetsw[type] → the inet_protosw → the two layers of operations
  const look = socketLookup(body);
  const lookEdges: PicEdge[] = [];
  if (look) {
    const fam = body.tables.net_families.find((f) => f.create === 'inet_create') ?? body.tables.net_families[0];
    const sw = body.tables.inetsw.find((x) => x.type === look.type);
    const rows: PicRow[] = [];
    if (fam) rows.push({ k: `net_families[${fam.name}]`, v: `${fam.ops}.create`, fn: fam.create, lit: true });
    if (sw) {
      const pick = look.inCreate ? Math.max(0, sw.entries.findIndex((e) => e.protocol === look.protocol)) : -1;
      sw.entries.forEach((e, i) => rows.push({ k: i === 0 ? `inetsw[${sw.typeName}]` : '', v: `{${e.protocolName}, &${e.prot}, &${e.ops}}`, lit: i === pick }));
      const e = pick >= 0 ? sw.entries[pick] : undefined;
      if (e) {
        for (const [t, label] of [[e.ops, '.ops'], [e.prot, '.prot']] as const) {
          if (!body.tables.ops[t]) continue;
          if (!kernel.some((k) => k.id === `ops:${t}`)) {
            const tab = body.tables.ops[t];
            kernel.push(box({ id: `ops:${t}`, kind: 'ops', host: null, title: t, sub: tab.kind.startsWith('struct') ? tab.kind : `struct ${tab.kind}`, bands: [{ struct: '', rows: [], hidden: tab.members.length }], expandable: true, expanded: expanded.has(`ops:${t}`) }));
          }
          lookEdges.push({ id: `lookup>${label}>${t}`, from: 'lookup', to: `ops:${t}`, label, kind: 'ops' });
        }
      }
    }
    kernel.unshift(box({ id: 'lookup', kind: 'ops', host: null, title: 'socket()', sub: L('net_families → inetsw → inet_protosw'), bands: [{ struct: '', rows, hidden: 0 }] }));
  }
  const drawn = new Set<string>();
  for (const h of hosts) for (const n of h.nodes) drawn.add(n.id);
  const cross: PicEdge[] = [...lookEdges];
  for (const hd of ops.holders) if (drawn.has(hd.obj)) cross.push({ id: `${hd.obj}>${hd.field}`, from: hd.obj, to: `ops:${hd.table}`, label: hd.field, kind: 'ops' });
  const pic: Picture = { hosts, kernel, cross, focus: touched.find((id) => drawn.has(id)) ?? null, touched: touched.filter((id) => drawn.has(id)) };
  for (const h of hosts) for (const n of h.nodes) if (touchedSet.has(n.id)) n.touched = true;
  if (prev) markChanges(pic, prev);
  return pic;
}

function hostPicture(snap: Snapshot, h: HostSnap, o: { expanded: ReadonlySet<string>; budget: number; touched: Set<string>; selected: string | null; plots: Map<string, CwndPlot> }): HostPicture {
  const objs = snap.objects;
  const b: HostBuild = { nodes: new Map(), edges: [] };
  const socks: string[] = [];
  for (const id of Object.keys(objs)) {
    const x = objs[id];
    if (x.host === h.name && isSockObj(x) && !x.freed) socks.push(id);
  }
  // which socks get a box: all in a small world; in a big one the current call's, the selection, the
  // listeners, the request socks, and the first ones by fd order, up to the budget
  const big = socks.length > o.budget;
  const keep = new Set<string>();
  const want = (id: string | null | undefined) => {
    if (id && objs[id] && objs[id].host === h.name && (!big || keep.size < o.budget || o.touched.has(id) || id === o.selected)) keep.add(id);
  };
  if (!big) for (const id of socks) keep.add(id);
  else {
    for (const id of o.touched) want(id);
    want(o.selected);
    for (const id of socks) if (sockState(objs[id]) === 'TCP_LISTEN') want(id);
    for (const id of socks) if (objs[id].type.includes('request') && keep.size < o.budget / 2) want(id);
    for (const p of h.processes) for (const f of p.fds.slice(0, 4)) want(sockOfFile(objs, f.file.ref));
  }
  const add = (n: PicNode) => {
    if (!b.nodes.has(n.id)) b.nodes.set(n.id, n);
    return n.id;
  };
  const edge = (from: string, to: string, label: string, kind: PicEdge['kind'], reversed = false) => b.edges.push({ id: `${from}>${label}>${to}`, from, to, label, kind, reversed });
  const objBox = (id: string) => add(objectBox(objs[id], o.expanded.has(id), o.plots.get(id)));

  // fd → struct file → struct socket → sock, per process
  for (const p of h.processes) {
    let hidden = 0;
    const states = new Map<string, number>();
    for (const f of p.fds) {
      const file = f.file.ref;
      const socket = refOf(field(objs[file], 'private_data'));
      const sk = socket ? refOf(field(objs[socket], 'sk')) : null;
      const shown = !big || (sk ? keep.has(sk) : p.fds.indexOf(f) < 4) || o.touched.has(file) || (socket && o.touched.has(socket)) || o.selected === file || o.selected === socket;
      if (!shown) {
        hidden++;
        const st = short(sockState(sk ? objs[sk] : undefined) || L('no sock'));
        states.set(st, (states.get(st) ?? 0) + 1);
        continue;
      }
      // a reserved fd (accept() took the number, has not installed the file): its own box, a dashed arrow
      const fdId = `fd:${h.name}:${p.pid}:${f.fd}`;
      const fd = add(box({ id: fdId, kind: 'fd', host: h.name, title: `fd ${f.fd}`, sub: f.reserved ? L('reserved') : `${p.name}[${p.pid}]`, bands: [], reserved: f.reserved }));
      if (!objs[file]) continue;
      objBox(file);
      edge(fd, file, f.reserved ? L('not installed yet') : 'fd_install', f.reserved ? 'reserved' : 'ptr');
      if (socket && objs[socket]) {
        objBox(socket);
        edge(file, socket, 'private_data', 'ptr');
        if (sk && objs[sk]) {
          keep.add(sk);
          objBox(sk);
          edge(socket, sk, 'sk', 'ptr');
        }
      }
    }
    if (hidden) add(more(`more:fd:${h.name}:${p.pid}`, h.name, L('{0}: {1} more fds', `${p.name}[${p.pid}]`, hidden), states, hidden));
  }
  // the listening hash: addr:port → listener
  for (const l of h.lhash2) {
    const ls = l.socks.map((s) => s.ref).filter((id) => keep.has(id));
    if (!ls.length) continue;
    const id = add(box({ id: `lhash:${h.name}:${l.key}`, kind: 'lhash', host: h.name, title: 'lhash2', sub: l.key, bands: [] }));
    for (const s of ls) {
      objBox(s);
      edge(id, s, 'hash', 'hash', true);
    }
  }
  // listeners: their accept queue as a queue of (request sock → child)
  for (const id of [...keep]) {
    const x = objs[id];
    const q = rec(field(x, 'icsk_accept_queue'));
    if (!q || sockState(x) !== 'TCP_LISTEN') continue;
    objBox(id);
    const list: Value[] = Array.isArray(q.accept_queue) ? q.accept_queue : [];
    const QMAX = 6;
    const rows: PicRow[] = list.slice(0, QMAX).map((r, i) => {
      const req = refOf(r) ?? '?';
      const child = refOf(field(objs[req], 'sk'));
      return { k: `${i === 0 ? 'head' : i === list.length - 1 ? 'tail' : String(i)}`, v: `${req} → ${child ?? 'NULL'}` };
    });
    if (list.length > QMAX) rows.push({ k: '…', v: L('{0} more', list.length - QMAX) });
    if (!list.length) rows.push({ k: '', v: L('empty') });
    const qid = add(box({ id: `queue:${id}`, kind: 'queue', host: h.name, title: 'icsk_accept_queue', sub: L('{0} waiting · qlen {1} half-open', list.length, num(q.qlen)), bands: [{ struct: '', rows, hidden: 0 }] }));
    edge(id, qid, 'icsk_accept_queue', 'queue');
    for (const r of list.slice(0, QMAX)) {
      const req = refOf(r);
      if (req && b.nodes.has(req)) edge(qid, req, 'entry', 'queue');
      const child = req ? refOf(field(objs[req], 'sk')) : null;
      if (child && objs[child]) {
        keep.add(child);
        objBox(child);
        edge(qid, child, 'req->sk', 'queue');
      }
    }
  }
  // the established hash: 4-tuple → full, request and timewait socks; the rest counted
  let ehHidden = 0;
  const ehStates = new Map<string, number>();
  for (const e of h.ehash) {
    const sk = e.sk.ref;
    const x = objs[sk];
    if (!x) continue;
    const shown = !big || keep.has(sk) || (x.type.includes('request') && keep.size < o.budget);
    if (!shown) {
      ehHidden++;
      const st = short(sockState(x) || '?');
      ehStates.set(st, (ehStates.get(st) ?? 0) + 1);
      continue;
    }
    keep.add(sk);
    const id = add(box({ id: `ehash:${h.name}:${e.key}`, kind: 'ehash', host: h.name, title: 'ehash', sub: e.key, bands: [] }));
    objBox(sk);
    edge(id, sk, 'hash', 'hash', true);
  }
  if (ehHidden) add(more(`more:ehash:${h.name}`, h.name, L('ehash: {0} more', ehHidden), ehStates, ehHidden));
  // bind buckets: port → owners drawn
  for (const bb of h.bhash) {
    const owners = bb.owners.map((r) => r.ref).filter((id) => b.nodes.has(id));
    if (!owners.length) continue;
    const id = add(box({ id: `bhash:${h.name}:${bb.port}`, kind: 'bhash', host: h.name, title: 'inet_bind_bucket', sub: L('port {0} · owners {1}', bb.port, bb.owners.length), bands: [] }));
    for (const s of owners) edge(id, s, 'owners', 'hash', true);
  }
  // UDP: udp_table.hash, port → socks
  for (const u of h.udp_hash ?? []) {
    const ss = u.socks.map((r) => r.ref).filter((id) => b.nodes.has(id));
    if (!ss.length) continue;
    const id = add(box({ id: `udp:${h.name}:${u.port}`, kind: 'udp', host: h.name, title: 'udp_table.hash', sub: L('port {0}', u.port), bands: [] }));
    for (const s of ss) edge(id, s, 'hash', 'hash', true);
  }
  // socks no fd, hash or queue reaches yet (a sock being created, an orphan)
  for (const id of keep) if (!b.nodes.has(id) && objs[id]) objBox(id);
  // a request sock points at its listener (hashed or not yet)
  for (const n of b.nodes.values()) {
    const listener = n.kind === 'request' ? refOf(field(objs[n.id], 'rsk_listener')) : null;
    if (listener && b.nodes.has(listener)) edge(n.id, listener, 'rsk_listener', 'ptr', true);
  }
  devStrip(h, add, edge);
  // an edge only between drawn boxes, once
  const seen = new Set<string>();
  const edges = b.edges.filter((e) => b.nodes.has(e.from) && b.nodes.has(e.to) && !seen.has(e.id) && !!seen.add(e.id));
  const drawnSocks = [...b.nodes.values()].filter((n) => n.obj && isSockObj(objs[n.obj])).length;
  return { name: h.name, addrs: h.addrs, nodes: [...b.nodes.values()], edges, aggregated: Math.max(0, socks.length - drawnSocks) };
}

/** At most this many skbs of one queue get a box (the rest are counted in the queue's row). */
const SKB_BOXES = 2;

/** A header's offset, or ~0 where the skb has none set. */
const hdrAt = (x: number | null) => (x === null ? '~0' : String(x));

/** An skb's box: its buffer (head … end, the data … tail the current layer sees) and the headers the layers set. */
export function skbBox(s: SkbSnap, host: string): PicNode {
  return box({
    id: `skb:${host}:${s.id}`,
    kind: 'skb',
    host,
    title: s.id,
    sub: `[${s.flags}] len ${s.len}`,
    strip: true,
    bands: [{ struct: '', hidden: 0, rows: [
      { k: 'head … end', v: `${s.head} … ${s.end}` },
      { k: 'data … tail', v: `${s.data} … ${s.tail}` },
      { k: 'mac_header', v: hdrAt(s.mac_header) },
      { k: 'network_header', v: hdrAt(s.network_header) },
      { k: 'transport_header', v: hdrAt(s.transport_header) },
      // a GSO packet: the segments validate_xmit_skb (or the device) will cut it into
      ...(s.gso_size ? [{ k: 'gso_segs × gso_size', v: `${s.gso_segs} × ${s.gso_size}` }] : []),
    ] }],
  });
}

/** A queue of skbs as a row: its length and the first skbs' names. */
function skbQueueText(q: SkbSnap[]): string {
  if (!q.length) return L('empty');
  return `[${q.length}] ${q.slice(0, 2).map((s) => s.id).join(', ')}${q.length > 2 ? ', …' : ''}`;
}

/**
 * The host's device layer, in a row of its own: softnet_data (this CPU's backlog queues and NAPI poll
 * list), each device with its MTU, flags, counters and qdisc (noqueue, or pfifo_fast's bands), a
 * neighbour while packets wait on its arp_queue, and the skbs queued on any of them (their buffer
 * offsets and headers). Each box keeps its height from
 * pause to pause (a fixed set of rows), so a packet coming and going moves nothing else.
 */
function devStrip(h: HostSnap, add: (n: PicNode) => string, edge: (from: string, to: string, label: string, kind: PicEdge['kind']) => void): void {
  const sd = h.softnet;
  if (!sd) return;
  const sid = add(box({
    id: `softnet:${h.name}`, kind: 'softnet', host: h.name, title: 'softnet_data', sub: L('CPU 0 · NET_RX {0}', sd.rx_pending ? L('raised') : L('idle')), strip: true,
    bands: [{ struct: '', hidden: 0, rows: [
      { k: 'input_pkt_queue', v: skbQueueText(sd.input_pkt_queue) },
      { k: 'process_queue', v: skbQueueText(sd.process_queue) },
      { k: 'poll_list', v: sd.poll_list.length ? sd.poll_list.map((n) => (n === 'backlog' ? 'backlog' : `${n}.napi`)).join(' → ') : L('empty') },
      { k: 'processed', v: String(sd.processed) },
      { k: 'dropped', v: String(sd.dropped) },
    ] }],
  }));
  for (const [label, q] of [['input_pkt_queue', sd.input_pkt_queue], ['process_queue', sd.process_queue]] as const) {
    for (const s of q.slice(0, SKB_BOXES)) edge(sid, add(skbBox(s, h.name)), label, 'queue');
  }
  for (const d of h.devs ?? []) {
    const st = d.stats;
    const rows: PicRow[] = [
      { k: 'rx', v: L('{0} packets, {1} B', st.rx_packets, st.rx_bytes) },
      { k: 'tx', v: L('{0} packets, {1} B', st.tx_packets, st.tx_bytes) },
      { k: L('dropped'), v: `rx ${st.rx_dropped} · tx ${st.tx_dropped}` },
    ];
    // a NIC's receive ring and NAPI context (lo has neither: its frames go through the backlog)
    if (d.napi_sched !== null) rows.push({ k: 'rx_ring', v: skbQueueText(d.rx_ring) }, { k: 'napi', v: d.napi_sched ? 'NAPI_STATE_SCHED' : L('idle') }, { k: 'tx_ring', v: skbQueueText(d.tx_ring) });
    // the transmit queue's qdisc: noqueue (lo) is a name; pfifo_fast its queue length, each band's
    // frames (band 0 sent first), its counters (as tc -s qdisc), XOFF while the queue is stopped
    const q = d.qdisc;
    if (!q.bands.length) rows.push({ k: 'qdisc', v: q.kind });
    else {
      rows.push(
        { k: 'qdisc', v: `${q.kind} · qlen ${q.qlen}${q.stopped ? ' · XOFF' : ''}` },
        { k: 'bands', v: q.bands.map((b) => `[${b.length}]`).join(' ') },
        { k: 'qstats', v: `drops ${q.drops} · requeues ${q.requeues}` },
        { k: 'bstats', v: L('{0} packets, {1} B', q.packets, q.bytes) },
      );
    }
    const did = add(box({
      id: `dev:${h.name}:${d.name}`, kind: 'dev', host: h.name, title: `net_device ${d.name}`,
      sub: `mtu ${d.mtu} · ${d.flags.map((f) => f.replace(/^IFF_/, '')).join(' ') || L('down')}`, strip: true,
      bands: [{ struct: '', hidden: 0, rows }],
    }));
    if (sd.poll_list.includes(d.name)) edge(sid, did, 'poll_list', 'queue');
    // the frames waiting in the qdisc (a requeued one first, then each band's first few), and on the transmit ring
    for (const [label, sq] of [['gso_skb', q.gso_skb] as const, ...q.bands.map((b, i) => [`band ${i}`, b] as const), ['tx_ring', d.tx_ring] as const]) {
      for (const s of sq.slice(0, SKB_BOXES)) edge(did, add(skbBox(s, h.name)), label, 'queue');
    }
  }
  // a neighbour with packets parked while ARP resolves it
  for (const n of h.neigh ?? []) {
    if (!n.arp_queue?.length) continue;
    const nid = add(box({
      id: `neigh:${h.name}:${n.dev}:${n.key}`, kind: 'neigh', host: h.name, title: `neighbour ${n.key}`, sub: `dev ${n.dev}`, strip: true,
      bands: [{ struct: '', hidden: 0, rows: [
        { k: 'nud_state', v: n.nud_state },
        { k: 'output', v: n.output },
        { k: 'probes', v: String(n.probes) },
        { k: 'arp_queue', v: skbQueueText(n.arp_queue) },
      ] }],
    }));
    for (const s of n.arp_queue.slice(0, SKB_BOXES)) edge(nid, add(skbBox(s, h.name)), 'arp_queue', 'queue');
  }
}

/** Is socket() running (a task inside __sock_create / inet_create)? For which type and protocol. */
function socketLookup(body: SnapshotBody): { type: number | null; protocol: number; inCreate: boolean } | null {
  for (const t of body.snapshot.tasks) {
    if (!t.stack.some((f) => f.fn === '__sock_create' || f.fn === 'inet_create')) continue;
    const inet = t.stack.find((f) => f.fn === 'inet_create');
    const sc = t.stack.find((f) => f.fn === '__sock_create' || f.fn === '__sys_socket');
    const ty = sc?.vars.type ?? inet?.vars.type;
    const sockRef = inet ? refOf(inet.vars.sock) : null;
    const sockTy = sockRef ? field(body.snapshot.objects[sockRef], 'type') : undefined;
    const type = typeof sockTy === 'number' ? sockTy : typeof ty === 'number' ? ty & 0xf : null;
    const proto = inet?.vars.protocol ?? sc?.vars.protocol;
    return { type, protocol: typeof proto === 'number' ? proto : 0, inCreate: !!inet };
  }
  return null;
}

function sockOfFile(objs: Snapshot['objects'], file: string): string | null {
  const socket = refOf(field(objs[file], 'private_data'));
  return socket ? refOf(field(objs[socket], 'sk')) : null;
}

function more(id: string, host: string, title: string, states: Map<string, number>, count: number): PicNode {
  const rows = [...states].sort((a, b) => b[1] - a[1]).slice(0, 5).map(([s, n]) => ({ k: s, v: String(n) }));
  return box({ id, kind: 'more', host, title, bands: [{ struct: '', rows, hidden: 0 }], count });
}

/** Marks boxes new since the last pause, and rows whose value changed. */
function markChanges(pic: Picture, prev: Picture): void {
  const before = new Map<string, PicNode>();
  for (const h of prev.hosts) for (const n of h.nodes) before.set(n.id, n);
  for (const n of prev.kernel) before.set(n.id, n);
  const prevEdges = new Set<string>();
  for (const h of prev.hosts) for (const e of h.edges) prevEdges.add(e.id);
  for (const h of pic.hosts) {
    for (const n of h.nodes) {
      const p = before.get(n.id);
      if (!p) {
        n.mark = 'new';
        continue;
      }
      let changed = p.badge !== n.badge || p.sub !== n.sub;
      for (const band of n.bands) {
        const pb = p.bands.find((x) => x.struct === band.struct);
        for (const r of band.rows) {
          const pr = pb?.rows.find((x) => x.k === r.k);
          if (pr && pr.v !== r.v) {
            r.changed = true;
            changed = true;
          }
        }
      }
      if (changed) n.mark = 'changed';
    }
    for (const e of h.edges) if (!prevEdges.has(e.id)) e.mark = 'new';
  }
}

/** Every box of a picture by id. */
export function nodesOf(pic: Picture): Map<string, PicNode> {
  const m = new Map<string, PicNode>();
  for (const n of pic.kernel) m.set(n.id, n);
  for (const h of pic.hosts) for (const n of h.nodes) m.set(n.id, n);
  return m;
}
