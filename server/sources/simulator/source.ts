/**
 * The simulator as a running source: on a real timer, every intervalMs it generates the mentions
 * between the previous step's clock time and now, and hands them to the sink. The clock decides
 * what "now" is: systemClock for real time, scaledClock (server/clock.ts) for a faster simulated
 * day, a ManualClock in tests.
 */
import { MINUTE_MS, SECOND_MS } from '../../../shared/constants';
import type { Mention } from '../../../shared/mention';
import { systemClock, type Clock } from '../../clock';
import { DEFAULT_RATE, createSimulator, type Simulator, type SimulatorOptions } from './simulator';

export const DEFAULT_INTERVAL_MS = 250;
/** Most clock time one step generates at real speed (see the catch-up note in step()). */
export const MAX_STEP_MS = MINUTE_MS;
/** With a fast clock a normal step covers intervalMs × speed of clock time: allow this many of those. */
const STEP_SLACK = 4;
/** Hard bound on the mentions one step may produce (at the rate's daily peak), whatever the speed. */
export const MAX_MENTIONS_PER_STEP = 200_000;
/** Upper bound of the daily rhythm × noise (a little above the real peak, ~1.6). */
const PEAK_FACTOR = 1.8;

export interface Source {
  start(sink: (batch: Mention[]) => void | Promise<void>): void;
  stop(): Promise<void>;
}

export interface SourceStats {
  /** Mentions handed to the sink. */
  emitted: number;
  batches: number;
  /** Clock time skipped because a step would have been too long (process paused, clock jumped). */
  skippedMs: number;
  /** Ticks skipped because the sink had not finished the previous batch. */
  busyTicks: number;
}

export interface SimulatorSourceOptions extends SimulatorOptions {
  clock: Clock;
  /** Real milliseconds between steps (default 250). */
  intervalMs?: number;
  /**
   * How much faster than real time the clock runs. When not given: the clock's own `speed`
   * property if it has one, else measured (clock time over real time since start()).
   */
  speed?: number;
  /** Most clock time one step may cover (default: max(1 min, 4 × intervalMs × speed), within MAX_MENTIONS_PER_STEP). */
  maxStepMs?: number;
  /** Real time, to measure the clock's speed (default: performance.now). */
  realClock?: Clock;
  /** Called when the sink throws or rejects (default: console.error). The source keeps running. */
  onError?: (err: unknown) => void;
}

export function simulatorSource(opts: SimulatorSourceOptions): Source & { simulator: Simulator; stats(): SourceStats } {
  const sim = createSimulator(opts);
  const clock = opts.clock;
  const intervalMs = opts.intervalMs ?? DEFAULT_INTERVAL_MS;
  if (!(intervalMs > 0)) throw new RangeError(`intervalMs must be > 0, got ${opts.intervalMs}`);
  const realClock = opts.realClock ?? { now: () => performance.now() };
  const knownSpeed = opts.speed ?? (clock as { speed?: number }).speed;
  const rate = opts.rate ?? DEFAULT_RATE;
  const hardCapMs = rate > 0 ? (MAX_MENTIONS_PER_STEP / (rate * PEAK_FACTOR)) * SECOND_MS : Infinity;
  const onError = opts.onError ?? ((err: unknown) => console.error('simulator sink failed:', err));
  const stats: SourceStats = { emitted: 0, batches: 0, skippedMs: 0, busyTicks: 0 };

  let timer: ReturnType<typeof setInterval> | undefined;
  let sink: ((batch: Mention[]) => void | Promise<void>) | undefined;
  let last = 0;
  let startClock = 0;
  let startReal = 0;
  let inflight: Promise<void> | undefined;

  /** Most clock time this step may cover. */
  function stepCap(now: number): number {
    if (opts.maxStepMs !== undefined) return opts.maxStepMs;
    let speed = knownSpeed;
    if (speed === undefined) {
      // Average speed since start(): a pause does not change it (a scaled clock keeps running
      // while the process sleeps), so a pause still shows as a step far longer than usual.
      const real = realClock.now() - startReal;
      speed = real > 0 ? Math.max(1, (now - startClock) / real) : 1;
    }
    return Math.min(hardCapMs, Math.max(MAX_STEP_MS, STEP_SLACK * intervalMs * speed));
  }

  function step(): void {
    if (!sink) return;
    // Back-pressure: while the sink is busy, wait; the next step covers the longer window.
    if (inflight) { stats.busyTicks++; return; }
    const now = clock.now();
    if (now <= last) return;
    let from = last;
    // Catch-up cap: if the clock jumped far (process paused, laptop slept, sink stalled, clock
    // set forward), do not generate hours of mentions in one step: skip ahead to now − cap (stepCap)
    // and count the gap in stats.skippedMs. The mentions of the skipped span are never emitted.
    const cap = stepCap(now);
    if (now - from > cap) {
      stats.skippedMs += now - cap - from;
      from = now - cap;
    }
    last = now;
    const batch = sim.generate(from, now);
    if (batch.length === 0) return;
    stats.emitted += batch.length;
    stats.batches++;
    try {
      const r = sink(batch);
      if (r && typeof (r as Promise<void>).then === 'function') {
        inflight = (r as Promise<void>).then(undefined, onError).finally(() => { inflight = undefined; });
      }
    } catch (err) {
      onError(err);
    }
  }

  return {
    simulator: sim,
    stats: () => ({ ...stats }),
    start(s) {
      if (timer) throw new Error('simulator source already started');
      sink = s;
      last = startClock = clock.now();
      startReal = realClock.now();
      timer = setInterval(step, intervalMs);
      timer.unref?.(); // never keeps the process alive on its own
    },
    async stop() {
      if (timer) clearInterval(timer);
      timer = undefined;
      sink = undefined;
      await inflight;
    },
  };
}
