import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient } from '@redis/client';

/** How long a started redis-server may take to answer PING. */
const START_TIMEOUT_MS = 10_000;
const POLL_MS = 50;

/** Whether redis-server is on the PATH (.ci/run installs Debian's package when it is missing). */
export const hasRedisServer = (process.env.PATH ?? '').split(':').some((p) => p && existsSync(join(p, 'redis-server')));

/** A port nothing listens on right now (bound, read, released). Never the machine's 6379. */
export async function freePort(): Promise<number> {
  for (;;) {
    const port = await new Promise<number>((resolve, reject) => {
      const s = createServer();
      s.once('error', reject);
      s.listen(0, '127.0.0.1', () => {
        const p = (s.address() as { port: number }).port;
        s.close(() => resolve(p));
      });
    });
    if (port !== 6379) return port;
  }
}

export interface RedisOptions {
  /** AOF with fsync on every write, in a temporary directory kept across restarts. */
  aof?: 'always' | 'everysec';
}

/** Servers still running: stopped when the test process exits, even after a failure. */
const running = new Set<ChildProcess>();
process.once('exit', () => { for (const p of running) p.kill('SIGKILL'); });

/**
 * A real redis-server started by a test on a free port (foreground child process, stopped by pid).
 * Without `aof` it keeps nothing on disk (--save "" --appendonly no).
 */
export class TestRedis {
  readonly url: string;
  private proc: ChildProcess | null = null;
  private dir: string | null = null;
  private log: string[] = [];

  private constructor(readonly port: number, private opts: RedisOptions) {
    this.url = `redis://127.0.0.1:${port}`;
  }

  static async start(opts: RedisOptions = {}): Promise<TestRedis> {
    const r = new TestRedis(await freePort(), opts);
    if (opts.aof) r.dir = mkdtempSync(join(tmpdir(), 'earshot-redis-'));
    await r.launch();
    return r;
  }

  get pid(): number | undefined { return this.proc?.pid; }

  private args(): string[] {
    const a = ['--port', String(this.port), '--bind', '127.0.0.1', '--save', '', '--daemonize', 'no', '--loglevel', 'warning'];
    if (this.opts.aof && this.dir) a.push('--appendonly', 'yes', '--appendfsync', this.opts.aof, '--dir', this.dir);
    else a.push('--appendonly', 'no');
    return a;
  }

  private async launch(): Promise<void> {
    const proc = spawn('redis-server', this.args(), { stdio: ['ignore', 'pipe', 'pipe'] });
    this.proc = proc;
    running.add(proc);
    proc.once('exit', () => running.delete(proc));
    const keep = (b: Buffer) => { this.log.push(b.toString()); if (this.log.length > 50) this.log.shift(); };
    proc.stdout!.on('data', keep);
    proc.stderr!.on('data', keep);
    const deadline = Date.now() + START_TIMEOUT_MS;
    for (;;) {
      if (proc.exitCode !== null) throw new Error(`redis-server exited ${proc.exitCode}: ${this.log.join('')}`);
      if (await this.ping()) return;
      if (Date.now() > deadline) throw new Error(`redis-server did not answer on ${this.port}: ${this.log.join('')}`);
      await new Promise((r) => setTimeout(r, POLL_MS));
    }
  }

  async ping(): Promise<boolean> {
    const c = createClient({ url: this.url, socket: { reconnectStrategy: false, connectTimeout: 500 } });
    c.on('error', () => {});
    try {
      await c.connect();
      return (await c.ping()) === 'PONG';
    } catch {
      return false;
    } finally {
      if (c.isOpen) c.destroy();
    }
  }

  /** Stops the server by its pid: SIGKILL (a crash) or SIGTERM (a clean shutdown). */
  async stop(signal: 'SIGKILL' | 'SIGTERM' = 'SIGKILL'): Promise<void> {
    const p = this.proc;
    if (!p || p.exitCode !== null || p.signalCode !== null) { this.proc = null; return; }
    const exited = new Promise<void>((r) => p.once('exit', () => r()));
    p.kill(signal);
    await exited;
    this.proc = null;
  }

  /** Starts it again on the same port (and the same AOF directory). */
  async restart(): Promise<void> {
    await this.stop();
    await this.launch();
  }

  /** Stops the server and removes its directory. */
  async close(): Promise<void> {
    await this.stop();
    if (this.dir) rmSync(this.dir, { recursive: true, force: true });
  }
}
