// The structures view's templates (lit-html): the header and banner, the socket() lookup and the
// ops tables, per host the fd → file → socket → sock chains with the struct nesting, the hash
// tables and accept queues, the wire, and the TCP state diagram. Everything is drawn from one
// snapshot body plus the diff against the previous pause (marks: new, changed, removed/ghost).

import { html, svg, nothing, type TemplateResult } from 'lit';
import { L } from './strings';
import { repeat } from 'lit/directives/repeat.js';
import { guard } from 'lit/directives/guard.js';
import type { SnapshotBody } from '../src/debug/contract';
import type { ObjectSnap, Value, HostSnap, Snapshot, SkbSnap } from '../src/kernel/world/snapshot';
import { changedFields, entryKey, objectMark, tableEntries, type Diff, type Entry } from './diff';
import * as M from './model';

export interface Ui {
  /** Objects showing all their fields. */
  expanded: Set<string>;
  /** How many rows a long list shows (by list key). */
  limits: Map<string, number>;
  selected: string | null;
  /** <details> the reader opened or closed (by key); the rest follow their default. */
  open: Map<string, boolean>;
  /** Scroll each pause's first change into view. */
  follow: boolean;
}

export interface Actions {
  openFunction(fn: string): void;
  select(id: string): void;
  toggle(id: string): void;
  more(list: string, to: number): void;
  setOpen(key: string, open: boolean): void;
  setFollow(on: boolean): void;
}

export interface Ctx {
  body: SnapshotBody;
  prev: Snapshot | null;
  diff: Diff;
  ui: Ui;
  act: Actions;
  ended: boolean;
  /** Functions on the stopped task's stack. */
  active: Set<string>;
  /** "table.member" of the ops members lit (their function is on the stack, dispatched through that table). */
  lit: Set<string>;
  /** Grows with every redraw that is not a new pause (a reader's action): everything is drawn anew then. */
  rev: number;
}

const PAGE = 25;
/** A list where most rows are new at once (a session's first pause) shows fewer rows, for the session: it pages on like any list. */
const PAGE_MASS = 10;
const GROUP_AT = 40;
const SEQ_MAX = 40;
/** Past this many fds a table draws each sock as a chip (a card when it changes or is opened). */
const COMPACT_AT = 8;

const short = (state: string) => state.replace(/^TCP_/, '');

/** An object as the pause sees it, or its last picture when it was removed at this pause. */
function obj(c: Ctx, id: string): ObjectSnap | undefined {
  return c.body.snapshot.objects[id] ?? c.diff.removed.get(id) ?? c.prev?.objects[id];
}

function markOf(c: Ctx, id: string): string {
  return objectMark(c.diff, id) ?? '';
}

/** The pause being drawn came after a step back: the marks read in the direction of travel. */
let backward = false;
export function setBackward(b: boolean): void {
  backward = b;
}
const MARK_TEXT: Record<string, () => string> = {
  new: () => (backward ? L('not yet removed') : L('new')),
  changed: () => (backward ? L('before the change') : L('changed')),
  removed: () => (backward ? L('not yet added') : L('removed')),
};
function markBadge(m: string): TemplateResult | typeof nothing {
  return m ? html`<span class="mark mark-${m}" aria-hidden="true">${m === 'new' ? `${backward ? '◂' : '+'} ${MARK_TEXT.new()}` : m === 'removed' ? `${backward ? '◂' : '−'} ${MARK_TEXT.removed()}` : `~ ${MARK_TEXT.changed()}`}</span>` : nothing;
}

/** A clickable reference to a kernel object: selects it. */
function chip(c: Ctx, id: string, extra = ''): TemplateResult {
  const o = obj(c, id);
  const m = markOf(c, id);
  const st = M.sockState(o);
  const sel = c.ui.selected === id;
  const ep = M.isSock(o) ? M.endpoints(o) : '';
  const label = [id, st, ep, o?.freed ? L('freed') : '', m ? MARK_TEXT[m]() : '', extra].filter(Boolean).join(', ');
  return html`<button class="chip obj ${m ? `mark-${m}` : ''} ${sel ? 'selected' : ''} ${o?.freed ? 'freed' : ''}" data-id=${id}
    data-nav aria-label=${label} aria-pressed=${sel ? 'true' : 'false'} @click=${() => c.act.select(id)}>
    <span class="id">${id}</span>${st ? html` <span class="st st-${short(st)}">${short(st)}</span>` : nothing}${ep ? html` <span class="ep">${ep}</span>` : nothing}${o?.freed ? html` <span class="freed-tag">freed</span>` : nothing}${extra ? html` <span class="extra">${extra}</span>` : nothing}</button>`;
}

/** A kernel function: opens its annotated source. `tab` -1 leaves it out of the Tab order (arrow keys reach it). */
function fnButton(c: Ctx, fn: string, lit: boolean, tab = 0): TemplateResult {
  const callable = /^[A-Za-z_][A-Za-z0-9_]*$/.test(fn);
  if (!callable) return html`<span class="fn const">${fn}</span>`;
  return html`<button class="fn ${lit ? 'lit' : ''}" data-fn=${fn} data-nav tabindex=${tab} aria-label=${lit ? L('{0}, on the stack: open the source', fn) : L('{0}: open the source', fn)}
    @click=${() => c.act.openFunction(fn)}>${fn}</button>`;
}

function value(c: Ctx, v: Value | undefined): TemplateResult | string {
  const r = M.refOf(v);
  if (r) return chip(c, r);
  const q = M.rec(v);
  if (q && Array.isArray(q.accept_queue)) return `{qlen ${q.qlen}, young ${q.young}, accept_queue [${q.accept_queue.length}]}`;
  if (Array.isArray(v) && v.length && v.length <= 8 && v.every((x) => M.refOf(x))) return html`${v.map((x) => chip(c, M.refOf(x)!))}`;
  return M.show(v);
}

/**
 * A part that shows only the given objects (and the entry): lit skips it at a pause where none of them
 * changed and the row is not marked, since it would draw the same. A session's first pause, a marked
 * row and any reader's action (c.rev) draw it anew.
 */
function kept(c: Ctx, marked: boolean, deps: unknown[], ids: Array<string | null>, f: () => TemplateResult): unknown {
  const touched = marked || c.diff.first || ids.some((id) => id !== null && objectMark(c.diff, id) !== null);
  return guard([c.rev, touched ? c.diff : null, ...deps], f);
}

/** A <details> whose content is drawn only while it is open: closed groups cost a summary line. */
function lazyDetails(c: Ctx, key: string, dflt: boolean, cls: string, summary: unknown, content: () => unknown): TemplateResult {
  const open = c.ui.open.get(key) ?? dflt;
  const onToggle = (e: Event) => {
    const now = (e.currentTarget as HTMLDetailsElement).open;
    if (now !== open) c.act.setOpen(key, now);
  };
  return html`<details class=${cls} data-group=${key} ?open=${open} @toggle=${onToggle}><summary>${summary}</summary>${open ? content() : nothing}</details>`;
}

// ---------------------------------------------------------------- header and banner

/** Why the debugger stopped (DAP's stop reasons), in the reader's language. */
const REASON: Record<string, () => string> = {
  step: () => L('step'),
  pause: () => L('pause'),
  entry: () => L('entry'),
  breakpoint: () => L('breakpoint'),
  'function breakpoint': () => L('function breakpoint'),
  'data breakpoint': () => L('data breakpoint'),
  exception: () => L('exception'),
  goto: () => L('goto'),
};

export function header(c: Ctx): TemplateResult {
  const s = c.body.stop;
  return html`<header class="hdr" aria-label=${L('stop')}>
    <span class="step" data-testid="step">${L('step {0}', s.step)}</span>
    <span class="time">t = ${M.showTime(s.t)}</span>
    <span class="where" data-testid="where">${M.stopLine(c.body)}</span>
    <span class="reason">${Object.hasOwn(REASON, s.reason) ? REASON[s.reason]() : s.reason}</span>
    ${c.ended ? html`<span class="ended">${L('session ended')}</span>` : nothing}
    <label class="follow" title=${L('After each pause, scroll its first change into view (not while you scroll)')}><input type="checkbox" data-testid="follow"
      .checked=${c.ui.follow} @change=${(e: Event) => c.act.setFollow((e.target as HTMLInputElement).checked)}> ${L('follow changes')}</label>
  </header>
  ${s.text ? html`<div class="banner" role="status" data-testid="banner">${s.text}</div>` : nothing}`;
}

// ---------------------------------------------------------------- socket() lookup and ops tables

function kernelTables(c: Ctx): TemplateResult {
  const t = c.body.tables;
  const look = M.socketLookup(c.body);
  const tables = M.MAIN_TABLES.filter((n) => t.ops[n]);
  return html`<section class="ktables" aria-label=${L('socket() lookup and dispatch tables')}>
    <div class="lookup ${look.active ? 'lit' : ''}" data-testid="lookup">
      <div class="lk-title">socket(): <code>net_families[]</code> → <code>inetsw[]</code> → <code>inet_protosw</code></div>
      <ul class="nf" role="list" aria-label="net_families">
        ${t.net_families.map((f) => html`<li class="${look.active ? 'lit' : ''}">
          <code>net_families[${f.name}]</code> → <code>${f.ops}</code>.create = ${fnButton(c, f.create, c.active.has(f.create) || (look.inCreate && f.create === 'inet_create'))}</li>`)}
      </ul>
      <ul class="inetsw" role="list" aria-label="inetsw">
        ${t.inetsw.map((sw) => {
          const lit = look.inCreate && look.type === sw.type;
          // the inet_protosw that matches: the protocol asked for, or the first one for protocol 0
          const pick = lit ? Math.max(0, sw.entries.findIndex((e) => e.protocol === look.protocol)) : -1;
          return html`<li class="sw ${lit ? 'lit' : ''}" data-type=${sw.typeName}><code>inetsw[${sw.typeName}]</code>
            ${sw.entries.map((e, i) => html`<span class="protosw ${i === pick ? 'lit' : ''}" data-protocol=${e.protocolName}>
              {${e.protocolName}, .prot = <code>&${e.prot}</code>, .ops = <code>&${e.ops}</code>}</span>`)}</li>`;
        })}
      </ul>
    </div>
    <div class="ops" role="group" aria-label=${L('operation tables')}>
      ${tables.map((name) => {
        const tab = t.ops[name];
        const lit = tab.members.some((m) => c.lit.has(`${name}.${m.member}`));
        return html`<table class="opstab ${lit ? 'lit' : ''}" data-table=${name} aria-label=${`${tab.kind} ${name}`}>
          <caption>${tab.kind} <b>${name}</b></caption>
          <tbody>${tab.members.map((m, i) => {
            const on = c.lit.has(`${name}.${m.member}`);
            return html`<tr class="${on ? 'lit' : ''}" data-member=${m.member}><td class="mem">.${m.member}</td><td>${fnButton(c, m.fn, on, i === 0 ? 0 : -1)}</td></tr>`;
          })}</tbody></table>`;
      })}
    </div>
  </section>`;
}

// ---------------------------------------------------------------- objects

function fieldRow(c: Ctx, o: ObjectSnap, struct: string, k: string, v: Value, changed: Set<string> | null): TemplateResult {
  const ch = changed?.has(`${struct}.${k}`);
  const name = k === 'skc_prot' ? 'skc_prot (sk_prot)' : k;
  return html`<div class="f ${ch ? 'changed' : ''}" data-field=${`${struct}.${k}`}><span class="k">${name}</span><span class="v">${value(c, v)}${ch ? html`<span class="sr">(changed)</span>` : nothing}</span></div>`;
}

function layerFields(c: Ctx, o: ObjectSnap, i: number, all: boolean): TemplateResult[] {
  const l = o.layers[i];
  const changed = changedFields(c.diff, o.id);
  const keys = all ? Object.keys(l.fields) : Object.keys(l.fields).filter((k) => M.KEY_FIELDS[l.struct]?.includes(k) || changed?.has(`${l.struct}.${k}`));
  return keys.filter((k) => k !== 'icsk_accept_queue').map((k) => fieldRow(c, o, l.struct, k, l.fields[k], changed));
}

/** The struct nesting, outermost type outside: tcp_sock { inet_connection_sock { inet_sock { sock { sock_common } } } … }. */
function nested(c: Ctx, o: ObjectSnap, i: number, all: boolean): TemplateResult {
  const l = o.layers[i];
  const q = l.struct === 'inet_connection_sock' ? M.acceptQueue(c.body.snapshot.objects, o.id) : null;
  return html`<div class="layer" data-struct=${l.struct}>
    <div class="lh">struct ${l.struct}${M.CASTS[l.struct] ? html` <span class="cast">${M.CASTS[l.struct]}</span>` : nothing}</div>
    ${i > 0 ? nested(c, o, i - 1, all) : nothing}
    ${layerFields(c, o, i, all)}
    ${q ? acceptBox(c, q) : nothing}
  </div>`;
}

export function card(c: Ctx, id: string, ghost = false): TemplateResult {
  const o = obj(c, id);
  if (!o) return html`<span class="missing">${id}</span>`;
  const m = ghost ? 'removed' : markOf(c, id);
  const all = c.ui.expanded.has(id);
  return html`<div class="card ${m ? `mark-${m}` : ''} ${c.ui.selected === id ? 'selected' : ''}" data-card=${id} data-type=${o.type}>
    <div class="ch">${chip(c, id)} ${markBadge(m)}
      <button class="toggle" data-nav aria-expanded=${all ? 'true' : 'false'} aria-label=${all ? L('key fields only of {0}', id) : L('all fields of {0}', id)}
        @click=${() => c.act.toggle(id)}>${all ? L('key fields') : L('all fields')}</button></div>
    ${nested(c, o, o.layers.length - 1, all)}
  </div>`;
}

/** fd → struct file → struct socket → struct sock; in a long fd table the sock is a chip unless it changed or is opened. */
function fdRow(c: Ctx, e: Entry, key: string, ghost: boolean, compact: boolean, budget: { cards: number }): unknown {
  const objs = ghost && c.prev ? c.prev.objects : c.body.snapshot.objects;
  const ch = M.fdChain(objs, Number(e.label), e.ref);
  const reserved = !ghost && isReserved(c, e);
  const m = ghost ? 'removed' : c.diff.entriesAdded.has(key) ? 'new' : '';
  const file = objs[ch.file];
  const sock = ch.socket ? objs[ch.socket] : undefined;
  const st = sock ? M.field(sock, 'state') : undefined;
  const ty = sock ? M.field(sock, 'type') : undefined;
  const ops = sock ? M.opsName(M.field(sock, 'ops')) : null;
  const asChip = !!ch.sock && compact && !c.ui.expanded.has(ch.sock) && c.ui.selected !== ch.sock && ((!ghost && !m && !objectMark(c.diff, ch.sock)) || budget.cards-- <= 0);
  const draw = () => html`<li class="fdrow ${m ? `mark-${m}` : ''} ${reserved ? 'reserved' : ''}" data-fd=${e.label} data-entry=${key}>
    <div class="chain">
      <span class="fd">fd ${e.label}</span>${markBadge(m)}${reserved ? html` <span class="fd-reserved" title=${L('reserved by get_unused_fd_flags(), not installed yet')}>${L('reserved')}</span>` : nothing} <span class="arrow install">${reserved ? '⇢' : '→'}</span>
      <span class="file ${markOf(c, ch.file) ? `mark-${markOf(c, ch.file)}` : ''}" data-id=${ch.file}>struct file <span class="id">${ch.file}</span> <span class="muted">${M.show(M.field(file, 'f_op'))}</span></span>
      ${ch.socket ? html`<span class="arrow">→</span> <span class="socket ${markOf(c, ch.socket) ? `mark-${markOf(c, ch.socket)}` : ''}" data-id=${ch.socket}>struct socket <span class="id">${ch.socket}</span>
        <span class="kv">${M.show(st)}</span> <span class="kv">${typeof ty === 'number' ? M.SOCK_TYPES[ty] ?? ty : ''}</span>
        ${ops ? html`<span class="kv">ops → <code>${ops}</code></span>` : nothing}
        ${changedFields(c.diff, ch.socket) ? html`<span class="mark mark-changed">~ ${[...changedFields(c.diff, ch.socket)!].map((f) => f.split('.')[1]).join(', ')}</span>` : nothing}</span>` : nothing}
      ${ch.socket && !ch.sock ? html`<span class="arrow">→</span> <span class="muted">sk = NULL</span>` : nothing}
    </div>
    ${ch.sock
      ? asChip
        ? html`<div class="sk">${chip(c, ch.sock)} <button class="toggle" data-nav aria-label=${L('open {0}', ch.sock)} @click=${() => c.act.toggle(ch.sock!)}>${L('open')}</button></div>`
        : html`<div class="sk">${card(c, ch.sock, ghost)}</div>`
      : nothing}
  </li>`;
  // a card shows the objects it points at as well: drawn at every pause
  return ch.sock && !asChip ? draw() : kept(c, !!m, [key, asChip, reserved], [ch.file, ch.socket, ch.sock], draw);
}

type Row = { e: Entry; k: string; ghost: boolean };

/** Is this fd reserved (accept() took the number, fd_install() has not filled it)? */
function isReserved(c: Ctx, e: Entry): boolean {
  const h = c.body.snapshot.hosts.find((x) => x.name === e.host);
  const p = h?.processes.find((x) => `${x.name}[${x.pid}]` === e.group);
  return !!p?.fds.find((f) => String(f.fd) === e.label)?.reserved;
}

/** Rows per table list: a list that did not change since the last pause is the same array, and so are its rows. */
const rowsCache = new WeakMap<Array<[string, Entry]>, Row[]>();

/** The rows of one table (an fd table: one process's) at this pause, plus the rows removed at it (ghosts). Read only. */
function rowsOf(c: Ctx, table: Entry['table'], host: string, group?: string): Row[] {
  const list = tableEntries(c.diff.nextEntries, table, host, group);
  let rows = rowsCache.get(list);
  if (!rows) rowsCache.set(list, (rows = list.map(([k, e]) => ({ e, k, ghost: false }))));
  let ghosts: Row[] | null = null;
  for (const [k, e] of c.diff.entriesRemoved) if (e.table === table && e.host === host && (group === undefined || e.group === group)) (ghosts ??= []).push({ e, k, ghost: true });
  return ghosts ? rows.concat(ghosts) : rows;
}

function paged<T>(c: Ctx, list: string, items: T[], keyOf: (t: T) => string, row: (t: T) => unknown, contains?: (t: T) => boolean, mass = false): TemplateResult {
  // a mass change fixes the list's page for the session (the next pause does not draw the rows it left out)
  if (mass && !c.ui.limits.has(list)) c.ui.limits.set(list, PAGE_MASS);
  let limit = c.ui.limits.get(list) ?? PAGE;
  if (c.ui.selected && contains) {
    const i = items.findIndex(contains);
    if (i >= limit) limit = i + 1;
  }
  const shown = items.length > limit ? items.slice(0, limit) : items;
  return html`${repeat(shown, keyOf, row)}${items.length > limit
    ? html`<li class="more"><button data-nav @click=${() => c.act.more(list, limit + PAGE * 4)}>${L('show {0} more of {1}', Math.min(PAGE * 4, items.length - limit), items.length - limit)}</button></li>`
    : nothing}`;
}

function acceptBox(c: Ctx, q: M.AcceptQueue): TemplateResult {
  const host = obj(c, q.listener)?.host ?? '';
  const rows: Row[] = q.entries.map((r) => {
    const e: Entry = { table: 'accept', host, group: q.listener, label: r.child ?? '', ref: r.req };
    return { e, k: entryKey(e), ghost: false };
  });
  for (const [k, e] of c.diff.entriesRemoved) if (e.table === 'accept' && e.host === host && e.group === q.listener) rows.push({ e, k, ghost: true });
  const full = q.ackBacklog >= q.maxBacklog && q.maxBacklog > 0;
  let marked = 0;
  for (const r of rows) if (r.ghost || c.diff.entriesAdded.has(r.k)) marked++;
  return html`<div class="acceptq" data-listener=${q.listener} aria-label=${L('accept queue of {0}', q.listener)}>
    <div class="aqh">icsk_accept_queue: <span class="qlen" title=${L('half-open request socks (in ehash)')}>${L('qlen {0} half-open', q.qlen)}</span>
      · <span class="backlog ${full ? 'full' : ''}">sk_ack_backlog ${q.ackBacklog} / sk_max_ack_backlog ${q.maxBacklog}</span></div>
    <ul role="list" class="aq">
      ${rows.length === 0 ? html`<li class="empty">${L('empty')}</li>` : nothing}
      ${paged(c, `accept:${q.listener}`, rows, (r) => r.k, (r) => {
        const m = r.ghost ? 'removed' : c.diff.entriesAdded.has(r.k) ? 'new' : '';
        return kept(c, !!m, [r.k], [r.e.ref, r.e.label || null], () => html`<li class="aqe ${m ? `mark-${m}` : ''}" data-entry=${r.k}>${chip(c, r.e.ref)} <span class="arrow">→ sk</span> ${r.e.label ? chip(c, r.e.label) : html`<span class="muted">NULL</span>`} ${markBadge(m)}</li>`);
      }, (r) => r.e.ref === c.ui.selected || r.e.label === c.ui.selected, marked > GROUP_AT)}
    </ul>
  </div>`;
}

// ---------------------------------------------------------------- hash tables

const byStateCache = new WeakMap<Row[], { states: string[]; groups: Map<string, Row[]> }>();

/** A long table's rows by their sock's state (short name), in order; the same groups as last time while no row's state changed. Read only. */
function byState(c: Ctx, rows: Row[]): Map<string, Row[]> {
  const hit = byStateCache.get(rows);
  const states = rows.map((r) => M.sockState(obj(c, r.e.ref)) || '?');
  if (hit && hit.states.every((s, i) => s === states[i])) return hit.groups;
  const groups = new Map<string, Row[]>();
  rows.forEach((r, i) => {
    const s = short(states[i]);
    let g = groups.get(s);
    if (!g) groups.set(s, (g = []));
    g.push(r);
  });
  byStateCache.set(rows, { states, groups });
  return groups;
}

function tableRows(c: Ctx, h: HostSnap, table: Entry['table'], extra?: (e: Entry) => TemplateResult | typeof nothing): TemplateResult {
  const rows = rowsOf(c, table, h.name);
  const row = (r: Row) => {
    const m = r.ghost ? 'removed' : c.diff.entriesAdded.has(r.k) ? 'new' : '';
    const o = obj(c, r.e.ref);
    const kind = table === 'ehash' ? M.ehashKind(o) : '';
    return kept(c, !!m, [r.k, kind], [r.e.ref], () => html`<li class="row ${m ? `mark-${m}` : ''} ${kind ? `kind-${kind}` : ''}" data-entry=${r.k} data-ref=${r.e.ref}>
      <span class="key">${r.e.label}</span> ${chip(c, r.e.ref, kind && kind !== 'full' ? kind : '')} ${markBadge(m)} ${extra ? extra(r.e) : nothing}</li>`);
  };
  const keyOf = (r: Row) => r.k;
  const sel = (r: Row) => r.e.ref === c.ui.selected;
  if (rows.length <= GROUP_AT) {
    return html`<ul role="list" class="rows" data-table=${table}>${rows.length ? paged(c, `${h.name}:${table}`, rows, keyOf, row, sel) : html`<li class="empty">empty</li>`}</ul>`;
  }
  // many rows: grouped by state, each group collapsed unless it holds a change or the selection
  const groups = new Map<string, { rows: Row[]; added: number; removed: number }>();
  for (const [s, g] of byState(c, rows)) {
    let added = 0;
    let removed = 0;
    for (const r of g) {
      if (r.ghost) removed++;
      else if (c.diff.entriesAdded.has(r.k)) added++;
    }
    groups.set(s, { rows: g, added, removed });
  }
  return html`<div class="groups" data-table=${table}>${[...groups].map(([s, { rows: gr, added, removed }]) => {
    let g = gr;
    // opened for a few changes or the selection; a mass change (a session's first pause) stays closed, counted
    const open = g.some(sel) || (added + removed > 0 && added + removed <= 20);
    const key = `${h.name}:${table}:${s}`;
    // once opened for a change it stays open for the session (no flapping), unless the reader closes it
    if (open && !c.ui.open.has(key)) c.ui.open.set(key, true);
    // a big group shows this pause's changes first: a new row deep in it is not paged away
    if (added + removed > 0 && g.length > PAGE) {
      const isMarked = (r: Row) => r.ghost || c.diff.entriesAdded.has(r.k);
      g = [...g].sort((a, b) => Number(isMarked(b)) - Number(isMarked(a)));
    }
    return lazyDetails(c, key, open, 'group',
      html`${s} <span class="count">${g.length}</span>${added ? html` <span class="mark mark-new">+${added} ${L('new')}</span>` : nothing}${removed ? html` <span class="mark mark-removed">−${removed} ${L('removed')}</span>` : nothing}`,
      () => html`<ul role="list" class="rows">${paged(c, key, g, keyOf, row, sel)}</ul>`);
  })}</div>`;
}

function hashTables(c: Ctx, h: HostSnap): TemplateResult {
  const host = h.name;
  const objs = c.body.snapshot.objects;
  const qinfo = (e: Entry) => {
    const q = M.acceptQueue(objs, e.ref);
    return q ? html`<span class="qinfo">qlen ${q.qlen} · backlog ${q.ackBacklog}/${q.maxBacklog}</span>` : nothing;
  };
  return html`<div class="hashes" aria-label=${L('hash tables of {0}', host)}>
    <h4>bhash <span class="muted">${L('(inet_bind_bucket: port → owners)')}</span></h4>${tableRows(c, h, 'bhash')}
    <h4>lhash2 <span class="muted">${L('(listening: addr:port)')}</span></h4>${tableRows(c, h, 'lhash2', qinfo)}
    <h4>ehash <span class="muted">${L('(established: 4-tuple → full, request and timewait socks)')}</span></h4>${tableRows(c, h, 'ehash')}
    ${(h.udp_hash ?? []).some((u) => u.socks.length) || [...c.diff.entriesRemoved.values()].some((e) => e.table === 'udp' && e.host === host) ? html`<h4>udp_table.hash</h4>${tableRows(c, h, 'udp')}` : nothing}
    ${h.iptables ? filterTable(h) : nothing}
    ${neighTable(h)}
    ${routeTable(h)}
  </div>`;
}

/** What each of the host's routes is taken for (ip_route_output_ports, ip_route_input_noref). */
function routeUse(h: HostSnap, name: string): string {
  const own = h.addrs.join(', ');
  if (name === 'rt_output_local') return L('output to {0}', own);
  if (name === 'rt_output_link') return L('output to any other address');
  if (name === 'rt_input_local') return L('input to {0}', own);
  return '';
}

/** The host's routes (struct rtable): what each is for, its type and device, the functions dst_output / dst_input call. */
function routeTable(h: HostSnap): TemplateResult | typeof nothing {
  const rows = h.routes ?? [];
  if (!rows.length) return nothing;
  return html`<h4>${L('routes')} <span class="muted">${L('(struct rtable: where a packet goes, by which device)')}</span></h4>
    <table class="routes" data-testid="routes" aria-label=${L('routes of {0}', h.name)}>
      <tr><th>rtable</th><th>${L('taken for')}</th><th>rt_type</th><th>dev</th><th>${L('gateway')}</th><th>dst.output</th><th>dst.input</th></tr>
      ${rows.map((r) => html`<tr data-route=${r.name}><td>${r.name}</td><td>${routeUse(h, r.name)}</td><td>${r.rt_type}</td><td>${r.dev}</td><td>${r.rt_uses_gateway ? r.rt_gw4 : L('none (on link)')}</td><td>${r.output}</td><td>${r.input}</td></tr>`)}
    </table>`;
}

/** An skb's buffer as offsets from head, and where each layer's header starts (~0: not set). */
function skbTable(s: SkbSnap): TemplateResult {
  const at = (x: number | null) => (x === null ? '~0' : String(x));
  return html`<table class="skb" data-testid="skb" aria-label=${L('buffer of {0}', s.id)}><tbody>
    <tr data-sfield="head"><td>head … end</td><td>${s.head} … ${s.end}</td></tr>
    <tr data-sfield="data"><td>data … tail</td><td>${s.data} … ${s.tail}</td></tr>
    <tr data-sfield="len"><td>len</td><td>${s.len}${s.data_len ? ` (data_len ${s.data_len})` : ''}</td></tr>
    ${s.gso_size ? html`<tr data-sfield="gso"><td>gso_segs × gso_size</td><td>${s.gso_segs} × ${s.gso_size}</td></tr>` : nothing}
    <tr data-sfield="mac_header"><td>mac_header</td><td>${at(s.mac_header)}</td></tr>
    <tr data-sfield="network_header"><td>network_header</td><td>${at(s.network_header)}</td></tr>
    <tr data-sfield="transport_header"><td>transport_header</td><td>${at(s.transport_header)}</td></tr>
  </tbody></table>`;
}

/** The host's iptables filter table: each chain's rules (its policy last) with their packet and byte counters. */
function filterTable(h: HostSnap): TemplateResult {
  return html`<h4>iptables -t filter <span class="muted">${L('(rules per chain: packets, bytes)')}</span></h4>
    <table class="iptables" data-testid="iptables" aria-label=${L('iptables rules of {0}', h.name)}><tbody>
      ${h.iptables!.map((ch) => ch.rules.map((r) => html`<tr data-chain=${ch.chain}><td>${ch.chain}</td><td><code>${r.spec}</code></td><td class="num">${r.pcnt}</td><td class="num">${r.bcnt}</td></tr>`))}
    </tbody></table>`;
}

/** arp_tbl: the host's neighbours as `ip neigh` lists them (lo's entry, which never needs ARP, left out). */
function neighTable(h: HostSnap): TemplateResult | typeof nothing {
  const rows = (h.neigh ?? []).filter((n) => n.dev !== 'lo');
  if (!rows.length) return nothing;
  return html`<h4>arp_tbl <span class="muted">${L('(neighbours: address → link-layer address, NUD state)')}</span></h4>
    <table class="neigh" aria-label=${L('neighbour table of {0}', h.name)}>
      <tr><th>${L('address')}</th><th>dev</th><th>lladdr</th><th>nud_state</th><th>output</th><th>arp_queue</th></tr>
      ${rows.map((n) => html`<tr data-neigh=${n.key}><td>${n.key}</td><td>${n.dev}</td><td>${n.hh_len || n.nud_state !== 'NUD_INCOMPLETE' && n.nud_state !== 'NUD_NONE' ? n.ha : ''}</td><td>${n.nud_state}</td><td>${n.output}</td><td>${n.queued}</td></tr>`)}
    </table>`;
}

// ---------------------------------------------------------------- hosts

function hostView(c: Ctx, h: HostSnap): TemplateResult {
  const objs = c.body.snapshot.objects;
  const unowned = M.worldIndex(c.body.snapshot).unowned.get(h.name) ?? [];
  return html`<section class="host" data-host=${h.name} aria-label=${L('host {0} {1}', h.name, h.addrs.join(' '))}>
    <h2>${h.name} <span class="muted">${h.addrs.join(' ')}</span></h2>
    ${h.processes.map((p) => {
      const group = `${p.name}[${p.pid}]`;
      const rows = rowsOf(c, 'fd', h.name, group);
      const named = Object.entries(p.names);
      const names = named.slice(0, 6).map(([n, fd]) => `${n}=${fd}`).join(' ') + (named.length > 6 ? ` … +${named.length - 6}` : '');
      // a long table opens at most a few changed socks as cards; a mass change (a session's first pause) one
      let marked = 0;
      for (const r of rows) if (r.ghost || c.diff.entriesAdded.has(r.k)) marked++;
      const mass = marked > GROUP_AT;
      const budget = { cards: mass ? 1 : 4 };
      return html`<div class="proc" data-process=${p.name}>
        <h3>${L('process {0}', p.name)} <span class="muted">pid ${p.pid}${names ? ` · ${names}` : ''}</span> — ${L('fd table')}</h3>
        <ul role="list" class="fds" aria-label=${L('fd table of {0}', p.name)}>
          ${rows.length === 0 ? html`<li class="empty">${L('no open files')}</li>` : nothing}
          ${paged(c, `fds:${h.name}:${group}`, rows, (r) => r.k, (r) => fdRow(c, r.e, r.k, r.ghost, rows.length > COMPACT_AT, budget), (r) => {
            const ch = M.fdChain(objs, Number(r.e.label), r.e.ref);
            return ch.sock === c.ui.selected || ch.socket === c.ui.selected || ch.file === c.ui.selected;
          }, mass)}
        </ul>
      </div>`;
    })}
    ${unowned.length ? html`<div class="unowned"><h3>${L('socks no fd reaches')} <span class="muted">${L('(children waiting for accept(), orphans, timewait)')}</span></h3>
      <ul role="list" class="fds">${paged(c, `unowned:${h.name}`, unowned, (id) => id, (id) => (c.ui.expanded.has(id) || unowned.length <= 4 ? html`<li>${card(c, id)}</li>` : kept(c, false, [id], [id], () => html`<li>${chip(c, id)}</li>`)), (id) => id === c.ui.selected, unowned.filter((id) => c.diff.added.has(id)).length > GROUP_AT)}</ul></div>` : nothing}
    ${hashTables(c, h)}
  </section>`;
}

// ---------------------------------------------------------------- the wire

function hdrTable(fields: Record<string, unknown>): TemplateResult {
  return html`<table class="tcphdr"><tbody>${Object.entries(fields).map(([k, v]) => html`<tr class="${k === 'syn' && v ? 'syn-on' : ''}" data-hfield=${k}><td>${k}</td><td>${typeof v === 'object' ? JSON.stringify(v) : String(v)}</td></tr>`)}</tbody></table>`;
}

/** A segment's header from the wire log: one fixed template (12 of them per pause, mostly closed). */
function segHdr(s: M.Segment, b: Record<string, 0 | 1>): TemplateResult {
  const bit = (k: string) => html`<tr class=${k === 'syn' && b.syn ? 'syn-on' : ''} data-hfield=${k}><td>${k}</td><td>${b[k]}</td></tr>`;
  return html`<table class="tcphdr"><tbody><tr data-hfield="source"><td>source</td><td>${s.sport}</td></tr><tr data-hfield="dest"><td>dest</td><td>${s.dport}</td></tr><tr data-hfield="seq"><td>seq</td><td>${s.seq}</td></tr><tr data-hfield="ack_seq"><td>ack_seq</td><td>${s.ack}</td></tr>${M.FLAG_NAMES.map(bit)}<tr data-hfield="window"><td>window</td><td>${s.win}</td></tr></tbody></table>`;
}

function wire(c: Ctx): TemplateResult {
  const snap = c.body.snapshot;
  const { lanes, segs, total } = M.segments(snap, SEQ_MAX);
  const flying = new Map(snap.packets.map((p) => [p.id, p]));
  const W = 640;
  const top = 34;
  const rowH = 30;
  const H = top + Math.max(1, segs.length) * rowH + 16;
  const x = (name: string | null) => {
    const i = name ? lanes.indexOf(name) : -1;
    if (i < 0) return W / 2;
    return lanes.length === 1 ? W / 2 : 90 + (i * (W - 180)) / (lanes.length - 1);
  };
  const arrow = (s: M.Segment, i: number) => {
    const y = top + i * rowH;
    const x1 = x(s.from);
    const x2 = s.dropped ? (x1 + x(s.to)) / 2 : x(s.to);
    const isNew = !c.diff.first && s.n >= c.diff.wireFrom;
    const label = s.arp ? s.arp.text : M.segLabel(s);
    return svg`<g class="seg ${isNew ? 'new' : ''} ${s.inFlight ? 'flying' : ''} ${s.dropped ? 'dropped' : ''}" data-skb=${s.skb}>
      <text class="tm" x="4" y=${y + 14}>${M.showTime(s.t)}</text>
      <line x1=${x1} y1=${y} x2=${x2} y2=${y + rowH - 6} marker-end=${s.dropped ? '' : 'url(#arr)'}></line>
      ${s.dropped ? svg`<text class="drop" x=${x2 - 5} y=${y + rowH - 2}>✕</text>` : nothing}
      <text class="lbl" x=${(x1 + x2) / 2} y=${y + 6} text-anchor="middle">${label}${s.inFlight ? ` ${L('(in flight)')}` : ''}</text>
    </g>`;
  };
  return html`<section class="wire" aria-label=${L('the wire')}>
    <h3>${L('Packets in flight')}</h3>
    <ul role="list" class="packets">
      ${snap.packets.length === 0 ? html`<li class="empty">${L('none')}</li>` : nothing}
      ${snap.packets.map((p) => {
        const m = c.diff.entriesAdded.has(entryKey({ table: 'packet', host: p.from, group: p.to, label: p.flags, ref: p.id })) ? 'new' : '';
        return html`<li class="pkt ${m ? `mark-${m}` : ''}" data-skb=${p.id}>${lazyDetails(c, `pkt:${p.id}`, true, '',
          html`${p.id} ${p.from} → ${p.to}: ${p.saddr}:${p.sport} → ${p.daddr}:${p.dport} [${p.flags}] seq ${p.seq} ack ${p.ack} len ${p.len}, ${L('arrives {0}', M.showTime(p.arriveAt))} ${markBadge(m)}`,
          () => html`${p.iphdr ? hdrTable({ ...p.iphdr, ...(p.udphdr ?? {}) }) : p.udphdr ? hdrTable(p.udphdr) : p.icmphdr ? hdrTable(p.icmphdr) : hdrTable(p.tcphdr)}${p.skb ? skbTable(p.skb) : nothing}`)}</li>`;
      })}
    </ul>
    <h3>${L('Segments so far')} <span class="muted">${total > segs.length ? L('(last {0} of {1})', segs.length, total) : `(${total})`}</span></h3>
    <svg class="seqdiag" viewBox=${`0 0 ${W} ${H}`} width=${W} height=${H} role="img" aria-label=${L('sequence diagram, {0} segments', total)}>
      <defs><marker id="arr" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z"></path></marker></defs>
      ${lanes.map((l) => svg`<g class="lane"><text x=${x(l)} y="14" text-anchor="middle">${l}</text><line x1=${x(l)} y1="20" x2=${x(l)} y2=${H - 4}></line></g>`)}
      ${segs.map(arrow)}
    </svg>
    <ul role="list" class="seglist" aria-label=${L('segment headers')}>
      ${segs.slice(-12).map((s) => {
        const p = flying.get(s.skb);
        const bits = M.flagBits(s.flags);
        // the header is built only once the reader opens it (a dozen closed tables were most of the wire's DOM)
        return html`<li data-skb=${s.skb}>${lazyDetails(c, `seg:${s.n}`, false, '',
          s.arp ? html`#${s.n + 1} ${s.from} → ${s.to ?? '?'} ${s.arp.text}` : html`#${s.n + 1} ${s.from} → ${s.to ?? '?'} ${s.frag ? M.segLabel(s) : `[${s.flags}] seq ${s.seq}${s.ack ? ` ack ${s.ack}` : ''} len ${s.len}`}${bits.syn ? ' · syn=1' : ''}`,
          () => (s.arp ? hdrTable(s.arp.hdr) : p?.tcphdr && Object.keys(p.tcphdr).length ? hdrTable(p.tcphdr) : segHdr(s, bits)))}</li>`;
      })}
    </ul>
  </section>`;
}

/** The wire draws the same while no segment was sent, no packet came or went, and none is new. */
function wireKept(c: Ctx): unknown {
  const snap = c.body.snapshot;
  const pk = snap.packets.map((p) => `${p.id}@${p.arriveAt}`).join();
  const fresh = c.diff.first || snap.packets.some((p) => c.diff.entriesAdded.has(entryKey({ table: 'packet', host: p.from, group: p.to, label: p.flags, ref: p.id })));
  return guard([c.rev, fresh ? c.diff : null, snap.history?.wireTotal, c.diff.wireFrom, pk, snap.hosts.length], () => wire(c));
}

// ---------------------------------------------------------------- the TCP state diagram

const NODES: Record<string, [number, number]> = {
  TCP_CLOSE: [320, 24],
  TCP_LISTEN: [320, 90],
  TCP_NEW_SYN_RECV: [110, 90],
  TCP_SYN_RECV: [110, 160],
  TCP_SYN_SENT: [530, 160],
  TCP_ESTABLISHED: [320, 230],
  TCP_FIN_WAIT1: [110, 300],
  TCP_CLOSE_WAIT: [530, 300],
  TCP_FIN_WAIT2: [110, 370],
  TCP_CLOSING: [320, 320],
  TCP_LAST_ACK: [530, 370],
  TCP_TIME_WAIT: [320, 390],
};
const EDGES: Array<[string, string]> = [
  ['TCP_CLOSE', 'TCP_LISTEN'], ['TCP_CLOSE', 'TCP_SYN_SENT'], ['TCP_LISTEN', 'TCP_SYN_RECV'], ['TCP_LISTEN', 'TCP_SYN_SENT'],
  ['TCP_SYN_SENT', 'TCP_SYN_RECV'], ['TCP_SYN_RECV', 'TCP_ESTABLISHED'], ['TCP_SYN_SENT', 'TCP_ESTABLISHED'], ['TCP_SYN_RECV', 'TCP_FIN_WAIT1'],
  ['TCP_ESTABLISHED', 'TCP_FIN_WAIT1'], ['TCP_ESTABLISHED', 'TCP_CLOSE_WAIT'], ['TCP_FIN_WAIT1', 'TCP_FIN_WAIT2'], ['TCP_FIN_WAIT1', 'TCP_CLOSING'],
  ['TCP_CLOSING', 'TCP_TIME_WAIT'], ['TCP_FIN_WAIT2', 'TCP_TIME_WAIT'], ['TCP_CLOSE_WAIT', 'TCP_LAST_ACK'], ['TCP_LAST_ACK', 'TCP_CLOSE'],
  ['TCP_TIME_WAIT', 'TCP_CLOSE'], ['TCP_LISTEN', 'TCP_CLOSE'], ['TCP_SYN_SENT', 'TCP_CLOSE'],
];

/**
 * Transitions into CLOSE from below LISTEN run along the picture's edge instead of across it: out of
 * the box sideways (TIME_WAIT: downwards, then along the bottom), up a lane of their own, into CLOSE's
 * side. The lowest state takes the outermost lane and the highest entry, so the lanes never cross.
 */
const LANES: Record<string, { side: -1 | 1; rank: number }> = {
  TCP_FIN_WAIT2: { side: -1, rank: 0 }, TCP_FIN_WAIT1: { side: -1, rank: 1 }, TCP_SYN_RECV: { side: -1, rank: 2 }, TCP_NEW_SYN_RECV: { side: -1, rank: 3 },
  TCP_TIME_WAIT: { side: 1, rank: 0 }, TCP_LAST_ACK: { side: 1, rank: 1 }, TCP_CLOSING: { side: 1, rank: 2 }, TCP_CLOSE_WAIT: { side: 1, rank: 3 },
  TCP_ESTABLISHED: { side: 1, rank: 4 }, TCP_SYN_SENT: { side: 1, rank: 5 },
};

/** The routed path of a long transition into CLOSE, and where its count goes; null for the others. */
function laneRoute(a: string, b: string, W: number, H: number): { d: string; lx: number; ly: number; anchor: string } | null {
  const lane = b === 'TCP_CLOSE' ? LANES[a] : undefined;
  const from = NODES[a];
  const to = NODES[b];
  if (!lane || !from || !to) return null;
  const [x1, y1] = from;
  const [x2, y2] = to;
  const lx = lane.side < 0 ? 12 + 7 * lane.rank : W - 12 - 6 * lane.rank;
  const ty = lane.side < 0 ? y2 - 8 + 5 * lane.rank : y2 - 2 + 3 * lane.rank;
  const ex = x2 + lane.side * 60;
  // CLOSING's row runs just under CLOSE_WAIT's box: it steps down into the gap above LAST_ACK first
  const gy = a === 'TCP_CLOSING' ? y1 + 15 : y1;
  const sx = x1 + lane.side * 58;
  const start = a === 'TCP_TIME_WAIT' ? `M${x1},${y1 + 14} L${x1},${H - 6} L${lx},${H - 6}` : `M${sx},${y1}${gy !== y1 ? ` L${sx + lane.side * 20},${gy}` : ''} L${lx},${gy}`;
  return { d: `${start} L${lx},${ty} L${ex},${ty}`, lx: lx - lane.side * 3, ly: (gy + ty) / 2, anchor: lane.side < 0 ? 'start' : 'end' };
}

function states(c: Ctx): TemplateResult {
  const snap = c.body.snapshot;
  const { byState: by, byAddr } = M.worldIndex(snap);
  const taken = M.transitions(snap, byAddr);
  const socks = [...by.values()].reduce((n, l) => n + l.length, 0);
  // every sock's trail is listed only in a small world; a big one needs the selected sock's
  const trails = socks <= 30 || c.ui.selected ? M.trails(snap, byAddr) : new Map<string, string[]>();
  const sel = c.ui.selected;
  const W = 640;
  const H = 420;
  const edge = (a: string, b: string, cls: string, n = 0) => {
    const r = laneRoute(a, b, W, H);
    if (r) {
      return svg`<path class="edge routed ${cls}" data-edge=${`${a}>${b}`} d=${r.d} marker-end="url(#sarr)"></path>${n ? svg`<text class="ecount" x=${r.lx} y=${r.ly} text-anchor=${r.anchor}>${n}</text>` : nothing}`;
    }
    const [x1, y1] = NODES[a] ?? [20, 20];
    const [x2, y2] = NODES[b] ?? [20, 20];
    // stop short of the boxes; bend reverse edges a little so both directions show
    const dx = x2 - x1, dy = y2 - y1;
    const len = Math.hypot(dx, dy) || 1;
    const ux = dx / len, uy = dy / len;
    const sx = x1 + ux * 26, sy = y1 + uy * 16, ex = x2 - ux * 30, ey = y2 - uy * 18;
    const mx = (sx + ex) / 2 - uy * 12, my = (sy + ey) / 2 + ux * 12;
    return svg`<path class="edge ${cls}" data-edge=${`${a}>${b}`} d=${`M${sx},${sy} Q${mx},${my} ${ex},${ey}`} marker-end="url(#sarr)"></path>${n ? svg`<text class="ecount" x=${mx} y=${my}>${n}</text>` : nothing}`;
  };
  const selTrail = sel ? trails.get(sel) : undefined;
  const inTrail = (a: string, b: string) => !!selTrail && selTrail.some((s, i) => i > 0 && selTrail[i - 1] === a && s === b);
  return html`<section class="states" aria-label=${L('TCP state diagram')}>
    <svg class="statediag" viewBox=${`0 0 ${W} ${H}`} width=${W} height=${H} role="img" aria-label=${`TCP states: ${[...by].map(([s, l]) => `${short(s)} ${l.length}`).join(', ') || L('no sockets')}`}>
      <defs><marker id="sarr" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="6" markerHeight="6" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z"></path></marker></defs>
      ${EDGES.map(([a, b]) => edge(a, b, 'base'))}
      ${taken.map((t) => edge(t.from, t.to, `taken ${!c.diff.first && t.last >= c.diff.eventsFrom ? 'new' : ''} ${inTrail(t.from, t.to) ? 'trail' : ''}`, t.count))}
      ${Object.entries(NODES).map(([s, [x, y]]) => {
        const n = by.get(s)?.length ?? 0;
        const mine = sel && by.get(s)?.includes(sel);
        return svg`<g class="node ${n ? 'occupied' : ''} ${mine ? 'selected' : ''}" data-state=${s}>
          <rect x=${x - 58} y=${y - 14} width="116" height="28" rx="6"></rect>
          <text x=${x} y=${y + 5} text-anchor="middle">${short(s)}</text>
          ${n ? svg`<circle cx=${x + 58} cy=${y - 14} r="10"></circle><text class="cnt" x=${x + 58} y=${y - 10} text-anchor="middle">${n}</text>` : nothing}
        </g>`;
      })}
    </svg>
    ${socks <= 30
      ? html`<ul role="list" class="trails">${[...by].flatMap(([, ids]) => ids).sort(M.byIdNum).map((id) => html`<li>${chip(c, id)} <span class="muted">${(trails.get(id) ?? []).map(short).join(' → ')}</span></li>`)}</ul>`
      : html`<p class="muted">${L('{0} socks:', socks)} ${[...by].map(([s, l]) => `${short(s)} ${l.length}`).join(' · ')}</p>`}
  </section>`;
}

// ---------------------------------------------------------------- the page

export function page(c: Ctx): TemplateResult {
  return html`${header(c)}${details(c)}`;
}

/** The Details tab: the tables of every object, hash table, queue, the wire and the TCP states. */
export function details(c: Ctx): TemplateResult {
  return html`<main class="grid">
    <vscode-collapsible heading=${L('socket() lookup and the two-layer dispatch')} open>${guard([c.rev, c.diff.first ? c.diff : null, [...c.lit].join(), JSON.stringify(M.socketLookup(c.body)), c.body.tables.net_families.filter((f) => c.active.has(f.create)).length], () => kernelTables(c))}</vscode-collapsible>
    <vscode-collapsible heading=${L('Hosts: fd → file → socket → sock, hash tables, accept queues')} open>
      <div class="hosts">${c.body.snapshot.hosts.map((h) => hostView(c, h))}</div>
    </vscode-collapsible>
    <vscode-collapsible heading=${L('The wire')} open>${wireKept(c)}</vscode-collapsible>
    <vscode-collapsible heading=${L('TCP states')} open>${states(c)}</vscode-collapsible>
  </main>`;
}

export function placeholder(text: string): TemplateResult {
  return html`<div class="placeholder" role="status">${text}</div>`;
}
