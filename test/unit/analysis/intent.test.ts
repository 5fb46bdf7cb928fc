import { describe, expect, it } from 'vitest';
import { analyze, compileModel } from '../../../server/analysis';
import { airlineMention, airlineRows, loadConfig, mention } from './helpers';

const model = compileModel(loadConfig('default.tracking.json'));
const intentOf = (text: string) => analyze(mention(text), model, 0).intent;

describe('intent', () => {
  it.each([
    // complaints: strong cues, or negative sentiment with problem language
    ['@nimbus still waiting for my replacement', 'complaint'],
    ['I want a refund for this Zephyr', 'complaint'],
    ['my order never arrived', 'complaint'],
    ['the Orbix charger is broken', 'complaint'],
    ['worst phone I ever had', 'complaint'],
    ['support is terrible, three hours on hold', 'complaint'],
    ['why is my delivery so late again?? awful', 'complaint'], // complaint wins over question
    // purchase intent
    ['want to buy a Nimbus for my dad', 'purchase'],
    ['thinking of getting the Zephyr X', 'purchase'],
    ['Where can I buy the Orbix in Berlin?', 'purchase'], // purchase wins over question
    ['should I get the Kestrel or the Nimbus', 'purchase'],
    ['what is the price of the new Orbix', 'purchase'],
    ['preorder is live, grabbing one', 'purchase'],
    // questions: "?" or a question form opening a clause (after handles and brand names)
    ['does anyone know if Nimbus ships to Canada', 'question'],
    ['@nimbus how do I reset the phone', 'question'],
    ['Nimbus: is there a dark mode', 'question'],
    ['got the new Zephyr today. can you transfer contacts from iOS', 'question'],
    ['Zephyr in blue or black?', 'question'],
    // praise: positive sentiment plus thanks / love / great...
    ['thanks @NimbusCares, you fixed it in minutes!', 'praise'],
    ['love my new Kestrel', 'praise'],
    ['great job on the update, Orbix', 'praise'],
    // other
    ['Nimbus announced a new model today', 'other'],
    ['', 'other'],
    ['I do not love it', 'other'], // "love" with negated (not positive) sentiment is not praise
  ])('%s -> %s', (text, intent) => {
    expect(intentOf(text)).toBe(intent);
  });

  it('a strong complaint cue with positive sentiment is not a complaint', () => {
    expect(intentOf('got my refund in a day, thanks Nimbus, great service!')).toBe('praise');
  });

  it('a question form in the middle of a clause does not make a question', () => {
    expect(intentOf('I know how do I feel about it')).not.toBe('question');
    expect(intentOf('this is how do I feel. is it normal')).toBe('question');
  });

  it('on the airline tweets, complaints are mostly negative and praise mostly positive', () => {
    const counts = new Map<string, { negative: number; positive: number; all: number }>();
    for (const r of airlineRows()) {
      const a = analyze(airlineMention(r), model, 0);
      const c = counts.get(a.intent) ?? { negative: 0, positive: 0, all: 0 };
      c.all++;
      if (r.airline_sentiment === 'negative') c.negative++;
      if (r.airline_sentiment === 'positive') c.positive++;
      counts.set(a.intent, c);
    }
    const complaint = counts.get('complaint')!, praise = counts.get('praise')!;
    expect(complaint.all).toBeGreaterThan(3000);
    expect(complaint.negative / complaint.all).toBeGreaterThan(0.85);
    expect(praise.all).toBeGreaterThan(1000);
    expect(praise.positive / praise.all).toBeGreaterThan(0.7);
    expect(counts.get('question')!.all).toBeGreaterThan(1000);
  });
});
