import { afterEach, describe, expect, it } from 'vitest';
import type { EarshotApp } from '../../server/app';
import { MemoryMentionStore } from '../../server/store/memory';
import { startApp, waitFor, type TestSocket } from '../helpers/app';
import { ADMIN_TOKEN, call, handshake, issue, socketWith, startSecureApp } from './auth-helpers';

/** One sample's value from the Prometheus text format. */
function sample(text: string, name: string, labels = ''): number | undefined {
  const line = text.split('\n').find((l) => l.startsWith(`${name}${labels ? `{${labels}}` : ''} `));
  return line === undefined ? undefined : Number(line.slice(line.lastIndexOf(' ') + 1));
}

class FlakyMentions extends MemoryMentionStore {
  down = false;
  override async recent(limit: number) {
    if (this.down) throw new Error('store unreachable');
    return super.recent(limit);
  }
}

describe('health, readiness and metrics', () => {
  let app: EarshotApp | undefined;
  const sockets: TestSocket[] = [];
  afterEach(async () => { sockets.splice(0).forEach((s) => s.close()); await app?.close(); app = undefined; });

  it('/healthz answers while the process lives; /readyz says whether the stores answer', async () => {
    const mentions = new FlakyMentions(1000);
    app = await startSecureApp({}, { mentions });
    const h = await call(`${app.url}/healthz`);
    expect(h.status).toBe(200);
    expect(h.json.ok).toBe(true);
    const ready = await call(`${app.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(ready.json).toEqual({ ready: true, draining: false, checks: { mentions: 'ok', rollups: 'ok', auth: 'ok' } });
    mentions.down = true;
    const down = await call(`${app.url}/readyz`);
    expect(down.status).toBe(503);
    expect(down.json).toMatchObject({ ready: false, checks: { mentions: 'store unreachable', rollups: 'ok' } });
    expect((await call(`${app.url}/healthz`)).status).toBe(200);
  });

  it('/readyz turns 503 as soon as shutdown starts', async () => {
    app = await startApp();
    const closing = app.close();
    expect(app.readiness.draining).toBe(true);
    expect((await app.readiness.check()).ready).toBe(false);
    await closing;
  });

  it('/metrics is for admins and scrape keys only', async () => {
    app = await startSecureApp();
    const scrape = await issue(app, 'metrics');
    const analyst = await issue(app, 'analyst');
    expect((await call(`${app.url}/metrics`)).status).toBe(401);
    expect((await call(`${app.url}/metrics`, { token: analyst.token })).status).toBe(403);
    const ok = await call(`${app.url}/metrics`, { token: scrape.token });
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    expect((await call(`${app.url}/metrics`, { token: ADMIN_TOKEN })).status).toBe(200);
  });

  it('exports ingest counts, analysis time, queue lag, sockets, frame bytes, HTTP and process metrics', async () => {
    app = await startApp({ tickMs: 100 });
    const now = Date.now();
    const body = [
      { id: 'm1', channel: 'twitter', text: 'Nimbus battery died', createdAt: now },
      { id: 'm2', channel: 'news', text: 'Zephyr recall', createdAt: now },
      { id: 'm1', channel: 'twitter', text: 'dup', createdAt: now },
      { id: 'bad', channel: 'myspace', text: 'x', createdAt: now },
    ];
    expect((await call(`${app.url}/api/mentions`, { method: 'POST', body })).status).toBe(200);
    expect((await call(`${app.url}/api/mentions`, { method: 'POST', body: [{ id: 'm3' }] })).status).toBe(400);
    const s = socketWith(app.url);
    sockets.push(s);
    expect(await handshake(s)).toEqual({ ok: true });
    const frames = waitFor(s, 'frame:push', (f) => f.kind === 'delta');
    await s.timeout(5000).emitWithAck('view:join', { room: 'wall' });
    await frames;
    const m = (await call(`${app.url}/metrics`)).text;
    expect(sample(m, 'earshot_ingest_mentions_total', 'outcome="accepted"')).toBe(2);
    expect(sample(m, 'earshot_ingest_mentions_total', 'outcome="duplicate"')).toBe(1);
    expect(sample(m, 'earshot_ingest_mentions_total', 'outcome="rejected"')).toBe(2);
    expect(sample(m, 'earshot_analysis_batch_seconds_count')).toBe(1);
    expect(sample(m, 'earshot_analysis_batch_seconds_sum')).toBeGreaterThan(0);
    expect(sample(m, 'earshot_queue_lag_seconds')).toBe(0);
    expect(sample(m, 'earshot_sockets_connected')).toBe(1);
    expect(sample(m, 'earshot_frame_bytes_count', 'room="wall",kind="snapshot"')).toBeGreaterThanOrEqual(1);
    expect(sample(m, 'earshot_frame_bytes_sum', 'room="wall",kind="snapshot"')).toBeGreaterThan(1000);
    expect(sample(m, 'earshot_frame_bytes_count', 'room="wall",kind="delta"')).toBeGreaterThanOrEqual(1);
    expect(sample(m, 'earshot_http_requests_total', 'method="POST",route="/api/mentions",status="200"')).toBe(1);
    expect(sample(m, 'earshot_http_requests_total', 'method="POST",route="/api/mentions",status="400"')).toBe(1);
    expect(sample(m, 'process_resident_memory_bytes')).toBeGreaterThan(1e6);
    expect(m).toMatch(/^nodejs_eventloop_lag_seconds /m);
    s.close();
    await new Promise((r) => setTimeout(r, 100));
    expect(sample((await call(`${app.url}/metrics`)).text, 'earshot_sockets_connected')).toBe(0);
  });

  it('logs structured JSON lines with the route pattern, never the query string', async () => {
    const lines: string[] = [];
    const { createLogger } = await import('../../server/ops/logger');
    app = await startApp({ logger: createLogger('debug', { write: (l: string) => { lines.push(l); } }) });
    await call(`${app.url}/api/mentions/abc?limit=secret-query`);
    await call(`${app.url}/api/rules/nope`);
    const parsed = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    const req = parsed.find((p) => p.path === '/api/mentions/abc');
    expect(req).toMatchObject({ level: 30, app: 'earshot', method: 'GET', route: '/api/mentions/:id', status: 404, msg: 'request failed' });
    expect(typeof req!.ms).toBe('number');
    expect(lines.join('')).not.toContain('secret-query');
  });
});
