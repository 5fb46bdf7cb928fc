/**
 * The contract between the detection core (baseline + spike/drop tests, pure, clock-free) and
 * the rule engine that feeds it closed buckets. One detector instance watches one series (for
 * example: negative mentions of brand X per minute, or of brand X on topic Y).
 */
export interface DetectorParams {
  /** Bucket size of the series, ms (1 minute on the server). */
  bucketMs: number;
  /** A bucket below this count never starts an alert (3 -> 9 posts is not a crisis). */
  minCount: number;
  /** How far above the baseline counts as a spike, as a ratio of the expected value (e.g. 2 = twice). */
  minRatio: number;
  /** How unlikely under the baseline (one-sided z or Poisson score) a value must be to count. */
  threshold: number;
  /** Buckets the condition must hold before the alert fires (pending period). */
  pendingBuckets: number;
  /** Buckets after resolving during which the same series cannot fire again. */
  cooldownBuckets: number;
  /** Buckets of history needed before the detector may fire at all (warm-up). */
  warmupBuckets: number;
  /** 'spike': values far above the baseline; 'drop': values far below it (a broken feed). */
  direction: 'spike' | 'drop';
  /** Added: consecutive calm buckets (condition no longer holding) before a firing alert resolves (default 3). */
  resolveBuckets?: number;
  /**
   * Longest window of the scan test, in buckets (default 1: the last bucket alone). Every bucket the
   * detector tests the sums of the last 1, 2, ..., windowBuckets buckets (scan.ts), so a thin series
   * (brand × topic, 2–7 posts a minute) gathers evidence over several buckets while a big burst
   * still fires on the first; the baseline learns windowBuckets-bucket sums.
   */
  windowBuckets?: number;
}

export type DetectorState = 'idle' | 'pending' | 'firing' | 'cooldown';

/** What a detector reports after a bucket: a state change, or an update while firing. */
export interface DetectorEvent {
  kind: 'pending' | 'firing' | 'update' | 'resolved' | 'cancelled';
  /** Start time of the bucket that caused it (the last bucket of the window). */
  t: number;
  /** The count (sum over the window's buckets). */
  value: number;
  /** The expected value of that window. */
  baseline: number;
  /** Buckets summed into value and baseline: the window ending at t that made the test hold (1 for one bucket). */
  span: number;
  /** 1 (minor) to 5 (severe), from how far above the baseline. */
  severity: number;
}

/** The window the last bucket's test reported (see DetectorEvent). */
export interface DetectorWindow { value: number; baseline: number; span: number }

export interface Detector {
  readonly state: DetectorState;
  /** The last bucket's test: its window's sum, expected sum and length (null before a full window). */
  readonly last: DetectorWindow | null;
  /** Feeds the next closed bucket (t strictly increasing; missing buckets count as 0). */
  update(t: number, value: number): DetectorEvent | null;
  /** The baseline for the next bucket: the expected sum of the windowBuckets buckets ending with it. */
  expected(): number;
}

