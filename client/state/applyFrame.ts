import type { Alert } from '../../shared/alert';
import type { DeltaFrame, Frame, SnapshotFrame } from '../../shared/frame';
import type { WallState } from './types';
import { boundAlerts, dedupeRiver, mergeAlerts, mergeRiver, mergeVolume, trimVolume } from './merge';

/**
 * The wall's reducer: state after one frame. Pure (no clock: the socket layer sets lastFrameAt).
 * A snapshot replaces everything it carries; a delta merges. A delta whose seq is not the
 * previous seq + 1 (or that comes before any snapshot) is still applied, and sets needsResync.
 */
export function applyFrame(state: WallState, frame: Frame): WallState {
  return frame.kind === 'snapshot' ? applySnapshot(state, frame) : applyDelta(state, frame);
}

/** A reliable 'alert:update' event, queued with the frames so that order is kept. */
export interface AlertUpdate {
  kind: 'alert';
  alert: Alert;
}

export type Inbound = Frame | AlertUpdate;

/** State after one 'alert:update': the alert replaces the one with its id (or is added). */
export function applyAlertUpdate(state: WallState, alert: Alert): WallState {
  return { ...state, alerts: mergeAlerts(state.alerts, [alert]) };
}

/** Apply frames (and alert updates) in order. */
export function applyFrames(state: WallState, frames: readonly Inbound[]): WallState {
  let s = state;
  for (const f of frames) s = f.kind === 'alert' ? applyAlertUpdate(s, f.alert) : applyFrame(s, f);
  return s;
}

function applySnapshot(state: WallState, f: SnapshotFrame): WallState {
  const volume = [...(f.volume ?? [])].sort((a, b) => a.t - b.t);
  return {
    ...state,
    room: f.room,
    seq: f.seq,
    serverNow: f.now,
    needsResync: false,
    kpis: f.kpis,
    brands: f.brands ?? [],
    topics: f.topics ?? [],
    bucketMs: f.bucketMs,
    volume: trimVolume(volume, f.bucketMs),
    river: dedupeRiver(f.river ?? []),
    riverSkipped: 0,
    alerts: boundAlerts([...(f.alerts ?? [])]),
    panels: f.panels ?? null,
  };
}

function applyDelta(state: WallState, f: DeltaFrame): WallState {
  const inSequence = state.seq !== null && f.seq === state.seq + 1;
  return {
    ...state,
    room: f.room,
    seq: f.seq,
    serverNow: f.now,
    needsResync: state.needsResync || !inSequence,
    kpis: f.kpis,
    volume: mergeVolume(state.volume, f.volume ?? [], state.bucketMs),
    river: mergeRiver(state.river, f.river ?? []),
    riverSkipped: state.riverSkipped + (f.riverSkipped || 0),
    alerts: mergeAlerts(state.alerts, f.alerts ?? []),
    panels: f.panels ?? state.panels,
  };
}
