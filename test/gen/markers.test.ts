// The generator's marker forms (scripts/gen-kernel.ts): line`…` and frame() in a hand-written kernel
// module become the stepping layer's anchor tables, `if (at(anchor)) yield;` and the frame's
// enter()/leave(); and a bad marker fails the generation with the TypeScript file, line and column.

import { strict as assert } from 'node:assert';
import { PRELUDE, between, cleanTrees, genError, genTree, type Tree } from './fixture';

after(cleanTrees);

/** An annotated C file: gt_alpha on lines 1–10, gt_beta on lines 12–17, gt_gamma on lines 19–23. */
const ALPHA_C = `int gt_alpha(struct sock *sk, int x)
{
	int err = 0;
	/* not the return err; here (comments are not code) */
	x = x + 1;
	err = gt_check(sk, x);
	if (err)
		x = x + 1;
	return err;
}

int gt_beta(int n)
{
	if (n)
		return -1;
	return n * 2;
}

int gt_gamma(int a, int b)
{
	a = b; b = a;
	return a;
}
`;
const C = { 'net/t/alpha.c': ALPHA_C };

/** `file:line:col` (1-based) of the first occurrence of `needle` in a module under src/kernel/net. */
function pos(rel: string, text: string, needle: string, nth = 1): string {
  let i = -1;
  for (let k = 0; k < nth; k++) {
    i = text.indexOf(needle, i + 1);
    assert.ok(i >= 0, `"${needle}" #${nth} not in the fixture`);
  }
  const before = text.slice(0, i).split('\n');
  return `src/kernel/net/${rel}:${before.length}:${before[before.length - 1].length + 1}`;
}

describe('gen-kernel: marker forms', () => {
  const MOD = `// a test module
${PRELUDE}
const GT_ONE = 1;

export function* gt_alpha(sk: object, x: number): Sim<number> {
  line\`err = gt_check(sk, x);\`;
  let err = sk ? 0 : GT_ONE;
  frame.err = err;
  line\`x = x + 1;#2\`;
  x = x + 1;
  line\`x = x + 1;#1\`;
  line\`return\`;
  return err;
}

export function* gt_beta(n: number): Sim<number> {
  const k = n * 2;
  frame({ n, k });
  const fail = function* (): Sim<number> {
    line\`return -1;\`;
    return -1;
  };
  line\`if (n)\`;
  if (n) return yield* fail();
  return k;
}

export function* gt_gamma(a: number, b: number): Sim<number> {
  line\`a = b;\`;
  a = b;
  line\`b = a;\`;
  b = a;
  if (a) {
    line\`return a;\`;
    return a;
  }
  line\`return a;\`;
  return b;
}

export function gt_plain(): number {
  return GT_ONE;
}
`;
  let tree: Tree;
  let out: string;
  before(() => {
    tree = genTree({ 't/alpha.ts': MOD }, C);
    out = tree.gens('t/alpha.ts');
  });

  it('replaces the markers\' import with the engine\'s and the anchors\' (paths from src/kernel/gen/)', () => {
    assert.ok(tree.out('t/alpha.ts').startsWith(
      '// generated — do not edit. Written by scripts/gen-kernel.ts from src/kernel/net/t/alpha.ts\n// @ts-nocheck\n// a test module\n'));
    assert.ok(out.includes(`import { SLEEP, type Sim } from '../../../core/engine';
import { at, enter, leave } from '../../../core/engine';
import { defineFn } from '../../../core/anchors';

const GT_ONE = 1;
`), out);
    assert.ok(!out.includes('mark'), out);
  });

  it('line`text` → if (at(A$fn.Lnn)) yield; the table (each anchor by its line) in line order, #n, a part of a line; frame.x → $f.vars.x; frame at the top with the parameters; try/finally leave', () => {
    assert.equal(between(out, 'const A$gt_alpha', '\n}\n'), `const A$gt_alpha = defineFn('net/t/alpha.c', 'gt_alpha', [5, 6, 8, 9]);

export function* gt_alpha(sk: object, x: number): Sim<number> {
  const $f = enter(A$gt_alpha, { sk, x });
  try {
  if (at(A$gt_alpha.L6)) yield;
  let err = sk ? 0 : GT_ONE;
  $f.vars.err = err;
  if (at(A$gt_alpha.L8)) yield;
  x = x + 1;
  if (at(A$gt_alpha.L5)) yield;
  if (at(A$gt_alpha.L9)) yield;
  return err;
  } finally {
    leave($f);
  }
}
`);
  });

  it('frame({...}) opens the frame where it stands (statements before it stay before enter); a nested generator\'s markers are the enclosing function\'s', () => {
    assert.equal(between(out, 'const A$gt_beta', '\n}\n'), `const A$gt_beta = defineFn('net/t/alpha.c', 'gt_beta', [14, 15]);

export function* gt_beta(n: number): Sim<number> {
  const k = n * 2;
  const $f = enter(A$gt_beta, { n, k });
  try {
  const fail = function* (): Sim<number> {
    if (at(A$gt_beta.L15)) yield;
    return -1;
  };
  if (at(A$gt_beta.L14)) yield;
  if (n) return yield* fail();
  return k;
  } finally {
    leave($f);
  }
}
`);
  });

  it('two parts of one line get L<n> and L<n>_2; one text marked twice is one anchor', () => {
    const g = between(out, 'const A$gt_gamma', '\n}\n');
    assert.ok(g.startsWith(`const A$gt_gamma = defineFn('net/t/alpha.c', 'gt_gamma', [21, 21, 22]);
`), g);
    assert.equal(g.split('if (at(A$gt_gamma.L22)) yield;').length, 3, g);
    assert.ok(g.includes('if (at(A$gt_gamma.L21_2)) yield;'), g);
  });

  it('leaves functions without markers as they are', () => {
    assert.ok(out.includes('export function gt_plain(): number {\n  return GT_ONE;\n}\n'), out);
  });

  it('a function without parameters and without frame() opens an empty frame', () => {
    const mod = `${PRELUDE}\nconst GT = 0;\n\nexport function* gt_alpha(): Sim<void> {\n  line\`return err;\`;\n}\n`;
    assert.ok(genTree({ 't/a.ts': mod }, C).gens('t/a.ts').includes('  const $f = enter(A$gt_alpha, {});\n  try {\n  if (at(A$gt_alpha.L9)) yield;\n'));
  });

  it('a line with an escape sequence is found by its C text verbatim (a backslash stays a backslash)', () => {
    const c = { 'net/t/esc.c': 'int gt_esc(void)\n{\n\tpr_err("%s: not empty!\\n", __func__);\n\treturn 0;\n}\n' };
    const mod = `${PRELUDE}\nconst GT = 0;\n\nexport function* gt_esc(): Sim<number> {\n  line\`pr_err("%s: not empty!\\n", __func__);\`;\n  return GT;\n}\n`;
    const out = genTree({ 't/esc.ts': mod }, c).gens('t/esc.ts');
    // (the marker's text, backslash and all, is found on line 3: the table holds that line)
    assert.ok(out.includes(`defineFn('net/t/esc.c', 'gt_esc', [3]);`), out);
  });

  it('a kernel function right after the markers\' import', () => {
    const mod = `${PRELUDE}\nexport function* gt_alpha(sk: object, x: number): Sim<number> {\n  line\`return err;\`;\n  return x;\n}\n`;
    const out = genTree({ 't/a.ts': mod }, C).gens('t/a.ts');
    assert.ok(out.includes(`import { defineFn } from '../../../core/anchors';
const A$gt_alpha = defineFn('net/t/alpha.c', 'gt_alpha', [9]);

export function* gt_alpha(`), out);
  });
});

describe('gen-kernel: errors name the TypeScript file, line and column', () => {
  /** A module whose gt_alpha (x: number) has `body`. */
  const alpha = (body: string) => `${PRELUDE}\nconst GT = 0;\n\nexport function* gt_alpha(x: number): Sim<number> {\n${body}\n  return x;\n}\n`;
  const fails = (mod: string, expected: (m: string) => string, annotated: Record<string, string> = C) => {
    assert.equal(genError({ 't/e.ts': mod }, annotated), expected(mod));
  };

  it('a local named frame or line hides the marker: refused at its declaration', () => {
    fails(alpha('  const frame = 1;\n  line`return err;`;'), (m) => `${pos('t/e.ts', m, 'frame = 1')}: a local named 'frame' in a kernel function hides the marker of that name: rename it`);
    const mod = `${PRELUDE}\nexport function* gt_alpha(line: number): Sim<number> {\n  frame({ line });\n  return line;\n}\n`;
    fails(mod, (m) => `${pos('t/e.ts', m, 'line: number')}: a local named 'line' in a kernel function hides the marker of that name: rename it`);
  });

  it('one kernel function in two modules is refused, naming both', () => {
    const mod = alpha('  line`return err;`;');
    const msg = genError({ 't/a.ts': mod, 't/b.ts': mod }, C);
    assert.match(msg, /^src\/kernel\/net\/t\/b\.ts: gt_alpha is also a kernel function of src\/kernel\/net\/t\/a\.ts: one function, one module$/);
  });

  it('a marked line missing from the function (names it, its annotated file and its lines)', () => {
    fails(alpha('  line`return err;`;\n  line`x = x + 2;`;'), (m) => `${pos('t/e.ts', m, 'line`x = x + 2')}: "x = x + 2;" is not a line of gt_alpha in net/t/alpha.c (its lines 1–10)`);
  });

  it('a line of another function of the same file is missing too', () => {
    fails(alpha('  line`return n * 2;`;'), (m) => `${pos('t/e.ts', m, 'line`')}: "return n * 2;" is not a line of gt_alpha in net/t/alpha.c (its lines 1–10)`);
  });

  it('an ambiguous line (lists its lines, suggests #n)', () => {
    fails(alpha('  line`x = x + 1;`;'), (m) => `${pos('t/e.ts', m, 'line`')}: "x = x + 1;" is ambiguous: on lines 5, 8 (add #1 … #2) in gt_alpha (net/t/alpha.c)`);
  });

  it('#n past the last occurrence', () => {
    fails(alpha('  line`x = x + 1;#3`;'), (m) => `${pos('t/e.ts', m, 'line`')}: "x = x + 1;#3": gt_alpha in net/t/alpha.c has only 2 occurrence(s) of it (lines 5, 8)`);
  });

  it('a function defined in no annotated source', () => {
    const mod = `${PRELUDE}\nexport function* gt_nowhere(): Sim<void> {\n  line\`return;\`;\n}\n`;
    fails(mod, (m) => `${pos('t/e.ts', m, 'gt_nowhere')}: gt_nowhere is not defined in any annotated source under media/kernel/ (a kernel function's TypeScript name is its C name)`);
  });

  it('a function defined in two annotated sources', () => {
    fails(alpha('  line`return err;`;'), (m) => `${pos('t/e.ts', m, 'gt_alpha')}: gt_alpha is defined in more than one annotated source: net/t/alpha.c, net/t/other.c`, { ...C, 'net/t/other.c': 'int gt_alpha(void)\n{\n\treturn 0;\n}\n' });
  });

  it('a marker in a function that is not a generator', () => {
    const mod = `${PRELUDE}\nexport function gt_alpha(x: number): number {\n  line\`return err;\`;\n  return x;\n}\n`;
    fails(mod, (m) => `${pos('t/e.ts', m, 'line`')}: a line marker inside a function that is not a generator (it cannot pause there)`);
  });

  it('a marker in a plain function nested in a kernel generator', () => {
    fails(alpha('  [1].forEach(() => {\n    line`return err;`;\n  });'), (m) => `${pos('t/e.ts', m, 'line`')}: a line marker inside a function that is not a generator (it cannot pause there)`);
  });

  it('frame() in a function that is not a generator', () => {
    const mod = `${PRELUDE}\nexport function gt_alpha(x: number): number {\n  frame({ x });\n  return x;\n}\n`;
    fails(mod, (m) => `${pos('t/e.ts', m, 'gt_alpha')}: gt_alpha has markers (line\`…\` or frame()) but is not a generator (function*)`);
  });

  it('a marker outside any kernel function: at the top level, in a class, in a function expression', () => {
    const top = `${PRELUDE}\nline\`return err;\`;\n`;
    fails(top, (m) => `${pos('t/e.ts', m, 'line`')}: a line marker outside a kernel function (a top-level function* of this module)`);
    const cls = `${PRELUDE}\nexport class GtC {\n  *gt_alpha(): Sim<void> {\n    line\`return err;\`;\n  }\n}\n`;
    fails(cls, (m) => `${pos('t/e.ts', m, 'line`')}: a line marker outside a kernel function (a top-level function* of this module)`);
    const expr = `${PRELUDE}\nexport const gt_alpha = function* (): Sim<void> {\n  line\`return err;\`;\n};\n`;
    fails(expr, (m) => `${pos('t/e.ts', m, 'line`')}: a line marker outside a kernel function (a top-level function* of this module)`);
  });

  it('frame() and frame.x outside any kernel function', () => {
    const call = `${PRELUDE}\nexport const gt_alpha = function* (x: number): Sim<void> {\n  frame({ x });\n};\n`;
    fails(call, (m) => `${pos('t/e.ts', m, 'frame(')}: frame() outside a kernel function (a top-level function* of this module)`);
    const field = `${PRELUDE}\nexport class GtC {\n  *gt_alpha(x: number): Sim<void> {\n    frame.x = x;\n  }\n}\n`;
    fails(field, (m) => `${pos('t/e.ts', m, 'frame.x')}: frame.x outside a kernel function (a top-level function* of this module)`);
    const plain = `${PRELUDE}\nexport function gt_alpha(x: number): number {\n  frame.x = x;\n  return x;\n}\n`;
    fails(plain, (m) => `${pos('t/e.ts', m, 'frame.x')}: frame.x outside a kernel function (one with line markers or frame())`);
  });

  it('line`${x}`', () => {
    fails(alpha('  line`${x}`;'), (m) => `${pos('t/e.ts', m, 'line`')}: a line marker is a plain text: no \${…} in it`);
  });

  it('a marker that is not a statement of its own', () => {
    fails(alpha('  void line`return err;`;'), (m) => `${pos('t/e.ts', m, 'line`')}: a line marker is a statement of its own: line\`…\`;`);
  });

  it('two frame() calls', () => {
    fails(alpha('  frame({ x });\n  line`return err;`;\n  frame({ y: x });'), (m) => `${pos('t/e.ts', m, 'frame(', 2)}: frame() opens the frame once`);
  });

  it('a line marker or frame.x before frame() (the frame is not open yet)', () => {
    fails(alpha('  line`return err;`;\n  frame({ x });'), (m) => `${pos('t/e.ts', m, 'line`')}: a line marker before frame(): the frame opens there`);
    fails(alpha('  frame.y = x;\n  frame({ x });\n  line`return err;`;'), (m) => `${pos('t/e.ts', m, 'frame.y')}: frame.x before frame(): the frame opens there`);
  });

  it('(a nested generator defined before frame() may hold markers: it runs later)', () => {
    const mod = alpha('  const fail = function* (): Sim<number> {\n    line`return err;`;\n    frame.err = -1;\n    return -1;\n  };\n  frame({ x });\n  if (!x) return yield* fail();');
    const out = genTree({ 't/e.ts': mod }, C).gens('t/e.ts');
    assert.ok(out.includes('  const fail = function* (): Sim<number> {\n    if (at(A$gt_alpha.L9)) yield;\n    $f.vars.err = -1;\n'), out);
  });

  it('frame() nested in a block', () => {
    fails(alpha('  if (x) {\n    frame({ x });\n  }\n  line`return err;`;'), (m) => `${pos('t/e.ts', m, 'frame(')}: frame({...}) must be a statement of the function body itself (not nested)`);
  });

  it('frame() with other than one object', () => {
    fails(alpha('  frame({ x }, 1);\n  line`return err;`;'), (m) => `${pos('t/e.ts', m, 'frame(')}: frame() takes one object: the values the debugger shows`);
  });

  it('a destructured parameter without frame()', () => {
    const mod = `${PRELUDE}\nexport function* gt_alpha({ x }: { x: number }): Sim<number> {\n  line\`return err;\`;\n  return x;\n}\n`;
    fails(mod, (m) => `${pos('t/e.ts', m, '{ x }')}: a destructured parameter: open the frame with frame({...})`);
  });

  for (const name of ['at', 'enter', 'leave', 'defineFn']) {
    it(`the source importing ${name}`, () => {
      const from = name === 'defineFn' ? '../../core/anchors' : '../../core/engine';
      const mod = `import { ${name} } from '${from}';\n${alpha('  line`return err;`;')}`;
      fails(mod, () => `src/kernel/net/t/e.ts:1:1: '${name}' is the generator's: the source uses the markers line\`…\` and frame() instead`);
    });
  }
});
