import { describe, expect, it } from 'vitest';
import { analyze, compileModel } from '../../../server/analysis';
import { config, loadConfig, mention } from './helpers';

const airlines = compileModel(loadConfig('airlines.tracking.json'));
const topicsOf = (model: typeof airlines, text: string, query?: string) => analyze(mention(text, { query }), model, 0).topics;

describe('topics', () => {
  it('matches keywords and phrases on word boundaries, case-insensitively', () => {
    expect(topicsOf(airlines, '@united my BAG is gone')).toEqual(['luggage']);
    expect(topicsOf(airlines, '@united baggage claim')).toEqual(['luggage']);
    expect(topicsOf(airlines, '@united a handbag and some cabbage')).toEqual([]);
    expect(topicsOf(airlines, 'Customer Service was slow')).toEqual(['service']);
  });

  it('matches a trailing * as a prefix, also inside a phrase', () => {
    expect(topicsOf(airlines, 'Delayed again')).toEqual(['late']);
    expect(topicsOf(airlines, 'three delays today')).toEqual(['late']);
    expect(topicsOf(airlines, 'Cancelled Flightled')).toEqual(['cancelled']);
    expect(topicsOf(airlines, 'the flight attendants were lovely')).toEqual(['crew']);
    expect(topicsOf(airlines, 'the flight was fine')).toEqual([]);
    expect(topicsOf(airlines, 'need to rebook my tickets')).toEqual(['booking']);
  });

  it('returns topic ids in config order, each once', () => {
    const text = 'pilot late, bag lost, then cancelled; on hold with an agent, agent rude; late again';
    expect(topicsOf(airlines, text)).toEqual(['late', 'cancelled', 'luggage', 'service', 'crew']);
  });

  it('limits a topic to its brands, counting query matches', () => {
    const model = compileModel(config({
      brands: [{ id: 'a', name: 'Acme', queries: ['Acme'] }, { id: 'b', name: 'Bolt' }],
      topics: [
        { id: 'price', label: 'Price', keywords: ['price*', '$$$'], brands: ['a'] },
        { id: 'any', label: 'Any', keywords: ['price'] },
      ],
    }));
    expect(topicsOf(model, 'Acme price is high')).toEqual(['price', 'any']);
    expect(topicsOf(model, 'Acme prices are high')).toEqual(['price']);
    expect(topicsOf(model, 'Bolt price is high')).toEqual(['any']);
    expect(topicsOf(model, 'price is high')).toEqual(['any']);
    expect(topicsOf(model, 'price is high', 'ACME')).toEqual(['price', 'any']); // brand via query
    expect(topicsOf(model, 'price is high', 'Bolt')).toEqual(['any']); // not a configured query
    expect(topicsOf(model, 'so $$$ for Acme')).toEqual(['price']); // symbol-only keyword matches literally
  });

  it('demo config: multi-word keywords', () => {
    const demo = compileModel(loadConfig('default.tracking.json'));
    expect(topicsOf(demo, 'my parcel never arrived, still waiting')).toEqual(['service', 'shipping']);
    expect(topicsOf(demo, 'Pre-order opens today')).toEqual(['launch']);
    expect(topicsOf(demo, 'the phone is overheating')).toEqual(['battery']);
  });
});
