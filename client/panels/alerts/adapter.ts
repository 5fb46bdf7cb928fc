import type { Alert, AlertState } from '../../../shared/alert';
import type { BrandInfo, TopicInfo } from '../../../shared/tracking';
import { safeColor } from '../../format/color';
import { compactNumber } from '../../format/number';

/** Alerts listed at most by the panel; top posts shown at most by the banner. */
export const ALERT_ROWS_MAX = 20;
export const BANNER_SAMPLES_MAX = 3;
const SAMPLE_TEXT_MAX = 240;
const TITLE_MAX = 160;

export interface AlertRow {
  id: string;
  severity: number;
  title: string;
  brand: string;
  brandColor: string;
  startedAt: number;
  state: AlertState;
  /** "acked by wall" or "". */
  ackedBy: string;
}

const STATE_RANK: Record<AlertState, number> = { firing: 0, pending: 1, resolved: 2 };

/** A severity in 1..5 whatever the input. */
export function clampSeverity(n: number): number {
  return Number.isFinite(n) ? Math.min(5, Math.max(1, Math.round(n))) : 1;
}

/** Does this alert take over the wall? Firing, nobody has acknowledged it, and not silenced. */
export function needsAttention(a: Alert): boolean {
  return a.state === 'firing' && !a.acknowledged && !a.silenced;
}

/** Alerts for the banner: firing and unacknowledged, highest severity first, then newest. */
export function bannerAlerts(alerts: readonly Alert[]): Alert[] {
  return alerts.filter(needsAttention).sort((a, b) => b.severity - a.severity || b.startedAt - a.startedAt || (a.id < b.id ? -1 : 1));
}

/** Open alerts: those firing. */
export function countFiring(alerts: readonly Alert[]): number {
  let n = 0;
  for (const a of alerts) if (a.state === 'firing') n++;
  return n;
}

/** Rows for the alerts panel: firing first, then pending, then resolved; by severity, newest first. */
export function alertRows(alerts: readonly Alert[], brands: readonly BrandInfo[]): AlertRow[] {
  const byId = new Map(brands.map((b) => [b.id, b]));
  return alerts
    .slice()
    .sort((a, b) => (STATE_RANK[a.state] ?? 3) - (STATE_RANK[b.state] ?? 3) || b.severity - a.severity || b.startedAt - a.startedAt)
    .slice(0, ALERT_ROWS_MAX)
    .map((a) => {
      const brand = a.brand ? byId.get(a.brand) : undefined;
      return {
        id: a.id,
        severity: clampSeverity(a.severity),
        title: clip(a.title, TITLE_MAX),
        brand: a.brand ? brand?.name ?? a.brand : '',
        brandColor: safeColor(brand?.color),
        startedAt: a.startedAt,
        state: a.state,
        ackedBy: a.acknowledged ? clip(String(a.acknowledged.by), 40) : '',
      };
    });
}

export interface BannerView {
  id: string;
  title: string;
  severity: number;
  /** Brand, topic and places, each as shown ("Nimbus", "Battery", "FR, US-CA"). */
  where: string[];
  /** "48 vs baseline 6 (8×)", or "" when the alert has no measure (raised by hand). */
  size: string;
  detail: string;
  samples: { id: string; author: string; text: string }[];
  startedAt: number;
  /** Other alerts waiting behind this one. */
  more: number;
}

/** What the banner shows for the first alert of bannerAlerts(), or null when nothing needs attention. */
export function bannerView(alerts: readonly Alert[], brands: readonly BrandInfo[], topics: readonly TopicInfo[]): BannerView | null {
  const list = bannerAlerts(alerts);
  const a = list[0];
  if (!a) return null;
  const where: string[] = [];
  if (a.brand) where.push(brands.find((b) => b.id === a.brand)?.name ?? a.brand);
  if (a.topic) where.push(topics.find((t) => t.id === a.topic)?.label ?? a.topic);
  if (Array.isArray(a.places) && a.places.length > 0) where.push(a.places.slice(0, 6).join(', '));
  const ratio = a.baseline > 0 ? ` (${trimNum(a.value / a.baseline)}×)` : '';
  return {
    id: a.id,
    title: clip(a.title, TITLE_MAX),
    severity: clampSeverity(a.severity),
    where,
    // a manual alert has no measure: value and baseline 0
    size: a.value === 0 && a.baseline === 0 ? '' : `${compactNumber(a.value)} vs baseline ${compactNumber(a.baseline)}${ratio}`,
    detail: a.detail ? clip(a.detail, TITLE_MAX) : '',
    samples: (Array.isArray(a.samples) ? a.samples : []).slice(0, BANNER_SAMPLES_MAX).map((s) => ({
      id: s.id,
      author: clip(s.author?.name || s.author?.handle || '', 60),
      text: clip(s.text ?? '', SAMPLE_TEXT_MAX),
    })),
    startedAt: a.startedAt,
    more: list.length - 1,
  };
}

function trimNum(x: number): string {
  return Number.isFinite(x) ? (x >= 10 ? String(Math.round(x)) : x.toFixed(1).replace(/\.0$/, '')) : '—';
}

function clip(s: string, max: number): string {
  const t = typeof s === 'string' ? s : '';
  return t.length > max ? t.slice(0, max) + '…' : t;
}
