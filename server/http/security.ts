import type { RequestHandler, Response } from 'express';
import helmet from 'helmet';
import { loopbackHostAllowed, originAllowed, type OriginPolicy } from '../auth/origin';

/** HSTS for a year, only on responses that went over TLS (never on plain-http localhost). */
const HSTS_MAX_AGE_S = 365 * 24 * 60 * 60;
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Content-Security-Policy: scripts only from this origin (the built client has no inline script;
 * a test checks), no inline style attributes parsed from HTML (React sets styles through the
 * CSSOM, which CSP allows), no plugins, no framing, no <base> tricks, sockets to this origin.
 */
export const CSP_DIRECTIVES = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'script-src-attr': ["'none'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
  'manifest-src': ["'self'"],
  'worker-src': ["'self'"],
} as const;

/** Browser features the wall never uses. */
const PERMISSIONS_POLICY = 'camera=(), microphone=(), geolocation=(), payment=(), usb=()';

export function securityHeaders(): RequestHandler[] {
  const hsts = helmet.strictTransportSecurity({ maxAge: HSTS_MAX_AGE_S, includeSubDomains: true });
  return [
    helmet({
      contentSecurityPolicy: { useDefaults: false, directives: CSP_DIRECTIVES },
      strictTransportSecurity: false,
      xFrameOptions: { action: 'deny' },
      referrerPolicy: { policy: 'no-referrer' },
      crossOriginOpenerPolicy: { policy: 'same-origin' },
      crossOriginResourcePolicy: { policy: 'same-origin' },
    }),
    (req, res, next) => {
      res.setHeader('Permissions-Policy', PERMISSIONS_POLICY);
      // answers with data are never stored by a browser or a shared cache
      if (/^\/(api|metrics|readyz|healthz)(\/|$)/i.test(req.path)) res.setHeader('Cache-Control', 'no-store');
      if (req.secure) return hsts(req, res, next);
      next();
    },
  ];
}

/**
 * Cross-site request refusal: a state-changing request whose Origin is neither this origin nor on
 * the allow-list gets 403 (on top of SameSite=Strict cookies; it also protects embedded mode,
 * where no credential is needed, from a web page posting to localhost). In embedded mode, only
 * loopback host names are answered (DNS rebinding).
 */
function refuse(res: Response, error: string): void {
  res.locals.denied = error;
  res.status(403).json({ error });
}

export function crossSiteGuard(o: { origins: OriginPolicy; authRequired: boolean }): RequestHandler {
  return (req, res, next) => {
    if (!o.authRequired && !loopbackHostAllowed(req)) {
      refuse(res, 'host not allowed: embedded mode (no auth) answers only localhost names; set AUTH=required and EARSHOT_ADMIN_TOKEN to serve other hosts');
      return;
    }
    if (!SAFE_METHODS.has(req.method) && !originAllowed(req, o.origins)) {
      refuse(res, 'cross-site request refused: the Origin is not this site nor in ALLOWED_ORIGINS');
      return;
    }
    next();
  };
}
