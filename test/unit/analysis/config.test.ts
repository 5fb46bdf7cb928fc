import { describe, expect, it } from 'vitest';
import { TrackingConfigSchema } from '../../../shared/tracking';
import { readFileSync } from 'node:fs';
import { CONFIG_DIR, loadConfig } from './helpers';

describe('tracking configs', () => {
  it.each(['default.tracking.json', 'airlines.tracking.json'])('%s parses with TrackingConfigSchema', (file) => {
    const res = TrackingConfigSchema.safeParse(JSON.parse(readFileSync(CONFIG_DIR + file, 'utf8')));
    expect(res.success, res.success ? '' : JSON.stringify(res.error.issues)).toBe(true);
  });

  it('airline config: seven brands, queries match the data set airline column', () => {
    const cfg = loadConfig('airlines.tracking.json');
    expect(cfg.brands.map((b) => b.id)).toEqual(['united', 'usairways', 'american', 'southwest', 'jetblue', 'delta', 'virgin']);
    const queries = cfg.brands.flatMap((b) => b.queries).sort();
    expect(queries).toEqual(['American', 'Delta', 'Southwest', 'US Airways', 'United', 'Virgin America']);
    expect(cfg.brands.find((b) => b.id === 'jetblue')?.queries).toEqual(['Delta']);
    expect(cfg.brands.find((b) => b.id === 'delta')?.queries).toEqual([]);
    expect(cfg.topics.map((t) => t.id)).toEqual(['late', 'cancelled', 'luggage', 'service', 'booking', 'crew']);
  });
});
