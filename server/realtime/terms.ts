import { HOUR_MS, MINUTE_MS, TRENDING_MAX, TRENDING_RECENT_MS, DAY_BUCKET_MS } from '../../shared/constants';
import type { TrendingTerm } from '../../shared/frame';
import type { AnalyzedMention } from '../../shared/mention';

/** Term counts are kept per minute for an hour. */
const TERM_BUCKET_MS = MINUTE_MS;
const TERM_WINDOW_MS = HOUR_MS;
/** Distinct terms one bucket counts at most; past that only terms already in it are counted (bounded memory at any rate). */
export const TERMS_PER_BUCKET = 5000;
/** A term must be seen this often in the recent window, and this much above its baseline, to trend. */
const TRENDING_MIN_COUNT = 5;
export const TRENDING_MIN_LIFT = 2;
const SPARK_BUCKET_MS = DAY_BUCKET_MS;

/**
 * Counts the terms and hashtags of analyzed mentions per minute over the last hour, and ranks
 * those rising fastest against their own baseline: count in the last TRENDING_RECENT_MS against
 * what the rest of the hour predicts for a window that long.
 */
export class TermTracker {
  private buckets = new Map<number, Map<string, number>>();

  add(batch: readonly AnalyzedMention[], now: number): void {
    for (const m of batch) {
      const t = Math.min(m.createdAt, now);
      if (t < now - TERM_WINDOW_MS) continue;
      const start = t - (t % TERM_BUCKET_MS);
      let b = this.buckets.get(start);
      if (!b) { b = new Map(); this.buckets.set(start, b); }
      for (const term of m.terms) {
        const c = b.get(term);
        if (c !== undefined) b.set(term, c + 1);
        else if (b.size < TERMS_PER_BUCKET) b.set(term, 1);
      }
    }
  }

  prune(now: number): void {
    const oldest = now - (now % TERM_BUCKET_MS) - TERM_WINDOW_MS;
    for (const start of this.buckets.keys()) if (start < oldest) this.buckets.delete(start);
  }

  trending(now: number, max = TRENDING_MAX): TrendingTerm[] {
    this.prune(now);
    const recentFrom = now - TRENDING_RECENT_MS;
    const hourFrom = now - TERM_WINDOW_MS;
    const recent = new Map<string, number>();
    const before = new Map<string, number>();
    for (const [start, b] of this.buckets) {
      const into = start >= recentFrom - (recentFrom % TERM_BUCKET_MS) ? recent : before;
      for (const [term, c] of b) into.set(term, (into.get(term) ?? 0) + c);
    }
    const baselineSpan = Math.max(TERM_BUCKET_MS, recentFrom - hourFrom);
    const scale = TRENDING_RECENT_MS / baselineSpan;
    const ranked: TrendingTerm[] = [];
    for (const [term, count] of recent) {
      if (count < TRENDING_MIN_COUNT) continue;
      const baseline = (before.get(term) ?? 0) * scale;
      if ((count + 1) / (baseline + 1) < TRENDING_MIN_LIFT) continue;
      ranked.push({ term, count, baseline: Math.round(baseline * 10) / 10, lift: (count + 1) / (baseline + 1), spark: [] });
    }
    ranked.sort((a, b) => b.lift - a.lift || b.count - a.count);
    const top = ranked.slice(0, max);
    for (const t of top) t.spark = this.spark(t.term, now);
    return top;
  }

  private spark(term: string, now: number): number[] {
    const n = TERM_WINDOW_MS / SPARK_BUCKET_MS;
    const first = now - (now % SPARK_BUCKET_MS) - (n - 1) * SPARK_BUCKET_MS;
    const out = new Array<number>(n).fill(0);
    for (const [start, b] of this.buckets) {
      const i = Math.floor((start - first) / SPARK_BUCKET_MS);
      if (i >= 0 && i < n) out[i] += b.get(term) ?? 0;
    }
    return out;
  }

  /** Distinct (bucket, term) entries held, for memory checks. */
  size(): number {
    let n = 0;
    for (const b of this.buckets.values()) n += b.size;
    return n;
  }
}
