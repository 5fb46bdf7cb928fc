/**
 * The whole airline data set (14,640 tweets to six US airlines, February 2015) through analyze():
 * runs, finds the brand in every tweet, places most located authors, agrees with the human labels.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnalyzedMention } from '../../../shared/mention';
import { analyze, compileModel } from '../../../server/analysis';
import { airlineMention, airlineRows, loadConfig, type AirlineRow } from './helpers';

let rows: AirlineRow[];
let out: AnalyzedMention[];

beforeAll(() => {
  rows = airlineRows();
  const model = compileModel(loadConfig('airlines.tracking.json'));
  out = rows.map((r) => analyze(airlineMention(r), model, 0));
});

const AIRLINE_BRAND: Record<string, string> = {
  United: 'united', 'US Airways': 'usairways', American: 'american', Southwest: 'southwest',
  Delta: 'jetblue', 'Virgin America': 'virgin',
};

describe('airline data set', () => {
  it('analyzes every row', () => {
    expect(rows.length).toBe(14640);
    expect(out).toHaveLength(rows.length);
    for (const a of out) expect(a.sentiment.score).toSatisfy((s: number) => s >= -1 && s <= 1);
  });

  it('finds the airline of each row in its text (by handle) or at least by query', () => {
    let inText = 0;
    out.forEach((a, i) => {
      const want = AIRLINE_BRAND[rows[i].airline];
      const b = a.brands.find((x) => x.brand === want);
      expect(b, rows[i].text).toBeDefined();
      if (b?.via === 'text') {
        inText++;
        expect(a.text.slice(b.start, b.end).replace(/\W/g, '').length).toBeGreaterThan(1);
      }
    });
    expect(inText / out.length).toBeGreaterThan(0.95);
  });

  it('places most authors that give a location', () => {
    const located = out.filter((_, i) => rows[i].tweet_location.trim() !== '');
    const placed = located.filter((a) => a.place.country !== undefined);
    expect(placed.length / located.length).toBeGreaterThan(0.4);
    // tweets to US airlines: located authors are mostly in the US
    expect(placed.filter((a) => a.place.country === 'US').length / placed.length).toBeGreaterThan(0.8);
  });

  it('puts tweets with usable coordinates mostly in the US', () => {
    const withGeo = out.filter((a) => a.geo !== undefined && !(a.geo.lat === 0 && a.geo.lon === 0));
    expect(withGeo.length).toBeGreaterThan(500);
    const us = withGeo.filter((a) => a.place.via === 'geo' && a.place.country === 'US');
    expect(us.length / withGeo.length).toBeGreaterThan(0.85);
    // [0.0, 0.0] means "no coordinates"
    const zero = out.filter((a) => a.geo?.lat === 0 && a.geo?.lon === 0);
    expect(zero.length).toBeGreaterThan(100);
    for (const a of zero) expect(a.place.via).not.toBe('geo');
  });

  it('agrees with the human sentiment labels', () => {
    const confident = out.map((a, i) => ({ a, r: rows[i] })).filter(({ r }) => Number(r.airline_sentiment_confidence) === 1);
    const mean = (label: string) => {
      const xs = confident.filter(({ r }) => r.airline_sentiment === label).map(({ a }) => a.sentiment.score);
      return xs.reduce((s, x) => s + x, 0) / xs.length;
    };
    expect(mean('negative')).toBeLessThan(mean('neutral'));
    expect(mean('neutral')).toBeLessThan(mean('positive'));
    const predNeg = out.filter((a) => a.sentiment.polarity === 'negative');
    const negPrecision = predNeg.filter((a) => rows[out.indexOf(a)].airline_sentiment === 'negative').length / predNeg.length;
    expect(negPrecision).toBeGreaterThan(0.85);
    const pos = confident.filter(({ r }) => r.airline_sentiment === 'positive');
    expect(pos.filter(({ a }) => a.sentiment.polarity === 'positive').length / pos.length).toBeGreaterThan(0.75);
  });

  it('finds the topics the human labels name', () => {
    // Measured with the first config: 0.50, 0.75, 0.77 ("stuck at the gate for 3 hours" names no keyword).
    const cases: [string, string, number][] = [['Late Flight', 'late', 0.45], ['Cancelled Flight', 'cancelled', 0.7], ['Lost Luggage', 'luggage', 0.7]];
    for (const [reason, topic, min] of cases) {
      const labelled = out.filter((_, i) => rows[i].negativereason === reason);
      const hit = labelled.filter((a) => a.topics.includes(topic)).length / labelled.length;
      expect(hit, reason).toBeGreaterThan(min);
    }
  });
});
