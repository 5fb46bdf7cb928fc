import { describe, expect, it } from 'vitest';
import { NONE_KEY, decodeFilter, type Breakdown, type Series } from '../../../shared/explore';
import type { Alert } from '../../../shared/alert';
import type { RiverItem } from '../../../shared/mention';
import { bucketRange, rankedBars, segmentSel, selectionFilter, volumeBuckets } from '../../../client/explore/drill';
import { compareRequest, sideSelection } from '../../../client/explore/CompareView';
import { pinFilter } from '../../../client/explore/MentionList';
import { NONE, alertFilter, alertTargets, drillTarget, hourWindow, minuteHourWindow, trendingWindow, volumeBucketAt } from '../../../client/wall/drill';

const held = { from: 0, to: 0, count: 0, capacity: 0, evicted: 0, completeFrom: null };
const series: Series = {
  from: 1000, to: 31_000, asOf: 77, held, interval: '10s', intervalMs: 10_000, tz: 'UTC', split: 'polarity',
  keys: ['negative', 'positive'], total: 9,
  points: [
    { t: 1000, to: 10_000, total: 4, counts: { negative: 3, positive: 1 } },
    { t: 10_000, to: 20_000, total: 0, counts: {} },
    { t: 20_000, to: 31_000, total: 5, counts: { neutral: 5 } },
  ],
};

describe('chart data to drill-down selections', () => {
  it('each volume segment selects its bucket and polarity in the chart snapshot; segments add up to the bucket', () => {
    const b = volumeBuckets(series);
    expect(b.map((x) => x.segments.reduce((a, s) => a + s.count, 0))).toEqual([4, 0, 5]);
    const neg = b[0].segments.find((s) => s.polarity === 'negative')!;
    expect(neg.count).toBe(3);
    expect(selectionFilter({ brands: ['nimbus'], range: '1h' }, neg.sel)).toEqual({ brands: ['nimbus'], polarities: ['negative'], from: 1000, to: 10_000, asOf: 77 });
    // the whole (clipped) bucket
    expect(selectionFilter({ range: '1h' }, b[2].sel)).toEqual({ from: 20_000, to: 31_000, asOf: 77 });
  });

  it('a brushed range spans from the first bucket start to the last bucket end, either direction', () => {
    const b = volumeBuckets(series);
    expect(bucketRange(b, 2, 0, 77)).toEqual({ dims: [], from: 1000, to: 31_000, asOf: 77 });
    expect(bucketRange(b, 1, 1, 77)).toEqual({ dims: [], from: 10_000, to: 20_000, asOf: 77 });
    expect(bucketRange(b, 0, 9, 77)).toBeUndefined();
  });

  it('ranked bars: shares over the shown keys (none left out for share of voice), a segment narrows two dimensions', () => {
    const bd: Breakdown = {
      from: 0, to: 1, asOf: 5, held, by: 'brand', total: 10, more: 0,
      items: [
        { key: 'nimbus', count: 6, share: 0.5, net: -0.5, reach: 0, positive: 1, neutral: 1, negative: 4 },
        { key: NONE_KEY, count: 2, share: 0.2, net: 0, reach: 0, positive: 0, neutral: 2, negative: 0 },
        { key: 'zephyr', count: 2, share: 0.3, net: 1, reach: 0, positive: 2, neutral: 0, negative: 0 },
      ],
    };
    const all = rankedBars(bd);
    expect(all.map((b) => b.key)).toEqual(['nimbus', '-', 'zephyr']);
    const sov = rankedBars(bd, true);
    expect(sov.map((b) => [b.key, b.share, b.scale])).toEqual([['nimbus', 0.75, 1], ['zephyr', 0.25, 2 / 6]]);
    const seg = segmentSel(sov[0], 'negative');
    // the breakdown's resolved window replaces the sliding range
    expect(selectionFilter({ brands: ['nimbus', 'zephyr'], range: '24h' }, seg)).toEqual({ brands: ['nimbus'], polarities: ['negative'], from: 0, to: 1, asOf: 5 });
  });

  it('a list page pins its window and snapshot for the next pages and the export', () => {
    expect(pinFilter({ brands: ['a'], range: '1h' }, { asOf: 3, from: 100, to: 200 })).toEqual({ brands: ['a'], from: 100, to: 200, asOf: 3 });
    expect(pinFilter({ from: 50, asOf: 2 }, { asOf: 3, from: 50, to: 200 })).toEqual({ from: 50, to: 200, asOf: 2 });
    expect(pinFilter({ range: '1h' }, undefined)).toEqual({ range: '1h' });
  });

  it('compare: brands mode drops the brand filter and compares the chosen (or all) brands; a side drills to its brand or period', () => {
    expect(compareRequest({ brands: ['a', 'b'], range: '7d' }, 'brands', 'previous', ['a', 'b', 'c'], 'UTC'))
      .toEqual({ filter: { range: '7d' }, params: { mode: 'brands', tz: 'UTC', compare: 'a,b' } });
    expect(compareRequest({ brands: ['a'] }, 'brands', 'previous', ['a', 'b', 'c'], 'UTC').params.compare).toBe('a,b,c');
    expect(compareRequest({ range: '24h' }, 'periods', '1w', [], 'Europe/Paris'))
      .toEqual({ filter: { range: '24h' }, params: { mode: 'periods', shift: '1w', tz: 'Europe/Paris' } });
    const side = { label: 'previous', filter: {}, from: 10, to: 20, kpis: { total: 1, positive: 0, neutral: 1, negative: 0, net: 0, reach: 0, authors: 1 }, points: [] };
    const c = { asOf: 9, held, mode: 'periods' as const, interval: '1h' as const, intervalMs: 1, tz: 'UTC', sides: [side] };
    expect(sideSelection(c, side)).toEqual({ dims: [], from: 10, to: 20, asOf: 9 });
    expect(sideSelection({ ...c, mode: 'brands' }, { ...side, label: 'nimbus' })).toEqual({ dims: [{ dim: 'brand', key: 'nimbus' }], from: 10, to: 20, asOf: 9 });
  });
});

describe('wall panels to explore', () => {
  const now = Date.UTC(2026, 0, 5, 12, 34, 56, 789);
  const state = { river: [] as RiverItem[], alerts: [] as Alert[], kpis: null };
  const filterOf = (spec: string, s = state) => {
    const t = drillTarget(spec, s, now);
    if (!t || 'path' in t) throw new Error(`no filter for ${spec}`);
    return t.filter;
  };

  it('uses the windows the server counts the panels over', () => {
    // KPIs and share of voice: 360 ten-second buckets ending with the one holding now
    expect(hourWindow(now)).toEqual({ from: Date.UTC(2026, 0, 5, 11, 35, 0), to: now + 1 });
    // places and topics: 60 whole minutes
    expect(minuteHourWindow(now)).toEqual({ from: Date.UTC(2026, 0, 5, 11, 35), to: now + 1 });
    // trending: from the minute ten minutes ago
    expect(trendingWindow(now)).toEqual({ from: Date.UTC(2026, 0, 5, 12, 24), to: now + 1 });
    expect(filterOf('brand:zephyr')).toEqual({ brands: ['zephyr'], ...hourWindow(now) });
    expect(filterOf('country:FR')).toEqual({ countries: ['FR'], ...minuteHourWindow(now) });
    expect(filterOf('region:US-CA')).toEqual({ regions: ['US-CA'], ...minuteHourWindow(now) });
    expect(filterOf('topic:battery')).toEqual({ topics: ['battery'], ...minuteHourWindow(now) });
    expect(filterOf('term:#fail')).toEqual({ terms: ['#fail'], ...trendingWindow(now) });
    expect(filterOf('kpi:needs-response')).toEqual({ intents: ['complaint', 'question'], ...hourWindow(now) });
    expect(filterOf('kpi:per-minute')).toEqual({ from: Date.UTC(2026, 0, 5, 12, 34, 0), to: now + 1 });
    expect(drillTarget('kpi:open-alerts', state, now)).toEqual({ path: '/alerts' });
    expect(drillTarget('nonsense:1', state, now)).toBeNull();
  });

  it('every wall filter is valid for the shared decoder (what the page and the API read)', async () => {
    const { encodeFilter } = await import('../../../shared/explore');
    for (const spec of ['brand:zephyr', 'country:FR', 'region:US-CA', 'topic:battery', 'term:#fail', 'polarity:negative', 'kpi:per-hour', 'window:24h']) {
      const f = filterOf(spec);
      const back = decodeFilter(encodeFilter(f));
      expect(back.errors, spec).toEqual([]);
      expect(back.filter, spec).toEqual(f);
    }
  });

  it('a river post leads to its author, channel and millisecond; a post without a handle to "no handle"', () => {
    const item = { id: 'p1', channel: 'forum', text: 't', createdAt: 1234, author: {}, brands: [], polarity: 'neutral', score: 0, topics: [], reach: 0 } as RiverItem;
    expect(NONE).toBe(NONE_KEY);
    expect(filterOf('river:p1', { ...state, river: [item] })).toEqual({ authors: [NONE_KEY], channels: ['forum'], from: 1234, to: 1235 });
    expect(filterOf('river:p1', { ...state, river: [{ ...item, author: { handle: 'amy' } }] }).authors).toEqual(['amy']);
    expect(drillTarget('river:gone', state, now)).toBeNull();
  });

  it('an alert leads to its brand, topic and negative mentions around the incident, and to why over that window', () => {
    const a = {
      id: 'a1', rule: 'spike-nimbus', ruleName: 'Negative spike by topic: nimbus', state: 'firing', severity: 3, brand: 'nimbus', topic: 'battery',
      title: 'Negative spike', value: 40, baseline: 4, startedAt: Date.UTC(2026, 0, 5, 12, 0, 30), updatedAt: Date.UTC(2026, 0, 5, 12, 10, 5), sampleIds: [], samples: [],
    } as Alert;
    const f = alertFilter(a);
    expect(f).toEqual({ brands: ['nimbus'], topics: ['battery'], polarities: ['negative'], from: Date.UTC(2026, 0, 5, 11, 55), to: Date.UTC(2026, 0, 5, 12, 11) });
    expect(alertFilter({ ...a, ruleName: 'Keyword: refund', title: 'refund x 12', topic: undefined }).polarities).toBeUndefined();
    const why = alertTargets(a).why;
    if ('path' in why) throw new Error('expected a filter');
    expect(why.extra).toEqual({ tab: 'why', wfrom: String(f.from), wto: String(f.to) });
    expect(why.filter.to).toBe(f.to);
    expect(why.filter.from).toBe(f.from! - (f.to! - f.from!));
  });

  it('a click on the volume chart picks the nearest bucket', () => {
    const rows = [{ t: 0 }, { t: 10 }, { t: 20 }, { t: 30 }];
    expect(volumeBucketAt(rows, 10, 0)).toEqual({ from: 0, to: 10 });
    expect(volumeBucketAt(rows, 10, 0.6)).toEqual({ from: 20, to: 30 });
    expect(volumeBucketAt(rows, 10, 1)).toEqual({ from: 30, to: 40 });
    expect(volumeBucketAt([], 10, 0.5)).toBeNull();
  });
});
