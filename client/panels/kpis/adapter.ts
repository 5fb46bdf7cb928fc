import type { Kpis } from '../../../shared/frame';
import type { BrandInfo } from '../../../shared/tracking';
import type { WallState } from '../../state/types';
import { safeColor } from '../../format/color';
import { describeChange, formatCount, signedPercent, type Change } from '../../format/number';
import { shareOfVoice, type SovEntry } from './shareOfVoice';

export type KpisInput = Pick<WallState, 'kpis' | 'brands'> & Partial<Pick<WallState, 'alerts'>>;

export type Tone = 'positive' | 'negative' | 'neutral';

export interface KpiTile {
  /** Used in data-testid="kpi-<id>". */
  id: 'per-minute' | 'per-hour' | 'net' | 'leader' | 'open-alerts' | 'needs-response' | 'received';
  label: string;
  value: string;
  /** Change vs the previous period, when the tile has one. */
  change?: Change;
  tone: Tone;
  /** Text color of the value (the leader's brand color). */
  color?: string;
}

export interface KpisData {
  tiles: KpiTile[];
  sov: SovEntry[];
  openAlerts: number;
}

const NO_VALUE = '—';

/** KPI tiles and share of voice from the store; placeholders before the first frame. */
export function kpisAdapter({ kpis, brands, alerts }: KpisInput): KpisData {
  if (!kpis) {
    return {
      tiles: [
        { id: 'per-minute', label: 'Mentions / min', value: NO_VALUE, tone: 'neutral' },
        { id: 'per-hour', label: 'Mentions / hour', value: NO_VALUE, tone: 'neutral' },
        { id: 'net', label: 'Net sentiment', value: NO_VALUE, tone: 'neutral' },
        { id: 'leader', label: 'SOV leader', value: NO_VALUE, tone: 'neutral' },
        { id: 'open-alerts', label: 'Open alerts', value: NO_VALUE, tone: 'neutral' },
        { id: 'needs-response', label: 'Awaiting reply', value: NO_VALUE, tone: 'neutral' },
        { id: 'received', label: 'Received', value: NO_VALUE, tone: 'neutral' },
      ],
      sov: shareOfVoice([], brands),
      openAlerts: 0,
    };
  }
  const openAlerts = openAlertCount(kpis, alerts);
  return {
    tiles: [
      { id: 'per-minute', label: 'Mentions / min', value: formatCount(kpis.lastMinute), change: describeChange(kpis.lastMinute, kpis.prevMinute), tone: 'neutral' },
      { id: 'per-hour', label: 'Mentions / hour', value: formatCount(kpis.lastHour), change: describeChange(kpis.lastHour, kpis.prevHour), tone: 'neutral' },
      { id: 'net', label: 'Net sentiment', value: signedPercent(kpis.net), tone: netTone(kpis.net) },
      leaderTile(kpis, brands),
      { id: 'open-alerts', label: 'Open alerts', value: formatCount(openAlerts), tone: openAlerts > 0 ? 'negative' : 'neutral' },
      { id: 'needs-response', label: 'Awaiting reply', value: formatCount(kpis.needsResponse ?? 0), tone: 'neutral' },
      { id: 'received', label: 'Received', value: formatCount(kpis.received), tone: 'neutral' },
    ],
    sov: shareOfVoice(Array.isArray(kpis.brands) ? kpis.brands : [], brands),
    openAlerts,
  };
}

/**
 * Open alerts: the firing alerts the store holds (it hears 'alert:update' at once), or the frame's
 * count while the store holds none.
 */
export function openAlertCount(kpis: Pick<Kpis, 'openAlerts'>, alerts: WallState['alerts'] | undefined): number {
  if (alerts && alerts.length > 0) return alerts.reduce((n, a) => n + (a.state === 'firing' ? 1 : 0), 0);
  return Number.isFinite(kpis.openAlerts) ? kpis.openAlerts : 0;
}

/** The share-of-voice leader (kpis.leader, else the largest share), named and colored as its brand. */
export function leaderTile(kpis: Kpis, brands: readonly BrandInfo[]): KpiTile {
  let id = kpis.leader;
  if (!id && Array.isArray(kpis.brands)) {
    let best = 0;
    for (const b of kpis.brands) if (b.share > best) { best = b.share; id = b.brand; }
  }
  if (!id) return { id: 'leader', label: 'SOV leader', value: NO_VALUE, tone: 'neutral' };
  const info = brands.find((b) => b.id === id);
  const share = kpis.brands?.find((b) => b.brand === id)?.share;
  return {
    id: 'leader',
    label: share !== undefined ? `SOV leader · ${Math.round(share * 100)}%` : 'SOV leader',
    value: info?.name ?? id,
    tone: 'neutral',
    color: safeColor(info?.color),
  };
}

/** Tone of a net sentiment in [-1, 1]; a rounded 0% is neutral. */
export function netTone(net: number): Tone {
  const p = Math.round((Number.isFinite(net) ? net : 0) * 100);
  return p > 0 ? 'positive' : p < 0 ? 'negative' : 'neutral';
}
