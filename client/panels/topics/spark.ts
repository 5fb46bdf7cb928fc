/** Sparkline geometry, pure (tested): the points of a polyline for `values` in a w × h box. */

/** Padding (in viewBox units) so a stroke at the top or bottom is not clipped. */
const PAD = 1.5;

/**
 * "x,y x,y ..." for a polyline: x spread evenly over [0, w], y scaled to [PAD, h - PAD] from the
 * series' own maximum (0 at the bottom). Non-finite or negative values count as 0. Fewer than two
 * points give "" (nothing to draw).
 */
export function sparkPoints(values: readonly number[], w: number, h: number): string {
  if (!Array.isArray(values) || values.length < 2 || !(w > 0) || !(h > 0)) return '';
  const v = values.map((x) => (Number.isFinite(x) && x > 0 ? x : 0));
  const max = Math.max(...v);
  const step = w / (v.length - 1);
  const span = h - 2 * PAD;
  return v
    .map((x, i) => {
      const y = max > 0 ? h - PAD - (x / max) * span : h - PAD;
      return `${round1(i * step)},${round1(y)}`;
    })
    .join(' ');
}

function round1(n: number): number {
  return Math.round(n * 10) / 10;
}
