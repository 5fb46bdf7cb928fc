import express, { type Request, type Response, type Router } from 'express';
import { z } from 'zod';
import { DAY_MS } from '../../shared/constants';
import { ROOMS } from '../../shared/events';
import { describeIssue } from '../../shared/alert-rules';
import { jsonBody } from '../http/security-json';
import { HttpError } from '../http/errors';
import { presentedCredential, SECURE_SESSION_COOKIE, SESSION_COOKIE } from './credentials';
import { principalOf } from './guard';
import { LOGIN_ROLES, ROLES, type Principal } from './roles';
import type { AuthService } from './service';

/** Sign-in and credential bodies are tiny. */
const AUTH_BODY_LIMIT = '4kb';
/** Longest a credential may live when created with a TTL. */
const TOKEN_TTL_MAX_DAYS = 3650;

export const LoginSchema = z.object({ token: z.string().min(1).max(512) }).strict();
const ScopeSchema = z.object({
  rooms: z.array(z.enum(ROOMS)).max(ROOMS.length).optional(),
  layouts: z.array(z.string().min(1).max(64)).max(50).optional(),
}).strict();
export const IssueSchema = z.object({
  name: z.string().trim().min(1).max(100),
  role: z.enum(ROLES),
  scope: ScopeSchema.optional(),
  ttlDays: z.number().positive().max(TOKEN_TTL_MAX_DAYS).optional(),
}).strict().refine((b) => b.scope === undefined || b.role === 'wall', { message: 'only wall credentials have a scope', path: ['scope'] });

function parse<T extends z.ZodType>(schema: T, body: unknown): z.output<T> {
  const r = schema.safeParse(body ?? {});
  if (!r.success) throw new HttpError(400, describeIssue(r.error.issues[0]));
  return r.data;
}

export interface AuthRouteOptions {
  log: { info(obj: object, msg: string): void };
}

const me = (auth: AuthService, p: Principal) => ({
  authRequired: auth.required, role: p.role, name: p.name, via: p.via,
  ...(p.scope ? { scope: p.scope } : {}), ...(p.expiresAt !== undefined ? { expiresAt: p.expiresAt } : {}),
});

function setSessionCookie(req: Request, res: Response, sessionId: string, expiresAt: number): void {
  res.cookie(req.secure ? SECURE_SESSION_COOKIE : SESSION_COOKIE, sessionId, {
    httpOnly: true, sameSite: 'strict', secure: req.secure, path: '/', maxAge: Math.max(0, expiresAt - Date.now()),
  });
}

function clearSessionCookies(req: Request, res: Response): void {
  res.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'strict', path: '/' });
  if (req.secure) res.clearCookie(SECURE_SESSION_COOKIE, { httpOnly: true, sameSite: 'strict', secure: true, path: '/' });
}

/**
 * POST /api/login {token} -> session cookie (HttpOnly, SameSite=Strict; Secure and __Host- over TLS);
 * POST /api/logout; GET /api/auth/me; GET/POST /api/auth/tokens, DELETE /api/auth/tokens/:id (admin).
 */
export function authRouter(auth: AuthService, opts: AuthRouteOptions): Router {
  const r = express.Router();
  const json = jsonBody(AUTH_BODY_LIMIT);

  r.post('/login', json, async (req, res, next) => {
    try {
      const { token } = parse(LoginSchema, req.body);
      if (!auth.required) { res.json({ authRequired: false, role: 'admin', name: 'embedded mode (no auth)', via: 'open' }); return; }
      const p = await auth.verifyToken(token);
      if (!p) throw new HttpError(401, 'invalid, expired or revoked token');
      if (!LOGIN_ROLES.includes(p.role)) throw new HttpError(403, `a ${p.role} key cannot sign in: send it as Authorization: Bearer <key> instead`);
      const s = await auth.login(token);
      if (!s) throw new HttpError(401, 'invalid, expired or revoked token');
      setSessionCookie(req, res, s.sessionId, s.principal.expiresAt!);
      opts.log.info({ credential: p.id, role: p.role, ip: req.ip }, 'signed in');
      res.json(me(auth, s.principal));
    } catch (err) { next(err); }
  });

  r.post('/logout', async (req, res, next) => {
    try {
      const c = presentedCredential({ cookie: req.headers.cookie });
      if (c) await auth.logout(c.value);
      clearSessionCookies(req, res);
      res.status(204).end();
    } catch (err) { next(err); }
  });

  r.get('/auth/me', (_req, res) => { res.json(me(auth, principalOf(res)!)); });

  r.get('/auth/tokens', async (_req, res, next) => {
    try { res.json({ tokens: await auth.list() }); } catch (err) { next(err); }
  });

  r.post('/auth/tokens', json, async (req, res, next) => {
    try {
      const b = parse(IssueSchema, req.body);
      const by = principalOf(res)!;
      const made = await auth.issue({ name: b.name, role: b.role, scope: b.scope, ttlMs: b.ttlDays === undefined ? undefined : b.ttlDays * DAY_MS }, by);
      opts.log.info({ credential: made.credential.id, role: b.role, name: b.name, by: by.name }, 'credential issued');
      res.status(201).json(made);
    } catch (err) { next(err); }
  });

  r.delete('/auth/tokens/:id', async (req, res, next) => {
    try {
      const c = await auth.revoke(req.params.id);
      if (!c) throw new HttpError(404, 'no such credential');
      opts.log.info({ credential: c.id, role: c.role, by: principalOf(res)?.name }, 'credential revoked');
      res.json({ credential: c });
    } catch (err) { next(err); }
  });

  return r;
}
