import type { AnalyzedMention } from '../../shared/mention';
import { commit } from '../cluster/commit';
import { ID_GENERATION, type RedisKeys } from '../cluster/keys';
import { INGEST, LOOKUP } from '../cluster/lua';
import type { Redis } from '../cluster/redis';
import { DEFAULT_DEDUPE_WINDOW, type DedupeWindow } from './dedupe-window';
import type { DedupeStore, MentionStore } from './types';

/** Ids sent to Redis per script call (a call runs atomically; bigger batches are split). */
export const DEDUPE_CHUNK = 2000;

export { DEFAULT_DEDUPE_WINDOW, dedupeWindow, type DedupeWindow } from './dedupe-window';

/**
 * The recent-mention store in Redis: the capped analyzed stream (newest last), which is also the
 * feed every node tails, plus an id -> entry index in generations (see COMMIT and LOOKUP). Same contract as the memory ring.
 */
export class RedisMentionStore implements MentionStore {
  constructor(private client: Redis, private keys: RedisKeys, readonly capacity: number) {}

  async add(batch: readonly AnalyzedMention[]): Promise<void> {
    if (batch.length === 0) return;
    await commit(this.client, this.keys, { mentions: batch.map((m) => ({ m, t: m.createdAt })), storeMax: this.capacity });
  }

  async get(id: string): Promise<AnalyzedMention | undefined> {
    const k = this.keys;
    const json = await LOOKUP.run(this.client, [k.seq, k.analyzed, k.analyzedIdsGen, k.analyzedIdsLegacy], [id, ID_GENERATION, this.capacity]);
    return typeof json === 'string' ? JSON.parse(json) as AnalyzedMention : undefined;
  }

  async recent(limit: number): Promise<AnalyzedMention[]> {
    if (limit <= 0) return [];
    const es = await this.client.xRevRange(this.keys.analyzed, '+', '-', { COUNT: limit });
    return (es ?? []).map((e) => JSON.parse(e.message.m) as AnalyzedMention);
  }

  async size(): Promise<number> {
    return this.client.xLen(this.keys.analyzed);
  }
}

/** Runs the INGEST script in chunks; 'add' also appends new mentions to the ingest stream. */
export async function claimIds(
  client: Redis, keys: RedisKeys, window: DedupeWindow, mode: 'add' | 'claim',
  items: readonly { id: string; json?: string }[], receivedAt: number,
): Promise<boolean[]> {
  const out: boolean[] = [];
  for (let i = 0; i < items.length; i += DEDUPE_CHUNK) {
    const chunk = items.slice(i, i + DEDUPE_CHUNK);
    const args: (string | number)[] = [keys.dedupe, window.sliceSeconds, window.slices, mode, receivedAt, chunk.length];
    for (const it of chunk) args.push(it.id, it.json ?? '');
    const reply = await INGEST.run(client, [keys.ingest], args) as number[];
    for (const r of reply) out.push(Number(r) === 1);
  }
  return out;
}

/** Mention ids seen by any node, in Redis (sets per time slice, expiring). */
export class RedisDedupeStore implements DedupeStore {
  constructor(private client: Redis, private keys: RedisKeys, private window: DedupeWindow = DEFAULT_DEDUPE_WINDOW) {}

  claim(ids: readonly string[]): Promise<boolean[]> {
    return claimIds(this.client, this.keys, this.window, 'claim', ids.map((id) => ({ id })), 0);
  }
}
