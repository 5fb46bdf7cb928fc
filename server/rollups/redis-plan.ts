import { ANY, NONE, RESOLUTIONS } from '../../shared/constants';
import type { AnalyzedMention } from '../../shared/mention';
import type { RedisKeys } from '../cluster/keys';
import type { ResolutionSpec } from './memory';

/** Separator of the dimension values in a Redis hash field (the same as the memory key table's). */
export const FIELD_SEP = '\u0001';
/** Separator of the brands (and of the topics) listed in a signature field. */
const LIST_SEP = '\u0002';
/** Starts a signature field; a field without it is one plain key tuple. */
const SIGNATURE = '\u0002';

/**
 * A mention's signature field: its distinct brands, its topics and the other dimensions. One
 * field per mention instead of one per brand × topic key (ANY and each brand × ANY and each topic,
 * often 4 or more): a commit makes that many times fewer HINCRBY calls, and reads expand the field
 * into the same keys (tuplesOfField) as the memory store counts (mentionKeyIds).
 */
export function signatureOf(m: AnalyzedMention): string {
  let brands = '';
  for (let i = 0; i < m.brands.length; i++) {
    const b = m.brands[i].brand;
    if (b === ANY || m.brands.findIndex((x) => x.brand === b) < i) continue;
    brands = brands === '' ? b : brands + LIST_SEP + b;
  }
  return SIGNATURE + brands + FIELD_SEP + m.topics.join(LIST_SEP) + FIELD_SEP + [m.channel, m.sentiment.polarity,
    m.place.country ?? NONE, m.query ?? NONE, m.place.region ?? NONE, m.intent].join(FIELD_SEP);
}

/** The key tuples a hash field counts under: a signature's brand × topic keys, or the one plain tuple. */
export function tuplesOfField(field: string): string[][] {
  if (!field.startsWith(SIGNATURE)) return [field.split(FIELD_SEP)];
  const [b, t, ...rest] = field.slice(SIGNATURE.length).split(FIELD_SEP);
  const brands = b === '' ? [ANY] : [ANY, ...b.split(LIST_SEP)];
  const topics = t === '' ? [ANY] : [ANY, ...t.split(LIST_SEP)];
  const out: string[][] = [];
  for (const brand of brands) for (const topic of topics) out.push([brand, topic, ...rest]);
  return out;
}

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
 * increments (one signature field per mention), summed, for every resolution and the lifetime
 * totals; buckets out of retention are skipped.
 */
export class RollupPlanner {
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
      const f = signatureOf(m);
      const total = write(this.keys.total, 0, 0);
      total.fields.set(f, (total.fields.get(f) ?? 0) + 1);
      this.resolutions.forEach((r, i) => {
        const start = t - (t % r.ms);
        if (start < oldest[i]) return;
        const w = write(this.keys.bucket(r.name, start), (r.retain + TTL_SLACK_PERIODS) * r.ms, start, this.keys.bucketIndex(r.name));
        w.fields.set(f, (w.fields.get(f) ?? 0) + 1);
      });
    }
    return [...out.values()];
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
