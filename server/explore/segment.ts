import { CHANNELS, INTENTS, POLARITIES, type AnalyzedMention } from '../../shared/mention';
import { Arena } from './arena';
import { takeJson } from './json-memo';
import { Dict } from './dict';
import { Forward } from './forward';
import { Postings } from './postings';
import { wordsOf } from './words';

/** The low-cardinality dictionaries, shared by every segment of an index. */
export class Dicts {
  readonly channel = prefilled(CHANNELS);
  readonly polarity = prefilled(POLARITIES);
  readonly intent = prefilled(INTENTS);
  readonly country = new Dict();
  readonly region = new Dict();
  readonly language = new Dict();
  readonly department = new Dict();
  readonly query = new Dict();
  readonly brand = new Dict();
  readonly topic = new Dict();
  /** Open-ended: compacted as segments are dropped. */
  readonly term = new Dict();
  readonly author = new Dict();
}

function prefilled(values: readonly string[]): Dict {
  const d = new Dict();
  for (const v of values) d.code(v);
  return d;
}

export type ColumnName = 'channel' | 'polarity' | 'intent' | 'country' | 'region' | 'language' | 'department' | 'query' | 'author';
export const COLUMN_NAMES: readonly ColumnName[] = ['channel', 'polarity', 'intent', 'country', 'region', 'language', 'department', 'query', 'author'];

/** Polarity codes (prefilled in this order after NONE). */
export const POSITIVE = 1;
export const NEUTRAL = 2;
export const NEGATIVE = 3;

/**
 * A block of consecutive mentions (in arrival order): typed columns, posting lists, and the
 * mentions themselves (objects until serialized into the arena). Rows are numbered from 0; the
 * row's sequence number in the index is base + row.
 */
export class Segment {
  n = 0;
  /** Rows [0, serialized) are in the arena; the others still in docs. */
  serialized = 0;
  sealed = false;
  minT = Infinity;
  maxT = -Infinity;
  /** Indexed time: createdAt, or receivedAt when createdAt is later (a mention from the future). */
  readonly t: Float64Array;
  readonly created: Float64Array;
  readonly received: Float64Array;
  readonly reach: Float64Array;
  readonly cols: Record<ColumnName, Uint8Array | Uint16Array | Uint32Array>;
  readonly brands = new Postings<number>();
  readonly topics = new Postings<number>();
  /** Keyed by the global term code. */
  readonly terms = new Postings<number>();
  readonly words = new Postings<string>();
  /** The same values per row, for aggregates. */
  readonly fwd: { brand: Forward; topic: Forward; term: Forward };
  docs: (AnalyzedMention | undefined)[] | null;
  readonly arena: Arena;
  /** Where the text's JSON string sits in each serialized record (UTF-8 bytes; length 0: not found). */
  private readonly textAt: Uint32Array;
  private readonly textLen: Uint32Array;

  constructor(readonly base: number, readonly cap: number, private readonly dicts: Dicts) {
    this.t = new Float64Array(cap);
    this.created = new Float64Array(cap);
    this.received = new Float64Array(cap);
    this.reach = new Float64Array(cap);
    this.cols = {
      channel: new Uint8Array(cap), polarity: new Uint8Array(cap), intent: new Uint8Array(cap),
      country: new Uint16Array(cap), region: new Uint16Array(cap), language: new Uint16Array(cap),
      department: new Uint16Array(cap), query: new Uint32Array(cap), author: new Uint32Array(cap),
    };
    this.fwd = { brand: new Forward(cap), topic: new Forward(cap), term: new Forward(cap) };
    this.docs = new Array(cap);
    this.arena = new Arena(cap);
    this.textAt = new Uint32Array(cap);
    this.textLen = new Uint32Array(cap);
  }

  get full(): boolean { return this.n >= this.cap; }

  add(m: AnalyzedMention): void {
    const r = this.n++;
    const d = this.dicts;
    const created = m.createdAt;
    const received = m.receivedAt;
    const t = created <= received ? created : received;
    this.t[r] = t;
    if (t < this.minT) this.minT = t;
    if (t > this.maxT) this.maxT = t;
    this.created[r] = created;
    this.received[r] = received;
    this.reach[r] = m.reach;
    const c = this.cols;
    c.channel[r] = d.channel.code(m.channel);
    c.polarity[r] = d.polarity.code(m.sentiment.polarity);
    c.intent[r] = d.intent.code(m.intent);
    c.country[r] = d.country.code(m.place.country);
    c.region[r] = d.region.code(m.place.region);
    c.language[r] = d.language.code(m.language);
    c.department[r] = d.department.code(m.department);
    c.query[r] = d.query.code(m.query);
    const f = this.fwd;
    if (m.brands.length === 0) { this.brands.add(0, r); f.brand.push(0); }
    for (let i = 0; i < m.brands.length; i++) {
      const code = d.brand.code(m.brands[i].brand);
      if (dupBefore(m.brands, i)) continue;
      this.brands.add(code, r);
      f.brand.push(code);
    }
    f.brand.endRow();
    if (m.topics.length === 0) { this.topics.add(0, r); f.topic.push(0); }
    for (const tp of m.topics) { const code = d.topic.code(tp); this.topics.add(code, r); f.topic.push(code); }
    f.topic.endRow();
    for (const term of m.terms) { const code = d.term.code(term); this.terms.add(code, r); f.term.push(code); }
    f.term.endRow();
    c.author[r] = d.author.code(m.author?.handle);
    for (const w of wordsOf(m.text)) this.words.add(w, r);
    this.docs![r] = m;
  }

  /** No more rows: pack the posting lists. */
  seal(): void {
    if (this.sealed) return;
    this.sealed = true;
    const maxRow = this.n - 1;
    for (const p of [this.brands, this.topics, this.terms, this.words]) p.freeze(maxRow);
    for (const f of [this.fwd.brand, this.fwd.topic, this.fwd.term]) f.trim();
  }

  /** Serializes up to `max` more rows into the arena; true when every row is serialized. */
  serialize(max: number): boolean {
    const end = Math.min(this.n, this.serialized + max);
    const docs = this.docs!;
    for (let r = this.serialized; r < end; r++) {
      const doc = docs[r]!;
      const json = takeJson(doc);
      const bytes = this.arena.append(json);
      this.locateText(r, json, doc.text, bytes === json.length);
      docs[r] = undefined;
    }
    this.serialized = end;
    const done = this.serialized === this.n;
    if (done && this.sealed) {
      this.docs = null;
      this.arena.trim();
    }
    return done;
  }

  /** The mention at row r. */
  doc(r: number): AnalyzedMention {
    return r < this.serialized ? JSON.parse(this.arena.get(r)) as AnalyzedMention : this.docs![r]!;
  }

  /** The text of row r, without decoding the rest of the mention (phrase checks read many). */
  text(r: number): string {
    if (r >= this.serialized) return this.docs![r]!.text;
    const len = this.textLen[r];
    return len > 0 ? JSON.parse(this.arena.slice(r, this.textAt[r], len)) as string : this.doc(r).text;
  }

  private locateText(r: number, json: string, text: string, ascii: boolean): void {
    const lit = JSON.stringify(text);
    const key = '"text":';
    const at = json.indexOf(key + lit);
    if (at < 0) return;
    const start = at + key.length;
    this.textAt[r] = ascii ? start : Buffer.byteLength(json.slice(0, start));
    this.textLen[r] = ascii ? lit.length : Buffer.byteLength(lit);
  }

  /** The mention at row r as JSON text. */
  json(r: number): string {
    return r < this.serialized ? this.arena.get(r) : JSON.stringify(this.docs![r]);
  }

  /** Marks the term and author codes this segment uses. */
  markLive(terms: Uint8Array, authors: Uint8Array): void {
    this.terms.forEachKeyOnly((k) => { terms[k] = 1; });
    const a = this.cols.author;
    for (let r = 0; r < this.n; r++) authors[a[r]] = 1;
  }

  /** Renumbers term and author codes after their dictionaries were compacted. */
  remap(terms: Int32Array, authors: Int32Array): void {
    this.terms.remapKeys(terms);
    this.fwd.term.remap(terms);
    const a = this.cols.author;
    for (let r = 0; r < this.n; r++) a[r] = authors[a[r]];
  }

  /** Bytes held by the typed arrays, posting lists and arena (objects not yet serialized not counted). */
  bytes(): number {
    let b = this.t.byteLength * 4 + this.textAt.byteLength + this.textLen.byteLength;
    for (const k of COLUMN_NAMES) b += this.cols[k].byteLength;
    for (const p of [this.brands, this.topics, this.terms, this.words]) b += p.bytes();
    for (const f of [this.fwd.brand, this.fwd.topic, this.fwd.term]) b += f.bytes();
    return b + this.arena.byteLength();
  }
}

/** True when the brand at i was already matched earlier in the list (a brand named twice counts once). */
function dupBefore(brands: AnalyzedMention['brands'], i: number): boolean {
  for (let j = 0; j < i; j++) if (brands[j].brand === brands[i].brand) return true;
  return false;
}
