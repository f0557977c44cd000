// The seed domain, one for the CLI and the debug adapter: an integer 0 … 4294967295 (2^32 − 1).
// The simulator's generator keeps 32 bits of seed state (src/kernel/core/rng.ts), so larger seeds
// would silently give the same run as their value mod 2^32; they are refused instead.

import { t } from '../l10n/l10n';

export const MAX_SEED = 0xffff_ffff;
export const SEED_DOMAIN = `an integer from 0 to ${MAX_SEED}`;
const domain = () => t('an integer from 0 to {0}', MAX_SEED);

/** A seed written on the command line: decimal digits only (no sign, exponent, hex or blanks). */
export function parseSeed(text: string | undefined): { ok: true; seed: number } | { ok: false; message: string } {
  const shown = text === undefined ? t('nothing') : JSON.stringify(text.length > 40 ? text.slice(0, 40) + '…' : text);
  if (text === undefined || !/^(0|[1-9][0-9]*)$/.test(text)) return { ok: false, message: t('--seed takes {0}, not {1}', domain(), shown) };
  const n = text.length > 10 ? Infinity : Number(text);
  if (n > MAX_SEED) return { ok: false, message: t('--seed {0} is out of range: the seed is {1}', shown.slice(1, -1), domain()) };
  return { ok: true, seed: n };
}

/** A seed in a launch configuration (JSON): a number that is an integer in the domain. */
export function checkSeed(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= MAX_SEED) return undefined;
  return t('"seed" must be {0}, not {1}', domain(), JSON.stringify(value) ?? String(value));
}
