import { expect, test } from '@playwright/test';
import { startServer, type RunningServer } from './server';

async function postJson(url: string, body: unknown): Promise<Response> {
  return fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
}

test.describe.serial('alert rules', () => {
  let server: RunningServer;
  test.beforeAll(async () => { server = await startServer({ SOURCE: 'none', TICK_MS: '500' }); });
  test.afterAll(async () => { await server?.stop(); });

  test('a keyword rule firing puts the banner on the wall until acknowledged', async ({ page }) => {
    await page.goto(`${server.url}/wall`);
    await expect(page.getByTestId('conn-status')).toHaveText(/live/i);
    await expect(page.getByTestId('alert-banner')).toHaveCount(0);
    const text = 'Nimbus hit with a <b>lawsuit</b> over exploding batteries';
    const res = await postJson(`${server.url}/api/mentions`, [{ id: 'e2e-kw-1', channel: 'news', text, createdAt: Date.now(), author: { name: 'Daily Wire', followers: 80_000 } }]);
    expect(res.ok).toBe(true);
    await expect(page.getByTestId('alert-banner')).toBeVisible();
    await expect(page.getByTestId('alert-banner-title')).toHaveText('Watched keyword: "lawsuit": Nimbus');
    await expect(page.getByTestId('alert-banner-samples')).toContainText(text); // as text, not markup
    await expect(page.getByTestId('alert-banner-samples').locator('b')).toHaveCount(0);
    await page.getByTestId('alert-ack').click();
    await expect(page.getByTestId('alert-banner')).toHaveCount(0);
    const { alerts } = await (await fetch(`${server.url}/api/alerts?state=firing`)).json() as { alerts: { rule: string; acknowledged?: { by: string } }[] };
    expect(alerts.find((a) => a.rule === 'keywords')?.acknowledged?.by).toBe('wall');
  });

  test('the /alerts page lists rules, shows the history, and can disable a rule', async ({ page }) => {
    await page.goto(`${server.url}/alerts`);
    await expect(page.getByTestId('alerts-page')).toBeVisible();
    await expect(page.getByTestId('rule-row').first()).toBeVisible();
    expect(await page.getByTestId('rule-row').count()).toBeGreaterThanOrEqual(13); // 4 brands × 3 + keywords
    await expect(page.getByTestId('history-item').first()).toContainText('lawsuit');

    const row = page.locator('[data-testid="rule-row"][data-rule-id="keywords"]');
    await expect(row.getByTestId('rule-enabled')).toBeChecked();
    await row.getByTestId('rule-enabled').click();
    await expect(row.getByTestId('rule-enabled')).not.toBeChecked();
    const rule = await (await fetch(`${server.url}/api/rules/keywords`)).json() as { enabled: boolean };
    expect(rule.enabled).toBe(false);

    // disabled: a new match raises nothing
    const before = ((await (await fetch(`${server.url}/api/alerts`)).json()) as { alerts: unknown[] }).alerts.length;
    await postJson(`${server.url}/api/mentions`, [{ id: 'e2e-kw-2', channel: 'news', text: 'Zephyr recall announced', createdAt: Date.now() }]);
    await page.waitForTimeout(300);
    const after = ((await (await fetch(`${server.url}/api/alerts`)).json()) as { alerts: unknown[] }).alerts.length;
    expect(after).toBe(before);

    // the form: a validation error names the field; a valid rule is created and tested
    await page.getByTestId('rule-name').fill('Volume watch');
    await page.getByTestId('rule-param-above').fill('');
    await page.getByTestId('rule-save').click();
    await expect(page.getByTestId('rule-form-error')).toContainText('params.above');
    await page.getByTestId('rule-param-above').fill('1000');
    await page.getByTestId('rule-save').click();
    await expect(page.locator('[data-testid="rule-row"]', { hasText: 'Volume watch' })).toBeVisible();
    await page.locator('[data-testid="rule-row"]', { hasText: 'Volume watch' }).getByTestId('rule-test').click();
    await expect(page.getByTestId('rule-test-result')).toContainText('Would not have fired');
  });
});
