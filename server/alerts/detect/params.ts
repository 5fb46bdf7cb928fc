/**
 * Default parameters for 1-minute buckets, tuned on the bench's training seeds
 * (test/bench/alerts: TRAIN_SEEDS) and reported on other seeds.
 */
import { MINUTE_MS } from '../../../shared/constants';
import type { DetectorParams } from './types';

/** Negative mentions (or volume) far above the baseline: a crisis starting. */
export const DEFAULT_SPIKE_PARAMS: Readonly<DetectorParams> = Object.freeze({
  bucketMs: MINUTE_MS,
  minCount: 10,
  minRatio: 2,
  threshold: 3,
  pendingBuckets: 2,
  cooldownBuckets: 30,
  warmupBuckets: 60,
  direction: 'spike',
  resolveBuckets: 3,
});

/** Volume far below the baseline (a broken feed): needs a longer hold, since feeds are bursty. */
export const DEFAULT_DROP_PARAMS: Readonly<DetectorParams> = Object.freeze({
  bucketMs: MINUTE_MS,
  minCount: 10,
  minRatio: 4,
  threshold: 3,
  pendingBuckets: 5,
  cooldownBuckets: 60,
  warmupBuckets: 60,
  direction: 'drop',
  resolveBuckets: 3,
});
