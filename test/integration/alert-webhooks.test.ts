import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { Alert } from '../../shared/alert';
import { WebhookNotifier } from '../../server/alerts/webhooks';
import type { EarshotApp } from '../../server/app';
import { post, startApp } from '../helpers/app';

/** expect.poll bound for a delivery: generous, since this machine may be loaded (a first fetch alone can take a second). */
const DELIVERY = { timeout: 10_000 };

interface Receiver { url: string; bodies: any[]; hits: number; close(): Promise<void> }

/** A real HTTP receiver on port 0; `answer` decides per request (return null to hang forever). */
async function receiver(answer: (hit: number) => number | null): Promise<Receiver> {
  const r: Receiver = { url: '', bodies: [], hits: 0, close: async () => {} };
  const hanging: ServerResponse[] = [];
  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    let raw = '';
    req.on('data', (c) => { raw += c; });
    req.on('end', () => {
      const hit = ++r.hits;
      r.bodies.push(JSON.parse(raw));
      const status = answer(hit);
      if (status === null) { hanging.push(res); return; }
      res.writeHead(status).end('ok');
    });
  });
  await new Promise<void>((res) => server.listen(0, '127.0.0.1', res));
  r.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
  r.close = () => new Promise((res) => { hanging.forEach((h) => h.destroy()); server.closeAllConnections(); server.close(() => res()); });
  return r;
}

const alert = (title = 'Negative mentions spiking: Nimbus'): Alert => ({
  id: 'a1', rule: 'spike-nimbus', state: 'firing', severity: 4, brand: 'nimbus', title, value: 48, baseline: 6,
  startedAt: 1, updatedAt: 1, sampleIds: [], samples: [], detail: 'negative mentions 48 in 1 min, baseline 6',
});

describe('webhooks', () => {
  const cleanup: (() => Promise<void> | void)[] = [];
  afterEach(async () => { for (const c of cleanup.splice(0)) await c(); });

  it('delivers a JSON body with a Slack-compatible text and the alert', async () => {
    const rx = await receiver(() => 200); cleanup.push(rx.close);
    const n = new WebhookNotifier({ urls: [rx.url] }); cleanup.push(() => n.close());
    n.notify(alert(), 'firing');
    await expect.poll(() => n.stats.delivered, DELIVERY).toBe(1);
    expect(rx.bodies[0].text).toBe('[Earshot SEV 4] Negative mentions spiking: Nimbus (nimbus) — negative mentions 48 in 1 min, baseline 6');
    expect(rx.bodies[0]).toMatchObject({ event: 'firing', alert: { id: 'a1', value: 48, baseline: 6 } });
  });

  it('retries with backoff when the receiver answers 500, then 200', async () => {
    const rx = await receiver((hit) => (hit < 3 ? 500 : 200)); cleanup.push(rx.close);
    const n = new WebhookNotifier({ urls: [rx.url], retryDelaysMs: [20, 80, 320] }); cleanup.push(() => n.close());
    const t0 = Date.now();
    n.notify(alert(), 'firing');
    await expect.poll(() => n.stats.delivered, DELIVERY).toBe(1);
    expect(rx.hits).toBe(3);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(100); // 20 + 80
    expect(n.stats).toMatchObject({ retried: 2, failed: 0 });
  });

  it('gives up after the last retry', async () => {
    const rx = await receiver(() => 503); cleanup.push(rx.close);
    const n = new WebhookNotifier({ urls: [rx.url], retryDelaysMs: [10, 10, 10] }); cleanup.push(() => n.close());
    n.notify(alert(), 'resolved');
    await expect.poll(() => n.stats.failed, DELIVERY).toBe(1);
    expect(rx.hits).toBe(4);
    expect(rx.bodies[0].text).toMatch(/^\[Earshot resolved\]/);
  });

  it('times out a receiver that hangs without blocking other deliveries', async () => {
    // bounds relative to the hang's timeout, not absolute latencies: this machine may be loaded
    const timeoutMs = 2000;
    const hang = await receiver(() => null); cleanup.push(hang.close);
    const ok = await receiver(() => 200); cleanup.push(ok.close);
    const n = new WebhookNotifier({ urls: [hang.url, ok.url], timeoutMs, retryDelaysMs: [10] }); cleanup.push(() => n.close());
    const t0 = Date.now();
    n.notify(alert('one'), 'firing');
    n.notify(alert('two'), 'firing');
    await expect.poll(() => n.stats.delivered, { timeout: timeoutMs }).toBe(2);
    expect(Date.now() - t0).toBeLessThan(timeoutMs); // not queued behind the hanging receiver
    expect(n.stats.failed).toBe(0);
    await expect.poll(() => n.stats.failed, { timeout: 4 * timeoutMs }).toBe(2);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(2 * timeoutMs); // attempt + 1 retry, each timed out
    expect(hang.hits).toBe(4); // two alerts × (attempt + 1 retry)
  });

  it('bounds its queue: drop-oldest, counted', async () => {
    const hang = await receiver(() => null); cleanup.push(hang.close);
    const n = new WebhookNotifier({ urls: [hang.url], timeoutMs: 5000, retryDelaysMs: [], queueMax: 2, concurrency: 1 }); cleanup.push(() => n.close());
    for (let i = 0; i < 5; i++) n.notify(alert(`a${i}`), 'firing');
    expect(n.stats).toMatchObject({ inFlight: 1, queued: 2, dropped: 2 });
  });
});

describe('a keyword rule firing in the running app', () => {
  let app: EarshotApp;
  let hang: Receiver;
  let ok: Receiver;
  afterAll(async () => { await app?.close(); await hang?.close(); await ok?.close(); });

  it('notifies webhooks (global and per rule) without blocking ingest, even when one hangs', async () => {
    hang = await receiver(() => null);
    ok = await receiver(() => 200);
    // the hang's timeout is long, so an ingest that waited for it would take seconds (absolute
    // latencies are not asserted: this machine may be loaded)
    const hangTimeoutMs = 3000;
    app = await startApp({
      alerting: {
        webhooks: [hang.url], webhookTimeoutMs: hangTimeoutMs, webhookRetryDelaysMs: [10],
        rules: [{ id: 'legal', name: 'Legal', type: 'keyword', enabled: true, severity: 5, scope: {}, webhooks: [ok.url], params: { keywords: ['lawsuit', 'recall'], minCount: 1, windowMinutes: 10, cooldownBuckets: 0 } }],
      },
    });
    const now = Date.now();
    const t0 = Date.now();
    const res = await post(`${app.url}/api/mentions`, [
      { id: 'w1', channel: 'news', text: 'Nimbus faces a lawsuit over exploding batteries', createdAt: now, author: { followers: 900 } },
      { id: 'w2', channel: 'twitter', text: 'Nimbus recall when?', createdAt: now, author: { followers: 5 } },
    ]);
    expect(res.status).toBeLessThan(300);
    expect(Date.now() - t0).toBeLessThan(hangTimeoutMs);
    await expect.poll(() => ok.bodies.length, { timeout: hangTimeoutMs }).toBe(1);
    expect(app.notifier.stats.failed).toBe(0); // the hanging delivery is still in flight
    const body = ok.bodies[0];
    expect(body.text).toMatch(/Watched keyword.*Nimbus/);
    expect(body.alert).toMatchObject({ rule: 'legal', state: 'firing', severity: 5, brand: 'nimbus' });
    expect(body.alert.samples[0].text).toBe('Nimbus faces a lawsuit over exploding batteries');
    const alerts = app.alerts.list();
    expect(alerts).toHaveLength(1); // one incident: the second post updated it
    expect(alerts[0]).toMatchObject({ value: 2, updates: 1 });
    // ingest keeps flowing while the hanging receiver holds its slot
    const t1 = Date.now();
    expect((await post(`${app.url}/api/mentions`, [{ id: 'w3', channel: 'twitter', text: 'Nimbus is fine', createdAt: now }])).status).toBeLessThan(300);
    expect(Date.now() - t1).toBeLessThan(hangTimeoutMs);
    await expect.poll(() => app.notifier.stats.failed, { timeout: 4 * hangTimeoutMs }).toBe(1);
  });
});
