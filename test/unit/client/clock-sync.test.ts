import { describe, expect, it } from 'vitest';
import { OFFSET_RESET_MS, offsetSample, smoothOffset, syncedNow } from '../../../client/state/clockSync';
import { pageIndexAt } from '../../../shared/layouts';

/** Feeds frames sent by the server every second to a client whose clock is off by `skew`, with some latency. */
function estimate(skew: number, latencies: number[], serverStart = 1_700_000_000_000): { offset: number | null; clientAt: number } {
  let offset: number | null = null;
  let serverT = serverStart;
  let clientAt = 0;
  for (const lat of latencies) {
    clientAt = serverT + lat + skew;
    offset = smoothOffset(offset, offsetSample(serverT, clientAt));
    serverT += 1000;
  }
  return { offset, clientAt };
}

describe('server offset smoothing', () => {
  it('takes the first sample as is, then moves a tenth of the way', () => {
    expect(smoothOffset(null, -500)).toBe(-500);
    expect(smoothOffset(-500, -400)).toBeCloseTo(-490);
  });

  it('barely moves on one slow frame', () => {
    const lat = Array.from({ length: 50 }, (_, i) => (i === 40 ? 900 : 20));
    const { offset } = estimate(0, lat);
    expect(offset!).toBeGreaterThan(-120);
    expect(offset!).toBeLessThan(-19);
  });

  it('restarts after a clock jump, ignores non-finite samples', () => {
    expect(smoothOffset(0, OFFSET_RESET_MS + 1)).toBe(OFFSET_RESET_MS + 1);
    expect(smoothOffset(42, Number.NaN)).toBe(42);
  });

  it('syncedNow adds the estimate (0 before any frame)', () => {
    expect(syncedNow(1000, null)).toBe(1000);
    expect(syncedNow(1000, 250)).toBe(1250);
  });
});

describe('rotation in step across screens', () => {
  it('two clients with different clock skews compute the same synced time and page', () => {
    const lat = Array.from({ length: 30 }, () => 25);
    const a = estimate(+7_000, lat);
    const b = estimate(-3_500, lat);
    // both read their own clock at the same real instant
    const real = 1_700_000_045_000;
    const nowA = syncedNow(real + 7_000, a.offset);
    const nowB = syncedNow(real - 3_500, b.offset);
    expect(Math.abs(nowA - nowB)).toBeLessThan(1);
    for (let t = 0; t < 120_000; t += 7_000) {
      expect(pageIndexAt(nowA + t, 2, 30_000)).toBe(pageIndexAt(nowB + t, 2, 30_000));
    }
    // without the offset they would disagree somewhere
    let differs = false;
    for (let t = 0; t < 120_000; t += 1_000) {
      if (pageIndexAt(real + 7_000 + t, 2, 30_000) !== pageIndexAt(real - 3_500 + t, 2, 30_000)) differs = true;
    }
    expect(differs).toBe(true);
  });
});
