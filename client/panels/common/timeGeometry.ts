import { timeTicks } from '../volume/geometry';

/** Rows of a time chart: t and one value (or null for "no data") per series key. */
export type TimeRow = { t: number } & Record<string, number | null>;
export interface SeriesSpec { key: string; color: string; width?: number; fillOpacity?: number }
export interface Box { width: number; height: number; top: number; right: number; bottom: number; left: number }

export interface TimeGeometry {
  /** 'lines': one polyline path per series, broken at nulls; 'stack': one closed area per series (nulls count 0). */
  paths: { key: string; d: string; fill: boolean }[];
  yTicks: { pos: number; value: number }[];
  xTicks: { pos: number; value: number }[];
  /** y position of value 0 (for a reference line). */
  zero: number;
}

const r1 = (x: number) => Math.round(x * 10) / 10;

/**
 * Geometry of a small time chart drawn as plain SVG: lines with gaps, or stacked areas, over a fixed
 * y domain. Cheap enough to recompute on every data change, with no DOM measuring.
 */
export function timeGeometry(
  rows: readonly TimeRow[], series: readonly SeriesSpec[], mode: 'lines' | 'stack',
  yDomain: [number, number], yTicks: readonly number[], box: Box, minTickGapPx: number,
): TimeGeometry | null {
  const w = box.width - box.left - box.right;
  const h = box.height - box.top - box.bottom;
  if (rows.length < 2 || w <= 0 || h <= 0) return null;
  const t0 = rows[0].t;
  const t1 = rows[rows.length - 1].t;
  const [y0, y1] = yDomain;
  const x = (t: number) => r1(box.left + ((t - t0) / Math.max(1, t1 - t0)) * w);
  const y = (v: number) => r1(box.top + h - ((Math.min(y1, Math.max(y0, v)) - y0) / (y1 - y0)) * h);
  const paths: TimeGeometry['paths'] = [];
  if (mode === 'lines') {
    for (const s of series) {
      let d = '';
      let pen = false;
      for (const r of rows) {
        const v = r[s.key];
        if (v === null || v === undefined || !Number.isFinite(v)) { pen = false; continue; }
        d += `${pen ? 'L' : 'M'}${x(r.t)},${y(v)}`;
        pen = true;
      }
      paths.push({ key: s.key, d, fill: false });
    }
  } else {
    const base = new Float64Array(rows.length);
    for (const s of series) {
      let upper = '';
      let lower = '';
      rows.forEach((r, i) => { upper += `${i ? 'L' : 'M'}${x(r.t)},${y(base[i] + (r[s.key] ?? 0))}`; });
      for (let i = rows.length - 1; i >= 0; i--) lower += `L${x(rows[i].t)},${y(base[i])}`;
      rows.forEach((r, i) => { base[i] += r[s.key] ?? 0; });
      paths.push({ key: s.key, d: `${upper}${lower}Z`, fill: true });
    }
  }
  return {
    paths,
    yTicks: yTicks.map((v) => ({ pos: y(v), value: v })),
    xTicks: timeTicks(t0, t1, w, minTickGapPx).map((t) => ({ pos: x(t), value: t })),
    zero: y(0),
  };
}
