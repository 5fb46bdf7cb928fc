import { describe, expect, it } from 'vitest';
import {
  brandNets, brandSeries, hourCounts, netPercent, netTrend, polaritySplit, sentimentAdapter, splitAdapter,
} from '../../../client/panels/sentiment/adapter';
import type { BrandTrendPoint, PolarityCounts } from '../../../shared/frame';
import type { BrandInfo } from '../../../shared/tracking';
import { kpis, panels } from './fixtures';

const M = 60_000;
const T = 1_700_000_040_000 - (1_700_000_040_000 % M);
const brands: BrandInfo[] = [
  { id: 'nimbus', name: 'Nimbus', color: '#56B4E9', own: true },
  { id: 't', name: 'Tee', color: '#E69F00', own: false },
];
const pc = (positive: number, neutral: number, negative: number): PolarityCounts => ({ positive, neutral, negative });
const pt = (i: number, b: Record<string, PolarityCounts>): BrandTrendPoint => ({ t: T + i * M, brands: b });
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

describe('net sentiment trend', () => {
  it('is (pos - neg) / total scaled to -100..100, with its sign', () => {
    expect(netPercent(pc(3, 1, 0))).toBe(75);
    expect(netPercent(pc(0, 1, 3))).toBe(-75);
    expect(netPercent(pc(1, 1, 1))).toBe(0);
    expect(netPercent(pc(2, 0, 0))).toBe(100);
    expect(netPercent(pc(1, 1, 0))).toBe(50);
    expect(netPercent(pc(1, 2, 0))).toBe(33.3);
  });

  it('is null for an empty bucket, so the line gaps (not 0)', () => {
    expect(netPercent(pc(0, 0, 0))).toBeNull();
    expect(netPercent(undefined)).toBeNull();
  });

  it('gives one row per bucket and per brand key, null where the brand had no mention', () => {
    const series = brandSeries(brands);
    const rows = netTrend([pt(0, { nimbus: pc(2, 0, 0), t: pc(0, 0, 0) }), pt(1, { nimbus: pc(0, 0, 0), t: pc(0, 0, 4) })], series);
    expect(rows).toEqual([
      { t: T, s0: 100, s1: null },
      { t: T + M, s0: null, s1: -100 },
    ]);
  });

  it('keys rows by series key, not brand id (a brand called "t" does not overwrite the time)', () => {
    const rows = sentimentAdapter({ panels: panels({ trend: [pt(0, { t: pc(1, 0, 0) })] }), kpis: null, brands }).rows;
    expect(rows[0].t).toBe(T);
    expect(rows[0].s1).toBe(100);
  });

  it('fills missing minutes with null rows and sorts buckets', () => {
    const series = brandSeries(brands);
    const rows = netTrend([pt(3, { nimbus: pc(1, 0, 0) }), pt(0, { nimbus: pc(0, 0, 1) })], series);
    expect(rows.map((r) => r.t)).toEqual([T, T + M, T + 2 * M, T + 3 * M]);
    expect(rows.map((r) => r.s0)).toEqual([-100, null, null, 100]);
  });

  it('keeps at most the last hour of buckets', () => {
    const trend = Array.from({ length: 90 }, (_, i) => pt(i, { nimbus: pc(1, 0, 0) }));
    const rows = netTrend(trend, brandSeries(brands));
    expect(rows).toHaveLength(60);
    expect(rows[rows.length - 1].t).toBe(T + 89 * M);
  });

  it('adds a grey series for a brand id the wall does not know', () => {
    const { series } = sentimentAdapter({ panels: panels({ trend: [pt(0, { ghost: pc(1, 0, 0) })] }), kpis: null, brands });
    expect(series.map((s) => s.id)).toEqual(['nimbus', 't', 'ghost']);
    expect(series[2].color).toBe('#BBBBBB');
  });

  it('is empty before any data', () => {
    const d = sentimentAdapter({ panels: null, kpis: null, brands: [] });
    expect(d.rows).toEqual([]);
    expect(d.series).toEqual([]);
  });
});

describe('polarity split', () => {
  it('gives whole percentages that sum to exactly 100 when thirds do not divide', () => {
    const s = polaritySplit(pc(1, 1, 1));
    expect(sum(s.map((e) => e.percent))).toBe(100);
    expect(s.map((e) => e.percent).sort()).toEqual([33, 33, 34]);
  });

  it('rounds by largest remainder, in positive/neutral/negative order', () => {
    const s = polaritySplit(pc(2, 5, 1)); // 25, 62.5, 12.5
    expect(s.map((e) => e.polarity)).toEqual(['positive', 'neutral', 'negative']);
    expect(sum(s.map((e) => e.percent))).toBe(100);
    expect(s.map((e) => e.percent)).toEqual([25, 63, 12]);
    expect(s.map((e) => e.count)).toEqual([2, 5, 1]);
  });

  it('is 0/0/0 with no mention (no NaN)', () => {
    expect(polaritySplit(pc(0, 0, 0)).map((e) => e.percent)).toEqual([0, 0, 0]);
    expect(splitAdapter([], []).total).toBe(0);
  });

  it('sums the hour of volume, and falls back to the brand trend when there is none', () => {
    const vol = [
      { t: 0, positive: 3, neutral: 1, negative: 0 },
      { t: 1, positive: 1, neutral: 0, negative: 5 },
    ];
    expect(hourCounts(vol, [pt(0, { nimbus: pc(100, 0, 0) })])).toEqual(pc(4, 1, 5));
    expect(hourCounts([], [pt(0, { nimbus: pc(1, 2, 0), t: pc(0, 0, 3) })])).toEqual(pc(1, 2, 3));
    expect(splitAdapter(vol, undefined).entries.map((e) => e.percent)).toEqual([40, 10, 50]);
  });
});

describe('per-brand net now', () => {
  it('is a signed whole number from kpis.brands[].net, clamped, never "-0"', () => {
    const series = brandSeries(brands);
    const k = kpis({
      brands: [
        { brand: 'nimbus', count: 10, share: 0.5, net: 0.234 },
        { brand: 't', count: 10, share: 0.5, net: -0.004 },
      ],
    });
    const nets = brandNets(k.brands, series);
    expect(nets.map((n) => [n.id, n.net, n.text])).toEqual([
      ['nimbus', 23, '+23'],
      ['t', 0, '0'],
    ]);
    expect(Object.is(nets[1].net, -0)).toBe(false);
    expect(brandNets([{ brand: 'nimbus', count: 1, share: 1, net: -7 }], series)[0].text).toBe('-100');
    expect(brandNets(undefined, series).map((n) => n.net)).toEqual([0, 0]);
  });
});
