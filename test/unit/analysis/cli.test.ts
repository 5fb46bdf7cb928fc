import { describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable, Writable } from 'node:stream';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { EXIT_BAD_CONFIG, EXIT_NO_INPUT, EXIT_OK, EXIT_USAGE, lineToMention, parseArgs, runCli } from '../../../server/analysis/cli';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const exec = promisify(execFile);

function sink(): { stream: PassThrough; text: () => string } {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (c: Buffer) => chunks.push(c));
  return { stream, text: () => Buffer.concat(chunks).toString('utf8') };
}

async function run(input: string, args: string[] = []) {
  const out = sink(), err = sink();
  const code = await runCli(args, Readable.from([input]), out.stream, err.stream);
  const lines = out.text().split('\n').filter((l) => l !== '').map((l) => JSON.parse(l) as Record<string, unknown>);
  return { code, lines, stderr: err.text() };
}

describe('batch scoring CLI', () => {
  it('scores plain lines and NDJSON mentions (auto-detected per line), one NDJSON line each', async () => {
    const input = [
      '@nimbus still waiting for my refund',
      JSON.stringify({ id: 'x1', text: 'Where can I buy the Zephyr?', channel: 'forum', lang: 'en-GB', createdAt: '2024-01-01T00:00:00Z' }),
      '',
      '{not json, just a text with a brace',
      JSON.stringify({ text: 'Nimbus recalls phones', channel: 'news', author: { location: 'Austin, TX' } }),
    ].join('\n');
    const { code, lines, stderr } = await run(input);
    expect(code).toBe(EXIT_OK);
    expect(stderr).toBe('');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatchObject({ id: '1', channel: 'other', createdAt: 0, intent: 'complaint', department: 'customer-service', language: 'en' });
    expect(lines[0].brands).toEqual([expect.objectContaining({ brand: 'nimbus' })]);
    expect(lines[0].terms).toEqual(['waiting', 'refund']);
    expect(lines[1]).toMatchObject({ id: 'x1', channel: 'forum', createdAt: Date.UTC(2024, 0, 1), intent: 'purchase', department: 'sales', language: 'en' });
    expect(lines[2]).toMatchObject({ id: '4', text: '{not json, just a text with a brace' });
    expect(lines[3]).toMatchObject({ id: '5', department: 'pr', place: { country: 'US', region: 'US-TX', via: 'location' } });
    for (const l of lines) for (const k of ['sentiment', 'topics', 'place', 'reach', 'receivedAt']) expect(l).toHaveProperty(k);
  });

  it('reports a bad line on stderr with its number, skips it, and still exits 0', async () => {
    const input = ['ok line', JSON.stringify({ text: 5 }), JSON.stringify({ text: 'x', channel: 'pigeon' }), 'x'.repeat(20_000), 'last'].join('\n');
    const { code, lines, stderr } = await run(input);
    expect(code).toBe(EXIT_OK);
    expect(lines.map((l) => l.id)).toEqual(['1', '5']);
    expect(stderr).toMatch(/^line 2: text: /m);
    expect(stderr).toMatch(/^line 3: channel: /m);
    expect(stderr).toMatch(/^line 4: text: /m);
    expect(stderr).toMatch(/3 line\(s\) skipped/);
  });

  it('parses arguments and line defaults', () => {
    expect(parseArgs([])).toMatchObject({ file: '-' });
    expect(parseArgs(['in.txt', '--config', 'c.json'])).toEqual({ file: 'in.txt', config: 'c.json' });
    expect(parseArgs(['--config=c.json', '-'])).toEqual({ file: '-', config: 'c.json' });
    expect(typeof parseArgs(['--bogus'])).toBe('string');
    expect(typeof parseArgs(['a', 'b'])).toBe('string');
    expect(lineToMention('[1,2]', 7)).toMatchObject({ id: '7', text: '[1,2]', channel: 'other' });
    expect(lineToMention('{"id":"","text":"a"}', 2)).toMatch(/^id: /);
    expect(lineToMention('{"__proto__":{"polluted":1},"text":"a"}', 3)).toMatchObject({ id: '3', text: 'a' });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('exit codes: unreadable input, bad config, usage', async () => {
    expect((await run('', ['/nonexistent/input.txt'])).code).toBe(EXIT_NO_INPUT);
    expect((await run('', ['--config', '/nonexistent/config.json'])).code).toBe(EXIT_BAD_CONFIG);
    expect((await run('', ['--nope'])).code).toBe(EXIT_USAGE);
  });

  it('respects backpressure: a slow consumer never has more than a line or so buffered', async () => {
    const LINES = 1500;
    const input = Array.from({ length: LINES }, (_, i) => `line ${i} nimbus battery is great`).join('\n');
    let received = 0, maxBuffered = 0;
    const slow = new Writable({
      highWaterMark: 1024,
      write(chunk: Buffer, _enc, cb) {
        received += chunk.toString().split('\n').length - 1;
        maxBuffered = Math.max(maxBuffered, this.writableLength);
        setImmediate(cb);
      },
    });
    const err = sink();
    expect(await runCli([], Readable.from([input]), slow, err.stream)).toBe(EXIT_OK);
    await new Promise((r) => setImmediate(r));
    expect(received).toBe(LINES);
    expect(maxBuffered).toBeLessThan(4096); // without waiting for "drain" it would grow to the whole output
  });

  it('runs as npm run analyze: a file in, NDJSON out, with --config', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'earshot-cli-'));
    const file = join(dir, 'in.txt');
    writeFileSync(file, '\ufeff@united my bag never arrived\n{"text":"thanks @JetBlue, great crew!","lang":"en"}\n');
    const { stdout, stderr } = await exec(process.execPath, ['--import', 'tsx', 'server/analysis/cli.ts', file, '--config', 'server/config/airlines.tracking.json'], { cwd: ROOT });
    expect(stderr).toBe('');
    const out = stdout.trim().split('\n').map((l) => JSON.parse(l) as { brands: { brand: string }[]; intent: string });
    expect(out.map((o) => [o.brands[0]?.brand, o.intent])).toEqual([['united', 'complaint'], ['jetblue', 'praise']]);
  }, 20_000);
});
