import { existsSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { AIRLINE_CSV } from '../helpers/data';
import { startServer, type RunningServer } from './server';

const TEN_S = 10_000;
const MINUTE = 60_000;
const WINDOW_BUCKETS = 360;
const BRANDS = ['united', 'usairways', 'american', 'southwest', 'jetblue', 'delta', 'virgin'];

/** The wall shows what the server computed: the airline file replayed to its end, then panels against /api/totals. */
test.describe('panels show the server\'s numbers for a known replay', () => {
  test.skip(!existsSync(AIRLINE_CSV), 'airline data set not available');
  let server: RunningServer;
  let clock = 0;
  test.beforeAll(async () => {
    server = await startServer({
      SOURCE: 'replay', REPLAY_FILE: AIRLINE_CSV, REPLAY_SPEED: 'max', TRACKING_CONFIG: 'server/config/airlines.tracking.json',
    });
    for (let i = 0; i < 600; i++) {
      const s = await (await fetch(`${server.url}/api/status`)).json() as { source: { done: boolean }; clock: number };
      if (s.source.done) { clock = s.clock; break; }
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(clock).toBe(Date.parse('2015-02-24T19:53:37Z'));
  });
  test.afterAll(async () => { await server?.stop(); });

  const totals = async (q: string) => (await (await fetch(`${server.url}/api/totals?${q}`)).json()) as { total: number; groups: Record<string, number> };
  const digits = (s: string) => Number(s.replace(/[^\d]/g, ''));

  test('KPIs, share of voice and polarity split on the overview', async ({ page }) => {
    const windowFrom = clock - (clock % TEN_S) - (WINDOW_BUCKETS - 1) * TEN_S;
    const byBrand = await totals(`resolution=10s&from=${windowFrom}&by=brand&brand=${BRANDS.join(',')}`);
    const byPolarity = await totals(`resolution=10s&from=${windowFrom}&by=polarity`);
    expect(byPolarity.total).toBeGreaterThan(10); // the last hour of the file is not empty

    await page.goto(`${server.url}/wall`);
    await expect(page.getByTestId('conn-status')).toHaveText(/live/i);
    await expect(page.getByTestId('kpi-per-hour-value')).toHaveText(/\d/);
    expect(digits(await page.getByTestId('kpi-per-hour-value').innerText())).toBe(byPolarity.total);
    for (const b of BRANDS) {
      await expect(page.getByTestId(`sov-count-${b}`)).toHaveAttribute('data-count', String(byBrand.groups[b] ?? 0));
    }
    const leader = Object.entries(byBrand.groups).sort((a, b) => b[1] - a[1])[0][0];
    await expect(page.getByTestId('kpi-leader')).toContainText(leader === 'usairways' ? 'US Airways' : new RegExp(leader, 'i'));
    for (const p of ['positive', 'neutral', 'negative']) {
      await expect(page.getByTestId(`sentiment-split-${p}`)).toHaveAttribute('data-count', String(byPolarity.groups[p] ?? 0));
    }
  });

  test('countries and topics on the world screen', async ({ page }) => {
    const hourFrom = clock - (clock % MINUTE) - 59 * MINUTE;
    const byCountry = await totals(`resolution=1m&from=${hourFrom}&by=country`);
    const byTopic = await totals(`resolution=1m&from=${hourFrom}&by=topic`);
    await page.goto(`${server.url}/wall/room?screen=1`);
    await expect(page.getByTestId('conn-status')).toHaveText(/live/i);
    const us = byCountry.groups.US ?? 0;
    expect(us).toBeGreaterThan(0);
    await expect(page.getByTestId('geo-country-US')).toHaveAttribute('data-count', String(us));
    const [topTopic, topCount] = Object.entries(byTopic.groups).sort((a, b) => b[1] - a[1])[0];
    await expect(page.getByTestId(`topic-${topTopic}`)).toHaveAttribute('data-count', String(topCount));
  });
});
