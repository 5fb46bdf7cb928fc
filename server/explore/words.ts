/**
 * Words for free-text search: lower case, accents and width folded ("Café" -> "cafe"), hashtags
 * and @handles kept with their sigil. Used both to index mention texts and to read a search, so
 * the two always agree.
 */

/** A word: an optional # or @, then letters and digits, with inner apostrophes ("don't"). */
const WORD = /[#@]?[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;
const MARKS = /\p{M}/gu;
const ASCII_END = 0x80;
/** Distinct words indexed per mention at most (a very long text is searchable on its first ones). */
export const WORDS_PER_MENTION_MAX = 400;
/** Words longer than this are not indexed (junk, base64, long URLs). */
export const WORD_MAX_LENGTH = 60;

function hasNonAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= ASCII_END) return true;
  return false;
}

/** Lower case, and for non-ASCII text: compatibility decomposition without combining marks. */
export function foldText(s: string): string {
  const lower = s.toLowerCase();
  return hasNonAscii(lower) ? lower.normalize('NFKD').replace(MARKS, '').replace(/’/g, "'") : lower;
}

/** The distinct folded words of a text, in order, at most WORDS_PER_MENTION_MAX. */
export function wordsOf(text: string): string[] {
  const folded = foldText(text);
  const out: string[] = [];
  let seen: Set<string> | null = null;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(folded); m !== null; m = WORD.exec(folded)) {
    const w = m[0];
    if (w.length > WORD_MAX_LENGTH) continue;
    if (seen === null) {
      if (out.includes(w)) continue;
      out.push(w);
      if (out.length >= 16) seen = new Set(out);
    } else {
      if (seen.has(w)) continue;
      seen.add(w);
      out.push(w);
    }
    if (out.length >= WORDS_PER_MENTION_MAX) break;
  }
  return out;
}

/** The folded words of a text in order, with repeats (for phrase checks). */
export function wordSequence(text: string): string[] {
  return foldText(text).match(WORD) ?? [];
}

/** One part of a search: a word (or prefix), a phrase, or an excluded word. */
export interface SearchTerm {
  kind: 'word' | 'prefix' | 'phrase' | 'not';
  /** Folded words: one for word, prefix and not; the phrase's words for phrase. */
  words: string[];
}

/** Shortest prefix a trailing "*" may have (shorter ones would match most of the vocabulary). */
export const PREFIX_MIN = 2;

/**
 * Reads a search: words must all appear; "a phrase" must appear as written (word order);
 * -word must not appear; word* is a prefix. Punctuation is ignored; an unclosed quote runs to
 * the end.
 */
export function parseSearch(q: string): SearchTerm[] {
  const out: SearchTerm[] = [];
  const re = /(-?)"([^"]*)"?|(\S+)/g;
  for (let m = re.exec(q); m !== null; m = re.exec(q)) {
    if (m[2] !== undefined) {
      const words = wordSequence(m[2]);
      if (words.length === 0) continue;
      if (m[1] === '-') { if (words.length === 1) out.push({ kind: 'not', words }); continue; }
      out.push(words.length === 1 ? { kind: 'word', words } : { kind: 'phrase', words });
      continue;
    }
    const tok = m[3];
    const negative = tok.startsWith('-') && tok.length > 1;
    const prefix = tok.endsWith('*');
    const words = wordSequence(negative ? tok.slice(1) : tok);
    if (words.length === 0) continue;
    if (negative) { for (const w of words) out.push({ kind: 'not', words: [w] }); continue; }
    if (words.length > 1) { out.push({ kind: 'phrase', words }); continue; }
    if (prefix && words[0].replace(/^[#@]/, '').length >= PREFIX_MIN) out.push({ kind: 'prefix', words });
    else out.push({ kind: 'word', words });
  }
  return out;
}

/** True when `seq` holds `phrase` as consecutive words (a plain word also matches as #word / @word). */
export function hasPhrase(seq: readonly string[], phrase: readonly string[]): boolean {
  outer: for (let i = 0; i + phrase.length <= seq.length; i++) {
    for (let j = 0; j < phrase.length; j++) if (!sameWord(seq[i + j], phrase[j])) continue outer;
    return true;
  }
  return false;
}

function sameWord(text: string, search: string): boolean {
  if (text === search) return true;
  const c = text.charCodeAt(0);
  return (c === 0x23 || c === 0x40) && search.charCodeAt(0) !== c && text.length === search.length + 1 && text.endsWith(search);
}
