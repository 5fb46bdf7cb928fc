import { describe, expect, it } from 'vitest';
import { rememberJson } from '../../server/explore/json-memo';
import { MemoryMentionIndex } from '../../server/explore/memory-index';
import { mention, mentionIndexContract } from './contracts/mention-index.contract';

mentionIndexContract('memory, background serialization', async (capacity) => new MemoryMentionIndex({ capacity }));
mentionIndexContract('memory, serialized at once, small segments', async (capacity) => new MemoryMentionIndex({ capacity, segmentRows: 64, serialize: 'sync' }));

describe('MemoryMentionIndex', () => {
  it('keeps its term and author dictionaries bounded as old segments go', async () => {
    const ix = new MemoryMentionIndex({ capacity: 1000, serialize: 'sync' });
    const T0 = Date.UTC(2026, 10, 22);
    for (let b = 0; b < 50; b++) {
      await ix.add(Array.from({ length: 1000 }, (_, i) => mention({
        t: T0 + b * 1000 + i, author: `@u${b}-${i}`, terms: [`w${b}x${i}`, 'common'], brands: ['nimbus'],
      })));
    }
    const st = ix.stats();
    expect(st.termCodes).toBeLessThan(3 * 4096);
    expect(st.authorCodes).toBeLessThan(3 * 4096);
    // the newest mentions are still found by term and author after renumbering
    const all = { from: 0, to: Number.MAX_SAFE_INTEGER };
    expect(await ix.count({ ...all, terms: ['w49x999'] })).toBe(1);
    expect(await ix.count({ ...all, authors: ['@u49-998'] })).toBe(1);
    expect(await ix.count({ ...all, terms: ['w0x1'] })).toBe(0);
    expect((await ix.breakdown(all, 'term', { limit: 1 })).items[0]).toMatchObject({ key: 'common', count: (await ix.held()).count });
    expect((await ix.kpis(all)).authors).toBe((await ix.held()).count);
  });

  it('a limited breakdown is the head of the full one (counts, ties by key), polarity and reach included', async () => {
    const ix = new MemoryMentionIndex({ capacity: 10_000, serialize: 'sync' });
    const T0 = Date.UTC(2026, 10, 22);
    // 300 terms with many tied counts: term k appears (k % 7) + 1 times
    const ms = [];
    for (let k = 0; k < 300; k++) {
      for (let j = 0; j <= k % 7; j++) ms.push(mention({ t: T0 + ms.length, terms: [`t${k}`], polarity: j % 2 ? 'negative' : 'positive', reach: k }));
    }
    await ix.add(ms);
    const all = { from: 0, to: Number.MAX_SAFE_INTEGER };
    const full = await ix.breakdown(all, 'term');
    expect(full.items).toHaveLength(300);
    for (const limit of [1, 5, 13, 50]) {
      const head = await ix.breakdown(all, 'term', { limit });
      expect(head.items).toEqual(full.items.slice(0, limit));
      expect(head.distinct).toBe(300);
    }
    const top = full.items[0];
    expect(top.key).toBe('t104'); // the first key, in key order, of those with 7
    expect(top).toMatchObject({ count: 7, positive: 4, negative: 3, reach: 7 * 104 });
  });
});

describe('a mention that arrived as JSON text (Redis mode tail)', () => {
  it('is stored as that text, not serialized again, and still read, searched and exported whole', async () => {
    const ix = new MemoryMentionIndex({ capacity: 1000, serialize: 'sync' });
    const T0 = Date.UTC(2026, 10, 22);
    const m = mention({ t: T0, text: 'Ça “marche” pas 😡 "still waiting" for a refund', brands: ['nimbus'] });
    // the same mention as a text that serializing the object would not give (indented)
    const spaced = JSON.stringify(m, null, 1);
    const parsed = JSON.parse(spaced);
    expect(JSON.stringify(parsed)).not.toBe(spaced);
    rememberJson(parsed, spaced);
    const plain = mention({ t: T0 + 1, text: 'plain one' });
    await ix.add([parsed, plain]);
    const all = { from: 0, to: Number.MAX_SAFE_INTEGER };
    expect(await ix.count({ ...all, q: '"still waiting for a refund"' })).toBe(1);
    const page = await ix.page(all, { sort: 'time', order: 'asc', limit: 10 });
    expect(page.items[0].mention).toEqual(JSON.parse(JSON.stringify(m)));
    const rows: string[] = [];
    for await (const chunk of ix.scan(all, { sort: 'time', order: 'asc', batch: 10 })) rows.push(...chunk);
    expect(rows).toEqual([spaced, JSON.stringify(plain)]);
  });
});
