import { describe, expect, it } from 'vitest';
import type { MentionStore } from '../../../server/store/types';
import { am } from '../../helpers/mentions';

const T0 = Date.UTC(2026, 10, 22, 12, 0, 0);

/** The contract every MentionStore passes (the memory ring and the Redis stream). */
export function mentionStoreContract(name: string, make: (capacity: number) => Promise<MentionStore>) {
  describe(`MentionStore contract: ${name}`, () => {
    it('returns the newest first, at most limit, and every field as stored', async () => {
      const s = await make(100);
      const ms = [1, 2, 3].map((i) => am({ id: `c-${i}`, t: T0 + i, brands: ['a'], topics: ['x'], polarity: 'negative', country: 'US', text: `post ${i} <b>&amp;</b> 😡` }));
      await s.add(ms.slice(0, 2));
      await s.add(ms.slice(2));
      expect((await s.recent(2)).map((m) => m.id)).toEqual(['c-3', 'c-2']);
      expect((await s.recent(10)).map((m) => m.id)).toEqual(['c-3', 'c-2', 'c-1']);
      expect(await s.recent(0)).toEqual([]);
      expect(await s.get('c-2')).toEqual(ms[1]);
      expect(await s.get('nope')).toBeUndefined();
      expect(await s.size()).toBe(3);
    });

    it('never holds more than its capacity and forgets the oldest', async () => {
      const s = await make(100);
      for (let b = 0; b < 5; b++) await s.add(Array.from({ length: 30 }, (_, i) => am({ id: `k-${b * 30 + i}`, t: T0 })));
      expect(await s.size()).toBe(100);
      expect(await s.get('k-49')).toBeUndefined();
      expect((await s.get('k-50'))?.id).toBe('k-50');
      const recent = await s.recent(1000);
      expect(recent).toHaveLength(100);
      expect(recent[0].id).toBe('k-149');
      expect(recent[99].id).toBe('k-50');
    });

    it('keeps the latest copy of an id when an older copy is evicted', async () => {
      const s = await make(100);
      await s.add([am({ id: 'dup', t: T0, text: 'first' })]);
      await s.add(Array.from({ length: 60 }, (_, i) => am({ id: `f-${i}`, t: T0 })));
      await s.add([am({ id: 'dup', t: T0, text: 'second' })]);
      await s.add(Array.from({ length: 60 }, (_, i) => am({ id: `g-${i}`, t: T0 })));
      expect((await s.get('dup'))?.text).toBe('second');
    });
  });
}
