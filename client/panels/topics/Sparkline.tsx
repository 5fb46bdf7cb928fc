import { memo } from 'react';
import { sparkPoints } from './spark';

/** viewBox of every sparkline; the SVG stretches to its box (preserveAspectRatio none). */
const VB_W = 100;
const VB_H = 30;

export interface SparklineProps {
  values: readonly number[];
  color?: string;
  /** Accessible description ("last hour, 5-minute counts"). */
  label?: string;
  className?: string;
}

/** A tiny line of counts, plain SVG (no chart library); fills its box, stroke width stays constant. */
export const Sparkline = memo(function Sparkline({ values, color = 'currentColor', label, className }: SparklineProps) {
  const points = sparkPoints(values, VB_W, VB_H);
  return (
    <svg
      className={className ? `sparkline ${className}` : 'sparkline'}
      viewBox={`0 0 ${VB_W} ${VB_H}`}
      preserveAspectRatio="none"
      role={label ? 'img' : undefined}
      aria-label={label}
      aria-hidden={label ? undefined : true}
      focusable="false"
    >
      {points ? (
        <polyline
          points={points}
          fill="none"
          stroke={color}
          strokeWidth={2}
          strokeLinejoin="round"
          strokeLinecap="round"
          vectorEffect="non-scaling-stroke"
        />
      ) : null}
    </svg>
  );
});
