import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { afterAll, describe, expect, it } from 'vitest';
import { io as ioc, type Socket } from 'socket.io-client';
import type { ClientToServerEvents, ServerToClientEvents } from '../../shared/events';
import type { Frame, SnapshotFrame } from '../../shared/frame';
import type { Alert } from '../../shared/alert';
import { until } from '../helpers/cluster';
import { TestRedis } from '../helpers/redis';

// The documented command (the cluster launcher: 3 nodes and the front) against a real redis-server,
// and a real Socket.IO client through the front, with the default transports (long-polling, then
// WebSocket), re-joining on every connect as the wall does.
let redis: TestRedis | undefined;
let launcher: ChildProcess | undefined;
let client: Socket<ServerToClientEvents, ClientToServerEvents> | undefined;

afterAll(async () => {
  client?.close();
  if (launcher && launcher.exitCode === null) {
    const done = new Promise((r) => launcher!.once('exit', r));
    launcher.kill('SIGTERM');
    await done;
  }
  await redis?.close();
});

function startCluster(url: string): Promise<{ front: string; pids: Map<string, number> }> {
  launcher = spawn(process.execPath, ['--import', 'tsx', 'server/cluster/launcher.ts', '--nodes', '3', '--port', '0', '--source', 'none'], {
    env: { ...process.env, REDIS_URL: url, TICK_MS: '200', ALERT_RULES: 'none', LOG_LEVEL: 'info', LEASE_TTL_MS: '2000' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const pids = new Map<string, number>();
  const lines: string[] = [];
  return new Promise((resolve, reject) => {
    const t = setTimeout(() => reject(new Error(`cluster did not start:\n${lines.slice(-30).join('\n')}`)), 90_000);
    createInterface({ input: launcher!.stdout! }).on('line', (line) => {
      lines.push(line);
      const node = /^cluster: (node-\d+) pid (\d+) /.exec(line);
      if (node) pids.set(node[1], Number(node[2]));
      const front = /^cluster: front (http:\/\/\S+)/.exec(line);
      if (front) { clearTimeout(t); resolve({ front: front[1], pids }); }
    });
    launcher!.once('exit', (c) => { clearTimeout(t); reject(new Error(`launcher exited ${c}:\n${lines.slice(-30).join('\n')}`)); });
  });
}

const post = (url: string, body: unknown) => fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
let n = 0;
const mentions = (k: number) => Array.from({ length: k }, () => ({ id: `wall-${++n}`, channel: 'forum', text: `Nimbus screen cracked ${n}`, createdAt: Date.now() - 1000 }));

describe('stop a node: its walls reconnect through the front to another node and resync', () => {
  it('recovers the session after a clean stop and resyncs after a kill -9, with the shared numbers', async () => {
    redis = await TestRedis.start();
    const { front, pids } = await startCluster(redis.url);
    expect([...pids.keys()].sort()).toEqual(['node-1', 'node-2', 'node-3']);

    const frames: Frame[] = [];
    const alerts: Alert[] = [];
    const connects: { node: string; recovered: boolean }[] = [];
    client = ioc(front, { reconnectionDelay: 100, reconnectionDelayMax: 300 });
    client.on('connect', () => {
      connects.push({ node: client!.io.engine.id.split('.')[0], recovered: client!.recovered });
      client!.emit('view:join', { room: 'wall' }, () => {});
    });
    client.on('frame:push', (f) => frames.push(f));
    client.on('alert:update', (a) => alerts.push(a));
    const snapshotsAfter = (i: number) => frames.slice(i).filter((f): f is SnapshotFrame => f.kind === 'snapshot');

    await until(async () => frames.length, (k) => k > 0, 30_000, 'first frame');
    const first = connects[0].node;
    expect(pids.has(first)).toBe(true);
    expect((await post(`${front}/api/mentions`, mentions(5))).status).toBe(200);
    await until(async () => frames.at(-1)!.kpis.lastHour, (v) => v >= 5, 20_000, 'posts on the wall');
    // an alert broadcast through the Redis Streams adapter gives the client a recovery offset
    expect((await post(`${front}/api/alerts`, { title: 'Screens cracking', severity: 4 })).status).toBe(201);
    await until(async () => alerts.length, (k) => k >= 1, 10_000, 'alert update');

    // 1. a clean stop: the node persists the session, the client recovers it on another node
    let mark = frames.length;
    process.kill(pids.get(first)!, 'SIGTERM');
    await until(async () => connects.length, (k) => k >= 2, 30_000, 'reconnect after SIGTERM');
    expect(connects[1].node).not.toBe(first);
    expect(connects[1].recovered).toBe(true);
    const resync = await until(async () => snapshotsAfter(mark), (s) => s.length > 0, 20_000, 'snapshot after reconnect');
    expect(resync[0].kpis.lastHour).toBeGreaterThanOrEqual(5);
    expect(resync[0].alerts.map((a) => a.title)).toContain('Screens cracking');
    expect((await post(`${front}/api/mentions`, mentions(3))).status).toBe(200);
    await until(async () => frames.at(-1)!.kpis.lastHour, (v) => v >= 8, 20_000, 'new posts from the second node');

    // 2. a crash: nothing is persisted, the client starts a new session elsewhere and resyncs
    const second = connects[1].node;
    mark = frames.length;
    process.kill(pids.get(second)!, 'SIGKILL');
    await until(async () => connects.length, (k) => k >= 3, 30_000, 'reconnect after SIGKILL');
    expect(connects[2].node).not.toBe(first);
    expect(connects[2].node).not.toBe(second);
    const again = await until(async () => snapshotsAfter(mark), (s) => s.length > 0, 20_000, 'snapshot after the crash');
    expect(again[0].kpis.lastHour).toBeGreaterThanOrEqual(8);
    expect((await post(`${front}/api/mentions`, mentions(2))).status).toBe(200);
    await until(async () => frames.at(-1)!.kpis.lastHour, (v) => v >= 10, 20_000, 'new posts from the third node');
  }, 240_000);
});
