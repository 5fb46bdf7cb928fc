/**
 * One detector watches one series of closed buckets:
 *
 *   idle ──(condition holds)──► pending ──(held pendingBuckets in a row)──► firing
 *     ▲                           │ (stops holding: 'cancelled')              │ ('update' when severity rises)
 *     │                           ▼                                           │ (calm for resolveBuckets in a row:
 *     └──────── idle ◄─── cooldown (cooldownBuckets) ◄──────── 'resolved' ◄───┘  'resolved')
 *
 * The condition (spike): value ≥ minCount, value ≥ minRatio × baseline, and
 * z = (value − baseline) / σ ≥ threshold, with σ² = dispersion × baseline + 1 (Poisson-style,
 * over-dispersion learned). Drop: baseline ≥ minCount, value ≤ baseline / minRatio, z ≤ −threshold.
 * With pendingBuckets ≤ 1 the first bucket that holds fires at once. No alert before warmupBuckets.
 *
 * Pure: no clock, no I/O; O(1) time and memory per bucket (a 24-slot profile).
 */
import { SeasonalBaseline } from './baseline';
import { severityOf } from './severity';
import type { Detector, DetectorEvent, DetectorParams, DetectorState } from './types';

/** Updates are winsorized to baseline ± CLIP_SIGMA σ once warmed up. */
export const CLIP_SIGMA = 3;
/** Learning-rate factor while an alert is pending or firing: the baseline does not chase a spike. */
export const ALERT_WEIGHT = 0.1;
export const DEFAULT_RESOLVE_BUCKETS = 3;
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
}

export function createDetector(params: DetectorParams): Detector {
  validateParams(params);
  const p = { ...params };
  const spike = p.direction === 'spike';
  const resolveAfter = p.resolveBuckets ?? DEFAULT_RESOLVE_BUCKETS;
  const base = new SeasonalBaseline(p.bucketMs);
  let state: DetectorState = 'idle';
  let run = 0; // pending: buckets held; firing: calm buckets in a row; cooldown: buckets left
  let severity = 0;
  let lastT = Number.NaN;

  const holds = (x: number, mu: number, sigma: number): boolean => {
    if (spike) return x >= p.minCount && x >= p.minRatio * mu && (x - mu) / sigma >= p.threshold;
    return mu >= p.minCount && x * p.minRatio <= mu && (mu - x) / sigma >= p.threshold;
  };

  function step(t: number, x: number): DetectorEvent | null {
    const mu = base.expected(t);
    const sigma = base.sigma(mu);
    const warm = base.count >= p.warmupBuckets;
    const cond = warm && holds(x, mu, sigma);
    const sev = severityOf(x, mu, p.direction);
    const ev = (kind: DetectorEvent['kind'], s = sev): DetectorEvent => ({ kind, t, value: x, baseline: mu, severity: s });
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

    // learn, robustly: winsorized once warm, and slowed down while an alert holds
    const xl = warm ? Math.min(Math.max(x, mu - CLIP_SIGMA * sigma), mu + CLIP_SIGMA * sigma) : x;
    const alerting = state === 'pending' || state === 'firing' || cond;
    base.learn(t, xl, alerting ? ALERT_WEIGHT : 1, x);
    lastT = t;
    return out;
  }

  return {
    get state() { return state; },
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
