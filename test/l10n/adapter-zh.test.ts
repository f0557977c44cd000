// The debug adapter on its own (as another DAP client runs it) in Chinese: a launch configuration's
// "lang": "zh-cn" — real DAP messages, in process. The stop at a built-in scenario's `pause` carries
// the translated text, the scopes have Chinese names, the variables keep the kernel's names.

import { strict as assert } from 'node:assert';
import type { DebugProtocol } from '@vscode/debugprotocol';
import { InProcessClient } from '../../src/debug/inproc';
import { setLanguage } from '../../src/l10n/l10n';

describe('l10n: the debug adapter with "lang": "zh-cn"', function () {
  this.timeout(60_000);
  after(() => setLanguage('en'));

  it('says the pause and the scopes in Chinese', async () => {
    const c = new InProcessClient();
    await c.request('initialize', { adapterID: 'sockwalk', linesStartAt1: true, columnsStartAt1: true, pathFormat: 'path' });
    const initialized = c.next('initialized');
    const stopped = c.next('stopped');
    const launched = c.request('launch', { scenario: 'half-open-queue', stopOnEntry: false, lang: 'zh-cn' });
    await initialized;
    await c.request('configurationDone');
    await launched;
    const ev = (await stopped) as DebugProtocol.StoppedEvent;
    assert.equal(ev.body.reason, 'pause');
    assert.equal(ev.body.text, 'established 哈希表中有两个请求 sock（NEW_SYN_RECV），qlen 2，全连接队列为空');
    const st = await c.request('stackTrace', { threadId: ev.body.threadId });
    const frames = (st.body as DebugProtocol.StackTraceResponse['body']).stackFrames;
    const kernelFrame = frames.find((f) => f.source?.path?.endsWith('.c')) ?? frames[0];
    const sc = await c.request('scopes', { frameId: kernelFrame.id });
    const names = (sc.body as DebugProtocol.ScopesResponse['body']).scopes.map((s) => s.name);
    assert.ok(names.some((n) => /^内核（server）$|^文件描述符（|^参数$|^局部变量$/.test(n)), names.join(', '));
    assert.ok(!names.some((n) => /^(Arguments|Locals|Kernel \(|File descriptors)/.test(n)), names.join(', '));
    c.session.dispose?.();
  });
});
