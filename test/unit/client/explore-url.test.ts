import { describe, expect, it } from 'vitest';
import { decodeFilter } from '../../../shared/explore';
import { DEFAULT_VIEW, effectiveFilter, parseView, serializeView, withFilter, type ExploreView } from '../../../client/explore/urlState';
import { toggleValue, parseList } from '../../../client/explore/FilterBar';

const view = (over: Partial<ExploreView> = {}): ExploreView => ({ filter: {}, ...DEFAULT_VIEW, ...over });

describe('explore URL state', () => {
  it('round-trips the filter and every page parameter', () => {
    const v = view({
      filter: { brands: ['nimbus', 'zephyr'], polarities: ['negative'], countries: ['FR', '-'], q: 'battery "died again"', from: 1_700_000_000_000, to: 1_700_000_600_000 },
      tab: 'why', tz: 'utc', sort: 'reach', order: 'asc', baseline: 'daily', cmode: 'periods', shift: '1w',
      sel: { dims: [{ dim: 'brand', key: 'nimbus' }, { dim: 'polarity', key: 'negative' }], from: 1_700_000_100_000, to: 1_700_000_110_000, asOf: 4242 },
      why: { dims: [{ dim: 'polarity', key: 'negative' }], from: 1_700_000_100_000, to: 1_700_000_400_000 },
    });
    const qs = serializeView(v);
    const back = parseView(qs);
    expect(back.errors).toEqual([]);
    expect(back.view).toEqual(v);
    // the filter part is exactly the shared encoding, readable by the API
    expect(decodeFilter(qs).filter).toEqual(v.filter);
  });

  it('leaves defaults out of the URL and reads an empty URL as the defaults', () => {
    expect(serializeView(view())).toBe('');
    expect(serializeView(view({ filter: { range: '1h' } }))).toBe('range=1h');
    expect(parseView('').view).toEqual(view());
  });

  it('keeps keys with ":" intact (split at the first only)', () => {
    const v = view({ sel: { dims: [{ dim: 'term', key: 'a:b' }] } });
    expect(parseView(serializeView(v)).view.sel).toEqual({ dims: [{ dim: 'term', key: 'a:b' }] });
  });

  it('reports each bad parameter and keeps the good ones', () => {
    const { view: v, errors } = parseView('?brands=nimbus&tab=graphs&tz=mars&sel=colour:red&sfrom=soon&sort=reach&channels=myspace');
    expect(v.filter).toEqual({ brands: ['nimbus'] });
    expect(v.tab).toBe('overview');
    expect(v.tz).toBe('local');
    expect(v.sort).toBe('reach');
    expect(v.sel).toBeUndefined();
    expect(errors.map((e) => e.param).sort()).toEqual(['channels', 'sel', 'sfrom', 'tab', 'tz']);
    expect(errors.find((e) => e.param === 'tab')?.message).toMatch(/overview/);
  });

  it('drops a selection that ends before it starts', () => {
    const { view: v, errors } = parseView('sel=brand:nimbus&sfrom=20&sto=10');
    expect(errors.map((e) => e.param)).toEqual(['sfrom']);
    expect(v.sel).toEqual({ dims: [{ dim: 'brand', key: 'nimbus' }] });
  });

  it('a new filter drops the selection and why window; no time means the last 24 h', () => {
    const v = view({ filter: { brands: ['nimbus'] }, sel: { dims: [], from: 1, to: 2 }, why: { dims: [], from: 1, to: 2 }, tab: 'why' });
    const next = withFilter(v, { brands: ['zephyr'] });
    expect(next.sel).toBeUndefined();
    expect(next.why).toBeUndefined();
    expect(next.tab).toBe('why');
    expect(effectiveFilter({ brands: ['x'] })).toEqual({ brands: ['x'], range: '24h' });
    expect(effectiveFilter({ from: 5 })).toEqual({ from: 5 });
  });

  it('filter bar helpers toggle values and validate typed lists with the shared schema', () => {
    expect(toggleValue({ brands: ['a'] }, 'brands', 'b')).toEqual({ brands: ['a', 'b'] });
    expect(toggleValue({ brands: ['a'] }, 'brands', 'a')).toEqual({});
    expect(parseList('countries', 'fr, us ,-')).toEqual({ ok: true, values: ['FR', 'US', '-'] });
    const bad = parseList('countries', 'France');
    expect(bad.ok).toBe(false);
    expect(parseList('languages', '')).toEqual({ ok: true, values: [] });
  });
});
