import { describe, expect, it } from 'vitest';
import { TERM_MAX, cleanTerm, formatLift, trendingAdapter } from '../../../client/panels/trending/adapter';
import type { TrendingTerm } from '../../../shared/frame';
import { TRENDING_MAX } from '../../../shared/constants';
import { panels } from './fixtures';

const term = (t: string, count: number, baseline: number, spark: number[] = []): TrendingTerm => ({
  term: t, count, baseline, lift: (count + 1) / (baseline + 1), spark,
});

describe('trending adapter', () => {
  it('ranks by lift, not by count', () => {
    // lifts: outage 51/25 = 2.04 (most mentions), #launch 31/3 = 10.3, refund 10/1 = 10
    const rows = trendingAdapter({ panels: panels({ trending: [term('outage', 50, 24), term('#launch', 30, 2), term('refund', 9, 0)] }) });
    expect(rows.map((r) => r.term)).toEqual(['#launch', 'refund', 'outage']);
    expect(rows.map((r) => r.count)).toEqual([30, 9, 50]);
  });

  it('breaks lift ties by count, then by term', () => {
    const rows = trendingAdapter({
      panels: panels({
        trending: [
          { term: 'b', count: 5, baseline: 0, lift: 3, spark: [] },
          { term: 'a', count: 5, baseline: 0, lift: 3, spark: [] },
          { term: 'c', count: 9, baseline: 2, lift: 3, spark: [] },
        ],
      }),
    });
    expect(rows.map((r) => r.term)).toEqual(['c', 'a', 'b']);
  });

  it('formats the lift and marks hashtags', () => {
    expect(formatLift(3.24)).toBe('×3.2');
    expect(formatLift(14.4)).toBe('×14');
    expect(formatLift(0.8)).toBe('×0.8');
    expect(formatLift(Number.NaN)).toBe('×0.0');
    const [row] = trendingAdapter({ panels: panels({ trending: [term('#Launch', 4, 1)] }) });
    expect(row.hashtag).toBe(true);
    expect(row.liftText).toBe('×2.5');
  });

  it('keeps hostile terms as plain text, flattening control characters and clipping length', () => {
    expect(cleanTerm('<img src=x onerror=alert(1)>')).toBe('<img src=x onerror=alert(1)>');
    expect(cleanTerm('a\nb\u0000c\u2028d')).toBe('a b c d');
    const long = cleanTerm('😀'.repeat(100));
    expect(Array.from(long)).toHaveLength(TERM_MAX);
    expect(long.endsWith('…')).toBe(true);
  });

  it('caps at TRENDING_MAX, drops empty and repeated terms, and is empty before data', () => {
    const many = Array.from({ length: 30 }, (_, i) => term(`w${i}`, i, 0));
    expect(trendingAdapter({ panels: panels({ trending: many }) })).toHaveLength(TRENDING_MAX);
    const rows = trendingAdapter({ panels: panels({ trending: [term('  ', 9, 0), term('x\n', 2, 0), term('x', 5, 0)] }) });
    expect(rows.map((r) => [r.term, r.count])).toEqual([['x', 5]]);
    expect(trendingAdapter({ panels: null })).toEqual([]);
  });
});
