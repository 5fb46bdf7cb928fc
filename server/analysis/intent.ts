/**
 * What the author wants: complaint, question, purchase intent, praise, or other. Rules over the
 * tokens (cue words and phrases, found with one trie walk per token) and the sentiment.
 *
 * Precedence (the first that holds wins):
 * 1. complaint: a strong complaint cue ("still waiting", "refund", "never arrived", "broken",
 *    "worst"...) unless the sentiment is positive ("got my refund, thanks!"), or negative sentiment
 *    together with problem language ("delayed", "lost", "support", "cancelled"...). A complaint put
 *    as a question ("why is my bag still lost??") is a complaint: it needs the service desk.
 * 2. purchase: a purchase cue ("want to buy", "thinking of getting", "where can I buy", "should I
 *    get", "price of", "preorder"...), even as a question.
 * 3. question: a "?" anywhere, or a clause that opens (after @handles and brand names) with a
 *    question form: wh-word + auxiliary or aux-inversion ("how do I", "does anyone know", "is
 *    there", "can you"...).
 * 4. praise: positive sentiment with a praise cue (thanks, love, great, awesome, kudos...).
 * 5. other.
 * Cues are tokenized like the text, so a possessive "'s" is dropped ("what's" reads "what"): cues
 * are written without it. Cue-starting words are flagged by vocabulary id, so most tokens skip the
 * trie walk; question forms are walked only at a clause start.
 */
import type { Intent, Sentiment } from '../../shared/mention';
import { T_HANDLE, T_PUNCT, T_SYMBOL, type Tokens } from './tokenize';
import { insert, newTrie, termKeys, walk, type TrieNode } from './trie';
import type { Vocab } from './vocab';

const CUE_COMPLAINT = 0;
const CUE_PROBLEM = 1;
const CUE_PURCHASE = 2;
const CUE_QUESTION_START = 3;
const CUE_PRAISE = 4;
const CUES = 5;

const list = (s: string) => s.split(',').map((x) => x.trim()).filter((x) => x !== '');

/** Cue phrases by kind (comma-separated; matched on token boundaries, case-insensitively). */
export const INTENT_CUES: readonly [number, string][] = [
  [CUE_COMPLAINT, `still waiting, been waiting, waiting for hours, never arrived, never received, never came, never showed,
    refund, refunds, money back, broken, broke, worst, unacceptable, ridiculous, disappointed, disappointing,
    not working, doesn't work, does not work, didn't work, stopped working, keeps crashing, won't work,
    no response, no reply, no answer, hung up, on hold, rip off, ripoff, scam, complaint, complain,
    charged twice, overcharged, lost my, lost our, fix this, fix it, never again, terrible, horrible,
    awful, pathetic, sucks, joke, fail, epic fail, still no, where is my`],
  [CUE_PROBLEM, `delay, delayed, delays, cancel, cancelled, canceled, cancellation, cancelled flightled, late,
    lost, missing, problem, problems, issue, issues, error, errors, crash, crashed, crashes, wait, waiting,
    waited, hold, support, service, customer service, help, bag, bags, baggage, luggage, missed, stuck,
    stranded, rude, failed, charge, charged, fee, fees, bug, bugs, outage, down, slow, dirty, damaged,
    defective, order, delivery, package, account, app, website, staff, agent, hours, again, seat, flight`],
  [CUE_PURCHASE, `want to buy, wanna buy, going to buy, gonna buy, planning to buy, looking to buy, ready to buy,
    thinking of getting, thinking about getting, thinking of buying, thinking about buying,
    where can i buy, where to buy, where can i get, where do i buy, should i get, should i buy,
    price of, prices of, how much is, how much does, how much for, preorder, pre-order, pre order,
    in stock, back in stock, worth buying, buy one, buying one, want to book, looking to book,
    discount code, promo code, coupon, take my money`],
  [CUE_QUESTION_START, `does anyone know, does anybody know, anyone know, anybody know, any idea, any ideas,
    how do i, how do you, how can i, how to, how long, how much, can anyone, can anybody, can someone,
    can you, could you, would you, can i, could i, should i, do you, does it, does this, did you, is there,
    are there, is it, is this, are you, will you, will there, what is, what are, when is, when will,
    when does, where is, where can, where do, why is, why does, why do, which, who is, who can`],
  [CUE_PRAISE, `thanks, thank you, thank, thx, tnx, ty, love, loved, loving, great, awesome, amazing, best, kudos,
    appreciate, appreciated, excellent, fantastic, wonderful, shoutout, shout out, props, well done,
    good job, great job, perfect, impressed, helpful, brilliant, superb, outstanding`],
];

const START_OTHER = 1;
const START_QUESTION = 2;
const START_ANY = START_OTHER | START_QUESTION;

const QUESTION_MARKS = new Set(['?', '？', '¿']);

export interface IntentModel {
  trie: TrieNode;
  /** Vocabulary id -> START_OTHER | START_QUESTION when a cue starts with that word: only those tokens start a walk. */
  starts: Uint8Array;
  /** Scratch: cues seen in the current mention, and ids found by a walk. */
  seen: Uint8Array;
  found: number[];
}

export function compileIntent(vocab: Vocab): IntentModel {
  const trie = newTrie();
  const firsts: [number, number][] = [];
  for (const [cue, phrases] of INTENT_CUES) {
    for (const p of list(phrases)) {
      const keys = termKeys(p);
      if (keys === null) continue;
      insert(trie, vocab, keys, cue);
      firsts.push([vocab.id(keys[0].key), cue === CUE_QUESTION_START ? START_QUESTION : START_OTHER]);
    }
  }
  const starts = new Uint8Array(vocab.size);
  for (const [id, bit] of firsts) starts[id] |= bit;
  return { trie, starts, seen: new Uint8Array(CUES), found: [] };
}

function startBits(starts: Uint8Array, id: number): number {
  return id >= 0 && id < starts.length ? starts[id] : 0;
}

/** Intent of a tokenized mention (brand tokens masked) with its sentiment. */
export function detectIntent(im: IntentModel, t: Tokens, s: Sentiment): Intent {
  const { seen, found } = im;
  seen.fill(0);
  let question = false;
  let clauseStart = true;
  for (let i = 0; i < t.n; i++) {
    const kind = t.kind[i];
    if (kind === T_PUNCT) {
      if (QUESTION_MARKS.has(t.key[i])) question = true;
      clauseStart = true;
      continue;
    }
    if (kind === T_HANDLE || kind === T_SYMBOL || t.mask[i] !== 0) continue;
    const bits = startBits(im.starts, t.id[i]) | startBits(im.starts, t.foldId[i]) | startBits(im.starts, t.fold2Id[i]);
    if ((bits & (clauseStart ? START_ANY : START_OTHER)) === 0) {
      clauseStart = false;
      continue;
    }
    found.length = 0;
    if (walk(im.trie, t, i, found) >= 0) {
      for (const cue of found) if (cue !== CUE_QUESTION_START || clauseStart) seen[cue] = 1;
    }
    clauseStart = false;
  }
  const polarity = s.polarity;
  if ((seen[CUE_COMPLAINT] === 1 && polarity !== 'positive') || (polarity === 'negative' && seen[CUE_PROBLEM] === 1)) {
    return 'complaint';
  }
  if (seen[CUE_PURCHASE] === 1) return 'purchase';
  if (question || seen[CUE_QUESTION_START] === 1) return 'question';
  if (polarity === 'positive' && seen[CUE_PRAISE] === 1) return 'praise';
  return 'other';
}
