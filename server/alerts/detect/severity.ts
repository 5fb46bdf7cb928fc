/**
 * Severity 1–5 from how far the value is from the baseline, as a ratio r:
 *   spike: r = value / baseline; drop: r = baseline / value (0 → 5).
 *   r < 2 → 1, 2 ≤ r < 3 → 2, 3 ≤ r < 5 → 3, 5 ≤ r < 8 → 4, r ≥ 8 → 5.
 * Baselines under COUNT_FLOOR count as COUNT_FLOOR, so a burst from nothing is severe, not infinite.
 */
import { COUNT_FLOOR } from './baseline';

/** Lower ratio bounds of severities 2, 3, 4 and 5. */
export const SEVERITY_RATIOS = [2, 3, 5, 8] as const;

export function severityOfRatio(r: number): number {
  let s = 1;
  for (const bound of SEVERITY_RATIOS) if (r >= bound) s++;
  return s;
}

export function ratioOf(value: number, baseline: number, direction: 'spike' | 'drop'): number {
  return direction === 'spike'
    ? value / Math.max(baseline, COUNT_FLOOR)
    : Math.max(baseline, 0) / Math.max(value, Number.MIN_VALUE);
}

export function severityOf(value: number, baseline: number, direction: 'spike' | 'drop'): number {
  return severityOfRatio(ratioOf(value, baseline, direction));
}
