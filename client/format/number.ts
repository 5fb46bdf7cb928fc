/** Units for compact counts, smallest first. */
const UNITS = [
  { size: 1e3, suffix: 'k' },
  { size: 1e6, suffix: 'M' },
  { size: 1e9, suffix: 'B' },
] as const;

/** Compact count for small spaces: 999, 1k, 12.3k, 123k, 1.2M, 3B. Negative and non-finite input give "0". */
export function compactNumber(n: number): string {
  if (!Number.isFinite(n) || n <= 0) return '0';
  if (n < 999.5) return String(Math.round(n));
  for (let i = 0; i < UNITS.length; i++) {
    const { size, suffix } = UNITS[i];
    const v = n / size;
    // one decimal below 100 (12.3k), none above (123k); "1000k" is promoted to "1M"
    const text = v < 99.95 ? trimZero(v.toFixed(1)) : String(Math.round(v));
    if (Number(text) < 1000 || i === UNITS.length - 1) return text + suffix;
  }
  return String(Math.round(n)); // not reached
}

function trimZero(s: string): string {
  return s.endsWith('.0') ? s.slice(0, -2) : s;
}

const grouped = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

/** A count with thousands separators: 1,234,567. */
export function formatCount(n: number): string {
  return Number.isFinite(n) ? grouped.format(n) : '0';
}

/** A ratio in [-1, 1] as a signed whole percentage: "+23%", "-7%", "0%". */
export function signedPercent(ratio: number): string {
  if (!Number.isFinite(ratio)) return '0%';
  const p = Math.round(ratio * 100);
  if (p === 0) return '0%';
  return (p > 0 ? '+' : '-') + Math.abs(p) + '%';
}

export type Trend = 'up' | 'down' | 'flat';

export interface Change {
  trend: Trend;
  /** "▲ +12 (+8%)", "▼ -5 (-50%)", "▲ +4 (new)", "= 0". */
  text: string;
}

/** The change from `prev` to `current`, for a KPI tile. */
export function describeChange(current: number, prev: number): Change {
  const c = Number.isFinite(current) ? current : 0;
  const p = Number.isFinite(prev) ? prev : 0;
  const diff = c - p;
  if (diff === 0) return { trend: 'flat', text: '= 0' };
  const trend: Trend = diff > 0 ? 'up' : 'down';
  const arrow = trend === 'up' ? '▲' : '▼';
  const sign = diff > 0 ? '+' : '-';
  const pct = p > 0 ? signedPercent(diff / p) : 'new';
  return { trend, text: `${arrow} ${sign}${formatCount(Math.abs(diff))} (${pct})` };
}
