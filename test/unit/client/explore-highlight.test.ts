import { describe, expect, it } from 'vitest';
import type { ExplainSpan } from '../../../shared/explore';
import { highlightRuns, runTitle, SPANS_MAX } from '../../../client/explore/highlight';

const span = (start: number, end: number, kind: ExplainSpan['kind'] = 'sentiment', label = 'x', weight?: number): ExplainSpan =>
  ({ start, end, kind, label, ...(weight === undefined ? {} : { weight }) });

/** The runs, as [text, kinds] pairs; their texts must always add up to the whole text. */
function cut(text: string, spans: ExplainSpan[]) {
  const runs = highlightRuns(text, spans);
  expect(runs.map((r) => r.text).join('')).toBe(text);
  for (let i = 1; i < runs.length; i++) expect(runs[i].start).toBe(runs[i - 1].end);
  return runs.map((r) => [r.text, r.spans.map((s) => s.kind).join('+')]);
}

describe('explain highlighting runs', () => {
  it('marks brand and sentiment spans and leaves the rest as plain runs', () => {
    const text = 'My Nimbus battery died again';
    expect(cut(text, [span(3, 9, 'brand', 'nimbus'), span(18, 22, 'sentiment', 'died', -1.9)])).toEqual([
      ['My ', ''], ['Nimbus', 'brand'], [' battery ', ''], ['died', 'sentiment'], [' again', ''],
    ]);
  });

  it('splits overlapping spans so each run lists every span covering it', () => {
    const text = 'battery overheating';
    // topic keyword "battery overheat*" overlaps a sentiment token "overheating"
    expect(cut(text, [span(0, 15, 'topic', 'battery'), span(8, 19, 'sentiment', 'overheating', -2)])).toEqual([
      ['battery ', 'topic'], ['overhea', 'topic+sentiment'], ['ting', 'sentiment'],
    ]);
    // nested and identical spans
    expect(cut('abcdef', [span(0, 6, 'brand'), span(2, 4, 'search'), span(2, 4, 'topic')])).toEqual([
      ['ab', 'brand'], ['cd', 'brand+search+topic'], ['ef', 'brand'],
    ]);
  });

  it('never splits a surrogate pair: offsets are UTF-16 units and spans snap outward', () => {
    const text = 'ok 😡 Nimbus';
    // 😡 is two UTF-16 units at 3..5; "Nimbus" is at 6..12
    expect(text.slice(6, 12)).toBe('Nimbus');
    expect(cut(text, [span(6, 12, 'brand')])).toEqual([['ok 😡 ', ''], ['Nimbus', 'brand']]);
    // a span given on half of the emoji covers the whole emoji
    expect(cut(text, [span(4, 5, 'sentiment', '😡', -3)])).toEqual([['ok ', ''], ['😡', 'sentiment'], [' Nimbus', '']]);
    expect(cut(text, [span(3, 4, 'sentiment')])).toEqual([['ok ', ''], ['😡', 'sentiment'], [' Nimbus', '']]);
  });

  it('keeps emoji sequences (ZWJ, skin tones, flags) whole', () => {
    const family = '👨‍👩‍👧';
    const text = `hi ${family} 👍🏽 🇫🇷!`;
    const start = text.indexOf('👍');
    expect(cut(text, [span(start, start + 2, 'sentiment')])).toEqual([['hi ' + family + ' ', ''], ['👍🏽', 'sentiment'], [' 🇫🇷!', '']]);
    expect(cut(text, [span(5, 6, 'sentiment')])).toEqual([['hi ', ''], [family, 'sentiment'], [' 👍🏽 🇫🇷!', '']]);
  });

  it('clips spans past the text, drops empty, reversed and non-numeric spans', () => {
    const text = 'short';
    expect(cut(text, [span(3, 99, 'brand'), span(-5, 1, 'topic'), span(2, 2), span(4, 1), span(NaN, 3)])).toEqual([
      ['s', 'topic'], ['ho', ''], ['rt', 'brand'],
    ]);
    expect(highlightRuns('', [span(0, 3)])).toEqual([]);
    expect(cut('plain', [])).toEqual([['plain', '']]);
  });

  it('keeps hostile markup as text in the runs', () => {
    const text = '<img src=x onerror="alert(1)"> Nimbus <script>alert(2)</script>';
    const runs = cut(text, [span(text.indexOf('Nimbus'), text.indexOf('Nimbus') + 6, 'brand'), span(1, 4, 'sentiment')]);
    expect(runs[1]).toEqual(['img', 'sentiment']);
    expect(runs.map((r) => r[0]).join('')).toContain('<script>alert(2)</script>');
  });

  it('bounds the work on a flood of spans', () => {
    const text = 'a'.repeat(1000);
    const many = Array.from({ length: 5000 }, (_, i) => span(i % 1000, (i % 1000) + 1));
    const runs = highlightRuns(text, many);
    expect(runs.filter((r) => r.spans.length > 0).length).toBe(SPANS_MAX);
  });

  it('describes runs with labels and signed weights', () => {
    expect(runTitle([span(0, 1, 'sentiment', 'died', -1.9), span(0, 1, 'brand', 'nimbus')], (k, id) => (k === 'brand' ? 'Nimbus' : id)))
      .toBe('sentiment: died (−1.90) · brand: Nimbus');
  });
});
