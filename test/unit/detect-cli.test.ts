import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseTimestamp } from '../../server/alerts/detect-cli';

const CLI = ['--import', 'tsx', 'server/alerts/detect-cli.ts'];
const dir = mkdtempSync(join(tmpdir(), 'detect-cli-'));
const T0 = Date.UTC(2014, 3, 1);
const nab = (t: number) => new Date(t).toISOString().replace('T', ' ').slice(0, 19);
const level = (i: number) => 20 + Math.round(4 * Math.sin(i * 2.3));

describe('detect CLI --series', () => {
  it('parses NAB, ISO and epoch timestamps', () => {
    expect(parseTimestamp('2014-04-01 00:05:00')).toBe(T0 + 5 * 60_000);
    expect(parseTimestamp('2014-04-01T00:05:00Z')).toBe(T0 + 5 * 60_000);
    expect(parseTimestamp(String(T0))).toBe(T0);
  });

  it('prints one JSON line per firing and skips bad rows with a warning', () => {
    const rows = ['timestamp,value'];
    for (let i = 0; i < 120; i++) rows.push(`${nab(T0 + i * 60_000)},${i >= 100 && i < 110 ? 150 : level(i)}`);
    rows.splice(50, 0, 'garbage,row', `${nab(T0 + 9e9)},`);
    const file = join(dir, 'series.csv');
    writeFileSync(file, rows.join('\n'));
    const r = spawnSync('node', [...CLI, '--series', file], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ firedAt: new Date(T0 + 101 * 60_000).toISOString(), startedAt: new Date(T0 + 100 * 60_000).toISOString(), value: 150, severity: 4 }); // 150 / ~20 = 7.5×
    expect(lines[0].baseline).toBeGreaterThan(15);
    expect(lines[0].baseline).toBeLessThan(25);
    expect(r.stderr).toMatch(/skipped/);
  });

  it('names a bad --window as an input error (exit 1), not a crash', () => {
    const file = join(dir, 'small.csv');
    writeFileSync(file, [0, 1, 2].map((i) => `${nab(T0 + i * 60_000)},5`).join('\n'));
    const r = spawnSync('node', [...CLI, '--series', file, '--window', '0'], { encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/windowBuckets is invalid: 0/);
  });

  it('fails clearly on a missing file', () => {
    const r = spawnSync('node', [...CLI, '--series', join(dir, 'nope.csv')], { encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/cannot read/);
  });
});

describe('detect CLI --replay', () => {
  it('replays an NDJSON mentions file and prints the alerts per brand', () => {
    const lines: string[] = [];
    let n = 0;
    for (let m = 0; m < 100; m++) {
      const negatives = m >= 90 && m < 95 ? 40 : 2 + (m % 3);
      for (let k = 0; k < negatives; k++) {
        lines.push(JSON.stringify({ id: `m${n++}`, channel: 'twitter', createdAt: T0 + m * 60_000 + k * 100, text: 'Nimbus battery is terrible, awful and broken. I hate it' }));
      }
    }
    const file = join(dir, 'mentions.ndjson');
    writeFileSync(file, lines.join('\n'));
    const mapping = join(dir, 'as-is.json');
    writeFileSync(mapping, JSON.stringify({ format: 'ndjson' }));
    const out = execFileSync('node', [...CLI, '--replay', file, '--mapping', mapping, '--config', 'server/config/default.tracking.json'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })
      .trim().split('\n').filter(Boolean).map((l) => JSON.parse(l));
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ brand: 'nimbus', firedAt: new Date(T0 + 91 * 60_000).toISOString(), value: 40, span: 1 });
    // per brand × topic: the server's per-topic defaults (a window of up to 10 minutes, firing at once)
    const byTopic = execFileSync('node', [...CLI, '--replay', file, '--mapping', mapping, '--config', 'server/config/default.tracking.json', '--by', 'brand-topic'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })
      .trim().split('\n').filter(Boolean).map((l) => JSON.parse(l));
    expect(byTopic).toHaveLength(1);
    expect(byTopic[0]).toMatchObject({ brand: 'nimbus', topic: 'battery', firedAt: new Date(T0 + 90 * 60_000).toISOString(), value: 40, span: 1 });
  });
});
