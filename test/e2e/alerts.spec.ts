import { expect, test } from '@playwright/test';
import { startServer, type RunningServer } from './server';

test.describe('the alert banner', () => {
  let server: RunningServer;
  test.beforeAll(async () => { server = await startServer({ SOURCE: 'none', TICK_MS: '500' }); });
  test.afterAll(async () => { await server?.stop(); });

  test('a raised alert takes over every screen until acknowledged', async ({ browser }) => {
    const ctx = await browser.newContext();
    const wall = await ctx.newPage();
    const other = await ctx.newPage();
    await wall.goto(`${server.url}/wall`);
    await other.goto(`${server.url}/wall/room?screen=2`);
    for (const p of [wall, other]) await expect(p.getByTestId('conn-status')).toHaveText(/live/i);
    await expect(wall.getByTestId('alert-banner')).toHaveCount(0);

    const title = 'Battery complaints <b>spiking</b>';
    const res = await fetch(`${server.url}/api/alerts`, {
      method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ title, severity: 4, brand: 'nimbus', detail: 'raised by the e2e test' }),
    });
    const body = await res.text();
    expect(res.status, body).toBe(201);
    const created = JSON.parse(body) as { id: string; title: string };
    expect(created.title).toBe(title);

    for (const p of [wall, other]) {
      await expect(p.getByTestId('alert-banner')).toBeVisible();
      await expect(p.getByTestId('alert-banner-title')).toHaveText(title);
    }
    await expect(other.getByTestId('alert-item').first()).toContainText(title);
    await expect(wall.getByTestId('kpi-open-alerts-value')).toHaveText('1');

    // stays up while not acknowledged
    await wall.waitForTimeout(1500);
    await expect(wall.getByTestId('alert-banner')).toBeVisible();

    await wall.getByTestId('alert-ack').click();
    await expect(wall.getByTestId('alert-banner')).toHaveCount(0);
    // the other screen hears it through alert:update / frames
    await expect(other.getByTestId('alert-banner')).toHaveCount(0);
    await expect(other.getByTestId('alert-item').first()).toContainText('wall');

    const list = await (await fetch(`${server.url}/api/alerts`)).json() as unknown;
    const alerts = Array.isArray(list) ? list : (list as { alerts?: unknown[] }).alerts ?? [];
    const acked = (alerts as { id: string; acknowledged?: { by: string } }[]).find((a) => a.id === created.id);
    expect(acked?.acknowledged?.by).toBe('wall');
    await ctx.close();
  });

  test('a resolved alert leaves the screen', async ({ page }) => {
    await page.goto(`${server.url}/wall`);
    await expect(page.getByTestId('conn-status')).toHaveText(/live/i);
    const res = await fetch(`${server.url}/api/alerts`, {
      method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ title: 'To be resolved', severity: 2 }),
    });
    expect(res.status).toBe(201);
    const { id } = await res.json() as { id: string };
    await expect(page.getByTestId('alert-banner-title')).toHaveText('To be resolved');
    const r = await fetch(`${server.url}/api/alerts/${id}/resolve`, { method: 'POST' });
    expect(r.ok).toBe(true);
    await expect(page.getByTestId('alert-banner')).toHaveCount(0);
  });
});
