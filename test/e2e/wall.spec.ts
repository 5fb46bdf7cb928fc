import { expect, test } from '@playwright/test';
import { startServer, type RunningServer } from './server';

const SIM = { SOURCE: 'simulator', SIM_RATE: '40', SIM_SEED: '7', TICK_MS: '500' };

test.describe('the live wall', () => {
  let server: RunningServer;
  test.afterEach(async () => { await server?.stop(); });

  test('the start page links to the wall, whose KPIs and river move between ticks', async ({ page }) => {
    server = await startServer(SIM);
    await page.goto(server.url + '/');
    await page.getByTestId('link-wall').click();
    await expect(page).toHaveURL(/\/wall$/);
    await expect(page.getByTestId('conn-status')).toHaveText(/live/i);

    const received = page.getByTestId('kpi-received');
    await expect(received).toHaveText(/\d/);
    const first = await received.innerText();
    await expect.poll(async () => received.innerText(), { timeout: 5000 }).not.toBe(first);
    await expect(page.getByTestId('kpi-per-minute')).toHaveText(/[1-9]/);
    await expect(page.getByTestId('river-item').first()).toBeVisible();
    for (const brand of ['nimbus', 'zephyr', 'orbix', 'kestrel']) {
      await expect(page.getByTestId(`sov-${brand}`)).toHaveText(/\d+(\.\d+)?\s*%/);
    }
    // no scrollbars at 1920x1080
    const overflow = await page.evaluate(() => ({
      x: document.documentElement.scrollWidth > window.innerWidth,
      y: document.documentElement.scrollHeight > window.innerHeight,
    }));
    expect(overflow).toEqual({ x: false, y: false });
    await expect(page.getByTestId('stale-badge')).toBeHidden();
  });

  test('shows the stale badge when the server goes away and recovers when it is back', async ({ page }) => {
    server = await startServer(SIM);
    await page.goto(server.url + '/wall');
    await expect(page.getByTestId('conn-status')).toHaveText(/live/i);
    await expect(page.getByTestId('stale-badge')).toBeHidden();

    await server.stop();
    await expect(page.getByTestId('stale-badge')).toBeVisible({ timeout: 10_000 });

    server = await startServer(SIM, server.port);
    await expect(page.getByTestId('stale-badge')).toBeHidden({ timeout: 15_000 });
    await expect(page.getByTestId('conn-status')).toHaveText(/live/i);
    const received = page.getByTestId('kpi-received');
    const before = await received.innerText();
    await expect.poll(async () => received.innerText(), { timeout: 5000 }).not.toBe(before);
  });
});
