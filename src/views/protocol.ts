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

const isHost = (h: unknown) => isObj(h) && isStr(h.name) && Array.isArray(h.processes) && Array.isArray(h.ehash) && Array.isArray(h.bhash) && Array.isArray(h.lhash2);
const isObjectSnap = (o: unknown) => isObj(o) && isStr(o.id) && isStr(o.type) && Array.isArray(o.layers);

/** The parts of a snapshot besides its objects and history (also: a body rebuilt from a delta, whose objects were checked as they came). */
export function checkRest(s: Obj): string | null {
  if (typeof s.t !== 'number' || !isInt(s.step)) return 'snapshot "t" and "step" must be numbers';
  if (!Array.isArray(s.hosts) || !s.hosts.every(isHost)) return 'snapshot "hosts" must be a list of hosts with processes and hash tables';
  if (!Array.isArray(s.packets) || !Array.isArray(s.tasks)) return 'snapshot "packets" and "tasks" must be lists';
  return null;
}

const badStop = (st: unknown): boolean => !(isObj(st) && isStr(st.reason) && isStr(st.task) && isInt(st.step));

function checkBody(b: unknown): string | null {
  if (!isObj(b)) return '"body" must be an object';
  const s = b.snapshot;
  if (!isObj(s)) return '"body.snapshot" must be an object';
  const why = checkRest(s);
  if (why) return why;
  if (!isObj(s.objects) || !Object.values(s.objects).every(isObjectSnap)) return 'snapshot "objects" must map ids to objects with layers';
  if (badStop(b.stop)) return '"body.stop" must have reason, task and step';
  const t = b.tables;
  if (!isObj(t) || !Array.isArray(t.net_families) || !Array.isArray(t.inetsw) || !isObj(t.ops)) return '"body.tables" must have net_families, inetsw and ops';
  return null;
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
  if (badStop(d.stop)) return '"delta.stop" must have reason, task and step';
  if (!isObj(d.objects) || !Object.values(d.objects).every(isObjectSnap)) return '"delta.objects" must map ids to objects with layers';
  if (!Array.isArray(d.gone) || !d.gone.every((id) => isStr(id))) return '"delta.gone" must be a list of ids';
  const h = d.history;
  if (h !== undefined && !(isObj(h) && Array.isArray(h.wire) && Array.isArray(h.events) && isInt(h.wireTotal) && isInt(h.eventsTotal) && isInt(h.wireLen) && isInt(h.eventsLen))) {
    return '"delta.history" must have wire, events and their totals and lengths';
  }
  return null;
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
