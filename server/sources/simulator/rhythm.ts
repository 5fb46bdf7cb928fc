/**
 * The rate of mentions over time: a daily rhythm (UTC) times a slowly varying noise. Both have a
 * mean of 1 over a day, so the mean rate over a day is the configured rate.
 */
import { DAY_MS, HOUR_MS, MINUTE_MS } from '../../../shared/constants';
import { fmix32, hash4 } from './prng';

/**
 * Relative volume by UTC hour. Listening data is dominated by the Americas and Europe: the trough
 * is ~04:00 UTC (night in both, morning in Asia), the peak ~16:00–18:00 UTC (US daytime overlaps
 * the European evening). Normalised below to a mean of exactly 1.
 */
const HOURLY_RAW = [
  1.05, 0.92, 0.78, 0.62, 0.5, 0.54, 0.62, 0.74, 0.86, 0.96, 1.02, 1.08,
  1.14, 1.2, 1.27, 1.34, 1.4, 1.42, 1.38, 1.32, 1.26, 1.2, 1.15, 1.1,
];
const HOURLY_MEAN = HOURLY_RAW.reduce((a, b) => a + b, 0) / HOURLY_RAW.length;
export const HOURLY_PROFILE: readonly number[] = HOURLY_RAW.map((v) => v / HOURLY_MEAN);

/**
 * Daily rhythm at time t: the hourly profile, linearly interpolated between hour centres (so it
 * has no steps; the mean of a cyclic piecewise-linear curve through the 24 values is their mean, 1).
 */
export function dailyRhythm(t: number): number {
  const h = (((t % DAY_MS) + DAY_MS) % DAY_MS) / HOUR_MS - 0.5; // hours since 00:30 UTC
  const i = Math.floor(h);
  const f = h - i;
  const a = HOURLY_PROFILE[(i + 24) % 24];
  const b = HOURLY_PROFILE[(i + 25) % 24];
  return a + (b - a) * f;
}

/** Two octaves of value noise: ±12% per minute and ±18% per quarter hour, each with mean 0. */
const NOISE_FINE_MS = MINUTE_MS;
const NOISE_FINE_AMP = 0.12;
const NOISE_COARSE_MS = 15 * MINUTE_MS;
const NOISE_COARSE_AMP = 0.18;

function lattice(seed: number, salt: number, k: number): number {
  const lo = k >>> 0;
  const hi = Math.floor(k / 4294967296) >>> 0;
  return fmix32(hash4(seed, lo, hi, salt)) / 4294967296 * 2 - 1; // [-1, 1)
}

function valueNoise(seed: number, salt: number, t: number, period: number): number {
  const x = t / period;
  const k = Math.floor(x);
  const f = x - k;
  const s = f * f * (3 - 2 * f); // smoothstep: no kinks at lattice points
  const a = lattice(seed, salt, k);
  const b = lattice(seed, salt, k + 1);
  return a + (b - a) * s;
}

/** Multiplicative noise around 1 (never below 0.7), deterministic in (seed, t). */
export function rateNoise(seed: number, t: number): number {
  return 1 + NOISE_FINE_AMP * valueNoise(seed, 0xf1e, t, NOISE_FINE_MS)
    + NOISE_COARSE_AMP * valueNoise(seed, 0xc0a, t, NOISE_COARSE_MS);
}
