// Snapshot deltas: after the first pause of a session, the extension sends the structures view only
// what changed — the objects that are new or differ, the ids that are gone, the new history records,
// and a patch of the rest (hosts' tables, packets, tasks: the members and elements that changed, a
// list's middle where it grew or shrank) — and the stop. With 1,000 sockets a pause is a few KB
// instead of ~4 MB to serialise, pass through VS Code and deserialise, and the view keeps what did not
// change as it was (the same JS objects, so comparing them is free). Pure: the extension makes deltas,
// the webview applies them, the tests check that applying one gives back exactly the body it stands for.

import type { SnapshotBody, StopInfo } from '../debug/contract';
import type { CwndSample, HistoryEvent, WireRecord } from '../kernel/core/history';
import type { ObjectSnap, Snapshot, Value } from '../kernel/world/snapshot';
import { rec } from './fields';

/** The snapshot without its objects and history. */
export type SnapshotRest = Omit<Snapshot, 'objects' | 'history'>;

/**
 * How a value changed: a new value (`v`); an object's changed members, its keys the same and in the
 * same order (`o`); an array's changed elements, its length the same (`e`, by index); or an array's
 * middle replaced, its first `prefix` and last `suffix` elements kept (`s`).
 */
export type Patch = { v: Value } | { o: Record<string, Patch> } | { e: Record<string, Patch> } | { s: [prefix: number, suffix: number, mid: Value[]] };

export interface SnapshotDelta {
  stop: StopInfo;
  /** The patch from the base's rest (null: the same). */
  rest: Patch | null;
  /** Objects new or changed since the base, by id. */
  objects: Record<string, ObjectSnap>;
  /** Ids of the base's objects that are gone. */
  gone: string[];
  /**
   * The history records after the base's; each list then keeps its last `wireLen` / `eventsLen` /
   * `cwndLen` (the congestion samples: present when the history has them).
   */
  history?: {
    wire: WireRecord[]; events: HistoryEvent[]; wireTotal: number; eventsTotal: number; wireLen: number; eventsLen: number;
    cwnd?: CwndSample[]; cwndTotal?: number; cwndLen?: number;
  };
}

/** Deep equality of snapshot values (primitives first: most fields are numbers and strings). */
export function sameValue(a: Value | undefined, b: Value | undefined): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameValue(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const ra = a as Record<string, Value>;
  const rb = b as Record<string, Value>;
  const ka = Object.keys(ra);
  if (ka.length !== Object.keys(rb).length) return false;
  for (const k of ka) if (!sameValue(ra[k], rb[k])) return false;
  return true;
}

type Rec = Record<string, Value>;

function sameKeys(a: Rec, b: Rec): boolean {
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  for (let i = 0; i < ka.length; i++) if (ka[i] !== kb[i]) return false;
  return true;
}

/** The patch that turns `a` into `b`, or null when they are the same. */
export function diffValue(a: Value, b: Value): Patch | null {
  if (a === b) return null;
  const ra = rec(a);
  const rb = rec(b);
  if (ra && rb) {
    if (!sameKeys(ra, rb)) return { v: b };
    let o: Record<string, Patch> | undefined;
    for (const k in rb) {
      const p = diffValue(ra[k], rb[k]);
      if (p) (o ??= {})[k] = p;
    }
    return o ? { o } : null;
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length === b.length) {
      let e: Record<string, Patch> | undefined;
      for (let i = 0; i < b.length; i++) {
        const p = diffValue(a[i], b[i]);
        if (p) (e ??= {})[i] = p;
      }
      return e ? { e } : null;
    }
    const n = Math.min(a.length, b.length);
    let pre = 0;
    while (pre < n && sameValue(a[pre], b[pre])) pre++;
    let suf = 0;
    while (suf < n - pre && sameValue(a[a.length - 1 - suf], b[b.length - 1 - suf])) suf++;
    return { s: [pre, suf, b.slice(pre, b.length - suf)] };
  }
  return sameValue(a, b) ? null : { v: b };
}

/** `a` with the patch applied (a new value; what the patch does not touch is a's own). Throws if the patch does not fit `a`. */
export function patchValue(a: Value, p: Patch): Value {
  if ('v' in p) return p.v;
  if ('o' in p) {
    const ra = rec(a);
    if (!ra) throw new Error('patch: members of a non-object');
    const out: Rec = { ...ra };
    for (const k in p.o) {
      if (!Object.hasOwn(ra, k)) throw new Error(`patch: no member ${k}`);
      out[k] = patchValue(ra[k], p.o[k]);
    }
    return out;
  }
  if (!Array.isArray(a)) throw new Error('patch: elements of a non-array');
  if ('e' in p) {
    const out = a.slice();
    for (const k in p.e) {
      const i = Number(k);
      if (!(Number.isInteger(i) && i >= 0 && i < a.length)) throw new Error(`patch: no element ${k}`);
      out[i] = patchValue(a[i], p.e[k]);
    }
    return out;
  }
  const [pre, suf, mid] = p.s;
  if (pre + suf > a.length) throw new Error('patch: the kept ends overlap');
  return a.slice(0, pre).concat(mid, a.slice(a.length - suf));
}

function sameObject(a: ObjectSnap, b: ObjectSnap): boolean {
  if (a === b) return true;
  if (a.type !== b.type || a.addr !== b.addr || a.host !== b.host || !!a.freed !== !!b.freed || a.layers.length !== b.layers.length) return false;
  for (let i = 0; i < a.layers.length; i++) {
    if (a.layers[i].struct !== b.layers[i].struct || !sameValue(a.layers[i].fields as Value, b.layers[i].fields as Value)) return false;
  }
  return true;
}

/** The delta from `base` to `next` (two pauses of one session), or null when only a whole body will do. */
export function makeDelta(base: SnapshotBody, next: SnapshotBody): SnapshotDelta | null {
  const { objects: bo, history: bh, ...baseRest } = base.snapshot;
  const { objects: no, history: nh, ...rest } = next.snapshot;
  let history: SnapshotDelta['history'];
  if (nh || bh) {
    if (!nh || !bh || nh.wireTotal < bh.wireTotal || nh.eventsTotal < bh.eventsTotal) return null;
    if (!!nh.cwnd !== !!bh.cwnd || (nh.cwndTotal ?? 0) < (bh.cwndTotal ?? 0)) return null;
    const tail = <T>(list: T[], n: number): T[] => (n === 0 ? [] : list.slice(-Math.min(n, list.length)));
    history = {
      wire: tail(nh.wire, nh.wireTotal - bh.wireTotal),
      events: tail(nh.events, nh.eventsTotal - bh.eventsTotal),
      wireTotal: nh.wireTotal,
      eventsTotal: nh.eventsTotal,
      wireLen: nh.wire.length,
      eventsLen: nh.events.length,
      ...(nh.cwnd ? { cwnd: tail(nh.cwnd, (nh.cwndTotal ?? 0) - (bh.cwndTotal ?? 0)), cwndTotal: nh.cwndTotal ?? nh.cwnd.length, cwndLen: nh.cwnd.length } : {}),
    };
  }
  const objects: Record<string, ObjectSnap> = {};
  for (const id of Object.keys(no)) {
    const a = bo[id];
    if (a === undefined || !sameObject(a, no[id])) objects[id] = no[id];
  }
  const gone = Object.keys(bo).filter((id) => no[id] === undefined);
  return { stop: next.stop, rest: diffValue(baseRest as unknown as Value, rest as unknown as Value), objects, gone, ...(history ? { history } : {}) };
}

/**
 * The body `delta` stands for, built on `base` (which is left as it was). What did not change is
 * base's own; the order of `objects` follows the base with new ids after (the views do not depend on
 * it). Throws if the delta does not fit the base (the caller asks for a whole body then).
 */
export function applyDelta(base: SnapshotBody, delta: SnapshotDelta): SnapshotBody {
  const { objects: bo, history: bh, ...baseRest } = base.snapshot;
  const objects: Record<string, ObjectSnap> = { ...bo };
  for (const id of delta.gone) delete objects[id];
  for (const id of Object.keys(delta.objects)) objects[id] = delta.objects[id];
  const rest = (delta.rest ? patchValue(baseRest as unknown as Value, delta.rest) : baseRest) as unknown as SnapshotRest;
  const snapshot: Snapshot = { ...rest, objects };
  const d = delta.history;
  if (d) {
    const keep = <T>(old: T[] | undefined, add: T[], len: number): T[] => (len === 0 ? [] : (old ?? []).concat(add).slice(-len));
    snapshot.history = { wire: keep(bh?.wire, d.wire, d.wireLen), events: keep(bh?.events, d.events, d.eventsLen), wireTotal: d.wireTotal, eventsTotal: d.eventsTotal };
    if (d.cwnd) Object.assign(snapshot.history, { cwnd: keep(bh?.cwnd, d.cwnd, d.cwndLen ?? d.cwnd.length), cwndTotal: d.cwndTotal ?? d.cwnd.length });
  }
  return { snapshot, stop: delta.stop, tables: base.tables };
}
