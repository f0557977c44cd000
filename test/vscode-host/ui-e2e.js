// UI end-to-end: what a user does and sees in the workbench. F1 → "Sockwalk: Run Scenario…" →
// tcp-handshake → step in/over with F11/F10 into the kernel → the annotated source with VS Code's
// current-line highlight, sockwalk's annotation after it and the call stack; the source refuses typing
// (read-only). Saves docs/images/debugging-tcp-handshake.png. Run by run.js (--only=ui for just this).
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const host = require('./host');

async function runCommand(page, title) {
  // retried: right after load the palette may not list the extension's commands yet
  for (let attempt = 1; ; attempt++) {
    await page.keyboard.press('F1');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible', timeout: 15000 });
    await input.fill('>' + title);
    try {
      await page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().waitFor({ timeout: 5000 });
      await page.keyboard.press('Enter');
      return;
    } catch (e) {
      host.log(`palette attempt ${attempt}: "${title}" not listed yet`);
      await page.keyboard.press('Escape');
      if (attempt >= 5) throw e;
      await page.waitForTimeout(2000);
    }
  }
}

/** The editor's current (top stack frame) line: file tab and text. */
async function stoppedAt(page) {
  return page.evaluate(() => {
    const tab = document.querySelector('.tabs-container .tab.active .label-name, .tabs-container .tab.active .monaco-icon-label-container');
    const editor = [...document.querySelectorAll('.editor-instance .monaco-editor')].find((e) => e.querySelector('.debug-top-stack-frame-line, .debug-focused-stack-frame-line'));
    if (!editor) return null;
    const overlay = editor.querySelector('.view-overlays .debug-top-stack-frame-line, .view-overlays .debug-focused-stack-frame-line');
    const top = overlay && overlay.parentElement.style.top;
    const line = [...editor.querySelectorAll('.view-lines .view-line')].find((l) => l.style.top === top);
    const ln = document.querySelector('[id="status.editor.selection"]');
    return { tab: tab ? tab.textContent : '', ln: ln ? ln.textContent.replace(/,.*$/, '') : '', line: line ? line.textContent.replace(/\u00a0/g, ' ') : '' };
  });
}

async function waitForStop(page, previous, timeout = 15000) {
  const t0 = Date.now();
  for (;;) {
    const s = await stoppedAt(page);
    if (s && s.line && (!previous || s.tab !== previous.tab || s.ln !== previous.ln)) return s;
    if (Date.now() - t0 > timeout) throw new Error(`no new stop within ${timeout} ms (last: ${JSON.stringify(s)})`);
    await page.waitForTimeout(150);
  }
}

async function runUi({ server, browser, out }) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 860 } });
  const page = await context.newPage();
  page.on('pageerror', () => undefined);
  let rc = 1;
  try {
    const url = host.workbenchUrl(server, { folder: path.join(host.REPO, 'scenarios') });
    host.log('ui: opening the workbench');
    await page.goto(url);
    await page.locator('.monaco-workbench').waitFor({ timeout: 60000 });
    // (a scenario's row: the list shows the first ones; tcp-handshake.sockwalk may be below the fold)
    await page.locator('.explorer-folders-view .monaco-list-row', { hasText: '.sockwalk' }).first().waitFor({ timeout: 60000 });
    host.log('ui: workbench up, explorer lists the scenarios');

    await runCommand(page, 'Sockwalk: Run Scenario…');
    const qi = page.locator('.quick-input-widget input');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'built-in' }).first().waitFor({ timeout: 15000 });
    await qi.fill('tcp-handshake');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'tcp-handshake' }).first().waitFor({ timeout: 5000 });
    await page.keyboard.press('Enter');
    host.log('ui: picked tcp-handshake');
    let at = await waitForStop(page, null, 30000);
    host.log('ui: stopped on entry:', JSON.stringify(at));
    if (!/tcp-handshake/.test(at.tab)) throw new Error(`expected to stop in tcp-handshake.sockwalk, got ${JSON.stringify(at)}`);

    // into the kernel: socket() → __sys_socket → … then over a few lines
    // the Run and Debug view (call stack, variables) and room for the source: no bottom panel
    await page.keyboard.press('Control+Shift+D');
    await page.locator('.debug-call-stack').first().waitFor({ timeout: 10000 }).catch(() => undefined);
    if (await page.locator('.part.panel').isVisible().catch(() => false)) await page.keyboard.press('Control+J');
    const keys = ['F11', 'F11', 'F11', 'F10', 'F10', 'F11'];
    for (const k of keys) {
      await page.keyboard.press(k);
      at = await waitForStop(page, at);
      host.log(`ui: ${k} →`, JSON.stringify(at));
    }
    if (!/\.c$/.test(at.tab.trim())) throw new Error(`expected an annotated .c source after stepping, got ${JSON.stringify(at)}`);
    // let the decorations and the inline values settle
    await page.waitForTimeout(800);
    const marks = await page.evaluate(() => {
      const out = [];
      for (const el of document.querySelectorAll('.editor-instance .view-line span')) {
        const c = getComputedStyle(el, '::after').content;
        if (c && c !== 'none' && c !== 'normal' && /[◂↳]/.test(c)) out.push(c);
      }
      return out;
    });
    host.log('ui: sockwalk marks in the editor:', JSON.stringify(marks.slice(0, 4)));
    // the annotation after the current line is never cut off by the editor's edge: what does not fit
    // beside the line ends with … and the whole annotation is in a hover over the line
    const fits = await page.evaluate(() => {
      const ed = [...document.querySelectorAll('.editor-instance .monaco-editor')].find((e) => e.querySelector('.debug-top-stack-frame-line'));
      if (!ed) return null;
      const edge = ed.querySelector('.monaco-scrollable-element').getBoundingClientRect().right;
      for (const el of ed.querySelectorAll('.view-line span')) {
        const c = getComputedStyle(el, '::after').content;
        if (c && /◂/.test(c)) return { right: el.getBoundingClientRect().right, edge, text: c, cut: /…["']?$/.test(c) };
      }
      return null;
    });
    host.log('ui: the current line\'s annotation', JSON.stringify(fits));
    if (fits && fits.cut) {
      const line = await page.locator('.editor-instance .view-overlays .debug-top-stack-frame-line').first().boundingBox();
      const text = await page.locator('.editor-instance .view-lines .view-line').first().boundingBox();
      await page.mouse.move(text.x + 4, line.y + line.height / 2);
      const hover = page.locator('.monaco-hover:visible', { hasText: '◂' }).first();
      await hover.waitFor({ timeout: 8000 });
      const full = await hover.textContent();
      host.log('ui: hover over the current line:', JSON.stringify(full.trim().slice(0, 160)));
      if (full.replace(/…/g, '').trim().length <= fits.text.length - 4) throw new Error('the hover does not hold the whole annotation');
      await page.mouse.move(5, 5);
    }
    const callStack = await page.locator('.debug-call-stack .monaco-list-row').allTextContents();
    host.log('ui: call stack rows:', JSON.stringify(callStack.slice(0, 8)));
    if (!callStack.length) throw new Error('the call stack view shows nothing');
    fs.mkdirSync(out, { recursive: true });
    const shot = path.join(out, 'debugging-tcp-handshake.png');
    await page.screenshot({ path: shot });
    host.log('ui: screenshot', shot);

    // read-only: typing in the annotated source changes nothing
    const before = await page.locator('.editor-instance .view-lines').first().textContent();
    await page.locator('.editor-instance .view-lines').first().click();
    await page.keyboard.type('zzz');
    await page.waitForTimeout(400);
    const after = await page.locator('.editor-instance .view-lines').first().textContent();
    const message = await page.locator('.monaco-editor-overlaymessage').allTextContents();
    host.log('ui: typing in the annotated source →', JSON.stringify(message));
    if (after.includes('zzz') || before !== after) throw new Error('the annotated source accepted typing');

    await page.keyboard.press('Shift+F5');
    rc = marks.length ? 0 : 1;
    if (!marks.length) console.error('[ui] FAIL: no sockwalk decoration (annotation or callers) in the editor');
  } catch (e) {
    console.error('[ui] FAIL:', e);
    try { await page.screenshot({ path: path.join(server.tmp, 'ui-failure.png') }); fs.copyFileSync(path.join(server.tmp, 'ui-failure.png'), path.join(host.REPO, 'out/ui-failure.png')); } catch {}
    rc = 1;
  } finally {
    await context.close();
  }
  host.log(`ui e2e: ${rc === 0 ? 'passed' : 'FAILED'}`);
  return rc;
}

module.exports = { runUi, runCommand, stoppedAt, waitForStop };
