import type { Alert } from '../../shared/alert';
import type { Kpis, PanelData, VolumePoint } from '../../shared/frame';
import type { RiverItem } from '../../shared/mention';
import type { BrandInfo, TopicInfo } from '../../shared/tracking';

/** Socket state as the wall sees it. */
export type ConnStatus = 'connecting' | 'connected' | 'disconnected';

/** Everything the wall shows, fed by frames. */
export interface WallState {
  status: ConnStatus;
  /** Client wall time (epoch ms) the status last changed. */
  statusSince: number;
  /** Client wall time (epoch ms) the last frame arrived; null before the first. */
  lastFrameAt: number | null;
  /** Server clock of the last frame (epoch ms; may be simulated time). */
  serverNow: number | null;
  /** Smoothed estimate of server wall clock minus client clock (ms); null before the first frame. */
  serverOffset: number | null;
  room: string | null;
  /** seq of the last applied frame; null before the first. */
  seq: number | null;
  /** Set when a delta did not follow the previous frame (or came before any snapshot); a snapshot clears it. */
  needsResync: boolean;
  kpis: Kpis | null;
  brands: BrandInfo[];
  topics: TopicInfo[];
  /** Volume bucket size from the last snapshot; 0 before the first. */
  bucketMs: number;
  /** Volume window, oldest first, at most VOLUME_BUCKETS. */
  volume: VolumePoint[];
  /** Latest posts, newest first, at most RIVER_MAX. */
  river: RiverItem[];
  /** Posts not sent since the last snapshot (the river is a sample at high rates). */
  riverSkipped: number;
  alerts: Alert[];
  /** The slower panels (trend, 24 h volume, places, topics, trending terms); null before the first snapshot. */
  panels: PanelData | null;
}

export function initialWallState(now: number): WallState {
  return {
    status: 'connecting',
    statusSince: now,
    lastFrameAt: null,
    serverNow: null,
    serverOffset: null,
    room: null,
    seq: null,
    needsResync: false,
    kpis: null,
    brands: [],
    topics: [],
    bucketMs: 0,
    volume: [],
    river: [],
    riverSkipped: 0,
    alerts: [],
    panels: null,
  };
}
