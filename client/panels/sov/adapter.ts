import type { BrandKpi, BrandTrendPoint } from '../../../shared/frame';
import type { WallState } from '../../state/types';
import { largestRemainder } from '../kpis/shareOfVoice';
import { brandSeries, sortedTrend, type BrandSeries } from '../sentiment/adapter';

export interface SovNowEntry extends BrandSeries {
  /** Mentions in the last hour (raw integer). */
  count: number;
  /** Share in percent with one decimal; the entries sum to exactly 100.0 (all 0 with no mention). */
  percent: number;
  /** "43.2%". */
  text: string;
}

/** One trend row: bucket start and, per series key, the brand's share of the bucket in percent (null: no mention in the bucket). */
export type SovRow = { t: number } & Record<string, number | null>;

export interface SovData {
  series: BrandSeries[];
  now: SovNowEntry[];
  rows: SovRow[];
  /** Mentions of the set in the last hour (a mention of two brands counts for each). */
  total: number;
}

const num = (n: unknown) => (typeof n === 'number' && Number.isFinite(n) && n > 0 ? n : 0);

/** Tenths of a percent, so one-decimal shares still sum to exactly 100.0. */
const TENTHS = 1000;

/** Share of voice now: kpis.brands[].share as one-decimal percentages (largest remainder), in the order of `series`. */
export function sovNow(kpiBrands: readonly BrandKpi[] | undefined, series: readonly BrandSeries[]): SovNowEntry[] {
  const byId = new Map((Array.isArray(kpiBrands) ? kpiBrands : []).map((k) => [k.brand, k]));
  // the share the server computed; counts as the fallback weight when shares are missing
  const shares = series.map((s) => num(byId.get(s.id)?.share));
  const weights = shares.some((x) => x > 0) ? shares : series.map((s) => num(byId.get(s.id)?.count));
  const tenths = largestRemainder(weights, TENTHS);
  return series.map((s, i) => {
    const percent = tenths[i] / 10;
    return { ...s, count: Math.round(num(byId.get(s.id)?.count)), percent, text: `${percent.toFixed(1)}%` };
  });
}

/**
 * Share of voice per 1-minute bucket, normalized so each bucket's shares sum to 100 (a
 * 100%-stacked area); a bucket with no mention of any brand is null for every brand (a gap).
 */
export function sovTrend(trend: readonly BrandTrendPoint[] | undefined, series: readonly BrandSeries[]): SovRow[] {
  return sortedTrend(trend).map((p) => {
    const counts = series.map((s) => {
      const c = p.brands?.[s.id];
      return c ? num(c.positive) + num(c.neutral) + num(c.negative) : 0;
    });
    const sum = counts.reduce((a, b) => a + b, 0);
    const row = { t: p.t } as SovRow;
    series.forEach((s, i) => {
      row[s.key] = sum > 0 ? (counts[i] / sum) * 100 : null;
    });
    return row;
  });
}

export type SovInput = Pick<WallState, 'panels' | 'kpis' | 'brands'>;

/** Tracked brands in order, then any unknown id seen in the KPIs or the trend. */
export function sovSeries({ panels, kpis, brands }: SovInput): BrandSeries[] {
  const extra = new Set<string>();
  for (const k of kpis?.brands ?? []) extra.add(k.brand);
  for (const p of panels?.trend ?? []) for (const id of Object.keys(p?.brands ?? {})) extra.add(id);
  return brandSeries(brands, extra);
}

export function sovAdapter(input: SovInput): SovData {
  const series = sovSeries(input);
  const now = sovNow(input.kpis?.brands, series);
  return { series, now, rows: sovTrend(input.panels?.trend, series), total: now.reduce((a, e) => a + e.count, 0) };
}
