import { createServer, type Server } from 'node:http';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Alert } from '../../shared/alert';
import { NodeProc, until } from '../helpers/cluster';
import { TestRedis } from '../helpers/redis';

// Alerts once per incident across the cluster: two node processes on one Redis, CLOCK=data so the
// test moves time with the mentions it posts; a webhook receiver counts notifications.
const T0 = Date.UTC(2026, 0, 5, 9, 0, 0);
const MIN = 60_000;
let redis: TestRedis | undefined;
let nodes: NodeProc[] = [];
let hook: Server | undefined;
let dir: string | undefined;

afterAll(async () => {
  await Promise.all(nodes.map((x) => x.stop()));
  await redis?.close();
  await new Promise((r) => (hook ? hook.close(r) : r(undefined)));
  if (dir) rmSync(dir, { recursive: true, force: true });
});

let n = 0;
const at = (t: number, brand: 'Nimbus' | 'Orbix', k = 1) => Array.from({ length: k }, () => ({ id: `al-${++n}`, channel: 'forum', text: `${brand} update number ${n}`, createdAt: t }));
const post = async (url: string, body: unknown) => {
  const res = await fetch(`${url}/api/mentions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  expect(res.status).toBe(200);
};
const alertsOf = async (x: NodeProc): Promise<Alert[]> => ((await (await fetch(`${x.url}/api/alerts`)).json()) as { alerts: Alert[] }).alerts;

describe('alerts in Redis mode', () => {
  it('raises one alert per incident cluster-wide, and the next evaluator continues it after the first is killed', async () => {
    const events: { event: string; id: string; rule: string }[] = [];
    hook = createServer((req, res) => {
      let body = '';
      req.on('data', (c) => { body += c; });
      req.on('end', () => {
        const b = JSON.parse(body) as { event: string; alert: Alert };
        events.push({ event: b.event, id: b.alert.id, rule: b.alert.rule });
        res.end('ok');
      });
    });
    await new Promise<void>((r) => hook!.listen(0, '127.0.0.1', () => r()));
    const hookUrl = `http://127.0.0.1:${(hook.address() as { port: number }).port}/hook`;
    dir = mkdtempSync(join(tmpdir(), 'earshot-rules-'));
    const rulesFile = join(dir, 'rules.json');
    writeFileSync(rulesFile, JSON.stringify([{ id: 'busy-nimbus', name: 'Nimbus busy', type: 'threshold', scope: { brands: ['nimbus'] },
      params: { metric: 'volume', above: 5, windowMinutes: 3, cooldownBuckets: 0 } }]));

    redis = await TestRedis.start();
    const env = { REDIS_URL: redis.url, CLOCK: 'data', ALERT_RULES: rulesFile, ALERT_WEBHOOKS: hookUrl, ALERT_GRACE_MS: '0', LEASE_TTL_MS: '1500', TICK_MS: '200' };
    nodes = await Promise.all([NodeProc.start('n1', env), NodeProc.start('n2', env)]);
    const [a, b] = nodes;
    const evaluator = await until(async () => Promise.all(nodes.map((x) => x.status())),
      (ss) => ss.filter((s) => s.cluster.evaluator).length === 1, 20_000, 'one evaluator');
    const leader = nodes[evaluator.findIndex((s) => s.cluster.evaluator)];
    const follower = nodes.find((x) => x !== leader)!;

    // minute 0: 10 Nimbus posts through both nodes; then a post at minute 1 moves the clock on, minute 0 closes
    await post(a.url, at(T0 + 10_000, 'Nimbus', 5));
    await post(b.url, at(T0 + 20_000, 'Nimbus', 5));
    await post(follower.url, at(T0 + MIN + 1000, 'Orbix'));
    await until(async () => events.filter((e) => e.event === 'firing').length, (k) => k >= 1, 20_000, 'firing webhook');
    const fired = await until(() => alertsOf(follower), (as) => as.length === 1 && as[0].state === 'firing', 10_000, 'alert on the follower');
    expect((await alertsOf(leader)).map((x) => x.id)).toEqual([fired[0].id]);

    // the evaluator dies; the other node takes the lease and adopts the open incident
    await leader.signal('SIGKILL');
    await until(() => follower.status(), (s) => s.cluster.evaluator === true, 20_000, 'takeover');
    const ack = await fetch(`${follower.url}/api/alerts/${fired[0].id}/ack`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ by: 'amy' }) });
    expect(ack.status).toBe(200);
    // minute 2 is busy again, minutes 1-2 close: the same incident is updated, not raised again
    await post(follower.url, at(T0 + 2 * MIN + 5000, 'Nimbus', 8));
    await post(follower.url, at(T0 + 3 * MIN + 1000, 'Orbix'));
    await until(() => alertsOf(follower), (as) => (as[0]?.updates ?? 0) >= 1, 20_000, 'incident updated by the new evaluator');
    // minutes 3-5 are quiet: the incident resolves, once
    await post(follower.url, at(T0 + 6 * MIN + 1000, 'Orbix'));
    const done = await until(() => alertsOf(follower), (as) => as[0]?.state === 'resolved', 20_000, 'incident resolved');
    expect(done).toHaveLength(1);
    expect(done[0]).toMatchObject({ id: fired[0].id, acknowledged: { by: 'amy' }, rule: 'busy-nimbus' });
    await until(async () => events.filter((e) => e.event === 'resolved').length, (k) => k === 1, 10_000, 'resolved webhook');
    expect(events.filter((e) => e.event === 'firing')).toHaveLength(1);
    expect(new Set(events.map((e) => e.id))).toEqual(new Set([fired[0].id]));
  }, 180_000);
});
