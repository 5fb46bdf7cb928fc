/**
 * The baseline: the expected count of the next bucket, learned online in O(1) per bucket.
 *
 *   expected(t) = profile[hour(t)] × scale        once a full day has been seen
 *               = level                            during the first day
 *
 * - profile[h] (24 UTC hour-of-day slots) is the typical count of a bucket at that hour: the MEDIAN
 *   of the hour's buckets (robust to any spike shorter than half an hour), set on the first day,
 *   then an EWMA across days (each day moves it PROFILE_DAY_WEIGHT of the way). It learns from raw
 *   values whatever the alert state, so a peak that recurs every day stops alerting. It is absolute,
 *   not multiplicative, so a fast level cannot absorb the daily rhythm.
 * - scale = EWMA(x) / EWMA(profile[hour]) over the last ~30 minutes: how busy today is compared with
 *   the typical day at the same hours (a ratio of two EWMAs is stable at small counts, unlike an
 *   EWMA of ratios). level = EWMA(x) is the same numerator: the whole baseline during day one.
 * - dispersion = EWMA of (x − expected)² / expected: the variance as a multiple of a Poisson
 *   variance (1 = Poisson), so the spread follows the rhythm without a second profile.
 *
 * Robustness: the caller passes a weight; the detector winsorizes updates to expected ± CLIP_SIGMA σ
 * and slows learning to ALERT_WEIGHT while an alert is pending or firing, so a spike (or a dead
 * feed) barely moves the baseline, while a lasting change of level is still adopted over hours.
 */
import { DAY_MS, HOUR_MS, MINUTE_MS } from '../../../shared/constants';

export const HOURS_PER_DAY = 24;
/** Half-life of the level / scale EWMAs. */
export const LEVEL_HALFLIFE_MS = 30 * MINUTE_MS;
/** The level never reacts faster than this many buckets (coarse series, e.g. hourly buckets). */
export const LEVEL_HALFLIFE_MIN_BUCKETS = 4;
/** Half-life of the dispersion estimate. */
export const DISPERSION_HALFLIFE_MS = 2 * HOUR_MS;
/** Share of the gap to a day's value that one day moves a profile slot (0.5: half way per day). */
export const PROFILE_DAY_WEIGHT = 0.5;
/** Counts below this are treated as this in divisions (no ratio blows up at zero). */
export const COUNT_FLOOR = 0.5;
/** Dispersion is never assumed below Poisson. */
export const MIN_DISPERSION = 1;
/** Added to every variance: a floor for near-zero baselines. */
export const VARIANCE_FLOOR = 1;
/** The hourly median is taken over at most this many buckets (sub-10-second buckets sample). */
export const MAX_BUCKETS_PER_HOUR = 720;

const halflifeAlpha = (bucketMs: number, halflifeMs: number, minBuckets = 1) =>
  1 - Math.pow(0.5, 1 / Math.max(minBuckets, halflifeMs / bucketMs));

export class SeasonalBaseline {
  private readonly profile = new Float64Array(HOURS_PER_DAY);
  private readonly visits = new Uint32Array(HOURS_PER_DAY);
  /** The current hour's raw values, for its median. */
  private readonly hourBuf: Float64Array;
  private hourLen = 0;
  private hourSlot = -1;
  private slotsSeen = 0;
  private readonly alphaLevel: number;
  private readonly alphaDisp: number;
  private level = 0; // EWMA of x
  private profLevel = 0; // EWMA of profile[hour] at the same times
  private dispersion = MIN_DISPERSION;
  private n = 0;

  constructor(private readonly bucketMs: number) {
    this.alphaLevel = halflifeAlpha(bucketMs, LEVEL_HALFLIFE_MS, LEVEL_HALFLIFE_MIN_BUCKETS);
    this.alphaDisp = halflifeAlpha(bucketMs, DISPERSION_HALFLIFE_MS, LEVEL_HALFLIFE_MIN_BUCKETS);
    this.hourBuf = new Float64Array(Math.min(MAX_BUCKETS_PER_HOUR, Math.max(1, Math.ceil(HOUR_MS / bucketMs))));
  }

  /** Buckets learned so far. */
  get count(): number { return this.n; }

  /** True once every hour of the day has been seen: the profile then shapes the baseline. */
  get seasonal(): boolean { return this.slotsSeen >= HOURS_PER_DAY; }

  /** Expected count of the bucket starting at t. */
  expected(t: number): number {
    if (this.n === 0) return 0;
    if (!this.seasonal) return this.level;
    const p = this.profile[hourOf(t)];
    return p * (this.level / Math.max(this.profLevel, COUNT_FLOOR / HOURS_PER_DAY));
  }

  /** Standard deviation of a bucket whose expected count is mu. */
  sigma(mu: number): number {
    return Math.sqrt(Math.max(this.dispersion, MIN_DISPERSION) * Math.max(mu, 0) + VARIANCE_FLOOR);
  }

  /**
   * Learns the bucket at t with value x (already winsorized by the caller); weight in (0, 1]
   * scales every learning rate (1 normally, less while an alert holds).
   */
  learn(t: number, x: number, weight = 1, raw = x): void {
    const h = hourOf(t);
    if (this.n === 0) {
      this.level = x;
      this.profLevel = x;
    }
    const mu = this.expected(t);
    this.collect(h, raw);
    // level and the profile's own level over the same window
    const a = this.alphaLevel * weight;
    this.level += a * (x - this.level);
    this.profLevel += a * (this.profile[h] - this.profLevel);
    if (this.n > 0) {
      const d = x - mu;
      const idx = (d * d) / Math.max(mu, COUNT_FLOOR);
      this.dispersion += this.alphaDisp * weight * (idx - this.dispersion);
    }
    this.n++;
  }

  /** Collects the hour's raw values; when the hour changes, its median updates the profile. */
  private collect(h: number, raw: number): void {
    if (h !== this.hourSlot) {
      if (this.hourSlot >= 0 && this.hourLen > 0) this.closeHour();
      this.hourSlot = h;
      this.hourLen = 0;
    }
    if (this.hourLen < this.hourBuf.length) this.hourBuf[this.hourLen++] = raw;
    else this.hourBuf[this.n % this.hourBuf.length] = raw;
  }

  private closeHour(): void {
    const h = this.hourSlot;
    const med = median(this.hourBuf.subarray(0, this.hourLen));
    if (this.visits[h] === 0) {
      this.profile[h] = med;
      this.slotsSeen++;
      if (this.slotsSeen === HOURS_PER_DAY) this.profLevel = this.profile[h]; // the level's companion starts here
    } else this.profile[h] += PROFILE_DAY_WEIGHT * (med - this.profile[h]);
    if (this.visits[h] < 0xffffffff) this.visits[h]++;
  }
}

/** Median of a small array (sorted in place: the caller's scratch buffer). */
function median(a: Float64Array): number {
  a.sort();
  const m = a.length >> 1;
  return a.length % 2 ? a[m] : (a[m - 1] + a[m]) / 2;
}

export function hourOf(t: number): number {
  return Math.floor((((t % DAY_MS) + DAY_MS) % DAY_MS) / HOUR_MS);
}
