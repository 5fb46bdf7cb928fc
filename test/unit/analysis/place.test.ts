import { describe, expect, it } from 'vitest';
import { geoContains } from 'd3-geo';
import { analyze, compileModel } from '../../../server/analysis';
import { countryAt, geoPolygons, polyContains } from '../../../server/analysis/geo';
import { resolveLocation } from '../../../server/analysis/gazetteer';
import { resolveTimezone } from '../../../server/analysis/timezones';
import { loadConfig, mention } from './helpers';

const model = compileModel(loadConfig('airlines.tracking.json'));
const placeOf = (author: { location?: string; timezone?: string }, geo?: { lat: number; lon: number }) =>
  analyze(mention('hi', { author, geo }), model, 0).place;

describe('place from coordinates', () => {
  it.each([
    [48.86, 2.35, 'FR'], [40.71, -74.0, 'US'], [-33.87, 151.21, 'AU'], [51.5, -0.12, 'GB'],
    [35.68, 139.69, 'JP'], [19.43, -99.13, 'MX'], [43.65, -79.38, 'CA'], [-29.6, 28.2, 'LS'],
    [43.93, 12.45, 'SM'], [65.5, -172, 'RU'], [-17.8, 178.0, 'FJ'], [-80, 0, 'AQ'],
    [42.67, 21.17, 'XK'], [18.2, -66.5, 'PR'],
    // airports on the water's edge (the 1:50m coastline is coarse)
    [40.6465, -73.7833, 'US'], [37.6201, -122.3882, 'US'],
  ])('%f, %f -> %s', (lat, lon, cc) => {
    expect(countryAt(lat, lon)).toBe(cc);
  });

  it('open sea and (0, 0) are unknown', () => {
    expect(countryAt(30, -40)).toBeUndefined();
    expect(countryAt(-40, -120)).toBeUndefined();
    expect(countryAt(0, 0)).toBeUndefined();
    expect(placeOf({}, { lat: 0, lon: 0 })).toEqual({});
  });

  it('geo wins over the profile location', () => {
    expect(placeOf({ location: 'London, UK' }, { lat: 40.71, lon: -74.0 })).toEqual({ country: 'US', region: 'US-NY', via: 'geo' });
    expect(placeOf({ location: 'London, UK' }, { lat: 0, lon: 0 })).toEqual({ country: 'GB', via: 'location' });
  });

  it('the banded ray test agrees with d3-geo geoContains', () => {
    const polys = geoPolygons();
    let rnd = 42;
    const random = () => ((rnd = (rnd * 1103515245 + 12345) % 2147483648) / 2147483648);
    let checked = 0;
    for (let i = 0; i < 400; i++) {
      const lat = -89 + random() * 178, lon = -180 + random() * 360;
      for (const p of polys) {
        if (lat < p.minLat || lat > p.maxLat) continue;
        expect(polyContains(p, lat, lon), `${p.code} ${lat},${lon}`).toBe(geoContains(p.geom, [lon, lat]));
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(1000);
  });
});

describe('place from the profile location', () => {
  it.each([
    ['NYC', 'US', 'US-NY'], ['New York, NY', 'US', 'US-NY'], ['Washington, DC', 'US', 'US-DC'],
    ['Washington, D.C.', 'US', 'US-DC'], ['London, UK', 'GB', undefined], ['London', 'GB', undefined],
    ['Los Angeles, CA', 'US', 'US-CA'], ['Austin, TX', 'US', 'US-TX'], ['McKinney TX', 'US', 'US-TX'],
    ['Texas', 'US', 'US-TX'], ['USA', 'US', undefined], ['United States', 'US', undefined],
    ['Chicago', 'US', 'US-IL'], ['SF Bay Area', 'US', 'US-CA'], ['LA', 'US', 'US-CA'], ['Boston, MA', 'US', 'US-MA'],
    ['Toronto', 'CA', undefined], ['Vancouver, WA', 'US', 'US-WA'], ['Vancouver, Canada', 'CA', undefined],
    ['Sydney', 'AU', undefined], ['Mumbai', 'IN', undefined], ['England', 'GB', undefined],
    ['Cambridge, MA, USA', 'US', 'US-MA'], ['Toronto, Ontario, Canada', 'CA', undefined],
    ['Paris, Texas', 'US', 'US-TX'], ['Paris', 'FR', undefined], ['São Paulo', 'BR', undefined],
    ['deep in the ❤ of Texas...', 'US', 'US-TX'], ['Long Island - Arizona', 'US', undefined],
    ['ÜT: 40.96513,-73.872957', 'US', 'US-NY'], ['Russia, Россия', 'RU', undefined],
  ])('%s -> %s %s', (location, country, region) => {
    const p = placeOf({ location });
    expect(p).toEqual(region ? { country, region, via: 'location' } : { country, via: 'location' });
  });

  it.each(['somewhere', 'Earth', 'in your heart', 'Global', 'Everywhere', 'usa::fr::uk', 'NEIN, London, or Maui.', 'Lost in LA', '', '   '])(
    '%j stays unknown', (location) => {
      expect(resolveLocation(location)).toBeNull();
      expect(placeOf({ location })).toEqual({});
    });
});

describe('place from the time zone', () => {
  it('maps single-country zones, leaves multi-country ones unknown', () => {
    expect(placeOf({ timezone: 'London' })).toEqual({ country: 'GB', via: 'timezone' });
    expect(placeOf({ timezone: 'Arizona' })).toEqual({ country: 'US', region: 'US-AZ', via: 'timezone' });
    expect(placeOf({ timezone: 'America/New_York' })).toEqual({ country: 'US', via: 'timezone' });
    expect(resolveTimezone('Eastern Time (US & Canada)')).toBeNull();
    expect(resolveTimezone('Quito')).toBeNull();
    expect(placeOf({ timezone: 'Atlantic Time (Canada)' })).toEqual({});
  });

  it('the location wins over the time zone, which is the fallback', () => {
    expect(placeOf({ location: 'Austin, TX', timezone: 'London' })).toMatchObject({ country: 'US', via: 'location' });
    expect(placeOf({ location: 'Earth', timezone: 'Sydney' })).toEqual({ country: 'AU', via: 'timezone' });
  });
});
