import { randomUUID } from 'node:crypto';
import type { Alert, AlertState } from '../../shared/alert';
import type { Clock } from '../clock';

/** Alerts kept in memory (open ones always; resolved ones up to this many, newest first). */
export const ALERT_HISTORY_MAX = 500;

export type AlertInput = Omit<Alert, 'id' | 'state' | 'startedAt' | 'updatedAt' | 'acknowledged'> & { state?: Alert['state'] };

/** 'local': changed on this node; 'remote': another node's change applied here (Redis mode). */
export type ChangeOrigin = 'local' | 'remote';
type Listener = (a: Alert, origin: ChangeOrigin) => void;

export interface AlertListQuery { state?: AlertState; limit?: number }

/**
 * Alerts and their lifecycle: pending -> firing -> resolved, acknowledge, silence. The alert
 * engine and the manual API raise them; every change goes to listeners (the realtime hub).
 */
export class AlertStore {
  private alerts = new Map<string, Alert>();
  private listeners: Listener[] = [];

  constructor(private clock: Clock) {}

  onChange(fn: Listener): void { this.listeners.push(fn); }

  raise(input: AlertInput): Alert {
    const now = this.clock.now();
    const state = input.state ?? 'firing';
    const a: Alert = { ...input, id: randomUUID(), state, startedAt: now, updatedAt: now, ...(state === 'firing' ? { firedAt: input.firedAt ?? now } : {}) };
    this.alerts.set(a.id, a);
    this.trim();
    this.emit(a);
    return a;
  }

  get(id: string): Alert | undefined { return this.alerts.get(id); }

  /** Sets an alert as another node left it (Redis mode); listeners see origin 'remote'. */
  upsert(a: Alert): void {
    this.alerts.set(a.id, a);
    this.trim();
    this.emit(a, 'remote');
  }

  acknowledge(id: string, by: string, note?: string): Alert | undefined {
    return this.update(id, (a) => ({ ...a, acknowledged: { by, at: this.clock.now(), note } }));
  }

  resolve(id: string): Alert | undefined {
    return this.update(id, (a) => (a.state === 'resolved' ? a : { ...a, state: 'resolved', resolvedAt: this.clock.now() }));
  }

  /** Applies a change (engine updates: value, severity, samples, state, silence). */
  patch(id: string, fields: Partial<Omit<Alert, 'id' | 'startedAt'>>): Alert | undefined {
    return this.update(id, (a) => ({ ...a, ...fields }));
  }

  /** Newest first, optionally only one state, at most limit. */
  list(q: AlertListQuery = {}): Alert[] {
    let all = [...this.alerts.values()];
    if (q.state) all = all.filter((a) => a.state === q.state);
    all.sort((a, b) => b.startedAt - a.startedAt);
    return q.limit !== undefined ? all.slice(0, q.limit) : all;
  }

  /** Firing, not acknowledged, not silenced. */
  openCount(): number {
    let n = 0;
    for (const a of this.alerts.values()) if (a.state === 'firing' && !a.acknowledged && !a.silenced) n++;
    return n;
  }

  private update(id: string, fn: (a: Alert) => Alert): Alert | undefined {
    const cur = this.alerts.get(id);
    if (!cur) return undefined;
    const next = { ...fn(cur), updatedAt: this.clock.now() };
    this.alerts.set(id, next);
    this.emit(next);
    return next;
  }

  private trim(): void {
    if (this.alerts.size <= ALERT_HISTORY_MAX) return;
    const resolved = this.list().filter((a) => a.state === 'resolved');
    for (const a of resolved.slice(Math.max(0, ALERT_HISTORY_MAX - (this.alerts.size - resolved.length)))) this.alerts.delete(a.id);
  }

  private emit(a: Alert, origin: ChangeOrigin = 'local'): void {
    for (const l of this.listeners) {
      try { l(a, origin); } catch { /* a listener must not break the store */ }
    }
  }
}
