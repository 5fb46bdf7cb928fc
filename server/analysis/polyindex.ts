/**
 * A point-in-polygon index over named polygons (countries, US states). Every polygon gets a
 * bounding box and is listed in the cells of a coarse grid, so a lookup tests only the few
 * polygons whose box holds the point.
 *
 * The point-in-polygon test is a planar even-odd ray test over the polygon's edges, bucketed in
 * latitude bands so one test reads a few dozen edges. d3-geo's spherical geoContains gives the
 * same answers here (Natural Earth polygons are cut at the antimeridian and their edges are a few
 * km long; a unit test checks the agreement) but costs 0.3-1 ms on the large polygons, against
 * about a microsecond. A point just off a coast (coarse coastlines; airports sit on bays) gets the
 * polygon within COAST_TOLERANCE_KM. Results are memoised per ~1 km cell, in a bounded cache.
 */
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Polygon, MultiPolygon, Position } from 'geojson';

const GRID_DEG = 10;
const GRID_COLS = 360 / GRID_DEG;
const GRID_ROWS = 180 / GRID_DEG;
const LON_MIN = -180;
const LAT_MIN = -90;
/** Latitude bands per polygon: about EDGES_PER_BAND edges each, at most BANDS_MAX. */
const EDGES_PER_BAND = 8;
const BANDS_MAX = 256;
const KM_PER_DEG = 111.32;
const COAST_TOLERANCE_KM = 15;
const COAST_TOLERANCE_DEG = COAST_TOLERANCE_KM / KM_PER_DEG;
const DEG_TO_RAD = Math.PI / 180;
/** Memo cell: 0.01 degree (about 1 km). */
const CACHE_CELLS_PER_DEG = 100;
const CACHE_ROW = 360 * CACHE_CELLS_PER_DEG + 1;
const CACHE_MAX = 50_000;

/** One polygon (outer ring and holes) with its edges as [x1, y1, x2, y2] runs, bucketed by band. */
export interface Poly {
  /** What the polygon stands for ("FR", "US-CA"). */
  code: string;
  minLon: number;
  minLat: number;
  maxLon: number;
  maxLat: number;
  edges: Float64Array;
  bandHeight: number;
  /** Edges of band b: bandEdges[bandStart[b] .. bandStart[b + 1]) (edge numbers). */
  bandStart: Int32Array;
  bandEdges: Int32Array;
  geom: Polygon;
}

export interface PolyIndex {
  polys: Poly[];
  cells: number[][];
  cache: Map<number, string | null>;
}

function cellOf(lat: number, lon: number): number {
  const col = Math.min(GRID_COLS - 1, Math.max(0, Math.floor((lon - LON_MIN) / GRID_DEG)));
  const row = Math.min(GRID_ROWS - 1, Math.max(0, Math.floor((lat - LAT_MIN) / GRID_DEG)));
  return row * GRID_COLS + col;
}

function bandOf(p: Poly, lat: number): number {
  const bands = p.bandStart.length - 1;
  return Math.min(bands - 1, Math.max(0, Math.floor((lat - p.minLat) / p.bandHeight)));
}

const HALF_TURN = 180;
const FULL_TURN = 360;
const POLE_LAT = 90;

/**
 * A ring as planar edges. world-atlas does not cut rings at the antimeridian: a ring crossing it
 * twice (Russia, Fiji) is unwrapped to continuous longitudes (some beyond 180); a ring crossing it
 * once goes round a pole (Antarctica) and is closed along that pole.
 */
function planarRing(ring: Position[]): Position[] {
  let jumps = 0;
  for (let i = 1; i < ring.length; i++) if (Math.abs(ring[i][0] - ring[i - 1][0]) > HALF_TURN) jumps++;
  if (jumps === 0) return ring;
  const out: Position[] = [ring[0]];
  if (jumps % 2 === 0) {
    let shift = 0;
    for (let i = 1; i < ring.length; i++) {
      const d = ring[i][0] - ring[i - 1][0];
      if (d < -HALF_TURN) shift += FULL_TURN;
      else if (d > HALF_TURN) shift -= FULL_TURN;
      out.push([ring[i][0] + shift, ring[i][1]]);
    }
    return out;
  }
  let latSum = 0;
  for (const c of ring) latSum += c[1];
  const pole = latSum < 0 ? -POLE_LAT : POLE_LAT;
  for (let i = 1; i < ring.length; i++) {
    const [x0, y0] = ring[i - 1], [x1, y1] = ring[i];
    if (Math.abs(x1 - x0) > HALF_TURN) {
      const from = Math.sign(x0) * HALF_TURN, to = Math.sign(x1) * HALF_TURN;
      out.push([from, y0], [from, pole], [to, pole], [to, y1]);
    }
    out.push(ring[i]);
  }
  return out;
}

function makePoly(code: string, geom: Polygon): Poly {
  let minLon = Infinity, minLat = Infinity, maxLon = -Infinity, maxLat = -Infinity;
  const flat: number[] = [];
  for (const raw of geom.coordinates) {
    const ring = planarRing(raw);
    for (let i = 1; i < ring.length; i++) flat.push(ring[i - 1][0], ring[i - 1][1], ring[i][0], ring[i][1]);
    for (const [lon, lat] of ring) {
      minLon = Math.min(minLon, lon); maxLon = Math.max(maxLon, lon);
      minLat = Math.min(minLat, lat); maxLat = Math.max(maxLat, lat);
    }
  }
  const edges = Float64Array.from(flat);
  const count = edges.length / 4;
  const bands = Math.max(1, Math.min(BANDS_MAX, Math.ceil(count / EDGES_PER_BAND)));
  const p: Poly = {
    code, minLon, minLat, maxLon, maxLat, edges, geom,
    bandHeight: Math.max((maxLat - minLat) / bands, Number.EPSILON),
    bandStart: new Int32Array(bands + 1), bandEdges: new Int32Array(0),
  };
  const lists: number[][] = Array.from({ length: bands }, () => []);
  for (let e = 0; e < count; e++) {
    const y1 = edges[e * 4 + 1], y2 = edges[e * 4 + 3];
    for (let b = bandOf(p, Math.min(y1, y2)); b <= bandOf(p, Math.max(y1, y2)); b++) lists[b].push(e);
  }
  let n = 0;
  lists.forEach((l, b) => { p.bandStart[b] = n; n += l.length; });
  p.bandStart[bands] = n;
  p.bandEdges = Int32Array.from(lists.flat());
  return p;
}


/**
 * Builds an index from a TopoJSON object; codeOf names each feature (null: left out). A feature's
 * polygons are listed separately, all with its code.
 */
export function buildIndex<P extends { [name: string]: unknown }>(
  topo: Topology<Record<string, GeometryCollection<P>>>, object: string,
  codeOf: (id: string | undefined, props: P | null) => string | null | undefined,
): PolyIndex {
  const fc = feature(topo, topo.objects[object]);
  const polys: Poly[] = [];
  for (const f of fc.features) {
    const code = codeOf(f.id === undefined ? undefined : String(f.id), f.properties);
    if (code === null || code === undefined || f.geometry === null) continue;
    const g = f.geometry as Polygon | MultiPolygon;
    const parts = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
    for (const coordinates of parts) polys.push(makePoly(code, { type: 'Polygon', coordinates }));
  }
  const cells: number[][] = Array.from({ length: GRID_COLS * GRID_ROWS }, () => []);
  polys.forEach((p, i) => {
    const wraps = p.maxLon > HALF_TURN; // unwrapped past the antimeridian: list it in every column
    const c0 = cellOf(p.minLat, wraps ? -HALF_TURN : p.minLon);
    const c1 = cellOf(p.maxLat, wraps ? HALF_TURN : p.maxLon);
    const row0 = Math.floor(c0 / GRID_COLS), row1 = Math.floor(c1 / GRID_COLS);
    const col0 = c0 % GRID_COLS, col1 = c1 % GRID_COLS;
    for (let r = row0; r <= row1; r++) for (let c = col0; c <= col1; c++) cells[r * GRID_COLS + c].push(i);
  });
  return { polys, cells, cache: new Map() };
}

function inBox(p: Poly, lat: number, lon: number, pad: number): boolean {
  return lon >= p.minLon - pad && lon <= p.maxLon + pad && lat >= p.minLat - pad && lat <= p.maxLat + pad;
}

/** Even-odd ray test (ray towards +lon) over the edges of the point's latitude band. */
export function polyContains(p: Poly, lat: number, lon: number): boolean {
  if (inBox(p, lat, lon, 0) && rayTest(p, lat, lon)) return true;
  return p.maxLon > HALF_TURN && inBox(p, lat, lon + FULL_TURN, 0) && rayTest(p, lat, lon + FULL_TURN);
}

function rayTest(p: Poly, lat: number, lon: number): boolean {
  const b = bandOf(p, lat);
  const { edges, bandEdges } = p;
  let inside = false;
  for (let k = p.bandStart[b]; k < p.bandStart[b + 1]; k++) {
    const o = bandEdges[k] * 4;
    const y1 = edges[o + 1], y2 = edges[o + 3];
    if ((y1 > lat) === (y2 > lat)) continue;
    const x = edges[o] + ((lat - y1) * (edges[o + 2] - edges[o])) / (y2 - y1);
    if (lon < x) inside = !inside;
  }
  return inside;
}

/** Distance in km from a point to the nearest edge of a polygon (equirectangular, fine at this scale). */
function distanceKm(p: Poly, lat: number, lon: number): number {
  const kx = Math.cos(lat * DEG_TO_RAD);
  const { edges, bandEdges } = p;
  let best = Infinity;
  const b0 = bandOf(p, lat - COAST_TOLERANCE_DEG), b1 = bandOf(p, lat + COAST_TOLERANCE_DEG);
  for (let k = p.bandStart[b0]; k < p.bandStart[b1 + 1]; k++) {
    const o = bandEdges[k] * 4;
    const ax = (edges[o] - lon) * kx, ay = edges[o + 1] - lat;
    const dx = (edges[o + 2] - lon) * kx - ax, dy = edges[o + 3] - lat - ay;
    const len2 = dx * dx + dy * dy;
    const u = len2 === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / len2));
    const x = ax + u * dx, y = ay + u * dy;
    best = Math.min(best, Math.sqrt(x * x + y * y));
  }
  return best * KM_PER_DEG;
}

function lookup(ix: PolyIndex, lat: number, lon: number): string | null {
  for (const i of ix.cells[cellOf(lat, lon)]) {
    const p = ix.polys[i];
    if (polyContains(p, lat, lon)) return p.code;
  }
  let best: string | null = null;
  let bestKm = COAST_TOLERANCE_KM;
  for (const p of ix.polys) {
    if (!inBox(p, lat, lon, COAST_TOLERANCE_DEG) && !inBox(p, lat, lon + FULL_TURN, COAST_TOLERANCE_DEG)) continue;
    let km = distanceKm(p, lat, lon);
    if (p.maxLon > HALF_TURN) km = Math.min(km, distanceKm(p, lat, lon + FULL_TURN));
    if (km <= bestKm) { bestKm = km; best = p.code; }
  }
  return best;
}


/** Code of the polygon holding (or within the coast tolerance of) a coordinate, or undefined. Memoised. */
export function codeAt(ix: PolyIndex, lat: number, lon: number): string | undefined {
  const key = Math.round((lat + 90) * CACHE_CELLS_PER_DEG) * CACHE_ROW + Math.round((lon + 180) * CACHE_CELLS_PER_DEG);
  let c = ix.cache.get(key);
  if (c === undefined) {
    c = lookup(ix, lat, lon);
    if (ix.cache.size >= CACHE_MAX) ix.cache.clear();
    ix.cache.set(key, c);
  }
  return c ?? undefined;
}
