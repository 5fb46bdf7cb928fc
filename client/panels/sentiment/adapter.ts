import type { BrandKpi, BrandTrendPoint, PolarityCounts, VolumePoint } from '../../../shared/frame';
import type { Polarity } from '../../../shared/mention';
import type { BrandInfo } from '../../../shared/tracking';
import { HOUR_MS, MINUTE_MS } from '../../../shared/constants';
import type { WallState } from '../../state/types';
import { POLARITY_COLORS, POLARITY_LABELS, safeColor } from '../../format/color';
import { largestRemainder } from '../kpis/shareOfVoice';

/** The trend is in 1-minute buckets over the last hour. */
export const TREND_BUCKET_MS = MINUTE_MS;
export const TREND_BUCKETS = HOUR_MS / TREND_BUCKET_MS;

export interface BrandSeries {
  id: string;
  name: string;
  color: string;
  own: boolean;
  /** Key of this brand's value in each chart row (brand ids are not safe as keys: "t" is a valid id). */
  key: string;
}

/** One chart row: bucket start, and per series key the net sentiment in -100..100, or null (no mention). */
export type TrendRow = { t: number } & Record<string, number | null>;

export interface TrendData {
  series: BrandSeries[];
  rows: TrendRow[];
}

/**
 * The brands to draw: the tracked ones in their order, then any unknown id seen in the trend or
 * the KPIs (grey), so no count disappears silently.
 */
export function brandSeries(brands: readonly BrandInfo[], extraIds: Iterable<string> = []): BrandSeries[] {
  const out: BrandSeries[] = [];
  const seen = new Set<string>();
  for (const b of brands) {
    if (seen.has(b.id)) continue;
    seen.add(b.id);
    out.push({ id: b.id, name: b.name, color: safeColor(b.color), own: b.own, key: `s${out.length}` });
  }
  for (const id of extraIds) {
    if (seen.has(id)) continue;
    seen.add(id);
    out.push({ id, name: id, color: safeColor(undefined), own: false, key: `s${out.length}` });
  }
  return out;
}

const total = (c: PolarityCounts | undefined) => (c ? num(c.positive) + num(c.neutral) + num(c.negative) : 0);
const num = (n: unknown) => (typeof n === 'number' && Number.isFinite(n) && n > 0 ? n : 0);

/** Net sentiment (pos - neg) / total in -100..100 (one decimal), or null with no mention. */
export function netPercent(c: PolarityCounts | undefined): number | null {
  const n = total(c);
  if (!c || n === 0) return null;
  return Math.round(((num(c.positive) - num(c.negative)) / n) * 1000) / 10;
}

/** The trend sorted, on a whole 1-minute grid (missing buckets become null rows), last hour only. */
export function sortedTrend(trend: readonly BrandTrendPoint[] | undefined): BrandTrendPoint[] {
  if (!Array.isArray(trend) || trend.length === 0) return [];
  const byT = new Map<number, BrandTrendPoint>();
  for (const p of trend) if (p && Number.isFinite(p.t)) byT.set(p.t, p);
  const ts = [...byT.keys()].sort((a, b) => a - b);
  if (ts.length === 0) return [];
  const last = ts[ts.length - 1];
  const first = Math.max(ts[0], last - (TREND_BUCKETS - 1) * TREND_BUCKET_MS);
  const out: BrandTrendPoint[] = [];
  for (let t = first; t <= last; t += TREND_BUCKET_MS) out.push(byT.get(t) ?? { t, brands: {} });
  // buckets off the minute grid (should not happen) are kept rather than lost
  if (ts.some((t) => t >= first && (t - first) % TREND_BUCKET_MS !== 0)) {
    return ts.filter((t) => t >= first).map((t) => byT.get(t)!);
  }
  return out;
}

/** Net sentiment per brand per 1-minute bucket (null for a bucket with no mention of the brand, so lines gap). */
export function netTrend(trend: readonly BrandTrendPoint[] | undefined, series: readonly BrandSeries[]): TrendRow[] {
  return sortedTrend(trend).map((p) => {
    const row: TrendRow = { t: p.t } as TrendRow;
    for (const s of series) row[s.key] = netPercent(p.brands?.[s.id]);
    return row;
  });
}

export interface SplitEntry {
  polarity: Polarity;
  label: string;
  color: string;
  count: number;
  /** Whole percent; the three sum to 100 (0 each when there is no mention). */
  percent: number;
}

/** Display order of the split, left to right. */
export const SPLIT_ORDER: readonly Polarity[] = ['positive', 'neutral', 'negative'];

/** Positive / neutral / negative counts and whole percentages that sum to exactly 100. */
export function polaritySplit(counts: PolarityCounts): SplitEntry[] {
  const c = SPLIT_ORDER.map((p) => num(counts[p]));
  const pct = largestRemainder(c, 100);
  return SPLIT_ORDER.map((p, i) => ({ polarity: p, label: POLARITY_LABELS[p], color: POLARITY_COLORS[p], count: c[i], percent: pct[i] }));
}

/**
 * Polarity counts over the last hour. The volume window (10 s buckets, last hour, every mention
 * once) is what the KPI strip's net and per-hour count come from, so the split agrees with them;
 * before it has data, the per-brand trend is summed instead (a mention of two brands counts twice).
 */
export function hourCounts(volume: readonly VolumePoint[] | undefined, trend: readonly BrandTrendPoint[] | undefined): PolarityCounts {
  const out: PolarityCounts = { positive: 0, neutral: 0, negative: 0 };
  if (Array.isArray(volume)) {
    for (const v of volume) {
      out.positive += num(v.positive);
      out.neutral += num(v.neutral);
      out.negative += num(v.negative);
    }
  }
  if (total(out) > 0 || !Array.isArray(trend)) return out;
  for (const p of trend) {
    const byBrand: Record<string, PolarityCounts | undefined> = p?.brands ?? {};
    for (const c of Object.values(byBrand)) {
      out.positive += num(c?.positive);
      out.neutral += num(c?.neutral);
      out.negative += num(c?.negative);
    }
  }
  return out;
}

export interface BrandNet extends BrandSeries {
  /** Net sentiment over the last hour as a whole number in -100..100. */
  net: number;
  /** "+12", "-7", "0" (ASCII minus so tests can parse it). */
  text: string;
  count: number;
}

/** Net sentiment per brand over the last hour, from kpis.brands[].net. */
export function brandNets(kpiBrands: readonly BrandKpi[] | undefined, series: readonly BrandSeries[]): BrandNet[] {
  const byId = new Map((Array.isArray(kpiBrands) ? kpiBrands : []).map((k) => [k.brand, k]));
  return series.map((s) => {
    const k = byId.get(s.id);
    const raw = k && Number.isFinite(k.net) ? Math.max(-1, Math.min(1, k.net)) : 0;
    const net = Math.round(raw * 100) || 0; // no "-0"
    return { ...s, net, text: net > 0 ? `+${net}` : String(net), count: num(k?.count) };
  });
}

export type SentimentInput = Pick<WallState, 'panels' | 'kpis' | 'brands'>;

/** The brands and the net trend (slow: changes only with panels and the tracked set). */
export function trendAdapter({ panels, brands }: Pick<WallState, 'panels' | 'brands'>): TrendData {
  const extra = new Set<string>();
  for (const p of panels?.trend ?? []) for (const id of Object.keys(p?.brands ?? {})) extra.add(id);
  const series = brandSeries(brands, extra);
  return { series, rows: netTrend(panels?.trend, series) };
}

export interface SentimentChartData extends TrendData {
  nets: BrandNet[];
}

/** The net trend and the per-brand nets in one (the panel computes them separately to memoize each). */
export function sentimentAdapter({ panels, kpis, brands }: SentimentInput): SentimentChartData {
  const trend = trendAdapter({ panels, brands });
  return { ...trend, nets: brandNets(kpis?.brands, trend.series) };
}

export interface SplitData {
  entries: SplitEntry[];
  total: number;
}

/** The polarity split over the last hour. */
export function splitAdapter(volume: readonly VolumePoint[] | undefined, trend: readonly BrandTrendPoint[] | undefined): SplitData {
  const c = hourCounts(volume, trend);
  return { entries: polaritySplit(c), total: total(c) };
}
