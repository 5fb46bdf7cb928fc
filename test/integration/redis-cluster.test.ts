import { beforeAll, describe, expect, it } from 'vitest';
import type { DeltaFrame, SnapshotFrame } from '../../shared/frame';
import type { EarshotApp } from '../../server/app';
import { ManualClock } from '../../server/clock';
import { AnalysisWorker } from '../../server/cluster/worker';
import { compileModel } from '../../server/analysis';
import { loadTracking } from '../../server/config/env';
import { connect, connected, getJson, post, startApp, waitFor, DEFAULT_TRACKING } from '../helpers/app';
import { until } from '../helpers/cluster';
import { appsOnRedisFixture } from '../helpers/redis-fixture';

// Two Earshot nodes in this process on one real redis-server: ingest on one, frames and totals on both.
const fx = appsOnRedisFixture();
const sockets = fx.sockets;
let n = 0;
const mention = (text: string, extra: object = {}) => ({ id: `rc-${++n}`, channel: 'forum', text, createdAt: Date.now() - 500, ...extra });

async function node(id: string, prefix: string, extra: object = {}) {
  const app = await startApp({ tickMs: 100, cluster: { redisUrl: fx.redis.url, nodeId: id, prefix, claimIdleMs: 500, leaseTtlMs: 1000, ...extra } });
  fx.apps.push(app);
  return app;
}

describe('Redis mode: two nodes, one Redis', () => {
  let a: EarshotApp, b: EarshotApp;
  beforeAll(async () => { a = await node('a', 'c1:'); b = await node('b', 'c1:'); });

  it('ingests on one node and shows the mention on the other node\'s totals and wall', async () => {
    const s = connect(b.url); sockets.push(s);
    await connected(s);
    const snapP = waitFor<SnapshotFrame>(s, 'frame:push', (f) => f.kind === 'snapshot');
    s.emit('view:join', { room: 'wall' }, () => {});
    await snapP;
    const deltaP = waitFor<DeltaFrame>(s, 'frame:push', (f) => f.kind === 'delta' && f.river.some((r) => r.text.includes('Zephyr battery')), 10_000);
    const r = await post(`${a.url}/api/mentions`, [mention('Zephyr battery died again, so angry'), mention('Nimbus is lovely')]);
    expect(r.status).toBe(200);
    expect(r.json).toMatchObject({ accepted: 2, duplicate: 0 });
    const delta = await deltaP;
    expect(delta.kpis.received).toBeGreaterThanOrEqual(2);
    const totals = await until(() => getJson(`${b.url}/api/totals?by=brand`), (x) => x.json.total === 2);
    expect(totals.json.groups).toMatchObject({ zephyr: 1, nimbus: 1 });
    expect((await a.cluster!.redisRollups.query({ resolution: 'total' }))[0].count).toBe(2);
  });

  it('reports a duplicate id posted to another node and never counts it twice', async () => {
    const m = mention('Orbix ok');
    expect((await post(`${a.url}/api/mentions`, [m])).json).toMatchObject({ accepted: 1 });
    expect((await post(`${b.url}/api/mentions`, [m, m])).json).toMatchObject({ accepted: 0, duplicate: 2 });
    await until(() => getJson(`${a.url}/api/totals`), (x) => x.json.total === 3);
    await new Promise((r) => setTimeout(r, 300));
    expect((await getJson(`${b.url}/api/totals`)).json.total).toBe(3);
    expect((await getJson(`${b.url}/api/mentions/${m.id}`)).json.id).toBe(m.id);
  });

  it('a node started later loads the cluster\'s rollups and recent mentions', async () => {
    const c = await node('c', 'c1:');
    expect((await getJson(`${c.url}/api/totals`)).json.total).toBe(3);
    expect((await getJson(`${c.url}/api/mentions/recent?limit=10`)).json.items.length).toBe(3);
    await post(`${c.url}/api/mentions`, [mention('Kestrel fine')]);
    await until(() => getJson(`${c.url}/api/totals`), (x) => x.json.total === 4);
    await until(() => getJson(`${a.url}/api/totals`), (x) => x.json.total === 4);
  });
});

describe('exactly-once counting when two workers hold the same entries', () => {
  it('counts an entry once when a slow worker commits after another took it over, and the other way round', async () => {
    const a = await node('x', 'c2:', { worker: false });
    const tracking = loadTracking(DEFAULT_TRACKING);
    const cl = a.cluster!;
    const mk = (consumer: string) => new AnalysisWorker(
      { client: cl.client, blocking: cl.client, keys: cl.keys, model: compileModel(tracking), clock: new ManualClock(Date.now()), log: { warn: () => {} } },
      { consumer, batch: 100, claimIdleMs: 0, storeMax: 1000 });
    const slow = mk('slow'), fast = mk('fast');
    await slow.ensureGroup();
    await post(`${a.url}/api/mentions`, Array.from({ length: 10 }, (_, i) => mention(`Nimbus post ${i}`)));
    // the slow worker reads the batch, then stalls before its commit
    const read = await cl.client.xReadGroup('analyzers', 'slow', { key: cl.keys.ingest, id: '>' }, { COUNT: 100 });
    const entries = read![0].messages;
    expect(entries).toHaveLength(10);
    // the other worker takes over everything pending (idle >= 0 ms) and commits first
    expect(await fast.claimRound()).toBe(10);
    expect(fast.stats.processed).toBe(10);
    // the slow one wakes up and commits the same entries: nothing is counted again
    await slow.process(entries as never);
    expect(slow.stats.conflicts).toBe(10);
    expect(slow.stats.processed).toBe(0);
    expect((await cl.redisRollups.query({ resolution: 'total' }))[0].count).toBe(10);

    // the other way round: the slow worker commits first, the one that took over loses
    await post(`${a.url}/api/mentions`, Array.from({ length: 5 }, (_, i) => mention(`Orbix post ${i}`)));
    const read2 = await cl.client.xReadGroup('analyzers', 'slow', { key: cl.keys.ingest, id: '>' }, { COUNT: 100 });
    const taken = await cl.client.xAutoClaim(cl.keys.ingest, 'analyzers', 'fast', 0, '0-0', { COUNT: 100 });
    expect(taken.messages).toHaveLength(5);
    await slow.process(read2![0].messages as never);
    await fast.process(taken.messages as never);
    expect(fast.stats.conflicts).toBe(5);
    expect((await cl.redisRollups.query({ resolution: 'total' }))[0].count).toBe(15);
    expect(await cl.client.xLen(cl.keys.ingest)).toBe(0);
    const pending = await cl.client.xPending(cl.keys.ingest, 'analyzers');
    expect(pending.pending).toBe(0);
  });
});

describe('the commit\'s pending check when many other entries are pending in between', () => {
  it('still finds which entries were committed elsewhere when the id range holds more pending entries than one read takes', async () => {
    const a = await node('y', 'c3:', { worker: false });
    const cl = a.cluster!;
    const w = new AnalysisWorker(
      { client: cl.client, blocking: cl.client, keys: cl.keys, model: compileModel(loadTracking(DEFAULT_TRACKING)), clock: new ManualClock(Date.now()), log: { warn: () => {} } },
      { consumer: 'w', batch: 500, claimIdleMs: 60_000, storeMax: 1000 });
    await w.ensureGroup();
    await post(`${a.url}/api/mentions`, Array.from({ length: 200 }, (_, i) => mention(`Nimbus range ${i}`)));
    const read = await cl.client.xReadGroup('analyzers', 'other', { key: cl.keys.ingest, id: '>' }, { COUNT: 500 });
    const e = read![0].messages;
    expect(e).toHaveLength(200);
    // the first entry was committed by someone else; the last is still pending, 198 pending between them
    await cl.client.xAck(cl.keys.ingest, 'analyzers', e[0].id);
    await w.process([e[199], e[0]] as never);
    expect(w.stats).toMatchObject({ processed: 1, conflicts: 1 });
    // a short range (one read covers it): one gone, two still pending
    await cl.client.xAck(cl.keys.ingest, 'analyzers', e[5].id);
    await w.process([e[4], e[5], e[6]] as never);
    expect(w.stats).toMatchObject({ processed: 3, conflicts: 2 });
    expect((await cl.redisRollups.query({ resolution: 'total' }))[0].count).toBe(3);
  });
});

describe('a node\'s tail takes its own worker\'s commits without parsing them again', () => {
  it('hands on the committed object for its own commits, parses the others, and both nodes hold the same mentions', async () => {
    const a = await node('o1', 'c4:');
    const b = await node('o2', 'c4:');
    const batch = (k: number) => Array.from({ length: 40 }, (_, i) => mention(`Nimbus own ${k}-${i} :)`, { author: { handle: `h${i}`, followers: i } }));
    for (let k = 0; k < 5; k++) expect((await post(`${(k % 2 ? a : b).url}/api/mentions`, batch(k))).status).toBe(200);
    await until(async () => [a.cluster!.tail.stats.items, b.cluster!.tail.stats.items], ([x, y]) => x === 200 && y === 200);
    const [ta, tb] = [a.cluster!.tail.stats, b.cluster!.tail.stats];
    const [wa, wb] = [a.cluster!.worker!.stats.processed, b.cluster!.worker!.stats.processed];
    expect(wa + wb).toBe(200);
    // each tail took exactly what its own worker committed; everything else was parsed
    expect(ta.own).toBe(wa);
    expect(tb.own).toBe(wb);
    const recent = async (x: EarshotApp) => (await getJson(`${x.url}/api/mentions/recent?limit=200`)).json.items;
    const [ra, rb] = [await recent(a), await recent(b)];
    expect(ra).toHaveLength(200);
    expect(ra).toEqual(rb);
  });
});
