import { randomUUID } from 'node:crypto';
import type { AlertSilence } from '../../shared/alert';
import type { Clock } from '../clock';

/** Silences held at most (expired ones are dropped first). */
export const SILENCES_MAX = 500;

/** Silences by rule and/or brand until a time: matching alerts are recorded but neither take over the wall nor notify. */
export type SilenceChange = { kind: 'put' | 'delete'; silence: AlertSilence };

export class SilenceStore {
  private items = new Map<string, AlertSilence>();
  private listeners: ((c: SilenceChange) => void)[] = [];
  constructor(private clock: Clock) {}

  onChange(fn: (c: SilenceChange) => void): void { this.listeners.push(fn); }

  /** Sets a silence as another node made it (Redis mode). */
  upsert(s: AlertSilence): void { this.items.set(s.id, s); }

  add(s: Omit<AlertSilence, 'id' | 'createdAt'>): AlertSilence {
    this.prune();
    if (this.items.size >= SILENCES_MAX) {
      const oldest = [...this.items.values()].sort((a, b) => a.until - b.until)[0];
      this.items.delete(oldest.id);
    }
    const item: AlertSilence = { ...s, id: randomUUID(), createdAt: this.clock.now() };
    this.items.set(item.id, item);
    this.emit({ kind: 'put', silence: item });
    return item;
  }

  remove(id: string): boolean {
    const s = this.items.get(id);
    if (!s) return false;
    this.items.delete(id);
    this.emit({ kind: 'delete', silence: s });
    return true;
  }

  /** Drops a silence another node removed (Redis mode; no listener runs). */
  forget(id: string): void { this.items.delete(id); }

  private emit(c: SilenceChange): void { for (const l of this.listeners) l(c); }

  /** Active silences. */
  list(): AlertSilence[] {
    this.prune();
    return [...this.items.values()].sort((a, b) => b.createdAt - a.createdAt);
  }

  /** The active silence covering this rule and brand, if any. */
  match(rule: string, brand: string | undefined): AlertSilence | undefined {
    const now = this.clock.now();
    for (const s of this.items.values()) {
      if (s.until <= now) continue;
      if (s.rule !== undefined && s.rule !== rule) continue;
      if (s.brand !== undefined && s.brand !== brand) continue;
      return s;
    }
    return undefined;
  }

  private prune(): void {
    const now = this.clock.now();
    for (const [id, s] of this.items) if (s.until <= now) this.items.delete(id);
  }
}
