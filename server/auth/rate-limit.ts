import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { Redis } from '../cluster/redis';
import { SECOND_MS } from '../../shared/constants';
import type { LimiterName } from './policy';

/**
 * rate-limiter-flexible rather than express-rate-limit: the same limiter object guards HTTP routes
 * and Socket.IO handshakes, it reports msBeforeNext for Retry-After, and its RateLimiterRedis is a
 * drop-in with the same API when several processes must share one budget (cluster mode).
 */
export interface RateLimits {
  /** Ingest requests per second per API key (per client IP in embedded mode). */
  ingestPerSec: number;
  /** Sign-in attempts and failed credentials per minute per client IP. */
  loginPerMin: number;
}

export const DEFAULT_RATE_LIMITS: RateLimits = { ingestPerSec: 100, loginPerMin: 10 };
const MINUTE_S = 60;

export type Limiters = Record<LimiterName, RateLimiterAbstract>;
/** Builds one limiter; the default keeps counts in memory. */
export type LimiterFactory = (o: { keyPrefix: string; points: number; duration: number }) => RateLimiterAbstract;

export const memoryLimiter: LimiterFactory = (o) => new RateLimiterMemory(o);

/**
 * Cluster mode: counts in Redis (one atomic script per consume), so every node draws on the same
 * budget. `useRedisPackage` selects the node-redis v4+ API (eval with { keys, arguments }). With
 * Redis unreachable the client rejects at once (no offline queue) and the caller answers 503.
 */
export function redisLimiter(client: Redis, keyPrefix: string): LimiterFactory {
  return (o) => new RateLimiterRedis({ ...o, storeClient: client, useRedisPackage: true, keyPrefix: `${keyPrefix}${o.keyPrefix}` });
}

export function createLimiters(limits: RateLimits, factory: LimiterFactory = memoryLimiter): Limiters {
  return {
    ingest: factory({ keyPrefix: 'earshot-ingest', points: limits.ingestPerSec, duration: 1 }),
    login: factory({ keyPrefix: 'earshot-login', points: limits.loginPerMin, duration: MINUTE_S }),
  };
}

export type Consumed = { ok: true } | { ok: false; retryAfterS: number };

/** Takes one point; over the budget, says how long to wait. A failing store throws (the caller answers 503). */
export async function consume(limiter: RateLimiterAbstract, key: string): Promise<Consumed> {
  try {
    await limiter.consume(key);
    return { ok: true };
  } catch (e) {
    if (e instanceof RateLimiterRes) return { ok: false, retryAfterS: Math.max(1, Math.ceil(e.msBeforeNext / SECOND_MS)) };
    throw e;
  }
}
