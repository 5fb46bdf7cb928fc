import type { Alert } from '../../shared/alert';
import type { Frame } from '../../shared/frame';

/** A cheap shape check of an inbound frame: enough that applyFrame cannot throw on it. */
export function isFrame(x: unknown): x is Frame {
  if (typeof x !== 'object' || x === null) return false;
  const f = x as Record<string, unknown>;
  if (f.kind !== 'snapshot' && f.kind !== 'delta') return false;
  if (typeof f.seq !== 'number' || typeof f.now !== 'number') return false;
  if (typeof f.kpis !== 'object' || f.kpis === null) return false;
  if (!Array.isArray(f.volume) || !Array.isArray(f.river) || !Array.isArray(f.alerts)) return false;
  if (f.kind === 'snapshot') {
    return typeof f.bucketMs === 'number' && Array.isArray(f.brands) && Array.isArray(f.topics);
  }
  return true;
}

/** A cheap shape check of an inbound alert ('alert:update'). */
export function isAlert(x: unknown): x is Alert {
  if (typeof x !== 'object' || x === null) return false;
  const a = x as Record<string, unknown>;
  return typeof a.id === 'string' && typeof a.state === 'string' && typeof a.title === 'string' &&
    typeof a.severity === 'number' && typeof a.updatedAt === 'number';
}
