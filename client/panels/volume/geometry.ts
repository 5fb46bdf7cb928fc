import type { VolumePoint } from '../../../shared/frame';
import type { Polarity } from '../../../shared/mention';

/**
 * Geometry of the stacked volume chart, computed by hand: a few path strings per frame instead
 * of a charting library's component tree (no DOM measuring, no layout thrash on every tick).
 */
export interface Margins { top: number; right: number; bottom: number; left: number }
export interface Tick { pos: number; value: number }
export interface StackGeometry {
  /** One closed area path per series, bottom series first. */
  areas: { key: Polarity; d: string }[];
  yTicks: Tick[];
  xTicks: Tick[];
  /** The y value at the top of the plot. */
  yMax: number;
}

const NICE_STEPS = [1, 2, 2.5, 5, 10];
const Y_TICKS = 4;
const TIME_STEPS_MS = [10_000, 30_000, 60_000, 120_000, 300_000, 600_000, 900_000, 1_800_000, 3_600_000, 7_200_000, 10_800_000, 21_600_000];

/** A round upper bound and step for 0..max in about `count` steps. */
export function niceScale(max: number, count = Y_TICKS): { max: number; step: number } {
  if (!(max > 0)) return { max: 1, step: 1 };
  const raw = max / count;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = (NICE_STEPS.find((s) => s * mag >= raw) ?? 10) * mag;
  return { max: Math.ceil(max / step) * step, step };
}

/** Round time ticks (aligned to the step) at least `minGapPx` apart. */
export function timeTicks(t0: number, t1: number, widthPx: number, minGapPx: number): number[] {
  const span = Math.max(1, t1 - t0);
  const step = TIME_STEPS_MS.find((s) => (s / span) * widthPx >= minGapPx) ?? TIME_STEPS_MS[TIME_STEPS_MS.length - 1];
  const out: number[] = [];
  for (let t = Math.ceil(t0 / step) * step; t <= t1; t += step) out.push(t);
  return out;
}

const r1 = (x: number) => Math.round(x * 10) / 10;

export function stackGeometry(
  rows: readonly VolumePoint[], order: readonly Polarity[], width: number, height: number, m: Margins, minTickGapPx: number,
): StackGeometry | null {
  const w = width - m.left - m.right;
  const h = height - m.top - m.bottom;
  if (rows.length < 2 || w <= 0 || h <= 0) return null;
  let top = 0;
  for (const r of rows) top = Math.max(top, r.positive + r.neutral + r.negative);
  const { max, step } = niceScale(top);
  const t0 = rows[0].t;
  const t1 = rows[rows.length - 1].t;
  const x = (t: number) => m.left + ((t - t0) / Math.max(1, t1 - t0)) * w;
  const y = (v: number) => m.top + h - (v / max) * h;
  const base = new Float64Array(rows.length);
  const areas: StackGeometry['areas'] = [];
  for (const key of order) {
    let upper = '';
    let lower = '';
    for (let i = 0; i < rows.length; i++) {
      const xi = r1(x(rows[i].t));
      upper += `${i ? 'L' : 'M'}${xi},${r1(y(base[i] + rows[i][key]))}`;
    }
    for (let i = rows.length - 1; i >= 0; i--) lower += `L${r1(x(rows[i].t))},${r1(y(base[i]))}`;
    for (let i = 0; i < rows.length; i++) base[i] += rows[i][key];
    areas.push({ key, d: `${upper}${lower}Z` });
  }
  const yTicks: Tick[] = [];
  for (let v = 0; v <= max + step / 2; v += step) yTicks.push({ pos: r1(y(v)), value: v });
  const xTicks = timeTicks(t0, t1, w, minTickGapPx).map((t) => ({ pos: r1(x(t)), value: t }));
  return { areas, yTicks, xTicks, yMax: max };
}
