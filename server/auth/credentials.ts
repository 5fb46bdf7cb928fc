import type { IncomingHttpHeaders } from 'node:http';
import { parse as parseCookie } from 'cookie';
import type { Principal } from './roles';
import type { AuthService } from './service';

/** Session cookie names: the __Host- prefix (Secure, Path=/, no Domain) whenever the request came over TLS. */
export const SESSION_COOKIE = 'earshot_session';
export const SECURE_SESSION_COOKIE = '__Host-earshot_session';
/** Cookie headers longer than this are not parsed. */
const COOKIE_HEADER_MAX_CHARS = 8192;

export type Presented = { kind: 'token' | 'session'; value: string; from: 'authorization' | 'x-api-key' | 'socket-auth' | 'cookie' };

const one = (v: string | string[] | undefined): string | undefined => (Array.isArray(v) ? v[0] : v);

/**
 * The credential a request presents, in order: Authorization: Bearer, X-API-Key, the Socket.IO
 * auth payload's token, the session cookie. A malformed Authorization header counts as presented
 * (and fails), so it never falls back to a cookie silently.
 */
export function presentedCredential(headers: IncomingHttpHeaders, socketAuth?: unknown): Presented | null {
  const authz = one(headers.authorization);
  if (authz !== undefined) {
    const m = /^Bearer\s+(\S+)\s*$/i.exec(authz);
    return { kind: 'token', value: m ? m[1] : '', from: 'authorization' };
  }
  const key = one(headers['x-api-key']);
  if (key !== undefined) return { kind: 'token', value: key.trim(), from: 'x-api-key' };
  const t = socketAuth && typeof socketAuth === 'object' ? (socketAuth as { token?: unknown }).token : undefined;
  if (t !== undefined && t !== null && t !== '') return { kind: 'token', value: typeof t === 'string' ? t : '', from: 'socket-auth' };
  const cookieHeader = one(headers.cookie);
  if (cookieHeader && cookieHeader.length <= COOKIE_HEADER_MAX_CHARS) {
    const c = parseCookie(cookieHeader);
    const sid = c[SECURE_SESSION_COOKIE] ?? c[SESSION_COOKIE];
    if (sid) return { kind: 'session', value: sid, from: 'cookie' };
  }
  return null;
}

export type Authenticated =
  | { ok: true; principal: Principal }
  | { ok: false; reason: 'missing' | 'invalid'; from?: Presented['from'] };

/** Who is calling: checks the presented credential against the service. */
export async function authenticate(auth: AuthService, presented: Presented | null): Promise<Authenticated> {
  if (!presented) return { ok: false, reason: 'missing' };
  const p = presented.kind === 'token' ? await auth.verifyToken(presented.value) : await auth.verifySession(presented.value);
  return p ? { ok: true, principal: p } : { ok: false, reason: 'invalid', from: presented.from };
}
