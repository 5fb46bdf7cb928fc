/** Runs a detector over a per-minute series and scores its firings against injected spikes. */
import { MINUTE_MS } from '../../../shared/constants';
import { createDetector, type DetectorParams } from '../../../server/alerts/detect';
import { BENCH_START } from './data';
import type { Spike } from './inject';

/** A firing this many minutes after a spike's end still counts as that spike's (not a false alarm). */
export const GRACE_MIN = 10;

/** Minutes per bucket of a detector's params (1 for 1-minute buckets, 5 for 5-minute ones). */
export const bucketMinutes = (params: DetectorParams) => Math.max(1, Math.round(params.bucketMs / MINUTE_MS));

/** A per-minute series summed into k-minute buckets aligned to k minutes (BENCH_START is midnight UTC). */
export function sumBuckets(series: readonly number[], k: number): number[] {
  if (k === 1) return series.slice();
  const out = new Array<number>(Math.ceil(series.length / k)).fill(0);
  for (let i = 0; i < series.length; i++) out[Math.floor(i / k)] += series[i];
  return out;
}

/**
 * Buckets (indexes, in params.bucketMs units) at which the detector fired, over a per-minute series
 * summed into buckets of params.bucketMs.
 */
export function firings(series: readonly number[], params: DetectorParams): number[] {
  const k = bucketMinutes(params);
  const buckets = sumBuckets(series, k);
  const det = createDetector(params);
  const out: number[] = [];
  for (let i = 0; i < buckets.length; i++) {
    const ev = det.update(BENCH_START + i * k * MINUTE_MS, buckets[i]);
    if (ev?.kind === 'firing') out.push(i);
  }
  return out;
}

export interface Score {
  /** Per spike: delay in buckets from the bucket of its start to the close of the firing bucket, or null (missed). */
  delays: (number | null)[];
  /** Per spike: delay in minutes from its start to the close of the firing bucket, or null (missed). */
  delaysMin: (number | null)[];
  /** Firings from minute `evalFrom` on that belong to no spike. */
  falseAlarms: number;
}

/**
 * Scores firings (bucket indexes of k minutes each; spikes and evalFrom in minutes). A firing
 * belongs to a spike when its bucket overlaps the spike's minutes (plus GRACE_MIN after, for false alarms).
 */
export function score(fired: number[], spikes: Spike[], evalFrom: number, k = 1): Score {
  const overlaps = (f: number, from: number, to: number) => f * k + k > from && f * k < to;
  const hits = spikes.map((s) => fired.find((f) => overlaps(f, s.start, s.start + s.duration)));
  const delays = spikes.map((s, i) => (hits[i] === undefined ? null : hits[i]! - Math.floor(s.start / k) + 1));
  const delaysMin = spikes.map((s, i) => (hits[i] === undefined ? null : (hits[i]! + 1) * k - s.start));
  const falseAlarms = fired.filter((f) => f * k >= evalFrom && !spikes.some((s) => overlaps(f, s.start, s.start + s.duration + GRACE_MIN))).length;
  return { delays, delaysMin, falseAlarms };
}

export function median(xs: number[]): number {
  if (!xs.length) return Number.NaN;
  const s = xs.slice().sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}
