import type { AnalyzedMention } from '../../shared/mention';
import type { DedupeStore, MentionStore } from './types';

/** A ring buffer of the latest mentions with an id index; the oldest is dropped past capacity. */
export class MemoryMentionStore implements MentionStore {
  private ring: (AnalyzedMention | undefined)[];
  private head = 0; // next write position
  private count = 0;
  private byId = new Map<string, AnalyzedMention>();

  constructor(readonly capacity: number) {
    this.ring = new Array(capacity);
  }

  async add(batch: readonly AnalyzedMention[]): Promise<void> {
    for (const m of batch) {
      const old = this.ring[this.head];
      if (old && this.byId.get(old.id) === old) this.byId.delete(old.id);
      this.ring[this.head] = m;
      this.byId.set(m.id, m);
      this.head = (this.head + 1) % this.capacity;
      if (this.count < this.capacity) this.count++;
    }
  }

  async get(id: string): Promise<AnalyzedMention | undefined> {
    return this.byId.get(id);
  }

  async recent(limit: number): Promise<AnalyzedMention[]> {
    const n = Math.min(limit, this.count);
    const out: AnalyzedMention[] = [];
    for (let i = 1; i <= n; i++) out.push(this.ring[(this.head - i + this.capacity) % this.capacity]!);
    return out;
  }

  async size(): Promise<number> {
    return this.count;
  }
}

/**
 * Remembers the last `capacity` ids (insertion order; the oldest is forgotten first). A duplicate
 * older than the window would be counted again: size the window above the expected redelivery span.
 */
export class MemoryDedupeStore implements DedupeStore {
  private seen = new Set<string>();

  constructor(readonly capacity: number) {}

  async claim(ids: readonly string[]): Promise<boolean[]> {
    const out: boolean[] = [];
    for (const id of ids) {
      if (this.seen.has(id)) { out.push(false); continue; }
      this.seen.add(id);
      if (this.seen.size > this.capacity) {
        const oldest = this.seen.values().next().value as string;
        this.seen.delete(oldest);
      }
      out.push(true);
    }
    return out;
  }
}
