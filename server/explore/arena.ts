/**
 * Serialized mentions of one segment: UTF-8 JSON records packed in one growing byte buffer (off
 * the JS heap, no object per mention for the garbage collector to trace), with record offsets.
 */
const INITIAL_BYTES = 64 * 1024;
const GROWTH = 2;
const encoder = new TextEncoder();
const decoder = new TextDecoder();
/** Worst case of UTF-8 bytes per UTF-16 unit. */
const UTF8_MAX_PER_UNIT = 3;

export class Arena {
  private buf = new Uint8Array(INITIAL_BYTES);
  private used = 0;
  private offsets: Uint32Array;
  count = 0;

  constructor(capacity: number) {
    this.offsets = new Uint32Array(capacity + 1);
  }

  append(json: string): void {
    const need = this.used + json.length * UTF8_MAX_PER_UNIT;
    if (need > this.buf.length) {
      let size = this.buf.length;
      while (size < need) size *= GROWTH;
      const next = new Uint8Array(size);
      next.set(this.buf.subarray(0, this.used));
      this.buf = next;
    }
    const { written } = encoder.encodeInto(json, this.buf.subarray(this.used));
    this.used += written;
    this.offsets[++this.count] = this.used;
  }

  /** The JSON text of record i. */
  get(i: number): string {
    return decoder.decode(this.buf.subarray(this.offsets[i], this.offsets[i + 1]));
  }

  /** The UTF-8 bytes of record i (a view: copy before keeping). */
  bytes(i: number): Uint8Array {
    return this.buf.subarray(this.offsets[i], this.offsets[i + 1]);
  }

  /** Gives back the unused tail of the buffer (once no more records will come). */
  trim(): void {
    if (this.buf.length > this.used) this.buf = this.buf.slice(0, this.used);
  }

  byteLength(): number {
    return this.buf.byteLength + this.offsets.byteLength;
  }
}
