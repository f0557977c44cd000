// The structures webview in Chinese, in real (headless) Chromium: the words come from the extension
// in a 'strings' message (the contract of src/views/protocol.ts), translated from the same bundle as
// everything else (l10n/bundle.l10n.zh-cn.json); the kernel's own names stay as they are. Before
// the words come, and for any word not sent, the view is in English.

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { SnapshotBody } from '../../src/debug/contract';
import { WEBVIEW_STRINGS } from '../../src/views/webviewStrings';
import { record } from './record';
import { unavailable, startChromium, open, load, feed, fullShot, type Browser, type Chromium, type Page, type Served } from './harness';

type W = Window & { __posted: Array<Record<string, unknown>> };

describe('structures webview in Chinese', function () {
  this.timeout(120_000);
  let bodies: SnapshotBody[];
  let served: Served;
  let browser: Browser;
  let page: Page;
  let chromium: Chromium | undefined;
  const bundle = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../l10n/bundle.l10n.zh-cn.json'), 'utf8')) as Record<string, string>;
  // what the extension sends for zh-CN (StructuresPanel: vscode.l10n.t of every word)
  const strings = Object.fromEntries(WEBVIEW_STRINGS.map((w) => [w, bundle[w]]));
  const text = (sel: string) => page.evaluate((s: string) => document.querySelector(s)?.textContent?.replace(/\s+/g, ' ').trim() ?? null, sel);
  const headings = () => page.evaluate(() => [...document.querySelectorAll('vscode-collapsible')].map((c) => c.getAttribute('heading')));

  before(async function () {
    if (unavailable()) this.skip();
    bodies = await record({ scenario: 'tcp-handshake', step: 'over' });
    chromium = await startChromium('sockwalk-webview-zh-');
    ({ served, browser } = chromium);
    page = await open(browser, served, { tab: 'details' });
    await load(page, bodies);
  });

  after(async () => {
    await chromium?.close();
  });

  it('is in English until the words come: the placeholder, then the picture', async () => {
    assert.equal(await text('.placeholder'), 'Waiting for a sockwalk debug session to pause…');
    await feed(page, 0, Math.min(6, bodies.length - 1));
    assert.deepEqual(await headings(), ['socket() lookup and the two-layer dispatch', 'Hosts: fd → file → socket → sock, hash tables, accept queues', 'The wire', 'TCP states']);
  });

  it('redraws in Chinese when the extension sends the words: headings, labels, legends; kernel names unchanged', async () => {
    await page.evaluate((s: Record<string, string>) => window.postMessage({ type: 'strings', strings: s }, '*'), strings);
    await page.waitForFunction(() => [...document.querySelectorAll('vscode-collapsible')].some((c) => c.getAttribute('heading') === '线路'), undefined);
    assert.deepEqual(await headings(), ['socket() 的查找与两层分发', '主机：fd → file → socket → sock、哈希表、全连接队列', '线路', 'TCP 状态']);
    assert.match((await text('[data-testid="step"]'))!, /^第 \d+ 步$/);
    assert.equal(await text('label.follow'), '跟随变化');
    assert.match((await text('.hdr .reason'))!, /^(单步|入口|暂停|断点)$/);
    assert.match((await text('.wire h3'))!, /^在线路上的数据包$/);
    const h4 = await page.evaluate(() => [...document.querySelectorAll('.hashes h4')].map((h) => h.textContent!.replace(/\s+/g, ' ').trim()));
    assert.ok(h4.includes('bhash （inet_bind_bucket：端口 → 属主）'), h4.join(' | '));
    assert.ok(h4.some((h) => h.startsWith('ehash （established：四元组')), h4.join(' | '));
    // the kernel's identifiers are not translated
    assert.ok(await page.evaluate(() => !!document.querySelector('table[data-table="tcp_prot"]')));
    assert.match((await text('.ktables'))!, /inetsw\[SOCK_STREAM\]/);
    assert.match((await text('.hosts'))!, /struct socket/);
    assert.ok(!(await page.evaluate(() => (window as unknown as W).__posted.some((m) => m.type === 'log'))), 'no message rejected');
  });

  it('keeps the words for the next pauses and for the placeholder', async () => {
    await feed(page, 7, Math.min(12, bodies.length - 1));
    assert.deepEqual((await headings())[2], '线路');
    await page.evaluate(() => window.postMessage({ type: 'idle' }, '*'));
    await page.waitForFunction(() => !!document.querySelector('.placeholder'), undefined);
    assert.match((await text('.placeholder'))!, /^没有暂停中的 sockwalk 会话/);
    if (process.env.SOCKWALK_SHOTS) {
      await feed(page, 0, Math.min(12, bodies.length - 1), 's2');
      await fullShot(page, path.resolve(__dirname, '../../docs/images/structures-zh-cn.png'));
    }
  });

  it('rejects a malformed strings message', async () => {
    const n0 = await page.evaluate(() => (window as unknown as W).__posted.filter((m) => m.type === 'log').length);
    await page.evaluate(() => window.postMessage({ type: 'strings', strings: { open: 42 } }, '*'));
    await page.waitForFunction((n: number) => (window as unknown as W).__posted.filter((m) => m.type === 'log').length > n, n0);
  });
});
