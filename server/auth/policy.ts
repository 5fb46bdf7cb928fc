import type { ClientToServerEvents } from '../../shared/events';
import type { Principal, Role } from './roles';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE' | 'ALL';
/** Rate limiters a route may consume from (see rate-limit.ts). */
export type LimiterName = 'ingest' | 'login';

/**
 * Who may call a route: 'public' (anyone), 'authenticated' (any valid credential), or the roles
 * listed (admin always may; [] means admin only).
 */
export type Allow = 'public' | 'authenticated' | readonly Role[];

export interface RoutePolicy {
  method: HttpMethod;
  /** Express path syntax, matched exactly as express matches routes (same library, same options). */
  path: string | RegExp;
  allow: Allow;
  limit?: LimiterName;
}

/** The client's pages (served as index.html; they hold no data). */
export const CLIENT_PAGES = /^\/(wall|explore|alerts|login)?(\/.*)?$/;

const ADMIN: readonly Role[] = [];
const READ: readonly Role[] = ['wall', 'analyst'];
const ANALYST: readonly Role[] = ['analyst'];

/**
 * Every route's policy, in one table; the first match wins. A registered route that matches no
 * entry is refused for everyone (fail closed), and the authorization matrix test fails.
 * Paths are full paths (mount path included). `/{*rest}` entries cover whole areas, so routes
 * added there later are protected without an edit here.
 */
export const ROUTE_POLICIES: readonly RoutePolicy[] = [
  // operations
  { method: 'GET', path: '/healthz', allow: 'public' },
  { method: 'GET', path: '/readyz', allow: 'public' },
  { method: 'GET', path: '/metrics', allow: ['metrics'] },
  { method: 'GET', path: '/api/health', allow: 'public' },
  // the API's own description (no data)
  { method: 'GET', path: '/api/openapi.json', allow: 'public' },
  // sessions and credentials
  { method: 'POST', path: '/api/login', allow: 'public', limit: 'login' },
  { method: 'POST', path: '/api/logout', allow: 'public' },
  { method: 'GET', path: '/api/auth/me', allow: 'authenticated' },
  { method: 'GET', path: '/api/auth/tokens', allow: ADMIN },
  { method: 'POST', path: '/api/auth/tokens', allow: ADMIN },
  { method: 'DELETE', path: '/api/auth/tokens/:id', allow: ADMIN },
  // what a wall needs besides its socket
  { method: 'GET', path: '/api/status', allow: READ },
  { method: 'GET', path: '/api/config', allow: READ },
  // ingest: API keys
  { method: 'POST', path: '/api/mentions', allow: ['ingest'], limit: 'ingest' },
  // explore and drill-down
  { method: 'GET', path: '/api/totals', allow: ANALYST },
  { method: 'GET', path: '/api/mentions/recent', allow: ANALYST },
  { method: 'GET', path: '/api/mentions/:id', allow: ANALYST },
  { method: 'ALL', path: '/api/explore', allow: ANALYST },
  { method: 'ALL', path: '/api/explore/{*rest}', allow: ANALYST },
  // alerts: analysts see and acknowledge, raise and silence
  { method: 'GET', path: '/api/alerts', allow: ANALYST },
  { method: 'POST', path: '/api/alerts', allow: ANALYST },
  { method: 'POST', path: '/api/alerts/:id/ack', allow: ANALYST },
  { method: 'POST', path: '/api/alerts/:id/resolve', allow: ANALYST },
  { method: 'POST', path: '/api/alerts/:id/silence', allow: ANALYST },
  { method: 'GET', path: '/api/silences', allow: ANALYST },
  { method: 'POST', path: '/api/silences', allow: ANALYST },
  { method: 'DELETE', path: '/api/silences/:id', allow: ANALYST },
  // rules: analysts read and test them, admins change them
  { method: 'GET', path: '/api/rules', allow: ANALYST },
  { method: 'GET', path: '/api/rules/:id', allow: ANALYST },
  { method: 'POST', path: '/api/rules/test', allow: ANALYST },
  { method: 'POST', path: '/api/rules/:id/test', allow: ANALYST },
  { method: 'POST', path: '/api/rules', allow: ADMIN },
  { method: 'PUT', path: '/api/rules/:id', allow: ADMIN },
  { method: 'PATCH', path: '/api/rules/:id', allow: ADMIN },
  { method: 'DELETE', path: '/api/rules/:id', allow: ADMIN },
  { method: 'POST', path: '/api/rules/:id/enable', allow: ADMIN },
  { method: 'POST', path: '/api/rules/:id/disable', allow: ADMIN },
  // the client (no data): its pages, and the fallback page when it is not built
  { method: 'GET', path: CLIENT_PAGES, allow: 'public' },
  { method: 'GET', path: '/', allow: 'public' },
];

type ClientEvent = keyof ClientToServerEvents;

export interface SocketPolicy {
  allow: readonly Role[];
  /** An extra check on the event's arguments (a wall's rooms); returns the reason to refuse, or null. */
  scope?: (p: Principal, args: unknown[]) => string | null;
}

/** Who may open a socket at all (the handshake). */
export const SOCKET_HANDSHAKE_ROLES: readonly Role[] = ['wall', 'analyst'];

const roomOf = (args: unknown[]): unknown => (args[0] && typeof args[0] === 'object' ? (args[0] as { room?: unknown }).room : undefined);

/**
 * Every client -> server event's policy. Typed over the contract, so a new event without a policy
 * does not compile; at run time an event missing here is refused.
 */
export const SOCKET_POLICIES: { readonly [E in ClientEvent]: SocketPolicy } = {
  'view:join': {
    allow: READ,
    scope: (p, args) => {
      const rooms = p.scope?.rooms;
      const room = roomOf(args);
      return rooms && !rooms.includes(room as never) ? `forbidden: this credential may not view room ${JSON.stringify(String(room).slice(0, 64))}` : null;
    },
  },
};
