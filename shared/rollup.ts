import type { Channel, Polarity } from './mention';
import type { ResolutionName } from './constants';

/**
 * The dimensions of a rollup counter. brand and topic may be ANY ("*"): every mention is counted
 * once under ANY and once under each brand (topic) it matched, so sums over ANY are exact
 * mention counts. channel, polarity, country, query, region and intent hold one value per mention (NONE if unknown).
 */
export const DIMENSIONS = ['brand', 'topic', 'channel', 'polarity', 'country', 'query', 'region', 'intent'] as const;
export type Dimension = (typeof DIMENSIONS)[number];

export interface RollupKey {
  brand: string;
  topic: string;
  channel: Channel;
  polarity: Polarity;
  country: string;
  query: string;
  /** US state ("US-CA") or NONE. */
  region: string;
  intent: string;
}

/** A filter on the dimensions: each listed value set restricts that dimension. */
export type RollupFilter = Partial<Record<Dimension, string[]>>;

export interface RollupQuery {
  resolution: ResolutionName | 'total';
  /** Inclusive start, exclusive end (epoch ms); ignored for 'total'. */
  from?: number;
  to?: number;
  /** Default: brand=[ANY], topic=[ANY], so each mention counts once. */
  filter?: RollupFilter;
  groupBy?: Dimension[];
}

/** One group of a rollup query: its key (values of the groupBy dimensions, in order) and counts. */
export interface RollupGroup {
  key: string[];
  count: number;
}

/** A series point: bucket start time and the groups in it. */
export interface SeriesPoint {
  t: number;
  groups: RollupGroup[];
}

export type { Polarity };
