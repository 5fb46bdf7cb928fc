import { expect, test, type Page } from '@playwright/test';
import { expectListTotal, ingest, params } from './explore-helpers';
import { startServer, type RunningServer } from './server';

/**
 * Wall panels open /explore with the filters of what they show, and the list counts what the panel
 * counted. No source runs (SOURCE=none): the posts are ours, so every count stays put while we click.
 */
const BRANDS = ['Nimbus', 'Zephyr', 'Orbix', 'Kestrel'];
const TOPICS = ['battery', 'delivery', 'price', 'screen'];
const PLACES = ['Austin, TX', 'London, UK', 'NYC', ''];
const TEN_S = 10_000;
const MINUTE = 60_000;
/** Mentions spread over the last 40 minutes, and a burst of 7 per 10-second bucket over one minute. */
const SPREAD = 160;
const BURST_PER_BUCKET = 7;
const BURST_BUCKETS = 6;
const TREND_TAG = '#nimbusmeltdown';
const TREND_COUNT = 8;

interface Posted { id: string; brand: string; createdAt: number }

function dataset(now: number): { mentions: Record<string, unknown>[]; posted: Posted[]; burstFrom: number } {
  let seed = 12345;
  const rnd = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
  const mentions: Record<string, unknown>[] = [];
  const posted: Posted[] = [];
  const add = (id: string, createdAt: number, brand: string, extra: string, place: string) => {
    const topic = TOPICS[Math.floor(rnd() * TOPICS.length)];
    mentions.push({
      id, channel: 'twitter', createdAt, text: `${brand} ${topic} ${extra}`,
      author: { handle: `user_${id}`, name: `User ${id}`, followers: Math.floor(rnd() * 5000), ...(place ? { location: place } : {}) },
    });
    posted.push({ id, brand: brand.toLowerCase(), createdAt });
  };
  for (let i = 0; i < SPREAD; i++) {
    const createdAt = now - 40 * MINUTE + Math.floor(rnd() * 25 * MINUTE); // 40 to 15 minutes ago
    add(`s${i}`, createdAt, BRANDS[i % BRANDS.length], rnd() < 0.5 ? 'is great, love it' : 'is awful, so slow', PLACES[i % PLACES.length]);
  }
  // the burst: 7 posts in each 10 s bucket of one minute, 12 minutes ago (nothing else near it)
  const burstFrom = Math.floor((now - 12 * MINUTE) / TEN_S) * TEN_S;
  for (let b = 0; b < BURST_BUCKETS; b++) {
    for (let k = 0; k < BURST_PER_BUCKET; k++) add(`b${b}-${k}`, burstFrom + b * TEN_S + k * 1000, 'Zephyr', 'burst', 'NYC');
  }
  // a rising hashtag in the last 5 minutes
  for (let i = 0; i < TREND_COUNT; i++) add(`t${i}`, now - 5 * MINUTE + i * 20_000, 'Nimbus', `${TREND_TAG} awful, terrible again`, 'Austin, TX');
  return { mentions, posted, burstFrom };
}

async function openWall(page: Page, url: string) {
  await page.goto(url);
  await expect(page.getByTestId('conn-status')).toHaveText(/live/i);
}

test.describe('wall panels link to explore', () => {
  // several screens and page loads per test, on a machine shared with other runs
  test.describe.configure({ timeout: 120_000 });
  let server: RunningServer;
  let data: ReturnType<typeof dataset>;
  test.beforeAll(async () => {
    server = await startServer({ SOURCE: 'none', TICK_MS: '500' });
    data = dataset(Date.now());
    await ingest(server.url, data.mentions);
  });
  test.afterAll(async () => { await server?.stop(); });

  test('share of voice and KPI clicks land on the same count, without moving anything on the wall', async ({ page }) => {
    await openWall(page, `${server.url}/wall`);
    const count = page.getByTestId('sov-count-zephyr');
    await expect(count).toHaveAttribute('data-count', /^[1-9]\d*$/);
    const n = Number(await count.getAttribute('data-count'));

    // quiet on a kiosk: hovering and focusing a link changes no element's box
    const boxes = async () => page.locator('[data-drill]').evaluateAll((els) => els.slice(0, 40).map((e) => {
      const r = e.getBoundingClientRect();
      return [r.x, r.y, r.width, r.height].map(Math.round).join(',');
    }));
    const before = await boxes();
    await count.hover();
    await page.keyboard.press('Tab');
    expect(await boxes()).toEqual(before);

    await count.click();
    await expect(page).toHaveURL(/\/explore\?brands=zephyr&from=\d+&to=\d+/);
    await expectListTotal(page, n);

    await page.goBack();
    await expect(page.getByTestId('panel-kpis')).toBeVisible();
    const perHour = await page.getByTestId('kpi-per-hour-value').innerText();
    await page.getByTestId('kpi-per-hour').click();
    await expect(page).toHaveURL(/\/explore\?from=\d+&to=\d+$/);
    await expectListTotal(page, Number(perHour.replace(/[^\d]/g, '')));
  });

  test('a volume bucket opens its 10 seconds', async ({ page }) => {
    await openWall(page, `${server.url}/wall`);
    const chart = page.getByTestId('volume-drill');
    await expect(chart.locator('svg')).toBeVisible();
    const box = (await chart.boundingBox())!;
    const rem = await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
    const serverNow = await page.evaluate(async () => (await (await fetch('/api/status')).json()).clock as number);
    // the plot spans the chart less 3 rem on the left and 1.5 rem on the right; the last bucket holds now
    const t1 = Math.floor(serverNow / TEN_S) * TEN_S;
    const t0 = t1 - 359 * TEN_S;
    const mid = data.burstFrom + (BURST_BUCKETS / 2) * TEN_S + TEN_S / 2;
    const x = box.x + 3 * rem + ((mid - t0) / (t1 - t0)) * (box.width - 4.5 * rem);
    await page.mouse.click(x, box.y + box.height / 2);
    await expect(page).toHaveURL(/\/explore\?from=\d+&to=\d+$/);
    const p = params(page);
    expect(Number(p.get('to')) - Number(p.get('from'))).toBe(TEN_S);
    expect(Number(p.get('from'))).toBeGreaterThanOrEqual(data.burstFrom);
    expect(Number(p.get('from'))).toBeLessThan(data.burstFrom + BURST_BUCKETS * TEN_S);
    await expectListTotal(page, BURST_PER_BUCKET);
  });

  test('a topic, a country, a trending term and a river post on the room\'s screens', async ({ page }) => {
    await openWall(page, `${server.url}/wall/room?screen=1`);
    const topic = page.getByTestId('topic-battery');
    await expect(topic).toHaveAttribute('data-count', /^[1-9]\d*$/);
    const topicCount = Number(await topic.getAttribute('data-count'));
    await topic.click();
    await expect(page).toHaveURL(/topics=battery/);
    await expectListTotal(page, topicCount);

    await page.goBack();
    const gb = page.getByTestId('geo-country-GB');
    await expect(gb).toHaveAttribute('data-count', /^[1-9]\d*$/);
    const gbCount = Number(await gb.getAttribute('data-count'));
    await gb.dispatchEvent('click', { button: 0 });
    await expect(page).toHaveURL(/countries=GB/);
    await expectListTotal(page, gbCount);

    await page.goBack();
    const term = page.locator(`[data-testid="trending-term"][data-term="${TREND_TAG}"]`);
    await expect(term).toHaveAttribute('data-count', String(TREND_COUNT));
    await term.click();
    await expect(page).toHaveURL(/terms=%23nimbusmeltdown/);
    await expectListTotal(page, TREND_COUNT);

    await openWall(page, `${server.url}/wall/room?screen=2`);
    const post = page.getByTestId('river-item').first();
    await expect(post).toBeVisible();
    const text = await post.locator('.river-item__text').innerText();
    await post.click();
    await expect(page).toHaveURL(/authors=user_/);
    await expectListTotal(page, 1);
    await expect(page.getByTestId('mention-text')).toHaveText(text);
  });

  test('the alert banner and the alerts page link to the spike\'s mentions and its why', async ({ page }) => {
    const res = await fetch(`${server.url}/api/alerts`, {
      method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ title: 'Negative spike: Nimbus', severity: 4, brand: 'nimbus', detail: 'raised by the e2e test' }),
    });
    expect(res.status).toBe(201);
    await openWall(page, `${server.url}/wall`);
    await expect(page.getByTestId('alert-banner')).toBeVisible();
    await page.getByTestId('alert-see-mentions').click();
    await expect(page).toHaveURL(/\/explore\?brands=nimbus&polarities=negative&from=\d+&to=\d+/);
    const p = params(page);
    const from = Number(p.get('from'));
    const to = Number(p.get('to'));
    const negativeNimbus = await (await fetch(`${server.url}/api/explore/mentions?brands=nimbus&polarities=negative&from=${from}&to=${to}&limit=1`)).json() as { total: number };
    // the window reaches back before the alert: our latest negative nimbus posts are in it
    expect(from).toBeLessThanOrEqual(data.posted[data.posted.length - 1].createdAt);
    expect(to).toBeGreaterThan(Date.now() - 60_000);
    expect(negativeNimbus.total).toBeGreaterThanOrEqual(1);
    await expectListTotal(page, negativeNimbus.total);

    await page.goBack();
    await page.getByTestId('alert-why').click();
    await expect(page).toHaveURL(/tab=why/);
    await expect(page.getByTestId('why-window')).toBeVisible();

    await page.goto(`${server.url}/alerts`);
    const item = page.getByTestId('history-item').first();
    await expect(item).toBeVisible();
    await item.getByTestId('history-mentions').click();
    await expect(page).toHaveURL(/\/explore\?brands=nimbus/);
    await expect(page.getByTestId('explore-page')).toBeVisible();
  });
});
