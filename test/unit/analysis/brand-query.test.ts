import { describe, expect, it } from 'vitest';
import { analyze, compileModel } from '../../../server/analysis';
import { parseQuery, Q_AND, Q_NEAR, Q_NOT, Q_OR, Q_TERM, type QueryNode } from '../../../server/analysis/brand-query';
import type { TrackingConfigInput } from '../../../shared/tracking';
import { config, mention } from './helpers';

/** A one-brand model whose brand "b" has the given query (and no alias of its own unless given). */
type BrandInput = TrackingConfigInput['brands'][number];

function model(query: string, extra: Partial<BrandInput> = {}) {
  return compileModel(config({ brands: [{ id: 'b', name: 'Zzqx', aliases: ['Zzqx'], query, ...extra }] }));
}
function hits(m: ReturnType<typeof model>, text: string): boolean {
  const got = analyze(mention(text), m, 0).brands;
  for (const b of got) expect(text.slice(b.start, b.end)).toBe(b.matched);
  return got.length > 0;
}

/** The tree as a compact string, for precedence checks. */
function show(n: QueryNode): string {
  switch (n.op) {
    case Q_TERM: return n.text;
    case Q_NOT: return `NOT(${show(n.kid)})`;
    case Q_NEAR: return `NEAR${n.n}(${show(n.a)},${show(n.b)})`;
    case Q_AND: return `AND(${n.kids.map(show).join(',')})`;
    case Q_OR: return `OR(${n.kids.map(show).join(',')})`;
  }
}
function tree(q: string): string {
  let id = 0;
  return show(parseQuery(q, () => id++));
}

describe('Boolean brand queries: operators', () => {
  it('a single term', () => {
    const m = model('microsoft');
    expect(hits(m, 'Microsoft teams')).toBe(true);
    expect(hits(m, 'nothing here')).toBe(false);
  });
  it('AND needs both', () => {
    const m = model('amazon AND prime');
    expect(hits(m, 'amazon prime day')).toBe(true);
    expect(hits(m, 'prime then amazon')).toBe(true);
    expect(hits(m, 'amazon only')).toBe(false);
    expect(hits(m, 'prime only')).toBe(false);
  });
  it('OR needs either', () => {
    const m = model('iphone OR ipad');
    expect(hits(m, 'my iPad')).toBe(true);
    expect(hits(m, 'my iphone')).toBe(true);
    expect(hits(m, 'my laptop')).toBe(false);
  });
  it('NOT excludes', () => {
    const m = model('apple AND NOT pie');
    expect(hits(m, 'apple store')).toBe(true);
    expect(hits(m, 'apple pie')).toBe(false);
  });
  it('"a NOT b" means a AND NOT b; adjacent operands mean AND', () => {
    expect(hits(model('apple NOT pie'), 'apple pie')).toBe(false);
    expect(hits(model('apple NOT pie'), 'apple store')).toBe(true);
    expect(hits(model('apple store'), 'store for apple fans')).toBe(true);
    expect(hits(model('apple store'), 'apple fans')).toBe(false);
  });
  it('quoted phrases need their words in a row', () => {
    const m = model('"micro soft"');
    expect(hits(m, 'micro soft office')).toBe(true);
    expect(hits(m, 'MICRO-SOFT office')).toBe(true);
    expect(hits(m, 'soft micro')).toBe(false);
    expect(hits(m, 'micro and soft')).toBe(false);
  });
  it('NEAR/n: at most n words between, either order', () => {
    const m = model('xbox NEAR/3 gamepass');
    expect(hits(m, 'xbox gamepass')).toBe(true);
    expect(hits(m, 'xbox a b c gamepass')).toBe(true);
    expect(hits(m, 'xbox a b c d gamepass')).toBe(false);
    expect(hits(m, 'gamepass a b c xbox')).toBe(true);
    expect(hits(m, 'gamepass, a: b! c xbox')).toBe(true); // punctuation is not a word
    expect(hits(m, 'xbox only')).toBe(false);
    expect(hits(model('xbox NEAR/0 gamepass'), 'xbox gamepass')).toBe(true);
    expect(hits(model('xbox NEAR/0 gamepass'), 'xbox new gamepass')).toBe(false);
  });
  it('NEAR with phrases and OR groups, any occurrence pair', () => {
    const m = model('"game pass" NEAR/2 (xbox OR pc)');
    expect(hits(m, 'xbox game pass')).toBe(true);
    expect(hits(m, 'game pass on the pc')).toBe(true);
    expect(hits(m, 'xbox is very far away from the game pass, and a b c pc')).toBe(false);
    expect(hits(m, 'xbox blah blah blah blah blah game pass for pc')).toBe(true);
  });
  it('parentheses group', () => {
    const m = model('(apple OR iphone) AND (broken OR cracked)');
    expect(hits(m, 'iphone cracked')).toBe(true);
    expect(hits(m, 'apple broken')).toBe(true);
    expect(hits(m, 'iphone fine')).toBe(false);
    expect(hits(m, 'cracked screen')).toBe(false);
  });
  it('precedence: NOT > NEAR > AND > OR', () => {
    expect(tree('a OR b AND c')).toBe('OR(a,AND(b,c))');
    expect(tree('a AND b OR c')).toBe('OR(AND(a,b),c)');
    expect(tree('NOT a AND b')).toBe('AND(NOT(a),b)');
    expect(tree('a AND b NEAR/2 c')).toBe('AND(a,NEAR2(b,c))');
    expect(tree('(a OR b) AND NOT c')).toBe('AND(OR(a,b),NOT(c))');
    const m = model('cats OR dogs AND zzqx');
    expect(hits(m, 'cats')).toBe(true); // cats OR (dogs AND zzqx)
    expect(hits(m, 'dogs')).toBe(false);
  });
  it('operators are case-insensitive', () => {
    expect(tree('a and b or not c')).toBe('OR(AND(a,b),NOT(c))');
    expect(tree('a and b or c Near/2 d')).toBe('OR(AND(a,b),NEAR2(c,d))');
    const m = model('apple and not pie');
    expect(hits(m, 'apple store')).toBe(true);
    expect(hits(m, 'apple pie')).toBe(false);
  });
  it('terms fold like aliases: case, leetspeak in the text, width, diacritics, hashtags and handles', () => {
    const m = model('microsoft');
    for (const t of ['MICROSOFT', 'Micro$oft', 'm1cr0s0ft', 'Ｍｉｃｒｏｓｏｆｔ', 'Micrösoft', '#Microsoft', '@microsoft']) expect(hits(m, t), t).toBe(true);
    expect(hits(m, 'microsoftie')).toBe(false);
    expect(hits(model('"m$ft"'), 'M$FT rocks')).toBe(true);
    expect(hits(model('$MSFT'), '$msft up')).toBe(true);
    expect(hits(model('$MSFT'), 'msft up')).toBe(false);
  });
  it('a trailing * matches word prefixes', () => {
    const m = model('deliver*');
    expect(hits(m, 'delivery late')).toBe(true);
    expect(hits(m, 'never delivered')).toBe(true);
    expect(hits(m, 'deli')).toBe(false);
  });
});

describe('Boolean brand queries: matching the brand', () => {
  const brief = '("micro soft" OR microsoft OR msft OR "m$ft") AND NOT (xbox NEAR/3 gamepass)';
  const m = compileModel(config({ brands: [
    { id: 'microsoft', name: 'Microsoft', aliases: ['Microsoft'], handles: ['@Microsoft'], query: brief },
    { id: 'apple', name: 'Apple', aliases: ['Apple'], exclude: ['apple pie'], query: '(apple OR iphone) AND NOT "apple cider"' },
    { id: 'dell', name: 'Dell', aliases: ['Dell'] },
  ] }));
  const got = (text: string) => analyze(mention(text), m, 0).brands;

  it('the query gates alias matches', () => {
    expect(got('Microsoft xbox gamepass deal')).toEqual([]);
    expect(got('Microsoft xbox is nice').map((b) => b.brand)).toEqual(['microsoft']);
  });
  it('the span is the first alias match, else the first positive query term', () => {
    expect(got('msft and then Microsoft')[0]).toMatchObject({ brand: 'microsoft', matched: 'Microsoft', start: 14 });
    expect(got('msft is up')[0]).toMatchObject({ brand: 'microsoft', matched: 'msft', start: 0, end: 4, via: 'text' });
    expect(got('my new iphone')[0]).toMatchObject({ brand: 'apple', matched: 'iphone', start: 7 });
  });
  it('a query that holds only through NOT gives no match', () => {
    const only = compileModel(config({ brands: [{ id: 'x', name: 'X', aliases: ['Xylo'], query: 'NOT spam' }] }));
    expect(analyze(mention('hello'), only, 0).brands).toEqual([]);
    expect(analyze(mention('Xylo hello'), only, 0).brands.map((b) => b.brand)).toEqual(['x']);
    expect(analyze(mention('Xylo spam'), only, 0).brands).toEqual([]);
  });
  it('exclusions cancel positive query terms inside them', () => {
    expect(got('apple pie recipe')).toEqual([]);
    expect(got('apple pie and my iphone')[0]).toMatchObject({ brand: 'apple', matched: 'iphone' });
    expect(got('apple cider and my iphone')).toEqual([]);
  });
  it('brands without a query are unaffected; output is in text order', () => {
    expect(got('my iphone on a Dell monitor, Microsoft mouse').map((b) => [b.brand, b.matched])).toEqual([
      ['apple', 'iphone'], ['dell', 'Dell'], ['microsoft', 'Microsoft'],
    ]);
  });
  it('query-gated brands still get the source query label', () => {
    const labelled = compileModel(config({ brands: [{ id: 'b', name: 'B', aliases: ['Bee'], queries: ['bee'], query: 'bee AND honey' }] }));
    expect(analyze(mention('no words', { query: 'bee' }), labelled, 0).brands).toEqual([{ brand: 'b', via: 'query' }]);
  });
});

describe('Boolean brand queries: malformed queries are config errors naming the brand and the position', () => {
  const bad: [string, number, RegExp][] = [
    ['(apple OR iphone', 16, /missing "\)"/],
    ['apple OR iphone)', 15, /unmatched "\)"/],
    ['apple AND', 9, /expected a term/],
    ['OR apple', 0, /expected a term/],
    ['apple AND OR iphone', 10, /expected a term/],
    ['"micro soft', 0, /unterminated/],
    ['""', 0, /empty quoted phrase/],
    ['xbox NEAR gamepass', 5, /NEAR needs a distance/],
    ['xbox NEAR/x gamepass', 5, /NEAR needs a distance/],
    ['(a AND b) NEAR/2 c', 10, /NEAR takes terms/],
    ['a NEAR/2 NOT b', 2, /NEAR takes terms/],
    ['apple AND ()', 11, /expected a term/],
    ['apple OR !!!', 9, /no word/],
  ];
  it.each(bad)('%s', (query, pos, reason) => {
    const build = () => compileModel(config({ brands: [
      { id: 'ok', name: 'Ok', query: 'fine' },
      { id: 'acme-corp', name: 'Acme', query },
    ] }));
    expect(build).toThrow(/brand "acme-corp"/);
    expect(build).toThrow(new RegExp(`position ${pos}\\b`));
    expect(build).toThrow(reason);
  });
  it('a blank query means no query', () => {
    expect(hits(model('   '), 'Zzqx here')).toBe(true);
  });
  it('a good query compiles', () => {
    expect(() => model('("micro soft" OR microsoft OR msft OR "m$ft") AND NOT (xbox NEAR/3 gamepass)')).not.toThrow();
  });
});
