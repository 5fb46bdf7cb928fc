/**
 * Words for free-text search: lower case, accents and width folded ("Café" -> "cafe"), hashtags
 * and @handles kept with their sigil, inner apostrophes kept ("don't"). One scanner reads both
 * the mention texts (to index them) and the searches, so the two always agree.
 */

const MARKS = /\p{M}/gu;
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const IN_WORD = /^[\p{L}\p{N}\p{M}]$/u;
const ASCII_END = 0x80;
const HASH = 0x23;
const AT = 0x40;
const APOSTROPHE = 0x27;
const CURLY_APOSTROPHE = 0x2019;
/** Distinct words indexed per mention at most (a very long text is searchable on its first ones). */
export const WORDS_PER_MENTION_MAX = 400;
/** Words longer than this are not indexed (junk, base64, long URLs). */
export const WORD_MAX_LENGTH = 60;

/** Lower case, and for non-ASCII text: compatibility decomposition without combining marks. */
export function foldText(s: string): string {
  const lower = s.toLowerCase();
  for (let i = 0; i < lower.length; i++) {
    if (lower.charCodeAt(i) >= ASCII_END) return lower.normalize('NFKD').replace(MARKS, '').replace(/’/g, "'");
  }
  return lower;
}

/** Is the code point at i of s part of a word? Returns its length in UTF-16 units, 0 if not. */
function wordChar(s: string, i: number, inner = true): number {
  const c = s.charCodeAt(i);
  if (c < ASCII_END) return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) ? 1 : 0;
  const cp = s.codePointAt(i)!;
  const len = cp > 0xffff ? 2 : 1;
  return (inner ? IN_WORD : LETTER_OR_DIGIT).test(String.fromCodePoint(cp)) ? len : 0;
}

/** Calls fn with each folded word of text, in order; stops when fn returns false. */
function scan(text: string, fn: (w: string) => boolean): void {
  const s = text.toLowerCase();
  const n = s.length;
  let i = 0;
  while (i < n) {
    const c = s.charCodeAt(i);
    const first = c === HASH || c === AT ? i + 1 : i;
    let k = first < n ? wordChar(s, first, false) : 0;
    if (k === 0) { i += c >= 0xd800 && c <= 0xdbff ? 2 : 1; continue; }
    let j = first + k;
    let ascii = s.charCodeAt(first) < ASCII_END;
    for (;;) {
      while (j < n && (k = wordChar(s, j)) > 0) { if (s.charCodeAt(j) >= ASCII_END) ascii = false; j += k; }
      const a = j < n ? s.charCodeAt(j) : 0;
      if ((a === APOSTROPHE || a === CURLY_APOSTROPHE) && j + 1 < n && wordChar(s, j + 1, false) > 0) {
        if (a === CURLY_APOSTROPHE) ascii = false;
        j += 1;
        continue;
      }
      break;
    }
    const raw = s.slice(i, j);
    const w = ascii ? raw : raw.normalize('NFKD').replace(MARKS, '').replace(/’/g, "'");
    if (w.length > 0 && !fn(w)) return;
    i = j;
  }
}

/** The distinct folded words of a text, in order, at most WORDS_PER_MENTION_MAX. */
export function wordsOf(text: string): string[] {
  const out: string[] = [];
  let seen: Set<string> | null = null;
  scan(text, (w) => {
    if (w.length > WORD_MAX_LENGTH) return true;
    if (seen === null) {
      if (out.includes(w)) return true;
      out.push(w);
      if (out.length >= 16) seen = new Set(out);
    } else {
      if (seen.has(w)) return true;
      seen.add(w);
      out.push(w);
    }
    return out.length < WORDS_PER_MENTION_MAX;
  });
  return out;
}

/** The folded words of a text in order, with repeats (for phrase checks and searches). */
export function wordSequence(text: string): string[] {
  const out: string[] = [];
  scan(text, (w) => { out.push(w); return true; });
  return out;
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
