// The runner's messages about a scenario's names: a name whose call has not returned yet, and one
// whose call failed (issue "Bad input never wins", item 8).

import { strict as assert } from 'node:assert';
import { scenario } from '../helpers';

describe('scenario runner: names without a value', () => {
  it('a name whose call failed says which call, where, and with what errno', () => {
    const run = scenario(['host a 10.0.0.1', 'a: fd = socket(AF_INET, 0, 255)', 'a: close(fd)'].join('\n'));
    run.runToEnd();
    assert.deepEqual(
      run.problems.map((p) => `${p.loc.line}: ${p.message}`),
      ['3: fd has no value: socket() at line 2 failed with ESOCKTNOSUPPORT'],
    );
  });

  it('a name bound again after a failure has the new value', () => {
    const ok = scenario(['host a 10.0.0.1', 'a: fd = socket(AF_INET, 0, 255)', 'a: fd = socket(AF_INET, SOCK_STREAM, 0)', 'a: close(fd) = 0'].join('\n'));
    ok.runToEnd();
    assert.deepEqual(ok.problems, []);
  });
});
