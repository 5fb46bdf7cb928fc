/**
 * Filter evaluation over one segment: posting-list constraints (brands, topics, terms, authors,
 * search words) give candidate rows, then the typed columns (channel, polarity, country, ...),
 * the time range and the snapshot are checked row by row.
 */
import { allowTable } from './dict';
import type { Rows } from './postings';
import { COLUMN_NAMES, type ColumnName, type Dicts, type Segment } from './segment';
import type { IndexQuery } from './types';
import { hasPhrase, parseSearch, wordSequence, type SearchTerm } from './words';

const COLUMN_FILTER: Record<ColumnName, keyof IndexQuery> = {
  channel: 'channels', polarity: 'polarities', intent: 'intents', country: 'countries', region: 'regions',
  language: 'languages', department: 'departments', query: 'queries', author: 'authors',
};

export interface Compiled {
  from: number;
  to: number;
  asOf: number;
  /** A listed constraint no mention can meet (e.g. an unknown brand): nothing matches. */
  never: boolean;
  cols: { name: ColumnName; allow: Uint8Array }[];
  brandCodes?: number[];
  topicCodes?: number[];
  termCodes?: number[];
  search: SearchTerm[];
}

export function compile(q: IndexQuery, dicts: Dicts): Compiled {
  const c: Compiled = { from: q.from, to: q.to, asOf: q.asOf ?? Number.MAX_SAFE_INTEGER, never: !(q.from < q.to), cols: [], search: [] };
  for (const name of COLUMN_NAMES) {
    const allow = allowTable(dicts[name], q[COLUMN_FILTER[name]] as string[] | undefined);
    if (!allow) continue;
    if (!allow.includes(1)) c.never = true;
    c.cols.push({ name, allow });
  }
  const codes = (list: string[] | undefined, dict: Dicts['brand']) => {
    if (!list) return undefined;
    const out = list.map((v) => dict.find(v)).filter((x) => x >= 0);
    if (out.length === 0) c.never = true;
    return out;
  };
  c.brandCodes = codes(q.brands, dicts.brand);
  c.topicCodes = codes(q.topics, dicts.topic);
  c.termCodes = codes(q.terms, dicts.term);
  if (q.q) c.search = parseSearch(q.q);
  return c;
}

/** Scratch per row of a segment, reused across queries (the index runs one query at a time). */
export class Scratch {
  cnt: Uint16Array;
  excl: Uint8Array;
  mask: Uint8Array;
  rows: Int32Array;
  cand: Int32Array;
  constructor(cap: number) {
    this.cnt = new Uint16Array(cap);
    this.excl = new Uint8Array(cap);
    this.mask = new Uint8Array(cap);
    this.rows = new Int32Array(cap);
    this.cand = new Int32Array(cap);
  }
}

function searchGroup(seg: Segment, s: SearchTerm, w: string): Rows[] {
  const out: Rows[] = [];
  if (s.kind === 'prefix') {
    for (const [, rows] of seg.words.withPrefix(w)) out.push(rows);
    if (w[0] !== '#' && w[0] !== '@') {
      for (const [, rows] of seg.words.withPrefix('#' + w)) out.push(rows);
      for (const [, rows] of seg.words.withPrefix('@' + w)) out.push(rows);
    }
    return out;
  }
  const keys = w[0] === '#' || w[0] === '@' ? [w] : [w, '#' + w, '@' + w];
  for (const k of keys) { const r = seg.words.get(k); if (r) out.push(r); }
  return out;
}

/** The candidate groups of a segment (each a union of row lists; rows must be in every group). */
function groups(seg: Segment, c: Compiled): Rows[][] | null {
  const out: Rows[][] = [];
  const add = (g: Rows[]) => { out.push(g); return g.length > 0; };
  const lookup = <K extends string | number>(p: { get(k: K): Rows | undefined }, keys: K[]) => {
    const g: Rows[] = [];
    for (const k of keys) { const r = p.get(k); if (r && r.length) g.push(r); }
    return g;
  };
  if (c.brandCodes && !add(lookup(seg.brands, c.brandCodes))) return null;
  if (c.topicCodes && !add(lookup(seg.topics, c.topicCodes))) return null;
  if (c.termCodes && !add(lookup(seg.terms, c.termCodes))) return null;
  for (const s of c.search) {
    if (s.kind === 'not') continue;
    for (const w of s.words) if (!add(searchGroup(seg, s, w))) return null;
  }
  return out;
}

/**
 * The matching rows of a segment, written to `out` (unsorted); returns how many. Rows at or past
 * the snapshot (asOf) are left out.
 */
export function matchSegment(seg: Segment, c: Compiled, sc: Scratch, out: Int32Array): number {
  if (c.never) return 0;
  const lim = Math.min(seg.n, c.asOf - seg.base);
  if (lim <= 0 || seg.maxT < c.from || seg.minT >= c.to) return 0;
  const timeAll = seg.minT >= c.from && seg.maxT < c.to;
  const gs = groups(seg, c);
  if (gs === null) return 0;

  // candidates: every row, or the rows in every group
  let cand: ArrayLike<number> | null = null;
  let nCand = lim;
  if (gs.length === 1 && gs[0].length === 1) {
    cand = gs[0][0];
    nCand = cand.length;
  } else if (gs.length > 0) {
    const cnt = sc.cnt;
    const buf = sc.cand;
    const last = gs.length - 1;
    let k = 0;
    for (let g = 0; g <= last; g++) {
      for (const list of gs[g]) {
        for (let i = 0; i < list.length; i++) {
          const r = list[i];
          if (r >= lim || cnt[r] !== g) continue;
          cnt[r] = g + 1;
          if (g === last) buf[k++] = r;
        }
      }
    }
    cnt.fill(0, 0, lim);
    cand = buf;
    nCand = k;
  }

  const excl = exclusions(seg, c, sc, lim);
  const phrases = c.search.filter((s) => s.kind === 'phrase');
  const cols = c.cols.map((x) => ({ col: seg.cols[x.name], allow: x.allow }));
  const t = seg.t;
  const { from, to } = c;
  let k = 0;

  if (cand === null && cols.length === 0 && excl === null && phrases.length === 0) {
    // fast path: time only
    if (timeAll) { for (let r = 0; r < lim; r++) out[k++] = r; return k; }
    for (let r = 0; r < lim; r++) { const tt = t[r]; if (tt >= from && tt < to) out[k++] = r; }
    return k;
  }
  const nc = cols.length;
  const c0 = nc > 0 ? cols[0] : null;
  const c1 = nc > 1 ? cols[1] : null;
  outer: for (let i = 0; i < nCand; i++) {
    const r = cand === null ? i : cand[i];
    if (r >= lim) continue;
    if (!timeAll) { const tt = t[r]; if (tt < from || tt >= to) continue; }
    if (c0 !== null && c0.allow[c0.col[r]] === 0) continue;
    if (c1 !== null && c1.allow[c1.col[r]] === 0) continue;
    for (let j = 2; j < nc; j++) if (cols[j].allow[cols[j].col[r]] === 0) continue outer;
    if (excl !== null && excl[r] !== 0) continue;
    out[k++] = r;
  }
  if (excl !== null) excl.fill(0, 0, lim);
  if (phrases.length > 0) k = keepPhrases(seg, phrases, out, k);
  return k;
}

function exclusions(seg: Segment, c: Compiled, sc: Scratch, lim: number): Uint8Array | null {
  let any = false;
  for (const s of c.search) {
    if (s.kind !== 'not') continue;
    for (const rows of searchGroup(seg, { kind: 'word', words: s.words }, s.words[0])) {
      for (let i = 0; i < rows.length; i++) if (rows[i] < lim) { sc.excl[rows[i]] = 1; any = true; }
    }
  }
  return any ? sc.excl : null;
}

/** Phrases need the words in order: checked on the text of the rows that hold all their words. */
function keepPhrases(seg: Segment, phrases: SearchTerm[], rows: Int32Array, n: number): number {
  let k = 0;
  for (let i = 0; i < n; i++) {
    const seq = wordSequence(seg.text(rows[i]));
    if (phrases.every((p) => hasPhrase(seq, p.words))) rows[k++] = rows[i];
  }
  return k;
}
