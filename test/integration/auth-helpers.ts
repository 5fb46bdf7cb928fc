import { io as ioc } from 'socket.io-client';
import type { AppDeps, AppOptions, EarshotApp, SecurityOptions } from '../../server/app';
import type { Role } from '../../server/auth/roles';
import { startApp, type TestSocket } from '../helpers/app';

/** The bootstrap admin secret of the test servers. */
export const ADMIN_TOKEN = 'test-admin-secret-0123456789-abcdef';
/** Limits high enough that only the rate-limit tests ever meet them. */
export const NO_LIMITS = { ingestPerSec: 1_000_000, loginPerMin: 1_000_000 };

/** A real server on port 0 with authentication required (still bound to 127.0.0.1). */
export function startSecureApp(opts: Partial<AppOptions> & { security?: SecurityOptions } = {}, deps: AppDeps = {}): Promise<EarshotApp> {
  return startApp({ ...opts, security: { auth: 'required', adminToken: ADMIN_TOKEN, rateLimits: NO_LIMITS, ...opts.security } }, deps);
}

export interface CallOptions {
  method?: string;
  token?: string;
  apiKey?: string;
  cookie?: string;
  body?: string | object;
  contentType?: string;
  headers?: Record<string, string>;
}

export interface CallResult { status: number; json: any; headers: Headers; text: string }

export async function call(url: string, o: CallOptions = {}): Promise<CallResult> {
  const headers: Record<string, string> = { ...o.headers };
  if (o.token !== undefined) headers.authorization = `Bearer ${o.token}`;
  if (o.apiKey !== undefined) headers['x-api-key'] = o.apiKey;
  if (o.cookie !== undefined) headers.cookie = o.cookie;
  let body: string | undefined;
  if (o.body !== undefined) {
    body = typeof o.body === 'string' ? o.body : JSON.stringify(o.body);
    headers['content-type'] = o.contentType ?? 'application/json';
  }
  const res = await fetch(url, { method: o.method ?? 'GET', headers, body, redirect: 'manual' });
  const text = await res.text();
  let json: any;
  try { json = text ? JSON.parse(text) : undefined; } catch { json = undefined; }
  return { status: res.status, json, headers: res.headers, text };
}

/** Issues a credential with the bootstrap admin token; returns the secret. */
export async function issue(app: EarshotApp, role: Role, extra: object = {}): Promise<{ token: string; id: string }> {
  const r = await call(`${app.url}/api/auth/tokens`, { method: 'POST', token: ADMIN_TOKEN, body: { name: `test ${role}`, role, ...extra } });
  if (r.status !== 201) throw new Error(`issue ${role}: ${r.status} ${r.text}`);
  return { token: r.json.token, id: r.json.credential.id };
}

/** Signs in with a token; returns the Cookie header value for later requests. */
export async function login(app: EarshotApp, token: string): Promise<{ cookie: string; setCookie: string }> {
  const r = await call(`${app.url}/api/login`, { method: 'POST', body: { token } });
  const setCookie = r.headers.get('set-cookie') ?? '';
  if (r.status !== 200 || !setCookie) throw new Error(`login: ${r.status} ${r.text}`);
  return { cookie: setCookie.split(';')[0], setCookie };
}

export interface SocketCredential { token?: string; cookie?: string; origin?: string; authorization?: string }

/** A Socket.IO client that does not reconnect, over a real websocket. */
export function socketWith(url: string, c: SocketCredential = {}): TestSocket {
  const extraHeaders: Record<string, string> = {};
  if (c.cookie) extraHeaders.cookie = c.cookie;
  if (c.origin) extraHeaders.origin = c.origin;
  if (c.authorization) extraHeaders.authorization = c.authorization;
  return ioc(url, {
    transports: ['websocket'], reconnection: false, forceNew: true,
    auth: c.token !== undefined ? { token: c.token } : {}, extraHeaders,
  });
}

export type Handshake = { ok: true } | { ok: false; status?: number; error: string };

/** Resolves when the handshake ends: connected, or refused with the server's status and reason. */
export function handshake(s: TestSocket, timeoutMs = 5000): Promise<Handshake> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve({ ok: false, error: 'timeout' }), timeoutMs);
    s.once('connect', () => { clearTimeout(timer); resolve({ ok: true }); });
    s.once('connect_error', (err: Error & { data?: { status?: number; error?: string } }) => {
      clearTimeout(timer);
      resolve({ ok: false, status: err.data?.status, error: err.data?.error ?? err.message });
    });
  });
}
