import { afterEach, describe, expect, it } from 'vitest';
import type { EarshotApp } from '../../server/app';
import { ConfigError } from '../../server/config/env';
import { resolveAuthMode } from '../../server/auth/mode';
import { sha256 } from '../../server/auth/tokens';
import { startApp, type TestSocket } from '../helpers/app';
import { ADMIN_TOKEN, call, handshake, issue, login, socketWith, startSecureApp } from './auth-helpers';

const mention = (id: string) => ({ id, channel: 'twitter', text: 'Nimbus works', createdAt: Date.now() });

describe('sessions, credentials and revocation', () => {
  let app: EarshotApp | undefined;
  const sockets: TestSocket[] = [];
  afterEach(async () => { sockets.splice(0).forEach((s) => s.close()); await app?.close(); app = undefined; });

  it('signs in with a token for an HttpOnly, SameSite=Strict session cookie, and signs out', async () => {
    app = await startSecureApp();
    const analyst = await issue(app, 'analyst');
    const { cookie, setCookie } = await login(app, analyst.token);
    expect(setCookie).toMatch(/^earshot_session=[A-Za-z0-9_-]{43};/);
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Strict/);
    expect(setCookie).toMatch(/Path=\//);
    expect(setCookie).not.toMatch(/Secure/); // plain http on localhost
    const me = await call(`${app.url}/api/auth/me`, { cookie });
    expect(me.json).toMatchObject({ authRequired: true, role: 'analyst', via: 'session' });
    expect((await call(`${app.url}/api/totals`, { cookie })).status).toBe(200);
    const out = await call(`${app.url}/api/logout`, { method: 'POST', cookie });
    expect(out.status).toBe(204);
    expect(out.headers.get('set-cookie')).toMatch(/earshot_session=;.*Expires=Thu, 01 Jan 1970/);
    expect((await call(`${app.url}/api/totals`, { cookie })).status).toBe(401);
  });

  it('marks the cookie Secure with the __Host- prefix behind a TLS proxy', async () => {
    app = await startSecureApp({ security: { auth: 'required', adminToken: ADMIN_TOKEN, trustProxy: 'loopback' } });
    const r = await call(`${app.url}/api/login`, { method: 'POST', body: { token: ADMIN_TOKEN }, headers: { 'x-forwarded-proto': 'https' } });
    expect(r.status).toBe(200);
    expect(r.headers.get('set-cookie')).toMatch(/^__Host-earshot_session=.*; Secure; SameSite=Strict/);
    const cookie = r.headers.get('set-cookie')!.split(';')[0];
    expect((await call(`${app.url}/api/auth/me`, { cookie })).json.role).toBe('admin');
    expect(r.headers.get('strict-transport-security')).toMatch(/max-age=31536000/);
  });

  it('refuses a wrong token (401) and machine keys at sign-in (403)', async () => {
    app = await startSecureApp();
    const key = await issue(app, 'ingest');
    const metrics = await issue(app, 'metrics');
    expect((await call(`${app.url}/api/login`, { method: 'POST', body: { token: 'nope' } })).status).toBe(401);
    for (const t of [key.token, metrics.token]) {
      const r = await call(`${app.url}/api/login`, { method: 'POST', body: { token: t } });
      expect(r.status).toBe(403);
      expect(r.json.error).toMatch(/cannot sign in/);
      expect(r.headers.get('set-cookie')).toBeNull();
    }
    expect((await call(`${app.url}/api/login`, { method: 'POST', body: { token: 1 } })).status).toBe(400);
  });

  it('stores only hashes and never shows a secret again', async () => {
    app = await startSecureApp();
    const wall = await issue(app, 'wall', { scope: { rooms: ['wall'], layouts: ['room'] } });
    const stored = await app.auth.store.getCredential(wall.id);
    expect(stored?.hash).toBe(sha256(wall.token));
    expect(JSON.stringify(await app.auth.store.listCredentials())).not.toContain(wall.token.split('.')[1]);
    const list = await call(`${app.url}/api/auth/tokens`, { token: ADMIN_TOKEN });
    expect(list.json.tokens).toEqual([expect.objectContaining({ id: wall.id, role: 'wall', scope: { rooms: ['wall'], layouts: ['room'] } })]);
    expect(list.text).not.toContain(wall.token.split('.')[1]);
    expect(list.text).not.toContain(stored!.hash);
    // a scope belongs to wall tokens only; unknown fields and roles are refused
    expect((await call(`${app.url}/api/auth/tokens`, { method: 'POST', token: ADMIN_TOKEN, body: { name: 'x', role: 'analyst', scope: { rooms: ['wall'] } } })).status).toBe(400);
    expect((await call(`${app.url}/api/auth/tokens`, { method: 'POST', token: ADMIN_TOKEN, body: { name: 'x', role: 'root' } })).status).toBe(400);
  });

  it('revokes a token: its bearer use, its sessions and its live sockets stop at once', async () => {
    app = await startSecureApp();
    const wall = await issue(app, 'wall');
    const { cookie } = await login(app, wall.token);
    const byToken = socketWith(app.url, { token: wall.token });
    const byCookie = socketWith(app.url, { cookie });
    sockets.push(byToken, byCookie);
    expect(await handshake(byToken)).toEqual({ ok: true });
    expect(await handshake(byCookie)).toEqual({ ok: true });
    const gone = Promise.all([byToken, byCookie].map((s) => new Promise<string>((r) => s.once('disconnect', r))));
    const rev = await call(`${app.url}/api/auth/tokens/${wall.id}`, { method: 'DELETE', token: ADMIN_TOKEN });
    expect(rev.status).toBe(200);
    expect(rev.json.credential.revokedAt).toBeGreaterThan(0);
    expect(await gone).toEqual(['io server disconnect', 'io server disconnect']);
    expect((await call(`${app.url}/api/config`, { token: wall.token })).status).toBe(401);
    expect((await call(`${app.url}/api/config`, { cookie })).status).toBe(401);
    const again = socketWith(app.url, { token: wall.token });
    sockets.push(again);
    expect(await handshake(again)).toMatchObject({ ok: false, status: 401 });
    expect((await call(`${app.url}/api/auth/tokens/${wall.id}x`, { method: 'DELETE', token: ADMIN_TOKEN })).status).toBe(404);
  });

  it('lets a token expire', async () => {
    app = await startSecureApp();
    const short = await issue(app, 'analyst', { ttlDays: 2 / 86_400 }); // two seconds
    expect((await call(`${app.url}/api/totals`, { token: short.token })).status).toBe(200);
    await new Promise((r) => setTimeout(r, 2200));
    expect((await call(`${app.url}/api/totals`, { token: short.token })).status).toBe(401);
  });

  it('answers 429 with Retry-After after too many sign-ins or failed credentials from one address', async () => {
    app = await startSecureApp({ security: { auth: 'required', adminToken: ADMIN_TOKEN, rateLimits: { loginPerMin: 3, ingestPerSec: 1000 } } });
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push((await call(`${app.url}/api/login`, { method: 'POST', body: { token: `guess-${i}` } })).status);
    expect(statuses).toEqual([401, 401, 401, 429]);
    const r = await call(`${app.url}/api/login`, { method: 'POST', body: { token: ADMIN_TOKEN } });
    expect(r.status).toBe(429); // even the right one: a guesser learns nothing
    expect(Number(r.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(r.json.error).toMatch(/rate limit/);
    // bearer guesses elsewhere draw on the same budget
    const guess = await call(`${app.url}/api/totals`, { token: 'es1_0123456789abcdef.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA' });
    expect(guess.status).toBe(429);
    expect(guess.headers.get('retry-after')).toMatch(/^\d+$/);
    // a valid credential is not slowed down
    expect((await call(`${app.url}/api/totals`, { token: ADMIN_TOKEN })).status).toBe(200);
  });

  it('limits ingest per API key with 429 and Retry-After; another key keeps its own budget', async () => {
    app = await startSecureApp({ security: { auth: 'required', adminToken: ADMIN_TOKEN, rateLimits: { ingestPerSec: 5, loginPerMin: 1000 } } });
    const a = await issue(app, 'ingest');
    const b = await issue(app, 'ingest');
    const t0 = Date.now();
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => call(`${app!.url}/api/mentions`, { method: 'POST', apiKey: a.token, body: [mention(`k-${i}`)] })));
    const windows = Math.ceil((Date.now() - t0) / 1000) + 1; // 1-second windows the burst can have spanned
    const passed = results.filter((r) => r.status === 200).length;
    const limited = results.filter((r) => r.status === 429);
    expect(passed + limited.length).toBe(20);
    expect(passed).toBeGreaterThanOrEqual(5);
    expect(passed).toBeLessThanOrEqual(5 * windows);
    expect(limited.length).toBeGreaterThan(0);
    for (const r of limited) {
      expect(r.headers.get('retry-after')).toBe('1');
      expect(r.json.error).toMatch(/rate limit exceeded/);
    }
    expect((await call(`${app.url}/api/mentions`, { method: 'POST', apiKey: b.token, body: [mention('other-key')] })).status).toBe(200);
    expect(app.pipeline.stats.accepted).toBe(passed + 1); // nothing of a refused request was counted
  });
});

describe('when authentication is on', () => {
  it('is required off loopback, in a cluster, or when asked; open only on loopback', () => {
    expect(resolveAuthMode({ host: '127.0.0.1' }).required).toBe(false);
    expect(resolveAuthMode({ host: 'localhost' }).required).toBe(false);
    expect(resolveAuthMode({ host: '::1' }).required).toBe(false);
    expect(resolveAuthMode({ host: '0.0.0.0' }).required).toBe(true);
    expect(resolveAuthMode({ host: '::' }).required).toBe(true);
    expect(resolveAuthMode({ host: '192.168.1.20' }).required).toBe(true);
    expect(resolveAuthMode({ host: '127.0.0.1', clustered: true }).required).toBe(true);
    expect(resolveAuthMode({ host: '127.0.0.1', auth: 'required' }).required).toBe(true);
  });

  it('refuses to start without an admin secret when it is needed, naming the fix', async () => {
    await expect(startApp({ host: '0.0.0.0' })).rejects.toThrow(ConfigError);
    await expect(startApp({ host: '0.0.0.0' })).rejects.toThrow(/HOST=0.0.0.0 is not a loopback address.*EARSHOT_ADMIN_TOKEN is not set/);
    await expect(startApp({ security: { clustered: true } })).rejects.toThrow(/REDIS_URL.*EARSHOT_ADMIN_TOKEN/);
    await expect(startApp({ security: { auth: 'required', adminToken: 'short' } })).rejects.toThrow(/at least 24 characters/);
  });

  it('stays open in embedded mode on 127.0.0.1 and says so', async () => {
    const app = await startApp();
    try {
      expect(app.auth.required).toBe(false);
      const me = await call(`${app.url}/api/auth/me`);
      expect(me.json).toMatchObject({ authRequired: false, role: 'admin', via: 'open' });
      expect((await call(`${app.url}/api/rules`)).status).toBe(200);
    } finally {
      await app.close();
    }
  });
});
