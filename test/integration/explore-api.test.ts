import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { drillFilter, encodeFilter, EXPORT_CSV_COLUMNS, type ExploreFilter } from '../../shared/explore';
import type { EarshotApp } from '../../server/app';
import { openApiDocument, toOpenApiPath } from '../../server/http/openapi';
import { listAppRoutes } from '../../server/auth/routes';
import { explore, loadedApp } from '../helpers/explore';

const END = Date.UTC(2026, 10, 22, 12);
const HOUR = 3_600_000;
let app: EarshotApp;

beforeAll(async () => {
  ({ app } = await loadedApp({ end: END, hours: 2, rate: 3, seed: 5 }));
});
afterAll(async () => { await app?.close(); });

const listTotal = async (f: ExploreFilter) => {
  const r = await explore(app, 'mentions', f, { limit: 1 });
  expect(r.status).toBe(200);
  return r.json.total as number;
};

describe('explore API: validation', () => {
  const cases: [string, Record<string, string>, string][] = [
    ['mentions', { colour: 'red' }, 'colour'],
    ['mentions', { sort: 'likes' }, 'sort'],
    ['mentions', { limit: '5000' }, 'limit'],
    ['mentions', { from: '2000', to: '1000' }, 'from'],
    ['mentions', { from: 'yesterday' }, 'from'],
    ['mentions', { range: '1h', from: '1' }, 'range'],
    ['mentions', { channels: 'twitter,myspace' }, 'channels'],
    ['mentions', { brands: 'nobody' }, 'brands'],
    ['mentions', { topics: 'Battery!' }, 'topics'],
    ['mentions', { cursor: 'not-a-cursor' }, 'cursor'],
    ['mentions', { cursor: 'x', offset: '5' }, 'offset'],
    ['series', { range: '7d', interval: '10s' }, 'interval'],
    ['series', { split: 'colour' }, 'split'],
    ['breakdown', {}, 'by'],
    ['breakdown', { by: 'brand', tz: 'Mars/Olympus_Mons' }, 'tz'],
    ['why', { brands: 'nimbus' }, 'from'],
    ['why', { range: '1h', baseline: 'custom' }, 'baselineFrom'],
    ['compare', { mode: 'brands', compare: 'nimbus' }, 'compare'],
    ['compare', {}, 'mode'],
    ['export', { format: 'xlsx' }, 'format'],
    ['export', { format: 'csv', tz: 'Nowhere/City' }, 'tz'],
  ];
  for (const [path, q, param] of cases) {
    it(`${path}?${new URLSearchParams(q)} -> 400 naming ${param}`, async () => {
      const res = await fetch(`${app.url}/api/explore/${path}?${new URLSearchParams(q)}`);
      expect(res.status).toBe(400);
      expect(res.headers.get('content-type')).toMatch(/application\/json/);
      const body = await res.json();
      expect(body.param).toBe(param);
      expect(body.error).toContain(param);
      expect(body.issues[0].param).toBe(param);
    });
  }

  it('a scalar given twice is a 400 naming it', async () => {
    const res = await fetch(`${app.url}/api/explore/mentions?limit=1&limit=2`);
    expect(res.status).toBe(400);
    expect((await res.json()).param).toBe('limit');
  });
});

describe('explore API: a chart point and its drill-down agree', () => {
  const base: ExploreFilter = { range: '1h' };

  it('series split by polarity: each point and key equals the list total', async () => {
    const f: ExploreFilter = { ...base, brands: ['nimbus'] };
    const s = await explore(app, 'series', f, { split: 'polarity', interval: '5m' });
    expect(s.status).toBe(200);
    expect(s.json.points.reduce((a: number, p: any) => a + p.total, 0)).toBe(s.json.total);
    expect(s.json.total).toBeGreaterThan(100);
    // new mentions arrive between the chart and the click: asOf keeps the drill-down on the chart's snapshot
    await app.pipeline.ingest([{ id: 'late-1', channel: 'twitter', text: 'Nimbus battery died again', createdAt: s.json.points[3].t + 1 }]);
    for (const i of [0, 3, s.json.points.length - 1]) {
      const p = s.json.points[i];
      expect(await listTotal(drillFilter(f, { from: p.t, to: p.to, asOf: s.json.asOf }))).toBe(p.total);
      for (const key of s.json.keys) {
        expect(await listTotal(drillFilter(f, { from: p.t, to: p.to, dim: 'polarity', key, asOf: s.json.asOf }))).toBe(p.counts[key]);
      }
    }
  });

  for (const by of ['brand', 'topic', 'country', 'channel', 'language', 'intent', 'term', 'hashtag', 'author'] as const) {
    it(`breakdown by ${by}: each value equals the list total`, async () => {
      const f: ExploreFilter = { ...base, polarities: ['negative', 'neutral'] };
      const b = await explore(app, 'breakdown', f, { by, limit: 4 });
      expect(b.status).toBe(200);
      expect(b.json.items.length).toBeGreaterThan(0);
      for (const it of b.json.items) {
        expect(await listTotal(drillFilter(f, { dim: by, key: it.key, asOf: b.json.asOf })), `${by}=${it.key}`).toBe(it.count);
      }
    });
  }

  it('free text: the series total equals the list total', async () => {
    const f: ExploreFilter = { ...base, q: 'battery -love' };
    const s = await explore(app, 'series', f);
    expect(s.json.total).toBeGreaterThan(0);
    expect(await listTotal({ ...f, asOf: s.json.asOf })).toBe(s.json.total);
    const page = await explore(app, 'mentions', { ...f, asOf: s.json.asOf }, { limit: 5 });
    for (const m of page.json.items) {
      expect(m.text.toLowerCase()).toContain('battery');
      // highlighted as the search word, or as the topic keyword it also is
      expect(m.explain.spans.some((sp: any) => m.text.slice(sp.start, sp.end).toLowerCase() === 'battery')).toBe(true);
    }
  });

  it('summary KPIs match the breakdown by polarity', async () => {
    const f: ExploreFilter = { ...base, brands: ['zephyr'] };
    const [s, b] = [await explore(app, 'summary', f), await explore(app, 'breakdown', f, { by: 'polarity' })];
    const by = Object.fromEntries(b.json.items.map((i: any) => [i.key, i.count]));
    expect(s.json.kpis).toMatchObject({ total: b.json.total, positive: by.positive ?? 0, negative: by.negative ?? 0 });
  });
});

describe('explore API: pages, explanations, export', () => {
  it('pages with a cursor through every mention once, each with its analysis explained', async () => {
    const f: ExploreFilter = { range: '15m', channels: ['news', 'forum'] };
    const first = await explore(app, 'mentions', f, { limit: 50, sort: 'reach' });
    const ids = new Set<string>();
    let page = first.json;
    for (;;) {
      for (const m of page.items) {
        ids.add(m.id);
        expect(['news', 'forum']).toContain(m.channel);
        for (const sp of m.explain.spans) expect(sp.end).toBeGreaterThan(sp.start);
        const brandSpan = m.explain.spans.find((sp: any) => sp.kind === 'brand');
        if (brandSpan) expect(m.text.slice(brandSpan.start, brandSpan.end).length).toBeGreaterThan(0);
      }
      if (!page.nextCursor) break;
      page = (await explore(app, 'mentions', f, { limit: 50, sort: 'reach', cursor: page.nextCursor })).json;
    }
    expect(ids.size).toBe(first.json.total);
  });

  it('CSV and NDJSON exports have exactly the rows the list has, every field, times in the chosen zone', async () => {
    const f: ExploreFilter = { range: '1h', brands: ['nimbus'], polarities: ['negative'] };
    const list = await explore(app, 'mentions', f, { limit: 1 });
    const pinned = { ...f, asOf: list.json.asOf };
    await app.pipeline.ingest([{ id: 'late-2', channel: 'twitter', text: 'Nimbus is awful, worst ever', createdAt: END - 1000 }]);
    const csvRes = await fetch(`${app.url}/api/explore/export?${encodeFilter(pinned)}&format=csv&tz=Europe/Paris`);
    expect(csvRes.status).toBe(200);
    expect(csvRes.headers.get('content-type')).toMatch(/text\/csv/);
    const rows = parse(await csvRes.text()) as string[][];
    expect(rows[0]).toEqual([...EXPORT_CSV_COLUMNS]);
    expect(rows.length - 1).toBe(list.json.total);
    const col = (name: string) => rows[0].indexOf(name);
    expect(rows[1][col('created_at')]).toMatch(/^2026-11-22T1\d:\d\d:\d\d\.\d{3}\+01:00$/);
    expect(rows.slice(1).every((r) => r[col('polarity')] === 'negative' && r[col('brands')].split(';').includes('nimbus'))).toBe(true);
    const nd = await fetch(`${app.url}/api/explore/export?${encodeFilter(pinned)}&format=ndjson&tz=UTC`);
    const lines = (await nd.text()).trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.length).toBe(list.json.total);
    expect(lines[0]).toMatchObject({ sentiment: { polarity: 'negative' }, createdAtLocal: new Date(lines[0].createdAt).toISOString() });
    expect(Object.keys(lines[0])).toEqual(expect.arrayContaining(['brands', 'topics', 'intent', 'department', 'place', 'language', 'terms', 'reach']));
  });

  it('CSV cells that would start a formula are defused', async () => {
    await app.pipeline.ingest([{ id: 'evil-1', channel: 'forum', text: '=HYPERLINK("http://evil.example","Nimbus")', createdAt: END - 500, author: { handle: '@evil', name: '+cmd|calc' } }]);
    const res = await fetch(`${app.url}/api/explore/export?format=csv&q=hyperlink&range=1h`);
    const rows = parse(await res.text()) as string[][];
    const row = rows.find((r) => r[0] === 'evil-1')!;
    expect(row[rows[0].indexOf('text')]).toBe(`'=HYPERLINK("http://evil.example","Nimbus")`);
    expect(row[rows[0].indexOf('author_name')]).toBe(`'+cmd|calc`);
  });

  it('series and breakdowns come as CSV too', async () => {
    const s = await fetch(`${app.url}/api/explore/series?range=1h&interval=15m&split=polarity&format=csv&tz=America/New_York`);
    const rows = parse(await s.text()) as string[][];
    expect(rows[0]).toEqual(['from', 'to', 'total', 'positive', 'neutral', 'negative']);
    expect(rows.length).toBe(1 + 5); // 15-minute buckets over an hour, the first and last clipped
    expect(rows[1][0]).toMatch(/-05:00$/);
    const json = await explore(app, 'series', { range: '1h' }, { interval: '15m', split: 'polarity' });
    expect(rows.slice(1).map((r) => Number(r[2]))).toEqual(json.json.points.map((p: any) => p.total));
  });
});

describe('explore API: why, compare, what is held, OpenAPI', () => {
  it('compare: brand against brand, and this hour against the previous one', async () => {
    const b = await explore(app, 'compare', { range: '1h' }, { mode: 'brands', compare: 'nimbus,zephyr', interval: '5m' });
    expect(b.status).toBe(200);
    expect(b.json.sides.map((s: any) => s.label)).toEqual(['nimbus', 'zephyr']);
    for (const side of b.json.sides) {
      expect(side.points.reduce((a: number, p: any) => a + p.total, 0)).toBe(side.kpis.total);
      expect(await listTotal(side.filter)).toBe(side.kpis.total);
    }
    expect(b.json.sides[0].share + b.json.sides[1].share).toBeCloseTo(1, 9);
    const p = await explore(app, 'compare', { range: '1h' }, { mode: 'periods' });
    expect(p.json.sides.map((s: any) => s.label)).toEqual(['current', 'previous']);
    expect(p.json.sides[0].from - p.json.sides[1].from).toBe(HOUR);
    expect(await listTotal(p.json.sides[1].filter)).toBe(p.json.sides[1].kpis.total);
  });

  it('says what it no longer holds', async () => {
    const small = await loadedApp({ end: END, hours: 1, rate: 3, seed: 9, exploreMax: 2000 });
    try {
      const r = await explore(small.app, 'summary', { from: END - HOUR });
      expect(r.json.held.count).toBeLessThanOrEqual(2000);
      expect(r.json.held.evicted).toBeGreaterThan(0);
      expect(r.json.notice).toMatch(/^mentions before .* are no longer held/);
      const later = await explore(small.app, 'summary', { from: r.json.held.completeFrom });
      expect(later.json.notice).toBeUndefined();
    } finally {
      await small.app.close();
    }
  });

  it('documents every registered /api route in the OpenAPI document', async () => {
    const res = await fetch(`${app.url}/api/openapi.json`);
    const doc = await res.json();
    expect(doc.openapi).toBe('3.1.0');
    expect(doc).toEqual(JSON.parse(JSON.stringify(openApiDocument())));
    // the same listing the access-policy check uses (express 5 listRoutes; policy guards left out)
    const routes = listAppRoutes(app.http).map((r): [string, string | RegExp] => [r.method.toLowerCase(), r.path]);
    const api = routes.filter((r): r is [string, string] => typeof r[1] === 'string' && r[1].startsWith('/api/'));
    expect(api.length).toBeGreaterThan(20);
    for (const [method, path] of api) expect(doc.paths[toOpenApiPath(path)]?.[method], `${method.toUpperCase()} ${path}`).toBeTruthy();
    // and every explore parameter the schemas accept is documented
    const params = doc.paths['/api/explore/mentions'].get.parameters.map((p: any) => p.name);
    expect(params).toEqual(expect.arrayContaining(['brands', 'q', 'from', 'to', 'range', 'asOf', 'sort', 'order', 'limit', 'cursor', 'offset']));
  });
});
