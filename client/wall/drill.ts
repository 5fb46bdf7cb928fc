/**
 * Wall -> explore links. Panels only tag elements with a static `data-drill` spec ("brand:nimbus",
 * "country:FR", "volume:1h"); the one delegated click/Enter handler of the wall turns the spec into
 * an /explore URL at click time, from the store as it is then. So a tick renders nothing more than
 * before (no per-tick URL building), and a kiosk that nobody clicks never runs any of this.
 *
 * Each link names the same mentions the panel counted: the same dimension and the same window,
 * computed as the server computes the panel (10-second buckets of the last hour for the KPIs and
 * share of voice, whole minutes for places and topics, the 10-minute window of trending terms).
 *
 * This module imports only types from shared/explore: the URL is encoded (shared explorePath) by the
 * click handler after a dynamic import, so the filter schemas (zod) stay out of the wall's bundle.
 */
import { DAY_BUCKET_MS, HOUR_MS, MINUTE_MS, TRENDING_RECENT_MS, VOLUME_BUCKETS } from '../../shared/constants';
import type { ExploreFilter } from '../../shared/explore';
import type { Alert } from '../../shared/alert';
import type { WallState } from '../state/types';

/** The wall's fine buckets (10 s) and the KPIs' "last minute" in those buckets. */
const FINE_BUCKET_MS = 10_000;
const MINUTE_BUCKETS = MINUTE_MS / FINE_BUCKET_MS;
/** Before an alert's first bucket, the window of its mentions starts this much earlier (per-topic rules use 5-minute buckets). */
export const ALERT_LEAD_MS = 5 * MINUTE_MS;
/** After a still-open alert's last update, its window runs this much longer (the bucket being filled). */
export const ALERT_TAIL_MS = MINUTE_MS;

/** shared/explore's NONE_KEY ("no value": a post without a handle), kept here as a value so the wall imports no schema code. */
export const NONE = '-';

/** Where a wall element leads: /explore with a filter (and page parameters), or another page. */
export type DrillTarget = { filter: ExploreFilter; extra?: Record<string, string> } | { path: string };

const floor = (t: number, ms: number) => t - (t % ms);

/** The KPIs' window: the 10-second buckets of the last hour, ending now (inclusive). */
export function hourWindow(now: number): { from: number; to: number } {
  return { from: floor(now, FINE_BUCKET_MS) - (VOLUME_BUCKETS - 1) * FINE_BUCKET_MS, to: now + 1 };
}

/** Places' and topics' window: the whole minutes of the last hour, ending now. */
export function minuteHourWindow(now: number): { from: number; to: number } {
  return { from: floor(now, MINUTE_MS) - HOUR_MS + MINUTE_MS, to: now + 1 };
}

/** Trending terms' recent window: from the minute 10 minutes ago. */
export function trendingWindow(now: number): { from: number; to: number } {
  return { from: floor(now - TRENDING_RECENT_MS, MINUTE_MS), to: now + 1 };
}

/** "Negative spike: nimbus" -> negative mentions; other rules (volume, keyword) -> all of them. */
function alertPolarity(a: Alert): ExploreFilter['polarities'] {
  const text = `${a.ruleName ?? ''} ${a.title ?? ''}`;
  return /negative/i.test(text) ? ['negative'] : undefined;
}

/** The mentions of an alert's incident: its brand, topic and polarity from its start (less a lead) to its end. */
export function alertFilter(a: Alert): ExploreFilter {
  const end = a.resolvedAt ?? a.updatedAt ?? a.startedAt;
  const f: ExploreFilter = {
    from: floor(a.startedAt, MINUTE_MS) - ALERT_LEAD_MS,
    to: floor(end, MINUTE_MS) + ALERT_TAIL_MS,
  };
  if (a.brand) f.brands = [a.brand];
  if (a.topic) f.topics = [a.topic];
  const pol = alertPolarity(a);
  if (pol) f.polarities = pol;
  return f;
}

/** An alert's explore targets: its mentions, and why-this-spike of its window against the period before. */
export function alertTargets(a: Alert): { mentions: DrillTarget; why: DrillTarget } {
  const f = alertFilter(a);
  const { from = 0, to = 0, ...rest } = f;
  // the charts show the incident with as much again before it; the why window is the incident
  const context: ExploreFilter = { ...rest, from: from - (to - from), to };
  return {
    mentions: { filter: f },
    why: { filter: context, extra: { tab: 'why', wfrom: String(from), wto: String(to) } },
  };
}

/** The volume bucket nearest to a fraction x (0..1) of a chart's width, as a window. */
export function volumeBucketAt(rows: readonly { t: number }[], bucketMs: number, x: number): { from: number; to: number } | null {
  if (rows.length === 0 || !(bucketMs > 0)) return null;
  const i = Math.max(0, Math.min(rows.length - 1, Math.round(x * (rows.length - 1))));
  return { from: rows[i].t, to: rows[i].t + bucketMs };
}

export type WallDrillState = Pick<WallState, 'river' | 'alerts' | 'kpis'>;

/**
 * Where a data-drill spec leads, or null when it names nothing (a post no longer in the river).
 * `now` is the server clock of the wall's last frame.
 */
export function drillTarget(spec: string, s: WallDrillState, now: number): DrillTarget | null {
  const i = spec.indexOf(':');
  const kind = i < 0 ? spec : spec.slice(0, i);
  const arg = i < 0 ? '' : spec.slice(i + 1);
  const hour = hourWindow(now);
  const to = (filter: ExploreFilter): DrillTarget => ({ filter });
  switch (kind) {
    case 'brand': return to({ brands: [arg], ...hour });
    case 'polarity': return to({ polarities: [arg as 'positive'], ...hour });
    case 'kpi': {
      if (arg === 'per-minute') return to({ from: floor(now, FINE_BUCKET_MS) - (MINUTE_BUCKETS - 1) * FINE_BUCKET_MS, to: now + 1 });
      if (arg === 'needs-response') return to({ intents: ['complaint', 'question'], ...hour });
      if (arg === 'leader') return to(s.kpis?.leader ? { brands: [s.kpis.leader], ...hour } : hour);
      if (arg === 'open-alerts') return { path: '/alerts' };
      return to(hour);
    }
    case 'country': return to({ countries: [arg], ...minuteHourWindow(now) });
    case 'region': return to({ regions: [arg], ...minuteHourWindow(now) });
    case 'topic': return to({ topics: [arg], ...minuteHourWindow(now) });
    case 'term': return to({ terms: [arg], ...trendingWindow(now) });
    case 'window': return to(arg === '24h' ? { from: floor(now, DAY_BUCKET_MS) - 24 * HOUR_MS + DAY_BUCKET_MS, to: now + 1 } : hour);
    case 'river': {
      const item = s.river.find((r) => r.id === arg);
      if (!item) return null;
      return to({ authors: [item.author?.handle || NONE], channels: [item.channel], from: item.createdAt, to: item.createdAt + 1 });
    }
    case 'alert':
    case 'alert-why': {
      const a = s.alerts.find((x) => x.id === arg);
      if (!a) return null;
      const t = alertTargets(a);
      return kind === 'alert' ? t.mentions : t.why;
    }
    default: return null;
  }
}
