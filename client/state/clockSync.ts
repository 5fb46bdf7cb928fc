/**
 * Server clock offset, estimated from frames: each frame's `sentAt` (server wall clock) minus the
 * client's arrival time is one sample of (server - client - latency). Samples are smoothed with an
 * exponential moving average, so one slow frame barely moves the estimate; a jump larger than
 * OFFSET_RESET_MS (a clock was set, the server restarted elsewhere) restarts the estimate.
 */

/** Weight of a new sample in the moving average. */
export const OFFSET_ALPHA = 0.1;
/** A sample this far from the estimate replaces it instead of being averaged in. */
export const OFFSET_RESET_MS = 10_000;

/** The next offset estimate (ms, server minus client) after one sample. */
export function smoothOffset(prev: number | null, sample: number, alpha: number = OFFSET_ALPHA): number | null {
  if (!Number.isFinite(sample)) return prev;
  if (prev === null || !Number.isFinite(prev) || Math.abs(sample - prev) > OFFSET_RESET_MS) return sample;
  return prev + alpha * (sample - prev);
}

/** One offset sample from a frame's send time and its arrival on the client. */
export function offsetSample(sentAt: number, arrivedAt: number): number {
  return sentAt - arrivedAt;
}

/** The room's shared clock: client time corrected by the offset estimate (0 before any frame). */
export function syncedNow(clientNow: number, offset: number | null): number {
  return clientNow + (offset ?? 0);
}
