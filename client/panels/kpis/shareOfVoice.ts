import type { BrandKpi } from '../../../shared/frame';
import type { BrandInfo } from '../../../shared/tracking';
import { readableTextColor, safeColor } from '../../format/color';

export interface SovEntry {
  id: string;
  name: string;
  color: string;
  /** Text color that reads on `color`. */
  textColor: string;
  own: boolean;
  count: number;
  /** Whole percent; the entries sum to 100 (or all 0 when there are no mentions). */
  percent: number;
}

/**
 * Share of voice per brand, in the order of the tracked brands (then any unknown ones), as
 * whole percentages that sum to exactly 100 (largest-remainder rounding).
 */
export function shareOfVoice(kpis: readonly BrandKpi[], brands: readonly BrandInfo[]): SovEntry[] {
  const byId = new Map<string, BrandKpi>();
  for (const k of kpis) byId.set(k.brand, k);
  const ids = [...brands.map((b) => b.id), ...[...byId.keys()].filter((id) => !brands.some((b) => b.id === id))];
  const info = new Map(brands.map((b) => [b.id, b]));
  const raw = ids.map((id) => {
    const s = byId.get(id)?.share;
    return Number.isFinite(s) && (s as number) > 0 ? (s as number) : 0;
  });
  const percents = largestRemainder(raw, 100);
  return ids.map((id, i) => {
    const b = info.get(id);
    const color = safeColor(b?.color);
    return {
      id,
      name: b?.name ?? id,
      color,
      textColor: readableTextColor(color),
      own: b?.own ?? false,
      count: byId.get(id)?.count ?? 0,
      percent: percents[i],
    };
  });
}

/** Whole numbers proportional to `weights` that sum to `total` (all 0 when the weights sum to 0). */
export function largestRemainder(weights: readonly number[], total: number): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (!(sum > 0)) return weights.map(() => 0);
  const exact = weights.map((w) => (w / sum) * total);
  const out = exact.map(Math.floor);
  let left = total - out.reduce((a, b) => a + b, 0);
  const order = exact.map((e, i) => ({ i, r: e - Math.floor(e) })).sort((a, b) => b.r - a.r || a.i - b.i);
  for (let k = 0; left > 0 && k < order.length; k++, left--) out[order[k].i]++;
  return out;
}
