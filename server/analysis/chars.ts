/**
 * Character classes for the tokenizer, precomputed once for the whole BMP (one table lookup per
 * char on the hot path), and the decoding of the few HTML entities social APIs leave in text.
 */

export const C_OTHER = 0; // a separator, or a symbol (emoji, dingbat) when non-ASCII
export const C_LETTER = 1;
export const C_DIGIT = 2;
export const C_SPACE = 3;
export const C_MARK = 4; // combining mark: continues a word, ignored elsewhere
export const C_IGNORE = 5; // variation selectors, zero-width joiners: invisible
export const C_CLAUSE = 6; // . , ; : ! ? and friends: end a clause
export const C_APOS = 7; // apostrophes: inside a word when a letter follows

export const CASE_NONE = 0;
export const CASE_UPPER = 1;
export const CASE_LOWER = 2;

const BMP_SIZE = 0x10000;
const ASCII_END = 0x80;
const SURROGATE_FIRST = 0xd800;
const SURROGATE_LAST = 0xdfff;

/** Class of each UTF-16 code unit. Surrogates are C_OTHER: the tokenizer reads the pair. */
export const CHAR_CLASS = new Uint8Array(BMP_SIZE);
/** Letter case of each code unit (for ALL CAPS detection). */
export const CHAR_CASE = new Uint8Array(BMP_SIZE);

const INVISIBLE = [0xfe0e, 0xfe0f, 0x200b, 0x200c, 0x200d, 0x2060, 0xfeff];
const CLAUSE_CHARS = '.,;:!?\u2026\u3002\uff01\uff1f\u061f';
const APOSTROPHES = "'\u2019\u02bc";

function buildTables(): void {
  const letter = /\p{L}/u;
  const digit = /\p{N}/u;
  const mark = /\p{M}/u;
  const space = /[\s\p{Z}]/u;
  for (let c = 0; c < BMP_SIZE; c++) {
    if (c >= SURROGATE_FIRST && c <= SURROGATE_LAST) continue;
    const ch = String.fromCharCode(c);
    let cls = C_OTHER;
    if (c < ASCII_END) {
      if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) cls = C_LETTER;
      else if (c >= 0x30 && c <= 0x39) cls = C_DIGIT;
      else if (space.test(ch)) cls = C_SPACE;
    } else if (letter.test(ch)) cls = C_LETTER;
    else if (digit.test(ch)) cls = C_DIGIT;
    else if (mark.test(ch)) cls = C_MARK;
    else if (space.test(ch)) cls = C_SPACE;
    CHAR_CLASS[c] = cls;
    if (cls === C_LETTER) {
      const lo = ch.toLowerCase();
      const up = ch.toUpperCase();
      CHAR_CASE[c] = lo !== ch ? CASE_UPPER : up !== ch ? CASE_LOWER : CASE_NONE;
    }
  }
  for (const c of INVISIBLE) CHAR_CLASS[c] = C_IGNORE;
  for (const ch of CLAUSE_CHARS) CHAR_CLASS[ch.charCodeAt(0)] = C_CLAUSE;
  for (const ch of APOSTROPHES) CHAR_CLASS[ch.charCodeAt(0)] = C_APOS;
}
buildTables();

/** True for chars that may form a word (letters, digits, marks). */
export function isWordClass(cls: number): boolean {
  return cls === C_LETTER || cls === C_DIGIT || cls === C_MARK;
}

// ---- HTML entities -------------------------------------------------------------------------

/** A Map, so "&constructor;" or "&__proto__;" never reads Object.prototype. */
const NAMED_ENTITIES: ReadonlyMap<string, string> = new Map([
  ['amp', '&'], ['lt', '<'], ['gt', '>'], ['quot', '"'], ['apos', "'"], ['nbsp', ' '],
]);
const ENTITY_NAME_MAX = 8; // longest entity body we try ("#x1F600" is 7)
const AMP = 0x26;
const HEX_RADIX = 16;
const DEC_RADIX = 10;
const CODE_POINT_MAX = 0x10ffff;

export interface Decoded {
  text: string;
  /** Original offset of each decoded UTF-16 unit, plus one entry for the end; null when nothing was decoded. */
  offsets: Int32Array | null;
}

function entityValue(body: string): string | undefined {
  if (body.charCodeAt(0) !== 0x23 /* # */) return NAMED_ENTITIES.get(body.toLowerCase());
  const hex = body[1] === 'x' || body[1] === 'X';
  const n = parseInt(body.slice(hex ? 2 : 1), hex ? HEX_RADIX : DEC_RADIX);
  if (!Number.isFinite(n) || n <= 0 || n > CODE_POINT_MAX) return undefined;
  return String.fromCodePoint(n);
}

/** Decodes &amp; &lt; &gt; &quot; &#39; (and numeric entities), keeping a map back to the original offsets. */
export function decodeEntities(raw: string): Decoded {
  let i = raw.indexOf('&');
  if (i < 0) return { text: raw, offsets: null };
  // A decoded text is never longer than the raw one (the shortest entity, "&lt;", gives one unit).
  let offsets: Int32Array | null = null;
  let out = '';
  let done = 0; // raw[0, done) is in out
  let n = 0; // out.length
  for (; i >= 0; i = raw.indexOf('&', i + 1)) {
    const semi = raw.indexOf(';', i + 1);
    if (semi <= i + 1 || semi - i - 1 > ENTITY_NAME_MAX) continue;
    const v = entityValue(raw.slice(i + 1, semi));
    if (v === undefined) continue;
    offsets ??= new Int32Array(raw.length + 1);
    for (let k = done; k < i; k++) offsets[n++] = k;
    for (let k = 0; k < v.length; k++) offsets[n++] = i;
    out += raw.slice(done, i) + v;
    done = semi + 1;
    i = semi;
  }
  if (offsets === null) return { text: raw, offsets: null };
  for (let k = done; k < raw.length; k++) offsets[n++] = k;
  offsets[n++] = raw.length;
  return { text: out + raw.slice(done), offsets: offsets.slice(0, n) };
}
