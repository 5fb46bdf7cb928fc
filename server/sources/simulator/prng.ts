/**
 * Small, fast, seeded randomness for the simulator. No Math.random anywhere in the simulator:
 * every value is a function of (seed, position in the stream), so any window can be regenerated.
 */

const GOLDEN = 0x9e3779b9;

/** Murmur3's 32-bit finalizer: a cheap avalanche of one integer. */
export function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Hash of up to four 32-bit integers (order matters). */
export function hash4(a: number, b: number, c = 0, d = 0): number {
  let h = fmix32((a ^ GOLDEN) >>> 0);
  h = fmix32((h + Math.imul(b | 0, 0xcc9e2d51)) >>> 0);
  h = fmix32((h + Math.imul(c | 0, 0x1b873593)) >>> 0);
  h = fmix32((h + Math.imul(d | 0, 0xe6546b64)) >>> 0);
  return h;
}

/** 32-bit hash of a string (FNV-1a then finalized). */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return fmix32(h >>> 0);
}

/** Reduce any finite number (negative, fractional, > 2^32) to a 32-bit seed. */
export function seed32(seed: number): number {
  const lo = seed >>> 0;
  const hi = Math.floor(seed / 4294967296) >>> 0;
  const frac = Math.floor((seed - Math.floor(seed)) * 4294967296) >>> 0;
  return hash4(lo, hi, frac, 0x5eed);
}

/**
 * mulberry32 with a re-seedable state, so a hot loop reuses one object instead of allocating a
 * closure per mention.
 */
export class Rng {
  private s: number;
  constructor(seed = 0) { this.s = seed >>> 0; }

  seed(seed: number): this { this.s = seed >>> 0; return this; }

  /** Uniform in [0, 1). */
  next(): number {
    let t = (this.s = (this.s + 0x6d2b79f5) | 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** Integer in [0, n). */
  int(n: number): number { return Math.floor(this.next() * n); }

  /** Integer in [lo, hi]. */
  range(lo: number, hi: number): number { return lo + Math.floor(this.next() * (hi - lo + 1)); }

  chance(p: number): boolean { return this.next() < p; }

  pick<T>(arr: readonly T[]): T { return arr[Math.floor(this.next() * arr.length)]; }

  /** Exponential with mean 1. */
  exp(): number { return -Math.log(1 - this.next()); }

  /** Standard normal (Box–Muller, one value per call). */
  normal(): number {
    const u = 1 - this.next();
    const v = this.next();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }
}

/** Weighted choice in O(log n): cumulative weights, then a binary search. */
export class WeightedPicker<T> {
  private readonly cum: Float64Array;
  private readonly total: number;
  constructor(readonly items: readonly T[], weights: readonly number[]) {
    if (items.length === 0 || items.length !== weights.length) throw new RangeError('WeightedPicker needs items and as many weights');
    this.cum = new Float64Array(items.length);
    let acc = 0;
    for (let i = 0; i < weights.length; i++) {
      const w = weights[i];
      if (!(w >= 0) || !Number.isFinite(w)) throw new RangeError(`bad weight ${w}`);
      acc += w;
      this.cum[i] = acc;
    }
    if (!(acc > 0)) throw new RangeError('weights sum to zero');
    this.total = acc;
  }

  index(u: number): number {
    const x = u * this.total;
    let lo = 0;
    let hi = this.cum.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.cum[mid] > x) hi = mid; else lo = mid + 1;
    }
    return lo;
  }

  pick(rng: Rng): T { return this.items[this.index(rng.next())]; }

  /** Share of item i in [0, 1]. */
  share(i: number): number { return (this.cum[i] - (i > 0 ? this.cum[i - 1] : 0)) / this.total; }
}
