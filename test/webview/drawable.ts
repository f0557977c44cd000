// "Drawable" without a browser: everything the structures view computes to draw a message — the
// diff against the pause before, the view model and lit's templates, with the callbacks of its
// guard() and repeat() directives run as render() would run them. Only the DOM writes are left out.
// Used by the contract's fuzz test: whatever the contract accepts must get through this.

import type { SnapshotBody } from '../../src/debug/contract';
import type { ToWebview } from '../../src/views/protocol';
import { applyDelta } from '../../src/views/delta';
import { checkRest } from '../../src/views/protocol';
import { diff } from '../../webview/diff';
import { activeFunctions, litMembers } from '../../webview/model';
import { page, type Ui, type Actions } from '../../webview/render';
import { pictureOf, nodesOf } from '../../src/views/picture';
import { plotView } from '../../webview/plot';

const none = () => undefined;
const act: Actions = { openFunction: none, select: none, toggle: none, more: none, setOpen: none, setFollow: none };

/** Walks a template result as lit's render would: every value, every directive's callbacks. */
function walk(v: unknown, depth = 0): void {
  if (depth > 200 || v === null || typeof v !== 'object') return;
  if (Array.isArray(v)) {
    for (const x of v) walk(x, depth + 1);
    return;
  }
  const o = v as Record<string, unknown>;
  if ('_$litType$' in o && Array.isArray(o.values)) {
    for (const x of o.values) walk(x, depth + 1);
    return;
  }
  if ('_$litDirective$' in o && Array.isArray(o.values)) {
    const name = (o._$litDirective$ as { name?: string }).name ?? '';
    const vals = o.values as unknown[];
    if (/guard/i.test(name) && typeof vals[1] === 'function') walk((vals[1] as () => unknown)(), depth + 1);
    else if (/repeat/i.test(name)) {
      const items = [...((vals[0] as Iterable<unknown>) ?? [])];
      const tmpl = (typeof vals[2] === 'function' ? vals[2] : vals[1]) as (x: unknown, i: number) => unknown;
      const key = typeof vals[2] === 'function' ? (vals[1] as (x: unknown, i: number) => unknown) : null;
      items.forEach((x, i) => {
        key?.(x, i);
        walk(tmpl(x, i), depth + 1);
      });
    } else for (const x of vals) if (typeof x !== 'function') walk(x, depth + 1);
    return;
  }
  if (typeof (o as { [Symbol.iterator]?: unknown })[Symbol.iterator] === 'function') for (const x of o as unknown as Iterable<unknown>) walk(x, depth + 1);
}

/** The view's state across messages (the last body drawn), as the webview keeps it. */
export class Viewer {
  private current: { seq: number; session: string; body: SnapshotBody } | null = null;
  private ui: Ui = { expanded: new Set(), limits: new Map(), selected: null, open: new Map(), follow: true };

  /** Draws an accepted message; throws what the view would throw. */
  draw(m: ToWebview): void {
    if (m.type === 'snapshot') return this.show(m.seq, m.session, m.body);
    if (m.type === 'delta') {
      if (!this.current || this.current.session !== m.session || this.current.seq !== m.base) return; // resync
      let body: SnapshotBody;
      try {
        body = applyDelta(this.current.body, m.delta);
      } catch {
        return; // the view rejects the delta and asks for a resync
      }
      if (checkRest(body.snapshot as unknown as Record<string, unknown>)) return;
      return this.show(m.seq, m.session, body);
    }
    if (m.type === 'select') this.ui.selected = m.id;
    if (this.current) this.render(this.current.body, null);
  }

  private show(seq: number, session: string, body: SnapshotBody): void {
    const prev = this.current && this.current.session === session ? this.current.body.snapshot : null;
    this.current = { seq, session, body };
    this.render(body, prev);
  }

  private render(body: SnapshotBody, prev: SnapshotBody['snapshot'] | null): void {
    const d = diff(prev, body.snapshot);
    const active = activeFunctions(body);
    for (const ended of [false]) {
      walk(page({ body, prev, diff: d, ui: this.ui, act, ended, active, lit: litMembers(body, active), rev: 1 }));
    }
    // the reader's other views of it: every object expanded, the first one selected
    const ids = Object.keys(body.snapshot.objects).slice(0, 50);
    const ui2: Ui = { expanded: new Set(ids), limits: new Map(), selected: ids[0] ?? null, open: new Map(), follow: false };
    walk(page({ body, prev, diff: d, ui: ui2, act, ended: true, active, lit: litMembers(body, active), rev: 2 }));
    // the picture's model, and the connections' congestion plots it carries
    for (const n of nodesOf(pictureOf(body, null)).values()) if (n.plot) walk(plotView(n.plot));
  }
}
