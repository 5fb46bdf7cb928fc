import type { Detector, DetectorEvent, DetectorState } from './detect/types';

export interface ConditionParams {
  /** Buckets the condition must hold before firing (0 = fire on the first). */
  pendingBuckets: number;
  /** Buckets after resolving during which the series cannot fire again. */
  cooldownBuckets: number;
  /** Severity reported on every event. */
  severity: number;
}

/**
 * A fixed-bound watcher with the same lifecycle and events as a detector: idle -> pending ->
 * firing -> (resolved) cooldown -> idle. The evaluator tells it whether the condition holds.
 */
export class ConditionTracker {
  private st: DetectorState = 'idle';
  private run = 0;
  private cool = 0;

  constructor(private p: ConditionParams) {}

  get state(): DetectorState { return this.st; }

  step(t: number, value: number, baseline: number, holds: boolean): DetectorEvent | null {
    const ev = (kind: DetectorEvent['kind']): DetectorEvent => ({ kind, t, value, baseline, severity: this.p.severity, span: 1 });
    switch (this.st) {
      case 'cooldown':
        if (--this.cool <= 0) this.st = 'idle';
        return null;
      case 'firing':
        if (holds) return ev('update');
        this.run = 0;
        this.cool = this.p.cooldownBuckets;
        this.st = this.cool > 0 ? 'cooldown' : 'idle';
        return ev('resolved');
      default: {
        if (!holds) {
          const was = this.st;
          this.run = 0;
          this.st = 'idle';
          return was === 'pending' ? ev('cancelled') : null;
        }
        this.run++;
        if (this.run > this.p.pendingBuckets) { this.st = 'firing'; return ev('firing'); }
        if (this.st === 'idle') { this.st = 'pending'; return ev('pending'); }
        return null;
      }
    }
  }
}

/** A watcher for one series: a detector (learned baseline) or a condition (fixed bound). */
export interface Watcher {
  step(t: number, value: number, baseline: number, holds: boolean): DetectorEvent | null;
  /** The baseline to report with the value: the detector's expectation or the rule's bound. */
  expected(bound: number): number;
}

export function detectorWatcher(d: Detector, minSeverity: number): Watcher {
  return {
    step: (t, value) => {
      const e = d.update(t, value);
      if (e) return { ...e, severity: Math.min(5, Math.max(minSeverity, e.severity)) };
      // the detector reports escalations only; the alert still follows every bucket while firing
      const w = d.last;
      return d.state === 'firing' && w ? { kind: 'update', t, ...w, severity: minSeverity } : null;
    },
    expected: () => d.expected(),
  };
}

export function conditionWatcher(c: ConditionTracker): Watcher {
  return { step: (t, v, b, h) => c.step(t, v, b, h), expected: (bound) => bound };
}
