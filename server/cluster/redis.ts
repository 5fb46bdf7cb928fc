import { createHash } from 'node:crypto';
import { createClient, type RedisClientType } from '@redis/client';

export type Redis = RedisClientType;

/** First reconnect delay after Redis drops, doubled per attempt up to the maximum. */
const RECONNECT_MIN_MS = 50;
const RECONNECT_MAX_MS = 1000;
const CONNECT_TIMEOUT_MS = 2000;
/** A command that gets no answer in this long fails (Redis hung or the network is gone). */
export const COMMAND_TIMEOUT_MS = 5000;
/** Connection errors are logged at most this often per client (Redis down means one error per retry). */
const ERROR_LOG_EVERY_MS = 5000;

export interface RedisLog { warn(obj: object, msg: string): void; info?(obj: object, msg: string): void }

/**
 * A node-redis client that fails fast while Redis is unreachable (no offline queue: a command
 * either reaches Redis or rejects at once) and reconnects by itself with a capped backoff.
 * `blockMs` makes the command timeout longer than a blocking read (XREAD/XREADGROUP BLOCK);
 * `offlineQueue` keeps commands queued through an outage instead (the Socket.IO adapter's client).
 */
export function createRedis(url: string, opts: { name: string; log?: RedisLog; blockMs?: number; offlineQueue?: boolean }): Redis {
  const client = createClient({
    url,
    name: opts.name,
    disableOfflineQueue: !opts.offlineQueue,
    socket: {
      connectTimeout: CONNECT_TIMEOUT_MS,
      reconnectStrategy: (retries: number) => Math.min(RECONNECT_MIN_MS * 2 ** retries, RECONNECT_MAX_MS),
    },
    commandOptions: { timeout: COMMAND_TIMEOUT_MS + (opts.blockMs ?? 0) },
  }) as unknown as Redis;
  let lastLog = 0;
  client.on('error', (err: Error) => {
    const now = Date.now();
    if (now - lastLog < ERROR_LOG_EVERY_MS) return;
    lastLog = now;
    opts.log?.warn({ err: err.message, client: opts.name }, 'redis connection error');
  });
  return client;
}

/** Connects, retrying until Redis answers or the deadline passes (a node may start before Redis). */
export async function connectRedis(client: Redis, timeoutMs: number): Promise<void> {
  const timer = new Promise<never>((_, reject) => {
    const t = setTimeout(() => reject(new Error(`Redis did not answer within ${timeoutMs} ms`)), timeoutMs);
    t.unref();
  });
  await Promise.race([client.connect(), timer]);
}

/** Redis could not be reached (down, restarting, timed out): the caller may retry later. */
export class RedisUnavailableError extends Error {
  override name = 'RedisUnavailableError';
}

/** True for errors that mean "Redis is not reachable now" rather than "the command was wrong". */
export function isUnavailable(err: unknown): boolean {
  if (err instanceof RedisUnavailableError) return true;
  const e = err as { name?: string; message?: string; code?: string };
  const name = e?.name ?? '';
  if (/ClientOffline|ClientClosed|SocketClosedUnexpectedly|ConnectionTimeout|SocketTimeout|TimeoutError|ReconnectStrategy|Abort/.test(name)) return true;
  const msg = e?.message ?? '';
  return /ECONNREFUSED|ECONNRESET|EPIPE|closed|offline|timeout|LOADING|MASTERDOWN|BUSY /i.test(msg) || e?.code === 'ECONNREFUSED';
}

/** A Lua script run by EVALSHA, loaded again with EVAL when Redis answers NOSCRIPT (after a restart). */
export class Script {
  readonly sha: string;
  constructor(readonly source: string) {
    this.sha = createHash('sha1').update(source).digest('hex');
  }

  async run(client: Redis, keys: readonly string[], args: readonly (string | number)[]): Promise<unknown> {
    const cmd: string[] = ['EVALSHA', this.sha, String(keys.length)];
    for (const k of keys) cmd.push(k);
    for (const a of args) cmd.push(typeof a === 'string' ? a : String(a));
    try {
      return await client.sendCommand(cmd);
    } catch (err) {
      if (!/NOSCRIPT/.test((err as Error).message ?? '')) throw err;
      cmd[0] = 'EVAL'; cmd[1] = this.source;
      return client.sendCommand(cmd);
    }
  }
}

/** A warn() that logs at most once per interval (a loop retrying through an outage would flood the log). */
export function throttledWarn(log: { warn(obj: object, msg: string): void }, everyMs = ERROR_LOG_EVERY_MS): (obj: object, msg: string) => void {
  let last = 0;
  let skipped = 0;
  return (obj, msg) => {
    const now = Date.now();
    if (now - last < everyMs) { skipped++; return; }
    last = now;
    log.warn(skipped ? { ...obj, skipped } : obj, msg);
    skipped = 0;
  };
}
