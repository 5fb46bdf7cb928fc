import { memo, useMemo } from 'react';
import { POLARITY_COLORS, POLARITY_LABELS, POLARITY_ORDER } from '../../format/color';
import { compactNumber } from '../../format/number';
import { hhmm } from '../../format/time';
import { useElementSize } from '../topics/useElementSize';
import type { VolumeData, VolumeRange } from './adapter';
import { stackGeometry } from './geometry';

const AXIS_COLOR = '#9aa3ad';
const GRID_COLOR = '#2a3038';
const FILL_OPACITY = 0.55;
/** Plot margins in rem (the wall's drill-down maps a click to a bucket with them). */
export const VOLUME_MARGIN_REM = { top: 0.6, right: 1.5, bottom: 1.6, left: 3 } as const;
const bucketLabel = (ms: number) => (ms >= 60_000 ? ` · ${Math.round(ms / 60_000)} min buckets` : ms > 0 ? ` · ${Math.round(ms / 1000)} s buckets` : '');

/**
 * Stacked areas of the volume window by polarity, drawn as plain SVG paths: the chart changes on
 * every tick, so it must be cheap (no animation, no DOM measuring beyond one ResizeObserver).
 */
export const VolumeView = memo(function VolumeView({ data, remPx = 16, range = '1h' }: { data: VolumeData; remPx?: number; range?: VolumeRange }) {
  const [ref, size] = useElementSize<HTMLDivElement>();
  const margins = useMemo(() => ({
    top: remPx * VOLUME_MARGIN_REM.top, right: remPx * VOLUME_MARGIN_REM.right,
    bottom: remPx * VOLUME_MARGIN_REM.bottom, left: remPx * VOLUME_MARGIN_REM.left,
  }), [remPx]);
  const geo = useMemo(
    () => stackGeometry(data.rows, POLARITY_ORDER, size.width, size.height, margins, remPx * 4),
    [data.rows, size.width, size.height, margins, remPx],
  );
  return (
    <section className="panel volume" aria-label="Volume by sentiment" data-testid="panel-volume" data-range={range}>
      <header className="panel__title">
        <span className="panel__name" data-drill={`window:${range}`} tabIndex={0}>Volume by sentiment · {range === '24h' ? 'last 24 h' : 'last hour'}{bucketLabel(data.bucketMs)}</span>
        <span className="volume__legend">
          {[...POLARITY_ORDER].reverse().map((p) => (
            <span key={p} className="volume__key"><i style={{ background: POLARITY_COLORS[p] }} />{POLARITY_LABELS[p]}</span>
          ))}
        </span>
        <span className="panel__meta" data-testid="volume-total">{compactNumber(data.total)} in window</span>
      </header>
      <div className="volume__chart" ref={ref} data-drill={`volume:${range}`} data-testid="volume-drill">
        {geo ? (
          <svg width={size.width} height={size.height} role="img" aria-label="Volume by sentiment over time">
            {geo.yTicks.map((t) => (
              <g key={`y${t.value}`}>
                <line x1={margins.left} x2={size.width - margins.right} y1={t.pos} y2={t.pos} stroke={GRID_COLOR} />
                <text x={margins.left - remPx * 0.4} y={t.pos} dy="0.32em" textAnchor="end" fill={AXIS_COLOR} fontSize="0.8rem">{compactNumber(t.value)}</text>
              </g>
            ))}
            {geo.areas.map((a) => (
              <path key={a.key} d={a.d} fill={POLARITY_COLORS[a.key]} fillOpacity={FILL_OPACITY} stroke={POLARITY_COLORS[a.key]} strokeWidth={1} />
            ))}
            {geo.xTicks.map((t) => (
              <text key={`x${t.value}`} x={t.pos} y={size.height - remPx * 0.4} textAnchor="middle" fill={AXIS_COLOR} fontSize="0.8rem">{hhmm(t.value)}</text>
            ))}
          </svg>
        ) : <p className="xpanel__empty">Waiting for data…</p>}
      </div>
    </section>
  );
});
