// stepBack replays from a shadow run (a second run the adapter parks behind the stop in idle time)
// instead of from step 1. The replay must land on exactly the states the from-scratch replay does:
// same stops, stacks, variables and object ids, and the same breakpoint hit counts afterwards.

import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { InProcessClient } from '../../src/debug/inproc';
import type { Runtime } from '../../src/debug/runtime';
import type { DebugProtocol } from '@vscode/debugprotocol';

function lifecycles(n: number): string {
  const lines = ['host server 10.0.0.1', 'host client 10.0.0.2', 'server: lfd = socket(AF_INET, SOCK_STREAM, 0)', 'server: bind(lfd, 10.0.0.1:8080)', 'server: listen(lfd, 128)'];
  for (let i = 0; i < n; i++) {
    lines.push('client: fd = socket(AF_INET, SOCK_STREAM, 0)', 'client: connect(fd, 10.0.0.1:8080) = 0', 'server: cfd = accept(lfd)', 'server: close(cfd) = 0', 'client: close(fd) = 0');
  }
  return lines.join('\n') + '\n';
}

type Session = { c: InProcessClient; rt: () => Runtime; thread: number };

async function open(file: string): Promise<Session> {
  const c = new InProcessClient();
  await c.request('initialize', { adapterID: 'sockwalk', pathFormat: 'path' });
  const ini = c.next('initialized');
  const stopped = c.next('stopped');
  const launched = c.request('launch', { scenario: file });
  await ini;
  // a hit count (state the shadow carries) and a conditional function breakpoint
  await c.request('setFunctionBreakpoints', { breakpoints: [{ name: 'inet_csk_accept', hitCondition: '% 7' }, { name: 'tcp_v4_syn_recv_sock', condition: 'sk != 0', hitCondition: '== 9' }] });
  await c.request('configurationDone');
  await launched;
  const ev = (await stopped) as DebugProtocol.StoppedEvent;
  return { c, rt: () => (c.session as unknown as { rt: Runtime }).rt, thread: ev.body.threadId! };
}

async function go(s: Session, command: string, args: unknown): Promise<DebugProtocol.StoppedEvent> {
  const next = s.c.next('stopped');
  await s.c.request(command, args);
  const ev = (await next) as DebugProtocol.StoppedEvent;
  s.thread = ev.body.threadId!;
  return ev;
}

/** Everything a user sees at a stop: the step, the stop reason, all stacks, the top frames' variables one level deep. */
async function picture(s: Session, ev: DebugProtocol.StoppedEvent): Promise<string> {
  const { c } = s;
  const out: string[] = [`step ${s.rt().ctx.engine.steps} ${ev.body.reason} thread ${ev.body.threadId}`];
  const threads = (await c.request<DebugProtocol.ThreadsResponse>('threads')).body.threads;
  for (const t of threads) {
    const frames = (await c.request<DebugProtocol.StackTraceResponse>('stackTrace', { threadId: t.id })).body.stackFrames;
    out.push(`${t.name}: ${frames.map((f) => `${f.name}@${f.line}`).join(' < ')}`);
    if (!frames.length) continue;
    const scopes = (await c.request<DebugProtocol.ScopesResponse>('scopes', { frameId: frames[0].id })).body.scopes;
    for (const sc of scopes) {
      if (sc.expensive) continue;
      const vs = (await c.request<DebugProtocol.VariablesResponse>('variables', { variablesReference: sc.variablesReference })).body.variables;
      for (const v of vs) {
        out.push(`  ${sc.name}.${v.name} = ${v.value}`);
        if (!v.variablesReference) continue;
        const inner = (await c.request<DebugProtocol.VariablesResponse>('variables', { variablesReference: v.variablesReference })).body.variables;
        for (const w of inner) out.push(`    .${w.name} = ${w.value}`);
      }
    }
  }
  return out.join('\n');
}

const idle = () => new Promise((r) => setTimeout(r, 150));

describe('debug adapter: stepBack from a shadow run', function () {
  this.timeout(60000);

  it('stepping back several times in a row lands on the same states as replaying from step 1', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sockwalk-shadow-'));
    const file = path.join(dir, 'shadow.sockwalk');
    fs.writeFileSync(file, lifecycles(40));
    const a = await open(file); // shadow runs: idle time given before each stepBack
    const b = await open(file); // from scratch: the shadow dropped before each stepBack
    try {
      // to the 7th accept (a function breakpoint with a hit count), then a few steps on
      for (const s of [a, b]) {
        await go(s, 'continue', { threadId: s.thread });
        for (let i = 0; i < 4; i++) await go(s, i % 2 ? 'next' : 'stepIn', { threadId: s.thread });
      }
      assert.ok(a.rt().ctx.engine.steps > 5000, `deep enough for a shadow (${a.rt().ctx.engine.steps})`);
      let used = 0;
      for (let i = 0; i < 8; i++) {
        await idle();
        const parked = a.rt().shadowStep;
        if (parked > 0) used++;
        const eva = await go(a, 'stepBack', { threadId: a.thread });
        b.rt().dropShadow();
        const evb = await go(b, 'stepBack', { threadId: b.thread });
        assert.equal(await picture(a, eva), await picture(b, evb), `stepBack #${i + 1} (shadow parked at ${parked})`);
        assert.equal(a.rt().shadowStep, -1, 'the shadow was used (swapped in as the live run)');
        if (i === 3) {
          // a step forward in between: the shadow stays behind and is still usable
          const fa = await go(a, 'next', { threadId: a.thread });
          const fb = await go(b, 'next', { threadId: b.thread });
          assert.equal(await picture(a, fa), await picture(b, fb));
        }
      }
      assert.ok(used >= 6, `the shadow was parked before most stepBacks (${used} of 8)`);
      // hit counts carried by the shadow: both runs stop at the same next breakpoint hits
      for (let i = 0; i < 3; i++) {
        const ea = await go(a, 'continue', { threadId: a.thread });
        const eb = await go(b, 'continue', { threadId: b.thread });
        assert.equal(await picture(a, ea), await picture(b, eb), `continue #${i + 1} after stepping back`);
      }
      // reverseContinue: to the previous hit, from the shadow when it is behind that hit
      await idle();
      const ra = await go(a, 'reverseContinue', { threadId: a.thread });
      b.rt().dropShadow();
      const rb = await go(b, 'reverseContinue', { threadId: b.thread });
      assert.equal(await picture(a, ra), await picture(b, rb), 'reverseContinue');
      // changing breakpoints makes a parked shadow stale: it is not used
      await idle();
      assert.ok(a.rt().shadowStep > 0);
      await a.c.request('setFunctionBreakpoints', { breakpoints: [{ name: 'inet_csk_accept', hitCondition: '% 3' }] });
      await b.c.request('setFunctionBreakpoints', { breakpoints: [{ name: 'inet_csk_accept', hitCondition: '% 3' }] });
      const sa = await go(a, 'stepBack', { threadId: a.thread });
      b.rt().dropShadow();
      const sb = await go(b, 'stepBack', { threadId: b.thread });
      assert.equal(await picture(a, sa), await picture(b, sb), 'stepBack after changing breakpoints');
      const ca = await go(a, 'continue', { threadId: a.thread });
      const cb = await go(b, 'continue', { threadId: b.thread });
      assert.equal(await picture(a, ca), await picture(b, cb), 'continue with the new hit counts');
    } finally {
      await a.c.request('disconnect', {});
      await b.c.request('disconnect', {});
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
