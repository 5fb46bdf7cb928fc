import express, { type Express, type NextFunction, type Request, type RequestHandler, type Response, type Router } from 'express';
import { isUnavailable } from '../cluster/redis';
import { authenticate, presentedCredential } from './credentials';
import { ROUTE_POLICIES, type Allow, type HttpMethod, type LimiterName, type RoutePolicy } from './policy';
import { consume, type Limiters } from './rate-limit';
import { OPEN_PRINCIPAL, roleAllowed, type Principal } from './roles';
import { listAppRoutes, NOT_ROUTES, type RouteInfo } from './routes';
import type { AuthService } from './service';

/** The policy a request matched, kept in res.locals for the access log and metrics. */
export interface MatchedPolicy {
  allow: Allow | 'undeclared';
  limit?: LimiterName;
  /** The route pattern ("/api/rules/:id"), 'client' or 'unknown': a bounded label. */
  route: string;
}

const POLICY = 'earshotPolicy';
/** Paths that are never the client's files: unknown ones here need a credential. */
const API_AREA = /^\/(api|metrics|healthz|readyz)(\/|$)/i;
const CLIENT_FILES: MatchedPolicy = { allow: 'public', route: 'client' };
const UNKNOWN: MatchedPolicy = { allow: 'authenticated', route: 'unknown' };
/** Retry-After (seconds) when the shared store (credentials, rate-limit counts) cannot be reached. */
const STORE_RETRY_AFTER_S = 1;

export interface GuardDeps {
  auth: AuthService;
  limiters: Limiters;
  policies?: readonly RoutePolicy[];
  log: { error(obj: object, msg: string): void };
  onDenied?(status: 401 | 403 | 429, reason: string): void;
}

export interface Guard {
  /** Mount first: matches the policy, authenticates, authorizes, rate-limits. */
  middleware: RequestHandler[];
  /** Call once every route is registered: registered routes without a policy are refused. Returns them. */
  finalize(app: Express): RouteInfo[];
}

const verb = (m: string): 'get' | 'post' | 'put' | 'patch' | 'delete' | 'all' => (m === 'ALL' ? 'all' : m.toLowerCase()) as never;
const routeLabel = (p: string | RegExp) => (typeof p === 'string' ? p : `regexp:${p.source}`);

export function policyOf(res: Response): MatchedPolicy | undefined {
  return res.locals[POLICY] as MatchedPolicy | undefined;
}

export function principalOf(res: Response): Principal | undefined {
  return res.locals.principal as Principal | undefined;
}

function policyRouter(): Router {
  const r = express.Router();
  (r as unknown as Record<symbol, boolean>)[NOT_ROUTES] = true;
  r.use((_req, res, next) => (res.locals[POLICY] ? next('router') : next()));
  return r;
}

function mark(m: MatchedPolicy): RequestHandler {
  return (_req, res, next) => { res.locals[POLICY] = m; next('router'); };
}

const paramless = (p: string) => p.replace(/:[A-Za-z_$][\w$]*/g, ':');

/** Does this policy cover that registered route (for the startup report and the matrix test)? */
export function covers(p: RoutePolicy, r: RouteInfo): boolean {
  if (p.method !== 'ALL' && p.method !== r.method) return false;
  if (typeof p.path !== 'string' || typeof r.path !== 'string') {
    return typeof p.path !== 'string' && typeof r.path !== 'string' && p.path.source === r.path.source && p.path.flags === r.path.flags;
  }
  const area = /^(.*)\/\{\*[A-Za-z_$][\w$]*\}$/.exec(p.path);
  if (area) return r.path.toLowerCase().startsWith(`${area[1].toLowerCase()}/`);
  return paramless(p.path).toLowerCase() === paramless(r.path).toLowerCase();
}

function deny(res: Response, status: 401 | 403 | 429 | 503, error: string): void {
  res.locals.denied = error;
  res.status(status).json({ error });
}

/**
 * One policy table for every route (server/auth/policy.ts). Matching uses express's own router,
 * so a policy matches exactly the requests its route would. A registered route with no policy is
 * refused in every mode, even embedded (fail closed).
 */
export function createGuard(deps: GuardDeps): Guard {
  const policies = deps.policies ?? ROUTE_POLICIES;
  const declared = policyRouter();
  for (const p of policies) declared[verb(p.method)](p.path, mark({ allow: p.allow, limit: p.limit, route: routeLabel(p.path) }));
  const undeclared = policyRouter();
  const fallback: RequestHandler = (req, res, next) => {
    if (!res.locals[POLICY]) res.locals[POLICY] = (req.method === 'GET' || req.method === 'HEAD') && !API_AREA.test(req.path) ? CLIENT_FILES : UNKNOWN;
    next();
  };
  const denied = (res: Response, status: 401 | 403 | 429, error: string) => { deps.onDenied?.(status, error); deny(res, status, error); };

  const enforce = async (req: Request, res: Response, next: NextFunction): Promise<void> => {
    try {
      const m = res.locals[POLICY] as MatchedPolicy;
      if (m.allow === 'undeclared') {
        return denied(res, 403, `no access policy is declared for ${req.method} ${m.route}: refused (declare it in server/auth/policy.ts)`);
      }
      let principal: Principal | undefined;
      if (!deps.auth.required) principal = OPEN_PRINCIPAL;
      else if (m.allow !== 'public') {
        const a = await authenticate(deps.auth, presentedCredential(req.headers));
        if (!a.ok) {
          if (a.reason === 'invalid') {
            const c = await consume(deps.limiters.login, `ip:${req.ip}`);
            if (!c.ok) { res.set('Retry-After', String(c.retryAfterS)); return denied(res, 429, `too many failed credentials from this address: retry in ${c.retryAfterS} s`); }
          }
          res.set('WWW-Authenticate', 'Bearer realm="earshot"');
          return denied(res, 401, a.reason === 'missing'
            ? 'authentication required: sign in at /login, or send Authorization: Bearer <token>'
            : 'invalid, expired or revoked credential');
        }
        principal = a.principal;
        if (m.allow !== 'authenticated' && !roleAllowed(principal.role, m.allow)) {
          return denied(res, 403, `forbidden: role ${principal.role} may not ${req.method} ${m.route} (allowed: ${[...m.allow, 'admin'].join(', ')})`);
        }
      }
      res.locals.principal = principal;
      if (m.limit) {
        const key = m.limit === 'ingest' && principal && principal.via !== 'open' ? `id:${principal.id}` : `ip:${req.ip}`;
        const c = await consume(deps.limiters[m.limit], key);
        if (!c.ok) { res.set('Retry-After', String(c.retryAfterS)); return denied(res, 429, `rate limit exceeded: retry in ${c.retryAfterS} s`); }
      }
      next();
    } catch (err) {
      // Redis mode: credentials and rate-limit counts live in Redis; while it is away, say so (503), as ingest does
      if (!isUnavailable(err)) return next(err);
      res.set('Retry-After', String(STORE_RETRY_AFTER_S));
      deny(res, 503, 'the shared store (Redis) is unreachable: retry later');
    }
  };

  return {
    middleware: [declared, undeclared, fallback, enforce],
    finalize(app) {
      const routes = listAppRoutes(app);
      for (const r of routes) undeclared[verb(r.method)](r.path, mark({ allow: 'undeclared', route: routeLabel(r.path) }));
      const missing = routes.filter((r) => !policies.some((p) => covers(p, r)));
      if (missing.length) {
        deps.log.error({ routes: missing.map((r) => `${r.method} ${routeLabel(r.path)}`) }, 'routes without an access policy: refused for everyone');
      }
      return missing;
    },
  };
}

/** For the matrix test and the docs: the policies as declared. */
export type { HttpMethod, RoutePolicy };
