// The structures webview in real (headless) Chromium: the real bundle under its real CSP, fed the
// snapshots a tcp-handshake debug session produces (recorded now, stepping in at every kernel line),
// checked through the DOM. Run by test/webview/run.js (`npm run test:webview`, part of `npm test`).

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { SnapshotBody } from '../../src/debug/contract';
import { record } from './record';
import { scaleScenario } from './scale';
import { makeDelta } from '../../src/views/delta';
import { unavailable, startChromium, open, load, feed, posted, fullShot, type Browser, type Chromium, type Page, type Served } from './harness';

const IMAGES = path.resolve(__dirname, '../../docs/images');

type W = Window & { __posted: Array<Record<string, unknown>>; __state: unknown; __violations: Array<{ directive: string }>; __inlineRan?: number };

describe('structures webview in Chromium', function () {
  this.timeout(120_000);
  let bodies: SnapshotBody[];
  let served: Served;
  let browser: Browser;
  let page: Page;
  let chromium: Chromium | undefined;
  // stops of the lesson, found in the recording
  let iSyn: number, iReqGone: number, iChild: number, iQueued: number, iDequeued: number, iAccepted: number;
  let req: string, child: string, listener: string;

  const server = (b: SnapshotBody) => b.snapshot.hosts.find((h) => h.name === 'server')!;
  const stack = (b: SnapshotBody) => b.snapshot.tasks.find((t) => t.name === b.stop.task)?.stack.map((f) => f.fn) ?? [];
  const text = (sel: string) => page.evaluate((s: string) => document.querySelector(s)?.textContent?.replace(/\s+/g, ' ').trim() ?? null, sel);
  const has = (sel: string) => page.evaluate((s: string) => !!document.querySelector(s), sel);
  const cls = (sel: string) => page.evaluate((s: string) => document.querySelector(s)?.className ?? null, sel);

  before(async function () {
    const why = unavailable();
    if (why) this.skip();
    bodies = await record({ scenario: 'tcp-handshake' });
    const q = (i: number) => {
      const l = server(bodies[i]).lhash2[0]?.socks[0]?.ref;
      const f = l && bodies[i].snapshot.objects[l].layers.find((x) => x.struct === 'inet_connection_sock')!.fields.icsk_accept_queue;
      return (f as { accept_queue?: unknown[] } | undefined)?.accept_queue?.length ?? 0;
    };
    iSyn = bodies.findIndex((b) => server(b).ehash.some((e) => e.sk.ref.startsWith('tcp_request_sock')));
    req = server(bodies[iSyn]).ehash.find((e) => e.sk.ref.startsWith('tcp_request_sock'))!.sk.ref;
    listener = server(bodies[iSyn]).lhash2[0].socks[0].ref;
    iReqGone = bodies.findIndex((b, i) => i > iSyn && !server(b).ehash.some((e) => e.sk.ref === req));
    iChild = bodies.findIndex((b, i) => i >= iReqGone && server(b).ehash.some((e) => e.sk.ref.startsWith('tcp_sock')));
    child = server(bodies[iChild]).ehash.find((e) => e.sk.ref.startsWith('tcp_sock'))!.sk.ref;
    iQueued = bodies.findIndex((_, i) => i > iChild && q(i) > 0);
    iDequeued = bodies.findIndex((_, i) => i > iQueued && q(i) === 0);
    iAccepted = bodies.findIndex((b, i) => i > iDequeued && server(b).processes[0].fds.some((f) => {
      const file = b.snapshot.objects[f.file.ref];
      const sock = (file.layers[0].fields.private_data as { ref: string }).ref;
      return (b.snapshot.objects[sock].layers[0].fields.sk as { ref?: string } | null)?.ref === child;
    }));
    assert.ok([iSyn, iReqGone, iChild, iQueued, iDequeued, iAccepted].every((i) => i > 0), 'the recording has every stop of the lesson');
    chromium = await startChromium('sockwalk-webview-');
    ({ served, browser } = chromium);
    page = await open(browser, served, { tab: 'details' });
    await load(page, bodies);
  });

  after(async () => {
    await chromium?.close();
  });

  it('shows the SYN in flight, marked new, its TCP header open with syn=1, dashed in the sequence diagram', async () => {
    const iFlight = bodies.findIndex((b) => b.snapshot.packets.some((p) => p.flags === 'S'));
    assert.ok(iFlight > 0 && iFlight < iSyn);
    await feed(page, 0, iFlight);
    const skb = bodies[iFlight].snapshot.packets[0].id;
    assert.match((await cls(`.packets li.pkt[data-skb="${skb}"]`))!, /mark-new/);
    assert.equal(await text(`.packets li.pkt[data-skb="${skb}"] tr[data-hfield="syn"] td:last-child`), '1');
    assert.match((await cls(`.packets li.pkt[data-skb="${skb}"] tr[data-hfield="syn"]`))!, /syn-on/);
    assert.equal(await text(`.packets li.pkt[data-skb="${skb}"] tr[data-hfield="ack"] td:last-child`), '0');
    assert.match((await page.evaluate((id: string) => document.querySelector(`.seqdiag .seg[data-skb="${id}"]`)?.getAttribute('class'), skb))!, /flying/);
  });

  it('draws the nesting: fd → file → socket → tcp_sock ⊃ inet_connection_sock ⊃ inet_sock ⊃ sock ⊃ sock_common', async () => {
    const iFlight = bodies.findIndex((b) => b.snapshot.packets.some((p) => p.flags === 'S'));
    await feed(page, iFlight + 1, iSyn - 1);
    const l = `.host[data-host="server"] .fdrow[data-fd="3"] [data-card="${listener}"]`;
    assert.ok(await has(l), 'the listener is drawn under fd 3');
    const chain = await page.evaluate((sel: string) => {
      const out: string[] = [];
      let el = document.querySelector(`${sel} > .layer`);
      while (el) {
        out.push(el.getAttribute('data-struct')!);
        el = el.querySelector(':scope > .layer');
      }
      return out;
    }, l);
    assert.deepEqual(chain, ['tcp_sock', 'inet_connection_sock', 'inet_sock', 'sock', 'sock_common']);
    assert.match((await text('.host[data-host="server"] .fdrow[data-fd="3"] .socket'))!, /SS_UNCONNECTED SOCK_STREAM ops → inet_stream_ops/);
    assert.match((await text(`${l} [data-field="sock_common.skc_prot"]`))!, /&tcp_prot/);
    assert.match((await text(`${l} [data-field="sock_common.skc_state"]`))!, /TCP_LISTEN/);
  });

  it('at the SYN: a tcp_request_sock in NEW_SYN_RECV appears in the server’s ehash, marked new; the listener counts it in qlen', async () => {
    await feed(page, iSyn, iSyn);
    const row = `.host[data-host="server"] [data-table="ehash"] li[data-ref="${req}"]`;
    assert.match((await cls(row))!, /mark-new/);
    assert.match((await cls(row))!, /kind-request/);
    assert.match((await text(row))!, /NEW_SYN_RECV/);
    const f = bodies[iSyn].stop.frame!;
    assert.match((await text('[data-testid="where"]'))!, new RegExp(`${f.fn}\\(\\) ${f.file.replace(/\./g, '\\.')}:${f.line}`));
    assert.equal(await text('[data-testid="step"]'), `step ${bodies[iSyn].stop.step}`);
    await feed(page, iSyn + 1, iReqGone - 1);
    assert.match((await text(`.acceptq[data-listener="${listener}"] .qlen`))!, /qlen 1/);
  });

  it('at the final ACK: the request sock leaves ehash (ghosted), the child tcp_sock takes its place, then waits in the accept queue', async () => {
    await feed(page, iReqGone, iReqGone);
    const ghost = `.host[data-host="server"] [data-table="ehash"] li[data-ref="${req}"]`;
    assert.match((await cls(ghost))!, /mark-removed/, 'the request sock is drawn ghosted at the pause it left');
    await feed(page, iReqGone + 1, iChild);
    const row = `.host[data-host="server"] [data-table="ehash"] li[data-ref="${child}"]`;
    assert.match((await cls(row))!, /mark-new/);
    assert.match((await text(row))!, /ESTABLISHED|SYN_RECV/);
    assert.equal(await has(ghost), iChild === iReqGone, 'the ghost stays for one pause only');
    await feed(page, iChild + 1, iQueued);
    const entry = `.acceptq[data-listener="${listener}"] li.aqe`;
    assert.match((await cls(entry))!, /mark-new/);
    assert.ok(await has(`${entry} button[data-id="${req}"]`) && (await has(`${entry} button[data-id="${child}"]`)), 'request sock → child');
    await fullShot(page, path.join(IMAGES, 'structures-handshake.png'));
  });

  it('after accept(): the queue empties (entry ghosted) and the child hangs under fd 4 → file → socket', async () => {
    await feed(page, iQueued + 1, iDequeued);
    assert.match((await cls(`.acceptq[data-listener="${listener}"] li.aqe`))!, /mark-removed/);
    await feed(page, iDequeued + 1, iAccepted);
    assert.ok(await has(`.acceptq[data-listener="${listener}"] li.empty`), 'accept queue empty');
    const fd = await page.evaluate((id: string) => document.querySelector(`[data-card="${id}"]`)?.closest('.fdrow')?.getAttribute('data-fd'), child);
    assert.equal(fd, '4');
    assert.match((await text('.fdrow[data-fd="4"] .socket .mark-changed'))!, /sk/, 'socket.sk marked changed');
    await feed(page, iAccepted + 1, bodies.length - 1);
    await fullShot(page, path.join(IMAGES, 'structures-end.png'));
  });

  it('the sequence diagram and packet headers: ARP who-has and reply, then three segments, the SYN with syn=1', async () => {
    const segs = await page.evaluate(() => [...document.querySelectorAll('.seqdiag .seg .lbl')].map((e) => e.textContent));
    // (the recording runs to the end: 5 s after the SYN-ACK the server probes its NUD_DELAY entry for the client)
    assert.equal(segs.length, 7);
    assert.match(segs[5]!, /^ARP who-has 10\.0\.0\.2 tell 10\.0\.0\.1/);
    assert.match(segs[6]!, /^ARP 10\.0\.0\.2 is-at /);
    assert.equal(segs[0], 'ARP who-has 10.0.0.1 tell 10.0.0.2');
    assert.equal(segs[1], 'ARP 10.0.0.1 is-at 02:00:0a:00:00:01');
    assert.match(segs[2]!, /^\[S\] seq \d+ len 0/);
    assert.match(segs[3]!, /^\[S\.\] seq \d+ ack \d+/);
    assert.match(segs[4]!, /^ACK seq \d+ ack \d+/);
    // a header is drawn when its segment is opened: the arphdr for ARP, the tcphdr for the SYN
    await page.evaluate(() => document.querySelector<HTMLElement>('.seglist li:nth-child(1) summary')!.click());
    await page.waitForFunction(() => !!document.querySelector('.seglist li:nth-child(1) tr[data-hfield="ar_op"]'), undefined);
    assert.equal(await text('.seglist li:nth-child(1) tr[data-hfield="h_dest"] td:last-child'), 'ff:ff:ff:ff:ff:ff');
    assert.ok(!(await has('.seglist li:nth-child(3) tr[data-hfield="syn"]')));
    await page.evaluate(() => document.querySelector<HTMLElement>('.seglist li:nth-child(3) summary')!.click());
    await page.waitForFunction(() => !!document.querySelector('.seglist li:nth-child(3) tr.syn-on[data-hfield="syn"]'), undefined);
    assert.equal(await text('.seglist li:nth-child(3) tr[data-hfield="ack"] td:last-child'), '0');
    // the Details list each host's neighbour table
    assert.ok(await has('table.neigh tr[data-neigh="10.0.0.1"]'), 'the client\'s arp_tbl has the server');
  });

  it('the TCP state diagram marks each state in use and the transitions taken', async () => {
    const occupied = await page.evaluate(() => [...document.querySelectorAll('.statediag .node.occupied')].map((n) => n.getAttribute('data-state')));
    assert.deepEqual(occupied.sort(), ['TCP_ESTABLISHED', 'TCP_LISTEN']);
    for (const e of ['TCP_CLOSE>TCP_LISTEN', 'TCP_CLOSE>TCP_SYN_SENT', 'TCP_SYN_SENT>TCP_ESTABLISHED', 'TCP_SYN_RECV>TCP_ESTABLISHED']) {
      assert.ok(await has(`.statediag path.taken[data-edge="${e}"]`), e);
    }
  });

  it('routes the long transitions into CLOSE along the picture’s edge, through no other state’s box', async () => {
    const hits = await page.evaluate(() => {
      const out: string[] = [];
      const boxes = [...document.querySelectorAll('.statediag .node')].map((g) => {
        const r = g.querySelector('rect')!;
        return { state: g.getAttribute('data-state')!, x: +r.getAttribute('x')!, y: +r.getAttribute('y')!, w: +r.getAttribute('width')!, h: +r.getAttribute('height')! };
      });
      for (const p of document.querySelectorAll<SVGPathElement>('.statediag path.edge[data-edge$=">TCP_CLOSE"]')) {
        const [from, to] = p.getAttribute('data-edge')!.split('>');
        if (from === 'TCP_LISTEN') continue;
        for (let l = 0; l <= p.getTotalLength(); l += 3) {
          const pt = p.getPointAtLength(l);
          for (const b of boxes) {
            if (b.state !== from && b.state !== to && pt.x > b.x + 1 && pt.x < b.x + b.w - 1 && pt.y > b.y + 1 && pt.y < b.y + b.h - 1) out.push(`${from}>${to} crosses ${b.state}`);
          }
        }
      }
      return [...new Set(out)];
    });
    assert.deepEqual(hits, []);
    assert.ok(await has('.statediag path.edge.routed[data-edge="TCP_TIME_WAIT>TCP_CLOSE"]'));
    assert.ok(await has('.statediag path.edge.routed[data-edge="TCP_LAST_ACK>TCP_CLOSE"]'));
  });

  it('lights socket()’s lookup in inet_create and each ops member whose function is on the stack', async () => {
    const iCreate = bodies.findIndex((b) => stack(b).includes('inet_create'));
    const iListen = bodies.findIndex((b) => stack(b).includes('inet_listen') && stack(b).includes('inet_csk_get_port'));
    await feed(page, iCreate, iCreate, 'lookup');
    assert.match((await cls('[data-testid="lookup"]'))!, /\blit\b/);
    assert.match((await cls('.inetsw li[data-type="SOCK_STREAM"]'))!, /\blit\b/);
    assert.doesNotMatch((await cls('.inetsw li[data-type="SOCK_DGRAM"]'))!, /\blit\b/);
    await feed(page, iListen, iListen, 'listen');
    assert.doesNotMatch((await cls('[data-testid="lookup"]'))!, /\blit\b/);
    assert.match((await cls('table[data-table="inet_stream_ops"] tr[data-member="listen"]'))!, /\blit\b/);
    assert.match((await cls('table[data-table="tcp_prot"] tr[data-member="get_port"]'))!, /\blit\b/);
    assert.doesNotMatch((await cls('table[data-table="tcp_prot"] tr[data-member="connect"]'))!, /\blit\b/);
  });

  it('shows the stop’s text as a banner', async () => {
    const b = { ...bodies[iSyn], stop: { ...bodies[iSyn].stop, text: 'The SYN found the listener: a request sock now waits in the established hash.' } };
    await page.evaluate((body: unknown) => window.postMessage({ type: 'snapshot', seq: 9000, session: 'banner', body }, '*'), b);
    await page.waitForFunction(() => (window as unknown as W).__posted.some((m) => m.type === 'drawn' && m.seq === 9000), undefined);
    assert.equal(await text('[data-testid="banner"]'), b.stop.text);
    // the session ends: the last picture stays, marked as ended; then no session at all
    await page.evaluate(() => window.postMessage({ type: 'ended', session: 'banner' }, '*'));
    await page.waitForFunction(() => !!document.querySelector('.hdr .ended'), undefined);
    assert.equal(await text('[data-testid="banner"]'), b.stop.text);
    await page.evaluate(() => window.postMessage({ type: 'idle' }, '*'));
    await page.waitForFunction(() => !!document.querySelector('.placeholder') && !document.querySelector('.hdr'), undefined);
  });

  it('rejects malformed messages: not drawn, logged back to the extension', async () => {
    const before = await text('[data-testid="step"]');
    const n0 = (await posted(page)).filter((m) => m.type === 'log').length;
    const bad = [
      'a string',
      { type: 'explode' },
      { type: 'snapshot', seq: -1, session: 's', body: bodies[0] },
      { type: 'snapshot', seq: 9001, session: 's', body: { ...bodies[0], snapshot: { ...bodies[0].snapshot, hosts: 'none' } } },
      { type: 'snapshot', seq: 9002, session: 's', body: { ...bodies[0], stop: null } },
      { type: 'select', id: '<img src=x onerror=alert(1)>' },
    ];
    await page.evaluate((ms: unknown[]) => ms.forEach((m) => window.postMessage(m, '*')), bad);
    await page.waitForFunction((n: number) => (window as unknown as W).__posted.filter((m) => m.type === 'log').length >= n, n0 + bad.length);
    const logs = (await posted(page)).filter((m) => m.type === 'log').slice(n0);
    assert.equal(logs.length, bad.length);
    for (const l of logs) assert.match(String(l.message), /^rejected a message: /);
    assert.equal(await text('[data-testid="step"]'), before, 'nothing was drawn');
    assert.ok(!(await posted(page)).some((m) => m.type === 'drawn' && (m.seq === 9001 || m.seq === 9002)));
  });

  it('ignores messages from another origin (only the extension, through VS Code, draws)', async () => {
    await page.evaluate((body: unknown) => window.postMessage({ type: 'snapshot', seq: 9099, session: 'own', body }, '*'), bodies[iSyn]);
    await page.waitForFunction(() => (window as unknown as W).__posted.some((m) => m.type === 'drawn' && m.seq === 9099), undefined);
    const before = await text('[data-testid="step"]');
    await page.evaluate((body: unknown) => {
      window.dispatchEvent(new MessageEvent('message', { data: { type: 'snapshot', seq: 9100, session: 'evil', body }, origin: 'https://evil.example' }));
      window.dispatchEvent(new MessageEvent('message', { data: { type: 'idle' }, origin: 'null' }));
    }, bodies[0]);
    await new Promise((r) => setTimeout(r, 300));
    assert.equal(await text('[data-testid="step"]'), before, 'nothing was drawn');
    assert.ok(!(await posted(page)).some((m) => m.type === 'drawn' && m.seq === 9100));
    assert.ok(await has('.hdr'), 'the idle message from another origin did not clear the picture');
  });

  it('draws a pause sent as a delta exactly as the whole pause; a delta on a pause it does not have asks for the whole one', async () => {
    const last = Math.min(iAccepted + 3, bodies.length - 1);
    const picture = (p: Page) => p.evaluate(() => document.getElementById('root')!.innerHTML.replace(/<!--[^]*?-->/g, ''));
    const whole = await open(browser, served, { tab: 'details' });
    const deltas = await open(browser, served, { tab: 'details' });
    try {
      // the rehearsal left nothing behind, and said nothing but "ready"
      assert.equal(await deltas.evaluate(() => document.querySelectorAll('body > :not(script):not(#root)').length), 0);
      assert.deepEqual((await posted(deltas)).map((m) => m.type), ['ready']);
      await load(whole, bodies);
      await feed(whole, iSyn - 2, last, 'd');
      await deltas.evaluate((b: unknown) => window.postMessage({ type: 'snapshot', seq: 0, session: 'd', body: b }, '*'), bodies[iSyn - 2]);
      for (let i = iSyn - 1; i <= last; i++) {
        const delta = makeDelta(bodies[i - 1], bodies[i]);
        assert.ok(delta);
        await deltas.evaluate((m: unknown) => window.postMessage(m, '*'), { type: 'delta', seq: i, session: 'd', base: i === iSyn - 1 ? 0 : i - 1, delta });
      }
      await deltas.waitForFunction((seq: number) => (window as unknown as W).__posted.some((m) => m.type === 'drawn' && m.seq === seq), last);
      assert.equal(await picture(deltas), await picture(whole), 'the same picture, marks included');
      // a delta on a pause the view does not have: not drawn, a resync asked
      const before = await picture(deltas);
      await deltas.evaluate((m: unknown) => window.postMessage(m, '*'), { type: 'delta', seq: last + 5, session: 'd', base: last + 3, delta: makeDelta(bodies[last - 1], bodies[last]) });
      await deltas.waitForFunction((seq: number) => (window as unknown as W).__posted.some((m) => m.type === 'resync' && m.seq === seq), last + 5);
      assert.equal(await picture(deltas), before);
      assert.ok(!(await posted(deltas)).some((m) => m.type === 'drawn' && m.seq === last + 5));
      // a delta of the right shape on the right pause that does not fit it: logged, not drawn, a resync asked
      const misfit = { ...makeDelta(bodies[last - 1], bodies[last])!, rest: { o: { no_such_member: { v: 1 } } } };
      await deltas.evaluate((m: unknown) => window.postMessage(m, '*'), { type: 'delta', seq: last + 6, session: 'd', base: last, delta: misfit });
      await deltas.waitForFunction((seq: number) => (window as unknown as W).__posted.some((m) => m.type === 'resync' && m.seq === seq), last + 6);
      assert.ok((await posted(deltas)).some((m) => m.type === 'log' && /^rejected a delta: patch: no member no_such_member/.test(String(m.message))));
      assert.equal(await picture(deltas), before);
    } finally {
      await whole.close();
      await deltas.close();
    }
  });

  it('keeps a strict CSP: an inline script without the nonce does not run', async () => {
    const csp = await page.evaluate(() => document.querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute('content')!);
    assert.match(csp, /default-src 'none'/);
    assert.match(csp, /script-src 'nonce-[^']+'/);
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval|https?:\/\/(?!127\.0\.0\.1)/);
    assert.deepEqual(await page.evaluate(() => (window as unknown as W).__violations), [], 'the bundle, its styles and its controls ran without one CSP violation');
    const ran = await page.evaluate(async () => {
      const s = document.createElement('script');
      s.textContent = 'window.__inlineRan = 1';
      document.body.append(s);
      await new Promise((r) => setTimeout(r, 50));
      return (window as unknown as W).__inlineRan;
    });
    assert.equal(ran, undefined, 'the injected script did not run');
    const v = await page.evaluate(() => (window as unknown as W).__violations);
    assert.ok(v.some((x) => /script-src/.test(x.directive)), `a script-src violation was reported: ${JSON.stringify(v)}`);
  });

  it('keyboard: Tab reaches the sockets, Enter selects; Enter on an ops function posts openFunction; arrows move within a table', async () => {
    await feed(page, bodies.length - 1, bodies.length - 1, 'keys');
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    let onSock = false;
    for (let i = 0; i < 40 && !onSock; i++) {
      await page.keyboard.press('Tab');
      onSock = await page.evaluate(() => !!document.activeElement?.matches('button.obj[data-id^="tcp_sock"]'));
    }
    assert.ok(onSock, 'Tab reached a socket within 40 presses');
    const id = await page.evaluate(() => document.activeElement!.getAttribute('data-id'));
    await page.keyboard.press('Enter');
    assert.ok((await posted(page)).some((m) => m.type === 'selectObject' && m.id === id), 'selectObject posted');
    await page.focus('table[data-table="inet_stream_ops"] button[data-fn="inet_release"]');
    await page.keyboard.press('ArrowDown');
    assert.equal(await page.evaluate(() => document.activeElement!.getAttribute('data-fn')), 'inet_bind');
    await page.keyboard.press('Enter');
    assert.ok((await posted(page)).some((m) => m.type === 'openFunction' && m.fn === 'inet_bind'), 'openFunction posted');
    await page.keyboard.press(' ');
    assert.equal((await posted(page)).filter((m) => m.type === 'openFunction' && m.fn === 'inet_bind').length, 2, 'Space activates too');
  });

  it('a select message highlights the object and moves focus to it', async () => {
    await page.evaluate((id: string) => window.postMessage({ type: 'select', id }, '*'), child);
    await page.waitForFunction((id: string) => document.activeElement?.getAttribute('data-id') === id, child);
    assert.match((await cls(`[data-card="${child}"]`))!, /selected/);
    assert.ok(await has(`.statediag .node.selected[data-state="TCP_ESTABLISHED"]`));
  });

  it('restores from getState at once after a reload', async () => {
    await page.waitForFunction((id: string) => ((window as unknown as W).__state as { selected?: string } | undefined)?.selected === id, child);
    const state = await page.evaluate(() => (window as unknown as W).__state);
    const p2 = await open(browser, served, { tab: 'details', state });
    try {
      assert.equal(await p2.evaluate(() => document.querySelector('[data-testid="step"]')?.textContent), `step ${bodies[bodies.length - 1].stop.step}`);
      assert.ok(await p2.evaluate((id: string) => !!document.querySelector(`[data-card="${id}"].selected`), child), 'the selection came back too');
    } finally {
      await p2.close();
    }
  });

  it('lists a host\'s iptables rules per chain with their packet and byte counters (netfilter-drop at its pause)', async function () {
    const b = await record({ scenario: 'netfilter-drop', step: 'continue', maxStops: 3 });
    const at = b.findIndex((x) => x.stop.reason === 'pause');
    assert.ok(at >= 0, 'the recording reaches the pause');
    const p = await open(browser, served, { tab: 'details' });
    try {
      await load(p, b);
      await feed(p, 0, at, 'netfilter-drop');
      const rows = await p.evaluate(() => [...document.querySelectorAll('[data-host="server"] [data-testid="iptables"] tr')].map((r) => [...r.querySelectorAll('td')].map((d) => d.textContent!.trim())));
      assert.deepEqual(rows, [
        ['INPUT', '-A INPUT -p tcp -m tcp --dport 8080 -j DROP', '3', '132'],
        ['INPUT', '-P INPUT ACCEPT', '0', '0'],
        ['FORWARD', '-P FORWARD ACCEPT', '0', '0'],
        ['OUTPUT', '-P OUTPUT ACCEPT', '0', '0'],
      ]);
      // the client never had a rule: no table drawn for it
      assert.equal(await p.evaluate(() => !!document.querySelector('[data-host="client"] [data-testid="iptables"]')), false);
    } finally {
      await p.close();
    }
  });

  it('draws every built-in scenario, stepping over, without an error', async function () {
    this.timeout(300_000);
    const dir = path.resolve(__dirname, '../../scenarios');
    const names = fs.readdirSync(dir).filter((f) => f.endsWith('.sockwalk')).map((f) => f.replace(/\.sockwalk$/, ''));
    const p = await open(browser, served, { tab: 'details' });
    const errors: string[] = [];
    p.on('pageerror', (e) => errors.push(String((e as unknown as Error).message ?? e)));
    try {
      for (const name of names) {
        const b = await record({ scenario: name, step: 'over', maxStops: 80 });
        await load(p, b);
        await feed(p, 0, b.length - 1, name);
        const bad = (await posted(p)).filter((m) => m.type === 'log');
        assert.deepEqual(bad, [], `${name}: ${JSON.stringify(bad).slice(0, 300)}`);
        assert.equal(await p.evaluate(() => document.querySelector('[data-testid="step"]')?.textContent), `step ${b[b.length - 1].stop.step}`, name);
      }
      assert.deepEqual(errors, []);
    } finally {
      await p.close();
    }
  });

  it('stays usable with 1,000+ sockets: long lists paged, hash tables grouped by state, a selection deep in a list revealed', async function () {
    this.timeout(300_000);
    const file = path.join(chromium!.tmp, 'many.sockwalk');
    fs.writeFileSync(file, scaleScenario({ conns: 540, accepted: 480, pauses: 2 }));
    const big = await record({ scenario: file, step: 'continue' });
    const last = big[big.length - 1];
    const socks = Object.values(last.snapshot.objects).filter((o) => o.layers[0]?.struct === 'sock_common').length;
    assert.ok(socks >= 1000, `${socks} socks`);
    const p = await open(browser, served, { tab: 'details', viewport: { width: 1280, height: 1200 } });
    try {
      await load(p, big);
      const q = (sel: string) => p.evaluate((s: string) => document.querySelectorAll(s).length, sel);
      // the first pause after the entry: everything is new at once, so lists start short and groups closed, rows not drawn
      await feed(p, 0, 1, 'mass');
      assert.equal(await q('.host[data-host="client"] .fds > li.fdrow'), 10, 'a mass change starts the fd table at 10 rows');
      assert.ok((await q('.host[data-host="client"] .fds > li.more')) === 1);
      const closed = '.host[data-host="server"] .groups[data-table="ehash"] > details.group:not([open])';
      assert.ok((await q(closed)) >= 1, 'the big ehash group is closed at a mass change');
      assert.equal(await q(`${closed} li.row`), 0, 'a closed group draws no rows');
      // opening it draws its rows, and it stays open at the next pause
      const group = await p.evaluate((sel: string) => {
        const d = document.querySelector(sel)!;
        (d.querySelector(':scope > summary') as HTMLElement).click();
        return d.getAttribute('data-group')!;
      }, closed);
      const opened = `details.group[data-group="${group}"]`;
      await p.waitForFunction((sel: string) => document.querySelectorAll(`${sel}[open] li.row`).length >= 10, opened);
      await feed(p, 2, 2, 'mass');
      assert.ok((await q(`${opened}[open] li.row`)) >= 10, 'the group the reader opened stays open, its rows drawn');
      await feed(p, 0, big.length - 1, 'many');
      assert.ok((await q('.host[data-host="client"] .fds > li.fdrow')) <= 25, 'the fd table is paged');
      assert.match((await p.evaluate(() => document.querySelector('.host[data-host="client"] .fds > li.more button')?.textContent)) ?? '', /show \d+ more of \d+/);
      const groups = await p.evaluate(() => [...document.querySelectorAll('.host[data-host="server"] .groups[data-table="ehash"] > details > summary')].map((s) => s.textContent!.replace(/\s+/g, ' ').trim()));
      assert.ok(groups.some((g) => /^ESTABLISHED \d{3}/.test(g)), `ehash grouped by state: ${groups}`);
      // "show more" pages on; a select message for a sock deep in the client's fd table reveals it
      const before = await q('.host[data-host="client"] .fds > li.fdrow');
      await p.evaluate(() => (document.querySelector('.host[data-host="client"] .fds > li.more button') as HTMLElement).click());
      assert.ok((await q('.host[data-host="client"] .fds > li.fdrow')) > before);
      const client = last.snapshot.hosts.find((h) => h.name === 'client')!;
      const deepFile = client.processes[0].fds[client.processes[0].fds.length - 3].file.ref;
      const deepSocket = (last.snapshot.objects[deepFile].layers[0].fields.private_data as { ref: string }).ref;
      const deep = (last.snapshot.objects[deepSocket].layers[0].fields.sk as { ref: string }).ref;
      await p.evaluate((id: string) => window.postMessage({ type: 'select', id }, '*'), deep);
      await p.waitForFunction((id: string) => document.activeElement?.getAttribute('data-id') === id, deep);
      // and it is in view (rows above it that skipped layout do not push it out)
      await p.waitForFunction((id: string) => {
        const r = document.querySelector(`[data-card="${id}"]`)!.getBoundingClientRect();
        return r.top >= 0 && r.top < innerHeight;
      }, deep, { timeout: 3000 });
      await p.screenshot({ path: path.join(IMAGES, 'structures-1000-sockets.png') });
      assert.deepEqual((await posted(p)).filter((m) => m.type === 'log'), []);
    } finally {
      await p.close();
    }
  });

  it('follows changes: a pause’s first change far down the page scrolls into view; not with the toggle off, nor right after the reader scrolled', async function () {
    this.timeout(120_000);
    const p = await open(browser, served, { tab: 'details', viewport: { width: 900, height: 420 } });
    // where the first marked change is, relative to the viewport below the sticky header
    const where = () => p.evaluate(() => {
      const el = [...document.querySelectorAll<HTMLElement>('.mark-new, .mark-removed, .mark-changed, .f.changed')].find((e) => e.getClientRects().length);
      if (!el) return null;
      const r = el.getBoundingClientRect();
      const top = document.querySelector('.hdr')!.getBoundingClientRect().bottom;
      return { below: r.top >= innerHeight, inView: r.bottom > top && r.top < innerHeight, y: scrollY };
    });
    const frames = (n: number) => p.evaluate(async (k: number) => {
      for (let i = 0; i < k; i++) await new Promise((r) => requestAnimationFrame(r));
    }, n);
    let session = 0;
    // draws pause k after k-1 in a fresh session, so k's changes are marked
    const show = async (k: number) => {
      session++;
      await feed(p, k - 1, k, `follow${session}`);
      await frames(3);
    };
    try {
      await load(p, bodies);
      await feed(p, 0, 0, 'follow0');
      assert.equal(await p.evaluate(() => (document.querySelector('[data-testid="follow"]') as HTMLInputElement).checked), true, 'on by default');
      await p.evaluate(() => (document.querySelector('[data-testid="follow"]') as HTMLInputElement).click());
      await p.waitForFunction(() => ((window as unknown as W).__state as { follow?: boolean } | undefined)?.follow === false, undefined);
      // toggle off: find a pause whose first change lies below the fold; the page stays at the top
      let k = -1;
      for (const i of [iSyn, iReqGone, iChild, iQueued, iDequeued, iAccepted, ...bodies.keys()]) {
        if (i < 1) continue;
        await show(i);
        const w = await where();
        if (w?.below) {
          k = i;
          break;
        }
      }
      assert.ok(k > 0, 'a pause with its first change below the fold');
      await p.evaluate(() => new Promise((r) => setTimeout(r, 300)));
      assert.deepEqual(await where(), { below: true, inView: false, y: 0 }, 'toggle off: not scrolled');
      // toggle on: the same pause brings its first change into view
      await p.evaluate(() => (document.querySelector('[data-testid="follow"]') as HTMLInputElement).click());
      await p.waitForFunction(() => ((window as unknown as W).__state as { follow?: boolean } | undefined)?.follow === true, undefined);
      await show(k);
      await p.waitForFunction(() => {
        const el = [...document.querySelectorAll<HTMLElement>('.mark-new, .mark-removed, .mark-changed, .f.changed')].find((e) => e.getClientRects().length)!;
        const r = el.getBoundingClientRect();
        return r.bottom > document.querySelector('.hdr')!.getBoundingClientRect().bottom && r.top < innerHeight && scrollY > 0;
      }, undefined, { timeout: 5000 });
      // later the reader scrolls back to the top: the next pause leaves the view where the reader put it
      await p.evaluate(() => new Promise((r) => setTimeout(r, 1600)));
      await p.evaluate(() => scrollTo(0, 0));
      await frames(2);
      await show(k);
      await p.evaluate(() => new Promise((r) => setTimeout(r, 300)));
      assert.equal((await where())?.y, 0, 'no follow within 2 s of the reader’s scroll');
      assert.deepEqual((await posted(p)).filter((m) => m.type === 'log'), []);
    } finally {
      await p.close();
    }
  });

  for (const theme of ['vscode-dark', 'vscode-high-contrast']) {
    it(`renders with ${theme} through VS Code's variables`, async () => {
      const p = await open(browser, served, { tab: 'details', theme, viewport: { width: 1100, height: 900 } });
      try {
        await load(p, bodies.slice(iQueued - 1, iQueued + 1));
        await feed(p, 0, 1);
        const c = await p.evaluate(() => ({ cls: document.body.className, bg: getComputedStyle(document.body).backgroundColor, fg: getComputedStyle(document.body).color }));
        assert.match(c.cls, new RegExp(theme));
        assert.equal(c.bg, theme === 'vscode-dark' ? 'rgb(31, 31, 31)' : 'rgb(0, 0, 0)');
        assert.equal(c.fg, theme === 'vscode-dark' ? 'rgb(204, 204, 204)' : 'rgb(255, 255, 255)');
        await fullShot(p, path.join(IMAGES, `structures-${theme.replace('vscode-', '')}.png`), { width: 1100, height: 900 });
      } finally {
        await p.close();
      }
    });
  }
});
