import { memo } from 'react';
import type { ExploreDimension } from '../../../shared/explore';
import { POLARITY_COLORS, POLARITY_LABELS } from '../../format/color';
import { formatCount, signedPercent } from '../../format/number';
import { POLARITY_STACK, segmentSel, type RankedBar } from '../drill';
import type { Selection } from '../urlState';

export interface RankedChartProps {
  id: string;
  dim: ExploreDimension;
  bars: RankedBar[];
  label: (dim: ExploreDimension, key: string) => string;
  color?: (dim: ExploreDimension, key: string) => string | undefined;
  /** 'count': one bar per value; 'sentiment': a 100% bar split by polarity, each segment its own drill-down. */
  mode?: 'count' | 'sentiment';
  onSelect: (sel: Selection) => void;
}

const FALLBACK_BAR = '#56B4E9';

/**
 * A ranked list of a breakdown as HTML buttons (each a keyboard stop; a screen reader reads label and
 * count). Values come from social media (terms, handles): React text only, isolated with <bdi>.
 */
export const RankedChart = memo(function RankedChart({ id, dim, bars, label, color, mode = 'count', onSelect }: RankedChartProps) {
  if (bars.length === 0) return <p className="xcard__empty">Nothing in this range.</p>;
  return (
    <ol className={`ranked-chart ranked-chart--${mode}`} data-testid={`ranked-${id}`}>
      {bars.map((b) => {
        const name = label(dim, b.key);
        if (mode === 'sentiment') {
          return (
            <li key={b.key} className="ranked-chart__row" data-key={b.key} data-count={b.count}>
              <button type="button" className="ranked-chart__label" onClick={() => onSelect(b.sel)} data-testid={`${id}-item`} data-key={b.key} data-count={b.count}>
                <bdi>{name}</bdi>
              </button>
              <span className="ranked-chart__split">
                {POLARITY_STACK.map((p) => {
                  const n = b.polarity[p];
                  const pct = b.count > 0 ? (n / b.count) * 100 : 0;
                  return n > 0 ? (
                    <button key={p} type="button" className="ranked-chart__seg" style={{ width: `${pct}%`, background: POLARITY_COLORS[p] }}
                      onClick={() => onSelect(segmentSel(b, p))} data-testid={`${id}-segment`} data-key={b.key} data-polarity={p} data-count={n}
                      aria-label={`${name}: ${POLARITY_LABELS[p]} ${formatCount(n)}`} title={`${POLARITY_LABELS[p]} ${formatCount(n)} (${Math.round(pct)}%)`} />
                  ) : null;
                })}
              </span>
              <span className={`ranked-chart__net ${b.net > 0 ? 'tone--positive' : b.net < 0 ? 'tone--negative' : ''}`}>net {signedPercent(b.net)}</span>
            </li>
          );
        }
        return (
          <li key={b.key} className="ranked-chart__row">
            <button type="button" className="ranked-chart__button" onClick={() => onSelect(b.sel)} data-testid={`${id}-item`} data-key={b.key} data-count={b.count}
              aria-label={`${name}: ${formatCount(b.count)}`}>
              <bdi className="ranked-chart__name" title={name}>{name}</bdi>
              <span className="ranked-chart__track">
                <span className="ranked-chart__fill" style={{ width: `${Math.max(1, b.scale * 100)}%`, background: color?.(dim, b.key) ?? FALLBACK_BAR }} />
              </span>
              <span className="ranked-chart__count">{formatCount(b.count)}</span>
            </button>
          </li>
        );
      })}
    </ol>
  );
});
