import type { AnalyzedMention, Mention } from '../../shared/mention';
import { analyze, type AnalysisModel } from '../analysis';
import type { Clock, ManualClock } from '../clock';
import { RollupPlanner } from '../rollups/redis-plan';
import { commit } from './commit';
import { WORKER_GROUP, type RedisKeys } from './keys';
import type { OwnCommits } from './own-commits';
import { isUnavailable, throttledWarn, type Redis } from './redis';

/** How long one blocking read waits for new entries. */
export const WORKER_BLOCK_MS = 1000;
/** Wait after a failed read or commit (Redis down) before trying again. */
const RETRY_MS = 200;
/** Batches committing at once: the next batch is read and analyzed while the previous one commits. */
const MAX_INFLIGHT = 2;

export interface WorkerOptions {
  /** This node's consumer name in the group (NODE_ID): a node restarted with the same id finishes its own pending entries first. */
  consumer: string;
  /** Entries read per batch. */
  batch: number;
  /** Entries pending this long with a consumer are taken over (XAUTOCLAIM): their worker is presumed dead. */
  claimIdleMs: number;
  /** Capacity of the recent-mention store. */
  storeMax: number;
}

export interface WorkerDeps {
  /** Commands. */
  client: Redis;
  /** A connection of its own for the blocking reads. */
  blocking: Redis;
  keys: RedisKeys;
  model: AnalysisModel;
  clock: Clock;
  /** In CLOCK=data mode: moved to each batch's latest mention time before it is bucketed. */
  dataClock?: ManualClock;
  log: { warn(obj: object, msg: string): void };
  /** Where committed mentions are remembered for this node's tail. */
  own?: OwnCommits;
}

type Entry = { id: string; message: Record<string, string> };

/**
 * An analysis worker: reads the ingest stream in the consumer group (XREADGROUP), analyzes each
 * mention, and commits the batch in one script that writes the rollups and the analyzed stream and
 * XACKs the entries, all or nothing. Every claimIdleMs it takes over entries left pending by a dead
 * worker (XAUTOCLAIM). Counting is exactly once: the commit writes only if every entry is still
 * pending, so of two workers holding the same entry (a slow one and the one that took it over) only
 * the first to commit counts it.
 */
export class AnalysisWorker {
  readonly stats = { processed: 0, batches: 0, claimed: 0, conflicts: 0, poison: 0, errors: 0 };
  private planner: RollupPlanner;
  private stopping = false;
  private loop: Promise<void> | null = null;
  private lastClaim = 0;
  private warnRetry: (obj: object, msg: string) => void;

  constructor(private deps: WorkerDeps, private opts: WorkerOptions) {
    this.planner = new RollupPlanner(deps.keys);
    this.warnRetry = throttledWarn(deps.log);
  }

  /** Creates the group (and the stream) if missing. */
  async ensureGroup(): Promise<void> {
    try {
      await this.deps.client.xGroupCreate(this.deps.keys.ingest, WORKER_GROUP, '0', { MKSTREAM: true });
    } catch (err) {
      if (!/BUSYGROUP/.test((err as Error).message)) throw err;
    }
  }

  start(): void {
    this.loop ??= this.run();
  }

  async stop(): Promise<void> {
    this.stopping = true;
    await this.loop;
  }

  private async run(): Promise<void> {
    let ownPending = true; // first the entries this consumer left pending before a restart
    const inflight = new Set<Promise<void>>();
    while (!this.stopping) {
      try {
        if (Date.now() - this.lastClaim >= Math.min(this.opts.claimIdleMs, WORKER_BLOCK_MS * 5)) {
          this.lastClaim = Date.now();
          await Promise.all(inflight);
          await this.claimRound();
        }
        const res = await this.deps.blocking.xReadGroup(WORKER_GROUP, this.opts.consumer,
          { key: this.deps.keys.ingest, id: ownPending ? '0' : '>' },
          { COUNT: this.opts.batch, ...(ownPending ? {} : { BLOCK: WORKER_BLOCK_MS }) });
        const entries = (res?.[0]?.messages ?? []) as Entry[];
        if (ownPending) {
          // the own pending list is re-read from the start: finish these before reading further
          if (entries.length === 0) ownPending = false; else await this.process(entries);
          continue;
        }
        if (entries.length === 0) continue;
        const p: Promise<void> = this.process(entries)
          .catch((err: Error) => { this.stats.errors++; this.warnRetry({ err: err.message }, 'worker: batch failed; it will be taken over'); })
          .finally(() => { inflight.delete(p); });
        inflight.add(p);
        if (inflight.size >= MAX_INFLIGHT) await Promise.race(inflight);
      } catch (err) {
        if (this.stopping) break;
        this.stats.errors++;
        if (/NOGROUP/.test((err as Error).message ?? '')) await this.ensureGroup().catch(() => {});
        else this.warnRetry({ err: (err as Error).message }, 'worker: read failed; retrying');
        await new Promise((r) => setTimeout(r, RETRY_MS));
      }
    }
    await Promise.all(inflight);
  }

  /** Takes over entries pending longer than claimIdleMs with any consumer, and processes them. */
  async claimRound(): Promise<number> {
    let cursor = '0-0';
    let n = 0;
    do {
      const r = await this.deps.client.xAutoClaim(this.deps.keys.ingest, WORKER_GROUP, this.opts.consumer,
        this.opts.claimIdleMs, cursor, { COUNT: this.opts.batch });
      const entries = r.messages.filter((e): e is Entry => e !== null);
      if (entries.length) {
        this.stats.claimed += entries.length;
        n += entries.length;
        await this.process(entries);
      }
      cursor = r.nextId;
    } while (cursor !== '0-0' && !this.stopping);
    return n;
  }

  /** Analyzes and commits a batch (public for tests that interleave two workers). */
  async process(entries: readonly Entry[]): Promise<void> {
    const { clock, dataClock, model } = this.deps;
    let items: { eid: string; m: AnalyzedMention }[] = [];
    const poison: string[] = [];
    for (const e of entries) {
      try {
        const mention = JSON.parse(e.message.m) as Mention;
        items.push({ eid: e.id, m: analyze(mention, model, Number(e.message.r) || clock.now()) });
      } catch (err) {
        poison.push(e.id);
        this.deps.log.warn({ entry: e.id, err: (err as Error).message }, 'worker: entry could not be analyzed; acknowledged and dropped');
      }
    }
    let maxT = 0;
    for (const { m } of items) if (m.createdAt > maxT) maxT = m.createdAt;
    dataClock?.advanceTo(maxT);
    const now = clock.now();
    let ackOnly = poison;
    for (;;) {
      const mentions = items.map(({ m }) => ({ m, t: Math.min(m.createdAt, now) }));
      let r: Awaited<ReturnType<typeof commit>>;
      try {
        r = await commit(this.deps.client, this.deps.keys, {
          entries: [...ackOnly, ...items.map((i) => i.eid)], mentions, storeMax: this.opts.storeMax,
          rollups: this.planner.plan(mentions, now), maxT, own: this.deps.own,
        });
      } catch (err) {
        // Redis unreachable: the entries stay pending with this worker; commit again when it is back
        // (if the first attempt did run, the retry finds them acknowledged and counts nothing)
        if (this.stopping || !isUnavailable(err)) throw err;
        this.warnRetry({ err: (err as Error).message }, 'worker: commit failed; retrying');
        await new Promise((res) => setTimeout(res, RETRY_MS));
        continue;
      }
      if (r.ok) {
        this.stats.processed += items.length;
        this.stats.poison += ackOnly.length;
        this.stats.batches++;
        return;
      }
      // another worker committed some of these first: drop them and commit the rest
      const gone = new Set(r.gone);
      this.stats.conflicts += gone.size;
      items = items.filter((i) => !gone.has(i.eid));
      ackOnly = ackOnly.filter((id) => !gone.has(id));
      if (items.length === 0 && ackOnly.length === 0) return;
    }
  }
}
