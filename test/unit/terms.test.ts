import { describe, expect, it } from 'vitest';
import { MINUTE_MS } from '../../shared/constants';
import { TermTracker, TERMS_PER_BUCKET } from '../../server/realtime/terms';
import { am } from '../helpers/mentions';

const T0 = Date.UTC(2026, 10, 22, 12, 0, 0);
const withTerms = (t: number, terms: string[]) => ({ ...am({ t }), terms });

describe('trending terms', () => {
  it('ranks a term rising in the last 10 minutes above a steady one, with its baseline and sparkline', () => {
    const tt = new TermTracker();
    const now = T0 + 60 * MINUTE_MS - 1;
    const batch = [];
    for (let m = 0; m < 60; m++) {
      const t = T0 + m * MINUTE_MS;
      for (let i = 0; i < 3; i++) batch.push(withTerms(t, ['battery']));           // steady: 3 a minute
      if (m >= 52) for (let i = 0; i < 4; i++) batch.push(withTerms(t, ['#recall'])); // new: 4 a minute for 8 minutes
    }
    tt.add(batch, now);
    const top = tt.trending(now);
    expect(top[0].term).toBe('#recall');
    expect(top[0].count).toBe(32);
    expect(top[0].baseline).toBe(0);
    expect(top[0].lift).toBe(33);
    // a steady term is not trending, however frequent
    expect(top.find((x) => x.term === 'battery')).toBeUndefined();
    expect(top[0].spark).toHaveLength(12);
    expect(top[0].spark.reduce((a, b) => a + b, 0)).toBe(32);
    expect(top[0].spark[11]).toBeGreaterThan(0);
    expect(top[0].spark[0]).toBe(0);
  });

  it('ignores terms seen fewer than 5 times recently and forgets buckets older than an hour', () => {
    const tt = new TermTracker();
    tt.add([withTerms(T0, ['rare']), withTerms(T0, ['rare'])], T0);
    expect(tt.trending(T0)).toEqual([]);
    tt.add(Array.from({ length: 6 }, () => withTerms(T0, ['old'])), T0);
    expect(tt.trending(T0).map((x) => x.term)).toEqual(['old']);
    expect(tt.trending(T0 + 2 * 60 * MINUTE_MS)).toEqual([]);
    expect(tt.size()).toBe(0);
  });

  it('keeps a bounded number of distinct terms per minute', () => {
    const tt = new TermTracker();
    const many = Array.from({ length: TERMS_PER_BUCKET + 500 }, (_, i) => withTerms(T0, [`term${i}`]));
    tt.add(many, T0);
    expect(tt.size()).toBe(TERMS_PER_BUCKET);
  });
});
