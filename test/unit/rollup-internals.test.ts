import { describe, expect, it } from 'vitest';
import { ANY, MINUTE_MS, NONE } from '../../shared/constants';
import { ManualClock } from '../../server/clock';
import { MemoryRollupStore } from '../../server/rollups/memory';
import { am } from '../helpers/mentions';
import type { AnalyzedMention } from '../../shared/mention';
import { Bucket } from '../../server/rollups/bucket';
import { KeyTable, mentionKeyIds } from '../../server/rollups/keys';
import { signatureOf, tuplesOfField } from '../../server/rollups/redis-plan';

const entries = (b: Bucket) => { const out: [number, number][] = []; b.forEach((id, c) => out.push([id, c])); return out; };

describe('Bucket', () => {
  it('a dense bucket counts ids past its first size, in first-counted order, and freezes and thaws to the same counts', () => {
    const b = new Bucket(0, true);
    const ids = [3, 5000, 3, 700, 5000, 5000, 0];
    for (const id of ids) b.inc(id);
    b.inc(700, 4);
    b.inc(9, 0); // nothing counted: no empty entry
    const want: [number, number][] = [[3, 2], [5000, 3], [700, 5], [0, 1]];
    expect(entries(b)).toEqual(want);
    expect(b.size).toBe(4);
    b.freeze();
    expect(b.frozen).toBe(true);
    expect(entries(b)).toEqual(want);
    b.inc(5000); // a late mention thaws it
    expect(b.frozen).toBe(false);
    expect(entries(b)).toEqual([[3, 2], [5000, 4], [700, 5], [0, 1]]);
  });

  it('a sparse bucket counts the same as a dense one', () => {
    const d = new Bucket(0, true), s = new Bucket(0, false);
    for (let i = 0; i < 2000; i++) { const id = (i * 7919) % 1301; d.inc(id); s.inc(id); }
    expect(entries(s)).toEqual(entries(d));
    const v = d.version;
    d.inc(1);
    expect(d.version).toBe(v + 1);
  });
});

const mention = (brands: string[], topics: string[], channel = 'twitter'): AnalyzedMention => ({
  brands: brands.map((brand) => ({ brand })), topics, channel, intent: 'other',
  sentiment: { polarity: 'negative' }, place: { country: 'US', region: 'CA' },
} as unknown as AnalyzedMention);

describe('KeyTable', () => {
  it('gives one id per distinct tuple, the same whether reached from a mention or from the tuple', () => {
    const t = new KeyTable();
    const ids = mentionKeyIds(mention(['dell', 'hp', 'dell'], ['support']), t);
    // ANY and each distinct brand × ANY and each topic
    expect(ids.map((id) => t.tuples[id].slice(0, 2))).toEqual([[ANY, ANY], [ANY, 'support'], ['dell', ANY], ['dell', 'support'], ['hp', ANY], ['hp', 'support']]);
    expect(new Set(ids).size).toBe(6);
    expect(t.tuples[ids[3]]).toEqual(['dell', 'support', 'twitter', 'negative', 'US', NONE, 'CA', 'other']);
    expect(t.id(['dell', 'support', 'twitter', 'negative', 'US', NONE, 'CA', 'other'])).toBe(ids[3]);
    // a brand named like a topic, or another tail, is another key
    const other = mentionKeyIds(mention(['support'], ['dell']), t);
    expect(other.filter((id) => ids.includes(id))).toEqual([ids[0]]);
    const fb = mentionKeyIds(mention(['dell'], ['support'], 'facebook'), t);
    expect(fb.some((id) => ids.includes(id))).toBe(false);
    expect(t.size).toBe(6 + 3 + 4);
  });
});

describe('Redis signature fields', () => {
  it('expand to exactly the key tuples the memory store counts a mention under', () => {
    const cases = [mention([], []), mention(['dell'], []), mention([], ['price', 'support']), mention(['dell', 'hp', 'dell'], ['support']), mention(['hp'], ['a', 'b', 'c'], 'news')];
    for (const m of cases) {
      const t = new KeyTable();
      const want = mentionKeyIds(m, t).map((id) => t.tuples[id].join('|')).sort();
      expect(tuplesOfField(signatureOf(m)).map((x) => x.join('|')).sort()).toEqual(want);
    }
  });

  it('a plain field (one key tuple, as older versions wrote) reads as that one tuple', () => {
    const plain = ['dell', ANY, 'twitter', 'negative', 'US', NONE, 'CA', 'other'];
    expect(tuplesOfField(plain.join('\u0001'))).toEqual([plain]);
  });
});

describe('MemoryRollupStore dense buckets', () => {
  it('keeps few dense buckets per ring when a replay runs through a day between two prunes, and counts the same', async () => {
    const t0 = Date.UTC(2026, 0, 1);
    const clock = new ManualClock(t0);
    const s = new MemoryRollupStore(clock);
    // a data-clock replay: the clock follows the mentions, one a minute for a day, in one batch per hour
    for (let h = 0; h < 24; h++) {
      const batch = Array.from({ length: 60 }, (_, k) => am({ t: t0 + (h * 60 + k) * MINUTE_MS, brands: [`b${k % 7}`], topics: [`t${k % 5}`], country: 'US' }));
      clock.set(t0 + (h * 60 + 59) * MINUTE_MS);
      await s.add(batch);
    }
    const st = s.stats();
    expect(st.buckets['1m']).toBe(24 * 60);
    for (const ring of ['10s', '1m', '1h']) expect(st.dense[ring]).toBeLessThanOrEqual(4);
    expect((await s.query({ resolution: '1m', from: t0, groupBy: ['brand'] })).reduce((a, g) => a + g.count, 0)).toBe(24 * 60);
    // a prune freezes what is past the open buckets and frees their dense places
    await s.prune(clock.now());
    expect(s.stats().dense['1m']).toBeLessThanOrEqual(3);
    expect((await s.query({ resolution: 'total' }))[0].count).toBe(24 * 60);
  });
});
