import { memo } from 'react';
import { Area, AreaChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { POLARITY_COLORS, POLARITY_LABELS, POLARITY_ORDER } from '../../format/color';
import { compactNumber } from '../../format/number';
import { hhmm, hhmmss } from '../../format/time';
import type { VolumeData, VolumeRange } from './adapter';

const AXIS = { stroke: '#9aa3ad', fontSize: '0.8rem' };
const labelTime = (t: unknown) => (typeof t === 'number' ? hhmmss(t) : '');
const tickTime = (t: number) => hhmm(t);
const tickCount = (n: number) => compactNumber(n);
const bucketLabel = (ms: number) => (ms >= 60_000 ? ` · ${Math.round(ms / 60_000)} min buckets` : ms > 0 ? ` · ${Math.round(ms / 1000)} s buckets` : '');

/** Stacked area chart of the volume window by polarity; animation off for a sliding window. */
export const VolumeView = memo(function VolumeView({ data, remPx = 16, range = '1h' }: { data: VolumeData; remPx?: number; range?: VolumeRange }) {
  return (
    <section className="panel volume" aria-label="Volume by sentiment" data-testid="panel-volume" data-range={range}>
      <header className="panel__title">
        <span className="panel__name">Volume by sentiment · {range === '24h' ? 'last 24 h' : 'last hour'}{bucketLabel(data.bucketMs)}</span>
        <span className="panel__meta" data-testid="volume-total">{compactNumber(data.total)} in window</span>
      </header>
      <div className="volume__chart">
        <ResponsiveContainer width="100%" height="100%" minWidth={0} minHeight={0}>
          <AreaChart data={data.rows} margin={{ top: remPx / 2, right: remPx * 2, bottom: 0, left: 0 }}>
            <CartesianGrid stroke="#2a3038" vertical={false} />
            <XAxis
              dataKey="t"
              type="number"
              scale="time"
              domain={['dataMin', 'dataMax']}
              tickFormatter={tickTime}
              minTickGap={remPx * 3}
              tick={AXIS}
              stroke={AXIS.stroke}
            />
            <YAxis allowDecimals={false} tickFormatter={tickCount} tick={AXIS} stroke={AXIS.stroke} width="auto" />
            <Tooltip
              isAnimationActive={false}
              labelFormatter={labelTime}
              contentStyle={{ background: '#14181d', border: '1px solid #2a3038' }}
            />
            <Legend verticalAlign="top" height={remPx * 2} iconSize={remPx * 0.8} wrapperStyle={{ fontSize: '0.9rem' }} />
            {POLARITY_ORDER.map((p) => (
              <Area
                key={p}
                type="monotone"
                dataKey={p}
                name={POLARITY_LABELS[p]}
                stackId="volume"
                stroke={POLARITY_COLORS[p]}
                fill={POLARITY_COLORS[p]}
                fillOpacity={0.55}
                dot={false}
                isAnimationActive={false}
              />
            ))}
          </AreaChart>
        </ResponsiveContainer>
      </div>
    </section>
  );
});
