// The structures webview's entry: validates every message from the extension (src/views/protocol.ts),
// keeps the previous snapshot to mark what changed, draws with lit, and talks back (openFunction,
// selectObject, drawn, log). The last body is kept with setState so a reloaded panel draws at once.

import './style.css';
import '@vscode-elements/elements/dist/vscode-collapsible/index.js';
import { render } from 'lit';
import { checkRest, checkToWebview, type FromWebview, type ToWebview } from '../src/views/protocol';
import type { SnapshotBody } from '../src/debug/contract';
import type { Snapshot } from '../src/kernel/world/snapshot';
import { diff, type Diff, type DiffHint } from './diff';
import { activeFunctions, litMembers } from './model';
import { page, placeholder, type Ui, type Ctx, type Actions } from './render';
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

/** What setState keeps: the last snapshot message, the selection, and whether the view follows changes. */
interface Saved {
  last?: Extract<ToWebview, { type: 'snapshot' }>;
  selected: string | null;
  ended: boolean;
  follow: boolean;
}

const vscode = acquireVsCodeApi();
const root = document.getElementById('root') ?? document.body;

let current: { msg: Extract<ToWebview, { type: 'snapshot' }>; prev: Snapshot | null; diff: Diff } | null = null;
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

const act: Ctx['act'] = {
  openFunction: (fn) => post({ type: 'openFunction', fn }),
  select: (id) => {
    ui.selected = id;
    follow.hold();
    post({ type: 'selectObject', id });
    draw();
    save();
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
  render(pageOf(current.msg.body, current.prev, current.diff, ui, act, ended, rev), root);
}

/** The page for one pause, with the functions on the stopped task's stack and the ops members they light. */
function pageOf(body: SnapshotBody, prev: Snapshot | null, d: Diff, u: Ui, a: Actions, isEnded: boolean, r: number) {
  const active = activeFunctions(body);
  return page({ body, prev, diff: d, ui: u, act: a, ended: isEnded, active, lit: litMembers(body), rev: r });
}

function save(): void {
  clearTimeout(saveTimer);
  // serialising a big snapshot costs: do it once the pauses settle
  saveTimer = setTimeout(() => vscode.setState({ last: current?.msg, selected: ui.selected, ended, follow: ui.follow } satisfies Saved), 150);
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
  const prev = current && current.msg.session === m.session ? current.msg.body.snapshot : null;
  if (!prev) {
    ui.limits.clear();
    ui.open.clear();
  }
  current = { msg: m, prev, diff: diff(prev, m.body.snapshot, prev ? current!.diff.nextEntries : undefined, prev ? hint : undefined) };
  ended = false;
  draw(true);
  if (ui.follow && prev) follow.schedule();
  post({ type: 'drawn', seq: m.seq, ms: performance.now() - t0 });
  save();
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
      vscode.setState({ selected: null, ended: false, follow: ui.follow } satisfies Saved);
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
      reveal(m.id);
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

/** Draws the rehearsal's pauses (warm.ts) offscreen with a throwaway state, then drops them: validate, diff, render and layout, as for real. */
function rehearse(): void {
  const stage = document.createElement('div');
  stage.setAttribute('aria-hidden', 'true');
  stage.style.cssText = 'position:absolute;left:-20000px;top:0;width:1200px;visibility:hidden;pointer-events:none';
  document.body.append(stage);
  const none = () => {};
  const quiet: Actions = { openFunction: none, select: none, toggle: none, more: none, setOpen: none, setFollow: none };
  try {
    for (let round = 0; round < 3; round++) {
      const u: Ui = { expanded: new Set(), limits: new Map(), selected: null, open: new Map(), follow: true };
      let prev: Diff | null = null;
      for (const body of rehearsal()) {
        const c = checkToWebview({ type: 'snapshot', seq: 0, session: 'rehearsal', body });
        if (!c.ok) throw new Error(c.error);
        const d: Diff = diff(prev?.next, body.snapshot, prev?.nextEntries);
        render(pageOf(body, prev?.next ?? null, d, u, quiet, false, 0), stage);
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
