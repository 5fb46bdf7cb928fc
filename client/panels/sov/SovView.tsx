import { memo, useMemo } from 'react';
import { TimeChart } from '../common/TimeChart';
import { formatCount } from '../../format/number';
import type { BrandSeries } from '../sentiment/adapter';
import { Waiting } from '../sentiment/SentimentView';
import type { SovNowEntry, SovRow } from './adapter';

export interface SovOptions {
  /** Panel title; default "Share of voice · last hour". */
  title?: string;
  /** How "now" is drawn: a donut (default) or one 100% bar. */
  now?: 'donut' | 'bar';
  /** Show the 100%-stacked trend per minute beside "now" (default true). */
  showTrend?: boolean;
}

export interface SovViewProps {
  series: BrandSeries[];
  now: SovNowEntry[];
  rows: SovRow[];
  total: number;
  remPx?: number;
  options?: SovOptions;
}

const PCT_TICKS = [0, 25, 50, 75, 100];
const PCT_DOMAIN: [number, number] = [0, 100];
const tickPct = (n: number) => `${n}%`;

/** Share of voice of the brand against its competitors: now (donut or bar, with the list) and its trend. */
export const SovView = memo(function SovView({ series, now, rows, total, remPx = 16, options }: SovViewProps) {
  const showTrend = options?.showTrend ?? true;
  const style = options?.now ?? 'donut';
  const empty = total === 0;
  const own = now.find((e) => e.own) ?? now[0];
  return (
    <section className="panel xpanel sov" aria-label="Share of voice" data-testid="panel-sov">
      <header className="panel__title" data-drill="window:1h" tabIndex={0}>
        {options?.title ?? 'Share of voice · last hour'}
        <span className="panel__meta">{formatCount(total)} brand mentions</span>
      </header>
      <div className={showTrend ? 'sov-body' : 'sov-body sov-body--solo'}>
        <div className={`sov-now sov-now--${style}`}>
          {now.length === 0 ? null : style === 'donut' ? (
            <Donut entries={now} empty={empty} center={own && !empty ? own : undefined} />
          ) : (
            <div className="split__bar sov-now__bar" aria-hidden="true">
              {now.map((e) => (
                <span key={e.id} className="split__seg" style={{ width: `${e.percent}%`, background: e.color }} />
              ))}
            </div>
          )}
          <ul className="sov-list">
            {now.map((e) => (
              <li key={e.id} className={e.own ? 'sov-row sov-row--own' : 'sov-row'} data-drill={`brand:${e.id}`} tabIndex={0}>
                <span className="swatch" style={{ background: e.color }} aria-hidden="true" />
                <bdi className="sov-row__name">{e.name}</bdi>
                <span className="sov-row__pct" style={{ color: e.color }} data-testid={`sov-now-${e.id}`}>
                  {empty ? '–' : e.text}
                </span>
                <span className="sov-row__count" data-testid={`sov-count-${e.id}`} data-count={e.count}>
                  {formatCount(e.count)}
                </span>
              </li>
            ))}
          </ul>
          {now.length === 0 ? <Waiting /> : null}
        </div>
        {showTrend ? (
          <div className="sov-trend">
            <div className="xpanel__chart">
              {rows.length > 0 && series.length > 0 ? <SovChart rows={rows} series={series} remPx={remPx} /> : <Waiting />}
            </div>
          </div>
        ) : null}
      </div>
    </section>
  );
});

/** A donut from SVG circles with dash arrays (pathLength 100: dash lengths are the percentages). */
function Donut({ entries, empty, center }: { entries: SovNowEntry[]; empty: boolean; center?: SovNowEntry }) {
  let start = 0;
  return (
    <svg className="donut" viewBox="0 0 100 100" aria-hidden="true">
      <circle cx="50" cy="50" r="38" fill="none" stroke="#252c35" strokeWidth="20" />
      {empty
        ? null
        : entries.map((e) => {
            if (e.percent <= 0) return null;
            const seg = (
              <circle
                key={e.id}
                data-drill={`brand:${e.id}`}
                cx="50"
                cy="50"
                r="38"
                fill="none"
                stroke={e.color}
                strokeWidth="20"
                pathLength={100}
                strokeDasharray={`${e.percent} ${100 - e.percent}`}
                strokeDashoffset={-start}
                transform="rotate(-90 50 50)"
              />
            );
            start += e.percent;
            return seg;
          })}
      {center ? (
        <text x="50" y="50" className="donut__center" textAnchor="middle" dominantBaseline="central" fill={center.color}>
          {`${Math.round(center.percent)}%`}
        </text>
      ) : null}
    </svg>
  );
}

const SovChart = memo(function SovChart({ rows, series, remPx }: { rows: SovRow[]; series: BrandSeries[]; remPx: number }) {
  const specs = useMemo(() => series.map((s) => ({ key: s.key, color: s.color, fillOpacity: s.own ? 0.85 : 0.6 })), [series]);
  return (
    <TimeChart rows={rows} series={specs} mode="stack" yDomain={PCT_DOMAIN} yTicks={PCT_TICKS} tickFormat={tickPct}
      remPx={remPx} label="Share of voice per minute over the last hour" />
  );
});
