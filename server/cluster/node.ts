import { randomBytes } from 'node:crypto';
import { createAdapter } from '@socket.io/redis-streams-adapter';
import type { Server, ServerOptions } from 'socket.io';
import { MINUTE_MS } from '../../shared/constants';
import type { AnalyzedMention, Mention } from '../../shared/mention';
import type { AlertEngine } from '../alerts/engine';
import type { RuleStore } from '../alerts/rules';
import type { SilenceStore } from '../alerts/silences';
import type { AlertStore } from '../alerts/store';
import type { AnalysisModel } from '../analysis';
import type { Clock, ManualClock } from '../clock';
import { RedisRollupStore } from '../rollups/redis';
import { DEFAULT_DEDUPE_WINDOW, RedisMentionStore, type DedupeWindow } from '../store/redis';
import { redisLimiter, type LimiterFactory } from '../auth/rate-limit';
import { RedisAuthStore } from '../auth/redis-store';
import type { AuthService } from '../auth/service';
import { AlertSync, EVENTS_MAX } from './alert-sync';
import { ClusterIngest } from './ingest';
import { DEFAULT_PREFIX, redisKeys, type RedisKeys } from './keys';
import { Lease } from './lease';
import { OwnCommits } from './own-commits';
import { connectRedis, createRedis, type Redis } from './redis';
import { Replica } from './replica';
import { ClusterTail, TAIL_BLOCK_MS } from './tail';
import { AnalysisWorker, WORKER_BLOCK_MS } from './worker';

export const CLUSTER_DEFAULTS = {
  workerBatch: 500,
  /** Entries pending this long are taken over by another worker. */
  claimIdleMs: 30_000,
  /** The alert evaluator's lease; a dead evaluator is replaced within about this long. */
  leaseTtlMs: 10_000,
  connectTimeoutMs: 30_000,
  /** A wall that reconnects within this long (to any node) gets the alert updates it missed. */
  recoveryMs: 2 * MINUTE_MS,
};
/** The Socket.IO adapter's stream holds this many packets at most (approximately). */
const ADAPTER_STREAM_MAX = 10_000;
const ADAPTER_BLOCK_MS = 1000;
/** Maintenance (pruning Redis rollups and the shared alert history) runs this often on the lease holder. */
const MAINTENANCE_MS = MINUTE_MS;
const SOCKET_ID_BYTES = 15;
/** The events-stream kind announcing a revoked credential (value: its id). */
export const CREDENTIAL_REVOKED = 'credential-revoked';

export interface ClusterOptions {
  redisUrl: string;
  /** This node's name: its worker's consumer name and the prefix of its Socket.IO session ids. */
  nodeId: string;
  prefix?: string;
  workerBatch?: number;
  claimIdleMs?: number;
  leaseTtlMs?: number;
  dedupe?: DedupeWindow;
  connectTimeoutMs?: number;
  /** Whether this node runs an analysis worker (default yes). */
  worker?: boolean;
}

export interface ClusterDeps {
  clock: Clock;
  /** CLOCK=data: the clock follows the latest mention time of the cluster. */
  dataClock?: ManualClock;
  model: AnalysisModel;
  mentionStoreMax: number;
  alerts: AlertStore;
  rules: RuleStore;
  silences: SilenceStore;
  log: { warn(obj: object, msg: string): void; info(obj: object, msg: string): void };
}

/**
 * One Earshot node in Redis mode. Ingest goes to the shared stream; this node's worker analyzes
 * its share; every node tails the analyzed stream into its in-memory replica (walls read it) and
 * tails the alert-state events; one node at a time (a lease) evaluates the alert rules.
 */
export class ClusterNode {
  readonly keys: RedisKeys;
  readonly ingest: ClusterIngest;
  readonly redisRollups: RedisRollupStore;
  readonly redisMentions: RedisMentionStore;
  readonly replica: Replica;
  readonly tail: ClusterTail;
  readonly worker?: AnalysisWorker;
  readonly sync: AlertSync;
  lease?: Lease;
  private maintenance: NodeJS.Timeout | null = null;

  private constructor(readonly opts: ClusterOptions, private deps: ClusterDeps,
    readonly client: Redis, private workerConn: Redis, private tailConn: Redis, private adapterConn: Redis) {
    const keys = this.keys = redisKeys(opts.prefix ?? DEFAULT_PREFIX);
    this.ingest = new ClusterIngest(client, keys, opts.dedupe ?? DEFAULT_DEDUPE_WINDOW, deps.clock);
    this.redisRollups = new RedisRollupStore(client, keys, deps.clock);
    this.redisMentions = new RedisMentionStore(client, keys, deps.mentionStoreMax);
    this.replica = new Replica({ client, keys, redisRollups: this.redisRollups, clock: deps.clock, dataClock: deps.dataClock, capacity: deps.mentionStoreMax });
    const own = opts.worker !== false ? new OwnCommits() : undefined;
    this.tail = new ClusterTail({ blocking: tailConn, keys, nodeId: opts.nodeId, dataClock: deps.dataClock, reload: () => this.replica.load(), log: deps.log, own });
    this.tail.onItems((items) => this.replica.apply(items));
    if (opts.worker !== false) {
      this.worker = new AnalysisWorker(
        { client, blocking: workerConn, keys, model: deps.model, clock: deps.clock, dataClock: deps.dataClock, log: deps.log, own },
        { consumer: opts.nodeId, batch: opts.workerBatch ?? CLUSTER_DEFAULTS.workerBatch, claimIdleMs: opts.claimIdleMs ?? CLUSTER_DEFAULTS.claimIdleMs, storeMax: deps.mentionStoreMax });
    }
    this.sync = new AlertSync({ client, keys, nodeId: opts.nodeId, alerts: deps.alerts, rules: deps.rules, silences: deps.silences, log: deps.log });
    this.tail.onEvent(this.sync.apply);
  }

  /** Connects (waiting for Redis up to connectTimeoutMs), loads the shared state and starts tailing. */
  static async start(opts: ClusterOptions, deps: ClusterDeps): Promise<ClusterNode> {
    const name = (role: string) => `earshot-${opts.nodeId}-${role}`;
    const client = createRedis(opts.redisUrl, { name: name('main'), log: deps.log });
    const workerConn = createRedis(opts.redisUrl, { name: name('worker'), log: deps.log, blockMs: WORKER_BLOCK_MS });
    const tailConn = createRedis(opts.redisUrl, { name: name('tail'), log: deps.log, blockMs: TAIL_BLOCK_MS });
    // the adapter queues while Redis is away (its reader would spin on fast failures otherwise)
    const adapterConn = createRedis(opts.redisUrl, { name: name('sio'), log: deps.log, blockMs: ADAPTER_BLOCK_MS, offlineQueue: true });
    const timeout = opts.connectTimeoutMs ?? CLUSTER_DEFAULTS.connectTimeoutMs;
    await Promise.all([client, workerConn, tailConn, adapterConn].map((c) => connectRedis(c, timeout)));
    const node = new ClusterNode(opts, deps, client, workerConn, tailConn, adapterConn);
    await node.worker?.ensureGroup();
    const lastEvent = (await client.xRevRange(node.keys.events, '+', '-', { COUNT: 1 }))?.[0]?.id ?? '0-0';
    await node.sync.load();
    await node.tail.start(lastEvent);
    return node;
  }

  /** Analyzed mentions of the whole cluster as this node applies them: the hub, the alert engine, an /explore index, ... */
  onClusterAnalyzed(fn: (batch: readonly AnalyzedMention[]) => void): void {
    this.tail.onItems((items) => fn(items.map((i) => i.m)));
  }

  /** Mentions analyzed cluster-wide so far. */
  received = (): number => this.tail.seq;

  /** Socket.IO across nodes: the Redis Streams adapter, with connection state recovery. */
  socketOptions(): Partial<ServerOptions> {
    return {
      adapter: createAdapter(this.adapterConn, {
        streamName: this.keys.socketStream, sessionKeyPrefix: this.keys.socketSessions,
        maxLen: ADAPTER_STREAM_MAX, blockTimeInMs: ADAPTER_BLOCK_MS,
      }) as unknown as ServerOptions['adapter'],
      connectionStateRecovery: { maxDisconnectionDuration: CLUSTER_DEFAULTS.recoveryMs, skipMiddlewares: true },
    };
  }

  /** Engine.IO session ids start with the node id, so a front proxy can route a session to its node. */
  attachIo(io: Server): void {
    const engine = io.engine as unknown as { generateId: () => string };
    engine.generateId = () => `${this.opts.nodeId}.${randomBytes(SOCKET_ID_BYTES).toString('base64url')}`;
  }

  /** Credentials and sessions shared by every node (nothing cached: a revocation counts on the next check). */
  authStore(): RedisAuthStore {
    return new RedisAuthStore(this.client, this.keys);
  }

  /** Rate limits counted in Redis: one budget per key for the whole cluster. */
  limiterFactory(): LimiterFactory {
    return redisLimiter(this.client, this.keys.rateLimit);
  }

  /**
   * A credential revoked on this node is announced on the events stream; every other node's tail
   * hears it at once and disconnects its sockets authenticated by it. If the announcement fails,
   * the periodic socket re-check (server/auth/socket.ts) ends them later.
   */
  shareRevocations(auth: AuthService): void {
    auth.onRevoke((id, origin) => {
      if (origin !== 'local') return;
      this.client.xAdd(this.keys.events, '*', { n: this.opts.nodeId, k: CREDENTIAL_REVOKED, v: id },
        { TRIM: { strategy: 'MAXLEN', strategyModifier: '~', threshold: EVENTS_MAX } })
        .catch((err: unknown) => this.deps.log.warn({ err: (err as Error).message, credential: id }, 'could not announce a revocation to the other nodes'));
    });
    this.tail.onEvent((e) => { if (e.kind === CREDENTIAL_REVOKED) auth.revokedElsewhere(e.value); });
  }

  /** The alert engine runs on the lease holder only, continuing where the previous holder stopped. */
  attachEngine(engine: AlertEngine): void {
    this.onClusterAnalyzed((batch) => { if (this.lease?.held) engine.onAnalyzed(batch); });
    this.lease = new Lease({
      client: this.client, key: this.keys.lease('alerts'), holder: this.opts.nodeId,
      ttlMs: this.opts.leaseTtlMs ?? CLUSTER_DEFAULTS.leaseTtlMs, log: this.deps.log,
      onAcquire: async () => {
        const next = await this.client.get(this.keys.alertNext).catch(() => null);
        engine.takeOver(next ? Number(next) : undefined);
        engine.start();
        this.maintenance = setInterval(() => void this.maintain(), MAINTENANCE_MS);
        this.maintenance.unref();
      },
      onLose: () => {
        engine.stop();
        if (this.maintenance) clearInterval(this.maintenance);
        this.maintenance = null;
      },
      onRenew: async () => { await this.client.set(this.keys.alertNext, String(engine.nextBucket)); },
    });
  }

  start(): void {
    this.worker?.start();
    this.lease?.start();
  }

  /** A source's sink: retries through a Redis outage instead of dropping a batch. */
  sink(stopped: () => boolean): (batch: Mention[]) => Promise<void> {
    return this.ingest.sink(stopped);
  }

  status() {
    return {
      nodeId: this.opts.nodeId, redis: this.client.isReady ? 'up' : 'down', analyzed: this.tail.seq,
      evaluator: this.lease?.held ?? false, ingest: this.ingest.stats, worker: this.worker?.stats, tail: this.tail.stats,
    };
  }

  /** Stops the worker, the lease and the tail, writes queued alert changes, closes the connections. */
  async stop(): Promise<void> {
    if (this.maintenance) clearInterval(this.maintenance);
    await this.lease?.stop();
    await Promise.all([this.worker?.stop(), this.tail.stop()]);
    if (this.client.isReady) await Promise.race([this.sync.drain(), new Promise((r) => setTimeout(r, 1000))]);
    for (const c of [this.client, this.workerConn, this.tailConn, this.adapterConn]) {
      if (c.isOpen) await c.close().catch(() => c.destroy());
    }
  }

  private async maintain(): Promise<void> {
    try {
      await this.redisRollups.prune(this.deps.clock.now());
      await this.sync.trim();
    } catch (err) {
      this.deps.log.warn({ err: (err as Error).message }, 'cluster maintenance failed');
    }
  }
}
