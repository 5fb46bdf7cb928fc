import { describe, expect, it } from 'vitest';
import { statusView } from '../../../client/panels/status/adapter';
import { STALE_AFTER_MS } from '../../../shared/constants';

const NOW = 1_700_000_000_000;

describe('statusView', () => {
  it('is live when connected and a frame arrived recently', () => {
    const v = statusView({ status: 'connected', statusSince: NOW - 60_000, lastFrameAt: NOW - 1000 }, NOW);
    expect(v).toMatchObject({ label: 'live', stale: false });
  });

  it('is stale when no frame arrived for more than STALE_AFTER_MS', () => {
    const v = statusView({ status: 'connected', statusSince: NOW - 60_000, lastFrameAt: NOW - STALE_AFTER_MS - 1 }, NOW);
    expect(v).toMatchObject({ label: 'stale', stale: true });
    expect(v.reason).toMatch(/No data for 5 s/);
  });

  it('is still live exactly at STALE_AFTER_MS', () => {
    const v = statusView({ status: 'connected', statusSince: 0, lastFrameAt: NOW - STALE_AFTER_MS }, NOW);
    expect(v.stale).toBe(false);
  });

  it('is stale as soon as the socket is disconnected, even with a fresh frame', () => {
    const v = statusView({ status: 'disconnected', statusSince: NOW, lastFrameAt: NOW }, NOW);
    expect(v).toMatchObject({ label: 'stale', stale: true });
  });

  it('is connecting before the first frame, then stale if none comes', () => {
    const s = { status: 'connecting' as const, statusSince: NOW, lastFrameAt: null };
    expect(statusView(s, NOW + 1000)).toMatchObject({ label: 'connecting', stale: false, lastUpdate: '—' });
    expect(statusView(s, NOW + STALE_AFTER_MS + 1)).toMatchObject({ label: 'stale', stale: true });
  });

  it('formats the last update as HH:MM:SS', () => {
    const at = new Date(2024, 4, 6, 7, 8, 9).getTime();
    expect(statusView({ status: 'connected', statusSince: at, lastFrameAt: at }, at).lastUpdate).toBe('07:08:09');
  });
});
