import { describe, expect, it } from 'vitest';
import { formatDateTime, fromInputValue, toInputValue, zoneLabel, zoneOffsetMs } from '../../../client/explore/time';

describe('explore times in a chosen zone', () => {
  it('formats an instant in UTC and in another zone', () => {
    const t = Date.UTC(2026, 0, 15, 9, 5, 7);
    expect(formatDateTime(t, 'UTC')).toBe('2026-01-15 09:05:07');
    expect(formatDateTime(t, 'Europe/Paris')).toBe('2026-01-15 10:05:07');
    expect(formatDateTime(t, 'America/New_York', false)).toBe('2026-01-15 04:05');
  });

  it('reads datetime-local values in the zone, across daylight-saving changes', () => {
    expect(fromInputValue('2026-01-15T10:05', 'Europe/Paris')).toBe(Date.UTC(2026, 0, 15, 9, 5));
    expect(fromInputValue('2026-07-15T10:05', 'Europe/Paris')).toBe(Date.UTC(2026, 6, 15, 8, 5));
    expect(fromInputValue('2026-07-15T10:05', 'UTC')).toBe(Date.UTC(2026, 6, 15, 10, 5));
    // the day after Paris moved to summer time (2026-03-29 02:00 -> 03:00)
    expect(fromInputValue('2026-03-29T12:00', 'Europe/Paris')).toBe(Date.UTC(2026, 2, 29, 10, 0));
    expect(fromInputValue('not a time', 'UTC')).toBeUndefined();
    for (const zone of ['UTC', 'Europe/Paris', 'Asia/Kolkata', 'America/Los_Angeles']) {
      const t = Date.UTC(2026, 9, 3, 17, 42);
      expect(fromInputValue(toInputValue(t, zone), zone), zone).toBe(t);
    }
    expect(toInputValue(undefined, 'UTC')).toBe('');
  });

  it('names the zone with its offset', () => {
    expect(zoneOffsetMs(Date.UTC(2026, 0, 1), 'Asia/Kolkata')).toBe(5.5 * 3_600_000);
    expect(zoneLabel('Asia/Kolkata', Date.UTC(2026, 0, 1))).toBe('Asia/Kolkata (UTC+05:30)');
    expect(zoneLabel('America/New_York', Date.UTC(2026, 0, 1))).toBe('America/New_York (UTC-05:00)');
    expect(zoneLabel('UTC', 0)).toBe('UTC');
  });
});
