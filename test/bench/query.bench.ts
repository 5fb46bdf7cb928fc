/**
 * `npm run bench:query` — Explore's query latency with 1,000,000 mentions held (BENCH_N to change):
 * the simulator generates 7 days of mentions in simulated time, the real pipeline analyzes them and
 * feeds the index of a real app on port 0. Then p50 and p95 of filtered 7-day aggregates (several
 * filter mixes, free text included) and of the first page of a drill-down, over HTTP against the
 * running app and in-process (the service, without HTTP and JSON). The same 7-day series read from
 * the rollups (the wall's counters) is the peer, as a ratio. Also the index's memory.
 * Target: p95 <= 100 ms for both aggregates and drill-down pages.
 */
import { DAY_MS, HOUR_MS } from '../../shared/constants';
import { encodeFilter, type ExploreFilter } from '../../shared/explore';
import { ManualClock } from '../../server/clock';
import { loadTracking } from '../../server/config/env';
import { MemoryMentionIndex } from '../../server/explore/memory-index';
import { compare } from '../../server/explore/compare';
import { why } from '../../server/explore/why';
import { createSimulator } from '../../server/sources/simulator';
import { BreakdownQuerySchema, CompareQuerySchema, MentionsQuerySchema, SeriesQuerySchema, SummaryQuerySchema, WhyQuerySchema } from '../../shared/explore';
import { startApp } from '../helpers/app';

const N = Number(process.env.BENCH_N ?? 1_000_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 25);
const WARMUP = 3;
const TARGET_P95_MS = 100;
const INGEST_BATCH = 5000;
const MiB = 2 ** 20;

const tracking = loadTracking('server/config/default.tracking.json');
const end = Date.UTC(2026, 10, 22, 12);
const start = end - 7 * DAY_MS;
const sim = createSimulator({ config: tracking, rate: N / (7 * 86_400), seed: 7 });
const clock = new ManualClock(start);
const gc = (globalThis as { gc?: () => void }).gc;
const mem = () => { gc?.(); return process.memoryUsage(); };

const m0 = mem();
const app = await startApp({ tracking, clock, exploreMax: Math.ceil(N * 1.05), mentionStoreMax: 100_000, dedupeMax: N + 1000 });
const index = app.explore as MemoryMentionIndex;
const t0 = performance.now();
let loaded = 0;
for (let t = start; t < end && loaded < N; t += HOUR_MS) {
  const batch = sim.generate(t, t + HOUR_MS).slice(0, N - loaded);
  for (let i = 0; i < batch.length; i += INGEST_BATCH) {
    clock.advanceTo(batch[Math.min(i + INGEST_BATCH, batch.length) - 1].createdAt);
    await app.pipeline.ingest(batch.slice(i, i + INGEST_BATCH));
  }
  loaded += batch.length;
}
clock.set(end);
const loadS = (performance.now() - t0) / 1000;
index.flush();
const m1 = mem();
const held = await index.held();
const st = index.stats();
console.log(`loaded ${held.count.toLocaleString('en-US')} mentions over 7 simulated days in ${loadS.toFixed(0)} s (simulator + analyze + rollups + index, ${Math.round(held.count / loadS).toLocaleString('en-US')}/s)`);
console.log(`index memory: ${(st.bytes / MiB).toFixed(0)} MiB in typed arrays, posting lists and serialized mentions (${(st.bytes / held.count).toFixed(0)} B/mention), ${st.segments} segments; ` +
  `process: heap +${((m1.heapUsed - m0.heapUsed) / MiB).toFixed(0)} MiB, array buffers +${((m1.arrayBuffers - m0.arrayBuffers) / MiB).toFixed(0)} MiB, rss ${(m1.rss / MiB).toFixed(0)} MiB (heap includes the rollups and the 100k recent-mention store)`);

// ------------------------------------------------------------------------------- the queries

const week: ExploreFilter = { range: '7d' };
const midHour = end - 3 * DAY_MS - 7 * HOUR_MS;
interface Case { name: string; kind: 'aggregate' | 'page'; path: string; params: Record<string, string>; filter: ExploreFilter }
const cases: Case[] = [
  { name: 'series, no filter', kind: 'aggregate', path: 'series', filter: week, params: {} },
  { name: 'series by polarity, brand', kind: 'aggregate', path: 'series', filter: { ...week, brands: ['nimbus'] }, params: { split: 'polarity' } },
  { name: 'series by brand, negative news+twitter', kind: 'aggregate', path: 'series', filter: { ...week, channels: ['news', 'twitter'], polarities: ['negative'] }, params: { split: 'brand' } },
  { name: 'series, free text "battery"', kind: 'aggregate', path: 'series', filter: { ...week, q: 'battery' }, params: {} },
  { name: 'series, text "refund -love" + country', kind: 'aggregate', path: 'series', filter: { ...week, q: 'refund -love', countries: ['US', 'GB', 'IN'] }, params: {} },
  { name: 'series, phrase "still waiting"', kind: 'aggregate', path: 'series', filter: { ...week, q: '"still waiting"' }, params: {} },
  { name: 'breakdown countries, brand', kind: 'aggregate', path: 'breakdown', filter: { ...week, brands: ['zephyr'] }, params: { by: 'country' } },
  { name: 'breakdown terms, negative', kind: 'aggregate', path: 'breakdown', filter: { ...week, polarities: ['negative'] }, params: { by: 'term' } },
  { name: 'breakdown authors, complaints', kind: 'aggregate', path: 'breakdown', filter: { ...week, intents: ['complaint'] }, params: { by: 'author' } },
  { name: 'summary KPIs, brand + topic', kind: 'aggregate', path: 'summary', filter: { ...week, brands: ['nimbus'], topics: ['battery'] }, params: {} },
  { name: 'page by time, no filter', kind: 'page', path: 'mentions', filter: week, params: {} },
  { name: 'page by time, brand negative', kind: 'page', path: 'mentions', filter: { ...week, brands: ['nimbus'], polarities: ['negative'] }, params: {} },
  { name: 'page by reach, free text', kind: 'page', path: 'mentions', filter: { ...week, q: 'battery' }, params: { sort: 'reach' } },
  { name: 'page, drill-down of an hour point', kind: 'page', path: 'mentions', filter: { from: midHour, to: midHour + HOUR_MS, polarities: ['negative'] }, params: {} },
  { name: 'page, drill-down of a term', kind: 'page', path: 'mentions', filter: { ...week, terms: ['refund'], brands: ['kestrel'] }, params: {} },
];

const svc = (await import('../../server/explore/service')).ExploreService;
const service = new svc({ index, now: () => clock.now(), brandIds: tracking.brands.map((b) => b.id), topics: tracking.topics });
const schemas = { series: SeriesQuerySchema, breakdown: BreakdownQuerySchema, summary: SummaryQuerySchema, mentions: MentionsQuerySchema } as const;

function inProcess(c: Case): () => Promise<unknown> {
  const q = Object.fromEntries(new URLSearchParams(`${encodeFilter(c.filter)}&${new URLSearchParams(c.params)}`));
  const p = schemas[c.path as keyof typeof schemas].parse(q) as never;
  if (c.path === 'series') return () => service.series(p);
  if (c.path === 'breakdown') return () => service.breakdown(p);
  if (c.path === 'summary') return () => service.summary(p);
  return () => service.mentions(p);
}

function overHttp(c: Case): () => Promise<unknown> {
  const url = `${app.url}/api/explore/${c.path}?${encodeFilter(c.filter)}&${new URLSearchParams(c.params)}`;
  const once = async () => {
    const res = await fetch(url);
    if (res.status !== 200) throw new Error(`${url}: ${res.status} ${await res.text()}`);
    return res.json();
  };
  // a keep-alive connection the server closed while idle resets the next request: ask again then
  return () => once().catch((e: Error) => { if ((e.cause as { code?: string })?.code === 'ECONNRESET') return once(); throw e; });
}

async function timeIt(fn: () => Promise<unknown>): Promise<{ p50: number; p95: number }> {
  for (let i = 0; i < WARMUP; i++) await fn();
  const xs: number[] = [];
  for (let i = 0; i < RUNS; i++) { const s = performance.now(); await fn(); xs.push(performance.now() - s); }
  xs.sort((a, b) => a - b);
  const pick = (q: number) => xs[Math.min(xs.length - 1, Math.ceil(q * xs.length) - 1)];
  return { p50: pick(0.5), p95: pick(0.95) };
}

const fmt = (x: number) => x.toFixed(1).padStart(7);
console.log(`\n${'query (7 days, ' + (held.count / 1e6).toFixed(2) + 'M mentions)'.padEnd(0)}`.padEnd(44) + '   in-process p50/p95 ms     HTTP p50/p95 ms   matches');
const worst = { aggregate: { ip: 0, http: 0 }, page: { ip: 0, http: 0 } };
for (const c of cases) {
  const ip = await timeIt(inProcess(c));
  const http = await timeIt(overHttp(c));
  const body = await overHttp(c)() as { total?: number; kpis?: { total: number } };
  worst[c.kind].ip = Math.max(worst[c.kind].ip, ip.p95);
  worst[c.kind].http = Math.max(worst[c.kind].http, http.p95);
  console.log(`${c.name.padEnd(44)} ${fmt(ip.p50)} ${fmt(ip.p95)}        ${fmt(http.p50)} ${fmt(http.p95)}   ${(body.total ?? body.kpis?.total ?? 0).toLocaleString('en-US').padStart(9)}`);
}

// the rollups answer the simplest series too: the peer
const rollupSeries = await timeIt(() => app.rollups.series({ resolution: '1h', from: start, to: end, groupBy: ['polarity'] }));
const exploreSeries = await timeIt(inProcess(cases[0]));
const exploreSplit = await timeIt(() => service.series(SeriesQuerySchema.parse({ range: '7d', split: 'polarity' })));
console.log(`\npeer: the same 7-day hourly series by polarity from the rollups: p50 ${rollupSeries.p50.toFixed(2)} ms; explore index ${exploreSplit.p50.toFixed(2)} ms ` +
  `(${(exploreSplit.p50 / Math.max(rollupSeries.p50, 0.001)).toFixed(1)}x the rollups; unsplit ${exploreSeries.p50.toFixed(2)} ms)`);

const whyP = WhyQuerySchema.parse({ from: String(midHour), to: String(midHour + HOUR_MS), baseline: 'daily', days: '6' });
const whyT = await timeIt(() => why(service, whyP));
const cmpT = await timeIt(() => compare(service, CompareQuerySchema.parse({ range: '7d', mode: 'brands' })));
console.log(`why (1-hour window against the same hour of 6 days): p50 ${whyT.p50.toFixed(1)} ms, p95 ${whyT.p95.toFixed(1)} ms; compare 4 brands over 7 days: p50 ${cmpT.p50.toFixed(1)} ms, p95 ${cmpT.p95.toFixed(1)} ms`);

const ok = (x: number) => (x <= TARGET_P95_MS ? 'ok' : 'MISSED');
console.log(`\nworst p95, aggregates: in-process ${worst.aggregate.ip.toFixed(1)} ms (${ok(worst.aggregate.ip)}), HTTP ${worst.aggregate.http.toFixed(1)} ms (${ok(worst.aggregate.http)}); ` +
  `first pages: in-process ${worst.page.ip.toFixed(1)} ms (${ok(worst.page.ip)}), HTTP ${worst.page.http.toFixed(1)} ms (${ok(worst.page.http)}); target p95 <= ${TARGET_P95_MS} ms`);
console.log(`machine load average at the end: ${(await import('node:os')).loadavg().map((x) => x.toFixed(1)).join(' ')} (2 cores shared: figures are noisy)`);
await app.close();
process.exit(0);
