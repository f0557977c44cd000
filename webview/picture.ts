// The picture tab: the world at this pause as boxes and arrows (the model: src/views/picture.ts; the
// layout: ./layout.ts), in a viewport the reader zooms (Ctrl+wheel, +/−), pans (drag, wheel, arrows
// with Shift) and fits (0, or the button). Arrow keys move between boxes by where they are; Enter
// selects one (its fields show in the Details panel, the sockets tree reveals it), E expands it to all
// its fields. Marks: new boxes and changed fields since the last pause (read backwards after a step
// back), the boxes the current line works on, the moment's object.

import { html, svg, nothing, type TemplateResult } from 'lit';
import { css as styleMap } from './css';
import { repeat } from 'lit/directives/repeat.js';
import { L } from './strings';
import type { Picture, PicNode, PicRow } from '../src/views/picture';
import { pathOf, type Layout, type Placed } from './layout';
import { plotView } from './plot';

export interface PicActions {
  select(obj: string): void;
  rearrange(): void;
  toggle(id: string): void;
  openFunction(fn: string): void;
}

export interface PicCtx {
  pic: Picture;
  lay: Layout;
  selected: string | null;
  /** This pause came after a step back: marks read in the direction of travel. */
  backward: boolean;
  act: PicActions;
  /** A demo moment or pause text is shown: its object is the focus. */
  moment: boolean;
}

/** The viewport's state: scale and translation (world → screen), and when the reader last moved it. */
export class Viewport {
  s = 1;
  tx = 0;
  ty = 0;
  /** The reader zoomed or panned: later pauses keep the view (until fit). */
  moved = false;
  heldUntil = 0;
  private drag: { x: number; y: number; tx: number; ty: number; id: number } | null = null;
  world = { w: 1, h: 1 };

  get transform(): string {
    return `translate(${this.tx}px, ${this.ty}px) scale(${this.s})`;
  }

  private el(): HTMLElement | null {
    return document.querySelector<HTMLElement>('.pic-view');
  }

  apply(animate = false): void {
    const stage = document.querySelector<HTMLElement>('.pic-stage');
    if (!stage) return;
    const still = matchMedia('(prefers-reduced-motion: reduce)').matches;
    stage.style.transition = animate && !still ? 'transform 300ms ease' : '';
    stage.style.transform = this.transform;
    const z = document.querySelector<HTMLElement>('[data-testid="zoom"]');
    if (z) z.textContent = `${Math.round(this.s * 100)}%`;
  }

  /** Fits the world to the view; `floor`: never smaller than this (an automatic fit keeps the boxes readable, and the moment's box is brought into view instead). */
  fit(animate = false, floor = 0.1): void {
    const v = this.el();
    if (!v) return;
    const vw = v.clientWidth || 800;
    const vh = v.clientHeight || 600;
    const pad = 16;
    this.s = clamp(Math.min((vw - pad * 2) / this.world.w, (vh - pad * 2) / this.world.h, 1.2), floor, 4);
    this.tx = (vw - this.world.w * this.s) / 2;
    this.ty = Math.max(pad, (vh - this.world.h * this.s) / 2);
    if (this.world.w * this.s > vw) this.tx = pad;
    this.moved = false;
    this.apply(animate);
  }

  zoom(factor: number, cx?: number, cy?: number): void {
    const v = this.el();
    if (!v) return;
    const x = cx ?? v.clientWidth / 2;
    const y = cy ?? v.clientHeight / 2;
    const s = clamp(this.s * factor, 0.1, 4);
    this.tx = x - ((x - this.tx) * s) / this.s;
    this.ty = y - ((y - this.ty) * s) / this.s;
    this.s = s;
    this.moved = true;
    this.apply();
  }

  pan(dx: number, dy: number): void {
    this.tx += dx;
    this.ty += dy;
    this.moved = true;
    this.heldUntil = performance.now() + 2000;
    this.apply();
  }

  /** Is the box wholly in view? */
  inView(b: Placed): boolean {
    const v = this.el();
    if (!v) return true;
    const x = b.x * this.s + this.tx;
    const y = b.y * this.s + this.ty;
    return x >= 0 && y >= 0 && x + b.w * this.s <= v.clientWidth && y + b.h * this.s <= v.clientHeight;
  }

  /** Brings a box into view (centred), unless it is in view already or the reader is moving the view. */
  reveal(b: Placed, force = false): boolean {
    const v = this.el();
    if (!v || (!force && (this.inView(b) || performance.now() < this.heldUntil))) return false;
    // too small to read: zoom in to at least 50 % (an automatic fit's floor)
    if (this.s < 0.5) this.s = 0.5;
    this.tx = v.clientWidth / 2 - (b.x + b.w / 2) * this.s;
    this.ty = v.clientHeight / 2 - (b.y + b.h / 2) * this.s;
    this.apply(true);
    return true;
  }

  onWheel = (e: WheelEvent): void => {
    e.preventDefault();
    const r = (e.currentTarget as HTMLElement).getBoundingClientRect();
    if (e.ctrlKey || e.metaKey) this.zoom(Math.exp(-e.deltaY * 0.002), e.clientX - r.left, e.clientY - r.top);
    else this.pan(-e.deltaX, -e.deltaY);
  };

  onDown = (e: PointerEvent): void => {
    if (e.button !== 0 || (e.target as HTMLElement).closest('button, .box')) return;
    this.drag = { x: e.clientX, y: e.clientY, tx: this.tx, ty: this.ty, id: e.pointerId };
    (e.currentTarget as HTMLElement).setPointerCapture(e.pointerId);
  };

  onMove = (e: PointerEvent): void => {
    if (!this.drag || e.pointerId !== this.drag.id) return;
    this.tx = this.drag.tx + e.clientX - this.drag.x;
    this.ty = this.drag.ty + e.clientY - this.drag.y;
    this.moved = true;
    this.heldUntil = performance.now() + 2000;
    this.apply();
  };

  onUp = (e: PointerEvent): void => {
    if (this.drag && e.pointerId === this.drag.id) this.drag = null;
  };
}

const clamp = (x: number, a: number, b: number) => Math.max(a, Math.min(b, x));

/** The marks' words, in the direction of travel: after a step back, "new" is what is not yet removed. */
function markText(m: 'new' | 'changed', backward: boolean): string {
  if (backward) return m === 'new' ? L('not yet removed') : L('before the change');
  return m === 'new' ? L('new') : L('changed');
}

function row(c: PicCtx, r: PicRow): TemplateResult {
  return html`<div class="prow ${r.changed ? 'changed' : ''} ${r.lit ? 'lit' : ''}" data-field=${r.k}><span class="pk">${r.k}</span>${r.fn
    ? html`<button class="fn ${r.lit ? 'lit' : ''}" tabindex="-1" data-fn=${r.fn} @click=${(e: Event) => {
        e.stopPropagation();
        c.act.openFunction(r.fn!);
      }}>${r.v}</button>`
    : html`<span class="pv">${r.v}</span>`}</div>`;
}

function boxView(c: PicCtx, n: PicNode, p: Placed, roving: string | null): TemplateResult {
  const sel = !!n.obj && c.selected === n.obj;
  const focus = c.pic.focus === n.id;
  const label = [n.title, n.badge, n.sub, n.reserved ? L('reserved by get_unused_fd_flags(), not installed yet') : '', n.mark ? markText(n.mark, c.backward) : '', n.touched ? L('the current line works on it') : '', n.count ? L('{0} objects', n.count) : ''].filter(Boolean).join(', ');
  return html`<div class="box kind-${n.kind} ${n.reserved ? 'reserved' : ''} ${n.mark ? `mark-${n.mark}` : ''} ${c.backward ? 'backward' : ''} ${n.touched ? 'touched' : ''} ${focus ? 'focus' : ''} ${sel ? 'selected' : ''}"
    data-box=${n.id} data-obj=${n.obj ?? nothing} data-kind=${n.kind}
    style=${styleMap({ left: `${p.x}px`, top: `${p.y}px`, width: `${p.w}px`, height: `${p.h}px` })}>
    <div class="bh">
      <button class="bt" data-boxnav tabindex=${roving === n.id ? '0' : '-1'} aria-label=${label} aria-pressed=${sel ? 'true' : 'false'}
        @click=${() => (n.obj ? c.act.select(n.obj) : undefined)}>${n.title}</button>
      ${n.badge ? html`<span class="badge st-${n.badge}">${n.badge}</span>` : nothing}
      ${n.mark ? html`<span class="pmark pmark-${n.mark}" aria-hidden="true">${n.mark === 'new' ? (c.backward ? '◂ ' : '+ ') : '~ '}${markText(n.mark, c.backward)}</span>` : nothing}
      ${n.expandable ? html`<button class="bx" tabindex="-1" aria-expanded=${n.expanded ? 'true' : 'false'} title=${n.expanded ? L('key fields') : L('all fields')}
        aria-label=${n.expanded ? L('key fields only of {0}', n.title) : L('all fields of {0}', n.title)} @click=${(e: Event) => {
          e.stopPropagation();
          c.act.toggle(n.id);
        }}>${n.expanded ? '−' : '+'}</button>` : nothing}
    </div>
    ${n.sub ? html`<div class="bs">${n.sub}</div>` : nothing}
    ${n.bands.map((b) => html`<div class="band ${b.struct ? 'named' : ''}" data-struct=${b.struct || nothing}>${b.struct ? html`<div class="bn">${b.struct}</div>` : nothing}${b.rows.map((r) => row(c, r))}</div>`)}
    ${n.plot ? plotView(n.plot) : nothing}
  </div>`;
}

/** The picture: the ops row, the host columns, the arrows, the boxes. */
export function pictureView(c: PicCtx, vp: Viewport, roving: string | null): TemplateResult {
  const all = new Map<string, PicNode>();
  for (const n of c.pic.kernel) all.set(n.id, n);
  for (const h of c.pic.hosts) for (const n of h.nodes) all.set(n.id, n);
  const { lay } = c;
  vp.world = { w: lay.width, h: lay.height };
  const edges = lay.edges.filter((r) => r.points.length >= 2);
  const empty = all.size === 0;
  return html`<div class="pic" data-testid="picture">
    <div class="pic-tools" role="toolbar" aria-label=${L('picture')}>
      <button data-testid="zoom-out" title=${L('Zoom out (−)')} aria-label=${L('Zoom out (−)')} @click=${() => vp.zoom(1 / 1.25)}>−</button>
      <span class="zoom" data-testid="zoom" aria-live="off"></span>
      <button data-testid="zoom-in" title=${L('Zoom in (+)')} aria-label=${L('Zoom in (+)')} @click=${() => vp.zoom(1.25)}>+</button>
      <button data-testid="fit" title=${L('Fit to view (0)')} @click=${() => vp.fit(true)}>${L('Fit')}</button>
      <button data-testid="rearrange" title=${L('Lay the picture out afresh (boxes keep their places from pause to pause until then)')} @click=${() => c.act.rearrange()}>${L('Re-arrange')}</button>
      <span class="legend"><span class="lg lg-new">${L('new')}</span><span class="lg lg-changed">${L('changed')}</span><span class="lg lg-touched">${L('the current line works on it')}</span></span>
      <span class="hint">${L('Arrows: move between boxes · Enter: details · E: all fields · Ctrl+wheel: zoom · drag: pan')}</span>
    </div>
    <div class="pic-view" tabindex="-1" @wheel=${vp.onWheel} @pointerdown=${vp.onDown} @pointermove=${vp.onMove} @pointerup=${vp.onUp} @pointercancel=${vp.onUp}
      @keydown=${(e: KeyboardEvent) => picKey(e, c, vp)}>
      ${empty ? html`<div class="pic-empty">${L('No kernel objects yet: step on, and the sockets appear here.')}</div>` : nothing}
      <div class="pic-stage" style=${styleMap({ width: `${lay.width}px`, height: `${lay.height}px`, transform: vp.transform })}>
        ${c.pic.kernel.length ? html`<div class="ops-title" style=${styleMap({ left: '0px', top: '8px', width: '214px' })}>${L('ops tables the current call went through')}</div>` : nothing}
        ${lay.columns.map((col) => {
          const h = c.pic.hosts.find((x) => x.name === col.host)!;
          return html`<div class="col" data-host=${col.host} style=${styleMap({ left: `${col.x - 8}px`, top: `${col.y}px`, width: `${col.w + 16}px`, height: `${col.h + 8}px` })}>
            <div class="colh"><b>${col.host}</b> <span class="muted">${h.addrs.join(' ')}</span>${h.aggregated ? html` <span class="muted">· ${L('{0} more socks counted in grey boxes', h.aggregated)}</span>` : nothing}</div></div>`;
        })}
        <svg class="pic-edges" width=${lay.width} height=${lay.height} viewBox=${`0 0 ${lay.width} ${lay.height}`} aria-hidden="true">
          <defs><marker id="parr" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z"></path></marker></defs>
          ${repeat(edges, (r) => r.edge.id, (r) => {
            const mid = r.points[Math.floor(r.points.length / 2)];
            const lit = (c.pic.touched.includes(r.edge.from) && r.edge.kind === 'ops') || c.pic.focus === r.edge.to;
            return svg`<g class="pe pe-${r.edge.kind} ${r.edge.mark ? 'pe-new' : ''} ${lit ? 'pe-lit' : ''}" data-edge=${r.edge.id}>
              <path d=${pathOf(r.points)} marker-end="url(#parr)"></path>
              ${r.edge.kind !== 'hash' ? svg`<text x=${mid.x + 4} y=${mid.y - 2}>${r.edge.label}</text>` : nothing}</g>`;
          })}
        </svg>
        ${repeat([...all.values()], (n) => n.id, (n) => {
          const p = lay.boxes.get(n.id);
          return p ? boxView(c, n, p, roving) : nothing;
        })}
      </div>
    </div>
  </div>`;
}

/** Keys in the picture: arrows move between boxes (by position), Shift+arrows pan, +/− zoom, 0 fits, E expands. */
function picKey(e: KeyboardEvent, c: PicCtx, vp: Viewport): void {
  const k = e.key;
  if (k === '+' || k === '=') return void (vp.zoom(1.25), e.preventDefault());
  if (k === '-' || k === '_') return void (vp.zoom(1 / 1.25), e.preventDefault());
  if (k === '0') return void (vp.fit(true), e.preventDefault());
  const dirs: Record<string, [number, number]> = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] };
  const t = e.target as HTMLElement;
  const boxEl = t.closest<HTMLElement>('.box');
  if (dirs[k] && (e.shiftKey || !boxEl)) {
    vp.pan(-dirs[k][0] * 60, -dirs[k][1] * 60);
    e.preventDefault();
    return;
  }
  if (!boxEl) return;
  const id = boxEl.dataset.box!;
  if (k === 'e' || k === 'E') {
    const n = c.pic.kernel.find((x) => x.id === id) ?? c.pic.hosts.flatMap((h) => h.nodes).find((x) => x.id === id);
    if (n?.expandable) c.act.toggle(id);
    e.preventDefault();
    return;
  }
  if (!dirs[k]) return;
  const from = c.lay.boxes.get(id);
  if (!from) return;
  const [dx, dy] = dirs[k];
  const cx = from.x + from.w / 2;
  const cy = from.y + from.h / 2;
  let best: string | null = null;
  let bestD = Infinity;
  for (const [oid, p] of c.lay.boxes) {
    if (oid === id) continue;
    const ox = p.x + p.w / 2 - cx;
    const oy = p.y + p.h / 2 - cy;
    const along = ox * dx + oy * dy;
    if (along <= 4) continue;
    const across = Math.abs(ox * dy) + Math.abs(oy * dx);
    const d = along + across * 2;
    if (d < bestD) {
      bestD = d;
      best = oid;
    }
  }
  e.preventDefault();
  if (!best) return;
  focusBox(best, vp, c.lay);
}

export function focusBox(id: string, vp: Viewport, lay: Layout): void {
  const btn = document.querySelector<HTMLElement>(`.box[data-box="${CSS.escape(id)}"] .bt`);
  if (!btn) return;
  for (const b of document.querySelectorAll<HTMLElement>('.box .bt[tabindex="0"]')) b.tabIndex = -1;
  btn.tabIndex = 0;
  const p = lay.boxes.get(id);
  if (p && !vp.inView(p)) vp.reveal(p, true);
  btn.focus({ preventScroll: true });
}
