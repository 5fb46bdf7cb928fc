import { describe, expect, it } from 'vitest';
import { analyze, compileModel, reachOf, SHARE_AUDIENCE } from '../../../server/analysis';
import { loadConfig, mention } from './helpers';

const model = compileModel(loadConfig('default.tracking.json'));

describe('analyze', () => {
  it('returns the mention plus brands, sentiment, topics, place, reach and receivedAt', () => {
    const m = mention('@nimbus my battery died again, still waiting for support 😡', {
      author: { handle: 'ann', followers: 120, location: 'Austin, TX' },
      engagement: { likes: 3, shares: 2, replies: 1 },
      query: 'Nimbus',
    });
    const a = analyze(m, model, 1234);
    expect(a).toMatchObject({
      id: m.id, text: m.text, channel: 'twitter', query: 'Nimbus', receivedAt: 1234,
      brands: [{ brand: 'nimbus', start: 0, end: 7, via: 'text' }],
      topics: ['battery', 'service'],
      place: { country: 'US', region: 'US-TX', via: 'location' },
      reach: 120 + 3 + 1 + 2 * SHARE_AUDIENCE,
    });
    expect(a.sentiment.polarity).toBe('negative');
    expect(a.author).toBe(m.author);
  });

  it('is deterministic and does not modify its input', () => {
    const m = mention('N1mbus is GREAT but the Zephyr is awful!!', { geo: { lat: 48.86, lon: 2.35 } });
    const copy = structuredClone(m);
    const a = analyze(m, model, 1);
    analyze(mention('something else entirely about orbix'), model, 2);
    const b = analyze(m, model, 1);
    expect(b).toEqual(a);
    expect(m).toEqual(copy);
    expect(a.place).toEqual({ country: 'FR', via: 'geo' });
  });

  it('handles empty, long and odd texts', () => {
    expect(analyze(mention(''), model, 0)).toMatchObject({ brands: [], topics: [], place: {}, reach: 0, sentiment: { score: 0 } });
    const long = 'nimbus battery is great. '.repeat(400);
    const a = analyze(mention(long), model, 0);
    expect(a.brands).toHaveLength(1);
    expect(a.sentiment.drivers.length).toBeLessThanOrEqual(10);
    for (const odd of ['&#xZZ; &;', '\u0000\uD83D', '@', '#', '#1 ###', 'İstanbul NİMBUS', '𝐍𝐢𝐦𝐛𝐮𝐬']) {
      expect(() => analyze(mention(odd), model, 0)).not.toThrow();
    }
  });

  it('reach: followers plus likes, replies and shares times SHARE_AUDIENCE', () => {
    expect(reachOf(mention('x'))).toBe(0);
    expect(reachOf(mention('x', { author: { followers: 5000 } }))).toBe(5000);
    expect(reachOf(mention('x', { engagement: { likes: 10, shares: 1, replies: 4 } }))).toBe(14 + SHARE_AUDIENCE);
  });
});
