/**
 * Topics from the config's keywords: words or phrases on token boundaries, case-insensitive, a
 * trailing "*" matching a prefix ("delay*"). Keywords without any word ("$$$") match as literal
 * substrings. A keyword written "/regex/flags" is a pattern (see patterns.ts): compiled here, run
 * (case-insensitively) only on texts holding the literal it requires. A topic with brands only
 * applies to mentions of one of those brands.
 */
import type { TopicConfig } from '../../shared/tracking';
import { compilePattern, isPattern, patternHits, type TopicPattern } from './patterns';
import type { Tokens } from './tokenize';
import { insert, newTrie, termKeys, walk, type TrieNode } from './trie';
import type { Vocab } from './vocab';

export interface TopicMatcher {
  ids: string[];
  trie: TrieNode;
  /** Lower-case literal keywords and their topic index. */
  literals: { text: string; topic: number }[];
  patterns: TopicPattern[];
  /** Per topic: the brand indices it is limited to, or null for every brand. */
  scope: (number[] | null)[];
  /** Scratch: topics hit by the current mention, and term ids found by a walk. */
  hit: Uint8Array;
  found: number[];
}

export function compileTopics(topics: TopicConfig[], brandIds: string[], vocab: Vocab): TopicMatcher {
  const trie = newTrie();
  const literals: { text: string; topic: number }[] = [];
  const patterns: TopicPattern[] = [];
  topics.forEach((topic, idx) => {
    for (const kw of topic.keywords) {
      if (isPattern(kw)) { patterns.push(compilePattern(kw, idx, topic.id)); continue; }
      const keys = termKeys(kw);
      if (keys === null) literals.push({ text: kw.trim().toLowerCase(), topic: idx });
      else insert(trie, vocab, keys, idx);
    }
  });
  const scope = topics.map((topic) => {
    if (topic.brands.length === 0) return null;
    return topic.brands.map((id) => brandIds.indexOf(id)).filter((i) => i >= 0);
  });
  return {
    ids: topics.map((topic) => topic.id), trie, literals, patterns, scope,
    hit: new Uint8Array(topics.length), found: [],
  };
}

/** Topic ids of a tokenized mention, in config order. brandVia: per brand, non-zero when matched. */
export function matchTopics(tm: TopicMatcher, t: Tokens, brandVia: Uint8Array): string[] {
  const out: string[] = [];
  if (tm.ids.length === 0) return out;
  const { hit, found } = tm;
  hit.fill(0);
  found.length = 0;
  for (let i = 0; i < t.n; i++) walk(tm.trie, t, i, found);
  for (const id of found) hit[id] = 1;
  if (tm.literals.length > 0) {
    const lower = t.lowerText();
    for (const l of tm.literals) if (lower.includes(l.text)) hit[l.topic] = 1;
  }
  if (tm.patterns.length > 0) patternHits(tm.patterns, t, hit);
  for (let k = 0; k < hit.length; k++) {
    if (hit[k] === 0) continue;
    const scope = tm.scope[k];
    if (scope !== null && !scope.some((b) => brandVia[b] !== 0)) continue;
    out.push(tm.ids[k]);
  }
  return out;
}
