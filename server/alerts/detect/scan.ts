/**
 * The spike (or drop) test, on the windows of the last 1, 2, ..., K buckets (K = windowBuckets):
 *
 *   for each k: S = the sum of the last k buckets, M = k × the expected count of one bucket;
 *   the window holds when  S ≥ minCount, S ≥ minRatio × M, and  z(S, M) / √dispersion ≥ threshold
 *   (drop: M ≥ minCount, S × minRatio ≤ M, z ≤ −threshold), and the test holds when any window does.
 *
 * z is the signed root of the Poisson deviance, sign(S − M) √(2 (S ln(S/M) − (S − M))): about
 * N(0, 1) when S is Poisson with mean M, and better behaved than (S − M)/√M at small counts (it
 * does not call 3 → 9 a 3.5σ event). Scanning k = 1..K is the Poisson scan statistic over windows
 * that end now (a window-limited GLR / CUSUM): a burst on a busy series passes on one or two
 * buckets, a 3× rise on a thin one (2 posts a minute) gathers evidence over several, and a spike
 * is judged the same whichever minute it starts on. With K = 1 it is the one-bucket test.
 */
import { COUNT_FLOOR } from './baseline';
import type { DetectorParams } from './types';
import type { RecentBuckets } from './window';

export interface ScanResult {
  holds: boolean;
  /** The window reported: the strongest one that holds, else the whole window. */
  value: number;
  expected: number;
  /** Its length in buckets. */
  span: number;
}

/** Signed root of the Poisson deviance of a count s against a mean m. */
export function devianceZ(s: number, m: number): number {
  const mu = Math.max(m, COUNT_FLOOR);
  const x = Math.max(s, 0);
  const dev = 2 * ((x > 0 ? x * Math.log(x / mu) : 0) - (x - mu));
  return Math.sign(x - mu) * Math.sqrt(Math.max(dev, 0));
}

type ScanParams = Pick<DetectorParams, 'minCount' | 'minRatio' | 'threshold' | 'direction'>;

/** Runs the test over the windows of `recent` (its size is K); perBucket is one bucket's expected count. */
export function scanWindows(recent: RecentBuckets, perBucket: number, dispersion: number, p: ScanParams): ScanResult {
  const spike = p.direction === 'spike';
  const rootDisp = Math.sqrt(Math.max(dispersion, 1));
  let best: ScanResult | null = null;
  let bestZ = 0;
  let s = 0;
  for (let k = 1; k <= recent.size; k++) {
    s += recent.at(k - 1);
    const m = k * perBucket;
    const z = devianceZ(s, m) / rootDisp;
    const holds = spike
      ? s >= p.minCount && s >= p.minRatio * m && z >= p.threshold
      : m >= p.minCount && s * p.minRatio <= m && -z >= p.threshold;
    if (holds && (best === null || Math.abs(z) > bestZ)) { best = { holds, value: s, expected: m, span: k }; bestZ = Math.abs(z); }
  }
  return best ?? { holds: false, value: s, expected: recent.size * perBucket, span: recent.size };
}
