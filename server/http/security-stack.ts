import type { Express, RequestHandler, Router } from 'express';
import { authRouter } from '../auth/http';
import { createGuard } from '../auth/guard';
import type { OriginPolicy } from '../auth/origin';
import type { Limiters } from '../auth/rate-limit';
import type { AuthService } from '../auth/service';
import type { Metrics } from '../metrics/metrics';
import { accessLog } from '../ops/access-log';
import type { Drain } from '../ops/drain';
import { opsRouter, type Readiness } from '../ops/health';
import { crossSiteGuard, securityHeaders } from './security';

type Log = { debug(o: object, m: string): void; info(o: object, m: string): void; warn(o: object, m: string): void; error(o: object, m: string): void };

/** What createHttpApp mounts around its routes: one object, so the order lives in one place. */
export interface HttpSecurity {
  /** Before every route: access log and metrics, security headers, cross-site guard, access policies. */
  before: RequestHandler[];
  /** GET /healthz, /readyz, /metrics (guarded like every route). */
  ops: Router;
  /** 503 once shutting down; tracks requests in flight. */
  drain: RequestHandler;
  /** /login, /logout, /auth/* (mounted under /api). */
  authRoutes: Router;
  trustProxy: boolean | number | string;
  /** After every route is registered: routes without a policy are refused. */
  finalize(app: Express): void;
}

export interface SecurityStackDeps {
  auth: AuthService;
  limiters: Limiters;
  origins: OriginPolicy;
  metrics: Metrics;
  readiness: Readiness;
  drain: Drain;
  log: Log;
  startedAt: number;
  trustProxy: boolean | number | string;
}

export function securityStack(d: SecurityStackDeps): HttpSecurity {
  const guard = createGuard({ auth: d.auth, limiters: d.limiters, log: d.log, onDenied: (s) => d.metrics.countDenied(s) });
  return {
    before: [accessLog(d.log, d.metrics), ...securityHeaders(), crossSiteGuard({ origins: d.origins, authRequired: d.auth.required }), ...guard.middleware],
    ops: opsRouter(d.readiness, d.metrics, d.startedAt),
    drain: d.drain.middleware,
    authRoutes: authRouter(d.auth, { log: d.log }),
    trustProxy: d.trustProxy,
    finalize: (app) => { guard.finalize(app); },
  };
}
