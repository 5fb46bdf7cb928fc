import type { RuleType } from '../../../shared/alert-rules';

/** The form's fields per rule type (params), with their defaults for a new rule. */
export interface ParamField {
  key: string;
  label: string;
  kind: 'number' | 'bool' | 'select' | 'list';
  options?: string[];
  initial?: number | boolean | string;
}

export const PARAM_FIELDS: Record<RuleType, ParamField[]> = {
  spike: [
    { key: 'metric', label: 'Series', kind: 'select', options: ['negative', 'volume', 'negativeShare'], initial: 'negative' },
    { key: 'perTopic', label: 'Per brand × topic', kind: 'bool', initial: false },
    { key: 'minCount', label: 'Min count per minute', kind: 'number' },
    { key: 'minRatio', label: 'Min ratio to baseline', kind: 'number' },
    { key: 'pendingBuckets', label: 'Pending (min)', kind: 'number' },
    { key: 'cooldownBuckets', label: 'Cooldown (min)', kind: 'number' },
  ],
  threshold: [
    { key: 'metric', label: 'Count', kind: 'select', options: ['volume', 'negative'], initial: 'volume' },
    { key: 'above', label: 'Above', kind: 'number', initial: 100 },
    { key: 'windowMinutes', label: 'Window (min)', kind: 'number', initial: 5 },
    { key: 'pendingBuckets', label: 'Pending (min)', kind: 'number', initial: 0 },
    { key: 'cooldownBuckets', label: 'Cooldown (min)', kind: 'number', initial: 10 },
    { key: 'perTopic', label: 'Per brand × topic', kind: 'bool', initial: false },
  ],
  share: [
    { key: 'abovePct', label: 'Negative share above (%)', kind: 'number', initial: 50 },
    { key: 'windowMinutes', label: 'Window (min)', kind: 'number', initial: 10 },
    { key: 'minCount', label: 'Min mentions in window', kind: 'number', initial: 20 },
    { key: 'pendingBuckets', label: 'Pending (min)', kind: 'number', initial: 0 },
    { key: 'perTopic', label: 'Per brand × topic', kind: 'bool', initial: false },
  ],
  sov: [
    { key: 'belowPct', label: 'Share of voice below (%)', kind: 'number', initial: 10 },
    { key: 'windowMinutes', label: 'Window (min)', kind: 'number', initial: 30 },
    { key: 'minCount', label: 'Min mentions of the set', kind: 'number', initial: 50 },
  ],
  keyword: [
    { key: 'keywords', label: 'Keywords (comma-separated)', kind: 'list', initial: 'recall, lawsuit' },
    { key: 'minCount', label: 'Min matches', kind: 'number', initial: 1 },
    { key: 'windowMinutes', label: 'Window (min)', kind: 'number', initial: 10 },
  ],
  nodata: [
    { key: 'mode', label: 'Mode', kind: 'select', options: ['drop', 'below'], initial: 'drop' },
    { key: 'below', label: 'Volume below (per min)', kind: 'number', initial: 1 },
    { key: 'forMinutes', label: 'For (min)', kind: 'number', initial: 10 },
  ],
};

/** Params as the form holds them (strings) -> params for the API; empty fields are left out. */
export function paramsFromForm(type: RuleType, values: Record<string, string | boolean>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of PARAM_FIELDS[type]) {
    const v = values[f.key];
    if (v === undefined || v === '') continue;
    if (f.kind === 'number') out[f.key] = Number(v);
    else if (f.kind === 'list') out[f.key] = String(v).split(',').map((s) => s.trim()).filter(Boolean);
    else out[f.key] = v;
  }
  return out;
}

/** A rule's params -> form values. */
export function formFromParams(type: RuleType, params: Record<string, unknown> | undefined): Record<string, string | boolean> {
  const out: Record<string, string | boolean> = {};
  for (const f of PARAM_FIELDS[type]) {
    const v = params ? params[f.key] : f.initial;
    if (v === undefined) out[f.key] = f.kind === 'bool' ? false : '';
    else if (Array.isArray(v)) out[f.key] = v.join(', ');
    else out[f.key] = typeof v === 'boolean' ? v : String(v);
  }
  return out;
}

/** "a, b" -> ["a", "b"], or undefined when empty. */
export function listOrUndefined(s: string): string[] | undefined {
  const l = s.split(',').map((x) => x.trim()).filter(Boolean);
  return l.length ? l : undefined;
}
