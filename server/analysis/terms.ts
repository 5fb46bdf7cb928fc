/**
 * Terms of a mention for trend detection: its words and #hashtags, lower case, in text order,
 * deduplicated, at most TERMS_MAX. Left out: stop-words (en, es, pt, fr, de, it, nl lists), brand
 * names, aliases, handles and hashtags (the tokens brand matching masked, and any word that is a
 * one-word brand name, alias, or handle or tag without its "@"/"#"/"$": "united" in "United
 * flight" matched by query only), @mentions, URLs, emoji,
 * numbers and words starting with a digit ("10pm"), words of fewer than TERM_MIN_LENGTH chars and
 * over TERM_MAX_LENGTH (junk).
 */
import type { BrandConfig } from '../../shared/tracking';
import { LANGUAGE_TAGS } from './language';
import { termKeys } from './trie';
import { T_HASHTAG, T_WORD, type Tokens } from './tokenize';
import type { Vocab } from './vocab';

export const TERMS_MAX = 20;
export const TERM_MIN_LENGTH = 3;
export const TERM_MAX_LENGTH = 40;
const DIGIT_0 = 0x30;
const DIGIT_9 = 0x39;
const URL = /\b(?:https?:\/\/|www\.)\S+/gi;
const URL_HINTS = ['http', 'www.'];
/** Vocabulary tag bit of one-word brand terms (bits below it are stop-word languages). */
export const BRAND_TAG = 0x80;
const SIGILS = /^[@#$]/;
const HASH = '#';
if ((BRAND_TAG & LANGUAGE_TAGS) !== 0) throw new Error('tag bits overlap');

export interface TermsModel {
  vocab: Vocab;
}

/** Tags one-word brand terms (as a word and as a #tag) in the vocabulary. */
export function compileTerms(brands: readonly BrandConfig[], vocab: Vocab): TermsModel {
  for (const b of brands) {
    for (const term of [b.name, ...b.aliases, ...b.handles, ...b.hashtags, ...b.cashtags]) {
      const keys = termKeys(term.trim().replace(SIGILS, ''));
      if (keys === null || keys.length !== 1 || keys[0].prefix) continue;
      vocab.tag(keys[0].key, BRAND_TAG);
      vocab.tag(HASH + keys[0].key, BRAND_TAG);
    }
  }
  return { vocab };
}

/** URL spans of the decoded text as [start, end, start, end, ...], in a reused array. */
const urlSpans: number[] = [];

function findUrls(t: Tokens): void {
  urlSpans.length = 0;
  const lower = t.lowerText();
  if (!lower.includes(URL_HINTS[0]) && !lower.includes(URL_HINTS[1])) return;
  URL.lastIndex = 0;
  for (let m = URL.exec(t.text); m !== null; m = URL.exec(t.text)) urlSpans.push(m.index, m.index + m[0].length);
}

function inUrl(pos: number): boolean {
  for (let k = 0; k < urlSpans.length; k += 2) if (pos >= urlSpans[k] && pos < urlSpans[k + 1]) return true;
  return false;
}

export function extractTerms(tm: TermsModel, t: Tokens): string[] {
  const tags = tm.vocab.tags;
  const out: string[] = [];
  findUrls(t);
  for (let i = 0; i < t.n && out.length < TERMS_MAX; i++) {
    const kind = t.kind[i];
    if ((kind !== T_WORD && kind !== T_HASHTAG) || t.mask[i] !== 0 || tags[i] !== 0) continue;
    const key = t.key[i];
    if (key.length < TERM_MIN_LENGTH || key.length > TERM_MAX_LENGTH) continue;
    if (kind === T_WORD) {
      const c = key.charCodeAt(0);
      if (c >= DIGIT_0 && c <= DIGIT_9) continue;
    }
    if (urlSpans.length > 0 && inUrl(t.start[i])) continue;
    if (!out.includes(key)) out.push(key);
  }
  return out;
}
