/**
 * Scripted incidents: now and then a negative burst on one brand and one topic ("#NimbusBatteryFail",
 * "overheating"), so the wall shows a spike and alert detectors have something to find.
 *
 * The schedule is a function of (seed, UTC day): each day is planned on its own as a renewal
 * process (quiet gap, incident, quiet gap, ...) and every incident ends within its day, so any
 * window's incidents can be computed without knowing what was asked before, and incidents never
 * overlap.
 */
import { DAY_MS, MINUTE_MS } from '../../../shared/constants';
import { Rng, WeightedPicker, hash4 } from './prng';
import { dailyRhythm } from './rhythm';
import { INCIDENT_SUFFIXES } from './templates';
import type { TopicText } from './text';

export interface Incident {
  /** Brand id. */
  brand: string;
  /** Topic id ('' when the config has no topic for the brand). */
  topic: string;
  /** [start, end) in epoch ms. */
  start: number;
  end: number;
  /** Peak multiplier of the brand's mention rate (3–8). */
  multiplier: number;
  /** The hashtag the burst shares ("#NimbusBatteryFail"). */
  hashtag: string;
  /** The topic term the burst repeats ("overheating"). */
  term: string;
}

export const INCIDENT_MIN_MS = 5 * MINUTE_MS;
export const INCIDENT_MAX_MS = 20 * MINUTE_MS;
export const INCIDENT_MIN_MULTIPLIER = 3;
export const INCIDENT_MAX_MULTIPLIER = 8;
/** Quiet time between two incidents is at least this (so a detector sees the baseline again). */
export const INCIDENT_MIN_QUIET_MS = 5 * MINUTE_MS;
/** Days of plans kept in memory. */
const PLAN_CACHE_DAYS = 8;
/** Integration step for an incident's extra volume (the envelope is piecewise linear). */
const INTEGRATION_STEP_MS = 15_000;
const INCIDENT_SALT = 0x1c1d;

export interface IncidentBrand { id: string; name: string; weight: number }
export interface IncidentTopic extends TopicText { brands: string[] }

/**
 * Envelope of an incident's extra volume over its life, in (0, 1]: it ramps up over the first
 * 10% (from half strength), holds, and decays over the last 30% to 40%. The mean is about 0.88.
 */
export function incidentEnvelope(inc: Incident, t: number): number {
  if (t < inc.start || t >= inc.end) return 0;
  const x = (t - inc.start) / (inc.end - inc.start);
  if (x < 0.1) return 0.5 + 5 * x;
  if (x < 0.7) return 1;
  return 1 - 2 * (x - 0.7);
}

function alnum(s: string): string {
  return s.replace(/[^\p{L}\p{N}]+/gu, '');
}

/** "customer-service" -> "CustomerService". */
function camel(id: string): string {
  return id.split(/[^\p{L}\p{N}]+/u).filter(Boolean).map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join('');
}

interface DayPlan {
  incidents: Incident[];
  /** Factor on the day's base rate so that the day's mean rate, bursts included, is the configured rate. */
  baseFactor: number;
}

export class IncidentSchedule {
  private readonly cache = new Map<number, DayPlan>();
  private readonly shares: Map<string, number>;
  private readonly brandPicker: WeightedPicker<IncidentBrand>;
  private readonly rng = new Rng();

  constructor(
    private readonly seed: number,
    /** Mean quiet gap between incidents (ms); 0 disables them. */
    private readonly everyMs: number,
    private readonly brands: IncidentBrand[],
    private readonly topics: IncidentTopic[],
  ) {
    this.brandPicker = new WeightedPicker(brands, brands.map((b) => b.weight));
    this.shares = new Map(brands.map((b, i) => [b.id, this.brandPicker.share(i)]));
  }

  /** The share of the base stream that names this brand. */
  brandShare(id: string): number { return this.shares.get(id) ?? 0; }

  /**
   * Factor on the base rate of the UTC day holding t (1 without incidents). Bursts add volume;
   * the base rate of their day is lowered by exactly what they add, so that `rate` stays the
   * mean over a day. (It changes a little at 00:00 UTC, well within the noise.)
   */
  baseFactor(t: number): number {
    return this.everyMs > 0 ? this.day(Math.floor(t / DAY_MS)).baseFactor : 1;
  }

  /** Incidents overlapping [from, to), in time order. */
  between(from: number, to: number): Incident[] {
    if (!(this.everyMs > 0) || !(to > from)) return [];
    const out: Incident[] = [];
    const last = Math.floor((to - 1) / DAY_MS);
    for (let day = Math.floor(from / DAY_MS); day <= last; day++) {
      for (const inc of this.day(day).incidents) if (inc.start < to && inc.end > from) out.push(inc);
    }
    return out;
  }

  private day(day: number): DayPlan {
    const hit = this.cache.get(day);
    if (hit) return hit;
    const plan = this.plan(day);
    if (this.cache.size >= PLAN_CACHE_DAYS) this.cache.delete(this.cache.keys().next().value as number);
    this.cache.set(day, plan);
    return plan;
  }

  private gap(): number {
    // Quiet gap: a floor plus an exponential, with the configured mean.
    const rng = this.rng;
    if (this.everyMs > 2 * INCIDENT_MIN_QUIET_MS) return INCIDENT_MIN_QUIET_MS + rng.exp() * (this.everyMs - INCIDENT_MIN_QUIET_MS);
    return rng.exp() * this.everyMs;
  }

  private plan(day: number): DayPlan {
    const rng = this.rng.seed(hash4(this.seed, day >>> 0, Math.floor(day / 4294967296), INCIDENT_SALT));
    const dayStart = day * DAY_MS;
    const dayEnd = dayStart + DAY_MS;
    const out: Incident[] = [];
    let t = dayStart + this.gap();
    for (;;) {
      const duration = Math.round(INCIDENT_MIN_MS + rng.next() * (INCIDENT_MAX_MS - INCIDENT_MIN_MS));
      const start = Math.floor(t);
      const end = start + duration;
      if (end > dayEnd) break;
      const brand = this.brandPicker.pick(rng);
      const topics = this.topics.filter((tp) => tp.brands.length === 0 || tp.brands.includes(brand.id));
      const topic = topics.length ? rng.pick(topics) : undefined;
      const multiplier = Math.round((INCIDENT_MIN_MULTIPLIER + rng.next() * (INCIDENT_MAX_MULTIPLIER - INCIDENT_MIN_MULTIPLIER)) * 10) / 10;
      const suffix = rng.pick(INCIDENT_SUFFIXES);
      const term = topic ? rng.pick(topic.problems) : 'outage';
      const topicWord = topic ? camel(topic.id) : 'Outage';
      const hashtag = `#${alnum(brand.name)}${topicWord}${suffix}`;
      out.push({ brand: brand.id, topic: topic?.id ?? '', start, end, multiplier, hashtag, term });
      t = end + this.gap();
    }
    // Extra volume of the bursts relative to the day's base volume (both follow the rhythm; the
    // noise has mean 1 and is left out).
    let extra = 0;
    for (const inc of out) {
      const share = this.brandShare(inc.brand) * (inc.multiplier - 1);
      for (let x = inc.start + INTEGRATION_STEP_MS / 2; x < inc.end; x += INTEGRATION_STEP_MS) {
        extra += share * incidentEnvelope(inc, x) * dailyRhythm(x) * Math.min(INTEGRATION_STEP_MS, inc.end - x + INTEGRATION_STEP_MS / 2);
      }
    }
    return { incidents: out, baseFactor: 1 / (1 + extra / DAY_MS) };
  }
}
