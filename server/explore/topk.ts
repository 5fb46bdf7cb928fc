/**
 * The k best (value, seq) pairs of a stream: a bounded binary heap whose root is the worst kept.
 * "Best" is the largest pair for descending order and the smallest for ascending; ties on the
 * value are broken by seq in the same direction, so the order is total and pages are stable.
 */
export class TopK {
  private v: Float64Array;
  private s: Float64Array;
  size = 0;

  constructor(readonly k: number, readonly desc: boolean) {
    this.v = new Float64Array(Math.max(k, 1));
    this.s = new Float64Array(Math.max(k, 1));
  }

  /** a better than b? */
  private better(av: number, as: number, bv: number, bs: number): boolean {
    if (av !== bv) return this.desc ? av > bv : av < bv;
    return this.desc ? as > bs : as < bs;
  }

  /** Would a pair with this value (and the worst possible seq) get in? Lets callers skip work. */
  full(): boolean { return this.size >= this.k; }
  worstValue(): number { return this.v[0]; }

  push(v: number, seq: number): void {
    if (this.k === 0) return;
    if (this.size < this.k) {
      let i = this.size++;
      this.v[i] = v; this.s[i] = seq;
      // sift up: parent must be worse than child
      while (i > 0) {
        const p = (i - 1) >> 1;
        if (!this.better(this.v[p], this.s[p], this.v[i], this.s[i])) break;
        this.swap(i, p);
        i = p;
      }
      return;
    }
    if (!this.better(v, seq, this.v[0], this.s[0])) return;
    this.v[0] = v; this.s[0] = seq;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let w = i;
      if (l < this.size && this.better(this.v[w], this.s[w], this.v[l], this.s[l])) w = l;
      if (r < this.size && this.better(this.v[w], this.s[w], this.v[r], this.s[r])) w = r;
      if (w === i) break;
      this.swap(i, w);
      i = w;
    }
  }

  /** The kept pairs, best first. */
  sorted(): { v: number; seq: number }[] {
    const out: { v: number; seq: number }[] = [];
    for (let i = 0; i < this.size; i++) out.push({ v: this.v[i], seq: this.s[i] });
    const d = this.desc ? -1 : 1;
    out.sort((a, b) => (a.v !== b.v ? (a.v - b.v) * d : (a.seq - b.seq) * d));
    return out;
  }

  private swap(i: number, j: number): void {
    const tv = this.v[i]; this.v[i] = this.v[j]; this.v[j] = tv;
    const ts = this.s[i]; this.s[i] = this.s[j]; this.s[j] = ts;
  }
}

/** Does (v, seq) come after the cursor in this order? */
export function afterCursor(v: number, seq: number, after: { v: number; seq: number }, desc: boolean): boolean {
  if (v !== after.v) return desc ? v < after.v : v > after.v;
  return desc ? seq < after.seq : seq > after.seq;
}
