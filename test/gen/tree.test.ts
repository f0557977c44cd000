// The generator's output is a function of its input: the same sources give the same stepping layer,
// the committed src/kernel/gen/ is what the sources generate now, and a change to one module changes
// that module's output alone (unless it changes what sleeps: then its callers' modules too).

import * as fs from 'node:fs';
import * as path from 'node:path';
import { strict as assert } from 'node:assert';
import { generate, GEN_DIR, type GenResult } from '../../scripts/gen-kernel';
import { PRELUDE, cleanTrees, genTree } from './fixture';

after(cleanTrees);

const ROOT = path.resolve(__dirname, '..', '..');
const KERNEL = path.join(ROOT, 'src', 'kernel');

/** The hand-written module a generated file comes from. */
const sourceOf = (gen: string) => path.join(KERNEL, path.relative(path.join(KERNEL, GEN_DIR), gen));

function listTs(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? listTs(p) : e.name.endsWith('.ts') ? [p] : [];
  });
}

/** The generated files whose text differs between a and b (or that only one has). */
function changed(a: GenResult, b: GenResult): string[] {
  const out: string[] = [];
  for (const f of new Set([...a.files.keys(), ...b.files.keys()])) if (a.files.get(f) !== b.files.get(f)) out.push(path.relative(ROOT, f));
  return out.sort();
}

describe('gen-kernel: determinism and staleness', () => {
  let real: GenResult;
  before(() => {
    real = generate({ root: ROOT });
  });

  it('generates every hand-written module (src/kernel/net/, src/kernel/arch/) into src/kernel/gen/', () => {
    assert.ok(real.files.size > 10, `${real.files.size} modules`);
    for (const f of real.files.keys()) {
      assert.ok(f.startsWith(path.join(KERNEL, GEN_DIR) + path.sep), f);
      assert.ok(fs.existsSync(sourceOf(f)), `${f}: no source`);
    }
  });

  it('the same sources give the same output, in the same order', () => {
    const again = generate({ root: ROOT });
    assert.deepEqual([...again.files.keys()], [...real.files.keys()]);
    assert.deepEqual(changed(real, again), []);
    // and a synthetic tree, twice
    const mod = `${PRELUDE}\nconst GT = 0;\n\nexport function* gt_det(x: number): Sim<number> {\n  line\`return x;\`;\n  return x + GT;\n}\n`;
    const c = { 'net/t/det.c': 'int gt_det(int x)\n{\n\treturn x;\n}\n' };
    assert.equal(genTree({ 't/det.ts': mod }, c).out('t/det.ts'), genTree({ 't/det.ts': mod }, c).out('t/det.ts'));
  });

  it('the committed src/kernel/gen/ is what the sources generate (else: npm run gen)', () => {
    const stale = [...real.files].filter(([f, text]) => !fs.existsSync(f) || fs.readFileSync(f, 'utf8') !== text).map(([f]) => path.relative(ROOT, f));
    assert.deepEqual(stale, [], `stale: ${stale.join(', ')} (run npm run gen)`);
    const extra = listTs(path.join(KERNEL, GEN_DIR)).filter((f) => !real.files.has(f)).map((f) => path.relative(ROOT, f));
    assert.deepEqual(extra, [], `generated files without a source: ${extra.join(', ')}`);
  });

  it('a module changed in memory (texts: the one module; the others are read from disk) changes its output alone', () => {
    const target = path.join(KERNEL, 'net', 'ipv4', 'af_inet.ts');
    const before = fs.readFileSync(target, 'utf8');
    assert.ok(before.includes('\nconst {\n  EINVAL,'), 'af_inet.ts: the ERRNO constants moved');
    const texts = new Map([[target, before.replace('\nconst {\n  EINVAL,', '\nconst gt_probe = 1;\nconst {\n  EINVAL,')]]);
    const after = generate({ root: ROOT, texts });
    assert.deepEqual([...after.files.keys()], [...real.files.keys()]);
    assert.deepEqual(changed(real, after), ['src/kernel/gen/net/ipv4/af_inet.ts']);
    assert.ok(after.files.get(path.join(KERNEL, GEN_DIR, 'net', 'ipv4', 'af_inet.ts'))!.includes('\nconst gt_probe = 1;\nconst {\n  EINVAL,'));
  });

  it('a change that makes a function sleep changes its callers\' modules too, and only those', () => {
    const c = Object.fromEntries(['gt_leaf', 'gt_mid', 'gt_other'].map((n) => [`net/t/${n}.c`, `int ${n}(void)\n{\n\tgt_step();\n}\n`]));
    const leaf = (body: string) => `${PRELUDE}\nexport function* gt_leaf(): Sim<void> {\n  line\`gt_step();\`;\n${body}\n}\n`;
    const mid = `${PRELUDE}import { gt_leaf } from './leaf';\n\nexport function* gt_mid(): Sim<void> {\n  line\`gt_step();\`;\n  yield* gt_leaf();\n}\n`;
    const other = `${PRELUDE}\nexport function* gt_other(): Sim<void> {\n  line\`gt_step();\`;\n}\n`;
    const pure = genTree({ 't/leaf.ts': leaf(''), 't/mid.ts': mid, 't/other.ts': other }, c);
    const sleeps = genTree({ 't/leaf.ts': leaf('  yield SLEEP;'), 't/mid.ts': mid, 't/other.ts': other }, c);
    assert.notEqual(sleeps.out('t/leaf.ts'), pure.out('t/leaf.ts'));
    assert.notEqual(sleeps.out('t/mid.ts'), pure.out('t/mid.ts'));
    assert.ok(pure.out('t/mid.ts').includes('export function gt_mid$fast('));
    assert.ok(!sleeps.out('t/mid.ts').includes('export function gt_mid$fast('));
    assert.equal(sleeps.out('t/other.ts'), pure.out('t/other.ts'));
  });
});
