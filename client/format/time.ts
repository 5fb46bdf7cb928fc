import { DAY_MS, HOUR_MS, MINUTE_MS, SECOND_MS } from '../../shared/constants';

const pad = (n: number) => String(n).padStart(2, '0');

/** Local time as HH:MM. */
export function hhmm(ms: number): string {
  const d = new Date(ms);
  return `${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** Local time as HH:MM:SS. */
export function hhmmss(ms: number): string {
  const d = new Date(ms);
  return `${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
}

/** How long ago `then` was, seen from `now`: "now", "42s", "5m", "3h", "2d". Future times read "now". */
export function relativeTime(then: number, now: number): string {
  const age = now - then;
  if (!Number.isFinite(age) || age < SECOND_MS) return 'now';
  if (age < MINUTE_MS) return `${Math.floor(age / SECOND_MS)}s`;
  if (age < HOUR_MS) return `${Math.floor(age / MINUTE_MS)}m`;
  if (age < DAY_MS) return `${Math.floor(age / HOUR_MS)}h`;
  return `${Math.floor(age / DAY_MS)}d`;
}
