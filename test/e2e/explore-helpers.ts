/** Shared steps of the explore end-to-end specs. */
import { expect, type Page } from '@playwright/test';
import { parse } from 'csv-parse/sync';

/** The mentions list once it has settled (no request in flight), and its total. */
export async function listTotal(page: Page): Promise<number> {
  const list = page.getByTestId('mention-list');
  await expect(list).not.toHaveAttribute('aria-busy', 'true');
  const total = page.getByTestId('list-total');
  await expect(total).toHaveAttribute('data-total', /^\d+$/);
  return Number(await total.getAttribute('data-total'));
}

/** Wait until the list shows exactly `n` (it polls: the previous answer stays on screen while the next loads). */
export async function expectListTotal(page: Page, n: number): Promise<void> {
  await expect(page.getByTestId('list-total')).toHaveAttribute('data-total', String(n));
  await expect(page.getByTestId('mention-list')).not.toHaveAttribute('aria-busy', 'true');
  await expect(page.getByTestId('list-total')).toHaveAttribute('data-total', String(n));
}

/** Wait until no chart or list is loading (a filter change keeps the old data on screen, dimmed, until the new arrives). */
export async function settled(page: Page): Promise<void> {
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
}

/** Data rows of a CSV body (quoted fields may hold commas, quotes and newlines). */
export function csvRows(body: string): string[][] {
  const rows = parse(body, { relax_column_count: false, bom: true }) as string[][];
  return rows.slice(1);
}

/** Non-empty lines of an NDJSON body, each parsed. */
export function ndjsonRows(body: string): Record<string, unknown>[] {
  return body.split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as Record<string, unknown>);
}

/** The explore page's URL parameters. */
export function params(page: Page): URLSearchParams {
  return new URL(page.url()).searchParams;
}

/** POST mentions to the ingest endpoint. */
export async function ingest(url: string, mentions: unknown[]): Promise<void> {
  const res = await fetch(`${url}/api/mentions`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(mentions),
  });
  expect(res.ok, await res.text()).toBe(true);
}
