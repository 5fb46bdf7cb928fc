/**
 * The Explore REST API's contract: each endpoint's query parameters (zod, strict: an unknown
 * parameter is a 400 naming it) and response bodies. The OpenAPI document is generated from these.
 * Every endpoint takes the filter (explore-filter.ts) plus its own parameters.
 */
import { z } from 'zod';
import { DAY_MS, HOUR_MS, MINUTE_MS, SECOND_MS } from './constants';
import {
  EXPLORE_DIMENSIONS, EXPLORE_LIST_MAX, TimeParamSchema, TimeZoneSchema, checkFilter, filterShape,
  type ExploreFilter,
} from './explore-filter';
import { AuthorSchema, ChannelSchema, EngagementSchema, GeoSchema, INTENTS, POLARITIES, type AnalyzedMention } from './mention';

export const EXPLORE_API = {
  mentions: '/api/explore/mentions',
  series: '/api/explore/series',
  breakdown: '/api/explore/breakdown',
  summary: '/api/explore/summary',
  why: '/api/explore/why',
  compare: '/api/explore/compare',
  export: '/api/explore/export',
  openapi: '/api/openapi.json',
} as const;

// ------------------------------------------------------------------------------- limits and enums

/** Items per page of the mentions list: default and most. */
export const PAGE_DEFAULT = 50;
export const PAGE_MAX = 200;
/** Deepest offset of offset paging (use the cursor to go further). */
export const OFFSET_MAX = 10_000;
/** Values in a breakdown: default and most. */
export const BREAKDOWN_DEFAULT = 20;
export const BREAKDOWN_MAX = 1000;
/** Series split keys: default and most (the largest keys over the whole range). */
export const SPLIT_DEFAULT = 10;
export const SPLIT_MAX = 50;
/** An automatic interval gives at most this many points; an explicit one at most SERIES_POINTS_MAX. */
export const SERIES_TARGET_POINTS = 300;
export const SERIES_POINTS_MAX = 2000;
/**
 * "Why": items per facet (default, most), the smallest window count shown, and the additive
 * smoothing of the lift: s = max(WHY_SMOOTHING, WHY_SMOOTHING_SHARE × window count), a pseudo-count
 * so an item new in the window needs a real share of it (1%) to outrank a large, steady riser.
 */
export const WHY_LIMIT_DEFAULT = 10;
export const WHY_LIMIT_MAX = 50;
export const WHY_MIN_COUNT_DEFAULT = 5;
export const WHY_SMOOTHING = 5;
export const WHY_SMOOTHING_SHARE = 0.01;
/** Daily baseline: the same hours over this many previous days (default, most). */
export const WHY_DAYS_DEFAULT = 7;
export const WHY_DAYS_MAX = 30;
/** Compare: most brands side by side. */
export const COMPARE_BRANDS_MAX = 8;

export const SORTS = ['time', 'reach'] as const;
export type ExploreSort = (typeof SORTS)[number];
export const ORDERS = ['desc', 'asc'] as const;
export type ExploreOrder = (typeof ORDERS)[number];

/**
 * Series intervals. Buckets of 1h and longer start on the hour (6h: 00, 06, 12, 18; 1d: midnight)
 * of the requested time zone; shorter ones are aligned in UTC. The first and last buckets are
 * clipped to [from, to), so each point's [t, to) is exactly what it counts.
 */
export const EXPLORE_INTERVALS = ['10s', '1m', '5m', '15m', '1h', '6h', '1d'] as const;
export type ExploreInterval = (typeof EXPLORE_INTERVALS)[number];
export const INTERVAL_MS: Record<ExploreInterval, number> = {
  '10s': 10 * SECOND_MS, '1m': MINUTE_MS, '5m': 5 * MINUTE_MS, '15m': 15 * MINUTE_MS,
  '1h': HOUR_MS, '6h': 6 * HOUR_MS, '1d': DAY_MS,
};

/** The finest interval that gives at most SERIES_TARGET_POINTS points over spanMs. */
export function autoInterval(spanMs: number): ExploreInterval {
  for (const i of EXPLORE_INTERVALS) if (spanMs / INTERVAL_MS[i] <= SERIES_TARGET_POINTS) return i;
  return '1d';
}

/** Facets of "why this spike". */
export const WHY_FACETS = ['term', 'hashtag', 'topic', 'channel', 'country', 'region', 'author', 'language', 'brand'] as const;
export type WhyFacet = (typeof WHY_FACETS)[number];
export const WHY_FACETS_DEFAULT: readonly WhyFacet[] = ['term', 'hashtag', 'topic', 'channel', 'country', 'region', 'author'];

/**
 * Baselines of "why": `previous` — the same length just before the window; `daily` — the same
 * hours of the previous `days` days (their average); `custom` — [baselineFrom, baselineTo).
 */
export const WHY_BASELINES = ['previous', 'daily', 'custom'] as const;
export type WhyBaseline = (typeof WHY_BASELINES)[number];

export const COMPARE_MODES = ['brands', 'periods'] as const;
/** Periods: the previous period of the same length, the day before, the week before. */
export const COMPARE_SHIFTS = ['previous', '1d', '1w'] as const;
export type CompareShift = (typeof COMPARE_SHIFTS)[number];

export const EXPORT_FORMATS = ['csv', 'ndjson'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** CSV export columns, in order. Times are ISO-8601 in the requested time zone (with its offset). */
export const EXPORT_CSV_COLUMNS = [
  'id', 'created_at', 'received_at', 'channel', 'author_handle', 'author_name', 'author_followers',
  'author_location', 'author_timezone', 'text', 'url', 'lang', 'language', 'query', 'brands',
  'brand_matches', 'polarity', 'score', 'sentiment_drivers', 'topics', 'intent', 'department',
  'country', 'region', 'place_via', 'geo_lat', 'geo_lon', 'likes', 'shares', 'replies', 'reach', 'terms',
] as const;

// ------------------------------------------------------------------------------- query schemas

const intParam = (min: number, max: number) => z.union([
  z.number(),
  z.string().regex(/^-?\d+$/, 'expected an integer'),
]).transform(Number).pipe(z.number().int().min(min).max(max));

const tz = TimeZoneSchema.default('UTC').describe('IANA time zone for times and day buckets (default UTC)');
const interval = z.enum(['auto', ...EXPLORE_INTERVALS]).default('auto').describe('bucket size; auto picks one from the range');
const tabular = z.enum(['json', 'csv']).default('json').describe('json, or csv (a file download)');

const withFilter = <S extends z.ZodRawShape>(own: S) =>
  z.object({ ...filterShape, ...own }).strict().superRefine(checkFilter);

export const MentionsQuerySchema = withFilter({
  sort: z.enum(SORTS).default('time').describe('time (the mention\'s time) or reach'),
  order: z.enum(ORDERS).default('desc'),
  limit: intParam(1, PAGE_MAX).default(PAGE_DEFAULT),
  cursor: z.string().max(400).optional().describe('nextCursor of the previous page'),
  offset: intParam(0, OFFSET_MAX).optional().describe('skip this many (instead of cursor; pass asOf for stable pages)'),
}).superRefine((q, ctx) => {
  if (q.cursor !== undefined && q.offset !== undefined) ctx.addIssue({ code: 'custom', path: ['offset'], message: 'give either cursor or offset, not both' });
});

export const SeriesQuerySchema = withFilter({
  interval,
  split: z.enum(['none', ...EXPLORE_DIMENSIONS]).default('none').describe('one line per value of this dimension'),
  splitLimit: intParam(1, SPLIT_MAX).default(SPLIT_DEFAULT).describe('largest split values kept'),
  tz,
  format: tabular,
});

export const BreakdownQuerySchema = withFilter({
  by: z.enum(EXPLORE_DIMENSIONS).describe('the dimension counted'),
  limit: intParam(1, BREAKDOWN_MAX).default(BREAKDOWN_DEFAULT),
  tz,
  format: tabular,
});

export const SummaryQuerySchema = withFilter({});

export const WhyQuerySchema = withFilter({
  baseline: z.enum(WHY_BASELINES).default('previous'),
  baselineFrom: TimeParamSchema.optional().describe('custom baseline start'),
  baselineTo: TimeParamSchema.optional().describe('custom baseline end'),
  days: intParam(1, WHY_DAYS_MAX).default(WHY_DAYS_DEFAULT).describe('daily baseline: previous days'),
  facets: z.preprocess((v) => typeof v === 'string' ? v.split(',').map((s) => s.trim()).filter(Boolean) : v,
    z.array(z.enum(WHY_FACETS)).min(1).max(WHY_FACETS.length)).optional().describe('facets to rank (default: all but language and brand)'),
  limit: intParam(1, WHY_LIMIT_MAX).default(WHY_LIMIT_DEFAULT),
  minCount: intParam(1, 1_000_000).default(WHY_MIN_COUNT_DEFAULT).describe('fewest window mentions for an item'),
}).superRefine((q, ctx) => {
  if (q.range === undefined && q.from === undefined) ctx.addIssue({ code: 'custom', path: ['from'], message: 'why needs a window: give from (and to) or range' });
  const custom = q.baselineFrom !== undefined || q.baselineTo !== undefined;
  if (q.baseline === 'custom') {
    if (q.baselineFrom === undefined || q.baselineTo === undefined) ctx.addIssue({ code: 'custom', path: ['baselineFrom'], message: 'a custom baseline needs baselineFrom and baselineTo' });
    else if (!(q.baselineFrom < q.baselineTo)) ctx.addIssue({ code: 'custom', path: ['baselineFrom'], message: 'baselineFrom must be before baselineTo' });
  } else if (custom) {
    ctx.addIssue({ code: 'custom', path: ['baselineFrom'], message: 'baselineFrom/baselineTo need baseline=custom' });
  }
});

export const CompareQuerySchema = withFilter({
  mode: z.enum(COMPARE_MODES).describe('brands: brand against brand over the same period; periods: this period against an earlier one'),
  compare: z.preprocess((v) => typeof v === 'string' ? v.split(',').map((s) => s.trim()).filter(Boolean) : v,
    z.array(z.string().regex(/^[a-z0-9][a-z0-9_-]*$/, 'use brand ids')).min(2).max(COMPARE_BRANDS_MAX)).optional()
    .describe('brands mode: the brands side by side (default: the filter\'s brands, else every tracked brand)'),
  shift: z.enum(COMPARE_SHIFTS).default('previous').describe('periods mode: what the current period is compared with'),
  interval,
  tz,
});

export const ExportQuerySchema = withFilter({
  format: z.enum(EXPORT_FORMATS).describe('csv or ndjson (one JSON mention per line)'),
  tz,
  sort: z.enum(SORTS).default('time'),
  order: z.enum(ORDERS).default('desc'),
});

export type MentionsQuery = z.output<typeof MentionsQuerySchema>;
export type SeriesQuery = z.output<typeof SeriesQuerySchema>;
export type BreakdownQuery = z.output<typeof BreakdownQuerySchema>;
export type SummaryQuery = z.output<typeof SummaryQuerySchema>;
export type WhyQuery = z.output<typeof WhyQuerySchema>;
export type CompareQuery = z.output<typeof CompareQuerySchema>;
export type ExportQuery = z.output<typeof ExportQuerySchema>;

// ------------------------------------------------------------------------------- response schemas
// (documentation and client typing; the server builds these shapes)

export const BrandMatchSchema = z.object({
  brand: z.string(),
  matched: z.string().optional(),
  start: z.number().int().optional(),
  end: z.number().int().optional(),
  via: z.enum(['text', 'query']),
});

export const AnalyzedMentionSchema = z.object({
  id: z.string(),
  channel: ChannelSchema,
  text: z.string(),
  createdAt: z.number().describe('epoch ms'),
  author: AuthorSchema.optional(),
  url: z.string().optional(),
  lang: z.string().optional(),
  geo: GeoSchema.optional(),
  engagement: EngagementSchema.optional(),
  query: z.string().optional(),
  brands: z.array(BrandMatchSchema),
  sentiment: z.object({
    score: z.number(),
    polarity: z.enum(POLARITIES),
    drivers: z.array(z.object({ token: z.string(), weight: z.number() })),
  }),
  topics: z.array(z.string()),
  place: z.object({
    country: z.string().optional(),
    region: z.string().optional(),
    via: z.enum(['geo', 'location', 'timezone']).optional(),
  }),
  intent: z.enum(INTENTS),
  department: z.string(),
  language: z.string(),
  terms: z.array(z.string()),
  reach: z.number(),
  receivedAt: z.number().describe('epoch ms'),
});
// Compile-time check that the schema and the AnalyzedMention interface describe the same thing.
type SchemaMention = z.output<typeof AnalyzedMentionSchema>;
const MENTION_SCHEMA_MATCHES: [AnalyzedMention] extends [SchemaMention] ? [SchemaMention] extends [AnalyzedMention] ? true : false : false = true;
void MENTION_SCHEMA_MATCHES;

export const EXPLAIN_KINDS = ['brand', 'sentiment', 'topic', 'search'] as const;
export type ExplainKind = (typeof EXPLAIN_KINDS)[number];

/** Where in the text the analysis found something: [start, end) in UTF-16 units of `text`. */
export const ExplainSpanSchema = z.object({
  start: z.number().int(),
  end: z.number().int(),
  kind: z.enum(EXPLAIN_KINDS),
  /** brand id, sentiment token, topic id, or the search word. */
  label: z.string(),
  /** Sentiment contribution (kind sentiment). */
  weight: z.number().optional(),
});
export type ExplainSpan = z.output<typeof ExplainSpanSchema>;

export const ExplanationSchema = z.object({
  spans: z.array(ExplainSpanSchema).describe('non-overlapping spans, in text order'),
  /** Per topic: the configured keywords found in the text. */
  topics: z.array(z.object({ topic: z.string(), keywords: z.array(z.string()) })),
});
export type Explanation = z.output<typeof ExplanationSchema>;

export const ExploreItemSchema = AnalyzedMentionSchema.extend({ explain: ExplanationSchema });
export type ExploreItem = AnalyzedMention & { explain: Explanation };

/** What the index still holds. Mentions before completeFrom may have been dropped (oldest first). */
export const HeldSchema = z.object({
  /** Earliest and latest mention time held (null when empty). */
  from: z.number().nullable(),
  to: z.number().nullable(),
  count: z.number().int(),
  capacity: z.number().int(),
  /** Mentions dropped since start to stay within capacity. */
  evicted: z.number().int(),
  /** Every mention at or after this time is still held (null when nothing was dropped). */
  completeFrom: z.number().nullable(),
});
export type Held = z.output<typeof HeldSchema>;

/** Common to every JSON answer: the resolved [from, to), the snapshot, what is held. */
const metaShape = {
  from: z.number().describe('resolved start (epoch ms)'),
  to: z.number().describe('resolved end, exclusive'),
  asOf: z.number().int().describe('snapshot sequence number: pass it back as asOf to count the same mentions'),
  held: HeldSchema,
  /** Set when the range reaches before completeFrom: "mentions before ... are no longer held". */
  notice: z.string().optional(),
};
export type ExploreMeta = { from: number; to: number; asOf: number; held: Held; notice?: string };

export const MentionsPageSchema = z.object({
  ...metaShape,
  total: z.number().int().describe('mentions matching the filter in this snapshot'),
  sort: z.enum(SORTS),
  order: z.enum(ORDERS),
  limit: z.number().int(),
  offset: z.number().int(),
  items: z.array(ExploreItemSchema),
  nextCursor: z.string().nullable(),
});
export type MentionsPage = Omit<z.output<typeof MentionsPageSchema>, 'items'> & { items: ExploreItem[] };

export const SeriesPointSchema = z.object({
  t: z.number().describe('bucket start (clipped to from)'),
  to: z.number().describe('bucket end, exclusive (clipped to to)'),
  total: z.number().int(),
  /** Per split key (present when split is set); keys beyond splitLimit are left out. */
  counts: z.record(z.string(), z.number().int()).optional(),
});
export type SeriesPoint = z.output<typeof SeriesPointSchema>;

export const SeriesSchema = z.object({
  ...metaShape,
  interval: z.enum(EXPLORE_INTERVALS),
  intervalMs: z.number().int(),
  tz: z.string(),
  split: z.enum(['none', ...EXPLORE_DIMENSIONS]),
  /** Split keys kept, largest first. */
  keys: z.array(z.string()),
  total: z.number().int(),
  points: z.array(SeriesPointSchema),
});
export type Series = z.output<typeof SeriesSchema>;

export const PolarityCountsSchema = z.object({
  positive: z.number().int(), neutral: z.number().int(), negative: z.number().int(),
});

export const KpisSchema = PolarityCountsSchema.extend({
  total: z.number().int(),
  /** (positive - negative) / total, 0 when empty. */
  net: z.number(),
  reach: z.number(),
  /** Distinct author handles. */
  authors: z.number().int(),
});
export type Kpis = z.output<typeof KpisSchema>;

export const BreakdownItemSchema = PolarityCountsSchema.extend({
  key: z.string(),
  count: z.number().int(),
  /** count / the sum of every key's count (for brand: share of voice). */
  share: z.number(),
  net: z.number(),
  reach: z.number(),
});
export type BreakdownItem = z.output<typeof BreakdownItemSchema>;

export const BreakdownSchema = z.object({
  ...metaShape,
  by: z.enum(EXPLORE_DIMENSIONS),
  /** Mentions matching the filter (multi-valued dimensions count a mention under each value). */
  total: z.number().int(),
  items: z.array(BreakdownItemSchema),
  /** Keys left out by limit. */
  more: z.number().int(),
});
export type Breakdown = z.output<typeof BreakdownSchema>;

export const SummarySchema = z.object({ ...metaShape, kpis: KpisSchema });
export type Summary = z.output<typeof SummarySchema>;

export const WhyItemSchema = z.object({
  key: z.string(),
  /** Mentions in the window with this value (its drill-down list has exactly this many). */
  count: z.number().int(),
  /** Mentions in the baseline with this value (for daily: the average per day). */
  baseline: z.number(),
  /** What the window would hold at the baseline's share: baseline × window total / baseline total. */
  expected: z.number(),
  /** (count + s) / (expected + s), s = the response's smoothing: over-indexing, smoothed so rare items do not dominate. */
  lift: z.number(),
});
export type WhyItem = z.output<typeof WhyItemSchema>;

export const WhySchema = z.object({
  ...metaShape,
  window: z.object({ from: z.number(), to: z.number(), count: z.number().int() }),
  baseline: z.object({
    mode: z.enum(WHY_BASELINES),
    ranges: z.array(z.object({ from: z.number(), to: z.number() })),
    /** Mentions in the baseline (daily: the average per day). */
    count: z.number(),
  }),
  minCount: z.number().int(),
  smoothing: z.number(),
  facets: z.partialRecord(z.enum(WHY_FACETS), z.array(WhyItemSchema)),
});
export type Why = z.output<typeof WhySchema>;

export const CompareSideSchema = z.object({
  label: z.string().describe('brand id, or "current" / "previous"'),
  /** The filter of this side, with absolute times: its drill-down. */
  filter: z.record(z.string(), z.unknown()),
  from: z.number(),
  to: z.number(),
  kpis: KpisSchema,
  /** brands mode: share of the compared brands' mentions. */
  share: z.number().optional(),
  points: z.array(SeriesPointSchema),
});
export type CompareSide = Omit<z.output<typeof CompareSideSchema>, 'filter'> & { filter: ExploreFilter };

export const CompareSchema = z.object({
  asOf: z.number().int(),
  held: HeldSchema,
  notice: z.string().optional(),
  mode: z.enum(COMPARE_MODES),
  interval: z.enum(EXPLORE_INTERVALS),
  intervalMs: z.number().int(),
  tz: z.string(),
  sides: z.array(CompareSideSchema),
});
export type Compare = Omit<z.output<typeof CompareSchema>, 'sides'> & { sides: CompareSide[] };

/** Every 4xx/5xx body. param names the offending query parameter when there is one. */
export const ApiErrorSchema = z.object({
  error: z.string(),
  param: z.string().optional(),
  issues: z.array(z.object({ param: z.string(), message: z.string() })).optional(),
});
export type ApiError = z.output<typeof ApiErrorSchema>;

/** Largest list a request may carry, re-exported for the client's filter bar. */
export { EXPLORE_LIST_MAX };
