// UI end-to-end for the small things a newcomer trips over (issue 18, §3), each as a user meets it,
// in a fresh workspace (a temporary folder with a broken scenario and media/ → the repo's annotated
// sources) opened the way `npm start` opens one, Welcome page included:
//  1. the Get Started walkthrough is on the Welcome page, its card has a description, its steps show
//     no raw backticks;
//  2. Run Scenario lists the lesson's scenarios first (tcp-handshake first and the one it starts on),
//     each with its description, the conformance ones in a group after;
//  3. F5 on a scenario with errors: one message naming the first error, with Show Problems (which
//     opens the Problems view), and no "Open launch.json";
//  4. a header under media/kernel/ opens as C;
//  5. Open the Real Kernel Source with no function under the cursor, or with Elixir out of reach (this
//     machine is offline), offers sockwalk.linuxSourcePath (the Settings editor opens at it);
//  6. a run's Debug Console stays closed (internalConsoleOptions neverOpen);
//  7. the kernel can be browsed without a run: the Kernel Sources tree, Ctrl+T, F12 from a call, a
//     breakpoint set before starting.
// Run by run.js (--only=papercuts).
'use strict';
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const host = require('./host');
const { runCommand } = require('./ui-e2e');

function check(ok, what) {
  if (!ok) throw new Error(what);
  host.log(`papercuts: ok — ${what}`);
}

/** A notification with this text: its toast, or (a headless window may not toast it) its entry in the notification center. */
async function notification(page, hasText, timeout = 20000) {
  const toast = page.locator('.notification-toast', { hasText }).first();
  const item = page.locator('.notifications-center .notification-list-item', { hasText }).first();
  const t0 = Date.now();
  while (Date.now() - t0 < timeout) {
    if (await toast.isVisible().catch(() => false)) return toast;
    if (await item.isVisible().catch(() => false)) return item;
    if (Date.now() - t0 > 4000 && !(await page.locator('.notifications-center.visible').isVisible().catch(() => false))) {
      await runCommand(page, 'Notifications: Show Notifications').catch(() => undefined);
    }
    await page.waitForTimeout(300);
  }
  throw new Error(`no notification saying "${hasText}"`);
}

async function runPapercuts({ server, browser, out }) {
  const ws = fs.mkdtempSync(path.join(os.tmpdir(), 'sockwalk-papercuts-'));
  fs.writeFileSync(path.join(ws, 'broken.sockwalk'), '# a scenario with mistakes\nhost server 10.0.0.1\nserver: fd = sokcet(AF_INET, SOCK_STREAM, 0)\nserver: bind(fd, 10.0.0.1:8080)\n');
  fs.symlinkSync(path.join(host.REPO, 'media'), path.join(ws, 'media'));
  const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
  const page = await context.newPage();
  page.on('pageerror', () => undefined);
  let rc = 1;
  try {
    await page.goto(host.workbenchUrl(server, { folder: ws, welcome: true }));
    await page.locator('.monaco-workbench').waitFor({ timeout: 60000 });

    // 1. the walkthrough, from the Welcome page
    const card = page.locator('.getting-started-category', { hasText: 'Read the Linux socket layer' }).first();
    await card.waitFor({ timeout: 60000 });
    const cardText = (await card.textContent()).replace(/\s+/g, ' ');
    check(/simulated Linux 5\.4 kernel/.test(cardText), `the Welcome page lists the walkthrough with its description ("${cardText.trim().slice(0, 90)}…")`);
    await card.click();
    const step = page.locator('.getting-started-step', { hasText: 'Create a socket' }).first();
    await step.waitFor({ timeout: 15000 });
    const stepText = await page.locator('.getting-started-step .step-description-container').first().textContent();
    check(!stepText.includes('`') && /net_families\[AF_INET\]/.test(stepText), `a step's text shows code without raw backticks ("${stepText.trim().slice(0, 70)}…")`);
    await page.keyboard.press('Control+W');

    // 2. Run Scenario's picker
    await runCommand(page, 'Sockwalk: Run Scenario');
    const rows = page.locator('.quick-input-list .monaco-list-row');
    // (the palette's own list of commands may still be drawn for a moment: wait for the scenarios)
    await rows.filter({ hasText: 'tcp-handshake' }).first().waitFor({ timeout: 15000 });
    await page.waitForTimeout(500);
    const shown = await rows.evaluateAll((rs) => rs.map((r) => [...r.querySelectorAll('.label-name')].map((x) => x.textContent.trim())));
    const labels = shown.map((r) => r[0]);
    const active = (await page.locator('.quick-input-list .monaco-list-row.focused .label-name').first().textContent()).trim();
    const separators = (await page.locator('.quick-input-list .quick-input-list-separator').allTextContents()).filter((x) => x.trim());
    const firstDetail = shown[0][1] || '';
    host.log('papercuts: picker', JSON.stringify(labels.slice(0, 6)), 'separators', JSON.stringify(separators), 'active', active);
    check(labels.slice(0, 4).join() === 'tcp-handshake,connect-refused,half-open-queue,udp-exchange', 'the lesson’s scenarios come first, in the lesson’s order');
    check(active === 'tcp-handshake', 'the picker starts on tcp-handshake');
    check(separators.some((s) => /The lesson/.test(s)) && separators.some((s) => /Conformance/.test(s)), 'the lesson and the conformance scenarios are in groups of their own');
    check(/a server creates a socket/.test(firstDetail || ''), `each comes with its description ("${(firstDetail || '').trim().slice(0, 60)}")`);
    await page.keyboard.press('Escape');

    // 3. F5 on a scenario with errors
    await page.keyboard.press('Control+P');
    await page.locator('.quick-input-widget input').fill('broken.sockwalk');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'broken.sockwalk' }).first().waitFor({ timeout: 15000 });
    await page.keyboard.press('Enter');
    await page.locator('.tabs-container .tab.active', { hasText: 'broken.sockwalk' }).waitFor({ timeout: 15000 });
    await page.waitForTimeout(1500);
    await page.locator('.editor-instance .monaco-editor').first().click();
    await page.locator('.monaco-workbench').press('F5').catch(() => page.keyboard.press('F5'));
    const err = await notification(page, 'cannot run');
    const errText = (await err.textContent()).replace(/\s+/g, ' ');
    host.log('papercuts: F5 →', errText.slice(0, 200));
    check(/broken\.sockwalk:3:\d+/.test(errText) && /sokcet/.test(errText), 'the message names the first error with its line:col');
    check((await err.locator('.monaco-button', { hasText: 'Show Problems' }).count()) === 1, 'it offers Show Problems');
    check((await page.locator('.notification-toast, .notification-list-item', { hasText: 'launch.json' }).count()) === 0, 'no “Open launch.json”');
    await page.screenshot({ path: path.join(out, 'scenario-errors.png') });
    await err.locator('.monaco-button', { hasText: 'Show Problems' }).click();
    await page.locator('.markers-panel').first().waitFor({ timeout: 15000 });
    check(/sokcet/.test(await page.locator('.markers-panel').first().textContent()), 'Show Problems opens the Problems view with the error');
    await page.keyboard.press('Control+J');

    // 4. a header of the annotated sources opens as C
    await page.keyboard.press('Control+P');
    await page.locator('.quick-input-widget input').fill('include/net/sock.h');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'sock.h' }).first().waitFor({ timeout: 15000 });
    await page.keyboard.press('Enter');
    await page.locator('.tabs-container .tab.active', { hasText: 'sock.h' }).waitFor({ timeout: 15000 });
    await page.waitForTimeout(800);
    const mode = (await page.locator('[id="status.editor.mode"]').textContent()).trim();
    check(mode === 'C', `sock.h opens as C (language mode "${mode}")`);

    // 5. Open the Real Kernel Source at the top of the file (a comment, no function)
    await page.keyboard.press('Control+Home');
    await runCommand(page, 'Sockwalk: Open the Real Kernel Source');
    const none = await notification(page, 'no kernel function under the cursor');
    await none.locator('.monaco-button', { hasText: 'Set sockwalk.linuxSourcePath' }).click();
    await page.locator('.settings-editor').first().waitFor({ timeout: 15000 });
    await page.locator('.setting-item-contents', { hasText: 'Linux Source Path' }).first().waitFor({ timeout: 15000 });
    check(true, 'no function under the cursor: the message offers sockwalk.linuxSourcePath, and the Settings editor opens at it');
    await page.keyboard.press('Control+W');

    // 7. browse the kernel without running it: the Kernel Sources tree, Ctrl+T, F12, a breakpoint set before a run
    // room for it: the workspace's folder pane folded, the Kernel Sources view focused (its own command)
    await page.locator('.pane-header', { hasText: path.basename(ws) }).first().click();
    await runCommand(page, 'Explorer: Focus on Kernel Sources View');
    const pane = page.locator('.pane', { hasText: 'Kernel Sources' }).first();
    await pane.locator('.monaco-list-row').first().waitFor({ timeout: 15000 });
    // (the files run past the pane's fold as the annotated sources grow, and the list draws no rows
    // there: scroll down to the file, as to its function below)
    const fileRow = pane.locator('.monaco-list-row', { hasText: 'net/ipv4/tcp_input.c' }).first();
    for (let i = 0; !(await fileRow.isVisible()); i++) {
      if (i === 60) throw new Error('Kernel Sources: no net/ipv4/tcp_input.c');
      await pane.locator('.monaco-list').first().hover();
      await page.mouse.wheel(0, 120);
      await page.waitForTimeout(100);
    }
    await fileRow.click();
    // (its functions may run past the pane's fold, where the list draws no rows: scroll down to it)
    const fnRow = pane.locator('.monaco-list-row', { hasText: 'tcp_conn_request' }).first();
    for (let i = 0; !(await fnRow.isVisible()); i++) {
      if (i === 60) throw new Error('Kernel Sources: no tcp_conn_request under net/ipv4/tcp_input.c');
      await pane.locator('.monaco-list').first().hover();
      await page.mouse.wheel(0, 120);
      await page.waitForTimeout(100);
    }
    await fnRow.click();
    await page.locator('.tabs-container .tab.active', { hasText: 'tcp_input.c' }).waitFor({ timeout: 15000 });
    const at = (await page.locator('[id="status.editor.selection"]').textContent()).trim();
    check(/Ln \d+/.test(at), `the Kernel Sources tree (file → function) opens tcp_conn_request in tcp_input.c (${at})`);
    await page.keyboard.press('F9');
    await page.waitForTimeout(300);
    check((await page.locator('.editor-instance .codicon-debug-breakpoint').count()) >= 1, 'F9 sets a line breakpoint there before any run');
    await page.keyboard.press('Control+T');
    await page.locator('.quick-input-widget input').fill('#inet_csk_accept');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'inet_csk_accept' }).first().waitFor({ timeout: 15000 });
    await page.keyboard.press('Enter');
    await page.locator('.tabs-container .tab.active', { hasText: 'inet_connection_sock.c' }).waitFor({ timeout: 15000 });
    check(true, 'Ctrl+T inet_csk_accept opens it in inet_connection_sock.c');
    await page.keyboard.press('Control+T');
    await page.locator('.quick-input-widget input').fill('#tcp_v4_conn_request');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'tcp_v4_conn_request' }).first().waitFor({ timeout: 15000 });
    await page.keyboard.press('Enter');
    await page.locator('.tabs-container .tab.active', { hasText: 'tcp_ipv4.c' }).waitFor({ timeout: 15000 });
    const callLine = fs.readFileSync(path.join(host.REPO, 'media/kernel/net/ipv4/tcp_ipv4.c'), 'utf8').split('\n').findIndex((l) => l.includes('return tcp_conn_request(')) + 1;
    await page.keyboard.press('Control+G');
    await page.locator('.quick-input-widget input').waitFor({ timeout: 15000 });
    // (Go to Line's input starts with ':' — not the closing Ctrl+T picker's, which a busy machine may still draw)
    await page.waitForFunction(() => document.querySelector('.quick-input-widget input')?.value.startsWith(':'), null, { timeout: 15000 });
    await page.locator('.quick-input-widget input').fill(`:${callLine}:${'\treturn tcp_conn_request('.length - 3}`);
    await page.keyboard.press('Enter');
    // (the cursor is on the call once the status bar says so; the definition provider may still be
    // warming up on a busy machine: F12 again, up to three times, before this counts as a failure)
    await page.locator('.statusbar-item', { hasText: `Ln ${callLine},` }).first().waitFor({ timeout: 15000 });
    const inputTab = page.locator('.tabs-container .tab.active', { hasText: 'tcp_input.c' });
    for (let i = 1; ; i++) {
      await page.keyboard.press('F12');
      try {
        await inputTab.waitFor({ timeout: 5000 });
        break;
      } catch (e) {
        if (i === 3) throw e;
      }
    }
    check(true, `F12 on the call at tcp_ipv4.c:${callLine} goes to tcp_conn_request in tcp_input.c`);
    // Open the Real Kernel Source on tcp_conn_request with no tree of one's own, and Elixir out of reach (offline)
    await runCommand(page, 'Sockwalk: Open the Real Kernel Source');
    const offline = await notification(page, 'cannot be reached');
    check((await offline.locator('.monaco-button', { hasText: 'Set sockwalk.linuxSourcePath' }).count()) === 1, 'Elixir out of reach: the message says so and offers sockwalk.linuxSourcePath');
    await offline.locator('.monaco-button', { hasText: 'Set sockwalk.linuxSourcePath' }).click();
    await page.locator('.settings-editor').first().waitFor({ timeout: 15000 });
    await page.keyboard.press('Control+W');

    // 6. a run: the Debug Console stays closed
    await runCommand(page, 'Sockwalk: Run Scenario');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'tcp-handshake' }).first().waitFor({ timeout: 15000 });
    await page.keyboard.press('Enter');
    await page.locator('.debug-toolbar').first().waitFor({ timeout: 30000 });
    await page.waitForTimeout(2000);
    const repl = await page.locator('.repl').first().isVisible().catch(() => false);
    check(!repl, 'the Debug Console did not open for the run');
    await page.keyboard.press('Shift+F5');
    rc = 0;
  } catch (e) {
    console.error('[papercuts] FAIL:', e);
    try {
      await page.screenshot({ path: path.join(host.REPO, 'out/ui-papercuts-failure.png') });
    } catch {}
    rc = 1;
  } finally {
    await context.close();
    fs.rmSync(ws, { recursive: true, force: true });
  }
  host.log(`papercuts e2e: ${rc === 0 ? 'passed' : 'FAILED'}`);
  return rc;
}

module.exports = { runPapercuts };
