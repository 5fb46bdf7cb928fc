/**
 * A deterministic pool of simulated authors: handles, names, heavy-tailed follower counts with a
 * few influencers (> 100k, some > 1M), a home city and how (whether) they show it.
 */
import { CITIES, VAGUE_LOCATIONS, type City } from './cities';
import { FIRST_NAMES, HANDLE_WORDS, LAST_NAMES, OUTLETS } from './names';
import { Rng, WeightedPicker, hash4 } from './prng';

export const AUTHOR_POOL_SIZE = 3000;
/** Share of the pool that are influencers (followers from a Pareto tail above 100k). */
const INFLUENCER_SHARE = 0.015;
const INFLUENCER_MIN_FOLLOWERS = 100_000;
const INFLUENCER_MAX_FOLLOWERS = 50_000_000;
/** The first few influencers are celebrities, so every pool has some > 1M. */
const CELEBRITIES = 3;
const CELEBRITY_MIN_FOLLOWERS = 1_000_000;
/** Log-normal followers of ordinary authors: median e^5.5 ≈ 245. */
const FOLLOWERS_LOG_MEAN = 5.5;
const FOLLOWERS_LOG_SD = 1.7;
/** Share of authors whose profile shows a location; of those, the share that wrote a vague one. */
const SHOWS_LOCATION = 0.62;
const VAGUE_SHARE = 0.08;
/** Share of authors who geotag; they geotag about half of their social posts (~10% overall). */
const GEOTAGGER_SHARE = 0.3;
/** Share of authors whose profile exposes a timezone. */
const TIMEZONE_SHARE = 0.25;
/** Share of locals of a city with a language (es, pt, fr, de) who post in it. */
const LOCAL_LANG_SHARE = 0.35;

export interface SimAuthor {
  handle: string;
  name: string;
  /** First name (email sign-offs) and "First L." (reviews). */
  first: string;
  short: string;
  followers: number;
  city: City;
  /** The location text of the profile, if any. */
  location?: string;
  timezone?: string;
  geotagger: boolean;
  lang: string;
  influencer: boolean;
}

export interface AuthorPool {
  authors: SimAuthor[];
  /** Picks an author, weighted by how active they are (a few post a lot). */
  picker: WeightedPicker<SimAuthor>;
  outlets: { name: string; handle: string; followers: number; city: City }[];
}

const cityPicker = new WeightedPicker(CITIES, CITIES.map((c) => c.w));
const cityByName = new Map(CITIES.map((c) => [c.name, c]));

function ascii(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^A-Za-z0-9]/g, '');
}

function makeHandle(rng: Rng, first: string, last: string): string {
  const f = ascii(first);
  const l = ascii(last);
  switch (rng.int(8)) {
    case 0: return (f + l).toLowerCase();
    case 1: return `${f.toLowerCase()}_${l.toLowerCase()}`;
    case 2: return `${f}${rng.range(1, 99)}`;
    case 3: return `${f.toLowerCase()}${l.charAt(0).toLowerCase()}${rng.range(80, 2009)}`;
    case 4: return `${rng.pick(HANDLE_WORDS)}_${f.toLowerCase()}`;
    case 5: return `${rng.pick(HANDLE_WORDS)}${rng.pick(HANDLE_WORDS)}${rng.range(1, 999)}`;
    case 6: return `${f}${l}`;
    default: return `the${f}${l.charAt(0)}`;
  }
}

export function createAuthorPool(seed: number, size = AUTHOR_POOL_SIZE): AuthorPool {
  const rng = new Rng();
  const authors: SimAuthor[] = [];
  const weights: number[] = [];
  const seen = new Set<string>();
  const influencers = Math.max(CELEBRITIES + 1, Math.round(size * INFLUENCER_SHARE));
  for (let i = 0; i < size; i++) {
    rng.seed(hash4(seed, i, 0xa07));
    const city = cityPicker.pick(rng);
    const first = rng.pick(FIRST_NAMES[city.names]);
    const last = rng.pick(LAST_NAMES[city.names]);
    let handle = makeHandle(rng, first, last).slice(0, 15);
    while (seen.has(handle.toLowerCase())) handle = `${handle.slice(0, 11)}${rng.range(1, 9999)}`;
    seen.add(handle.toLowerCase());
    // Influencers are spread through the pool (every k-th author), not bunched at its start.
    const influencerRank = i % Math.floor(size / influencers) === 0 ? Math.floor(i / Math.floor(size / influencers)) : -1;
    const influencer = influencerRank >= 0 && influencerRank < influencers;
    let followers: number;
    if (influencer && influencerRank < CELEBRITIES) {
      followers = Math.round(CELEBRITY_MIN_FOLLOWERS * Math.exp(rng.next() * 2)); // 1M–7.4M
    } else if (influencer) {
      // Pareto(α = 1.1) above 100k: most between 100k and 500k, a few in the millions.
      followers = Math.min(INFLUENCER_MAX_FOLLOWERS, Math.round(INFLUENCER_MIN_FOLLOWERS * Math.pow(1 - rng.next(), -1 / 1.1)));
    } else {
      followers = Math.min(INFLUENCER_MIN_FOLLOWERS - 1, Math.round(Math.exp(FOLLOWERS_LOG_MEAN + FOLLOWERS_LOG_SD * rng.normal())));
    }
    let location: string | undefined;
    if (rng.chance(SHOWS_LOCATION)) location = rng.chance(VAGUE_SHARE) ? rng.pick(VAGUE_LOCATIONS) : rng.pick(city.forms);
    const timezone = rng.chance(TIMEZONE_SHARE) ? city.tz : undefined;
    const lang = city.lang && rng.chance(LOCAL_LANG_SHARE) ? city.lang : 'en';
    const name = rng.chance(0.15) ? `${first} ${last.charAt(0)}.` : `${first} ${last}`;
    authors.push({ handle, name, first, short: `${first} ${last.charAt(0)}.`, followers, city, location, timezone, geotagger: rng.chance(GEOTAGGER_SHARE), lang, influencer });
    // Activity: log-normal, so a few authors post much more than most; influencers post steadily.
    weights.push(influencer ? 2 : Math.exp(0.9 * rng.normal()));
  }
  const outlets = OUTLETS.map((o) => ({ name: o.name, handle: o.slug, followers: o.followers, city: cityByName.get(o.city) ?? CITIES[0] }));
  return { authors, picker: new WeightedPicker(authors, weights), outlets };
}
