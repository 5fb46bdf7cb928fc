/**
 * The simulator: a pure, deterministic generator of mentions for any time window.
 *
 * Time is cut into 1-second slots. A slot's arrivals are a Poisson process (exponential gaps)
 * drawn from an Rng seeded by (seed, slot), with the rate at the slot's middle; each mention's
 * content comes from an Rng seeded by (seed, slot, index in slot). So a mention depends only on
 * the seed and where it sits in time: generate(a, b) + generate(b, c) equals generate(a, c), and
 * any window can be regenerated. Incident bursts are a second stream in the same slots.
 */
import { MINUTE_MS, SECOND_MS } from '../../../shared/constants';
import type { Mention } from '../../../shared/mention';
import type { TrackingConfig } from '../../../shared/tracking';
import { createAuthorPool } from './authors';
import { MentionFactory, orderedBrandWeights } from './build';
import { IncidentSchedule, incidentEnvelope, type Incident } from './incidents';
import { Rng, hash4, seed32 } from './prng';
import { dailyRhythm, rateNoise } from './rhythm';
import { topicText } from './text';

export interface SimulatorOptions {
  /** The tracked brands and topics: their names, aliases, handles, hashtags and keywords make the text. */
  config: TrackingConfig;
  /**
   * Mean mentions per second over a day (default 20), incident bursts included: on a day with
   * incidents the base rate is a little lower (~30% with the defaults) to make room for them.
   */
  rate: number;
  /** Same seed, same mentions. */
  seed: number;
  /** Mean quiet time between scripted negative incidents, in ms of simulated time (default 20 min); 0 disables. */
  incidentEveryMs?: number;
}

export interface Simulator {
  /** Mentions with createdAt in [from, to), in time order. */
  generate(from: number, to: number): Mention[];
  /** Scripted incidents overlapping [from, to), in time order. */
  incidents(from: number, to: number): Incident[];
  /** Expected mentions per second at time t (rhythm, noise and incidents included). */
  rateAt(t: number): number;
}

export const DEFAULT_RATE = 20;
export const DEFAULT_INCIDENT_EVERY_MS = 20 * MINUTE_MS;
/** Arrival slot length: the unit of determinism (ids and content are fixed per slot). */
export const SLOT_MS = SECOND_MS;
const SALT_ARRIVALS = 0xa771;
const SALT_INCIDENT = 0x1b57;

export function createSimulator(opts: SimulatorOptions): Simulator {
  const rate = opts.rate ?? DEFAULT_RATE;
  if (!(rate >= 0) || !Number.isFinite(rate)) throw new RangeError(`simulator rate must be a finite number >= 0, got ${opts.rate}`);
  if (!Number.isFinite(opts.seed)) throw new RangeError(`simulator seed must be a finite number, got ${opts.seed}`);
  const everyMs = opts.incidentEveryMs ?? DEFAULT_INCIDENT_EVERY_MS;
  if (!(everyMs >= 0)) throw new RangeError(`incidentEveryMs must be >= 0, got ${opts.incidentEveryMs}`);

  const cfg = opts.config;
  const seed = seed32(opts.seed);
  const idPrefix = `sim-${opts.seed}-`;
  const ratePerMs = rate / SECOND_MS;
  const factory = new MentionFactory(cfg, seed, createAuthorPool(seed));
  const brandIndex = new Map(cfg.brands.map((b, i) => [b.id, i]));
  const weights = orderedBrandWeights(cfg);
  const schedule = new IncidentSchedule(
    seed, everyMs,
    cfg.brands.map((b, i) => ({ id: b.id, name: b.name, weight: weights[i] })),
    cfg.topics.map((t) => ({ ...topicText(t), brands: t.brands })),
  );
  const arrivals = new Rng();
  const content = new Rng();

  /** Base rate (mentions per ms) at time t: rate × daily rhythm × noise × the day's incident compensation. */
  const baseRate = (t: number) => ratePerMs * dailyRhythm(t) * rateNoise(seed, t) * schedule.baseFactor(t);
  /** Extra rate of an incident at t: the brand's share, times (multiplier − 1), times the envelope. */
  const extraRate = (inc: Incident, base: number, t: number) =>
    base * schedule.brandShare(inc.brand) * (inc.multiplier - 1) * incidentEnvelope(inc, t);

  function generate(fromMs: number, toMs: number): Mention[] {
    // createdAt is an integer: [from, to) holds the same integers as [ceil(from), ceil(to)).
    const from = Math.max(0, Math.ceil(fromMs));
    const to = Math.ceil(toMs);
    const out: Mention[] = [];
    if (!(to > from) || !(ratePerMs > 0)) return out;
    const incs = schedule.between(from, to);
    for (let s = Math.floor(from / SLOT_MS); s * SLOT_MS < to; s++) {
      const s0 = s * SLOT_MS;
      const s1 = s0 + SLOT_MS;
      const mid = s0 + SLOT_MS / 2;
      const lam = baseRate(mid);
      if (!(lam > 0)) continue;
      const slotKey = hash4(seed, s >>> 0, Math.floor(s / 4294967296));
      const first = out.length;
      // Base stream: every brand, in the configured mix.
      arrivals.seed(hash4(slotKey, SALT_ARRIVALS));
      let t = s0;
      for (let n = 0; ; n++) {
        t += arrivals.exp() / lam;
        if (t >= s1) break;
        const tm = Math.floor(t);
        if (tm < from || tm >= to) continue;
        content.seed(hash4(slotKey, n, 1));
        const bi = factory.brandPicker.index(content.next());
        out.push(factory.build(content, `${idPrefix}${tm}-${n}`, tm, tm * 1000 + n, bi));
      }
      // Incident streams: extra, mostly negative mentions of the incident's brand and topic.
      let mixed = false;
      for (const inc of incs) {
        if (inc.start >= s1 || inc.end <= s0) continue;
        const lamX = extraRate(inc, lam, Math.min(Math.max(mid, inc.start), inc.end - 1));
        if (!(lamX > 0)) continue;
        const bi = brandIndex.get(inc.brand)!;
        arrivals.seed(hash4(slotKey, SALT_INCIDENT, inc.start >>> 0));
        t = s0;
        for (let j = 0; ; j++) {
          t += arrivals.exp() / lamX;
          if (t >= s1) break;
          const tm = Math.floor(t);
          if (tm < from || tm >= to || tm < inc.start || tm >= inc.end) continue;
          content.seed(hash4(slotKey, j, 2, inc.start >>> 0));
          out.push(factory.build(content, `${idPrefix}${tm}-x${j}`, tm, tm * 1000 + 500 + (j % 500), bi, inc));
          mixed = true;
        }
      }
      if (mixed) {
        const slot = out.splice(first).sort((a, b) => a.createdAt - b.createdAt); // stable: base before burst at equal ms
        for (const m of slot) out.push(m);
      }
    }
    return out;
  }

  return {
    generate,
    incidents: (from, to) => schedule.between(from, to).map((inc) => ({ ...inc })),
    rateAt(t) {
      const base = baseRate(t);
      let r = base;
      for (const inc of schedule.between(t, t + 1)) r += extraRate(inc, base, t);
      return r * SECOND_MS;
    },
  };
}
