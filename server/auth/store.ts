import type { Role, Scope } from './roles';

/** An issued token or API key. The secret itself is never stored: only its sha256. */
export interface Credential {
  id: string;
  name: string;
  role: Role;
  scope?: Scope;
  /** sha256 hex of the whole token. */
  hash: string;
  createdAt: number;
  createdBy: string;
  expiresAt?: number;
  revokedAt?: number;
}

/** A signed-in browser: the cookie holds the id, the store keys it by sha256. */
export interface Session {
  hash: string;
  credentialId: string;
  role: Role;
  name: string;
  scope?: Scope;
  createdAt: number;
  expiresAt: number;
}

/**
 * Where credentials and sessions live. Async and small on purpose, so a Redis implementation
 * (hashes keyed by id, sessions with a TTL) is a drop-in for the memory one.
 */
export interface AuthStore {
  putCredential(c: Credential): Promise<void>;
  getCredential(id: string): Promise<Credential | undefined>;
  listCredentials(): Promise<Credential[]>;
  /** Marks it revoked (kept for the audit trail); undefined when unknown. */
  revokeCredential(id: string, at: number): Promise<Credential | undefined>;
  putSession(s: Session): Promise<void>;
  getSession(hash: string): Promise<Session | undefined>;
  deleteSession(hash: string): Promise<void>;
  /** For /readyz: resolves when the store answers. */
  ping(): Promise<void>;
}
