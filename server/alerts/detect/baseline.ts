/**
 * The baseline: the expected count of the next bucket, learned online in O(1) per bucket.
 *
 *   expected(t) = profile(t) × scale               once a full day has been seen
 *               = level                            during the first day
 *
 * - profile[h] (24 UTC hour-of-day slots) is the typical count of a bucket at that hour: the MEDIAN
 *   of the hour's buckets (robust to any spike shorter than half an hour) on each of the last
 *   PROFILE_DAYS days, then the lower median across those days (one day: its value; two: the
 *   smaller; three: the middle one). So an hour-long incident yesterday does not raise today's
 *   expectation at that hour (an EWMA across days kept half of it and hid a same-hour incident the
 *   next day), while a peak that recurs every day is adopted on its second day and stops alerting.
 *   It learns from raw values whatever the alert state. It is absolute, not multiplicative, so a
 *   fast level cannot absorb the daily rhythm. profile(t) interpolates between hour centres.
 * - scale = EWMA(x) / EWMA(profile(t)) over the last ~30 minutes: how busy today is compared with
 *   the typical day at the same hours (a ratio of two EWMAs is stable at small counts, unlike an
 *   EWMA of ratios). level = EWMA(x) is the same numerator: the whole baseline during day one.
 * - dispersion = EWMA of 2 (x − expected)² / expected over the CALM side only (below the expected
 *   value for a spike detector, above it for a drop detector; 0 on the other side): the variance as
 *   a multiple of a Poisson variance (1 = Poisson), so the spread follows the rhythm without a
 *   second profile. One-sided, so the very excursions the detector looks for (a run of
 *   un-alerted 2× bursts, say) do not inflate the variance that judges them: with two-sided
 *   squares, frequent bursts drove it to 2–5× Poisson on the bench and hid the next 3× spike.
 *
 * Robustness: the caller passes a weight; the detector winsorizes updates to expected ± CLIP_SIGMA σ
 * and slows learning to ALERT_WEIGHT while an alert is pending or firing (or a value is suspect:
 * SUSPECT_SIGMA past the baseline), so a spike (or a dead feed) barely moves the baseline, while a
 * lasting change of level is still adopted over hours.
 */
import { DAY_MS, HOUR_MS, MINUTE_MS } from '../../../shared/constants';

export const HOURS_PER_DAY = 24;
/** Half-life of the level / scale EWMAs. */
export const LEVEL_HALFLIFE_MS = 30 * MINUTE_MS;
/** The level never reacts faster than this many buckets (coarse series, e.g. hourly buckets). */
export const LEVEL_HALFLIFE_MIN_BUCKETS = 4;
/** Half-life of the dispersion estimate. */
export const DISPERSION_HALFLIFE_MS = 2 * HOUR_MS;
/** Adjacent hours further apart than this ratio are a real step, not interpolated. */
export const PROFILE_STEP_RATIO = 2;
/** Days of hourly medians behind each profile slot (the profile is their lower median). */
export const PROFILE_DAYS = 3;
/** One side holds about half of the squared deviations of a roughly symmetric spread. */
export const CALM_SIDE_FACTOR = 2;
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
  /** The last PROFILE_DAYS medians of each hour slot: slot h holds days[h * PROFILE_DAYS ...]. */
  private readonly days = new Float64Array(HOURS_PER_DAY * PROFILE_DAYS);
  private readonly visits = new Uint32Array(HOURS_PER_DAY);
  private readonly dayScratch = new Float64Array(PROFILE_DAYS);
  /** The current hour's raw values, for its median. */
  private readonly hourBuf: Float64Array;
  private hourLen = 0;
  private hourSlot = -1;
  private slotsSeen = 0;
  private readonly alphaLevel: number;
  private readonly alphaDisp: number;
  private level = 0; // EWMA of x
  private profLevel = 0; // EWMA of profile[hour] at the same times
  private disp = MIN_DISPERSION;
  private n = 0;

  /** calmSide: the side of the expected value whose deviations measure the spread (-1 below, 1 above). */
  constructor(private readonly bucketMs: number, private readonly calmSide: -1 | 1 = -1) {
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
    const p = this.profileAt(t);
    return p * (this.level / Math.max(this.profLevel, COUNT_FLOOR / HOURS_PER_DAY));
  }

  /**
   * The profile at time t, linearly interpolated between hour centres (xx:30) when the two hours
   * are within PROFILE_STEP_RATIO of each other: a step at every full hour made the expectation of
   * a thin series jump by the noise of two hourly medians (tens of percent; interpolating cut brand
   * × topic false alarms by 2/3 on the bench). Hours further apart are a real step (a daily show, a
   * newsletter), kept as a step at the full hour so that a recurring sharp peak is learned.
   */
  profileAt(t: number): number {
    const q = this.profile;
    const h = hourOf(t);
    const x = (((t % DAY_MS) + DAY_MS) % DAY_MS) / HOUR_MS - h; // 0..1 within the hour
    const other = x < 0.5 ? (h + HOURS_PER_DAY - 1) % HOURS_PER_DAY : (h + 1) % HOURS_PER_DAY;
    const a = q[h];
    const b = q[other];
    const hi = Math.max(a, b, COUNT_FLOOR);
    if (hi > PROFILE_STEP_RATIO * Math.max(Math.min(a, b), COUNT_FLOOR)) return a;
    const w = Math.abs(x - 0.5); // weight of the neighbour: 0 at the hour centre, 0.5 at the boundary
    return a * (1 - w) + b * w;
  }

  /** The learned variance as a multiple of a Poisson variance (at least 1). */
  get dispersion(): number { return Math.max(this.disp, MIN_DISPERSION); }

  /** Standard deviation of a bucket whose expected count is mu. */
  sigma(mu: number): number {
    return Math.sqrt(this.dispersion * Math.max(mu, 0) + VARIANCE_FLOOR);
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
    this.profLevel += a * (this.profileAt(t) - this.profLevel);
    if (this.n > 0) {
      const d = x - mu;
      const idx = d * this.calmSide > 0 ? (CALM_SIDE_FACTOR * d * d) / Math.max(mu, COUNT_FLOOR) : 0;
      this.disp += this.alphaDisp * weight * (idx - this.disp);
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
    const v = this.visits[h];
    this.days[h * PROFILE_DAYS + (v % PROFILE_DAYS)] = med;
    if (v < 0xffffffff) this.visits[h]++;
    const n = Math.min(this.visits[h], PROFILE_DAYS);
    const scratch = this.dayScratch.subarray(0, n);
    scratch.set(this.days.subarray(h * PROFILE_DAYS, h * PROFILE_DAYS + n));
    scratch.sort();
    this.profile[h] = scratch[(n - 1) >> 1]; // lower median
    if (v === 0) {
      this.slotsSeen++;
      if (this.slotsSeen === HOURS_PER_DAY) this.profLevel = this.profile[h]; // the level's companion starts here
    }
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
