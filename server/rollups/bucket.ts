import type { RollupGroup } from '../../shared/rollup';

/** Query results memoised per bucket, keyed by query signature; dropped when the bucket changes. */
const MEMO_MAX = 16;

/**
 * Sparse counters of one time bucket: key id -> count. Open buckets are Maps; a bucket that has
 * not changed for a while is frozen into two typed arrays (about 8 bytes an entry) and thawed
 * again if a late mention arrives.
 */
export class Bucket {
  private live: Map<number, number> | null = new Map();
  private ids: Uint32Array | null = null;
  private counts: Uint32Array | null = null;
  private memo = new Map<string, RollupGroup[]>();
  /** Increases on every change. */
  version = 0;

  constructor(readonly start: number) {}

  inc(id: number, by = 1): void {
    if (!this.live) this.thaw();
    const m = this.live!;
    m.set(id, (m.get(id) ?? 0) + by);
    this.version++;
    if (this.memo.size) this.memo.clear();
  }

  get frozen(): boolean { return this.live === null; }

  freeze(): void {
    if (!this.live) return;
    const n = this.live.size;
    const ids = new Uint32Array(n);
    const counts = new Uint32Array(n);
    let i = 0;
    for (const [id, c] of this.live) { ids[i] = id; counts[i] = c; i++; }
    this.ids = ids; this.counts = counts; this.live = null;
  }

  private thaw(): void {
    const m = new Map<number, number>();
    if (this.ids && this.counts) for (let i = 0; i < this.ids.length; i++) m.set(this.ids[i], this.counts[i]);
    this.live = m; this.ids = null; this.counts = null;
  }

  forEach(fn: (id: number, count: number) => void): void {
    if (this.live) { for (const [id, c] of this.live) fn(id, c); return; }
    const ids = this.ids!, counts = this.counts!;
    for (let i = 0; i < ids.length; i++) fn(ids[i], counts[i]);
  }

  get size(): number { return this.live ? this.live.size : this.ids!.length; }

  memoGet(sig: string): RollupGroup[] | undefined { return this.memo.get(sig); }

  memoSet(sig: string, groups: RollupGroup[]): void {
    if (this.memo.size >= MEMO_MAX) this.memo.clear();
    this.memo.set(sig, groups);
  }
}
