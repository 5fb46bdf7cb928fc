import type { Mention } from '../../shared/mention';
import type { Clock } from '../clock';
import { IngestUnavailableError } from '../ingest/errors';
import type { IngestOutcome, Ingestor } from '../ingest/pipeline';
import { claimIds, type DedupeWindow } from '../store/redis';
import type { RedisKeys } from './keys';
import { isUnavailable, type Redis } from './redis';

/** What an HTTP client is told to wait before retrying while Redis is unreachable. */
export const RETRY_AFTER_S = 1;
/** A source's batch is retried this often while Redis is unreachable (it is never dropped). */
const SOURCE_RETRY_MS = 250;

/**
 * Ingest in Redis mode: each new mention id (deduplicated across the cluster, atomically with the
 * write) is appended to the ingest stream; analysis happens in the workers. Answers once Redis has
 * the mentions: with AOF `appendfsync always` that means on disk.
 */
export class ClusterIngest implements Ingestor {
  readonly stats = { accepted: 0, duplicates: 0, unavailable: 0 };

  constructor(private client: Redis, private keys: RedisKeys, private window: DedupeWindow, private clock: Clock) {}

  async ingest(batch: readonly Mention[]): Promise<IngestOutcome[]> {
    if (batch.length === 0) return [];
    if (!this.client.isReady) throw this.unavailable();
    let fresh: boolean[];
    try {
      fresh = await claimIds(this.client, this.keys, this.window, 'add',
        batch.map((m) => ({ id: m.id, json: JSON.stringify(m) })), this.clock.now());
    } catch (err) {
      if (isUnavailable(err)) throw this.unavailable();
      throw err;
    }
    let n = 0;
    for (const f of fresh) if (f) n++;
    this.stats.accepted += n;
    this.stats.duplicates += batch.length - n;
    return fresh.map((f) => (f ? 'accepted' : 'duplicate'));
  }

  /** A source's sink: waits out a Redis outage (retrying) rather than dropping the batch. */
  sink(stopped: () => boolean): (batch: Mention[]) => Promise<void> {
    return async (batch) => {
      for (;;) {
        try {
          await this.ingest(batch);
          return;
        } catch (err) {
          if (!(err instanceof IngestUnavailableError) || stopped()) throw err;
          await new Promise((r) => setTimeout(r, SOURCE_RETRY_MS));
        }
      }
    };
  }

  private unavailable(): IngestUnavailableError {
    this.stats.unavailable++;
    return new IngestUnavailableError('the shared store (Redis) is unreachable; nothing was stored, retry later', RETRY_AFTER_S);
  }
}
