import { describe, expect, it } from 'vitest';
import { geoContains } from 'd3-geo';
import { analyze, compileModel } from '../../../server/analysis';
import { resolveLocation } from '../../../server/analysis/gazetteer';
import { FIPS_TO_STATE, placeCodeAt, polyContains, statePolygons } from '../../../server/analysis/geo';
import { loadConfig, mention } from './helpers';

const model = compileModel(loadConfig('airlines.tracking.json'));
const placeAt = (lat: number, lon: number) => analyze(mention('hi', { geo: { lat, lon } }), model, 0).place;

describe('US states from coordinates (us-atlas boundaries)', () => {
  it.each([
    [37.77, -122.42, 'US-CA'], [30.27, -97.74, 'US-TX'], [39.74, -104.99, 'US-CO'], [41.88, -87.63, 'US-IL'],
    [25.76, -80.19, 'US-FL'], [21.31, -157.86, 'US-HI'], [61.22, -149.9, 'US-AK'], [38.9, -77.03, 'US-DC'],
    [47.61, -122.33, 'US-WA'], [45.52, -122.68, 'US-OR'], [45.63, -122.67, 'US-WA'], // Portland OR vs Vancouver WA
    [39.1, -94.58, 'US-MO'], [39.11, -94.63, 'US-KS'], // Kansas City, both sides of State Line Rd
    [40.6465, -73.7833, 'US-NY'], [37.6201, -122.3882, 'US-CA'], [40.69, -74.17, 'US-NJ'], // JFK, SFO, EWR
  ])('%s,%s -> %s', (lat, lon, region) => {
    expect(placeAt(lat, lon)).toEqual({ country: 'US', region, via: 'geo' });
  });

  it('gives no region outside the US, and territories keep their own country code', () => {
    expect(placeAt(43.65, -79.38)).toEqual({ country: 'CA', via: 'geo' });
    expect(placeAt(18.45, -66.07)).toEqual({ country: 'PR', via: 'geo' });
    expect(placeAt(49.0, -123.0)).not.toHaveProperty('region', 'US-WA'); // just north of the 49th parallel
    expect(placeCodeAt(30, -40)).toBeUndefined();
  });

  it('the FIPS table covers the 50 states and DC, each found in the boundaries', () => {
    const codes = [...FIPS_TO_STATE.values()];
    expect(new Set(codes).size).toBe(51);
    for (const c of codes) expect(c).toMatch(/^US-[A-Z]{2}$/);
    const inData = new Set(statePolygons().map((p) => p.code));
    expect([...inData].sort()).toEqual([...codes].sort());
  });

  it('the banded ray test agrees with d3-geo on state polygons', () => {
    let rnd = 7;
    const random = () => ((rnd = (rnd * 1103515245 + 12345) % 2147483648) / 2147483648);
    let checked = 0;
    for (let i = 0; i < 300; i++) {
      const lat = 24 + random() * 26, lon = -125 + random() * 58;
      for (const p of statePolygons()) {
        if (lat < p.minLat || lat > p.maxLat || lon < p.minLon || lon > p.maxLon) continue;
        expect(polyContains(p, lat, lon), `${p.code} ${lat},${lon}`).toBe(geoContains(p.geom, [lon, lat]));
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(200);
  });
});

describe('metro nicknames in profile locations', () => {
  it.each([
    ['SF Bay Area', 'US-CA'], ['NYC', 'US-NY'], ['the Big Apple', 'US-NY'], ['DMV', 'US-DC'], ['Windy City', 'US-IL'],
    ['Beantown', 'US-MA'], ['Motor City', 'US-MI'], ['Mile High City', 'US-CO'], ['SoFla', 'US-FL'], ['Hampton Roads', 'US-VA'],
    ['Research Triangle', 'US-NC'], ['Inland Empire', 'US-CA'], ['Sin City', 'US-NV'], ['Nashvegas', 'US-TN'],
  ])('%s -> %s', (location, code) => {
    expect(resolveLocation(location)).toBe(code);
  });

  it('leaves ambiguous nicknames unknown', () => {
    for (const location of ['The Bay', 'OC', 'Jersey', 'NoHo']) expect(resolveLocation(location), location).toBeNull();
  });
});
