import { afterAll, beforeAll } from 'vitest';
import { createRedis, type Redis } from '../../server/cluster/redis';
import { TestRedis } from './redis';

/**
 * A real redis-server for this test file and one connected client, both closed after the file.
 * Read `redis` and `client` inside tests and hooks (they are set in beforeAll).
 */
export function redisFixture(name: string): { readonly redis: TestRedis; readonly client: Redis } {
  const fx = {} as { redis: TestRedis; client: Redis };
  beforeAll(async () => {
    fx.redis = await TestRedis.start();
    fx.client = createRedis(fx.redis.url, { name });
    await fx.client.connect();
  });
  afterAll(async () => {
    fx.client?.destroy();
    await fx.redis?.close();
  });
  return fx;
}
