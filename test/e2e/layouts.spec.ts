import { expect, test, type Page } from '@playwright/test';
import { startServer, type RunningServer } from './server';

const SIM = { SOURCE: 'simulator', SIM_RATE: '40', SIM_SEED: '7', TICK_MS: '500' };

/** Panels each screen of the 'room' layout shows (cells carry data-testid="cell-<panel>"). */
const ROOM = [
  ['kpis', 'volume', 'sentiment', 'sov'],
  ['geo', 'topics', 'trending'],
  ['river', 'alerts', 'volume'],
];
const ALL = ['kpis', 'volume', 'sentiment', 'sov', 'geo', 'topics', 'trending', 'river', 'alerts'];

test.describe('wall layouts', () => {
  let server: RunningServer;
  test.beforeAll(async () => { server = await startServer(SIM); });
  test.afterAll(async () => { await server?.stop(); });

  test('two screens of the room wall show their assigned panels', async ({ browser }) => {
    const ctx = await browser.newContext();
    const pages = await Promise.all([0, 1].map(async (i) => {
      const p = await ctx.newPage();
      await p.goto(`${server.url}/wall/room?screen=${i}`);
      await expect(p.getByTestId('conn-status')).toHaveText(/live/i);
      return p;
    }));
    for (const [i, p] of pages.entries()) {
      await expect(p.getByTestId('screen-name')).toContainText(i === 0 ? 'Pulse' : 'World');
      for (const id of ALL) {
        await expect(p.getByTestId(`cell-${id}`)).toHaveCount(ROOM[i].includes(id) ? 1 : 0);
      }
    }
    await expect(pages[0].getByTestId('panel-kpis')).toBeVisible();
    await expect(pages[0].getByTestId('panel-volume')).toHaveAttribute('data-range', '1h');
    await expect(pages[1].getByTestId('panel-kpis')).toHaveCount(0);
    await ctx.close();
  });

  test('screen 2 shows the river, alerts and the 24 h volume', async ({ page }) => {
    await page.goto(`${server.url}/wall/room?screen=2`);
    await expect(page.getByTestId('panel-volume')).toHaveAttribute('data-range', '24h');
    await expect(page.getByTestId('panel-alerts')).toBeVisible();
    await expect(page.getByTestId('river-item').first()).toBeVisible();
  });

  test('an unknown layout or screen shows the valid choices', async ({ page }) => {
    await page.goto(`${server.url}/wall/nope`);
    await expect(page.getByTestId('wall-error')).toBeVisible();
    await expect(page.getByTestId('wall-error-choices')).toContainText('/wall/room');
    await page.goto(`${server.url}/wall/room?screen=9`);
    await expect(page.getByTestId('wall-error-message')).toContainText('no screen "9"');
    await expect(page.getByTestId('wall-error-choices')).toContainText('/wall/room?screen=2');
  });

  test('the header shows layout and screen, a synced clock and the last update', async ({ page }) => {
    await page.goto(`${server.url}/wall`);
    await expect(page.getByTestId('screen-name')).toContainText('Overview');
    await expect(page.getByTestId('clock')).toHaveText(/^\d\d:\d\d:\d\d$/);
    await expect(page.getByTestId('last-update')).toHaveText(/\d\d:\d\d:\d\d/);
    await expect(page.getByTestId('kpi-leader')).toBeVisible();
    await expect(page.getByTestId('kpi-open-alerts')).toBeVisible();
    await expect(page.getByTestId('kpi-needs-response')).toBeVisible();
  });

  for (const size of [{ width: 1920, height: 1080 }, { width: 3840, height: 2160 }]) {
    test(`default layout at ${size.width}x${size.height}: no scrollbars, nothing clipped`, async ({ browser }) => {
      const ctx = await browser.newContext({ viewport: size });
      const page = await ctx.newPage();
      await page.goto(`${server.url}/wall`);
      await expect(page.getByTestId('conn-status')).toHaveText(/live/i);
      await expect(page.getByTestId('river-item').first()).toBeVisible();
      await page.waitForTimeout(1500);
      expect(await layoutProblems(page)).toEqual([]);
      await ctx.close();
    });
  }

  test('the root font size at 4K is about twice the 1080p one', async ({ browser }) => {
    const sizes: number[] = [];
    for (const viewport of [{ width: 1920, height: 1080 }, { width: 3840, height: 2160 }]) {
      const ctx = await browser.newContext({ viewport });
      const page = await ctx.newPage();
      await page.goto(`${server.url}/wall`);
      sizes.push(await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize)));
      await ctx.close();
    }
    expect(sizes[1]).toBeGreaterThan(sizes[0]);
    expect(sizes[1] / sizes[0]).toBeCloseTo(2, 1);
  });
});

/** Scrollbars, cells outside the viewport, titles or KPI values cut off: as a list of descriptions. */
async function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const de = document.documentElement;
    if (de.scrollWidth > window.innerWidth) out.push(`scrollWidth ${de.scrollWidth} > ${window.innerWidth}`);
    if (de.scrollHeight > window.innerHeight) out.push(`scrollHeight ${de.scrollHeight} > ${window.innerHeight}`);
    const inside = (r: DOMRect, o: DOMRect) => r.left >= o.left - 1 && r.top >= o.top - 1 && r.right <= o.right + 1 && r.bottom <= o.bottom + 1;
    const view = new DOMRect(0, 0, window.innerWidth, window.innerHeight);
    const header = document.querySelector('.wall__header');
    if (header && !inside(header.getBoundingClientRect(), view)) out.push('header outside the viewport');
    for (const cell of document.querySelectorAll<HTMLElement>('[data-testid^="cell-"]')) {
      const name = cell.dataset.testid;
      const r = cell.getBoundingClientRect();
      if (!inside(r, view)) out.push(`${name} outside the viewport`);
      if (r.width < 50 || r.height < 50) out.push(`${name} too small`);
      const panel = cell.firstElementChild as HTMLElement | null;
      if (panel && !inside(panel.getBoundingClientRect(), r)) out.push(`${name}: panel larger than its cell`);
      for (const el of cell.querySelectorAll<HTMLElement>('.panel__title, .kpi__label, .kpi__value')) {
        if (!inside(el.getBoundingClientRect(), r)) out.push(`${name}: "${el.textContent}" outside its cell`);
      }
      for (const el of cell.querySelectorAll<HTMLElement>('.kpi__value')) {
        if (el.scrollWidth > el.clientWidth + 1) out.push(`${name}: KPI value "${el.textContent}" cut off`);
      }
    }
    return out;
  });
}
