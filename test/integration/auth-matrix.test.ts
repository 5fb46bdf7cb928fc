/**
 * The authorization matrix: every registered route and every client socket event, for every role
 * (and no credential, and a bad one), against a real server with authentication on. The expected
 * matrix below is the specification, written independently of server/auth/policy.ts: a route or
 * event the server has and this table lacks fails the test, and so does any cell whose answer is
 * not the expected allowed / 401 / 403.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLIENT_EVENTS } from '../../shared/events';
import type { EarshotApp } from '../../server/app';
import { createGuard } from '../../server/auth/guard';
import { MemoryAuthStore } from '../../server/auth/memory-store';
import { CLIENT_PAGES, ROUTE_POLICIES } from '../../server/auth/policy';
import { createLimiters } from '../../server/auth/rate-limit';
import { listAppRoutes, samplePath, type RouteInfo } from '../../server/auth/routes';
import { AuthService } from '../../server/auth/service';
import { ADMIN_TOKEN, call, handshake, issue, login, NO_LIMITS, socketWith, startSecureApp, type CallOptions } from './auth-helpers';
import type { TestSocket } from '../helpers/app';

type Who = 'admin' | 'analyst' | 'wall' | 'ingest' | 'metrics';
type Expect = 'public' | 'authenticated' | readonly Who[];

const ANALYST: readonly Who[] = ['admin', 'analyst'];
const ADMIN: readonly Who[] = ['admin'];
const READ: readonly Who[] = ['admin', 'analyst', 'wall'];
const CLIENT = 'GET <client pages>';

/** The specification. Keys: "METHOD /path" as registered; "ALL /area/*" covers a whole area. */
const EXPECTED: Record<string, Expect> = {
  'GET /healthz': 'public',
  'GET /readyz': 'public',
  'GET /metrics': ['admin', 'metrics'],
  'GET /api/health': 'public',
  'GET /api/openapi.json': 'public',
  'POST /api/login': 'public',
  'POST /api/logout': 'public',
  'GET /api/auth/me': 'authenticated',
  'GET /api/auth/tokens': ADMIN,
  'POST /api/auth/tokens': ADMIN,
  'DELETE /api/auth/tokens/:id': ADMIN,
  'GET /api/status': READ,
  'GET /api/config': READ,
  'POST /api/mentions': ['admin', 'ingest'],
  'GET /api/totals': ANALYST,
  'GET /api/mentions/recent': ANALYST,
  'GET /api/mentions/:id': ANALYST,
  'ALL /api/explore/*': ANALYST,
  'GET /api/alerts': ANALYST,
  'POST /api/alerts': ANALYST,
  'POST /api/alerts/:id/ack': ANALYST,
  'POST /api/alerts/:id/resolve': ANALYST,
  'POST /api/alerts/:id/silence': ANALYST,
  'GET /api/silences': ANALYST,
  'POST /api/silences': ANALYST,
  'DELETE /api/silences/:id': ANALYST,
  'GET /api/rules': ANALYST,
  'GET /api/rules/:id': ANALYST,
  'POST /api/rules/test': ANALYST,
  'POST /api/rules/:id/test': ANALYST,
  'POST /api/rules': ADMIN,
  'PUT /api/rules/:id': ADMIN,
  'PATCH /api/rules/:id': ADMIN,
  'DELETE /api/rules/:id': ADMIN,
  'POST /api/rules/:id/enable': ADMIN,
  'POST /api/rules/:id/disable': ADMIN,
  [CLIENT]: 'public',
  'GET /': 'public',
};

/** Client -> server events: who may send them, and a sample payload. */
const EXPECTED_EVENTS: Record<string, { allow: readonly Who[]; args: unknown[] }> = {
  'view:join': { allow: READ, args: [{ room: 'wall' }] },
};
/** Who may open a socket at all. */
const SOCKET_ROLES: readonly Who[] = READ;

const keyOf = (r: RouteInfo): string => (r.path === CLIENT_PAGES ? CLIENT : `${r.method} ${String(r.path)}`);

function expectationFor(r: RouteInfo): Expect | undefined {
  const exact = EXPECTED[keyOf(r)];
  if (exact) return exact;
  for (const [k, v] of Object.entries(EXPECTED)) {
    const m = /^(\S+) (.*)\/\*$/.exec(k);
    if (m && (m[1] === 'ALL' || m[1] === r.method) && typeof r.path === 'string' && (r.path === m[2] || r.path.startsWith(`${m[2]}/`))) return v;
  }
  return undefined;
}

interface Caller { label: string; role: Who | null; opts: CallOptions; socket: { token?: string; cookie?: string } }

function allowed(e: Expect, role: Who | null): boolean {
  if (e === 'public') return true;
  if (role === null) return false;
  return e === 'authenticated' || e.includes(role);
}

describe('authorization matrix (authentication required)', () => {
  let app: EarshotApp;
  let routes: RouteInfo[];
  const callers: Caller[] = [];
  const sockets: TestSocket[] = [];

  beforeAll(async () => {
    // a built-client stand-in, so the client pages route is registered too
    const staticDir = mkdtempSync(join(tmpdir(), 'earshot-static-'));
    writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>t</title>');
    app = await startSecureApp({ staticDir });
    routes = listAppRoutes(app.http);
    const t: Partial<Record<Who, string>> = { admin: ADMIN_TOKEN };
    for (const role of ['analyst', 'wall', 'ingest', 'metrics'] as const) t[role] = (await issue(app, role)).token;
    callers.push(
      { label: 'no credential', role: null, opts: {}, socket: {} },
      { label: 'a forged token', role: null, opts: { token: 'es1_0123456789abcdef.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA' }, socket: { token: 'es1_0123456789abcdef.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA' } },
      { label: 'a forged session', role: null, opts: { cookie: 'earshot_session=forged' }, socket: { cookie: 'earshot_session=forged' } },
    );
    for (const role of ['admin', 'analyst', 'wall', 'ingest', 'metrics'] as const) {
      callers.push({ label: `${role} token`, role, opts: role === 'ingest' ? { apiKey: t[role] } : { token: t[role] }, socket: { token: t[role] } });
    }
    for (const role of ['admin', 'analyst', 'wall'] as const) {
      const { cookie } = await login(app, t[role]!);
      callers.push({ label: `${role} session`, role, opts: { cookie }, socket: { cookie } });
    }
  });
  afterAll(async () => { sockets.forEach((s) => s.close()); await app?.close(); });

  it('has an expectation for every registered route, and the server a policy for each', () => {
    expect(routes.length).toBeGreaterThan(30);
    const missing = routes.filter((r) => expectationFor(r) === undefined).map(keyOf);
    expect(missing, 'routes without an expected row: add them to EXPECTED (and a policy to server/auth/policy.ts)').toEqual([]);
    const policyKeys = ROUTE_POLICIES.map((p) => (p.path === CLIENT_PAGES ? CLIENT : `${p.method} ${String(p.path).replace(/\/\{\*\w+\}$/, '/*')}`));
    const unknown = policyKeys.filter((k) => !(k in EXPECTED) && !(`${k}/*` in EXPECTED));
    expect(unknown, 'policies the matrix does not know').toEqual([]);
  });

  it('answers every role on every route as the matrix says: allowed, or 401 without a valid credential, or 403', async () => {
    const wrong: string[] = [];
    let cells = 0;
    const isLogout = (r: RouteInfo) => String(r.path) === '/api/logout';
    const probes = [...routes.filter((r) => !isLogout(r)).map((r) => ({ r, e: expectationFor(r)! })),
      // areas declared for routes that do not exist yet: covered already
      { r: { method: 'GET', path: '/api/explore/some-future-endpoint' }, e: EXPECTED['ALL /api/explore/*'] },
      { r: { method: 'POST', path: '/api/explore/export' }, e: EXPECTED['ALL /api/explore/*'] },
      // logout ends the sessions it is sent with: last
      ...routes.filter(isLogout).map((r) => ({ r, e: expectationFor(r)! }))];
    for (const { r, e } of probes) {
      const path = typeof r.path === 'string' ? samplePath(r.path) : '/wall';
      const method = r.method === 'ALL' ? 'GET' : r.method;
      for (const c of callers) {
        cells++;
        const body = ['POST', 'PUT', 'PATCH'].includes(method) ? {} : undefined;
        const res = await call(`${app.url}${path}`, { ...c.opts, method, body });
        const ok = allowed(e, c.role);
        const expected = ok ? 'allowed' : c.role === null ? '401' : '403';
        const got = res.status === 401 || res.status === 403 || res.status === 429 || res.status >= 500 ? String(res.status) : 'allowed';
        if (got !== expected) wrong.push(`${method} ${path} as ${c.label}: expected ${expected}, got ${res.status} ${res.text.slice(0, 120)}`);
        if (!ok) expect(typeof res.json?.error, `${method} ${path} as ${c.label}: JSON error`).toBe('string');
      }
    }
    expect(wrong).toEqual([]);
    expect(cells).toBeGreaterThan(300);
  });

  it('lists every client event of the contract, with an expectation for each', () => {
    const src = readFileSync('shared/events.ts', 'utf8');
    const body = /interface ClientToServerEvents \{([\s\S]*?)\n\}/.exec(src)![1];
    const declared = [...body.matchAll(/^\s*'([^']+)'\s*:/gm)].map((m) => m[1]).sort();
    expect([...CLIENT_EVENTS].sort()).toEqual(declared);
    expect(Object.keys(EXPECTED_EVENTS).sort()).toEqual(declared);
  });

  it('checks every socket handshake and event for every role', async () => {
    for (const c of callers) {
      if (c.socket.cookie && c.role) {
        const token = callers.find((x) => x.role === c.role && x.socket.token)!.socket.token!;
        c.socket.cookie = (await login(app, token)).cookie; // the HTTP matrix signed them out
      }
    }
    const wrong: string[] = [];
    for (const c of callers) {
      const s = socketWith(app.url, c.socket);
      sockets.push(s);
      const h = await handshake(s);
      const may = c.role !== null && SOCKET_ROLES.includes(c.role);
      if (!may) {
        const want = c.role === null ? 401 : 403;
        if (h.ok || h.status !== want) wrong.push(`handshake as ${c.label}: expected ${want}, got ${JSON.stringify(h)}`);
        continue;
      }
      if (!h.ok) { wrong.push(`handshake as ${c.label}: refused ${JSON.stringify(h)}`); continue; }
      for (const event of CLIENT_EVENTS) {
        const spec = EXPECTED_EVENTS[event];
        const res = await s.timeout(5000).emitWithAck(event as 'view:join', ...(spec.args as [{ room: 'wall' }])) as { ok: boolean; error?: string };
        const ok = spec.allow.includes(c.role!);
        if (res.ok !== ok) wrong.push(`${event} as ${c.label}: expected ${ok ? 'allowed' : 'refused'}, got ${JSON.stringify(res)}`);
      }
      s.close();
    }
    expect(wrong).toEqual([]);
  });

  it('refuses events that have no policy, and rooms outside a wall token\'s scope', async () => {
    const scoped = await issue(app, 'wall', { scope: { rooms: [] } });
    const s = socketWith(app.url, { token: scoped.token });
    sockets.push(s);
    expect(await handshake(s)).toEqual({ ok: true });
    const join = await s.timeout(5000).emitWithAck('view:join', { room: 'wall' }) as { ok: boolean; error?: string };
    expect(join).toEqual({ ok: false, error: expect.stringMatching(/may not view room "wall"/) });
    const rogue = await (s.timeout(5000) as unknown as { emitWithAck(e: string, a: unknown): Promise<{ ok: boolean; error: string }> }).emitWithAck('admin:reset', {});
    expect(rogue).toEqual({ ok: false, error: expect.stringMatching(/no access policy is declared for event "admin:reset"/) });
  });
});

describe('a route without a policy (fail closed)', () => {
  for (const required of [true, false]) {
    it(`is refused for everyone, admin included, ${required ? 'with authentication' : 'in embedded mode'}`, async () => {
      const auth = new AuthService({ required, adminToken: required ? ADMIN_TOKEN : undefined, store: new MemoryAuthStore() });
      const guard = createGuard({ auth, limiters: createLimiters(NO_LIMITS), log: { error: () => {} } });
      const app = express();
      app.use(guard.middleware);
      app.get('/api/status', (_req, res) => { res.json({ ok: true }); });
      app.get('/api/secret-export', (_req, res) => { res.json({ leaked: true }); });
      app.get('/export.csv', (_req, res) => { res.send('a,b'); });
      const missing = guard.finalize(app);
      expect(missing.map((r) => `${r.method} ${String(r.path)}`)).toEqual(['GET /api/secret-export', 'GET /export.csv']);
      const server = app.listen(0, '127.0.0.1');
      await new Promise((r) => server.once('listening', r));
      const base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
      try {
        for (const path of ['/api/secret-export', '/API/Secret-Export/', '/export.csv']) {
          const r = await call(`${base}${path}`, { token: ADMIN_TOKEN });
          expect(r.status, path).toBe(403);
          expect(r.json.error).toMatch(/no access policy is declared/);
        }
        expect((await call(`${base}/api/status`, { token: ADMIN_TOKEN })).status).toBe(200);
      } finally {
        server.close();
      }
    });
  }
});
