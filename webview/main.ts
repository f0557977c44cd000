// The structures webview's entry: validates every message from the extension (src/views/protocol.ts),
// keeps the previous snapshot to mark what changed, draws with lit, and talks back (openFunction,
// selectObject, drawn, log). The last body is kept with setState so a reloaded panel draws at once.

import './style.css';
import '@vscode-elements/elements/dist/vscode-collapsible/index.js';
import { html, nothing, render } from 'lit';
import { checkRest, checkToWebview, type FromWebview, type ToWebview } from '../src/views/protocol';
import type { SnapshotBody } from '../src/debug/contract';
import type { Snapshot } from '../src/kernel/world/snapshot';
import { diff, type Diff, type DiffHint } from './diff';
import { activeFunctions, litMembers } from './model';
import { page, placeholder, header, details, card, setBackward, type Ui, type Ctx, type Actions } from './render';
import { pictureOf, type Picture } from '../src/views/picture';
import { Layouter, type Layout } from './layout';
import { pictureView, focusBox, Viewport } from './picture';
import { rehearsal } from './warm';
import { applyDelta } from '../src/views/delta';
import { navKey } from './keys';
import { Follow } from './follow';
import { L, setStrings } from './strings';

const waiting = 'Waiting for a sockwalk debug session to pause…';
const noSession = 'No sockwalk session is paused. Start one (Run and Debug, or “Sockwalk: Run Scenario…”) and the kernel structures show here.';
/** The placeholder shown while there is no picture (redrawn in the reader's language when the words come). */
let placeholderText = waiting;

interface VsCodeApi {
  postMessage(m: FromWebview): void;
  getState(): unknown;
  setState(s: unknown): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

type Tab = 'picture' | 'details';

/** What setState keeps: the last snapshot message, the selection, whether the view follows changes, the tab. */
interface Saved {
  last?: Extract<ToWebview, { type: 'snapshot' }>;
  selected: string | null;
  ended: boolean;
  follow: boolean;
  tab?: Tab;
}

const vscode = acquireVsCodeApi();
const root = document.getElementById('root') ?? document.body;

let current: {
  msg: Extract<ToWebview, { type: 'snapshot' }>;
  prev: Snapshot | null;
  diff: Diff;
  /** The last pause's picture (marks are against it), this pause's, and where its boxes went. */
  prevPic: Picture | null;
  pic?: Picture;
  lay?: Layout;
  /** This pause came after a step back. */
  backward: boolean;
} | null = null;
let tab: Tab = 'picture';
const layouter = new Layouter();
const vp = new Viewport();
/** The picture has been drawn for this session (autoplay waits for it; the first one is fitted). */
let pictureShown = false;
/** An automatic fit keeps boxes at least this big (readable); the moment's box is brought into view. */
const AUTO_FIT_FLOOR = 0.5;
/** The world's size when the picture was last fitted to the view. */
let fitted = { w: 0, h: 0 };
let ended = false;
const ui: Ui = { expanded: new Set(), limits: new Map(), selected: null, open: new Map(), follow: true };
const follow = new Follow(root);
let saveTimer: ReturnType<typeof setTimeout> | undefined;

function post(m: FromWebview): void {
  vscode.postMessage(m);
}

function warn(message: string): void {
  console.warn(`[sockwalk structures] ${message}`);
  post({ type: 'log', level: 'warn', message });
}

const act: Ctx['act'] & { setTab(t: Tab): void; rearrange(): void } = {
  openFunction: (fn) => post({ type: 'openFunction', fn }),
  select: (id) => {
    ui.selected = id;
    follow.hold();
    post({ type: 'selectObject', id });
    draw();
    save();
  },
  rearrange: () => {
    layouter.reset();
    draw();
    vp.fit(true);
  },
  setTab: (t: Tab) => {
    if (tab === t) return;
    tab = t;
    draw();
    save();
    if (t === 'picture') requestAnimationFrame(() => (vp.moved ? vp.apply() : vp.fit()));
    else if (ui.selected) requestAnimationFrame(() => reveal(ui.selected!));
  },
  toggle: (id) => {
    if (ui.expanded.has(id)) ui.expanded.delete(id);
    else ui.expanded.add(id);
    draw();
  },
  more: (list, to) => {
    ui.limits.set(list, to);
    draw();
  },
  setOpen: (key, open) => {
    ui.open.set(key, open);
    draw();
  },
  setFollow: (on) => {
    ui.follow = on;
    draw();
    save();
  },
};

/** Redraws; `pause`: for a new pause (parts that did not change are kept), else for a reader's action (all drawn anew). */
let rev = 0;
function draw(pause = false): void {
  if (!current) return;
  if (!pause) rev++;
  const cur = current;
  const c = ctxOf(cur.msg.body, cur.prev, cur.diff, ui, act, ended, rev);
  setBackward(cur.backward);
  // the picture's model and layout follow every pause (its marks need the last one), drawn or not
  cur.pic = pictureOf(cur.msg.body, cur.prevPic, { expanded: ui.expanded, selected: ui.selected, say: L });
  cur.lay = layouter.place(cur.pic);
  const tabs = html`<div class="tabs" role="tablist" aria-label=${L('view')}>
    <button role="tab" data-testid="tab-picture" aria-selected=${tab === 'picture' ? 'true' : 'false'} @click=${() => act.setTab('picture')}>${L('Picture')}</button>
    <button role="tab" data-testid="tab-details" aria-selected=${tab === 'details' ? 'true' : 'false'} @click=${() => act.setTab('details')}>${L('Details')}</button>
  </div>`;
  const top = html`<div class="top">${header(c)}${tabs}</div>`;
  if (tab === 'details') {
    root.className = 'tab-details';
    render(html`${top}${details(c)}`, root);
    return;
  }
  root.className = 'tab-picture';
  const sel = ui.selected && cur.msg.body.snapshot.objects[ui.selected] ? ui.selected : null;
  const roving = (sel && cur.lay.boxes.has(sel) ? sel : null) ?? cur.pic.focus ?? cur.pic.hosts.flatMap((h) => h.nodes)[0]?.id ?? null;
  render(html`${top}<div class="pic-wrap">${pictureView({ pic: cur.pic, lay: cur.lay, selected: ui.selected, backward: cur.backward, act, moment: !!cur.msg.body.stop.text }, vp, roving)}
    ${sel ? html`<aside class="inspector" data-testid="inspector" aria-label=${L('Details of {0}', sel)}>
      <div class="insh"><b>${L('Details')}</b> <button data-testid="inspector-close" aria-label=${L('Close')} @click=${() => { ui.selected = null; draw(); save(); }}>×</button></div>
      ${card(c, sel)}
      <button class="todetails" @click=${() => act.setTab('details')}>${L('Show in the Details tab')}</button>
    </aside>` : nothing}</div>`, root);
  vp.apply();
}

function ctxOf(body: SnapshotBody, prev: Snapshot | null, d: Diff, u: Ui, a: Actions, isEnded: boolean, r: number): Ctx {
  return { body, prev, diff: d, ui: u, act: a, ended: isEnded, active: activeFunctions(body), lit: litMembers(body), rev: r };
}

function save(): void {
  clearTimeout(saveTimer);
  // serialising a big snapshot costs: do it once the pauses settle
  saveTimer = setTimeout(() => vscode.setState({ last: current?.msg, selected: ui.selected, ended, follow: ui.follow, tab } satisfies Saved), 150);
}

function reveal(id: string): void {
  const el = root.querySelector<HTMLElement>(`[data-card="${CSS.escape(id)}"]`) ?? root.querySelector<HTMLElement>(`button.obj[data-id="${CSS.escape(id)}"]`);
  if (!el) return;
  for (let p: HTMLElement | null = el; p; p = p.parentElement) if (p instanceof HTMLDetailsElement) p.open = true;
  el.scrollIntoView({ block: 'center' });
  // rows above it that had skipped layout (content-visibility) may have grown: aim again once laid out
  requestAnimationFrame(() => el.scrollIntoView({ block: 'center' }));
  (el.matches('button') ? el : el.querySelector<HTMLElement>('button.obj'))?.focus({ preventScroll: true });
}

/** Draws a pause (marking what changed since the one drawn before, if it is of the same session) and says so. */
function show(m: Extract<ToWebview, { type: 'snapshot' }>, t0: number, hint?: DiffHint): void {
  const before = current && current.msg.session === m.session ? current : null;
  const prev = before ? before.msg.body.snapshot : null;
  if (!prev) {
    ui.limits.clear();
    ui.open.clear();
    layouter.reset();
    pictureShown = false;
    fitted = { w: 0, h: 0 };
  }
  current = {
    msg: m,
    prev,
    diff: diff(prev, m.body.snapshot, prev ? current!.diff.nextEntries : undefined, prev ? hint : undefined),
    prevPic: before?.pic ?? null,
    backward: !!before && m.body.stop.step < before.msg.body.stop.step,
  };
  ended = false;
  draw(true);
  if (tab === 'picture') afterPicture(!pictureShown);
  else if (ui.follow && prev) follow.schedule();
  post({ type: 'drawn', seq: m.seq, ms: performance.now() - t0 });
  save();
}

/** After a pause is drawn in the picture: the session's first picture is fitted; later, the pause's object is brought into view (when following). */
function afterPicture(first: boolean): void {
  const cur = current;
  if (!cur?.lay || !cur.pic) return;
  // fitted at the session's first picture, and again when the world grew out of the view while the reader has not moved it
  const grew = cur.lay.width > fitted.w + 1 || cur.lay.height > fitted.h + 1;
  if (first || (grew && !vp.moved && !vp.inView({ x: 0, y: 0, w: cur.lay.width, h: cur.lay.height }))) {
    pictureShown = true;
    fitted = { w: cur.lay.width, h: cur.lay.height };
    vp.fit(!first, AUTO_FIT_FLOOR);
  }
  if (!ui.follow) return;
  const f = cur.pic.focus;
  const p = f ? cur.lay.boxes.get(f) : undefined;
  if (p) vp.reveal(p, false);
}

function handle(m: ToWebview): void {
  switch (m.type) {
    case 'snapshot':
      show(m, performance.now());
      return;
    case 'delta': {
      const t0 = performance.now();
      if (!current || current.msg.session !== m.session || current.msg.seq !== m.base) {
        // not the pause it builds on (a message was lost or rejected): ask for the whole picture
        post({ type: 'resync', seq: m.seq });
        return;
      }
      let whole: Extract<ToWebview, { type: 'snapshot' }>;
      try {
        whole = { type: 'snapshot', seq: m.seq, session: m.session, body: applyDelta(current.msg.body, m.delta) };
      } catch (err) {
        warn(`rejected a delta: ${err instanceof Error ? err.message : String(err)}`);
        post({ type: 'resync', seq: m.seq });
        return;
      }
      // its objects and stop were checked as they came (the base's, the delta's); the patched rest is checked now
      const why = checkRest(whole.body.snapshot as unknown as Record<string, unknown>);
      if (why) {
        warn(`rejected a delta: ${why}`);
        post({ type: 'resync', seq: m.seq });
        return;
      }
      show(whole, t0, { changed: Object.keys(m.delta.objects), gone: m.delta.gone });
      return;
    }
    case 'ended':
      ended = true;
      draw();
      save();
      return;
    case 'idle':
      current = null;
      placeholderText = noSession;
      render(placeholder(L(noSession)), root);
      clearTimeout(saveTimer);
      vscode.setState({ selected: null, ended: false, follow: ui.follow, tab } satisfies Saved);
      return;
    case 'strings':
      setStrings(m.strings);
      if (current) draw();
      else render(placeholder(L(placeholderText)), root);
      return;
    case 'select':
      follow.hold();
      ui.selected = m.id;
      draw();
      if (tab === 'picture' && current?.lay) focusBox(m.id, vp, current.lay);
      else reveal(m.id);
      save();
      return;
  }
}

window.addEventListener('message', (e: MessageEvent) => {
  // VS Code delivers the extension's messages from the webview's own origin; anything else (another
  // frame, a page that got hold of this window) is not the extension and is ignored
  if (e.origin !== window.origin) {
    console.warn(`[sockwalk structures] ignored a message from another origin (${String(e.origin).slice(0, 80)})`);
    return;
  }
  const c = checkToWebview(e.data);
  if (!c.ok) {
    warn(`rejected a message: ${c.error}`);
    return;
  }
  try {
    handle(c.value);
  } catch (err) {
    post({ type: 'log', level: 'error', message: `draw failed: ${err instanceof Error ? err.stack ?? err.message : String(err)}` });
  }
});

root.addEventListener('keydown', navKey);

// the panel resized (VS Code's layout changed around it): fit again unless the reader moved the view,
// and keep the pause's box in view
new ResizeObserver(() => {
  if (tab !== 'picture' || !current?.lay || !pictureShown) return;
  if (!vp.moved) vp.fit(false, AUTO_FIT_FLOOR);
  afterPicture(false);
}).observe(root);

/** Draws the rehearsal's pauses (warm.ts) offscreen with a throwaway state, then drops them: validate, diff, render and layout, as for real. */
function rehearse(): void {
  const stage = document.createElement('div');
  stage.setAttribute('aria-hidden', 'true');
  stage.style.cssText = 'position:absolute;left:-20000px;top:0;width:1200px;visibility:hidden;pointer-events:none';
  document.body.append(stage);
  const none = () => {};
  const quiet: Actions = { openFunction: none, select: none, toggle: none, more: none, setOpen: none, setFollow: none };
  try {
    const lays = new Layouter();
    const quietPic = { select: none, toggle: none, openFunction: none, rearrange: none };
    let pic: Picture | null = null;
    for (let round = 0; round < 3; round++) {
      const u: Ui = { expanded: new Set(), limits: new Map(), selected: null, open: new Map(), follow: true };
      let prev: Diff | null = null;
      for (const body of rehearsal()) {
        const c = checkToWebview({ type: 'snapshot', seq: 0, session: 'rehearsal', body });
        if (!c.ok) throw new Error(c.error);
        const d: Diff = diff(prev?.next, body.snapshot, prev?.nextEntries);
        render(page(ctxOf(body, prev?.next ?? null, d, u, quiet, false, 0)), stage);
        // and the picture: its model, a layout (dagre's first runs are its slowest), its boxes
        pic = pictureOf(body, pic, { expanded: u.expanded });
        render(pictureView({ pic, lay: lays.place(pic), selected: null, backward: false, act: quietPic, moment: false }, new Viewport(), null), stage);
        void stage.getBoundingClientRect().height;
        prev = d;
      }
    }
  } catch (err) {
    // only speed is lost
    warn(`rehearsal failed: ${err instanceof Error ? err.message : String(err)}`);
  } finally {
    stage.remove();
  }
}

// restore: the saved body is checked like any message before it is drawn
const saved = vscode.getState() as Partial<Saved> | undefined;
if (saved && saved.follow === false) ui.follow = false;
if (saved && (saved.tab === 'details' || saved.tab === 'picture')) tab = saved.tab;
if (saved && saved.last) {
  const c = checkToWebview(saved.last);
  if (c.ok && c.value.type === 'snapshot') {
    ui.selected = typeof saved.selected === 'string' ? saved.selected : null;
    handle(c.value);
    ended = !!saved.ended;
    draw();
  } else warn(`saved state rejected: ${c.ok ? 'not a snapshot' : c.error}`);
} else render(placeholder(L(waiting)), root);
// once that is on screen: rehearse, then ask for the session's picture
setTimeout(() => {
  rehearse();
  post({ type: 'ready' });
}, 0);
