/**
 * Times on the explore page: shown in the viewer's time zone or in UTC, and the zone the API buckets
 * days and hours in. Custom from/to come from <input type="datetime-local"> values read in that zone.
 */
import { isTimeZone } from '../../shared/explore';
import type { TzMode } from './urlState';

/** The viewer's IANA time zone ("UTC" when the runtime does not tell). */
export function viewerTimeZone(): string {
  try {
    const z = Intl.DateTimeFormat().resolvedOptions().timeZone;
    return z && isTimeZone(z) ? z : 'UTC';
  } catch {
    return 'UTC';
  }
}

/** The IANA zone of a mode: the viewer's, or UTC. */
export function zoneOf(mode: TzMode): string {
  return mode === 'utc' ? 'UTC' : viewerTimeZone();
}

const formats = new Map<string, Intl.DateTimeFormat>();
function fmt(zone: string, withDate: boolean, seconds: boolean): Intl.DateTimeFormat {
  const key = `${zone}|${withDate}|${seconds}`;
  let f = formats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat('en-GB', {
      timeZone: zone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
      ...(seconds ? { second: '2-digit' } : {}),
      ...(withDate ? { year: 'numeric', month: '2-digit', day: '2-digit' } : {}),
    });
    formats.set(key, f);
  }
  return f;
}

/** Wall-clock parts of an instant in a zone. */
function parts(ms: number, zone: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const p of fmt(zone, true, true).formatToParts(ms)) out[p.type] = p.value;
  return out;
}

/** "2026-11-22 14:05:09" in the zone. */
export function formatDateTime(ms: number, zone: string, seconds = true): string {
  if (!Number.isFinite(ms)) return '—';
  const p = parts(ms, zone);
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}${seconds ? `:${p.second}` : ''}`;
}

/** "14:05" (or "11-22 14:05" when the span covers more than a day) for chart axes. */
export function formatTick(ms: number, zone: string, withDate: boolean): string {
  const p = parts(ms, zone);
  return withDate ? `${p.month}-${p.day} ${p.hour}:${p.minute}` : `${p.hour}:${p.minute}`;
}

/** The zone's offset from UTC at an instant, in ms (Paris in winter: +3,600,000). */
export function zoneOffsetMs(ms: number, zone: string): number {
  const p = parts(ms, zone);
  const asUtc = Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day), Number(p.hour) % 24, Number(p.minute), Number(p.second));
  return asUtc - Math.floor(ms / 1000) * 1000;
}

/** The value of a datetime-local input ("2026-11-22T14:05") for an instant, in the zone. */
export function toInputValue(ms: number | undefined, zone: string): string {
  if (ms === undefined || !Number.isFinite(ms)) return '';
  const p = parts(ms, zone);
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}`;
}

/** The instant a datetime-local value names in the zone, or undefined when it is not a valid value. */
export function fromInputValue(value: string, zone: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value);
  if (!m) return undefined;
  const wall = Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], m[6] ? +m[6] : 0);
  if (!Number.isFinite(wall)) return undefined;
  // the offset at the guessed instant, then again at the corrected one (DST edges)
  let t = wall - zoneOffsetMs(wall, zone);
  t = wall - zoneOffsetMs(t, zone);
  return t;
}

/** A short name of the zone for labels: "UTC" or "Europe/Paris (UTC+01:00)". */
export function zoneLabel(zone: string, at: number): string {
  if (zone === 'UTC') return 'UTC';
  const off = zoneOffsetMs(at, zone) / 60_000;
  const sign = off < 0 ? '-' : '+';
  const a = Math.abs(off);
  return `${zone} (UTC${sign}${String(Math.floor(a / 60)).padStart(2, '0')}:${String(a % 60).padStart(2, '0')})`;
}
