/**
 * `npm run bench:pipeline` — throughput of the hot path on one core: analyze alone, rollups alone,
 * and the whole pipeline (dedupe + analyze + rollups + mention store), on simulator mentions.
 * Also the cost of building one wall frame and its size after a burst. Prints figures only.
 */
import { MINUTE_MS } from '../../shared/constants';
import type { AnalyzedMention } from '../../shared/mention';
import { analyze, compileModel } from '../../server/analysis';
import { ManualClock } from '../../server/clock';
import { loadTracking } from '../../server/config/env';
import { Pipeline } from '../../server/ingest/pipeline';
import { readKpis, readVolume, windowStart } from '../../server/realtime/view';
import { MemoryRollupStore } from '../../server/rollups/memory';
import { createSimulator } from '../../server/sources/simulator';
import { MemoryDedupeStore, MemoryMentionStore } from '../../server/store/memory';
import { MemoryMentionIndex } from '../../server/explore/memory-index';

const N = Number(process.env.BENCH_N ?? 200_000);
const tracking = loadTracking('server/config/default.tracking.json');
const model = compileModel(tracking);
const start = Date.UTC(2026, 10, 22, 12);
const sim = createSimulator({ config: tracking, rate: 2000, seed: 1 });
const mentions = [] as ReturnType<typeof sim.generate>;
const g0 = performance.now();
for (let t = start; mentions.length < N; t += MINUTE_MS) for (const m of sim.generate(t, t + MINUTE_MS)) mentions.push(m);
mentions.length = N;
const genMs = performance.now() - g0;
const end = mentions[N - 1].createdAt;

function rate(label: string, n: number, ms: number) {
  console.log(`${label.padEnd(34)} ${Math.round(n / (ms / 1000)).toLocaleString('en-US').padStart(10)} mentions/s  (${n.toLocaleString('en-US')} in ${ms.toFixed(0)} ms)`);
}

rate('simulator generate', N, genMs);

// warm-up
for (let i = 0; i < 5000; i++) analyze(mentions[i], model, start);

let t0 = performance.now();
const analyzed: AnalyzedMention[] = new Array(N);
for (let i = 0; i < N; i++) analyzed[i] = analyze(mentions[i], model, start);
rate('analyze', N, performance.now() - t0);

const clock = new ManualClock(end);
const rollups = new MemoryRollupStore(clock);
t0 = performance.now();
for (let i = 0; i < N; i += 1000) await rollups.add(analyzed.slice(i, i + 1000));
rate('rollups.add (3 resolutions + total)', N, performance.now() - t0);

const clock2 = new ManualClock(end);
const pipeline = new Pipeline({
  model, rollups: new MemoryRollupStore(clock2), mentions: new MemoryMentionStore(100_000),
  dedupe: new MemoryDedupeStore(2_000_000), clock: clock2,
});
t0 = performance.now();
for (let i = 0; i < N; i += 1000) await pipeline.ingest(mentions.slice(i, i + 1000));
rate('pipeline.ingest (batches of 1000)', N, performance.now() - t0);

// The same pipeline feeding the Explore index (as createApp wires it: a listener on analyzed
// batches). Its mentions are serialized in the background; that work is timed separately.
const clock3 = new ManualClock(end);
const pipeline3 = new Pipeline({
  model, rollups: new MemoryRollupStore(clock3), mentions: new MemoryMentionStore(100_000),
  dedupe: new MemoryDedupeStore(2_000_000), clock: clock3,
});
const index = new MemoryMentionIndex({ capacity: N });
pipeline3.onAnalyzed((batch) => { void index.add(batch); });
t0 = performance.now();
for (let i = 0; i < N; i += 1000) await pipeline3.ingest(mentions.slice(i, i + 1000));
const withIndexMs = performance.now() - t0;
rate('pipeline.ingest + explore index', N, withIndexMs);
t0 = performance.now();
index.flush();
const serializeMs = performance.now() - t0;
rate('  + background serialization', N, withIndexMs + serializeMs);

const brandIds = tracking.brands.map((b) => b.id);
const frameTimes: number[] = [];
let bytes = 0;
for (let i = 0; i < 20; i++) {
  const f0 = performance.now();
  const volume = await readVolume(rollups, windowStart(end), end);
  const kpis = await readKpis(rollups, end, volume, brandIds, { received: N, openAlerts: 0 });
  frameTimes.push(performance.now() - f0);
  bytes = JSON.stringify({ kpis, volume: volume.slice(-2) }).length;
}
frameTimes.sort((a, b) => a - b);
console.log(`frame build (volume window + KPIs): median ${frameTimes[10].toFixed(2)} ms, first (cold) ${Math.max(...frameTimes).toFixed(2)} ms; delta payload without river ${bytes} bytes`);
console.log(`rollup store: ${JSON.stringify(rollups.stats())}; heap ${(process.memoryUsage().heapUsed / 2 ** 20).toFixed(0)} MiB`);
