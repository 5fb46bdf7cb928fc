import { ANY, DAY_BUCKET_MS, HOUR_MS, NONE, RESOLUTIONS, TOPICS_MAX, DAY_MS } from '../../shared/constants';
import type { BrandTrendPoint, PanelData, PlaceCount, PolarityCounts, TopicStat, VolumePoint } from '../../shared/frame';
import type { RollupGroup } from '../../shared/rollup';
import type { RollupStore } from '../rollups/types';
import type { TermTracker } from './terms';

const MINUTE_RES = RESOLUTIONS[1];
const SPARK_POINTS = HOUR_MS / DAY_BUCKET_MS;

const zero = (): PolarityCounts => ({ positive: 0, neutral: 0, negative: 0 });
function addPolarity(c: PolarityCounts, polarity: string, n: number): void {
  if (polarity === 'positive' || polarity === 'neutral' || polarity === 'negative') c[polarity] += n;
}

/** Places (countries or US states) with counts by polarity, largest first. */
function places(groups: RollupGroup[]): PlaceCount[] {
  const acc = new Map<string, PlaceCount>();
  for (const g of groups) {
    const [code, polarity] = g.key;
    if (code === NONE) continue;
    let p = acc.get(code);
    if (!p) { p = { code, count: 0, ...zero() }; acc.set(code, p); }
    p.count += g.count;
    addPolarity(p, polarity, g.count);
  }
  return [...acc.values()].sort((a, b) => b.count - a.count);
}

/** The slower panels of the wall, all read from rollups (and the term tracker). */
export async function readPanels(rollups: RollupStore, terms: TermTracker, now: number, brandIds: readonly string[]): Promise<PanelData> {
  const minuteNow = now - (now % MINUTE_RES.ms);
  const hourFrom = minuteNow - HOUR_MS + MINUTE_RES.ms;
  const [trendSeries, daySeries, countryGroups, regionGroups, topicGroups, topicSeries] = await Promise.all([
    rollups.series({ resolution: MINUTE_RES.name, from: hourFrom, to: now + 1, filter: { brand: [...brandIds] }, groupBy: ['brand', 'polarity'] }),
    rollups.series({ resolution: MINUTE_RES.name, from: now - DAY_MS, to: now + 1, groupBy: ['polarity'] }),
    rollups.query({ resolution: MINUTE_RES.name, from: hourFrom, to: now + 1, groupBy: ['country', 'polarity'] }),
    rollups.query({ resolution: MINUTE_RES.name, from: hourFrom, to: now + 1, filter: { country: ['US'] }, groupBy: ['region', 'polarity'] }),
    rollups.query({ resolution: MINUTE_RES.name, from: hourFrom, to: now + 1, groupBy: ['topic', 'polarity'] }),
    rollups.series({ resolution: MINUTE_RES.name, from: hourFrom, to: now + 1, groupBy: ['topic'] }),
  ]);

  const trend: BrandTrendPoint[] = trendSeries.map((p) => {
    const brands: Record<string, PolarityCounts> = {};
    for (const id of brandIds) brands[id] = zero();
    for (const g of p.groups) if (brands[g.key[0]]) addPolarity(brands[g.key[0]], g.key[1], g.count);
    return { t: p.t, brands };
  });

  const dayStart = now - (now % DAY_BUCKET_MS) - DAY_MS + DAY_BUCKET_MS;
  const day = new Map<number, VolumePoint>();
  for (let t = dayStart; t <= now; t += DAY_BUCKET_MS) day.set(t, { t, ...zero() });
  for (const p of daySeries) {
    const v = day.get(p.t - (p.t % DAY_BUCKET_MS));
    if (v) for (const g of p.groups) addPolarity(v, g.key[0], g.count);
  }

  const sparkFirst = now - (now % DAY_BUCKET_MS) - (SPARK_POINTS - 1) * DAY_BUCKET_MS;
  const sparks = new Map<string, number[]>();
  for (const p of topicSeries) {
    const i = Math.floor((p.t - sparkFirst) / DAY_BUCKET_MS);
    if (i < 0 || i >= SPARK_POINTS) continue;
    for (const g of p.groups) {
      let s = sparks.get(g.key[0]);
      if (!s) { s = new Array<number>(SPARK_POINTS).fill(0); sparks.set(g.key[0], s); }
      s[i] += g.count;
    }
  }
  const topicAcc = new Map<string, TopicStat>();
  for (const g of topicGroups) {
    const [topic, polarity] = g.key;
    if (topic === ANY) continue;
    let s = topicAcc.get(topic);
    if (!s) { s = { topic, count: 0, ...zero(), spark: sparks.get(topic) ?? new Array<number>(SPARK_POINTS).fill(0) }; topicAcc.set(topic, s); }
    s.count += g.count;
    addPolarity(s, polarity, g.count);
  }

  return {
    trend,
    volumeDay: [...day.values()],
    countries: places(countryGroups),
    regions: places(regionGroups),
    topics: [...topicAcc.values()].sort((a, b) => b.count - a.count).slice(0, TOPICS_MAX),
    trending: terms.trending(now),
  };
}
