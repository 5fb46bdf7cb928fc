import type { AnalyzedMention, Channel, Polarity } from '../../shared/mention';

let n = 0;

/** An analyzed mention with the given dimensions, for store and rollup tests. */
export function am(p: {
  id?: string; t: number; brands?: string[]; topics?: string[]; channel?: Channel;
  polarity?: Polarity; country?: string; query?: string; text?: string;
}): AnalyzedMention {
  const polarity = p.polarity ?? 'neutral';
  return {
    id: p.id ?? `m${++n}`,
    channel: p.channel ?? 'twitter',
    text: p.text ?? 'hello',
    createdAt: p.t,
    query: p.query,
    brands: (p.brands ?? []).map((brand) => ({ brand, via: 'text' as const, start: 0, end: 1 })),
    sentiment: { score: polarity === 'positive' ? 0.5 : polarity === 'negative' ? -0.5 : 0, polarity, drivers: [] },
    topics: p.topics ?? [],
    place: { country: p.country },
    intent: 'other',
    department: 'marketing',
    language: 'en',
    terms: [],
    reach: 0,
    receivedAt: p.t,
  };
}
