/**
 * Detection core: createDetector(params) watches one series of closed buckets (baseline with a
 * daily profile, Poisson-style spike/drop test, pending → firing → resolved → cooldown).
 */
export { createDetector, validateParams, CLIP_SIGMA, ALERT_WEIGHT, DEFAULT_RESOLVE_BUCKETS } from './detector';
export { DEFAULT_SPIKE_PARAMS, DEFAULT_DROP_PARAMS, DEFAULT_TOPIC_SPIKE_PARAMS, TOPIC_BUCKET_MS } from './params';
export { SeasonalBaseline, hourOf } from './baseline';
export { severityOf, severityOfRatio, ratioOf, SEVERITY_RATIOS } from './severity';
export { SeriesBank, round } from './bucketing';
export type { SeriesAlert, SeriesBy, SeriesMetric } from './bucketing';
export type { Detector, DetectorEvent, DetectorParams, DetectorState } from './types';
