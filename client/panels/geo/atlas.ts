import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { NUMERIC_TO_ALPHA2 } from '../../../shared/iso-numeric';
import { FIPS_TO_POSTAL } from './fips';
import type { GeoMap } from './adapter';

export interface AtlasShape {
  /** Key the data uses: alpha-2 ("FR") on the world, postal ("CA") in the US; "" when unknown. */
  key: string;
  name: string;
  feature: Feature<Geometry>;
}

export interface Atlas {
  map: GeoMap;
  shapes: AtlasShape[];
  /** What the projection is fitted to. */
  outline: FeatureCollection<Geometry>;
}

/** Features without an ISO id in world-atlas, matched by name. */
const WORLD_NAME_KEYS: Readonly<Record<string, string>> = { Kosovo: 'XK' };
/** Antarctica takes a fifth of the height of a world map and carries no mentions. */
const WORLD_DROP = new Set(['010']);
/** geoAlbersUsa draws the 50 states and DC; territories fall outside it. */
const US_DROP = new Set(['60', '66', '69', '72', '78']);

const cache = new Map<GeoMap, Promise<Atlas>>();

/**
 * The map's shapes, loaded once and lazily: the topojson files and topojson-client are dynamic
 * imports, so they land in their own chunks and only a wall that shows a map downloads them.
 */
export function loadAtlas(map: GeoMap): Promise<Atlas> {
  let p = cache.get(map);
  if (!p) {
    p = (map === 'us' ? loadUs() : loadWorld()).catch((err: unknown) => {
      cache.delete(map); // let a later mount retry
      throw err;
    });
    cache.set(map, p);
  }
  return p;
}

async function loadWorld(): Promise<Atlas> {
  const [{ feature }, mod] = await Promise.all([import('topojson-client'), import('world-atlas/countries-110m.json')]);
  const topo = mod.default as unknown as Topology<{ countries: GeometryCollection<{ name?: string }> }>;
  const all = feature(topo, topo.objects.countries).features;
  const shapes: AtlasShape[] = [];
  for (const f of all) {
    const id = f.id === undefined ? '' : String(f.id);
    if (WORLD_DROP.has(id)) continue;
    const name = String(f.properties?.name ?? '');
    shapes.push({ key: (id && NUMERIC_TO_ALPHA2[id]) || WORLD_NAME_KEYS[name] || '', name, feature: f as Feature<Geometry> });
  }
  return { map: 'world', shapes, outline: { type: 'FeatureCollection', features: shapes.map((s) => s.feature) } };
}

async function loadUs(): Promise<Atlas> {
  const [{ feature }, mod] = await Promise.all([import('topojson-client'), import('us-atlas/states-10m.json')]);
  const topo = mod.default as unknown as Topology<{ states: GeometryCollection<{ name?: string }> }>;
  const all = feature(topo, topo.objects.states).features;
  const shapes: AtlasShape[] = [];
  for (const f of all) {
    const id = f.id === undefined ? '' : String(f.id).padStart(2, '0');
    if (US_DROP.has(id)) continue;
    shapes.push({ key: FIPS_TO_POSTAL[id] ?? '', name: String(f.properties?.name ?? ''), feature: f as Feature<Geometry> });
  }
  return { map: 'us', shapes, outline: { type: 'FeatureCollection', features: shapes.map((s) => s.feature) } };
}
