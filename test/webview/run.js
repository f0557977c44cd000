#!/usr/bin/env node
// `npm run test:webview` (part of `npm test`): the structures webview in headless Chromium
// (test/webview/*.e2e.ts through mocha, the real bundle under its real CSP). Without the VS Code host
// folder (playwright-core) or Chromium it is skipped with the reason — except under CI=true, where
// that is a failure. Needs `npm run build` first (dist/webview/).
'use strict';
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const host = require('../vscode-host/host');

const REPO = path.resolve(__dirname, '../..');
let why = host.missing();
if (!why && !fs.existsSync(host.chromiumPath())) why = `no Chromium at ${host.chromiumPath()} (run test/vscode-host/setup.sh)`;
if (!why && !fs.existsSync(path.join(REPO, 'dist/webview/structures.js'))) why = 'dist/webview/structures.js is missing (run npm run build)';
if (why) {
  if (process.env.CI === 'true') {
    console.error(`[webview] FAIL: the Chromium tests are required under CI: ${why}`);
    process.exit(1);
  }
  console.log(`[webview] SKIPPED the Chromium tests of the structures webview: ${why}`);
  process.exit(0);
}
const mocha = path.join(REPO, 'node_modules/mocha/bin/mocha.js');
const r = spawnSync(process.execPath, [mocha, '--config', path.join(__dirname, 'e2e.mocharc.json'), ...process.argv.slice(2)], { cwd: REPO, stdio: 'inherit' });
process.exit(r.status ?? 1);
