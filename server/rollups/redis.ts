import { RESOLUTIONS, type ResolutionName } from '../../shared/constants';
import type { AnalyzedMention } from '../../shared/mention';
import type { Dimension, RollupGroup, RollupQuery, SeriesPoint } from '../../shared/rollup';
import type { Clock } from '../clock';
import { commit } from '../cluster/commit';
import { SEQ_FIELD, type RedisKeys } from '../cluster/keys';
import type { Redis } from '../cluster/redis';
import { compileFilter, groupKeyOf } from './keys';
import type { ResolutionSpec } from './memory';
import { RollupPlanner, oldestStart, tuplesOfField } from './redis-plan';
import type { RollupStore } from './types';

/** Bucket hashes read per pipeline round trip. */
const READ_CHUNK = 200;
const GROUP_SEP = '\u0001';
/** Fields whose expansion is remembered; past this the memo starts over (signatures are many). */
const TUPLE_MEMO_MAX = 100_000;

/** One stored bucket: its counters and the sequence number of the last commit that touched it. */
export interface StoredBucket {
  res: ResolutionName | 'total';
  start: number;
  seq: number;
  counts: [tuple: string[], count: number][];
}

/**
 * Rollups in Redis: one hash per (resolution, bucket start), field = a mention signature (its
 * brands, topics and other dimensions; read back as its brand × topic key tuples), value = count; a sorted set of bucket starts per resolution; a hash of lifetime totals. Same contract
 * as the memory store. Workers write through the COMMIT script (with their batch); add() here is
 * the same write without a batch. Reads fetch whole bucket hashes with pipelines and filter and
 * group here.
 */
export class RedisRollupStore implements RollupStore {
  private planner: RollupPlanner;
  private tuples = new Map<string, string[][]>();

  constructor(private client: Redis, private keys: RedisKeys, private clock: Clock,
    private resolutions: readonly ResolutionSpec[] = RESOLUTIONS) {
    this.planner = new RollupPlanner(keys, resolutions);
  }

  async add(batch: readonly AnalyzedMention[]): Promise<void> {
    if (batch.length === 0) return;
    const now = this.clock.now();
    const rollups = this.planner.plan(batch.map((m) => ({ m, t: Math.min(m.createdAt, now) })), now);
    await commit(this.client, this.keys, { rollups });
  }

  async prune(now: number): Promise<void> {
    for (const r of this.resolutions) {
      const idx = this.keys.bucketIndex(r.name);
      const oldest = oldestStart(r, now);
      const stale = await this.client.zRangeByScore(idx, '-inf', `(${oldest}`);
      if (stale.length === 0) continue;
      const m = this.client.multi();
      for (const s of stale) m.del(this.keys.bucket(r.name, Number(s)));
      m.zRemRangeByScore(idx, '-inf', `(${oldest}`);
      await m.exec();
    }
  }

  async query(q: RollupQuery): Promise<RollupGroup[]> {
    const groupBy = q.groupBy ?? [];
    const pred = compileFilter(q.filter, groupBy);
    const merged = new Map<string, RollupGroup>();
    for (const b of await this.read(q)) this.groupInto(b.fields, pred, groupBy, merged);
    return [...merged.values()];
  }

  async series(q: RollupQuery): Promise<SeriesPoint[]> {
    if (q.resolution === 'total') return [{ t: 0, groups: await this.query(q) }];
    const r = this.spec(q.resolution);
    const groupBy = q.groupBy ?? [];
    const pred = compileFilter(q.filter, groupBy);
    const { from, to } = this.range(r, q);
    const byStart = new Map((await this.read(q)).map((b) => [b.start, b.fields]));
    const out: SeriesPoint[] = [];
    for (let t = from; t < to; t += r.ms) {
      const fields = byStart.get(t);
      const acc = new Map<string, RollupGroup>();
      if (fields) this.groupInto(fields, pred, groupBy, acc);
      out.push({ t, groups: [...acc.values()] });
    }
    return out;
  }

  /** Every stored bucket and the totals, a chunk at a time (a node's replica loads them at start). */
  async *dump(): AsyncGenerator<StoredBucket> {
    const one = (res: StoredBucket['res'], start: number, fields: Record<string, string>): StoredBucket => {
      const counts: [string[], number][] = [];
      for (const [f, v] of Object.entries(fields)) if (f !== SEQ_FIELD) for (const t of this.tuplesOf(f)) counts.push([t, Number(v)]);
      return { res, start, seq: Number(fields[SEQ_FIELD] ?? 0), counts };
    };
    yield one('total', 0, await this.client.hGetAll(this.keys.total));
    for (const r of this.resolutions) {
      const starts = (await this.client.zRange(this.keys.bucketIndex(r.name), 0, -1)).map(Number);
      for (let i = 0; i < starts.length; i += READ_CHUNK) {
        const chunk = starts.slice(i, i + READ_CHUNK);
        const replies = await this.hGetAllMany(chunk.map((s) => this.keys.bucket(r.name, s)));
        for (let j = 0; j < chunk.length; j++) if (Object.keys(replies[j]).length) yield one(r.name, chunk[j], replies[j]);
      }
    }
  }

  private spec(name: ResolutionName): ResolutionSpec {
    const r = this.resolutions.find((x) => x.name === name);
    if (!r) throw new Error(`unknown resolution ${name}`);
    return r;
  }

  private range(r: ResolutionSpec, q: RollupQuery): { from: number; to: number } {
    const now = this.clock.now();
    const oldest = oldestStart(r, now);
    const to = q.to ?? now + 1;
    const from = Math.max(q.from ?? oldest, oldest);
    return { from: from - (from % r.ms), to };
  }

  private async read(q: RollupQuery): Promise<{ start: number; fields: Record<string, string> }[]> {
    if (q.resolution === 'total') return [{ start: 0, fields: await this.client.hGetAll(this.keys.total) }];
    const r = this.spec(q.resolution);
    const { from, to } = this.range(r, q);
    if (to <= from) return [];
    const starts = (await this.client.zRangeByScore(this.keys.bucketIndex(r.name), from, `(${to}`)).map(Number);
    const out: { start: number; fields: Record<string, string> }[] = [];
    for (let i = 0; i < starts.length; i += READ_CHUNK) {
      const chunk = starts.slice(i, i + READ_CHUNK);
      const replies = await this.hGetAllMany(chunk.map((s) => this.keys.bucket(r.name, s)));
      chunk.forEach((start, j) => out.push({ start, fields: replies[j] }));
    }
    return out;
  }

  private async hGetAllMany(keys: string[]): Promise<Record<string, string>[]> {
    const m = this.client.multi();
    for (const k of keys) m.hGetAll(k);
    return await m.execAsPipeline() as unknown as Record<string, string>[];
  }

  private tuplesOf(field: string): string[][] {
    let t = this.tuples.get(field);
    if (!t) {
      if (this.tuples.size >= TUPLE_MEMO_MAX) this.tuples.clear();
      t = tuplesOfField(field);
      this.tuples.set(field, t);
    }
    return t;
  }

  private groupInto(fields: Record<string, string>, pred: (t: string[]) => boolean, groupBy: readonly Dimension[], acc: Map<string, RollupGroup>): void {
    for (const f in fields) {
      if (f === SEQ_FIELD) continue;
      const n = Number(fields[f]);
      for (const tuple of this.tuplesOf(f)) {
        if (!pred(tuple)) continue;
        const key = groupKeyOf(tuple, groupBy);
        const k = key.join(GROUP_SEP);
        const cur = acc.get(k);
        if (cur) cur.count += n; else acc.set(k, { key, count: n });
      }
    }
  }
}
