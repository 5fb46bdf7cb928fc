/**
 * One pass over a mention's text into tokens (words, @handles, #hashtags, emoji and emoticons,
 * clause punctuation). Tokens live in a reusable struct of arrays: the hot path allocates only
 * the key strings. Offsets refer to the original text (HTML entities are decoded first).
 */
import {
  CHAR_CLASS, CHAR_CASE, C_APOS, C_CLAUSE, C_DIGIT, C_IGNORE, C_LETTER, C_MARK, C_SPACE,
  CASE_LOWER, CASE_UPPER, decodeEntities, isWordClass,
} from './chars';

export const T_WORD = 0;
export const T_HANDLE = 1;
export const T_HASHTAG = 2;
export const T_SYMBOL = 3; // emoji or emoticon; key is the symbol itself
export const T_PUNCT = 4; // clause punctuation; key is the char

export const F_ALLCAPS = 1;
export const F_ELONGATED = 2;

const INITIAL_CAPACITY = 128;
const ELONGATION_RUN = 3; // "sooo": three equal letters in a row
const ALLCAPS_MIN_LETTERS = 2;

const AT = 0x40;
const HASH = 0x23;
const DOLLAR = 0x24;
const UNDERSCORE = 0x5f;
const EXCLAMATION = 0x21;
const LOWER_S = 0x73;
const SPACE = 0x20;
const ASCII_LOWER_A = 0x61;
const ASCII_LOWER_Z = 0x7a;
const ASCII_END = 0x80;
const HIGH_SURROGATE_FIRST = 0xd800;
const HIGH_SURROGATE_LAST = 0xdbff;
const SKIN_TONE_FIRST = 0x1f3fb;
const SKIN_TONE_LAST = 0x1f3ff;

/** Leetspeak folding: digits and symbols read as letters inside words. "1" also reads as "l" (fold2). */
const LEET: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '$': 's', '@': 'a', '7': 't' };
const IS_LEET = new Uint8Array(0x80);
for (const c of Object.keys(LEET)) IS_LEET[c.charCodeAt(0)] = 1;
const LEET_ONE = '1';
const LEET_ONE_ALT = 'l';
const CURLY_APOSTROPHES = /[\u2019\u02bc]/g;
const UTF16LE = 'utf16le';
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** Emoticons recognised at a word boundary, longest first. Letters-only ones ("xD") are words. */
export const EMOTICONS = [
  '>:-(', ':-)', ':-(', ':-D', ':-P', ':-p', ':-/', ':-|', ';-)', ":'(", ":')", '>:(', '</3',
  '^_^', '-_-', ':))', ':((', ':)', ':(', ':D', ':P', ':p', ':/', ':|', ';)', ';D', '=)', '=(',
  '=D', '(:', '<3', '^^', ':S', ':@', ':\\',
  ':]', '=]', ':3', ':c', '=P', '=p', ';p', ';P', ':*', ':-*', '=/', ":'D", '(;', '>.<', ':[', ':-[', '=|',
].sort((a, b) => b.length - a.length);
/** Emoticons by their first char (ASCII), longest first. */
const EMOTICONS_BY_START: (string[] | undefined)[] = new Array(ASCII_END);
for (const e of EMOTICONS) (EMOTICONS_BY_START[e.charCodeAt(0)] ??= []).push(e);

function isAsciiLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}
function isHandleChar(c: number): boolean {
  return isAsciiLetter(c) || (c >= 0x30 && c <= 0x39) || c === UNDERSCORE;
}

export class Tokens {
  n = 0;
  kind = new Uint8Array(INITIAL_CAPACITY);
  flags = new Uint8Array(INITIAL_CAPACITY);
  /** Brand tokens (set by brand matching): they carry no sentiment. */
  mask = new Uint8Array(INITIAL_CAPACITY);
  /** Offsets in the decoded text. */
  start = new Int32Array(INITIAL_CAPACITY);
  end = new Int32Array(INITIAL_CAPACITY);
  /** Lower-case key ("@handle", "#tag", word without a possessive "'s"); leet-folded variants or null. */
  key: string[] = [];
  fold: (string | null)[] = [];
  fold2: (string | null)[] = [];
  /** Vocabulary ids of key, fold and fold2 (set by Vocab.resolve; -1 when unknown). */
  id = new Int32Array(INITIAL_CAPACITY);
  foldId = new Int32Array(INITIAL_CAPACITY);
  fold2Id = new Int32Array(INITIAL_CAPACITY);
  exclamations = 0;
  casedWords = 0;
  capsWords = 0;
  /** The decoded text and, when entities were decoded, the original offset of each of its units. */
  text = '';
  offsets: Int32Array | null = null;
  /** UTF-16 code units of text (and a 0 after it). */
  codes = new Uint16Array(INITIAL_CAPACITY * 4);
  private codeBytes = Buffer.from(this.codes.buffer, this.codes.byteOffset, this.codes.byteLength);
  private lower = '';
  private lowerOk = false;

  /** Offset in the original text of an offset in the decoded text. */
  orig(pos: number): number {
    return this.offsets === null ? pos : this.offsets[pos];
  }

  reset(raw: string): void {
    const d = decodeEntities(raw);
    this.text = d.text;
    this.offsets = d.offsets;
    this.lower = d.text.toLowerCase();
    this.lowerOk = this.lower.length === d.text.length;
    const len = d.text.length;
    if (this.codes.length < len + 1) {
      this.codes = new Uint16Array(Math.max(len + 1, this.codes.length * 2));
      this.codeBytes = Buffer.from(this.codes.buffer, this.codes.byteOffset, this.codes.byteLength);
    }
    const codes = this.codes;
    const text = d.text;
    // One native copy of the UTF-16 code units (lone surrogates included) on little-endian machines.
    if (LITTLE_ENDIAN) this.codeBytes.write(text, 0, UTF16LE);
    else for (let i = 0; i < len; i++) codes[i] = text.charCodeAt(i);
    codes[len] = 0;
    this.n = 0;
    this.exclamations = 0;
    this.casedWords = 0;
    this.capsWords = 0;
  }

  push(kind: number, s: number, e: number, key: string, fold: string | null, fold2: string | null, flags: number): void {
    if (this.n === this.kind.length) this.grow();
    const i = this.n++;
    this.kind[i] = kind;
    this.flags[i] = flags;
    this.mask[i] = 0;
    this.start[i] = s;
    this.end[i] = e;
    this.key[i] = key;
    this.fold[i] = fold;
    this.fold2[i] = fold2;
  }

  /** The whole decoded text, lower-cased. */
  lowerText(): string {
    return this.lowerOk ? this.lower : this.text.toLowerCase();
  }

  /** Lower-cased slice of the decoded text. */
  slice(s: number, e: number): string {
    return this.lowerOk ? this.lower.slice(s, e) : this.text.slice(s, e).toLowerCase();
  }

  private grow(): void {
    const cap = this.kind.length * 2;
    const u8 = (a: Uint8Array) => { const b = new Uint8Array(cap); b.set(a); return b; };
    const i32 = (a: Int32Array) => { const b = new Int32Array(cap); b.set(a); return b; };
    this.kind = u8(this.kind);
    this.flags = u8(this.flags);
    this.mask = u8(this.mask);
    this.start = i32(this.start);
    this.end = i32(this.end);
    this.id = i32(this.id);
    this.foldId = i32(this.foldId);
    this.fold2Id = i32(this.fold2Id);
  }
}

function leetFold(key: string, from: number, one: string): string {
  let out = key.slice(0, from);
  for (let i = from; i < key.length; i++) {
    const ch = key[i];
    out += ch === LEET_ONE ? one : (LEET[ch] ?? ch);
  }
  return out;
}

function emoticonAt(text: string, codes: Uint16Array, i: number, candidates: string[]): string | null {
  const prev = i > 0 ? CHAR_CLASS[codes[i - 1]] : C_SPACE;
  if (prev !== C_SPACE && prev !== C_CLAUSE && prev !== C_IGNORE) return null;
  for (const e of candidates) {
    if (!text.startsWith(e, i)) continue;
    const after = i + e.length < text.length ? CHAR_CLASS[codes[i + e.length]] : C_SPACE;
    if (after === C_LETTER || after === C_DIGIT) continue;
    return e;
  }
  return null;
}

/** Scans a word from s (a letter, digit or a "$" before a letter); returns its end. */
function scanWord(t: Tokens, s: number): number {
  const text = t.text;
  const codes = t.codes;
  const len = text.length;
  let letters = 0, upper = 0, lower = 0, run = 0, prev = -1;
  let leet = false, curly = false, elongated = false;
  let j = s;
  for (; j < len; j++) {
    const c = codes[j];
    let letter = true;
    if (c >= ASCII_LOWER_A && c <= ASCII_LOWER_Z) {
      letters++;
      lower++;
    } else {
      const cls = CHAR_CLASS[c];
      if (cls === C_LETTER) {
        letters++;
        const cs = CHAR_CASE[c];
        if (cs === CASE_UPPER) upper++;
        else if (cs === CASE_LOWER) lower++;
      } else {
        letter = false;
        if (cls === C_DIGIT) {
          if (c < ASCII_END && IS_LEET[c] === 1) leet = true;
        } else if (cls === C_MARK) {
          // continues the word
        } else if (cls === C_APOS && j + 1 < len && CHAR_CLASS[codes[j + 1]] === C_LETTER) {
          if (c !== 0x27) curly = true;
        } else if (c === DOLLAR && (j > s || (j + 1 < len && CHAR_CLASS[codes[j + 1]] === C_LETTER))) {
          leet = true;
        } else if (c === AT && j > s && j + 1 < len && isAsciiLetter(codes[j + 1])) {
          leet = true;
        } else break;
      }
    }
    if (c === prev && letter) {
      if (++run >= ELONGATION_RUN) elongated = true;
    } else run = 1;
    prev = c;
  }
  // A possessive "'s" is not part of the key ("JetBlue's" -> "jetblue").
  const possessive = j - s > 2 && (codes[j - 1] | 0x20) === LOWER_S && CHAR_CLASS[codes[j - 2]] === C_APOS;
  let key = t.slice(s, possessive ? j - 2 : j);
  if (curly) key = key.replace(CURLY_APOSTROPHES, "'");
  let fold: string | null = null, fold2: string | null = null;
  if (leet && letters > 0) {
    fold = leetFold(key, 0, LEET[LEET_ONE]);
    if (key.includes(LEET_ONE)) fold2 = leetFold(key, 0, LEET_ONE_ALT);
  }
  let flags = elongated ? F_ELONGATED : 0;
  if (upper + lower > 0) {
    t.casedWords++;
    if (letters >= ALLCAPS_MIN_LETTERS && upper >= ALLCAPS_MIN_LETTERS && lower === 0) {
      flags |= F_ALLCAPS;
      t.capsWords++;
    }
  }
  t.push(T_WORD, s, j, key, fold, fold2, flags);
  return j;
}

function scanHandle(t: Tokens, s: number): number {
  const text = t.text;
  const codes = t.codes;
  let j = s + 1;
  while (j < text.length && isHandleChar(codes[j])) j++;
  t.push(T_HANDLE, s, j, t.slice(s, j), null, null, 0);
  return j;
}

/** Scans "#tag"; returns s + 1 without a token when the tag has no letter ("#1"). */
function scanHashtag(t: Tokens, s: number): number {
  const text = t.text;
  const codes = t.codes;
  let j = s + 1, letters = 0, leet = false;
  for (; j < text.length; j++) {
    const c = codes[j];
    const cls = CHAR_CLASS[c];
    if (cls === C_LETTER) letters++;
    else if (cls === C_DIGIT) { if (c < ASCII_END && IS_LEET[c] === 1) leet = true; }
    else if (cls !== C_MARK && c !== UNDERSCORE) break;
  }
  if (letters === 0) return s + 1;
  const key = t.slice(s, j);
  const fold = leet ? leetFold(key, 1, LEET[LEET_ONE]) : null;
  const fold2 = leet && key.includes(LEET_ONE) ? leetFold(key, 1, LEET_ONE_ALT) : null;
  t.push(T_HASHTAG, s, j, key, fold, fold2, 0);
  return j;
}

/** Tokenizes raw text into t (reset first). */
export function tokenize(raw: string, t: Tokens): void {
  t.reset(raw);
  const text = t.text;
  const codes = t.codes;
  const len = text.length;
  let i = 0;
  while (i < len) {
    const c = codes[i];
    if (c === SPACE) { i++; continue; }
    const cls = CHAR_CLASS[c];
    if (cls === C_LETTER || cls === C_DIGIT) { i = scanWord(t, i); continue; }
    if (cls === C_SPACE || cls === C_IGNORE || cls === C_MARK || cls === C_APOS) { i++; continue; }
    const candidates = c < ASCII_END ? EMOTICONS_BY_START[c] : undefined;
    if (candidates !== undefined) {
      const e = emoticonAt(text, t.codes, i, candidates);
      if (e !== null) { t.push(T_SYMBOL, i, i + e.length, e, null, null, 0); i += e.length; continue; }
    }
    if (cls === C_CLAUSE) {
      let j = i + 1;
      while (j < len && codes[j] === c) j++;
      if (c === EXCLAMATION) t.exclamations += j - i;
      t.push(T_PUNCT, i, j, text[i], null, null, 0);
      i = j;
      continue;
    }
    const next = i + 1 < len ? codes[i + 1] : 0;
    const prevWord = i > 0 && isWordClass(CHAR_CLASS[codes[i - 1]]);
    if (c === AT && isHandleChar(next) && !prevWord) { i = scanHandle(t, i); continue; }
    if (c === HASH && next !== 0 && (isWordClass(CHAR_CLASS[next]) || next === UNDERSCORE)) { i = scanHashtag(t, i); continue; }
    if (c === DOLLAR && CHAR_CLASS[next] === C_LETTER) { i = scanWord(t, i); continue; }
    if (c >= HIGH_SURROGATE_FIRST && c <= HIGH_SURROGATE_LAST && i + 1 < len) {
      const cp = text.codePointAt(i) ?? 0;
      if (cp < SKIN_TONE_FIRST || cp > SKIN_TONE_LAST) t.push(T_SYMBOL, i, i + 2, text.slice(i, i + 2), null, null, 0);
      i += 2;
      continue;
    }
    if (c >= ASCII_END) t.push(T_SYMBOL, i, i + 1, text[i], null, null, 0);
    i++;
  }
}
