// The committed map of rendition lines to Linux v5.4 lines (media/kernel/upstream-lines.json, written
// by `npm run sources:check -- --linux DIR --write`) against the annotated sources as they are: stale
// when a shown line changed or moved — no tree needed. With a Linux v5.4 tree (SOCKWALK_LINUX_SRC), the
// whole checker runs here too, so CI runs it when it can; without one, the test says it skipped and why.

import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkSources, mapJson, mapProblems, report, treeReader } from '../../scripts/sources-check';
import { mediaKernelDir } from '../../src/node/paths';
import { UPSTREAM_MAP_PATH } from '../../src/kernel/core/annotated';

describe('media/kernel/upstream-lines.json (the v5.4 line of each shown line)', () => {
  it('is current against the annotated sources (else: npm run sources:check -- --linux DIR --write)', () => {
    assert.deepEqual(mapProblems(mediaKernelDir()), []);
  });

  const tree = process.env.SOCKWALK_LINUX_SRC;
  const title = 'every annotated definition is Linux v5.4 exactly, and the map is what the tree gives (sources:check with SOCKWALK_LINUX_SRC)';
  it(tree ? title : `${title} — skipped: SOCKWALK_LINUX_SRC is not set (a Linux v5.4 tree, or its files at their paths)`, function () {
    if (!tree) {
      // eslint-disable-next-line no-console
      console.log('      sources:check skipped: SOCKWALK_LINUX_SRC is not set, so the annotated sources are not checked against Linux v5.4 here');
      this.skip();
    }
    this.timeout(60000);
    const c = checkSources(mediaKernelDir(), treeReader(tree!));
    const map = fs.readFileSync(path.join(mediaKernelDir(), UPSTREAM_MAP_PATH), 'utf8');
    assert.equal(map, mapJson(mediaKernelDir(), c), 'the committed map is not what this tree gives: npm run sources:check -- --linux DIR --write');
    const r = report(c, true);
    assert.equal(r.failed, false, r.text);
  });
});
