import { afterAll, beforeAll } from 'vitest';
import type { EarshotApp } from '../../server/app';
import { createRedis, type Redis } from '../../server/cluster/redis';
import type { TestSocket } from './app';
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

/**
 * A real redis-server for this test file, and the Earshot apps and sockets its tests open on it:
 * push them to `apps` and `sockets`; all are closed after the file, then the server.
 */
export function appsOnRedisFixture(): { readonly redis: TestRedis; readonly apps: EarshotApp[]; readonly sockets: TestSocket[] } {
  const fx = { apps: [], sockets: [] } as unknown as { redis: TestRedis; apps: EarshotApp[]; sockets: TestSocket[] };
  beforeAll(async () => { fx.redis = await TestRedis.start(); });
  afterAll(async () => {
    fx.sockets.forEach((s) => s.close());
    await Promise.all(fx.apps.map((a) => a.close()));
    await fx.redis?.close();
  });
  return fx;
}
