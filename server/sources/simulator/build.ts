/**
 * Builds one simulated mention from a seeded Rng: channel, author, text, url, engagement, geo.
 * Everything is precompiled in the constructor; build() only draws numbers and concatenates.
 */
import type { Channel, Mention, Polarity } from '../../../shared/mention';
import type { TrackingConfig } from '../../../shared/tracking';
import type { AuthorPool, SimAuthor } from './authors';
import type { Incident } from './incidents';
import { Rng, WeightedPicker, hash4 } from './prng';
import { COMPARISONS, FOREIGN, INCIDENT_NEWS, INCIDENT_SOCIAL, TEMPLATES, type Style } from './templates';
import {
  brandForms, compileBank, fill, socialize, topicText,
  type BrandForms, type CompiledBank, type FillContext, type Template, type TopicText,
} from './text';

/** Channel mix: mostly twitter, a trickle (~1% each) of contact-centre email, phone and web forms. */
export const CHANNEL_WEIGHTS: readonly (readonly [Channel, number])[] = [
  ['twitter', 42], ['facebook', 14], ['instagram', 12], ['forum', 9], ['blog', 4], ['news', 5],
  ['review', 11], ['email', 1], ['phone', 1], ['web', 1],
];
const STYLE: Record<Channel, Style> = {
  twitter: 'social', facebook: 'social', instagram: 'social', forum: 'forum', blog: 'blog', news: 'news',
  review: 'review', email: 'email', phone: 'phone', web: 'web', other: 'social',
};
/** Default polarity mix (positive, neutral, negative), varied per brand by up to ±6 points. */
const POLARITY_MIX = [0.3, 0.45, 0.25] as const;
const POLARITY_JITTER = 0.12;
/** Polarity mix of incident posts. */
const INCIDENT_MIX = [0.03, 0.09, 0.88] as const;
/** Share of mentions that are about a topic (the rest get a generic word). */
const TOPIC_SHARE = 0.65;
/** Share of mentions naming a second brand (comparisons), in social, forum, review and blog posts. */
const COMPARISON_SHARE = 0.05 / 0.8; // those styles carry ~80% of the volume: ~5% overall
/** Geotaggers geotag about half of their social posts. */
const GEOTAG_SHARE = 0.5;
/** Geotag jitter around the city centre, in degrees of latitude (~7 km). */
const GEO_JITTER_DEG = 0.06;

export interface SimBrand {
  id: string;
  forms: BrandForms;
  query: string;
  /** Cumulative polarity probabilities: positive below [0], neutral below [1]. */
  pol: [number, number];
  topics: TopicText[];
  slug: string;
}

export function orderedBrandWeights(cfg: TrackingConfig): number[] {
  // Own brand(s) first, then the rest in config order; weight 1/(rank + 1.5) gives 42/25/18/14 for four.
  const order = cfg.brands.map((b, i) => ({ own: b.own, i })).sort((a, b) => Number(b.own) - Number(a.own) || a.i - b.i);
  const w = new Array<number>(cfg.brands.length);
  order.forEach((o, rank) => { w[o.i] = 1 / (rank + 1.5); });
  return w;
}

const polarityOf = (u: number, cum: readonly [number, number]): Polarity => (u < cum[0] ? 'positive' : u < cum[1] ? 'neutral' : 'negative');

function slugify(s: string): string {
  return s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'x';
}

export class MentionFactory {
  readonly brands: SimBrand[];
  readonly brandPicker: WeightedPicker<number>;
  private readonly channelPicker = new WeightedPicker(CHANNEL_WEIGHTS.map((c) => c[0]), CHANNEL_WEIGHTS.map((c) => c[1]));
  private readonly banks: Record<Style, CompiledBank>;
  private readonly comparisons = compileBank(COMPARISONS, { pair: true });
  private readonly incidentSocial = compileBank(INCIDENT_SOCIAL);
  private readonly incidentNews = compileBank(INCIDENT_NEWS);
  private readonly foreign: Record<string, CompiledBank>;
  private readonly topicTags = new Map<string, string>();

  constructor(cfg: TrackingConfig, seed: number, private readonly pool: AuthorPool) {
    const topics = cfg.topics.map((t) => ({ ...topicText(t), brands: t.brands }));
    for (const t of topics) this.topicTags.set(t.id, t.tag);
    this.brands = cfg.brands.map((b, i) => {
      const d = (hash4(seed, i, 0xb4a) / 4294967296 - 0.5) * POLARITY_JITTER;
      const pos = POLARITY_MIX[0] + d;
      return {
        id: b.id, forms: brandForms(b), query: b.queries[0] ?? b.name,
        pol: [pos, pos + POLARITY_MIX[1]],
        topics: topics.filter((t) => t.brands.length === 0 || t.brands.includes(b.id)),
        slug: slugify(b.id),
      };
    });
    this.brandPicker = new WeightedPicker(this.brands.map((_, i) => i), orderedBrandWeights(cfg));
    this.banks = Object.fromEntries(Object.entries(TEMPLATES).map(([k, v]) => [k, compileBank(v)])) as Record<Style, CompiledBank>;
    this.foreign = Object.fromEntries(Object.entries(FOREIGN).map(([k, v]) => [k, compileBank(v, { english: false })]));
  }

  /** One mention about brand `bi` at time t; `serial` is a number unique to the mention's time. */
  build(rng: Rng, id: string, t: number, serial: number, bi: number, incident?: Incident): Mention {
    const brand = this.brands[bi];
    const channel = this.channelPicker.pick(rng);
    const style = STYLE[channel];
    const pol = polarityOf(rng.next(), incident ? [INCIDENT_MIX[0], INCIDENT_MIX[0] + INCIDENT_MIX[1]] : brand.pol);
    let topic: string | undefined;
    let topicTag: string | undefined;
    let topicId = '';
    if (incident) {
      topic = incident.term;
      topicTag = this.topicTags.get(incident.topic);
      topicId = incident.topic;
    } else if (brand.topics.length && rng.chance(TOPIC_SHARE)) {
      const tp = rng.pick(brand.topics);
      topic = rng.pick(pol === 'negative' ? tp.phrases : tp.plain);
      topicTag = tp.tag;
      topicId = tp.id;
    }
    let brand2: SimBrand | undefined;
    if (!incident && this.brands.length > 1 && style !== 'news' && style !== 'email' && style !== 'phone' && style !== 'web'
      && rng.chance(COMPARISON_SHARE)) {
      for (let k = 0; k < 8 && (!brand2 || brand2 === brand); k++) brand2 = this.brands[this.brandPicker.pick(rng)];
      if (brand2 === brand) brand2 = this.brands[(bi + 1) % this.brands.length];
    }

    const a = this.pool.picker.pick(rng);
    const social = style === 'social';
    const ctx: FillContext = {
      pol, formal: !social && style !== 'forum', brand: brand.forms, brand2: brand2?.forms, topic, topicTag,
      incidentTag: incident?.hashtag, firstName: a.first, who: '@' + this.pool.authors[rng.int(this.pool.authors.length)].handle,
    };
    let lang = 'en';
    let bank: CompiledBank;
    if (incident) bank = social ? this.incidentSocial : style === 'news' ? this.incidentNews : this.banks[style];
    else if (brand2) bank = this.comparisons;
    else if (social && a.lang !== 'en' && this.foreign[a.lang]) { bank = this.foreign[a.lang]; lang = a.lang; } else bank = this.banks[style];
    const list: Template[] = bank[pol];
    let text = fill(list[rng.int(list.length)], ctx, rng);
    if (social) text = socialize(text, ctx, rng, channel as 'twitter' | 'facebook' | 'instagram');
    else if (incident && (style === 'forum' || style === 'blog') && rng.chance(0.4)) text += ' ' + incident.hashtag;

    const outlet = style === 'news' ? this.pool.outlets[rng.int(this.pool.outlets.length)] : undefined;
    let author: NonNullable<Mention['author']>;
    if (outlet) {
      author = { handle: outlet.handle, name: outlet.name, followers: outlet.followers, location: outlet.city.forms[0] };
    } else if (style === 'email' || style === 'phone' || style === 'web') {
      author = a.location ? { name: a.name, location: a.location } : { name: a.name };
    } else if (style === 'review') {
      author = a.location ? { name: a.short, location: a.location } : { name: a.short };
    } else if (style === 'forum') {
      author = a.location ? { handle: a.handle, location: a.location } : { handle: a.handle };
    } else {
      author = { handle: a.handle, name: a.name, followers: a.followers };
      if (a.location) author.location = a.location;
      if (a.timezone) author.timezone = a.timezone;
    }
    const m: Mention = { id, channel, text, createdAt: t, author, lang, query: brand.query };
    const url = this.url(channel, a, brand, serial, t, topicId, outlet?.handle);
    if (url) m.url = url;
    if (social || style === 'blog' || style === 'news' || style === 'forum' || style === 'review') {
      m.engagement = engagement(rng, author.followers ?? 0, pol, style);
    }
    if (social && a.geotagger && rng.chance(GEOTAG_SHARE)) m.geo = jitter(rng, a.city.lat, a.city.lon);
    return m;
  }

  private url(channel: Channel, a: SimAuthor, brand: SimBrand, serial: number, t: number, topicId: string, outlet?: string): string | undefined {
    switch (channel) {
      case 'twitter': return `https://twitter.example/${a.handle}/status/${serial}`;
      case 'facebook': return `https://facebook.example/${a.handle}/posts/${serial}`;
      case 'instagram': return `https://instagram.example/p/${serial}`;
      case 'forum': return `https://forum.example/t/${brand.slug}-${topicId || 'general'}/${serial % 10_000_000}`;
      case 'blog': return `https://${a.handle.toLowerCase().replace(/_/g, '-')}.blog.example/${new Date(t).toISOString().slice(0, 7).replace('-', '/')}/${brand.slug}-${serial}`;
      case 'news': return `https://news.example/${outlet}/${new Date(t).toISOString().slice(0, 10)}/${brand.slug}-${serial}`;
      case 'review': return `https://reviews.example/${brand.slug}/review-${serial}`;
      case 'web': return `https://www.${brand.slug}.example/contact`;
      default: return undefined;
    }
  }
}

/** Engagement grows with followers (sub-linearly), with log-normal luck; complaints draw replies. */
function engagement(rng: Rng, followers: number, pol: Polarity, style: Style): { likes: number; shares: number; replies: number } {
  const luck = Math.exp(0.9 * rng.normal());
  if (style === 'review') return { likes: Math.floor(3 * luck * rng.next()), shares: 0, replies: rng.chance(0.1) ? 1 : 0 };
  if (style === 'forum') return { likes: Math.floor(4 * luck * rng.next()), shares: 0, replies: Math.floor(12 * luck * rng.next()) };
  const base = Math.pow(followers + 1, 0.75) * 0.05 * luck * (pol === 'negative' ? 1.3 : 1);
  const likes = Math.floor(base);
  const shares = Math.floor(likes * (0.05 + 0.25 * rng.next()) * (style === 'social' ? 1 : 0.5));
  const replies = Math.floor(likes * (0.03 + 0.15 * rng.next()) + (pol === 'negative' ? 2 * rng.next() : 0));
  return { likes, shares, replies };
}

function jitter(rng: Rng, lat: number, lon: number): { lat: number; lon: number } {
  const la = Math.max(-90, Math.min(90, lat + GEO_JITTER_DEG * rng.normal()));
  let lo = lon + (GEO_JITTER_DEG * rng.normal()) / Math.max(0.2, Math.cos((lat * Math.PI) / 180));
  if (lo > 180) lo -= 360; else if (lo < -180) lo += 360;
  return { lat: Math.round(la * 1e5) / 1e5, lon: Math.round(lo * 1e5) / 1e5 };
}
