import { ANY } from '../../shared/constants';
import { CHANNELS } from '../../shared/mention';
import { MINUTE_MS, SECOND_MS } from '../../shared/constants';

export { ANY };
/** Channels in a fixed order (the evaluator's per-channel counters). */
export const CHANNELS_ALL: readonly string[] = CHANNELS;
/** Alert rules run on 1-minute rollup buckets. */
export const ALERT_BUCKET_MS = MINUTE_MS;
export const ALERT_RESOLUTION = '1m' as const;
/** A bucket is evaluated this long after it ends, so late mentions still count. */
export const ALERT_GRACE_MS = 5 * SECOND_MS;
/** How often the engine checks for closed buckets (real time). */
export const ALERT_CHECK_MS = SECOND_MS;
/** Buckets of history a new bucket rule learns from before it runs live. */
export const ALERT_PRIME_BUCKETS = 120;
/** Closed buckets evaluated per check at most; beyond a day behind, older buckets are skipped. */
export const ALERT_CATCHUP_PER_CHECK = 240;
export const ALERT_CATCHUP_MAX = 1440;
/** The rule test replays this much history. */
export const RULE_TEST_MS = 24 * 60 * MINUTE_MS;
/** Recent mentions searched for an alert's top posts, and how many are kept. */
export const SAMPLE_SEARCH = 10_000;
export const SAMPLES_MAX = 3;
/** A sample must be at most this old relative to the bucket that raised the alert. */
export const SAMPLE_WINDOW_MS = 10 * MINUTE_MS;
