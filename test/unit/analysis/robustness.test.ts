import { describe, expect, it } from 'vitest';
import { analyze, compileModel } from '../../../server/analysis';
import { INTENTS, MentionSchema, type AnalyzedMention, type Mention } from '../../../shared/mention';
import { TEXT_MAX } from '../../../shared/constants';
import { POLARITY_THRESHOLD } from '../../../server/analysis/sentiment';
import { loadConfig, mention } from './helpers';

const model = compileModel(loadConfig('default.tracking.json'));
const airlines = compileModel(loadConfig('airlines.tracking.json'));
const FUZZ_CASES = 3000;
const FUZZ_MAX_LEN = 300;

function assertValid(a: AnalyzedMention, m: Mention): void {
  expect(a.text).toBe(m.text);
  const s = a.sentiment;
  expect(Number.isFinite(s.score)).toBe(true);
  expect(s.score).toBeGreaterThanOrEqual(-1);
  expect(s.score).toBeLessThanOrEqual(1);
  const expected = s.score >= POLARITY_THRESHOLD ? 'positive' : s.score <= -POLARITY_THRESHOLD ? 'negative' : 'neutral';
  expect(s.polarity, `score ${s.score} of ${JSON.stringify(m.text).slice(0, 200)}`).toBe(expected);
  for (const d of s.drivers) expect(Number.isFinite(d.weight)).toBe(true);
  for (const b of a.brands) {
    if (b.via === 'query') continue;
    expect(b.start).toBeGreaterThanOrEqual(0);
    expect(b.end).toBeGreaterThan(b.start!);
    expect(b.end).toBeLessThanOrEqual(m.text.length);
  }
  expect(INTENTS).toContain(a.intent);
  expect(a.department).toMatch(/^[a-z0-9][a-z0-9_-]*$/);
  expect(a.language).toMatch(/^([a-z]{2}|und)$/);
  expect(a.terms.length).toBeLessThanOrEqual(20);
  for (const t of a.terms) expect(t).toBe(t.toLowerCase());
  expect(new Set(a.terms).size).toBe(a.terms.length);
  expect(Array.isArray(a.topics)).toBe(true);
  expect(Number.isFinite(a.reach)).toBe(true);
}

function assertNoPollution(): void {
  const o: Record<string, unknown> = {};
  expect(o.polluted).toBeUndefined();
  expect(Object.keys(Object.prototype)).toEqual([]);
  expect(typeof ({} as { constructor: unknown }).constructor).toBe('function');
  expect(Object.getPrototypeOf({})).toBe(Object.prototype);
}

const SPECIAL = [
  '', ' ', '\n\t\r', 'a', '?', '!!!!!', '#', '@', '$', '&', '&amp;', '&#0;', '&#x110000;', '&#99999999999;',
  '__proto__', 'constructor', 'prototype', 'hasOwnProperty', 'toString', 'valueOf', '__defineGetter__',
  '__proto__ constructor prototype toString', '#__proto__ @constructor $prototype', '{"__proto__": {"polluted": 1}}',
  'polluted __proto__.polluted constructor.prototype.polluted',
  'مرحبا Nimbus هذا رائع', '\u202eNimbus is great\u202c', 'שלום \u200f nimbus',
  'Z̷̢̛̛a̵̧̛l̶̨̛g̵̢̛o̴̢̕ N̶̢i̷̛m̵̢b̴̛u̶̕s̷̢ i̶s̷ g̴r̵e̸a̶t̶', '😀😀😀😀', '👍🏽👍🏿🏳️‍🌈👨‍👩‍👧‍👦', '🇺🇸🇫🇷',
  '\ud83d', '\ude00', 'abc\ud83dxyz\ude00', '\ud83d\ud83d\ude00\ude00', '\u0000', 'Nimbus\u0000is\u0000great',
  '\u0000\u0001\u0002\u001f\u007f\u0080\u009f', '\uffff\ufffe\ufeff', String.fromCharCode(...Array.from({ length: 256 }, (_, i) => i)),
  'İstanbul ǅ ß ẞ ﬁ ＮＩＭＢＵＳ 𝐍𝐢𝐦𝐛𝐮𝐬', 'http://', 'https://nimbus.com/?q=__proto__', 'www.',
  ':) :( :-D </3 <3 ^_^', "'''''''", '"""', '\\\\\\', '/a(b/', '(?=)', '***', 'n'.repeat(1000),
];

describe('robustness: any string gives a valid result', () => {
  it.each(SPECIAL.map((s) => [JSON.stringify(s).slice(0, 60), s]))('%s', (_label, text) => {
    for (const mdl of [model, airlines]) {
      const m = mention(text);
      assertValid(analyze(m, mdl, 0), m);
    }
    assertNoPollution();
  });

  it('handles 100 KB texts (words, one long word, emoji, junk) quickly', () => {
    const big = [
      'Nimbus battery is great but support is awful. '.repeat(2300),
      'x'.repeat(100_000),
      '😀'.repeat(50_000),
      Array.from({ length: 100_000 }, (_, i) => String.fromCharCode((i * 7919) % 65536)).join(''),
      '#tag '.repeat(20_000), '@a '.repeat(33_000), 'http://x.co/ '.repeat(8000), '?'.repeat(100_000),
    ];
    const t0 = performance.now();
    for (const text of big) {
      const m = mention(text);
      assertValid(analyze(m, model, 0), m);
    }
    expect(performance.now() - t0).toBeLessThan(5000);
    assertNoPollution();
  });

  it('odd mention fields (profile location and time zone junk, extreme geo) give a valid place', () => {
    const odd = ['__proto__', 'constructor', 'toString', '', '\u0000', '🇺🇸', 'ÜT: 999,999', 'ÜT: -90.0,-180.0', 'NaN, NaN'];
    for (const location of odd) {
      for (const timezone of odd) {
        const m = mention('hi', { author: { location, timezone }, lang: location });
        const a = analyze(m, model, 0);
        assertValid(a, m);
        if (a.place.country !== undefined) expect(a.place.country).toMatch(/^[A-Z]{2}$/);
      }
    }
    for (const [lat, lon] of [[90, 180], [-90, -180], [0, 0], [89.9999, 179.9999], [-0, -0]]) {
      const m = mention('hi', { geo: { lat, lon } });
      assertValid(analyze(m, model, 0), m);
    }
    assertNoPollution();
  });

  it(`seeded fuzz: ${FUZZ_CASES} random strings`, () => {
    let seed = 20240229;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    const pieces = [
      'Nimbus', 'zephyr', '@nimbus', '#Orbix', '$ZPHR', 'N1mbus', 'not', 'very', 'great', 'awful', 'but', 'refund',
      'how do I', 'want to buy', '?', '!', '.', ' ', '  ', ':)', '<3', '😀', '👍🏽', '&amp;', '&#x27;', 'http://t.co/x',
      '__proto__', 'constructor', '\u0000', '\ud83d', '\ude00', '\u202e', '\u0301', 'é', 'ß', 'İ', 'の', '中', 'я', 'ع',
    ];
    for (let i = 0; i < FUZZ_CASES; i++) {
      const len = Math.floor(rnd() * FUZZ_MAX_LEN);
      let text = '';
      while (text.length < len) {
        text += rnd() < 0.5 ? pieces[Math.floor(rnd() * pieces.length)] : String.fromCharCode(Math.floor(rnd() * 65536));
      }
      const m = mention(text.slice(0, TEXT_MAX), { channel: rnd() < 0.5 ? 'news' : 'forum' });
      expect(MentionSchema.safeParse(m).success).toBe(true);
      const a = analyze(m, rnd() < 0.5 ? model : airlines, 0);
      assertValid(a, m);
    }
    assertNoPollution();
  });
});
