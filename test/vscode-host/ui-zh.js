// UI end-to-end in Chinese: the display language zh-cn (code-server --locale zh-cn and the stub
// language pack). What a Chinese reader sees: the Run Scenario quick pick, a sockwalk annotation after
// the current line of a kernel source, a demo moment's banner in the structures view, and the Get Started
// walkthrough's first page — each must contain Chinese (CJK) text, and each is saved as a screenshot:
// docs/images/zh-cn-run-scenario.png, zh-cn-debugging.png, zh-cn-demo.png, zh-cn-walkthrough.png.
// Needs a CJK font (fonts-noto-cjk, installed by setup.sh), or Chromium draws the Chinese as boxes.
// Run by run.js (--only=ui-zh).
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const host = require('./host');
const { runCommand, waitForStop } = require('./ui-e2e');
const nls = require('../../package.nls.zh-cn.json');

const CJK = /[\u4e00-\u9fff]/;
const cjk = (what, text) => {
  if (!CJK.test(text || '')) throw new Error(`${what} shows no Chinese: ${JSON.stringify(text)}`);
  host.log(`ui-zh: ${what}:`, JSON.stringify(String(text).trim().slice(0, 120)));
};

async function runUiZh({ server, browser, out }) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 860 } });
  const page = await context.newPage();
  page.on('pageerror', () => undefined);
  let rc = 1;
  try {
    await page.goto(host.workbenchUrl(server, { folder: path.join(host.REPO, 'scenarios') }));
    await page.locator('.monaco-workbench').waitFor({ timeout: 60000 });
    // (a scenario's row: the list shows the first ones; tcp-handshake.sockwalk may be below the fold)
    await page.locator('.explorer-folders-view .monaco-list-row', { hasText: '.sockwalk' }).first().waitFor({ timeout: 60000 });
    fs.mkdirSync(out, { recursive: true });

    // 1. the Run Scenario quick pick
    await runCommand(page, `Sockwalk: ${nls['command.runScenario.title']}`);
    const qi = page.locator('.quick-input-widget input');
    const rows = page.locator('.quick-input-list .monaco-list-row');
    await rows.first().waitFor({ timeout: 15000 });
    await page.waitForTimeout(300);
    cjk('the Run Scenario quick pick', (await page.locator('.quick-input-widget').innerText()).replace(/\s+/g, ' '));
    await page.screenshot({ path: path.join(out, 'zh-cn-run-scenario.png') });

    // 2. an annotation after the current line
    await qi.fill('tcp-handshake');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'tcp-handshake' }).first().waitFor({ timeout: 5000 });
    await page.keyboard.press('Enter');
    let at = await waitForStop(page, null, 30000);
    await page.keyboard.press('Control+Shift+D');
    await page.locator('.debug-call-stack').first().waitFor({ timeout: 10000 }).catch(() => undefined);
    if (await page.locator('.part.panel').isVisible().catch(() => false)) await page.keyboard.press('Control+J');
    for (const k of ['F11', 'F11', 'F11', 'F10', 'F10', 'F11']) {
      await page.keyboard.press(k);
      at = await waitForStop(page, at);
    }
    await page.waitForTimeout(800);
    const marks = await page.evaluate(() => {
      const found = [];
      for (const el of document.querySelectorAll('.editor-instance .view-line span')) {
        const c = getComputedStyle(el, '::after').content;
        if (c && c !== 'none' && c !== 'normal' && /◂/.test(c)) found.push(c);
      }
      return found;
    });
    cjk(`the annotation after ${at.tab.trim()}:${at.ln}`, marks.join(' '));
    // the debug session's own words (its scopes: Arguments, Locals …) come from the session bundle
    // (dist/session.js), which gets VS Code's translator when it is loaded
    const scopes = page.locator('.debug-variables .monaco-list-row');
    await scopes.filter({ hasText: CJK }).first().waitFor({ timeout: 10000 }).catch(() => undefined);
    cjk('the Variables view\'s scopes', (await page.locator('.debug-variables').innerText().catch(() => '')).replace(/\s+/g, ' '));
    await page.screenshot({ path: path.join(out, 'zh-cn-debugging.png') });
    await page.keyboard.press('Shift+F5');
    await page.waitForTimeout(1000);

    // 3. a demo moment's banner
    await runCommand(page, `Sockwalk: ${nls['command.demo.handshake.title']}`);
    const wv = page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
    const banner = wv.locator('[data-testid=banner]');
    await banner.filter({ hasText: /[\u4e00-\u9fff]/ }).first().waitFor({ timeout: 30000 });
    for (let i = 0; i < 2; i++) {
      const before = await banner.textContent();
      await page.locator('.monaco-workbench').press('F5').catch(() => page.keyboard.press('F5'));
      const t0 = Date.now();
      while ((await banner.textContent()) === before && Date.now() - t0 < 15000) await page.waitForTimeout(150);
    }
    if (await page.locator('.part.sidebar').isVisible().catch(() => false)) await page.keyboard.press('Control+B');
    await page.waitForTimeout(500);
    // the view follows the moment's first change: bring the banner back into sight for the picture
    await banner.scrollIntoViewIfNeeded();
    await page.waitForTimeout(300);
    cjk('the demo banner', await banner.textContent());
    await page.screenshot({ path: path.join(out, 'zh-cn-demo.png') });
    await page.keyboard.press('Shift+F5');
    await page.waitForTimeout(1000);

    // 4. the walkthrough's first page
    await runCommand(page, 'Welcome: Open Walkthrough...');
    await page.locator('.quick-input-widget input').fill(nls['walkthrough.title']);
    await page.locator('.quick-input-list .monaco-list-row', { hasText: nls['walkthrough.title'] }).first().waitFor({ timeout: 15000 });
    await page.keyboard.press('Enter');
    const first = page.locator('.getting-started-step', { hasText: nls['walkthrough.socketCreation.title'] }).first();
    await first.waitFor({ timeout: 15000 });
    await page.waitForTimeout(1500);
    cjk('the walkthrough', await page.locator('.gettingStartedSlideDetails').first().textContent());
    await page.screenshot({ path: path.join(out, 'zh-cn-walkthrough.png') });
    rc = 0;
  } catch (e) {
    console.error('[ui-zh] FAIL:', e);
    try { await page.screenshot({ path: path.join(host.REPO, 'out/ui-zh-failure.png') }); } catch {}
    rc = 1;
  } finally {
    await context.close();
  }
  host.log(`ui-zh: ${rc === 0 ? 'passed' : 'FAILED'}`);
  return rc;
}

module.exports = { runUiZh };
