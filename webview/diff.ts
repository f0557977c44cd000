// What changed between two pauses: new, removed and freed objects, changed fields, and entries that
// came into or left the tables (fds, hash tables, accept queues, packets in flight). Pure (no DOM):
// the webview keeps the previous snapshot and draws these marks; removed things are kept here with
// their last data so the view can draw them ghosted for the pause they disappeared in. Changed fields
// are compared on demand (and remembered): with thousands of objects only the drawn ones are looked at.

import type { Snapshot, ObjectSnap, Value } from '../src/kernel/world/snapshot';
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
  nextEntries: EntryLists;
  entriesAdded: Set<string>;
  entriesRemoved: Map<string, Entry>;
  /** history.events index from which events are new (state transitions taken at this pause). */
  eventsFrom: number;
  /** Segment number from which segments are new. */
  wireFrom: number;
}

export const entryKey = (e: Entry): string => `${e.table}|${e.host}|${e.group}|${e.label}|${e.ref}`;

/** Each table's rows, keyed, in the snapshot's order: an fd table per process, one list per host for the others. */
export interface EntryLists {
  lists: Map<string, Array<[string, Entry]>>;
  /** Built on the last pause's lists: per list that changed, its new rows and the last pause's rows it did not take. */
  changes?: Map<string, { fresh: Array<[string, Entry]>; left: Array<[string, Entry]> }>;
}

const listKey = (table: string, host: string, group?: string) => (group === undefined ? `${table}|${host}` : `${table}|${host}|${group}`);

/**
 * Builds one list, taking the previous pause's rows where they are the same (no new key, no new
 * object), so a pause costs in proportion to what changed; a list that did not change at all is the
 * previous pause's very array. Rows inserted or removed one at a time are matched around.
 */
class ListBuilder {
  private readonly out: Array<[string, Entry]> = [];
  private i = 0;
  /** Rows made anew, and the previous rows skipped over. */
  readonly fresh: Array<[string, Entry]> = [];
  readonly left: Array<[string, Entry]> = [];
  constructor(
    private readonly prev: Array<[string, Entry]> | undefined,
    private readonly table: Entry['table'],
    private readonly host: string,
  ) {}

  add(group: string, label: string, ref: string): void {
    const p = this.prev;
    if (p) {
      for (let look = 0; look < 3 && this.i + look < p.length; look++) {
        const row = p[this.i + look];
        const e = row[1];
        if (e.ref === ref && e.label === label && e.group === group) {
          for (let k = 0; k < look; k++) this.left.push(p[this.i + k]);
          this.out.push(row);
          this.i += look + 1;
          return;
        }
      }
    }
    const e: Entry = { table: this.table, host: this.host, group, label, ref };
    const row: [string, Entry] = [entryKey(e), e];
    this.fresh.push(row);
    this.out.push(row);
  }

  done(): Array<[string, Entry]> {
    const p = this.prev;
    if (p) for (; this.i < p.length; this.i++) this.left.push(p[this.i]);
    return p && !this.fresh.length && !this.left.length ? p : this.out;
  }
}

/** Every table's rows at a pause; `prev`: the last pause's, to take the rows that did not change from. */
export function entryLists(s: Snapshot, prev?: EntryLists): EntryLists {
  const lists = new Map<string, Array<[string, Entry]>>();
  const changes = prev ? new Map<string, { fresh: Array<[string, Entry]>; left: Array<[string, Entry]> }>() : undefined;
  const builder = (table: Entry['table'], host: string, group?: string) => {
    const key = listKey(table, host, group);
    const b = new ListBuilder(prev?.lists.get(key), table, host);
    return {
      b,
      end: () => {
        const l = b.done();
        lists.set(key, l);
        if (changes && (b.fresh.length || b.left.length)) changes.set(key, { fresh: b.fresh, left: b.left });
      },
    };
  };
  for (const h of s.hosts) {
    const host = h.name;
    for (const p of h.processes) {
      const group = `${p.name}[${p.pid}]`;
      const { b, end } = builder('fd', host, group);
      for (const f of p.fds) b.add(group, String(f.fd), f.file.ref);
      end();
    }
    const bh = builder('bhash', host);
    for (const bk of h.bhash) {
      const port = String(bk.port);
      for (const o of bk.owners) bh.b.add(port, port, o.ref);
    }
    bh.end();
    const lh = builder('lhash2', host);
    for (const l of h.lhash2) for (const o of l.socks) lh.b.add(l.key, l.key, o.ref);
    lh.end();
    const eh = builder('ehash', host);
    for (const e of h.ehash) eh.b.add(e.key, e.key, e.sk.ref);
    eh.end();
    const ud = builder('udp', host);
    for (const u of h.udp_hash ?? []) {
      const port = String(u.port);
      for (const o of u.socks) ud.b.add(port, port, o.ref);
    }
    ud.end();
    const aq = builder('accept', host);
    for (const l of h.lhash2) for (const o of l.socks) {
      const q = acceptQueue(s.objects, o.ref);
      if (q) for (const r of q.entries) aq.b.add(o.ref, r.child ?? '', r.req);
    }
    aq.end();
  }
  const froms = new Map<string, ReturnType<typeof builder>>();
  for (const p of s.packets) {
    let f = froms.get(p.from);
    if (!f) froms.set(p.from, (f = builder('packet', p.from)));
    f.b.add(p.to, p.flags, p.id);
  }
  for (const f of froms.values()) f.end();
  return changes ? { lists, changes } : { lists };
}

/** Every table row of a snapshot, by key (all lists at once: for tests and small worlds). */
export function entries(s: Snapshot | EntryLists): Map<string, Entry> {
  const m = new Map<string, Entry>();
  for (const l of ('lists' in s ? s : entryLists(s)).lists.values()) for (const [k, e] of l) m.set(k, e);
  return m;
}

/** One table's rows of one host (an fd table: of one process), keyed, in the snapshot's order. Read only. */
export function tableEntries(all: EntryLists, table: Entry['table'], host: string, group?: string): Array<[string, Entry]> {
  return all.lists.get(listKey(table, host, table === 'fd' ? group : undefined)) ?? [];
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

/** What a delta says changed (src/views/delta.ts): the ids it carries and the ids gone; every other object is prev's own. */
export interface DiffHint {
  changed: string[];
  gone: string[];
}

/**
 * `prevEntries`: entryLists(prev), when the caller kept them from the last diff (else they are built
 * here); `hint`: when next was rebuilt from prev by a delta (then only the objects it names are
 * looked at).
 */
export function diff(prev: Snapshot | null | undefined, next: Snapshot, prevEntries?: EntryLists, hint?: DiffHint): Diff {
  // built on the last pause's lists, so only the rows made anew and the rows left over can differ
  const ea = prev ? prevEntries ?? entryLists(prev) : undefined;
  const eb = entryLists(next, ea);
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
  for (const id of hint ? hint.changed : Object.keys(no)) {
    const a = po[id];
    if (a === undefined) d.added.add(id);
    else if (no[id].freed && !a.freed) d.removed.set(id, no[id]);
  }
  for (const id of hint ? hint.gone : Object.keys(po)) if (po[id] !== undefined && no[id] === undefined) d.removed.set(id, po[id]);
  for (const { fresh, left } of eb.changes!.values()) {
    const gone = new Map(left);
    for (const [k] of fresh) if (!gone.delete(k)) d.entriesAdded.add(k);
    for (const [k, e] of gone) d.entriesRemoved.set(k, e);
  }
  for (const [key, pl] of ea!.lists) if (!eb.lists.has(key)) for (const [k, e] of pl) d.entriesRemoved.set(k, e);
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
