/**
 * Aggregates over the matching rows: breakdowns by a dimension (counts for every value, then
 * polarity and reach for the values kept), bucketed series. Every dimension has global integer
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

/** Pass 1: the count of every code of the dimension. */
export function countCodes(matches: Match[], dim: ExploreDimension, size: number): Int32Array {
  const counts = new Int32Array(size);
  const col = COLUMN_DIMS[dim];
  for (const { seg, rows } of matches) {
    if (col) {
      const codes = seg.cols[col];
      for (let i = 0; i < rows.length; i++) counts[codes[rows[i]]]++;
      continue;
    }
    const { offsets, values } = forwardOf(seg, dim);
    for (let i = 0; i < rows.length; i++) {
      const r = rows[i];
      for (let j = offsets[r], e = offsets[r + 1]; j < e; j++) counts[values[j]]++;
    }
  }
  return counts;
}

/** Pass 2: polarity and reach of the selected codes (sel: code -> index in out, or -1). */
export function addDetails(matches: Match[], dim: ExploreDimension, sel: Int32Array, out: ValueCounts[]): void {
  const col = COLUMN_DIMS[dim];
  for (const { seg, rows } of matches) {
    const pol = seg.cols.polarity;
    const reach = seg.reach;
    const one = (r: number, si: number) => {
      const o = out[si];
      const p = pol[r];
      if (p === POSITIVE) o.positive++; else if (p === NEGATIVE) o.negative++; else if (p === NEUTRAL) o.neutral++;
      o.reach += reach[r];
    };
    if (col) {
      const cs = seg.cols[col];
      for (let i = 0; i < rows.length; i++) { const si = sel[cs[rows[i]]]; if (si >= 0) one(rows[i], si); }
      continue;
    }
    const { offsets, values } = forwardOf(seg, dim);
    for (let i = 0; i < rows.length; i++) {
      const r = rows[i];
      for (let j = offsets[r], e = offsets[r + 1]; j < e; j++) { const si = sel[values[j]]; if (si >= 0) one(r, si); }
    }
  }
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
