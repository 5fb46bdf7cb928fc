import type { Room } from '../../shared/events';

/**
 * Who may do what. admin: configuration, rules, credentials (and everything else); analyst: explore,
 * export, acknowledge; wall: a read-only kiosk, scoped to rooms; ingest: API keys that only post
 * mentions; metrics: a Prometheus scrape key.
 */
export const ROLES = ['admin', 'analyst', 'wall', 'ingest', 'metrics'] as const;
export type Role = (typeof ROLES)[number];

/** Roles a person (or a kiosk) can sign in with and get a session cookie for. */
export const LOGIN_ROLES: readonly Role[] = ['admin', 'analyst', 'wall'];
/** Roles that may open a Socket.IO connection (the wall's frames). */
export const SOCKET_ROLES: readonly Role[] = ['admin', 'analyst', 'wall'];

/** What a wall credential may see; absent fields mean "everything". */
export interface Scope {
  /** Socket.IO rooms the wall may join (enforced by the server). */
  rooms?: Room[];
  /** Wall layouts the kiosk may show (checked by the client: every layout reads the same rooms). */
  layouts?: string[];
}

/** The caller of one request or socket, once authenticated. */
export interface Principal {
  /** Credential id ('open' in embedded mode, 'bootstrap-admin' for EARSHOT_ADMIN_TOKEN). */
  id: string;
  role: Role;
  name: string;
  scope?: Scope;
  /** How the caller proved it: no auth (embedded), a token/key in a header or the socket auth, a session cookie. */
  via: 'open' | 'token' | 'session';
  /** When the session or credential stops being valid (epoch ms), if it does. */
  expiresAt?: number;
}

/** admin may do everything; other roles only what a policy names. */
export function roleAllowed(role: Role, allowed: readonly Role[]): boolean {
  return role === 'admin' || allowed.includes(role);
}

/** The principal of embedded mode: no authentication, everything allowed (localhost only). */
export const OPEN_PRINCIPAL: Principal = Object.freeze({ id: 'open', role: 'admin', name: 'embedded mode (no auth)', via: 'open' }) as Principal;
