import type { PanelData, PlaceCount } from '../../../shared/frame';
import { compactNumber, signedPercent } from '../../format/number';
import { regionPostal } from './fips';
import { NET_RAMP, VOLUME_RAMP, legendGradient, netColor, volumeColor } from './scale';

export type GeoMetric = 'volume' | 'net';
export type GeoMap = 'world' | 'us';

/** Hot-spot bubbles drawn at most. */
export const HOTSPOTS_MAX = 10;

export interface GeoPlace {
  /** Map key: ISO alpha-2 ("FR") on the world map, USPS postal code ("CA") on the US map. */
  key: string;
  count: number;
  positive: number;
  neutral: number;
  negative: number;
  /** (pos - neg) / count, in [-1, 1]. */
  net: number;
  /** Fill for the chosen metric; null for no fill. */
  fill: string | null;
}

export interface GeoLegend {
  title: string;
  gradient: string;
  minLabel: string;
  maxLabel: string;
}

export interface GeoData {
  map: GeoMap;
  metric: GeoMetric;
  /** Places with mentions, by key. */
  places: Map<string, GeoPlace>;
  /** Largest places first, at most HOTSPOTS_MAX, for the bubbles. */
  hotspots: GeoPlace[];
  maxCount: number;
  total: number;
  legend: GeoLegend;
}

const num = (n: unknown) => (typeof n === 'number' && Number.isFinite(n) && n > 0 ? n : 0);

/** The key of a place on the chosen map ("" when it does not belong there). */
export function placeKey(code: string, map: GeoMap): string {
  if (typeof code !== 'string') return '';
  if (map === 'us') return regionPostal(code);
  const c = code.trim().toUpperCase();
  return /^[A-Z]{2}$/.test(c) ? c : '';
}

/**
 * Places keyed for the map (duplicates summed), shaded by volume (log blue ramp between the
 * smallest and largest count) or by net sentiment (diverging, fixed -100%..+100%).
 */
export function geoAdapter(panels: PanelData | null, metric: GeoMetric = 'volume', map: GeoMap = 'world', hotspotsMax = HOTSPOTS_MAX): GeoData {
  const src: readonly PlaceCount[] = (map === 'us' ? panels?.regions : panels?.countries) ?? [];
  const places = new Map<string, GeoPlace>();
  for (const p of Array.isArray(src) ? src : []) {
    const key = placeKey(p?.code, map);
    const count = num(p?.count);
    if (!key || count === 0) continue;
    const prev = places.get(key);
    const g: GeoPlace = prev ?? { key, count: 0, positive: 0, neutral: 0, negative: 0, net: 0, fill: null };
    g.count += count;
    g.positive += num(p.positive);
    g.neutral += num(p.neutral);
    g.negative += num(p.negative);
    places.set(key, g);
  }
  let min = Infinity;
  let max = 0;
  let total = 0;
  for (const g of places.values()) {
    g.net = g.count > 0 ? Math.max(-1, Math.min(1, (g.positive - g.negative) / g.count)) : 0;
    min = Math.min(min, g.count);
    max = Math.max(max, g.count);
    total += g.count;
  }
  for (const g of places.values()) g.fill = metric === 'net' ? netColor(g.net, g.count) : volumeColor(g.count, min, max);
  const hotspots = [...places.values()].sort((a, b) => b.count - a.count || a.key.localeCompare(b.key)).slice(0, Math.max(0, hotspotsMax));
  const legend: GeoLegend =
    metric === 'net'
      ? { title: 'Net sentiment', gradient: legendGradient(NET_RAMP), minLabel: signedPercent(-1), maxLabel: signedPercent(1) }
      : {
          title: 'Mentions (log)',
          gradient: legendGradient(VOLUME_RAMP),
          minLabel: places.size ? compactNumber(min) : '0',
          maxLabel: places.size ? compactNumber(max) : '0',
        };
  return { map, metric, places, hotspots, maxCount: max, total, legend };
}

/** Bubble radius for `count`, area proportional to the count: rMax at `max`, never below rMin. */
export function bubbleRadius(count: number, max: number, rMin: number, rMax: number): number {
  if (!(count > 0) || !(max > 0)) return 0;
  return Math.max(rMin, rMax * Math.sqrt(Math.min(1, count / max)));
}
