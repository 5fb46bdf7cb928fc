import type { ResolutionName } from '../../shared/constants';

/** Default key prefix; several Earshot clusters (or tests) can share one Redis with different prefixes. */
export const DEFAULT_PREFIX = 'earshot:';

/** The consumer group of analysis workers on the ingest stream. */
export const WORKER_GROUP = 'analyzers';

/** Every Redis key Earshot uses, from one prefix. */
export function redisKeys(prefix = DEFAULT_PREFIX) {
  return {
    prefix,
    /** Raw mentions waiting for analysis (a stream; the workers' consumer group reads it). */
    ingest: `${prefix}in`,
    /** Dedupe sets, one per time slice: `${dedupe}<slice>`. */
    dedupe: `${prefix}seen:`,
    /** Analyzed mentions, newest last, capped: the recent-mention store and the feed every node tails. */
    analyzed: `${prefix}an`,
    /**
     * mention id -> its entry id in the analyzed stream: one hash per generation of ID_GENERATION
     * sequence numbers, `${analyzedIdsGen}<generation>`, dropped whole once all of its entries have
     * been trimmed from the stream.
     */
    analyzedIdsGen: `${prefix}an:ids:`,
    /** The single id index hash of earlier versions (still read, never written). */
    analyzedIdsLegacy: `${prefix}an:ids`,
    /** Analyzed mentions committed so far (the sequence number of the newest entry). */
    seq: `${prefix}an:seq`,
    /** The latest mention time committed (the cluster's data clock in CLOCK=data mode). */
    dataClock: `${prefix}clock`,
    /** Rollup counters of one bucket: a hash, field = encoded key tuple. */
    bucket: (res: ResolutionName, start: number) => `${prefix}r:${res}:${start}`,
    /** Bucket starts held per resolution (a sorted set), for range reads and pruning. */
    bucketIndex: (res: ResolutionName) => `${prefix}r:${res}:idx`,
    /** Lifetime totals (a hash like a bucket). */
    total: `${prefix}r:total`,
    /** Leases: one holder at a time cluster-wide. */
    lease: (name: string) => `${prefix}lease:${name}`,
    /** Alert state shared by the cluster: hashes id -> JSON, and a stream of changes every node tails. */
    alerts: `${prefix}alerts`,
    rules: `${prefix}rules`,
    rulesSeeded: `${prefix}rules:seeded`,
    silences: `${prefix}silences`,
    alertNext: `${prefix}alerts:next`,
    events: `${prefix}events`,
    /** Socket.IO Redis Streams adapter: its stream and session keys. */
    socketStream: `${prefix}sio`,
    socketSessions: `${prefix}sio:session:`,
    /** Credentials: a hash id -> JSON (without revokedAt), and a hash id -> revokedAt (first revocation wins). */
    credentials: `${prefix}auth:cred`,
    revoked: `${prefix}auth:revoked`,
    /** One key per session, `${session}<sha256 of the cookie>` -> JSON, with a TTL at its expiry. */
    session: `${prefix}auth:s:`,
    /** Live sessions by expiry (a sorted set of hashes), to bound their number. */
    sessionIndex: `${prefix}auth:s-idx`,
    /** rate-limiter-flexible's counters: `${rateLimit}<limiter>:<key>`. */
    rateLimit: `${prefix}rl:`,
  };
}
export type RedisKeys = ReturnType<typeof redisKeys>;

/** A bucket hash field that is not a key tuple: the sequence number of the last commit that touched it. */
export const SEQ_FIELD = '#seq';

/** Sequence numbers per id-index generation (see analyzedIdsGen). */
export const ID_GENERATION = 16_384;
