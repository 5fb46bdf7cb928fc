/**
 * One detector watches one series of closed buckets:
 *
 *   idle ──(condition holds)──► pending ──(held pendingBuckets in a row)──► firing
 *     ▲                           │ (stops holding: 'cancelled')              │ ('update' when severity rises)
 *     │                           ▼                                           │ (calm for resolveBuckets in a row:
 *     └──────── idle ◄─── cooldown (cooldownBuckets) ◄──────── 'resolved' ◄───┘  'resolved')
 *
 * The condition is the scan test of scan.ts on the windows of the last 1..windowBuckets buckets
 * (spike: count ≥ minCount, ≥ minRatio × the baseline, Poisson deviance z ≥ threshold after the
 * learned over-dispersion; drop: the mirror image). windowBuckets = 1 (brand series) tests the last
 * bucket alone. With pendingBuckets ≤ 1 the first bucket that holds fires at once. No alert before
 * warmupBuckets.
 *
 * The baseline learns the sum of the last windowBuckets buckets (smooth hourly medians even on a
 * series of 2 posts a minute); one bucket's expected count is that sum's expectation / windowBuckets.
 * Events report the window that made the test hold: value and baseline are its sum and expected
 * sum, `span` its length in buckets.
 *
 * Pure: no clock, no I/O; O(windowBuckets) time and memory per bucket, plus a 24-slot profile.
 */
import { SeasonalBaseline } from './baseline';
import { scanWindows } from './scan';
import { severityOf } from './severity';
import type { Detector, DetectorEvent, DetectorParams, DetectorState, DetectorWindow } from './types';
import { MAX_WINDOW_BUCKETS, RecentBuckets } from './window';

/** Updates are winsorized to baseline ± CLIP_SIGMA σ once warmed up. */
export const CLIP_SIGMA = 3;
/** Learning-rate factor while an alert is pending or firing: the baseline does not chase a spike. */
export const ALERT_WEIGHT = 0.1;
export const DEFAULT_RESOLVE_BUCKETS = 3;
/**
 * A value this many σ past the baseline (above for spikes) is learned at ALERT_WEIGHT even when
 * no alert holds: a sub-threshold burst (an hour at 2×) no longer drags the baseline up and hides
 * the next spike, while ordinary noise (97% of buckets stay within ±2.5σ) is learned at full rate.
 */
export const SUSPECT_SIGMA = 2.5;
/** Missing buckets (t jumps) are filled with zeros up to this many; a longer gap skips ahead. */
export const MAX_GAP_FILL_BUCKETS = 24 * 60;

export function validateParams(p: DetectorParams): void {
  const bad = (k: string, v: unknown) => { throw new RangeError(`detector ${k} is invalid: ${String(v)}`); };
  if (!(p.bucketMs > 0) || !Number.isFinite(p.bucketMs)) bad('bucketMs', p.bucketMs);
  for (const k of ['minCount', 'threshold', 'pendingBuckets', 'cooldownBuckets', 'warmupBuckets'] as const) {
    if (!(p[k] >= 0) || !Number.isFinite(p[k])) bad(k, p[k]);
  }
  if (!(p.minRatio >= 1) || !Number.isFinite(p.minRatio)) bad('minRatio', p.minRatio);
  if (p.direction !== 'spike' && p.direction !== 'drop') bad('direction', p.direction);
  if (p.resolveBuckets !== undefined && !(p.resolveBuckets >= 1)) bad('resolveBuckets', p.resolveBuckets);
  const w = p.windowBuckets;
  if (w !== undefined && !(Number.isInteger(w) && w >= 1 && w <= MAX_WINDOW_BUCKETS)) bad('windowBuckets', w);
}

export function createDetector(params: DetectorParams): Detector {
  validateParams(params);
  const p = { ...params };
  const spike = p.direction === 'spike';
  const resolveAfter = p.resolveBuckets ?? DEFAULT_RESOLVE_BUCKETS;
  const width = p.windowBuckets ?? 1;
  const base = new SeasonalBaseline(p.bucketMs, spike ? -1 : 1);
  const recent = new RecentBuckets(width);
  let state: DetectorState = 'idle';
  let run = 0; // pending: buckets held; firing: calm buckets in a row; cooldown: buckets left
  let severity = 0;
  let lastT = Number.NaN;
  let last: DetectorWindow | null = null;

  /** Bucket t closed with count v. */
  function step(t: number, v: number): DetectorEvent | null {
    recent.push(v);
    lastT = t;
    if (!recent.full) return null; // a partial first window is neither tested nor learned
    const x = recent.sum();
    const mu = base.expected(t); // expected sum of the window
    const warm = base.count >= p.warmupBuckets;
    const test = scanWindows(recent, mu / width, base.dispersion, p);
    const cond = warm && test.holds;
    last = { value: test.value, baseline: test.expected, span: test.span };
    const sev = severityOf(test.value, test.expected, p.direction);
    const ev = (kind: DetectorEvent['kind'], s = sev): DetectorEvent =>
      ({ kind, t, value: test.value, baseline: test.expected, severity: s, span: test.span });
    let out: DetectorEvent | null = null;

    switch (state) {
      case 'idle':
        if (cond) {
          if (p.pendingBuckets <= 1) { state = 'firing'; run = 0; severity = sev; out = ev('firing'); }
          else { state = 'pending'; run = 1; out = ev('pending'); }
        }
        break;
      case 'pending':
        if (!cond) { state = 'idle'; out = ev('cancelled'); }
        else if (++run >= p.pendingBuckets) { state = 'firing'; run = 0; severity = sev; out = ev('firing'); }
        break;
      case 'firing':
        if (cond) {
          run = 0;
          if (sev > severity) { severity = sev; out = ev('update'); }
        } else if (++run >= resolveAfter) {
          out = ev('resolved', severity);
          if (p.cooldownBuckets > 0) { state = 'cooldown'; run = p.cooldownBuckets; } else state = 'idle';
        }
        break;
      case 'cooldown':
        if (--run <= 0) state = 'idle';
        break;
    }

    // learn the window's sum, robustly: winsorized once warm, and slowed down while an alert holds
    const sigma = base.sigma(mu);
    const xl = warm ? Math.min(Math.max(x, mu - CLIP_SIGMA * sigma), mu + CLIP_SIGMA * sigma) : x;
    const suspect = spike ? x > mu + SUSPECT_SIGMA * sigma : x < mu - SUSPECT_SIGMA * sigma;
    const alerting = state === 'pending' || state === 'firing' || cond || (warm && suspect);
    base.learn(t, xl, alerting ? ALERT_WEIGHT : 1, x);
    return out;
  }

  return {
    get state() { return state; },
    get last() { return last; },
    update(t: number, value: number): DetectorEvent | null {
      if (!Number.isFinite(t)) throw new RangeError(`detector time must be finite, got ${t}`);
      if (t <= lastT) throw new RangeError(`detector time must increase: ${t} after ${lastT}`);
      const x = Number.isFinite(value) && value > 0 ? value : 0;
      let gapEvent: DetectorEvent | null = null;
      if (!Number.isNaN(lastT)) {
        const missing = Math.round((t - lastT) / p.bucketMs) - 1;
        if (missing > MAX_GAP_FILL_BUCKETS) lastT = t - p.bucketMs; // a long outage: do not replay it
        else for (let i = 1; i <= missing; i++) gapEvent = step(lastT + p.bucketMs, 0) ?? gapEvent;
      }
      return step(t, x) ?? gapEvent;
    },
    expected(): number {
      return base.expected(Number.isNaN(lastT) ? 0 : lastT + p.bucketMs);
    },
  };
}
