/**
 * Offline runner of the alert detectors (the same code as the server):
 *
 *   npm run detect -- --series FILE.csv [--min-count N] [--ratio R] [--pending N] [--window N] [--direction spike|drop]
 *     CSV of timestamp,value (header optional; ISO, "YYYY-MM-DD HH:MM:SS" (UTC, as in NAB) or epoch ms);
 *     the bucket size is inferred from the first two rows. One JSON line per firing:
 *     {firedAt, severity, value, baseline, span, startedAt} (value and baseline: sums over the
 *     span buckets ending at firedAt).
 *   npm run detect -- --replay FILE [--mapping airline] [--config TRACKING.json] [--by brand|brand-topic] [--metric negative|volume]
 *     Replays a mentions file through analysis into 1-minute buckets; one JSON line per alert:
 *     {firedAt, brand, topic?, severity, value, baseline, span}. --by brand-topic uses the server's
 *     per-topic defaults (DEFAULT_TOPIC_SPIKE_PARAMS: the scan over the last 1–10 buckets).
 */
import { readFileSync, statSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { MINUTE_MS } from '../../shared/constants';
import { MentionSchema, type Mention } from '../../shared/mention';
import { analyze, compileModel } from '../analysis';
import { loadTracking } from '../config/env';
import { applyMapping, loadMapping } from '../sources/replay/mapping';
import { formatOf, readRows, type RowProgress } from '../sources/replay/reader';
import { createDetector, DEFAULT_DROP_PARAMS, DEFAULT_SPIKE_PARAMS, DEFAULT_TOPIC_SPIKE_PARAMS, round, SeriesBank, validateParams } from './detect';
import type { SeriesAlert, SeriesBy, SeriesMetric } from './detect';
import type { DetectorParams } from './detect/types';

const USAGE = `usage: npm run detect -- --series FILE.csv [--min-count N] [--ratio R] [--pending N] [--window N] [--direction spike|drop]
       npm run detect -- --replay FILE [--mapping airline|PATH] [--config TRACKING.json] [--by brand|brand-topic] [--metric negative|volume]
         [--bucket MINUTES] [--min-count N] [--ratio R] [--pending N] [--window N] [--direction spike|drop]`;
const DEFAULT_AIRLINE_CONFIG = 'server/config/airlines.tracking.json';
const DEFAULT_CONFIG = 'server/config/default.tracking.json';

export class InputError extends Error {}

export interface SeriesAlertLine { firedAt: string; severity: number; value: number; baseline: number; span: number; startedAt: string }

/** "2014-04-01 00:00:00" (UTC), ISO 8601, or epoch ms → epoch ms (NaN when unreadable). */
export function parseTimestamp(s: string): number {
  const v = s.trim().replace(/^"|"$/g, '');
  if (/^-?\d+(\.\d+)?$/.test(v)) return Number(v);
  const nab = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}(:\d{2}(\.\d+)?)?)$/.exec(v);
  return Date.parse(nab ? `${nab[1]}T${nab[2]}Z` : v);
}

/** Parses timestamp,value rows; bad rows are reported to warn and skipped. */
export function parseSeriesCsv(text: string, warn: (msg: string) => void): { t: number; value: number }[] {
  const rows: { t: number; value: number }[] = [];
  const lines = text.split(/\r?\n/);
  lines.forEach((line, i) => {
    if (line.trim() === '') return;
    const [ts, val] = line.split(',');
    const t = parseTimestamp(ts ?? '');
    const value = Number((val ?? '').trim());
    if (i === 0 && (Number.isNaN(t) || Number.isNaN(value))) return; // header
    if (!Number.isFinite(t) || val === undefined || val.trim() === '' || !Number.isFinite(value)) {
      warn(`line ${i + 1}: skipped, expected "timestamp,value": ${JSON.stringify(line.slice(0, 80))}`);
      return;
    }
    if (rows.length && t <= rows[rows.length - 1].t) {
      warn(`line ${i + 1}: skipped, timestamp not after the previous row`);
      return;
    }
    rows.push({ t, value });
  });
  return rows;
}

/** Runs one detector over a series; returns one line per firing. */
export function detectSeries(rows: { t: number; value: number }[], overrides: Partial<DetectorParams>): SeriesAlertLine[] {
  if (rows.length < 2) throw new InputError('need at least two valid rows to infer the bucket size');
  const bucketMs = rows[1].t - rows[0].t;
  const direction = overrides.direction ?? 'spike';
  const params: DetectorParams = { ...defaultParams(direction, 'brand'), ...overrides, bucketMs };
  const det = createDetector(checked(params));
  const out: SeriesAlertLine[] = [];
  let pendingSince = Number.NaN;
  for (const r of rows) {
    const ev = det.update(r.t, r.value);
    if (!ev) continue;
    if (ev.kind === 'pending') pendingSince = ev.t;
    if (ev.kind === 'firing') {
      const startedAt = Number.isNaN(pendingSince) ? ev.t : pendingSince;
      out.push({ firedAt: new Date(ev.t).toISOString(), severity: ev.severity, value: ev.value, baseline: round(ev.baseline), span: ev.span, startedAt: new Date(startedAt).toISOString() });
    }
    if (ev.kind !== 'pending') pendingSince = Number.NaN;
  }
  return out;
}

export interface ReplayOptions { file: string; mapping?: string; config?: string; by?: SeriesBy; metric?: SeriesMetric; params?: DetectorParams }

/** Replays a mentions file (CSV or NDJSON, through a mapping) and returns the alerts, in time order. */
export async function replayAlerts(o: ReplayOptions, warn: (msg: string) => void = () => {}): Promise<SeriesAlert[]> {
  const mapping = loadMapping(o.mapping ?? 'airline');
  const tracking = loadTracking(o.config ?? (o.mapping === undefined || o.mapping === 'airline' ? DEFAULT_AIRLINE_CONFIG : DEFAULT_CONFIG));
  const model = compileModel(tracking);
  const mentions: Mention[] = [];
  const progress: RowProgress = { bytesRead: 0, bytesTotal: 0 };
  let rejected = 0;
  for await (const row of readRows(o.file, formatOf(o.file, mapping.format), progress)) {
    const r = '__lineError' in row ? null : MentionSchema.safeParse(applyMapping(row, mapping));
    if (r?.success) mentions.push(r.data);
    else rejected++;
  }
  if (rejected) warn(`${rejected} row(s) skipped (not valid mentions)`);
  mentions.sort((a, b) => a.createdAt - b.createdAt);
  const alerts: SeriesAlert[] = [];
  const by = o.by ?? 'brand';
  const bank = new SeriesBank(o.params ?? defaultParams('spike', by), by, o.metric ?? 'negative', (a) => alerts.push(a));
  for (const m of mentions) bank.add(analyze(m, model, m.createdAt));
  bank.finish();
  return alerts;
}

/** The server's defaults for a series: drops, spikes per brand, or spikes per brand × topic. */
export function defaultParams(direction: 'spike' | 'drop', by: SeriesBy): DetectorParams {
  return direction === 'drop' ? DEFAULT_DROP_PARAMS : by === 'brand-topic' ? DEFAULT_TOPIC_SPIKE_PARAMS : DEFAULT_SPIKE_PARAMS;
}

/** The params, or an InputError naming the bad one (a flag out of range is the user's input). */
function checked(p: DetectorParams): DetectorParams {
  try { validateParams(p); } catch (e) { throw new InputError((e as Error).message); }
  return p;
}

function numberOpt(name: string, v: string | undefined): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isFinite(n)) throw new InputError(`--${name} must be a number, got "${v}"`);
  return n;
}

type Flags = { direction?: string; 'min-count'?: string; ratio?: string; pending?: string; window?: string };

function overrides(values: Flags): Partial<DetectorParams> {
  const dir = values.direction ?? 'spike';
  if (dir !== 'spike' && dir !== 'drop') throw new InputError(`--direction must be spike or drop, got "${dir}"`);
  const o: Partial<DetectorParams> = { direction: dir };
  const mc = numberOpt('min-count', values['min-count']); if (mc !== undefined) o.minCount = mc;
  const ra = numberOpt('ratio', values.ratio); if (ra !== undefined) o.minRatio = ra;
  const pe = numberOpt('pending', values.pending); if (pe !== undefined) o.pendingBuckets = pe;
  const wi = numberOpt('window', values.window); if (wi !== undefined) o.windowBuckets = wi;
  return o;
}

async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      series: { type: 'string' }, replay: { type: 'string' },
      'min-count': { type: 'string' }, ratio: { type: 'string' }, pending: { type: 'string' }, window: { type: 'string' }, direction: { type: 'string' },
      mapping: { type: 'string' }, config: { type: 'string' }, by: { type: 'string' }, metric: { type: 'string' },
      bucket: { type: 'string' }, help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) { process.stdout.write(`${USAGE}\n`); return 0; }
  const warn = (m: string) => process.stderr.write(`detect: warning: ${m}\n`);
  if (values.series !== undefined) {
    let text: string;
    try { text = readFileSync(values.series, 'utf8'); } catch (e) { throw new InputError(`cannot read ${values.series}: ${(e as Error).message}`); }
    for (const a of detectSeries(parseSeriesCsv(text, warn), overrides(values))) process.stdout.write(`${JSON.stringify(a)}\n`);
    return 0;
  }
  if (values.replay !== undefined) {
    const by = values.by ?? 'brand';
    const metric = values.metric ?? 'negative';
    if (by !== 'brand' && by !== 'brand-topic') throw new InputError(`--by must be brand or brand-topic, got "${by}"`);
    if (metric !== 'negative' && metric !== 'volume') throw new InputError(`--metric must be negative or volume, got "${metric}"`);
    try { statSync(values.replay); } catch (e) { throw new InputError(`cannot read ${values.replay}: ${(e as Error).message}`); }
    const o = overrides(values);
    const bucketMin = numberOpt('bucket', values.bucket);
    if (bucketMin !== undefined && !(bucketMin > 0)) throw new InputError('--bucket must be a number of minutes > 0');
    const params: DetectorParams = { ...defaultParams(o.direction ?? 'spike', by), ...o, bucketMs: (bucketMin ?? 1) * MINUTE_MS };
    const alerts = await replayAlerts({ file: values.replay, mapping: values.mapping, config: values.config, by, metric, params: checked(params) }, warn);
    for (const a of alerts) process.stdout.write(`${JSON.stringify(a)}\n`);
    return 0;
  }
  process.stderr.write(`${USAGE}\n`);
  return 2;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2)).then((code) => { process.exitCode = code; }, (e: Error) => {
    process.stderr.write(`detect: ${e instanceof InputError || e.name === 'ConfigError' || e.name === 'TypeError' ? e.message : e.stack ?? e.message}\n`);
    process.exitCode = e instanceof InputError || e.name === 'ConfigError' ? 1 : 2;
  });
}
