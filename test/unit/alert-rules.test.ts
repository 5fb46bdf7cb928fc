import { describe, expect, it } from 'vitest';
import { defaultRules, parseRule } from '../../shared/alert-rules';
import { compileKeywords } from '../../server/alerts/keywords';
import { ConditionTracker } from '../../server/alerts/condition';
import { parseEnv } from '../../server/config/env';

describe('rule schema', () => {
  it('builds the default rules: spike per brand and brand × topic, no-data per brand, one keyword watch', () => {
    const rules = defaultRules(['a', 'b']);
    expect(rules.map((r) => r.id)).toEqual(['spike-a', 'spike-topic-a', 'nodata-a', 'spike-b', 'spike-topic-b', 'nodata-b', 'keywords']);
    expect(rules[1]).toMatchObject({ type: 'spike', scope: { brands: ['a'] }, params: { metric: 'negative', perTopic: true } });
    expect(rules[2]).toMatchObject({ type: 'nodata', params: { mode: 'drop' } });
  });

  it('names the field of the first problem', () => {
    const err = (raw: unknown) => { const r = parseRule(raw); return r.ok ? '' : r.error; };
    expect(err({ name: 'x', type: 'threshold', params: { above: -1 } })).toMatch(/^invalid params\.above:/);
    expect(err({ name: 'x', type: 'keyword', params: { keywords: ['ok', ''] } })).toMatch(/params\.keywords\.1/);
    expect(err({ name: 'x', type: 'sov', params: { belowPct: 5 }, webhooks: ['ftp://x'] })).toMatch(/webhooks\.0/);
    expect(err({ name: 'x', type: 'spike', params: { minRatio: 0.5 } })).toMatch(/params\.minRatio/);
    expect(err({ name: 'x', type: 'nodata', extra: 1 })).toMatch(/extra/);
    expect(parseRule({ name: 'x', type: 'nodata' })).toMatchObject({ ok: true, rule: { params: { mode: 'drop', forMinutes: 10 } } });
  });

  it('takes a scan window for detector rules, except over a negative share', () => {
    const err = (raw: unknown) => { const r = parseRule(raw); return r.ok ? '' : r.error; };
    expect(parseRule({ name: 'x', type: 'spike', params: { perTopic: true, windowBuckets: 5 } })).toMatchObject({ ok: true, rule: { params: { windowBuckets: 5 } } });
    expect(err({ name: 'x', type: 'spike', params: { windowBuckets: 0 } })).toMatch(/^invalid params\.windowBuckets:/);
    expect(err({ name: 'x', type: 'spike', params: { windowBuckets: 61 } })).toMatch(/^invalid params\.windowBuckets:/);
    expect(err({ name: 'x', type: 'spike', params: { metric: 'negativeShare', windowBuckets: 5 } })).toMatch(/^invalid params\.windowBuckets: a negative share is not summed/);
    expect(parseRule({ name: 'x', type: 'spike', params: { metric: 'negativeShare', windowBuckets: 1 } }).ok).toBe(true);
  });
});

describe('keyword matching', () => {
  const re = compileKeywords(['fire', 'data breach', 'C++', 'hacked']);
  it.each([
    ['Nimbus factory on FIRE', true],
    ['firefox crashed', false],
    ['campfire story', false],
    ['massive data   breach', true],
    ['databreach', false],
    ['I write C++ daily', true],
    ['account hacked!', true],
    ['unhacked', false],
    ['l\'incendie: fire!', true],
    ['fireé', false],
  ])('%s -> %s', (text, hit) => { expect(re.test(text)).toBe(hit); });
});

describe('condition tracker', () => {
  it('pending period, firing, update, resolve, cooldown', () => {
    const c = new ConditionTracker({ pendingBuckets: 1, cooldownBuckets: 2, severity: 3 });
    const kinds = [true, true, true, false, true, true, true, true].map((h, i) => c.step(i, h ? 9 : 0, 5, h)?.kind ?? null);
    expect(kinds).toEqual(['pending', 'firing', 'update', 'resolved', null, null, 'pending', 'firing']);
  });
});

describe('alerting env', () => {
  it('parses ALERT_WEBHOOKS and retry delays, naming the variable on errors', () => {
    const env = parseEnv({ ALERT_WEBHOOKS: 'http://a.test/x, https://b.test/y', ALERT_WEBHOOK_RETRY_MS: '10,20' });
    expect(env.ALERT_WEBHOOKS).toEqual(['http://a.test/x', 'https://b.test/y']);
    expect(env.ALERT_WEBHOOK_RETRY_MS).toEqual([10, 20]);
    expect(parseEnv({}).ALERT_WEBHOOK_RETRY_MS).toEqual([1000, 4000, 16000]);
    expect(() => parseEnv({ ALERT_WEBHOOKS: 'nope' })).toThrow(/ALERT_WEBHOOKS/);
  });
});
