import { describe, expect, it } from 'vitest';
import { ID_GENERATION, redisKeys } from '../../server/cluster/keys';
import { createRedis } from '../../server/cluster/redis';
import { RedisRollupStore } from '../../server/rollups/redis';
import { RedisDedupeStore, RedisMentionStore } from '../../server/store/redis';
import { am } from '../helpers/mentions';
import { redisFixture } from '../helpers/redis-fixture';
import { dedupeStoreContract } from '../unit/contracts/dedupe-store.contract';
import { mentionStoreContract } from '../unit/contracts/mention-store.contract';
import { rollupStoreContract } from '../unit/contracts/rollup-store.contract';
import { ManualClock } from '../../server/clock';

// The same contract suites as the memory stores, against a real redis-server started here.
const fx = redisFixture('test');
let n = 0;
const prefix = () => `t${++n}:`;

rollupStoreContract('redis', async (clock) => new RedisRollupStore(fx.client, redisKeys(prefix()), clock));
mentionStoreContract('redis', async (capacity) => new RedisMentionStore(fx.client, redisKeys(prefix()), capacity));
dedupeStoreContract('redis', async () => new RedisDedupeStore(fx.client, redisKeys(prefix())));

describe('Redis stores across nodes', () => {
  it('shares dedupe and rollups between two clients with the same prefix, and prunes buckets and their index', async () => {
    const p = prefix();
    const other = createRedis(fx.redis.url, { name: 'other' });
    await other.connect();
    try {
      expect(await new RedisDedupeStore(fx.client, redisKeys(p)).claim(['x1', 'x2'])).toEqual([true, true]);
      expect(await new RedisDedupeStore(other, redisKeys(p)).claim(['x2', 'x3'])).toEqual([false, true]);
      const clock = new ManualClock(Date.UTC(2026, 0, 1));
      const a = new RedisRollupStore(fx.client, redisKeys(p), clock);
      const b = new RedisRollupStore(other, redisKeys(p), clock);
      await a.add([am({ t: clock.now() - 1000, brands: ['a'] })]);
      await b.add([am({ t: clock.now() - 1000, brands: ['a'] })]);
      expect((await b.query({ resolution: '10s', groupBy: ['brand'] }))).toEqual([{ key: ['a'], count: 2 }]);
      clock.advance(2 * 3600_000);
      await a.prune(clock.now());
      expect(await fx.client.zCard(redisKeys(p).bucketIndex('10s'))).toBe(0);
      expect(await fx.client.zCard(redisKeys(p).bucketIndex('1m'))).toBe(1);
      expect(await fx.client.exists(redisKeys(p).bucket('10s', Date.UTC(2026, 0, 1) - 10_000))).toBe(0);
    } finally {
      other.destroy();
    }
  });
});

describe('the recent-mention store\'s id index', () => {
  it('drops whole index generations once all their entries are trimmed, and still finds every stored mention', async () => {
    const k = redisKeys(prefix());
    const cap = 5000;
    const s = new RedisMentionStore(fx.client, k, cap);
    const total = 2 * ID_GENERATION + 3000; // the kept entries span two generations
    for (let i = 0; i < total; i += 2000) {
      await s.add(Array.from({ length: Math.min(2000, total - i) }, (_, j) => am({ id: `g-${i + j}`, t: 1 })));
    }
    expect(await s.size()).toBe(cap);
    // seq numbers are 1..total; kept: total - cap + 1 .. total
    const oldestKept = total - cap; // the mention with seq total - cap + 1 has id g-(total - cap)
    expect((await s.get(`g-${oldestKept}`))?.id).toBe(`g-${oldestKept}`);
    expect((await s.get(`g-${total - 1}`))?.id).toBe(`g-${total - 1}`);
    expect(await s.get(`g-${oldestKept - 1}`)).toBeUndefined();
    expect(await s.get('g-0')).toBeUndefined();
    const gens = (await fx.client.keys(`${k.analyzedIdsGen}*`)).map((x) => Number(x.slice(k.analyzedIdsGen.length))).sort((a, b) => a - b);
    // generations wholly older than the oldest kept seq are gone; the rest are there
    expect(gens).toEqual([Math.floor((total - cap + 1) / ID_GENERATION), Math.floor(total / ID_GENERATION)].filter((g, i, a) => a.indexOf(g) === i));
  });

  it('reads the single index hash that earlier versions wrote', async () => {
    const k = redisKeys(prefix());
    const s = new RedisMentionStore(fx.client, k, 100);
    await s.add([am({ id: 'old-1', t: 1 })]);
    // an index written by an earlier version: one hash, id -> entry id
    const [e] = (await fx.client.xRange(k.analyzed, '-', '+')) ?? [];
    await fx.client.del(`${k.analyzedIdsGen}0`);
    expect(await s.get('old-1')).toBeUndefined();
    await fx.client.hSet(k.analyzedIdsLegacy, 'old-1', e.id);
    expect((await s.get('old-1'))?.id).toBe('old-1');
  });
});
