import type { Alert } from '../../shared/alert';
import type { Rule } from '../../shared/alert-rules';
import type { RiverItem } from '../../shared/mention';
import type { AlertStore } from './store';
import type { SilenceStore } from './silences';
import type { WebhookNotifier } from './webhooks';

export interface IncidentEvent {
  kind: 'pending' | 'firing' | 'update' | 'resolved' | 'cancelled';
  key: string;
  brand?: string;
  topic?: string;
  value: number;
  baseline: number;
  severity: number;
  title: string;
  detail: string;
  samples?: RiverItem[];
}

/**
 * Maps series events to alerts: one incident (rule × brand × topic) is one alert, whatever the
 * number of buckets it spans. pending -> firing -> resolved; updates refresh value, severity and
 * samples. Silenced incidents are recorded but do not notify.
 */
export class Incidents {
  private open = new Map<string, string>();

  constructor(private deps: { alerts: AlertStore; silences: SilenceStore; notifier?: WebhookNotifier; now: () => number }) {}

  /** Open incidents (pending or firing). */
  get size(): number { return this.open.size; }

  apply(rule: Rule, e: IncidentEvent): Alert | undefined {
    const { alerts } = this.deps;
    const id = this.open.get(e.key);
    const cur = id ? alerts.get(id) : undefined;
    if (id && (!cur || cur.state === 'resolved')) this.open.delete(e.key); // resolved by hand
    const live = cur && cur.state !== 'resolved' ? cur : undefined;
    const fields = {
      value: e.value, baseline: e.baseline, title: e.title, detail: e.detail,
      ...(e.samples ? { samples: e.samples, sampleIds: e.samples.map((s) => s.id) } : {}),
    };
    switch (e.kind) {
      case 'pending': {
        if (live) return live;
        const a = alerts.raise({ ...this.base(rule, e), ...fields, state: 'pending' });
        this.open.set(e.key, a.id);
        return a;
      }
      case 'firing':
      case 'update': {
        if (live && live.state === 'firing') {
          const severity = Math.max(live.severity, e.severity);
          const a = alerts.patch(live.id, {
            ...fields, severity, peak: Math.max(live.peak ?? 0, e.value), updates: (live.updates ?? 0) + 1,
          });
          if (a && severity > live.severity && !a.silenced) this.notify(rule, a, 'escalated');
          return a;
        }
        const silence = this.deps.silences.match(rule.id, e.brand);
        const silenced = silence ? { until: silence.until, silenceId: silence.id } : undefined;
        const now = this.deps.now();
        const a = live
          ? alerts.patch(live.id, { ...fields, state: 'firing', firedAt: now, severity: e.severity, peak: e.value, updates: 0, silenced })
          : alerts.raise({ ...this.base(rule, e), ...fields, state: 'firing', peak: e.value, updates: 0, silenced });
        if (!a) return undefined;
        this.open.set(e.key, a.id);
        if (!a.silenced) this.notify(rule, a, 'firing');
        return a;
      }
      case 'resolved':
      case 'cancelled': {
        this.open.delete(e.key);
        if (!live) return undefined;
        const wasFiring = live.state === 'firing';
        if (e.kind === 'cancelled') alerts.patch(live.id, { detail: `${live.detail ?? ''} (cancelled: did not last the pending period)`.trim() });
        const a = alerts.resolve(live.id);
        if (a && wasFiring && !a.silenced) this.notify(rule, a, 'resolved');
        return a;
      }
    }
  }

  /**
   * Takes over the open incidents recorded in the alert store (a node that becomes the cluster's
   * evaluator continues the incidents of the one before it instead of raising them again).
   */
  adopt(alerts: readonly Alert[]): void {
    this.open.clear();
    for (const a of alerts) if (a.state !== 'resolved' && a.rule !== 'manual' && a.key) this.open.set(a.key, a.id);
  }

  /** Resolves every open incident of a rule (disabled, deleted or changed). */
  closeRule(ruleId: string): void {
    for (const [key, id] of this.open) {
      if (!key.startsWith(`${ruleId}|`)) continue;
      this.open.delete(key);
      const a = this.deps.alerts.get(id);
      if (a && a.state !== 'resolved') this.deps.alerts.resolve(id);
    }
  }

  private base(rule: Rule, e: IncidentEvent) {
    return {
      rule: rule.id, ruleName: rule.name, ruleType: rule.type, key: e.key, severity: e.severity,
      brand: e.brand, topic: e.topic, sampleIds: [] as string[], samples: [] as RiverItem[],
    };
  }

  private notify(rule: Rule, a: Alert, event: 'firing' | 'escalated' | 'resolved'): void {
    this.deps.notifier?.notify(a, event, rule.webhooks);
  }
}
