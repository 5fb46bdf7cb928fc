import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EarshotApp } from '../../server/app';
import { ManualClock } from '../../server/clock';
import { loadMapping } from '../../server/sources/replay/mapping';
import { replaySource } from '../../server/sources/replay';
import { getJson, startApp } from '../helpers/app';

const FILE = '../shared/data/twitter_us_airline/Tweets.csv';

describe.runIf(existsSync(FILE))('replaying the airline file as fast as possible', () => {
  let app: EarshotApp;
  beforeAll(async () => {
    const clock = new ManualClock(0);
    app = await startApp({ trackingFile: 'server/config/airlines.tracking.json', clock }, {
      source: (pipeline) => replaySource({ file: FILE, mapping: loadMapping('airline'), speed: 'max', clock, counts: () => pipeline.stats }),
    });
    const deadline = Date.now() + 60_000;
    while (!(await getJson(`${app.url}/api/status`)).json.source.done) {
      if (Date.now() > deadline) throw new Error('replay did not finish in 60 s');
      await new Promise((r) => setTimeout(r, 100));
    }
  }, 90_000);
  afterAll(async () => { await app?.close(); });

  it('counts each unique tweet once and every row was read', async () => {
    const status = (await getJson(`${app.url}/api/status`)).json;
    expect(status.source).toMatchObject({ rows: 14_640, rejected: 0, done: true });
    expect(status.accepted).toBe(14_485);
    expect(status.duplicates).toBe(14_640 - 14_485);
    expect((await getJson(`${app.url}/api/totals`)).json.total).toBe(14_485);
  });

  it('has the per-airline counts of the file by matched query', async () => {
    const { json } = await getJson(`${app.url}/api/totals?by=query`);
    expect(json.groups).toEqual({
      United: 3822, 'US Airways': 2913, American: 2604, Southwest: 2420, Delta: 2222, 'Virgin America': 504,
    });
  });

  it('ends with the clock at the last tweet and the hourly series summing to the total', async () => {
    const status = (await getJson(`${app.url}/api/status`)).json;
    expect(new Date(status.clock).toISOString()).toBe('2015-02-24T19:53:37.000Z');
    const { json } = await getJson(`${app.url}/api/totals?resolution=1h&from=0`);
    expect(json.total).toBe(14_485);
  });
});
