import { describe, expect, it } from 'vitest';
import {
  BreakdownQuerySchema, MentionsQuerySchema, WhyQuerySchema, autoInterval, decodeFilter, drillFilter,
  encodeFilter, explorePath, type ExploreFilter,
} from '../../shared/explore';

describe('explore filter URL encoding', () => {
  it('round-trips every field through a query string', () => {
    const f: ExploreFilter = {
      brands: ['nimbus', 'zephyr'], topics: ['battery'], channels: ['twitter', 'news'], polarities: ['negative'],
      countries: ['US', '-'], regions: ['US-CA'], languages: ['en', 'und'], intents: ['complaint'],
      departments: ['customer-service'], queries: ['Nimbus phone'], authors: ['@amy'], terms: ['#nimbusfail', 'battery'],
      q: '"battery died" -refund over*', from: 1_700_000_000_000, to: 1_700_000_600_000, asOf: 42,
    };
    const qs = encodeFilter(f);
    expect(qs).toContain('brands=nimbus%2Czephyr');
    const { filter, errors } = decodeFilter(qs);
    expect(errors).toEqual([]);
    expect(filter).toEqual(f);
  });

  it('normalises case, ignores foreign parameters and accepts ISO times', () => {
    const { filter, errors } = decodeFilter('?countries=fr,us&languages=EN&terms=Battery&tab=why&tz=Europe/Paris&from=2026-11-22T10:00:00Z&range=');
    expect(errors).toEqual([]);
    expect(filter).toEqual({ countries: ['FR', 'US'], languages: ['en'], terms: ['battery'], from: Date.UTC(2026, 10, 22, 10) });
  });

  it('drops and reports only the bad parameters', () => {
    const { filter, errors } = decodeFilter('brands=nimbus&channels=myspace&polarities=negative&from=later');
    expect(filter).toEqual({ brands: ['nimbus'], polarities: ['negative'] });
    expect(errors.map((e) => e.param).sort()).toEqual(['channels', 'from']);
  });

  it('reports from after to and range with from', () => {
    expect(decodeFilter('from=20&to=10').errors.map((e) => e.param)).toEqual(['from']);
    const r = decodeFilter('range=1h&from=10');
    expect(r.errors.map((e) => e.param)).toEqual(['range']);
    expect(r.filter).toEqual({ from: 10 });
  });

  it('drillFilter narrows a dimension to the point and pins time and snapshot', () => {
    const base: ExploreFilter = { brands: ['nimbus', 'zephyr'], range: '24h', q: 'battery' };
    const d = drillFilter(base, { dim: 'brand', key: 'zephyr', from: 100, to: 200, asOf: 7 });
    expect(d).toEqual({ brands: ['zephyr'], q: 'battery', from: 100, to: 200, asOf: 7 });
    expect(drillFilter(base, { dim: 'hashtag', key: '#fail' }).terms).toEqual(['#fail']);
    expect(base.range).toBe('24h'); // not mutated
    expect(explorePath({ polarities: ['negative'] }, { tab: 'list' })).toBe('/explore?polarities=negative&tab=list');
  });
});

describe('explore endpoint schemas', () => {
  it('reject unknown parameters, bad enums and out-of-range limits, naming them', () => {
    const bad = (schema: typeof MentionsQuerySchema, q: Record<string, string>) => {
      const r = schema.safeParse(q);
      expect(r.success).toBe(false);
      const i = r.error!.issues[0];
      return i.code === 'unrecognized_keys' ? i.keys.join(',') : String(i.path[0]);
    };
    expect(bad(MentionsQuerySchema, { colour: 'red' })).toBe('colour');
    expect(bad(MentionsQuerySchema, { sort: 'likes' })).toBe('sort');
    expect(bad(MentionsQuerySchema, { limit: '5000' })).toBe('limit');
    expect(bad(MentionsQuerySchema, { limit: 'ten' })).toBe('limit');
    expect(bad(MentionsQuerySchema, { cursor: 'x', offset: '10' })).toBe('offset');
    expect(BreakdownQuerySchema.safeParse({ by: 'brand', tz: 'Mars/Olympus' }).error?.issues[0].path).toEqual(['tz']);
    expect(WhyQuerySchema.safeParse({ brands: 'nimbus' }).error?.issues[0].path).toEqual(['from']);
    expect(WhyQuerySchema.safeParse({ range: '1h', baseline: 'custom', baselineFrom: '5' }).error?.issues[0].path).toEqual(['baselineFrom']);
  });

  it('applies defaults', () => {
    const q = MentionsQuerySchema.parse({ range: '1h' });
    expect(q).toMatchObject({ sort: 'time', order: 'desc', limit: 50, range: '1h' });
  });

  it('picks an interval giving at most 300 points', () => {
    expect(autoInterval(15 * 60_000)).toBe('10s');
    expect(autoInterval(3_600_000)).toBe('1m');
    expect(autoInterval(86_400_000)).toBe('5m');
    expect(autoInterval(7 * 86_400_000)).toBe('1h');
    expect(autoInterval(60 * 86_400_000)).toBe('6h');
  });
});
