/**
 * Explore's queries over a MentionIndex: resolves the filter's time (range, defaults) and
 * snapshot, and builds each endpoint's answer. The HTTP layer parses and validates; this layer
 * throws ParamError for what only the data can tell (an unknown brand, a cursor from another sort).
 */
import {
  EXPLORE_RANGE_MS, INTERVAL_MS, autoInterval, type Breakdown, type BreakdownQuery, type ExploreFilter,
  type ExploreInterval, type ExploreMeta, type MentionsPage, type MentionsQuery, type Series, type SeriesQuery,
  type Summary,
} from '../../shared/explore';
import { POLARITIES } from '../../shared/mention';
import type { TopicConfig } from '../../shared/tracking';
import { makeBuckets, TooManyPoints } from './buckets';
import { decodeCursor, encodeCursor } from './cursor';
import { explain } from './explain';
import type { Buckets, IndexQuery, MentionIndex } from './types';

export class ParamError extends Error {
  constructor(readonly param: string, message: string) { super(message); }
}
export { CursorError } from './cursor';

export interface ExploreDeps {
  index: MentionIndex;
  /** The server's clock (simulated time with the simulator or a replay). */
  now: () => number;
  brandIds: readonly string[];
  topics: readonly TopicConfig[];
}

export interface Resolved { q: IndexQuery; meta: ExploreMeta }

export class ExploreService {
  private readonly topicMap: ReadonlyMap<string, TopicConfig>;

  constructor(readonly deps: ExploreDeps) {
    this.topicMap = new Map(deps.topics.map((t) => [t.id, t]));
  }

  /** Absolute [from, to) and snapshot for a filter; a notice when the range reaches past what is held. */
  async resolve(f: ExploreFilter, asOfFallback?: number): Promise<Resolved> {
    this.checkIds(f);
    const { index, now: clock } = this.deps;
    const now = clock();
    const held = await index.held();
    const asOf = f.asOf ?? asOfFallback ?? await index.seq();
    let from: number;
    let to: number;
    if (f.range) {
      to = now + 1;
      from = to - EXPLORE_RANGE_MS[f.range];
    } else {
      to = f.to ?? Math.max(now, held.to ?? now) + 1;
      from = f.from ?? Math.min(held.from ?? now, to - 1);
    }
    if (!(from < to)) throw new ParamError(f.from !== undefined ? 'from' : 'to', 'from must be before to (to defaults to the server\'s now)');
    const { range: _range, from: _from, to: _to, asOf: _asOf, ...rest } = f;
    const meta: ExploreMeta = { from, to, asOf, held };
    if (held.completeFrom !== null && from < held.completeFrom) {
      meta.notice = `mentions before ${new Date(held.completeFrom).toISOString()} are no longer held (the index keeps the latest ${held.capacity.toLocaleString('en-US')})`;
    }
    return { q: { ...rest, from, to, asOf }, meta };
  }

  private checkIds(f: ExploreFilter): void {
    const known = (list: string[] | undefined, ids: readonly string[], param: string) => {
      for (const v of list ?? []) {
        if (v !== '-' && !ids.includes(v)) throw new ParamError(param, `unknown ${param === 'brands' ? 'brand' : 'topic'} "${v}" (known: ${ids.join(', ')})`);
      }
    };
    known(f.brands, this.deps.brandIds, 'brands');
    known(f.topics, this.deps.topics.map((t) => t.id), 'topics');
  }

  async mentions(p: MentionsQuery): Promise<MentionsPage> {
    const cursor = p.cursor !== undefined ? decodeCursor(p.cursor, p.sort, p.order) : undefined;
    const { q, meta } = await this.resolve(p, cursor?.asOf);
    const res = await this.deps.index.page(q, { sort: p.sort, order: p.order, limit: p.limit + 1, offset: p.offset, after: cursor });
    const more = res.items.length > p.limit;
    const items = res.items.slice(0, p.limit);
    const last = items[items.length - 1];
    return {
      ...meta, total: res.total, sort: p.sort, order: p.order, limit: p.limit, offset: p.offset ?? 0,
      items: items.map(({ mention }) => ({ ...mention, explain: explain(mention, this.topicMap, p.q) })),
      nextCursor: more && last ? encodeCursor({ asOf: meta.asOf, v: last.v, seq: last.seq, sort: p.sort, order: p.order }) : null,
    };
  }

  /** The interval and buckets of a series over [from, to). */
  buckets(from: number, to: number, interval: 'auto' | ExploreInterval, tz: string): { interval: ExploreInterval; buckets: Buckets } {
    const iv = interval === 'auto' ? autoInterval(to - from) : interval;
    try {
      return { interval: iv, buckets: makeBuckets(from, to, iv, tz) };
    } catch (e) {
      if (e instanceof TooManyPoints) throw new ParamError('interval', e.message);
      throw e;
    }
  }

  async series(p: SeriesQuery): Promise<Series> {
    const { q, meta } = await this.resolve(p);
    const { interval, buckets } = this.buckets(q.from, q.to, p.interval, p.tz);
    let keys: string[] = [];
    if (p.split === 'polarity') keys = [...POLARITIES];
    else if (p.split !== 'none') keys = (await this.deps.index.breakdown(q, p.split, { limit: p.splitLimit })).items.map((i) => i.key);
    const split = p.split === 'none' ? undefined : { dim: p.split, keys };
    const s = await this.deps.index.series(q, buckets, split);
    const b = buckets.bounds;
    const points = s.totals.map((total, i) => {
      const pt: Series['points'][number] = { t: b[i], to: b[i + 1], total };
      if (s.counts) pt.counts = Object.fromEntries(keys.map((k, ki) => [k, s.counts![ki][i]]));
      return pt;
    });
    return {
      ...meta, interval, intervalMs: INTERVAL_MS[interval], tz: p.tz, split: p.split, keys,
      total: s.totals.reduce((a, x) => a + x, 0), points,
    };
  }

  async breakdown(p: BreakdownQuery): Promise<Breakdown> {
    const { q, meta } = await this.resolve(p);
    const r = await this.deps.index.breakdown(q, p.by, { limit: p.limit });
    return {
      ...meta, by: p.by, total: r.matched, more: r.distinct - r.items.length,
      items: r.items.map((i) => ({
        key: i.key, count: i.count, share: r.sum > 0 ? i.count / r.sum : 0, positive: i.positive, neutral: i.neutral,
        negative: i.negative, net: i.count > 0 ? (i.positive - i.negative) / i.count : 0, reach: i.reach,
      })),
    };
  }

  async summary(p: ExploreFilter): Promise<Summary> {
    const { q, meta } = await this.resolve(p);
    return { ...meta, kpis: await this.deps.index.kpis(q) };
  }
}
