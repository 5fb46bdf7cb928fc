/** How long ids are remembered in Redis mode: `slices` sets of `sliceSeconds` each (the oldest is checked until it expires). */
export interface DedupeWindow { sliceSeconds: number; slices: number }

/** Slices per window: a mention is checked against this many sets, plus the current one. */
const DEDUPE_SLICES = 4;
const HOUR_S = 3600;

/** Ids remembered for at least `hours` (and at most a slice longer). */
export function dedupeWindow(hours: number): DedupeWindow {
  return { sliceSeconds: Math.max(1, Math.ceil((hours * HOUR_S) / DEDUPE_SLICES)), slices: DEDUPE_SLICES + 1 };
}

export const DEFAULT_DEDUPE_WINDOW: DedupeWindow = dedupeWindow(24);
