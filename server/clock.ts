/** The clock is injected everywhere time matters, so tests and replays can run simulated time. */
export interface Clock {
  now(): number;
}

export const systemClock: Clock = { now: () => Date.now() };

/** A clock that only moves when told to: tests and replays drive it. */
export class ManualClock implements Clock {
  constructor(private t = 0) {}
  now(): number { return this.t; }
  set(t: number): void { this.t = t; }
  advance(ms: number): void { this.t += ms; }
  /** Moves forward to t if t is later; never moves back. */
  advanceTo(t: number): void { if (t > this.t) this.t = t; }
}

/** Simulated time running `speed` times faster than real time, starting at the real now. */
export function scaledClock(speed: number, base: Clock = systemClock): Clock {
  if (speed === 1) return base;
  const origin = base.now();
  return { now: () => origin + (base.now() - origin) * speed };
}
