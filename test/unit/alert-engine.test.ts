import { describe, expect, it } from 'vitest';
import type { Alert } from '../../shared/alert';
import { parseRule, type Rule, type RuleInput } from '../../shared/alert-rules';
import { MINUTE_MS } from '../../shared/constants';
import type { AnalyzedMention, Polarity } from '../../shared/mention';
import { AlertEngine } from '../../server/alerts/engine';
import { RuleStore } from '../../server/alerts/rules';
import { SilenceStore } from '../../server/alerts/silences';
import { AlertStore } from '../../server/alerts/store';
import type { WebhookNotifier } from '../../server/alerts/webhooks';
import { ManualClock } from '../../server/clock';
import { MemoryRollupStore } from '../../server/rollups/memory';
import { MemoryMentionStore } from '../../server/store/memory';
import { am } from '../helpers/mentions';

const T0 = Date.UTC(2025, 0, 6, 12, 0, 0);
const BRANDS = [{ id: 'nimbus', name: 'Nimbus', color: '#56B4E9', own: true }, { id: 'zephyr', name: 'Zephyr', color: '#E69F00', own: false }];
const TOPICS = [{ id: 'battery', label: 'Battery' }];

function rule(input: RuleInput & { id: string }): Rule {
  const r = parseRule(input);
  if (!r.ok) throw new Error(r.error);
  return r.rule;
}

/** An engine on real memory stores and a manual clock; bucket i is [T0 + i min, T0 + (i+1) min). */
async function setup(rules: Rule[], history?: (i: number) => Partial<Record<Polarity, number>>, historyBuckets = 0) {
  const clock = new ManualClock(T0 - historyBuckets * MINUTE_MS);
  const rollups = new MemoryRollupStore(clock);
  const mentions = new MemoryMentionStore(50_000);
  const alerts = new AlertStore(clock);
  const silences = new SilenceStore(clock);
  const notified: { event: string; alert: Alert }[] = [];
  const notifier = { notify: (alert: Alert, event: string) => notified.push({ event, alert }) } as unknown as WebhookNotifier;
  let seq = 0;
  const add = async (t: number, counts: Partial<Record<Polarity, number>>, brand = 'nimbus', extra: Partial<AnalyzedMention> = {}) => {
    const batch: AnalyzedMention[] = [];
    for (const [polarity, n] of Object.entries(counts) as [Polarity, number][]) {
      for (let k = 0; k < n; k++) {
        batch.push({ ...am({ id: `m${++seq}`, t: t + 1000 + k, brands: [brand], topics: ['battery'], polarity, text: `post ${seq}` }), reach: seq, ...extra });
      }
    }
    await rollups.add(batch);
    await mentions.add(batch);
    return batch;
  };
  for (let i = -historyBuckets; i < 0; i++) { clock.set(T0 + (i + 1) * MINUTE_MS); await add(T0 + i * MINUTE_MS, history!(i)); }
  clock.set(T0);
  const rs = new RuleStore(rules);
  const engine = new AlertEngine({ rollups, mentions, alerts, rules: rs, silences, clock, brands: BRANDS, topics: TOPICS, notifier, log: { warn: (o: object) => { throw (o as { err: Error }).err; } } }, { graceMs: 0 });
  /** Adds bucket i's mentions, moves the clock past its end, evaluates. */
  const bucket = async (i: number, counts: Partial<Record<Polarity, number>>, brand = 'nimbus') => {
    clock.set(T0 + i * MINUTE_MS + 500);
    await add(T0 + i * MINUTE_MS, counts, brand);
    clock.set(T0 + (i + 1) * MINUTE_MS);
    return engine.runDue();
  };
  const changes: Alert[] = [];
  alerts.onChange((a) => changes.push(a));
  return { clock, rollups, mentions, alerts, silences, engine, rules: rs, bucket, add, notified, changes };
}

describe('alert engine lifecycle', () => {
  const threshold = rule({ id: 'vol', name: 'Volume', type: 'threshold', severity: 4, params: { metric: 'volume', above: 5, windowMinutes: 1, pendingBuckets: 1, cooldownBuckets: 3 }, scope: { brands: ['nimbus'] } });

  it('goes pending, then firing after the pending period, groups updates into one alert, resolves, and cools down', async () => {
    const s = await setup([threshold]);
    await s.bucket(0, { neutral: 10 });
    expect(s.alerts.list()).toHaveLength(1);
    expect(s.alerts.list()[0]).toMatchObject({ state: 'pending', rule: 'vol', brand: 'nimbus', value: 10, baseline: 5 });
    expect(s.notified).toHaveLength(0);
    await s.bucket(1, { neutral: 12 });
    for (let i = 2; i < 10; i++) await s.bucket(i, { neutral: 10 + i });
    const [a] = s.alerts.list();
    expect(s.alerts.list()).toHaveLength(1);
    expect(a).toMatchObject({ state: 'firing', severity: 4, value: 19, peak: 19, updates: 8, title: 'Volume above 5: Nimbus' });
    expect(a.samples.length).toBe(3);
    expect(a.samples[0].id).toBe(a.sampleIds[0]);
    expect(s.notified.map((n) => n.event)).toEqual(['firing']);
    expect(s.alerts.openCount()).toBe(1);

    s.alerts.acknowledge(a.id, 'amy', 'on it');
    await s.bucket(10, { neutral: 30 });
    expect(s.alerts.get(a.id)).toMatchObject({ acknowledged: { by: 'amy', note: 'on it' }, value: 30 });
    expect(s.alerts.openCount()).toBe(0);

    await s.bucket(11, { neutral: 1 });
    expect(s.alerts.get(a.id)).toMatchObject({ state: 'resolved' });
    expect(s.alerts.get(a.id)!.resolvedAt).toBe(T0 + 12 * MINUTE_MS);
    expect(s.notified.map((n) => n.event)).toEqual(['firing', 'resolved']);
    // cooldown: 3 buckets during which the condition is ignored
    for (let i = 12; i < 15; i++) await s.bucket(i, { neutral: 50 });
    expect(s.alerts.list()).toHaveLength(1);
    await s.bucket(15, { neutral: 50 });
    expect(s.alerts.list()).toHaveLength(2);
    expect(s.alerts.list()[0].state).toBe('pending');
  });

  it('cancels a pending alert that does not last the pending period', async () => {
    const s = await setup([threshold]);
    await s.bucket(0, { neutral: 10 });
    await s.bucket(1, { neutral: 0 });
    const [a] = s.alerts.list();
    expect(a.state).toBe('resolved');
    expect(a.detail).toMatch(/cancelled/);
    expect(s.notified).toHaveLength(0);
  });

  it('records a silenced alert without pushing the banner or notifying', async () => {
    const s = await setup([threshold]);
    s.silences.add({ rule: 'vol', brand: 'nimbus', until: T0 + 60 * MINUTE_MS, by: 'amy' });
    await s.bucket(0, { neutral: 10 });
    await s.bucket(1, { neutral: 10 });
    const [a] = s.alerts.list();
    expect(a.state).toBe('firing');
    expect(a.silenced?.until).toBe(T0 + 60 * MINUTE_MS);
    expect(s.alerts.openCount()).toBe(0);
    expect(s.notified).toHaveLength(0);
  });

  it('resolves a rule\'s open alerts when it is disabled', async () => {
    const s = await setup([threshold]);
    await s.bucket(0, { neutral: 10 });
    await s.bucket(1, { neutral: 10 });
    s.rules.put({ ...threshold, enabled: false });
    expect(s.alerts.list()[0].state).toBe('resolved');
    await s.bucket(2, { neutral: 10 });
    expect(s.alerts.list()).toHaveLength(1);
  });

  it('evaluates a closed bucket only after the grace, and catches up after a jump', async () => {
    const s = await setup([threshold]);
    await s.add(T0, { neutral: 10 });
    s.clock.set(T0 + MINUTE_MS - 1);
    expect(await s.engine.runDue()).toBe(0);
    s.clock.set(T0 + 5 * MINUTE_MS);
    expect(await s.engine.runDue()).toBe(5);
    expect(s.alerts.list()[0].state).toBe('resolved'); // pending at bucket 0, cancelled at bucket 1
  });
});

describe('rule types', () => {
  it('share: negative share above Y% once enough mentions', async () => {
    const s = await setup([rule({ id: 'sh', name: 'Share', type: 'share', params: { abovePct: 50, windowMinutes: 2, minCount: 10 } })]);
    await s.bucket(0, { negative: 4, neutral: 1 }); // 80 % of 5: too few mentions
    expect(s.alerts.list()).toHaveLength(0);
    await s.bucket(1, { negative: 4, positive: 2 }); // 8 of 11 over the 2-minute window
    const [a] = s.alerts.list();
    expect(a).toMatchObject({ state: 'firing', brand: 'nimbus', value: 72.7, baseline: 50 });
    expect(a.samples.every((x) => s.mentions && x.text.startsWith('post'))).toBe(true);
    expect(a.detail).toMatch(/negative share 72.7% of 11 mentions/);
  });

  it('sov: share of voice below Z%', async () => {
    const s = await setup([rule({ id: 'sov', name: 'SOV', type: 'sov', scope: { brands: ['zephyr'] }, params: { belowPct: 20, windowMinutes: 1, minCount: 10 } })]);
    await s.add(T0, { neutral: 2 }, 'zephyr');
    await s.bucket(0, { neutral: 18 });
    expect(s.alerts.list()[0]).toMatchObject({ state: 'firing', brand: 'zephyr', value: 10, baseline: 20 });
  });

  it('nodata: volume below X for N minutes', async () => {
    const s = await setup([rule({ id: 'nd', name: 'No data', type: 'nodata', scope: { brands: ['nimbus'] }, params: { mode: 'below', below: 1, forMinutes: 3 } })]);
    await s.bucket(0, { neutral: 5 });
    await s.bucket(1, {});
    await s.bucket(2, {});
    expect(s.alerts.list()[0].state).toBe('pending');
    await s.bucket(3, {});
    expect(s.alerts.list()[0]).toMatchObject({ state: 'firing', title: 'Volume below 1: Nimbus' });
    await s.bucket(4, { neutral: 3 });
    expect(s.alerts.list()[0].state).toBe('resolved');
  });

  it('threshold per brand × topic and scoped to channels', async () => {
    const s = await setup([rule({ id: 'neg', name: 'Neg', type: 'threshold', scope: { channels: ['news'] }, params: { metric: 'negative', above: 2, windowMinutes: 1, perTopic: true } })]);
    await s.bucket(0, { negative: 5 }); // twitter only: out of scope
    expect(s.alerts.list()).toHaveLength(0);
    s.clock.set(T0 + MINUTE_MS + 1);
    await s.add(T0 + MINUTE_MS, { negative: 3 }, 'nimbus', { channel: 'news' });
    s.clock.set(T0 + 2 * MINUTE_MS);
    await s.engine.runDue();
    expect(s.alerts.list()[0]).toMatchObject({ state: 'firing', brand: 'nimbus', topic: 'battery', title: 'Negative mentions above 2: Nimbus · Battery' });
  });

  it('keyword: fires on the stream on word boundaries, case-insensitively, and groups later hits', async () => {
    const s = await setup([rule({ id: 'kw', name: 'Keywords', type: 'keyword', severity: 5, params: { keywords: ['lawsuit', 'data breach'], windowMinutes: 5 } })]);
    const m = (id: string, text: string, reach = 1) => ({ ...am({ id, t: T0, brands: ['nimbus'], text }), reach });
    s.engine.onAnalyzed([m('a', 'lawsuits are boring'), m('b', 'firelawsuit'), m('c', 'no news')]);
    expect(s.alerts.list()).toHaveLength(0);
    s.engine.onAnalyzed([m('d', 'Nimbus faces a LAWSUIT!', 10)]);
    const [a] = s.alerts.list();
    expect(a).toMatchObject({ state: 'firing', severity: 5, brand: 'nimbus', value: 1, title: 'Watched keyword: "lawsuit": Nimbus' });
    expect(a.samples.map((x) => x.id)).toEqual(['d']);
    s.engine.onAnalyzed([m('e', 'a data\nbreach at Nimbus', 99)]);
    expect(s.alerts.list()).toHaveLength(1);
    expect(s.alerts.get(a.id)).toMatchObject({ value: 2, updates: 1 });
    expect(s.alerts.get(a.id)!.samples.map((x) => x.id)).toEqual(['e', 'd']);
    s.clock.set(T0 + 4 * MINUTE_MS);
    await s.engine.runDue();
    expect(s.alerts.get(a.id)!.state).toBe('firing');
    s.clock.set(T0 + 5 * MINUTE_MS);
    await s.engine.runDue();
    expect(s.alerts.get(a.id)!.state).toBe('resolved');
  });

  it('spike (real detector): a 10-bucket spike after a learned baseline is ONE alert with updates', async () => {
    const base = (i: number) => ({ negative: 4 + (Math.abs(i) % 3), neutral: 20 });
    const s = await setup([rule({ id: 'sp', name: 'Spike', type: 'spike', scope: { brands: ['nimbus'] }, params: { metric: 'negative' } })], base, 120);
    for (let i = 0; i < 10; i++) await s.bucket(i, { negative: 80 + i * 5, neutral: 20 });
    const all = s.alerts.list();
    expect(all).toHaveLength(1);
    const a = all[0];
    expect(a.state).toBe('firing');
    expect(a.updates).toBeGreaterThanOrEqual(5);
    expect(a.value).toBeGreaterThanOrEqual(80);
    expect(a.baseline).toBeLessThan(10);
    expect(a.severity).toBeGreaterThanOrEqual(3);
    expect(a.title).toBe('Negative mentions spiking: Nimbus');
    expect(a.samples).toHaveLength(3);
    for (const x of a.samples) expect(s.mentions && x.id).toBeTruthy();
    const events = s.changes.filter((c) => c.id === a.id).map((c) => c.state);
    expect(events[0]).toBe('pending');
    expect(events).toContain('firing');
    for (let i = 10; i < 20; i++) await s.bucket(i, base(i));
    expect(s.alerts.get(a.id)!.state).toBe('resolved');
    expect(s.alerts.list()).toHaveLength(1);
  });

  it('spike perTopic: scans the last 1–10 minutes, so a 3× topic spike at 3 a minute fires on its 3rd minute, whatever minute it starts on', async () => {
    // 2–4 negatives a minute: a 3× spike (9 a minute) stays under the brand rule's minCount 10 on any one minute
    const base = (i: number) => ({ negative: 2 + (Math.abs(i) % 3), neutral: 10 });
    const s = await setup([
      rule({ id: 'sp', name: 'Spike', type: 'spike', scope: { brands: ['nimbus'] }, params: { metric: 'negative' } }),
      rule({ id: 'spt', name: 'Spike by topic', type: 'spike', scope: { brands: ['nimbus'] }, params: { metric: 'negative', perTopic: true } }),
    ], base, 120);
    for (let i = 0; i < 3; i++) await s.bucket(i, base(i));
    // starts at minute 3: a 5-minute block [0, 5) would hold only two minutes of it
    await s.bucket(3, { negative: 9, neutral: 10 });
    await s.bucket(4, { negative: 9, neutral: 10 });
    expect(s.alerts.list()).toHaveLength(0); // 18 against 6 in two minutes: not yet
    await s.bucket(5, { negative: 9, neutral: 10 });
    expect(s.alerts.list()).toHaveLength(1);
    expect(s.alerts.list()[0]).toMatchObject({ rule: 'spt', brand: 'nimbus', topic: 'battery', state: 'firing', value: 27 });
    expect(s.alerts.list()[0].detail).toMatch(/^negative mentions 27 in 3 min, baseline (8\.\d|9(\.\d)?)$/); // 3 minutes × ~3
    for (let i = 6; i < 13; i++) await s.bucket(i, { negative: 9, neutral: 10 });
    const all = s.alerts.list();
    expect(all).toHaveLength(1); // one incident; the per-brand rule never fires
    expect(all[0]).toMatchObject({ rule: 'spt', state: 'firing' });
    expect(all[0].peak).toBeGreaterThanOrEqual(81); // later windows: up to 10 minutes of 9
    for (let i = 13; i < 40; i++) await s.bucket(i, base(i));
    expect(s.alerts.get(all[0].id)!.state).toBe('resolved');
    expect(s.alerts.list()).toHaveLength(1);
  });

  it('spike perTopic: a rule can narrow the scan (windowBuckets 1: the same 3× spike at 3 a minute goes unseen)', async () => {
    const base = (i: number) => ({ negative: 2 + (Math.abs(i) % 3), neutral: 10 });
    const s = await setup([rule({ id: 'spt', name: 'Spike by topic', type: 'spike', scope: { brands: ['nimbus'] }, params: { metric: 'negative', perTopic: true, windowBuckets: 1 } })], base, 120);
    for (let i = 0; i < 10; i++) await s.bucket(i, { negative: 9, neutral: 10 });
    expect(s.alerts.list()).toHaveLength(0);
  });

  it('spike perTopic: a one-minute 3 → 9 bump is not an alert', async () => {
    const base = (i: number) => ({ negative: 3, neutral: 10 + (Math.abs(i) % 3) });
    const s = await setup([rule({ id: 'spt', name: 'Spike by topic', type: 'spike', scope: { brands: ['nimbus'] }, params: { metric: 'negative', perTopic: true } })], base, 120);
    await s.bucket(0, { negative: 9, neutral: 10 });
    for (let i = 1; i < 15; i++) await s.bucket(i, base(i));
    expect(s.alerts.list()).toHaveLength(0);
  });
});
