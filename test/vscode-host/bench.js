#!/usr/bin/env node
// `npm run bench`: the simulator's benchmark (dist/bench.js, arguments passed on), the debug adapter's
// (dist/debugBench.js), the extension's numbers (measure.js), then the structures webview's redraw
// in headless Chromium (test/webview/bench.ts). With --json, one JSON object: the benchmark's, plus
// `debugger`, `extension` and `webview` fields.
'use strict';
const { spawnSync } = require('node:child_process');
const path = require('node:path');
const { measure } = require('./measure');

const args = process.argv.slice(2);
const json = args.includes('--json');
const bench = path.resolve(__dirname, '../../dist/bench.js');
const r = spawnSync(process.execPath, ['--expose-gc', bench, ...args], { stdio: ['inherit', json ? 'pipe' : 'inherit', 'inherit'], encoding: 'utf8' });
if (r.status !== 0) process.exit(r.status ?? 1);
// the debug adapter's figures (step latency, continue across 1M lines, stepBack at step 100,000)
const dbg = spawnSync(process.execPath, [path.resolve(__dirname, '../../dist/debugBench.js'), ...(json ? ['--json'] : [])], {
  stdio: ['inherit', json ? 'pipe' : 'inherit', 'inherit'],
  encoding: 'utf8',
});
if (dbg.status !== 0) process.exit(dbg.status ?? 1);
const m = measure();
// the structures webview's redraw per pause, in real Chromium (skipped, with the reason, without it)
function webviewBench() {
  const tsx = path.resolve(__dirname, '../../node_modules/tsx/dist/cli.mjs');
  const w = spawnSync(process.execPath, [tsx, path.resolve(__dirname, '../webview/bench.ts'), ...(json ? ['--json'] : [])], {
    stdio: ['inherit', json ? 'pipe' : 'inherit', 'inherit'],
    encoding: 'utf8',
  });
  if (w.status !== 0) process.exit(w.status ?? 1);
  return json ? JSON.parse(w.stdout.trim().split('\n').pop()) : undefined;
}
if (json) {
  let obj;
  let debug;
  try {
    obj = JSON.parse(r.stdout);
    debug = JSON.parse(dbg.stdout.trim().split('\n').pop());
  } catch {
    process.stdout.write(r.stdout + dbg.stdout);
    console.log(JSON.stringify({ extension: m, webview: webviewBench() }));
    process.exit(0);
  }
  console.log(JSON.stringify({ ...obj, debugger: debug, extension: m, webview: webviewBench() }));
} else {
  console.log('');
  console.log('VS Code extension');
  console.log(`  activation        ${m.activationMs} ms   (load ${m.loadMs} ms + activate() ${m.activateMs} ms; goal ≤ 50 ms)`);
  console.log(`  bundle            ${(m.bundleBytes / 1024).toFixed(1)} KB   (dist/extension.js, minified, read at activation; goal ≤ 500 KB)`);
  console.log(`  session bundle    ${(m.sessionBytes / 1024).toFixed(1)} KB   (dist/session.js: the debug session and the simulated kernel, read in ${m.sessionLoadMs} ms when the first debug session starts; not read at activation, so the 500 KB goal above is not its)`);
  console.log('');
  console.log('Structures webview (headless Chromium)');
  webviewBench();
}
