/**
 * Time zones without a library: the UTC offset of an IANA zone at an instant (Intl), cached per
 * quarter hour (offsets change on quarter-hour boundaries at most), ISO-8601 text with that
 * offset, and local-time bucket boundaries.
 */
import { MINUTE_MS } from '../../shared/constants';

const OFFSET_CACHE_STEP_MS = 15 * MINUTE_MS;
/** Cached offsets per zone at most (then the cache starts over). */
const OFFSET_CACHE_MAX = 20_000;
const formatters = new Map<string, Intl.DateTimeFormat>();
const caches = new Map<string, Map<number, number>>();

function formatter(tz: string): Intl.DateTimeFormat {
  let f = formatters.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: tz, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit',
      hour: '2-digit', minute: '2-digit', second: '2-digit',
    });
    formatters.set(tz, f);
  }
  return f;
}

function computeOffset(tz: string, t: number): number {
  const parts = formatter(tz).formatToParts(new Date(t));
  const get = (type: string) => Number(parts.find((p) => p.type === type)!.value);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  const wholeSeconds = t - (((t % 1000) + 1000) % 1000);
  return asUtc - wholeSeconds;
}

/** Local time minus UTC, in ms, of zone tz at instant t. */
export function offsetMs(tz: string, t: number): number {
  if (tz === 'UTC' || tz === 'Etc/UTC') return 0;
  let cache = caches.get(tz);
  if (!cache) { cache = new Map(); caches.set(tz, cache); }
  const key = Math.floor(t / OFFSET_CACHE_STEP_MS);
  let off = cache.get(key);
  if (off === undefined) {
    if (cache.size >= OFFSET_CACHE_MAX) cache.clear();
    off = computeOffset(tz, key * OFFSET_CACHE_STEP_MS);
    cache.set(key, off);
  }
  return off;
}

const pad = (n: number) => String(Math.floor(n)).padStart(2, '0');

/** "2026-11-22T11:00:00.000+01:00" (or "...Z" in UTC). */
export function isoInZone(t: number, tz: string): string {
  const off = offsetMs(tz, t);
  const local = new Date(t + off).toISOString();
  if (off === 0) return local;
  const a = Math.abs(off) / MINUTE_MS;
  return `${local.slice(0, -1)}${off < 0 ? '-' : '+'}${pad(a / 60)}:${pad(a % 60)}`;
}

/** The instant whose local time in tz is `local` (ms since epoch, read as a local wall clock). */
export function fromLocal(local: number, tz: string): number {
  let t = local - offsetMs(tz, local);
  t = local - offsetMs(tz, t);
  return t;
}
