import { RESOLUTIONS } from '../../shared/constants';
import type { AnalyzedMention } from '../../shared/mention';
import type { RedisKeys } from '../cluster/keys';
import { KeyTable, mentionKeyIds } from './keys';
import type { ResolutionSpec } from './memory';

/** Separator of the dimension values in a Redis hash field (the same as the memory key table's). */
export const FIELD_SEP = '\u0001';

/** A bucket hash lives this many periods past its retention window (the explicit prune usually drops it first). */
const TTL_SLACK_PERIODS = 2;

/** The increments of one rollup hash in one write. */
export interface BucketWrite {
  key: string;
  /** PEXPIRE after the write (0: never expires, the lifetime totals). */
  ttlMs: number;
  /** The resolution's index of bucket starts (absent for the totals). */
  index?: string;
  start: number;
  fields: Map<string, number>;
}

export function oldestStart(r: ResolutionSpec, now: number): number {
  return now - (now % r.ms) - (r.retain - 1) * r.ms;
}

/**
 * Turns a batch of analyzed mentions (each with the time it is bucketed at) into per-hash field
 * increments, summed, for every resolution and the lifetime totals: the same counting rule as the
 * memory store (ANY and each brand × ANY and each topic; buckets out of retention skipped).
 */
export class RollupPlanner {
  private table = new KeyTable();
  private fields: string[] = [];

  constructor(private keys: RedisKeys, private resolutions: readonly ResolutionSpec[] = RESOLUTIONS) {}

  plan(items: readonly { m: AnalyzedMention; t: number }[], now: number): BucketWrite[] {
    const out = new Map<string, BucketWrite>();
    const write = (key: string, ttlMs: number, start: number, index?: string): BucketWrite => {
      let w = out.get(key);
      if (!w) { w = { key, ttlMs, start, index, fields: new Map() }; out.set(key, w); }
      return w;
    };
    const oldest = this.resolutions.map((r) => oldestStart(r, now));
    for (const { m, t } of items) {
      const ids = mentionKeyIds(m, this.table);
      const names = ids.map((id) => this.field(id));
      const total = write(this.keys.total, 0, 0);
      for (const f of names) total.fields.set(f, (total.fields.get(f) ?? 0) + 1);
      this.resolutions.forEach((r, i) => {
        const start = t - (t % r.ms);
        if (start < oldest[i]) return;
        const w = write(this.keys.bucket(r.name, start), (r.retain + TTL_SLACK_PERIODS) * r.ms, start, this.keys.bucketIndex(r.name));
        for (const f of names) w.fields.set(f, (w.fields.get(f) ?? 0) + 1);
      });
    }
    return [...out.values()];
  }

  private field(id: number): string {
    return (this.fields[id] ??= this.table.tuples[id].join(FIELD_SEP));
  }
}

/**
 * Encodes rollup writes for the COMMIT script: the keys it touches are appended to `keys` (whose
 * first `keys.length` entries are already taken), the arguments to `args`.
 */
export function encodeWrites(writes: readonly BucketWrite[], keys: string[], args: (string | number)[]): void {
  args.push(writes.length);
  const pos = new Map<string, number>();
  const keyPos = (k: string) => {
    let p = pos.get(k);
    if (p === undefined) { keys.push(k); p = keys.length; pos.set(k, p); }
    return p;
  };
  for (const w of writes) {
    args.push(keyPos(w.key), w.ttlMs, w.index ? keyPos(w.index) : 0, w.start, w.fields.size);
    for (const [f, n] of w.fields) args.push(f, n);
  }
}
