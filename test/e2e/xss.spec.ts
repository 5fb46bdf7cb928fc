import { expect, test } from '@playwright/test';
import { startServer, type RunningServer } from './server';

/** Hostile posts: every field that reaches the DOM carries markup that would run if injected as HTML. */
const PAYLOADS = [
  '<script>window.__xss=1</script>',
  '<img src=x onerror="window.__xss=1">',
  '<svg onload=window.__xss=1>',
];

const SCREENS = ['/wall', '/wall/room?screen=0', '/wall/room?screen=1', '/wall/room?screen=2'];

test.describe('hostile posts', () => {
  let server: RunningServer;
  test.beforeAll(async () => {
    server = await startServer({ SOURCE: 'none', TICK_MS: '500' });
    const now = Date.now();
    const mentions = PAYLOADS.map((p, i) => ({
      id: `xss-${i}`,
      channel: 'twitter',
      text: `Nimbus and Zephyr ${p}`,
      createdAt: now - i * 1000,
      author: { name: p, handle: `evil${i}`, followers: 10 },
      url: 'javascript:window.__xss=1',
    }));
    const res = await fetch(`${server.url}/api/mentions`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(mentions),
    });
    expect(res.ok, await res.text()).toBe(true);
  });
  test.afterAll(async () => { await server?.stop(); });

  for (const path of SCREENS) {
    test(`render as text on ${path}`, async ({ page }) => {
      await page.goto(server.url + path);
      await expect(page.getByTestId('conn-status')).toHaveText(/live/i);
      if (await page.getByTestId('panel-river').count()) {
        for (const p of PAYLOADS) {
          await expect(page.getByText(`Nimbus and Zephyr ${p}`, { exact: true }).first()).toBeVisible();
          await expect(page.getByText(p, { exact: true }).first()).toBeVisible(); // author name
        }
      }
      await page.waitForTimeout(1200); // a few more frames
      const found = await page.evaluate(() => ({
        xss: (window as unknown as { __xss?: unknown }).__xss,
        scripts: [...document.querySelectorAll('script')].filter((s) => s.textContent?.includes('__xss')).length,
        imgs: document.querySelectorAll('img[onerror], img[src="x"]').length,
        svgs: [...document.querySelectorAll('svg')].filter((s) => s.hasAttribute('onload')).length,
        jsLinks: [...document.querySelectorAll('a')].filter((a) => /^\s*javascript:/i.test(a.getAttribute('href') ?? '')).length,
      }));
      expect(found).toEqual({ xss: undefined, scripts: 0, imgs: 0, svgs: 0, jsLinks: 0 });
    });
  }
});
