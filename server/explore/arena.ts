/**
 * Serialized mentions of one segment: UTF-8 JSON records packed in one growing byte buffer (off
 * the JS heap, no object per mention for the garbage collector to trace), with record offsets.
 */
const INITIAL_BYTES = 256 * 1024;
const GROWTH = 2;
/** Worst case of UTF-8 bytes per UTF-16 unit. */
const UTF8_MAX_PER_UNIT = 3;

export class Arena {
  private buf = Buffer.allocUnsafe(INITIAL_BYTES);
  private used = 0;
  private offsets: Uint32Array;
  count = 0;

  constructor(capacity: number) {
    this.offsets = new Uint32Array(capacity + 1);
  }

  /** Appends a record; returns its length in bytes. */
  append(json: string): number {
    const need = this.used + json.length * UTF8_MAX_PER_UNIT;
    if (need > this.buf.length) {
      let size = this.buf.length;
      while (size < need) size *= GROWTH;
      const next = Buffer.allocUnsafe(size);
      this.buf.copy(next, 0, 0, this.used);
      this.buf = next;
    }
    const bytes = this.buf.write(json, this.used, 'utf8');
    this.used += bytes;
    this.offsets[++this.count] = this.used;
    return bytes;
  }

  /** The JSON text of record i. */
  get(i: number): string {
    return this.buf.toString('utf8', this.offsets[i], this.offsets[i + 1]);
  }

  /** `len` bytes of record i from byte `start` of it, as text. */
  slice(i: number, start: number, len: number): string {
    const at = this.offsets[i] + start;
    return this.buf.toString('utf8', at, at + len);
  }

  /** Gives back the unused tail of the buffer (once no more records will come). */
  trim(): void {
    if (this.buf.length > this.used) {
      const exact = Buffer.allocUnsafeSlow(this.used);
      this.buf.copy(exact, 0, 0, this.used);
      this.buf = exact;
    }
  }

  byteLength(): number {
    return this.buf.byteLength + this.offsets.byteLength;
  }
}
