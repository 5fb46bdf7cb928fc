import type { Rule } from '../../shared/alert-rules';

export interface Names { brand(id?: string): string; topic(id?: string): string }

/** The alert's title: what, for whom ("Negative mentions spiking: Nimbus · Battery"). */
export function alertTitle(rule: Rule, names: Names, brand?: string, topic?: string, words?: string[]): string {
  let what: string;
  switch (rule.type) {
    case 'spike':
      what = rule.params.metric === 'negative' ? 'Negative mentions spiking' : rule.params.metric === 'volume' ? 'Volume spiking' : 'Negative share spiking';
      break;
    case 'threshold': what = `${rule.params.metric === 'volume' ? 'Volume' : 'Negative mentions'} above ${rule.params.above}`; break;
    case 'share': what = `Negative share above ${rule.params.abovePct}%`; break;
    case 'sov': what = `Share of voice below ${rule.params.belowPct}%`; break;
    case 'nodata': what = rule.params.mode === 'drop' ? 'Volume dropped (no data?)' : `Volume below ${rule.params.below}`; break;
    case 'keyword': what = `Watched keyword: ${(words ?? []).map((w) => `"${w}"`).join(', ') || rule.params.keywords.join(', ')}`; break;
  }
  const where = [brand ? names.brand(brand) : '', topic ? names.topic(topic) : ''].filter(Boolean).join(' · ');
  return where ? `${what}: ${where}` : what;
}

/**
 * One line on why ("negative mentions 48 in 1 min, baseline 6"); spanMin: the minutes the value
 * and baseline cover (a detector's window: "41 in 6 min, baseline 12").
 */
export function alertDetail(rule: Rule, value: number, baseline: number, total: number, spanMin = 1): string {
  const b = fmt(baseline);
  switch (rule.type) {
    case 'spike': {
      const m = rule.params.metric;
      return m === 'negativeShare' ? `negative share ${fmt(value)}% in ${spanMin} min, baseline ${b}%` : `${m === 'negative' ? 'negative mentions' : 'mentions'} ${fmt(value)} in ${spanMin} min, baseline ${b}`;
    }
    case 'threshold': return `${rule.params.metric === 'volume' ? 'mentions' : 'negative mentions'} ${fmt(value)} in ${rule.params.windowMinutes} min, above ${b}`;
    case 'share': return `negative share ${fmt(value)}% of ${fmt(total)} mentions in ${rule.params.windowMinutes} min, above ${b}%`;
    case 'sov': return `share of voice ${fmt(value)}% in ${rule.params.windowMinutes} min, below ${b}%`;
    case 'nodata': return rule.params.mode === 'drop' ? `mentions ${fmt(value)} in ${spanMin} min, baseline ${b}` : `mentions ${fmt(value)} per min for ${rule.params.forMinutes} min, below ${b}`;
    case 'keyword': return `${fmt(value)} matching mention${value === 1 ? '' : 's'}`;
  }
}

function fmt(x: number): string {
  return Number.isInteger(x) ? String(x) : x.toFixed(1);
}
