import type { RiverItem } from './mention';

export type AlertState = 'pending' | 'firing' | 'resolved';

/** An alert: one incident, grouped over the buckets it spans. Detectors come with the alerting issue. */
export interface Alert {
  id: string;
  rule: string;
  state: AlertState;
  /** 1 (minor) to 5 (severe). */
  severity: number;
  brand?: string;
  topic?: string;
  title: string;
  /** Observed value and the baseline it was compared with. */
  value: number;
  baseline: number;
  startedAt: number;
  updatedAt: number;
  acknowledged?: { by: string; at: number; note?: string };
  /** Ids of the posts that drive it. */
  sampleIds: string[];
  /** The top posts driving it (by reach), for the wall's banner. */
  samples: RiverItem[];
  /** Where: country or region codes the incident concentrates in, if any. */
  places?: string[];
  /** Why it fired, in one line ("negative mentions 48 in 5 min, baseline 6"). */
  detail?: string;
}
