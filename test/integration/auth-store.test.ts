import { describe, expect, it } from 'vitest';
import { MemoryAuthStore } from '../../server/auth/memory-store';
import { RedisAuthStore } from '../../server/auth/redis-store';
import type { AuthStore, Credential, Session } from '../../server/auth/store';
import { redisKeys } from '../../server/cluster/keys';
import { createRedis } from '../../server/cluster/redis';
import { redisFixture } from '../helpers/redis-fixture';

// One AuthStore suite, run against the memory store and the Redis store (a real redis-server started here).
const fx = redisFixture('auth-store-test');
let n = 0;
const prefix = () => `as${++n}:`;

interface Made { store: AuthStore; clock: { t: number } }
type Limits = { credentialsMax?: number; sessionsMax?: number };
const T0 = Date.UTC(2026, 0, 1);

const factories: [string, (limits?: Limits) => Made][] = [
  ['memory', (limits = {}) => {
    const clock = { t: T0 };
    return { store: new MemoryAuthStore(() => clock.t, limits), clock };
  }],
  ['redis', (limits = {}) => {
    const clock = { t: Date.now() };
    return { store: new RedisAuthStore(fx.client, redisKeys(prefix()), { now: () => clock.t, ...limits }), clock };
  }],
];

const cred = (id: string, extra: Partial<Credential> = {}): Credential => ({
  id, name: `cred ${id}`, role: 'wall', hash: `h-${id}`.padEnd(64, '0'), createdAt: 1_700_000_000_000, createdBy: 'bootstrap admin', ...extra,
});
const session = (hash: string, now: number, extra: Partial<Session> = {}): Session => ({
  hash, credentialId: 'c1', role: 'analyst', name: 'someone', createdAt: now, expiresAt: now + 60_000, ...extra,
});

describe.each(factories)('AuthStore contract: %s', (_name, make) => {
  it('stores a credential and gives back an equal copy, not the stored object', async () => {
    const { store } = make();
    const c = cred('a', { role: 'wall', scope: { rooms: ['wall'], layouts: [] }, expiresAt: 1_800_000_000_000 });
    await store.putCredential(c);
    const got = await store.getCredential('a');
    expect(got).toEqual(c);
    got!.name = 'changed';
    expect((await store.getCredential('a'))!.name).toBe('cred a');
    expect(await store.getCredential('nope')).toBeUndefined();
  });

  it('replaces a credential put again under its id', async () => {
    const { store } = make();
    await store.putCredential(cred('a'));
    await store.putCredential(cred('a', { name: 'renamed', role: 'analyst' }));
    expect(await store.getCredential('a')).toMatchObject({ name: 'renamed', role: 'analyst' });
    expect(await store.listCredentials()).toHaveLength(1);
  });

  it('lists every credential, revoked ones included', async () => {
    const { store } = make();
    expect(await store.listCredentials()).toEqual([]);
    await store.putCredential(cred('a'));
    await store.putCredential(cred('b', { role: 'ingest' }));
    await store.revokeCredential('b', 123);
    const list = (await store.listCredentials()).sort((x, y) => x.id.localeCompare(y.id));
    expect(list).toEqual([cred('a'), { ...cred('b', { role: 'ingest' }), revokedAt: 123 }]);
  });

  it('revokes once: the first revocation time is kept; an unknown id is undefined and creates nothing', async () => {
    const { store } = make();
    await store.putCredential(cred('a'));
    expect(await store.revokeCredential('a', 1000)).toEqual({ ...cred('a'), revokedAt: 1000 });
    expect(await store.revokeCredential('a', 2000)).toMatchObject({ revokedAt: 1000 });
    expect(await store.getCredential('a')).toMatchObject({ revokedAt: 1000 });
    expect(await store.revokeCredential('ghost', 1000)).toBeUndefined();
    expect(await store.getCredential('ghost')).toBeUndefined();
    expect(await store.listCredentials()).toHaveLength(1);
  });

  it('refuses a new credential beyond its bound, but still replaces existing ones', async () => {
    const { store } = make({ credentialsMax: 2 });
    await store.putCredential(cred('a'));
    await store.putCredential(cred('b'));
    await expect(store.putCredential(cred('c'))).rejects.toThrow(/too many credentials \(at most 2\)/);
    await store.putCredential(cred('b', { name: 'again' }));
    expect((await store.listCredentials()).map((c) => c.id).sort()).toEqual(['a', 'b']);
  });

  it('stores, reads and deletes sessions', async () => {
    const { store, clock } = make();
    const s = session('s1', clock.t, { scope: { rooms: ['wall'] }, role: 'wall' });
    await store.putSession(s);
    expect(await store.getSession('s1')).toEqual(s);
    expect(await store.getSession('s2')).toBeUndefined();
    await store.deleteSession('s1');
    expect(await store.getSession('s1')).toBeUndefined();
    await store.deleteSession('never-there'); // no error
  });

  it('does not return a session once its expiry has passed', async () => {
    const { store, clock } = make();
    await store.putSession(session('s1', clock.t, { expiresAt: clock.t + 1000 }));
    clock.t += 999;
    expect(await store.getSession('s1')).toBeDefined();
    clock.t += 1;
    expect(await store.getSession('s1')).toBeUndefined();
    await store.putSession(session('s2', clock.t, { expiresAt: clock.t - 1 })); // born expired
    expect(await store.getSession('s2')).toBeUndefined();
  });

  it('keeps at most its bound of sessions, dropping the first to go', async () => {
    const { store, clock } = make({ sessionsMax: 3 });
    for (let i = 1; i <= 4; i++) await store.putSession(session(`s${i}`, clock.t, { expiresAt: clock.t + i * 60_000 }));
    expect(await store.getSession('s1')).toBeUndefined();
    for (const h of ['s2', 's3', 's4']) expect(await store.getSession(h)).toBeDefined();
  });

  it('answers ping', async () => {
    await expect(make().store.ping()).resolves.toBeUndefined();
  });
});

describe('RedisAuthStore in Redis', () => {
  it('gives each session a Redis TTL at its expiry, and Redis drops it then', async () => {
    const keys = redisKeys(prefix());
    const store = new RedisAuthStore(fx.client, keys);
    const now = Date.now();
    await store.putSession(session('long', now, { expiresAt: now + 3_600_000 }));
    const pttl = await fx.client.pTTL(keys.session + 'long');
    expect(pttl).toBeGreaterThan(3_590_000);
    expect(pttl).toBeLessThanOrEqual(3_600_000);
    await store.putSession(session('short', now, { expiresAt: Date.now() + 200 }));
    expect(await fx.client.exists(keys.session + 'short')).toBe(1);
    await new Promise((r) => setTimeout(r, 350));
    expect(await fx.client.exists(keys.session + 'short')).toBe(0);
    expect(await store.getSession('short')).toBeUndefined();
  });

  it('is shared: what one node writes or revokes, another node\'s store sees on its next read', async () => {
    const keys = redisKeys(prefix());
    const other = createRedis(fx.redis.url, { name: 'auth-store-other' });
    await other.connect();
    try {
      const a = new RedisAuthStore(fx.client, keys);
      const b = new RedisAuthStore(other, keys);
      await a.putCredential(cred('x'));
      await a.putSession(session('sx', Date.now()));
      expect(await b.getCredential('x')).toEqual(cred('x'));
      expect(await b.getSession('sx')).toMatchObject({ credentialId: 'c1' });
      await b.revokeCredential('x', 42);
      expect(await a.getCredential('x')).toMatchObject({ revokedAt: 42 });
      await b.deleteSession('sx');
      expect(await a.getSession('sx')).toBeUndefined();
    } finally {
      other.destroy();
    }
  });

  it('keeps every key under the cluster prefix, and never the secret\'s hash in a key name', async () => {
    const p = prefix();
    const store = new RedisAuthStore(fx.client, redisKeys(p));
    await store.putCredential(cred('k'));
    await store.revokeCredential('k', 1);
    await store.putSession(session('sk', Date.now()));
    const keys = await fx.client.keys(`${p}*`);
    expect(keys.sort()).toEqual([`${p}auth:cred`, `${p}auth:revoked`, `${p}auth:s-idx`, `${p}auth:s:sk`]);
    expect(keys.join(' ')).not.toContain(cred('k').hash);
  });

  it('fails (rejects) while Redis is unreachable rather than answering "unknown"', async () => {
    const dead = createRedis('redis://127.0.0.1:1', { name: 'dead' });
    dead.connect().catch(() => {});
    const store = new RedisAuthStore(dead, redisKeys(prefix()));
    try {
      await expect(store.getCredential('a')).rejects.toThrow();
      await expect(store.ping()).rejects.toThrow();
    } finally {
      dead.destroy();
    }
  });
});
