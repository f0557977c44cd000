// `npm run fuzz -- --runs N [--seed S]`: the fuzz tests (titles with "(fuzz)": the parser, the debug
// adapter, the webview contract) with N inputs each instead of CI's few hundred, then a table of how
// many inputs each tried and how many failed. Exit status: mocha's (0 when none failed).
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const runs = Number(opt('--runs') ?? 2000);
const seed = opt('--seed') ?? String(Date.now() % 2 ** 31);
if (!Number.isSafeInteger(runs) || runs < 1) {
  console.error('usage: npm run fuzz -- [--runs N] [--seed S]');
  process.exit(2);
}
const report = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'sockwalk-fuzz-')), 'report.jsonl');
console.log(`fuzz: ${runs} inputs per test, seed ${seed}`);
const r = spawnSync(process.execPath, [path.join(root, 'node_modules/mocha/bin/mocha.js'), '--grep', '\\(fuzz\\)', '--timeout', '0'], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, FUZZ_RUNS: String(runs), FUZZ_SEED: seed, FUZZ_REPORT: report },
});
const rows = fs.existsSync(report) ? fs.readFileSync(report, 'utf8').trim().split('\n').filter(Boolean).map((l) => JSON.parse(l)) : [];
console.log('\nfuzz results (seed ' + seed + ')');
console.log(`${'test'.padEnd(44)} ${'tried'.padStart(8)} ${'failed'.padStart(8)}  other counts`);
let tried = 0;
let failed = 0;
for (const x of rows) {
  tried += x.tried;
  failed += x.failed;
  console.log(`${x.name.padEnd(44)} ${String(x.tried).padStart(8)} ${String(x.failed).padStart(8)}  ${x.counts ? JSON.stringify(x.counts) : ''}`);
}
console.log(`${'total'.padEnd(44)} ${String(tried).padStart(8)} ${String(failed).padStart(8)}`);
process.exit(r.status ?? 1);
