import { describe, expect, it } from 'vitest';
import { MentionSchema } from '../../shared/mention';
import { applyMapping, loadMapping, parseCoord } from '../../server/sources/replay/mapping';

describe('replay column mapping', () => {
  it('parses coordinates and treats [0, 0] as none', () => {
    expect(parseCoord('[40.64656067, -73.78334045]')).toEqual({ lat: 40.64656067, lon: -73.78334045 });
    expect(parseCoord('[0.0, 0.0]')).toBeUndefined();
    expect(parseCoord('')).toBeUndefined();
    expect(parseCoord('somewhere')).toBeUndefined();
  });

  it('maps an airline CSV row to a valid mention', () => {
    const mapping = loadMapping('airline');
    const row = {
      tweet_id: '570306133677760513', airline: 'Virgin America', name: 'cairdin', retweet_count: '2',
      text: '@VirginAmerica What @dhepburn said.', tweet_coord: '[40.7, -74.0]',
      tweet_created: '2015-02-24 11:35:52 -0800', tweet_location: 'NYC', user_timezone: 'Eastern Time (US & Canada)',
    };
    const m = MentionSchema.parse(applyMapping(row, mapping));
    expect(m).toMatchObject({
      id: '570306133677760513', channel: 'twitter', query: 'Virgin America', createdAt: Date.UTC(2015, 1, 24, 19, 35, 52),
      author: { name: 'cairdin', location: 'NYC', timezone: 'Eastern Time (US & Canada)' },
      geo: { lat: 40.7, lon: -74 }, engagement: { shares: 2, likes: 0, replies: 0 },
    });
  });

  it('drops empty cells instead of failing the row', () => {
    const m = MentionSchema.safeParse(applyMapping({ tweet_id: '1', text: 'x', tweet_created: '2015-02-24 11:35:52 -0800', tweet_location: '', retweet_count: '' }, loadMapping('airline')));
    expect(m.success).toBe(true);
  });

  it('names the problem in a bad mapping file', () => {
    expect(() => loadMapping('/nonexistent/mapping.json')).toThrow(/cannot read replay mapping/);
  });
});
