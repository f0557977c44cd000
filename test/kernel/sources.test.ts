// The annotated sources and the engine's steps belong together: every step is anchored to exactly
// one line of its function's annotated source by that line's text, every executed function has an
// annotated source that names its upstream file, line and Elixir link, and every annotated function
// is executed by some built-in scenario.

import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ANCHORS, FUNCTIONS, functionRange, resolveAnchors } from '../../src/kernel/core/anchors';
import { readAnnotated, mediaKernelDir } from '../../src/node/paths';
import { builtinNames } from '../../src/scenario/builtins';
import { builtin, events } from '../helpers';
import '../../src/scenario/runner';

function annotatedFiles(dir = mediaKernelDir(), rel = ''): string[] {
  return fs.readdirSync(path.join(dir, rel), { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? annotatedFiles(dir, path.join(rel, d.name)) : [path.join(rel, d.name)],
  );
}

/** Function definitions in an annotated file: column-0 lines with NAME( that open a body. */
function definedFunctions(text: string): string[] {
  const names: string[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (!/^[A-Za-z_]/.test(l) || l.trimEnd().endsWith(';') || l.includes('=')) continue;
    const m = /([A-Za-z_][A-Za-z0-9_]*)\(/.exec(l);
    if (m && lines.slice(i + 1, i + 3).some((x) => x.startsWith('{'))) names.push(m[1]);
  }
  return names;
}

describe('annotated sources', () => {
  it('resolve every anchor of every simulated function to exactly one line', () => {
    const problems = resolveAnchors(readAnnotated);
    assert.deepEqual(problems, []);
    for (const a of ANCHORS) assert.ok(a.line > 0, `${a.fn.name}.${a.key} has no line`);
  });

  it('give every simulated function its upstream 5.4 line and Elixir link', () => {
    resolveAnchors(readAnnotated);
    for (const fn of FUNCTIONS) {
      assert.ok(fn.defLine > 0, fn.name);
      assert.match(fn.url, new RegExp(`^https://elixir\\.bootlin\\.com/linux/v5\\.4/source/${fn.file.replace(/\./g, '\\.')}#L\\d+$`), `${fn.name}: ${fn.url}`);
      assert.equal(fn.upstreamLine, Number(fn.url.split('#L')[1]));
    }
  });

  it('anchor a step inside its own function, never in a comment', () => {
    resolveAnchors(readAnnotated);
    for (const a of ANCHORS) {
      assert.ok(a.line >= a.fn.defLine && a.line <= a.fn.endLine, `${a.fn.name}.${a.key}`);
      const text = readAnnotated(a.fn.file)!.split('\n')[a.line - 1].trim();
      assert.ok(!text.startsWith('/*') && !text.startsWith('//'), `${a.fn.name}.${a.key} sits on a comment: ${text}`);
    }
  });

  it('define every function the simulator executes, and the simulator executes every function they define', () => {
    const executed = new Set<string>();
    for (const name of builtinNames()) {
      const run = builtin(name, { traceLines: true });
      run.runToEnd();
      assert.deepEqual(run.problems, [], name);
      for (const e of events(run)) if (e.ev === 'enter') executed.add(e.fn);
    }
    const defined = new Map<string, string>();
    for (const f of annotatedFiles()) for (const n of definedFunctions(fs.readFileSync(path.join(mediaKernelDir(), f), 'utf8'))) defined.set(n, f);
    const simulated = new Set(FUNCTIONS.map((f) => f.name));
    // inet_init is the boot-time registration of the tables (net_families, inetsw, tcp_prot); it runs
    // before any scenario and is shown for reading, not stepped
    const annotatedOnly = [...defined.keys()].filter((n) => !simulated.has(n) && n !== 'inet_init');
    assert.deepEqual(annotatedOnly, [], 'annotated functions the simulator never runs');
    const neverRun = FUNCTIONS.map((f) => f.name).filter((n) => !executed.has(n));
    assert.deepEqual(neverRun, [], 'annotated functions no built-in scenario executes');
  });

  it('finds a function by its definition line, not by a call to it', () => {
    const lines = ['static int helper(void)', '{', '\treturn inet_create(x);', '}', 'int inet_create(struct net *net)', '{', '\treturn 0;', '}'];
    assert.deepEqual(functionRange(lines, 'inet_create'), { start: 5, end: 8 });
  });
});
