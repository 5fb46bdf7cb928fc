import { describe, expect, it } from 'vitest';
import { ConfigError, parseEnv } from '../../server/config/env';
import { dedupeWindow } from '../../server/store/redis';
import { RollupPlanner, tuplesOfField } from '../../server/rollups/redis-plan';
import { redisKeys } from '../../server/cluster/keys';
import { am } from '../helpers/mentions';

describe('Redis mode settings', () => {
  it('parses the cluster variables and names a bad one', () => {
    const env = parseEnv({ REDIS_URL: 'redis://10.0.0.5:6380/2', NODE_ID: 'node-7', CLOCK: 'data', WORKER_CLAIM_IDLE_MS: '1500' });
    expect(env).toMatchObject({ REDIS_URL: 'redis://10.0.0.5:6380/2', NODE_ID: 'node-7', CLOCK: 'data', WORKER_CLAIM_IDLE_MS: 1500, REDIS_PREFIX: 'earshot:', LEASE_TTL_MS: 10_000 });
    expect(parseEnv({}).REDIS_URL).toBeUndefined();
    expect(() => parseEnv({ REDIS_URL: 'http://x:1' })).toThrow(/REDIS_URL/);
    expect(() => parseEnv({ NODE_ID: 'a b' })).toThrow(ConfigError);
    expect(() => parseEnv({ NODE_ID: 'a.b' })).toThrow(/NODE_ID/); // "." separates the node id in session ids
    expect(() => parseEnv({ CLOCK: 'wall' })).toThrow(/CLOCK/);
  });

  it('remembers ids at least the configured hours', () => {
    for (const h of [0.5, 24, 72]) {
      const w = dedupeWindow(h);
      expect((w.slices - 1) * w.sliceSeconds).toBeGreaterThanOrEqual(h * 3600);
      expect((w.slices - 1) * w.sliceSeconds).toBeLessThan(h * 3600 + w.sliceSeconds);
    }
  });

  it('plans one increment per mention signature, summed per bucket, skipping buckets out of retention', () => {
    const k = redisKeys('p:');
    const now = Date.UTC(2026, 0, 1, 12);
    const plan = new RollupPlanner(k).plan([
      { m: am({ t: now - 1000, brands: ['a'], topics: ['x'] }), t: now - 1000 },
      { m: am({ t: now - 2000, brands: ['a'], topics: ['x'] }), t: now - 2000 },
      { m: am({ t: now - 2 * 3600_000, brands: [] }), t: now - 2 * 3600_000 },
    ], now);
    const byKey = new Map(plan.map((w) => [w.key, w]));
    const total = byKey.get(k.total)!;
    expect([...total.fields.values()].sort()).toEqual([1, 2]);
    // read back: each field counts under its brand x topic keys
    const keyCounts = (fields: Map<string, number>) => [...fields].reduce((a, [f, n]) => a + n * tuplesOfField(f).length, 0);
    expect(keyCounts(total.fields)).toBe(2 * 4 + 1);
    expect(total.ttlMs).toBe(0);
    const ten = byKey.get(k.bucket('10s', now - 10_000))!;
    expect([...ten.fields.values()]).toEqual([2]); // the two mentions share a signature
    expect(tuplesOfField([...ten.fields.keys()][0]).map((t) => t.slice(0, 2))).toEqual([['*', '*'], ['*', 'x'], ['a', '*'], ['a', 'x']]);
    expect(ten.index).toBe(k.bucketIndex('10s'));
    // two hours back: not in the 10 s ring (1 hour), in the 1 m and 1 h ones
    expect(byKey.has(k.bucket('10s', now - 2 * 3600_000))).toBe(false);
    expect(byKey.has(k.bucket('1m', now - 2 * 3600_000))).toBe(true);
  });
});
