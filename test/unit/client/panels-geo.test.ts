import { describe, expect, it } from 'vitest';
import { bubbleRadius, geoAdapter, placeKey } from '../../../client/panels/geo/adapter';
import { FIPS_TO_POSTAL, fipsToPostal, regionPostal } from '../../../client/panels/geo/fips';
import { NET_RAMP, VOLUME_RAMP, logPosition, netColor, rampColor, volumeColor } from '../../../client/panels/geo/scale';
import { ALPHA2_TO_NUMERIC, NUMERIC_TO_ALPHA2, alpha2ToNumeric } from '../../../shared/iso-numeric';
import type { PlaceCount } from '../../../shared/frame';
import { panels } from './fixtures';

const place = (code: string, positive: number, neutral: number, negative: number): PlaceCount => ({
  code, positive, neutral, negative, count: positive + neutral + negative,
});

describe('alpha-2 -> numeric table', () => {
  it('maps the usual suspects to world-atlas ids', () => {
    expect(ALPHA2_TO_NUMERIC.FR).toBe('250');
    expect(ALPHA2_TO_NUMERIC.US).toBe('840');
    expect(ALPHA2_TO_NUMERIC.GB).toBe('826');
    expect(ALPHA2_TO_NUMERIC.AF).toBe('004'); // zero-padded like world-atlas
    expect(alpha2ToNumeric('de')).toBe('276');
    expect(alpha2ToNumeric('ZZ')).toBeUndefined();
    expect(alpha2ToNumeric('toString')).toBeUndefined();
  });

  it('covers every ISO country, one-to-one', () => {
    const entries = Object.entries(ALPHA2_TO_NUMERIC);
    expect(entries.length).toBeGreaterThanOrEqual(240);
    for (const [a, n] of entries) {
      expect(a).toMatch(/^[A-Z]{2}$/);
      expect(n).toMatch(/^\d{3}$/);
    }
    expect(new Set(entries.map(([, n]) => n)).size).toBe(entries.length);
    expect(NUMERIC_TO_ALPHA2['250']).toBe('FR');
  });
});

describe('FIPS -> postal', () => {
  it('maps state FIPS codes', () => {
    expect(fipsToPostal('06')).toBe('CA');
    expect(fipsToPostal('36')).toBe('NY');
    expect(fipsToPostal('11')).toBe('DC');
    expect(fipsToPostal(6)).toBe('CA');
    expect(fipsToPostal('03')).toBeUndefined(); // never assigned
  });

  it('has the 50 states and DC, all distinct', () => {
    const postal = Object.values(FIPS_TO_POSTAL);
    expect(new Set(postal).size).toBe(postal.length);
    expect(postal.filter((p) => !['AS', 'GU', 'MP', 'PR', 'VI'].includes(p))).toHaveLength(51);
  });

  it('reads server region codes', () => {
    expect(regionPostal('US-CA')).toBe('CA');
    expect(regionPostal('us-ny')).toBe('NY');
    expect(regionPostal('TX')).toBe('TX');
    expect(regionPostal('US-<script>')).toBe('');
  });
});

describe('color scales', () => {
  it('puts volume on a log scale: min at 0, max at 1, the geometric middle at 0.5', () => {
    expect(logPosition(1, 1, 10_000)).toBe(0);
    expect(logPosition(10_000, 1, 10_000)).toBe(1);
    expect(logPosition(100, 1, 10_000)).toBeCloseTo(0.5, 10);
    expect(logPosition(5, 5, 5)).toBe(1);
  });

  it('gives no fill for no mention', () => {
    expect(volumeColor(0, 1, 10)).toBeNull();
    expect(volumeColor(Number.NaN, 1, 10)).toBeNull();
    expect(netColor(0.5, 0)).toBeNull();
  });

  it('ramps volume from the dim to the bright blue', () => {
    expect(volumeColor(1, 1, 1000)).toBe(VOLUME_RAMP[0]);
    expect(volumeColor(1000, 1, 1000)).toBe(VOLUME_RAMP[VOLUME_RAMP.length - 1]);
  });

  it('diverges net sentiment: vermillion for -1, grey for 0, blue for +1', () => {
    expect(netColor(-1, 5)?.toUpperCase()).toBe('#D55E00');
    expect(netColor(1, 5)?.toUpperCase()).toBe('#0072B2');
    expect(netColor(0, 5)).toBe(NET_RAMP[2]);
    expect(netColor(-9, 5)?.toUpperCase()).toBe('#D55E00'); // clamped
  });

  it('interpolates between stops', () => {
    expect(rampColor(['#000000', '#ffffff'], 0.5)).toBe('#808080');
    expect(rampColor(['#000000', '#ffffff'], 2)).toBe('#ffffff');
  });
});

describe('geo adapter', () => {
  it('keys countries by alpha-2 and shades by volume (log), with a legend from min to max', () => {
    const d = geoAdapter(panels({ countries: [place('FR', 100, 0, 0), place('de', 0, 10, 0), place('US', 1, 0, 0), place('', 5, 0, 0)] }));
    expect([...d.places.keys()].sort()).toEqual(['DE', 'FR', 'US']);
    expect(d.places.get('FR')!.fill).toBe(VOLUME_RAMP[VOLUME_RAMP.length - 1]);
    expect(d.places.get('US')!.fill).toBe(VOLUME_RAMP[0]);
    expect(d.places.get('DE')!.fill).toBe(rampColor(VOLUME_RAMP, 0.5));
    expect(d.legend.minLabel).toBe('1');
    expect(d.legend.maxLabel).toBe('100');
    expect(d.total).toBe(111);
  });

  it('shades by net sentiment when asked', () => {
    const d = geoAdapter(panels({ countries: [place('FR', 0, 0, 4), place('GB', 3, 0, 1)] }), 'net');
    expect(d.places.get('FR')!.net).toBe(-1);
    expect(d.places.get('FR')!.fill?.toUpperCase()).toBe('#D55E00');
    expect(d.places.get('GB')!.net).toBe(0.5);
    expect(d.legend.minLabel).toBe('-100%');
  });

  it('takes the top 10 places as hot spots, largest first', () => {
    const countries = Array.from({ length: 15 }, (_, i) => place(String.fromCharCode(65 + i) + 'X', i + 1, 0, 0));
    const d = geoAdapter(panels({ countries }));
    expect(d.hotspots).toHaveLength(10);
    expect(d.hotspots[0].key).toBe('OX');
    expect(d.hotspots[0].count).toBe(15);
    expect(d.maxCount).toBe(15);
  });

  it('reads US regions for the US map', () => {
    const d = geoAdapter(panels({ regions: [place('US-CA', 5, 0, 0), place('US-NY', 2, 0, 0)], countries: [place('FR', 1, 0, 0)] }), 'volume', 'us');
    expect([...d.places.keys()]).toEqual(['CA', 'NY']);
    expect(placeKey('US-TX', 'us')).toBe('TX');
    expect(placeKey('US-TX', 'world')).toBe('');
  });

  it('is empty, without fills, before data', () => {
    const d = geoAdapter(null);
    expect(d.places.size).toBe(0);
    expect(d.hotspots).toEqual([]);
    expect(d.legend.maxLabel).toBe('0');
  });

  it('sizes bubbles by area', () => {
    expect(bubbleRadius(100, 100, 2, 40)).toBe(40);
    expect(bubbleRadius(25, 100, 2, 40)).toBe(20);
    expect(bubbleRadius(0, 100, 2, 40)).toBe(0);
    expect(bubbleRadius(1, 1_000_000, 2, 40)).toBe(2);
  });
});
