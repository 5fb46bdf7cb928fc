/** Test helpers for the analysis stage: configs, mentions, and the airline data set as mentions. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import type { Mention } from '../../../shared/mention';
import { TrackingConfigSchema, type TrackingConfig, type TrackingConfigInput } from '../../../shared/tracking';

export const CONFIG_DIR = fileURLToPath(new URL('../../../server/config/', import.meta.url));
import { AIRLINE_CSV } from '../../helpers/data';
export { AIRLINE_CSV };

export function loadConfig(file: string): TrackingConfig {
  return TrackingConfigSchema.parse(JSON.parse(readFileSync(CONFIG_DIR + file, 'utf8')));
}

export function config(input: TrackingConfigInput): TrackingConfig {
  return TrackingConfigSchema.parse(input);
}

let seq = 0;
export function mention(text: string, extra: Partial<Mention> = {}): Mention {
  seq++;
  return { id: `m${seq}`, channel: 'twitter', text, createdAt: 0, ...extra };
}

export type AirlineRow = Record<string, string>;

export function airlineRows(): AirlineRow[] {
  return parse(readFileSync(AIRLINE_CSV), { columns: true }) as AirlineRow[];
}

/** "[40.64, -73.78]" (lat, lon) or empty. */
function coord(s: string): { lat: number; lon: number } | undefined {
  if (s === '') return undefined;
  const [lat, lon] = JSON.parse(s) as [number, number];
  return { lat, lon };
}

/** One CSV row as a Mention, the way a replay source would build it. */
export function airlineMention(r: AirlineRow): Mention {
  return {
    id: r.tweet_id,
    channel: 'twitter',
    text: r.text,
    createdAt: Date.parse(r.tweet_created.replace(' ', 'T').replace(' ', '')),
    author: {
      handle: r.name,
      location: r.tweet_location === '' ? undefined : r.tweet_location,
      timezone: r.user_timezone === '' ? undefined : r.user_timezone,
    },
    geo: coord(r.tweet_coord),
    engagement: { likes: 0, shares: Number(r.retweet_count), replies: 0 },
    query: r.airline,
  };
}
