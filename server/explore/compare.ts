/**
 * Compare, side by side: brand against brand over the same period and filters, or this period
 * against an earlier one (the previous period of the same length, the day or the week before).
 * Each side has its KPIs, its series (same interval) and its filter, ready for a drill-down.
 */
import { DAY_MS } from '../../shared/constants';
import { COMPARE_BRANDS_MAX, INTERVAL_MS, type Compare, type CompareQuery, type CompareSide, type ExploreFilter } from '../../shared/explore';
import { ParamError, type ExploreService } from './service';
import type { IndexQuery } from './types';

const SHIFT_MS = { '1d': DAY_MS, '1w': 7 * DAY_MS } as const;

export async function compare(svc: ExploreService, p: CompareQuery): Promise<Compare> {
  const { q, meta } = await svc.resolve(p);
  const { interval } = svc.buckets(q.from, q.to, p.interval, p.tz);
  const sides: { label: string; q: IndexQuery }[] = [];
  if (p.mode === 'brands') {
    const brands = p.compare ?? (p.brands && p.brands.length >= 2 ? p.brands : svc.deps.brandIds.slice(0, COMPARE_BRANDS_MAX));
    for (const b of brands) if (!svc.deps.brandIds.includes(b)) throw new ParamError('compare', `unknown brand "${b}"`);
    if (brands.length < 2) throw new ParamError('compare', 'brands mode needs at least two brands');
    for (const b of brands) sides.push({ label: b, q: { ...q, brands: [b] } });
  } else {
    if (p.compare) throw new ParamError('compare', 'compare lists brands: use it with mode=brands');
    const shift = p.shift === 'previous' ? q.to - q.from : SHIFT_MS[p.shift];
    sides.push({ label: 'current', q }, { label: 'previous', q: { ...q, from: q.from - shift, to: q.to - shift } });
  }
  const out: CompareSide[] = [];
  for (const s of sides) {
    const { buckets } = svc.buckets(s.q.from, s.q.to, interval, p.tz);
    const [kpis, series] = [await svc.deps.index.kpis(s.q), await svc.deps.index.series(s.q, buckets)];
    const b = buckets.bounds;
    const { from, to, asOf, ...rest } = s.q;
    const filter: ExploreFilter = { ...rest, from, to, asOf };
    out.push({ label: s.label, filter, from, to, kpis, points: series.totals.map((total, i) => ({ t: b[i], to: b[i + 1], total })) });
  }
  if (p.mode === 'brands') {
    const sum = out.reduce((a, s) => a + s.kpis.total, 0);
    for (const s of out) s.share = sum > 0 ? s.kpis.total / sum : 0;
  }
  const notice = meta.notice ?? (out.some((s) => meta.held.completeFrom !== null && s.from < meta.held.completeFrom)
    ? `mentions before ${new Date(meta.held.completeFrom!).toISOString()} are no longer held` : undefined);
  return {
    asOf: meta.asOf, held: meta.held, ...(notice ? { notice } : {}), mode: p.mode, interval,
    intervalMs: INTERVAL_MS[interval], tz: p.tz, sides: out,
  };
}
