/**
 * Default parameters for 1-minute buckets, tuned on the bench's training seeds
 * (test/bench/alerts.bench.ts: TRAIN_SEEDS) and reported on other seeds. threshold is a Poisson
 * deviance z (scan.ts), after the learned over-dispersion.
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

/**
 * Negative spikes per brand × topic, on the same 1-minute buckets, scanning windows of the last 1
 * to 10 minutes (windowBuckets): topic series are thin (1–7 negatives a minute on the bench), so a
 * 3× spike rarely passes on one minute, but its evidence adds up over a few; a big burst on a busy
 * topic still fires on its first or second minute, and a spike is caught whichever minute it
 * starts on. The deviance threshold (4.5) is higher than the brand rule's (3) because every bucket
 * tests up to ten windows; minRatio 2 as for brands; minCount 12 posts in the window that fires.
 * Tuned on the bench's training seeds (TRAIN_SEEDS): fire at once (pending 1), a 1-hour warm-up,
 * a 30-minute cooldown, resolved after 2 calm minutes.
 */
export const DEFAULT_TOPIC_SPIKE_PARAMS: Readonly<DetectorParams> = Object.freeze({
  bucketMs: MINUTE_MS,
  windowBuckets: 10,
  minCount: 12,
  minRatio: 2,
  threshold: 4.5,
  pendingBuckets: 1,
  cooldownBuckets: 30,
  warmupBuckets: 60,
  direction: 'spike',
  resolveBuckets: 2,
});
