// UI end-to-end for the views: what a presenter does and what the audience sees. F1 → "Sockwalk:
// Demo — The three-way handshake" (pace 0: the demo holds at each moment until F5) → the structures
// webview, read from its DOM inside the workbench: the banner explains each moment; the request sock
// appears in the server's established hash at the SYN (marked new), the child replaces it at the final
// ACK (the request sock marked removed), the child waits in the accept queue, accept() takes it. Then
// F11 steps and the view's step number moves on. Last, the Get Started walkthrough. Saves
// docs/images/demo-handshake.png. Run by run.js (--only=views).
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const host = require('./host');
const { runCommand } = require('./ui-e2e');
const { DEMOS } = require('../../out/views/demos.js');

/** The structures webview's document (two nested iframes in the workbench). */
function webview(page) {
  return page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
}

async function bannerIs(wv, text, timeout = 30000) {
  await wv.locator('[data-testid=banner]', { hasText: text.slice(0, 60) }).waitFor({ timeout });
}

async function count(loc) {
  return loc.count();
}

async function runViews({ server, browser, out }) {
  const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
  const page = await context.newPage();
  page.on('pageerror', () => undefined);
  let rc = 1;
  try {
    const demo = DEMOS.find((d) => d.id === 'handshake');
    await page.goto(host.workbenchUrl(server, { folder: path.join(host.REPO, 'scenarios') }));
    await page.locator('.monaco-workbench').waitFor({ timeout: 60000 });
    await page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'tcp-handshake.sockwalk' }).waitFor({ timeout: 60000 });
    host.log('views: workbench up');

    await runCommand(page, 'Sockwalk: Demo — The three-way handshake');
    const wv = webview(page);
    const moment = async (i) => {
      await bannerIs(wv, demo.moments[i].explain);
      host.log(`views: moment ${i + 1}/${demo.moments.length} (${demo.moments[i].fn}) in the banner`);
    };
    const next = async (i) => {
      // the focus is in the workbench (the panel opened without taking it): F5 continues
      await page.locator('.monaco-workbench').press('F5').catch(() => page.keyboard.press('F5'));
      await moment(i);
    };
    await moment(0);
    const ehash = (kind, mark) => wv.locator(`[data-table=ehash] li.row${mark ? `.mark-${mark}` : ''}[data-ref^="${kind}#"]`);
    await next(1);
    await next(2); // tcp_v4_send_synack: the request sock is in the established hash
    const reqNew = await count(ehash('tcp_request_sock', 'new'));
    host.log(`views: at the SYN, ehash rows: request sock marked new ×${reqNew}`);
    if (reqNew !== 1) throw new Error(`expected the request sock in ehash marked new at the SYN, found ${reqNew}`);
    await next(3);
    await next(4);
    await next(5); // inet_csk_complete_hashdance: the child replaced it
    const childNew = await count(ehash('tcp_sock', 'new'));
    const reqGone = await count(ehash('tcp_request_sock', 'removed'));
    host.log(`views: at the final ACK, ehash: child marked new ×${childNew}, request sock marked removed ×${reqGone}`);
    if (childNew !== 1 || reqGone !== 1) throw new Error(`expected the child (new) to replace the request sock (removed) in ehash: ${childNew}, ${reqGone}`);
    await next(6); // tcp_child_process: in the accept queue
    const queued = await count(wv.locator('.aq li.aqe'));
    host.log(`views: accept queue entries ×${queued}`);
    if (queued !== 1) throw new Error(`expected one child in the accept queue, found ${queued}`);
    await next(7); // sock_graft: accept() took it
    await wv.locator('.aq li.aqe.mark-removed').first().waitFor({ timeout: 10000 });
    host.log('views: accept() took the child (its queue entry marked removed)');
    fs.mkdirSync(out, { recursive: true });
    // the audience looks at the server's listener and tables: room for them, and them in view
    if (await page.locator('.part.panel').isVisible().catch(() => false)) await page.keyboard.press('Control+J');
    if (await page.locator('.part.sidebar').isVisible().catch(() => false)) await page.keyboard.press('Control+B');
    await page.waitForTimeout(300);
    await wv.locator('.acceptq').first().scrollIntoViewIfNeeded();
    const shot = path.join(out, 'demo-handshake.png');
    await page.screenshot({ path: shot });
    host.log('views: screenshot', shot);

    // a function in an ops table opens its annotated source
    await wv.locator('[data-table=inet_stream_ops] [data-fn=inet_listen]').first().click();
    const tab = page.locator('.tabs-container .tab.active', { hasText: 'af_inet.c' });
    await tab.waitFor({ timeout: 15000 });
    const line = await page.locator('[id="status.editor.selection"]').textContent();
    host.log(`views: clicking inet_stream_ops.listen → inet_listen opened af_inet.c at ${line}`);

    // a sock picked in the view is revealed and selected in the Sockwalk Sockets tree (Run and Debug)
    await page.keyboard.press('Control+Shift+D');
    await page.locator('.debug-call-stack').first().waitFor({ timeout: 10000 }).catch(() => undefined);
    const listener = wv.locator('[data-table=lhash2] button.chip.obj[data-id^="tcp_sock#"]').first();
    const sockId = await listener.getAttribute('data-id');
    await listener.click();
    const row = page.locator('.pane', { hasText: 'Sockwalk Sockets' }).locator('.monaco-list-row.selected', { hasText: 'TCP LISTEN' });
    await row.first().waitFor({ timeout: 15000 });
    host.log(`views: clicking ${sockId} in the view selected "${(await row.first().textContent()).trim()}" in the sockets tree`);

    // the presenter steps with the view focused (its editor group active): the debugger opens the next
    // source in that group, the extension moves it aside, and the view, still visible, follows
    const stepText = async () => (await wv.locator('[data-testid=step]').textContent({ timeout: 5000 })).trim();
    const before = await stepText();
    await wv.locator('[data-testid=step]').click();
    for (let i = 0; i < 3; i++) {
      await page.keyboard.press('F11');
      await page.waitForTimeout(400);
    }
    const t0 = Date.now();
    let after = before;
    while (after === before && Date.now() - t0 < 15000) {
      await page.waitForTimeout(100);
      after = await stepText().catch(() => before);
    }
    host.log(`views: F11 ×3 → the view went from "${before}" to "${after}"`);
    if (after === before) throw new Error('the structures view did not follow a step');
    await page.waitForTimeout(500);
    const panelVisible = await page.locator('iframe.webview.ready').first().isVisible();
    const sources = await page.locator('.tabs-container .tab.active').allTextContents();
    host.log(`views: after the steps, the view is ${panelVisible ? 'visible' : 'HIDDEN'}; active tabs ${JSON.stringify(sources.map((t) => t.trim()))}`);
    if (!panelVisible) throw new Error('a source the debugger opened covers the structures view');
    if (!sources.some((t) => /\.(c|h)\b/.test(t))) throw new Error('no annotated source is showing beside the view');
    await page.keyboard.press('Shift+F5');

    // the walkthrough
    await runCommand(page, 'Welcome: Open Walkthrough...');
    await page.locator('.quick-input-widget input').fill('Read the Linux socket layer');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Read the Linux socket layer' }).first().waitFor({ timeout: 15000 });
    await page.keyboard.press('Enter');
    await page.locator('.getting-started-step', { hasText: 'The three-way handshake' }).first().waitFor({ timeout: 15000 });
    const steps = await page.locator('.getting-started-step .step-title').allTextContents();
    host.log('views: walkthrough steps', JSON.stringify(steps));
    if (steps.length !== DEMOS.length) throw new Error(`expected ${DEMOS.length} walkthrough steps, got ${steps.length}`);
    await page.screenshot({ path: path.join(out, 'walkthrough.png') });
    rc = 0;
  } catch (e) {
    console.error('[views] FAIL:', e);
    try {
      await page.screenshot({ path: path.join(host.REPO, 'out/ui-views-failure.png') });
    } catch {}
    rc = 1;
  } finally {
    await context.close();
  }
  host.log(`views e2e: ${rc === 0 ? 'passed' : 'FAILED'}`);
  return rc;
}

module.exports = { runViews };
