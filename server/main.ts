import { pino } from 'pino';
import { scaledClock, systemClock } from './clock';
import { ConfigError, loadAlertRules, loadTracking, parseEnv } from './config/env';
import { createApp } from './app';
import { buildSource, clockFor } from './sources/build';

/** Composition root: read config, wire, start. Everything else lives in createApp. */
async function main(): Promise<void> {
  const env = parseEnv(process.env);
  const log = pino({ level: env.LOG_LEVEL, base: { app: 'earshot' } });
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
  }, { source: (p) => source(p) });
  log.info({ url: app.url, source: env.SOURCE, brands: tracking.brands.map((b) => b.id) },
    `Earshot listening on ${app.url} (wall: ${app.url}/wall). Embedded mode: no auth, bound to ${env.HOST}.`);

  const shutdown = (signal: string) => {
    log.info({ signal }, 'shutting down');
    app.close().then(() => process.exit(0), () => process.exit(1));
  };
  process.once('SIGINT', () => shutdown('SIGINT'));
  process.once('SIGTERM', () => shutdown('SIGTERM'));
}

main().catch((err: unknown) => {
  if (err instanceof ConfigError) {
    process.stderr.write(`earshot: ${err.message}\n`);
    process.exit(2);
  }
  process.stderr.write(`earshot: failed to start: ${(err as Error).stack ?? String(err)}\n`);
  process.exit(1);
});
