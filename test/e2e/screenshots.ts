/**
 * `npm run screenshots` — screenshots of every wall layout and screen at 1920x1080 and 3840x2160,
 * plus the alert banner and the /alerts page, written to docs/screenshots/ (shown in the README).
 * Runs the real server with the seeded simulator and real Chromium.
 */
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { DEFAULT_LAYOUTS } from '../../shared/layouts';
import { startServer } from './server';

const OUT = 'docs/screenshots';
const SIZES = [[1920, 1080], [3840, 2160]] as const;
const SETTLE_MS = 6000;
const JPEG_QUALITY = 80;

mkdirSync(OUT, { recursive: true });
const server = await startServer({ SOURCE: 'simulator', SIM_RATE: '20', SIM_SEED: '42', SIM_BACKFILL_MIN: '60', ALERT_RULES: 'default' });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const post = (path: string, body: unknown) => fetch(`${server.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }).then((r) => r.json());
async function ackFiring(): Promise<void> {
  const { alerts } = await (await fetch(`${server.url}/api/alerts?state=firing`)).json() as { alerts: { id: string; acknowledged?: unknown }[] };
  for (const a of alerts) if (!a.acknowledged) await post(`/api/alerts/${a.id}/ack`, { by: 'screenshots' });
}
try {
  // an acknowledged alert, so the alerts panel has a row without the banner covering the screens
  const old = await post('/api/alerts', { title: 'Negative spike: Zephyr · Shipping & delivery', severity: 3, brand: 'zephyr', topic: 'shipping' }) as { id: string };
  await post(`/api/alerts/${old.id}/ack`, { by: 'care-team', note: 'courier delay confirmed' });
  const written: string[] = [];
  for (const [w, h] of SIZES) {
    for (const layout of DEFAULT_LAYOUTS) {
      for (let screen = 0; screen < layout.screens.length; screen++) {
        await ackFiring(); // a takeover banner would hide the layout
        const page = await browser.newPage({ viewport: { width: w, height: h } });
        await page.goto(`${server.url}/wall/${layout.id}?screen=${screen}`);
        await page.waitForTimeout(SETTLE_MS);
        const file = `${OUT}/${layout.id}-screen${screen}-${h}p.jpg`;
        await page.screenshot({ path: file, type: 'jpeg', quality: JPEG_QUALITY });
        written.push(file);
        await page.close();
      }
    }
  }
  const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
  await page.goto(`${server.url}/wall`);
  await page.waitForTimeout(SETTLE_MS);
  await post('/api/alerts', { title: 'Negative spike: Nimbus · Battery', severity: 4, brand: 'nimbus', topic: 'battery', detail: 'negative mentions 48 a minute against a baseline of 6' });
  await page.getByTestId('alert-banner').waitFor();
  await page.screenshot({ path: `${OUT}/alert-banner-1080p.jpg`, type: 'jpeg', quality: JPEG_QUALITY });
  await page.goto(`${server.url}/alerts`);
  await page.waitForTimeout(2000);
  await page.screenshot({ path: `${OUT}/alerts-page-1080p.jpg`, type: 'jpeg', quality: JPEG_QUALITY });
  written.push(`${OUT}/alert-banner-1080p.jpg`, `${OUT}/alerts-page-1080p.jpg`);
  console.log(written.join('\n'));
} finally {
  await browser.close();
  await server.stop();
}
