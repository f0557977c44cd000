// The generator's sleep analysis (scripts/twins.cjs): which kernel functions may sleep, and so get no
// fast twin (`name$fast`), and why (`analysis.why(name)`, what `npm run gen -- --why NAME` prints);
// and the generators' dispatch to the twins of the functions that cannot.

import { strict as assert } from 'node:assert';
import { PRELUDE, cleanTrees, genTree, lineOf, type Tree } from './fixture';

after(cleanTrees);

/** gt_<name> on lines 2–5 of its own file, net/t/<name>.c (its one marked line: `gt_step();`). */
function cfile(name: string): Record<string, string> {
  return { [`net/t/${name}.c`]: `/* ${name} */\nint ${name}(void)\n{\n\tgt_step();\n}\n` };
}
const C: Record<string, string> = Object.assign(
  {},
  ...['gt_sleeper', 'gt_caller', 'gt_pure', 'gt_user', 'gt_remote', 'gt_via_close', 'gt_via_hash', 'gt_via_open', 'gt_via_unknown', 'gt_timer_fn', 'gt_run_timer', 'gt_via_shorthand', 'gt_via_method'].map(cfile),
);

/** A kernel function `name` with `body` after its line marker. */
const fn = (name: string, body: string, params = '') => `export function* ${name}(${params}): Sim<any> {\n  line\`gt_step();\`;\n${body}\n}\n`;

/** The one verdict of analysis.why(name). */
function why(tree: Tree, name: string): { twin: boolean; why: string } {
  const r = tree.result.analysis.why(name);
  assert.ok(r && r.length === 1, `why(${name}): ${JSON.stringify(r)}`);
  return { twin: r[0].twin, why: r[0].why };
}
/** Whether the generated module `rel` has the twin `name$fast` (and registers it). */
function hasTwin(tree: Tree, rel: string, name: string): boolean {
  const out = tree.out(rel);
  const decl = out.includes(`export function ${name}$fast(`);
  assert.equal(out.includes(`$kreg(${name}, ${name}$fast, `), decl, `${name}: twin and its registration disagree`);
  return decl;
}

describe('gen-kernel: sleep analysis', () => {
  const A = `${PRELUDE}
${fn('gt_sleeper', '  const gt_x = 1;\n  yield SLEEP;')}
${fn('gt_caller', '  gt_pure;\n  yield* gt_pure(1);\n  yield* gt_sleeper();')}
${fn('gt_pure', '  return x + 1;', 'x: number')}
${fn('gt_user', '  return yield* gt_pure(x);', 'x: number')}`;
  const B = `${PRELUDE}import { gt_sleeper, gt_pure } from './a';

${fn('gt_remote', '  yield* gt_pure(2);\n  yield* gt_sleeper();')}`;
  const OPS = `${PRELUDE}import { gt_sleeper, gt_pure } from './a';

export const gt_ops_a = { gt_close: gt_sleeper, gt_hash: gt_pure };
export const gt_ops_b = { gt_close: gt_pure, gt_open: function* (): Sim<void> { yield SLEEP; } };

${fn('gt_via_close', '  yield* sk.ops.gt_close();', 'sk: any')}
${fn('gt_via_hash', '  return yield* sk.ops.gt_hash(1);', 'sk: any')}
${fn('gt_via_open', '  yield* sk.ops.gt_open();', 'sk: any')}
${fn('gt_via_unknown', '  yield* sk.ops.gt_nobody();', 'sk: any')}`;
  let tree: Tree;
  before(() => {
    tree = genTree({ 't/a.ts': A, 't/b.ts': B, 't/ops.ts': OPS }, C);
  });

  it('a function that yields SLEEP has no twin, and says where', () => {
    assert.deepEqual(why(tree, 'gt_sleeper'), { twin: false, why: `it yields at src/kernel/net/t/a.ts:${lineOf(A, 'yield SLEEP')} (\`yield SLEEP\`): it sleeps or pauses there itself` });
    assert.equal(hasTwin(tree, 't/a.ts', 'gt_sleeper'), false);
  });

  it('where: the line of the hand-written module, past a multi-line frame() and the tables the expansion inserts', () => {
    const mod = `${PRELUDE}
${fn('gt_pure', '  return 1;')}
export function* gt_sleeper(sk: any): Sim<void> {
  const x = sk.x;
  frame({
    sk,
    x,
  });
  line\`gt_step();\`;
  frame.y = x;
  if (x) {
    yield SLEEP;
  }
}
`;
    const t = genTree({ 't/w.ts': mod }, C);
    assert.equal(why(t, 'gt_sleeper').why, `it yields at src/kernel/net/t/w.ts:${lineOf(mod, 'yield SLEEP')} (\`yield SLEEP\`): it sleeps or pauses there itself`);
  });

  it('its direct callers have none, in its module and in others, and say why', () => {
    assert.deepEqual(why(tree, 'gt_caller'), { twin: false, why: 'it calls gt_sleeper(), which may sleep' });
    assert.equal(hasTwin(tree, 't/a.ts', 'gt_caller'), false);
    assert.deepEqual(why(tree, 'gt_remote'), { twin: false, why: 'it calls gt_sleeper(), which may sleep' });
    assert.equal(hasTwin(tree, 't/b.ts', 'gt_remote'), false);
  });

  it('a pure function gets a twin, and so do its pure callers', () => {
    assert.deepEqual(why(tree, 'gt_pure'), { twin: true, why: 'nothing it does or calls can sleep' });
    assert.equal(hasTwin(tree, 't/a.ts', 'gt_pure'), true);
    assert.deepEqual(why(tree, 'gt_user'), { twin: true, why: 'nothing it does or calls can sleep' });
    assert.equal(hasTwin(tree, 't/a.ts', 'gt_user'), true);
    // the twin calls the twin
    assert.ok(tree.out('t/a.ts').includes('return ($r = (gt_pure$fast(x)), '), tree.out('t/a.ts'));
    // (no try/finally: the exit's entry is written at each return, after its value)
    const twin = tree.out('t/a.ts').slice(tree.out('t/a.ts').indexOf('export function gt_user$fast('));
    assert.ok(!/\btry\b|\bfinally\b/.test(twin.slice(0, twin.indexOf('\n}\n'))), twin);
  });

  it('the generators dispatch to a pure callee\'s twin when the engine is fast (a sleeping callee stays yield*)', () => {
    const a = tree.gens('t/a.ts');
    assert.ok(a.includes('  ($E.fast || $E.twinOk[gt_pure.k] === 1 ? gt_pure$fast(1) : yield* gt_pure(1));\n  yield* gt_sleeper();\n'), a);
    assert.ok(a.includes('  return ($E.fast || $E.twinOk[gt_pure.k] === 1 ? gt_pure$fast(x) : yield* gt_pure(x));\n'), a);
    // in another module: the twin imported from the callee's generated module
    const b = tree.out('t/b.ts');
    assert.ok(b.includes('  ($E.fast || $E.twinOk[gt_pure.k] === 1 ? gt_pure$fast(2) : yield* gt_pure(2));\n  yield* gt_sleeper();\n'), b);
    assert.ok(b.includes("import { gt_pure$fast as gt_pure$fast } from './a';"), b);
    assert.ok(b.includes("import { E as $E, FAST_FRAME as $FF, driveToEnd as $drive, registerTwin as $kreg } from '../../../core/engine';"), b);
  });

  it('a call through an ops-table member sleeps iff some object literal stores a sleeping generator under that name', () => {
    // gt_close: gt_sleeper in one table, gt_pure in another
    assert.deepEqual(why(tree, 'gt_via_close'), { twin: false, why: 'it calls ->gt_close(), and gt_sleeper(), stored as gt_close, may sleep' });
    assert.equal(hasTwin(tree, 't/ops.ts', 'gt_via_close'), false);
    // gt_hash: gt_pure only
    assert.deepEqual(why(tree, 'gt_via_hash'), { twin: true, why: 'nothing it does or calls can sleep' });
    assert.equal(hasTwin(tree, 't/ops.ts', 'gt_via_hash'), true);
    // gt_open: a generator expression that sleeps
    // gt_open: a generator expression that sleeps, named by its place
    assert.deepEqual(why(tree, 'gt_via_open'), { twin: false, why: `it calls ->gt_open(), and the generator at src/kernel/net/t/ops.ts:${lineOf(OPS, 'function* ()')}, stored as gt_open, may sleep` });
  });

  it('an indirect call the twins and the generators make through the member (the callee\'s .fast, or its generator driven)', () => {
    const ops = tree.out('t/ops.ts');
    assert.ok(ops.includes('return (($t = sk.ops.gt_hash).fast !== undefined && ($E.fast || $E.twinOk[$t.k] === 1) ? $t.fast(1) : yield* sk.ops.gt_hash(1));'), ops);
    assert.ok(ops.includes('return ($r = ((($t = sk.ops.gt_hash).fast !== undefined ? $t.fast(1) : $drive($t(1)))), '), ops);
  });

  it('a call to a member no object literal stores a generator under may sleep (unknown)', () => {
    assert.deepEqual(why(tree, 'gt_via_unknown'), {
      twin: false,
      why: 'it calls ->gt_nobody(), and no ops table of the kernel stores a generator as gt_nobody: an unknown indirect call may sleep',
    });
    assert.equal(hasTwin(tree, 't/ops.ts', 'gt_via_unknown'), false);
  });

  it('a pure generator stored under a member alone makes its callers pure; a sleeping one stored too makes them sleep', () => {
    const ops = (extra: string) => `${PRELUDE}import { gt_sleeper, gt_pure } from './a';

export const gt_ops = { gt_m: gt_pure };
${extra}
${fn('gt_via_close', '  yield* sk.ops.gt_m();', 'sk: any')}`;
    const pure = genTree({ 't/a.ts': A, 't/ops.ts': ops('') }, C);
    assert.equal(why(pure, 'gt_via_close').twin, true);
    const both = genTree({ 't/a.ts': A, 't/ops.ts': ops('export const gt_ops2 = { gt_m: gt_sleeper };') }, C);
    assert.deepEqual(why(both, 'gt_via_close'), { twin: false, why: 'it calls ->gt_m(), and gt_sleeper(), stored as gt_m, may sleep' });
  });

  it('a shorthand property stores the generator of that name', () => {
    const mod = `${PRELUDE}import { gt_sleeper } from './a';

export const gt_ops = { gt_sleeper };
${fn('gt_via_shorthand', '  yield* sk.ops.gt_sleeper();', 'sk: any')}`;
    const t = genTree({ 't/a.ts': A, 't/s.ts': mod }, C);
    assert.deepEqual(why(t, 'gt_via_shorthand'), { twin: false, why: 'it calls ->gt_sleeper(), and gt_sleeper(), stored as gt_sleeper, may sleep' });
  });

  it('a generator method stored in an object literal (`*gt_m() {…}`) counts as stored under its name', () => {
    const mod = `${PRELUDE}import { gt_pure } from './a';

export const gt_ops = { gt_m: gt_pure };
export const gt_ops2 = {
  *gt_m(): Sim<void> {
    yield SLEEP;
  },
};
${fn('gt_via_method', '  yield* sk.ops.gt_m();', 'sk: any')}`;
    const t = genTree({ 't/a.ts': A, 't/m.ts': mod }, C);
    assert.deepEqual(why(t, 'gt_via_method'), { twin: false, why: `it calls ->gt_m(), and the generator at src/kernel/net/t/m.ts:${lineOf(mod, '*gt_m()')}, stored as gt_m, may sleep` });
    assert.equal(hasTwin(t, 't/m.ts', 'gt_via_method'), false);
  });

  describe('timers: new TimerList(name, host, fn, arg) stores fn as the timer\'s fn', () => {
    const timers = (handler: string, withTimer: boolean) => `${PRELUDE}import { TimerList } from '../../core/timer';

${fn('gt_timer_fn', handler, 'arg: unknown')}
export function gt_setup(host: any): unknown {
  return ${withTimer ? "new TimerList('gt_timer', host, gt_timer_fn, null)" : 'gt_timer_fn'};
}

${fn('gt_run_timer', '  yield* w.fn(w.arg);', 'w: any')}`;

    it('a pure handler: the timers\' runner has a twin', () => {
      const t = genTree({ 't/timer.ts': timers('  return arg;', true) }, C);
      assert.deepEqual(why(t, 'gt_run_timer'), { twin: true, why: 'nothing it does or calls can sleep' });
    });

    it('a sleeping handler: the runner may sleep, because of it', () => {
      const t = genTree({ 't/timer.ts': timers('  yield SLEEP;', true) }, C);
      assert.deepEqual(why(t, 'gt_run_timer'), { twin: false, why: 'it calls ->fn(), and gt_timer_fn(), stored as fn, may sleep' });
    });

    it('no TimerList: ->fn() is unknown, and may sleep', () => {
      const t = genTree({ 't/timer.ts': timers('  return arg;', false) }, C);
      assert.deepEqual(why(t, 'gt_run_timer'), { twin: false, why: 'it calls ->fn(), and no ops table of the kernel stores a generator as fn: an unknown indirect call may sleep' });
    });
  });

  it('a call to a local generator, or to a generator outside the kernel modules, may sleep', () => {
    const mod = `${PRELUDE}import { gt_outside } from '../../sim/nowhere';

${fn('gt_pure', '  const fail = function* (): Sim<number> {\n    return -1;\n  };\n  return yield* fail();')}
${fn('gt_user', '  return yield* gt_outside();')}`;
    const t = genTree({ 't/l.ts': mod }, C);
    assert.deepEqual(why(t, 'gt_pure'), { twin: false, why: `it calls fail() at src/kernel/net/t/l.ts:${lineOf(mod, 'yield* fail()')}, which is not a kernel generator the analysis knows (it may sleep)` });
    assert.deepEqual(why(t, 'gt_user'), { twin: false, why: `it calls gt_outside() at src/kernel/net/t/l.ts:${lineOf(mod, 'yield* gt_outside()')}, which is not a kernel generator the analysis knows (it may sleep)` });
  });

  it('sleeping spreads through chains of callers and renamed imports; mutually recursive pure functions keep their twins', () => {
    const mod = `${PRELUDE}import { gt_sleeper as gt_s, gt_pure as gt_p } from './a';
import type { gt_user } from './a';

${fn('gt_via_close', '  yield* gt_s();')}
${fn('gt_via_hash', '  yield* gt_via_close();')}
${fn('gt_via_open', '  if (x > 0) yield* gt_via_unknown(x - 1);\n  return yield* gt_p(x);', 'x: number')}
${fn('gt_via_unknown', '  if (x > 0) yield* gt_via_open(x - 1);', 'x: number')}`;
    const t = genTree({ 't/a.ts': A, 't/r.ts': mod }, C);
    assert.deepEqual(why(t, 'gt_via_close'), { twin: false, why: 'it calls gt_sleeper(), which may sleep' });
    assert.deepEqual(why(t, 'gt_via_hash'), { twin: false, why: 'it calls gt_via_close(), which may sleep' });
    assert.equal(why(t, 'gt_via_open').twin, true);
    assert.equal(why(t, 'gt_via_unknown').twin, true);
    const out = t.out('t/r.ts');
    assert.ok(out.includes("import { gt_pure$fast as gt_p$fast } from './a';"), out);
    assert.ok(out.includes('return ($r = (gt_p$fast(x)), '), out);
    assert.ok(out.includes('if (x > 0) gt_via_unknown$fast(x - 1);'), out);
  });

  it('why() of a name that is no kernel function is null', () => {
    assert.equal(tree.result.analysis.why('gt_no_such_function'), null);
    // (a plain function is not a kernel function either)
    assert.equal(tree.result.analysis.why('gt_setup'), null);
  });
});
