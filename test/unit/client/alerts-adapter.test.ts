import { describe, expect, it } from 'vitest';
import { alertRows, bannerAlerts, bannerView, BANNER_SAMPLES_MAX, countFiring } from '../../../client/panels/alerts/adapter';
import { applyAlertUpdate, applyFrames } from '../../../client/state/applyFrame';
import { ALERTS_MAX } from '../../../client/state/merge';
import { isAlert } from '../../../client/state/guard';
import { initialWallState } from '../../../client/state/types';
import type { BrandInfo, TopicInfo } from '../../../shared/tracking';
import { alert, delta, item, snapshot, T0 } from './fixtures';

const brands: BrandInfo[] = [{ id: 'nimbus', name: 'Nimbus', color: '#56B4E9', own: true }];
const topics: TopicInfo[] = [{ id: 'battery', label: 'Battery' }];

describe('alert store merge from alert:update', () => {
  it('adds a new alert and replaces one by id', () => {
    let s = applyAlertUpdate(initialWallState(0), alert('a1', { title: 'first' }));
    s = applyAlertUpdate(s, alert('a2'));
    s = applyAlertUpdate(s, alert('a1', { title: 'changed', acknowledged: { by: 'ops', at: T0 } }));
    expect(s.alerts.map((a) => [a.id, a.title])).toEqual([['a1', 'changed'], ['a2', 'alert a2']]);
  });

  it('keeps order with frames in one batch, and stays bounded', () => {
    const s = applyFrames(initialWallState(0), [
      snapshot(1, { alerts: [alert('a1')] }),
      { kind: 'alert', alert: alert('a1', { state: 'resolved' }) },
      delta(2),
    ]);
    expect(s.alerts).toHaveLength(1);
    expect(s.alerts[0].state).toBe('resolved');
    let many = initialWallState(0);
    for (let i = 0; i < ALERTS_MAX + 30; i++) many = applyAlertUpdate(many, alert(`x${i}`, { updatedAt: T0 + i }));
    expect(many.alerts.length).toBe(ALERTS_MAX);
  });

  it('guards the inbound shape', () => {
    expect(isAlert(alert('a'))).toBe(true);
    expect(isAlert({ id: 'a' })).toBe(false);
    expect(isAlert(null)).toBe(false);
  });
});

describe('banner selection', () => {
  it('shows firing, unacknowledged alerts, highest severity first, then newest', () => {
    const list = [
      alert('low', { severity: 2, startedAt: T0 + 5 }),
      alert('acked', { severity: 5, acknowledged: { by: 'wall', at: T0 } }),
      alert('resolved', { severity: 5, state: 'resolved' }),
      alert('pending', { severity: 5, state: 'pending' }),
      alert('high-old', { severity: 4, startedAt: T0 }),
      alert('high-new', { severity: 4, startedAt: T0 + 10 }),
    ];
    expect(bannerAlerts(list).map((a) => a.id)).toEqual(['high-new', 'high-old', 'low']);
    expect(bannerView([], brands, topics)).toBeNull();
    expect(bannerView([list[1], list[2]], brands, topics)).toBeNull();
  });

  it('says what, where, how big, and which posts', () => {
    const samples = Array.from({ length: 5 }, (_, i) => item(`p${i}`, { text: `<b>post ${i}</b>` }));
    const v = bannerView([alert('a', {
      title: 'Negative spike', brand: 'nimbus', topic: 'battery', places: ['FR', 'US-CA'], value: 48, baseline: 6, severity: 9, samples,
      detail: 'negative mentions 48 in 5 min, baseline 6',
    }), alert('b', { severity: 1 })], brands, topics)!;
    expect(v.title).toBe('Negative spike');
    expect(v.where).toEqual(['Nimbus', 'Battery', 'FR, US-CA']);
    expect(v.size).toBe('48 vs baseline 6 (8×)');
    expect(v.severity).toBe(5);
    expect(bannerView([alert('m', { value: 0, baseline: 0 })], brands, topics)!.size).toBe('');
    expect(v.samples).toHaveLength(BANNER_SAMPLES_MAX);
    expect(v.samples[0].text).toBe('<b>post 0</b>');
    expect(v.more).toBe(1);
  });
});

describe('alertRows', () => {
  it('lists firing first with brand names and who acknowledged', () => {
    const rows = alertRows([
      alert('r', { state: 'resolved', severity: 5 }),
      alert('f', { brand: 'nimbus', acknowledged: { by: 'ops', at: T0 } }),
    ], brands);
    expect(rows.map((r) => r.id)).toEqual(['f', 'r']);
    expect(rows[0]).toMatchObject({ brand: 'Nimbus', brandColor: '#56B4E9', ackedBy: 'ops', state: 'firing' });
    expect(countFiring([alert('a'), alert('b', { state: 'resolved' })])).toBe(1);
  });
});
