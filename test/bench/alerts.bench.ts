/**
 * `npm run bench:alerts` — the alert detectors on seeded simulator days (daily rhythm and noise)
 * with injected negative spikes of 2×, 3× and 5× lasting 5–60 minutes on one brand or one
 * brand × topic, plus the airline replay. Prints recall, detection delay and false alarms.
 * Brand series run on 1-minute buckets (DEFAULT_SPIKE_PARAMS); brand × topic series are summed
 * into 5-minute buckets aligned to 5 min (DEFAULT_TOPIC_SPIKE_PARAMS), as the live engine does.
 *
 *   BENCH_SEEDS=1,2 (training seeds, used to tune the defaults) · default: test seeds 11,12
 *   BENCH_DAYS=3 (day 0 is warm-up; later days are scored) · BENCH_PARAMS='{"threshold":5}' (brand level)
 *   BENCH_TOPIC_PARAMS='{"minCount":20}' (brand × topic level)
 */
import { DAY_MS, MINUTE_MS } from '../../shared/constants';
import { DEFAULT_SPIKE_PARAMS, DEFAULT_TOPIC_SPIKE_PARAMS, type DetectorParams } from '../../server/alerts/detect';
import { replayAlerts } from '../../server/alerts/detect-cli';
import { BENCH_RATE, cleanSeries, incidentPool, loadBench, topicKey } from './alerts/data';
import { bucketMinutes, firings, median, score } from './alerts/evaluate';
import { DURATIONS_MIN, MULTIPLIERS, inject, planSpikes } from './alerts/inject';

export const TRAIN_SEEDS = [1, 2];
export const TEST_SEEDS = [11, 12];
const AIRLINE_FILE = '../shared/data/twitter_us_airline/Tweets.csv';
const MIN_PER_DAY = DAY_MS / MINUTE_MS;

const seeds = (process.env.BENCH_SEEDS ?? TEST_SEEDS.join(',')).split(',').map(Number);
const days = Number(process.env.BENCH_DAYS ?? 3);
const params: DetectorParams = { ...DEFAULT_SPIKE_PARAMS, ...(JSON.parse(process.env.BENCH_PARAMS ?? '{}') as Partial<DetectorParams>) };
const topicParams: DetectorParams = { ...DEFAULT_TOPIC_SPIKE_PARAMS, ...(JSON.parse(process.env.BENCH_TOPIC_PARAMS ?? '{}') as Partial<DetectorParams>) };
const topicK = bucketMinutes(topicParams);
const t0 = performance.now();
const { config, model } = loadBench();
const pool = incidentPool(config, model);
const evalFrom = MIN_PER_DAY; // day 0: warm-up

type Cell = { delays: (number | null)[]; delaysMin: (number | null)[] };
const cells = new Map<string, Cell>();
const cellOf = (level: string, m: number, d: number) => {
  const k = `${level}|${m}|${d}`;
  let c = cells.get(k);
  if (!c) cells.set(k, (c = { delays: [], delaysMin: [] }));
  return c;
};
const fa = { cleanBrand: 0, cleanTopic: 0, injBrand: 0, injTopic: 0, brandDays: 0, topicSeriesDays: 0 };

console.log(`bench:alerts  seeds ${seeds.join(',')}  ${days} simulated days each (day 0 warm-up)  rate ${BENCH_RATE}/s  params ${JSON.stringify(params)}  topic params ${JSON.stringify(topicParams)}`);
for (const seed of seeds) {
  const clean = cleanSeries(config, model, seed, days);
  const evalDays = (clean.minutes - evalFrom) / MIN_PER_DAY;
  config.brands.forEach((b, bi) => {
    // clean days: every alert is a false alarm
    fa.cleanBrand += firings(clean.brand[b.id], params).filter((i) => i >= evalFrom).length;
    fa.brandDays += evalDays;
    for (const t of config.topics) {
      fa.cleanTopic += firings(clean.topic[topicKey(b.id, t.id)], topicParams).filter((i) => i * topicK >= evalFrom).length;
      fa.topicSeriesDays += evalDays;
    }
    // injected spikes on the brand
    const spikes = planSpikes(seed, bi, evalFrom, clean.minutes);
    const s = score(firings(inject(clean.brand[b.id], spikes, pool.brand[b.id], seed), params), spikes, evalFrom);
    spikes.forEach((sp, i) => { const c = cellOf('brand', sp.multiplier, sp.duration); c.delays.push(s.delays[i]); c.delaysMin.push(s.delaysMin[i]); });
    fa.injBrand += s.falseAlarms;
    // injected spikes on the brand's busiest topic
    const top = config.topics.map((t) => topicKey(b.id, t.id)).filter((k) => pool.topic[k])
      .sort((x, y) => clean.topic[y].reduce((a, v) => a + v, 0) - clean.topic[x].reduce((a, v) => a + v, 0))[0];
    const tspikes = planSpikes(seed, bi + 100, evalFrom, clean.minutes);
    const ts = score(firings(inject(clean.topic[top], tspikes, pool.topic[top], seed + 1), topicParams), tspikes, evalFrom, topicK);
    tspikes.forEach((sp, i) => { const c = cellOf('brand×topic', sp.multiplier, sp.duration); c.delays.push(ts.delays[i]); c.delaysMin.push(ts.delaysMin[i]); });
    fa.injTopic += ts.falseAlarms;
  });
}

const pct = (x: number) => `${(100 * x).toFixed(0)}%`.padStart(5);
console.log(`\nlevel        bucket  mult  dur(min)  spikes  recall  delay median  delay max  median(min)  max(min)   (delay: spike start to the close of the firing bucket)`);
const target = new Map<string, { miss: number; delays: number[]; delaysMin: number[] }>();
for (const level of ['brand', 'brand×topic']) {
  const k = level === 'brand' ? bucketMinutes(params) : topicK;
  const tg = { miss: 0, delays: [] as number[], delaysMin: [] as number[] };
  target.set(level, tg);
  for (const m of MULTIPLIERS) for (const d of DURATIONS_MIN) {
    const c = cells.get(`${level}|${m}|${d}`);
    if (!c) continue;
    const hit = c.delays.filter((x): x is number => x !== null);
    const hitMin = c.delaysMin.filter((x): x is number => x !== null);
    if (m >= 3 && d >= 10) { tg.miss += c.delays.length - hit.length; tg.delays.push(...hit); tg.delaysMin.push(...hitMin); }
    const mx = (xs: number[]) => String(xs.length ? Math.max(...xs) : '-');
    console.log(`${level.padEnd(12)} ${`${k} min`.padStart(6)}  ${`${m}×`.padStart(4)}  ${String(d).padStart(8)}  ${String(c.delays.length).padStart(6)}  ${pct(hit.length / c.delays.length)}  ${String(median(hit)).padStart(12)}  ${mx(hit).padStart(9)}  ${String(median(hitMin)).padStart(11)}  ${mx(hitMin).padStart(8)}`);
  }
}
const perDay = (n: number, d: number) => (n / d).toFixed(3);
console.log(`\nfalse alarms per series per simulated day:`);
console.log(`  clean days, brand series:        ${perDay(fa.cleanBrand, fa.brandDays)}  (${fa.cleanBrand} in ${fa.brandDays} brand-days)`);
console.log(`  clean days, brand×topic series:  ${perDay(fa.cleanTopic, fa.topicSeriesDays)}  (${fa.cleanTopic} in ${fa.topicSeriesDays} series-days)`);
console.log(`  outside injected windows, brand: ${perDay(fa.injBrand, fa.brandDays)}   brand×topic: ${perDay(fa.injTopic, fa.brandDays)}`);
for (const [level, tg] of target) {
  console.log(`\ntarget ${level} (spikes ≥3× lasting ≥10 min): recall ${tg.miss === 0 ? '100%' : `missed ${tg.miss}`}, median delay ${median(tg.delays)} buckets = ${median(tg.delaysMin)} min; ` +
    (level === 'brand' ? `false alarms/brand/day ${perDay(fa.cleanBrand, fa.brandDays)} (target ≤ 1)` : `false alarms/series/day ${perDay(fa.cleanTopic, fa.topicSeriesDays)}`));
}

try {
  console.log(`\nairline replay (${AIRLINE_FILE}), negative mentions per airline:`);
  for (const [label, by, metric, bucket] of [['1-min buckets', 'brand', 'negative', 1], ['1-hour buckets', 'brand', 'negative', 60], ['1-hour buckets, volume', 'brand', 'volume', 60]] as const) {
    const alerts = await replayAlerts({ file: AIRLINE_FILE, by, metric, params: { ...params, bucketMs: bucket * MINUTE_MS } });
    console.log(`  ${label}: ${alerts.length} alert(s)`);
    for (const a of alerts) console.log(`    ${JSON.stringify(a)}`);
  }
} catch (e) {
  console.log(`  skipped: ${(e as Error).message}`);
}
console.log(`\ndone in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
