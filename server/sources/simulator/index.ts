/**
 * The built-in simulator, Earshot's embedded default source: a deterministic stream of realistic
 * mentions of the configured brands, with a daily rhythm and scripted negative incidents.
 *
 *   const sim = createSimulator({ config, rate: 20, seed: 1 });
 *   sim.generate(from, to);                 // pure: same seed and window, same mentions
 *   simulatorSource({ config, rate: 20, seed: 1, clock }).start((batch) => ingest(batch));
 */
export { createSimulator, DEFAULT_INCIDENT_EVERY_MS, DEFAULT_RATE, SLOT_MS } from './simulator';
export type { Simulator, SimulatorOptions } from './simulator';
export type { Incident } from './incidents';
export { simulatorSource, DEFAULT_INTERVAL_MS, MAX_STEP_MS, MAX_MENTIONS_PER_STEP } from './source';
export type { Source, SourceStats, SimulatorSourceOptions } from './source';
export { CHANNEL_WEIGHTS } from './build';
export { NEG_WORDS, POS_WORDS } from './templates';
export { NEG_RE, POS_RE } from './text';
