/**
 * Brand matching: names and aliases, @handles, #hashtags and $cashtags on token boundaries,
 * case-insensitively, with leetspeak folding ("M$ft", "Micr0soft", "D3LL"), width, diacritic and
 * look-alike folding ("Ｍｉｃｒｏｓｏｆｔ", "Micrösoft", see fold.ts), exclusion phrases ("apple pie"),
 * a Boolean query per brand (brand-query.ts), and the source's matched query. One entry per
 * brand: the first text match (with its span) wins over a query-label match.
 *
 * Text forms of a brand: its aliases; its name only when it has no aliases. The name is a display
 * label, and for brands named by a common word ("United", "Delta") the aliases are the safe,
 * complete list ("United Airlines"). Each alias also matches as a hashtag, written with or without
 * its spaces ("#UnitedAirlines"). Handles match only as @handles, cashtags only as $cashtags, both
 * without leet folding. A term is inserted as written (after width/diacritic folding): the text
 * side is leet-folded, so "Micr0soft" in a post finds the alias "Microsoft", while an alias
 * written with digits ("3M") keeps them.
 *
 * Domains count: "dell.com" is the words "dell", "com"; in an e-mail address ("support@dell.com",
 * one token for the tokenizer) the domain label after the "@" is read as a word.
 *
 * With a Boolean query, a brand matches only when its query holds on the text; the span is that of
 * its first alias/handle/hashtag/cashtag match, else of the first occurrence of a term the query
 * asks for (not under NOT). No span, no match: a query made only of NOTs never matches.
 * Exclusion phrases cancel alias matches and query-term spans alike.
 */
import type { BrandMatch } from '../../shared/mention';
import type { BrandConfig } from '../../shared/tracking';
import { CHAR_CLASS, isWordClass } from './chars';
import { evalQuery, hasNear, parseQuery, positiveTerms, QueryError, type Occurrences, type QueryNode } from './brand-query';
import { hasNonAscii, termFold, wideFold } from './fold';
import { T_HANDLE, T_HASHTAG, T_WORD, type Tokens } from './tokenize';
import { insert, isEmpty, lastEnds, newTrie, termKeys, walk, walkEvery, type TermKey, type TrieNode } from './trie';
import type { Vocab } from './vocab';

export const VIA_TEXT = 1;
export const VIA_QUERY = 2;

const NO_ID = -1;
const INITIAL_CAPACITY = 128;
/** Wide-fold results kept per matcher (key -> vocabulary id); cleared when full. */
const FOLD_CACHE_MAX = 4096;

export interface BrandMatcher {
  ids: string[];
  /** Aliases, handles, hashtags and cashtags -> brand index. */
  trie: TrieNode;
  /** Per brand: its exclusion phrases (null when none) and their longest length in tokens. */
  excludes: (TrieNode | null)[];
  excludeLen: number[];
  /** Lower-case query label -> brand indices. */
  queries: Map<string, number[]>;
  /** Per brand: its Boolean query, or null. */
  bq: (QueryNode | null)[];
  /** Per brand: the query's positive term ids (span candidates), or null. */
  bqPositive: (Uint8Array | null)[];
  /** Every query term and phrase of every brand -> term id; null when no brand has a query. */
  qtrie: TrieNode | null;
  qterms: number;
  qnear: boolean;
  vocab: Vocab;
  scratch: Scratch;
}

/** Per-mention work arrays, reused (matching is synchronous). */
interface Scratch {
  /** Per token: vocabulary id of its wide fold / e-mail domain (-1 when none), and the span start it implies. */
  alt: Int32Array;
  altStart: Int32Array;
  /** Per token: word position (for NEAR). */
  wpos: Int32Array;
  /** Per brand with a query: first alias match (token range), -1 when none. */
  candS: Int32Array;
  candE: Int32Array;
  occIds: number[];
  occEnds: number[];
  occStart: number[];
  occ: Occurrences;
  foldCache: Map<string, number>;
}

/** A query term needs a letter or a digit. */
const WORDISH = /[\p{L}\p{N}]/u;
const HANDLE_PREFIX = '@';
const HASHTAG_PREFIX = '#';
const CASHTAG_PREFIX = '$';

function withPrefix(term: string, prefix: string): string {
  const t = term.trim();
  return t.startsWith(prefix) ? t : prefix + t;
}

/** A term's keys with width, diacritics and look-alikes folded (leetspeak is left to the text side). */
function brandKeys(term: string): TermKey[] | null {
  const keys = termKeys(term);
  if (keys === null) return null;
  for (const k of keys) k.key = termFold(k.key);
  return keys;
}

/** The hashtag form of a word alias: "#" and its words run together. */
function hashtagKeys(keys: TermKey[]): TermKey[] {
  return [{ key: HASHTAG_PREFIX + keys.map((k) => k.key).join(''), prefix: false }];
}

function isWordTerm(term: string): boolean {
  const t = term.trim();
  return !t.startsWith(HANDLE_PREFIX) && !t.startsWith(HASHTAG_PREFIX) && !t.startsWith(CASHTAG_PREFIX);
}

function newScratch(brands: number, terms: number): Scratch {
  return {
    alt: new Int32Array(INITIAL_CAPACITY),
    altStart: new Int32Array(INITIAL_CAPACITY),
    wpos: new Int32Array(INITIAL_CAPACITY),
    candS: new Int32Array(brands),
    candE: new Int32Array(brands),
    occIds: [],
    occEnds: [],
    occStart: [],
    occ: {
      n: 0, term: new Int32Array(INITIAL_CAPACITY), first: new Int32Array(INITIAL_CAPACITY),
      last: new Int32Array(INITIAL_CAPACITY), skip: new Uint8Array(INITIAL_CAPACITY), present: new Uint8Array(terms),
    },
    foldCache: new Map(),
  };
}

/** Compiles the brands; throws an Error naming the brand and the position for a malformed query. */
export function compileBrands(brands: BrandConfig[], vocab: Vocab): BrandMatcher {
  const trie = newTrie();
  const excludes: (TrieNode | null)[] = [];
  const excludeLen: number[] = [];
  const queries = new Map<string, number[]>();
  const bq: (QueryNode | null)[] = [];
  const positive: number[][] = [];
  let qtrie: TrieNode | null = null;
  const termIds = new Map<string, number>();
  brands.forEach((b, idx) => {
    const add = (term: string) => {
      const keys = brandKeys(term);
      if (keys === null) return;
      insert(trie, vocab, keys, idx);
      if (isWordTerm(term)) insert(trie, vocab, hashtagKeys(keys), idx);
    };
    const forms = b.aliases.length > 0 ? b.aliases : [b.name];
    for (const a of forms) add(a);
    for (const h of b.handles ?? []) add(withPrefix(h, HANDLE_PREFIX));
    for (const h of b.hashtags ?? []) add(withPrefix(h, HASHTAG_PREFIX));
    for (const c of b.cashtags ?? []) add(withPrefix(c, CASHTAG_PREFIX));

    let ex: TrieNode | null = newTrie();
    let len = 0;
    for (const phrase of b.exclude ?? []) {
      const keys = brandKeys(phrase);
      if (keys === null) continue;
      insert(ex, vocab, keys, idx);
      len = Math.max(len, keys.length);
    }
    if (isEmpty(ex)) ex = null;
    excludes.push(ex);
    excludeLen.push(len);

    for (const q of b.queries ?? []) {
      const k = q.trim().toLowerCase();
      const list = queries.get(k) ?? [];
      if (!list.includes(idx)) list.push(idx);
      queries.set(k, list);
    }

    if (b.query === undefined || b.query.trim() === '') {
      bq.push(null);
      positive.push([]);
      return;
    }
    const qt = (qtrie ??= newTrie());
    const addTerm = (text: string, pos: number): number => {
      const keys = WORDISH.test(text) ? brandKeys(text) : null;
      if (keys === null) throw new QueryError(`"${text}" has no word to match`, pos);
      const sig = keys.map((k) => k.key + (k.prefix ? '*' : '')).join(' ');
      let id = termIds.get(sig);
      if (id === undefined) {
        id = termIds.size;
        termIds.set(sig, id);
        insert(qt, vocab, keys, id);
        if (isWordTerm(text)) {
          // A word also matches as a #hashtag, and a single word as an @handle too.
          insert(qt, vocab, hashtagKeys(keys), id);
          if (keys.length === 1 && !keys[0].prefix) insert(qt, vocab, [{ key: HANDLE_PREFIX + keys[0].key, prefix: false }], id);
        }
      }
      return id;
    };
    try {
      const node = parseQuery(b.query, addTerm);
      bq.push(node);
      positive.push(positiveTerms(node));
    } catch (e) {
      if (e instanceof QueryError) throw new Error(`brand "${b.id}": invalid query at position ${e.pos}: ${e.reason} (query: ${b.query})`);
      throw e;
    }
  });
  const qterms = termIds.size;
  const bqPositive = positive.map((list, i) => {
    if (bq[i] === null) return null;
    const set = new Uint8Array(qterms);
    for (const id of list) set[id] = 1;
    return set;
  });
  return {
    ids: brands.map((b) => b.id), trie, excludes, excludeLen, queries, bq, bqPositive, qtrie, qterms,
    qnear: bq.some((q) => q !== null && hasNear(q)), vocab, scratch: newScratch(brands.length, qterms),
  };
}

/** True when tokens [a, b) of a match of brand idx lie inside one of its exclusion phrases. */
function excluded(bm: BrandMatcher, idx: number, t: Tokens, a: number, b: number, alt: Int32Array | null): boolean {
  const ex = bm.excludes[idx];
  if (ex === null) return false;
  for (let s = Math.max(0, b - bm.excludeLen[idx]); s <= a; s++) {
    if (walk(ex, t, s, null, alt) >= b) return true;
  }
  return false;
}

const NON_ASCII = /[^\x00-\x7f]/;
const AT = '@';
const DOT = 0x2e;
const ASCII_END = 0x80;

function grow(a: Int32Array, n: number): Int32Array {
  if (a.length >= n) return a;
  return new Int32Array(Math.max(n, a.length * 2));
}

function isAsciiLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

function foldedId(bm: BrandMatcher, key: string): number {
  const cache = bm.scratch.foldCache;
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  let f = wideFold(key, 'i');
  let id = bm.vocab.id(f);
  if (id === NO_ID && f !== key && key.includes('1')) {
    f = wideFold(key, 'l');
    id = bm.vocab.id(f);
  }
  if (cache.size >= FOLD_CACHE_MAX) cache.clear();
  cache.set(key, id);
  return id;
}

/**
 * Fills scratch.alt for the tokens that need more than the tokenizer's folding: non-ASCII words
 * and hashtags (wide fold) and e-mail addresses (their domain label). Returns false, touching
 * nothing, when the text has neither (the common case).
 */
function prepareAlt(bm: BrandMatcher, t: Tokens): boolean {
  const text = t.text;
  const wide = hasNonAsciiWordChar(text);
  const mail = hasMailAt(text);
  if (!wide && !mail) return false;
  const sc = bm.scratch;
  sc.alt = grow(sc.alt, t.n);
  sc.altStart = grow(sc.altStart, t.n);
  const alt = sc.alt;
  let any = false;
  for (let j = 0; j < t.n; j++) {
    alt[j] = NO_ID;
    const kind = t.kind[j];
    if (kind !== T_WORD && kind !== T_HASHTAG) continue;
    const key = t.key[j];
    if (wide && hasNonAscii(key)) {
      const id = foldedId(bm, key);
      alt[j] = id;
      sc.altStart[j] = -1;
      if (id !== NO_ID) any = true;
      continue;
    }
    if (!mail || kind !== T_WORD) continue;
    const at = key.lastIndexOf(AT);
    const e = t.end[j];
    if (at <= 0 || at === key.length - 1 || e + 1 >= text.length || text.charCodeAt(e) !== DOT || !isAsciiLetter(text.charCodeAt(e + 1))) continue;
    const id = bm.vocab.id(key.slice(at + 1));
    alt[j] = id;
    sc.altStart[j] = t.start[j] + at + 1;
    if (id !== NO_ID) any = true;
  }
  return any;
}

/** True when the text has a non-ASCII letter, digit or mark (emoji alone do not count). */
function hasNonAsciiWordChar(text: string): boolean {
  const from = text.search(NON_ASCII);
  if (from < 0) return false;
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= ASCII_END && isWordClass(CHAR_CLASS[c])) return true;
  }
  return false;
}

/** True when an "@" follows a word char (an e-mail address; a handle's "@" follows a space). */
function hasMailAt(text: string): boolean {
  for (let i = text.indexOf(AT, 1); i > 0; i = text.indexOf(AT, i + 1)) {
    if (isWordClass(CHAR_CLASS[text.charCodeAt(i - 1)])) return true;
  }
  return false;
}

/** Start (in the decoded text) of a match beginning at token j: an e-mail matched by its domain starts after the "@". */
function spanStart(t: Tokens, alt: Int32Array | null, altStart: Int32Array, j: number): number {
  if (alt !== null && alt[j] >= 0 && altStart[j] >= 0 && t.id[j] < 0 && t.foldId[j] < 0 && t.fold2Id[j] < 0) return altStart[j];
  return t.start[j];
}

function makeMatch(brand: string, t: Tokens, raw: string | undefined, alt: Int32Array | null, altStart: Int32Array, i: number, end: number): BrandMatch {
  const ds = spanStart(t, alt, altStart, i);
  const de = t.end[end - 1];
  const start = t.orig(ds);
  const stop = t.orig(de);
  // Without the original text, `matched` comes from the decoded text (they differ only around entities).
  const matched = t.offsets === null ? t.text.slice(ds, de) : raw !== undefined ? raw.slice(start, stop) : t.text.slice(ds, de);
  return { brand, matched, start, end: stop, via: 'text' };
}

/**
 * Finds the brands of a tokenized mention. Marks brand tokens in t.mask and the way each brand
 * matched in `via` (0, VIA_TEXT or VIA_QUERY; one slot per brand, cleared here). `raw` is the
 * mention's original text: `matched` is sliced from it when HTML entities were decoded (without
 * it, from the decoded text; start/end always point into the original text).
 */
export function matchBrands(bm: BrandMatcher, t: Tokens, query: string | undefined, via: Uint8Array, raw?: string): BrandMatch[] {
  via.fill(0);
  const out: BrandMatch[] = [];
  const sc = bm.scratch;
  const alt = prepareAlt(bm, t) ? sc.alt : null;
  const withQueries = bm.qtrie !== null;
  if (withQueries) sc.candS.fill(-1);
  for (let i = 0; i < t.n; i++) {
    const end = walk(bm.trie, t, i, null, alt);
    if (end < 0) continue;
    const ids = lastEnds();
    if (ids === null) continue;
    let kept = false;
    let masked = false;
    for (const idx of ids) {
      if (excluded(bm, idx, t, i, end, alt)) continue;
      kept = true;
      if (withQueries && bm.bq[idx] !== null) {
        if (sc.candS[idx] < 0) { sc.candS[idx] = i; sc.candE[idx] = end; }
        continue;
      }
      masked = true;
      if (via[idx] !== 0) continue;
      via[idx] = VIA_TEXT;
      out.push(makeMatch(bm.ids[idx], t, raw, alt, sc.altStart, i, end));
    }
    if (kept) {
      if (masked) for (let j = i; j < end; j++) t.mask[j] = 1;
      i = end - 1;
    }
  }
  if (withQueries && matchQueries(bm, t, raw, alt, via, out)) {
    out.sort((a, b) => (a.start ?? 0) - (b.start ?? 0));
  }
  if (query !== undefined && bm.queries.size > 0) {
    const ids = bm.queries.get(query.trim().toLowerCase());
    if (ids !== undefined) {
      for (const idx of ids) {
        if (via[idx] !== 0) continue;
        via[idx] = VIA_QUERY;
        out.push({ brand: bm.ids[idx], via: 'query' });
      }
    }
  }
  return out;
}

/** Evaluates the brands' Boolean queries; adds the brands whose query holds. True when one was added. */
function matchQueries(bm: BrandMatcher, t: Tokens, raw: string | undefined, alt: Int32Array | null, via: Uint8Array, out: BrandMatch[]): boolean {
  const sc = bm.scratch;
  const qtrie = bm.qtrie as TrieNode;
  const { occIds, occEnds, occStart } = sc;
  occIds.length = 0;
  occEnds.length = 0;
  occStart.length = 0;
  for (let i = 0; i < t.n; i++) {
    const found = walkEvery(qtrie, t, i, alt, occIds, occEnds);
    for (let k = 0; k < found; k++) occStart.push(i);
  }
  const occ = sc.occ;
  const n = occIds.length;
  if (occ.term.length < n) {
    occ.term = new Int32Array(n * 2);
    occ.first = new Int32Array(n * 2);
    occ.last = new Int32Array(n * 2);
    occ.skip = new Uint8Array(n * 2);
  }
  if (bm.qnear && n > 0) {
    sc.wpos = grow(sc.wpos, t.n);
    let w = 0;
    for (let j = 0; j < t.n; j++) {
      const k = t.kind[j];
      sc.wpos[j] = w;
      if (k === T_WORD || k === T_HANDLE || k === T_HASHTAG) w++;
    }
  }
  for (let k = 0; k < n; k++) {
    occ.term[k] = occIds[k];
    occ.present[occIds[k]] = 1;
    occ.skip[k] = 0;
    if (bm.qnear) {
      occ.first[k] = sc.wpos[occStart[k]];
      occ.last[k] = sc.wpos[occEnds[k] - 1];
    }
  }
  occ.n = n;
  let added = false;
  for (let idx = 0; idx < bm.bq.length; idx++) {
    const q = bm.bq[idx];
    if (q === null || via[idx] !== 0) continue;
    const pos = bm.bqPositive[idx] as Uint8Array;
    // The brand's exclusion phrases cancel the occurrences of its positive terms inside them.
    const cancels = bm.excludes[idx] !== null && n > 0 && cancelExcluded(bm, idx, pos, t, alt);
    const holds = evalQuery(q, occ);
    let s = sc.candS[idx], e = sc.candE[idx];
    if (holds && s < 0) {
      for (let k = 0; k < n; k++) {
        if (pos[occIds[k]] === 0 || occ.skip[k] !== 0) continue;
        if (s < 0 || occStart[k] < s || (occStart[k] === s && occEnds[k] > e)) { s = occStart[k]; e = occEnds[k]; }
        if (occStart[k] > s) break;
      }
    }
    if (cancels) restore(occ, occIds);
    if (!holds || s < 0) continue;
    via[idx] = VIA_TEXT;
    for (let j = s; j < e; j++) t.mask[j] = 1;
    out.push(makeMatch(bm.ids[idx], t, raw, alt, sc.altStart, s, e));
    added = true;
  }
  for (let k = 0; k < n; k++) occ.present[occIds[k]] = 0;
  return added;
}

/** Marks the occurrences of brand idx's positive terms that lie in its exclusion phrases; true when one was. */
function cancelExcluded(bm: BrandMatcher, idx: number, pos: Uint8Array, t: Tokens, alt: Int32Array | null): boolean {
  const { occ, occIds, occStart, occEnds } = bm.scratch;
  let any = false;
  for (let k = 0; k < occ.n; k++) {
    if (pos[occIds[k]] !== 0 && excluded(bm, idx, t, occStart[k], occEnds[k], alt)) { occ.skip[k] = 1; any = true; }
  }
  if (!any) return false;
  for (let k = 0; k < occ.n; k++) occ.present[occIds[k]] = 0;
  for (let k = 0; k < occ.n; k++) if (occ.skip[k] === 0) occ.present[occIds[k]] = 1;
  return true;
}

function restore(occ: Occurrences, occIds: number[]): void {
  for (let k = 0; k < occ.n; k++) { occ.skip[k] = 0; occ.present[occIds[k]] = 1; }
}
