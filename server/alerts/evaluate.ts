import { ANY, CHANNELS_ALL } from './constants';
import type { RollupGroup } from '../../shared/rollup';
import type { Rule } from '../../shared/alert-rules';
import type { DetectorEvent, DetectorParams, Detector } from './detect/types';
import { ConditionTracker, conditionWatcher, detectorWatcher, type Watcher } from './condition';

/** Counts of one closed bucket: `${brand}\u0001${topic}` -> per channel index [total, negative, ...]. */
export type BucketIndex = Map<string, Float64Array>;

const SEP = '\u0001';
/** Cooldown of a 'below' no-data rule when the rule sets none. */
const NODATA_COOLDOWN_BUCKETS = 30;
const CH_INDEX = new Map<string, number>(CHANNELS_ALL.map((c, i) => [c, i]));

/** Groups of a query grouped by brand, topic, channel, polarity -> an index for the evaluators. */
export function indexBucket(groups: readonly RollupGroup[]): BucketIndex {
  const out: BucketIndex = new Map();
  for (const g of groups) {
    const [brand, topic, channel, polarity] = g.key;
    const k = brand + SEP + topic;
    let a = out.get(k);
    if (!a) { a = new Float64Array(CHANNELS_ALL.length * 2); out.set(k, a); }
    const i = (CH_INDEX.get(channel) ?? CHANNELS_ALL.length - 1) * 2;
    a[i] += g.count;
    if (polarity === 'negative') a[i + 1] += g.count;
  }
  return out;
}

/** One alerting series of a rule: brand (and topic) it watches, and the event it produced. */
export interface SeriesEvent extends DetectorEvent {
  key: string;
  brand?: string;
  topic?: string;
  /** Mentions behind the value (for "48 of 120"). */
  total: number;
}

export interface EvaluatorContext {
  brands: readonly string[];
  topics: readonly string[];
  bucketMs: number;
  createDetector: (p: DetectorParams) => Detector;
  spikeDefaults: DetectorParams;
  dropDefaults: DetectorParams;
  /**
   * Defaults of spike rules with perTopic (thin series: the scan over the last windowBuckets
   * buckets). Absent: per-topic spike rules use spikeDefaults.
   */
  topicSpikeDefaults?: DetectorParams;
}

interface Series { brand: string; topic: string; watcher: Watcher; ring: Float64Array; filled: number; seen: boolean }

/**
 * Runs one bucket-based rule over closed buckets: one series per target (brand, or brand ×
 * topic), each with a detector or a condition tracker. Used live by the engine and, on a fresh
 * instance, by the rule test over the last 24 hours: the same code either way.
 */
export class RuleEvaluator {
  private series: Series[] = [];
  private window: number;
  /** Learned-baseline rules: a series learns nothing before its first data (an empty history is not a zero baseline). */
  private learned: boolean;
  private channelMask: boolean[];
  /** One series per brand × topic (perTopic, or a scope with topics): thin series. */
  private perTopic: boolean;

  constructor(readonly rule: Rule, private ctx: EvaluatorContext) {
    if (rule.type === 'keyword') throw new Error('keyword rules run on the mention stream');
    const scope = rule.scope;
    const brands = scope.brands?.length ? ctx.brands.filter((b) => scope.brands!.includes(b)) : [...ctx.brands];
    const perTopic = ('perTopic' in rule.params && rule.params.perTopic) || !!scope.topics?.length;
    this.perTopic = perTopic && rule.type !== 'sov' && rule.type !== 'nodata';
    const topics = this.perTopic
      ? (scope.topics?.length ? ctx.topics.filter((t) => scope.topics!.includes(t)) : [...ctx.topics]) : [ANY];
    this.learned = rule.type === 'spike' || (rule.type === 'nodata' && rule.params.mode === 'drop');
    this.window = 'windowMinutes' in rule.params ? rule.params.windowMinutes : 1;
    this.channelMask = CHANNELS_ALL.map((c) => !scope.channels?.length || (scope.channels as string[]).includes(c));
    for (const brand of brands) {
      for (const topic of topics) {
        this.series.push({ brand, topic, watcher: this.watcher(), ring: new Float64Array(this.window * 2), filled: 0, seen: false });
      }
    }
  }

  /** Series watched: bounded by brands × topics of the rule's scope. */
  get size(): number { return this.series.length; }

  private watcher(): Watcher {
    const r = this.rule;
    const sev = r.severity;
    if (r.type === 'spike' || (r.type === 'nodata' && r.params.mode === 'drop')) {
      const topicDefaults = r.type === 'spike' && this.perTopic ? this.ctx.topicSpikeDefaults : undefined;
      const defaults = r.type === 'spike' ? topicDefaults ?? this.ctx.spikeDefaults : this.ctx.dropDefaults;
      const p: DetectorParams = { ...defaults, bucketMs: this.ctx.bucketMs };
      // a negative share is a ratio: summing it over buckets means nothing (the schema refuses a window with it)
      if (r.type === 'spike' && r.params.metric === 'negativeShare') p.windowBuckets = 1;
      for (const k of ['minCount', 'minRatio', 'threshold', 'pendingBuckets', 'cooldownBuckets', 'warmupBuckets', 'resolveBuckets', 'windowBuckets'] as const) {
        const v = (r.params as Partial<DetectorParams>)[k];
        if (typeof v === 'number') (p[k] as number) = v;
      }
      return detectorWatcher(this.ctx.createDetector(p), sev);
    }
    if (r.type === 'nodata') {
      return conditionWatcher(new ConditionTracker({ pendingBuckets: Math.max(0, r.params.forMinutes - 1), cooldownBuckets: r.params.cooldownBuckets ?? NODATA_COOLDOWN_BUCKETS, severity: sev }));
    }
    if (r.type === 'keyword') throw new Error('unreachable');
    return conditionWatcher(new ConditionTracker({ pendingBuckets: r.params.pendingBuckets, cooldownBuckets: r.params.cooldownBuckets, severity: sev }));
  }

  /** Feeds closed bucket t to every series; returns the events. */
  step(t: number, idx: BucketIndex): SeriesEvent[] {
    const out: SeriesEvent[] = [];
    const r = this.rule;
    let setTotal = 0; // share of voice: mentions of every brand in scope of channels
    if (r.type === 'sov') for (const b of this.ctx.brands) setTotal += this.sum(idx.get(b + SEP + ANY), 0);
    for (const s of this.series) {
      const cell = idx.get(s.brand + SEP + s.topic);
      const total = this.sum(cell, 0);
      const neg = this.sum(cell, 1);
      if (this.learned && !s.seen) {
        if (total === 0) continue;
        s.seen = true;
      }
      // ring of [numerator, denominator] for windowed rules
      const slot = (Math.floor(t / this.ctx.bucketMs) % this.window) * 2;
      const num = r.type === 'sov' ? total : r.type === 'threshold' && r.params.metric === 'volume' ? total : neg;
      s.ring[slot] = num;
      s.ring[slot + 1] = r.type === 'sov' ? setTotal : total;
      s.filled = Math.min(this.window, s.filled + 1);
      let wNum = 0, wDen = 0;
      for (let i = 0; i < this.window * 2; i += 2) { wNum += s.ring[i]; wDen += s.ring[i + 1]; }
      let value: number, bound: number, holds: boolean;
      switch (r.type) {
        case 'spike':
          value = r.params.metric === 'negative' ? neg : r.params.metric === 'volume' ? total : (total > 0 ? (100 * neg) / total : 0);
          bound = 0; holds = false;
          break;
        case 'threshold':
          value = wNum; bound = r.params.above; holds = value > bound;
          break;
        case 'share':
          value = wDen > 0 ? round1((100 * wNum) / wDen) : 0; bound = r.params.abovePct;
          holds = wDen >= r.params.minCount && value > bound;
          break;
        case 'sov':
          value = wDen > 0 ? round1((100 * wNum) / wDen) : 0; bound = r.params.belowPct;
          holds = wDen >= r.params.minCount && value < bound;
          break;
        case 'nodata':
          value = total; bound = r.params.below; holds = value < bound;
          break;
        default:
          continue;
      }
      const e = s.watcher.step(t, value, s.watcher.expected(bound), holds);
      if (e) {
        out.push({
          ...e, baseline: r.type === 'spike' || (r.type === 'nodata' && r.params.mode === 'drop') ? e.baseline : bound,
          key: `${r.id}|${s.brand}|${s.topic}`, brand: s.brand === ANY ? undefined : s.brand,
          topic: s.topic === ANY ? undefined : s.topic, total: r.type === 'share' ? wDen : total,
        });
      }
    }
    return out;
  }

  private sum(cell: Float64Array | undefined, off: 0 | 1): number {
    if (!cell) return 0;
    let n = 0;
    for (let c = 0; c < this.channelMask.length; c++) if (this.channelMask[c]) n += cell[c * 2 + off];
    return n;
  }
}

function round1(x: number): number { return Math.round(x * 10) / 10; }
