/**
 * Throughput of analyze() on the airline data set (14,640 tweets), repeated: prints mentions/s.
 * Run: node --import tsx test/bench/analysis.bench.ts [rounds]
 */
import { analyze, compileModel } from '../../server/analysis';
import { airlineMention, airlineRows, loadConfig } from '../unit/analysis/helpers';

const ROUNDS = Number(process.argv[2] ?? 10);
const WARMUP_ROUNDS = 2;

const t0 = performance.now();
const model = compileModel(loadConfig('airlines.tracking.json'));
const compileMs = performance.now() - t0;
const mentions = airlineRows().map(airlineMention);

const US_PER_MS = 1000;

/** Wall-clock and CPU (user + system, this process) milliseconds for `rounds` passes. */
function run(rounds: number): { wallMs: number; cpuMs: number } {
  let sink = 0;
  const start = performance.now();
  const cpu = process.cpuUsage();
  for (let r = 0; r < rounds; r++) {
    for (const m of mentions) sink += analyze(m, model, 0).brands.length;
  }
  const used = process.cpuUsage(cpu);
  if (sink < 0) console.log(sink);
  return { wallMs: performance.now() - start, cpuMs: (used.user + used.system) / US_PER_MS };
}

const rate = (n: number, ms: number) => Math.round((n / ms) * 1000).toLocaleString('en-US');

run(WARMUP_ROUNDS);
const { wallMs, cpuMs } = run(ROUNDS);
const n = mentions.length * ROUNDS;
console.log(`compileModel: ${compileMs.toFixed(0)} ms`);
console.log(`analyze: ${n} mentions in ${wallMs.toFixed(0)} ms wall = ${rate(n, wallMs)} mentions/s ` +
  `(${((wallMs * US_PER_MS) / n).toFixed(2)} µs each); CPU time ${cpuMs.toFixed(0)} ms = ${rate(n, cpuMs)} mentions/s per core`);
