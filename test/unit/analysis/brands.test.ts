import { describe, expect, it } from 'vitest';
import { analyze, compileModel } from '../../../server/analysis';
import { config, loadConfig, mention } from './helpers';

const demo = compileModel(loadConfig('default.tracking.json'));
const airlines = compileModel(loadConfig('airlines.tracking.json'));

function brandsOf(model: typeof demo, text: string, query?: string) {
  return analyze(mention(text, { query }), model, 0).brands;
}
function spans(model: typeof demo, text: string) {
  return brandsOf(model, text).map((b) => [b.brand, text.slice(b.start, b.end)]);
}

describe('brand matching', () => {
  it('matches aliases case-insensitively with correct spans', () => {
    const text = 'Loving my new NIMBUS, better than the zephyr mobile';
    expect(spans(demo, text)).toEqual([['nimbus', 'NIMBUS'], ['zephyr', 'zephyr mobile']]);
  });

  it('respects word boundaries', () => {
    const model = compileModel(config({ brands: [
      { id: 'dell', name: 'Dell', handles: ['@Dell'] },
      { id: 'united', name: 'United' },
    ] }));
    expect(brandsOf(model, 'Dellwood is lovely, we stood unitedly')).toEqual([]);
    expect(brandsOf(model, 'Lots of orbixes')).toEqual([]);
    expect(spans(model, 'my Dell died; united we stand')).toEqual([['dell', 'Dell'], ['united', 'united']]);
  });

  it('folds leetspeak: N1mbus, Nimbu$, 0rbix match', () => {
    const model = compileModel(config({ brands: [{ id: 'nimbus', name: 'Nimbus' }, { id: 'orbix', name: 'Orbix' }] }));
    expect(spans(model, 'N1mbus is the best')).toEqual([['nimbus', 'N1mbus']]);
    expect(spans(model, 'Nimbu$ again')).toEqual([['nimbus', 'Nimbu$']]);
    expect(spans(model, 'meh 0rb1x')).toEqual([['orbix', '0rb1x']]);
  });

  it('matches @handles (not folded to "a") and #hashtags, including an alias as a hashtag', () => {
    expect(spans(demo, 'hey @nimbus and @NimbusCares')).toEqual([['nimbus', '@nimbus']]);
    expect(spans(demo, '#N1mbus day')).toEqual([['nimbus', '#N1mbus']]);
    expect(spans(airlines, 'never again #UnitedAirlines')).toEqual([['united', '#UnitedAirlines']]);
    expect(spans(airlines, 'flying #jetblue')).toEqual([['jetblue', '#jetblue']]);
    // "@nimbusfan" is another account
    expect(brandsOf(demo, '@nimbusfan hi')).toEqual([]);
  });

  it('drops a match inside an exclusion phrase, keeps the others', () => {
    expect(brandsOf(demo, 'look at that nimbus cloud')).toEqual([]);
    expect(brandsOf(demo, 'a Nimbus 2000 broomstick')).toEqual([]);
    expect(brandsOf(demo, 'saw an american kestrel today')).toEqual([]);
    const text = 'nimbus cloud overhead while my Nimbus phone died';
    expect(spans(demo, text)).toEqual([['nimbus', 'Nimbus']]);
    expect(brandsOf(demo, text)[0].start).toBe(text.lastIndexOf('Nimbus'));
  });

  it('adds a brand by the source query, with no span, unless the text already names it', () => {
    expect(brandsOf(demo, 'battery died again', 'nimbus')).toEqual([{ brand: 'nimbus', via: 'query' }]);
    expect(brandsOf(demo, 'my Nimbus battery died', 'Nimbus')).toEqual([{ brand: 'nimbus', matched: 'Nimbus', start: 3, end: 9, via: 'text' }]);
    expect(brandsOf(demo, 'battery died', 'unknown query')).toEqual([]);
    // In the airline data the "Delta" rows are tweets to @JetBlue.
    expect(brandsOf(airlines, 'thanks for the snacks', 'Delta')).toEqual([{ brand: 'jetblue', via: 'query' }]);
  });

  it('lists each brand once, first occurrence', () => {
    const text = '@JetBlue I love JetBlue, Jet Blue forever';
    expect(spans(airlines, text)).toEqual([['jetblue', '@JetBlue']]);
  });

  it('airlines: bare common words do not match, handles and full names do', () => {
    expect(brandsOf(airlines, 'We are united, an American in Delta, Colorado, flying southwest')).toEqual([]);
    expect(spans(airlines, '@united lost my bag')).toEqual([['united', '@united']]);
    expect(spans(airlines, 'Flew United Airlines then Delta Air Lines')).toEqual([['united', 'United Airlines'], ['delta', 'Delta Air Lines']]);
    expect(spans(airlines, '@DeltaAssist and @AmericanAir')).toEqual([['delta', '@DeltaAssist'], ['american', '@AmericanAir']]);
    expect(spans(airlines, 'Virgin America rocks, so does US Airways')).toEqual([['virgin', 'Virgin America'], ['usairways', 'US Airways']]);
  });

  it('spans point into the original text when HTML entities were decoded', () => {
    const text = 'Tom &amp; Jerry &gt; @JetBlue';
    expect(spans(airlines, text)).toEqual([['jetblue', '@JetBlue']]);
  });

  it('uses the name when a brand has no aliases', () => {
    const model = compileModel(config({ brands: [{ id: 'acme', name: 'Acme Corp' }] }));
    expect(spans(model, 'I work at ACME corp.')).toEqual([['acme', 'ACME corp']]);
  });
});
