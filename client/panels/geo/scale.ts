/**
 * Map color scales, pure (tested). Volume: a sequential blue ramp on a log scale (dim on the
 * dark wall for few mentions, bright for many). Net sentiment: diverging vermillion – grey – blue,
 * the polarity colors (Okabe–Ito, color-blind safe). No data: null (the map's base land color).
 */

/** Sequential blue ramp, low to high (dark-theme friendly: low values sit near the land color). */
export const VOLUME_RAMP = ['#1a3550', '#1d5a88', '#2b83c0', '#56b4e9', '#b9e3f8'] as const;
/** Diverging ramp for net sentiment -1 .. +1. */
export const NET_RAMP = ['#D55E00', '#a8765a', '#7d7d7d', '#4d7fa6', '#0072B2'] as const;

/** A color `t` (0..1, clamped) of the way along `stops`, interpolated in RGB, as "#rrggbb". */
export function rampColor(stops: readonly string[], t: number): string {
  const x = Number.isFinite(t) ? Math.min(1, Math.max(0, t)) : 0;
  if (stops.length === 1) return stops[0];
  const pos = x * (stops.length - 1);
  const i = Math.min(stops.length - 2, Math.floor(pos));
  const f = pos - i;
  const a = hexRgb(stops[i]);
  const b = hexRgb(stops[i + 1]);
  return rgbHex(a.map((v, k) => v + (b[k] - v) * f) as [number, number, number]);
}

function hexRgb(hex: string): [number, number, number] {
  const v = parseInt(hex.slice(1), 16);
  return [(v >> 16) & 255, (v >> 8) & 255, v & 255];
}

function rgbHex(rgb: [number, number, number]): string {
  return '#' + rgb.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('');
}

/**
 * Position of `count` on a log scale between `min` and `max` (both > 0): 0 at min, 1 at max, 1
 * when every place has the same count. Null for no mention.
 */
export function logPosition(count: number, min: number, max: number): number | null {
  if (!(count > 0) || !Number.isFinite(count)) return null;
  const lo = Math.max(1, min);
  const hi = Math.max(lo, max);
  if (hi === lo) return 1;
  return Math.min(1, Math.max(0, (Math.log(count) - Math.log(lo)) / (Math.log(hi) - Math.log(lo))));
}

/** Fill for a volume: the blue ramp on a log scale, or null for no mention. */
export function volumeColor(count: number, min: number, max: number): string | null {
  const t = logPosition(count, min, max);
  return t === null ? null : rampColor(VOLUME_RAMP, t);
}

/** Fill for a net sentiment in [-1, 1] (clamped) of a place with `count` mentions, or null for none. */
export function netColor(net: number, count: number): string | null {
  if (!(count > 0) || !Number.isFinite(net)) return null;
  return rampColor(NET_RAMP, (Math.max(-1, Math.min(1, net)) + 1) / 2);
}

/** CSS gradient for a legend bar, left to right. */
export function legendGradient(stops: readonly string[]): string {
  return `linear-gradient(to right, ${stops.join(', ')})`;
}
