/**
 * The last `size` bucket values of a series (a ring buffer): the scan test reads the sums of the
 * last 1, 2, ..., size buckets, and the baseline learns the sum of all of them.
 */
export const MAX_WINDOW_BUCKETS = 60;

export class RecentBuckets {
  private readonly ring: Float64Array;
  private next = 0;
  private n = 0;

  constructor(readonly size: number) {
    if (!Number.isInteger(size) || size < 1 || size > MAX_WINDOW_BUCKETS) {
      throw new RangeError(`window size must be an integer from 1 to ${MAX_WINDOW_BUCKETS}, got ${size}`);
    }
    this.ring = new Float64Array(size);
  }

  /** True once `size` values have been pushed. */
  get full(): boolean { return this.n >= this.size; }

  push(x: number): void {
    this.ring[this.next] = x;
    this.next = (this.next + 1) % this.size;
    if (this.n < this.size) this.n++;
  }

  /** The value `back` buckets ago (0: the newest). */
  at(back: number): number {
    return this.ring[(this.next - 1 - back + 2 * this.size) % this.size];
  }

  /** Sum of the whole window (re-summed: exact for any values, O(size) with size ≤ 60). */
  sum(): number {
    let s = 0;
    for (let i = 0; i < this.size; i++) s += this.ring[i];
    return s;
  }
}
