import { describe, expect, it } from 'vitest';
import { TOPIC_LABEL_MAX, topicsAdapter } from '../../../client/panels/topics/adapter';
import { sparkPoints } from '../../../client/panels/topics/spark';
import type { TopicStat } from '../../../shared/frame';
import { TOPICS_MAX } from '../../../shared/constants';
import { panels } from './fixtures';

const stat = (topic: string, positive: number, neutral: number, negative: number, spark: number[] = []): TopicStat => ({
  topic, positive, neutral, negative, count: positive + neutral + negative, spark,
});
const topics = [
  { id: 'battery', label: 'Battery life' },
  { id: 'price', label: 'Price' },
];

describe('topics adapter', () => {
  it('ranks by count, labels from the tracked topics, falls back to the id', () => {
    const rows = topicsAdapter({ panels: panels({ topics: [stat('price', 1, 0, 1), stat('battery', 5, 3, 2), stat('shipping', 0, 4, 0)] }), topics });
    expect(rows.map((r) => r.id)).toEqual(['battery', 'shipping', 'price']);
    expect(rows.map((r) => r.label)).toEqual(['Battery life', 'shipping', 'Price']);
    expect(rows.map((r) => r.count)).toEqual([10, 4, 2]);
  });

  it('scales bars to the largest topic and splits them by polarity', () => {
    const [a, b] = topicsAdapter({ panels: panels({ topics: [stat('battery', 5, 3, 2), stat('price', 1, 0, 1)] }), topics });
    expect(a.barPercent).toBe(100);
    expect(b.barPercent).toBe(20);
    expect(a.shares).toEqual({ positive: 50, neutral: 30, negative: 20 });
    expect(a.net).toBe(30);
    expect(b.net).toBe(0);
  });

  it('keeps at most TOPICS_MAX (or the option) and drops empty topics', () => {
    const many = Array.from({ length: TOPICS_MAX + 5 }, (_, i) => stat(`t${i}`, i + 1, 0, 0));
    expect(topicsAdapter({ panels: panels({ topics: many }), topics })).toHaveLength(TOPICS_MAX);
    expect(topicsAdapter({ panels: panels({ topics: many }), topics }, 3).map((r) => r.id)).toEqual(['t24', 't23', 't22']);
    expect(topicsAdapter({ panels: panels({ topics: [stat('x', 0, 0, 0)] }), topics })).toEqual([]);
  });

  it('clips a long label and is empty before data', () => {
    const rows = topicsAdapter({ panels: panels({ topics: [stat('long', 1, 0, 0)] }), topics: [{ id: 'long', label: 'x'.repeat(200) }] });
    expect(rows[0].label).toHaveLength(TOPIC_LABEL_MAX);
    expect(topicsAdapter({ panels: null, topics: [] })).toEqual([]);
  });
});

describe('sparkline points', () => {
  it('spreads x over the width and puts the max at the top, 0 at the bottom', () => {
    const pts = sparkPoints([0, 5, 10], 100, 30).split(' ').map((p) => p.split(',').map(Number));
    expect(pts.map((p) => p[0])).toEqual([0, 50, 100]);
    expect(pts[0][1]).toBeGreaterThan(pts[1][1]);
    expect(pts[1][1]).toBeGreaterThan(pts[2][1]);
    expect(pts[2][1]).toBe(1.5);
    expect(pts[0][1]).toBe(28.5);
  });

  it('draws nothing for fewer than two points and a flat line for all zeros', () => {
    expect(sparkPoints([4], 100, 30)).toBe('');
    expect(sparkPoints([0, 0], 100, 30)).toBe('0,28.5 100,28.5');
    expect(sparkPoints([Number.NaN, -3, 2], 100, 30)).toBe('0,28.5 50,28.5 100,1.5');
  });
});
