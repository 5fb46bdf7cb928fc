import { readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { DAY_MS, HOUR_MS, INFLUENCER_FOLLOWERS, MINUTE_MS } from '../../shared/constants';
import { CHANNELS, MentionSchema, type Mention } from '../../shared/mention';
import { TrackingConfigSchema, type TrackingConfig } from '../../shared/tracking';
import { ManualClock } from '../../server/clock';
import {
  NEG_RE, POS_RE, createSimulator, simulatorSource, type Incident,
} from '../../server/sources/simulator';

const config: TrackingConfig = TrackingConfigSchema.parse(
  JSON.parse(readFileSync(new URL('../../server/config/default.tracking.json', import.meta.url), 'utf8')),
);
/** A Wednesday, 00:00 UTC. */
const DAY0 = Date.UTC(2025, 0, 15);
const EXPECTED_CHANNELS = ['twitter', 'facebook', 'instagram', 'forum', 'blog', 'news', 'review', 'email', 'phone', 'web'] as const;

const brandByQuery = new Map(config.brands.map((b) => [b.queries[0] ?? b.name, b]));
const formsOf = (b: TrackingConfig['brands'][number]) =>
  [b.name, ...b.aliases, ...b.handles, ...b.hashtags].map((f) => f.toLowerCase());
const namesBrand = (text: string, b: TrackingConfig['brands'][number]) => {
  const lower = text.toLowerCase();
  return formsOf(b).some((f) => lower.includes(f));
};
const brandOf = (m: Mention) => brandByQuery.get(m.query ?? '')!.id;
const share = (xs: Mention[], p: (m: Mention) => boolean) => xs.filter(p).length / xs.length;

/** Generates [from, to) in hour-long calls (bounded memory), calling `each` on every mention. */
function sweep(sim: ReturnType<typeof createSimulator>, from: number, to: number, each: (m: Mention) => void): void {
  for (let t = from; t < to; t += HOUR_MS) for (const m of sim.generate(t, Math.min(to, t + HOUR_MS))) each(m);
}

describe('simulator: determinism and windows', () => {
  it('same seed and window give identical mentions; another seed gives others', () => {
    const a = createSimulator({ config, rate: 20, seed: 1 }).generate(DAY0, DAY0 + 5 * MINUTE_MS);
    const b = createSimulator({ config, rate: 20, seed: 1 }).generate(DAY0, DAY0 + 5 * MINUTE_MS);
    const c = createSimulator({ config, rate: 20, seed: 2 }).generate(DAY0, DAY0 + 5 * MINUTE_MS);
    expect(a.length).toBeGreaterThan(1000);
    expect(b).toEqual(a);
    const ids = new Set(a.map((m) => m.id));
    expect(c.filter((m) => ids.has(m.id))).toHaveLength(0);
    const textsA = a.map((m) => m.text).join('\n');
    expect(c.map((m) => m.text).join('\n')).not.toEqual(textsA);
    expect(c.length).not.toBe(a.length);
  });

  it('does not depend on what was generated before (order of calls)', () => {
    const sim = createSimulator({ config, rate: 20, seed: 3 });
    const late = sim.generate(DAY0 + HOUR_MS, DAY0 + HOUR_MS + 60_000);
    sim.generate(DAY0, DAY0 + 30_000);
    expect(sim.generate(DAY0 + HOUR_MS, DAY0 + HOUR_MS + 60_000)).toEqual(late);
  });

  it('adjacent windows continue the same stream: the pieces equal the whole, no duplicate ids', () => {
    const sim = createSimulator({ config, rate: 20, seed: 4 });
    const from = DAY0 + 9 * HOUR_MS;
    const to = from + 10 * MINUTE_MS;
    const whole = sim.generate(from, to);
    const pieces: Mention[] = [];
    // Uneven, fractional boundaries (a scaled clock gives fractional times).
    for (let t = from, k = 0; t < to; k++) {
      const next = Math.min(to, t + 250 + (k % 7) * 113.37);
      pieces.push(...sim.generate(t, next));
      t = next;
    }
    expect(pieces.map((m) => m.id)).toEqual(whole.map((m) => m.id));
    expect(new Set(whole.map((m) => m.id)).size).toBe(whole.length);
    for (let i = 1; i < whole.length; i++) expect(whole[i].createdAt).toBeGreaterThanOrEqual(whole[i - 1].createdAt);
    for (const m of whole) {
      expect(m.createdAt).toBeGreaterThanOrEqual(from);
      expect(m.createdAt).toBeLessThan(to);
    }
  });

  it('handles empty, reversed and zero-rate windows; rejects bad options', () => {
    const sim = createSimulator({ config, rate: 20, seed: 5 });
    expect(sim.generate(DAY0, DAY0)).toEqual([]);
    expect(sim.generate(DAY0 + 10, DAY0)).toEqual([]);
    expect(createSimulator({ config, rate: 0, seed: 5 }).generate(DAY0, DAY0 + HOUR_MS)).toEqual([]);
    expect(() => createSimulator({ config, rate: -1, seed: 5 })).toThrow(RangeError);
    expect(() => createSimulator({ config, rate: Number.NaN, seed: 5 })).toThrow(RangeError);
    expect(() => createSimulator({ config, rate: 1, seed: Number.POSITIVE_INFINITY })).toThrow(RangeError);
  });
});

describe('simulator: a simulated day (rate 2, no incidents)', () => {
  const RATE = 2;
  const day: Mention[] = [];
  const perHour = new Array<number>(24).fill(0);
  beforeAll(() => {
    const sim = createSimulator({ config, rate: RATE, seed: 11, incidentEveryMs: 0 });
    sweep(sim, DAY0, DAY0 + DAY_MS, (m) => {
      day.push(m);
      perHour[Math.floor((m.createdAt - DAY0) / HOUR_MS)]++;
    });
  });

  it('mean rate over the day is the configured rate (±10%)', () => {
    const mean = day.length / (DAY_MS / 1000);
    expect(Math.abs(mean - RATE) / RATE).toBeLessThan(0.1);
  });

  it('mean rate over a day stays the configured rate with the default incidents (bursts included)', () => {
    for (const seed of [11, 12]) {
      const sim = createSimulator({ config, rate: RATE, seed });
      let n = 0;
      sweep(sim, DAY0 + DAY_MS, DAY0 + 2 * DAY_MS, () => { n++; });
      expect(sim.incidents(DAY0 + DAY_MS, DAY0 + 2 * DAY_MS).length).toBeGreaterThan(10);
      expect(Math.abs(n / (DAY_MS / 1000) - RATE) / RATE).toBeLessThan(0.1);
    }
  });

  it('follows a daily rhythm: the night (04:00 UTC) is clearly quieter than the peak', () => {
    const night = perHour[4];
    const peak = Math.max(...perHour);
    expect(perHour.indexOf(peak)).toBeGreaterThanOrEqual(13);
    expect(perHour.indexOf(peak)).toBeLessThanOrEqual(20);
    expect(peak / night).toBeGreaterThan(2);
    expect(Math.min(...perHour)).toBe(Math.min(perHour[3], perHour[4], perHour[5]));
  });

  it('every mention passes MentionSchema and parses to itself', () => {
    const bad = day.filter((m) => {
      const r = MentionSchema.safeParse(m);
      return !r.success || !isDeepStrictEqual(r.data, m);
    });
    expect(bad.slice(0, 3)).toEqual([]);
  });

  it('channel mix: every channel, twitter most, a trickle (~1%) of email, phone and web', () => {
    const counts = new Map<string, number>();
    for (const m of day) counts.set(m.channel, (counts.get(m.channel) ?? 0) + 1);
    for (const ch of EXPECTED_CHANNELS) expect(counts.get(ch) ?? 0, ch).toBeGreaterThan(0);
    expect(CHANNELS).toEqual(expect.arrayContaining([...EXPECTED_CHANNELS]));
    const sorted = [...counts.entries()].sort((a, b) => b[1] - a[1]);
    expect(sorted[0][0]).toBe('twitter');
    for (const ch of ['email', 'phone', 'web']) {
      const s = (counts.get(ch) ?? 0) / day.length;
      expect(s, ch).toBeGreaterThan(0.005);
      expect(s, ch).toBeLessThan(0.02);
    }
  });

  it('brand mix: own brand most, then competitors in order; ~5% name two brands', () => {
    const counts = config.brands.map((b) => day.filter((m) => brandOf(m) === b.id).length / day.length);
    expect(counts[0]).toBeGreaterThan(0.35);
    expect(counts[0]).toBeLessThan(0.5);
    for (let i = 1; i < counts.length; i++) expect(counts[i]).toBeLessThan(counts[i - 1]);
    expect(counts[counts.length - 1]).toBeGreaterThan(0.08);
    const two = share(day, (m) => config.brands.filter((b) => namesBrand(m.text, b)).length >= 2);
    expect(two).toBeGreaterThan(0.03);
    expect(two).toBeLessThan(0.08);
  });

  it('every text names its brand (name, alias, handle or hashtag) and query is the brand query', () => {
    const bad = day.filter((m) => {
      const b = brandByQuery.get(m.query ?? '');
      return !b || !namesBrand(m.text, b);
    });
    expect(bad.slice(0, 3)).toEqual([]);
    // Disguised and misspelled aliases appear too.
    const all = day.map((m) => m.text).join('\n');
    for (const alias of ['N1mbus', 'Nimbuz', 'Z3phyr', '0rbix', 'Kestral']) expect(all).toContain(alias);
    for (const h of ['@NimbusCares', '#Nimbus', '@ZephyrHelp']) expect(all).toContain(h);
  });

  it('texts use social-media style: slang, leetspeak, emoji, hashtags, long formats per channel', () => {
    const social = day.filter((m) => m.channel === 'twitter');
    for (const w of [/\bsmh\b/i, /\blol\b/i, /\bngl\b/i, /\btbh\b/i, /\bfml\b/i, /so{3,}/i, /!!!/, /suxx0rs|r0xx0rs|pwn3d/i, /😡|😍|🔥/u]) {
      expect(social.some((m) => w.test(m.text)), String(w)).toBe(true);
    }
    expect(social.every((m) => m.text.length <= 280)).toBe(true);
    const avg = (ch: string) => { const xs = day.filter((m) => m.channel === ch); return xs.reduce((s, m) => s + m.text.length, 0) / xs.length; };
    expect(avg('blog')).toBeGreaterThan(1.5 * avg('twitter'));
    expect(day.filter((m) => m.channel === 'phone').every((m) => /^(Caller|Customer called)/.test(m.text))).toBe(true);
    expect(day.filter((m) => m.channel === 'review').some((m) => /★|\d\/5|stars?\./.test(m.text))).toBe(true);
    expect(day.filter((m) => m.channel === 'email').every((m) => m.text.startsWith('Subject: '))).toBe(true);
    expect(day.filter((m) => m.channel === 'web').every((m) => m.text.startsWith('Web form'))).toBe(true);
    expect(share(day, (m) => m.lang === 'en')).toBeGreaterThan(0.9);
  });

  it('polarity mix is about 30% positive, 25% negative (English posts)', () => {
    const en = day.filter((m) => m.lang === 'en');
    const pos = share(en, (m) => POS_RE.test(m.text));
    const neg = share(en, (m) => NEG_RE.test(m.text));
    expect(pos).toBeGreaterThan(0.22);
    expect(pos).toBeLessThan(0.38);
    expect(neg).toBeGreaterThan(0.17);
    expect(neg).toBeLessThan(0.33);
    expect(share(en, (m) => POS_RE.test(m.text) && NEG_RE.test(m.text))).toBeLessThan(0.01);
  });

  it('topic keywords from the config appear in most texts', () => {
    const alts = config.topics.flatMap((t) => t.keywords).map((k) => {
      const word = k.endsWith('*') ? k.slice(0, -1) : k;
      const esc = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      return `${esc}${k.endsWith('*') ? '' : '(?![\\p{L}\\p{N}])'}`;
    });
    const re = new RegExp(`(?:^|[^\\p{L}\\p{N}])(?:${alts.join('|')})`, 'iu');
    const withTopic = share(day, (m) => re.test(m.text));
    expect(withTopic).toBeGreaterThan(0.5);
    for (const t of config.topics) {
      const hit = day.some((m) => t.keywords.some((k) => m.text.toLowerCase().includes(k.replace('*', '').toLowerCase())));
      expect(hit, t.id).toBe(true);
    }
  });

  it('authors: heavy-tailed followers with influencers (> 100k, some > 1M)', () => {
    const followers = day.map((m) => m.author?.followers).filter((f): f is number => f !== undefined);
    const sorted = [...followers].sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)];
    expect(median).toBeGreaterThan(50);
    expect(median).toBeLessThan(2000);
    const influencers = new Set(day.filter((m) => (m.author?.followers ?? 0) >= INFLUENCER_FOLLOWERS && m.channel !== 'news').map((m) => m.author!.handle));
    expect(influencers.size).toBeGreaterThan(10);
    expect(day.some((m) => (m.author?.followers ?? 0) > 1_000_000 && m.channel !== 'news')).toBe(true);
    const handles = new Set(day.map((m) => m.author?.handle).filter(Boolean));
    expect(handles.size).toBeGreaterThan(1000);
  });

  it('engagement grows with followers', () => {
    const social = day.filter((m) => m.channel === 'twitter' && m.engagement);
    const mean = (xs: Mention[]) => xs.reduce((s, m) => s + m.engagement!.likes, 0) / Math.max(1, xs.length);
    const small = social.filter((m) => (m.author?.followers ?? 0) < 1000);
    const big = social.filter((m) => (m.author?.followers ?? 0) >= INFLUENCER_FOLLOWERS);
    expect(big.length).toBeGreaterThan(0);
    expect(mean(big)).toBeGreaterThan(20 * mean(small));
  });

  it('places: ~10% geo (jittered cities), ~60% location text, worldwide', () => {
    const geo = share(day, (m) => m.geo !== undefined);
    expect(geo).toBeGreaterThan(0.06);
    expect(geo).toBeLessThan(0.14);
    const loc = share(day, (m) => m.author?.location !== undefined);
    expect(loc).toBeGreaterThan(0.5);
    expect(loc).toBeLessThan(0.72);
    const locs = new Set(day.map((m) => m.author?.location).filter(Boolean));
    for (const l of ['NYC', 'London, UK', 'São Paulo', 'Mumbai, India', 'Austin, TX']) expect(locs.has(l), l).toBe(true);
    const lats = day.filter((m) => m.geo).map((m) => m.geo!.lat);
    expect(Math.min(...lats)).toBeLessThan(-20); // southern hemisphere too
    expect(Math.max(...lats)).toBeGreaterThan(45);
    expect(new Set(day.filter((m) => m.geo).map((m) => `${m.geo!.lat},${m.geo!.lon}`)).size).toBeGreaterThan(0.9 * lats.length);
  });

  it('urls use example domains', () => {
    expect(day.filter((m) => m.url && !/^https:\/\/[a-z0-9.-]+\.example\//.test(m.url)).slice(0, 3)).toEqual([]);
    expect(share(day, (m) => m.url !== undefined)).toBeGreaterThan(0.9);
  });
});

describe('simulator: scripted incidents', () => {
  const sim = createSimulator({ config, rate: 20, seed: 21 });
  const calm = createSimulator({ config, rate: 20, seed: 21, incidentEveryMs: 0 });
  const incidents = sim.incidents(DAY0, DAY0 + DAY_MS);

  it('happen over a day with the default settings, within their bounds, without overlapping', () => {
    expect(incidents.length).toBeGreaterThan(10);
    const brandIds = new Set(config.brands.map((b) => b.id));
    const topicIds = new Set(config.topics.map((t) => t.id));
    for (const [i, inc] of incidents.entries()) {
      expect(inc.end - inc.start).toBeGreaterThanOrEqual(5 * MINUTE_MS);
      expect(inc.end - inc.start).toBeLessThanOrEqual(20 * MINUTE_MS);
      expect(inc.multiplier).toBeGreaterThanOrEqual(3);
      expect(inc.multiplier).toBeLessThanOrEqual(8);
      expect(brandIds.has(inc.brand)).toBe(true);
      expect(topicIds.has(inc.topic)).toBe(true);
      expect(inc.hashtag).toMatch(/^#\w+$/);
      if (i > 0) expect(inc.start).toBeGreaterThanOrEqual(incidents[i - 1].end);
    }
    expect(new Set(incidents.map((i) => i.brand)).size).toBeGreaterThan(1);
    expect(createSimulator({ config, rate: 20, seed: 21 }).incidents(DAY0, DAY0 + DAY_MS)).toEqual(incidents);
    expect(createSimulator({ config, rate: 20, seed: 22 }).incidents(DAY0, DAY0 + DAY_MS)).not.toEqual(incidents);
    expect(calm.incidents(DAY0, DAY0 + DAY_MS)).toEqual([]);
    // A window returns exactly the incidents overlapping it.
    const inc = incidents[3];
    expect(sim.incidents(inc.start + 1000, inc.start + 2000)).toEqual([inc]);
    expect(sim.incidents(inc.end, inc.end + 1)).not.toContainEqual(inc);
  });

  it('more incidents with a shorter gap, none when disabled', () => {
    const often = createSimulator({ config, rate: 20, seed: 21, incidentEveryMs: 5 * MINUTE_MS });
    expect(often.incidents(DAY0, DAY0 + DAY_MS).length).toBeGreaterThan(incidents.length);
  });

  /** The window's mentions; "normal" is the base stream alone (ids without the burst's "-x"). */
  const check = (inc: Incident) => {
    const withInc = sim.generate(inc.start, inc.end);
    const without = withInc.filter((m) => !m.id.includes('-x'));
    const burst = withInc.filter((m) => m.id.includes('-x'));
    expect(burst.length).toBeGreaterThan(0);
    expect(burst.every((m) => brandOf(m) === inc.brand)).toBe(true); // other brands are unaffected
    const mine = withInc.filter((m) => brandOf(m) === inc.brand);
    const normal = without.filter((m) => brandOf(m) === inc.brand);
    return { mine, normal };
  };

  it('during an incident the brand volume is > 2x normal, mostly negative, with the shared hashtag and term', () => {
    for (const inc of incidents.slice(0, 6)) {
      const { mine, normal } = check(inc);
      expect(mine.length / normal.length, inc.hashtag).toBeGreaterThan(2);
      const negDuring = share(mine, (m) => NEG_RE.test(m.text));
      const negNormal = share(normal, (m) => NEG_RE.test(m.text));
      expect(negDuring, inc.hashtag).toBeGreaterThan(0.5);
      expect(negDuring).toBeGreaterThan(2 * negNormal);
      expect(share(mine, (m) => m.text.toLowerCase().includes(inc.hashtag.toLowerCase()))).toBeGreaterThan(0.2);
      expect(share(mine, (m) => m.text.toLowerCase().includes(inc.term.toLowerCase()))).toBeGreaterThan(0.4);
    }
  });

  it('shows as a spike in per-minute volume of the brand', () => {
    const inc = incidents.find((i) => i.end - i.start >= 10 * MINUTE_MS) ?? incidents[0];
    const before = sim.generate(inc.start - 10 * MINUTE_MS, inc.start).filter((m) => brandOf(m) === inc.brand).length / 10;
    const mid = inc.start + Math.floor((inc.end - inc.start) / 2);
    const peak = sim.generate(mid - 2 * MINUTE_MS, mid + 2 * MINUTE_MS).filter((m) => brandOf(m) === inc.brand).length / 4;
    expect(peak / before).toBeGreaterThan(2);
  });

  it('rateAt() tells the expected rate: a day of it averages to the rate, and it rises during a burst', () => {
    let sum = 0;
    for (let t = DAY0; t < DAY0 + DAY_MS; t += MINUTE_MS) sum += sim.rateAt(t + MINUTE_MS / 2);
    expect(Math.abs(sum / (DAY_MS / MINUTE_MS) - 20) / 20).toBeLessThan(0.03);
    const inc = incidents[0];
    const mid = inc.start + Math.floor((inc.end - inc.start) / 2);
    const got = sim.generate(mid - MINUTE_MS, mid + MINUTE_MS).length / 120;
    expect(Math.abs(got - sim.rateAt(mid)) / sim.rateAt(mid)).toBeLessThan(0.25);
  });
});

describe('simulator: other configs', () => {
  it('works with one brand and no topics', () => {
    const one = TrackingConfigSchema.parse({ brands: [{ id: 'acme', name: 'Acme' }] });
    const sim = createSimulator({ config: one, rate: 20, seed: 1, incidentEveryMs: 5 * MINUTE_MS });
    const ms = sim.generate(DAY0, DAY0 + HOUR_MS);
    expect(ms.length).toBeGreaterThan(10_000);
    expect(ms.filter((m) => !m.text.toLowerCase().includes('acme') || m.query !== 'Acme').slice(0, 3)).toEqual([]);
    const incs = sim.incidents(DAY0, DAY0 + DAY_MS);
    expect(incs.length).toBeGreaterThan(0);
    expect(incs[0].topic).toBe('');
  });

  it('works with many brands: weights decrease, own brand first wherever it is listed', () => {
    const brands = ['a1', 'b2', 'c3', 'd4', 'e5', 'f6', 'g7'].map((id, i) => ({ id, name: `Brand${id.toUpperCase()}`, own: i === 3 }));
    const cfg = TrackingConfigSchema.parse({ brands, topics: [{ id: 'x', label: 'X', keywords: ['widget'], brands: ['d4'] }] });
    const ms = createSimulator({ config: cfg, rate: 50, seed: 9, incidentEveryMs: 0 }).generate(DAY0, DAY0 + HOUR_MS);
    const count = (id: string) => ms.filter((m) => m.query === `Brand${id.toUpperCase()}`).length;
    expect(count('d4')).toBeGreaterThan(count('a1'));
    expect(count('a1')).toBeGreaterThan(count('g7'));
    expect(count('g7')).toBeGreaterThan(0);
    // A topic limited to one brand is only written about that brand.
    expect(ms.filter((m) => m.text.includes('widget')).every((m) => m.query === 'BrandD4')).toBe(true);
  });
});

describe('simulatorSource', () => {
  afterEach(() => { vi.useRealTimers(); });

  it('emits, step by step, exactly what generate gives for the elapsed clock time', async () => {
    vi.useFakeTimers();
    const clock = new ManualClock(DAY0 + 12 * HOUR_MS);
    const start = clock.now();
    const src = simulatorSource({ config, rate: 20, seed: 31, clock, intervalMs: 250, speed: 1 });
    const got: Mention[] = [];
    let batches = 0;
    src.start((b) => { got.push(...b); batches++; });
    for (let i = 0; i < 40; i++) {
      clock.advance(250);
      await vi.advanceTimersByTimeAsync(250);
    }
    expect(batches).toBeGreaterThan(30);
    expect(got.map((m) => m.id)).toEqual(src.simulator.generate(start, clock.now()).map((m) => m.id));
    await src.stop();
    clock.advance(10_000);
    await vi.advanceTimersByTimeAsync(1000);
    expect(got.length).toBe(src.simulator.generate(start, start + 10_000).length);
    expect(src.stats().emitted).toBe(got.length);
  });

  it('runs simulated time faster with a fast clock', async () => {
    vi.useFakeTimers();
    const clock = new ManualClock(DAY0);
    const src = simulatorSource({ config, rate: 20, seed: 32, clock, intervalMs: 250, speed: 60 });
    const got: Mention[] = [];
    src.start((b) => { got.push(...b); });
    for (let i = 0; i < 8; i++) { clock.advance(60 * 250); await vi.advanceTimersByTimeAsync(250); }
    await src.stop();
    expect(got.map((m) => m.id)).toEqual(src.simulator.generate(DAY0, DAY0 + 2 * MINUTE_MS).map((m) => m.id));
    expect(src.stats().skippedMs).toBe(0);
  });

  it('skips ahead when the clock jumps far (process paused), bounding the work of one step', async () => {
    vi.useFakeTimers();
    const clock = new ManualClock(DAY0 + 15 * HOUR_MS);
    const src = simulatorSource({ config, rate: 20, seed: 33, clock, intervalMs: 250, speed: 1 });
    const batches: Mention[][] = [];
    src.start((b) => { batches.push(b); });
    clock.advance(3 * HOUR_MS);
    await vi.advanceTimersByTimeAsync(250);
    expect(batches).toHaveLength(1);
    const span = batches[0][batches[0].length - 1].createdAt - batches[0][0].createdAt;
    expect(span).toBeLessThanOrEqual(MINUTE_MS);
    expect(batches[0].length).toBeLessThan(20 * 60 * 4); // a minute's worth (peak hour, maybe an incident)
    expect(src.stats().skippedMs).toBe(3 * HOUR_MS - MINUTE_MS);
    await src.stop();
  });

  it('waits for a slow async sink without losing mentions, and survives sink errors', async () => {
    vi.useFakeTimers();
    const clock = new ManualClock(DAY0 + 10 * HOUR_MS);
    const start = clock.now();
    const errors: unknown[] = [];
    const src = simulatorSource({ config, rate: 20, seed: 34, clock, speed: 1, onError: (e) => errors.push(e) });
    const got: Mention[] = [];
    let release: (() => void) | undefined;
    let calls = 0;
    src.start((b) => {
      calls++;
      got.push(...b);
      if (calls === 2) throw new Error('boom');
      if (calls === 3) return new Promise<void>((r) => { release = r; });
      return undefined;
    });
    for (let i = 0; i < 12; i++) { clock.advance(250); await vi.advanceTimersByTimeAsync(250); }
    expect(calls).toBe(3); // busy: later ticks wait
    expect(src.stats().busyTicks).toBeGreaterThan(5);
    release!();
    for (let i = 0; i < 4; i++) { clock.advance(250); await vi.advanceTimersByTimeAsync(250); }
    expect(calls).toBeGreaterThan(3);
    expect(errors).toHaveLength(1);
    expect(got.map((m) => m.id)).toEqual(src.simulator.generate(start, clock.now()).map((m) => m.id));
    await src.stop();
  });

  it('refuses a second start and its timer does not keep the process alive', async () => {
    const src = simulatorSource({ config, rate: 1, seed: 35, clock: new ManualClock(DAY0) });
    src.start(() => {});
    expect(() => src.start(() => {})).toThrow();
    await src.stop();
  });
});
