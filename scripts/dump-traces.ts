// Dumps every built-in's full trace (lines, calls, events), results and step count, with and without the
// fast path, one JSON file per built-in and mode, to compare two versions of the kernel byte for byte:
//   npx tsx scripts/dump-traces.ts /tmp/before   (on the old tree)   …   diff -r /tmp/before /tmp/after
import * as fs from 'node:fs';
import { builtinNames } from '../src/scenario/builtins';
import { builtin } from '../test/helpers';
const out = process.argv[2];
fs.mkdirSync(out, { recursive: true });
for (const name of builtinNames()) {
  for (const mode of ['fast', 'slow']) {
    const r = builtin(name, { trace: true, traceLines: true });
    if (mode === 'slow') r.engine.lineObserver = () => {};
    const s = r.runToEnd();
    const data = { stop: { ...s, task: s.task?.name }, steps: r.engine.steps, results: r.results, problems: r.problems, trace: r.engine.trace!.toArray() };
    fs.writeFileSync(`${out}/${name}.${mode}.json`, JSON.stringify(data, null, 0).replace(/\},\{/g, '},\n{'));
  }
}
console.log('dumped', builtinNames().length);
