import { DAY_MS, HOUR_MS } from '../../shared/constants';
import type { Principal, Role, Scope } from './roles';
import type { AuthStore, Credential } from './store';
import { CREDENTIAL_MAX_CHARS, newSessionId, newToken, sameHash, sha256, tokenId } from './tokens';

/** A signed-in person stays signed in this long by default. */
export const SESSION_TTL_MS = 12 * HOUR_MS;
/** A kiosk's session lasts longer: walls run for days unattended. */
export const WALL_SESSION_TTL_MS = 30 * DAY_MS;
/** Shortest bootstrap admin secret accepted (characters). */
export const ADMIN_TOKEN_MIN_CHARS = 24;
export const BOOTSTRAP_ID = 'bootstrap-admin';

export interface AuthServiceOptions {
  /** false: embedded mode, no authentication (loopback only). */
  required: boolean;
  /** EARSHOT_ADMIN_TOKEN: an admin credential that needs no store. */
  adminToken?: string;
  store: AuthStore;
  now?: () => number;
  sessionTtlMs?: number;
  wallSessionTtlMs?: number;
}

/** What the API shows of a credential: never its hash. */
export type CredentialView = Omit<Credential, 'hash'>;
export const credentialView = ({ hash: _h, ...rest }: Credential): CredentialView => rest;

export interface IssueRequest { name: string; role: Role; scope?: Scope; ttlMs?: number }

/** 'local': revoked through this node; 'remote': another node of the cluster revoked it. */
export type RevokeOrigin = 'local' | 'remote';
type RevokeListener = (credentialId: string, origin: RevokeOrigin) => void;

/** Checks tokens, API keys and sessions; issues and revokes credentials. Knows nothing of HTTP. */
export class AuthService {
  readonly required: boolean;
  readonly store: AuthStore;
  private adminHash?: string;
  private now: () => number;
  private sessionTtlMs: number;
  private wallSessionTtlMs: number;
  private revokeListeners: RevokeListener[] = [];

  constructor(o: AuthServiceOptions) {
    this.required = o.required;
    this.store = o.store;
    this.now = o.now ?? Date.now;
    this.sessionTtlMs = o.sessionTtlMs ?? SESSION_TTL_MS;
    this.wallSessionTtlMs = o.wallSessionTtlMs ?? WALL_SESSION_TTL_MS;
    if (o.adminToken !== undefined) {
      if (o.adminToken.length < ADMIN_TOKEN_MIN_CHARS) throw new Error(`the admin token must have at least ${ADMIN_TOKEN_MIN_CHARS} characters`);
      this.adminHash = sha256(o.adminToken);
    }
  }

  /** A bootstrap session is tied to the admin secret it came from: changing the secret ends them. */
  private get bootstrapSessionId(): string {
    return `${BOOTSTRAP_ID}:${(this.adminHash ?? '').slice(0, 16)}`;
  }

  /** The principal of a bearer token or API key, or null (unknown, malformed, revoked, expired). */
  async verifyToken(token: string): Promise<Principal | null> {
    if (!token || token.length > CREDENTIAL_MAX_CHARS) return null;
    const hash = sha256(token);
    if (this.adminHash && sameHash(hash, this.adminHash)) return { id: BOOTSTRAP_ID, role: 'admin', name: 'bootstrap admin', via: 'token' };
    const id = tokenId(token);
    if (!id) return null;
    const c = await this.store.getCredential(id);
    if (!c || !sameHash(hash, c.hash) || !this.live(c)) return null;
    return { id: c.id, role: c.role, name: c.name, scope: c.scope, via: 'token', expiresAt: c.expiresAt };
  }

  /** The principal of a session cookie, or null (unknown, expired, or its credential revoked). */
  async verifySession(sessionId: string): Promise<Principal | null> {
    if (!sessionId || sessionId.length > CREDENTIAL_MAX_CHARS) return null;
    const hash = sha256(sessionId);
    const s = await this.store.getSession(hash);
    if (!s || s.expiresAt <= this.now()) return null;
    if (s.credentialId.startsWith(`${BOOTSTRAP_ID}:`)) {
      if (!this.adminHash || s.credentialId !== this.bootstrapSessionId) return null;
    } else {
      const c = await this.store.getCredential(s.credentialId);
      if (!c || !this.live(c)) {
        await this.store.deleteSession(hash);
        return null;
      }
    }
    const id = s.credentialId.startsWith(`${BOOTSTRAP_ID}:`) ? BOOTSTRAP_ID : s.credentialId;
    return { id, role: s.role, name: s.name, scope: s.scope, via: 'session', expiresAt: s.expiresAt };
  }

  /** Is this principal still valid now (for long-lived sockets)? */
  async stillValid(p: Principal): Promise<boolean> {
    if (p.via === 'open') return true;
    if (p.expiresAt !== undefined && p.expiresAt <= this.now()) return false;
    if (p.id === BOOTSTRAP_ID) return this.adminHash !== undefined;
    const c = await this.store.getCredential(p.id);
    return !!c && this.live(c);
  }

  /** Exchanges a token for a session; the caller sets the cookie. Null when the token is not valid. */
  async login(token: string): Promise<{ sessionId: string; principal: Principal } | null> {
    const p = await this.verifyToken(token);
    if (!p) return null;
    const sessionId = newSessionId();
    const ttl = p.role === 'wall' ? this.wallSessionTtlMs : this.sessionTtlMs;
    const expiresAt = Math.min(this.now() + ttl, p.expiresAt ?? Infinity);
    await this.store.putSession({
      hash: sha256(sessionId), credentialId: p.id === BOOTSTRAP_ID ? this.bootstrapSessionId : p.id,
      role: p.role, name: p.name, scope: p.scope, createdAt: this.now(), expiresAt,
    });
    return { sessionId, principal: { ...p, via: 'session', expiresAt } };
  }

  async logout(sessionId: string): Promise<void> {
    if (sessionId && sessionId.length <= CREDENTIAL_MAX_CHARS) await this.store.deleteSession(sha256(sessionId));
  }

  /** A new token or key: the secret is returned once and never stored. */
  async issue(req: IssueRequest, by: Principal): Promise<{ token: string; credential: CredentialView }> {
    const t = newToken();
    const c: Credential = {
      id: t.id, name: req.name, role: req.role, hash: t.hash, createdAt: this.now(), createdBy: by.name,
      ...(req.scope ? { scope: req.scope } : {}),
      ...(req.ttlMs !== undefined ? { expiresAt: this.now() + req.ttlMs } : {}),
    };
    await this.store.putCredential(c);
    return { token: t.token, credential: credentialView(c) };
  }

  async list(): Promise<CredentialView[]> {
    return (await this.store.listCredentials()).map(credentialView).sort((a, b) => a.createdAt - b.createdAt);
  }

  /** Revokes a credential: its tokens, sessions and sockets stop working. */
  async revoke(id: string): Promise<CredentialView | undefined> {
    const c = await this.store.revokeCredential(id, this.now());
    if (!c) return undefined;
    for (const l of this.revokeListeners) l(id, 'local');
    return credentialView(c);
  }

  /** Another node revoked this credential (the shared store already says so): its sockets here end too. */
  revokedElsewhere(id: string): void {
    for (const l of this.revokeListeners) l(id, 'remote');
  }

  onRevoke(fn: RevokeListener): void {
    this.revokeListeners.push(fn);
  }

  private live(c: Credential): boolean {
    return c.revokedAt === undefined && (c.expiresAt === undefined || c.expiresAt > this.now());
  }
}
