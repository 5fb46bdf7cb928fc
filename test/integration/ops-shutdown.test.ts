/**
 * Graceful shutdown with a real server process: SIGTERM while big ingest batches are in flight.
 * Every batch the server answered 200 must be in its final count, a request sent after SIGTERM
 * gets a clean 503 (not a reset), and the process exits 0.
 */
import { spawn } from 'node:child_process';
import { request, type IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { freePort } from '../e2e/server';

/** Mentions per batch: big enough that several are still being processed when SIGTERM lands. */
const BATCH = 3000;
const SENDERS = 3;
/** Traffic before the signal. */
const WARMUP_MS = 2000;
const TEXTS = ['My N1mbus battery died AGAIN 😡 still waiting on a refund @NimbusCares', 'Zephyr support was great, thanks!', 'Orbix vs Kestrel: which phone has the better camera? #photography'];

interface Outcome { status?: number; accepted?: number; error?: string; startedAt: number; endedAt: number; body?: string }

function post(port: number, body: string): Promise<Outcome> {
  const startedAt = Date.now();
  return new Promise((resolve) => {
    // a new connection per request (agent: false): no keep-alive reuse races in the client itself
    const req = request({ host: '127.0.0.1', port, path: '/api/mentions', method: 'POST', agent: false, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } },
      (res: IncomingMessage) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => { text += c; });
        res.on('end', () => {
          let accepted: number | undefined;
          try { accepted = (JSON.parse(text) as { accepted?: number }).accepted; } catch { /* not JSON */ }
          resolve({ status: res.statusCode, accepted, startedAt, endedAt: Date.now(), body: text.slice(0, 200) });
        });
        res.on('error', (e: NodeJS.ErrnoException) => resolve({ error: e.code ?? e.message, startedAt, endedAt: Date.now() }));
      });
    req.on('error', (e: NodeJS.ErrnoException) => resolve({ error: e.code ?? e.message, startedAt, endedAt: Date.now() }));
    req.end(body);
  });
}

function batch(sender: number, n: number): string {
  const now = Date.now();
  return JSON.stringify(Array.from({ length: BATCH }, (_, i) => ({
    id: `s${sender}-b${n}-${i}`, channel: 'twitter', text: TEXTS[i % TEXTS.length], createdAt: now - (i % 600) * 1000,
    author: { handle: `@user${i % 97}`, followers: i % 5000, location: 'Austin, TX' },
  })));
}

describe('graceful shutdown (real process, SIGTERM mid-ingest)', () => {
  it('answers every batch in flight, counts every batch it answered 200, resets no request, exits 0', async () => {
    const port = await freePort();
    const proc = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
      env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', SOURCE: 'none', LOG_LEVEL: 'info', RATE_INGEST_PER_SEC: '100000', INGEST_BODY_LIMIT: String(64 * 1024 * 1024), SHUTDOWN_GRACE_MS: '30000' },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    proc.stdout!.setEncoding('utf8');
    proc.stdout!.on('data', (c: string) => { out += c; });
    const exited = new Promise<number | null>((r) => proc.once('exit', (code) => r(code)));
    try {
      for (let t0 = Date.now(); ; await new Promise((r) => setTimeout(r, 100))) {
        if (proc.exitCode !== null) throw new Error(`server exited ${proc.exitCode}`);
        if (Date.now() - t0 > 30_000) throw new Error('server did not start');
        try { if ((await fetch(`http://127.0.0.1:${port}/api/health`)).ok) break; } catch { /* starting */ }
      }
      const outcomes: Outcome[] = [];
      let signalled = false;
      let signalAt = 0;
      const senders = Array.from({ length: SENDERS }, async (_, s) => {
        for (let n = 0; !signalled; n++) outcomes.push(await post(port, batch(s, n)));
      });
      await new Promise((r) => setTimeout(r, WARMUP_MS));
      signalled = true;
      signalAt = Date.now();
      proc.kill('SIGTERM');
      await new Promise((r) => setTimeout(r, 50));
      const late = await post(port, batch(99, 0)); // sent after the signal
      await Promise.all(senders);
      const code = await exited;

      const inFlightAtSignal = outcomes.filter((o) => o.startedAt < signalAt && o.endedAt > signalAt);
      const answered = outcomes.filter((o) => o.status === 200);
      const bad = outcomes.filter((o) => o.status !== 200 && o.status !== 503);
      expect(bad, 'requests that failed or were reset').toEqual([]);
      expect(inFlightAtSignal.length, 'batches in flight when SIGTERM arrived').toBeGreaterThan(0);
      expect(inFlightAtSignal.every((o) => o.status === 200 || o.status === 503)).toBe(true);
      expect(late.error === 'ECONNREFUSED' || late.status === 503, `late request: ${JSON.stringify(late)}`).toBe(true);
      if (late.status === 503) expect(JSON.parse(late.body!).error).toMatch(/shutting down/);
      expect(code).toBe(0);
      const lines = out.split('\n').filter(Boolean).map((l) => JSON.parse(l) as { msg: string; accepted?: number });
      const done = lines.find((l) => l.msg === 'shutdown complete');
      expect(done, out.slice(-2000)).toBeDefined();
      const counted = answered.reduce((a, o) => a + (o.accepted ?? 0), 0);
      expect(counted).toBe(answered.length * BATCH);
      expect(done!.accepted).toBe(counted);
      console.log(`shutdown: ${answered.length} batches of ${BATCH} answered 200 (${inFlightAtSignal.length} in flight at SIGTERM), `
        + `${outcomes.length - answered.length} refused with 503, late request: ${late.status ?? late.error}, final count ${done!.accepted}`);
    } finally {
      if (proc.exitCode === null) proc.kill('SIGKILL');
    }
  }, 120_000);
});
