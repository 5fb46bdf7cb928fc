import { z } from 'zod';
import { ChannelSchema, INTENTS, POLARITIES } from './mention';

const slug = z.string().regex(/^[a-z0-9][a-z0-9_-]*$/, 'use lower-case letters, digits, "-" or "_"').max(64);
const term = z.string().min(1).max(200);

export const BrandConfigSchema = z.object({
  id: slug,
  name: z.string().min(1).max(100),
  /** Display color (hex); one fixed color per brand across every panel. */
  color: z.string().regex(/^#[0-9a-fA-F]{6}$/, 'use a hex color like #1f77b4').optional(),
  /** true for the brand the room is about; false for competitors. */
  own: z.boolean().default(false),
  /** Other names and spellings ("MSFT", "Micro soft"). Matched on word boundaries, case-insensitively. */
  aliases: z.array(term).default([]),
  /** Social handles, with or without "@". */
  handles: z.array(term).default([]),
  /** Hashtags, with or without "#". */
  hashtags: z.array(term).default([]),
  /** Source query labels that mean this brand (the "matched query" a connector records). */
  queries: z.array(term).default([]),
  /** Cashtags, with or without "$" ($MSFT). */
  cashtags: z.array(term).default([]),
  /** Phrases that, when they contain a match, cancel it ("dell rapids", "apple pie"). */
  exclude: z.array(term).default([]),
  /**
   * A Boolean query, as professional listening tools take it: terms, "quoted phrases", AND, OR,
   * NOT, parentheses and NEAR/n (within n words). When set, a mention matches the brand only if the
   * query holds; the brand's names, aliases, handles and hashtags still give the matched span.
   */
  query: z.string().max(2000).optional(),
});
export type BrandConfig = z.output<typeof BrandConfigSchema>;

export const RoutingRuleSchema = z.object({
  /** Conditions; each listed one must hold (a list means any of its values). */
  intent: z.array(z.enum(INTENTS)).optional(),
  channel: z.array(ChannelSchema).optional(),
  polarity: z.array(z.enum(POLARITIES)).optional(),
  brand: z.array(slug).optional(),
  department: slug,
});
export type RoutingRule = z.output<typeof RoutingRuleSchema>;

/** news -> PR, complaints and questions -> customer service, purchase intent -> sales, else marketing. */
export const DEFAULT_ROUTING: RoutingRule[] = [
  { channel: ['news'], department: 'pr' },
  { intent: ['complaint', 'question'], department: 'customer-service' },
  { intent: ['purchase'], department: 'sales' },
];

export const TopicConfigSchema = z.object({
  id: slug,
  label: z.string().min(1).max(100),
  /** Words or phrases (case-insensitive, word boundaries); a trailing "*" matches a prefix. */
  keywords: z.array(term).min(1),
  /** Limit the topic to these brands (ids); empty means every brand. */
  brands: z.array(slug).default([]),
});
export type TopicConfig = z.output<typeof TopicConfigSchema>;

export const TrackingConfigSchema = z.object({
  name: z.string().min(1).max(100).default('Earshot'),
  brands: z.array(BrandConfigSchema).min(1),
  topics: z.array(TopicConfigSchema).default([]),
  /** Extra sentiment words (word -> weight in [-4, 4]) that override the built-in lexicon. */
  lexicon: z.record(z.string(), z.number().min(-4).max(4)).default({}),
  /** Per-channel lexicon overrides, applied over `lexicon` for mentions of that channel (a word neutral on a forum may be negative in news). */
  channelLexicons: z.partialRecord(ChannelSchema, z.record(z.string(), z.number().min(-4).max(4))).default({}),
  /** Routing table: the first rule whose conditions all hold gives the department. */
  routing: z.array(RoutingRuleSchema).default(DEFAULT_ROUTING),
  /** Department when no routing rule matches. */
  defaultDepartment: slug.default('marketing'),
}).superRefine((cfg, ctx) => {
  const seen = new Set<string>();
  cfg.brands.forEach((b, i) => {
    if (seen.has(b.id)) ctx.addIssue({ code: 'custom', path: ['brands', i, 'id'], message: `duplicate brand id "${b.id}"` });
    seen.add(b.id);
  });
  const topicIds = new Set<string>();
  cfg.topics.forEach((t, i) => {
    if (topicIds.has(t.id)) ctx.addIssue({ code: 'custom', path: ['topics', i, 'id'], message: `duplicate topic id "${t.id}"` });
    topicIds.add(t.id);
    t.brands.forEach((b, j) => {
      if (!seen.has(b)) ctx.addIssue({ code: 'custom', path: ['topics', i, 'brands', j], message: `unknown brand "${b}"` });
    });
  });
});
export type TrackingConfigInput = z.input<typeof TrackingConfigSchema>;
export type TrackingConfig = z.output<typeof TrackingConfigSchema>;

/** What the client needs to know about the tracked set (sent in snapshots). */
export interface BrandInfo { id: string; name: string; color: string; own: boolean }
export interface TopicInfo { id: string; label: string }

/** Color-blind-safe palette (Okabe–Ito, then Tol's bright), used when a brand has no color. */
export const BRAND_PALETTE = [
  '#56B4E9', '#E69F00', '#009E73', '#F0E442', '#0072B2', '#D55E00', '#CC79A7',
  '#4477AA', '#66CCEE', '#228833', '#CCBB44', '#EE6677', '#AA3377', '#BBBBBB',
] as const;

export function brandInfos(cfg: TrackingConfig): BrandInfo[] {
  return cfg.brands.map((b, i) => ({
    id: b.id, name: b.name, own: b.own,
    color: b.color ?? BRAND_PALETTE[i % BRAND_PALETTE.length],
  }));
}
