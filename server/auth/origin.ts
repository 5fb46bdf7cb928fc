import type { IncomingMessage } from 'node:http';
import { isLoopbackAddress } from './mode';

/**
 * Cross-site checks shared by HTTP and the Socket.IO handshake. A browser always sends Origin on a
 * WebSocket handshake and on cross-site requests; a request without one is from a non-browser
 * client (curl, a collector) or a same-origin GET, and is left to authentication.
 */
export interface OriginPolicy {
  /** Extra allowed origins ("https://wall.example.com"), normalized by URL. */
  allowed: ReadonlySet<string>;
  /** Behind a trusted proxy: X-Forwarded-Host names the host the browser used. */
  trustProxy: boolean;
}

export function normalizeOrigin(origin: string): string | null {
  try {
    const u = new URL(origin);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.origin : null;
  } catch {
    return null;
  }
}

export function originPolicy(allowed: readonly string[] = [], trustProxy = false): OriginPolicy {
  const set = new Set<string>();
  for (const o of allowed) {
    const n = normalizeOrigin(o);
    if (!n) throw new Error(`not an http(s) origin: ${o}`);
    set.add(n);
  }
  return { allowed: set, trustProxy };
}

const first = (v: string | string[] | undefined): string | undefined => (Array.isArray(v) ? v[0] : v)?.split(',')[0]?.trim();

/** The host (and port) the client addressed. */
export function requestHost(req: IncomingMessage, trustProxy: boolean): string | undefined {
  return ((trustProxy && first(req.headers['x-forwarded-host'])) || first(req.headers.host))?.toLowerCase();
}

/** Same origin (the Origin's host is the host addressed) or on the allow-list; no Origin passes. */
export function originAllowed(req: IncomingMessage, policy: OriginPolicy): boolean {
  const origin = first(req.headers.origin);
  if (origin === undefined) return true;
  const n = normalizeOrigin(origin);
  if (!n) return false; // "null" (sandboxed frames, file:) and garbage
  if (policy.allowed.has(n)) return true;
  return new URL(n).host === requestHost(req, policy.trustProxy);
}

/**
 * DNS rebinding guard for embedded mode: an open server on localhost answers only requests that
 * name a loopback host, so a page on evil.example whose name resolves to 127.0.0.1 gets nothing.
 */
export function loopbackHostAllowed(req: IncomingMessage): boolean {
  const host = first(req.headers.host);
  if (!host) return false;
  const name = host.startsWith('[') ? host.slice(0, host.indexOf(']') + 1) : host.replace(/:\d+$/, '');
  return isLoopbackAddress(name) || name.toLowerCase().endsWith('.localhost');
}
