import type { Alert } from '../../../shared/alert';
import type { Rule } from '../../../shared/alert-rules';
import type { BrandInfo, TopicInfo } from '../../../shared/tracking';

/** One API answer: the JSON, or the server's error message ("invalid params.above: ..."). */
export type ApiResult<T> = { ok: true; data: T } | { ok: false; error: string };

export interface RuleTest {
  from: number;
  to: number;
  buckets: number;
  fired: { t: number; brand?: string; topic?: string; value: number; baseline: number; severity: number; title: string }[];
}

async function call<T>(method: string, path: string, body?: unknown): Promise<ApiResult<T>> {
  try {
    const res = await fetch(path, {
      method,
      headers: body === undefined ? undefined : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    const json = text ? JSON.parse(text) : null;
    if (!res.ok) return { ok: false, error: typeof json?.error === 'string' ? json.error : `HTTP ${res.status}` };
    return { ok: true, data: json as T };
  } catch (e) {
    return { ok: false, error: (e as Error).message || 'network error' };
  }
}

const rid = (id: string) => `/api/rules/${encodeURIComponent(id)}`;

export const rulesApi = {
  config: () => call<{ brands: BrandInfo[]; topics: TopicInfo[] }>('GET', '/api/config'),
  list: () => call<{ rules: Rule[] }>('GET', '/api/rules'),
  create: (rule: unknown) => call<Rule>('POST', '/api/rules', rule),
  replace: (id: string, rule: unknown) => call<Rule>('PUT', rid(id), rule),
  setEnabled: (id: string, enabled: boolean) => call<Rule>('POST', `${rid(id)}/${enabled ? 'enable' : 'disable'}`),
  remove: (id: string) => call<null>('DELETE', rid(id)),
  test: (id: string) => call<RuleTest>('POST', `${rid(id)}/test`),
  testDraft: (rule: unknown) => call<RuleTest>('POST', '/api/rules/test', rule),
  alerts: (state?: string, limit = 100) => call<{ alerts: Alert[] }>('GET', `/api/alerts?limit=${limit}${state ? `&state=${encodeURIComponent(state)}` : ''}`),
  ack: (id: string, by: string) => call<Alert>('POST', `/api/alerts/${encodeURIComponent(id)}/ack`, { by }),
  silence: (id: string, minutes: number, by: string) => call<unknown>('POST', `/api/alerts/${encodeURIComponent(id)}/silence`, { minutes, by }),
};
