/**
 * The /explore page's whole view as URL state: the filter (shared encodeFilter/decodeFilter) plus
 * the page's own parameters (tab, time zone, list sort, the selected chart point, why's baseline,
 * compare's mode). Reload, share and back/forward restore exactly what was on screen.
 */
import {
  COMPARE_MODES, COMPARE_SHIFTS, EXPLORE_DIMENSIONS, ORDERS, SORTS, WHY_BASELINES, decodeFilter, encodeFilter,
  type CompareShift, type ExploreDimension, type ExploreFilter, type ExploreOrder, type ExploreSort, type ParamError,
  type WhyBaseline,
} from '../../shared/explore';

export const TABS = ['overview', 'why', 'compare'] as const;
export type Tab = (typeof TABS)[number];
/** Times are shown in the viewer's zone (local) or in UTC. */
export const TZ_MODES = ['local', 'utc'] as const;
export type TzMode = (typeof TZ_MODES)[number];
export type CompareMode = (typeof COMPARE_MODES)[number];

/** One restriction of a selection: a dimension narrowed to one value. */
export interface SelDim { dim: ExploreDimension; key: string }

/**
 * The selected chart point (or brushed window, or why item): the list shows the mentions behind it.
 * dims narrow dimensions (a sentiment-by-brand segment narrows two), from/to the time, asOf pins the
 * snapshot the chart was drawn from so the list's total equals the chart's value.
 */
export interface Selection {
  dims: SelDim[];
  from?: number;
  to?: number;
  asOf?: number;
}

export interface ExploreView {
  filter: ExploreFilter;
  tab: Tab;
  tz: TzMode;
  sort: ExploreSort;
  order: ExploreOrder;
  sel?: Selection;
  /** The window (and narrowing) "why this spike" explains; kept apart from sel so drilling into an item does not change it. */
  why?: Selection;
  baseline: WhyBaseline;
  cmode: CompareMode;
  shift: CompareShift;
}

export const DEFAULT_VIEW: Omit<ExploreView, 'filter'> = {
  tab: 'overview', tz: 'local', sort: 'time', order: 'desc', baseline: 'previous', cmode: 'brands', shift: 'previous',
};

/** Without any time in the URL the page shows the last 24 hours. */
export const DEFAULT_RANGE = '24h' as const;

/** Page parameters (not part of the filter), in URL order. */
const PAGE_KEYS = ['tab', 'tz', 'sort', 'order', 'sel', 'sfrom', 'sto', 'sasOf', 'wsel', 'wfrom', 'wto', 'wasOf', 'base', 'cmode', 'shift'] as const;

const oneOf = <T extends string>(list: readonly T[], v: string): v is T => (list as readonly string[]).includes(v);
const ms = (v: string) => (/^\d{1,16}$/.test(v) ? Number(v) : NaN);

/** "brand:nimbus;polarity:negative" <-> dims. Keys are split at the first ":" only. */
export function encodeDims(dims: readonly SelDim[]): string {
  return dims.map((d) => `${d.dim}:${d.key}`).join(';');
}

export function decodeDims(s: string): SelDim[] | null {
  const out: SelDim[] = [];
  for (const part of s.split(';')) {
    if (part === '') continue;
    const i = part.indexOf(':');
    if (i <= 0) return null;
    const dim = part.slice(0, i);
    const key = part.slice(i + 1);
    if (!oneOf(EXPLORE_DIMENSIONS, dim) || key === '') return null;
    out.push({ dim, key });
  }
  return out;
}

/** The view in a query string, plus every parameter that was dropped as invalid. */
export function parseView(search: string): { view: ExploreView; errors: ParamError[] } {
  const params = new URLSearchParams(search.startsWith('?') ? search.slice(1) : search);
  const { filter, errors } = decodeFilter(params);
  const view: ExploreView = { filter, ...DEFAULT_VIEW };
  const bad = (param: string, message: string) => errors.push({ param, message });
  const enumParam = <T extends string>(key: string, list: readonly T[], set: (v: T) => void) => {
    const v = params.get(key);
    if (v === null || v === '') return;
    if (oneOf(list, v)) set(v); else bad(key, `use one of ${list.join(', ')}`);
  };
  enumParam('tab', TABS, (v) => { view.tab = v; });
  enumParam('tz', TZ_MODES, (v) => { view.tz = v; });
  enumParam('sort', SORTS, (v) => { view.sort = v; });
  enumParam('order', ORDERS, (v) => { view.order = v; });
  enumParam('base', WHY_BASELINES.filter((b) => b !== 'custom'), (v) => { view.baseline = v; });
  enumParam('cmode', COMPARE_MODES, (v) => { view.cmode = v; });
  enumParam('shift', COMPARE_SHIFTS, (v) => { view.shift = v; });

  view.sel = parseSelection(params, { dims: 'sel', from: 'sfrom', to: 'sto', asOf: 'sasOf' }, bad);
  view.why = parseSelection(params, { dims: 'wsel', from: 'wfrom', to: 'wto', asOf: 'wasOf' }, bad);
  if (!view.sel) delete view.sel;
  if (!view.why) delete view.why;
  return { view, errors };
}

type SelKeys = { dims: string; from: string; to: string; asOf: string };

function parseSelection(params: URLSearchParams, keys: SelKeys, bad: (param: string, message: string) => void): Selection | undefined {
  const dims = decodeDims(params.get(keys.dims) ?? '');
  if (dims === null) bad(keys.dims, 'use dimension:value pairs separated by ";" (brand:nimbus;polarity:negative)');
  const sel: Selection = { dims: dims ?? [] };
  for (const field of ['from', 'to', 'asOf'] as const) {
    const v = params.get(keys[field]);
    if (v === null || v === '') continue;
    const n = ms(v);
    if (Number.isSafeInteger(n)) sel[field] = n; else bad(keys[field], 'expected epoch milliseconds (digits)');
  }
  if (sel.from !== undefined && sel.to !== undefined && !(sel.from < sel.to)) {
    bad(keys.from, 'the selection must start before it ends');
    delete sel.from;
    delete sel.to;
  }
  return sel.dims.length || sel.from !== undefined || sel.to !== undefined ? sel : undefined;
}

/** The canonical query string of a view (no "?"): the filter first, then page parameters that differ from the defaults. */
export function serializeView(v: ExploreView): string {
  const p = new URLSearchParams(encodeFilter(v.filter));
  const page: Record<(typeof PAGE_KEYS)[number], string | undefined> = {
    tab: v.tab, tz: v.tz, sort: v.sort, order: v.order,
    sel: v.sel?.dims.length ? encodeDims(v.sel.dims) : undefined,
    sfrom: v.sel?.from?.toString(), sto: v.sel?.to?.toString(), sasOf: v.sel?.asOf?.toString(),
    wsel: v.why?.dims.length ? encodeDims(v.why.dims) : undefined,
    wfrom: v.why?.from?.toString(), wto: v.why?.to?.toString(), wasOf: v.why?.asOf?.toString(),
    base: v.baseline, cmode: v.cmode, shift: v.shift,
  };
  const defaults: Partial<Record<(typeof PAGE_KEYS)[number], string>> = {
    tab: DEFAULT_VIEW.tab, tz: DEFAULT_VIEW.tz, sort: DEFAULT_VIEW.sort, order: DEFAULT_VIEW.order,
    base: DEFAULT_VIEW.baseline, cmode: DEFAULT_VIEW.cmode, shift: DEFAULT_VIEW.shift,
  };
  for (const k of PAGE_KEYS) {
    const val = page[k];
    if (val !== undefined && val !== defaults[k]) p.set(k, val);
  }
  return p.toString();
}

/** The filter the page queries: the URL's, with the default range when it names no time. */
export function effectiveFilter(f: ExploreFilter): ExploreFilter {
  return f.range === undefined && f.from === undefined && f.to === undefined ? { ...f, range: DEFAULT_RANGE } : f;
}

/** A view with a new filter: the selection and why's window belonged to the old charts, so they go. */
export function withFilter(v: ExploreView, filter: ExploreFilter): ExploreView {
  const { sel: _drop, why: _why, ...rest } = v;
  return { ...rest, filter };
}
