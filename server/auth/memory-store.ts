import type { AuthStore, Credential, Session } from './store';

/** Credentials kept at most (issued tokens and keys, revoked ones included). */
export const CREDENTIALS_MAX = 10_000;
/** Sessions kept at most; beyond that the oldest is dropped (its browser signs in again). */
export const SESSIONS_MAX = 10_000;

/** The embedded default: everything in memory, bounded, lost on restart. */
export class MemoryAuthStore implements AuthStore {
  private credentials = new Map<string, Credential>();
  private sessions = new Map<string, Session>();

  private credentialsMax: number;
  private sessionsMax: number;

  constructor(private now: () => number = Date.now, o: { credentialsMax?: number; sessionsMax?: number } = {}) {
    this.credentialsMax = o.credentialsMax ?? CREDENTIALS_MAX;
    this.sessionsMax = o.sessionsMax ?? SESSIONS_MAX;
  }

  async putCredential(c: Credential): Promise<void> {
    if (!this.credentials.has(c.id) && this.credentials.size >= this.credentialsMax) {
      throw new Error(`too many credentials (at most ${this.credentialsMax})`);
    }
    this.credentials.set(c.id, { ...c });
  }

  async getCredential(id: string): Promise<Credential | undefined> {
    const c = this.credentials.get(id);
    return c && { ...c };
  }

  async listCredentials(): Promise<Credential[]> {
    return [...this.credentials.values()].map((c) => ({ ...c }));
  }

  async revokeCredential(id: string, at: number): Promise<Credential | undefined> {
    const c = this.credentials.get(id);
    if (!c) return undefined;
    c.revokedAt ??= at;
    return { ...c };
  }

  async putSession(s: Session): Promise<void> {
    this.prune();
    while (this.sessions.size >= this.sessionsMax) {
      const oldest = this.sessions.keys().next().value as string;
      this.sessions.delete(oldest);
    }
    this.sessions.set(s.hash, { ...s });
  }

  async getSession(hash: string): Promise<Session | undefined> {
    const s = this.sessions.get(hash);
    if (!s) return undefined;
    if (s.expiresAt <= this.now()) {
      this.sessions.delete(hash);
      return undefined;
    }
    return { ...s };
  }

  async deleteSession(hash: string): Promise<void> {
    this.sessions.delete(hash);
  }

  async ping(): Promise<void> {}

  private prune(): void {
    const t = this.now();
    for (const [k, s] of this.sessions) if (s.expiresAt <= t) this.sessions.delete(k);
  }
}
