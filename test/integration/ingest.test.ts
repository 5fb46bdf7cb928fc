import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EarshotApp } from '../../server/app';
import { getJson, post, startApp } from '../helpers/app';

const now = Date.now();
const mention = (id: string, text = 'Loving my new Nimbus phone, the battery is great 😍') =>
  ({ id, channel: 'twitter', text, createdAt: new Date(now - 1000).toISOString(), author: { handle: '@amy', followers: 10 } });

describe('POST /api/mentions', () => {
  let app: EarshotApp;
  beforeAll(async () => { app = await startApp({ bodyLimit: 64 * 1024 }); });
  afterAll(async () => { await app.close(); });

  const totals = async () => (await getJson(`${app.url}/api/totals`)).json.total as number;

  it('keeps the valid items of a mixed batch, rejects the invalid ones by field and never counts a duplicate twice', async () => {
    const before = await totals();
    const first = await post(`${app.url}/api/mentions`, [mention('mix-1'), mention('mix-2')]);
    expect(first.status).toBe(200);
    expect(first.json).toMatchObject({ accepted: 2, duplicate: 0, rejected: 0 });

    const batch = [
      mention('mix-3'),                                        // new, valid
      { ...mention('mix-4'), channel: 'carrier-pigeon' },      // invalid channel
      mention('mix-1'),                                        // duplicate of an earlier batch
      { ...mention('mix-5'), createdAt: 'not a date' },        // invalid date
      mention('mix-6'),                                        // new, valid
      mention('mix-6'),                                        // duplicate inside the batch
      { channel: 'twitter', text: 'no id', createdAt: now },   // missing id
    ];
    const res = await post(`${app.url}/api/mentions`, batch);
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ accepted: 2, duplicate: 2, rejected: 3 });
    expect(res.json.results.map((r: { status: string }) => r.status))
      .toEqual(['accepted', 'rejected', 'duplicate', 'rejected', 'accepted', 'duplicate', 'rejected']);
    expect(res.json.results[1]).toMatchObject({ id: 'mix-4', errors: [{ field: 'channel' }] });
    expect(res.json.results[3].errors[0]).toMatchObject({ field: 'createdAt', reason: expect.stringMatching(/date/) });
    expect(res.json.results[6].errors[0].field).toBe('id');
    expect(await totals()).toBe(before + 4);

    const stored = await getJson(`${app.url}/api/mentions/mix-3`);
    expect(stored.status).toBe(200);
    expect(stored.json.brands.map((b: { brand: string }) => b.brand)).toContain('nimbus');
  });

  it('takes NDJSON and keeps the good lines around a broken one', async () => {
    const body = [JSON.stringify(mention('nd-1')), '{"id": "nd-2", oops', JSON.stringify(mention('nd-3'))].join('\n');
    const res = await post(`${app.url}/api/mentions`, body, 'application/x-ndjson');
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ accepted: 2, rejected: 1 });
    expect(res.json.results[1].errors[0].field).toBe('(line)');
  });

  it('answers 400 with a JSON error for unparseable or wholly invalid bodies', async () => {
    const broken = await post(`${app.url}/api/mentions`, '[{"id": 1,');
    expect(broken.status).toBe(400);
    expect(broken.json.error).toMatch(/invalid JSON/);
    const empty = await post(`${app.url}/api/mentions`, '');
    expect(empty.status).toBe(400);
    expect(empty.json.error).toMatch(/empty body/);
    const bad = await post(`${app.url}/api/mentions`, [{ id: 'x' }]);
    expect(bad.status).toBe(400);
    expect(bad.json).toMatchObject({ error: expect.any(String), rejected: 1 });
  });

  it('answers 413 with a JSON error for a body over the limit, and counts none of it', async () => {
    const before = await totals();
    const big = Array.from({ length: 400 }, (_, i) => mention(`big-${i}`, 'x'.repeat(200)));
    const res = await post(`${app.url}/api/mentions`, big);
    expect(res.status).toBe(413);
    expect(res.json.error).toMatch(/too large/);
    expect(await totals()).toBe(before);
  });

  it('answers unknown endpoints and bad query parameters with JSON errors', async () => {
    const nf = await getJson(`${app.url}/api/nope`);
    expect(nf.status).toBe(404);
    expect(nf.json.error).toMatch(/no such endpoint/);
    const badBy = await getJson(`${app.url}/api/totals?by=colour`);
    expect(badBy.status).toBe(400);
    expect(badBy.json.error).toMatch(/by/);
    const unknown = await getJson(`${app.url}/api/totals?frm=1`);
    expect(unknown.status).toBe(400);
    expect(unknown.json.error).toMatch(/frm/);
  });
});
