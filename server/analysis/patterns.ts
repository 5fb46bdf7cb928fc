/**
 * Topic keywords written as regular expressions: "/refund(ed|s)?/", "/\bdelay(ed)? by \d+ hours?/".
 * Compiled once with the "i" flag (only the i, m, s, u flags are kept; "g" and "y" would make a
 * RegExp stateful). Cost control: the longest literal run the pattern requires (outside groups,
 * classes and optional parts; none when it has a top-level "|") is its prefilter, and the RegExp
 * runs only on texts whose lower case holds that literal, so a pattern costs one includes() on
 * most mentions. A pattern without a literal of PREFILTER_MIN chars runs on every mention: keep
 * those few. Patterns come from the operator's config (trusted); an invalid one fails compileModel
 * with the topic named. Texts longer than PATTERN_TEXT_MAX are matched on their first
 * PATTERN_TEXT_MAX chars only, which bounds a slow pattern's time.
 */
import type { Tokens } from './tokenize';

export const PREFILTER_MIN = 3;
export const PATTERN_TEXT_MAX = 4000;
const PATTERN = /^\/(.+)\/([a-z]*)$/s;
const KEPT_FLAGS = /[imsu]/g;
const CASE_INSENSITIVE = 'i';
const SPECIAL = new Set(['.', '^', '$', '|', '(', ')', '[', ']', '{', '}', '*', '+', '?', '\\']);
const OPTIONAL = new Set(['?', '*', '{']);
const ESCAPED_LITERAL = /[^A-Za-z0-9]/;
/** Escapes with an argument (\x41, \u{1F600}, \p{L}, \cJ, \k<name>): too rare to parse; no prefilter. */
const ESCAPE_WITH_ARGUMENT = /\\[uxpPck]/;

export interface TopicPattern {
  re: RegExp;
  /** Lower-case literal every match contains, or null (runs on every text). */
  literal: string | null;
  topic: number;
}

export function isPattern(keyword: string): boolean {
  return PATTERN.test(keyword.trim());
}

/** The longest literal run a pattern requires, lower case, or null. */
export function requiredLiteral(source: string): string | null {
  if (ESCAPE_WITH_ARGUMENT.test(source)) return null;
  let best = '', run = '', depth = 0;
  const end = () => { if (run.length > best.length) best = run; run = ''; };
  for (let i = 0; i < source.length; i++) {
    let ch = source[i];
    if (ch === '\\') {
      const next = source[i + 1] ?? '';
      i++;
      if (depth > 0) continue;
      if (!ESCAPED_LITERAL.test(next)) { end(); continue; } // \d, \b, \w...: not a literal
      ch = next;
    } else if (ch === '[') {
      while (i < source.length && source[i] !== ']') i += source[i] === '\\' ? 2 : 1;
      end();
      continue;
    } else if (ch === '{') {
      while (i < source.length && source[i] !== '}') i++;
      end();
      continue;
    } else if (ch === '(') { depth++; end(); continue; }
    else if (ch === ')') { depth = Math.max(0, depth - 1); continue; }
    else if (ch === '|' && depth === 0) return null;
    else if (depth > 0) continue;
    else if (SPECIAL.has(ch)) { end(); continue; }
    const after = source[i + 1];
    if (after !== undefined && OPTIONAL.has(after)) { end(); continue; }
    run += ch.toLowerCase();
    if (after === '+') end();
  }
  end();
  return best.length >= PREFILTER_MIN ? best : null;
}

export function compilePattern(keyword: string, topic: number, topicId: string): TopicPattern {
  const m = PATTERN.exec(keyword.trim()) as RegExpExecArray;
  const flags = [...new Set([...(m[2].match(KEPT_FLAGS) ?? []), CASE_INSENSITIVE])].join('');
  let re: RegExp;
  try {
    re = new RegExp(m[1], flags);
  } catch (e) {
    throw new Error(`topic "${topicId}": invalid pattern ${keyword}: ${(e as Error).message}`);
  }
  return { re, literal: requiredLiteral(m[1]), topic };
}

/** Sets hit[topic] for every pattern matching the mention. */
export function patternHits(patterns: readonly TopicPattern[], t: Tokens, hit: Uint8Array): void {
  const lower = t.lowerText();
  let text: string | null = null;
  for (const p of patterns) {
    if (hit[p.topic] === 1) continue;
    if (p.literal !== null && !lower.includes(p.literal)) continue;
    text ??= t.text.length > PATTERN_TEXT_MAX ? t.text.slice(0, PATTERN_TEXT_MAX) : t.text;
    if (p.re.test(text)) hit[p.topic] = 1;
  }
}
