import { memo, useMemo } from 'react';
import { geoAlbersUsa, geoEqualEarth, geoPath, type GeoProjection } from 'd3-geo';
import type { Geometry, Polygon } from 'geojson';
import { compactNumber, formatCount, signedPercent } from '../../format/number';
import { useElementSize } from '../topics/useElementSize';
import { Waiting } from '../sentiment/SentimentView';
import { bubbleRadius, type GeoData, type GeoMap, type GeoMetric, type GeoPlace } from './adapter';
import type { Atlas } from './atlas';
import { SMALL_PLACES } from './smallPlaces';

export interface GeoOptions {
  /** Shade by volume (sequential, log) or by net sentiment (diverging). Default 'volume'. */
  metric?: GeoMetric;
  /** World countries or US states. Default 'world'. */
  map?: GeoMap;
  /** Hot-spot bubbles for the largest places (default 10; 0 hides them). */
  hotspots?: number;
  /** Panel title; default "Mentions by country · last hour" (or "by state"). */
  title?: string;
}

export interface GeoViewProps {
  data: GeoData;
  /** The loaded shapes; null while loading. */
  atlas: Atlas | null;
  /** The shapes failed to load. */
  failed?: boolean;
  remPx?: number;
  options?: GeoOptions;
}

/** Land without data. */
const LAND = '#222a33';
const BORDER = '#0d1014';
/** Top places whose bubble carries a label. */
const LABELLED = 5;

/** A choropleth (volume or net per place) with hot-spot bubbles and a legend; fits its box. */
export const GeoView = memo(function GeoView({ data, atlas, failed = false, remPx = 16, options }: GeoViewProps) {
  const [ref, size] = useElementSize<HTMLDivElement>();
  const title = options?.title ?? (data.map === 'us' ? 'Mentions by US state · last hour' : 'Mentions by country · last hour');
  return (
    <section className="panel xpanel geo" aria-label={title} data-testid="panel-geo" data-map={data.map} data-metric={data.metric}>
      <header className="panel__title" data-drill="window:1h" tabIndex={0}>
        {title}
        <span className="panel__meta">
          {data.places.size} {data.map === 'us' ? 'states' : 'countries'} · {formatCount(data.total)}
        </span>
      </header>
      <div className="geo__map" ref={ref}>
        {failed ? (
          <Waiting text="Map unavailable" />
        ) : atlas && atlas.map === data.map && size.width > 0 && size.height > 0 ? (
          <MapSvg atlas={atlas} data={data} width={size.width} height={size.height} remPx={remPx} />
        ) : (
          <Waiting text="Loading map…" />
        )}
        {data.places.size === 0 && !failed ? <p className="geo__waiting">Waiting for data…</p> : null}
        <Legend data={data} />
      </div>
    </section>
  );
});

interface Shape {
  key: string;
  name: string;
  d: string;
  /** Bubble anchor (centroid of the largest polygon), or null when off the projection. */
  anchor: [number, number] | null;
}

function makeProjection(map: GeoMap): GeoProjection {
  return map === 'us' ? geoAlbersUsa() : geoEqualEarth();
}

/** Shapes projected into the box: recomputed only when the atlas or the size changes. */
function useShapes(atlas: Atlas, width: number, height: number, pad: number) {
  return useMemo(() => {
    const projection = makeProjection(atlas.map).fitExtent(
      [
        [pad, pad],
        [Math.max(pad + 1, width - pad), Math.max(pad + 1, height - pad)],
      ],
      atlas.outline,
    );
    const path = geoPath(projection);
    const shapes: Shape[] = atlas.shapes.map((s) => {
      const d = path(s.feature) ?? '';
      const c = path.centroid(largestPart(s.feature.geometry, path.area));
      return { key: s.key, name: s.name, d, anchor: Number.isFinite(c[0]) && Number.isFinite(c[1]) ? c : null };
    });
    const anchors = new Map<string, [number, number]>();
    for (const s of shapes) if (s.key && s.anchor && !anchors.has(s.key)) anchors.set(s.key, s.anchor);
    return { shapes, anchors, projection };
  }, [atlas, width, height, pad]);
}

/** The polygon of a MultiPolygon with the largest projected area (France without Guiana, the US without Alaska). */
function largestPart(g: Geometry | null, area: (o: Polygon) => number): Geometry | Polygon {
  if (!g || g.type !== 'MultiPolygon') return g ?? { type: 'Polygon', coordinates: [] };
  let best: Polygon = { type: 'Polygon', coordinates: g.coordinates[0] ?? [] };
  let bestArea = -1;
  for (const coordinates of g.coordinates) {
    const p: Polygon = { type: 'Polygon', coordinates };
    const a = area(p);
    if (a > bestArea) {
      bestArea = a;
      best = p;
    }
  }
  return best;
}

function MapSvg({ atlas, data, width, height, remPx }: { atlas: Atlas; data: GeoData; width: number; height: number; remPx: number }) {
  const { shapes, anchors, projection } = useShapes(atlas, width, height, Math.round(remPx * 0.5));
  const kind = data.map === 'us' ? 'region' : 'country';
  const rMax = Math.max(remPx, Math.min(width, height) * 0.075);
  const rMin = remPx * 0.35;
  const bubbles = data.hotspots
    .map((p) => {
      let at = anchors.get(p.key) ?? null;
      if (!at && data.map === 'world' && SMALL_PLACES[p.key]) at = projection([...SMALL_PLACES[p.key]] as [number, number]);
      return at ? { p, at, r: bubbleRadius(p.count, data.maxCount, rMin, rMax) } : null;
    })
    .filter((b): b is { p: GeoPlace; at: [number, number]; r: number } => b !== null);
  const labelled = placeLabels(bubbles, remPx * 0.95, LABELLED);
  return (
    <svg className="geo__svg" width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-label="Map">
      <g>
        {shapes.map((s, i) => {
          const place = s.key ? data.places.get(s.key) : undefined;
          const testKey = kind === 'region' ? `US-${s.key}` : s.key;
          return (
            <path
              key={s.key || `i${i}`}
              d={s.d}
              fill={place?.fill ?? LAND}
              stroke={BORDER}
              strokeWidth={0.6}
              data-testid={s.key ? `geo-${kind}-${testKey}` : undefined}
              data-drill={place ? `${kind}:${testKey}` : undefined}
              data-count={place ? place.count : undefined}
            >
              <title>{place ? `${s.name}: ${formatCount(place.count)} · net ${signedPercent(place.net)}` : s.name}</title>
            </path>
          );
        })}
      </g>
      <g className="geo__bubbles">
        {bubbles.map(({ p, at, r }, i) => (
          <g key={p.key} data-testid={`geo-hotspot-${kind === 'region' ? `US-${p.key}` : p.key}`} data-count={p.count} data-drill={`${kind}:${kind === 'region' ? `US-${p.key}` : p.key}`}>
            <circle cx={at[0]} cy={at[1]} r={r} className="geo__bubble" />
            {labelled.has(i) ? (
              <text x={at[0]} y={at[1] + r + remPx * 0.95} className="geo__label" textAnchor="middle">
                {labelText(p)}
              </text>
            ) : null}
          </g>
        ))}
      </g>
    </svg>
  );
}

const labelText = (p: GeoPlace) => `${p.key} ${compactNumber(p.count)}`;

/** Indexes of the bubbles (largest first) that get a label: at most `max`, never two labels overlapping. */
function placeLabels(bubbles: { p: GeoPlace; at: [number, number]; r: number }[], fontPx: number, max: number): Set<number> {
  const boxes: [number, number, number, number][] = [];
  const out = new Set<number>();
  bubbles.forEach((b, i) => {
    if (out.size >= max) return;
    const w = labelText(b.p).length * fontPx * 0.62;
    const y = b.at[1] + b.r + fontPx * 0.95;
    const box: [number, number, number, number] = [b.at[0] - w / 2, y - fontPx, b.at[0] + w / 2, y + fontPx * 0.25];
    if (boxes.some((o) => box[0] < o[2] && o[0] < box[2] && box[1] < o[3] && o[1] < box[3])) return;
    boxes.push(box);
    out.add(i);
  });
  return out;
}

function Legend({ data }: { data: GeoData }) {
  const { legend } = data;
  return (
    <div className="geo__legend" data-testid="geo-legend">
      <div className="geo__legend-title">{legend.title}</div>
      <div className="geo__legend-bar" style={{ background: legend.gradient }} />
      <div className="geo__legend-labels">
        <span data-testid="geo-legend-min">{legend.minLabel}</span>
        {data.metric === 'net' ? <span>0%</span> : null}
        <span data-testid="geo-legend-max">{legend.maxLabel}</span>
      </div>
    </div>
  );
}
