import { describe, expect, it } from 'vitest';
import { makeBuckets, TooManyPoints } from '../../server/explore/buckets';
import { isoInZone, offsetMs } from '../../server/explore/tz';

const H = 3_600_000;

describe('time zones', () => {
  it('writes ISO-8601 with the zone\'s offset at that instant', () => {
    const winter = Date.UTC(2026, 0, 15, 12, 30, 5, 7);
    const summer = Date.UTC(2026, 6, 15, 12);
    expect(isoInZone(winter, 'UTC')).toBe('2026-01-15T12:30:05.007Z');
    expect(isoInZone(winter, 'Europe/Paris')).toBe('2026-01-15T13:30:05.007+01:00');
    expect(isoInZone(summer, 'Europe/Paris')).toBe('2026-07-15T14:00:00.000+02:00');
    expect(isoInZone(winter, 'America/New_York')).toBe('2026-01-15T07:30:05.007-05:00');
    expect(isoInZone(winter, 'Asia/Kolkata')).toBe('2026-01-15T18:00:05.007+05:30');
    expect(offsetMs('Australia/Lord_Howe', winter)).toBe(11 * H);
  });
});

describe('series buckets', () => {
  it('below an hour: UTC multiples, first and last clipped', () => {
    const from = Date.UTC(2026, 10, 22, 10, 7);
    const b = makeBuckets(from, from + 30 * 60_000, '15m', 'Europe/Paris');
    expect(b.step).toBe(15 * 60_000);
    expect(b.bounds.map((t) => new Date(t).toISOString().slice(11, 16))).toEqual(['10:07', '10:15', '10:30', '10:37']);
  });

  it('days start at local midnight, a daylight-saving day is 23 hours long', () => {
    const from = Date.UTC(2026, 2, 27, 12); // Friday before the EU switch on Sunday 29 March
    const b = makeBuckets(from, from + 4 * 24 * H, '1d', 'Europe/Paris');
    expect(b.step).toBeUndefined();
    expect(b.bounds.slice(1, -1).map((t) => isoInZone(t, 'Europe/Paris'))).toEqual([
      '2026-03-28T00:00:00.000+01:00', '2026-03-29T00:00:00.000+01:00', '2026-03-30T00:00:00.000+02:00', '2026-03-31T00:00:00.000+02:00',
    ]);
    expect(b.bounds[3] - b.bounds[2]).toBe(23 * H);
  });

  it('hours follow a half-hour zone; UTC hours stay a regular grid', () => {
    const from = Date.UTC(2026, 10, 22, 10);
    const india = makeBuckets(from, from + 3 * H, '1h', 'Asia/Kolkata');
    expect(india.bounds.slice(1, -1).map((t) => new Date(t).toISOString().slice(11, 16))).toEqual(['10:30', '11:30', '12:30']);
    expect(makeBuckets(from, from + 3 * H, '1h', 'UTC')).toEqual({ bounds: [from, from + H, from + 2 * H, from + 3 * H], step: H });
  });

  it('refuses an interval that would give too many points', () => {
    expect(() => makeBuckets(0, 30 * 24 * H, '10s', 'UTC')).toThrow(TooManyPoints);
  });
});
