/**
 * Fuzzing the ingest endpoint of a real server: 10,000+ random and malformed bodies (random bytes,
 * truncated JSON, deep nesting, huge numbers, wrong types, prototype keys, wrong content types and
 * encodings, NDJSON with bad lines, empty, oversized, too many items). Every body is invalid by
 * construction and each generator knows the exact answer: no crash, every answer the expected 4xx
 * with a JSON error, nothing counted, and memory stable (heap compared after GC).
 */
import { Agent, request } from 'node:http';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EarshotApp } from '../../server/app';
import { startApp } from '../helpers/app';
import { NO_LIMITS } from './auth-helpers';

const CASES = 10_000;
const WARMUP = 1_000;
const CONCURRENCY = 8;
const BODY_LIMIT = 256 * 1024;
const SEED = 20261201;
/** Heap growth allowed over the run, after GC: a leak of even 2 kB per request would be 20 MB. */
const HEAP_GROWTH_MAX_BYTES = 8 * 1024 * 1024;

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/** mulberry32: a small seeded PRNG, so a failing case can be replayed. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Case { kind: string; body: Buffer; headers: Record<string, string>; expect: number }

function generator(rnd: () => number) {
  const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
  const pick = <T>(xs: readonly T[]): T => xs[int(0, xs.length - 1)];
  const now = Date.now();
  const valid = (i: number) => ({ id: `f-${i}-${int(0, 1e9)}`, channel: 'twitter', text: 'Nimbus battery died 😡', createdAt: now, author: { handle: '@a', followers: 10 } });
  const WRONG: [string, unknown][] = [
    ['id', 42], ['id', null], ['id', ''], ['id', { a: 1 }], ['id', ['x']], ['id', 'x'.repeat(300)],
    ['channel', 'myspace'], ['channel', 7], ['channel', null],
    ['text', 12], ['text', { t: 'x' }], ['text', null], ['text', 'x'.repeat(10_001)], ['text', ['a']],
    ['createdAt', 'not a date'], ['createdAt', true], ['createdAt', -5], ['createdAt', { t: 1 }], ['createdAt', ''],
    ['author', 'bob'], ['author', { followers: -1 }], ['author', { handle: 5 }], ['geo', { lat: 91, lon: 0 }], ['geo', 'here'],
    ['engagement', { likes: 1.5 }], ['url', 5], ['lang', 'x'.repeat(20)],
  ];
  const HUGE = ['1e400', '-1e400', '9'.repeat(400)];
  /** A mention that is invalid for sure: one to three fields broken. */
  const broken = (i: number): Record<string, unknown> => {
    const m: Record<string, unknown> = valid(i);
    for (let k = int(1, 3); k > 0; k--) {
      const [f, v] = pick(WRONG);
      m[f] = v;
    }
    if (rnd() < 0.3) delete m[pick(['id', 'channel', 'text', 'createdAt'])];
    if (m.id === undefined || typeof m.id !== 'string' || m.id === '' || (m.id as string).length > 256) return m;
    // still have one required field broken whatever the picks did
    if (typeof m.channel === 'string' && m.channel === 'twitter') m.channel = 'myspace';
    return m;
  };
  const json = (v: unknown) => Buffer.from(JSON.stringify(v));
  const CT_JSON = { 'content-type': 'application/json' };
  const kinds: (() => Case)[] = [
    () => ({ kind: 'random bytes', body: Buffer.from(Array.from({ length: int(1, 4096) }, () => int(0, 255))), headers: { 'content-type': pick(['application/octet-stream', 'text/plain', 'application/json']) }, expect: 400 }),
    () => {
      const text = JSON.stringify(Array.from({ length: int(1, 20) }, (_, i) => valid(i)));
      return { kind: 'truncated JSON', body: Buffer.from(text.slice(0, int(1, text.length - 1))), headers: CT_JSON, expect: 400 };
    },
    () => {
      const obj = rnd() < 0.5;
      const d = int(2, 20_000); // far deeper than any recursive parser's stack, well under the body limit
      const body = obj ? `${'{"a":'.repeat(d)}1${'}'.repeat(d)}` : `${'['.repeat(d)}${']'.repeat(d)}`;
      return { kind: 'deep nesting', body: Buffer.from(body), headers: CT_JSON, expect: 400 };
    },
    () => {
      const field = pick(['"createdAt":', '"author":{"followers":', '"geo":{"lon":0,"lat":', '"engagement":{"likes":']);
      const close = field.includes('{') ? '}' : '';
      const body = `[{"id":"h-${int(0, 1e9)}","channel":"news","text":"Nimbus",${field === '"createdAt":' ? '' : `"createdAt":${now},`}${field}${pick(HUGE)}${close}}]`;
      return { kind: 'huge numbers', body: Buffer.from(body), headers: CT_JSON, expect: 400 };
    },
    () => ({ kind: 'wrong types', body: json(Array.from({ length: int(1, 30) }, (_, i) => broken(i))), headers: CT_JSON, expect: 400 }),
    () => ({ kind: 'not mentions', body: json(Array.from({ length: int(1, 10) }, () => pick([1, 'a', null, true, [], {}, [1, 2], 1e308]))), headers: CT_JSON, expect: 400 }),
    () => {
      const key = pick(['"__proto__"', '"\\u005f_proto__"', '"constructor"', '"prototype"']);
      const inner = `{${key}:{"polluted":"yes","prototype":{"polluted":"yes"}},"id":"p-${int(0, 1e9)}","channel":"x-${int(0, 9)}","text":"t","createdAt":1}`;
      return { kind: 'prototype keys', body: Buffer.from(rnd() < 0.5 ? `[${inner}]` : inner), headers: CT_JSON, expect: 400 };
    },
    () => {
      const ct = pick(['multipart/form-data; boundary=xyz', 'application/x-www-form-urlencoded', 'text/html', 'image/png', 'application/xml', '']);
      const body = pick(['a=1&b=2', '<mention id="1"/>', '--xyz\r\nContent-Disposition: form-data; name="a"\r\n\r\n1\r\n--xyz--', 'id,channel,text\n1,twitter,hi']);
      const headers: Record<string, string> = ct ? { 'content-type': ct } : {};
      return { kind: 'wrong content type', body: Buffer.from(body), headers, expect: 400 };
    },
    () => ({ kind: 'unknown charset', body: json([valid(0)]), headers: { 'content-type': `application/json; charset=${pick(['bogus', 'x-klingon', 'utf-99'])}` }, expect: 415 }),
    () => ({ kind: 'unknown encoding', body: json([valid(0)]), headers: { ...CT_JSON, 'content-encoding': pick(['x-zip', 'compress', 'snappy']) }, expect: 415 }),
    () => ({ kind: 'corrupt gzip', body: Buffer.from(Array.from({ length: int(10, 500) }, () => int(0, 255))), headers: { ...CT_JSON, 'content-encoding': 'gzip' }, expect: 400 }),
    () => {
      const lines = Array.from({ length: int(1, 50) }, (_, i) => pick([
        () => `{"id":"n-${i}",`, () => 'not json', () => JSON.stringify(broken(i)), () => '[1,2,3]', () => '"a string"', () => '{}',
        () => JSON.stringify(valid(i)).slice(0, 20), () => '\u0000\u0001',
      ])());
      return { kind: 'NDJSON bad lines', body: Buffer.from(lines.join(pick(['\n', '\r\n']))), headers: { 'content-type': 'application/x-ndjson' }, expect: 400 };
    },
    () => ({ kind: 'empty', body: Buffer.from(pick(['', ' ', '\n\n', '\t \r\n'])), headers: CT_JSON, expect: 400 }),
    () => ({ kind: 'invalid UTF-8 and lone surrogates', body: Buffer.concat([Buffer.from('[{"id":"u-1","channel":"forum","text":"'), Buffer.from(pick([[0xff, 0xfe], [0xc0, 0x80], [0xed, 0xa0, 0x80]])), Buffer.from('\\ud800","createdAt":"yesterday-ish"}]')]), headers: CT_JSON, expect: 400 }),
  ];
  const rare: (() => Case)[] = [
    () => ({ kind: 'oversized', body: Buffer.alloc(BODY_LIMIT + int(1, 64 * 1024), 0x5b), headers: CT_JSON, expect: 413 }),
    () => ({ kind: 'too many items', body: Buffer.from(`[${'{},'.repeat(50_000)}{}]`), headers: CT_JSON, expect: 413 }),
  ];
  return (): Case => (rnd() < 0.01 ? pick(rare)() : pick(kinds)());
}

interface Answer { status: number; body: string }

function send(port: number, agent: Agent, c: Case): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: '/api/mentions', method: 'POST', agent, headers: { ...c.headers, 'content-length': c.body.length } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (b: Buffer) => chunks.push(b));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(c.body);
  });
}

describe('ingest fuzzing (real server)', () => {
  let app: EarshotApp;
  const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });
  beforeAll(async () => { app = await startApp({ bodyLimit: BODY_LIMIT, security: { rateLimits: NO_LIMITS } }); });
  afterAll(async () => { agent.destroy(); await app.close(); });

  async function run(n: number, next: () => Case, wrong: string[], kinds: Map<string, number>): Promise<void> {
    let i = 0;
    await Promise.all(Array.from({ length: CONCURRENCY }, async () => {
      while (i < n) {
        i++;
        const c = next();
        kinds.set(c.kind, (kinds.get(c.kind) ?? 0) + 1);
        let a: Answer;
        try {
          a = await send(app.port, agent, c);
        } catch (e) {
          wrong.push(`${c.kind}: request failed: ${(e as Error).message}`);
          continue;
        }
        let error: unknown;
        try { error = (JSON.parse(a.body) as { error?: unknown }).error; } catch { error = undefined; }
        if (a.status !== c.expect || typeof error !== 'string' || error.length === 0) {
          if (wrong.length < 20) wrong.push(`${c.kind}: expected ${c.expect} with a JSON error, got ${a.status} ${a.body.slice(0, 160)} for ${c.body.subarray(0, 80).toString('latin1')}`);
          else wrong.push('');
        }
      }
    }));
  }

  it(`answers ${CASES} malformed bodies with the expected 4xx and a JSON error, counts none, keeps memory flat`, async () => {
    const next = generator(prng(SEED));
    const wrong: string[] = [];
    const kinds = new Map<string, number>();
    await run(WARMUP, next, wrong, kinds);
    gc(); gc();
    const heapBefore = process.memoryUsage().heapUsed;
    const rssBefore = process.memoryUsage().rss;
    const t0 = Date.now();
    kinds.clear();
    await run(CASES, next, wrong, kinds);
    const seconds = (Date.now() - t0) / 1000;
    gc(); gc();
    const heapAfter = process.memoryUsage().heapUsed;
    const rssAfter = process.memoryUsage().rss;
    console.log(`fuzz: ${CASES} bodies in ${seconds.toFixed(1)} s; heap ${(heapBefore / 2 ** 20).toFixed(1)} -> ${(heapAfter / 2 ** 20).toFixed(1)} MB, `
      + `rss ${(rssBefore / 2 ** 20).toFixed(0)} -> ${(rssAfter / 2 ** 20).toFixed(0)} MB; ${[...kinds].map(([k, n]) => `${k} ${n}`).join(', ')}`);

    expect(wrong.filter(Boolean), `${wrong.length} wrong answers`).toEqual([]);
    expect([...kinds.values()].reduce((a, b) => a + b, 0)).toBe(CASES);
    expect(kinds.size).toBe(16);
    expect(app.pipeline.stats.accepted).toBe(0);
    expect(heapAfter - heapBefore).toBeLessThan(HEAP_GROWTH_MAX_BYTES);
    // still serving
    const ok = await send(app.port, agent, { kind: 'valid', body: Buffer.from(JSON.stringify([{ id: 'after-fuzz', channel: 'news', text: 'Nimbus', createdAt: Date.now() }])), headers: { 'content-type': 'application/json' }, expect: 200 });
    expect(ok.status).toBe(200);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  }, 300_000);
});
