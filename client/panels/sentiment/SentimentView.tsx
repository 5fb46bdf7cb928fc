import { memo, useMemo } from 'react';
import { TimeChart } from '../common/TimeChart';
import { formatCount } from '../../format/number';
import type { BrandNet, SentimentChartData, SplitData, TrendRow, BrandSeries } from './adapter';

export interface SentimentOptions {
  /** Panel title; default "Net sentiment · last hour". */
  title?: string;
  /** Show the polarity split beside the trend (default true). */
  showSplit?: boolean;
}

export interface SentimentViewProps {
  chart: SentimentChartData;
  split: SplitData;
  /** Root font size in px, for the chart chrome sized in px. */
  remPx?: number;
  options?: SentimentOptions;
}

const NET_TICKS = [-100, -50, 0, 50, 100];
const NET_DOMAIN: [number, number] = [-100, 100];
const tickNet = (n: number) => (n > 0 ? `+${n}` : String(n));

/** Net sentiment per brand over the last hour (lines), the polarity split and the per-brand nets. */
export const SentimentView = memo(function SentimentView({ chart, split, remPx = 16, options }: SentimentViewProps) {
  const showSplit = options?.showSplit ?? true;
  const hasTrend = chart.rows.length > 0 && chart.series.length > 0;
  return (
    <section className="panel xpanel sentiment" aria-label="Net sentiment" data-testid="panel-sentiment">
      <header className="panel__title" data-drill="window:1h" tabIndex={0}>
        {options?.title ?? 'Net sentiment · last hour'}
        <span className="panel__meta">(pos − neg) / total</span>
      </header>
      <div className={showSplit ? 'sentiment__body' : 'sentiment__body sentiment__body--solo'}>
        <div className="sentiment__trend">
          <div className="xpanel__chart">
            {hasTrend ? <NetChart rows={chart.rows} series={chart.series} remPx={remPx} /> : <Waiting />}
          </div>
          <BrandNets nets={chart.nets} />
        </div>
        {showSplit ? <Split split={split} /> : null}
      </div>
    </section>
  );
});

export function Waiting({ text = 'Waiting for data…' }: { text?: string }) {
  return <p className="xpanel__empty">{text}</p>;
}

const NetChart = memo(function NetChart({ rows, series, remPx }: { rows: TrendRow[]; series: BrandSeries[]; remPx: number }) {
  const specs = useMemo(() => series.map((s) => ({ key: s.key, color: s.color, width: s.own ? remPx * 0.28 : remPx * 0.16 })), [series, remPx]);
  return (
    <TimeChart rows={rows} series={specs} mode="lines" yDomain={NET_DOMAIN} yTicks={NET_TICKS} tickFormat={tickNet}
      remPx={remPx} zeroLine label="Net sentiment per brand over the last hour" />
  );
});

function BrandNets({ nets }: { nets: BrandNet[] }) {
  if (nets.length === 0) return null;
  return (
    <ul className="brand-nets" aria-label="Net sentiment per brand, last hour">
      {nets.map((b) => (
        <li key={b.id} className={b.own ? 'brand-net brand-net--own' : 'brand-net'} data-drill={`brand:${b.id}`} tabIndex={0}>
          <span className="swatch" style={{ background: b.color }} aria-hidden="true" />
          <bdi className="brand-net__name">{b.name}</bdi>
          <span
            className={`brand-net__value ${b.net > 0 ? 'tone--positive' : b.net < 0 ? 'tone--negative' : ''}`}
            data-testid={`sentiment-net-${b.id}`}
            data-net={b.net}
          >
            {b.text}
          </span>
        </li>
      ))}
    </ul>
  );
}

const Split = memo(function Split({ split }: { split: SplitData }) {
  const empty = split.total === 0;
  return (
    <div className="sentiment__split" aria-label="Polarity split, last hour">
      <div className="split__bar" aria-hidden="true">
        {empty
          ? null
          : split.entries.map((e) => (
              <span key={e.polarity} className="split__seg" style={{ width: `${e.percent}%`, background: e.color }} />
            ))}
      </div>
      <ul className="split__list">
        {split.entries.map((e) => (
          <li
            key={e.polarity}
            className={`split__item split__item--${e.polarity}`}
            data-testid={`sentiment-split-${e.polarity}`}
            data-drill={`polarity:${e.polarity}`}
            tabIndex={0}
            data-count={e.count}
            data-percent={e.percent}
          >
            <span className="split__pct">{empty ? '–' : `${e.percent}%`}</span>
            <span className="split__label">
              <span className="swatch" style={{ background: e.color }} aria-hidden="true" />
              {e.label}
            </span>
            <span className="split__count">{formatCount(e.count)}</span>
          </li>
        ))}
      </ul>
    </div>
  );
});
