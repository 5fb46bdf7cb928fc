import { randomUUID } from 'node:crypto';
import type { AlertSilence } from '../../shared/alert';
import type { Clock } from '../clock';

/** Silences held at most (expired ones are dropped first). */
export const SILENCES_MAX = 500;

/** Silences by rule and/or brand until a time: matching alerts are recorded but neither take over the wall nor notify. */
export class SilenceStore {
  private items = new Map<string, AlertSilence>();
  constructor(private clock: Clock) {}

  add(s: Omit<AlertSilence, 'id' | 'createdAt'>): AlertSilence {
    this.prune();
    if (this.items.size >= SILENCES_MAX) {
      const oldest = [...this.items.values()].sort((a, b) => a.until - b.until)[0];
      this.items.delete(oldest.id);
    }
    const item: AlertSilence = { ...s, id: randomUUID(), createdAt: this.clock.now() };
    this.items.set(item.id, item);
    return item;
  }

  remove(id: string): boolean { return this.items.delete(id); }

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
