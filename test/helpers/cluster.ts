import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { createClient } from '@redis/client';

/** How long a node process may take to start listening (tsx compiles on a loaded 2-core machine). */
const START_TIMEOUT_MS = 60_000;

/** Node processes still running: killed when the test process exits, even after a failure. */
const running = new Set<ChildProcess>();
process.once('exit', () => { for (const p of running) p.kill('SIGKILL'); });

/** An Earshot node as a child process (`node --import tsx server/main.ts`), stopped by its pid. */
export class NodeProc {
  readonly exited: Promise<void>;

  private constructor(readonly id: string, readonly proc: ChildProcess, readonly url: string, readonly logs: string[]) {
    this.exited = proc.exitCode !== null ? Promise.resolve() : new Promise((r) => proc.once('exit', () => r()));
  }

  get pid(): number { return this.proc.pid!; }
  get alive(): boolean { return this.proc.exitCode === null && this.proc.signalCode === null; }

  static async start(id: string, env: Record<string, string>): Promise<NodeProc> {
    const proc = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
      env: { ...process.env, PORT: '0', NODE_ID: id, LOG_LEVEL: 'info', SOURCE: 'none', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    running.add(proc);
    proc.once('exit', () => running.delete(proc));
    const logs: string[] = [];
    const keep = (line: string) => { logs.push(line); if (logs.length > 300) logs.shift(); };
    createInterface({ input: proc.stderr! }).on('line', keep);
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${id} did not start:\n${logs.join('\n')}`)), START_TIMEOUT_MS);
      createInterface({ input: proc.stdout! }).on('line', (line) => {
        keep(line);
        if (!line.includes('Earshot listening')) return;
        clearTimeout(timer);
        resolve((JSON.parse(line) as { url: string }).url);
      });
      proc.once('exit', (code, sig) => { clearTimeout(timer); reject(new Error(`${id} exited (${sig ?? code}):\n${logs.join('\n')}`)); });
    });
    return new NodeProc(id, proc, url, logs);
  }

  /** Sends a signal and waits for the process to end (SIGSTOP/SIGCONT return at once). */
  async signal(sig: NodeJS.Signals): Promise<void> {
    if (!this.alive) return;
    this.proc.kill(sig);
    if (sig !== 'SIGSTOP' && sig !== 'SIGCONT') await this.exited;
  }

  async stop(): Promise<void> {
    if (!this.alive) return;
    this.proc.kill('SIGCONT');
    this.proc.kill('SIGTERM');
    const t = setTimeout(() => this.proc.kill('SIGKILL'), 5000);
    await this.exited;
    clearTimeout(t);
  }

  async status(): Promise<any> {
    return (await fetch(`${this.url}/api/status`)).json();
  }
}

/** Polls fn until ok(value), or throws with the last value after timeoutMs. */
export async function until<T>(fn: () => Promise<T>, ok: (v: T) => boolean, timeoutMs = 20_000, what = 'condition'): Promise<T> {
  const end = Date.now() + timeoutMs;
  let last: T | undefined;
  let lastErr: unknown;
  for (;;) {
    try {
      last = await fn();
      if (ok(last)) return last;
    } catch (e) { lastErr = e; }
    if (Date.now() > end) throw new Error(`${what} not met in ${timeoutMs} ms; last value ${JSON.stringify(last)} ${lastErr ? String(lastErr) : ''}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** A plain client on the test's Redis, to look at the shared state. */
export async function redisClient(url: string) {
  const c = createClient({ url });
  c.on('error', () => {});
  await c.connect();
  return c;
}
