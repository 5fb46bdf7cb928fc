import type { WallState } from '../../state/types';
import { describeChange, formatCount, signedPercent, type Change } from '../../format/number';
import { shareOfVoice, type SovEntry } from './shareOfVoice';

export type KpisInput = Pick<WallState, 'kpis' | 'brands'>;

export type Tone = 'positive' | 'negative' | 'neutral';

export interface KpiTile {
  /** Used in data-testid="kpi-<id>". */
  id: 'per-minute' | 'per-hour' | 'net' | 'received';
  label: string;
  value: string;
  /** Change vs the previous period, when the tile has one. */
  change?: Change;
  tone: Tone;
}

export interface KpisData {
  tiles: KpiTile[];
  sov: SovEntry[];
  openAlerts: number;
}

const NO_VALUE = '—';

/** KPI tiles and share of voice from the store; placeholders before the first frame. */
export function kpisAdapter({ kpis, brands }: KpisInput): KpisData {
  if (!kpis) {
    return {
      tiles: [
        { id: 'per-minute', label: 'Mentions / min', value: NO_VALUE, tone: 'neutral' },
        { id: 'per-hour', label: 'Mentions / hour', value: NO_VALUE, tone: 'neutral' },
        { id: 'net', label: 'Net sentiment', value: NO_VALUE, tone: 'neutral' },
        { id: 'received', label: 'Received', value: NO_VALUE, tone: 'neutral' },
      ],
      sov: shareOfVoice([], brands),
      openAlerts: 0,
    };
  }
  return {
    tiles: [
      { id: 'per-minute', label: 'Mentions / min', value: formatCount(kpis.lastMinute), change: describeChange(kpis.lastMinute, kpis.prevMinute), tone: 'neutral' },
      { id: 'per-hour', label: 'Mentions / hour', value: formatCount(kpis.lastHour), change: describeChange(kpis.lastHour, kpis.prevHour), tone: 'neutral' },
      { id: 'net', label: 'Net sentiment', value: signedPercent(kpis.net), tone: netTone(kpis.net) },
      { id: 'received', label: 'Received', value: formatCount(kpis.received), tone: 'neutral' },
    ],
    sov: shareOfVoice(Array.isArray(kpis.brands) ? kpis.brands : [], brands),
    openAlerts: kpis.openAlerts ?? 0,
  };
}

/** Tone of a net sentiment in [-1, 1]; a rounded 0% is neutral. */
export function netTone(net: number): Tone {
  const p = Math.round((Number.isFinite(net) ? net : 0) * 100);
  return p > 0 ? 'positive' : p < 0 ? 'negative' : 'neutral';
}
