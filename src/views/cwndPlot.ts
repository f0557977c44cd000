// The picture's plot of a TCP connection's congestion state over time (the model; webview/plot.ts
// draws it): snd_cwnd and snd_ssthresh as step lines, the window the peer offers (snd_wnd) in
// segments of mss_cache as a dashed line, packets in flight as a shaded area, marks where the RTO
// fired and where fast retransmit began (icsk_ca_state entering TCP_CA_Recovery). From the history's
// congestion samples (src/kernel/core/history.ts CwndSample: one where an ACK or the RTO changed
// something). Pure: numbers and SVG path data in the plot's own pixels, no words, no DOM.

import type { CwndSample } from '../kernel/core/history';

/** The plot's SVG (px): the whole, and the margins around the plotting area (the axes' labels go there). */
export const PLOT = { w: 250, h: 112, left: 30, right: 8, top: 6, bottom: 16 } as const;
/** The plot's block in a sock box (px): its title line, the SVG, the legend under it. */
export const PLOT_BLOCK = { title: 14, legend: 40, get h(): number {
  return this.title + PLOT.h + this.legend + 2;
} };

/** TCP_CA_Recovery (include/net/tcp.h enum tcp_ca_state): fast retransmit / recovery. */
const TCP_CA_Recovery = 3;
/** At most this many points answer a hover (one per pixel column: the last sample there). */
const HOVER_MAX = PLOT.w;

export interface PlotPoint {
  t: number;
  cwnd: number;
  /** null: "infinite" (no loss seen yet). */
  ssthresh: number | null;
  /** The peer's window: bytes, and in segments of the MSS. */
  wnd: number;
  wndSeg: number;
  inflight: number;
  /** icsk_ca_state. */
  ca: number;
  at: 'ack' | 'rto';
}

export interface CwndPlot {
  /** The sock ("tcp_sock#7"). */
  sk: string;
  /** The time axis (µs) and the value axis (segments, from 0). */
  t0: number;
  t1: number;
  yMax: number;
  xTicks: Array<{ x: number; ms: string }>;
  yTicks: Array<{ y: number; v: number }>;
  /** Quiet stretches drawn short (the time axis is broken there), with how long they really were (ms). */
  breaks: Array<{ x: number; ms: string }>;
  /** SVG path data: step lines (ssthresh '' while never finite), the area of packets in flight. */
  cwnd: string;
  ssthresh: string;
  wnd: string;
  inflight: string;
  /** Where the retransmit timer fired, and where fast retransmit began. */
  marks: Array<{ x: number; kind: 'rto' | 'recovery'; t: number }>;
  /** Points a hover shows (the last sample in each pixel column), with the values there. */
  points: Array<{ x: number; y: number; p: PlotPoint }>;
  /** How many samples the plot draws. */
  samples: number;
  /** Older samples fell out of the history's window: the plot may start later than the connection. */
  truncated: boolean;
}

/** The samples per sock, oldest first. */
export function samplesBySock(samples: readonly CwndSample[] | undefined): Map<string, CwndSample[]> {
  const m = new Map<string, CwndSample[]>();
  for (const s of samples ?? []) {
    let l = m.get(s.sk);
    if (!l) m.set(s.sk, (l = []));
    l.push(s);
  }
  return m;
}

/**
 * Has the connection carried data (something was in flight, a loss was seen, the window moved)? A
 * connection that only shook hands has a sample or two and nothing to plot.
 */
export function hasData(series: readonly CwndSample[]): boolean {
  if (!series.length) return false;
  const c0 = series[0].cwnd;
  return series.some((s) => s.inflight > 0 || s.at === 'rto' || s.ssthresh !== null || s.cwnd !== c0);
}

/** A round number at least x: 1, 2, 5 × 10^k. */
function niceCeil(x: number): number {
  if (x <= 1) return 1;
  const p = 10 ** Math.floor(Math.log10(x));
  for (const m of [1, 2, 5, 10]) if (m * p >= x) return m * p;
  return 10 * p;
}

const r1 = (x: number) => Math.round(x * 10) / 10;

/**
 * The time axis: linear, except that a quiet stretch (no sample for much longer than the connection's
 * usual gap between ACKs — an RTO's wait, a reader that sleeps) is drawn short, as a break, so the
 * round trips around it stay readable. Returns x for each sample time (and t1) and the breaks.
 */
function timeAxis(times: number[], t1: number, x0: number, x1: number): { X: (t: number) => number; breaks: Array<{ x: number; ms: string }> } {
  const u = [...new Set([...times, t1])].sort((a, b) => a - b);
  const gaps = u.slice(1).map((t, i) => t - u[i]);
  const nz = gaps.filter((g) => g > 0).sort((a, b) => a - b);
  const median = nz.length ? nz[Math.floor(nz.length / 2)] : 1000;
  const cap = Math.max(4 * median, BREAK_MIN_US);
  const eff = gaps.map((g) => Math.min(g, cap));
  const total = eff.reduce((a, b) => a + b, 0) || 1;
  const at = new Map<number, number>();
  let acc = 0;
  at.set(u[0], x0);
  for (let i = 0; i < eff.length; i++) {
    acc += eff[i];
    at.set(u[i + 1], x0 + (acc / total) * (x1 - x0));
  }
  const X = (t: number): number => {
    const x = at.get(t);
    if (x !== undefined) return r1(x);
    // (between samples: linear within its stretch)
    let i = 0;
    while (i < u.length - 2 && u[i + 1] < t) i++;
    const a = at.get(u[i])!;
    const b = at.get(u[i + 1])!;
    return r1(a + ((t - u[i]) / (u[i + 1] - u[i] || 1)) * (b - a));
  };
  const breaks: Array<{ x: number; ms: string }> = [];
  for (let i = 0; i < gaps.length; i++) {
    if (gaps[i] > cap) breaks.push({ x: r1((at.get(u[i])! + at.get(u[i + 1])!) / 2), ms: fmtMs(gaps[i]) });
  }
  return { X, breaks };
}

/** A stretch of time drawn short is at least this long (µs). */
const BREAK_MIN_US = 10_000;

/** µs as ms for a label: one decimal under 10 ms. */
function fmtMs(us: number): string {
  const ms = us / 1000;
  return ms < 10 ? String(Math.round(ms * 10) / 10) : String(Math.round(ms));
}

/** The plot of one connection's series (null when it has no data to plot). `truncated`: older samples fell out of the history's window. */
export function cwndPlot(sk: string, series: readonly CwndSample[], truncated = false): CwndPlot | null {
  if (!hasData(series)) return null;
  const pts: PlotPoint[] = series.map((s) => ({ t: s.t, cwnd: s.cwnd, ssthresh: s.ssthresh, wnd: s.wnd, wndSeg: s.mss > 0 ? s.wnd / s.mss : 0, inflight: s.inflight, ca: s.ca, at: s.at }));
  const t0 = pts[0].t;
  const last = pts[pts.length - 1].t;
  // the last values hold a little past the last sample, so a step there shows
  const t1 = last + 1000;
  let top = 1;
  for (const p of pts) top = Math.max(top, p.cwnd, p.ssthresh ?? 0, p.wndSeg, p.inflight);
  const yMax = niceCeil(top * 1.05);
  const x0 = PLOT.left;
  const x1 = PLOT.w - PLOT.right;
  const y0 = PLOT.h - PLOT.bottom;
  const y1 = PLOT.top;
  const { X, breaks } = timeAxis(pts.map((p) => p.t), t1, x0, x1);
  const Y = (v: number) => r1(y0 - (Math.min(v, yMax) / yMax) * (y0 - y1));
  const step = (v: (p: PlotPoint) => number | null): string => {
    let d = '';
    let open = false;
    for (let i = 0; i < pts.length; i++) {
      const y = v(pts[i]);
      const x = X(pts[i].t);
      if (y === null) {
        if (open) d += `H${x}`;
        open = false;
        continue;
      }
      d += open ? `H${x}V${Y(y)}` : `M${x},${Y(y)}`;
      open = true;
    }
    if (open) d += `H${X(t1)}`;
    return d;
  };
  const flight = step((p) => p.inflight);
  const inflight = flight ? `${flight}V${Y(0)}H${X(t0)}Z` : '';
  const marks: CwndPlot['marks'] = [];
  for (let i = 0; i < pts.length; i++) {
    const p = pts[i];
    if (p.at === 'rto') marks.push({ x: X(p.t), kind: 'rto', t: p.t });
    else if (p.ca === TCP_CA_Recovery && (i === 0 || pts[i - 1].ca !== TCP_CA_Recovery)) marks.push({ x: X(p.t), kind: 'recovery', t: p.t });
  }
  const byX = new Map<number, PlotPoint>();
  for (const p of pts) byX.set(Math.round(X(p.t)), p);
  const points = [...byX].slice(-HOVER_MAX).map(([x, p]) => ({ x, y: Y(p.cwnd), p }));
  // ticks: the start, the end, and where the time resumes after each break — none crowding another
  const xTicks: CwndPlot['xTicks'] = [];
  const end = { x: X(t1), ms: fmtMs(t1 - t0) };
  for (const c of [{ x: X(t0), ms: '0' }, ...breaks.map((b) => ({ x: b.x, ms: '' }))]) {
    if (c.ms === '') {
      // the first sample after the break
      const t = pts.find((p) => X(p.t) > c.x)?.t;
      if (t === undefined) continue;
      c.x = X(t);
      c.ms = fmtMs(t - t0);
    }
    const prev = xTicks[xTicks.length - 1];
    if ((!prev || c.x - prev.x >= TICK_GAP) && end.x - c.x >= TICK_GAP) xTicks.push(c);
  }
  xTicks.push(end);
  const yTicks = [0, yMax / 2, yMax].map((v) => ({ y: Y(v), v }));
  return { sk, t0, t1, yMax, xTicks, yTicks, breaks, cwnd: step((p) => p.cwnd), ssthresh: step((p) => p.ssthresh), wnd: step((p) => p.wndSeg), inflight, marks, points, samples: pts.length, truncated };
}

/** Tick labels at least this far apart (px). */
const TICK_GAP = 26;

/** The plots of every connection with data, by sock id, from a snapshot's history (its `cwnd` samples and how many there were in all). */
export function cwndPlots(h: { cwnd?: CwndSample[]; cwndTotal?: number } | undefined): Map<string, CwndPlot> {
  const out = new Map<string, CwndPlot>();
  const samples = h?.cwnd ?? [];
  // the history keeps the last samples: when some fell out, any connection may have had earlier ones
  const clipped = (h?.cwndTotal ?? samples.length) > samples.length;
  for (const [sk, series] of samplesBySock(samples)) {
    const p = cwndPlot(sk, series, clipped);
    if (p) out.set(sk, p);
  }
  return out;
}
