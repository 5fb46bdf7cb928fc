import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import express, { type Express } from 'express';
import type { BrandInfo, TopicInfo } from '../../shared/tracking';
import type { Ingestor } from '../ingest/pipeline';
import type { RollupStore } from '../rollups/types';
import type { MentionStore } from '../store/types';
import type { AlertStore } from '../alerts/store';
import type { AlertEngine } from '../alerts/engine';
import type { RuleStore } from '../alerts/rules';
import type { SilenceStore } from '../alerts/silences';
import { alertsRouter } from './alerts-route';
import { rulesRouter } from './rules-route';
import { errorHandler, HttpError } from './errors';
import { ingestRouter } from './ingest-route';
import { queryRouter } from './query-route';

export interface HttpDeps {
  pipeline: Ingestor;
  rollups: RollupStore;
  mentions: MentionStore;
  alerts: AlertStore;
  /** Alert rules, silences and the engine (rule tests); the clock's now for silences. */
  rules: RuleStore;
  silences: SilenceStore;
  engine: AlertEngine;
  now: () => number;
  brands: BrandInfo[];
  topics: TopicInfo[];
  status: () => object;
  log: { error(obj: object, msg: string): void };
}

export interface HttpOptions {
  bodyLimit: number;
  /** Built client (vite build); served with an SPA fallback when present. */
  staticDir?: string;
}

const SPA_ROUTES = /^\/(wall|explore|alerts)?(\/.*)?$/;

export function createHttpApp(deps: HttpDeps, opts: HttpOptions): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('query parser', 'simple');
  app.use((_req, res, next) => {
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'no-referrer');
    next();
  });

  const api = express.Router();
  api.get('/health', (_req, res) => { res.json({ ok: true }); });
  api.get('/status', (_req, res) => { res.json(deps.status()); });
  api.get('/config', (_req, res) => { res.json({ brands: deps.brands, topics: deps.topics }); });
  api.use(ingestRouter(deps.pipeline, opts.bodyLimit));
  api.use(queryRouter(deps.rollups, deps.mentions));
  api.use(alertsRouter(deps.alerts, deps.mentions, deps.silences, deps.now));
  api.use(rulesRouter(deps.rules, deps.engine));
  api.use((req, _res, next) => next(new HttpError(404, `no such endpoint: ${req.method} ${req.path}`)));
  app.use('/api', api);

  const dir = opts.staticDir ? resolve(opts.staticDir) : undefined;
  if (dir && existsSync(join(dir, 'index.html'))) {
    app.use(express.static(dir, { index: false, maxAge: '1h' }));
    app.get(SPA_ROUTES, (_req, res) => { res.sendFile(join(dir, 'index.html'), { maxAge: 0 }); });
  } else {
    app.get('/', (_req, res) => {
      res.type('text/plain').send('Earshot server is running, but the client is not built: run `npm run build`.');
    });
  }
  app.use((req, _res, next) => next(new HttpError(404, `not found: ${req.path}`)));
  app.use(errorHandler(deps.log));
  return app;
}
