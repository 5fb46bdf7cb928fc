import { memo } from 'react';
import { POLARITY_COLORS } from '../../format/color';
import { compactNumber, signedPercent } from '../../format/number';
import { Waiting } from '../sentiment/SentimentView';
import type { TopicRow } from './adapter';
import { Sparkline } from './Sparkline';
import { useElementSize } from './useElementSize';

export interface TopicsOptions {
  /** Panel title; default "Topics · last hour". */
  title?: string;
  /** Rows at most (default TOPICS_MAX); fewer are shown when the panel is too short for them. */
  max?: number;
  /** Bars stacked by polarity (default) or one bar colored by net sentiment. */
  mode?: 'polarity' | 'net';
}

export interface TopicsViewProps {
  rows: TopicRow[];
  remPx?: number;
  options?: TopicsOptions;
}

/** Height of one row in rem (see .topic-row in panels.css). */
export const TOPIC_ROW_REM = 2.6;
const STACK: readonly ('negative' | 'neutral' | 'positive')[] = ['negative', 'neutral', 'positive'];

/** Topics ranked by volume, with their sentiment and a sparkline; shows as many rows as fit (no scrollbar). */
export const TopicsView = memo(function TopicsView({ rows, remPx = 16, options }: TopicsViewProps) {
  const [ref, size] = useElementSize<HTMLOListElement>();
  const fit = size.height > 0 ? Math.max(1, Math.floor(size.height / (TOPIC_ROW_REM * remPx))) : rows.length;
  const shown = rows.slice(0, fit);
  const mode = options?.mode ?? 'polarity';
  return (
    <section className="panel xpanel topics" aria-label="Topics" data-testid="panel-topics">
      <header className="panel__title" data-drill="window:1h" tabIndex={0}>
        {options?.title ?? 'Topics · last hour'}
        <span className="panel__meta">mentions · net · 1 h trend</span>
      </header>
      {rows.length === 0 ? <Waiting /> : null}
      <ol className="ranked" ref={ref}>
        {shown.map((r) => (
          <li key={r.id} className="topic-row" data-testid={`topic-${r.id}`} data-count={r.count} data-drill={`topic:${r.id}`} tabIndex={0}>
            <bdi className="ranked__label" title={r.label}>
              {r.label}
            </bdi>
            <span className="topic-row__bar" aria-hidden="true">
              <span className="topic-row__fill" style={{ width: `${r.barPercent}%` }}>
                {mode === 'net' ? (
                  <span className="split__seg" style={{ width: '100%', background: netFill(r.net) }} />
                ) : (
                  STACK.map((p) => <span key={p} className="split__seg" style={{ width: `${r.shares[p]}%`, background: POLARITY_COLORS[p] }} />)
                )}
              </span>
            </span>
            <span className="ranked__count">{compactNumber(r.count)}</span>
            <span className={`ranked__net ${r.net > 0 ? 'tone--positive' : r.net < 0 ? 'tone--negative' : ''}`}>
              {signedPercent(r.net / 100)}
            </span>
            <Sparkline className="ranked__spark" values={r.spark} color="#9aa3ad" label={`${r.label}, last hour`} />
          </li>
        ))}
      </ol>
    </section>
  );
});

function netFill(net: number): string {
  return net > 10 ? POLARITY_COLORS.positive : net < -10 ? POLARITY_COLORS.negative : POLARITY_COLORS.neutral;
}
