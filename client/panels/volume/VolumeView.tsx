import { memo } from 'react';
import { Area, AreaChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { POLARITY_COLORS, POLARITY_LABELS, POLARITY_ORDER } from '../../format/color';
import { compactNumber } from '../../format/number';
import { hhmm, hhmmss } from '../../format/time';
import type { VolumeData } from './adapter';

const AXIS = { stroke: '#9aa3ad', fontSize: '0.8rem' };
const labelTime = (t: unknown) => (typeof t === 'number' ? hhmmss(t) : '');
const tickTime = (t: number) => hhmm(t);
const tickCount = (n: number) => compactNumber(n);

/** Stacked area chart of the volume window by polarity; animation off for a sliding window. */
export const VolumeView = memo(function VolumeView({ data, remPx = 16 }: { data: VolumeData; remPx?: number }) {
  const bucketS = Math.round(data.bucketMs / 1000);
  return (
    <section className="panel volume" aria-label="Volume by sentiment" data-testid="panel-volume">
      <header className="panel__title">
        Volume by sentiment{bucketS > 0 ? ` · ${bucketS} s buckets` : ''}
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
