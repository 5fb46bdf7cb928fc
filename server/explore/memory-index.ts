/**
 * The embedded MentionIndex: segments of consecutive mentions (typed columns, posting lists, the
 * mentions serialized off-heap), the oldest segment dropped when the index holds `capacity`.
 * Queries scan only the segments overlapping their time range; the newest segment is filled in
 * place and sealed (posting lists packed) when full. Mentions are serialized to the arena in small
 * slices after ingest (setImmediate), so the ingest path only pays for the columns and postings.
 */
import type { ExploreDimension, Held, Kpis } from '../../shared/explore';
import type { AnalyzedMention } from '../../shared/mention';
import { COLUMN_DIMS, bucketsOf, dictOf, forwardOf, keepFor, tally, topCodes, valueCounts, type Match } from './aggregate';
import { compile, matchSegment, Scratch, type Compiled } from './match';
import { NEGATIVE, NEUTRAL, POSITIVE, Dicts, Segment } from './segment';
import { TopK, afterCursor } from './topk';
import type { BreakdownOptions, BreakdownResult, Buckets, IndexQuery, MentionIndex, PageRequest, PageResult, SeriesCounts } from './types';

/** Rows per segment: capacity / SEGMENTS_TARGET, a power of two within these bounds. */
const SEGMENT_ROWS_MIN = 64;
const SEGMENT_ROWS_MAX = 65_536;
const SEGMENTS_TARGET = 16;
/**
 * Mentions serialized per background slice (a few ms, so a query waits little behind one), and
 * the backlog at which ingest serializes itself: a burst is absorbed at the speed of the columns
 * and postings, and serialized when the process is idle, holding at most this many mention
 * objects meanwhile (the recent-mention store holds 100,000 of the same objects anyway).
 */
const SERIALIZE_SLICE = 250;
const SERIALIZE_BACKLOG_MAX = 131_072;
/** Term and author dictionaries are not compacted below this many codes. */
const DICT_COMPACT_MIN = 4096;
/** Matching rows sorted per segment for a scan (export) are keyed (t - minT) * 2^16 + row when the span allows. */
const ROW_BITS = 65_536;

export interface MemoryIndexOptions {
  /** Most mentions held; the oldest segment is dropped to make room. */
  capacity: number;
  /** Rows per segment (default: capacity / 16, a power of two in [64, 65536]). */
  segmentRows?: number;
  /** Serialize mentions in the background (default) or at once (tests, benchmarks). */
  serialize?: 'background' | 'sync';
}

export function segmentRowsFor(capacity: number): number {
  let rows = SEGMENT_ROWS_MIN;
  while (rows * 2 <= capacity / SEGMENTS_TARGET && rows * 2 <= SEGMENT_ROWS_MAX) rows *= 2;
  return Math.min(rows, capacity);
}

export class MemoryMentionIndex implements MentionIndex {
  readonly capacity: number;
  readonly segmentRows: number;
  private readonly dicts = new Dicts();
  private segments: Segment[] = [];
  private nextSeq = 0;
  private evicted = 0;
  private completeFrom: number | null = null;
  private held_ = 0;
  private readonly scratch: Scratch;
  private readonly rowsBuf: Int32Array;
  private readonly bucketBuf: Int32Array;
  private serializeScheduled = false;
  private compactAt = { term: DICT_COMPACT_MIN, author: DICT_COMPACT_MIN };
  private readonly background: boolean;

  constructor(opts: MemoryIndexOptions) {
    if (!(opts.capacity >= 1)) throw new RangeError(`capacity must be >= 1, got ${opts.capacity}`);
    this.capacity = Math.floor(opts.capacity);
    this.segmentRows = Math.min(opts.segmentRows ?? segmentRowsFor(this.capacity), this.capacity);
    this.scratch = new Scratch(this.segmentRows);
    this.rowsBuf = new Int32Array(this.segmentRows);
    this.bucketBuf = new Int32Array(this.segmentRows);
    this.background = (opts.serialize ?? 'background') === 'background';
  }

  // ----------------------------------------------------------------------------- ingest

  async add(batch: readonly AnalyzedMention[]): Promise<void> {
    this.addSync(batch);
  }

  addSync(batch: readonly AnalyzedMention[]): void {
    for (const m of batch) {
      let seg = this.segments[this.segments.length - 1];
      if (!seg || seg.full) {
        seg?.seal();
        seg = new Segment(this.nextSeq, this.segmentRows, this.dicts);
        this.segments.push(seg);
      }
      if (this.held_ >= this.capacity) this.evictOldest();
      seg.add(m);
      this.nextSeq++;
      this.held_++;
    }
    if (!this.background) { this.flush(); return; }
    const backlog = this.backlog();
    if (backlog > SERIALIZE_BACKLOG_MAX) this.serializeSome(backlog - SERIALIZE_BACKLOG_MAX);
    this.scheduleSerialize();
  }

  private evictOldest(): void {
    const old = this.segments.shift()!;
    this.evicted += old.n;
    this.held_ -= old.n;
    const after = old.maxT + 1;
    if (this.completeFrom === null || after > this.completeFrom) this.completeFrom = after;
    this.maybeCompact();
  }

  /**
   * Terms and authors are open-ended: when their dictionaries have doubled since the last
   * compaction, the codes no segment uses any more are dropped and the segments renumbered.
   */
  private maybeCompact(): void {
    const d = this.dicts;
    if (d.term.size < this.compactAt.term && d.author.size < this.compactAt.author) return;
    const liveTerms = new Uint8Array(d.term.size);
    const liveAuthors = new Uint8Array(d.author.size);
    for (const s of this.segments) s.markLive(liveTerms, liveAuthors);
    const termMap = d.term.compact(liveTerms);
    const authorMap = d.author.compact(liveAuthors);
    for (const s of this.segments) s.remap(termMap, authorMap);
    this.compactAt = { term: Math.max(DICT_COMPACT_MIN, 2 * d.term.size), author: Math.max(DICT_COMPACT_MIN, 2 * d.author.size) };
  }

  private backlog(): number {
    let n = 0;
    for (const s of this.segments) n += s.n - s.serialized;
    return n;
  }

  private serializeSome(rows: number): void {
    let left = rows;
    for (const s of this.segments) {
      if (left <= 0) break;
      const before = s.serialized;
      if (before < s.n || (s.sealed && s.docs !== null)) {
        s.serialize(left);
        left -= s.serialized - before;
      }
    }
  }

  private scheduleSerialize(): void {
    if (this.serializeScheduled || this.backlog() === 0) return;
    this.serializeScheduled = true;
    setImmediate(() => {
      this.serializeScheduled = false;
      this.serializeSome(SERIALIZE_SLICE);
      this.scheduleSerialize();
    });
  }

  /** Serializes every pending mention now. */
  flush(): void {
    this.serializeSome(Infinity);
  }

  // ----------------------------------------------------------------------------- state

  async seq(): Promise<number> { return this.nextSeq; }

  async held(): Promise<Held> { return this.heldSync(); }

  heldSync(): Held {
    let from = Infinity;
    let to = -Infinity;
    for (const s of this.segments) {
      if (s.n === 0) continue;
      if (s.minT < from) from = s.minT;
      if (s.maxT > to) to = s.maxT;
    }
    return {
      from: Number.isFinite(from) ? from : null,
      to: Number.isFinite(to) ? to : null,
      count: this.held_,
      capacity: this.capacity,
      evicted: this.evicted,
      completeFrom: this.completeFrom,
    };
  }

  /** Sizes, for memory checks. */
  stats(): { segments: number; bytes: number; termCodes: number; authorCodes: number; pending: number } {
    return { segments: this.segments.length, bytes: this.bytes(), termCodes: this.dicts.term.size, authorCodes: this.dicts.author.size, pending: this.backlog() };
  }

  /** Bytes held by typed arrays, posting lists and serialized mentions (not the objects still waiting). */
  bytes(): number {
    return this.segments.reduce((a, s) => a + s.bytes(), 0);
  }

  // ----------------------------------------------------------------------------- queries

  /** Calls fn with each segment's matching rows (valid only during the call). */
  private each(c: Compiled, fn: (seg: Segment, rows: Int32Array, n: number) => void, newestFirst = false): void {
    const segs = newestFirst ? [...this.segments].reverse() : this.segments;
    for (const seg of segs) {
      const n = matchSegment(seg, c, this.scratch, this.rowsBuf);
      if (n > 0) fn(seg, this.rowsBuf, n);
    }
  }

  /** The matching rows of every segment, copied (for several passes). */
  private collect(c: Compiled): Match[] {
    const out: Match[] = [];
    this.each(c, (seg, rows, n) => out.push({ seg, rows: rows.slice(0, n) }));
    return out;
  }

  async count(q: IndexQuery): Promise<number> {
    const c = compile(q, this.dicts);
    let total = 0;
    this.each(c, (_s, _r, n) => { total += n; });
    return total;
  }

  async kpis(q: IndexQuery): Promise<Kpis> {
    const c = compile(q, this.dicts);
    const k = { total: 0, positive: 0, neutral: 0, negative: 0, net: 0, reach: 0, authors: 0 };
    const seen = new Uint8Array(this.dicts.author.size);
    this.each(c, (seg, rows, n) => {
      const pol = seg.cols.polarity;
      const author = seg.cols.author;
      const reach = seg.reach;
      for (let i = 0; i < n; i++) {
        const r = rows[i];
        const p = pol[r];
        if (p === POSITIVE) k.positive++; else if (p === NEGATIVE) k.negative++; else if (p === NEUTRAL) k.neutral++;
        k.reach += reach[r];
        seen[author[r]] = 1;
      }
      k.total += n;
    });
    for (let a = 1; a < seen.length; a++) k.authors += seen[a];
    k.net = k.total > 0 ? (k.positive - k.negative) / k.total : 0;
    return k;
  }

  async breakdown(q: IndexQuery, dim: ExploreDimension, opts: BreakdownOptions = {}): Promise<BreakdownResult> {
    const c = compile(q, this.dicts);
    const dict = dictOf(this.dicts, dim);
    const matches = this.collect(c);
    const t = tally(matches, dim, dict.size);
    const counts = t.counts;
    const keep = keepFor(dim);
    let distinct = 0;
    let sum = 0;
    let matched = 0;
    for (const m of matches) matched += m.rows.length;
    let codes: number[];
    if (opts.keys) {
      for (let code = 0; code < counts.length; code++) if (counts[code] > 0 && (!keep || keep(dict.values[code]))) { distinct++; sum += counts[code]; }
      codes = opts.keys.map((k) => dict.find(k));
    } else {
      const min = Math.max(1, opts.minCount ?? 1);
      codes = [];
      for (let code = 0; code < counts.length; code++) {
        const n = counts[code];
        if (n === 0 || (keep && !keep(dict.values[code]))) continue;
        distinct++;
        sum += n;
        if (n >= min) codes.push(code);
      }
      codes = topCodes(codes, counts, (c) => dict.values[c], opts.limit);
    }
    const items = codes.map((code, i) => valueCounts(t, code, code >= 0 ? dict.values[code] : opts.keys![i]));
    return { items, distinct, sum, matched };
  }

  async series(q: IndexQuery, buckets: Buckets, split?: { dim: ExploreDimension; keys: string[] }): Promise<SeriesCounts> {
    const c = compile(q, this.dicts);
    const nb = buckets.bounds.length - 1;
    const totals = new Float64Array(nb);
    const counts = split ? split.keys.map(() => new Float64Array(nb)) : undefined;
    const col = split ? COLUMN_DIMS[split.dim] : undefined;
    let codeToKey: Int32Array | undefined;
    if (split) {
      const dict = dictOf(this.dicts, split.dim);
      codeToKey = new Int32Array(dict.size).fill(-1);
      split.keys.forEach((k, i) => { const code = dict.find(k); if (code >= 0) codeToKey![code] = i; });
    }
    const bix = this.bucketBuf;
    this.each(c, (seg, rows, n) => {
      bucketsOf(seg, rows, n, buckets, bix);
      for (let i = 0; i < n; i++) totals[bix[i]]++;
      if (!split) return;
      const k2 = codeToKey!;
      if (col) {
        const codes = seg.cols[col];
        for (let i = 0; i < n; i++) { const ki = k2[codes[rows[i]]]; if (ki >= 0) counts![ki][bix[i]]++; }
        return;
      }
      const { offsets, values } = forwardOf(seg, split.dim);
      for (let i = 0; i < n; i++) {
        const r = rows[i];
        for (let j = offsets[r], e = offsets[r + 1]; j < e; j++) { const ki = k2[values[j]]; if (ki >= 0) counts![ki][bix[i]]++; }
      }
    });
    return counts ? { totals: [...totals], counts: counts.map((x) => [...x]) } : { totals: [...totals] };
  }

  async page(q: IndexQuery, req: PageRequest): Promise<PageResult> {
    const c = compile(q, this.dicts);
    const desc = req.order === 'desc';
    const offset = req.offset ?? 0;
    const top = new TopK(offset + req.limit, desc);
    const byTime = req.sort === 'time';
    let total = 0;
    this.each(c, (seg, rows, n) => {
      total += n;
      const vals = byTime ? seg.t : seg.reach;
      // a whole segment that cannot beat the worst kept item is skipped (time sort only)
      if (byTime && top.full() && (desc ? seg.maxT < top.worstValue() : seg.minT > top.worstValue())) return;
      for (let i = 0; i < n; i++) {
        const r = rows[i];
        const v = vals[r];
        const seq = seg.base + r;
        if (req.after && !afterCursor(v, seq, req.after, desc)) continue;
        top.push(v, seq);
      }
    }, byTime && desc);
    const picked = top.sorted().slice(offset);
    return { total, items: picked.map((p) => ({ mention: this.docAt(p.seq), v: p.v, seq: p.seq })) };
  }

  private segmentOf(seq: number): Segment {
    const segs = this.segments;
    let lo = 0;
    let hi = segs.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (segs[mid].base <= seq) lo = mid; else hi = mid - 1;
    }
    return segs[lo];
  }

  private docAt(seq: number): AnalyzedMention {
    const seg = this.segmentOf(seq);
    return seg.doc(seq - seg.base);
  }

  async *scan(q: IndexQuery, req: { sort: 'time' | 'reach'; order: 'asc' | 'desc'; batch: number }): AsyncIterable<string[]> {
    const c = compile(q, this.dicts);
    // Collect (segment, sorted rows) for every segment now: the snapshot is fixed at the start.
    const asOf = Math.min(c.asOf, this.nextSeq);
    const pinned: Compiled = { ...c, asOf };
    const parts: { seg: Segment; rows: Int32Array; pos: number }[] = [];
    this.each(pinned, (seg, rows, n) => parts.push({ seg, rows: sortRows(seg, rows.slice(0, n), req.sort, req.order === 'desc'), pos: 0 }));
    const desc = req.order === 'desc';
    const value = (p: { seg: Segment; rows: Int32Array; pos: number }) => (req.sort === 'time' ? p.seg.t : p.seg.reach)[p.rows[p.pos]];
    let out: string[] = [];
    for (;;) {
      // k-way merge: pick the part whose head comes first (ties: sequence number in the same direction)
      let best = -1;
      for (let i = 0; i < parts.length; i++) {
        const p = parts[i];
        if (p.pos >= p.rows.length) continue; // an evicted segment is still read: the export keeps its snapshot
        if (best < 0) { best = i; continue; }
        const b = parts[best];
        const v = value(p);
        const bv = value(b);
        const seq = p.seg.base + p.rows[p.pos];
        const bseq = b.seg.base + b.rows[b.pos];
        if (v !== bv ? (desc ? v > bv : v < bv) : (desc ? seq > bseq : seq < bseq)) best = i;
      }
      if (best < 0) break;
      const p = parts[best];
      out.push(p.seg.json(p.rows[p.pos++]));
      if (out.length >= req.batch) { yield out; out = []; }
    }
    if (out.length) yield out;
  }
}

/** The rows of a segment sorted by time or reach, ties by row, in the given direction. */
function sortRows(seg: Segment, rows: Int32Array, sort: 'time' | 'reach', desc: boolean): Int32Array {
  const span = seg.maxT - seg.minT;
  if (sort === 'time' && span * ROW_BITS < Number.MAX_SAFE_INTEGER) {
    const keys = new Float64Array(rows.length);
    for (let i = 0; i < rows.length; i++) keys[i] = (seg.t[rows[i]] - seg.minT) * ROW_BITS + rows[i];
    keys.sort();
    const out = new Int32Array(rows.length);
    for (let i = 0; i < keys.length; i++) out[desc ? keys.length - 1 - i : i] = keys[i] % ROW_BITS;
    return out;
  }
  const vals = sort === 'time' ? seg.t : seg.reach;
  const d = desc ? -1 : 1;
  return rows.sort((a, b) => (vals[a] !== vals[b] ? (vals[a] - vals[b]) * d : (a - b) * d));
}
