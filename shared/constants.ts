/** Named constants with units. Shared by server and client. */

export const SECOND_MS = 1000;
export const MINUTE_MS = 60 * SECOND_MS;
export const HOUR_MS = 60 * MINUTE_MS;
export const DAY_MS = 24 * HOUR_MS;

/** Default interval between frames sent to each room. */
export const TICK_MS = 1000;
/** A full snapshot is re-sent to every room this often, to repair drift from dropped volatile deltas. */
export const RESYNC_MS = 60 * SECOND_MS;

/** Rollup resolutions and how many buckets each keeps. */
export const RESOLUTIONS = [
  { name: '10s', ms: 10 * SECOND_MS, retain: 360 }, // 1 hour
  { name: '1m', ms: MINUTE_MS, retain: 1440 }, // 24 hours
  { name: '1h', ms: HOUR_MS, retain: 24 * 30 }, // 30 days
] as const;
export type ResolutionName = (typeof RESOLUTIONS)[number]['name'];

/** Rollup dimension value meaning "any": each mention is counted once under it. */
export const ANY = '*';
/** Rollup dimension value for "not known" (no country, no query). */
export const NONE = '';

/** Posts shown in the wall's river and sent in a snapshot. */
export const RIVER_MAX = 50;
/** New posts carried by one delta frame at most (the rest are counted, not sent). */
export const RIVER_DELTA_MAX = 20;
/** Buckets in the wall's volume chart (10 s buckets over the last hour). */
export const VOLUME_BUCKETS = 360;

/** Maximum sizes of mention fields, to bound memory and frame size. */
export const TEXT_MAX = 10_000;
export const ID_MAX = 256;

/** The wall shows "stale" when no frame has arrived for this long. */
export const STALE_AFTER_MS = 5 * SECOND_MS;

/** Followers from which an author counts as an influencer. */
export const INFLUENCER_FOLLOWERS = 100_000;

/** Slower panels (trend, 24 h volume, places, topics, trending terms) go out this often in deltas. */
export const PANELS_REFRESH_MS = 5 * SECOND_MS;
/** Buckets of the 24-hour volume chart (5 minutes each). */
export const DAY_BUCKET_MS = 5 * MINUTE_MS;
/** Trending terms: the recent window compared with the baseline before it, and how many are sent. */
export const TRENDING_RECENT_MS = 10 * MINUTE_MS;
export const TRENDING_MAX = 12;
/** Topics sent to the wall at most. */
export const TOPICS_MAX = 20;
