import { isIP } from 'node:net';

export type AuthSetting = 'auto' | 'required';

/** Is this bind address reachable only from this machine? */
export function isLoopbackAddress(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, '').toLowerCase();
  if (h === 'localhost' || h === '::1') return true;
  return isIP(h) === 4 && h.startsWith('127.');
}

/**
 * Authentication is on whenever the server can be reached from elsewhere (a non-loopback bind),
 * runs in a cluster (REDIS_URL), or AUTH=required. Otherwise: embedded mode, open on localhost.
 */
export function resolveAuthMode(o: { host: string; auth?: AuthSetting; clustered?: boolean }): { required: boolean; reason: string } {
  if (o.auth === 'required') return { required: true, reason: 'AUTH=required' };
  if (!isLoopbackAddress(o.host)) return { required: true, reason: `HOST=${o.host} is not a loopback address` };
  if (o.clustered) return { required: true, reason: 'REDIS_URL is set (cluster mode)' };
  return { required: false, reason: `embedded mode on ${o.host}` };
}
