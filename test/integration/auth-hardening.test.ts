import { request as httpRequest } from 'node:http';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { EarshotApp } from '../../server/app';
import { createLogger } from '../../server/ops/logger';
import { startApp, type TestSocket } from '../helpers/app';
import { ADMIN_TOKEN, call, handshake, issue, login, socketWith, startSecureApp } from './auth-helpers';

function staticDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'earshot-static-'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>t</title><div id="root"></div>');
  return dir;
}

/** A raw request, with headers fetch will not send (Host). */
function raw(url: string, o: { method?: string; headers?: Record<string, string>; body?: string }): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { method: o.method ?? 'GET', headers: o.headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => { body += c; });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end(o.body);
  });
}

function directives(csp: string | null): Map<string, string> {
  return new Map((csp ?? '').split(';').map((d) => d.trim()).filter(Boolean).map((d) => {
    const [k, ...v] = d.split(/\s+/);
    return [k, v.join(' ')];
  }));
}

describe('security headers', () => {
  let app: EarshotApp;
  beforeAll(async () => { app = await startApp({ staticDir: staticDir() }); });
  afterAll(async () => { await app.close(); });

  for (const path of ['/api/status', '/wall', '/nope.js']) {
    it(`sets a CSP without inline scripts and the usual headers on ${path}`, async () => {
      const r = await call(`${app.url}${path}`);
      const d = directives(r.headers.get('content-security-policy'));
      expect(d.get('script-src')).toBe("'self'");
      expect(d.get('default-src')).toBe("'self'");
      expect(d.get('script-src-attr')).toBe("'none'");
      expect(d.get('object-src')).toBe("'none'");
      expect(d.get('frame-ancestors')).toBe("'none'");
      expect(d.get('base-uri')).toBe("'none'");
      expect(d.get('connect-src')).toBe("'self'");
      expect(r.headers.get('content-security-policy')).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
      expect(r.headers.get('x-frame-options')).toBe('DENY');
      expect(r.headers.get('x-content-type-options')).toBe('nosniff');
      expect(r.headers.get('referrer-policy')).toBe('no-referrer');
      expect(r.headers.get('cross-origin-opener-policy')).toBe('same-origin');
      expect(r.headers.get('permissions-policy')).toMatch(/camera=\(\)/);
      expect(r.headers.get('strict-transport-security')).toBeNull(); // plain http on localhost
      expect(r.headers.get('x-powered-by')).toBeNull();
    });
  }

  it('keeps API answers out of caches', async () => {
    expect((await call(`${app.url}/api/status`)).headers.get('cache-control')).toBe('no-store');
  });
});

describe('cross-site requests and WebSocket hijacking', () => {
  const ALLOWED = 'http://wall.example:8080';
  let app: EarshotApp;
  const sockets: TestSocket[] = [];
  beforeAll(async () => { app = await startApp({ security: { allowedOrigins: [ALLOWED] } }); });
  afterEach(() => { sockets.splice(0).forEach((s) => s.close()); });
  afterAll(async () => { await app.close(); });
  const sock = (origin?: string) => { const s = socketWith(app.url, { origin }); sockets.push(s); return s; };

  it('refuses a Socket.IO handshake from another origin, even in embedded mode', async () => {
    expect(await handshake(sock('http://evil.example'))).toMatchObject({ ok: false });
    expect(await handshake(sock('null'))).toMatchObject({ ok: false });
    expect(await handshake(sock(`http://127.0.0.1:${app.port}`))).toEqual({ ok: true });
    expect(await handshake(sock(ALLOWED))).toEqual({ ok: true });
    expect(await handshake(sock())).toEqual({ ok: true }); // no Origin: not a browser
    const polling = await raw(`${app.url}/socket.io/?EIO=4&transport=polling`, { headers: { origin: 'http://evil.example' } });
    expect(polling.status).toBe(403);
  });

  it('refuses state-changing requests from another origin (403 JSON), not reads', async () => {
    const body = [{ id: 'o-1', channel: 'twitter', text: 'Nimbus', createdAt: Date.now() }];
    const evil = await call(`${app.url}/api/mentions`, { method: 'POST', body, headers: { origin: 'http://evil.example' } });
    expect(evil.status).toBe(403);
    expect(evil.json.error).toMatch(/cross-site request refused/);
    expect((await call(`${app.url}/api/mentions`, { method: 'POST', body, contentType: 'text/plain', headers: { origin: 'null' } })).status).toBe(403);
    expect((await call(`${app.url}/api/rules/x`, { method: 'DELETE', headers: { origin: 'https://127.0.0.1.evil.example' } })).status).toBe(403);
    expect(app.pipeline.stats.accepted).toBe(0);
    expect((await call(`${app.url}/api/mentions`, { method: 'POST', body, headers: { origin: `http://127.0.0.1:${app.port}` } })).status).toBe(200);
    expect((await call(`${app.url}/api/mentions`, { method: 'POST', body: [{ ...body[0], id: 'o-2' }], headers: { origin: ALLOWED } })).status).toBe(200);
    expect((await call(`${app.url}/api/status`, { headers: { origin: 'http://evil.example' } })).status).toBe(200);
  });

  it('answers only localhost names in embedded mode (DNS rebinding)', async () => {
    const evil = await raw(`${app.url}/api/status`, { headers: { host: `evil.example:${app.port}` } });
    expect(evil.status).toBe(403);
    expect(JSON.parse(evil.body).error).toMatch(/host not allowed/);
    expect((await raw(`${app.url}/api/status`, { headers: { host: `localhost:${app.port}` } })).status).toBe(200);
    expect((await raw(`${app.url}/socket.io/?EIO=4&transport=polling`, { headers: { host: `evil.example:${app.port}` } })).status).toBe(403);
  });

  it('serves any Host once authentication is on (a credential is needed anyway)', async () => {
    const secure = await startSecureApp();
    try {
      expect((await raw(`${secure.url}/api/status`, { headers: { host: 'earshot.example.com' } })).status).toBe(401);
      expect((await raw(`${secure.url}/api/status`, { headers: { host: 'earshot.example.com', authorization: `Bearer ${ADMIN_TOKEN}` } })).status).toBe(200);
    } finally {
      await secure.close();
    }
  });
});

describe('body and message size limits', () => {
  let app: EarshotApp;
  beforeAll(async () => { app = await startApp({ bodyLimit: 64 * 1024 }); });
  afterAll(async () => { await app.close(); });

  const big = (bytes: number) => JSON.stringify({ title: 'x'.repeat(bytes) });
  const CASES: [string, string, number][] = [
    ['POST', '/api/login', 5 * 1024],
    ['POST', '/api/auth/tokens', 5 * 1024],
    ['POST', '/api/alerts', 17 * 1024],
    ['POST', '/api/alerts/x/ack', 17 * 1024],
    ['POST', '/api/alerts/x/silence', 17 * 1024],
    ['POST', '/api/silences', 17 * 1024],
    ['POST', '/api/rules', 65 * 1024],
    ['POST', '/api/rules/test', 65 * 1024],
    ['PUT', '/api/rules/x', 65 * 1024],
    ['PATCH', '/api/rules/x', 65 * 1024],
    ['POST', '/api/mentions', 65 * 1024],
  ];
  for (const [method, path, bytes] of CASES) {
    it(`answers 413 with a JSON error to a ${bytes} B body on ${method} ${path}`, async () => {
      const r = await call(`${app.url}${path}`, { method, body: big(bytes) });
      expect(r.status).toBe(413);
      expect(r.json.error).toMatch(/too large/);
    });
  }

  it('drops a socket that sends a message over 16 kB', async () => {
    const s = socketWith(app.url);
    try {
      expect(await handshake(s)).toEqual({ ok: true });
      const gone = new Promise<string>((r) => s.once('disconnect', r));
      s.emit('view:join', { room: 'x'.repeat(20 * 1024) } as never, () => {});
      expect(await gone).toMatch(/close/);
    } finally {
      s.close();
    }
  });
});

describe('prototype pollution', () => {
  let app: EarshotApp;
  beforeAll(async () => { app = await startApp(); });
  afterAll(async () => { await app.close(); });

  const PROTO = '"__proto__":{"polluted":"yes"}';
  const ESCAPED = '"\\u005f_proto__":{"polluted":"yes"}';
  const CTOR = '"constructor":{"prototype":{"polluted":"yes"}}';
  const mention = (id: string, extra: string) => `{${extra},"id":"${id}","channel":"twitter","text":"Nimbus rocks","createdAt":${Date.now()},"author":{${extra},"handle":"@a"}}`;

  it('keeps __proto__ and constructor.prototype keys from any body out of every object prototype', async () => {
    const before = Object.getOwnPropertyNames(Object.prototype).sort();
    const rule = (await call(`${app.url}/api/rules`)).json.rules[0].id as string;
    const sends: [string, string, string, string?][] = [];
    for (const [i, extra] of [PROTO, ESCAPED, CTOR].entries()) {
      sends.push(
        ['POST', '/api/mentions', `[${mention(`p-${i}`, extra)}]`],
        ['POST', '/api/mentions', mention(`q-${i}`, extra)],
        ['POST', '/api/mentions', `${mention(`r-${i}`, extra)}\n{${extra}}`, 'application/x-ndjson'],
        ['POST', '/api/login', `{${extra},"token":"x"}`],
        ['POST', '/api/auth/tokens', `{${extra},"name":"n","role":"wall"}`],
        ['POST', '/api/alerts', `{${extra},"title":"t"}`],
        ['POST', '/api/silences', `{${extra},"brand":"nimbus","minutes":5,"by":"me"}`],
        ['POST', '/api/rules/test', `{${extra},"type":"keyword","params":{${extra},"words":["recall"]}}`],
        ['PATCH', `/api/rules/${rule}`, `{${extra},"params":{${extra}},"scope":{${extra}}}`],
        ['PUT', `/api/rules/${rule}`, `{${extra},"type":"keyword","name":"k","params":{${extra},"words":["recall"]}}`],
      );
    }
    for (const [method, path, body, type] of sends) {
      const r = await call(`${app.url}${path}`, { method, body, contentType: type ?? 'application/json' });
      expect(r.status, `${method} ${path}: ${r.text}`).toBeLessThan(500);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
    // the mentions were kept, without the keys
    const m = (await call(`${app.url}/api/mentions/p-0`)).json;
    expect(m.text).toBe('Nimbus rocks');
    expect(Object.getPrototypeOf(m.author)).toBe(Object.prototype);
    expect(app.pipeline.stats.accepted).toBe(9);
    const stored = await app.mentions.get('p-0');
    expect(Object.getPrototypeOf(stored)).toBe(Object.prototype);
    expect((stored as unknown as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(app.rules.get(rule)!.params)).toBe(Object.prototype);
    expect((app.rules.get(rule)!.params as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('secrets never reach the log', () => {
  it('logs credential ids and reasons, never a token, a key, a cookie or the admin secret', async () => {
    const lines: string[] = [];
    const logger = createLogger('trace', { write: (s: string) => { lines.push(s); } });
    const app = await startSecureApp({ logger });
    const secrets = [ADMIN_TOKEN, 'es1_0123456789abcdef.WRONGwrongWRONGwrongWRONGwrongWRONGwrong123'];
    try {
      const analyst = await issue(app, 'analyst');
      const key = await issue(app, 'ingest');
      const wall = await issue(app, 'wall');
      secrets.push(analyst.token, key.token, wall.token);
      const { cookie } = await login(app, analyst.token);
      secrets.push(cookie.split('=')[1]);
      await call(`${app.url}/api/totals`, { cookie });
      await call(`${app.url}/api/totals`, { token: secrets[1] });
      await call(`${app.url}/api/login`, { method: 'POST', body: { token: secrets[1] } });
      await call(`${app.url}/api/mentions`, { method: 'POST', apiKey: key.token, body: [{ id: 's1', channel: 'news', text: 'Nimbus', createdAt: Date.now() }] });
      await call(`${app.url}/api/rules`, { method: 'POST', apiKey: key.token, body: {} });
      await call(`${app.url}/wall?token=${encodeURIComponent(wall.token)}`);
      const s = socketWith(app.url, { token: wall.token });
      await handshake(s);
      const dropped = new Promise((r) => s.once('disconnect', r));
      const bad = socketWith(app.url, { token: secrets[1] });
      await handshake(bad);
      bad.close();
      await call(`${app.url}/api/auth/tokens/${wall.id}`, { method: 'DELETE', token: ADMIN_TOKEN });
      await dropped;
      // a careless line carrying headers and a token is redacted all the same
      logger.warn({ req: { headers: { authorization: `Bearer ${ADMIN_TOKEN}`, cookie, 'x-api-key': key.token } }, token: analyst.token, body: { token: analyst.token } }, 'careless');
    } finally {
      await app.close();
    }
    const text = lines.join('');
    const parsed = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(parsed.length).toBeGreaterThan(10);
    const msgs = parsed.map((p) => p.msg);
    expect(msgs).toEqual(expect.arrayContaining(['signed in', 'credential issued', 'credential revoked', 'request refused', 'socket disconnected']));
    expect(parsed.find((p) => p.msg === 'request refused' && p.status === 401)).toMatchObject({ reason: expect.stringMatching(/invalid/) });
    for (const secret of secrets) expect(text.includes(secret), `secret ${secret.slice(0, 8)}… in the log`).toBe(false);
    expect(text).toContain('[redacted]');
  });
});
