// The structures webview's redraw benchmark, in headless Chromium with the real bundle: each pause's
// message is handled (validate, diff, lit render) and laid out, timed in the page. Two cases: the
// lesson (tcp-handshake, every kernel line) and 1,000+ sockets (a generated scenario, stopping at its
// pauses), each in the picture tab (boxes and arrows, laid out by dagre) and the Details tab (tables). Prints p50/p95/max against the goals; `--json` prints one JSON object instead.
// The messages are the extension's: a session's first pause whole, each next one as a delta on the
// one before (src/views/delta.ts). As in VS Code, each message is a fresh object (parsed from its JSON
// just before it is sent, outside the timing, as the webview's message deserialisation would make
// it), only the pauses being drawn stay alive, and the next pause comes once the last one is on
// screen (a frame later). The redraw timed includes applying the delta.
// Also printed: how long the page takes to load and get ready (its offscreen rehearsal included).
// Called by `npm run bench` (test/vscode-host/bench.js) after `npm run build`.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { record } from './record';
import { scaleScenario } from './scale';
import { makeDelta } from '../../src/views/delta';
import { unavailable, startChromium, open } from './harness';

interface Case {
  name: string;
  goalMs: number;
  stops: number;
  socks: number;
  p50: number;
  p95: number;
  max: number;
  /** The same without each session's first two pauses (the entry, then the pause where everything is new). */
  steady: { p50: number; p95: number; max: number };
  /** From navigation to the page's 'ready' (load, parse, rehearsal). */
  readyMs: number;
  /** The messages after each session's first: their size, and the time the extension takes to make one (makeDelta, in Node). */
  delta: { p50Bytes: number; wholeBytes: number; makeP50Ms: number; makeMaxMs: number };
}

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
};

async function main(): Promise<void> {
  const json = process.argv.includes('--json');
  // --tab=picture or --tab=details: only that tab's cases
  const only = (process.argv.find((a) => a.startsWith('--tab=')) ?? '').slice(6) || undefined;
  const why = unavailable();
  if (why) {
    if (json) console.log(JSON.stringify({ skipped: why }));
    else console.log(`  skipped: ${why}`);
    return;
  }
  const chromium = await startChromium('sockwalk-webview-bench-');
  const { served, browser, tmp } = chromium;
  const cases: Case[] = [];
  try {
    const scenario = path.join(tmp, 'many.sockwalk');
    fs.writeFileSync(scenario, scaleScenario({ conns: 560, accepted: 480, pauses: 10 }));
    const lesson = await record({ scenario: 'tcp-handshake' });
    const many = await record({ scenario, step: 'continue' });
    // the picture (the view's first tab, boxes and arrows laid out by dagre) and the Details tab (the tables)
    const runs = [
      { name: 'lesson (tcp-handshake, every line)', tab: 'picture' as const, goalMs: 16, bodies: lesson, rounds: 1 },
      { name: '1,000+ sockets (pauses)', tab: 'picture' as const, goalMs: 50, bodies: many, rounds: 3 },
      { name: 'lesson, Details tab', tab: 'details' as const, goalMs: 16, bodies: lesson, rounds: 1 },
      { name: '1,000+ sockets, Details tab', tab: 'details' as const, goalMs: 50, bodies: many, rounds: 3 },
    ].filter((r) => !only || r.tab === only);
    for (const r of runs) {
      const page = await open(browser, served, { viewport: { width: 1280, height: 900 }, tab: r.tab });
      const readyMs = await page.evaluate(() => {
        const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
        return performance.now() - (nav?.startTime ?? 0);
      });
      // the messages stay JSON text in the page (one leaf each for the collector, as they are not there in VS Code's webview)
      const makeMs: number[] = [];
      const texts = r.bodies.map((body, i) => {
        const t0 = performance.now();
        const delta = i > 0 ? makeDelta(r.bodies[i - 1], body) : null;
        if (i > 1) makeMs.push(performance.now() - t0);
        return JSON.stringify(delta ? { type: 'delta', seq: i, session: '', base: i - 1, delta } : { type: 'snapshot', seq: i, session: '', body });
      });
      await page.evaluate((texts: string[]) => {
        (window as unknown as { __texts: string[] }).__texts = texts;
      }, texts);
      const times = await page.evaluate(async (rounds: number) => {
        const w = window as unknown as { __texts: string[] };
        const out: number[] = [];
        (window as unknown as { __steady: number[] }).__steady = [];
        for (let k = 0; k < rounds; k++) {
          for (let i = 0; i < w.__texts.length; i++) {
            const msg = JSON.parse(w.__texts[i]) as { session: string };
            msg.session = `bench${k}`;
            const t0 = performance.now();
            window.dispatchEvent(new MessageEvent('message', { data: msg, origin: window.origin }));
            void document.body.getBoundingClientRect().height; // style and layout
            out.push(performance.now() - t0);
            if (i > 1) (window as unknown as { __steady: number[] }).__steady.push(out[out.length - 1]);
            // the next pause comes once this one is on screen
            await new Promise((res) => requestAnimationFrame(() => setTimeout(res, 0)));
          }
        }
        return out;
      }, r.rounds);
      if (process.env.BENCH_DEBUG) console.error(r.name, times.map((t) => t.toFixed(0)).join(' '));
      // every pause was drawn (a message the page rejects or ignores would time nothing)
      const drawn = await page.evaluate(() => (window as unknown as { __posted: Array<{ type: string }> }).__posted.filter((m) => m.type === 'drawn').length);
      if (drawn < times.length) throw new Error(`${r.name}: ${times.length} messages, ${drawn} drawn`);
      const steady = await page.evaluate(() => (window as unknown as { __steady: number[] }).__steady);
      const last = r.bodies[r.bodies.length - 1].snapshot;
      cases.push({
        name: r.name,
        goalMs: r.goalMs,
        stops: times.length,
        socks: Object.values(last.objects).filter((o) => o.layers[0]?.struct === 'sock_common').length,
        p50: pct(times, 50),
        p95: pct(times, 95),
        max: Math.max(...times),
        steady: { p50: pct(steady, 50), p95: pct(steady, 95), max: Math.max(...steady) },
        readyMs,
        delta: {
          p50Bytes: pct(texts.slice(2).map((t) => t.length), 50),
          wholeBytes: JSON.stringify(r.bodies[r.bodies.length - 1]).length,
          makeP50Ms: pct(makeMs, 50),
          makeMaxMs: Math.max(...makeMs),
        },
      });
      await page.close();
    }
  } finally {
    await chromium.close();
  }
  const bundle = ['structures.js', 'structures.css'].map((f) => fs.statSync(path.resolve(__dirname, '../../dist/webview', f)).size);
  if (json) {
    console.log(JSON.stringify({ cases, bundleBytes: { js: bundle[0], css: bundle[1] } }));
    return;
  }
  const f = (x: number) => `${x.toFixed(1)} ms`.padStart(9);
  const verdict = (x: { p95: number; max: number }, goal: number) => (x.max <= goal ? 'every pause ok' : x.p95 <= goal ? 'p95 ok, max OVER' : 'p95 OVER');
  console.log('  redraw per pause (validate, diff, render, layout), in the page:');
  for (const c of cases) {
    console.log(`  ${c.name.padEnd(38)} p50 ${f(c.p50)}  p95 ${f(c.p95)}  max ${f(c.max)}   ${c.stops} redraws, ${c.socks} socks; goal ≤ ${c.goalMs} ms: ${verdict(c, c.goalMs)}`);
    console.log(`  ${'  without each session’s first pauses'.padEnd(38)} p50 ${f(c.steady.p50)}  p95 ${f(c.steady.p95)}  max ${f(c.steady.max)}   ${verdict(c.steady, c.goalMs)}`);
  }
  console.log(`  page ready (load and rehearsal)      ${cases.map((c) => `${c.readyMs.toFixed(0)} ms`).join(', ')}`);
  for (const c of cases) {
    const kb = (b: number) => `${(b / 1024).toFixed(1)} KB`;
    console.log(`  a pause as a delta, ${c.name.replace(/ \(.*/, '').padEnd(14)} ${kb(c.delta.p50Bytes)} (whole: ${kb(c.delta.wholeBytes)}); made in ${c.delta.makeP50Ms.toFixed(1)} ms p50, ${c.delta.makeMaxMs.toFixed(1)} ms max (extension host)`);
  }
  console.log(`  bundle                               ${(bundle[0] / 1024).toFixed(1)} KB js + ${(bundle[1] / 1024).toFixed(1)} KB css (dist/webview, minified)`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
