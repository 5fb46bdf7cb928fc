import { memo } from 'react';
import { compactNumber } from '../../format/number';
import { Waiting } from '../sentiment/SentimentView';
import { Sparkline } from '../topics/Sparkline';
import { useElementSize } from '../topics/useElementSize';
import type { TrendingRow } from './adapter';

export interface TrendingOptions {
  /** Panel title; default "Trending terms · last 10 min". */
  title?: string;
  /** Rows at most (default TRENDING_MAX); fewer are shown when the panel is too short for them. */
  max?: number;
}

export interface TrendingViewProps {
  rows: TrendingRow[];
  remPx?: number;
  options?: TrendingOptions;
  /** false before the first snapshot: "waiting"; true: nothing is trending. */
  loaded?: boolean;
}

/** Height of one row in rem (see .trend-row in panels.css). */
export const TREND_ROW_REM = 2.6;

/**
 * Terms and hashtags rising fastest against their baseline. Terms come from social media: they are
 * React text nodes only (escaped), isolated with <bdi> so right-to-left text cannot reorder the row.
 */
export const TrendingView = memo(function TrendingView({ rows, remPx = 16, options, loaded = true }: TrendingViewProps) {
  const [ref, size] = useElementSize<HTMLOListElement>();
  const fit = size.height > 0 ? Math.max(1, Math.floor(size.height / (TREND_ROW_REM * remPx))) : rows.length;
  const shown = rows.slice(0, fit);
  return (
    <section className="panel xpanel trending" aria-label="Trending terms" data-testid="panel-trending">
      <header className="panel__title" data-drill="window:1h" tabIndex={0}>
        {options?.title ?? 'Trending terms · last 10 min'}
        <span className="panel__meta">mentions · lift vs baseline · 1 h</span>
      </header>
      {rows.length === 0 ? <Waiting text={loaded ? 'No term is rising above its baseline right now.' : undefined} /> : null}
      <ol className="ranked" ref={ref}>
        {shown.map((r, i) => (
          <li key={r.term} className="trend-row" data-testid="trending-term" data-term={r.term} data-drill={`term:${r.term}`} tabIndex={0} data-count={r.count} data-lift={r.lift}>
            <span className="trend-row__rank">{i + 1}</span>
            <bdi className={r.hashtag ? 'ranked__label trend-row__term--tag' : 'ranked__label'} title={r.term}>
              {r.term}
            </bdi>
            <span className="ranked__count">{compactNumber(r.count)}</span>
            <span className="trend-row__lift">{r.liftText}</span>
            <Sparkline className="ranked__spark" values={r.spark} color="#e69f00" />
          </li>
        ))}
      </ol>
    </section>
  );
});
