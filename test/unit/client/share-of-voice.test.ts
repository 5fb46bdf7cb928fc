import { describe, expect, it } from 'vitest';
import { largestRemainder, shareOfVoice } from '../../../client/panels/kpis/shareOfVoice';
import type { BrandKpi } from '../../../shared/frame';
import type { BrandInfo } from '../../../shared/tracking';

const brands: BrandInfo[] = [
  { id: 'a', name: 'Alpha', color: '#56B4E9', own: true },
  { id: 'b', name: 'Beta', color: '#E69F00', own: false },
  { id: 'c', name: 'Gamma', color: '#0072B2', own: false },
];
const k = (brand: string, share: number, count = 1): BrandKpi => ({ brand, count, share, net: 0 });
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

describe('shareOfVoice', () => {
  it('sums to exactly 100 when thirds do not round evenly', () => {
    const sov = shareOfVoice([k('a', 1 / 3), k('b', 1 / 3), k('c', 1 / 3)], brands);
    expect(sum(sov.map((s) => s.percent))).toBe(100);
    expect(sov.map((s) => s.percent).sort()).toEqual([33, 33, 34]);
  });

  it('sums to 100 for awkward shares and keeps the order of the tracked brands', () => {
    const sov = shareOfVoice([k('c', 0.005), k('a', 0.6667), k('b', 0.3283)], brands);
    expect(sov.map((s) => s.id)).toEqual(['a', 'b', 'c']);
    expect(sov.map((s) => s.percent)).toEqual([67, 33, 0]);
    expect(sum(sov.map((s) => s.percent))).toBe(100);
  });

  it('normalises shares that do not sum to 1', () => {
    const sov = shareOfVoice([k('a', 2), k('b', 2)], brands);
    expect(sov.map((s) => s.percent)).toEqual([50, 50, 0]);
  });

  it('is all zero without mentions', () => {
    const sov = shareOfVoice([], brands);
    expect(sov.map((s) => s.percent)).toEqual([0, 0, 0]);
  });

  it('carries brand colors, names and a readable text color; unknown brands get a fallback', () => {
    const sov = shareOfVoice([k('a', 0.5), k('zz', 0.5)], brands);
    expect(sov[0]).toMatchObject({ name: 'Alpha', color: '#56B4E9', textColor: '#000000', own: true });
    const unknown = sov.find((s) => s.id === 'zz')!;
    expect(unknown).toMatchObject({ name: 'zz', color: '#BBBBBB', percent: 50 });
  });

  it('ignores negative and non-numeric shares', () => {
    const sov = shareOfVoice([k('a', -1), k('b', Number.NaN), k('c', 0.2)], brands);
    expect(sov.map((s) => s.percent)).toEqual([0, 0, 100]);
  });
});

describe('largestRemainder', () => {
  it('always sums to the total for many random inputs', () => {
    let seed = 42;
    const rnd = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    for (let run = 0; run < 200; run++) {
      const w = Array.from({ length: 1 + Math.floor(rnd() * 8) }, () => rnd());
      const out = largestRemainder(w, 100);
      expect(sum(out)).toBe(100);
      out.forEach((p, i) => expect(Math.abs(p - (w[i] / sum(w)) * 100)).toBeLessThan(1));
    }
  });
});
