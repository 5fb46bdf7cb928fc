import { describe, expect, it } from 'vitest';
import { applyFrame, applyFrames } from '../../../client/state/applyFrame';
import { ALERTS_MAX } from '../../../client/state/merge';
import { initialWallState } from '../../../client/state/types';
import { RIVER_MAX, VOLUME_BUCKETS } from '../../../shared/constants';
import { alert, BUCKET_MS, delta, item, kpis, point, snapshot, T0 } from './fixtures';

const empty = initialWallState(0);

describe('applyFrame: snapshot', () => {
  it('replaces everything it carries and clears needsResync', () => {
    const dirty = { ...empty, needsResync: true, river: [item('old')], seq: 99 };
    const s = applyFrame(dirty, snapshot(5, { volume: [point(1), point(0)], river: [item('a')], kpis: kpis({ received: 7 }) }));
    expect(s.seq).toBe(5);
    expect(s.needsResync).toBe(false);
    expect(s.bucketMs).toBe(BUCKET_MS);
    expect(s.volume.map((p) => p.t)).toEqual([T0, T0 + BUCKET_MS]); // sorted oldest first
    expect(s.river.map((r) => r.id)).toEqual(['a']);
    expect(s.kpis?.received).toBe(7);
    expect(s.brands[0].id).toBe('nimbus');
    expect(s.serverNow).toBe(T0);
  });

  it('does not mutate the previous state', () => {
    const s1 = applyFrame(empty, snapshot(1, { volume: [point(0)], river: [item('a')] }));
    const frozen = JSON.stringify(s1);
    applyFrame(s1, delta(2, { volume: [point(0, 9), point(1)], river: [item('b')] }));
    expect(JSON.stringify(s1)).toBe(frozen);
  });
});

describe('applyFrame: delta volume', () => {
  const base = applyFrame(empty, snapshot(1, { volume: [point(0, 1), point(1, 2), point(2, 3)] }));

  it('replaces buckets by t and appends new ones in order', () => {
    const s = applyFrame(base, delta(2, { volume: [point(2, 30), point(3, 4)] }));
    expect(s.volume.map((p) => [p.t - T0, p.positive])).toEqual([
      [0, 1], [BUCKET_MS, 2], [2 * BUCKET_MS, 30], [3 * BUCKET_MS, 4],
    ]);
  });

  it('inserts a late bucket in its place', () => {
    const sparse = applyFrame(empty, snapshot(1, { volume: [point(0), point(2)] }));
    const s = applyFrame(sparse, delta(2, { volume: [point(1, 5)] }));
    expect(s.volume.map((p) => (p.t - T0) / BUCKET_MS)).toEqual([0, 1, 2]);
    expect(s.volume[1].positive).toBe(5);
  });

  it('keeps a window of at most VOLUME_BUCKETS buckets ending at the newest', () => {
    const full = Array.from({ length: VOLUME_BUCKETS }, (_, i) => point(i));
    const s0 = applyFrame(empty, snapshot(1, { volume: full }));
    expect(s0.volume).toHaveLength(VOLUME_BUCKETS);
    const s1 = applyFrame(s0, delta(2, { volume: [point(VOLUME_BUCKETS), point(VOLUME_BUCKETS + 1)] }));
    expect(s1.volume).toHaveLength(VOLUME_BUCKETS);
    expect(s1.volume[0].t).toBe(T0 + 2 * BUCKET_MS);
    expect(s1.volume.at(-1)!.t).toBe(T0 + (VOLUME_BUCKETS + 1) * BUCKET_MS);
  });

  it('drops buckets that fell out of the time window after a jump', () => {
    const s = applyFrame(base, delta(2, { volume: [point(VOLUME_BUCKETS + 1)] }));
    // window is [newest - (VOLUME_BUCKETS-1) buckets, newest]: buckets 0 and 1 are out, 2 is in
    expect(s.volume.map((p) => (p.t - T0) / BUCKET_MS)).toEqual([2, VOLUME_BUCKETS + 1]);
  });

  it('ignores a bucket older than the window', () => {
    const s0 = applyFrame(empty, snapshot(1, { volume: [point(VOLUME_BUCKETS + 10)] }));
    const s1 = applyFrame(s0, delta(2, { volume: [point(0)] }));
    expect(s1.volume.map((p) => (p.t - T0) / BUCKET_MS)).toEqual([VOLUME_BUCKETS + 10]);
  });
});

describe('applyFrame: delta river', () => {
  it('prepends new posts newest first', () => {
    const s0 = applyFrame(empty, snapshot(1, { river: [item('b'), item('a')] }));
    const s1 = applyFrame(s0, delta(2, { river: [item('d'), item('c')] }));
    expect(s1.river.map((r) => r.id)).toEqual(['d', 'c', 'b', 'a']);
  });

  it('dedupes by id, keeping the newest copy on top', () => {
    const s0 = applyFrame(empty, snapshot(1, { river: [item('b'), item('a', { text: 'old' })] }));
    const s1 = applyFrame(s0, delta(2, { river: [item('a', { text: 'new' })] }));
    expect(s1.river.map((r) => r.id)).toEqual(['a', 'b']);
    expect(s1.river[0].text).toBe('new');
  });

  it(`caps the river at RIVER_MAX (${RIVER_MAX})`, () => {
    let s = applyFrame(empty, snapshot(1));
    for (let seq = 2; seq < 2 + RIVER_MAX; seq++) {
      s = applyFrame(s, delta(seq, { river: [item(`x${seq}-1`), item(`x${seq}-2`)] }));
    }
    expect(s.river).toHaveLength(RIVER_MAX);
    expect(s.river[0].id).toBe(`x${1 + RIVER_MAX}-1`);
    expect(new Set(s.river.map((r) => r.id)).size).toBe(RIVER_MAX);
  });

  it('adds up skipped posts until the next snapshot', () => {
    const s = applyFrames(empty, [snapshot(1), delta(2, { riverSkipped: 5 }), delta(3, { riverSkipped: 7 })]);
    expect(s.riverSkipped).toBe(12);
    expect(applyFrame(s, snapshot(4)).riverSkipped).toBe(0);
  });
});

describe('applyFrame: alerts and kpis', () => {
  it('replaces alerts by id and adds new ones', () => {
    const s0 = applyFrame(empty, snapshot(1, { alerts: [alert('a'), alert('b')] }));
    const s1 = applyFrame(s0, delta(2, { alerts: [alert('b', { state: 'resolved' }), alert('c')] }));
    expect(s1.alerts.map((a) => [a.id, a.state])).toEqual([['a', 'firing'], ['b', 'resolved'], ['c', 'firing']]);
  });

  it('bounds alerts, dropping resolved ones first', () => {
    const many = Array.from({ length: ALERTS_MAX }, (_, i) => alert(`r${i}`, { state: 'resolved', updatedAt: T0 + i }));
    const s0 = applyFrame(empty, snapshot(1, { alerts: many }));
    const s1 = applyFrame(s0, delta(2, { alerts: [alert('live', { updatedAt: T0 - 1 })] }));
    expect(s1.alerts).toHaveLength(ALERTS_MAX);
    expect(s1.alerts.some((a) => a.id === 'live')).toBe(true);
    expect(s1.alerts.some((a) => a.id === 'r0')).toBe(false); // oldest resolved went
  });

  it('replaces kpis with each frame', () => {
    const s = applyFrames(empty, [snapshot(1, { kpis: kpis({ received: 1 }) }), delta(2, { kpis: kpis({ received: 2 }) })]);
    expect(s.kpis?.received).toBe(2);
    expect(s.serverNow).toBe(T0 + 2000);
  });
});

describe('applyFrame: seq gaps', () => {
  it('stays in sync for consecutive deltas', () => {
    const s = applyFrames(empty, [snapshot(10), delta(11), delta(12)]);
    expect(s.needsResync).toBe(false);
    expect(s.seq).toBe(12);
  });

  it('flags a gap but still applies the delta', () => {
    const s = applyFrames(empty, [snapshot(10), delta(11), delta(13, { river: [item('z')] })]);
    expect(s.needsResync).toBe(true);
    expect(s.seq).toBe(13);
    expect(s.river[0].id).toBe('z');
  });

  it('keeps the flag through later in-sequence deltas until a snapshot', () => {
    const s = applyFrames(empty, [snapshot(10), delta(12), delta(13)]);
    expect(s.needsResync).toBe(true);
    expect(applyFrame(s, snapshot(14)).needsResync).toBe(false);
  });

  it('flags a delta that comes before any snapshot, and a seq that goes back', () => {
    expect(applyFrame(empty, delta(1)).needsResync).toBe(true);
    expect(applyFrames(empty, [snapshot(10), delta(9)]).needsResync).toBe(true);
  });
});
