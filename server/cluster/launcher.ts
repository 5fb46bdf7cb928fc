/**
 * `npm run cluster -- --nodes 3 [--port 3000] [--source simulator|replay|none] [--replay FILE] [--speed max|N]`
 *
 * Starts N Earshot nodes on this machine against one Redis (REDIS_URL, required) and a front on
 * --port that spreads HTTP and keeps each wall's Socket.IO session on its node; any node serves
 * walls and ingests. Nodes listen on --port+1 .. --port+N (with --port 0, on free ports). The
 * source (simulator by default) runs on the first node only; the others take HTTP ingest. Other
 * settings pass through the environment. Ctrl-C stops everything.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { Front, type FrontNode } from './front';

const USAGE = 'usage: REDIS_URL=redis://127.0.0.1:6379 npm run cluster -- --nodes N [--port 3000] [--source simulator|replay|none] [--replay FILE] [--speed max|N]';
const MAX_NODES = 32;
/** How long a node may take to start listening. */
const START_TIMEOUT_MS = 60_000;
const STOP_TIMEOUT_MS = 10_000;

function fail(msg: string): never {
  process.stderr.write(`cluster: ${msg}\n${USAGE}\n`);
  process.exit(2);
}

const { values } = (() => {
  try {
    return parseArgs({
      options: {
        nodes: { type: 'string', default: '3' },
        port: { type: 'string', default: process.env.PORT ?? '3000' },
        source: { type: 'string' },
        replay: { type: 'string' },
        speed: { type: 'string', default: 'max' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (e) {
    return fail((e as Error).message);
  }
})();
if (values.help) { process.stdout.write(`${USAGE}\n`); process.exit(0); }
const redisUrl = process.env.REDIS_URL ?? fail('REDIS_URL is not set');
const count = Number(values.nodes);
if (!Number.isInteger(count) || count < 1 || count > MAX_NODES) fail(`--nodes must be 1..${MAX_NODES}`);
const frontPort = Number(values.port);
if (!Number.isInteger(frontPort) || frontPort < 0 || frontPort > 65535) fail('--port must be a port number');
const source = values.source ?? (values.replay ? 'replay' : 'simulator');
if (!['simulator', 'replay', 'none'].includes(source)) fail('--source must be simulator, replay or none');
if (source === 'replay' && !values.replay) fail('--replay FILE is needed with --source replay');

const children: ChildProcess[] = [];
let stopping = false;

function startNode(i: number): Promise<FrontNode & { pid: number }> {
  const id = `node-${i}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    REDIS_URL: redisUrl, NODE_ID: id, PORT: String(frontPort === 0 ? 0 : frontPort + i),
    SOURCE: i === 1 ? source : 'none', LOG_LEVEL: process.env.LOG_LEVEL ?? 'info',
    // the front on this machine forwards X-Forwarded-For: rate limits count clients, not the front
    TRUST_PROXY: process.env.TRUST_PROXY ?? 'loopback',
    // a replay's time is the data's: every node follows the cluster's data clock
    ...(source === 'replay' ? { REPLAY_FILE: values.replay, REPLAY_SPEED: values.speed, CLOCK: 'data',
      TRACKING_CONFIG: process.env.TRACKING_CONFIG ?? 'server/config/airlines.tracking.json' } : {}),
  };
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], { env, stdio: ['ignore', 'pipe', 'inherit'] });
  children.push(child);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${id} did not start in ${START_TIMEOUT_MS} ms`)), START_TIMEOUT_MS);
    createInterface({ input: child.stdout! }).on('line', (line) => {
      process.stdout.write(`[${id}] ${line}\n`);
      if (!line.includes('Earshot listening')) return;
      try {
        const url = (JSON.parse(line) as { url: string }).url;
        clearTimeout(timer);
        resolve({ id, url, pid: child.pid! });
      } catch { /* not JSON: keep waiting */ }
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      if (!stopping) process.stdout.write(`cluster: ${id} exited (${signal ?? code}); the front skips it\n`);
      reject(new Error(`${id} exited (${signal ?? code}) before listening`));
    });
  });
}

async function stopAll(code: number): Promise<never> {
  stopping = true;
  await Promise.all(children.map((c) => new Promise<void>((r) => {
    if (c.exitCode !== null || c.signalCode !== null) { r(); return; }
    const t = setTimeout(() => c.kill('SIGKILL'), STOP_TIMEOUT_MS);
    c.once('exit', () => { clearTimeout(t); r(); });
    c.kill('SIGTERM');
  })));
  process.exit(code);
}

process.once('SIGINT', () => void stopAll(0));
process.once('SIGTERM', () => void stopAll(0));

try {
  const nodes = await Promise.all(Array.from({ length: count }, (_, i) => startNode(i + 1)));
  const front = new Front(nodes, { warn: (o, m) => process.stdout.write(`[front] ${m} ${JSON.stringify(o)}\n`) });
  const port = await front.listen(frontPort, process.env.HOST ?? '127.0.0.1');
  for (const n of nodes) process.stdout.write(`cluster: ${n.id} pid ${n.pid} ${n.url}\n`);
  process.stdout.write(`cluster: front http://${process.env.HOST ?? '127.0.0.1'}:${port} (wall: /wall) -> ${nodes.length} nodes on ${redisUrl}\n`);
} catch (e) {
  process.stderr.write(`cluster: ${(e as Error).message}\n`);
  await stopAll(1);
}
