import { memo, useMemo } from 'react';
import { hhmm } from '../../format/time';
import { useElementSize } from '../topics/useElementSize';
import { timeGeometry, type SeriesSpec, type TimeRow } from './timeGeometry';

const AXIS_COLOR = '#9aa3ad';
const GRID_COLOR = '#2a3038';
const ZERO_COLOR = '#6b7480';

export interface TimeChartProps {
  rows: readonly TimeRow[];
  series: readonly SeriesSpec[];
  mode: 'lines' | 'stack';
  yDomain: [number, number];
  yTicks: readonly number[];
  tickFormat: (v: number) => string;
  remPx: number;
  /** Draw a reference line at 0 (net sentiment). */
  zeroLine?: boolean;
  label: string;
}

/** A small time chart as plain SVG paths (no charting library: panels re-render it every few seconds). */
export const TimeChart = memo(function TimeChart(p: TimeChartProps) {
  const [ref, size] = useElementSize<HTMLDivElement>();
  const box = useMemo(() => ({ width: size.width, height: size.height, top: p.remPx * 0.6, right: p.remPx * 1.2, bottom: p.remPx * 1.6, left: p.remPx * 2.8 }), [size.width, size.height, p.remPx]);
  const geo = useMemo(() => timeGeometry(p.rows, p.series, p.mode, p.yDomain, p.yTicks, box, p.remPx * 4), [p.rows, p.series, p.mode, p.yDomain, p.yTicks, box, p.remPx]);
  return (
    <div ref={ref} style={{ width: '100%', height: '100%', minWidth: 0, minHeight: 0 }}>
      {geo ? (
        <svg width={size.width} height={size.height} role="img" aria-label={p.label} style={{ display: 'block' }}>
          {geo.yTicks.map((t) => (
            <g key={`y${t.value}`}>
              <line x1={box.left} x2={size.width - box.right} y1={t.pos} y2={t.pos} stroke={GRID_COLOR} />
              <text x={box.left - p.remPx * 0.4} y={t.pos} dy="0.32em" textAnchor="end" fill={AXIS_COLOR} fontSize="0.8rem">{p.tickFormat(t.value)}</text>
            </g>
          ))}
          {p.zeroLine ? <line x1={box.left} x2={size.width - box.right} y1={geo.zero} y2={geo.zero} stroke={ZERO_COLOR} strokeWidth={1.5} /> : null}
          {geo.paths.map((path, i) => {
            const s = p.series[i];
            return path.fill
              ? <path key={path.key} d={path.d} fill={s.color} fillOpacity={s.fillOpacity ?? 0.6} stroke={s.color} strokeWidth={1} />
              : <path key={path.key} d={path.d} fill="none" stroke={s.color} strokeWidth={s.width ?? 2} strokeLinejoin="round" strokeLinecap="round" />;
          })}
          {geo.xTicks.map((t) => (
            <text key={`x${t.value}`} x={t.pos} y={size.height - p.remPx * 0.4} textAnchor="middle" fill={AXIS_COLOR} fontSize="0.8rem">{hhmm(t.value)}</text>
          ))}
        </svg>
      ) : null}
    </div>
  );
});
