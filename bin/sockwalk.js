#!/usr/bin/env node
// The `sockwalk` command: the bundled CLI lives in dist/ (built by `npm install` / `npm run build`).
require('../dist/cli.js')
  .main(process.argv.slice(2))
  .then((code) => (process.exitCode = code));
