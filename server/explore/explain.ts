/**
 * Why a mention was analyzed the way it was, as spans of its text: the brand names matched (from
 * the analysis), the words that drove its sentiment, the configured keywords of its topics, and
 * the words of the search. Spans do not overlap (brand first, then sentiment, topic, search).
 */
import type { ExplainKind, ExplainSpan, Explanation } from '../../shared/explore';
import type { AnalyzedMention } from '../../shared/mention';
import type { TopicConfig } from '../../shared/tracking';
import { parseSearch } from './words';

const PRIORITY: Record<ExplainKind, number> = { brand: 0, sentiment: 1, topic: 2, search: 3 };
/** Compiled word patterns kept at most (then the cache starts over). */
const PATTERN_CACHE_MAX = 5000;
/** Matches of one word in one text at most. */
const HITS_MAX = 20;
const patterns = new Map<string, RegExp>();

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A word or phrase on word boundaries, case-insensitive; "word*" matches a prefix. */
function pattern(word: string): RegExp {
  let re = patterns.get(word);
  if (!re) {
    if (patterns.size >= PATTERN_CACHE_MAX) patterns.clear();
    const prefix = word.endsWith('*');
    const body = escape(prefix ? word.slice(0, -1) : word).replace(/\s+/g, '\\s+');
    const wordy = /[\p{L}\p{N}]/u.test(word);
    re = wordy
      ? new RegExp(`(?<![\\p{L}\\p{N}])${body}${prefix ? '[\\p{L}\\p{N}]*' : '(?![\\p{L}\\p{N}])'}`, 'giu')
      : new RegExp(body, 'gu');
    patterns.set(word, re);
  }
  re.lastIndex = 0;
  return re;
}

function find(text: string, word: string, kind: ExplainKind, label: string, out: ExplainSpan[], weight?: number): boolean {
  if (!word.trim()) return false;
  const re = pattern(word);
  let found = false;
  let n = 0;
  for (let m = re.exec(text); m !== null && n < HITS_MAX; m = re.exec(text), n++) {
    if (m[0].length === 0) { re.lastIndex++; continue; }
    out.push(weight === undefined ? { start: m.index, end: m.index + m[0].length, kind, label } : { start: m.index, end: m.index + m[0].length, kind, label, weight });
    found = true;
  }
  return found;
}

export function explain(m: AnalyzedMention, topics: ReadonlyMap<string, TopicConfig>, q?: string): Explanation {
  const spans: ExplainSpan[] = [];
  for (const b of m.brands) {
    if (b.start !== undefined && b.end !== undefined) spans.push({ start: b.start, end: b.end, kind: 'brand', label: b.brand });
  }
  for (const d of m.sentiment.drivers) find(m.text, d.token, 'sentiment', d.token, spans, d.weight);
  const topicOut: Explanation['topics'] = [];
  for (const id of m.topics) {
    const cfg = topics.get(id);
    const keywords: string[] = [];
    for (const kw of cfg?.keywords ?? []) {
      if (kw.startsWith('/')) continue; // a pattern: not shown
      if (find(m.text, kw, 'topic', id, spans)) keywords.push(kw);
    }
    topicOut.push({ topic: id, keywords });
  }
  if (q) {
    for (const s of parseSearch(q)) {
      if (s.kind === 'not') continue;
      const word = s.words.join(' ').replace(/^[#@]/, '');
      find(m.text, s.kind === 'prefix' ? `${word}*` : word, 'search', s.words.join(' '), spans);
    }
  }
  return { spans: nonOverlapping(spans), topics: topicOut };
}

function nonOverlapping(spans: ExplainSpan[]): ExplainSpan[] {
  spans.sort((a, b) => PRIORITY[a.kind] - PRIORITY[b.kind] || a.start - b.start || b.end - a.end);
  const kept: ExplainSpan[] = [];
  for (const s of spans) if (!kept.some((k) => s.start < k.end && k.start < s.end)) kept.push(s);
  return kept.sort((a, b) => a.start - b.start);
}
