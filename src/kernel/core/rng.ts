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

/** A keyed 32-bit hash of some values (stands in for siphash with the boot secret). */
export function keyedHash(key: number, ...parts: Array<string | number>): number {
  // FNV-1a over each value's decimal or string form, a 0xff after each; integers are hashed digit
  // by digit (the same bytes String() would give, without making the string)
  let h = (key ^ 0x811c9dc5) >>> 0;
  for (let j = 0; j < parts.length; j++) {
    const p = parts[j];
    if (typeof p === 'number' && p >= 0 && p <= 0x7fffffff && (p | 0) === p) {
      let div = 1;
      while (div * 10 <= p) div *= 10;
      for (let v = p; div >= 1; div = (div / 10) | 0) {
        const d = (v / div) | 0;
        v -= d * div;
        h ^= 48 + d;
        h = Math.imul(h, 0x01000193) >>> 0;
      }
    } else {
      const s = String(p);
      for (let i = 0; i < s.length; i++) {
        h ^= s.charCodeAt(i);
        h = Math.imul(h, 0x01000193) >>> 0;
      }
    }
    h ^= 0xff;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b) >>> 0;
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35) >>> 0;
  h ^= h >>> 16;
  return h >>> 0;
}
