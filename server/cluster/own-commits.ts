import type { AnalyzedMention } from '../../shared/mention';

/** Own commits remembered at most: a tail further behind than this parses the rest. */
export const OWN_COMMITS_MAX = 20_000;

/**
 * The analyzed mentions this node's worker committed, by the JSON text it wrote for each, until
 * this node's tail reads them back from the analyzed stream: the tail then hands on the worker's
 * object instead of parsing the text again (JSON.parse was about a third of the tail's time). The
 * text is the key, so an entry is taken only for exactly the text that was written; anything not
 * found (other nodes' commits, a commit that lost to another worker, entries skipped by a reload)
 * is parsed as before. Bounded: past `max`, the oldest are forgotten.
 */
export class OwnCommits {
  private byJson = new Map<string, AnalyzedMention>();

  constructor(private readonly max = OWN_COMMITS_MAX) {}

  get size(): number { return this.byJson.size; }

  put(json: string, m: AnalyzedMention): void {
    if (this.byJson.size >= this.max) {
      const oldest = this.byJson.keys().next();
      if (!oldest.done) this.byJson.delete(oldest.value);
    }
    this.byJson.set(json, m);
  }

  /** The committed mention written as exactly this text (forgotten once taken). */
  take(json: string): AnalyzedMention | undefined {
    const m = this.byJson.get(json);
    if (m !== undefined) this.byJson.delete(json);
    return m;
  }

  clear(): void { this.byJson.clear(); }
}
