import { describe, expect, it } from 'vitest';
import { niceScale, stackGeometry, timeTicks } from '../../../client/panels/volume/geometry';

const M = { top: 0, right: 0, bottom: 0, left: 0 };

describe('volume chart geometry', () => {
  it('rounds the y scale up to a nice step', () => {
    expect(niceScale(0)).toEqual({ max: 1, step: 1 });
    expect(niceScale(7)).toEqual({ max: 8, step: 2 });
    expect(niceScale(93)).toEqual({ max: 100, step: 25 });
    expect(niceScale(1234)).toEqual({ max: 1500, step: 500 });
  });

  it('places time ticks on round times at least the minimum gap apart', () => {
    const t0 = Date.UTC(2026, 0, 1, 12, 0, 5);
    const ticks = timeTicks(t0, t0 + 3_600_000, 1000, 80);
    expect(ticks.every((t) => t % 300_000 === 0)).toBe(true);
    expect(ticks.length).toBeGreaterThanOrEqual(8);
    expect(ticks.length).toBeLessThanOrEqual(13);
  });

  it('stacks the series: the top edge of the last series is the total', () => {
    const rows = [
      { t: 0, positive: 1, neutral: 2, negative: 3 },
      { t: 10, positive: 0, neutral: 0, negative: 0 },
      { t: 20, positive: 4, neutral: 0, negative: 4 },
    ];
    const g = stackGeometry(rows, ['negative', 'neutral', 'positive'], 100, 80, M, 10)!;
    expect(g.yMax).toBe(8);
    expect(g.areas.map((a) => a.key)).toEqual(['negative', 'neutral', 'positive']);
    // negative (bottom) reaches 3 of 8 at x=0 -> y = 80 - 30 = 50; the stack top reaches 6 -> y = 20
    expect(g.areas[0].d.startsWith('M0,50')).toBe(true);
    expect(g.areas[2].d.startsWith('M0,20')).toBe(true);
    // the last point of the top series is the total 8 at the right edge -> y = 0
    expect(g.areas[2].d).toContain('L100,0');
    expect(g.areas.every((a) => a.d.endsWith('Z'))).toBe(true);
  });

  it('draws nothing without room or with fewer than two points', () => {
    expect(stackGeometry([{ t: 0, positive: 1, neutral: 0, negative: 0 }], ['positive'], 100, 100, M, 10)).toBeNull();
    expect(stackGeometry([{ t: 0, positive: 1, neutral: 0, negative: 0 }, { t: 1, positive: 1, neutral: 0, negative: 0 }], ['positive'], 0, 100, M, 10)).toBeNull();
  });
});
