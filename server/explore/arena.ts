/**
 * Serialized mentions of one segment: UTF-8 JSON records packed in byte chunks (off the JS heap,
 * no object per mention for the garbage collector to trace), with each record's chunk and offset.
 * Chunks are filled and never copied (a record that does not fit starts the next chunk); only the
 * last one is cut to size when the segment is complete.
 */
const CHUNK_BYTES = 1024 * 1024;
/** Worst case of UTF-8 bytes per UTF-16 unit. */
const UTF8_MAX_PER_UNIT = 3;

export class Arena {
  private chunks: Buffer[] = [];
  private cur: Buffer | null = null;
  private used = 0;
  /** Record i is bytes [start[i], start[i] + len[i]) of chunks[chunk[i]]. */
  private chunk: Uint32Array;
  private start: Uint32Array;
  private len: Uint32Array;
  count = 0;

  constructor(capacity: number) {
    this.chunk = new Uint32Array(capacity);
    this.start = new Uint32Array(capacity);
    this.len = new Uint32Array(capacity);
  }

  /** Appends a record; returns its length in bytes. */
  append(json: string): number {
    const worst = json.length * UTF8_MAX_PER_UNIT;
    if (!this.cur || this.used + worst > this.cur.length) {
      this.cur = Buffer.allocUnsafeSlow(Math.max(CHUNK_BYTES, worst));
      this.chunks.push(this.cur);
      this.used = 0;
    }
    const bytes = this.cur.write(json, this.used, 'utf8');
    const i = this.count++;
    this.chunk[i] = this.chunks.length - 1;
    this.start[i] = this.used;
    this.len[i] = bytes;
    this.used += bytes;
    return bytes;
  }

  /** The JSON text of record i. */
  get(i: number): string {
    const at = this.start[i];
    return this.chunks[this.chunk[i]].toString('utf8', at, at + this.len[i]);
  }

  /** `len` bytes of record i from byte `start` of it, as text. */
  slice(i: number, start: number, len: number): string {
    const at = this.start[i] + start;
    return this.chunks[this.chunk[i]].toString('utf8', at, at + len);
  }

  /** Gives back the unused tail of the last chunk (once no more records will come). */
  trim(): void {
    const last = this.cur;
    if (last && last.length > this.used) {
      const exact = Buffer.allocUnsafeSlow(this.used);
      last.copy(exact, 0, 0, this.used);
      this.chunks[this.chunks.length - 1] = exact;
      this.cur = exact;
    }
  }

  byteLength(): number {
    let b = this.chunk.byteLength + this.start.byteLength + this.len.byteLength;
    for (const c of this.chunks) b += c.byteLength;
    return b;
  }
}
