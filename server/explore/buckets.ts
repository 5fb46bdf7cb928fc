/**
 * Series buckets for [from, to): aligned on multiples of the interval (in UTC below an hour, on
 * the hours, 6-hour marks or midnights of the time zone from an hour up), the first and last
 * clipped to the range, so each bucket [t, to) is exactly what it counts.
 */
import { HOUR_MS } from '../../shared/constants';
import { INTERVAL_MS, SERIES_POINTS_MAX, type ExploreInterval } from '../../shared/explore';
import { fromLocal, offsetMs } from './tz';
import type { Buckets } from './types';

export class TooManyPoints extends Error {}

export function makeBuckets(from: number, to: number, interval: ExploreInterval, tz: string): Buckets {
  const step = INTERVAL_MS[interval];
  if ((to - from) / step > SERIES_POINTS_MAX + 1) throw new TooManyPoints(`interval ${interval} gives more than ${SERIES_POINTS_MAX} points over this range`);
  const utcAligned = step < HOUR_MS || (uniformOffset(tz, from, to) && offsetMs(tz, from) % step === 0);
  if (utcAligned) {
    const bounds = [from];
    for (let t = from - (from % step) + step; t < to; t += step) bounds.push(t);
    bounds.push(to);
    return { bounds, step };
  }
  const bounds = [from];
  let local = Math.floor((from + offsetMs(tz, from)) / step) * step;
  for (;;) {
    local += step;
    const t = fromLocal(local, tz);
    if (t >= to) break;
    if (t > bounds[bounds.length - 1]) bounds.push(t);
  }
  bounds.push(to);
  return { bounds };
}

/** Same UTC offset over the whole range (no daylight-saving change inside it)? Checked hourly. */
function uniformOffset(tz: string, from: number, to: number): boolean {
  const first = offsetMs(tz, from);
  for (let t = from; t < to; t += HOUR_MS) if (offsetMs(tz, t) !== first) return false;
  return offsetMs(tz, to) === first;
}
