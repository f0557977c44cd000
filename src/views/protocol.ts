// The typed contract between the extension and the structures webview. Both sides validate every
// message on arrival with the functions below; a message that does not match is rejected (and
// logged by the receiver), never acted on. No vscode, no DOM: the extension, the webview bundle and
// the tests all import this file.

import type { SnapshotBody } from '../debug/contract';
import type { SnapshotDelta } from './delta';

/** Extension → webview. */
export type ToWebview =
  /** Draw this stop. `seq` grows with every message of a session; `session` names it. */
  | { type: 'snapshot'; seq: number; session: string; body: SnapshotBody }
  /** Draw this stop: the pause `base` (the last one sent) plus what changed since (src/views/delta.ts). */
  | { type: 'delta'; seq: number; session: string; base: number; delta: SnapshotDelta }
  /** The session ended (the last picture stays, marked as ended) or none is running. */
  | { type: 'ended'; session: string }
  | { type: 'idle' }
  /** Select and reveal this object (from the sockets tree). */
  | { type: 'select'; id: string }
  /** The view's words in the display language: English text → translation (src/views/webviewStrings.ts). */
  | { type: 'strings'; strings: Record<string, string> };

/** Webview → extension. */
export type FromWebview =
  /** Loaded and listening: send the current state. */
  | { type: 'ready' }
  /** A delta came for a pause this view does not have: send the current state whole. */
  | { type: 'resync'; seq: number }
  /** Open the annotated source of this simulated kernel function. */
  | { type: 'openFunction'; fn: string }
  /** The user picked this object (reveal it in the tree, select its frame's variable). */
  | { type: 'selectObject'; id: string }
  /** A redraw took this long (for the benchmark and the log). */
  | { type: 'drawn'; seq: number; ms: number }
  /** The webview rejected a message or failed: the extension logs it. */
  | { type: 'log'; level: 'warn' | 'error'; message: string };

export type Check<T> = { ok: true; value: T } | { ok: false; error: string };

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStr = (v: unknown, max = 200): v is string => typeof v === 'string' && v.length <= max;
const isInt = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;
/** Kernel function names and object ids: identifiers, '#', digits. */
const IDENT = /^[A-Za-z_][A-Za-z0-9_]*$/;
const OBJID = /^[a-z_]+#\d+$/;

function fail<T>(error: string): Check<T> {
  return { ok: false, error };
}

/** What the webview accepts. The snapshot is checked for the shape the renderer relies on. */
export function checkToWebview(m: unknown): Check<ToWebview> {
  if (!isObj(m) || typeof m.type !== 'string') return fail('not a message object with a "type"');
  switch (m.type) {
    case 'snapshot': {
      if (!isInt(m.seq)) return fail('snapshot: "seq" must be a non-negative integer');
      if (!isStr(m.session)) return fail('snapshot: "session" must be a string');
      const why = checkBody(m.body);
      return why ? fail(`snapshot: ${why}`) : { ok: true, value: m as unknown as ToWebview };
    }
    case 'delta': {
      if (!isInt(m.seq) || !isInt(m.base)) return fail('delta: "seq" and "base" must be non-negative integers');
      if (!isStr(m.session)) return fail('delta: "session" must be a string');
      const why = checkDelta(m.delta);
      return why ? fail(`delta: ${why}`) : { ok: true, value: m as unknown as ToWebview };
    }
    case 'ended':
      return isStr(m.session) ? { ok: true, value: { type: 'ended', session: m.session } } : fail('ended: "session" must be a string');
    case 'idle':
      return { ok: true, value: { type: 'idle' } };
    case 'select':
      return isStr(m.id) && OBJID.test(m.id) ? { ok: true, value: { type: 'select', id: m.id } } : fail('select: "id" must be an object id like tcp_sock#7');
    case 'strings':
      return isObj(m.strings) && Object.entries(m.strings).every(([k, v]) => isStr(k, 400) && isStr(v, 400))
        ? { ok: true, value: { type: 'strings', strings: { ...(m.strings as Record<string, string>) } } }
        : fail('strings: "strings" must map English texts to translations');
    default:
      return fail(`unknown message type ${JSON.stringify(String(m.type).slice(0, 40))}`);
  }
}

// ---- the snapshot's shape, checked deeply: what the view model reads must be there with its type,
// so a message the contract accepts is one the view can draw (see test/webview/contract.fuzz.test.ts)

/**
 * A schema: null when `v` fits, else why not, with the path to the part that does not. The path is
 * built only for the answer (`at()`): a big snapshot is checked without making a string per node.
 */
type At = () => string;
type Sch = (v: unknown, at: At) => string | null;
const MAX_DEPTH = 48;

const sStr: Sch = (v, at) => (typeof v === 'string' ? null : `${at()} must be a string`);
const sNum: Sch = (v, at) => (typeof v === 'number' && Number.isFinite(v) ? null : `${at()} must be a number`);
const sInt: Sch = (v, at) => (typeof v === 'number' && Number.isSafeInteger(v) ? null : `${at()} must be an integer`);
const sBool: Sch = (v, at) => (typeof v === 'boolean' ? null : `${at()} must be true or false`);
const opt = (s: Sch): Sch => (v, at) => (v === undefined ? null : s(v, at));
const nullable = (s: Sch): Sch => (v, at) => (v === null ? null : s(v, at));
const arr = (s: Sch): Sch => (v, at) => {
  if (!Array.isArray(v)) return `${at()} must be a list`;
  for (let i = 0; i < v.length; i++) {
    const why = s(v[i], () => `${at()}[${i}]`);
    if (why) return why;
  }
  return null;
};
const rec = (s: Sch): Sch => (v, at) => {
  if (!isObj(v)) return `${at()} must be an object`;
  for (const k in v) {
    if (!Object.prototype.hasOwnProperty.call(v, k)) continue;
    const why = s(v[k], () => `${at()}.${k}`);
    if (why) return why;
  }
  return null;
};
const obj = (shape: Record<string, Sch>): Sch => {
  const keys = Object.keys(shape);
  return (v, at) => {
    if (!isObj(v)) return `${at()} must be an object`;
    for (const k of keys) {
      const why = shape[k](v[k], () => `${at()}.${k}`);
      if (why) return why;
    }
    return null;
  };
};
/** An object id (tcp_sock#7): also what every ref holds, so a ref never names a property of Object.prototype. */
const REF = /^[a-z_][a-z0-9_]*#\d+$/;
const sId: Sch = (v, at) => (typeof v === 'string' && REF.test(v) ? null : `${at()} must be an object id like tcp_sock#7`);
const sRef = obj({ ref: sId });

/** A field's value (snapshot.ts Value): JSON with finite numbers, refs as object ids, not too deep. */
function isValue(v: unknown, depth: number): boolean {
  if (v === null || typeof v === 'string' || typeof v === 'boolean') return true;
  if (typeof v === 'number') return Number.isFinite(v);
  if (depth > MAX_DEPTH || typeof v !== 'object') return false;
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) if (!isValue(v[i], depth + 1)) return false;
    return true;
  }
  const o = v as Obj;
  if ('ref' in o && !(typeof o.ref === 'string' && REF.test(o.ref))) return false;
  for (const k in o) if (Object.prototype.hasOwnProperty.call(o, k) && !isValue(o[k], depth + 1)) return false;
  return true;
}
const sValue: Sch = (v, at) => (isValue(v, 0) ? null : `${at()} must be a JSON value (finite numbers, refs as object ids like tcp_sock#7, at most ${MAX_DEPTH} deep)`);
const sFields = rec(sValue);

const sObjectSnap = obj({ id: sId, type: sStr, addr: sStr, host: sStr, layers: arr(obj({ struct: sStr, fields: sFields })), freed: opt(sBool) });
const sObjectsRec = rec(sObjectSnap);
const sObjects: Sch = (v, at) => {
  const why = sObjectsRec(v, at);
  if (why) return why;
  for (const [k, o] of Object.entries(v as Obj)) if ((o as Obj).id !== k) return `${at()}.${k}.id must be its key`;
  return null;
};

/** An skb's buffer (snapshot.ts SkbSnap): offsets from head, a header's offset or null where not set. */
const sSkb = obj({
  id: sId, flags: sStr, head: sInt, data: sInt, tail: sInt, end: sInt, len: sInt, data_len: sInt,
  mac_header: nullable(sInt), network_header: nullable(sInt), transport_header: nullable(sInt), gso_segs: sInt, gso_size: sInt,
});
const sSkbs = arr(sSkb);
const sSoftnet = obj({ input_pkt_queue: sSkbs, process_queue: sSkbs, poll_list: arr(sStr), processed: sInt, dropped: sInt, time_squeeze: sInt, rx_pending: sBool });
const sDev = obj({
  name: sStr, ifindex: sInt, mtu: sInt, flags: arr(sStr), dev_addr: sStr, rx_ring: sSkbs, tx_ring: sSkbs, napi_sched: nullable(sBool),
  stats: obj({ rx_packets: sInt, tx_packets: sInt, rx_bytes: sInt, tx_bytes: sInt, rx_dropped: sInt, tx_dropped: sInt }),
  qdisc: obj({
    kind: sStr, flags: arr(sStr), limit: sInt, bands: arr(sSkbs), gso_skb: sSkbs,
    qlen: sInt, backlog: sInt, drops: sInt, requeues: sInt, packets: sInt, bytes: sInt, stopped: sBool,
  }),
});
const sRoute = obj({ name: sStr, rt_type: sStr, dev: sStr, rt_uses_gateway: sInt, rt_gw4: sStr, output: sStr, input: sStr });

const sHost = obj({
  name: sStr,
  addrs: arr(sStr),
  processes: arr(obj({ name: sStr, pid: sInt, fds: arr(obj({ fd: sInt, file: sRef, reserved: opt(sBool) })), names: rec(sInt) })),
  bhash: arr(obj({ port: sInt, fastreuse: opt(sNum), fastreuseport: opt(sNum), owners: arr(sRef) })),
  lhash2: arr(obj({ key: sStr, socks: arr(sRef) })),
  ehash: arr(obj({ key: sStr, sk: sRef })),
  udp_hash: opt(arr(obj({ port: sInt, socks: arr(sRef) }))),
  udp_hash2: opt(arr(obj({ key: sStr, socks: arr(sRef) }))),
  mib: opt(rec(sNum)),
  sysctl: opt(sFields),
  iptables: opt(arr(obj({ chain: sStr, rules: arr(obj({ spec: sStr, pcnt: sNum, bcnt: sNum })) }))),
  neigh: opt(arr(obj({ dev: sStr, key: sStr, nud_state: sStr, ha: sStr, output: sStr, hh_len: sInt, probes: sInt, queued: sInt, arp_queue: opt(sSkbs), timer: nullable(sNum) }))),
  softnet: opt(sSoftnet),
  devs: opt(arr(sDev)),
  routes: opt(arr(sRoute)),
});

const sPacket = obj({
  id: sStr, from: sStr, to: sStr, sentAt: sNum, arriveAt: sNum, saddr: sStr, sport: sInt, daddr: sStr, dport: sInt,
  flags: sStr, seq: sNum, ack: sNum, len: sNum, tcphdr: opt(sFields), udphdr: opt(sFields), icmphdr: opt(sFields), iphdr: opt(sFields), arphdr: opt(sFields), skb: opt(sSkb),
});
const sFrame = obj({ fn: sStr, file: sStr, line: sNum, scenarioLine: opt(sNum), vars: sFields });
const sTask = obj({ name: sStr, kind: sStr, host: sStr, state: sStr, waitChannel: nullable(sStr), stack: arr(sFrame) });
const sTimer = obj({ name: sStr, host: sStr, expires: sNum });

/** A packet on the wire log (history.ts WireRecord): the packet event and its hosts. */
const sWireShape = obj({
  ev: sStr, t: sNum, saddr: sStr, sport: sInt, daddr: sStr, dport: sInt, flags: sStr, seq: sNum, ack: sNum, win: opt(sNum), len: sNum,
  skb: sStr, from: sStr, to: nullable(sStr), arriveAt: opt(sNum), dropped: opt(sStr), proto: opt(sStr), mss: opt(sNum), ulen: opt(sNum), icmp: opt(sValue), frag: opt(sValue),
});
const sWire: Sch = (v, at) => sWireShape(v, at) ?? sFields(v, at);
const sTcpState: Sch = (v, at) => (typeof v === 'string' && /^TCP_[A-Z0-9_]+$/.test(v) ? null : `${at()} must be a TCP state name like TCP_LISTEN`);
/** A history event (tracepoints, system calls, pauses, notes): `ev` and `t`, the fields each kind has, all plain values. */
const HISTORY_FIELDS: Record<string, Record<string, Sch>> = {
  inet_sock_set_state: { host: sStr, comm: sStr, skaddr: sStr, saddr: sStr, sport: sInt, daddr: sStr, dport: sInt, oldstate: sTcpState, newstate: sTcpState },
  tcp_send_reset: { host: sStr, comm: sStr, skaddr: sStr, saddr: sStr, sport: sInt, daddr: sStr, dport: sInt, state: opt(sTcpState), sock_cookie: opt(sInt) },
  syscall: { task: sStr, call: sStr, ret: sNum, errno: opt(sStr), scenarioLine: sNum },
  syscall_enter: { task: sStr, call: sStr, scenarioLine: sNum },
  pause: { message: sStr, scenarioLine: sNum },
  note: { host: sStr, text: sStr },
};
HISTORY_FIELDS.tcp_retransmit_skb = HISTORY_FIELDS.tcp_receive_reset = HISTORY_FIELDS.tcp_destroy_sock = HISTORY_FIELDS.tcp_retransmit_synack = HISTORY_FIELDS.tcp_send_reset;
const sEventHead = obj({ ev: sStr, t: sNum });
const EVENT_SHAPES = new Map(Object.entries(HISTORY_FIELDS).map(([k, shape]) => [k, obj(shape)]));
const sEvent: Sch = (v, at) => {
  const why = sEventHead(v, at) ?? sFields(v, at);
  if (why) return why;
  const kind = (v as Obj).ev as string;
  const shape = EVENT_SHAPES.get(kind);
  return shape ? shape(v, at) : `${at()}.ev: unknown event ${JSON.stringify(kind.slice(0, 40))}`;
};
const sWires = arr(sWire);
const sEvents = arr(sEvent);
/** A TCP connection's congestion state where it changed (history.ts CwndSample): what the picture plots per connection. */
const sCwndAt: Sch = (v, at) => (v === 'ack' || v === 'rto' ? null : `${at()} must be "ack" or "rto"`);
const sCwndSample = obj({ t: sNum, sk: sId, host: sStr, cwnd: sInt, ssthresh: nullable(sInt), wnd: sInt, mss: sInt, inflight: sInt, ca: sInt, at: sCwndAt });
const sCwnds = arr(sCwndSample);
const sHistory = obj({ wire: sWires, events: sEvents, wireTotal: sInt, eventsTotal: sInt, cwnd: opt(sCwnds), cwndTotal: opt(sInt) });

const sStop = obj({
  reason: sStr, text: opt(sStr), threadId: opt(sNum), task: sStr, step: sInt, t: opt(sNum), scenarioLine: opt(sNum),
  frame: opt(obj({ fn: sStr, file: sStr, line: sNum })),
});
const sTables = obj({
  net_families: arr(obj({ family: sNum, name: sStr, ops: sStr, create: sStr })),
  inetsw: arr(obj({ type: sNum, typeName: sStr, entries: arr(obj({ protocol: sNum, protocolName: sStr, prot: sStr, ops: sStr, flags: arr(sStr) })) })),
  ops: rec(obj({ kind: sStr, members: arr(obj({ member: sStr, fn: sStr })) })),
});

const sRest = obj({ t: sNum, step: sInt, hosts: arr(sHost), packets: arr(sPacket), tasks: arr(sTask), timers: opt(arr(sTimer)), history: opt(sHistory) });

/** The parts of a snapshot besides its objects (also: a body rebuilt from a delta, whose objects were checked as they came). */
export function checkRest(s: Obj): string | null {
  return sRest(s, () => 'snapshot');
}

function checkBody(b: unknown): string | null {
  if (!isObj(b)) return '"body" must be an object';
  const s = b.snapshot;
  if (!isObj(s)) return '"body.snapshot" must be an object';
  return checkRest(s) ?? sObjects(s.objects, () => 'snapshot.objects') ?? sStop(b.stop, () => 'body.stop') ?? sTables(b.tables, () => 'body.tables');
}

/** A patch (src/views/delta.ts): one of {v}, {o}, {e}, {s: [prefix, suffix, mid]}, nested patches the same. */
function isPatch(p: unknown, depth = 0): boolean {
  if (!isObj(p) || depth > 64) return false;
  const keys = Object.keys(p);
  if (keys.length !== 1) return false;
  switch (keys[0]) {
    case 'v':
      return true;
    case 'o':
    case 'e': {
      const m = p[keys[0]];
      return isObj(m) && Object.values(m).every((x) => isPatch(x, depth + 1));
    }
    case 's': {
      const s = p.s;
      return Array.isArray(s) && s.length === 3 && isInt(s[0]) && isInt(s[1]) && Array.isArray(s[2]);
    }
    default:
      return false;
  }
}

function checkDelta(d: unknown): string | null {
  if (!isObj(d)) return '"delta" must be an object';
  if (d.rest !== null && !isPatch(d.rest)) return '"delta.rest" must be a patch';
  const why = sStop(d.stop, () => 'delta.stop') ?? sObjects(d.objects, () => 'delta.objects');
  if (why) return why;
  if (!Array.isArray(d.gone) || !d.gone.every((id) => isStr(id))) return '"delta.gone" must be a list of ids';
  const h = d.history;
  if (h !== undefined && !(isObj(h) && Array.isArray(h.wire) && Array.isArray(h.events) && isInt(h.wireTotal) && isInt(h.eventsTotal) && isInt(h.wireLen) && isInt(h.eventsLen))) {
    return '"delta.history" must have wire, events and their totals and lengths';
  }
  if (h !== undefined && (h as Obj).cwnd !== undefined && !(isInt((h as Obj).cwndTotal) && isInt((h as Obj).cwndLen))) {
    return '"delta.history" with cwnd samples must have their total and length';
  }
  if (h !== undefined) {
    return sWires((h as Obj).wire, () => 'delta.history.wire') ?? sEvents((h as Obj).events, () => 'delta.history.events') ?? opt(sCwnds)((h as Obj).cwnd, () => 'delta.history.cwnd');
  }
  return null;
}

/**
 * Text from the webview made safe for one line of the output channel: control characters (newlines,
 * escape sequences), bidirectional overrides and zero-width marks become a space; at most `max` characters.
 */
export function logSafe(text: string, max = 2000): string {
  // eslint-disable-next-line no-control-regex
  const t = text.replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028\u2029\u202a-\u202e\u2060-\u2069\ufeff]+/g, ' ');
  return t.length > max ? t.slice(0, max) + '…' : t;
}

/** The output channel's line for a `log` message from the webview: marked as the view's own words, made safe. */
export function webviewLogLine(message: string): string {
  return `structures view (message from the webview): ${logSafe(message)}`;
}

/** What the extension accepts from the webview. */
export function checkFromWebview(m: unknown): Check<FromWebview> {
  if (!isObj(m) || typeof m.type !== 'string') return fail('not a message object with a "type"');
  switch (m.type) {
    case 'ready':
      return { ok: true, value: { type: 'ready' } };
    case 'resync':
      return isInt(m.seq) ? { ok: true, value: { type: 'resync', seq: m.seq } } : fail('resync: "seq" must be a number');
    case 'openFunction':
      return isStr(m.fn, 80) && IDENT.test(m.fn) ? { ok: true, value: { type: 'openFunction', fn: m.fn } } : fail('openFunction: "fn" must be a kernel function name');
    case 'selectObject':
      return isStr(m.id, 80) && OBJID.test(m.id) ? { ok: true, value: { type: 'selectObject', id: m.id } } : fail('selectObject: "id" must be an object id like tcp_sock#7');
    case 'drawn':
      return isInt(m.seq) && typeof m.ms === 'number' && m.ms >= 0 ? { ok: true, value: { type: 'drawn', seq: m.seq, ms: m.ms } } : fail('drawn: "seq" and "ms" must be numbers');
    case 'log':
      return (m.level === 'warn' || m.level === 'error') && isStr(m.message, 2000)
        ? { ok: true, value: { type: 'log', level: m.level, message: m.message } }
        : fail('log: "level" warn|error and a "message" string');
    default:
      return fail(`unknown message type ${JSON.stringify(String(m.type).slice(0, 40))}`);
  }
}
