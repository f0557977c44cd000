// Figures for the debug adapter, in process (no stdio): DAP step latency (request → stopped event),
// continue to a breakpoint across ~1,000,000 executed lines, and stepBack at step 100,000 (the
// replay from step 1, and from the shadow run the adapter parks in idle time, given 100 ms idle).
// Run: npx tsx src/debug/bench.ts [--json]. Numbers only; nothing passes or fails.

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { InProcessClient } from './inproc';
import type { Runtime } from './runtime';

function lifecycles(n: number): string {
  const lines = ['host server 10.0.0.1', 'host client 10.0.0.2', 'server: lfd = socket(AF_INET, SOCK_STREAM, 0)', 'server: bind(lfd, 10.0.0.1:8080)', 'server: listen(lfd, 128)'];
  for (let i = 0; i < n; i++) {
    lines.push('client: fd = socket(AF_INET, SOCK_STREAM, 0)', 'client: connect(fd, 10.0.0.1:8080) = 0', 'server: cfd = accept(lfd)', 'server: close(cfd) = 0', 'client: close(fd) = 0');
  }
  lines.push('client: fd = socket(AF_INET, SOCK_STREAM, 0)');
  return lines.join('\n') + '\n';
}

async function session(file: string, stopOnEntry: boolean, setup: (c: InProcessClient) => Promise<void> = async () => undefined) {
  const c = new InProcessClient();
  await c.request('initialize', { adapterID: 'sockwalk', pathFormat: 'path' });
  const ini = c.next('initialized');
  const stopped = c.next('stopped');
  const launched = c.request('launch', { scenario: file, stopOnEntry });
  await ini;
  await setup(c);
  await c.request('configurationDone');
  await launched;
  const ev = (await stopped) as { body: { threadId: number } };
  return { c, thread: ev.body.threadId, rt: () => (c.session as unknown as { rt: Runtime }).rt };
}

async function timed(c: InProcessClient, command: string, args: unknown): Promise<number> {
  const stopped = c.next('stopped');
  const t0 = process.hrtime.bigint();
  await c.request(command, args);
  await stopped;
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

function pct(a: number[], p: number): number {
  const s = [...a].sort((x, y) => x - y);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
}

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sockwalk-bench-'));
  const small = path.join(dir, 'small.sockwalk');
  fs.writeFileSync(small, lifecycles(200));
  const big = path.join(dir, 'big.sockwalk');
  const N = 1300;
  fs.writeFileSync(big, lifecycles(N));
  const out: Record<string, number> = {};

  // 1. step latency: step in / over, request → stopped event
  {
    const { c, thread } = await session(small, true);
    const lat: number[] = [];
    for (let i = 0; i < 3000; i++) lat.push(await timed(c, i % 3 === 2 ? 'next' : 'stepIn', { threadId: thread }));
    const steady = lat.slice(500);
    out.stepP50ms = pct(steady, 50);
    out.stepP95ms = pct(steady, 95);
    out.stepMaxms = Math.max(...steady);
    await c.request('disconnect', {});
  }

  // 2. continue to a breakpoint on the last statement across ~1M lines: the first run in this
  // process (the engine's code still cold for the JIT), then again (warm)
  for (const label of ['Cold', 'Warm']) {
    const last = lifecycles(N).trimEnd().split('\n').length;
    const { c, thread, rt } = await session(big, true, async (c) => {
      await c.request('setBreakpoints', { source: { path: big }, breakpoints: [{ line: last }] });
    });
    const warm = rt().ctx.engine.steps;
    const ms = await timed(c, 'continue', { threadId: thread });
    out.continueLines = rt().ctx.engine.steps - warm;
    out[`continue${label}Ms`] = ms;
    out[`continue${label}LinesPerS`] = Math.round(out.continueLines / (ms / 1000));
    await c.request('disconnect', {});
  }

  // 3. stepBack at step 100,000: from scratch (the replay of 100,000 steps from the start, the
  // shadow run dropped), then again after the adapter had 100 ms of idle time — a user takes at
  // least that long between two clicks — to park its shadow run behind the stop (the replay then
  // starts from the shadow)
  {
    const { c, rt } = await session(big, true);
    const scratch: number[] = [];
    const shadow: number[] = [];
    const idle = () => new Promise((r) => setTimeout(r, 100));
    for (let i = 0; i < 15; i++) {
      rt().replay({ step: 100_000 + i * 7, after: false }, false);
      rt().dropShadow();
      const th = rt().ctx.last?.task?.id ?? 1;
      scratch.push(await timed(c, 'stepBack', { threadId: th }));
      await idle();
      const th2 = rt().ctx.last?.task?.id ?? 1;
      shadow.push(await timed(c, 'stepBack', { threadId: th2 }));
    }
    out.stepBackAt100kMedianMs = pct(scratch.slice(3), 50);
    out.stepBackAt100kMinMs = Math.min(...scratch.slice(3));
    out.stepBackAt100kShadowMedianMs = pct(shadow.slice(3), 50);
    out.stepBackAt100kShadowMinMs = Math.min(...shadow.slice(3));
    out.stepBackAt100kShadowMaxMs = Math.max(...shadow.slice(3));
    out.stepBackStep = rt().ctx.engine.steps;
    await c.request('disconnect', {});
  }
  fs.rmSync(dir, { recursive: true, force: true });
  if (process.argv.includes('--json')) {
    console.log(JSON.stringify(out));
  } else {
    for (const [k, v] of Object.entries(out)) console.log(`${k.padEnd(26)} ${typeof v === 'number' && !Number.isInteger(v) ? v.toFixed(3) : v}`);
  }
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
