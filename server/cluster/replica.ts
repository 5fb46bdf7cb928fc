import type { AnalyzedMention } from '../../shared/mention';
import type { ResolutionName } from '../../shared/constants';
import type { RollupGroup, RollupQuery, SeriesPoint } from '../../shared/rollup';
import type { Clock, ManualClock } from '../clock';
import { MemoryRollupStore } from '../rollups/memory';
import type { RedisRollupStore } from '../rollups/redis';
import type { RollupStore } from '../rollups/types';
import { MemoryMentionStore } from '../store/memory';
import type { MentionStore } from '../store/types';
import type { RedisKeys } from './keys';
import type { Redis } from './redis';

/** Where a tail continues after a load: the analyzed stream's last id and its sequence number. */
export interface TailPosition { analyzedId: string; seq: number }

/** An analyzed mention as it comes off the shared stream: its sequence number and bucket time. */
export interface FeedItem { seq: number; t: number; m: AnalyzedMention }

/** Recent mentions loaded per round trip at bootstrap. */
const LOAD_CHUNK = 2000;

/**
 * This node's read copy of the cluster's rollups and recent mentions, in memory, so a wall frame
 * costs no round trip to Redis. It is loaded from Redis at start, then fed by the analyzed stream
 * every node tails. Redis stays the shared, durable copy. Loading does not stop the writers: each
 * bucket hash carries the sequence number of the last commit that touched it, and a fed mention is
 * counted into a loaded bucket only when its sequence number is newer.
 */
export class Replica {
  rollupsNow: MemoryRollupStore;
  mentionsNow: MemoryMentionStore;
  private markers = new Map<string, number>();
  private maxMarker = 0;
  /** The facades the hub, engine and HTTP routes hold; they follow the current copy across reloads. */
  readonly rollups: RollupStore;
  readonly mentions: MentionStore;

  constructor(private deps: { client: Redis; keys: RedisKeys; redisRollups: RedisRollupStore; clock: Clock; dataClock?: ManualClock; capacity: number }) {
    this.rollupsNow = new MemoryRollupStore(deps.clock);
    this.mentionsNow = new MemoryMentionStore(deps.capacity);
    this.rollups = rollupFacade(() => this.rollupsNow);
    this.mentions = mentionFacade(() => this.mentionsNow);
  }

  /** (Re)loads everything from Redis; returns where the tail starts. */
  async load(): Promise<TailPosition> {
    const { client, keys, clock, dataClock, capacity } = this.deps;
    const [seq, lastAn, dataT] = await client.multi()
      .get(keys.seq).xRevRange(keys.analyzed, '+', '-', { COUNT: 1 }).get(keys.dataClock)
      .exec() as unknown as [string | null, { id: string }[] | null, string | null];
    if (dataT) dataClock?.advanceTo(Number(dataT));
    const rollups = new MemoryRollupStore(clock);
    const markers = new Map<string, number>();
    let maxMarker = 0;
    for await (const b of this.deps.redisRollups.dump()) {
      markers.set(markerKey(b.res, b.start), b.seq);
      if (b.seq > maxMarker) maxMarker = b.seq;
      for (const [tuple, count] of b.counts) rollups.load(b.res, b.start, tuple, count);
    }
    const mentions = new MemoryMentionStore(capacity);
    const lastId = lastAn?.[0]?.id;
    if (lastId) {
      const loaded: AnalyzedMention[] = [];
      let end = lastId;
      for (let first = true; loaded.length < capacity; first = false) {
        const want = Math.min(LOAD_CHUNK, capacity - loaded.length);
        const es = (await client.xRevRange(keys.analyzed, first ? end : `(${end}`, '-', { COUNT: want })) ?? [];
        for (const e of es) loaded.push(JSON.parse(e.message.m) as AnalyzedMention);
        if (es.length < want) break;
        end = es[es.length - 1].id;
      }
      await mentions.add(loaded.slice(0, capacity).reverse());
    }
    this.rollupsNow = rollups;
    this.mentionsNow = mentions;
    this.markers = markers;
    this.maxMarker = maxMarker;
    return { analyzedId: lastId ?? '0-0', seq: Number(seq ?? 0) };
  }

  /** Applies mentions from the tail (in sequence order). */
  apply(items: readonly FeedItem[]): void {
    const now = this.deps.clock.now();
    for (const { seq, t, m } of items) {
      if (seq > this.maxMarker) {
        if (this.markers.size) this.markers.clear();
        this.rollupsNow.countAt(m, t, now);
      } else {
        this.rollupsNow.countAt(m, t, now, (res, start) => seq > (this.markers.get(markerKey(res, start)) ?? 0));
      }
    }
    void this.mentionsNow.add(items.map((i) => i.m));
  }
}

const markerKey = (res: ResolutionName | 'total', start: number) => `${res}:${start}`;

function rollupFacade(cur: () => RollupStore): RollupStore {
  return {
    add: (b) => cur().add(b),
    query: (q: RollupQuery): Promise<RollupGroup[]> => cur().query(q),
    series: (q: RollupQuery): Promise<SeriesPoint[]> => cur().series(q),
    prune: (now) => cur().prune(now),
  };
}

function mentionFacade(cur: () => MentionStore): MentionStore {
  return {
    add: (b) => cur().add(b),
    get: (id) => cur().get(id),
    recent: (n) => cur().recent(n),
    size: () => cur().size(),
  };
}
