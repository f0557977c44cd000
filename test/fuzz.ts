// Property-based fuzzing that stays in the suite: each fuzz test draws inputs from a fast-check
// arbitrary, runs every one (not stopping at the first failure) and fails with the count and the
// first few failing inputs. CI runs a bounded number per test (FUZZ_RUNS unset: the test's default,
// seconds); `npm run fuzz -- --runs N` runs N per test and prints how many were tried and failed
// (each test appends its counts to FUZZ_REPORT).

import * as fs from 'node:fs';
import fc from 'fast-check';

export function fuzzRuns(defaultRuns: number): number {
  const n = Number(process.env.FUZZ_RUNS);
  return Number.isSafeInteger(n) && n > 0 ? n : defaultRuns;
}

export function fuzzSeed(): number {
  const s = Number(process.env.FUZZ_SEED);
  return Number.isSafeInteger(s) ? s : 19;
}

export interface FuzzResult {
  name: string;
  tried: number;
  failed: number;
  seed: number;
  /** Extra counts a test keeps (e.g. how many inputs were accepted). */
  counts?: Record<string, number>;
}

/** Runs `check` on `runs` inputs (synchronous or async); a thrown error or a returned string is a failure. */
export async function fuzz<T>(
  name: string,
  arb: fc.Arbitrary<T>,
  runs: number,
  check: (x: T, i: number) => string | null | void | Promise<string | null | void>,
  counts?: Record<string, number>,
): Promise<FuzzResult> {
  const seed = fuzzSeed();
  const inputs = fc.sample(arb, { numRuns: runs, seed });
  const failures: string[] = [];
  let failed = 0;
  for (let i = 0; i < inputs.length; i++) {
    let why: string | null | void;
    try {
      why = await check(inputs[i], i);
    } catch (e) {
      why = e instanceof Error ? e.stack ?? e.message : String(e);
    }
    if (why) {
      failed++;
      if (failures.length < 3) failures.push(`#${i}: ${why}\n  input: ${fc.stringify(inputs[i]).slice(0, 600)}`);
    }
  }
  const result: FuzzResult = { name, tried: inputs.length, failed, seed, ...(counts ? { counts } : {}) };
  if (process.env.FUZZ_REPORT) fs.appendFileSync(process.env.FUZZ_REPORT, JSON.stringify(result) + '\n');
  if (failed) throw new Error(`${name}: ${failed} of ${inputs.length} inputs failed (FUZZ_SEED=${seed})\n${failures.join('\n')}`);
  return result;
}
