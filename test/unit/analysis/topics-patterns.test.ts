import { describe, expect, it } from 'vitest';
import { analyze, compileModel } from '../../../server/analysis';
import { requiredLiteral } from '../../../server/analysis/patterns';
import { config, mention } from './helpers';

const cfg = config({
  brands: [{ id: 'acme', name: 'Acme' }],
  topics: [
    { id: 'delay', label: 'Delay', keywords: ['/delayed? (by )?\\d+ (hours?|mins?)/'] },
    { id: 'order', label: 'Order numbers', keywords: ['/\\border #?[A-Z]{2}\\d{4,}\\b/'] },
    { id: 'refund', label: 'Refund', keywords: ['refund', '/money back|chargeback/'] },
    { id: 'ship', label: 'Shipping', keywords: ['/ship(ped|ping)?\\b/'] },
  ],
});
const model = compileModel(cfg);
const topicsOf = (text: string) => analyze(mention(text), model, 0).topics;

describe('topic patterns (/regex/ keywords)', () => {
  it('matches case-insensitively, together with plain keywords', () => {
    expect(topicsOf('Acme flight DELAYED by 3 hours')).toEqual(['delay']);
    expect(topicsOf('delay 3 hours')).toEqual([]);
    expect(topicsOf('about my order #AB12345')).toEqual(['order']);
    expect(topicsOf('about my order AB12')).toEqual([]);
    expect(topicsOf('I want my money back')).toEqual(['refund']);
    expect(topicsOf('filed a chargeback and a refund')).toEqual(['refund']);
    expect(topicsOf('shipping took ages, shipped late')).toEqual(['ship']);
  });

  it('derives the literal a pattern requires, for the cheap prefilter', () => {
    expect(requiredLiteral('delayed? (by )?\\d+ (hours?|mins?)')).toBe('delaye');
    expect(requiredLiteral('\\border #?[A-Z]{2}\\d{4,}\\b')).toBe('order ');
    expect(requiredLiteral('money back|chargeback')).toBeNull(); // top-level alternation
    expect(requiredLiteral('ship(ped|ping)?\\b')).toBe('ship');
    expect(requiredLiteral('a{2}b')).toBeNull(); // "a" is repeated, "b" too short
    expect(requiredLiteral('re\\.fund+s')).toBe('re.fund');
    expect(requiredLiteral('\\x41BCDEF')).toBeNull();
  });

  it('the prefilter never hides a match (random texts agree with the bare RegExp)', () => {
    const re = /delayed? (by )?\d+ (hours?|mins?)/i;
    const words = ['delay', 'delayed', 'by', '3', '45', 'hours', 'hour', 'mins', 'DELAYED', 'the', 'flight'];
    let seed = 3;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    let hits = 0;
    for (let i = 0; i < 2000; i++) {
      const text = Array.from({ length: 1 + Math.floor(rnd() * 6) }, () => words[Math.floor(rnd() * words.length)]).join(' ');
      const expected = re.test(text);
      if (expected) hits++;
      expect(topicsOf(text).includes('delay'), text).toBe(expected);
    }
    expect(hits).toBeGreaterThan(20);
  });

  it('an invalid pattern fails compileModel, naming the topic', () => {
    const bad = config({ brands: [{ id: 'acme', name: 'Acme' }], topics: [{ id: 'oops', label: 'Oops', keywords: ['/a(b/'] }] });
    expect(() => compileModel(bad)).toThrow(/topic "oops": invalid pattern/);
  });
});
