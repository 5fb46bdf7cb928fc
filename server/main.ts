import { hostname } from 'node:os';
import { scaledClock, systemClock } from './clock';
import { ConfigError, loadAlertRules, loadTracking, parseEnv } from './config/env';
import { createApp } from './app';
import { buildSource, clockFor } from './sources/build';
import { dedupeWindow } from './store/dedupe-window';
import { createLogger } from './ops/logger';
import { DAY_MS, MINUTE_MS, SECOND_MS } from '../shared/constants';

/** Past the grace period, shutdown gives up on whatever still runs and exits with an error. */
const SHUTDOWN_HARD_EXTRA_MS = 5 * SECOND_MS;

/** Composition root: read config, wire, start. Everything else lives in createApp. */
async function main(): Promise<void> {
  const env = parseEnv(process.env);
  const log = createLogger(env.LOG_LEVEL);
  const tracking = loadTracking(env.TRACKING_CONFIG);
  const clock = clockFor(env, scaledClock(env.SOURCE === 'simulator' ? env.SIM_SPEED : 1, systemClock));
  const source = buildSource(env, tracking, clock, { progress: env.SOURCE === 'replay' });
  const app = await createApp({
    tracking, port: env.PORT, host: env.HOST, tickMs: env.TICK_MS, bodyLimit: env.INGEST_BODY_LIMIT,
    mentionStoreMax: env.MENTION_STORE_MAX, dedupeMax: env.DEDUPE_MAX, exploreMax: env.EXPLORE_MAX, staticDir: 'dist/client', clock, logger: log,
    alerting: {
      rules: loadAlertRules(env.ALERT_RULES), webhooks: env.ALERT_WEBHOOKS, webhookTimeoutMs: env.ALERT_WEBHOOK_TIMEOUT_MS,
      webhookRetryDelaysMs: env.ALERT_WEBHOOK_RETRY_MS, graceMs: env.ALERT_GRACE_MS,
    },
    security: {
      // REDIS_URL alone does not force authentication: nodes on loopback addresses of one machine are
      // as open as the embedded default; across machines HOST is not loopback, which turns it on.
      auth: env.AUTH, adminToken: env.EARSHOT_ADMIN_TOKEN,
      allowedOrigins: env.ALLOWED_ORIGINS, trustProxy: env.TRUST_PROXY,
      rateLimits: { ingestPerSec: env.RATE_INGEST_PER_SEC, loginPerMin: env.RATE_LOGIN_PER_MIN },
      sessionTtlMs: env.SESSION_TTL_MIN * MINUTE_MS, wallSessionTtlMs: env.WALL_SESSION_TTL_DAYS * DAY_MS,
    },
    shutdownGraceMs: env.SHUTDOWN_GRACE_MS,
    cluster: env.REDIS_URL ? {
      redisUrl: env.REDIS_URL, nodeId: env.NODE_ID ?? defaultNodeId(env.PORT), prefix: env.REDIS_PREFIX,
      dataClock: env.SOURCE === 'replay' || env.CLOCK === 'data', workerBatch: env.WORKER_BATCH,
      claimIdleMs: env.WORKER_CLAIM_IDLE_MS, leaseTtlMs: env.LEASE_TTL_MS, dedupe: dedupeWindow(env.REDIS_DEDUPE_HOURS),
    } : undefined,
  }, { source: (p) => source(p) });
  const mode = app.cluster ? `Redis mode: node ${app.cluster.opts.nodeId}` : 'Embedded mode';
  const base = { url: app.url, source: env.SOURCE, brands: tracking.brands.map((b) => b.id), node: app.cluster?.opts.nodeId };
  if (app.auth.required) {
    log.info({ ...base, auth: 'required' }, `Earshot listening on ${app.url} (wall: ${app.url}/wall). ${mode}: authentication required; sign in at /login, walls use /wall?token=<wall token>.`);
  } else {
    log.warn({ ...base, auth: 'open' },
      `Earshot listening on ${app.url} (wall: ${app.url}/wall). ${mode}: no auth, bound to ${env.HOST}; anyone on this machine can read and change everything. Set AUTH=required and EARSHOT_ADMIN_TOKEN before exposing it.`);
  }

  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) {
      log.warn({ signal }, 'second signal: exiting now');
      process.exit(1);
    }
    stopping = true;
    log.info({ signal, graceMs: env.SHUTDOWN_GRACE_MS }, 'shutting down: finishing requests in flight');
    const hard = setTimeout(() => {
      log.error({ signal }, 'shutdown did not finish in time: exiting');
      process.exit(1);
    }, env.SHUTDOWN_GRACE_MS + SHUTDOWN_HARD_EXTRA_MS);
    hard.unref();
    app.close().then(() => {
      log.info({ accepted: app.pipeline.stats.accepted, duplicates: app.pipeline.stats.duplicates }, 'shutdown complete');
      process.exit(0);
    }, (err: unknown) => {
      log.error({ err }, 'shutdown failed');
      process.exit(1);
    });
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
}

/** hostname-PORT, reduced to the characters a node id may hold. */
function defaultNodeId(port: number): string {
  return `${hostname()}-${port}`.replace(/[^A-Za-z0-9_-]/g, '-').slice(0, 64);
}

main().catch((err: unknown) => {
  if (err instanceof ConfigError) {
    process.stderr.write(`earshot: ${err.message}\n`);
    process.exit(2);
  }
  process.stderr.write(`earshot: failed to start: ${(err as Error).stack ?? String(err)}\n`);
  process.exit(1);
});
