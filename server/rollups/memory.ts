import { RESOLUTIONS, type ResolutionName } from '../../shared/constants';
import type { AnalyzedMention } from '../../shared/mention';
import type { Dimension, RollupGroup, RollupQuery, SeriesPoint } from '../../shared/rollup';
import type { Clock } from '../clock';
import { Bucket } from './bucket';
import { KeyTable, compileFilter, groupKeyOf, groupSignature, mentionKeyIds } from './keys';
import type { RollupStore } from './types';

/** Buckets this many periods behind the current one are frozen into compact arrays. */
const FREEZE_AFTER_PERIODS = 2;
const GROUP_SEP = '\u0001';

/**
 * Dense buckets per ring at most: the open ones (current and the FREEZE_AFTER_PERIODS before it)
 * and one spare. A replay that runs through days between two prunes opens many buckets; past this
 * they are sparse, so their memory follows the keys they count, not the size of the key table.
 */
const DENSE_PER_RING = FREEZE_AFTER_PERIODS + 2;

interface Ring { name: ResolutionName; ms: number; retain: number; buckets: Map<number, Bucket>; dense: number }

export interface ResolutionSpec { name: ResolutionName; ms: number; retain: number }

/** The embedded rollup store: bounded rings of buckets per resolution, plus lifetime totals. */
export class MemoryRollupStore implements RollupStore {
  private keys = new KeyTable();
  private rings: Ring[];
  private total = new Bucket(0, true);

  constructor(private clock: Clock, resolutions: readonly ResolutionSpec[] = RESOLUTIONS) {
    this.rings = resolutions.map((r) => ({ name: r.name, ms: r.ms, retain: r.retain, buckets: new Map(), dense: 0 }));
  }

  async add(batch: readonly AnalyzedMention[]): Promise<void> {
    const now = this.clock.now();
    for (const m of batch) this.countAt(m, Math.min(m.createdAt, now), now);
  }

  /**
   * Counts one mention at bucket time t (a replica uses the time the committing node chose);
   * `accept` may refuse a resolution's bucket or the totals (already counted in a loaded copy).
   */
  countAt(m: AnalyzedMention, t: number, now = this.clock.now(), accept?: (res: ResolutionName | 'total', start: number) => boolean): void {
    const ids = mentionKeyIds(m, this.keys);
    if (!accept || accept('total', 0)) for (const id of ids) this.total.inc(id);
    for (const ring of this.rings) {
      const start = t - (t % ring.ms);
      if (start < oldestStart(ring, now)) continue;
      if (accept && !accept(ring.name, start)) continue;
      const b = this.bucket(ring, start, now);
      for (const id of ids) b.inc(id);
    }
  }

  /** Adds a stored count (a replica loading a bucket from Redis); out-of-retention buckets are ignored. */
  load(res: ResolutionName | 'total', start: number, tuple: string[], count: number): void {
    const id = this.keys.id(tuple);
    if (res === 'total') { this.total.inc(id, count); return; }
    const ring = this.ring(res);
    if (start < oldestStart(ring, this.clock.now())) return;
    this.bucket(ring, start, this.clock.now()).inc(id, count);
  }

  /** The bucket at `start`, made dense if it is one that stays open (the next prune won't freeze it) and the ring has room. */
  private bucket(ring: Ring, start: number, now: number): Bucket {
    let b = ring.buckets.get(start);
    if (!b) {
      const dense = ring.dense < DENSE_PER_RING && start >= freezeBefore(ring, now);
      if (dense) ring.dense++;
      b = new Bucket(start, dense);
      ring.buckets.set(start, b);
    }
    return b;
  }

  async prune(now: number): Promise<void> {
    for (const ring of this.rings) {
      const oldest = oldestStart(ring, now);
      const before = freezeBefore(ring, now);
      for (const [start, b] of ring.buckets) {
        if (start < oldest) {
          if (b.dense) ring.dense--;
          ring.buckets.delete(start);
        } else if (start < before && !b.frozen) {
          if (b.dense) ring.dense--;
          b.freeze();
        }
      }
    }
  }

  async query(q: RollupQuery): Promise<RollupGroup[]> {
    const groupBy = q.groupBy ?? [];
    const merged = new Map<string, RollupGroup>();
    for (const b of this.bucketsFor(q)) {
      for (const g of this.groupsOf(b, q, groupBy)) {
        const k = g.key.join(GROUP_SEP);
        const cur = merged.get(k);
        if (cur) cur.count += g.count; else merged.set(k, { key: g.key, count: g.count });
      }
    }
    return [...merged.values()];
  }

  async series(q: RollupQuery): Promise<SeriesPoint[]> {
    if (q.resolution === 'total') return [{ t: 0, groups: await this.query(q) }];
    const ring = this.ring(q.resolution);
    const groupBy = q.groupBy ?? [];
    const { from, to } = this.range(ring, q);
    const out: SeriesPoint[] = [];
    for (let t = from; t < to; t += ring.ms) {
      const b = ring.buckets.get(t);
      out.push({ t, groups: b ? this.groupsOf(b, q, groupBy) : [] });
    }
    return out;
  }

  /** Distinct keys and buckets held, for memory checks. */
  stats(): { keys: number; buckets: Record<string, number>; dense: Record<string, number>; entries: number } {
    const buckets: Record<string, number> = {};
    const dense: Record<string, number> = {};
    let entries = this.total.size;
    for (const r of this.rings) {
      buckets[r.name] = r.buckets.size;
      dense[r.name] = r.dense;
      for (const b of r.buckets.values()) entries += b.size;
    }
    return { keys: this.keys.size, buckets, dense, entries };
  }

  private ring(name: ResolutionName): Ring {
    const r = this.rings.find((x) => x.name === name);
    if (!r) throw new Error(`unknown resolution ${name}`);
    return r;
  }

  private range(ring: Ring, q: RollupQuery): { from: number; to: number } {
    const now = this.clock.now();
    const to = q.to ?? now + 1;
    const from = Math.max(q.from ?? oldestStart(ring, now), oldestStart(ring, now));
    return { from: from - (from % ring.ms), to };
  }

  private *bucketsFor(q: RollupQuery): Iterable<Bucket> {
    if (q.resolution === 'total') { yield this.total; return; }
    const ring = this.ring(q.resolution);
    const { from, to } = this.range(ring, q);
    if ((to - from) / ring.ms < ring.buckets.size) {
      for (let t = from; t < to; t += ring.ms) { const b = ring.buckets.get(t); if (b) yield b; }
    } else {
      for (const b of ring.buckets.values()) if (b.start >= from && b.start < to) yield b;
    }
  }

  private groupsOf(b: Bucket, q: RollupQuery, groupBy: readonly Dimension[]): RollupGroup[] {
    const sig = groupSignature(q.filter, groupBy);
    const hit = b.memoGet(sig);
    if (hit) return hit.map((g) => ({ key: g.key, count: g.count }));
    const pred = compileFilter(q.filter, groupBy);
    const tuples = this.keys.tuples;
    const acc = new Map<string, RollupGroup>();
    b.forEach((id, count) => {
      const tuple = tuples[id];
      if (!pred(tuple)) return;
      const key = groupKeyOf(tuple, groupBy);
      const k = key.join(GROUP_SEP);
      const cur = acc.get(k);
      if (cur) cur.count += count; else acc.set(k, { key, count });
    });
    const groups = [...acc.values()];
    b.memoSet(sig, groups);
    return groups.map((g) => ({ key: g.key, count: g.count }));
  }
}

function oldestStart(ring: Ring, now: number): number {
  return now - (now % ring.ms) - (ring.retain - 1) * ring.ms;
}

function freezeBefore(r: Ring, now: number): number {
  return now - (now % r.ms) - FREEZE_AFTER_PERIODS * r.ms;
}
