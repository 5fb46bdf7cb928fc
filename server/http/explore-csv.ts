/**
 * CSV for Explore: rows through csv-stringify (quoting), with a guard against formula injection
 * (a cell starting with = + - @, tab or carriage return gets a leading apostrophe: mention texts
 * are hostile and exports get opened in spreadsheets).
 */
import { stringify } from 'csv-stringify/sync';
import { EXPORT_CSV_COLUMNS } from '../../shared/explore';
import type { AnalyzedMention } from '../../shared/mention';
import { isoInZone } from '../explore/tz';

const FORMULA_START = /^[=+\-@\t\r]/;
const LIST_SEP = ';';

export type Cell = string | number | undefined | null;

export function safeCell(v: Cell): string | number {
  if (v === undefined || v === null) return '';
  if (typeof v === 'number') return v;
  return FORMULA_START.test(v) ? `'${v}` : v;
}

export function csvRows(rows: Cell[][]): string {
  return stringify(rows.map((r) => r.map(safeCell)));
}

/** One mention as a row of EXPORT_CSV_COLUMNS, times in tz. */
export function mentionRow(m: AnalyzedMention, tz: string): Cell[] {
  const a = m.author;
  const e = m.engagement;
  const row: Record<(typeof EXPORT_CSV_COLUMNS)[number], Cell> = {
    id: m.id,
    created_at: isoInZone(m.createdAt, tz),
    received_at: isoInZone(m.receivedAt, tz),
    channel: m.channel,
    author_handle: a?.handle,
    author_name: a?.name,
    author_followers: a?.followers,
    author_location: a?.location,
    author_timezone: a?.timezone,
    text: m.text,
    url: m.url,
    lang: m.lang,
    language: m.language,
    query: m.query,
    brands: [...new Set(m.brands.map((b) => b.brand))].join(LIST_SEP),
    brand_matches: JSON.stringify(m.brands),
    polarity: m.sentiment.polarity,
    score: m.sentiment.score,
    sentiment_drivers: m.sentiment.drivers.map((d) => `${d.token}:${d.weight}`).join(LIST_SEP),
    topics: m.topics.join(LIST_SEP),
    intent: m.intent,
    department: m.department,
    country: m.place.country,
    region: m.place.region,
    place_via: m.place.via,
    geo_lat: m.geo?.lat,
    geo_lon: m.geo?.lon,
    likes: e?.likes,
    shares: e?.shares,
    replies: e?.replies,
    reach: m.reach,
    terms: m.terms.join(LIST_SEP),
  };
  return EXPORT_CSV_COLUMNS.map((c) => row[c]);
}
