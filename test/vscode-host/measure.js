#!/usr/bin/env node
// The extension's own numbers: activation time (loading dist/extension.js and running activate()
// against a stand-in `vscode` module, in a fresh Node process each time, median of 7) and the bundle
// sizes: dist/extension.js, read at activation, and dist/session.js (the debug session and the
// simulated kernel), read when the first debug session starts — with the time that takes. Goals:
// activation ≤ 50 ms, each bundle ≤ 500 KB. `--json` prints one JSON object.
// (The in-host suite also prints the activate() time measured inside the real VS Code.)
'use strict';
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const BUNDLE = path.resolve(__dirname, '../../dist/extension.js');
const SESSION = path.resolve(__dirname, '../../dist/session.js');

if (process.argv[2] === '--child') {
  const Module = require('node:module');
  const stub = () => {
    const fn = function () {};
    return new Proxy(fn, {
      get: (_t, k) => (k === 'dispose' ? () => undefined : k === Symbol.toPrimitive ? () => 0 : k === 'then' ? undefined : stub()),
      set: () => true,
      apply: () => stub(),
      construct: () => stub(),
    });
  };
  // a plain object (the bundle copies the module's own properties), each namespace or class a stub
  const names = ['debug', 'window', 'workspace', 'languages', 'commands', 'env', 'extensions', 'l10n', 'Uri', 'ThemeColor', 'Range', 'Position',
    'RelativePattern', 'OverviewRulerLane', 'DebugConfigurationProviderTriggerKind', 'CompletionItemKind', 'DiagnosticSeverity',
    'DebugStackFrame', 'DebugAdapterInlineImplementation', 'EvaluatableExpression', 'InlineValueVariableLookup',
    'InlineValueEvaluatableExpression', 'Diagnostic', 'CompletionItem', 'MarkdownString', 'SnippetString', 'Hover',
    'QuickPickItemKind', 'ConfigurationTarget', 'EventEmitter', 'Disposable', 'StatusBarAlignment', 'ViewColumn', 'ThemeIcon',
    'TreeItem', 'TreeItemCollapsibleState'];
  const vscode = Object.fromEntries(names.map((n) => [n, stub()]));
  const load = Module._load;
  Module._load = function (req, ...rest) {
    return req === 'vscode' ? vscode : load.call(this, req, ...rest);
  };
  const t0 = process.hrtime.bigint();
  const ext = require(BUNDLE);
  const t1 = process.hrtime.bigint();
  const context = { subscriptions: [], extensionUri: stub(), extensionPath: path.dirname(path.dirname(BUNDLE)) };
  ext.activate(context);
  const t2 = process.hrtime.bigint();
  // what the first debug session adds: reading the session bundle (extension.ts requires it then)
  require(SESSION);
  const t3 = process.hrtime.bigint();
  process.stdout.write(JSON.stringify({ loadMs: Number(t1 - t0) / 1e6, activateMs: Number(t2 - t1) / 1e6, sessionLoadMs: Number(t3 - t2) / 1e6 }));
  process.exit(0);
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function measure() {
  if (!fs.existsSync(BUNDLE)) throw new Error(`${BUNDLE} is missing: npm run build`);
  const runs = [];
  for (let i = 0; i < 7; i++) runs.push(JSON.parse(execFileSync(process.execPath, [__filename, '--child'], { encoding: 'utf8' })));
  const loadMs = median(runs.map((r) => r.loadMs));
  const activateMs = median(runs.map((r) => r.activateMs));
  const bundleBytes = fs.statSync(BUNDLE).size;
  return {
    activationMs: +(loadMs + activateMs).toFixed(2),
    loadMs: +loadMs.toFixed(2),
    activateMs: +activateMs.toFixed(2),
    bundleBytes,
    sessionBytes: fs.statSync(SESSION).size,
    sessionLoadMs: +median(runs.map((r) => r.sessionLoadMs)).toFixed(2),
    goals: { activationMs: 50, bundleBytes: 500 * 1024 },
  };
}

module.exports = { measure };

if (require.main === module) {
  const m = measure();
  if (process.argv.includes('--json')) console.log(JSON.stringify(m));
  else {
    console.log(`extension activation: ${m.activationMs} ms (load ${m.loadMs} ms + activate() ${m.activateMs} ms; goal ≤ ${m.goals.activationMs} ms)`);
    console.log(`extension bundle: ${(m.bundleBytes / 1024).toFixed(1)} KB dist/extension.js (goal ≤ 500 KB)`);
    console.log(`session bundle: ${(m.sessionBytes / 1024).toFixed(1)} KB dist/session.js, read in ${m.sessionLoadMs} ms when the first debug session starts (goal ≤ 500 KB)`);
  }
}
