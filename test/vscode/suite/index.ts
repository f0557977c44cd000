// Entry of the in-host suite: VS Code's extension host loads this (extensionTestsPath) and awaits
// run(). Runs every *.host.js beside it (built from test/vscode/suite/*.host.ts by scripts/build.mjs).
import * as path from 'node:path';
import * as fs from 'node:fs';
import Mocha from 'mocha';

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 30000, reporter: 'spec' });
  // run.js's l10n phase runs only the Chinese tests (its server's environment reaches the extension host)
  if (process.env.SOCKWALK_TEST_GREP) mocha.grep(process.env.SOCKWALK_TEST_GREP);
  for (const f of fs.readdirSync(__dirname).sort()) if (f.endsWith('.host.js')) mocha.addFile(path.join(__dirname, f));
  return new Promise((resolve, reject) => {
    mocha.run((failures: number) => {
      console.log(`[sockwalk-host-tests] mocha finished, failures=${failures}`);
      if (failures > 0) reject(new Error(`${failures} tests failed.`));
      else resolve();
    });
  });
}
