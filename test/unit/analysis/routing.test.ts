import { describe, expect, it } from 'vitest';
import { analyze, compileModel } from '../../../server/analysis';
import { compileRouting, route } from '../../../server/analysis/routing';
import { config, loadConfig, mention } from './helpers';
import type { Channel } from '../../../shared/mention';

const model = compileModel(loadConfig('default.tracking.json'));
const deptOf = (text: string, channel: Channel = 'twitter') => analyze(mention(text, { channel }), model, 0).department;

describe('routing', () => {
  it('default table: news -> pr, complaint/question -> customer-service, purchase -> sales, else marketing', () => {
    expect(deptOf('Nimbus recalls phones', 'news')).toBe('pr');
    expect(deptOf('@nimbus still waiting for a refund', 'news')).toBe('pr'); // first match wins
    expect(deptOf('@nimbus still waiting for a refund')).toBe('customer-service');
    expect(deptOf('@nimbus how do I reset it')).toBe('customer-service');
    expect(deptOf('want to buy a Nimbus')).toBe('sales');
    expect(deptOf('love my Nimbus, thanks!')).toBe('marketing');
  });

  it('custom rules: conditions all hold, lists mean any of, first match wins, else the default', () => {
    const cfg = config({
      brands: [{ id: 'acme', name: 'Acme' }, { id: 'zed', name: 'Zed' }],
      routing: [
        { brand: ['zed'], polarity: ['negative'], department: 'zed-care' },
        { intent: ['praise', 'purchase'], channel: ['review', 'forum'], department: 'community' },
        { polarity: ['negative'], department: 'escalations' },
      ],
      defaultDepartment: 'inbox',
    });
    const m = compileModel(cfg);
    const dept = (text: string, channel: Channel = 'twitter') => analyze(mention(text, { channel }), m, 0).department;
    expect(dept('Zed is awful and broken')).toBe('zed-care');
    expect(dept('Acme is awful and broken')).toBe('escalations');
    expect(dept('love Acme, thanks', 'review')).toBe('community');
    expect(dept('love Acme, thanks', 'twitter')).toBe('inbox');
    expect(dept('want to buy an Acme', 'forum')).toBe('community');
    expect(dept('Acme exists')).toBe('inbox');
  });

  it('an empty table sends everything to the default department', () => {
    const rm = compileRouting([], 'marketing');
    expect(route(rm, 'complaint', 'news', 'negative', [])).toBe('marketing');
  });

  it('brand conditions read the matched brands, by query too', () => {
    const rm = compileRouting([{ brand: ['acme'], department: 'acme-team' }], 'other');
    expect(route(rm, 'other', 'web', 'neutral', [{ brand: 'acme', via: 'query' }])).toBe('acme-team');
    expect(route(rm, 'other', 'web', 'neutral', [{ brand: 'zed', via: 'text' }])).toBe('other');
  });

  it('analyze() passes the channel to sentiment: a channel lexicon can change polarity and so the route', () => {
    const cfg = config({
      brands: [{ id: 'acme', name: 'Acme' }],
      channelLexicons: { forum: { bricked: -3 } },
      routing: [{ polarity: ['negative'], department: 'escalations' }],
    });
    const m = compileModel(cfg);
    const forum = analyze(mention('Acme update bricked it', { channel: 'forum' }), m, 0);
    const web = analyze(mention('Acme update bricked it', { channel: 'web' }), m, 0);
    expect(forum.sentiment.polarity).toBe('negative');
    expect(forum.department).toBe('escalations');
    expect(web.sentiment.score).toBeGreaterThan(forum.sentiment.score);
  });
});
