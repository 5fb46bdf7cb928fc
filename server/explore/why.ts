/**
 * "Why this spike": for a window against its baseline, the values of each facet (terms, hashtags,
 * topics, channels, places, authors) that over-index most. An item's expected window count is its
 * baseline count at the baseline's share (baseline × window total / baseline total), so a volume
 * spike alone lifts nothing; lift = (count + s) / (expected + s) with additive smoothing s (at
 * least 1% of the window), so a rare item needs a real share of the window to rank, and items
 * under minCount are left out.
 */
import { DAY_MS } from '../../shared/constants';
import {
  WHY_FACETS_DEFAULT, WHY_SMOOTHING, WHY_SMOOTHING_SHARE, type Why, type WhyFacet, type WhyItem, type WhyQuery,
} from '../../shared/explore';
import type { ExploreService } from './service';
import type { IndexQuery } from './types';

/** Baseline ranges of a window [from, to). */
export function baselineRanges(p: WhyQuery, from: number, to: number, heldFrom: number | null): { from: number; to: number }[] {
  const len = to - from;
  if (p.baseline === 'custom') return [{ from: p.baselineFrom!, to: p.baselineTo! }];
  if (p.baseline === 'previous') return [{ from: from - len, to: from }];
  const out: { from: number; to: number }[] = [];
  for (let d = 1; d <= p.days; d++) {
    const r = { from: from - d * DAY_MS, to: to - d * DAY_MS };
    // a day the index no longer holds (or never held) would read as zero: leave it out
    if (heldFrom !== null && r.from >= heldFrom) out.push(r);
  }
  return out;
}

export async function why(svc: ExploreService, p: WhyQuery): Promise<Why> {
  const { index } = svc.deps;
  const { q, meta } = await svc.resolve(p);
  const ranges = baselineRanges(p, q.from, q.to, meta.held.from);
  const days = Math.max(ranges.length, 1);
  const within = (r: { from: number; to: number }): IndexQuery => ({ ...q, from: r.from, to: r.to });
  const windowCount = await index.count(q);
  let baseTotal = 0;
  for (const r of ranges) baseTotal += await index.count(within(r));
  baseTotal /= days;
  const scale = baseTotal > 0 ? windowCount / baseTotal : 0;
  const s = Math.max(WHY_SMOOTHING, WHY_SMOOTHING_SHARE * windowCount);
  const facets: Partial<Record<WhyFacet, WhyItem[]>> = {};
  for (const facet of p.facets ?? WHY_FACETS_DEFAULT) {
    const win = await index.breakdown(q, facet, { minCount: p.minCount });
    const keys = win.items.map((i) => i.key);
    const base = new Array<number>(keys.length).fill(0);
    if (keys.length > 0) {
      for (const r of ranges) {
        const b = await index.breakdown(within(r), facet, { keys });
        b.items.forEach((it, i) => { base[i] += it.count; });
      }
    }
    const items = win.items.map((it, i): WhyItem => {
      const baseline = base[i] / days;
      const expected = baseline * scale;
      return { key: it.key, count: it.count, baseline: round(baseline), expected: round(expected), lift: round((it.count + s) / (expected + s)) };
    });
    items.sort((a, b) => b.lift - a.lift || b.count - a.count || (a.key < b.key ? -1 : 1));
    facets[facet] = items.slice(0, p.limit);
  }
  return {
    ...meta,
    window: { from: q.from, to: q.to, count: windowCount },
    baseline: { mode: p.baseline, ranges, count: round(baseTotal) },
    minCount: p.minCount, smoothing: round(s), facets,
  };
}

const PRECISION = 1000;
function round(x: number): number {
  return Math.round(x * PRECISION) / PRECISION;
}
