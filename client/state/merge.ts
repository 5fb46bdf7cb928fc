import type { Alert } from '../../shared/alert';
import type { VolumePoint } from '../../shared/frame';
import type { RiverItem } from '../../shared/mention';
import { RIVER_MAX, VOLUME_BUCKETS } from '../../shared/constants';

/** Alerts kept on the client at most (resolved ones are dropped first). */
export const ALERTS_MAX = 100;

/**
 * Volume window after a delta: buckets replace by t, new ones are inserted in order, and
 * buckets older than VOLUME_BUCKETS * bucketMs before the newest are dropped (at most
 * VOLUME_BUCKETS kept). `bucketMs` <= 0 (no snapshot yet) trims by count only.
 */
export function mergeVolume(window: readonly VolumePoint[], changed: readonly VolumePoint[], bucketMs: number): VolumePoint[] {
  if (changed.length === 0) return window as VolumePoint[];
  const out = window.slice();
  for (const p of changed) {
    if (!Number.isFinite(p.t)) continue;
    let i = out.length - 1;
    while (i >= 0 && out[i].t > p.t) i--; // deltas touch the newest buckets: scan from the end
    if (i >= 0 && out[i].t === p.t) out[i] = p;
    else out.splice(i + 1, 0, p);
  }
  return trimVolume(out, bucketMs);
}

/** Drop buckets outside the window that ends at the newest bucket; keep at most VOLUME_BUCKETS. */
export function trimVolume(points: VolumePoint[], bucketMs: number): VolumePoint[] {
  if (points.length === 0) return points;
  let start = Math.max(0, points.length - VOLUME_BUCKETS);
  if (bucketMs > 0) {
    const oldest = points[points.length - 1].t - (VOLUME_BUCKETS - 1) * bucketMs;
    while (start < points.length && points[start].t < oldest) start++;
  }
  return start === 0 ? points : points.slice(start);
}

/** River after a delta: new posts (newest first) go on top, one entry per id, at most RIVER_MAX. */
export function mergeRiver(river: readonly RiverItem[], fresh: readonly RiverItem[]): RiverItem[] {
  if (fresh.length === 0) return river as RiverItem[];
  return dedupeRiver([...fresh, ...river]);
}

/** Keep the first entry per id, at most RIVER_MAX. */
export function dedupeRiver(items: readonly RiverItem[]): RiverItem[] {
  const seen = new Set<string>();
  const out: RiverItem[] = [];
  for (const item of items) {
    if (seen.has(item.id)) continue;
    seen.add(item.id);
    out.push(item);
    if (out.length >= RIVER_MAX) break;
  }
  return out;
}

/** Alerts after a delta: replace by id, add new ones; bounded by ALERTS_MAX (resolved and oldest go first). */
export function mergeAlerts(alerts: readonly Alert[], changed: readonly Alert[]): Alert[] {
  if (changed.length === 0) return alerts as Alert[];
  const byId = new Map<string, Alert>();
  for (const a of alerts) byId.set(a.id, a);
  for (const a of changed) byId.set(a.id, a);
  return boundAlerts([...byId.values()]);
}

export function boundAlerts(alerts: Alert[]): Alert[] {
  if (alerts.length <= ALERTS_MAX) return alerts;
  const rank = (a: Alert) => (a.state === 'resolved' ? 0 : 1);
  const keep = alerts
    .slice()
    .sort((a, b) => rank(b) - rank(a) || b.updatedAt - a.updatedAt)
    .slice(0, ALERTS_MAX);
  const kept = new Set(keep);
  return alerts.filter((a) => kept.has(a)); // original order
}
