/**
 * Brand matching on a labeled set (brand-cases.json): precision and recall, micro-averaged over
 * (case, brand) labels, with Earshot's analyze() on each case set's config; plus the throughput
 * of analyze() on those cases.
 *
 * Run alone: node --import tsx test/bench/analysis/brands.ts   (prints the figures and the misses)
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { analyze, compileModel, type AnalysisModel } from '../../../server/analysis';
import type { Mention } from '../../../shared/mention';
import { uniqueBrands } from '../../../shared/mention';
import { TrackingConfigSchema } from '../../../shared/tracking';

export interface Row {
  metric: string;
  value: number;
  unit?: string;
  /** The goal, e.g. ">= 0.98". */
  target?: string;
  note?: string;
}

export interface BrandCase {
  text: string;
  config: string;
  expected: string[];
  note?: string;
}

interface CaseFile {
  configs: Record<string, { brands?: unknown[]; file?: string }>;
  cases: BrandCase[];
}

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const CASES = fileURLToPath(new URL('./brand-cases.json', import.meta.url));
const TARGET = 0.98;
const THROUGHPUT_ROUNDS = 200;

export interface Miss {
  kind: 'missed' | 'spurious';
  brand: string;
  text: string;
  config: string;
  note?: string;
  got: string[];
}

export interface BrandScore {
  cases: number;
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  misses: Miss[];
  mentionsPerSec: number;
}

export function loadCases(): CaseFile {
  return JSON.parse(readFileSync(CASES, 'utf8')) as CaseFile;
}

function models(file: CaseFile): Map<string, AnalysisModel> {
  const out = new Map<string, AnalysisModel>();
  for (const [name, c] of Object.entries(file.configs)) {
    const raw = c.file !== undefined ? JSON.parse(readFileSync(ROOT + c.file, 'utf8')) : { brands: c.brands };
    out.set(name, compileModel(TrackingConfigSchema.parse(raw)));
  }
  return out;
}

function mentionOf(text: string, i: number): Mention {
  return { id: `case-${i}`, channel: 'twitter', text, createdAt: 0 };
}

export function scoreBrands(): BrandScore {
  const file = loadCases();
  const byName = models(file);
  let tp = 0, fp = 0, fn = 0;
  const misses: Miss[] = [];
  const mentions = file.cases.map((c, i) => ({ m: mentionOf(c.text, i), model: byName.get(c.config) }));
  file.cases.forEach((c, i) => {
    const model = mentions[i].model;
    if (model === undefined) throw new Error(`case ${i}: unknown config "${c.config}"`);
    const got = uniqueBrands(analyze(mentions[i].m, model, 0));
    for (const b of got) {
      if (c.expected.includes(b)) tp++;
      else { fp++; misses.push({ kind: 'spurious', brand: b, text: c.text, config: c.config, note: c.note, got }); }
    }
    for (const b of c.expected) {
      if (!got.includes(b)) { fn++; misses.push({ kind: 'missed', brand: b, text: c.text, config: c.config, note: c.note, got }); }
    }
  });
  // Throughput of the whole analyze() on these (short, brand-dense) texts.
  let sink = 0;
  const start = performance.now();
  for (let r = 0; r < THROUGHPUT_ROUNDS; r++) {
    for (const { m, model } of mentions) sink += analyze(m, model as AnalysisModel, 0).brands.length;
  }
  const ms = performance.now() - start;
  if (sink < 0) console.log(sink);
  return {
    cases: file.cases.length, tp, fp, fn,
    precision: tp + fp === 0 ? 1 : tp / (tp + fp),
    recall: tp + fn === 0 ? 1 : tp / (tp + fn),
    misses,
    mentionsPerSec: Math.round((mentions.length * THROUGHPUT_ROUNDS * 1000) / ms),
  };
}

export async function brandRows(): Promise<Row[]> {
  const s = scoreBrands();
  const note = `${s.cases} cases; TP ${s.tp}, FP ${s.fp}, FN ${s.fn}`;
  return [
    { metric: 'brands: precision', value: round(s.precision), target: `>= ${TARGET}`, note },
    { metric: 'brands: recall', value: round(s.recall), target: `>= ${TARGET}`, note },
    { metric: 'brands: analyze() on the labeled cases', value: s.mentionsPerSec, unit: 'mentions/s' },
  ];
}

function round(x: number): number {
  return Math.round(x * 10000) / 10000;
}

const runAlone = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (runAlone) {
  const s = scoreBrands();
  console.log(`brand cases: ${s.cases} (TP ${s.tp}, FP ${s.fp}, FN ${s.fn})`);
  console.log(`precision: ${s.precision.toFixed(4)} (target >= ${TARGET})`);
  console.log(`recall:    ${s.recall.toFixed(4)} (target >= ${TARGET})`);
  console.log(`analyze() on these cases: ${s.mentionsPerSec.toLocaleString('en-US')} mentions/s`);
  if (s.misses.length === 0) console.log('misses: none');
  for (const m of s.misses) {
    console.log(`  ${m.kind} ${m.brand} [${m.config}${m.note ? `; ${m.note}` : ''}]: ${JSON.stringify(m.text)} -> [${m.got.join(', ')}]`);
  }
  process.exitCode = s.precision >= TARGET && s.recall >= TARGET ? 0 : 1;
}
