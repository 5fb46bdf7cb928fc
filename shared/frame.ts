import type { RiverItem } from './mention';
import type { BrandInfo, TopicInfo } from './tracking';
import type { Alert } from './alert';

/** Counts of one volume bucket by polarity. */
export interface VolumePoint {
  t: number;
  positive: number;
  neutral: number;
  negative: number;
}

export interface BrandKpi {
  brand: string;
  /** Mentions in the last hour. */
  count: number;
  /** Share of voice over the last hour, in [0, 1], among the tracked brands. */
  share: number;
  /** (pos - neg) / total over the last hour, in [-1, 1]; 0 when no mentions. */
  net: number;
}

export interface Kpis {
  /** Mentions in the last full minute and the minute before it. */
  lastMinute: number;
  prevMinute: number;
  /** Mentions in the last hour and the hour before it. */
  lastHour: number;
  prevHour: number;
  /** Net sentiment over the last hour, all tracked mentions. */
  net: number;
  brands: BrandKpi[];
  /** Mentions received since the server started. */
  received: number;
  openAlerts: number;
}

interface FrameBase {
  room: string;
  /** Increases by one per frame in a room. A gap tells the client it missed a delta. */
  seq: number;
  /** Server clock when the frame was built (epoch ms); may be simulated time. */
  now: number;
  /** Wall-clock time the frame was sent (epoch ms). */
  sentAt: number;
  kpis: Kpis;
}

/** Sent on join, on reconnect and periodically: everything the view shows. */
export interface SnapshotFrame extends FrameBase {
  kind: 'snapshot';
  brands: BrandInfo[];
  topics: TopicInfo[];
  /** Volume bucket size (ms) and the full window, oldest first. */
  bucketMs: number;
  volume: VolumePoint[];
  /** Latest posts, newest first. */
  river: RiverItem[];
  alerts: Alert[];
}

/** Sent every tick: only what changed. */
export interface DeltaFrame extends FrameBase {
  kind: 'delta';
  /** Buckets that changed (replace by t), oldest first. */
  volume: VolumePoint[];
  /** New posts since the last frame, newest first, at most RIVER_DELTA_MAX. */
  river: RiverItem[];
  /** Posts that arrived but were not sent (the river shows only a sample at high rates). */
  riverSkipped: number;
  /** Alerts that changed state since the last frame. */
  alerts: Alert[];
}

export type Frame = SnapshotFrame | DeltaFrame;
