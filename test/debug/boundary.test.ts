// The adapter runs `continue` in slices (stop at step N, yield, go on); a breakpoint on the very
// step a slice ends at must still stop there, counted once — the engine reports it at stop-at-step.

import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { scenario } from '../helpers';
import { ANCHORS } from '../../src/kernel/core/anchors';
import { mediaKernelDir } from '../../src/node/paths';
import { InProcessClient } from '../../src/debug/inproc';
import type { Runtime } from '../../src/debug/runtime';
import type { DebugProtocol } from '@vscode/debugprotocol';

const SLICE = 200_000;

function lifecycles(n: number): string {
  const lines = ['host server 10.0.0.1', 'host client 10.0.0.2', 'server: lfd = socket(AF_INET, SOCK_STREAM, 0)', 'server: bind(lfd, 10.0.0.1:8080)', 'server: listen(lfd, 128)'];
  for (let i = 0; i < n; i++) {
    lines.push('client: fd = socket(AF_INET, SOCK_STREAM, 0)', 'client: connect(fd, 10.0.0.1:8080) = 0', 'server: cfd = accept(lfd)', 'server: close(cfd) = 0', 'client: close(fd) = 0');
  }
  return lines.join('\n') + '\n';
}

describe('debug adapter: continue across slices', function () {
  this.timeout(30000);

  it('a breakpoint hit exactly at a slice boundary stops there, counted once', async () => {
    const text = lifecycles(300);
    // where the first slice ends, and how often that line ran up to there
    const run = scenario(text, { trace: false });
    let hits = 0;
    const keys: string[] = [];
    run.engine.lineObserver = (_t, _d, a) => keys.push(`${ANCHORS[a].fn.file}:${ANCHORS[a].line}`);
    run.engine.setStopAtStep(SLICE);
    const s = run.engine.run();
    assert.equal(s.reason, 'goto');
    assert.ok(s.task && s.anchor >= 0, 'the boundary is a kernel line');
    const key = `${ANCHORS[s.anchor].fn.file}:${ANCHORS[s.anchor].line}`;
    for (const k of keys) if (k === key) hits++;
    assert.ok(hits > 1);

    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sockwalk-boundary-'));
    const file = path.join(dir, 'slices.sockwalk');
    fs.writeFileSync(file, text);
    const c = new InProcessClient();
    try {
      await c.request('initialize', { adapterID: 'sockwalk', pathFormat: 'path' });
      const ini = c.next('initialized');
      const stopped = c.next('stopped');
      const launched = c.request('launch', { scenario: file });
      await ini;
      const a = ANCHORS[s.anchor];
      const set = await c.request<DebugProtocol.SetBreakpointsResponse>('setBreakpoints', {
        source: { path: path.join(mediaKernelDir(), a.fn.file) },
        breakpoints: [{ line: a.line, hitCondition: String(hits) }],
      });
      assert.ok(set.body.breakpoints[0].verified);
      await c.request('configurationDone');
      await launched;
      const ev = (await stopped) as { body: { reason: string } };
      assert.equal(ev.body.reason, 'breakpoint');
      const rt = (c.session as unknown as { rt: Runtime }).rt;
      assert.equal(rt.ctx.engine.steps, SLICE);
      await c.request('disconnect', {});
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
