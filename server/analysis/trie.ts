/**
 * A trie over token keys, for multi-word terms (brand aliases, topic keywords, sentiment phrases).
 * Terms are tokenized with the same tokenizer as the text, so "@x", "#x", leetspeak and
 * apostrophes behave identically on both sides. A trailing "*" on a term's last word matches any
 * word starting with it. Walking a trie never allocates.
 */
import { Tokens, tokenize } from './tokenize';
import type { Vocab } from './vocab';

interface PrefixEdge {
  prefix: string;
  node: TrieNode;
}

export interface TrieNode {
  /** Children by vocabulary id of the next token's key. */
  next: Map<number, TrieNode> | null;
  /** Prefix edges ("delay*"), indexed by their first two chars; one-char prefixes in shortPre. */
  pre: Map<number, PrefixEdge[]> | null;
  shortPre: PrefixEdge[] | null;
  /** Ids of the terms that end here. */
  ends: number[] | null;
  /**
   * Root only, built by the first walk after the last insert: which vocabulary ids have an edge
   * (index < length, value 1), and which pairFilter() values of their first two chars start a
   * two-char-or-longer prefix edge.
   * Most tokens start no term; these let walk() tell so without a Map lookup.
   */
  firstIds: Uint8Array | null;
  preFirst: Uint8Array | null;
}

export interface TermKey {
  key: string;
  prefix: boolean;
}

const PREFIX_MARK = '*';
const CHAR_BITS = 16;

export function newTrie(): TrieNode {
  return { next: null, pre: null, shortPre: null, ends: null, firstIds: null, preFirst: null };
}

function pairCode(s: string): number {
  return (s.charCodeAt(0) << CHAR_BITS) | s.charCodeAt(1);
}

const termScratch = new Tokens();

/** Keys of a config term, or null when it has no token (e.g. "$$$": match it as a literal instead). */
export function termKeys(term: string): TermKey[] | null {
  let t = term.trim();
  const prefix = t.endsWith(PREFIX_MARK);
  if (prefix) t = t.slice(0, -PREFIX_MARK.length);
  tokenize(t, termScratch);
  if (termScratch.n === 0) return null;
  const keys: TermKey[] = [];
  for (let i = 0; i < termScratch.n; i++) keys.push({ key: termScratch.key[i], prefix: false });
  keys[keys.length - 1].prefix = prefix;
  return keys;
}

/** Adds a term (its keys, interned in vocab) with an id; false when it was already there with that id. */
export function insert(root: TrieNode, vocab: Vocab, keys: TermKey[], id: number): boolean {
  root.firstIds = null;
  root.preFirst = null;
  let node = root;
  for (const { key, prefix } of keys) {
    let child: TrieNode | undefined;
    if (prefix) {
      const list = key.length < 2 ? (node.shortPre ??= []) : getList(node, key);
      child = list.find((e) => e.prefix === key)?.node;
      if (!child) { child = newTrie(); list.push({ prefix: key, node: child }); }
    } else {
      node.next ??= new Map();
      const kid = vocab.intern(key);
      child = node.next.get(kid);
      if (!child) { child = newTrie(); node.next.set(kid, child); }
    }
    node = child;
  }
  node.ends ??= [];
  if (node.ends.includes(id)) return false;
  node.ends.push(id);
  return true;
}

function getList(node: TrieNode, key: string): PrefixEdge[] {
  node.pre ??= new Map();
  const code = pairCode(key);
  let list = node.pre.get(code);
  if (!list) { list = []; node.pre.set(code, list); }
  return list;
}

// State of the current walk (module-level so the recursion allocates nothing).
let walkBest = -1;
let walkNode: TrieNode | null = null;
let walkAll: number[] | null = null;
/** Extra vocabulary id per token (brand matching's wide fold), or null. */
let walkAlt: Int32Array | null = null;
/** When set, every term found is recorded with its end (exclusive token index). */
let everyIds: number[] | null = null;
let everyEnds: number[] | null = null;

/** Ids of the terms of the longest match found by the last walk(), or null. */
export function lastEnds(): number[] | null {
  return walkNode === null ? null : walkNode.ends;
}

function visit(child: TrieNode, t: Tokens, j: number): void {
  if (child.ends !== null) {
    if (j + 1 > walkBest) { walkBest = j + 1; walkNode = child; }
    if (walkAll !== null) for (const id of child.ends) walkAll.push(id);
    if (everyIds !== null && everyEnds !== null) {
      for (const id of child.ends) { everyIds.push(id); everyEnds.push(j + 1); }
    }
  }
  if (j + 1 < t.n) descend(child, t, j + 1);
}

function visitPrefixes(list: PrefixEdge[], k: string, t: Tokens, j: number): void {
  for (const e of list) if (k.startsWith(e.prefix)) visit(e.node, t, j);
}

/** Follows every edge token j can take from node: its key, its leet-folded forms, prefix edges. */
function descend(node: TrieNode, t: Tokens, j: number): void {
  if (node.next !== null) {
    const id = t.id[j], fid = t.foldId[j], f2id = t.fold2Id[j];
    const c = id >= 0 ? node.next.get(id) : undefined;
    if (c !== undefined) visit(c, t, j);
    if (fid >= 0) {
      const cf = node.next.get(fid);
      if (cf !== undefined && cf !== c) visit(cf, t, j);
    }
    if (f2id >= 0 && f2id !== fid) {
      const cf2 = node.next.get(f2id);
      if (cf2 !== undefined && cf2 !== c) visit(cf2, t, j);
    }
    if (walkAlt !== null) {
      const aid = walkAlt[j];
      if (aid >= 0 && aid !== id && aid !== fid && aid !== f2id) {
        const ca = node.next.get(aid);
        if (ca !== undefined) visit(ca, t, j);
      }
    }
  }
  if (node.pre === null && node.shortPre === null) return;
  const k = t.key[j];
  const f = t.fold[j];
  if (node.pre !== null && k.length >= 2) {
    const list = node.pre.get(pairCode(k));
    if (list !== undefined) visitPrefixes(list, k, t, j);
    if (f !== null && f.length >= 2 && pairCode(f) !== pairCode(k)) {
      const lf = node.pre.get(pairCode(f));
      if (lf !== undefined) visitPrefixes(lf, f, t, j);
    }
  }
  if (node.shortPre !== null) visitPrefixes(node.shortPre, k, t, j);
}

const PAIR_FILTER_SIZE = 0x10000;
const PAIR_FILTER_MULT = 0x9e37;

/** A 16-bit digest of a key's first two chars (a key of two chars or more). */
function pairFilter(k: string): number {
  return (Math.imul(k.charCodeAt(0), PAIR_FILTER_MULT) + k.charCodeAt(1)) & (PAIR_FILTER_SIZE - 1);
}

function buildFilters(root: TrieNode): Uint8Array {
  let max = -1;
  if (root.next !== null) for (const id of root.next.keys()) max = Math.max(max, id);
  const ids = new Uint8Array(max + 1);
  if (root.next !== null) for (const id of root.next.keys()) ids[id] = 1;
  root.firstIds = ids;
  if (root.pre !== null) {
    const pre = new Uint8Array(PAIR_FILTER_SIZE);
    for (const list of root.pre.values()) for (const e of list) pre[pairFilter(e.prefix)] = 1;
    root.preFirst = pre;
  }
  return ids;
}

function hasEdge(ids: Uint8Array, id: number): boolean {
  return id >= 0 && id < ids.length && ids[id] === 1;
}

/** A prefix edge at the root may match the key (its first two chars) when it has two chars or more. */
function mayPrefix(pre: Uint8Array, k: string | null): boolean {
  return k !== null && k.length >= 2 && pre[pairFilter(k)] === 1;
}

/** False when token i can start no term of root (no edge for its ids, no prefix edge for its keys). */
function canStart(root: TrieNode, t: Tokens, i: number, alt: Int32Array | null): boolean {
  const ids = root.firstIds ?? buildFilters(root);
  if (hasEdge(ids, t.id[i]) || hasEdge(ids, t.foldId[i]) || hasEdge(ids, t.fold2Id[i]) || (alt !== null && hasEdge(ids, alt[i]))) return true;
  if (root.shortPre !== null) return true;
  const pre = root.preFirst;
  return pre !== null && (mayPrefix(pre, t.key[i]) || mayPrefix(pre, t.fold[i]));
}

/**
 * Walks the trie from token i along every matching path. Returns the end (exclusive token index)
 * of the longest term found, or -1; lastEnds() then gives its ids. When `all` is given, the ids
 * of every term found are pushed into it.
 */
export function walk(root: TrieNode, t: Tokens, i: number, all: number[] | null, alt: Int32Array | null = null): number {
  walkBest = -1;
  walkNode = null;
  // Most tokens start no term: no edge to follow.
  if (i >= t.n || !canStart(root, t, i, alt)) return -1;
  walkAll = all;
  walkAlt = alt;
  descend(root, t, i);
  walkAll = null;
  walkAlt = null;
  return walkBest;
}

/**
 * Like walk(), but records every term that starts at token i: its id in `ids` and its end
 * (exclusive token index) in `ends`, one entry per (term, end). Returns the number recorded.
 */
export function walkEvery(root: TrieNode, t: Tokens, i: number, alt: Int32Array | null, ids: number[], ends: number[]): number {
  const before = ids.length;
  everyIds = ids;
  everyEnds = ends;
  walk(root, t, i, null, alt);
  everyIds = null;
  everyEnds = null;
  return ids.length - before;
}

/** True when the trie has at least one term. */
export function isEmpty(root: TrieNode): boolean {
  return root.next === null && root.pre === null && root.shortPre === null;
}
