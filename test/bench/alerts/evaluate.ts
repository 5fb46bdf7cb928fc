/** Runs a detector over a per-minute series and scores its firings against injected spikes. */
import { MINUTE_MS } from '../../../shared/constants';
import { createDetector, type DetectorParams } from '../../../server/alerts/detect';
import { BENCH_START } from './data';
import type { Spike } from './inject';

/** A firing this many minutes after a spike's end still counts as that spike's (not a false alarm). */
export const GRACE_MIN = 10;

/** Minutes (indexes) at which the detector fired. */
export function firings(series: readonly number[], params: DetectorParams): number[] {
  const det = createDetector(params);
  const out: number[] = [];
  for (let i = 0; i < series.length; i++) {
    const ev = det.update(BENCH_START + i * MINUTE_MS, series[i]);
    if (ev?.kind === 'firing') out.push(i);
  }
  return out;
}

export interface Score {
  /** Per spike: delay in buckets from its start to the close of the firing bucket, or null (missed). */
  delays: (number | null)[];
  /** Firings from minute `evalFrom` on that belong to no spike. */
  falseAlarms: number;
}

export function score(fired: number[], spikes: Spike[], evalFrom: number): Score {
  const delays = spikes.map((s) => {
    const f = fired.find((i) => i >= s.start && i < s.start + s.duration);
    return f === undefined ? null : f - s.start + 1;
  });
  const falseAlarms = fired.filter((i) => i >= evalFrom && !spikes.some((s) => i >= s.start && i < s.start + s.duration + GRACE_MIN)).length;
  return { delays, falseAlarms };
}

export function median(xs: number[]): number {
  if (!xs.length) return Number.NaN;
  const s = xs.slice().sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}
