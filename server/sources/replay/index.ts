import { MentionSchema, type Mention } from '../../../shared/mention';
import type { ManualClock } from '../../clock';
import type { Source } from '../types';
import { applyMapping, type Mapping } from './mapping';
import type { ProgressState } from './progress';
import { formatOf, readRows, type RowProgress } from './reader';

/** Rows handed to the pipeline at once in "max" mode. */
const BATCH_ROWS = 1000;
/** Paced mode wakes up this often (real time). */
const PACE_STEP_MS = 50;
/** Rejected rows kept as samples for /api/status. */
const REJECT_SAMPLES = 5;

export interface ReplayOptions {
  file: string;
  mapping: Mapping;
  /** 'max' = as fast as possible (file order); a number = speed factor over the data's own time (rows sorted by time). */
  speed: 'max' | number;
  /** Replay drives this clock: to the latest mention time in max mode, to the paced data time otherwise. */
  clock: ManualClock;
  onProgress?: (s: ProgressState) => void;
  /** Pipeline counters, for the progress line. */
  counts?: () => { accepted: number; duplicates: number };
}

/** Replays a CSV or NDJSON file through the same path as every other source. */
export function replaySource(opts: ReplayOptions): Source {
  const progress: RowProgress = { bytesRead: 0, bytesTotal: 0 };
  const state = { rows: 0, rejected: 0, done: false, error: undefined as string | undefined, samples: [] as { row: number; errors: string[] }[] };
  let stopped = false;
  let running: Promise<void> | null = null;

  const report = (fraction: number) => {
    const c = opts.counts?.() ?? { accepted: 0, duplicates: 0 };
    opts.onProgress?.({ fraction, rows: state.rows, rejected: state.rejected, done: state.done, ...c });
  };

  const toMention = (row: Record<string, unknown>): Mention | undefined => {
    state.rows++;
    const errors = '__lineError' in row ? [`invalid JSON: ${String(row.__lineError)}`] : undefined;
    const r = errors ? undefined : MentionSchema.safeParse(applyMapping(row, opts.mapping));
    if (r?.success) return r.data;
    state.rejected++;
    if (state.samples.length < REJECT_SAMPLES) {
      state.samples.push({ row: state.rows, errors: errors ?? r!.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`) });
    }
    return undefined;
  };

  async function runMax(sink: (b: Mention[]) => void | Promise<void>) {
    let batch: Mention[] = [];
    const flush = async () => {
      if (!batch.length) return;
      let maxT = 0;
      for (const m of batch) if (m.createdAt > maxT) maxT = m.createdAt;
      opts.clock.advanceTo(maxT);
      await sink(batch);
      batch = [];
      report(progress.bytesTotal ? progress.bytesRead / progress.bytesTotal : 0);
      await new Promise((r) => setImmediate(r)); // let ticks and HTTP requests run
    };
    for await (const row of readRows(opts.file, formatOf(opts.file, opts.mapping.format), progress)) {
      if (stopped) return;
      const m = toMention(row);
      if (m) batch.push(m);
      if (batch.length >= BATCH_ROWS) await flush();
    }
    await flush();
  }

  async function runPaced(sink: (b: Mention[]) => void | Promise<void>, speed: number) {
    const all: Mention[] = [];
    for await (const row of readRows(opts.file, formatOf(opts.file, opts.mapping.format), progress)) {
      if (stopped) return;
      const m = toMention(row);
      if (m) all.push(m);
    }
    all.sort((a, b) => a.createdAt - b.createdAt);
    if (!all.length) return;
    const dataStart = all[0].createdAt;
    const wallStart = Date.now();
    opts.clock.set(dataStart);
    let i = 0;
    while (i < all.length && !stopped) {
      const target = dataStart + (Date.now() - wallStart) * speed;
      opts.clock.advanceTo(target);
      const start = i;
      while (i < all.length && all[i].createdAt <= target) i++;
      if (i > start) await sink(all.slice(start, i));
      report(i / all.length);
      await new Promise((r) => setTimeout(r, PACE_STEP_MS));
    }
  }

  return {
    start(sink) {
      running = (opts.speed === 'max' ? runMax(sink) : runPaced(sink, opts.speed))
        .catch((e: Error) => { state.error = e.message; })
        .finally(() => { state.done = true; report(1); });
    },
    async stop() {
      stopped = true;
      await running;
    },
    status() {
      return {
        kind: 'replay', file: opts.file, speed: opts.speed, done: state.done, error: state.error,
        rows: state.rows, rejected: state.rejected, rejectedSamples: state.samples,
        progress: progress.bytesTotal ? progress.bytesRead / progress.bytesTotal : 0,
      };
    },
  };
}
