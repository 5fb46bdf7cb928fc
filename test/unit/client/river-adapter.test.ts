import { describe, expect, it } from 'vitest';
import { RIVER_TEXT_MAX, riverAdapter, safeHref } from '../../../client/panels/river/adapter';
import { INFLUENCER_FOLLOWERS } from '../../../shared/constants';
import type { BrandInfo, TopicInfo } from '../../../shared/tracking';
import { item } from './fixtures';

const brands: BrandInfo[] = [
  { id: 'nimbus', name: 'Nimbus', color: '#56B4E9', own: true },
  { id: 'kestrel', name: 'Kestrel', color: '#0072B2', own: false },
];
const topics: TopicInfo[] = [{ id: 'battery', label: 'Battery' }];
const rows = (...items: ReturnType<typeof item>[]) => riverAdapter({ river: items, brands, topics });

describe('riverAdapter', () => {
  it('maps channel, author, followers, brands and topics', () => {
    const [r] = rows(item('1', {
      channel: 'news', author: { name: 'Ada', handle: '@ada', followers: 12_345 },
      brands: ['nimbus', 'kestrel', 'ghost'], topics: ['battery', 'unknown-topic'], reach: 20_000, polarity: 'negative',
    }));
    expect(r.channelLabel).toBe('News');
    expect(r.channelIcon).toBe('▤');
    expect(r.name).toBe('Ada');
    expect(r.handle).toBe('@ada'); // not "@@ada"
    expect(r.followers).toBe('12.3k');
    expect(r.reach).toBe('20k');
    expect(r.influencer).toBe(false);
    expect(r.polarity).toBe('negative');
    expect(r.brands.map((b) => [b.name, b.color, b.textColor])).toEqual([
      ['Nimbus', '#56B4E9', '#000000'],
      ['Kestrel', '#0072B2', '#FFFFFF'],
      ['ghost', '#BBBBBB', '#000000'],
    ]);
    expect(r.topics).toEqual(['Battery', 'unknown-topic']);
  });

  it('lists each brand and topic once (they are React keys)', () => {
    const [r] = rows(item('d', { brands: ['nimbus', 'nimbus', 'kestrel'], topics: ['battery', 'battery'] }));
    expect(r.brands.map((b) => b.id)).toEqual(['nimbus', 'kestrel']);
    expect(r.topics).toEqual(['Battery']);
  });

  it('marks influencers from INFLUENCER_FOLLOWERS up', () => {
    const [a, b] = rows(
      item('a', { author: { followers: INFLUENCER_FOLLOWERS } }),
      item('b', { author: { followers: INFLUENCER_FOLLOWERS - 1 } }),
    );
    expect(a.influencer).toBe(true);
    expect(b.influencer).toBe(false);
  });

  it('copes with a missing author and an unknown channel', () => {
    const [r] = rows(item('x', { author: {}, channel: 'carrier-pigeon' as never }));
    expect(r.name).toBe('Unknown author');
    expect(r.handle).toBe('');
    expect(r.followers).toBe('');
    expect(r.channelLabel).toBe('Other');
  });

  it('keeps hostile text as plain text, clipped', () => {
    const evil = '<img src=x onerror=alert(1)>' + 'a'.repeat(1000);
    const [r] = rows(item('x', { text: evil }));
    expect(r.text.startsWith('<img src=x onerror=alert(1)>')).toBe(true); // unchanged: React renders it as text
    expect(r.text.length).toBe(RIVER_TEXT_MAX + 1); // + "…"
  });

  it('keeps the river order (newest first)', () => {
    expect(rows(item('b'), item('a')).map((r) => r.id)).toEqual(['b', 'a']);
  });
});

describe('safeHref', () => {
  it.each([
    ['https://example.com/p?q=1', 'https://example.com/p?q=1'],
    ['HTTP://Example.com', 'http://example.com/'],
  ])('lets %s through', (url, href) => {
    expect(safeHref(url)).toBe(href);
  });

  it.each([
    'javascript:alert(1)', 'JaVaScRiPt:alert(1)', ' javascript:alert(1)', 'data:text/html,<script>alert(1)</script>',
    '//evil.example', '/relative', 'ftp://example.com', 'https://', '', undefined,
  ])('rejects %s', (url) => {
    expect(safeHref(url)).toBeUndefined();
  });
});
