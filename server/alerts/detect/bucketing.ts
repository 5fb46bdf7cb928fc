/**
 * Offline bucketing for replays: analyzed mentions in time order → one count per series per
 * bucket, fed to one detector per series (brand, or brand × topic). Pure: the caller reads files.
 */
import type { AnalyzedMention } from '../../../shared/mention';
import { createDetector } from './detector';
import type { Detector, DetectorEvent, DetectorParams } from './types';

export type SeriesBy = 'brand' | 'brand-topic';
export type SeriesMetric = 'negative' | 'volume';

export interface SeriesAlert {
  firedAt: string;
  brand: string;
  topic?: string;
  severity: number;
  /** Count over the window that fired (span buckets ending at firedAt) and its expected count. */
  value: number;
  baseline: number;
  span: number;
}

interface Series { brand: string; topic?: string; det: Detector; count: number }

/** Feeds mentions (sorted by createdAt) bucket by bucket; calls onAlert for every firing. */
export class SeriesBank {
  private readonly series = new Map<string, Series>();
  private bucket = Number.NaN;

  constructor(
    private readonly params: DetectorParams,
    private readonly by: SeriesBy,
    private readonly metric: SeriesMetric,
    private readonly onAlert: (a: SeriesAlert, ev: DetectorEvent) => void,
  ) {}

  add(m: AnalyzedMention): void {
    const b = Math.floor(m.createdAt / this.params.bucketMs) * this.params.bucketMs;
    if (Number.isNaN(this.bucket)) this.bucket = b;
    if (b < this.bucket) return; // out of order: the caller sorts, so this is only a safety net
    if (b > this.bucket) this.closeUntil(b);
    if (this.metric === 'negative' && m.sentiment.polarity !== 'negative') return;
    const seen = new Set<string>();
    for (const bm of m.brands) {
      if (seen.has(bm.brand)) continue;
      seen.add(bm.brand);
      if (this.by === 'brand') this.get(bm.brand).count++;
      else for (const tp of m.topics) this.get(bm.brand, tp).count++;
    }
  }

  /** Closes every open bucket (end of input). */
  finish(): void {
    if (!Number.isNaN(this.bucket)) this.closeUntil(this.bucket + this.params.bucketMs);
  }

  private get(brand: string, topic?: string): Series {
    const key = topic === undefined ? brand : `${brand}\u0000${topic}`;
    let s = this.series.get(key);
    if (!s) {
      s = { brand, topic, det: createDetector(this.params), count: 0 };
      this.series.set(key, s);
    }
    return s;
  }

  /** Closes the current bucket and feeds every series; the detectors fill skipped buckets with zeros. */
  private closeUntil(next: number): void {
    const t = this.bucket;
    for (const s of this.series.values()) {
      const ev = s.det.update(t, s.count);
      s.count = 0;
      if (ev && ev.kind === 'firing') {
        const a: SeriesAlert = { firedAt: new Date(ev.t).toISOString(), brand: s.brand, severity: ev.severity, value: ev.value, baseline: round(ev.baseline), span: ev.span };
        if (s.topic !== undefined) a.topic = s.topic;
        this.onAlert(a, ev);
      }
    }
    this.bucket = next;
  }
}

export const round = (x: number, digits = 2) => Math.round(x * 10 ** digits) / 10 ** digits;
