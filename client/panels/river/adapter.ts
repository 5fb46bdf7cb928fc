import type { Polarity, RiverItem } from '../../../shared/mention';
import type { BrandInfo, TopicInfo } from '../../../shared/tracking';
import { INFLUENCER_FOLLOWERS } from '../../../shared/constants';
import type { WallState } from '../../state/types';
import { readableTextColor, safeColor } from '../../format/color';
import { compactNumber } from '../../format/number';
import { channelLabel } from './channels';

export type RiverInput = Pick<WallState, 'river' | 'brands' | 'topics'>;

/** Shown text at most (the server already truncates; the client does not rely on it). */
export const RIVER_TEXT_MAX = 400;
const NAME_MAX = 80;

export interface BrandChip { id: string; name: string; color: string; textColor: string }

export interface RiverRow {
  id: string;
  channelIcon: string;
  channelLabel: string;
  name: string;
  /** "@handle", or "" when unknown. */
  handle: string;
  /** Compact followers, or "" when unknown. */
  followers: string;
  reach: string;
  influencer: boolean;
  polarity: Polarity;
  brands: BrandChip[];
  topics: string[];
  /** Source time (epoch ms); the view shows it relative to the server clock (relativeTime). */
  createdAt: number;
  /** Safe http(s) link, or undefined. */
  href?: string;
  text: string;
}

/**
 * Rows already built for an item (the store keeps item objects across frames), so a tick that adds
 * a few posts builds only those rows and the memoized rows of the others do not re-render.
 * Keyed weakly: rows go when their items leave the river. Cleared when brands or topics change.
 */
let rowCache = new WeakMap<RiverItem, RiverRow>();
let cacheFor: { brands: readonly BrandInfo[]; topics: readonly TopicInfo[] } | null = null;

/** River rows for the view, newest first. */
export function riverAdapter({ river, brands, topics }: RiverInput): RiverRow[] {
  if (!cacheFor || cacheFor.brands !== brands || cacheFor.topics !== topics) {
    rowCache = new WeakMap();
    cacheFor = { brands, topics };
  }
  const brandById = new Map(brands.map((b) => [b.id, b]));
  const topicById = new Map(topics.map((t) => [t.id, t]));
  return river.map((item) => {
    let row = rowCache.get(item);
    if (!row) { row = riverRow(item, brandById, topicById); rowCache.set(item, row); }
    return row;
  });
}

export function riverRow(
  item: RiverItem,
  brandById: ReadonlyMap<string, BrandInfo>,
  topicById: ReadonlyMap<string, TopicInfo>,
): RiverRow {
  const ch = channelLabel(item.channel);
  const author = item.author ?? {};
  const followers = typeof author.followers === 'number' ? author.followers : undefined;
  return {
    id: item.id,
    channelIcon: ch.icon,
    channelLabel: ch.label,
    name: clip(author.name || author.handle || 'Unknown author', NAME_MAX),
    handle: author.handle ? '@' + clip(author.handle.replace(/^@+/, ''), NAME_MAX) : '',
    followers: followers === undefined ? '' : compactNumber(followers),
    reach: compactNumber(item.reach),
    influencer: followers !== undefined && followers >= INFLUENCER_FOLLOWERS,
    polarity: item.polarity === 'positive' || item.polarity === 'negative' ? item.polarity : 'neutral',
    brands: unique(item.brands).map((id) => brandChip(id, brandById.get(id))),
    topics: unique(item.topics).map((id) => topicById.get(id)?.label ?? id),
    createdAt: item.createdAt,
    href: safeHref(item.url),
    text: clip(item.text ?? '', RIVER_TEXT_MAX),
  };
}

function brandChip(id: string, b: BrandInfo | undefined): BrandChip {
  const color = safeColor(b?.color);
  return { id, name: b?.name ?? id, color, textColor: readableTextColor(color) };
}

/** The url if it is an absolute http(s) URL, else undefined (no javascript:, data:, relative, ...). */
export function safeHref(url: string | undefined): string | undefined {
  if (typeof url !== 'string' || !/^https?:\/\//i.test(url)) return undefined;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}

/** Distinct strings (they become React keys). */
function unique(xs: readonly string[] | undefined): string[] {
  return Array.isArray(xs) ? [...new Set(xs.filter((x) => typeof x === 'string'))] : [];
}

function clip(s: string, max: number): string {
  return s.length > max ? s.slice(0, max) + '…' : s;
}
