// The view's rehearsal: while the page loads (before it tells the extension it is ready), it draws a
// few pauses offscreen — two real pauses of the lesson (warm.json, written by test/webview/gen-warm.ts)
// and the same worlds grown to many sockets — so lit has prepared every template and the JIT has
// compiled the hot paths before the first real pause. Without it a session's first pauses paid for
// cold code: the lesson's first pause took ~25 ms, and the first pause with 1,000 sockets 2–3× its
// warm time. Pure data here; main.ts does the drawing.

import type { SnapshotBody } from '../src/debug/contract';
import type { ObjectSnap, Value } from '../src/kernel/world/snapshot';
import lesson from './warm.json';

const bodies = lesson as unknown as SnapshotBody[];

function renamed(v: Value, names: Map<string, string>): Value {
  if (Array.isArray(v)) return v.map((x) => renamed(x, names));
  if (typeof v !== 'object' || v === null) return v;
  const r = v as Record<string, Value>;
  if (typeof r.ref === 'string' && Object.keys(r).length === 1) return { ref: names.get(r.ref) ?? r.ref };
  const out: Record<string, Value> = {};
  for (const k in r) out[k] = renamed(r[k], names);
  return out;
}

/**
 * The body with `copies` more of every connection: each object that is not a listener is copied under
 * a new id (references between copies follow), with its fds, bind-bucket owners and ehash entries, so
 * the view meets long fd tables, grouped hash tables and a mass of new rows.
 */
export function grow(b: SnapshotBody, copies: number): SnapshotBody {
  const s = b.snapshot;
  const base = Object.values(s.objects).filter((o) => !o.layers.some((l) => l.fields.skc_state === 'TCP_LISTEN'));
  let next = 1 + Math.max(0, ...Object.keys(s.objects).map((id) => Number(id.split('#')[1]) || 0));
  const objects: Record<string, ObjectSnap> = { ...s.objects };
  const hosts = s.hosts.map((h) => ({
    ...h,
    processes: h.processes.map((p) => ({ ...p, fds: [...p.fds] })),
    bhash: h.bhash.map((bk) => ({ ...bk, owners: [...bk.owners] })),
    ehash: [...h.ehash],
  }));
  for (let k = 1; k <= copies; k++) {
    const names = new Map(base.map((o) => [o.id, `${o.id.split('#')[0]}#${next++}`]));
    for (const o of base) {
      const id = names.get(o.id)!;
      objects[id] = { ...o, id, addr: `${o.addr}:${k}`, layers: o.layers.map((l) => ({ struct: l.struct, fields: renamed(l.fields, names) as Record<string, Value> })) };
    }
    const ref = (r: { ref: string }) => ({ ref: names.get(r.ref) ?? r.ref });
    for (const h of hosts) {
      for (const p of h.processes) for (const f of p.fds.slice()) if (names.has(f.file.ref)) p.fds.push({ fd: 1000 * k + f.fd, file: ref(f.file) });
      for (const bk of h.bhash) for (const o of bk.owners.slice()) if (names.has(o.ref)) bk.owners.push(ref(o));
      for (const e of h.ehash.slice()) if (names.has(e.sk.ref)) h.ehash.push({ key: `${e.key} /${k}`, sk: ref(e.sk) });
    }
  }
  return { ...b, snapshot: { ...s, objects, hosts } };
}

/** The pauses to rehearse, in order: a first pause, a mass of new sockets, then a pause with a few changes. */
export function rehearsal(): SnapshotBody[] {
  const [half, end] = bodies;
  return [half, grow(half, 60), grow(end, 60), end];
}
