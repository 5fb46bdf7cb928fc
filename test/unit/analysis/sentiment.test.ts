import { describe, expect, it } from 'vitest';
import { analyze, compileModel, type AnalysisModel } from '../../../server/analysis';
import { EMOTICONS, T_SYMBOL, Tokens, tokenize } from '../../../server/analysis/tokenize';
import { EMOTICON_WEIGHTS } from '../../../server/analysis/lexicon-symbols';
import { config, loadConfig, mention } from './helpers';

const demo = compileModel(loadConfig('default.tracking.json'));
const airlines = compileModel(loadConfig('airlines.tracking.json'));

function s(text: string, model: AnalysisModel = demo) {
  return analyze(mention(text), model, 0).sentiment;
}
const score = (text: string, model?: AnalysisModel) => s(text, model).score;

describe('sentiment', () => {
  it('scores plain positive, negative and neutral text', () => {
    expect(s('I love this phone, it is awesome')).toMatchObject({ polarity: 'positive' });
    expect(s('worst phone ever, I hate it')).toMatchObject({ polarity: 'negative' });
    expect(s('The phone arrived on Tuesday')).toEqual({ score: 0, polarity: 'neutral', drivers: [] });
  });

  it('keeps the score in [-1, 1] with VADER normalisation', () => {
    const many = 'love '.repeat(200);
    expect(score(many)).toBeLessThanOrEqual(1);
    expect(score(many)).toBeGreaterThan(0.99);
    expect(score('hate '.repeat(200))).toBeGreaterThanOrEqual(-1);
    // one word of weight w: w / sqrt(w^2 + 15)
    expect(score('good')).toBeCloseTo(1.9 / Math.sqrt(1.9 * 1.9 + 15), 3);
  });

  it('flips or dampens after a negation', () => {
    expect(score('not good')).toBeLessThan(0);
    expect(score("I don't like it")).toBeLessThan(0);
    expect(score('never happy with it')).toBeLessThan(0);
    expect(score('not bad at all')).toBeGreaterThan(0);
    // negation does not cross a clause boundary
    expect(score('not today. Good service')).toBeGreaterThan(0);
  });

  it('boosts for intensifiers, ALL CAPS, elongation and "!"', () => {
    expect(score('very good')).toBeGreaterThan(score('good'));
    expect(score('it is GOOD')).toBeGreaterThan(score('it is good'));
    expect(score('sooooo goooood')).toBeGreaterThan(score('so good') - 0.001);
    expect(score('sooooo goooood')).toBeGreaterThan(0);
    expect(score('good!!!')).toBeGreaterThan(score('good'));
    expect(score('kinda good')).toBeLessThan(score('good'));
  });

  it('weighs the clause after "but" more', () => {
    expect(s('The crew was great but the delay was terrible').polarity).toBe('negative');
    expect(s('The delay was terrible but the crew was great').polarity).toBe('positive');
  });

  it('reads emoji and emoticons', () => {
    expect(score('flight 😡')).toBeLessThan(0);
    expect(score('flight 😍')).toBeGreaterThan(0);
    expect(score('👍')).toBeGreaterThan(0);
    expect(score('👎🏻')).toBeLessThan(0);
    expect(score('landed :)')).toBeGreaterThan(0);
    expect(score('landed :-(')).toBeLessThan(0);
    expect(score('🔥🔥🔥')).toBeGreaterThan(0);
  });

  it('decodes HTML entities first: &lt;3 is a heart, &gt;:( is angry', () => {
    expect(score('you guys &lt;3')).toBeGreaterThan(0);
    expect(score('&gt;:( again')).toBeLessThan(0);
    expect(score('&amp;')).toBe(0);
  });

  it('knows social-media slang and leetspeak', () => {
    for (const w of ['fml', 'smh', 'suxx0rs', 'sucks', 'wtf', 'ugh']) expect(score(w), w).toBeLessThan(0);
    for (const w of ['ftw', 'r0xx0rs', 'lol', 'thanks', 'kudos']) expect(score(w), w).toBeGreaterThan(0);
    expect(score('$ucks')).toBeLessThan(0);
  });

  it('reads service complaints as negative even without sentiment words', () => {
    for (const t of ['still waiting for my refund', '3 hours on hold', 'my package never arrived', 'no response to my email']) {
      expect(s(t).polarity, t).toBe('negative');
    }
  });

  it('gives brand names, handles and hashtags no sentiment', () => {
    const model = compileModel(config({
      brands: [{ id: 'love', name: 'Love', aliases: ['Love', 'Love Co'], hashtags: ['#LoveCo'] }, { id: 'united', name: 'United', aliases: ['United Airlines'], handles: ['@united'] }],
      lexicon: { united: 2 },
    }));
    expect(s('Just bought a Love Co blender', model)).toMatchObject({ score: 0, polarity: 'neutral' });
    expect(s('Love is out of stock #LoveCo', model).score).toBe(0);
    expect(s('@united my flight leaves at 6', model).score).toBe(0);
    expect(s('United Airlines #LoveCo', model).score).toBe(0);
    // the same word outside a brand span still counts
    expect(s('we stand united', model).score).toBeGreaterThan(0);
    expect(s('@united we stand united', model).drivers.map((d) => d.token)).toEqual(['united']);
  });

  it('lets the config lexicon override and extend the built-in one', () => {
    const model = compileModel(config({
      brands: [{ id: 'x', name: 'X' }],
      lexicon: { sick: 2.5, 'battery life': 1.5, '🛫': 1 },
    }));
    expect(score('that is sick', model)).toBeGreaterThan(0);
    expect(score('that is sick')).toBeLessThan(0);
    expect(score('the battery life', model)).toBeGreaterThan(0);
    expect(score('🛫', model)).toBeGreaterThan(0);
  });

  it('returns the drivers with their weights', () => {
    const r = s("not good, but the crew was AMAZING 😍");
    expect(r.drivers.map((d) => d.token)).toEqual(['not good', 'amazing', '😍']);
    expect(r.drivers[0].weight).toBeLessThan(0);
    expect(r.drivers[1].weight).toBeGreaterThan(2.8 * 1.5);
    const sum = r.drivers.reduce((a, d) => a + d.weight, 0);
    expect(r.score).toBeCloseTo(sum / Math.sqrt(sum * sum + 15), 2);
  });

  it('flips for #sarcasm and ignores "like" as a preposition', () => {
    expect(s('called and was hung up on. This is awesome. #sarcasm').polarity).toBe('negative');
    expect(score('the site looks like this')).toBe(0);
    expect(score('a plane like that one')).toBe(0);
    expect(score('I really like the seats')).toBeGreaterThan(0);
  });

  it('airline tweets', () => {
    expect(s('@united lost my bag, worst airline ever', airlines).polarity).toBe('negative');
    expect(s('@SouthwestAir thank you for the great flight!', airlines).polarity).toBe('positive');
    expect(s('@AmericanAir Cancelled Flightled and still on hold for 2 hours', airlines).polarity).toBe('negative');
  });

  it('every weighted emoticon is recognised by the tokenizer', () => {
    const t = new Tokens();
    for (const e of Object.keys(EMOTICON_WEIGHTS)) {
      expect(EMOTICONS).toContain(e);
      tokenize(`x ${e} y`, t);
      expect(t.n, e).toBe(3);
      expect([t.kind[1], t.key[1]]).toEqual([T_SYMBOL, e]);
    }
  });
});
