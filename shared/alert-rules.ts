import { z } from 'zod';
import { ChannelSchema } from './mention';

/**
 * Alert rules: what the alert engine watches. Detector rules (spike, nodata 'drop') learn a
 * baseline; the others compare with a fixed bound. All but keyword rules run on closed 1-minute
 * rollup buckets; keyword rules run on the analyzed mention stream.
 */
export const RULE_TYPES = ['spike', 'threshold', 'share', 'sov', 'keyword', 'nodata'] as const;
export type RuleType = (typeof RULE_TYPES)[number];

const slug = z.string().regex(/^[a-z0-9][a-z0-9_-]*$/, 'use lower-case letters, digits, "-" or "_"').max(64);
const buckets = (max: number) => z.number().int().min(0).max(max);
/** Window sizes in minutes (1-minute buckets). */
const minutes = z.number().int().min(1).max(60);

export const RuleScopeSchema = z.object({
  brands: z.array(slug).max(100).optional(),
  topics: z.array(slug).max(100).optional(),
  channels: z.array(ChannelSchema).max(20).optional(),
}).strict();
export type RuleScope = z.output<typeof RuleScopeSchema>;

/** Overrides of the detector's parameters (server/alerts/detect/types.ts); unset ones use its defaults. */
const DetectorOverrides = {
  minCount: z.number().min(0).max(1e9).optional(),
  minRatio: z.number().min(1).max(1000).optional(),
  resolveBuckets: z.number().int().min(1).max(60).optional(),
  threshold: z.number().min(0).max(1000).optional(),
  pendingBuckets: buckets(60).optional(),
  cooldownBuckets: buckets(1440).optional(),
  warmupBuckets: buckets(1440).optional(),
  /** Longest window (buckets) of the scan test: 1 tests each bucket alone; per-topic spike rules default to 10. */
  windowBuckets: z.number().int().min(1).max(60).optional(),
};

export const SpikeParamsSchema = z.object({
  /** The series: negative mentions, all mentions, or the negative share in percent. */
  metric: z.enum(['negative', 'volume', 'negativeShare']).default('negative'),
  /** One series per brand × topic instead of per brand. */
  perTopic: z.boolean().default(false),
  ...DetectorOverrides,
}).strict().refine((p) => p.metric !== 'negativeShare' || (p.windowBuckets ?? 1) === 1, {
  path: ['windowBuckets'], message: 'a negative share is not summed over buckets: use 1 with metric negativeShare',
});

/** Mentions (all, or negative only) over the window above a bound. */
export const ThresholdParamsSchema = z.object({
  metric: z.enum(['volume', 'negative']).default('volume'),
  above: z.number().min(0).max(1e9),
  windowMinutes: minutes.default(5),
  pendingBuckets: buckets(60).default(0),
  cooldownBuckets: buckets(1440).default(10),
  perTopic: z.boolean().default(false),
}).strict();

/** Negative share (percent of a brand's mentions) over the window above a bound. */
export const ShareParamsSchema = z.object({
  abovePct: z.number().min(0).max(100),
  windowMinutes: minutes.default(10),
  /** Mentions needed in the window before the share counts (2 of 3 is not 66 %). */
  minCount: z.number().int().min(1).max(1e9).default(20),
  pendingBuckets: buckets(60).default(0),
  cooldownBuckets: buckets(1440).default(10),
  perTopic: z.boolean().default(false),
}).strict();

/** Share of voice (a brand's share of the mentions of all tracked brands) below a bound. */
export const SovParamsSchema = z.object({
  belowPct: z.number().min(0).max(100),
  windowMinutes: minutes.default(30),
  /** Mentions of the whole set needed in the window. */
  minCount: z.number().int().min(1).max(1e9).default(50),
  pendingBuckets: buckets(60).default(0),
  cooldownBuckets: buckets(1440).default(30),
}).strict();

export const KeywordParamsSchema = z.object({
  /** Words or phrases, matched case-insensitively on word boundaries. */
  keywords: z.array(z.string().trim().min(1).max(100)).min(1).max(100),
  /** Matching mentions within windowMinutes needed to fire. */
  minCount: z.number().int().min(1).max(1e6).default(1),
  /** The incident resolves after this long without a new match. */
  windowMinutes: minutes.default(10),
  cooldownBuckets: buckets(1440).default(0),
}).strict();

/** No data: a learned drop ('drop'), or volume below a bound for forMinutes ('below'). */
export const NodataParamsSchema = z.object({
  mode: z.enum(['drop', 'below']).default('drop'),
  below: z.number().min(0).max(1e9).default(1),
  forMinutes: minutes.default(10),
  /** For 'drop', unset detector fields use its defaults; for 'below', cooldownBuckets defaults to 30. */
  ...DetectorOverrides,
}).strict();

const base = {
  id: slug.optional(),
  name: z.string().trim().min(1).max(120),
  enabled: z.boolean().default(true),
  /** 1..5; for detector rules the floor under the detector's own severity. */
  severity: z.number().int().min(1).max(5).default(3),
  scope: RuleScopeSchema.default({}),
  /** Extra webhook URLs for this rule, besides ALERT_WEBHOOKS. */
  webhooks: z.array(z.url({ protocol: /^https?$/ }).max(2000)).max(10).default([]),
};

export const RuleInputSchema = z.discriminatedUnion('type', [
  z.object({ ...base, type: z.literal('spike'), params: SpikeParamsSchema.default({ metric: 'negative', perTopic: false }) }).strict(),
  z.object({ ...base, type: z.literal('threshold'), params: ThresholdParamsSchema }).strict(),
  z.object({ ...base, type: z.literal('share'), params: ShareParamsSchema }).strict(),
  z.object({ ...base, type: z.literal('sov'), params: SovParamsSchema }).strict(),
  z.object({ ...base, type: z.literal('keyword'), params: KeywordParamsSchema }).strict(),
  z.object({ ...base, type: z.literal('nodata'), params: NodataParamsSchema.default({ mode: 'drop', below: 1, forMinutes: 10 }) }).strict(),
]);
export type RuleInput = z.input<typeof RuleInputSchema>;
export type Rule = z.output<typeof RuleInputSchema> & { id: string };
export type RuleOf<T extends RuleType> = Extract<Rule, { type: T }>;

/** Brand-safety words watched by default. Bare "fire" and "hacked" are left out: everyday complaints ("hacked account", "under fire") would keep the banner up; add them per room if wanted. */
export const DEFAULT_KEYWORDS = ['recall', 'lawsuit', 'class action', 'explosion', 'caught fire', 'data breach'];

/** A parsed rule or the first problem, naming the field ("params.above: ..."). */
export function parseRule(raw: unknown, id?: string): { ok: true; rule: Rule } | { ok: false; error: string } {
  const r = RuleInputSchema.safeParse(raw);
  if (!r.success) return { ok: false, error: describeIssue(r.error.issues[0]) };
  return { ok: true, rule: { ...r.data, id: id ?? r.data.id ?? '' } as Rule };
}

export function describeIssue(i: z.core.$ZodIssue): string {
  const path = i.path.map(String).join('.');
  if (i.code === 'unrecognized_keys') return `invalid ${[path, i.keys.join(', ')].filter(Boolean).join('.')}: unknown field`;
  return `invalid ${path || '(body)'}: ${i.message}`;
}

/**
 * Default rules: a negative spike per brand and per brand × topic, a no-data drop per brand,
 * and one keyword watch over every brand.
 */
export function defaultRules(brandIds: readonly string[]): Rule[] {
  const out: Rule[] = [];
  for (const b of brandIds) {
    out.push(parse({ id: `spike-${b}`, name: `Negative spike: ${b}`, type: 'spike', severity: 3, scope: { brands: [b] }, params: { metric: 'negative' } }));
    out.push(parse({ id: `spike-topic-${b}`, name: `Negative spike by topic: ${b}`, type: 'spike', severity: 2, scope: { brands: [b] }, params: { metric: 'negative', perTopic: true } }));
    out.push(parse({ id: `nodata-${b}`, name: `No data: ${b}`, type: 'nodata', severity: 3, scope: { brands: [b] }, params: { mode: 'drop' } }));
  }
  out.push(parse({ id: 'keywords', name: 'Watched keywords', type: 'keyword', severity: 4, params: { keywords: DEFAULT_KEYWORDS } }));
  return out;
}

function parse(raw: RuleInput & { id: string }): Rule {
  const r = parseRule(raw);
  if (!r.ok) throw new Error(r.error);
  return r.rule;
}
