import { describe, expect, it } from 'vitest';
import { kpisAdapter, netTone } from '../../../client/panels/kpis/adapter';
import { alert, kpis } from './fixtures';
import type { BrandInfo } from '../../../shared/tracking';

const brands: BrandInfo[] = [
  { id: 'nimbus', name: 'Nimbus', color: '#56B4E9', own: true },
  { id: 'zephyr', name: 'Zephyr', color: '#E69F00', own: false },
];

const tile = (data: ReturnType<typeof kpisAdapter>, id: string) => data.tiles.find((t) => t.id === id)!;

describe('kpisAdapter', () => {
  it('shows placeholders before the first frame, with every tile present', () => {
    const data = kpisAdapter({ kpis: null, brands });
    expect(data.tiles.map((t) => t.id)).toEqual(['per-minute', 'per-hour', 'net', 'leader', 'open-alerts', 'needs-response', 'received']);
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

describe('kpisAdapter additions', () => {
  it('names the SOV leader in its brand color', () => {
    const data = kpisAdapter({ kpis: kpis({ leader: 'zephyr', brands: [{ brand: 'zephyr', count: 6, share: 0.6, net: 0 }] }), brands });
    expect(tile(data, 'leader')).toMatchObject({ value: 'Zephyr', color: '#E69F00', label: 'SOV leader · 60%' });
    const fallback = kpisAdapter({ kpis: kpis({ brands: [{ brand: 'nimbus', count: 1, share: 0.3, net: 0 }, { brand: 'zephyr', count: 2, share: 0.7, net: 0 }] }), brands });
    expect(tile(fallback, 'leader').value).toBe('Zephyr');
    expect(tile(kpisAdapter({ kpis: kpis(), brands }), 'leader').value).toBe('—');
  });

  it('counts open alerts from the store when it holds any, else from the frame', () => {
    expect(tile(kpisAdapter({ kpis: kpis({ openAlerts: 3 }), brands }), 'open-alerts').value).toBe('3');
    const fromStore = kpisAdapter({ kpis: kpis({ openAlerts: 3 }), brands, alerts: [alert('a'), alert('b', { state: 'resolved' })] });
    expect(tile(fromStore, 'open-alerts')).toMatchObject({ value: '1', tone: 'negative' });
    expect(fromStore.openAlerts).toBe(1);
  });

  it('shows the posts waiting for a response', () => {
    expect(tile(kpisAdapter({ kpis: kpis({ needsResponse: 1234 }), brands }), 'needs-response').value).toBe('1,234');
  });
});
