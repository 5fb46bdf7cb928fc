/**
 * Aggregates over the matching rows: breakdowns by a dimension (count, polarity and reach of
 * every value in one pass), bucketed series. Every dimension has global integer
 * codes, so the work is typed-array counting over the matching rows only: single-valued
 * dimensions read a column, multi-valued ones (brand, topic, term, hashtag) the row's values in
 * the forward store, so a mention counts once under each of its values.
 */
import type { ExploreDimension } from '../../shared/explore';
import type { Dict } from './dict';
import type { Forward } from './forward';
import { NEGATIVE, NEUTRAL, POSITIVE, type ColumnName, type Dicts, type Segment } from './segment';
import type { Buckets, ValueCounts } from './types';

/** The matching rows of one segment (a copy, valid across passes). */
export interface Match { seg: Segment; rows: Int32Array }

export const COLUMN_DIMS: Partial<Record<ExploreDimension, ColumnName>> = {
  channel: 'channel', polarity: 'polarity', intent: 'intent', country: 'country', region: 'region',
  language: 'language', department: 'department', query: 'query', author: 'author',
};

export function dictOf(dicts: Dicts, dim: ExploreDimension): Dict {
  const col = COLUMN_DIMS[dim];
  if (col) return dicts[col];
  return dim === 'brand' ? dicts.brand : dim === 'topic' ? dicts.topic : dicts.term;
}

export function forwardOf(seg: Segment, dim: ExploreDimension): Forward {
  return dim === 'brand' ? seg.fwd.brand : dim === 'topic' ? seg.fwd.topic : seg.fwd.term;
}

/**
 * Every code of the dimension in one pass over the matching rows: its count, its count per
 * polarity (code * 4 + polarity code) and its reach.
 */
export interface Tally { counts: Int32Array; byPolarity: Int32Array; reach: Float64Array }

export function tally(matches: Match[], dim: ExploreDimension, size: number): Tally {
  const counts = new Int32Array(size);
  const byPolarity = new Int32Array(size * 4);
  const reachOf = new Float64Array(size);
  const col = COLUMN_DIMS[dim];
  for (const { seg, rows } of matches) {
    const pol = seg.cols.polarity;
    const reach = seg.reach;
    if (col) {
      const codes = seg.cols[col];
      for (let i = 0; i < rows.length; i++) {
        const r = rows[i];
        const c = codes[r];
        counts[c]++;
        byPolarity[c * 4 + pol[r]]++;
        reachOf[c] += reach[r];
      }
      continue;
    }
    const { offsets, values } = forwardOf(seg, dim);
    for (let i = 0; i < rows.length; i++) {
      const r = rows[i];
      const p = pol[r];
      const x = reach[r];
      for (let j = offsets[r], e = offsets[r + 1]; j < e; j++) {
        const c = values[j];
        counts[c]++;
        byPolarity[c * 4 + p]++;
        reachOf[c] += x;
      }
    }
  }
  return { counts, byPolarity, reach: reachOf };
}

/** The breakdown entry of one code (code < 0: a key asked for that no mention has). */
export function valueCounts(t: Tally, code: number, key: string): ValueCounts {
  if (code < 0) return { key, count: 0, positive: 0, neutral: 0, negative: 0, reach: 0 };
  const b = code * 4;
  return {
    key, count: t.counts[code], positive: t.byPolarity[b + POSITIVE], neutral: t.byPolarity[b + NEUTRAL],
    negative: t.byPolarity[b + NEGATIVE], reach: t.reach[code],
  };
}

/**
 * The `limit` codes with the highest counts (ties by key), without sorting every code: a
 * threshold from a partial pass, then a sort of the few at or above it.
 */
export function topCodes(codes: number[], counts: Int32Array, keyOf: (c: number) => string, limit: number | undefined): number[] {
  const cmp = (a: number, b: number) => counts[b] - counts[a] || (keyOf(a) < keyOf(b) ? -1 : 1);
  if (limit === undefined || codes.length <= limit * 4) {
    codes.sort(cmp);
    if (limit !== undefined && codes.length > limit) codes.length = limit;
    return codes;
  }
  // the limit-th largest count: every code with a count at or above it is a candidate
  const vals = Int32Array.from(codes, (c) => counts[c]).sort();
  const cut = vals[vals.length - limit];
  const picked = codes.filter((c) => counts[c] >= cut).sort(cmp);
  picked.length = Math.min(picked.length, limit);
  return picked;
}

export const isHashtag = (k: string) => k.charCodeAt(0) === 0x23;

/** Which codes of a dictionary a dimension shows: term and hashtag split the term dictionary. */
export function keepFor(dim: ExploreDimension): ((k: string) => boolean) | undefined {
  if (dim === 'hashtag') return isHashtag;
  if (dim === 'term') return (k) => !isHashtag(k);
  return undefined;
}

/**
 * The bucket index of each matching row: a division when the inner bounds are a regular grid
 * (`step`), else a binary search.
 */
export function bucketsOf(seg: Segment, rows: Int32Array, n: number, b: Buckets, out: Int32Array): void {
  const t = seg.t;
  const bounds = b.bounds;
  const nb = bounds.length - 1;
  if (b.step) {
    const step = b.step;
    const first = bounds[0] - (bounds[0] % step);
    for (let i = 0; i < n; i++) {
      const k = Math.floor((t[rows[i]] - first) / step);
      out[i] = k < 0 ? 0 : k >= nb ? nb - 1 : k;
    }
    return;
  }
  for (let i = 0; i < n; i++) {
    const tt = t[rows[i]];
    let lo = 0;
    let hi = nb - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (bounds[mid] <= tt) lo = mid; else hi = mid - 1;
    }
    out[i] = lo;
  }
}
