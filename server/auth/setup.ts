import { ConfigError } from '../config/env';
import { MemoryAuthStore } from './memory-store';
import { resolveAuthMode, type AuthSetting } from './mode';
import { originPolicy, type OriginPolicy } from './origin';
import { createLimiters, DEFAULT_RATE_LIMITS, type LimiterFactory, type Limiters, type RateLimits } from './rate-limit';
import { ADMIN_TOKEN_MIN_CHARS, AuthService } from './service';
import type { AuthStore } from './store';

/** Authentication and the limits around it. The defaults: open on loopback, required elsewhere. */
export interface SecurityOptions {
  /** 'auto': required unless bound to loopback and not clustered; 'required': always. */
  auth?: AuthSetting;
  /** EARSHOT_ADMIN_TOKEN: the bootstrap admin secret (required whenever authentication is). */
  adminToken?: string;
  /** REDIS_URL is set: several processes share the data, so authentication is required. */
  clustered?: boolean;
  authStore?: AuthStore;
  /** Origins allowed besides this server's own (Socket.IO handshakes and state-changing requests). */
  allowedOrigins?: string[];
  /** express's "trust proxy" (client IP and protocol from X-Forwarded-*): only behind a proxy you run. */
  trustProxy?: boolean | number | string;
  rateLimits?: Partial<RateLimits>;
  /** Rate limiter store (default: memory; cluster mode can pass a RateLimiterRedis factory). */
  limiterFactory?: LimiterFactory;
  sessionTtlMs?: number;
  wallSessionTtlMs?: number;
}

export interface Security { auth: AuthService; origins: OriginPolicy; limiters: Limiters; trustProxy: boolean | number | string }

/** Builds the auth service, origin policy and limiters; a configuration that cannot be safe is a ConfigError. */
export function setupSecurity(host: string, sec: SecurityOptions = {}): Security {
  const mode = resolveAuthMode({ host, auth: sec.auth, clustered: sec.clustered });
  if (mode.required && !sec.adminToken) {
    throw new ConfigError(`authentication is required (${mode.reason}) but EARSHOT_ADMIN_TOKEN is not set: `
      + `set it to a random secret of at least ${ADMIN_TOKEN_MIN_CHARS} characters (for example: openssl rand -base64 32)`);
  }
  try {
    const trustProxy = sec.trustProxy ?? false;
    return {
      auth: new AuthService({
        required: mode.required, adminToken: sec.adminToken, store: sec.authStore ?? new MemoryAuthStore(),
        sessionTtlMs: sec.sessionTtlMs, wallSessionTtlMs: sec.wallSessionTtlMs,
      }),
      origins: originPolicy(sec.allowedOrigins, trustProxy !== false),
      limiters: createLimiters({ ...DEFAULT_RATE_LIMITS, ...sec.rateLimits }, sec.limiterFactory),
      trustProxy,
    };
  } catch (e) {
    throw new ConfigError((e as Error).message);
  }
}
