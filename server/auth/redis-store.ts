import type { RedisKeys } from '../cluster/keys';
import { Script, type Redis } from '../cluster/redis';
import { CREDENTIALS_MAX, SESSIONS_MAX } from './memory-store';
import type { AuthStore, Credential, Session } from './store';

/**
 * Stores a credential unless the store is full (replacing one is always allowed).
 * KEYS[1] credentials hash, KEYS[2] revoked hash. ARGV id, json (without revokedAt), revokedAt ('' = none), max.
 * Returns 1 (stored) or 0 (full).
 */
const PUT_CREDENTIAL = new Script(`
if redis.call('HEXISTS', KEYS[1], ARGV[1]) == 0 and redis.call('HLEN', KEYS[1]) >= tonumber(ARGV[4]) then return 0 end
redis.call('HSET', KEYS[1], ARGV[1], ARGV[2])
if ARGV[3] == '' then redis.call('HDEL', KEYS[2], ARGV[1]) else redis.call('HSET', KEYS[2], ARGV[1], ARGV[3]) end
return 1
`);

/**
 * Marks a credential revoked; the first revocation's time is kept.
 * KEYS[1] credentials hash, KEYS[2] revoked hash. ARGV id, at.
 * Returns nil (unknown) or { json, revokedAt }.
 */
const REVOKE_CREDENTIAL = new Script(`
local c = redis.call('HGET', KEYS[1], ARGV[1])
if not c then return false end
redis.call('HSETNX', KEYS[2], ARGV[1], ARGV[2])
return { c, redis.call('HGET', KEYS[2], ARGV[1]) }
`);

/**
 * Stores a session with a TTL at its expiry; forgets expired ones from the index and, when the
 * index is full, drops the sessions that would expire first (their browsers sign in again).
 * KEYS[1] session key, KEYS[2] index. ARGV hash, json, ttlMs, expiresAt, now, max, session key prefix.
 */
const PUT_SESSION = new Script(`
redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', ARGV[5])
redis.call('ZREM', KEYS[2], ARGV[1])
local max = tonumber(ARGV[6])
while redis.call('ZCARD', KEYS[2]) >= max do
  local first = redis.call('ZPOPMIN', KEYS[2])
  if #first == 0 then break end
  redis.call('DEL', ARGV[7] .. first[1])
end
redis.call('SET', KEYS[1], ARGV[2], 'PX', ARGV[3])
redis.call('ZADD', KEYS[2], ARGV[4], ARGV[1])
return 1
`);

export interface RedisAuthStoreOptions {
  now?: () => number;
  credentialsMax?: number;
  sessionsMax?: number;
}

const revokedAtOf = (v: string | null | undefined): Partial<Pick<Credential, 'revokedAt'>> =>
  v === null || v === undefined ? {} : { revokedAt: Number(v) };

/**
 * Credentials and sessions shared by every node of a cluster. Credentials: a hash id -> JSON and a
 * hash id -> revokedAt (so revoking is one HSETNX, and every node sees it on its next check: nothing
 * is cached). Sessions: one key per session hash with a Redis TTL at its expiry, plus an index by
 * expiry that bounds their number like the memory store.
 */
export class RedisAuthStore implements AuthStore {
  private now: () => number;
  private credentialsMax: number;
  private sessionsMax: number;

  constructor(private client: Redis, private keys: RedisKeys, o: RedisAuthStoreOptions = {}) {
    this.now = o.now ?? Date.now;
    this.credentialsMax = o.credentialsMax ?? CREDENTIALS_MAX;
    this.sessionsMax = o.sessionsMax ?? SESSIONS_MAX;
  }

  async putCredential(c: Credential): Promise<void> {
    const { revokedAt, ...rest } = c;
    const ok = await PUT_CREDENTIAL.run(this.client, [this.keys.credentials, this.keys.revoked],
      [c.id, JSON.stringify(rest), revokedAt === undefined ? '' : String(revokedAt), this.credentialsMax]);
    if (Number(ok) !== 1) throw new Error(`too many credentials (at most ${this.credentialsMax})`);
  }

  async getCredential(id: string): Promise<Credential | undefined> {
    const [json, revoked] = await this.client.multi()
      .hGet(this.keys.credentials, id).hGet(this.keys.revoked, id).exec() as unknown as (string | null)[];
    return json ? { ...JSON.parse(json) as Credential, ...revokedAtOf(revoked) } : undefined;
  }

  async listCredentials(): Promise<Credential[]> {
    const [all, revoked] = await this.client.multi()
      .hGetAll(this.keys.credentials).hGetAll(this.keys.revoked).exec() as unknown as Record<string, string>[];
    return Object.entries(all).map(([id, json]) => ({ ...JSON.parse(json) as Credential, ...revokedAtOf(revoked[id]) }));
  }

  async revokeCredential(id: string, at: number): Promise<Credential | undefined> {
    const r = await REVOKE_CREDENTIAL.run(this.client, [this.keys.credentials, this.keys.revoked], [id, at]) as [string, string] | null;
    return r ? { ...JSON.parse(r[0]) as Credential, ...revokedAtOf(r[1]) } : undefined;
  }

  async putSession(s: Session): Promise<void> {
    const key = this.keys.session + s.hash;
    const now = this.now();
    const ttlMs = Math.ceil(s.expiresAt - now);
    if (!(ttlMs > 0)) { // already expired: nothing to keep
      await this.deleteSession(s.hash);
      return;
    }
    await PUT_SESSION.run(this.client, [key, this.keys.sessionIndex],
      [s.hash, JSON.stringify(s), ttlMs, s.expiresAt, now, this.sessionsMax, this.keys.session]);
  }

  async getSession(hash: string): Promise<Session | undefined> {
    const json = await this.client.get(this.keys.session + hash);
    if (!json) return undefined;
    const s = JSON.parse(json) as Session;
    if (s.expiresAt <= this.now()) {
      await this.deleteSession(hash);
      return undefined;
    }
    return s;
  }

  async deleteSession(hash: string): Promise<void> {
    await this.client.multi().del(this.keys.session + hash).zRem(this.keys.sessionIndex, hash).exec();
  }

  async ping(): Promise<void> {
    await this.client.ping();
  }
}
