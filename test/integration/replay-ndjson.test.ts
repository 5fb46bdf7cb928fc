import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Mention } from '../../shared/mention';
import { ManualClock } from '../../server/clock';
import { replaySource } from '../../server/sources/replay';
import { MappingSchema } from '../../server/sources/replay/mapping';

const T = Date.UTC(2026, 0, 1, 12);
const line = (id: string, minutes: number) => JSON.stringify({ id, channel: 'review', text: `review ${id}`, createdAt: T + minutes * 60_000 });

function file(lines: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'earshot-replay-'));
  const path = join(dir, 'mentions.ndjson');
  writeFileSync(path, lines.join('\n') + '\n');
  return path;
}

async function run(path: string, speed: 'max' | number, clock: ManualClock) {
  const got: Mention[][] = [];
  const src = replaySource({ file: path, mapping: MappingSchema.parse({}), speed, clock });
  src.start((b) => { got.push(b); });
  const deadline = Date.now() + 10_000;
  while (!src.status().done && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
  return { got, status: src.status() };
}

describe('replaying NDJSON', () => {
  it('reads mention objects as they are, counts bad lines and advances the clock to the latest time', async () => {
    const clock = new ManualClock(0);
    const path = file([line('a', 5), '{"id": broken', line('b', 1), JSON.stringify({ id: 'c', channel: 'fax', text: 'x', createdAt: T }), line('d', 3)]);
    const { got, status } = await run(path, 'max', clock);
    expect(got.flat().map((m) => m.id)).toEqual(['a', 'b', 'd']);
    expect(status).toMatchObject({ rows: 5, rejected: 2, done: true });
    expect((status.rejectedSamples as { errors: string[] }[]).map((s) => s.errors[0])).toEqual([
      expect.stringMatching(/invalid JSON/), expect.stringMatching(/^channel/),
    ]);
    expect(clock.now()).toBe(T + 5 * 60_000);
  });

  it('paces by the data time at the chosen speed, in time order', async () => {
    const clock = new ManualClock(0);
    // three mentions over 2 minutes of data time, replayed at 240x: about half a second
    const path = file([line('late', 2), line('early', 0), line('mid', 1)]);
    const started = Date.now();
    const { got } = await run(path, 240, clock);
    const took = Date.now() - started;
    expect(got.flat().map((m) => m.id)).toEqual(['early', 'mid', 'late']);
    expect(got.length).toBeGreaterThanOrEqual(2); // not all at once
    expect(took).toBeGreaterThanOrEqual(400);
    expect(clock.now()).toBeGreaterThanOrEqual(T + 2 * 60_000);
  });
});
