import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Alert } from '../../shared/alert';
import type { DeltaFrame, SnapshotFrame } from '../../shared/frame';
import type { EarshotApp } from '../../server/app';
import { connect, connected, getJson, post, startApp, waitFor, type TestSocket } from '../helpers/app';

let n = 0;
const mention = (text: string, extra: object = {}) => ({ id: `pa-${++n}`, channel: 'twitter', text, createdAt: Date.now() - 1000, ...extra });

function join(s: TestSocket): Promise<unknown> {
  return new Promise((resolve) => s.emit('view:join', { room: 'wall' }, resolve));
}

describe('wall panels and alerts', () => {
  let app: EarshotApp;
  const sockets: TestSocket[] = [];
  beforeAll(async () => {
    app = await startApp({ tickMs: 100 });
    await post(`${app.url}/api/mentions`, [
      mention('My Nimbus battery overheats, worst phone ever 😡', { author: { location: 'Paris, France', followers: 5 } }),
      mention('Nimbus battery died again, still waiting on a refund', { author: { location: 'Austin, TX', followers: 50_000 } }),
      mention('Loving the Zephyr screen, gorgeous display 😍', { author: { location: 'Austin, TX' } }),
      mention('Where can I buy the Orbix? thinking of getting one', { geo: { lat: 51.5, lon: -0.12 } }),
    ]);
  });
  afterAll(async () => { sockets.forEach((s) => s.close()); await app.close(); });

  it('sends places, topics, the brand trend and the KPI additions in the snapshot', async () => {
    const s = connect(app.url); sockets.push(s);
    await connected(s);
    const snapP = waitFor<SnapshotFrame>(s, 'frame:push', (f) => f.kind === 'snapshot');
    await join(s);
    const snap = await snapP;
    const countries = Object.fromEntries(snap.panels.countries.map((c) => [c.code, c.count]));
    expect(countries).toEqual({ FR: 1, US: 2, GB: 1 });
    expect(snap.panels.regions).toEqual([{ code: 'US-TX', count: 2, positive: 1, neutral: 0, negative: 1 }]);
    const battery = snap.panels.topics.find((t) => t.topic === 'battery')!;
    expect(battery).toMatchObject({ count: 2, negative: 2 });
    expect(battery.spark.reduce((a, b) => a + b, 0)).toBe(2);
    const last = snap.panels.trend[snap.panels.trend.length - 1];
    expect(last.brands.nimbus).toEqual({ positive: 0, neutral: 0, negative: 2 });
    expect(snap.panels.trend).toHaveLength(60);
    expect(snap.panels.volumeDay).toHaveLength(288);
    expect(snap.kpis.leader).toBe('nimbus');
    expect(snap.kpis.needsResponse).toBeGreaterThanOrEqual(2); // the refund complaint and the purchase question at least
  });

  it('raises, acknowledges and resolves alerts, pushing each change reliably', async () => {
    const s = connect(app.url); sockets.push(s);
    await connected(s);
    await join(s);
    const updates: Alert[] = [];
    s.on('alert:update', (a) => updates.push(a));
    const raised = await post(`${app.url}/api/alerts`, { title: 'Battery complaints spiking', severity: 4, brand: 'nimbus', topic: 'battery' });
    expect(raised.status).toBe(201);
    expect(raised.json.samples[0].text).toBe('Nimbus battery died again, still waiting on a refund'); // highest reach first
    await expect.poll(() => updates.length).toBe(1);
    expect(updates[0]).toMatchObject({ id: raised.json.id, state: 'firing', severity: 4 });
    const delta = await waitFor<DeltaFrame>(s, 'frame:push', (f) => f.kind === 'delta');
    expect(delta.kpis.openAlerts).toBe(1);

    const ack = await post(`${app.url}/api/alerts/${raised.json.id}/ack`, { by: 'amy', note: 'on it' });
    expect(ack.json.acknowledged).toMatchObject({ by: 'amy', note: 'on it' });
    await expect.poll(() => updates.length).toBe(2);
    const after = await waitFor<DeltaFrame>(s, 'frame:push', (f) => f.kind === 'delta');
    expect(after.kpis.openAlerts).toBe(0);
    expect((await post(`${app.url}/api/alerts/${raised.json.id}/resolve`, {})).json.state).toBe('resolved');
    expect((await getJson(`${app.url}/api/alerts`)).json.alerts[0].state).toBe('resolved');
  });

  it('answers bad alert requests with 4xx JSON errors', async () => {
    const bad = await post(`${app.url}/api/alerts`, { title: '', severity: 9 });
    expect(bad.status).toBe(400);
    expect(bad.json.error).toMatch(/title|severity/);
    const extra = await post(`${app.url}/api/alerts`, { title: 'x', colour: 'red' });
    expect(extra.status).toBe(400);
    expect(extra.json.error).toMatch(/colour/);
    const missing = await post(`${app.url}/api/alerts/nope/ack`, { by: 'amy' });
    expect(missing.status).toBe(404);
    const broken = await post(`${app.url}/api/alerts`, '{"title":');
    expect(broken.status).toBe(400);
    expect(broken.json.error).toEqual(expect.any(String));
  });
});
