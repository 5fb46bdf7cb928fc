/**
 * Detection core: createDetector(params) watches one series of closed buckets (baseline with a
 * daily profile, Poisson scan test over the last 1..windowBuckets buckets, pending → firing → resolved → cooldown).
 */
export { createDetector, validateParams, CLIP_SIGMA, ALERT_WEIGHT, DEFAULT_RESOLVE_BUCKETS, SUSPECT_SIGMA } from './detector';
export { DEFAULT_SPIKE_PARAMS, DEFAULT_DROP_PARAMS, DEFAULT_TOPIC_SPIKE_PARAMS } from './params';
export { SeasonalBaseline, hourOf } from './baseline';
export { scanWindows, devianceZ } from './scan';
export { RecentBuckets, MAX_WINDOW_BUCKETS } from './window';
export { severityOf, severityOfRatio, ratioOf, SEVERITY_RATIOS } from './severity';
export { SeriesBank, round } from './bucketing';
export type { SeriesAlert, SeriesBy, SeriesMetric } from './bucketing';
export type { Detector, DetectorEvent, DetectorParams, DetectorState, DetectorWindow } from './types';
