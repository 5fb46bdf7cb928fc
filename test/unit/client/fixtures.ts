import type { DeltaFrame, Kpis, PanelData, SnapshotFrame, VolumePoint } from '../../../shared/frame';
import type { RiverItem } from '../../../shared/mention';
import type { Alert } from '../../../shared/alert';

export const BUCKET_MS = 10_000;
export const T0 = 1_700_000_000_000; // a multiple of BUCKET_MS

export function kpis(over: Partial<Kpis> = {}): Kpis {
  return { lastMinute: 0, prevMinute: 0, lastHour: 0, prevHour: 0, net: 0, brands: [], received: 0, openAlerts: 0, needsResponse: 0, ...over };
}

export function panels(over: Partial<PanelData> = {}): PanelData {
  return { trend: [], volumeDay: [], countries: [], regions: [], topics: [], trending: [], ...over };
}

export function point(i: number, n = 1): VolumePoint {
  return { t: T0 + i * BUCKET_MS, positive: n, neutral: 0, negative: 0 };
}

export function item(id: string, over: Partial<RiverItem> = {}): RiverItem {
  return {
    id, channel: 'twitter', text: `post ${id}`, createdAt: T0, author: { handle: 'someone', name: 'Some One', followers: 10 },
    brands: ['nimbus'], polarity: 'neutral', score: 0, topics: [], reach: 10, ...over,
  };
}

export function alert(id: string, over: Partial<Alert> = {}): Alert {
  return {
    id, rule: 'spike', state: 'firing', severity: 3, title: `alert ${id}`, value: 10, baseline: 2,
    startedAt: T0, updatedAt: T0, sampleIds: [], samples: [], ...over,
  };
}

export function snapshot(seq: number, over: Partial<SnapshotFrame> = {}): SnapshotFrame {
  return {
    kind: 'snapshot', room: 'wall', seq, now: T0, sentAt: T0, kpis: kpis(),
    brands: [{ id: 'nimbus', name: 'Nimbus', color: '#56B4E9', own: true }],
    topics: [{ id: 'battery', label: 'Battery' }],
    bucketMs: BUCKET_MS, volume: [], river: [], alerts: [], panels: panels(), ...over,
  };
}

export function delta(seq: number, over: Partial<DeltaFrame> = {}): DeltaFrame {
  return {
    kind: 'delta', room: 'wall', seq, now: T0 + seq * 1000, sentAt: T0, kpis: kpis(),
    volume: [], river: [], riverSkipped: 0, alerts: [], ...over,
  };
}
