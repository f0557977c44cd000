// `npm run conformance [-- NAME…] [--json]`: every scenario on the host kernel and in the
// simulator, compared. Exit 0 when everything agrees (modulo rules.ts), 1 when something differs,
// 2 when the suite cannot run under CI=true. Without root (outside CI) it is skipped with a reason.

import * as path from 'node:path';
import { agrees, environmentProblem, formatReport, runScenario, scenarioFiles, type ScenarioReport } from './suite';

function main(): number {
  const root = path.resolve(__dirname, '..', '..');
  const args = process.argv.slice(2);
  const json = args.includes('--json');
  const only = args.filter((a) => !a.startsWith('--'));
  const problem = environmentProblem();
  if (problem) {
    if (process.env.CI === 'true') {
      console.error(`conformance: cannot run under CI=true: ${problem}`);
      return 2;
    }
    console.log(`conformance: skipped — ${problem}. Run it as root on Linux: sudo npm run conformance`);
    return 0;
  }
  let files = scenarioFiles(root);
  if (only.length) files = files.filter((f) => only.some((o) => f.includes(o)));
  const t0 = Date.now();
  const reports: ScenarioReport[] = [];
  for (const f of files) {
    try {
      reports.push(runScenario(root, f));
    } catch (e) {
      reports.push({
        name: path.basename(f), file: f, cells: { syscalls: [], states: [], resets: [], segments: [] }, notCompared: {},
        problems: [`harness: ${(e as Error).message}`], ignored: new Map(), netnsSysctls: {}, simSysctls: [],
        cappedSleeps: [], kernel: '', secs: 0,
      });
    }
    if (!json) process.stderr.write('.');
  }
  if (!json) process.stderr.write('\n');
  const secs = (Date.now() - t0) / 1000;
  if (json) {
    console.log(JSON.stringify(reports.map((r) => ({ ...r, ignored: Object.fromEntries(r.ignored) })), null, 1));
  } else {
    console.log(formatReport(reports, secs));
  }
  return reports.every(agrees) ? 0 : 1;
}

process.exitCode = main();
