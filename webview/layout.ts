// Where the picture's boxes go: each host's boxes are laid out by dagre (a layered, Sugiyama-style
// layout: pointers point down, fd → file → socket → sock → queue → child) in a column of its own; the
// ops tables the current call went through sit in a column on the left, each in a fixed slot. Positions stay
// put from pause to pause: a host's layout is reused while its boxes and arrows are the same, dagre
// keeps its graph (and so its order of boxes) across pauses, ranks go from the top down (a box that
// appears below moves nothing above it), and after a new layout the column is shifted by the median
// move of the boxes it shares with the last one; columns and the ops tables' slots only ever grow, so
// one host's change never moves another host up or left.

import dagre, { type Graph } from '@dagrejs/dagre';
import type { Picture, PicEdge, PicNode } from '../src/views/picture';

export interface Pt {
  x: number;
  y: number;
}
export interface Placed {
  /** Top-left corner, world coordinates. */
  x: number;
  y: number;
  w: number;
  h: number;
}
export interface Routed {
  edge: PicEdge;
  points: Pt[];
}
export interface Layout {
  boxes: Map<string, Placed>;
  edges: Routed[];
  /** Each host column's frame (its title sits at the top). */
  columns: Array<{ host: string; x: number; y: number; w: number; h: number }>;
  width: number;
  height: number;
  /** How long dagre took at this pause (0: reused). */
  ms: number;
}

const GAP = 48;
const OPS_W = 214;
const TITLE = 34;
/** Between the device layer's row and the sockets' boxes under it. */
const STRIP_GAP = 30;
const OPS_ORDER = ['lookup', 'ops:inet_stream_ops', 'ops:inet_dgram_ops', 'ops:tcp_prot', 'ops:udp_prot', 'ops:ipv4_specific'];

interface HostState {
  key: string;
  g: Graph;
  boxes: Map<string, Placed>;
  /** Each box's rank (row) in that layout. */
  ranks: Map<string, number>;
  edges: Routed[];
  w: number;
  h: number;
}

/** The layout memory of one session: call `place` at every pause; `reset` for a new session. */
export class Layouter {
  private hosts = new Map<string, HostState>();
  private colW = new Map<string, number>();
  private opsH = new Map<string, number>();
  private opsSlots: string[] = [];
  private opsPlaced = false;
  /** Each host column's left edge: columns only ever move right (when one to their left grew). */
  private colX = new Map<string, number>();
  /** Each host's device-layer row's height (only ever grows). */
  private stripH = new Map<string, number>();

  reset(): void {
    this.stripH.clear();
    this.hosts.clear();
    this.colW.clear();
    this.opsH.clear();
    this.opsSlots = [];
    this.opsPlaced = false;
    this.colX.clear();
  }

  place(pic: Picture): Layout {
    const t0 = performance.now();
    let laid = false;
    const boxes = new Map<string, Placed>();
    const edges: Routed[] = [];
    // the ops tables: a column on the left, a slot per table in the order they first came (the
    // first ones in the lesson's order); a slot keeps the tallest height it had, so slots never move up
    // (the socket() lookup, while socket() runs, first)
    for (const n of pic.kernel) if (!this.opsSlots.includes(n.id)) this.opsSlots.push(n.id);
    if (!this.opsPlaced && this.opsSlots.length) {
      this.opsSlots.sort((a, b) => rankOf(a) - rankOf(b));
      this.opsPlaced = true;
    }
    for (const n of pic.kernel) this.opsH.set(n.id, Math.max(this.opsH.get(n.id) ?? 0, n.h));
    let oy = TITLE;
    for (const id of this.opsSlots) {
      const n = pic.kernel.find((k) => k.id === id);
      if (n) boxes.set(id, { x: 0, y: oy, w: n.w, h: n.h });
      oy += (this.opsH.get(id) ?? 0) + 16;
    }
    const top = 0;
    const columns: Layout['columns'] = [];
    // (the ops tables' column is kept from the start once a host has its device row: that row is drawn
    // from the first pause, and the column coming at the first socket() would push it right)
    let x = this.opsSlots.length || pic.hosts.some((h) => h.nodes.some((n) => n.strip)) ? OPS_W + GAP : 0;
    for (const h of pic.hosts) {
      // the device layer's boxes (softnet_data, the devices, queued skbs) go in a row of their own at the
      // column's top, out of dagre's graph: packets queueing and leaving move none of the sockets' boxes
      const stripIds = new Set<string>();
      for (const n of h.nodes) if (n.strip) stripIds.add(n.id);
      const nodes = stripIds.size ? h.nodes.filter((n) => !stripIds.has(n.id)) : h.nodes;
      const hEdges = stripIds.size ? h.edges.filter((e) => !stripIds.has(e.from) && !stripIds.has(e.to)) : h.edges;
      const key = keyOf(nodes, hEdges);
      let st = this.hosts.get(h.name);
      if (!st || st.key !== key) {
        st = this.layoutHost(h.name, nodes, hEdges, key, st);
        laid = true;
      }
      const strip = this.strip(h.name, h.nodes.filter((n) => stripIds.has(n.id)), h.edges.filter((e) => stripIds.has(e.from) && stripIds.has(e.to)));
      const below = strip.h ? strip.h + STRIP_GAP : 0;
      const cw = Math.max(st.w, strip.w);
      // a column keeps room to grow (a fifth and a box more than it ever needed), so a host whose picture grows
      // does not push the next column at once
      const had = this.colW.get(h.name) ?? 0;
      if (cw > had) this.colW.set(h.name, Math.max(260, Math.ceil(cw * 1.2 + 290)));
      const w = this.colW.get(h.name) ?? 260;
      x = Math.max(x, this.colX.get(h.name) ?? 0);
      this.colX.set(h.name, x);
      for (const [id, p] of strip.boxes) boxes.set(id, { ...p, x: p.x + x, y: p.y + top + TITLE });
      for (const r of strip.edges) edges.push({ edge: r.edge, points: r.points.map((p) => ({ x: p.x + x, y: p.y + top + TITLE })) });
      for (const [id, p] of st.boxes) boxes.set(id, { ...p, x: p.x + x, y: p.y + top + TITLE + below });
      for (const r of st.edges) edges.push({ edge: r.edge, points: r.points.map((p) => ({ x: p.x + x, y: p.y + top + TITLE + below })) });
      columns.push({ host: h.name, x, y: top, w: cw, h: st.h + below + TITLE });
      x += w + GAP;
    }
    // arrows from a host's objects to the ops tables: from the box's left side to the table's right side
    for (const e of pic.cross) {
      const a = boxes.get(e.from);
      const b = boxes.get(e.to);
      if (!a || !b) continue;
      edges.push({ edge: e, points: [{ x: a.x, y: a.y + 11 }, { x: b.x + b.w, y: b.y + 11 }] });
    }
    const width = Math.max(x - GAP, this.opsSlots.length ? OPS_W : 0);
    const height = Math.max(oy, ...columns.map((c) => c.y + c.h));
    return { boxes, edges, columns, width: Math.max(width, 1), height: Math.max(height, 1), ms: laid ? performance.now() - t0 : 0 };
  }

  /**
   * A host's device-layer row: its boxes left to right in the model's order (each queue's skbs right
   * after their queue's box), arrows from side to side. Its height is the tallest it ever was, so the
   * boxes under it never move up or down when a taller box comes and goes.
   */
  private strip(host: string, nodes: PicNode[], edges: PicEdge[]): { boxes: Map<string, Placed>; edges: Routed[]; w: number; h: number } {
    const boxes = new Map<string, Placed>();
    let x = 4;
    let h = 0;
    for (const n of nodes) {
      boxes.set(n.id, { x, y: 4, w: n.w, h: n.h });
      x += n.w + 22;
      h = Math.max(h, n.h + 4);
    }
    h = Math.max(h, this.stripH.get(host) ?? 0);
    if (h) this.stripH.set(host, h);
    const routed = edges.map((e) => ({ edge: e, points: link(boxes.get(e.from)!, boxes.get(e.to)!) }));
    return { boxes, edges: routed, w: nodes.length ? x - 22 : 0, h };
  }

  private layoutHost(host: string, nodes: PicNode[], edges: PicEdge[], key: string, old: HostState | undefined): HostState {
    // dagre keeps what it learnt about the order of boxes on the graph object: reuse it, edited
    const g: Graph = old?.g ?? new dagre.graphlib.Graph({ multigraph: true });
    g.setGraph({ rankdir: 'TB', nodesep: 22, ranksep: 34, edgesep: 12, marginx: 4, marginy: 4, ranker: topDown, align: 'UL', rankalign: 'top' });
    g.setDefaultEdgeLabel(() => ({}));
    const want = new Set(nodes.map((n) => n.id));
    for (const id of g.nodes()) if (!want.has(id)) g.removeNode(id);
    for (const e of g.edges()) g.removeEdge(e);
    for (const n of nodes) g.setNode(n.id, { width: n.w, height: n.h });
    for (const e of edges) {
      const [v, w] = e.reversed ? [e.to, e.from] : [e.from, e.to];
      g.setEdge(v, w, { weight: e.kind === 'ptr' ? 4 : e.kind === 'queue' ? 3 : 1, minlen: 1 }, e.id);
    }
    const ranks = ranksOf(g);
    // a few new boxes under boxes that stay: placed by hand under their parents, without a new layout
    const inc = old && this.incremental(host, nodes, edges, key, old, g, ranks);
    if (inc) return inc;
    // the order within each rank is the last layout's: its boxes keep their order, new ones go after them
    const constraints: Array<{ left: string; right: string }> = [];
    // (not when a box changed rows: then the column is laid out afresh, free to uncross its arrows)
    const moving = !!old && nodes.some((n) => old.boxes.has(n.id) && old.ranks.get(n.id) !== ranks.get(n.id));
    if (old && !moving) {
      const byRank = new Map<number, { old: string[]; fresh: string[] }>();
      for (const n of nodes) {
        const r = ranks.get(n.id) ?? 0;
        const e = byRank.get(r) ?? byRank.set(r, { old: [], fresh: [] }).get(r)!;
        (old.boxes.has(n.id) ? e.old : e.fresh).push(n.id);
      }
      for (const { old: o, fresh } of byRank.values()) {
        o.sort((a, b) => old.boxes.get(a)!.x - old.boxes.get(b)!.x);
        for (let i = 1; i < o.length; i++) constraints.push({ left: o[i - 1], right: o[i] });
        const lastOld = o[o.length - 1];
        if (lastOld) for (const f of fresh) constraints.push({ left: lastOld, right: f });
      }
    }
    const boxes = run(g, nodes, constraints.length ? constraints : undefined);
    // keep the boxes both layouts have where they were: shift the column by the median move (most
    // boxes keep their place; a few that the new layout moved do not drag the rest)
    const shift = old ? shiftOf(boxes, old.boxes) : null;
    const d = shift ?? { dx: 0, dy: 0 };
    const atDagre = new Map<string, Placed>();
    for (const [id, p] of boxes) {
      p.x += d.dx;
      p.y += d.dy;
      atDagre.set(id, { ...p });
    }
    // boxes the last layout had stay exactly where they were, unless something now points at them
    // from another row (a sock created alone, now under its fd or in a queue, goes there); new ones
    // take dagre's place, moved down past any box they would cover
    // (a box that grew or shrank, expanded by the reader, gets a fresh layout of its column instead)
    const resized = !!old && nodes.some((n) => {
      const q = old.boxes.get(n.id);
      return !!q && (q.w !== n.w || q.h !== n.h);
    });
    // (and when something now points at a box from another row, the column is laid out afresh too:
    // the arrows of a fresh layout go around boxes, pinned boxes' arrows would cross them)
    const reranked = !!old && nodes.some((n) => old.boxes.has(n.id) && old.ranks.get(n.id) !== ranks.get(n.id));
    if (old && !resized && !reranked) {
      const placed = new Set<Placed>();
      for (const n of nodes) {
        const q = old.boxes.get(n.id);
        if (q && q.w === n.w && q.h === n.h) {
          const p = { ...q };
          boxes.set(n.id, p);
          placed.add(p);
        }
      }
      for (const n of nodes) {
        const p = boxes.get(n.id)!;
        if (placed.has(p)) continue;
        p.x = Math.max(0, p.x);
        p.y = Math.max(0, p.y);
        for (let k = 0; k < 500; k++) {
          let hit: Placed | undefined;
          for (const o of placed) if (p.x < o.x + o.w + 12 && o.x < p.x + p.w + 12 && p.y < o.y + o.h + 12 && o.y < p.y + p.h + 12) hit = o;
          if (!hit) break;
          p.y = hit.y + hit.h + 16;
        }
        placed.add(p);
      }
    }
    const moved = (id: string) => {
      const p = boxes.get(id)!;
      const q = atDagre.get(id)!;
      return Math.abs(p.x - q.x) > 0.5 || Math.abs(p.y - q.y) > 0.5;
    };
    const routed: Routed[] = [];
    for (const e of edges) {
      const [v, w] = e.reversed ? [e.to, e.from] : [e.from, e.to];
      if (moved(e.from) || moved(e.to)) {
        // an end kept its old place: dagre's route does not reach it
        routed.push({ edge: e, points: link(boxes.get(e.from)!, boxes.get(e.to)!) });
        continue;
      }
      const de = g.edge(v, w, e.id) as { points?: Pt[] } | undefined;
      let pts = (de?.points ?? []).map((p) => ({ x: p.x + d.dx, y: p.y + d.dy }));
      if (e.reversed) pts = pts.reverse();
      routed.push({ edge: e, points: pts });
    }
    return this.keep(host, { key, g, boxes, ranks, edges: routed });
  }

  /** A host's laid-out state, its size the boxes' extent, kept for the next pause. */
  private keep(host: string, st: Omit<HostState, 'w' | 'h'>): HostState {
    let w = 0;
    let h = 0;
    for (const p of st.boxes.values()) {
      w = Math.max(w, p.x + p.w);
      h = Math.max(h, p.y + p.h);
    }
    const full: HostState = { ...st, w, h };
    this.hosts.set(host, full);
    return full;
  }

  /**
   * The pause added a few boxes (at most a quarter, and no box moved to another row): the others stay
   * exactly where they are, each new box goes under its first parent (or below everything), moved
   * right past any box it would cover; arrows between boxes that stayed keep their routes. dagre is
   * not run (a layout costs ~20 ms at 50 boxes; this, well under 1 ms), so big worlds stay fast.
   */
  private incremental(host: string, nodes: PicNode[], edges: PicEdge[], key: string, old: HostState, g: Graph, ranks: Map<string, number>): HostState | null {
    const fresh = nodes.filter((n) => !old.boxes.has(n.id));
    if (fresh.length > Math.max(3, nodes.length / 4)) return null;
    for (const n of nodes) {
      const q = old.boxes.get(n.id);
      if (q && (q.w !== n.w || q.h !== n.h || old.ranks.get(n.id) !== ranks.get(n.id))) return null;
    }
    const boxes = new Map<string, Placed>();
    const placed: Placed[] = [];
    for (const n of nodes) {
      const q = old.boxes.get(n.id);
      if (q) {
        const p = { ...q };
        boxes.set(n.id, p);
        placed.push(p);
      }
    }
    let bottom = 0;
    for (const p of placed) bottom = Math.max(bottom, p.y + p.h);
    for (const n of fresh) {
      const parent = (g.predecessors(n.id) ?? []).map((v) => boxes.get(v)).find((b) => !!b);
      const p: Placed = parent ? { x: Math.max(0, parent.x + (parent.w - n.w) / 2), y: parent.y + parent.h + 34, w: n.w, h: n.h } : { x: 0, y: bottom + 34, w: n.w, h: n.h };
      for (let k = 0; k < 500; k++) {
        let hit: Placed | undefined;
        for (const o of placed) if (p.x < o.x + o.w + 12 && o.x < p.x + p.w + 12 && p.y < o.y + o.h + 12 && o.y < p.y + p.h + 12) hit = o;
        if (!hit) break;
        p.x = hit.x + hit.w + 22;
      }
      boxes.set(n.id, p);
      placed.push(p);
    }
    const oldRoutes = new Map(old.edges.map((r) => [r.edge.id, r.points]));
    const routed: Routed[] = edges.map((e) => {
      const keep = old.boxes.has(e.from) && old.boxes.has(e.to) ? oldRoutes.get(e.id) : undefined;
      return { edge: e, points: keep ?? link(boxes.get(e.from)!, boxes.get(e.to)!) };
    });
    return this.keep(host, { key, g, boxes, ranks, edges: routed });
  }
}

/**
 * Ranks from the top down: a box's rank is its longest path from a box nothing points at, so boxes
 * that appear below (a request sock, a queue, a child) never move the ones above, as dagre's default
 * (network simplex) would.
 */
function topDown(g: Graph): void {
  for (const [v, r] of ranksOf(g)) (g.node(v) as { rank?: number }).rank = r;
}

function ranksOf(g: Graph): Map<string, number> {
  const rank = new Map<string, number>();
  const visit = (v: string, depth: number): number => {
    const r = rank.get(v);
    if (r !== undefined) return r;
    if (depth > 10_000) return 0;
    let best = 0;
    for (const e of g.inEdges(v) ?? []) {
      const lbl = g.edge(e) as { minlen?: number };
      best = Math.max(best, visit(e.v, depth + 1) + (lbl.minlen ?? 1));
    }
    rank.set(v, best);
    return best;
  };
  for (const v of g.nodes()) visit(v, 0);
  return rank;
}

function run(g: Graph, nodes: PicNode[], constraints?: Array<{ left: string; right: string }>): Map<string, Placed> {
  dagre.layout(g, constraints ? { constraints } : undefined);
  if (nodes.some((n) => !Number.isFinite((g.node(n.id) as { x: number }).x))) {
    // (dagre's one-alignment placement gives a lone box no x: the balanced one does)
    g.setGraph({ ...(g.graph() as object), align: undefined });
    dagre.layout(g, constraints ? { constraints } : undefined);
  }
  const boxes = new Map<string, Placed>();
  for (const n of nodes) {
    const d = g.node(n.id) as { x: number; y: number };
    boxes.set(n.id, { x: d.x - n.w / 2, y: d.y - n.h / 2, w: n.w, h: n.h });
  }
  return boxes;
}

/** The move that keeps the shared boxes where they were (their median move), kept inside the column: `clamped` when that pushed it. */
function shiftOf(boxes: Map<string, Placed>, old: Map<string, Placed>): { dx: number; dy: number; clamped: boolean } | null {
  const dxs: number[] = [];
  const dys: number[] = [];
  for (const [id, p] of boxes) {
    const q = old.get(id);
    if (!q) continue;
    dxs.push(q.x - p.x);
    dys.push(q.y - p.y);
  }
  if (!dxs.length) return null;
  let dx = median(dxs);
  let dy = median(dys);
  let minX = Infinity;
  let minY = Infinity;
  for (const p of boxes.values()) {
    minX = Math.min(minX, p.x + dx);
    minY = Math.min(minY, p.y + dy);
  }
  const clamped = minX < -0.5 || minY < -0.5;
  dx -= Math.min(0, minX);
  dy -= Math.min(0, minY);
  return { dx, dy, clamped };
}

/** An arrow between two boxes where no layout routed it: from the side of one facing the other. */
function link(a: Placed, b: Placed): Pt[] {
  const acx = a.x + a.w / 2;
  const bcx = b.x + b.w / 2;
  if (b.y >= a.y + a.h) return [{ x: acx, y: a.y + a.h }, { x: bcx, y: b.y }];
  if (a.y >= b.y + b.h) return [{ x: acx, y: a.y }, { x: bcx, y: b.y + b.h }];
  return acx < bcx ? [{ x: a.x + a.w, y: a.y + 11 }, { x: b.x, y: b.y + 11 }] : [{ x: a.x, y: a.y + 11 }, { x: b.x + b.w, y: b.y + 11 }];
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor((s.length - 1) / 2)];
}

function rankOf(name: string): number {
  const i = OPS_ORDER.indexOf(name);
  return i < 0 ? OPS_ORDER.length : i;
}

/** What a host's layout depends on: its boxes (and their sizes) and arrows. */
function keyOf(nodes: PicNode[], edges: PicEdge[]): string {
  let k = '';
  for (const n of nodes) k += `${n.id}:${n.w}x${n.h};`;
  k += '|';
  for (const e of edges) k += `${e.id};`;
  return k;
}

/** An SVG path through the points, its corners rounded (quadratic through the midpoints). */
export function pathOf(pts: Pt[]): string {
  if (pts.length < 2) return '';
  if (pts.length === 2) {
    const [a, b] = pts;
    const my = (a.y + b.y) / 2;
    return `M${a.x},${a.y} C${a.x},${my} ${b.x},${my} ${b.x},${b.y}`;
  }
  let d = `M${pts[0].x},${pts[0].y}`;
  for (let i = 1; i < pts.length - 1; i++) {
    const m = { x: (pts[i].x + pts[i + 1].x) / 2, y: (pts[i].y + pts[i + 1].y) / 2 };
    d += ` Q${pts[i].x},${pts[i].y} ${i === pts.length - 2 ? `${pts[i + 1].x},${pts[i + 1].y}` : `${m.x},${m.y}`}`;
  }
  return d;
}
