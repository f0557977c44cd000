// The conformance suite in `npm test`: every scenario (the built-ins and scenarios/conformance/)
// runs on the host kernel (a network namespace per scenario host, each eth0 a TAP device, the link a
// relay with the simulator's delay and the scenario's faults) and in the
// simulator, and they must agree column by column — modulo the version differences and the
// real link's limits listed in src/conformance/rules.ts. Needs root and tracefs: under CI=true a
// missing prerequisite fails the test; elsewhere the suite is skipped with the reason.
// The same suite with its full report: `npm run conformance`.

import { strict as assert } from 'node:assert';
import * as path from 'node:path';
import { agrees, environmentProblem, formatReport, runScenario, scenarioFiles } from '../../src/conformance/suite';

const ROOT = path.resolve(__dirname, '..', '..');

describe('conformance with the host kernel', function () {
  this.timeout(120_000);
  const problem = environmentProblem();

  before(function () {
    if (problem && process.env.CI !== 'true') {
      console.log(`      conformance skipped: ${problem} (run as root: sudo npm run conformance)`);
      this.skip();
    }
  });

  it('can run here (root, tracefs, network namespaces)', () => {
    assert.equal(problem, null, `conformance cannot run: ${problem}`);
  });

  const files = scenarioFiles(ROOT);
  it('covers at least 30 scenarios', () => {
    assert.ok(files.length >= 30, `only ${files.length} scenarios`);
  });

  for (const file of files) {
    const name = path.relative(path.join(ROOT, 'scenarios'), file).replace(/\.sockwalk$/, '');
    it(`${name}: the simulator agrees with Linux`, function () {
      const r = runScenario(ROOT, file);
      // (a scenario the real side cannot run — rules.ts says why — is pending, never a pass)
      if (r.skipped) {
        console.log(`      ${name}: not run on the real side: ${r.skipped}`);
        this.skip();
      }
      assert.ok(agrees(r), formatReport([r], r.secs));
    });
  }
});
