import type { VolumePoint } from '../../../shared/frame';
import { DAY_BUCKET_MS, DAY_MS, VOLUME_BUCKETS } from '../../../shared/constants';
import type { WallState } from '../../state/types';

export type VolumeInput = Pick<WallState, 'volume' | 'bucketMs'>;

export interface VolumeData {
  /** One row per bucket, oldest first, with no gaps (missing buckets count 0). */
  rows: VolumePoint[];
  bucketMs: number;
  /** Mentions in the window. */
  total: number;
}

/** The volume chart's window: the last hour (10 s buckets, state.volume) or 24 h (5-min buckets, panels.volumeDay). */
export type VolumeRange = '1h' | '24h';

/** Buckets of the 24-hour chart at most. */
export const DAY_BUCKETS = Math.round(DAY_MS / DAY_BUCKET_MS);

export function volumeRange(x: unknown): VolumeRange {
  return x === '24h' ? '24h' : '1h';
}

/** Rows of the 24-hour chart from the slower panel data (empty before the first snapshot). */
export function dayVolumeAdapter(volumeDay: readonly VolumePoint[] | undefined): VolumeData {
  return volumeAdapter({ volume: (volumeDay ?? []) as VolumePoint[], bucketMs: DAY_BUCKET_MS }, DAY_BUCKETS);
}

/** Chart rows for the volume window: sorted, gaps filled with zeros, at most `maxBuckets` (VOLUME_BUCKETS). */
export function volumeAdapter({ volume, bucketMs }: VolumeInput, maxBuckets: number = VOLUME_BUCKETS): VolumeData {
  const rows: VolumePoint[] = [];
  let total = 0;
  const push = (p: VolumePoint) => {
    rows.push(p);
    total += p.positive + p.neutral + p.negative;
  };
  const sorted = isSorted(volume) ? volume : [...volume].sort((a, b) => a.t - b.t);
  for (const p of sorted) {
    const prev = rows[rows.length - 1];
    if (bucketMs > 0 && prev) {
      // fill a gap only within the window: never more than VOLUME_BUCKETS rows
      const gap = Math.min(Math.round((p.t - prev.t) / bucketMs) - 1, maxBuckets);
      for (let k = 1; k <= gap; k++) push({ t: prev.t + k * bucketMs, positive: 0, neutral: 0, negative: 0 });
    }
    push(p);
  }
  if (rows.length > maxBuckets) {
    for (const p of rows.splice(0, rows.length - maxBuckets)) total -= p.positive + p.neutral + p.negative;
  }
  return { rows, bucketMs, total };
}

function isSorted(v: readonly VolumePoint[]): boolean {
  for (let i = 1; i < v.length; i++) if (v[i - 1].t > v[i].t) return false;
  return true;
}
