/**
 * From chart data to selections, and from a selection to the list's filter. The contract's
 * drillFilter narrows one dimension; a point of a split chart (brand x polarity) narrows two, so
 * a selection is applied as one drillFilter per dimension, the last one carrying time and asOf.
 */
import {
  NONE_KEY, drillFilter, type BreakdownItem, type ExploreDimension, type ExploreFilter, type Series,
} from '../../shared/explore';
import type { Polarity } from '../../shared/mention';
import type { Selection } from './urlState';

/** The filter of the mentions behind a selection (the base filter when nothing is selected). */
export function selectionFilter(base: ExploreFilter, sel: Selection | undefined): ExploreFilter {
  if (!sel) return base;
  let f = base;
  for (const d of sel.dims) f = drillFilter(f, { dim: d.dim, key: d.key });
  return drillFilter(f, { from: sel.from, to: sel.to, asOf: sel.asOf });
}

export const POLARITY_STACK: readonly Polarity[] = ['negative', 'neutral', 'positive'];

/** One stacked segment of a time bucket: what it counts and what a click on it selects. */
export interface BucketSegment { polarity: Polarity; count: number; sel: Selection }
export interface VolumeBucket {
  t: number;
  to: number;
  total: number;
  segments: BucketSegment[];
  /** The whole bucket (every polarity). */
  sel: Selection;
}

/** Bars of the volume chart from a series split by polarity: each segment drills to its bucket and polarity. */
export function volumeBuckets(series: Pick<Series, 'points' | 'asOf'>): VolumeBucket[] {
  return series.points.map((p) => {
    const window = { from: p.t, to: p.to, asOf: series.asOf };
    return {
      t: p.t, to: p.to, total: p.total,
      segments: POLARITY_STACK.map((polarity) => ({
        polarity, count: p.counts?.[polarity] ?? 0, sel: { dims: [{ dim: 'polarity', key: polarity }], ...window },
      })),
      sel: { dims: [], ...window },
    };
  });
}

/** The window from bucket i to bucket j (either order), pinned to the series' snapshot. */
export function bucketRange(buckets: readonly VolumeBucket[], i: number, j: number, asOf: number): Selection | undefined {
  const a = buckets[Math.min(i, j)];
  const b = buckets[Math.max(i, j)];
  return a && b ? { dims: [], from: a.t, to: b.to, asOf } : undefined;
}

/** One bar of a ranked breakdown: its value and what a click selects. */
export interface RankedBar {
  key: string;
  count: number;
  /** count / the largest count, for the bar's length (0..1). */
  scale: number;
  /** count / the sum of the shown keys (share of voice for brands), 0..1. */
  share: number;
  polarity: Record<Polarity, number>;
  net: number;
  sel: Selection;
}

/**
 * Ranked bars of a breakdown; `dropNone` leaves out "no value" (no brand, unknown country). Each bar
 * selects its value in the breakdown's resolved window and snapshot: a relative range ("last hour")
 * would slide between the chart's answer and the list's.
 */
export function rankedBars(b: { by: ExploreDimension; items: BreakdownItem[]; asOf: number; from: number; to: number }, dropNone = false): RankedBar[] {
  const items = dropNone ? b.items.filter((i) => i.key !== NONE_KEY) : b.items;
  const max = items.reduce((m, i) => Math.max(m, i.count), 0);
  const sum = items.reduce((s, i) => s + i.count, 0);
  return items.map((i) => ({
    key: i.key, count: i.count,
    scale: max > 0 ? i.count / max : 0,
    share: sum > 0 ? i.count / sum : 0,
    polarity: { positive: i.positive, neutral: i.neutral, negative: i.negative },
    net: i.net,
    sel: { dims: [{ dim: b.by, key: i.key }], from: b.from, to: b.to, asOf: b.asOf },
  }));
}

/** The selection of one polarity segment of a ranked bar (sentiment by brand). */
export function segmentSel(bar: RankedBar, polarity: Polarity): Selection {
  return { ...bar.sel, dims: [...bar.sel.dims, { dim: 'polarity', key: polarity }] };
}

/** What a selection counts in chart data it came from, for checks and labels. */
export function describeSel(sel: Selection, label: (dim: ExploreDimension, key: string) => string): string {
  const parts = sel.dims.map((d) => label(d.dim, d.key));
  return parts.join(' · ');
}
