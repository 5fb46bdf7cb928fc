import type { RollupGroup } from '../../shared/rollup';

/** Query results memoised per bucket, keyed by query signature; dropped when the bucket changes. */
const MEMO_MAX = 16;

/** First size of a dense bucket's cells (grown by doubling to the largest key id counted). */
const DENSE_INITIAL = 256;

/**
 * Counters of one time bucket: key id -> count. A bucket that is being filled now is dense (a
 * Float64Array indexed by key id and the ids in the order first counted: an increment is an array
 * write, not two Map operations, and mentions come in at thousands a second); one opened for a late
 * mention is a sparse Map. A bucket that has not changed for a while is frozen into two typed arrays
 * (about 8 bytes an entry) and thawed, as a Map, if a late mention arrives.
 */
export class Bucket {
  private cells: Float64Array | null = null;
  private touched: number[] | null = null;
  private live: Map<number, number> | null = null;
  private ids: Uint32Array | null = null;
  private counts: Uint32Array | null = null;
  private memo = new Map<string, RollupGroup[]>();
  /** Increases on every change. */
  version = 0;

  constructor(readonly start: number, dense = false) {
    if (dense) { this.cells = new Float64Array(DENSE_INITIAL); this.touched = []; } else this.live = new Map();
  }

  inc(id: number, by = 1): void {
    if (by === 0) return;
    const cells = this.cells;
    if (cells) {
      if (id >= cells.length) { this.grow(id); this.inc(id, by); return; }
      if (cells[id] === 0) this.touched!.push(id);
      cells[id] += by;
    } else {
      if (!this.live) this.thaw();
      const m = this.live!;
      m.set(id, (m.get(id) ?? 0) + by);
    }
    this.version++;
    if (this.memo.size) this.memo.clear();
  }

  get frozen(): boolean { return this.ids !== null; }

  /** Counting into an array indexed by key id (see the class comment). */
  get dense(): boolean { return this.cells !== null; }

  freeze(): void {
    if (this.ids) return;
    const n = this.size;
    const ids = new Uint32Array(n);
    const counts = new Uint32Array(n);
    let i = 0;
    this.forEach((id, c) => { ids[i] = id; counts[i] = c; i++; });
    this.ids = ids; this.counts = counts;
    this.live = null; this.cells = null; this.touched = null;
  }

  private grow(id: number): void {
    let size = this.cells!.length;
    while (size <= id) size *= 2;
    const next = new Float64Array(size);
    next.set(this.cells!);
    this.cells = next;
  }

  private thaw(): void {
    const m = new Map<number, number>();
    if (this.ids && this.counts) for (let i = 0; i < this.ids.length; i++) m.set(this.ids[i], this.counts[i]);
    this.live = m; this.ids = null; this.counts = null;
  }

  forEach(fn: (id: number, count: number) => void): void {
    if (this.cells) { const cells = this.cells; for (const id of this.touched!) fn(id, cells[id]); return; }
    if (this.live) { for (const [id, c] of this.live) fn(id, c); return; }
    const ids = this.ids!, counts = this.counts!;
    for (let i = 0; i < ids.length; i++) fn(ids[i], counts[i]);
  }

  get size(): number { return this.touched ? this.touched.length : this.live ? this.live.size : this.ids!.length; }

  memoGet(sig: string): RollupGroup[] | undefined { return this.memo.get(sig); }

  memoSet(sig: string, groups: RollupGroup[]): void {
    if (this.memo.size >= MEMO_MAX) this.memo.clear();
    this.memo.set(sig, groups);
  }
}
