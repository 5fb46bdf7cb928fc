import type { AnalyzedMention } from '../../shared/mention';
import type { RollupGroup, RollupQuery, SeriesPoint } from '../../shared/rollup';

/**
 * Counters per time bucket. Every chart reads these; the memory store is the embedded default,
 * a Redis store implements the same contract.
 */
export interface RollupStore {
  /** Counts a batch of analyzed mentions into every resolution and the lifetime totals. */
  add(batch: readonly AnalyzedMention[]): Promise<void>;
  /** Groups summed over the query's time range (or lifetime for resolution 'total'). */
  query(q: RollupQuery): Promise<RollupGroup[]>;
  /** One point per bucket in [from, to), oldest first; buckets with no data are included with no groups. */
  series(q: RollupQuery): Promise<SeriesPoint[]>;
  /** Drops buckets that fell out of retention as of now. */
  prune(now: number): Promise<void>;
}
