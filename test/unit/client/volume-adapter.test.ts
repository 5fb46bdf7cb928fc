import { describe, expect, it } from 'vitest';
import { volumeAdapter } from '../../../client/panels/volume/adapter';
import { VOLUME_BUCKETS } from '../../../shared/constants';
import { BUCKET_MS, point, T0 } from './fixtures';

describe('volumeAdapter', () => {
  it('fills missing buckets with zeros so the chart does not interpolate over gaps', () => {
    const data = volumeAdapter({ volume: [point(0, 2), point(3, 5)], bucketMs: BUCKET_MS });
    expect(data.rows.map((r) => [(r.t - T0) / BUCKET_MS, r.positive])).toEqual([[0, 2], [1, 0], [2, 0], [3, 5]]);
    expect(data.total).toBe(7);
  });

  it('sorts unsorted input', () => {
    const data = volumeAdapter({ volume: [point(1), point(0)], bucketMs: BUCKET_MS });
    expect(data.rows.map((r) => r.t)).toEqual([T0, T0 + BUCKET_MS]);
  });

  it('never returns more than VOLUME_BUCKETS rows', () => {
    const data = volumeAdapter({ volume: [point(0, 1), point(VOLUME_BUCKETS * 3, 4)], bucketMs: BUCKET_MS });
    expect(data.rows.length).toBeLessThanOrEqual(VOLUME_BUCKETS);
    expect(data.rows.at(-1)!.positive).toBe(4);
    expect(data.total).toBe(4);
  });

  it('sums every polarity in the total', () => {
    const data = volumeAdapter({ volume: [{ t: T0, positive: 1, neutral: 2, negative: 3 }], bucketMs: BUCKET_MS });
    expect(data.total).toBe(6);
  });

  it('is empty before the first snapshot', () => {
    expect(volumeAdapter({ volume: [], bucketMs: 0 })).toEqual({ rows: [], bucketMs: 0, total: 0 });
  });
});

describe('dayVolumeAdapter', () => {
  it('uses 5-minute buckets over 24 h: at most 288 rows', async () => {
    const { dayVolumeAdapter, DAY_BUCKETS, volumeRange } = await import('../../../client/panels/volume/adapter');
    const step = 5 * 60_000;
    const pts = Array.from({ length: 400 }, (_, i) => ({ t: i * step, positive: 1, neutral: 0, negative: 0 }));
    const d = dayVolumeAdapter(pts);
    expect(DAY_BUCKETS).toBe(288);
    expect(d.rows).toHaveLength(288);
    expect(d.bucketMs).toBe(step);
    expect(d.total).toBe(288);
    expect(dayVolumeAdapter(undefined).rows).toEqual([]);
    expect(volumeRange('24h')).toBe('24h');
    expect(volumeRange('nope')).toBe('1h');
  });
});
