import { randomUUID } from 'node:crypto';
import type { Alert } from '../../shared/alert';
import type { Clock } from '../clock';

/** Alerts kept in memory (open ones always; resolved ones up to this many, newest first). */
export const ALERT_HISTORY_MAX = 500;

export type AlertInput = Omit<Alert, 'id' | 'state' | 'startedAt' | 'updatedAt' | 'acknowledged'> & { state?: Alert['state'] };

type Listener = (a: Alert) => void;

/**
 * Alerts and their lifecycle: pending -> firing -> resolved, acknowledge. Detectors (the alerting
 * issue) and the manual API raise them; every change goes to listeners (the realtime hub).
 */
export class AlertStore {
  private alerts = new Map<string, Alert>();
  private listeners: Listener[] = [];

  constructor(private clock: Clock) {}

  onChange(fn: Listener): void { this.listeners.push(fn); }

  raise(input: AlertInput): Alert {
    const now = this.clock.now();
    const a: Alert = { ...input, id: randomUUID(), state: input.state ?? 'firing', startedAt: now, updatedAt: now };
    this.alerts.set(a.id, a);
    this.trim();
    this.emit(a);
    return a;
  }

  get(id: string): Alert | undefined { return this.alerts.get(id); }

  acknowledge(id: string, by: string, note?: string): Alert | undefined {
    return this.update(id, (a) => ({ ...a, acknowledged: { by, at: this.clock.now(), note } }));
  }

  resolve(id: string): Alert | undefined {
    return this.update(id, (a) => ({ ...a, state: 'resolved' }));
  }

  /** Newest first. */
  list(): Alert[] {
    return [...this.alerts.values()].sort((a, b) => b.startedAt - a.startedAt);
  }

  /** Firing and not acknowledged. */
  openCount(): number {
    let n = 0;
    for (const a of this.alerts.values()) if (a.state === 'firing' && !a.acknowledged) n++;
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

  private emit(a: Alert): void {
    for (const l of this.listeners) l(a);
  }
}
