/**
 * The airline file replayed through the whole pipeline (replay -> ingest -> analyze -> rollups ->
 * HTTP): each airline's share of negative mentions, by matched query, lands within
 * SHARE_TOLERANCE of the share its human labels give (computed here from the same file).
 */
import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EarshotApp } from '../../server/app';
import { ManualClock } from '../../server/clock';
import { loadMapping } from '../../server/sources/replay/mapping';
import { replaySource } from '../../server/sources/replay';
import { getJson, startApp } from '../helpers/app';

const FILE = '../shared/data/twitter_us_airline/Tweets.csv';
const SHARE_TOLERANCE = 0.10;
const REPLAY_TIMEOUT_MS = 60_000;
const POLL_MS = 100;
/** The labeled negative shares quoted in the issue (over all rows of the file). */
const EXPECTED_LABELED: Record<string, number> = {
  United: 0.689, 'US Airways': 0.777, American: 0.710, Southwest: 0.490, Delta: 0.430, 'Virgin America': 0.359,
};
const LABEL_ROUNDING = 0.001;

/** Labeled negative share per airline over all rows (the 155 duplicate rows move no share by 0.5 point). */
function labeledShares(): Record<string, number> {
  const rows = parse(readFileSync(FILE), { columns: true }) as Record<string, string>[];
  const neg: Record<string, number> = {};
  const all: Record<string, number> = {};
  for (const r of rows) {
    all[r.airline] = (all[r.airline] ?? 0) + 1;
    if (r.airline_sentiment === 'negative') neg[r.airline] = (neg[r.airline] ?? 0) + 1;
  }
  return Object.fromEntries(Object.keys(all).map((a) => [a, (neg[a] ?? 0) / all[a]]));
}

describe.runIf(existsSync(FILE))('airline sentiment through the full pipeline', () => {
  let app: EarshotApp;
  beforeAll(async () => {
    const clock = new ManualClock(0);
    app = await startApp({ trackingFile: 'server/config/airlines.tracking.json', clock }, {
      source: (pipeline) => replaySource({ file: FILE, mapping: loadMapping('airline'), speed: 'max', clock, counts: () => pipeline.stats }),
    });
    const deadline = Date.now() + REPLAY_TIMEOUT_MS;
    while (!(await getJson(`${app.url}/api/status`)).json.source.done) {
      if (Date.now() > deadline) throw new Error('replay did not finish in time');
      await new Promise((r) => setTimeout(r, POLL_MS));
    }
  }, REPLAY_TIMEOUT_MS + 30_000);
  afterAll(async () => { await app?.close(); });

  it('computes the labeled shares quoted in the issue from the file', () => {
    const labeled = labeledShares();
    for (const [airline, share] of Object.entries(EXPECTED_LABELED)) {
      expect(Math.abs(labeled[airline] - share), airline).toBeLessThanOrEqual(LABEL_ROUNDING);
    }
  });

  it('puts each airline\'s negative share within 10 points of its labeled share', async () => {
    const labeled = labeledShares();
    const { json } = await getJson(`${app.url}/api/totals?by=query,polarity`);
    const groups = json.groups as Record<string, number>;
    const report: string[] = [];
    for (const airline of Object.keys(EXPECTED_LABELED)) {
      let total = 0;
      for (const p of ['positive', 'neutral', 'negative']) total += groups[`${airline}|${p}`] ?? 0;
      const share = (groups[`${airline}|negative`] ?? 0) / total;
      report.push(`${airline}: ${(share * 100).toFixed(1)}% vs labeled ${(labeled[airline] * 100).toFixed(1)}%`);
      expect(total, airline).toBeGreaterThan(0);
      expect(Math.abs(share - labeled[airline]), report.join('; ')).toBeLessThanOrEqual(SHARE_TOLERANCE);
    }
  });
});
