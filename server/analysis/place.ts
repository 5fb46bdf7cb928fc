/**
 * Where a mention comes from: its coordinates (real country boundaries), else its author's
 * free-text location (gazetteer, or coordinates written in it), else an unambiguous time zone.
 * Unknown stays unknown. Region (ISO 3166-2, "US-CA"): US states from coordinates (us-atlas
 * boundaries), or named in the location or time zone.
 */
import type { Mention, Place } from '../../shared/mention';
import { loadGeoIndex, placeCodeAt } from './geo';
import { coordinatesIn, loadGazetteer, resolveLocation } from './gazetteer';
import { loadTimezones, resolveTimezone } from './timezones';

const LOCATION_CACHE_MAX = 20_000;
const COUNTRY_LEN = 2;

export interface PlaceModel {
  /** Memo: location text -> "US-TX" / "GB" / null. Cleared when full. */
  locations: Map<string, string | null>;
}

export function compilePlace(): PlaceModel {
  loadGeoIndex();
  loadGazetteer();
  loadTimezones();
  return { locations: new Map() };
}

function fromCode(code: string, via: Place['via']): Place {
  return code.length > COUNTRY_LEN ? { country: code.slice(0, COUNTRY_LEN), region: code, via } : { country: code, via };
}

function locationCode(pm: PlaceModel, location: string): string | null {
  let code = pm.locations.get(location);
  if (code !== undefined) return code;
  const xy = coordinatesIn(location);
  code = xy !== null ? placeCodeAt(xy.lat, xy.lon) ?? null : resolveLocation(location);
  if (pm.locations.size >= LOCATION_CACHE_MAX) pm.locations.clear();
  pm.locations.set(location, code);
  return code;
}

export function locate(pm: PlaceModel, m: Mention): Place {
  if (m.geo !== undefined) {
    const code = placeCodeAt(m.geo.lat, m.geo.lon);
    if (code !== undefined) return fromCode(code, 'geo');
  }
  const location = m.author?.location;
  if (location !== undefined && location.trim() !== '') {
    const code = locationCode(pm, location);
    if (code !== null) return fromCode(code, 'location');
  }
  const tz = m.author?.timezone;
  if (tz !== undefined && tz !== '') {
    const code = resolveTimezone(tz);
    if (code !== null) return fromCode(code, 'timezone');
  }
  return {};
}
