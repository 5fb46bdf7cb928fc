import { describe, expect, it } from 'vitest';
import { sovAdapter, sovNow, sovTrend } from '../../../client/panels/sov/adapter';
import { brandSeries } from '../../../client/panels/sentiment/adapter';
import type { BrandKpi, PolarityCounts } from '../../../shared/frame';
import type { BrandInfo } from '../../../shared/tracking';
import { kpis, panels } from './fixtures';

const M = 60_000;
const T = 1_700_000_000_000 - (1_700_000_000_000 % M);
const brands: BrandInfo[] = [
  { id: 'a', name: 'Alpha', color: '#56B4E9', own: true },
  { id: 'b', name: 'Beta', color: '#E69F00', own: false },
  { id: 'c', name: 'Gamma', color: '#009E73', own: false },
];
const series = brandSeries(brands);
const k = (brand: string, count: number, share: number): BrandKpi => ({ brand, count, share, net: 0 });
const pc = (n: number): PolarityCounts => ({ positive: n, neutral: 0, negative: 0 });
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

describe('share of voice now', () => {
  it('gives one-decimal percentages that sum to exactly 100.0', () => {
    const now = sovNow([k('a', 1, 1 / 3), k('b', 1, 1 / 3), k('c', 1, 1 / 3)], series);
    expect(Math.round(sum(now.map((e) => e.percent)) * 10)).toBe(1000);
    expect(now.map((e) => e.text).sort()).toEqual(['33.3%', '33.3%', '33.4%']);
  });

  it('keeps the raw integer count and the brand order and colors', () => {
    const now = sovNow([k('c', 150, 0.15), k('a', 432, 0.432), k('b', 418, 0.418)], series);
    expect(now.map((e) => e.id)).toEqual(['a', 'b', 'c']);
    expect(now.map((e) => e.text)).toEqual(['43.2%', '41.8%', '15.0%']);
    expect(now.map((e) => e.count)).toEqual([432, 418, 150]);
    expect(now.map((e) => e.color)).toEqual(['#56B4E9', '#E69F00', '#009E73']);
  });

  it('is all 0 with no mention', () => {
    expect(sovNow([k('a', 0, 0)], series).map((e) => e.percent)).toEqual([0, 0, 0]);
    expect(sovNow(undefined, series).map((e) => e.text)).toEqual(['0.0%', '0.0%', '0.0%']);
  });
});

describe('share of voice trend', () => {
  it('normalizes each bucket to 100 %', () => {
    const rows = sovTrend(
      [
        { t: T, brands: { a: pc(1), b: pc(1), c: pc(2) } },
        { t: T + M, brands: { a: { positive: 1, neutral: 1, negative: 1 }, b: pc(0), c: pc(1) } },
      ],
      series,
    );
    expect(rows[0]).toEqual({ t: T, s0: 25, s1: 25, s2: 50 });
    expect(rows[1]).toEqual({ t: T + M, s0: 75, s1: 0, s2: 25 });
    for (const r of rows) expect(r.s0! + r.s1! + r.s2!).toBeCloseTo(100, 9);
  });

  it('is null for every brand in a bucket with no mention (a gap, not 0/0)', () => {
    const rows = sovTrend([{ t: T, brands: { a: pc(0), b: pc(0) } }], series);
    expect(rows).toEqual([{ t: T, s0: null, s1: null, s2: null }]);
  });

  it('adapts the store: series, now and rows; total counts the set', () => {
    const d = sovAdapter({
      panels: panels({ trend: [{ t: T, brands: { a: pc(3), b: pc(1) } }] }),
      kpis: kpis({ brands: [k('a', 3, 0.75), k('b', 1, 0.25)] }),
      brands: brands.slice(0, 2),
    });
    expect(d.now.map((e) => e.text)).toEqual(['75.0%', '25.0%']);
    expect(d.rows[0]).toEqual({ t: T, s0: 75, s1: 25 });
    expect(d.total).toBe(4);
    expect(sovAdapter({ panels: null, kpis: null, brands: [] })).toEqual({ series: [], now: [], rows: [], total: 0 });
  });
});
