/**
 * The Explore filter: one shape for every /api/explore endpoint, the /explore page's URL and the
 * wall's drill-down links. Plain data plus zod schemas; no Node- or DOM-only code.
 *
 * Semantics: values within one list are OR-ed, lists are AND-ed. Multi-valued dimensions (a
 * mention may name several brands, topics and terms) match when any of the mention's values is
 * listed. NONE_KEY ("-") stands for "no value" (no brand, unknown country, no author handle...).
 * Time is [from, to) in epoch ms on the mention's time (createdAt; a mention dated in the future
 * counts at the time it was received), or a `range` relative to the server's clock.
 *
 * In a URL each list is one comma-separated parameter (`brands=nimbus,zephyr`), so values cannot
 * contain commas; times are epoch ms (ISO-8601 is accepted when decoding).
 */
import { z } from 'zod';
import { DAY_MS, HOUR_MS, MINUTE_MS } from './constants';
import { ChannelSchema, INTENTS, POLARITIES, type Channel, type Intent, type Polarity } from './mention';

/** The key of "no value" in filters, breakdowns and series (unknown country, no brand, no handle). */
export const NONE_KEY = '-';
/** Most values in one list parameter. */
export const EXPLORE_LIST_MAX = 100;
/** Longest free-text search, in characters. */
export const EXPLORE_Q_MAX = 500;

/** Relative time ranges: the last 15 minutes, hour, day, week (ending at the server's now). */
export const EXPLORE_RANGES = ['15m', '1h', '24h', '7d'] as const;
export type ExploreRange = (typeof EXPLORE_RANGES)[number];
export const EXPLORE_RANGE_MS: Record<ExploreRange, number> = {
  '15m': 15 * MINUTE_MS, '1h': HOUR_MS, '24h': DAY_MS, '7d': 7 * DAY_MS,
};

/** What a chart can be broken down or split by. term = analyzed words, hashtag = analyzed #tags. */
export const EXPLORE_DIMENSIONS = [
  'brand', 'topic', 'channel', 'polarity', 'country', 'region', 'language', 'intent', 'department',
  'query', 'author', 'term', 'hashtag',
] as const;
export type ExploreDimension = (typeof EXPLORE_DIMENSIONS)[number];

/** The list parameters of the filter, in URL order. */
export const FILTER_LIST_KEYS = [
  'brands', 'topics', 'channels', 'polarities', 'countries', 'regions', 'languages', 'intents',
  'departments', 'queries', 'authors', 'terms',
] as const;
export type FilterListKey = (typeof FILTER_LIST_KEYS)[number];

/** The filter list that restricts each dimension (term and hashtag both restrict `terms`). */
export const FILTER_KEY_OF: Record<ExploreDimension, FilterListKey> = {
  brand: 'brands', topic: 'topics', channel: 'channels', polarity: 'polarities', country: 'countries',
  region: 'regions', language: 'languages', intent: 'intents', department: 'departments',
  query: 'queries', author: 'authors', term: 'terms', hashtag: 'terms',
};

/** Dimensions where one mention can hold several values (counted once under each). */
export const MULTI_VALUED: readonly ExploreDimension[] = ['brand', 'topic', 'term', 'hashtag'];

export interface ExploreFilter {
  brands?: string[];
  topics?: string[];
  channels?: Channel[];
  polarities?: Polarity[];
  /** ISO 3166-1 alpha-2, upper case. */
  countries?: string[];
  /** ISO 3166-2 US states ("US-CA"). */
  regions?: string[];
  /** ISO 639-1 codes, "und" when undetermined. */
  languages?: string[];
  intents?: Intent[];
  departments?: string[];
  /** The source's matched query label. */
  queries?: string[];
  /** Author handles as received (case-sensitive). */
  authors?: string[];
  /** Analyzed terms, lower case; hashtags keep their "#". */
  terms?: string[];
  /**
   * Free text: words that must all appear (case and accents ignored; a word also matches as a
   * #hashtag or @handle), "quoted phrases", -excluded words, prefix* (at least 2 letters).
   */
  q?: string;
  /** [from, to) in epoch ms. Either these or range. */
  from?: number;
  to?: number;
  range?: ExploreRange;
  /**
   * Pin to a snapshot: only mentions indexed before this sequence number (every response gives
   * its `asOf`). A drill-down passes the chart's asOf so its total equals the chart's value while
   * new mentions keep arriving.
   */
  asOf?: number;
}

// ---------------------------------------------------------------------------------------------
// zod schemas for the filter's parameters (URL query strings: each value a string or, when a
// parameter is repeated, an array of strings)

const SLUG = /^[a-z0-9][a-z0-9_-]*$/;
/** Longest analyzed term, plus its "#". */
const TERM_PARAM_MAX = 41;
const LABEL_MAX = 200;
const SLUG_MAX = 64;

/** "a,b" or ["a", "b,c"] -> ["a", "b", "c"]; an empty list -> undefined (no restriction). */
function splitList(v: unknown): unknown {
  if (v === undefined || v === null) return undefined;
  const raw = Array.isArray(v) ? v : [v];
  const out: unknown[] = [];
  for (const x of raw) {
    if (typeof x !== 'string') { out.push(x); continue; }
    for (const part of x.split(',')) { const p = part.trim(); if (p !== '') out.push(p); }
  }
  return out.length ? out : undefined;
}

const listOf = <T extends z.ZodType>(item: T, description: string) =>
  z.preprocess(splitList, z.array(item).max(EXPLORE_LIST_MAX).optional()).describe(description);

const noneOr = (re: RegExp, message: string) => z.string().refine((s) => s === NONE_KEY || re.test(s), message);
const slugItem = noneOr(SLUG, 'use an id (lower-case letters, digits, "-", "_") or "-" for none').pipe(z.string().max(SLUG_MAX));

/** Epoch ms (digits) or ISO-8601 text, as epoch ms. */
export const TimeParamSchema = z.union([
  z.number().int().nonnegative(),
  z.string().min(1).max(64),
]).transform((v, ctx) => {
  const ms = typeof v === 'number' ? v : /^\d+$/.test(v) ? Number(v) : Date.parse(v);
  if (!Number.isSafeInteger(ms) || ms < 0) {
    ctx.addIssue({ code: 'custom', message: 'not a valid time: use epoch milliseconds or ISO-8601' });
    return z.NEVER;
  }
  return ms;
});

const intParam = (min: number, max: number) => z.union([
  z.number(),
  z.string().regex(/^-?\d+$/, 'expected an integer'),
]).transform(Number).pipe(z.number().int().min(min).max(max));

/** The filter's parameters, shared by every endpoint's query schema (spread into z.object). */
export const filterShape = {
  brands: listOf(slugItem, 'brand ids (or "-": no brand), any of'),
  topics: listOf(slugItem, 'topic ids (or "-": no topic), any of'),
  channels: listOf(ChannelSchema, 'channels, any of'),
  polarities: listOf(z.enum(POLARITIES), 'polarities, any of'),
  countries: listOf(noneOr(/^[A-Za-z]{2}$/, 'use an ISO 3166-1 alpha-2 code ("FR") or "-" for unknown').transform((s) => s.toUpperCase()),
    'countries (ISO 3166-1 alpha-2, or "-": unknown), any of'),
  regions: listOf(noneOr(/^[A-Za-z]{2}-[A-Za-z0-9]{1,3}$/, 'use an ISO 3166-2 code ("US-CA") or "-" for unknown').transform((s) => s.toUpperCase()),
    'US states (ISO 3166-2, "US-CA"; or "-": unknown), any of'),
  languages: listOf(z.string().regex(/^[A-Za-z]{2,3}$/, 'use an ISO 639-1 code ("en") or "und"').transform((s) => s.toLowerCase()),
    'languages (ISO 639-1, "und": undetermined), any of'),
  intents: listOf(z.enum(INTENTS), 'intents, any of'),
  departments: listOf(slugItem, 'departments, any of'),
  queries: listOf(z.string().min(1).max(LABEL_MAX), 'source query labels (or "-": none), any of'),
  authors: listOf(z.string().min(1).max(LABEL_MAX), 'author handles as received (or "-": none), any of'),
  terms: listOf(z.string().min(1).max(TERM_PARAM_MAX).transform((s) => s.toLowerCase()),
    'analyzed terms or #hashtags (lower case), any of'),
  q: z.string().max(EXPLORE_Q_MAX).transform((s) => s.trim() || undefined).optional()
    .describe('free text: all words (accents and case ignored), "phrases", -exclude, prefix*'),
  from: TimeParamSchema.optional().describe('start, inclusive: epoch ms or ISO-8601'),
  to: TimeParamSchema.optional().describe('end, exclusive: epoch ms or ISO-8601'),
  range: z.enum(EXPLORE_RANGES).optional().describe('the last 15m, 1h, 24h or 7d instead of from/to'),
  asOf: intParam(0, Number.MAX_SAFE_INTEGER).optional().describe('snapshot: only mentions indexed before this sequence number'),
};

/** Cross-parameter checks of the filter (add with superRefine on any schema spreading filterShape). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function checkFilter(value: unknown, ctx: z.core.$RefinementCtx<any>): void {
  const f = value as { range?: string; from?: number; to?: number };
  if (f.range !== undefined && (f.from !== undefined || f.to !== undefined)) {
    ctx.addIssue({ code: 'custom', path: ['range'], message: 'give either range or from/to, not both' });
  }
  if (f.from !== undefined && f.to !== undefined && !(f.from < f.to)) {
    ctx.addIssue({ code: 'custom', path: ['from'], message: 'from must be before to' });
  }
}

/** The filter alone, strict: unknown parameters are errors. */
export const ExploreFilterSchema = z.object(filterShape).strict().superRefine(checkFilter);

// ---------------------------------------------------------------------------------------------
// URL encoding, shared by the client's /explore URL and the wall's links

const SCALAR_KEYS = ['q', 'from', 'to', 'range', 'asOf'] as const;

/** The filter as a canonical query string (no "?"): fixed key order, lists comma-joined, empties left out. */
export function encodeFilter(f: ExploreFilter): string {
  const p = new URLSearchParams();
  for (const k of FILTER_LIST_KEYS) {
    const v = f[k];
    if (v && v.length) p.set(k, v.join(','));
  }
  for (const k of SCALAR_KEYS) {
    const v = f[k];
    if (v !== undefined && v !== '') p.set(k, String(v));
  }
  return p.toString();
}

export interface ParamError { param: string; message: string }

/**
 * The filter from a query string or URLSearchParams. Parameters that are not part of the filter
 * are ignored (the page keeps its own, like `tz` or `tab`), empty ones too; each filter parameter is checked on
 * its own, so one bad value drops only itself and is reported in `errors`.
 */
export function decodeFilter(search: string | URLSearchParams): { filter: ExploreFilter; errors: ParamError[] } {
  const params = typeof search === 'string' ? new URLSearchParams(search.startsWith('?') ? search.slice(1) : search) : search;
  const filter: Record<string, unknown> = {};
  const errors: ParamError[] = [];
  for (const key of Object.keys(filterShape) as (keyof typeof filterShape)[]) {
    const all = params.getAll(key).filter((v) => v !== '');
    if (all.length === 0) continue;
    const raw = all.length === 1 ? all[0] : all;
    const r = (filterShape[key] as z.ZodType).safeParse(raw);
    if (r.success) { if (r.data !== undefined) filter[key] = r.data; } else errors.push({ param: key, message: r.error.issues[0]?.message ?? 'invalid' });
  }
  const cross = ExploreFilterSchema.safeParse(filter);
  if (!cross.success) {
    for (const i of cross.error.issues) {
      const param = String(i.path[0] ?? '');
      errors.push({ param, message: i.message });
      if (param === 'range') delete filter.range;
      if (param === 'from') { delete filter.from; delete filter.to; }
    }
  }
  return { filter: filter as ExploreFilter, errors };
}

/** What a chart point stands for: a time bucket, a dimension value, or both. */
export interface DrillPoint {
  from?: number;
  to?: number;
  dim?: ExploreDimension;
  key?: string;
  /** The chart response's asOf, so the list counts exactly the mentions the chart counted. */
  asOf?: number;
}

/**
 * The filter of the mentions behind a chart point: the chart's filter with the point's dimension
 * restricted to its value and the time set to the point's bucket. The list's total for this filter
 * equals the point's value (same snapshot).
 */
export function drillFilter(base: ExploreFilter, point: DrillPoint): ExploreFilter {
  const f: ExploreFilter = { ...base };
  if (point.dim !== undefined && point.key !== undefined) {
    (f as Record<string, unknown>)[FILTER_KEY_OF[point.dim]] = [point.key];
  }
  if (point.from !== undefined || point.to !== undefined) {
    delete f.range;
    if (point.from !== undefined) f.from = point.from;
    if (point.to !== undefined) f.to = point.to;
  }
  if (point.asOf !== undefined) f.asOf = point.asOf;
  return f;
}

/** The /explore page's path for a filter (the wall's panels link with it). */
export function explorePath(f: ExploreFilter, extra: Record<string, string> = {}): string {
  const qs = encodeFilter(f);
  const more = new URLSearchParams(extra).toString();
  const all = [qs, more].filter(Boolean).join('&');
  return all ? `/explore?${all}` : '/explore';
}

/** True when s names a time zone this runtime knows (IANA, e.g. "Europe/Paris", or "UTC"). */
export function isTimeZone(s: string): boolean {
  if (s.length === 0 || s.length > LABEL_MAX) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: s });
    return true;
  } catch {
    return false;
  }
}

export const TimeZoneSchema = z.string().refine(isTimeZone, 'not a known IANA time zone (e.g. "Europe/Paris", "UTC")');
