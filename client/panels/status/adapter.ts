import { STALE_AFTER_MS } from '../../../shared/constants';
import type { WallState } from '../../state/types';
import { hhmmss } from '../../format/time';

export type ConnLabel = 'live' | 'stale' | 'connecting';

export type StatusInput = Pick<WallState, 'status' | 'statusSince' | 'lastFrameAt'>;

export interface StatusView {
  label: ConnLabel;
  /** true: show the stale badge. */
  stale: boolean;
  /** Why it is stale, for the badge. */
  reason: string;
  /** "HH:MM:SS" of the last frame, or "—". */
  lastUpdate: string;
}

/**
 * Connection label at client time `now`: stale when the socket is down or no frame arrived
 * for STALE_AFTER_MS (counting from the connection attempt before the first frame).
 */
export function statusView(s: StatusInput, now: number): StatusView {
  const lastUpdate = s.lastFrameAt === null ? '—' : hhmmss(s.lastFrameAt);
  const quietSince = s.lastFrameAt ?? s.statusSince;
  const quietMs = Math.max(0, now - quietSince);
  if (s.status === 'disconnected') {
    return { label: 'stale', stale: true, reason: 'Disconnected, reconnecting…', lastUpdate };
  }
  if (quietMs > STALE_AFTER_MS) {
    return { label: 'stale', stale: true, reason: `No data for ${Math.floor(quietMs / 1000)} s`, lastUpdate };
  }
  if (s.lastFrameAt === null || s.status === 'connecting') {
    return { label: 'connecting', stale: false, reason: '', lastUpdate };
  }
  return { label: 'live', stale: false, reason: '', lastUpdate };
}
