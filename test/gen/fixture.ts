// Synthetic kernel trees for the generator's tests (scripts/gen-kernel.ts, scripts/twins.cjs).
//
// Each tree is a fresh temporary package root with its own src/kernel/net/… and media/kernel/…, so
// the synthetic functions cannot collide with the real annotated sources, and the sleep analysis,
// which resolves relative imports on the file system (resolveModule in twins.cjs), finds the
// synthetic modules a module imports. The module texts are also handed to generate() in memory.

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { strict as assert } from 'node:assert';
import { generate, GenError, type GenResult } from '../../scripts/gen-kernel';

let base: string | undefined;

/** Removes every tree made so far (call from an after() hook). */
export function cleanTrees(): void {
  if (base) fs.rmSync(base, { recursive: true, force: true });
  base = undefined;
}

export interface Tree {
  root: string;
  result: GenResult;
  /** The generated text of module `rel` (relative to src/kernel/net, e.g. 't/a.ts'). */
  out(rel: string): string;
  /** The generated text before the appended twins (the expansion of the markers, and the dispatch). */
  gens(rel: string): string;
}

/** The imports a real kernel module starts with (its engine, then the markers). */
export const PRELUDE = `import { SLEEP, type Sim } from '../../core/engine';\nimport { frame, line } from '../../core/mark';\n`;

/**
 * Generates `modules` (path under src/kernel/net → TypeScript text) against `annotated` (kernel path
 * such as net/t/a.c → C text) in a fresh root.
 */
export function genTree(modules: Record<string, string>, annotated: Record<string, string>): Tree {
  base ??= fs.mkdtempSync(path.join(os.tmpdir(), 'sockwalk-gentest-'));
  const root = fs.mkdtempSync(path.join(base, 'root-'));
  fs.mkdirSync(path.join(root, 'media', 'kernel'), { recursive: true });
  const texts = new Map<string, string>();
  for (const [rel, text] of Object.entries(modules)) {
    const f = path.join(root, 'src', 'kernel', 'net', rel);
    fs.mkdirSync(path.dirname(f), { recursive: true });
    fs.writeFileSync(f, text);
    texts.set(f, text);
  }
  const result = generate({ root, texts, annotated: new Map(Object.entries(annotated)) });
  const out = (rel: string) => {
    const f = path.join(root, 'src', 'kernel', 'gen', 'net', rel);
    const t = result.files.get(f);
    assert.ok(t !== undefined, `no generated module for ${rel} (have: ${[...result.files.keys()].join(', ')})`);
    return t;
  };
  const gens = (rel: string) => out(rel).split('\n// ---- fast-path twins')[0];
  return { root, result, out, gens };
}

/** The GenError message generating `modules` fails with (fails the test if it does not fail so). */
export function genError(modules: Record<string, string>, annotated: Record<string, string>): string {
  try {
    genTree(modules, annotated);
  } catch (e) {
    if (e instanceof GenError) return e.message;
    throw e;
  }
  assert.fail('the generation succeeded; expected a GenError');
}

/** The text between `from` (included) and the first `to` after it (included). */
export function between(text: string, from: string, to: string): string {
  const i = text.indexOf(from);
  assert.ok(i >= 0, `"${from}" not in:\n${text}`);
  const j = text.indexOf(to, i + from.length);
  assert.ok(j >= 0, `"${to}" not after "${from}" in:\n${text}`);
  return text.slice(i, j + to.length);
}

/** The 1-based line of the first occurrence of `needle` in `text`. */
export function lineOf(text: string, needle: string): number {
  const i = text.indexOf(needle);
  assert.ok(i >= 0, `"${needle}" not in:\n${text}`);
  return text.slice(0, i).split('\n').length;
}
