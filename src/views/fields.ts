// Reading a snapshot's values, shared by the views (the webview's model, the sockets tree, deltas):
// a `{ref}`'s target id, a struct-like value's members, and a field looked up through an object's
// struct layers. Pure.

import type { ObjectSnap, Value } from '../kernel/world/snapshot';

/** The id a `{ref}` value points at, or null. */
export function refOf(v: unknown): string | null {
  return typeof v === 'object' && v !== null && typeof (v as { ref?: unknown }).ref === 'string' ? (v as { ref: string }).ref : null;
}

/** A struct-like value (not a list), for reading its members. */
export function rec(v: Value | undefined): Record<string, Value> | null {
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, Value>) : null;
}

/** A field of an object, searched through its layers (outermost first, as a cast would see it). */
export function field(o: ObjectSnap | undefined, name: string): Value | undefined {
  if (!o) return undefined;
  for (const l of o.layers) if (name in l.fields) return l.fields[name];
  return undefined;
}

/** The socket's TCP state ("TCP_LISTEN"), or "" for objects without one. */
export function sockState(o: ObjectSnap | undefined): string {
  const s = field(o, 'skc_state');
  return typeof s === 'string' ? s : '';
}

/** "10.0.0.1:8080 ⇄ 10.0.0.2:54688" (the remote half only when connected). */
export function endpoints(o: ObjectSnap | undefined): string {
  const la = field(o, 'skc_rcv_saddr');
  const lp = field(o, 'skc_num');
  const ra = field(o, 'skc_daddr');
  const rp = field(o, 'skc_dport');
  const local = `${la ?? '?'}:${lp ?? 0}`;
  return rp ? `${local} ⇄ ${ra}:${rp}` : local;
}
