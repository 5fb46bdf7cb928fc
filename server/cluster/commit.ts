import type { AnalyzedMention } from '../../shared/mention';
import { encodeWrites, type BucketWrite } from '../rollups/redis-plan';
import { ID_GENERATION, WORKER_GROUP, type RedisKeys } from './keys';
import { COMMIT } from './lua';
import type { OwnCommits } from './own-commits';
import type { Redis } from './redis';

export interface CommitInput {
  /** Ingest stream entries to acknowledge (and delete) if, and only if, all are still pending. */
  entries?: readonly string[];
  /** Analyzed mentions for the recent-mention store and the cluster feed, with their bucket time. */
  mentions?: readonly { m: AnalyzedMention; t: number }[];
  /** Capacity of the recent-mention store (the analyzed stream is trimmed to it). */
  storeMax?: number;
  rollups?: readonly BucketWrite[];
  /** Latest mention time in the batch (raises the cluster's data clock); 0 for none. */
  maxT?: number;
  /** Told each mention's JSON text before the script runs (this node's tail may read it back first). */
  own?: OwnCommits;
}

export type CommitResult = { ok: true; lastSeq: number } | { ok: false; gone: string[] };

/** Runs the COMMIT script (see lua.ts): one atomic write per batch. */
export async function commit(client: Redis, k: RedisKeys, input: CommitInput): Promise<CommitResult> {
  const keys = [k.ingest, k.analyzed, k.analyzedIdsGen, k.seq, k.dataClock];
  const entries = input.entries ?? [];
  const mentions = input.mentions ?? [];
  const args: (string | number)[] = [WORKER_GROUP, entries.length];
  for (const e of entries) args.push(e);
  args.push(input.storeMax ?? 0, ID_GENERATION, mentions.length);
  for (const { m, t } of mentions) {
    const json = JSON.stringify(m);
    input.own?.put(json, m);
    args.push(m.id, t, json);
  }
  args.push(input.maxT ?? 0);
  encodeWrites(input.rollups ?? [], keys, args);
  const reply = await COMMIT.run(client, keys, args) as [number, unknown];
  if (Number(reply[0]) === 1) return { ok: true, lastSeq: Number(reply[1]) };
  return { ok: false, gone: (reply[1] as string[]).map(String) };
}
