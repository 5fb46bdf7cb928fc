import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DeltaFrame, SnapshotFrame } from '../../shared/frame';
import type { EarshotApp } from '../../server/app';
import { connect, connected, post, startApp, waitFor, type TestSocket } from '../helpers/app';

const now = () => Date.now();
let n = 0;
const mention = (text: string) => ({ id: `rt-${++n}-${now()}`, channel: 'forum', text, createdAt: now() - 500 });

function join(socket: TestSocket, room: string): Promise<unknown> {
  return new Promise((resolve) => socket.emit('view:join', { room } as { room: 'wall' }, resolve));
}

/** Waits for a delta with no new posts, so the next delta's posts are exactly what the test sends. */
const quietTick = (s: TestSocket) => waitFor<DeltaFrame>(s, 'frame:push', (f) => f.kind === 'delta' && f.river.length === 0);

describe('realtime frames over Socket.IO', () => {
  let app: EarshotApp;
  const sockets: TestSocket[] = [];
  beforeAll(async () => { app = await startApp({ tickMs: 100 }); });
  afterAll(async () => { sockets.forEach((s) => s.close()); await app.close(); });
  const client = () => { const s = connect(app.url); sockets.push(s); return s; };

  it('sends a snapshot on join, then deltas carrying new posts and moving KPIs', async () => {
    await post(`${app.url}/api/mentions`, [mention('Kestrel support was great, thanks!')]);
    const s = client();
    await connected(s);
    const snapP = waitFor<SnapshotFrame>(s, 'frame:push', (f) => f.kind === 'snapshot');
    const ack = await join(s, 'wall');
    expect(ack).toMatchObject({ ok: true, data: { room: 'wall', tickMs: 100 } });
    const snap = await snapP;
    expect(snap.brands.map((b) => b.id)).toEqual(['nimbus', 'zephyr', 'orbix', 'kestrel']);
    expect(snap.volume).toHaveLength(360);
    expect(snap.river[0].text).toBe('Kestrel support was great, thanks!');
    expect(snap.kpis.received).toBe(1);

    await quietTick(s);
    const body = [mention('Nimbus battery died AGAIN. worst phone ever 😡'), mention('Orbix is fine I guess')];
    const deltaP = waitFor<DeltaFrame>(s, 'frame:push', (f) => f.kind === 'delta' && f.river.length > 0);
    await post(`${app.url}/api/mentions`, body);
    const delta = await deltaP;
    expect(delta.seq).toBeGreaterThan(snap.seq);
    expect(delta.river.map((r) => r.text).sort()).toEqual(body.map((b) => b.text).sort());
    expect(delta.kpis.received).toBe(3);
    expect(delta.kpis.lastMinute).toBe(3);
    const nimbus = delta.kpis.brands.find((b) => b.brand === 'nimbus')!;
    expect(nimbus.count).toBe(1);
    expect(delta.volume.length).toBeGreaterThan(0);
    expect(delta.volume.length).toBeLessThan(10);
    // the posts are in the changed buckets (the last one may be a new, empty bucket at a 10 s boundary)
    expect(delta.volume.reduce((a, v) => a + v.positive + v.neutral + v.negative, 0)).toBeGreaterThanOrEqual(2);
  });

  it('keeps delta frames small whatever the ingest rate', async () => {
    const s = client();
    await connected(s);
    await join(s, 'wall');
    await quietTick(s);
    const many = Array.from({ length: 2000 }, (_, i) => mention(`Zephyr post number ${i} ${'blah '.repeat(40)}`));
    const deltaP = waitFor<DeltaFrame>(s, 'frame:push', (f) => f.kind === 'delta' && f.riverSkipped > 0);
    await post(`${app.url}/api/mentions`, many);
    const delta = await deltaP;
    expect(delta.river.length).toBeLessThanOrEqual(20);
    expect(delta.river.length + delta.riverSkipped).toBe(2000);
    expect(JSON.stringify(delta).length).toBeLessThan(30_000);
  });

  it('refuses an unknown room with an error acknowledgement', async () => {
    const s = client();
    await connected(s);
    expect(await join(s, 'boardroom')).toMatchObject({ ok: false, error: expect.stringMatching(/unknown room/) });
  });

  it('sends a fresh snapshot after a reconnect', async () => {
    const s = client();
    s.on('connect', () => s.emit('view:join', { room: 'wall' }, () => {}));
    await waitFor<SnapshotFrame>(s, 'frame:push', (f) => f.kind === 'snapshot');
    await post(`${app.url}/api/mentions`, [mention('post while away')]);
    const again = waitFor<SnapshotFrame>(s, 'frame:push', (f) => f.kind === 'snapshot');
    s.io.engine.close(); // drop the transport: the client reconnects by itself
    const snap = await again;
    expect(snap.river.some((r) => r.text === 'post while away')).toBe(true);
  });
});
