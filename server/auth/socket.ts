import type { IncomingMessage } from 'node:http';
import type { Server, Socket } from 'socket.io';
import { SECOND_MS } from '../../shared/constants';
import { authenticate, presentedCredential } from './credentials';
import { loopbackHostAllowed, originAllowed, type OriginPolicy } from './origin';
import { SOCKET_HANDSHAKE_ROLES, SOCKET_POLICIES, type SocketPolicy } from './policy';
import { consume, type Limiters } from './rate-limit';
import { OPEN_PRINCIPAL, roleAllowed, type Principal } from './roles';
import type { AuthService } from './service';

/** Live sockets are re-checked this often (revocations made elsewhere, expiries). */
export const SOCKET_REVALIDATE_MS = 30 * SECOND_MS;

export interface SocketSecurityDeps {
  auth: AuthService;
  origins: OriginPolicy;
  limiters: Limiters;
  log: { warn(obj: object, msg: string): void; info(obj: object, msg: string): void };
  onDenied?(status: 401 | 403 | 429, reason: string): void;
}

/** What the client sees in connect_error: err.message and err.data = { status, error }. */
function refusal(status: 401 | 403 | 429, error: string): Error {
  const e = new Error(error) as Error & { data: { status: number; error: string } };
  e.data = { status, error };
  return e;
}

/** engine.io allowRequest: the Origin allow-list (cross-site WebSocket hijacking) and, in embedded mode, the DNS rebinding guard. */
export function allowSocketRequest(auth: AuthService, origins: OriginPolicy) {
  return (req: IncomingMessage, cb: (err: string | null | undefined, ok: boolean) => void): void => {
    if (!originAllowed(req, origins)) return cb('origin not allowed', false);
    if (!auth.required && !loopbackHostAllowed(req)) return cb('host not allowed', false);
    cb(null, true);
  };
}

export const principalOfSocket = (s: Socket): Principal | undefined => (s.data as { principal?: Principal }).principal;

/**
 * Authenticates every handshake (token in the auth payload or Authorization header, or the session
 * cookie), checks every client event against SOCKET_POLICIES (an event without one is refused),
 * and disconnects sockets whose credential is revoked or expired.
 */
export function secureSockets(io: Server, deps: SocketSecurityDeps): { stop(): void } {
  const denied = (status: 401 | 403 | 429, error: string) => { deps.onDenied?.(status, error); return refusal(status, error); };

  io.use(async (socket, next) => {
    try {
      if (!deps.auth.required) { socket.data.principal = OPEN_PRINCIPAL; return next(); }
      const a = await authenticate(deps.auth, presentedCredential(socket.handshake.headers, socket.handshake.auth));
      if (!a.ok) {
        if (a.reason === 'invalid') {
          const c = await consume(deps.limiters.login, `ip:${socket.handshake.address}`);
          if (!c.ok) return next(denied(429, `too many failed credentials: retry in ${c.retryAfterS} s`));
        }
        return next(denied(401, a.reason === 'missing' ? 'authentication required: a wall token or a signed-in session' : 'invalid, expired or revoked credential'));
      }
      if (!roleAllowed(a.principal.role, SOCKET_HANDSHAKE_ROLES)) return next(denied(403, `forbidden: a ${a.principal.role} credential cannot open the live feed`));
      socket.data.principal = a.principal;
      next();
    } catch (err) {
      deps.log.warn({ err }, 'socket handshake check failed');
      next(refusal(401, 'authentication unavailable'));
    }
  });

  io.on('connection', (socket) => {
    socket.use((packet, next) => {
      const [event, ...args] = packet as [string, ...unknown[]];
      const ack = typeof args[args.length - 1] === 'function' ? (args[args.length - 1] as (r: unknown) => void) : undefined;
      const p = principalOfSocket(socket);
      const policy = Object.hasOwn(SOCKET_POLICIES, event) ? (SOCKET_POLICIES as Record<string, SocketPolicy>)[event] : undefined;
      let reason: string | null = null;
      if (!policy) reason = `no access policy is declared for event ${JSON.stringify(String(event).slice(0, 64))}: refused`;
      else if (!p || !roleAllowed(p.role, policy.allow)) reason = `forbidden: role ${p?.role ?? 'none'} may not send ${event}`;
      else reason = policy.scope?.(p, args) ?? null;
      if (reason === null) return next();
      deps.onDenied?.(403, reason);
      ack?.({ ok: false, error: reason });
    });
  });

  const drop = (s: Socket, why: string) => {
    deps.log.info({ credential: principalOfSocket(s)?.id, why }, 'socket disconnected');
    s.disconnect(true);
  };
  deps.auth.onRevoke((id) => {
    for (const s of io.of('/').sockets.values()) if (principalOfSocket(s)?.id === id) drop(s, 'credential revoked');
  });
  const timer = setInterval(() => {
    if (!deps.auth.required) return;
    for (const s of io.of('/').sockets.values()) {
      const p = principalOfSocket(s);
      if (p) void deps.auth.stillValid(p).then((ok) => { if (!ok && s.connected) drop(s, 'credential no longer valid'); }, () => {});
    }
  }, SOCKET_REVALIDATE_MS);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
