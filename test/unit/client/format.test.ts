import { describe, expect, it } from 'vitest';
import { compactNumber, describeChange, formatCount, signedPercent } from '../../../client/format/number';
import { hhmm, hhmmss, relativeTime } from '../../../client/format/time';
import { readableTextColor, safeColor } from '../../../client/format/color';

describe('compactNumber', () => {
  it.each([
    [0, '0'], [7, '7'], [999, '999'], [999.4, '999'], [999.6, '1k'], [1000, '1k'], [1050, '1.1k'],
    [12_345, '12.3k'], [99_940, '99.9k'], [99_960, '100k'], [123_456, '123k'], [999_499, '999k'],
    [999_999, '1M'], [1_234_567, '1.2M'], [12_000_000, '12M'], [3_210_000_000, '3.2B'],
  ])('%d -> %s', (n, text) => {
    expect(compactNumber(n)).toBe(text);
  });

  it('gives "0" for negative or non-finite input', () => {
    expect(compactNumber(-5)).toBe('0');
    expect(compactNumber(Number.NaN)).toBe('0');
    expect(compactNumber(Number.POSITIVE_INFINITY)).toBe('0');
  });
});

describe('formatCount and signedPercent', () => {
  it('groups thousands', () => {
    expect(formatCount(1234567)).toBe('1,234,567');
    expect(formatCount(0)).toBe('0');
  });

  it.each([
    [0.234, '+23%'], [-0.07, '-7%'], [0, '0%'], [0.004, '0%'], [-0.004, '0%'], [1, '+100%'], [-1, '-100%'], [Number.NaN, '0%'],
  ])('%d -> %s', (r, text) => {
    expect(signedPercent(r)).toBe(text);
  });
});

describe('describeChange', () => {
  it('shows a rise with an up arrow, sign and percent', () => {
    expect(describeChange(130, 100)).toEqual({ trend: 'up', text: '▲ +30 (+30%)' });
  });

  it('shows a fall with a down arrow and a minus', () => {
    expect(describeChange(50, 100)).toEqual({ trend: 'down', text: '▼ -50 (-50%)' });
  });

  it('says "new" when the previous period had nothing', () => {
    expect(describeChange(4, 0)).toEqual({ trend: 'up', text: '▲ +4 (new)' });
  });

  it('is flat when nothing changed', () => {
    expect(describeChange(12, 12)).toEqual({ trend: 'flat', text: '= 0' });
  });

  it('groups large differences', () => {
    expect(describeChange(12_000, 1_000).text).toBe('▲ +11,000 (+1100%)');
  });
});

describe('time', () => {
  const t = new Date(2024, 0, 2, 9, 5, 7).getTime(); // local time

  it('formats local HH:MM and HH:MM:SS with leading zeros', () => {
    expect(hhmm(t)).toBe('09:05');
    expect(hhmmss(t)).toBe('09:05:07');
  });

  it.each([
    [0, 'now'], [-5000, 'now'], [999, 'now'], [42_000, '42s'], [5 * 60_000 + 1, '5m'], [3 * 3_600_000, '3h'], [50 * 3_600_000, '2d'],
  ])('age %d ms -> %s', (age, text) => {
    expect(relativeTime(t - age, t)).toBe(text);
  });
});

describe('colors', () => {
  it('picks black text on light colors and white on dark ones', () => {
    expect(readableTextColor('#F0E442')).toBe('#000000'); // yellow
    expect(readableTextColor('#56B4E9')).toBe('#000000'); // sky blue
    expect(readableTextColor('#0072B2')).toBe('#FFFFFF'); // blue
    expect(readableTextColor('#000000')).toBe('#FFFFFF');
  });

  it('only lets hex colors through', () => {
    expect(safeColor('#12abEF')).toBe('#12abEF');
    expect(safeColor('red;background:url(x)')).toBe('#BBBBBB');
    expect(safeColor(undefined, '#000000')).toBe('#000000');
  });
});
