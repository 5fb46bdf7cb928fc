/**
 * The explore REST API from the client: URLs built from the shared filter encoding, JSON calls
 * that never throw (a 400 comes back with the server's message and the parameter it names), and
 * plain download links for CSV/NDJSON (the browser streams them to disk: nothing is held in memory).
 */
import {
  EXPLORE_API, encodeFilter, type Breakdown, type Compare, type ExploreFilter, type MentionsPage, type Series,
  type Summary, type Why,
} from '../../shared/explore';
import type { BrandInfo, TopicInfo } from '../../shared/tracking';

export type Endpoint = keyof typeof EXPLORE_API;
export type Params = Record<string, string | number | undefined>;

export type ApiResult<T> = { ok: true; data: T } | { ok: false; error: string; param?: string; status?: number };

/** The URL of an endpoint for a filter and the endpoint's own parameters (undefined ones left out). */
export function apiUrl(endpoint: Endpoint, filter: ExploreFilter, params: Params = {}): string {
  const p = new URLSearchParams(encodeFilter(filter));
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') p.set(k, String(v));
  const qs = p.toString();
  return qs ? `${EXPLORE_API[endpoint]}?${qs}` : EXPLORE_API[endpoint];
}

/** GET a JSON answer. Aborted calls resolve to { ok: false, error: 'aborted' }. */
export async function getJson<T>(url: string, signal?: AbortSignal): Promise<ApiResult<T>> {
  try {
    const res = await fetch(url, { signal, headers: { accept: 'application/json' } });
    const text = await res.text();
    let json: unknown = null;
    try { json = text ? JSON.parse(text) : null; } catch { /* not JSON */ }
    if (!res.ok) {
      const body = (json ?? {}) as { error?: unknown; param?: unknown };
      return {
        ok: false, status: res.status,
        error: typeof body.error === 'string' ? body.error : `HTTP ${res.status}`,
        param: typeof body.param === 'string' ? body.param : undefined,
      };
    }
    return { ok: true, data: json as T };
  } catch (e) {
    if ((e as Error).name === 'AbortError') return { ok: false, error: 'aborted' };
    return { ok: false, error: (e as Error).message || 'network error' };
  }
}

export const exploreApi = {
  mentions: (f: ExploreFilter, p: Params, s?: AbortSignal) => getJson<MentionsPage>(apiUrl('mentions', f, p), s),
  series: (f: ExploreFilter, p: Params, s?: AbortSignal) => getJson<Series>(apiUrl('series', f, p), s),
  breakdown: (f: ExploreFilter, p: Params, s?: AbortSignal) => getJson<Breakdown>(apiUrl('breakdown', f, p), s),
  summary: (f: ExploreFilter, s?: AbortSignal) => getJson<Summary>(apiUrl('summary', f), s),
  why: (f: ExploreFilter, p: Params, s?: AbortSignal) => getJson<Why>(apiUrl('why', f, p), s),
  compare: (f: ExploreFilter, p: Params, s?: AbortSignal) => getJson<Compare>(apiUrl('compare', f, p), s),
};

export interface TrackingInfo { brands: BrandInfo[]; topics: TopicInfo[] }

let config: Promise<TrackingInfo> | undefined;
/** Brands (names, colors) and topics (labels) from GET /api/config, fetched once per page load. */
export function trackingInfo(): Promise<TrackingInfo> {
  config ??= getJson<TrackingInfo>('/api/config').then((r) => {
    if (!r.ok) { config = undefined; return { brands: [], topics: [] }; }
    return { brands: Array.isArray(r.data.brands) ? r.data.brands : [], topics: Array.isArray(r.data.topics) ? r.data.topics : [] };
  });
  return config;
}
