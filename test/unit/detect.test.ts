import { describe, expect, it } from 'vitest';
import { DAY_MS, HOUR_MS, MINUTE_MS } from '../../shared/constants';
import {
  createDetector, DEFAULT_DROP_PARAMS, DEFAULT_SPIKE_PARAMS, severityOfRatio,
  type DetectorEvent, type DetectorParams,
} from '../../server/alerts/detect';

const T0 = Date.UTC(2026, 0, 5);
const P: DetectorParams = { ...DEFAULT_SPIKE_PARAMS, warmupBuckets: 30, pendingBuckets: 3, cooldownBuckets: 10, resolveBuckets: 2 };

/** Deterministic noise around a level: ±~sqrt(level). */
const noisy = (level: number, i: number) => Math.max(0, Math.round(level + Math.sqrt(level) * Math.sin(i * 2.3)));

function run(params: DetectorParams, values: number[]): (DetectorEvent | null)[] {
  const d = createDetector(params);
  return values.map((v, i) => d.update(T0 + i * params.bucketMs, v));
}
const kinds = (evs: (DetectorEvent | null)[]) => evs.map((e, i) => (e ? `${i}:${e.kind}` : '')).filter(Boolean);
const steady = (n: number, level = 20) => Array.from({ length: n }, (_, i) => noisy(level, i));

describe('detector state machine', () => {
  it('fires only after the pending period, then resolves and cools down', () => {
    // 60–63 spike, 64 calm, 65 spike again, 66–67 calm → resolved at 67; 68–70 spike within the cooldown
    const v = [...steady(60), 100, 100, 100, 100, 20, 100, 20, 20, 100, 100, 100, 20, 20];
    const k = kinds(run(P, v));
    expect(k).toEqual(['60:pending', '62:firing', '67:resolved']);
    const d = createDetector(P);
    v.forEach((x, i) => d.update(T0 + i * MINUTE_MS, x));
    expect(d.state).toBe('cooldown');
  });

  it('cancels a pending alert that stops holding', () => {
    const k = kinds(run(P, [...steady(60), 100, 100, 20, 20]));
    expect(k).toEqual(['60:pending', '62:cancelled']);
  });

  it('may fire again after the cooldown', () => {
    const v = [...steady(60), 100, 100, 100, 20, 20, ...steady(12), 100, 100, 100];
    const k = kinds(run(P, v));
    expect(k.filter((x) => x.endsWith('firing'))).toEqual(['62:firing', '79:firing']);
  });

  it('sends updates while firing when the severity rises', () => {
    const evs = run(P, [...steady(60), 50, 50, 50, 90, 200, 150]);
    const f = evs.filter((e) => e && (e.kind === 'firing' || e.kind === 'update')) as DetectorEvent[];
    expect(f.map((e) => e.kind)).toEqual(['firing', 'update', 'update']);
    expect(f.map((e) => e.severity)).toEqual([2, 3, 5]);
  });

  it('does not fire during warm-up', () => {
    expect(kinds(run(P, [...steady(10), 200, 200, 200, 200]))).toEqual([]);
  });
});

describe('detector thresholds', () => {
  it('3 -> 9 posts is not a crisis (minCount)', () => {
    const k = kinds(run(P, [...Array(120).fill(3), ...Array(30).fill(9)]));
    expect(k).toEqual([]);
  });

  it('a jump above minCount does fire', () => {
    expect(kinds(run(P, [...Array(120).fill(3), ...Array(30).fill(15)]))).toContain('122:firing');
  });

  it('needs minRatio × the baseline', () => {
    const v = [...steady(120, 400), ...Array(10).fill(700)]; // 1.75×: far above in z, not in ratio
    expect(kinds(run(P, v))).toEqual([]);
    expect(kinds(run({ ...P, minRatio: 1.5 }, v))).toContain('122:firing');
  });

  it('rejects invalid parameters', () => {
    expect(() => createDetector({ ...P, bucketMs: 0 })).toThrow(/bucketMs/);
    expect(() => createDetector({ ...P, minRatio: 0.5 })).toThrow(/minRatio/);
  });
});

describe('drop direction (no data)', () => {
  const D: DetectorParams = { ...DEFAULT_DROP_PARAMS, warmupBuckets: 30 };
  it('fires when volume falls to zero after the pending period', () => {
    const k = kinds(run(D, [...steady(120, 40), ...Array(20).fill(0)]));
    expect(k[0]).toBe('120:pending');
    expect(k[1]).toBe(`${120 + D.pendingBuckets - 1}:firing`);
  });
  it('never fires on a series that is always zero', () => {
    expect(kinds(run(D, Array(500).fill(0)))).toEqual([]);
  });
  it('counts missing buckets as zeros', () => {
    const d = createDetector(D);
    for (let i = 0; i < 120; i++) d.update(T0 + i * MINUTE_MS, noisy(40, i));
    const ev = d.update(T0 + 140 * MINUTE_MS, 0);
    expect(d.state).toBe('firing');
    expect(ev?.severity).toBe(5);
  });
});

describe('baseline', () => {
  it('learns a daily rhythm: no alert at the daily peak after a few days', () => {
    // quiet nights (5/min), a sharp two-hour peak at 12:00–14:00 UTC (60/min)
    const level = (t: number) => { const h = (t % DAY_MS) / HOUR_MS; return h >= 12 && h < 14 ? 60 : 5; };
    const d = createDetector({ ...P, pendingBuckets: 2 });
    const fired: number[] = [];
    for (let i = 0; i < 6 * 24 * 60; i++) {
      const t = T0 + i * MINUTE_MS;
      if (d.update(t, noisy(level(t), i))?.kind === 'firing') fired.push(Math.floor(i / (24 * 60)));
    }
    expect(fired[0]).toBe(0); // day 0: the peak is news
    expect(fired.filter((day) => day >= 3)).toEqual([]);
  });

  it('does not chase a long spike', () => {
    const d = createDetector(P);
    const v = [...steady(120, 20), ...Array(60).fill(150)];
    v.forEach((x, i) => d.update(T0 + i * MINUTE_MS, x));
    expect(d.state).toBe('firing');
    expect(d.expected()).toBeLessThan(30);
    expect(d.expected()).toBeGreaterThan(15);
  });
});

describe('severity', () => {
  it('maps value / baseline to 1–5', () => {
    expect([1, 1.99, 2, 2.9, 3, 4.9, 5, 7.9, 8, 100].map(severityOfRatio)).toEqual([1, 1, 2, 2, 3, 3, 4, 4, 5, 5]);
  });
});
