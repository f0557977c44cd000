// A TCP connection's congestion state over time, under its sock box's bands (the model, with the
// geometry: src/views/cwndPlot.ts): cwnd and ssthresh as lines, the peer's window (snd_wnd ÷ MSS)
// dashed, packets in flight shaded, the RTO and fast retransmit marked; axes in ms and segments (a
// long quiet stretch drawn short, as a break: its length on hover), a legend; a point's values on hover (its <title>). Colours come from the theme (style.css, .cw-*).

import { html, svg, nothing, type TemplateResult } from 'lit';
import { L } from './strings';
import { PLOT, type CwndPlot, type PlotPoint } from '../src/views/cwndPlot';

function pointText(p: PlotPoint, t0: number): string {
  return L('{0} ms: cwnd {1}, ssthresh {2}, peer window {3} B ({4} segments), in flight {5}', ((p.t - t0) / 1000).toFixed(1), p.cwnd, p.ssthresh ?? '∞', p.wnd, p.wndSeg.toFixed(1), p.inflight);
}

export function plotView(p: CwndPlot): TemplateResult {
  const yb = PLOT.h - PLOT.bottom;
  const label = L('cwnd, ssthresh, the peer’s window and packets in flight of {0} over time: {1} samples', p.sk, p.samples);
  return html`<div class="cw" data-plot=${p.sk}>
    <div class="cw-title">${L('congestion window over time')}${p.truncated ? html` <span class="cw-trunc" title=${L('older samples are no longer kept')}>…</span>` : nothing}</div>
    <svg class="cw-svg" width=${PLOT.w} height=${PLOT.h} viewBox=${`0 0 ${PLOT.w} ${PLOT.h}`} role="img" aria-label=${label}>
      ${p.yTicks.map((k) => svg`<line class="cw-grid" x1=${PLOT.left} x2=${PLOT.w - PLOT.right} y1=${k.y} y2=${k.y}></line>
        <text class="cw-tick" x=${PLOT.left - 3} y=${k.y + 3} text-anchor="end">${k.v}</text>`)}
      ${p.xTicks.map((k, i) => svg`<text class="cw-tick" x=${k.x} y=${yb + 11} text-anchor=${i === 0 ? 'start' : i === p.xTicks.length - 1 ? 'end' : 'middle'}>${k.ms}</text>`)}
      <text class="cw-axis" x=${PLOT.left - 3} y=${yb + 11} text-anchor="end">${L('ms')}</text>
      <text class="cw-axis" transform=${`translate(8 ${(PLOT.top + yb) / 2}) rotate(-90)`} text-anchor="middle">${L('segments')}</text>
      <line class="cw-frame" x1=${PLOT.left} x2=${PLOT.left} y1=${PLOT.top} y2=${yb}></line>
      <line class="cw-frame" x1=${PLOT.left} x2=${PLOT.w - PLOT.right} y1=${yb} y2=${yb}></line>
      ${p.inflight ? svg`<path class="cw-inflight" d=${p.inflight}></path>` : nothing}
      ${p.breaks.map((b) => svg`<g class="cw-break"><line class="cw-break-line" x1=${b.x} x2=${b.x} y1=${PLOT.top} y2=${yb}></line>
        <path class="cw-break-cut" d=${`M${b.x - 4},${yb + 3}L${b.x - 1},${yb - 3}M${b.x + 1},${yb + 3}L${b.x + 4},${yb - 3}`}></path>
        <title>${L('{0} ms without a change, drawn short', b.ms)}</title></g>`)}
      ${p.marks.map((m) => svg`<g class="cw-mark cw-mark-${m.kind}"><line x1=${m.x} x2=${m.x} y1=${PLOT.top} y2=${yb}></line>
        <text x=${m.x} y=${PLOT.top + 8} text-anchor="middle">${m.kind === 'rto' ? '▼' : '◆'}</text>
        <title>${m.kind === 'rto' ? L('RTO at {0} ms: tcp_retransmit_timer → tcp_enter_loss', ((m.t - p.t0) / 1000).toFixed(1)) : L('fast retransmit at {0} ms (TCP_CA_Recovery)', ((m.t - p.t0) / 1000).toFixed(1))}</title></g>`)}
      <path class="cw-line cw-wnd" d=${p.wnd}></path>
      ${p.ssthresh ? svg`<path class="cw-line cw-ssthresh" d=${p.ssthresh}></path>` : nothing}
      <path class="cw-line cw-cwnd" d=${p.cwnd}></path>
      ${p.points.map((q) => svg`<circle class="cw-pt" cx=${q.x} cy=${q.y} r="3"><title>${pointText(q.p, p.t0)}</title></circle>`)}
    </svg>
    <div class="cw-legend">
      <span class="cw-lg"><i class="cw-sw cw-sw-cwnd"></i>snd_cwnd</span>
      <span class="cw-lg"><i class="cw-sw cw-sw-ssthresh"></i>snd_ssthresh</span>
      <span class="cw-lg"><i class="cw-sw cw-sw-wnd"></i>${L('peer window (snd_wnd ÷ MSS)')}</span>
      <span class="cw-lg"><i class="cw-sw cw-sw-inflight"></i>${L('in flight')}</span>
      <span class="cw-lg cw-lg-rto">▼ RTO</span>
      <span class="cw-lg cw-lg-recovery">◆ ${L('fast retransmit')}</span>
    </div>
  </div>`;
}
