import type { TrendingTerm } from '../../../shared/frame';
import { TRENDING_MAX } from '../../../shared/constants';
import type { WallState } from '../../state/types';

export type TrendingInput = Pick<WallState, 'panels'>;

export interface TrendingRow {
  /** The term as received (social media text: rendered as a React text node only), clipped. */
  term: string;
  hashtag: boolean;
  count: number;
  baseline: number;
  lift: number;
  /** "×3.2" (one decimal below 10), "×14" above. */
  liftText: string;
  spark: number[];
}

/** Characters of a term shown at most. */
export const TERM_MAX = 48;

const num = (n: unknown) => (typeof n === 'number' && Number.isFinite(n) && n > 0 ? n : 0);

/** "×3.2", "×14"; lift below 1 reads "×0.8". */
export function formatLift(lift: number): string {
  const l = num(lift);
  return l >= 9.95 ? `×${Math.round(l)}` : `×${l.toFixed(1)}`;
}

/** Collapse whitespace and control characters, clip to TERM_MAX (by code point, so no split surrogate). */
export function cleanTerm(term: string): string {
  // eslint-disable-next-line no-control-regex
  const flat = String(term).replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\s]+/g, ' ').trim();
  const chars = Array.from(flat);
  return chars.length > TERM_MAX ? chars.slice(0, TERM_MAX - 1).join('') + '…' : flat;
}

/** Trending terms ranked by lift (then count, then term), top `max`; empty and repeated terms dropped. */
export function trendingAdapter({ panels }: TrendingInput, max: number = TRENDING_MAX): TrendingRow[] {
  const src: readonly TrendingTerm[] = Array.isArray(panels?.trending) ? panels.trending : [];
  return src
    .filter((t) => t && typeof t.term === 'string')
    .map((t) => {
      const term = cleanTerm(t.term);
      const lift = num(t.lift);
      return {
        term,
        hashtag: term.startsWith('#'),
        count: Math.round(num(t.count)),
        baseline: num(t.baseline),
        lift,
        liftText: formatLift(lift),
        spark: Array.isArray(t.spark) ? t.spark.map(num) : [],
      };
    })
    .filter((r) => r.term !== '')
    .sort((a, b) => b.lift - a.lift || b.count - a.count || (a.term < b.term ? -1 : a.term > b.term ? 1 : 0))
    .filter(firstOfTerm())
    .slice(0, Math.max(0, max));
}

/** Keeps the first row of each term (two raw terms can clean to the same text). */
function firstOfTerm() {
  const seen = new Set<string>();
  return (r: TrendingRow) => {
    if (seen.has(r.term)) return false;
    seen.add(r.term);
    return true;
  };
}
