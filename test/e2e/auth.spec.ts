import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { startServer, type RunningServer } from './server';

const SIM = { SOURCE: 'simulator', SIM_RATE: '40', SIM_SEED: '7', TICK_MS: '500', SIM_BACKFILL_MIN: '10' };
const ADMIN = 'e2e-admin-secret-0123456789abcdef';

/** Records CSP violations (the event fires for every blocked script, style, connection) and console reports of them. */
async function watchCsp(page: Page): Promise<() => Promise<string[]>> {
  const console: string[] = [];
  page.on('console', (m) => { if (/Content Security Policy|Refused to/i.test(m.text())) console.push(m.text()); });
  page.on('pageerror', (e) => { if (/Content Security Policy/i.test(e.message)) console.push(e.message); });
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => { w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`); });
  });
  return async () => [...console, ...await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)];
}

async function api(server: RunningServer, method: string, path: string, body?: unknown): Promise<any> {
  const res = await fetch(server.url + path, {
    method, headers: { authorization: `Bearer ${ADMIN}`, ...(body ? { 'content-type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  return res.status === 204 ? null : res.json();
}

test.describe('the client under the Content-Security-Policy', () => {
  let server: RunningServer;
  test.beforeAll(async () => { server = await startServer(SIM); });
  test.afterAll(async () => { await server?.stop(); });

  test('the built client has no inline script, handler or style attribute', () => {
    const html = readFileSync('dist/client/index.html', 'utf8');
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attrs, body] of scripts) {
      expect(attrs).toMatch(/\bsrc=/);
      expect(body.trim()).toBe('');
    }
    expect(html).not.toMatch(/\son[a-z]+=/i);
    expect(html).not.toMatch(/\sstyle=/i);
  });

  for (const path of ['/wall', '/wall/room?screen=1', '/wall/room?screen=2', '/alerts', '/login']) {
    test(`${path} works with no CSP violation`, async ({ page }) => {
      const violations = await watchCsp(page);
      const res = await page.goto(server.url + path);
      expect(res?.headers()['content-security-policy']).toMatch(/script-src 'self'/);
      if (path.startsWith('/wall')) {
        await expect(page.getByTestId('conn-status')).toHaveText(/live/i);
        await expect(page.getByTestId('river-item').or(page.getByTestId('geo-legend')).or(page.getByTestId('kpi-received')).first()).toBeVisible();
      } else if (path === '/alerts') {
        await expect(page.getByTestId('alerts-page')).toBeVisible();
      } else {
        await expect(page.getByTestId('login-page')).toBeVisible();
      }
      await page.waitForTimeout(1500); // frames, charts and lazy chunks
      expect(await violations()).toEqual([]);
    });
  }
});

test.describe('signing in (authentication required)', () => {
  let server: RunningServer;
  test.beforeAll(async () => { server = await startServer({ ...SIM, AUTH: 'required', EARSHOT_ADMIN_TOKEN: ADMIN }); });
  test.afterAll(async () => { await server?.stop(); });

  test('a wall without a token says so instead of showing a blank screen', async ({ page }) => {
    await page.goto(server.url + '/wall');
    await expect(page.getByTestId('auth-title')).toHaveText('This wall needs a wall token');
    await expect(page.getByTestId('auth-signin-link')).toBeVisible();
    await expect(page.getByTestId('wall')).toHaveCount(0);
  });

  test('a kiosk opens /wall?token= once: the token leaves the address bar, a session cookie keeps it live, revoking it ends it', async ({ page, context }) => {
    const violations = await watchCsp(page);
    const made = await api(server, 'POST', '/api/auth/tokens', { name: 'lobby screen', role: 'wall', scope: { rooms: ['wall'] } });
    await page.goto(`${server.url}/wall/room?screen=0&token=${encodeURIComponent(made.token)}`);
    await expect(page.getByTestId('conn-status')).toHaveText(/live/i);
    expect(page.url()).toBe(`${server.url}/wall/room?screen=0`);
    const cookie = (await context.cookies()).find((c) => c.name === 'earshot_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict' });
    expect(await page.evaluate(() => document.cookie)).not.toContain('earshot_session');
    await page.reload();
    await expect(page.getByTestId('conn-status')).toHaveText(/live/i);
    expect(await violations()).toEqual([]);

    await api(server, 'DELETE', `/api/auth/tokens/${made.credential.id}`);
    await expect(page.getByTestId('auth-message')).toBeVisible({ timeout: 10_000 });
    await expect(page.getByTestId('auth-text')).toContainText(/revoked|expired|invalid/i);
  });

  test('a wall token scoped to other layouts is told which ones it may show', async ({ page }) => {
    const made = await api(server, 'POST', '/api/auth/tokens', { name: 'solo only', role: 'wall', scope: { layouts: ['solo'] } });
    await page.goto(`${server.url}/wall/room?token=${encodeURIComponent(made.token)}`);
    await expect(page.getByTestId('auth-title')).toHaveText('Access denied');
    await expect(page.getByTestId('auth-text')).toContainText('solo');
  });

  test('an analyst signs in at /login and lands on the page asked for; a wrong token gets a message', async ({ page }) => {
    const analyst = await api(server, 'POST', '/api/auth/tokens', { name: 'ana', role: 'analyst' });
    await page.goto(server.url + '/alerts');
    await expect(page.getByTestId('auth-title')).toHaveText('Sign in required');
    await page.getByTestId('auth-signin-link').click();
    await expect(page).toHaveURL(/\/login\?next=%2Falerts$/);
    await page.getByTestId('login-token').fill('es1_0000000000000000.nope');
    await page.getByTestId('login-submit').click();
    await expect(page.getByTestId('login-error')).toContainText(/invalid/i);
    await page.getByTestId('login-token').fill(analyst.token);
    await page.getByTestId('login-submit').click();
    await expect(page).toHaveURL(/\/alerts$/);
    await expect(page.getByTestId('alerts-page')).toBeVisible();
    await expect(page.getByTestId('rule-row').first()).toBeVisible();
  });
});
