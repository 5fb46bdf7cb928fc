import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MINUTE_MS } from '../../shared/constants';
import type { EarshotApp } from '../../server/app';
import { ManualClock } from '../../server/clock';
import { getJson, post, startApp } from '../helpers/app';

const NOW = Date.UTC(2025, 0, 6, 15, 0, 30);
const HOUR0 = NOW - (NOW % MINUTE_MS) - 3 * 60 * MINUTE_MS; // three hours ago, on a minute
let n = 0;
const neg = (t: number, text = 'Nimbus battery died again, worst phone ever 😡') => ({ id: `ra-${++n}`, channel: 'twitter', text, createdAt: t, author: { followers: n } });

async function send(url: string, method: string, body?: unknown): Promise<{ status: number; json: any }> {
  const res = await fetch(url, { method, headers: { 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await res.text();
  return { status: res.status, json: text ? JSON.parse(text) : null };
}

describe('rules API', () => {
  let app: EarshotApp;
  const clock = new ManualClock(NOW);
  beforeAll(async () => {
    app = await startApp({ clock });
    // a steady baseline of ~3 negative posts a minute for 2 hours, then a 10-minute burst of 40 a minute
    const batch = [];
    for (let m = 0; m < 120; m++) for (let k = 0; k < 3; k++) batch.push(neg(HOUR0 + m * MINUTE_MS + k * 1000));
    for (let m = 120; m < 130; m++) for (let k = 0; k < 40; k++) batch.push(neg(HOUR0 + m * MINUTE_MS + k * 1000));
    batch.push(neg(HOUR0 + 150 * MINUTE_MS, 'Nimbus hit with a class-action Lawsuit over batteries'));
    const res = await post(`${app.url}/api/mentions`, batch);
    expect(res.status).toBeLessThan(300);
  });
  afterAll(async () => { await app.close(); });

  it('lists the default rules: spike per brand and brand × topic, no-data per brand, keywords', async () => {
    const { json } = await getJson(`${app.url}/api/rules`);
    const ids = json.rules.map((r: { id: string }) => r.id);
    expect(ids).toEqual(expect.arrayContaining(['spike-nimbus', 'spike-topic-nimbus', 'nodata-nimbus', 'keywords']));
    const kw = json.rules.find((r: { id: string }) => r.id === 'keywords');
    expect(kw.params.keywords).toEqual(['recall', 'lawsuit', 'class action', 'explosion', 'caught fire', 'data breach']);
  });

  it('answers invalid rules with 400 JSON naming the field', async () => {
    const cases: [unknown, RegExp][] = [
      [{ name: 'x', type: 'threshold', params: {} }, /params\.above/],
      [{ name: 'x', type: 'bogus' }, /type/],
      [{ type: 'share', params: { abovePct: 50 } }, /name/],
      [{ name: 'x', type: 'share', params: { abovePct: 150 } }, /params\.abovePct/],
      [{ name: 'x', type: 'keyword', params: { keywords: [] } }, /params\.keywords/],
      [{ name: 'x', type: 'sov', params: { belowPct: 10 }, scope: { channels: ['carrier-pigeon'] } }, /scope\.channels\.0/],
      [{ name: 'x', type: 'threshold', params: { above: 1 }, colour: 'red' }, /colour/],
      [{ name: 'x', type: 'threshold', params: { above: 1, wat: 1 } }, /params\.wat/],
      [{ name: 'x', type: 'spike', severity: 9 }, /severity/],
    ];
    for (const [body, field] of cases) {
      const res = await post(`${app.url}/api/rules`, body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.json.error).toMatch(field);
    }
    expect((await post(`${app.url}/api/rules`, '{"name":')).status).toBe(400);
    expect((await send(`${app.url}/api/rules/nope`, 'PUT', { name: 'x', type: 'threshold', params: { above: 1 } })).status).toBe(404);
  });

  it('creates, updates, patches, disables and deletes a rule', async () => {
    const made = await post(`${app.url}/api/rules`, { id: 'vol-nimbus', name: 'Volume', type: 'threshold', scope: { brands: ['nimbus'] }, params: { above: 100 } });
    expect(made.status).toBe(201);
    expect(made.json).toMatchObject({ id: 'vol-nimbus', enabled: true, params: { above: 100, windowMinutes: 5, metric: 'volume' } });
    expect((await post(`${app.url}/api/rules`, { id: 'vol-nimbus', name: 'Again', type: 'threshold', params: { above: 1 } })).status).toBe(409);
    const auto = await post(`${app.url}/api/rules`, { name: 'No id', type: 'sov', params: { belowPct: 5 } });
    expect(auto.json.id).toMatch(/^rule-/);

    const put = await send(`${app.url}/api/rules/vol-nimbus`, 'PUT', { name: 'Volume!', type: 'threshold', params: { above: 200 } });
    expect(put.json).toMatchObject({ id: 'vol-nimbus', name: 'Volume!', params: { above: 200 }, scope: {} });
    const patch = await send(`${app.url}/api/rules/vol-nimbus`, 'PATCH', { params: { windowMinutes: 2 }, severity: 5 });
    expect(patch.json).toMatchObject({ params: { above: 200, windowMinutes: 2 }, severity: 5 });
    const badPatch = await send(`${app.url}/api/rules/vol-nimbus`, 'PATCH', { params: { windowMinutes: 0 } });
    expect(badPatch.status).toBe(400);
    expect(badPatch.json.error).toMatch(/params\.windowMinutes/);

    expect((await post(`${app.url}/api/rules/vol-nimbus/disable`, {})).json.enabled).toBe(false);
    expect((await getJson(`${app.url}/api/rules/vol-nimbus`)).json.enabled).toBe(false);
    expect((await post(`${app.url}/api/rules/vol-nimbus/enable`, {})).json.enabled).toBe(true);
    expect((await send(`${app.url}/api/rules/vol-nimbus`, 'DELETE')).status).toBe(204);
    expect((await getJson(`${app.url}/api/rules/vol-nimbus`)).status).toBe(404);
  });

  it('tests a rule against the last 24 h of 1-minute rollups: "would have fired at"', async () => {
    await post(`${app.url}/api/rules`, { id: 'neg20', name: 'Neg > 20', type: 'threshold', scope: { brands: ['nimbus'] }, params: { metric: 'negative', above: 20, windowMinutes: 1, pendingBuckets: 1 } });
    const res = await post(`${app.url}/api/rules/neg20/test`, {});
    expect(res.status).toBe(200);
    expect(res.json.buckets).toBeGreaterThanOrEqual(1439); // the 1-minute ring keeps 24 h including the bucket in progress
    expect(res.json.fired).toEqual([expect.objectContaining({ t: HOUR0 + 121 * MINUTE_MS, brand: 'nimbus', value: 40, baseline: 20 })]);

    // the same engine code: the learned-baseline spike rule finds the burst too
    const spike = await post(`${app.url}/api/rules/spike-nimbus/test`, {});
    expect(spike.json.fired).toHaveLength(1);
    expect(spike.json.fired[0].t).toBeGreaterThanOrEqual(HOUR0 + 120 * MINUTE_MS);
    expect(spike.json.fired[0].t).toBeLessThan(HOUR0 + 125 * MINUTE_MS);

    // a draft from the form, and keyword rules (on recent mentions)
    const kw = await post(`${app.url}/api/rules/test`, { name: 'Legal', type: 'keyword', params: { keywords: ['lawsuit'] } });
    expect(kw.json.fired).toEqual([expect.objectContaining({ t: HOUR0 + 150 * MINUTE_MS, brand: 'nimbus', value: 1 })]);
    const bad = await post(`${app.url}/api/rules/test`, { name: 'Legal', type: 'keyword', params: {} });
    expect(bad.status).toBe(400);
    expect(bad.json.error).toMatch(/params\.keywords/);
    expect((await post(`${app.url}/api/rules/nope/test`, {})).status).toBe(404);
  });

  it('lists alert history by state and limit, and validates the query', async () => {
    for (let i = 0; i < 3; i++) await post(`${app.url}/api/alerts`, { title: `manual ${i}` });
    const a = (await getJson(`${app.url}/api/alerts?limit=2`)).json.alerts;
    expect(a).toHaveLength(2);
    await post(`${app.url}/api/alerts/${a[0].id}/resolve`, {});
    const resolved = (await getJson(`${app.url}/api/alerts?state=resolved`)).json.alerts;
    expect(resolved.map((x: { id: string }) => x.id)).toEqual([a[0].id]);
    const bad = await getJson(`${app.url}/api/alerts?state=burning`);
    expect(bad.status).toBe(400);
    expect(bad.json.error).toMatch(/state/);
    expect((await getJson(`${app.url}/api/alerts?limit=0`)).json.error).toMatch(/limit/);
  });

  it('silences an alert by rule and brand: it leaves the banner count but stays recorded', async () => {
    const raised = await post(`${app.url}/api/alerts`, { title: 'to silence', brand: 'nimbus' });
    const before = app.alerts.openCount();
    const s = await post(`${app.url}/api/alerts/${raised.json.id}/silence`, { minutes: 30, by: 'amy' });
    expect(s.status).toBe(201);
    expect(s.json.silence).toMatchObject({ rule: 'manual', brand: 'nimbus', until: NOW + 30 * MINUTE_MS, by: 'amy' });
    expect(s.json.alert.silenced).toMatchObject({ until: NOW + 30 * MINUTE_MS });
    expect(app.alerts.openCount()).toBe(before - 1);
    expect((await getJson(`${app.url}/api/silences`)).json.silences).toHaveLength(1);
    expect((await post(`${app.url}/api/alerts/${raised.json.id}/silence`, { by: 'amy' })).json.error).toMatch(/minutes/);
    expect((await post(`${app.url}/api/silences`, { minutes: 5, by: 'amy' })).json.error).toMatch(/rule/);
    expect((await send(`${app.url}/api/silences/${s.json.silence.id}`, 'DELETE')).status).toBe(204);
  });
});
