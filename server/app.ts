import { createServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pino, type Logger } from 'pino';
import { Server } from 'socket.io';
import { brandInfos, type TrackingConfig } from '../shared/tracking';
import { compileModel } from './analysis';
import { ManualClock, systemClock, type Clock } from './clock';
// Redis mode is loaded only when configured: the embedded default starts without the Redis client
import type { ClusterNode, ClusterOptions } from './cluster/node';
import { ConfigError } from './config/env';
import { defaultRules, type Rule } from '../shared/alert-rules';
import { AlertEngine } from './alerts/engine';
import { RuleStore } from './alerts/rules';
import { SilenceStore } from './alerts/silences';
import { AlertStore } from './alerts/store';
import { WebhookNotifier } from './alerts/webhooks';
import { createHttpApp } from './http/app';
import { Pipeline, type Ingestor } from './ingest/pipeline';
import { Hub, type EarshotIo } from './realtime/hub';
import { MemoryRollupStore } from './rollups/memory';
import type { RollupStore } from './rollups/types';
import type { Source } from './sources/types';
import { MemoryDedupeStore, MemoryMentionStore } from './store/memory';
import type { DedupeStore, MentionStore } from './store/types';

/** Socket.IO messages from clients are tiny; anything bigger is refused. */
const SOCKET_MESSAGE_MAX_BYTES = 16 * 1024;

export interface AppOptions {
  tracking: TrackingConfig;
  port: number;
  host?: string;
  tickMs: number;
  bodyLimit: number;
  mentionStoreMax: number;
  dedupeMax: number;
  staticDir?: string;
  clock?: Clock;
  logger?: Logger;
  alerting?: AlertingOptions;
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
  rollups: RollupStore;
  mentions: MentionStore;
  source?: Source;
  port: number;
  url: string;
  close(): Promise<void>;
}

/** The composition root's factory: tests build it with real or fake parts, main.ts with config. */
export async function createApp(opts: AppOptions, deps: AppDeps = {}): Promise<EarshotApp> {
  const clock = opts.clock ?? systemClock;
  const log = opts.logger ?? pino({ level: 'silent' });
  let model: ReturnType<typeof compileModel>;
  try {
    model = compileModel(opts.tracking);
  } catch (e) {
    // a malformed Boolean query or topic pattern: a configuration error that names the brand or topic
    throw new ConfigError(`invalid tracking config: ${(e as Error).message}`);
  }
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
  }
  const rollups = cluster?.replica.rollups ?? deps.rollups ?? new MemoryRollupStore(clock);
  const mentions = cluster?.replica.mentions ?? deps.mentions ?? new MemoryMentionStore(opts.mentionStoreMax);
  const dedupe = deps.dedupe ?? new MemoryDedupeStore(cluster ? 1 : opts.dedupeMax);
  const pipeline = new Pipeline({ model, rollups, mentions, dedupe, clock });
  const ingest: Ingestor = cluster?.ingest ?? pipeline;
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
  const app = createHttpApp({ pipeline: ingest, rollups, mentions, alerts, rules, silences, engine, now: () => clock.now(), brands, topics, status, log }, {
    bodyLimit: opts.bodyLimit, staticDir: opts.staticDir,
  });
  const server = createServer(app);
  const io: EarshotIo = new Server(server, { serveClient: false, maxHttpBufferSize: SOCKET_MESSAGE_MAX_BYTES, ...cluster?.socketOptions() });
  const hub = new Hub({
    io, rollups, mentions, clock, brands, topics, tickMs: opts.tickMs,
    received: cluster ? cluster.received : () => pipeline.stats.accepted, alerts, log,
  });
  if (cluster) {
    // every node sees every analyzed mention of the cluster (its replica is already updated)
    cluster.attachIo(io);
    cluster.onClusterAnalyzed(hub.onAnalyzed);
    cluster.attachEngine(engine);
  } else {
    pipeline.onAnalyzed(hub.onAnalyzed);
    pipeline.onAnalyzed(engine.onAnalyzed);
  }

  await new Promise<void>((res, rej) => {
    server.once('error', rej);
    server.listen(opts.port, opts.host ?? '127.0.0.1', () => { server.off('error', rej); res(); });
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

  let closed: Promise<void> | null = null;
  return {
    server, io, alerts, engine, rules, silences, notifier, pipeline: ingest, cluster, hub, rollups, mentions, source, port,
    url: `http://${opts.host ?? '127.0.0.1'}:${port}`,
    close: () => closed ??= (async () => {
      stopping = true;
      await source?.stop();
      hub.stop();
      engine.stop();
      notifier.close();
      await new Promise<void>((res) => io.close(() => res()));
      server.closeAllConnections();
      await cluster?.stop();
    })(),
  };
}
