/**
 * The analysis stage: analyze(mention, model) -> AnalyzedMention, pure and synchronous (no I/O,
 * no clock). compileModel() does all the work that does not depend on the mention, once.
 *
 * One tokenization feeds every step: brands first (their tokens are then masked for sentiment,
 * intent, language and terms, and they scope topics), then sentiment (with the channel's lexicon),
 * topics, intent (which reads the sentiment), routing (which reads intent, channel, polarity and
 * brands), place, language, terms and reach.
 */
import type { AnalyzedMention, Mention } from '../../shared/mention';
import type { TrackingConfig } from '../../shared/tracking';
import { compileBrands, matchBrands, type BrandMatcher } from './brands';
import { compileIntent, detectIntent, type IntentModel } from './intent';
import { compileLanguage, detectLanguage, type LanguageModel } from './language';
import { compilePlace, locate, type PlaceModel } from './place';
import { compileRouting, route, type RoutingModel } from './routing';
import { compileSentiment, scoreSentiment, type SentimentModel } from './sentiment';
import { compileTerms, extractTerms, type TermsModel } from './terms';
import { compileTopics, matchTopics, type TopicMatcher } from './topics';
import { Tokens, tokenize } from './tokenize';
import { Vocab } from './vocab';

/** Compiled, opaque: build it with compileModel(). */
export interface AnalysisModel {
  readonly brands: BrandMatcher;
  readonly topics: TopicMatcher;
  readonly sentiment: SentimentModel;
  readonly place: PlaceModel;
  readonly intent: IntentModel;
  readonly routing: RoutingModel;
  readonly language: LanguageModel;
  readonly terms: TermsModel;
  readonly vocab: Vocab;
  /** Scratch reused by every analyze() call (analyze is synchronous, so never shared in flight). */
  readonly tokens: Tokens;
  readonly brandVia: Uint8Array;
}

export function compileModel(config: TrackingConfig): AnalysisModel {
  const vocab = new Vocab();
  const brands = compileBrands(config.brands, vocab);
  const topics = compileTopics(config.topics, brands.ids, vocab);
  const intent = compileIntent(vocab);
  const language = compileLanguage(vocab);
  const terms = compileTerms(config.brands, vocab);
  return {
    brands,
    topics,
    intent,
    language,
    terms,
    // last: it sizes its table to the vocabulary
    sentiment: compileSentiment(config.lexicon, vocab, config.channelLexicons),
    routing: compileRouting(config.routing, config.defaultDepartment),
    place: compilePlace(),
    vocab,
    tokens: new Tokens(),
    brandVia: new Uint8Array(config.brands.length),
  };
}

/**
 * Reach: the author's followers plus engagement. Likes and replies count one person each; a share
 * shows the post to another audience whose size we do not know, counted as SHARE_AUDIENCE people.
 */
export const SHARE_AUDIENCE = 10;

export function reachOf(m: Mention): number {
  const e = m.engagement;
  const engagement = e === undefined ? 0 : e.likes + e.replies + e.shares * SHARE_AUDIENCE;
  return (m.author?.followers ?? 0) + engagement;
}

/** Every field of Mention, copied one by one by analyze(); the type check fails when one is added. */
type CopiedKeys = 'id' | 'channel' | 'text' | 'createdAt' | 'author' | 'url' | 'lang' | 'geo' | 'engagement' | 'query';
const ALL_MENTION_FIELDS_COPIED: Exclude<keyof Mention, CopiedKeys> extends never ? true : false = true;
void ALL_MENTION_FIELDS_COPIED;

export function analyze(m: Mention, model: AnalysisModel, receivedAt: number): AnalyzedMention {
  const t = model.tokens;
  tokenize(m.text, t);
  model.vocab.resolve(t);
  const brands = matchBrands(model.brands, t, m.query, model.brandVia, m.text);
  const sentiment = scoreSentiment(model.sentiment, t, m.channel);
  const topics = matchTopics(model.topics, t, model.brandVia);
  const intent = detectIntent(model.intent, t, sentiment);
  const department = route(model.routing, intent, m.channel, sentiment.polarity, brands);
  const place = locate(model.place, m);
  // Spelled out rather than spread: a fixed shape is several times faster to build and to read.
  return {
    id: m.id, channel: m.channel, text: m.text, createdAt: m.createdAt, author: m.author, url: m.url,
    lang: m.lang, geo: m.geo, engagement: m.engagement, query: m.query,
    brands, sentiment, topics, place, reach: reachOf(m), receivedAt,
    intent, department, language: detectLanguage(model.language, t, m.lang), terms: extractTerms(model.terms, t),
  };
}
