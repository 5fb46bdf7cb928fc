import { RESOLUTIONS, VOLUME_BUCKETS, HOUR_MS, MINUTE_MS } from '../../shared/constants';
import type { BrandKpi, Kpis, VolumePoint } from '../../shared/frame';
import type { SeriesPoint } from '../../shared/rollup';
import type { RollupStore } from '../rollups/types';

/** Intents that wait for the care team. */
const NEEDS_RESPONSE = ['complaint', 'question'] as const;

/** The wall's volume chart reads the finest resolution. */
export const VIEW_RES = RESOLUTIONS[0];
const BUCKETS_PER_MINUTE = MINUTE_MS / VIEW_RES.ms;

export function bucketStart(t: number, ms = VIEW_RES.ms): number {
  return t - (t % ms);
}

/** First bucket of the wall's volume window ending with the bucket that holds now. */
export function windowStart(now: number): number {
  return bucketStart(now) - (VOLUME_BUCKETS - 1) * VIEW_RES.ms;
}

export function toVolume(points: SeriesPoint[]): VolumePoint[] {
  return points.map((p) => {
    const v: VolumePoint = { t: p.t, positive: 0, neutral: 0, negative: 0 };
    for (const g of p.groups) v[g.key[0] as 'positive' | 'neutral' | 'negative'] += g.count;
    return v;
  });
}

/** Volume by polarity per bucket in [from, now]. */
export async function readVolume(rollups: RollupStore, from: number, now: number): Promise<VolumePoint[]> {
  const points = await rollups.series({ resolution: VIEW_RES.name, from, to: now + 1, groupBy: ['polarity'] });
  return toVolume(points);
}

const sum = (v: VolumePoint) => v.positive + v.neutral + v.negative;

/** The KPI strip from the volume window (last hour) plus two small queries. */
export async function readKpis(
  rollups: RollupStore, now: number, volume: VolumePoint[], brandIds: readonly string[],
  extra: { received: number; openAlerts: number },
): Promise<Kpis> {
  const n = volume.length;
  const lastMinute = volume.slice(Math.max(0, n - BUCKETS_PER_MINUTE)).reduce((a, v) => a + sum(v), 0);
  const prevMinute = volume.slice(Math.max(0, n - 2 * BUCKETS_PER_MINUTE), Math.max(0, n - BUCKETS_PER_MINUTE))
    .reduce((a, v) => a + sum(v), 0);
  let pos = 0, neg = 0, lastHour = 0;
  for (const v of volume) { pos += v.positive; neg += v.negative; lastHour += sum(v); }
  const from = volume[0]?.t ?? windowStart(now);
  const prev = await rollups.query({ resolution: RESOLUTIONS[1].name, from: from - HOUR_MS, to: from });
  const prevHour = prev.reduce((a, g) => a + g.count, 0);
  const byBrand = await rollups.query({
    resolution: VIEW_RES.name, from, to: now + 1,
    filter: { brand: [...brandIds] }, groupBy: ['brand', 'polarity'],
  });
  const brands = brandKpis(byBrand, brandIds);
  const waiting = await rollups.query({ resolution: VIEW_RES.name, from, to: now + 1, filter: { intent: [...NEEDS_RESPONSE] } });
  let top: BrandKpi | undefined;
  for (const b of brands) if (b.count > (top?.count ?? 0)) top = b;
  const leader = top?.brand;
  return {
    lastMinute, prevMinute, lastHour, prevHour,
    net: lastHour ? (pos - neg) / lastHour : 0,
    brands, received: extra.received, openAlerts: extra.openAlerts,
    needsResponse: waiting.reduce((a, g) => a + g.count, 0),
    leader,
  };
}

function brandKpis(groups: { key: string[]; count: number }[], brandIds: readonly string[]): BrandKpi[] {
  const acc = new Map<string, { count: number; pos: number; neg: number }>();
  for (const id of brandIds) acc.set(id, { count: 0, pos: 0, neg: 0 });
  let all = 0;
  for (const g of groups) {
    const a = acc.get(g.key[0]);
    if (!a) continue;
    a.count += g.count; all += g.count;
    if (g.key[1] === 'positive') a.pos += g.count;
    else if (g.key[1] === 'negative') a.neg += g.count;
  }
  return brandIds.map((brand) => {
    const a = acc.get(brand)!;
    return { brand, count: a.count, share: all ? a.count / all : 0, net: a.count ? (a.pos - a.neg) / a.count : 0 };
  });
}
