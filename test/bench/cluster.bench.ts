/**
 * `npm run bench:cluster` — ingest throughput and post-to-wall latency for the embedded default,
 * one node on Redis and three nodes on the same Redis (all as real processes on this machine;
 * Redis with AOF everysec). Throughput: as fast as 4 posting loops per node go (batches of 1,000),
 * acknowledged and end to end (until the cluster has analyzed all of it). Latency: a paced load
 * (20,000/s, or 80 % of what the setup sustained) with each mention stamped; a wall client on the
 * first node notes when a frame's count first covers each batch: p50 and p99 at TICK_MS 1000. Then
 * the same with 1,000 more wall clients per node, then once more without them (a rise that stays
 * after the clients are gone is drift of the setup, not their cost). Also the CPU time per mention of each node and
 * of redis-server during the throughput run (what separate machines would each have to supply),
 * and the cores the nodes used during the paced runs with and without the extra clients.
 * Prints figures and ratios; asserts nothing.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { createClient } from '@redis/client';
import { io as ioc } from 'socket.io-client';
import type { Frame } from '../../shared/frame';
import { NodeProc, until } from '../helpers/cluster';
import { TestRedis } from '../helpers/redis';
import { latencies, paced, pct, samples, saturate } from './cluster/load';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const TARGET_RATE = Number(process.env.BENCH_RATE ?? 20_000);
const WALL_CLIENTS = Number(process.env.BENCH_WALL_CLIENTS ?? 1000);
const BATCH = 1000;
const CONCURRENCY = 4;
const STEP_MS = 20;
/** How long the extra wall clients may take to connect (a loaded machine is slow to accept thousands). */
const CLIENTS_WAIT_MS = 300_000;
/** Frames keep coming this long after a paced run, so its last batches can be seen. */
const SETTLE_MS = 4000;
const SETUPS = [
  { name: 'embedded', redis: false, nodes: 1 },
  { name: 'redis, 1 node', redis: true, nodes: 1 },
  { name: 'redis, 3 nodes', redis: true, nodes: 3 },
] as const;

interface Row {
  name: string; acked: number; e2e: number; rate: number; p50: number; p99: number; p50c: number; p99c: number; missing: number; refused: number;
  /** p99 of the run after the extra clients left; the cores their process used during its run. */
  p99after: number; clientsCores: number;
  /** Cores the nodes used during the paced runs without and with the extra clients. */
  nodeCores: number; nodeCoresCrowd: number;
  /** CPU time per mention of the throughput run (µs): each node's, and redis-server's. */
  nodeCpuUs: number[]; redisCpuUs: number;
  /** Redis commands of the throughput run (INFO commandstats): calls per mention and µs per call. */
  commands: { name: string; perMention: number; usPerCall: number }[];
}

/** CPU seconds (user + system) a process has used so far, from /proc (Linux). */
function cpuSeconds(pid: number | undefined): number {
  if (pid === undefined) return NaN;
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /s, '').split(' ');
    // after "pid (comm) ": state is field 3, utime and stime are fields 14 and 15 (clock ticks, 100 per second)
    return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
  } catch { return NaN; }
}
const CLOCK_TICKS = 100;
const US_PER_S = 1e6;

/** One command on a short-lived connection ('' without Redis). */
async function redisCommand(url: string | undefined, args: string[]): Promise<string> {
  if (!url) return '';
  const c = createClient({ url });
  await c.connect();
  try { return String(await c.sendCommand(args)); } finally { await c.quit(); }
}

/** The commands that took most of Redis's time, from INFO commandstats, per mention. */
function commandStats(info: string, mentions: number) {
  return [...info.matchAll(/cmdstat_(\w+):calls=(\d+),usec=(\d+)/g)]
    .map(([, name, calls, usec]) => ({ name, perMention: Number(calls) / mentions, usPerCall: Number(usec) / Number(calls), usec: Number(usec) }))
    .sort((a, b) => b.usec - a.usec).slice(0, TOP_COMMANDS);
}
const TOP_COMMANDS = 4;

const pool = samples(20_000);
const fmt = (x: number) => (Number.isFinite(x) ? Math.round(x).toLocaleString('en-US') : '—');

async function analyzedOf(node: NodeProc): Promise<number> {
  const s = await node.status();
  return s.cluster ? s.cluster.analyzed : s.accepted;
}

/** Frames seen by one wall client: arrival time and the mentions of the last hour they show. */
function watch(url: string) {
  const frames: { at: number; count: number }[] = [];
  const s = ioc(url, { transports: ['websocket'], forceNew: true });
  s.on('connect', () => s.emit('view:join', { room: 'wall' }, () => {}));
  s.on('frame:push', (f: Frame) => frames.push({ at: Date.now(), count: f.kpis.lastHour }));
  return { frames, close: () => s.close() };
}

/** CPU seconds all the nodes have used so far. */
const nodesCpu = (nodes: NodeProc[]) => nodes.reduce((a, n) => a + cpuSeconds(n.pid), 0);

async function measureLatency(nodes: NodeProc[], rate: number, base: number) {
  const w = watch(nodes[0].url);
  await until(async () => w.frames.length, (k) => k > 1, 20_000, 'watcher frames');
  const cpu0 = nodesCpu(nodes);
  const t0 = performance.now();
  const run = await paced(nodes.map((n) => n.url), pool, { rate, stepMs: STEP_MS, durationMs: SECONDS * 1000, base });
  const nodeCores = (nodesCpu(nodes) - cpu0) / ((performance.now() - t0) / 1000);
  await new Promise((r) => setTimeout(r, SETTLE_MS));
  w.close();
  const { lat, missing } = latencies(run.sent, w.frames);
  return { p50: pct(lat, 50), p99: pct(lat, 99), missing, total: run.total, refused: run.refused * run.per, nodeCores };
}

async function withClients<T>(nodes: NodeProc[], fn: () => Promise<T>): Promise<T & { clientsCores: number }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'test/bench/cluster/clients.ts'], {
    env: { ...process.env, WALL_URLS: nodes.map((n) => n.url).join(','), WALL_CLIENTS: String(WALL_CLIENTS) }, stdio: ['ignore', 'pipe', 'inherit'],
  });
  try {
    const joined = await new Promise<string>((resolve) => {
      let last = '0';
      const t = setTimeout(() => resolve(`${last} (gave up waiting after ${CLIENTS_WAIT_MS / 1000} s)`), CLIENTS_WAIT_MS);
      createInterface({ input: child.stdout! }).on('line', (l) => {
        const m = /joined (\d+)/.exec(l);
        if (m) last = m[1];
        if (l.startsWith('ready')) { clearTimeout(t); resolve(l.slice('ready '.length)); }
      });
    });
    console.log(`  extra wall clients joined: ${joined} of ${nodes.length * WALL_CLIENTS}`);
    const [c0, t0] = [cpuSeconds(child.pid), performance.now()];
    const r = await fn();
    return { ...r, clientsCores: (cpuSeconds(child.pid) - c0) / ((performance.now() - t0) / 1000) };
  } finally {
    child.kill('SIGKILL');
  }
}

async function bench(setup: (typeof SETUPS)[number]): Promise<Row> {
  const redis = setup.redis ? await TestRedis.start({ aof: 'everysec' }) : undefined;
  const env = { TICK_MS: '1000', SOURCE: 'none', LOG_LEVEL: 'warn', INGEST_BODY_LIMIT: String(16 * 1024 * 1024), ...(redis ? { REDIS_URL: redis.url } : {}) };
  const nodes: NodeProc[] = [];
  try {
    for (let i = 0; i < setup.nodes; i++) nodes.push(await NodeProc.start(`bench-${i + 1}`, { ...env, LOG_LEVEL: 'info' }));
    const urls = nodes.map((n) => n.url);
    let expected = 0;
    const settled = async () => until(() => analyzedOf(nodes[0]), (k) => k >= expected, 300_000, 'analyzed');
    // warm-up (JIT, connections), then the throughput run
    expected += (await saturate(urls, pool, { batch: BATCH, concurrency: CONCURRENCY, durationMs: 2000 })).acked;
    await settled();
    await redisCommand(redis?.url, ['CONFIG', 'RESETSTAT']);
    const cpu0 = [...nodes.map((n) => cpuSeconds(n.pid)), cpuSeconds(redis?.pid)];
    const t0 = performance.now();
    const sat = await saturate(urls, pool, { batch: BATCH, concurrency: CONCURRENCY, durationMs: SECONDS * 1000 });
    expected += sat.acked;
    await settled();
    const cpuUs = [...nodes.map((n) => cpuSeconds(n.pid)), cpuSeconds(redis?.pid)].map((c, i) => ((c - cpu0[i]) * US_PER_S) / sat.acked);
    const commands = commandStats(await redisCommand(redis?.url, ['INFO', 'commandstats']), sat.acked);
    const e2e = sat.acked / ((performance.now() - t0) / 1000);
    const acked = sat.acked / (sat.ms / 1000);
    const rate = Math.min(TARGET_RATE, Math.floor(0.8 * e2e));
    console.log(`${setup.name}: acknowledged ${fmt(acked)}/s, analyzed end to end ${fmt(e2e)}/s; latency runs at ${fmt(rate)}/s`);
    // refused batches (429, or 503 when the cluster's backlog is full) are never analyzed
    const plain = await measureLatency(nodes, rate, expected);
    expected = plain.total - plain.refused;
    await settled();
    const crowd = await withClients(nodes, () => measureLatency(nodes, rate, expected));
    expected = crowd.total - crowd.refused;
    await settled();
    const after = await measureLatency(nodes, rate, expected);
    expected = after.total - after.refused;
    return { name: setup.name, acked, e2e, rate, p50: plain.p50, p99: plain.p99, p50c: crowd.p50, p99c: crowd.p99,
      p99after: after.p99, clientsCores: crowd.clientsCores, nodeCores: plain.nodeCores, nodeCoresCrowd: crowd.nodeCores,
      missing: plain.missing + crowd.missing + after.missing, refused: sat.refused + plain.refused + crowd.refused + after.refused,
      nodeCpuUs: cpuUs.slice(0, -1), redisCpuUs: cpuUs[cpuUs.length - 1], commands };
  } finally {
    await Promise.all(nodes.map((n) => n.stop()));
    await redis?.close();
  }
}

const rows: Row[] = [];
/** BENCH_SETUPS=embedded,redis-1 (names: embedded, redis-1, redis-3) runs only those setups. */
const only = process.env.BENCH_SETUPS?.split(',').map((x) => x.trim());
const tag = (s: (typeof SETUPS)[number]) => (s.redis ? `redis-${s.nodes}` : 'embedded');
for (const s of SETUPS.filter((x) => !only || only.includes(tag(x)))) {
  const r = await bench(s);
  rows.push(r);
  console.log(`  ${r.name}: p50/p99 ${fmt(r.p50)}/${fmt(r.p99)} ms; with the extra wall clients ${fmt(r.p50c)}/${fmt(r.p99c)} ms; after they left p99 ${fmt(r.p99after)} ms`);
}

console.log(`\nbench:cluster — ${SECONDS} s runs, batches of ${BATCH}, ${CONCURRENCY} posting loops per node, TICK_MS 1000, ${WALL_CLIENTS} extra wall clients per node in the last columns`);
console.log('setup            acked/s   analyzed/s   paced at/s   p50 ms   p99 ms   p50 ms (+clients)   p99 ms (+clients)   p99 ms (after)   unseen   refused');
for (const r of rows) {
  console.log(`${r.name.padEnd(15)} ${fmt(r.acked).padStart(8)} ${fmt(r.e2e).padStart(12)} ${fmt(r.rate).padStart(12)} ${fmt(r.p50).padStart(8)} ${fmt(r.p99).padStart(8)} ${fmt(r.p50c).padStart(19)} ${fmt(r.p99c).padStart(19)} ${fmt(r.p99after).padStart(16)} ${String(r.missing).padStart(8)} ${String(r.refused).padStart(9)}`);
}
const row = (name: string) => rows.find((r) => r.name === name);
const [emb, one, three] = [row('embedded'), row('redis, 1 node'), row('redis, 3 nodes')];
console.log('');
if (one && three) console.log(`3 nodes / 1 node on Redis, analyzed end to end: ${(three.e2e / one.e2e).toFixed(2)}x (target >= 2x); acknowledged: ${(three.acked / one.acked).toFixed(2)}x`);
if (one && emb) console.log(`redis 1 node / embedded, analyzed end to end: ${(one.e2e / emb.e2e).toFixed(2)}x`);
if (emb) console.log(`embedded: ${fmt(emb.e2e)}/s end to end (target 20,000/s); p99 post-to-wall ${fmt(emb.p99)} ms at ${fmt(emb.rate)}/s (target < 1,500 ms)`);
for (const r of rows) {
  console.log(`${r.name}: p99 with ${WALL_CLIENTS} wall clients per node / without (before, after): ${(r.p99c / r.p99).toFixed(2)}x, ${(r.p99c / r.p99after).toFixed(2)}x; `
    + `the nodes used ${r.nodeCoresCrowd.toFixed(2)} cores with them, ${r.nodeCores.toFixed(2)} without; their own process used ${r.clientsCores.toFixed(2)}`);
}
// Where the time goes, per mention of the throughput run: on one 2-core machine the nodes, Redis and
// this client share the cores, so these say what separate machines could do (1 / the busiest part).
console.log('\nCPU time per mention during the throughput run (µs; Linux /proc):');
for (const r of rows) {
  const nodesUs = r.nodeCpuUs.map((x) => x.toFixed(1)).join(', ');
  const cmds = r.commands.map((c) => `${c.name} ${c.perMention.toFixed(3)}/mention at ${c.usPerCall.toFixed(1)} µs`).join(', ');
  console.log(`${r.name.padEnd(15)} each node: ${nodesUs}; all nodes: ${r.nodeCpuUs.reduce((a, x) => a + x, 0).toFixed(1)}; redis-server: ${Number.isNaN(r.redisCpuUs) ? '—' : r.redisCpuUs.toFixed(1)}`);
  if (cmds) console.log(`${''.padEnd(15)} redis commands (calls per mention, time per call): ${cmds}`);
}
