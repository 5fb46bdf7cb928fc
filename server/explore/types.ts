import type { Held, Kpis, ExploreSort, ExploreOrder, ExploreDimension, ExploreFilter } from '../../shared/explore';
import type { AnalyzedMention } from '../../shared/mention';

/** A filter with its time resolved to an absolute [from, to). */
export type IndexQuery = Omit<ExploreFilter, 'range' | 'from' | 'to'> & { from: number; to: number };

/** Counts of one value of a dimension. */
export interface ValueCounts {
  key: string;
  count: number;
  positive: number;
  neutral: number;
  negative: number;
  reach: number;
}

/**
 * Bucket boundaries: [b0, b1, ..., bn], bucket i is [b_i, b_(i+1)). When `step` is set the inner
 * boundaries are the multiples of step (b0 and bn may be clipped), which lets the index compute a
 * bucket without a search.
 */
export interface Buckets {
  bounds: number[];
  step?: number;
}

export interface BreakdownOptions {
  limit?: number;
  minCount?: number;
  keys?: string[];
}

export interface BreakdownResult {
  items: ValueCounts[];
  /** Values with at least one mention. */
  distinct: number;
  /** The sum of every value's count (a multi-valued dimension counts a mention once per value). */
  sum: number;
  /** Mentions matching the query. */
  matched: number;
}

export interface SeriesCounts {
  /** Per bucket: matching mentions. */
  totals: number[];
  /** Per split key (in the order given), per bucket. */
  counts?: number[][];
}

export interface PageRequest {
  sort: ExploreSort;
  order: ExploreOrder;
  limit: number;
  offset?: number;
  /** Continue after this item (its sort value and sequence number). */
  after?: { v: number; seq: number };
}

export interface PageResult {
  total: number;
  items: { mention: AnalyzedMention; v: number; seq: number }[];
}

/**
 * Mention-level index behind Explore: filter, count, aggregate and page the analyzed mentions of
 * a bounded recent window. Every answer counts the same mentions for the same query and snapshot
 * (asOf), so a chart and its drill-down agree exactly. The embedded implementation is in memory;
 * in Redis mode each node keeps its own, fed by the shared stream, behind the same contract.
 */
export interface MentionIndex {
  add(batch: readonly AnalyzedMention[]): Promise<void>;
  /** The sequence number the next mention will get: a snapshot to pass as asOf. */
  seq(): Promise<number>;
  /** What the index still holds. */
  held(): Promise<Held>;
  count(q: IndexQuery): Promise<number>;
  kpis(q: IndexQuery): Promise<Kpis>;
  /**
   * Values of a dimension among the matching mentions (multi-valued: a mention counts under each):
   * the largest first (ties by key), at most `limit`, each at least `minCount`; or exactly `keys`
   * (in that order, with zero counts).
   */
  breakdown(q: IndexQuery, dim: ExploreDimension, opts?: BreakdownOptions): Promise<BreakdownResult>;
  /** Counts per bucket, and per bucket for each of `split.keys` of `split.dim`. */
  series(q: IndexQuery, buckets: Buckets, split?: { dim: ExploreDimension; keys: string[] }): Promise<SeriesCounts>;
  /** One page of the matching mentions, sorted (ties by sequence number, in the same direction). */
  page(q: IndexQuery, req: PageRequest): Promise<PageResult>;
  /** The matching mentions as JSON text, sorted, in batches (for streamed exports). */
  scan(q: IndexQuery, req: { sort: ExploreSort; order: ExploreOrder; batch: number }): AsyncIterable<string[]>;
}
