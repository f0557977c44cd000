// Developer aid: `npx tsx src/conformance/debug.ts FILE` prints the real side's raw output for one scenario.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseScenario } from '../scenario/parser';
import { prepare } from './plan';
import { runRealRaw } from './sides';

const file = process.argv[2];
const sc = parseScenario(fs.readFileSync(file, 'utf8'), file).scenario!;
const prep = prepare(sc, '10.99.1');
const raw = runRealRaw(path.resolve(__dirname, '..', '..'), prep.plan);
console.log(JSON.stringify({ plan: prep.plan, results: raw.results, problems: raw.problems }, null, 1));
for (const l of raw.trace?.text ?? []) console.log(l);
for (const p of raw.packets ?? []) console.log(JSON.stringify(p));
