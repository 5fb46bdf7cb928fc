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

/** Polarity counts. */
export interface PolarityCounts {
  positive: number;
  neutral: number;
  negative: number;
}

/** One bucket of the per-brand trend: counts by polarity for each tracked brand (id -> counts). */
export interface BrandTrendPoint {
  t: number;
  brands: Record<string, PolarityCounts>;
}

/** Mentions of one place over the last hour: a country (ISO alpha-2, "FR") or a US state ("US-CA"). */
export interface PlaceCount extends PolarityCounts {
  code: string;
  count: number;
}

/** One topic over the last hour, with a sparkline of 5-minute counts (oldest first). */
export interface TopicStat extends PolarityCounts {
  topic: string;
  count: number;
  spark: number[];
}

/**
 * A term or hashtag rising fastest against its own baseline: count in the recent window, the count
 * its baseline rate predicts for that window, lift = (count + 1) / (baseline + 1), and a sparkline
 * of 5-minute counts over the last hour (oldest first).
 */
export interface TrendingTerm {
  term: string;
  count: number;
  baseline: number;
  lift: number;
  spark: number[];
}

/** The slower-moving panels, sent in every snapshot and in a delta every PANELS_REFRESH_MS. */
export interface PanelData {
  /** Per-brand polarity counts in 1-minute buckets over the last hour, oldest first. */
  trend: BrandTrendPoint[];
  /** Volume in 5-minute buckets over the last 24 hours, oldest first. */
  volumeDay: VolumePoint[];
  countries: PlaceCount[];
  /** US states. */
  regions: PlaceCount[];
  topics: TopicStat[];
  trending: TrendingTerm[];
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
  /** Complaints and questions in the last hour: the posts waiting for the care team. */
  needsResponse: number;
  /** The brand with the largest share of voice over the last hour (id), if any mention. */
  leader?: string;
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
  panels: PanelData;
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
  /** Present every PANELS_REFRESH_MS (replace the previous values); absent otherwise. */
  panels?: PanelData;
}

export type Frame = SnapshotFrame | DeltaFrame;
