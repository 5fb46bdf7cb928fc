import { memo, useMemo, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { POLARITY_COLORS, POLARITY_LABELS } from '../../format/color';
import { compactNumber, formatCount } from '../../format/number';
import { niceScale } from '../../panels/volume/geometry';
import { useElementSize } from '../../panels/topics/useElementSize';
import { bucketRange, type VolumeBucket } from '../drill';
import { formatDateTime, formatTick } from '../time';
import type { Selection } from '../urlState';

const MARGIN = { top: 8, right: 12, bottom: 22, left: 44 };
const AXIS_COLOR = '#9aa3ad';
const GRID_COLOR = '#2a3038';
const X_LABEL_GAP_PX = 90;
const DAY_MS = 86_400_000;
/** A bar never gets narrower than this (px) nor a gap wider than this share of a slot. */
const GAP_SHARE = 0.15;

export interface VolumeChartProps {
  buckets: VolumeBucket[];
  asOf: number;
  zone: string;
  /** The current selection (its time window is drawn as a band). */
  sel?: Selection;
  onSelect: (sel: Selection) => void;
}

/**
 * Stacked bars of volume by polarity per bucket, in plain SVG. Click a segment: that bucket and
 * polarity; click above the bars: the whole bucket; drag across buckets: that window (for "why").
 * Keyboard: the chart is one focus stop; arrows move the bucket cursor, shift+arrows extend it,
 * Enter selects it.
 */
export const VolumeChart = memo(function VolumeChart({ buckets, asOf, zone, sel, onSelect }: VolumeChartProps) {
  const [ref, size] = useElementSize<HTMLDivElement>();
  const [drag, setDrag] = useState<{ a: number; b: number } | null>(null);
  const [cursor, setCursor] = useState<{ a: number; b: number } | null>(null);
  const down = useRef<{ index: number; target: Element | null } | null>(null);
  const w = Math.max(0, size.width - MARGIN.left - MARGIN.right);
  const h = Math.max(0, size.height - MARGIN.top - MARGIN.bottom);
  const n = buckets.length;
  const slot = n > 0 ? w / n : 0;
  const { max, step } = useMemo(() => niceScale(buckets.reduce((m, b) => Math.max(m, b.total), 0)), [buckets]);
  const y = (v: number) => (v / max) * h;
  const spanDays = n > 0 && buckets[n - 1].to - buckets[0].t > DAY_MS;
  const labelEvery = Math.max(1, Math.ceil(X_LABEL_GAP_PX / Math.max(1, slot)));

  const indexAt = (clientX: number, el: Element) => {
    const x = clientX - el.getBoundingClientRect().left - MARGIN.left;
    return Math.max(0, Math.min(n - 1, Math.floor(x / Math.max(1, slot))));
  };
  const onDown = (e: PointerEvent<SVGSVGElement>) => {
    if (n === 0 || e.button !== 0) return;
    const i = indexAt(e.clientX, e.currentTarget);
    down.current = { index: i, target: e.target as Element };
    setDrag({ a: i, b: i });
    e.currentTarget.setPointerCapture?.(e.pointerId);
  };
  const onMove = (e: PointerEvent<SVGSVGElement>) => {
    if (!down.current) return;
    const i = indexAt(e.clientX, e.currentTarget);
    setDrag((d) => (d && d.b !== i ? { a: d.a, b: i } : d));
  };
  const onUp = (e: PointerEvent<SVGSVGElement>) => {
    const start = down.current;
    down.current = null;
    setDrag(null);
    if (!start) return;
    const i = indexAt(e.clientX, e.currentTarget);
    if (i !== start.index) {
      const range = bucketRange(buckets, start.index, i, asOf);
      if (range) onSelect(range);
      return;
    }
    const b = buckets[i];
    const seg = (start.target as HTMLElement | null)?.getAttribute?.('data-polarity');
    const hit = b.segments.find((s) => s.polarity === seg);
    onSelect(hit ? hit.sel : b.sel);
  };
  const onKey = (e: KeyboardEvent<SVGSVGElement>) => {
    if (n === 0) return;
    const c = cursor ?? { a: n - 1, b: n - 1 };
    const move = e.key === 'ArrowLeft' ? -1 : e.key === 'ArrowRight' ? 1 : 0;
    if (move) {
      e.preventDefault();
      const b = Math.max(0, Math.min(n - 1, c.b + move));
      setCursor(e.shiftKey ? { a: c.a, b } : { a: b, b });
    } else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      const range = c.a === c.b ? buckets[c.a].sel : bucketRange(buckets, c.a, c.b, asOf);
      if (range) onSelect(range);
    } else if (e.key === 'Escape') {
      setCursor(null);
    }
  };

  const band = drag ?? cursor;
  const bandRect = band ? { x: MARGIN.left + Math.min(band.a, band.b) * slot, w: (Math.abs(band.b - band.a) + 1) * slot } : null;
  const selRect = useMemo(() => {
    if (!sel || sel.from === undefined || sel.to === undefined || n === 0) return null;
    const first = buckets.findIndex((b) => b.to > sel.from!);
    let last = -1;
    for (let i = n - 1; i >= 0; i--) if (buckets[i].t < sel.to!) { last = i; break; }
    return first >= 0 && last >= first ? { x: MARGIN.left + first * slot, w: (last - first + 1) * slot } : null;
  }, [sel, buckets, n, slot]);
  const cursorLabel = cursor ? describeRange(buckets, cursor, zone) : '';

  const ticks: number[] = [];
  for (let v = 0; v <= max + step / 2; v += step) ticks.push(v);
  const barW = Math.max(1, slot * (1 - GAP_SHARE));
  return (
    <div className="vchart" ref={ref}>
      {size.width > 0 && n > 0 ? (
        <svg width={size.width} height={size.height} role="application" tabIndex={0} data-testid="volume-chart"
          aria-label={`Volume by sentiment, ${n} buckets. Arrows move, shift+arrows extend, Enter selects.${cursorLabel ? ` ${cursorLabel}` : ''}`}
          onPointerDown={onDown} onPointerMove={onMove} onPointerUp={onUp} onPointerCancel={() => { down.current = null; setDrag(null); }}
          onKeyDown={onKey} onBlur={() => setCursor(null)}>
          {ticks.map((v) => (
            <g key={v}>
              <line x1={MARGIN.left} x2={size.width - MARGIN.right} y1={MARGIN.top + h - y(v)} y2={MARGIN.top + h - y(v)} stroke={GRID_COLOR} />
              <text x={MARGIN.left - 6} y={MARGIN.top + h - y(v)} dy="0.32em" textAnchor="end" fill={AXIS_COLOR} fontSize="11">{compactNumber(v)}</text>
            </g>
          ))}
          {selRect ? <rect className="vchart__sel" x={selRect.x} y={MARGIN.top} width={selRect.w} height={h} data-testid="volume-selection" /> : null}
          {buckets.map((b, i) => {
            let base = 0;
            const x = MARGIN.left + i * slot + (slot - barW) / 2;
            return (
              <g key={b.t} data-testid="volume-bucket" data-t={b.t} data-to={b.to} data-count={b.total}>
                <rect className="vchart__hit" x={MARGIN.left + i * slot} y={MARGIN.top} width={slot} height={h} />
                {b.segments.map((s) => {
                  if (s.count === 0) return null;
                  const top = base + s.count;
                  const r = (
                    <rect key={s.polarity} className="vchart__seg" x={x} width={barW} y={MARGIN.top + h - y(top)} height={Math.max(1, y(s.count))}
                      fill={POLARITY_COLORS[s.polarity]} data-polarity={s.polarity} data-count={s.count} data-testid="volume-segment">
                      <title>{`${formatDateTime(b.t, zone, true)} · ${POLARITY_LABELS[s.polarity]} ${formatCount(s.count)}`}</title>
                    </rect>
                  );
                  base = top;
                  return r;
                })}
              </g>
            );
          })}
          {bandRect ? <rect className="vchart__band" x={bandRect.x} y={MARGIN.top} width={bandRect.w} height={h} pointerEvents="none" /> : null}
          {buckets.map((b, i) => (i % labelEvery === 0 ? (
            <text key={`x${b.t}`} x={MARGIN.left + i * slot} y={size.height - 6} fill={AXIS_COLOR} fontSize="11">{formatTick(b.t, zone, spanDays)}</text>
          ) : null))}
        </svg>
      ) : null}
      {cursor ? <p className="sr-only" aria-live="polite">{cursorLabel}</p> : null}
    </div>
  );
});

function describeRange(buckets: readonly VolumeBucket[], c: { a: number; b: number }, zone: string): string {
  const lo = buckets[Math.min(c.a, c.b)];
  const hi = buckets[Math.max(c.a, c.b)];
  if (!lo || !hi) return '';
  let total = 0;
  for (let i = Math.min(c.a, c.b); i <= Math.max(c.a, c.b); i++) total += buckets[i].total;
  return `${formatDateTime(lo.t, zone, true)} to ${formatDateTime(hi.to, zone, true)}: ${formatCount(total)} mentions`;
}
