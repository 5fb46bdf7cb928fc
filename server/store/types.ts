import type { AnalyzedMention } from '../../shared/mention';

/** Recent analyzed mentions, bounded: the river and drill-down read them. */
export interface MentionStore {
  add(batch: readonly AnalyzedMention[]): Promise<void>;
  get(id: string): Promise<AnalyzedMention | undefined>;
  /** Newest first (by arrival), at most limit. */
  recent(limit: number): Promise<AnalyzedMention[]>;
  /** Mentions held now (never more than the configured capacity). */
  size(): Promise<number>;
}

/** Remembers mention ids to drop duplicates. Shared across nodes in Redis mode. */
export interface DedupeStore {
  /** For each id, true if it was not seen before (and is now remembered), false for a duplicate. */
  claim(ids: readonly string[]): Promise<boolean[]>;
}
