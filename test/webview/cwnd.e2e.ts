// The congestion plot under a TCP connection's sock box, in headless Chromium with the real bundle
// under its real CSP: drawn for the connection that carried data (cwnd and ssthresh lines, the peer's
// window dashed, packets in flight, the RTO and fast-retransmit marks, axes and legend; a point's
// values on hover), absent for the connection that only shook hands; legible in the light and the
// dark theme; and a message whose samples have the wrong shape is rejected and logged, not drawn.

import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import type { SnapshotBody } from '../../src/debug/contract';
import { record } from './record';
import { unavailable, startChromium, open, load, feed, posted, type Browser, type Chromium, type Page, type Served } from './harness';

const SCENARIO = path.resolve(__dirname, 'fixtures/cwnd.sockwalk');
const IMAGES = path.resolve(__dirname, '../../docs/images');

/** VS Code's own chart colours (Light Modern, Dark Modern): what a real webview is given. */
const CHARTS: Record<string, Record<string, string>> = {
  'vscode-light': { '--vscode-charts-blue': '#1a85ff', '--vscode-charts-orange': '#d18616', '--vscode-charts-green': '#388a34', '--vscode-charts-red': '#e51400', '--vscode-charts-purple': '#652d90' },
  'vscode-dark': { '--vscode-charts-blue': '#3794ff', '--vscode-charts-orange': '#d18616', '--vscode-charts-green': '#89d185', '--vscode-charts-red': '#f14c4c', '--vscode-charts-purple': '#b180d7' },
};

const settle = (page: Page) => page.evaluate(() => new Promise((r) => setTimeout(() => requestAnimationFrame(() => requestAnimationFrame(r)), 350)));

interface PlotInfo {
  box: string;
  cwnd: string;
  ssthresh: string | null;
  wnd: string;
  wndDash: string;
  inflight: boolean;
  marks: string[];
  legend: string;
  axes: string[];
  points: number;
  title: string;
  cwndStroke: string;
  tickFill: string;
  cardBg: string;
  plotBottom: number;
  boxBottom: number;
}

async function plots(page: Page): Promise<{ plots: PlotInfo[]; socks: Array<{ id: string; plot: boolean }> }> {
  return page.evaluate(() => {
    const socks = [...document.querySelectorAll<HTMLElement>('.box.kind-sock')].map((b) => ({ id: b.dataset.box!, plot: !!b.querySelector('.cw') }));
    const plots = [...document.querySelectorAll<HTMLElement>('.box .cw')].map((cw) => {
      const box = cw.closest<HTMLElement>('.box')!;
      return {
        box: box.dataset.box!,
        cwnd: cw.querySelector<SVGElement>('path.cw-cwnd')?.getAttribute('d') ?? '',
        ssthresh: cw.querySelector<SVGElement>('path.cw-ssthresh')?.getAttribute('d') ?? null,
        wnd: cw.querySelector<SVGElement>('path.cw-wnd')?.getAttribute('d') ?? '',
        wndDash: getComputedStyle(cw.querySelector<SVGElement>('path.cw-wnd')!).strokeDasharray,
        inflight: !!cw.querySelector<SVGElement>('path.cw-inflight'),
        marks: [...cw.querySelectorAll('.cw-mark')].map((m) => m.getAttribute('class')!.replace('cw-mark ', '')),
        legend: cw.querySelector<HTMLElement>('.cw-legend')!.innerText,
        axes: [...cw.querySelectorAll('.cw-axis, .cw-tick')].map((t) => t.textContent!),
        points: cw.querySelectorAll('.cw-pt').length,
        title: cw.querySelector<HTMLElement>('.cw-title')!.innerText,
        cwndStroke: getComputedStyle(cw.querySelector<SVGElement>('path.cw-cwnd')!).stroke,
        tickFill: getComputedStyle(cw.querySelector<SVGElement>('.cw-tick')!).fill,
        cardBg: getComputedStyle(box).backgroundColor,
        plotBottom: cw.getBoundingClientRect().bottom,
        boxBottom: box.getBoundingClientRect().bottom,
      };
    });
    return { plots, socks };
  });
}

/** WCAG contrast of two rgb(…) colours. */
function contrast(a: string, b: string): number {
  const lum = (c: string) => {
    const [r, g, bl] = (c.match(/[\d.]+/g) ?? []).slice(0, 3).map((x) => {
      const v = Number(x) / 255;
      return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
}

describe('the congestion plot in Chromium', function () {
  const why = unavailable();
  let browser: Browser;
  let served: Served;
  let chromium: Chromium | undefined;
  let bodies: SnapshotBody[];
  before(async function () {
    if (why) {
      if (process.env.CI === 'true') throw new Error(why);
      this.skip();
    }
    this.timeout(180_000);
    chromium = await startChromium('sockwalk-cwnd-');
    ({ served, browser } = chromium);
    bodies = await record({ scenario: SCENARIO, step: 'continue' });
  });
  after(async () => {
    await chromium?.close();
  });

  for (const theme of ['vscode-light', 'vscode-dark']) {
    it(`is drawn under the data connection’s sock box and not under the others (${theme.replace('vscode-', '')})`, async () => {
      const page = await open(browser, served, { theme, vars: CHARTS[theme], viewport: { width: 1400, height: 1000 } });
      await load(page, bodies);
      await feed(page, 0, bodies.length - 1);
      await settle(page);
      const { plots: ps, socks } = await plots(page);
      assert.equal(ps.length, 1, JSON.stringify(socks));
      assert.ok(socks.length >= 4, `${socks.length} sock boxes`);
      assert.deepEqual(socks.filter((s) => s.plot).map((s) => s.id), [ps[0].box]);
      const p = ps[0];
      assert.match(p.box, /^tcp_sock#\d+$/);
      assert.match(p.cwnd, /^M[\d.]+,[\d.]+(H[\d.]+V[\d.]+)+H[\d.]+$/);
      assert.ok(p.ssthresh && p.ssthresh.startsWith('M'), 'ssthresh is drawn once a loss set it');
      assert.ok(p.wnd.startsWith('M'));
      assert.notEqual(p.wndDash, 'none', 'the peer’s window is dashed');
      assert.ok(p.inflight);
      assert.ok(p.marks.includes('cw-mark-rto') && p.marks.includes('cw-mark-recovery'), p.marks.join(' '));
      for (const w of ['snd_cwnd', 'snd_ssthresh', 'peer window (snd_wnd ÷ MSS)', 'in flight', 'RTO', 'fast retransmit']) assert.ok(p.legend.includes(w), `legend has ${w}: ${p.legend}`);
      assert.ok(p.axes.includes('ms') && p.axes.includes('segments') && p.axes.includes('0'), p.axes.join(' '));
      assert.ok(p.points > 5);
      assert.match(p.title, /congestion window over time/);
      assert.ok(p.plotBottom <= p.boxBottom + 0.5, 'the plot fits in its box');
      assert.ok(contrast(p.cwndStroke, p.cardBg) >= 3, `cwnd line ${p.cwndStroke} on ${p.cardBg}`);
      assert.ok(contrast(p.tickFill, p.cardBg) >= 3, `axis labels ${p.tickFill} on ${p.cardBg}`);
      // hovering a point shows its values (its <title>) and the point
      const hover = await page.evaluate((id: string) => {
        const box = document.querySelector<HTMLElement>(`.box[data-box="${id}"]`)!;
        const pts = [...box.querySelectorAll<SVGCircleElement>('.cw-pt')];
        const pt = pts.find((c) => /cwnd 1,/.test(c.querySelector('title')!.textContent!)) ?? pts[0];
        const r = pt.getBoundingClientRect();
        return { text: pt.querySelector('title')!.textContent!, x: r.left + r.width / 2, y: r.top + r.height / 2, i: pts.indexOf(pt) };
      }, p.box);
      assert.match(hover.text, /^[\d.]+ ms: cwnd 1, ssthresh \d+, peer window \d+ B \([\d.]+ segments\), in flight \d+$/);
      await page.mouse.move(hover.x, hover.y);
      const fill = await page.evaluate(({ id, i }: { id: string; i: number }) => {
        const pt = document.querySelectorAll<SVGCircleElement>(`.box[data-box="${id}"] .cw-pt`)[i];
        return { hovered: pt.matches(':hover'), fill: getComputedStyle(pt).fill };
      }, { id: p.box, i: hover.i });
      assert.ok(fill.hovered, 'the mouse is on the point');
      assert.notEqual(fill.fill, 'rgba(0, 0, 0, 0)', 'the hovered point shows');
      // the picture for the docs: the box at 2× (the stage moved as the reader's zoom would)
      const shot = await page.evaluate((id: string) => {
        const b = document.querySelector<HTMLElement>(`.box[data-box="${id}"]`)!;
        const stage = document.querySelector<HTMLElement>('.pic-stage')!;
        const v = document.querySelector<HTMLElement>('.pic-view')!.getBoundingClientRect();
        stage.style.transition = '';
        stage.style.transformOrigin = '0 0';
        stage.style.transform = `translate(${-2 * parseFloat(b.style.left) + 8}px, ${-2 * parseFloat(b.style.top) + 8}px) scale(2)`;
        return { x: v.left, y: v.top, width: 2 * b.offsetWidth + 16, height: 2 * b.offsetHeight + 16 };
      }, p.box);
      await page.setViewportSize({ width: 1400, height: Math.max(1000, Math.ceil(shot.y + shot.height) + 10) });
      await page.screenshot({ path: path.join(IMAGES, `picture-cwnd-${theme.replace('vscode-', '')}.png`), clip: shot });
      // at the first pause (slow start) the plot has no marks and no ssthresh line yet
      await page.evaluate(() => window.postMessage({ type: 'snapshot', seq: 1000, session: 's2', body: (window as unknown as { __bodies: unknown[] }).__bodies[1] }, '*'));
      await page.waitForFunction(() => (window as unknown as { __posted: Array<{ type: string; seq?: number }> }).__posted.some((m) => m.type === 'drawn' && m.seq === 1000), undefined);
      await settle(page);
      const early = (await plots(page)).plots;
      assert.equal(early.length, 1);
      assert.deepEqual(early[0].marks, []);
      assert.equal(early[0].ssthresh, null);
      await page.close();
    });
  }

  it('a snapshot whose samples have the wrong shape is rejected and logged, not drawn', async () => {
    const page = await open(browser, served, { viewport: { width: 1200, height: 800 } });
    const last = bodies[bodies.length - 1];
    const h = last.snapshot.history!;
    const bad = { ...last, snapshot: { ...last.snapshot, history: { ...h, cwnd: h.cwnd!.map((s, i) => (i === 3 ? { ...s, cwnd: 'ten' } : s)) } } };
    await page.evaluate((b: unknown) => window.postMessage({ type: 'snapshot', seq: 1, session: 's1', body: b }, '*'), bad as unknown);
    await page.waitForFunction(() => (window as unknown as { __posted: Array<{ type: string }> }).__posted.some((m) => m.type === 'log'), undefined);
    const logs = (await posted(page)).filter((m) => m.type === 'log');
    assert.match(String(logs[0].message), /history\.cwnd\[3\]\.cwnd must be an integer/);
    assert.equal(await page.evaluate(() => document.querySelectorAll('.cw').length), 0);
    assert.ok(!(await posted(page)).some((m) => m.type === 'drawn' && m.seq === 1));
    await page.close();
  });
});
