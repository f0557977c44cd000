// Snapshot deltas: after the first pause of a session, the extension sends the structures view only
// what changed — the objects that are new or differ, the ids that are gone, the new history records —
// plus the small parts whole (the hosts' tables, packets, tasks, the stop). With 1,000 sockets a pause
// is a few KB instead of ~4 MB to serialise, pass through VS Code and deserialise, and the view keeps
// the unchanged objects as they were (the same JS objects, so comparing them is free). Pure: the
// extension makes deltas, the webview applies them, the tests check that applying one gives back
// exactly the body it stands for.

import type { SnapshotBody, StopInfo } from '../debug/contract';
import type { HistoryEvent, WireRecord } from '../kernel/sim/history';
import type { ObjectSnap, Snapshot, Value } from '../kernel/sim/snapshot';

export interface SnapshotDelta {
  stop: StopInfo;
  /** The snapshot without its objects and history (whole: they are small). */
  rest: Omit<Snapshot, 'objects' | 'history'>;
  /** Objects new or changed since the base, by id. */
  objects: Record<string, ObjectSnap>;
  /** Ids of the base's objects that are gone. */
  gone: string[];
  /** The history records after the base's; each list then keeps its last `wireLen` / `eventsLen`. */
  history?: { wire: WireRecord[]; events: HistoryEvent[]; wireTotal: number; eventsTotal: number; wireLen: number; eventsLen: number };
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
  const { objects: bo, history: bh } = base.snapshot;
  const { objects: no, history: nh, ...rest } = next.snapshot;
  let history: SnapshotDelta['history'];
  if (nh || bh) {
    if (!nh || !bh || nh.wireTotal < bh.wireTotal || nh.eventsTotal < bh.eventsTotal) return null;
    const tail = <T>(list: T[], n: number): T[] => (n === 0 ? [] : list.slice(-Math.min(n, list.length)));
    history = {
      wire: tail(nh.wire, nh.wireTotal - bh.wireTotal),
      events: tail(nh.events, nh.eventsTotal - bh.eventsTotal),
      wireTotal: nh.wireTotal,
      eventsTotal: nh.eventsTotal,
      wireLen: nh.wire.length,
      eventsLen: nh.events.length,
    };
  }
  const objects: Record<string, ObjectSnap> = {};
  for (const id of Object.keys(no)) {
    const a = bo[id];
    if (a === undefined || !sameObject(a, no[id])) objects[id] = no[id];
  }
  const gone = Object.keys(bo).filter((id) => no[id] === undefined);
  return { stop: next.stop, rest, objects, gone, ...(history ? { history } : {}) };
}

/**
 * The body `delta` stands for, built on `base` (which is left as it was). Objects that did not change
 * are base's own; the order of `objects` follows the base with new ids after (the views do not depend
 * on it).
 */
export function applyDelta(base: SnapshotBody, delta: SnapshotDelta): SnapshotBody {
  const objects: Record<string, ObjectSnap> = { ...base.snapshot.objects };
  for (const id of delta.gone) delete objects[id];
  for (const id of Object.keys(delta.objects)) objects[id] = delta.objects[id];
  const snapshot: Snapshot = { ...delta.rest, objects };
  const bh = base.snapshot.history;
  const d = delta.history;
  if (d) {
    const keep = <T>(old: T[] | undefined, add: T[], len: number): T[] => (len === 0 ? [] : (old ?? []).concat(add).slice(-len));
    snapshot.history = { wire: keep(bh?.wire, d.wire, d.wireLen), events: keep(bh?.events, d.events, d.eventsLen), wireTotal: d.wireTotal, eventsTotal: d.eventsTotal };
  }
  return { snapshot, stop: delta.stop, tables: base.tables };
}
