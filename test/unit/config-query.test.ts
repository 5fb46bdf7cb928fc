import { describe, expect, it } from 'vitest';
import { ConfigError, parseTracking } from '../../server/config/env';
import { startApp } from '../helpers/app';

describe('tracking config compiled at start', () => {
  it('refuses a malformed Boolean brand query with an error naming the brand', async () => {
    const tracking = parseTracking({ brands: [{ id: 'acme', name: 'Acme', query: '(acme OR "acme corp" AND' }] });
    const err = await startApp({ tracking }).then(() => null, (e: unknown) => e);
    expect(err).toBeInstanceOf(ConfigError);
    expect((err as Error).message).toMatch(/acme/);
  });
});
