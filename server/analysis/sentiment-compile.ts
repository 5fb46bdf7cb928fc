/**
 * Compiles the sentiment lexicons once: seed lexicons (VADER, AFINN-165, emoji ranking), then
 * Earshot's own words, emoji, emoticons, phrases and modifiers, then the config's `lexicon`, then
 * per channel its `channelLexicons[channel]`. Everything lives in Maps and typed arrays indexed by
 * vocabulary id: text such as "__proto__" or "constructor" is an ordinary unknown word.
 */
import { BOOSTERS, CONTRASTS, DAMPENERS, NEGATORS, PHRASES, WORDS, parseList, parseWeights } from './lexicon';
import {
  IRONY_PHRASES, IRREALIS, LAUGH_WORDS, NAME_WORDS, NEUTRAL_WORDS, POLITE_WORDS, PROBLEM_WORDS, SERVICE_FAILURE_PHRASES,
  SERVICE_FAILURE_WORDS, SERVICE_PHRASES, SERVICE_WORDS, SLANG_WORDS,
} from './lexicon-social';
import { EMOJI, EMOTICON_WEIGHTS } from './lexicon-symbols';
import { seedEntries } from './sentiment-seeds';
import { insert, newTrie, termKeys, type TrieNode } from './trie';
import type { Vocab } from './vocab';

/** Weights live in [-VALENCE_MAX, VALENCE_MAX]; modifier codes are stored above that range. */
export const VALENCE_MAX = 4;
export const MOD_BOOST = 10;
export const MOD_DAMP = 11;
export const MOD_NEG = 12;
export const MOD_CONTRAST = 13;
export const MOD_BREAK = 14; // clause punctuation
export const MOD_SKIP = 15; // names (handles, brand tokens): invisible to the rules
export const MOD_IRREALIS = 16; // "would", "if", "hope": what follows is not asserted

/** Rule classes of a lexicon entry (bits), by its label (word or joined phrase). */
export const CLS_POLITE = 1;
export const CLS_IRONY = 2;
export const CLS_PROBLEM = 4;
export const CLS_SERVICE = 8; // service-failure language: a complaint about the service
export const CLS_HINT = 16; // a weak service-failure hint ("hours", "still", "why"): counts only in posts to a brand
export const CLS_LAUGH = 32; // laughter: the author's own affect, like an emoji

/** Seed entries of several tokens are phrases only when they are words ("fed up"), not emoticons. */
const SEED_PHRASE = /^[a-z' -]+$/;

export interface SentimentModel {
  vocab: Vocab;
  /** Vocabulary id -> weight, or a modifier code (> VALENCE_MAX), or NaN. */
  lex: Float64Array;
  phrases: TrieNode;
  phraseWeights: number[];
  phraseKeys: string[];
  /**
   * Rule classes (gratitude and politeness, ironic praise formulas, problem words) by vocabulary id
   * of a single-key driver label (covers lex) and by phrase id.
   */
  classById: Uint8Array;
  phraseClasses: Uint8Array;
  /** Variants compiled with a channel's overrides laid over the config lexicon. */
  byChannel: Map<string, SentimentModel>;
}

type Entries = Iterable<[string, number]>;

/** A lexicon under construction: single keys in a Map, multi-word terms in a trie. */
class Builder {
  readonly lex = new Map<string, number>();
  readonly phrases = newTrie();
  readonly phraseWeights: number[] = [];
  readonly phraseKeys: string[] = [];
  private readonly byKey = new Map<string, number>();

  constructor(private readonly vocab: Vocab) {}

  add(term: string, weight: number, seed = false): void {
    const keys = termKeys(term);
    if (keys === null) return;
    if (keys.length === 1) {
      // A seed key that the tokenizer reads differently (an emoticon we do not know) is dropped.
      if (!seed || keys[0].key === term) this.lex.set(keys[0].key, weight);
      return;
    }
    if (seed && !SEED_PHRASE.test(term)) return;
    const joined = keys.map((k) => k.key).join(' ');
    const id = this.byKey.get(joined);
    if (id !== undefined) { this.phraseWeights[id] = weight; return; }
    this.byKey.set(joined, this.phraseWeights.length);
    insert(this.phrases, this.vocab, keys, this.phraseWeights.length);
    this.phraseWeights.push(weight);
    this.phraseKeys.push(joined);
  }

  addAll(entries: Entries, seed = false): void {
    for (const [k, v] of entries) this.add(k, v, seed);
  }

  set(words: Iterable<string>, code: number): void {
    for (const w of words) this.lex.set(w, code);
  }

  build(byChannel: Map<string, SentimentModel>): SentimentModel {
    for (const k of this.lex.keys()) this.vocab.intern(k);
    const arr = new Float64Array(this.vocab.size).fill(NaN);
    for (const [k, v] of this.lex) arr[this.vocab.id(k)] = v;
    const classes = ruleClasses();
    const classById = new Uint8Array(arr.length);
    for (const [k, bits] of classes) {
      const id = this.vocab.id(k);
      if (id >= 0 && id < classById.length) classById[id] = bits;
    }
    const phraseClasses = Uint8Array.from(this.phraseKeys, (k) => classes.get(k) ?? 0);
    return {
      vocab: this.vocab, lex: arr, phrases: this.phrases, phraseWeights: this.phraseWeights, phraseKeys: this.phraseKeys,
      classById, phraseClasses, byChannel,
    };
  }
}

const zeros = (blob: string): [string, number][] => parseList(blob).map((w) => [w, 0]);

/** Service words this negative or more mark a text as a service complaint (weaker ones are hints, CLS_HINT). */
const SERVICE_FAILURE_MIN = 0.8;

let classes: Map<string, number> | null = null;
function ruleClasses(): Map<string, number> {
  if (classes !== null) return classes;
  const m = new Map<string, number>();
  const mark = (keys: Iterable<string>, bit: number) => { for (const k of keys) m.set(k, (m.get(k) ?? 0) | bit); };
  mark(parseList(POLITE_WORDS), CLS_POLITE);
  mark(parseList(LAUGH_WORDS), CLS_LAUGH);
  mark(parseWeights(IRONY_PHRASES).map(([k]) => k), CLS_IRONY);
  mark(parseList(PROBLEM_WORDS), CLS_PROBLEM);
  for (const blob of [SERVICE_WORDS, SERVICE_PHRASES, SERVICE_FAILURE_WORDS, SERVICE_FAILURE_PHRASES]) {
    const negative = parseWeights(blob).filter(([, w]) => w < 0);
    mark(negative.map(([k]) => k), CLS_PROBLEM);
    mark(negative.filter(([, w]) => w <= -SERVICE_FAILURE_MIN).map(([k]) => k), CLS_SERVICE);
    // A key listed as a weak hint in any list ("no one") is a hint: a complaint only in a post to a brand.
    mark(negative.filter(([, w]) => w > -SERVICE_FAILURE_MIN).map(([k]) => k), CLS_HINT);
  }
  classes = m;
  return m;
}

/** Built-in entries, lowest precedence first. Seeds are parsed once per process. */
let seeds: [string, number][] | null = null;
function builtIn(b: Builder): void {
  seeds ??= seedEntries();
  b.addAll(seeds, true);
  for (const [w, v] of parseWeights(WORDS)) b.lex.set(w, v);
  for (const [w, v] of parseWeights(SERVICE_WORDS)) b.lex.set(w, v);
  for (const [w, v] of parseWeights(SLANG_WORDS)) b.lex.set(w, v);
  for (const [w, v] of parseWeights(SERVICE_FAILURE_WORDS)) b.lex.set(w, v);
  for (const [w, v] of zeros(NEUTRAL_WORDS)) b.lex.set(w, v);
  for (const [w, v] of zeros(NAME_WORDS)) b.lex.set(w, v);
  for (const [e, v] of Object.entries(EMOJI)) b.lex.set(e, v);
  for (const [e, v] of Object.entries(EMOTICON_WEIGHTS)) b.lex.set(e, v);
  b.set(parseList(BOOSTERS), MOD_BOOST);
  b.set(parseList(DAMPENERS), MOD_DAMP);
  b.set(parseList(NEGATORS), MOD_NEG);
  b.set(parseList(CONTRASTS), MOD_CONTRAST);
  b.set(parseList(IRREALIS), MOD_IRREALIS);
  b.addAll(parseWeights(PHRASES));
  b.addAll(parseWeights(SERVICE_PHRASES));
  b.addAll(parseWeights(SERVICE_FAILURE_PHRASES));
  b.addAll(parseWeights(IRONY_PHRASES));
}

/**
 * Call last in compileModel: the lexicon array covers the vocabulary as it is then.
 * `channelLexicons[channel]` is laid over `overrides` for mentions of that channel.
 */
export function compileSentiment(
  overrides: Record<string, number>,
  vocab: Vocab,
  channelLexicons: Partial<Record<string, Record<string, number>>> = {},
): SentimentModel {
  const byChannel = new Map<string, SentimentModel>();
  for (const [channel, extra] of Object.entries(channelLexicons)) {
    if (extra === undefined || Object.keys(extra).length === 0) continue;
    const b = new Builder(vocab);
    builtIn(b);
    b.addAll(Object.entries(overrides));
    b.addAll(Object.entries(extra));
    byChannel.set(channel, b.build(byChannel));
  }
  const base = new Builder(vocab);
  builtIn(base);
  base.addAll(Object.entries(overrides));
  return base.build(byChannel);
}
