import { memo } from 'react';
import type { ExploreDimension } from '../../../shared/explore';
import { UNKNOWN_COLOR } from '../../format/color';
import { formatCount } from '../../format/number';
import type { RankedBar } from '../drill';
import type { Selection } from '../urlState';

const SIZE = 160;
const R_OUTER = 78;
const R_INNER = 46;
const R_MID = (R_OUTER + R_INNER) / 2;
const FULL = Math.PI * 2;
/** A slice covering (almost) the whole circle is drawn as two halves: an SVG arc cannot start and end at one point. */
const NEARLY_FULL = FULL - 1e-6;

/** The path of a donut slice from angle a0 to a1 (radians, clockwise from 12 o'clock). */
export function slicePath(a0: number, a1: number, ro = R_OUTER, ri = R_INNER, c = SIZE / 2): string {
  if (a1 - a0 >= NEARLY_FULL) return `${slicePath(0, Math.PI, ro, ri, c)}${slicePath(Math.PI, FULL, ro, ri, c)}`;
  const pt = (r: number, a: number) => `${(c + r * Math.sin(a)).toFixed(2)},${(c - r * Math.cos(a)).toFixed(2)}`;
  const large = a1 - a0 > Math.PI ? 1 : 0;
  return `M${pt(ro, a0)}A${ro},${ro} 0 ${large} 1 ${pt(ro, a1)}L${pt(ri, a1)}A${ri},${ri} 0 ${large} 0 ${pt(ri, a0)}Z`;
}

export interface DonutProps {
  id: string;
  dim: ExploreDimension;
  bars: RankedBar[];
  label: (dim: ExploreDimension, key: string) => string;
  color: (dim: ExploreDimension, key: string) => string | undefined;
  onSelect: (sel: Selection) => void;
}

/** Share of voice as a donut with its legend; a slice and its legend row select that brand. */
export const Donut = memo(function Donut({ id, dim, bars, label, color, onSelect }: DonutProps) {
  if (bars.length === 0) return <p className="xcard__empty">No brand mentions in this range.</p>;
  let a = 0;
  return (
    <div className="donut">
      <svg width={SIZE} height={SIZE} viewBox={`0 0 ${SIZE} ${SIZE}`} role="img" aria-label="Share of voice">
        {bars.map((b) => {
          const a0 = a;
          a += b.share * FULL;
          if (b.count === 0) return null;
          return (
            <path key={b.key} d={slicePath(a0, a)} fill={color(dim, b.key) ?? UNKNOWN_COLOR} className="donut__slice"
              onClick={() => onSelect(b.sel)} data-testid={`${id}-slice`} data-key={b.key} data-count={b.count}
              data-x={(SIZE / 2 + R_MID * Math.sin((a0 + a) / 2)).toFixed(1)} data-y={(SIZE / 2 - R_MID * Math.cos((a0 + a) / 2)).toFixed(1)}>
              <title>{`${label(dim, b.key)}: ${(b.share * 100).toFixed(1)}% (${formatCount(b.count)})`}</title>
            </path>
          );
        })}
      </svg>
      <ul className="donut__legend">
        {bars.map((b) => (
          <li key={b.key}>
            <button type="button" className="donut__key" onClick={() => onSelect(b.sel)} data-testid={`${id}-item`} data-key={b.key} data-count={b.count}>
              <i style={{ background: color(dim, b.key) ?? UNKNOWN_COLOR }} aria-hidden="true" />
              <bdi>{label(dim, b.key)}</bdi>
              <span className="donut__pct">{(b.share * 100).toFixed(1)}%</span>
              <span className="donut__count">{formatCount(b.count)}</span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
});
