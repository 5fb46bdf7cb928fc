import type { Rule, RuleOf } from '../../shared/alert-rules';
import { toRiverItem, type AnalyzedMention, type RiverItem } from '../../shared/mention';
import { MINUTE_MS } from '../../shared/constants';
import type { BrandInfo, TopicInfo } from '../../shared/tracking';
import type { Clock } from '../clock';
import type { RollupStore } from '../rollups/types';
import type { MentionStore } from '../store/types';
import {
  ALERT_BUCKET_MS as B, ALERT_CATCHUP_MAX, ALERT_CATCHUP_PER_CHECK, ALERT_CHECK_MS, ALERT_GRACE_MS, ALERT_PRIME_BUCKETS,
  ALERT_RESOLUTION, ANY, RULE_TEST_MS, SAMPLE_SEARCH, SAMPLE_WINDOW_MS, SAMPLES_MAX,
} from './constants';
import { createDetector, DEFAULT_DROP_PARAMS, DEFAULT_SPIKE_PARAMS, DEFAULT_TOPIC_SPIKE_PARAMS } from './detect';
import { alertDetail, alertTitle, type Names } from './describe';
import { indexBucket, RuleEvaluator, type EvaluatorContext, type SeriesEvent } from './evaluate';
import { Incidents } from './incidents';
import { KeywordIncidents, KeywordWatch, type KeywordEvent } from './keywords';
import type { RuleStore } from './rules';
import type { SilenceStore } from './silences';
import type { AlertStore } from './store';
import type { WebhookNotifier } from './webhooks';

export interface AlertEngineDeps {
  rollups: RollupStore;
  mentions: MentionStore;
  alerts: AlertStore;
  rules: RuleStore;
  silences: SilenceStore;
  clock: Clock;
  brands: readonly BrandInfo[];
  topics: readonly TopicInfo[];
  notifier?: WebhookNotifier;
  log?: { warn(obj: object, msg: string): void };
}

export interface AlertEngineOptions { graceMs?: number; checkMs?: number; primeBuckets?: number }

export interface RuleTestResult {
  from: number;
  to: number;
  buckets: number;
  /** "Would have fired at ...": one entry per incident that went firing. */
  fired: { t: number; brand?: string; topic?: string; value: number; baseline: number; severity: number; title: string }[];
}

/**
 * Runs the rules: bucket rules when a 1-minute bucket closes (clock.now() past its end plus a
 * grace for late data), keyword rules on the analyzed stream. Spike rules per brand × topic run
 * with DEFAULT_TOPIC_SPIKE_PARAMS (every minute, scanning the last 1–10 minutes). Work per bucket:
 * one rollup query, then rules × brands × topics series steps.
 */
export class AlertEngine {
  readonly incidents: Incidents;
  readonly stats = { buckets: 0, events: 0, skipped: 0, lastBucket: 0 };
  private evaluators = new Map<string, { ev: RuleEvaluator; primed: boolean }>();
  private watches = new Map<string, KeywordWatch>();
  private kw = new KeywordIncidents();
  private next: number;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<number> | null = null;
  private ctx: EvaluatorContext;
  private names: Names;
  private graceMs: number;
  private primeBuckets: number;

  constructor(private deps: AlertEngineDeps, private opts: AlertEngineOptions = {}) {
    this.graceMs = opts.graceMs ?? ALERT_GRACE_MS;
    this.primeBuckets = opts.primeBuckets ?? ALERT_PRIME_BUCKETS;
    const now = deps.clock.now();
    this.next = now - (now % B);
    this.ctx = {
      brands: deps.brands.map((b) => b.id), topics: deps.topics.map((t) => t.id), bucketMs: B,
      createDetector, spikeDefaults: DEFAULT_SPIKE_PARAMS, dropDefaults: DEFAULT_DROP_PARAMS, topicSpikeDefaults: DEFAULT_TOPIC_SPIKE_PARAMS,
    };
    const bn = new Map(deps.brands.map((b) => [b.id, b.name]));
    const tn = new Map(deps.topics.map((t) => [t.id, t.label]));
    this.names = { brand: (id) => (id ? bn.get(id) ?? id : ''), topic: (id) => (id ? tn.get(id) ?? id : '') };
    this.incidents = new Incidents({ alerts: deps.alerts, silences: deps.silences, notifier: deps.notifier, now: () => deps.clock.now() });
    for (const r of deps.rules.list()) this.load(r);
    deps.rules.onChange(({ rule }) => {
      this.evaluators.delete(rule.id);
      this.watches.delete(rule.id);
      this.incidents.closeRule(rule.id);
      const cur = deps.rules.get(rule.id);
      if (cur) this.load(cur);
    });
  }

  /** The next 1-minute bucket to evaluate (all before it are done). */
  get nextBucket(): number { return this.next; }

  /**
   * Redis mode: this node becomes the cluster's evaluator. Fresh detectors (primed again from the
   * rollups), evaluation continuing at `next` (the bucket the previous evaluator had reached), and
   * the open incidents adopted from the shared alert store, so none is raised twice.
   */
  takeOver(next?: number): void {
    this.evaluators.clear();
    this.watches.clear();
    this.kw = new KeywordIncidents();
    for (const r of this.deps.rules.list()) this.load(r);
    // every bucket rule replays the recent history, so windows, pending counts and cooldowns are where
    // the previous evaluator left them (same rollups, same steps) and open incidents resolve in time
    for (const e of this.evaluators.values()) e.primed = false;
    if (next !== undefined && Number.isFinite(next)) this.next = next - (next % B);
    this.incidents.adopt(this.deps.alerts.list());
  }

  start(): void {
    if (this.timer) return;
    this.timer = setInterval(() => { void this.runDue(); }, this.opts.checkMs ?? ALERT_CHECK_MS);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  /** Keyword rules, on the analyzed stream (never throws, never waits). */
  onAnalyzed = (batch: readonly AnalyzedMention[]): void => {
    if (this.watches.size === 0) return;
    const now = this.deps.clock.now();
    for (const m of batch) {
      for (const w of this.watches.values()) for (const e of this.kw.hit(w, m, now)) this.applyKeyword(e);
    }
  };

  /** Evaluates every bucket that has closed (bounded per call). Returns the buckets evaluated. */
  runDue(): Promise<number> {
    this.running ??= this.evaluateClosed().catch((err) => { this.deps.log?.warn({ err }, 'alert engine run failed'); return 0; })
      .finally(() => { this.running = null; });
    return this.running;
  }

  private async evaluateClosed(): Promise<number> {
    const now = this.deps.clock.now();
    for (const e of this.kw.expire((id) => this.keywordRule(id), now)) this.applyKeyword(e);
    const lastClosed = Math.floor((now - this.graceMs - B) / B) * B;
    if (lastClosed - this.next >= ALERT_CATCHUP_MAX * B) {
      const skipTo = lastClosed - (ALERT_CATCHUP_MAX - 1) * B;
      this.stats.skipped += (skipTo - this.next) / B;
      this.next = skipTo;
    }
    await this.prime();
    let n = 0;
    while (this.next <= lastClosed && n < ALERT_CATCHUP_PER_CHECK) {
      const t = this.next;
      const idx = indexBucket(await this.deps.rollups.query(this.query(t, t + B)));
      const events: [Rule, SeriesEvent][] = [];
      for (const { ev } of this.evaluators.values()) for (const e of ev.step(t, idx)) events.push([ev.rule, e]);
      if (events.length) await this.applySeries(t, events);
      this.next = t + B;
      this.stats.buckets++;
      this.stats.lastBucket = t;
      n++;
    }
    return n;
  }

  /** Replays the last 24 h of 1-minute rollups (or recent mentions, for keyword rules) through a fresh copy of the rule. */
  async testRule(rule: Rule): Promise<RuleTestResult> {
    const now = this.deps.clock.now();
    const to = Math.floor((now - this.graceMs) / B) * B;
    const from = to - RULE_TEST_MS;
    const fired: RuleTestResult['fired'] = [];
    if (rule.type === 'keyword') {
      const w = new KeywordWatch(rule);
      const inc = new KeywordIncidents();
      const ms = (await this.deps.mentions.recent(SAMPLE_SEARCH * 10)).filter((m) => m.createdAt >= from && m.createdAt < now)
        .sort((a, b) => a.createdAt - b.createdAt);
      for (const m of ms) {
        inc.expire(() => rule, m.createdAt);
        for (const e of inc.hit(w, m, m.createdAt)) {
          if (e.kind === 'firing') fired.push({ t: e.t, brand: e.brand, value: e.count, baseline: 0, severity: rule.severity, title: alertTitle(rule, this.names, e.brand, undefined, e.words) });
        }
      }
      return { from, to, buckets: RULE_TEST_MS / B, fired };
    }
    const ev = new RuleEvaluator(rule, this.ctx);
    const series = await this.deps.rollups.series({ ...this.query(from, to), resolution: ALERT_RESOLUTION });
    for (const p of series) {
      for (const e of ev.step(p.t, indexBucket(p.groups))) {
        if (e.kind === 'firing') fired.push({ t: e.t, brand: e.brand, topic: e.topic, value: e.value, baseline: e.baseline, severity: e.severity, title: alertTitle(rule, this.names, e.brand, e.topic) });
      }
    }
    return { from, to, buckets: series.length, fired };
  }

  private load(r: Rule): void {
    if (!r.enabled) return;
    if (r.type === 'keyword') this.watches.set(r.id, new KeywordWatch(r));
    // only learned baselines are primed from history; fixed-bound rules start from the live bucket
    else this.evaluators.set(r.id, { ev: new RuleEvaluator(r, this.ctx), primed: !(r.type === 'spike' || (r.type === 'nodata' && r.params.mode === 'drop')) });
  }

  private keywordRule(id: string): RuleOf<'keyword'> | undefined {
    return this.watches.get(id)?.rule;
  }

  private query(from: number, to: number) {
    return {
      resolution: ALERT_RESOLUTION, from, to,
      filter: { brand: [ANY, ...this.ctx.brands], topic: [ANY, ...this.ctx.topics] },
      groupBy: ['brand', 'topic', 'channel', 'polarity'] as ('brand' | 'topic' | 'channel' | 'polarity')[],
    };
  }

  /** New evaluators learn from the buckets before `next` (events discarded), one series query for all. */
  private async prime(): Promise<void> {
    const fresh = [...this.evaluators.values()].filter((e) => !e.primed);
    if (fresh.length === 0 || this.primeBuckets === 0) { for (const e of fresh) e.primed = true; return; }
    const series = await this.deps.rollups.series({ ...this.query(this.next - this.primeBuckets * B, this.next) });
    for (const p of series) {
      const idx = indexBucket(p.groups);
      for (const e of fresh) e.ev.step(p.t, idx);
    }
    for (const e of fresh) e.primed = true;
  }

  private async applySeries(t: number, events: [Rule, SeriesEvent][]): Promise<void> {
    const needSamples = events.some(([, e]) => e.kind === 'firing' || e.kind === 'update' || e.kind === 'pending');
    const recent = needSamples ? await this.deps.mentions.recent(SAMPLE_SEARCH) : [];
    for (const [rule, e] of events) {
      this.stats.events++;
      const negative = rule.type === 'share' || (rule.type === 'spike' && rule.params.metric !== 'volume') || (rule.type === 'threshold' && rule.params.metric === 'negative');
      const samples = e.kind === 'resolved' || e.kind === 'cancelled' ? undefined : topPosts(recent, rule, e, t, negative);
      this.incidents.apply(rule, {
        kind: e.kind, key: e.key, brand: e.brand, topic: e.topic, value: e.value, baseline: round1(e.baseline), severity: e.severity,
        title: alertTitle(rule, this.names, e.brand, e.topic), detail: alertDetail(rule, e.value, round1(e.baseline), e.total, (e.span * B) / MINUTE_MS), samples,
      });
    }
  }

  private applyKeyword(e: KeywordEvent): void {
    this.stats.events++;
    this.incidents.apply(e.rule, {
      kind: e.kind, key: e.key, brand: e.brand, value: e.count, baseline: 0, severity: e.rule.severity,
      title: alertTitle(e.rule, this.names, e.brand, undefined, e.words), detail: alertDetail(e.rule, e.count, 0, e.count),
      samples: e.kind === 'resolved' ? undefined : e.samples.map((m) => toRiverItem(m)),
    });
  }
}

/** The top posts by reach among recent mentions of the series (negative ones for negative rules). */
function topPosts(recent: readonly AnalyzedMention[], rule: Rule, e: SeriesEvent, t: number, negative: boolean): RiverItem[] {
  const ch = rule.scope.channels;
  const match = recent.filter((m) => (!e.brand || m.brands.some((b) => b.brand === e.brand)) && (!e.topic || m.topics.includes(e.topic)) &&
    (!negative || m.sentiment.polarity === 'negative') && (!ch?.length || ch.includes(m.channel)));
  // the posts of the incident's window; failing that (a fast feed pushed them out), the newest matching ones
  const inWindow = match.filter((m) => m.createdAt >= t - SAMPLE_WINDOW_MS && m.createdAt < t + B);
  return (inWindow.length ? inWindow : match.slice(0, SAMPLE_SEARCH / 100))
    .sort((a, b) => b.reach - a.reach)
    .slice(0, SAMPLES_MAX)
    .map((m) => toRiverItem(m));
}

function round1(x: number): number { return Math.round(x * 10) / 10; }
