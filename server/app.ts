import { createServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pino, type Logger } from 'pino';
import { Server } from 'socket.io';
import { brandInfos, type TrackingConfig } from '../shared/tracking';
import { compileModel } from './analysis';
import { ManualClock, systemClock, type Clock } from './clock';
// Redis mode is loaded only when configured: the embedded default starts without the Redis client
import type { ClusterNode, ClusterOptions } from './cluster/node';
import { ConfigError, EXPLORE_MAX_DEFAULT } from './config/env';
import { MemoryMentionIndex } from './explore/memory-index';
import { ExploreService } from './explore/service';
import type { MentionIndex } from './explore/types';
import { defaultRules, type Rule } from '../shared/alert-rules';
import { AlertEngine } from './alerts/engine';
import { RuleStore } from './alerts/rules';
import { SilenceStore } from './alerts/silences';
import { AlertStore } from './alerts/store';
import { WebhookNotifier } from './alerts/webhooks';
import { createHttpApp } from './http/app';
import type { Express } from 'express';
import type { AuthService } from './auth/service';
import { setupSecurity, type SecurityOptions } from './auth/setup';
import { allowSocketRequest, secureSockets } from './auth/socket';
import { securityStack } from './http/security-stack';
import { Metrics } from './metrics/metrics';
import { DEFAULT_SHUTDOWN_GRACE_MS, Drain } from './ops/drain';
import { Readiness } from './ops/health';
import { Pipeline, type Ingestor } from './ingest/pipeline';
import { Hub, type EarshotIo } from './realtime/hub';
import { MemoryRollupStore } from './rollups/memory';
import type { RollupStore } from './rollups/types';
import type { Source } from './sources/types';
import { MemoryDedupeStore, MemoryMentionStore } from './store/memory';
import type { DedupeStore, MentionStore } from './store/types';

/** Socket.IO messages from clients are tiny; anything bigger is refused. */
const SOCKET_MESSAGE_MAX_BYTES = 16 * 1024;

export type { SecurityOptions };

export interface AppOptions {
  tracking: TrackingConfig;
  port: number;
  host?: string;
  tickMs: number;
  bodyLimit: number;
  mentionStoreMax: number;
  dedupeMax: number;
  /** Mentions the Explore index holds (default EXPLORE_MAX_DEFAULT). */
  exploreMax?: number;
  staticDir?: string;
  clock?: Clock;
  logger?: Logger;
  alerting?: AlertingOptions;
  security?: SecurityOptions;
  /** How long shutdown waits for requests in flight (ms). */
  shutdownGraceMs?: number;
  /**
   * Redis mode (REDIS_URL set): shared ingest stream, workers, rollups and mentions in Redis with
   * an in-memory replica per node, alerts evaluated once per cluster. `dataClock`: the clock (a
   * ManualClock) follows the latest mention time of the cluster (replays).
   */
  cluster?: ClusterOptions & { dataClock?: boolean };
}

/** Alert rules (default: defaultRules for the tracked brands), webhooks and engine timing. */
export interface AlertingOptions {
  rules?: Rule[];
  webhooks?: string[];
  webhookTimeoutMs?: number;
  webhookRetryDelaysMs?: number[];
  graceMs?: number;
  checkMs?: number;
  primeBuckets?: number;
}

export interface AppDeps {
  rollups?: RollupStore;
  mentions?: MentionStore;
  dedupe?: DedupeStore;
  /** The mention-level index behind /api/explore (default: in memory, EXPLORE_MAX mentions). */
  explore?: MentionIndex;
  /** Built after the pipeline exists; it feeds the pipeline (in Redis mode, the cluster's ingest). */
  source?: (ingest: Ingestor) => Source | undefined;
}

export interface EarshotApp {
  server: HttpServer;
  io: EarshotIo;
  alerts: AlertStore;
  engine: AlertEngine;
  rules: RuleStore;
  silences: SilenceStore;
  notifier: WebhookNotifier;
  /** Where ingest goes: the embedded pipeline, or the cluster's ingest stream in Redis mode. */
  pipeline: Ingestor;
  /** Redis mode only. */
  cluster?: ClusterNode;
  hub: Hub;
  auth: AuthService;
  metrics: Metrics;
  readiness: Readiness;
  /** The express app (the authorization matrix and OpenAPI coverage tests list its routes). */
  http: Express;
  rollups: RollupStore;
  mentions: MentionStore;
  explore: MentionIndex;
  source?: Source;
  port: number;
  url: string;
  close(): Promise<void>;
}

/** The composition root's factory: tests build it with real or fake parts, main.ts with config. */
export async function createApp(opts: AppOptions, deps: AppDeps = {}): Promise<EarshotApp> {
  const clock = opts.clock ?? systemClock;
  const log = opts.logger ?? pino({ level: 'silent' });
  const host = opts.host ?? '127.0.0.1';
  const sec = opts.security ?? {};
  let secured = setupSecurity(host, sec); // checked before connecting anywhere: an unsafe configuration fails at once
  let model: ReturnType<typeof compileModel>;
  try {
    model = compileModel(opts.tracking);
  } catch (e) {
    // a malformed Boolean query or topic pattern: a configuration error that names the brand or topic
    throw new ConfigError(`invalid tracking config: ${(e as Error).message}`);
  }
  let io: EarshotIo | undefined;
  const metrics = new Metrics({
    ingest: () => ingest.stats,
    sockets: () => io?.of('/').sockets.size ?? 0,
  });
  const brands = brandInfos(opts.tracking);
  const topics = opts.tracking.topics.map((t) => ({ id: t.id, label: t.label }));
  const alerts = new AlertStore(clock);
  const al = opts.alerting ?? {};
  const rules = new RuleStore(al.rules ?? defaultRules(brands.map((b) => b.id)));
  const silences = new SilenceStore(clock);
  let cluster: ClusterNode | undefined;
  if (opts.cluster) {
    if (opts.cluster.dataClock && !(clock instanceof ManualClock)) throw new ConfigError('CLOCK=data needs a manual clock');
    const { ClusterNode } = await import('./cluster/node');
    cluster = await ClusterNode.start(opts.cluster, {
      clock, dataClock: opts.cluster.dataClock ? clock as ManualClock : undefined, model,
      mentionStoreMax: opts.mentionStoreMax, alerts, rules, silences, log,
    });
    // credentials, sessions and rate-limit counts shared by every node
    secured = setupSecurity(host, { ...sec, authStore: sec.authStore ?? cluster.authStore(), limiterFactory: sec.limiterFactory ?? cluster.limiterFactory() });
  }
  const { auth, origins, limiters, trustProxy } = secured;
  const rollups = cluster?.replica.rollups ?? deps.rollups ?? new MemoryRollupStore(clock);
  const mentions = cluster?.replica.mentions ?? deps.mentions ?? new MemoryMentionStore(opts.mentionStoreMax);
  const dedupe = deps.dedupe ?? new MemoryDedupeStore(cluster ? 1 : opts.dedupeMax);
  const pipeline = new Pipeline({ model, rollups, mentions, dedupe, clock, onAnalyzeTime: (ms) => metrics.observeAnalysis(ms) });
  const ingest: Ingestor = cluster?.ingest ?? pipeline;
  const explore = deps.explore ?? new MemoryMentionIndex({ capacity: opts.exploreMax ?? EXPLORE_MAX_DEFAULT });
  const notifier = new WebhookNotifier({ urls: al.webhooks ?? [], timeoutMs: al.webhookTimeoutMs, retryDelaysMs: al.webhookRetryDelaysMs, log });
  const engine = new AlertEngine({ rollups, mentions, alerts, rules, silences, clock, brands, topics, notifier, log },
    { graceMs: al.graceMs, checkMs: al.checkMs, primeBuckets: al.primeBuckets });
  const source = deps.source?.(ingest);
  const startedAt = Date.now();

  const status = () => ({
    name: opts.tracking.name,
    uptimeMs: Date.now() - startedAt,
    clock: clock.now(),
    accepted: ingest.stats.accepted,
    duplicates: ingest.stats.duplicates,
    source: source?.status() ?? { kind: 'none' },
    ...(cluster ? { cluster: cluster.status() } : {}),
  });
  const readiness = new Readiness();
  readiness.add('mentions', () => mentions.recent(1));
  readiness.add('rollups', () => rollups.query({ resolution: 'total', filter: {} }));
  readiness.add('auth', () => auth.store.ping());
  const drain = new Drain();
  const security = securityStack({
    auth, limiters, origins, metrics, readiness, drain, log, startedAt, trustProxy,
  });
  const exploreSvc = new ExploreService({ index: explore, now: () => clock.now(), brandIds: brands.map((b) => b.id), topics: opts.tracking.topics });
  const app = createHttpApp({
    pipeline: ingest, rollups, mentions, alerts, rules, silences, engine, explore: exploreSvc, now: () => clock.now(), brands, topics, status, log,
    onIngest: (s) => metrics.countRejected(s.rejected),
  }, { bodyLimit: opts.bodyLimit, staticDir: opts.staticDir, security });
  const server = createServer(app);
  io = new Server(server, {
    serveClient: false, maxHttpBufferSize: SOCKET_MESSAGE_MAX_BYTES, ...cluster?.socketOptions(), allowRequest: allowSocketRequest(auth, origins),
  }) as EarshotIo;
  const sockets = secureSockets(io, { auth, origins, limiters, log, onDenied: (s) => metrics.countDenied(s) });
  const hub = new Hub({
    io, rollups, mentions, clock, brands, topics, tickMs: opts.tickMs,
    received: cluster ? cluster.received : () => pipeline.stats.accepted, alerts, log, onFrame: (f) => metrics.observeFrame(f),
  });
  const indexBatch = (batch: Parameters<typeof explore.add>[0]) => {
    explore.add(batch).catch((err: unknown) => log.error({ err }, 'explore index: add failed'));
  };
  if (cluster) {
    // every node sees every analyzed mention of the cluster (its replica is already updated)
    cluster.attachIo(io);
    cluster.shareRevocations(auth);
    cluster.onClusterAnalyzed(hub.onAnalyzed);
    cluster.onClusterAnalyzed(indexBatch);
    cluster.attachEngine(engine);
  } else {
    pipeline.onAnalyzed(hub.onAnalyzed);
    pipeline.onAnalyzed(engine.onAnalyzed);
    pipeline.onAnalyzed(indexBatch);
  }

  await new Promise<void>((res, rej) => {
    server.once('error', rej);
    server.listen(opts.port, host, () => { server.off('error', rej); res(); });
  });
  const port = (server.address() as AddressInfo).port;
  hub.start();
  let stopping = false;
  if (cluster) {
    cluster.start(); // the engine starts on the node that holds the evaluator lease
    source?.start(cluster.sink(() => stopping));
  } else {
    engine.start();
    source?.start((batch) => pipeline.ingest(batch).then(() => undefined));
  }

  const graceMs = opts.shutdownGraceMs ?? DEFAULT_SHUTDOWN_GRACE_MS;
  let closed: Promise<void> | null = null;
  return {
    server, io, alerts, engine, rules, silences, notifier, pipeline: ingest, cluster, hub, auth, metrics, readiness, http: app,
    rollups, mentions, explore, source, port,
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
    // Graceful: not ready, new requests get 503 (still listening, so nobody is reset), the source
    // stops, requests in flight finish (up to graceMs); then stop listening, finish the current tick
    // and send a last one, close sockets and connections.
    close: () => closed ??= (async () => {
      stopping = true;
      readiness.draining = true;
      drain.start();
      await source?.stop();
      if (!await drain.idle(graceMs)) log.warn({ inFlight: drain.count, graceMs }, 'shutdown: requests still in flight after the grace period');
      server.close();
      server.closeIdleConnections();
      hub.stop();
      await hub.tick();
      await hub.tick();
      engine.stop();
      notifier.close();
      sockets.stop();
      await new Promise<void>((res) => io!.close(() => res()));
      server.closeAllConnections();
      await cluster?.stop();
    })(),
  };
}
