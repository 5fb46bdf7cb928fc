/**
 * Aggregates over the matching rows of a segment: breakdowns by a dimension (with polarity and
 * reach), bucketed series, KPIs. Multi-valued dimensions go through their posting lists against
 * a mask of the matching rows, so a mention counts once under each of its values.
 */
import type { ExploreDimension } from '../../shared/explore';
import { NONE_KEY } from '../../shared/explore';
import type { Dict } from './dict';
import type { Postings, Rows } from './postings';
import { NEGATIVE, NEUTRAL, POSITIVE, type ColumnName, type Dicts, type Segment } from './segment';
import type { Buckets, ValueCounts } from './types';

export const COLUMN_DIMS: Partial<Record<ExploreDimension, ColumnName>> = {
  channel: 'channel', polarity: 'polarity', intent: 'intent', country: 'country', region: 'region',
  language: 'language', department: 'department', query: 'query',
};

/** Per-code accumulators for a dimension with global codes. */
export class CodeAcc {
  count: Float64Array;
  pos: Float64Array;
  neu: Float64Array;
  neg: Float64Array;
  reach: Float64Array;
  constructor(readonly dict: Dict) {
    const n = dict.size;
    this.count = new Float64Array(n);
    this.pos = new Float64Array(n);
    this.neu = new Float64Array(n);
    this.neg = new Float64Array(n);
    this.reach = new Float64Array(n);
  }

  result(): ValueCounts[] {
    const out: ValueCounts[] = [];
    for (let c = 0; c < this.count.length; c++) {
      if (this.count[c] === 0) continue;
      out.push({ key: this.dict.values[c], count: this.count[c], positive: this.pos[c], neutral: this.neu[c], negative: this.neg[c], reach: this.reach[c] });
    }
    return out;
  }
}

/** Breakdown by a single-valued column. */
export function addColumn(seg: Segment, col: ColumnName, rows: Int32Array, n: number, acc: CodeAcc): void {
  const codes = seg.cols[col];
  const pol = seg.cols.polarity;
  const reach = seg.reach;
  const { count, pos, neu, neg } = acc;
  for (let i = 0; i < n; i++) {
    const r = rows[i];
    const c = codes[r];
    count[c]++;
    const p = pol[r];
    if (p === POSITIVE) pos[c]++; else if (p === NEGATIVE) neg[c]++; else if (p === NEUTRAL) neu[c]++;
    acc.reach[c] += reach[r];
  }
}

function addRows(seg: Segment, list: Rows, mask: Uint8Array, into: { count: number; positive: number; neutral: number; negative: number; reach: number }): void {
  const pol = seg.cols.polarity;
  const reach = seg.reach;
  for (let i = 0; i < list.length; i++) {
    const r = list[i];
    if (mask[r] === 0) continue;
    into.count++;
    const p = pol[r];
    if (p === POSITIVE) into.positive++; else if (p === NEGATIVE) into.negative++; else if (p === NEUTRAL) into.neutral++;
    into.reach += reach[r];
  }
}

/** Breakdown by brand or topic (global codes in posting lists); mask marks the matching rows. */
export function addCodedPostings(seg: Segment, p: Postings<number>, mask: Uint8Array, acc: CodeAcc): void {
  const one = { count: 0, positive: 0, neutral: 0, negative: 0, reach: 0 };
  for (const [code, list] of p.entriesIter()) {
    one.count = 0; one.positive = 0; one.neutral = 0; one.negative = 0; one.reach = 0;
    addRows(seg, list, mask, one);
    if (one.count === 0) continue;
    acc.count[code] += one.count;
    acc.pos[code] += one.positive;
    acc.neu[code] += one.neutral;
    acc.neg[code] += one.negative;
    acc.reach[code] += one.reach;
  }
}

/** Breakdown by a string-keyed posting list (terms, hashtags, authors), merged across segments. */
export function addStringPostings(seg: Segment, p: Postings<string>, mask: Uint8Array, keep: (k: string) => boolean, acc: Map<string, ValueCounts>): void {
  for (const [key, list] of p.entriesIter()) {
    if (!keep(key)) continue;
    let cur = acc.get(key);
    const had = cur !== undefined;
    if (!cur) cur = { key, count: 0, positive: 0, neutral: 0, negative: 0, reach: 0 };
    addRows(seg, list, mask, cur);
    if (!had && cur.count > 0) acc.set(key, cur);
  }
}

export const isHashtag = (k: string) => k.charCodeAt(0) === 0x23;
export const isWordTerm = (k: string) => k.charCodeAt(0) !== 0x23;
export const isAuthor = (k: string) => k !== NONE_KEY;

/** The bucket of time t: a division when the inner bounds are a regular grid, else a binary search. */
export function bucketFn(b: Buckets): (t: number) => number {
  const bounds = b.bounds;
  const nb = bounds.length - 1;
  if (b.step) {
    const step = b.step;
    const first = bounds[0] - (bounds[0] % step);
    return (t) => {
      const i = Math.floor((t - first) / step);
      return i < 0 ? 0 : i >= nb ? nb - 1 : i;
    };
  }
  return (t) => {
    let lo = 0;
    let hi = nb - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (bounds[mid] <= t) lo = mid; else hi = mid - 1;
    }
    return lo;
  };
}

export type { Dicts };
