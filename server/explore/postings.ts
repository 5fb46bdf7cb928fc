/**
 * Posting lists of one segment: for each key, the rows (ascending) holding it. While the segment
 * is filling they are plain arrays in a Map; freeze() packs them into one typed array (CSR) with
 * the keys sorted, so exact lookups and prefix ranges are binary searches and memory is 2 or 4
 * bytes per entry.
 */
export type Rows = ArrayLike<number>;

const EMPTY: Rows = new Uint16Array(0);
const ROW16_MAX = 0xffff;

export class Postings<K extends string | number> {
  private open: Map<K, number[]> | null = new Map();
  private keysSorted: K[] = [];
  private offsets: Uint32Array = new Uint32Array(1);
  private rows: Uint16Array | Uint32Array = new Uint16Array(0);
  entries = 0;

  add(key: K, row: number): void {
    const m = this.open!;
    const list = m.get(key);
    if (list === undefined) m.set(key, [row]);
    else if (list[list.length - 1] !== row) list.push(row);
    else return;
    this.entries++;
  }

  get frozen(): boolean { return this.open === null; }

  get(key: K): Rows | undefined {
    if (this.open) return this.open.get(key);
    const i = this.indexOf(key);
    return i < 0 ? undefined : this.rows.subarray(this.offsets[i], this.offsets[i + 1]);
  }

  /** Every key and its rows. */
  *entriesIter(): IterableIterator<[K, Rows]> {
    if (this.open) { yield* this.open.entries(); return; }
    for (let i = 0; i < this.keysSorted.length; i++) yield [this.keysSorted[i], this.rows.subarray(this.offsets[i], this.offsets[i + 1])];
  }

  /** Calls fn for every key with its rows in list[start, end) (no allocation per key). */
  forEach(fn: (key: K, list: Rows, start: number, end: number) => void): void {
    if (this.open) { for (const [k, v] of this.open) fn(k, v, 0, v.length); return; }
    const ks = this.keysSorted;
    const off = this.offsets;
    for (let i = 0; i < ks.length; i++) fn(ks[i], this.rows, off[i], off[i + 1]);
  }

  /** Numeric keys only: renames keys through remap (old -> new; -1 drops the key). */
  remapKeys(remap: Int32Array): void {
    if (this.open) {
      const next = new Map<K, number[]>();
      for (const [k, v] of this.open) { const nk = remap[k as number]; if (nk >= 0) next.set(nk as K, v); }
      this.open = next;
      return;
    }
    const ks = this.keysSorted as number[];
    const order = ks.map((k, i) => [remap[k], i] as const).filter(([nk]) => nk >= 0).sort((a, b) => a[0] - b[0]);
    const offsets = new Uint32Array(order.length + 1);
    const rows = this.rows instanceof Uint16Array ? new Uint16Array(this.entries) : new Uint32Array(this.entries);
    let o = 0;
    order.forEach(([, i], j) => {
      offsets[j] = o;
      const part = this.rows.subarray(this.offsets[i], this.offsets[i + 1]);
      rows.set(part, o);
      o += part.length;
    });
    offsets[order.length] = o;
    this.keysSorted = order.map(([nk]) => nk) as K[];
    this.offsets = offsets;
    this.rows = o === rows.length ? rows : rows.slice(0, o);
    this.entries = o;
  }

  /** Calls fn with each key (to mark live dictionary codes). */
  forEachKeyOnly(fn: (key: K) => void): void {
    if (this.open) { for (const k of this.open.keys()) fn(k); return; }
    for (const k of this.keysSorted) fn(k);
  }

  /** Keys starting with prefix (string keys only). */
  *withPrefix(prefix: string): IterableIterator<[K, Rows]> {
    if (this.open) {
      for (const [k, v] of this.open) if ((k as string).startsWith(prefix)) yield [k, v];
      return;
    }
    let i = lowerBound(this.keysSorted as string[], prefix);
    for (; i < this.keysSorted.length && (this.keysSorted[i] as string).startsWith(prefix); i++) {
      yield [this.keysSorted[i], this.rows.subarray(this.offsets[i], this.offsets[i + 1])];
    }
  }

  get keyCount(): number { return this.open ? this.open.size : this.keysSorted.length; }

  /** Packs the lists; maxRow decides 16- or 32-bit rows. */
  freeze(maxRow: number): void {
    const m = this.open;
    if (!m) return;
    const keys = [...m.keys()].sort(compare);
    const offsets = new Uint32Array(keys.length + 1);
    const rows = maxRow <= ROW16_MAX ? new Uint16Array(this.entries) : new Uint32Array(this.entries);
    let o = 0;
    keys.forEach((k, i) => {
      offsets[i] = o;
      const list = m.get(k)!;
      rows.set(list, o);
      o += list.length;
    });
    offsets[keys.length] = o;
    this.keysSorted = keys;
    this.offsets = offsets;
    this.rows = rows;
    this.open = null;
  }

  /** Bytes held (typed arrays, list elements at 8 bytes, keys not counted). */
  bytes(): number {
    return this.open ? this.entries * 8 : this.rows.byteLength + this.offsets.byteLength;
  }

  private indexOf(key: K): number {
    const ks = this.keysSorted;
    let lo = 0;
    let hi = ks.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const c = ks[mid];
      if (c === key) return mid;
      if (c < key) lo = mid + 1; else hi = mid - 1;
    }
    return -1;
  }
}

function compare<K extends string | number>(a: K, b: K): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function lowerBound(ks: string[], key: string): number {
  let lo = 0;
  let hi = ks.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (ks[mid] < key) lo = mid + 1; else hi = mid;
  }
  return lo;
}

export { EMPTY as EMPTY_ROWS };
