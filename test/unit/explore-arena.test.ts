import { expect, it } from 'vitest';
import { Arena } from '../../server/explore/arena';

it('keeps every record intact across chunk boundaries, including records larger than a chunk and non-ASCII text', () => {
  const records: string[] = [];
  for (let i = 0; i < 3000; i++) records.push(JSON.stringify({ i, text: `${'é😀'.repeat(i % 50)} ${'x'.repeat((i * 37) % 900)}` }));
  records.splice(1500, 0, JSON.stringify({ big: 'ü'.repeat(1_500_000) }));
  const a = new Arena(records.length);
  const lens = records.map((r) => a.append(r));
  a.trim();
  expect(a.count).toBe(records.length);
  for (let i = 0; i < records.length; i++) {
    expect(lens[i]).toBe(Buffer.byteLength(records[i]));
    expect(a.get(i)).toBe(records[i]);
  }
  // slice reads bytes of one record: here its last 10 bytes (ASCII tail)
  const r = records[2999];
  expect(a.slice(2999, lens[2999] - 10, 10)).toBe(r.slice(-10));
  // several chunks, all but the last full-sized; the last cut to what it holds
  const total = lens.reduce((s, x) => s + x, 0);
  expect(a.byteLength()).toBeGreaterThan(total);
  expect(a.byteLength()).toBeLessThan(total + 4 * 1024 * 1024);
});
