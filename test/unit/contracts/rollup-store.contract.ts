import { describe, expect, it } from 'vitest';
import { HOUR_MS, MINUTE_MS, SECOND_MS } from '../../../shared/constants';
import type { RollupGroup } from '../../../shared/rollup';
import { ManualClock } from '../../../server/clock';
import type { RollupStore } from '../../../server/rollups/types';
import { am } from '../../helpers/mentions';

const T0 = Date.UTC(2026, 10, 22, 12, 0, 0);
const asMap = (gs: RollupGroup[]) => Object.fromEntries(gs.map((g) => [g.key.join('|'), g.count]));
const total = (gs: RollupGroup[]) => gs.reduce((a, g) => a + g.count, 0);

/** The contract every RollupStore implementation passes (memory now, Redis later). */
export function rollupStoreContract(name: string, make: (clock: ManualClock) => Promise<RollupStore>) {
  describe(`RollupStore contract: ${name}`, () => {
    it('counts each mention once under ANY and once per matched brand and topic', async () => {
      const clock = new ManualClock(T0);
      const s = await make(clock);
      await s.add([
        am({ t: T0 - 5 * SECOND_MS, brands: ['a', 'b'], topics: ['x', 'y'], polarity: 'negative', country: 'US' }),
        am({ t: T0 - 4 * SECOND_MS, brands: ['a'], topics: [], polarity: 'positive', country: 'FR' }),
        am({ t: T0 - 3 * SECOND_MS, brands: [], topics: ['x'], polarity: 'neutral' }),
      ]);
      expect(total(await s.query({ resolution: 'total' }))).toBe(3);
      expect(asMap(await s.query({ resolution: 'total', groupBy: ['brand'] }))).toEqual({ a: 2, b: 1 });
      expect(asMap(await s.query({ resolution: 'total', groupBy: ['topic'] }))).toEqual({ x: 2, y: 1 });
      expect(asMap(await s.query({ resolution: 'total', groupBy: ['polarity'] }))).toEqual({ negative: 1, positive: 1, neutral: 1 });
      expect(asMap(await s.query({ resolution: 'total', groupBy: ['country'] }))).toEqual({ US: 1, FR: 1, '': 1 });
      expect(asMap(await s.query({ resolution: 'total', filter: { brand: ['a'] }, groupBy: ['polarity'] })))
        .toEqual({ negative: 1, positive: 1 });
      expect(asMap(await s.query({ resolution: '10s', groupBy: ['brand', 'topic'] }))).toEqual({ 'a|x': 1, 'a|y': 1, 'b|x': 1, 'b|y': 1 });
    });

    it('puts mentions in buckets by their time at each resolution', async () => {
      const clock = new ManualClock(T0 + 30 * SECOND_MS);
      const s = await make(clock);
      await s.add([
        am({ t: T0 + 1 * SECOND_MS }), am({ t: T0 + 9 * SECOND_MS }),
        am({ t: T0 + 11 * SECOND_MS }), am({ t: T0 - 70 * SECOND_MS }),
      ]);
      const tenS = await s.series({ resolution: '10s', from: T0, to: T0 + 30 * SECOND_MS });
      expect(tenS.map((p) => [p.t - T0, total(p.groups)])).toEqual([[0, 2], [10_000, 1], [20_000, 0]]);
      const oneM = await s.series({ resolution: '1m', from: T0 - 2 * MINUTE_MS, to: T0 + MINUTE_MS });
      expect(oneM.map((p) => total(p.groups))).toEqual([1, 0, 3]);
      expect(total(await s.query({ resolution: '1h', from: T0 - HOUR_MS, to: T0 + HOUR_MS }))).toBe(4);
    });

    it('keeps only the retention window and keeps lifetime totals', async () => {
      const clock = new ManualClock(T0);
      const s = await make(clock);
      await s.add([am({ t: T0 - 1000 })]);
      clock.advance(2 * HOUR_MS);
      await s.prune(clock.now());
      await s.add([am({ t: clock.now() - 1000 })]);
      expect(total(await s.query({ resolution: '10s', from: 0, to: clock.now() + 1 }))).toBe(1);
      expect(total(await s.query({ resolution: '1m', from: 0, to: clock.now() + 1 }))).toBe(2);
      expect(total(await s.query({ resolution: 'total' }))).toBe(2);
      // a mention older than a resolution's window is not counted there, only in the coarser ones
      await s.add([am({ t: clock.now() - 3 * HOUR_MS })]);
      expect(total(await s.query({ resolution: '10s', from: 0, to: clock.now() + 1 }))).toBe(1);
      expect(total(await s.query({ resolution: '1h', from: 0, to: clock.now() + 1 }))).toBe(3);
    });

    it('counts late mentions into older buckets after they were frozen', async () => {
      const clock = new ManualClock(T0);
      const s = await make(clock);
      await s.add([am({ t: T0 - 5 * MINUTE_MS, polarity: 'negative' })]);
      await s.prune(clock.now());
      expect(total((await s.series({ resolution: '1m', from: T0 - 5 * MINUTE_MS, to: T0 - 4 * MINUTE_MS }))[0].groups)).toBe(1);
      await s.add([am({ t: T0 - 5 * MINUTE_MS + 1, polarity: 'negative' })]);
      const [p] = await s.series({ resolution: '1m', from: T0 - 5 * MINUTE_MS, to: T0 - 4 * MINUTE_MS, groupBy: ['polarity'] });
      expect(asMap(p.groups)).toEqual({ negative: 2 });
    });

    it('places a mention from the future in the current bucket', async () => {
      const clock = new ManualClock(T0);
      const s = await make(clock);
      await s.add([am({ t: T0 + 10 * HOUR_MS })]);
      const pts = await s.series({ resolution: '10s', from: T0, to: T0 + 1 });
      expect(total(pts[0].groups)).toBe(1);
    });

    it('filters by several values and groups by several dimensions', async () => {
      const clock = new ManualClock(T0);
      const s = await make(clock);
      await s.add([
        am({ t: T0 - 1, brands: ['a'], channel: 'news', polarity: 'negative', query: 'qa' }),
        am({ t: T0 - 1, brands: ['b'], channel: 'forum', polarity: 'negative', query: 'qb' }),
        am({ t: T0 - 1, brands: ['c'], channel: 'news', polarity: 'positive', query: 'qc' }),
      ]);
      const g = await s.query({ resolution: 'total', filter: { channel: ['news', 'forum'], polarity: ['negative'] }, groupBy: ['channel', 'query'] });
      expect(asMap(g)).toEqual({ 'news|qa': 1, 'forum|qb': 1 });
    });
  });
}
