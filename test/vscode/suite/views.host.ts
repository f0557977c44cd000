// The views that follow a session, INSIDE a real VS Code: the structures webview is opened during a
// session and redraws at every step (its webview answers each snapshot with `drawn`), the sockets
// tree follows the pauses, a demo from the palette plays end to end, the walkthrough opens. The
// webview's DOM itself is checked by the UI test (ui-e2e.js) and the Chromium tests (test/webview).

import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { until } from './until';
import type { SockwalkApi } from '../../../src/extension/extension';
import type { SockNode } from '../../../src/views/socketsModel';
import { DEMOS } from '../../../src/views/demos';

let api: SockwalkApi;



function flat(nodes: SockNode[]): SockNode[] {
  return nodes.flatMap((n) => [n, ...flat(n.children)]);
}

/** The seq of the last snapshot posted to the webview, once the webview says it drew it. */
async function drawnAfter(seq: number, what: string): Promise<number> {
  return until(`the structures view to draw ${what}`, () => {
    const s = api.structures();
    const last = s?.lastPosted;
    if (!s || !last || last.type !== 'snapshot' || last.seq <= seq) return undefined;
    return s.drawn.some((d) => d.seq === last.seq) ? last.seq : undefined;
  });
}

function lastBody() {
  const m = api.structures()?.lastPosted;
  assert.ok(m && m.type === 'snapshot', 'a snapshot was posted');
  return m.body;
}

describe('sockwalk views in a real VS Code', function () {
  this.timeout(90000);

  before(async () => {
    const ext = vscode.extensions.getExtension<SockwalkApi>('sockwalk.sockwalk');
    assert.ok(ext);
    api = await ext.activate();
  });

  afterEach(async () => {
    vscode.debug.removeBreakpoints(vscode.debug.breakpoints);
    await vscode.debug.stopDebugging();
    await until('no debug session', () => !vscode.debug.activeDebugSession || undefined, 10000).catch(() => undefined);
  });

  it('the structures view opens during a session and redraws at every step; the sockets tree follows', async () => {
    const ok = await vscode.debug.startDebugging(vscode.workspace.workspaceFolders?.[0], { type: 'sockwalk', request: 'launch', name: 'views (test)', scenario: 'tcp-handshake', stopOnEntry: true });
    assert.ok(ok);
    await until('stopped on entry', () => vscode.debug.activeStackItem);
    await vscode.commands.executeCommand('sockwalk.showStructures');
    let seq = await drawnAfter(0, 'the entry stop');
    assert.equal(lastBody().stop.reason, 'entry');
    assert.equal(api.structures()!.rejected, 0, 'the webview sent nothing malformed');

    // step into socket(): each stop is a new picture, drawn
    for (let i = 0; i < 3; i++) {
      const before = lastBody().stop.step;
      await vscode.commands.executeCommand('workbench.action.debug.stepInto');
      seq = await drawnAfter(seq, `step ${i + 1}`);
      assert.ok(lastBody().stop.step > before, `the step count moved on (${before} → ${lastBody().stop.step})`);
    }
    assert.ok(lastBody().stop.frame, 'stopped in a kernel function');
    // after the first picture of the session, each pause went as a delta, and the webview could apply each
    assert.ok(api.structures()!.deltas >= 3, `${api.structures()!.deltas} deltas posted`);
    assert.equal(api.structures()!.resyncs, 0, 'no delta missed its base');

    // the sockets tree (visible once focused) shows the listener after listen()
    await vscode.commands.executeCommand('sockwalk.sockets.focus');
    const bp = new vscode.FunctionBreakpoint('inet_csk_wait_for_connect');
    vscode.debug.addBreakpoints([bp]);
    await new Promise((r) => setTimeout(r, 300));
    await vscode.commands.executeCommand('workbench.action.debug.continue');
    seq = await drawnAfter(seq, 'the stop in inet_csk_wait_for_connect');
    assert.equal(lastBody().stop.frame?.fn, 'inet_csk_wait_for_connect');
    const listener = await until('fd 3 LISTEN in the sockets tree', () => flat(api.sockets()).find((n) => n.kind === 'sock' && /^fd 3 \(lfd\) · TCP LISTEN/.test(n.label)));
    assert.match(listener.description ?? '', /10\.0\.0\.1:8080/);

    // a sock picked in the tree is sent to the webview to select
    await vscode.commands.executeCommand('sockwalk.selectObject', listener.objectId);
    await until('a select message', () => {
      const m = api.structures()?.lastPosted;
      return m?.type === 'select' && m.id === listener.objectId;
    });

    // the session ends: the view keeps the last picture, marked as ended
    await vscode.debug.stopDebugging();
    await until('an "ended" message', () => api.structures()?.lastPosted?.type === 'ended');
  });

  it('a demo from the palette plays end to end: every moment, its explanation in the view', async () => {
    const cfg = vscode.workspace.getConfiguration('sockwalk');
    await cfg.update('demo.pace', 0.2, vscode.ConfigurationTarget.Global);
    try {
      const demo = DEMOS.find((d) => d.id === 'handshake')!;
      // a fresh structures view (it takes a while to load): autoplay waits for its first picture
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      await until('no structures view', () => (api.structures() === undefined ? true : undefined));
      const texts = new Set<string>();
      // a slow machine: the view's first picture is known 4 s after it was drawn; at a pace of 0.2 s the
      // demo would be past its second moment by then if it did not wait for it
      const slowMs = 4000;
      api.delayDrawnForTests(slowMs);
      const reachedAt: number[] = [];
      const watch = setInterval(() => {
        const m = api.structures()?.lastPosted;
        if (m?.type === 'snapshot' && m.body.stop.text) texts.add(m.body.stop.text);
        const r = api.demo()?.reached ?? 0;
        while (reachedAt.length < r) reachedAt.push(Date.now());
      }, 20);
      const started = await vscode.commands.executeCommand<boolean>('sockwalk.demo.handshake');
      assert.ok(started, 'the demo started a session');
      const done = await until('the demo to show all its moments', () => {
        const s = api.demo();
        return s?.finished ? s : undefined;
      }, 60000);
      clearInterval(watch);
      api.delayDrawnForTests(0);
      assert.ok(reachedAt.length >= 2);
      assert.ok(reachedAt[1] - reachedAt[0] >= slowMs - 200, `the demo went on to its second moment ${reachedAt[1] - reachedAt[0]} ms after the first, before the view's first picture was known (${slowMs} ms)`);
      assert.equal(done.reached, demo.moments.length);
      assert.equal(done.text, demo.moments[demo.moments.length - 1].explain);
      // the view got (and drew) the last moment's picture with its explanation
      await until('the last moment drawn', () => {
        const s = api.structures();
        const m = s?.lastPosted;
        return m?.type === 'snapshot' && m.body.stop.text === done.text && s!.drawn.some((d) => d.seq === m.seq);
      });
      assert.ok(texts.size >= 3, `the view was sent the moments as they came (${texts.size})`);
      // after the last moment the demo holds there: the session is still paused
      assert.ok(vscode.debug.activeDebugSession?.configuration.sockwalkDemo === 'handshake');
    } finally {
      api.delayDrawnForTests(0);
      await cfg.update('demo.pace', undefined, vscode.ConfigurationTarget.Global);
    }
  });

  it('the presenter can hold a demo and play it on', async () => {
    const cfg = vscode.workspace.getConfiguration('sockwalk');
    await cfg.update('demo.pace', 0, vscode.ConfigurationTarget.Global);
    try {
      await vscode.commands.executeCommand('sockwalk.demo.socketCreation');
      const first = await until('the first moment', () => (api.demo()?.reached === 1 ? api.demo() : undefined));
      assert.equal(first.playing, true);
      // pace 0: it waits for the presenter
      await new Promise((r) => setTimeout(r, 800));
      assert.equal(api.demo()?.reached, 1, 'pace 0 holds at the moment');
      await vscode.commands.executeCommand('sockwalk.demo.resume');
      await until('the second moment', () => api.demo()?.reached === 2 || undefined);
      // a step by the presenter stops the autoplay
      await vscode.commands.executeCommand('workbench.action.debug.stepOver');
      await until('autoplay off after a step', () => api.demo()?.playing === false || undefined);
    } finally {
      await cfg.update('demo.pace', undefined, vscode.ConfigurationTarget.Global);
    }
  });

  it('the Get Started walkthrough opens', async () => {
    await vscode.commands.executeCommand('workbench.action.openWalkthrough', 'sockwalk.sockwalk#lesson', false);
    const tab = await until('the walkthrough tab', () => {
      const t = vscode.window.tabGroups.activeTabGroup.activeTab;
      return t && /Welcome|Walkthrough/i.test(t.label) ? t : undefined;
    });
    assert.ok(tab.label);
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });
});
