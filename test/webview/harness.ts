// Loads the real structures bundle in headless Chromium the way VS Code does: the page comes from
// webviewHtml() with its real CSP and a fresh nonce, served with the bundle from 127.0.0.1; a fake
// acquireVsCodeApi (injected before any page script) records postMessage and keeps setState.
// Messages go in through window.postMessage, as VS Code delivers them. Used by the Chromium tests
// and the redraw benchmark.

import * as fs from 'node:fs';
import * as http from 'node:http';
import * as path from 'node:path';
import * as os from 'node:os';
import * as crypto from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { webviewHtml } from '../../src/views/html';
import type { SnapshotBody } from '../../src/debug/contract';

const REPO = path.resolve(__dirname, '../..');
const DIST = path.join(REPO, 'dist/webview');

interface HostModule {
  missing(): string | undefined;
  chromiumPath(): string;
  launchBrowser(tmp?: string): Promise<Browser>;
}
export const host = require('../vscode-host/host') as HostModule;

/** The few Playwright calls used here (playwright-core lives in the VS Code host folder, untyped for us). */
export interface Page {
  goto(url: string): Promise<unknown>;
  evaluate<R, A>(fn: (a: A) => R | Promise<R>, arg: A): Promise<R>;
  evaluate<R>(fn: () => R | Promise<R>): Promise<R>;
  waitForFunction<A>(fn: (a: A) => unknown, arg: A, opts?: { timeout?: number }): Promise<unknown>;
  addInitScript(script: { content: string }): Promise<void>;
  on(ev: string, cb: (x: { text(): string; type(): string }) => void): void;
  keyboard: { press(key: string): Promise<void> };
  mouse: { move(x: number, y: number): Promise<void> };
  focus(sel: string): Promise<void>;
  screenshot(o: { path: string; fullPage?: boolean; clip?: { x: number; y: number; width: number; height: number } }): Promise<unknown>;
  setViewportSize(s: { width: number; height: number }): Promise<void>;
  close(): Promise<void>;
}
export interface Browser {
  newPage(o?: { viewport?: { width: number; height: number } }): Promise<Page>;
  close(): Promise<void>;
}

/** Why the Chromium tests cannot run here, or undefined. */
export function unavailable(): string | undefined {
  const why = host.missing();
  if (why) return why;
  if (!fs.existsSync(host.chromiumPath())) return `no Chromium at ${host.chromiumPath()} (run test/vscode-host/setup.sh)`;
  if (!fs.existsSync(path.join(DIST, 'structures.js'))) return 'dist/webview/structures.js is missing (run npm run build)';
  return undefined;
}

export interface Served {
  url: string;
  origin: string;
  nonce: string;
  close(): Promise<void>;
}

/** Serves the page and the bundle on 127.0.0.1 (a fresh nonce per server). */
export async function serve(): Promise<Served> {
  const nonce = crypto.randomBytes(18).toString('base64url');
  let origin = '';
  const server = http.createServer((req, res) => {
    const url = (req.url ?? '/').split('?')[0];
    if (url === '/' || url === '/index.html') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(webviewHtml({ cspSource: origin, nonce, scriptUri: `${origin}/structures.js`, styleUri: `${origin}/structures.css` }));
      return;
    }
    const file = path.join(DIST, path.basename(url));
    if (!/^\/structures\.(js|css)(\.map)?$/.test(url) || !fs.existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': url.endsWith('.js') ? 'text/javascript' : url.endsWith('.css') ? 'text/css' : 'application/json' });
    res.end(fs.readFileSync(file));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { url: `${origin}/index.html`, origin, nonce, close: () => new Promise((r) => server.close(() => r())) };
}

/** The page served and a Chromium to open it in, with a profile folder of its own (`tmp`). */
export interface Chromium {
  served: Served;
  browser: Browser;
  tmp: string;
  /** Closes the browser and the server and removes the folder. */
  close(): Promise<void>;
}

/** serve() and a Chromium in a fresh temporary folder (named from `prefix`); what started is stopped again if the rest fails. */
export async function startChromium(prefix: string): Promise<Chromium> {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  let served: Served | undefined;
  let browser: Browser | undefined;
  const close = async () => {
    await browser?.close();
    await served?.close();
    fs.rmSync(tmp, { recursive: true, force: true });
  };
  try {
    served = await serve();
    browser = await host.launchBrowser(tmp);
  } catch (e) {
    await close();
    throw e;
  }
  return { served, browser, tmp, close };
}

export interface OpenOptions {
  /** body class: vscode-light (default), vscode-dark, vscode-high-contrast. */
  theme?: string;
  /** CSS variables VS Code would set on <html>. */
  vars?: Record<string, string>;
  /** What getState() returns at load (a restored panel). */
  state?: unknown;
  viewport?: { width: number; height: number };
  /** The tab the view opens on (kept in its state like the reader's choice): the picture, or the tables (Details). */
  tab?: 'picture' | 'details';
}

export const THEMES: Record<string, Record<string, string>> = {
  'vscode-light': { '--vscode-foreground': '#3b3b3b', '--vscode-editor-background': '#ffffff', '--vscode-panel-border': '#e5e5e5', '--vscode-sideBar-background': '#f8f8f8', '--vscode-sideBarSectionHeader-background': '#f8f8f8', '--vscode-sideBarTitle-foreground': '#3b3b3b', '--vscode-icon-foreground': '#3b3b3b', '--vscode-descriptionForeground': '#717171', '--vscode-badge-background': '#cccccc', '--vscode-badge-foreground': '#3b3b3b', '--vscode-textLink-foreground': '#005fb8', '--vscode-font-family': 'system-ui, sans-serif', '--vscode-font-size': '13px', '--vscode-editor-font-family': 'monospace' },
  'vscode-dark': { '--vscode-foreground': '#cccccc', '--vscode-editor-background': '#1f1f1f', '--vscode-panel-border': '#2b2b2b', '--vscode-sideBar-background': '#181818', '--vscode-sideBarSectionHeader-background': '#181818', '--vscode-sideBarTitle-foreground': '#cccccc', '--vscode-icon-foreground': '#cccccc', '--vscode-textLink-foreground': '#4daafc', '--vscode-badge-background': '#616161', '--vscode-badge-foreground': '#f8f8f8', '--vscode-descriptionForeground': '#9d9d9d', '--vscode-font-family': 'system-ui, sans-serif', '--vscode-font-size': '13px', '--vscode-editor-font-family': 'monospace' },
  'vscode-high-contrast': { '--vscode-foreground': '#ffffff', '--vscode-editor-background': '#000000', '--vscode-contrastBorder': '#6fc3df', '--vscode-sideBar-background': '#000000', '--vscode-sideBarSectionHeader-background': '#000000', '--vscode-sideBarTitle-foreground': '#ffffff', '--vscode-icon-foreground': '#ffffff', '--vscode-focusBorder': '#f38518', '--vscode-textLink-foreground': '#21a6ff', '--vscode-badge-background': '#000000', '--vscode-badge-foreground': '#ffffff', '--vscode-descriptionForeground': '#ffffff', '--vscode-font-family': 'system-ui, sans-serif', '--vscode-font-size': '13px', '--vscode-editor-font-family': 'monospace' },
};

/** Opens the webview page with the fake VS Code API; the theme's class and variables are set before the bundle runs. */
export async function open(browser: Browser, served: Served, o: OpenOptions = {}): Promise<Page> {
  const page = await browser.newPage({ viewport: o.viewport ?? { width: 1280, height: 900 } });
  const theme = o.theme ?? 'vscode-light';
  const vars = { ...THEMES[theme], ...o.vars };
  await page.addInitScript({
    content: `(() => {
      window.__posted = [];
      window.__state = ${JSON.stringify(o.tab ? { ...((o.state as object) ?? {}), tab: o.tab } : (o.state ?? null))} ?? undefined;
      window.__violations = [];
      window.acquireVsCodeApi = () => ({
        postMessage: (m) => window.__posted.push(JSON.parse(JSON.stringify(m))),
        getState: () => window.__state,
        setState: (s) => { window.__state = s; },
      });
      document.addEventListener('securitypolicyviolation', (e) => window.__violations.push({ directive: e.violatedDirective, blocked: e.blockedURI, sample: e.sample }));
      // VS Code sets its theme's variables on <html> and the theme's class on <body> before the page's scripts run
      const vars = ${JSON.stringify(vars)};
      const mark = () => {
        if (!document.body) return false;
        for (const k in vars) document.documentElement.style.setProperty(k, vars[k]);
        document.body.classList.add(${JSON.stringify(theme)});
        return true;
      };
      new MutationObserver((_, o) => { if (mark()) o.disconnect(); }).observe(document, { childList: true, subtree: true });
    })();`,
  });
  await page.goto(served.url);
  await page.waitForFunction(() => (window as unknown as { __posted: Array<{ type: string }> }).__posted.some((m) => m.type === 'ready'), undefined);
  return page;
}

/**
 * Puts the recorded bodies in the page once (big), so feeding is cheap — a few hundred at a time: the
 * DevTools pipe takes at most 100 MB in one message, and a lesson stepped in is close to that.
 */
export async function load(page: Page, bodies: SnapshotBody[]): Promise<void> {
  await page.evaluate(() => {
    (window as unknown as { __bodies: unknown[] }).__bodies = [];
  });
  for (let i = 0; i < bodies.length; i += 400) {
    await page.evaluate((json: string) => {
      const w = window as unknown as { __bodies: unknown[] };
      for (const b of JSON.parse(json) as unknown[]) w.__bodies.push(b);
    }, JSON.stringify(bodies.slice(i, i + 400)));
  }
}

/** Sends snapshots [from, to] (inclusive) as the extension would, and waits until the last is drawn. */
export async function feed(page: Page, from: number, to: number, session = 's1'): Promise<void> {
  await page.evaluate(({ from, to, session }: { from: number; to: number; session: string }) => {
    const w = window as unknown as { __bodies: unknown[] };
    for (let i = from; i <= to; i++) window.postMessage({ type: 'snapshot', seq: i, session, body: w.__bodies[i] }, '*');
  }, { from, to, session });
  await page.waitForFunction((seq: number) => (window as unknown as { __posted: Array<{ type: string; seq?: number }> }).__posted.some((m) => m.type === 'drawn' && m.seq === seq), to);
}

export async function posted(page: Page): Promise<Array<Record<string, unknown>>> {
  return page.evaluate(() => (window as unknown as { __posted: Array<Record<string, unknown>> }).__posted);
}

/**
 * A full-page screenshot as a reader scrolling through would see it: off-screen parts skip rendering
 * (`content-visibility: auto`), so the viewport is made as tall as the page for the shot, then restored.
 */
export async function fullShot(page: Page, file: string, viewport = { width: 1280, height: 900 }): Promise<void> {
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.setViewportSize({ width: viewport.width, height });
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => requestAnimationFrame(r)))));
  await page.screenshot({ path: file, fullPage: true });
  await page.setViewportSize(viewport);
}
