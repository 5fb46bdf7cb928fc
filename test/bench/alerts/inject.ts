/**
 * Spike plans and injection: extra negative mentions drawn from the incident pool so that the
 * series reaches about multiplier × its trailing mean (the brand's current baseline, measured on
 * the clean series over the TRAILING_MINUTES before the spike, independent of any detector).
 */
import { Rng, hash4 } from '../../../server/sources/simulator/prng';

export const MULTIPLIERS = [2, 3, 5] as const;
export const DURATIONS_MIN = [5, 10, 30, 60] as const;
/** Minutes between spike starts on one series (leaves room for resolve + cooldown + relearning). */
export const SPIKE_SPACING_MIN = 150;
const SPACING_JITTER_MIN = 30;
const TRAILING_MINUTES = 30;

export interface Spike { start: number; duration: number; multiplier: number }

/** Spikes from minute `from` to `to` on one series, cycling through every (multiplier, duration). */
export function planSpikes(seed: number, series: number, from: number, to: number): Spike[] {
  const rng = new Rng();
  rng.seed(hash4(seed, series, 0x5b1c));
  const combos = MULTIPLIERS.flatMap((m) => DURATIONS_MIN.map((d) => ({ m, d })));
  const out: Spike[] = [];
  let k = (seed * 7 + series * 5) % combos.length;
  for (let s = from + Math.floor(rng.next() * SPACING_JITTER_MIN); s + 60 < to; s += SPIKE_SPACING_MIN + Math.floor(rng.next() * SPACING_JITTER_MIN)) {
    const c = combos[k++ % combos.length];
    out.push({ start: s, duration: c.d, multiplier: c.m });
  }
  return out;
}

function poisson(rng: Rng, lambda: number): number {
  if (lambda > 30) return Math.max(0, Math.round(lambda + Math.sqrt(lambda) * gauss(rng)));
  const l = Math.exp(-lambda);
  let k = 0;
  let p = rng.next();
  while (p > l) { k++; p *= rng.next(); }
  return k;
}

function gauss(rng: Rng): number {
  return Math.sqrt(-2 * Math.log(1 - rng.next())) * Math.cos(2 * Math.PI * rng.next());
}

/** A copy of clean with the spikes added (pool: 0/1 hit per incident mention of that series). */
export function inject(clean: readonly number[], spikes: Spike[], pool: readonly number[], seed: number): number[] {
  const out = clean.slice();
  const rng = new Rng();
  rng.seed(hash4(seed, pool.length, 0x1a7));
  const hitRate = pool.reduce((a, b) => a + b, 0) / pool.length;
  for (const s of spikes) {
    let sum = 0;
    for (let i = s.start - TRAILING_MINUTES; i < s.start; i++) sum += clean[i];
    const base = sum / TRAILING_MINUTES;
    for (let i = s.start; i < s.start + s.duration && i < out.length; i++) {
      const drawn = poisson(rng, ((s.multiplier - 1) * base) / hitRate);
      for (let j = 0; j < drawn; j++) out[i] += pool[Math.floor(rng.next() * pool.length)];
    }
  }
  return out;
}
