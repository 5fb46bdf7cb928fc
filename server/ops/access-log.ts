import type { RequestHandler } from 'express';
import { policyOf, principalOf } from '../auth/guard';
import type { Metrics } from '../metrics/metrics';

interface Log {
  debug(obj: object, msg: string): void;
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
}

const HTTP_CLIENT_ERROR = 400;
const SECURITY_STATUSES = new Set([401, 403, 429]);

/**
 * One structured line per request: method, route pattern, path (never the query string, which may
 * carry a kiosk's token), status, time, role and credential id; never a header. 2xx/3xx at debug,
 * 401/403/429 at warn (with the reason), other 4xx at info. Also feeds the HTTP metrics.
 */
export function accessLog(log: Log, metrics: Metrics): RequestHandler {
  return (req, res, next) => {
    const t0 = performance.now();
    res.once('finish', () => {
      const ms = performance.now() - t0;
      const route = policyOf(res)?.route ?? 'unknown';
      metrics.observeHttp(req.method, route, res.statusCode, ms);
      const p = principalOf(res);
      const line = {
        method: req.method, route, path: req.path.slice(0, 200), status: res.statusCode, ms: Math.round(ms * 10) / 10,
        ip: req.ip, ...(p ? { role: p.role, credential: p.id } : {}),
      };
      if (SECURITY_STATUSES.has(res.statusCode)) log.warn({ ...line, reason: res.locals.denied ?? undefined }, 'request refused');
      else if (res.statusCode >= HTTP_CLIENT_ERROR) log.info(line, 'request failed');
      else log.debug(line, 'request');
    });
    next();
  };
}
