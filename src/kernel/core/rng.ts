// A small deterministic PRNG and hash (for ISNs, ephemeral port offsets, prandom): the same seed
// gives the same run, byte for byte.

export class Rng {
  private s: number;
  /** Every seed of the domain (0 … 4294967295) its own stream: the state is the seed itself. */
  constructor(seed: number) {
    this.s = seed >>> 0;
  }
  /** prandom_u32(): 32 random bits. */
  u32(): number {
    // mulberry32
    let t = (this.s = (this.s + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  }
}

/** keyedHash's digits of an integer, last first. */
const DIGITS = new Int32Array(10);

/** A keyed 32-bit hash of some values (stands in for siphash with the boot secret). */
export function keyedHash(key: number, ...parts: Array<string | number>): number {
  // FNV-1a over each value's decimal or string form, a 0xff after each; integers are hashed digit
  // by digit (the same bytes String() would give, without making the string). (h is kept as the
  // int32 of the same 32 bits — Math.imul and ^ read only those bits — and made unsigned once at
  // the end: an unsigned h at every step was a double, and this ran a few dozen times per connection.)
  let h = key ^ 0x811c9dc5;
  for (let j = 0; j < parts.length; j++) {
    const p = parts[j];
    if (typeof p === 'number' && p >= 0 && p <= 0x7fffffff && (p | 0) === p) {
      // (its digits from the last, by constant divisions, then hashed from the first)
      let n = 0;
      let v = p;
      do {
        DIGITS[n++] = v % 10;
        v = (v / 10) | 0;
      } while (v !== 0);
      while (n > 0) h = Math.imul(h ^ (48 + DIGITS[--n]), 0x01000193);
    } else {
      const s = typeof p === 'string' ? p : String(p);
      for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
    }
    h = Math.imul(h ^ 0xff, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
