// For code run through tsx (mocha: .mocharc.json): kernel modules load with their fast-path twins,
// as in the esbuild bundles (scripts/fastpath.cjs). Loaded after tsx/cjs; other files go to tsx.
'use strict';
const Module = require('node:module');
const fs = require('node:fs');
const path = require('node:path');
const esbuild = require('esbuild');
const { analysis } = require('./fastpath.cjs');

const root = path.resolve(__dirname, '..');
const tsx = Module._extensions['.ts'];
if (!tsx) throw new Error('fastpath-register: load tsx/cjs first');
Module._extensions['.ts'] = function (module, filename) {
  const a = analysis(root);
  if (!a.inScope(filename)) return tsx.call(this, module, filename);
  const code = a.transform(filename, fs.readFileSync(filename, 'utf8'));
  const out = esbuild.transformSync(code, {
    loader: 'ts',
    format: 'cjs',
    target: 'node20',
    sourcefile: filename,
    sourcemap: 'inline',
    tsconfigRaw: { compilerOptions: { target: 'ES2022', useDefineForClassFields: true } },
  });
  module._compile(out.code, filename);
};
