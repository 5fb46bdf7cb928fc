import { MINUTE_MS } from '../../../shared/constants';
import type { Mention } from '../../../shared/mention';
import { loadTracking } from '../../../server/config/env';
import { createSimulator } from '../../../server/sources/simulator';

/** Realistic texts, channels and authors from the simulator; ids and times are set at send time. */
export function samples(n: number): Mention[] {
  const sim = createSimulator({ config: loadTracking('server/config/default.tracking.json'), rate: 2000, seed: 7 });
  const out: Mention[] = [];
  for (let t = Date.UTC(2026, 0, 1); out.length < n; t += MINUTE_MS) out.push(...sim.generate(t, t + MINUTE_MS));
  return out.slice(0, n);
}

let seq = 0;
const run = Date.now().toString(36);

/** A JSON body of k mentions with fresh ids, stamped now. */
export function body(pool: readonly Mention[], k: number): string {
  const now = Date.now();
  const batch = new Array(k);
  for (let i = 0; i < k; i++) {
    const m = pool[(seq + i) % pool.length];
    batch[i] = { ...m, id: `b-${run}-${seq + i}`, createdAt: now };
  }
  seq += k;
  return JSON.stringify(batch);
}

export async function postBody(url: string, json: string): Promise<number> {
  const res = await fetch(`${url}/api/mentions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: json });
  await res.arrayBuffer();
  return res.status;
}

/** Posts as fast as `concurrency` loops per URL allow for durationMs; returns mentions acknowledged (200). */
export async function saturate(urls: readonly string[], pool: readonly Mention[], opts: { batch: number; concurrency: number; durationMs: number }): Promise<{ acked: number; ms: number; refused: number }> {
  const end = Date.now() + opts.durationMs;
  let acked = 0, refused = 0;
  const t0 = performance.now();
  await Promise.all(urls.flatMap((url) => Array.from({ length: opts.concurrency }, async () => {
    while (Date.now() < end) {
      const status = await postBody(url, body(pool, opts.batch));
      if (status === 200) acked += opts.batch; else refused += opts.batch;
    }
  })));
  return { acked, refused, ms: performance.now() - t0 };
}

/**
 * Posts at a fixed rate (batches every stepMs, round-robin over urls) for durationMs and records,
 * per batch, when it was sent and the cumulative count it completes.
 */
export async function paced(urls: readonly string[], pool: readonly Mention[], opts: { rate: number; stepMs: number; durationMs: number; base: number }) {
  const per = Math.max(1, Math.round((opts.rate * opts.stepMs) / 1000));
  const sent: { at: number; upTo: number }[] = [];
  const inflight: Promise<unknown>[] = [];
  let total = opts.base;
  let refused = 0;
  const t0 = Date.now();
  for (let i = 0; Date.now() - t0 < opts.durationMs; i++) {
    const due = t0 + i * opts.stepMs;
    const wait = due - Date.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    total += per;
    const rec = { at: Date.now(), upTo: total };
    sent.push(rec);
    inflight.push(postBody(urls[i % urls.length], body(pool, per)).then((s) => { if (s !== 200) refused++; }));
  }
  await Promise.all(inflight);
  return { sent, total, refused, per };
}

/** Per batch, the first frame at or after its sending that shows its count: the post-to-wall latency. */
export function latencies(sent: readonly { at: number; upTo: number }[], frames: readonly { at: number; count: number }[]): { lat: number[]; missing: number } {
  const lat: number[] = [];
  let missing = 0;
  let j = 0;
  // sent times and counts both grow, so the answering frame's index never goes back
  for (const s of sent) {
    while (j < frames.length && (frames[j].at < s.at || frames[j].count < s.upTo)) j++;
    if (j < frames.length) lat.push(frames[j].at - s.at); else missing++;
  }
  return { lat, missing };
}

export function pct(xs: readonly number[], p: number): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
}
