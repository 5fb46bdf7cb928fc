/**
 * Lexicon-and-rules sentiment (after VADER, Hutto & Gilbert 2014): word, phrase, emoji and
 * emoticon weights; negation ("not good"), boosters and dampeners ("very", "kinda"), ALL CAPS,
 * elongation ("sooo goood"), "!" emphasis, and "but" (the clause after it counts more). Brand
 * tokens (masked by brand matching) and @handles carry no sentiment.
 */
import type { Polarity, Sentiment } from '../../shared/mention';
import { BOOSTERS, CONTRASTS, DAMPENERS, NEGATORS, PHRASES, WORDS, parseList, parseWeights } from './lexicon';
import { EMOJI, EMOTICON_WEIGHTS } from './lexicon-symbols';
import { F_ALLCAPS, F_ELONGATED, T_HANDLE, T_HASHTAG, T_PUNCT, T_WORD, type Tokens } from './tokenize';
import { insert, lastEnds, newTrie, termKeys, walk, type TrieNode } from './trie';
import { NO_ID, type Vocab } from './vocab';

/** Weights live in [-VALENCE_MAX, VALENCE_MAX]; modifier codes are stored above that range. */
const VALENCE_MAX = 4;
const MOD_BOOST = 10;
const MOD_DAMP = 11;
const MOD_NEG = 12;
const MOD_CONTRAST = 13;
const MOD_BREAK = 14; // clause punctuation
const MOD_SKIP = 15; // names (handles, brand tokens): invisible to the rules

/** VADER's constants: booster step, ALL CAPS step, negation factor, normalisation alpha. */
const BOOSTER_INCR = 0.293;
const CAPS_INCR = 0.733;
const ELONGATION_INCR = 0.293;
const NEGATION_SCALAR = -0.74;
const LOOKBACK = 3;
const LOOKBACK_DECAY = [1, 0.95, 0.9];
const BEFORE_CONTRAST = 0.5;
const AFTER_CONTRAST = 1.5;
const EXCLAMATION_INCR = 0.292;
const EXCLAMATION_MAX = 4;
const NORMALIZE_ALPHA = 15;
export const POLARITY_THRESHOLD = 0.05;
const DRIVERS_MAX = 10;
const ROUND = 1000;
const ELONGATION_KEEP = [2, 1]; // collapse "sooo" to "soo", then to "so"
const NEGATED_SUFFIX = "n't";
/** "like" is a sentiment verb only after a subject or an adverb ("I like"), else a preposition. */
const LIKE = 'like';
const LIKE_AFTER = new Set(['i', 'we', 'you', 'they', 'really', 'totally', 'also', 'definitely', 'do', 'dont', "don't", 'didnt', "didn't", 'doesnt', "doesn't", 'still', 'always']);
/** A "#sarcasm" tag flips the sentiment of the rest. */
const SARCASM = new Set(['#sarcasm', '#sarcastic']);
const EXCLAMATION_TOKEN = '!';

export interface SentimentModel {
  vocab: Vocab;
  /** Vocabulary id -> weight, or a modifier code (> VALENCE_MAX), or NaN. */
  lex: Float64Array;
  phrases: TrieNode;
  phraseWeights: number[];
  phraseKeys: string[];
}

/** Call last in compileModel: the lexicon array covers the vocabulary as it is then. */
export function compileSentiment(overrides: Record<string, number>, vocab: Vocab): SentimentModel {
  const lex = new Map<string, number>();
  for (const [w, v] of parseWeights(WORDS)) lex.set(w, v);
  for (const [e, v] of Object.entries(EMOJI)) lex.set(e, v);
  for (const [e, v] of Object.entries(EMOTICON_WEIGHTS)) lex.set(e, v);
  for (const w of parseList(BOOSTERS)) lex.set(w, MOD_BOOST);
  for (const w of parseList(DAMPENERS)) lex.set(w, MOD_DAMP);
  for (const w of parseList(NEGATORS)) lex.set(w, MOD_NEG);
  for (const w of parseList(CONTRASTS)) lex.set(w, MOD_CONTRAST);
  const phrases = newTrie();
  const phraseWeights: number[] = [];
  const phraseKeys: string[] = [];
  const byKey = new Map<string, number>();
  const add = (term: string, weight: number) => {
    const keys = termKeys(term);
    if (keys === null) return;
    if (keys.length === 1) { lex.set(keys[0].key, weight); return; }
    const joined = keys.map((k) => k.key).join(' ');
    const id = byKey.get(joined);
    if (id !== undefined) { phraseWeights[id] = weight; return; }
    byKey.set(joined, phraseWeights.length);
    insert(phrases, vocab, keys, phraseWeights.length);
    phraseWeights.push(weight);
    phraseKeys.push(joined);
  };
  for (const [p, v] of parseWeights(PHRASES)) add(p, v);
  for (const [k, v] of Object.entries(overrides)) add(k, v);
  for (const k of lex.keys()) vocab.intern(k);
  const arr = new Float64Array(vocab.size).fill(NaN);
  for (const [k, v] of lex) arr[vocab.id(k)] = v;
  return { vocab, lex: arr, phrases, phraseWeights, phraseKeys };
}

// Scratch, grown as needed: per token weight (NaN: none), modifier code, and driver label.
let weight = new Float64Array(0);
let mods = new Uint8Array(0);
let labels: string[] = [];

function ensure(n: number): void {
  if (weight.length >= n) return;
  const cap = Math.max(n, weight.length * 2);
  weight = new Float64Array(cap);
  mods = new Uint8Array(cap);
}

function collapse(s: string, keep: number): string {
  let out = '';
  let run = 0;
  for (let i = 0; i < s.length; i++) {
    run = i > 0 && s[i] === s[i - 1] ? run + 1 : 1;
    if (run <= keep) out += s[i];
  }
  return out;
}

function weightOf(sm: SentimentModel, id: number): number {
  return id >= 0 && id < sm.lex.length ? sm.lex[id] : NaN;
}

/** The lexicon entry of token i (NaN if none), trying its leet-folded and de-elongated forms; sets labels[i]. */
function lookup(sm: SentimentModel, t: Tokens, i: number): number {
  let v = weightOf(sm, t.id[i]);
  if (v === v) { labels[i] = t.key[i]; return v; }
  const hashtag = t.kind[i] === T_HASHTAG;
  let k = hashtag ? t.key[i].slice(1) : t.key[i];
  if (hashtag) v = weightOf(sm, sm.vocab.id(k));
  if (v !== v) {
    const f = t.fold[i];
    if (f !== null) {
      const f1 = hashtag ? f.slice(1) : f;
      v = hashtag ? weightOf(sm, sm.vocab.id(f1)) : weightOf(sm, t.foldId[i]);
      if (v === v) k = f1;
    }
  }
  if (v !== v && (t.flags[i] & F_ELONGATED) !== 0) {
    for (const keep of ELONGATION_KEEP) {
      const c = collapse(k, keep);
      v = weightOf(sm, sm.vocab.id(c));
      if (v === v) { k = c; break; }
    }
  }
  labels[i] = k;
  return v;
}

function likeIsVerb(t: Tokens, i: number): boolean {
  for (let k = i - 1; k >= 0; k--) {
    if (mods[k] === MOD_SKIP) continue;
    return t.kind[k] === T_WORD && LIKE_AFTER.has(t.key[k]);
  }
  return false;
}

/** Set by annotate(): the text is tagged as sarcastic. */
let sarcasm = false;

/** Pass 1: weights and modifier codes per token; phrases take their first token's slot. */
function annotate(sm: SentimentModel, t: Tokens): void {
  sarcasm = false;
  for (let i = 0; i < t.n; i++) {
    weight[i] = NaN;
    mods[i] = 0;
    const kind = t.kind[i];
    if (t.mask[i] !== 0 || kind === T_HANDLE) { mods[i] = MOD_SKIP; continue; }
    if (kind === T_PUNCT) { mods[i] = MOD_BREAK; continue; }
    if (kind === T_WORD) {
      const end = walk(sm.phrases, t, i, null);
      const ids = lastEnds();
      if (end > i && ids !== null) {
        let masked = false;
        for (let j = i; j < end; j++) if (t.mask[j] !== 0) masked = true;
        if (!masked) {
          const id = ids[ids.length - 1];
          weight[i] = sm.phraseWeights[id];
          labels[i] = sm.phraseKeys[id];
          for (let j = i + 1; j < end; j++) { weight[j] = NaN; mods[j] = 0; }
          i = end - 1;
          continue;
        }
      }
    }
    if (kind === T_HASHTAG && SARCASM.has(t.key[i])) sarcasm = true;
    const v = lookup(sm, t, i);
    if (v === v && labels[i] === LIKE && !likeIsVerb(t, i)) continue;
    if (v !== v) {
      if (kind === T_WORD && t.key[i].endsWith(NEGATED_SUFFIX)) mods[i] = MOD_NEG;
    } else if (Math.abs(v) <= VALENCE_MAX) weight[i] = v;
    else mods[i] = v;
  }
}

/** Applies caps, elongation, boosters, dampeners and negation to the weight of token i. */
function adjust(t: Tokens, i: number, capsDiff: boolean): number {
  let v = weight[i];
  const sign = v > 0 ? 1 : -1;
  if (capsDiff && (t.flags[i] & F_ALLCAPS) !== 0) v += sign * CAPS_INCR;
  if ((t.flags[i] & F_ELONGATED) !== 0) v += sign * ELONGATION_INCR;
  let negated = false;
  for (let k = i - 1, d = 0; k >= 0 && d < LOOKBACK; k--) {
    const m = mods[k];
    if (m === MOD_BREAK || m === MOD_CONTRAST) break;
    if (m === MOD_SKIP) continue;
    if (m === MOD_BOOST) v += sign * BOOSTER_INCR * LOOKBACK_DECAY[d];
    else if (m === MOD_DAMP) v -= sign * BOOSTER_INCR * LOOKBACK_DECAY[d];
    else if (m === MOD_NEG) negated = true;
    d++;
  }
  return negated ? v * NEGATION_SCALAR : v;
}

function round(x: number): number {
  return Math.round(x * ROUND) / ROUND;
}

export function polarityOf(score: number): Polarity {
  return score >= POLARITY_THRESHOLD ? 'positive' : score <= -POLARITY_THRESHOLD ? 'negative' : 'neutral';
}

/** Sentiment of a tokenized mention whose brand tokens are already masked. */
export function scoreSentiment(sm: SentimentModel, t: Tokens): Sentiment {
  ensure(t.n);
  annotate(sm, t);
  const capsDiff = t.capsWords > 0 && t.capsWords < t.casedWords;
  let contrast = -1;
  for (let i = 0; i < t.n; i++) if (mods[i] === MOD_CONTRAST) contrast = i;
  let sum = 0;
  let drivers: { token: string; weight: number }[] = [];
  for (let i = 0; i < t.n; i++) {
    const w = weight[i];
    if (w !== w || w === 0) continue; // NaN: no weight
    let v = adjust(t, i, capsDiff);
    if (contrast >= 0) v *= i < contrast ? BEFORE_CONTRAST : i > contrast ? AFTER_CONTRAST : 1;
    sum += v;
    drivers.push({ token: labels[i], weight: round(v) });
  }
  if (sarcasm) {
    sum = -sum;
    for (const d of drivers) d.weight = -d.weight;
  }
  if (sum !== 0 && t.exclamations > 0) {
    const e = Math.sign(sum) * Math.min(t.exclamations, EXCLAMATION_MAX) * EXCLAMATION_INCR;
    sum += e;
    drivers.push({ token: EXCLAMATION_TOKEN, weight: round(e) });
  }
  if (drivers.length > DRIVERS_MAX) {
    drivers = drivers.sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight)).slice(0, DRIVERS_MAX);
  }
  const score = round(Math.max(-1, Math.min(1, sum / Math.sqrt(sum * sum + NORMALIZE_ALPHA))));
  return { score, polarity: polarityOf(score), drivers };
}
