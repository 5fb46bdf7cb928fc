import express, { type Router } from 'express';
import { SECOND_MS } from '../../shared/constants';
import type { Metrics } from '../metrics/metrics';

/** A readiness check that takes longer than this counts as failed. */
export const READY_CHECK_TIMEOUT_MS = 2 * SECOND_MS;

type Check = () => Promise<unknown>;

/** Is the process ready for traffic: every store answers, and it is not shutting down. */
export class Readiness {
  draining = false;
  private checks = new Map<string, Check>();

  /** Adds a named check (a store's ping); cluster mode adds Redis's. */
  add(name: string, check: Check): void {
    this.checks.set(name, check);
  }

  async check(): Promise<{ ready: boolean; draining: boolean; checks: Record<string, string> }> {
    const out: Record<string, string> = {};
    await Promise.all([...this.checks].map(async ([name, fn]) => {
      let timer: NodeJS.Timeout | undefined;
      try {
        await Promise.race([fn(), new Promise((_, rej) => { timer = setTimeout(() => rej(new Error(`no answer in ${READY_CHECK_TIMEOUT_MS} ms`)), READY_CHECK_TIMEOUT_MS); })]);
        out[name] = 'ok';
      } catch (e) {
        out[name] = (e as Error).message || 'failed';
      } finally {
        clearTimeout(timer);
      }
    }));
    const ready = !this.draining && Object.values(out).every((v) => v === 'ok');
    return { ready, draining: this.draining, checks: out };
  }
}

/** GET /healthz (the process answers), GET /readyz (200 ready, 503 not), GET /metrics (Prometheus text). */
export function opsRouter(readiness: Readiness, metrics: Metrics, startedAt: number): Router {
  const r = express.Router();
  r.get('/healthz', (_req, res) => { res.json({ ok: true, uptimeS: Math.round((Date.now() - startedAt) / SECOND_MS) }); });
  r.get('/readyz', async (_req, res, next) => {
    try {
      const s = await readiness.check();
      res.status(s.ready ? 200 : 503).json(s);
    } catch (err) { next(err); }
  });
  r.get('/metrics', async (_req, res, next) => {
    try {
      const m = await metrics.text();
      res.type(m.contentType).send(m.body);
    } catch (err) { next(err); }
  });
  return r;
}
