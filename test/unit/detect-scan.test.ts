import { describe, expect, it } from 'vitest';
import { DAY_MS, HOUR_MS, MINUTE_MS } from '../../shared/constants';
import {
  createDetector, DEFAULT_SPIKE_PARAMS, DEFAULT_TOPIC_SPIKE_PARAMS, devianceZ, RecentBuckets, SeasonalBaseline,
  type DetectorParams,
} from '../../server/alerts/detect';

const T0 = Date.UTC(2026, 0, 5);
const TOPIC = DEFAULT_TOPIC_SPIKE_PARAMS;

/** A seeded uniform generator (mulberry32) and Poisson draws from it: the same noise every run. */
function poissonSource(seed: number) {
  let a = seed >>> 0;
  const uniform = () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return (mean: number) => {
    const limit = Math.exp(-mean);
    let k = 0;
    for (let p = uniform(); p > limit; p *= uniform()) k++;
    return k;
  };
}

/** Minutes (from the spike's first minute) until the detector fires, or null; the spike multiplies a Poisson rate. */
function firstFiring(params: DetectorParams, opts: { seed: number; rate: number; historyMin: number; spikeMin: number; mult: number }): number | null {
  const draw = poissonSource(opts.seed);
  const d = createDetector(params);
  for (let i = 0; i < opts.historyMin + opts.spikeMin + 5; i++) {
    const inSpike = i >= opts.historyMin && i < opts.historyMin + opts.spikeMin;
    const ev = d.update(T0 + i * MINUTE_MS, draw(opts.rate * (inSpike ? opts.mult : 1)));
    if (ev?.kind === 'firing') return i >= opts.historyMin ? i - opts.historyMin + 1 : -1;
  }
  return null;
}

describe('Poisson deviance z', () => {
  it('is signed, zero at the mean, and milder than (x − m)/√m on small counts', () => {
    expect(devianceZ(10, 10)).toBe(0);
    expect(devianceZ(9, 3)).toBeCloseTo(2.79, 2); // (9 − 3)/√3 would say 3.46
    expect(devianceZ(0, 40)).toBeCloseTo(-Math.sqrt(80), 6);
    expect(devianceZ(2, 8)).toBeLessThan(0);
    expect(devianceZ(60, 20)).toBeGreaterThan(6);
  });
});

describe('recent buckets', () => {
  it('keeps the last n values: newest first by age, whole-window sum', () => {
    const r = new RecentBuckets(3);
    r.push(1); r.push(2);
    expect(r.full).toBe(false);
    r.push(3); r.push(4);
    expect(r.full).toBe(true);
    expect([r.at(0), r.at(1), r.at(2)]).toEqual([4, 3, 2]);
    expect(r.sum()).toBe(9);
    expect(() => new RecentBuckets(0)).toThrow(/window size/);
    expect(() => new RecentBuckets(61)).toThrow(/window size/);
  });

  it('rejects a bad windowBuckets parameter by name', () => {
    for (const w of [0, 1.5, 61]) expect(() => createDetector({ ...TOPIC, windowBuckets: w })).toThrow(/windowBuckets/);
  });
});

describe('scan over the last 1..10 minutes (per-topic defaults)', () => {
  it('catches a 10-minute 3× spike at 3 a minute during the spike, whichever minute it starts on (median within 4 minutes)', () => {
    // starts at every offset of a 5-minute grid: a 5-minute bucket would split some of them in two
    const delays = [0, 1, 2, 3, 4].map((offset) => firstFiring(TOPIC, { seed: 7 + offset, rate: 3, historyMin: 180 + offset, spikeMin: 10, mult: 3 }));
    for (const d of delays) {
      expect(d).not.toBeNull();
      expect(d!).toBeGreaterThanOrEqual(1);
      expect(d!).toBeLessThanOrEqual(10);
    }
    expect((delays as number[]).sort((a, b) => a - b)[2]).toBeLessThanOrEqual(4);
  });

  it('fires on the first or second minute of a 5× burst on a busy topic (7 a minute)', () => {
    const delay = firstFiring(TOPIC, { seed: 3, rate: 7, historyMin: 180, spikeMin: 10, mult: 5 });
    expect(delay).not.toBeNull();
    expect(delay!).toBeLessThanOrEqual(2);
  });

  it('needs the longer windows on a thin topic: a 3× spike at 2 a minute is caught with them, mostly missed on one minute', () => {
    const run = (windowBuckets: number) => [0, 1, 2, 3, 4].map((o) =>
      firstFiring({ ...TOPIC, windowBuckets }, { seed: 20 + o, rate: 2, historyMin: 180 + o, spikeMin: 10, mult: 3 }));
    expect(run(10).filter((d) => d === null || d > 10)).toEqual([]);
    expect(run(1).filter((d) => d !== null && d <= 10).length).toBeLessThanOrEqual(1);
  });

  it('raises at most a rare false alarm on Poisson noise with a daily rhythm (1–6 a minute): ≤ 2 in 8 series-days', () => {
    const rate = (t: number) => 3.5 + 2.5 * Math.sin((2 * Math.PI * (t % DAY_MS)) / DAY_MS);
    let fired = 0;
    for (let seed = 1; seed <= 8; seed++) {
      const draw = poissonSource(seed);
      const d = createDetector(TOPIC);
      for (let i = 0; i < 2 * 24 * 60; i++) {
        const t = T0 + i * MINUTE_MS;
        if (d.update(t, draw(rate(t)))?.kind === 'firing' && i >= 24 * 60) fired++; // day 0 learns the profile
      }
    }
    expect(fired).toBeLessThanOrEqual(2);
  });

  it('reports the window that fired: its sum, its expected sum, its length', () => {
    const d = createDetector(TOPIC);
    for (let i = 0; i < 120; i++) d.update(T0 + i * MINUTE_MS, 3);
    let ev = null;
    for (let i = 120; i < 125 && !ev; i++) ev = d.update(T0 + i * MINUTE_MS, 9);
    expect(ev).toMatchObject({ kind: 'firing', value: 27, span: 3 });
    expect(ev!.baseline).toBeCloseTo(9, 0);
    expect(d.last).toMatchObject({ value: 27, span: 3 });
  });
});

describe('baseline robustness', () => {
  it("an hour-long incident yesterday does not raise today's expectation at that hour", () => {
    const d = createDetector(DEFAULT_SPIKE_PARAMS);
    const incident = (t: number) => t >= T0 + DAY_MS + 12 * HOUR_MS && t < T0 + DAY_MS + 13 * HOUR_MS;
    const end = T0 + 2 * DAY_MS + 12 * HOUR_MS + 15 * MINUTE_MS;
    for (let t = T0; t < end; t += MINUTE_MS) d.update(t, incident(t) ? 100 : 20);
    // an EWMA across days would expect (20 + 100) / 2 = 60 here
    expect(d.expected()).toBeGreaterThan(15);
    expect(d.expected()).toBeLessThan(25);
  });

  it('an hour at 1.8× (under minRatio: no alert) barely moves the baseline', () => {
    const d = createDetector(DEFAULT_SPIKE_PARAMS);
    let t = T0;
    for (let i = 0; i < 180; i++, t += MINUTE_MS) d.update(t, 20);
    for (let i = 0; i < 60; i++, t += MINUTE_MS) expect(d.update(t, 36)?.kind).not.toBe('firing');
    expect(d.expected()).toBeLessThan(24); // learned at full rate it would be ~30, hiding a 2× spike
  });

  it('learns the spread from the calm side only: bursts above do not widen it, symmetric noise does', () => {
    const bursty = new SeasonalBaseline(MINUTE_MS, -1);
    const noisy = new SeasonalBaseline(MINUTE_MS, -1);
    for (let i = 0; i < 600; i++) {
      bursty.learn(T0 + i * MINUTE_MS, i % 5 === 0 ? 35 : 20);
      noisy.learn(T0 + i * MINUTE_MS, i % 2 === 0 ? 11 : 29); // variance 81 around 20: about 4× Poisson
    }
    expect(bursty.dispersion).toBeLessThan(1.5);
    expect(noisy.dispersion).toBeGreaterThan(3);
    expect(noisy.dispersion).toBeLessThan(5);
  });
});
