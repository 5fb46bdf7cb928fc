import { expect, test, type Page } from '@playwright/test';
import { csvRows, expectListTotal, ingest, listTotal, ndjsonRows, params, settled } from './explore-helpers';
import { startServer, type RunningServer } from './server';

/** The seeded simulator keeps posting while the tests run: asOf snapshots must keep every count exact. */
const SIM = { SOURCE: 'simulator', SIM_RATE: '10', SIM_SEED: '11', TICK_MS: '500', SIM_BACKFILL_MIN: '60', SIM_INCIDENT_MIN: '0' };

const HOSTILE = [
  '<script>window.__xss=1</script>',
  '<img src=x onerror="window.__xss=1">',
];

/** The largest volume segment on screen: its bucket, polarity and count. */
async function biggestSegment(page: Page) {
  await settled(page);
  const segs = page.getByTestId('volume-segment');
  await expect(segs.first()).toBeVisible();
  const all = await segs.evaluateAll((els) => els.map((e, i) => ({ i, count: Number(e.getAttribute('data-count')), polarity: e.getAttribute('data-polarity') })));
  const best = all.sort((a, b) => b.count - a.count)[0];
  return { locator: segs.nth(best.i), count: best.count, polarity: best.polarity! };
}

test.describe('explore', () => {
  test.describe.configure({ timeout: 120_000 });
  // a viewer away from UTC, so "local" and "UTC" differ
  test.use({ timezoneId: 'America/New_York' });
  let server: RunningServer;
  test.beforeAll(async () => {
    test.setTimeout(120_000); // the simulator's hour of backfill on a busy machine
    server = await startServer(SIM);
    const now = Date.now();
    await ingest(server.url, HOSTILE.map((p, i) => ({
      id: `hostile-${i}`, channel: 'forum', createdAt: now - 60_000 - i * 1000,
      text: `Nimbus battery is terrible ${p} awful support`,
      author: { name: p, handle: `mallory${i}`, followers: 5 },
      url: 'javascript:window.__xss=1',
    })));
  });
  test.afterAll(async () => { await server?.stop(); });

  test('set a filter, click a chart point: the list\'s total equals the point\'s value', async ({ page }) => {
    await page.goto(`${server.url}/explore?range=1h`);
    await page.getByTestId('filter-brand-nimbus').click();
    await expect(page).toHaveURL(/brands=nimbus/);
    await expect(page.getByTestId('filter-brand-nimbus')).toHaveAttribute('aria-pressed', 'true');

    // a bar segment of the volume chart: one bucket, one polarity
    const seg = await biggestSegment(page);
    expect(seg.count).toBeGreaterThan(0);
    await seg.locator.click();
    await expect(page).toHaveURL(new RegExp(`sel=polarity%3A${seg.polarity}`));
    expect(params(page).get('sasOf')).toMatch(/^\d+$/);
    await expectListTotal(page, seg.count);
    // every listed mention is nimbus and of that polarity
    const items = page.getByTestId('mention-item');
    await expect(items.first()).toBeVisible();
    expect(await items.count()).toBe(Math.min(seg.count, 50));

    // a share-of-voice slice, a country bar and a sentiment-by-brand segment, each with its own count
    await page.getByTestId('filter-brand-nimbus').click(); // all brands again
    await expect(page).not.toHaveURL(/brands=/);
    await settled(page);
    const slice = page.getByTestId('sov-slice').first();
    await expect(slice).toBeVisible();
    const sliceCount = Number(await slice.getAttribute('data-count'));
    // click on the ring at the slice's middle angle (the center of its box can be the donut's hole)
    await page.locator('.donut svg').click({ position: { x: Number(await slice.getAttribute('data-x')), y: Number(await slice.getAttribute('data-y')) } });
    await expect(page).toHaveURL(/sel=brand%3A/);
    await expectListTotal(page, sliceCount);

    const country = page.getByTestId('countries-item').first();
    const countryCount = Number(await country.getAttribute('data-count'));
    await country.click();
    await expect(page).toHaveURL(/sel=country%3A/);
    await expectListTotal(page, countryCount);

    const sentSeg = page.getByTestId('sentiment-segment').first();
    const sentCount = Number(await sentSeg.getAttribute('data-count'));
    await sentSeg.click();
    await expect(page).toHaveURL(/sel=brand%3A[a-z]+%3Bpolarity%3A/);
    await expectListTotal(page, sentCount);
  });

  test('reload restores the view; back and forward walk through it', async ({ page }) => {
    await page.goto(`${server.url}/explore?range=1h`);
    await page.getByTestId('filter-polarity-negative').click();
    await expect(page).toHaveURL(/polarities=negative/);
    await page.getByTestId('filter-channel-twitter').click();
    await expect(page).toHaveURL(/channels=twitter/);
    const seg = await biggestSegment(page);
    await seg.locator.click();
    await expectListTotal(page, seg.count);
    await page.getByTestId('tz-utc').click();
    await page.getByTestId('sort-reach').click();
    await expect(page).toHaveURL(/tz=utc/);
    await expect(page).toHaveURL(/sort=reach/);
    const total = await listTotal(page);
    const firstId = await page.getByTestId('mention-item').first().getAttribute('data-id');
    const url = page.url();

    await page.reload();
    expect(page.url()).toBe(url);
    await expect(page.getByTestId('filter-polarity-negative')).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByTestId('filter-channel-twitter')).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByTestId('tz-utc')).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByTestId('sort-reach')).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByTestId('volume-selection')).toBeVisible();
    await expectListTotal(page, total); // the same snapshot, though the simulator kept posting
    await expect(page.getByTestId('mention-item').first()).toHaveAttribute('data-id', firstId!);
    // times in UTC
    const shown = await page.getByTestId('mention-item').first().locator('time').innerText();
    const iso = await page.getByTestId('mention-item').first().locator('time').getAttribute('datetime');
    expect(shown).toBe(iso!.slice(0, 19).replace('T', ' '));

    // the why tab survives a reload too
    await page.getByTestId('why-this').click();
    await expect(page).toHaveURL(/tab=why/);
    await expect(page.getByTestId('why-view')).toBeVisible();
    await page.reload();
    await expect(page.getByTestId('tab-why')).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByTestId('why-window')).toBeVisible();

    // back: out of why, then the sort, the zone, the selection, the channel
    await page.goBack();
    await expect(page.getByTestId('tab-overview')).toHaveAttribute('aria-selected', 'true');
    await page.goBack();
    await expect(page.getByTestId('sort-time')).toHaveAttribute('aria-pressed', 'true');
    await page.goBack();
    await expect(page.getByTestId('tz-local')).toHaveAttribute('aria-pressed', 'true');
    await page.goBack();
    await expect(page).not.toHaveURL(/sel=/);
    await page.goBack();
    await expect(page.getByTestId('filter-channel-twitter')).toHaveAttribute('aria-pressed', 'false');
    await expect(page.getByTestId('filter-polarity-negative')).toHaveAttribute('aria-pressed', 'true');
    await page.goForward();
    await expect(page.getByTestId('filter-channel-twitter')).toHaveAttribute('aria-pressed', 'true');
  });

  test('the export of a filtered set has exactly the rows the list counts (CSV and NDJSON)', async ({ page }) => {
    await page.goto(`${server.url}/explore?range=1h&brands=zephyr`);
    const seg = await biggestSegment(page);
    await seg.locator.click();
    await expectListTotal(page, seg.count);
    await page.getByTestId('export-tz').fill('Asia/Kolkata');
    const csvHref = await page.getByTestId('export-csv').getAttribute('href');
    const ndHref = await page.getByTestId('export-ndjson').getAttribute('href');
    expect(csvHref).toMatch(/asOf=\d+/);
    expect(csvHref).toMatch(/tz=Asia%2FKolkata/);

    const csv = await page.request.get(server.url + csvHref);
    expect(csv.ok()).toBe(true);
    const rows = csvRows(await csv.text());
    expect(rows.length).toBe(seg.count);
    const nd = await page.request.get(server.url + ndHref);
    expect(nd.ok()).toBe(true);
    const lines = ndjsonRows(await nd.text());
    expect(lines.length).toBe(seg.count);
    // same mentions, each with its analysis
    expect(new Set(lines.map((l) => l.id))).toEqual(new Set(rows.map((r) => r[0])));
    for (const l of lines) expect((l.sentiment as { polarity: string }).polarity).toBe(seg.polarity);
    expect(rows[0][1]).toMatch(/\+05:30$/); // created_at in the chosen zone

    // a browser download of the whole (unselected) filter: the file has the list's rows
    await page.getByTestId('selection-clear').click();
    const total = await listTotal(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-ndjson').click()]);
    const path = await download.path();
    const { readFileSync } = await import('node:fs');
    expect(ndjsonRows(readFileSync(path!, 'utf8')).length).toBe(total);

    // every chart has its CSV
    const series = await page.request.get(server.url + await page.getByTestId('csv-volume').getAttribute('href'));
    expect(series.ok()).toBe(true);
    expect(series.headers()['content-type']).toMatch(/csv/);
    expect(csvRows(await series.text()).length).toBeGreaterThan(1);
  });

  test('hostile text shows as text in the list and in the explain highlighting', async ({ page }) => {
    await page.goto(`${server.url}/explore?range=1h&channels=forum&authors=mallory0,mallory1`);
    await expectListTotal(page, HOSTILE.length);
    for (const p of HOSTILE) {
      const item = page.getByTestId('mention-item').filter({ hasText: p });
      await expect(item.getByTestId('mention-text')).toContainText(`Nimbus battery is terrible ${p} awful support`);
      await expect(item.getByText(p, { exact: true })).toBeVisible(); // author name, as text
      // the brand and the sentiment words are highlighted, the markup is not
      const marks = item.getByTestId('mention-highlight');
      await expect(marks.filter({ hasText: 'Nimbus' })).toHaveCount(1);
      await expect(marks.filter({ hasText: /terrible/ })).toHaveCount(1);
    }
    const found = await page.evaluate(() => ({
      xss: (window as unknown as { __xss?: unknown }).__xss,
      scripts: [...document.querySelectorAll('script')].filter((s) => s.textContent?.includes('__xss')).length,
      imgs: document.querySelectorAll('img[onerror], img[src="x"]').length,
      jsLinks: [...document.querySelectorAll('a')].filter((a) => /^\s*javascript:/i.test(a.getAttribute('href') ?? '')).length,
    }));
    expect(found).toEqual({ xss: undefined, scripts: 0, imgs: 0, jsLinks: 0 });
  });

  test('a broken link shows a notice naming the bad parameters, and the rest of the view works', async ({ page }) => {
    await page.goto(`${server.url}/explore?range=1h&channels=myspace&tab=graphs&brands=nimbus`);
    const notice = page.getByTestId('url-notice');
    await expect(notice).toBeVisible();
    await expect(notice).toContainText('channels');
    await expect(notice).toContainText('tab');
    await expect(page.getByTestId('filter-brand-nimbus')).toHaveAttribute('aria-pressed', 'true');
    expect(await listTotal(page)).toBeGreaterThan(0);
    await page.getByTestId('url-notice-dismiss').click();
    await expect(notice).toHaveCount(0);
  });

  test('why this spike over a brushed window: items drill to exactly their counts', async ({ page }) => {
    await page.goto(`${server.url}/explore?range=1h`);
    const chart = page.getByTestId('volume-chart');
    await expect(page.getByTestId('volume-segment').first()).toBeVisible();
    const box = (await chart.boundingBox())!;
    // drag across the last third of the chart
    await page.mouse.move(box.x + box.width * 0.6, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.95, box.y + box.height / 2, { steps: 5 });
    await page.mouse.up();
    await expect(page).toHaveURL(/sfrom=\d+&sto=\d+/);
    await page.getByTestId('why-this').click();
    await expect(page.getByTestId('why-window')).toBeVisible();
    const item = page.getByTestId('why-item-term').first();
    await expect(item).toBeVisible();
    const n = Number(await item.getAttribute('data-count'));
    await item.click();
    await expect(page).toHaveURL(/sel=term%3A/);
    await expectListTotal(page, n);
    await expect(page.getByTestId('tab-why')).toHaveAttribute('aria-selected', 'true');
  });

  test('compare brand against brand and period against period', async ({ page }) => {
    await page.goto(`${server.url}/explore?range=1h&tab=compare`);
    const sides = page.getByTestId('compare-side');
    await expect(sides).toHaveCount(4);
    await settled(page);
    const zephyr = page.locator('[data-testid="compare-side"][data-label="zephyr"]');
    const n = Number(await zephyr.getAttribute('data-total'));
    expect(n).toBeGreaterThan(0);
    await zephyr.getByTestId('compare-drill').click();
    await expectListTotal(page, n);
    await page.getByTestId('compare-periods').click();
    await expect(page).toHaveURL(/cmode=periods/);
    await expect(sides).toHaveCount(2);
    await page.getByTestId('compare-shift-1d').click();
    await expect(page).toHaveURL(/shift=1d/);
    await expect(sides).toHaveCount(2);
  });
});
