import { describe, expect, it } from 'vitest';
import { BATCH_QUEUE_MAX, createBatcher, type Scheduler } from '../../../client/state/batch';

/** A scheduler the test fires by hand. */
function manual() {
  const pending = new Set<() => void>();
  const scheduler: Scheduler = (cb) => {
    pending.add(cb);
    return () => pending.delete(cb);
  };
  const fire = () => [...pending].forEach((cb) => { pending.delete(cb); cb(); });
  return { scheduler, fire, size: () => pending.size };
}

describe('createBatcher', () => {
  it('hands every item since the last flush, in order, in one call', () => {
    const raf = manual();
    const calls: number[][] = [];
    const b = createBatcher<number>((xs) => calls.push(xs), { schedulers: [raf.scheduler] });
    b.push(1); b.push(2); b.push(3);
    expect(calls).toEqual([]);
    expect(raf.size()).toBe(1); // one schedule for the burst
    raf.fire();
    expect(calls).toEqual([[1, 2, 3]]);
    b.push(4);
    raf.fire();
    expect(calls).toEqual([[1, 2, 3], [4]]);
  });

  it('flushes at the first scheduler to fire and cancels the others', () => {
    const raf = manual();
    const fallback = manual();
    const calls: number[][] = [];
    const b = createBatcher<number>((xs) => calls.push(xs), { schedulers: [raf.scheduler, fallback.scheduler] });
    b.push(1);
    fallback.fire();
    expect(calls).toEqual([[1]]);
    expect(raf.size()).toBe(0);
  });

  it('drops queued items before a reset item (a snapshot)', () => {
    const raf = manual();
    const calls: string[][] = [];
    const b = createBatcher<string>((xs) => calls.push(xs), { schedulers: [raf.scheduler], isReset: (x) => x.startsWith('S') });
    b.push('d1'); b.push('S2'); b.push('d3');
    raf.fire();
    expect(calls).toEqual([['S2', 'd3']]);
  });

  it('bounds the queue while no flush runs (hidden tab)', () => {
    const never: Scheduler = () => () => {};
    let got: number[] = [];
    const b = createBatcher<number>((xs) => (got = xs), { schedulers: [never] });
    for (let i = 0; i < BATCH_QUEUE_MAX + 50; i++) b.push(i);
    expect(b.pending()).toBe(BATCH_QUEUE_MAX);
    b.flushNow();
    expect(got[0]).toBe(50);
    expect(got.at(-1)).toBe(BATCH_QUEUE_MAX + 49);
  });

  it('does nothing after dispose', () => {
    const raf = manual();
    const calls: number[][] = [];
    const b = createBatcher<number>((xs) => calls.push(xs), { schedulers: [raf.scheduler] });
    b.push(1);
    b.dispose();
    b.push(2);
    raf.fire();
    expect(calls).toEqual([]);
  });
});
