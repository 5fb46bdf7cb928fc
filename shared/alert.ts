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
  /** The rule's name, and its type ('manual' alerts have none). */
  ruleName?: string;
  ruleType?: string;
  /** Grouping key: one open alert per key (rule × brand × topic). */
  key?: string;
  /** When it went firing, and when it resolved. */
  firedAt?: number;
  resolvedAt?: number;
  /** Highest value seen during the incident, and how many bucket updates it grouped. */
  peak?: number;
  updates?: number;
  /** Silenced: recorded and listed, but it does not take over the wall or notify. */
  silenced?: { until: number; silenceId: string };
}

/** A silence: alerts of that rule and/or brand neither push the banner nor notify until `until`. */
export interface AlertSilence {
  id: string;
  rule?: string;
  brand?: string;
  until: number;
  by: string;
  note?: string;
  createdAt: number;
}
