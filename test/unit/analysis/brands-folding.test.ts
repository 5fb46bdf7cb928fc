import { describe, expect, it } from 'vitest';
import { analyze, compileModel } from '../../../server/analysis';
import { matchBrands } from '../../../server/analysis/brands';
import { Tokens, tokenize } from '../../../server/analysis/tokenize';
import { config, mention } from './helpers';

const tech = compileModel(config({ brands: [
  { id: 'microsoft', name: 'Microsoft', aliases: ['Microsoft', 'MSFT', 'Micro soft', 'M$'],
    handles: ['@Microsoft', '@MicrosoftHelps'], hashtags: ['#Microsoft'], cashtags: ['$MSFT'] },
  { id: 'apple', name: 'Apple', aliases: ['Apple'], handles: ['@Apple', '@AppleSupport'], cashtags: ['AAPL'],
    exclude: ['apple pie', 'apple cider', 'big apple', 'apple juice', "adam's apple"] },
  { id: 'dell', name: 'Dell', aliases: ['Dell'], handles: ['@Dell', '@DellCares'], hashtags: ['#DellCares'], cashtags: ['$DELL'],
    exclude: ['dell rapids', 'dell city', 'farmer in the dell'] },
  { id: 'google', name: 'Google', aliases: ['Google'], handles: ['@Google'] },
  { id: 'amazon', name: 'Amazon', aliases: ['Amazon'], cashtags: ['$AMZN'], exclude: ['amazon river', 'amazon rainforest'] },
  { id: 'threem', name: '3M', aliases: ['3M'] },
] }));

function brands(text: string) {
  return analyze(mention(text), tech, 0).brands;
}
/** [brand, matched] pairs; also checks that every span slices to `matched`. */
function spans(text: string): [string, string][] {
  return brands(text).map((b) => {
    expect(text.slice(b.start, b.end)).toBe(b.matched);
    return [b.brand, b.matched as string];
  });
}
function ids(text: string): string[] {
  return brands(text).map((b) => b.brand);
}

describe('brand disguises (leetspeak)', () => {
  it('Micro$oft ($ -> s)', () => expect(spans('ugh Micro$oft again')).toEqual([['microsoft', 'Micro$oft']]));
  it('M$ft', () => expect(spans('M$ft wants my data')).toEqual([['microsoft', 'M$ft']]));
  it('M$ as an alias of its own', () => expect(spans('M$ strikes again')).toEqual([['microsoft', 'M$']]));
  it('Micr0soft (0 -> o)', () => expect(spans('Micr0soft support')).toEqual([['microsoft', 'Micr0soft']]));
  it('MSFT alias', () => expect(spans('MSFT earnings')).toEqual([['microsoft', 'MSFT']]));
  it('"micro soft", two words', () => expect(spans('my micro soft office')).toEqual([['microsoft', 'micro soft']]));
  it('m1cr0s0ft (1 -> i)', () => expect(spans('m1cr0s0ft 365')).toEqual([['microsoft', 'm1cr0s0ft']]));
  it('De11 (1 -> l)', () => expect(spans('my De11 died')).toEqual([['dell', 'De11']]));
  it('D3LL (3 -> e)', () => expect(spans('D3LL laptops')).toEqual([['dell', 'D3LL']]));
  it('4pple (4 -> a)', () => expect(spans('4pple charger')).toEqual([['apple', '4pple']]));
  it('Microsof7 (7 -> t)', () => expect(spans('Microsof7 teams')).toEqual([['microsoft', 'Microsof7']]));
  it('Am@zon (@ -> a inside a word)', () => expect(spans('Am@zon prime')).toEqual([['amazon', 'Am@zon']]));
  it('a leet hashtag', () => expect(spans('#D3LL lol')).toEqual([['dell', '#D3LL']]));
  it('an alias written with digits keeps them: "3M" is not "em"', () => {
    expect(spans('3M tape')).toEqual([['threem', '3M']]);
    expect(ids('em, what?')).toEqual([]);
  });
});

describe('brand folding: case, width, diacritics, look-alikes', () => {
  it('case', () => {
    expect(spans('MICROSOFT why')).toEqual([['microsoft', 'MICROSOFT']]);
    expect(spans('mIcRoSoFt')).toEqual([['microsoft', 'mIcRoSoFt']]);
  });
  it('full width', () => expect(spans('I hate Ｍｉｃｒｏｓｏｆｔ updates')).toEqual([['microsoft', 'Ｍｉｃｒｏｓｏｆｔ']]));
  it('full-width hashtag', () => expect(spans('#Ｍｉｃｒｏｓｏｆｔ')).toEqual([['microsoft', '#Ｍｉｃｒｏｓｏｆｔ']]));
  it('full-width digit as leet', () => expect(spans('Ｍｉｃｒ０ｓｏｆｔ')).toEqual([['microsoft', 'Ｍｉｃｒ０ｓｏｆｔ']]));
  it('precomposed diacritic', () => expect(spans('Micrösoft teams')).toEqual([['microsoft', 'Micrösoft']]));
  it('combining diacritic', () => expect(spans('Micro\u0308soft teams')).toEqual([['microsoft', 'Micro\u0308soft']]));
  it('letters that do not decompose (ø)', () => expect(spans('Micrøsoft')).toEqual([['microsoft', 'Micrøsoft']]));
  it('Cyrillic look-alikes inside a Latin word', () => {
    expect(spans('G\u043e\u043egle knows')).toEqual([['google', 'G\u043e\u043egle']]);
    // An all-Cyrillic word is left alone.
    expect(ids('\u0410\u0440\u0440\u04cf\u0435')).toEqual([]);
  });
  it('diacritics in the config fold too', () => {
    const m = compileModel(config({ brands: [{ id: 'nestle', name: 'Nestlé', aliases: ['Nestlé'] }] }));
    expect(analyze(mention('Nestle and NESTLÉ'), m, 0).brands.map((b) => b.matched)).toEqual(['Nestle']);
    expect(analyze(mention('NESTLÉ'), m, 0).brands.map((b) => b.matched)).toEqual(['NESTLÉ']);
  });
});

describe('word boundaries', () => {
  it('no match inside longer words', () => {
    for (const t of ['Dellwood is lovely', 'Dellinger scored', 'Rondell', 'pineapple pizza', 'applesauce', 'Amazonian tribes', 'googly eyes', 'microsoftware']) {
      expect(ids(t), t).toEqual([]);
    }
  });
  it('matches next to punctuation and possessives', () => {
    expect(spans('(Dell), Apple\'s and Google: ok')).toEqual([['dell', 'Dell'], ['apple', 'Apple\'s'], ['google', 'Google']]);
  });
  it('a domain names the brand; an e-mail address by its domain', () => {
    expect(spans('see dell.com/support')).toEqual([['dell', 'dell']]);
    expect(spans('email support@dell.com now')).toEqual([['dell', 'dell']]);
    expect(brands('email support@dell.com now')[0].start).toBe('email support@'.length);
    expect(ids('john@dellwood.com replied')).toEqual([]);
    expect(ids('ping me@dell soon')).toEqual([]); // not an address: no ".tld"
  });
});

describe('handles, hashtags, cashtags', () => {
  it('handles match as @handles only, exactly', () => {
    expect(spans('@DellCares help')).toEqual([['dell', '@DellCares']]);
    expect(spans('@microsofthelps still waiting')).toEqual([['microsoft', '@microsofthelps']]);
    expect(ids('@dellfan99 and @MicrosoftHelpsMe')).toEqual([]);
  });
  it('hashtags: configured, and aliases as hashtags', () => {
    expect(spans('great #DellCares')).toEqual([['dell', '#DellCares']]);
    expect(spans('#MicroSoft rules')).toEqual([['microsoft', '#MicroSoft']]);
    expect(ids('#AppleEvent tonight')).toEqual([]);
  });
  it('cashtags, with or without "$" in the config', () => {
    expect(spans('$MSFT and $aapl up, $DELL down')).toEqual([['microsoft', '$MSFT'], ['apple', '$aapl'], ['dell', '$DELL']]);
    expect(ids('$MSFTX and $TSLA')).toEqual([]);
    // A cashtag is not an alias: bare "AAPL" is not configured.
    expect(ids('AAPL up')).toEqual([]);
  });
});

describe('exclusions', () => {
  it.each([
    ['apple pie with ice cream'], ['hot apple cider'], ['Welcome to the Big Apple'], ['a glass of apple juice'],
    ["his Adam's apple moved"], ['Dell Rapids, South Dakota'], ['Dell City Texas'], ['the farmer in the dell'],
    ['Amazon River cruise'], ['the amazon rainforest'], ['APPLE PIE!!'], ['4pple pie'],
  ])('%s', (text) => expect(ids(text)).toEqual([]));
  it('keeps a real mention next to an excluded one, with its span', () => {
    const text = 'baked an apple pie, then my Apple watch died';
    expect(spans(text)).toEqual([['apple', 'Apple']]);
    expect(brands(text)[0].start).toBe(text.indexOf('Apple'));
  });
  it('an exclusion of one brand does not cancel another', () => {
    expect(ids('amazon river documentary on Google')).toEqual(['google']);
  });
});

describe('spans and safety', () => {
  it('text.slice(start, end) === matched for every match, in text order', () => {
    const text = 'Ｍｉｃｒｏｓｏｆｔ, De11 & 4pple 😀 vs @Google and $AMZN';
    const got = brands(text);
    expect(got.map((b) => b.brand)).toEqual(['microsoft', 'dell', 'apple', 'google', 'amazon']);
    for (const b of got) expect(text.slice(b.start, b.end)).toBe(b.matched);
  });
  it('matched comes from the original text when HTML entities were decoded', () => {
    const raw = 'AT&amp;T &gt; Micro$oft';
    const t = new Tokens();
    tokenize(raw, t);
    tech.vocab.resolve(t);
    const [m] = matchBrands(tech.brands, t, undefined, new Uint8Array(6), raw);
    expect(m).toMatchObject({ brand: 'microsoft', matched: 'Micro$oft' });
    expect(raw.slice(m.start, m.end)).toBe('Micro$oft');
  });
  it('prototype names in text or config touch nothing', () => {
    const model = compileModel(config({ brands: [
      { id: 'proto', name: 'Proto', aliases: ['__proto__', 'constructor'], queries: ['toString'], exclude: ['hasOwnProperty constructor'] },
    ] }));
    const text = '__proto__ constructor toString valueOf hasOwnProperty &constructor; &__proto__; &valueOf;';
    expect(() => analyze(mention(text, { query: '__proto__' }), tech, 0)).not.toThrow();
    expect(ids(text)).toEqual([]);
    const got = analyze(mention('a __proto__ here', { query: 'constructor' }), model, 0).brands;
    // The tokenizer reads "__proto__" as the word "proto" (underscores separate words).
    expect(got).toEqual([{ brand: 'proto', matched: 'proto', start: 4, end: 9, via: 'text' }]);
    expect(analyze(mention('x', { query: 'toString' }), model, 0).brands).toEqual([{ brand: 'proto', via: 'query' }]);
    expect(analyze(mention('x', { query: 'valueOf' }), model, 0).brands).toEqual([]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
