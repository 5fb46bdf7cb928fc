import { beforeAll, describe, expect, it } from 'vitest';
import type { EarshotApp } from '../../server/app';
import type { RateLimits } from '../../server/auth/rate-limit';
import { redisClient, until } from '../helpers/cluster';
import { TestRedis } from '../helpers/redis';
import { appsOnRedisFixture } from '../helpers/redis-fixture';
import { ADMIN_TOKEN, call, handshake, issue, login, NO_LIMITS, socketWith, startSecureApp } from './auth-helpers';

// Two Earshot nodes in this process on one real redis-server, authentication required: credentials,
// sessions, revocations and rate limits hold across the nodes.
const fx = appsOnRedisFixture();
const sockets = fx.sockets;

async function node(id: string, prefix: string, rateLimits: RateLimits = NO_LIMITS): Promise<EarshotApp> {
  const app = await startSecureApp({
    tickMs: 100,
    cluster: { redisUrl: fx.redis.url, nodeId: id, prefix, claimIdleMs: 500, leaseTtlMs: 1000 },
    security: { auth: 'required', adminToken: ADMIN_TOKEN, rateLimits },
  });
  fx.apps.push(app);
  return app;
}

describe('authentication across two nodes on one Redis', () => {
  let a: EarshotApp, b: EarshotApp;
  beforeAll(async () => { a = await node('a', 'ac1:'); b = await node('b', 'ac1:'); });

  it('accepts on node B a token issued on node A, and lists it there', async () => {
    const analyst = await issue(a, 'analyst');
    expect((await call(`${b.url}/api/totals`, { token: analyst.token })).status).toBe(200);
    const me = await call(`${b.url}/api/auth/me`, { token: analyst.token });
    expect(me.json).toMatchObject({ role: 'analyst', via: 'token' });
    const list = await call(`${b.url}/api/auth/tokens`, { token: ADMIN_TOKEN });
    expect(list.json.tokens.map((t: { id: string }) => t.id)).toContain(analyst.id);
    // a wrong secret for a known id is still refused on B
    expect((await call(`${b.url}/api/totals`, { token: `${analyst.token.slice(0, -2)}xx` })).status).toBe(401);
  });

  it('accepts on node B a session cookie signed in on node A; signing out on B ends it on A', async () => {
    const analyst = await issue(a, 'analyst');
    const { cookie } = await login(a, analyst.token);
    const me = await call(`${b.url}/api/auth/me`, { cookie });
    expect(me.status).toBe(200);
    expect(me.json).toMatchObject({ role: 'analyst', via: 'session' });
    expect((await call(`${b.url}/api/logout`, { method: 'POST', cookie })).status).toBe(204);
    expect((await call(`${a.url}/api/auth/me`, { cookie })).status).toBe(401);
  });

  it('revoked on node A: node B answers 401 within a second, and drops its sockets of that credential', async () => {
    const wall = await issue(a, 'wall');
    const { cookie } = await login(b, wall.token);
    const sock = socketWith(b.url, { token: wall.token });
    sockets.push(sock);
    expect(await handshake(sock)).toEqual({ ok: true });
    expect((await call(`${b.url}/api/config`, { token: wall.token })).status).toBe(200);
    expect((await call(`${b.url}/api/config`, { cookie })).status).toBe(200);
    const dropped = new Promise<number>((r) => sock.once('disconnect', () => r(Date.now())));

    const t0 = Date.now();
    expect((await call(`${a.url}/api/auth/tokens/${wall.id}`, { method: 'DELETE', token: ADMIN_TOKEN })).status).toBe(200);
    await until(() => call(`${b.url}/api/config`, { token: wall.token }).then((r) => r.status), (s) => s === 401, 1000, 'B refuses the revoked token');
    await until(() => call(`${b.url}/api/config`, { cookie }).then((r) => r.status), (s) => s === 401, 1000, 'B refuses the revoked session');
    expect(Date.now() - t0).toBeLessThan(1000);
    const droppedAt = await Promise.race([dropped, new Promise<number>((r) => setTimeout(() => r(-1), 5000))]);
    expect(droppedAt).toBeGreaterThan(0);
    expect(droppedAt - t0).toBeLessThan(1000); // the events stream, not the 30 s re-check
    const again = socketWith(b.url, { token: wall.token });
    sockets.push(again);
    expect(await handshake(again)).toMatchObject({ ok: false, status: 401 });
  });
});

describe('rate limits across two nodes on one Redis', () => {
  let a: EarshotApp, b: EarshotApp;
  beforeAll(async () => {
    const limits = { loginPerMin: 4, ingestPerSec: 5 };
    a = await node('la', 'ac2:', limits);
    b = await node('lb', 'ac2:', limits);
  });

  it('counts sign-in attempts from one address on both nodes against one budget (429 past it)', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) {
      const target = i % 2 === 0 ? a : b;
      statuses.push((await call(`${target.url}/api/login`, { method: 'POST', body: { token: `guess-${i}` } })).status);
    }
    // per-node counting would have allowed 4 attempts on each node: six 401s
    expect(statuses).toEqual([401, 401, 401, 401, 429, 429]);
    const r = await call(`${b.url}/api/login`, { method: 'POST', body: { token: ADMIN_TOKEN } });
    expect(r.status).toBe(429);
    expect(Number(r.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(r.json.error).toMatch(/rate limit/);
    const c = await redisClient(fx.redis.url);
    try {
      expect(await c.keys('ac2:rl:*login*')).toHaveLength(1);
    } finally {
      c.destroy();
    }
  });

  it('counts one API key\'s ingest on both nodes against one budget per second', async () => {
    const key = await issue(a, 'ingest');
    const statuses: number[] = [];
    const t0 = Date.now();
    for (let i = 0; i < 8; i++) {
      const r = await call(`${(i % 2 ? b : a).url}/api/mentions`, {
        method: 'POST', apiKey: key.token, body: [{ id: `rl-${i}`, channel: 'twitter', text: 'Nimbus works', createdAt: Date.now() }],
      });
      statuses.push(r.status);
      if (r.status === 429) expect(r.headers.get('retry-after')).toBe('1');
    }
    expect(Date.now() - t0).toBeLessThan(1000); // one window of the limiter (1 s from the first request)
    // per-node counting would have let all 8 through (4 per node, 5 allowed on each)
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429, 429, 429]);
  });
});

describe('authentication while Redis is away', () => {
  it('answers 503 with Retry-After (not 401) while the shared store is unreachable, and accepts the token again after', async () => {
    const own = await TestRedis.start({ aof: 'always' });
    let app: EarshotApp | undefined;
    try {
      app = await startSecureApp({ tickMs: 100, cluster: { redisUrl: own.url, nodeId: 'solo', prefix: 'ac3:' } });
      const analyst = await issue(app, 'analyst');
      expect((await call(`${app.url}/api/totals`, { token: analyst.token })).status).toBe(200);
      await own.stop();
      const r = await until(() => call(`${app!.url}/api/totals`, { token: analyst.token }), (x) => x.status !== 200, 15_000, 'a refusal while Redis is down');
      expect(r.status).toBe(503);
      expect(r.headers.get('retry-after')).toBe('1');
      expect(r.json.error).toMatch(/Redis/);
      await own.restart();
      await until(() => call(`${app!.url}/api/totals`, { token: analyst.token }).then((x) => x.status), (s) => s === 200, 15_000, 'the token accepted again');
    } finally {
      await app?.close();
      await own.close();
    }
  }, 60_000);
});
