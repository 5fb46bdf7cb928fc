import { z } from 'zod';
import { ID_MAX, TEXT_MAX } from './constants';

export const CHANNELS = [
  'twitter', 'facebook', 'instagram', 'forum', 'blog', 'news', 'review',
  'email', 'phone', 'web', 'other',
] as const;
export const ChannelSchema = z.enum(CHANNELS);
export type Channel = z.infer<typeof ChannelSchema>;

export const POLARITIES = ['positive', 'neutral', 'negative'] as const;
export type Polarity = (typeof POLARITIES)[number];

const count = z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER);

/** A time given as ISO-8601 text or epoch milliseconds, normalised to epoch milliseconds. */
export const TimeSchema = z.union([
  z.number().int().nonnegative(),
  z.string().min(1).max(64),
]).transform((v, ctx) => {
  const ms = typeof v === 'number' ? v : Date.parse(v);
  if (!Number.isFinite(ms) || ms < 0) {
    ctx.addIssue({ code: 'custom', message: 'not a valid date or epoch milliseconds' });
    return z.NEVER;
  }
  return ms;
});

export const AuthorSchema = z.object({
  handle: z.string().max(200).optional(),
  name: z.string().max(200).optional(),
  followers: count.optional(),
  location: z.string().max(300).optional(),
  timezone: z.string().max(100).optional(),
});

export const GeoSchema = z.object({
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
});

export const EngagementSchema = z.object({
  likes: count.default(0),
  shares: count.default(0),
  replies: count.default(0),
});

/** A mention as it enters Earshot, from any source. Unknown keys are dropped. */
export const MentionSchema = z.object({
  id: z.string().min(1).max(ID_MAX),
  channel: ChannelSchema,
  text: z.string().max(TEXT_MAX),
  createdAt: TimeSchema,
  author: AuthorSchema.optional(),
  url: z.string().max(2000).optional(),
  lang: z.string().max(16).optional(),
  geo: GeoSchema.optional(),
  engagement: EngagementSchema.optional(),
  /** The tracked query that brought this mention in (listening tools record it). */
  query: z.string().max(200).optional(),
});
export type MentionInput = z.input<typeof MentionSchema>;
export type Mention = z.output<typeof MentionSchema>;

export const INTENTS = ['complaint', 'question', 'purchase', 'praise', 'other'] as const;
export type Intent = (typeof INTENTS)[number];

export interface BrandMatch {
  brand: string;
  /** The matched text as written (e.g. "M$ft"); absent when matched by query. */
  matched?: string;
  /** Where in the text the brand was found ([start, end) in UTF-16 units); absent when matched by query. */
  start?: number;
  end?: number;
  via: 'text' | 'query';
}

export interface Sentiment {
  /** In [-1, 1]. */
  score: number;
  polarity: Polarity;
  /** The tokens that moved the score, with their contribution. */
  drivers: { token: string; weight: number }[];
}

export interface Place {
  /** ISO 3166-1 alpha-2, upper case. */
  country?: string;
  /** ISO 3166-2 subdivision code for US states, e.g. "US-CA". */
  region?: string;
  via?: 'geo' | 'location' | 'timezone';
}

/** A mention after analysis: what the rest of the pipeline reads. */
export interface AnalyzedMention extends Mention {
  brands: BrandMatch[];
  sentiment: Sentiment;
  topics: string[];
  place: Place;
  /** What the author wants: complaint, question, purchase intent, praise, other. */
  intent: Intent;
  /** Where the routing table sends it (e.g. "customer-service", "pr", "sales", "marketing"). */
  department: string;
  /** ISO 639-1 code ("en", "es", ...) detected from the text, or "und" when it cannot be told. */
  language: string;
  /** Terms and hashtags for trend detection: lower case, stop-words and brand names removed; hashtags keep "#". */
  terms: string[];
  /** Audience estimate (followers plus engagement). */
  reach: number;
  /** When Earshot received it (epoch ms). */
  receivedAt: number;
}

/** The compact form of a mention carried in frames (the river). */
export interface RiverItem {
  id: string;
  channel: Channel;
  text: string;
  createdAt: number;
  author: { handle?: string; name?: string; followers?: number };
  url?: string;
  brands: string[];
  polarity: Polarity;
  score: number;
  topics: string[];
  country?: string;
  reach: number;
}

export function toRiverItem(m: AnalyzedMention, textMax = 400): RiverItem {
  return {
    id: m.id,
    channel: m.channel,
    text: m.text.length > textMax ? m.text.slice(0, textMax) + '…' : m.text,
    createdAt: m.createdAt,
    author: { handle: m.author?.handle, name: m.author?.name, followers: m.author?.followers },
    url: m.url,
    brands: uniqueBrands(m),
    polarity: m.sentiment.polarity,
    score: m.sentiment.score,
    topics: m.topics,
    country: m.place.country,
    reach: m.reach,
  };
}

export function uniqueBrands(m: Pick<AnalyzedMention, 'brands'>): string[] {
  const out: string[] = [];
  for (const b of m.brands) if (!out.includes(b.brand)) out.push(b.brand);
  return out;
}
