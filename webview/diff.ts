// What changed between two pauses: new, removed and freed objects, changed fields, and entries that
// came into or left the tables (fds, hash tables, accept queues, packets in flight). Pure (no DOM):
// the webview keeps the previous snapshot and draws these marks; removed things are kept here with
// their last data so the view can draw them ghosted for the pause they disappeared in. Changed fields
// are compared on demand (and remembered): with thousands of objects only the drawn ones are looked at.

import type { Snapshot, ObjectSnap, Value } from '../src/kernel/sim/snapshot';
import { acceptQueue, refOf } from './model';
import { sameValue } from '../src/views/delta';

/** One row of a table the view draws, keyed stably across pauses. */
export interface Entry {
  table: 'fd' | 'bhash' | 'lhash2' | 'ehash' | 'accept' | 'udp' | 'packet';
  host: string;
  /** The row's group: the process, the bucket's port, the listener, the hash key. */
  group: string;
  /** What the row shows: fd number, hash key, … */
  label: string;
  /** The object it holds. */
  ref: string;
}

export interface Diff {
  /** No previous pause to compare with: nothing is marked. */
  first: boolean;
  added: Set<string>;
  /** Objects gone since the last pause (or freed at this one), with their last picture. */
  removed: Map<string, ObjectSnap>;
  /** Changed fields per object id, as "struct.field", for the objects asked so far: use changedFields(). */
  changed: Map<string, Set<string> | null>;
  prev: Snapshot | null;
  next: Snapshot;
  /** The next snapshot's entries (hand them to the next diff as its `prevEntries`). */
  nextEntries: Map<string, Entry>;
  entriesAdded: Set<string>;
  entriesRemoved: Map<string, Entry>;
  /** history.events index from which events are new (state transitions taken at this pause). */
  eventsFrom: number;
  /** Segment number from which segments are new. */
  wireFrom: number;
}

export const entryKey = (e: Entry): string => `${e.table}|${e.host}|${e.group}|${e.label}|${e.ref}`;

/** Every table row of a snapshot, by key. */
export function entries(s: Snapshot): Map<string, Entry> {
  const m = new Map<string, Entry>();
  const add = (e: Entry) => m.set(entryKey(e), e);
  for (const h of s.hosts) {
    const host = h.name;
    for (const p of h.processes) for (const f of p.fds) add({ table: 'fd', host, group: `${p.name}[${p.pid}]`, label: String(f.fd), ref: f.file.ref });
    for (const b of h.bhash) for (const o of b.owners) add({ table: 'bhash', host, group: String(b.port), label: String(b.port), ref: o.ref });
    for (const l of h.lhash2) for (const o of l.socks) add({ table: 'lhash2', host, group: l.key, label: l.key, ref: o.ref });
    for (const e of h.ehash) add({ table: 'ehash', host, group: e.key, label: e.key, ref: e.sk.ref });
    for (const u of h.udp_hash ?? []) for (const o of u.socks) add({ table: 'udp', host, group: String(u.port), label: String(u.port), ref: o.ref });
    for (const l of h.lhash2) for (const o of l.socks) {
      const q = acceptQueue(s.objects, o.ref);
      if (q) for (const r of q.entries) add({ table: 'accept', host, group: o.ref, label: r.child ?? '', ref: r.req });
    }
  }
  for (const p of s.packets) add({ table: 'packet', host: p.from, group: p.to, label: p.flags, ref: p.id });
  return m;
}

const lists = new WeakMap<Map<string, Entry>, Map<string, Array<[string, Entry]>>>();
const listKey = (table: string, host: string, group?: string) => (group === undefined ? `${table}|${host}` : `${table}|${host}|${group}`);

/** One table's rows of one host (an fd table: of one process), keyed, in the snapshot's order; grouped once per entries map. */
export function tableEntries(all: Map<string, Entry>, table: Entry['table'], host: string, group?: string): Array<[string, Entry]> {
  let by = lists.get(all);
  if (!by) {
    by = new Map();
    for (const [k, e] of all) {
      const lk = listKey(e.table, e.host, e.table === 'fd' ? e.group : undefined);
      let l = by.get(lk);
      if (!l) by.set(lk, (l = []));
      l.push([k, e]);
    }
    lists.set(all, by);
  }
  return by.get(listKey(table, host, group)) ?? [];
}

/** Deep equality of field values. */
export const same = sameValue;

function compareFields(a: ObjectSnap, b: ObjectSnap): Set<string> | null {
  // a delta keeps an unchanged object as the very same one
  if (a === b) return null;
  let out: Set<string> | null = null;
  for (let i = 0; i < b.layers.length; i++) {
    const lb = b.layers[i];
    const la = a.layers[i];
    for (const k in lb.fields) {
      if (!la || la.struct !== lb.struct || !same(la.fields[k], lb.fields[k])) (out ??= new Set()).add(`${lb.struct}.${k}`);
    }
  }
  return out;
}

/** Which fields of this object changed since the last pause ("struct.field"), or null. */
export function changedFields(d: Diff, id: string): Set<string> | null {
  let c = d.changed.get(id);
  if (c !== undefined) return c;
  const a = d.prev?.objects[id];
  const b = d.next.objects[id];
  c = a && b ? compareFields(a, b) : null;
  d.changed.set(id, c);
  return c;
}

/** Every changed object (compares them all: for tests and small worlds). */
export function allChanged(d: Diff): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const id in d.next.objects) {
    const c = changedFields(d, id);
    if (c) out.set(id, c);
  }
  return out;
}

/** `prevEntries`: entries(prev), when the caller kept them from the last diff. */
export function diff(prev: Snapshot | null | undefined, next: Snapshot, prevEntries?: Map<string, Entry>): Diff {
  const eb = entries(next);
  const d: Diff = {
    first: !prev,
    added: new Set(),
    removed: new Map(),
    changed: new Map(),
    prev: prev ?? null,
    next,
    nextEntries: eb,
    entriesAdded: new Set(),
    entriesRemoved: new Map(),
    eventsFrom: next.history?.eventsTotal ?? 0,
    wireFrom: next.history?.wireTotal ?? 0,
  };
  if (!prev) return d;
  // Object.keys, not for-in: thousands of ids make these dictionary-mode objects
  const po = prev.objects;
  const no = next.objects;
  for (const id of Object.keys(no)) {
    const a = po[id];
    if (a === undefined) d.added.add(id);
    else if (no[id].freed && !a.freed) d.removed.set(id, no[id]);
  }
  for (const id of Object.keys(po)) if (no[id] === undefined) d.removed.set(id, po[id]);
  const ea = prevEntries ?? entries(prev);
  for (const k of eb.keys()) if (!ea.has(k)) d.entriesAdded.add(k);
  for (const [k, e] of ea) if (!eb.has(k)) d.entriesRemoved.set(k, e);
  d.eventsFrom = prev.history?.eventsTotal ?? 0;
  d.wireFrom = prev.history?.wireTotal ?? 0;
  return d;
}

/** How an object is marked at this pause. */
export function objectMark(d: Diff, id: string): 'new' | 'changed' | 'removed' | null {
  if (d.removed.has(id)) return 'removed';
  if (d.added.has(id)) return 'new';
  if (changedFields(d, id)) return 'changed';
  return null;
}

/** Is this ref (or the object it points at) something the diff touches? For chains: fd → file → socket → sock. */
export function refChanged(d: Diff, v: Value | undefined): boolean {
  const r = refOf(v);
  return !!r && (d.added.has(r) || d.removed.has(r));
}
