import { describe, expect, it } from 'vitest';
import { kpisAdapter, netTone } from '../../../client/panels/kpis/adapter';
import { kpis } from './fixtures';
import type { BrandInfo } from '../../../shared/tracking';

const brands: BrandInfo[] = [
  { id: 'nimbus', name: 'Nimbus', color: '#56B4E9', own: true },
  { id: 'zephyr', name: 'Zephyr', color: '#E69F00', own: false },
];

const tile = (data: ReturnType<typeof kpisAdapter>, id: string) => data.tiles.find((t) => t.id === id)!;

describe('kpisAdapter', () => {
  it('shows placeholders before the first frame, with every tile present', () => {
    const data = kpisAdapter({ kpis: null, brands });
    expect(data.tiles.map((t) => t.id)).toEqual(['per-minute', 'per-hour', 'net', 'received']);
    expect(data.tiles.every((t) => t.value === '—' && !t.change)).toBe(true);
    expect(data.sov.map((s) => s.percent)).toEqual([0, 0]);
  });

  it('formats counts, changes and net sentiment', () => {
    const data = kpisAdapter({
      kpis: kpis({ lastMinute: 120, prevMinute: 100, lastHour: 5000, prevHour: 6000, net: -0.237, received: 1234567 }),
      brands,
    });
    expect(tile(data, 'per-minute').value).toBe('120');
    expect(tile(data, 'per-minute').change).toEqual({ trend: 'up', text: '▲ +20 (+20%)' });
    expect(tile(data, 'per-hour').value).toBe('5,000');
    expect(tile(data, 'per-hour').change).toEqual({ trend: 'down', text: '▼ -1,000 (-17%)' });
    expect(tile(data, 'net').value).toBe('-24%');
    expect(tile(data, 'net').tone).toBe('negative');
    expect(tile(data, 'received').value).toBe('1,234,567');
  });

  it('gives a positive net a plus sign and a positive tone', () => {
    const data = kpisAdapter({ kpis: kpis({ net: 0.4 }), brands });
    expect(tile(data, 'net').value).toBe('+40%');
    expect(tile(data, 'net').tone).toBe('positive');
  });

  it('carries share of voice and open alerts', () => {
    const data = kpisAdapter({
      kpis: kpis({ openAlerts: 2, brands: [{ brand: 'nimbus', count: 3, share: 0.75, net: 0 }, { brand: 'zephyr', count: 1, share: 0.25, net: 0 }] }),
      brands,
    });
    expect(data.openAlerts).toBe(2);
    expect(data.sov.map((s) => [s.id, s.percent])).toEqual([['nimbus', 75], ['zephyr', 25]]);
  });
});

describe('netTone', () => {
  it('is neutral when the net rounds to 0%', () => {
    expect(netTone(0.004)).toBe('neutral');
    expect(netTone(-0.006)).toBe('negative');
    expect(netTone(Number.NaN)).toBe('neutral');
  });
});
