import type { Express } from 'express';

export interface RouteInfo {
  /** Upper-case HTTP method, or 'ALL' for app.all(). */
  method: string;
  /** Full path (mount path included), or the RegExp it was registered with. */
  path: string | RegExp;
}

interface Listed { path: string | RegExp; methods?: string[]; router?: ListingRouter }
interface ListingRouter { listRoutes(): Listed[] }

/** Routers that must not be listed as application routes (the policy routers themselves). */
export const NOT_ROUTES = Symbol('earshot.notRoutes');

function join(prefix: string, path: string): string {
  const p = `${prefix}/${path}`.replace(/\/+/g, '/');
  return p.length > 1 ? p.replace(/\/$/, '') : p;
}

function walk(router: ListingRouter, prefix: string, out: RouteInfo[]): void {
  for (const r of router.listRoutes()) {
    if (r.router) {
      if ((r.router as unknown as Record<symbol, unknown>)[NOT_ROUTES]) continue;
      if (typeof r.path !== 'string') throw new Error(`cannot check access policies under a RegExp mount path ${String(r.path)}`);
      walk(r.router, join(prefix, r.path), out);
      continue;
    }
    const path = typeof r.path === 'string' ? join(prefix, r.path) : r.path;
    if (typeof r.path !== 'string' && prefix !== '/' && prefix !== '') throw new Error(`cannot check access policies of a RegExp route under ${prefix}`);
    const methods = (r.methods ?? []).map((m) => (m === '*' ? 'ALL' : m.toUpperCase()));
    for (const m of methods) {
      if (m === 'HEAD' && methods.includes('GET')) continue; // express's automatic HEAD for GET
      out.push({ method: m, path });
    }
  }
}

/** Every route registered on the express app, nested routers included (express 5 listRoutes). */
export function listAppRoutes(app: Express): RouteInfo[] {
  const out: RouteInfo[] = [];
  walk((app as unknown as { router: ListingRouter }).router, '', out);
  return out;
}

/** A concrete path that the route pattern matches (`:id` -> `x`, `{*rest}` -> `x`, optional groups dropped). */
export function samplePath(pattern: string, fill = 'x'): string {
  return pattern.replace(/\{[^}]*\}/g, (g) => (g.startsWith('{*') ? fill : '')).replace(/[:*][A-Za-z_$][\w$]*/g, fill) || '/';
}
