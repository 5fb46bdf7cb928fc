/**
 * Lexicon-and-rules sentiment (after VADER, Hutto & Gilbert 2014): word, phrase, emoji and
 * emoticon weights; negation ("not good"), boosters and dampeners ("very", "kinda"), ALL CAPS,
 * elongation ("sooo goood"), "!" emphasis, and "but" (the clause after it counts more); plus
 * social-listening rules: positive words in questions or after "would"/"if"/"hope" are not
 * asserted and count less, and a negated verb with no sentiment word ("can't check in", "won't
 * load") reads as a complaint. Brand tokens (masked by brand matching) and @handles carry no
 * sentiment. Customer-care rules (a service failure makes praise count less; weak hints such as
 * "hours", "still", "why") apply to posts addressed to a tracked brand, where they are complaints;
 * in other posts ("still working, 15 hours so far :)") they are ordinary words. Laughter, like an
 * emoji, is not negated; a bare "no" ("Oh no!", "No tacos for you") is negative; a word
 * capitalised mid-sentence is mostly part of a name ("American Horror Story", see
 * sentiment-names.ts); negative words after "would", "if", "hope" count less, like positive ones.
 * The lexicons are compiled in sentiment-compile.ts.
 *
 * Fitted numbers (NEGATIVITY_BIAS, NAME_WORD_SCALE, IRREALIS_NEGATIVE_SCALE, BRAND_HINT_SCALE) were
 * chosen on the even-numbered lines of the three labeled sets in ../shared/data only; the odd lines
 * are held out (test/bench/analysis/accuracy.ts prints macro-F1 on both halves).
 */
import type { Polarity, Sentiment } from '../../shared/mention';
import {
  CLS_HINT, CLS_IRONY, CLS_LAUGH, CLS_POLITE, CLS_PROBLEM, CLS_SERVICE, MOD_BOOST, MOD_BREAK, MOD_CONTRAST, MOD_DAMP, MOD_IRREALIS, MOD_NEG, MOD_SKIP, VALENCE_MAX,
  type SentimentModel,
} from './sentiment-compile';
import { F_ALLCAPS, F_ELONGATED, T_HANDLE, T_HASHTAG, T_PUNCT, T_SYMBOL, T_WORD, type Tokens } from './tokenize';
import { nameWord, resetNames } from './sentiment-names';
import { lastEnds, walk } from './trie';

export { compileSentiment, type SentimentModel } from './sentiment-compile';

/** VADER's constants: booster step, ALL CAPS step, negation factor, normalisation alpha. */
const BOOSTER_INCR = 0.293;
const CAPS_INCR = 0.733;
const ELONGATION_INCR = 0.293;
const NEGATION_SCALAR = -0.74;
/**
 * A negated negative word is mostly less negative, not positive (Kiritchenko, Zhu & Mohammad
 * 2014: "not bad" is mild). A negated problem word stays a complaint ("never received", "not fixed").
 */
const NEGATED_NEGATIVE_SCALE = 0;
const PROBLEM_NEGATED_SCALE = 0.5;
/**
 * Negative evidence (summed weight) from which a text reads as a complaint: its thanks and
 * "please" are closing formulas, not praise (weight 0), and its praise formulas are ironic (flipped).
 */
const COMPLAINT_EVIDENCE = 1.0;
/** In a complaint, the remaining praise needs more evidence: positive weights are scaled by this. */
const POSITIVE_IN_COMPLAINT = 0.2;
const LOOKBACK = 3;
const LOOKBACK_DECAY = [1, 0.95, 0.9];
const BEFORE_CONTRAST = 0.5;
const AFTER_CONTRAST = 1.5;
const EXCLAMATION_INCR = 0.292;
const EXCLAMATION_MAX = 4;
const NORMALIZE_ALPHA = 15;
/**
 * |score| below this is neutral. VADER uses 0.05; social listening sees many posts with one weak
 * evaluative word, so one mild word (weight < ~0.9) is not enough to leave neutral. One setting for every source.
 */
export const POLARITY_THRESHOLD = 0.2;
const DRIVERS_MAX = 10;
const ROUND = 1000;
/** A positive word in a question ("is it on time?") or after an irrealis word ("would be great") is not asserted. */
const QUESTION_POSITIVE_SCALE = 0.4;
const IRREALIS_POSITIVE_SCALE = 0.4;
/**
 * A negative word after an irrealis word is supposed, not reported ("I'd be so sad if...", "if it
 * fails"), though fear of a problem still leans negative: it counts this much (fitted, even lines).
 */
const IRREALIS_NEGATIVE_SCALE = 0.7;
/** A word capitalised mid-sentence is mostly part of a name or title: it keeps this share of its weight (fitted, even lines). */
const NAME_WORD_SCALE = 0.3;
/**
 * In a post addressed to a tracked brand, weak service hints ("hours", "still", "tried", "why") are
 * complaint evidence and weigh this many times their lexicon weight (fitted, even lines of the
 * airline set); in other posts they carry no weight.
 */
const BRAND_HINT_SCALE = 2;
/** A bare "no" that negates no sentiment word ("Oh no!", "No tacos for you"): VADER's -1.2 on our seed scale (x0.6). */
const NO_WEIGHT = -0.72;
const NO = 'no';
const IRREALIS_REACH = 4;
/**
 * A negation that negates no sentiment word ("can't check in") is itself a complaint cue when the
 * post names a tracked brand ("@united can't check in"); in a post about no brand ("we don't turn
 * the lights on", "I may or may not have") it is weak evidence.
 */
const NEGATION_CUE = -1.0;
const NEGATION_CUE_UNADDRESSED = -0.3;
const QUESTION = '?';
/**
 * Negativity bias ("bad is stronger than good", Baumeister et al. 2001): negative evidence weighs
 * more (fitted on the even lines of the three labeled sets: 1.2).
 */
const NEGATIVITY_BIAS = 1.2;
const ELONGATION_KEEP = [2, 1]; // collapse "sooo" to "soo", then to "so"
const NEGATED_SUFFIX = "n't";
/** "like" is a sentiment verb only after a subject or an adverb ("I like"), else a preposition. */
const LIKE = 'like';
const LIKE_AFTER = new Set(['i', 'we', 'you', 'they', 'really', 'totally', 'also', 'definitely', 'do', 'dont', "don't", 'didnt', "didn't", 'doesnt', "doesn't", 'still', 'always']);
/** A "#sarcasm" tag turns the positive words of the text negative. */
const SARCASM = new Set(['#sarcasm', '#sarcastic']);
const EXCLAMATION_TOKEN = '!';
const HOPE = new Set(['hope', 'hoping', 'hopefully', 'wish', 'wishing']);
const HOPE_WEIGHT = 0.8;
/** Complaint words that make a compound hashtag a complaint ("#unitedfail", "#worstairline"); weight is the word's. */
const TAG_NEGATIVE_ENDS = ['fail', 'fails', 'sucks', 'fml', 'nightmare', 'disaster', 'problems'];
const TAG_NEGATIVE_STARTS = ['worst', 'bad', 'poor', 'terrible', 'horrible', 'fail'];

/** Seed entries of several tokens are phrases only when they are words ("fed up"), not emoticons. */
const SEED_PHRASE = /^[a-z' -]+$/;


// Scratch, grown as needed: per token weight (NaN: none), modifier code, question-clause flag, driver label.
let weight = new Float64Array(0);
let mods = new Uint8Array(0);
let question = new Uint8Array(0);
/**
 * The driver label of token i, set with its weight: the vocabulary id (>= 0) of the key that gave
 * the weight, or PHRASE_LABEL - phrase id. Ids, not strings: no pointer store per token.
 */
let labelIds = new Int32Array(0);
const PHRASE_LABEL = -2;

function ensure(n: number): void {
  if (weight.length >= n) return;
  const cap = Math.max(n, weight.length * 2);
  weight = new Float64Array(cap);
  mods = new Uint8Array(cap);
  question = new Uint8Array(cap);
  labelIds = new Int32Array(cap);
}

/** The label of token i (which has a weight): its key or phrase. */
function labelOf(sm: SentimentModel, i: number): string {
  const id = labelIds[i];
  return id >= 0 ? sm.vocab.keyOf(id) : sm.phraseKeys[PHRASE_LABEL - id];
}

/** Rule classes of the label of token i (which has a weight), by its vocabulary or phrase id. */
function classOf(sm: SentimentModel, i: number): number {
  const id = labelIds[i];
  return id >= 0 ? (id < sm.classById.length ? sm.classById[id] : 0) : sm.phraseClasses[PHRASE_LABEL - id];
}

const APOSTROPHE = 0x27;
const LOWER_N = 0x6e;
const LOWER_T = 0x74;
/** key.endsWith(NEGATED_SUFFIX), without a call. */
function endsNegated(key: string): boolean {
  const n = key.length;
  return n >= NEGATED_SUFFIX.length && key.charCodeAt(n - 1) === LOWER_T && key.charCodeAt(n - 2) === APOSTROPHE && key.charCodeAt(n - 3) === LOWER_N;
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

/** The lexicon entry of token i (NaN if none), trying its leet-folded and de-elongated forms; sets labelIds[i]. */
function lookup(sm: SentimentModel, t: Tokens, i: number): number {
  let id = t.id[i];
  let v = weightOf(sm, id);
  if (v === v) { labelIds[i] = id; return v; }
  const hashtag = t.kind[i] === T_HASHTAG;
  let k = hashtag ? t.key[i].slice(1) : t.key[i];
  if (hashtag) { id = sm.vocab.id(k); v = weightOf(sm, id); }
  if (v !== v) {
    const f = t.fold[i];
    if (f !== null) {
      const f1 = hashtag ? f.slice(1) : f;
      const fid = hashtag ? sm.vocab.id(f1) : t.foldId[i];
      v = weightOf(sm, fid);
      if (v === v) { k = f1; id = fid; }
    }
  }
  if (v !== v && hashtag) {
    // "#unitedfail", "#badcustomerservice": a complaint tag ends or starts with a complaint word.
    for (const w of TAG_NEGATIVE_ENDS) if (k.endsWith(w) && k.length > w.length) { id = sm.vocab.id(w); v = weightOf(sm, id); k = w; break; }
    if (v !== v) for (const w of TAG_NEGATIVE_STARTS) if (k.startsWith(w) && k.length > w.length) { id = sm.vocab.id(w); v = weightOf(sm, id); k = w; break; }
  }
  if (v !== v && (t.flags[i] & F_ELONGATED) !== 0) {
    for (const keep of ELONGATION_KEEP) {
      const c = collapse(k, keep);
      id = sm.vocab.id(c);
      v = weightOf(sm, id);
      if (v === v) { k = c; break; }
    }
  }
  labelIds[i] = id;
  return v;
}

function likeIsVerb(t: Tokens, i: number): boolean {
  for (let k = i - 1; k >= 0; k--) {
    if (mods[k] === MOD_SKIP) continue;
    return t.kind[k] === T_WORD && LIKE_AFTER.has(t.key[k]);
  }
  return false;
}

/** Set by annotate(): the text is tagged as sarcastic; the last "but" (-1: none); a brand token is present. */
let sarcasm = false;
let lastContrast = -1;
let textBranded = false;

/** Pass 1: weights and modifier codes per token; phrases take their first token's slot. */
function annotate(sm: SentimentModel, t: Tokens): void {
  sarcasm = false;
  resetNames();
  for (let i = 0; i < t.n; i++) {
    weight[i] = NaN;
    mods[i] = 0;
    const kind = t.kind[i];
    if (t.mask[i] !== 0 || kind === T_HANDLE) { mods[i] = MOD_SKIP; continue; }
    if (kind === T_PUNCT) { mods[i] = MOD_BREAK; continue; }
    if (kind === T_WORD && phraseAt(sm, t, i)) { i = phraseEnd - 1; continue; }
    if (kind === T_HASHTAG && SARCASM.has(t.key[i])) { sarcasm = true; continue; }
    let v = lookup(sm, t, i);
    if (v === v && labelOf(sm, i) === LIKE && !likeIsVerb(t, i)) continue;
    // A capitalised problem word is the status it names ("Cancelled", "Delayed"), not a title.
    if (v === v && Math.abs(v) <= VALENCE_MAX && nameWord(t, i) && (classOf(sm, i) & CLS_PROBLEM) === 0) v *= NAME_WORD_SCALE;
    if (v !== v) {
      if (kind === T_WORD && endsNegated(t.key[i])) mods[i] = MOD_NEG;
    } else if (Math.abs(v) <= VALENCE_MAX) weight[i] = v;
    else {
      mods[i] = v;
      // "hope"/"wish" make what follows unasserted, and are themselves mildly positive ("hope you feel better").
      if (v === MOD_IRREALIS && HOPE.has(labelOf(sm, i))) weight[i] = HOPE_WEIGHT;
    }
  }
  // Pass 2, backwards: which tokens sit in a clause that ends with "?" ("?!" counts as "?"); also
  // the last "but", whether a brand token is present, and used[] cleared.
  let q = 0;
  lastContrast = -1;
  textBranded = false;
  for (let i = t.n - 1; i >= 0; i--) {
    if (t.kind[i] === T_PUNCT && !(q === 1 && i + 1 < t.n && t.kind[i + 1] === T_PUNCT && t.key[i + 1] === QUESTION)) {
      q = t.key[i] === QUESTION ? 1 : 0;
    }
    question[i] = q;
    used[i] = 0;
    if (lastContrast < 0 && mods[i] === MOD_CONTRAST) lastContrast = i;
    if (t.mask[i] !== 0) textBranded = true;
  }
}

let phraseEnd = 0;
/** A phrase starting at token i with no masked token: weight and label go to token i. */
function phraseAt(sm: SentimentModel, t: Tokens, i: number): boolean {
  const end = walk(sm.phrases, t, i, null);
  const ids = lastEnds();
  if (end <= i || ids === null) return false;
  for (let j = i; j < end; j++) if (t.mask[j] !== 0) return false;
  const id = ids[ids.length - 1];
  weight[i] = sm.phraseWeights[id];
  labelIds[i] = PHRASE_LABEL - id;
  for (let j = i + 1; j < end; j++) { weight[j] = NaN; mods[j] = 0; }
  phraseEnd = end;
  return true;
}

/** Index of the negator that negates token i (-1 if none), set by adjust(). */
let negator = -1;

/** Applies caps, elongation, boosters, dampeners, negation and irrealis to the weight of token i. */
function adjust(t: Tokens, i: number, capsDiff: boolean, cls: number): number {
  let v = weight[i];
  const sign = v > 0 ? 1 : -1;
  if (capsDiff && (t.flags[i] & F_ALLCAPS) !== 0) v += sign * CAPS_INCR;
  if ((t.flags[i] & F_ELONGATED) !== 0) v += sign * ELONGATION_INCR;
  negator = -1;
  let irrealis = false;
  for (let k = i - 1, d = 0; k >= 0 && d < IRREALIS_REACH; k--) {
    const m = mods[k];
    if (m === MOD_BREAK || m === MOD_CONTRAST) break;
    if (m === MOD_SKIP) continue;
    if (m === MOD_IRREALIS) irrealis = true;
    else if (d < LOOKBACK) {
      if (m === MOD_BOOST) v += sign * BOOSTER_INCR * LOOKBACK_DECAY[d];
      else if (m === MOD_DAMP) v -= sign * BOOSTER_INCR * LOOKBACK_DECAY[d];
      else if (m === MOD_NEG) negator = k;
    }
    d++;
  }
  // An emoji, emoticon or laugh is the author's own affect: not negated, not questioned (":) didn't say", "no way lol").
  if (t.kind[i] === T_SYMBOL || (cls & CLS_LAUGH) !== 0) { negator = -1; return v; }
  if (negator >= 0) v *= v > 0 ? NEGATION_SCALAR : (cls & CLS_PROBLEM) !== 0 ? PROBLEM_NEGATED_SCALE : NEGATED_NEGATIVE_SCALE;
  if (irrealis) v *= v > 0 ? IRREALIS_POSITIVE_SCALE : IRREALIS_NEGATIVE_SCALE;
  if (v > 0 && question[i] === 1) v *= QUESTION_POSITIVE_SCALE;
  return v;
}

function round(x: number): number {
  return Math.round(x * ROUND) / ROUND;
}

export function polarityOf(score: number): Polarity {
  return score >= POLARITY_THRESHOLD ? 'positive' : score <= -POLARITY_THRESHOLD ? 'negative' : 'neutral';
}

/** Marks negators that negated a sentiment word (so they are not complaint cues themselves). */
let used = new Uint8Array(0);

/**
 * Sentiment of a tokenized mention whose brand tokens are already masked. With a channel, that
 * channel's lexicon overrides (config.channelLexicons) apply.
 */
export function scoreSentiment(model: SentimentModel, t: Tokens, channel?: string): Sentiment {
  const sm = channel === undefined || model.byChannel.size === 0 ? model : model.byChannel.get(channel) ?? model;
  ensure(t.n);
  if (used.length < t.n) used = new Uint8Array(weight.length);
  annotate(sm, t);
  const capsDiff = t.capsWords > 0 && t.capsWords < t.casedWords;
  const contrast = lastContrast;
  const branded = textBranded;
  let sum = 0;
  let negative = 0;
  let service = false;
  let drivers: { token: string; weight: number }[] = [];
  driverCls.length = 0;
  for (let i = 0; i < t.n; i++) {
    const w = weight[i];
    if (w !== w) continue; // NaN: no weight
    const cls = classOf(sm, i);
    if ((cls & CLS_HINT) !== 0 && !branded) continue;
    let v = adjust(t, i, capsDiff, cls);
    if (negator >= 0) used[negator] = 1;
    if (v === 0) continue;
    if ((cls & CLS_HINT) !== 0 && v < 0) v *= BRAND_HINT_SCALE;
    if (v < 0) { v *= NEGATIVITY_BIAS; negative += v; if ((cls & CLS_SERVICE) !== 0 && branded) service = true; }
    v *= contrastScale(i, contrast);
    sum += v;
    drivers.push({ token: labelOf(sm, i), weight: round(v) });
    driverCls.push(contrast >= 0 && i > contrast ? cls | CLS_AFTER_CONTRAST : cls);
  }
  const cue = branded ? NEGATION_CUE : NEGATION_CUE_UNADDRESSED;
  for (let i = 0; i < t.n; i++) {
    if (mods[i] !== MOD_NEG || used[i] !== 0) continue;
    const no = t.key[i] === NO;
    if (!no && !negatesVerb(t, i)) continue;
    const w = no ? Math.min(NO_WEIGHT, cue) : cue;
    const v = w * contrastScale(i, contrast);
    sum += v;
    negative += w;
    drivers.push({ token: t.key[i], weight: round(v) });
    driverCls.push(0);
  }
  if (service || negative <= -COMPLAINT_EVIDENCE) sum = complaintFormulas(drivers, sum, service ? POSITIVE_IN_COMPLAINT : 1);
  if (sarcasm) {
    // Sarcasm turns praise into blame; complaints stay complaints.
    sum = 0;
    for (const d of drivers) { if (d.weight > 0) d.weight = -d.weight; sum += d.weight; }
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

/** Driver bit: the word follows "but", whose clause is the author's conclusion (not damped). */
const CLS_AFTER_CONTRAST = 128;
/** Class bits of each driver, in push order (scratch). */
const driverCls: number[] = [];

/** In a complaint, thanks and "please" weigh nothing and praise formulas turn to blame. Returns the new sum. */
function complaintFormulas(drivers: { token: string; weight: number }[], sum: number, positiveScale: number): number {
  let j = 0;
  for (let i = 0; i < drivers.length; i++) {
    const d = drivers[i];
    const cls = driverCls[i];
    if (d.weight > 0 && (cls & CLS_POLITE) !== 0) { sum -= d.weight; continue; }
    if (d.weight > 0 && (cls & CLS_IRONY) !== 0) { sum -= 2 * d.weight; d.weight = -d.weight; }
    else if (d.weight > 0 && (cls & CLS_AFTER_CONTRAST) === 0) { const w = round(d.weight * positiveScale); sum -= d.weight - w; d.weight = w; }
    drivers[j++] = d;
  }
  drivers.length = j;
  return sum;
}

/** "but" weighs the clause after it more and the one before less. */
function contrastScale(i: number, contrast: number): number {
  return contrast < 0 ? 1 : i < contrast ? BEFORE_CONTRAST : i > contrast ? AFTER_CONTRAST : 1;
}

/** A negator followed, in its clause, by a word (a verb or its object: "can't check in"). */
function negatesVerb(t: Tokens, i: number): boolean {
  const next = i + 1;
  return next < t.n && t.kind[next] === T_WORD && mods[next] !== MOD_BREAK;
}
