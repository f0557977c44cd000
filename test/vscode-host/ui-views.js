// UI end-to-end for the views: what a presenter does and what the audience sees. F1 → "Sockwalk:
// Demo — The three-way handshake" (pace 0: the demo holds at each moment until F5) → the structures
// webview, read from its DOM inside the workbench: at every moment the banner explains it, in sight,
// and the moment's object is in view in the picture, highlighted; the request sock appears in the
// server's established hash at the SYN with the listener's half-open count 1 (the Details tab: marked
// new), the child replaces it at the final ACK (Details: the request sock marked removed), the child
// waits in the accept queue, accept() takes it and it hangs under fd 4. Then F11 steps and the view's
// step number moves on; Show Kernel Structures opened during a pause shows that pause. Last, the Get
// Started walkthrough. Saves docs/images/demo-handshake.png. Run by run.js (--only=views).
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
    // (a scenario's row: the list shows the first ones; tcp-handshake.sockwalk may be below the fold)
    await page.locator('.explorer-folders-view .monaco-list-row', { hasText: '.sockwalk' }).first().waitFor({ timeout: 60000 });
    host.log('views: workbench up');

    await runCommand(page, 'Sockwalk: Demo — The three-way handshake');
    const wv = webview(page);
    const tab = async (name) => {
      await wv.locator(`[data-testid=tab-${name}]`).click();
      await page.waitForTimeout(200);
    };
    const moment = async (i) => {
      await bannerIs(wv, demo.moments[i].explain);
      // the banner is in sight, and the box the moment is about is in the picture's view, highlighted
      // (the view glides to it: give it up to 2.5 s)
      let seen;
      for (const t0 = Date.now(); Date.now() - t0 < 2500; ) {
        await page.waitForTimeout(250);
        seen = await look();
        if (!seen.focus || seen.inView) break;
      }
      host.log(`views: moment ${i + 1}/${demo.moments.length} (${demo.moments[i].fn}) in the banner${seen.banner ? '' : ' (OUT OF SIGHT)'}; its object ${seen.focus} ${seen.inView ? 'in view' : 'NOT in view'}`);
      if (!seen.banner) throw new Error(`the banner of moment ${i + 1} is out of sight`);
      if (seen.focus && !seen.inView) throw new Error(`moment ${i + 1}: ${seen.focus} is not in view`);
      return seen;
    };
    const look = () =>
      wv.locator('body').evaluate(() => {
        const b = document.querySelector('[data-testid=banner]').getBoundingClientRect();
        const view = document.querySelector('.pic-view').getBoundingClientRect();
        const f = document.querySelector('.box.focus');
        const r = f && f.getBoundingClientRect();
        return { banner: b.top >= 0 && b.bottom <= innerHeight, focus: f ? f.dataset.box : null, inView: !!r && r.left >= view.left - 1 && r.top >= view.top - 1 && r.right <= view.right + 1 && r.bottom <= view.bottom + 1 };
      });
    const next = async (i) => {
      // the focus is in the workbench (the panel opened without taking it): F5 continues
      await page.locator('.monaco-workbench').press('F5').catch(() => page.keyboard.press('F5'));
      return moment(i);
    };
    await moment(0);
    const ehash = (kind, mark) => wv.locator(`[data-table=ehash] li.row${mark ? `.mark-${mark}` : ''}[data-ref^="${kind}#"]`);
    await next(1);
    await next(2); // tcp_v4_send_synack: the request sock is in the established hash
    const req = wv.locator('.box[data-kind=request]', { hasText: 'NEW_SYN_RECV' });
    const listenerBox = wv.locator('.box[data-kind=sock]', { hasText: 'LISTEN' });
    const halfOpen = (await listenerBox.first().innerText()).match(/half-open \(qlen\)\s*(\d+)/);
    const inEhash = await count(wv.locator('.box[data-kind=ehash]'));
    host.log(`views: picture at the SYN: request socks ×${await count(req)}, server ehash buckets ×${inEhash}, listener half-open ${halfOpen && halfOpen[1]}`);
    if ((await count(req)) !== 1 || !halfOpen || halfOpen[1] !== '1' || inEhash < 1) throw new Error('expected the request sock in ehash and the listener’s half-open count 1 in the picture');
    await tab('details');
    const reqNew = await count(ehash('tcp_request_sock', 'new'));
    host.log(`views: Details at the SYN, ehash rows: request sock marked new ×${reqNew}`);
    if (reqNew !== 1) throw new Error(`expected the request sock in ehash marked new at the SYN, found ${reqNew}`);
    await tab('picture');
    await next(3);
    await next(4);
    await next(5); // inet_csk_complete_hashdance: the child replaced it
    await tab('details');
    const childNew = await count(ehash('tcp_sock', 'new'));
    const reqGone = await count(ehash('tcp_request_sock', 'removed'));
    host.log(`views: Details at the final ACK, ehash: child marked new ×${childNew}, request sock marked removed ×${reqGone}`);
    if (childNew !== 1 || reqGone !== 1) throw new Error(`expected the child (new) to replace the request sock (removed) in ehash: ${childNew}, ${reqGone}`);
    await tab('picture');
    const m6 = await next(6); // tcp_child_process: in the accept queue
    const queue = await wv.locator('.box[data-kind=queue]').first().innerText();
    host.log(`views: picture: accept queue "${queue.replace(/\s+/g, ' ')}", the moment's object ${m6.focus}`);
    if (!/1 waiting/.test(queue) || !m6.focus || !queue.includes(m6.focus)) throw new Error('expected the child, the moment’s object, waiting in the accept queue');
    await next(7); // sock_graft: accept() took it
    await wv.locator('.box[data-kind=queue]', { hasText: '0 waiting' }).first().waitFor({ timeout: 10000 });
    // sock_graft: the child hangs under the new socket; fd 4 is reserved, fd_install comes after
    const fd4 = await wv.locator('.pe').evaluateAll((gs) => gs.map((g) => g.dataset.edge).filter((e) => /^fd:server:\d+:4>/.test(e)));
    const fd4Box = await wv.locator('.box.kind-fd', { hasText: 'fd 4' }).first().getAttribute('class');
    host.log(`views: accept() took the child: the queue is empty; ${fd4.join(' ')}; fd 4 box "${fd4Box}"`);
    if (fd4.length !== 1 || !/not installed yet/.test(fd4[0]) || !/reserved/.test(fd4Box)) throw new Error('expected fd 4 reserved (not installed yet) at sock_graft');
    fs.mkdirSync(out, { recursive: true });
    // the audience looks at the server's listener and tables: room for them, and them in view
    if (await page.locator('.part.panel').isVisible().catch(() => false)) await page.keyboard.press('Control+J');
    if (await page.locator('.part.sidebar').isVisible().catch(() => false)) await page.keyboard.press('Control+B');
    // (the view keeps the moment's box in view at a readable scale as the panel grows)
    await page.waitForTimeout(900);
    const shot = path.join(out, 'demo-handshake.png');
    await page.screenshot({ path: shot });
    host.log('views: screenshot', shot);

    // a function in an ops table opens its annotated source
    await tab('details');
    await wv.locator('[data-table=inet_stream_ops] [data-fn=inet_listen]').first().click();
    await page.locator('.tabs-container .tab.active', { hasText: 'af_inet.c' }).waitFor({ timeout: 15000 });
    const line = await page.locator('[id="status.editor.selection"]').textContent();
    host.log(`views: clicking inet_stream_ops.listen → inet_listen opened af_inet.c at ${line}`);

    // a sock picked in the view is revealed and selected in the Sockwalk Sockets tree (Run and Debug)
    await page.keyboard.press('Control+Shift+D');
    await page.locator('.debug-call-stack').first().waitFor({ timeout: 10000 }).catch(() => undefined);
    await tab('picture');
    await wv.locator('[data-testid=fit]').click(); // the whole picture in view (the side bar took room from the panel)
    await page.waitForTimeout(500);
    const listener = wv.locator('.box[data-kind=sock]', { hasText: 'LISTEN' }).first();
    const sockId = await listener.getAttribute('data-obj');
    await listener.locator('.bt').click();
    const inspector = await wv.locator('[data-testid=inspector]').innerText({ timeout: 5000 });
    if (!/sk_max_ack_backlog/.test(inspector)) throw new Error('clicking a box shows its fields in the Details panel');
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

    // a step back: the view's marks read in the direction of travel. Step on until a pause changes
    // something in the picture, then back over it
    const waitStep = async (from) => {
      const t1 = Date.now();
      let now = from;
      while (now === from && Date.now() - t1 < 15000) {
        await page.waitForTimeout(100);
        now = await stepText().catch(() => from);
      }
      await page.waitForTimeout(300);
      return now;
    };
    let here = after;
    let fwd = [];
    for (let k = 0; k < 40 && !fwd.length; k++) {
      await page.locator('.debug-toolbar .codicon-debug-step-into').first().click();
      here = await waitStep(here);
      fwd = await wv.locator('.pmark').allTextContents();
    }
    host.log(`views: stepped on to "${here}", marks ${JSON.stringify(fwd)}`);
    if (!fwd.length) throw new Error('no pause with a change in 40 steps');
    await page.locator('.debug-toolbar .codicon-debug-step-back').first().click();
    const back = await waitStep(here);
    const marks = await wv.locator('.pmark').allTextContents();
    host.log(`views: Step Back → "${back}", marks ${JSON.stringify(marks)}`);
    if (back === here) throw new Error('the view did not follow a step back');

    // Show Kernel Structures opened during a pause shows that pause, even when nothing listened since an earlier one
    await wv.locator('[data-testid=step]').click();
    await page.keyboard.press('Control+W');
    await page.keyboard.press('Control+Shift+E'); // the sockets tree out of sight: nobody listens now
    await page.waitForTimeout(500);
    await page.locator('.monaco-workbench').press('F11').catch(() => page.keyboard.press('F11'));
    await page.waitForTimeout(400);
    await page.locator('.monaco-workbench').press('F11').catch(() => page.keyboard.press('F11'));
    await page.waitForTimeout(800);
    await page.locator('.editor-instance .view-lines').first().click();
    await runCommand(page, 'Sockwalk: Show Kernel Structures');
    const reopened = await webview(page).locator('[data-testid=step]').textContent({ timeout: 20000 });
    const stepNo = (t) => Number((t.match(/\d+/) || ['0'])[0]);
    host.log(`views: closed the view, stepped twice unseen, reopened: "${reopened.trim()}" (was "${back}")`);
    if (stepNo(reopened) <= stepNo(back)) throw new Error('Show Kernel Structures opened during a pause did not show that pause');
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
