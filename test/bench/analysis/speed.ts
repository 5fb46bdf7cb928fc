/**
 * Speed of the whole analyze() (brands, sentiment, topics, intent, routing, place, language,
 * terms) on the 14,640 airline tweets, in mentions/s on one core, against vader-sentiment and
 * `sentiment` (AFINN-165) scoring the same texts alone. Each figure: WARMUP_PASSES passes, then
 * the median of PASSES timed passes.
 * Run alone: node --import tsx test/bench/analysis/speed.ts
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import Sentiment from 'sentiment';
import type { Mention } from '../../../shared/mention';
import { TrackingConfigSchema } from '../../../shared/tracking';
import { analyze, compileModel } from '../../../server/analysis';

import { AIRLINE_CSV } from '../../helpers/data';
import { airlineMention, airlineRows } from '../../unit/analysis/helpers';
export { AIRLINE_CSV };
const CONFIG = fileURLToPath(new URL('../../../server/config/airlines.tracking.json', import.meta.url));
export const WARMUP_PASSES = 2;
export const PASSES = 5;
const MS_PER_S = 1000;

export interface SpeedRow { name: string; perSec: number; note?: string }

const require = createRequire(import.meta.url);
const vader = require('vader-sentiment') as { SentimentIntensityAnalyzer: { polarity_scores(text: string): { compound: number } } };

/** The CSV rows as mentions, the way the replay source builds them. */
export function airlineMentions(): Mention[] {
  return airlineRows().map(airlineMention);
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** Items per second of fn over items: warm-up passes, then the median of timed passes. */
export function measure<T>(items: readonly T[], fn: (x: T) => number): number {
  let sink = 0;
  for (let p = 0; p < WARMUP_PASSES; p++) for (const x of items) sink += fn(x);
  const rates: number[] = [];
  for (let p = 0; p < PASSES; p++) {
    const t0 = performance.now();
    for (const x of items) sink += fn(x);
    rates.push((items.length / (performance.now() - t0)) * MS_PER_S);
  }
  if (Number.isNaN(sink)) console.log(sink); // keeps the work observable
  return Math.round(median(rates));
}

export async function speedRows(): Promise<SpeedRow[]> {
  const t0 = performance.now();
  const model = compileModel(TrackingConfigSchema.parse(JSON.parse(readFileSync(CONFIG, 'utf8'))));
  const compileMs = Math.round(performance.now() - t0);
  const mentions = airlineMentions();
  const texts = mentions.map((m) => m.text);
  const afinn = new Sentiment();
  const n = `${mentions.length} airline tweets, median of ${PASSES} passes`;
  return [
    {
      name: 'earshot analyze() (brands+sentiment+topics+intent+routing+place+language+terms)',
      perSec: measure(mentions, (m) => analyze(m, model, 0).terms.length),
      note: `${n}; compileModel ${compileMs} ms`,
    },
    { name: 'vader-sentiment polarity_scores() alone', perSec: measure(texts, (s) => vader.SentimentIntensityAnalyzer.polarity_scores(s).compound), note: n },
    { name: 'sentiment (AFINN-165) analyze() alone', perSec: measure(texts, (s) => afinn.analyze(s).comparative), note: n },
  ];
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const r of await speedRows()) {
    console.log(`${r.name.padEnd(84)} ${r.perSec.toLocaleString('en-US').padStart(10)} /s  ${r.note ?? ''}`);
  }
}
