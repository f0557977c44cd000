// The conformance suite's fast subset: these scenarios run on the host kernel (over loopback, in a
// network namespace of their own) and in the simulator, and must agree column by column (modulo
// src/conformance/rules.ts). Needs root and tracefs: under CI=true a missing prerequisite fails
// the test; elsewhere it is skipped with the reason. The whole suite: `npm run conformance`.

import { strict as assert } from 'node:assert';
import * as path from 'node:path';
import { agrees, environmentProblem, formatReport, runScenario } from '../../src/conformance/suite';

const ROOT = path.resolve(__dirname, '..', '..');
const SUBSET = [
  'scenarios/tcp-handshake.sockwalk',
  'scenarios/connect-refused.sockwalk',
  'scenarios/bind-conflict.sockwalk',
  'scenarios/linger-reset.sockwalk',
  'scenarios/close-listener-with-pending.sockwalk',
  'scenarios/conformance/close-with-unread-data.sockwalk',
];

describe('conformance with the host kernel (fast subset)', function () {
  this.timeout(120_000);
  const problem = environmentProblem();

  before(function () {
    if (problem && process.env.CI !== 'true') {
      console.log(`      conformance skipped: ${problem} (run as root: npm run conformance)`);
      this.skip();
    }
  });

  it('can run here (root, tracefs, network namespaces)', () => {
    assert.equal(problem, null, `conformance cannot run: ${problem}`);
  });

  for (const rel of SUBSET) {
    it(`${path.basename(rel, '.sockwalk')}: the simulator agrees with Linux`, () => {
      const r = runScenario(ROOT, path.join(ROOT, rel));
      assert.ok(agrees(r), formatReport([r], r.secs));
    });
  }
});
