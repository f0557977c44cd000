// The webview message contract's validators and the webview page's HTML/CSP.

import * as assert from 'node:assert/strict';
import { checkToWebview, checkFromWebview, logSafe, webviewLogLine } from '../../src/views/protocol';
import { webviewHtml, contentSecurityPolicy } from '../../src/views/html';
import { record } from './record';
import type { SnapshotBody } from '../../src/debug/contract';

describe('webview protocol', () => {
  let body: SnapshotBody;
  before(async function () {
    this.timeout(30_000);
    body = (await record({ scenario: 'tcp-handshake', maxStops: 1 }))[0];
  });

  it('accepts a recorded snapshot and the small messages', () => {
    assert.ok(checkToWebview({ type: 'snapshot', seq: 1, session: 's', body }).ok);
    assert.ok(checkToWebview({ type: 'select', id: 'tcp_sock#7' }).ok);
    assert.ok(checkToWebview({ type: 'ended', session: 's' }).ok);
    assert.ok(checkToWebview({ type: 'idle' }).ok);
  });

  it('rejects malformed messages with a reason', () => {
    const bad: unknown[] = [
      null, 'x', [], { type: 7 }, { type: 'nope' },
      { type: 'snapshot', seq: -1, session: 's', body },
      { type: 'snapshot', seq: 1.5, session: 's', body },
      { type: 'snapshot', seq: 1, session: 's', body: { ...body, tables: {} } },
      { type: 'snapshot', seq: 1, session: 's', body: { ...body, snapshot: { ...body.snapshot, objects: { x: { id: 1 } } } } },
      { type: 'select', id: 'x"><script>' },
      { type: 'ended' },
    ];
    for (const m of bad) {
      const c = checkToWebview(m);
      assert.equal(c.ok, false, JSON.stringify(m)?.slice(0, 80));
      if (!c.ok) assert.ok(c.error.length > 5);
    }
  });

  it('checks what the webview sends', () => {
    assert.deepEqual(checkFromWebview({ type: 'openFunction', fn: 'inet_listen' }), { ok: true, value: { type: 'openFunction', fn: 'inet_listen' } });
    assert.ok(checkFromWebview({ type: 'selectObject', id: 'tcp_request_sock#15' }).ok);
    assert.ok(checkFromWebview({ type: 'drawn', seq: 3, ms: 1.5 }).ok);
    assert.ok(checkFromWebview({ type: 'log', level: 'warn', message: 'x' }).ok);
    for (const m of [{ type: 'openFunction', fn: '../etc/passwd' }, { type: 'selectObject', id: 'sock' }, { type: 'log', level: 'info', message: 'x' }, { type: 'drawn', seq: 1, ms: -1 }]) {
      assert.equal(checkFromWebview(m).ok, false, JSON.stringify(m));
    }
  });
});

describe('webview log lines (issue 19)', () => {
  it('a log message from the webview is marked as the view\'s and loses its control characters', () => {
    const line = webviewLogLine('draw failed\n[error] forged line\u001b[31m red\u202e evil\r\u0000');
    assert.equal(line, 'structures view (message from the webview): draw failed [error] forged line [31m red  evil ');
    assert.doesNotMatch(line, /[\u0000-\u001f\u007f-\u009f\u202a-\u202e]/);
    assert.equal(logSafe('x'.repeat(3000)).length, 2001);
  });
});

describe('webview HTML', () => {
  const o = { cspSource: 'https://file+.vscode-resource.vscode-cdn.net', nonce: 'abcdefghijklmnopqrstuv', scriptUri: 'https://x/structures.js', styleUri: 'https://x/structures.css' };

  it('has a strict CSP: nothing by default, scripts only with the nonce, no inline or eval', () => {
    const csp = contentSecurityPolicy(o.cspSource, o.nonce);
    assert.match(csp, /^default-src 'none'; script-src 'nonce-abcdefghijklmnopqrstuv'; style-src https:\/\/file\+\.vscode-resource\.vscode-cdn\.net 'nonce-/);
    assert.doesNotMatch(csp, /unsafe|\*/);
    const page = webviewHtml(o);
    assert.ok(page.includes(`<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;;`));
    assert.ok(page.includes(`<script nonce="${o.nonce}" src="${o.scriptUri}"></script>`));
    assert.equal((page.match(/<script/g) ?? []).length, 1);
  });

  it('escapes what it is given and refuses a weak nonce', () => {
    assert.ok(webviewHtml({ ...o, title: '<b>"x"</b>' }).includes('<title>&#60;b&#62;&#34;x&#34;&#60;/b&#62;</title>'));
    assert.throws(() => webviewHtml({ ...o, nonce: 'short' }));
    assert.throws(() => webviewHtml({ ...o, nonce: 'abcdefghijklmnopq" onload="x' }));
  });
});
