import { describe, expect, it } from 'vitest';
import { ConfigError, loadTracking, parseEnv, parseTracking } from '../../server/config/env';

describe('environment and tracking config', () => {
  it('has working defaults', () => {
    const env = parseEnv({});
    expect(env).toMatchObject({ PORT: 3000, TICK_MS: 1000, SOURCE: 'simulator', SIM_RATE: 20 });
  });

  it('names the bad variable', () => {
    expect(() => parseEnv({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => parseEnv({ SOURCE: 'twitter' })).toThrow(/SOURCE/);
    expect(() => parseEnv({ TICK_MS: '5' })).toThrow(/TICK_MS/);
    expect(() => parseEnv({ SOURCE: 'replay' })).toThrow(/REPLAY_FILE/);
    expect(parseEnv({ REPLAY_SPEED: '60' }).REPLAY_SPEED).toBe(60);
    expect(parseEnv({ REPLAY_SPEED: 'max' }).REPLAY_SPEED).toBe('max');
  });

  it('names the bad key of a tracking config', () => {
    const err = (() => { try { parseTracking({ brands: [{ id: 'Bad Id', name: 'x' }] }); } catch (e) { return e; } })();
    expect(err).toBeInstanceOf(ConfigError);
    expect(String((err as Error).message)).toMatch(/brands\.0\.id/);
    expect(() => parseTracking({ brands: [{ id: 'a', name: 'A' }, { id: 'a', name: 'B' }] })).toThrow(/duplicate brand id "a"/);
    expect(() => parseTracking({ brands: [{ id: 'a', name: 'A' }], topics: [{ id: 't', label: 'T', keywords: ['x'], brands: ['zz'] }] }))
      .toThrow(/topics\.0\.brands\.0: unknown brand "zz"/);
    expect(() => parseTracking({ brands: [] })).toThrow(/brands/);
  });

  it('loads the shipped configs', () => {
    expect(loadTracking('server/config/default.tracking.json').brands.length).toBeGreaterThanOrEqual(4);
    expect(loadTracking('server/config/airlines.tracking.json').brands.map((b) => b.id)).toContain('jetblue');
    expect(() => loadTracking('server/config/nope.json')).toThrow(/cannot read tracking config/);
  });
});
