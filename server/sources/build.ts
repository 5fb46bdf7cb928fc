import { MINUTE_MS } from '../../shared/constants';
import type { TrackingConfig } from '../../shared/tracking';
import { ManualClock, type Clock } from '../clock';
import type { Env } from '../config/env';
import type { Ingestor } from '../ingest/pipeline';
import { loadMapping } from './replay/mapping';
import { replaySource } from './replay';
import { progressBar } from './replay/progress';
import { simulatorSource } from './simulator';
import type { Source } from './types';

/** Most mentions generated as history when the simulator starts, and the batch size to ingest them. */
const BACKFILL_MAX = 200_000;
const BACKFILL_BATCH = 5000;

/** The clock the app runs on: the replay's data time, the simulator's (possibly faster) time, or real time. */
export function clockFor(env: Env, real: Clock): Clock {
  if (env.SOURCE === 'replay' || env.CLOCK === 'data') return new ManualClock(0);
  return real;
}

/** Builds the configured source; it feeds the pipeline through the same path as HTTP ingest. */
export function buildSource(env: Env, tracking: TrackingConfig, clock: Clock, opts: { progress?: boolean } = {}) {
  return (pipeline: Ingestor): Source | undefined => {
    if (env.SOURCE === 'none') return undefined;
    if (env.SOURCE === 'replay') {
      return replaySource({
        file: env.REPLAY_FILE!, mapping: loadMapping(env.REPLAY_MAPPING), speed: env.REPLAY_SPEED,
        clock: clock as ManualClock,
        onProgress: opts.progress ? progressBar() : undefined,
        counts: () => pipeline.stats,
      });
    }
    const sim = simulatorSource({
      config: tracking, rate: env.SIM_RATE, seed: env.SIM_SEED, clock,
      incidentEveryMs: env.SIM_INCIDENT_MIN * MINUTE_MS,
    });
    return {
      start: (sink) => {
        // History first, so a newly started wall shows the last hour rather than an empty chart.
        const now = clock.now();
        const backfillMs = Math.min(env.SIM_BACKFILL_MIN * MINUTE_MS, env.SIM_RATE > 0 ? (BACKFILL_MAX / env.SIM_RATE) * 1000 : 0);
        const history = backfillMs > 0 ? sim.simulator.generate(now - backfillMs, now) : [];
        void (async () => {
          for (let i = 0; i < history.length; i += BACKFILL_BATCH) await sink(history.slice(i, i + BACKFILL_BATCH));
        })().finally(() => sim.start(sink));
      },
      stop: () => sim.stop(),
      status: () => ({ kind: 'simulator', rate: env.SIM_RATE, seed: env.SIM_SEED, speed: env.SIM_SPEED, done: false }),
    };
  };
}
