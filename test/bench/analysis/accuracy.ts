/**
 * 3-class sentiment accuracy and macro-F1 of Earshot against the JavaScript libraries a user would
 * otherwise pick (vader-sentiment, sentiment (AFINN-165), wink-sentiment), on three public labeled
 * sets in ../shared/data; plus the speed of the sentiment step alone (texts/s, one core).
 * Run: node --import tsx test/bench/analysis/accuracy.ts [--errors set] (prints a table)
 *
 * Macro-F1 is also printed on the even-numbered and the odd-numbered samples of each set: the few
 * numbers of Earshot's sentiment that were fitted on data (see server/analysis/sentiment.ts) were
 * chosen on the even half only, so the odd half is held out.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import type { Mention, Polarity } from '../../../shared/mention';
import { TrackingConfigSchema, type TrackingConfig } from '../../../shared/tracking';
import { analyze, compileModel, type AnalysisModel } from '../../../server/analysis';
import { compileSentiment, scoreSentiment } from '../../../server/analysis/sentiment';
import { Tokens, tokenize } from '../../../server/analysis/tokenize';
import { Vocab } from '../../../server/analysis/vocab';

const require = createRequire(import.meta.url);
const vader = require('vader-sentiment') as { SentimentIntensityAnalyzer: { polarity_scores(t: string): { compound: number } } };
const AfinnSentiment = require('sentiment') as new () => { analyze(t: string): { score: number } };
const wink = require('wink-sentiment') as (t: string) => { normalizedScore: number };

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const DATA = `${ROOT}../shared/data/`;
const CONFIG = `${ROOT}server/config/`;

/** The gold mapping of the VADER ground truth: mean rating / 4 against ±0.05. */
const VADER_RATING_MAX = 4;
const VADER_GOLD_BAND = 0.05;
const VADER_COMPOUND_BAND = 0.05;
const TWEETEVAL_LABELS: Polarity[] = ['negative', 'neutral', 'positive'];
const CLASSES: Polarity[] = ['negative', 'neutral', 'positive'];
const SPEED_MIN_MS = 500;
/** Systems are timed in turn, this many rounds; each keeps its best (the machine may be shared). */
const SPEED_ROUNDS = 5;
const MS_PER_S = 1000;

export interface Sample { text: string; gold: Polarity; mention: Mention }
export interface DataSet { name: string; samples: Sample[]; model: AnalysisModel }
export interface Row {
  system: string; set: string; n: number; accuracy: number; macroF1: number;
  /** Macro-F1 on the even-numbered (fitting) and odd-numbered (held-out) samples. */
  macroF1Even?: number; macroF1Odd?: number; textsPerSecond?: number;
}

function loadConfig(file: string): TrackingConfig {
  return TrackingConfigSchema.parse(JSON.parse(readFileSync(CONFIG + file, 'utf8')));
}

const signOf = (x: number, band = 0): Polarity => (x > band ? 'positive' : x < -band ? 'negative' : 'neutral');
const asMention = (id: string, text: string, query?: string): Mention => ({ id, channel: 'twitter', text, createdAt: 0, query });

export function loadSets(): DataSet[] {
  const general = compileModel(loadConfig('default.tracking.json'));
  const airlines = compileModel(loadConfig('airlines.tracking.json'));
  const vaderRows = readFileSync(`${DATA}vader_ground_truth/tweets_GroundTruth.txt`, 'utf8').split('\n').filter((l) => l.trim() !== '');
  const vaderSet = vaderRows.map((line) => {
    const [id, rating, ...rest] = line.split('\t');
    const text = rest.join('\t');
    const r = Number(rating) / VADER_RATING_MAX;
    const gold: Polarity = r >= VADER_GOLD_BAND ? 'positive' : r <= -VADER_GOLD_BAND ? 'negative' : 'neutral';
    return { text, gold, mention: asMention(id, text) };
  });
  const csv = parse(readFileSync(`${DATA}twitter_us_airline/Tweets.csv`), { columns: true }) as Record<string, string>[];
  const airlineSet = csv.map((r) => ({ text: r.text, gold: r.airline_sentiment as Polarity, mention: asMention(r.tweet_id, r.text, r.airline) }));
  const lines = (f: string) => readFileSync(`${DATA}tweeteval_sentiment_val/${f}`, 'utf8').split('\n');
  const labels = lines('val_labels.txt');
  const tweeteval = lines('val_text.txt').slice(0, labels.filter((l) => l.trim() !== '').length).map((text, i) => (
    { text, gold: TWEETEVAL_LABELS[Number(labels[i])], mention: asMention(`te${i}`, text) }
  ));
  return [
    { name: 'VADER tweets', samples: vaderSet, model: general },
    { name: 'airline', samples: airlineSet, model: airlines },
    { name: 'TweetEval', samples: tweeteval, model: general },
  ];
}

export interface Scores { accuracy: number; macroF1: number; confusion: number[][] }

export function score(gold: Polarity[], pred: Polarity[]): Scores {
  const confusion = CLASSES.map(() => CLASSES.map(() => 0));
  let right = 0;
  for (let i = 0; i < gold.length; i++) {
    confusion[CLASSES.indexOf(gold[i])][CLASSES.indexOf(pred[i])]++;
    if (gold[i] === pred[i]) right++;
  }
  let f1Sum = 0;
  for (let c = 0; c < CLASSES.length; c++) {
    const tp = confusion[c][c];
    const predicted = confusion.reduce((a, row) => a + row[c], 0);
    const actual = confusion[c].reduce((a, x) => a + x, 0);
    const p = predicted === 0 ? 0 : tp / predicted;
    const r = actual === 0 ? 0 : tp / actual;
    f1Sum += p + r === 0 ? 0 : (2 * p * r) / (p + r);
  }
  return { accuracy: right / gold.length, macroF1: f1Sum / CLASSES.length, confusion };
}

type Classifier = (s: Sample, set: DataSet) => Polarity;

const afinn = new AfinnSentiment();
export const SYSTEMS: Record<string, Classifier> = {
  earshot: (s, set) => analyze(s.mention, set.model, 0).sentiment.polarity,
  'vader-sentiment': (s) => signOf(vader.SentimentIntensityAnalyzer.polarity_scores(s.text).compound, VADER_COMPOUND_BAND - Number.EPSILON),
  'sentiment (AFINN)': (s) => signOf(afinn.analyze(s.text).score),
  'wink-sentiment': (s) => signOf(wink(s.text).normalizedScore),
};

/** Texts per second of fn over texts, repeated for at least SPEED_MIN_MS. */
function speed(texts: string[], fn: (t: string) => unknown): number {
  for (const t of texts) fn(t); // warm up
  let n = 0;
  const start = performance.now();
  while (performance.now() - start < SPEED_MIN_MS) {
    for (const t of texts) fn(t);
    n += texts.length;
  }
  return (n / (performance.now() - start)) * MS_PER_S;
}

function speedRows(texts: string[]): Row[] {
  const sm = compileSentiment({}, new Vocab());
  const tokens = new Tokens();
  const earshot = (t: string) => { tokenize(t, tokens); sm.vocab.resolve(tokens); return scoreSentiment(sm, tokens); };
  const rows: [string, (t: string) => unknown][] = [
    ['earshot (tokenize + sentiment)', earshot],
    ['vader-sentiment', (t) => vader.SentimentIntensityAnalyzer.polarity_scores(t)],
    ['sentiment (AFINN)', (t) => afinn.analyze(t)],
    ['wink-sentiment', (t) => wink(t)],
  ];
  const best = rows.map(() => 0);
  for (let r = 0; r < SPEED_ROUNDS; r++) rows.forEach(([, fn], i) => { best[i] = Math.max(best[i], speed(texts, fn)); });
  return rows.map(([system], i) => ({ system, set: 'speed (all texts)', n: texts.length, accuracy: NaN, macroF1: NaN, textsPerSecond: best[i] }));
}

/** opts.accuracy === false: only the speed rows (BENCH_ONLY=speed). */
export async function accuracyRows(opts: { speed?: boolean; accuracy?: boolean } = {}): Promise<Row[]> {
  const sets = loadSets();
  const rows: Row[] = [];
  for (const set of opts.accuracy === false ? [] : sets) {
    const gold = set.samples.map((s) => s.gold);
    for (const [system, fn] of Object.entries(SYSTEMS)) {
      const pred = set.samples.map((s) => fn(s, set));
      const { accuracy, macroF1 } = score(gold, pred);
      const half = (parity: number) => score(gold.filter((_, i) => i % 2 === parity), pred.filter((_, i) => i % 2 === parity)).macroF1;
      rows.push({ system, set: set.name, n: set.samples.length, accuracy, macroF1, macroF1Even: half(0), macroF1Odd: half(1) });
    }
  }
  if (opts.speed !== false) rows.push(...speedRows(sets.flatMap((s) => s.samples.map((x) => x.text))));
  return rows;
}

function printTable(rows: Row[]): void {
  const f = (x: number | undefined) => (x === undefined || Number.isNaN(x) ? '' : x.toFixed(3));
  console.log('| system | set | n | accuracy | macro-F1 | macro-F1 even / odd lines | texts/s |');
  console.log('|---|---|---|---|---|---|---|');
  for (const r of rows) {
    const tps = r.textsPerSecond === undefined ? '' : Math.round(r.textsPerSecond).toLocaleString('en-US');
    const halves = r.macroF1Even === undefined ? '' : `${f(r.macroF1Even)} / ${f(r.macroF1Odd)}`;
    console.log(`| ${r.system} | ${r.set} | ${r.n} | ${f(r.accuracy)} | ${f(r.macroF1)} | ${halves} | ${tps} |`);
  }
}

/** Earshot's confusion matrix and wrong predictions of one set, for error analysis. */
function printErrors(setName: string, max: number): void {
  const set = loadSets().find((s) => s.name.toLowerCase().startsWith(setName.toLowerCase()));
  if (set === undefined) throw new Error(`no set ${setName}`);
  const res = set.samples.map((s) => ({ s, r: analyze(s.mention, set.model, 0).sentiment }));
  const { confusion } = score(set.samples.map((s) => s.gold), res.map((x) => x.r.polarity));
  console.log('gold \\ pred', CLASSES.join(' '));
  confusion.forEach((row, i) => console.log(CLASSES[i], row.join(' ')));
  const words = new Map<string, number>();
  for (const { s, r } of res) {
    if (r.polarity === s.gold) continue;
    for (const d of r.drivers) words.set(d.token, (words.get(d.token) ?? 0) + 1);
  }
  console.log('drivers of wrong answers:', [...words].sort((a, b) => b[1] - a[1]).slice(0, 60).map(([w, n]) => `${w}:${n}`).join(' '));
  let shown = 0;
  for (const { s, r } of res) {
    if (r.polarity === s.gold || shown++ >= max) continue;
    console.log(`${s.gold} -> ${r.polarity} ${r.score} [${r.drivers.map((d) => `${d.token}:${d.weight}`).join(' ')}] ${s.text.replace(/\n/g, ' ')}`);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const i = process.argv.indexOf('--errors');
  if (i > 0) printErrors(process.argv[i + 1] ?? 'airline', Number(process.argv[i + 2] ?? 80));
  else void accuracyRows({ speed: !process.argv.includes('--no-speed') }).then(printTable);
}
