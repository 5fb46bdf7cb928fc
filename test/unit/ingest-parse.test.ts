import { describe, expect, it } from 'vitest';
import { BodyError, splitBody, validateItems } from '../../server/ingest/parse';

const good = { id: 'a1', channel: 'twitter', text: 'hi', createdAt: '2026-11-22T10:00:00Z' };

describe('ingest body parsing', () => {
  it('reads a JSON array, a single object and NDJSON', () => {
    expect(splitBody(JSON.stringify([good, good]), 'application/json')).toHaveLength(2);
    expect(splitBody(JSON.stringify(good), 'application/json')).toHaveLength(1);
    expect(splitBody(`${JSON.stringify(good)}\n\n${JSON.stringify(good)}\r\n`, 'application/x-ndjson')).toHaveLength(2);
  });

  it('rejects an empty body and broken JSON arrays as a whole', () => {
    expect(() => splitBody('  ', 'application/json')).toThrow(BodyError);
    expect(() => splitBody('[{"id":', 'application/json')).toThrow(/invalid JSON/);
  });

  it('keeps the good lines of NDJSON when one line is broken', () => {
    const items = validateItems(splitBody(`${JSON.stringify(good)}\n{"id": oops}\n`, 'application/x-ndjson'));
    expect(items[0].ok).toBe(true);
    expect(items[1]).toMatchObject({ ok: false, errors: [{ field: '(line)' }] });
  });

  it('names the field and the reason of each invalid item', () => {
    const items = validateItems([
      { ...good, channel: 'myspace' },
      { ...good, createdAt: 'yesterday-ish' },
      { ...good, geo: { lat: 123, lon: 0 } },
      { channel: 'twitter', text: 'x', createdAt: 1 },
      'not an object',
    ]);
    const fields = items.map((i) => (i.ok ? null : i.errors.map((e) => e.field)));
    expect(fields).toEqual([['channel'], ['createdAt'], ['geo.lat'], ['id'], ['(item)']]);
    expect(items[0].ok ? '' : items[0].errors[0].reason).toMatch(/twitter/);
    expect(items[0].ok ? undefined : items[0].id).toBe('a1');
  });

  it('normalises createdAt to epoch milliseconds and drops unknown keys', () => {
    const [item] = validateItems([{ ...good, __proto__: { polluted: true }, extra: 1 }]);
    expect(item.ok && item.mention.createdAt).toBe(Date.UTC(2026, 10, 22, 10));
    expect(item.ok && 'extra' in item.mention).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
