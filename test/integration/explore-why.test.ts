import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { drillFilter } from '../../shared/explore';
import type { EarshotApp } from '../../server/app';
import type { Incident, Simulator } from '../../server/sources/simulator';
import { explore, loadedApp } from '../helpers/explore';

const END = Date.UTC(2026, 10, 22, 9);
const HOUR = 3_600_000;
/** Analyzed terms are at least this long (shorter words, like "on", are left out by analysis). */
const TERM_MIN = 3;
let app: EarshotApp;
let sim: Simulator;

beforeAll(async () => {
  ({ app, sim } = await loadedApp({ end: END, hours: 3, rate: 5, seed: 11 }));
});
afterAll(async () => { await app?.close(); });

/** Scripted incidents that lie wholly in the held time with a full baseline before them. */
function incidents(): Incident[] {
  return sim.incidents(END - 2 * HOUR, END).filter((i) => i.start >= END - 2 * HOUR && i.end <= END);
}

describe('why this spike, on the simulator\'s scripted incidents', () => {
  it('has incidents to explain', () => {
    expect(incidents().length).toBeGreaterThanOrEqual(2);
  });

  it('ranks the injected topic, hashtag and terms first, against the window just before', async () => {
    for (const inc of incidents()) {
      const r = await explore(app, 'why', { from: inc.start, to: inc.end }, { limit: 5 });
      expect(r.status).toBe(200);
      const f = r.json.facets;
      const what = `${inc.hashtag} ${inc.topic} "${inc.term}"`;
      expect(r.json.baseline.ranges).toEqual([{ from: 2 * inc.start - inc.end, to: inc.start }]);
      expect(f.topic[0].key, what).toBe(inc.topic);
      expect(f.hashtag[0].key, what).toBe(inc.hashtag.toLowerCase());
      const words = inc.term.toLowerCase().split(/\s+/).filter((w) => w.length >= TERM_MIN);
      expect(f.term.slice(0, words.length).map((t: any) => t.key).sort(), what).toEqual([...words].sort());
      expect(f.topic[0].lift).toBeGreaterThan(2);
      expect(f.topic[0].count).toBeGreaterThan(f.topic[0].expected * 2);
      // the counts are the drill-down's totals
      for (const [dim, item] of [['topic', f.topic[0]], ['term', f.term[0]], ['hashtag', f.hashtag[0]]] as const) {
        const list = await explore(app, 'mentions', drillFilter({ from: inc.start, to: inc.end }, { dim, key: item.key, asOf: r.json.asOf }), { limit: 1 });
        expect(list.json.total, `${dim}=${item.key}`).toBe(item.count);
      }
    }
  });

  it('scoped to the incident\'s brand, and against a custom baseline, still finds it', async () => {
    const inc = incidents()[0];
    const r = await explore(app, 'why', { from: inc.start, to: inc.end, brands: [inc.brand] }, {
      baseline: 'custom', baselineFrom: END - 3 * HOUR, baselineTo: END - 2 * HOUR, facets: 'topic,hashtag,channel',
    });
    expect(r.status).toBe(200);
    expect(Object.keys(r.json.facets).sort()).toEqual(['channel', 'hashtag', 'topic']);
    expect(r.json.facets.topic[0].key).toBe(inc.topic);
    expect(r.json.facets.hashtag[0].key).toBe(inc.hashtag.toLowerCase());
    expect(r.json.window.count).toBeGreaterThan(r.json.baseline.count * (inc.end - inc.start) / HOUR);
  });

  it('a quiet window over-indexes on nothing much', async () => {
    const len = 10 * 60_000;
    const all = sim.incidents(END - 3 * HOUR, END);
    // the first 10-minute window (with its baseline before it) clear of every incident
    let from = END - 2 * HOUR;
    while (all.some((i) => i.start < from + len && i.end > from - len)) from += 60_000;
    expect(from + len).toBeLessThanOrEqual(END);
    const r = await explore(app, 'why', { from, to: from + len }, { facets: 'topic,hashtag' });
    expect(r.json.facets.topic.length).toBeGreaterThan(0);
    for (const t of r.json.facets.topic) expect(t.lift, t.key).toBeLessThan(2);
    for (const t of r.json.facets.hashtag) expect(t.lift, t.key).toBeLessThan(3);
  });
});
