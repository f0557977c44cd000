// A real VS Code for sockwalk: code-server (installed by setup.sh) on 127.0.0.1, in its own process
// group with its own user data, XDG dirs and TMPDIR inside one per-run folder, and headless Debian
// Chromium through playwright-core. Shared by run.js (tests), ui-e2e.js and start.js (`npm start`).
'use strict';
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const net = require('node:net');
const os = require('node:os');
const path = require('node:path');

const REPO = path.resolve(__dirname, '../..');
const BASE_TMP = os.tmpdir();

function hostDir() {
  return process.env.SOCKWALK_VSCODE_HOST || path.join(process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache'), 'sockwalk-vscode-host');
}

/** Why the host cannot run here, or undefined when it can. */
function missing(dir = hostDir()) {
  if (!fs.existsSync(path.join(dir, 'node24/package/bin/node'))) return `no Node 24 for code-server in ${dir} (run test/vscode-host/setup.sh)`;
  if (!fs.existsSync(path.join(dir, 'cs/node_modules/code-server/out/node/entry.js'))) return `code-server is not installed in ${dir} (run test/vscode-host/setup.sh)`;
  if (!fs.existsSync(path.join(dir, 'cs/node_modules/playwright-core'))) return `playwright-core is not installed in ${dir} (run test/vscode-host/setup.sh)`;
  return undefined;
}

function chromiumPath() {
  return process.env.SOCKWALK_CHROMIUM || '/usr/bin/chromium';
}

function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

const t0 = Date.now();
const log = (...a) => console.log(`[vscode-host +${((Date.now() - t0) / 1000).toFixed(1)}s]`, ...a);

/**
 * Starts code-server. opts: { port, dataDir (kept between runs; default: a fresh temp dir removed on stop),
 * quiet, testDriver (accept extensionDevelopmentPath/extensionTestsPath in the URL payload), locale (the
 * display language, e.g. zh-cn), env (added to the server's and so the extension host's environment),
 * install (extension folders to package and install first) }.
 */
async function startServer(opts = {}) {
  const dir = hostDir();
  const why = missing(dir);
  if (why) throw new Error(why);
  const port = opts.port || (await freePort());
  const temp = !opts.dataDir;
  const data = opts.dataDir || fs.mkdtempSync(path.join(BASE_TMP, 'sockwalk-host-'));
  const tmp = path.join(data, 'tmp');
  fs.mkdirSync(tmp, { recursive: true });
  // a quiet workbench: no chat side bar, no welcome page
  const userSettings = path.join(data, 'user', 'User', 'settings.json');
  if (!fs.existsSync(userSettings)) {
    fs.mkdirSync(path.dirname(userSettings), { recursive: true });
    fs.writeFileSync(userSettings, JSON.stringify({
      'workbench.startupEditor': 'none',
      'workbench.secondarySideBar.defaultVisibility': 'hidden',
      'chat.disableAIFeatures': true,
      'workbench.tips.enabled': false,
      'extensions.ignoreRecommendations': true,
      'telemetry.telemetryLevel': 'off',
      'security.workspace.trust.enabled': false,
      'files.hotExit': 'off',
      'window.restoreWindows': 'none',
      'workbench.editor.restoreViewState': false,
      ...(opts.settings || {}),
    }, null, 2));
  }
  const nodeBin = path.join(dir, 'node24/package/bin/node');
  const env = {
    ...process.env,
    PATH: `${path.dirname(nodeBin)}:${process.env.PATH}`,
    XDG_CONFIG_HOME: path.join(data, 'xdg-config'),
    XDG_DATA_HOME: path.join(data, 'xdg-data'),
    TMPDIR: tmp,
    ...(opts.env || {}),
  };
  delete env.NODE_OPTIONS;
  const args = [
    path.join(dir, 'cs/node_modules/code-server/out/node/entry.js'),
    '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none',
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
    '--disable-getting-started-override', '--ignore-last-opened',
    '--user-data-dir', path.join(data, 'user'), '--extensions-dir', path.join(data, 'extensions'),
  ];
  // A built VS Code honours extensionDevelopmentPath/extensionTestsPath from the URL payload only with this
  if (opts.testDriver !== false) args.push('--vscode-option', 'enable-smoke-test-driver');
  // the display language (zh-cn: the l10n phase of run.js)
  if (opts.locale) args.push('--locale', opts.locale);
  // extensions to install first (folders, packaged with vsce): into this run's extensions dir only
  for (const folder of opts.install || []) {
    const vsix = path.join(tmp, `${path.basename(folder)}.vsix`);
    const vsce = path.join(REPO, 'node_modules', '@vscode', 'vsce', 'vsce');
    require('node:child_process').execFileSync(process.execPath, [vsce, 'package', '--no-dependencies', '--allow-missing-repository', '--skip-license', '-o', vsix], { cwd: folder, env, stdio: 'ignore' });
    require('node:child_process').execFileSync(nodeBin, [args[0], '--user-data-dir', path.join(data, 'user'), '--extensions-dir', path.join(data, 'extensions'), '--install-extension', vsix], { env, stdio: opts.quiet ? 'ignore' : 'inherit' });
    registerLanguagePacks(folder, path.join(data, 'extensions'), path.join(data, 'user'));
  }
  const proc = spawn(nodeBin, args, { env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  const server = { proc, port, data, tmp, url: `http://127.0.0.1:${port}`, stop: null };
  let stopped = false;
  server.stop = async () => {
    if (stopped) return;
    stopped = true;
    if (proc.exitCode === null) {
      try { process.kill(-proc.pid, 'SIGTERM'); } catch {}
      await new Promise((r) => { const t = setTimeout(r, 3000); proc.once('exit', () => { clearTimeout(t); r(); }); });
    }
    // helpers (extension hosts, pty host) can outlive the server by seconds: end the whole group
    try { process.kill(-proc.pid, 'SIGKILL'); } catch {}
    if (temp) fs.rmSync(data, { recursive: true, force: true });
  };
  await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('code-server did not start within 60 s')), 60000);
    const onData = (d) => {
      const s = d.toString();
      if (!opts.quiet) for (const line of s.split('\n')) if (line.trim()) console.log('[code-server]', line);
      if (/HTTP server listening/.test(s)) { clearTimeout(timer); resolve(); }
    };
    proc.stdout.on('data', onData);
    proc.stderr.on('data', onData);
    proc.once('exit', (c) => { clearTimeout(timer); reject(new Error(`code-server exited with ${c}`)); });
  });
  return server;
}

/**
 * The CLI's --install-extension does not register a language pack (the server does that only for what
 * it installs itself): write user/languagepacks.json as VS Code's language pack service would, so that
 * --locale finds the pack when the workbench and the extension host resolve their NLS configuration.
 */
function registerLanguagePacks(folder, extensionsDir, userDir) {
  const pj = JSON.parse(fs.readFileSync(path.join(folder, 'package.json'), 'utf8'));
  const locs = (pj.contributes && pj.contributes.localizations) || [];
  if (!locs.length) return;
  const id = `${pj.publisher}.${pj.name}`.toLowerCase();
  const installed = fs.readdirSync(extensionsDir).find((d) => d.toLowerCase().startsWith(`${id}-`));
  if (!installed) throw new Error(`${id} is not in ${extensionsDir}`);
  const file = path.join(userDir, 'languagepacks.json');
  const packs = fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : {};
  const hash = require('node:crypto').createHash('md5').update(id).update(pj.version).digest('hex');
  for (const l of locs) {
    packs[l.languageId] = {
      hash,
      extensions: [{ extensionIdentifier: { id }, version: pj.version }],
      translations: Object.fromEntries(l.translations.map((t) => [t.id, path.join(extensionsDir, installed, t.path)])),
      label: l.localizedLanguageName || l.languageName,
    };
  }
  fs.writeFileSync(file, JSON.stringify(packs));
}

async function launchBrowser(tmp) {
  const { chromium } = require(require.resolve('playwright-core', { paths: [path.join(hostDir(), 'cs')] }));
  const saved = process.env.TMPDIR;
  if (tmp) process.env.TMPDIR = tmp; // playwright puts the chromium profile in os.tmpdir(): keep it in the run's folder
  try {
    return await chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
    });
  } finally {
    if (saved === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = saved;
  }
}

/** The workbench URL for a folder, with the extension loaded from the repo (and optionally a test suite). */
function workbenchUrl(server, { folder, extensionDevelopmentPath = REPO, extensionTestsPath, welcome = false } = {}) {
  const auth = `127.0.0.1:${server.port}`;
  const remote = (p) => `vscode-remote://${auth}${p}`;
  // (welcome: the Welcome page opens, as for a newcomer; the tests skip it)
  const payload = [['extensionDevelopmentPath', remote(extensionDevelopmentPath)], ...(welcome ? [] : [['skipWelcome', 'true']])];
  if (extensionTestsPath) payload.push(['extensionTestsPath', remote(extensionTestsPath)]);
  let url = `${server.url}/?payload=${encodeURIComponent(JSON.stringify(payload))}`;
  url += folder ? `&folder=${encodeURIComponent(folder)}` : '&ew=true';
  return url;
}

module.exports = { REPO, hostDir, missing, chromiumPath, freePort, startServer, launchBrowser, workbenchUrl, log };
