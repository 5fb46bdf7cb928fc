import type { ExploreFilter } from '../../shared/explore';
import { encodeFilter } from '../../shared/explore';
import { ManualClock } from '../../server/clock';
import { loadTracking } from '../../server/config/env';
import { createSimulator, type Simulator } from '../../server/sources/simulator';
import type { EarshotApp } from '../../server/app';
import { startApp, DEFAULT_TRACKING } from './app';

const INGEST_BATCH = 5000;

/** A real server on port 0 holding `hours` of simulator mentions ending at `end` (simulated time). */
export async function loadedApp(opts: { end: number; hours: number; rate: number; seed: number; exploreMax?: number }): Promise<{ app: EarshotApp; sim: Simulator; clock: ManualClock }> {
  const tracking = loadTracking(DEFAULT_TRACKING);
  const sim = createSimulator({ config: tracking, rate: opts.rate, seed: opts.seed });
  const clock = new ManualClock(opts.end);
  const app = await startApp({ tracking, clock, exploreMax: opts.exploreMax });
  const ms = sim.generate(opts.end - opts.hours * 3_600_000, opts.end);
  for (let i = 0; i < ms.length; i += INGEST_BATCH) await app.pipeline.ingest(ms.slice(i, i + INGEST_BATCH));
  return { app, sim, clock };
}

/** GET an explore endpoint with a filter and extra parameters; the JSON body and status. */
export async function explore(app: EarshotApp, path: string, f: ExploreFilter = {}, extra: Record<string, string | number> = {}): Promise<{ status: number; json: any }> {
  const qs = [encodeFilter(f), new URLSearchParams(Object.entries(extra).map(([k, v]) => [k, String(v)])).toString()].filter(Boolean).join('&');
  const res = await fetch(`${app.url}/api/explore/${path}${qs ? `?${qs}` : ''}`);
  return { status: res.status, json: await res.json() };
}
