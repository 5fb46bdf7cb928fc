import { describe, expect, it } from 'vitest';
import { redisKeys } from '../../server/cluster/keys';
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
