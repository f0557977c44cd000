#!/usr/bin/env node
// `npm start` (after the build): sockwalk in a real VS Code on the demo workspace scenarios/.
// - desktop `code` on PATH: an Extension Development Host (code --extensionDevelopmentPath=REPO scenarios/);
// - otherwise: code-server (installed by setup.sh if missing, ~2.5 min the first time) on 127.0.0.1 with
//   the extension loaded from the repo; prints the URL and runs until Ctrl-C. Its user data lives in
//   .sockwalk-host/ (git-ignored), so settings and breakpoints survive restarts.
// Options: --port=N (default 8080, or the next free one), --code-server (skip desktop code).
'use strict';
const { spawn, spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const host = require('./host');

const args = process.argv.slice(2);
const portArg = Number((args.find((a) => a.startsWith('--port=')) || '').slice(7)) || undefined;
const workspace = path.join(host.REPO, 'scenarios');

function onPath(cmd) {
  return spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;
}

async function portFree(port) {
  const net = require('node:net');
  return new Promise((resolve) => {
    const s = net.createServer();
    s.once('error', () => resolve(false));
    s.listen(port, '127.0.0.1', () => s.close(() => resolve(true)));
  });
}

(async () => {
  if (!args.includes('--code-server') && onPath('code')) {
    console.log(`sockwalk: opening an Extension Development Host on ${workspace}`);
    const r = spawnSync('code', ['--new-window', `--extensionDevelopmentPath=${host.REPO}`, workspace], { stdio: 'inherit' });
    process.exit(r.status ?? 0);
  }
  if (host.missing()) {
    console.log('sockwalk: no desktop `code` on PATH; installing the code-server host (once, ~2.5 min)…');
    const r = spawnSync('sh', [path.join(__dirname, 'setup.sh')], { stdio: 'inherit' });
    if (r.status !== 0) process.exit(r.status ?? 1);
  }
  let port = portArg || 8080;
  if (!portArg) while (!(await portFree(port))) port++;
  const dataDir = path.join(host.REPO, '.sockwalk-host');
  fs.mkdirSync(dataDir, { recursive: true });
  // a newcomer's start: the Welcome page, where the lesson's walkthrough is (an older .sockwalk-host
  // had it turned off: turn it on again)
  const settingsFile = path.join(dataDir, 'user', 'User', 'settings.json');
  if (fs.existsSync(settingsFile)) {
    try {
      const s = JSON.parse(fs.readFileSync(settingsFile, 'utf8'));
      if (s['workbench.startupEditor'] === 'none') {
        s['workbench.startupEditor'] = 'welcomePage';
        fs.writeFileSync(settingsFile, JSON.stringify(s, null, 2));
      }
    } catch {
      // a settings file the user edited by hand: leave it
    }
  }
  const server = await host.startServer({ port, dataDir, quiet: true, settings: { 'workbench.startupEditor': 'welcomePage' } });
  const url = host.workbenchUrl(server, { folder: workspace, welcome: true });
  console.log('');
  console.log('sockwalk is running in VS Code (code-server) — open this URL in a browser on this machine:');
  console.log('');
  console.log(`  ${url}`);
  console.log('');
  console.log(`(the URL loads the extension from ${host.REPO} into the workspace ${path.relative(process.cwd(), workspace) || '.'};`);
  console.log(' the Welcome page has the lesson\'s walkthrough, "Read the Linux socket layer"; or F1 → "Sockwalk: Run Scenario…" → tcp-handshake.');
  console.log(' After a rebuild, reload the window. Ctrl-C stops the server.)');
  const stop = async () => {
    await server.stop();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  server.proc.once('exit', (c) => {
    console.log(`code-server exited (${c})`);
    process.exit(c ?? 1);
  });
  if (process.env.SOCKWALK_START_SMOKE) {
    // used by the test: prove the workbench answers, then stop
    const res = await fetch(url);
    console.log(`smoke: GET workbench → ${res.status}`);
    await server.stop();
    process.exit(res.ok ? 0 : 1);
  }
})().catch((e) => {
  console.error('sockwalk start:', e.message || e);
  process.exit(1);
});
