/**
 * Names and titles inside a sentence: "I have American Horror Story to get back to", "Jay Lethal
 * wants to wrestle", "The Walking Dead". A word capitalised mid-sentence is most likely part of a
 * name, so its sentiment weight is mostly not the author's (sentiment.ts scales it by NAME_WORD_SCALE).
 * Not a name: the first word of a sentence, of a line, of a quote or bracket, or after a handle or
 * "RT" ("@anna Congrats!"); words in ALL CAPS (emphasis, scored by the caps rule); and any word of
 * a text written mostly in Title Case (a headline, where capitals say nothing).
 */
import { CASE_NONE, CASE_UPPER, CHAR_CASE } from './chars';
import { F_ALLCAPS, T_HANDLE, T_HASHTAG, T_PUNCT, T_WORD, type Tokens } from './tokenize';

/** Clause punctuation after which a new sentence starts. */
const SENTENCE_ENDS = new Set(['.', '!', '?', ':', '\u2026']);
/** Characters between two tokens that start a new line, quote or bracket. */
const NEWLINE = 0x0a;
const QUOTE = 0x22;
const OPEN_PAREN = 0x28;
const OPEN_CURLY_QUOTE = 0x201c;
const RETWEET = 'rt';
/** A text is in Title Case when more than this share of its cased words start with a capital. */
const TITLE_CASE_SHARE = 0.5;

/** -1: not computed yet for the current text; else 0 or 1 (see resetNames). */
let titleCase = -1;

/** Call once per text before nameWord(). */
export function resetNames(): void {
  titleCase = -1;
}

function isTitleCase(t: Tokens): boolean {
  if (titleCase < 0) {
    let capitalised = 0, cased = 0;
    for (let j = 0; j < t.n; j++) {
      if (t.kind[j] !== T_WORD) continue;
      const c = CHAR_CASE[t.text.charCodeAt(t.start[j])];
      if (c === CASE_NONE) continue;
      cased++;
      if (c === CASE_UPPER) capitalised++;
    }
    titleCase = capitalised > cased * TITLE_CASE_SHARE ? 1 : 0;
  }
  return titleCase === 1;
}

/** Token i is a word capitalised inside a sentence of a text not in Title Case. */
export function nameWord(t: Tokens, i: number): boolean {
  if (t.kind[i] !== T_WORD || (t.flags[i] & F_ALLCAPS) !== 0) return false;
  const text = t.text;
  const s = t.start[i];
  if (CHAR_CASE[text.charCodeAt(s)] !== CASE_UPPER) return false;
  let k = i - 1;
  while (k >= 0 && t.kind[k] === T_HASHTAG) k--;
  if (k < 0 || t.kind[k] === T_HANDLE || t.key[k] === RETWEET) return false;
  if (t.kind[k] === T_PUNCT && SENTENCE_ENDS.has(t.key[k])) return false;
  for (let c = t.end[k]; c < s; c++) {
    const ch = text.charCodeAt(c);
    if (ch === NEWLINE || ch === QUOTE || ch === OPEN_PAREN || ch === OPEN_CURLY_QUOTE) return false;
  }
  return !isTitleCase(t);
}
