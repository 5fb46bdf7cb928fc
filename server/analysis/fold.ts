/**
 * Folding for brand matching beyond what the tokenizer does (case and leetspeak): width
 * ("Ｍｉｃｒｏｓｏｆｔ" -> "microsoft"), diacritics ("Micrösoft" -> "microsoft"), letters that do not
 * decompose ("ø", "ł", "ß"), and Cyrillic/Greek look-alikes written inside a Latin word ("Аpple"
 * with a Cyrillic "А"). Only tokens with a non-ASCII char need it, so the hot path pays nothing for
 * plain ASCII text.
 */

const ASCII_END = 0x80;
const COMBINING_MARKS = /\p{M}/gu;
const ASCII_LETTER = /[a-z]/;

/** Letters that NFKD leaves alone. */
const LETTER_FOLD: ReadonlyMap<string, string> = new Map([
  ['ø', 'o'], ['ł', 'l'], ['đ', 'd'], ['ð', 'd'], ['ħ', 'h'], ['ı', 'i'], ['ß', 'ss'], ['æ', 'ae'],
  ['œ', 'oe'], ['þ', 'th'], ['ŀ', 'l'], ['ƒ', 'f'],
]);

/** Cyrillic and Greek letters that look like Latin ones; folded only inside a word that also has Latin letters. */
const HOMOGLYPHS: ReadonlyMap<string, string> = new Map([
  ['а', 'a'], ['в', 'b'], ['е', 'e'], ['ё', 'e'], ['к', 'k'], ['м', 'm'], ['н', 'h'], ['о', 'o'],
  ['р', 'p'], ['с', 'c'], ['т', 't'], ['у', 'y'], ['х', 'x'], ['і', 'i'], ['ї', 'i'], ['ј', 'j'],
  ['ѕ', 's'], ['ԁ', 'd'], ['ԛ', 'q'], ['ԝ', 'w'], ['һ', 'h'], ['ӏ', 'l'],
  ['α', 'a'], ['β', 'b'], ['ε', 'e'], ['ι', 'i'], ['κ', 'k'], ['ν', 'v'], ['ο', 'o'], ['ρ', 'p'],
  ['τ', 't'], ['υ', 'u'], ['χ', 'x'], ['ζ', 'z'],
]);

/** Leetspeak, as the tokenizer reads it; "1" as "i" (a second pass tries "l"). */
const LEET: ReadonlyMap<string, string> = new Map([
  ['0', 'o'], ['1', 'i'], ['3', 'e'], ['4', 'a'], ['$', 's'], ['@', 'a'], ['7', 't'],
]);
const LEET_ONE = '1';
const LEET_ONE_ALT = 'l';

/** True when s has a char outside ASCII. */
export function hasNonAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= ASCII_END) return true;
  return false;
}

/**
 * The wide fold of a lower-case token key: compatibility decomposition (width, ligatures), no
 * combining marks, the letters above, look-alikes when the word mixes scripts, then leetspeak
 * (after the width fold, so "０" reads as "o"). A leading "#", "@" or "$" is kept.
 */
export function wideFold(key: string, one: 'i' | 'l' = 'i'): string {
  const s = scriptFold(key);
  const lead = s.length > 1 && (s[0] === '#' || s[0] === '@' || s[0] === '$') ? 1 : 0;
  let out = s.slice(0, lead);
  for (let i = lead; i < s.length; i++) {
    const ch = s[i];
    out += ch === LEET_ONE ? (one === 'i' ? 'i' : LEET_ONE_ALT) : (LEET.get(ch) ?? ch);
  }
  return out;
}

/** The compile-time fold of a term key: width, diacritics and look-alikes, but not leetspeak ("3M" stays "3m"). */
export function termFold(key: string): string {
  return hasNonAscii(key) ? scriptFold(key) : key;
}

/** Width, ligatures and diacritics (NFKD, no combining marks), lower case, the letters above, and look-alikes when the word mixes scripts. */
function scriptFold(key: string): string {
  const s = key.normalize('NFKD').replace(COMBINING_MARKS, '').toLowerCase();
  if (!hasNonAscii(s)) return s;
  const mixed = ASCII_LETTER.test(s);
  let out = '';
  for (const ch of s) out += LETTER_FOLD.get(ch) ?? (mixed ? HOMOGLYPHS.get(ch) : undefined) ?? ch;
  return out;
}
