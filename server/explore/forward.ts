/**
 * The values of a multi-valued dimension per row (brands, topics, terms of each mention): codes
 * in one growing typed array with per-row offsets. Aggregates walk the matching rows' values, so
 * their cost follows the matches, not the segment.
 */
const INITIAL_VALUES = 1024;

export class Forward {
  readonly offsets: Uint32Array;
  values = new Uint32Array(INITIAL_VALUES);
  private used = 0;
  private rows = 0;

  constructor(capacity: number) {
    this.offsets = new Uint32Array(capacity + 1);
  }

  /** Starts row r (rows are added in order) — then push its values. */
  push(code: number): void {
    if (this.used === this.values.length) {
      const next = new Uint32Array(this.values.length * 2);
      next.set(this.values);
      this.values = next;
    }
    this.values[this.used++] = code;
  }

  /** Ends the current row. */
  endRow(): void {
    this.offsets[++this.rows] = this.used;
  }

  trim(): void {
    if (this.values.length > this.used) this.values = this.values.slice(0, this.used);
  }

  remap(remap: Int32Array): void {
    const v = this.values;
    for (let i = 0; i < this.used; i++) v[i] = remap[v[i]];
  }

  bytes(): number {
    return this.values.byteLength + this.offsets.byteLength;
  }
}
