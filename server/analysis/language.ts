/**
 * Language of a mention (ISO 639-1), from the tokens analyze() already has, in well under a
 * microsecond:
 * - a language the source gives (m.lang, "en-US" -> "en") is taken as is;
 * - non-Latin scripts name their language (Cyrillic -> ru/uk, Arabic -> ar/fa, Greek, Hebrew,
 *   Devanagari, Thai, Georgian, Armenian, Hangul -> ko, kana -> ja, Han without kana -> zh) when
 *   they hold most of the letters;
 * - Latin text is told by stop-word votes (en, es, pt, fr, de, it, nl): each word in a language's
 *   stop list is one vote for it. The best language needs MIN_VOTES votes (one is enough in a text
 *   of at most SHORT_TEXT_WORDS words) and strictly more votes than the next.
 * Anything else (emoji only, a name, a tie, an unlisted Latin language) is "und".
 *
 * Why not franc-min or tinyld: measured on the 14,640 airline tweets, franc-min runs at about
 * 4,400 texts/s and tinyld at about 3,300 texts/s on one core (trigram models over the whole text),
 * while analyze() as a whole must stay above 50,000/s; both also call 5-10 % of these English
 * tweets French, Turkish, Berber, Klingon... This detector reads the token ids analyze() has
 * already looked up, and abstains rather than guesses.
 */
import { STOPWORD_LANGUAGES, STOPWORDS } from './stopwords';
import { T_WORD, type Tokens } from './tokenize';
import type { Vocab } from './vocab';

export const UNDETERMINED = 'und';
const MIN_VOTES = 2;
const SHORT_TEXT_WORDS = 4;
const SCRIPT_MIN_LETTERS = 2;
const LATIN_END = 0x250;
const DIGIT_0 = 0x30;
const DIGIT_9 = 0x39;
const LANGS = STOPWORD_LANGUAGES.length;
/** Vocabulary tag bits 0..LANGS-1: the stop-word languages of a word (bit 7 is terms.ts's brand bit). */
export const LANGUAGE_TAGS = (1 << LANGS) - 1;

/** Scripts by code-point range: [first, last, script index]. */
const S_KANA = 0, S_HAN = 1, S_HANGUL = 2, S_CYRILLIC = 3, S_ARABIC = 4, S_GREEK = 5, S_HEBREW = 6;
const S_DEVANAGARI = 7, S_THAI = 8, S_GEORGIAN = 9, S_ARMENIAN = 10, SCRIPTS = 11;
const SCRIPT_RANGES: readonly [number, number, number][] = [
  [0x0370, 0x03ff, S_GREEK], [0x0400, 0x052f, S_CYRILLIC], [0x0530, 0x058f, S_ARMENIAN],
  [0x0590, 0x05ff, S_HEBREW], [0x0600, 0x06ff, S_ARABIC], [0x0750, 0x077f, S_ARABIC],
  [0x0900, 0x097f, S_DEVANAGARI], [0x0e00, 0x0e7f, S_THAI], [0x10a0, 0x10ff, S_GEORGIAN],
  [0x1100, 0x11ff, S_HANGUL], [0x3040, 0x30ff, S_KANA], [0x3400, 0x4dbf, S_HAN],
  [0x4e00, 0x9fff, S_HAN], [0xac00, 0xd7af, S_HANGUL], [0xff66, 0xff9f, S_KANA],
];
const SCRIPT_LANG = ['ja', 'zh', 'ko', 'ru', 'ar', 'el', 'he', 'hi', 'th', 'ka', 'hy'];
/** Letters that tell a language apart from the script's default. */
const UKRAINIAN_LETTERS = /[іїєґ]/;
const PERSIAN_LETTERS = /[پچژگ]/;
/** Three-letter and legacy codes sources send. */
const LEGACY_CODES = new Map([
  ['eng', 'en'], ['spa', 'es'], ['por', 'pt'], ['fra', 'fr'], ['fre', 'fr'], ['deu', 'de'], ['ger', 'de'],
  ['ita', 'it'], ['nld', 'nl'], ['dut', 'nl'], ['jpn', 'ja'], ['zho', 'zh'], ['chi', 'zh'], ['rus', 'ru'],
  ['ara', 'ar'], ['kor', 'ko'], ['iw', 'he'], ['in', 'id'], ['ji', 'yi'],
]);
const ISO_639_1 = /^[a-z]{2}$/;
const SUBTAG = /[-_]/;
const WHITESPACE = /\s+/;

export interface LanguageModel {
  /** Its tags, per token after resolve(): bit k set when the word is a stop-word of STOPWORD_LANGUAGES[k]. */
  vocab: Vocab;
  votes: Int32Array;
  scripts: Int32Array;
}

/**
 * Tags every stop word in the vocabulary with its languages. Tags give no id, so the brand, topic
 * and phrase tries never walk on stop-words; the lookup vocab.resolve() does anyway reads them.
 */
export function compileLanguage(vocab: Vocab): LanguageModel {
  STOPWORD_LANGUAGES.forEach((lang, k) => {
    for (const w of STOPWORDS[lang].split(WHITESPACE)) if (w !== '') vocab.tag(w, 1 << k);
  });
  return { vocab, votes: new Int32Array(LANGS), scripts: new Int32Array(SCRIPTS) };
}


/** "en-US" -> "en", "eng" -> "en"; null when the tag gives no ISO 639-1 language. */
export function normalizeLang(tag: string | undefined): string | null {
  if (tag === undefined) return null;
  const primary = tag.trim().toLowerCase().split(SUBTAG, 1)[0];
  const code = LEGACY_CODES.get(primary) ?? primary;
  return ISO_639_1.test(code) ? code : null;
}

function scriptOf(c: number): number {
  for (const [first, last, s] of SCRIPT_RANGES) if (c >= first && c <= last) return s;
  return -1;
}

function scriptLanguage(lm: LanguageModel, text: string): string {
  const s = lm.scripts;
  let best = -1;
  for (let k = 0; k < SCRIPTS; k++) if (s[k] > 0 && (best < 0 || s[k] > s[best])) best = k;
  if (s[S_KANA] > 0 && (best === S_HAN || best === S_KANA)) return SCRIPT_LANG[S_KANA];
  if (best === S_CYRILLIC && UKRAINIAN_LETTERS.test(text)) return 'uk';
  if (best === S_ARABIC && PERSIAN_LETTERS.test(text)) return 'fa';
  return SCRIPT_LANG[best];
}

/** Language of a tokenized mention (brand tokens masked) or the source's own tag. */
export function detectLanguage(lm: LanguageModel, t: Tokens, sourceLang: string | undefined): string {
  const given = normalizeLang(sourceLang);
  if (given !== null) return given;
  const { votes, scripts } = lm;
  const tags = lm.vocab.tags;
  votes.fill(0);
  scripts.fill(0);
  let latinLetters = 0, otherLetters = 0, words = 0;
  for (let i = 0; i < t.n; i++) {
    if (t.kind[i] !== T_WORD || t.mask[i] !== 0) continue;
    const key = t.key[i];
    const c = key.charCodeAt(0);
    if (c >= DIGIT_0 && c <= DIGIT_9) continue;
    if (c < LATIN_END) {
      latinLetters += key.length;
      words++;
      const mask = tags[i] & LANGUAGE_TAGS;
      if (mask === 0) continue;
      for (let k = 0; k < LANGS; k++) if ((mask >> k) & 1) votes[k]++;
    } else {
      const s = scriptOf(c);
      if (s < 0) continue;
      scripts[s] += key.length;
      otherLetters += key.length;
    }
  }
  if (otherLetters > latinLetters) return otherLetters >= SCRIPT_MIN_LETTERS ? scriptLanguage(lm, t.text) : UNDETERMINED;
  let best = 0, second = 0, bestK = -1;
  for (let k = 0; k < LANGS; k++) {
    const v = votes[k];
    if (v > best) { second = best; best = v; bestK = k; } else if (v > second) second = v;
  }
  if (bestK < 0 || best === second) return UNDETERMINED;
  if (best < MIN_VOTES && words > SHORT_TEXT_WORDS) return UNDETERMINED;
  return STOPWORD_LANGUAGES[bestK];
}
