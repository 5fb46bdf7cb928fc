/**
 * Brand matching: aliases, @handles and #hashtags on token boundaries, case-insensitively, with
 * leetspeak folding ("N1mbus", "Nimbu$"), exclusion phrases ("nimbus cloud"), and the source's
 * matched query. One entry per brand: the first text match (with its span) wins over a query match.
 *
 * Text forms of a brand: its aliases; its name only when it has no aliases. The name is a display
 * label, and for brands named by a common word ("United", "Delta") the aliases are the safe,
 * complete list ("United Airlines"). Each alias also matches as a hashtag, written with or without
 * its spaces ("#UnitedAirlines"). Handles match only as @handles, without leet folding.
 */
import type { BrandMatch } from '../../shared/mention';
import type { BrandConfig } from '../../shared/tracking';
import type { Tokens } from './tokenize';
import { insert, isEmpty, lastEnds, newTrie, termKeys, walk, type TermKey, type TrieNode } from './trie';
import type { Vocab } from './vocab';

export const VIA_TEXT = 1;
export const VIA_QUERY = 2;

export interface BrandMatcher {
  ids: string[];
  /** Aliases, handles and hashtags -> brand index. */
  trie: TrieNode;
  /** Per brand: its exclusion phrases (null when none) and their longest length in tokens. */
  excludes: (TrieNode | null)[];
  excludeLen: number[];
  /** Lower-case query label -> brand indices. */
  queries: Map<string, number[]>;
}

const HANDLE_PREFIX = '@';
const HASHTAG_PREFIX = '#';

function withPrefix(term: string, prefix: string): string {
  const t = term.trim();
  return t.startsWith(prefix) ? t : prefix + t;
}

/** The hashtag form of a word alias: "#" and its words run together. */
function hashtagKeys(keys: TermKey[]): TermKey[] {
  return [{ key: HASHTAG_PREFIX + keys.map((k) => k.key).join(''), prefix: false }];
}

function isWordTerm(term: string): boolean {
  const t = term.trim();
  return !t.startsWith(HANDLE_PREFIX) && !t.startsWith(HASHTAG_PREFIX);
}

export function compileBrands(brands: BrandConfig[], vocab: Vocab): BrandMatcher {
  const trie = newTrie();
  const excludes: (TrieNode | null)[] = [];
  const excludeLen: number[] = [];
  const queries = new Map<string, number[]>();
  brands.forEach((b, idx) => {
    const add = (term: string) => {
      const keys = termKeys(term);
      if (keys === null) return;
      insert(trie, vocab, keys, idx);
      if (isWordTerm(term)) insert(trie, vocab, hashtagKeys(keys), idx);
    };
    const forms = b.aliases.length > 0 ? b.aliases : [b.name];
    for (const a of forms) add(a);
    for (const h of b.handles) add(withPrefix(h, HANDLE_PREFIX));
    for (const h of b.hashtags) add(withPrefix(h, HASHTAG_PREFIX));

    let ex: TrieNode | null = newTrie();
    let len = 0;
    for (const phrase of b.exclude) {
      const keys = termKeys(phrase);
      if (keys === null) continue;
      insert(ex, vocab, keys, idx);
      len = Math.max(len, keys.length);
    }
    if (isEmpty(ex)) ex = null;
    excludes.push(ex);
    excludeLen.push(len);

    for (const q of b.queries) {
      const k = q.trim().toLowerCase();
      const list = queries.get(k) ?? [];
      if (!list.includes(idx)) list.push(idx);
      queries.set(k, list);
    }
  });
  return { ids: brands.map((b) => b.id), trie, excludes, excludeLen, queries };
}

/** True when tokens [a, b) of a match of brand idx lie inside one of its exclusion phrases. */
function excluded(bm: BrandMatcher, idx: number, t: Tokens, a: number, b: number): boolean {
  const ex = bm.excludes[idx];
  if (ex === null) return false;
  for (let s = Math.max(0, b - bm.excludeLen[idx]); s <= a; s++) {
    if (walk(ex, t, s, null) >= b) return true;
  }
  return false;
}

/**
 * Finds the brands of a tokenized mention. Marks brand tokens in t.mask and the way each brand
 * matched in `via` (0, VIA_TEXT or VIA_QUERY; one slot per brand, cleared here).
 */
export function matchBrands(bm: BrandMatcher, t: Tokens, query: string | undefined, via: Uint8Array): BrandMatch[] {
  via.fill(0);
  const out: BrandMatch[] = [];
  for (let i = 0; i < t.n; i++) {
    const end = walk(bm.trie, t, i, null);
    if (end < 0) continue;
    const ids = lastEnds();
    if (ids === null) continue;
    let kept = false;
    for (const idx of ids) {
      if (excluded(bm, idx, t, i, end)) continue;
      kept = true;
      if (via[idx] !== 0) continue;
      via[idx] = VIA_TEXT;
      out.push({ brand: bm.ids[idx], start: t.orig(t.start[i]), end: t.orig(t.end[end - 1]), via: 'text' });
    }
    if (kept) {
      for (let j = i; j < end; j++) t.mask[j] = 1;
      i = end - 1;
    }
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
