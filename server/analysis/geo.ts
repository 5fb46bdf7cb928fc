/**
 * Country and US state of a coordinate, from real boundaries: Natural Earth's 1:50m countries
 * (world-atlas) and the Census Bureau's 1:10m states (us-atlas, FIPS ids mapped to postal codes).
 * Both are built once (lazily, at model compile time) into the grid-and-band polygon index of
 * polyindex.ts. A state is looked up only for a point the country index puts in the US, so a
 * point near a border is never given a state of one country and the country of another.
 */
import { createRequire } from 'node:module';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { buildIndex, codeAt, type Poly, type PolyIndex } from './polyindex';

export { polyContains, type Poly } from './polyindex';

const require = createRequire(import.meta.url);

const US = 'US';
const LAT_MAX = 90;
const LON_MAX = 180;
/** Natural Earth features without an ISO numeric code, by name. */
const UNCODED = new Map([['Kosovo', 'XK'], ['N. Cyprus', 'CY'], ['Somaliland', 'SO']]);

/**
 * State FIPS code -> ISO 3166-2 code. The territories (AS, GU, MP, PR, VI) are left out: they have
 * ISO country codes of their own, which the country index already gives.
 */
export const FIPS_TO_STATE: ReadonlyMap<string, string> = new Map(`
01 AL|02 AK|04 AZ|05 AR|06 CA|08 CO|09 CT|10 DE|11 DC|12 FL|13 GA|15 HI|16 ID|17 IL|18 IN|19 IA
20 KS|21 KY|22 LA|23 ME|24 MD|25 MA|26 MI|27 MN|28 MS|29 MO|30 MT|31 NE|32 NV|33 NH|34 NJ|35 NM
36 NY|37 NC|38 ND|39 OH|40 OK|41 OR|42 PA|44 RI|45 SC|46 SD|47 TN|48 TX|49 UT|50 VT|51 VA|53 WA
54 WV|55 WI|56 WY`.trim().split(/[|\n]/).map((pair) => {
  const [fips, postal] = pair.split(' ');
  return [fips, `${US}-${postal}`] as [string, string];
}));

let countries: PolyIndex | null = null;
let states: PolyIndex | null = null;

function buildCountries(): PolyIndex {
  const topo = require('world-atlas/countries-50m.json') as Topology<Record<string, GeometryCollection<{ name: string }>>>;
  const iso = require('i18n-iso-countries/index.js') as { numericToAlpha2(n: string): string | undefined };
  return buildIndex(topo, 'countries', (id, props) =>
    (id !== undefined ? iso.numericToAlpha2(id) : undefined) ?? UNCODED.get(props?.name ?? ''));
}

function buildStates(): PolyIndex {
  const topo = require('us-atlas/states-10m.json') as Topology<Record<string, GeometryCollection<{ name: string }>>>;
  return buildIndex(topo, 'states', (id) => (id === undefined ? null : FIPS_TO_STATE.get(id)));
}

/** Loads the boundaries (a few hundred ms); later calls are free. */
export function loadGeoIndex(): void {
  countries ??= buildCountries();
  states ??= buildStates();
}

/** Every country polygon of the index (for tests that compare with d3-geo). */
export function geoPolygons(): readonly Poly[] {
  loadGeoIndex();
  return (countries as PolyIndex).polys;
}

/** Every US state polygon. */
export function statePolygons(): readonly Poly[] {
  loadGeoIndex();
  return (states as PolyIndex).polys;
}

function valid(lat: number, lon: number): boolean {
  return Number.isFinite(lat) && Number.isFinite(lon) && !(lat === 0 && lon === 0) &&
    Math.abs(lat) <= LAT_MAX && Math.abs(lon) <= LON_MAX;
}

/** ISO alpha-2 country at a coordinate, or undefined (sea, or (0, 0) which means "unknown"). */
export function countryAt(lat: number, lon: number): string | undefined {
  if (!valid(lat, lon)) return undefined;
  loadGeoIndex();
  return codeAt(countries as PolyIndex, lat, lon);
}

/** "US-CA" for a point in a US state, else the country code ("FR", "US" off every state), or undefined. */
export function placeCodeAt(lat: number, lon: number): string | undefined {
  const country = countryAt(lat, lon);
  if (country !== US) return country;
  return codeAt(states as PolyIndex, lat, lon) ?? country;
}
