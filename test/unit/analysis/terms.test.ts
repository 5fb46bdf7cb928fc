import { describe, expect, it } from 'vitest';
import { analyze, compileModel } from '../../../server/analysis';
import { TERMS_MAX } from '../../../server/analysis/terms';
import { airlineMention, airlineRows, loadConfig, mention } from './helpers';

const model = compileModel(loadConfig('default.tracking.json'));
const termsOf = (text: string) => analyze(mention(text), model, 0).terms;

describe('terms', () => {
  it('keeps lower-case words and #hashtags in text order, without stop-words', () => {
    expect(termsOf('The Battery of my new phone is AMAZING #BatteryLife')).toEqual(['battery', 'new', 'phone', 'amazing', '#batterylife']);
  });

  it('drops brand names, aliases, handles and hashtags, and every @mention', () => {
    expect(termsOf('@NimbusCares N1mbus Tech vs Zephyr Mobile #Nimbus #zephyr screen @bob')).toEqual(['screen']);
  });

  it('drops one-word brand names and handle words even where brand matching did not mask them', () => {
    const airlines = compileModel(loadConfig('airlines.tracking.json'));
    const a = analyze(mention('United flight delayed, southwestair too #united #travel', { query: 'United' }), airlines, 0);
    expect(a.terms).toEqual(['flight', 'delayed', '#travel']);
  });

  it('drops URLs, numbers, words starting with a digit and 1-2 letter words', () => {
    expect(termsOf('flight 447 at 10pm ok go https://t.co/AbCdEf123 www.example.com/path delayed')).toEqual(['flight', 'delayed']);
  });

  it('drops Spanish, Portuguese, French and German stop-words', () => {
    expect(termsOf('el servicio de la tienda')).toEqual(['servicio', 'tienda']);
    expect(termsOf('não gostei muito da entrega')).toEqual(['gostei', 'entrega']);
    expect(termsOf("c'est une batterie pour nous")).toEqual(['batterie']);
    expect(termsOf('der Akku ist nicht gut')).toEqual(['akku', 'gut']);
  });

  it('deduplicates and caps at TERMS_MAX', () => {
    expect(termsOf('screen Screen SCREEN screen')).toEqual(['screen']);
    const many = Array.from({ length: 50 }, (_, i) => `word${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}`).join(' ');
    const t = termsOf(many);
    expect(t).toHaveLength(TERMS_MAX);
    expect(t[0]).toBe('wordaa');
  });

  it('is empty for emoji, punctuation and stop-words only', () => {
    expect(termsOf('😀😀 !!! ... 🎉')).toEqual([]);
    expect(termsOf('and then it was what it was')).toEqual([]);
    expect(termsOf('')).toEqual([]);
  });

  it('airline tweets: no handles, brand names or URL parts among the terms', () => {
    const airlines = compileModel(loadConfig('airlines.tracking.json'));
    let withTerms = 0;
    for (const r of airlineRows().slice(0, 3000)) {
      const a = analyze(airlineMention(r), airlines, 0);
      if (a.terms.length > 0) withTerms++;
      for (const term of a.terms) {
        expect(term).toBe(term.toLowerCase());
        expect(term.startsWith('@')).toBe(false);
        expect(['http', 'https', 'united', 'jetblue', 'southwestair', 'americanair', 'usairways']).not.toContain(term);
        expect(term.length).toBeGreaterThanOrEqual(3);
      }
      expect(new Set(a.terms).size).toBe(a.terms.length);
    }
    expect(withTerms).toBeGreaterThan(2800);
  });
});
