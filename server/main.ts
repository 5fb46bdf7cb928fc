import { hostname } from 'node:os';
import { pino } from 'pino';
import { scaledClock, systemClock } from './clock';
import { ConfigError, loadAlertRules, loadTracking, parseEnv } from './config/env';
import { createApp } from './app';
import { buildSource, clockFor } from './sources/build';
import { dedupeWindow } from './store/dedupe-window';

/** Composition root: read config, wire, start. Everything else lives in createApp. */
async function main(): Promise<void> {
  const env = parseEnv(process.env);
  const log = pino({ level: env.LOG_LEVEL, base: { app: 'earshot' } });
  const tracking = loadTracking(env.TRACKING_CONFIG);
  const clock = clockFor(env, scaledClock(env.SOURCE === 'simulator' ? env.SIM_SPEED : 1, systemClock));
  const source = buildSource(env, tracking, clock, { progress: env.SOURCE === 'replay' });
  const app = await createApp({
    tracking, port: env.PORT, host: env.HOST, tickMs: env.TICK_MS, bodyLimit: env.INGEST_BODY_LIMIT,
    mentionStoreMax: env.MENTION_STORE_MAX, dedupeMax: env.DEDUPE_MAX, staticDir: 'dist/client', clock, logger: log,
    alerting: {
      rules: loadAlertRules(env.ALERT_RULES), webhooks: env.ALERT_WEBHOOKS, webhookTimeoutMs: env.ALERT_WEBHOOK_TIMEOUT_MS,
      webhookRetryDelaysMs: env.ALERT_WEBHOOK_RETRY_MS, graceMs: env.ALERT_GRACE_MS,
    },
    cluster: env.REDIS_URL ? {
      redisUrl: env.REDIS_URL, nodeId: env.NODE_ID ?? defaultNodeId(env.PORT), prefix: env.REDIS_PREFIX,
      dataClock: env.SOURCE === 'replay' || env.CLOCK === 'data', workerBatch: env.WORKER_BATCH,
      claimIdleMs: env.WORKER_CLAIM_IDLE_MS, leaseTtlMs: env.LEASE_TTL_MS, dedupe: dedupeWindow(env.REDIS_DEDUPE_HOURS),
    } : undefined,
  }, { source: (p) => source(p) });
  const mode = app.cluster ? `Redis mode: node ${app.cluster.opts.nodeId}` : 'Embedded mode';
  log.info({ url: app.url, source: env.SOURCE, brands: tracking.brands.map((b) => b.id), node: app.cluster?.opts.nodeId },
    `Earshot listening on ${app.url} (wall: ${app.url}/wall). ${mode}: no auth, bound to ${env.HOST}.`);

  const shutdown = (signal: string) => {
    log.info({ signal }, 'shutting down');
    app.close().then(() => process.exit(0), () => process.exit(1));
  };
  process.once('SIGINT', () => shutdown('SIGINT'));
  process.once('SIGTERM', () => shutdown('SIGTERM'));
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
