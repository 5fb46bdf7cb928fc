import { afterEach, describe, expect, it } from 'vitest';
import { AIRLINE_CSV } from '../helpers/data';
import { NodeProc, redisClient, until } from '../helpers/cluster';
import { TestRedis } from '../helpers/redis';
import { tuplesOfField } from '../../server/rollups/redis-plan';
import { RedisMentionStore } from '../../server/store/redis';
import { redisKeys } from '../../server/cluster/keys';

// Fault tests with real processes: a redis-server started here on a free port, Earshot nodes as
// child processes. The airline file has 14,640 rows and 14,485 distinct tweet ids.
const UNIQUE = 14_485;
const BY_QUERY = { United: 3822, 'US Airways': 2913, American: 2604, Southwest: 2420, Delta: 2222, 'Virgin America': 504 };
const AIRLINES = 'server/config/airlines.tracking.json';

let redis: TestRedis | undefined;
let nodes: NodeProc[] = [];

afterEach(async () => {
  await Promise.all(nodes.map((n) => n.stop()));
  nodes = [];
  await redis?.close();
  redis = undefined;
});

const common = (url: string) => ({
  REDIS_URL: url, TRACKING_CONFIG: AIRLINES, CLOCK: 'data', ALERT_RULES: 'none', TICK_MS: '200',
  WORKER_CLAIM_IDLE_MS: '1000', LEASE_TTL_MS: '2000',
});
const replayer = (url: string) => ({ ...common(url), SOURCE: 'replay', REPLAY_FILE: AIRLINE_CSV, REPLAY_SPEED: 'max' });
const json = async (url: string) => (await fetch(url)).json() as Promise<any>;

async function drained(r: Awaited<ReturnType<typeof redisClient>>) {
  const [len, pending] = await Promise.all([r.xLen('earshot:in'), r.xPending('earshot:in', 'analyzers')]);
  return len === 0 && pending.pending === 0;
}

describe('fault: kill -9 a worker mid-replay', () => {
  it('counts every mention of the airline file exactly once after another worker takes over', async () => {
    redis = await TestRedis.start();
    const r = await redisClient(redis.url);
    try {
      const victim = await NodeProc.start('victim', common(redis.url));
      nodes.push(victim);
      const survivor = await NodeProc.start('survivor', replayer(redis.url));
      nodes.push(survivor);
      // freeze the victim while it holds entries it has read but not committed, then kill it
      let held = 0;
      for (let attempt = 0; attempt < 400 && held === 0; attempt++) {
        const consumers = (await r.xInfoConsumers('earshot:in', 'analyzers').catch(() => [])) as { name: string; pending: number }[];
        if ((consumers.find((c) => c.name === 'victim')?.pending ?? 0) === 0) { await new Promise((res) => setTimeout(res, 5)); continue; }
        await victim.signal('SIGSTOP');
        const again = (await r.xInfoConsumers('earshot:in', 'analyzers')) as { name: string; pending: number }[];
        held = again.find((c) => c.name === 'victim')?.pending ?? 0;
        if (held === 0) await victim.signal('SIGCONT');
      }
      expect(held).toBeGreaterThan(0);
      const replayed = (await survivor.status()).source;
      await victim.signal('SIGKILL');
      expect(replayed.done).toBe(false); // the replay was still going when the worker died

      await until(() => survivor.status(), (s) => s.source.done === true, 60_000, 'replay done');
      await until(() => drained(r), Boolean, 60_000, 'ingest stream drained');
      const status = await survivor.status();
      expect(status.cluster.worker.claimed).toBeGreaterThanOrEqual(held);
      expect(status.accepted).toBe(UNIQUE);
      expect(Number(await r.get('earshot:an:seq'))).toBe(UNIQUE);
      const totals = await until(() => json(`${survivor.url}/api/totals?by=query`), (t) => t.total === UNIQUE, 20_000, 'replica total');
      expect(totals.groups).toEqual(BY_QUERY);
      // the shared rollups, not only this node's replica
      const total = await r.hGetAll('earshot:r:total');
      const anyCount = Object.entries(total).filter(([f]) => f !== '#seq')
        .reduce((a, [f, v]) => a + Number(v) * tuplesOfField(f).filter((t) => t[0] === '*' && t[1] === '*').length, 0);
      expect(anyCount).toBe(UNIQUE);
    } finally {
      r.destroy();
    }
  }, 180_000);
});

describe('fault: restart Redis (AOF, appendfsync always) mid-replay', () => {
  it('nodes reconnect, ingest answers 503 with Retry-After while Redis is down, and nothing acknowledged is lost', async () => {
    redis = await TestRedis.start({ aof: 'always' });
    const [feeder, other] = await Promise.all([
      NodeProc.start('feeder', { ...replayer(redis.url), REPLAY_SPEED: 'max' }),
      NodeProc.start('other', common(redis.url)),
    ]);
    nodes.push(feeder, other);
    // a client posts its own mentions to the other node all along, and records what was acknowledged
    const acked: string[] = [];
    const refused: { status: number; retryAfter: string | null; error?: string }[] = [];
    let posting = true;
    let k = 0;
    const poster = (async () => {
      while (posting) {
        const batch = Array.from({ length: 20 }, () => ({ id: `probe-${++k}`, channel: 'twitter', text: 'probe @united', createdAt: '2015-02-20T12:00:00Z', query: 'probe' }));
        try {
          const res = await fetch(`${other.url}/api/mentions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(batch) });
          const body = await res.json() as { error?: string };
          if (res.status === 200) acked.push(...batch.map((b) => b.id));
          else refused.push({ status: res.status, retryAfter: res.headers.get('retry-after'), error: body.error });
        } catch { /* the node itself is up; a failed fetch would show in the counts below */ }
        await new Promise((r) => setTimeout(r, 20));
      }
    })();
    await until(() => feeder.status(), (s) => s.source.rows > 1000, 60_000, 'replay under way');
    await redis.stop('SIGKILL');
    await until(async () => refused.length, (n) => n >= 2, 20_000, 'ingest refused while Redis is down');
    expect((await feeder.status()).source.done).toBe(false);
    await redis.restart();
    await until(async () => acked.length, (n) => n > 0 && refused.length > 0, 20_000);
    const ackedBefore = acked.length;
    await until(async () => acked.length, (n) => n >= ackedBefore + 100, 30_000, 'ingest accepted again after the restart');
    posting = false;
    await poster;

    for (const r of refused) expect(r).toMatchObject({ status: 503, retryAfter: '1', error: expect.stringMatching(/Redis/) });
    const r = await redisClient(redis.url);
    try {
      await until(() => feeder.status(), (s) => s.source.done === true, 90_000, 'replay done');
      await until(() => drained(r), Boolean, 90_000, 'ingest stream drained');
      // every acknowledged probe is in the shared store, counted once; the airline file is complete
      const store = new RedisMentionStore(r as never, redisKeys(), 100_000);
      const found = await Promise.all(acked.map((id) => store.get(id)));
      expect(found.filter((x) => x === undefined)).toHaveLength(0);
      const totals = await until(() => json(`${other.url}/api/totals?by=query`), (t) => t.groups.United === BY_QUERY.United, 30_000, 'replica caught up');
      const { probe, ...airlines } = totals.groups;
      expect(airlines).toEqual(BY_QUERY);
      expect(probe).toBeGreaterThanOrEqual(acked.length);
      expect(probe).toBeLessThanOrEqual(k);
      expect(totals.total).toBe(UNIQUE + probe);
      expect(Number(await r.get('earshot:an:seq'))).toBe(UNIQUE + probe);
      // both nodes came back to the same numbers
      await until(() => json(`${feeder.url}/api/totals`), (t) => t.total === UNIQUE + probe, 30_000, 'feeder replica');
    } finally {
      r.destroy();
    }
  }, 240_000);
});
