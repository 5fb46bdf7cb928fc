import { describe, expect, it } from 'vitest';
import type { DedupeStore } from '../../../server/store/types';

/** The contract every DedupeStore passes (the memory set and the Redis slice sets). */
export function dedupeStoreContract(name: string, make: () => Promise<DedupeStore>) {
  describe(`DedupeStore contract: ${name}`, () => {
    it('claims an id once, across calls and inside one batch', async () => {
      const s = await make();
      expect(await s.claim(['a', 'b'])).toEqual([true, true]);
      expect(await s.claim(['b', 'c', 'c', 'a'])).toEqual([false, true, false, false]);
      expect(await s.claim([])).toEqual([]);
    });

    it('handles batches larger than one round trip', async () => {
      const s = await make();
      const ids = Array.from({ length: 4500 }, (_, i) => `big-${i}`);
      expect((await s.claim(ids)).every(Boolean)).toBe(true);
      const again = await s.claim([...ids.slice(4000), 'fresh']);
      expect(again.filter(Boolean)).toHaveLength(1);
      expect(again.at(-1)).toBe(true);
    });
  });
}
